// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "rocker_cmd.h"
#include "kaitai/exceptions.h"
const std::set<rocker_cmd_t::cmd_attr_t> rocker_cmd_t::_values_cmd_attr_t{
    rocker_cmd_t::CMD_ATTR_TYPE,
    rocker_cmd_t::CMD_ATTR_INFO,
};
bool rocker_cmd_t::_is_defined_cmd_attr_t(rocker_cmd_t::cmd_attr_t v) {
    return rocker_cmd_t::_values_cmd_attr_t.find(v) != rocker_cmd_t::_values_cmd_attr_t.end();
}
const std::set<rocker_cmd_t::cmd_type_t> rocker_cmd_t::_values_cmd_type_t{
    rocker_cmd_t::CMD_TYPE_GET_PORT_SETTINGS,
    rocker_cmd_t::CMD_TYPE_SET_PORT_SETTINGS,
    rocker_cmd_t::CMD_TYPE_OF_DPA_FLOW_ADD,
    rocker_cmd_t::CMD_TYPE_OF_DPA_FLOW_MOD,
    rocker_cmd_t::CMD_TYPE_OF_DPA_FLOW_DEL,
    rocker_cmd_t::CMD_TYPE_OF_DPA_FLOW_GET_STATS,
    rocker_cmd_t::CMD_TYPE_OF_DPA_GROUP_ADD,
    rocker_cmd_t::CMD_TYPE_OF_DPA_GROUP_MOD,
    rocker_cmd_t::CMD_TYPE_OF_DPA_GROUP_DEL,
    rocker_cmd_t::CMD_TYPE_OF_DPA_GROUP_GET_STATS,
};
bool rocker_cmd_t::_is_defined_cmd_type_t(rocker_cmd_t::cmd_type_t v) {
    return rocker_cmd_t::_values_cmd_type_t.find(v) != rocker_cmd_t::_values_cmd_type_t.end();
}
const std::set<rocker_cmd_t::flow_stat_attr_t> rocker_cmd_t::_values_flow_stat_attr_t{
    rocker_cmd_t::FLOW_STAT_ATTR_DURATION,
    rocker_cmd_t::FLOW_STAT_ATTR_RX_PKTS,
    rocker_cmd_t::FLOW_STAT_ATTR_TX_PKTS,
};
bool rocker_cmd_t::_is_defined_flow_stat_attr_t(rocker_cmd_t::flow_stat_attr_t v) {
    return rocker_cmd_t::_values_flow_stat_attr_t.find(v) != rocker_cmd_t::_values_flow_stat_attr_t.end();
}
const std::set<rocker_cmd_t::of_dpa_attr_t> rocker_cmd_t::_values_of_dpa_attr_t{
    rocker_cmd_t::OF_DPA_ATTR_TABLE_ID,
    rocker_cmd_t::OF_DPA_ATTR_PRIORITY,
    rocker_cmd_t::OF_DPA_ATTR_HARDTIME,
    rocker_cmd_t::OF_DPA_ATTR_IDLETIME,
    rocker_cmd_t::OF_DPA_ATTR_COOKIE,
    rocker_cmd_t::OF_DPA_ATTR_IN_PPORT,
    rocker_cmd_t::OF_DPA_ATTR_IN_PPORT_MASK,
    rocker_cmd_t::OF_DPA_ATTR_OUT_PPORT,
    rocker_cmd_t::OF_DPA_ATTR_GOTO_TABLE_ID,
    rocker_cmd_t::OF_DPA_ATTR_GROUP_ID,
    rocker_cmd_t::OF_DPA_ATTR_GROUP_ID_LOWER,
    rocker_cmd_t::OF_DPA_ATTR_GROUP_COUNT,
    rocker_cmd_t::OF_DPA_ATTR_GROUP_IDS,
    rocker_cmd_t::OF_DPA_ATTR_VLAN_ID,
    rocker_cmd_t::OF_DPA_ATTR_VLAN_ID_MASK,
    rocker_cmd_t::OF_DPA_ATTR_VLAN_PCP,
    rocker_cmd_t::OF_DPA_ATTR_VLAN_PCP_MASK,
    rocker_cmd_t::OF_DPA_ATTR_VLAN_PCP_ACTION,
    rocker_cmd_t::OF_DPA_ATTR_NEW_VLAN_ID,
    rocker_cmd_t::OF_DPA_ATTR_NEW_VLAN_PCP,
    rocker_cmd_t::OF_DPA_ATTR_TUNNEL_ID,
    rocker_cmd_t::OF_DPA_ATTR_TUNNEL_LPORT,
    rocker_cmd_t::OF_DPA_ATTR_ETHERTYPE,
    rocker_cmd_t::OF_DPA_ATTR_DST_MAC,
    rocker_cmd_t::OF_DPA_ATTR_DST_MAC_MASK,
    rocker_cmd_t::OF_DPA_ATTR_SRC_MAC,
    rocker_cmd_t::OF_DPA_ATTR_SRC_MAC_MASK,
    rocker_cmd_t::OF_DPA_ATTR_IP_PROTO,
    rocker_cmd_t::OF_DPA_ATTR_IP_PROTO_MASK,
    rocker_cmd_t::OF_DPA_ATTR_IP_DSCP,
    rocker_cmd_t::OF_DPA_ATTR_IP_DSCP_MASK,
    rocker_cmd_t::OF_DPA_ATTR_IP_DSCP_ACTION,
    rocker_cmd_t::OF_DPA_ATTR_NEW_IP_DSCP,
    rocker_cmd_t::OF_DPA_ATTR_IP_ECN,
    rocker_cmd_t::OF_DPA_ATTR_IP_ECN_MASK,
    rocker_cmd_t::OF_DPA_ATTR_DST_IP,
    rocker_cmd_t::OF_DPA_ATTR_DST_IP_MASK,
    rocker_cmd_t::OF_DPA_ATTR_SRC_IP,
    rocker_cmd_t::OF_DPA_ATTR_SRC_IP_MASK,
    rocker_cmd_t::OF_DPA_ATTR_DST_IPV6,
    rocker_cmd_t::OF_DPA_ATTR_DST_IPV6_MASK,
    rocker_cmd_t::OF_DPA_ATTR_SRC_IPV6,
    rocker_cmd_t::OF_DPA_ATTR_SRC_IPV6_MASK,
    rocker_cmd_t::OF_DPA_ATTR_SRC_ARP_IP,
    rocker_cmd_t::OF_DPA_ATTR_SRC_ARP_IP_MASK,
    rocker_cmd_t::OF_DPA_ATTR_L4_DST_PORT,
    rocker_cmd_t::OF_DPA_ATTR_L4_DST_PORT_MASK,
    rocker_cmd_t::OF_DPA_ATTR_L4_SRC_PORT,
    rocker_cmd_t::OF_DPA_ATTR_L4_SRC_PORT_MASK,
    rocker_cmd_t::OF_DPA_ATTR_ICMP_TYPE,
    rocker_cmd_t::OF_DPA_ATTR_ICMP_TYPE_MASK,
    rocker_cmd_t::OF_DPA_ATTR_ICMP_CODE,
    rocker_cmd_t::OF_DPA_ATTR_ICMP_CODE_MASK,
    rocker_cmd_t::OF_DPA_ATTR_IPV6_LABEL,
    rocker_cmd_t::OF_DPA_ATTR_IPV6_LABEL_MASK,
    rocker_cmd_t::OF_DPA_ATTR_QUEUE_ID_ACTION,
    rocker_cmd_t::OF_DPA_ATTR_NEW_QUEUE_ID,
    rocker_cmd_t::OF_DPA_ATTR_CLEAR_ACTIONS,
    rocker_cmd_t::OF_DPA_ATTR_POP_VLAN,
    rocker_cmd_t::OF_DPA_ATTR_TTL_CHECK,
    rocker_cmd_t::OF_DPA_ATTR_COPY_CPU_ACTION,
};
bool rocker_cmd_t::_is_defined_of_dpa_attr_t(rocker_cmd_t::of_dpa_attr_t v) {
    return rocker_cmd_t::_values_of_dpa_attr_t.find(v) != rocker_cmd_t::_values_of_dpa_attr_t.end();
}
const std::set<rocker_cmd_t::port_setting_t> rocker_cmd_t::_values_port_setting_t{
    rocker_cmd_t::PORT_SETTING_PPORT,
    rocker_cmd_t::PORT_SETTING_SPEED,
    rocker_cmd_t::PORT_SETTING_DUPLEX,
    rocker_cmd_t::PORT_SETTING_AUTONEG,
    rocker_cmd_t::PORT_SETTING_MACADDR,
    rocker_cmd_t::PORT_SETTING_MODE,
    rocker_cmd_t::PORT_SETTING_LEARNING,
    rocker_cmd_t::PORT_SETTING_PHYS_NAME,
};
bool rocker_cmd_t::_is_defined_port_setting_t(rocker_cmd_t::port_setting_t v) {
    return rocker_cmd_t::_values_port_setting_t.find(v) != rocker_cmd_t::_values_port_setting_t.end();
}

rocker_cmd_t::rocker_cmd_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, rocker_cmd_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_tlvs = nullptr;
    f_cmd_type = false;
    _read();
}

void rocker_cmd_t::_read() {
    m_tlvs = std::unique_ptr<std::vector<std::unique_ptr<cmd_tlv_t>>>(new std::vector<std::unique_ptr<cmd_tlv_t>>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_tlvs->push_back(std::move(std::unique_ptr<cmd_tlv_t>(new cmd_tlv_t(m__io, this, m__root))));
            i++;
        }
    }
}

rocker_cmd_t::~rocker_cmd_t() {
    _clean_up();
}

void rocker_cmd_t::_clean_up() {
}

rocker_cmd_t::cmd_info_t::cmd_info_t(kaitai::kstream* p__io, rocker_cmd_t::cmd_tlv_t* p__parent, rocker_cmd_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_port_settings = nullptr;
    m_of_dpa = nullptr;
    _read();
}

void rocker_cmd_t::cmd_info_t::_read() {
    n_port_settings = true;
    if (_parent()->_parent()->cmd_type() <= 2) {
        n_port_settings = false;
        m_port_settings = std::unique_ptr<std::vector<std::unique_ptr<port_settings_tlv_t>>>(new std::vector<std::unique_ptr<port_settings_tlv_t>>());
        {
            int i = 0;
            while (!m__io->is_eof()) {
                m_port_settings->push_back(std::move(std::unique_ptr<port_settings_tlv_t>(new port_settings_tlv_t(m__io, this, m__root))));
                i++;
            }
        }
    }
    n_of_dpa = true;
    if (_parent()->_parent()->cmd_type() >= 3) {
        n_of_dpa = false;
        m_of_dpa = std::unique_ptr<std::vector<std::unique_ptr<of_dpa_tlv_t>>>(new std::vector<std::unique_ptr<of_dpa_tlv_t>>());
        {
            int i = 0;
            while (!m__io->is_eof()) {
                m_of_dpa->push_back(std::move(std::unique_ptr<of_dpa_tlv_t>(new of_dpa_tlv_t(m__io, this, m__root))));
                i++;
            }
        }
    }
}

rocker_cmd_t::cmd_info_t::~cmd_info_t() {
    _clean_up();
}

void rocker_cmd_t::cmd_info_t::_clean_up() {
    if (!n_port_settings) {
    }
    if (!n_of_dpa) {
    }
}

rocker_cmd_t::cmd_tlv_t::cmd_tlv_t(kaitai::kstream* p__io, rocker_cmd_t* p__parent, rocker_cmd_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m__io__raw_value = nullptr;
    _read();
}

void rocker_cmd_t::cmd_tlv_t::_read() {
    m_tlv_type = static_cast<rocker_cmd_t::cmd_attr_t>(m__io->read_u4le());
    m_len_tlv = m__io->read_u2le();
    if (!(m_len_tlv >= 8)) {
        throw kaitai::validation_less_than_error<uint16_t>(8, m_len_tlv, m__io, std::string("/types/cmd_tlv/seq/1"));
    }
    m_reserved = m__io->read_u2le();
    n_value = true;
    switch (tlv_type()) {
    case rocker_cmd_t::CMD_ATTR_INFO: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<cmd_info_t>(new cmd_info_t(m__io__raw_value.get(), this, m__root));
        break;
    }
    case rocker_cmd_t::CMD_ATTR_TYPE: {
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

rocker_cmd_t::cmd_tlv_t::~cmd_tlv_t() {
    _clean_up();
}

void rocker_cmd_t::cmd_tlv_t::_clean_up() {
    if (!n_value) {
    }
}

rocker_cmd_t::flow_stat_tlv_t::flow_stat_tlv_t(kaitai::kstream* p__io, rocker_cmd_t::flow_stats_t* p__parent, rocker_cmd_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_value = nullptr;
    m__io__raw_value = nullptr;
    _read();
}

void rocker_cmd_t::flow_stat_tlv_t::_read() {
    m_tlv_type = static_cast<rocker_cmd_t::flow_stat_attr_t>(m__io->read_u4le());
    m_len_tlv = m__io->read_u2le();
    if (!(m_len_tlv >= 8)) {
        throw kaitai::validation_less_than_error<uint16_t>(8, m_len_tlv, m__io, std::string("/types/flow_stat_tlv/seq/1"));
    }
    m_reserved = m__io->read_u2le();
    m__raw_value = m__io->read_bytes(len_tlv() - 8);
    m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
    m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
    m_padding = m__io->read_bytes(kaitai::kstream::mod(8 - kaitai::kstream::mod(len_tlv(), 8), 8));
}

rocker_cmd_t::flow_stat_tlv_t::~flow_stat_tlv_t() {
    _clean_up();
}

void rocker_cmd_t::flow_stat_tlv_t::_clean_up() {
}

rocker_cmd_t::flow_stats_t::flow_stats_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, rocker_cmd_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_tlvs = nullptr;
    _read();
}

void rocker_cmd_t::flow_stats_t::_read() {
    m_tlvs = std::unique_ptr<std::vector<std::unique_ptr<flow_stat_tlv_t>>>(new std::vector<std::unique_ptr<flow_stat_tlv_t>>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_tlvs->push_back(std::move(std::unique_ptr<flow_stat_tlv_t>(new flow_stat_tlv_t(m__io, this, m__root))));
            i++;
        }
    }
}

rocker_cmd_t::flow_stats_t::~flow_stats_t() {
    _clean_up();
}

void rocker_cmd_t::flow_stats_t::_clean_up() {
}

rocker_cmd_t::of_dpa_tlv_t::of_dpa_tlv_t(kaitai::kstream* p__io, rocker_cmd_t::cmd_info_t* p__parent, rocker_cmd_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m__io__raw_value = nullptr;
    _read();
}

void rocker_cmd_t::of_dpa_tlv_t::_read() {
    m_tlv_type = static_cast<rocker_cmd_t::of_dpa_attr_t>(m__io->read_u4le());
    m_len_tlv = m__io->read_u2le();
    if (!(m_len_tlv >= 8)) {
        throw kaitai::validation_less_than_error<uint16_t>(8, m_len_tlv, m__io, std::string("/types/of_dpa_tlv/seq/1"));
    }
    m_reserved = m__io->read_u2le();
    n_value = true;
    switch (tlv_type()) {
    case rocker_cmd_t::OF_DPA_ATTR_CLEAR_ACTIONS: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_COOKIE: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_COPY_CPU_ACTION: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_DST_IP: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::ipv4_address_t>(new rocker_t::ipv4_address_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_DST_IP_MASK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::ipv4_address_t>(new rocker_t::ipv4_address_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_DST_IPV6: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::ipv6_address_t>(new rocker_t::ipv6_address_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_DST_IPV6_MASK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::ipv6_address_t>(new rocker_t::ipv6_address_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_DST_MAC: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::mac_address_t>(new rocker_t::mac_address_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_DST_MAC_MASK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::mac_address_t>(new rocker_t::mac_address_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_ETHERTYPE: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::be_uint_t>(new rocker_t::be_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_GOTO_TABLE_ID: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_GROUP_COUNT: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_GROUP_ID: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_GROUP_ID_LOWER: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_GROUP_IDS: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::u4_list_t>(new rocker_t::u4_list_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_HARDTIME: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_ICMP_CODE: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_ICMP_CODE_MASK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_ICMP_TYPE: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_ICMP_TYPE_MASK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_IDLETIME: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_IN_PPORT: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_IN_PPORT_MASK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_IP_DSCP: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_IP_DSCP_ACTION: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_IP_DSCP_MASK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_IP_ECN: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_IP_ECN_MASK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_IP_PROTO: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_IP_PROTO_MASK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_IPV6_LABEL: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::be_uint_t>(new rocker_t::be_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_IPV6_LABEL_MASK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::be_uint_t>(new rocker_t::be_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_L4_DST_PORT: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::be_uint_t>(new rocker_t::be_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_L4_DST_PORT_MASK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::be_uint_t>(new rocker_t::be_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_L4_SRC_PORT: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::be_uint_t>(new rocker_t::be_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_L4_SRC_PORT_MASK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::be_uint_t>(new rocker_t::be_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_NEW_IP_DSCP: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_NEW_QUEUE_ID: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_NEW_VLAN_ID: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::be_uint_t>(new rocker_t::be_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_NEW_VLAN_PCP: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_OUT_PPORT: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_POP_VLAN: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_PRIORITY: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_QUEUE_ID_ACTION: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_SRC_ARP_IP: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::ipv4_address_t>(new rocker_t::ipv4_address_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_SRC_ARP_IP_MASK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::ipv4_address_t>(new rocker_t::ipv4_address_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_SRC_IP: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::ipv4_address_t>(new rocker_t::ipv4_address_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_SRC_IP_MASK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::ipv4_address_t>(new rocker_t::ipv4_address_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_SRC_IPV6: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::ipv6_address_t>(new rocker_t::ipv6_address_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_SRC_IPV6_MASK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::ipv6_address_t>(new rocker_t::ipv6_address_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_SRC_MAC: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::mac_address_t>(new rocker_t::mac_address_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_SRC_MAC_MASK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::mac_address_t>(new rocker_t::mac_address_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_TABLE_ID: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_TTL_CHECK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_TUNNEL_ID: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_TUNNEL_LPORT: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_VLAN_ID: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::be_uint_t>(new rocker_t::be_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_VLAN_ID_MASK: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::be_uint_t>(new rocker_t::be_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_VLAN_PCP: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::be_uint_t>(new rocker_t::be_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_VLAN_PCP_ACTION: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::OF_DPA_ATTR_VLAN_PCP_MASK: {
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

rocker_cmd_t::of_dpa_tlv_t::~of_dpa_tlv_t() {
    _clean_up();
}

void rocker_cmd_t::of_dpa_tlv_t::_clean_up() {
    if (!n_value) {
    }
}

rocker_cmd_t::port_settings_tlv_t::port_settings_tlv_t(kaitai::kstream* p__io, rocker_cmd_t::cmd_info_t* p__parent, rocker_cmd_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m__io__raw_value = nullptr;
    _read();
}

void rocker_cmd_t::port_settings_tlv_t::_read() {
    m_tlv_type = static_cast<rocker_cmd_t::port_setting_t>(m__io->read_u4le());
    m_len_tlv = m__io->read_u2le();
    if (!(m_len_tlv >= 8)) {
        throw kaitai::validation_less_than_error<uint16_t>(8, m_len_tlv, m__io, std::string("/types/port_settings_tlv/seq/1"));
    }
    m_reserved = m__io->read_u2le();
    n_value = true;
    switch (tlv_type()) {
    case rocker_cmd_t::PORT_SETTING_AUTONEG: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::PORT_SETTING_DUPLEX: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::PORT_SETTING_LEARNING: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::PORT_SETTING_MACADDR: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::mac_address_t>(new rocker_t::mac_address_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::PORT_SETTING_MODE: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::PORT_SETTING_PHYS_NAME: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::text_t>(new rocker_t::text_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::PORT_SETTING_PPORT: {
        n_value = false;
        m__raw_value = m__io->read_bytes(len_tlv() - 8);
        m__io__raw_value = std::unique_ptr<kaitai::kstream>(new kaitai::kstream(m__raw_value));
        m_value = std::unique_ptr<rocker_t::le_uint_t>(new rocker_t::le_uint_t(m__io__raw_value.get()));
        break;
    }
    case rocker_cmd_t::PORT_SETTING_SPEED: {
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

rocker_cmd_t::port_settings_tlv_t::~port_settings_tlv_t() {
    _clean_up();
}

void rocker_cmd_t::port_settings_tlv_t::_clean_up() {
    if (!n_value) {
    }
}

uint64_t rocker_cmd_t::cmd_type() {
    if (f_cmd_type)
        return m_cmd_type;
    f_cmd_type = true;
    m_cmd_type = (( ((tlvs()->size() > 0) && (tlvs()->at(0)->tlv_type() == rocker_cmd_t::CMD_ATTR_TYPE)) ) ? (static_cast<rocker_t::le_uint_t*>(tlvs()->at(0)->value())->value()) : (0));
    return m_cmd_type;
}
