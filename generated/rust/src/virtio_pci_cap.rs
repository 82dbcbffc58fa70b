// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

#![allow(unused_imports)]
#![allow(non_snake_case)]
#![allow(non_camel_case_types)]
#![allow(irrefutable_let_patterns)]
#![allow(unused_comparisons)]

extern crate kaitai;
use kaitai::*;
use std::convert::{TryFrom, TryInto};
use std::cell::{Ref, Cell, RefCell};
use std::rc::{Rc, Weak};

/**
 * How a modern (virtio 1.x) PCI device tells its driver where its
 * structures are. Each structure is announced by a vendor-specific entry
 * of the PCI capability list (PCI capability ID 0x09): its kind
 * (`cfg_type`), the BAR that holds it, and its offset and length inside
 * that BAR. The notification capability adds the multiplier that turns a
 * queue's `queue_notify_off` into the offset of its notification address.
 * A device may announce a kind more than once; a driver uses the first
 * entry of a kind it understands.
 * 
 * The top level reads one capability, as many bytes as its `cap_len`
 * says (16, or 20 for the notification capability). `common_cfg` is the
 * structure the common capability points at: feature words chosen 32
 * bits at a time, the device status, and the selected queue's size,
 * vector, enable flag, notification offset and the three addresses of
 * its rings.
 * \sa Virtio 1.2, section 4.1.4 "Virtio Structure PCI Capabilities"
 */

#[derive(Default, Debug, Clone)]
pub struct VirtioPciCap {
    pub _root: SharedType<VirtioPciCap>,
    pub _parent: SharedType<VirtioPciCap>,
    pub _self: SharedType<Self>,
    cap_vndr: RefCell<VirtioPciCap_CapabilityId>,
    cap_next: RefCell<u8>,
    cap_len: RefCell<u8>,
    cfg_type: RefCell<VirtioPciCap_CfgType>,
    bar: RefCell<u8>,
    id: RefCell<u8>,
    padding: RefCell<Vec<u8>>,
    ofs_structure: RefCell<u32>,
    len_structure: RefCell<u32>,
    notify_off_multiplier: RefCell<u32>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VirtioPciCap {
    type Root = VirtioPciCap;
    type Parent = VirtioPciCap;

    fn read<S: KStream>(
        self_rc: &OptRc<Self>,
        _io: &S,
        _root: SharedType<Self::Root>,
        _parent: SharedType<Self::Parent>,
    ) -> KResult<()> {
        *self_rc._io.borrow_mut() = _io.clone();
        self_rc._root.set(_root.get());
        self_rc._parent.set(_parent.get());
        self_rc._self.set(Ok(self_rc.clone()));
        let _rrc = self_rc._root.get_value().borrow().upgrade();
        let _prc = self_rc._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        *self_rc.cap_vndr.borrow_mut() = (_io.read_u1()? as i64).try_into()?;
        *self_rc.cap_next.borrow_mut() = _io.read_u1()?.into();
        *self_rc.cap_len.borrow_mut() = _io.read_u1()?.into();
        *self_rc.cfg_type.borrow_mut() = (_io.read_u1()? as i64).try_into()?;
        *self_rc.bar.borrow_mut() = _io.read_u1()?.into();
        *self_rc.id.borrow_mut() = _io.read_u1()?.into();
        *self_rc.padding.borrow_mut() = _io.read_bytes(2 as usize)?.into();
        *self_rc.ofs_structure.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.len_structure.borrow_mut() = _io.read_u4le()?.into();
        if *self_rc.cfg_type() == VirtioPciCap_CfgType::Notify {
            *self_rc.notify_off_multiplier.borrow_mut() = _io.read_u4le()?.into();
        }
        Ok(())
    }
}
impl VirtioPciCap {
}

/**
 * PCI capability ID; vendor-specific for every virtio capability.
 */
impl VirtioPciCap {
    pub fn cap_vndr(&self) -> Ref<'_, VirtioPciCap_CapabilityId> {
        self.cap_vndr.borrow()
    }
}

/**
 * Offset of the next capability in configuration space (0 ends the list).
 */
impl VirtioPciCap {
    pub fn cap_next(&self) -> Ref<'_, u8> {
        self.cap_next.borrow()
    }
}

/**
 * Length of this capability in bytes, these fields included.
 */
impl VirtioPciCap {
    pub fn cap_len(&self) -> Ref<'_, u8> {
        self.cap_len.borrow()
    }
}

/**
 * Which structure this capability locates.
 */
impl VirtioPciCap {
    pub fn cfg_type(&self) -> Ref<'_, VirtioPciCap_CfgType> {
        self.cfg_type.borrow()
    }
}

/**
 * The BAR (0 to 5) that holds the structure.
 */
impl VirtioPciCap {
    pub fn bar(&self) -> Ref<'_, u8> {
        self.bar.borrow()
    }
}

/**
 * Tells apart several capabilities of the same kind (shared memory regions).
 */
impl VirtioPciCap {
    pub fn id(&self) -> Ref<'_, u8> {
        self.id.borrow()
    }
}

/**
 * Unused.
 */
impl VirtioPciCap {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}

/**
 * Where the structure starts in the BAR.
 */
impl VirtioPciCap {
    pub fn ofs_structure(&self) -> Ref<'_, u32> {
        self.ofs_structure.borrow()
    }
}

/**
 * Length of the structure in bytes.
 */
impl VirtioPciCap {
    pub fn len_structure(&self) -> Ref<'_, u32> {
        self.len_structure.borrow()
    }
}

/**
 * Notification capability only: a queue's notification address is
 * `queue_notify_off * notify_off_multiplier` bytes into the structure.
 */
impl VirtioPciCap {
    pub fn notify_off_multiplier(&self) -> Ref<'_, u32> {
        self.notify_off_multiplier.borrow()
    }
}
impl VirtioPciCap {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum VirtioPciCap_CapabilityId {
    VendorSpecific,
    Unknown(i64),
}

impl TryFrom<i64> for VirtioPciCap_CapabilityId {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VirtioPciCap_CapabilityId> {
        match flag {
            9 => Ok(VirtioPciCap_CapabilityId::VendorSpecific),
            _ => Ok(VirtioPciCap_CapabilityId::Unknown(flag)),
        }
    }
}

impl From<&VirtioPciCap_CapabilityId> for i64 {
    fn from(v: &VirtioPciCap_CapabilityId) -> Self {
        match *v {
            VirtioPciCap_CapabilityId::VendorSpecific => 9,
            VirtioPciCap_CapabilityId::Unknown(v) => v
        }
    }
}

impl Default for VirtioPciCap_CapabilityId {
    fn default() -> Self { VirtioPciCap_CapabilityId::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum VirtioPciCap_CfgType {

    /**
     * The common configuration structure (`common_cfg`).
     */
    Common,

    /**
     * Notification addresses of the queues.
     */
    Notify,

    /**
     * The ISR status byte (reading it clears it).
     */
    Isr,

    /**
     * The device-specific configuration.
     */
    Device,

    /**
     * A window onto the other structures through configuration space.
     */
    Pci,

    /**
     * A shared memory region.
     */
    SharedMemory,

    /**
     * Vendor-specific data.
     */
    Vendor,
    Unknown(i64),
}

impl TryFrom<i64> for VirtioPciCap_CfgType {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VirtioPciCap_CfgType> {
        match flag {
            1 => Ok(VirtioPciCap_CfgType::Common),
            2 => Ok(VirtioPciCap_CfgType::Notify),
            3 => Ok(VirtioPciCap_CfgType::Isr),
            4 => Ok(VirtioPciCap_CfgType::Device),
            5 => Ok(VirtioPciCap_CfgType::Pci),
            8 => Ok(VirtioPciCap_CfgType::SharedMemory),
            9 => Ok(VirtioPciCap_CfgType::Vendor),
            _ => Ok(VirtioPciCap_CfgType::Unknown(flag)),
        }
    }
}

impl From<&VirtioPciCap_CfgType> for i64 {
    fn from(v: &VirtioPciCap_CfgType) -> Self {
        match *v {
            VirtioPciCap_CfgType::Common => 1,
            VirtioPciCap_CfgType::Notify => 2,
            VirtioPciCap_CfgType::Isr => 3,
            VirtioPciCap_CfgType::Device => 4,
            VirtioPciCap_CfgType::Pci => 5,
            VirtioPciCap_CfgType::SharedMemory => 8,
            VirtioPciCap_CfgType::Vendor => 9,
            VirtioPciCap_CfgType::Unknown(v) => v
        }
    }
}

impl Default for VirtioPciCap_CfgType {
    fn default() -> Self { VirtioPciCap_CfgType::Unknown(0) }
}


/**
 * The common configuration structure (the common capability's target).
 * The `queue_*` fields are those of the queue `queue_select` names.
 * 64-bit fields may be written as two 32-bit halves, low half first.
 * \sa Virtio 1.2, section 4.1.4.3 "Common configuration structure layout"
 */

#[derive(Default, Debug, Clone)]
pub struct VirtioPciCap_CommonCfg {
    pub _root: SharedType<VirtioPciCap>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    device_feature_select: RefCell<u32>,
    device_feature: RefCell<u32>,
    driver_feature_select: RefCell<u32>,
    driver_feature: RefCell<u32>,
    config_msix_vector: RefCell<u16>,
    num_queues: RefCell<u16>,
    device_status: RefCell<u8>,
    config_generation: RefCell<u8>,
    queue_select: RefCell<u16>,
    queue_size: RefCell<u16>,
    queue_msix_vector: RefCell<u16>,
    queue_enable: RefCell<u16>,
    queue_notify_off: RefCell<u16>,
    queue_desc: RefCell<u64>,
    queue_driver: RefCell<u64>,
    queue_device: RefCell<u64>,
    queue_notify_data: RefCell<u16>,
    queue_reset: RefCell<u16>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VirtioPciCap_CommonCfg {
    type Root = VirtioPciCap;
    type Parent = KStructUnit;

    fn read<S: KStream>(
        self_rc: &OptRc<Self>,
        _io: &S,
        _root: SharedType<Self::Root>,
        _parent: SharedType<Self::Parent>,
    ) -> KResult<()> {
        *self_rc._io.borrow_mut() = _io.clone();
        self_rc._root.set(_root.get());
        self_rc._parent.set(_parent.get());
        self_rc._self.set(Ok(self_rc.clone()));
        let _rrc = self_rc._root.get_value().borrow().upgrade();
        let _prc = self_rc._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        *self_rc.device_feature_select.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.device_feature.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.driver_feature_select.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.driver_feature.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.config_msix_vector.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.num_queues.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.device_status.borrow_mut() = _io.read_u1()?.into();
        *self_rc.config_generation.borrow_mut() = _io.read_u1()?.into();
        *self_rc.queue_select.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.queue_size.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.queue_msix_vector.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.queue_enable.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.queue_notify_off.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.queue_desc.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.queue_driver.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.queue_device.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.queue_notify_data.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.queue_reset.borrow_mut() = _io.read_u2le()?.into();
        Ok(())
    }
}
impl VirtioPciCap_CommonCfg {
}

/**
 * Which 32 bits of the device's features `device_feature` shows (0 for bits 0-31, 1 for 32-63, ...).
 */
impl VirtioPciCap_CommonCfg {
    pub fn device_feature_select(&self) -> Ref<'_, u32> {
        self.device_feature_select.borrow()
    }
}

/**
 * The selected 32 bits of the features the device offers.
 */
impl VirtioPciCap_CommonCfg {
    pub fn device_feature(&self) -> Ref<'_, u32> {
        self.device_feature.borrow()
    }
}

/**
 * Which 32 bits of the driver's features `driver_feature` sets.
 */
impl VirtioPciCap_CommonCfg {
    pub fn driver_feature_select(&self) -> Ref<'_, u32> {
        self.driver_feature_select.borrow()
    }
}

/**
 * The selected 32 bits of the features the driver accepts.
 */
impl VirtioPciCap_CommonCfg {
    pub fn driver_feature(&self) -> Ref<'_, u32> {
        self.driver_feature.borrow()
    }
}

/**
 * MSI-X vector for configuration changes (0xffff for none).
 */
impl VirtioPciCap_CommonCfg {
    pub fn config_msix_vector(&self) -> Ref<'_, u16> {
        self.config_msix_vector.borrow()
    }
}

/**
 * How many queues the device has.
 */
impl VirtioPciCap_CommonCfg {
    pub fn num_queues(&self) -> Ref<'_, u16> {
        self.num_queues.borrow()
    }
}

/**
 * The device status (ACKNOWLEDGE, DRIVER, FEATURES_OK, DRIVER_OK, ...); 0 resets the device.
 */
impl VirtioPciCap_CommonCfg {
    pub fn device_status(&self) -> Ref<'_, u8> {
        self.device_status.borrow()
    }
}

/**
 * Changes whenever the device configuration changes (read it before and after the configuration).
 */
impl VirtioPciCap_CommonCfg {
    pub fn config_generation(&self) -> Ref<'_, u8> {
        self.config_generation.borrow()
    }
}

/**
 * The queue the `queue_*` fields refer to.
 */
impl VirtioPciCap_CommonCfg {
    pub fn queue_select(&self) -> Ref<'_, u16> {
        self.queue_select.borrow()
    }
}

/**
 * The selected queue's size (the device's maximum on reset; 0 when there is no such queue).
 */
impl VirtioPciCap_CommonCfg {
    pub fn queue_size(&self) -> Ref<'_, u16> {
        self.queue_size.borrow()
    }
}

/**
 * MSI-X vector for the selected queue (0xffff for none).
 */
impl VirtioPciCap_CommonCfg {
    pub fn queue_msix_vector(&self) -> Ref<'_, u16> {
        self.queue_msix_vector.borrow()
    }
}

/**
 * 1 once the driver has set the selected queue up.
 */
impl VirtioPciCap_CommonCfg {
    pub fn queue_enable(&self) -> Ref<'_, u16> {
        self.queue_enable.borrow()
    }
}

/**
 * The selected queue's notification offset, in units of `notify_off_multiplier`.
 */
impl VirtioPciCap_CommonCfg {
    pub fn queue_notify_off(&self) -> Ref<'_, u16> {
        self.queue_notify_off.borrow()
    }
}

/**
 * Guest-physical address of the selected queue's descriptor area.
 */
impl VirtioPciCap_CommonCfg {
    pub fn queue_desc(&self) -> Ref<'_, u64> {
        self.queue_desc.borrow()
    }
}

/**
 * Guest-physical address of the driver area (a split queue's available ring).
 */
impl VirtioPciCap_CommonCfg {
    pub fn queue_driver(&self) -> Ref<'_, u64> {
        self.queue_driver.borrow()
    }
}

/**
 * Guest-physical address of the device area (a split queue's used ring).
 */
impl VirtioPciCap_CommonCfg {
    pub fn queue_device(&self) -> Ref<'_, u64> {
        self.queue_device.borrow()
    }
}

/**
 * With NOTIFICATION_DATA, what the driver writes to notify the selected queue.
 */
impl VirtioPciCap_CommonCfg {
    pub fn queue_notify_data(&self) -> Ref<'_, u16> {
        self.queue_notify_data.borrow()
    }
}

/**
 * With RING_RESET, 1 resets the selected queue.
 */
impl VirtioPciCap_CommonCfg {
    pub fn queue_reset(&self) -> Ref<'_, u16> {
        self.queue_reset.borrow()
    }
}
impl VirtioPciCap_CommonCfg {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
