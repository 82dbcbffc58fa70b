// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "virtq_packed_ring.h"

virtq_packed_ring_t::virtq_packed_ring_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, virtq_packed_ring_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_descriptors = nullptr;
    _read();
}

void virtq_packed_ring_t::_read() {
    m_descriptors = std::unique_ptr<std::vector<std::unique_ptr<descriptor_t>>>(new std::vector<std::unique_ptr<descriptor_t>>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_descriptors->push_back(std::move(std::unique_ptr<descriptor_t>(new descriptor_t(m__io, this, m__root))));
            i++;
        }
    }
}

virtq_packed_ring_t::~virtq_packed_ring_t() {
    _clean_up();
}

void virtq_packed_ring_t::_clean_up() {
}

virtq_packed_ring_t::desc_flags_t::desc_flags_t(kaitai::kstream* p__io, virtq_packed_ring_t::descriptor_t* p__parent, virtq_packed_ring_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void virtq_packed_ring_t::desc_flags_t::_read() {
    m_has_next = m__io->read_bits_int_le(1);
    m_device_writable = m__io->read_bits_int_le(1);
    m_indirect = m__io->read_bits_int_le(1);
    m_reserved_low = m__io->read_bits_int_le(4);
    m_avail = m__io->read_bits_int_le(1);
    m_reserved_high = m__io->read_bits_int_le(7);
    m_used = m__io->read_bits_int_le(1);
}

virtq_packed_ring_t::desc_flags_t::~desc_flags_t() {
    _clean_up();
}

void virtq_packed_ring_t::desc_flags_t::_clean_up() {
}

virtq_packed_ring_t::descriptor_t::descriptor_t(kaitai::kstream* p__io, virtq_packed_ring_t* p__parent, virtq_packed_ring_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_flags = nullptr;
    _read();
}

void virtq_packed_ring_t::descriptor_t::_read() {
    m_addr = m__io->read_u8le();
    m_len_buffer = m__io->read_u4le();
    m_buffer_id = m__io->read_u2le();
    m_flags = std::unique_ptr<desc_flags_t>(new desc_flags_t(m__io, this, m__root));
}

virtq_packed_ring_t::descriptor_t::~descriptor_t() {
    _clean_up();
}

void virtq_packed_ring_t::descriptor_t::_clean_up() {
}
