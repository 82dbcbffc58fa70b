// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.VhostUserInput || (root.VhostUserInput = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (VhostUserInput_, KaitaiStream) {
/**
 * A vhost-user-input back-end is a virtio input device (keyboard, mouse,
 * tablet) in another process. QEMU forwards every access the guest makes
 * to its configuration space: a write is a SET_CONFIG and a read a
 * GET_CONFIG of this whole 136-byte structure.
 * 
 * The configuration space is a query: the driver writes `select` and
 * `subsel`, then reads `len_answer` and the first that many bytes of
 * `answer`. An answer of length zero means "not supported" (an event type
 * the device does not have, an axis it does not report).
 * 
 * The event queue carries `event`s from the device to the driver, one per
 * 8-byte device-writable buffer; the status queue carries events the
 * other way (keyboard LEDs), one per device-readable buffer. Types and
 * codes are those of Linux evdev.
 * @see Virtio 1.2, section 5.8 "Input Device"
 */

var VhostUserInput = (function() {
  VhostUserInput.ConfigSelect = Object.freeze({
    UNSET: 0,
    ID_NAME: 1,
    ID_SERIAL: 2,
    ID_DEVIDS: 3,
    PROP_BITS: 16,
    EV_BITS: 17,
    ABS_INFO: 18,

    0: "UNSET",
    1: "ID_NAME",
    2: "ID_SERIAL",
    3: "ID_DEVIDS",
    16: "PROP_BITS",
    17: "EV_BITS",
    18: "ABS_INFO",
  });

  VhostUserInput.EventType = Object.freeze({
    SYN: 0,
    KEY: 1,
    REL: 2,
    ABS: 3,
    MSC: 4,
    LED: 17,
    REP: 20,

    0: "SYN",
    1: "KEY",
    2: "REL",
    3: "ABS",
    4: "MSC",
    17: "LED",
    20: "REP",
  });

  function VhostUserInput(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  VhostUserInput.prototype._read = function() {
    this.select = this._io.readU1();
    this.subsel = this._io.readU1();
    this.lenAnswer = this._io.readU1();
    this.reserved = this._io.readBytes(5);
    switch (this.select) {
    case VhostUserInput.ConfigSelect.ABS_INFO:
      this._raw_answer = this._io.readBytes(128);
      var _io__raw_answer = new KaitaiStream(this._raw_answer);
      this.answer = new AbsInfo(_io__raw_answer, this, this._root);
      break;
    case VhostUserInput.ConfigSelect.ID_DEVIDS:
      this._raw_answer = this._io.readBytes(128);
      var _io__raw_answer = new KaitaiStream(this._raw_answer);
      this.answer = new Devids(_io__raw_answer, this, this._root);
      break;
    default:
      this.answer = this._io.readBytes(128);
      break;
    }
  }

  /**
   * The range of one absolute axis (abs_info), as evdev's struct input_absinfo.
   * @see Virtio 1.2, section 5.8.4 "Device configuration layout"
   */

  var AbsInfo = VhostUserInput.AbsInfo = (function() {
    function AbsInfo(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    AbsInfo.prototype._read = function() {
      this.min = this._io.readS4le();
      this.max = this._io.readS4le();
      this.fuzz = this._io.readS4le();
      this.flat = this._io.readS4le();
      this.res = this._io.readS4le();
    }

    /**
     * Smallest value.
     */

    /**
     * Largest value.
     */

    /**
     * Noise filter width.
     */

    /**
     * Dead zone around the centre.
     */

    /**
     * Resolution (units per millimetre, or per radian).
     */

    return AbsInfo;
  })();

  /**
   * Bus and device identity (id_devids), as evdev's struct input_id.
   * @see Virtio 1.2, section 5.8.4 "Device configuration layout"
   */

  var Devids = VhostUserInput.Devids = (function() {
    function Devids(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Devids.prototype._read = function() {
      this.bustype = this._io.readU2le();
      this.vendor = this._io.readU2le();
      this.product = this._io.readU2le();
      this.version = this._io.readU2le();
    }

    /**
     * Bus type (BUS_USB 3, BUS_VIRTUAL 6, ...).
     */

    /**
     * Vendor ID.
     */

    /**
     * Product ID.
     */

    /**
     * Version.
     */

    return Devids;
  })();

  /**
   * One input event (8 bytes), in an event-queue or status-queue buffer.
   * @see Virtio 1.2, section 5.8.6 "Device Operation"
   */

  var Event = VhostUserInput.Event = (function() {
    function Event(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Event.prototype._read = function() {
      this.type = this._io.readU2le();
      this.code = this._io.readU2le();
      this.value = this._io.readS4le();
    }

    /**
     * Event type (evdev EV_*).
     */

    /**
     * Key, axis or LED number (evdev KEY_*, REL_*, ABS_*, LED_*).
     */

    /**
     * 1 press, 0 release, 2 autorepeat for keys; the position or motion for axes; on/off for LEDs.
     */

    return Event;
  })();

  /**
   * What the driver asks for (written by the driver).
   */

  /**
   * Which one of it - the event type for ev_bits, the axis for abs_info (written by the driver).
   */

  /**
   * Bytes of `answer` that hold the answer; 0 when there is none.
   */

  /**
   * Zero.
   */

  /**
   * The answer: a string for id_name and id_serial, a bitmap (bit N of
   * byte N/8 for code N) for prop_bits and ev_bits, a structure for
   * id_devids and abs_info; zero-padded to 128 bytes.
   */

  return VhostUserInput;
})();
VhostUserInput_.VhostUserInput = VhostUserInput;
});
