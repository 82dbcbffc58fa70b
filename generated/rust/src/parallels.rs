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
 * A Parallels expandable image is a header, a block allocation table (BAT)
 * and a data area of fixed-size clusters. Each BAT entry maps one guest
 * cluster to a host cluster; zero means "not allocated, reads as zeros".
 * Everything is little-endian.
 * 
 * Two magics exist. "WithoutFreeSpace" images count BAT entries in 512-byte
 * sectors and use only the low 32 bits of the sector count;
 * "WithouFreSpacExt" images count BAT entries in clusters and use all 64
 * bits. An optional Format Extension cluster (pointed to by `ext_off`)
 * carries feature sections, of which QEMU knows one: dirty bitmaps.
 * 
 * Where the texts and QEMU 7.2 differ, this spec follows QEMU 7.2:
 * - `in_use` is 0x746F6E59 while a writer has the image open, and QEMU
 *   writes 0 (not 0x312E3276) when it closes the image; both 0 and
 *   0x312E3276 mean "closed".
 * - The QEMU 2.6 text gave the dirty-bitmap L1 table as "64 * l1_size bytes"
 *   holding byte offsets; QEMU (and the current text) use 8-byte entries
 *   holding offsets in 512-byte sectors, with 0 and 1 meaning "all bits
 *   clear" and "all bits set".
 * - QEMU ignores the empty-image flag when reading (guest data is what the
 *   BAT maps); QEMU's own images never set it.
 * - QEMU 7.2 reads the Format Extension only when opening read-only.
 * 
 * 64-bit values are read as two 32-bit halves and combined with
 * arithmetic (`hi * 4294967296 + lo`), so JavaScript computes the same values.
 * \sa https://www.qemu.org/docs/master/interop/parallels.html Source
 * \sa https://gitlab.com/qemu-project/qemu/-/blob/master/docs/interop/parallels.txt Source
 */

#[derive(Default, Debug, Clone)]
pub struct Parallels {
    pub _root: SharedType<Parallels>,
    pub _parent: SharedType<Parallels>,
    pub _self: SharedType<Self>,
    header: RefCell<OptRc<Parallels_Header>>,
    bat_entries: RefCell<Vec<u32>>,
    _io: RefCell<BytesReader>,
    format_extension_raw: RefCell<Vec<u8>>,
    f_bat_unit: Cell<bool>,
    bat_unit: RefCell<i32>,
    f_cluster_size: Cell<bool>,
    cluster_size: RefCell<u64>,
    f_format_extension: Cell<bool>,
    format_extension: RefCell<OptRc<Parallels_FormatExtension>>,
    f_ofs_data: Cell<bool>,
    ofs_data: RefCell<u64>,
}
impl KStruct for Parallels {
    type Root = Parallels;
    type Parent = Parallels;

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
        let t = Self::read_into::<_, Parallels_Header>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.header.borrow_mut() = t;
        *self_rc.bat_entries.borrow_mut() = Vec::new();
        let l_bat_entries = *self_rc.header().num_bat_entries();
        for _i in 0..l_bat_entries {
            self_rc.bat_entries.borrow_mut().push(_io.read_u4le()?.into());
        }
        Ok(())
    }
}
impl Parallels {

    /**
     * Bytes per unit of a BAT entry (clusters for WithouFreSpacExt, sectors for WithoutFreeSpace).
     */
    pub fn bat_unit(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_bat_unit.get() {
            return Ok(self.bat_unit.borrow());
        }
        self.f_bat_unit.set(true);
        *self.bat_unit.borrow_mut() = (if *self.header().is_ext()? { *self.cluster_size()? } else { 512 }) as i32;
        Ok(self.bat_unit.borrow())
    }

    /**
     * Bytes in a cluster (the header's `tracks` counts sectors).
     */
    pub fn cluster_size(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_cluster_size.get() {
            return Ok(self.cluster_size.borrow());
        }
        self.f_cluster_size.set(true);
        *self.cluster_size.borrow_mut() = (((((*self.header().tracks() as u64) as i32) * (512 as i32)) as u64)) as u64;
        Ok(self.cluster_size.borrow())
    }

    /**
     * The Format Extension cluster, when `ext_off` is not zero.
     */
    pub fn format_extension(
        &self
    ) -> KResult<Ref<'_, OptRc<Parallels_FormatExtension>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_format_extension.get() {
            return Ok(self.format_extension.borrow());
        }
        if ((*self.header().ofs_ext()? as u64) != (0 as u64)) {
            let _pos = _io.pos();
            _io.seek(*self.header().ofs_ext()? as usize)?;
            *self.format_extension_raw.borrow_mut() = _io.read_bytes(*self.cluster_size()? as usize)?.into();
            let format_extension_raw = self.format_extension_raw.borrow();
            let _t_format_extension_raw_io = BytesReader::from(format_extension_raw.clone());
            let t = Self::read_into::<BytesReader, Parallels_FormatExtension>(&_t_format_extension_raw_io, Some(self._root.clone()), Some(self._self.clone()))?.into();
            *self.format_extension.borrow_mut() = t;
            _io.seek(_pos)?;
        }
        Ok(self.format_extension.borrow())
    }

    /**
     * Start of the data area: `data_off` sectors, or when that is zero
     * (allowed only for WithoutFreeSpace), the end of the BAT rounded up
     * to a sector.
     */
    pub fn ofs_data(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_ofs_data.get() {
            return Ok(self.ofs_data.borrow());
        }
        self.f_ofs_data.set(true);
        *self.ofs_data.borrow_mut() = (if ((*self.header().data_off() as u32) != (0 as u32)) { ((((*self.header().data_off() as u64) as i32) * (512 as i32)) as u64) } else { (((((((((64 as i32) + (((4 as u64) * ((*self.header().num_bat_entries() as u64) as u64)) as i32)) as i32) + (511 as i32)) as i32) / (512 as i32)) as i32) * (512 as i32)) as u64) }) as u64;
        Ok(self.ofs_data.borrow())
    }
}

/**
 * The 64-byte image header.
 */
impl Parallels {
    pub fn header(&self) -> Ref<'_, OptRc<Parallels_Header>> {
        self.header.borrow()
    }
}

/**
 * The block allocation table: one entry per guest cluster, the host
 * offset in `bat_unit` bytes, or 0 for an unallocated cluster.
 */
impl Parallels {
    pub fn bat_entries(&self) -> Ref<'_, Vec<u32>> {
        self.bat_entries.borrow()
    }
}
impl Parallels {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl Parallels {
    pub fn format_extension_raw(&self) -> Ref<'_, Vec<u8>> {
        self.format_extension_raw.borrow()
    }
}

/**
 * A dirty bitmap stored in the image.
 */

#[derive(Default, Debug, Clone)]
pub struct Parallels_DirtyBitmap {
    pub _root: SharedType<Parallels>,
    pub _parent: SharedType<Parallels_Feature>,
    pub _self: SharedType<Self>,
    num_sectors_lo: RefCell<u32>,
    num_sectors_hi: RefCell<u32>,
    id: RefCell<Vec<u8>>,
    granularity: RefCell<u32>,
    num_l1_entries: RefCell<u32>,
    l1_entries: RefCell<Vec<OptRc<Parallels_L1Entry>>>,
    _io: RefCell<BytesReader>,
    f_num_sectors: Cell<bool>,
    num_sectors: RefCell<u64>,
}
impl KStruct for Parallels_DirtyBitmap {
    type Root = Parallels;
    type Parent = Parallels_Feature;

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
        *self_rc.num_sectors_lo.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.num_sectors_hi.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.id.borrow_mut() = _io.read_bytes(16 as usize)?.into();
        *self_rc.granularity.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.num_l1_entries.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.l1_entries.borrow_mut() = Vec::new();
        let l_l1_entries = *self_rc.num_l1_entries();
        for _i in 0..l_l1_entries {
            let t = Self::read_into::<_, Parallels_L1Entry>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            self_rc.l1_entries.borrow_mut().push(t);
        }
        Ok(())
    }
}
impl Parallels_DirtyBitmap {

    /**
     * Bitmap size in sectors.
     */
    pub fn num_sectors(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_num_sectors.get() {
            return Ok(self.num_sectors.borrow());
        }
        self.f_num_sectors.set(true);
        *self.num_sectors.borrow_mut() = (((((((*self.num_sectors_hi() as i64) as i32) * (4294967296 as i32)) as i32) + ((*self.num_sectors_lo() as i64) as i32)) as u64)) as u64;
        Ok(self.num_sectors.borrow())
    }
}

/**
 * Low half of the bitmap size in sectors (the disk size).
 */
impl Parallels_DirtyBitmap {
    pub fn num_sectors_lo(&self) -> Ref<'_, u32> {
        self.num_sectors_lo.borrow()
    }
}

/**
 * High half of the bitmap size in sectors.
 */
impl Parallels_DirtyBitmap {
    pub fn num_sectors_hi(&self) -> Ref<'_, u32> {
        self.num_sectors_hi.borrow()
    }
}

/**
 * Identifier for backup consistency checks (QEMU names the bitmap after it).
 */
impl Parallels_DirtyBitmap {
    pub fn id(&self) -> Ref<'_, Vec<u8>> {
        self.id.borrow()
    }
}

/**
 * Sectors per bit, a power of two.
 */
impl Parallels_DirtyBitmap {
    pub fn granularity(&self) -> Ref<'_, u32> {
        self.granularity.borrow()
    }
}

/**
 * Number of L1 table entries.
 */
impl Parallels_DirtyBitmap {
    pub fn num_l1_entries(&self) -> Ref<'_, u32> {
        self.num_l1_entries.borrow()
    }
}

/**
 * One entry per cluster of bitmap data.
 */
impl Parallels_DirtyBitmap {
    pub fn l1_entries(&self) -> Ref<'_, Vec<OptRc<Parallels_L1Entry>>> {
        self.l1_entries.borrow()
    }
}
impl Parallels_DirtyBitmap {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One feature section, padded to 8 bytes.
 */

#[derive(Default, Debug, Clone)]
pub struct Parallels_Feature {
    pub _root: SharedType<Parallels>,
    pub _parent: SharedType<Parallels_FormatExtension>,
    pub _self: SharedType<Self>,
    magic_lo: RefCell<u32>,
    magic_hi: RefCell<u32>,
    flags_lo: RefCell<u32>,
    flags_hi: RefCell<u32>,
    len_data: RefCell<u32>,
    reserved: RefCell<u32>,
    data: RefCell<Option<Parallels_Feature_Data>>,
    padding: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
    data_raw: RefCell<Vec<u8>>,
    f_is_dirty_bitmap: Cell<bool>,
    is_dirty_bitmap: RefCell<bool>,
    f_is_end: Cell<bool>,
    is_end: RefCell<bool>,
    f_is_necessary: Cell<bool>,
    is_necessary: RefCell<bool>,
    f_is_transit: Cell<bool>,
    is_transit: RefCell<bool>,
}
#[derive(Debug, Clone)]
pub enum Parallels_Feature_Data {
    Parallels_DirtyBitmap(OptRc<Parallels_DirtyBitmap>),
    Bytes(Vec<u8>),
}
impl From<&Parallels_Feature_Data> for OptRc<Parallels_DirtyBitmap> {
    fn from(v: &Parallels_Feature_Data) -> Self {
        if let Parallels_Feature_Data::Parallels_DirtyBitmap(x) = v {
            return x.clone();
        }
        panic!("expected Parallels_Feature_Data::Parallels_DirtyBitmap, got {:?}", v)
    }
}
impl From<OptRc<Parallels_DirtyBitmap>> for Parallels_Feature_Data {
    fn from(v: OptRc<Parallels_DirtyBitmap>) -> Self {
        Self::Parallels_DirtyBitmap(v)
    }
}
impl From<&Parallels_Feature_Data> for Vec<u8> {
    fn from(v: &Parallels_Feature_Data) -> Self {
        if let Parallels_Feature_Data::Bytes(x) = v {
            return x.clone();
        }
        panic!("expected Parallels_Feature_Data::Bytes, got {:?}", v)
    }
}
impl From<Vec<u8>> for Parallels_Feature_Data {
    fn from(v: Vec<u8>) -> Self {
        Self::Bytes(v)
    }
}
impl KStruct for Parallels_Feature {
    type Root = Parallels;
    type Parent = Parallels_FormatExtension;

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
        *self_rc.magic_lo.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.magic_hi.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.flags_lo.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.flags_hi.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.len_data.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.reserved.borrow_mut() = _io.read_u4le()?.into();
        {
            let on = self_rc.is_dirty_bitmap()?;
            if *on == true {
                *self_rc.data_raw.borrow_mut() = _io.read_bytes(*self_rc.len_data() as usize)?.into();
                let data_raw = self_rc.data_raw.borrow();
                let _t_data_raw_io = BytesReader::from(data_raw.clone());
                let t = Self::read_into::<BytesReader, Parallels_DirtyBitmap>(&_t_data_raw_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.data.borrow_mut() = Some(t);
            }
            else {
                *self_rc.data.borrow_mut() = Some(_io.read_bytes(*self_rc.len_data() as usize)?.into());
            }
        }
        *self_rc.padding.borrow_mut() = _io.read_bytes(modulo(((8 as i32) - (((*self_rc.len_data() as u32) % (8 as u32)) as i32)) as i64, 8 as i64) as usize)?.into();
        Ok(())
    }
}
impl Parallels_Feature {

    /**
     * The dirty bitmap feature (magic 0x20385FAE252CB34A).
     */
    pub fn is_dirty_bitmap(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_is_dirty_bitmap.get() {
            return Ok(self.is_dirty_bitmap.borrow());
        }
        self.f_is_dirty_bitmap.set(true);
        *self.is_dirty_bitmap.borrow_mut() = ( ((((*self.magic_hi() as i32) == (540565422 as i32))) && (((*self.magic_lo() as i32) == (623686474 as i32)))) ) as bool;
        Ok(self.is_dirty_bitmap.borrow())
    }

    /**
     * The "end of features" section.
     */
    pub fn is_end(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_is_end.get() {
            return Ok(self.is_end.borrow());
        }
        self.f_is_end.set(true);
        *self.is_end.borrow_mut() = ( ((((*self.magic_lo() as u32) == (0 as u32))) && (((*self.magic_hi() as u32) == (0 as u32)))) ) as bool;
        Ok(self.is_end.borrow())
    }

    /**
     * Software that cannot load this feature must not change the file.
     */
    pub fn is_necessary(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_is_necessary.get() {
            return Ok(self.is_necessary.borrow());
        }
        self.f_is_necessary.set(true);
        *self.is_necessary.borrow_mut() = (((((*self.flags_lo() as u32) % (2 as u32)) as i32) == (1 as i32))) as bool;
        Ok(self.is_necessary.borrow())
    }

    /**
     * Software that does not know this feature keeps it as it is.
     */
    pub fn is_transit(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_is_transit.get() {
            return Ok(self.is_transit.borrow());
        }
        self.f_is_transit.set(true);
        *self.is_transit.borrow_mut() = (((modulo(((*self.flags_lo() as u32) / (2 as u32)) as i64, 2 as i64) as i32) == (1 as i32))) as bool;
        Ok(self.is_transit.borrow())
    }
}

/**
 * Low half of the feature's magic.
 */
impl Parallels_Feature {
    pub fn magic_lo(&self) -> Ref<'_, u32> {
        self.magic_lo.borrow()
    }
}

/**
 * High half of the feature's magic.
 */
impl Parallels_Feature {
    pub fn magic_hi(&self) -> Ref<'_, u32> {
        self.magic_hi.borrow()
    }
}

/**
 * Low half of the flags; bit 0 NECESSARY, bit 1 TRANSIT.
 */
impl Parallels_Feature {
    pub fn flags_lo(&self) -> Ref<'_, u32> {
        self.flags_lo.borrow()
    }
}

/**
 * High half of the flags (unused).
 */
impl Parallels_Feature {
    pub fn flags_hi(&self) -> Ref<'_, u32> {
        self.flags_hi.borrow()
    }
}

/**
 * Bytes of feature data.
 */
impl Parallels_Feature {
    pub fn len_data(&self) -> Ref<'_, u32> {
        self.len_data.borrow()
    }
}

/**
 * Unused, keeps the header 8-byte aligned.
 */
impl Parallels_Feature {
    pub fn reserved(&self) -> Ref<'_, u32> {
        self.reserved.borrow()
    }
}

/**
 * The feature data.
 */
impl Parallels_Feature {
    pub fn data(&self) -> Ref<'_, Option<Parallels_Feature_Data>> {
        self.data.borrow()
    }
}

/**
 * Padding to the next 8-byte boundary.
 */
impl Parallels_Feature {
    pub fn padding(&self) -> Ref<'_, Vec<u8>> {
        self.padding.borrow()
    }
}
impl Parallels_Feature {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
impl Parallels_Feature {
    pub fn data_raw(&self) -> Ref<'_, Vec<u8>> {
        self.data_raw.borrow()
    }
}

/**
 * The Format Extension cluster.
 */

#[derive(Default, Debug, Clone)]
pub struct Parallels_FormatExtension {
    pub _root: SharedType<Parallels>,
    pub _parent: SharedType<Parallels>,
    pub _self: SharedType<Self>,
    magic: RefCell<Vec<u8>>,
    checksum: RefCell<Vec<u8>>,
    features: RefCell<Vec<OptRc<Parallels_Feature>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Parallels_FormatExtension {
    type Root = Parallels;
    type Parent = Parallels;

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
        *self_rc.magic.borrow_mut() = _io.read_bytes(8 as usize)?.into();
        if !(*self_rc.magic() == vec![0x87u8, 0xeau8, 0xdcu8, 0x23u8, 0xefu8, 0x4cu8, 0x23u8, 0xabu8]) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::NotEqual, src_path: "/types/format_extension/seq/0".to_string() }));
        }
        *self_rc.checksum.borrow_mut() = _io.read_bytes(16 as usize)?.into();
        *self_rc.features.borrow_mut() = Vec::new();
        {
            let mut _i = 0;
            while {
                let t = Self::read_into::<_, Parallels_Feature>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                self_rc.features.borrow_mut().push(t);
                let _t_features = self_rc.features.borrow();
                let _tmpa = _t_features.last().unwrap();
                _i += 1;
                let x = !(*_tmpa.is_end()?);
                x
            } {}
        }
        Ok(())
    }
}
impl Parallels_FormatExtension {
}

/**
 * 0xAB234CEF23DCEA87, little-endian.
 */
impl Parallels_FormatExtension {
    pub fn magic(&self) -> Ref<'_, Vec<u8>> {
        self.magic.borrow()
    }
}

/**
 * MD5 of the whole cluster after its first 24 bytes.
 */
impl Parallels_FormatExtension {
    pub fn checksum(&self) -> Ref<'_, Vec<u8>> {
        self.checksum.borrow()
    }
}

/**
 * Feature sections; the last is the all-zero "end of features".
 */
impl Parallels_FormatExtension {
    pub fn features(&self) -> Ref<'_, Vec<OptRc<Parallels_Feature>>> {
        self.features.borrow()
    }
}
impl Parallels_FormatExtension {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The header at the start of the file.
 */

#[derive(Default, Debug, Clone)]
pub struct Parallels_Header {
    pub _root: SharedType<Parallels>,
    pub _parent: SharedType<Parallels>,
    pub _self: SharedType<Self>,
    magic_start: RefCell<Vec<u8>>,
    magic_end: RefCell<String>,
    version: RefCell<u32>,
    heads: RefCell<u32>,
    cylinders: RefCell<u32>,
    tracks: RefCell<u32>,
    num_bat_entries: RefCell<u32>,
    num_sectors_lo: RefCell<u32>,
    num_sectors_hi: RefCell<u32>,
    in_use: RefCell<Parallels_Header_InUse>,
    data_off: RefCell<u32>,
    flags: RefCell<u32>,
    ext_off_lo: RefCell<u32>,
    ext_off_hi: RefCell<u32>,
    _io: RefCell<BytesReader>,
    f_is_empty: Cell<bool>,
    is_empty: RefCell<bool>,
    f_is_ext: Cell<bool>,
    is_ext: RefCell<bool>,
    f_num_sectors: Cell<bool>,
    num_sectors: RefCell<u64>,
    f_ofs_ext: Cell<bool>,
    ofs_ext: RefCell<u64>,
}
impl KStruct for Parallels_Header {
    type Root = Parallels;
    type Parent = Parallels;

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
        *self_rc.magic_start.borrow_mut() = _io.read_bytes(6 as usize)?.into();
        if !(*self_rc.magic_start() == vec![0x57u8, 0x69u8, 0x74u8, 0x68u8, 0x6fu8, 0x75u8]) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::NotEqual, src_path: "/types/header/seq/0".to_string() }));
        }
        *self_rc.magic_end.borrow_mut() = bytes_to_str(&_io.read_bytes(10 as usize)?.into(), "ASCII")?;
        if !( ((*self_rc.magic_end() == "tFreeSpace".to_string()) || (*self_rc.magic_end() == "FreSpacExt".to_string())) ) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::NotAnyOf, src_path: "/types/header/seq/1".to_string() }));
        }
        *self_rc.version.borrow_mut() = _io.read_u4le()?.into();
        if !(((*self_rc.version() as u32) == (2 as u32))) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::NotEqual, src_path: "/types/header/seq/2".to_string() }));
        }
        *self_rc.heads.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.cylinders.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.tracks.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.num_bat_entries.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.num_sectors_lo.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.num_sectors_hi.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.in_use.borrow_mut() = (_io.read_u4le()? as i64).try_into()?;
        *self_rc.data_off.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.flags.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.ext_off_lo.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.ext_off_hi.borrow_mut() = _io.read_u4le()?.into();
        Ok(())
    }
}
impl Parallels_Header {

    /**
     * The empty-image flag.
     */
    pub fn is_empty(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_is_empty.get() {
            return Ok(self.is_empty.borrow());
        }
        self.f_is_empty.set(true);
        *self.is_empty.borrow_mut() = (((((*self.flags() as u32) % (2 as u32)) as i32) == (1 as i32))) as bool;
        Ok(self.is_empty.borrow())
    }

    /**
     * The newer magic, with BAT entries in clusters and a 64-bit sector count.
     */
    pub fn is_ext(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_is_ext.get() {
            return Ok(self.is_ext.borrow());
        }
        self.f_is_ext.set(true);
        *self.is_ext.borrow_mut() = (*self.magic_end() == "FreSpacExt".to_string()) as bool;
        Ok(self.is_ext.borrow())
    }

    /**
     * The disk size in sectors (only the low half counts for WithoutFreeSpace).
     */
    pub fn num_sectors(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_num_sectors.get() {
            return Ok(self.num_sectors.borrow());
        }
        self.f_num_sectors.set(true);
        *self.num_sectors.borrow_mut() = (if *self.is_ext()? { ((((((*self.num_sectors_hi() as i64) as i32) * (4294967296 as i32)) as i32) + ((*self.num_sectors_lo() as i64) as i32)) as u64) } else { (*self.num_sectors_lo() as u64) }) as u64;
        Ok(self.num_sectors.borrow())
    }

    /**
     * Byte offset of the Format Extension cluster, or 0.
     */
    pub fn ofs_ext(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_ofs_ext.get() {
            return Ok(self.ofs_ext.borrow());
        }
        self.f_ofs_ext.set(true);
        *self.ofs_ext.borrow_mut() = (((((((((*self.ext_off_hi() as i64) as i32) * (4294967296 as i32)) as i32) + ((*self.ext_off_lo() as i64) as i32)) as i32) * (512 as i32)) as u64)) as u64;
        Ok(self.ofs_ext.borrow())
    }
}

/**
 * The first 6 bytes both magics share (what identifies the format).
 */
impl Parallels_Header {
    pub fn magic_start(&self) -> Ref<'_, Vec<u8>> {
        self.magic_start.borrow()
    }
}

/**
 * The rest of the 16-byte magic: "WithoutFreeSpace" (BAT entries in
 * sectors) or "WithouFreSpacExt" (BAT entries in clusters).
 */
impl Parallels_Header {
    pub fn magic_end(&self) -> Ref<'_, String> {
        self.magic_end.borrow()
    }
}

/**
 * Format version, always 2.
 */
impl Parallels_Header {
    pub fn version(&self) -> Ref<'_, u32> {
        self.version.borrow()
    }
}

/**
 * Guest disk geometry (heads); QEMU writes 16.
 */
impl Parallels_Header {
    pub fn heads(&self) -> Ref<'_, u32> {
        self.heads.borrow()
    }
}

/**
 * Guest disk geometry (cylinders); QEMU writes sectors / (16 * 32).
 */
impl Parallels_Header {
    pub fn cylinders(&self) -> Ref<'_, u32> {
        self.cylinders.borrow()
    }
}

/**
 * Cluster size in 512-byte sectors (QEMU refuses zero).
 */
impl Parallels_Header {
    pub fn tracks(&self) -> Ref<'_, u32> {
        self.tracks.borrow()
    }
}

/**
 * Number of BAT entries, the disk size in clusters.
 */
impl Parallels_Header {
    pub fn num_bat_entries(&self) -> Ref<'_, u32> {
        self.num_bat_entries.borrow()
    }
}

/**
 * Low half of the disk size in sectors.
 */
impl Parallels_Header {
    pub fn num_sectors_lo(&self) -> Ref<'_, u32> {
        self.num_sectors_lo.borrow()
    }
}

/**
 * High half of the disk size in sectors (must be 0, and is ignored, for WithoutFreeSpace).
 */
impl Parallels_Header {
    pub fn num_sectors_hi(&self) -> Ref<'_, u32> {
        self.num_sectors_hi.borrow()
    }
}

/**
 * Whether a writer has the image open.
 */
impl Parallels_Header {
    pub fn in_use(&self) -> Ref<'_, Parallels_Header_InUse> {
        self.in_use.borrow()
    }
}

/**
 * Start of the data area in sectors; 0 means "after the BAT" (WithoutFreeSpace only).
 */
impl Parallels_Header {
    pub fn data_off(&self) -> Ref<'_, u32> {
        self.data_off.borrow()
    }
}

/**
 * Bit 0 is the empty-image flag; the other bits are unused.
 */
impl Parallels_Header {
    pub fn flags(&self) -> Ref<'_, u32> {
        self.flags.borrow()
    }
}

/**
 * Low half of the Format Extension offset in sectors (0 = none).
 */
impl Parallels_Header {
    pub fn ext_off_lo(&self) -> Ref<'_, u32> {
        self.ext_off_lo.borrow()
    }
}

/**
 * High half of the Format Extension offset in sectors.
 */
impl Parallels_Header {
    pub fn ext_off_hi(&self) -> Ref<'_, u32> {
        self.ext_off_hi.borrow()
    }
}
impl Parallels_Header {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum Parallels_Header_InUse {

    /**
     * Closed, or last written by software without Format Extension support (QEMU writes this on close).
     */
    OldClosed,

    /**
     * Closed ("v2.1").
     */
    Closed,

    /**
     * Opened for writing ("Ynot"); the image was not closed cleanly if seen while no writer runs.
     */
    Open,
    Unknown(i64),
}

impl TryFrom<i64> for Parallels_Header_InUse {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Parallels_Header_InUse> {
        match flag {
            0 => Ok(Parallels_Header_InUse::OldClosed),
            825111158 => Ok(Parallels_Header_InUse::Closed),
            1953459801 => Ok(Parallels_Header_InUse::Open),
            _ => Ok(Parallels_Header_InUse::Unknown(flag)),
        }
    }
}

impl From<&Parallels_Header_InUse> for i64 {
    fn from(v: &Parallels_Header_InUse) -> Self {
        match *v {
            Parallels_Header_InUse::OldClosed => 0,
            Parallels_Header_InUse::Closed => 825111158,
            Parallels_Header_InUse::Open => 1953459801,
            Parallels_Header_InUse::Unknown(v) => v
        }
    }
}

impl Default for Parallels_Header_InUse {
    fn default() -> Self { Parallels_Header_InUse::Unknown(0) }
}


/**
 * An L1 entry of a dirty bitmap (QEMU's 8-byte, sector-unit form).
 */

#[derive(Default, Debug, Clone)]
pub struct Parallels_L1Entry {
    pub _root: SharedType<Parallels>,
    pub _parent: SharedType<Parallels_DirtyBitmap>,
    pub _self: SharedType<Self>,
    lo: RefCell<u32>,
    hi: RefCell<u32>,
    _io: RefCell<BytesReader>,
    f_is_all_ones: Cell<bool>,
    is_all_ones: RefCell<bool>,
    f_is_all_zeros: Cell<bool>,
    is_all_zeros: RefCell<bool>,
    f_ofs_cluster: Cell<bool>,
    ofs_cluster: RefCell<u64>,
    f_value: Cell<bool>,
    value: RefCell<u64>,
}
impl KStruct for Parallels_L1Entry {
    type Root = Parallels;
    type Parent = Parallels_DirtyBitmap;

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
        *self_rc.lo.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.hi.borrow_mut() = _io.read_u4le()?.into();
        Ok(())
    }
}
impl Parallels_L1Entry {

    /**
     * Every bit of this bitmap cluster is set.
     */
    pub fn is_all_ones(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_is_all_ones.get() {
            return Ok(self.is_all_ones.borrow());
        }
        self.f_is_all_ones.set(true);
        *self.is_all_ones.borrow_mut() = (((*self.value()? as u64) == (1 as u64))) as bool;
        Ok(self.is_all_ones.borrow())
    }

    /**
     * Every bit of this bitmap cluster is clear.
     */
    pub fn is_all_zeros(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_is_all_zeros.get() {
            return Ok(self.is_all_zeros.borrow());
        }
        self.f_is_all_zeros.set(true);
        *self.is_all_zeros.borrow_mut() = (((*self.value()? as u64) == (0 as u64))) as bool;
        Ok(self.is_all_zeros.borrow())
    }

    /**
     * Byte offset of the bitmap data cluster, when stored.
     */
    pub fn ofs_cluster(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_ofs_cluster.get() {
            return Ok(self.ofs_cluster.borrow());
        }
        self.f_ofs_cluster.set(true);
        *self.ofs_cluster.borrow_mut() = (if ((*self.value()? as u64) > (1 as u64)) { (((*self.value()? as i32) * (512 as i32)) as u64) } else { (0 as u64) }) as u64;
        Ok(self.ofs_cluster.borrow())
    }

    /**
     * The entry.
     */
    pub fn value(
        &self
    ) -> KResult<Ref<'_, u64>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_value.get() {
            return Ok(self.value.borrow());
        }
        self.f_value.set(true);
        *self.value.borrow_mut() = (((((((*self.hi() as i64) as i32) * (4294967296 as i32)) as i32) + ((*self.lo() as i64) as i32)) as u64)) as u64;
        Ok(self.value.borrow())
    }
}

/**
 * Low half of the entry.
 */
impl Parallels_L1Entry {
    pub fn lo(&self) -> Ref<'_, u32> {
        self.lo.borrow()
    }
}

/**
 * High half of the entry.
 */
impl Parallels_L1Entry {
    pub fn hi(&self) -> Ref<'_, u32> {
        self.hi.borrow()
    }
}
impl Parallels_L1Entry {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
