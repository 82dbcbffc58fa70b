#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class rocker_rx_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include "rocker.h"
#include <set>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The buffer of a descriptor on a port's Rx ring. The driver posts it with
 * RX_FRAG_ADDR and RX_FRAG_MAX_LEN (where a packet may go); when a packet
 * for the CPU arrives on the port, the device copies it there and rewrites
 * the buffer with RX_FLAGS, RX_CSUM, the address, the maximum length and
 * RX_FRAG_LEN, the packet's length. TLV headers as in `rocker_cmd`.
 * \sa https://www.qemu.org/docs/master/specs/rocker.html#rx-packet-processing Source
 */

class rocker_rx_t : public kaitai::kstruct {

public:
    class rx_tlv_t;

    enum rx_attr_t {
        RX_ATTR_FLAGS = 1,
        RX_ATTR_CSUM = 2,
        RX_ATTR_FRAG_ADDR = 3,
        RX_ATTR_FRAG_MAX_LEN = 4,
        RX_ATTR_FRAG_LEN = 5
    };
    static bool _is_defined_rx_attr_t(rx_attr_t v);

private:
    static const std::set<rx_attr_t> _values_rx_attr_t;

public:

    rocker_rx_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, rocker_rx_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~rocker_rx_t();

    /**
     * One TLV of an Rx buffer.
     */

    class rx_tlv_t : public kaitai::kstruct {

    public:

        rx_tlv_t(kaitai::kstream* p__io, rocker_rx_t* p__parent = nullptr, rocker_rx_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~rx_tlv_t();

    private:
        rx_attr_t m_tlv_type;
        uint16_t m_len_tlv;
        uint16_t m_reserved;
        std::unique_ptr<kaitai::kstruct> m_value;
        bool n_value;

    public:
        bool _is_null_value() { value(); return n_value; };

    private:
        std::string m_padding;
        rocker_rx_t* m__root;
        rocker_rx_t* m__parent;
        std::string m__raw_value;
        std::unique_ptr<kaitai::kstream> m__io__raw_value;

    public:

        /**
         * Which attribute.
         */
        rx_attr_t tlv_type() const { return m_tlv_type; }

        /**
         * Length of the TLV, header included.
         */
        uint16_t len_tlv() const { return m_len_tlv; }

        /**
         * Padding; zero.
         */
        uint16_t reserved() const { return m_reserved; }

        /**
         * The value.
         */
        kaitai::kstruct* value() const { return m_value.get(); }

        /**
         * Zeros up to an 8-byte boundary.
         */
        std::string padding() const { return m_padding; }
        rocker_rx_t* _root() const { return m__root; }
        rocker_rx_t* _parent() const { return m__parent; }
        std::string _raw_value() const { return m__raw_value; }
        kaitai::kstream* _io__raw_value() const { return m__io__raw_value.get(); }
    };

private:
    std::unique_ptr<std::vector<std::unique_ptr<rx_tlv_t>>> m_tlvs;
    rocker_rx_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * The TLVs.
     */
    std::vector<std::unique_ptr<rx_tlv_t>>* tlvs() const { return m_tlvs.get(); }
    rocker_rx_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
