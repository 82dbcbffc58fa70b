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
use super::rocker::Rocker_LeUint;

/**
 * The buffer of a descriptor on a port's Tx ring: the packet to send, as
 * fragments in guest memory (TX_FRAGS, a nest of TX_FRAG nests, each with
 * an address and a length; at most 16), and the offloads wanted. The
 * destination port is the ring's port (the spec also lists a PPORT TLV;
 * QEMU takes the port from the ring). TLV headers as in `rocker_cmd`.
 * \sa https://www.qemu.org/docs/master/specs/rocker.html#tx-packet-processing Source
 */

#[derive(Default, Debug, Clone)]
pub struct RockerTx {
    pub _root: SharedType<RockerTx>,
    pub _parent: SharedType<RockerTx>,
    pub _self: SharedType<Self>,
    tlvs: RefCell<Vec<OptRc<RockerTx_TxTlv>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for RockerTx {
    type Root = RockerTx;
    type Parent = RockerTx;

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
                let t = Self::read_into::<_, RockerTx_TxTlv>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.tlvs.borrow_mut().push(t);
                _i += 1;
            }
        }
        Ok(())
    }
}
impl RockerTx {
}

/**
 * The TLVs.
 */
impl RockerTx {
    pub fn tlvs(&self) -> Ref<'_, Vec<OptRc<RockerTx_TxTlv>>> {
        self.tlvs.borrow()
    }
}
impl RockerTx {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum RockerTx_FragAttr {

    /**
     * TX_FRAG_ATTR_ADDR, the fragment's guest address (64 bits).
     */
    Addr,

    /**
     * TX_FRAG_ATTR_LEN, the fragment's length (16 bits).
     */
    Len,
    Unknown(i64),
}

impl TryFrom<i64> for RockerTx_FragAttr {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<RockerTx_FragAttr> {
        match flag {
            1 => Ok(RockerTx_FragAttr::Addr),
            2 => Ok(RockerTx_FragAttr::Len),
            _ => Ok(RockerTx_FragAttr::Unknown(flag)),
        }
    }
}

impl From<&RockerTx_FragAttr> for i64 {
    fn from(v: &RockerTx_FragAttr) -> Self {
        match *v {
            RockerTx_FragAttr::Addr => 1,
            RockerTx_FragAttr::Len => 2,
            RockerTx_FragAttr::Unknown(v) => v
        }
    }
}

impl Default for RockerTx_FragAttr {
    fn default() -> Self { RockerTx_FragAttr::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum RockerTx_TxAttr {

    /**
     * TX_OFFLOAD (8 bits, `rocker::tx_offload`).
     */
    Offload,

    /**
     * TX_L3_CSUM_OFF, where to put the L3 checksum (16 bits).
     */
    L3CsumOff,

    /**
     * TX_TSO_MSS, the TSO segment size (16 bits).
     */
    TsoMss,

    /**
     * TX_TSO_HDR_LEN, the headers' length for TSO (16 bits).
     */
    TsoHdrLen,

    /**
     * TX_FRAGS, the nest of fragments.
     */
    Frags,
    Unknown(i64),
}

impl TryFrom<i64> for RockerTx_TxAttr {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<RockerTx_TxAttr> {
        match flag {
            1 => Ok(RockerTx_TxAttr::Offload),
            2 => Ok(RockerTx_TxAttr::L3CsumOff),
            3 => Ok(RockerTx_TxAttr::TsoMss),
            4 => Ok(RockerTx_TxAttr::TsoHdrLen),
            5 => Ok(RockerTx_TxAttr::Frags),
            _ => Ok(RockerTx_TxAttr::Unknown(flag)),
        }
    }
}

impl From<&RockerTx_TxAttr> for i64 {
    fn from(v: &RockerTx_TxAttr) -> Self {
        match *v {
            RockerTx_TxAttr::Offload => 1,
            RockerTx_TxAttr::L3CsumOff => 2,
            RockerTx_TxAttr::TsoMss => 3,
            RockerTx_TxAttr::TsoHdrLen => 4,
            RockerTx_TxAttr::Frags => 5,
            RockerTx_TxAttr::Unknown(v) => v
        }
    }
}

impl Default for RockerTx_TxAttr {
    fn default() -> Self { RockerTx_TxAttr::Unknown(0) }
}


/**
 * One attribute of a fragment.
 */

#[derive(Default, Debug, Clone)]
pub struct RockerTx_FragAttrTlv {
    pub _root: SharedType<RockerTx>,
    pub _parent: SharedType<RockerTx_FragAttrs>,
    pub _self: SharedType<Self>,
    tlv_type: RefCell<RockerTx_FragAttr>,
    len_tlv: RefCell<u16>,
    reserved: RefCell<u16>,
    value: RefCell<OptRc<Rocker_LeUint>>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    value_raw: RefCell<Vec<u8>>,
}
impl KStruct for RockerTx_FragAttrTlv {
    type Root = RockerTx;
    type Parent = RockerTx_FragAttrs;

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
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::LessThan, src_path: "/types/frag_attr_tlv/seq/1".to_string() }));
        }
        *self_rc.reserved.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
        let value_raw = self_rc.value_raw.borrow();
        let _t_value_raw_io = BytesReader::from(value_raw.clone());
        let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
        *self_rc.value.borrow_mut() = t;
        *self_rc.padding.borrow_mut() = _io.read_bytes(modulo(((8 as i32) - (((*self_rc.len_tlv() as u16) % (8 as u16)) as i32)) as i64, 8 as i64) as usize)?.into();
        Ok(())
    }
}
impl RockerTx_FragAttrTlv {
}

/**
 * Address or length.
 */
impl RockerTx_FragAttrTlv {
    pub fn tlv_type(&self) -> Ref<'_, RockerTx_FragAttr> {
        self.tlv_type.borrow()
    }
}

/**
 * Length of the TLV, header included.
 */
impl RockerTx_FragAttrTlv {
    pub fn len_tlv(&self) -> Ref<'_, u16> {
        self.len_tlv.borrow()
    }
}

/**
 * Padding; zero.
 */
impl RockerTx_FragAttrTlv {
    pub fn reserved(&self) -> Ref<'_, u16> {
        self.reserved.borrow()
    }
}

/**
 * The fragment's guest address (64 bits) or length (16 bits).
 */
impl RockerTx_FragAttrTlv {
    pub fn value(&self) -> Ref<'_, OptRc<Rocker_LeUint>> {
        self.value.borrow()
    }
}

/**
 * Zeros up to an 8-byte boundary.
 */
impl RockerTx_FragAttrTlv {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl RockerTx_FragAttrTlv {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl RockerTx_FragAttrTlv {
    pub fn value_raw(&self) -> Ref<'_, Vec<u8>> {
        self.value_raw.borrow()
    }
}

/**
 * The attributes of one fragment.
 */

#[derive(Default, Debug, Clone)]
pub struct RockerTx_FragAttrs {
    pub _root: SharedType<RockerTx>,
    pub _parent: SharedType<RockerTx_FragTlv>,
    pub _self: SharedType<Self>,
    attrs: RefCell<Vec<OptRc<RockerTx_FragAttrTlv>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for RockerTx_FragAttrs {
    type Root = RockerTx;
    type Parent = RockerTx_FragTlv;

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
        *self_rc.attrs.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while !_io.is_eof() {
                let t = Self::read_into::<_, RockerTx_FragAttrTlv>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.attrs.borrow_mut().push(t);
                _i += 1;
            }
        }
        Ok(())
    }
}
impl RockerTx_FragAttrs {
}

/**
 * TX_FRAG_ATTR_ADDR and TX_FRAG_ATTR_LEN.
 */
impl RockerTx_FragAttrs {
    pub fn attrs(&self) -> Ref<'_, Vec<OptRc<RockerTx_FragAttrTlv>>> {
        self.attrs.borrow()
    }
}
impl RockerTx_FragAttrs {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A TX_FRAG nest.
 */

#[derive(Default, Debug, Clone)]
pub struct RockerTx_FragTlv {
    pub _root: SharedType<RockerTx>,
    pub _parent: SharedType<RockerTx_Frags>,
    pub _self: SharedType<Self>,
    tlv_type: RefCell<u32>,
    len_tlv: RefCell<u16>,
    reserved: RefCell<u16>,
    attrs: RefCell<OptRc<RockerTx_FragAttrs>>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    attrs_raw: RefCell<Vec<u8>>,
}
impl KStruct for RockerTx_FragTlv {
    type Root = RockerTx;
    type Parent = RockerTx_Frags;

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
        *self_rc.tlv_type.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.len_tlv.borrow_mut() = _io.read_u2le()?.into();
        if !(((*self_rc.len_tlv() as u16) >= (8 as u16))) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::LessThan, src_path: "/types/frag_tlv/seq/1".to_string() }));
        }
        *self_rc.reserved.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.attrs_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
        let attrs_raw = self_rc.attrs_raw.borrow();
        let _t_attrs_raw_io = BytesReader::from(attrs_raw.clone());
        let t = Self::read_into::<BytesReader, RockerTx_FragAttrs>(&_t_attrs_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.attrs.borrow_mut() = t;
        *self_rc.padding.borrow_mut() = _io.read_bytes(modulo(((8 as i32) - (((*self_rc.len_tlv() as u16) % (8 as u16)) as i32)) as i64, 8 as i64) as usize)?.into();
        Ok(())
    }
}
impl RockerTx_FragTlv {
}

/**
 * 1 (TX_FRAG); QEMU refuses anything else with EINVAL.
 */
impl RockerTx_FragTlv {
    pub fn tlv_type(&self) -> Ref<'_, u32> {
        self.tlv_type.borrow()
    }
}

/**
 * Length of the TLV, header included.
 */
impl RockerTx_FragTlv {
    pub fn len_tlv(&self) -> Ref<'_, u16> {
        self.len_tlv.borrow()
    }
}

/**
 * Padding; zero.
 */
impl RockerTx_FragTlv {
    pub fn reserved(&self) -> Ref<'_, u16> {
        self.reserved.borrow()
    }
}

/**
 * Address and length of the fragment.
 */
impl RockerTx_FragTlv {
    pub fn attrs(&self) -> Ref<'_, OptRc<RockerTx_FragAttrs>> {
        self.attrs.borrow()
    }
}

/**
 * Zeros up to an 8-byte boundary.
 */
impl RockerTx_FragTlv {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl RockerTx_FragTlv {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl RockerTx_FragTlv {
    pub fn attrs_raw(&self) -> Ref<'_, Vec<u8>> {
        self.attrs_raw.borrow()
    }
}

/**
 * The TX_FRAGS nest.
 */

#[derive(Default, Debug, Clone)]
pub struct RockerTx_Frags {
    pub _root: SharedType<RockerTx>,
    pub _parent: SharedType<RockerTx_TxTlv>,
    pub _self: SharedType<Self>,
    frags: RefCell<Vec<OptRc<RockerTx_FragTlv>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for RockerTx_Frags {
    type Root = RockerTx;
    type Parent = RockerTx_TxTlv;

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
        *self_rc.frags.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while !_io.is_eof() {
                let t = Self::read_into::<_, RockerTx_FragTlv>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.frags.borrow_mut().push(t);
                _i += 1;
            }
        }
        Ok(())
    }
}
impl RockerTx_Frags {
}

/**
 * One TX_FRAG nest per fragment.
 */
impl RockerTx_Frags {
    pub fn frags(&self) -> Ref<'_, Vec<OptRc<RockerTx_FragTlv>>> {
        self.frags.borrow()
    }
}
impl RockerTx_Frags {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A top-level TLV of a Tx buffer.
 */

#[derive(Default, Debug, Clone)]
pub struct RockerTx_TxTlv {
    pub _root: SharedType<RockerTx>,
    pub _parent: SharedType<RockerTx>,
    pub _self: SharedType<Self>,
    tlv_type: RefCell<RockerTx_TxAttr>,
    len_tlv: RefCell<u16>,
    reserved: RefCell<u16>,
    value: RefCell<Option<RockerTx_TxTlv_Value>>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    value_raw: RefCell<Vec<u8>>,
}
#[derive(Debug, Clone)]
pub enum RockerTx_TxTlv_Value {
    RockerTx_Frags(OptRc<RockerTx_Frags>),
    Rocker_LeUint(OptRc<Rocker_LeUint>),
    Bytes(Vec<u8>),
}
impl From<&RockerTx_TxTlv_Value> for OptRc<RockerTx_Frags> {
    fn from(v: &RockerTx_TxTlv_Value) -> Self {
        if let RockerTx_TxTlv_Value::RockerTx_Frags(x) = v {
            return x.clone();
        }
        panic!("expected RockerTx_TxTlv_Value::RockerTx_Frags, got {:?}", v)
    }
}
impl From<OptRc<RockerTx_Frags>> for RockerTx_TxTlv_Value {
    fn from(v: OptRc<RockerTx_Frags>) -> Self {
        Self::RockerTx_Frags(v)
    }
}
impl From<&RockerTx_TxTlv_Value> for OptRc<Rocker_LeUint> {
    fn from(v: &RockerTx_TxTlv_Value) -> Self {
        if let RockerTx_TxTlv_Value::Rocker_LeUint(x) = v {
            return x.clone();
        }
        panic!("expected RockerTx_TxTlv_Value::Rocker_LeUint, got {:?}", v)
    }
}
impl From<OptRc<Rocker_LeUint>> for RockerTx_TxTlv_Value {
    fn from(v: OptRc<Rocker_LeUint>) -> Self {
        Self::Rocker_LeUint(v)
    }
}
impl From<&RockerTx_TxTlv_Value> for Vec<u8> {
    fn from(v: &RockerTx_TxTlv_Value) -> Self {
        if let RockerTx_TxTlv_Value::Bytes(x) = v {
            return x.clone();
        }
        panic!("expected RockerTx_TxTlv_Value::Bytes, got {:?}", v)
    }
}
impl From<Vec<u8>> for RockerTx_TxTlv_Value {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(v)
    }
}
impl KStruct for RockerTx_TxTlv {
    type Root = RockerTx;
    type Parent = RockerTx;

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
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::LessThan, src_path: "/types/tx_tlv/seq/1".to_string() }));
        }
        *self_rc.reserved.borrow_mut() = _io.read_u2le()?.into();
        match *self_rc.tlv_type() {
            RockerTx_TxAttr::Frags => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, RockerTx_Frags>(&_t_value_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerTx_TxAttr::L3CsumOff => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerTx_TxAttr::Offload => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerTx_TxAttr::TsoHdrLen => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerTx_TxAttr::TsoMss => {
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
impl RockerTx_TxTlv {
}

/**
 * Which attribute.
 */
impl RockerTx_TxTlv {
    pub fn tlv_type(&self) -> Ref<'_, RockerTx_TxAttr> {
        self.tlv_type.borrow()
    }
}

/**
 * Length of the TLV, header included.
 */
impl RockerTx_TxTlv {
    pub fn len_tlv(&self) -> Ref<'_, u16> {
        self.len_tlv.borrow()
    }
}

/**
 * Padding; zero.
 */
impl RockerTx_TxTlv {
    pub fn reserved(&self) -> Ref<'_, u16> {
        self.reserved.borrow()
    }
}

/**
 * The value (`rocker::tx_offload` for TX_OFFLOAD).
 */
impl RockerTx_TxTlv {
    pub fn value(&self) -> Ref<'_, Option<RockerTx_TxTlv_Value>> {
        self.value.borrow()
    }
}

/**
 * Zeros up to an 8-byte boundary.
 */
impl RockerTx_TxTlv {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl RockerTx_TxTlv {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl RockerTx_TxTlv {
    pub fn value_raw(&self) -> Ref<'_, Vec<u8>> {
        self.value_raw.borrow()
    }
}
