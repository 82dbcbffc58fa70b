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
 * The 256-byte register block of QEMU's inter-VM shared memory device
 * (ivshmem), which the guest finds behind PCI BAR0. Only the first 16 bytes
 * hold registers; every register is 32 bits wide, little-endian, and QEMU
 * answers only 4-byte accesses.
 * 
 * | offset | register | access | after reset |
 * |---|---|---|---|
 * | 0 | interrupt mask | read/write | 0 |
 * | 4 | interrupt status | read/write, reading clears it | 0 |
 * | 8 | IVPosition | read-only | 0 or the device's ID |
 * | 12 | doorbell | write-only | - |
 * | 16..255 | reserved | - | - |
 * 
 * Revision 1 (QEMU 2.6 and later) and revision 0 differ in two ways. In
 * revision 0, bit 0 of interrupt status and interrupt mask drive the legacy
 * INTx interrupt of a device without MSI-X: a peer's interrupt sets the
 * status bit, INTx is raised while status AND mask is non-zero, and reading
 * status clears it. Revision 1 keeps these bits reserved. In revision 0,
 * IVPosition could read -1 for a short time after reset, until the ivshmem
 * server had sent the shared memory; in revision 1 it is never negative.
 * 
 * A doorbell write is dropped when the device has no interrupts (the
 * ivshmem-plain variant), when its setup by the server is not complete, or
 * when the addressed peer or vector is not connected; the guest cannot tell.
 * 
 * Reads of the write-only doorbell and of the reserved bytes give zero in
 * QEMU, so a dump of a live device shows zeros there.
 * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers Source
 */

#[derive(Default, Debug, Clone)]
pub struct IvshmemRegs {
    pub _root: SharedType<IvshmemRegs>,
    pub _parent: SharedType<IvshmemRegs>,
    pub _self: SharedType<Self>,
    interrupt_mask: RefCell<OptRc<IvshmemRegs_InterruptBits>>,
    interrupt_status: RefCell<OptRc<IvshmemRegs_InterruptBits>>,
    iv_position: RefCell<i32>,
    doorbell: RefCell<OptRc<IvshmemRegs_Doorbell>>,
    reserved: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    f_has_position: Cell<bool>,
    has_position: RefCell<bool>,
}
impl KStruct for IvshmemRegs {
    type Root = IvshmemRegs;
    type Parent = IvshmemRegs;

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
        let t = Self::read_into::<_, IvshmemRegs_InterruptBits>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.interrupt_mask.borrow_mut() = t;
        let t = Self::read_into::<_, IvshmemRegs_InterruptBits>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.interrupt_status.borrow_mut() = t;
        *self_rc.iv_position.borrow_mut() = _io.read_s4le()?.into();
        let t = Self::read_into::<_, IvshmemRegs_Doorbell>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.doorbell.borrow_mut() = t;
        *self_rc.reserved.borrow_mut() = _io.read_bytes(240 as usize)?.into();
        Ok(())
    }
}
impl IvshmemRegs {

    /**
     * True once the device knows its ID (always on revision 1; on
     * revision 0 guests waited for this before touching BAR2).
     */
    pub fn has_position(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_has_position.get() {
            return Ok(self.has_position.borrow());
        }
        self.f_has_position.set(true);
        *self.has_position.borrow_mut() = (((*self.iv_position() as i32) >= (0 as i32))) as bool;
        Ok(self.has_position.borrow())
    }
}

/**
 * Which interrupt sources may raise INTx (revision 0 only; reserved in
 * revision 1).
 */
impl IvshmemRegs {
    pub fn interrupt_mask(&self) -> Ref<'_, OptRc<IvshmemRegs_InterruptBits>> {
        self.interrupt_mask.borrow()
    }
}

/**
 * Interrupt sources that are pending (revision 0 only; reserved in
 * revision 1). Reading the register clears it.
 */
impl IvshmemRegs {
    pub fn interrupt_status(&self) -> Ref<'_, OptRc<IvshmemRegs_InterruptBits>> {
        self.interrupt_status.borrow()
    }
}

/**
 * The device's peer ID (0..65535), as the ivshmem server assigned it.
 * Zero when the device has no interrupts; -1 on revision 0 devices until
 * the server sent the shared memory.
 */
impl IvshmemRegs {
    pub fn iv_position(&self) -> Ref<'_, i32> {
        self.iv_position.borrow()
    }
}

/**
 * Written by the guest to interrupt a peer; reads give zero.
 */
impl IvshmemRegs {
    pub fn doorbell(&self) -> Ref<'_, OptRc<IvshmemRegs_Doorbell>> {
        self.doorbell.borrow()
    }
}

/**
 * Bytes 16..255 of the BAR, not defined; QEMU reads them as zero.
 */
impl IvshmemRegs {
    pub fn reserved(&self) -> Ref<'_, Vec<u8>> {
        self.reserved.borrow()
    }
}
impl IvshmemRegs {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum IvshmemRegs_Offsets {

    /**
     * Interrupt mask register.
     */
    InterruptMask,

    /**
     * Interrupt status register.
     */
    InterruptStatus,

    /**
     * IVPosition register.
     */
    IvPosition,

    /**
     * Doorbell register.
     */
    Doorbell,
    Unknown(i64),
}

impl TryFrom<i64> for IvshmemRegs_Offsets {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<IvshmemRegs_Offsets> {
        match flag {
            0 => Ok(IvshmemRegs_Offsets::InterruptMask),
            4 => Ok(IvshmemRegs_Offsets::InterruptStatus),
            8 => Ok(IvshmemRegs_Offsets::IvPosition),
            12 => Ok(IvshmemRegs_Offsets::Doorbell),
            _ => Ok(IvshmemRegs_Offsets::Unknown(flag)),
        }
    }
}

impl From<&IvshmemRegs_Offsets> for i64 {
    fn from(v: &IvshmemRegs_Offsets) -> Self {
        match *v {
            IvshmemRegs_Offsets::InterruptMask => 0,
            IvshmemRegs_Offsets::InterruptStatus => 4,
            IvshmemRegs_Offsets::IvPosition => 8,
            IvshmemRegs_Offsets::Doorbell => 12,
            IvshmemRegs_Offsets::Unknown(v) => v
        }
    }
}

impl Default for IvshmemRegs_Offsets {
    fn default() -> Self { IvshmemRegs_Offsets::Unknown(0) }
}


/**
 * The value written to the doorbell register: which peer to interrupt
 * (high 16 bits) and on which of its interrupt vectors (low 16 bits).
 * The device writes the number 1 to the eventfd it holds for that peer
 * and vector; the peer then raises that MSI-X vector (or, on a
 * revision 0 device without MSI-X, sets its interrupt status).
 * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers Source
 */

#[derive(Default, Debug, Clone)]
pub struct IvshmemRegs_Doorbell {
    pub _root: SharedType<IvshmemRegs>,
    pub _parent: SharedType<IvshmemRegs>,
    pub _self: SharedType<Self>,
    vector: RefCell<u16>,
    peer_id: RefCell<u16>,
    _io: RefCell<BytesReader>,
}
impl KStruct for IvshmemRegs_Doorbell {
    type Root = IvshmemRegs;
    type Parent = IvshmemRegs;

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
        *self_rc.vector.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.peer_id.borrow_mut() = _io.read_u2le()?.into();
        Ok(())
    }
}
impl IvshmemRegs_Doorbell {
}

/**
 * Bits 0..15, the interrupt vector of the peer to signal.
 */
impl IvshmemRegs_Doorbell {
    pub fn vector(&self) -> Ref<'_, u16> {
        self.vector.borrow()
    }
}

/**
 * Bits 16..31, the ID of the peer to interrupt.
 */
impl IvshmemRegs_Doorbell {
    pub fn peer_id(&self) -> Ref<'_, u16> {
        self.peer_id.borrow()
    }
}
impl IvshmemRegs_Doorbell {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The bits of the interrupt mask and interrupt status registers. Only
 * bit 0 is defined, and only in revision 0; software keeps the other
 * bits as it found them.
 * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers Source
 */

#[derive(Default, Debug, Clone)]
pub struct IvshmemRegs_InterruptBits {
    pub _root: SharedType<IvshmemRegs>,
    pub _parent: SharedType<IvshmemRegs>,
    pub _self: SharedType<Self>,
    peer_interrupt: RefCell<bool>,
    reserved: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for IvshmemRegs_InterruptBits {
    type Root = IvshmemRegs;
    type Parent = IvshmemRegs;

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
        *self_rc.peer_interrupt.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved.borrow_mut() = _io.read_bits_int_le(31)?;
        Ok(())
    }
}
impl IvshmemRegs_InterruptBits {
}

/**
 * Bit 0, an interrupt request from a peer (revision 0).
 */
impl IvshmemRegs_InterruptBits {
    pub fn peer_interrupt(&self) -> Ref<'_, bool> {
        self.peer_interrupt.borrow()
    }
}

/**
 * Bits 1..31, not defined.
 */
impl IvshmemRegs_InterruptBits {
    pub fn reserved(&self) -> Ref<'_, u64> {
        self.reserved.borrow()
    }
}
impl IvshmemRegs_InterruptBits {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
