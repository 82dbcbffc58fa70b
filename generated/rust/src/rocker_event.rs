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
use super::rocker::Rocker_MacAddress;
use super::rocker::Rocker_BeUint;

/**
 * The buffer the device fills for a descriptor on the event ring: an
 * EVENT_TYPE TLV (link changed, or MAC/VLAN seen) and an EVENT_INFO nest
 * with the details. TLV headers are as in `rocker_cmd` (the length counts
 * the 8-byte header; values are padded to 8 bytes). QEMU writes the event
 * type as a 4-byte value. The nest is decoded by the EVENT_TYPE before it.
 * QEMU sends LINK_CHANGED when a port is enabled or disabled through
 * PORT_PHYS_ENABLE (and when its link changes), and MAC_VLAN_SEEN when a
 * packet arrives from an unknown source on a port that learns.
 * \sa https://www.qemu.org/docs/master/specs/rocker.html#events Source
 */

#[derive(Default, Debug, Clone)]
pub struct RockerEvent {
    pub _root: SharedType<RockerEvent>,
    pub _parent: SharedType<RockerEvent>,
    pub _self: SharedType<Self>,
    tlvs: RefCell<Vec<OptRc<RockerEvent_EventTlv>>>,
    _io: RefCell<BytesReader>,
    f_event_type: Cell<bool>,
    event_type: RefCell<u64>,
}
impl KStruct for RockerEvent {
    type Root = RockerEvent;
    type Parent = RockerEvent;

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
                let t = Self::read_into::<_, RockerEvent_EventTlv>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.tlvs.borrow_mut().push(t);
                _i += 1;
            }
        }
        Ok(())
    }
}
impl RockerEvent {

    /**
     * The event, from an EVENT_TYPE TLV that comes first (0 if there is none).
     */
    pub fn event_type(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_event_type.get() {
            return Ok(self.event_type.borrow());
        }
        self.f_event_type.set(true);
        *self.event_type.borrow_mut() = (if  ((((self.tlvs().len() as i32) > (0 as i32))) && (*self.tlvs()[0 as usize].tlv_type() == RockerEvent_EventAttr::Type))  { *Into::<OptRc<Rocker_LeUint>>::into(&*self.tlvs()[0 as usize].value().as_ref().unwrap()).value().as_ref().unwrap() } else { 0 }) as u64;
        Ok(self.event_type.borrow())
    }
}

/**
 * The event's TLVs.
 */
impl RockerEvent {
    pub fn tlvs(&self) -> Ref<'_, Vec<OptRc<RockerEvent_EventTlv>>> {
        self.tlvs.borrow()
    }
}
impl RockerEvent {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum RockerEvent_EventAttr {

    /**
     * EVENT_TYPE (`event_type`).
     */
    Type,

    /**
     * EVENT_INFO, a nest.
     */
    Info,
    Unknown(i64),
}

impl TryFrom<i64> for RockerEvent_EventAttr {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<RockerEvent_EventAttr> {
        match flag {
            1 => Ok(RockerEvent_EventAttr::Type),
            2 => Ok(RockerEvent_EventAttr::Info),
            _ => Ok(RockerEvent_EventAttr::Unknown(flag)),
        }
    }
}

impl From<&RockerEvent_EventAttr> for i64 {
    fn from(v: &RockerEvent_EventAttr) -> Self {
        match *v {
            RockerEvent_EventAttr::Type => 1,
            RockerEvent_EventAttr::Info => 2,
            RockerEvent_EventAttr::Unknown(v) => v
        }
    }
}

impl Default for RockerEvent_EventAttr {
    fn default() -> Self { RockerEvent_EventAttr::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum RockerEvent_EventType {

    /**
     * A port's link went up or down.
     */
    LinkChanged,

    /**
     * A packet from an unknown MAC/VLAN arrived on a port.
     */
    MacVlanSeen,
    Unknown(i64),
}

impl TryFrom<i64> for RockerEvent_EventType {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<RockerEvent_EventType> {
        match flag {
            1 => Ok(RockerEvent_EventType::LinkChanged),
            2 => Ok(RockerEvent_EventType::MacVlanSeen),
            _ => Ok(RockerEvent_EventType::Unknown(flag)),
        }
    }
}

impl From<&RockerEvent_EventType> for i64 {
    fn from(v: &RockerEvent_EventType) -> Self {
        match *v {
            RockerEvent_EventType::LinkChanged => 1,
            RockerEvent_EventType::MacVlanSeen => 2,
            RockerEvent_EventType::Unknown(v) => v
        }
    }
}

impl Default for RockerEvent_EventType {
    fn default() -> Self { RockerEvent_EventType::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum RockerEvent_LinkChangedAttr {

    /**
     * Physical port (32 bits).
     */
    Pport,

    /**
     * 1 link up, 0 down (8 bits).
     */
    Linkup,
    Unknown(i64),
}

impl TryFrom<i64> for RockerEvent_LinkChangedAttr {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<RockerEvent_LinkChangedAttr> {
        match flag {
            1 => Ok(RockerEvent_LinkChangedAttr::Pport),
            2 => Ok(RockerEvent_LinkChangedAttr::Linkup),
            _ => Ok(RockerEvent_LinkChangedAttr::Unknown(flag)),
        }
    }
}

impl From<&RockerEvent_LinkChangedAttr> for i64 {
    fn from(v: &RockerEvent_LinkChangedAttr) -> Self {
        match *v {
            RockerEvent_LinkChangedAttr::Pport => 1,
            RockerEvent_LinkChangedAttr::Linkup => 2,
            RockerEvent_LinkChangedAttr::Unknown(v) => v
        }
    }
}

impl Default for RockerEvent_LinkChangedAttr {
    fn default() -> Self { RockerEvent_LinkChangedAttr::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum RockerEvent_MacVlanAttr {

    /**
     * Physical port (32 bits).
     */
    Pport,

    /**
     * Source MAC address (6 bytes).
     */
    Mac,

    /**
     * VLAN ID (16 bits, network order).
     */
    VlanId,
    Unknown(i64),
}

impl TryFrom<i64> for RockerEvent_MacVlanAttr {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<RockerEvent_MacVlanAttr> {
        match flag {
            1 => Ok(RockerEvent_MacVlanAttr::Pport),
            2 => Ok(RockerEvent_MacVlanAttr::Mac),
            3 => Ok(RockerEvent_MacVlanAttr::VlanId),
            _ => Ok(RockerEvent_MacVlanAttr::Unknown(flag)),
        }
    }
}

impl From<&RockerEvent_MacVlanAttr> for i64 {
    fn from(v: &RockerEvent_MacVlanAttr) -> Self {
        match *v {
            RockerEvent_MacVlanAttr::Pport => 1,
            RockerEvent_MacVlanAttr::Mac => 2,
            RockerEvent_MacVlanAttr::VlanId => 3,
            RockerEvent_MacVlanAttr::Unknown(v) => v
        }
    }
}

impl Default for RockerEvent_MacVlanAttr {
    fn default() -> Self { RockerEvent_MacVlanAttr::Unknown(0) }
}


/**
 * The EVENT_INFO nest, decoded by the event type.
 */

#[derive(Default, Debug, Clone)]
pub struct RockerEvent_EventInfo {
    pub _root: SharedType<RockerEvent>,
    pub _parent: SharedType<RockerEvent_EventTlv>,
    pub _self: SharedType<Self>,
    link_changed: RefCell<Vec<OptRc<RockerEvent_LinkChangedTlv>>>,
    mac_vlan_seen: RefCell<Vec<OptRc<RockerEvent_MacVlanTlv>>>,
    raw: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for RockerEvent_EventInfo {
    type Root = RockerEvent;
    type Parent = RockerEvent_EventTlv;

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
        if *_prc.as_ref().unwrap()._parent.get_value().borrow().upgrade().as_ref().unwrap().event_type()? == (i64::from(&RockerEvent_EventType::LinkChanged) as u64) {
            *self_rc.link_changed.borrow_mut() = Vec::new();
            {
                let mut _i = 0;
                while !_io.is_eof() {
                    let t = Self::read_into::<_, RockerEvent_LinkChangedTlv>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    self_rc.link_changed.borrow_mut().push(t);
                    _i += 1;
                }
            }
        }
        if *_prc.as_ref().unwrap()._parent.get_value().borrow().upgrade().as_ref().unwrap().event_type()? == (i64::from(&RockerEvent_EventType::MacVlanSeen) as u64) {
            *self_rc.mac_vlan_seen.borrow_mut() = Vec::new();
            {
                let mut _i = 0;
                while !_io.is_eof() {
                    let t = Self::read_into::<_, RockerEvent_MacVlanTlv>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    self_rc.mac_vlan_seen.borrow_mut().push(t);
                    _i += 1;
                }
            }
        }
        if  ((*_prc.as_ref().unwrap()._parent.get_value().borrow().upgrade().as_ref().unwrap().event_type()? != (i64::from(&RockerEvent_EventType::LinkChanged) as u64)) && (*_prc.as_ref().unwrap()._parent.get_value().borrow().upgrade().as_ref().unwrap().event_type()? != (i64::from(&RockerEvent_EventType::MacVlanSeen) as u64)))  {
            *self_rc.raw.borrow_mut() = _io.read_bytes_full()?.into();
        }
        Ok(())
    }
}
impl RockerEvent_EventInfo {
}

/**
 * Details of a link change.
 */
impl RockerEvent_EventInfo {
    pub fn link_changed(&self) -> Ref<'_, Vec<OptRc<RockerEvent_LinkChangedTlv>>> {
        self.link_changed.borrow()
    }
}

/**
 * Details of a newly seen MAC/VLAN.
 */
impl RockerEvent_EventInfo {
    pub fn mac_vlan_seen(&self) -> Ref<'_, Vec<OptRc<RockerEvent_MacVlanTlv>>> {
        self.mac_vlan_seen.borrow()
    }
}

/**
 * The nest of an unknown event, undecoded.
 */
impl RockerEvent_EventInfo {
    pub fn raw(&self) -> Ref<'_, Vec<u8>> {
        self.raw.borrow()
    }
}
impl RockerEvent_EventInfo {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A top-level TLV of an event buffer.
 */

#[derive(Default, Debug, Clone)]
pub struct RockerEvent_EventTlv {
    pub _root: SharedType<RockerEvent>,
    pub _parent: SharedType<RockerEvent>,
    pub _self: SharedType<Self>,
    tlv_type: RefCell<RockerEvent_EventAttr>,
    len_tlv: RefCell<u16>,
    reserved: RefCell<u16>,
    value: RefCell<Option<RockerEvent_EventTlv_Value>>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    value_raw: RefCell<Vec<u8>>,
}
#[derive(Debug, Clone)]
pub enum RockerEvent_EventTlv_Value {
    RockerEvent_EventInfo(OptRc<RockerEvent_EventInfo>),
    Rocker_LeUint(OptRc<Rocker_LeUint>),
    Bytes(Vec<u8>),
}
impl From<&RockerEvent_EventTlv_Value> for OptRc<RockerEvent_EventInfo> {
    fn from(v: &RockerEvent_EventTlv_Value) -> Self {
        if let RockerEvent_EventTlv_Value::RockerEvent_EventInfo(x) = v {
            return x.clone();
        }
        panic!("expected RockerEvent_EventTlv_Value::RockerEvent_EventInfo, got {:?}", v)
    }
}
impl From<OptRc<RockerEvent_EventInfo>> for RockerEvent_EventTlv_Value {
    fn from(v: OptRc<RockerEvent_EventInfo>) -> Self {
        Self::RockerEvent_EventInfo(v)
    }
}
impl From<&RockerEvent_EventTlv_Value> for OptRc<Rocker_LeUint> {
    fn from(v: &RockerEvent_EventTlv_Value) -> Self {
        if let RockerEvent_EventTlv_Value::Rocker_LeUint(x) = v {
            return x.clone();
        }
        panic!("expected RockerEvent_EventTlv_Value::Rocker_LeUint, got {:?}", v)
    }
}
impl From<OptRc<Rocker_LeUint>> for RockerEvent_EventTlv_Value {
    fn from(v: OptRc<Rocker_LeUint>) -> Self {
        Self::Rocker_LeUint(v)
    }
}
impl From<&RockerEvent_EventTlv_Value> for Vec<u8> {
    fn from(v: &RockerEvent_EventTlv_Value) -> Self {
        if let RockerEvent_EventTlv_Value::Bytes(x) = v {
            return x.clone();
        }
        panic!("expected RockerEvent_EventTlv_Value::Bytes, got {:?}", v)
    }
}
impl From<Vec<u8>> for RockerEvent_EventTlv_Value {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(v)
    }
}
impl KStruct for RockerEvent_EventTlv {
    type Root = RockerEvent;
    type Parent = RockerEvent;

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
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::LessThan, src_path: "/types/event_tlv/seq/1".to_string() }));
        }
        *self_rc.reserved.borrow_mut() = _io.read_u2le()?.into();
        match *self_rc.tlv_type() {
            RockerEvent_EventAttr::Info => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, RockerEvent_EventInfo>(&_t_value_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerEvent_EventAttr::Type => {
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
impl RockerEvent_EventTlv {
}

/**
 * EVENT_TYPE or EVENT_INFO.
 */
impl RockerEvent_EventTlv {
    pub fn tlv_type(&self) -> Ref<'_, RockerEvent_EventAttr> {
        self.tlv_type.borrow()
    }
}

/**
 * Length of the TLV, header included.
 */
impl RockerEvent_EventTlv {
    pub fn len_tlv(&self) -> Ref<'_, u16> {
        self.len_tlv.borrow()
    }
}

/**
 * Padding; zero.
 */
impl RockerEvent_EventTlv {
    pub fn reserved(&self) -> Ref<'_, u16> {
        self.reserved.borrow()
    }
}

/**
 * The event number or the nested details.
 */
impl RockerEvent_EventTlv {
    pub fn value(&self) -> Ref<'_, Option<RockerEvent_EventTlv_Value>> {
        self.value.borrow()
    }
}

/**
 * Zeros up to an 8-byte boundary.
 */
impl RockerEvent_EventTlv {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl RockerEvent_EventTlv {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl RockerEvent_EventTlv {
    pub fn value_raw(&self) -> Ref<'_, Vec<u8>> {
        self.value_raw.borrow()
    }
}

/**
 * One attribute of a LINK_CHANGED event.
 */

#[derive(Default, Debug, Clone)]
pub struct RockerEvent_LinkChangedTlv {
    pub _root: SharedType<RockerEvent>,
    pub _parent: SharedType<RockerEvent_EventInfo>,
    pub _self: SharedType<Self>,
    tlv_type: RefCell<RockerEvent_LinkChangedAttr>,
    len_tlv: RefCell<u16>,
    reserved: RefCell<u16>,
    value: RefCell<OptRc<Rocker_LeUint>>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    value_raw: RefCell<Vec<u8>>,
}
impl KStruct for RockerEvent_LinkChangedTlv {
    type Root = RockerEvent;
    type Parent = RockerEvent_EventInfo;

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
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::LessThan, src_path: "/types/link_changed_tlv/seq/1".to_string() }));
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
impl RockerEvent_LinkChangedTlv {
}

/**
 * Which attribute.
 */
impl RockerEvent_LinkChangedTlv {
    pub fn tlv_type(&self) -> Ref<'_, RockerEvent_LinkChangedAttr> {
        self.tlv_type.borrow()
    }
}

/**
 * Length of the TLV, header included.
 */
impl RockerEvent_LinkChangedTlv {
    pub fn len_tlv(&self) -> Ref<'_, u16> {
        self.len_tlv.borrow()
    }
}

/**
 * Padding; zero.
 */
impl RockerEvent_LinkChangedTlv {
    pub fn reserved(&self) -> Ref<'_, u16> {
        self.reserved.borrow()
    }
}

/**
 * The port or the link state.
 */
impl RockerEvent_LinkChangedTlv {
    pub fn value(&self) -> Ref<'_, OptRc<Rocker_LeUint>> {
        self.value.borrow()
    }
}

/**
 * Zeros up to an 8-byte boundary.
 */
impl RockerEvent_LinkChangedTlv {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl RockerEvent_LinkChangedTlv {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl RockerEvent_LinkChangedTlv {
    pub fn value_raw(&self) -> Ref<'_, Vec<u8>> {
        self.value_raw.borrow()
    }
}

/**
 * One attribute of a MAC_VLAN_SEEN event.
 */

#[derive(Default, Debug, Clone)]
pub struct RockerEvent_MacVlanTlv {
    pub _root: SharedType<RockerEvent>,
    pub _parent: SharedType<RockerEvent_EventInfo>,
    pub _self: SharedType<Self>,
    tlv_type: RefCell<RockerEvent_MacVlanAttr>,
    len_tlv: RefCell<u16>,
    reserved: RefCell<u16>,
    value: RefCell<Option<RockerEvent_MacVlanTlv_Value>>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    value_raw: RefCell<Vec<u8>>,
}
#[derive(Debug, Clone)]
pub enum RockerEvent_MacVlanTlv_Value {
    Rocker_MacAddress(OptRc<Rocker_MacAddress>),
    Rocker_LeUint(OptRc<Rocker_LeUint>),
    Rocker_BeUint(OptRc<Rocker_BeUint>),
    Bytes(Vec<u8>),
}
impl From<&RockerEvent_MacVlanTlv_Value> for OptRc<Rocker_MacAddress> {
    fn from(v: &RockerEvent_MacVlanTlv_Value) -> Self {
        if let RockerEvent_MacVlanTlv_Value::Rocker_MacAddress(x) = v {
            return x.clone();
        }
        panic!("expected RockerEvent_MacVlanTlv_Value::Rocker_MacAddress, got {:?}", v)
    }
}
impl From<OptRc<Rocker_MacAddress>> for RockerEvent_MacVlanTlv_Value {
    fn from(v: OptRc<Rocker_MacAddress>) -> Self {
        Self::Rocker_MacAddress(v)
    }
}
impl From<&RockerEvent_MacVlanTlv_Value> for OptRc<Rocker_LeUint> {
    fn from(v: &RockerEvent_MacVlanTlv_Value) -> Self {
        if let RockerEvent_MacVlanTlv_Value::Rocker_LeUint(x) = v {
            return x.clone();
        }
        panic!("expected RockerEvent_MacVlanTlv_Value::Rocker_LeUint, got {:?}", v)
    }
}
impl From<OptRc<Rocker_LeUint>> for RockerEvent_MacVlanTlv_Value {
    fn from(v: OptRc<Rocker_LeUint>) -> Self {
        Self::Rocker_LeUint(v)
    }
}
impl From<&RockerEvent_MacVlanTlv_Value> for OptRc<Rocker_BeUint> {
    fn from(v: &RockerEvent_MacVlanTlv_Value) -> Self {
        if let RockerEvent_MacVlanTlv_Value::Rocker_BeUint(x) = v {
            return x.clone();
        }
        panic!("expected RockerEvent_MacVlanTlv_Value::Rocker_BeUint, got {:?}", v)
    }
}
impl From<OptRc<Rocker_BeUint>> for RockerEvent_MacVlanTlv_Value {
    fn from(v: OptRc<Rocker_BeUint>) -> Self {
        Self::Rocker_BeUint(v)
    }
}
impl From<&RockerEvent_MacVlanTlv_Value> for Vec<u8> {
    fn from(v: &RockerEvent_MacVlanTlv_Value) -> Self {
        if let RockerEvent_MacVlanTlv_Value::Bytes(x) = v {
            return x.clone();
        }
        panic!("expected RockerEvent_MacVlanTlv_Value::Bytes, got {:?}", v)
    }
}
impl From<Vec<u8>> for RockerEvent_MacVlanTlv_Value {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(v)
    }
}
impl KStruct for RockerEvent_MacVlanTlv {
    type Root = RockerEvent;
    type Parent = RockerEvent_EventInfo;

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
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::LessThan, src_path: "/types/mac_vlan_tlv/seq/1".to_string() }));
        }
        *self_rc.reserved.borrow_mut() = _io.read_u2le()?.into();
        match *self_rc.tlv_type() {
            RockerEvent_MacVlanAttr::Mac => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_MacAddress>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerEvent_MacVlanAttr::Pport => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerEvent_MacVlanAttr::VlanId => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_BeUint>(&_t_value_raw_io, None, None)?.into();
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
impl RockerEvent_MacVlanTlv {
}

/**
 * Which attribute.
 */
impl RockerEvent_MacVlanTlv {
    pub fn tlv_type(&self) -> Ref<'_, RockerEvent_MacVlanAttr> {
        self.tlv_type.borrow()
    }
}

/**
 * Length of the TLV, header included.
 */
impl RockerEvent_MacVlanTlv {
    pub fn len_tlv(&self) -> Ref<'_, u16> {
        self.len_tlv.borrow()
    }
}

/**
 * Padding; zero.
 */
impl RockerEvent_MacVlanTlv {
    pub fn reserved(&self) -> Ref<'_, u16> {
        self.reserved.borrow()
    }
}

/**
 * The port, the source MAC address, or the VLAN ID (network order).
 */
impl RockerEvent_MacVlanTlv {
    pub fn value(&self) -> Ref<'_, Option<RockerEvent_MacVlanTlv_Value>> {
        self.value.borrow()
    }
}

/**
 * Zeros up to an 8-byte boundary.
 */
impl RockerEvent_MacVlanTlv {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl RockerEvent_MacVlanTlv {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl RockerEvent_MacVlanTlv {
    pub fn value_raw(&self) -> Ref<'_, Vec<u8>> {
        self.value_raw.borrow()
    }
}
