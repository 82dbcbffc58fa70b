#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class virtq_avail_ring_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The ring in which the driver offers descriptor chains to the device
 * (see `virtq_desc_table` for the whole split queue). The driver writes
 * the head index of a chain into `entries[idx % N]` (`ring` in the virtio spec), then (after a write
 * barrier) increments `idx`, a free-running 16-bit counter. The device
 * remembers how far it has read (its last available index, which
 * vhost-user's SET/GET_VRING_BASE carry) and processes entries until it
 * reaches `idx`.
 * 
 * `used_event` exists only with the EVENT_IDX feature: the driver asks to
 * be notified once the device's used index passes this value. Without
 * EVENT_IDX the `no_interrupt` flag is the driver's (advisory) way to ask
 * for no notifications.
 * 
 * The top level reads a whole ring; the number of entries follows from
 * the input size (6 + 2 * N bytes, used_event included).
 * \sa Virtio 1.2, section 2.7.6 "The Virtqueue Available Ring"
 */

class virtq_avail_ring_t : public kaitai::kstruct {

public:
    class avail_flags_t;

    virtq_avail_ring_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, virtq_avail_ring_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~virtq_avail_ring_t();

    /**
     * The 16-bit available ring flags.
     * \sa Virtio 1.2, section 2.7.6 "The Virtqueue Available Ring"
     */

    class avail_flags_t : public kaitai::kstruct {

    public:

        avail_flags_t(kaitai::kstream* p__io, virtq_avail_ring_t* p__parent = nullptr, virtq_avail_ring_t* p__root = nullptr);

    private:
        void _read();
        void _clean_up();

    public:
        ~avail_flags_t();

    private:
        bool m_no_interrupt;
        uint64_t m_reserved;
        virtq_avail_ring_t* m__root;
        virtq_avail_ring_t* m__parent;

    public:

        /**
         * Bit 0, the driver does not want to be notified of used buffers (without EVENT_IDX).
         */
        bool no_interrupt() const { return m_no_interrupt; }

        /**
         * Not defined; zero.
         */
        uint64_t reserved() const { return m_reserved; }
        virtq_avail_ring_t* _root() const { return m__root; }
        virtq_avail_ring_t* _parent() const { return m__parent; }
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
    std::unique_ptr<avail_flags_t> m_flags;
    uint16_t m_idx;
    std::unique_ptr<std::vector<uint16_t>> m_entries;
    uint16_t m_used_event;
    virtq_avail_ring_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * Notification suppression flag.
     */
    avail_flags_t* flags() const { return m_flags.get(); }

    /**
     * Where the driver puts the next entry (modulo the queue size); free-running.
     */
    uint16_t idx() const { return m_idx; }

    /**
     * Head descriptor indexes of available chains.
     */
    std::vector<uint16_t>* entries() const { return m_entries.get(); }

    /**
     * With EVENT_IDX, notify the driver when the used index passes this value.
     */
    uint16_t used_event() const { return m_used_event; }
    virtq_avail_ring_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
