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
 * The NUMA associativity lists of dynamically reconfigurable memory, a
 * property of /ibm,dynamic-reconfiguration-memory: the number of lists M,
 * the number of 32-bit entries per list N, then M lists of N entries. An
 * LMB's entry in ibm,dynamic-memory names its list by index (0..M-1).
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprAssociativityLookupArrays {
    pub _root: SharedType<SpaprAssociativityLookupArrays>,
    pub _parent: SharedType<SpaprAssociativityLookupArrays>,
    pub _self: SharedType<Self>,
    num_lists: RefCell<u32>,
    len_list: RefCell<u32>,
    lists: RefCell<Vec<OptRc<SpaprAssociativityLookupArrays_AssociativityList>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprAssociativityLookupArrays {
    type Root = SpaprAssociativityLookupArrays;
    type Parent = SpaprAssociativityLookupArrays;

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
        *self_rc.num_lists.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.len_list.borrow_mut() = _io.read_u4be()?.into();
        let _tmpa = *self_rc.len_list();
        if !( ((((*self_rc.num_lists() as i32) <= (65536 as i32))) && ((((((_tmpa as i64) as i64) * ((*self_rc.num_lists() as i64) as i64)) as i32) * (4 as i32)) <= ((_io.size() as i32) - (_io.pos() as i32)))) ) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::Expr, src_path: "/seq/1".to_string() }));
        }
        *self_rc.lists.borrow_mut() = Vec::new();
        let l_lists = *self_rc.num_lists();
        for _i in 0..l_lists {
            let t = Self::read_into::<_, SpaprAssociativityLookupArrays_AssociativityList>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            self_rc.lists.borrow_mut().push(t);
        }
        Ok(())
    }
}
impl SpaprAssociativityLookupArrays {
}

/**
 * Number of associativity lists (M).
 */
impl SpaprAssociativityLookupArrays {
    pub fn num_lists(&self) -> Ref<'_, u32> {
        self.num_lists.borrow()
    }
}

/**
 * Number of 32-bit entries in each list (N). The lists must fit in
 * what follows (and there are at most 65536 of them), so that a bad
 * count is refused before anything is read.
 */
impl SpaprAssociativityLookupArrays {
    pub fn len_list(&self) -> Ref<'_, u32> {
        self.len_list.borrow()
    }
}

/**
 * The M lists.
 */
impl SpaprAssociativityLookupArrays {
    pub fn lists(&self) -> Ref<'_, Vec<OptRc<SpaprAssociativityLookupArrays_AssociativityList>>> {
        self.lists.borrow()
    }
}
impl SpaprAssociativityLookupArrays {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One associativity list (N 32-bit domain numbers, most general first).
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprAssociativityLookupArrays_AssociativityList {
    pub _root: SharedType<SpaprAssociativityLookupArrays>,
    pub _parent: SharedType<SpaprAssociativityLookupArrays>,
    pub _self: SharedType<Self>,
    domains: RefCell<Vec<u32>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprAssociativityLookupArrays_AssociativityList {
    type Root = SpaprAssociativityLookupArrays;
    type Parent = SpaprAssociativityLookupArrays;

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
        *self_rc.domains.borrow_mut() = Vec::new();
        let l_domains = *_prc.as_ref().unwrap().len_list();
        for _i in 0..l_domains {
            self_rc.domains.borrow_mut().push(_io.read_u4be()?.into());
        }
        Ok(())
    }
}
impl SpaprAssociativityLookupArrays_AssociativityList {
}

/**
 * The associativity domain at each level.
 */
impl SpaprAssociativityLookupArrays_AssociativityList {
    pub fn domains(&self) -> Ref<'_, Vec<u32>> {
        self.domains.borrow()
    }
}
impl SpaprAssociativityLookupArrays_AssociativityList {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
