#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class virtq_packed_event_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include <set>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * Each side of a packed virtqueue (see `virtq_packed_ring`) has one of
 * these 4-byte structures and says in it when it wants to hear from the
 * other side: the driver's (what vhost-user's SET_VRING_ADDR calls the
 * available ring) says when the device should notify (interrupt), the
 * device's (the "used ring" address) says when the driver should kick.
 * 
 * With `mode` enable every buffer is signalled, with disable none; with
 * desc (only when VIRTIO_F_EVENT_IDX was negotiated) a signal is wanted
 * once the other side has gone past the slot `offset` in the lap whose
 * wrap counter is `wrap`. The reader decides after a full memory barrier.
 * \sa Virtio 1.2, section 2.8.14 "Event Suppression Structure Format"
 */

class virtq_packed_event_t : public kaitai::kstruct {

public:

    enum event_mode_t {
        EVENT_MODE_ENABLE = 0,
        EVENT_MODE_DISABLE = 1,
        EVENT_MODE_DESC = 2,
        EVENT_MODE_RESERVED = 3
    };
    static bool _is_defined_event_mode_t(event_mode_t v);

private:
    static const std::set<event_mode_t> _values_event_mode_t;

public:

    virtq_packed_event_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, virtq_packed_event_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~virtq_packed_event_t();

private:
    uint64_t m_offset;
    bool m_wrap;
    event_mode_t m_mode;
    uint64_t m_reserved;
    virtq_packed_event_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * Desc mode, the slot the writer wants to hear about.
     */
    uint64_t offset() const { return m_offset; }

    /**
     * Desc mode, the wrap counter of the lap in which `offset` is meant.
     */
    bool wrap() const { return m_wrap; }

    /**
     * Enable, disable or desc.
     */
    event_mode_t mode() const { return m_mode; }

    /**
     * Not defined; zero.
     */
    uint64_t reserved() const { return m_reserved; }
    virtq_packed_event_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
