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
 * The compact form of `spapr_dynamic_memory`: runs of consecutive logical
 * memory blocks that share associativity and flags are described once. A
 * big-endian count of sets, then one 24-byte entry per set: the number of
 * LMBs, the first one's address and DRC index (the following LMBs take the
 * next addresses and indexes), the associativity list index and the flags.
 * QEMU uses it for guests that asked for it (option vector 5, byte 22,
 * bit 0).
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprDynamicMemoryV2 {
    pub _root: SharedType<SpaprDynamicMemoryV2>,
    pub _parent: SharedType<SpaprDynamicMemoryV2>,
    pub _self: SharedType<Self>,
    num_sets: RefCell<u32>,
    sets: RefCell<Vec<OptRc<SpaprDynamicMemoryV2_LmbSet>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprDynamicMemoryV2 {
    type Root = SpaprDynamicMemoryV2;
    type Parent = SpaprDynamicMemoryV2;

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
        *self_rc.num_sets.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.sets.borrow_mut() = Vec::new();
        let l_sets = *self_rc.num_sets();
        for _i in 0..l_sets {
            let t = Self::read_into::<_, SpaprDynamicMemoryV2_LmbSet>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            self_rc.sets.borrow_mut().push(t);
        }
        Ok(())
    }
}
impl SpaprDynamicMemoryV2 {
}

/**
 * Number of LMB sets.
 */
impl SpaprDynamicMemoryV2 {
    pub fn num_sets(&self) -> Ref<'_, u32> {
        self.num_sets.borrow()
    }
}

/**
 * One entry per run of LMBs, in address order.
 */
impl SpaprDynamicMemoryV2 {
    pub fn sets(&self) -> Ref<'_, Vec<OptRc<SpaprDynamicMemoryV2_LmbSet>>> {
        self.sets.borrow()
    }
}
impl SpaprDynamicMemoryV2 {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A run of LMBs with common attributes (24 bytes).
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprDynamicMemoryV2_LmbSet {
    pub _root: SharedType<SpaprDynamicMemoryV2>,
    pub _parent: SharedType<SpaprDynamicMemoryV2>,
    pub _self: SharedType<Self>,
    num_lmbs: RefCell<u32>,
    address_hi: RefCell<u32>,
    address_lo: RefCell<u32>,
    drc_index: RefCell<OptRc<Spapr_DrcIndex>>,
    associativity_index: RefCell<u32>,
    flags: RefCell<OptRc<Spapr_LmbFlags>>,
    _io: RefCell<BytesReader>,
    f_address: Cell<bool>,
    address: RefCell<u64>,
}
impl KStruct for SpaprDynamicMemoryV2_LmbSet {
    type Root = SpaprDynamicMemoryV2;
    type Parent = SpaprDynamicMemoryV2;

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
        *self_rc.address_hi.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.address_lo.borrow_mut() = _io.read_u4be()?.into();
        let t = Self::read_into::<_, Spapr_DrcIndex>(&*_io, None, None)?.into();
        *self_rc.drc_index.borrow_mut() = t;
        *self_rc.associativity_index.borrow_mut() = _io.read_u4be()?.into();
        let t = Self::read_into::<_, Spapr_LmbFlags>(&*_io, None, None)?.into();
        *self_rc.flags.borrow_mut() = t;
        Ok(())
    }
}
impl SpaprDynamicMemoryV2_LmbSet {

    /**
     * The first LMB's logical start address in bytes.
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
 * Number of consecutive LMBs in the set.
 */
impl SpaprDynamicMemoryV2_LmbSet {
    pub fn num_lmbs(&self) -> Ref<'_, u32> {
        self.num_lmbs.borrow()
    }
}

/**
 * High 32 bits of the first LMB's logical address.
 */
impl SpaprDynamicMemoryV2_LmbSet {
    pub fn address_hi(&self) -> Ref<'_, u32> {
        self.address_hi.borrow()
    }
}

/**
 * Low 32 bits of the first LMB's logical address.
 */
impl SpaprDynamicMemoryV2_LmbSet {
    pub fn address_lo(&self) -> Ref<'_, u32> {
        self.address_lo.borrow()
    }
}

/**
 * DRC index of the first LMB; the others follow it one by one.
 */
impl SpaprDynamicMemoryV2_LmbSet {
    pub fn drc_index(&self) -> Ref<'_, OptRc<Spapr_DrcIndex>> {
        self.drc_index.borrow()
    }
}

/**
 * Which list of ibm,associativity-lookup-arrays applies to the whole set.
 */
impl SpaprDynamicMemoryV2_LmbSet {
    pub fn associativity_index(&self) -> Ref<'_, u32> {
        self.associativity_index.borrow()
    }
}

/**
 * Flags of every LMB in the set.
 */
impl SpaprDynamicMemoryV2_LmbSet {
    pub fn flags(&self) -> Ref<'_, OptRc<Spapr_LmbFlags>> {
        self.flags.borrow()
    }
}
impl SpaprDynamicMemoryV2_LmbSet {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
