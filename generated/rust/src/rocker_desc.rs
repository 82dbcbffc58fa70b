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
use super::rocker::Rocker_ReturnCode;

/**
 * A Rocker descriptor ring as it sits in guest memory: 32-byte
 * descriptors, packed, the ring 8-byte aligned, as many as the ring's SIZE
 * register says. A descriptor points at a buffer of TLVs (command, event,
 * Tx or Rx; see `rocker_cmd`, `rocker_event`, `rocker_tx`, `rocker_rx`) and
 * says how big the buffer is and how much of it holds TLVs. The driver posts
 * a descriptor with the top bit of `comp_err` clear and moves the ring's
 * HEAD past it; the device processes it, writes the TLV size of its answer,
 * sets that bit with the error code (a positive errno) below it, writes the
 * descriptor back and moves TAIL. All numbers are little-endian.
 * \sa https://www.qemu.org/docs/master/specs/rocker.html#dma-operations Source
 */

#[derive(Default, Debug, Clone)]
pub struct RockerDesc {
    pub _root: SharedType<RockerDesc>,
    pub _parent: SharedType<RockerDesc>,
    pub _self: SharedType<Self>,
    descriptors: RefCell<Vec<OptRc<RockerDesc_Descriptor>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for RockerDesc {
    type Root = RockerDesc;
    type Parent = RockerDesc;

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
                let t = Self::read_into::<_, RockerDesc_Descriptor>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.descriptors.borrow_mut().push(t);
                _i += 1;
            }
        }
        Ok(())
    }
}
impl RockerDesc {
}

/**
 * The ring's descriptors in order.
 */
impl RockerDesc {
    pub fn descriptors(&self) -> Ref<'_, Vec<OptRc<RockerDesc_Descriptor>>> {
        self.descriptors.borrow()
    }
}
impl RockerDesc {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The 16-bit completion word.
 */

#[derive(Default, Debug, Clone)]
pub struct RockerDesc_Completion {
    pub _root: SharedType<RockerDesc>,
    pub _parent: SharedType<RockerDesc_Descriptor>,
    pub _self: SharedType<Self>,
    error: RefCell<Rocker_ReturnCode>,
    done: RefCell<bool>,
    _io: RefCell<BytesReader>,
}
impl KStruct for RockerDesc_Completion {
    type Root = RockerDesc;
    type Parent = RockerDesc_Descriptor;

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
        *self_rc.error.borrow_mut() = (_io.read_bits_int_le(15)? as i64).try_into()?;
        *self_rc.done.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        Ok(())
    }
}
impl RockerDesc_Completion {
}

/**
 * Bits 0..14, the error (0 on success; the device stores minus its negative errno).
 */
impl RockerDesc_Completion {
    pub fn error(&self) -> Ref<'_, Rocker_ReturnCode> {
        self.error.borrow()
    }
}

/**
 * Bit 15, set by the device when it has processed the descriptor.
 */
impl RockerDesc_Completion {
    pub fn done(&self) -> Ref<'_, bool> {
        self.done.borrow()
    }
}
impl RockerDesc_Completion {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One DMA descriptor (32 bytes).
 */

#[derive(Default, Debug, Clone)]
pub struct RockerDesc_Descriptor {
    pub _root: SharedType<RockerDesc>,
    pub _parent: SharedType<RockerDesc>,
    pub _self: SharedType<Self>,
    buf_addr_lo: RefCell<u32>,
    buf_addr_hi: RefCell<u32>,
    cookie_lo: RefCell<u32>,
    cookie_hi: RefCell<u32>,
    len_buf: RefCell<u16>,
    len_tlvs: RefCell<u16>,
    reserved: RefCell<Vec<u8>>,
    comp_err: RefCell<OptRc<RockerDesc_Completion>>,
    _io: RefCell<BytesReader>,
    f_buf_addr: Cell<bool>,
    buf_addr: RefCell<u64>,
}
impl KStruct for RockerDesc_Descriptor {
    type Root = RockerDesc;
    type Parent = RockerDesc;

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
        *self_rc.buf_addr_lo.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.buf_addr_hi.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.cookie_lo.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.cookie_hi.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.len_buf.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.len_tlvs.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.reserved.borrow_mut() = _io.read_bytes(10 as usize)?.into();
        let t = Self::read_into::<_, RockerDesc_Completion>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.comp_err.borrow_mut() = t;
        Ok(())
    }
}
impl RockerDesc_Descriptor {

    /**
     * The buffer's guest physical address.
     */
    pub fn buf_addr(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_buf_addr.get() {
            return Ok(self.buf_addr.borrow());
        }
        self.f_buf_addr.set(true);
        *self.buf_addr.borrow_mut() = (((((((*self.buf_addr_hi() as i64) as i32) * (4294967296 as i32)) as i32) + ((*self.buf_addr_lo() as i64) as i32)) as u64)) as u64;
        Ok(self.buf_addr.borrow())
    }
}

/**
 * Low half of the buffer's guest physical address (8-byte aligned).
 */
impl RockerDesc_Descriptor {
    pub fn buf_addr_lo(&self) -> Ref<'_, u32> {
        self.buf_addr_lo.borrow()
    }
}

/**
 * High half of the buffer address.
 */
impl RockerDesc_Descriptor {
    pub fn buf_addr_hi(&self) -> Ref<'_, u32> {
        self.buf_addr_hi.borrow()
    }
}

/**
 * Low half of the cookie, the driver's tag for matching the completion.
 */
impl RockerDesc_Descriptor {
    pub fn cookie_lo(&self) -> Ref<'_, u32> {
        self.cookie_lo.borrow()
    }
}

/**
 * High half of the cookie (its top bit is reserved).
 */
impl RockerDesc_Descriptor {
    pub fn cookie_hi(&self) -> Ref<'_, u32> {
        self.cookie_hi.borrow()
    }
}

/**
 * Size of the buffer in bytes.
 */
impl RockerDesc_Descriptor {
    pub fn len_buf(&self) -> Ref<'_, u16> {
        self.len_buf.borrow()
    }
}

/**
 * Bytes of TLVs in the buffer (set by the driver when posting, by the device when answering).
 */
impl RockerDesc_Descriptor {
    pub fn len_tlvs(&self) -> Ref<'_, u16> {
        self.len_tlvs.borrow()
    }
}

/**
 * Padding to 32 bytes.
 */
impl RockerDesc_Descriptor {
    pub fn reserved(&self) -> Ref<'_, Vec<u8>> {
        self.reserved.borrow()
    }
}

/**
 * Completion status.
 */
impl RockerDesc_Descriptor {
    pub fn comp_err(&self) -> Ref<'_, OptRc<RockerDesc_Completion>> {
        self.comp_err.borrow()
    }
}
impl RockerDesc_Descriptor {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
