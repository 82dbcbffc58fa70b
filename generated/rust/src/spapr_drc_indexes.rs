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

/**
 * The DRC index of every dynamic reconfiguration connector under a node: a
 * big-endian count, then one 32-bit index per connector. QEMU puts the
 * connectors of memory (LMB), NVDIMMs and PCI host bridges at the root, those
 * of CPU cores under /cpus, and those of PCI slots under each PHB. The n-th
 * entry of ibm,drc-names, ibm,drc-types and ibm,drc-power-domains describes
 * the connector of the n-th index here.
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprDrcIndexes {
    pub _root: SharedType<SpaprDrcIndexes>,
    pub _parent: SharedType<SpaprDrcIndexes>,
    pub _self: SharedType<Self>,
    num_drc_indexes: RefCell<u32>,
    drc_indexes: RefCell<Vec<OptRc<Spapr_DrcIndex>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprDrcIndexes {
    type Root = SpaprDrcIndexes;
    type Parent = SpaprDrcIndexes;

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
        *self_rc.num_drc_indexes.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.drc_indexes.borrow_mut() = Vec::new();
        let l_drc_indexes = *self_rc.num_drc_indexes();
        for _i in 0..l_drc_indexes {
            let t = Self::read_into::<_, Spapr_DrcIndex>(&*_io, None, None)?.into();
            self_rc.drc_indexes.borrow_mut().push(t);
        }
        Ok(())
    }
}
impl SpaprDrcIndexes {
}

/**
 * Number of connectors.
 */
impl SpaprDrcIndexes {
    pub fn num_drc_indexes(&self) -> Ref<'_, u32> {
        self.num_drc_indexes.borrow()
    }
}

/**
 * One index per connector, unique in the machine.
 */
impl SpaprDrcIndexes {
    pub fn drc_indexes(&self) -> Ref<'_, Vec<OptRc<Spapr_DrcIndex>>> {
        self.drc_indexes.borrow()
    }
}
impl SpaprDrcIndexes {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
