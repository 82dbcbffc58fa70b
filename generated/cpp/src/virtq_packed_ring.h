#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class virtq_packed_ring_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * A packed virtqueue (VIRTIO_F_RING_PACKED, virtio 1.1 and later) keeps a
 * queue in three parts of guest memory:
 * 
 * | part | written by | size for a queue of N entries | alignment |
 * |---|---|---|---|
 * | descriptor ring (this spec) | driver and device | 16 * N (N up to 32768, any value) | 16 |
 * | driver event suppression (`virtq_packed_event`) | driver | 4 | 4 |
 * | device event suppression (`virtq_packed_event`) | device | 4 | 4 |
 * 
 * Both sides keep a position in the ring and a wrap counter that starts
 * at 1 and flips each time the position passes the end. The driver makes a
 * slot available by writing its descriptor with `avail` equal to its wrap
 * counter and `used` the opposite; a chain is a run of consecutive slots
 * linked by `has_next`, and its buffer id is in the last one. The device
 * returns a buffer by writing one descriptor at its own position - the
 * buffer id, the number of bytes written, `avail` and `used` both equal to
 * its wrap counter - and moves on by as many slots as the chain took.
 * Whoever writes a descriptor stores its flags last, so the other side
 * never sees a half-written one.
 * 
 * A descriptor with `indirect` points at a table of descriptors of this
 * same layout that holds the whole chain, read in order (`has_next` and
 * the ids in it are not used). vhost-user's SET_VRING_BASE and
 * GET_VRING_BASE carry both positions and wrap counters (`vring_state` in
 * `vhost_user`).
 * 
 * The top level reads a ring (or table) of any length: every 16 bytes of
 * input are one descriptor.
 * \sa Virtio 1.2, section 2.8 "Packed Virtqueues", 2.8.13 "Packed Virtqueue Descriptor Format"
 */

class virtq_packed_ring_t : public kaitai::kstruct {

public:
    class desc_flags_t;
    class descriptor_t;

    virtq_packed_ring_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, virtq_packed_ring_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~virtq_packed_ring_t();

    /**
     * The 16-bit descriptor flags.
     * \sa Virtio 1.2, section 2.8.1 "Driver and Device Ring Wrap Counters"
     */

    class desc_flags_t : public kaitai::kstruct {

    public:

        desc_flags_t(kaitai::kstream* p__io, virtq_packed_ring_t::descriptor_t* p__parent = nullptr, virtq_packed_ring_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~desc_flags_t();

    private:
        bool m_has_next;
        bool m_device_writable;
        bool m_indirect;
        uint64_t m_reserved_low;
        bool m_avail;
        uint64_t m_reserved_high;
        bool m_used;
        virtq_packed_ring_t* m__root;
        virtq_packed_ring_t::descriptor_t* m__parent;

    public:

        /**
         * Bit 0, the chain continues in the next slot.
         */
        bool has_next() const { return m_has_next; }

        /**
         * Bit 1, the device writes this buffer (in a used descriptor, the device wrote into the chain).
         */
        bool device_writable() const { return m_device_writable; }

        /**
         * Bit 2, the buffer is an indirect table (INDIRECT_DESC; never with has_next).
         */
        bool indirect() const { return m_indirect; }

        /**
         * Bits 3-6, not defined; zero.
         */
        uint64_t reserved_low() const { return m_reserved_low; }

        /**
         * Bit 7, the driver's wrap counter when it made the slot available (equal to it, with used different).
         */
        bool avail() const { return m_avail; }

        /**
         * Bits 8-14, not defined; zero.
         */
        uint64_t reserved_high() const { return m_reserved_high; }

        /**
         * Bit 15, with avail equal to it, the device's wrap counter when it used the slot.
         */
        bool used() const { return m_used; }
        virtq_packed_ring_t* _root() const { return m__root; }
        virtq_packed_ring_t::descriptor_t* _parent() const { return m__parent; }
    };

    /**
     * One slot of the ring (16 bytes); as the driver or as the device left it.
     * \sa Virtio 1.2, section 2.8.13 "Packed Virtqueue Descriptor Format"
     */

    class descriptor_t : public kaitai::kstruct {

    public:

        descriptor_t(kaitai::kstream* p__io, virtq_packed_ring_t* p__parent = nullptr, virtq_packed_ring_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~descriptor_t();

    private:
        uint64_t m_addr;
        uint32_t m_len_buffer;
        uint16_t m_buffer_id;
        std::unique_ptr<desc_flags_t> m_flags;
        virtq_packed_ring_t* m__root;
        virtq_packed_ring_t* m__parent;

    public:

        /**
         * Guest-physical address of the buffer (or indirect table); the device leaves it unchanged.
         */
        uint64_t addr() const { return m_addr; }

        /**
         * Made available, the buffer's length; used, the bytes the device wrote into the chain.
         */
        uint32_t len_buffer() const { return m_len_buffer; }

        /**
         * The buffer id of the chain (in its last descriptor); the device returns it.
         */
        uint16_t buffer_id() const { return m_buffer_id; }

        /**
         * Chaining, direction, indirection and the two wrap-counter bits.
         */
        desc_flags_t* flags() const { return m_flags.get(); }
        virtq_packed_ring_t* _root() const { return m__root; }
        virtq_packed_ring_t* _parent() const { return m__parent; }
    };

private:
    std::unique_ptr<std::vector<std::unique_ptr<descriptor_t>>> m_descriptors;
    virtq_packed_ring_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * The descriptors, slot 0 first.
     */
    std::vector<std::unique_ptr<descriptor_t>>* descriptors() const { return m_descriptors.get(); }
    virtq_packed_ring_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
