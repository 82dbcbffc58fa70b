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
 * LUKS version 1 keeps a disk's master key encrypted under up to eight
 * passphrases. The header (592 bytes, every number big-endian) names the
 * cipher, its mode and IV generator, and the hash used for PBKDF2 and the
 * anti-forensic splitter; it holds a PBKDF2 digest of the master key, so a
 * candidate key can be checked, and eight key slots. An active slot points
 * at its key material: the master key split into `stripes` copies by the
 * anti-forensic splitter, encrypted with a key derived from the passphrase
 * by PBKDF2 with the slot's salt and iteration count.
 * 
 * QEMU uses this header for its `luks` image format and inside qcow2 images
 * with `encrypt.format=luks`: there the qcow2 "full disk encryption header
 * pointer" extension says where the header lies, offsets in it count from
 * its first byte, and the payload offset is not used (guest data lives in
 * qcow2 clusters, each 512-byte sector encrypted with its host offset / 512
 * as the IV's sector number). Offsets of key material and payload are in
 * 512-byte sectors.
 * \sa https://gitlab.com/cryptsetup/cryptsetup/-/wikis/LUKS-standard/on-disk-format.pdf Source
 * \sa https://www.qemu.org/docs/master/interop/qcow2.html#full-disk-encryption-header-pointer Source
 */

#[derive(Default, Debug, Clone)]
pub struct Luks {
    pub _root: SharedType<Luks>,
    pub _parent: SharedType<Luks>,
    pub _self: SharedType<Self>,
    magic: RefCell<Vec<u8>>,
    version: RefCell<u16>,
    cipher_name: RefCell<String>,
    cipher_mode: RefCell<String>,
    hash_spec: RefCell<String>,
    ofs_payload: RefCell<u32>,
    len_key: RefCell<u32>,
    master_key_digest: RefCell<Vec<u8>>,
    master_key_salt: RefCell<Vec<u8>>,
    master_key_iterations: RefCell<u32>,
    uuid: RefCell<String>,
    key_slots: RefCell<Vec<OptRc<Luks_KeySlot>>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for Luks {
    type Root = Luks;
    type Parent = Luks;

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
        *self_rc.magic.borrow_mut() = _io.read_bytes(6 as usize)?.into();
        if !(*self_rc.magic() == vec![0x4cu8, 0x55u8, 0x4bu8, 0x53u8, 0xbau8, 0xbeu8]) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::NotEqual, src_path: "/seq/0".to_string() }));
        }
        *self_rc.version.borrow_mut() = _io.read_u2be()?.into();
        if !(((*self_rc.version() as u16) == (1 as u16))) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::NotEqual, src_path: "/seq/1".to_string() }));
        }
        *self_rc.cipher_name.borrow_mut() = bytes_to_str(&bytes_terminate(&_io.read_bytes(32 as usize)?.into(), 0, false).into(), "ASCII")?;
        *self_rc.cipher_mode.borrow_mut() = bytes_to_str(&bytes_terminate(&_io.read_bytes(32 as usize)?.into(), 0, false).into(), "ASCII")?;
        *self_rc.hash_spec.borrow_mut() = bytes_to_str(&bytes_terminate(&_io.read_bytes(32 as usize)?.into(), 0, false).into(), "ASCII")?;
        *self_rc.ofs_payload.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.len_key.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.master_key_digest.borrow_mut() = _io.read_bytes(20 as usize)?.into();
        *self_rc.master_key_salt.borrow_mut() = _io.read_bytes(32 as usize)?.into();
        *self_rc.master_key_iterations.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.uuid.borrow_mut() = bytes_to_str(&bytes_terminate(&_io.read_bytes(40 as usize)?.into(), 0, false).into(), "ASCII")?;
        *self_rc.key_slots.borrow_mut() = Vec::new();
        let l_key_slots = 8;
        for _i in 0..l_key_slots {
            let t = Self::read_into::<_, Luks_KeySlot>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
            self_rc.key_slots.borrow_mut().push(t);
        }
        Ok(())
    }
}
impl Luks {
}

/**
 * "LUKS" followed by 0xBA 0xBE.
 */
impl Luks {
    pub fn magic(&self) -> Ref<'_, Vec<u8>> {
        self.magic.borrow()
    }
}

/**
 * Header version; this layout is version 1 (QEMU refuses others).
 */
impl Luks {
    pub fn version(&self) -> Ref<'_, u16> {
        self.version.borrow()
    }
}

/**
 * Cipher algorithm, NUL-padded, for example "aes", "serpent", "twofish", "cast5".
 */
impl Luks {
    pub fn cipher_name(&self) -> Ref<'_, String> {
        self.cipher_name.borrow()
    }
}

/**
 * Block mode and IV generator joined by a dash, for example
 * "xts-plain64" (QEMU's default), "cbc-essiv:sha256", "cbc-plain".
 */
impl Luks {
    pub fn cipher_mode(&self) -> Ref<'_, String> {
        self.cipher_mode.borrow()
    }
}

/**
 * Hash for PBKDF2 and the anti-forensic splitter, for example "sha256" (QEMU's default) or "sha1".
 */
impl Luks {
    pub fn hash_spec(&self) -> Ref<'_, String> {
        self.hash_spec.borrow()
    }
}

/**
 * Where the encrypted payload starts, in 512-byte sectors from the header (unused inside qcow2).
 */
impl Luks {
    pub fn ofs_payload(&self) -> Ref<'_, u32> {
        self.ofs_payload.borrow()
    }
}

/**
 * Length of the master key in bytes (64 for aes-256 in XTS mode, which takes two keys).
 */
impl Luks {
    pub fn len_key(&self) -> Ref<'_, u32> {
        self.len_key.borrow()
    }
}

/**
 * The first 20 bytes of PBKDF2(master key, master_key_salt, master_key_iterations).
 */
impl Luks {
    pub fn master_key_digest(&self) -> Ref<'_, Vec<u8>> {
        self.master_key_digest.borrow()
    }
}

/**
 * Salt of the master key digest.
 */
impl Luks {
    pub fn master_key_salt(&self) -> Ref<'_, Vec<u8>> {
        self.master_key_salt.borrow()
    }
}

/**
 * PBKDF2 iterations of the master key digest.
 */
impl Luks {
    pub fn master_key_iterations(&self) -> Ref<'_, u32> {
        self.master_key_iterations.borrow()
    }
}

/**
 * The volume's UUID as text (36 characters), NUL-padded.
 */
impl Luks {
    pub fn uuid(&self) -> Ref<'_, String> {
        self.uuid.borrow()
    }
}

/**
 * The eight key slots.
 */
impl Luks {
    pub fn key_slots(&self) -> Ref<'_, Vec<OptRc<Luks_KeySlot>>> {
        self.key_slots.borrow()
    }
}
impl Luks {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum Luks_KeySlotState {
    Disabled,
    Enabled,
    Unknown(i64),
}

impl TryFrom<i64> for Luks_KeySlotState {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<Luks_KeySlotState> {
        match flag {
            57005 => Ok(Luks_KeySlotState::Disabled),
            11301363 => Ok(Luks_KeySlotState::Enabled),
            _ => Ok(Luks_KeySlotState::Unknown(flag)),
        }
    }
}

impl From<&Luks_KeySlotState> for i64 {
    fn from(v: &Luks_KeySlotState) -> Self {
        match *v {
            Luks_KeySlotState::Disabled => 57005,
            Luks_KeySlotState::Enabled => 11301363,
            Luks_KeySlotState::Unknown(v) => v
        }
    }
}

impl Default for Luks_KeySlotState {
    fn default() -> Self { Luks_KeySlotState::Unknown(0) }
}


/**
 * One passphrase's way to the master key (48 bytes).
 */

#[derive(Default, Debug, Clone)]
pub struct Luks_KeySlot {
    pub _root: SharedType<Luks>,
    pub _parent: SharedType<Luks>,
    pub _self: SharedType<Self>,
    active: RefCell<Luks_KeySlotState>,
    iterations: RefCell<u32>,
    salt: RefCell<Vec<u8>>,
    ofs_key_material: RefCell<u32>,
    stripes: RefCell<u32>,
    _io: RefCell<BytesReader>,
    f_is_active: Cell<bool>,
    is_active: RefCell<bool>,
    f_key_material: Cell<bool>,
    key_material: RefCell<Vec<u8>>,
    f_len_key_material: Cell<bool>,
    len_key_material: RefCell<i32>,
}
impl KStruct for Luks_KeySlot {
    type Root = Luks;
    type Parent = Luks;

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
        *self_rc.active.borrow_mut() = (_io.read_u4be()? as i64).try_into()?;
        *self_rc.iterations.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.salt.borrow_mut() = _io.read_bytes(32 as usize)?.into();
        *self_rc.ofs_key_material.borrow_mut() = _io.read_u4be()?.into();
        *self_rc.stripes.borrow_mut() = _io.read_u4be()?.into();
        Ok(())
    }
}
impl Luks_KeySlot {

    /**
     * The slot holds key material.
     */
    pub fn is_active(
        &self
    ) -> KResult<Ref<'_, bool>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_is_active.get() {
            return Ok(self.is_active.borrow());
        }
        self.f_is_active.set(true);
        *self.is_active.borrow_mut() = (*self.active() == Luks_KeySlotState::Enabled) as bool;
        Ok(self.is_active.borrow())
    }

    /**
     * The anti-forensically split master key, encrypted with the cipher
     * and mode of the header under the key PBKDF2 derives from the
     * passphrase; the IV counts 512-byte sectors from 0 at its start.
     */
    pub fn key_material(
        &self
    ) -> KResult<Ref<'_, Vec<u8>>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_key_material.get() {
            return Ok(self.key_material.borrow());
        }
        self.f_key_material.set(true);
        if *self.is_active()? {
            let io = Clone::clone(&*_r._io());
            let _pos = io.pos();
            io.seek((((*self.ofs_key_material() as i64) as i32) * (512 as i32)) as usize)?;
            *self.key_material.borrow_mut() = io.read_bytes(*self.len_key_material()? as usize)?.into();
            io.seek(_pos)?;
        }
        Ok(self.key_material.borrow())
    }

    /**
     * Bytes of key material (the split key, encrypted), before rounding up to a sector.
     */
    pub fn len_key_material(
        &self
    ) -> KResult<Ref<'_, i32>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_len_key_material.get() {
            return Ok(self.len_key_material.borrow());
        }
        self.f_len_key_material.set(true);
        *self.len_key_material.borrow_mut() = ((((*_r.len_key() as i64) as i64) * ((*self.stripes() as i64) as i64))) as i32;
        Ok(self.len_key_material.borrow())
    }
}

/**
 * Whether the slot holds key material (0x00AC71F3) or not (0x0000DEAD).
 */
impl Luks_KeySlot {
    pub fn active(&self) -> Ref<'_, Luks_KeySlotState> {
        self.active.borrow()
    }
}

/**
 * PBKDF2 iterations that turn the passphrase into this slot's key (0 in an inactive slot).
 */
impl Luks_KeySlot {
    pub fn iterations(&self) -> Ref<'_, u32> {
        self.iterations.borrow()
    }
}

/**
 * PBKDF2 salt of this slot.
 */
impl Luks_KeySlot {
    pub fn salt(&self) -> Ref<'_, Vec<u8>> {
        self.salt.borrow()
    }
}

/**
 * Where this slot's key material starts, in 512-byte sectors from the header.
 */
impl Luks_KeySlot {
    pub fn ofs_key_material(&self) -> Ref<'_, u32> {
        self.ofs_key_material.borrow()
    }
}

/**
 * Anti-forensic stripes the master key is split into (4000 as QEMU and cryptsetup write it).
 */
impl Luks_KeySlot {
    pub fn stripes(&self) -> Ref<'_, u32> {
        self.stripes.borrow()
    }
}
impl Luks_KeySlot {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
