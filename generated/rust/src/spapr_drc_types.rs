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
 * The type of every connector listed in the ibm,drc-indexes property of the
 * same node, in the same order: a big-endian count, then NUL-terminated
 * strings: "CPU", "PHB", "SLOT" (VIO), "28" (PCI slot), "MEM" (logical
 * memory block) and, from QEMU, "PMEM" (NVDIMM). The type string agrees with
 * the type nibble of the connector's index.
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprDrcTypes {
    pub _root: SharedType<SpaprDrcTypes>,
    pub _parent: SharedType<SpaprDrcTypes>,
    pub _self: SharedType<Self>,
    num_drc_types: RefCell<u32>,
    drc_types: RefCell<Vec<String>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprDrcTypes {
    type Root = SpaprDrcTypes;
    type Parent = SpaprDrcTypes;

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
        *self_rc.num_drc_types.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.drc_types.borrow_mut() = Vec::new();
        let l_drc_types = *self_rc.num_drc_types();
        for _i in 0..l_drc_types {
            self_rc.drc_types.borrow_mut().push(bytes_to_str(&_io.read_bytes_term(0, false, true, true)?.into(), "ASCII")?);
        }
        Ok(())
    }
}
impl SpaprDrcTypes {
}

/**
 * Number of type strings (equal to the number of indexes).
 */
impl SpaprDrcTypes {
    pub fn num_drc_types(&self) -> Ref<'_, u32> {
        self.num_drc_types.borrow()
    }
}

/**
 * One NUL-terminated type string per connector.
 */
impl SpaprDrcTypes {
    pub fn drc_types(&self) -> Ref<'_, Vec<String>> {
        self.drc_types.borrow()
    }
}
impl SpaprDrcTypes {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
