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
 * Rocker is QEMU's emulated Ethernet switch (PCI 1b36:0006, class 0x0280).
 * BAR0 (0x2000 bytes) holds its registers, all little-endian, 32-bit or
 * 64-bit (a 64-bit register is accessed as two 32-bit halves, low first, or
 * at once): bogus registers that read 0xdeadbabe (0x0..0xf), test registers
 * (0x10..), switch registers (0x300..) and, from 0x1000, 32 bytes of DMA
 * ring registers per descriptor ring: ring 0 carries commands, ring 1
 * events, then a Tx and an Rx ring per front-panel port. BAR1 holds the
 * MSI-X table (0x0) and pending bits (0x1000).
 * 
 * The top level of this spec reads a dump of BAR0 made by reading every
 * 32-bit word. Its types are the values the other Rocker specs share: TLV
 * values in little-endian, network (big-endian) order, MAC and IP
 * addresses. Registers that are write-only (CONTROL, TEST_DMA_CTRL, a
 * ring's CTRL) read as zero, as do unused rings.
 * \sa https://www.qemu.org/docs/master/specs/rocker.html Source
 */

#[derive(Default, Debug, Clone)]
pub struct Rocker {
    pub _root: SharedType<Rocker>,
    pub _parent: SharedType<Rocker>,
    pub _self: SharedType<Self>,
    bogus_registers: RefCell<Vec<u32>>,
    test_reg: RefCell<u32>,
    reserved1: RefCell<Vec<u8>>,
    test_reg64_lo: RefCell<u32>,
    test_reg64_hi: RefCell<u32>,
    test_irq: RefCell<u32>,
    reserved2: RefCell<Vec<u8>>,
    test_dma_addr_lo: RefCell<u32>,
    test_dma_addr_hi: RefCell<u32>,
    test_dma_size: RefCell<u32>,
    test_dma_ctrl: RefCell<u32>,
    reserved3: RefCell<Vec<u8>>,
    control: RefCell<u32>,
    port_phys_count: RefCell<u32>,
    reserved4: RefCell<Vec<u8>>,
    port_phys_link_status: RefCell<OptRc<Rocker_PortBitmap>>,
    port_phys_enable: RefCell<OptRc<Rocker_PortBitmap>>,
    switch_id_lo: RefCell<u32>,
    switch_id_hi: RefCell<u32>,
    reserved5: RefCell<Vec<u8>>,
    rings: RefCell<Vec<OptRc<Rocker_RingRegisters>>>,
    reserved6: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    f_switch_id: Cell<bool>,
    switch_id: RefCell<u64>,
}
impl KStruct for Rocker {
    type Root = Rocker;
    type Parent = Rocker;

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
        *self_rc.bogus_registers.borrow_mut() = Vec::new();
        let l_bogus_registers = 4;
        for _i in 0..l_bogus_registers {
            self_rc.bogus_registers.borrow_mut().push(_io.read_u4le()?.into());
        }
        *self_rc.test_reg.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.reserved1.borrow_mut() = _io.read_bytes(4 as usize)?.into();
        *self_rc.test_reg64_lo.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.test_reg64_hi.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.test_irq.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.reserved2.borrow_mut() = _io.read_bytes(4 as usize)?.into();
        *self_rc.test_dma_addr_lo.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.test_dma_addr_hi.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.test_dma_size.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.test_dma_ctrl.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.reserved3.borrow_mut() = _io.read_bytes(((768 as i32) - (56 as i32)) as usize)?.into();
        *self_rc.control.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.port_phys_count.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.reserved4.borrow_mut() = _io.read_bytes(8 as usize)?.into();
        let t = Self::read_into::<_, Rocker_PortBitmap>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.port_phys_link_status.borrow_mut() = t;
        let t = Self::read_into::<_, Rocker_PortBitmap>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.port_phys_enable.borrow_mut() = t;
        *self_rc.switch_id_lo.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.switch_id_hi.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.reserved5.borrow_mut() = _io.read_bytes((4096 - 808) as usize)?.into();
        *self_rc.rings.borrow_mut() = Vec::new();
        let l_rings = 64;
        for _i in 0..l_rings {
            let t = Self::read_into::<_, Rocker_RingRegisters>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            self_rc.rings.borrow_mut().push(t);
        }
        *self_rc.reserved6.borrow_mut() = _io.read_bytes_full()?.into();
        Ok(())
    }
}
impl Rocker {

    /**
     * The 64-bit switch ID.
     */
    pub fn switch_id(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_switch_id.get() {
            return Ok(self.switch_id.borrow());
        }
        self.f_switch_id.set(true);
        *self.switch_id.borrow_mut() = (((((((*self.switch_id_hi() as i64) as i32) * (4294967296 as i32)) as i32) + ((*self.switch_id_lo() as i64) as i32)) as u64)) as u64;
        Ok(self.switch_id.borrow())
    }
}

/**
 * 0x0000..0x000f, read 0xdeadbabe; writes do nothing (they catch misbehaving drivers).
 */
impl Rocker {
    pub fn bogus_registers(&self) -> Ref<'_, Vec<u32>> {
        self.bogus_registers.borrow()
    }
}

/**
 * 0x0010 TEST_REG, reads twice the last value written.
 */
impl Rocker {
    pub fn test_reg(&self) -> Ref<'_, u32> {
        self.test_reg.borrow()
    }
}

/**
 * 0x0014, not a register.
 */
impl Rocker {
    pub fn reserved1(&self) -> Ref<'_, Vec<u8>> {
        self.reserved1.borrow()
    }
}

/**
 * 0x0018 TEST_REG64 low half; the register reads twice the last 64-bit value written.
 */
impl Rocker {
    pub fn test_reg64_lo(&self) -> Ref<'_, u32> {
        self.test_reg64_lo.borrow()
    }
}

/**
 * 0x001c TEST_REG64 high half.
 */
impl Rocker {
    pub fn test_reg64_hi(&self) -> Ref<'_, u32> {
        self.test_reg64_hi.borrow()
    }
}

/**
 * 0x0020 TEST_IRQ; writing a vector number fires that MSI-X vector (reads zero).
 */
impl Rocker {
    pub fn test_irq(&self) -> Ref<'_, u32> {
        self.test_irq.borrow()
    }
}

/**
 * 0x0024, not a register.
 */
impl Rocker {
    pub fn reserved2(&self) -> Ref<'_, Vec<u8>> {
        self.reserved2.borrow()
    }
}

/**
 * 0x0028 TEST_DMA_ADDR low half, the test buffer's address.
 */
impl Rocker {
    pub fn test_dma_addr_lo(&self) -> Ref<'_, u32> {
        self.test_dma_addr_lo.borrow()
    }
}

/**
 * 0x002c TEST_DMA_ADDR high half.
 */
impl Rocker {
    pub fn test_dma_addr_hi(&self) -> Ref<'_, u32> {
        self.test_dma_addr_hi.borrow()
    }
}

/**
 * 0x0030 TEST_DMA_SIZE, the test buffer's size (16 bits kept).
 */
impl Rocker {
    pub fn test_dma_size(&self) -> Ref<'_, u32> {
        self.test_dma_size.borrow()
    }
}

/**
 * 0x0034 TEST_DMA_CTRL (write-only; `test_dma_op`).
 */
impl Rocker {
    pub fn test_dma_ctrl(&self) -> Ref<'_, u32> {
        self.test_dma_ctrl.borrow()
    }
}

/**
 * 0x0038..0x02ff, not registers.
 */
impl Rocker {
    pub fn reserved3(&self) -> Ref<'_, Vec<u8>> {
        self.reserved3.borrow()
    }
}

/**
 * 0x0300 CONTROL (write-only); bit 0 resets the switch.
 */
impl Rocker {
    pub fn control(&self) -> Ref<'_, u32> {
        self.control.borrow()
    }
}

/**
 * 0x0304 PORT_PHYS_COUNT, number of front-panel ports (the -device rocker ports array).
 */
impl Rocker {
    pub fn port_phys_count(&self) -> Ref<'_, u32> {
        self.port_phys_count.borrow()
    }
}

/**
 * 0x0308..0x030f, not registers.
 */
impl Rocker {
    pub fn reserved4(&self) -> Ref<'_, Vec<u8>> {
        self.reserved4.borrow()
    }
}

/**
 * 0x0310 PORT_PHYS_LINK_STATUS, bit n set when port n has link (bits 0 and 63 always clear).
 */
impl Rocker {
    pub fn port_phys_link_status(&self) -> Ref<'_, OptRc<Rocker_PortBitmap>> {
        self.port_phys_link_status.borrow()
    }
}

/**
 * 0x0318 PORT_PHYS_ENABLE, bit n enables port n (all clear after reset).
 */
impl Rocker {
    pub fn port_phys_enable(&self) -> Ref<'_, OptRc<Rocker_PortBitmap>> {
        self.port_phys_enable.borrow()
    }
}

/**
 * 0x0320 SWITCH_ID low half. QEMU's default is the first port's MAC address read as a little-endian number.
 */
impl Rocker {
    pub fn switch_id_lo(&self) -> Ref<'_, u32> {
        self.switch_id_lo.borrow()
    }
}

/**
 * 0x0324 SWITCH_ID high half.
 */
impl Rocker {
    pub fn switch_id_hi(&self) -> Ref<'_, u32> {
        self.switch_id_hi.borrow()
    }
}

/**
 * 0x0328..0x0fff, not registers.
 */
impl Rocker {
    pub fn reserved5(&self) -> Ref<'_, Vec<u8>> {
        self.reserved5.borrow()
    }
}

/**
 * 0x1000 + 32 * n, the registers of ring n (command, event, then Tx/Rx per port; 128 slots, 64 listed).
 */
impl Rocker {
    pub fn rings(&self) -> Ref<'_, Vec<OptRc<Rocker_RingRegisters>>> {
        self.rings.borrow()
    }
}

/**
 * 0x1800..0x1fff, ring slots no port count can reach.
 */
impl Rocker {
    pub fn reserved6(&self) -> Ref<'_, Vec<u8>> {
        self.reserved6.borrow()
    }
}
impl Rocker {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum Rocker_MsixVector {

    /**
     * Command ring completions.
     */
    Cmd,

    /**
     * Event ring completions.
     */
    Event,

    /**
     * Test operations.
     */
    Test,

    /**
     * Reserved; Tx ring of port p uses 2 + 2 * p (p from 1), its Rx ring 3 + 2 * p.
     */
    Reserved,
    Unknown(i64),
}

impl TryFrom<i64> for Rocker_MsixVector {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Rocker_MsixVector> {
        match flag {
            0 => Ok(Rocker_MsixVector::Cmd),
            1 => Ok(Rocker_MsixVector::Event),
            2 => Ok(Rocker_MsixVector::Test),
            3 => Ok(Rocker_MsixVector::Reserved),
            _ => Ok(Rocker_MsixVector::Unknown(flag)),
        }
    }
}

impl From<&Rocker_MsixVector> for i64 {
    fn from(v: &Rocker_MsixVector) -> Self {
        match *v {
            Rocker_MsixVector::Cmd => 0,
            Rocker_MsixVector::Event => 1,
            Rocker_MsixVector::Test => 2,
            Rocker_MsixVector::Reserved => 3,
            Rocker_MsixVector::Unknown(v) => v
        }
    }
}

impl Default for Rocker_MsixVector {
    fn default() -> Self { Rocker_MsixVector::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Rocker_OfDpaGroupType {

    /**
     * L2 interface.
     */
    L2Interface,

    /**
     * L2 rewrite.
     */
    L2Rewrite,

    /**
     * L3 unicast.
     */
    L3Unicast,

    /**
     * L2 multicast.
     */
    L2Multicast,

    /**
     * L2 flood.
     */
    L2Flood,

    /**
     * L3 interface.
     */
    L3Interface,

    /**
     * L3 multicast.
     */
    L3Multicast,

    /**
     * L3 ECMP.
     */
    L3Ecmp,

    /**
     * L2 overlay.
     */
    L2Overlay,
    Unknown(i64),
}

impl TryFrom<i64> for Rocker_OfDpaGroupType {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Rocker_OfDpaGroupType> {
        match flag {
            0 => Ok(Rocker_OfDpaGroupType::L2Interface),
            1 => Ok(Rocker_OfDpaGroupType::L2Rewrite),
            2 => Ok(Rocker_OfDpaGroupType::L3Unicast),
            3 => Ok(Rocker_OfDpaGroupType::L2Multicast),
            4 => Ok(Rocker_OfDpaGroupType::L2Flood),
            5 => Ok(Rocker_OfDpaGroupType::L3Interface),
            6 => Ok(Rocker_OfDpaGroupType::L3Multicast),
            7 => Ok(Rocker_OfDpaGroupType::L3Ecmp),
            8 => Ok(Rocker_OfDpaGroupType::L2Overlay),
            _ => Ok(Rocker_OfDpaGroupType::Unknown(flag)),
        }
    }
}

impl From<&Rocker_OfDpaGroupType> for i64 {
    fn from(v: &Rocker_OfDpaGroupType) -> Self {
        match *v {
            Rocker_OfDpaGroupType::L2Interface => 0,
            Rocker_OfDpaGroupType::L2Rewrite => 1,
            Rocker_OfDpaGroupType::L3Unicast => 2,
            Rocker_OfDpaGroupType::L2Multicast => 3,
            Rocker_OfDpaGroupType::L2Flood => 4,
            Rocker_OfDpaGroupType::L3Interface => 5,
            Rocker_OfDpaGroupType::L3Multicast => 6,
            Rocker_OfDpaGroupType::L3Ecmp => 7,
            Rocker_OfDpaGroupType::L2Overlay => 8,
            Rocker_OfDpaGroupType::Unknown(v) => v
        }
    }
}

impl Default for Rocker_OfDpaGroupType {
    fn default() -> Self { Rocker_OfDpaGroupType::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Rocker_OfDpaOverlayType {

    /**
     * Flood, unicast tunnel.
     */
    FloodUnicast,

    /**
     * Flood, multicast tunnel.
     */
    FloodMulticast,

    /**
     * Multicast, unicast tunnel.
     */
    MulticastUnicast,

    /**
     * Multicast, multicast tunnel.
     */
    MulticastMulticast,
    Unknown(i64),
}

impl TryFrom<i64> for Rocker_OfDpaOverlayType {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Rocker_OfDpaOverlayType> {
        match flag {
            0 => Ok(Rocker_OfDpaOverlayType::FloodUnicast),
            1 => Ok(Rocker_OfDpaOverlayType::FloodMulticast),
            2 => Ok(Rocker_OfDpaOverlayType::MulticastUnicast),
            3 => Ok(Rocker_OfDpaOverlayType::MulticastMulticast),
            _ => Ok(Rocker_OfDpaOverlayType::Unknown(flag)),
        }
    }
}

impl From<&Rocker_OfDpaOverlayType> for i64 {
    fn from(v: &Rocker_OfDpaOverlayType) -> Self {
        match *v {
            Rocker_OfDpaOverlayType::FloodUnicast => 0,
            Rocker_OfDpaOverlayType::FloodMulticast => 1,
            Rocker_OfDpaOverlayType::MulticastUnicast => 2,
            Rocker_OfDpaOverlayType::MulticastMulticast => 3,
            Rocker_OfDpaOverlayType::Unknown(v) => v
        }
    }
}

impl Default for Rocker_OfDpaOverlayType {
    fn default() -> Self { Rocker_OfDpaOverlayType::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Rocker_OfDpaTable {

    /**
     * Ingress port table.
     */
    IngressPort,

    /**
     * VLAN table.
     */
    Vlan,

    /**
     * Termination MAC table.
     */
    TerminationMac,

    /**
     * Unicast routing table.
     */
    UnicastRouting,

    /**
     * Multicast routing table.
     */
    MulticastRouting,

    /**
     * Bridging table.
     */
    Bridging,

    /**
     * ACL policy table.
     */
    AclPolicy,
    Unknown(i64),
}

impl TryFrom<i64> for Rocker_OfDpaTable {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Rocker_OfDpaTable> {
        match flag {
            0 => Ok(Rocker_OfDpaTable::IngressPort),
            10 => Ok(Rocker_OfDpaTable::Vlan),
            20 => Ok(Rocker_OfDpaTable::TerminationMac),
            30 => Ok(Rocker_OfDpaTable::UnicastRouting),
            40 => Ok(Rocker_OfDpaTable::MulticastRouting),
            50 => Ok(Rocker_OfDpaTable::Bridging),
            60 => Ok(Rocker_OfDpaTable::AclPolicy),
            _ => Ok(Rocker_OfDpaTable::Unknown(flag)),
        }
    }
}

impl From<&Rocker_OfDpaTable> for i64 {
    fn from(v: &Rocker_OfDpaTable) -> Self {
        match *v {
            Rocker_OfDpaTable::IngressPort => 0,
            Rocker_OfDpaTable::Vlan => 10,
            Rocker_OfDpaTable::TerminationMac => 20,
            Rocker_OfDpaTable::UnicastRouting => 30,
            Rocker_OfDpaTable::MulticastRouting => 40,
            Rocker_OfDpaTable::Bridging => 50,
            Rocker_OfDpaTable::AclPolicy => 60,
            Rocker_OfDpaTable::Unknown(v) => v
        }
    }
}

impl Default for Rocker_OfDpaTable {
    fn default() -> Self { Rocker_OfDpaTable::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Rocker_PortMode {

    /**
     * OF-DPA, the only world (mode) QEMU has.
     */
    OfDpa,
    Unknown(i64),
}

impl TryFrom<i64> for Rocker_PortMode {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Rocker_PortMode> {
        match flag {
            0 => Ok(Rocker_PortMode::OfDpa),
            _ => Ok(Rocker_PortMode::Unknown(flag)),
        }
    }
}

impl From<&Rocker_PortMode> for i64 {
    fn from(v: &Rocker_PortMode) -> Self {
        match *v {
            Rocker_PortMode::OfDpa => 0,
            Rocker_PortMode::Unknown(v) => v
        }
    }
}

impl Default for Rocker_PortMode {
    fn default() -> Self { Rocker_PortMode::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Rocker_Register {

    /**
     * Reads 0xdeadbabe.
     */
    BogusReg0,

    /**
     * Reads 0xdeadbabe.
     */
    BogusReg1,

    /**
     * Reads 0xdeadbabe.
     */
    BogusReg2,

    /**
     * Reads 0xdeadbabe.
     */
    BogusReg3,

    /**
     * TEST_REG (32-bit).
     */
    TestReg,

    /**
     * TEST_REG64 (64-bit).
     */
    TestReg64,

    /**
     * TEST_IRQ.
     */
    TestIrq,

    /**
     * TEST_DMA_ADDR (64-bit).
     */
    TestDmaAddr,

    /**
     * TEST_DMA_SIZE.
     */
    TestDmaSize,

    /**
     * TEST_DMA_CTRL.
     */
    TestDmaCtrl,

    /**
     * CONTROL.
     */
    Control,

    /**
     * PORT_PHYS_COUNT.
     */
    PortPhysCount,

    /**
     * PORT_PHYS_LINK_STATUS (64-bit).
     */
    PortPhysLinkStatus,

    /**
     * PORT_PHYS_ENABLE (64-bit).
     */
    PortPhysEnable,

    /**
     * SWITCH_ID (64-bit).
     */
    SwitchId,

    /**
     * First ring's registers; ring n at 0x1000 + 32 * n.
     */
    DmaDescBase,
    Unknown(i64),
}

impl TryFrom<i64> for Rocker_Register {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Rocker_Register> {
        match flag {
            0 => Ok(Rocker_Register::BogusReg0),
            4 => Ok(Rocker_Register::BogusReg1),
            8 => Ok(Rocker_Register::BogusReg2),
            12 => Ok(Rocker_Register::BogusReg3),
            16 => Ok(Rocker_Register::TestReg),
            24 => Ok(Rocker_Register::TestReg64),
            32 => Ok(Rocker_Register::TestIrq),
            40 => Ok(Rocker_Register::TestDmaAddr),
            48 => Ok(Rocker_Register::TestDmaSize),
            52 => Ok(Rocker_Register::TestDmaCtrl),
            768 => Ok(Rocker_Register::Control),
            772 => Ok(Rocker_Register::PortPhysCount),
            784 => Ok(Rocker_Register::PortPhysLinkStatus),
            792 => Ok(Rocker_Register::PortPhysEnable),
            800 => Ok(Rocker_Register::SwitchId),
            4096 => Ok(Rocker_Register::DmaDescBase),
            _ => Ok(Rocker_Register::Unknown(flag)),
        }
    }
}

impl From<&Rocker_Register> for i64 {
    fn from(v: &Rocker_Register) -> Self {
        match *v {
            Rocker_Register::BogusReg0 => 0,
            Rocker_Register::BogusReg1 => 4,
            Rocker_Register::BogusReg2 => 8,
            Rocker_Register::BogusReg3 => 12,
            Rocker_Register::TestReg => 16,
            Rocker_Register::TestReg64 => 24,
            Rocker_Register::TestIrq => 32,
            Rocker_Register::TestDmaAddr => 40,
            Rocker_Register::TestDmaSize => 48,
            Rocker_Register::TestDmaCtrl => 52,
            Rocker_Register::Control => 768,
            Rocker_Register::PortPhysCount => 772,
            Rocker_Register::PortPhysLinkStatus => 784,
            Rocker_Register::PortPhysEnable => 792,
            Rocker_Register::SwitchId => 800,
            Rocker_Register::DmaDescBase => 4096,
            Rocker_Register::Unknown(v) => v
        }
    }
}

impl Default for Rocker_Register {
    fn default() -> Self { Rocker_Register::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Rocker_ReturnCode {

    /**
     * Success.
     */
    Ok,

    /**
     * No such flow or group.
     */
    Enoent,

    /**
     * The descriptor buffer or a packet fragment could not be read.
     */
    Enxio,

    /**
     * Out of memory.
     */
    Enomem,

    /**
     * Entry already exists.
     */
    Eexist,

    /**
     * Invalid parameters (bad port, bad command, missing TLV).
     */
    Einval,

    /**
     * The descriptor buffer is too small for the answer.
     */
    Emsgsize,

    /**
     * Not supported.
     */
    Enotsup,

    /**
     * No descriptor available (event or Rx ring full).
     */
    Enobufs,
    Unknown(i64),
}

impl TryFrom<i64> for Rocker_ReturnCode {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Rocker_ReturnCode> {
        match flag {
            0 => Ok(Rocker_ReturnCode::Ok),
            2 => Ok(Rocker_ReturnCode::Enoent),
            6 => Ok(Rocker_ReturnCode::Enxio),
            12 => Ok(Rocker_ReturnCode::Enomem),
            17 => Ok(Rocker_ReturnCode::Eexist),
            22 => Ok(Rocker_ReturnCode::Einval),
            90 => Ok(Rocker_ReturnCode::Emsgsize),
            95 => Ok(Rocker_ReturnCode::Enotsup),
            105 => Ok(Rocker_ReturnCode::Enobufs),
            _ => Ok(Rocker_ReturnCode::Unknown(flag)),
        }
    }
}

impl From<&Rocker_ReturnCode> for i64 {
    fn from(v: &Rocker_ReturnCode) -> Self {
        match *v {
            Rocker_ReturnCode::Ok => 0,
            Rocker_ReturnCode::Enoent => 2,
            Rocker_ReturnCode::Enxio => 6,
            Rocker_ReturnCode::Enomem => 12,
            Rocker_ReturnCode::Eexist => 17,
            Rocker_ReturnCode::Einval => 22,
            Rocker_ReturnCode::Emsgsize => 90,
            Rocker_ReturnCode::Enotsup => 95,
            Rocker_ReturnCode::Enobufs => 105,
            Rocker_ReturnCode::Unknown(v) => v
        }
    }
}

impl Default for Rocker_ReturnCode {
    fn default() -> Self { Rocker_ReturnCode::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Rocker_Ring {

    /**
     * Command ring; Tx ring of port p is 2 * p, its Rx ring 2 * p + 1 (p from 1).
     */
    Cmd,

    /**
     * Event ring.
     */
    Event,
    Unknown(i64),
}

impl TryFrom<i64> for Rocker_Ring {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Rocker_Ring> {
        match flag {
            0 => Ok(Rocker_Ring::Cmd),
            1 => Ok(Rocker_Ring::Event),
            _ => Ok(Rocker_Ring::Unknown(flag)),
        }
    }
}

impl From<&Rocker_Ring> for i64 {
    fn from(v: &Rocker_Ring) -> Self {
        match *v {
            Rocker_Ring::Cmd => 0,
            Rocker_Ring::Event => 1,
            Rocker_Ring::Unknown(v) => v
        }
    }
}

impl Default for Rocker_Ring {
    fn default() -> Self { Rocker_Ring::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Rocker_RingRegister {

    /**
     * DMA_DESC_BASE_ADDR (64-bit).
     */
    BaseAddr,

    /**
     * DMA_DESC_SIZE.
     */
    Size,

    /**
     * DMA_DESC_HEAD.
     */
    Head,

    /**
     * DMA_DESC_TAIL.
     */
    Tail,

    /**
     * DMA_DESC_CTRL.
     */
    Ctrl,

    /**
     * DMA_DESC_CREDITS.
     */
    Credits,
    Unknown(i64),
}

impl TryFrom<i64> for Rocker_RingRegister {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Rocker_RingRegister> {
        match flag {
            0 => Ok(Rocker_RingRegister::BaseAddr),
            8 => Ok(Rocker_RingRegister::Size),
            12 => Ok(Rocker_RingRegister::Head),
            16 => Ok(Rocker_RingRegister::Tail),
            20 => Ok(Rocker_RingRegister::Ctrl),
            24 => Ok(Rocker_RingRegister::Credits),
            _ => Ok(Rocker_RingRegister::Unknown(flag)),
        }
    }
}

impl From<&Rocker_RingRegister> for i64 {
    fn from(v: &Rocker_RingRegister) -> Self {
        match *v {
            Rocker_RingRegister::BaseAddr => 0,
            Rocker_RingRegister::Size => 8,
            Rocker_RingRegister::Head => 12,
            Rocker_RingRegister::Tail => 16,
            Rocker_RingRegister::Ctrl => 20,
            Rocker_RingRegister::Credits => 24,
            Rocker_RingRegister::Unknown(v) => v
        }
    }
}

impl Default for Rocker_RingRegister {
    fn default() -> Self { Rocker_RingRegister::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Rocker_TestDmaOp {

    /**
     * Zero the test buffer.
     */
    Clear,

    /**
     * Fill the test buffer with 0x96.
     */
    Fill,

    /**
     * Invert every byte of the test buffer.
     */
    Invert,
    Unknown(i64),
}

impl TryFrom<i64> for Rocker_TestDmaOp {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Rocker_TestDmaOp> {
        match flag {
            1 => Ok(Rocker_TestDmaOp::Clear),
            2 => Ok(Rocker_TestDmaOp::Fill),
            4 => Ok(Rocker_TestDmaOp::Invert),
            _ => Ok(Rocker_TestDmaOp::Unknown(flag)),
        }
    }
}

impl From<&Rocker_TestDmaOp> for i64 {
    fn from(v: &Rocker_TestDmaOp) -> Self {
        match *v {
            Rocker_TestDmaOp::Clear => 1,
            Rocker_TestDmaOp::Fill => 2,
            Rocker_TestDmaOp::Invert => 4,
            Rocker_TestDmaOp::Unknown(v) => v
        }
    }
}

impl Default for Rocker_TestDmaOp {
    fn default() -> Self { Rocker_TestDmaOp::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Rocker_TxOffload {

    /**
     * No offload.
     */
    None,

    /**
     * Insert the IPv4 header checksum.
     */
    IpCsum,

    /**
     * Insert the TCP/UDP checksum.
     */
    TcpUdpCsum,

    /**
     * Calculate an L3 checksum and insert it at TX_L3_CSUM_OFF.
     */
    L3Csum,

    /**
     * TCP segmentation offload.
     */
    Tso,
    Unknown(i64),
}

impl TryFrom<i64> for Rocker_TxOffload {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Rocker_TxOffload> {
        match flag {
            0 => Ok(Rocker_TxOffload::None),
            1 => Ok(Rocker_TxOffload::IpCsum),
            2 => Ok(Rocker_TxOffload::TcpUdpCsum),
            3 => Ok(Rocker_TxOffload::L3Csum),
            4 => Ok(Rocker_TxOffload::Tso),
            _ => Ok(Rocker_TxOffload::Unknown(flag)),
        }
    }
}

impl From<&Rocker_TxOffload> for i64 {
    fn from(v: &Rocker_TxOffload) -> Self {
        match *v {
            Rocker_TxOffload::None => 0,
            Rocker_TxOffload::IpCsum => 1,
            Rocker_TxOffload::TcpUdpCsum => 2,
            Rocker_TxOffload::L3Csum => 3,
            Rocker_TxOffload::Tso => 4,
            Rocker_TxOffload::Unknown(v) => v
        }
    }
}

impl Default for Rocker_TxOffload {
    fn default() -> Self { Rocker_TxOffload::Unknown(0) }
}


/**
 * A network-order (big-endian) unsigned TLV value of 1, 2 or 4 bytes, marked (N) in the spec.
 */

#[derive(Default, Debug, Clone)]
pub struct Rocker_BeUint {
    pub _root: SharedType<Rocker>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    value: RefCell<Option<Rocker_BeUint_Value>>,
    _io: RefCell<BytesReader>,
}
#[derive(Debug, Clone)]
pub enum Rocker_BeUint_Value {
    U1(u8),
    U2(u16),
    U4(u32),
}
impl From<u8> for Rocker_BeUint_Value {
    fn from(v: u8) -> Self {
        Self::U1(v)
    }
}
impl From<&Rocker_BeUint_Value> for u8 {
    fn from(e: &Rocker_BeUint_Value) -> Self {
        if let Rocker_BeUint_Value::U1(v) = e {
            return *v
        }
        panic!("trying to convert from enum Rocker_BeUint_Value::U1 to u8, enum value {:?}", e)
    }
}
impl From<u16> for Rocker_BeUint_Value {
    fn from(v: u16) -> Self {
        Self::U2(v)
    }
}
impl From<&Rocker_BeUint_Value> for u16 {
    fn from(e: &Rocker_BeUint_Value) -> Self {
        if let Rocker_BeUint_Value::U2(v) = e {
            return *v
        }
        panic!("trying to convert from enum Rocker_BeUint_Value::U2 to u16, enum value {:?}", e)
    }
}
impl From<u32> for Rocker_BeUint_Value {
    fn from(v: u32) -> Self {
        Self::U4(v)
    }
}
impl From<&Rocker_BeUint_Value> for u32 {
    fn from(e: &Rocker_BeUint_Value) -> Self {
        if let Rocker_BeUint_Value::U4(v) = e {
            return *v
        }
        panic!("trying to convert from enum Rocker_BeUint_Value::U4 to u32, enum value {:?}", e)
    }
}
impl From<&Rocker_BeUint_Value> for usize {
    fn from(e: &Rocker_BeUint_Value) -> Self {
        match e {
            Rocker_BeUint_Value::U1(v) => *v as usize,
            Rocker_BeUint_Value::U2(v) => *v as usize,
            Rocker_BeUint_Value::U4(v) => *v as usize,
        }
    }
}

impl KStruct for Rocker_BeUint {
    type Root = Rocker;
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
        match (*_io.size() as i32) {
            1 => {
                *self_rc.value.borrow_mut() = Some(_io.read_u1()?.into());
            }
            2 => {
                *self_rc.value.borrow_mut() = Some(_io.read_u2be()?.into());
            }
            4 => {
                *self_rc.value.borrow_mut() = Some(_io.read_u4be()?.into());
            }
            _ => {}
        }
        Ok(())
    }
}
impl Rocker_BeUint {
}

/**
 * The number.
 */
impl Rocker_BeUint {
    pub fn value(&self) -> usize {
        self.value.borrow().as_ref().unwrap().into()
    }
    pub fn value_enum(&self) -> Ref<'_, Option<Rocker_BeUint_Value>> {
        self.value.borrow()
    }
}
impl Rocker_BeUint {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * An IPv4 address or mask (4 bytes, network order).
 */

#[derive(Default, Debug, Clone)]
pub struct Rocker_Ipv4Address {
    pub _root: SharedType<Rocker>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    octets: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Rocker_Ipv4Address {
    type Root = Rocker;
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
        *self_rc.octets.borrow_mut() = _io.read_bytes(4 as usize)?.into();
        Ok(())
    }
}
impl Rocker_Ipv4Address {
}

/**
 * The four bytes as on the wire.
 */
impl Rocker_Ipv4Address {
    pub fn octets(&self) -> Ref<'_, Vec<u8>> {
        self.octets.borrow()
    }
}
impl Rocker_Ipv4Address {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * An IPv6 address or mask (16 bytes, network order).
 */

#[derive(Default, Debug, Clone)]
pub struct Rocker_Ipv6Address {
    pub _root: SharedType<Rocker>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    octets: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Rocker_Ipv6Address {
    type Root = Rocker;
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
        *self_rc.octets.borrow_mut() = _io.read_bytes(16 as usize)?.into();
        Ok(())
    }
}
impl Rocker_Ipv6Address {
}

/**
 * The sixteen bytes as on the wire.
 */
impl Rocker_Ipv6Address {
    pub fn octets(&self) -> Ref<'_, Vec<u8>> {
        self.octets.borrow()
    }
}
impl Rocker_Ipv6Address {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A little-endian unsigned TLV value of 1, 2, 4 or 8 bytes, whichever
 * length the TLV has (QEMU sends the event type as 4 bytes where the
 * header says 2).
 */

#[derive(Default, Debug, Clone)]
pub struct Rocker_LeUint {
    pub _root: SharedType<Rocker>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    length_check: RefCell<Vec<u8>>,
    low: RefCell<Option<Rocker_LeUint_Low>>,
    high: RefCell<u32>,
    _io: RefCell<BytesReader>,
    f_value: Cell<bool>,
    value: RefCell<u64>,
}
#[derive(Debug, Clone)]
pub enum Rocker_LeUint_Low {
    U1(u8),
    U2(u16),
    U4(u32),
}
impl From<u8> for Rocker_LeUint_Low {
    fn from(v: u8) -> Self {
        Self::U1(v)
    }
}
impl From<&Rocker_LeUint_Low> for u8 {
    fn from(e: &Rocker_LeUint_Low) -> Self {
        if let Rocker_LeUint_Low::U1(v) = e {
            return *v
        }
        panic!("trying to convert from enum Rocker_LeUint_Low::U1 to u8, enum value {:?}", e)
    }
}
impl From<u16> for Rocker_LeUint_Low {
    fn from(v: u16) -> Self {
        Self::U2(v)
    }
}
impl From<&Rocker_LeUint_Low> for u16 {
    fn from(e: &Rocker_LeUint_Low) -> Self {
        if let Rocker_LeUint_Low::U2(v) = e {
            return *v
        }
        panic!("trying to convert from enum Rocker_LeUint_Low::U2 to u16, enum value {:?}", e)
    }
}
impl From<u32> for Rocker_LeUint_Low {
    fn from(v: u32) -> Self {
        Self::U4(v)
    }
}
impl From<&Rocker_LeUint_Low> for u32 {
    fn from(e: &Rocker_LeUint_Low) -> Self {
        if let Rocker_LeUint_Low::U4(v) = e {
            return *v
        }
        panic!("trying to convert from enum Rocker_LeUint_Low::U4 to u32, enum value {:?}", e)
    }
}
impl From<&Rocker_LeUint_Low> for usize {
    fn from(e: &Rocker_LeUint_Low) -> Self {
        match e {
            Rocker_LeUint_Low::U1(v) => *v as usize,
            Rocker_LeUint_Low::U2(v) => *v as usize,
            Rocker_LeUint_Low::U4(v) => *v as usize,
        }
    }
}

impl KStruct for Rocker_LeUint {
    type Root = Rocker;
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
        *self_rc.length_check.borrow_mut() = _io.read_bytes(0 as usize)?.into();
        let _tmpa = *self_rc.length_check();
        if !( ((((_tmpa.len() as i32) == (0 as i32))) && ( ((((*_io.size() as i32) == (1 as i32))) || (((*_io.size() as i32) == (2 as i32))) || (((*_io.size() as i32) == (4 as i32))) || (((*_io.size() as i32) == (8 as i32)))) )) ) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::Expr, src_path: "/types/le_uint/seq/0".to_string() }));
        }
        match (*_io.size() as i32) {
            1 => {
                *self_rc.low.borrow_mut() = Some(_io.read_u1()?.into());
            }
            2 => {
                *self_rc.low.borrow_mut() = Some(_io.read_u2le()?.into());
            }
            4 => {
                *self_rc.low.borrow_mut() = Some(_io.read_u4le()?.into());
            }
            8 => {
                *self_rc.low.borrow_mut() = Some(_io.read_u4le()?.into());
            }
            _ => {}
        }
        if ((*_io.size() as i32) == (8 as i32)) {
            *self_rc.high.borrow_mut() = _io.read_u4le()?.into();
        }
        Ok(())
    }
}
impl Rocker_LeUint {

    /**
     * The number.
     */
    pub fn value(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_value.get() {
            return Ok(self.value.borrow());
        }
        self.f_value.set(true);
        *self.value.borrow_mut() = (if ((*_io.size() as i32) == (8 as i32)) { ((((((*self.high() as i64) as i32) * (4294967296 as i32)) as i32) + ((self.low() as i64) as i32)) as u64) } else { (self.low() as u64) }) as u64;
        Ok(self.value.borrow())
    }
}

/**
 * No bytes; refuses a value of any other length (it has no number to read).
 */
impl Rocker_LeUint {
    pub fn length_check(&self) -> Ref<'_, Vec<u8>> {
        self.length_check.borrow()
    }
}

/**
 * The value, or its low 32 bits for an 8-byte value.
 */
impl Rocker_LeUint {
    pub fn low(&self) -> usize {
        self.low.borrow().as_ref().unwrap().into()
    }
    pub fn low_enum(&self) -> Ref<'_, Option<Rocker_LeUint_Low>> {
        self.low.borrow()
    }
}

/**
 * The high 32 bits of an 8-byte value.
 */
impl Rocker_LeUint {
    pub fn high(&self) -> Ref<'_, u32> {
        self.high.borrow()
    }
}
impl Rocker_LeUint {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A MAC address (6 bytes, network order).
 */

#[derive(Default, Debug, Clone)]
pub struct Rocker_MacAddress {
    pub _root: SharedType<Rocker>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    octets: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Rocker_MacAddress {
    type Root = Rocker;
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
        *self_rc.octets.borrow_mut() = _io.read_bytes(6 as usize)?.into();
        Ok(())
    }
}
impl Rocker_MacAddress {
}

/**
 * The six bytes as on the wire.
 */
impl Rocker_MacAddress {
    pub fn octets(&self) -> Ref<'_, Vec<u8>> {
        self.octets.borrow()
    }
}
impl Rocker_MacAddress {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A 64-bit port bitmap read as two halves (bit n is port n).
 */

#[derive(Default, Debug, Clone)]
pub struct Rocker_PortBitmap {
    pub _root: SharedType<Rocker>,
    pub _parent: SharedType<Rocker>,
    pub _self: SharedType<Self>,
    lo: RefCell<u32>,
    hi: RefCell<u32>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Rocker_PortBitmap {
    type Root = Rocker;
    type Parent = Rocker;

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
        *self_rc.lo.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.hi.borrow_mut() = _io.read_u4le()?.into();
        Ok(())
    }
}
impl Rocker_PortBitmap {
}

/**
 * Ports 0..31 (port 0, the CPU port, always clear).
 */
impl Rocker_PortBitmap {
    pub fn lo(&self) -> Ref<'_, u32> {
        self.lo.borrow()
    }
}

/**
 * Ports 32..63 (port 63, loopback, always clear).
 */
impl Rocker_PortBitmap {
    pub fn hi(&self) -> Ref<'_, u32> {
        self.hi.borrow()
    }
}
impl Rocker_PortBitmap {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The 32 bytes of registers of one descriptor ring.
 */

#[derive(Default, Debug, Clone)]
pub struct Rocker_RingRegisters {
    pub _root: SharedType<Rocker>,
    pub _parent: SharedType<Rocker>,
    pub _self: SharedType<Self>,
    base_addr_lo: RefCell<u32>,
    base_addr_hi: RefCell<u32>,
    size: RefCell<u32>,
    head: RefCell<u32>,
    tail: RefCell<u32>,
    ctrl: RefCell<u32>,
    credits: RefCell<u32>,
    reserved: RefCell<u32>,
    _io: RefCell<BytesReader>,
    f_base_addr: Cell<bool>,
    base_addr: RefCell<u64>,
}
impl KStruct for Rocker_RingRegisters {
    type Root = Rocker;
    type Parent = Rocker;

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
        *self_rc.base_addr_lo.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.base_addr_hi.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.size.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.head.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.tail.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.ctrl.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.credits.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.reserved.borrow_mut() = _io.read_u4le()?.into();
        Ok(())
    }
}
impl Rocker_RingRegisters {

    /**
     * The ring's guest physical address.
     */
    pub fn base_addr(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_base_addr.get() {
            return Ok(self.base_addr.borrow());
        }
        self.f_base_addr.set(true);
        *self.base_addr.borrow_mut() = (((((((*self.base_addr_hi() as i64) as i32) * (4294967296 as i32)) as i32) + ((*self.base_addr_lo() as i64) as i32)) as u64)) as u64;
        Ok(self.base_addr.borrow())
    }
}

/**
 * +0x00 DMA_DESC_BASE_ADDR low half; the ring's guest address, 8-byte aligned. Writing it resets head and tail.
 */
impl Rocker_RingRegisters {
    pub fn base_addr_lo(&self) -> Ref<'_, u32> {
        self.base_addr_lo.borrow()
    }
}

/**
 * +0x04 DMA_DESC_BASE_ADDR high half.
 */
impl Rocker_RingRegisters {
    pub fn base_addr_hi(&self) -> Ref<'_, u32> {
        self.base_addr_hi.borrow()
    }
}

/**
 * +0x08 DMA_DESC_SIZE, number of descriptors (a power of two, 2..65536).
 */
impl Rocker_RingRegisters {
    pub fn size(&self) -> Ref<'_, u32> {
        self.size.borrow()
    }
}

/**
 * +0x0c DMA_DESC_HEAD, written by the driver; writing it makes the device consume descriptors up to it.
 */
impl Rocker_RingRegisters {
    pub fn head(&self) -> Ref<'_, u32> {
        self.head.borrow()
    }
}

/**
 * +0x10 DMA_DESC_TAIL, advanced by the device as it completes descriptors.
 */
impl Rocker_RingRegisters {
    pub fn tail(&self) -> Ref<'_, u32> {
        self.tail.borrow()
    }
}

/**
 * +0x14 DMA_DESC_CTRL (write-only); bit 0 resets the ring.
 */
impl Rocker_RingRegisters {
    pub fn ctrl(&self) -> Ref<'_, u32> {
        self.ctrl.borrow()
    }
}

/**
 * +0x18 DMA_DESC_CREDITS, completed descriptors not yet returned; writing returns that many.
 */
impl Rocker_RingRegisters {
    pub fn credits(&self) -> Ref<'_, u32> {
        self.credits.borrow()
    }
}

/**
 * +0x1c, reserved.
 */
impl Rocker_RingRegisters {
    pub fn reserved(&self) -> Ref<'_, u32> {
        self.reserved.borrow()
    }
}
impl Rocker_RingRegisters {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * RX_FLAGS, how the device parsed a received packet (16 bits, little-endian).
 */

#[derive(Default, Debug, Clone)]
pub struct Rocker_RxFlags {
    pub _root: SharedType<Rocker>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    ipv4: RefCell<bool>,
    ipv6: RefCell<bool>,
    csum_calc: RefCell<bool>,
    ipv4_csum_good: RefCell<bool>,
    ip_frag: RefCell<bool>,
    tcp: RefCell<bool>,
    udp: RefCell<bool>,
    tcp_udp_csum_good: RefCell<bool>,
    fwd_offload: RefCell<bool>,
    reserved: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Rocker_RxFlags {
    type Root = Rocker;
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
        *self_rc.ipv4.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.ipv6.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.csum_calc.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.ipv4_csum_good.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.ip_frag.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.tcp.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.udp.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.tcp_udp_csum_good.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.fwd_offload.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved.borrow_mut() = _io.read_bits_int_le(7)?;
        Ok(())
    }
}
impl Rocker_RxFlags {
}

/**
 * Bit 0, an IPv4 packet.
 */
impl Rocker_RxFlags {
    pub fn ipv4(&self) -> Ref<'_, bool> {
        self.ipv4.borrow()
    }
}

/**
 * Bit 1, an IPv6 packet.
 */
impl Rocker_RxFlags {
    pub fn ipv6(&self) -> Ref<'_, bool> {
        self.ipv6.borrow()
    }
}

/**
 * Bit 2, the checksum was calculated (RX_CSUM is valid).
 */
impl Rocker_RxFlags {
    pub fn csum_calc(&self) -> Ref<'_, bool> {
        self.csum_calc.borrow()
    }
}

/**
 * Bit 3, the IPv4 header checksum is good.
 */
impl Rocker_RxFlags {
    pub fn ipv4_csum_good(&self) -> Ref<'_, bool> {
        self.ipv4_csum_good.borrow()
    }
}

/**
 * Bit 4, an IP fragment.
 */
impl Rocker_RxFlags {
    pub fn ip_frag(&self) -> Ref<'_, bool> {
        self.ip_frag.borrow()
    }
}

/**
 * Bit 5, a TCP packet.
 */
impl Rocker_RxFlags {
    pub fn tcp(&self) -> Ref<'_, bool> {
        self.tcp.borrow()
    }
}

/**
 * Bit 6, a UDP packet.
 */
impl Rocker_RxFlags {
    pub fn udp(&self) -> Ref<'_, bool> {
        self.udp.borrow()
    }
}

/**
 * Bit 7, the TCP/UDP checksum is good.
 */
impl Rocker_RxFlags {
    pub fn tcp_udp_csum_good(&self) -> Ref<'_, bool> {
        self.tcp_udp_csum_good.borrow()
    }
}

/**
 * Bit 8, the device already forwarded the packet (the host must not).
 */
impl Rocker_RxFlags {
    pub fn fwd_offload(&self) -> Ref<'_, bool> {
        self.fwd_offload.borrow()
    }
}

/**
 * Bits 9..15, not defined.
 */
impl Rocker_RxFlags {
    pub fn reserved(&self) -> Ref<'_, u64> {
        self.reserved.borrow()
    }
}
impl Rocker_RxFlags {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A string without a terminating NUL, the whole TLV value.
 */

#[derive(Default, Debug, Clone)]
pub struct Rocker_Text {
    pub _root: SharedType<Rocker>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    value: RefCell<String>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Rocker_Text {
    type Root = Rocker;
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
        *self_rc.value.borrow_mut() = Some(bytes_to_str(&_io.read_bytes_full()?.into(), "ASCII")?);
        Ok(())
    }
}
impl Rocker_Text {
}

/**
 * The text.
 */
impl Rocker_Text {
    pub fn value(&self) -> Ref<'_, String> {
        self.value.borrow()
    }
}
impl Rocker_Text {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * Any Rocker TLV with its value left raw: a 32-bit type, a 16-bit
 * length that counts the 8-byte header, 2 bytes of padding, the value
 * and zeros up to an 8-byte boundary. The context-specific TLV types of
 * the other Rocker specs have this layout with a decoded value.
 */

#[derive(Default, Debug, Clone)]
pub struct Rocker_Tlv {
    pub _root: SharedType<Rocker>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    tlv_type: RefCell<u32>,
    len_tlv: RefCell<u16>,
    reserved: RefCell<u16>,
    value: RefCell<Vec<u8>>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Rocker_Tlv {
    type Root = Rocker;
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
        *self_rc.tlv_type.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.len_tlv.borrow_mut() = _io.read_u2le()?.into();
        if !(((*self_rc.len_tlv() as u16) >= (8 as u16))) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::LessThan, src_path: "/types/tlv/seq/1".to_string() }));
        }
        *self_rc.reserved.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.value.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
        *self_rc.padding.borrow_mut() = _io.read_bytes(modulo(((8 as i32) - (((*self_rc.len_tlv() as u16) % (8 as u16)) as i32)) as i64, 8 as i64) as usize)?.into();
        Ok(())
    }
}
impl Rocker_Tlv {
}

/**
 * The type; its meaning depends on where the TLV is.
 */
impl Rocker_Tlv {
    pub fn tlv_type(&self) -> Ref<'_, u32> {
        self.tlv_type.borrow()
    }
}

/**
 * Length of the TLV, header included.
 */
impl Rocker_Tlv {
    pub fn len_tlv(&self) -> Ref<'_, u16> {
        self.len_tlv.borrow()
    }
}

/**
 * Padding; zero.
 */
impl Rocker_Tlv {
    pub fn reserved(&self) -> Ref<'_, u16> {
        self.reserved.borrow()
    }
}

/**
 * The value, raw.
 */
impl Rocker_Tlv {
    pub fn value(&self) -> Ref<'_, Vec<u8>> {
        self.value.borrow()
    }
}

/**
 * Zeros up to an 8-byte boundary.
 */
impl Rocker_Tlv {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl Rocker_Tlv {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * An array of little-endian 32-bit numbers.
 */

#[derive(Default, Debug, Clone)]
pub struct Rocker_U4List {
    pub _root: SharedType<Rocker>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    values: RefCell<Vec<u32>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Rocker_U4List {
    type Root = Rocker;
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
        *self_rc.values.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while !_io.is_eof() {
                self_rc.values.borrow_mut().push(_io.read_u4le()?.into());
                _i += 1;
            }
        }
        Ok(())
    }
}
impl Rocker_U4List {
}

/**
 * The numbers.
 */
impl Rocker_U4List {
    pub fn values(&self) -> Ref<'_, Vec<u32>> {
        self.values.borrow()
    }
}
impl Rocker_U4List {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
