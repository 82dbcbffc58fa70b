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
 * qcow2 stores a virtual disk in a host file as fixed-size clusters. A
 * two-level table (L1, then one-cluster L2 tables) maps each guest cluster to
 * a host cluster, a compressed run of sectors, zeros, or nothing (read from
 * the backing file, or zeros). A second two-level table (refcount table,
 * then refcount blocks) counts how many times each host cluster is used, so
 * that internal snapshots can share clusters and copy them on write.
 * Optional parts: a backing file, header extensions, internal snapshots,
 * persistent dirty bitmaps, an external data file, encryption.
 * 
 * Every number is big-endian. Table entries are 64-bit; this spec reads them
 * as bit fields of at most 32 bits and combines the halves with arithmetic
 * (`hi * 4294967296 + lo`), so that JavaScript computes the same values as
 * the other languages for every offset below 2^53 (8 PiB).
 * 
 * The top level reads the header; everything else is an instance reached
 * from it: `header_extensions`, `backing_file_name`, `l1_table` (and the L2
 * tables under it), `refcount_table` (and its refcount blocks), `snapshots`,
 * and the bitmap directory under the bitmaps extension.
 * \sa https://www.qemu.org/docs/master/interop/qcow2.html Source
 * \sa https://gitlab.com/qemu-project/qemu/-/blob/master/docs/interop/qcow2.txt Source
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2 {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2>,
    pub _self: SharedType<Self>,
    header: RefCell<OptRc<Qcow2_Header>>,
    _io: RefCell<BytesReader>,
    header_extensions_raw: RefCell<Vec<u8>>,
    f_backing_file_name: Cell<bool>,
    backing_file_name: RefCell<Vec<u8>>,
    f_cluster_size: Cell<bool>,
    cluster_size: RefCell<i32>,
    f_header_extensions: Cell<bool>,
    header_extensions: RefCell<OptRc<Qcow2_HeaderExtensionArea>>,
    f_is_extended_l2: Cell<bool>,
    is_extended_l2: RefCell<bool>,
    f_l1_table: Cell<bool>,
    l1_table: RefCell<Vec<OptRc<Qcow2_L1Entry>>>,
    f_len_header: Cell<bool>,
    len_header: RefCell<u32>,
    f_num_l2_entries: Cell<bool>,
    num_l2_entries: RefCell<i32>,
    f_refcount_order: Cell<bool>,
    refcount_order: RefCell<u32>,
    f_refcount_table: Cell<bool>,
    refcount_table: RefCell<Vec<OptRc<Qcow2_RefcountTableEntry>>>,
    f_snapshots: Cell<bool>,
    snapshots: RefCell<Vec<OptRc<Qcow2_Snapshot>>>,
}
impl KStruct for Qcow2 {
    type Root = Qcow2;
    type Parent = Qcow2;

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
        let t = Self::read_into::<_, Qcow2_Header>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.header.borrow_mut() = t;
        Ok(())
    }
}
impl Qcow2 {

    /**
     * Name of the backing file (not NUL-terminated), usually in the first
     * cluster. Bytes: QEMU takes them as a C string (up to a NUL, if any) and
     * never checks that they are UTF-8.
     */
    pub fn backing_file_name(
        &self
    ) -> KResult<Ref<'_, Vec<u8>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_backing_file_name.get() {
            return Ok(self.backing_file_name.borrow());
        }
        self.f_backing_file_name.set(true);
        if ((*self.header().backing_file_offset() as u64) != (0 as u64)) {
            let _pos = _io.pos();
            _io.seek(*self.header().backing_file_offset() as usize)?;
            *self.backing_file_name.borrow_mut() = _io.read_bytes(*self.header().len_backing_file_name() as usize)?.into();
            _io.seek(_pos)?;
        }
        Ok(self.backing_file_name.borrow())
    }

    /**
     * Size of a cluster in bytes.
     */
    pub fn cluster_size(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_cluster_size.get() {
            return Ok(self.cluster_size.borrow());
        }
        self.f_cluster_size.set(true);
        *self.cluster_size.borrow_mut() = (((1 as u32) << (*self.header().cluster_bits() as u32))) as i32;
        Ok(self.cluster_size.borrow())
    }

    /**
     * The header extensions, between the header and the end of the first cluster.
     */
    pub fn header_extensions(
        &self
    ) -> KResult<Ref<'_, OptRc<Qcow2_HeaderExtensionArea>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_header_extensions.get() {
            return Ok(self.header_extensions.borrow());
        }
        let _pos = _io.pos();
        _io.seek(*self.len_header()? as usize)?;
        *self.header_extensions_raw.borrow_mut() = _io.read_bytes((((*self.cluster_size()? as i64) as i64) - ((*self.len_header()? as i64) as i64)) as usize)?.into();
        let header_extensions_raw = self.header_extensions_raw.borrow();
        let _t_header_extensions_raw_io = BytesReader::from(header_extensions_raw.clone());
        let t = Self::read_into::<BytesReader, Qcow2_HeaderExtensionArea>(&_t_header_extensions_raw_io, Some(self._root.clone()), Some(self._self.clone()))?.into();
        *self.header_extensions.borrow_mut() = t;
        _io.seek(_pos)?;
        Ok(self.header_extensions.borrow())
    }

    /**
     * L2 entries are 128-bit, with subcluster bitmaps.
     */
    pub fn is_extended_l2(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_is_extended_l2.get() {
            return Ok(self.is_extended_l2.borrow());
        }
        self.f_is_extended_l2.set(true);
        *self.is_extended_l2.borrow_mut() = ( ((((*self.header().version() as u32) >= (3 as u32))) && (*self.header().incompatible_features().extended_l2())) ) as bool;
        Ok(self.is_extended_l2.borrow())
    }

    /**
     * The active L1 table.
     */
    pub fn l1_table(
        &self
    ) -> KResult<Ref<'_, Vec<OptRc<Qcow2_L1Entry>>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_l1_table.get() {
            return Ok(self.l1_table.borrow());
        }
        self.f_l1_table.set(true);
        let _pos = _io.pos();
        _io.seek(*self.header().l1_table_offset() as usize)?;
        *self.l1_table.borrow_mut() = Vec::new();
        let l_l1_table = *self.header().num_l1_entries();
        for _i in 0..l_l1_table {
            let t = Self::read_into::<_, Qcow2_L1Entry>(&*_io, Some(self._root.clone()), None)?.into();
            self.l1_table.borrow_mut().push(t);
        }
        _io.seek(_pos)?;
        Ok(self.l1_table.borrow())
    }

    /**
     * Bytes the header occupies; the header extensions start here.
     */
    pub fn len_header(
        &self
    ) -> KResult<Ref<'_, u32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_len_header.get() {
            return Ok(self.len_header.borrow());
        }
        self.f_len_header.set(true);
        *self.len_header.borrow_mut() = (if ((*self.header().version() as u32) >= (3 as u32)) { *self.header().header_length() } else { 72 }) as u32;
        Ok(self.len_header.borrow())
    }

    /**
     * Entries per L2 table.
     */
    pub fn num_l2_entries(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_num_l2_entries.get() {
            return Ok(self.num_l2_entries.borrow());
        }
        self.f_num_l2_entries.set(true);
        *self.num_l2_entries.borrow_mut() = ((((*self.cluster_size()? as i64) as i64) / ((if *self.is_extended_l2()? { 16 } else { 8 } as i64) as i64))) as i32;
        Ok(self.num_l2_entries.borrow())
    }

    /**
     * Width of a refcount as a power of two (version 2 images always use 16-bit refcounts).
     */
    pub fn refcount_order(
        &self
    ) -> KResult<Ref<'_, u32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_refcount_order.get() {
            return Ok(self.refcount_order.borrow());
        }
        self.f_refcount_order.set(true);
        *self.refcount_order.borrow_mut() = (if ((*self.header().version() as u32) >= (3 as u32)) { *self.header().refcount_order() } else { 4 }) as u32;
        Ok(self.refcount_order.borrow())
    }

    /**
     * The refcount table, first level of the host cluster reference counts.
     */
    pub fn refcount_table(
        &self
    ) -> KResult<Ref<'_, Vec<OptRc<Qcow2_RefcountTableEntry>>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_refcount_table.get() {
            return Ok(self.refcount_table.borrow());
        }
        self.f_refcount_table.set(true);
        let _pos = _io.pos();
        _io.seek(*self.header().refcount_table_offset() as usize)?;
        *self.refcount_table.borrow_mut() = Vec::new();
        let l_refcount_table = (((((*self.header().refcount_table_clusters() as i64) as i64) * ((*self.cluster_size()? as i64) as i64)) as i32) / (8 as i32));
        for _i in 0..l_refcount_table {
            let t = Self::read_into::<_, Qcow2_RefcountTableEntry>(&*_io, Some(self._root.clone()), Some(self._self.clone()))?.into();
            self.refcount_table.borrow_mut().push(t);
        }
        _io.seek(_pos)?;
        Ok(self.refcount_table.borrow())
    }

    /**
     * The snapshot table.
     */
    pub fn snapshots(
        &self
    ) -> KResult<Ref<'_, Vec<OptRc<Qcow2_Snapshot>>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_snapshots.get() {
            return Ok(self.snapshots.borrow());
        }
        self.f_snapshots.set(true);
        if ((*self.header().num_snapshots() as u32) != (0 as u32)) {
            let _pos = _io.pos();
            _io.seek(*self.header().snapshots_offset() as usize)?;
            *self.snapshots.borrow_mut() = Vec::new();
            let l_snapshots = *self.header().num_snapshots();
            for _i in 0..l_snapshots {
                let t = Self::read_into::<_, Qcow2_Snapshot>(&*_io, Some(self._root.clone()), Some(self._self.clone()))?.into();
                self.snapshots.borrow_mut().push(t);
            }
            _io.seek(_pos)?;
        }
        Ok(self.snapshots.borrow())
    }
}

/**
 * The image header in the first cluster.
 */
impl Qcow2 {
    pub fn header(&self) -> Ref<'_, OptRc<Qcow2_Header>> {
        self.header.borrow()
    }
}
impl Qcow2 {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl Qcow2 {
    pub fn header_extensions_raw(&self) -> Ref<'_, Vec<u8>> {
        self.header_extensions_raw.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum Qcow2_BitmapType {
    DirtyTracking,
    Unknown(i64),
}

impl TryFrom<i64> for Qcow2_BitmapType {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Qcow2_BitmapType> {
        match flag {
            1 => Ok(Qcow2_BitmapType::DirtyTracking),
            _ => Ok(Qcow2_BitmapType::Unknown(flag)),
        }
    }
}

impl From<&Qcow2_BitmapType> for i64 {
    fn from(v: &Qcow2_BitmapType) -> Self {
        match *v {
            Qcow2_BitmapType::DirtyTracking => 1,
            Qcow2_BitmapType::Unknown(v) => v
        }
    }
}

impl Default for Qcow2_BitmapType {
    fn default() -> Self { Qcow2_BitmapType::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Qcow2_CompressionType {
    Zlib,
    Zstd,
    Unknown(i64),
}

impl TryFrom<i64> for Qcow2_CompressionType {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Qcow2_CompressionType> {
        match flag {
            0 => Ok(Qcow2_CompressionType::Zlib),
            1 => Ok(Qcow2_CompressionType::Zstd),
            _ => Ok(Qcow2_CompressionType::Unknown(flag)),
        }
    }
}

impl From<&Qcow2_CompressionType> for i64 {
    fn from(v: &Qcow2_CompressionType) -> Self {
        match *v {
            Qcow2_CompressionType::Zlib => 0,
            Qcow2_CompressionType::Zstd => 1,
            Qcow2_CompressionType::Unknown(v) => v
        }
    }
}

impl Default for Qcow2_CompressionType {
    fn default() -> Self { Qcow2_CompressionType::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Qcow2_CryptMethod {
    None,

    /**
     * AES-CBC with 256-bit keys (legacy; QEMU only reads it in its tools).
     */
    Aes,

    /**
     * LUKS, with its header in the clusters the encryption extension points at.
     */
    Luks,
    Unknown(i64),
}

impl TryFrom<i64> for Qcow2_CryptMethod {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Qcow2_CryptMethod> {
        match flag {
            0 => Ok(Qcow2_CryptMethod::None),
            1 => Ok(Qcow2_CryptMethod::Aes),
            2 => Ok(Qcow2_CryptMethod::Luks),
            _ => Ok(Qcow2_CryptMethod::Unknown(flag)),
        }
    }
}

impl From<&Qcow2_CryptMethod> for i64 {
    fn from(v: &Qcow2_CryptMethod) -> Self {
        match *v {
            Qcow2_CryptMethod::None => 0,
            Qcow2_CryptMethod::Aes => 1,
            Qcow2_CryptMethod::Luks => 2,
            Qcow2_CryptMethod::Unknown(v) => v
        }
    }
}

impl Default for Qcow2_CryptMethod {
    fn default() -> Self { Qcow2_CryptMethod::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Qcow2_FeatureType {
    Incompatible,
    Compatible,
    Autoclear,
    Unknown(i64),
}

impl TryFrom<i64> for Qcow2_FeatureType {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Qcow2_FeatureType> {
        match flag {
            0 => Ok(Qcow2_FeatureType::Incompatible),
            1 => Ok(Qcow2_FeatureType::Compatible),
            2 => Ok(Qcow2_FeatureType::Autoclear),
            _ => Ok(Qcow2_FeatureType::Unknown(flag)),
        }
    }
}

impl From<&Qcow2_FeatureType> for i64 {
    fn from(v: &Qcow2_FeatureType) -> Self {
        match *v {
            Qcow2_FeatureType::Incompatible => 0,
            Qcow2_FeatureType::Compatible => 1,
            Qcow2_FeatureType::Autoclear => 2,
            Qcow2_FeatureType::Unknown(v) => v
        }
    }
}

impl Default for Qcow2_FeatureType {
    fn default() -> Self { Qcow2_FeatureType::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum Qcow2_HeaderExtensionType {
    End,
    FullDiskEncryption,
    Bitmaps,
    ExternalDataFile,
    FeatureNameTable,
    BackingFileFormat,
    Unknown(i64),
}

impl TryFrom<i64> for Qcow2_HeaderExtensionType {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Qcow2_HeaderExtensionType> {
        match flag {
            0 => Ok(Qcow2_HeaderExtensionType::End),
            87539319 => Ok(Qcow2_HeaderExtensionType::FullDiskEncryption),
            595929205 => Ok(Qcow2_HeaderExtensionType::Bitmaps),
            1145132097 => Ok(Qcow2_HeaderExtensionType::ExternalDataFile),
            1745090647 => Ok(Qcow2_HeaderExtensionType::FeatureNameTable),
            3799591626 => Ok(Qcow2_HeaderExtensionType::BackingFileFormat),
            _ => Ok(Qcow2_HeaderExtensionType::Unknown(flag)),
        }
    }
}

impl From<&Qcow2_HeaderExtensionType> for i64 {
    fn from(v: &Qcow2_HeaderExtensionType) -> Self {
        match *v {
            Qcow2_HeaderExtensionType::End => 0,
            Qcow2_HeaderExtensionType::FullDiskEncryption => 87539319,
            Qcow2_HeaderExtensionType::Bitmaps => 595929205,
            Qcow2_HeaderExtensionType::ExternalDataFile => 1145132097,
            Qcow2_HeaderExtensionType::FeatureNameTable => 1745090647,
            Qcow2_HeaderExtensionType::BackingFileFormat => 3799591626,
            Qcow2_HeaderExtensionType::Unknown(v) => v
        }
    }
}

impl Default for Qcow2_HeaderExtensionType {
    fn default() -> Self { Qcow2_HeaderExtensionType::Unknown(0) }
}


/**
 * The 64-bit autoclear feature bitmap.
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_AutoclearFeatures {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_Header>,
    pub _self: SharedType<Self>,
    reserved_hi: RefCell<u64>,
    reserved_lo: RefCell<u64>,
    raw_external_data: RefCell<bool>,
    bitmaps: RefCell<bool>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Qcow2_AutoclearFeatures {
    type Root = Qcow2;
    type Parent = Qcow2_Header;

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
        *self_rc.reserved_hi.borrow_mut() = _io.read_bits_int_be(32)?;
        *self_rc.reserved_lo.borrow_mut() = _io.read_bits_int_be(30)?;
        *self_rc.raw_external_data.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.bitmaps.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        Ok(())
    }
}
impl Qcow2_AutoclearFeatures {
}

/**
 * Bits 63..32, not defined.
 */
impl Qcow2_AutoclearFeatures {
    pub fn reserved_hi(&self) -> Ref<'_, u64> {
        self.reserved_hi.borrow()
    }
}

/**
 * Bits 31..2, not defined.
 */
impl Qcow2_AutoclearFeatures {
    pub fn reserved_lo(&self) -> Ref<'_, u64> {
        self.reserved_lo.borrow()
    }
}

/**
 * Bit 1, the external data file is a valid raw image on its own.
 */
impl Qcow2_AutoclearFeatures {
    pub fn raw_external_data(&self) -> Ref<'_, bool> {
        self.raw_external_data.borrow()
    }
}

/**
 * Bit 0, the bitmaps extension is consistent.
 */
impl Qcow2_AutoclearFeatures {
    pub fn bitmaps(&self) -> Ref<'_, bool> {
        self.bitmaps.borrow()
    }
}
impl Qcow2_AutoclearFeatures {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The bitmap directory, one variable-length entry per bitmap.
 * \sa https://www.qemu.org/docs/master/interop/qcow2.html#bitmap-directory Source
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_BitmapDirectory {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_BitmapsExtension>,
    pub _self: SharedType<Self>,
    entries: RefCell<Vec<OptRc<Qcow2_BitmapDirectoryEntry>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Qcow2_BitmapDirectory {
    type Root = Qcow2;
    type Parent = Qcow2_BitmapsExtension;

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
        *self_rc.entries.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while !_io.is_eof() {
                let t = Self::read_into::<_, Qcow2_BitmapDirectoryEntry>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.entries.borrow_mut().push(t);
                _i += 1;
            }
        }
        Ok(())
    }
}
impl Qcow2_BitmapDirectory {
}

/**
 * The entries.
 */
impl Qcow2_BitmapDirectory {
    pub fn entries(&self) -> Ref<'_, Vec<OptRc<Qcow2_BitmapDirectoryEntry>>> {
        self.entries.borrow()
    }
}
impl Qcow2_BitmapDirectory {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One bitmap.
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_BitmapDirectoryEntry {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_BitmapDirectory>,
    pub _self: SharedType<Self>,
    bitmap_table_offset: RefCell<u64>,
    num_bitmap_table_entries: RefCell<u32>,
    flags: RefCell<OptRc<Qcow2_BitmapFlags>>,
    type: RefCell<Qcow2_BitmapType>,
    granularity_bits: RefCell<u8>,
    len_name: RefCell<u16>,
    len_extra_data: RefCell<u32>,
    extra_data: RefCell<Vec<u8>>,
    name: RefCell<Vec<u8>>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    f_bitmap_table: Cell<bool>,
    bitmap_table: RefCell<Vec<OptRc<Qcow2_BitmapTableEntry>>>,
    f_granularity: Cell<bool>,
    granularity: RefCell<i32>,
}
impl KStruct for Qcow2_BitmapDirectoryEntry {
    type Root = Qcow2;
    type Parent = Qcow2_BitmapDirectory;

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
        *self_rc.bitmap_table_offset.borrow_mut() = _io.read_u8be()?.into();
        *self_rc.num_bitmap_table_entries.borrow_mut() = _io.read_u4be()?.into();
        let t = Self::read_into::<_, Qcow2_BitmapFlags>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.flags.borrow_mut() = t;
        *self_rc.type.borrow_mut() = (_io.read_u1()? as i64).try_into()?;
        *self_rc.granularity_bits.borrow_mut() = _io.read_u1()?.into();
        *self_rc.len_name.borrow_mut() = _io.read_u2be()?.into();
        *self_rc.len_extra_data.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.extra_data.borrow_mut() = _io.read_bytes(*self_rc.len_extra_data() as usize)?.into();
        *self_rc.name.borrow_mut() = _io.read_bytes(*self_rc.len_name() as usize)?.into();
        *self_rc.padding.borrow_mut() = _io.read_bytes(modulo(((8 as i32) - (modulo(((((24 as i64) + ((*self_rc.len_extra_data() as i64) as i64)) as i32) + ((*self_rc.len_name() as i64) as i32)) as i64, 8 as i64) as i32)) as i64, 8 as i64) as usize)?.into();
        Ok(())
    }
}
impl Qcow2_BitmapDirectoryEntry {

    /**
     * The bitmap table.
     */
    pub fn bitmap_table(
        &self
    ) -> KResult<Ref<'_, Vec<OptRc<Qcow2_BitmapTableEntry>>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_bitmap_table.get() {
            return Ok(self.bitmap_table.borrow());
        }
        self.f_bitmap_table.set(true);
        let io = Clone::clone(&*_r._io());
        let _pos = io.pos();
        io.seek(*self.bitmap_table_offset() as usize)?;
        *self.bitmap_table.borrow_mut() = Vec::new();
        let l_bitmap_table = *self.num_bitmap_table_entries();
        for _i in 0..l_bitmap_table {
            let t = Self::read_into::<BytesReader, Qcow2_BitmapTableEntry>(&io, Some(self._root.clone()), Some(self._self.clone()))?.into();
            self.bitmap_table.borrow_mut().push(t);
        }
        io.seek(_pos)?;
        Ok(self.bitmap_table.borrow())
    }

    /**
     * Bytes of the disk per bit.
     */
    pub fn granularity(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_granularity.get() {
            return Ok(self.granularity.borrow());
        }
        self.f_granularity.set(true);
        *self.granularity.borrow_mut() = (((1 as u8) << (*self.granularity_bits() as u8))) as i32;
        Ok(self.granularity.borrow())
    }
}

/**
 * Where the bitmap table starts (cluster-aligned).
 */
impl Qcow2_BitmapDirectoryEntry {
    pub fn bitmap_table_offset(&self) -> Ref<'_, u64> {
        self.bitmap_table_offset.borrow()
    }
}

/**
 * Entries in the bitmap table.
 */
impl Qcow2_BitmapDirectoryEntry {
    pub fn num_bitmap_table_entries(&self) -> Ref<'_, u32> {
        self.num_bitmap_table_entries.borrow()
    }
}

/**
 * State of the bitmap.
 */
impl Qcow2_BitmapDirectoryEntry {
    pub fn flags(&self) -> Ref<'_, OptRc<Qcow2_BitmapFlags>> {
        self.flags.borrow()
    }
}

/**
 * Kind of bitmap (1, dirty tracking, is the only one defined).
 */
impl Qcow2_BitmapDirectoryEntry {
    pub fn type(&self) -> Ref<'_, Qcow2_BitmapType> {
        self.type.borrow()
    }
}

/**
 * Each bit covers 1 << granularity_bits bytes of the disk.
 */
impl Qcow2_BitmapDirectoryEntry {
    pub fn granularity_bits(&self) -> Ref<'_, u8> {
        self.granularity_bits.borrow()
    }
}

/**
 * Length of the name (not zero; QEMU allows at most 1023).
 */
impl Qcow2_BitmapDirectoryEntry {
    pub fn len_name(&self) -> Ref<'_, u16> {
        self.len_name.borrow()
    }
}

/**
 * Length of the extra data (none is defined yet).
 */
impl Qcow2_BitmapDirectoryEntry {
    pub fn len_extra_data(&self) -> Ref<'_, u32> {
        self.len_extra_data.borrow()
    }
}

/**
 * Type-specific extra data.
 */
impl Qcow2_BitmapDirectoryEntry {
    pub fn extra_data(&self) -> Ref<'_, Vec<u8>> {
        self.extra_data.borrow()
    }
}

/**
 * Bitmap name, unique in the image. Bytes: QEMU takes them as a C
 * string (up to a NUL, if any) and never checks that they are UTF-8.
 */
impl Qcow2_BitmapDirectoryEntry {
    pub fn name(&self) -> Ref<'_, Vec<u8>> {
        self.name.borrow()
    }
}

/**
 * Zero padding to a multiple of 8 bytes.
 */
impl Qcow2_BitmapDirectoryEntry {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl Qcow2_BitmapDirectoryEntry {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The 32-bit flags of a bitmap directory entry.
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_BitmapFlags {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_BitmapDirectoryEntry>,
    pub _self: SharedType<Self>,
    reserved: RefCell<u64>,
    extra_data_compatible: RefCell<bool>,
    enabled: RefCell<bool>,
    in_use: RefCell<bool>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Qcow2_BitmapFlags {
    type Root = Qcow2;
    type Parent = Qcow2_BitmapDirectoryEntry;

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
        *self_rc.reserved.borrow_mut() = _io.read_bits_int_be(29)?;
        *self_rc.extra_data_compatible.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.enabled.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.in_use.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        Ok(())
    }
}
impl Qcow2_BitmapFlags {
}

/**
 * Bits 31..3, zero.
 */
impl Qcow2_BitmapFlags {
    pub fn reserved(&self) -> Ref<'_, u64> {
        self.reserved.borrow()
    }
}

/**
 * Bit 2, the bitmap may be used even when its extra data is not understood.
 */
impl Qcow2_BitmapFlags {
    pub fn extra_data_compatible(&self) -> Ref<'_, bool> {
        self.extra_data_compatible.borrow()
    }
}

/**
 * Bit 1, the bitmap is enabled and tracks every write.
 */
impl Qcow2_BitmapFlags {
    pub fn enabled(&self) -> Ref<'_, bool> {
        self.enabled.borrow()
    }
}

/**
 * Bit 0, the bitmap was not saved cleanly and may be inconsistent.
 */
impl Qcow2_BitmapFlags {
    pub fn in_use(&self) -> Ref<'_, bool> {
        self.in_use.borrow()
    }
}
impl Qcow2_BitmapFlags {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One entry of a bitmap table, for one cluster of bitmap data.
 * \sa https://www.qemu.org/docs/master/interop/qcow2.html#bitmap-table Source
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_BitmapTableEntry {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_BitmapDirectoryEntry>,
    pub _self: SharedType<Self>,
    reserved_hi: RefCell<u64>,
    offset_hi: RefCell<u64>,
    offset_lo: RefCell<u64>,
    reserved_lo: RefCell<u64>,
    all_ones: RefCell<bool>,
    _io: RefCell<BytesReader>,
    f_offset: Cell<bool>,
    offset: RefCell<u64>,
}
impl KStruct for Qcow2_BitmapTableEntry {
    type Root = Qcow2;
    type Parent = Qcow2_BitmapDirectoryEntry;

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
        *self_rc.reserved_hi.borrow_mut() = _io.read_bits_int_be(8)?;
        *self_rc.offset_hi.borrow_mut() = _io.read_bits_int_be(24)?;
        *self_rc.offset_lo.borrow_mut() = _io.read_bits_int_be(23)?;
        *self_rc.reserved_lo.borrow_mut() = _io.read_bits_int_be(8)?;
        *self_rc.all_ones.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        Ok(())
    }
}
impl Qcow2_BitmapTableEntry {

    /**
     * Host offset of the bitmap data cluster; 0 when not allocated.
     */
    pub fn offset(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_offset.get() {
            return Ok(self.offset.borrow());
        }
        self.f_offset.set(true);
        *self.offset.borrow_mut() = (((((((*self.offset_hi() as i64) as i32) * (4294967296 as i32)) as i32) + ((((*self.offset_lo() as i64) as i32) * (512 as i32)) as i32)) as u64)) as u64;
        Ok(self.offset.borrow())
    }
}

/**
 * Bits 63..56, zero.
 */
impl Qcow2_BitmapTableEntry {
    pub fn reserved_hi(&self) -> Ref<'_, u64> {
        self.reserved_hi.borrow()
    }
}

/**
 * Bits 55..32 of the data cluster offset.
 */
impl Qcow2_BitmapTableEntry {
    pub fn offset_hi(&self) -> Ref<'_, u64> {
        self.offset_hi.borrow()
    }
}

/**
 * Bits 31..9 of the data cluster offset.
 */
impl Qcow2_BitmapTableEntry {
    pub fn offset_lo(&self) -> Ref<'_, u64> {
        self.offset_lo.borrow()
    }
}

/**
 * Bits 8..1, zero.
 */
impl Qcow2_BitmapTableEntry {
    pub fn reserved_lo(&self) -> Ref<'_, u64> {
        self.reserved_lo.borrow()
    }
}

/**
 * Bit 0; with no offset, the cluster reads as all ones (else all zeros).
 */
impl Qcow2_BitmapTableEntry {
    pub fn all_ones(&self) -> Ref<'_, bool> {
        self.all_ones.borrow()
    }
}
impl Qcow2_BitmapTableEntry {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * Where the persistent bitmaps are described.
 * \sa https://www.qemu.org/docs/master/interop/qcow2.html#bitmaps-extension Source
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_BitmapsExtension {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_HeaderExtension>,
    pub _self: SharedType<Self>,
    num_bitmaps: RefCell<u32>,
    reserved: RefCell<u32>,
    len_bitmap_directory: RefCell<u64>,
    bitmap_directory_offset: RefCell<u64>,
    _io: RefCell<BytesReader>,
    bitmap_directory_raw: RefCell<Vec<u8>>,
    f_bitmap_directory: Cell<bool>,
    bitmap_directory: RefCell<OptRc<Qcow2_BitmapDirectory>>,
}
impl KStruct for Qcow2_BitmapsExtension {
    type Root = Qcow2;
    type Parent = Qcow2_HeaderExtension;

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
        *self_rc.num_bitmaps.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.reserved.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.len_bitmap_directory.borrow_mut() = _io.read_u8be()?.into();
        *self_rc.bitmap_directory_offset.borrow_mut() = _io.read_u8be()?.into();
        Ok(())
    }
}
impl Qcow2_BitmapsExtension {

    /**
     * The bitmap directory.
     */
    pub fn bitmap_directory(
        &self
    ) -> KResult<Ref<'_, OptRc<Qcow2_BitmapDirectory>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_bitmap_directory.get() {
            return Ok(self.bitmap_directory.borrow());
        }
        let io = Clone::clone(&*_r._io());
        let _pos = io.pos();
        io.seek(*self.bitmap_directory_offset() as usize)?;
        *self.bitmap_directory_raw.borrow_mut() = io.read_bytes(*self.len_bitmap_directory() as usize)?.into();
        let bitmap_directory_raw = self.bitmap_directory_raw.borrow();
        let _t_bitmap_directory_raw_io = BytesReader::from(bitmap_directory_raw.clone());
        let t = Self::read_into::<BytesReader, Qcow2_BitmapDirectory>(&_t_bitmap_directory_raw_io, Some(self._root.clone()), Some(self._self.clone()))?.into();
        *self.bitmap_directory.borrow_mut() = t;
        io.seek(_pos)?;
        Ok(self.bitmap_directory.borrow())
    }
}

/**
 * Number of bitmaps (at least 1; QEMU supports up to 65535).
 */
impl Qcow2_BitmapsExtension {
    pub fn num_bitmaps(&self) -> Ref<'_, u32> {
        self.num_bitmaps.borrow()
    }
}

/**
 * Zero.
 */
impl Qcow2_BitmapsExtension {
    pub fn reserved(&self) -> Ref<'_, u32> {
        self.reserved.borrow()
    }
}

/**
 * Size of the bitmap directory in bytes.
 */
impl Qcow2_BitmapsExtension {
    pub fn len_bitmap_directory(&self) -> Ref<'_, u64> {
        self.len_bitmap_directory.borrow()
    }
}

/**
 * Where the bitmap directory starts (cluster-aligned).
 */
impl Qcow2_BitmapsExtension {
    pub fn bitmap_directory_offset(&self) -> Ref<'_, u64> {
        self.bitmap_directory_offset.borrow()
    }
}
impl Qcow2_BitmapsExtension {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl Qcow2_BitmapsExtension {
    pub fn bitmap_directory_raw(&self) -> Ref<'_, Vec<u8>> {
        self.bitmap_directory_raw.borrow()
    }
}

/**
 * The 64-bit compatible feature bitmap.
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_CompatibleFeatures {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_Header>,
    pub _self: SharedType<Self>,
    reserved_hi: RefCell<u64>,
    reserved_lo: RefCell<u64>,
    lazy_refcounts: RefCell<bool>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Qcow2_CompatibleFeatures {
    type Root = Qcow2;
    type Parent = Qcow2_Header;

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
        *self_rc.reserved_hi.borrow_mut() = _io.read_bits_int_be(32)?;
        *self_rc.reserved_lo.borrow_mut() = _io.read_bits_int_be(31)?;
        *self_rc.lazy_refcounts.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        Ok(())
    }
}
impl Qcow2_CompatibleFeatures {
}

/**
 * Bits 63..32, not defined.
 */
impl Qcow2_CompatibleFeatures {
    pub fn reserved_hi(&self) -> Ref<'_, u64> {
        self.reserved_hi.borrow()
    }
}

/**
 * Bits 31..1, not defined.
 */
impl Qcow2_CompatibleFeatures {
    pub fn reserved_lo(&self) -> Ref<'_, u64> {
        self.reserved_lo.borrow()
    }
}

/**
 * Bit 0, refcount updates may be postponed (the dirty bit then says so).
 */
impl Qcow2_CompatibleFeatures {
    pub fn lazy_refcounts(&self) -> Ref<'_, bool> {
        self.lazy_refcounts.borrow()
    }
}
impl Qcow2_CompatibleFeatures {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A 128-bit extended L2 entry, the standard entry and subcluster bitmaps.
 * \sa https://www.qemu.org/docs/master/interop/qcow2.html#extended-l2-entries Source
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_ExtendedL2Entry {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_L2Table>,
    pub _self: SharedType<Self>,
    entry: RefCell<OptRc<Qcow2_L2Entry>>,
    zero_bitmap: RefCell<u32>,
    alloc_bitmap: RefCell<u32>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Qcow2_ExtendedL2Entry {
    type Root = Qcow2;
    type Parent = Qcow2_L2Table;

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
        let t = Self::read_into::<_, Qcow2_L2Entry>(&*_io, Some(self_rc._root.clone()), None)?.into();
        *self_rc.entry.borrow_mut() = t;
        *self_rc.zero_bitmap.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.alloc_bitmap.borrow_mut() = _io.read_u4be()?.into();
        Ok(())
    }
}
impl Qcow2_ExtendedL2Entry {
}

/**
 * The standard 64 bits (its zero bit is unused here).
 */
impl Qcow2_ExtendedL2Entry {
    pub fn entry(&self) -> Ref<'_, OptRc<Qcow2_L2Entry>> {
        self.entry.borrow()
    }
}

/**
 * Bits 63..32 of the bitmap, bit n set when subcluster n reads as zeros.
 */
impl Qcow2_ExtendedL2Entry {
    pub fn zero_bitmap(&self) -> Ref<'_, u32> {
        self.zero_bitmap.borrow()
    }
}

/**
 * Bits 31..0 of the bitmap, bit n set when subcluster n is allocated.
 */
impl Qcow2_ExtendedL2Entry {
    pub fn alloc_bitmap(&self) -> Ref<'_, u32> {
        self.alloc_bitmap.borrow()
    }
}
impl Qcow2_ExtendedL2Entry {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One 48-byte entry of the feature name table.
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_FeatureName {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_FeatureNameTable>,
    pub _self: SharedType<Self>,
    type: RefCell<Qcow2_FeatureType>,
    bit: RefCell<u8>,
    name: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Qcow2_FeatureName {
    type Root = Qcow2;
    type Parent = Qcow2_FeatureNameTable;

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
        *self_rc.type.borrow_mut() = (_io.read_u1()? as i64).try_into()?;
        *self_rc.bit.borrow_mut() = _io.read_u1()?.into();
        *self_rc.name.borrow_mut() = _io.read_bytes(46 as usize)?.into();
        Ok(())
    }
}
impl Qcow2_FeatureName {
}

/**
 * Which feature bitmap the bit is in.
 */
impl Qcow2_FeatureName {
    pub fn type(&self) -> Ref<'_, Qcow2_FeatureType> {
        self.type.borrow()
    }
}

/**
 * Bit number (0..63).
 */
impl Qcow2_FeatureName {
    pub fn bit(&self) -> Ref<'_, u8> {
        self.bit.borrow()
    }
}

/**
 * Feature name, zero-padded (no NUL when it takes all 46 bytes). Bytes:
 * QEMU takes them as a C string and never checks that they are UTF-8.
 */
impl Qcow2_FeatureName {
    pub fn name(&self) -> Ref<'_, Vec<u8>> {
        self.name.borrow()
    }
}
impl Qcow2_FeatureName {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * Names of feature bits, for error messages about unknown features.
 * \sa https://www.qemu.org/docs/master/interop/qcow2.html#feature-name-table Source
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_FeatureNameTable {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_HeaderExtension>,
    pub _self: SharedType<Self>,
    entries: RefCell<Vec<OptRc<Qcow2_FeatureName>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Qcow2_FeatureNameTable {
    type Root = Qcow2;
    type Parent = Qcow2_HeaderExtension;

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
        *self_rc.entries.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while !_io.is_eof() {
                let t = Self::read_into::<_, Qcow2_FeatureName>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.entries.borrow_mut().push(t);
                _i += 1;
            }
        }
        Ok(())
    }
}
impl Qcow2_FeatureNameTable {
}

/**
 * One entry per named bit.
 */
impl Qcow2_FeatureNameTable {
    pub fn entries(&self) -> Ref<'_, Vec<OptRc<Qcow2_FeatureName>>> {
        self.entries.borrow()
    }
}
impl Qcow2_FeatureNameTable {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * Where the encryption header (LUKS) is stored.
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_FullDiskEncryptionPointer {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_HeaderExtension>,
    pub _self: SharedType<Self>,
    offset: RefCell<u64>,
    len_header: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Qcow2_FullDiskEncryptionPointer {
    type Root = Qcow2;
    type Parent = Qcow2_HeaderExtension;

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
        *self_rc.offset.borrow_mut() = _io.read_u8be()?.into();
        *self_rc.len_header.borrow_mut() = _io.read_u8be()?.into();
        Ok(())
    }
}
impl Qcow2_FullDiskEncryptionPointer {
}

/**
 * Offset of the encryption header (cluster-aligned).
 */
impl Qcow2_FullDiskEncryptionPointer {
    pub fn offset(&self) -> Ref<'_, u64> {
        self.offset.borrow()
    }
}

/**
 * Length of the encryption header in bytes.
 */
impl Qcow2_FullDiskEncryptionPointer {
    pub fn len_header(&self) -> Ref<'_, u64> {
        self.len_header.borrow()
    }
}
impl Qcow2_FullDiskEncryptionPointer {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The header: 72 bytes for version 2; for version 3 at least 104 bytes,
 * as many as `header_length` says (newer writers may add fields; the
 * extensions start after them).
 * \sa https://www.qemu.org/docs/master/interop/qcow2.html#header Source
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_Header {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2>,
    pub _self: SharedType<Self>,
    magic: RefCell<Vec<u8>>,
    version: RefCell<u32>,
    backing_file_offset: RefCell<u64>,
    len_backing_file_name: RefCell<u32>,
    cluster_bits: RefCell<u32>,
    size: RefCell<u64>,
    crypt_method: RefCell<Qcow2_CryptMethod>,
    num_l1_entries: RefCell<u32>,
    l1_table_offset: RefCell<u64>,
    refcount_table_offset: RefCell<u64>,
    refcount_table_clusters: RefCell<u32>,
    num_snapshots: RefCell<u32>,
    snapshots_offset: RefCell<u64>,
    incompatible_features: RefCell<OptRc<Qcow2_IncompatibleFeatures>>,
    compatible_features: RefCell<OptRc<Qcow2_CompatibleFeatures>>,
    autoclear_features: RefCell<OptRc<Qcow2_AutoclearFeatures>>,
    refcount_order: RefCell<u32>,
    header_length: RefCell<u32>,
    compression_type: RefCell<Qcow2_CompressionType>,
    _io: RefCell<BytesReader>,
    f_effective_compression_type: Cell<bool>,
    effective_compression_type: RefCell<Qcow2_CompressionType>,
}
impl KStruct for Qcow2_Header {
    type Root = Qcow2;
    type Parent = Qcow2;

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
        *self_rc.magic.borrow_mut() = _io.read_bytes(4 as usize)?.into();
        if !(*self_rc.magic() == vec![0x51u8, 0x46u8, 0x49u8, 0xfbu8]) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::NotEqual, src_path: "/types/header/seq/0".to_string() }));
        }
        *self_rc.version.borrow_mut() = _io.read_u4be()?.into();
        if !( ((((*self_rc.version() as u32) == (2 as u32))) || (((*self_rc.version() as u32) == (3 as u32)))) ) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::NotAnyOf, src_path: "/types/header/seq/1".to_string() }));
        }
        *self_rc.backing_file_offset.borrow_mut() = _io.read_u8be()?.into();
        *self_rc.len_backing_file_name.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.cluster_bits.borrow_mut() = _io.read_u4be()?.into();
        if !(((*self_rc.cluster_bits() as u32) >= (9 as u32))) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::LessThan, src_path: "/types/header/seq/4".to_string() }));
        }
        if !(((*self_rc.cluster_bits() as u32) <= (21 as u32))) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::GreaterThan, src_path: "/types/header/seq/4".to_string() }));
        }
        *self_rc.size.borrow_mut() = _io.read_u8be()?.into();
        *self_rc.crypt_method.borrow_mut() = (_io.read_u4be()? as i64).try_into()?;
        *self_rc.num_l1_entries.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.l1_table_offset.borrow_mut() = _io.read_u8be()?.into();
        *self_rc.refcount_table_offset.borrow_mut() = _io.read_u8be()?.into();
        *self_rc.refcount_table_clusters.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.num_snapshots.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.snapshots_offset.borrow_mut() = _io.read_u8be()?.into();
        if ((*self_rc.version() as u32) >= (3 as u32)) {
            let t = Self::read_into::<_, Qcow2_IncompatibleFeatures>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            *self_rc.incompatible_features.borrow_mut() = t;
        }
        if ((*self_rc.version() as u32) >= (3 as u32)) {
            let t = Self::read_into::<_, Qcow2_CompatibleFeatures>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            *self_rc.compatible_features.borrow_mut() = t;
        }
        if ((*self_rc.version() as u32) >= (3 as u32)) {
            let t = Self::read_into::<_, Qcow2_AutoclearFeatures>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            *self_rc.autoclear_features.borrow_mut() = t;
        }
        if ((*self_rc.version() as u32) >= (3 as u32)) {
            *self_rc.refcount_order.borrow_mut() = _io.read_u4be()?.into();
            if !(((*self_rc.refcount_order() as u32) <= (6 as u32))) {
                return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::GreaterThan, src_path: "/types/header/seq/16".to_string() }));
            }
        }
        if ((*self_rc.version() as u32) >= (3 as u32)) {
            *self_rc.header_length.borrow_mut() = _io.read_u4be()?.into();
            if !(((*self_rc.header_length() as u32) >= (104 as u32))) {
                return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::LessThan, src_path: "/types/header/seq/17".to_string() }));
            }
        }
        if  ((((*self_rc.version() as u32) >= (3 as u32))) && (((*self_rc.header_length() as u32) > (104 as u32))))  {
            *self_rc.compression_type.borrow_mut() = (_io.read_u1()? as i64).try_into()?;
        }
        Ok(())
    }
}
impl Qcow2_Header {

    /**
     * The compression type in use (zlib when the field is absent).
     */
    pub fn effective_compression_type(
        &self
    ) -> KResult<Ref<'_, Qcow2_CompressionType>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_effective_compression_type.get() {
            return Ok(self.effective_compression_type.borrow());
        }
        self.f_effective_compression_type.set(true);
        *self.effective_compression_type.borrow_mut() = if  ((((*self.version() as u32) >= (3 as u32))) && (((*self.header_length() as u32) > (104 as u32))))  { (i64::from(&*self.compression_type()) as i64) } else { Qcow2_CompressionType::try_from(0)? };
        Ok(self.effective_compression_type.borrow())
    }
}

/**
 * "QFI" followed by 0xfb.
 */
impl Qcow2_Header {
    pub fn magic(&self) -> Ref<'_, Vec<u8>> {
        self.magic.borrow()
    }
}

/**
 * Format version, 2 or 3.
 */
impl Qcow2_Header {
    pub fn version(&self) -> Ref<'_, u32> {
        self.version.borrow()
    }
}

/**
 * Where the backing file name is stored; 0 when there is no backing file.
 */
impl Qcow2_Header {
    pub fn backing_file_offset(&self) -> Ref<'_, u64> {
        self.backing_file_offset.borrow()
    }
}

/**
 * Length of the backing file name (at most 1023 bytes).
 */
impl Qcow2_Header {
    pub fn len_backing_file_name(&self) -> Ref<'_, u32> {
        self.len_backing_file_name.borrow()
    }
}

/**
 * log2 of the cluster size. The format allows 9 (512 bytes) and up;
 * QEMU opens at most 21 (2 MiB), and so does this spec.
 */
impl Qcow2_Header {
    pub fn cluster_bits(&self) -> Ref<'_, u32> {
        self.cluster_bits.borrow()
    }
}

/**
 * Virtual disk size in bytes.
 */
impl Qcow2_Header {
    pub fn size(&self) -> Ref<'_, u64> {
        self.size.borrow()
    }
}

/**
 * How guest data is encrypted.
 */
impl Qcow2_Header {
    pub fn crypt_method(&self) -> Ref<'_, Qcow2_CryptMethod> {
        self.crypt_method.borrow()
    }
}

/**
 * Entries in the active L1 table.
 */
impl Qcow2_Header {
    pub fn num_l1_entries(&self) -> Ref<'_, u32> {
        self.num_l1_entries.borrow()
    }
}

/**
 * Where the active L1 table starts (cluster-aligned).
 */
impl Qcow2_Header {
    pub fn l1_table_offset(&self) -> Ref<'_, u64> {
        self.l1_table_offset.borrow()
    }
}

/**
 * Where the refcount table starts (cluster-aligned).
 */
impl Qcow2_Header {
    pub fn refcount_table_offset(&self) -> Ref<'_, u64> {
        self.refcount_table_offset.borrow()
    }
}

/**
 * Clusters the refcount table occupies.
 */
impl Qcow2_Header {
    pub fn refcount_table_clusters(&self) -> Ref<'_, u32> {
        self.refcount_table_clusters.borrow()
    }
}

/**
 * Entries in the snapshot table.
 */
impl Qcow2_Header {
    pub fn num_snapshots(&self) -> Ref<'_, u32> {
        self.num_snapshots.borrow()
    }
}

/**
 * Where the snapshot table starts (cluster-aligned).
 */
impl Qcow2_Header {
    pub fn snapshots_offset(&self) -> Ref<'_, u64> {
        self.snapshots_offset.borrow()
    }
}

/**
 * Features a reader must understand to open the image.
 */
impl Qcow2_Header {
    pub fn incompatible_features(&self) -> Ref<'_, OptRc<Qcow2_IncompatibleFeatures>> {
        self.incompatible_features.borrow()
    }
}

/**
 * Features a reader may ignore.
 */
impl Qcow2_Header {
    pub fn compatible_features(&self) -> Ref<'_, OptRc<Qcow2_CompatibleFeatures>> {
        self.compatible_features.borrow()
    }
}

/**
 * Features a writer that does not know them must clear.
 */
impl Qcow2_Header {
    pub fn autoclear_features(&self) -> Ref<'_, OptRc<Qcow2_AutoclearFeatures>> {
        self.autoclear_features.borrow()
    }
}

/**
 * Refcount width is 1 << refcount_order bits (0..6, so 1..64).
 */
impl Qcow2_Header {
    pub fn refcount_order(&self) -> Ref<'_, u32> {
        self.refcount_order.borrow()
    }
}

/**
 * Length of the header in bytes, a multiple of 8, at least 104.
 */
impl Qcow2_Header {
    pub fn header_length(&self) -> Ref<'_, u32> {
        self.header_length.borrow()
    }
}

/**
 * Compression of compressed clusters. Present when the header is
 * longer than 104 bytes; absent or 0 means zlib.
 */
impl Qcow2_Header {
    pub fn compression_type(&self) -> Ref<'_, Qcow2_CompressionType> {
        self.compression_type.borrow()
    }
}
impl Qcow2_Header {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One header extension.
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_HeaderExtension {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_HeaderExtensionArea>,
    pub _self: SharedType<Self>,
    type: RefCell<Qcow2_HeaderExtensionType>,
    len_data: RefCell<u32>,
    data: RefCell<Option<Qcow2_HeaderExtension_Data>>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    data_raw: RefCell<Vec<u8>>,
}
#[derive(Debug, Clone)]
pub enum Qcow2_HeaderExtension_Data {
    Qcow2_FeatureNameTable(OptRc<Qcow2_FeatureNameTable>),
    Bytes(Vec<u8>),
    Qcow2_BitmapsExtension(OptRc<Qcow2_BitmapsExtension>),
    Qcow2_StringExtension(OptRc<Qcow2_StringExtension>),
    Qcow2_FullDiskEncryptionPointer(OptRc<Qcow2_FullDiskEncryptionPointer>),
}
impl From<&Qcow2_HeaderExtension_Data> for OptRc<Qcow2_FeatureNameTable> {
    fn from(v: &Qcow2_HeaderExtension_Data) -> Self {
        if let Qcow2_HeaderExtension_Data::Qcow2_FeatureNameTable(x) = v {
            return x.clone();
        }
        panic!("expected Qcow2_HeaderExtension_Data::Qcow2_FeatureNameTable, got {:?}", v)
    }
}
impl From<OptRc<Qcow2_FeatureNameTable>> for Qcow2_HeaderExtension_Data {
    fn from(v: OptRc<Qcow2_FeatureNameTable>) -> Self {
        Self::Qcow2_FeatureNameTable(v)
    }
}
impl From<&Qcow2_HeaderExtension_Data> for Vec<u8> {
    fn from(v: &Qcow2_HeaderExtension_Data) -> Self {
        if let Qcow2_HeaderExtension_Data::Bytes(x) = v {
            return x.clone();
        }
        panic!("expected Qcow2_HeaderExtension_Data::Bytes, got {:?}", v)
    }
}
impl From<Vec<u8>> for Qcow2_HeaderExtension_Data {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(v)
    }
}
impl From<&Qcow2_HeaderExtension_Data> for OptRc<Qcow2_BitmapsExtension> {
    fn from(v: &Qcow2_HeaderExtension_Data) -> Self {
        if let Qcow2_HeaderExtension_Data::Qcow2_BitmapsExtension(x) = v {
            return x.clone();
        }
        panic!("expected Qcow2_HeaderExtension_Data::Qcow2_BitmapsExtension, got {:?}", v)
    }
}
impl From<OptRc<Qcow2_BitmapsExtension>> for Qcow2_HeaderExtension_Data {
    fn from(v: OptRc<Qcow2_BitmapsExtension>) -> Self {
        Self::Qcow2_BitmapsExtension(v)
    }
}
impl From<&Qcow2_HeaderExtension_Data> for OptRc<Qcow2_StringExtension> {
    fn from(v: &Qcow2_HeaderExtension_Data) -> Self {
        if let Qcow2_HeaderExtension_Data::Qcow2_StringExtension(x) = v {
            return x.clone();
        }
        panic!("expected Qcow2_HeaderExtension_Data::Qcow2_StringExtension, got {:?}", v)
    }
}
impl From<OptRc<Qcow2_StringExtension>> for Qcow2_HeaderExtension_Data {
    fn from(v: OptRc<Qcow2_StringExtension>) -> Self {
        Self::Qcow2_StringExtension(v)
    }
}
impl From<&Qcow2_HeaderExtension_Data> for OptRc<Qcow2_FullDiskEncryptionPointer> {
    fn from(v: &Qcow2_HeaderExtension_Data) -> Self {
        if let Qcow2_HeaderExtension_Data::Qcow2_FullDiskEncryptionPointer(x) = v {
            return x.clone();
        }
        panic!("expected Qcow2_HeaderExtension_Data::Qcow2_FullDiskEncryptionPointer, got {:?}", v)
    }
}
impl From<OptRc<Qcow2_FullDiskEncryptionPointer>> for Qcow2_HeaderExtension_Data {
    fn from(v: OptRc<Qcow2_FullDiskEncryptionPointer>) -> Self {
        Self::Qcow2_FullDiskEncryptionPointer(v)
    }
}
impl KStruct for Qcow2_HeaderExtension {
    type Root = Qcow2;
    type Parent = Qcow2_HeaderExtensionArea;

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
        *self_rc.type.borrow_mut() = (_io.read_u4be()? as i64).try_into()?;
        *self_rc.len_data.borrow_mut() = _io.read_u4be()?.into();
        match *self_rc.type() {
            Qcow2_HeaderExtensionType::BackingFileFormat => {
                *self_rc.data_raw.borrow_mut() = _io.read_bytes(*self_rc.len_data() as usize)?.into();
                let data_raw = self_rc.data_raw.borrow();
                let _t_data_raw_io = BytesReader::from(data_raw.clone());
                let t = Self::read_into::<BytesReader, Qcow2_StringExtension>(&_t_data_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.data.borrow_mut() = Some(t);
            }
            Qcow2_HeaderExtensionType::Bitmaps => {
                *self_rc.data_raw.borrow_mut() = _io.read_bytes(*self_rc.len_data() as usize)?.into();
                let data_raw = self_rc.data_raw.borrow();
                let _t_data_raw_io = BytesReader::from(data_raw.clone());
                let t = Self::read_into::<BytesReader, Qcow2_BitmapsExtension>(&_t_data_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.data.borrow_mut() = Some(t);
            }
            Qcow2_HeaderExtensionType::ExternalDataFile => {
                *self_rc.data_raw.borrow_mut() = _io.read_bytes(*self_rc.len_data() as usize)?.into();
                let data_raw = self_rc.data_raw.borrow();
                let _t_data_raw_io = BytesReader::from(data_raw.clone());
                let t = Self::read_into::<BytesReader, Qcow2_StringExtension>(&_t_data_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.data.borrow_mut() = Some(t);
            }
            Qcow2_HeaderExtensionType::FeatureNameTable => {
                *self_rc.data_raw.borrow_mut() = _io.read_bytes(*self_rc.len_data() as usize)?.into();
                let data_raw = self_rc.data_raw.borrow();
                let _t_data_raw_io = BytesReader::from(data_raw.clone());
                let t = Self::read_into::<BytesReader, Qcow2_FeatureNameTable>(&_t_data_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.data.borrow_mut() = Some(t);
            }
            Qcow2_HeaderExtensionType::FullDiskEncryption => {
                *self_rc.data_raw.borrow_mut() = _io.read_bytes(*self_rc.len_data() as usize)?.into();
                let data_raw = self_rc.data_raw.borrow();
                let _t_data_raw_io = BytesReader::from(data_raw.clone());
                let t = Self::read_into::<BytesReader, Qcow2_FullDiskEncryptionPointer>(&_t_data_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.data.borrow_mut() = Some(t);
            }
            _ => {
                *self_rc.data.borrow_mut() = Some(_io.read_bytes(*self_rc.len_data() as usize)?.into());
            }
        }
        *self_rc.padding.borrow_mut() = _io.read_bytes(modulo(((8 as i32) - (((*self_rc.len_data() as u32) % (8 as u32)) as i32)) as i64, 8 as i64) as usize)?.into();
        Ok(())
    }
}
impl Qcow2_HeaderExtension {
}

/**
 * What the extension holds (unknown types are kept as bytes).
 */
impl Qcow2_HeaderExtension {
    pub fn type(&self) -> Ref<'_, Qcow2_HeaderExtensionType> {
        self.type.borrow()
    }
}

/**
 * Length of the data, without padding.
 */
impl Qcow2_HeaderExtension {
    pub fn len_data(&self) -> Ref<'_, u32> {
        self.len_data.borrow()
    }
}

/**
 * The extension's data (raw bytes for unknown types).
 */
impl Qcow2_HeaderExtension {
    pub fn data(&self) -> Ref<'_, Option<Qcow2_HeaderExtension_Data>> {
        self.data.borrow()
    }
}

/**
 * Padding up to a multiple of 8 bytes.
 */
impl Qcow2_HeaderExtension {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl Qcow2_HeaderExtension {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl Qcow2_HeaderExtension {
    pub fn data_raw(&self) -> Ref<'_, Vec<u8>> {
        self.data_raw.borrow()
    }
}

/**
 * Header extensions, each padded to 8 bytes, until the end marker.
 * \sa https://www.qemu.org/docs/master/interop/qcow2.html#header-extensions Source
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_HeaderExtensionArea {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2>,
    pub _self: SharedType<Self>,
    extensions: RefCell<Vec<OptRc<Qcow2_HeaderExtension>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Qcow2_HeaderExtensionArea {
    type Root = Qcow2;
    type Parent = Qcow2;

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
        *self_rc.extensions.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while {
                let t = Self::read_into::<_, Qcow2_HeaderExtension>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.extensions.borrow_mut().push(t);
                let _t_extensions = self_rc.extensions.borrow();
                let _tmpa = _t_extensions.last().unwrap();
                _i += 1;
                let x = !( ((*_tmpa.type() == Qcow2_HeaderExtensionType::End) || (_io.is_eof())) );
                x
            } {}
        }
        Ok(())
    }
}
impl Qcow2_HeaderExtensionArea {
}

/**
 * The extensions, the end marker included.
 */
impl Qcow2_HeaderExtensionArea {
    pub fn extensions(&self) -> Ref<'_, Vec<OptRc<Qcow2_HeaderExtension>>> {
        self.extensions.borrow()
    }
}
impl Qcow2_HeaderExtensionArea {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The 64-bit incompatible feature bitmap: an unknown bit set means "do not open".
 * \sa https://www.qemu.org/docs/master/interop/qcow2.html#header Source
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_IncompatibleFeatures {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_Header>,
    pub _self: SharedType<Self>,
    reserved_hi: RefCell<u64>,
    reserved_lo: RefCell<u64>,
    extended_l2: RefCell<bool>,
    compression_type: RefCell<bool>,
    external_data_file: RefCell<bool>,
    corrupt: RefCell<bool>,
    dirty: RefCell<bool>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Qcow2_IncompatibleFeatures {
    type Root = Qcow2;
    type Parent = Qcow2_Header;

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
        *self_rc.reserved_hi.borrow_mut() = _io.read_bits_int_be(32)?;
        *self_rc.reserved_lo.borrow_mut() = _io.read_bits_int_be(27)?;
        *self_rc.extended_l2.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.compression_type.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.external_data_file.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.corrupt.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.dirty.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        Ok(())
    }
}
impl Qcow2_IncompatibleFeatures {
}

/**
 * Bits 63..32, not defined.
 */
impl Qcow2_IncompatibleFeatures {
    pub fn reserved_hi(&self) -> Ref<'_, u64> {
        self.reserved_hi.borrow()
    }
}

/**
 * Bits 31..5, not defined.
 */
impl Qcow2_IncompatibleFeatures {
    pub fn reserved_lo(&self) -> Ref<'_, u64> {
        self.reserved_lo.borrow()
    }
}

/**
 * Bit 4, L2 entries are 128-bit with subcluster bitmaps.
 */
impl Qcow2_IncompatibleFeatures {
    pub fn extended_l2(&self) -> Ref<'_, bool> {
        self.extended_l2.borrow()
    }
}

/**
 * Bit 3, compression_type in the header is not zlib.
 */
impl Qcow2_IncompatibleFeatures {
    pub fn compression_type(&self) -> Ref<'_, bool> {
        self.compression_type.borrow()
    }
}

/**
 * Bit 2, guest data lives in an external data file.
 */
impl Qcow2_IncompatibleFeatures {
    pub fn external_data_file(&self) -> Ref<'_, bool> {
        self.external_data_file.borrow()
    }
}

/**
 * Bit 1, metadata may be corrupt; do not write.
 */
impl Qcow2_IncompatibleFeatures {
    pub fn corrupt(&self) -> Ref<'_, bool> {
        self.corrupt.borrow()
    }
}

/**
 * Bit 0, refcounts may be stale (lazy refcounts in use when the image was last open).
 */
impl Qcow2_IncompatibleFeatures {
    pub fn dirty(&self) -> Ref<'_, bool> {
        self.dirty.borrow()
    }
}
impl Qcow2_IncompatibleFeatures {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One entry of an L1 table, pointing at an L2 table.
 * \sa https://www.qemu.org/docs/master/interop/qcow2.html#cluster-mapping Source
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_L1Entry {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    copied: RefCell<bool>,
    reserved_hi: RefCell<u64>,
    offset_hi: RefCell<u64>,
    offset_lo: RefCell<u64>,
    reserved_lo: RefCell<u64>,
    _io: RefCell<BytesReader>,
    l2_table_raw: RefCell<Vec<u8>>,
    f_l2_offset: Cell<bool>,
    l2_offset: RefCell<u64>,
    f_l2_table: Cell<bool>,
    l2_table: RefCell<OptRc<Qcow2_L2Table>>,
}
impl KStruct for Qcow2_L1Entry {
    type Root = Qcow2;
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
        *self_rc.copied.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.reserved_hi.borrow_mut() = _io.read_bits_int_be(7)?;
        *self_rc.offset_hi.borrow_mut() = _io.read_bits_int_be(24)?;
        *self_rc.offset_lo.borrow_mut() = _io.read_bits_int_be(23)?;
        *self_rc.reserved_lo.borrow_mut() = _io.read_bits_int_be(9)?;
        Ok(())
    }
}
impl Qcow2_L1Entry {

    /**
     * Host offset of the L2 table; 0 when the whole range is unallocated.
     */
    pub fn l2_offset(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_l2_offset.get() {
            return Ok(self.l2_offset.borrow());
        }
        self.f_l2_offset.set(true);
        *self.l2_offset.borrow_mut() = (((((((*self.offset_hi() as i64) as i32) * (4294967296 as i32)) as i32) + ((((*self.offset_lo() as i64) as i32) * (512 as i32)) as i32)) as u64)) as u64;
        Ok(self.l2_offset.borrow())
    }

    /**
     * The L2 table this entry points at.
     */
    pub fn l2_table(
        &self
    ) -> KResult<Ref<'_, OptRc<Qcow2_L2Table>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_l2_table.get() {
            return Ok(self.l2_table.borrow());
        }
        if ((*self.l2_offset()? as u64) != (0 as u64)) {
            let io = Clone::clone(&*_r._io());
            let _pos = io.pos();
            io.seek(*self.l2_offset()? as usize)?;
            *self.l2_table_raw.borrow_mut() = io.read_bytes(*_r.cluster_size()? as usize)?.into();
            let l2_table_raw = self.l2_table_raw.borrow();
            let _t_l2_table_raw_io = BytesReader::from(l2_table_raw.clone());
            let t = Self::read_into::<BytesReader, Qcow2_L2Table>(&_t_l2_table_raw_io, Some(self._root.clone()), Some(self._self.clone()))?.into();
            *self.l2_table.borrow_mut() = t;
            io.seek(_pos)?;
        }
        Ok(self.l2_table.borrow())
    }
}

/**
 * Bit 63, the L2 table's refcount is exactly one (only kept right in the active table).
 */
impl Qcow2_L1Entry {
    pub fn copied(&self) -> Ref<'_, bool> {
        self.copied.borrow()
    }
}

/**
 * Bits 62..56, zero.
 */
impl Qcow2_L1Entry {
    pub fn reserved_hi(&self) -> Ref<'_, u64> {
        self.reserved_hi.borrow()
    }
}

/**
 * Bits 55..32 of the L2 table offset.
 */
impl Qcow2_L1Entry {
    pub fn offset_hi(&self) -> Ref<'_, u64> {
        self.offset_hi.borrow()
    }
}

/**
 * Bits 31..9 of the L2 table offset.
 */
impl Qcow2_L1Entry {
    pub fn offset_lo(&self) -> Ref<'_, u64> {
        self.offset_lo.borrow()
    }
}

/**
 * Bits 8..0, zero.
 */
impl Qcow2_L1Entry {
    pub fn reserved_lo(&self) -> Ref<'_, u64> {
        self.reserved_lo.borrow()
    }
}
impl Qcow2_L1Entry {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl Qcow2_L1Entry {
    pub fn l2_table_raw(&self) -> Ref<'_, Vec<u8>> {
        self.l2_table_raw.borrow()
    }
}

/**
 * A 64-bit L2 entry, mapping one guest cluster. Bits 61..0 are a
 * standard or a compressed cluster descriptor, as bit 62 says; the
 * instances give the fields of the one that applies.
 * \sa https://www.qemu.org/docs/master/interop/qcow2.html#cluster-mapping Source
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_L2Entry {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    copied: RefCell<bool>,
    compressed: RefCell<bool>,
    descriptor_hi: RefCell<u64>,
    descriptor_lo: RefCell<u32>,
    _io: RefCell<BytesReader>,
    f_compressed_offset: Cell<bool>,
    compressed_offset: RefCell<u64>,
    f_compressed_shift: Cell<bool>,
    compressed_shift: RefCell<i32>,
    f_host_offset: Cell<bool>,
    host_offset: RefCell<u64>,
    f_len_compressed_max: Cell<bool>,
    len_compressed_max: RefCell<i32>,
    f_num_additional_sectors: Cell<bool>,
    num_additional_sectors: RefCell<i32>,
    f_reserved: Cell<bool>,
    reserved: RefCell<i32>,
    f_zero: Cell<bool>,
    zero: RefCell<bool>,
}
impl KStruct for Qcow2_L2Entry {
    type Root = Qcow2;
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
        *self_rc.copied.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.compressed.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.descriptor_hi.borrow_mut() = _io.read_bits_int_be(30)?;
        _io.align_to_byte()?;
        *self_rc.descriptor_lo.borrow_mut() = _io.read_u4be()?.into();
        Ok(())
    }
}
impl Qcow2_L2Entry {

    /**
     * Compressed descriptor, host byte offset of the compressed data (not aligned).
     */
    pub fn compressed_offset(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_compressed_offset.get() {
            return Ok(self.compressed_offset.borrow());
        }
        self.f_compressed_offset.set(true);
        if *self.compressed() {
            *self.compressed_offset.borrow_mut() = (((((((((*self.descriptor_hi() as i32) % (((1 as i32) << (*self.compressed_shift()? as i32)) as i32)) as i64) as i32) * (4294967296 as i32)) as i32) + ((*self.descriptor_lo() as i64) as i32)) as u64)) as u64;
        }
        Ok(self.compressed_offset.borrow())
    }

    /**
     * Low bits of `descriptor_hi` that belong to the compressed offset (the offset takes the low 70 - cluster_bits bits).
     */
    pub fn compressed_shift(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_compressed_shift.get() {
            return Ok(self.compressed_shift.borrow());
        }
        self.f_compressed_shift.set(true);
        if *self.compressed() {
            *self.compressed_shift.borrow_mut() = (((38 as u32) - (*_r.header().cluster_bits() as u32))) as i32;
        }
        Ok(self.compressed_shift.borrow())
    }

    /**
     * Standard descriptor, bits 55..9: host cluster offset (in the data
     * file when there is one); 0 when unallocated.
     */
    pub fn host_offset(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_host_offset.get() {
            return Ok(self.host_offset.borrow());
        }
        self.f_host_offset.set(true);
        if !(*self.compressed()) {
            *self.host_offset.borrow_mut() = (((((((((*self.descriptor_hi() as i32) % (16777216 as i32)) as i64) as i32) * (4294967296 as i32)) as i32) + ((((*self.descriptor_lo() as i32) - (((*self.descriptor_lo() as i32) % (512 as i32)) as i32)) as i64) as i32)) as u64)) as u64;
        }
        Ok(self.host_offset.borrow())
    }

    /**
     * Bytes from `compressed_offset` to the end of the last sector; the compressed data ends within them.
     */
    pub fn len_compressed_max(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_len_compressed_max.get() {
            return Ok(self.len_compressed_max.borrow());
        }
        self.f_len_compressed_max.set(true);
        if *self.compressed() {
            *self.len_compressed_max.borrow_mut() = ((((((((*self.num_additional_sectors()? as i64) as i64) + (1 as i64)) as i32) * (512 as i32)) as i32) - ((((*self.compressed_offset()? as i32) % (512 as i32)) as i64) as i32))) as i32;
        }
        Ok(self.len_compressed_max.borrow())
    }

    /**
     * Compressed descriptor, 512-byte sectors used after the one holding `compressed_offset`.
     */
    pub fn num_additional_sectors(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_num_additional_sectors.get() {
            return Ok(self.num_additional_sectors.borrow());
        }
        self.f_num_additional_sectors.set(true);
        if *self.compressed() {
            *self.num_additional_sectors.borrow_mut() = (((*self.descriptor_hi() as i32) >> (*self.compressed_shift()? as i32))) as i32;
        }
        Ok(self.num_additional_sectors.borrow())
    }

    /**
     * Standard descriptor, bits 61..56 and 8..1 (zero in a valid image).
     */
    pub fn reserved(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_reserved.get() {
            return Ok(self.reserved.borrow());
        }
        self.f_reserved.set(true);
        if !(*self.compressed()) {
            *self.reserved.borrow_mut() = ((((((((*self.descriptor_hi() as i32) / (16777216 as i32)) as i64) as i32) * (256 as i32)) as i32) + ((modulo(((*self.descriptor_lo() as u32) / (2 as u32)) as i64, 256 as i64) as i64) as i32))) as i32;
        }
        Ok(self.reserved.borrow())
    }

    /**
     * Standard descriptor, bit 0, the cluster reads as zeros (version 3 without extended L2 only).
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
        if !(*self.compressed()) {
            *self.zero.borrow_mut() = (((((*self.descriptor_lo() as u32) % (2 as u32)) as i32) == (1 as i32))) as bool;
        }
        Ok(self.zero.borrow())
    }
}

/**
 * Bit 63, a standard cluster whose refcount is exactly one.
 */
impl Qcow2_L2Entry {
    pub fn copied(&self) -> Ref<'_, bool> {
        self.copied.borrow()
    }
}

/**
 * Bit 62, the cluster is compressed.
 */
impl Qcow2_L2Entry {
    pub fn compressed(&self) -> Ref<'_, bool> {
        self.compressed.borrow()
    }
}

/**
 * Bits 61..32 of the cluster descriptor.
 */
impl Qcow2_L2Entry {
    pub fn descriptor_hi(&self) -> Ref<'_, u64> {
        self.descriptor_hi.borrow()
    }
}

/**
 * Bits 31..0 of the cluster descriptor.
 */
impl Qcow2_L2Entry {
    pub fn descriptor_lo(&self) -> Ref<'_, u32> {
        self.descriptor_lo.borrow()
    }
}
impl Qcow2_L2Entry {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * An L2 table, one cluster of L2 entries (standard or extended).
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_L2Table {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_L1Entry>,
    pub _self: SharedType<Self>,
    entries: RefCell<Vec<Qcow2_L2Table_Entries>>,
    _io: RefCell<BytesReader>,
}
#[derive(Debug, Clone)]
pub enum Qcow2_L2Table_Entries {
    Qcow2_L2Entry(OptRc<Qcow2_L2Entry>),
    Qcow2_ExtendedL2Entry(OptRc<Qcow2_ExtendedL2Entry>),
}
impl From<&Qcow2_L2Table_Entries> for OptRc<Qcow2_L2Entry> {
    fn from(v: &Qcow2_L2Table_Entries) -> Self {
        if let Qcow2_L2Table_Entries::Qcow2_L2Entry(x) = v {
            return x.clone();
        }
        panic!("expected Qcow2_L2Table_Entries::Qcow2_L2Entry, got {:?}", v)
    }
}
impl From<OptRc<Qcow2_L2Entry>> for Qcow2_L2Table_Entries {
    fn from(v: OptRc<Qcow2_L2Entry>) -> Self {
        Self::Qcow2_L2Entry(v)
    }
}
impl From<&Qcow2_L2Table_Entries> for OptRc<Qcow2_ExtendedL2Entry> {
    fn from(v: &Qcow2_L2Table_Entries) -> Self {
        if let Qcow2_L2Table_Entries::Qcow2_ExtendedL2Entry(x) = v {
            return x.clone();
        }
        panic!("expected Qcow2_L2Table_Entries::Qcow2_ExtendedL2Entry, got {:?}", v)
    }
}
impl From<OptRc<Qcow2_ExtendedL2Entry>> for Qcow2_L2Table_Entries {
    fn from(v: OptRc<Qcow2_ExtendedL2Entry>) -> Self {
        Self::Qcow2_ExtendedL2Entry(v)
    }
}
impl KStruct for Qcow2_L2Table {
    type Root = Qcow2;
    type Parent = Qcow2_L1Entry;

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
        *self_rc.entries.borrow_mut() = Vec::new();
        let l_entries = *_r.num_l2_entries()?;
        for _i in 0..l_entries {
            {
                let on = _r.is_extended_l2()?;
                if *on == false {
                    let t = Self::read_into::<_, Qcow2_L2Entry>(&*_io, Some(self_rc._root.clone()), None)?.into();
                    self_rc.entries.borrow_mut().push(t);
                }
                else if *on == true {
                    let t = Self::read_into::<_, Qcow2_ExtendedL2Entry>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                    self_rc.entries.borrow_mut().push(t);
                }
            }
        }
        Ok(())
    }
}
impl Qcow2_L2Table {
}

/**
 * The entries, one per guest cluster.
 */
impl Qcow2_L2Table {
    pub fn entries(&self) -> Ref<'_, Vec<Qcow2_L2Table_Entries>> {
        self.entries.borrow()
    }
}
impl Qcow2_L2Table {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One cluster of refcounts, 1 << refcount_order bits each. Refcounts
 * narrower than a byte are packed from the least significant bit of each
 * byte; wider ones are big-endian.
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_RefcountBlock {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_RefcountTableEntry>,
    pub _self: SharedType<Self>,
    packed_refcounts: RefCell<Vec<Qcow2_RefcountBlock_PackedRefcounts>>,
    refcounts_b8: RefCell<Vec<u8>>,
    refcounts_b16: RefCell<Vec<u16>>,
    refcounts_b32: RefCell<Vec<u32>>,
    refcounts_b64: RefCell<Vec<u64>>,
    _io: RefCell<BytesReader>,
}
#[derive(Debug, Clone)]
pub enum Qcow2_RefcountBlock_PackedRefcounts {
    Qcow2_RefcountByte1(OptRc<Qcow2_RefcountByte1>),
    Qcow2_RefcountByte2(OptRc<Qcow2_RefcountByte2>),
    Qcow2_RefcountByte4(OptRc<Qcow2_RefcountByte4>),
}
impl From<&Qcow2_RefcountBlock_PackedRefcounts> for OptRc<Qcow2_RefcountByte1> {
    fn from(v: &Qcow2_RefcountBlock_PackedRefcounts) -> Self {
        if let Qcow2_RefcountBlock_PackedRefcounts::Qcow2_RefcountByte1(x) = v {
            return x.clone();
        }
        panic!("expected Qcow2_RefcountBlock_PackedRefcounts::Qcow2_RefcountByte1, got {:?}", v)
    }
}
impl From<OptRc<Qcow2_RefcountByte1>> for Qcow2_RefcountBlock_PackedRefcounts {
    fn from(v: OptRc<Qcow2_RefcountByte1>) -> Self {
        Self::Qcow2_RefcountByte1(v)
    }
}
impl From<&Qcow2_RefcountBlock_PackedRefcounts> for OptRc<Qcow2_RefcountByte2> {
    fn from(v: &Qcow2_RefcountBlock_PackedRefcounts) -> Self {
        if let Qcow2_RefcountBlock_PackedRefcounts::Qcow2_RefcountByte2(x) = v {
            return x.clone();
        }
        panic!("expected Qcow2_RefcountBlock_PackedRefcounts::Qcow2_RefcountByte2, got {:?}", v)
    }
}
impl From<OptRc<Qcow2_RefcountByte2>> for Qcow2_RefcountBlock_PackedRefcounts {
    fn from(v: OptRc<Qcow2_RefcountByte2>) -> Self {
        Self::Qcow2_RefcountByte2(v)
    }
}
impl From<&Qcow2_RefcountBlock_PackedRefcounts> for OptRc<Qcow2_RefcountByte4> {
    fn from(v: &Qcow2_RefcountBlock_PackedRefcounts) -> Self {
        if let Qcow2_RefcountBlock_PackedRefcounts::Qcow2_RefcountByte4(x) = v {
            return x.clone();
        }
        panic!("expected Qcow2_RefcountBlock_PackedRefcounts::Qcow2_RefcountByte4, got {:?}", v)
    }
}
impl From<OptRc<Qcow2_RefcountByte4>> for Qcow2_RefcountBlock_PackedRefcounts {
    fn from(v: OptRc<Qcow2_RefcountByte4>) -> Self {
        Self::Qcow2_RefcountByte4(v)
    }
}
impl KStruct for Qcow2_RefcountBlock {
    type Root = Qcow2;
    type Parent = Qcow2_RefcountTableEntry;

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
        if ((*_r.refcount_order()? as u32) < (3 as u32)) {
            *self_rc.packed_refcounts.borrow_mut() = Vec::new();
            let l_packed_refcounts = *_r.cluster_size()?;
            for _i in 0..l_packed_refcounts {
                match (*_r.refcount_order()? as i32) {
                    0 => {
                        let t = Self::read_into::<_, Qcow2_RefcountByte1>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                        self_rc.packed_refcounts.borrow_mut().push(t);
                    }
                    1 => {
                        let t = Self::read_into::<_, Qcow2_RefcountByte2>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                        self_rc.packed_refcounts.borrow_mut().push(t);
                    }
                    2 => {
                        let t = Self::read_into::<_, Qcow2_RefcountByte4>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                        self_rc.packed_refcounts.borrow_mut().push(t);
                    }
                    _ => {}
                }
            }
        }
        if ((*_r.refcount_order()? as u32) == (3 as u32)) {
            *self_rc.refcounts_b8.borrow_mut() = Vec::new();
            let l_refcounts_b8 = *_r.cluster_size()?;
            for _i in 0..l_refcounts_b8 {
                self_rc.refcounts_b8.borrow_mut().push(_io.read_u1()?.into());
            }
        }
        if ((*_r.refcount_order()? as u32) == (4 as u32)) {
            *self_rc.refcounts_b16.borrow_mut() = Vec::new();
            let l_refcounts_b16 = ((*_r.cluster_size()? as i32) / (2 as i32));
            for _i in 0..l_refcounts_b16 {
                self_rc.refcounts_b16.borrow_mut().push(_io.read_u2be()?.into());
            }
        }
        if ((*_r.refcount_order()? as u32) == (5 as u32)) {
            *self_rc.refcounts_b32.borrow_mut() = Vec::new();
            let l_refcounts_b32 = ((*_r.cluster_size()? as i32) / (4 as i32));
            for _i in 0..l_refcounts_b32 {
                self_rc.refcounts_b32.borrow_mut().push(_io.read_u4be()?.into());
            }
        }
        if ((*_r.refcount_order()? as u32) == (6 as u32)) {
            *self_rc.refcounts_b64.borrow_mut() = Vec::new();
            let l_refcounts_b64 = ((*_r.cluster_size()? as i32) / (8 as i32));
            for _i in 0..l_refcounts_b64 {
                self_rc.refcounts_b64.borrow_mut().push(_io.read_u8be()?.into());
            }
        }
        Ok(())
    }
}
impl Qcow2_RefcountBlock {
}

/**
 * For 1-, 2- and 4-bit refcounts, one entry per byte, holding 8, 4 or 2 refcounts.
 */
impl Qcow2_RefcountBlock {
    pub fn packed_refcounts(&self) -> Ref<'_, Vec<Qcow2_RefcountBlock_PackedRefcounts>> {
        self.packed_refcounts.borrow()
    }
}

/**
 * 8-bit refcounts, one per host cluster.
 */
impl Qcow2_RefcountBlock {
    pub fn refcounts_b8(&self) -> Ref<'_, Vec<u8>> {
        self.refcounts_b8.borrow()
    }
}

/**
 * 16-bit refcounts (QEMU's default), one per host cluster.
 */
impl Qcow2_RefcountBlock {
    pub fn refcounts_b16(&self) -> Ref<'_, Vec<u16>> {
        self.refcounts_b16.borrow()
    }
}

/**
 * 32-bit refcounts, one per host cluster.
 */
impl Qcow2_RefcountBlock {
    pub fn refcounts_b32(&self) -> Ref<'_, Vec<u32>> {
        self.refcounts_b32.borrow()
    }
}

/**
 * 64-bit refcounts, one per host cluster (exact in JavaScript below 2^53).
 */
impl Qcow2_RefcountBlock {
    pub fn refcounts_b64(&self) -> Ref<'_, Vec<u64>> {
        self.refcounts_b64.borrow()
    }
}
impl Qcow2_RefcountBlock {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A byte of eight 1-bit refcounts, the first in the least significant bit.
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_RefcountByte1 {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_RefcountBlock>,
    pub _self: SharedType<Self>,
    refcounts: RefCell<Vec<bool>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Qcow2_RefcountByte1 {
    type Root = Qcow2;
    type Parent = Qcow2_RefcountBlock;

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
        *self_rc.refcounts.borrow_mut() = Vec::new();
        let l_refcounts = 8;
        for _i in 0..l_refcounts {
            self_rc.refcounts.borrow_mut().push(_io.read_bits_int_le(1)? != 0);
        }
        Ok(())
    }
}
impl Qcow2_RefcountByte1 {
}

/**
 * The counts, 0 or 1 (booleans in the generated code).
 */
impl Qcow2_RefcountByte1 {
    pub fn refcounts(&self) -> Ref<'_, Vec<bool>> {
        self.refcounts.borrow()
    }
}
impl Qcow2_RefcountByte1 {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A byte of four 2-bit refcounts, the first in the lowest bits.
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_RefcountByte2 {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_RefcountBlock>,
    pub _self: SharedType<Self>,
    refcounts: RefCell<Vec<u64>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Qcow2_RefcountByte2 {
    type Root = Qcow2;
    type Parent = Qcow2_RefcountBlock;

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
        *self_rc.refcounts.borrow_mut() = Vec::new();
        let l_refcounts = 4;
        for _i in 0..l_refcounts {
            self_rc.refcounts.borrow_mut().push(_io.read_bits_int_le(2)?);
        }
        Ok(())
    }
}
impl Qcow2_RefcountByte2 {
}

/**
 * The counts.
 */
impl Qcow2_RefcountByte2 {
    pub fn refcounts(&self) -> Ref<'_, Vec<u64>> {
        self.refcounts.borrow()
    }
}
impl Qcow2_RefcountByte2 {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A byte of two 4-bit refcounts, the first in the low nibble.
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_RefcountByte4 {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_RefcountBlock>,
    pub _self: SharedType<Self>,
    refcounts: RefCell<Vec<u64>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Qcow2_RefcountByte4 {
    type Root = Qcow2;
    type Parent = Qcow2_RefcountBlock;

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
        *self_rc.refcounts.borrow_mut() = Vec::new();
        let l_refcounts = 2;
        for _i in 0..l_refcounts {
            self_rc.refcounts.borrow_mut().push(_io.read_bits_int_le(4)?);
        }
        Ok(())
    }
}
impl Qcow2_RefcountByte4 {
}

/**
 * The counts.
 */
impl Qcow2_RefcountByte4 {
    pub fn refcounts(&self) -> Ref<'_, Vec<u64>> {
        self.refcounts.borrow()
    }
}
impl Qcow2_RefcountByte4 {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One entry of the refcount table, pointing at a refcount block.
 * \sa https://www.qemu.org/docs/master/interop/qcow2.html#host-cluster-management Source
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_RefcountTableEntry {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2>,
    pub _self: SharedType<Self>,
    offset_hi: RefCell<u64>,
    offset_lo: RefCell<u64>,
    reserved: RefCell<u64>,
    _io: RefCell<BytesReader>,
    refcount_block_raw: RefCell<Vec<u8>>,
    f_block_offset: Cell<bool>,
    block_offset: RefCell<u64>,
    f_refcount_block: Cell<bool>,
    refcount_block: RefCell<OptRc<Qcow2_RefcountBlock>>,
}
impl KStruct for Qcow2_RefcountTableEntry {
    type Root = Qcow2;
    type Parent = Qcow2;

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
        *self_rc.offset_hi.borrow_mut() = _io.read_bits_int_be(32)?;
        *self_rc.offset_lo.borrow_mut() = _io.read_bits_int_be(23)?;
        *self_rc.reserved.borrow_mut() = _io.read_bits_int_be(9)?;
        Ok(())
    }
}
impl Qcow2_RefcountTableEntry {

    /**
     * Host offset of the refcount block; 0 when not allocated (all its refcounts are 0).
     */
    pub fn block_offset(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_block_offset.get() {
            return Ok(self.block_offset.borrow());
        }
        self.f_block_offset.set(true);
        *self.block_offset.borrow_mut() = (((((((*self.offset_hi() as i64) as i32) * (4294967296 as i32)) as i32) + ((((*self.offset_lo() as i64) as i32) * (512 as i32)) as i32)) as u64)) as u64;
        Ok(self.block_offset.borrow())
    }

    /**
     * The refcount block.
     */
    pub fn refcount_block(
        &self
    ) -> KResult<Ref<'_, OptRc<Qcow2_RefcountBlock>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_refcount_block.get() {
            return Ok(self.refcount_block.borrow());
        }
        if ((*self.block_offset()? as u64) != (0 as u64)) {
            let io = Clone::clone(&*_r._io());
            let _pos = io.pos();
            io.seek(*self.block_offset()? as usize)?;
            *self.refcount_block_raw.borrow_mut() = io.read_bytes(*_r.cluster_size()? as usize)?.into();
            let refcount_block_raw = self.refcount_block_raw.borrow();
            let _t_refcount_block_raw_io = BytesReader::from(refcount_block_raw.clone());
            let t = Self::read_into::<BytesReader, Qcow2_RefcountBlock>(&_t_refcount_block_raw_io, Some(self._root.clone()), Some(self._self.clone()))?.into();
            *self.refcount_block.borrow_mut() = t;
            io.seek(_pos)?;
        }
        Ok(self.refcount_block.borrow())
    }
}

/**
 * Bits 63..32 of the refcount block offset.
 */
impl Qcow2_RefcountTableEntry {
    pub fn offset_hi(&self) -> Ref<'_, u64> {
        self.offset_hi.borrow()
    }
}

/**
 * Bits 31..9 of the refcount block offset.
 */
impl Qcow2_RefcountTableEntry {
    pub fn offset_lo(&self) -> Ref<'_, u64> {
        self.offset_lo.borrow()
    }
}

/**
 * Bits 8..0, zero.
 */
impl Qcow2_RefcountTableEntry {
    pub fn reserved(&self) -> Ref<'_, u64> {
        self.reserved.borrow()
    }
}
impl Qcow2_RefcountTableEntry {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl Qcow2_RefcountTableEntry {
    pub fn refcount_block_raw(&self) -> Ref<'_, Vec<u8>> {
        self.refcount_block_raw.borrow()
    }
}

/**
 * One entry of the snapshot table (variable length, padded to 8 bytes).
 * \sa https://www.qemu.org/docs/master/interop/qcow2.html#snapshots Source
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_Snapshot {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2>,
    pub _self: SharedType<Self>,
    l1_table_offset: RefCell<u64>,
    num_l1_entries: RefCell<u32>,
    len_id: RefCell<u16>,
    len_name: RefCell<u16>,
    date_sec: RefCell<u32>,
    date_nsec: RefCell<u32>,
    vm_clock_nsec: RefCell<u64>,
    vm_state_size_small: RefCell<u32>,
    len_extra_data: RefCell<u32>,
    extra_data: RefCell<OptRc<Qcow2_SnapshotExtraData>>,
    id: RefCell<Vec<u8>>,
    name: RefCell<Vec<u8>>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    extra_data_raw: RefCell<Vec<u8>>,
    f_l1_table: Cell<bool>,
    l1_table: RefCell<Vec<OptRc<Qcow2_L1Entry>>>,
    f_len_padding: Cell<bool>,
    len_padding: RefCell<i32>,
}
impl KStruct for Qcow2_Snapshot {
    type Root = Qcow2;
    type Parent = Qcow2;

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
        *self_rc.l1_table_offset.borrow_mut() = _io.read_u8be()?.into();
        *self_rc.num_l1_entries.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.len_id.borrow_mut() = _io.read_u2be()?.into();
        *self_rc.len_name.borrow_mut() = _io.read_u2be()?.into();
        *self_rc.date_sec.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.date_nsec.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.vm_clock_nsec.borrow_mut() = _io.read_u8be()?.into();
        *self_rc.vm_state_size_small.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.len_extra_data.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.extra_data_raw.borrow_mut() = _io.read_bytes(*self_rc.len_extra_data() as usize)?.into();
        let extra_data_raw = self_rc.extra_data_raw.borrow();
        let _t_extra_data_raw_io = BytesReader::from(extra_data_raw.clone());
        let t = Self::read_into::<BytesReader, Qcow2_SnapshotExtraData>(&_t_extra_data_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.extra_data.borrow_mut() = t;
        *self_rc.id.borrow_mut() = _io.read_bytes(*self_rc.len_id() as usize)?.into();
        *self_rc.name.borrow_mut() = _io.read_bytes(*self_rc.len_name() as usize)?.into();
        *self_rc.padding.borrow_mut() = _io.read_bytes(if (((*self_rc.len_padding()? as i64) as i32) <= (((*_io.size() as i32) - (_io.pos() as i32)) as i32)) { (*self_rc.len_padding()? as i64) } else { ((*_io.size() as i32) - (_io.pos() as i32)) } as usize)?.into();
        Ok(())
    }
}
impl Qcow2_Snapshot {

    /**
     * The snapshot's L1 table.
     */
    pub fn l1_table(
        &self
    ) -> KResult<Ref<'_, Vec<OptRc<Qcow2_L1Entry>>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_l1_table.get() {
            return Ok(self.l1_table.borrow());
        }
        self.f_l1_table.set(true);
        let io = Clone::clone(&*_r._io());
        let _pos = io.pos();
        io.seek(*self.l1_table_offset() as usize)?;
        *self.l1_table.borrow_mut() = Vec::new();
        let l_l1_table = *self.num_l1_entries();
        for _i in 0..l_l1_table {
            let t = Self::read_into::<BytesReader, Qcow2_L1Entry>(&io, Some(self._root.clone()), None)?.into();
            self.l1_table.borrow_mut().push(t);
        }
        io.seek(_pos)?;
        Ok(self.l1_table.borrow())
    }

    /**
     * Bytes of padding the entry should have.
     */
    pub fn len_padding(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_len_padding.get() {
            return Ok(self.len_padding.borrow());
        }
        self.f_len_padding.set(true);
        *self.len_padding.borrow_mut() = (modulo(((8 as i32) - (modulo(((((((40 as i64) + ((*self.len_extra_data() as i64) as i64)) as i32) + ((*self.len_id() as i64) as i32)) as i32) + ((*self.len_name() as i64) as i32)) as i64, 8 as i64) as i32)) as i64, 8 as i64)) as i32;
        Ok(self.len_padding.borrow())
    }
}

/**
 * Where this snapshot's L1 table starts.
 */
impl Qcow2_Snapshot {
    pub fn l1_table_offset(&self) -> Ref<'_, u64> {
        self.l1_table_offset.borrow()
    }
}

/**
 * Entries in this snapshot's L1 table.
 */
impl Qcow2_Snapshot {
    pub fn num_l1_entries(&self) -> Ref<'_, u32> {
        self.num_l1_entries.borrow()
    }
}

/**
 * Length of the unique ID string.
 */
impl Qcow2_Snapshot {
    pub fn len_id(&self) -> Ref<'_, u16> {
        self.len_id.borrow()
    }
}

/**
 * Length of the name.
 */
impl Qcow2_Snapshot {
    pub fn len_name(&self) -> Ref<'_, u16> {
        self.len_name.borrow()
    }
}

/**
 * When the snapshot was taken, seconds since the Epoch.
 */
impl Qcow2_Snapshot {
    pub fn date_sec(&self) -> Ref<'_, u32> {
        self.date_sec.borrow()
    }
}

/**
 * Nanoseconds part of that time.
 */
impl Qcow2_Snapshot {
    pub fn date_nsec(&self) -> Ref<'_, u32> {
        self.date_nsec.borrow()
    }
}

/**
 * Guest run time until the snapshot, in nanoseconds.
 */
impl Qcow2_Snapshot {
    pub fn vm_clock_nsec(&self) -> Ref<'_, u64> {
        self.vm_clock_nsec.borrow()
    }
}

/**
 * VM state size in bytes (ignored when the extra data has the 64-bit size).
 */
impl Qcow2_Snapshot {
    pub fn vm_state_size_small(&self) -> Ref<'_, u32> {
        self.vm_state_size_small.borrow()
    }
}

/**
 * Length of the extra data.
 */
impl Qcow2_Snapshot {
    pub fn len_extra_data(&self) -> Ref<'_, u32> {
        self.len_extra_data.borrow()
    }
}

/**
 * Extra data (version 3 images have at least 16 bytes).
 */
impl Qcow2_Snapshot {
    pub fn extra_data(&self) -> Ref<'_, OptRc<Qcow2_SnapshotExtraData>> {
        self.extra_data.borrow()
    }
}

/**
 * Unique ID of the snapshot (QEMU writes a decimal number). Bytes: QEMU
 * takes them as a C string (up to a NUL, if any) and never checks that
 * they are UTF-8.
 */
impl Qcow2_Snapshot {
    pub fn id(&self) -> Ref<'_, Vec<u8>> {
        self.id.borrow()
    }
}

/**
 * Name of the snapshot. Bytes: QEMU takes them as a C string (up to a
 * NUL, if any) and never checks that they are UTF-8.
 */
impl Qcow2_Snapshot {
    pub fn name(&self) -> Ref<'_, Vec<u8>> {
        self.name.borrow()
    }
}

/**
 * Padding to a multiple of 8 bytes. QEMU does not write it after the
 * last entry when the table ends the file (`qemu-img snapshot -c`
 * leaves such images), so it is as long as the file allows.
 */
impl Qcow2_Snapshot {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl Qcow2_Snapshot {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl Qcow2_Snapshot {
    pub fn extra_data_raw(&self) -> Ref<'_, Vec<u8>> {
        self.extra_data_raw.borrow()
    }
}

/**
 * The known fields of a snapshot's extra data; anything after them is kept as bytes.
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_SnapshotExtraData {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_Snapshot>,
    pub _self: SharedType<Self>,
    vm_state_size: RefCell<u64>,
    disk_size: RefCell<u64>,
    icount: RefCell<i64>,
    unknown: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Qcow2_SnapshotExtraData {
    type Root = Qcow2;
    type Parent = Qcow2_Snapshot;

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
        if ((*_io.size() as i32) >= (8 as i32)) {
            *self_rc.vm_state_size.borrow_mut() = _io.read_u8be()?.into();
        }
        if ((*_io.size() as i32) >= (16 as i32)) {
            *self_rc.disk_size.borrow_mut() = _io.read_u8be()?.into();
        }
        if ((*_io.size() as i32) >= (24 as i32)) {
            *self_rc.icount.borrow_mut() = _io.read_s8be()?.into();
        }
        *self_rc.unknown.borrow_mut() = _io.read_bytes_full()?.into();
        Ok(())
    }
}
impl Qcow2_SnapshotExtraData {
}

/**
 * VM state size in bytes (replaces the 32-bit field).
 */
impl Qcow2_SnapshotExtraData {
    pub fn vm_state_size(&self) -> Ref<'_, u64> {
        self.vm_state_size.borrow()
    }
}

/**
 * Virtual disk size when the snapshot was taken.
 */
impl Qcow2_SnapshotExtraData {
    pub fn disk_size(&self) -> Ref<'_, u64> {
        self.disk_size.borrow()
    }
}

/**
 * Record/replay instruction count at the snapshot, -1 when icount was off.
 */
impl Qcow2_SnapshotExtraData {
    pub fn icount(&self) -> Ref<'_, i64> {
        self.icount.borrow()
    }
}

/**
 * Extra data this spec does not know.
 */
impl Qcow2_SnapshotExtraData {
    pub fn unknown(&self) -> Ref<'_, Vec<u8>> {
        self.unknown.borrow()
    }
}
impl Qcow2_SnapshotExtraData {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * A string extension (backing format, data file name), not NUL-terminated.
 */

#[derive(Default, Debug, Clone)]
pub struct Qcow2_StringExtension {
    pub _root: SharedType<Qcow2>,
    pub _parent: SharedType<Qcow2_HeaderExtension>,
    pub _self: SharedType<Self>,
    value: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Qcow2_StringExtension {
    type Root = Qcow2;
    type Parent = Qcow2_HeaderExtension;

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
        *self_rc.value.borrow_mut() = _io.read_bytes_full()?.into();
        Ok(())
    }
}
impl Qcow2_StringExtension {
}

/**
 * The string's bytes. QEMU takes them as a C string (up to a NUL, if
 * any) and never checks that they are UTF-8.
 */
impl Qcow2_StringExtension {
    pub fn value(&self) -> Ref<'_, Vec<u8>> {
        self.value.borrow()
    }
}
impl Qcow2_StringExtension {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
