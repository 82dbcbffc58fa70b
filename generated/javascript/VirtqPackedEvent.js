// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.VirtqPackedEvent || (root.VirtqPackedEvent = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (VirtqPackedEvent_, KaitaiStream) {
/**
 * Each side of a packed virtqueue (see `virtq_packed_ring`) has one of
 * these 4-byte structures and says in it when it wants to hear from the
 * other side: the driver's (what vhost-user's SET_VRING_ADDR calls the
 * available ring) says when the device should notify (interrupt), the
 * device's (the "used ring" address) says when the driver should kick.
 * 
 * With `mode` enable every buffer is signalled, with disable none; with
 * desc (only when VIRTIO_F_EVENT_IDX was negotiated) a signal is wanted
 * once the other side has gone past the slot `offset` in the lap whose
 * wrap counter is `wrap`. The reader decides after a full memory barrier.
 * @see Virtio 1.2, section 2.8.14 "Event Suppression Structure Format"
 */

var VirtqPackedEvent = (function() {
  VirtqPackedEvent.EventMode = Object.freeze({
    ENABLE: 0,
    DISABLE: 1,
    DESC: 2,
    RESERVED: 3,

    0: "ENABLE",
    1: "DISABLE",
    2: "DESC",
    3: "RESERVED",
  });

  function VirtqPackedEvent(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  VirtqPackedEvent.prototype._read = function() {
    this.offset = this._io.readBitsIntLe(15);
    this.wrap = this._io.readBitsIntLe(1) != 0;
    this.mode = this._io.readBitsIntLe(2);
    this.reserved = this._io.readBitsIntLe(14);
  }

  /**
   * Desc mode, the slot the writer wants to hear about.
   */

  /**
   * Desc mode, the wrap counter of the lap in which `offset` is meant.
   */

  /**
   * Enable, disable or desc.
   */

  /**
   * Not defined; zero.
   */

  return VirtqPackedEvent;
})();
VirtqPackedEvent_.VirtqPackedEvent = VirtqPackedEvent;
});
