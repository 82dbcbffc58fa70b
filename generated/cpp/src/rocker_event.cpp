// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "rocker_event.h"
#include "kaitai/exceptions.h"
const std::set<rocker_event_t::event_attr_t> rocker_event_t::_values_event_attr_t{
    rocker_event_t::EVENT_ATTR_TYPE,
    rocker_event_t::EVENT_ATTR_INFO,
};
bool rocker_event_t::_is_defined_event_attr_t(rocker_event_t::event_attr_t v) {
    return rocker_event_t::_values_event_attr_t.find(v) != rocker_event_t::_values_event_attr_t.end();
}
const std::set<rocker_event_t::event_type_t> rocker_event_t::_values_event_type_t{
    rocker_event_t::EVENT_TYPE_LINK_CHANGED,
    rocker_event_t::EVENT_TYPE_MAC_VLAN_SEEN,
};
bool rocker_event_t::_is_defined_event_type_t(rocker_event_t::event_type_t v) {
    return rocker_event_t::_values_event_type_t.find(v) != rocker_event_t::_values_event_type_t.end();
}
const std::set<rocker_event_t::link_changed_attr_t> rocker_event_t::_values_link_changed_attr_t{
    rocker_event_t::LINK_CHANGED_ATTR_PPORT,
    rocker_event_t::LINK_CHANGED_ATTR_LINKUP,
};
bool rocker_event_t::_is_defined_link_changed_attr_t(rocker_event_t::link_changed_attr_t v) {
    return rocker_event_t::_values_link_changed_attr_t.find(v) != rocker_event_t::_values_link_changed_attr_t.end();
}
const std::set<rocker_event_t::mac_vlan_attr_t> rocker_event_t::_values_mac_vlan_attr_t{
    rocker_event_t::MAC_VLAN_ATTR_PPORT,
    rocker_event_t::MAC_VLAN_ATTR_MAC,
    rocker_event_t::MAC_VLAN_ATTR_VLAN_ID,
};
bool rocker_event_t::_is_defined_mac_vlan_attr_t(rocker_event_t::mac_vlan_attr_t v) {
    return rocker_event_t::_values_mac_vlan_attr_t.find(v) != rocker_event_t::_values_mac_vlan_attr_t.end();
}

rocker_event_t::rocker_event_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, rocker_event_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_tlvs = nullptr;
    f_event_type = false;
    _read();
}

void rocker_event_t::_read() {
    m_tlvs = std::unique_ptr<std::vector<std::unique_ptr<event_tlv_t>>>(new std::vector<std::unique_ptr<event_tlv_t>>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_tlvs->push_back(std::move(std::unique_ptr<event_tlv_t>(new event_tlv_t(m__io, this, m__root))));
            i++;
        }
    }
}

rocker_event_t::~rocker_event_t() {
    _clean_up();
}

void rocker_event_t::_clean_up() {
}

rocker_event_t::event_info_t::event_info_t(kaitai::kstream* p__io, rocker_event_t::event_tlv_t* p__parent, rocker_event_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_link_changed = nullptr;
    m_mac_vlan_seen = nullptr;
    _read();
}

void rocker_event_t::event_info_t::_read() {
    n_link_changed = true;
    if (_parent()->_parent()->event_type() == static_cast<uint64_t>(rocker_event_t::EVENT_TYPE_LINK_CHANGED)) {
        n_link_changed = false;
        m_link_changed = std::unique_ptr<std::vector<std::unique_ptr<link_changed_tlv_t>>>(new std::vector<std::unique_ptr<link_changed_tlv_t>>());
        {
            int i = 0;
            while (!m__io->is_eof()) {
                m_link_changed->push_back(std::move(std::unique_ptr<link_changed_tlv_t>(new link_changed_tlv_t(m__io, this, m__root))));
                i++;
            }
        }
    }
    n_mac_vlan_seen = true;
    if (_parent()->_parent()->event_type() == static_cast<uint64_t>(rocker_event_t::EVENT_TYPE_MAC_VLAN_SEEN)) {
        n_mac_vlan_seen = false;
        m_mac_vlan_seen = std::unique_ptr<std::vector<std::unique_ptr<mac_vlan_tlv_t>>>(new std::vector<std::unique_ptr<mac_vlan_tlv_t>>());
        {
            int i = 0;
            while (!m__io->is_eof()) {
                m_mac_vlan_seen->push_back(std::move(std::unique_ptr<mac_vlan_tlv_t>(new mac_vlan_tlv_t(m__io, this, m__root))));
                i++;
            }
        }
    }
    n_raw = true;
    if ( ((_parent()->_parent()->event_type() != static_cast<uint64_t>(rocker_event_t::EVENT_TYPE_LINK_CHANGED)) && (_parent()->_parent()->event_type() != static_cast<uint64_t>(rocker_event_t::EVENT_TYPE_MAC_VLAN_SEEN))) ) {
        n_raw = false;
        m_raw = m__io->read_bytes_full();
    }
}

rocker_event_t::event_info_t::~event_info_t() {
    _clean_up();
}

void rocker_event_t::event_info_t::_clean_up() {
    if (!n_link_changed) {
    }
    if (!n_mac_vlan_seen) {
    }
    if (!n_raw) {
    }
}

rocker_event_t::event_tlv_t::event_tlv_t(kaitai::kstream* p__io, rocker_event_t* p__parent, rocker_event_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m__io__raw_value = nullptr;
    _read();
}

void rocker_event_t::event_tlv_t::_read() {
    m_tlv_type = static_cast<rocker_event_t::event_attr_t>(m__io->read_u4le());
    m_len_tlv = m__io->read_u2le();
    if (!(m_len_tlv >= 8)) {
        throw kaitai::validation_less_than_error<uint16_t>(8, m_len_tlv, m__io, std::string("/types/event_tlv/seq/1"));
    }
    m_reserved = m__io->read_u2le();
    n_value = true;
    switch (tlv_type()) {
    case rocker_event_t::EVENT_ATTR_INFO: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<event_info_t>(new event_info_t(m__io__raw_value.get(), this, m__root));
        break;
    }
    case rocker_event_t::EVENT_ATTR_TYPE: {
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

rocker_event_t::event_tlv_t::~event_tlv_t() {
    _clean_up();
}

void rocker_event_t::event_tlv_t::_clean_up() {
    if (!n_value) {
    }
}

rocker_event_t::link_changed_tlv_t::link_changed_tlv_t(kaitai::kstream* p__io, rocker_event_t::event_info_t* p__parent, rocker_event_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_value = nullptr;
    m__io__raw_value = nullptr;
    _read();
}

void rocker_event_t::link_changed_tlv_t::_read() {
    m_tlv_type = static_cast<rocker_event_t::link_changed_attr_t>(m__io->read_u4le());
    m_len_tlv = m__io->read_u2le();
    if (!(m_len_tlv >= 8)) {
        throw kaitai::validation_less_than_error<uint16_t>(8, m_len_tlv, m__io, std::string("/types/link_changed_tlv/seq/1"));
    }
    m_reserved = m__io->read_u2le();
    m__raw_value = m__io->read_bytes(len_tlv() - 8);
    m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
    m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
    m_padding = m__io->read_bytes(kaitai::kstream::mod(8 - kaitai::kstream::mod(len_tlv(), 8), 8));
}

rocker_event_t::link_changed_tlv_t::~link_changed_tlv_t() {
    _clean_up();
}

void rocker_event_t::link_changed_tlv_t::_clean_up() {
}

rocker_event_t::mac_vlan_tlv_t::mac_vlan_tlv_t(kaitai::kstream* p__io, rocker_event_t::event_info_t* p__parent, rocker_event_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m__io__raw_value = nullptr;
    _read();
}

void rocker_event_t::mac_vlan_tlv_t::_read() {
    m_tlv_type = static_cast<rocker_event_t::mac_vlan_attr_t>(m__io->read_u4le());
    m_len_tlv = m__io->read_u2le();
    if (!(m_len_tlv >= 8)) {
        throw kaitai::validation_less_than_error<uint16_t>(8, m_len_tlv, m__io, std::string("/types/mac_vlan_tlv/seq/1"));
    }
    m_reserved = m__io->read_u2le();
    n_value = true;
    switch (tlv_type()) {
    case rocker_event_t::MAC_VLAN_ATTR_MAC: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::mac_address_t>(new rocker_t::mac_address_t(m__io__raw_value.get()));
        break;
    }
    case rocker_event_t::MAC_VLAN_ATTR_PPORT: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_event_t::MAC_VLAN_ATTR_VLAN_ID: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::be_uint_t>(new rocker_t::be_uint_t(m__io__raw_value.get()));
        break;
    }
    default: {
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        break;
    }
    }
    m_padding = m__io->read_bytes(kaitai::kstream::mod(8 - kaitai::kstream::mod(len_tlv(), 8), 8));
}

rocker_event_t::mac_vlan_tlv_t::~mac_vlan_tlv_t() {
    _clean_up();
}

void rocker_event_t::mac_vlan_tlv_t::_clean_up() {
    if (!n_value) {
    }
}

uint64_t rocker_event_t::event_type() {
    if (f_event_type)
        return m_event_type;
    f_event_type = true;
    m_event_type = (( ((tlvs()->size() > 0) && (tlvs()->at(0)->tlv_type() == rocker_event_t::EVENT_ATTR_TYPE)) ) ? (static_cast<rocker_t::le_uint_t*>(tlvs()->at(0)->value())->value()) : (0));
    return m_event_type;
}
