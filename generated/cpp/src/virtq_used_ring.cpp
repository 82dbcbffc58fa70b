// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "virtq_used_ring.h"

virtq_used_ring_t::virtq_used_ring_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, virtq_used_ring_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_flags = nullptr;
    m_entries = nullptr;
    f_num_entries = false;
    _read();
}

void virtq_used_ring_t::_read() {
    m_flags = std::unique_ptr<used_flags_t>(new used_flags_t(m__io, this, m__root));
    m_idx = m__io->read_u2le();
    m_entries = std::unique_ptr<std::vector<std::unique_ptr<used_elem_t>>>(new std::vector<std::unique_ptr<used_elem_t>>());
    const int l_entries = num_entries();
    for (int i = 0; i < l_entries; i++) {
        m_entries->push_back(std::move(std::unique_ptr<used_elem_t>(new used_elem_t(m__io, this, m__root))));
    }
    m_avail_event = m__io->read_u2le();
}

virtq_used_ring_t::~virtq_used_ring_t() {
    _clean_up();
}

void virtq_used_ring_t::_clean_up() {
}

virtq_used_ring_t::used_elem_t::used_elem_t(kaitai::kstream* p__io, virtq_used_ring_t* p__parent, virtq_used_ring_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void virtq_used_ring_t::used_elem_t::_read() {
    m_id = m__io->read_u4le();
    m_len_written = m__io->read_u4le();
}

virtq_used_ring_t::used_elem_t::~used_elem_t() {
    _clean_up();
}

void virtq_used_ring_t::used_elem_t::_clean_up() {
}

virtq_used_ring_t::used_flags_t::used_flags_t(kaitai::kstream* p__io, virtq_used_ring_t* p__parent, virtq_used_ring_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void virtq_used_ring_t::used_flags_t::_read() {
    m_no_notify = m__io->read_bits_int_le(1);
    m_reserved = m__io->read_bits_int_le(15);
}

virtq_used_ring_t::used_flags_t::~used_flags_t() {
    _clean_up();
}

void virtq_used_ring_t::used_flags_t::_clean_up() {
}

int32_t virtq_used_ring_t::num_entries() {
    if (f_num_entries)
        return m_num_entries;
    f_num_entries = true;
    m_num_entries = (_io()->size() - 6) / 8;
    return m_num_entries;
}
