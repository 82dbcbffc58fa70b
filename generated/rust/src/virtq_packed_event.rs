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
 * Each side of a packed virtqueue (see `virtq_packed_ring`) has one of
 * these 4-byte structures and says in it when it wants to hear from the
 * other side: the driver's (what vhost-user's SET_VRING_ADDR calls the
 * available ring) says when the device should notify (interrupt), the
 * device's (the "used ring" address) says when the driver should kick.
 * 
 * With `mode` enable every buffer is signalled, with disable none; with
 * desc (only when VIRTIO_F_EVENT_IDX was negotiated) a signal is wanted
 * once the other side has gone past the slot `offset` in the lap whose
 * wrap counter is `wrap`. The reader decides after a full memory barrier.
 * \sa Virtio 1.2, section 2.8.14 "Event Suppression Structure Format"
 */

#[derive(Default, Debug, Clone)]
pub struct VirtqPackedEvent {
    pub _root: SharedType<VirtqPackedEvent>,
    pub _parent: SharedType<VirtqPackedEvent>,
    pub _self: SharedType<Self>,
    offset: RefCell<u64>,
    wrap: RefCell<bool>,
    mode: RefCell<VirtqPackedEvent_EventMode>,
    reserved: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VirtqPackedEvent {
    type Root = VirtqPackedEvent;
    type Parent = VirtqPackedEvent;

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
        *self_rc.offset.borrow_mut() = _io.read_bits_int_le(15)?;
        *self_rc.wrap.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.mode.borrow_mut() = (_io.read_bits_int_le(2)? as i64).try_into()?;
        *self_rc.reserved.borrow_mut() = _io.read_bits_int_le(14)?;
        Ok(())
    }
}
impl VirtqPackedEvent {
}

/**
 * Desc mode, the slot the writer wants to hear about.
 */
impl VirtqPackedEvent {
    pub fn offset(&self) -> Ref<'_, u64> {
        self.offset.borrow()
    }
}

/**
 * Desc mode, the wrap counter of the lap in which `offset` is meant.
 */
impl VirtqPackedEvent {
    pub fn wrap(&self) -> Ref<'_, bool> {
        self.wrap.borrow()
    }
}

/**
 * Enable, disable or desc.
 */
impl VirtqPackedEvent {
    pub fn mode(&self) -> Ref<'_, VirtqPackedEvent_EventMode> {
        self.mode.borrow()
    }
}

/**
 * Not defined; zero.
 */
impl VirtqPackedEvent {
    pub fn reserved(&self) -> Ref<'_, u64> {
        self.reserved.borrow()
    }
}
impl VirtqPackedEvent {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum VirtqPackedEvent_EventMode {

    /**
     * Signal every buffer.
     */
    Enable,

    /**
     * Signal nothing.
     */
    Disable,

    /**
     * Signal when the other side reaches offset and wrap (EVENT_IDX).
     */
    Desc,

    /**
     * Not defined.
     */
    Reserved,
    Unknown(i64),
}

impl TryFrom<i64> for VirtqPackedEvent_EventMode {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VirtqPackedEvent_EventMode> {
        match flag {
            0 => Ok(VirtqPackedEvent_EventMode::Enable),
            1 => Ok(VirtqPackedEvent_EventMode::Disable),
            2 => Ok(VirtqPackedEvent_EventMode::Desc),
            3 => Ok(VirtqPackedEvent_EventMode::Reserved),
            _ => Ok(VirtqPackedEvent_EventMode::Unknown(flag)),
        }
    }
}

impl From<&VirtqPackedEvent_EventMode> for i64 {
    fn from(v: &VirtqPackedEvent_EventMode) -> Self {
        match *v {
            VirtqPackedEvent_EventMode::Enable => 0,
            VirtqPackedEvent_EventMode::Disable => 1,
            VirtqPackedEvent_EventMode::Desc => 2,
            VirtqPackedEvent_EventMode::Reserved => 3,
            VirtqPackedEvent_EventMode::Unknown(v) => v
        }
    }
}

impl Default for VirtqPackedEvent_EventMode {
    fn default() -> Self { VirtqPackedEvent_EventMode::Unknown(0) }
}

