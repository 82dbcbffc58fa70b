// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "rocker_tx.h"
#include "kaitai/exceptions.h"
const std::set<rocker_tx_t::frag_attr_t> rocker_tx_t::_values_frag_attr_t{
    rocker_tx_t::FRAG_ATTR_ADDR,
    rocker_tx_t::FRAG_ATTR_LEN,
};
bool rocker_tx_t::_is_defined_frag_attr_t(rocker_tx_t::frag_attr_t v) {
    return rocker_tx_t::_values_frag_attr_t.find(v) != rocker_tx_t::_values_frag_attr_t.end();
}
const std::set<rocker_tx_t::tx_attr_t> rocker_tx_t::_values_tx_attr_t{
    rocker_tx_t::TX_ATTR_OFFLOAD,
    rocker_tx_t::TX_ATTR_L3_CSUM_OFF,
    rocker_tx_t::TX_ATTR_TSO_MSS,
    rocker_tx_t::TX_ATTR_TSO_HDR_LEN,
    rocker_tx_t::TX_ATTR_FRAGS,
};
bool rocker_tx_t::_is_defined_tx_attr_t(rocker_tx_t::tx_attr_t v) {
    return rocker_tx_t::_values_tx_attr_t.find(v) != rocker_tx_t::_values_tx_attr_t.end();
}

rocker_tx_t::rocker_tx_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, rocker_tx_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_tlvs = nullptr;
    _read();
}

void rocker_tx_t::_read() {
    m_tlvs = std::unique_ptr<std::vector<std::unique_ptr<tx_tlv_t>>>(new std::vector<std::unique_ptr<tx_tlv_t>>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_tlvs->push_back(std::move(std::unique_ptr<tx_tlv_t>(new tx_tlv_t(m__io, this, m__root))));
            i++;
        }
    }
}

rocker_tx_t::~rocker_tx_t() {
    _clean_up();
}

void rocker_tx_t::_clean_up() {
}

rocker_tx_t::frag_attr_tlv_t::frag_attr_tlv_t(kaitai::kstream* p__io, rocker_tx_t::frag_attrs_t* p__parent, rocker_tx_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_value = nullptr;
    m__io__raw_value = nullptr;
    _read();
}

void rocker_tx_t::frag_attr_tlv_t::_read() {
    m_tlv_type = static_cast<rocker_tx_t::frag_attr_t>(m__io->read_u4le());
    m_len_tlv = m__io->read_u2le();
    if (!(m_len_tlv >= 8)) {
        throw kaitai::validation_less_than_error<uint16_t>(8, m_len_tlv, m__io, std::string("/types/frag_attr_tlv/seq/1"));
    }
    m_reserved = m__io->read_u2le();
    m__raw_value = m__io->read_bytes(len_tlv() - 8);
    m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
    m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
    m_padding = m__io->read_bytes(kaitai::kstream::mod(8 - kaitai::kstream::mod(len_tlv(), 8), 8));
}

rocker_tx_t::frag_attr_tlv_t::~frag_attr_tlv_t() {
    _clean_up();
}

void rocker_tx_t::frag_attr_tlv_t::_clean_up() {
}

rocker_tx_t::frag_attrs_t::frag_attrs_t(kaitai::kstream* p__io, rocker_tx_t::frag_tlv_t* p__parent, rocker_tx_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_attrs = nullptr;
    _read();
}

void rocker_tx_t::frag_attrs_t::_read() {
    m_attrs = std::unique_ptr<std::vector<std::unique_ptr<frag_attr_tlv_t>>>(new std::vector<std::unique_ptr<frag_attr_tlv_t>>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_attrs->push_back(std::move(std::unique_ptr<frag_attr_tlv_t>(new frag_attr_tlv_t(m__io, this, m__root))));
            i++;
        }
    }
}

rocker_tx_t::frag_attrs_t::~frag_attrs_t() {
    _clean_up();
}

void rocker_tx_t::frag_attrs_t::_clean_up() {
}

rocker_tx_t::frag_tlv_t::frag_tlv_t(kaitai::kstream* p__io, rocker_tx_t::frags_t* p__parent, rocker_tx_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_attrs = nullptr;
    m__io__raw_attrs = nullptr;
    _read();
}

void rocker_tx_t::frag_tlv_t::_read() {
    m_tlv_type = m__io->read_u4le();
    m_len_tlv = m__io->read_u2le();
    if (!(m_len_tlv >= 8)) {
        throw kaitai::validation_less_than_error<uint16_t>(8, m_len_tlv, m__io, std::string("/types/frag_tlv/seq/1"));
    }
    m_reserved = m__io->read_u2le();
    m__raw_attrs = m__io->read_bytes(len_tlv() - 8);
    m__io__raw_attrs = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_attrs));
    m_attrs = std::unique_ptr<frag_attrs_t>(new frag_attrs_t(m__io__raw_attrs.get(), this, m__root));
    m_padding = m__io->read_bytes(kaitai::kstream::mod(8 - kaitai::kstream::mod(len_tlv(), 8), 8));
}

rocker_tx_t::frag_tlv_t::~frag_tlv_t() {
    _clean_up();
}

void rocker_tx_t::frag_tlv_t::_clean_up() {
}

rocker_tx_t::frags_t::frags_t(kaitai::kstream* p__io, rocker_tx_t::tx_tlv_t* p__parent, rocker_tx_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_frags = nullptr;
    _read();
}

void rocker_tx_t::frags_t::_read() {
    m_frags = std::unique_ptr<std::vector<std::unique_ptr<frag_tlv_t>>>(new std::vector<std::unique_ptr<frag_tlv_t>>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_frags->push_back(std::move(std::unique_ptr<frag_tlv_t>(new frag_tlv_t(m__io, this, m__root))));
            i++;
        }
    }
}

rocker_tx_t::frags_t::~frags_t() {
    _clean_up();
}

void rocker_tx_t::frags_t::_clean_up() {
}

rocker_tx_t::tx_tlv_t::tx_tlv_t(kaitai::kstream* p__io, rocker_tx_t* p__parent, rocker_tx_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m__io__raw_value = nullptr;
    _read();
}

void rocker_tx_t::tx_tlv_t::_read() {
    m_tlv_type = static_cast<rocker_tx_t::tx_attr_t>(m__io->read_u4le());
    m_len_tlv = m__io->read_u2le();
    if (!(m_len_tlv >= 8)) {
        throw kaitai::validation_less_than_error<uint16_t>(8, m_len_tlv, m__io, std::string("/types/tx_tlv/seq/1"));
    }
    m_reserved = m__io->read_u2le();
    n_value = true;
    switch (tlv_type()) {
    case rocker_tx_t::TX_ATTR_FRAGS: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<frags_t>(new frags_t(m__io__raw_value.get(), this, m__root));
        break;
    }
    case rocker_tx_t::TX_ATTR_L3_CSUM_OFF: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_tx_t::TX_ATTR_OFFLOAD: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_tx_t::TX_ATTR_TSO_HDR_LEN: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_tx_t::TX_ATTR_TSO_MSS: {
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

rocker_tx_t::tx_tlv_t::~tx_tlv_t() {
    _clean_up();
}

void rocker_tx_t::tx_tlv_t::_clean_up() {
    if (!n_value) {
    }
}
