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
use super::rocker::Rocker_Ipv4Address;
use super::rocker::Rocker_MacAddress;
use super::rocker::Rocker_Text;
use super::rocker::Rocker_BeUint;
use super::rocker::Rocker_U4List;
use super::rocker::Rocker_Ipv6Address;

/**
 * The buffer of a descriptor on the command ring: TLVs. Each TLV has an
 * 8-byte header (a 32-bit type, a 16-bit length, 2 bytes of padding) and a
 * value padded to 8 bytes. The length counts the header too (QEMU and the
 * Linux driver do it this way; the spec text calls it the value length), so
 * the value has length - 8 bytes and the next TLV starts at the length
 * rounded up to 8. A TLV can hold other TLVs (a nest).
 * 
 * A command is a CMD_TYPE TLV (16-bit command number) and a CMD_INFO nest
 * whose TLVs depend on the command: port settings for GET/SET_PORT_SETTINGS,
 * OF-DPA attributes for the flow and group commands. The nest is decoded by
 * the CMD_TYPE that comes before it. For GET_PORT_SETTINGS the device writes
 * its answer over the buffer: a CMD_INFO nest of port settings alone, which
 * this spec decodes as port settings too. (The answer to
 * OF_DPA_FLOW_GET_STATS, top-level `flow_stat_attr` TLVs, is a different
 * buffer: see `flow_stats`.)
 * \sa https://www.qemu.org/docs/master/specs/rocker.html#port-settings Source
 */

#[derive(Default, Debug, Clone)]
pub struct RockerCmd {
    pub _root: SharedType<RockerCmd>,
    pub _parent: SharedType<RockerCmd>,
    pub _self: SharedType<Self>,
    tlvs: RefCell<Vec<OptRc<RockerCmd_CmdTlv>>>,
    _io: RefCell<BytesReader>,
    f_cmd_type: Cell<bool>,
    cmd_type: RefCell<u64>,
}
impl KStruct for RockerCmd {
    type Root = RockerCmd;
    type Parent = RockerCmd;

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
                let t = Self::read_into::<_, RockerCmd_CmdTlv>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.tlvs.borrow_mut().push(t);
                _i += 1;
            }
        }
        Ok(())
    }
}
impl RockerCmd {

    /**
     * The command, from a CMD_TYPE TLV that comes first (0 when there is none, as in a device's answer).
     */
    pub fn cmd_type(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_cmd_type.get() {
            return Ok(self.cmd_type.borrow());
        }
        self.f_cmd_type.set(true);
        *self.cmd_type.borrow_mut() = (if  ((((self.tlvs().len() as i32) > (0 as i32))) && (*self.tlvs()[0 as usize].tlv_type() == RockerCmd_CmdAttr::Type))  { *Into::<OptRc<Rocker_LeUint>>::into(&*self.tlvs()[0 as usize].value().as_ref().unwrap()).value().as_ref().unwrap() } else { 0 }) as u64;
        Ok(self.cmd_type.borrow())
    }
}

/**
 * The command's TLVs.
 */
impl RockerCmd {
    pub fn tlvs(&self) -> Ref<'_, Vec<OptRc<RockerCmd_CmdTlv>>> {
        self.tlvs.borrow()
    }
}
impl RockerCmd {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum RockerCmd_CmdAttr {

    /**
     * CMD_TYPE, the command (`cmd_type`), 16 bits.
     */
    Type,

    /**
     * CMD_INFO, a nest of the command's attributes.
     */
    Info,
    Unknown(i64),
}

impl TryFrom<i64> for RockerCmd_CmdAttr {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<RockerCmd_CmdAttr> {
        match flag {
            1 => Ok(RockerCmd_CmdAttr::Type),
            2 => Ok(RockerCmd_CmdAttr::Info),
            _ => Ok(RockerCmd_CmdAttr::Unknown(flag)),
        }
    }
}

impl From<&RockerCmd_CmdAttr> for i64 {
    fn from(v: &RockerCmd_CmdAttr) -> Self {
        match *v {
            RockerCmd_CmdAttr::Type => 1,
            RockerCmd_CmdAttr::Info => 2,
            RockerCmd_CmdAttr::Unknown(v) => v
        }
    }
}

impl Default for RockerCmd_CmdAttr {
    fn default() -> Self { RockerCmd_CmdAttr::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum RockerCmd_CmdType {

    /**
     * Read a port's settings; the device answers with a CMD_INFO nest.
     */
    GetPortSettings,

    /**
     * Change a port's speed/duplex/autoneg, MAC address, mode or learning.
     */
    SetPortSettings,

    /**
     * Add a flow table entry.
     */
    OfDpaFlowAdd,

    /**
     * Modify a flow table entry.
     */
    OfDpaFlowMod,

    /**
     * Delete a flow table entry.
     */
    OfDpaFlowDel,

    /**
     * Read a flow's statistics (answer in `flow_stats`).
     */
    OfDpaFlowGetStats,

    /**
     * Add a group table entry.
     */
    OfDpaGroupAdd,

    /**
     * Modify a group table entry.
     */
    OfDpaGroupMod,

    /**
     * Delete a group table entry.
     */
    OfDpaGroupDel,

    /**
     * Read a group's statistics.
     */
    OfDpaGroupGetStats,
    Unknown(i64),
}

impl TryFrom<i64> for RockerCmd_CmdType {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<RockerCmd_CmdType> {
        match flag {
            1 => Ok(RockerCmd_CmdType::GetPortSettings),
            2 => Ok(RockerCmd_CmdType::SetPortSettings),
            3 => Ok(RockerCmd_CmdType::OfDpaFlowAdd),
            4 => Ok(RockerCmd_CmdType::OfDpaFlowMod),
            5 => Ok(RockerCmd_CmdType::OfDpaFlowDel),
            6 => Ok(RockerCmd_CmdType::OfDpaFlowGetStats),
            7 => Ok(RockerCmd_CmdType::OfDpaGroupAdd),
            8 => Ok(RockerCmd_CmdType::OfDpaGroupMod),
            9 => Ok(RockerCmd_CmdType::OfDpaGroupDel),
            10 => Ok(RockerCmd_CmdType::OfDpaGroupGetStats),
            _ => Ok(RockerCmd_CmdType::Unknown(flag)),
        }
    }
}

impl From<&RockerCmd_CmdType> for i64 {
    fn from(v: &RockerCmd_CmdType) -> Self {
        match *v {
            RockerCmd_CmdType::GetPortSettings => 1,
            RockerCmd_CmdType::SetPortSettings => 2,
            RockerCmd_CmdType::OfDpaFlowAdd => 3,
            RockerCmd_CmdType::OfDpaFlowMod => 4,
            RockerCmd_CmdType::OfDpaFlowDel => 5,
            RockerCmd_CmdType::OfDpaFlowGetStats => 6,
            RockerCmd_CmdType::OfDpaGroupAdd => 7,
            RockerCmd_CmdType::OfDpaGroupMod => 8,
            RockerCmd_CmdType::OfDpaGroupDel => 9,
            RockerCmd_CmdType::OfDpaGroupGetStats => 10,
            RockerCmd_CmdType::Unknown(v) => v
        }
    }
}

impl Default for RockerCmd_CmdType {
    fn default() -> Self { RockerCmd_CmdType::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum RockerCmd_FlowStatAttr {

    /**
     * Seconds since the flow was installed (32 bits).
     */
    Duration,

    /**
     * Packets received (64 bits).
     */
    RxPkts,

    /**
     * Packets sent (64 bits).
     */
    TxPkts,
    Unknown(i64),
}

impl TryFrom<i64> for RockerCmd_FlowStatAttr {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<RockerCmd_FlowStatAttr> {
        match flag {
            1 => Ok(RockerCmd_FlowStatAttr::Duration),
            2 => Ok(RockerCmd_FlowStatAttr::RxPkts),
            3 => Ok(RockerCmd_FlowStatAttr::TxPkts),
            _ => Ok(RockerCmd_FlowStatAttr::Unknown(flag)),
        }
    }
}

impl From<&RockerCmd_FlowStatAttr> for i64 {
    fn from(v: &RockerCmd_FlowStatAttr) -> Self {
        match *v {
            RockerCmd_FlowStatAttr::Duration => 1,
            RockerCmd_FlowStatAttr::RxPkts => 2,
            RockerCmd_FlowStatAttr::TxPkts => 3,
            RockerCmd_FlowStatAttr::Unknown(v) => v
        }
    }
}

impl Default for RockerCmd_FlowStatAttr {
    fn default() -> Self { RockerCmd_FlowStatAttr::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum RockerCmd_OfDpaAttr {

    /**
     * OF-DPA table the flow is in (`of_dpa_table`).
     */
    TableId,

    /**
     * Flow priority.
     */
    Priority,

    /**
     * Hard timeout of the flow, seconds.
     */
    Hardtime,

    /**
     * Idle timeout of the flow, seconds.
     */
    Idletime,

    /**
     * Cookie naming the flow (64 bits).
     */
    Cookie,

    /**
     * Ingress physical port.
     */
    InPport,

    /**
     * Ingress physical port mask.
     */
    InPportMask,

    /**
     * Egress physical port (output action; 0 is the controller).
     */
    OutPport,

    /**
     * Next table; 0 drops.
     */
    GotoTableId,

    /**
     * The group (in group commands) or the group action (in flows).
     */
    GroupId,

    /**
     * Next group in a chain (group actions).
     */
    GroupIdLower,

    /**
     * Number of group IDs that follow.
     */
    GroupCount,

    /**
     * Group IDs (32-bit array).
     */
    GroupIds,

    /**
     * VLAN ID (N).
     */
    VlanId,

    /**
     * VLAN ID mask (N).
     */
    VlanIdMask,

    /**
     * VLAN priority code point (N).
     */
    VlanPcp,

    /**
     * VLAN priority code point mask (N).
     */
    VlanPcpMask,

    /**
     * Write the VLAN priority.
     */
    VlanPcpAction,

    /**
     * New VLAN ID (N).
     */
    NewVlanId,

    /**
     * New VLAN priority.
     */
    NewVlanPcp,

    /**
     * Tunnel ID.
     */
    TunnelId,

    /**
     * Tunnel logical port.
     */
    TunnelLport,

    /**
     * Ethertype (N).
     */
    Ethertype,

    /**
     * Destination MAC (N).
     */
    DstMac,

    /**
     * Destination MAC mask (N).
     */
    DstMacMask,

    /**
     * Source MAC (N).
     */
    SrcMac,

    /**
     * Source MAC mask (N).
     */
    SrcMacMask,

    /**
     * IP protocol.
     */
    IpProto,

    /**
     * IP protocol mask.
     */
    IpProtoMask,

    /**
     * DSCP.
     */
    IpDscp,

    /**
     * DSCP mask.
     */
    IpDscpMask,

    /**
     * Write the DSCP.
     */
    IpDscpAction,

    /**
     * New DSCP.
     */
    NewIpDscp,

    /**
     * ECN.
     */
    IpEcn,

    /**
     * ECN mask.
     */
    IpEcnMask,

    /**
     * Destination IPv4 address (N).
     */
    DstIp,

    /**
     * Destination IPv4 mask (N).
     */
    DstIpMask,

    /**
     * Source IPv4 address (N).
     */
    SrcIp,

    /**
     * Source IPv4 mask (N).
     */
    SrcIpMask,

    /**
     * Destination IPv6 address (N).
     */
    DstIpv6,

    /**
     * Destination IPv6 mask (N).
     */
    DstIpv6Mask,

    /**
     * Source IPv6 address (N).
     */
    SrcIpv6,

    /**
     * Source IPv6 mask (N).
     */
    SrcIpv6Mask,

    /**
     * Source IPv4 address in an ARP payload (N).
     */
    SrcArpIp,

    /**
     * Its mask (N).
     */
    SrcArpIpMask,

    /**
     * L4 destination port (N).
     */
    L4DstPort,

    /**
     * L4 destination port mask (N).
     */
    L4DstPortMask,

    /**
     * L4 source port (N).
     */
    L4SrcPort,

    /**
     * L4 source port mask (N).
     */
    L4SrcPortMask,

    /**
     * ICMP type.
     */
    IcmpType,

    /**
     * ICMP type mask.
     */
    IcmpTypeMask,

    /**
     * ICMP code.
     */
    IcmpCode,

    /**
     * ICMP code mask.
     */
    IcmpCodeMask,

    /**
     * IPv6 flow label (N).
     */
    Ipv6Label,

    /**
     * IPv6 flow label mask (N).
     */
    Ipv6LabelMask,

    /**
     * Write the queue ID.
     */
    QueueIdAction,

    /**
     * New queue ID.
     */
    NewQueueId,

    /**
     * 1 drops matching packets.
     */
    ClearActions,

    /**
     * Strip the outer VLAN tag.
     */
    PopVlan,

    /**
     * Check the TTL.
     */
    TtlCheck,

    /**
     * Copy the packet to the CPU.
     */
    CopyCpuAction,
    Unknown(i64),
}

impl TryFrom<i64> for RockerCmd_OfDpaAttr {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<RockerCmd_OfDpaAttr> {
        match flag {
            1 => Ok(RockerCmd_OfDpaAttr::TableId),
            2 => Ok(RockerCmd_OfDpaAttr::Priority),
            3 => Ok(RockerCmd_OfDpaAttr::Hardtime),
            4 => Ok(RockerCmd_OfDpaAttr::Idletime),
            5 => Ok(RockerCmd_OfDpaAttr::Cookie),
            6 => Ok(RockerCmd_OfDpaAttr::InPport),
            7 => Ok(RockerCmd_OfDpaAttr::InPportMask),
            8 => Ok(RockerCmd_OfDpaAttr::OutPport),
            9 => Ok(RockerCmd_OfDpaAttr::GotoTableId),
            10 => Ok(RockerCmd_OfDpaAttr::GroupId),
            11 => Ok(RockerCmd_OfDpaAttr::GroupIdLower),
            12 => Ok(RockerCmd_OfDpaAttr::GroupCount),
            13 => Ok(RockerCmd_OfDpaAttr::GroupIds),
            14 => Ok(RockerCmd_OfDpaAttr::VlanId),
            15 => Ok(RockerCmd_OfDpaAttr::VlanIdMask),
            16 => Ok(RockerCmd_OfDpaAttr::VlanPcp),
            17 => Ok(RockerCmd_OfDpaAttr::VlanPcpMask),
            18 => Ok(RockerCmd_OfDpaAttr::VlanPcpAction),
            19 => Ok(RockerCmd_OfDpaAttr::NewVlanId),
            20 => Ok(RockerCmd_OfDpaAttr::NewVlanPcp),
            21 => Ok(RockerCmd_OfDpaAttr::TunnelId),
            22 => Ok(RockerCmd_OfDpaAttr::TunnelLport),
            23 => Ok(RockerCmd_OfDpaAttr::Ethertype),
            24 => Ok(RockerCmd_OfDpaAttr::DstMac),
            25 => Ok(RockerCmd_OfDpaAttr::DstMacMask),
            26 => Ok(RockerCmd_OfDpaAttr::SrcMac),
            27 => Ok(RockerCmd_OfDpaAttr::SrcMacMask),
            28 => Ok(RockerCmd_OfDpaAttr::IpProto),
            29 => Ok(RockerCmd_OfDpaAttr::IpProtoMask),
            30 => Ok(RockerCmd_OfDpaAttr::IpDscp),
            31 => Ok(RockerCmd_OfDpaAttr::IpDscpMask),
            32 => Ok(RockerCmd_OfDpaAttr::IpDscpAction),
            33 => Ok(RockerCmd_OfDpaAttr::NewIpDscp),
            34 => Ok(RockerCmd_OfDpaAttr::IpEcn),
            35 => Ok(RockerCmd_OfDpaAttr::IpEcnMask),
            36 => Ok(RockerCmd_OfDpaAttr::DstIp),
            37 => Ok(RockerCmd_OfDpaAttr::DstIpMask),
            38 => Ok(RockerCmd_OfDpaAttr::SrcIp),
            39 => Ok(RockerCmd_OfDpaAttr::SrcIpMask),
            40 => Ok(RockerCmd_OfDpaAttr::DstIpv6),
            41 => Ok(RockerCmd_OfDpaAttr::DstIpv6Mask),
            42 => Ok(RockerCmd_OfDpaAttr::SrcIpv6),
            43 => Ok(RockerCmd_OfDpaAttr::SrcIpv6Mask),
            44 => Ok(RockerCmd_OfDpaAttr::SrcArpIp),
            45 => Ok(RockerCmd_OfDpaAttr::SrcArpIpMask),
            46 => Ok(RockerCmd_OfDpaAttr::L4DstPort),
            47 => Ok(RockerCmd_OfDpaAttr::L4DstPortMask),
            48 => Ok(RockerCmd_OfDpaAttr::L4SrcPort),
            49 => Ok(RockerCmd_OfDpaAttr::L4SrcPortMask),
            50 => Ok(RockerCmd_OfDpaAttr::IcmpType),
            51 => Ok(RockerCmd_OfDpaAttr::IcmpTypeMask),
            52 => Ok(RockerCmd_OfDpaAttr::IcmpCode),
            53 => Ok(RockerCmd_OfDpaAttr::IcmpCodeMask),
            54 => Ok(RockerCmd_OfDpaAttr::Ipv6Label),
            55 => Ok(RockerCmd_OfDpaAttr::Ipv6LabelMask),
            56 => Ok(RockerCmd_OfDpaAttr::QueueIdAction),
            57 => Ok(RockerCmd_OfDpaAttr::NewQueueId),
            58 => Ok(RockerCmd_OfDpaAttr::ClearActions),
            59 => Ok(RockerCmd_OfDpaAttr::PopVlan),
            60 => Ok(RockerCmd_OfDpaAttr::TtlCheck),
            61 => Ok(RockerCmd_OfDpaAttr::CopyCpuAction),
            _ => Ok(RockerCmd_OfDpaAttr::Unknown(flag)),
        }
    }
}

impl From<&RockerCmd_OfDpaAttr> for i64 {
    fn from(v: &RockerCmd_OfDpaAttr) -> Self {
        match *v {
            RockerCmd_OfDpaAttr::TableId => 1,
            RockerCmd_OfDpaAttr::Priority => 2,
            RockerCmd_OfDpaAttr::Hardtime => 3,
            RockerCmd_OfDpaAttr::Idletime => 4,
            RockerCmd_OfDpaAttr::Cookie => 5,
            RockerCmd_OfDpaAttr::InPport => 6,
            RockerCmd_OfDpaAttr::InPportMask => 7,
            RockerCmd_OfDpaAttr::OutPport => 8,
            RockerCmd_OfDpaAttr::GotoTableId => 9,
            RockerCmd_OfDpaAttr::GroupId => 10,
            RockerCmd_OfDpaAttr::GroupIdLower => 11,
            RockerCmd_OfDpaAttr::GroupCount => 12,
            RockerCmd_OfDpaAttr::GroupIds => 13,
            RockerCmd_OfDpaAttr::VlanId => 14,
            RockerCmd_OfDpaAttr::VlanIdMask => 15,
            RockerCmd_OfDpaAttr::VlanPcp => 16,
            RockerCmd_OfDpaAttr::VlanPcpMask => 17,
            RockerCmd_OfDpaAttr::VlanPcpAction => 18,
            RockerCmd_OfDpaAttr::NewVlanId => 19,
            RockerCmd_OfDpaAttr::NewVlanPcp => 20,
            RockerCmd_OfDpaAttr::TunnelId => 21,
            RockerCmd_OfDpaAttr::TunnelLport => 22,
            RockerCmd_OfDpaAttr::Ethertype => 23,
            RockerCmd_OfDpaAttr::DstMac => 24,
            RockerCmd_OfDpaAttr::DstMacMask => 25,
            RockerCmd_OfDpaAttr::SrcMac => 26,
            RockerCmd_OfDpaAttr::SrcMacMask => 27,
            RockerCmd_OfDpaAttr::IpProto => 28,
            RockerCmd_OfDpaAttr::IpProtoMask => 29,
            RockerCmd_OfDpaAttr::IpDscp => 30,
            RockerCmd_OfDpaAttr::IpDscpMask => 31,
            RockerCmd_OfDpaAttr::IpDscpAction => 32,
            RockerCmd_OfDpaAttr::NewIpDscp => 33,
            RockerCmd_OfDpaAttr::IpEcn => 34,
            RockerCmd_OfDpaAttr::IpEcnMask => 35,
            RockerCmd_OfDpaAttr::DstIp => 36,
            RockerCmd_OfDpaAttr::DstIpMask => 37,
            RockerCmd_OfDpaAttr::SrcIp => 38,
            RockerCmd_OfDpaAttr::SrcIpMask => 39,
            RockerCmd_OfDpaAttr::DstIpv6 => 40,
            RockerCmd_OfDpaAttr::DstIpv6Mask => 41,
            RockerCmd_OfDpaAttr::SrcIpv6 => 42,
            RockerCmd_OfDpaAttr::SrcIpv6Mask => 43,
            RockerCmd_OfDpaAttr::SrcArpIp => 44,
            RockerCmd_OfDpaAttr::SrcArpIpMask => 45,
            RockerCmd_OfDpaAttr::L4DstPort => 46,
            RockerCmd_OfDpaAttr::L4DstPortMask => 47,
            RockerCmd_OfDpaAttr::L4SrcPort => 48,
            RockerCmd_OfDpaAttr::L4SrcPortMask => 49,
            RockerCmd_OfDpaAttr::IcmpType => 50,
            RockerCmd_OfDpaAttr::IcmpTypeMask => 51,
            RockerCmd_OfDpaAttr::IcmpCode => 52,
            RockerCmd_OfDpaAttr::IcmpCodeMask => 53,
            RockerCmd_OfDpaAttr::Ipv6Label => 54,
            RockerCmd_OfDpaAttr::Ipv6LabelMask => 55,
            RockerCmd_OfDpaAttr::QueueIdAction => 56,
            RockerCmd_OfDpaAttr::NewQueueId => 57,
            RockerCmd_OfDpaAttr::ClearActions => 58,
            RockerCmd_OfDpaAttr::PopVlan => 59,
            RockerCmd_OfDpaAttr::TtlCheck => 60,
            RockerCmd_OfDpaAttr::CopyCpuAction => 61,
            RockerCmd_OfDpaAttr::Unknown(v) => v
        }
    }
}

impl Default for RockerCmd_OfDpaAttr {
    fn default() -> Self { RockerCmd_OfDpaAttr::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum RockerCmd_PortSetting {

    /**
     * Physical port number (32 bits), 1..62.
     */
    Pport,

    /**
     * Speed in Mbit/s (32 bits).
     */
    Speed,

    /**
     * 1 full duplex, 0 half (8 bits).
     */
    Duplex,

    /**
     * 1 autonegotiation on, 0 off (8 bits).
     */
    Autoneg,

    /**
     * The port's MAC address (6 bytes).
     */
    Macaddr,

    /**
     * The port's mode (`rocker::port_mode`, 8 bits).
     */
    Mode,

    /**
     * 1 learns MAC addresses on the port, 0 does not (8 bits).
     */
    Learning,

    /**
     * The port's name, without NUL ("<switch name>p<port>" in QEMU).
     */
    PhysName,
    Unknown(i64),
}

impl TryFrom<i64> for RockerCmd_PortSetting {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<RockerCmd_PortSetting> {
        match flag {
            1 => Ok(RockerCmd_PortSetting::Pport),
            2 => Ok(RockerCmd_PortSetting::Speed),
            3 => Ok(RockerCmd_PortSetting::Duplex),
            4 => Ok(RockerCmd_PortSetting::Autoneg),
            5 => Ok(RockerCmd_PortSetting::Macaddr),
            6 => Ok(RockerCmd_PortSetting::Mode),
            7 => Ok(RockerCmd_PortSetting::Learning),
            8 => Ok(RockerCmd_PortSetting::PhysName),
            _ => Ok(RockerCmd_PortSetting::Unknown(flag)),
        }
    }
}

impl From<&RockerCmd_PortSetting> for i64 {
    fn from(v: &RockerCmd_PortSetting) -> Self {
        match *v {
            RockerCmd_PortSetting::Pport => 1,
            RockerCmd_PortSetting::Speed => 2,
            RockerCmd_PortSetting::Duplex => 3,
            RockerCmd_PortSetting::Autoneg => 4,
            RockerCmd_PortSetting::Macaddr => 5,
            RockerCmd_PortSetting::Mode => 6,
            RockerCmd_PortSetting::Learning => 7,
            RockerCmd_PortSetting::PhysName => 8,
            RockerCmd_PortSetting::Unknown(v) => v
        }
    }
}

impl Default for RockerCmd_PortSetting {
    fn default() -> Self { RockerCmd_PortSetting::Unknown(0) }
}


/**
 * The CMD_INFO nest, decoded by the command it belongs to.
 */

#[derive(Default, Debug, Clone)]
pub struct RockerCmd_CmdInfo {
    pub _root: SharedType<RockerCmd>,
    pub _parent: SharedType<RockerCmd_CmdTlv>,
    pub _self: SharedType<Self>,
    port_settings: RefCell<Vec<OptRc<RockerCmd_PortSettingsTlv>>>,
    of_dpa: RefCell<Vec<OptRc<RockerCmd_OfDpaTlv>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for RockerCmd_CmdInfo {
    type Root = RockerCmd;
    type Parent = RockerCmd_CmdTlv;

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
        if ((*_prc.as_ref().unwrap()._parent.get_value().borrow().upgrade().as_ref().unwrap().cmd_type()? as u64) <= (2 as u64)) {
            *self_rc.port_settings.borrow_mut() = Vec::new();
            {
                let mut _i = 0;
                while !_io.is_eof() {
                    let t = Self::read_into::<_, RockerCmd_PortSettingsTlv>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    self_rc.port_settings.borrow_mut().push(t);
                    _i += 1;
                }
            }
        }
        if ((*_prc.as_ref().unwrap()._parent.get_value().borrow().upgrade().as_ref().unwrap().cmd_type()? as u64) >= (3 as u64)) {
            *self_rc.of_dpa.borrow_mut() = Vec::new();
            {
                let mut _i = 0;
                while !_io.is_eof() {
                    let t = Self::read_into::<_, RockerCmd_OfDpaTlv>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    self_rc.of_dpa.borrow_mut().push(t);
                    _i += 1;
                }
            }
        }
        Ok(())
    }
}
impl RockerCmd_CmdInfo {
}

/**
 * Port settings (GET/SET_PORT_SETTINGS, or the device's GET answer).
 */
impl RockerCmd_CmdInfo {
    pub fn port_settings(&self) -> Ref<'_, Vec<OptRc<RockerCmd_PortSettingsTlv>>> {
        self.port_settings.borrow()
    }
}

/**
 * OF-DPA flow or group attributes.
 */
impl RockerCmd_CmdInfo {
    pub fn of_dpa(&self) -> Ref<'_, Vec<OptRc<RockerCmd_OfDpaTlv>>> {
        self.of_dpa.borrow()
    }
}
impl RockerCmd_CmdInfo {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A top-level TLV of a command buffer.
 */

#[derive(Default, Debug, Clone)]
pub struct RockerCmd_CmdTlv {
    pub _root: SharedType<RockerCmd>,
    pub _parent: SharedType<RockerCmd>,
    pub _self: SharedType<Self>,
    tlv_type: RefCell<RockerCmd_CmdAttr>,
    len_tlv: RefCell<u16>,
    reserved: RefCell<u16>,
    value: RefCell<Option<RockerCmd_CmdTlv_Value>>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    value_raw: RefCell<Vec<u8>>,
}
#[derive(Debug, Clone)]
pub enum RockerCmd_CmdTlv_Value {
    RockerCmd_CmdInfo(OptRc<RockerCmd_CmdInfo>),
    Rocker_LeUint(OptRc<Rocker_LeUint>),
    Bytes(Vec<u8>),
}
impl From<&RockerCmd_CmdTlv_Value> for OptRc<RockerCmd_CmdInfo> {
    fn from(v: &RockerCmd_CmdTlv_Value) -> Self {
        if let RockerCmd_CmdTlv_Value::RockerCmd_CmdInfo(x) = v {
            return x.clone();
        }
        panic!("expected RockerCmd_CmdTlv_Value::RockerCmd_CmdInfo, got {:?}", v)
    }
}
impl From<OptRc<RockerCmd_CmdInfo>> for RockerCmd_CmdTlv_Value {
    fn from(v: OptRc<RockerCmd_CmdInfo>) -> Self {
        Self::RockerCmd_CmdInfo(v)
    }
}
impl From<&RockerCmd_CmdTlv_Value> for OptRc<Rocker_LeUint> {
    fn from(v: &RockerCmd_CmdTlv_Value) -> Self {
        if let RockerCmd_CmdTlv_Value::Rocker_LeUint(x) = v {
            return x.clone();
        }
        panic!("expected RockerCmd_CmdTlv_Value::Rocker_LeUint, got {:?}", v)
    }
}
impl From<OptRc<Rocker_LeUint>> for RockerCmd_CmdTlv_Value {
    fn from(v: OptRc<Rocker_LeUint>) -> Self {
        Self::Rocker_LeUint(v)
    }
}
impl From<&RockerCmd_CmdTlv_Value> for Vec<u8> {
    fn from(v: &RockerCmd_CmdTlv_Value) -> Self {
        if let RockerCmd_CmdTlv_Value::Bytes(x) = v {
            return x.clone();
        }
        panic!("expected RockerCmd_CmdTlv_Value::Bytes, got {:?}", v)
    }
}
impl From<Vec<u8>> for RockerCmd_CmdTlv_Value {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(v)
    }
}
impl KStruct for RockerCmd_CmdTlv {
    type Root = RockerCmd;
    type Parent = RockerCmd;

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
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::LessThan, src_path: "/types/cmd_tlv/seq/1".to_string() }));
        }
        *self_rc.reserved.borrow_mut() = _io.read_u2le()?.into();
        match *self_rc.tlv_type() {
            RockerCmd_CmdAttr::Info => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, RockerCmd_CmdInfo>(&_t_value_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_CmdAttr::Type => {
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
impl RockerCmd_CmdTlv {
}

/**
 * CMD_TYPE or CMD_INFO.
 */
impl RockerCmd_CmdTlv {
    pub fn tlv_type(&self) -> Ref<'_, RockerCmd_CmdAttr> {
        self.tlv_type.borrow()
    }
}

/**
 * Length of the TLV, header included.
 */
impl RockerCmd_CmdTlv {
    pub fn len_tlv(&self) -> Ref<'_, u16> {
        self.len_tlv.borrow()
    }
}

/**
 * Padding; zero.
 */
impl RockerCmd_CmdTlv {
    pub fn reserved(&self) -> Ref<'_, u16> {
        self.reserved.borrow()
    }
}

/**
 * The command number (CMD_TYPE) or the nested TLVs (CMD_INFO).
 */
impl RockerCmd_CmdTlv {
    pub fn value(&self) -> Ref<'_, Option<RockerCmd_CmdTlv_Value>> {
        self.value.borrow()
    }
}

/**
 * Zeros up to an 8-byte boundary.
 */
impl RockerCmd_CmdTlv {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl RockerCmd_CmdTlv {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl RockerCmd_CmdTlv {
    pub fn value_raw(&self) -> Ref<'_, Vec<u8>> {
        self.value_raw.borrow()
    }
}

/**
 * One flow statistic.
 */

#[derive(Default, Debug, Clone)]
pub struct RockerCmd_FlowStatTlv {
    pub _root: SharedType<RockerCmd>,
    pub _parent: SharedType<RockerCmd_FlowStats>,
    pub _self: SharedType<Self>,
    tlv_type: RefCell<RockerCmd_FlowStatAttr>,
    len_tlv: RefCell<u16>,
    reserved: RefCell<u16>,
    value: RefCell<OptRc<Rocker_LeUint>>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    value_raw: RefCell<Vec<u8>>,
}
impl KStruct for RockerCmd_FlowStatTlv {
    type Root = RockerCmd;
    type Parent = RockerCmd_FlowStats;

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
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::LessThan, src_path: "/types/flow_stat_tlv/seq/1".to_string() }));
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
impl RockerCmd_FlowStatTlv {
}

/**
 * Which statistic.
 */
impl RockerCmd_FlowStatTlv {
    pub fn tlv_type(&self) -> Ref<'_, RockerCmd_FlowStatAttr> {
        self.tlv_type.borrow()
    }
}

/**
 * Length of the TLV, header included.
 */
impl RockerCmd_FlowStatTlv {
    pub fn len_tlv(&self) -> Ref<'_, u16> {
        self.len_tlv.borrow()
    }
}

/**
 * Padding; zero.
 */
impl RockerCmd_FlowStatTlv {
    pub fn reserved(&self) -> Ref<'_, u16> {
        self.reserved.borrow()
    }
}

/**
 * The statistic.
 */
impl RockerCmd_FlowStatTlv {
    pub fn value(&self) -> Ref<'_, OptRc<Rocker_LeUint>> {
        self.value.borrow()
    }
}

/**
 * Zeros up to an 8-byte boundary.
 */
impl RockerCmd_FlowStatTlv {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl RockerCmd_FlowStatTlv {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl RockerCmd_FlowStatTlv {
    pub fn value_raw(&self) -> Ref<'_, Vec<u8>> {
        self.value_raw.borrow()
    }
}

/**
 * The device's answer to OF_DPA_FLOW_GET_STATS, written over the command buffer.
 */

#[derive(Default, Debug, Clone)]
pub struct RockerCmd_FlowStats {
    pub _root: SharedType<RockerCmd>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    tlvs: RefCell<Vec<OptRc<RockerCmd_FlowStatTlv>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for RockerCmd_FlowStats {
    type Root = RockerCmd;
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
        *self_rc.tlvs.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while !_io.is_eof() {
                let t = Self::read_into::<_, RockerCmd_FlowStatTlv>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.tlvs.borrow_mut().push(t);
                _i += 1;
            }
        }
        Ok(())
    }
}
impl RockerCmd_FlowStats {
}

/**
 * Duration, received and sent packets.
 */
impl RockerCmd_FlowStats {
    pub fn tlvs(&self) -> Ref<'_, Vec<OptRc<RockerCmd_FlowStatTlv>>> {
        self.tlvs.borrow()
    }
}
impl RockerCmd_FlowStats {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One OF-DPA attribute of a flow or group command.
 */

#[derive(Default, Debug, Clone)]
pub struct RockerCmd_OfDpaTlv {
    pub _root: SharedType<RockerCmd>,
    pub _parent: SharedType<RockerCmd_CmdInfo>,
    pub _self: SharedType<Self>,
    tlv_type: RefCell<RockerCmd_OfDpaAttr>,
    len_tlv: RefCell<u16>,
    reserved: RefCell<u16>,
    value: RefCell<Option<RockerCmd_OfDpaTlv_Value>>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    value_raw: RefCell<Vec<u8>>,
}
#[derive(Debug, Clone)]
pub enum RockerCmd_OfDpaTlv_Value {
    Rocker_MacAddress(OptRc<Rocker_MacAddress>),
    Bytes(Vec<u8>),
    Rocker_LeUint(OptRc<Rocker_LeUint>),
    Rocker_Ipv4Address(OptRc<Rocker_Ipv4Address>),
    Rocker_BeUint(OptRc<Rocker_BeUint>),
    Rocker_U4List(OptRc<Rocker_U4List>),
    Rocker_Ipv6Address(OptRc<Rocker_Ipv6Address>),
}
impl From<&RockerCmd_OfDpaTlv_Value> for OptRc<Rocker_MacAddress> {
    fn from(v: &RockerCmd_OfDpaTlv_Value) -> Self {
        if let RockerCmd_OfDpaTlv_Value::Rocker_MacAddress(x) = v {
            return x.clone();
        }
        panic!("expected RockerCmd_OfDpaTlv_Value::Rocker_MacAddress, got {:?}", v)
    }
}
impl From<OptRc<Rocker_MacAddress>> for RockerCmd_OfDpaTlv_Value {
    fn from(v: OptRc<Rocker_MacAddress>) -> Self {
        Self::Rocker_MacAddress(v)
    }
}
impl From<&RockerCmd_OfDpaTlv_Value> for Vec<u8> {
    fn from(v: &RockerCmd_OfDpaTlv_Value) -> Self {
        if let RockerCmd_OfDpaTlv_Value::Bytes(x) = v {
            return x.clone();
        }
        panic!("expected RockerCmd_OfDpaTlv_Value::Bytes, got {:?}", v)
    }
}
impl From<Vec<u8>> for RockerCmd_OfDpaTlv_Value {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(v)
    }
}
impl From<&RockerCmd_OfDpaTlv_Value> for OptRc<Rocker_LeUint> {
    fn from(v: &RockerCmd_OfDpaTlv_Value) -> Self {
        if let RockerCmd_OfDpaTlv_Value::Rocker_LeUint(x) = v {
            return x.clone();
        }
        panic!("expected RockerCmd_OfDpaTlv_Value::Rocker_LeUint, got {:?}", v)
    }
}
impl From<OptRc<Rocker_LeUint>> for RockerCmd_OfDpaTlv_Value {
    fn from(v: OptRc<Rocker_LeUint>) -> Self {
        Self::Rocker_LeUint(v)
    }
}
impl From<&RockerCmd_OfDpaTlv_Value> for OptRc<Rocker_Ipv4Address> {
    fn from(v: &RockerCmd_OfDpaTlv_Value) -> Self {
        if let RockerCmd_OfDpaTlv_Value::Rocker_Ipv4Address(x) = v {
            return x.clone();
        }
        panic!("expected RockerCmd_OfDpaTlv_Value::Rocker_Ipv4Address, got {:?}", v)
    }
}
impl From<OptRc<Rocker_Ipv4Address>> for RockerCmd_OfDpaTlv_Value {
    fn from(v: OptRc<Rocker_Ipv4Address>) -> Self {
        Self::Rocker_Ipv4Address(v)
    }
}
impl From<&RockerCmd_OfDpaTlv_Value> for OptRc<Rocker_BeUint> {
    fn from(v: &RockerCmd_OfDpaTlv_Value) -> Self {
        if let RockerCmd_OfDpaTlv_Value::Rocker_BeUint(x) = v {
            return x.clone();
        }
        panic!("expected RockerCmd_OfDpaTlv_Value::Rocker_BeUint, got {:?}", v)
    }
}
impl From<OptRc<Rocker_BeUint>> for RockerCmd_OfDpaTlv_Value {
    fn from(v: OptRc<Rocker_BeUint>) -> Self {
        Self::Rocker_BeUint(v)
    }
}
impl From<&RockerCmd_OfDpaTlv_Value> for OptRc<Rocker_U4List> {
    fn from(v: &RockerCmd_OfDpaTlv_Value) -> Self {
        if let RockerCmd_OfDpaTlv_Value::Rocker_U4List(x) = v {
            return x.clone();
        }
        panic!("expected RockerCmd_OfDpaTlv_Value::Rocker_U4List, got {:?}", v)
    }
}
impl From<OptRc<Rocker_U4List>> for RockerCmd_OfDpaTlv_Value {
    fn from(v: OptRc<Rocker_U4List>) -> Self {
        Self::Rocker_U4List(v)
    }
}
impl From<&RockerCmd_OfDpaTlv_Value> for OptRc<Rocker_Ipv6Address> {
    fn from(v: &RockerCmd_OfDpaTlv_Value) -> Self {
        if let RockerCmd_OfDpaTlv_Value::Rocker_Ipv6Address(x) = v {
            return x.clone();
        }
        panic!("expected RockerCmd_OfDpaTlv_Value::Rocker_Ipv6Address, got {:?}", v)
    }
}
impl From<OptRc<Rocker_Ipv6Address>> for RockerCmd_OfDpaTlv_Value {
    fn from(v: OptRc<Rocker_Ipv6Address>) -> Self {
        Self::Rocker_Ipv6Address(v)
    }
}
impl KStruct for RockerCmd_OfDpaTlv {
    type Root = RockerCmd;
    type Parent = RockerCmd_CmdInfo;

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
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::LessThan, src_path: "/types/of_dpa_tlv/seq/1".to_string() }));
        }
        *self_rc.reserved.borrow_mut() = _io.read_u2le()?.into();
        match *self_rc.tlv_type() {
            RockerCmd_OfDpaAttr::ClearActions => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::Cookie => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::CopyCpuAction => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::DstIp => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_Ipv4Address>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::DstIpMask => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_Ipv4Address>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::DstIpv6 => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_Ipv6Address>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::DstIpv6Mask => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_Ipv6Address>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::DstMac => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_MacAddress>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::DstMacMask => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_MacAddress>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::Ethertype => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_BeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::GotoTableId => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::GroupCount => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::GroupId => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::GroupIdLower => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::GroupIds => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_U4List>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::Hardtime => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::IcmpCode => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::IcmpCodeMask => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::IcmpType => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::IcmpTypeMask => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::Idletime => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::InPport => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::InPportMask => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::IpDscp => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::IpDscpAction => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::IpDscpMask => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::IpEcn => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::IpEcnMask => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::IpProto => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::IpProtoMask => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::Ipv6Label => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_BeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::Ipv6LabelMask => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_BeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::L4DstPort => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_BeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::L4DstPortMask => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_BeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::L4SrcPort => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_BeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::L4SrcPortMask => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_BeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::NewIpDscp => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::NewQueueId => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::NewVlanId => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_BeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::NewVlanPcp => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::OutPport => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::PopVlan => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::Priority => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::QueueIdAction => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::SrcArpIp => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_Ipv4Address>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::SrcArpIpMask => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_Ipv4Address>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::SrcIp => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_Ipv4Address>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::SrcIpMask => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_Ipv4Address>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::SrcIpv6 => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_Ipv6Address>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::SrcIpv6Mask => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_Ipv6Address>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::SrcMac => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_MacAddress>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::SrcMacMask => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_MacAddress>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::TableId => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::TtlCheck => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::TunnelId => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::TunnelLport => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::VlanId => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_BeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::VlanIdMask => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_BeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::VlanPcp => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_BeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::VlanPcpAction => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_OfDpaAttr::VlanPcpMask => {
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
impl RockerCmd_OfDpaTlv {
}

/**
 * Which attribute.
 */
impl RockerCmd_OfDpaTlv {
    pub fn tlv_type(&self) -> Ref<'_, RockerCmd_OfDpaAttr> {
        self.tlv_type.borrow()
    }
}

/**
 * Length of the TLV, header included.
 */
impl RockerCmd_OfDpaTlv {
    pub fn len_tlv(&self) -> Ref<'_, u16> {
        self.len_tlv.borrow()
    }
}

/**
 * Padding; zero.
 */
impl RockerCmd_OfDpaTlv {
    pub fn reserved(&self) -> Ref<'_, u16> {
        self.reserved.borrow()
    }
}

/**
 * The attribute's value; little-endian numbers, network order where the spec says (N).
 */
impl RockerCmd_OfDpaTlv {
    pub fn value(&self) -> Ref<'_, Option<RockerCmd_OfDpaTlv_Value>> {
        self.value.borrow()
    }
}

/**
 * Zeros up to an 8-byte boundary.
 */
impl RockerCmd_OfDpaTlv {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl RockerCmd_OfDpaTlv {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl RockerCmd_OfDpaTlv {
    pub fn value_raw(&self) -> Ref<'_, Vec<u8>> {
        self.value_raw.borrow()
    }
}

/**
 * One port setting.
 */

#[derive(Default, Debug, Clone)]
pub struct RockerCmd_PortSettingsTlv {
    pub _root: SharedType<RockerCmd>,
    pub _parent: SharedType<RockerCmd_CmdInfo>,
    pub _self: SharedType<Self>,
    tlv_type: RefCell<RockerCmd_PortSetting>,
    len_tlv: RefCell<u16>,
    reserved: RefCell<u16>,
    value: RefCell<Option<RockerCmd_PortSettingsTlv_Value>>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    value_raw: RefCell<Vec<u8>>,
}
#[derive(Debug, Clone)]
pub enum RockerCmd_PortSettingsTlv_Value {
    Rocker_LeUint(OptRc<Rocker_LeUint>),
    Rocker_MacAddress(OptRc<Rocker_MacAddress>),
    Rocker_Text(OptRc<Rocker_Text>),
    Bytes(Vec<u8>),
}
impl From<&RockerCmd_PortSettingsTlv_Value> for OptRc<Rocker_LeUint> {
    fn from(v: &RockerCmd_PortSettingsTlv_Value) -> Self {
        if let RockerCmd_PortSettingsTlv_Value::Rocker_LeUint(x) = v {
            return x.clone();
        }
        panic!("expected RockerCmd_PortSettingsTlv_Value::Rocker_LeUint, got {:?}", v)
    }
}
impl From<OptRc<Rocker_LeUint>> for RockerCmd_PortSettingsTlv_Value {
    fn from(v: OptRc<Rocker_LeUint>) -> Self {
        Self::Rocker_LeUint(v)
    }
}
impl From<&RockerCmd_PortSettingsTlv_Value> for OptRc<Rocker_MacAddress> {
    fn from(v: &RockerCmd_PortSettingsTlv_Value) -> Self {
        if let RockerCmd_PortSettingsTlv_Value::Rocker_MacAddress(x) = v {
            return x.clone();
        }
        panic!("expected RockerCmd_PortSettingsTlv_Value::Rocker_MacAddress, got {:?}", v)
    }
}
impl From<OptRc<Rocker_MacAddress>> for RockerCmd_PortSettingsTlv_Value {
    fn from(v: OptRc<Rocker_MacAddress>) -> Self {
        Self::Rocker_MacAddress(v)
    }
}
impl From<&RockerCmd_PortSettingsTlv_Value> for OptRc<Rocker_Text> {
    fn from(v: &RockerCmd_PortSettingsTlv_Value) -> Self {
        if let RockerCmd_PortSettingsTlv_Value::Rocker_Text(x) = v {
            return x.clone();
        }
        panic!("expected RockerCmd_PortSettingsTlv_Value::Rocker_Text, got {:?}", v)
    }
}
impl From<OptRc<Rocker_Text>> for RockerCmd_PortSettingsTlv_Value {
    fn from(v: OptRc<Rocker_Text>) -> Self {
        Self::Rocker_Text(v)
    }
}
impl From<&RockerCmd_PortSettingsTlv_Value> for Vec<u8> {
    fn from(v: &RockerCmd_PortSettingsTlv_Value) -> Self {
        if let RockerCmd_PortSettingsTlv_Value::Bytes(x) = v {
            return x.clone();
        }
        panic!("expected RockerCmd_PortSettingsTlv_Value::Bytes, got {:?}", v)
    }
}
impl From<Vec<u8>> for RockerCmd_PortSettingsTlv_Value {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(v)
    }
}
impl KStruct for RockerCmd_PortSettingsTlv {
    type Root = RockerCmd;
    type Parent = RockerCmd_CmdInfo;

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
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::LessThan, src_path: "/types/port_settings_tlv/seq/1".to_string() }));
        }
        *self_rc.reserved.borrow_mut() = _io.read_u2le()?.into();
        match *self_rc.tlv_type() {
            RockerCmd_PortSetting::Autoneg => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_PortSetting::Duplex => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_PortSetting::Learning => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_PortSetting::Macaddr => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_MacAddress>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_PortSetting::Mode => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_PortSetting::PhysName => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_Text>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_PortSetting::Pport => {
                *self_rc.value_raw.borrow_mut() = _io.read_bytes(((*self_rc.len_tlv() as u16) - (8 as u16)) as usize)?.into();
                let value_raw = self_rc.value_raw.borrow();
                let _t_value_raw_io = BytesReader::from(value_raw.clone());
                let t = Self::read_into::<BytesReader, Rocker_LeUint>(&_t_value_raw_io, None, None)?.into();
                *self_rc.value.borrow_mut() = Some(t);
            }
            RockerCmd_PortSetting::Speed => {
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
impl RockerCmd_PortSettingsTlv {
}

/**
 * Which setting.
 */
impl RockerCmd_PortSettingsTlv {
    pub fn tlv_type(&self) -> Ref<'_, RockerCmd_PortSetting> {
        self.tlv_type.borrow()
    }
}

/**
 * Length of the TLV, header included.
 */
impl RockerCmd_PortSettingsTlv {
    pub fn len_tlv(&self) -> Ref<'_, u16> {
        self.len_tlv.borrow()
    }
}

/**
 * Padding; zero.
 */
impl RockerCmd_PortSettingsTlv {
    pub fn reserved(&self) -> Ref<'_, u16> {
        self.reserved.borrow()
    }
}

/**
 * The setting's value.
 */
impl RockerCmd_PortSettingsTlv {
    pub fn value(&self) -> Ref<'_, Option<RockerCmd_PortSettingsTlv_Value>> {
        self.value.borrow()
    }
}

/**
 * Zeros up to an 8-byte boundary.
 */
impl RockerCmd_PortSettingsTlv {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl RockerCmd_PortSettingsTlv {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl RockerCmd_PortSettingsTlv {
    pub fn value_raw(&self) -> Ref<'_, Vec<u8>> {
        self.value_raw.borrow()
    }
}
