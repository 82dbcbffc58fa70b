// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "pci_ids.h"
const std::set<pci_ids_t::device_1af4_t> pci_ids_t::_values_device_1af4_t{
    pci_ids_t::DEVICE_1AF4_VIRTIO_NET_LEGACY,
    pci_ids_t::DEVICE_1AF4_VIRTIO_BLOCK_LEGACY,
    pci_ids_t::DEVICE_1AF4_VIRTIO_BALLOON_LEGACY,
    pci_ids_t::DEVICE_1AF4_VIRTIO_CONSOLE_LEGACY,
    pci_ids_t::DEVICE_1AF4_VIRTIO_SCSI_LEGACY,
    pci_ids_t::DEVICE_1AF4_VIRTIO_RNG_LEGACY,
    pci_ids_t::DEVICE_1AF4_VIRTIO_9P_LEGACY,
    pci_ids_t::DEVICE_1AF4_VIRTIO_VSOCK_LEGACY,
    pci_ids_t::DEVICE_1AF4_VIRTIO_NET,
    pci_ids_t::DEVICE_1AF4_VIRTIO_BLOCK,
    pci_ids_t::DEVICE_1AF4_VIRTIO_CONSOLE,
    pci_ids_t::DEVICE_1AF4_VIRTIO_RNG,
    pci_ids_t::DEVICE_1AF4_VIRTIO_BALLOON,
    pci_ids_t::DEVICE_1AF4_VIRTIO_IOMEM,
    pci_ids_t::DEVICE_1AF4_VIRTIO_RPMSG,
    pci_ids_t::DEVICE_1AF4_VIRTIO_SCSI,
    pci_ids_t::DEVICE_1AF4_VIRTIO_9P,
    pci_ids_t::DEVICE_1AF4_VIRTIO_MAC80211_WLAN,
    pci_ids_t::DEVICE_1AF4_VIRTIO_RPROC_SERIAL,
    pci_ids_t::DEVICE_1AF4_VIRTIO_CAIF,
    pci_ids_t::DEVICE_1AF4_VIRTIO_MEMORY_BALLOON,
    pci_ids_t::DEVICE_1AF4_VIRTIO_GPU,
    pci_ids_t::DEVICE_1AF4_VIRTIO_CLOCK,
    pci_ids_t::DEVICE_1AF4_VIRTIO_INPUT,
    pci_ids_t::DEVICE_1AF4_VIRTIO_VSOCK,
    pci_ids_t::DEVICE_1AF4_VIRTIO_CRYPTO,
    pci_ids_t::DEVICE_1AF4_VIRTIO_SIGNAL_DIST,
    pci_ids_t::DEVICE_1AF4_VIRTIO_PSTORE,
    pci_ids_t::DEVICE_1AF4_VIRTIO_IOMMU,
    pci_ids_t::DEVICE_1AF4_VIRTIO_MEM,
    pci_ids_t::DEVICE_1AF4_VIRTIO_SOUND,
    pci_ids_t::DEVICE_1AF4_VIRTIO_FS,
    pci_ids_t::DEVICE_1AF4_VIRTIO_PMEM,
    pci_ids_t::DEVICE_1AF4_VIRTIO_RPMB,
    pci_ids_t::DEVICE_1AF4_VIRTIO_MAC80211_HWSIM,
    pci_ids_t::DEVICE_1AF4_VIRTIO_VIDEO_ENCODER,
    pci_ids_t::DEVICE_1AF4_VIRTIO_VIDEO_DECODER,
    pci_ids_t::DEVICE_1AF4_VIRTIO_SCMI,
    pci_ids_t::DEVICE_1AF4_VIRTIO_NITRO_SEC_MOD,
    pci_ids_t::DEVICE_1AF4_VIRTIO_I2C_ADAPTER,
    pci_ids_t::DEVICE_1AF4_VIRTIO_WATCHDOG,
    pci_ids_t::DEVICE_1AF4_VIRTIO_CAN,
    pci_ids_t::DEVICE_1AF4_VIRTIO_DMABUF,
    pci_ids_t::DEVICE_1AF4_VIRTIO_PARAM_SERV,
    pci_ids_t::DEVICE_1AF4_VIRTIO_AUDIO_POLICY,
    pci_ids_t::DEVICE_1AF4_VIRTIO_BT,
    pci_ids_t::DEVICE_1AF4_VIRTIO_GPIO,
    pci_ids_t::DEVICE_1AF4_EXPERIMENTAL_0,
    pci_ids_t::DEVICE_1AF4_EXPERIMENTAL_1,
    pci_ids_t::DEVICE_1AF4_EXPERIMENTAL_2,
    pci_ids_t::DEVICE_1AF4_EXPERIMENTAL_3,
    pci_ids_t::DEVICE_1AF4_EXPERIMENTAL_4,
    pci_ids_t::DEVICE_1AF4_EXPERIMENTAL_5,
    pci_ids_t::DEVICE_1AF4_EXPERIMENTAL_6,
    pci_ids_t::DEVICE_1AF4_EXPERIMENTAL_7,
    pci_ids_t::DEVICE_1AF4_EXPERIMENTAL_8,
    pci_ids_t::DEVICE_1AF4_EXPERIMENTAL_9,
    pci_ids_t::DEVICE_1AF4_EXPERIMENTAL_A,
    pci_ids_t::DEVICE_1AF4_EXPERIMENTAL_B,
    pci_ids_t::DEVICE_1AF4_EXPERIMENTAL_C,
    pci_ids_t::DEVICE_1AF4_EXPERIMENTAL_D,
    pci_ids_t::DEVICE_1AF4_EXPERIMENTAL_E,
    pci_ids_t::DEVICE_1AF4_EXPERIMENTAL_F,
    pci_ids_t::DEVICE_1AF4_QEMU_SUBSYSTEM,
    pci_ids_t::DEVICE_1AF4_IVSHMEM,
};
bool pci_ids_t::_is_defined_device_1af4_t(pci_ids_t::device_1af4_t v) {
    return pci_ids_t::_values_device_1af4_t.find(v) != pci_ids_t::_values_device_1af4_t.end();
}
const std::set<pci_ids_t::device_1b36_t> pci_ids_t::_values_device_1b36_t{
    pci_ids_t::DEVICE_1B36_PCI_BRIDGE,
    pci_ids_t::DEVICE_1B36_PCI_SERIAL,
    pci_ids_t::DEVICE_1B36_PCI_SERIAL_2X,
    pci_ids_t::DEVICE_1B36_PCI_SERIAL_4X,
    pci_ids_t::DEVICE_1B36_PCI_TESTDEV,
    pci_ids_t::DEVICE_1B36_ROCKER,
    pci_ids_t::DEVICE_1B36_SDHCI,
    pci_ids_t::DEVICE_1B36_PCIE_HOST_BRIDGE,
    pci_ids_t::DEVICE_1B36_PXB,
    pci_ids_t::DEVICE_1B36_PCI_BRIDGE_SEAT,
    pci_ids_t::DEVICE_1B36_PXB_PCIE,
    pci_ids_t::DEVICE_1B36_PCIE_ROOT_PORT,
    pci_ids_t::DEVICE_1B36_XHCI,
    pci_ids_t::DEVICE_1B36_PCIE_PCI_BRIDGE,
    pci_ids_t::DEVICE_1B36_MDPY,
    pci_ids_t::DEVICE_1B36_NVME,
    pci_ids_t::DEVICE_1B36_PVPANIC,
    pci_ids_t::DEVICE_1B36_ACPI_ERST,
    pci_ids_t::DEVICE_1B36_UFS,
    pci_ids_t::DEVICE_1B36_RISCV_IOMMU,
    pci_ids_t::DEVICE_1B36_QXL,
};
bool pci_ids_t::_is_defined_device_1b36_t(pci_ids_t::device_1b36_t v) {
    return pci_ids_t::_values_device_1b36_t.find(v) != pci_ids_t::_values_device_1b36_t.end();
}
const std::set<pci_ids_t::vendor_t> pci_ids_t::_values_vendor_t{
    pci_ids_t::VENDOR_RED_HAT_QUMRANET,
    pci_ids_t::VENDOR_RED_HAT,
};
bool pci_ids_t::_is_defined_vendor_t(pci_ids_t::vendor_t v) {
    return pci_ids_t::_values_vendor_t.find(v) != pci_ids_t::_values_vendor_t.end();
}
const std::set<pci_ids_t::virtio_device_t> pci_ids_t::_values_virtio_device_t{
    pci_ids_t::VIRTIO_DEVICE_NET,
    pci_ids_t::VIRTIO_DEVICE_BLOCK,
    pci_ids_t::VIRTIO_DEVICE_CONSOLE,
    pci_ids_t::VIRTIO_DEVICE_RNG,
    pci_ids_t::VIRTIO_DEVICE_BALLOON,
    pci_ids_t::VIRTIO_DEVICE_IOMEM,
    pci_ids_t::VIRTIO_DEVICE_RPMSG,
    pci_ids_t::VIRTIO_DEVICE_SCSI,
    pci_ids_t::VIRTIO_DEVICE_TRANSPORT_9P,
    pci_ids_t::VIRTIO_DEVICE_MAC80211_WLAN,
    pci_ids_t::VIRTIO_DEVICE_RPROC_SERIAL,
    pci_ids_t::VIRTIO_DEVICE_CAIF,
    pci_ids_t::VIRTIO_DEVICE_MEMORY_BALLOON,
    pci_ids_t::VIRTIO_DEVICE_GPU,
    pci_ids_t::VIRTIO_DEVICE_CLOCK,
    pci_ids_t::VIRTIO_DEVICE_INPUT,
    pci_ids_t::VIRTIO_DEVICE_VSOCK,
    pci_ids_t::VIRTIO_DEVICE_CRYPTO,
    pci_ids_t::VIRTIO_DEVICE_SIGNAL_DIST,
    pci_ids_t::VIRTIO_DEVICE_PSTORE,
    pci_ids_t::VIRTIO_DEVICE_IOMMU,
    pci_ids_t::VIRTIO_DEVICE_MEM,
    pci_ids_t::VIRTIO_DEVICE_SOUND,
    pci_ids_t::VIRTIO_DEVICE_FS,
    pci_ids_t::VIRTIO_DEVICE_PMEM,
    pci_ids_t::VIRTIO_DEVICE_RPMB,
    pci_ids_t::VIRTIO_DEVICE_MAC80211_HWSIM,
    pci_ids_t::VIRTIO_DEVICE_VIDEO_ENCODER,
    pci_ids_t::VIRTIO_DEVICE_VIDEO_DECODER,
    pci_ids_t::VIRTIO_DEVICE_SCMI,
    pci_ids_t::VIRTIO_DEVICE_NITRO_SEC_MOD,
    pci_ids_t::VIRTIO_DEVICE_I2C_ADAPTER,
    pci_ids_t::VIRTIO_DEVICE_WATCHDOG,
    pci_ids_t::VIRTIO_DEVICE_CAN,
    pci_ids_t::VIRTIO_DEVICE_DMABUF,
    pci_ids_t::VIRTIO_DEVICE_PARAM_SERV,
    pci_ids_t::VIRTIO_DEVICE_AUDIO_POLICY,
    pci_ids_t::VIRTIO_DEVICE_BT,
    pci_ids_t::VIRTIO_DEVICE_GPIO,
};
bool pci_ids_t::_is_defined_virtio_device_t(pci_ids_t::virtio_device_t v) {
    return pci_ids_t::_values_virtio_device_t.find(v) != pci_ids_t::_values_virtio_device_t.end();
}

pci_ids_t::pci_ids_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, pci_ids_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    m_header_type = nullptr;
    f_qemu_device = false;
    f_qemu_own_device = false;
    f_virtio_device = false;
    _read();
}

void pci_ids_t::_read() {
    m_vendor_id = static_cast<pci_ids_t::vendor_t>(m__io->read_u2le());
    m_device_id = m__io->read_u2le();
    m_command = m__io->read_u2le();
    m_status = m__io->read_u2le();
    m_revision_id = m__io->read_u1();
    m_prog_if = m__io->read_u1();
    m_subclass = m__io->read_u1();
    m_class_code = m__io->read_u1();
    m_cache_line_size = m__io->read_u1();
    m_latency_timer = m__io->read_u1();
    m_header_type = std::unique_ptr<header_type_t>(new header_type_t(m__io, this, m__root));
    m_bist = m__io->read_u1();
    n_header = true;
    switch (static_cast<int32_t>(header_type()->layout())) {
    case 0: {
        n_header = false;
        m_header = std::unique_ptr<general_header_t>(new general_header_t(m__io, this, m__root));
        break;
    }
    case 1: {
        n_header = false;
        m_header = std::unique_ptr<bridge_header_t>(new bridge_header_t(m__io, this, m__root));
        break;
    }
    }
}

pci_ids_t::~pci_ids_t() {
    _clean_up();
}

void pci_ids_t::_clean_up() {
    if (!n_header) {
    }
}

pci_ids_t::bridge_header_t::bridge_header_t(kaitai::kstream* p__io, pci_ids_t* p__parent, pci_ids_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_bars = nullptr;
    _read();
}

void pci_ids_t::bridge_header_t::_read() {
    m_bars = std::unique_ptr<std::vector<uint32_t>>(new std::vector<uint32_t>());
    const int l_bars = 2;
    for (int i = 0; i < l_bars; i++) {
        m_bars->push_back(std::move(m__io->read_u4le()));
    }
    m_primary_bus = m__io->read_u1();
    m_secondary_bus = m__io->read_u1();
    m_subordinate_bus = m__io->read_u1();
    m_secondary_latency_timer = m__io->read_u1();
    m_io_base = m__io->read_u1();
    m_io_limit = m__io->read_u1();
    m_secondary_status = m__io->read_u2le();
    m_memory_base = m__io->read_u2le();
    m_memory_limit = m__io->read_u2le();
    m_prefetchable_base = m__io->read_u2le();
    m_prefetchable_limit = m__io->read_u2le();
    m_prefetchable_base_upper = m__io->read_u4le();
    m_prefetchable_limit_upper = m__io->read_u4le();
    m_io_base_upper = m__io->read_u2le();
    m_io_limit_upper = m__io->read_u2le();
    m_ofs_capabilities = m__io->read_u1();
    m_reserved = m__io->read_bytes(3);
    m_expansion_rom = m__io->read_u4le();
    m_interrupt_line = m__io->read_u1();
    m_interrupt_pin = m__io->read_u1();
    m_bridge_control = m__io->read_u2le();
}

pci_ids_t::bridge_header_t::~bridge_header_t() {
    _clean_up();
}

void pci_ids_t::bridge_header_t::_clean_up() {
}

pci_ids_t::general_header_t::general_header_t(kaitai::kstream* p__io, pci_ids_t* p__parent, pci_ids_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    m_bars = nullptr;
    f_qemu_subsystem = false;
    f_virtio_subsystem = false;
    _read();
}

void pci_ids_t::general_header_t::_read() {
    m_bars = std::unique_ptr<std::vector<uint32_t>>(new std::vector<uint32_t>());
    const int l_bars = 6;
    for (int i = 0; i < l_bars; i++) {
        m_bars->push_back(std::move(m__io->read_u4le()));
    }
    m_cardbus_cis = m__io->read_u4le();
    m_subsystem_vendor_id = static_cast<pci_ids_t::vendor_t>(m__io->read_u2le());
    m_subsystem_id = m__io->read_u2le();
    m_expansion_rom = m__io->read_u4le();
    m_ofs_capabilities = m__io->read_u1();
    m_reserved = m__io->read_bytes(7);
    m_interrupt_line = m__io->read_u1();
    m_interrupt_pin = m__io->read_u1();
    m_min_grant = m__io->read_u1();
    m_max_latency = m__io->read_u1();
}

pci_ids_t::general_header_t::~general_header_t() {
    _clean_up();
}

void pci_ids_t::general_header_t::_clean_up() {
}

pci_ids_t::device_1af4_t pci_ids_t::general_header_t::qemu_subsystem() {
    if (f_qemu_subsystem)
        return m_qemu_subsystem;
    f_qemu_subsystem = true;
    n_qemu_subsystem = true;
    if ( ((subsystem_vendor_id() == pci_ids_t::VENDOR_RED_HAT_QUMRANET) && (subsystem_id() >= 4096)) ) {
        n_qemu_subsystem = false;
        m_qemu_subsystem = static_cast<pci_ids_t::device_1af4_t>(subsystem_id());
    }
    return m_qemu_subsystem;
}

pci_ids_t::virtio_device_t pci_ids_t::general_header_t::virtio_subsystem() {
    if (f_virtio_subsystem)
        return m_virtio_subsystem;
    f_virtio_subsystem = true;
    n_virtio_subsystem = true;
    if ( ((subsystem_vendor_id() == pci_ids_t::VENDOR_RED_HAT_QUMRANET) && (subsystem_id() < 4096)) ) {
        n_virtio_subsystem = false;
        m_virtio_subsystem = static_cast<pci_ids_t::virtio_device_t>(subsystem_id());
    }
    return m_virtio_subsystem;
}

pci_ids_t::header_type_t::header_type_t(kaitai::kstream* p__io, pci_ids_t* p__parent, pci_ids_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void pci_ids_t::header_type_t::_read() {
    m_multi_function = m__io->read_bits_int_be(1);
    m_layout = m__io->read_bits_int_be(7);
}

pci_ids_t::header_type_t::~header_type_t() {
    _clean_up();
}

void pci_ids_t::header_type_t::_clean_up() {
}

pci_ids_t::device_1af4_t pci_ids_t::qemu_device() {
    if (f_qemu_device)
        return m_qemu_device;
    f_qemu_device = true;
    n_qemu_device = true;
    if (vendor_id() == pci_ids_t::VENDOR_RED_HAT_QUMRANET) {
        n_qemu_device = false;
        m_qemu_device = static_cast<pci_ids_t::device_1af4_t>(device_id());
    }
    return m_qemu_device;
}

pci_ids_t::device_1b36_t pci_ids_t::qemu_own_device() {
    if (f_qemu_own_device)
        return m_qemu_own_device;
    f_qemu_own_device = true;
    n_qemu_own_device = true;
    if (vendor_id() == pci_ids_t::VENDOR_RED_HAT) {
        n_qemu_own_device = false;
        m_qemu_own_device = static_cast<pci_ids_t::device_1b36_t>(device_id());
    }
    return m_qemu_own_device;
}

pci_ids_t::virtio_device_t pci_ids_t::virtio_device() {
    if (f_virtio_device)
        return m_virtio_device;
    f_virtio_device = true;
    n_virtio_device = true;
    if ( ((vendor_id() == pci_ids_t::VENDOR_RED_HAT_QUMRANET) && (device_id() >= 4160) && (device_id() <= 4335)) ) {
        n_virtio_device = false;
        m_virtio_device = static_cast<pci_ids_t::virtio_device_t>(device_id() - 4160);
    }
    return m_virtio_device;
}
