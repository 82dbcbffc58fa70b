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
 * The power domain of every connector listed in the ibm,drc-indexes
 * property of the same node, in the same order: a big-endian count, then
 * one signed 32-bit domain per connector. QEMU puts every connector in the
 * "live insertion" domain -1, whose power the platform manages itself.
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprDrcPowerDomains {
    pub _root: SharedType<SpaprDrcPowerDomains>,
    pub _parent: SharedType<SpaprDrcPowerDomains>,
    pub _self: SharedType<Self>,
    num_power_domains: RefCell<u32>,
    power_domains: RefCell<Vec<i32>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprDrcPowerDomains {
    type Root = SpaprDrcPowerDomains;
    type Parent = SpaprDrcPowerDomains;

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
        *self_rc.num_power_domains.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.power_domains.borrow_mut() = Vec::new();
        let l_power_domains = *self_rc.num_power_domains();
        for _i in 0..l_power_domains {
            self_rc.power_domains.borrow_mut().push(_io.read_s4be()?.into());
        }
        Ok(())
    }
}
impl SpaprDrcPowerDomains {
}

/**
 * Number of entries (equal to the number of indexes).
 */
impl SpaprDrcPowerDomains {
    pub fn num_power_domains(&self) -> Ref<'_, u32> {
        self.num_power_domains.borrow()
    }
}

/**
 * Power domain of each connector; -1 for live insertion (all of QEMU's).
 */
impl SpaprDrcPowerDomains {
    pub fn power_domains(&self) -> Ref<'_, Vec<i32>> {
        self.power_domains.borrow()
    }
}
impl SpaprDrcPowerDomains {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
