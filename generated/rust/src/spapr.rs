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
 * What the sPAPR specs share: the DRC index (a connector's type in the top
 * 4 bits, its id below), the flags word of a logical memory block, the
 * registers of a hypercall, and the numbers of the sPAPR hotplug and
 * hypercall documents: DRC types, the RTAS sensors and indicators 9001, 9002
 * and 9003 with their values, configure-connector answers, RTAS and
 * hypercall status codes, QEMU's private hypercalls H_RTAS (0xf000) and
 * H_LOGICAL_MEMOP (0xf001) with its element sizes and operations, and the
 * hotplug event's type, action and identifier kinds.
 * 
 * This spec has no top-level structure of its own; the property specs
 * (`spapr_drc_indexes`, `spapr_dynamic_memory`, ...), `spapr_rtas_event_log`,
 * `spapr_cc_work_area`, `spapr_rtas_args` and `dtb` use its types and enums.
 * Everything is big-endian, as the guest (Power) sees it.
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 * \sa https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html Source
 */

#[derive(Default, Debug, Clone)]
pub struct Spapr {
    pub _root: SharedType<Spapr>,
    pub _parent: SharedType<Spapr>,
    pub _self: SharedType<Self>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Spapr {
    type Root = Spapr;
    type Parent = Spapr;

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
        Ok(())
    }
}
impl Spapr {
}
impl Spapr {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum Spapr_AllocationState {

    /**
     * Give the resource back to the platform's pool.
     */
    Unusable,

    /**
     * Ask for the resource to be allocated to the guest.
     */
    Usable,

    /**
     * Allocate a spare for fail-over (not used by QEMU).
     */
    Exchange,

    /**
     * Reclaim a resource allocated earlier (not used by QEMU).
     */
    Recover,
    Unknown(i64),
}

impl TryFrom<i64> for Spapr_AllocationState {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Spapr_AllocationState> {
        match flag {
            0 => Ok(Spapr_AllocationState::Unusable),
            1 => Ok(Spapr_AllocationState::Usable),
            2 => Ok(Spapr_AllocationState::Exchange),
            3 => Ok(Spapr_AllocationState::Recover),
            _ => Ok(Spapr_AllocationState::Unknown(flag)),
        }
    }
}

impl From<&Spapr_AllocationState> for i64 {
    fn from(v: &Spapr_AllocationState) -> Self {
        match *v {
            Spapr_AllocationState::Unusable => 0,
            Spapr_AllocationState::Usable => 1,
            Spapr_AllocationState::Exchange => 2,
            Spapr_AllocationState::Recover => 3,
            Spapr_AllocationState::Unknown(v) => v
        }
    }
}

impl Default for Spapr_AllocationState {
    fn default() -> Self { Spapr_AllocationState::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Spapr_CcStatus {

    /**
     * The connector is not unisolated (or configured) yet (QEMU).
     */
    NotConfigurable,

    /**
     * Building the fragment failed (QEMU).
     */
    HardwareError,

    /**
     * The whole device tree fragment has been sent.
     */
    Complete,

    /**
     * A sibling node starts; its name is in the work area (unused by QEMU).
     */
    NextSibling,

    /**
     * A child node starts; its name is in the work area.
     */
    NextChild,

    /**
     * A property of the current node; name, length and value are in the work area.
     */
    NextProperty,

    /**
     * The current node ends; go back up to its parent.
     */
    PreviousParent,

    /**
     * The guest must give a second work area (arg 1); never answered by QEMU.
     */
    MoreMemory,

    /**
     * Took too long, call again later (990x in the spec); never answered by QEMU.
     */
    CallAgain,
    Unknown(i64),
}

impl TryFrom<i64> for Spapr_CcStatus {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Spapr_CcStatus> {
        match flag {
            -9003 => Ok(Spapr_CcStatus::NotConfigurable),
            -1 => Ok(Spapr_CcStatus::HardwareError),
            0 => Ok(Spapr_CcStatus::Complete),
            1 => Ok(Spapr_CcStatus::NextSibling),
            2 => Ok(Spapr_CcStatus::NextChild),
            3 => Ok(Spapr_CcStatus::NextProperty),
            4 => Ok(Spapr_CcStatus::PreviousParent),
            5 => Ok(Spapr_CcStatus::MoreMemory),
            9900 => Ok(Spapr_CcStatus::CallAgain),
            _ => Ok(Spapr_CcStatus::Unknown(flag)),
        }
    }
}

impl From<&Spapr_CcStatus> for i64 {
    fn from(v: &Spapr_CcStatus) -> Self {
        match *v {
            Spapr_CcStatus::NotConfigurable => -9003,
            Spapr_CcStatus::HardwareError => -1,
            Spapr_CcStatus::Complete => 0,
            Spapr_CcStatus::NextSibling => 1,
            Spapr_CcStatus::NextChild => 2,
            Spapr_CcStatus::NextProperty => 3,
            Spapr_CcStatus::PreviousParent => 4,
            Spapr_CcStatus::MoreMemory => 5,
            Spapr_CcStatus::CallAgain => 9900,
            Spapr_CcStatus::Unknown(v) => v
        }
    }
}

impl Default for Spapr_CcStatus {
    fn default() -> Self { Spapr_CcStatus::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Spapr_DrIndicatorState {

    /**
     * The resource may be removed safely.
     */
    Inactive,

    /**
     * The resource is in use.
     */
    Active,

    /**
     * Show which slot this is (interactive hotplug).
     */
    Identify,

    /**
     * Used like identify in most cases.
     */
    Action,
    Unknown(i64),
}

impl TryFrom<i64> for Spapr_DrIndicatorState {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Spapr_DrIndicatorState> {
        match flag {
            0 => Ok(Spapr_DrIndicatorState::Inactive),
            1 => Ok(Spapr_DrIndicatorState::Active),
            2 => Ok(Spapr_DrIndicatorState::Identify),
            3 => Ok(Spapr_DrIndicatorState::Action),
            _ => Ok(Spapr_DrIndicatorState::Unknown(flag)),
        }
    }
}

impl From<&Spapr_DrIndicatorState> for i64 {
    fn from(v: &Spapr_DrIndicatorState) -> Self {
        match *v {
            Spapr_DrIndicatorState::Inactive => 0,
            Spapr_DrIndicatorState::Active => 1,
            Spapr_DrIndicatorState::Identify => 2,
            Spapr_DrIndicatorState::Action => 3,
            Spapr_DrIndicatorState::Unknown(v) => v
        }
    }
}

impl Default for Spapr_DrIndicatorState {
    fn default() -> Self { Spapr_DrIndicatorState::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Spapr_DrcType {

    /**
     * A processor core ("CPU" in ibm,drc-types).
     */
    Cpu,

    /**
     * A PCI host bridge ("PHB").
     */
    Phb,

    /**
     * A VIO slot ("SLOT").
     */
    Vio,

    /**
     * A PCI slot ("28").
     */
    Pci,

    /**
     * A logical memory block ("MEM"; named "LMB n").
     */
    Lmb,

    /**
     * An NVDIMM (persistent memory, "PMEM"); a QEMU addition to the spec's list.
     */
    Pmem,
    Unknown(i64),
}

impl TryFrom<i64> for Spapr_DrcType {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Spapr_DrcType> {
        match flag {
            1 => Ok(Spapr_DrcType::Cpu),
            2 => Ok(Spapr_DrcType::Phb),
            3 => Ok(Spapr_DrcType::Vio),
            4 => Ok(Spapr_DrcType::Pci),
            8 => Ok(Spapr_DrcType::Lmb),
            9 => Ok(Spapr_DrcType::Pmem),
            _ => Ok(Spapr_DrcType::Unknown(flag)),
        }
    }
}

impl From<&Spapr_DrcType> for i64 {
    fn from(v: &Spapr_DrcType) -> Self {
        match *v {
            Spapr_DrcType::Cpu => 1,
            Spapr_DrcType::Phb => 2,
            Spapr_DrcType::Vio => 3,
            Spapr_DrcType::Pci => 4,
            Spapr_DrcType::Lmb => 8,
            Spapr_DrcType::Pmem => 9,
            Spapr_DrcType::Unknown(v) => v
        }
    }
}

impl Default for Spapr_DrcType {
    fn default() -> Self { Spapr_DrcType::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Spapr_EntitySense {

    /**
     * Physical connector with nothing in it.
     */
    Empty,

    /**
     * A device or resource is there (physical) or allocated to the connector (logical).
     */
    Present,

    /**
     * Logical connector with no resource allocated.
     */
    Unusable,

    /**
     * Logical resource available for exchange.
     */
    Exchange,

    /**
     * Logical resource available for recovery.
     */
    Recovery,
    Unknown(i64),
}

impl TryFrom<i64> for Spapr_EntitySense {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Spapr_EntitySense> {
        match flag {
            0 => Ok(Spapr_EntitySense::Empty),
            1 => Ok(Spapr_EntitySense::Present),
            2 => Ok(Spapr_EntitySense::Unusable),
            3 => Ok(Spapr_EntitySense::Exchange),
            4 => Ok(Spapr_EntitySense::Recovery),
            _ => Ok(Spapr_EntitySense::Unknown(flag)),
        }
    }
}

impl From<&Spapr_EntitySense> for i64 {
    fn from(v: &Spapr_EntitySense) -> Self {
        match *v {
            Spapr_EntitySense::Empty => 0,
            Spapr_EntitySense::Present => 1,
            Spapr_EntitySense::Unusable => 2,
            Spapr_EntitySense::Exchange => 3,
            Spapr_EntitySense::Recovery => 4,
            Spapr_EntitySense::Unknown(v) => v
        }
    }
}

impl Default for Spapr_EntitySense {
    fn default() -> Self { Spapr_EntitySense::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Spapr_EventClass {

    /**
     * Mask bit 0x80000000 of check-exception.
     */
    InternalErrors,

    /**
     * Mask bit 0x40000000; also carries legacy hotplug events.
     */
    Epow,

    /**
     * Mask bit 0x20000000.
     */
    Reserved,

    /**
     * Mask bit 0x10000000; modern hotplug events (guests that asked for them).
     */
    HotPlug,

    /**
     * Mask bit 0x08000000.
     */
    Io,
    Unknown(i64),
}

impl TryFrom<i64> for Spapr_EventClass {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Spapr_EventClass> {
        match flag {
            0 => Ok(Spapr_EventClass::InternalErrors),
            1 => Ok(Spapr_EventClass::Epow),
            2 => Ok(Spapr_EventClass::Reserved),
            3 => Ok(Spapr_EventClass::HotPlug),
            4 => Ok(Spapr_EventClass::Io),
            _ => Ok(Spapr_EventClass::Unknown(flag)),
        }
    }
}

impl From<&Spapr_EventClass> for i64 {
    fn from(v: &Spapr_EventClass) -> Self {
        match *v {
            Spapr_EventClass::InternalErrors => 0,
            Spapr_EventClass::Epow => 1,
            Spapr_EventClass::Reserved => 2,
            Spapr_EventClass::HotPlug => 3,
            Spapr_EventClass::Io => 4,
            Spapr_EventClass::Unknown(v) => v
        }
    }
}

impl Default for Spapr_EventClass {
    fn default() -> Self { Spapr_EventClass::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Spapr_Hcall {

    /**
     * Run an RTAS call; r4 is the guest physical address of the RTAS parameter block (`spapr_rtas_args`).
     */
    HRtas,

    /**
     * Copy or invert memory in real mode; arguments in `logical_memop_args`.
     */
    HLogicalMemop,

    /**
     * QEMU's client-architecture-support for SLOF: r4 the option vector
     * table, r5 a buffer, r6 its size; QEMU writes a 4-byte header and the
     * renegotiated device tree into the buffer. Not in the hypercall spec.
     */
    HCas,

    /**
     * SLOF gives QEMU its updated device tree (r4 its address). Not in the hypercall spec.
     */
    HUpdateDt,

    /**
     * Client interface call of QEMU's Virtual Open Firmware (x-vof=on). Not in the hypercall spec.
     */
    HVofClient,
    Unknown(i64),
}

impl TryFrom<i64> for Spapr_Hcall {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Spapr_Hcall> {
        match flag {
            61440 => Ok(Spapr_Hcall::HRtas),
            61441 => Ok(Spapr_Hcall::HLogicalMemop),
            61442 => Ok(Spapr_Hcall::HCas),
            61443 => Ok(Spapr_Hcall::HUpdateDt),
            61445 => Ok(Spapr_Hcall::HVofClient),
            _ => Ok(Spapr_Hcall::Unknown(flag)),
        }
    }
}

impl From<&Spapr_Hcall> for i64 {
    fn from(v: &Spapr_Hcall) -> Self {
        match *v {
            Spapr_Hcall::HRtas => 61440,
            Spapr_Hcall::HLogicalMemop => 61441,
            Spapr_Hcall::HCas => 61442,
            Spapr_Hcall::HUpdateDt => 61443,
            Spapr_Hcall::HVofClient => 61445,
            Spapr_Hcall::Unknown(v) => v
        }
    }
}

impl Default for Spapr_Hcall {
    fn default() -> Self { Spapr_Hcall::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Spapr_HcallStatus {

    /**
     * Bad argument (H_RTAS, H_LOGICAL_MEMOP).
     */
    Parameter,

    /**
     * Not allowed from this privilege level.
     */
    Privilege,

    /**
     * No such hypercall.
     */
    Function,

    /**
     * The hypervisor failed.
     */
    Hardware,

    /**
     * The hypercall did what was asked.
     */
    Success,

    /**
     * Try again.
     */
    Busy,
    Unknown(i64),
}

impl TryFrom<i64> for Spapr_HcallStatus {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Spapr_HcallStatus> {
        match flag {
            -4 => Ok(Spapr_HcallStatus::Parameter),
            -3 => Ok(Spapr_HcallStatus::Privilege),
            -2 => Ok(Spapr_HcallStatus::Function),
            -1 => Ok(Spapr_HcallStatus::Hardware),
            0 => Ok(Spapr_HcallStatus::Success),
            1 => Ok(Spapr_HcallStatus::Busy),
            _ => Ok(Spapr_HcallStatus::Unknown(flag)),
        }
    }
}

impl From<&Spapr_HcallStatus> for i64 {
    fn from(v: &Spapr_HcallStatus) -> Self {
        match *v {
            Spapr_HcallStatus::Parameter => -4,
            Spapr_HcallStatus::Privilege => -3,
            Spapr_HcallStatus::Function => -2,
            Spapr_HcallStatus::Hardware => -1,
            Spapr_HcallStatus::Success => 0,
            Spapr_HcallStatus::Busy => 1,
            Spapr_HcallStatus::Unknown(v) => v
        }
    }
}

impl Default for Spapr_HcallStatus {
    fn default() -> Self { Spapr_HcallStatus::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Spapr_HotplugAction {

    /**
     * Plug the resource(s).
     */
    Add,

    /**
     * Unplug the resource(s).
     */
    Remove,
    Unknown(i64),
}

impl TryFrom<i64> for Spapr_HotplugAction {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Spapr_HotplugAction> {
        match flag {
            1 => Ok(Spapr_HotplugAction::Add),
            2 => Ok(Spapr_HotplugAction::Remove),
            _ => Ok(Spapr_HotplugAction::Unknown(flag)),
        }
    }
}

impl From<&Spapr_HotplugAction> for i64 {
    fn from(v: &Spapr_HotplugAction) -> Self {
        match *v {
            Spapr_HotplugAction::Add => 1,
            Spapr_HotplugAction::Remove => 2,
            Spapr_HotplugAction::Unknown(v) => v
        }
    }
}

impl Default for Spapr_HotplugAction {
    fn default() -> Self { Spapr_HotplugAction::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Spapr_HotplugIdentifier {

    /**
     * The event names the connector by its DRC name.
     */
    DrcName,

    /**
     * The event names one connector by its DRC index.
     */
    DrcIndex,

    /**
     * The event gives a number of resources; the guest picks which.
     */
    DrcCount,

    /**
     * A count and the first DRC index of a run (modern format only).
     */
    DrcCountIndexed,
    Unknown(i64),
}

impl TryFrom<i64> for Spapr_HotplugIdentifier {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Spapr_HotplugIdentifier> {
        match flag {
            1 => Ok(Spapr_HotplugIdentifier::DrcName),
            2 => Ok(Spapr_HotplugIdentifier::DrcIndex),
            3 => Ok(Spapr_HotplugIdentifier::DrcCount),
            4 => Ok(Spapr_HotplugIdentifier::DrcCountIndexed),
            _ => Ok(Spapr_HotplugIdentifier::Unknown(flag)),
        }
    }
}

impl From<&Spapr_HotplugIdentifier> for i64 {
    fn from(v: &Spapr_HotplugIdentifier) -> Self {
        match *v {
            Spapr_HotplugIdentifier::DrcName => 1,
            Spapr_HotplugIdentifier::DrcIndex => 2,
            Spapr_HotplugIdentifier::DrcCount => 3,
            Spapr_HotplugIdentifier::DrcCountIndexed => 4,
            Spapr_HotplugIdentifier::Unknown(v) => v
        }
    }
}

impl Default for Spapr_HotplugIdentifier {
    fn default() -> Self { Spapr_HotplugIdentifier::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Spapr_HotplugType {

    /**
     * Processor.
     */
    Cpu,

    /**
     * Logical memory blocks.
     */
    Memory,

    /**
     * Slot.
     */
    Slot,

    /**
     * PCI host bridge.
     */
    Phb,

    /**
     * PCI device.
     */
    Pci,

    /**
     * NVDIMM (QEMU addition).
     */
    Pmem,
    Unknown(i64),
}

impl TryFrom<i64> for Spapr_HotplugType {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Spapr_HotplugType> {
        match flag {
            1 => Ok(Spapr_HotplugType::Cpu),
            2 => Ok(Spapr_HotplugType::Memory),
            3 => Ok(Spapr_HotplugType::Slot),
            4 => Ok(Spapr_HotplugType::Phb),
            5 => Ok(Spapr_HotplugType::Pci),
            6 => Ok(Spapr_HotplugType::Pmem),
            _ => Ok(Spapr_HotplugType::Unknown(flag)),
        }
    }
}

impl From<&Spapr_HotplugType> for i64 {
    fn from(v: &Spapr_HotplugType) -> Self {
        match *v {
            Spapr_HotplugType::Cpu => 1,
            Spapr_HotplugType::Memory => 2,
            Spapr_HotplugType::Slot => 3,
            Spapr_HotplugType::Phb => 4,
            Spapr_HotplugType::Pci => 5,
            Spapr_HotplugType::Pmem => 6,
            Spapr_HotplugType::Unknown(v) => v
        }
    }
}

impl Default for Spapr_HotplugType {
    fn default() -> Self { Spapr_HotplugType::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Spapr_Indicator {

    /**
     * Whether the device is isolated from the guest (`isolation_state` values).
     */
    IsolationState,

    /**
     * The connector's visual indicator (`dr_indicator_state` values); physical connectors only.
     */
    DrIndicator,

    /**
     * Allocate or release a logical resource (`allocation_state` values); logical connectors only.
     */
    AllocationState,
    Unknown(i64),
}

impl TryFrom<i64> for Spapr_Indicator {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Spapr_Indicator> {
        match flag {
            9001 => Ok(Spapr_Indicator::IsolationState),
            9002 => Ok(Spapr_Indicator::DrIndicator),
            9003 => Ok(Spapr_Indicator::AllocationState),
            _ => Ok(Spapr_Indicator::Unknown(flag)),
        }
    }
}

impl From<&Spapr_Indicator> for i64 {
    fn from(v: &Spapr_Indicator) -> Self {
        match *v {
            Spapr_Indicator::IsolationState => 9001,
            Spapr_Indicator::DrIndicator => 9002,
            Spapr_Indicator::AllocationState => 9003,
            Spapr_Indicator::Unknown(v) => v
        }
    }
}

impl Default for Spapr_Indicator {
    fn default() -> Self { Spapr_Indicator::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Spapr_IsolationState {

    /**
     * The guest may not use the device.
     */
    Isolate,

    /**
     * The guest may use the device.
     */
    Unisolate,
    Unknown(i64),
}

impl TryFrom<i64> for Spapr_IsolationState {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Spapr_IsolationState> {
        match flag {
            0 => Ok(Spapr_IsolationState::Isolate),
            1 => Ok(Spapr_IsolationState::Unisolate),
            _ => Ok(Spapr_IsolationState::Unknown(flag)),
        }
    }
}

impl From<&Spapr_IsolationState> for i64 {
    fn from(v: &Spapr_IsolationState) -> Self {
        match *v {
            Spapr_IsolationState::Isolate => 0,
            Spapr_IsolationState::Unisolate => 1,
            Spapr_IsolationState::Unknown(v) => v
        }
    }
}

impl Default for Spapr_IsolationState {
    fn default() -> Self { Spapr_IsolationState::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Spapr_MemopElementSize {

    /**
     * Elements of 1 byte.
     */
    OneByte,

    /**
     * Elements of 2 bytes.
     */
    TwoBytes,

    /**
     * Elements of 4 bytes.
     */
    FourBytes,

    /**
     * Elements of 8 bytes.
     */
    EightBytes,
    Unknown(i64),
}

impl TryFrom<i64> for Spapr_MemopElementSize {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Spapr_MemopElementSize> {
        match flag {
            0 => Ok(Spapr_MemopElementSize::OneByte),
            1 => Ok(Spapr_MemopElementSize::TwoBytes),
            2 => Ok(Spapr_MemopElementSize::FourBytes),
            3 => Ok(Spapr_MemopElementSize::EightBytes),
            _ => Ok(Spapr_MemopElementSize::Unknown(flag)),
        }
    }
}

impl From<&Spapr_MemopElementSize> for i64 {
    fn from(v: &Spapr_MemopElementSize) -> Self {
        match *v {
            Spapr_MemopElementSize::OneByte => 0,
            Spapr_MemopElementSize::TwoBytes => 1,
            Spapr_MemopElementSize::FourBytes => 2,
            Spapr_MemopElementSize::EightBytes => 3,
            Spapr_MemopElementSize::Unknown(v) => v
        }
    }
}

impl Default for Spapr_MemopElementSize {
    fn default() -> Self { Spapr_MemopElementSize::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Spapr_MemopOperation {

    /**
     * Copy each source element to the destination.
     */
    Copy,

    /**
     * Called "xor" in the spec; QEMU writes the bitwise complement of each
     * source element to the destination (SLOF inverts the screen with it).
     */
    Invert,
    Unknown(i64),
}

impl TryFrom<i64> for Spapr_MemopOperation {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Spapr_MemopOperation> {
        match flag {
            0 => Ok(Spapr_MemopOperation::Copy),
            1 => Ok(Spapr_MemopOperation::Invert),
            _ => Ok(Spapr_MemopOperation::Unknown(flag)),
        }
    }
}

impl From<&Spapr_MemopOperation> for i64 {
    fn from(v: &Spapr_MemopOperation) -> Self {
        match *v {
            Spapr_MemopOperation::Copy => 0,
            Spapr_MemopOperation::Invert => 1,
            Spapr_MemopOperation::Unknown(v) => v
        }
    }
}

impl Default for Spapr_MemopOperation {
    fn default() -> Self { Spapr_MemopOperation::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Spapr_RtasStatus {

    /**
     * Bad system parameter.
     */
    SystemParameterError,

    /**
     * The partition may not do this.
     */
    NotAuthorized,

    /**
     * Bad argument, unsupported sensor, or no such indicator.
     */
    ParameterError,

    /**
     * Try again.
     */
    Busy,

    /**
     * The platform failed.
     */
    HardwareError,

    /**
     * The call did what was asked.
     */
    Success,

    /**
     * No event is waiting (check-exception, event-scan).
     */
    NoErrorsFound,
    Unknown(i64),
}

impl TryFrom<i64> for Spapr_RtasStatus {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Spapr_RtasStatus> {
        match flag {
            -9999 => Ok(Spapr_RtasStatus::SystemParameterError),
            -9002 => Ok(Spapr_RtasStatus::NotAuthorized),
            -3 => Ok(Spapr_RtasStatus::ParameterError),
            -2 => Ok(Spapr_RtasStatus::Busy),
            -1 => Ok(Spapr_RtasStatus::HardwareError),
            0 => Ok(Spapr_RtasStatus::Success),
            1 => Ok(Spapr_RtasStatus::NoErrorsFound),
            _ => Ok(Spapr_RtasStatus::Unknown(flag)),
        }
    }
}

impl From<&Spapr_RtasStatus> for i64 {
    fn from(v: &Spapr_RtasStatus) -> Self {
        match *v {
            Spapr_RtasStatus::SystemParameterError => -9999,
            Spapr_RtasStatus::NotAuthorized => -9002,
            Spapr_RtasStatus::ParameterError => -3,
            Spapr_RtasStatus::Busy => -2,
            Spapr_RtasStatus::HardwareError => -1,
            Spapr_RtasStatus::Success => 0,
            Spapr_RtasStatus::NoErrorsFound => 1,
            Spapr_RtasStatus::Unknown(v) => v
        }
    }
}

impl Default for Spapr_RtasStatus {
    fn default() -> Self { Spapr_RtasStatus::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Spapr_Sensor {

    /**
     * What is behind a connector (`entity_sense` values), read with get-sensor-state.
     */
    DrEntitySense,
    Unknown(i64),
}

impl TryFrom<i64> for Spapr_Sensor {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Spapr_Sensor> {
        match flag {
            9003 => Ok(Spapr_Sensor::DrEntitySense),
            _ => Ok(Spapr_Sensor::Unknown(flag)),
        }
    }
}

impl From<&Spapr_Sensor> for i64 {
    fn from(v: &Spapr_Sensor) -> Self {
        match *v {
            Spapr_Sensor::DrEntitySense => 9003,
            Spapr_Sensor::Unknown(v) => v
        }
    }
}

impl Default for Spapr_Sensor {
    fn default() -> Self { Spapr_Sensor::Unknown(0) }
}


/**
 * The argument of client-architecture-support (H_CAS for SLOF, a client
 * interface call otherwise): the processor versions the guest supports,
 * as (mask, value) pairs ended by a pair whose value has a bit outside
 * its mask (such as 0 / 0xffffffff), then the option vectors, each a
 * length byte (bytes - 1) and its bytes. Vector 5 byte 2 bit 0x20 asks
 * for ibm,dynamic-reconfiguration-memory, byte 22 bit 0x80 for
 * ibm,dynamic-memory-v2, byte 6 bit 0x04 for the modern hotplug events
 * (bytes counted from 1 after the length byte).
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

#[derive(Default, Debug, Clone)]
pub struct Spapr_CasVectors {
    pub _root: SharedType<Spapr>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    pvrs: RefCell<Vec<OptRc<Spapr_PvrEntry>>>,
    num_vectors_minus_one: RefCell<u8>,
    vectors: RefCell<Vec<OptRc<Spapr_OptionVector>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Spapr_CasVectors {
    type Root = Spapr;
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
        *self_rc.pvrs.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while {
                let t = Self::read_into::<_, Spapr_PvrEntry>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.pvrs.borrow_mut().push(t);
                let _t_pvrs = self_rc.pvrs.borrow();
                let _tmpa = _t_pvrs.last().unwrap();
                _i += 1;
                let x = !( ((((*_tmpa.mask() as u32) == (0 as u32))) && (((*_tmpa.pvr() as i32) == (4294967295 as i32)))) );
                x
            } {}
        }
        *self_rc.num_vectors_minus_one.borrow_mut() = _io.read_u1()?.into();
        *self_rc.vectors.borrow_mut() = Vec::new();
        let l_vectors = (((*self_rc.num_vectors_minus_one() as i32) as i32) + (1 as i32));
        for _i in 0..l_vectors {
            let t = Self::read_into::<_, Spapr_OptionVector>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            self_rc.vectors.borrow_mut().push(t);
        }
        Ok(())
    }
}
impl Spapr_CasVectors {
}

/**
 * Supported processor versions, ended by the pair 0 / 0xffffffff (kept in the list).
 */
impl Spapr_CasVectors {
    pub fn pvrs(&self) -> Ref<'_, Vec<OptRc<Spapr_PvrEntry>>> {
        self.pvrs.borrow()
    }
}

/**
 * Number of option vectors minus one.
 */
impl Spapr_CasVectors {
    pub fn num_vectors_minus_one(&self) -> Ref<'_, u8> {
        self.num_vectors_minus_one.borrow()
    }
}

/**
 * Option vectors 1, 2, ... in order.
 */
impl Spapr_CasVectors {
    pub fn vectors(&self) -> Ref<'_, Vec<OptRc<Spapr_OptionVector>>> {
        self.vectors.borrow()
    }
}
impl Spapr_CasVectors {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A dynamic reconfiguration connector index (32 bits). QEMU follows the
 * PowerVM convention: the resource type in bits 31..28 and a number
 * unique among connectors of that type in bits 27..0 (for memory, the
 * LMB's address divided by the LMB size; for CPUs, the core id; for PCI
 * slots, the PHB and slot).
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

#[derive(Default, Debug, Clone)]
pub struct Spapr_DrcIndex {
    pub _root: SharedType<Spapr>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    drc_type: RefCell<Spapr_DrcType>,
    id: RefCell<u64>,
    _io: RefCell<BytesReader>,
    f_value: Cell<bool>,
    value: RefCell<u32>,
}
impl KStruct for Spapr_DrcIndex {
    type Root = Spapr;
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
        *self_rc.drc_type.borrow_mut() = (_io.read_bits_int_be(4)? as i64).try_into()?;
        *self_rc.id.borrow_mut() = _io.read_bits_int_be(28)?;
        Ok(())
    }
}
impl Spapr_DrcIndex {

    /**
     * The whole index as one number.
     */
    pub fn value(
        &self
    ) -> KResult<Ref<'_, u32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_value.get() {
            return Ok(self.value.borrow());
        }
        self.f_value.set(true);
        *self.value.borrow_mut() = (((((((i64::from(&*self.drc_type()) as i64) as i32) * (268435456 as i32)) as i32) + ((*self.id() as i64) as i32)) as u32)) as u32;
        Ok(self.value.borrow())
    }
}

/**
 * Bits 31..28, the kind of resource behind the connector.
 */
impl Spapr_DrcIndex {
    pub fn drc_type(&self) -> Ref<'_, Spapr_DrcType> {
        self.drc_type.borrow()
    }
}

/**
 * Bits 27..0, the connector's number among those of its type.
 */
impl Spapr_DrcIndex {
    pub fn id(&self) -> Ref<'_, u64> {
        self.id.borrow()
    }
}
impl Spapr_DrcIndex {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The registers of one hypercall (`sc 1`) as ten 64-bit big-endian
 * words: r3 holds the hypercall number on entry and the status on
 * return; r4..r12 hold the arguments on entry and any outputs on
 * return. qemuspec's guest-side hypercall agent keeps this image in
 * guest memory.
 * \sa https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html Source
 */

#[derive(Default, Debug, Clone)]
pub struct Spapr_HcallRegisters {
    pub _root: SharedType<Spapr>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    r3: RefCell<i64>,
    args: RefCell<Vec<u64>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Spapr_HcallRegisters {
    type Root = Spapr;
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
        *self_rc.r3.borrow_mut() = _io.read_s8be()?.into();
        *self_rc.args.borrow_mut() = Vec::new();
        let l_args = 9;
        for _i in 0..l_args {
            self_rc.args.borrow_mut().push(_io.read_u8be()?.into());
        }
        Ok(())
    }
}
impl Spapr_HcallRegisters {
}

/**
 * On entry the hypercall number (`hcall`), on return the status (`hcall_status`).
 */
impl Spapr_HcallRegisters {
    pub fn r3(&self) -> Ref<'_, i64> {
        self.r3.borrow()
    }
}

/**
 * r4..r12, arguments on entry and outputs on return.
 */
impl Spapr_HcallRegisters {
    pub fn args(&self) -> Ref<'_, Vec<u64>> {
        self.args.borrow()
    }
}
impl Spapr_HcallRegisters {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The 32-bit flags word of an `ibm,dynamic-memory` (or -v2) entry. The
 * spec names bit 0x8 (assigned); QEMU also sets 0x20 (the DRC index is
 * not valid) and 0x80 (reserved) for boot memory, and 0x100 for memory
 * that may be unplugged.
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt Source
 */

#[derive(Default, Debug, Clone)]
pub struct Spapr_LmbFlags {
    pub _root: SharedType<Spapr>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    reserved_high: RefCell<u64>,
    hot_removable: RefCell<bool>,
    reserved_lmb: RefCell<bool>,
    unused_upper: RefCell<bool>,
    drc_invalid: RefCell<bool>,
    unused_lower: RefCell<bool>,
    assigned: RefCell<bool>,
    reserved_bottom: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Spapr_LmbFlags {
    type Root = Spapr;
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
        *self_rc.reserved_high.borrow_mut() = _io.read_bits_int_be(23)?;
        *self_rc.hot_removable.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.reserved_lmb.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.unused_upper.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.drc_invalid.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.unused_lower.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.assigned.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.reserved_bottom.borrow_mut() = _io.read_bits_int_be(3)?;
        Ok(())
    }
}
impl Spapr_LmbFlags {
}

/**
 * Bits 31..9, not defined; zero.
 */
impl Spapr_LmbFlags {
    pub fn reserved_high(&self) -> Ref<'_, u64> {
        self.reserved_high.borrow()
    }
}

/**
 * Bit 0x100, the LMB may be hot-unplugged (QEMU, since 5.1, for hotplugged DIMMs).
 */
impl Spapr_LmbFlags {
    pub fn hot_removable(&self) -> Ref<'_, bool> {
        self.hot_removable.borrow()
    }
}

/**
 * Bit 0x80, the LMB is reserved and not for the guest's dynamic use (QEMU sets it for boot memory).
 */
impl Spapr_LmbFlags {
    pub fn reserved_lmb(&self) -> Ref<'_, bool> {
        self.reserved_lmb.borrow()
    }
}

/**
 * Bit 0x40, not used by QEMU.
 */
impl Spapr_LmbFlags {
    pub fn unused_upper(&self) -> Ref<'_, bool> {
        self.unused_upper.borrow()
    }
}

/**
 * Bit 0x20, the entry's DRC index does not name a connector (boot memory).
 */
impl Spapr_LmbFlags {
    pub fn drc_invalid(&self) -> Ref<'_, bool> {
        self.drc_invalid.borrow()
    }
}

/**
 * Bit 0x10, not used by QEMU.
 */
impl Spapr_LmbFlags {
    pub fn unused_lower(&self) -> Ref<'_, bool> {
        self.unused_lower.borrow()
    }
}

/**
 * Bit 0x8, the LMB belongs to the partition at boot (plugged).
 */
impl Spapr_LmbFlags {
    pub fn assigned(&self) -> Ref<'_, bool> {
        self.assigned.borrow()
    }
}

/**
 * Bits 2..0, not used by QEMU.
 */
impl Spapr_LmbFlags {
    pub fn reserved_bottom(&self) -> Ref<'_, u64> {
        self.reserved_bottom.borrow()
    }
}
impl Spapr_LmbFlags {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The arguments of H_LOGICAL_MEMOP (0xf001) in register order r4..r8.
 * QEMU refuses (H_PARAMETER) an operation above 1, more than 2^31
 * elements, and addresses not aligned to the element size; overlapping
 * ranges are copied as with memmove.
 * \sa https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html#h-logical-memop-0xf001 Source
 */

#[derive(Default, Debug, Clone)]
pub struct Spapr_LogicalMemopArgs {
    pub _root: SharedType<Spapr>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    destination: RefCell<u64>,
    source: RefCell<u64>,
    element_size: RefCell<Spapr_MemopElementSize>,
    num_elements: RefCell<u64>,
    operation: RefCell<Spapr_MemopOperation>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Spapr_LogicalMemopArgs {
    type Root = Spapr;
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
        *self_rc.destination.borrow_mut() = _io.read_u8be()?.into();
        *self_rc.source.borrow_mut() = _io.read_u8be()?.into();
        *self_rc.element_size.borrow_mut() = (_io.read_u8be()? as i64).try_into()?;
        *self_rc.num_elements.borrow_mut() = _io.read_u8be()?.into();
        *self_rc.operation.borrow_mut() = (_io.read_u8be()? as i64).try_into()?;
        Ok(())
    }
}
impl Spapr_LogicalMemopArgs {
}

/**
 * r4, guest physical address of the destination.
 */
impl Spapr_LogicalMemopArgs {
    pub fn destination(&self) -> Ref<'_, u64> {
        self.destination.borrow()
    }
}

/**
 * r5, guest physical address of the source.
 */
impl Spapr_LogicalMemopArgs {
    pub fn source(&self) -> Ref<'_, u64> {
        self.source.borrow()
    }
}

/**
 * r6, log2 of the element size (0..3 for 1, 2, 4, 8 bytes).
 */
impl Spapr_LogicalMemopArgs {
    pub fn element_size(&self) -> Ref<'_, Spapr_MemopElementSize> {
        self.element_size.borrow()
    }
}

/**
 * r7, number of elements.
 */
impl Spapr_LogicalMemopArgs {
    pub fn num_elements(&self) -> Ref<'_, u64> {
        self.num_elements.borrow()
    }
}

/**
 * r8, what to do with each element.
 */
impl Spapr_LogicalMemopArgs {
    pub fn operation(&self) -> Ref<'_, Spapr_MemopOperation> {
        self.operation.borrow()
    }
}
impl Spapr_LogicalMemopArgs {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One option vector.
 */

#[derive(Default, Debug, Clone)]
pub struct Spapr_OptionVector {
    pub _root: SharedType<Spapr>,
    pub _parent: SharedType<Spapr_CasVectors>,
    pub _self: SharedType<Self>,
    len_data_minus_one: RefCell<u8>,
    data: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Spapr_OptionVector {
    type Root = Spapr;
    type Parent = Spapr_CasVectors;

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
        *self_rc.len_data_minus_one.borrow_mut() = _io.read_u1()?.into();
        *self_rc.data.borrow_mut() = _io.read_bytes((((*self_rc.len_data_minus_one() as i32) as i32) + (1 as i32)) as usize)?.into();
        Ok(())
    }
}
impl Spapr_OptionVector {
}

/**
 * Number of bytes that follow, minus one.
 */
impl Spapr_OptionVector {
    pub fn len_data_minus_one(&self) -> Ref<'_, u8> {
        self.len_data_minus_one.borrow()
    }
}

/**
 * The vector's bytes (byte 1 first); bit 0 of a byte is its most significant bit.
 */
impl Spapr_OptionVector {
    pub fn data(&self) -> Ref<'_, Vec<u8>> {
        self.data.borrow()
    }
}
impl Spapr_OptionVector {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One processor version the guest supports.
 */

#[derive(Default, Debug, Clone)]
pub struct Spapr_PvrEntry {
    pub _root: SharedType<Spapr>,
    pub _parent: SharedType<Spapr_CasVectors>,
    pub _self: SharedType<Self>,
    mask: RefCell<u32>,
    pvr: RefCell<u32>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Spapr_PvrEntry {
    type Root = Spapr;
    type Parent = Spapr_CasVectors;

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
        *self_rc.mask.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.pvr.borrow_mut() = _io.read_u4be()?.into();
        Ok(())
    }
}
impl Spapr_PvrEntry {
}

/**
 * Which bits of the processor version register to compare.
 */
impl Spapr_PvrEntry {
    pub fn mask(&self) -> Ref<'_, u32> {
        self.mask.borrow()
    }
}

/**
 * The value those bits must have.
 */
impl Spapr_PvrEntry {
    pub fn pvr(&self) -> Ref<'_, u32> {
        self.pvr.borrow()
    }
}
impl Spapr_PvrEntry {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
