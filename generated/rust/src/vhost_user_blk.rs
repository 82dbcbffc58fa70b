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
 * A vhost-user-blk back-end is a virtio block device in another process.
 * The front-end reads its configuration space with GET_CONFIG (the
 * `contents` of a `vhost_user::config_space` reply) and the guest's
 * driver sends requests through the queues.
 * 
 * The top level reads the configuration space, as much of it as there is
 * (a front-end asks for as many bytes as the fields it knows; older ones
 * ask for fewer). Which fields are meaningful depends on the negotiated
 * feature bits (`blk_feature`).
 * 
 * A request is a descriptor chain: a device-readable header
 * (`request_header`), data buffers (device-readable for writes,
 * device-writable for reads), and one device-writable status byte at the
 * very end. Discard, write-zeroes and secure-erase requests carry
 * `segment`s as their data; GET_ID returns a 20-byte serial string.
 * Sectors are always 512 bytes, whatever the block size.
 * \sa Virtio 1.2, section 5.2 "Block Device"
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserBlk {
    pub _root: SharedType<VhostUserBlk>,
    pub _parent: SharedType<VhostUserBlk>,
    pub _self: SharedType<Self>,
    num_sectors: RefCell<u64>,
    max_segment_size: RefCell<u32>,
    max_segments: RefCell<u32>,
    geometry: RefCell<OptRc<VhostUserBlk_Geometry>>,
    len_block: RefCell<u32>,
    topology: RefCell<OptRc<VhostUserBlk_Topology>>,
    writeback: RefCell<u8>,
    unused0: RefCell<u8>,
    num_queues: RefCell<u16>,
    max_discard_sectors: RefCell<u32>,
    max_discard_segments: RefCell<u32>,
    discard_sector_alignment: RefCell<u32>,
    max_write_zeroes_sectors: RefCell<u32>,
    max_write_zeroes_segments: RefCell<u32>,
    write_zeroes_may_unmap: RefCell<u8>,
    unused1: RefCell<Vec<u8>>,
    max_secure_erase_sectors: RefCell<u32>,
    max_secure_erase_segments: RefCell<u32>,
    secure_erase_sector_alignment: RefCell<u32>,
    zoned: RefCell<OptRc<VhostUserBlk_ZonedCharacteristics>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUserBlk {
    type Root = VhostUserBlk;
    type Parent = VhostUserBlk;

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
        *self_rc.num_sectors.borrow_mut() = _io.read_u8le()?.into();
        if ((_io.size() as i32) >= (12 as i32)) {
            *self_rc.max_segment_size.borrow_mut() = _io.read_u4le()?.into();
        }
        if ((_io.size() as i32) >= (16 as i32)) {
            *self_rc.max_segments.borrow_mut() = _io.read_u4le()?.into();
        }
        if ((_io.size() as i32) >= (20 as i32)) {
            let t = Self::read_into::<_, VhostUserBlk_Geometry>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            *self_rc.geometry.borrow_mut() = t;
        }
        if ((_io.size() as i32) >= (24 as i32)) {
            *self_rc.len_block.borrow_mut() = _io.read_u4le()?.into();
        }
        if ((_io.size() as i32) >= (32 as i32)) {
            let t = Self::read_into::<_, VhostUserBlk_Topology>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            *self_rc.topology.borrow_mut() = t;
        }
        if ((_io.size() as i32) >= (33 as i32)) {
            *self_rc.writeback.borrow_mut() = _io.read_u1()?.into();
        }
        if ((_io.size() as i32) >= (34 as i32)) {
            *self_rc.unused0.borrow_mut() = _io.read_u1()?.into();
        }
        if ((_io.size() as i32) >= (36 as i32)) {
            *self_rc.num_queues.borrow_mut() = _io.read_u2le()?.into();
        }
        if ((_io.size() as i32) >= (40 as i32)) {
            *self_rc.max_discard_sectors.borrow_mut() = _io.read_u4le()?.into();
        }
        if ((_io.size() as i32) >= (44 as i32)) {
            *self_rc.max_discard_segments.borrow_mut() = _io.read_u4le()?.into();
        }
        if ((_io.size() as i32) >= (48 as i32)) {
            *self_rc.discard_sector_alignment.borrow_mut() = _io.read_u4le()?.into();
        }
        if ((_io.size() as i32) >= (52 as i32)) {
            *self_rc.max_write_zeroes_sectors.borrow_mut() = _io.read_u4le()?.into();
        }
        if ((_io.size() as i32) >= (56 as i32)) {
            *self_rc.max_write_zeroes_segments.borrow_mut() = _io.read_u4le()?.into();
        }
        if ((_io.size() as i32) >= (57 as i32)) {
            *self_rc.write_zeroes_may_unmap.borrow_mut() = _io.read_u1()?.into();
        }
        if ((_io.size() as i32) >= (60 as i32)) {
            *self_rc.unused1.borrow_mut() = _io.read_bytes(3 as usize)?.into();
        }
        if ((_io.size() as i32) >= (64 as i32)) {
            *self_rc.max_secure_erase_sectors.borrow_mut() = _io.read_u4le()?.into();
        }
        if ((_io.size() as i32) >= (68 as i32)) {
            *self_rc.max_secure_erase_segments.borrow_mut() = _io.read_u4le()?.into();
        }
        if ((_io.size() as i32) >= (72 as i32)) {
            *self_rc.secure_erase_sector_alignment.borrow_mut() = _io.read_u4le()?.into();
        }
        if ((_io.size() as i32) >= (96 as i32)) {
            let t = Self::read_into::<_, VhostUserBlk_ZonedCharacteristics>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            *self_rc.zoned.borrow_mut() = t;
        }
        Ok(())
    }
}
impl VhostUserBlk {
}

/**
 * Capacity in 512-byte sectors.
 */
impl VhostUserBlk {
    pub fn num_sectors(&self) -> Ref<'_, u64> {
        self.num_sectors.borrow()
    }
}

/**
 * Largest single buffer (SIZE_MAX).
 */
impl VhostUserBlk {
    pub fn max_segment_size(&self) -> Ref<'_, u32> {
        self.max_segment_size.borrow()
    }
}

/**
 * Most data buffers in one request (SEG_MAX).
 */
impl VhostUserBlk {
    pub fn max_segments(&self) -> Ref<'_, u32> {
        self.max_segments.borrow()
    }
}

/**
 * Legacy disk geometry (GEOMETRY).
 */
impl VhostUserBlk {
    pub fn geometry(&self) -> Ref<'_, OptRc<VhostUserBlk_Geometry>> {
        self.geometry.borrow()
    }
}

/**
 * Logical block size in bytes (BLK_SIZE).
 */
impl VhostUserBlk {
    pub fn len_block(&self) -> Ref<'_, u32> {
        self.len_block.borrow()
    }
}

/**
 * I/O alignment hints (TOPOLOGY).
 */
impl VhostUserBlk {
    pub fn topology(&self) -> Ref<'_, OptRc<VhostUserBlk_Topology>> {
        self.topology.borrow()
    }
}

/**
 * 1 for a writeback cache, 0 for writethrough (CONFIG_WCE; the driver may write it).
 */
impl VhostUserBlk {
    pub fn writeback(&self) -> Ref<'_, u8> {
        self.writeback.borrow()
    }
}

/**
 * Unused.
 */
impl VhostUserBlk {
    pub fn unused0(&self) -> Ref<'_, u8> {
        self.unused0.borrow()
    }
}

/**
 * Number of request queues (MQ).
 */
impl VhostUserBlk {
    pub fn num_queues(&self) -> Ref<'_, u16> {
        self.num_queues.borrow()
    }
}

/**
 * Largest discard, in sectors (DISCARD).
 */
impl VhostUserBlk {
    pub fn max_discard_sectors(&self) -> Ref<'_, u32> {
        self.max_discard_sectors.borrow()
    }
}

/**
 * Most segments in one discard request (DISCARD).
 */
impl VhostUserBlk {
    pub fn max_discard_segments(&self) -> Ref<'_, u32> {
        self.max_discard_segments.borrow()
    }
}

/**
 * Discard alignment, in sectors (DISCARD).
 */
impl VhostUserBlk {
    pub fn discard_sector_alignment(&self) -> Ref<'_, u32> {
        self.discard_sector_alignment.borrow()
    }
}

/**
 * Largest write-zeroes request, in sectors (WRITE_ZEROES).
 */
impl VhostUserBlk {
    pub fn max_write_zeroes_sectors(&self) -> Ref<'_, u32> {
        self.max_write_zeroes_sectors.borrow()
    }
}

/**
 * Most segments in one write-zeroes request (WRITE_ZEROES).
 */
impl VhostUserBlk {
    pub fn max_write_zeroes_segments(&self) -> Ref<'_, u32> {
        self.max_write_zeroes_segments.borrow()
    }
}

/**
 * 1 when write-zeroes with the unmap flag may deallocate (WRITE_ZEROES).
 */
impl VhostUserBlk {
    pub fn write_zeroes_may_unmap(&self) -> Ref<'_, u8> {
        self.write_zeroes_may_unmap.borrow()
    }
}

/**
 * Unused.
 */
impl VhostUserBlk {
    pub fn unused1(&self) -> Ref<'_, Vec<u8>> {
        self.unused1.borrow()
    }
}

/**
 * Largest secure erase, in sectors (SECURE_ERASE).
 */
impl VhostUserBlk {
    pub fn max_secure_erase_sectors(&self) -> Ref<'_, u32> {
        self.max_secure_erase_sectors.borrow()
    }
}

/**
 * Most segments in one secure erase (SECURE_ERASE).
 */
impl VhostUserBlk {
    pub fn max_secure_erase_segments(&self) -> Ref<'_, u32> {
        self.max_secure_erase_segments.borrow()
    }
}

/**
 * Secure erase alignment, in sectors (SECURE_ERASE).
 */
impl VhostUserBlk {
    pub fn secure_erase_sector_alignment(&self) -> Ref<'_, u32> {
        self.secure_erase_sector_alignment.borrow()
    }
}

/**
 * Zoned device characteristics (ZONED).
 */
impl VhostUserBlk {
    pub fn zoned(&self) -> Ref<'_, OptRc<VhostUserBlk_ZonedCharacteristics>> {
        self.zoned.borrow()
    }
}
impl VhostUserBlk {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum VhostUserBlk_BlkFeature {

    /**
     * Legacy request barriers.
     */
    Barrier,

    /**
     * max_segment_size is valid.
     */
    SizeMax,

    /**
     * max_segments is valid.
     */
    SegMax,

    /**
     * geometry is valid.
     */
    Geometry,

    /**
     * The device is read-only.
     */
    Ro,

    /**
     * len_block is valid.
     */
    BlkSize,

    /**
     * Legacy SCSI passthrough.
     */
    Scsi,

    /**
     * Flush requests.
     */
    Flush,

    /**
     * topology is valid.
     */
    Topology,

    /**
     * The driver can switch the cache mode (writeback).
     */
    ConfigWce,

    /**
     * Several request queues (num_queues).
     */
    Mq,

    /**
     * Discard requests.
     */
    Discard,

    /**
     * Write-zeroes requests.
     */
    WriteZeroes,

    /**
     * Lifetime requests.
     */
    Lifetime,

    /**
     * Secure erase requests.
     */
    SecureErase,

    /**
     * Zoned block device.
     */
    Zoned,
    Unknown(i64),
}

impl TryFrom<i64> for VhostUserBlk_BlkFeature {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VhostUserBlk_BlkFeature> {
        match flag {
            0 => Ok(VhostUserBlk_BlkFeature::Barrier),
            1 => Ok(VhostUserBlk_BlkFeature::SizeMax),
            2 => Ok(VhostUserBlk_BlkFeature::SegMax),
            4 => Ok(VhostUserBlk_BlkFeature::Geometry),
            5 => Ok(VhostUserBlk_BlkFeature::Ro),
            6 => Ok(VhostUserBlk_BlkFeature::BlkSize),
            7 => Ok(VhostUserBlk_BlkFeature::Scsi),
            9 => Ok(VhostUserBlk_BlkFeature::Flush),
            10 => Ok(VhostUserBlk_BlkFeature::Topology),
            11 => Ok(VhostUserBlk_BlkFeature::ConfigWce),
            12 => Ok(VhostUserBlk_BlkFeature::Mq),
            13 => Ok(VhostUserBlk_BlkFeature::Discard),
            14 => Ok(VhostUserBlk_BlkFeature::WriteZeroes),
            15 => Ok(VhostUserBlk_BlkFeature::Lifetime),
            16 => Ok(VhostUserBlk_BlkFeature::SecureErase),
            17 => Ok(VhostUserBlk_BlkFeature::Zoned),
            _ => Ok(VhostUserBlk_BlkFeature::Unknown(flag)),
        }
    }
}

impl From<&VhostUserBlk_BlkFeature> for i64 {
    fn from(v: &VhostUserBlk_BlkFeature) -> Self {
        match *v {
            VhostUserBlk_BlkFeature::Barrier => 0,
            VhostUserBlk_BlkFeature::SizeMax => 1,
            VhostUserBlk_BlkFeature::SegMax => 2,
            VhostUserBlk_BlkFeature::Geometry => 4,
            VhostUserBlk_BlkFeature::Ro => 5,
            VhostUserBlk_BlkFeature::BlkSize => 6,
            VhostUserBlk_BlkFeature::Scsi => 7,
            VhostUserBlk_BlkFeature::Flush => 9,
            VhostUserBlk_BlkFeature::Topology => 10,
            VhostUserBlk_BlkFeature::ConfigWce => 11,
            VhostUserBlk_BlkFeature::Mq => 12,
            VhostUserBlk_BlkFeature::Discard => 13,
            VhostUserBlk_BlkFeature::WriteZeroes => 14,
            VhostUserBlk_BlkFeature::Lifetime => 15,
            VhostUserBlk_BlkFeature::SecureErase => 16,
            VhostUserBlk_BlkFeature::Zoned => 17,
            VhostUserBlk_BlkFeature::Unknown(v) => v
        }
    }
}

impl Default for VhostUserBlk_BlkFeature {
    fn default() -> Self { VhostUserBlk_BlkFeature::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum VhostUserBlk_RequestType {

    /**
     * Read sectors into the writable buffers (IN).
     */
    Read,

    /**
     * Write sectors from the readable buffers (OUT).
     */
    Write,

    /**
     * Make completed writes durable (FLUSH).
     */
    Flush,

    /**
     * Return the device serial, 20 bytes, NUL-padded.
     */
    GetId,

    /**
     * Return flash wear information (LIFETIME).
     */
    GetLifetime,

    /**
     * Discard ranges (DISCARD).
     */
    Discard,

    /**
     * Write zeros to ranges (WRITE_ZEROES).
     */
    WriteZeroes,

    /**
     * Securely erase ranges (SECURE_ERASE).
     */
    SecureErase,

    /**
     * Append to a zone (ZONED).
     */
    ZoneAppend,

    /**
     * Report zones (ZONED).
     */
    ZoneReport,

    /**
     * Open a zone (ZONED).
     */
    ZoneOpen,

    /**
     * Close a zone (ZONED).
     */
    ZoneClose,

    /**
     * Finish a zone (ZONED).
     */
    ZoneFinish,

    /**
     * Reset a zone (ZONED).
     */
    ZoneReset,

    /**
     * Reset every zone (ZONED).
     */
    ZoneResetAll,
    Unknown(i64),
}

impl TryFrom<i64> for VhostUserBlk_RequestType {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VhostUserBlk_RequestType> {
        match flag {
            0 => Ok(VhostUserBlk_RequestType::Read),
            1 => Ok(VhostUserBlk_RequestType::Write),
            4 => Ok(VhostUserBlk_RequestType::Flush),
            8 => Ok(VhostUserBlk_RequestType::GetId),
            10 => Ok(VhostUserBlk_RequestType::GetLifetime),
            11 => Ok(VhostUserBlk_RequestType::Discard),
            13 => Ok(VhostUserBlk_RequestType::WriteZeroes),
            14 => Ok(VhostUserBlk_RequestType::SecureErase),
            15 => Ok(VhostUserBlk_RequestType::ZoneAppend),
            16 => Ok(VhostUserBlk_RequestType::ZoneReport),
            18 => Ok(VhostUserBlk_RequestType::ZoneOpen),
            20 => Ok(VhostUserBlk_RequestType::ZoneClose),
            22 => Ok(VhostUserBlk_RequestType::ZoneFinish),
            24 => Ok(VhostUserBlk_RequestType::ZoneReset),
            26 => Ok(VhostUserBlk_RequestType::ZoneResetAll),
            _ => Ok(VhostUserBlk_RequestType::Unknown(flag)),
        }
    }
}

impl From<&VhostUserBlk_RequestType> for i64 {
    fn from(v: &VhostUserBlk_RequestType) -> Self {
        match *v {
            VhostUserBlk_RequestType::Read => 0,
            VhostUserBlk_RequestType::Write => 1,
            VhostUserBlk_RequestType::Flush => 4,
            VhostUserBlk_RequestType::GetId => 8,
            VhostUserBlk_RequestType::GetLifetime => 10,
            VhostUserBlk_RequestType::Discard => 11,
            VhostUserBlk_RequestType::WriteZeroes => 13,
            VhostUserBlk_RequestType::SecureErase => 14,
            VhostUserBlk_RequestType::ZoneAppend => 15,
            VhostUserBlk_RequestType::ZoneReport => 16,
            VhostUserBlk_RequestType::ZoneOpen => 18,
            VhostUserBlk_RequestType::ZoneClose => 20,
            VhostUserBlk_RequestType::ZoneFinish => 22,
            VhostUserBlk_RequestType::ZoneReset => 24,
            VhostUserBlk_RequestType::ZoneResetAll => 26,
            VhostUserBlk_RequestType::Unknown(v) => v
        }
    }
}

impl Default for VhostUserBlk_RequestType {
    fn default() -> Self { VhostUserBlk_RequestType::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum VhostUserBlk_Status {

    /**
     * Success.
     */
    Ok,

    /**
     * The device failed the request.
     */
    Ioerr,

    /**
     * The device does not support the request.
     */
    Unsupp,

    /**
     * Zone command not valid in the zone's state.
     */
    ZoneInvalidCmd,

    /**
     * Write not at the zone's write pointer.
     */
    ZoneUnalignedWp,

    /**
     * Too many open zones.
     */
    ZoneOpenResource,

    /**
     * Too many active zones.
     */
    ZoneActiveResource,
    Unknown(i64),
}

impl TryFrom<i64> for VhostUserBlk_Status {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<VhostUserBlk_Status> {
        match flag {
            0 => Ok(VhostUserBlk_Status::Ok),
            1 => Ok(VhostUserBlk_Status::Ioerr),
            2 => Ok(VhostUserBlk_Status::Unsupp),
            3 => Ok(VhostUserBlk_Status::ZoneInvalidCmd),
            4 => Ok(VhostUserBlk_Status::ZoneUnalignedWp),
            5 => Ok(VhostUserBlk_Status::ZoneOpenResource),
            6 => Ok(VhostUserBlk_Status::ZoneActiveResource),
            _ => Ok(VhostUserBlk_Status::Unknown(flag)),
        }
    }
}

impl From<&VhostUserBlk_Status> for i64 {
    fn from(v: &VhostUserBlk_Status) -> Self {
        match *v {
            VhostUserBlk_Status::Ok => 0,
            VhostUserBlk_Status::Ioerr => 1,
            VhostUserBlk_Status::Unsupp => 2,
            VhostUserBlk_Status::ZoneInvalidCmd => 3,
            VhostUserBlk_Status::ZoneUnalignedWp => 4,
            VhostUserBlk_Status::ZoneOpenResource => 5,
            VhostUserBlk_Status::ZoneActiveResource => 6,
            VhostUserBlk_Status::Unknown(v) => v
        }
    }
}

impl Default for VhostUserBlk_Status {
    fn default() -> Self { VhostUserBlk_Status::Unknown(0) }
}


/**
 * Legacy cylinders/heads/sectors geometry.
 * \sa Virtio 1.2, section 5.2.4 "Device configuration layout"
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserBlk_Geometry {
    pub _root: SharedType<VhostUserBlk>,
    pub _parent: SharedType<VhostUserBlk>,
    pub _self: SharedType<Self>,
    num_cylinders: RefCell<u16>,
    num_heads: RefCell<u8>,
    num_sectors_per_track: RefCell<u8>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUserBlk_Geometry {
    type Root = VhostUserBlk;
    type Parent = VhostUserBlk;

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
        *self_rc.num_cylinders.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.num_heads.borrow_mut() = _io.read_u1()?.into();
        *self_rc.num_sectors_per_track.borrow_mut() = _io.read_u1()?.into();
        Ok(())
    }
}
impl VhostUserBlk_Geometry {
}

/**
 * Cylinders.
 */
impl VhostUserBlk_Geometry {
    pub fn num_cylinders(&self) -> Ref<'_, u16> {
        self.num_cylinders.borrow()
    }
}

/**
 * Heads.
 */
impl VhostUserBlk_Geometry {
    pub fn num_heads(&self) -> Ref<'_, u8> {
        self.num_heads.borrow()
    }
}

/**
 * Sectors per track.
 */
impl VhostUserBlk_Geometry {
    pub fn num_sectors_per_track(&self) -> Ref<'_, u8> {
        self.num_sectors_per_track.borrow()
    }
}
impl VhostUserBlk_Geometry {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The 16 device-readable bytes that start every request.
 * \sa Virtio 1.2, section 5.2.6 "Device Operation"
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserBlk_RequestHeader {
    pub _root: SharedType<VhostUserBlk>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    type: RefCell<VhostUserBlk_RequestType>,
    reserved: RefCell<u32>,
    sector: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUserBlk_RequestHeader {
    type Root = VhostUserBlk;
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
        *self_rc.type.borrow_mut() = (_io.read_u4le()? as i64).try_into()?;
        *self_rc.reserved.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.sector.borrow_mut() = _io.read_u8le()?.into();
        Ok(())
    }
}
impl VhostUserBlk_RequestHeader {
}

/**
 * What to do.
 */
impl VhostUserBlk_RequestHeader {
    pub fn type(&self) -> Ref<'_, VhostUserBlk_RequestType> {
        self.type.borrow()
    }
}

/**
 * Zero (the I/O priority in legacy devices).
 */
impl VhostUserBlk_RequestHeader {
    pub fn reserved(&self) -> Ref<'_, u32> {
        self.reserved.borrow()
    }
}

/**
 * First 512-byte sector of a read or write.
 */
impl VhostUserBlk_RequestHeader {
    pub fn sector(&self) -> Ref<'_, u64> {
        self.sector.borrow()
    }
}
impl VhostUserBlk_RequestHeader {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One range of a discard, write-zeroes or secure-erase request (16 bytes).
 * \sa Virtio 1.2, section 5.2.6 "Device Operation"
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserBlk_Segment {
    pub _root: SharedType<VhostUserBlk>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    sector: RefCell<u64>,
    num_sectors: RefCell<u32>,
    flags: RefCell<OptRc<VhostUserBlk_SegmentFlags>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUserBlk_Segment {
    type Root = VhostUserBlk;
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
        *self_rc.sector.borrow_mut() = _io.read_u8le()?.into();
        *self_rc.num_sectors.borrow_mut() = _io.read_u4le()?.into();
        let t = Self::read_into::<_, VhostUserBlk_SegmentFlags>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.flags.borrow_mut() = t;
        Ok(())
    }
}
impl VhostUserBlk_Segment {
}

/**
 * First sector.
 */
impl VhostUserBlk_Segment {
    pub fn sector(&self) -> Ref<'_, u64> {
        self.sector.borrow()
    }
}

/**
 * Number of sectors.
 */
impl VhostUserBlk_Segment {
    pub fn num_sectors(&self) -> Ref<'_, u32> {
        self.num_sectors.borrow()
    }
}

/**
 * Flags.
 */
impl VhostUserBlk_Segment {
    pub fn flags(&self) -> Ref<'_, OptRc<VhostUserBlk_SegmentFlags>> {
        self.flags.borrow()
    }
}
impl VhostUserBlk_Segment {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * Flags of a segment.
 * \sa Virtio 1.2, section 5.2.6 "Device Operation"
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserBlk_SegmentFlags {
    pub _root: SharedType<VhostUserBlk>,
    pub _parent: SharedType<VhostUserBlk_Segment>,
    pub _self: SharedType<Self>,
    unmap: RefCell<bool>,
    reserved: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUserBlk_SegmentFlags {
    type Root = VhostUserBlk;
    type Parent = VhostUserBlk_Segment;

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
        *self_rc.unmap.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved.borrow_mut() = _io.read_bits_int_le(31)?;
        Ok(())
    }
}
impl VhostUserBlk_SegmentFlags {
}

/**
 * Bit 0 (write zeroes), the device may deallocate the range.
 */
impl VhostUserBlk_SegmentFlags {
    pub fn unmap(&self) -> Ref<'_, bool> {
        self.unmap.borrow()
    }
}

/**
 * Not defined; zero.
 */
impl VhostUserBlk_SegmentFlags {
    pub fn reserved(&self) -> Ref<'_, u64> {
        self.reserved.borrow()
    }
}
impl VhostUserBlk_SegmentFlags {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * How to align I/O for best performance.
 * \sa Virtio 1.2, section 5.2.4 "Device configuration layout"
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserBlk_Topology {
    pub _root: SharedType<VhostUserBlk>,
    pub _parent: SharedType<VhostUserBlk>,
    pub _self: SharedType<Self>,
    physical_block_exp: RefCell<u8>,
    alignment_offset: RefCell<u8>,
    min_io_size: RefCell<u16>,
    opt_io_size: RefCell<u32>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUserBlk_Topology {
    type Root = VhostUserBlk;
    type Parent = VhostUserBlk;

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
        *self_rc.physical_block_exp.borrow_mut() = _io.read_u1()?.into();
        *self_rc.alignment_offset.borrow_mut() = _io.read_u1()?.into();
        *self_rc.min_io_size.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.opt_io_size.borrow_mut() = _io.read_u4le()?.into();
        Ok(())
    }
}
impl VhostUserBlk_Topology {
}

/**
 * Logical blocks per physical block, as a power of two.
 */
impl VhostUserBlk_Topology {
    pub fn physical_block_exp(&self) -> Ref<'_, u8> {
        self.physical_block_exp.borrow()
    }
}

/**
 * Offset of the first aligned logical block.
 */
impl VhostUserBlk_Topology {
    pub fn alignment_offset(&self) -> Ref<'_, u8> {
        self.alignment_offset.borrow()
    }
}

/**
 * Suggested minimum I/O size, in logical blocks.
 */
impl VhostUserBlk_Topology {
    pub fn min_io_size(&self) -> Ref<'_, u16> {
        self.min_io_size.borrow()
    }
}

/**
 * Optimal (suggested maximum) I/O size, in logical blocks.
 */
impl VhostUserBlk_Topology {
    pub fn opt_io_size(&self) -> Ref<'_, u32> {
        self.opt_io_size.borrow()
    }
}
impl VhostUserBlk_Topology {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * Zoned block device limits.
 * \sa Virtio 1.2, section 5.2.4 "Device configuration layout"
 */

#[derive(Default, Debug, Clone)]
pub struct VhostUserBlk_ZonedCharacteristics {
    pub _root: SharedType<VhostUserBlk>,
    pub _parent: SharedType<VhostUserBlk>,
    pub _self: SharedType<Self>,
    zone_sectors: RefCell<u32>,
    max_open_zones: RefCell<u32>,
    max_active_zones: RefCell<u32>,
    max_append_sectors: RefCell<u32>,
    write_granularity: RefCell<u32>,
    model: RefCell<u8>,
    unused2: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for VhostUserBlk_ZonedCharacteristics {
    type Root = VhostUserBlk;
    type Parent = VhostUserBlk;

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
        *self_rc.zone_sectors.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.max_open_zones.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.max_active_zones.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.max_append_sectors.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.write_granularity.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.model.borrow_mut() = _io.read_u1()?.into();
        *self_rc.unused2.borrow_mut() = _io.read_bytes(3 as usize)?.into();
        Ok(())
    }
}
impl VhostUserBlk_ZonedCharacteristics {
}

/**
 * Zone size in sectors.
 */
impl VhostUserBlk_ZonedCharacteristics {
    pub fn zone_sectors(&self) -> Ref<'_, u32> {
        self.zone_sectors.borrow()
    }
}

/**
 * Most zones open at once.
 */
impl VhostUserBlk_ZonedCharacteristics {
    pub fn max_open_zones(&self) -> Ref<'_, u32> {
        self.max_open_zones.borrow()
    }
}

/**
 * Most zones active at once.
 */
impl VhostUserBlk_ZonedCharacteristics {
    pub fn max_active_zones(&self) -> Ref<'_, u32> {
        self.max_active_zones.borrow()
    }
}

/**
 * Largest zone append, in sectors.
 */
impl VhostUserBlk_ZonedCharacteristics {
    pub fn max_append_sectors(&self) -> Ref<'_, u32> {
        self.max_append_sectors.borrow()
    }
}

/**
 * Write granularity in bytes.
 */
impl VhostUserBlk_ZonedCharacteristics {
    pub fn write_granularity(&self) -> Ref<'_, u32> {
        self.write_granularity.borrow()
    }
}

/**
 * Zoned model (none, host-managed, host-aware).
 */
impl VhostUserBlk_ZonedCharacteristics {
    pub fn model(&self) -> Ref<'_, u8> {
        self.model.borrow()
    }
}

/**
 * Unused.
 */
impl VhostUserBlk_ZonedCharacteristics {
    pub fn unused2(&self) -> Ref<'_, Vec<u8>> {
        self.unused2.borrow()
    }
}
impl VhostUserBlk_ZonedCharacteristics {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
