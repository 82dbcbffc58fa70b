// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.PciIds || (root.PciIds = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (PciIds_, KaitaiStream) {
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
 * @see {@link https://www.qemu.org/docs/master/specs/pci-ids.html|Source}
 * @see {@link https://github.com/qemu/qemu/blob/master/docs/specs/pci-ids.rst|Source}
 */

var PciIds = (function() {
  PciIds.Device1af4 = Object.freeze({
    VIRTIO_NET_LEGACY: 4096,
    VIRTIO_BLOCK_LEGACY: 4097,
    VIRTIO_BALLOON_LEGACY: 4098,
    VIRTIO_CONSOLE_LEGACY: 4099,
    VIRTIO_SCSI_LEGACY: 4100,
    VIRTIO_RNG_LEGACY: 4101,
    VIRTIO_9P_LEGACY: 4105,
    VIRTIO_VSOCK_LEGACY: 4114,
    VIRTIO_NET: 4161,
    VIRTIO_BLOCK: 4162,
    VIRTIO_CONSOLE: 4163,
    VIRTIO_RNG: 4164,
    VIRTIO_BALLOON: 4165,
    VIRTIO_IOMEM: 4166,
    VIRTIO_RPMSG: 4167,
    VIRTIO_SCSI: 4168,
    VIRTIO_9P: 4169,
    VIRTIO_MAC80211_WLAN: 4170,
    VIRTIO_RPROC_SERIAL: 4171,
    VIRTIO_CAIF: 4172,
    VIRTIO_MEMORY_BALLOON: 4173,
    VIRTIO_GPU: 4176,
    VIRTIO_CLOCK: 4177,
    VIRTIO_INPUT: 4178,
    VIRTIO_VSOCK: 4179,
    VIRTIO_CRYPTO: 4180,
    VIRTIO_SIGNAL_DIST: 4181,
    VIRTIO_PSTORE: 4182,
    VIRTIO_IOMMU: 4183,
    VIRTIO_MEM: 4184,
    VIRTIO_SOUND: 4185,
    VIRTIO_FS: 4186,
    VIRTIO_PMEM: 4187,
    VIRTIO_RPMB: 4188,
    VIRTIO_MAC80211_HWSIM: 4189,
    VIRTIO_VIDEO_ENCODER: 4190,
    VIRTIO_VIDEO_DECODER: 4191,
    VIRTIO_SCMI: 4192,
    VIRTIO_NITRO_SEC_MOD: 4193,
    VIRTIO_I2C_ADAPTER: 4194,
    VIRTIO_WATCHDOG: 4195,
    VIRTIO_CAN: 4196,
    VIRTIO_DMABUF: 4197,
    VIRTIO_PARAM_SERV: 4198,
    VIRTIO_AUDIO_POLICY: 4199,
    VIRTIO_BT: 4200,
    VIRTIO_GPIO: 4201,
    EXPERIMENTAL_0: 4336,
    EXPERIMENTAL_1: 4337,
    EXPERIMENTAL_2: 4338,
    EXPERIMENTAL_3: 4339,
    EXPERIMENTAL_4: 4340,
    EXPERIMENTAL_5: 4341,
    EXPERIMENTAL_6: 4342,
    EXPERIMENTAL_7: 4343,
    EXPERIMENTAL_8: 4344,
    EXPERIMENTAL_9: 4345,
    EXPERIMENTAL_A: 4346,
    EXPERIMENTAL_B: 4347,
    EXPERIMENTAL_C: 4348,
    EXPERIMENTAL_D: 4349,
    EXPERIMENTAL_E: 4350,
    EXPERIMENTAL_F: 4351,
    QEMU_SUBSYSTEM: 4352,
    IVSHMEM: 4368,

    4096: "VIRTIO_NET_LEGACY",
    4097: "VIRTIO_BLOCK_LEGACY",
    4098: "VIRTIO_BALLOON_LEGACY",
    4099: "VIRTIO_CONSOLE_LEGACY",
    4100: "VIRTIO_SCSI_LEGACY",
    4101: "VIRTIO_RNG_LEGACY",
    4105: "VIRTIO_9P_LEGACY",
    4114: "VIRTIO_VSOCK_LEGACY",
    4161: "VIRTIO_NET",
    4162: "VIRTIO_BLOCK",
    4163: "VIRTIO_CONSOLE",
    4164: "VIRTIO_RNG",
    4165: "VIRTIO_BALLOON",
    4166: "VIRTIO_IOMEM",
    4167: "VIRTIO_RPMSG",
    4168: "VIRTIO_SCSI",
    4169: "VIRTIO_9P",
    4170: "VIRTIO_MAC80211_WLAN",
    4171: "VIRTIO_RPROC_SERIAL",
    4172: "VIRTIO_CAIF",
    4173: "VIRTIO_MEMORY_BALLOON",
    4176: "VIRTIO_GPU",
    4177: "VIRTIO_CLOCK",
    4178: "VIRTIO_INPUT",
    4179: "VIRTIO_VSOCK",
    4180: "VIRTIO_CRYPTO",
    4181: "VIRTIO_SIGNAL_DIST",
    4182: "VIRTIO_PSTORE",
    4183: "VIRTIO_IOMMU",
    4184: "VIRTIO_MEM",
    4185: "VIRTIO_SOUND",
    4186: "VIRTIO_FS",
    4187: "VIRTIO_PMEM",
    4188: "VIRTIO_RPMB",
    4189: "VIRTIO_MAC80211_HWSIM",
    4190: "VIRTIO_VIDEO_ENCODER",
    4191: "VIRTIO_VIDEO_DECODER",
    4192: "VIRTIO_SCMI",
    4193: "VIRTIO_NITRO_SEC_MOD",
    4194: "VIRTIO_I2C_ADAPTER",
    4195: "VIRTIO_WATCHDOG",
    4196: "VIRTIO_CAN",
    4197: "VIRTIO_DMABUF",
    4198: "VIRTIO_PARAM_SERV",
    4199: "VIRTIO_AUDIO_POLICY",
    4200: "VIRTIO_BT",
    4201: "VIRTIO_GPIO",
    4336: "EXPERIMENTAL_0",
    4337: "EXPERIMENTAL_1",
    4338: "EXPERIMENTAL_2",
    4339: "EXPERIMENTAL_3",
    4340: "EXPERIMENTAL_4",
    4341: "EXPERIMENTAL_5",
    4342: "EXPERIMENTAL_6",
    4343: "EXPERIMENTAL_7",
    4344: "EXPERIMENTAL_8",
    4345: "EXPERIMENTAL_9",
    4346: "EXPERIMENTAL_A",
    4347: "EXPERIMENTAL_B",
    4348: "EXPERIMENTAL_C",
    4349: "EXPERIMENTAL_D",
    4350: "EXPERIMENTAL_E",
    4351: "EXPERIMENTAL_F",
    4352: "QEMU_SUBSYSTEM",
    4368: "IVSHMEM",
  });

  PciIds.Device1b36 = Object.freeze({
    PCI_BRIDGE: 1,
    PCI_SERIAL: 2,
    PCI_SERIAL_2X: 3,
    PCI_SERIAL_4X: 4,
    PCI_TESTDEV: 5,
    ROCKER: 6,
    SDHCI: 7,
    PCIE_HOST_BRIDGE: 8,
    PXB: 9,
    PCI_BRIDGE_SEAT: 10,
    PXB_PCIE: 11,
    PCIE_ROOT_PORT: 12,
    XHCI: 13,
    PCIE_PCI_BRIDGE: 14,
    MDPY: 15,
    NVME: 16,
    PVPANIC: 17,
    ACPI_ERST: 18,
    UFS: 19,
    RISCV_IOMMU: 20,
    QXL: 256,

    1: "PCI_BRIDGE",
    2: "PCI_SERIAL",
    3: "PCI_SERIAL_2X",
    4: "PCI_SERIAL_4X",
    5: "PCI_TESTDEV",
    6: "ROCKER",
    7: "SDHCI",
    8: "PCIE_HOST_BRIDGE",
    9: "PXB",
    10: "PCI_BRIDGE_SEAT",
    11: "PXB_PCIE",
    12: "PCIE_ROOT_PORT",
    13: "XHCI",
    14: "PCIE_PCI_BRIDGE",
    15: "MDPY",
    16: "NVME",
    17: "PVPANIC",
    18: "ACPI_ERST",
    19: "UFS",
    20: "RISCV_IOMMU",
    256: "QXL",
  });

  PciIds.Vendor = Object.freeze({
    RED_HAT_QUMRANET: 6900,
    RED_HAT: 6966,

    6900: "RED_HAT_QUMRANET",
    6966: "RED_HAT",
  });

  PciIds.VirtioDevice = Object.freeze({
    NET: 1,
    BLOCK: 2,
    CONSOLE: 3,
    RNG: 4,
    BALLOON: 5,
    IOMEM: 6,
    RPMSG: 7,
    SCSI: 8,
    TRANSPORT_9P: 9,
    MAC80211_WLAN: 10,
    RPROC_SERIAL: 11,
    CAIF: 12,
    MEMORY_BALLOON: 13,
    GPU: 16,
    CLOCK: 17,
    INPUT: 18,
    VSOCK: 19,
    CRYPTO: 20,
    SIGNAL_DIST: 21,
    PSTORE: 22,
    IOMMU: 23,
    MEM: 24,
    SOUND: 25,
    FS: 26,
    PMEM: 27,
    RPMB: 28,
    MAC80211_HWSIM: 29,
    VIDEO_ENCODER: 30,
    VIDEO_DECODER: 31,
    SCMI: 32,
    NITRO_SEC_MOD: 33,
    I2C_ADAPTER: 34,
    WATCHDOG: 35,
    CAN: 36,
    DMABUF: 37,
    PARAM_SERV: 38,
    AUDIO_POLICY: 39,
    BT: 40,
    GPIO: 41,

    1: "NET",
    2: "BLOCK",
    3: "CONSOLE",
    4: "RNG",
    5: "BALLOON",
    6: "IOMEM",
    7: "RPMSG",
    8: "SCSI",
    9: "TRANSPORT_9P",
    10: "MAC80211_WLAN",
    11: "RPROC_SERIAL",
    12: "CAIF",
    13: "MEMORY_BALLOON",
    16: "GPU",
    17: "CLOCK",
    18: "INPUT",
    19: "VSOCK",
    20: "CRYPTO",
    21: "SIGNAL_DIST",
    22: "PSTORE",
    23: "IOMMU",
    24: "MEM",
    25: "SOUND",
    26: "FS",
    27: "PMEM",
    28: "RPMB",
    29: "MAC80211_HWSIM",
    30: "VIDEO_ENCODER",
    31: "VIDEO_DECODER",
    32: "SCMI",
    33: "NITRO_SEC_MOD",
    34: "I2C_ADAPTER",
    35: "WATCHDOG",
    36: "CAN",
    37: "DMABUF",
    38: "PARAM_SERV",
    39: "AUDIO_POLICY",
    40: "BT",
    41: "GPIO",
  });

  function PciIds(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  PciIds.prototype._read = function() {
    this.vendorId = this._io.readU2le();
    this.deviceId = this._io.readU2le();
    this.command = this._io.readU2le();
    this.status = this._io.readU2le();
    this.revisionId = this._io.readU1();
    this.progIf = this._io.readU1();
    this.subclass = this._io.readU1();
    this.classCode = this._io.readU1();
    this.cacheLineSize = this._io.readU1();
    this.latencyTimer = this._io.readU1();
    this.headerType = new HeaderType(this._io, this, this._root);
    this.bist = this._io.readU1();
    switch (this.headerType.layout) {
    case 0:
      this.header = new GeneralHeader(this._io, this, this._root);
      break;
    case 1:
      this.header = new BridgeHeader(this._io, this, this._root);
      break;
    }
  }

  /**
   * Bytes 0x10..0x3f of a type 1 (PCI-to-PCI bridge) header.
   */

  var BridgeHeader = PciIds.BridgeHeader = (function() {
    function BridgeHeader(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    BridgeHeader.prototype._read = function() {
      this.bars = [];
      for (var i = 0; i < 2; i++) {
        this.bars.push(this._io.readU4le());
      }
      this.primaryBus = this._io.readU1();
      this.secondaryBus = this._io.readU1();
      this.subordinateBus = this._io.readU1();
      this.secondaryLatencyTimer = this._io.readU1();
      this.ioBase = this._io.readU1();
      this.ioLimit = this._io.readU1();
      this.secondaryStatus = this._io.readU2le();
      this.memoryBase = this._io.readU2le();
      this.memoryLimit = this._io.readU2le();
      this.prefetchableBase = this._io.readU2le();
      this.prefetchableLimit = this._io.readU2le();
      this.prefetchableBaseUpper = this._io.readU4le();
      this.prefetchableLimitUpper = this._io.readU4le();
      this.ioBaseUpper = this._io.readU2le();
      this.ioLimitUpper = this._io.readU2le();
      this.ofsCapabilities = this._io.readU1();
      this.reserved = this._io.readBytes(3);
      this.expansionRom = this._io.readU4le();
      this.interruptLine = this._io.readU1();
      this.interruptPin = this._io.readU1();
      this.bridgeControl = this._io.readU2le();
    }

    /**
     * Base address registers 0 and 1.
     */

    /**
     * Bus number of the bus the bridge sits on.
     */

    /**
     * Bus number behind the bridge.
     */

    /**
     * Highest bus number behind the bridge.
     */

    /**
     * Latency timer of the secondary bus.
     */

    /**
     * I/O window base (bits 15..12 of the address).
     */

    /**
     * I/O window limit.
     */

    /**
     * Status of the secondary bus.
     */

    /**
     * Memory window base (bits 31..20).
     */

    /**
     * Memory window limit.
     */

    /**
     * Prefetchable memory window base.
     */

    /**
     * Prefetchable memory window limit.
     */

    /**
     * Upper 32 bits of the prefetchable base.
     */

    /**
     * Upper 32 bits of the prefetchable limit.
     */

    /**
     * Upper 16 bits of the I/O base.
     */

    /**
     * Upper 16 bits of the I/O limit.
     */

    /**
     * Offset of the first capability.
     */

    /**
     * Reserved.
     */

    /**
     * Expansion ROM base address.
     */

    /**
     * Interrupt line.
     */

    /**
     * Interrupt pin.
     */

    /**
     * Bridge control register.
     */

    return BridgeHeader;
  })();

  /**
   * Bytes 0x10..0x3f of a type 0 header.
   */

  var GeneralHeader = PciIds.GeneralHeader = (function() {
    function GeneralHeader(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    GeneralHeader.prototype._read = function() {
      this.bars = [];
      for (var i = 0; i < 6; i++) {
        this.bars.push(this._io.readU4le());
      }
      this.cardbusCis = this._io.readU4le();
      this.subsystemVendorId = this._io.readU2le();
      this.subsystemId = this._io.readU2le();
      this.expansionRom = this._io.readU4le();
      this.ofsCapabilities = this._io.readU1();
      this.reserved = this._io.readBytes(7);
      this.interruptLine = this._io.readU1();
      this.interruptPin = this._io.readU1();
      this.minGrant = this._io.readU1();
      this.maxLatency = this._io.readU1();
    }

    /**
     * The subsystem ID named from vendor 0x1af4's table (0x1100 for emulated hardware).
     */
    Object.defineProperty(GeneralHeader.prototype, 'qemuSubsystem', {
      get: function() {
        if (this._m_qemuSubsystem !== undefined)
          return this._m_qemuSubsystem;
        if ( ((this.subsystemVendorId == PciIds.Vendor.RED_HAT_QUMRANET) && (this.subsystemId >= 4096)) ) {
          this._m_qemuSubsystem = this.subsystemId;
        }
        return this._m_qemuSubsystem;
      }
    });

    /**
     * A transitional virtio device's subsystem ID, its virtio device ID.
     */
    Object.defineProperty(GeneralHeader.prototype, 'virtioSubsystem', {
      get: function() {
        if (this._m_virtioSubsystem !== undefined)
          return this._m_virtioSubsystem;
        if ( ((this.subsystemVendorId == PciIds.Vendor.RED_HAT_QUMRANET) && (this.subsystemId < 4096)) ) {
          this._m_virtioSubsystem = this.subsystemId;
        }
        return this._m_virtioSubsystem;
      }
    });

    /**
     * Base address registers 0..5.
     */

    /**
     * CardBus CIS pointer.
     */

    /**
     * Vendor of the subsystem; 0x1af4 for QEMU's devices.
     */

    /**
     * Subsystem; the virtio device ID for transitional virtio devices, 0x1100 for most others.
     */

    /**
     * Expansion ROM base address.
     */

    /**
     * Offset of the first capability.
     */

    /**
     * Reserved.
     */

    /**
     * Interrupt line (written by firmware).
     */

    /**
     * Interrupt pin, 1..4 for INTA..INTD, 0 for none.
     */

    /**
     * Minimum grant.
     */

    /**
     * Maximum latency.
     */

    return GeneralHeader;
  })();

  /**
   * The header type byte.
   */

  var HeaderType = PciIds.HeaderType = (function() {
    function HeaderType(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    HeaderType.prototype._read = function() {
      this.multiFunction = this._io.readBitsIntBe(1) != 0;
      this.layout = this._io.readBitsIntBe(7);
    }

    /**
     * Bit 7, the device has functions other than 0.
     */

    /**
     * Bits 6..0, header layout (0 general, 1 PCI-to-PCI bridge, 2 CardBus bridge).
     */

    return HeaderType;
  })();

  /**
   * The device ID named from vendor 0x1af4's table.
   */
  Object.defineProperty(PciIds.prototype, 'qemuDevice', {
    get: function() {
      if (this._m_qemuDevice !== undefined)
        return this._m_qemuDevice;
      if (this.vendorId == PciIds.Vendor.RED_HAT_QUMRANET) {
        this._m_qemuDevice = this.deviceId;
      }
      return this._m_qemuDevice;
    }
  });

  /**
   * The device ID named from vendor 0x1b36's table.
   */
  Object.defineProperty(PciIds.prototype, 'qemuOwnDevice', {
    get: function() {
      if (this._m_qemuOwnDevice !== undefined)
        return this._m_qemuOwnDevice;
      if (this.vendorId == PciIds.Vendor.RED_HAT) {
        this._m_qemuOwnDevice = this.deviceId;
      }
      return this._m_qemuOwnDevice;
    }
  });

  /**
   * For a modern virtio device, the virtio device ID (the PCI device ID minus 0x1040).
   */
  Object.defineProperty(PciIds.prototype, 'virtioDevice', {
    get: function() {
      if (this._m_virtioDevice !== undefined)
        return this._m_virtioDevice;
      if ( ((this.vendorId == PciIds.Vendor.RED_HAT_QUMRANET) && (this.deviceId >= 4160) && (this.deviceId <= 4335)) ) {
        this._m_virtioDevice = this.deviceId - 4160;
      }
      return this._m_virtioDevice;
    }
  });

  /**
   * Who made the device (named when it is one of QEMU's vendors).
   */

  /**
   * The device, numbered by its vendor (see `qemu_device` and `qemu_own_device`).
   */

  /**
   * Command register (I/O and memory decoding, bus mastering, ...).
   */

  /**
   * Status register (bit 4 says a capability list is there).
   */

  /**
   * Device revision.
   */

  /**
   * Programming interface (class code, low byte).
   */

  /**
   * Subclass (class code, middle byte).
   */

  /**
   * Base class (class code, high byte), e.g. 2 network, 6 bridge.
   */

  /**
   * Cache line size in 32-bit words.
   */

  /**
   * Latency timer.
   */

  /**
   * Layout of the rest of the header, and whether the device has several functions.
   */

  /**
   * Built-in self test.
   */

  /**
   * The rest of the 64-byte header (type 0 for devices, type 1 for PCI-to-PCI bridges).
   */

  return PciIds;
})();
PciIds_.PciIds = PciIds;
});
