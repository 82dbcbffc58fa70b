#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class rocker_tx_t;

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
 * The buffer of a descriptor on a port's Tx ring: the packet to send, as
 * fragments in guest memory (TX_FRAGS, a nest of TX_FRAG nests, each with
 * an address and a length; at most 16), and the offloads wanted. The
 * destination port is the ring's port (the spec also lists a PPORT TLV;
 * QEMU takes the port from the ring). TLV headers as in `rocker_cmd`.
 * \sa https://www.qemu.org/docs/master/specs/rocker.html#tx-packet-processing Source
 */

class rocker_tx_t : public kaitai::kstruct {

public:
    class frag_attr_tlv_t;
    class frag_attrs_t;
    class frag_tlv_t;
    class frags_t;
    class tx_tlv_t;

    enum frag_attr_t {
        FRAG_ATTR_ADDR = 1,
        FRAG_ATTR_LEN = 2
    };
    static bool _is_defined_frag_attr_t(frag_attr_t v);

private:
    static const std::set<frag_attr_t> _values_frag_attr_t;

public:

    enum tx_attr_t {
        TX_ATTR_OFFLOAD = 1,
        TX_ATTR_L3_CSUM_OFF = 2,
        TX_ATTR_TSO_MSS = 3,
        TX_ATTR_TSO_HDR_LEN = 4,
        TX_ATTR_FRAGS = 5
    };
    static bool _is_defined_tx_attr_t(tx_attr_t v);

private:
    static const std::set<tx_attr_t> _values_tx_attr_t;

public:

    rocker_tx_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, rocker_tx_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~rocker_tx_t();

    /**
     * One attribute of a fragment.
     */

    class frag_attr_tlv_t : public kaitai::kstruct {

    public:

        frag_attr_tlv_t(kaitai::kstream* p__io, rocker_tx_t::frag_attrs_t* p__parent = nullptr, rocker_tx_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~frag_attr_tlv_t();

    private:
        frag_attr_t m_tlv_type;
        uint16_t m_len_tlv;
        uint16_t m_reserved;
        std::unique_ptr<rocker_t::le_uint_t> m_value;
        std::string m_padding;
        rocker_tx_t* m__root;
        rocker_tx_t::frag_attrs_t* m__parent;
        std::string m__raw_value;
        std::unique_ptr<kaitai::kstream> m__io__raw_value;

    public:

        /**
         * Address or length.
         */
        frag_attr_t tlv_type() const { return m_tlv_type; }

        /**
         * Length of the TLV, header included.
         */
        uint16_t len_tlv() const { return m_len_tlv; }

        /**
         * Padding; zero.
         */
        uint16_t reserved() const { return m_reserved; }

        /**
         * The fragment's guest address (64 bits) or length (16 bits).
         */
        rocker_t::le_uint_t* value() const { return m_value.get(); }

        /**
         * Zeros up to an 8-byte boundary.
         */
        std::string padding() const { return m_padding; }
        rocker_tx_t* _root() const { return m__root; }
        rocker_tx_t::frag_attrs_t* _parent() const { return m__parent; }
        std::string _raw_value() const { return m__raw_value; }
        kaitai::kstream* _io__raw_value() const { return m__io__raw_value.get(); }
    };

    /**
     * The attributes of one fragment.
     */

    class frag_attrs_t : public kaitai::kstruct {

    public:

        frag_attrs_t(kaitai::kstream* p__io, rocker_tx_t::frag_tlv_t* p__parent = nullptr, rocker_tx_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~frag_attrs_t();

    private:
        std::unique_ptr<std::vector<std::unique_ptr<frag_attr_tlv_t>>> m_attrs;
        rocker_tx_t* m__root;
        rocker_tx_t::frag_tlv_t* m__parent;

    public:

        /**
         * TX_FRAG_ATTR_ADDR and TX_FRAG_ATTR_LEN.
         */
        std::vector<std::unique_ptr<frag_attr_tlv_t>>* attrs() const { return m_attrs.get(); }
        rocker_tx_t* _root() const { return m__root; }
        rocker_tx_t::frag_tlv_t* _parent() const { return m__parent; }
    };

    /**
     * A TX_FRAG nest.
     */

    class frag_tlv_t : public kaitai::kstruct {

    public:

        frag_tlv_t(kaitai::kstream* p__io, rocker_tx_t::frags_t* p__parent = nullptr, rocker_tx_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~frag_tlv_t();

    private:
        uint32_t m_tlv_type;
        uint16_t m_len_tlv;
        uint16_t m_reserved;
        std::unique_ptr<frag_attrs_t> m_attrs;
        std::string m_padding;
        rocker_tx_t* m__root;
        rocker_tx_t::frags_t* m__parent;
        std::string m__raw_attrs;
        std::unique_ptr<kaitai::kstream> m__io__raw_attrs;

    public:

        /**
         * 1 (TX_FRAG); QEMU refuses anything else with EINVAL.
         */
        uint32_t tlv_type() const { return m_tlv_type; }

        /**
         * Length of the TLV, header included.
         */
        uint16_t len_tlv() const { return m_len_tlv; }

        /**
         * Padding; zero.
         */
        uint16_t reserved() const { return m_reserved; }

        /**
         * Address and length of the fragment.
         */
        frag_attrs_t* attrs() const { return m_attrs.get(); }

        /**
         * Zeros up to an 8-byte boundary.
         */
        std::string padding() const { return m_padding; }
        rocker_tx_t* _root() const { return m__root; }
        rocker_tx_t::frags_t* _parent() const { return m__parent; }
        std::string _raw_attrs() const { return m__raw_attrs; }
        kaitai::kstream* _io__raw_attrs() const { return m__io__raw_attrs.get(); }
    };

    /**
     * The TX_FRAGS nest.
     */

    class frags_t : public kaitai::kstruct {

    public:

        frags_t(kaitai::kstream* p__io, rocker_tx_t::tx_tlv_t* p__parent = nullptr, rocker_tx_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~frags_t();

    private:
        std::unique_ptr<std::vector<std::unique_ptr<frag_tlv_t>>> m_frags;
        rocker_tx_t* m__root;
        rocker_tx_t::tx_tlv_t* m__parent;

    public:

        /**
         * One TX_FRAG nest per fragment.
         */
        std::vector<std::unique_ptr<frag_tlv_t>>* frags() const { return m_frags.get(); }
        rocker_tx_t* _root() const { return m__root; }
        rocker_tx_t::tx_tlv_t* _parent() const { return m__parent; }
    };

    /**
     * A top-level TLV of a Tx buffer.
     */

    class tx_tlv_t : public kaitai::kstruct {

    public:

        tx_tlv_t(kaitai::kstream* p__io, rocker_tx_t* p__parent = nullptr, rocker_tx_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~tx_tlv_t();

    private:
        tx_attr_t m_tlv_type;
        uint16_t m_len_tlv;
        uint16_t m_reserved;
        std::unique_ptr<kaitai::kstruct> m_value;
        bool n_value;

    public:
        bool _is_null_value() { value(); return n_value; };

    private:
        std::string m_padding;
        rocker_tx_t* m__root;
        rocker_tx_t* m__parent;
        std::string m__raw_value;
        std::unique_ptr<kaitai::kstream> m__io__raw_value;

    public:

        /**
         * Which attribute.
         */
        tx_attr_t tlv_type() const { return m_tlv_type; }

        /**
         * Length of the TLV, header included.
         */
        uint16_t len_tlv() const { return m_len_tlv; }

        /**
         * Padding; zero.
         */
        uint16_t reserved() const { return m_reserved; }

        /**
         * The value (`rocker::tx_offload` for TX_OFFLOAD).
         */
        kaitai::kstruct* value() const { return m_value.get(); }

        /**
         * Zeros up to an 8-byte boundary.
         */
        std::string padding() const { return m_padding; }
        rocker_tx_t* _root() const { return m__root; }
        rocker_tx_t* _parent() const { return m__parent; }
        std::string _raw_value() const { return m__raw_value; }
        kaitai::kstream* _io__raw_value() const { return m__io__raw_value.get(); }
    };

private:
    std::unique_ptr<std::vector<std::unique_ptr<tx_tlv_t>>> m_tlvs;
    rocker_tx_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * The TLVs.
     */
    std::vector<std::unique_ptr<tx_tlv_t>>* tlvs() const { return m_tlvs.get(); }
    rocker_tx_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
