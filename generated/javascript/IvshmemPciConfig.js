// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.IvshmemPciConfig || (root.IvshmemPciConfig = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (IvshmemPciConfig_, KaitaiStream) {
/**
 * The PCI configuration space of an ivshmem device, as a guest reads it
 * with configuration cycles: the standard type-0 header (64 bytes) and the
 * capability list behind it. Nothing in the layout is specific to ivshmem,
 * so it reads any conventional PCI function; the `is_ivshmem` instance
 * says whether this is one.
 * 
 * ivshmem's identity is vendor 0x1af4 (Red Hat / Qumranet), device 0x1110,
 * class 05 00 (memory controller, RAM), revision 1 (revision 0 before QEMU
 * 2.6). Its BARs:
 * 
 * | BAR | what | variants |
 * |---|---|---|
 * | 0 | the 256-byte register block (`ivshmem_regs`), 32-bit memory | both |
 * | 1 | the MSI-X table (at offset 0) and pending-bit array (at 0x800), 4 KiB | ivshmem-doorbell |
 * | 2 | the shared memory, 64-bit prefetchable memory (takes the BAR 3 slot too) | both |
 * 
 * ivshmem-doorbell has one capability, MSI-X with one table entry per
 * vector; ivshmem-plain has none. Neither has an interrupt pin (QEMU 7.2
 * reads 0 there): the doorbell variant interrupts through MSI-X only. The
 * MSI-X table entries (`msix_table_entry`) live in
 * BAR1, not here; the type is in this spec for the guest-side code that
 * programs them.
 * @see {@link https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-pci-device-s-guest-interface|Source}
 */

var IvshmemPciConfig = (function() {
  IvshmemPciConfig.CapabilityId = Object.freeze({
    POWER_MANAGEMENT: 1,
    MSI: 5,
    VENDOR_SPECIFIC: 9,
    PCI_EXPRESS: 16,
    MSIX: 17,

    1: "POWER_MANAGEMENT",
    5: "MSI",
    9: "VENDOR_SPECIFIC",
    16: "PCI_EXPRESS",
    17: "MSIX",
  });

  IvshmemPciConfig.Device = Object.freeze({
    IVSHMEM: 4368,

    4368: "IVSHMEM",
  });

  IvshmemPciConfig.MemoryType = Object.freeze({
    BITS32: 0,
    BELOW_1M: 1,
    BITS64: 2,

    0: "BITS32",
    1: "BELOW_1M",
    2: "BITS64",
  });

  IvshmemPciConfig.Vendor = Object.freeze({
    RED_HAT_QUMRANET: 6900,

    6900: "RED_HAT_QUMRANET",
  });

  function IvshmemPciConfig(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  IvshmemPciConfig.prototype._read = function() {
    this.vendorId = this._io.readU2le();
    this.deviceId = this._io.readU2le();
    this.command = new CommandBits(this._io, this, this._root);
    this.status = new StatusBits(this._io, this, this._root);
    this.revisionId = this._io.readU1();
    this.progIf = this._io.readU1();
    this.subclass = this._io.readU1();
    this.classCode = this._io.readU1();
    this.cacheLineSize = this._io.readU1();
    this.latencyTimer = this._io.readU1();
    this.headerType = this._io.readU1();
    this.bist = this._io.readU1();
    this.bars = [];
    for (var i = 0; i < 6; i++) {
      this.bars.push(new Bar(this._io, this, this._root));
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
   * One base address register. Bit 0 tells I/O from memory BARs; for a
   * memory BAR, bits 1..2 give its width (0 = 32-bit, 2 = 64-bit, whose
   * high half is the next BAR) and bit 3 says it is prefetchable. The
   * rest is the address, aligned to the BAR's size.
   */

  var Bar = IvshmemPciConfig.Bar = (function() {
    function Bar(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Bar.prototype._read = function() {
      this.isIo = this._io.readBitsIntLe(1) != 0;
      this.memoryType = this._io.readBitsIntLe(2);
      this.prefetchable = this._io.readBitsIntLe(1) != 0;
      this.addressBits = this._io.readBitsIntLe(28);
    }

    /**
     * The 32-bit address this BAR holds (the low half of a 64-bit one).
     */
    Object.defineProperty(Bar.prototype, 'address', {
      get: function() {
        if (this._m_address !== undefined)
          return this._m_address;
        this._m_address = (this.addressBits * 16);
        return this._m_address;
      }
    });

    /**
     * Bit 0, an I/O port BAR (never for ivshmem).
     */

    /**
     * Bits 1..2, the width of a memory BAR.
     */

    /**
     * Bit 3, the memory may be prefetched (BAR2 of ivshmem).
     */

    /**
     * Bits 4..31, the address divided by 16 (the low half for a 64-bit BAR).
     */

    return Bar;
  })();

  /**
   * A BAR number (low 3 bits) and an 8-byte aligned offset inside that BAR.
   */

  var BarOffset = IvshmemPciConfig.BarOffset = (function() {
    function BarOffset(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    BarOffset.prototype._read = function() {
      this.raw = this._io.readU4le();
    }

    /**
     * Which BAR (0..5) holds the structure.
     */
    Object.defineProperty(BarOffset.prototype, 'barIndex', {
      get: function() {
        if (this._m_barIndex !== undefined)
          return this._m_barIndex;
        this._m_barIndex = KaitaiStream.mod(this.raw, 8);
        return this._m_barIndex;
      }
    });

    /**
     * Offset inside the BAR.
     */
    Object.defineProperty(BarOffset.prototype, 'offset', {
      get: function() {
        if (this._m_offset !== undefined)
          return this._m_offset;
        this._m_offset = this.raw - KaitaiStream.mod(this.raw, 8);
        return this._m_offset;
      }
    });

    /**
     * The register as read; the low 3 bits are the BAR number.
     */

    return BarOffset;
  })();

  /**
   * One entry of the capability list: its ID, the offset of the next
   * entry (0 ends the list) and the body. `depth` counts entries, so a
   * list that loops ends after 48 entries (all that fit in 192 bytes).
   * @see {@link https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars|Source}
   */

  var Capability = IvshmemPciConfig.Capability = (function() {
    function Capability(_io, _parent, _root, depth) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;
      this.depth = depth;

      this._read();
    }
    Capability.prototype._read = function() {
      this.capabilityId = this._io.readU1();
      this.ofsNext = this._io.readU1();
      switch (this.capabilityId) {
      case IvshmemPciConfig.CapabilityId.MSIX:
        this.body = new MsixCapability(this._io, this, this._root);
        break;
      }
    }

    /**
     * The next entry of the list.
     */
    Object.defineProperty(Capability.prototype, 'next', {
      get: function() {
        if (this._m_next !== undefined)
          return this._m_next;
        if ( ((this.ofsNext >= 64) && (this.depth < 47)) ) {
          var io = this._root._io;
          var _pos = io.pos;
          io.seek(this.ofsNext - KaitaiStream.mod(this.ofsNext, 4));
          this._m_next = new Capability(io, this, this._root, this.depth + 1);
          io.seek(_pos);
        }
        return this._m_next;
      }
    });

    /**
     * What kind of capability this is (0x11 for MSI-X).
     */

    /**
     * Offset of the next capability in configuration space; 0 ends the list.
     */

    /**
     * The MSI-X fields (other capabilities are not described here).
     */

    /**
     * Number of entries before this one.
     */

    return Capability;
  })();

  /**
   * The 16-bit command register; the bits a guest sets to enable the function.
   */

  var CommandBits = IvshmemPciConfig.CommandBits = (function() {
    function CommandBits(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    CommandBits.prototype._read = function() {
      this.ioSpace = this._io.readBitsIntLe(1) != 0;
      this.memorySpace = this._io.readBitsIntLe(1) != 0;
      this.busMaster = this._io.readBitsIntLe(1) != 0;
      this.specialCycles = this._io.readBitsIntLe(1) != 0;
      this.memoryWriteInvalidate = this._io.readBitsIntLe(1) != 0;
      this.vgaPaletteSnoop = this._io.readBitsIntLe(1) != 0;
      this.parityErrorResponse = this._io.readBitsIntLe(1) != 0;
      this.reservedBit7 = this._io.readBitsIntLe(1) != 0;
      this.serrEnable = this._io.readBitsIntLe(1) != 0;
      this.fastBackToBack = this._io.readBitsIntLe(1) != 0;
      this.interruptDisable = this._io.readBitsIntLe(1) != 0;
      this.reserved = this._io.readBitsIntLe(5);
    }

    /**
     * Bit 0, answer I/O port BARs.
     */

    /**
     * Bit 1, answer memory BARs (BAR0, BAR1, BAR2 of ivshmem).
     */

    /**
     * Bit 2, the function may write to memory itself (needed for MSI-X messages).
     */

    /**
     * Bit 3, special cycles (not used by PCI Express).
     */

    /**
     * Bit 4, memory write and invalidate.
     */

    /**
     * Bit 5, VGA palette snooping.
     */

    /**
     * Bit 6, respond to parity errors.
     */

    /**
     * Bit 7, reserved.
     */

    /**
     * Bit 8, report system errors.
     */

    /**
     * Bit 9, fast back-to-back transactions.
     */

    /**
     * Bit 10, mask the INTx interrupt.
     */

    /**
     * Bits 11..15, reserved.
     */

    return CommandBits;
  })();

  /**
   * The MSI-X capability of ivshmem-doorbell: how many vectors it has and
   * where its table and pending-bit array are (BAR and offset).
   * @see {@link https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars|Source}
   */

  var MsixCapability = IvshmemPciConfig.MsixCapability = (function() {
    function MsixCapability(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    MsixCapability.prototype._read = function() {
      this.control = new MsixControl(this._io, this, this._root);
      this.table = new BarOffset(this._io, this, this._root);
      this.pendingBits = new BarOffset(this._io, this, this._root);
    }

    /**
     * The message control register.
     */

    /**
     * Where the MSI-X table is (BAR1, offset 0 on ivshmem).
     */

    /**
     * Where the pending-bit array is (BAR1, offset 0x800 on ivshmem).
     */

    return MsixCapability;
  })();

  /**
   * The 16-bit MSI-X message control register.
   */

  var MsixControl = IvshmemPciConfig.MsixControl = (function() {
    function MsixControl(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    MsixControl.prototype._read = function() {
      this.tableSizeMinusOne = this._io.readBitsIntLe(11);
      this.reserved = this._io.readBitsIntLe(3);
      this.functionMask = this._io.readBitsIntLe(1) != 0;
      this.enable = this._io.readBitsIntLe(1) != 0;
    }

    /**
     * Number of MSI-X vectors, one per ivshmem interrupt vector.
     */
    Object.defineProperty(MsixControl.prototype, 'numVectors', {
      get: function() {
        if (this._m_numVectors !== undefined)
          return this._m_numVectors;
        this._m_numVectors = this.tableSizeMinusOne + 1;
        return this._m_numVectors;
      }
    });

    /**
     * Bits 0..10, the number of table entries minus one.
     */

    /**
     * Bits 11..13, reserved.
     */

    /**
     * Bit 14, masks every vector at once.
     */

    /**
     * Bit 15, MSI-X is on (and INTx off).
     */

    return MsixControl;
  })();

  /**
   * One 16-byte entry of the MSI-X table (in BAR1 of ivshmem-doorbell):
   * where the device writes, and what, to signal its vector. With the
   * address pointing at guest RAM instead of the interrupt controller,
   * the write lands in memory, which is how the tests see a vector fire.
   * @see {@link https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars|Source}
   */

  var MsixTableEntry = IvshmemPciConfig.MsixTableEntry = (function() {
    function MsixTableEntry(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    MsixTableEntry.prototype._read = function() {
      this.addressLow = this._io.readU4le();
      this.addressHigh = this._io.readU4le();
      this.data = this._io.readU4le();
      this.vectorControl = this._io.readU4le();
    }

    /**
     * The full 64-bit message address.
     */
    Object.defineProperty(MsixTableEntry.prototype, 'address', {
      get: function() {
        if (this._m_address !== undefined)
          return this._m_address;
        this._m_address = (this.addressHigh * 4294967296 + this.addressLow);
        return this._m_address;
      }
    });

    /**
     * Whether the vector is masked.
     */
    Object.defineProperty(MsixTableEntry.prototype, 'masked', {
      get: function() {
        if (this._m_masked !== undefined)
          return this._m_masked;
        this._m_masked = KaitaiStream.mod(this.vectorControl, 2) == 1;
        return this._m_masked;
      }
    });

    /**
     * Low 32 bits of the message address (4-byte aligned).
     */

    /**
     * High 32 bits of the message address.
     */

    /**
     * The 32-bit value the device writes.
     */

    /**
     * Bit 0 masks this vector (the device then only sets its pending bit).
     */

    return MsixTableEntry;
  })();

  /**
   * The 16-bit status register.
   */

  var StatusBits = IvshmemPciConfig.StatusBits = (function() {
    function StatusBits(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    StatusBits.prototype._read = function() {
      this.reservedLow = this._io.readBitsIntLe(3);
      this.interruptStatus = this._io.readBitsIntLe(1) != 0;
      this.hasCapabilities = this._io.readBitsIntLe(1) != 0;
      this.mhz66Capable = this._io.readBitsIntLe(1) != 0;
      this.reservedBit6 = this._io.readBitsIntLe(1) != 0;
      this.fastBackToBackCapable = this._io.readBitsIntLe(1) != 0;
      this.errors = this._io.readBitsIntLe(8);
    }

    /**
     * Bits 0..2, reserved.
     */

    /**
     * Bit 3, the function asserts INTx.
     */

    /**
     * Bit 4, there is a capability list at `ofs_capabilities`.
     */

    /**
     * Bit 5, 66 MHz capable (conventional PCI).
     */

    /**
     * Bit 6, reserved.
     */

    /**
     * Bit 7, fast back-to-back capable.
     */

    /**
     * Bits 8..15, parity, abort, DEVSEL timing and error flags.
     */

    return StatusBits;
  })();

  /**
   * The first entry of the capability list (the others follow from it).
   */
  Object.defineProperty(IvshmemPciConfig.prototype, 'firstCapability', {
    get: function() {
      if (this._m_firstCapability !== undefined)
        return this._m_firstCapability;
      if ( ((this.status.hasCapabilities) && (this.ofsCapabilities >= 64)) ) {
        var _pos = this._io.pos;
        this._io.seek(this.ofsCapabilities - KaitaiStream.mod(this.ofsCapabilities, 4));
        this._m_firstCapability = new Capability(this._io, this, this._root, 0);
        this._io.seek(_pos);
      }
      return this._m_firstCapability;
    }
  });

  /**
   * Whether the function is an ivshmem device.
   */
  Object.defineProperty(IvshmemPciConfig.prototype, 'isIvshmem', {
    get: function() {
      if (this._m_isIvshmem !== undefined)
        return this._m_isIvshmem;
      this._m_isIvshmem =  ((this.vendorId == IvshmemPciConfig.Vendor.RED_HAT_QUMRANET) && (this.deviceId == IvshmemPciConfig.Device.IVSHMEM)) ;
      return this._m_isIvshmem;
    }
  });

  /**
   * Vendor ID; 0x1af4 for ivshmem.
   */

  /**
   * Device ID; 0x1110 for ivshmem.
   */

  /**
   * The command register (which address spaces the function answers in).
   */

  /**
   * The status register.
   */

  /**
   * Revision; ivshmem is 1 since QEMU 2.6, 0 before.
   */

  /**
   * Programming interface byte of the class code; 0 for ivshmem.
   */

  /**
   * Subclass; 0x00 (RAM) for ivshmem.
   */

  /**
   * Base class; 0x05 (memory controller) for ivshmem.
   */

  /**
   * Cache line size in 32-bit words (set by firmware).
   */

  /**
   * Latency timer (conventional PCI bus masters).
   */

  /**
   * Layout of bytes 0x10..0x3f (0 for a device); bit 7 marks a multi-function device.
   */

  /**
   * Built-in self test control; 0 when not supported.
   */

  /**
   * The six base address registers, 0x10..0x27. A 64-bit BAR uses two
   * slots: the slot after it holds the high half of its address and is
   * not a BAR of its own (ivshmem's BAR2 takes slot 3 this way).
   */

  /**
   * CardBus CIS pointer; unused.
   */

  /**
   * Subsystem vendor ID (QEMU gives 0x1af4).
   */

  /**
   * Subsystem ID (QEMU gives 0x1100).
   */

  /**
   * Expansion ROM base address; 0 when the function has no ROM.
   */

  /**
   * Offset of the first capability (bits 0 and 1 are reserved), valid when status says there is a list.
   */

  /**
   * Bytes 0x35..0x3b, reserved.
   */

  /**
   * Interrupt line routing, written by firmware.
   */

  /**
   * Interrupt pin (1 = INTA#); 0 when the function has no INTx (ivshmem-plain).
   */

  /**
   * Minimum burst period (conventional PCI); 0.
   */

  /**
   * Maximum latency (conventional PCI); 0.
   */

  return IvshmemPciConfig;
})();
IvshmemPciConfig_.IvshmemPciConfig = IvshmemPciConfig;
});
