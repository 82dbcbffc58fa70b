// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "rocker_desc.h"

rocker_desc_t::rocker_desc_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, rocker_desc_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_descriptors = nullptr;
    _read();
}

void rocker_desc_t::_read() {
    m_descriptors = std::unique_ptr<std::vector<std::unique_ptr<descriptor_t>>>(new std::vector<std::unique_ptr<descriptor_t>>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_descriptors->push_back(std::move(std::unique_ptr<descriptor_t>(new descriptor_t(m__io, this, m__root))));
            i++;
        }
    }
}

rocker_desc_t::~rocker_desc_t() {
    _clean_up();
}

void rocker_desc_t::_clean_up() {
}

rocker_desc_t::completion_t::completion_t(kaitai::kstream* p__io, rocker_desc_t::descriptor_t* p__parent, rocker_desc_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void rocker_desc_t::completion_t::_read() {
    m_error = static_cast<rocker_t::return_code_t>(m__io->read_bits_int_le(15));
    m_done = m__io->read_bits_int_le(1);
}

rocker_desc_t::completion_t::~completion_t() {
    _clean_up();
}

void rocker_desc_t::completion_t::_clean_up() {
}

rocker_desc_t::descriptor_t::descriptor_t(kaitai::kstream* p__io, rocker_desc_t* p__parent, rocker_desc_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_comp_err = nullptr;
    f_buf_addr = false;
    _read();
}

void rocker_desc_t::descriptor_t::_read() {
    m_buf_addr_lo = m__io->read_u4le();
    m_buf_addr_hi = m__io->read_u4le();
    m_cookie_lo = m__io->read_u4le();
    m_cookie_hi = m__io->read_u4le();
    m_len_buf = m__io->read_u2le();
    m_len_tlvs = m__io->read_u2le();
    m_reserved = m__io->read_bytes(10);
    m_comp_err = std::unique_ptr<completion_t>(new completion_t(m__io, this, m__root));
}

rocker_desc_t::descriptor_t::~descriptor_t() {
    _clean_up();
}

void rocker_desc_t::descriptor_t::_clean_up() {
}

uint64_t rocker_desc_t::descriptor_t::buf_addr() {
    if (f_buf_addr)
        return m_buf_addr;
    f_buf_addr = true;
    m_buf_addr = static_cast<uint64_t>(static_cast<int64_t>(buf_addr_hi()) * 4294967296LL + static_cast<int64_t>(buf_addr_lo()));
    return m_buf_addr;
}
