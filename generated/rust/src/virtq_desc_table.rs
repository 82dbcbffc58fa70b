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
 * A split virtqueue, the queue layout vhost-user back-ends process, has
 * three parts in guest memory, each written by one side only:
 * 
 * | part | written by | size for a queue of N entries | alignment |
 * |---|---|---|---|
 * | descriptor table (this spec) | driver | 16 * N | 16 |
 * | available ring (`virtq_avail_ring`) | driver | 6 + 2 * N | 2 |
 * | used ring (`virtq_used_ring`) | device | 6 + 8 * N | 4 |
 * 
 * The legacy (virtio 0.9.5) PCI transport puts the three parts in one
 * block: the table, the available ring right after it, and the used ring
 * at the next 4096-byte boundary.
 * 
 * A request is a chain of descriptors: the driver writes the buffers'
 * addresses and lengths into free descriptors, links them with `next`,
 * marks the ones the device may write into, and puts the index of the
 * first (the head) into the available ring. Device-readable descriptors
 * come before device-writable ones. A descriptor with the indirect flag
 * points at a table of further descriptors (an indirect table, this same
 * layout) that holds the whole chain; an indirect table never points at
 * another one. Numbers are little-endian (virtio 1.0; legacy devices use
 * the guest's byte order, little-endian on x86 and Arm).
 * 
 * The top level reads a table of any length: every 16 bytes of input are
 * one descriptor.
 * \sa Virtio 1.2, section 2.7 "Split Virtqueues", 2.7.5 "The Virtqueue Descriptor Table"
 */

#[derive(Default, Debug, Clone)]
pub struct VirtqDescTable {
    pub _root: SharedType<VirtqDescTable>,
    pub _parent: SharedType<VirtqDescTable>,
    pub _self: SharedType<Self>,
    descriptors: RefCell<Vec<OptRc<VirtqDescTable_Descriptor>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VirtqDescTable {
    type Root = VirtqDescTable;
    type Parent = VirtqDescTable;

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
                let t = Self::read_into::<_, VirtqDescTable_Descriptor>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.descriptors.borrow_mut().push(t);
                _i += 1;
            }
        }
        Ok(())
    }
}
impl VirtqDescTable {
}

/**
 * The descriptors, index 0 first.
 */
impl VirtqDescTable {
    pub fn descriptors(&self) -> Ref<'_, Vec<OptRc<VirtqDescTable_Descriptor>>> {
        self.descriptors.borrow()
    }
}
impl VirtqDescTable {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The 16-bit descriptor flags.
 * \sa Virtio 1.2, section 2.7.5 "The Virtqueue Descriptor Table"
 */

#[derive(Default, Debug, Clone)]
pub struct VirtqDescTable_DescFlags {
    pub _root: SharedType<VirtqDescTable>,
    pub _parent: SharedType<VirtqDescTable_Descriptor>,
    pub _self: SharedType<Self>,
    has_next: RefCell<bool>,
    device_writable: RefCell<bool>,
    indirect: RefCell<bool>,
    reserved: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VirtqDescTable_DescFlags {
    type Root = VirtqDescTable;
    type Parent = VirtqDescTable_Descriptor;

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
        *self_rc.reserved.borrow_mut() = _io.read_bits_int_le(13)?;
        Ok(())
    }
}
impl VirtqDescTable_DescFlags {
}

/**
 * Bit 0, the chain continues at `next`.
 */
impl VirtqDescTable_DescFlags {
    pub fn has_next(&self) -> Ref<'_, bool> {
        self.has_next.borrow()
    }
}

/**
 * Bit 1, the device writes this buffer (otherwise it only reads it).
 */
impl VirtqDescTable_DescFlags {
    pub fn device_writable(&self) -> Ref<'_, bool> {
        self.device_writable.borrow()
    }
}

/**
 * Bit 2, the buffer is an indirect descriptor table (INDIRECT_DESC feature; never with has_next).
 */
impl VirtqDescTable_DescFlags {
    pub fn indirect(&self) -> Ref<'_, bool> {
        self.indirect.borrow()
    }
}

/**
 * Not defined; zero.
 */
impl VirtqDescTable_DescFlags {
    pub fn reserved(&self) -> Ref<'_, u64> {
        self.reserved.borrow()
    }
}
impl VirtqDescTable_DescFlags {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One buffer of a chain (16 bytes).
 * \sa Virtio 1.2, section 2.7.5 "The Virtqueue Descriptor Table"
 */

#[derive(Default, Debug, Clone)]
pub struct VirtqDescTable_Descriptor {
    pub _root: SharedType<VirtqDescTable>,
    pub _parent: SharedType<VirtqDescTable>,
    pub _self: SharedType<Self>,
    addr: RefCell<u64>,
    len_buffer: RefCell<u32>,
    flags: RefCell<OptRc<VirtqDescTable_DescFlags>>,
    next: RefCell<u16>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VirtqDescTable_Descriptor {
    type Root = VirtqDescTable;
    type Parent = VirtqDescTable;

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
        let t = Self::read_into::<_, VirtqDescTable_DescFlags>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.flags.borrow_mut() = t;
        *self_rc.next.borrow_mut() = _io.read_u2le()?.into();
        Ok(())
    }
}
impl VirtqDescTable_Descriptor {
}

/**
 * Guest-physical address of the buffer (or of the indirect table).
 */
impl VirtqDescTable_Descriptor {
    pub fn addr(&self) -> Ref<'_, u64> {
        self.addr.borrow()
    }
}

/**
 * Length of the buffer in bytes (of an indirect table, a multiple of 16).
 */
impl VirtqDescTable_Descriptor {
    pub fn len_buffer(&self) -> Ref<'_, u32> {
        self.len_buffer.borrow()
    }
}

/**
 * Chaining, direction and indirection.
 */
impl VirtqDescTable_Descriptor {
    pub fn flags(&self) -> Ref<'_, OptRc<VirtqDescTable_DescFlags>> {
        self.flags.borrow()
    }
}

/**
 * Index of the next descriptor of the chain, when `flags.has_next` is set.
 */
impl VirtqDescTable_Descriptor {
    pub fn next(&self) -> Ref<'_, u16> {
        self.next.borrow()
    }
}
impl VirtqDescTable_Descriptor {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
