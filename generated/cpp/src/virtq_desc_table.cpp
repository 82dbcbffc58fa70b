// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "virtq_desc_table.h"

virtq_desc_table_t::virtq_desc_table_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, virtq_desc_table_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_descriptors = nullptr;
    _read();
}

void virtq_desc_table_t::_read() {
    m_descriptors = std::unique_ptr<std::vector<std::unique_ptr<descriptor_t>>>(new std::vector<std::unique_ptr<descriptor_t>>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_descriptors->push_back(std::move(std::unique_ptr<descriptor_t>(new descriptor_t(m__io, this, m__root))));
            i++;
        }
    }
}

virtq_desc_table_t::~virtq_desc_table_t() {
    _clean_up();
}

void virtq_desc_table_t::_clean_up() {
}

virtq_desc_table_t::desc_flags_t::desc_flags_t(kaitai::kstream* p__io, virtq_desc_table_t::descriptor_t* p__parent, virtq_desc_table_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void virtq_desc_table_t::desc_flags_t::_read() {
    m_has_next = m__io->read_bits_int_le(1);
    m_device_writable = m__io->read_bits_int_le(1);
    m_indirect = m__io->read_bits_int_le(1);
    m_reserved = m__io->read_bits_int_le(13);
}

virtq_desc_table_t::desc_flags_t::~desc_flags_t() {
    _clean_up();
}

void virtq_desc_table_t::desc_flags_t::_clean_up() {
}

virtq_desc_table_t::descriptor_t::descriptor_t(kaitai::kstream* p__io, virtq_desc_table_t* p__parent, virtq_desc_table_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_flags = nullptr;
    _read();
}

void virtq_desc_table_t::descriptor_t::_read() {
    m_addr = m__io->read_u8le();
    m_len_buffer = m__io->read_u4le();
    m_flags = std::unique_ptr<desc_flags_t>(new desc_flags_t(m__io, this, m__root));
    m_next = m__io->read_u2le();
}

virtq_desc_table_t::descriptor_t::~descriptor_t() {
    _clean_up();
}

void virtq_desc_table_t::descriptor_t::_clean_up() {
}
