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
use super::spapr::Spapr_DrcIndex;
use super::spapr::Spapr_HotplugType;
use super::spapr::Spapr_HotplugIdentifier;
use super::spapr::Spapr_HotplugAction;

/**
 * What the RTAS call check-exception writes into the guest's buffer when an
 * event is pending: an 8-byte header (a summary word and the length of the
 * rest), then the version 6 extended log: a 16-byte header and a list of
 * sections, each with an 8-byte section header (two-letter id, length
 * including the header, version, subtype, creator). QEMU's hotplug events
 * carry three sections: Main-A ("PH", with the creation time), Main-B
 * ("UH") and the hotplug section ("HP"), which says what kind of resource
 * to add or remove and names it by DRC index, by count, by count and first
 * index, or by DRC name. Its power-down events carry an EPOW section ("EP")
 * instead. Every number is big-endian.
 * 
 * Guests that did not ask for the modern hotplug format (option vector 5,
 * byte 6, bit 5) get hotplug events through the EPOW event source
 * (check-exception mask bit 0x40000000); QEMU then names memory by count
 * and CPUs and PCI devices by index.
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprRtasEventLog {
    pub _root: SharedType<SpaprRtasEventLog>,
    pub _parent: SharedType<SpaprRtasEventLog>,
    pub _self: SharedType<Self>,
    summary: RefCell<OptRc<SpaprRtasEventLog_Summary>>,
    len_extended_log: RefCell<u32>,
    extended_log: RefCell<OptRc<SpaprRtasEventLog_ExtendedLog>>,
    _io: RefCell<BytesReader>,
    extended_log_raw: RefCell<Vec<u8>>,
}
impl KStruct for SpaprRtasEventLog {
    type Root = SpaprRtasEventLog;
    type Parent = SpaprRtasEventLog;

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
        let t = Self::read_into::<_, SpaprRtasEventLog_Summary>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.summary.borrow_mut() = t;
        *self_rc.len_extended_log.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.extended_log_raw.borrow_mut() = _io.read_bytes(*self_rc.len_extended_log() as usize)?.into();
        let extended_log_raw = self_rc.extended_log_raw.borrow();
        let _t_extended_log_raw_io = BytesReader::from(extended_log_raw.clone());
        let t = Self::read_into::<BytesReader, SpaprRtasEventLog_ExtendedLog>(&_t_extended_log_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.extended_log.borrow_mut() = t;
        Ok(())
    }
}
impl SpaprRtasEventLog {
}

/**
 * Version, severity, disposition, initiator, target and type of the event.
 */
impl SpaprRtasEventLog {
    pub fn summary(&self) -> Ref<'_, OptRc<SpaprRtasEventLog_Summary>> {
        self.summary.borrow()
    }
}

/**
 * Length of the extended log that follows, in bytes.
 */
impl SpaprRtasEventLog {
    pub fn len_extended_log(&self) -> Ref<'_, u32> {
        self.len_extended_log.borrow()
    }
}

/**
 * The version 6 extended log.
 */
impl SpaprRtasEventLog {
    pub fn extended_log(&self) -> Ref<'_, OptRc<SpaprRtasEventLog_ExtendedLog>> {
        self.extended_log.borrow()
    }
}
impl SpaprRtasEventLog {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl SpaprRtasEventLog {
    pub fn extended_log_raw(&self) -> Ref<'_, Vec<u8>> {
        self.extended_log_raw.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum SpaprRtasEventLog_Disposition {

    /**
     * The platform recovered completely.
     */
    FullyRecovered,

    /**
     * The platform recovered in part.
     */
    LimitedRecovery,

    /**
     * Not recovered (QEMU's events use this).
     */
    NotRecovered,
    Unknown(i64),
}

impl TryFrom<i64> for SpaprRtasEventLog_Disposition {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<SpaprRtasEventLog_Disposition> {
        match flag {
            0 => Ok(SpaprRtasEventLog_Disposition::FullyRecovered),
            1 => Ok(SpaprRtasEventLog_Disposition::LimitedRecovery),
            2 => Ok(SpaprRtasEventLog_Disposition::NotRecovered),
            _ => Ok(SpaprRtasEventLog_Disposition::Unknown(flag)),
        }
    }
}

impl From<&SpaprRtasEventLog_Disposition> for i64 {
    fn from(v: &SpaprRtasEventLog_Disposition) -> Self {
        match *v {
            SpaprRtasEventLog_Disposition::FullyRecovered => 0,
            SpaprRtasEventLog_Disposition::LimitedRecovery => 1,
            SpaprRtasEventLog_Disposition::NotRecovered => 2,
            SpaprRtasEventLog_Disposition::Unknown(v) => v
        }
    }
}

impl Default for SpaprRtasEventLog_Disposition {
    fn default() -> Self { SpaprRtasEventLog_Disposition::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum SpaprRtasEventLog_Initiator {

    /**
     * Unknown.
     */
    Unknown,

    /**
     * A processor.
     */
    Cpu,

    /**
     * PCI.
     */
    Pci,

    /**
     * Memory.
     */
    Memory,

    /**
     * Hotplug.
     */
    Hotplug,
    Unknown(i64),
}

impl TryFrom<i64> for SpaprRtasEventLog_Initiator {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<SpaprRtasEventLog_Initiator> {
        match flag {
            0 => Ok(SpaprRtasEventLog_Initiator::Unknown),
            1 => Ok(SpaprRtasEventLog_Initiator::Cpu),
            2 => Ok(SpaprRtasEventLog_Initiator::Pci),
            4 => Ok(SpaprRtasEventLog_Initiator::Memory),
            6 => Ok(SpaprRtasEventLog_Initiator::Hotplug),
            _ => Ok(SpaprRtasEventLog_Initiator::Unknown(flag)),
        }
    }
}

impl From<&SpaprRtasEventLog_Initiator> for i64 {
    fn from(v: &SpaprRtasEventLog_Initiator) -> Self {
        match *v {
            SpaprRtasEventLog_Initiator::Unknown => 0,
            SpaprRtasEventLog_Initiator::Cpu => 1,
            SpaprRtasEventLog_Initiator::Pci => 2,
            SpaprRtasEventLog_Initiator::Memory => 4,
            SpaprRtasEventLog_Initiator::Hotplug => 6,
            SpaprRtasEventLog_Initiator::Unknown(v) => v
        }
    }
}

impl Default for SpaprRtasEventLog_Initiator {
    fn default() -> Self { SpaprRtasEventLog_Initiator::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum SpaprRtasEventLog_LogType {

    /**
     * Other.
     */
    Other,

    /**
     * Retry.
     */
    Retry,

    /**
     * TCE error.
     */
    TceError,

    /**
     * Internal device failure.
     */
    InternalDeviceFailure,

    /**
     * Timeout.
     */
    Timeout,

    /**
     * Data parity error.
     */
    DataParity,

    /**
     * Address parity error.
     */
    AddressParity,

    /**
     * Cache parity error.
     */
    CacheParity,

    /**
     * Invalid address.
     */
    AddressInvalid,

    /**
     * Uncorrected ECC error.
     */
    EccUncorrected,

    /**
     * Corrected ECC error.
     */
    EccCorrected,

    /**
     * Environmental and power warning.
     */
    Epow,

    /**
     * Hotplug event.
     */
    Hotplug,
    Unknown(i64),
}

impl TryFrom<i64> for SpaprRtasEventLog_LogType {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<SpaprRtasEventLog_LogType> {
        match flag {
            0 => Ok(SpaprRtasEventLog_LogType::Other),
            1 => Ok(SpaprRtasEventLog_LogType::Retry),
            2 => Ok(SpaprRtasEventLog_LogType::TceError),
            3 => Ok(SpaprRtasEventLog_LogType::InternalDeviceFailure),
            4 => Ok(SpaprRtasEventLog_LogType::Timeout),
            5 => Ok(SpaprRtasEventLog_LogType::DataParity),
            6 => Ok(SpaprRtasEventLog_LogType::AddressParity),
            7 => Ok(SpaprRtasEventLog_LogType::CacheParity),
            8 => Ok(SpaprRtasEventLog_LogType::AddressInvalid),
            9 => Ok(SpaprRtasEventLog_LogType::EccUncorrected),
            10 => Ok(SpaprRtasEventLog_LogType::EccCorrected),
            64 => Ok(SpaprRtasEventLog_LogType::Epow),
            229 => Ok(SpaprRtasEventLog_LogType::Hotplug),
            _ => Ok(SpaprRtasEventLog_LogType::Unknown(flag)),
        }
    }
}

impl From<&SpaprRtasEventLog_LogType> for i64 {
    fn from(v: &SpaprRtasEventLog_LogType) -> Self {
        match *v {
            SpaprRtasEventLog_LogType::Other => 0,
            SpaprRtasEventLog_LogType::Retry => 1,
            SpaprRtasEventLog_LogType::TceError => 2,
            SpaprRtasEventLog_LogType::InternalDeviceFailure => 3,
            SpaprRtasEventLog_LogType::Timeout => 4,
            SpaprRtasEventLog_LogType::DataParity => 5,
            SpaprRtasEventLog_LogType::AddressParity => 6,
            SpaprRtasEventLog_LogType::CacheParity => 7,
            SpaprRtasEventLog_LogType::AddressInvalid => 8,
            SpaprRtasEventLog_LogType::EccUncorrected => 9,
            SpaprRtasEventLog_LogType::EccCorrected => 10,
            SpaprRtasEventLog_LogType::Epow => 64,
            SpaprRtasEventLog_LogType::Hotplug => 229,
            SpaprRtasEventLog_LogType::Unknown(v) => v
        }
    }
}

impl Default for SpaprRtasEventLog_LogType {
    fn default() -> Self { SpaprRtasEventLog_LogType::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum SpaprRtasEventLog_SectionId {

    /**
     * "EP", environmental and power warning.
     */
    Epow,

    /**
     * "HP", hotplug.
     */
    Hotplug,

    /**
     * "MC", machine check (FWNMI), delivered by QEMU outside check-exception.
     */
    MachineCheck,

    /**
     * "PH", the primary header.
     */
    MainA,

    /**
     * "UH", the user header.
     */
    MainB,
    Unknown(i64),
}

impl TryFrom<i64> for SpaprRtasEventLog_SectionId {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<SpaprRtasEventLog_SectionId> {
        match flag {
            17744 => Ok(SpaprRtasEventLog_SectionId::Epow),
            18512 => Ok(SpaprRtasEventLog_SectionId::Hotplug),
            19779 => Ok(SpaprRtasEventLog_SectionId::MachineCheck),
            20552 => Ok(SpaprRtasEventLog_SectionId::MainA),
            21832 => Ok(SpaprRtasEventLog_SectionId::MainB),
            _ => Ok(SpaprRtasEventLog_SectionId::Unknown(flag)),
        }
    }
}

impl From<&SpaprRtasEventLog_SectionId> for i64 {
    fn from(v: &SpaprRtasEventLog_SectionId) -> Self {
        match *v {
            SpaprRtasEventLog_SectionId::Epow => 17744,
            SpaprRtasEventLog_SectionId::Hotplug => 18512,
            SpaprRtasEventLog_SectionId::MachineCheck => 19779,
            SpaprRtasEventLog_SectionId::MainA => 20552,
            SpaprRtasEventLog_SectionId::MainB => 21832,
            SpaprRtasEventLog_SectionId::Unknown(v) => v
        }
    }
}

impl Default for SpaprRtasEventLog_SectionId {
    fn default() -> Self { SpaprRtasEventLog_SectionId::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum SpaprRtasEventLog_Severity {

    /**
     * Nothing wrong.
     */
    NoError,

    /**
     * An event, not an error (hotplug, power-down).
     */
    Event,

    /**
     * A warning.
     */
    Warning,

    /**
     * A synchronous error.
     */
    ErrorSync,

    /**
     * An error.
     */
    Error,

    /**
     * A fatal error.
     */
    Fatal,

    /**
     * Reported before.
     */
    AlreadyReported,
    Unknown(i64),
}

impl TryFrom<i64> for SpaprRtasEventLog_Severity {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<SpaprRtasEventLog_Severity> {
        match flag {
            0 => Ok(SpaprRtasEventLog_Severity::NoError),
            1 => Ok(SpaprRtasEventLog_Severity::Event),
            2 => Ok(SpaprRtasEventLog_Severity::Warning),
            3 => Ok(SpaprRtasEventLog_Severity::ErrorSync),
            4 => Ok(SpaprRtasEventLog_Severity::Error),
            5 => Ok(SpaprRtasEventLog_Severity::Fatal),
            6 => Ok(SpaprRtasEventLog_Severity::AlreadyReported),
            _ => Ok(SpaprRtasEventLog_Severity::Unknown(flag)),
        }
    }
}

impl From<&SpaprRtasEventLog_Severity> for i64 {
    fn from(v: &SpaprRtasEventLog_Severity) -> Self {
        match *v {
            SpaprRtasEventLog_Severity::NoError => 0,
            SpaprRtasEventLog_Severity::Event => 1,
            SpaprRtasEventLog_Severity::Warning => 2,
            SpaprRtasEventLog_Severity::ErrorSync => 3,
            SpaprRtasEventLog_Severity::Error => 4,
            SpaprRtasEventLog_Severity::Fatal => 5,
            SpaprRtasEventLog_Severity::AlreadyReported => 6,
            SpaprRtasEventLog_Severity::Unknown(v) => v
        }
    }
}

impl Default for SpaprRtasEventLog_Severity {
    fn default() -> Self { SpaprRtasEventLog_Severity::Unknown(0) }
}


/**
 * A number of resources of the type; the guest chooses which.
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprRtasEventLog_DrcCount {
    pub _root: SharedType<SpaprRtasEventLog>,
    pub _parent: SharedType<SpaprRtasEventLog_Hotplug>,
    pub _self: SharedType<Self>,
    count: RefCell<u32>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprRtasEventLog_DrcCount {
    type Root = SpaprRtasEventLog;
    type Parent = SpaprRtasEventLog_Hotplug;

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
        *self_rc.count.borrow_mut() = _io.read_u4be()?.into();
        Ok(())
    }
}
impl SpaprRtasEventLog_DrcCount {
}

/**
 * How many resources to add or remove.
 */
impl SpaprRtasEventLog_DrcCount {
    pub fn count(&self) -> Ref<'_, u32> {
        self.count.borrow()
    }
}
impl SpaprRtasEventLog_DrcCount {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A run of connectors, from `index` to `index` + `count` - 1 (modern format).
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprRtasEventLog_DrcCountIndexed {
    pub _root: SharedType<SpaprRtasEventLog>,
    pub _parent: SharedType<SpaprRtasEventLog_Hotplug>,
    pub _self: SharedType<Self>,
    count: RefCell<u32>,
    index: RefCell<OptRc<Spapr_DrcIndex>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprRtasEventLog_DrcCountIndexed {
    type Root = SpaprRtasEventLog;
    type Parent = SpaprRtasEventLog_Hotplug;

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
        *self_rc.count.borrow_mut() = _io.read_u4be()?.into();
        let t = Self::read_into::<_, Spapr_DrcIndex>(&*_io, None, None)?.into();
        *self_rc.index.borrow_mut() = t;
        Ok(())
    }
}
impl SpaprRtasEventLog_DrcCountIndexed {
}

/**
 * How many consecutive connectors.
 */
impl SpaprRtasEventLog_DrcCountIndexed {
    pub fn count(&self) -> Ref<'_, u32> {
        self.count.borrow()
    }
}

/**
 * The first connector's index.
 */
impl SpaprRtasEventLog_DrcCountIndexed {
    pub fn index(&self) -> Ref<'_, OptRc<Spapr_DrcIndex>> {
        self.index.borrow()
    }
}
impl SpaprRtasEventLog_DrcCountIndexed {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A connector named by its DRC name (as in ibm,drc-names).
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprRtasEventLog_DrcName {
    pub _root: SharedType<SpaprRtasEventLog>,
    pub _parent: SharedType<SpaprRtasEventLog_Hotplug>,
    pub _self: SharedType<Self>,
    name: RefCell<String>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprRtasEventLog_DrcName {
    type Root = SpaprRtasEventLog;
    type Parent = SpaprRtasEventLog_Hotplug;

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
        *self_rc.name.borrow_mut() = bytes_to_str(&_io.read_bytes_term(0, false, true, true)?.into(), "ASCII")?;
        Ok(())
    }
}
impl SpaprRtasEventLog_DrcName {
}

/**
 * The name, NUL-terminated.
 */
impl SpaprRtasEventLog_DrcName {
    pub fn name(&self) -> Ref<'_, String> {
        self.name.borrow()
    }
}
impl SpaprRtasEventLog_DrcName {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The EPOW section ("EP"), an environmental or power warning such as a power-down request.
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprRtasEventLog_Epow {
    pub _root: SharedType<SpaprRtasEventLog>,
    pub _parent: SharedType<SpaprRtasEventLog_Section>,
    pub _self: SharedType<Self>,
    sensor_value: RefCell<u8>,
    event_modifier: RefCell<u8>,
    extended_modifier: RefCell<u8>,
    reserved: RefCell<u8>,
    reason_code: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprRtasEventLog_Epow {
    type Root = SpaprRtasEventLog;
    type Parent = SpaprRtasEventLog_Section;

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
        *self_rc.sensor_value.borrow_mut() = _io.read_u1()?.into();
        *self_rc.event_modifier.borrow_mut() = _io.read_u1()?.into();
        *self_rc.extended_modifier.borrow_mut() = _io.read_u1()?.into();
        *self_rc.reserved.borrow_mut() = _io.read_u1()?.into();
        *self_rc.reason_code.borrow_mut() = _io.read_bytes(8 as usize)?.into();
        Ok(())
    }
}
impl SpaprRtasEventLog_Epow {
}

/**
 * Action asked for; 3 is system shutdown.
 */
impl SpaprRtasEventLog_Epow {
    pub fn sensor_value(&self) -> Ref<'_, u8> {
        self.sensor_value.borrow()
    }
}

/**
 * How; 1 is normal.
 */
impl SpaprRtasEventLog_Epow {
    pub fn event_modifier(&self) -> Ref<'_, u8> {
        self.event_modifier.borrow()
    }
}

/**
 * Scope; 1 is this partition only.
 */
impl SpaprRtasEventLog_Epow {
    pub fn extended_modifier(&self) -> Ref<'_, u8> {
        self.extended_modifier.borrow()
    }
}

/**
 * Not defined.
 */
impl SpaprRtasEventLog_Epow {
    pub fn reserved(&self) -> Ref<'_, u8> {
        self.reserved.borrow()
    }
}

/**
 * Platform specific reason.
 */
impl SpaprRtasEventLog_Epow {
    pub fn reason_code(&self) -> Ref<'_, Vec<u8>> {
        self.reason_code.borrow()
    }
}
impl SpaprRtasEventLog_Epow {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The version 6 extended log header and its sections.
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprRtasEventLog_ExtendedLog {
    pub _root: SharedType<SpaprRtasEventLog>,
    pub _parent: SharedType<SpaprRtasEventLog>,
    pub _self: SharedType<Self>,
    flags: RefCell<OptRc<SpaprRtasEventLog_ExtendedLogFlags>>,
    reserved1: RefCell<u8>,
    powerpc_format: RefCell<bool>,
    reserved2: RefCell<u64>,
    log_format: RefCell<u64>,
    reserved3: RefCell<Vec<u8>>,
    company: RefCell<String>,
    sections: RefCell<Vec<OptRc<SpaprRtasEventLog_Section>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprRtasEventLog_ExtendedLog {
    type Root = SpaprRtasEventLog;
    type Parent = SpaprRtasEventLog;

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
        let t = Self::read_into::<_, SpaprRtasEventLog_ExtendedLogFlags>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.flags.borrow_mut() = t;
        *self_rc.reserved1.borrow_mut() = _io.read_u1()?.into();
        *self_rc.powerpc_format.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.reserved2.borrow_mut() = _io.read_bits_int_be(3)?;
        *self_rc.log_format.borrow_mut() = _io.read_bits_int_be(4)?;
        _io.align_to_byte()?;
        *self_rc.reserved3.borrow_mut() = _io.read_bytes(9 as usize)?.into();
        *self_rc.company.borrow_mut() = bytes_to_str(&bytes_terminate(&_io.read_bytes(4 as usize)?.into(), 0, false).into(), "ASCII")?;
        *self_rc.sections.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while !_io.is_eof() {
                let t = Self::read_into::<_, SpaprRtasEventLog_Section>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.sections.borrow_mut().push(t);
                _i += 1;
            }
        }
        Ok(())
    }
}
impl SpaprRtasEventLog_ExtendedLog {
}

/**
 * Validity and format flags (byte 0).
 */
impl SpaprRtasEventLog_ExtendedLog {
    pub fn flags(&self) -> Ref<'_, OptRc<SpaprRtasEventLog_ExtendedLogFlags>> {
        self.flags.borrow()
    }
}

/**
 * Not defined.
 */
impl SpaprRtasEventLog_ExtendedLog {
    pub fn reserved1(&self) -> Ref<'_, u8> {
        self.reserved1.borrow()
    }
}

/**
 * The log is in PowerPC format (set by QEMU).
 */
impl SpaprRtasEventLog_ExtendedLog {
    pub fn powerpc_format(&self) -> Ref<'_, bool> {
        self.powerpc_format.borrow()
    }
}

/**
 * Not defined.
 */
impl SpaprRtasEventLog_ExtendedLog {
    pub fn reserved2(&self) -> Ref<'_, u64> {
        self.reserved2.borrow()
    }
}

/**
 * Log format; 0xe (platform event) from QEMU.
 */
impl SpaprRtasEventLog_ExtendedLog {
    pub fn log_format(&self) -> Ref<'_, u64> {
        self.log_format.borrow()
    }
}

/**
 * Not defined; zero.
 */
impl SpaprRtasEventLog_ExtendedLog {
    pub fn reserved3(&self) -> Ref<'_, Vec<u8>> {
        self.reserved3.borrow()
    }
}

/**
 * Company id, "IBM" followed by a NUL.
 */
impl SpaprRtasEventLog_ExtendedLog {
    pub fn company(&self) -> Ref<'_, String> {
        self.company.borrow()
    }
}

/**
 * The sections, each with its own header.
 */
impl SpaprRtasEventLog_ExtendedLog {
    pub fn sections(&self) -> Ref<'_, Vec<OptRc<SpaprRtasEventLog_Section>>> {
        self.sections.borrow()
    }
}
impl SpaprRtasEventLog_ExtendedLog {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * Byte 0 of the extended log header.
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprRtasEventLog_ExtendedLogFlags {
    pub _root: SharedType<SpaprRtasEventLog>,
    pub _parent: SharedType<SpaprRtasEventLog_ExtendedLog>,
    pub _self: SharedType<Self>,
    valid: RefCell<bool>,
    unrecoverable_error: RefCell<bool>,
    recoverable_error: RefCell<bool>,
    degraded_operation: RefCell<bool>,
    predictive_error: RefCell<bool>,
    new_log: RefCell<bool>,
    big_endian: RefCell<bool>,
    reserved: RefCell<bool>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprRtasEventLog_ExtendedLogFlags {
    type Root = SpaprRtasEventLog;
    type Parent = SpaprRtasEventLog_ExtendedLog;

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
        *self_rc.valid.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.unrecoverable_error.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.recoverable_error.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.degraded_operation.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.predictive_error.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.new_log.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.big_endian.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.reserved.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        Ok(())
    }
}
impl SpaprRtasEventLog_ExtendedLogFlags {
}

/**
 * 0x80, the log is valid.
 */
impl SpaprRtasEventLog_ExtendedLogFlags {
    pub fn valid(&self) -> Ref<'_, bool> {
        self.valid.borrow()
    }
}

/**
 * 0x40, an unrecoverable error.
 */
impl SpaprRtasEventLog_ExtendedLogFlags {
    pub fn unrecoverable_error(&self) -> Ref<'_, bool> {
        self.unrecoverable_error.borrow()
    }
}

/**
 * 0x20, a recoverable error.
 */
impl SpaprRtasEventLog_ExtendedLogFlags {
    pub fn recoverable_error(&self) -> Ref<'_, bool> {
        self.recoverable_error.borrow()
    }
}

/**
 * 0x10, the platform runs degraded.
 */
impl SpaprRtasEventLog_ExtendedLogFlags {
    pub fn degraded_operation(&self) -> Ref<'_, bool> {
        self.degraded_operation.borrow()
    }
}

/**
 * 0x08, a predicted failure.
 */
impl SpaprRtasEventLog_ExtendedLogFlags {
    pub fn predictive_error(&self) -> Ref<'_, bool> {
        self.predictive_error.borrow()
    }
}

/**
 * 0x04, not reported before.
 */
impl SpaprRtasEventLog_ExtendedLogFlags {
    pub fn new_log(&self) -> Ref<'_, bool> {
        self.new_log.borrow()
    }
}

/**
 * 0x02, the log is big-endian.
 */
impl SpaprRtasEventLog_ExtendedLogFlags {
    pub fn big_endian(&self) -> Ref<'_, bool> {
        self.big_endian.borrow()
    }
}

/**
 * 0x01, not defined.
 */
impl SpaprRtasEventLog_ExtendedLogFlags {
    pub fn reserved(&self) -> Ref<'_, bool> {
        self.reserved.borrow()
    }
}
impl SpaprRtasEventLog_ExtendedLogFlags {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The hotplug section ("HP"): what to plug or unplug and how it is
 * identified. QEMU writes 12 bytes after the header (the identifier
 * union is 8 bytes long); with a DRC name the section grows by the
 * name's length.
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprRtasEventLog_Hotplug {
    pub _root: SharedType<SpaprRtasEventLog>,
    pub _parent: SharedType<SpaprRtasEventLog_Section>,
    pub _self: SharedType<Self>,
    hotplug_type: RefCell<Spapr_HotplugType>,
    action: RefCell<Spapr_HotplugAction>,
    identifier: RefCell<Spapr_HotplugIdentifier>,
    capabilities: RefCell<u8>,
    drc: RefCell<Option<SpaprRtasEventLog_Hotplug_Drc>>,
    _io: RefCell<BytesReader>,
}
#[derive(Debug, Clone)]
pub enum SpaprRtasEventLog_Hotplug_Drc {
    SpaprRtasEventLog_DrcCount(OptRc<SpaprRtasEventLog_DrcCount>),
    SpaprRtasEventLog_DrcCountIndexed(OptRc<SpaprRtasEventLog_DrcCountIndexed>),
    Spapr_DrcIndex(OptRc<Spapr_DrcIndex>),
    SpaprRtasEventLog_DrcName(OptRc<SpaprRtasEventLog_DrcName>),
}
impl From<&SpaprRtasEventLog_Hotplug_Drc> for OptRc<SpaprRtasEventLog_DrcCount> {
    fn from(v: &SpaprRtasEventLog_Hotplug_Drc) -> Self {
        if let SpaprRtasEventLog_Hotplug_Drc::SpaprRtasEventLog_DrcCount(x) = v {
            return x.clone();
        }
        panic!("expected SpaprRtasEventLog_Hotplug_Drc::SpaprRtasEventLog_DrcCount, got {:?}", v)
    }
}
impl From<OptRc<SpaprRtasEventLog_DrcCount>> for SpaprRtasEventLog_Hotplug_Drc {
    fn from(v: OptRc<SpaprRtasEventLog_DrcCount>) -> Self {
        Self::SpaprRtasEventLog_DrcCount(v)
    }
}
impl From<&SpaprRtasEventLog_Hotplug_Drc> for OptRc<SpaprRtasEventLog_DrcCountIndexed> {
    fn from(v: &SpaprRtasEventLog_Hotplug_Drc) -> Self {
        if let SpaprRtasEventLog_Hotplug_Drc::SpaprRtasEventLog_DrcCountIndexed(x) = v {
            return x.clone();
        }
        panic!("expected SpaprRtasEventLog_Hotplug_Drc::SpaprRtasEventLog_DrcCountIndexed, got {:?}", v)
    }
}
impl From<OptRc<SpaprRtasEventLog_DrcCountIndexed>> for SpaprRtasEventLog_Hotplug_Drc {
    fn from(v: OptRc<SpaprRtasEventLog_DrcCountIndexed>) -> Self {
        Self::SpaprRtasEventLog_DrcCountIndexed(v)
    }
}
impl From<&SpaprRtasEventLog_Hotplug_Drc> for OptRc<Spapr_DrcIndex> {
    fn from(v: &SpaprRtasEventLog_Hotplug_Drc) -> Self {
        if let SpaprRtasEventLog_Hotplug_Drc::Spapr_DrcIndex(x) = v {
            return x.clone();
        }
        panic!("expected SpaprRtasEventLog_Hotplug_Drc::Spapr_DrcIndex, got {:?}", v)
    }
}
impl From<OptRc<Spapr_DrcIndex>> for SpaprRtasEventLog_Hotplug_Drc {
    fn from(v: OptRc<Spapr_DrcIndex>) -> Self {
        Self::Spapr_DrcIndex(v)
    }
}
impl From<&SpaprRtasEventLog_Hotplug_Drc> for OptRc<SpaprRtasEventLog_DrcName> {
    fn from(v: &SpaprRtasEventLog_Hotplug_Drc) -> Self {
        if let SpaprRtasEventLog_Hotplug_Drc::SpaprRtasEventLog_DrcName(x) = v {
            return x.clone();
        }
        panic!("expected SpaprRtasEventLog_Hotplug_Drc::SpaprRtasEventLog_DrcName, got {:?}", v)
    }
}
impl From<OptRc<SpaprRtasEventLog_DrcName>> for SpaprRtasEventLog_Hotplug_Drc {
    fn from(v: OptRc<SpaprRtasEventLog_DrcName>) -> Self {
        Self::SpaprRtasEventLog_DrcName(v)
    }
}
impl KStruct for SpaprRtasEventLog_Hotplug {
    type Root = SpaprRtasEventLog;
    type Parent = SpaprRtasEventLog_Section;

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
        *self_rc.hotplug_type.borrow_mut() = (_io.read_u1()? as i64).try_into()?;
        *self_rc.action.borrow_mut() = (_io.read_u1()? as i64).try_into()?;
        *self_rc.identifier.borrow_mut() = (_io.read_u1()? as i64).try_into()?;
        *self_rc.capabilities.borrow_mut() = _io.read_u1()?.into();
        match *self_rc.identifier() {
            Spapr_HotplugIdentifier::DrcCount => {
                let t = Self::read_into::<_, SpaprRtasEventLog_DrcCount>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.drc.borrow_mut() = Some(t);
            }
            Spapr_HotplugIdentifier::DrcCountIndexed => {
                let t = Self::read_into::<_, SpaprRtasEventLog_DrcCountIndexed>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.drc.borrow_mut() = Some(t);
            }
            Spapr_HotplugIdentifier::DrcIndex => {
                let t = Self::read_into::<_, Spapr_DrcIndex>(&*_io, None, None)?.into();
                *self_rc.drc.borrow_mut() = Some(t);
            }
            Spapr_HotplugIdentifier::DrcName => {
                let t = Self::read_into::<_, SpaprRtasEventLog_DrcName>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.drc.borrow_mut() = Some(t);
            }
            _ => {}
        }
        Ok(())
    }
}
impl SpaprRtasEventLog_Hotplug {
}

/**
 * Kind of resource.
 */
impl SpaprRtasEventLog_Hotplug {
    pub fn hotplug_type(&self) -> Ref<'_, Spapr_HotplugType> {
        self.hotplug_type.borrow()
    }
}

/**
 * Add or remove.
 */
impl SpaprRtasEventLog_Hotplug {
    pub fn action(&self) -> Ref<'_, Spapr_HotplugAction> {
        self.action.borrow()
    }
}

/**
 * Which member of the union below names the resource.
 */
impl SpaprRtasEventLog_Hotplug {
    pub fn identifier(&self) -> Ref<'_, Spapr_HotplugIdentifier> {
        self.identifier.borrow()
    }
}

/**
 * Capability flags (modern format; the reserved byte of the legacy format); zero from QEMU.
 */
impl SpaprRtasEventLog_Hotplug {
    pub fn capabilities(&self) -> Ref<'_, u8> {
        self.capabilities.borrow()
    }
}

/**
 * The resource(s) to act on.
 */
impl SpaprRtasEventLog_Hotplug {
    pub fn drc(&self) -> Ref<'_, Option<SpaprRtasEventLog_Hotplug_Drc>> {
        self.drc.borrow()
    }
}
impl SpaprRtasEventLog_Hotplug {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * Main-A ("PH", 40 bytes after the header), the primary header of a platform event.
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprRtasEventLog_MainA {
    pub _root: SharedType<SpaprRtasEventLog>,
    pub _parent: SharedType<SpaprRtasEventLog_Section>,
    pub _self: SharedType<Self>,
    creation_date: RefCell<u32>,
    creation_time: RefCell<u32>,
    platform1: RefCell<Vec<u8>>,
    creator_id: RefCell<String>,
    reserved1: RefCell<Vec<u8>>,
    num_sections: RefCell<u8>,
    reserved2: RefCell<Vec<u8>>,
    platform2: RefCell<Vec<u8>>,
    plid: RefCell<u32>,
    platform3: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprRtasEventLog_MainA {
    type Root = SpaprRtasEventLog;
    type Parent = SpaprRtasEventLog_Section;

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
        *self_rc.creation_date.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.creation_time.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.platform1.borrow_mut() = _io.read_bytes(8 as usize)?.into();
        *self_rc.creator_id.borrow_mut() = bytes_to_str(&_io.read_bytes(1 as usize)?.into(), "ASCII")?;
        *self_rc.reserved1.borrow_mut() = _io.read_bytes(2 as usize)?.into();
        *self_rc.num_sections.borrow_mut() = _io.read_u1()?.into();
        *self_rc.reserved2.borrow_mut() = _io.read_bytes(4 as usize)?.into();
        *self_rc.platform2.borrow_mut() = _io.read_bytes(8 as usize)?.into();
        *self_rc.plid.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.platform3.borrow_mut() = _io.read_bytes(4 as usize)?.into();
        Ok(())
    }
}
impl SpaprRtasEventLog_MainA {
}

/**
 * Date the event was made, BCD YYYYMMDD (read as hex digits).
 */
impl SpaprRtasEventLog_MainA {
    pub fn creation_date(&self) -> Ref<'_, u32> {
        self.creation_date.borrow()
    }
}

/**
 * Time the event was made, BCD HHMMSS00.
 */
impl SpaprRtasEventLog_MainA {
    pub fn creation_time(&self) -> Ref<'_, u32> {
        self.creation_time.borrow()
    }
}

/**
 * Platform specific; zero from QEMU.
 */
impl SpaprRtasEventLog_MainA {
    pub fn platform1(&self) -> Ref<'_, Vec<u8>> {
        self.platform1.borrow()
    }
}

/**
 * Who made the event; "H" (hypervisor) from QEMU.
 */
impl SpaprRtasEventLog_MainA {
    pub fn creator_id(&self) -> Ref<'_, String> {
        self.creator_id.borrow()
    }
}

/**
 * Not defined.
 */
impl SpaprRtasEventLog_MainA {
    pub fn reserved1(&self) -> Ref<'_, Vec<u8>> {
        self.reserved1.borrow()
    }
}

/**
 * Number of sections in the log (3 from QEMU).
 */
impl SpaprRtasEventLog_MainA {
    pub fn num_sections(&self) -> Ref<'_, u8> {
        self.num_sections.borrow()
    }
}

/**
 * Not defined.
 */
impl SpaprRtasEventLog_MainA {
    pub fn reserved2(&self) -> Ref<'_, Vec<u8>> {
        self.reserved2.borrow()
    }
}

/**
 * Platform specific.
 */
impl SpaprRtasEventLog_MainA {
    pub fn platform2(&self) -> Ref<'_, Vec<u8>> {
        self.platform2.borrow()
    }
}

/**
 * Platform log id; QEMU counts up from 0 in host byte order.
 */
impl SpaprRtasEventLog_MainA {
    pub fn plid(&self) -> Ref<'_, u32> {
        self.plid.borrow()
    }
}

/**
 * Platform specific.
 */
impl SpaprRtasEventLog_MainA {
    pub fn platform3(&self) -> Ref<'_, Vec<u8>> {
        self.platform3.borrow()
    }
}
impl SpaprRtasEventLog_MainA {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * Main-B ("UH", 16 bytes after the header), the user header.
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprRtasEventLog_MainB {
    pub _root: SharedType<SpaprRtasEventLog>,
    pub _parent: SharedType<SpaprRtasEventLog_Section>,
    pub _self: SharedType<Self>,
    subsystem_id: RefCell<u8>,
    platform1: RefCell<u8>,
    event_severity: RefCell<u8>,
    event_subtype: RefCell<u8>,
    platform2: RefCell<Vec<u8>>,
    reserved1: RefCell<Vec<u8>>,
    action_flags: RefCell<u16>,
    reserved2: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprRtasEventLog_MainB {
    type Root = SpaprRtasEventLog;
    type Parent = SpaprRtasEventLog_Section;

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
        *self_rc.subsystem_id.borrow_mut() = _io.read_u1()?.into();
        *self_rc.platform1.borrow_mut() = _io.read_u1()?.into();
        *self_rc.event_severity.borrow_mut() = _io.read_u1()?.into();
        *self_rc.event_subtype.borrow_mut() = _io.read_u1()?.into();
        *self_rc.platform2.borrow_mut() = _io.read_bytes(4 as usize)?.into();
        *self_rc.reserved1.borrow_mut() = _io.read_bytes(2 as usize)?.into();
        *self_rc.action_flags.borrow_mut() = _io.read_u2be()?.into();
        *self_rc.reserved2.borrow_mut() = _io.read_bytes(4 as usize)?.into();
        Ok(())
    }
}
impl SpaprRtasEventLog_MainB {
}

/**
 * Subsystem; 0x80 for QEMU's hotplug events, 0xa0 (external environment) for power-down.
 */
impl SpaprRtasEventLog_MainB {
    pub fn subsystem_id(&self) -> Ref<'_, u8> {
        self.subsystem_id.borrow()
    }
}

/**
 * Platform specific.
 */
impl SpaprRtasEventLog_MainB {
    pub fn platform1(&self) -> Ref<'_, u8> {
        self.platform1.borrow()
    }
}

/**
 * Severity; 0 (informational) from QEMU.
 */
impl SpaprRtasEventLog_MainB {
    pub fn event_severity(&self) -> Ref<'_, u8> {
        self.event_severity.borrow()
    }
}

/**
 * Subtype; 0 for hotplug, 0xd0 (normal shutdown) for power-down.
 */
impl SpaprRtasEventLog_MainB {
    pub fn event_subtype(&self) -> Ref<'_, u8> {
        self.event_subtype.borrow()
    }
}

/**
 * Platform specific.
 */
impl SpaprRtasEventLog_MainB {
    pub fn platform2(&self) -> Ref<'_, Vec<u8>> {
        self.platform2.borrow()
    }
}

/**
 * Not defined.
 */
impl SpaprRtasEventLog_MainB {
    pub fn reserved1(&self) -> Ref<'_, Vec<u8>> {
        self.reserved1.borrow()
    }
}

/**
 * Actions asked of the OS; zero from QEMU.
 */
impl SpaprRtasEventLog_MainB {
    pub fn action_flags(&self) -> Ref<'_, u16> {
        self.action_flags.borrow()
    }
}

/**
 * Not defined.
 */
impl SpaprRtasEventLog_MainB {
    pub fn reserved2(&self) -> Ref<'_, Vec<u8>> {
        self.reserved2.borrow()
    }
}
impl SpaprRtasEventLog_MainB {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One section of the extended log; the header is 8 bytes.
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprRtasEventLog_Section {
    pub _root: SharedType<SpaprRtasEventLog>,
    pub _parent: SharedType<SpaprRtasEventLog_ExtendedLog>,
    pub _self: SharedType<Self>,
    section_id: RefCell<SpaprRtasEventLog_SectionId>,
    len_section: RefCell<u16>,
    version: RefCell<u8>,
    subtype: RefCell<u8>,
    creator_component_id: RefCell<u16>,
    body: RefCell<Option<SpaprRtasEventLog_Section_Body>>,
    _io: RefCell<BytesReader>,
    body_raw: RefCell<Vec<u8>>,
}
#[derive(Debug, Clone)]
pub enum SpaprRtasEventLog_Section_Body {
    SpaprRtasEventLog_MainB(OptRc<SpaprRtasEventLog_MainB>),
    SpaprRtasEventLog_Hotplug(OptRc<SpaprRtasEventLog_Hotplug>),
    SpaprRtasEventLog_MainA(OptRc<SpaprRtasEventLog_MainA>),
    Bytes(Vec<u8>),
    SpaprRtasEventLog_Epow(OptRc<SpaprRtasEventLog_Epow>),
}
impl From<&SpaprRtasEventLog_Section_Body> for OptRc<SpaprRtasEventLog_MainB> {
    fn from(v: &SpaprRtasEventLog_Section_Body) -> Self {
        if let SpaprRtasEventLog_Section_Body::SpaprRtasEventLog_MainB(x) = v {
            return x.clone();
        }
        panic!("expected SpaprRtasEventLog_Section_Body::SpaprRtasEventLog_MainB, got {:?}", v)
    }
}
impl From<OptRc<SpaprRtasEventLog_MainB>> for SpaprRtasEventLog_Section_Body {
    fn from(v: OptRc<SpaprRtasEventLog_MainB>) -> Self {
        Self::SpaprRtasEventLog_MainB(v)
    }
}
impl From<&SpaprRtasEventLog_Section_Body> for OptRc<SpaprRtasEventLog_Hotplug> {
    fn from(v: &SpaprRtasEventLog_Section_Body) -> Self {
        if let SpaprRtasEventLog_Section_Body::SpaprRtasEventLog_Hotplug(x) = v {
            return x.clone();
        }
        panic!("expected SpaprRtasEventLog_Section_Body::SpaprRtasEventLog_Hotplug, got {:?}", v)
    }
}
impl From<OptRc<SpaprRtasEventLog_Hotplug>> for SpaprRtasEventLog_Section_Body {
    fn from(v: OptRc<SpaprRtasEventLog_Hotplug>) -> Self {
        Self::SpaprRtasEventLog_Hotplug(v)
    }
}
impl From<&SpaprRtasEventLog_Section_Body> for OptRc<SpaprRtasEventLog_MainA> {
    fn from(v: &SpaprRtasEventLog_Section_Body) -> Self {
        if let SpaprRtasEventLog_Section_Body::SpaprRtasEventLog_MainA(x) = v {
            return x.clone();
        }
        panic!("expected SpaprRtasEventLog_Section_Body::SpaprRtasEventLog_MainA, got {:?}", v)
    }
}
impl From<OptRc<SpaprRtasEventLog_MainA>> for SpaprRtasEventLog_Section_Body {
    fn from(v: OptRc<SpaprRtasEventLog_MainA>) -> Self {
        Self::SpaprRtasEventLog_MainA(v)
    }
}
impl From<&SpaprRtasEventLog_Section_Body> for Vec<u8> {
    fn from(v: &SpaprRtasEventLog_Section_Body) -> Self {
        if let SpaprRtasEventLog_Section_Body::Bytes(x) = v {
            return x.clone();
        }
        panic!("expected SpaprRtasEventLog_Section_Body::Bytes, got {:?}", v)
    }
}
impl From<Vec<u8>> for SpaprRtasEventLog_Section_Body {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(v)
    }
}
impl From<&SpaprRtasEventLog_Section_Body> for OptRc<SpaprRtasEventLog_Epow> {
    fn from(v: &SpaprRtasEventLog_Section_Body) -> Self {
        if let SpaprRtasEventLog_Section_Body::SpaprRtasEventLog_Epow(x) = v {
            return x.clone();
        }
        panic!("expected SpaprRtasEventLog_Section_Body::SpaprRtasEventLog_Epow, got {:?}", v)
    }
}
impl From<OptRc<SpaprRtasEventLog_Epow>> for SpaprRtasEventLog_Section_Body {
    fn from(v: OptRc<SpaprRtasEventLog_Epow>) -> Self {
        Self::SpaprRtasEventLog_Epow(v)
    }
}
impl KStruct for SpaprRtasEventLog_Section {
    type Root = SpaprRtasEventLog;
    type Parent = SpaprRtasEventLog_ExtendedLog;

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
        *self_rc.section_id.borrow_mut() = (_io.read_u2be()? as i64).try_into()?;
        *self_rc.len_section.borrow_mut() = _io.read_u2be()?.into();
        if !(((*self_rc.len_section() as u16) >= (8 as u16))) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::LessThan, src_path: "/types/section/seq/1".to_string() }));
        }
        *self_rc.version.borrow_mut() = _io.read_u1()?.into();
        *self_rc.subtype.borrow_mut() = _io.read_u1()?.into();
        *self_rc.creator_component_id.borrow_mut() = _io.read_u2be()?.into();
        match *self_rc.section_id() {
            SpaprRtasEventLog_SectionId::Epow => {
                *self_rc.body_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_section() as u16) - (8 as u16)) as usize)?.into();
                let body_raw = self_rc.body_raw.borrow();
                let _t_body_raw_io = BytesReader::from(body_raw.clone());
                let t = Self::read_into::<BytesReader, SpaprRtasEventLog_Epow>(&_t_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.body.borrow_mut() = Some(t);
            }
            SpaprRtasEventLog_SectionId::Hotplug => {
                *self_rc.body_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_section() as u16) - (8 as u16)) as usize)?.into();
                let body_raw = self_rc.body_raw.borrow();
                let _t_body_raw_io = BytesReader::from(body_raw.clone());
                let t = Self::read_into::<BytesReader, SpaprRtasEventLog_Hotplug>(&_t_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.body.borrow_mut() = Some(t);
            }
            SpaprRtasEventLog_SectionId::MainA => {
                *self_rc.body_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_section() as u16) - (8 as u16)) as usize)?.into();
                let body_raw = self_rc.body_raw.borrow();
                let _t_body_raw_io = BytesReader::from(body_raw.clone());
                let t = Self::read_into::<BytesReader, SpaprRtasEventLog_MainA>(&_t_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.body.borrow_mut() = Some(t);
            }
            SpaprRtasEventLog_SectionId::MainB => {
                *self_rc.body_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_section() as u16) - (8 as u16)) as usize)?.into();
                let body_raw = self_rc.body_raw.borrow();
                let _t_body_raw_io = BytesReader::from(body_raw.clone());
                let t = Self::read_into::<BytesReader, SpaprRtasEventLog_MainB>(&_t_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.body.borrow_mut() = Some(t);
            }
            _ => {
                *self_rc.body.borrow_mut() = Some(_io.read_bytes(((*self_rc.len_section() as u16) - (8 as u16)) as usize)?.into());
            }
        }
        Ok(())
    }
}
impl SpaprRtasEventLog_Section {
}

/**
 * Two ASCII letters naming the section ("HP" is 0x4850).
 */
impl SpaprRtasEventLog_Section {
    pub fn section_id(&self) -> Ref<'_, SpaprRtasEventLog_SectionId> {
        self.section_id.borrow()
    }
}

/**
 * Length of the section including this header, in bytes.
 */
impl SpaprRtasEventLog_Section {
    pub fn len_section(&self) -> Ref<'_, u16> {
        self.len_section.borrow()
    }
}

/**
 * Section version; 1 for hotplug sections.
 */
impl SpaprRtasEventLog_Section {
    pub fn version(&self) -> Ref<'_, u8> {
        self.version.borrow()
    }
}

/**
 * Section subtype; unused (zero) in QEMU's sections.
 */
impl SpaprRtasEventLog_Section {
    pub fn subtype(&self) -> Ref<'_, u8> {
        self.subtype.borrow()
    }
}

/**
 * Component that created the section; unused (zero).
 */
impl SpaprRtasEventLog_Section {
    pub fn creator_component_id(&self) -> Ref<'_, u16> {
        self.creator_component_id.borrow()
    }
}

/**
 * The section's contents, decoded for the sections QEMU writes.
 */
impl SpaprRtasEventLog_Section {
    pub fn body(&self) -> Ref<'_, Option<SpaprRtasEventLog_Section_Body>> {
        self.body.borrow()
    }
}
impl SpaprRtasEventLog_Section {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl SpaprRtasEventLog_Section {
    pub fn body_raw(&self) -> Ref<'_, Vec<u8>> {
        self.body_raw.borrow()
    }
}

/**
 * The first 32-bit word of an RTAS error log.
 */

#[derive(Default, Debug, Clone)]
pub struct SpaprRtasEventLog_Summary {
    pub _root: SharedType<SpaprRtasEventLog>,
    pub _parent: SharedType<SpaprRtasEventLog>,
    pub _self: SharedType<Self>,
    version: RefCell<u64>,
    severity: RefCell<SpaprRtasEventLog_Severity>,
    disposition: RefCell<SpaprRtasEventLog_Disposition>,
    optional_part_present: RefCell<bool>,
    reserved: RefCell<u64>,
    initiator: RefCell<SpaprRtasEventLog_Initiator>,
    target: RefCell<SpaprRtasEventLog_Initiator>,
    log_type: RefCell<SpaprRtasEventLog_LogType>,
    _io: RefCell<BytesReader>,
}
impl KStruct for SpaprRtasEventLog_Summary {
    type Root = SpaprRtasEventLog;
    type Parent = SpaprRtasEventLog;

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
        *self_rc.version.borrow_mut() = _io.read_bits_int_be(8)?;
        *self_rc.severity.borrow_mut() = (_io.read_bits_int_be(3)? as i64).try_into()?;
        *self_rc.disposition.borrow_mut() = (_io.read_bits_int_be(2)? as i64).try_into()?;
        *self_rc.optional_part_present.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.reserved.borrow_mut() = _io.read_bits_int_be(2)?;
        *self_rc.initiator.borrow_mut() = (_io.read_bits_int_be(4)? as i64).try_into()?;
        *self_rc.target.borrow_mut() = (_io.read_bits_int_be(4)? as i64).try_into()?;
        *self_rc.log_type.borrow_mut() = (_io.read_bits_int_be(8)? as i64).try_into()?;
        Ok(())
    }
}
impl SpaprRtasEventLog_Summary {
}

/**
 * Log format version; 6.
 */
impl SpaprRtasEventLog_Summary {
    pub fn version(&self) -> Ref<'_, u64> {
        self.version.borrow()
    }
}

/**
 * How bad the event is; "event" for hotplug and power-down.
 */
impl SpaprRtasEventLog_Summary {
    pub fn severity(&self) -> Ref<'_, SpaprRtasEventLog_Severity> {
        self.severity.borrow()
    }
}

/**
 * Whether the platform recovered.
 */
impl SpaprRtasEventLog_Summary {
    pub fn disposition(&self) -> Ref<'_, SpaprRtasEventLog_Disposition> {
        self.disposition.borrow()
    }
}

/**
 * An extended log follows (always set by QEMU).
 */
impl SpaprRtasEventLog_Summary {
    pub fn optional_part_present(&self) -> Ref<'_, bool> {
        self.optional_part_present.borrow()
    }
}

/**
 * Not defined; zero.
 */
impl SpaprRtasEventLog_Summary {
    pub fn reserved(&self) -> Ref<'_, u64> {
        self.reserved.borrow()
    }
}

/**
 * What started the event.
 */
impl SpaprRtasEventLog_Summary {
    pub fn initiator(&self) -> Ref<'_, SpaprRtasEventLog_Initiator> {
        self.initiator.borrow()
    }
}

/**
 * What the event is about (same numbering as the initiator).
 */
impl SpaprRtasEventLog_Summary {
    pub fn target(&self) -> Ref<'_, SpaprRtasEventLog_Initiator> {
        self.target.borrow()
    }
}

/**
 * Kind of event; 0xe5 for hotplug, 0x40 for EPOW.
 */
impl SpaprRtasEventLog_Summary {
    pub fn log_type(&self) -> Ref<'_, SpaprRtasEventLog_LogType> {
        self.log_type.borrow()
    }
}
impl SpaprRtasEventLog_Summary {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
