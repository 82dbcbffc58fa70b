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
use super::vhost_user::VhostUser_IotlbMessage;
use super::vhost_user::VhostUser_HeaderFlags;
use super::vhost_user::VhostUser_SharedObject;
use super::vhost_user::VhostUser_U64Payload;
use super::vhost_user::VhostUser_VringState;
use super::vhost_user::VhostUser_VringArea;

/**
 * With the BACKEND_REQ protocol feature the front-end hands the back-end a
 * second socket (SET_BACKEND_REQ_FD). On it the roles turn around: the
 * back-end sends requests (IOTLB misses, configuration changes, host
 * notifier areas, in-band calls, shared objects) and the front-end
 * answers. The header is the one of the main channel (`vhost_user`), with
 * its own request ids; the payloads are the main channel's types.
 * 
 * With BACKEND_SEND_FD a request may carry up to 8 file descriptors. A
 * reply is a u64 (zero for success) that the front-end sends when the
 * request had `need_reply` set, except SHARED_OBJECT_LOOKUP, which is
 * always answered.
 * 
 * The custom keys `-fds` and `-reply` of each `backend_request` value use
 * the words of `vhost_user`.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#back-end-communication Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserBackend {
    pub _root: SharedType<VhostUserBackend>,
    pub _parent: SharedType<VhostUserBackend>,
    pub _self: SharedType<Self>,
    request: RefCell<VhostUserBackend_BackendRequest>,
    flags: RefCell<OptRc<VhostUser_HeaderFlags>>,
    len_payload: RefCell<u32>,
    request_body: RefCell<Option<VhostUserBackend_RequestBody>>,
    reply_body: RefCell<Option<VhostUserBackend_ReplyBody>>,
    _io: RefCell<BytesReader>,
    request_body_raw: RefCell<Vec<u8>>,
    reply_body_raw: RefCell<Vec<u8>>,
}
#[derive(Debug, Clone)]
pub enum VhostUserBackend_RequestBody {
    Bytes(Vec<u8>),
    VhostUser_SharedObject(OptRc<VhostUser_SharedObject>),
    VhostUser_IotlbMessage(OptRc<VhostUser_IotlbMessage>),
    VhostUser_VringState(OptRc<VhostUser_VringState>),
    VhostUser_VringArea(OptRc<VhostUser_VringArea>),
}
impl From<&VhostUserBackend_RequestBody> for Vec<u8> {
    fn from(v: &VhostUserBackend_RequestBody) -> Self {
        if let VhostUserBackend_RequestBody::Bytes(x) = v {
            return x.clone();
        }
        panic!("expected VhostUserBackend_RequestBody::Bytes, got {:?}", v)
    }
}
impl From<Vec<u8>> for VhostUserBackend_RequestBody {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(v)
    }
}
impl From<&VhostUserBackend_RequestBody> for OptRc<VhostUser_SharedObject> {
    fn from(v: &VhostUserBackend_RequestBody) -> Self {
        if let VhostUserBackend_RequestBody::VhostUser_SharedObject(x) = v {
            return x.clone();
        }
        panic!("expected VhostUserBackend_RequestBody::VhostUser_SharedObject, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_SharedObject>> for VhostUserBackend_RequestBody {
    fn from(v: OptRc<VhostUser_SharedObject>) -> Self {
        Self::VhostUser_SharedObject(v)
    }
}
impl From<&VhostUserBackend_RequestBody> for OptRc<VhostUser_IotlbMessage> {
    fn from(v: &VhostUserBackend_RequestBody) -> Self {
        if let VhostUserBackend_RequestBody::VhostUser_IotlbMessage(x) = v {
            return x.clone();
        }
        panic!("expected VhostUserBackend_RequestBody::VhostUser_IotlbMessage, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_IotlbMessage>> for VhostUserBackend_RequestBody {
    fn from(v: OptRc<VhostUser_IotlbMessage>) -> Self {
        Self::VhostUser_IotlbMessage(v)
    }
}
impl From<&VhostUserBackend_RequestBody> for OptRc<VhostUser_VringState> {
    fn from(v: &VhostUserBackend_RequestBody) -> Self {
        if let VhostUserBackend_RequestBody::VhostUser_VringState(x) = v {
            return x.clone();
        }
        panic!("expected VhostUserBackend_RequestBody::VhostUser_VringState, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_VringState>> for VhostUserBackend_RequestBody {
    fn from(v: OptRc<VhostUser_VringState>) -> Self {
        Self::VhostUser_VringState(v)
    }
}
impl From<&VhostUserBackend_RequestBody> for OptRc<VhostUser_VringArea> {
    fn from(v: &VhostUserBackend_RequestBody) -> Self {
        if let VhostUserBackend_RequestBody::VhostUser_VringArea(x) = v {
            return x.clone();
        }
        panic!("expected VhostUserBackend_RequestBody::VhostUser_VringArea, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_VringArea>> for VhostUserBackend_RequestBody {
    fn from(v: OptRc<VhostUser_VringArea>) -> Self {
        Self::VhostUser_VringArea(v)
    }
}
#[derive(Debug, Clone)]
pub enum VhostUserBackend_ReplyBody {
    VhostUser_U64Payload(OptRc<VhostUser_U64Payload>),
}
impl From<&VhostUserBackend_ReplyBody> for OptRc<VhostUser_U64Payload> {
    fn from(v: &VhostUserBackend_ReplyBody) -> Self {
        if let VhostUserBackend_ReplyBody::VhostUser_U64Payload(x) = v {
            return x.clone();
        }
        panic!("expected VhostUserBackend_ReplyBody::VhostUser_U64Payload, got {:?}", v)
    }
}
impl From<OptRc<VhostUser_U64Payload>> for VhostUserBackend_ReplyBody {
    fn from(v: OptRc<VhostUser_U64Payload>) -> Self {
        Self::VhostUser_U64Payload(v)
    }
}
impl VhostUserBackend_ReplyBody {
    pub fn value(&self) -> Ref<'_, u64> {
        match self {
            VhostUserBackend_ReplyBody::VhostUser_U64Payload(x) => x.value.borrow(),
        }
    }
}
impl KStruct for VhostUserBackend {
    type Root = VhostUserBackend;
    type Parent = VhostUserBackend;

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
        let t = Self::read_into::<_, VhostUser_HeaderFlags>(&*_io, None, None)?.into();
        *self_rc.flags.borrow_mut() = t;
        *self_rc.len_payload.borrow_mut() = _io.read_u4le()?.into();
        if  ((!(*self_rc.flags().is_reply())) && (((*self_rc.len_payload() as u32) != (0 as u32))))  {
            match *self_rc.request() {
                VhostUserBackend_BackendRequest::IotlbMsg => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_IotlbMessage>(&_t_request_body_raw_io, None, None)?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUserBackend_BackendRequest::SharedObjectAdd => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_SharedObject>(&_t_request_body_raw_io, None, None)?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUserBackend_BackendRequest::SharedObjectLookup => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_SharedObject>(&_t_request_body_raw_io, None, None)?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUserBackend_BackendRequest::SharedObjectRemove => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_SharedObject>(&_t_request_body_raw_io, None, None)?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUserBackend_BackendRequest::VringCall => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_VringState>(&_t_request_body_raw_io, None, None)?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUserBackend_BackendRequest::VringErr => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_VringState>(&_t_request_body_raw_io, None, None)?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                VhostUserBackend_BackendRequest::VringHostNotifierMsg => {
                    *self_rc.request_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
                    let request_body_raw = self_rc.request_body_raw.borrow();
                    let _t_request_body_raw_io = BytesReader::from(request_body_raw.clone());
                    let t = Self::read_into::<BytesReader, VhostUser_VringArea>(&_t_request_body_raw_io, None, None)?.into();
                    *self_rc.request_body.borrow_mut() = Some(t);
                }
                _ => {
                    *self_rc.request_body.borrow_mut() = Some(_io.read_bytes(*self_rc.len_payload() as usize)?.into());
                }
            }
        }
        if  ((*self_rc.flags().is_reply()) && (((*self_rc.len_payload() as u32) != (0 as u32))))  {
            *self_rc.reply_body_raw.borrow_mut() = _io.read_bytes(*self_rc.len_payload() as usize)?.into();
            let reply_body_raw = self_rc.reply_body_raw.borrow();
            let _t_reply_body_raw_io = BytesReader::from(reply_body_raw.clone());
            let t = Self::read_into::<BytesReader, VhostUser_U64Payload>(&_t_reply_body_raw_io, None, None)?.into();
            *self_rc.reply_body.borrow_mut() = Some(t);
        }
        Ok(())
    }
}
impl VhostUserBackend {
}

/**
 * Which request this is (a reply repeats the id of the request it answers).
 */
impl VhostUserBackend {
    pub fn request(&self) -> Ref<'_, VhostUserBackend_BackendRequest> {
        self.request.borrow()
    }
}

/**
 * Version, reply and need-reply bits.
 */
impl VhostUserBackend {
    pub fn flags(&self) -> Ref<'_, OptRc<VhostUser_HeaderFlags>> {
        self.flags.borrow()
    }
}

/**
 * Number of payload bytes after the header.
 */
impl VhostUserBackend {
    pub fn len_payload(&self) -> Ref<'_, u32> {
        self.len_payload.borrow()
    }
}

/**
 * The payload of a back-end request (absent when it has none).
 */
impl VhostUserBackend {
    pub fn request_body(&self) -> Ref<'_, Option<VhostUserBackend_RequestBody>> {
        self.request_body.borrow()
    }
}

/**
 * The front-end's answer, zero for success.
 */
impl VhostUserBackend {
    pub fn reply_body(&self) -> Ref<'_, Option<VhostUserBackend_ReplyBody>> {
        self.reply_body.borrow()
    }
}
impl VhostUserBackend {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl VhostUserBackend {
    pub fn request_body_raw(&self) -> Ref<'_, Vec<u8>> {
        self.request_body_raw.borrow()
    }
}
impl VhostUserBackend {
    pub fn reply_body_raw(&self) -> Ref<'_, Vec<u8>> {
        self.reply_body_raw.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum VhostUserBackend_BackendRequest {

    /**
     * An IOTLB miss or access failure (iotlb_message).
     */
    IotlbMsg,

    /**
     * The device configuration space changed; the front-end reads it again with GET_CONFIG.
     */
    ConfigChangeMsg,

    /**
     * Map (or, without fd, remove) a queue's notification area (vring_area).
     */
    VringHostNotifierMsg,

    /**
     * An in-band call - buffers were used on this queue (INBAND_NOTIFICATIONS; vring_state).
     */
    VringCall,

    /**
     * An in-band error notification for this queue (vring_state).
     */
    VringErr,

    /**
     * Register the back-end as exporter of a shared object (shared_object).
     */
    SharedObjectAdd,

    /**
     * Remove a shared object the back-end exported (shared_object).
     */
    SharedObjectRemove,

    /**
     * Ask for a shared object's dma-buf (shared_object; reply - u64, with the fd on success).
     */
    SharedObjectLookup,
    Unknown(i64),
}

impl TryFrom<i64> for VhostUserBackend_BackendRequest {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VhostUserBackend_BackendRequest> {
        match flag {
            1 => Ok(VhostUserBackend_BackendRequest::IotlbMsg),
            2 => Ok(VhostUserBackend_BackendRequest::ConfigChangeMsg),
            3 => Ok(VhostUserBackend_BackendRequest::VringHostNotifierMsg),
            4 => Ok(VhostUserBackend_BackendRequest::VringCall),
            5 => Ok(VhostUserBackend_BackendRequest::VringErr),
            6 => Ok(VhostUserBackend_BackendRequest::SharedObjectAdd),
            7 => Ok(VhostUserBackend_BackendRequest::SharedObjectRemove),
            8 => Ok(VhostUserBackend_BackendRequest::SharedObjectLookup),
            _ => Ok(VhostUserBackend_BackendRequest::Unknown(flag)),
        }
    }
}

impl From<&VhostUserBackend_BackendRequest> for i64 {
    fn from(v: &VhostUserBackend_BackendRequest) -> Self {
        match *v {
            VhostUserBackend_BackendRequest::IotlbMsg => 1,
            VhostUserBackend_BackendRequest::ConfigChangeMsg => 2,
            VhostUserBackend_BackendRequest::VringHostNotifierMsg => 3,
            VhostUserBackend_BackendRequest::VringCall => 4,
            VhostUserBackend_BackendRequest::VringErr => 5,
            VhostUserBackend_BackendRequest::SharedObjectAdd => 6,
            VhostUserBackend_BackendRequest::SharedObjectRemove => 7,
            VhostUserBackend_BackendRequest::SharedObjectLookup => 8,
            VhostUserBackend_BackendRequest::Unknown(v) => v
        }
    }
}

impl Default for VhostUserBackend_BackendRequest {
    fn default() -> Self { VhostUserBackend_BackendRequest::Unknown(0) }
}

