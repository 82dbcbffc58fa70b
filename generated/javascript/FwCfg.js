// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.FwCfg || (root.FwCfg = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (FwCfg_, KaitaiStream) {
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
 * @see {@link https://www.qemu.org/docs/master/specs/fw_cfg.html|Source}
 */

var FwCfg = (function() {
  FwCfg.Features = Object.freeze({
    TRADITIONAL: 1,
    DMA: 2,

    1: "TRADITIONAL",
    2: "DMA",
  });

  FwCfg.Key = Object.freeze({
    SIGNATURE: 0,
    ID: 1,
    UUID: 2,
    RAM_SIZE: 3,
    NOGRAPHIC: 4,
    NB_CPUS: 5,
    MACHINE_ID: 6,
    KERNEL_ADDR: 7,
    KERNEL_SIZE: 8,
    KERNEL_CMDLINE: 9,
    INITRD_ADDR: 10,
    INITRD_SIZE: 11,
    BOOT_DEVICE: 12,
    NUMA: 13,
    BOOT_MENU: 14,
    MAX_CPUS: 15,
    KERNEL_ENTRY: 16,
    KERNEL_DATA: 17,
    INITRD_DATA: 18,
    CMDLINE_ADDR: 19,
    CMDLINE_SIZE: 20,
    CMDLINE_DATA: 21,
    SETUP_ADDR: 22,
    SETUP_SIZE: 23,
    SETUP_DATA: 24,
    FILE_DIR: 25,
    FILE_FIRST: 32,
    X86_ACPI_TABLES: 32768,
    X86_SMBIOS_ENTRIES: 32769,
    X86_IRQ0_OVERRIDE: 32770,
    X86_E820_TABLE: 32771,
    X86_HPET: 32772,

    0: "SIGNATURE",
    1: "ID",
    2: "UUID",
    3: "RAM_SIZE",
    4: "NOGRAPHIC",
    5: "NB_CPUS",
    6: "MACHINE_ID",
    7: "KERNEL_ADDR",
    8: "KERNEL_SIZE",
    9: "KERNEL_CMDLINE",
    10: "INITRD_ADDR",
    11: "INITRD_SIZE",
    12: "BOOT_DEVICE",
    13: "NUMA",
    14: "BOOT_MENU",
    15: "MAX_CPUS",
    16: "KERNEL_ENTRY",
    17: "KERNEL_DATA",
    18: "INITRD_DATA",
    19: "CMDLINE_ADDR",
    20: "CMDLINE_SIZE",
    21: "CMDLINE_DATA",
    22: "SETUP_ADDR",
    23: "SETUP_SIZE",
    24: "SETUP_DATA",
    25: "FILE_DIR",
    32: "FILE_FIRST",
    32768: "X86_ACPI_TABLES",
    32769: "X86_SMBIOS_ENTRIES",
    32770: "X86_IRQ0_OVERRIDE",
    32771: "X86_E820_TABLE",
    32772: "X86_HPET",
  });

  function FwCfg(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  FwCfg.prototype._read = function() {
    this.signature = new SignatureItem(this._io, this, this._root);
  }

  /**
   * What the guest reads from the 8-byte DMA address register when the
   * DMA interface exists: the big-endian number 0x51454d5520434647, which
   * is the text "QEMU CFG" in memory order.
   * @see {@link https://www.qemu.org/docs/master/specs/fw_cfg.html#signature-key-0x0000-fw-cfg-signature|Source}
   */

  var DmaSignature = FwCfg.DmaSignature = (function() {
    function DmaSignature(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    DmaSignature.prototype._read = function() {
      this.magic = this._io.readBytes(8);
      if (!((KaitaiStream.byteArrayCompare(this.magic, new Uint8Array([81, 69, 77, 85, 32, 67, 70, 71])) == 0))) {
        throw new KaitaiStream.ValidationNotEqualError(new Uint8Array([81, 69, 77, 85, 32, 67, 70, 71]), this.magic, this._io, "/types/dma_signature/seq/0");
      }
    }

    /**
     * The eight bytes "QEMU CFG".
     */

    return DmaSignature;
  })();

  /**
   * Item 0x0001, a 32-bit little-endian feature bitmap. Bit 0 (the
   * traditional selector/data interface) is always set; bit 1 says the
   * DMA interface is there.
   * @see {@link https://www.qemu.org/docs/master/specs/fw_cfg.html#revision-feature-bitmap-key-0x0001-fw-cfg-id|Source}
   */

  var IdItem = FwCfg.IdItem = (function() {
    function IdItem(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    IdItem.prototype._read = function() {
      this.traditional = this._io.readBitsIntLe(1) != 0;
      this.dma = this._io.readBitsIntLe(1) != 0;
      this.reserved = this._io.readBitsIntLe(30);
    }

    /**
     * The selector and data registers work (always set).
     */

    /**
     * The DMA address register works.
     */

    /**
     * Not defined; zero from QEMU.
     */

    return IdItem;
  })();

  /**
   * The 16-bit value written to the selector register. The low 14 bits
   * index an item; bit 14 asked for write access in QEMU before 2.4 (it is
   * ignored today: writes go through DMA and each item decides whether it
   * is writable); bit 15 picks the architecture-specific item table.
   * Read as a little-endian 16-bit number (the x86 port's byte order).
   * @see {@link https://www.qemu.org/docs/master/specs/fw_cfg.html#selector-control-register|Source}
   */

  var SelectorKey = FwCfg.SelectorKey = (function() {
    function SelectorKey(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    SelectorKey.prototype._read = function() {
      this.index = this._io.readBitsIntLe(14);
      this.write = this._io.readBitsIntLe(1) != 0;
      this.archLocal = this._io.readBitsIntLe(1) != 0;
    }

    /**
     * The key as a well-known architecture-specific key (meaningful when `arch_local` is true).
     */
    Object.defineProperty(SelectorKey.prototype, 'archKey', {
      get: function() {
        if (this._m_archKey !== undefined)
          return this._m_archKey;
        this._m_archKey = 32768 + this.index;
        return this._m_archKey;
      }
    });

    /**
     * The index as a well-known generic key (meaningful when `arch_local` is false).
     */
    Object.defineProperty(SelectorKey.prototype, 'genericKey', {
      get: function() {
        if (this._m_genericKey !== undefined)
          return this._m_genericKey;
        this._m_genericKey = this.index;
        return this._m_genericKey;
      }
    });

    /**
     * Item number inside its table (0x0000..0x3fff).
     */

    /**
     * Historic write-mode bit (0x4000); QEMU ignores it since 2.4.
     */

    /**
     * Set (0x8000) for the architecture-specific table, clear for the generic one.
     */

    return SelectorKey;
  })();

  /**
   * Item 0x0000. Selecting it and reading four bytes from the data
   * register gives "QEMU" when the device is present.
   * @see {@link https://www.qemu.org/docs/master/specs/fw_cfg.html#signature-key-0x0000-fw-cfg-signature|Source}
   */

  var SignatureItem = FwCfg.SignatureItem = (function() {
    function SignatureItem(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    SignatureItem.prototype._read = function() {
      this.magic = this._io.readBytes(4);
      if (!((KaitaiStream.byteArrayCompare(this.magic, new Uint8Array([81, 69, 77, 85])) == 0))) {
        throw new KaitaiStream.ValidationNotEqualError(new Uint8Array([81, 69, 77, 85]), this.magic, this._io, "/types/signature_item/seq/0");
      }
    }

    /**
     * The four bytes "QEMU".
     */

    return SignatureItem;
  })();

  /**
   * The item at key 0x0000, read to learn whether the device is there.
   */

  return FwCfg;
})();
FwCfg_.FwCfg = FwCfg;
});
