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
 * The name of every connector listed in the ibm,drc-indexes property of the
 * same node, in the same order: a big-endian count, then NUL-terminated
 * strings. Logical resources are named by type and number ("CPU 3",
 * "LMB 12", "PHB 0", "PMEM 1"); PCI and VIO slots by a location label
 * ("C<n>").
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprDrcNames {
    pub _root: SharedType<SpaprDrcNames>,
    pub _parent: SharedType<SpaprDrcNames>,
    pub _self: SharedType<Self>,
    num_names: RefCell<u32>,
    names: RefCell<Vec<String>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprDrcNames {
    type Root = SpaprDrcNames;
    type Parent = SpaprDrcNames;

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
        *self_rc.num_names.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.names.borrow_mut() = Vec::new();
        let l_names = *self_rc.num_names();
        for _i in 0..l_names {
            self_rc.names.borrow_mut().push(bytes_to_str(&_io.read_bytes_term(0, false, true, true)?.into(), "ASCII")?);
        }
        Ok(())
    }
}
impl SpaprDrcNames {
}

/**
 * Number of names (equal to the number of indexes).
 */
impl SpaprDrcNames {
    pub fn num_names(&self) -> Ref<'_, u32> {
        self.num_names.borrow()
    }
}

/**
 * One NUL-terminated name per connector.
 */
impl SpaprDrcNames {
    pub fn names(&self) -> Ref<'_, Vec<String>> {
        self.names.borrow()
    }
}
impl SpaprDrcNames {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
