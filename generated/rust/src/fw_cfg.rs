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
 * fw_cfg is the device through which QEMU hands blobs to guest firmware: boot
 * order, ACPI and SMBIOS tables, kernel and initrd for direct boot, and any
 * item a user adds with `-fw_cfg name=opt/...`.
 * 
 * The guest writes a 16-bit selector key, then reads the selected item's
 * bytes one access at a time from the data register, or has the device copy
 * them into guest memory through the DMA interface (see `fw_cfg_dma_access`).
 * Items at keys 0x0020 and above are named files listed in the file
 * directory (see `fw_cfg_file_dir`).
 * 
 * This spec holds what every fw_cfg structure shares: the selector key with
 * its write and architecture bits, the names of the well-known keys, and the
 * small fixed items (signature, feature bitmap, DMA signature). Its top
 * level reads the signature item; the other types are used by name.
 * 
 * Where the registers are:
 * 
 * | platform | selector | data | DMA address |
 * |---|---|---|---|
 * | x86 (I/O ports) | port 0x510, 16-bit, little-endian | port 0x511, 8-bit | ports 0x514 (high half) and 0x518 (low half, starts the transfer), big-endian |
 * | Arm (MMIO) | base + 8, 16-bit, big-endian | base + 0, 8/16/32/64-bit, byte order of the item kept | base + 16, 64-bit, big-endian |
 * \sa https://www.qemu.org/docs/master/specs/fw_cfg.html Source
 */

#[derive(Default, Debug, Clone)]
pub struct FwCfg {
    pub _root: SharedType<FwCfg>,
    pub _parent: SharedType<FwCfg>,
    pub _self: SharedType<Self>,
    signature: RefCell<OptRc<FwCfg_SignatureItem>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for FwCfg {
    type Root = FwCfg;
    type Parent = FwCfg;

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
        let t = Self::read_into::<_, FwCfg_SignatureItem>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.signature.borrow_mut() = t;
        Ok(())
    }
}
impl FwCfg {
}

/**
 * The item at key 0x0000, read to learn whether the device is there.
 */
impl FwCfg {
    pub fn signature(&self) -> Ref<'_, OptRc<FwCfg_SignatureItem>> {
        self.signature.borrow()
    }
}
impl FwCfg {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum FwCfg_Features {

    /**
     * Bit 0 of the feature bitmap.
     */
    Traditional,

    /**
     * Bit 1 of the feature bitmap.
     */
    Dma,
    Unknown(i64),
}

impl TryFrom<i64> for FwCfg_Features {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<FwCfg_Features> {
        match flag {
            1 => Ok(FwCfg_Features::Traditional),
            2 => Ok(FwCfg_Features::Dma),
            _ => Ok(FwCfg_Features::Unknown(flag)),
        }
    }
}

impl From<&FwCfg_Features> for i64 {
    fn from(v: &FwCfg_Features) -> Self {
        match *v {
            FwCfg_Features::Traditional => 1,
            FwCfg_Features::Dma => 2,
            FwCfg_Features::Unknown(v) => v
        }
    }
}

impl Default for FwCfg_Features {
    fn default() -> Self { FwCfg_Features::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum FwCfg_Key {

    /**
     * Four bytes "QEMU".
     */
    Signature,

    /**
     * Feature bitmap (`id_item`).
     */
    Id,

    /**
     * The VM's UUID, 16 bytes.
     */
    Uuid,

    /**
     * Guest RAM size in bytes, little-endian 64-bit.
     */
    RamSize,

    /**
     * Non-zero when QEMU runs without a graphical display.
     */
    Nographic,

    /**
     * Number of CPUs present at boot, little-endian 16-bit.
     */
    NbCpus,

    /**
     * Machine identifier (used by some non-x86 boards).
     */
    MachineId,

    /**
     * Load address of a directly booted kernel.
     */
    KernelAddr,

    /**
     * Size of a directly booted kernel.
     */
    KernelSize,

    /**
     * Address of the kernel command line (legacy boards).
     */
    KernelCmdline,

    /**
     * Load address of the initrd.
     */
    InitrdAddr,

    /**
     * Size of the initrd.
     */
    InitrdSize,

    /**
     * Legacy boot device letter.
     */
    BootDevice,

    /**
     * NUMA layout (number of nodes, then per-CPU and per-node data).
     */
    Numa,

    /**
     * Non-zero when the firmware boot menu is wanted.
     */
    BootMenu,

    /**
     * Largest number of CPUs the VM may have, little-endian 16-bit.
     */
    MaxCpus,

    /**
     * Entry point of a directly booted kernel.
     */
    KernelEntry,

    /**
     * The kernel image itself.
     */
    KernelData,

    /**
     * The initrd image itself.
     */
    InitrdData,

    /**
     * Where the kernel command line is to be placed.
     */
    CmdlineAddr,

    /**
     * Length of the kernel command line including its NUL.
     */
    CmdlineSize,

    /**
     * The kernel command line text.
     */
    CmdlineData,

    /**
     * Load address of the Linux setup (real-mode) code.
     */
    SetupAddr,

    /**
     * Size of the Linux setup code.
     */
    SetupSize,

    /**
     * The Linux setup code itself.
     */
    SetupData,

    /**
     * The file directory (`fw_cfg_file_dir`).
     */
    FileDir,

    /**
     * First key used for named files; files take consecutive keys from here.
     */
    FileFirst,

    /**
     * Legacy ACPI table blob (x86).
     */
    X86AcpiTables,

    /**
     * Legacy SMBIOS entries (x86).
     */
    X86SmbiosEntries,

    /**
     * Whether IRQ0 is routed to GSI 2 (x86).
     */
    X86Irq0Override,

    /**
     * Legacy E820 reservations (x86).
     */
    X86E820Table,

    /**
     * HPET description (x86).
     */
    X86Hpet,
    Unknown(i64),
}

impl TryFrom<i64> for FwCfg_Key {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<FwCfg_Key> {
        match flag {
            0 => Ok(FwCfg_Key::Signature),
            1 => Ok(FwCfg_Key::Id),
            2 => Ok(FwCfg_Key::Uuid),
            3 => Ok(FwCfg_Key::RamSize),
            4 => Ok(FwCfg_Key::Nographic),
            5 => Ok(FwCfg_Key::NbCpus),
            6 => Ok(FwCfg_Key::MachineId),
            7 => Ok(FwCfg_Key::KernelAddr),
            8 => Ok(FwCfg_Key::KernelSize),
            9 => Ok(FwCfg_Key::KernelCmdline),
            10 => Ok(FwCfg_Key::InitrdAddr),
            11 => Ok(FwCfg_Key::InitrdSize),
            12 => Ok(FwCfg_Key::BootDevice),
            13 => Ok(FwCfg_Key::Numa),
            14 => Ok(FwCfg_Key::BootMenu),
            15 => Ok(FwCfg_Key::MaxCpus),
            16 => Ok(FwCfg_Key::KernelEntry),
            17 => Ok(FwCfg_Key::KernelData),
            18 => Ok(FwCfg_Key::InitrdData),
            19 => Ok(FwCfg_Key::CmdlineAddr),
            20 => Ok(FwCfg_Key::CmdlineSize),
            21 => Ok(FwCfg_Key::CmdlineData),
            22 => Ok(FwCfg_Key::SetupAddr),
            23 => Ok(FwCfg_Key::SetupSize),
            24 => Ok(FwCfg_Key::SetupData),
            25 => Ok(FwCfg_Key::FileDir),
            32 => Ok(FwCfg_Key::FileFirst),
            32768 => Ok(FwCfg_Key::X86AcpiTables),
            32769 => Ok(FwCfg_Key::X86SmbiosEntries),
            32770 => Ok(FwCfg_Key::X86Irq0Override),
            32771 => Ok(FwCfg_Key::X86E820Table),
            32772 => Ok(FwCfg_Key::X86Hpet),
            _ => Ok(FwCfg_Key::Unknown(flag)),
        }
    }
}

impl From<&FwCfg_Key> for i64 {
    fn from(v: &FwCfg_Key) -> Self {
        match *v {
            FwCfg_Key::Signature => 0,
            FwCfg_Key::Id => 1,
            FwCfg_Key::Uuid => 2,
            FwCfg_Key::RamSize => 3,
            FwCfg_Key::Nographic => 4,
            FwCfg_Key::NbCpus => 5,
            FwCfg_Key::MachineId => 6,
            FwCfg_Key::KernelAddr => 7,
            FwCfg_Key::KernelSize => 8,
            FwCfg_Key::KernelCmdline => 9,
            FwCfg_Key::InitrdAddr => 10,
            FwCfg_Key::InitrdSize => 11,
            FwCfg_Key::BootDevice => 12,
            FwCfg_Key::Numa => 13,
            FwCfg_Key::BootMenu => 14,
            FwCfg_Key::MaxCpus => 15,
            FwCfg_Key::KernelEntry => 16,
            FwCfg_Key::KernelData => 17,
            FwCfg_Key::InitrdData => 18,
            FwCfg_Key::CmdlineAddr => 19,
            FwCfg_Key::CmdlineSize => 20,
            FwCfg_Key::CmdlineData => 21,
            FwCfg_Key::SetupAddr => 22,
            FwCfg_Key::SetupSize => 23,
            FwCfg_Key::SetupData => 24,
            FwCfg_Key::FileDir => 25,
            FwCfg_Key::FileFirst => 32,
            FwCfg_Key::X86AcpiTables => 32768,
            FwCfg_Key::X86SmbiosEntries => 32769,
            FwCfg_Key::X86Irq0Override => 32770,
            FwCfg_Key::X86E820Table => 32771,
            FwCfg_Key::X86Hpet => 32772,
            FwCfg_Key::Unknown(v) => v
        }
    }
}

impl Default for FwCfg_Key {
    fn default() -> Self { FwCfg_Key::Unknown(0) }
}


/**
 * What the guest reads from the 8-byte DMA address register when the
 * DMA interface exists: the big-endian number 0x51454d5520434647, which
 * is the text "QEMU CFG" in memory order.
 * \sa https://www.qemu.org/docs/master/specs/fw_cfg.html#signature-key-0x0000-fw-cfg-signature Source
 */

#[derive(Default, Debug, Clone)]
pub struct FwCfg_DmaSignature {
    pub _root: SharedType<FwCfg>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    magic: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for FwCfg_DmaSignature {
    type Root = FwCfg;
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
        *self_rc.magic.borrow_mut() = _io.read_bytes(8 as usize)?.into();
        if !(*self_rc.magic() == vec![0x51u8, 0x45u8, 0x4du8, 0x55u8, 0x20u8, 0x43u8, 0x46u8, 0x47u8]) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::NotEqual, src_path: "/types/dma_signature/seq/0".to_string() }));
        }
        Ok(())
    }
}
impl FwCfg_DmaSignature {
}

/**
 * The eight bytes "QEMU CFG".
 */
impl FwCfg_DmaSignature {
    pub fn magic(&self) -> Ref<'_, Vec<u8>> {
        self.magic.borrow()
    }
}
impl FwCfg_DmaSignature {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * Item 0x0001, a 32-bit little-endian feature bitmap. Bit 0 (the
 * traditional selector/data interface) is always set; bit 1 says the
 * DMA interface is there.
 * \sa https://www.qemu.org/docs/master/specs/fw_cfg.html#revision-feature-bitmap-key-0x0001-fw-cfg-id Source
 */

#[derive(Default, Debug, Clone)]
pub struct FwCfg_IdItem {
    pub _root: SharedType<FwCfg>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    traditional: RefCell<bool>,
    dma: RefCell<bool>,
    reserved: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for FwCfg_IdItem {
    type Root = FwCfg;
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
        *self_rc.traditional.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.dma.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.reserved.borrow_mut() = _io.read_bits_int_le(30)?;
        Ok(())
    }
}
impl FwCfg_IdItem {
}

/**
 * The selector and data registers work (always set).
 */
impl FwCfg_IdItem {
    pub fn traditional(&self) -> Ref<'_, bool> {
        self.traditional.borrow()
    }
}

/**
 * The DMA address register works.
 */
impl FwCfg_IdItem {
    pub fn dma(&self) -> Ref<'_, bool> {
        self.dma.borrow()
    }
}

/**
 * Not defined; zero from QEMU.
 */
impl FwCfg_IdItem {
    pub fn reserved(&self) -> Ref<'_, u64> {
        self.reserved.borrow()
    }
}
impl FwCfg_IdItem {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The 16-bit value written to the selector register. The low 14 bits
 * index an item; bit 14 asked for write access in QEMU before 2.4 (it is
 * ignored today: writes go through DMA and each item decides whether it
 * is writable); bit 15 picks the architecture-specific item table.
 * Read as a little-endian 16-bit number (the x86 port's byte order).
 * \sa https://www.qemu.org/docs/master/specs/fw_cfg.html#selector-control-register Source
 */

#[derive(Default, Debug, Clone)]
pub struct FwCfg_SelectorKey {
    pub _root: SharedType<FwCfg>,
    pub _parent: SharedType<KStructUnit>,
    pub _self: SharedType<Self>,
    index: RefCell<u64>,
    write: RefCell<bool>,
    arch_local: RefCell<bool>,
    _io: RefCell<BytesReader>,
    f_arch_key: Cell<bool>,
    arch_key: RefCell<FwCfg_Key>,
    f_generic_key: Cell<bool>,
    generic_key: RefCell<FwCfg_Key>,
}
impl KStruct for FwCfg_SelectorKey {
    type Root = FwCfg;
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
        *self_rc.index.borrow_mut() = _io.read_bits_int_le(14)?;
        *self_rc.write.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        *self_rc.arch_local.borrow_mut() = _io.read_bits_int_le(1)? != 0;
        Ok(())
    }
}
impl FwCfg_SelectorKey {

    /**
     * The key as a well-known architecture-specific key (meaningful when `arch_local` is true).
     */
    pub fn arch_key(
        &self
    ) -> KResult<Ref<'_, FwCfg_Key>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_arch_key.get() {
            return Ok(self.arch_key.borrow());
        }
        self.f_arch_key.set(true);
        *self.arch_key.borrow_mut() = (((32768 as i32) + (*self.index() as i32)) as i64).try_into()?;
        Ok(self.arch_key.borrow())
    }

    /**
     * The index as a well-known generic key (meaningful when `arch_local` is false).
     */
    pub fn generic_key(
        &self
    ) -> KResult<Ref<'_, FwCfg_Key>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_generic_key.get() {
            return Ok(self.generic_key.borrow());
        }
        self.f_generic_key.set(true);
        *self.generic_key.borrow_mut() = (*self.index() as i64).try_into()?;
        Ok(self.generic_key.borrow())
    }
}

/**
 * Item number inside its table (0x0000..0x3fff).
 */
impl FwCfg_SelectorKey {
    pub fn index(&self) -> Ref<'_, u64> {
        self.index.borrow()
    }
}

/**
 * Historic write-mode bit (0x4000); QEMU ignores it since 2.4.
 */
impl FwCfg_SelectorKey {
    pub fn write(&self) -> Ref<'_, bool> {
        self.write.borrow()
    }
}

/**
 * Set (0x8000) for the architecture-specific table, clear for the generic one.
 */
impl FwCfg_SelectorKey {
    pub fn arch_local(&self) -> Ref<'_, bool> {
        self.arch_local.borrow()
    }
}
impl FwCfg_SelectorKey {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * Item 0x0000. Selecting it and reading four bytes from the data
 * register gives "QEMU" when the device is present.
 * \sa https://www.qemu.org/docs/master/specs/fw_cfg.html#signature-key-0x0000-fw-cfg-signature Source
 */

#[derive(Default, Debug, Clone)]
pub struct FwCfg_SignatureItem {
    pub _root: SharedType<FwCfg>,
    pub _parent: SharedType<FwCfg>,
    pub _self: SharedType<Self>,
    magic: RefCell<Vec<u8>>,
    _io: RefCell<BytesReader>,
}
impl KStruct for FwCfg_SignatureItem {
    type Root = FwCfg;
    type Parent = FwCfg;

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
        if !(*self_rc.magic() == vec![0x51u8, 0x45u8, 0x4du8, 0x55u8]) {
            return Err(KError::ValidationFailed(ValidationFailedError { kind: ValidationKind::NotEqual, src_path: "/types/signature_item/seq/0".to_string() }));
        }
        Ok(())
    }
}
impl FwCfg_SignatureItem {
}

/**
 * The four bytes "QEMU".
 */
impl FwCfg_SignatureItem {
    pub fn magic(&self) -> Ref<'_, Vec<u8>> {
        self.magic.borrow()
    }
}
impl FwCfg_SignatureItem {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
