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
use super::spapr::Spapr_RtasStatus;

/**
 * The block in guest memory that an RTAS call works on, whose address the
 * guest's RTAS stub passes in r4 of the H_RTAS hypercall (0xf000): the
 * call's token (from the /rtas node of the device tree, such as
 * `get-sensor-state`), the number of arguments and of return values, the
 * arguments, then room for the return values, which QEMU fills in (the
 * first is the status, `spapr::rtas_status`). All words are big-endian.
 * H_RTAS itself answers H_SUCCESS once the call ran, or H_PARAMETER for an
 * unknown token.
 * \sa https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html#h-rtas-0xf000 Source
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprRtasArgs {
    pub _root: SharedType<SpaprRtasArgs>,
    pub _parent: SharedType<SpaprRtasArgs>,
    pub _self: SharedType<Self>,
    token: RefCell<u32>,
    num_args: RefCell<u32>,
    num_rets: RefCell<u32>,
    args: RefCell<Vec<u32>>,
    status: RefCell<Spapr_RtasStatus>,
    rets: RefCell<Vec<i32>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprRtasArgs {
    type Root = SpaprRtasArgs;
    type Parent = SpaprRtasArgs;

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
        *self_rc.token.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.num_args.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.num_rets.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.args.borrow_mut() = Vec::new();
        let l_args = *self_rc.num_args();
        for _i in 0..l_args {
            self_rc.args.borrow_mut().push(_io.read_u4be()?.into());
        }
        if ((*self_rc.num_rets() as u32) > (0 as u32)) {
            *self_rc.status.borrow_mut() = (_io.read_s4be()? as i64).try_into()?;
        }
        if ((*self_rc.num_rets() as u32) > (1 as u32)) {
            *self_rc.rets.borrow_mut() = Vec::new();
            let l_rets = ((*self_rc.num_rets() as u32) - (1 as u32));
            for _i in 0..l_rets {
                self_rc.rets.borrow_mut().push(_io.read_s4be()?.into());
            }
        }
        Ok(())
    }
}
impl SpaprRtasArgs {
}

/**
 * Which RTAS call; the value of its property in /rtas.
 */
impl SpaprRtasArgs {
    pub fn token(&self) -> Ref<'_, u32> {
        self.token.borrow()
    }
}

/**
 * Number of argument words.
 */
impl SpaprRtasArgs {
    pub fn num_args(&self) -> Ref<'_, u32> {
        self.num_args.borrow()
    }
}

/**
 * Number of return words.
 */
impl SpaprRtasArgs {
    pub fn num_rets(&self) -> Ref<'_, u32> {
        self.num_rets.borrow()
    }
}

/**
 * The arguments.
 */
impl SpaprRtasArgs {
    pub fn args(&self) -> Ref<'_, Vec<u32>> {
        self.args.borrow()
    }
}

/**
 * The first return value, the call's status.
 */
impl SpaprRtasArgs {
    pub fn status(&self) -> Ref<'_, Spapr_RtasStatus> {
        self.status.borrow()
    }
}

/**
 * The other return values.
 */
impl SpaprRtasArgs {
    pub fn rets(&self) -> Ref<'_, Vec<i32>> {
        self.rets.borrow()
    }
}
impl SpaprRtasArgs {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
