#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class virtq_desc_table_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * A split virtqueue, the queue layout vhost-user back-ends process, has
 * three parts in guest memory, each written by one side only:
 * 
 * | part | written by | size for a queue of N entries | alignment |
 * |---|---|---|---|
 * | descriptor table (this spec) | driver | 16 * N | 16 |
 * | available ring (`virtq_avail_ring`) | driver | 6 + 2 * N | 2 |
 * | used ring (`virtq_used_ring`) | device | 6 + 8 * N | 4 |
 * 
 * The legacy (virtio 0.9.5) PCI transport puts the three parts in one
 * block: the table, the available ring right after it, and the used ring
 * at the next 4096-byte boundary.
 * 
 * A request is a chain of descriptors: the driver writes the buffers'
 * addresses and lengths into free descriptors, links them with `next`,
 * marks the ones the device may write into, and puts the index of the
 * first (the head) into the available ring. Device-readable descriptors
 * come before device-writable ones. A descriptor with the indirect flag
 * points at a table of further descriptors (an indirect table, this same
 * layout) that holds the whole chain; an indirect table never points at
 * another one. Numbers are little-endian (virtio 1.0; legacy devices use
 * the guest's byte order, little-endian on x86 and Arm).
 * 
 * The top level reads a table of any length: every 16 bytes of input are
 * one descriptor.
 * \sa Virtio 1.2, section 2.7 "Split Virtqueues", 2.7.5 "The Virtqueue Descriptor Table"
 */

class virtq_desc_table_t : public kaitai::kstruct {

public:
    class desc_flags_t;
    class descriptor_t;

    virtq_desc_table_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, virtq_desc_table_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~virtq_desc_table_t();

    /**
     * The 16-bit descriptor flags.
     * \sa Virtio 1.2, section 2.7.5 "The Virtqueue Descriptor Table"
     */

    class desc_flags_t : public kaitai::kstruct {

    public:

        desc_flags_t(kaitai::kstream* p__io, virtq_desc_table_t::descriptor_t* p__parent = nullptr, virtq_desc_table_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~desc_flags_t();

    private:
        bool m_has_next;
        bool m_device_writable;
        bool m_indirect;
        uint64_t m_reserved;
        virtq_desc_table_t* m__root;
        virtq_desc_table_t::descriptor_t* m__parent;

    public:

        /**
         * Bit 0, the chain continues at `next`.
         */
        bool has_next() const { return m_has_next; }

        /**
         * Bit 1, the device writes this buffer (otherwise it only reads it).
         */
        bool device_writable() const { return m_device_writable; }

        /**
         * Bit 2, the buffer is an indirect descriptor table (INDIRECT_DESC feature; never with has_next).
         */
        bool indirect() const { return m_indirect; }

        /**
         * Not defined; zero.
         */
        uint64_t reserved() const { return m_reserved; }
        virtq_desc_table_t* _root() const { return m__root; }
        virtq_desc_table_t::descriptor_t* _parent() const { return m__parent; }
    };

    /**
     * One buffer of a chain (16 bytes).
     * \sa Virtio 1.2, section 2.7.5 "The Virtqueue Descriptor Table"
     */

    class descriptor_t : public kaitai::kstruct {

    public:

        descriptor_t(kaitai::kstream* p__io, virtq_desc_table_t* p__parent = nullptr, virtq_desc_table_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~descriptor_t();

    private:
        uint64_t m_addr;
        uint32_t m_len_buffer;
        std::unique_ptr<desc_flags_t> m_flags;
        uint16_t m_next;
        virtq_desc_table_t* m__root;
        virtq_desc_table_t* m__parent;

    public:

        /**
         * Guest-physical address of the buffer (or of the indirect table).
         */
        uint64_t addr() const { return m_addr; }

        /**
         * Length of the buffer in bytes (of an indirect table, a multiple of 16).
         */
        uint32_t len_buffer() const { return m_len_buffer; }

        /**
         * Chaining, direction and indirection.
         */
        desc_flags_t* flags() const { return m_flags.get(); }

        /**
         * Index of the next descriptor of the chain, when `flags.has_next` is set.
         */
        uint16_t next() const { return m_next; }
        virtq_desc_table_t* _root() const { return m__root; }
        virtq_desc_table_t* _parent() const { return m__parent; }
    };

private:
    std::unique_ptr<std::vector<std::unique_ptr<descriptor_t>>> m_descriptors;
    virtq_desc_table_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * The descriptors, index 0 first.
     */
    std::vector<std::unique_ptr<descriptor_t>>* descriptors() const { return m_descriptors.get(); }
    virtq_desc_table_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
