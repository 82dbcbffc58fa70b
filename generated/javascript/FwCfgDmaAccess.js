// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream', './FwCfg'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'), require('./FwCfg'));
  } else {
    factory(root.FwCfgDmaAccess || (root.FwCfgDmaAccess = {}), root.KaitaiStream, root.FwCfg || (root.FwCfg = {}));
  }
})(typeof self !== 'undefined' ? self : this, function (FwCfgDmaAccess_, KaitaiStream, FwCfg_) {
/**
 * The 16-byte descriptor a guest places in its memory to ask fw_cfg for a
 * DMA transfer. The guest writes the descriptor's guest-physical address to
 * the DMA address register (big-endian; on x86 the high half at port 0x514,
 * then the low half at 0x518, which starts the transfer). The device then
 * optionally selects an item, reads, writes or skips `len_data` bytes at
 * the current offset of the selected item, and writes the control word back:
 * zero on success, the error bit set on failure. All fields are big-endian.
 * @see {@link https://www.qemu.org/docs/master/specs/fw_cfg.html#guest-side-dma-interface|Source}
 */

var FwCfgDmaAccess = (function() {
  function FwCfgDmaAccess(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  FwCfgDmaAccess.prototype._read = function() {
    this.control = new ControlWord(this._io, this, this._root);
    this.lenData = this._io.readU4be();
    this.address = this._io.readU8be();
  }

  /**
   * The 32-bit control word. Only one operation runs: read wins over
   * write, write over skip. Select may come with any of them and
   * happens first.
   */

  var ControlWord = FwCfgDmaAccess.ControlWord = (function() {
    function ControlWord(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    ControlWord.prototype._read = function() {
      this.selector = this._io.readBitsIntBe(16);
      this.reserved = this._io.readBitsIntBe(11);
      this.opWrite = this._io.readBitsIntBe(1) != 0;
      this.opSelect = this._io.readBitsIntBe(1) != 0;
      this.opSkip = this._io.readBitsIntBe(1) != 0;
      this.opRead = this._io.readBitsIntBe(1) != 0;
      this.error = this._io.readBitsIntBe(1) != 0;
    }

    /**
     * Key to select first, when `select` is set (named when it is a well-known key).
     */

    /**
     * Not defined; zero.
     */

    /**
     * Bit 4, copy from guest memory into the item (only writable items, no resizing).
     */

    /**
     * Bit 3, select the item `selector` names (and reset the offset) before the transfer.
     */

    /**
     * Bit 2, advance the offset by `len_data` without copying.
     */

    /**
     * Bit 1, copy from the item into guest memory.
     */

    /**
     * Bit 0, set by the device when the transfer failed.
     */

    return ControlWord;
  })();

  /**
   * What to do; the device writes the result back here.
   */

  /**
   * Number of bytes to transfer or skip.
   */

  /**
   * Guest-physical address of the buffer to copy to (read) or from (write).
   */

  return FwCfgDmaAccess;
})();
FwCfgDmaAccess_.FwCfgDmaAccess = FwCfgDmaAccess;
});
