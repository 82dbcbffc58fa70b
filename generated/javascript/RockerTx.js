// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream', './Rocker'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'), require('./Rocker'));
  } else {
    factory(root.RockerTx || (root.RockerTx = {}), root.KaitaiStream, root.Rocker || (root.Rocker = {}));
  }
})(typeof self !== 'undefined' ? self : this, function (RockerTx_, KaitaiStream, Rocker_) {
/**
 * The buffer of a descriptor on a port's Tx ring: the packet to send, as
 * fragments in guest memory (TX_FRAGS, a nest of TX_FRAG nests, each with
 * an address and a length; at most 16), and the offloads wanted. The
 * destination port is the ring's port (the spec also lists a PPORT TLV;
 * QEMU takes the port from the ring). TLV headers as in `rocker_cmd`.
 * @see {@link https://www.qemu.org/docs/master/specs/rocker.html#tx-packet-processing|Source}
 */

var RockerTx = (function() {
  RockerTx.FragAttr = Object.freeze({
    ADDR: 1,
    LEN: 2,

    1: "ADDR",
    2: "LEN",
  });

  RockerTx.TxAttr = Object.freeze({
    OFFLOAD: 1,
    L3_CSUM_OFF: 2,
    TSO_MSS: 3,
    TSO_HDR_LEN: 4,
    FRAGS: 5,

    1: "OFFLOAD",
    2: "L3_CSUM_OFF",
    3: "TSO_MSS",
    4: "TSO_HDR_LEN",
    5: "FRAGS",
  });

  function RockerTx(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  RockerTx.prototype._read = function() {
    this.tlvs = [];
    var i = 0;
    while (!this._io.isEof()) {
      this.tlvs.push(new TxTlv(this._io, this, this._root));
      i++;
    }
  }

  /**
   * One attribute of a fragment.
   */

  var FragAttrTlv = RockerTx.FragAttrTlv = (function() {
    function FragAttrTlv(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    FragAttrTlv.prototype._read = function() {
      this.tlvType = this._io.readU4le();
      this.lenTlv = this._io.readU2le();
      if (!(this.lenTlv >= 8)) {
        throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/frag_attr_tlv/seq/1");
      }
      this.reserved = this._io.readU2le();
      this._raw_value = this._io.readBytes(this.lenTlv - 8);
      var _io__raw_value = new KaitaiStream(this._raw_value);
      this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
      this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(this.lenTlv, 8), 8));
    }

    /**
     * Address or length.
     */

    /**
     * Length of the TLV, header included.
     */

    /**
     * Padding; zero.
     */

    /**
     * The fragment's guest address (64 bits) or length (16 bits).
     */

    /**
     * Zeros up to an 8-byte boundary.
     */

    return FragAttrTlv;
  })();

  /**
   * The attributes of one fragment.
   */

  var FragAttrs = RockerTx.FragAttrs = (function() {
    function FragAttrs(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    FragAttrs.prototype._read = function() {
      this.attrs = [];
      var i = 0;
      while (!this._io.isEof()) {
        this.attrs.push(new FragAttrTlv(this._io, this, this._root));
        i++;
      }
    }

    /**
     * TX_FRAG_ATTR_ADDR and TX_FRAG_ATTR_LEN.
     */

    return FragAttrs;
  })();

  /**
   * A TX_FRAG nest.
   */

  var FragTlv = RockerTx.FragTlv = (function() {
    function FragTlv(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    FragTlv.prototype._read = function() {
      this.tlvType = this._io.readU4le();
      this.lenTlv = this._io.readU2le();
      if (!(this.lenTlv >= 8)) {
        throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/frag_tlv/seq/1");
      }
      this.reserved = this._io.readU2le();
      this._raw_attrs = this._io.readBytes(this.lenTlv - 8);
      var _io__raw_attrs = new KaitaiStream(this._raw_attrs);
      this.attrs = new FragAttrs(_io__raw_attrs, this, this._root);
      this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(this.lenTlv, 8), 8));
    }

    /**
     * 1 (TX_FRAG); QEMU refuses anything else with EINVAL.
     */

    /**
     * Length of the TLV, header included.
     */

    /**
     * Padding; zero.
     */

    /**
     * Address and length of the fragment.
     */

    /**
     * Zeros up to an 8-byte boundary.
     */

    return FragTlv;
  })();

  /**
   * The TX_FRAGS nest.
   */

  var Frags = RockerTx.Frags = (function() {
    function Frags(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Frags.prototype._read = function() {
      this.frags = [];
      var i = 0;
      while (!this._io.isEof()) {
        this.frags.push(new FragTlv(this._io, this, this._root));
        i++;
      }
    }

    /**
     * One TX_FRAG nest per fragment.
     */

    return Frags;
  })();

  /**
   * A top-level TLV of a Tx buffer.
   */

  var TxTlv = RockerTx.TxTlv = (function() {
    function TxTlv(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    TxTlv.prototype._read = function() {
      this.tlvType = this._io.readU4le();
      this.lenTlv = this._io.readU2le();
      if (!(this.lenTlv >= 8)) {
        throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/tx_tlv/seq/1");
      }
      this.reserved = this._io.readU2le();
      switch (this.tlvType) {
      case RockerTx.TxAttr.FRAGS:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Frags(_io__raw_value, this, this._root);
        break;
      case RockerTx.TxAttr.L3_CSUM_OFF:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerTx.TxAttr.OFFLOAD:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerTx.TxAttr.TSO_HDR_LEN:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerTx.TxAttr.TSO_MSS:
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
     * Which attribute.
     */

    /**
     * Length of the TLV, header included.
     */

    /**
     * Padding; zero.
     */

    /**
     * The value (`rocker::tx_offload` for TX_OFFLOAD).
     */

    /**
     * Zeros up to an 8-byte boundary.
     */

    return TxTlv;
  })();

  /**
   * The TLVs.
   */

  return RockerTx;
})();
RockerTx_.RockerTx = RockerTx;
});
