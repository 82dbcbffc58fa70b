// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "rocker_rx.h"
#include "kaitai/exceptions.h"
const std::set<rocker_rx_t::rx_attr_t> rocker_rx_t::_values_rx_attr_t{
    rocker_rx_t::RX_ATTR_FLAGS,
    rocker_rx_t::RX_ATTR_CSUM,
    rocker_rx_t::RX_ATTR_FRAG_ADDR,
    rocker_rx_t::RX_ATTR_FRAG_MAX_LEN,
    rocker_rx_t::RX_ATTR_FRAG_LEN,
};
bool rocker_rx_t::_is_defined_rx_attr_t(rocker_rx_t::rx_attr_t v) {
    return rocker_rx_t::_values_rx_attr_t.find(v) != rocker_rx_t::_values_rx_attr_t.end();
}

rocker_rx_t::rocker_rx_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, rocker_rx_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_tlvs = nullptr;
    _read();
}

void rocker_rx_t::_read() {
    m_tlvs = std::unique_ptr<std::vector<std::unique_ptr<rx_tlv_t>>>(new std::vector<std::unique_ptr<rx_tlv_t>>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_tlvs->push_back(std::move(std::unique_ptr<rx_tlv_t>(new rx_tlv_t(m__io, this, m__root))));
            i++;
        }
    }
}

rocker_rx_t::~rocker_rx_t() {
    _clean_up();
}

void rocker_rx_t::_clean_up() {
}

rocker_rx_t::rx_tlv_t::rx_tlv_t(kaitai::kstream* p__io, rocker_rx_t* p__parent, rocker_rx_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m__io__raw_value = nullptr;
    _read();
}

void rocker_rx_t::rx_tlv_t::_read() {
    m_tlv_type = static_cast<rocker_rx_t::rx_attr_t>(m__io->read_u4le());
    m_len_tlv = m__io->read_u2le();
    if (!(m_len_tlv >= 8)) {
        throw kaitai::validation_less_than_error<uint16_t>(8, m_len_tlv, m__io, std::string("/types/rx_tlv/seq/1"));
    }
    m_reserved = m__io->read_u2le();
    n_value = true;
    switch (tlv_type()) {
    case rocker_rx_t::RX_ATTR_CSUM: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_rx_t::RX_ATTR_FLAGS: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::rx_flags_t>(new rocker_t::rx_flags_t(m__io__raw_value.get()));
        break;
    }
    case rocker_rx_t::RX_ATTR_FRAG_ADDR: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_rx_t::RX_ATTR_FRAG_LEN: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_rx_t::RX_ATTR_FRAG_MAX_LEN: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    default: {
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        break;
    }
    }
    m_padding = m__io->read_bytes(kaitai::kstream::mod(8 - kaitai::kstream::mod(len_tlv(), 8), 8));
}

rocker_rx_t::rx_tlv_t::~rx_tlv_t() {
    _clean_up();
}

void rocker_rx_t::rx_tlv_t::_clean_up() {
    if (!n_value) {
    }
}
