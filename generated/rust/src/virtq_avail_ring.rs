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
 * The ring in which the driver offers descriptor chains to the device
 * (see `virtq_desc_table` for the whole split queue). The driver writes
 * the head index of a chain into `entries[idx % N]` (`ring` in the virtio spec), then (after a write
 * barrier) increments `idx`, a free-running 16-bit counter. The device
 * remembers how far it has read (its last available index, which
 * vhost-user's SET/GET_VRING_BASE carry) and processes entries until it
 * reaches `idx`.
 * 
 * `used_event` exists only with the EVENT_IDX feature: the driver asks to
 * be notified once the device's used index passes this value. Without
 * EVENT_IDX the `no_interrupt` flag is the driver's (advisory) way to ask
 * for no notifications.
 * 
 * The top level reads a whole ring; the number of entries follows from
 * the input size (6 + 2 * N bytes, used_event included).
 * \sa Virtio 1.2, section 2.7.6 "The Virtqueue Available Ring"
 */

#[derive(Default, Debug, Clone)]
pub struct VirtqAvailRing {
    pub _root: SharedType<VirtqAvailRing>,
    pub _parent: SharedType<VirtqAvailRing>,
    pub _self: SharedType<Self>,
    flags: RefCell<OptRc<VirtqAvailRing_AvailFlags>>,
    idx: RefCell<u16>,
    entries: RefCell<Vec<u16>>,
    used_event: RefCell<u16>,
    _io: RefCell<BytesReader>,
    f_num_entries: Cell<bool>,
    num_entries: RefCell<i32>,
}
impl KStruct for VirtqAvailRing {
    type Root = VirtqAvailRing;
    type Parent = VirtqAvailRing;

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
        let t = Self::read_into::<_, VirtqAvailRing_AvailFlags>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.flags.borrow_mut() = t;
        *self_rc.idx.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.entries.borrow_mut() = Vec::new();
        let l_entries = *self_rc.num_entries()?;
        for _i in 0..l_entries {
            self_rc.entries.borrow_mut().push(_io.read_u2le()?.into());
        }
        *self_rc.used_event.borrow_mut() = _io.read_u2le()?.into();
        Ok(())
    }
}
impl VirtqAvailRing {

    /**
     * The queue size N.
     */
    pub fn num_entries(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_num_entries.get() {
            return Ok(self.num_entries.borrow());
        }
        self.f_num_entries.set(true);
        *self.num_entries.borrow_mut() = (((((_io.size() as i32) - (6 as i32)) as i32) / (2 as i32))) as i32;
        Ok(self.num_entries.borrow())
    }
}

/**
 * Notification suppression flag.
 */
impl VirtqAvailRing {
    pub fn flags(&self) -> Ref<'_, OptRc<VirtqAvailRing_AvailFlags>> {
        self.flags.borrow()
    }
}

/**
 * Where the driver puts the next entry (modulo the queue size); free-running.
 */
impl VirtqAvailRing {
    pub fn idx(&self) -> Ref<'_, u16> {
        self.idx.borrow()
    }
}

/**
 * Head descriptor indexes of available chains.
 */
impl VirtqAvailRing {
    pub fn entries(&self) -> Ref<'_, Vec<u16>> {
        self.entries.borrow()
    }
}

/**
 * With EVENT_IDX, notify the driver when the used index passes this value.
 */
impl VirtqAvailRing {
    pub fn used_event(&self) -> Ref<'_, u16> {
        self.used_event.borrow()
    }
}
impl VirtqAvailRing {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The 16-bit available ring flags.
 * \sa Virtio 1.2, section 2.7.6 "The Virtqueue Available Ring"
 */

#[derive(Default, Debug, Clone)]
pub struct VirtqAvailRing_AvailFlags {
    pub _root: SharedType<VirtqAvailRing>,
    pub _parent: SharedType<VirtqAvailRing>,
    pub _self: SharedType<Self>,
    no_interrupt: RefCell<bool>,
    reserved: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VirtqAvailRing_AvailFlags {
    type Root = VirtqAvailRing;
    type Parent = VirtqAvailRing;

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
        *self_rc.no_interrupt.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved.borrow_mut() = _io.read_bits_int_le(15)?;
        Ok(())
    }
}
impl VirtqAvailRing_AvailFlags {
}

/**
 * Bit 0, the driver does not want to be notified of used buffers (without EVENT_IDX).
 */
impl VirtqAvailRing_AvailFlags {
    pub fn no_interrupt(&self) -> Ref<'_, bool> {
        self.no_interrupt.borrow()
    }
}

/**
 * Not defined; zero.
 */
impl VirtqAvailRing_AvailFlags {
    pub fn reserved(&self) -> Ref<'_, u64> {
        self.reserved.borrow()
    }
}
impl VirtqAvailRing_AvailFlags {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
