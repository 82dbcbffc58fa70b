// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "fw_cfg_dma_access.h"

fw_cfg_dma_access_t::fw_cfg_dma_access_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, fw_cfg_dma_access_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_control = nullptr;
    _read();
}

void fw_cfg_dma_access_t::_read() {
    m_control = std::unique_ptr<control_word_t>(new control_word_t(m__io, this, m__root));
    m_len_data = m__io->read_u4be();
    m_address = m__io->read_u8be();
}

fw_cfg_dma_access_t::~fw_cfg_dma_access_t() {
    _clean_up();
}

void fw_cfg_dma_access_t::_clean_up() {
}

fw_cfg_dma_access_t::control_word_t::control_word_t(kaitai::kstream* p__io, fw_cfg_dma_access_t* p__parent, fw_cfg_dma_access_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void fw_cfg_dma_access_t::control_word_t::_read() {
    m_selector = static_cast<fw_cfg_t::key_t>(m__io->read_bits_int_be(16));
    m_reserved = m__io->read_bits_int_be(11);
    m_op_write = m__io->read_bits_int_be(1);
    m_op_select = m__io->read_bits_int_be(1);
    m_op_skip = m__io->read_bits_int_be(1);
    m_op_read = m__io->read_bits_int_be(1);
    m_error = m__io->read_bits_int_be(1);
}

fw_cfg_dma_access_t::control_word_t::~control_word_t() {
    _clean_up();
}

void fw_cfg_dma_access_t::control_word_t::_clean_up() {
}
