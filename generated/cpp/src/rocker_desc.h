#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class rocker_desc_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include "rocker.h"
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * A Rocker descriptor ring as it sits in guest memory: 32-byte
 * descriptors, packed, the ring 8-byte aligned, as many as the ring's SIZE
 * register says. A descriptor points at a buffer of TLVs (command, event,
 * Tx or Rx; see `rocker_cmd`, `rocker_event`, `rocker_tx`, `rocker_rx`) and
 * says how big the buffer is and how much of it holds TLVs. The driver posts
 * a descriptor with the top bit of `comp_err` clear and moves the ring's
 * HEAD past it; the device processes it, writes the TLV size of its answer,
 * sets that bit with the error code (a positive errno) below it, writes the
 * descriptor back and moves TAIL. All numbers are little-endian.
 * \sa https://www.qemu.org/docs/master/specs/rocker.html#dma-operations Source
 */

class rocker_desc_t : public kaitai::kstruct {

public:
    class completion_t;
    class descriptor_t;

    rocker_desc_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, rocker_desc_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~rocker_desc_t();

    /**
     * The 16-bit completion word.
     */

    class completion_t : public kaitai::kstruct {

    public:

        completion_t(kaitai::kstream* p__io, rocker_desc_t::descriptor_t* p__parent = nullptr, rocker_desc_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~completion_t();

    private:
        rocker_t::return_code_t m_error;
        bool m_done;
        rocker_desc_t* m__root;
        rocker_desc_t::descriptor_t* m__parent;

    public:

        /**
         * Bits 0..14, the error (0 on success; the device stores minus its negative errno).
         */
        rocker_t::return_code_t error() const { return m_error; }

        /**
         * Bit 15, set by the device when it has processed the descriptor.
         */
        bool done() const { return m_done; }
        rocker_desc_t* _root() const { return m__root; }
        rocker_desc_t::descriptor_t* _parent() const { return m__parent; }
    };

    /**
     * One DMA descriptor (32 bytes).
     */

    class descriptor_t : public kaitai::kstruct {

    public:

        descriptor_t(kaitai::kstream* p__io, rocker_desc_t* p__parent = nullptr, rocker_desc_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~descriptor_t();

    private:
        bool f_buf_addr;
        uint64_t m_buf_addr;

    public:

        /**
         * The buffer's guest physical address.
         */
        uint64_t buf_addr();

    private:
        uint32_t m_buf_addr_lo;
        uint32_t m_buf_addr_hi;
        uint32_t m_cookie_lo;
        uint32_t m_cookie_hi;
        uint16_t m_len_buf;
        uint16_t m_len_tlvs;
        std::string m_reserved;
        std::unique_ptr<completion_t> m_comp_err;
        rocker_desc_t* m__root;
        rocker_desc_t* m__parent;

    public:

        /**
         * Low half of the buffer's guest physical address (8-byte aligned).
         */
        uint32_t buf_addr_lo() const { return m_buf_addr_lo; }

        /**
         * High half of the buffer address.
         */
        uint32_t buf_addr_hi() const { return m_buf_addr_hi; }

        /**
         * Low half of the cookie, the driver's tag for matching the completion.
         */
        uint32_t cookie_lo() const { return m_cookie_lo; }

        /**
         * High half of the cookie (its top bit is reserved).
         */
        uint32_t cookie_hi() const { return m_cookie_hi; }

        /**
         * Size of the buffer in bytes.
         */
        uint16_t len_buf() const { return m_len_buf; }

        /**
         * Bytes of TLVs in the buffer (set by the driver when posting, by the device when answering).
         */
        uint16_t len_tlvs() const { return m_len_tlvs; }

        /**
         * Padding to 32 bytes.
         */
        std::string reserved() const { return m_reserved; }

        /**
         * Completion status.
         */
        completion_t* comp_err() const { return m_comp_err.get(); }
        rocker_desc_t* _root() const { return m__root; }
        rocker_desc_t* _parent() const { return m__parent; }
    };

private:
    std::unique_ptr<std::vector<std::unique_ptr<descriptor_t>>> m_descriptors;
    rocker_desc_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * The ring's descriptors in order.
     */
    std::vector<std::unique_ptr<descriptor_t>>* descriptors() const { return m_descriptors.get(); }
    rocker_desc_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
