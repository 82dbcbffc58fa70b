// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "rocker.h"
#include "kaitai/exceptions.h"
const std::set<rocker_t::msix_vector_t> rocker_t::_values_msix_vector_t{
    rocker_t::MSIX_VECTOR_CMD,
    rocker_t::MSIX_VECTOR_EVENT,
    rocker_t::MSIX_VECTOR_TEST,
    rocker_t::MSIX_VECTOR_RESERVED,
};
bool rocker_t::_is_defined_msix_vector_t(rocker_t::msix_vector_t v) {
    return rocker_t::_values_msix_vector_t.find(v) != rocker_t::_values_msix_vector_t.end();
}
const std::set<rocker_t::of_dpa_group_type_t> rocker_t::_values_of_dpa_group_type_t{
    rocker_t::OF_DPA_GROUP_TYPE_L2_INTERFACE,
    rocker_t::OF_DPA_GROUP_TYPE_L2_REWRITE,
    rocker_t::OF_DPA_GROUP_TYPE_L3_UNICAST,
    rocker_t::OF_DPA_GROUP_TYPE_L2_MULTICAST,
    rocker_t::OF_DPA_GROUP_TYPE_L2_FLOOD,
    rocker_t::OF_DPA_GROUP_TYPE_L3_INTERFACE,
    rocker_t::OF_DPA_GROUP_TYPE_L3_MULTICAST,
    rocker_t::OF_DPA_GROUP_TYPE_L3_ECMP,
    rocker_t::OF_DPA_GROUP_TYPE_L2_OVERLAY,
};
bool rocker_t::_is_defined_of_dpa_group_type_t(rocker_t::of_dpa_group_type_t v) {
    return rocker_t::_values_of_dpa_group_type_t.find(v) != rocker_t::_values_of_dpa_group_type_t.end();
}
const std::set<rocker_t::of_dpa_overlay_type_t> rocker_t::_values_of_dpa_overlay_type_t{
    rocker_t::OF_DPA_OVERLAY_TYPE_FLOOD_UNICAST,
    rocker_t::OF_DPA_OVERLAY_TYPE_FLOOD_MULTICAST,
    rocker_t::OF_DPA_OVERLAY_TYPE_MULTICAST_UNICAST,
    rocker_t::OF_DPA_OVERLAY_TYPE_MULTICAST_MULTICAST,
};
bool rocker_t::_is_defined_of_dpa_overlay_type_t(rocker_t::of_dpa_overlay_type_t v) {
    return rocker_t::_values_of_dpa_overlay_type_t.find(v) != rocker_t::_values_of_dpa_overlay_type_t.end();
}
const std::set<rocker_t::of_dpa_table_t> rocker_t::_values_of_dpa_table_t{
    rocker_t::OF_DPA_TABLE_INGRESS_PORT,
    rocker_t::OF_DPA_TABLE_VLAN,
    rocker_t::OF_DPA_TABLE_TERMINATION_MAC,
    rocker_t::OF_DPA_TABLE_UNICAST_ROUTING,
    rocker_t::OF_DPA_TABLE_MULTICAST_ROUTING,
    rocker_t::OF_DPA_TABLE_BRIDGING,
    rocker_t::OF_DPA_TABLE_ACL_POLICY,
};
bool rocker_t::_is_defined_of_dpa_table_t(rocker_t::of_dpa_table_t v) {
    return rocker_t::_values_of_dpa_table_t.find(v) != rocker_t::_values_of_dpa_table_t.end();
}
const std::set<rocker_t::port_mode_t> rocker_t::_values_port_mode_t{
    rocker_t::PORT_MODE_OF_DPA,
};
bool rocker_t::_is_defined_port_mode_t(rocker_t::port_mode_t v) {
    return rocker_t::_values_port_mode_t.find(v) != rocker_t::_values_port_mode_t.end();
}
const std::set<rocker_t::register_t> rocker_t::_values_register_t{
    rocker_t::REGISTER_BOGUS_REG0,
    rocker_t::REGISTER_BOGUS_REG1,
    rocker_t::REGISTER_BOGUS_REG2,
    rocker_t::REGISTER_BOGUS_REG3,
    rocker_t::REGISTER_TEST_REG,
    rocker_t::REGISTER_TEST_REG64,
    rocker_t::REGISTER_TEST_IRQ,
    rocker_t::REGISTER_TEST_DMA_ADDR,
    rocker_t::REGISTER_TEST_DMA_SIZE,
    rocker_t::REGISTER_TEST_DMA_CTRL,
    rocker_t::REGISTER_CONTROL,
    rocker_t::REGISTER_PORT_PHYS_COUNT,
    rocker_t::REGISTER_PORT_PHYS_LINK_STATUS,
    rocker_t::REGISTER_PORT_PHYS_ENABLE,
    rocker_t::REGISTER_SWITCH_ID,
    rocker_t::REGISTER_DMA_DESC_BASE,
};
bool rocker_t::_is_defined_register_t(rocker_t::register_t v) {
    return rocker_t::_values_register_t.find(v) != rocker_t::_values_register_t.end();
}
const std::set<rocker_t::return_code_t> rocker_t::_values_return_code_t{
    rocker_t::RETURN_CODE_OK,
    rocker_t::RETURN_CODE_ENOENT,
    rocker_t::RETURN_CODE_ENXIO,
    rocker_t::RETURN_CODE_ENOMEM,
    rocker_t::RETURN_CODE_EEXIST,
    rocker_t::RETURN_CODE_EINVAL,
    rocker_t::RETURN_CODE_EMSGSIZE,
    rocker_t::RETURN_CODE_ENOTSUP,
    rocker_t::RETURN_CODE_ENOBUFS,
};
bool rocker_t::_is_defined_return_code_t(rocker_t::return_code_t v) {
    return rocker_t::_values_return_code_t.find(v) != rocker_t::_values_return_code_t.end();
}
const std::set<rocker_t::ring_t> rocker_t::_values_ring_t{
    rocker_t::RING_CMD,
    rocker_t::RING_EVENT,
};
bool rocker_t::_is_defined_ring_t(rocker_t::ring_t v) {
    return rocker_t::_values_ring_t.find(v) != rocker_t::_values_ring_t.end();
}
const std::set<rocker_t::ring_register_t> rocker_t::_values_ring_register_t{
    rocker_t::RING_REGISTER_BASE_ADDR,
    rocker_t::RING_REGISTER_SIZE,
    rocker_t::RING_REGISTER_HEAD,
    rocker_t::RING_REGISTER_TAIL,
    rocker_t::RING_REGISTER_CTRL,
    rocker_t::RING_REGISTER_CREDITS,
};
bool rocker_t::_is_defined_ring_register_t(rocker_t::ring_register_t v) {
    return rocker_t::_values_ring_register_t.find(v) != rocker_t::_values_ring_register_t.end();
}
const std::set<rocker_t::test_dma_op_t> rocker_t::_values_test_dma_op_t{
    rocker_t::TEST_DMA_OP_CLEAR,
    rocker_t::TEST_DMA_OP_FILL,
    rocker_t::TEST_DMA_OP_INVERT,
};
bool rocker_t::_is_defined_test_dma_op_t(rocker_t::test_dma_op_t v) {
    return rocker_t::_values_test_dma_op_t.find(v) != rocker_t::_values_test_dma_op_t.end();
}
const std::set<rocker_t::tx_offload_t> rocker_t::_values_tx_offload_t{
    rocker_t::TX_OFFLOAD_NONE,
    rocker_t::TX_OFFLOAD_IP_CSUM,
    rocker_t::TX_OFFLOAD_TCP_UDP_CSUM,
    rocker_t::TX_OFFLOAD_L3_CSUM,
    rocker_t::TX_OFFLOAD_TSO,
};
bool rocker_t::_is_defined_tx_offload_t(rocker_t::tx_offload_t v) {
    return rocker_t::_values_tx_offload_t.find(v) != rocker_t::_values_tx_offload_t.end();
}

rocker_t::rocker_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, rocker_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_bogus_registers = nullptr;
    m_port_phys_link_status = nullptr;
    m_port_phys_enable = nullptr;
    m_rings = nullptr;
    f_switch_id = false;
    _read();
}

void rocker_t::_read() {
    m_bogus_registers = std::unique_ptr<std::vector<uint32_t>>(new std::vector<uint32_t>());
    const int l_bogus_registers = 4;
    for (int i = 0; i < l_bogus_registers; i++) {
        m_bogus_registers->push_back(std::move(m__io->read_u4le()));
    }
    m_test_reg = m__io->read_u4le();
    m_reserved1 = m__io->read_bytes(4);
    m_test_reg64_lo = m__io->read_u4le();
    m_test_reg64_hi = m__io->read_u4le();
    m_test_irq = m__io->read_u4le();
    m_reserved2 = m__io->read_bytes(4);
    m_test_dma_addr_lo = m__io->read_u4le();
    m_test_dma_addr_hi = m__io->read_u4le();
    m_test_dma_size = m__io->read_u4le();
    m_test_dma_ctrl = m__io->read_u4le();
    m_reserved3 = m__io->read_bytes(768 - 56);
    m_control = m__io->read_u4le();
    m_port_phys_count = m__io->read_u4le();
    m_reserved4 = m__io->read_bytes(8);
    m_port_phys_link_status = std::unique_ptr<port_bitmap_t>(new port_bitmap_t(m__io, this, m__root));
    m_port_phys_enable = std::unique_ptr<port_bitmap_t>(new port_bitmap_t(m__io, this, m__root));
    m_switch_id_lo = m__io->read_u4le();
    m_switch_id_hi = m__io->read_u4le();
    m_reserved5 = m__io->read_bytes(4096 - 808);
    m_rings = std::unique_ptr<std::vector<std::unique_ptr<ring_registers_t>>>(new std::vector<std::unique_ptr<ring_registers_t>>());
    const int l_rings = 64;
    for (int i = 0; i < l_rings; i++) {
        m_rings->push_back(std::move(std::unique_ptr<ring_registers_t>(new ring_registers_t(m__io, this, m__root))));
    }
    m_reserved6 = m__io->read_bytes_full();
}

rocker_t::~rocker_t() {
    _clean_up();
}

void rocker_t::_clean_up() {
}

rocker_t::be_uint_t::be_uint_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, rocker_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void rocker_t::be_uint_t::_read() {
    n_value = true;
    switch (static_cast<int32_t>(_io()->size())) {
    case 1: {
        n_value = false;
        m_value = m__io->read_u1();
        break;
    }
    case 2: {
        n_value = false;
        m_value = m__io->read_u2be();
        break;
    }
    case 4: {
        n_value = false;
        m_value = m__io->read_u4be();
        break;
    }
    }
}

rocker_t::be_uint_t::~be_uint_t() {
    _clean_up();
}

void rocker_t::be_uint_t::_clean_up() {
    if (!n_value) {
    }
}

rocker_t::ipv4_address_t::ipv4_address_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, rocker_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void rocker_t::ipv4_address_t::_read() {
    m_octets = m__io->read_bytes(4);
}

rocker_t::ipv4_address_t::~ipv4_address_t() {
    _clean_up();
}

void rocker_t::ipv4_address_t::_clean_up() {
}

rocker_t::ipv6_address_t::ipv6_address_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, rocker_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void rocker_t::ipv6_address_t::_read() {
    m_octets = m__io->read_bytes(16);
}

rocker_t::ipv6_address_t::~ipv6_address_t() {
    _clean_up();
}

void rocker_t::ipv6_address_t::_clean_up() {
}

rocker_t::le_uint_t::le_uint_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, rocker_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    f_value = false;
    _read();
}

void rocker_t::le_uint_t::_read() {
    m_length_check = m__io->read_bytes(0);
    {
        std::string _ = m_length_check;
        if (!( ((_.length() == 0) && ( ((_io()->size() == 1) || (_io()->size() == 2) || (_io()->size() == 4) || (_io()->size() == 8)) )) )) {
            throw kaitai::validation_expr_error<std::string>(m_length_check, m__io, std::string("/types/le_uint/seq/0"));
        }
    }
    n_low = true;
    switch (static_cast<int32_t>(_io()->size())) {
    case 1: {
        n_low = false;
        m_low = m__io->read_u1();
        break;
    }
    case 2: {
        n_low = false;
        m_low = m__io->read_u2le();
        break;
    }
    case 4: {
        n_low = false;
        m_low = m__io->read_u4le();
        break;
    }
    case 8: {
        n_low = false;
        m_low = m__io->read_u4le();
        break;
    }
    }
    n_high = true;
    if (_io()->size() == 8) {
        n_high = false;
        m_high = m__io->read_u4le();
    }
}

rocker_t::le_uint_t::~le_uint_t() {
    _clean_up();
}

void rocker_t::le_uint_t::_clean_up() {
    if (!n_low) {
    }
    if (!n_high) {
    }
}

uint64_t rocker_t::le_uint_t::value() {
    if (f_value)
        return m_value;
    f_value = true;
    m_value = ((_io()->size() == 8) ? (static_cast<uint64_t>(static_cast<int64_t>(high()) * 4294967296LL + static_cast<int64_t>(low()))) : (static_cast<uint64_t>(low())));
    return m_value;
}

rocker_t::mac_address_t::mac_address_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, rocker_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void rocker_t::mac_address_t::_read() {
    m_octets = m__io->read_bytes(6);
}

rocker_t::mac_address_t::~mac_address_t() {
    _clean_up();
}

void rocker_t::mac_address_t::_clean_up() {
}

rocker_t::port_bitmap_t::port_bitmap_t(kaitai::kstream* p__io, rocker_t* p__parent, rocker_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void rocker_t::port_bitmap_t::_read() {
    m_lo = m__io->read_u4le();
    m_hi = m__io->read_u4le();
}

rocker_t::port_bitmap_t::~port_bitmap_t() {
    _clean_up();
}

void rocker_t::port_bitmap_t::_clean_up() {
}

rocker_t::ring_registers_t::ring_registers_t(kaitai::kstream* p__io, rocker_t* p__parent, rocker_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    f_base_addr = false;
    _read();
}

void rocker_t::ring_registers_t::_read() {
    m_base_addr_lo = m__io->read_u4le();
    m_base_addr_hi = m__io->read_u4le();
    m_size = m__io->read_u4le();
    m_head = m__io->read_u4le();
    m_tail = m__io->read_u4le();
    m_ctrl = m__io->read_u4le();
    m_credits = m__io->read_u4le();
    m_reserved = m__io->read_u4le();
}

rocker_t::ring_registers_t::~ring_registers_t() {
    _clean_up();
}

void rocker_t::ring_registers_t::_clean_up() {
}

uint64_t rocker_t::ring_registers_t::base_addr() {
    if (f_base_addr)
        return m_base_addr;
    f_base_addr = true;
    m_base_addr = static_cast<uint64_t>(static_cast<int64_t>(base_addr_hi()) * 4294967296LL + static_cast<int64_t>(base_addr_lo()));
    return m_base_addr;
}

rocker_t::rx_flags_t::rx_flags_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, rocker_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void rocker_t::rx_flags_t::_read() {
    m_ipv4 = m__io->read_bits_int_le(1);
    m_ipv6 = m__io->read_bits_int_le(1);
    m_csum_calc = m__io->read_bits_int_le(1);
    m_ipv4_csum_good = m__io->read_bits_int_le(1);
    m_ip_frag = m__io->read_bits_int_le(1);
    m_tcp = m__io->read_bits_int_le(1);
    m_udp = m__io->read_bits_int_le(1);
    m_tcp_udp_csum_good = m__io->read_bits_int_le(1);
    m_fwd_offload = m__io->read_bits_int_le(1);
    m_reserved = m__io->read_bits_int_le(7);
}

rocker_t::rx_flags_t::~rx_flags_t() {
    _clean_up();
}

void rocker_t::rx_flags_t::_clean_up() {
}

rocker_t::text_t::text_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, rocker_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void rocker_t::text_t::_read() {
    m_value = kaitai::kstream::bytes_to_str(m__io->read_bytes_full(), "ASCII");
}

rocker_t::text_t::~text_t() {
    _clean_up();
}

void rocker_t::text_t::_clean_up() {
}

rocker_t::tlv_t::tlv_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, rocker_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void rocker_t::tlv_t::_read() {
    m_tlv_type = m__io->read_u4le();
    m_len_tlv = m__io->read_u2le();
    if (!(m_len_tlv >= 8)) {
        throw kaitai::validation_less_than_error<uint16_t>(8, m_len_tlv, m__io, std::string("/types/tlv/seq/1"));
    }
    m_reserved = m__io->read_u2le();
    m_value = m__io->read_bytes(len_tlv() - 8);
    m_padding = m__io->read_bytes(kaitai::kstream::mod(8 - kaitai::kstream::mod(len_tlv(), 8), 8));
}

rocker_t::tlv_t::~tlv_t() {
    _clean_up();
}

void rocker_t::tlv_t::_clean_up() {
}

rocker_t::u4_list_t::u4_list_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, rocker_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_values = nullptr;
    _read();
}

void rocker_t::u4_list_t::_read() {
    m_values = std::unique_ptr<std::vector<uint32_t>>(new std::vector<uint32_t>());
    {
        int i = 0;
        while (!m__io->is_eof()) {
            m_values->push_back(std::move(m__io->read_u4le()));
            i++;
        }
    }
}

rocker_t::u4_list_t::~u4_list_t() {
    _clean_up();
}

void rocker_t::u4_list_t::_clean_up() {
}

uint64_t rocker_t::switch_id() {
    if (f_switch_id)
        return m_switch_id;
    f_switch_id = true;
    m_switch_id = static_cast<uint64_t>(static_cast<int64_t>(switch_id_hi()) * 4294967296LL + static_cast<int64_t>(switch_id_lo()));
    return m_switch_id;
}
