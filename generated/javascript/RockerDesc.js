// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream', './Rocker'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'), require('./Rocker'));
  } else {
    factory(root.RockerDesc || (root.RockerDesc = {}), root.KaitaiStream, root.Rocker || (root.Rocker = {}));
  }
})(typeof self !== 'undefined' ? self : this, function (RockerDesc_, KaitaiStream, Rocker_) {
/**
 * A Rocker descriptor ring as it sits in guest memory: 32-byte
 * descriptors, packed, the ring 8-byte aligned, as many as the ring's SIZE
 * register says. A descriptor points at a buffer of TLVs (command, event,
 * Tx or Rx; see `rocker_cmd`, `rocker_event`, `rocker_tx`, `rocker_rx`) and
 * says how big the buffer is and how much of it holds TLVs. The driver posts
 * a descriptor with the top bit of `comp_err` clear and moves the ring's
 * HEAD past it; the device processes it, writes the TLV size of its answer,
 * sets that bit with the error code (a positive errno) below it, writes the
 * descriptor back and moves TAIL. All numbers are little-endian.
 * @see {@link https://www.qemu.org/docs/master/specs/rocker.html#dma-operations|Source}
 */

var RockerDesc = (function() {
  function RockerDesc(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  RockerDesc.prototype._read = function() {
    this.descriptors = [];
    var i = 0;
    while (!this._io.isEof()) {
      this.descriptors.push(new Descriptor(this._io, this, this._root));
      i++;
    }
  }

  /**
   * The 16-bit completion word.
   */

  var Completion = RockerDesc.Completion = (function() {
    function Completion(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Completion.prototype._read = function() {
      this.error = this._io.readBitsIntLe(15);
      this.done = this._io.readBitsIntLe(1) != 0;
    }

    /**
     * Bits 0..14, the error (0 on success; the device stores minus its negative errno).
     */

    /**
     * Bit 15, set by the device when it has processed the descriptor.
     */

    return Completion;
  })();

  /**
   * One DMA descriptor (32 bytes).
   */

  var Descriptor = RockerDesc.Descriptor = (function() {
    function Descriptor(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Descriptor.prototype._read = function() {
      this.bufAddrLo = this._io.readU4le();
      this.bufAddrHi = this._io.readU4le();
      this.cookieLo = this._io.readU4le();
      this.cookieHi = this._io.readU4le();
      this.lenBuf = this._io.readU2le();
      this.lenTlvs = this._io.readU2le();
      this.reserved = this._io.readBytes(10);
      this.compErr = new Completion(this._io, this, this._root);
    }

    /**
     * The buffer's guest physical address.
     */
    Object.defineProperty(Descriptor.prototype, 'bufAddr', {
      get: function() {
        if (this._m_bufAddr !== undefined)
          return this._m_bufAddr;
        this._m_bufAddr = (this.bufAddrHi * 4294967296 + this.bufAddrLo);
        return this._m_bufAddr;
      }
    });

    /**
     * Low half of the buffer's guest physical address (8-byte aligned).
     */

    /**
     * High half of the buffer address.
     */

    /**
     * Low half of the cookie, the driver's tag for matching the completion.
     */

    /**
     * High half of the cookie (its top bit is reserved).
     */

    /**
     * Size of the buffer in bytes.
     */

    /**
     * Bytes of TLVs in the buffer (set by the driver when posting, by the device when answering).
     */

    /**
     * Padding to 32 bytes.
     */

    /**
     * Completion status.
     */

    return Descriptor;
  })();

  /**
   * The ring's descriptors in order.
   */

  return RockerDesc;
})();
RockerDesc_.RockerDesc = RockerDesc;
});
