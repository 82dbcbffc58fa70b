// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "ivshmem_pci_config.h"
const std::set<ivshmem_pci_config_t::capability_id_t> ivshmem_pci_config_t::_values_capability_id_t{
    ivshmem_pci_config_t::CAPABILITY_ID_POWER_MANAGEMENT,
    ivshmem_pci_config_t::CAPABILITY_ID_MSI,
    ivshmem_pci_config_t::CAPABILITY_ID_VENDOR_SPECIFIC,
    ivshmem_pci_config_t::CAPABILITY_ID_PCI_EXPRESS,
    ivshmem_pci_config_t::CAPABILITY_ID_MSIX,
};
bool ivshmem_pci_config_t::_is_defined_capability_id_t(ivshmem_pci_config_t::capability_id_t v) {
    return ivshmem_pci_config_t::_values_capability_id_t.find(v) != ivshmem_pci_config_t::_values_capability_id_t.end();
}
const std::set<ivshmem_pci_config_t::device_t> ivshmem_pci_config_t::_values_device_t{
    ivshmem_pci_config_t::DEVICE_IVSHMEM,
};
bool ivshmem_pci_config_t::_is_defined_device_t(ivshmem_pci_config_t::device_t v) {
    return ivshmem_pci_config_t::_values_device_t.find(v) != ivshmem_pci_config_t::_values_device_t.end();
}
const std::set<ivshmem_pci_config_t::memory_type_t> ivshmem_pci_config_t::_values_memory_type_t{
    ivshmem_pci_config_t::MEMORY_TYPE_BITS32,
    ivshmem_pci_config_t::MEMORY_TYPE_BELOW_1M,
    ivshmem_pci_config_t::MEMORY_TYPE_BITS64,
};
bool ivshmem_pci_config_t::_is_defined_memory_type_t(ivshmem_pci_config_t::memory_type_t v) {
    return ivshmem_pci_config_t::_values_memory_type_t.find(v) != ivshmem_pci_config_t::_values_memory_type_t.end();
}
const std::set<ivshmem_pci_config_t::vendor_t> ivshmem_pci_config_t::_values_vendor_t{
    ivshmem_pci_config_t::VENDOR_RED_HAT_QUMRANET,
};
bool ivshmem_pci_config_t::_is_defined_vendor_t(ivshmem_pci_config_t::vendor_t v) {
    return ivshmem_pci_config_t::_values_vendor_t.find(v) != ivshmem_pci_config_t::_values_vendor_t.end();
}

ivshmem_pci_config_t::ivshmem_pci_config_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, ivshmem_pci_config_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_command = nullptr;
    m_status = nullptr;
    m_bars = nullptr;
    m_first_capability = nullptr;
    f_first_capability = false;
    f_is_ivshmem = false;
    _read();
}

void ivshmem_pci_config_t::_read() {
    m_vendor_id = static_cast<ivshmem_pci_config_t::vendor_t>(m__io->read_u2le());
    m_device_id = static_cast<ivshmem_pci_config_t::device_t>(m__io->read_u2le());
    m_command = std::unique_ptr<command_bits_t>(new command_bits_t(m__io, this, m__root));
    m_status = std::unique_ptr<status_bits_t>(new status_bits_t(m__io, this, m__root));
    m_revision_id = m__io->read_u1();
    m_prog_if = m__io->read_u1();
    m_subclass = m__io->read_u1();
    m_class_code = m__io->read_u1();
    m_cache_line_size = m__io->read_u1();
    m_latency_timer = m__io->read_u1();
    m_header_type = m__io->read_u1();
    m_bist = m__io->read_u1();
    m_bars = std::unique_ptr<std::vector<std::unique_ptr<bar_t>>>(new std::vector<std::unique_ptr<bar_t>>());
    const int l_bars = 6;
    for (int i = 0; i < l_bars; i++) {
        m_bars->push_back(std::move(std::unique_ptr<bar_t>(new bar_t(m__io, this, m__root))));
    }
    m_cardbus_cis = m__io->read_u4le();
    m_subsystem_vendor_id = m__io->read_u2le();
    m_subsystem_id = m__io->read_u2le();
    m_expansion_rom = m__io->read_u4le();
    m_ofs_capabilities = m__io->read_u1();
    m_reserved = m__io->read_bytes(7);
    m_interrupt_line = m__io->read_u1();
    m_interrupt_pin = m__io->read_u1();
    m_min_grant = m__io->read_u1();
    m_max_latency = m__io->read_u1();
}

ivshmem_pci_config_t::~ivshmem_pci_config_t() {
    _clean_up();
}

void ivshmem_pci_config_t::_clean_up() {
    if (f_first_capability && !n_first_capability) {
    }
}

ivshmem_pci_config_t::bar_t::bar_t(kaitai::kstream* p__io, ivshmem_pci_config_t* p__parent, ivshmem_pci_config_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    f_address = false;
    _read();
}

void ivshmem_pci_config_t::bar_t::_read() {
    m_is_io = m__io->read_bits_int_le(1);
    m_memory_type = static_cast<ivshmem_pci_config_t::memory_type_t>(m__io->read_bits_int_le(2));
    m_prefetchable = m__io->read_bits_int_le(1);
    m_address_bits = m__io->read_bits_int_le(28);
}

ivshmem_pci_config_t::bar_t::~bar_t() {
    _clean_up();
}

void ivshmem_pci_config_t::bar_t::_clean_up() {
}

uint32_t ivshmem_pci_config_t::bar_t::address() {
    if (f_address)
        return m_address;
    f_address = true;
    m_address = static_cast<uint32_t>(address_bits() * 16);
    return m_address;
}

ivshmem_pci_config_t::bar_offset_t::bar_offset_t(kaitai::kstream* p__io, ivshmem_pci_config_t::msix_capability_t* p__parent, ivshmem_pci_config_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    f_bar_index = false;
    f_offset = false;
    _read();
}

void ivshmem_pci_config_t::bar_offset_t::_read() {
    m_raw = m__io->read_u4le();
}

ivshmem_pci_config_t::bar_offset_t::~bar_offset_t() {
    _clean_up();
}

void ivshmem_pci_config_t::bar_offset_t::_clean_up() {
}

int32_t ivshmem_pci_config_t::bar_offset_t::bar_index() {
    if (f_bar_index)
        return m_bar_index;
    f_bar_index = true;
    m_bar_index = kaitai::kstream::mod(raw(), 8);
    return m_bar_index;
}

int32_t ivshmem_pci_config_t::bar_offset_t::offset() {
    if (f_offset)
        return m_offset;
    f_offset = true;
    m_offset = raw() - kaitai::kstream::mod(raw(), 8);
    return m_offset;
}

ivshmem_pci_config_t::capability_t::capability_t(uint8_t p_depth, kaitai::kstream* p__io, kaitai::kstruct* p__parent, ivshmem_pci_config_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_depth = p_depth;
    m_next = nullptr;
    f_next = false;
    _read();
}

void ivshmem_pci_config_t::capability_t::_read() {
    m_capability_id = static_cast<ivshmem_pci_config_t::capability_id_t>(m__io->read_u1());
    m_ofs_next = m__io->read_u1();
    n_body = true;
    switch (capability_id()) {
    case ivshmem_pci_config_t::CAPABILITY_ID_MSIX: {
        n_body = false;
        m_body = std::unique_ptr<msix_capability_t>(new msix_capability_t(m__io, this, m__root));
        break;
    }
    }
}

ivshmem_pci_config_t::capability_t::~capability_t() {
    _clean_up();
}

void ivshmem_pci_config_t::capability_t::_clean_up() {
    if (!n_body) {
    }
    if (f_next && !n_next) {
    }
}

ivshmem_pci_config_t::capability_t* ivshmem_pci_config_t::capability_t::next() {
    if (f_next)
        return m_next.get();
    f_next = true;
    n_next = true;
    if ( ((ofs_next() >= 64) && (depth() < 47)) ) {
        n_next = false;
        kaitai::kstream *io = _root()->_io();
        std::streampos _pos = io->pos();
        io->seek(ofs_next() - kaitai::kstream::mod(ofs_next(), 4));
        m_next = std::unique_ptr<capability_t>(new capability_t(depth() + 1, io, this, m__root));
        io->seek(_pos);
    }
    return m_next.get();
}

ivshmem_pci_config_t::command_bits_t::command_bits_t(kaitai::kstream* p__io, ivshmem_pci_config_t* p__parent, ivshmem_pci_config_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void ivshmem_pci_config_t::command_bits_t::_read() {
    m_io_space = m__io->read_bits_int_le(1);
    m_memory_space = m__io->read_bits_int_le(1);
    m_bus_master = m__io->read_bits_int_le(1);
    m_special_cycles = m__io->read_bits_int_le(1);
    m_memory_write_invalidate = m__io->read_bits_int_le(1);
    m_vga_palette_snoop = m__io->read_bits_int_le(1);
    m_parity_error_response = m__io->read_bits_int_le(1);
    m_reserved_bit7 = m__io->read_bits_int_le(1);
    m_serr_enable = m__io->read_bits_int_le(1);
    m_fast_back_to_back = m__io->read_bits_int_le(1);
    m_interrupt_disable = m__io->read_bits_int_le(1);
    m_reserved = m__io->read_bits_int_le(5);
}

ivshmem_pci_config_t::command_bits_t::~command_bits_t() {
    _clean_up();
}

void ivshmem_pci_config_t::command_bits_t::_clean_up() {
}

ivshmem_pci_config_t::msix_capability_t::msix_capability_t(kaitai::kstream* p__io, ivshmem_pci_config_t::capability_t* p__parent, ivshmem_pci_config_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_control = nullptr;
    m_table = nullptr;
    m_pending_bits = nullptr;
    _read();
}

void ivshmem_pci_config_t::msix_capability_t::_read() {
    m_control = std::unique_ptr<msix_control_t>(new msix_control_t(m__io, this, m__root));
    m_table = std::unique_ptr<bar_offset_t>(new bar_offset_t(m__io, this, m__root));
    m_pending_bits = std::unique_ptr<bar_offset_t>(new bar_offset_t(m__io, this, m__root));
}

ivshmem_pci_config_t::msix_capability_t::~msix_capability_t() {
    _clean_up();
}

void ivshmem_pci_config_t::msix_capability_t::_clean_up() {
}

ivshmem_pci_config_t::msix_control_t::msix_control_t(kaitai::kstream* p__io, ivshmem_pci_config_t::msix_capability_t* p__parent, ivshmem_pci_config_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    f_num_vectors = false;
    _read();
}

void ivshmem_pci_config_t::msix_control_t::_read() {
    m_table_size_minus_one = m__io->read_bits_int_le(11);
    m_reserved = m__io->read_bits_int_le(3);
    m_function_mask = m__io->read_bits_int_le(1);
    m_enable = m__io->read_bits_int_le(1);
}

ivshmem_pci_config_t::msix_control_t::~msix_control_t() {
    _clean_up();
}

void ivshmem_pci_config_t::msix_control_t::_clean_up() {
}

int32_t ivshmem_pci_config_t::msix_control_t::num_vectors() {
    if (f_num_vectors)
        return m_num_vectors;
    f_num_vectors = true;
    m_num_vectors = table_size_minus_one() + 1;
    return m_num_vectors;
}

ivshmem_pci_config_t::msix_table_entry_t::msix_table_entry_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, ivshmem_pci_config_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    f_address = false;
    f_masked = false;
    _read();
}

void ivshmem_pci_config_t::msix_table_entry_t::_read() {
    m_address_low = m__io->read_u4le();
    m_address_high = m__io->read_u4le();
    m_data = m__io->read_u4le();
    m_vector_control = m__io->read_u4le();
}

ivshmem_pci_config_t::msix_table_entry_t::~msix_table_entry_t() {
    _clean_up();
}

void ivshmem_pci_config_t::msix_table_entry_t::_clean_up() {
}

uint64_t ivshmem_pci_config_t::msix_table_entry_t::address() {
    if (f_address)
        return m_address;
    f_address = true;
    m_address = static_cast<uint64_t>(static_cast<int64_t>(address_high()) * 4294967296LL + static_cast<int64_t>(address_low()));
    return m_address;
}

bool ivshmem_pci_config_t::msix_table_entry_t::masked() {
    if (f_masked)
        return m_masked;
    f_masked = true;
    m_masked = kaitai::kstream::mod(vector_control(), 2) == 1;
    return m_masked;
}

ivshmem_pci_config_t::status_bits_t::status_bits_t(kaitai::kstream* p__io, ivshmem_pci_config_t* p__parent, ivshmem_pci_config_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void ivshmem_pci_config_t::status_bits_t::_read() {
    m_reserved_low = m__io->read_bits_int_le(3);
    m_interrupt_status = m__io->read_bits_int_le(1);
    m_has_capabilities = m__io->read_bits_int_le(1);
    m_mhz66_capable = m__io->read_bits_int_le(1);
    m_reserved_bit6 = m__io->read_bits_int_le(1);
    m_fast_back_to_back_capable = m__io->read_bits_int_le(1);
    m_errors = m__io->read_bits_int_le(8);
}

ivshmem_pci_config_t::status_bits_t::~status_bits_t() {
    _clean_up();
}

void ivshmem_pci_config_t::status_bits_t::_clean_up() {
}

ivshmem_pci_config_t::capability_t* ivshmem_pci_config_t::first_capability() {
    if (f_first_capability)
        return m_first_capability.get();
    f_first_capability = true;
    n_first_capability = true;
    if ( ((status()->has_capabilities()) && (ofs_capabilities() >= 64)) ) {
        n_first_capability = false;
        std::streampos _pos = m__io->pos();
        m__io->seek(ofs_capabilities() - kaitai::kstream::mod(ofs_capabilities(), 4));
        m_first_capability = std::unique_ptr<capability_t>(new capability_t(0, m__io, this, m__root));
        m__io->seek(_pos);
    }
    return m_first_capability.get();
}

bool ivshmem_pci_config_t::is_ivshmem() {
    if (f_is_ivshmem)
        return m_is_ivshmem;
    f_is_ivshmem = true;
    m_is_ivshmem =  ((vendor_id() == ivshmem_pci_config_t::VENDOR_RED_HAT_QUMRANET) && (device_id() == ivshmem_pci_config_t::DEVICE_IVSHMEM)) ;
    return m_is_ivshmem;
}
