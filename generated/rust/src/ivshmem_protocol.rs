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
 * What an ivshmem server sends over the UNIX socket to each client (a QEMU
 * `ivshmem-doorbell` device, or a program): a stream of messages, each one
 * 8-byte little-endian signed number. A message may come with one file
 * descriptor, passed beside the bytes as SCM_RIGHTS ancillary data; the
 * descriptor is not part of the byte stream, so this spec sees the numbers
 * only. The connection is one-way: clients never send anything.
 * 
 * Right after a client connects, the server sends, in this order:
 * 
 * | # | number | descriptor | meaning |
 * |---|---|---|---|
 * | 1 | 0 | none | protocol version (zero; the client leaves on any other) |
 * | 2 | the client's ID (0..65535) | none | who the client is; the first client gets 0 |
 * | 3 | -1 | shared memory | the memory every client maps (QEMU's BAR2) |
 * | 4 | a peer's ID, N times per peer | one eventfd each | interrupt that peer on vector 0..N-1, in order |
 * | 5 | the client's own ID, N times | one eventfd each | the client's own vectors 0..N-1, to wait on |
 * 
 * Later, whenever a client joins, every other client gets step 4 for it
 * (its ID N times, each with an eventfd); when one leaves, every other
 * client gets its ID once, without a descriptor. A client configured for
 * fewer than N vectors closes the extra descriptors; one configured for
 * more leaves the extra vectors unconnected.
 * 
 * A client interrupts a peer by writing the 8-byte number 1 (host byte
 * order) to the eventfd of that peer's vector, and takes interrupts by
 * reading and dropping the counters of its own eventfds.
 * 
 * Our server (`qemuspec ivshmem-server`) answers a connection it cannot
 * give an ID to (all 65536 in use) with the version and then -1 without a
 * descriptor in place of the ID, and closes it: QEMU stops with "server
 * sent invalid ID message" and our client reports the refusal, where a
 * silent close would leave QEMU waiting forever.
 * 
 * Before QEMU 2.5 the numbers were native-endian `long` and there was no
 * version message; this spec covers the current protocol only.
 * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-client-server-protocol Source
 */

#[derive(Default, Debug, Clone)]
pub struct IvshmemProtocol {
    pub _root: SharedType<IvshmemProtocol>,
    pub _parent: SharedType<IvshmemProtocol>,
    pub _self: SharedType<Self>,
    messages: RefCell<Vec<OptRc<IvshmemProtocol_Message>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for IvshmemProtocol {
    type Root = IvshmemProtocol;
    type Parent = IvshmemProtocol;

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
        *self_rc.messages.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while !_io.is_eof() {
                let t = Self::read_into::<_, IvshmemProtocol_Message>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.messages.borrow_mut().push(t);
                _i += 1;
            }
        }
        Ok(())
    }
}
impl IvshmemProtocol {
}

/**
 * The messages in the order the server sent them.
 */
impl IvshmemProtocol {
    pub fn messages(&self) -> Ref<'_, Vec<OptRc<IvshmemProtocol_Message>>> {
        self.messages.borrow()
    }
}
impl IvshmemProtocol {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum IvshmemProtocol_SpecialValues {

    /**
     * Marks the message that carries the shared memory descriptor.
     */
    SharedMemory,

    /**
     * The only protocol version, sent first.
     */
    ProtocolVersion,

    /**
     * The highest ID a client can have (the doorbell register has 16 bits for it).
     */
    MaxId,
    Unknown(i64),
}

impl TryFrom<i64> for IvshmemProtocol_SpecialValues {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<IvshmemProtocol_SpecialValues> {
        match flag {
            -1 => Ok(IvshmemProtocol_SpecialValues::SharedMemory),
            0 => Ok(IvshmemProtocol_SpecialValues::ProtocolVersion),
            65535 => Ok(IvshmemProtocol_SpecialValues::MaxId),
            _ => Ok(IvshmemProtocol_SpecialValues::Unknown(flag)),
        }
    }
}

impl From<&IvshmemProtocol_SpecialValues> for i64 {
    fn from(v: &IvshmemProtocol_SpecialValues) -> Self {
        match *v {
            IvshmemProtocol_SpecialValues::SharedMemory => -1,
            IvshmemProtocol_SpecialValues::ProtocolVersion => 0,
            IvshmemProtocol_SpecialValues::MaxId => 65535,
            IvshmemProtocol_SpecialValues::Unknown(v) => v
        }
    }
}

impl Default for IvshmemProtocol_SpecialValues {
    fn default() -> Self { IvshmemProtocol_SpecialValues::Unknown(0) }
}


/**
 * One server message. Its meaning depends on where it is in the stream
 * and on whether a descriptor came with it, which only the receiver of
 * the socket knows; the instances say what the number alone allows.
 * \sa https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-client-server-protocol Source
 */

#[derive(Default, Debug, Clone)]
pub struct IvshmemProtocol_Message {
    pub _root: SharedType<IvshmemProtocol>,
    pub _parent: SharedType<IvshmemProtocol>,
    pub _self: SharedType<Self>,
    value: RefCell<i64>,
    _io: RefCell<BytesReader>,
    f_is_peer_id: Cell<bool>,
    is_peer_id: RefCell<bool>,
    f_is_shared_memory: Cell<bool>,
    is_shared_memory: RefCell<bool>,
    f_is_valid: Cell<bool>,
    is_valid: RefCell<bool>,
}
impl KStruct for IvshmemProtocol_Message {
    type Root = IvshmemProtocol;
    type Parent = IvshmemProtocol;

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
        *self_rc.value.borrow_mut() = _io.read_s8le()?.into();
        Ok(())
    }
}
impl IvshmemProtocol_Message {

    /**
     * A number in the ID range: the version or the client's own ID at
     * the start, later a peer connect (with descriptor) or disconnect
     * (without), or the client's own vectors.
     */
    pub fn is_peer_id(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_is_peer_id.get() {
            return Ok(self.is_peer_id.borrow());
        }
        self.f_is_peer_id.set(true);
        *self.is_peer_id.borrow_mut() = ( ((((*self.value() as i64) >= (0 as i64))) && (((*self.value() as i32) <= (65535 as i32)))) ) as bool;
        Ok(self.is_peer_id.borrow())
    }

    /**
     * The shared-memory message (with a descriptor) or, from our server in place of an ID, a refusal.
     */
    pub fn is_shared_memory(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_is_shared_memory.get() {
            return Ok(self.is_shared_memory.borrow());
        }
        self.f_is_shared_memory.set(true);
        *self.is_shared_memory.borrow_mut() = (((*self.value() as i32) == (-1 as i32))) as bool;
        Ok(self.is_shared_memory.borrow())
    }

    /**
     * Whether a client can accept the number at all (QEMU refuses anything else).
     */
    pub fn is_valid(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_is_valid.get() {
            return Ok(self.is_valid.borrow());
        }
        self.f_is_valid.set(true);
        *self.is_valid.borrow_mut() = ( ((((*self.value() as i32) >= (-1 as i32))) && (((*self.value() as i32) <= (65535 as i32)))) ) as bool;
        Ok(self.is_valid.borrow())
    }
}

/**
 * The number: the version (first message), an ID (0..65535), or -1
 * (shared memory when a descriptor comes with it).
 */
impl IvshmemProtocol_Message {
    pub fn value(&self) -> Ref<'_, i64> {
        self.value.borrow()
    }
}
impl IvshmemProtocol_Message {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
