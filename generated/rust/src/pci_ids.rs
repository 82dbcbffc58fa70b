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
 * Red Hat gives part of its PCI ID space to QEMU's virtual devices: vendor
 * 0x1af4 (the former Qumranet ID; virtio, ivshmem, and the subsystem ID
 * 0x1100 of devices that copy real hardware) and vendor 0x1b36 (QEMU's own
 * devices). This spec names every ID the QEMU PCI ID document assigns, and
 * reads the first 64 bytes of a device's PCI configuration space (type 0 or
 * type 1 header, little-endian) so that a config space dump shows the names.
 * 
 * Virtio devices come in two forms: transitional ones keep the legacy device
 * ID 0x1000..0x103f (and carry the virtio device ID as their subsystem ID);
 * modern ones use 0x1040 plus the virtio device ID. 0x10f0..0x10ff are free
 * for experiments that never leave the lab.
 * \sa https://www.qemu.org/docs/master/specs/pci-ids.html Source
 * \sa https://github.com/qemu/qemu/blob/master/docs/specs/pci-ids.rst Source
 */

#[derive(Default, Debug, Clone)]
pub struct PciIds {
    pub _root: SharedType<PciIds>,
    pub _parent: SharedType<PciIds>,
    pub _self: SharedType<Self>,
    vendor_id: RefCell<PciIds_Vendor>,
    device_id: RefCell<u16>,
    command: RefCell<u16>,
    status: RefCell<u16>,
    revision_id: RefCell<u8>,
    prog_if: RefCell<u8>,
    subclass: RefCell<u8>,
    class_code: RefCell<u8>,
    cache_line_size: RefCell<u8>,
    latency_timer: RefCell<u8>,
    header_type: RefCell<OptRc<PciIds_HeaderType>>,
    bist: RefCell<u8>,
    header: RefCell<Option<PciIds_Header>>,
    _io: RefCell<BytesReader>,
    f_qemu_device: Cell<bool>,
    qemu_device: RefCell<PciIds_Device1af4>,
    f_qemu_own_device: Cell<bool>,
    qemu_own_device: RefCell<PciIds_Device1b36>,
    f_virtio_device: Cell<bool>,
    virtio_device: RefCell<PciIds_VirtioDevice>,
}
#[derive(Debug, Clone)]
pub enum PciIds_Header {
    PciIds_GeneralHeader(OptRc<PciIds_GeneralHeader>),
    PciIds_BridgeHeader(OptRc<PciIds_BridgeHeader>),
}
impl From<&PciIds_Header> for OptRc<PciIds_GeneralHeader> {
    fn from(v: &PciIds_Header) -> Self {
        if let PciIds_Header::PciIds_GeneralHeader(x) = v {
            return x.clone();
        }
        panic!("expected PciIds_Header::PciIds_GeneralHeader, got {:?}", v)
    }
}
impl From<OptRc<PciIds_GeneralHeader>> for PciIds_Header {
    fn from(v: OptRc<PciIds_GeneralHeader>) -> Self {
        Self::PciIds_GeneralHeader(v)
    }
}
impl From<&PciIds_Header> for OptRc<PciIds_BridgeHeader> {
    fn from(v: &PciIds_Header) -> Self {
        if let PciIds_Header::PciIds_BridgeHeader(x) = v {
            return x.clone();
        }
        panic!("expected PciIds_Header::PciIds_BridgeHeader, got {:?}", v)
    }
}
impl From<OptRc<PciIds_BridgeHeader>> for PciIds_Header {
    fn from(v: OptRc<PciIds_BridgeHeader>) -> Self {
        Self::PciIds_BridgeHeader(v)
    }
}
impl KStruct for PciIds {
    type Root = PciIds;
    type Parent = PciIds;

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
        *self_rc.vendor_id.borrow_mut() = (_io.read_u2le()? as i64).try_into()?;
        *self_rc.device_id.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.command.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.status.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.revision_id.borrow_mut() = _io.read_u1()?.into();
        *self_rc.prog_if.borrow_mut() = _io.read_u1()?.into();
        *self_rc.subclass.borrow_mut() = _io.read_u1()?.into();
        *self_rc.class_code.borrow_mut() = _io.read_u1()?.into();
        *self_rc.cache_line_size.borrow_mut() = _io.read_u1()?.into();
        *self_rc.latency_timer.borrow_mut() = _io.read_u1()?.into();
        let t = Self::read_into::<_, PciIds_HeaderType>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
        *self_rc.header_type.borrow_mut() = t;
        *self_rc.bist.borrow_mut() = _io.read_u1()?.into();
        match (*self_rc.header_type().layout() as i32) {
            0 => {
                let t = Self::read_into::<_, PciIds_GeneralHeader>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.header.borrow_mut() = Some(t);
            }
            1 => {
                let t = Self::read_into::<_, PciIds_BridgeHeader>(&*_io, Some(self_rc._root.clone()), Some(self_rc._self.clone()))?.into();
                *self_rc.header.borrow_mut() = Some(t);
            }
            _ => {}
        }
        Ok(())
    }
}
impl PciIds {

    /**
     * The device ID named from vendor 0x1af4's table.
     */
    pub fn qemu_device(
        &self
    ) -> KResult<Ref<'_, PciIds_Device1af4>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_qemu_device.get() {
            return Ok(self.qemu_device.borrow());
        }
        self.f_qemu_device.set(true);
        if *self.vendor_id() == PciIds_Vendor::RedHatQumranet {
            *self.qemu_device.borrow_mut() = (*self.device_id() as i64).try_into()?;
        }
        Ok(self.qemu_device.borrow())
    }

    /**
     * The device ID named from vendor 0x1b36's table.
     */
    pub fn qemu_own_device(
        &self
    ) -> KResult<Ref<'_, PciIds_Device1b36>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_qemu_own_device.get() {
            return Ok(self.qemu_own_device.borrow());
        }
        self.f_qemu_own_device.set(true);
        if *self.vendor_id() == PciIds_Vendor::RedHat {
            *self.qemu_own_device.borrow_mut() = (*self.device_id() as i64).try_into()?;
        }
        Ok(self.qemu_own_device.borrow())
    }

    /**
     * For a modern virtio device, the virtio device ID (the PCI device ID minus 0x1040).
     */
    pub fn virtio_device(
        &self
    ) -> KResult<Ref<'_, PciIds_VirtioDevice>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_virtio_device.get() {
            return Ok(self.virtio_device.borrow());
        }
        self.f_virtio_device.set(true);
        if  ((*self.vendor_id() == PciIds_Vendor::RedHatQumranet) && (((*self.device_id() as i32) >= (4160 as i32))) && (((*self.device_id() as i32) <= (4335 as i32))))  {
            *self.virtio_device.borrow_mut() = (((*self.device_id() as i32) - (4160 as i32)) as i64).try_into()?;
        }
        Ok(self.virtio_device.borrow())
    }
}

/**
 * Who made the device (named when it is one of QEMU's vendors).
 */
impl PciIds {
    pub fn vendor_id(&self) -> Ref<'_, PciIds_Vendor> {
        self.vendor_id.borrow()
    }
}

/**
 * The device, numbered by its vendor (see `qemu_device` and `qemu_own_device`).
 */
impl PciIds {
    pub fn device_id(&self) -> Ref<'_, u16> {
        self.device_id.borrow()
    }
}

/**
 * Command register (I/O and memory decoding, bus mastering, ...).
 */
impl PciIds {
    pub fn command(&self) -> Ref<'_, u16> {
        self.command.borrow()
    }
}

/**
 * Status register (bit 4 says a capability list is there).
 */
impl PciIds {
    pub fn status(&self) -> Ref<'_, u16> {
        self.status.borrow()
    }
}

/**
 * Device revision.
 */
impl PciIds {
    pub fn revision_id(&self) -> Ref<'_, u8> {
        self.revision_id.borrow()
    }
}

/**
 * Programming interface (class code, low byte).
 */
impl PciIds {
    pub fn prog_if(&self) -> Ref<'_, u8> {
        self.prog_if.borrow()
    }
}

/**
 * Subclass (class code, middle byte).
 */
impl PciIds {
    pub fn subclass(&self) -> Ref<'_, u8> {
        self.subclass.borrow()
    }
}

/**
 * Base class (class code, high byte), e.g. 2 network, 6 bridge.
 */
impl PciIds {
    pub fn class_code(&self) -> Ref<'_, u8> {
        self.class_code.borrow()
    }
}

/**
 * Cache line size in 32-bit words.
 */
impl PciIds {
    pub fn cache_line_size(&self) -> Ref<'_, u8> {
        self.cache_line_size.borrow()
    }
}

/**
 * Latency timer.
 */
impl PciIds {
    pub fn latency_timer(&self) -> Ref<'_, u8> {
        self.latency_timer.borrow()
    }
}

/**
 * Layout of the rest of the header, and whether the device has several functions.
 */
impl PciIds {
    pub fn header_type(&self) -> Ref<'_, OptRc<PciIds_HeaderType>> {
        self.header_type.borrow()
    }
}

/**
 * Built-in self test.
 */
impl PciIds {
    pub fn bist(&self) -> Ref<'_, u8> {
        self.bist.borrow()
    }
}

/**
 * The rest of the 64-byte header (type 0 for devices, type 1 for PCI-to-PCI bridges).
 */
impl PciIds {
    pub fn header(&self) -> Ref<'_, Option<PciIds_Header>> {
        self.header.borrow()
    }
}
impl PciIds {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
#[derive(Debug, PartialEq, Clone)]
pub enum PciIds_Device1af4 {

    /**
     * Network device (legacy/transitional).
     */
    VirtioNetLegacy,

    /**
     * Block device (legacy/transitional).
     */
    VirtioBlockLegacy,

    /**
     * Memory balloon (legacy/transitional).
     */
    VirtioBalloonLegacy,

    /**
     * Console (legacy/transitional).
     */
    VirtioConsoleLegacy,

    /**
     * SCSI host bus adapter (legacy/transitional).
     */
    VirtioScsiLegacy,

    /**
     * Entropy generator (legacy/transitional).
     */
    VirtioRngLegacy,

    /**
     * 9p file system (legacy/transitional).
     */
    Virtio9pLegacy,

    /**
     * Socket (vsock) device, for bug compatibility.
     */
    VirtioVsockLegacy,

    /**
     * Network device (modern; virtio ID 1).
     */
    VirtioNet,

    /**
     * Block device (modern; virtio ID 2).
     */
    VirtioBlock,

    /**
     * Console (modern; virtio ID 3).
     */
    VirtioConsole,

    /**
     * Entropy generator (modern; virtio ID 4).
     */
    VirtioRng,

    /**
     * Memory balloon (modern; virtio ID 5).
     */
    VirtioBalloon,

    /**
     * ioMemory (modern; virtio ID 6).
     */
    VirtioIomem,

    /**
     * rpmsg (modern; virtio ID 7).
     */
    VirtioRpmsg,

    /**
     * SCSI host bus adapter (modern; virtio ID 8).
     */
    VirtioScsi,

    /**
     * 9p file system (modern; virtio ID 9).
     */
    Virtio9p,

    /**
     * mac80211 WLAN (modern; virtio ID 10).
     */
    VirtioMac80211Wlan,

    /**
     * Remote processor serial (modern; virtio ID 11).
     */
    VirtioRprocSerial,

    /**
     * CAIF (modern; virtio ID 12).
     */
    VirtioCaif,

    /**
     * Memory balloon, new style (modern; virtio ID 13).
     */
    VirtioMemoryBalloon,

    /**
     * GPU (modern; virtio ID 16).
     */
    VirtioGpu,

    /**
     * Timer/clock (modern; virtio ID 17).
     */
    VirtioClock,

    /**
     * Input device (modern; virtio ID 18).
     */
    VirtioInput,

    /**
     * Socket (vsock) device (modern; virtio ID 19).
     */
    VirtioVsock,

    /**
     * Crypto device (modern; virtio ID 20).
     */
    VirtioCrypto,

    /**
     * Signal distribution (modern; virtio ID 21).
     */
    VirtioSignalDist,

    /**
     * pstore (modern; virtio ID 22).
     */
    VirtioPstore,

    /**
     * IOMMU (modern; virtio ID 23).
     */
    VirtioIommu,

    /**
     * Memory device (modern; virtio ID 24).
     */
    VirtioMem,

    /**
     * Sound (modern; virtio ID 25).
     */
    VirtioSound,

    /**
     * File system, virtiofs (modern; virtio ID 26).
     */
    VirtioFs,

    /**
     * Persistent memory (modern; virtio ID 27).
     */
    VirtioPmem,

    /**
     * RPMB (modern; virtio ID 28).
     */
    VirtioRpmb,

    /**
     * mac80211 hwsim (modern; virtio ID 29).
     */
    VirtioMac80211Hwsim,

    /**
     * Video encoder (modern; virtio ID 30).
     */
    VirtioVideoEncoder,

    /**
     * Video decoder (modern; virtio ID 31).
     */
    VirtioVideoDecoder,

    /**
     * SCMI (modern; virtio ID 32).
     */
    VirtioScmi,

    /**
     * Nitro secure module (modern; virtio ID 33).
     */
    VirtioNitroSecMod,

    /**
     * I2C adapter (modern; virtio ID 34).
     */
    VirtioI2cAdapter,

    /**
     * Watchdog (modern; virtio ID 35).
     */
    VirtioWatchdog,

    /**
     * CAN (modern; virtio ID 36).
     */
    VirtioCan,

    /**
     * DMA buffer (modern; virtio ID 37).
     */
    VirtioDmabuf,

    /**
     * Parameter server (modern; virtio ID 38).
     */
    VirtioParamServ,

    /**
     * Audio policy (modern; virtio ID 39).
     */
    VirtioAudioPolicy,

    /**
     * Bluetooth (modern; virtio ID 40).
     */
    VirtioBt,

    /**
     * GPIO (modern; virtio ID 41).
     */
    VirtioGpio,

    /**
     * Experimental range (0x10f0..0x10ff), free to use in the lab without registration.
     */
    Experimental0,

    /**
     * Experimental range.
     */
    Experimental1,

    /**
     * Experimental range.
     */
    Experimental2,

    /**
     * Experimental range.
     */
    Experimental3,

    /**
     * Experimental range.
     */
    Experimental4,

    /**
     * Experimental range.
     */
    Experimental5,

    /**
     * Experimental range.
     */
    Experimental6,

    /**
     * Experimental range.
     */
    Experimental7,

    /**
     * Experimental range.
     */
    Experimental8,

    /**
     * Experimental range.
     */
    Experimental9,

    /**
     * Experimental range.
     */
    ExperimentalA,

    /**
     * Experimental range.
     */
    ExperimentalB,

    /**
     * Experimental range.
     */
    ExperimentalC,

    /**
     * Experimental range.
     */
    ExperimentalD,

    /**
     * Experimental range.
     */
    ExperimentalE,

    /**
     * Experimental range (last).
     */
    ExperimentalF,

    /**
     * Subsystem ID of the devices QEMU emulates after real hardware.
     */
    QemuSubsystem,

    /**
     * Inter-VM shared memory device.
     */
    Ivshmem,
    Unknown(i64),
}

impl TryFrom<i64> for PciIds_Device1af4 {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<PciIds_Device1af4> {
        match flag {
            4096 => Ok(PciIds_Device1af4::VirtioNetLegacy),
            4097 => Ok(PciIds_Device1af4::VirtioBlockLegacy),
            4098 => Ok(PciIds_Device1af4::VirtioBalloonLegacy),
            4099 => Ok(PciIds_Device1af4::VirtioConsoleLegacy),
            4100 => Ok(PciIds_Device1af4::VirtioScsiLegacy),
            4101 => Ok(PciIds_Device1af4::VirtioRngLegacy),
            4105 => Ok(PciIds_Device1af4::Virtio9pLegacy),
            4114 => Ok(PciIds_Device1af4::VirtioVsockLegacy),
            4161 => Ok(PciIds_Device1af4::VirtioNet),
            4162 => Ok(PciIds_Device1af4::VirtioBlock),
            4163 => Ok(PciIds_Device1af4::VirtioConsole),
            4164 => Ok(PciIds_Device1af4::VirtioRng),
            4165 => Ok(PciIds_Device1af4::VirtioBalloon),
            4166 => Ok(PciIds_Device1af4::VirtioIomem),
            4167 => Ok(PciIds_Device1af4::VirtioRpmsg),
            4168 => Ok(PciIds_Device1af4::VirtioScsi),
            4169 => Ok(PciIds_Device1af4::Virtio9p),
            4170 => Ok(PciIds_Device1af4::VirtioMac80211Wlan),
            4171 => Ok(PciIds_Device1af4::VirtioRprocSerial),
            4172 => Ok(PciIds_Device1af4::VirtioCaif),
            4173 => Ok(PciIds_Device1af4::VirtioMemoryBalloon),
            4176 => Ok(PciIds_Device1af4::VirtioGpu),
            4177 => Ok(PciIds_Device1af4::VirtioClock),
            4178 => Ok(PciIds_Device1af4::VirtioInput),
            4179 => Ok(PciIds_Device1af4::VirtioVsock),
            4180 => Ok(PciIds_Device1af4::VirtioCrypto),
            4181 => Ok(PciIds_Device1af4::VirtioSignalDist),
            4182 => Ok(PciIds_Device1af4::VirtioPstore),
            4183 => Ok(PciIds_Device1af4::VirtioIommu),
            4184 => Ok(PciIds_Device1af4::VirtioMem),
            4185 => Ok(PciIds_Device1af4::VirtioSound),
            4186 => Ok(PciIds_Device1af4::VirtioFs),
            4187 => Ok(PciIds_Device1af4::VirtioPmem),
            4188 => Ok(PciIds_Device1af4::VirtioRpmb),
            4189 => Ok(PciIds_Device1af4::VirtioMac80211Hwsim),
            4190 => Ok(PciIds_Device1af4::VirtioVideoEncoder),
            4191 => Ok(PciIds_Device1af4::VirtioVideoDecoder),
            4192 => Ok(PciIds_Device1af4::VirtioScmi),
            4193 => Ok(PciIds_Device1af4::VirtioNitroSecMod),
            4194 => Ok(PciIds_Device1af4::VirtioI2cAdapter),
            4195 => Ok(PciIds_Device1af4::VirtioWatchdog),
            4196 => Ok(PciIds_Device1af4::VirtioCan),
            4197 => Ok(PciIds_Device1af4::VirtioDmabuf),
            4198 => Ok(PciIds_Device1af4::VirtioParamServ),
            4199 => Ok(PciIds_Device1af4::VirtioAudioPolicy),
            4200 => Ok(PciIds_Device1af4::VirtioBt),
            4201 => Ok(PciIds_Device1af4::VirtioGpio),
            4336 => Ok(PciIds_Device1af4::Experimental0),
            4337 => Ok(PciIds_Device1af4::Experimental1),
            4338 => Ok(PciIds_Device1af4::Experimental2),
            4339 => Ok(PciIds_Device1af4::Experimental3),
            4340 => Ok(PciIds_Device1af4::Experimental4),
            4341 => Ok(PciIds_Device1af4::Experimental5),
            4342 => Ok(PciIds_Device1af4::Experimental6),
            4343 => Ok(PciIds_Device1af4::Experimental7),
            4344 => Ok(PciIds_Device1af4::Experimental8),
            4345 => Ok(PciIds_Device1af4::Experimental9),
            4346 => Ok(PciIds_Device1af4::ExperimentalA),
            4347 => Ok(PciIds_Device1af4::ExperimentalB),
            4348 => Ok(PciIds_Device1af4::ExperimentalC),
            4349 => Ok(PciIds_Device1af4::ExperimentalD),
            4350 => Ok(PciIds_Device1af4::ExperimentalE),
            4351 => Ok(PciIds_Device1af4::ExperimentalF),
            4352 => Ok(PciIds_Device1af4::QemuSubsystem),
            4368 => Ok(PciIds_Device1af4::Ivshmem),
            _ => Ok(PciIds_Device1af4::Unknown(flag)),
        }
    }
}

impl From<&PciIds_Device1af4> for i64 {
    fn from(v: &PciIds_Device1af4) -> Self {
        match *v {
            PciIds_Device1af4::VirtioNetLegacy => 4096,
            PciIds_Device1af4::VirtioBlockLegacy => 4097,
            PciIds_Device1af4::VirtioBalloonLegacy => 4098,
            PciIds_Device1af4::VirtioConsoleLegacy => 4099,
            PciIds_Device1af4::VirtioScsiLegacy => 4100,
            PciIds_Device1af4::VirtioRngLegacy => 4101,
            PciIds_Device1af4::Virtio9pLegacy => 4105,
            PciIds_Device1af4::VirtioVsockLegacy => 4114,
            PciIds_Device1af4::VirtioNet => 4161,
            PciIds_Device1af4::VirtioBlock => 4162,
            PciIds_Device1af4::VirtioConsole => 4163,
            PciIds_Device1af4::VirtioRng => 4164,
            PciIds_Device1af4::VirtioBalloon => 4165,
            PciIds_Device1af4::VirtioIomem => 4166,
            PciIds_Device1af4::VirtioRpmsg => 4167,
            PciIds_Device1af4::VirtioScsi => 4168,
            PciIds_Device1af4::Virtio9p => 4169,
            PciIds_Device1af4::VirtioMac80211Wlan => 4170,
            PciIds_Device1af4::VirtioRprocSerial => 4171,
            PciIds_Device1af4::VirtioCaif => 4172,
            PciIds_Device1af4::VirtioMemoryBalloon => 4173,
            PciIds_Device1af4::VirtioGpu => 4176,
            PciIds_Device1af4::VirtioClock => 4177,
            PciIds_Device1af4::VirtioInput => 4178,
            PciIds_Device1af4::VirtioVsock => 4179,
            PciIds_Device1af4::VirtioCrypto => 4180,
            PciIds_Device1af4::VirtioSignalDist => 4181,
            PciIds_Device1af4::VirtioPstore => 4182,
            PciIds_Device1af4::VirtioIommu => 4183,
            PciIds_Device1af4::VirtioMem => 4184,
            PciIds_Device1af4::VirtioSound => 4185,
            PciIds_Device1af4::VirtioFs => 4186,
            PciIds_Device1af4::VirtioPmem => 4187,
            PciIds_Device1af4::VirtioRpmb => 4188,
            PciIds_Device1af4::VirtioMac80211Hwsim => 4189,
            PciIds_Device1af4::VirtioVideoEncoder => 4190,
            PciIds_Device1af4::VirtioVideoDecoder => 4191,
            PciIds_Device1af4::VirtioScmi => 4192,
            PciIds_Device1af4::VirtioNitroSecMod => 4193,
            PciIds_Device1af4::VirtioI2cAdapter => 4194,
            PciIds_Device1af4::VirtioWatchdog => 4195,
            PciIds_Device1af4::VirtioCan => 4196,
            PciIds_Device1af4::VirtioDmabuf => 4197,
            PciIds_Device1af4::VirtioParamServ => 4198,
            PciIds_Device1af4::VirtioAudioPolicy => 4199,
            PciIds_Device1af4::VirtioBt => 4200,
            PciIds_Device1af4::VirtioGpio => 4201,
            PciIds_Device1af4::Experimental0 => 4336,
            PciIds_Device1af4::Experimental1 => 4337,
            PciIds_Device1af4::Experimental2 => 4338,
            PciIds_Device1af4::Experimental3 => 4339,
            PciIds_Device1af4::Experimental4 => 4340,
            PciIds_Device1af4::Experimental5 => 4341,
            PciIds_Device1af4::Experimental6 => 4342,
            PciIds_Device1af4::Experimental7 => 4343,
            PciIds_Device1af4::Experimental8 => 4344,
            PciIds_Device1af4::Experimental9 => 4345,
            PciIds_Device1af4::ExperimentalA => 4346,
            PciIds_Device1af4::ExperimentalB => 4347,
            PciIds_Device1af4::ExperimentalC => 4348,
            PciIds_Device1af4::ExperimentalD => 4349,
            PciIds_Device1af4::ExperimentalE => 4350,
            PciIds_Device1af4::ExperimentalF => 4351,
            PciIds_Device1af4::QemuSubsystem => 4352,
            PciIds_Device1af4::Ivshmem => 4368,
            PciIds_Device1af4::Unknown(v) => v
        }
    }
}

impl Default for PciIds_Device1af4 {
    fn default() -> Self { PciIds_Device1af4::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum PciIds_Device1b36 {

    /**
     * PCI-PCI bridge (-device pci-bridge).
     */
    PciBridge,

    /**
     * PCI 16550A serial port (-device pci-serial).
     */
    PciSerial,

    /**
     * PCI dual-port 16550A (-device pci-serial-2x).
     */
    PciSerial2x,

    /**
     * PCI quad-port 16550A (-device pci-serial-4x).
     */
    PciSerial4x,

    /**
     * PCI test device (-device pci-testdev).
     */
    PciTestdev,

    /**
     * Rocker Ethernet switch (-device rocker).
     */
    Rocker,

    /**
     * SD host controller (-device sdhci-pci).
     */
    Sdhci,

    /**
     * PCIe host bridge (generic PCIe host, gpex).
     */
    PcieHostBridge,

    /**
     * PCI expander bridge (-device pxb).
     */
    Pxb,

    /**
     * PCI-PCI bridge for multiseat (-device pci-bridge-seat).
     */
    PciBridgeSeat,

    /**
     * PCIe expander bridge (-device pxb-pcie).
     */
    PxbPcie,

    /**
     * PCIe root port (-device pcie-root-port).
     */
    PcieRootPort,

    /**
     * xHCI USB host controller (-device qemu-xhci).
     */
    Xhci,

    /**
     * PCIe-to-PCI bridge (-device pcie-pci-bridge).
     */
    PciePciBridge,

    /**
     * mdpy, the sample display device of Linux's vfio-mdev samples.
     */
    Mdpy,

    /**
     * NVMe controller (-device nvme).
     */
    Nvme,

    /**
     * PCI pvpanic device (-device pvpanic-pci).
     */
    Pvpanic,

    /**
     * ACPI ERST device (-device acpi-erst).
     */
    AcpiErst,

    /**
     * UFS host controller (-device ufs).
     */
    Ufs,

    /**
     * RISC-V IOMMU.
     */
    RiscvIommu,

    /**
     * QXL display (-device qxl, qxl-vga).
     */
    Qxl,
    Unknown(i64),
}

impl TryFrom<i64> for PciIds_Device1b36 {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<PciIds_Device1b36> {
        match flag {
            1 => Ok(PciIds_Device1b36::PciBridge),
            2 => Ok(PciIds_Device1b36::PciSerial),
            3 => Ok(PciIds_Device1b36::PciSerial2x),
            4 => Ok(PciIds_Device1b36::PciSerial4x),
            5 => Ok(PciIds_Device1b36::PciTestdev),
            6 => Ok(PciIds_Device1b36::Rocker),
            7 => Ok(PciIds_Device1b36::Sdhci),
            8 => Ok(PciIds_Device1b36::PcieHostBridge),
            9 => Ok(PciIds_Device1b36::Pxb),
            10 => Ok(PciIds_Device1b36::PciBridgeSeat),
            11 => Ok(PciIds_Device1b36::PxbPcie),
            12 => Ok(PciIds_Device1b36::PcieRootPort),
            13 => Ok(PciIds_Device1b36::Xhci),
            14 => Ok(PciIds_Device1b36::PciePciBridge),
            15 => Ok(PciIds_Device1b36::Mdpy),
            16 => Ok(PciIds_Device1b36::Nvme),
            17 => Ok(PciIds_Device1b36::Pvpanic),
            18 => Ok(PciIds_Device1b36::AcpiErst),
            19 => Ok(PciIds_Device1b36::Ufs),
            20 => Ok(PciIds_Device1b36::RiscvIommu),
            256 => Ok(PciIds_Device1b36::Qxl),
            _ => Ok(PciIds_Device1b36::Unknown(flag)),
        }
    }
}

impl From<&PciIds_Device1b36> for i64 {
    fn from(v: &PciIds_Device1b36) -> Self {
        match *v {
            PciIds_Device1b36::PciBridge => 1,
            PciIds_Device1b36::PciSerial => 2,
            PciIds_Device1b36::PciSerial2x => 3,
            PciIds_Device1b36::PciSerial4x => 4,
            PciIds_Device1b36::PciTestdev => 5,
            PciIds_Device1b36::Rocker => 6,
            PciIds_Device1b36::Sdhci => 7,
            PciIds_Device1b36::PcieHostBridge => 8,
            PciIds_Device1b36::Pxb => 9,
            PciIds_Device1b36::PciBridgeSeat => 10,
            PciIds_Device1b36::PxbPcie => 11,
            PciIds_Device1b36::PcieRootPort => 12,
            PciIds_Device1b36::Xhci => 13,
            PciIds_Device1b36::PciePciBridge => 14,
            PciIds_Device1b36::Mdpy => 15,
            PciIds_Device1b36::Nvme => 16,
            PciIds_Device1b36::Pvpanic => 17,
            PciIds_Device1b36::AcpiErst => 18,
            PciIds_Device1b36::Ufs => 19,
            PciIds_Device1b36::RiscvIommu => 20,
            PciIds_Device1b36::Qxl => 256,
            PciIds_Device1b36::Unknown(v) => v
        }
    }
}

impl Default for PciIds_Device1b36 {
    fn default() -> Self { PciIds_Device1b36::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum PciIds_Vendor {

    /**
     * Red Hat (formerly Qumranet); virtio, ivshmem, QEMU's subsystem ID.
     */
    RedHatQumranet,

    /**
     * Red Hat; QEMU's own non-virtio devices.
     */
    RedHat,
    Unknown(i64),
}

impl TryFrom<i64> for PciIds_Vendor {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<PciIds_Vendor> {
        match flag {
            6900 => Ok(PciIds_Vendor::RedHatQumranet),
            6966 => Ok(PciIds_Vendor::RedHat),
            _ => Ok(PciIds_Vendor::Unknown(flag)),
        }
    }
}

impl From<&PciIds_Vendor> for i64 {
    fn from(v: &PciIds_Vendor) -> Self {
        match *v {
            PciIds_Vendor::RedHatQumranet => 6900,
            PciIds_Vendor::RedHat => 6966,
            PciIds_Vendor::Unknown(v) => v
        }
    }
}

impl Default for PciIds_Vendor {
    fn default() -> Self { PciIds_Vendor::Unknown(0) }
}

#[derive(Debug, PartialEq, Clone)]
pub enum PciIds_VirtioDevice {

    /**
     * Network card.
     */
    Net,

    /**
     * Block device.
     */
    Block,

    /**
     * Console.
     */
    Console,

    /**
     * Entropy source.
     */
    Rng,

    /**
     * Memory balloon (traditional).
     */
    Balloon,

    /**
     * ioMemory.
     */
    Iomem,

    /**
     * rpmsg.
     */
    Rpmsg,

    /**
     * SCSI host.
     */
    Scsi,

    /**
     * 9P transport.
     */
    Transport9p,

    /**
     * mac80211 WLAN.
     */
    Mac80211Wlan,

    /**
     * rproc serial.
     */
    RprocSerial,

    /**
     * CAIF.
     */
    Caif,

    /**
     * Memory balloon.
     */
    MemoryBalloon,

    /**
     * GPU.
     */
    Gpu,

    /**
     * Timer/clock.
     */
    Clock,

    /**
     * Input.
     */
    Input,

    /**
     * Socket.
     */
    Vsock,

    /**
     * Crypto.
     */
    Crypto,

    /**
     * Signal distribution.
     */
    SignalDist,

    /**
     * pstore.
     */
    Pstore,

    /**
     * IOMMU.
     */
    Iommu,

    /**
     * Memory.
     */
    Mem,

    /**
     * Sound.
     */
    Sound,

    /**
     * File system.
     */
    Fs,

    /**
     * Persistent memory.
     */
    Pmem,

    /**
     * RPMB.
     */
    Rpmb,

    /**
     * mac80211 hwsim.
     */
    Mac80211Hwsim,

    /**
     * Video encoder.
     */
    VideoEncoder,

    /**
     * Video decoder.
     */
    VideoDecoder,

    /**
     * SCMI.
     */
    Scmi,

    /**
     * Nitro secure module.
     */
    NitroSecMod,

    /**
     * I2C adapter.
     */
    I2cAdapter,

    /**
     * Watchdog.
     */
    Watchdog,

    /**
     * CAN.
     */
    Can,

    /**
     * DMA buffer.
     */
    Dmabuf,

    /**
     * Parameter server.
     */
    ParamServ,

    /**
     * Audio policy.
     */
    AudioPolicy,

    /**
     * Bluetooth.
     */
    Bt,

    /**
     * GPIO.
     */
    Gpio,
    Unknown(i64),
}

impl TryFrom<i64> for PciIds_VirtioDevice {
    type Error = KError;
    fn try_from(flag: i64) -> KResult<PciIds_VirtioDevice> {
        match flag {
            1 => Ok(PciIds_VirtioDevice::Net),
            2 => Ok(PciIds_VirtioDevice::Block),
            3 => Ok(PciIds_VirtioDevice::Console),
            4 => Ok(PciIds_VirtioDevice::Rng),
            5 => Ok(PciIds_VirtioDevice::Balloon),
            6 => Ok(PciIds_VirtioDevice::Iomem),
            7 => Ok(PciIds_VirtioDevice::Rpmsg),
            8 => Ok(PciIds_VirtioDevice::Scsi),
            9 => Ok(PciIds_VirtioDevice::Transport9p),
            10 => Ok(PciIds_VirtioDevice::Mac80211Wlan),
            11 => Ok(PciIds_VirtioDevice::RprocSerial),
            12 => Ok(PciIds_VirtioDevice::Caif),
            13 => Ok(PciIds_VirtioDevice::MemoryBalloon),
            16 => Ok(PciIds_VirtioDevice::Gpu),
            17 => Ok(PciIds_VirtioDevice::Clock),
            18 => Ok(PciIds_VirtioDevice::Input),
            19 => Ok(PciIds_VirtioDevice::Vsock),
            20 => Ok(PciIds_VirtioDevice::Crypto),
            21 => Ok(PciIds_VirtioDevice::SignalDist),
            22 => Ok(PciIds_VirtioDevice::Pstore),
            23 => Ok(PciIds_VirtioDevice::Iommu),
            24 => Ok(PciIds_VirtioDevice::Mem),
            25 => Ok(PciIds_VirtioDevice::Sound),
            26 => Ok(PciIds_VirtioDevice::Fs),
            27 => Ok(PciIds_VirtioDevice::Pmem),
            28 => Ok(PciIds_VirtioDevice::Rpmb),
            29 => Ok(PciIds_VirtioDevice::Mac80211Hwsim),
            30 => Ok(PciIds_VirtioDevice::VideoEncoder),
            31 => Ok(PciIds_VirtioDevice::VideoDecoder),
            32 => Ok(PciIds_VirtioDevice::Scmi),
            33 => Ok(PciIds_VirtioDevice::NitroSecMod),
            34 => Ok(PciIds_VirtioDevice::I2cAdapter),
            35 => Ok(PciIds_VirtioDevice::Watchdog),
            36 => Ok(PciIds_VirtioDevice::Can),
            37 => Ok(PciIds_VirtioDevice::Dmabuf),
            38 => Ok(PciIds_VirtioDevice::ParamServ),
            39 => Ok(PciIds_VirtioDevice::AudioPolicy),
            40 => Ok(PciIds_VirtioDevice::Bt),
            41 => Ok(PciIds_VirtioDevice::Gpio),
            _ => Ok(PciIds_VirtioDevice::Unknown(flag)),
        }
    }
}

impl From<&PciIds_VirtioDevice> for i64 {
    fn from(v: &PciIds_VirtioDevice) -> Self {
        match *v {
            PciIds_VirtioDevice::Net => 1,
            PciIds_VirtioDevice::Block => 2,
            PciIds_VirtioDevice::Console => 3,
            PciIds_VirtioDevice::Rng => 4,
            PciIds_VirtioDevice::Balloon => 5,
            PciIds_VirtioDevice::Iomem => 6,
            PciIds_VirtioDevice::Rpmsg => 7,
            PciIds_VirtioDevice::Scsi => 8,
            PciIds_VirtioDevice::Transport9p => 9,
            PciIds_VirtioDevice::Mac80211Wlan => 10,
            PciIds_VirtioDevice::RprocSerial => 11,
            PciIds_VirtioDevice::Caif => 12,
            PciIds_VirtioDevice::MemoryBalloon => 13,
            PciIds_VirtioDevice::Gpu => 16,
            PciIds_VirtioDevice::Clock => 17,
            PciIds_VirtioDevice::Input => 18,
            PciIds_VirtioDevice::Vsock => 19,
            PciIds_VirtioDevice::Crypto => 20,
            PciIds_VirtioDevice::SignalDist => 21,
            PciIds_VirtioDevice::Pstore => 22,
            PciIds_VirtioDevice::Iommu => 23,
            PciIds_VirtioDevice::Mem => 24,
            PciIds_VirtioDevice::Sound => 25,
            PciIds_VirtioDevice::Fs => 26,
            PciIds_VirtioDevice::Pmem => 27,
            PciIds_VirtioDevice::Rpmb => 28,
            PciIds_VirtioDevice::Mac80211Hwsim => 29,
            PciIds_VirtioDevice::VideoEncoder => 30,
            PciIds_VirtioDevice::VideoDecoder => 31,
            PciIds_VirtioDevice::Scmi => 32,
            PciIds_VirtioDevice::NitroSecMod => 33,
            PciIds_VirtioDevice::I2cAdapter => 34,
            PciIds_VirtioDevice::Watchdog => 35,
            PciIds_VirtioDevice::Can => 36,
            PciIds_VirtioDevice::Dmabuf => 37,
            PciIds_VirtioDevice::ParamServ => 38,
            PciIds_VirtioDevice::AudioPolicy => 39,
            PciIds_VirtioDevice::Bt => 40,
            PciIds_VirtioDevice::Gpio => 41,
            PciIds_VirtioDevice::Unknown(v) => v
        }
    }
}

impl Default for PciIds_VirtioDevice {
    fn default() -> Self { PciIds_VirtioDevice::Unknown(0) }
}


/**
 * Bytes 0x10..0x3f of a type 1 (PCI-to-PCI bridge) header.
 */

#[derive(Default, Debug, Clone)]
pub struct PciIds_BridgeHeader {
    pub _root: SharedType<PciIds>,
    pub _parent: SharedType<PciIds>,
    pub _self: SharedType<Self>,
    bars: RefCell<Vec<u32>>,
    primary_bus: RefCell<u8>,
    secondary_bus: RefCell<u8>,
    subordinate_bus: RefCell<u8>,
    secondary_latency_timer: RefCell<u8>,
    io_base: RefCell<u8>,
    io_limit: RefCell<u8>,
    secondary_status: RefCell<u16>,
    memory_base: RefCell<u16>,
    memory_limit: RefCell<u16>,
    prefetchable_base: RefCell<u16>,
    prefetchable_limit: RefCell<u16>,
    prefetchable_base_upper: RefCell<u32>,
    prefetchable_limit_upper: RefCell<u32>,
    io_base_upper: RefCell<u16>,
    io_limit_upper: RefCell<u16>,
    ofs_capabilities: RefCell<u8>,
    reserved: RefCell<Vec<u8>>,
    expansion_rom: RefCell<u32>,
    interrupt_line: RefCell<u8>,
    interrupt_pin: RefCell<u8>,
    bridge_control: RefCell<u16>,
    _io: RefCell<BytesReader>,
}
impl KStruct for PciIds_BridgeHeader {
    type Root = PciIds;
    type Parent = PciIds;

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
        *self_rc.bars.borrow_mut() = Vec::new();
        let l_bars = 2;
        for _i in 0..l_bars {
            self_rc.bars.borrow_mut().push(_io.read_u4le()?.into());
        }
        *self_rc.primary_bus.borrow_mut() = _io.read_u1()?.into();
        *self_rc.secondary_bus.borrow_mut() = _io.read_u1()?.into();
        *self_rc.subordinate_bus.borrow_mut() = _io.read_u1()?.into();
        *self_rc.secondary_latency_timer.borrow_mut() = _io.read_u1()?.into();
        *self_rc.io_base.borrow_mut() = _io.read_u1()?.into();
        *self_rc.io_limit.borrow_mut() = _io.read_u1()?.into();
        *self_rc.secondary_status.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.memory_base.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.memory_limit.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.prefetchable_base.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.prefetchable_limit.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.prefetchable_base_upper.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.prefetchable_limit_upper.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.io_base_upper.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.io_limit_upper.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.ofs_capabilities.borrow_mut() = _io.read_u1()?.into();
        *self_rc.reserved.borrow_mut() = _io.read_bytes(3 as usize)?.into();
        *self_rc.expansion_rom.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.interrupt_line.borrow_mut() = _io.read_u1()?.into();
        *self_rc.interrupt_pin.borrow_mut() = _io.read_u1()?.into();
        *self_rc.bridge_control.borrow_mut() = _io.read_u2le()?.into();
        Ok(())
    }
}
impl PciIds_BridgeHeader {
}

/**
 * Base address registers 0 and 1.
 */
impl PciIds_BridgeHeader {
    pub fn bars(&self) -> Ref<'_, Vec<u32>> {
        self.bars.borrow()
    }
}

/**
 * Bus number of the bus the bridge sits on.
 */
impl PciIds_BridgeHeader {
    pub fn primary_bus(&self) -> Ref<'_, u8> {
        self.primary_bus.borrow()
    }
}

/**
 * Bus number behind the bridge.
 */
impl PciIds_BridgeHeader {
    pub fn secondary_bus(&self) -> Ref<'_, u8> {
        self.secondary_bus.borrow()
    }
}

/**
 * Highest bus number behind the bridge.
 */
impl PciIds_BridgeHeader {
    pub fn subordinate_bus(&self) -> Ref<'_, u8> {
        self.subordinate_bus.borrow()
    }
}

/**
 * Latency timer of the secondary bus.
 */
impl PciIds_BridgeHeader {
    pub fn secondary_latency_timer(&self) -> Ref<'_, u8> {
        self.secondary_latency_timer.borrow()
    }
}

/**
 * I/O window base (bits 15..12 of the address).
 */
impl PciIds_BridgeHeader {
    pub fn io_base(&self) -> Ref<'_, u8> {
        self.io_base.borrow()
    }
}

/**
 * I/O window limit.
 */
impl PciIds_BridgeHeader {
    pub fn io_limit(&self) -> Ref<'_, u8> {
        self.io_limit.borrow()
    }
}

/**
 * Status of the secondary bus.
 */
impl PciIds_BridgeHeader {
    pub fn secondary_status(&self) -> Ref<'_, u16> {
        self.secondary_status.borrow()
    }
}

/**
 * Memory window base (bits 31..20).
 */
impl PciIds_BridgeHeader {
    pub fn memory_base(&self) -> Ref<'_, u16> {
        self.memory_base.borrow()
    }
}

/**
 * Memory window limit.
 */
impl PciIds_BridgeHeader {
    pub fn memory_limit(&self) -> Ref<'_, u16> {
        self.memory_limit.borrow()
    }
}

/**
 * Prefetchable memory window base.
 */
impl PciIds_BridgeHeader {
    pub fn prefetchable_base(&self) -> Ref<'_, u16> {
        self.prefetchable_base.borrow()
    }
}

/**
 * Prefetchable memory window limit.
 */
impl PciIds_BridgeHeader {
    pub fn prefetchable_limit(&self) -> Ref<'_, u16> {
        self.prefetchable_limit.borrow()
    }
}

/**
 * Upper 32 bits of the prefetchable base.
 */
impl PciIds_BridgeHeader {
    pub fn prefetchable_base_upper(&self) -> Ref<'_, u32> {
        self.prefetchable_base_upper.borrow()
    }
}

/**
 * Upper 32 bits of the prefetchable limit.
 */
impl PciIds_BridgeHeader {
    pub fn prefetchable_limit_upper(&self) -> Ref<'_, u32> {
        self.prefetchable_limit_upper.borrow()
    }
}

/**
 * Upper 16 bits of the I/O base.
 */
impl PciIds_BridgeHeader {
    pub fn io_base_upper(&self) -> Ref<'_, u16> {
        self.io_base_upper.borrow()
    }
}

/**
 * Upper 16 bits of the I/O limit.
 */
impl PciIds_BridgeHeader {
    pub fn io_limit_upper(&self) -> Ref<'_, u16> {
        self.io_limit_upper.borrow()
    }
}

/**
 * Offset of the first capability.
 */
impl PciIds_BridgeHeader {
    pub fn ofs_capabilities(&self) -> Ref<'_, u8> {
        self.ofs_capabilities.borrow()
    }
}

/**
 * Reserved.
 */
impl PciIds_BridgeHeader {
    pub fn reserved(&self) -> Ref<'_, Vec<u8>> {
        self.reserved.borrow()
    }
}

/**
 * Expansion ROM base address.
 */
impl PciIds_BridgeHeader {
    pub fn expansion_rom(&self) -> Ref<'_, u32> {
        self.expansion_rom.borrow()
    }
}

/**
 * Interrupt line.
 */
impl PciIds_BridgeHeader {
    pub fn interrupt_line(&self) -> Ref<'_, u8> {
        self.interrupt_line.borrow()
    }
}

/**
 * Interrupt pin.
 */
impl PciIds_BridgeHeader {
    pub fn interrupt_pin(&self) -> Ref<'_, u8> {
        self.interrupt_pin.borrow()
    }
}

/**
 * Bridge control register.
 */
impl PciIds_BridgeHeader {
    pub fn bridge_control(&self) -> Ref<'_, u16> {
        self.bridge_control.borrow()
    }
}
impl PciIds_BridgeHeader {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * Bytes 0x10..0x3f of a type 0 header.
 */

#[derive(Default, Debug, Clone)]
pub struct PciIds_GeneralHeader {
    pub _root: SharedType<PciIds>,
    pub _parent: SharedType<PciIds>,
    pub _self: SharedType<Self>,
    bars: RefCell<Vec<u32>>,
    cardbus_cis: RefCell<u32>,
    subsystem_vendor_id: RefCell<PciIds_Vendor>,
    subsystem_id: RefCell<u16>,
    expansion_rom: RefCell<u32>,
    ofs_capabilities: RefCell<u8>,
    reserved: RefCell<Vec<u8>>,
    interrupt_line: RefCell<u8>,
    interrupt_pin: RefCell<u8>,
    min_grant: RefCell<u8>,
    max_latency: RefCell<u8>,
    _io: RefCell<BytesReader>,
    f_qemu_subsystem: Cell<bool>,
    qemu_subsystem: RefCell<PciIds_Device1af4>,
    f_virtio_subsystem: Cell<bool>,
    virtio_subsystem: RefCell<PciIds_VirtioDevice>,
}
impl KStruct for PciIds_GeneralHeader {
    type Root = PciIds;
    type Parent = PciIds;

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
        *self_rc.bars.borrow_mut() = Vec::new();
        let l_bars = 6;
        for _i in 0..l_bars {
            self_rc.bars.borrow_mut().push(_io.read_u4le()?.into());
        }
        *self_rc.cardbus_cis.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.subsystem_vendor_id.borrow_mut() = (_io.read_u2le()? as i64).try_into()?;
        *self_rc.subsystem_id.borrow_mut() = _io.read_u2le()?.into();
        *self_rc.expansion_rom.borrow_mut() = _io.read_u4le()?.into();
        *self_rc.ofs_capabilities.borrow_mut() = _io.read_u1()?.into();
        *self_rc.reserved.borrow_mut() = _io.read_bytes(7 as usize)?.into();
        *self_rc.interrupt_line.borrow_mut() = _io.read_u1()?.into();
        *self_rc.interrupt_pin.borrow_mut() = _io.read_u1()?.into();
        *self_rc.min_grant.borrow_mut() = _io.read_u1()?.into();
        *self_rc.max_latency.borrow_mut() = _io.read_u1()?.into();
        Ok(())
    }
}
impl PciIds_GeneralHeader {

    /**
     * The subsystem ID named from vendor 0x1af4's table (0x1100 for emulated hardware).
     */
    pub fn qemu_subsystem(
        &self
    ) -> KResult<Ref<'_, PciIds_Device1af4>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_qemu_subsystem.get() {
            return Ok(self.qemu_subsystem.borrow());
        }
        self.f_qemu_subsystem.set(true);
        if  ((*self.subsystem_vendor_id() == PciIds_Vendor::RedHatQumranet) && (((*self.subsystem_id() as i32) >= (4096 as i32))))  {
            *self.qemu_subsystem.borrow_mut() = (*self.subsystem_id() as i64).try_into()?;
        }
        Ok(self.qemu_subsystem.borrow())
    }

    /**
     * A transitional virtio device's subsystem ID, its virtio device ID.
     */
    pub fn virtio_subsystem(
        &self
    ) -> KResult<Ref<'_, PciIds_VirtioDevice>> {
        let _io = self._io.borrow();
        let _rrc = self._root.get_value().borrow().upgrade();
        let _prc = self._parent.get_value().borrow().upgrade();
        let _r = _rrc.as_ref().unwrap();
        if self.f_virtio_subsystem.get() {
            return Ok(self.virtio_subsystem.borrow());
        }
        self.f_virtio_subsystem.set(true);
        if  ((*self.subsystem_vendor_id() == PciIds_Vendor::RedHatQumranet) && (((*self.subsystem_id() as i32) < (4096 as i32))))  {
            *self.virtio_subsystem.borrow_mut() = (*self.subsystem_id() as i64).try_into()?;
        }
        Ok(self.virtio_subsystem.borrow())
    }
}

/**
 * Base address registers 0..5.
 */
impl PciIds_GeneralHeader {
    pub fn bars(&self) -> Ref<'_, Vec<u32>> {
        self.bars.borrow()
    }
}

/**
 * CardBus CIS pointer.
 */
impl PciIds_GeneralHeader {
    pub fn cardbus_cis(&self) -> Ref<'_, u32> {
        self.cardbus_cis.borrow()
    }
}

/**
 * Vendor of the subsystem; 0x1af4 for QEMU's devices.
 */
impl PciIds_GeneralHeader {
    pub fn subsystem_vendor_id(&self) -> Ref<'_, PciIds_Vendor> {
        self.subsystem_vendor_id.borrow()
    }
}

/**
 * Subsystem; the virtio device ID for transitional virtio devices, 0x1100 for most others.
 */
impl PciIds_GeneralHeader {
    pub fn subsystem_id(&self) -> Ref<'_, u16> {
        self.subsystem_id.borrow()
    }
}

/**
 * Expansion ROM base address.
 */
impl PciIds_GeneralHeader {
    pub fn expansion_rom(&self) -> Ref<'_, u32> {
        self.expansion_rom.borrow()
    }
}

/**
 * Offset of the first capability.
 */
impl PciIds_GeneralHeader {
    pub fn ofs_capabilities(&self) -> Ref<'_, u8> {
        self.ofs_capabilities.borrow()
    }
}

/**
 * Reserved.
 */
impl PciIds_GeneralHeader {
    pub fn reserved(&self) -> Ref<'_, Vec<u8>> {
        self.reserved.borrow()
    }
}

/**
 * Interrupt line (written by firmware).
 */
impl PciIds_GeneralHeader {
    pub fn interrupt_line(&self) -> Ref<'_, u8> {
        self.interrupt_line.borrow()
    }
}

/**
 * Interrupt pin, 1..4 for INTA..INTD, 0 for none.
 */
impl PciIds_GeneralHeader {
    pub fn interrupt_pin(&self) -> Ref<'_, u8> {
        self.interrupt_pin.borrow()
    }
}

/**
 * Minimum grant.
 */
impl PciIds_GeneralHeader {
    pub fn min_grant(&self) -> Ref<'_, u8> {
        self.min_grant.borrow()
    }
}

/**
 * Maximum latency.
 */
impl PciIds_GeneralHeader {
    pub fn max_latency(&self) -> Ref<'_, u8> {
        self.max_latency.borrow()
    }
}
impl PciIds_GeneralHeader {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}

/**
 * The header type byte.
 */

#[derive(Default, Debug, Clone)]
pub struct PciIds_HeaderType {
    pub _root: SharedType<PciIds>,
    pub _parent: SharedType<PciIds>,
    pub _self: SharedType<Self>,
    multi_function: RefCell<bool>,
    layout: RefCell<u64>,
    _io: RefCell<BytesReader>,
}
impl KStruct for PciIds_HeaderType {
    type Root = PciIds;
    type Parent = PciIds;

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
        *self_rc.multi_function.borrow_mut() = _io.read_bits_int_be(1)? != 0;
        *self_rc.layout.borrow_mut() = _io.read_bits_int_be(7)?;
        Ok(())
    }
}
impl PciIds_HeaderType {
}

/**
 * Bit 7, the device has functions other than 0.
 */
impl PciIds_HeaderType {
    pub fn multi_function(&self) -> Ref<'_, bool> {
        self.multi_function.borrow()
    }
}

/**
 * Bits 6..0, header layout (0 general, 1 PCI-to-PCI bridge, 2 CardBus bridge).
 */
impl PciIds_HeaderType {
    pub fn layout(&self) -> Ref<'_, u64> {
        self.layout.borrow()
    }
}
impl PciIds_HeaderType {
    pub fn _io(&self) -> Ref<'_, BytesReader> {
        self._io.borrow()
    }
}
