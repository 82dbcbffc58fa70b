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
 * The directory of named fw_cfg items, itself the item at key 0x0019. A
 * big-endian count is followed by one 64-byte entry per file, giving the
 * file's size, the selector key to read it with, and its name. Every number
 * in it is big-endian, unlike the rest of fw_cfg.
 * 
 * Read it by selecting key 0x0019 and reading 4 bytes for the count, then
 * 64 bytes per entry. `qemuspec fw-cfg list` prints it from a running QEMU.
 * \sa https://www.qemu.org/docs/master/specs/fw_cfg.html#file-directory-key-0x0019-fw-cfg-file-dir Source
 */

#[derive(Default, Debug, Clone)]
pub struct FwCfgFileDir {
    pub _root: SharedType<FwCfgFileDir>,
    pub _parent: SharedType<FwCfgFileDir>,
    pub _self: SharedType<Self>,
    num_files: RefCell<u32>,
    files: RefCell<Vec<OptRc<FwCfgFileDir_FileEntry>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for FwCfgFileDir {
    type Root = FwCfgFileDir;
    type Parent = FwCfgFileDir;

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
        *self_rc.num_files.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.files.borrow_mut() = Vec::new();
        let l_files = *self_rc.num_files();
        for _i in 0..l_files {
            let t = Self::read_into::<_, FwCfgFileDir_FileEntry>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            self_rc.files.borrow_mut().push(t);
        }
        Ok(())
    }
}
impl FwCfgFileDir {
}

/**
 * Number of entries that follow.
 */
impl FwCfgFileDir {
    pub fn num_files(&self) -> Ref<'_, u32> {
        self.num_files.borrow()
    }
}

/**
 * One entry per named item, in the order the device lists them.
 */
impl FwCfgFileDir {
    pub fn files(&self) -> Ref<'_, Vec<OptRc<FwCfgFileDir_FileEntry>>> {
        self.files.borrow()
    }
}
impl FwCfgFileDir {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * One named item (64 bytes).
 */

#[derive(Default, Debug, Clone)]
pub struct FwCfgFileDir_FileEntry {
    pub _root: SharedType<FwCfgFileDir>,
    pub _parent: SharedType<FwCfgFileDir>,
    pub _self: SharedType<Self>,
    len_file: RefCell<u32>,
    select: RefCell<u16>,
    reserved: RefCell<u16>,
    name: RefCell<String>,
    _io: RefCell<BytesReader>,
}
impl KStruct for FwCfgFileDir_FileEntry {
    type Root = FwCfgFileDir;
    type Parent = FwCfgFileDir;

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
        *self_rc.len_file.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.select.borrow_mut() = _io.read_u2be()?.into();
        *self_rc.reserved.borrow_mut() = _io.read_u2be()?.into();
        *self_rc.name.borrow_mut() = bytes_to_str(&bytes_terminate(&_io.read_bytes(56 as usize)?.into(), 0, false).into(), "ASCII")?;
        Ok(())
    }
}
impl FwCfgFileDir_FileEntry {
}

/**
 * Size of the item in bytes.
 */
impl FwCfgFileDir_FileEntry {
    pub fn len_file(&self) -> Ref<'_, u32> {
        self.len_file.borrow()
    }
}

/**
 * Selector key that reads the item (0x0020 or above).
 */
impl FwCfgFileDir_FileEntry {
    pub fn select(&self) -> Ref<'_, u16> {
        self.select.borrow()
    }
}

/**
 * Unused; zero.
 */
impl FwCfgFileDir_FileEntry {
    pub fn reserved(&self) -> Ref<'_, u16> {
        self.reserved.borrow()
    }
}

/**
 * Item name, NUL-terminated inside the 56 bytes. Names starting
 * with "opt/" belong to users; QEMU's own items use other names.
 */
impl FwCfgFileDir_FileEntry {
    pub fn name(&self) -> Ref<'_, String> {
        self.name.borrow()
    }
}
impl FwCfgFileDir_FileEntry {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
