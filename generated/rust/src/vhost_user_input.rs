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
 * A vhost-user-input back-end is a virtio input device (keyboard, mouse,
 * tablet) in another process. QEMU forwards every access the guest makes
 * to its configuration space: a write is a SET_CONFIG and a read a
 * GET_CONFIG of this whole 136-byte structure.
 * 
 * The configuration space is a query: the driver writes `select` and
 * `subsel`, then reads `len_answer` and the first that many bytes of
 * `answer`. An answer of length zero means "not supported" (an event type
 * the device does not have, an axis it does not report).
 * 
 * The event queue carries `event`s from the device to the driver, one per
 * 8-byte device-writable buffer; the status queue carries events the
 * other way (keyboard LEDs), one per device-readable buffer. Types and
 * codes are those of Linux evdev.
 * \sa Virtio 1.2, section 5.8 "Input Device"
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserInput {
    pub _root: SharedType<VhostUserInput>,
    pub _parent: SharedType<VhostUserInput>,
    pub _self: SharedType<Self>,
    select: RefCell<VhostUserInput_ConfigSelect>,
    subsel: RefCell<u8>,
    len_answer: RefCell<u8>,
    reserved: RefCell<Vec<u8>>,
    answer: RefCell<Option<VhostUserInput_Answer>>,
    _io: RefCell<BytesReader>,
    answer_raw: RefCell<Vec<u8>>,
}
#[derive(Debug, Clone)]
pub enum VhostUserInput_Answer {
    VhostUserInput_AbsInfo(OptRc<VhostUserInput_AbsInfo>),
    VhostUserInput_Devids(OptRc<VhostUserInput_Devids>),
    Bytes(Vec<u8>),
}
impl From<&VhostUserInput_Answer> for OptRc<VhostUserInput_AbsInfo> {
    fn from(v: &VhostUserInput_Answer) -> Self {
        if let VhostUserInput_Answer::VhostUserInput_AbsInfo(x) = v {
            return x.clone();
        }
        panic!("expected VhostUserInput_Answer::VhostUserInput_AbsInfo, got {:?}", v)
    }
}
impl From<OptRc<VhostUserInput_AbsInfo>> for VhostUserInput_Answer {
    fn from(v: OptRc<VhostUserInput_AbsInfo>) -> Self {
        Self::VhostUserInput_AbsInfo(v)
    }
}
impl From<&VhostUserInput_Answer> for OptRc<VhostUserInput_Devids> {
    fn from(v: &VhostUserInput_Answer) -> Self {
        if let VhostUserInput_Answer::VhostUserInput_Devids(x) = v {
            return x.clone();
        }
        panic!("expected VhostUserInput_Answer::VhostUserInput_Devids, got {:?}", v)
    }
}
impl From<OptRc<VhostUserInput_Devids>> for VhostUserInput_Answer {
    fn from(v: OptRc<VhostUserInput_Devids>) -> Self {
        Self::VhostUserInput_Devids(v)
    }
}
impl From<&VhostUserInput_Answer> for Vec<u8> {
    fn from(v: &VhostUserInput_Answer) -> Self {
        if let VhostUserInput_Answer::Bytes(x) = v {
            return x.clone();
        }
        panic!("expected VhostUserInput_Answer::Bytes, got {:?}", v)
    }
}
impl From<Vec<u8>> for VhostUserInput_Answer {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(v)
    }
}
impl KStruct for VhostUserInput {
    type Root = VhostUserInput;
    type Parent = VhostUserInput;

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
        *self_rc.select.borrow_mut() = (_io.read_u1()? as i64).try_into()?;
        *self_rc.subsel.borrow_mut() = _io.read_u1()?.into();
        *self_rc.len_answer.borrow_mut() = _io.read_u1()?.into();
        *self_rc.reserved.borrow_mut() = _io.read_bytes(5 as usize)?.into();
        match *self_rc.select() {
            VhostUserInput_ConfigSelect::AbsInfo => {
                *self_rc.answer_raw.borrow_mut() = _io.read_bytes(128 as usize)?.into();
                let answer_raw = self_rc.answer_raw.borrow();
                let _t_answer_raw_io = BytesReader::from(answer_raw.clone());
                let t = Self::read_into::<BytesReader, VhostUserInput_AbsInfo>(&_t_answer_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.answer.borrow_mut() = Some(t);
            }
            VhostUserInput_ConfigSelect::IdDevids => {
                *self_rc.answer_raw.borrow_mut() = _io.read_bytes(128 as usize)?.into();
                let answer_raw = self_rc.answer_raw.borrow();
                let _t_answer_raw_io = BytesReader::from(answer_raw.clone());
                let t = Self::read_into::<BytesReader, VhostUserInput_Devids>(&_t_answer_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.answer.borrow_mut() = Some(t);
            }
            _ => {
                *self_rc.answer.borrow_mut() = Some(_io.read_bytes(128 as usize)?.into());
            }
        }
        Ok(())
    }
}
impl VhostUserInput {
}

/**
 * What the driver asks for (written by the driver).
 */
impl VhostUserInput {
    pub fn select(&self) -> Ref<'_, VhostUserInput_ConfigSelect> {
        self.select.borrow()
    }
}

/**
 * Which one of it - the event type for ev_bits, the axis for abs_info (written by the driver).
 */
impl VhostUserInput {
    pub fn subsel(&self) -> Ref<'_, u8> {
        self.subsel.borrow()
    }
}

/**
 * Bytes of `answer` that hold the answer; 0 when there is none.
 */
impl VhostUserInput {
    pub fn len_answer(&self) -> Ref<'_, u8> {
        self.len_answer.borrow()
    }
}

/**
 * Zero.
 */
impl VhostUserInput {
    pub fn reserved(&self) -> Ref<'_, Vec<u8>> {
        self.reserved.borrow()
    }
}

/**
 * The answer: a string for id_name and id_serial, a bitmap (bit N of
 * byte N/8 for code N) for prop_bits and ev_bits, a structure for
 * id_devids and abs_info; zero-padded to 128 bytes.
 */
impl VhostUserInput {
    pub fn answer(&self) -> Ref<'_, Option<VhostUserInput_Answer>> {
        self.answer.borrow()
    }
}
impl VhostUserInput {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl VhostUserInput {
    pub fn answer_raw(&self) -> Ref<'_, Vec<u8>> {
        self.answer_raw.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum VhostUserInput_ConfigSelect {

    /**
     * Nothing selected; no answer.
     */
    Unset,

    /**
     * The device name, a string (subsel 0).
     */
    IdName,

    /**
     * The serial number, a string (subsel 0).
     */
    IdSerial,

    /**
     * Bus and device identity, a devids structure (subsel 0).
     */
    IdDevids,

    /**
     * The input properties bitmap (evdev INPUT_PROP_*; subsel 0).
     */
    PropBits,

    /**
     * The bitmap of codes of event type subsel; no answer when the type is not supported.
     */
    EvBits,

    /**
     * The abs_info of axis subsel.
     */
    AbsInfo,
    Unknown(i64),
}

impl TryFrom<i64> for VhostUserInput_ConfigSelect {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VhostUserInput_ConfigSelect> {
        match flag {
            0 => Ok(VhostUserInput_ConfigSelect::Unset),
            1 => Ok(VhostUserInput_ConfigSelect::IdName),
            2 => Ok(VhostUserInput_ConfigSelect::IdSerial),
            3 => Ok(VhostUserInput_ConfigSelect::IdDevids),
            16 => Ok(VhostUserInput_ConfigSelect::PropBits),
            17 => Ok(VhostUserInput_ConfigSelect::EvBits),
            18 => Ok(VhostUserInput_ConfigSelect::AbsInfo),
            _ => Ok(VhostUserInput_ConfigSelect::Unknown(flag)),
        }
    }
}

impl From<&VhostUserInput_ConfigSelect> for i64 {
    fn from(v: &VhostUserInput_ConfigSelect) -> Self {
        match *v {
            VhostUserInput_ConfigSelect::Unset => 0,
            VhostUserInput_ConfigSelect::IdName => 1,
            VhostUserInput_ConfigSelect::IdSerial => 2,
            VhostUserInput_ConfigSelect::IdDevids => 3,
            VhostUserInput_ConfigSelect::PropBits => 16,
            VhostUserInput_ConfigSelect::EvBits => 17,
            VhostUserInput_ConfigSelect::AbsInfo => 18,
            VhostUserInput_ConfigSelect::Unknown(v) => v
        }
    }
}

impl Default for VhostUserInput_ConfigSelect {
    fn default() -> Self { VhostUserInput_ConfigSelect::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum VhostUserInput_EventType {

    /**
     * Marks the end of a group of events (code 0, SYN_REPORT).
     */
    Syn,

    /**
     * A key or button changed.
     */
    Key,

    /**
     * Relative motion (mouse).
     */
    Rel,

    /**
     * Absolute position (tablet, touch screen).
     */
    Abs,

    /**
     * Miscellaneous (scan codes).
     */
    Msc,

    /**
     * An LED - Num, Caps, Scroll Lock (the status queue).
     */
    Led,

    /**
     * Autorepeat settings.
     */
    Rep,
    Unknown(i64),
}

impl TryFrom<i64> for VhostUserInput_EventType {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VhostUserInput_EventType> {
        match flag {
            0 => Ok(VhostUserInput_EventType::Syn),
            1 => Ok(VhostUserInput_EventType::Key),
            2 => Ok(VhostUserInput_EventType::Rel),
            3 => Ok(VhostUserInput_EventType::Abs),
            4 => Ok(VhostUserInput_EventType::Msc),
            17 => Ok(VhostUserInput_EventType::Led),
            20 => Ok(VhostUserInput_EventType::Rep),
            _ => Ok(VhostUserInput_EventType::Unknown(flag)),
        }
    }
}

impl From<&VhostUserInput_EventType> for i64 {
    fn from(v: &VhostUserInput_EventType) -> Self {
        match *v {
            VhostUserInput_EventType::Syn => 0,
            VhostUserInput_EventType::Key => 1,
            VhostUserInput_EventType::Rel => 2,
            VhostUserInput_EventType::Abs => 3,
            VhostUserInput_EventType::Msc => 4,
            VhostUserInput_EventType::Led => 17,
            VhostUserInput_EventType::Rep => 20,
            VhostUserInput_EventType::Unknown(v) => v
        }
    }
}

impl Default for VhostUserInput_EventType {
    fn default() -> Self { VhostUserInput_EventType::Unknown(0) }
}


/**
 * The range of one absolute axis (abs_info), as evdev's struct input_absinfo.
 * \sa Virtio 1.2, section 5.8.4 "Device configuration layout"
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserInput_AbsInfo {
    pub _root: SharedType<VhostUserInput>,
    pub _parent: SharedType<VhostUserInput>,
    pub _self: SharedType<Self>,
    min: RefCell<i32>,
    max: RefCell<i32>,
    fuzz: RefCell<i32>,
    flat: RefCell<i32>,
    res: RefCell<i32>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUserInput_AbsInfo {
    type Root = VhostUserInput;
    type Parent = VhostUserInput;

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
        *self_rc.min.borrow_mut() = _io.read_s4le()?.into();
        *self_rc.max.borrow_mut() = _io.read_s4le()?.into();
        *self_rc.fuzz.borrow_mut() = _io.read_s4le()?.into();
        *self_rc.flat.borrow_mut() = _io.read_s4le()?.into();
        *self_rc.res.borrow_mut() = _io.read_s4le()?.into();
        Ok(())
    }
}
impl VhostUserInput_AbsInfo {
}

/**
 * Smallest value.
 */
impl VhostUserInput_AbsInfo {
    pub fn min(&self) -> Ref<'_, i32> {
        self.min.borrow()
    }
}

/**
 * Largest value.
 */
impl VhostUserInput_AbsInfo {
    pub fn max(&self) -> Ref<'_, i32> {
        self.max.borrow()
    }
}

/**
 * Noise filter width.
 */
impl VhostUserInput_AbsInfo {
    pub fn fuzz(&self) -> Ref<'_, i32> {
        self.fuzz.borrow()
    }
}

/**
 * Dead zone around the centre.
 */
impl VhostUserInput_AbsInfo {
    pub fn flat(&self) -> Ref<'_, i32> {
        self.flat.borrow()
    }
}

/**
 * Resolution (units per millimetre, or per radian).
 */
impl VhostUserInput_AbsInfo {
    pub fn res(&self) -> Ref<'_, i32> {
        self.res.borrow()
    }
}
impl VhostUserInput_AbsInfo {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * Bus and device identity (id_devids), as evdev's struct input_id.
 * \sa Virtio 1.2, section 5.8.4 "Device configuration layout"
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserInput_Devids {
    pub _root: SharedType<VhostUserInput>,
    pub _parent: SharedType<VhostUserInput>,
    pub _self: SharedType<Self>,
    bustype: RefCell<u16>,
    vendor: RefCell<u16>,
    product: RefCell<u16>,
    version: RefCell<u16>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUserInput_Devids {
    type Root = VhostUserInput;
    type Parent = VhostUserInput;

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
        *self_rc.bustype.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.vendor.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.product.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.version.borrow_mut() = _io.read_u2le()?.into();
        Ok(())
    }
}
impl VhostUserInput_Devids {
}

/**
 * Bus type (BUS_USB 3, BUS_VIRTUAL 6, ...).
 */
impl VhostUserInput_Devids {
    pub fn bustype(&self) -> Ref<'_, u16> {
        self.bustype.borrow()
    }
}

/**
 * Vendor ID.
 */
impl VhostUserInput_Devids {
    pub fn vendor(&self) -> Ref<'_, u16> {
        self.vendor.borrow()
    }
}

/**
 * Product ID.
 */
impl VhostUserInput_Devids {
    pub fn product(&self) -> Ref<'_, u16> {
        self.product.borrow()
    }
}

/**
 * Version.
 */
impl VhostUserInput_Devids {
    pub fn version(&self) -> Ref<'_, u16> {
        self.version.borrow()
    }
}
impl VhostUserInput_Devids {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One input event (8 bytes), in an event-queue or status-queue buffer.
 * \sa Virtio 1.2, section 5.8.6 "Device Operation"
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserInput_Event {
    pub _root: SharedType<VhostUserInput>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    type: RefCell<VhostUserInput_EventType>,
    code: RefCell<u16>,
    value: RefCell<i32>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUserInput_Event {
    type Root = VhostUserInput;
    type Parent = KStructUnit;

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
        *self_rc.type.borrow_mut() = (_io.read_u2le()? as i64).try_into()?;
        *self_rc.code.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.value.borrow_mut() = _io.read_s4le()?.into();
        Ok(())
    }
}
impl VhostUserInput_Event {
}

/**
 * Event type (evdev EV_*).
 */
impl VhostUserInput_Event {
    pub fn type(&self) -> Ref<'_, VhostUserInput_EventType> {
        self.type.borrow()
    }
}

/**
 * Key, axis or LED number (evdev KEY_*, REL_*, ABS_*, LED_*).
 */
impl VhostUserInput_Event {
    pub fn code(&self) -> Ref<'_, u16> {
        self.code.borrow()
    }
}

/**
 * 1 press, 0 release, 2 autorepeat for keys; the position or motion for axes; on/off for LEDs.
 */
impl VhostUserInput_Event {
    pub fn value(&self) -> Ref<'_, i32> {
        self.value.borrow()
    }
}
impl VhostUserInput_Event {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
