#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class virtq_used_ring_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The ring in which the device returns chains it has finished with (see
 * `virtq_desc_table` for the whole split queue). The device writes the
 * head index and the number of bytes it wrote into the chain's writable
 * buffers to `entries[idx % N]` (`ring` in the virtio spec), then (after a write barrier) increments
 * `idx`, and then decides whether to notify the driver (after a full
 * barrier, reading `used_event` or the `no_interrupt` flag of the
 * available ring).
 * 
 * `avail_event` exists only with the EVENT_IDX feature: the device asks
 * to be kicked once the driver's available index passes this value.
 * Without it, the `no_notify` flag is the device's (advisory) way to ask
 * for no kicks.
 * 
 * The top level reads a whole ring; the number of entries follows from
 * the input size (6 + 8 * N bytes, avail_event included).
 * \sa Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring"
 */

class virtq_used_ring_t : public kaitai::kstruct {

public:
    class used_elem_t;
    class used_flags_t;

    virtq_used_ring_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, virtq_used_ring_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~virtq_used_ring_t();

    /**
     * One finished chain (8 bytes).
     * \sa Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring"
     */

    class used_elem_t : public kaitai::kstruct {

    public:

        used_elem_t(kaitai::kstream* p__io, virtq_used_ring_t* p__parent = nullptr, virtq_used_ring_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~used_elem_t();

    private:
        uint32_t m_id;
        uint32_t m_len_written;
        virtq_used_ring_t* m__root;
        virtq_used_ring_t* m__parent;

    public:

        /**
         * Head index of the chain.
         */
        uint32_t id() const { return m_id; }

        /**
         * Bytes the device wrote into the chain's device-writable buffers.
         */
        uint32_t len_written() const { return m_len_written; }
        virtq_used_ring_t* _root() const { return m__root; }
        virtq_used_ring_t* _parent() const { return m__parent; }
    };

    /**
     * The 16-bit used ring flags.
     * \sa Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring"
     */

    class used_flags_t : public kaitai::kstruct {

    public:

        used_flags_t(kaitai::kstream* p__io, virtq_used_ring_t* p__parent = nullptr, virtq_used_ring_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~used_flags_t();

    private:
        bool m_no_notify;
        uint64_t m_reserved;
        virtq_used_ring_t* m__root;
        virtq_used_ring_t* m__parent;

    public:

        /**
         * Bit 0, the device does not need kicks (without EVENT_IDX).
         */
        bool no_notify() const { return m_no_notify; }

        /**
         * Not defined; zero.
         */
        uint64_t reserved() const { return m_reserved; }
        virtq_used_ring_t* _root() const { return m__root; }
        virtq_used_ring_t* _parent() const { return m__parent; }
    };

private:
    bool f_num_entries;
    int32_t m_num_entries;

public:

    /**
     * The queue size N.
     */
    int32_t num_entries();

private:
    std::unique_ptr<used_flags_t> m_flags;
    uint16_t m_idx;
    std::unique_ptr<std::vector<std::unique_ptr<used_elem_t>>> m_entries;
    uint16_t m_avail_event;
    virtq_used_ring_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * Notification suppression flag.
     */
    used_flags_t* flags() const { return m_flags.get(); }

    /**
     * Where the device puts the next entry (modulo the queue size); free-running.
     */
    uint16_t idx() const { return m_idx; }

    /**
     * Finished chains.
     */
    std::vector<std::unique_ptr<used_elem_t>>* entries() const { return m_entries.get(); }

    /**
     * With EVENT_IDX, kick the device when the available index passes this value.
     */
    uint16_t avail_event() const { return m_avail_event; }
    virtq_used_ring_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
