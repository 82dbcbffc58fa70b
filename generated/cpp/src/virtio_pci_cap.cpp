// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#include "virtio_pci_cap.h"
const std::set<virtio_pci_cap_t::capability_id_t> virtio_pci_cap_t::_values_capability_id_t{
    virtio_pci_cap_t::CAPABILITY_ID_VENDOR_SPECIFIC,
};
bool virtio_pci_cap_t::_is_defined_capability_id_t(virtio_pci_cap_t::capability_id_t v) {
    return virtio_pci_cap_t::_values_capability_id_t.find(v) != virtio_pci_cap_t::_values_capability_id_t.end();
}
const std::set<virtio_pci_cap_t::cfg_type_t> virtio_pci_cap_t::_values_cfg_type_t{
    virtio_pci_cap_t::CFG_TYPE_COMMON,
    virtio_pci_cap_t::CFG_TYPE_NOTIFY,
    virtio_pci_cap_t::CFG_TYPE_ISR,
    virtio_pci_cap_t::CFG_TYPE_DEVICE,
    virtio_pci_cap_t::CFG_TYPE_PCI,
    virtio_pci_cap_t::CFG_TYPE_SHARED_MEMORY,
    virtio_pci_cap_t::CFG_TYPE_VENDOR,
};
bool virtio_pci_cap_t::_is_defined_cfg_type_t(virtio_pci_cap_t::cfg_type_t v) {
    return virtio_pci_cap_t::_values_cfg_type_t.find(v) != virtio_pci_cap_t::_values_cfg_type_t.end();
}

virtio_pci_cap_t::virtio_pci_cap_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, virtio_pci_cap_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root ? p__root : this;
    _read();
}

void virtio_pci_cap_t::_read() {
    m_cap_vndr = static_cast<virtio_pci_cap_t::capability_id_t>(m__io->read_u1());
    m_cap_next = m__io->read_u1();
    m_cap_len = m__io->read_u1();
    m_cfg_type = static_cast<virtio_pci_cap_t::cfg_type_t>(m__io->read_u1());
    m_bar = m__io->read_u1();
    m_id = m__io->read_u1();
    m_padding = m__io->read_bytes(2);
    m_ofs_structure = m__io->read_u4le();
    m_len_structure = m__io->read_u4le();
    n_notify_off_multiplier = true;
    if (cfg_type() == virtio_pci_cap_t::CFG_TYPE_NOTIFY) {
        n_notify_off_multiplier = false;
        m_notify_off_multiplier = m__io->read_u4le();
    }
}

virtio_pci_cap_t::~virtio_pci_cap_t() {
    _clean_up();
}

void virtio_pci_cap_t::_clean_up() {
    if (!n_notify_off_multiplier) {
    }
}

virtio_pci_cap_t::common_cfg_t::common_cfg_t(kaitai::kstream* p__io, kaitai::kstruct* p__parent, virtio_pci_cap_t* p__root) : kaitai::kstruct(p__io) {
    m__parent = p__parent;
    m__root = p__root;
    _read();
}

void virtio_pci_cap_t::common_cfg_t::_read() {
    m_device_feature_select = m__io->read_u4le();
    m_device_feature = m__io->read_u4le();
    m_driver_feature_select = m__io->read_u4le();
    m_driver_feature = m__io->read_u4le();
    m_config_msix_vector = m__io->read_u2le();
    m_num_queues = m__io->read_u2le();
    m_device_status = m__io->read_u1();
    m_config_generation = m__io->read_u1();
    m_queue_select = m__io->read_u2le();
    m_queue_size = m__io->read_u2le();
    m_queue_msix_vector = m__io->read_u2le();
    m_queue_enable = m__io->read_u2le();
    m_queue_notify_off = m__io->read_u2le();
    m_queue_desc = m__io->read_u8le();
    m_queue_driver = m__io->read_u8le();
    m_queue_device = m__io->read_u8le();
    m_queue_notify_data = m__io->read_u2le();
    m_queue_reset = m__io->read_u2le();
}

virtio_pci_cap_t::common_cfg_t::~common_cfg_t() {
    _clean_up();
}

void virtio_pci_cap_t::common_cfg_t::_clean_up() {
}
