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
use super::spapr::Spapr_DrcIndex;
use super::spapr::Spapr_LmbFlags;

/**
 * Every dynamically reconfigurable logical memory block (LMB) of the guest,
 * a property of the /ibm,dynamic-reconfiguration-memory node: a big-endian
 * count, then one 24-byte entry per LMB with its address, DRC index,
 * associativity list index and flags. The LMB size is in that node's
 * ibm,lmb-size property (256 MiB from QEMU).
 * 
 * QEMU builds the node only for a guest that asked for it through
 * client-architecture-support (option vector 5, byte 2, bit 2) and did not
 * ask for version 2 (`spapr_dynamic_memory_v2`). It lists every LMB from
 * address 0 to the end of its hotplug memory region: boot memory with the
 * reserved and DRC-invalid flags and DRC index 0, hotplug memory with its
 * LMB connector's index, assigned when a DIMM is plugged there, and the
 * associativity index 0xffffffff when it is not.
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprDynamicMemory {
    pub _root: SharedType<SpaprDynamicMemory>,
    pub _parent: SharedType<SpaprDynamicMemory>,
    pub _self: SharedType<Self>,
    num_lmbs: RefCell<u32>,
    lmbs: RefCell<Vec<OptRc<SpaprDynamicMemory_Lmb>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprDynamicMemory {
    type Root = SpaprDynamicMemory;
    type Parent = SpaprDynamicMemory;

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
        *self_rc.num_lmbs.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.lmbs.borrow_mut() = Vec::new();
        let l_lmbs = *self_rc.num_lmbs();
        for _i in 0..l_lmbs {
            let t = Self::read_into::<_, SpaprDynamicMemory_Lmb>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            self_rc.lmbs.borrow_mut().push(t);
        }
        Ok(())
    }
}
impl SpaprDynamicMemory {
}

/**
 * Number of LMB entries.
 */
impl SpaprDynamicMemory {
    pub fn num_lmbs(&self) -> Ref<'_, u32> {
        self.num_lmbs.borrow()
    }
}

/**
 * One entry per LMB, in address order.
 */
impl SpaprDynamicMemory {
    pub fn lmbs(&self) -> Ref<'_, Vec<OptRc<SpaprDynamicMemory_Lmb>>> {
        self.lmbs.borrow()
    }
}
impl SpaprDynamicMemory {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One logical memory block (24 bytes).
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprDynamicMemory_Lmb {
    pub _root: SharedType<SpaprDynamicMemory>,
    pub _parent: SharedType<SpaprDynamicMemory>,
    pub _self: SharedType<Self>,
    address_hi: RefCell<u32>,
    address_lo: RefCell<u32>,
    drc_index: RefCell<OptRc<Spapr_DrcIndex>>,
    reserved: RefCell<u32>,
    associativity_index: RefCell<u32>,
    flags: RefCell<OptRc<Spapr_LmbFlags>>,
    _io: RefCell<BytesReader>,
    f_address: Cell<bool>,
    address: RefCell<u64>,
}
impl KStruct for SpaprDynamicMemory_Lmb {
    type Root = SpaprDynamicMemory;
    type Parent = SpaprDynamicMemory;

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
        *self_rc.address_hi.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.address_lo.borrow_mut() = _io.read_u4be()?.into();
        let t = Self::read_into::<_, Spapr_DrcIndex>(&*_io, None, None)?.into();
        *self_rc.drc_index.borrow_mut() = t;
        *self_rc.reserved.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.associativity_index.borrow_mut() = _io.read_u4be()?.into();
        let t = Self::read_into::<_, Spapr_LmbFlags>(&*_io, None, None)?.into();
        *self_rc.flags.borrow_mut() = t;
        Ok(())
    }
}
impl SpaprDynamicMemory_Lmb {

    /**
     * The LMB's logical start address in bytes.
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
        *self.address.borrow_mut() = (((((((*self.address_hi() as i64) as i32) * (4294967296 as i32)) as i32) + ((*self.address_lo() as i64) as i32)) as u64)) as u64;
        Ok(self.address.borrow())
    }
}

/**
 * High 32 bits of the LMB's logical start address (its /memory node's reg).
 */
impl SpaprDynamicMemory_Lmb {
    pub fn address_hi(&self) -> Ref<'_, u32> {
        self.address_hi.borrow()
    }
}

/**
 * Low 32 bits of the start address.
 */
impl SpaprDynamicMemory_Lmb {
    pub fn address_lo(&self) -> Ref<'_, u32> {
        self.address_lo.borrow()
    }
}

/**
 * Index of the LMB's connector (its ibm,my-drc-index); 0 for boot memory in QEMU.
 */
impl SpaprDynamicMemory_Lmb {
    pub fn drc_index(&self) -> Ref<'_, OptRc<Spapr_DrcIndex>> {
        self.drc_index.borrow()
    }
}

/**
 * Reserved for expansion; zero.
 */
impl SpaprDynamicMemory_Lmb {
    pub fn reserved(&self) -> Ref<'_, u32> {
        self.reserved.borrow()
    }
}

/**
 * Which list of ibm,associativity-lookup-arrays applies; 0xffffffff when unassigned (QEMU).
 */
impl SpaprDynamicMemory_Lmb {
    pub fn associativity_index(&self) -> Ref<'_, u32> {
        self.associativity_index.borrow()
    }
}

/**
 * Flags; `assigned` tells whether the LMB is the partition's at boot.
 */
impl SpaprDynamicMemory_Lmb {
    pub fn flags(&self) -> Ref<'_, OptRc<Spapr_LmbFlags>> {
        self.flags.borrow()
    }
}
impl SpaprDynamicMemory_Lmb {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
