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
use super::rocker::Rocker_RxFlags;
use super::rocker::Rocker_LeUint;

/**
 * The buffer of a descriptor on a port's Rx ring. The driver posts it with
 * RX_FRAG_ADDR and RX_FRAG_MAX_LEN (where a packet may go); when a packet
 * for the CPU arrives on the port, the device copies it there and rewrites
 * the buffer with RX_FLAGS, RX_CSUM, the address, the maximum length and
 * RX_FRAG_LEN, the packet's length. TLV headers as in `rocker_cmd`.
 * \sa https://www.qemu.org/docs/master/specs/rocker.html#rx-packet-processing Source
 */

#[derive(Default, Debug, Clone)]
pub struct RockerRx {
    pub _root: SharedType<RockerRx>,
    pub _parent: SharedType<RockerRx>,
    pub _self: SharedType<Self>,
    tlvs: RefCell<Vec<OptRc<RockerRx_RxTlv>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for RockerRx {
    type Root = RockerRx;
    type Parent = RockerRx;

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
        *self_rc.tlvs.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while !_io.is_eof() {
                let t = Self::read_into::<_, RockerRx_RxTlv>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.tlvs.borrow_mut().push(t);
                _i += 1;
            }
        }
        Ok(())
    }
}
impl RockerRx {
}

/**
 * The TLVs.
 */
impl RockerRx {
    pub fn tlvs(&self) -> Ref<'_, Vec<OptRc<RockerRx_RxTlv>>> {
        self.tlvs.borrow()
    }
}
impl RockerRx {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum RockerRx_RxAttr {

    /**
     * RX_FLAGS (16 bits, `rocker::rx_flags`).
     */
    Flags,

    /**
     * RX_CSUM, the calculated IP checksum (16 bits; valid with csum_calc).
     */
    Csum,

    /**
     * RX_FRAG_ADDR, guest address of the packet buffer (64 bits).
     */
    FragAddr,

    /**
     * RX_FRAG_MAX_LEN, the buffer's size (16 bits).
     */
    FragMaxLen,

    /**
     * RX_FRAG_LEN, the received packet's length (16 bits).
     */
    FragLen,
    Unknown(i64),
}

impl TryFrom<i64> for RockerRx_RxAttr {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<RockerRx_RxAttr> {
        match flag {
            1 => Ok(RockerRx_RxAttr::Flags),
            2 => Ok(RockerRx_RxAttr::Csum),
            3 => Ok(RockerRx_RxAttr::FragAddr),
            4 => Ok(RockerRx_RxAttr::FragMaxLen),
            5 => Ok(RockerRx_RxAttr::FragLen),
            _ => Ok(RockerRx_RxAttr::Unknown(flag)),
        }
    }
}

impl From<&RockerRx_RxAttr> for i64 {
    fn from(v: &RockerRx_RxAttr) -> Self {
        match *v {
            RockerRx_RxAttr::Flags => 1,
            RockerRx_RxAttr::Csum => 2,
            RockerRx_RxAttr::FragAddr => 3,
            RockerRx_RxAttr::FragMaxLen => 4,
            RockerRx_RxAttr::FragLen => 5,
            RockerRx_RxAttr::Unknown(v) => v
        }
    }
}

impl Default for RockerRx_RxAttr {
    fn default() -> Self { RockerRx_RxAttr::Unknown(0) }
}


/**
 * One TLV of an Rx buffer.
 */

#[derive(Default, Debug, Clone)]
pub struct RockerRx_RxTlv {
    pub _root: SharedType<RockerRx>,
    pub _parent: SharedType<RockerRx>,
    pub _self: SharedType<Self>,
    tlv_type: RefCell<RockerRx_RxAttr>,
    len_tlv: RefCell<u16>,
    reserved: RefCell<u16>,
    value: RefCell<Option<RockerRx_RxTlv_Value>>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    value_raw: RefCell<Vec<u8>>,
}
#[derive(Debug, Clone)]
pub enum RockerRx_RxTlv_Value {
    Rocker_LeUint(OptRc<Rocker_LeUint>),
    Rocker_RxFlags(OptRc<Rocker_RxFlags>),
    Bytes(Vec<u8>),
}
impl From<&RockerRx_RxTlv_Value> for OptRc<Rocker_LeUint> {
    fn from(v: &RockerRx_RxTlv_Value) -> Self {
        if let RockerRx_RxTlv_Value::Rocker_LeUint(x) = v {
            return x.clone();
        }
        panic!("expected RockerRx_RxTlv_Value::Rocker_LeUint, got {:?}", v)
    }
}
impl From<OptRc<Rocker_LeUint>> for RockerRx_RxTlv_Value {
    fn from(v: OptRc<Rocker_LeUint>) -> Self {
        Self::Rocker_LeUint(v)
    }
}
impl From<&RockerRx_RxTlv_Value> for OptRc<Rocker_RxFlags> {
    fn from(v: &RockerRx_RxTlv_Value) -> Self {
        if let RockerRx_RxTlv_Value::Rocker_RxFlags(x) = v {
            return x.clone();
        }
        panic!("expected RockerRx_RxTlv_Value::Rocker_RxFlags, got {:?}", v)
    }
}
impl From<OptRc<Rocker_RxFlags>> for RockerRx_RxTlv_Value {
    fn from(v: OptRc<Rocker_RxFlags>) -> Self {
        Self::Rocker_RxFlags(v)
    }
}
impl From<&RockerRx_RxTlv_Value> for Vec<u8> {
    fn from(v: &RockerRx_RxTlv_Value) -> Self {
        if let RockerRx_RxTlv_Value::Bytes(x) = v {
            return x.clone();
        }
        panic!("expected RockerRx_RxTlv_Value::Bytes, got {:?}", v)
    }
}
impl From<Vec<u8>> for RockerRx_RxTlv_Value {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(v)
    }
}
impl KStruct for RockerRx_RxTlv {
    type Root = RockerRx;
    type Parent = RockerRx;

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
        *self_rc.tlv_type.borrow_mut() = (_io.read_u4le()? as i64).try_into()?;
        *self_rc.len_tlv.borrow_mut() = _io.read_u2le()?.into();
        if !(((*self_rc.len_tlv() as u16) >= (8 as u16))) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::LessThan, src_path: "/types/rx_tlv/seq/1".to_string() }));
        }
        *self_rc.reserved.borrow_mut() = _io.read_u2le()?.into();
        match *self_rc.tlv_type() {
            RockerRx_RxAttr::Csum => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerRx_RxAttr::Flags => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_RxFlags>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerRx_RxAttr::FragAddr => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerRx_RxAttr::FragLen => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerRx_RxAttr::FragMaxLen => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            _ => {
                *self_rc.value.borrow_mut() = Some(_io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into());
            }
        }
        *self_rc.padding.borrow_mut() = _io.read_bytes(modulo(((8 as i32) - (((*self_rc.len_tlv() as u16) % (8 as u16)) as i32)) as i64, 8 as i64) as usize)?.into();
        Ok(())
    }
}
impl RockerRx_RxTlv {
}

/**
 * Which attribute.
 */
impl RockerRx_RxTlv {
    pub fn tlv_type(&self) -> Ref<'_, RockerRx_RxAttr> {
        self.tlv_type.borrow()
    }
}

/**
 * Length of the TLV, header included.
 */
impl RockerRx_RxTlv {
    pub fn len_tlv(&self) -> Ref<'_, u16> {
        self.len_tlv.borrow()
    }
}

/**
 * Padding; zero.
 */
impl RockerRx_RxTlv {
    pub fn reserved(&self) -> Ref<'_, u16> {
        self.reserved.borrow()
    }
}

/**
 * The value.
 */
impl RockerRx_RxTlv {
    pub fn value(&self) -> Ref<'_, Option<RockerRx_RxTlv_Value>> {
        self.value.borrow()
    }
}

/**
 * Zeros up to an 8-byte boundary.
 */
impl RockerRx_RxTlv {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl RockerRx_RxTlv {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl RockerRx_RxTlv {
    pub fn value_raw(&self) -> Ref<'_, Vec<u8>> {
        self.value_raw.borrow()
    }
}
