// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "virtq_avail_ring.h"

virtq_avail_ring_t::virtq_avail_ring_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, virtq_avail_ring_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_flags = nullptr;
    m_entries = nullptr;
    f_num_entries = false;
    _read();
}

void virtq_avail_ring_t::_read() {
    m_flags = std::unique_ptr<avail_flags_t>(new avail_flags_t(m__io, this, m__root));
    m_idx = m__io->read_u2le();
    m_entries = std::unique_ptr<std::vector<uint16_t>>(new std::vector<uint16_t>());
    const int l_entries = num_entries();
    for (int i = 0; i < l_entries; i++) {
        m_entries->push_back(std::move(m__io->read_u2le()));
    }
    m_used_event = m__io->read_u2le();
}

virtq_avail_ring_t::~virtq_avail_ring_t() {
    _clean_up();
}

void virtq_avail_ring_t::_clean_up() {
}

virtq_avail_ring_t::avail_flags_t::avail_flags_t(kaitai::kstream* p__io, virtq_avail_ring_t* p__parent, virtq_avail_ring_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void virtq_avail_ring_t::avail_flags_t::_read() {
    m_no_interrupt = m__io->read_bits_int_le(1);
    m_reserved = m__io->read_bits_int_le(15);
}

virtq_avail_ring_t::avail_flags_t::~avail_flags_t() {
    _clean_up();
}

void virtq_avail_ring_t::avail_flags_t::_clean_up() {
}

int32_t virtq_avail_ring_t::num_entries() {
    if (f_num_entries)
        return m_num_entries;
    f_num_entries = true;
    m_num_entries = (_io()->size() - 6) / 2;
    return m_num_entries;
}
