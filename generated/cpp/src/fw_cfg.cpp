// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "fw_cfg.h"
#include "kaitai/exceptions.h"
const std::set<fw_cfg_t::features_t> fw_cfg_t::_values_features_t{
    fw_cfg_t::FEATURES_TRADITIONAL,
    fw_cfg_t::FEATURES_DMA,
};
bool fw_cfg_t::_is_defined_features_t(fw_cfg_t::features_t v) {
    return fw_cfg_t::_values_features_t.find(v) != fw_cfg_t::_values_features_t.end();
}
const std::set<fw_cfg_t::key_t> fw_cfg_t::_values_key_t{
    fw_cfg_t::KEY_SIGNATURE,
    fw_cfg_t::KEY_ID,
    fw_cfg_t::KEY_UUID,
    fw_cfg_t::KEY_RAM_SIZE,
    fw_cfg_t::KEY_NOGRAPHIC,
    fw_cfg_t::KEY_NB_CPUS,
    fw_cfg_t::KEY_MACHINE_ID,
    fw_cfg_t::KEY_KERNEL_ADDR,
    fw_cfg_t::KEY_KERNEL_SIZE,
    fw_cfg_t::KEY_KERNEL_CMDLINE,
    fw_cfg_t::KEY_INITRD_ADDR,
    fw_cfg_t::KEY_INITRD_SIZE,
    fw_cfg_t::KEY_BOOT_DEVICE,
    fw_cfg_t::KEY_NUMA,
    fw_cfg_t::KEY_BOOT_MENU,
    fw_cfg_t::KEY_MAX_CPUS,
    fw_cfg_t::KEY_KERNEL_ENTRY,
    fw_cfg_t::KEY_KERNEL_DATA,
    fw_cfg_t::KEY_INITRD_DATA,
    fw_cfg_t::KEY_CMDLINE_ADDR,
    fw_cfg_t::KEY_CMDLINE_SIZE,
    fw_cfg_t::KEY_CMDLINE_DATA,
    fw_cfg_t::KEY_SETUP_ADDR,
    fw_cfg_t::KEY_SETUP_SIZE,
    fw_cfg_t::KEY_SETUP_DATA,
    fw_cfg_t::KEY_FILE_DIR,
    fw_cfg_t::KEY_FILE_FIRST,
    fw_cfg_t::KEY_X86_ACPI_TABLES,
    fw_cfg_t::KEY_X86_SMBIOS_ENTRIES,
    fw_cfg_t::KEY_X86_IRQ0_OVERRIDE,
    fw_cfg_t::KEY_X86_E820_TABLE,
    fw_cfg_t::KEY_X86_HPET,
};
bool fw_cfg_t::_is_defined_key_t(fw_cfg_t::key_t v) {
    return fw_cfg_t::_values_key_t.find(v) != fw_cfg_t::_values_key_t.end();
}

fw_cfg_t::fw_cfg_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, fw_cfg_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_signature = nullptr;
    _read();
}

void fw_cfg_t::_read() {
    m_signature = std::unique_ptr<signature_item_t>(new signature_item_t(m__io, this, m__root));
}

fw_cfg_t::~fw_cfg_t() {
    _clean_up();
}

void fw_cfg_t::_clean_up() {
}

fw_cfg_t::dma_signature_t::dma_signature_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, fw_cfg_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void fw_cfg_t::dma_signature_t::_read() {
    m_magic = m__io->read_bytes(8);
    if (!(m_magic == std::string("\x51\x45\x4D\x55\x20\x43\x46\x47", 8))) {
        throw kaitai::validation_not_equal_error<std::string>(std::string("\x51\x45\x4D\x55\x20\x43\x46\x47", 8), m_magic, m__io, std::string("/types/dma_signature/seq/0"));
    }
}

fw_cfg_t::dma_signature_t::~dma_signature_t() {
    _clean_up();
}

void fw_cfg_t::dma_signature_t::_clean_up() {
}

fw_cfg_t::id_item_t::id_item_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, fw_cfg_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void fw_cfg_t::id_item_t::_read() {
    m_traditional = m__io->read_bits_int_le(1);
    m_dma = m__io->read_bits_int_le(1);
    m_reserved = m__io->read_bits_int_le(30);
}

fw_cfg_t::id_item_t::~id_item_t() {
    _clean_up();
}

void fw_cfg_t::id_item_t::_clean_up() {
}

fw_cfg_t::selector_key_t::selector_key_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, fw_cfg_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    f_arch_key = false;
    f_generic_key = false;
    _read();
}

void fw_cfg_t::selector_key_t::_read() {
    m_index = m__io->read_bits_int_le(14);
    m_write = m__io->read_bits_int_le(1);
    m_arch_local = m__io->read_bits_int_le(1);
}

fw_cfg_t::selector_key_t::~selector_key_t() {
    _clean_up();
}

void fw_cfg_t::selector_key_t::_clean_up() {
}

fw_cfg_t::key_t fw_cfg_t::selector_key_t::arch_key() {
    if (f_arch_key)
        return m_arch_key;
    f_arch_key = true;
    m_arch_key = static_cast<fw_cfg_t::key_t>(32768 + index());
    return m_arch_key;
}

fw_cfg_t::key_t fw_cfg_t::selector_key_t::generic_key() {
    if (f_generic_key)
        return m_generic_key;
    f_generic_key = true;
    m_generic_key = static_cast<fw_cfg_t::key_t>(index());
    return m_generic_key;
}

fw_cfg_t::signature_item_t::signature_item_t(kaitai::kstream* p__io, fw_cfg_t* p__parent, fw_cfg_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void fw_cfg_t::signature_item_t::_read() {
    m_magic = m__io->read_bytes(4);
    if (!(m_magic == std::string("\x51\x45\x4D\x55", 4))) {
        throw kaitai::validation_not_equal_error<std::string>(std::string("\x51\x45\x4D\x55", 4), m_magic, m__io, std::string("/types/signature_item/seq/0"));
    }
}

fw_cfg_t::signature_item_t::~signature_item_t() {
    _clean_up();
}

void fw_cfg_t::signature_item_t::_clean_up() {
}
