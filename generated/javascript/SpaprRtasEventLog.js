// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream', './Spapr'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'), require('./Spapr'));
  } else {
    factory(root.SpaprRtasEventLog || (root.SpaprRtasEventLog = {}), root.KaitaiStream, root.Spapr || (root.Spapr = {}));
  }
})(typeof self !== 'undefined' ? self : this, function (SpaprRtasEventLog_, KaitaiStream, Spapr_) {
/**
 * What the RTAS call check-exception writes into the guest's buffer when an
 * event is pending: an 8-byte header (a summary word and the length of the
 * rest), then the version 6 extended log: a 16-byte header and a list of
 * sections, each with an 8-byte section header (two-letter id, length
 * including the header, version, subtype, creator). QEMU's hotplug events
 * carry three sections: Main-A ("PH", with the creation time), Main-B
 * ("UH") and the hotplug section ("HP"), which says what kind of resource
 * to add or remove and names it by DRC index, by count, by count and first
 * index, or by DRC name. Its power-down events carry an EPOW section ("EP")
 * instead. Every number is big-endian.
 * 
 * Guests that did not ask for the modern hotplug format (option vector 5,
 * byte 6, bit 5) get hotplug events through the EPOW event source
 * (check-exception mask bit 0x40000000); QEMU then names memory by count
 * and CPUs and PCI devices by index.
 * @see {@link https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt|Source}
 */

var SpaprRtasEventLog = (function() {
  SpaprRtasEventLog.Disposition = Object.freeze({
    FULLY_RECOVERED: 0,
    LIMITED_RECOVERY: 1,
    NOT_RECOVERED: 2,

    0: "FULLY_RECOVERED",
    1: "LIMITED_RECOVERY",
    2: "NOT_RECOVERED",
  });

  SpaprRtasEventLog.Initiator = Object.freeze({
    UNKNOWN: 0,
    CPU: 1,
    PCI: 2,
    MEMORY: 4,
    HOTPLUG: 6,

    0: "UNKNOWN",
    1: "CPU",
    2: "PCI",
    4: "MEMORY",
    6: "HOTPLUG",
  });

  SpaprRtasEventLog.LogType = Object.freeze({
    OTHER: 0,
    RETRY: 1,
    TCE_ERROR: 2,
    INTERNAL_DEVICE_FAILURE: 3,
    TIMEOUT: 4,
    DATA_PARITY: 5,
    ADDRESS_PARITY: 6,
    CACHE_PARITY: 7,
    ADDRESS_INVALID: 8,
    ECC_UNCORRECTED: 9,
    ECC_CORRECTED: 10,
    EPOW: 64,
    HOTPLUG: 229,

    0: "OTHER",
    1: "RETRY",
    2: "TCE_ERROR",
    3: "INTERNAL_DEVICE_FAILURE",
    4: "TIMEOUT",
    5: "DATA_PARITY",
    6: "ADDRESS_PARITY",
    7: "CACHE_PARITY",
    8: "ADDRESS_INVALID",
    9: "ECC_UNCORRECTED",
    10: "ECC_CORRECTED",
    64: "EPOW",
    229: "HOTPLUG",
  });

  SpaprRtasEventLog.SectionId = Object.freeze({
    EPOW: 17744,
    HOTPLUG: 18512,
    MACHINE_CHECK: 19779,
    MAIN_A: 20552,
    MAIN_B: 21832,

    17744: "EPOW",
    18512: "HOTPLUG",
    19779: "MACHINE_CHECK",
    20552: "MAIN_A",
    21832: "MAIN_B",
  });

  SpaprRtasEventLog.Severity = Object.freeze({
    NO_ERROR: 0,
    EVENT: 1,
    WARNING: 2,
    ERROR_SYNC: 3,
    ERROR: 4,
    FATAL: 5,
    ALREADY_REPORTED: 6,

    0: "NO_ERROR",
    1: "EVENT",
    2: "WARNING",
    3: "ERROR_SYNC",
    4: "ERROR",
    5: "FATAL",
    6: "ALREADY_REPORTED",
  });

  function SpaprRtasEventLog(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  SpaprRtasEventLog.prototype._read = function() {
    this.summary = new Summary(this._io, this, this._root);
    this.lenExtendedLog = this._io.readU4be();
    this._raw_extendedLog = this._io.readBytes(this.lenExtendedLog);
    var _io__raw_extendedLog = new KaitaiStream(this._raw_extendedLog);
    this.extendedLog = new ExtendedLog(_io__raw_extendedLog, this, this._root);
  }

  /**
   * A number of resources of the type; the guest chooses which.
   */

  var DrcCount = SpaprRtasEventLog.DrcCount = (function() {
    function DrcCount(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    DrcCount.prototype._read = function() {
      this.count = this._io.readU4be();
    }

    /**
     * How many resources to add or remove.
     */

    return DrcCount;
  })();

  /**
   * A run of connectors, from `index` to `index` + `count` - 1 (modern format).
   */

  var DrcCountIndexed = SpaprRtasEventLog.DrcCountIndexed = (function() {
    function DrcCountIndexed(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    DrcCountIndexed.prototype._read = function() {
      this.count = this._io.readU4be();
      this.index = new Spapr_.Spapr.DrcIndex(this._io, null, null);
    }

    /**
     * How many consecutive connectors.
     */

    /**
     * The first connector's index.
     */

    return DrcCountIndexed;
  })();

  /**
   * A connector named by its DRC name (as in ibm,drc-names).
   */

  var DrcName = SpaprRtasEventLog.DrcName = (function() {
    function DrcName(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    DrcName.prototype._read = function() {
      this.name = KaitaiStream.bytesToStr(this._io.readBytesTerm(0, false, true, true), "ASCII");
    }

    /**
     * The name, NUL-terminated.
     */

    return DrcName;
  })();

  /**
   * The EPOW section ("EP"), an environmental or power warning such as a power-down request.
   */

  var Epow = SpaprRtasEventLog.Epow = (function() {
    function Epow(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Epow.prototype._read = function() {
      this.sensorValue = this._io.readU1();
      this.eventModifier = this._io.readU1();
      this.extendedModifier = this._io.readU1();
      this.reserved = this._io.readU1();
      this.reasonCode = this._io.readBytes(8);
    }

    /**
     * Action asked for; 3 is system shutdown.
     */

    /**
     * How; 1 is normal.
     */

    /**
     * Scope; 1 is this partition only.
     */

    /**
     * Not defined.
     */

    /**
     * Platform specific reason.
     */

    return Epow;
  })();

  /**
   * The version 6 extended log header and its sections.
   */

  var ExtendedLog = SpaprRtasEventLog.ExtendedLog = (function() {
    function ExtendedLog(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    ExtendedLog.prototype._read = function() {
      this.flags = new ExtendedLogFlags(this._io, this, this._root);
      this.reserved1 = this._io.readU1();
      this.powerpcFormat = this._io.readBitsIntBe(1) != 0;
      this.reserved2 = this._io.readBitsIntBe(3);
      this.logFormat = this._io.readBitsIntBe(4);
      this._io.alignToByte();
      this.reserved3 = this._io.readBytes(9);
      this.company = KaitaiStream.bytesToStr(KaitaiStream.bytesTerminate(this._io.readBytes(4), 0, false), "ASCII");
      this.sections = [];
      var i = 0;
      while (!this._io.isEof()) {
        this.sections.push(new Section(this._io, this, this._root));
        i++;
      }
    }

    /**
     * Validity and format flags (byte 0).
     */

    /**
     * Not defined.
     */

    /**
     * The log is in PowerPC format (set by QEMU).
     */

    /**
     * Not defined.
     */

    /**
     * Log format; 0xe (platform event) from QEMU.
     */

    /**
     * Not defined; zero.
     */

    /**
     * Company id, "IBM" followed by a NUL.
     */

    /**
     * The sections, each with its own header.
     */

    return ExtendedLog;
  })();

  /**
   * Byte 0 of the extended log header.
   */

  var ExtendedLogFlags = SpaprRtasEventLog.ExtendedLogFlags = (function() {
    function ExtendedLogFlags(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    ExtendedLogFlags.prototype._read = function() {
      this.valid = this._io.readBitsIntBe(1) != 0;
      this.unrecoverableError = this._io.readBitsIntBe(1) != 0;
      this.recoverableError = this._io.readBitsIntBe(1) != 0;
      this.degradedOperation = this._io.readBitsIntBe(1) != 0;
      this.predictiveError = this._io.readBitsIntBe(1) != 0;
      this.newLog = this._io.readBitsIntBe(1) != 0;
      this.bigEndian = this._io.readBitsIntBe(1) != 0;
      this.reserved = this._io.readBitsIntBe(1) != 0;
    }

    /**
     * 0x80, the log is valid.
     */

    /**
     * 0x40, an unrecoverable error.
     */

    /**
     * 0x20, a recoverable error.
     */

    /**
     * 0x10, the platform runs degraded.
     */

    /**
     * 0x08, a predicted failure.
     */

    /**
     * 0x04, not reported before.
     */

    /**
     * 0x02, the log is big-endian.
     */

    /**
     * 0x01, not defined.
     */

    return ExtendedLogFlags;
  })();

  /**
   * The hotplug section ("HP"): what to plug or unplug and how it is
   * identified. QEMU writes 12 bytes after the header (the identifier
   * union is 8 bytes long); with a DRC name the section grows by the
   * name's length.
   */

  var Hotplug = SpaprRtasEventLog.Hotplug = (function() {
    function Hotplug(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Hotplug.prototype._read = function() {
      this.hotplugType = this._io.readU1();
      this.action = this._io.readU1();
      this.identifier = this._io.readU1();
      this.capabilities = this._io.readU1();
      switch (this.identifier) {
      case Spapr_.Spapr.HotplugIdentifier.DRC_COUNT:
        this.drc = new DrcCount(this._io, this, this._root);
        break;
      case Spapr_.Spapr.HotplugIdentifier.DRC_COUNT_INDEXED:
        this.drc = new DrcCountIndexed(this._io, this, this._root);
        break;
      case Spapr_.Spapr.HotplugIdentifier.DRC_INDEX:
        this.drc = new Spapr_.Spapr.DrcIndex(this._io, null, null);
        break;
      case Spapr_.Spapr.HotplugIdentifier.DRC_NAME:
        this.drc = new DrcName(this._io, this, this._root);
        break;
      }
    }

    /**
     * Kind of resource.
     */

    /**
     * Add or remove.
     */

    /**
     * Which member of the union below names the resource.
     */

    /**
     * Capability flags (modern format; the reserved byte of the legacy format); zero from QEMU.
     */

    /**
     * The resource(s) to act on.
     */

    return Hotplug;
  })();

  /**
   * Main-A ("PH", 40 bytes after the header), the primary header of a platform event.
   */

  var MainA = SpaprRtasEventLog.MainA = (function() {
    function MainA(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    MainA.prototype._read = function() {
      this.creationDate = this._io.readU4be();
      this.creationTime = this._io.readU4be();
      this.platform1 = this._io.readBytes(8);
      this.creatorId = KaitaiStream.bytesToStr(this._io.readBytes(1), "ASCII");
      this.reserved1 = this._io.readBytes(2);
      this.numSections = this._io.readU1();
      this.reserved2 = this._io.readBytes(4);
      this.platform2 = this._io.readBytes(8);
      this.plid = this._io.readU4be();
      this.platform3 = this._io.readBytes(4);
    }

    /**
     * Date the event was made, BCD YYYYMMDD (read as hex digits).
     */

    /**
     * Time the event was made, BCD HHMMSS00.
     */

    /**
     * Platform specific; zero from QEMU.
     */

    /**
     * Who made the event; "H" (hypervisor) from QEMU.
     */

    /**
     * Not defined.
     */

    /**
     * Number of sections in the log (3 from QEMU).
     */

    /**
     * Not defined.
     */

    /**
     * Platform specific.
     */

    /**
     * Platform log id; QEMU counts up from 0 in host byte order.
     */

    /**
     * Platform specific.
     */

    return MainA;
  })();

  /**
   * Main-B ("UH", 16 bytes after the header), the user header.
   */

  var MainB = SpaprRtasEventLog.MainB = (function() {
    function MainB(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    MainB.prototype._read = function() {
      this.subsystemId = this._io.readU1();
      this.platform1 = this._io.readU1();
      this.eventSeverity = this._io.readU1();
      this.eventSubtype = this._io.readU1();
      this.platform2 = this._io.readBytes(4);
      this.reserved1 = this._io.readBytes(2);
      this.actionFlags = this._io.readU2be();
      this.reserved2 = this._io.readBytes(4);
    }

    /**
     * Subsystem; 0x80 for QEMU's hotplug events, 0xa0 (external environment) for power-down.
     */

    /**
     * Platform specific.
     */

    /**
     * Severity; 0 (informational) from QEMU.
     */

    /**
     * Subtype; 0 for hotplug, 0xd0 (normal shutdown) for power-down.
     */

    /**
     * Platform specific.
     */

    /**
     * Not defined.
     */

    /**
     * Actions asked of the OS; zero from QEMU.
     */

    /**
     * Not defined.
     */

    return MainB;
  })();

  /**
   * One section of the extended log; the header is 8 bytes.
   */

  var Section = SpaprRtasEventLog.Section = (function() {
    function Section(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Section.prototype._read = function() {
      this.sectionId = this._io.readU2be();
      this.lenSection = this._io.readU2be();
      if (!(this.lenSection >= 8)) {
        throw new KaitaiStream.ValidationLessThanError(8, this.lenSection, this._io, "/types/section/seq/1");
      }
      this.version = this._io.readU1();
      this.subtype = this._io.readU1();
      this.creatorComponentId = this._io.readU2be();
      switch (this.sectionId) {
      case SpaprRtasEventLog.SectionId.EPOW:
        this._raw_body = this._io.readBytes(this.lenSection - 8);
        var _io__raw_body = new KaitaiStream(this._raw_body);
        this.body = new Epow(_io__raw_body, this, this._root);
        break;
      case SpaprRtasEventLog.SectionId.HOTPLUG:
        this._raw_body = this._io.readBytes(this.lenSection - 8);
        var _io__raw_body = new KaitaiStream(this._raw_body);
        this.body = new Hotplug(_io__raw_body, this, this._root);
        break;
      case SpaprRtasEventLog.SectionId.MAIN_A:
        this._raw_body = this._io.readBytes(this.lenSection - 8);
        var _io__raw_body = new KaitaiStream(this._raw_body);
        this.body = new MainA(_io__raw_body, this, this._root);
        break;
      case SpaprRtasEventLog.SectionId.MAIN_B:
        this._raw_body = this._io.readBytes(this.lenSection - 8);
        var _io__raw_body = new KaitaiStream(this._raw_body);
        this.body = new MainB(_io__raw_body, this, this._root);
        break;
      default:
        this.body = this._io.readBytes(this.lenSection - 8);
        break;
      }
    }

    /**
     * Two ASCII letters naming the section ("HP" is 0x4850).
     */

    /**
     * Length of the section including this header, in bytes.
     */

    /**
     * Section version; 1 for hotplug sections.
     */

    /**
     * Section subtype; unused (zero) in QEMU's sections.
     */

    /**
     * Component that created the section; unused (zero).
     */

    /**
     * The section's contents, decoded for the sections QEMU writes.
     */

    return Section;
  })();

  /**
   * The first 32-bit word of an RTAS error log.
   */

  var Summary = SpaprRtasEventLog.Summary = (function() {
    function Summary(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Summary.prototype._read = function() {
      this.version = this._io.readBitsIntBe(8);
      this.severity = this._io.readBitsIntBe(3);
      this.disposition = this._io.readBitsIntBe(2);
      this.optionalPartPresent = this._io.readBitsIntBe(1) != 0;
      this.reserved = this._io.readBitsIntBe(2);
      this.initiator = this._io.readBitsIntBe(4);
      this.target = this._io.readBitsIntBe(4);
      this.logType = this._io.readBitsIntBe(8);
    }

    /**
     * Log format version; 6.
     */

    /**
     * How bad the event is; "event" for hotplug and power-down.
     */

    /**
     * Whether the platform recovered.
     */

    /**
     * An extended log follows (always set by QEMU).
     */

    /**
     * Not defined; zero.
     */

    /**
     * What started the event.
     */

    /**
     * What the event is about (same numbering as the initiator).
     */

    /**
     * Kind of event; 0xe5 for hotplug, 0x40 for EPOW.
     */

    return Summary;
  })();

  /**
   * Version, severity, disposition, initiator, target and type of the event.
   */

  /**
   * Length of the extended log that follows, in bytes.
   */

  /**
   * The version 6 extended log.
   */

  return SpaprRtasEventLog;
})();
SpaprRtasEventLog_.SpaprRtasEventLog = SpaprRtasEventLog;
});
