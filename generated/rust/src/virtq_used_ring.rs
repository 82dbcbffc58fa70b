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
 * The ring in which the device returns chains it has finished with (see
 * `virtq_desc_table` for the whole split queue). The device writes the
 * head index and the number of bytes it wrote into the chain's writable
 * buffers to `entries[idx % N]` (`ring` in the virtio spec), then (after a write barrier) increments
 * `idx`, and then decides whether to notify the driver (after a full
 * barrier, reading `used_event` or the `no_interrupt` flag of the
 * available ring).
 * 
 * `avail_event` exists only with the EVENT_IDX feature: the device asks
 * to be kicked once the driver's available index passes this value.
 * Without it, the `no_notify` flag is the device's (advisory) way to ask
 * for no kicks.
 * 
 * The top level reads a whole ring; the number of entries follows from
 * the input size (6 + 8 * N bytes, avail_event included).
 * \sa Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring"
 */

#[derive(Default, Debug, Clone)]
pub struct VirtqUsedRing {
    pub _root: SharedType<VirtqUsedRing>,
    pub _parent: SharedType<VirtqUsedRing>,
    pub _self: SharedType<Self>,
    flags: RefCell<OptRc<VirtqUsedRing_UsedFlags>>,
    idx: RefCell<u16>,
    entries: RefCell<Vec<OptRc<VirtqUsedRing_UsedElem>>>,
    avail_event: RefCell<u16>,
    _io: RefCell<BytesReader>,
    f_num_entries: Cell<bool>,
    num_entries: RefCell<i32>,
}
impl KStruct for VirtqUsedRing {
    type Root = VirtqUsedRing;
    type Parent = VirtqUsedRing;

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
        let t = Self::read_into::<_, VirtqUsedRing_UsedFlags>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.flags.borrow_mut() = t;
        *self_rc.idx.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.entries.borrow_mut() = Vec::new();
        let l_entries = *self_rc.num_entries()?;
        for _i in 0..l_entries {
            let t = Self::read_into::<_, VirtqUsedRing_UsedElem>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            self_rc.entries.borrow_mut().push(t);
        }
        *self_rc.avail_event.borrow_mut() = _io.read_u2le()?.into();
        Ok(())
    }
}
impl VirtqUsedRing {

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
        *self.num_entries.borrow_mut() = (((((_io.size() as i32) - (6 as i32)) as i32) / (8 as i32))) as i32;
        Ok(self.num_entries.borrow())
    }
}

/**
 * Notification suppression flag.
 */
impl VirtqUsedRing {
    pub fn flags(&self) -> Ref<'_, OptRc<VirtqUsedRing_UsedFlags>> {
        self.flags.borrow()
    }
}

/**
 * Where the device puts the next entry (modulo the queue size); free-running.
 */
impl VirtqUsedRing {
    pub fn idx(&self) -> Ref<'_, u16> {
        self.idx.borrow()
    }
}

/**
 * Finished chains.
 */
impl VirtqUsedRing {
    pub fn entries(&self) -> Ref<'_, Vec<OptRc<VirtqUsedRing_UsedElem>>> {
        self.entries.borrow()
    }
}

/**
 * With EVENT_IDX, kick the device when the available index passes this value.
 */
impl VirtqUsedRing {
    pub fn avail_event(&self) -> Ref<'_, u16> {
        self.avail_event.borrow()
    }
}
impl VirtqUsedRing {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One finished chain (8 bytes).
 * \sa Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring"
 */

#[derive(Default, Debug, Clone)]
pub struct VirtqUsedRing_UsedElem {
    pub _root: SharedType<VirtqUsedRing>,
    pub _parent: SharedType<VirtqUsedRing>,
    pub _self: SharedType<Self>,
    id: RefCell<u32>,
    len_written: RefCell<u32>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VirtqUsedRing_UsedElem {
    type Root = VirtqUsedRing;
    type Parent = VirtqUsedRing;

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
        *self_rc.id.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.len_written.borrow_mut() = _io.read_u4le()?.into();
        Ok(())
    }
}
impl VirtqUsedRing_UsedElem {
}

/**
 * Head index of the chain.
 */
impl VirtqUsedRing_UsedElem {
    pub fn id(&self) -> Ref<'_, u32> {
        self.id.borrow()
    }
}

/**
 * Bytes the device wrote into the chain's device-writable buffers.
 */
impl VirtqUsedRing_UsedElem {
    pub fn len_written(&self) -> Ref<'_, u32> {
        self.len_written.borrow()
    }
}
impl VirtqUsedRing_UsedElem {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The 16-bit used ring flags.
 * \sa Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring"
 */

#[derive(Default, Debug, Clone)]
pub struct VirtqUsedRing_UsedFlags {
    pub _root: SharedType<VirtqUsedRing>,
    pub _parent: SharedType<VirtqUsedRing>,
    pub _self: SharedType<Self>,
    no_notify: RefCell<bool>,
    reserved: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VirtqUsedRing_UsedFlags {
    type Root = VirtqUsedRing;
    type Parent = VirtqUsedRing;

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
        *self_rc.no_notify.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved.borrow_mut() = _io.read_bits_int_le(15)?;
        Ok(())
    }
}
impl VirtqUsedRing_UsedFlags {
}

/**
 * Bit 0, the device does not need kicks (without EVENT_IDX).
 */
impl VirtqUsedRing_UsedFlags {
    pub fn no_notify(&self) -> Ref<'_, bool> {
        self.no_notify.borrow()
    }
}

/**
 * Not defined; zero.
 */
impl VirtqUsedRing_UsedFlags {
    pub fn reserved(&self) -> Ref<'_, u64> {
        self.reserved.borrow()
    }
}
impl VirtqUsedRing_UsedFlags {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
