// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.VirtqAvailRing || (root.VirtqAvailRing = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (VirtqAvailRing_, KaitaiStream) {
/**
 * The ring in which the driver offers descriptor chains to the device
 * (see `virtq_desc_table` for the whole split queue). The driver writes
 * the head index of a chain into `entries[idx % N]` (`ring` in the virtio spec), then (after a write
 * barrier) increments `idx`, a free-running 16-bit counter. The device
 * remembers how far it has read (its last available index, which
 * vhost-user's SET/GET_VRING_BASE carry) and processes entries until it
 * reaches `idx`.
 * 
 * `used_event` exists only with the EVENT_IDX feature: the driver asks to
 * be notified once the device's used index passes this value. Without
 * EVENT_IDX the `no_interrupt` flag is the driver's (advisory) way to ask
 * for no notifications.
 * 
 * The top level reads a whole ring; the number of entries follows from
 * the input size (6 + 2 * N bytes, used_event included).
 * @see Virtio 1.2, section 2.7.6 "The Virtqueue Available Ring"
 */

var VirtqAvailRing = (function() {
  function VirtqAvailRing(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  VirtqAvailRing.prototype._read = function() {
    this.flags = new AvailFlags(this._io, this, this._root);
    this.idx = this._io.readU2le();
    this.entries = [];
    for (var i = 0; i < this.numEntries; i++) {
      this.entries.push(this._io.readU2le());
    }
    this.usedEvent = this._io.readU2le();
  }

  /**
   * The 16-bit available ring flags.
   * @see Virtio 1.2, section 2.7.6 "The Virtqueue Available Ring"
   */

  var AvailFlags = VirtqAvailRing.AvailFlags = (function() {
    function AvailFlags(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    AvailFlags.prototype._read = function() {
      this.noInterrupt = this._io.readBitsIntLe(1) != 0;
      this.reserved = this._io.readBitsIntLe(15);
    }

    /**
     * Bit 0, the driver does not want to be notified of used buffers (without EVENT_IDX).
     */

    /**
     * Not defined; zero.
     */

    return AvailFlags;
  })();

  /**
   * The queue size N.
   */
  Object.defineProperty(VirtqAvailRing.prototype, 'numEntries', {
    get: function() {
      if (this._m_numEntries !== undefined)
        return this._m_numEntries;
      this._m_numEntries = Math.floor((this._io.size - 6) / 2);
      return this._m_numEntries;
    }
  });

  /**
   * Notification suppression flag.
   */

  /**
   * Where the driver puts the next entry (modulo the queue size); free-running.
   */

  /**
   * Head descriptor indexes of available chains.
   */

  /**
   * With EVENT_IDX, notify the driver when the used index passes this value.
   */

  return VirtqAvailRing;
})();
VirtqAvailRing_.VirtqAvailRing = VirtqAvailRing;
});
