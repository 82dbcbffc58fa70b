// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream', './Rocker'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'), require('./Rocker'));
  } else {
    factory(root.RockerRx || (root.RockerRx = {}), root.KaitaiStream, root.Rocker || (root.Rocker = {}));
  }
})(typeof self !== 'undefined' ? self : this, function (RockerRx_, KaitaiStream, Rocker_) {
/**
 * The buffer of a descriptor on a port's Rx ring. The driver posts it with
 * RX_FRAG_ADDR and RX_FRAG_MAX_LEN (where a packet may go); when a packet
 * for the CPU arrives on the port, the device copies it there and rewrites
 * the buffer with RX_FLAGS, RX_CSUM, the address, the maximum length and
 * RX_FRAG_LEN, the packet's length. TLV headers as in `rocker_cmd`.
 * @see {@link https://www.qemu.org/docs/master/specs/rocker.html#rx-packet-processing|Source}
 */

var RockerRx = (function() {
  RockerRx.RxAttr = Object.freeze({
    FLAGS: 1,
    CSUM: 2,
    FRAG_ADDR: 3,
    FRAG_MAX_LEN: 4,
    FRAG_LEN: 5,

    1: "FLAGS",
    2: "CSUM",
    3: "FRAG_ADDR",
    4: "FRAG_MAX_LEN",
    5: "FRAG_LEN",
  });

  function RockerRx(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  RockerRx.prototype._read = function() {
    this.tlvs = [];
    var i = 0;
    while (!this._io.isEof()) {
      this.tlvs.push(new RxTlv(this._io, this, this._root));
      i++;
    }
  }

  /**
   * One TLV of an Rx buffer.
   */

  var RxTlv = RockerRx.RxTlv = (function() {
    function RxTlv(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    RxTlv.prototype._read = function() {
      this.tlvType = this._io.readU4le();
      this.lenTlv = this._io.readU2le();
      if (!(this.lenTlv >= 8)) {
        throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/rx_tlv/seq/1");
      }
      this.reserved = this._io.readU2le();
      switch (this.tlvType) {
      case RockerRx.RxAttr.CSUM:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerRx.RxAttr.FLAGS:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.RxFlags(_io__raw_value, null, null);
        break;
      case RockerRx.RxAttr.FRAG_ADDR:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerRx.RxAttr.FRAG_LEN:
        this._raw_value = this._io.readBytes(this.lenTlv - 8);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Rocker_.Rocker.LeUint(_io__raw_value, null, null);
        break;
      case RockerRx.RxAttr.FRAG_MAX_LEN:
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
     * The value.
     */

    /**
     * Zeros up to an 8-byte boundary.
     */

    return RxTlv;
  })();

  /**
   * The TLVs.
   */

  return RockerRx;
})();
RockerRx_.RockerRx = RockerRx;
});
