// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.VirtqUsedRing || (root.VirtqUsedRing = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (VirtqUsedRing_, KaitaiStream) {
/**
 * The ring in which the device returns chains it has finished with (see
 * `virtq_desc_table` for the whole split queue). The device writes the
 * head index and the number of bytes it wrote into the chain's writable
 * buffers to `entries[idx % N]` (`ring` in the virtio spec), then (after a write barrier) increments
 * `idx`, and then decides whether to notify the driver (after a full
 * barrier, reading `used_event` or the `no_interrupt` flag of the
 * available ring).
 * 
 * `avail_event` exists only with the EVENT_IDX feature: the device asks
 * to be kicked once the driver's available index passes this value.
 * Without it, the `no_notify` flag is the device's (advisory) way to ask
 * for no kicks.
 * 
 * The top level reads a whole ring; the number of entries follows from
 * the input size (6 + 8 * N bytes, avail_event included).
 * @see Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring"
 */

var VirtqUsedRing = (function() {
  function VirtqUsedRing(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  VirtqUsedRing.prototype._read = function() {
    this.flags = new UsedFlags(this._io, this, this._root);
    this.idx = this._io.readU2le();
    this.entries = [];
    for (var i = 0; i < this.numEntries; i++) {
      this.entries.push(new UsedElem(this._io, this, this._root));
    }
    this.availEvent = this._io.readU2le();
  }

  /**
   * One finished chain (8 bytes).
   * @see Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring"
   */

  var UsedElem = VirtqUsedRing.UsedElem = (function() {
    function UsedElem(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    UsedElem.prototype._read = function() {
      this.id = this._io.readU4le();
      this.lenWritten = this._io.readU4le();
    }

    /**
     * Head index of the chain.
     */

    /**
     * Bytes the device wrote into the chain's device-writable buffers.
     */

    return UsedElem;
  })();

  /**
   * The 16-bit used ring flags.
   * @see Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring"
   */

  var UsedFlags = VirtqUsedRing.UsedFlags = (function() {
    function UsedFlags(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    UsedFlags.prototype._read = function() {
      this.noNotify = this._io.readBitsIntLe(1) != 0;
      this.reserved = this._io.readBitsIntLe(15);
    }

    /**
     * Bit 0, the device does not need kicks (without EVENT_IDX).
     */

    /**
     * Not defined; zero.
     */

    return UsedFlags;
  })();

  /**
   * The queue size N.
   */
  Object.defineProperty(VirtqUsedRing.prototype, 'numEntries', {
    get: function() {
      if (this._m_numEntries !== undefined)
        return this._m_numEntries;
      this._m_numEntries = Math.floor((this._io.size - 6) / 8);
      return this._m_numEntries;
    }
  });

  /**
   * Notification suppression flag.
   */

  /**
   * Where the device puts the next entry (modulo the queue size); free-running.
   */

  /**
   * Finished chains.
   */

  /**
   * With EVENT_IDX, kick the device when the available index passes this value.
   */

  return VirtqUsedRing;
})();
VirtqUsedRing_.VirtqUsedRing = VirtqUsedRing;
});
