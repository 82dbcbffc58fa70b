// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "vhost_user_inflight_packed.h"

vhost_user_inflight_packed_t::vhost_user_inflight_packed_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, vhost_user_inflight_packed_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_queues = nullptr;
    _read();
}

void vhost_user_inflight_packed_t::_read() {
    m_queues = std::unique_ptr<std::vector<std::unique_ptr<vhost_user_inflight_t::queue_region_packed_t>>>(new std::vector<std::unique_ptr<vhost_user_inflight_t::queue_region_packed_t>>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_queues->push_back(std::move(std::unique_ptr<vhost_user_inflight_t::queue_region_packed_t>(new vhost_user_inflight_t::queue_region_packed_t(m__io))));
            i++;
        }
    }
}

vhost_user_inflight_packed_t::~vhost_user_inflight_packed_t() {
    _clean_up();
}

void vhost_user_inflight_packed_t::_clean_up() {
}
