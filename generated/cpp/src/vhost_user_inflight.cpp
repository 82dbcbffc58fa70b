// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "vhost_user_inflight.h"

vhost_user_inflight_t::vhost_user_inflight_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, vhost_user_inflight_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_queues = nullptr;
    _read();
}

void vhost_user_inflight_t::_read() {
    m_queues = std::unique_ptr<std::vector<std::unique_ptr<queue_region_split_t>>>(new std::vector<std::unique_ptr<queue_region_split_t>>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_queues->push_back(std::move(std::unique_ptr<queue_region_split_t>(new queue_region_split_t(m__io, this, m__root))));
            i++;
        }
    }
}

vhost_user_inflight_t::~vhost_user_inflight_t() {
    _clean_up();
}

void vhost_user_inflight_t::_clean_up() {
}

vhost_user_inflight_t::desc_state_packed_t::desc_state_packed_t(kaitai::kstream* p__io, vhost_user_inflight_t::queue_region_packed_t* p__parent, vhost_user_inflight_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_inflight_t::desc_state_packed_t::_read() {
    m_inflight = m__io->read_u1();
    m_padding = m__io->read_u1();
    m_next = m__io->read_u2le();
    m_last = m__io->read_u2le();
    m_num = m__io->read_u2le();
    m_counter = m__io->read_u8le();
    m_id = m__io->read_u2le();
    m_flags = m__io->read_u2le();
    m_len_buffer = m__io->read_u4le();
    m_addr = m__io->read_u8le();
}

vhost_user_inflight_t::desc_state_packed_t::~desc_state_packed_t() {
    _clean_up();
}

void vhost_user_inflight_t::desc_state_packed_t::_clean_up() {
}

vhost_user_inflight_t::desc_state_split_t::desc_state_split_t(kaitai::kstream* p__io, vhost_user_inflight_t::queue_region_split_t* p__parent, vhost_user_inflight_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void vhost_user_inflight_t::desc_state_split_t::_read() {
    m_inflight = m__io->read_u1();
    m_padding = m__io->read_bytes(5);
    m_next = m__io->read_u2le();
    m_counter = m__io->read_u8le();
}

vhost_user_inflight_t::desc_state_split_t::~desc_state_split_t() {
    _clean_up();
}

void vhost_user_inflight_t::desc_state_split_t::_clean_up() {
}

vhost_user_inflight_t::queue_region_packed_t::queue_region_packed_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, vhost_user_inflight_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_descs = nullptr;
    _read();
}

void vhost_user_inflight_t::queue_region_packed_t::_read() {
    m_features = m__io->read_u8le();
    m_version = m__io->read_u2le();
    m_num_descs = m__io->read_u2le();
    m_free_head = m__io->read_u2le();
    m_old_free_head = m__io->read_u2le();
    m_used_idx = m__io->read_u2le();
    m_old_used_idx = m__io->read_u2le();
    m_used_wrap_counter = m__io->read_u1();
    m_old_used_wrap_counter = m__io->read_u1();
    m_padding = m__io->read_bytes(7);
    m_descs = std::unique_ptr<std::vector<std::unique_ptr<desc_state_packed_t>>>(new std::vector<std::unique_ptr<desc_state_packed_t>>());
    const int l_descs = num_descs();
    for (int i = 0; i < l_descs; i++) {
        m_descs->push_back(std::move(std::unique_ptr<desc_state_packed_t>(new desc_state_packed_t(m__io, this, m__root))));
    }
}

vhost_user_inflight_t::queue_region_packed_t::~queue_region_packed_t() {
    _clean_up();
}

void vhost_user_inflight_t::queue_region_packed_t::_clean_up() {
}

vhost_user_inflight_t::queue_region_split_t::queue_region_split_t(kaitai::kstream* p__io, vhost_user_inflight_t* p__parent, vhost_user_inflight_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_descs = nullptr;
    _read();
}

void vhost_user_inflight_t::queue_region_split_t::_read() {
    m_features = m__io->read_u8le();
    m_version = m__io->read_u2le();
    m_num_descs = m__io->read_u2le();
    m_last_batch_head = m__io->read_u2le();
    m_used_idx = m__io->read_u2le();
    m_descs = std::unique_ptr<std::vector<std::unique_ptr<desc_state_split_t>>>(new std::vector<std::unique_ptr<desc_state_split_t>>());
    const int l_descs = num_descs();
    for (int i = 0; i < l_descs; i++) {
        m_descs->push_back(std::move(std::unique_ptr<desc_state_split_t>(new desc_state_split_t(m__io, this, m__root))));
    }
    m_padding = m__io->read_bytes(((((16 * num_descs() + 2) + 63) / 64) * 64 - 16 * num_descs()) - 16);
}

vhost_user_inflight_t::queue_region_split_t::~queue_region_split_t() {
    _clean_up();
}

void vhost_user_inflight_t::queue_region_split_t::_clean_up() {
}
