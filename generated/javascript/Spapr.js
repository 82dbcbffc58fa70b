// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.Spapr || (root.Spapr = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (Spapr_, KaitaiStream) {
/**
 * What the sPAPR specs share: the DRC index (a connector's type in the top
 * 4 bits, its id below), the flags word of a logical memory block, the
 * registers of a hypercall, and the numbers of the sPAPR hotplug and
 * hypercall documents: DRC types, the RTAS sensors and indicators 9001, 9002
 * and 9003 with their values, configure-connector answers, RTAS and
 * hypercall status codes, QEMU's private hypercalls H_RTAS (0xf000) and
 * H_LOGICAL_MEMOP (0xf001) with its element sizes and operations, and the
 * hotplug event's type, action and identifier kinds.
 * 
 * This spec has no top-level structure of its own; the property specs
 * (`spapr_drc_indexes`, `spapr_dynamic_memory`, ...), `spapr_rtas_event_log`,
 * `spapr_cc_work_area`, `spapr_rtas_args` and `dtb` use its types and enums.
 * Everything is big-endian, as the guest (Power) sees it.
 * @see {@link https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt|Source}
 * @see {@link https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html|Source}
 */

var Spapr = (function() {
  Spapr.AllocationState = Object.freeze({
    UNUSABLE: 0,
    USABLE: 1,
    EXCHANGE: 2,
    RECOVER: 3,

    0: "UNUSABLE",
    1: "USABLE",
    2: "EXCHANGE",
    3: "RECOVER",
  });

  Spapr.CcStatus = Object.freeze({
    NOT_CONFIGURABLE: -9003,
    HARDWARE_ERROR: -1,
    COMPLETE: 0,
    NEXT_SIBLING: 1,
    NEXT_CHILD: 2,
    NEXT_PROPERTY: 3,
    PREVIOUS_PARENT: 4,
    MORE_MEMORY: 5,
    CALL_AGAIN: 9900,

    "-9003": "NOT_CONFIGURABLE",
    "-1": "HARDWARE_ERROR",
    0: "COMPLETE",
    1: "NEXT_SIBLING",
    2: "NEXT_CHILD",
    3: "NEXT_PROPERTY",
    4: "PREVIOUS_PARENT",
    5: "MORE_MEMORY",
    9900: "CALL_AGAIN",
  });

  Spapr.DrIndicatorState = Object.freeze({
    INACTIVE: 0,
    ACTIVE: 1,
    IDENTIFY: 2,
    ACTION: 3,

    0: "INACTIVE",
    1: "ACTIVE",
    2: "IDENTIFY",
    3: "ACTION",
  });

  Spapr.DrcType = Object.freeze({
    CPU: 1,
    PHB: 2,
    VIO: 3,
    PCI: 4,
    LMB: 8,
    PMEM: 9,

    1: "CPU",
    2: "PHB",
    3: "VIO",
    4: "PCI",
    8: "LMB",
    9: "PMEM",
  });

  Spapr.EntitySense = Object.freeze({
    EMPTY: 0,
    PRESENT: 1,
    UNUSABLE: 2,
    EXCHANGE: 3,
    RECOVERY: 4,

    0: "EMPTY",
    1: "PRESENT",
    2: "UNUSABLE",
    3: "EXCHANGE",
    4: "RECOVERY",
  });

  Spapr.EventClass = Object.freeze({
    INTERNAL_ERRORS: 0,
    EPOW: 1,
    RESERVED: 2,
    HOT_PLUG: 3,
    IO: 4,

    0: "INTERNAL_ERRORS",
    1: "EPOW",
    2: "RESERVED",
    3: "HOT_PLUG",
    4: "IO",
  });

  Spapr.Hcall = Object.freeze({
    H_RTAS: 61440,
    H_LOGICAL_MEMOP: 61441,
    H_CAS: 61442,
    H_UPDATE_DT: 61443,
    H_VOF_CLIENT: 61445,

    61440: "H_RTAS",
    61441: "H_LOGICAL_MEMOP",
    61442: "H_CAS",
    61443: "H_UPDATE_DT",
    61445: "H_VOF_CLIENT",
  });

  Spapr.HcallStatus = Object.freeze({
    PARAMETER: -4,
    PRIVILEGE: -3,
    FUNCTION: -2,
    HARDWARE: -1,
    SUCCESS: 0,
    BUSY: 1,

    "-4": "PARAMETER",
    "-3": "PRIVILEGE",
    "-2": "FUNCTION",
    "-1": "HARDWARE",
    0: "SUCCESS",
    1: "BUSY",
  });

  Spapr.HotplugAction = Object.freeze({
    ADD: 1,
    REMOVE: 2,

    1: "ADD",
    2: "REMOVE",
  });

  Spapr.HotplugIdentifier = Object.freeze({
    DRC_NAME: 1,
    DRC_INDEX: 2,
    DRC_COUNT: 3,
    DRC_COUNT_INDEXED: 4,

    1: "DRC_NAME",
    2: "DRC_INDEX",
    3: "DRC_COUNT",
    4: "DRC_COUNT_INDEXED",
  });

  Spapr.HotplugType = Object.freeze({
    CPU: 1,
    MEMORY: 2,
    SLOT: 3,
    PHB: 4,
    PCI: 5,
    PMEM: 6,

    1: "CPU",
    2: "MEMORY",
    3: "SLOT",
    4: "PHB",
    5: "PCI",
    6: "PMEM",
  });

  Spapr.Indicator = Object.freeze({
    ISOLATION_STATE: 9001,
    DR_INDICATOR: 9002,
    ALLOCATION_STATE: 9003,

    9001: "ISOLATION_STATE",
    9002: "DR_INDICATOR",
    9003: "ALLOCATION_STATE",
  });

  Spapr.IsolationState = Object.freeze({
    ISOLATE: 0,
    UNISOLATE: 1,

    0: "ISOLATE",
    1: "UNISOLATE",
  });

  Spapr.MemopElementSize = Object.freeze({
    ONE_BYTE: 0,
    TWO_BYTES: 1,
    FOUR_BYTES: 2,
    EIGHT_BYTES: 3,

    0: "ONE_BYTE",
    1: "TWO_BYTES",
    2: "FOUR_BYTES",
    3: "EIGHT_BYTES",
  });

  Spapr.MemopOperation = Object.freeze({
    COPY: 0,
    INVERT: 1,

    0: "COPY",
    1: "INVERT",
  });

  Spapr.RtasStatus = Object.freeze({
    SYSTEM_PARAMETER_ERROR: -9999,
    NOT_AUTHORIZED: -9002,
    PARAMETER_ERROR: -3,
    BUSY: -2,
    HARDWARE_ERROR: -1,
    SUCCESS: 0,
    NO_ERRORS_FOUND: 1,

    "-9999": "SYSTEM_PARAMETER_ERROR",
    "-9002": "NOT_AUTHORIZED",
    "-3": "PARAMETER_ERROR",
    "-2": "BUSY",
    "-1": "HARDWARE_ERROR",
    0: "SUCCESS",
    1: "NO_ERRORS_FOUND",
  });

  Spapr.Sensor = Object.freeze({
    DR_ENTITY_SENSE: 9003,

    9003: "DR_ENTITY_SENSE",
  });

  function Spapr(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  Spapr.prototype._read = function() {
  }

  /**
   * The argument of client-architecture-support (H_CAS for SLOF, a client
   * interface call otherwise): the processor versions the guest supports,
   * as (mask, value) pairs ended by a pair whose value has a bit outside
   * its mask (such as 0 / 0xffffffff), then the option vectors, each a
   * length byte (bytes - 1) and its bytes. Vector 5 byte 2 bit 0x20 asks
   * for ibm,dynamic-reconfiguration-memory, byte 22 bit 0x80 for
   * ibm,dynamic-memory-v2, byte 6 bit 0x04 for the modern hotplug events
   * (bytes counted from 1 after the length byte).
   * @see {@link https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt|Source}
   */

  var CasVectors = Spapr.CasVectors = (function() {
    function CasVectors(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    CasVectors.prototype._read = function() {
      this.pvrs = [];
      var i = 0;
      do {
        var _ = new PvrEntry(this._io, this, this._root);
        this.pvrs.push(_);
        i++;
      } while (!( ((_.mask == 0) && (_.pvr == 4294967295)) ));
      this.numVectorsMinusOne = this._io.readU1();
      this.vectors = [];
      for (var i = 0; i < this.numVectorsMinusOne + 1; i++) {
        this.vectors.push(new OptionVector(this._io, this, this._root));
      }
    }

    /**
     * Supported processor versions, ended by the pair 0 / 0xffffffff (kept in the list).
     */

    /**
     * Number of option vectors minus one.
     */

    /**
     * Option vectors 1, 2, ... in order.
     */

    return CasVectors;
  })();

  /**
   * A dynamic reconfiguration connector index (32 bits). QEMU follows the
   * PowerVM convention: the resource type in bits 31..28 and a number
   * unique among connectors of that type in bits 27..0 (for memory, the
   * LMB's address divided by the LMB size; for CPUs, the core id; for PCI
   * slots, the PHB and slot).
   * @see {@link https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt|Source}
   */

  var DrcIndex = Spapr.DrcIndex = (function() {
    function DrcIndex(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    DrcIndex.prototype._read = function() {
      this.drcType = this._io.readBitsIntBe(4);
      this.id = this._io.readBitsIntBe(28);
    }

    /**
     * The whole index as one number.
     */
    Object.defineProperty(DrcIndex.prototype, 'value', {
      get: function() {
        if (this._m_value !== undefined)
          return this._m_value;
        this._m_value = (this.drcType * 268435456 + this.id);
        return this._m_value;
      }
    });

    /**
     * Bits 31..28, the kind of resource behind the connector.
     */

    /**
     * Bits 27..0, the connector's number among those of its type.
     */

    return DrcIndex;
  })();

  /**
   * The registers of one hypercall (`sc 1`) as ten 64-bit big-endian
   * words: r3 holds the hypercall number on entry and the status on
   * return; r4..r12 hold the arguments on entry and any outputs on
   * return. qemuspec's guest-side hypercall agent keeps this image in
   * guest memory.
   * @see {@link https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html|Source}
   */

  var HcallRegisters = Spapr.HcallRegisters = (function() {
    function HcallRegisters(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    HcallRegisters.prototype._read = function() {
      this.r3 = this._io.readS8be();
      this.args = [];
      for (var i = 0; i < 9; i++) {
        this.args.push(this._io.readU8be());
      }
    }

    /**
     * On entry the hypercall number (`hcall`), on return the status (`hcall_status`).
     */

    /**
     * r4..r12, arguments on entry and outputs on return.
     */

    return HcallRegisters;
  })();

  /**
   * The 32-bit flags word of an `ibm,dynamic-memory` (or -v2) entry. The
   * spec names bit 0x8 (assigned); QEMU also sets 0x20 (the DRC index is
   * not valid) and 0x80 (reserved) for boot memory, and 0x100 for memory
   * that may be unplugged.
   * @see {@link https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt|Source}
   */

  var LmbFlags = Spapr.LmbFlags = (function() {
    function LmbFlags(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    LmbFlags.prototype._read = function() {
      this.reservedHigh = this._io.readBitsIntBe(23);
      this.hotRemovable = this._io.readBitsIntBe(1) != 0;
      this.reservedLmb = this._io.readBitsIntBe(1) != 0;
      this.unusedUpper = this._io.readBitsIntBe(1) != 0;
      this.drcInvalid = this._io.readBitsIntBe(1) != 0;
      this.unusedLower = this._io.readBitsIntBe(1) != 0;
      this.assigned = this._io.readBitsIntBe(1) != 0;
      this.reservedBottom = this._io.readBitsIntBe(3);
    }

    /**
     * Bits 31..9, not defined; zero.
     */

    /**
     * Bit 0x100, the LMB may be hot-unplugged (QEMU, since 5.1, for hotplugged DIMMs).
     */

    /**
     * Bit 0x80, the LMB is reserved and not for the guest's dynamic use (QEMU sets it for boot memory).
     */

    /**
     * Bit 0x40, not used by QEMU.
     */

    /**
     * Bit 0x20, the entry's DRC index does not name a connector (boot memory).
     */

    /**
     * Bit 0x10, not used by QEMU.
     */

    /**
     * Bit 0x8, the LMB belongs to the partition at boot (plugged).
     */

    /**
     * Bits 2..0, not used by QEMU.
     */

    return LmbFlags;
  })();

  /**
   * The arguments of H_LOGICAL_MEMOP (0xf001) in register order r4..r8.
   * QEMU refuses (H_PARAMETER) an operation above 1, more than 2^31
   * elements, and addresses not aligned to the element size; overlapping
   * ranges are copied as with memmove.
   * @see {@link https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html#h-logical-memop-0xf001|Source}
   */

  var LogicalMemopArgs = Spapr.LogicalMemopArgs = (function() {
    function LogicalMemopArgs(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    LogicalMemopArgs.prototype._read = function() {
      this.destination = this._io.readU8be();
      this.source = this._io.readU8be();
      this.elementSize = this._io.readU8be();
      this.numElements = this._io.readU8be();
      this.operation = this._io.readU8be();
    }

    /**
     * r4, guest physical address of the destination.
     */

    /**
     * r5, guest physical address of the source.
     */

    /**
     * r6, log2 of the element size (0..3 for 1, 2, 4, 8 bytes).
     */

    /**
     * r7, number of elements.
     */

    /**
     * r8, what to do with each element.
     */

    return LogicalMemopArgs;
  })();

  /**
   * One option vector.
   */

  var OptionVector = Spapr.OptionVector = (function() {
    function OptionVector(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    OptionVector.prototype._read = function() {
      this.lenDataMinusOne = this._io.readU1();
      this.data = this._io.readBytes(this.lenDataMinusOne + 1);
    }

    /**
     * Number of bytes that follow, minus one.
     */

    /**
     * The vector's bytes (byte 1 first); bit 0 of a byte is its most significant bit.
     */

    return OptionVector;
  })();

  /**
   * One processor version the guest supports.
   */

  var PvrEntry = Spapr.PvrEntry = (function() {
    function PvrEntry(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    PvrEntry.prototype._read = function() {
      this.mask = this._io.readU4be();
      this.pvr = this._io.readU4be();
    }

    /**
     * Which bits of the processor version register to compare.
     */

    /**
     * The value those bits must have.
     */

    return PvrEntry;
  })();

  return Spapr;
})();
Spapr_.Spapr = Spapr;
});
