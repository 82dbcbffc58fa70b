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
 * A packed virtqueue (VIRTIO_F_RING_PACKED, virtio 1.1 and later) keeps a
 * queue in three parts of guest memory:
 * 
 * | part | written by | size for a queue of N entries | alignment |
 * |---|---|---|---|
 * | descriptor ring (this spec) | driver and device | 16 * N (N up to 32768, any value) | 16 |
 * | driver event suppression (`virtq_packed_event`) | driver | 4 | 4 |
 * | device event suppression (`virtq_packed_event`) | device | 4 | 4 |
 * 
 * Both sides keep a position in the ring and a wrap counter that starts
 * at 1 and flips each time the position passes the end. The driver makes a
 * slot available by writing its descriptor with `avail` equal to its wrap
 * counter and `used` the opposite; a chain is a run of consecutive slots
 * linked by `has_next`, and its buffer id is in the last one. The device
 * returns a buffer by writing one descriptor at its own position - the
 * buffer id, the number of bytes written, `avail` and `used` both equal to
 * its wrap counter - and moves on by as many slots as the chain took.
 * Whoever writes a descriptor stores its flags last, so the other side
 * never sees a half-written one.
 * 
 * A descriptor with `indirect` points at a table of descriptors of this
 * same layout that holds the whole chain, read in order (`has_next` and
 * the ids in it are not used). vhost-user's SET_VRING_BASE and
 * GET_VRING_BASE carry both positions and wrap counters (`vring_state` in
 * `vhost_user`).
 * 
 * The top level reads a ring (or table) of any length: every 16 bytes of
 * input are one descriptor.
 * \sa Virtio 1.2, section 2.8 "Packed Virtqueues", 2.8.13 "Packed Virtqueue Descriptor Format"
 */

#[derive(Default, Debug, Clone)]
pub struct VirtqPackedRing {
    pub _root: SharedType<VirtqPackedRing>,
    pub _parent: SharedType<VirtqPackedRing>,
    pub _self: SharedType<Self>,
    descriptors: RefCell<Vec<OptRc<VirtqPackedRing_Descriptor>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VirtqPackedRing {
    type Root = VirtqPackedRing;
    type Parent = VirtqPackedRing;

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
        *self_rc.descriptors.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while !_io.is_eof() {
                let t = Self::read_into::<_, VirtqPackedRing_Descriptor>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.descriptors.borrow_mut().push(t);
                _i += 1;
            }
        }
        Ok(())
    }
}
impl VirtqPackedRing {
}

/**
 * The descriptors, slot 0 first.
 */
impl VirtqPackedRing {
    pub fn descriptors(&self) -> Ref<'_, Vec<OptRc<VirtqPackedRing_Descriptor>>> {
        self.descriptors.borrow()
    }
}
impl VirtqPackedRing {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The 16-bit descriptor flags.
 * \sa Virtio 1.2, section 2.8.1 "Driver and Device Ring Wrap Counters"
 */

#[derive(Default, Debug, Clone)]
pub struct VirtqPackedRing_DescFlags {
    pub _root: SharedType<VirtqPackedRing>,
    pub _parent: SharedType<VirtqPackedRing_Descriptor>,
    pub _self: SharedType<Self>,
    has_next: RefCell<bool>,
    device_writable: RefCell<bool>,
    indirect: RefCell<bool>,
    reserved_low: RefCell<u64>,
    avail: RefCell<bool>,
    reserved_high: RefCell<u64>,
    used: RefCell<bool>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VirtqPackedRing_DescFlags {
    type Root = VirtqPackedRing;
    type Parent = VirtqPackedRing_Descriptor;

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
        *self_rc.has_next.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.device_writable.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.indirect.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved_low.borrow_mut() = _io.read_bits_int_le(4)?;
        *self_rc.avail.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved_high.borrow_mut() = _io.read_bits_int_le(7)?;
        *self_rc.used.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        Ok(())
    }
}
impl VirtqPackedRing_DescFlags {
}

/**
 * Bit 0, the chain continues in the next slot.
 */
impl VirtqPackedRing_DescFlags {
    pub fn has_next(&self) -> Ref<'_, bool> {
        self.has_next.borrow()
    }
}

/**
 * Bit 1, the device writes this buffer (in a used descriptor, the device wrote into the chain).
 */
impl VirtqPackedRing_DescFlags {
    pub fn device_writable(&self) -> Ref<'_, bool> {
        self.device_writable.borrow()
    }
}

/**
 * Bit 2, the buffer is an indirect table (INDIRECT_DESC; never with has_next).
 */
impl VirtqPackedRing_DescFlags {
    pub fn indirect(&self) -> Ref<'_, bool> {
        self.indirect.borrow()
    }
}

/**
 * Bits 3-6, not defined; zero.
 */
impl VirtqPackedRing_DescFlags {
    pub fn reserved_low(&self) -> Ref<'_, u64> {
        self.reserved_low.borrow()
    }
}

/**
 * Bit 7, the driver's wrap counter when it made the slot available (equal to it, with used different).
 */
impl VirtqPackedRing_DescFlags {
    pub fn avail(&self) -> Ref<'_, bool> {
        self.avail.borrow()
    }
}

/**
 * Bits 8-14, not defined; zero.
 */
impl VirtqPackedRing_DescFlags {
    pub fn reserved_high(&self) -> Ref<'_, u64> {
        self.reserved_high.borrow()
    }
}

/**
 * Bit 15, with avail equal to it, the device's wrap counter when it used the slot.
 */
impl VirtqPackedRing_DescFlags {
    pub fn used(&self) -> Ref<'_, bool> {
        self.used.borrow()
    }
}
impl VirtqPackedRing_DescFlags {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One slot of the ring (16 bytes); as the driver or as the device left it.
 * \sa Virtio 1.2, section 2.8.13 "Packed Virtqueue Descriptor Format"
 */

#[derive(Default, Debug, Clone)]
pub struct VirtqPackedRing_Descriptor {
    pub _root: SharedType<VirtqPackedRing>,
    pub _parent: SharedType<VirtqPackedRing>,
    pub _self: SharedType<Self>,
    addr: RefCell<u64>,
    len_buffer: RefCell<u32>,
    buffer_id: RefCell<u16>,
    flags: RefCell<OptRc<VirtqPackedRing_DescFlags>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VirtqPackedRing_Descriptor {
    type Root = VirtqPackedRing;
    type Parent = VirtqPackedRing;

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
        *self_rc.addr.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.len_buffer.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.buffer_id.borrow_mut() = _io.read_u2le()?.into();
        let t = Self::read_into::<_, VirtqPackedRing_DescFlags>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.flags.borrow_mut() = t;
        Ok(())
    }
}
impl VirtqPackedRing_Descriptor {
}

/**
 * Guest-physical address of the buffer (or indirect table); the device leaves it unchanged.
 */
impl VirtqPackedRing_Descriptor {
    pub fn addr(&self) -> Ref<'_, u64> {
        self.addr.borrow()
    }
}

/**
 * Made available, the buffer's length; used, the bytes the device wrote into the chain.
 */
impl VirtqPackedRing_Descriptor {
    pub fn len_buffer(&self) -> Ref<'_, u32> {
        self.len_buffer.borrow()
    }
}

/**
 * The buffer id of the chain (in its last descriptor); the device returns it.
 */
impl VirtqPackedRing_Descriptor {
    pub fn buffer_id(&self) -> Ref<'_, u16> {
        self.buffer_id.borrow()
    }
}

/**
 * Chaining, direction, indirection and the two wrap-counter bits.
 */
impl VirtqPackedRing_Descriptor {
    pub fn flags(&self) -> Ref<'_, OptRc<VirtqPackedRing_DescFlags>> {
        self.flags.borrow()
    }
}
impl VirtqPackedRing_Descriptor {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
