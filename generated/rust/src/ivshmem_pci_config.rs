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
 * The PCI configuration space of an ivshmem device, as a guest reads it
 * with configuration cycles: the standard type-0 header (64 bytes) and the
 * capability list behind it. Nothing in the layout is specific to ivshmem,
 * so it reads any conventional PCI function; the `is_ivshmem` instance
 * says whether this is one.
 * 
 * ivshmem's identity is vendor 0x1af4 (Red Hat / Qumranet), device 0x1110,
 * class 05 00 (memory controller, RAM), revision 1 (revision 0 before QEMU
 * 2.6). Its BARs:
 * 
 * | BAR | what | variants |
 * |---|---|---|
 * | 0 | the 256-byte register block (`ivshmem_regs`), 32-bit memory | both |
 * | 1 | the MSI-X table (at offset 0) and pending-bit array (at 0x800), 4 KiB | ivshmem-doorbell |
 * | 2 | the shared memory, 64-bit prefetchable memory (takes the BAR 3 slot too) | both |
 * 
 * ivshmem-doorbell has one capability, MSI-X with one table entry per
 * vector; ivshmem-plain has none. Neither has an interrupt pin (QEMU 7.2
 * reads 0 there): the doorbell variant interrupts through MSI-X only. The
 * MSI-X table entries (`msix_table_entry`) live in
 * BAR1, not here; the type is in this spec for the guest-side code that
 * programs them.
 * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-pci-device-s-guest-interface Source
 */

#[derive(Default, Debug, Clone)]
pub struct IvshmemPciConfig {
    pub _root: SharedType<IvshmemPciConfig>,
    pub _parent: SharedType<IvshmemPciConfig>,
    pub _self: SharedType<Self>,
    vendor_id: RefCell<IvshmemPciConfig_Vendor>,
    device_id: RefCell<IvshmemPciConfig_Device>,
    command: RefCell<OptRc<IvshmemPciConfig_CommandBits>>,
    status: RefCell<OptRc<IvshmemPciConfig_StatusBits>>,
    revision_id: RefCell<u8>,
    prog_if: RefCell<u8>,
    subclass: RefCell<u8>,
    class_code: RefCell<u8>,
    cache_line_size: RefCell<u8>,
    latency_timer: RefCell<u8>,
    header_type: RefCell<u8>,
    bist: RefCell<u8>,
    bars: RefCell<Vec<OptRc<IvshmemPciConfig_Bar>>>,
    cardbus_cis: RefCell<u32>,
    subsystem_vendor_id: RefCell<u16>,
    subsystem_id: RefCell<u16>,
    expansion_rom: RefCell<u32>,
    ofs_capabilities: RefCell<u8>,
    reserved: RefCell<Vec<u8>>,
    interrupt_line: RefCell<u8>,
    interrupt_pin: RefCell<u8>,
    min_grant: RefCell<u8>,
    max_latency: RefCell<u8>,
    _io: RefCell<BytesReader>,
    f_first_capability: Cell<bool>,
    first_capability: RefCell<OptRc<IvshmemPciConfig_Capability>>,
    f_is_ivshmem: Cell<bool>,
    is_ivshmem: RefCell<bool>,
}
impl KStruct for IvshmemPciConfig {
    type Root = IvshmemPciConfig;
    type Parent = IvshmemPciConfig;

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
        *self_rc.vendor_id.borrow_mut() = (_io.read_u2le()? as i64).try_into()?;
        *self_rc.device_id.borrow_mut() = (_io.read_u2le()? as i64).try_into()?;
        let t = Self::read_into::<_, IvshmemPciConfig_CommandBits>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.command.borrow_mut() = t;
        let t = Self::read_into::<_, IvshmemPciConfig_StatusBits>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.status.borrow_mut() = t;
        *self_rc.revision_id.borrow_mut() = _io.read_u1()?.into();
        *self_rc.prog_if.borrow_mut() = _io.read_u1()?.into();
        *self_rc.subclass.borrow_mut() = _io.read_u1()?.into();
        *self_rc.class_code.borrow_mut() = _io.read_u1()?.into();
        *self_rc.cache_line_size.borrow_mut() = _io.read_u1()?.into();
        *self_rc.latency_timer.borrow_mut() = _io.read_u1()?.into();
        *self_rc.header_type.borrow_mut() = _io.read_u1()?.into();
        *self_rc.bist.borrow_mut() = _io.read_u1()?.into();
        *self_rc.bars.borrow_mut() = Vec::new();
        let l_bars = 6;
        for _i in 0..l_bars {
            let t = Self::read_into::<_, IvshmemPciConfig_Bar>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            self_rc.bars.borrow_mut().push(t);
        }
        *self_rc.cardbus_cis.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.subsystem_vendor_id.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.subsystem_id.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.expansion_rom.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.ofs_capabilities.borrow_mut() = _io.read_u1()?.into();
        *self_rc.reserved.borrow_mut() = _io.read_bytes(7 as usize)?.into();
        *self_rc.interrupt_line.borrow_mut() = _io.read_u1()?.into();
        *self_rc.interrupt_pin.borrow_mut() = _io.read_u1()?.into();
        *self_rc.min_grant.borrow_mut() = _io.read_u1()?.into();
        *self_rc.max_latency.borrow_mut() = _io.read_u1()?.into();
        Ok(())
    }
}
impl IvshmemPciConfig {

    /**
     * The first entry of the capability list (the others follow from it).
     */
    pub fn first_capability(
        &self
    ) -> KResult<Ref<'_, OptRc<IvshmemPciConfig_Capability>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_first_capability.get() {
            return Ok(self.first_capability.borrow());
        }
        if  ((*self.status().has_capabilities()) && (((*self.ofs_capabilities() as u8) >= (64 as u8))))  {
            let _pos = _io.pos();
            _io.seek(((*self.ofs_capabilities() as i32) - (((*self.ofs_capabilities() as u8) % (4 as u8)) as i32)) as usize)?;
            let f = |t : &mut IvshmemPciConfig_Capability| Ok(t.set_params((0).try_into().map_err(|_| KError::CastError)?));
            let t = Self::read_into_with_init::<_, IvshmemPciConfig_Capability>(&*_io, Some(self._root.clone()), None, &f)?.into();
            *self.first_capability.borrow_mut() = t;
            _io.seek(_pos)?;
        }
        Ok(self.first_capability.borrow())
    }

    /**
     * Whether the function is an ivshmem device.
     */
    pub fn is_ivshmem(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_is_ivshmem.get() {
            return Ok(self.is_ivshmem.borrow());
        }
        self.f_is_ivshmem.set(true);
        *self.is_ivshmem.borrow_mut() = ( ((*self.vendor_id() == IvshmemPciConfig_Vendor::RedHatQumranet) && (*self.device_id() == IvshmemPciConfig_Device::Ivshmem)) ) as bool;
        Ok(self.is_ivshmem.borrow())
    }
}

/**
 * Vendor ID; 0x1af4 for ivshmem.
 */
impl IvshmemPciConfig {
    pub fn vendor_id(&self) -> Ref<'_, IvshmemPciConfig_Vendor> {
        self.vendor_id.borrow()
    }
}

/**
 * Device ID; 0x1110 for ivshmem.
 */
impl IvshmemPciConfig {
    pub fn device_id(&self) -> Ref<'_, IvshmemPciConfig_Device> {
        self.device_id.borrow()
    }
}

/**
 * The command register (which address spaces the function answers in).
 */
impl IvshmemPciConfig {
    pub fn command(&self) -> Ref<'_, OptRc<IvshmemPciConfig_CommandBits>> {
        self.command.borrow()
    }
}

/**
 * The status register.
 */
impl IvshmemPciConfig {
    pub fn status(&self) -> Ref<'_, OptRc<IvshmemPciConfig_StatusBits>> {
        self.status.borrow()
    }
}

/**
 * Revision; ivshmem is 1 since QEMU 2.6, 0 before.
 */
impl IvshmemPciConfig {
    pub fn revision_id(&self) -> Ref<'_, u8> {
        self.revision_id.borrow()
    }
}

/**
 * Programming interface byte of the class code; 0 for ivshmem.
 */
impl IvshmemPciConfig {
    pub fn prog_if(&self) -> Ref<'_, u8> {
        self.prog_if.borrow()
    }
}

/**
 * Subclass; 0x00 (RAM) for ivshmem.
 */
impl IvshmemPciConfig {
    pub fn subclass(&self) -> Ref<'_, u8> {
        self.subclass.borrow()
    }
}

/**
 * Base class; 0x05 (memory controller) for ivshmem.
 */
impl IvshmemPciConfig {
    pub fn class_code(&self) -> Ref<'_, u8> {
        self.class_code.borrow()
    }
}

/**
 * Cache line size in 32-bit words (set by firmware).
 */
impl IvshmemPciConfig {
    pub fn cache_line_size(&self) -> Ref<'_, u8> {
        self.cache_line_size.borrow()
    }
}

/**
 * Latency timer (conventional PCI bus masters).
 */
impl IvshmemPciConfig {
    pub fn latency_timer(&self) -> Ref<'_, u8> {
        self.latency_timer.borrow()
    }
}

/**
 * Layout of bytes 0x10..0x3f (0 for a device); bit 7 marks a multi-function device.
 */
impl IvshmemPciConfig {
    pub fn header_type(&self) -> Ref<'_, u8> {
        self.header_type.borrow()
    }
}

/**
 * Built-in self test control; 0 when not supported.
 */
impl IvshmemPciConfig {
    pub fn bist(&self) -> Ref<'_, u8> {
        self.bist.borrow()
    }
}

/**
 * The six base address registers, 0x10..0x27. A 64-bit BAR uses two
 * slots: the slot after it holds the high half of its address and is
 * not a BAR of its own (ivshmem's BAR2 takes slot 3 this way).
 */
impl IvshmemPciConfig {
    pub fn bars(&self) -> Ref<'_, Vec<OptRc<IvshmemPciConfig_Bar>>> {
        self.bars.borrow()
    }
}

/**
 * CardBus CIS pointer; unused.
 */
impl IvshmemPciConfig {
    pub fn cardbus_cis(&self) -> Ref<'_, u32> {
        self.cardbus_cis.borrow()
    }
}

/**
 * Subsystem vendor ID (QEMU gives 0x1af4).
 */
impl IvshmemPciConfig {
    pub fn subsystem_vendor_id(&self) -> Ref<'_, u16> {
        self.subsystem_vendor_id.borrow()
    }
}

/**
 * Subsystem ID (QEMU gives 0x1100).
 */
impl IvshmemPciConfig {
    pub fn subsystem_id(&self) -> Ref<'_, u16> {
        self.subsystem_id.borrow()
    }
}

/**
 * Expansion ROM base address; 0 when the function has no ROM.
 */
impl IvshmemPciConfig {
    pub fn expansion_rom(&self) -> Ref<'_, u32> {
        self.expansion_rom.borrow()
    }
}

/**
 * Offset of the first capability (bits 0 and 1 are reserved), valid when status says there is a list.
 */
impl IvshmemPciConfig {
    pub fn ofs_capabilities(&self) -> Ref<'_, u8> {
        self.ofs_capabilities.borrow()
    }
}

/**
 * Bytes 0x35..0x3b, reserved.
 */
impl IvshmemPciConfig {
    pub fn reserved(&self) -> Ref<'_, Vec<u8>> {
        self.reserved.borrow()
    }
}

/**
 * Interrupt line routing, written by firmware.
 */
impl IvshmemPciConfig {
    pub fn interrupt_line(&self) -> Ref<'_, u8> {
        self.interrupt_line.borrow()
    }
}

/**
 * Interrupt pin (1 = INTA#); 0 when the function has no INTx (ivshmem-plain).
 */
impl IvshmemPciConfig {
    pub fn interrupt_pin(&self) -> Ref<'_, u8> {
        self.interrupt_pin.borrow()
    }
}

/**
 * Minimum burst period (conventional PCI); 0.
 */
impl IvshmemPciConfig {
    pub fn min_grant(&self) -> Ref<'_, u8> {
        self.min_grant.borrow()
    }
}

/**
 * Maximum latency (conventional PCI); 0.
 */
impl IvshmemPciConfig {
    pub fn max_latency(&self) -> Ref<'_, u8> {
        self.max_latency.borrow()
    }
}
impl IvshmemPciConfig {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum IvshmemPciConfig_CapabilityId {

    /**
     * PCI power management.
     */
    PowerManagement,

    /**
     * Message signalled interrupts.
     */
    Msi,

    /**
     * Vendor-specific capability.
     */
    VendorSpecific,

    /**
     * PCI Express capability.
     */
    PciExpress,

    /**
     * MSI-X, used by ivshmem-doorbell.
     */
    Msix,
    Unknown(i64),
}

impl TryFrom<i64> for IvshmemPciConfig_CapabilityId {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<IvshmemPciConfig_CapabilityId> {
        match flag {
            1 => Ok(IvshmemPciConfig_CapabilityId::PowerManagement),
            5 => Ok(IvshmemPciConfig_CapabilityId::Msi),
            9 => Ok(IvshmemPciConfig_CapabilityId::VendorSpecific),
            16 => Ok(IvshmemPciConfig_CapabilityId::PciExpress),
            17 => Ok(IvshmemPciConfig_CapabilityId::Msix),
            _ => Ok(IvshmemPciConfig_CapabilityId::Unknown(flag)),
        }
    }
}

impl From<&IvshmemPciConfig_CapabilityId> for i64 {
    fn from(v: &IvshmemPciConfig_CapabilityId) -> Self {
        match *v {
            IvshmemPciConfig_CapabilityId::PowerManagement => 1,
            IvshmemPciConfig_CapabilityId::Msi => 5,
            IvshmemPciConfig_CapabilityId::VendorSpecific => 9,
            IvshmemPciConfig_CapabilityId::PciExpress => 16,
            IvshmemPciConfig_CapabilityId::Msix => 17,
            IvshmemPciConfig_CapabilityId::Unknown(v) => v
        }
    }
}

impl Default for IvshmemPciConfig_CapabilityId {
    fn default() -> Self { IvshmemPciConfig_CapabilityId::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum IvshmemPciConfig_Device {

    /**
     * The inter-VM shared memory device (ivshmem-plain and ivshmem-doorbell).
     */
    Ivshmem,
    Unknown(i64),
}

impl TryFrom<i64> for IvshmemPciConfig_Device {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<IvshmemPciConfig_Device> {
        match flag {
            4368 => Ok(IvshmemPciConfig_Device::Ivshmem),
            _ => Ok(IvshmemPciConfig_Device::Unknown(flag)),
        }
    }
}

impl From<&IvshmemPciConfig_Device> for i64 {
    fn from(v: &IvshmemPciConfig_Device) -> Self {
        match *v {
            IvshmemPciConfig_Device::Ivshmem => 4368,
            IvshmemPciConfig_Device::Unknown(v) => v
        }
    }
}

impl Default for IvshmemPciConfig_Device {
    fn default() -> Self { IvshmemPciConfig_Device::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum IvshmemPciConfig_MemoryType {

    /**
     * Anywhere in the 32-bit address space.
     */
    Bits32,

    /**
     * Below 1 MiB (legacy, reserved since PCI 3.0).
     */
    Below1m,

    /**
     * Anywhere in the 64-bit address space; the next BAR holds the high half.
     */
    Bits64,
    Unknown(i64),
}

impl TryFrom<i64> for IvshmemPciConfig_MemoryType {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<IvshmemPciConfig_MemoryType> {
        match flag {
            0 => Ok(IvshmemPciConfig_MemoryType::Bits32),
            1 => Ok(IvshmemPciConfig_MemoryType::Below1m),
            2 => Ok(IvshmemPciConfig_MemoryType::Bits64),
            _ => Ok(IvshmemPciConfig_MemoryType::Unknown(flag)),
        }
    }
}

impl From<&IvshmemPciConfig_MemoryType> for i64 {
    fn from(v: &IvshmemPciConfig_MemoryType) -> Self {
        match *v {
            IvshmemPciConfig_MemoryType::Bits32 => 0,
            IvshmemPciConfig_MemoryType::Below1m => 1,
            IvshmemPciConfig_MemoryType::Bits64 => 2,
            IvshmemPciConfig_MemoryType::Unknown(v) => v
        }
    }
}

impl Default for IvshmemPciConfig_MemoryType {
    fn default() -> Self { IvshmemPciConfig_MemoryType::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum IvshmemPciConfig_Vendor {

    /**
     * Red Hat (formerly Qumranet), the vendor of QEMU's paravirtual devices.
     */
    RedHatQumranet,
    Unknown(i64),
}

impl TryFrom<i64> for IvshmemPciConfig_Vendor {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<IvshmemPciConfig_Vendor> {
        match flag {
            6900 => Ok(IvshmemPciConfig_Vendor::RedHatQumranet),
            _ => Ok(IvshmemPciConfig_Vendor::Unknown(flag)),
        }
    }
}

impl From<&IvshmemPciConfig_Vendor> for i64 {
    fn from(v: &IvshmemPciConfig_Vendor) -> Self {
        match *v {
            IvshmemPciConfig_Vendor::RedHatQumranet => 6900,
            IvshmemPciConfig_Vendor::Unknown(v) => v
        }
    }
}

impl Default for IvshmemPciConfig_Vendor {
    fn default() -> Self { IvshmemPciConfig_Vendor::Unknown(0) }
}


/**
 * One base address register. Bit 0 tells I/O from memory BARs; for a
 * memory BAR, bits 1..2 give its width (0 = 32-bit, 2 = 64-bit, whose
 * high half is the next BAR) and bit 3 says it is prefetchable. The
 * rest is the address, aligned to the BAR's size.
 */

#[derive(Default, Debug, Clone)]
pub struct IvshmemPciConfig_Bar {
    pub _root: SharedType<IvshmemPciConfig>,
    pub _parent: SharedType<IvshmemPciConfig>,
    pub _self: SharedType<Self>,
    is_io: RefCell<bool>,
    memory_type: RefCell<IvshmemPciConfig_MemoryType>,
    prefetchable: RefCell<bool>,
    address_bits: RefCell<u64>,
    _io: RefCell<BytesReader>,
    f_address: Cell<bool>,
    address: RefCell<u32>,
}
impl KStruct for IvshmemPciConfig_Bar {
    type Root = IvshmemPciConfig;
    type Parent = IvshmemPciConfig;

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
        *self_rc.is_io.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.memory_type.borrow_mut() = (_io.read_bits_int_le(2)? as i64).try_into()?;
        *self_rc.prefetchable.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.address_bits.borrow_mut() = _io.read_bits_int_le(28)?;
        Ok(())
    }
}
impl IvshmemPciConfig_Bar {

    /**
     * The 32-bit address this BAR holds (the low half of a 64-bit one).
     */
    pub fn address(
        &self
    ) -> KResult<Ref<'_, u32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_address.get() {
            return Ok(self.address.borrow());
        }
        self.f_address.set(true);
        *self.address.borrow_mut() = ((((*self.address_bits() as i32) * (16 as i32)) as u32)) as u32;
        Ok(self.address.borrow())
    }
}

/**
 * Bit 0, an I/O port BAR (never for ivshmem).
 */
impl IvshmemPciConfig_Bar {
    pub fn is_io(&self) -> Ref<'_, bool> {
        self.is_io.borrow()
    }
}

/**
 * Bits 1..2, the width of a memory BAR.
 */
impl IvshmemPciConfig_Bar {
    pub fn memory_type(&self) -> Ref<'_, IvshmemPciConfig_MemoryType> {
        self.memory_type.borrow()
    }
}

/**
 * Bit 3, the memory may be prefetched (BAR2 of ivshmem).
 */
impl IvshmemPciConfig_Bar {
    pub fn prefetchable(&self) -> Ref<'_, bool> {
        self.prefetchable.borrow()
    }
}

/**
 * Bits 4..31, the address divided by 16 (the low half for a 64-bit BAR).
 */
impl IvshmemPciConfig_Bar {
    pub fn address_bits(&self) -> Ref<'_, u64> {
        self.address_bits.borrow()
    }
}
impl IvshmemPciConfig_Bar {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A BAR number (low 3 bits) and an 8-byte aligned offset inside that BAR.
 */

#[derive(Default, Debug, Clone)]
pub struct IvshmemPciConfig_BarOffset {
    pub _root: SharedType<IvshmemPciConfig>,
    pub _parent: SharedType<IvshmemPciConfig_MsixCapability>,
    pub _self: SharedType<Self>,
    raw: RefCell<u32>,
    _io: RefCell<BytesReader>,
    f_bar_index: Cell<bool>,
    bar_index: RefCell<i32>,
    f_offset: Cell<bool>,
    offset: RefCell<i32>,
}
impl KStruct for IvshmemPciConfig_BarOffset {
    type Root = IvshmemPciConfig;
    type Parent = IvshmemPciConfig_MsixCapability;

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
        *self_rc.raw.borrow_mut() = _io.read_u4le()?.into();
        Ok(())
    }
}
impl IvshmemPciConfig_BarOffset {

    /**
     * Which BAR (0..5) holds the structure.
     */
    pub fn bar_index(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_bar_index.get() {
            return Ok(self.bar_index.borrow());
        }
        self.f_bar_index.set(true);
        *self.bar_index.borrow_mut() = (((*self.raw() as u32) % (8 as u32))) as i32;
        Ok(self.bar_index.borrow())
    }

    /**
     * Offset inside the BAR.
     */
    pub fn offset(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_offset.get() {
            return Ok(self.offset.borrow());
        }
        self.f_offset.set(true);
        *self.offset.borrow_mut() = (((*self.raw() as i32) - (((*self.raw() as u32) % (8 as u32)) as i32))) as i32;
        Ok(self.offset.borrow())
    }
}

/**
 * The register as read; the low 3 bits are the BAR number.
 */
impl IvshmemPciConfig_BarOffset {
    pub fn raw(&self) -> Ref<'_, u32> {
        self.raw.borrow()
    }
}
impl IvshmemPciConfig_BarOffset {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One entry of the capability list: its ID, the offset of the next
 * entry (0 ends the list) and the body. `depth` counts entries, so a
 * list that loops ends after 48 entries (all that fit in 192 bytes).
 * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars Source
 */

#[derive(Default, Debug, Clone)]
pub struct IvshmemPciConfig_Capability {
    pub _root: SharedType<IvshmemPciConfig>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    depth: RefCell<u8>,
    capability_id: RefCell<IvshmemPciConfig_CapabilityId>,
    ofs_next: RefCell<u8>,
    body: RefCell<Option<IvshmemPciConfig_Capability_Body>>,
    _io: RefCell<BytesReader>,
    f_next: Cell<bool>,
    next: RefCell<OptRc<IvshmemPciConfig_Capability>>,
}
#[derive(Debug, Clone)]
pub enum IvshmemPciConfig_Capability_Body {
    IvshmemPciConfig_MsixCapability(OptRc<IvshmemPciConfig_MsixCapability>),
}
impl From<&IvshmemPciConfig_Capability_Body> for OptRc<IvshmemPciConfig_MsixCapability> {
    fn from(v: &IvshmemPciConfig_Capability_Body) -> Self {
        if let IvshmemPciConfig_Capability_Body::IvshmemPciConfig_MsixCapability(x) = v {
            return x.clone();
        }
        panic!("expected IvshmemPciConfig_Capability_Body::IvshmemPciConfig_MsixCapability, got {:?}", v)
    }
}
impl From<OptRc<IvshmemPciConfig_MsixCapability>> for IvshmemPciConfig_Capability_Body {
    fn from(v: OptRc<IvshmemPciConfig_MsixCapability>) -> Self {
        Self::IvshmemPciConfig_MsixCapability(v)
    }
}
impl IvshmemPciConfig_Capability_Body {
    pub fn control(&self) -> OptRc<IvshmemPciConfig_MsixControl> {
        match self {
            IvshmemPciConfig_Capability_Body::IvshmemPciConfig_MsixCapability(x) => x.control.borrow().clone(),
        }
    }
}
impl IvshmemPciConfig_Capability_Body {
    pub fn table(&self) -> OptRc<IvshmemPciConfig_BarOffset> {
        match self {
            IvshmemPciConfig_Capability_Body::IvshmemPciConfig_MsixCapability(x) => x.table.borrow().clone(),
        }
    }
}
impl IvshmemPciConfig_Capability_Body {
    pub fn pending_bits(&self) -> OptRc<IvshmemPciConfig_BarOffset> {
        match self {
            IvshmemPciConfig_Capability_Body::IvshmemPciConfig_MsixCapability(x) => x.pending_bits.borrow().clone(),
        }
    }
}
impl KStruct for IvshmemPciConfig_Capability {
    type Root = IvshmemPciConfig;
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
        *self_rc.capability_id.borrow_mut() = (_io.read_u1()? as i64).try_into()?;
        *self_rc.ofs_next.borrow_mut() = _io.read_u1()?.into();
        match *self_rc.capability_id() {
            IvshmemPciConfig_CapabilityId::Msix => {
                let t = Self::read_into::<_, IvshmemPciConfig_MsixCapability>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.body.borrow_mut() = Some(t);
            }
            _ => {}
        }
        Ok(())
    }
}
impl IvshmemPciConfig_Capability {
    pub fn depth(&self) -> Ref<'_, u8> {
        self.depth.borrow()
    }
}
impl IvshmemPciConfig_Capability {
    pub fn set_params(&mut self, depth: u8) {
        *self.depth.borrow_mut() = depth;
    }
}
impl IvshmemPciConfig_Capability {

    /**
     * The next entry of the list.
     */
    pub fn next(
        &self
    ) -> KResult<Ref<'_, OptRc<IvshmemPciConfig_Capability>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_next.get() {
            return Ok(self.next.borrow());
        }
        if  ((((*self.ofs_next() as u8) >= (64 as u8))) && (((*self.depth() as u8) < (47 as u8))))  {
            let io = Clone::clone(&*_r._io());
            let _pos = io.pos();
            io.seek(((*self.ofs_next() as i32) - (((*self.ofs_next() as u8) % (4 as u8)) as i32)) as usize)?;
            let f = |t : &mut IvshmemPciConfig_Capability| Ok(t.set_params((((*self.depth() as u8) + (1 as u8))).try_into().map_err(|_| KError::CastError)?));
            let t = Self::read_into_with_init::<BytesReader, IvshmemPciConfig_Capability>(&io, Some(self._root.clone()), None, &f)?.into();
            *self.next.borrow_mut() = t;
            io.seek(_pos)?;
        }
        Ok(self.next.borrow())
    }
}

/**
 * What kind of capability this is (0x11 for MSI-X).
 */
impl IvshmemPciConfig_Capability {
    pub fn capability_id(&self) -> Ref<'_, IvshmemPciConfig_CapabilityId> {
        self.capability_id.borrow()
    }
}

/**
 * Offset of the next capability in configuration space; 0 ends the list.
 */
impl IvshmemPciConfig_Capability {
    pub fn ofs_next(&self) -> Ref<'_, u8> {
        self.ofs_next.borrow()
    }
}

/**
 * The MSI-X fields (other capabilities are not described here).
 */
impl IvshmemPciConfig_Capability {
    pub fn body(&self) -> Ref<'_, Option<IvshmemPciConfig_Capability_Body>> {
        self.body.borrow()
    }
}
impl IvshmemPciConfig_Capability {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The 16-bit command register; the bits a guest sets to enable the function.
 */

#[derive(Default, Debug, Clone)]
pub struct IvshmemPciConfig_CommandBits {
    pub _root: SharedType<IvshmemPciConfig>,
    pub _parent: SharedType<IvshmemPciConfig>,
    pub _self: SharedType<Self>,
    io_space: RefCell<bool>,
    memory_space: RefCell<bool>,
    bus_master: RefCell<bool>,
    special_cycles: RefCell<bool>,
    memory_write_invalidate: RefCell<bool>,
    vga_palette_snoop: RefCell<bool>,
    parity_error_response: RefCell<bool>,
    reserved_bit7: RefCell<bool>,
    serr_enable: RefCell<bool>,
    fast_back_to_back: RefCell<bool>,
    interrupt_disable: RefCell<bool>,
    reserved: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for IvshmemPciConfig_CommandBits {
    type Root = IvshmemPciConfig;
    type Parent = IvshmemPciConfig;

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
        *self_rc.io_space.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.memory_space.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.bus_master.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.special_cycles.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.memory_write_invalidate.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.vga_palette_snoop.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.parity_error_response.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved_bit7.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.serr_enable.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.fast_back_to_back.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.interrupt_disable.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved.borrow_mut() = _io.read_bits_int_le(5)?;
        Ok(())
    }
}
impl IvshmemPciConfig_CommandBits {
}

/**
 * Bit 0, answer I/O port BARs.
 */
impl IvshmemPciConfig_CommandBits {
    pub fn io_space(&self) -> Ref<'_, bool> {
        self.io_space.borrow()
    }
}

/**
 * Bit 1, answer memory BARs (BAR0, BAR1, BAR2 of ivshmem).
 */
impl IvshmemPciConfig_CommandBits {
    pub fn memory_space(&self) -> Ref<'_, bool> {
        self.memory_space.borrow()
    }
}

/**
 * Bit 2, the function may write to memory itself (needed for MSI-X messages).
 */
impl IvshmemPciConfig_CommandBits {
    pub fn bus_master(&self) -> Ref<'_, bool> {
        self.bus_master.borrow()
    }
}

/**
 * Bit 3, special cycles (not used by PCI Express).
 */
impl IvshmemPciConfig_CommandBits {
    pub fn special_cycles(&self) -> Ref<'_, bool> {
        self.special_cycles.borrow()
    }
}

/**
 * Bit 4, memory write and invalidate.
 */
impl IvshmemPciConfig_CommandBits {
    pub fn memory_write_invalidate(&self) -> Ref<'_, bool> {
        self.memory_write_invalidate.borrow()
    }
}

/**
 * Bit 5, VGA palette snooping.
 */
impl IvshmemPciConfig_CommandBits {
    pub fn vga_palette_snoop(&self) -> Ref<'_, bool> {
        self.vga_palette_snoop.borrow()
    }
}

/**
 * Bit 6, respond to parity errors.
 */
impl IvshmemPciConfig_CommandBits {
    pub fn parity_error_response(&self) -> Ref<'_, bool> {
        self.parity_error_response.borrow()
    }
}

/**
 * Bit 7, reserved.
 */
impl IvshmemPciConfig_CommandBits {
    pub fn reserved_bit7(&self) -> Ref<'_, bool> {
        self.reserved_bit7.borrow()
    }
}

/**
 * Bit 8, report system errors.
 */
impl IvshmemPciConfig_CommandBits {
    pub fn serr_enable(&self) -> Ref<'_, bool> {
        self.serr_enable.borrow()
    }
}

/**
 * Bit 9, fast back-to-back transactions.
 */
impl IvshmemPciConfig_CommandBits {
    pub fn fast_back_to_back(&self) -> Ref<'_, bool> {
        self.fast_back_to_back.borrow()
    }
}

/**
 * Bit 10, mask the INTx interrupt.
 */
impl IvshmemPciConfig_CommandBits {
    pub fn interrupt_disable(&self) -> Ref<'_, bool> {
        self.interrupt_disable.borrow()
    }
}

/**
 * Bits 11..15, reserved.
 */
impl IvshmemPciConfig_CommandBits {
    pub fn reserved(&self) -> Ref<'_, u64> {
        self.reserved.borrow()
    }
}
impl IvshmemPciConfig_CommandBits {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The MSI-X capability of ivshmem-doorbell: how many vectors it has and
 * where its table and pending-bit array are (BAR and offset).
 * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars Source
 */

#[derive(Default, Debug, Clone)]
pub struct IvshmemPciConfig_MsixCapability {
    pub _root: SharedType<IvshmemPciConfig>,
    pub _parent: SharedType<IvshmemPciConfig_Capability>,
    pub _self: SharedType<Self>,
    control: RefCell<OptRc<IvshmemPciConfig_MsixControl>>,
    table: RefCell<OptRc<IvshmemPciConfig_BarOffset>>,
    pending_bits: RefCell<OptRc<IvshmemPciConfig_BarOffset>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for IvshmemPciConfig_MsixCapability {
    type Root = IvshmemPciConfig;
    type Parent = IvshmemPciConfig_Capability;

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
        let t = Self::read_into::<_, IvshmemPciConfig_MsixControl>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.control.borrow_mut() = t;
        let t = Self::read_into::<_, IvshmemPciConfig_BarOffset>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.table.borrow_mut() = t;
        let t = Self::read_into::<_, IvshmemPciConfig_BarOffset>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.pending_bits.borrow_mut() = t;
        Ok(())
    }
}
impl IvshmemPciConfig_MsixCapability {
}

/**
 * The message control register.
 */
impl IvshmemPciConfig_MsixCapability {
    pub fn control(&self) -> Ref<'_, OptRc<IvshmemPciConfig_MsixControl>> {
        self.control.borrow()
    }
}

/**
 * Where the MSI-X table is (BAR1, offset 0 on ivshmem).
 */
impl IvshmemPciConfig_MsixCapability {
    pub fn table(&self) -> Ref<'_, OptRc<IvshmemPciConfig_BarOffset>> {
        self.table.borrow()
    }
}

/**
 * Where the pending-bit array is (BAR1, offset 0x800 on ivshmem).
 */
impl IvshmemPciConfig_MsixCapability {
    pub fn pending_bits(&self) -> Ref<'_, OptRc<IvshmemPciConfig_BarOffset>> {
        self.pending_bits.borrow()
    }
}
impl IvshmemPciConfig_MsixCapability {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The 16-bit MSI-X message control register.
 */

#[derive(Default, Debug, Clone)]
pub struct IvshmemPciConfig_MsixControl {
    pub _root: SharedType<IvshmemPciConfig>,
    pub _parent: SharedType<IvshmemPciConfig_MsixCapability>,
    pub _self: SharedType<Self>,
    table_size_minus_one: RefCell<u64>,
    reserved: RefCell<u64>,
    function_mask: RefCell<bool>,
    enable: RefCell<bool>,
    _io: RefCell<BytesReader>,
    f_num_vectors: Cell<bool>,
    num_vectors: RefCell<i32>,
}
impl KStruct for IvshmemPciConfig_MsixControl {
    type Root = IvshmemPciConfig;
    type Parent = IvshmemPciConfig_MsixCapability;

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
        *self_rc.table_size_minus_one.borrow_mut() = _io.read_bits_int_le(11)?;
        *self_rc.reserved.borrow_mut() = _io.read_bits_int_le(3)?;
        *self_rc.function_mask.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.enable.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        Ok(())
    }
}
impl IvshmemPciConfig_MsixControl {

    /**
     * Number of MSI-X vectors, one per ivshmem interrupt vector.
     */
    pub fn num_vectors(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_num_vectors.get() {
            return Ok(self.num_vectors.borrow());
        }
        self.f_num_vectors.set(true);
        *self.num_vectors.borrow_mut() = (((*self.table_size_minus_one() as i32) + (1 as i32))) as i32;
        Ok(self.num_vectors.borrow())
    }
}

/**
 * Bits 0..10, the number of table entries minus one.
 */
impl IvshmemPciConfig_MsixControl {
    pub fn table_size_minus_one(&self) -> Ref<'_, u64> {
        self.table_size_minus_one.borrow()
    }
}

/**
 * Bits 11..13, reserved.
 */
impl IvshmemPciConfig_MsixControl {
    pub fn reserved(&self) -> Ref<'_, u64> {
        self.reserved.borrow()
    }
}

/**
 * Bit 14, masks every vector at once.
 */
impl IvshmemPciConfig_MsixControl {
    pub fn function_mask(&self) -> Ref<'_, bool> {
        self.function_mask.borrow()
    }
}

/**
 * Bit 15, MSI-X is on (and INTx off).
 */
impl IvshmemPciConfig_MsixControl {
    pub fn enable(&self) -> Ref<'_, bool> {
        self.enable.borrow()
    }
}
impl IvshmemPciConfig_MsixControl {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One 16-byte entry of the MSI-X table (in BAR1 of ivshmem-doorbell):
 * where the device writes, and what, to signal its vector. With the
 * address pointing at guest RAM instead of the interrupt controller,
 * the write lands in memory, which is how the tests see a vector fire.
 * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars Source
 */

#[derive(Default, Debug, Clone)]
pub struct IvshmemPciConfig_MsixTableEntry {
    pub _root: SharedType<IvshmemPciConfig>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    address_low: RefCell<u32>,
    address_high: RefCell<u32>,
    data: RefCell<u32>,
    vector_control: RefCell<u32>,
    _io: RefCell<BytesReader>,
    f_address: Cell<bool>,
    address: RefCell<u64>,
    f_masked: Cell<bool>,
    masked: RefCell<bool>,
}
impl KStruct for IvshmemPciConfig_MsixTableEntry {
    type Root = IvshmemPciConfig;
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
        *self_rc.address_low.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.address_high.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.data.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.vector_control.borrow_mut() = _io.read_u4le()?.into();
        Ok(())
    }
}
impl IvshmemPciConfig_MsixTableEntry {

    /**
     * The full 64-bit message address.
     */
    pub fn address(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_address.get() {
            return Ok(self.address.borrow());
        }
        self.f_address.set(true);
        *self.address.borrow_mut() = (((((((*self.address_high() as i64) as i32) * (4294967296 as i32)) as i32) + ((*self.address_low() as i64) as i32)) as u64)) as u64;
        Ok(self.address.borrow())
    }

    /**
     * Whether the vector is masked.
     */
    pub fn masked(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_masked.get() {
            return Ok(self.masked.borrow());
        }
        self.f_masked.set(true);
        *self.masked.borrow_mut() = (((((*self.vector_control() as u32) % (2 as u32)) as i32) == (1 as i32))) as bool;
        Ok(self.masked.borrow())
    }
}

/**
 * Low 32 bits of the message address (4-byte aligned).
 */
impl IvshmemPciConfig_MsixTableEntry {
    pub fn address_low(&self) -> Ref<'_, u32> {
        self.address_low.borrow()
    }
}

/**
 * High 32 bits of the message address.
 */
impl IvshmemPciConfig_MsixTableEntry {
    pub fn address_high(&self) -> Ref<'_, u32> {
        self.address_high.borrow()
    }
}

/**
 * The 32-bit value the device writes.
 */
impl IvshmemPciConfig_MsixTableEntry {
    pub fn data(&self) -> Ref<'_, u32> {
        self.data.borrow()
    }
}

/**
 * Bit 0 masks this vector (the device then only sets its pending bit).
 */
impl IvshmemPciConfig_MsixTableEntry {
    pub fn vector_control(&self) -> Ref<'_, u32> {
        self.vector_control.borrow()
    }
}
impl IvshmemPciConfig_MsixTableEntry {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The 16-bit status register.
 */

#[derive(Default, Debug, Clone)]
pub struct IvshmemPciConfig_StatusBits {
    pub _root: SharedType<IvshmemPciConfig>,
    pub _parent: SharedType<IvshmemPciConfig>,
    pub _self: SharedType<Self>,
    reserved_low: RefCell<u64>,
    interrupt_status: RefCell<bool>,
    has_capabilities: RefCell<bool>,
    mhz66_capable: RefCell<bool>,
    reserved_bit6: RefCell<bool>,
    fast_back_to_back_capable: RefCell<bool>,
    errors: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for IvshmemPciConfig_StatusBits {
    type Root = IvshmemPciConfig;
    type Parent = IvshmemPciConfig;

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
        *self_rc.reserved_low.borrow_mut() = _io.read_bits_int_le(3)?;
        *self_rc.interrupt_status.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.has_capabilities.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.mhz66_capable.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved_bit6.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.fast_back_to_back_capable.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.errors.borrow_mut() = _io.read_bits_int_le(8)?;
        Ok(())
    }
}
impl IvshmemPciConfig_StatusBits {
}

/**
 * Bits 0..2, reserved.
 */
impl IvshmemPciConfig_StatusBits {
    pub fn reserved_low(&self) -> Ref<'_, u64> {
        self.reserved_low.borrow()
    }
}

/**
 * Bit 3, the function asserts INTx.
 */
impl IvshmemPciConfig_StatusBits {
    pub fn interrupt_status(&self) -> Ref<'_, bool> {
        self.interrupt_status.borrow()
    }
}

/**
 * Bit 4, there is a capability list at `ofs_capabilities`.
 */
impl IvshmemPciConfig_StatusBits {
    pub fn has_capabilities(&self) -> Ref<'_, bool> {
        self.has_capabilities.borrow()
    }
}

/**
 * Bit 5, 66 MHz capable (conventional PCI).
 */
impl IvshmemPciConfig_StatusBits {
    pub fn mhz66_capable(&self) -> Ref<'_, bool> {
        self.mhz66_capable.borrow()
    }
}

/**
 * Bit 6, reserved.
 */
impl IvshmemPciConfig_StatusBits {
    pub fn reserved_bit6(&self) -> Ref<'_, bool> {
        self.reserved_bit6.borrow()
    }
}

/**
 * Bit 7, fast back-to-back capable.
 */
impl IvshmemPciConfig_StatusBits {
    pub fn fast_back_to_back_capable(&self) -> Ref<'_, bool> {
        self.fast_back_to_back_capable.borrow()
    }
}

/**
 * Bits 8..15, parity, abort, DEVSEL timing and error flags.
 */
impl IvshmemPciConfig_StatusBits {
    pub fn errors(&self) -> Ref<'_, u64> {
        self.errors.borrow()
    }
}
impl IvshmemPciConfig_StatusBits {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
