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
use super::vhost_user_inflight::VhostUserInflight_QueueRegionPacked;

/**
 * The in-flight tracking buffer as a back-end makes it when the front-end
 * set RING_PACKED before asking for it (GET_INFLIGHT_FD): one packed-queue
 * region per queue, back to back, each a 32-byte header and a 32-byte
 * entry per descriptor, rounded up to 64 bytes. The region's layout is
 * `queue_region_packed` of `vhost_user_inflight.ksy`, which this spec
 * imports; nothing in the bytes tells a packed buffer from a split one
 * (the features decide), so this spec is the packed buffer's top level and
 * `vhost_user_inflight` the split one's.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserInflightPacked {
    pub _root: SharedType<VhostUserInflightPacked>,
    pub _parent: SharedType<VhostUserInflightPacked>,
    pub _self: SharedType<Self>,
    queues: RefCell<Vec<OptRc<VhostUserInflight_QueueRegionPacked>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUserInflightPacked {
    type Root = VhostUserInflightPacked;
    type Parent = VhostUserInflightPacked;

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
        *self_rc.queues.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while !_io.is_eof() {
                let t = Self::read_into::<_, VhostUserInflight_QueueRegionPacked>(&*_io, None, None)?.into();
                self_rc.queues.borrow_mut().push(t);
                _i += 1;
            }
        }
        Ok(())
    }
}
impl VhostUserInflightPacked {
}

/**
 * One region per queue, in queue order.
 */
impl VhostUserInflightPacked {
    pub fn queues(&self) -> Ref<'_, Vec<OptRc<VhostUserInflight_QueueRegionPacked>>> {
        self.queues.borrow()
    }
}
impl VhostUserInflightPacked {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
