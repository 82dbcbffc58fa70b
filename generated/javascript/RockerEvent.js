// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream', './Rocker'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'), require('./Rocker'));
  } else {
    factory(root.RockerEvent || (root.RockerEvent = {}), root.KaitaiStream, root.Rocker || (root.Rocker = {}));
  }
})(typeof self !== 'undefined' ? self : this, function (RockerEvent_, KaitaiStream, Rocker_) {
/**
 * The buffer the device fills for a descriptor on the event ring: an
 * EVENT_TYPE TLV (link changed, or MAC/VLAN seen) and an EVENT_INFO nest
 * with the details. TLV headers are as in `rocker_cmd` (the length counts
 * the 8-byte header; values are padded to 8 bytes). QEMU writes the event
 * type as a 4-byte value. The nest is decoded by the EVENT_TYPE before it.
 * QEMU sends LINK_CHANGED when a port is enabled or disabled through
 * PORT_PHYS_ENABLE (and when its link changes), and MAC_VLAN_SEEN when a
 * packet arrives from an unknown source on a port that learns.
 * @see {@link https://www.qemu.org/docs/master/specs/rocker.html#events|Source}
 */

var RockerEvent = (function() {
  RockerEvent.EventAttr = Object.freeze({
    TYPE: 1,
    INFO: 2,

    1: "TYPE",
    2: "INFO",
  });

  RockerEvent.EventType = Object.freeze({
    LINK_CHANGED: 1,
    MAC_VLAN_SEEN: 2,

    1: "LINK_CHANGED",
    2: "MAC_VLAN_SEEN",
  });

  RockerEvent.LinkChangedAttr = Object.freeze({
    PPORT: 1,
    LINKUP: 2,

    1: "PPORT",
    2: "LINKUP",
  });

  RockerEvent.MacVlanAttr = Object.freeze({
    PPORT: 1,
    MAC: 2,
    VLAN_ID: 3,

    1: "PPORT",
    2: "MAC",
    3: "VLAN_ID",
  });

  function RockerEvent(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  RockerEvent.prototype._read = function() {
    this.tlvs = [];
    var i = 0;
    while (!this._io.isEof()) {
      this.tlvs.push(new EventTlv(this._io, this, this._root));
      i++;
    }
  }

  /**
   * The EVENT_INFO nest, decoded by the event type.
   */

  var EventInfo = RockerEvent.EventInfo = (function() {
    function EventInfo(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    EventInfo.prototype._read = function() {
      if (this._parent._parent.eventType == RockerEvent.EventType.LINK_CHANGED) {
        this.linkChanged = [];
        var i = 0;
        while (!this._io.isEof()) {
          this.linkChanged.push(new LinkChangedTlv(this._io, this, this._root));
          i++;
        }
      }
      if (this._parent._parent.eventType == RockerEvent.EventType.MAC_VLAN_SEEN) {
        this.macVlanSeen = [];
        var i = 0;
        while (!this._io.isEof()) {
          this.macVlanSeen.push(new MacVlanTlv(this._io, this, this._root));
          i++;
        }
      }
      if ( ((this._parent._parent.eventType != RockerEvent.EventType.LINK_CHANGED) && (this._parent._parent.eventType != RockerEvent.EventType.MAC_VLAN_SEEN)) ) {
        this.raw = this._io.readBytesFull();
      }
    }

    /**
     * Details of a link change.
     */

    /**
     * Details of a newly seen MAC/VLAN.
     */

    /**
     * The nest of an unknown event, undecoded.
     */

    return EventInfo;
  })();

  /**
   * A top-level TLV of an event buffer.
   */

  var EventTlv = RockerEvent.EventTlv = (function() {
    function EventTlv(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    EventTlv.prototype._read = function() {
      this.tlvType = this._io.readU4le();
      this.lenTlv = this._io.readU2le();
      if (!(this.lenTlv >= 8)) {
        throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/event_tlv/seq/1");
      }
      this.reserved = this._io.readU2le();
      switch (this.tlvType) {
      case RockerEvent.EventAttr.INFO:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new EventInfo(_io__raw_value, this, this._root);
        break;
      case RockerEvent.EventAttr.TYPE:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      default:
        this.value = this._io.readBytes(this.lenTlv - 8);
        break;
      }
      this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(this.lenTlv, 8), 8));
    }

    /**
     * EVENT_TYPE or EVENT_INFO.
     */

    /**
     * Length of the TLV, header included.
     */

    /**
     * Padding; zero.
     */

    /**
     * The event number or the nested details.
     */

    /**
     * Zeros up to an 8-byte boundary.
     */

    return EventTlv;
  })();

  /**
   * One attribute of a LINK_CHANGED event.
   */

  var LinkChangedTlv = RockerEvent.LinkChangedTlv = (function() {
    function LinkChangedTlv(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    LinkChangedTlv.prototype._read = function() {
      this.tlvType = this._io.readU4le();
      this.lenTlv = this._io.readU2le();
      if (!(this.lenTlv >= 8)) {
        throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/link_changed_tlv/seq/1");
      }
      this.reserved = this._io.readU2le();
      this._raw_value = this._io.readBytes(this.lenTlv - 8);
      var _io__raw_value = new KaitaiStream(this._raw_value);
      this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
      this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(this.lenTlv, 8), 8));
    }

    /**
     * Which attribute.
     */

    /**
     * Length of the TLV, header included.
     */

    /**
     * Padding; zero.
     */

    /**
     * The port or the link state.
     */

    /**
     * Zeros up to an 8-byte boundary.
     */

    return LinkChangedTlv;
  })();

  /**
   * One attribute of a MAC_VLAN_SEEN event.
   */

  var MacVlanTlv = RockerEvent.MacVlanTlv = (function() {
    function MacVlanTlv(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    MacVlanTlv.prototype._read = function() {
      this.tlvType = this._io.readU4le();
      this.lenTlv = this._io.readU2le();
      if (!(this.lenTlv >= 8)) {
        throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/mac_vlan_tlv/seq/1");
      }
      this.reserved = this._io.readU2le();
      switch (this.tlvType) {
      case RockerEvent.MacVlanAttr.MAC:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.MacAddress(_io__raw_value, null, null);
        break;
      case RockerEvent.MacVlanAttr.PPORT:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerEvent.MacVlanAttr.VLAN_ID:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.BeUint(_io__raw_value, null, null);
        break;
      default:
        this.value = this._io.readBytes(this.lenTlv - 8);
        break;
      }
      this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(this.lenTlv, 8), 8));
    }

    /**
     * Which attribute.
     */

    /**
     * Length of the TLV, header included.
     */

    /**
     * Padding; zero.
     */

    /**
     * The port, the source MAC address, or the VLAN ID (network order).
     */

    /**
     * Zeros up to an 8-byte boundary.
     */

    return MacVlanTlv;
  })();

  /**
   * The event, from an EVENT_TYPE TLV that comes first (0 if there is none).
   */
  Object.defineProperty(RockerEvent.prototype, 'eventType', {
    get: function() {
      if (this._m_eventType !== undefined)
        return this._m_eventType;
      this._m_eventType = ( ((this.tlvs.length > 0) && (this.tlvs[0].tlvType == RockerEvent.EventAttr.TYPE))  ? this.tlvs[0].value.value : 0);
      return this._m_eventType;
    }
  });

  /**
   * The event's TLVs.
   */

  return RockerEvent;
})();
RockerEvent_.RockerEvent = RockerEvent;
});
