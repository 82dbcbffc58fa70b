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
 * vhost-user lets a virtio device live in another process. The front-end
 * (QEMU) owns the virtqueues and the guest memory; the back-end (a storage
 * daemon, a software switch) processes the queues. The two talk over a
 * UNIX stream socket: the front-end sends requests, the back-end answers
 * some of them. File descriptors (guest memory, eventfds, sockets) travel
 * next to a message as SCM_RIGHTS ancillary data, never inside it.
 * 
 * Every message is a 12-byte header (request id, flags, payload size)
 * followed by `len_payload` bytes of payload. Numbers are in the byte order
 * of the host both processes run on; this spec reads them little-endian (x86,
 * Arm, RISC-V hosts).
 * 
 * This spec reads one message of the main channel, in either direction. The
 * header's reply bit says whether it is a front-end request or a back-end
 * reply, and the request id picks the payload layout. The back-end's own
 * channel (`vhost_user_backend`) reuses the header flags and the payloads
 * defined here.
 * 
 * Each value of `front_end_request` also says, in the custom keys `-fds`
 * and `-reply`, how many file descriptors the request carries and when the
 * back-end answers it:
 * 
 * | `-fds` | meaning |
 * |---|---|
 * | none | no descriptor |
 * | one | exactly one |
 * | one_unless_no_fd | one, or none when the payload's `no_fd` bit is set |
 * | one_per_region | one per memory region of the payload, in the same order |
 * | one_if_log_shmfd | one when the LOG_SHMFD protocol feature was negotiated, else none |
 * | none_or_one_ignored | none; a back-end may accept one and must close it unused |
 * 
 * | `-reply` | meaning |
 * |---|---|
 * | always | the back-end always replies (the reply payload is in `reply_body`) |
 * | with_log_shmfd | the back-end replies when LOG_SHMFD was negotiated |
 * | ack | the back-end replies (a u64, zero for success) only when the request has `need_reply` set, which a front-end does only after negotiating REPLY_ACK |
 * | ack_or_postcopy | as ack; after POSTCOPY_LISTEN the back-end replies with the regions it mapped instead |
 * 
 * `-reply-fds` names the descriptors a reply carries, when it can carry any.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#message-specification Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    request: RefCell<VhostUser_FrontEndRequest>,
    flags: RefCell<OptRc<VhostUser_HeaderFlags>>,
    len_payload: RefCell<u32>,
    request_body: RefCell<Option<VhostUser_RequestBody>>,
    reply_body: RefCell<Option<VhostUser_ReplyBody>>,
    _io: RefCell<BytesReader>,
    request_body_raw: RefCell<Vec<u8>>,
    reply_body_raw: RefCell<Vec<u8>>,
}
#[derive(Debug, Clone)]
pub enum VhostUser_RequestBody {
    Bytes(Vec<u8>),
    VhostUser_ConfigSpace(OptRc<VhostUser_ConfigSpace>),
    VhostUser_VirtioFeatures(OptRc<VhostUser_VirtioFeatures>),
    VhostUser_InflightDescription(OptRc<VhostUser_InflightDescription>),
    VhostUser_U64Payload(OptRc<VhostUser_U64Payload>),
    VhostUser_IotlbMessage(OptRc<VhostUser_IotlbMessage>),
    VhostUser_VringState(OptRc<VhostUser_VringState>),
    VhostUser_MemoryTable(OptRc<VhostUser_MemoryTable>),
    VhostUser_VringAddress(OptRc<VhostUser_VringAddress>),
    VhostUser_RarpRequest(OptRc<VhostUser_RarpRequest>),
    VhostUser_DeviceStateTransfer(OptRc<VhostUser_DeviceStateTransfer>),
    VhostUser_VringFile(OptRc<VhostUser_VringFile>),
    VhostUser_CryptoSession(OptRc<VhostUser_CryptoSession>),
    VhostUser_SingleMemoryRegion(OptRc<VhostUser_SingleMemoryRegion>),
    VhostUser_ProtocolFeatures(OptRc<VhostUser_ProtocolFeatures>),
    VhostUser_LogDescription(OptRc<VhostUser_LogDescription>),
    VhostUser_SharedObject(OptRc<VhostUser_SharedObject>),
    VhostUser_DeviceStatus(OptRc<VhostUser_DeviceStatus>),
}
impl From<&VhostUser_RequestBody> for Vec<u8> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::Bytes(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::Bytes, got {:?}", v)
    }
}
impl From<Vec<u8>> for VhostUser_RequestBody {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(v)
    }
}
impl From<&VhostUser_RequestBody> for OptRc<VhostUser_ConfigSpace> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::VhostUser_ConfigSpace(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::VhostUser_ConfigSpace, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_ConfigSpace>> for VhostUser_RequestBody {
    fn from(v: OptRc<VhostUser_ConfigSpace>) -> Self {
        Self::VhostUser_ConfigSpace(v)
    }
}
impl From<&VhostUser_RequestBody> for OptRc<VhostUser_VirtioFeatures> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::VhostUser_VirtioFeatures(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::VhostUser_VirtioFeatures, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_VirtioFeatures>> for VhostUser_RequestBody {
    fn from(v: OptRc<VhostUser_VirtioFeatures>) -> Self {
        Self::VhostUser_VirtioFeatures(v)
    }
}
impl From<&VhostUser_RequestBody> for OptRc<VhostUser_InflightDescription> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::VhostUser_InflightDescription(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::VhostUser_InflightDescription, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_InflightDescription>> for VhostUser_RequestBody {
    fn from(v: OptRc<VhostUser_InflightDescription>) -> Self {
        Self::VhostUser_InflightDescription(v)
    }
}
impl From<&VhostUser_RequestBody> for OptRc<VhostUser_U64Payload> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::VhostUser_U64Payload(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::VhostUser_U64Payload, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_U64Payload>> for VhostUser_RequestBody {
    fn from(v: OptRc<VhostUser_U64Payload>) -> Self {
        Self::VhostUser_U64Payload(v)
    }
}
impl From<&VhostUser_RequestBody> for OptRc<VhostUser_IotlbMessage> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::VhostUser_IotlbMessage(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::VhostUser_IotlbMessage, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_IotlbMessage>> for VhostUser_RequestBody {
    fn from(v: OptRc<VhostUser_IotlbMessage>) -> Self {
        Self::VhostUser_IotlbMessage(v)
    }
}
impl From<&VhostUser_RequestBody> for OptRc<VhostUser_VringState> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::VhostUser_VringState(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::VhostUser_VringState, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_VringState>> for VhostUser_RequestBody {
    fn from(v: OptRc<VhostUser_VringState>) -> Self {
        Self::VhostUser_VringState(v)
    }
}
impl From<&VhostUser_RequestBody> for OptRc<VhostUser_MemoryTable> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::VhostUser_MemoryTable(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::VhostUser_MemoryTable, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_MemoryTable>> for VhostUser_RequestBody {
    fn from(v: OptRc<VhostUser_MemoryTable>) -> Self {
        Self::VhostUser_MemoryTable(v)
    }
}
impl From<&VhostUser_RequestBody> for OptRc<VhostUser_VringAddress> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::VhostUser_VringAddress(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::VhostUser_VringAddress, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_VringAddress>> for VhostUser_RequestBody {
    fn from(v: OptRc<VhostUser_VringAddress>) -> Self {
        Self::VhostUser_VringAddress(v)
    }
}
impl From<&VhostUser_RequestBody> for OptRc<VhostUser_RarpRequest> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::VhostUser_RarpRequest(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::VhostUser_RarpRequest, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_RarpRequest>> for VhostUser_RequestBody {
    fn from(v: OptRc<VhostUser_RarpRequest>) -> Self {
        Self::VhostUser_RarpRequest(v)
    }
}
impl From<&VhostUser_RequestBody> for OptRc<VhostUser_DeviceStateTransfer> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::VhostUser_DeviceStateTransfer(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::VhostUser_DeviceStateTransfer, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_DeviceStateTransfer>> for VhostUser_RequestBody {
    fn from(v: OptRc<VhostUser_DeviceStateTransfer>) -> Self {
        Self::VhostUser_DeviceStateTransfer(v)
    }
}
impl From<&VhostUser_RequestBody> for OptRc<VhostUser_VringFile> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::VhostUser_VringFile(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::VhostUser_VringFile, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_VringFile>> for VhostUser_RequestBody {
    fn from(v: OptRc<VhostUser_VringFile>) -> Self {
        Self::VhostUser_VringFile(v)
    }
}
impl From<&VhostUser_RequestBody> for OptRc<VhostUser_CryptoSession> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::VhostUser_CryptoSession(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::VhostUser_CryptoSession, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_CryptoSession>> for VhostUser_RequestBody {
    fn from(v: OptRc<VhostUser_CryptoSession>) -> Self {
        Self::VhostUser_CryptoSession(v)
    }
}
impl From<&VhostUser_RequestBody> for OptRc<VhostUser_SingleMemoryRegion> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::VhostUser_SingleMemoryRegion(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::VhostUser_SingleMemoryRegion, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_SingleMemoryRegion>> for VhostUser_RequestBody {
    fn from(v: OptRc<VhostUser_SingleMemoryRegion>) -> Self {
        Self::VhostUser_SingleMemoryRegion(v)
    }
}
impl From<&VhostUser_RequestBody> for OptRc<VhostUser_ProtocolFeatures> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::VhostUser_ProtocolFeatures(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::VhostUser_ProtocolFeatures, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_ProtocolFeatures>> for VhostUser_RequestBody {
    fn from(v: OptRc<VhostUser_ProtocolFeatures>) -> Self {
        Self::VhostUser_ProtocolFeatures(v)
    }
}
impl From<&VhostUser_RequestBody> for OptRc<VhostUser_LogDescription> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::VhostUser_LogDescription(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::VhostUser_LogDescription, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_LogDescription>> for VhostUser_RequestBody {
    fn from(v: OptRc<VhostUser_LogDescription>) -> Self {
        Self::VhostUser_LogDescription(v)
    }
}
impl From<&VhostUser_RequestBody> for OptRc<VhostUser_SharedObject> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::VhostUser_SharedObject(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::VhostUser_SharedObject, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_SharedObject>> for VhostUser_RequestBody {
    fn from(v: OptRc<VhostUser_SharedObject>) -> Self {
        Self::VhostUser_SharedObject(v)
    }
}
impl From<&VhostUser_RequestBody> for OptRc<VhostUser_DeviceStatus> {
    fn from(v: &VhostUser_RequestBody) -> Self {
        if let VhostUser_RequestBody::VhostUser_DeviceStatus(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_RequestBody::VhostUser_DeviceStatus, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_DeviceStatus>> for VhostUser_RequestBody {
    fn from(v: OptRc<VhostUser_DeviceStatus>) -> Self {
        Self::VhostUser_DeviceStatus(v)
    }
}
#[derive(Debug, Clone)]
pub enum VhostUser_ReplyBody {
    VhostUser_ConfigSpace(OptRc<VhostUser_ConfigSpace>),
    VhostUser_VirtioFeatures(OptRc<VhostUser_VirtioFeatures>),
    VhostUser_InflightDescription(OptRc<VhostUser_InflightDescription>),
    VhostUser_U64Payload(OptRc<VhostUser_U64Payload>),
    VhostUser_DeviceStateResult(OptRc<VhostUser_DeviceStateResult>),
    VhostUser_VringState(OptRc<VhostUser_VringState>),
    VhostUser_MemoryTable(OptRc<VhostUser_MemoryTable>),
    VhostUser_CryptoSession(OptRc<VhostUser_CryptoSession>),
    VhostUser_SingleMemoryRegion(OptRc<VhostUser_SingleMemoryRegion>),
    VhostUser_ProtocolFeatures(OptRc<VhostUser_ProtocolFeatures>),
    VhostUser_DeviceStatus(OptRc<VhostUser_DeviceStatus>),
}
impl From<&VhostUser_ReplyBody> for OptRc<VhostUser_ConfigSpace> {
    fn from(v: &VhostUser_ReplyBody) -> Self {
        if let VhostUser_ReplyBody::VhostUser_ConfigSpace(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_ReplyBody::VhostUser_ConfigSpace, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_ConfigSpace>> for VhostUser_ReplyBody {
    fn from(v: OptRc<VhostUser_ConfigSpace>) -> Self {
        Self::VhostUser_ConfigSpace(v)
    }
}
impl From<&VhostUser_ReplyBody> for OptRc<VhostUser_VirtioFeatures> {
    fn from(v: &VhostUser_ReplyBody) -> Self {
        if let VhostUser_ReplyBody::VhostUser_VirtioFeatures(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_ReplyBody::VhostUser_VirtioFeatures, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_VirtioFeatures>> for VhostUser_ReplyBody {
    fn from(v: OptRc<VhostUser_VirtioFeatures>) -> Self {
        Self::VhostUser_VirtioFeatures(v)
    }
}
impl From<&VhostUser_ReplyBody> for OptRc<VhostUser_InflightDescription> {
    fn from(v: &VhostUser_ReplyBody) -> Self {
        if let VhostUser_ReplyBody::VhostUser_InflightDescription(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_ReplyBody::VhostUser_InflightDescription, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_InflightDescription>> for VhostUser_ReplyBody {
    fn from(v: OptRc<VhostUser_InflightDescription>) -> Self {
        Self::VhostUser_InflightDescription(v)
    }
}
impl From<&VhostUser_ReplyBody> for OptRc<VhostUser_U64Payload> {
    fn from(v: &VhostUser_ReplyBody) -> Self {
        if let VhostUser_ReplyBody::VhostUser_U64Payload(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_ReplyBody::VhostUser_U64Payload, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_U64Payload>> for VhostUser_ReplyBody {
    fn from(v: OptRc<VhostUser_U64Payload>) -> Self {
        Self::VhostUser_U64Payload(v)
    }
}
impl From<&VhostUser_ReplyBody> for OptRc<VhostUser_DeviceStateResult> {
    fn from(v: &VhostUser_ReplyBody) -> Self {
        if let VhostUser_ReplyBody::VhostUser_DeviceStateResult(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_ReplyBody::VhostUser_DeviceStateResult, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_DeviceStateResult>> for VhostUser_ReplyBody {
    fn from(v: OptRc<VhostUser_DeviceStateResult>) -> Self {
        Self::VhostUser_DeviceStateResult(v)
    }
}
impl From<&VhostUser_ReplyBody> for OptRc<VhostUser_VringState> {
    fn from(v: &VhostUser_ReplyBody) -> Self {
        if let VhostUser_ReplyBody::VhostUser_VringState(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_ReplyBody::VhostUser_VringState, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_VringState>> for VhostUser_ReplyBody {
    fn from(v: OptRc<VhostUser_VringState>) -> Self {
        Self::VhostUser_VringState(v)
    }
}
impl From<&VhostUser_ReplyBody> for OptRc<VhostUser_MemoryTable> {
    fn from(v: &VhostUser_ReplyBody) -> Self {
        if let VhostUser_ReplyBody::VhostUser_MemoryTable(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_ReplyBody::VhostUser_MemoryTable, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_MemoryTable>> for VhostUser_ReplyBody {
    fn from(v: OptRc<VhostUser_MemoryTable>) -> Self {
        Self::VhostUser_MemoryTable(v)
    }
}
impl From<&VhostUser_ReplyBody> for OptRc<VhostUser_CryptoSession> {
    fn from(v: &VhostUser_ReplyBody) -> Self {
        if let VhostUser_ReplyBody::VhostUser_CryptoSession(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_ReplyBody::VhostUser_CryptoSession, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_CryptoSession>> for VhostUser_ReplyBody {
    fn from(v: OptRc<VhostUser_CryptoSession>) -> Self {
        Self::VhostUser_CryptoSession(v)
    }
}
impl From<&VhostUser_ReplyBody> for OptRc<VhostUser_SingleMemoryRegion> {
    fn from(v: &VhostUser_ReplyBody) -> Self {
        if let VhostUser_ReplyBody::VhostUser_SingleMemoryRegion(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_ReplyBody::VhostUser_SingleMemoryRegion, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_SingleMemoryRegion>> for VhostUser_ReplyBody {
    fn from(v: OptRc<VhostUser_SingleMemoryRegion>) -> Self {
        Self::VhostUser_SingleMemoryRegion(v)
    }
}
impl From<&VhostUser_ReplyBody> for OptRc<VhostUser_ProtocolFeatures> {
    fn from(v: &VhostUser_ReplyBody) -> Self {
        if let VhostUser_ReplyBody::VhostUser_ProtocolFeatures(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_ReplyBody::VhostUser_ProtocolFeatures, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_ProtocolFeatures>> for VhostUser_ReplyBody {
    fn from(v: OptRc<VhostUser_ProtocolFeatures>) -> Self {
        Self::VhostUser_ProtocolFeatures(v)
    }
}
impl From<&VhostUser_ReplyBody> for OptRc<VhostUser_DeviceStatus> {
    fn from(v: &VhostUser_ReplyBody) -> Self {
        if let VhostUser_ReplyBody::VhostUser_DeviceStatus(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_ReplyBody::VhostUser_DeviceStatus, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_DeviceStatus>> for VhostUser_ReplyBody {
    fn from(v: OptRc<VhostUser_DeviceStatus>) -> Self {
        Self::VhostUser_DeviceStatus(v)
    }
}
impl KStruct for VhostUser {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.request.borrow_mut() = (_io.read_u4le()? as i64).try_into()?;
        let t = Self::read_into::<_, VhostUser_HeaderFlags>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.flags.borrow_mut() = t;
        *self_rc.len_payload.borrow_mut() = _io.read_u4le()?.into();
        if  ((!(*self_rc.flags().is_reply())) && (((*self_rc.len_payload() as u32) != (0 as u32))))  {
            match *self_rc.request() {
                VhostUser_FrontEndRequest::AddMemReg => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_SingleMemoryRegion>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::CloseCryptoSession => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_U64Payload>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::CreateCryptoSession => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_CryptoSession>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::GetConfig => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_ConfigSpace>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::GetInflightFd => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_InflightDescription>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::GetSharedObject => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_SharedObject>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::GetVringBase => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_VringState>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::IotlbMsg => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_IotlbMessage>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::NetSetMtu => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_U64Payload>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::RemMemReg => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_SingleMemoryRegion>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SendRarp => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_RarpRequest>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetConfig => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_ConfigSpace>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetDeviceStateFd => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_DeviceStateTransfer>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetFeatures => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_VirtioFeatures>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetInflightFd => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_InflightDescription>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetLogBase => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_LogDescription>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetMemTable => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_MemoryTable>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetProtocolFeatures => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_ProtocolFeatures>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetStatus => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_DeviceStatus>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetVringAddr => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_VringAddress>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetVringBase => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_VringState>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetVringCall => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_VringFile>(&_t_request_body_raw_io, Some(self_rc._root.clone()), None)?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetVringEnable => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_VringState>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetVringEndian => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_VringState>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetVringErr => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_VringFile>(&_t_request_body_raw_io, Some(self_rc._root.clone()), None)?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetVringKick => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_VringFile>(&_t_request_body_raw_io, Some(self_rc._root.clone()), None)?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetVringNum => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_VringState>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::VringKick => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_VringState>(&_t_request_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                _ => {
                    *self_rc.request_body.borrow_mut() = Some(_io.read_bytes(*self_rc.len_payload() as usize)?.into());
                }
            }
        }
        if  ((*self_rc.flags().is_reply()) && (((*self_rc.len_payload() as u32) != (0 as u32))))  {
            match *self_rc.request() {
                VhostUser_FrontEndRequest::AddMemReg => {
                    *self_rc.reply_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let reply_body_raw = self_rc.reply_body_raw.borrow();
                    let _t_reply_body_raw_io = BytesReader::from(reply_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_SingleMemoryRegion>(&_t_reply_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.reply_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::CreateCryptoSession => {
                    *self_rc.reply_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let reply_body_raw = self_rc.reply_body_raw.borrow();
                    let _t_reply_body_raw_io = BytesReader::from(reply_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_CryptoSession>(&_t_reply_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.reply_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::GetConfig => {
                    *self_rc.reply_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let reply_body_raw = self_rc.reply_body_raw.borrow();
                    let _t_reply_body_raw_io = BytesReader::from(reply_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_ConfigSpace>(&_t_reply_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.reply_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::GetFeatures => {
                    *self_rc.reply_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let reply_body_raw = self_rc.reply_body_raw.borrow();
                    let _t_reply_body_raw_io = BytesReader::from(reply_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_VirtioFeatures>(&_t_reply_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.reply_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::GetInflightFd => {
                    *self_rc.reply_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let reply_body_raw = self_rc.reply_body_raw.borrow();
                    let _t_reply_body_raw_io = BytesReader::from(reply_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_InflightDescription>(&_t_reply_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.reply_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::GetProtocolFeatures => {
                    *self_rc.reply_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let reply_body_raw = self_rc.reply_body_raw.borrow();
                    let _t_reply_body_raw_io = BytesReader::from(reply_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_ProtocolFeatures>(&_t_reply_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.reply_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::GetStatus => {
                    *self_rc.reply_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let reply_body_raw = self_rc.reply_body_raw.borrow();
                    let _t_reply_body_raw_io = BytesReader::from(reply_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_DeviceStatus>(&_t_reply_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.reply_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::GetVringBase => {
                    *self_rc.reply_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let reply_body_raw = self_rc.reply_body_raw.borrow();
                    let _t_reply_body_raw_io = BytesReader::from(reply_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_VringState>(&_t_reply_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.reply_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::RemMemReg => {
                    *self_rc.reply_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let reply_body_raw = self_rc.reply_body_raw.borrow();
                    let _t_reply_body_raw_io = BytesReader::from(reply_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_SingleMemoryRegion>(&_t_reply_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.reply_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetDeviceStateFd => {
                    *self_rc.reply_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let reply_body_raw = self_rc.reply_body_raw.borrow();
                    let _t_reply_body_raw_io = BytesReader::from(reply_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_DeviceStateResult>(&_t_reply_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.reply_body.borrow_mut() = Some(t);
                }
                VhostUser_FrontEndRequest::SetMemTable => {
                    *self_rc.reply_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let reply_body_raw = self_rc.reply_body_raw.borrow();
                    let _t_reply_body_raw_io = BytesReader::from(reply_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_MemoryTable>(&_t_reply_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.reply_body.borrow_mut() = Some(t);
                }
                _ => {
                    *self_rc.reply_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let reply_body_raw = self_rc.reply_body_raw.borrow();
                    let _t_reply_body_raw_io = BytesReader::from(reply_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_U64Payload>(&_t_reply_body_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    *self_rc.reply_body.borrow_mut() = Some(t);
                }
            }
        }
        Ok(())
    }
}
impl VhostUser {
}

/**
 * Which request this is (a reply repeats the id of the request it answers).
 */
impl VhostUser {
    pub fn request(&self) -> Ref<'_, VhostUser_FrontEndRequest> {
        self.request.borrow()
    }
}

/**
 * Version, reply and need-reply bits.
 */
impl VhostUser {
    pub fn flags(&self) -> Ref<'_, OptRc<VhostUser_HeaderFlags>> {
        self.flags.borrow()
    }
}

/**
 * Number of payload bytes after the header.
 */
impl VhostUser {
    pub fn len_payload(&self) -> Ref<'_, u32> {
        self.len_payload.borrow()
    }
}

/**
 * The payload of a request (absent when the request has none). Requests
 * this spec does not know keep their payload as raw bytes.
 */
impl VhostUser {
    pub fn request_body(&self) -> Ref<'_, Option<VhostUser_RequestBody>> {
        self.request_body.borrow()
    }
}

/**
 * The payload of a reply. Replies that carry a plain number (queue
 * count, memory slots, the REPLY_ACK status, error codes) are a
 * `u64_payload`; a GET_CONFIG reply with no payload reports an error.
 */
impl VhostUser {
    pub fn reply_body(&self) -> Ref<'_, Option<VhostUser_ReplyBody>> {
        self.reply_body.borrow()
    }
}
impl VhostUser {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl VhostUser {
    pub fn request_body_raw(&self) -> Ref<'_, Vec<u8>> {
        self.request_body_raw.borrow()
    }
}
impl VhostUser {
    pub fn reply_body_raw(&self) -> Ref<'_, Vec<u8>> {
        self.reply_body_raw.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum VhostUser_ConfigFlags {

    /**
     * A guest write to writable fields.
     */
    Writable,

    /**
     * Restoring the space during live migration (read-only fields too).
     */
    LiveMigration,
    Unknown(i64),
}

impl TryFrom<i64> for VhostUser_ConfigFlags {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VhostUser_ConfigFlags> {
        match flag {
            0 => Ok(VhostUser_ConfigFlags::Writable),
            1 => Ok(VhostUser_ConfigFlags::LiveMigration),
            _ => Ok(VhostUser_ConfigFlags::Unknown(flag)),
        }
    }
}

impl From<&VhostUser_ConfigFlags> for i64 {
    fn from(v: &VhostUser_ConfigFlags) -> Self {
        match *v {
            VhostUser_ConfigFlags::Writable => 0,
            VhostUser_ConfigFlags::LiveMigration => 1,
            VhostUser_ConfigFlags::Unknown(v) => v
        }
    }
}

impl Default for VhostUser_ConfigFlags {
    fn default() -> Self { VhostUser_ConfigFlags::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum VhostUser_CryptoOp {

    /**
     * Symmetric cipher session.
     */
    CipherCreateSession,

    /**
     * Hash session.
     */
    HashCreateSession,

    /**
     * MAC session.
     */
    MacCreateSession,

    /**
     * AEAD session.
     */
    AeadCreateSession,

    /**
     * Asymmetric (akcipher) session.
     */
    AkcipherCreateSession,
    Unknown(i64),
}

impl TryFrom<i64> for VhostUser_CryptoOp {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VhostUser_CryptoOp> {
        match flag {
            2 => Ok(VhostUser_CryptoOp::CipherCreateSession),
            258 => Ok(VhostUser_CryptoOp::HashCreateSession),
            514 => Ok(VhostUser_CryptoOp::MacCreateSession),
            770 => Ok(VhostUser_CryptoOp::AeadCreateSession),
            1026 => Ok(VhostUser_CryptoOp::AkcipherCreateSession),
            _ => Ok(VhostUser_CryptoOp::Unknown(flag)),
        }
    }
}

impl From<&VhostUser_CryptoOp> for i64 {
    fn from(v: &VhostUser_CryptoOp) -> Self {
        match *v {
            VhostUser_CryptoOp::CipherCreateSession => 2,
            VhostUser_CryptoOp::HashCreateSession => 258,
            VhostUser_CryptoOp::MacCreateSession => 514,
            VhostUser_CryptoOp::AeadCreateSession => 770,
            VhostUser_CryptoOp::AkcipherCreateSession => 1026,
            VhostUser_CryptoOp::Unknown(v) => v
        }
    }
}

impl Default for VhostUser_CryptoOp {
    fn default() -> Self { VhostUser_CryptoOp::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum VhostUser_FrontEndRequest {

    /**
     * Ask for the back-end's virtio features (reply - virtio_features).
     */
    GetFeatures,

    /**
     * Acknowledge the virtio features in use; without bit 30 every ring is enabled at once.
     */
    SetFeatures,

    /**
     * Start a session; the sender becomes the owner.
     */
    SetOwner,

    /**
     * Deprecated; back-ends ignore it or disable every ring.
     */
    ResetOwner,

    /**
     * The guest memory map (memory_table), one fd per region.
     */
    SetMemTable,

    /**
     * Where the dirty log is (log_description); with LOG_SHMFD its fd comes along and the back-end replies.
     */
    SetLogBase,

    /**
     * An eventfd the back-end signals after writing to the log.
     */
    SetLogFd,

    /**
     * The size of a queue (vring_state).
     */
    SetVringNum,

    /**
     * Where a queue's parts are (vring_address).
     */
    SetVringAddr,

    /**
     * The next available-ring index to process (vring_state).
     */
    SetVringBase,

    /**
     * Stop a queue and return its next available-ring index (reply - vring_state).
     */
    GetVringBase,

    /**
     * The eventfd the front-end signals when it adds buffers (vring_file); a kick on it starts the ring.
     */
    SetVringKick,

    /**
     * The eventfd the back-end signals when it has used buffers (vring_file).
     */
    SetVringCall,

    /**
     * The eventfd the back-end signals on a queue error (vring_file).
     */
    SetVringErr,

    /**
     * Ask for the protocol features (reply - protocol_features); legal once bit 30 was offered.
     */
    GetProtocolFeatures,

    /**
     * The protocol features in use.
     */
    SetProtocolFeatures,

    /**
     * How many queues the back-end supports (MQ; reply - u64).
     */
    GetQueueNum,

    /**
     * Enable (1) or disable (0) a queue (vring_state).
     */
    SetVringEnable,

    /**
     * Broadcast a RARP for this MAC after migration (RARP).
     */
    SendRarp,

    /**
     * The MTU the guest sees (MTU).
     */
    NetSetMtu,

    /**
     * The socket for the back-end's own requests (BACKEND_REQ).
     */
    SetBackendReqFd,

    /**
     * An IOTLB update or invalidation (iotlb_message; reply - u64).
     */
    IotlbMsg,

    /**
     * Byte order of a legacy queue, 0 little, 1 big (CROSS_ENDIAN).
     */
    SetVringEndian,

    /**
     * Read the device configuration space (config_space; reply - config_space, empty on error).
     */
    GetConfig,

    /**
     * Write the device configuration space (config_space).
     */
    SetConfig,

    /**
     * Create a crypto session (crypto_session; reply - crypto_session with the id).
     */
    CreateCryptoSession,

    /**
     * Close a crypto session by id (u64).
     */
    CloseCryptoSession,

    /**
     * A postcopy migration is coming; the back-end replies with a userfaultfd (PAGEFAULT).
     */
    PostcopyAdvise,

    /**
     * Postcopy has started; register memory with the userfaultfd.
     */
    PostcopyListen,

    /**
     * Postcopy is over; drop the userfaultfd (reply - u64, zero on success).
     */
    PostcopyEnd,

    /**
     * Ask for the in-flight tracking buffer (reply - inflight_description with its fd).
     */
    GetInflightFd,

    /**
     * Hand the in-flight tracking buffer back after a reconnect (inflight_description).
     */
    SetInflightFd,

    /**
     * The socket of the vhost-user-gpu protocol.
     */
    GpuSetSocket,

    /**
     * Disable every ring and return the device to its initial state (RESET_DEVICE).
     */
    ResetDevice,

    /**
     * An in-band kick (INBAND_NOTIFICATIONS; vring_state).
     */
    VringKick,

    /**
     * How many regions the back-end can map (CONFIGURE_MEM_SLOTS; reply - u64).
     */
    GetMaxMemSlots,

    /**
     * Map one more region (single_memory_region) from its fd.
     */
    AddMemReg,

    /**
     * Unmap a region (single_memory_region; the mmap offset is ignored).
     */
    RemMemReg,

    /**
     * The virtio device status byte (STATUS; device_status).
     */
    SetStatus,

    /**
     * Read the device status byte (reply - device_status).
     */
    GetStatus,

    /**
     * Ask for the dma-buf of a shared object by UUID (reply - u64, with the fd on success).
     */
    GetSharedObject,

    /**
     * Open a back-end state transfer channel (device_state_transfer; reply - device_state_result, maybe with the back-end's own fd).
     */
    SetDeviceStateFd,

    /**
     * Did the state transfer succeed? (reply - u64, zero on success)
     */
    CheckDeviceState,
    Unknown(i64),
}

impl TryFrom<i64> for VhostUser_FrontEndRequest {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VhostUser_FrontEndRequest> {
        match flag {
            1 => Ok(VhostUser_FrontEndRequest::GetFeatures),
            2 => Ok(VhostUser_FrontEndRequest::SetFeatures),
            3 => Ok(VhostUser_FrontEndRequest::SetOwner),
            4 => Ok(VhostUser_FrontEndRequest::ResetOwner),
            5 => Ok(VhostUser_FrontEndRequest::SetMemTable),
            6 => Ok(VhostUser_FrontEndRequest::SetLogBase),
            7 => Ok(VhostUser_FrontEndRequest::SetLogFd),
            8 => Ok(VhostUser_FrontEndRequest::SetVringNum),
            9 => Ok(VhostUser_FrontEndRequest::SetVringAddr),
            10 => Ok(VhostUser_FrontEndRequest::SetVringBase),
            11 => Ok(VhostUser_FrontEndRequest::GetVringBase),
            12 => Ok(VhostUser_FrontEndRequest::SetVringKick),
            13 => Ok(VhostUser_FrontEndRequest::SetVringCall),
            14 => Ok(VhostUser_FrontEndRequest::SetVringErr),
            15 => Ok(VhostUser_FrontEndRequest::GetProtocolFeatures),
            16 => Ok(VhostUser_FrontEndRequest::SetProtocolFeatures),
            17 => Ok(VhostUser_FrontEndRequest::GetQueueNum),
            18 => Ok(VhostUser_FrontEndRequest::SetVringEnable),
            19 => Ok(VhostUser_FrontEndRequest::SendRarp),
            20 => Ok(VhostUser_FrontEndRequest::NetSetMtu),
            21 => Ok(VhostUser_FrontEndRequest::SetBackendReqFd),
            22 => Ok(VhostUser_FrontEndRequest::IotlbMsg),
            23 => Ok(VhostUser_FrontEndRequest::SetVringEndian),
            24 => Ok(VhostUser_FrontEndRequest::GetConfig),
            25 => Ok(VhostUser_FrontEndRequest::SetConfig),
            26 => Ok(VhostUser_FrontEndRequest::CreateCryptoSession),
            27 => Ok(VhostUser_FrontEndRequest::CloseCryptoSession),
            28 => Ok(VhostUser_FrontEndRequest::PostcopyAdvise),
            29 => Ok(VhostUser_FrontEndRequest::PostcopyListen),
            30 => Ok(VhostUser_FrontEndRequest::PostcopyEnd),
            31 => Ok(VhostUser_FrontEndRequest::GetInflightFd),
            32 => Ok(VhostUser_FrontEndRequest::SetInflightFd),
            33 => Ok(VhostUser_FrontEndRequest::GpuSetSocket),
            34 => Ok(VhostUser_FrontEndRequest::ResetDevice),
            35 => Ok(VhostUser_FrontEndRequest::VringKick),
            36 => Ok(VhostUser_FrontEndRequest::GetMaxMemSlots),
            37 => Ok(VhostUser_FrontEndRequest::AddMemReg),
            38 => Ok(VhostUser_FrontEndRequest::RemMemReg),
            39 => Ok(VhostUser_FrontEndRequest::SetStatus),
            40 => Ok(VhostUser_FrontEndRequest::GetStatus),
            41 => Ok(VhostUser_FrontEndRequest::GetSharedObject),
            42 => Ok(VhostUser_FrontEndRequest::SetDeviceStateFd),
            43 => Ok(VhostUser_FrontEndRequest::CheckDeviceState),
            _ => Ok(VhostUser_FrontEndRequest::Unknown(flag)),
        }
    }
}

impl From<&VhostUser_FrontEndRequest> for i64 {
    fn from(v: &VhostUser_FrontEndRequest) -> Self {
        match *v {
            VhostUser_FrontEndRequest::GetFeatures => 1,
            VhostUser_FrontEndRequest::SetFeatures => 2,
            VhostUser_FrontEndRequest::SetOwner => 3,
            VhostUser_FrontEndRequest::ResetOwner => 4,
            VhostUser_FrontEndRequest::SetMemTable => 5,
            VhostUser_FrontEndRequest::SetLogBase => 6,
            VhostUser_FrontEndRequest::SetLogFd => 7,
            VhostUser_FrontEndRequest::SetVringNum => 8,
            VhostUser_FrontEndRequest::SetVringAddr => 9,
            VhostUser_FrontEndRequest::SetVringBase => 10,
            VhostUser_FrontEndRequest::GetVringBase => 11,
            VhostUser_FrontEndRequest::SetVringKick => 12,
            VhostUser_FrontEndRequest::SetVringCall => 13,
            VhostUser_FrontEndRequest::SetVringErr => 14,
            VhostUser_FrontEndRequest::GetProtocolFeatures => 15,
            VhostUser_FrontEndRequest::SetProtocolFeatures => 16,
            VhostUser_FrontEndRequest::GetQueueNum => 17,
            VhostUser_FrontEndRequest::SetVringEnable => 18,
            VhostUser_FrontEndRequest::SendRarp => 19,
            VhostUser_FrontEndRequest::NetSetMtu => 20,
            VhostUser_FrontEndRequest::SetBackendReqFd => 21,
            VhostUser_FrontEndRequest::IotlbMsg => 22,
            VhostUser_FrontEndRequest::SetVringEndian => 23,
            VhostUser_FrontEndRequest::GetConfig => 24,
            VhostUser_FrontEndRequest::SetConfig => 25,
            VhostUser_FrontEndRequest::CreateCryptoSession => 26,
            VhostUser_FrontEndRequest::CloseCryptoSession => 27,
            VhostUser_FrontEndRequest::PostcopyAdvise => 28,
            VhostUser_FrontEndRequest::PostcopyListen => 29,
            VhostUser_FrontEndRequest::PostcopyEnd => 30,
            VhostUser_FrontEndRequest::GetInflightFd => 31,
            VhostUser_FrontEndRequest::SetInflightFd => 32,
            VhostUser_FrontEndRequest::GpuSetSocket => 33,
            VhostUser_FrontEndRequest::ResetDevice => 34,
            VhostUser_FrontEndRequest::VringKick => 35,
            VhostUser_FrontEndRequest::GetMaxMemSlots => 36,
            VhostUser_FrontEndRequest::AddMemReg => 37,
            VhostUser_FrontEndRequest::RemMemReg => 38,
            VhostUser_FrontEndRequest::SetStatus => 39,
            VhostUser_FrontEndRequest::GetStatus => 40,
            VhostUser_FrontEndRequest::GetSharedObject => 41,
            VhostUser_FrontEndRequest::SetDeviceStateFd => 42,
            VhostUser_FrontEndRequest::CheckDeviceState => 43,
            VhostUser_FrontEndRequest::Unknown(v) => v
        }
    }
}

impl Default for VhostUser_FrontEndRequest {
    fn default() -> Self { VhostUser_FrontEndRequest::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum VhostUser_IotlbPerm {

    /**
     * No access.
     */
    None,

    /**
     * Read access.
     */
    Read,

    /**
     * Write access.
     */
    Write,

    /**
     * Read and write access.
     */
    ReadWrite,
    Unknown(i64),
}

impl TryFrom<i64> for VhostUser_IotlbPerm {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VhostUser_IotlbPerm> {
        match flag {
            0 => Ok(VhostUser_IotlbPerm::None),
            1 => Ok(VhostUser_IotlbPerm::Read),
            2 => Ok(VhostUser_IotlbPerm::Write),
            3 => Ok(VhostUser_IotlbPerm::ReadWrite),
            _ => Ok(VhostUser_IotlbPerm::Unknown(flag)),
        }
    }
}

impl From<&VhostUser_IotlbPerm> for i64 {
    fn from(v: &VhostUser_IotlbPerm) -> Self {
        match *v {
            VhostUser_IotlbPerm::None => 0,
            VhostUser_IotlbPerm::Read => 1,
            VhostUser_IotlbPerm::Write => 2,
            VhostUser_IotlbPerm::ReadWrite => 3,
            VhostUser_IotlbPerm::Unknown(v) => v
        }
    }
}

impl Default for VhostUser_IotlbPerm {
    fn default() -> Self { VhostUser_IotlbPerm::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum VhostUser_IotlbType {

    /**
     * The back-end misses a translation (back-end to front-end).
     */
    Miss,

    /**
     * A new translation (front-end to back-end).
     */
    Update,

    /**
     * Drop translations (front-end to back-end).
     */
    Invalidate,

    /**
     * An access was refused (back-end to front-end).
     */
    AccessFail,
    Unknown(i64),
}

impl TryFrom<i64> for VhostUser_IotlbType {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VhostUser_IotlbType> {
        match flag {
            1 => Ok(VhostUser_IotlbType::Miss),
            2 => Ok(VhostUser_IotlbType::Update),
            3 => Ok(VhostUser_IotlbType::Invalidate),
            4 => Ok(VhostUser_IotlbType::AccessFail),
            _ => Ok(VhostUser_IotlbType::Unknown(flag)),
        }
    }
}

impl From<&VhostUser_IotlbType> for i64 {
    fn from(v: &VhostUser_IotlbType) -> Self {
        match *v {
            VhostUser_IotlbType::Miss => 1,
            VhostUser_IotlbType::Update => 2,
            VhostUser_IotlbType::Invalidate => 3,
            VhostUser_IotlbType::AccessFail => 4,
            VhostUser_IotlbType::Unknown(v) => v
        }
    }
}

impl Default for VhostUser_IotlbType {
    fn default() -> Self { VhostUser_IotlbType::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum VhostUser_MigrationPhase {

    /**
     * The guest is stopped and the device suspended.
     */
    Stopped,
    Unknown(i64),
}

impl TryFrom<i64> for VhostUser_MigrationPhase {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VhostUser_MigrationPhase> {
        match flag {
            0 => Ok(VhostUser_MigrationPhase::Stopped),
            _ => Ok(VhostUser_MigrationPhase::Unknown(flag)),
        }
    }
}

impl From<&VhostUser_MigrationPhase> for i64 {
    fn from(v: &VhostUser_MigrationPhase) -> Self {
        match *v {
            VhostUser_MigrationPhase::Stopped => 0,
            VhostUser_MigrationPhase::Unknown(v) => v
        }
    }
}

impl Default for VhostUser_MigrationPhase {
    fn default() -> Self { VhostUser_MigrationPhase::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum VhostUser_ProtocolFeature {

    /**
     * Several queues.
     */
    Mq,

    /**
     * Shared-memory dirty log.
     */
    LogShmfd,

    /**
     * SEND_RARP.
     */
    Rarp,

    /**
     * need_reply on any request.
     */
    ReplyAck,

    /**
     * NET_SET_MTU.
     */
    Mtu,

    /**
     * Back-end request channel.
     */
    BackendReq,

    /**
     * SET_VRING_ENDIAN.
     */
    CrossEndian,

    /**
     * Crypto sessions.
     */
    CryptoSession,

    /**
     * Postcopy with userfaultfd.
     */
    Pagefault,

    /**
     * GET/SET_CONFIG.
     */
    Config,

    /**
     * File descriptors on the back-end channel.
     */
    BackendSendFd,

    /**
     * Host notifier areas.
     */
    HostNotifier,

    /**
     * In-flight tracking buffer.
     */
    InflightShmfd,

    /**
     * RESET_DEVICE.
     */
    ResetDevice,

    /**
     * Kicks and calls as messages.
     */
    InbandNotifications,

    /**
     * ADD/REM_MEM_REG.
     */
    ConfigureMemSlots,

    /**
     * SET/GET_STATUS.
     */
    Status,

    /**
     * Xen mapping flags in regions.
     */
    XenMmap,

    /**
     * Shared objects by UUID.
     */
    SharedObject,

    /**
     * Back-end state transfer.
     */
    DeviceState,
    Unknown(i64),
}

impl TryFrom<i64> for VhostUser_ProtocolFeature {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VhostUser_ProtocolFeature> {
        match flag {
            0 => Ok(VhostUser_ProtocolFeature::Mq),
            1 => Ok(VhostUser_ProtocolFeature::LogShmfd),
            2 => Ok(VhostUser_ProtocolFeature::Rarp),
            3 => Ok(VhostUser_ProtocolFeature::ReplyAck),
            4 => Ok(VhostUser_ProtocolFeature::Mtu),
            5 => Ok(VhostUser_ProtocolFeature::BackendReq),
            6 => Ok(VhostUser_ProtocolFeature::CrossEndian),
            7 => Ok(VhostUser_ProtocolFeature::CryptoSession),
            8 => Ok(VhostUser_ProtocolFeature::Pagefault),
            9 => Ok(VhostUser_ProtocolFeature::Config),
            10 => Ok(VhostUser_ProtocolFeature::BackendSendFd),
            11 => Ok(VhostUser_ProtocolFeature::HostNotifier),
            12 => Ok(VhostUser_ProtocolFeature::InflightShmfd),
            13 => Ok(VhostUser_ProtocolFeature::ResetDevice),
            14 => Ok(VhostUser_ProtocolFeature::InbandNotifications),
            15 => Ok(VhostUser_ProtocolFeature::ConfigureMemSlots),
            16 => Ok(VhostUser_ProtocolFeature::Status),
            17 => Ok(VhostUser_ProtocolFeature::XenMmap),
            18 => Ok(VhostUser_ProtocolFeature::SharedObject),
            19 => Ok(VhostUser_ProtocolFeature::DeviceState),
            _ => Ok(VhostUser_ProtocolFeature::Unknown(flag)),
        }
    }
}

impl From<&VhostUser_ProtocolFeature> for i64 {
    fn from(v: &VhostUser_ProtocolFeature) -> Self {
        match *v {
            VhostUser_ProtocolFeature::Mq => 0,
            VhostUser_ProtocolFeature::LogShmfd => 1,
            VhostUser_ProtocolFeature::Rarp => 2,
            VhostUser_ProtocolFeature::ReplyAck => 3,
            VhostUser_ProtocolFeature::Mtu => 4,
            VhostUser_ProtocolFeature::BackendReq => 5,
            VhostUser_ProtocolFeature::CrossEndian => 6,
            VhostUser_ProtocolFeature::CryptoSession => 7,
            VhostUser_ProtocolFeature::Pagefault => 8,
            VhostUser_ProtocolFeature::Config => 9,
            VhostUser_ProtocolFeature::BackendSendFd => 10,
            VhostUser_ProtocolFeature::HostNotifier => 11,
            VhostUser_ProtocolFeature::InflightShmfd => 12,
            VhostUser_ProtocolFeature::ResetDevice => 13,
            VhostUser_ProtocolFeature::InbandNotifications => 14,
            VhostUser_ProtocolFeature::ConfigureMemSlots => 15,
            VhostUser_ProtocolFeature::Status => 16,
            VhostUser_ProtocolFeature::XenMmap => 17,
            VhostUser_ProtocolFeature::SharedObject => 18,
            VhostUser_ProtocolFeature::DeviceState => 19,
            VhostUser_ProtocolFeature::Unknown(v) => v
        }
    }
}

impl Default for VhostUser_ProtocolFeature {
    fn default() -> Self { VhostUser_ProtocolFeature::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum VhostUser_TransferDirection {

    /**
     * Back-end to front-end, on the migration source.
     */
    Save,

    /**
     * Front-end to back-end, on the migration destination.
     */
    Load,
    Unknown(i64),
}

impl TryFrom<i64> for VhostUser_TransferDirection {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VhostUser_TransferDirection> {
        match flag {
            0 => Ok(VhostUser_TransferDirection::Save),
            1 => Ok(VhostUser_TransferDirection::Load),
            _ => Ok(VhostUser_TransferDirection::Unknown(flag)),
        }
    }
}

impl From<&VhostUser_TransferDirection> for i64 {
    fn from(v: &VhostUser_TransferDirection) -> Self {
        match *v {
            VhostUser_TransferDirection::Save => 0,
            VhostUser_TransferDirection::Load => 1,
            VhostUser_TransferDirection::Unknown(v) => v
        }
    }
}

impl Default for VhostUser_TransferDirection {
    fn default() -> Self { VhostUser_TransferDirection::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum VhostUser_VirtioFeature {

    /**
     * Notify on an empty available ring (legacy).
     */
    NotifyOnEmpty,

    /**
     * Dirty-page logging (vhost).
     */
    LogAll,

    /**
     * Any descriptor layout (legacy).
     */
    AnyLayout,

    /**
     * Indirect descriptor tables.
     */
    IndirectDesc,

    /**
     * Event-index notification suppression.
     */
    EventIdx,

    /**
     * vhost-user protocol feature negotiation.
     */
    ProtocolFeatures,

    /**
     * Virtio 1.0 or later.
     */
    Version1,

    /**
     * IOMMU translation of addresses.
     */
    AccessPlatform,

    /**
     * Packed virtqueues.
     */
    RingPacked,

    /**
     * Buffers used in order.
     */
    InOrder,

    /**
     * Platform memory ordering.
     */
    OrderPlatform,

    /**
     * SR-IOV.
     */
    SrIov,

    /**
     * Data with driver notifications.
     */
    NotificationData,

    /**
     * Device-provided notification data.
     */
    NotifConfigData,

    /**
     * Per-queue reset.
     */
    RingReset,

    /**
     * Administration virtqueues.
     */
    AdminVq,
    Unknown(i64),
}

impl TryFrom<i64> for VhostUser_VirtioFeature {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VhostUser_VirtioFeature> {
        match flag {
            24 => Ok(VhostUser_VirtioFeature::NotifyOnEmpty),
            26 => Ok(VhostUser_VirtioFeature::LogAll),
            27 => Ok(VhostUser_VirtioFeature::AnyLayout),
            28 => Ok(VhostUser_VirtioFeature::IndirectDesc),
            29 => Ok(VhostUser_VirtioFeature::EventIdx),
            30 => Ok(VhostUser_VirtioFeature::ProtocolFeatures),
            32 => Ok(VhostUser_VirtioFeature::Version1),
            33 => Ok(VhostUser_VirtioFeature::AccessPlatform),
            34 => Ok(VhostUser_VirtioFeature::RingPacked),
            35 => Ok(VhostUser_VirtioFeature::InOrder),
            36 => Ok(VhostUser_VirtioFeature::OrderPlatform),
            37 => Ok(VhostUser_VirtioFeature::SrIov),
            38 => Ok(VhostUser_VirtioFeature::NotificationData),
            39 => Ok(VhostUser_VirtioFeature::NotifConfigData),
            40 => Ok(VhostUser_VirtioFeature::RingReset),
            41 => Ok(VhostUser_VirtioFeature::AdminVq),
            _ => Ok(VhostUser_VirtioFeature::Unknown(flag)),
        }
    }
}

impl From<&VhostUser_VirtioFeature> for i64 {
    fn from(v: &VhostUser_VirtioFeature) -> Self {
        match *v {
            VhostUser_VirtioFeature::NotifyOnEmpty => 24,
            VhostUser_VirtioFeature::LogAll => 26,
            VhostUser_VirtioFeature::AnyLayout => 27,
            VhostUser_VirtioFeature::IndirectDesc => 28,
            VhostUser_VirtioFeature::EventIdx => 29,
            VhostUser_VirtioFeature::ProtocolFeatures => 30,
            VhostUser_VirtioFeature::Version1 => 32,
            VhostUser_VirtioFeature::AccessPlatform => 33,
            VhostUser_VirtioFeature::RingPacked => 34,
            VhostUser_VirtioFeature::InOrder => 35,
            VhostUser_VirtioFeature::OrderPlatform => 36,
            VhostUser_VirtioFeature::SrIov => 37,
            VhostUser_VirtioFeature::NotificationData => 38,
            VhostUser_VirtioFeature::NotifConfigData => 39,
            VhostUser_VirtioFeature::RingReset => 40,
            VhostUser_VirtioFeature::AdminVq => 41,
            VhostUser_VirtioFeature::Unknown(v) => v
        }
    }
}

impl Default for VhostUser_VirtioFeature {
    fn default() -> Self { VhostUser_VirtioFeature::Unknown(0) }
}


/**
 * GET_CONFIG and SET_CONFIG (CONFIG protocol feature): a window of the
 * virtio device's configuration space, at most 256 bytes. A GET_CONFIG
 * request carries `len_config` placeholder bytes; the reply carries the
 * contents (or no payload at all on error).
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#virtio-device-config-space Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_ConfigSpace {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    ofs_config: RefCell<u32>,
    len_config: RefCell<u32>,
    flags: RefCell<VhostUser_ConfigFlags>,
    contents: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_ConfigSpace {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.ofs_config.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.len_config.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.flags.borrow_mut() = (_io.read_u4le()? as i64).try_into()?;
        *self_rc.contents.borrow_mut() = _io.read_bytes_full()?.into();
        Ok(())
    }
}
impl VhostUser_ConfigSpace {
}

/**
 * Offset in the configuration space.
 */
impl VhostUser_ConfigSpace {
    pub fn ofs_config(&self) -> Ref<'_, u32> {
        self.ofs_config.borrow()
    }
}

/**
 * Number of bytes.
 */
impl VhostUser_ConfigSpace {
    pub fn len_config(&self) -> Ref<'_, u32> {
        self.len_config.borrow()
    }
}

/**
 * Why the front-end writes.
 */
impl VhostUser_ConfigSpace {
    pub fn flags(&self) -> Ref<'_, VhostUser_ConfigFlags> {
        self.flags.borrow()
    }
}

/**
 * The bytes (normally `len_config` of them).
 */
impl VhostUser_ConfigSpace {
    pub fn contents(&self) -> Ref<'_, Vec<u8>> {
        self.contents.borrow()
    }
}
impl VhostUser_ConfigSpace {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * Asymmetric (akcipher) session - algorithm, key type and the key.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_CryptoAsymSession {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser_CryptoSession>,
    pub _self: SharedType<Self>,
    algo: RefCell<u32>,
    key_type: RefCell<u32>,
    len_key: RefCell<u32>,
    padding: RefCell<Vec<u8>>,
    key_ptr: RefCell<u64>,
    rsa_padding_algo: RefCell<u32>,
    rsa_hash_algo: RefCell<u32>,
    key: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_CryptoAsymSession {
    type Root = VhostUser;
    type Parent = VhostUser_CryptoSession;

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
        *self_rc.algo.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.key_type.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.len_key.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.padding.borrow_mut() = _io.read_bytes(4 as usize)?.into();
        *self_rc.key_ptr.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.rsa_padding_algo.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.rsa_hash_algo.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.key.borrow_mut() = _io.read_bytes(1024 as usize)?.into();
        Ok(())
    }
}
impl VhostUser_CryptoAsymSession {
}

/**
 * Algorithm (RSA, ECDSA; virtio-crypto numbering).
 */
impl VhostUser_CryptoAsymSession {
    pub fn algo(&self) -> Ref<'_, u32> {
        self.algo.borrow()
    }
}

/**
 * Public or private key.
 */
impl VhostUser_CryptoAsymSession {
    pub fn key_type(&self) -> Ref<'_, u32> {
        self.key_type.borrow()
    }
}

/**
 * Key length.
 */
impl VhostUser_CryptoAsymSession {
    pub fn len_key(&self) -> Ref<'_, u32> {
        self.len_key.borrow()
    }
}

/**
 * Alignment.
 */
impl VhostUser_CryptoAsymSession {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}

/**
 * The front-end's pointer to the key (meaningless to the back-end).
 */
impl VhostUser_CryptoAsymSession {
    pub fn key_ptr(&self) -> Ref<'_, u64> {
        self.key_ptr.borrow()
    }
}

/**
 * RSA padding algorithm.
 */
impl VhostUser_CryptoAsymSession {
    pub fn rsa_padding_algo(&self) -> Ref<'_, u32> {
        self.rsa_padding_algo.borrow()
    }
}

/**
 * RSA hash algorithm.
 */
impl VhostUser_CryptoAsymSession {
    pub fn rsa_hash_algo(&self) -> Ref<'_, u32> {
        self.rsa_hash_algo.borrow()
    }
}

/**
 * The key, `len_key` bytes used.
 */
impl VhostUser_CryptoAsymSession {
    pub fn key(&self) -> Ref<'_, Vec<u8>> {
        self.key.borrow()
    }
}
impl VhostUser_CryptoAsymSession {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * CREATE_CRYPTO_SESSION request and reply (CRYPTO_SESSION): the
 * operation, the session parameters and keys (symmetric or asymmetric,
 * by `op_code`), and the session id the back-end returns (negative on
 * failure). The session parameters copy QEMU's in-memory structures,
 * host pointers included, so the layout is that of a 64-bit host.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_CryptoSession {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    op_code: RefCell<VhostUser_CryptoOp>,
    session: RefCell<Option<VhostUser_CryptoSession_Session>>,
    session_id: RefCell<i64>,
    _io: RefCell<BytesReader>,
    session_raw: RefCell<Vec<u8>>,
}
#[derive(Debug, Clone)]
pub enum VhostUser_CryptoSession_Session {
    VhostUser_CryptoAsymSession(OptRc<VhostUser_CryptoAsymSession>),
    VhostUser_CryptoSymSession(OptRc<VhostUser_CryptoSymSession>),
}
impl From<&VhostUser_CryptoSession_Session> for OptRc<VhostUser_CryptoAsymSession> {
    fn from(v: &VhostUser_CryptoSession_Session) -> Self {
        if let VhostUser_CryptoSession_Session::VhostUser_CryptoAsymSession(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_CryptoSession_Session::VhostUser_CryptoAsymSession, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_CryptoAsymSession>> for VhostUser_CryptoSession_Session {
    fn from(v: OptRc<VhostUser_CryptoAsymSession>) -> Self {
        Self::VhostUser_CryptoAsymSession(v)
    }
}
impl From<&VhostUser_CryptoSession_Session> for OptRc<VhostUser_CryptoSymSession> {
    fn from(v: &VhostUser_CryptoSession_Session) -> Self {
        if let VhostUser_CryptoSession_Session::VhostUser_CryptoSymSession(x) = v {
            return x.clone();
        }
        panic!("expected VhostUser_CryptoSession_Session::VhostUser_CryptoSymSession, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_CryptoSymSession>> for VhostUser_CryptoSession_Session {
    fn from(v: OptRc<VhostUser_CryptoSymSession>) -> Self {
        Self::VhostUser_CryptoSymSession(v)
    }
}
impl KStruct for VhostUser_CryptoSession {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.op_code.borrow_mut() = (_io.read_u8le()? as i64).try_into()?;
        match *self_rc.op_code() {
            VhostUser_CryptoOp::AkcipherCreateSession => {
                *self_rc.session_raw.borrow_mut() = _io.read_bytes(1056 as usize)?.into();
                let session_raw = self_rc.session_raw.borrow();
                let _t_session_raw_io = BytesReader::from(session_raw.clone());
                let t = Self::read_into::<BytesReader, VhostUser_CryptoAsymSession>(&_t_session_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.session.borrow_mut() = Some(t);
            }
            _ => {
                *self_rc.session_raw.borrow_mut() = _io.read_bytes(1056 as usize)?.into();
                let session_raw = self_rc.session_raw.borrow();
                let _t_session_raw_io = BytesReader::from(session_raw.clone());
                let t = Self::read_into::<BytesReader, VhostUser_CryptoSymSession>(&_t_session_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.session.borrow_mut() = Some(t);
            }
        }
        *self_rc.session_id.borrow_mut() = _io.read_s8le()?.into();
        Ok(())
    }
}
impl VhostUser_CryptoSession {
}

/**
 * Which kind of session (virtio-crypto create-session opcode).
 */
impl VhostUser_CryptoSession {
    pub fn op_code(&self) -> Ref<'_, VhostUser_CryptoOp> {
        self.op_code.borrow()
    }
}

/**
 * Session parameters and keys.
 */
impl VhostUser_CryptoSession {
    pub fn session(&self) -> Ref<'_, Option<VhostUser_CryptoSession_Session>> {
        self.session.borrow()
    }
}

/**
 * The session id (reply), negative on failure.
 */
impl VhostUser_CryptoSession {
    pub fn session_id(&self) -> Ref<'_, i64> {
        self.session_id.borrow()
    }
}
impl VhostUser_CryptoSession {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl VhostUser_CryptoSession {
    pub fn session_raw(&self) -> Ref<'_, Vec<u8>> {
        self.session_raw.borrow()
    }
}

/**
 * Symmetric session - cipher and hash parameters, then the keys.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_CryptoSymSession {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser_CryptoSession>,
    pub _self: SharedType<Self>,
    cipher_alg: RefCell<u32>,
    len_cipher_key: RefCell<u32>,
    hash_alg: RefCell<u32>,
    len_hash_result: RefCell<u32>,
    len_auth_key: RefCell<u32>,
    len_add: RefCell<u32>,
    op_type: RefCell<u8>,
    direction: RefCell<u8>,
    hash_mode: RefCell<u8>,
    alg_chain_order: RefCell<u8>,
    padding: RefCell<Vec<u8>>,
    cipher_key_ptr: RefCell<u64>,
    auth_key_ptr: RefCell<u64>,
    cipher_key: RefCell<Vec<u8>>,
    auth_key: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_CryptoSymSession {
    type Root = VhostUser;
    type Parent = VhostUser_CryptoSession;

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
        *self_rc.cipher_alg.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.len_cipher_key.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.hash_alg.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.len_hash_result.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.len_auth_key.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.len_add.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.op_type.borrow_mut() = _io.read_u1()?.into();
        *self_rc.direction.borrow_mut() = _io.read_u1()?.into();
        *self_rc.hash_mode.borrow_mut() = _io.read_u1()?.into();
        *self_rc.alg_chain_order.borrow_mut() = _io.read_u1()?.into();
        *self_rc.padding.borrow_mut() = _io.read_bytes(4 as usize)?.into();
        *self_rc.cipher_key_ptr.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.auth_key_ptr.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.cipher_key.borrow_mut() = _io.read_bytes(64 as usize)?.into();
        *self_rc.auth_key.borrow_mut() = _io.read_bytes(512 as usize)?.into();
        Ok(())
    }
}
impl VhostUser_CryptoSymSession {
}

/**
 * Cipher algorithm (virtio-crypto numbering).
 */
impl VhostUser_CryptoSymSession {
    pub fn cipher_alg(&self) -> Ref<'_, u32> {
        self.cipher_alg.borrow()
    }
}

/**
 * Length of the cipher key.
 */
impl VhostUser_CryptoSymSession {
    pub fn len_cipher_key(&self) -> Ref<'_, u32> {
        self.len_cipher_key.borrow()
    }
}

/**
 * Hash or MAC algorithm.
 */
impl VhostUser_CryptoSymSession {
    pub fn hash_alg(&self) -> Ref<'_, u32> {
        self.hash_alg.borrow()
    }
}

/**
 * Length of the hash result.
 */
impl VhostUser_CryptoSymSession {
    pub fn len_hash_result(&self) -> Ref<'_, u32> {
        self.len_hash_result.borrow()
    }
}

/**
 * Length of the MAC key.
 */
impl VhostUser_CryptoSymSession {
    pub fn len_auth_key(&self) -> Ref<'_, u32> {
        self.len_auth_key.borrow()
    }
}

/**
 * Length of additional authenticated data.
 */
impl VhostUser_CryptoSymSession {
    pub fn len_add(&self) -> Ref<'_, u32> {
        self.len_add.borrow()
    }
}

/**
 * Cipher only, or chained with a hash.
 */
impl VhostUser_CryptoSymSession {
    pub fn op_type(&self) -> Ref<'_, u8> {
        self.op_type.borrow()
    }
}

/**
 * Encrypt or decrypt.
 */
impl VhostUser_CryptoSymSession {
    pub fn direction(&self) -> Ref<'_, u8> {
        self.direction.borrow()
    }
}

/**
 * Plain, auth or nested hash.
 */
impl VhostUser_CryptoSymSession {
    pub fn hash_mode(&self) -> Ref<'_, u8> {
        self.hash_mode.borrow()
    }
}

/**
 * Cipher then hash, or hash then cipher.
 */
impl VhostUser_CryptoSymSession {
    pub fn alg_chain_order(&self) -> Ref<'_, u8> {
        self.alg_chain_order.borrow()
    }
}

/**
 * Alignment.
 */
impl VhostUser_CryptoSymSession {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}

/**
 * The front-end's pointer to the cipher key (meaningless to the back-end).
 */
impl VhostUser_CryptoSymSession {
    pub fn cipher_key_ptr(&self) -> Ref<'_, u64> {
        self.cipher_key_ptr.borrow()
    }
}

/**
 * The front-end's pointer to the MAC key (meaningless to the back-end).
 */
impl VhostUser_CryptoSymSession {
    pub fn auth_key_ptr(&self) -> Ref<'_, u64> {
        self.auth_key_ptr.borrow()
    }
}

/**
 * Cipher key, `len_cipher_key` bytes used.
 */
impl VhostUser_CryptoSymSession {
    pub fn cipher_key(&self) -> Ref<'_, Vec<u8>> {
        self.cipher_key.borrow()
    }
}

/**
 * MAC key, `len_auth_key` bytes used.
 */
impl VhostUser_CryptoSymSession {
    pub fn auth_key(&self) -> Ref<'_, Vec<u8>> {
        self.auth_key.borrow()
    }
}
impl VhostUser_CryptoSymSession {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * SET_DEVICE_STATE_FD reply: an error code in the low byte and, in bit
 * 8, whether the back-end sent no file descriptor (then the front-end
 * keeps its own channel).
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_DeviceStateResult {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    error: RefCell<u64>,
    no_fd: RefCell<bool>,
    reserved_lo: RefCell<u64>,
    reserved_hi: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_DeviceStateResult {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.error.borrow_mut() = _io.read_bits_int_le(8)?;
        *self_rc.no_fd.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved_lo.borrow_mut() = _io.read_bits_int_le(23)?;
        *self_rc.reserved_hi.borrow_mut() = _io.read_bits_int_le(32)?;
        Ok(())
    }
}
impl VhostUser_DeviceStateResult {
}

/**
 * Zero on success.
 */
impl VhostUser_DeviceStateResult {
    pub fn error(&self) -> Ref<'_, u64> {
        self.error.borrow()
    }
}

/**
 * Bit 8, no file descriptor in the reply.
 */
impl VhostUser_DeviceStateResult {
    pub fn no_fd(&self) -> Ref<'_, bool> {
        self.no_fd.borrow()
    }
}

/**
 * Bits 9-31, not defined.
 */
impl VhostUser_DeviceStateResult {
    pub fn reserved_lo(&self) -> Ref<'_, u64> {
        self.reserved_lo.borrow()
    }
}

/**
 * Bits 32-63, not defined.
 */
impl VhostUser_DeviceStateResult {
    pub fn reserved_hi(&self) -> Ref<'_, u64> {
        self.reserved_hi.borrow()
    }
}
impl VhostUser_DeviceStateResult {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * SET_DEVICE_STATE_FD request - which way the back-end state moves, and when.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#device-state-transfer-parameters Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_DeviceStateTransfer {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    direction: RefCell<VhostUser_TransferDirection>,
    phase: RefCell<VhostUser_MigrationPhase>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_DeviceStateTransfer {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.direction.borrow_mut() = (_io.read_u4le()? as i64).try_into()?;
        *self_rc.phase.borrow_mut() = (_io.read_u4le()? as i64).try_into()?;
        Ok(())
    }
}
impl VhostUser_DeviceStateTransfer {
}

/**
 * Save (back-end to front-end) or load.
 */
impl VhostUser_DeviceStateTransfer {
    pub fn direction(&self) -> Ref<'_, VhostUser_TransferDirection> {
        self.direction.borrow()
    }
}

/**
 * Migration phase.
 */
impl VhostUser_DeviceStateTransfer {
    pub fn phase(&self) -> Ref<'_, VhostUser_MigrationPhase> {
        self.phase.borrow()
    }
}
impl VhostUser_DeviceStateTransfer {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The virtio device status byte (SET/GET_STATUS), in a u64.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types Source
 * \sa Virtio 1.2, section 2.1 "Device Status Field"
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_DeviceStatus {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    acknowledge: RefCell<bool>,
    driver: RefCell<bool>,
    driver_ok: RefCell<bool>,
    features_ok: RefCell<bool>,
    reserved_bit4: RefCell<u64>,
    device_needs_reset: RefCell<bool>,
    failed: RefCell<bool>,
    reserved_lo: RefCell<u64>,
    reserved_hi: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_DeviceStatus {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.acknowledge.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.driver.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.driver_ok.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.features_ok.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved_bit4.borrow_mut() = _io.read_bits_int_le(2)?;
        *self_rc.device_needs_reset.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.failed.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved_lo.borrow_mut() = _io.read_bits_int_le(24)?;
        *self_rc.reserved_hi.borrow_mut() = _io.read_bits_int_le(32)?;
        Ok(())
    }
}
impl VhostUser_DeviceStatus {
}

/**
 * Bit 0, the guest found the device.
 */
impl VhostUser_DeviceStatus {
    pub fn acknowledge(&self) -> Ref<'_, bool> {
        self.acknowledge.borrow()
    }
}

/**
 * Bit 1, the guest has a driver for it.
 */
impl VhostUser_DeviceStatus {
    pub fn driver(&self) -> Ref<'_, bool> {
        self.driver.borrow()
    }
}

/**
 * Bit 2, the driver is ready; the device is live.
 */
impl VhostUser_DeviceStatus {
    pub fn driver_ok(&self) -> Ref<'_, bool> {
        self.driver_ok.borrow()
    }
}

/**
 * Bit 3, feature negotiation is complete.
 */
impl VhostUser_DeviceStatus {
    pub fn features_ok(&self) -> Ref<'_, bool> {
        self.features_ok.borrow()
    }
}

/**
 * Bits 4-5, not defined.
 */
impl VhostUser_DeviceStatus {
    pub fn reserved_bit4(&self) -> Ref<'_, u64> {
        self.reserved_bit4.borrow()
    }
}

/**
 * Bit 6, the device hit an error it cannot recover from.
 */
impl VhostUser_DeviceStatus {
    pub fn device_needs_reset(&self) -> Ref<'_, bool> {
        self.device_needs_reset.borrow()
    }
}

/**
 * Bit 7, the driver gave up on the device.
 */
impl VhostUser_DeviceStatus {
    pub fn failed(&self) -> Ref<'_, bool> {
        self.failed.borrow()
    }
}

/**
 * Bits 8-31, not defined.
 */
impl VhostUser_DeviceStatus {
    pub fn reserved_lo(&self) -> Ref<'_, u64> {
        self.reserved_lo.borrow()
    }
}

/**
 * Bits 32-63, not defined.
 */
impl VhostUser_DeviceStatus {
    pub fn reserved_hi(&self) -> Ref<'_, u64> {
        self.reserved_hi.borrow()
    }
}
impl VhostUser_DeviceStatus {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The 32-bit flags word of the header. Version 1 is the only version;
 * a receiver closes the connection on any other.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#header Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_HeaderFlags {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    version: RefCell<u64>,
    is_reply: RefCell<bool>,
    need_reply: RefCell<bool>,
    reserved: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_HeaderFlags {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.version.borrow_mut() = _io.read_bits_int_le(2)?;
        *self_rc.is_reply.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.need_reply.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved.borrow_mut() = _io.read_bits_int_le(28)?;
        Ok(())
    }
}
impl VhostUser_HeaderFlags {
}

/**
 * Protocol version, 1.
 */
impl VhostUser_HeaderFlags {
    pub fn version(&self) -> Ref<'_, u64> {
        self.version.borrow()
    }
}

/**
 * Bit 2, set on every message that answers a request.
 */
impl VhostUser_HeaderFlags {
    pub fn is_reply(&self) -> Ref<'_, bool> {
        self.is_reply.borrow()
    }
}

/**
 * Bit 3, set by the sender to ask for a REPLY_ACK answer (u64, zero on success).
 */
impl VhostUser_HeaderFlags {
    pub fn need_reply(&self) -> Ref<'_, bool> {
        self.need_reply.borrow()
    }
}

/**
 * Not defined; zero.
 */
impl VhostUser_HeaderFlags {
    pub fn reserved(&self) -> Ref<'_, u64> {
        self.reserved.borrow()
    }
}
impl VhostUser_HeaderFlags {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * GET_INFLIGHT_FD and SET_INFLIGHT_FD (INFLIGHT_SHMFD): the shared
 * buffer in which the back-end records requests in flight so that a
 * restarted back-end can resubmit them. The C structure is padded to
 * 24 bytes.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-description Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_InflightDescription {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    mmap_size: RefCell<u64>,
    mmap_offset: RefCell<u64>,
    num_queues: RefCell<u16>,
    queue_size: RefCell<u16>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_InflightDescription {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.mmap_size.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.mmap_offset.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.num_queues.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.queue_size.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.padding.borrow_mut() = _io.read_bytes_full()?.into();
        Ok(())
    }
}
impl VhostUser_InflightDescription {
}

/**
 * Size of the buffer.
 */
impl VhostUser_InflightDescription {
    pub fn mmap_size(&self) -> Ref<'_, u64> {
        self.mmap_size.borrow()
    }
}

/**
 * Offset of the buffer in the file descriptor.
 */
impl VhostUser_InflightDescription {
    pub fn mmap_offset(&self) -> Ref<'_, u64> {
        self.mmap_offset.borrow()
    }
}

/**
 * Number of queues the buffer covers.
 */
impl VhostUser_InflightDescription {
    pub fn num_queues(&self) -> Ref<'_, u16> {
        self.num_queues.borrow()
    }
}

/**
 * Entries per queue.
 */
impl VhostUser_InflightDescription {
    pub fn queue_size(&self) -> Ref<'_, u16> {
        self.queue_size.borrow()
    }
}

/**
 * Padding of the C structure (4 bytes).
 */
impl VhostUser_InflightDescription {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl VhostUser_InflightDescription {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * An IOTLB entry update, invalidation, miss or access failure
 * (ACCESS_PLATFORM). The C structure is padded to 32 bytes.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#an-iotlb-message Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_IotlbMessage {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    iova: RefCell<u64>,
    len_iova: RefCell<u64>,
    user_addr: RefCell<u64>,
    perm: RefCell<VhostUser_IotlbPerm>,
    type: RefCell<VhostUser_IotlbType>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_IotlbMessage {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.iova.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.len_iova.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.user_addr.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.perm.borrow_mut() = (_io.read_u1()? as i64).try_into()?;
        *self_rc.type.borrow_mut() = (_io.read_u1()? as i64).try_into()?;
        *self_rc.padding.borrow_mut() = _io.read_bytes_full()?.into();
        Ok(())
    }
}
impl VhostUser_IotlbMessage {
}

/**
 * I/O virtual address.
 */
impl VhostUser_IotlbMessage {
    pub fn iova(&self) -> Ref<'_, u64> {
        self.iova.borrow()
    }
}

/**
 * Size of the range.
 */
impl VhostUser_IotlbMessage {
    pub fn len_iova(&self) -> Ref<'_, u64> {
        self.len_iova.borrow()
    }
}

/**
 * User address the range maps to (updates).
 */
impl VhostUser_IotlbMessage {
    pub fn user_addr(&self) -> Ref<'_, u64> {
        self.user_addr.borrow()
    }
}

/**
 * Permissions.
 */
impl VhostUser_IotlbMessage {
    pub fn perm(&self) -> Ref<'_, VhostUser_IotlbPerm> {
        self.perm.borrow()
    }
}

/**
 * What the message says.
 */
impl VhostUser_IotlbMessage {
    pub fn type(&self) -> Ref<'_, VhostUser_IotlbType> {
        self.type.borrow()
    }
}

/**
 * Padding of the C structure (6 bytes).
 */
impl VhostUser_IotlbMessage {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl VhostUser_IotlbMessage {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * SET_LOG_BASE: where the dirty log is in the shared memory that comes
 * with the message (LOG_SHMFD). The log is a bitmap with one bit per
 * 4 KiB page of guest-physical memory, starting at address 0.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#log-description Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_LogDescription {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    log_size: RefCell<u64>,
    log_offset: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_LogDescription {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.log_size.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.log_offset.borrow_mut() = _io.read_u8le()?.into();
        Ok(())
    }
}
impl VhostUser_LogDescription {
}

/**
 * Size of the log in bytes.
 */
impl VhostUser_LogDescription {
    pub fn log_size(&self) -> Ref<'_, u64> {
        self.log_size.borrow()
    }
}

/**
 * Offset of the log in the file descriptor.
 */
impl VhostUser_LogDescription {
    pub fn log_offset(&self) -> Ref<'_, u64> {
        self.log_offset.borrow()
    }
}
impl VhostUser_LogDescription {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One region of guest memory the back-end maps: `len_region` bytes at
 * guest-physical `guest_addr`, which the front-end sees at `user_addr`,
 * found `mmap_offset` bytes into the file descriptor that comes with the
 * message. With the XEN_MMAP protocol feature the description is 40
 * bytes: two more fields follow.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#memory-region-description Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_MemoryRegion {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    guest_addr: RefCell<u64>,
    len_region: RefCell<u64>,
    user_addr: RefCell<u64>,
    mmap_offset: RefCell<u64>,
    xen_mmap_flags: RefCell<OptRc<VhostUser_XenMmapFlags>>,
    domid: RefCell<u32>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_MemoryRegion {
    type Root = VhostUser;
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
        *self_rc.guest_addr.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.len_region.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.user_addr.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.mmap_offset.borrow_mut() = _io.read_u8le()?.into();
        if ((_io.size() as i32) >= (40 as i32)) {
            let t = Self::read_into::<_, VhostUser_XenMmapFlags>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            *self_rc.xen_mmap_flags.borrow_mut() = t;
        }
        if ((_io.size() as i32) >= (40 as i32)) {
            *self_rc.domid.borrow_mut() = _io.read_u4le()?.into();
        }
        Ok(())
    }
}
impl VhostUser_MemoryRegion {
}

/**
 * Guest-physical address of the region.
 */
impl VhostUser_MemoryRegion {
    pub fn guest_addr(&self) -> Ref<'_, u64> {
        self.guest_addr.borrow()
    }
}

/**
 * Size of the region in bytes.
 */
impl VhostUser_MemoryRegion {
    pub fn len_region(&self) -> Ref<'_, u64> {
        self.len_region.borrow()
    }
}

/**
 * Address of the region in the front-end's address space (ring addresses refer to it).
 */
impl VhostUser_MemoryRegion {
    pub fn user_addr(&self) -> Ref<'_, u64> {
        self.user_addr.borrow()
    }
}

/**
 * Offset of the region in the file descriptor.
 */
impl VhostUser_MemoryRegion {
    pub fn mmap_offset(&self) -> Ref<'_, u64> {
        self.mmap_offset.borrow()
    }
}

/**
 * Xen mapping flags (XEN_MMAP only).
 */
impl VhostUser_MemoryRegion {
    pub fn xen_mmap_flags(&self) -> Ref<'_, OptRc<VhostUser_XenMmapFlags>> {
        self.xen_mmap_flags.borrow()
    }
}

/**
 * Xen domain id (XEN_MMAP only).
 */
impl VhostUser_MemoryRegion {
    pub fn domid(&self) -> Ref<'_, u32> {
        self.domid.borrow()
    }
}
impl VhostUser_MemoryRegion {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * SET_MEM_TABLE: the whole guest memory map, at most 8 regions, one file
 * descriptor per region in the same order. The message is only as long
 * as the regions it holds (8 + 32 bytes per region).
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#multiple-memory-regions-description Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_MemoryTable {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    num_regions: RefCell<u32>,
    padding: RefCell<u32>,
    regions: RefCell<Vec<OptRc<VhostUser_MemoryRegion>>>,
    _io: RefCell<BytesReader>,
    regions_raw: RefCell<Vec<Vec<u8>>>,
    f_len_regions: Cell<bool>,
    len_regions: RefCell<i8>,
}
impl KStruct for VhostUser_MemoryTable {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.num_regions.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.padding.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.regions_raw.borrow_mut() = Vec::new();
        *self_rc.regions.borrow_mut() = Vec::new();
        let l_regions = *self_rc.num_regions();
        for _i in 0..l_regions {
            self_rc.regions_raw.borrow_mut().push(_io.read_bytes(*self_rc.len_regions()? as usize)?.into());
            let regions_raw = self_rc.regions_raw.borrow();
            let io_regions_raw = BytesReader::from(regions_raw.last().unwrap().clone());
            let t = Self::read_into::<BytesReader, VhostUser_MemoryRegion>(&io_regions_raw, Some(self_rc._root.clone()), None)?.into();
            self_rc.regions.borrow_mut().push(t);
        }
        Ok(())
    }
}
impl VhostUser_MemoryTable {

    /**
     * Size of one region description (40 with XEN_MMAP, else 32).
     */
    pub fn len_regions(
        &self
    ) -> KResult<Ref<'_, i8>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_len_regions.get() {
            return Ok(self.len_regions.borrow());
        }
        self.f_len_regions.set(true);
        *self.len_regions.borrow_mut() = (if  ((((*self.num_regions() as u32) > (0 as u32))) && (((_io.size() as i32) - (8 as i32)) >= ((40 as i64) * ((*self.num_regions() as i64) as i64))))  { 40 } else { 32 }) as i8;
        Ok(self.len_regions.borrow())
    }
}

/**
 * Number of regions.
 */
impl VhostUser_MemoryTable {
    pub fn num_regions(&self) -> Ref<'_, u32> {
        self.num_regions.borrow()
    }
}

/**
 * Unused.
 */
impl VhostUser_MemoryTable {
    pub fn padding(&self) -> Ref<'_, u32> {
        self.padding.borrow()
    }
}

/**
 * The regions.
 */
impl VhostUser_MemoryTable {
    pub fn regions(&self) -> Ref<'_, Vec<OptRc<VhostUser_MemoryRegion>>> {
        self.regions.borrow()
    }
}
impl VhostUser_MemoryTable {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl VhostUser_MemoryTable {
    pub fn regions_raw(&self) -> Ref<'_, Vec<Vec<u8>>> {
        self.regions_raw.borrow()
    }
}

/**
 * The 64-bit protocol feature word of GET/SET_PROTOCOL_FEATURES. Each
 * bit switches on an extension of the protocol (see the enum
 * `protocol_feature`).
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#protocol-features Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_ProtocolFeatures {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    mq: RefCell<bool>,
    log_shmfd: RefCell<bool>,
    rarp: RefCell<bool>,
    reply_ack: RefCell<bool>,
    mtu: RefCell<bool>,
    backend_req: RefCell<bool>,
    cross_endian: RefCell<bool>,
    crypto_session: RefCell<bool>,
    pagefault: RefCell<bool>,
    config: RefCell<bool>,
    backend_send_fd: RefCell<bool>,
    host_notifier: RefCell<bool>,
    inflight_shmfd: RefCell<bool>,
    reset_device: RefCell<bool>,
    inband_notifications: RefCell<bool>,
    configure_mem_slots: RefCell<bool>,
    status: RefCell<bool>,
    xen_mmap: RefCell<bool>,
    shared_object: RefCell<bool>,
    device_state: RefCell<bool>,
    reserved_lo: RefCell<u64>,
    reserved_hi: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_ProtocolFeatures {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.mq.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.log_shmfd.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.rarp.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reply_ack.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.mtu.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.backend_req.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.cross_endian.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.crypto_session.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.pagefault.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.config.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.backend_send_fd.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.host_notifier.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.inflight_shmfd.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reset_device.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.inband_notifications.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.configure_mem_slots.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.status.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.xen_mmap.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.shared_object.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.device_state.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved_lo.borrow_mut() = _io.read_bits_int_le(12)?;
        *self_rc.reserved_hi.borrow_mut() = _io.read_bits_int_le(32)?;
        Ok(())
    }
}
impl VhostUser_ProtocolFeatures {
}

/**
 * Bit 0, several queues; GET_QUEUE_NUM answers how many.
 */
impl VhostUser_ProtocolFeatures {
    pub fn mq(&self) -> Ref<'_, bool> {
        self.mq.borrow()
    }
}

/**
 * Bit 1, SET_LOG_BASE carries the dirty log's shared memory fd (and is answered).
 */
impl VhostUser_ProtocolFeatures {
    pub fn log_shmfd(&self) -> Ref<'_, bool> {
        self.log_shmfd.borrow()
    }
}

/**
 * Bit 2, SEND_RARP after migration.
 */
impl VhostUser_ProtocolFeatures {
    pub fn rarp(&self) -> Ref<'_, bool> {
        self.rarp.borrow()
    }
}

/**
 * Bit 3, any request may ask for an acknowledgement with need_reply.
 */
impl VhostUser_ProtocolFeatures {
    pub fn reply_ack(&self) -> Ref<'_, bool> {
        self.reply_ack.borrow()
    }
}

/**
 * Bit 4, NET_SET_MTU.
 */
impl VhostUser_ProtocolFeatures {
    pub fn mtu(&self) -> Ref<'_, bool> {
        self.mtu.borrow()
    }
}

/**
 * Bit 5, a second socket for requests from the back-end (SET_BACKEND_REQ_FD).
 */
impl VhostUser_ProtocolFeatures {
    pub fn backend_req(&self) -> Ref<'_, bool> {
        self.backend_req.borrow()
    }
}

/**
 * Bit 6, SET_VRING_ENDIAN for legacy devices of the other byte order.
 */
impl VhostUser_ProtocolFeatures {
    pub fn cross_endian(&self) -> Ref<'_, bool> {
        self.cross_endian.borrow()
    }
}

/**
 * Bit 7, CREATE/CLOSE_CRYPTO_SESSION.
 */
impl VhostUser_ProtocolFeatures {
    pub fn crypto_session(&self) -> Ref<'_, bool> {
        self.crypto_session.borrow()
    }
}

/**
 * Bit 8, postcopy migration with a userfaultfd.
 */
impl VhostUser_ProtocolFeatures {
    pub fn pagefault(&self) -> Ref<'_, bool> {
        self.pagefault.borrow()
    }
}

/**
 * Bit 9, GET/SET_CONFIG for the device configuration space.
 */
impl VhostUser_ProtocolFeatures {
    pub fn config(&self) -> Ref<'_, bool> {
        self.config.borrow()
    }
}

/**
 * Bit 10, back-end requests may carry file descriptors.
 */
impl VhostUser_ProtocolFeatures {
    pub fn backend_send_fd(&self) -> Ref<'_, bool> {
        self.backend_send_fd.borrow()
    }
}

/**
 * Bit 11, the back-end can map a notification area into the guest.
 */
impl VhostUser_ProtocolFeatures {
    pub fn host_notifier(&self) -> Ref<'_, bool> {
        self.host_notifier.borrow()
    }
}

/**
 * Bit 12, GET/SET_INFLIGHT_FD for in-flight request tracking.
 */
impl VhostUser_ProtocolFeatures {
    pub fn inflight_shmfd(&self) -> Ref<'_, bool> {
        self.inflight_shmfd.borrow()
    }
}

/**
 * Bit 13, RESET_DEVICE.
 */
impl VhostUser_ProtocolFeatures {
    pub fn reset_device(&self) -> Ref<'_, bool> {
        self.reset_device.borrow()
    }
}

/**
 * Bit 14, kicks and calls as messages (VRING_KICK, BACKEND_VRING_CALL) instead of eventfds.
 */
impl VhostUser_ProtocolFeatures {
    pub fn inband_notifications(&self) -> Ref<'_, bool> {
        self.inband_notifications.borrow()
    }
}

/**
 * Bit 15, GET_MAX_MEM_SLOTS, ADD_MEM_REG and REM_MEM_REG instead of whole tables.
 */
impl VhostUser_ProtocolFeatures {
    pub fn configure_mem_slots(&self) -> Ref<'_, bool> {
        self.configure_mem_slots.borrow()
    }
}

/**
 * Bit 16, SET/GET_STATUS with the virtio device status byte.
 */
impl VhostUser_ProtocolFeatures {
    pub fn status(&self) -> Ref<'_, bool> {
        self.status.borrow()
    }
}

/**
 * Bit 17, memory regions carry Xen mapping flags and a domain id.
 */
impl VhostUser_ProtocolFeatures {
    pub fn xen_mmap(&self) -> Ref<'_, bool> {
        self.xen_mmap.borrow()
    }
}

/**
 * Bit 18, shared objects (dma-bufs) found by UUID.
 */
impl VhostUser_ProtocolFeatures {
    pub fn shared_object(&self) -> Ref<'_, bool> {
        self.shared_object.borrow()
    }
}

/**
 * Bit 19, back-end state transfer for migration (SET_DEVICE_STATE_FD, CHECK_DEVICE_STATE).
 */
impl VhostUser_ProtocolFeatures {
    pub fn device_state(&self) -> Ref<'_, bool> {
        self.device_state.borrow()
    }
}

/**
 * Bits 20-31, not defined.
 */
impl VhostUser_ProtocolFeatures {
    pub fn reserved_lo(&self) -> Ref<'_, u64> {
        self.reserved_lo.borrow()
    }
}

/**
 * Bits 32-63, not defined.
 */
impl VhostUser_ProtocolFeatures {
    pub fn reserved_hi(&self) -> Ref<'_, u64> {
        self.reserved_hi.borrow()
    }
}
impl VhostUser_ProtocolFeatures {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * SEND_RARP - the guest's MAC address in the first six bytes of the u64.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_RarpRequest {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    mac: RefCell<Vec<u8>>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_RarpRequest {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.mac.borrow_mut() = _io.read_bytes(6 as usize)?.into();
        *self_rc.padding.borrow_mut() = _io.read_bytes(2 as usize)?.into();
        Ok(())
    }
}
impl VhostUser_RarpRequest {
}

/**
 * MAC address to announce.
 */
impl VhostUser_RarpRequest {
    pub fn mac(&self) -> Ref<'_, Vec<u8>> {
        self.mac.borrow()
    }
}

/**
 * Unused.
 */
impl VhostUser_RarpRequest {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl VhostUser_RarpRequest {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A shared object's UUID (SHARED_OBJECT): 16 bytes whose first three
 * fields are big-endian.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#vhostusershared Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_SharedObject {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    time_low: RefCell<u32>,
    time_mid: RefCell<u16>,
    time_hi_and_version: RefCell<u16>,
    clock_seq_and_node: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_SharedObject {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.time_low.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.time_mid.borrow_mut() = _io.read_u2be()?.into();
        *self_rc.time_hi_and_version.borrow_mut() = _io.read_u2be()?.into();
        *self_rc.clock_seq_and_node.borrow_mut() = _io.read_bytes(8 as usize)?.into();
        Ok(())
    }
}
impl VhostUser_SharedObject {
}

/**
 * First 32 bits of the UUID.
 */
impl VhostUser_SharedObject {
    pub fn time_low(&self) -> Ref<'_, u32> {
        self.time_low.borrow()
    }
}

/**
 * Next 16 bits.
 */
impl VhostUser_SharedObject {
    pub fn time_mid(&self) -> Ref<'_, u16> {
        self.time_mid.borrow()
    }
}

/**
 * Next 16 bits, with the UUID version.
 */
impl VhostUser_SharedObject {
    pub fn time_hi_and_version(&self) -> Ref<'_, u16> {
        self.time_hi_and_version.borrow()
    }
}

/**
 * Last 8 bytes.
 */
impl VhostUser_SharedObject {
    pub fn clock_seq_and_node(&self) -> Ref<'_, Vec<u8>> {
        self.clock_seq_and_node.borrow()
    }
}
impl VhostUser_SharedObject {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * ADD_MEM_REG and REM_MEM_REG (CONFIGURE_MEM_SLOTS): one region, after
 * 8 bytes of padding. ADD_MEM_REG comes with the region's file
 * descriptor; REM_MEM_REG names the region by guest address, user
 * address and size.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#single-memory-region-description Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_SingleMemoryRegion {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    padding: RefCell<u64>,
    region: RefCell<OptRc<VhostUser_MemoryRegion>>,
    _io: RefCell<BytesReader>,
    region_raw: RefCell<Vec<u8>>,
}
impl KStruct for VhostUser_SingleMemoryRegion {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.padding.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.region_raw.borrow_mut() = _io.read_bytes_full()?.into();
        let region_raw = self_rc.region_raw.borrow();
        let _t_region_raw_io = BytesReader::from(region_raw.clone());
        let t = Self::read_into::<BytesReader, VhostUser_MemoryRegion>(&_t_region_raw_io, Some(self_rc._root.clone()), None)?.into();
        *self_rc.region.borrow_mut() = t;
        Ok(())
    }
}
impl VhostUser_SingleMemoryRegion {
}

/**
 * Unused.
 */
impl VhostUser_SingleMemoryRegion {
    pub fn padding(&self) -> Ref<'_, u64> {
        self.padding.borrow()
    }
}

/**
 * The region.
 */
impl VhostUser_SingleMemoryRegion {
    pub fn region(&self) -> Ref<'_, OptRc<VhostUser_MemoryRegion>> {
        self.region.borrow()
    }
}
impl VhostUser_SingleMemoryRegion {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl VhostUser_SingleMemoryRegion {
    pub fn region_raw(&self) -> Ref<'_, Vec<u8>> {
        self.region_raw.borrow()
    }
}

/**
 * A single 64-bit number: a count, a value to set, or the status of a
 * REPLY_ACK answer (zero for success, anything else for failure).
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#a-single-64-bit-integer Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_U64Payload {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    value: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_U64Payload {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.value.borrow_mut() = _io.read_u8le()?.into();
        Ok(())
    }
}
impl VhostUser_U64Payload {
}

/**
 * The number.
 */
impl VhostUser_U64Payload {
    pub fn value(&self) -> Ref<'_, u64> {
        self.value.borrow()
    }
}
impl VhostUser_U64Payload {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A 64-bit virtio feature word, as GET_FEATURES returns it and
 * SET_FEATURES acknowledges it. Bits 0-23 and 50-63 belong to the
 * device type (virtio-blk, virtio-net, ...); the others are the
 * transport and ring features the protocol itself relies on. Bit 30 is
 * borrowed by vhost-user to announce protocol-feature negotiation, and
 * bit 26 by vhost to announce dirty-page logging.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#communication Source
 * \sa Virtio 1.2, section 6 "Reserved Feature Bits"
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_VirtioFeatures {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    device_bits_lo: RefCell<u64>,
    notify_on_empty: RefCell<bool>,
    reserved_bit25: RefCell<bool>,
    log_all: RefCell<bool>,
    any_layout: RefCell<bool>,
    indirect_desc: RefCell<bool>,
    event_idx: RefCell<bool>,
    protocol_features: RefCell<bool>,
    reserved_bit31: RefCell<bool>,
    version1: RefCell<bool>,
    access_platform: RefCell<bool>,
    ring_packed: RefCell<bool>,
    in_order: RefCell<bool>,
    order_platform: RefCell<bool>,
    sr_iov: RefCell<bool>,
    notification_data: RefCell<bool>,
    notif_config_data: RefCell<bool>,
    ring_reset: RefCell<bool>,
    admin_vq: RefCell<bool>,
    reserved_bit42: RefCell<u64>,
    device_bits_hi: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_VirtioFeatures {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.device_bits_lo.borrow_mut() = _io.read_bits_int_le(24)?;
        *self_rc.notify_on_empty.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved_bit25.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.log_all.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.any_layout.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.indirect_desc.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.event_idx.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.protocol_features.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved_bit31.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.version1.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.access_platform.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.ring_packed.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.in_order.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.order_platform.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.sr_iov.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.notification_data.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.notif_config_data.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.ring_reset.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.admin_vq.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved_bit42.borrow_mut() = _io.read_bits_int_le(8)?;
        *self_rc.device_bits_hi.borrow_mut() = _io.read_bits_int_le(14)?;
        Ok(())
    }
}
impl VhostUser_VirtioFeatures {
}

/**
 * Bits 0-23, defined by the device type.
 */
impl VhostUser_VirtioFeatures {
    pub fn device_bits_lo(&self) -> Ref<'_, u64> {
        self.device_bits_lo.borrow()
    }
}

/**
 * Bit 24, notify the driver when the available ring runs empty even if it suppressed notifications (legacy).
 */
impl VhostUser_VirtioFeatures {
    pub fn notify_on_empty(&self) -> Ref<'_, bool> {
        self.notify_on_empty.borrow()
    }
}

/**
 * Bit 25, not used.
 */
impl VhostUser_VirtioFeatures {
    pub fn reserved_bit25(&self) -> Ref<'_, bool> {
        self.reserved_bit25.borrow()
    }
}

/**
 * Bit 26, the front-end can log dirty pages; SET_FEATURES with it turns logging on.
 */
impl VhostUser_VirtioFeatures {
    pub fn log_all(&self) -> Ref<'_, bool> {
        self.log_all.borrow()
    }
}

/**
 * Bit 27, the device accepts any split of a request into descriptors (legacy; implied by version_1).
 */
impl VhostUser_VirtioFeatures {
    pub fn any_layout(&self) -> Ref<'_, bool> {
        self.any_layout.borrow()
    }
}

/**
 * Bit 28, descriptors may point at indirect descriptor tables.
 */
impl VhostUser_VirtioFeatures {
    pub fn indirect_desc(&self) -> Ref<'_, bool> {
        self.indirect_desc.borrow()
    }
}

/**
 * Bit 29, notifications are suppressed with the used_event / avail_event indexes.
 */
impl VhostUser_VirtioFeatures {
    pub fn event_idx(&self) -> Ref<'_, bool> {
        self.event_idx.borrow()
    }
}

/**
 * Bit 30, the back-end supports GET/SET_PROTOCOL_FEATURES.
 */
impl VhostUser_VirtioFeatures {
    pub fn protocol_features(&self) -> Ref<'_, bool> {
        self.protocol_features.borrow()
    }
}

/**
 * Bit 31, not used.
 */
impl VhostUser_VirtioFeatures {
    pub fn reserved_bit31(&self) -> Ref<'_, bool> {
        self.reserved_bit31.borrow()
    }
}

/**
 * Bit 32, the device follows virtio 1.0 or later (little-endian rings and config).
 */
impl VhostUser_VirtioFeatures {
    pub fn version1(&self) -> Ref<'_, bool> {
        self.version1.borrow()
    }
}

/**
 * Bit 33, ring and buffer addresses go through an IOMMU (IOVAs, translated with IOTLB messages).
 */
impl VhostUser_VirtioFeatures {
    pub fn access_platform(&self) -> Ref<'_, bool> {
        self.access_platform.borrow()
    }
}

/**
 * Bit 34, packed virtqueues.
 */
impl VhostUser_VirtioFeatures {
    pub fn ring_packed(&self) -> Ref<'_, bool> {
        self.ring_packed.borrow()
    }
}

/**
 * Bit 35, buffers are used in the order they were made available.
 */
impl VhostUser_VirtioFeatures {
    pub fn in_order(&self) -> Ref<'_, bool> {
        self.in_order.borrow()
    }
}

/**
 * Bit 36, memory accesses need the platform's ordering (hardware devices).
 */
impl VhostUser_VirtioFeatures {
    pub fn order_platform(&self) -> Ref<'_, bool> {
        self.order_platform.borrow()
    }
}

/**
 * Bit 37, single-root I/O virtualization.
 */
impl VhostUser_VirtioFeatures {
    pub fn sr_iov(&self) -> Ref<'_, bool> {
        self.sr_iov.borrow()
    }
}

/**
 * Bit 38, the driver passes extra data with its notifications.
 */
impl VhostUser_VirtioFeatures {
    pub fn notification_data(&self) -> Ref<'_, bool> {
        self.notification_data.borrow()
    }
}

/**
 * Bit 39, the driver uses a device-provided value as notification data.
 */
impl VhostUser_VirtioFeatures {
    pub fn notif_config_data(&self) -> Ref<'_, bool> {
        self.notif_config_data.borrow()
    }
}

/**
 * Bit 40, single queues can be reset.
 */
impl VhostUser_VirtioFeatures {
    pub fn ring_reset(&self) -> Ref<'_, bool> {
        self.ring_reset.borrow()
    }
}

/**
 * Bit 41, administration virtqueues.
 */
impl VhostUser_VirtioFeatures {
    pub fn admin_vq(&self) -> Ref<'_, bool> {
        self.admin_vq.borrow()
    }
}

/**
 * Bits 42-49, reserved for future extensions.
 */
impl VhostUser_VirtioFeatures {
    pub fn reserved_bit42(&self) -> Ref<'_, u64> {
        self.reserved_bit42.borrow()
    }
}

/**
 * Bits 50-63, defined by the device type.
 */
impl VhostUser_VirtioFeatures {
    pub fn device_bits_hi(&self) -> Ref<'_, u64> {
        self.device_bits_hi.borrow()
    }
}
impl VhostUser_VirtioFeatures {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * Where the three parts of a split queue (or the packed ring and its two
 * event structures) are, in the front-end's virtual addresses (user
 * addresses), or I/O virtual addresses when ACCESS_PLATFORM was
 * negotiated. `log_guest_addr` is the guest-physical address of the
 * used ring, for dirty logging.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-address-description Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_VringAddress {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    index: RefCell<u32>,
    flags: RefCell<OptRc<VhostUser_VringAddressFlags>>,
    desc_user_addr: RefCell<u64>,
    used_user_addr: RefCell<u64>,
    avail_user_addr: RefCell<u64>,
    log_guest_addr: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_VringAddress {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.index.borrow_mut() = _io.read_u4le()?.into();
        let t = Self::read_into::<_, VhostUser_VringAddressFlags>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.flags.borrow_mut() = t;
        *self_rc.desc_user_addr.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.used_user_addr.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.avail_user_addr.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.log_guest_addr.borrow_mut() = _io.read_u8le()?.into();
        Ok(())
    }
}
impl VhostUser_VringAddress {
}

/**
 * Queue index.
 */
impl VhostUser_VringAddress {
    pub fn index(&self) -> Ref<'_, u32> {
        self.index.borrow()
    }
}

/**
 * Per-ring flags.
 */
impl VhostUser_VringAddress {
    pub fn flags(&self) -> Ref<'_, OptRc<VhostUser_VringAddressFlags>> {
        self.flags.borrow()
    }
}

/**
 * Address of the descriptor table.
 */
impl VhostUser_VringAddress {
    pub fn desc_user_addr(&self) -> Ref<'_, u64> {
        self.desc_user_addr.borrow()
    }
}

/**
 * Address of the used ring.
 */
impl VhostUser_VringAddress {
    pub fn used_user_addr(&self) -> Ref<'_, u64> {
        self.used_user_addr.borrow()
    }
}

/**
 * Address of the available ring.
 */
impl VhostUser_VringAddress {
    pub fn avail_user_addr(&self) -> Ref<'_, u64> {
        self.avail_user_addr.borrow()
    }
}

/**
 * Guest-physical address of the used ring, where its writes are logged.
 */
impl VhostUser_VringAddress {
    pub fn log_guest_addr(&self) -> Ref<'_, u64> {
        self.log_guest_addr.borrow()
    }
}
impl VhostUser_VringAddress {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The 32-bit flags of a ring address.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#migration Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_VringAddressFlags {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser_VringAddress>,
    pub _self: SharedType<Self>,
    log: RefCell<bool>,
    reserved: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_VringAddressFlags {
    type Root = VhostUser;
    type Parent = VhostUser_VringAddress;

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
        *self_rc.log.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved.borrow_mut() = _io.read_bits_int_le(31)?;
        Ok(())
    }
}
impl VhostUser_VringAddressFlags {
}

/**
 * Bit 0, log writes to this ring's used ring in the dirty log.
 */
impl VhostUser_VringAddressFlags {
    pub fn log(&self) -> Ref<'_, bool> {
        self.log.borrow()
    }
}

/**
 * Not defined; zero.
 */
impl VhostUser_VringAddressFlags {
    pub fn reserved(&self) -> Ref<'_, u64> {
        self.reserved.borrow()
    }
}
impl VhostUser_VringAddressFlags {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * BACKEND_VRING_HOST_NOTIFIER_MSG: a page of the file descriptor sent
 * with the message that the front-end maps into the guest as a queue's
 * notification area.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#vring-area-description Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_VringArea {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    queue: RefCell<OptRc<VhostUser_VringFile>>,
    len_area: RefCell<u64>,
    ofs_area: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_VringArea {
    type Root = VhostUser;
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
        let t = Self::read_into::<_, VhostUser_VringFile>(&*_io, Some(self_rc._root.clone()), None)?.into();
        *self_rc.queue.borrow_mut() = t;
        *self_rc.len_area.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.ofs_area.borrow_mut() = _io.read_u8le()?.into();
        Ok(())
    }
}
impl VhostUser_VringArea {
}

/**
 * Queue index and the no-fd bit (no fd - remove the area).
 */
impl VhostUser_VringArea {
    pub fn queue(&self) -> Ref<'_, OptRc<VhostUser_VringFile>> {
        self.queue.borrow()
    }
}

/**
 * Size of the area (one host page).
 */
impl VhostUser_VringArea {
    pub fn len_area(&self) -> Ref<'_, u64> {
        self.len_area.borrow()
    }
}

/**
 * Offset of the area in the file descriptor.
 */
impl VhostUser_VringArea {
    pub fn ofs_area(&self) -> Ref<'_, u64> {
        self.ofs_area.borrow()
    }
}
impl VhostUser_VringArea {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The u64 payload of SET_VRING_KICK, SET_VRING_CALL and SET_VRING_ERR
 * (and the u64 of a host-notifier area): the queue index in the low byte
 * and, in bit 8, whether no file descriptor comes with the message (the
 * back-end then polls instead of waiting for kicks, or the front-end
 * polls for used buffers).
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_VringFile {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    index: RefCell<u64>,
    no_fd: RefCell<bool>,
    reserved_lo: RefCell<u64>,
    reserved_hi: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_VringFile {
    type Root = VhostUser;
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
        *self_rc.index.borrow_mut() = _io.read_bits_int_le(8)?;
        *self_rc.no_fd.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved_lo.borrow_mut() = _io.read_bits_int_le(23)?;
        *self_rc.reserved_hi.borrow_mut() = _io.read_bits_int_le(32)?;
        Ok(())
    }
}
impl VhostUser_VringFile {
}

/**
 * Queue index (bits 0-7).
 */
impl VhostUser_VringFile {
    pub fn index(&self) -> Ref<'_, u64> {
        self.index.borrow()
    }
}

/**
 * Bit 8, no file descriptor is attached.
 */
impl VhostUser_VringFile {
    pub fn no_fd(&self) -> Ref<'_, bool> {
        self.no_fd.borrow()
    }
}

/**
 * Bits 9-31, not defined.
 */
impl VhostUser_VringFile {
    pub fn reserved_lo(&self) -> Ref<'_, u64> {
        self.reserved_lo.borrow()
    }
}

/**
 * Bits 32-63, not defined.
 */
impl VhostUser_VringFile {
    pub fn reserved_hi(&self) -> Ref<'_, u64> {
        self.reserved_hi.borrow()
    }
}
impl VhostUser_VringFile {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A queue index and a number. The number is the queue size
 * (SET_VRING_NUM), 1 or 0 (SET_VRING_ENABLE), 0 or 1 for little- or
 * big-endian (SET_VRING_ENDIAN), zero (GET_VRING_BASE request,
 * VRING_KICK), or the next available-ring index (SET/GET_VRING_BASE).
 * For packed virtqueues the base packs two 15-bit indexes and their wrap
 * counters into the number; the instances unpack them.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-state-description Source
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-descriptor-index-for-split-virtqueues Source
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#vring-descriptor-indices-for-packed-virtqueues Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_VringState {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser>,
    pub _self: SharedType<Self>,
    index: RefCell<u32>,
    num: RefCell<u32>,
    _io: RefCell<BytesReader>,
    f_packed_avail_index: Cell<bool>,
    packed_avail_index: RefCell<i32>,
    f_packed_avail_wrap: Cell<bool>,
    packed_avail_wrap: RefCell<i32>,
    f_packed_used_index: Cell<bool>,
    packed_used_index: RefCell<i32>,
    f_packed_used_wrap: Cell<bool>,
    packed_used_wrap: RefCell<i32>,
    f_split_avail_index: Cell<bool>,
    split_avail_index: RefCell<i32>,
}
impl KStruct for VhostUser_VringState {
    type Root = VhostUser;
    type Parent = VhostUser;

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
        *self_rc.index.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.num.borrow_mut() = _io.read_u4le()?.into();
        Ok(())
    }
}
impl VhostUser_VringState {

    /**
     * Packed queues, base messages - the next descriptor-ring entry to process (bits 0-14).
     */
    pub fn packed_avail_index(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_packed_avail_index.get() {
            return Ok(self.packed_avail_index.borrow());
        }
        self.f_packed_avail_index.set(true);
        *self.packed_avail_index.borrow_mut() = (((*self.num() as i32) % (32768 as i32))) as i32;
        Ok(self.packed_avail_index.borrow())
    }

    /**
     * Packed queues - the driver ring wrap counter (bit 15).
     */
    pub fn packed_avail_wrap(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_packed_avail_wrap.get() {
            return Ok(self.packed_avail_wrap.borrow());
        }
        self.f_packed_avail_wrap.set(true);
        *self.packed_avail_wrap.borrow_mut() = (modulo(((*self.num() as i32) / (32768 as i32)) as i64, 2 as i64)) as i32;
        Ok(self.packed_avail_wrap.borrow())
    }

    /**
     * Packed queues - where the back-end places the next used descriptor (bits 16-30).
     */
    pub fn packed_used_index(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_packed_used_index.get() {
            return Ok(self.packed_used_index.borrow());
        }
        self.f_packed_used_index.set(true);
        *self.packed_used_index.borrow_mut() = (modulo(((*self.num() as i32) / (65536 as i32)) as i64, 32768 as i64)) as i32;
        Ok(self.packed_used_index.borrow())
    }

    /**
     * Packed queues - the device ring wrap counter (bit 31).
     */
    pub fn packed_used_wrap(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_packed_used_wrap.get() {
            return Ok(self.packed_used_wrap.borrow());
        }
        self.f_packed_used_wrap.set(true);
        *self.packed_used_wrap.borrow_mut() = (((*self.num() as i32) / (2147483648 as i32))) as i32;
        Ok(self.packed_used_wrap.borrow())
    }

    /**
     * Split queues, base messages - the free-running index of the next available-ring entry to process (bits 0-15).
     */
    pub fn split_avail_index(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_split_avail_index.get() {
            return Ok(self.split_avail_index.borrow());
        }
        self.f_split_avail_index.set(true);
        *self.split_avail_index.borrow_mut() = (((*self.num() as i32) % (65536 as i32))) as i32;
        Ok(self.split_avail_index.borrow())
    }
}

/**
 * Queue index.
 */
impl VhostUser_VringState {
    pub fn index(&self) -> Ref<'_, u32> {
        self.index.borrow()
    }
}

/**
 * The number (see the type's description).
 */
impl VhostUser_VringState {
    pub fn num(&self) -> Ref<'_, u32> {
        self.num.borrow()
    }
}
impl VhostUser_VringState {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * How a Xen back-end maps a region.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#memory-region-description Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUser_XenMmapFlags {
    pub _root: SharedType<VhostUser>,
    pub _parent: SharedType<VhostUser_MemoryRegion>,
    pub _self: SharedType<Self>,
    foreign: RefCell<bool>,
    grant: RefCell<bool>,
    reserved_bit2: RefCell<u64>,
    map_on_demand: RefCell<bool>,
    reserved_bit9: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUser_XenMmapFlags {
    type Root = VhostUser;
    type Parent = VhostUser_MemoryRegion;

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
        *self_rc.foreign.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.grant.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved_bit2.borrow_mut() = _io.read_bits_int_le(6)?;
        *self_rc.map_on_demand.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved_bit9.borrow_mut() = _io.read_bits_int_le(23)?;
        Ok(())
    }
}
impl VhostUser_XenMmapFlags {
}

/**
 * Bit 0, map with Xen foreign memory mapping.
 */
impl VhostUser_XenMmapFlags {
    pub fn foreign(&self) -> Ref<'_, bool> {
        self.foreign.borrow()
    }
}

/**
 * Bit 1, map with Xen grants.
 */
impl VhostUser_XenMmapFlags {
    pub fn grant(&self) -> Ref<'_, bool> {
        self.grant.borrow()
    }
}

/**
 * Bits 2-7, not defined.
 */
impl VhostUser_XenMmapFlags {
    pub fn reserved_bit2(&self) -> Ref<'_, u64> {
        self.reserved_bit2.borrow()
    }
}

/**
 * Bit 8, map only the parts in use, when needed, never the whole region at once.
 */
impl VhostUser_XenMmapFlags {
    pub fn map_on_demand(&self) -> Ref<'_, bool> {
        self.map_on_demand.borrow()
    }
}

/**
 * Bits 9-31, not defined.
 */
impl VhostUser_XenMmapFlags {
    pub fn reserved_bit9(&self) -> Ref<'_, u64> {
        self.reserved_bit9.borrow()
    }
}
impl VhostUser_XenMmapFlags {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
