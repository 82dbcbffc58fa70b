#pragma once

// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

class vhost_user_inflight_packed_t;

#include "kaitai/kaitaistruct.h"
#include <stdint.h>
#include <memory>
#include "vhost_user_inflight.h"
#include <vector>

#if KAITAI_STRUCT_VERSION < 11000L
#error "Incompatible Kaitai Struct C++/STL API: version 0.11 or later is required"
#endif

/**
 * The in-flight tracking buffer as a back-end makes it when the front-end
 * set RING_PACKED before asking for it (GET_INFLIGHT_FD): one packed-queue
 * region per queue, back to back, each a 32-byte header and a 32-byte
 * entry per descriptor, rounded up to 64 bytes. The region's layout is
 * `queue_region_packed` of `vhost_user_inflight.ksy`, which this spec
 * imports; nothing in the bytes tells a packed buffer from a split one
 * (the features decide), so this spec is the packed buffer's top level and
 * `vhost_user_inflight` the split one's.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking Source
 */

class vhost_user_inflight_packed_t : public kaitai::kstruct {

public:

    vhost_user_inflight_packed_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent = nullptr, vhost_user_inflight_packed_t* p__root = nullptr);

private:
    void _read();
    void _clean_up();

public:
    ~vhost_user_inflight_packed_t();

private:
    std::unique_ptr<std::vector<std::unique_ptr<vhost_user_inflight_t::queue_region_packed_t>>> m_queues;
    vhost_user_inflight_packed_t* m__root;
    kaitai::kstruct* m__parent;

public:

    /**
     * One region per queue, in queue order.
     */
    std::vector<std::unique_ptr<vhost_user_inflight_t::queue_region_packed_t>>* queues() const { return m_queues.get(); }
    vhost_user_inflight_packed_t* _root() const { return m__root; }
    kaitai::kstruct* _parent() const { return m__parent; }
};
