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
 * With the INFLIGHT_SHMFD protocol feature the back-end hands the
 * front-end a shared buffer (GET_INFLIGHT_FD) in which it notes every
 * request it took from a queue and has not finished. The front-end keeps
 * the buffer while the back-end dies and gives it to the next back-end
 * (SET_INFLIGHT_FD), which then sends the unfinished requests again, in
 * the order they were first taken, instead of losing them.
 * 
 * The buffer is one region per queue, back to back, all of one length: a
 * header and one entry per descriptor of the buffer's queue size, rounded
 * up to 64 bytes. Which layout the regions have follows from the features
 * the front-end set before it asked for the buffer (QEMU sends SET_FEATURES
 * first for that reason): `queue_region_split`, or `queue_region_packed`
 * with RING_PACKED. The top level reads split regions, each with its
 * header filled in (a back-end writes `num_descs` into every region when it
 * makes the buffer, `version` when it starts tracking a queue). A back-end
 * may write the queue's own ring size as `num_descs` instead of the
 * buffer's queue size (the spec asks for the queue size; the two differ
 * when the driver made the queue smaller); the entries past a region's
 * `num_descs` are then never written, and the top level reads them as
 * `slack`, zero 64-byte blocks up to the next region's header (which is
 * never all zero, its `num_descs` being written) or the end.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserInflight {
    pub _root: SharedType<VhostUserInflight>,
    pub _parent: SharedType<VhostUserInflight>,
    pub _self: SharedType<Self>,
    queues: RefCell<Vec<OptRc<VhostUserInflight_QueueRegionSplit>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUserInflight {
    type Root = VhostUserInflight;
    type Parent = VhostUserInflight;

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
        *self_rc.queues.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while !_io.is_eof() {
                let t = Self::read_into::<_, VhostUserInflight_QueueRegionSplit>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.queues.borrow_mut().push(t);
                _i += 1;
            }
        }
        Ok(())
    }
}
impl VhostUserInflight {
}

/**
 * One region per queue, in queue order.
 */
impl VhostUserInflight {
    pub fn queues(&self) -> Ref<'_, Vec<OptRc<VhostUserInflight_QueueRegionSplit>>> {
        self.queues.borrow()
    }
}
impl VhostUserInflight {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The next 64 bytes, read as eight u8 to tell whether they are all zero.
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserInflight_BlockPeek {
    pub _root: SharedType<VhostUserInflight>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    words: RefCell<Vec<u64>>,
    _io: RefCell<BytesReader>,
    f_zero: Cell<bool>,
    zero: RefCell<bool>,
}
impl KStruct for VhostUserInflight_BlockPeek {
    type Root = VhostUserInflight;
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
        *self_rc.words.borrow_mut() = Vec::new();
        let l_words = 8;
        for _i in 0..l_words {
            self_rc.words.borrow_mut().push(_io.read_u8le()?.into());
        }
        Ok(())
    }
}
impl VhostUserInflight_BlockPeek {

    /**
     * All eight are zero.
     */
    pub fn zero(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_zero.get() {
            return Ok(self.zero.borrow());
        }
        self.f_zero.set(true);
        *self.zero.borrow_mut() = ( ((((self.words()[0 as usize] as u64) == (0 as u64))) && (((self.words()[1 as usize] as u64) == (0 as u64))) && (((self.words()[2 as usize] as u64) == (0 as u64))) && (((self.words()[3 as usize] as u64) == (0 as u64))) && (((self.words()[4 as usize] as u64) == (0 as u64))) && (((self.words()[5 as usize] as u64) == (0 as u64))) && (((self.words()[6 as usize] as u64) == (0 as u64))) && (((self.words()[7 as usize] as u64) == (0 as u64)))) ) as bool;
        Ok(self.zero.borrow())
    }
}

/**
 * The 64 bytes.
 */
impl VhostUserInflight_BlockPeek {
    pub fn words(&self) -> Ref<'_, Vec<u64>> {
        self.words.borrow()
    }
}
impl VhostUserInflight_BlockPeek {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The tracking entry of one packed-queue descriptor (32 bytes).
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserInflight_DescStatePacked {
    pub _root: SharedType<VhostUserInflight>,
    pub _parent: SharedType<VhostUserInflight_QueueRegionPacked>,
    pub _self: SharedType<Self>,
    inflight: RefCell<u8>,
    padding: RefCell<u8>,
    next: RefCell<u16>,
    last: RefCell<u16>,
    num: RefCell<u16>,
    counter: RefCell<u64>,
    id: RefCell<u16>,
    flags: RefCell<u16>,
    len_buffer: RefCell<u32>,
    addr: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUserInflight_DescStatePacked {
    type Root = VhostUserInflight;
    type Parent = VhostUserInflight_QueueRegionPacked;

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
        *self_rc.inflight.borrow_mut() = _io.read_u1()?.into();
        *self_rc.padding.borrow_mut() = _io.read_u1()?.into();
        *self_rc.next.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.last.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.num.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.counter.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.id.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.flags.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.len_buffer.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.addr.borrow_mut() = _io.read_u8le()?.into();
        Ok(())
    }
}
impl VhostUserInflight_DescStatePacked {
}

/**
 * 1 while the request is in flight (head entries).
 */
impl VhostUserInflight_DescStatePacked {
    pub fn inflight(&self) -> Ref<'_, u8> {
        self.inflight.borrow()
    }
}

/**
 * Unused.
 */
impl VhostUserInflight_DescStatePacked {
    pub fn padding(&self) -> Ref<'_, u8> {
        self.padding.borrow()
    }
}

/**
 * Next entry of the free list.
 */
impl VhostUserInflight_DescStatePacked {
    pub fn next(&self) -> Ref<'_, u16> {
        self.next.borrow()
    }
}

/**
 * Last entry of this request's descriptors (head entries).
 */
impl VhostUserInflight_DescStatePacked {
    pub fn last(&self) -> Ref<'_, u16> {
        self.last.borrow()
    }
}

/**
 * Descriptors of this request (head entries).
 */
impl VhostUserInflight_DescStatePacked {
    pub fn num(&self) -> Ref<'_, u16> {
        self.num.borrow()
    }
}

/**
 * When the request was taken (head entries).
 */
impl VhostUserInflight_DescStatePacked {
    pub fn counter(&self) -> Ref<'_, u64> {
        self.counter.borrow()
    }
}

/**
 * Buffer id.
 */
impl VhostUserInflight_DescStatePacked {
    pub fn id(&self) -> Ref<'_, u16> {
        self.id.borrow()
    }
}

/**
 * Descriptor flags.
 */
impl VhostUserInflight_DescStatePacked {
    pub fn flags(&self) -> Ref<'_, u16> {
        self.flags.borrow()
    }
}

/**
 * Buffer length.
 */
impl VhostUserInflight_DescStatePacked {
    pub fn len_buffer(&self) -> Ref<'_, u32> {
        self.len_buffer.borrow()
    }
}

/**
 * Buffer address.
 */
impl VhostUserInflight_DescStatePacked {
    pub fn addr(&self) -> Ref<'_, u64> {
        self.addr.borrow()
    }
}
impl VhostUserInflight_DescStatePacked {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The tracking entry of one split-queue descriptor (16 bytes); only head descriptors use it.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserInflight_DescStateSplit {
    pub _root: SharedType<VhostUserInflight>,
    pub _parent: SharedType<VhostUserInflight_QueueRegionSplit>,
    pub _self: SharedType<Self>,
    inflight: RefCell<u8>,
    padding: RefCell<Vec<u8>>,
    next: RefCell<u16>,
    counter: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUserInflight_DescStateSplit {
    type Root = VhostUserInflight;
    type Parent = VhostUserInflight_QueueRegionSplit;

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
        *self_rc.inflight.borrow_mut() = _io.read_u1()?.into();
        *self_rc.padding.borrow_mut() = _io.read_bytes(5 as usize)?.into();
        *self_rc.next.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.counter.borrow_mut() = _io.read_u8le()?.into();
        Ok(())
    }
}
impl VhostUserInflight_DescStateSplit {
}

/**
 * 1 from the moment the request starting here is taken until it is in the used ring.
 */
impl VhostUserInflight_DescStateSplit {
    pub fn inflight(&self) -> Ref<'_, u8> {
        self.inflight.borrow()
    }
}

/**
 * Unused.
 */
impl VhostUserInflight_DescStateSplit {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}

/**
 * The next (older) head of the last used batch.
 */
impl VhostUserInflight_DescStateSplit {
    pub fn next(&self) -> Ref<'_, u16> {
        self.next.borrow()
    }
}

/**
 * When the request was taken, counted across the queue; resubmission goes by it.
 */
impl VhostUserInflight_DescStateSplit {
    pub fn counter(&self) -> Ref<'_, u64> {
        self.counter.borrow()
    }
}
impl VhostUserInflight_DescStateSplit {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One packed queue's region: a 32-byte header, one 32-byte entry per
 * descriptor of the queue, then padding up to a multiple of 64 bytes.
 * The entries not taken by a request in flight form a free list
 * (`free_head`, linked through `next`); a request takes entries from
 * it, one per ring descriptor, and gives them back when it is used.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserInflight_QueueRegionPacked {
    pub _root: SharedType<VhostUserInflight>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    features: RefCell<u64>,
    version: RefCell<u16>,
    num_descs: RefCell<u16>,
    free_head: RefCell<u16>,
    old_free_head: RefCell<u16>,
    used_idx: RefCell<u16>,
    old_used_idx: RefCell<u16>,
    used_wrap_counter: RefCell<u8>,
    old_used_wrap_counter: RefCell<u8>,
    padding: RefCell<Vec<u8>>,
    descs: RefCell<Vec<OptRc<VhostUserInflight_DescStatePacked>>>,
    padding_end: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUserInflight_QueueRegionPacked {
    type Root = VhostUserInflight;
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
        *self_rc.features.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.version.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.num_descs.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.free_head.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.old_free_head.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.used_idx.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.old_used_idx.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.used_wrap_counter.borrow_mut() = _io.read_u1()?.into();
        *self_rc.old_used_wrap_counter.borrow_mut() = _io.read_u1()?.into();
        *self_rc.padding.borrow_mut() = _io.read_bytes(10 as usize)?.into();
        *self_rc.descs.borrow_mut() = Vec::new();
        let l_descs = *self_rc.num_descs();
        for _i in 0..l_descs {
            let t = Self::read_into::<_, VhostUserInflight_DescStatePacked>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            self_rc.descs.borrow_mut().push(t);
        }
        *self_rc.padding_end.borrow_mut() = _io.read_bytes(((((((((((((((32 as u16) * (*self_rc.num_descs() as u16)) as i32) + (32 as i32)) as i32) + (63 as i32)) as i32) / (64 as i32)) as i32) * (64 as i32)) as i32) - (((32 as u16) * (*self_rc.num_descs() as u16)) as i32)) as i32) - (32 as i32)) as usize)?.into();
        Ok(())
    }
}
impl VhostUserInflight_QueueRegionPacked {
}

/**
 * Feature flags of the region, zero.
 */
impl VhostUserInflight_QueueRegionPacked {
    pub fn features(&self) -> Ref<'_, u64> {
        self.features.borrow()
    }
}

/**
 * Layout version, 1; zero while the region has not been set up.
 */
impl VhostUserInflight_QueueRegionPacked {
    pub fn version(&self) -> Ref<'_, u16> {
        self.version.borrow()
    }
}

/**
 * Entries, the queue size.
 */
impl VhostUserInflight_QueueRegionPacked {
    pub fn num_descs(&self) -> Ref<'_, u16> {
        self.num_descs.borrow()
    }
}

/**
 * Head of the list of free entries (`num_descs` when it is empty).
 */
impl VhostUserInflight_QueueRegionPacked {
    pub fn free_head(&self) -> Ref<'_, u16> {
        self.free_head.borrow()
    }
}

/**
 * The free list's head before the batch being put into the ring.
 */
impl VhostUserInflight_QueueRegionPacked {
    pub fn old_free_head(&self) -> Ref<'_, u16> {
        self.old_free_head.borrow()
    }
}

/**
 * The device's next descriptor ring slot.
 */
impl VhostUserInflight_QueueRegionPacked {
    pub fn used_idx(&self) -> Ref<'_, u16> {
        self.used_idx.borrow()
    }
}

/**
 * That slot before the batch being put into the ring.
 */
impl VhostUserInflight_QueueRegionPacked {
    pub fn old_used_idx(&self) -> Ref<'_, u16> {
        self.old_used_idx.borrow()
    }
}

/**
 * The device's wrap counter.
 */
impl VhostUserInflight_QueueRegionPacked {
    pub fn used_wrap_counter(&self) -> Ref<'_, u8> {
        self.used_wrap_counter.borrow()
    }
}

/**
 * The wrap counter before the batch being put into the ring.
 */
impl VhostUserInflight_QueueRegionPacked {
    pub fn old_used_wrap_counter(&self) -> Ref<'_, u8> {
        self.old_used_wrap_counter.borrow()
    }
}

/**
 * Unused (7 bytes, then 3 more that align the entries to 8 bytes, as a C compiler lays them out).
 */
impl VhostUserInflight_QueueRegionPacked {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}

/**
 * State of each entry.
 */
impl VhostUserInflight_QueueRegionPacked {
    pub fn descs(&self) -> Ref<'_, Vec<OptRc<VhostUserInflight_DescStatePacked>>> {
        self.descs.borrow()
    }
}

/**
 * Up to the next multiple of 64 bytes.
 */
impl VhostUserInflight_QueueRegionPacked {
    pub fn padding_end(&self) -> Ref<'_, Vec<u8>> {
        self.padding_end.borrow()
    }
}
impl VhostUserInflight_QueueRegionPacked {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One split queue's region: a 16-byte header, one 16-byte entry per
 * descriptor of the queue, then padding up to a multiple of 64 bytes.
 * \sa https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking Source
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserInflight_QueueRegionSplit {
    pub _root: SharedType<VhostUserInflight>,
    pub _parent: SharedType<VhostUserInflight>,
    pub _self: SharedType<Self>,
    features: RefCell<u64>,
    version: RefCell<u16>,
    num_descs: RefCell<u16>,
    last_batch_head: RefCell<u16>,
    used_idx: RefCell<u16>,
    descs: RefCell<Vec<OptRc<VhostUserInflight_DescStateSplit>>>,
    padding: RefCell<Vec<u8>>,
    slack: RefCell<Vec<OptRc<VhostUserInflight_ZeroBlock>>>,
    _io: RefCell<BytesReader>,
    f_more_slack: Cell<bool>,
    more_slack: RefCell<bool>,
    f_next_block: Cell<bool>,
    next_block: RefCell<OptRc<VhostUserInflight_BlockPeek>>,
}
impl KStruct for VhostUserInflight_QueueRegionSplit {
    type Root = VhostUserInflight;
    type Parent = VhostUserInflight;

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
        *self_rc.features.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.version.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.num_descs.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.last_batch_head.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.used_idx.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.descs.borrow_mut() = Vec::new();
        let l_descs = *self_rc.num_descs();
        for _i in 0..l_descs {
            let t = Self::read_into::<_, VhostUserInflight_DescStateSplit>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            self_rc.descs.borrow_mut().push(t);
        }
        *self_rc.padding.borrow_mut() = _io.read_bytes(((((((((((((((16 as u16) * (*self_rc.num_descs() as u16)) as i32) + (2 as i32)) as i32) + (63 as i32)) as i32) / (64 as i32)) as i32) * (64 as i32)) as i32) - (((16 as u16) * (*self_rc.num_descs() as u16)) as i32)) as i32) - (16 as i32)) as usize)?.into();
        if *self_rc.more_slack()? {
            *self_rc.slack.borrow_mut() = Vec::new();
            {
                let mut _i = 0;
                while {
                    let t = Self::read_into::<_, VhostUserInflight_ZeroBlock>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    self_rc.slack.borrow_mut().push(t);
                    let _t_slack = self_rc.slack.borrow();
                    let _tmpa = _t_slack.last().unwrap();
                    _i += 1;
                    let x = !(!(*_tmpa.more()?));
                    x
                } {}
            }
        }
        Ok(())
    }
}
impl VhostUserInflight_QueueRegionSplit {

    /**
     * The next 64 bytes are all zero (no region header starts there).
     */
    pub fn more_slack(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_more_slack.get() {
            return Ok(self.more_slack.borrow());
        }
        self.f_more_slack.set(true);
        *self.more_slack.borrow_mut() = ( ((((((_io.size() as i32) - (_io.pos() as i32)) as i32) >= (64 as i32))) && (*self.next_block()?.zero()?)) ) as bool;
        Ok(self.more_slack.borrow())
    }

    /**
     * The next 64 bytes (at the end of the buffer the first 64, then unused; regions are whole 64-byte blocks).
     */
    pub fn next_block(
        &self
    ) -> KResult<Ref<'_, OptRc<VhostUserInflight_BlockPeek>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_next_block.get() {
            return Ok(self.next_block.borrow());
        }
        let _pos = _io.pos();
        _io.seek(modulo(_io.pos() as i64, _io.size() as i64) as usize)?;
        let t = Self::read_into::<_, VhostUserInflight_BlockPeek>(&*_io, Some(self._root.clone()), None)?.into();
        *self.next_block.borrow_mut() = t;
        _io.seek(_pos)?;
        Ok(self.next_block.borrow())
    }
}

/**
 * Feature flags of the region; none are defined, so zero.
 */
impl VhostUserInflight_QueueRegionSplit {
    pub fn features(&self) -> Ref<'_, u64> {
        self.features.borrow()
    }
}

/**
 * Layout version, 1; zero while the region has not been set up.
 */
impl VhostUserInflight_QueueRegionSplit {
    pub fn version(&self) -> Ref<'_, u16> {
        self.version.borrow()
    }
}

/**
 * Entries that follow, one per descriptor (the queue size).
 */
impl VhostUserInflight_QueueRegionSplit {
    pub fn num_descs(&self) -> Ref<'_, u16> {
        self.num_descs.borrow()
    }
}

/**
 * Head descriptor of the last batch put into the used ring; the
 * batch is a list linked through the entries' `next`, newest first.
 */
impl VhostUserInflight_QueueRegionSplit {
    pub fn last_batch_head(&self) -> Ref<'_, u16> {
        self.last_batch_head.borrow()
    }
}

/**
 * The used ring's index once the last batch was cleared. When the
 * used ring's own index is ahead of it, the back-end stopped
 * between publishing a batch and clearing its entries.
 */
impl VhostUserInflight_QueueRegionSplit {
    pub fn used_idx(&self) -> Ref<'_, u16> {
        self.used_idx.borrow()
    }
}

/**
 * State of each descriptor, by descriptor index.
 */
impl VhostUserInflight_QueueRegionSplit {
    pub fn descs(&self) -> Ref<'_, Vec<OptRc<VhostUserInflight_DescStateSplit>>> {
        self.descs.borrow()
    }
}

/**
 * Up to the next multiple of 64 bytes (the region size QEMU's libvhost-user uses).
 */
impl VhostUserInflight_QueueRegionSplit {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}

/**
 * Entries past `num_descs` when that is the ring's size and the
 * region is as long as the buffer's queue size needs; empty when
 * `num_descs` is the queue size.
 */
impl VhostUserInflight_QueueRegionSplit {
    pub fn slack(&self) -> Ref<'_, Vec<OptRc<VhostUserInflight_ZeroBlock>>> {
        self.slack.borrow()
    }
}
impl VhostUserInflight_QueueRegionSplit {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * 64 bytes of zeros inside a region, past its entries.
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserInflight_ZeroBlock {
    pub _root: SharedType<VhostUserInflight>,
    pub _parent: SharedType<VhostUserInflight_QueueRegionSplit>,
    pub _self: SharedType<Self>,
    data: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    f_more: Cell<bool>,
    more: RefCell<bool>,
    f_next_block: Cell<bool>,
    next_block: RefCell<OptRc<VhostUserInflight_BlockPeek>>,
}
impl KStruct for VhostUserInflight_ZeroBlock {
    type Root = VhostUserInflight;
    type Parent = VhostUserInflight_QueueRegionSplit;

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
        *self_rc.data.borrow_mut() = _io.read_bytes(64 as usize)?.into();
        Ok(())
    }
}
impl VhostUserInflight_ZeroBlock {

    /**
     * The 64 bytes after this block are all zero too.
     */
    pub fn more(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_more.get() {
            return Ok(self.more.borrow());
        }
        self.f_more.set(true);
        *self.more.borrow_mut() = ( ((((((_io.size() as i32) - (_io.pos() as i32)) as i32) >= (64 as i32))) && (*self.next_block()?.zero()?)) ) as bool;
        Ok(self.more.borrow())
    }

    /**
     * The next 64 bytes (at the end of the buffer the first 64, then unused; regions are whole 64-byte blocks).
     */
    pub fn next_block(
        &self
    ) -> KResult<Ref<'_, OptRc<VhostUserInflight_BlockPeek>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_next_block.get() {
            return Ok(self.next_block.borrow());
        }
        let _pos = _io.pos();
        _io.seek(modulo(_io.pos() as i64, _io.size() as i64) as usize)?;
        let t = Self::read_into::<_, VhostUserInflight_BlockPeek>(&*_io, Some(self._root.clone()), None)?.into();
        *self.next_block.borrow_mut() = t;
        _io.seek(_pos)?;
        Ok(self.next_block.borrow())
    }
}

/**
 * Zeros.
 */
impl VhostUserInflight_ZeroBlock {
    pub fn data(&self) -> Ref<'_, Vec<u8>> {
        self.data.borrow()
    }
}
impl VhostUserInflight_ZeroBlock {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
