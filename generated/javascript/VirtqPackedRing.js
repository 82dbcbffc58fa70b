// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.VirtqPackedRing || (root.VirtqPackedRing = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (VirtqPackedRing_, KaitaiStream) {
/**
 * A packed virtqueue (VIRTIO_F_RING_PACKED, virtio 1.1 and later) keeps a
 * queue in three parts of guest memory:
 * 
 * | part | written by | size for a queue of N entries | alignment |
 * |---|---|---|---|
 * | descriptor ring (this spec) | driver and device | 16 * N (N up to 32768, any value) | 16 |
 * | driver event suppression (`virtq_packed_event`) | driver | 4 | 4 |
 * | device event suppression (`virtq_packed_event`) | device | 4 | 4 |
 * 
 * Both sides keep a position in the ring and a wrap counter that starts
 * at 1 and flips each time the position passes the end. The driver makes a
 * slot available by writing its descriptor with `avail` equal to its wrap
 * counter and `used` the opposite; a chain is a run of consecutive slots
 * linked by `has_next`, and its buffer id is in the last one. The device
 * returns a buffer by writing one descriptor at its own position - the
 * buffer id, the number of bytes written, `avail` and `used` both equal to
 * its wrap counter - and moves on by as many slots as the chain took.
 * Whoever writes a descriptor stores its flags last, so the other side
 * never sees a half-written one.
 * 
 * A descriptor with `indirect` points at a table of descriptors of this
 * same layout that holds the whole chain, read in order (`has_next` and
 * the ids in it are not used). vhost-user's SET_VRING_BASE and
 * GET_VRING_BASE carry both positions and wrap counters (`vring_state` in
 * `vhost_user`).
 * 
 * The top level reads a ring (or table) of any length: every 16 bytes of
 * input are one descriptor.
 * @see Virtio 1.2, section 2.8 "Packed Virtqueues", 2.8.13 "Packed Virtqueue Descriptor Format"
 */

var VirtqPackedRing = (function() {
  function VirtqPackedRing(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  VirtqPackedRing.prototype._read = function() {
    this.descriptors = [];
    var i = 0;
    while (!this._io.isEof()) {
      this.descriptors.push(new Descriptor(this._io, this, this._root));
      i++;
    }
  }

  /**
   * The 16-bit descriptor flags.
   * @see Virtio 1.2, section 2.8.1 "Driver and Device Ring Wrap Counters"
   */

  var DescFlags = VirtqPackedRing.DescFlags = (function() {
    function DescFlags(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    DescFlags.prototype._read = function() {
      this.hasNext = this._io.readBitsIntLe(1) != 0;
      this.deviceWritable = this._io.readBitsIntLe(1) != 0;
      this.indirect = this._io.readBitsIntLe(1) != 0;
      this.reservedLow = this._io.readBitsIntLe(4);
      this.avail = this._io.readBitsIntLe(1) != 0;
      this.reservedHigh = this._io.readBitsIntLe(7);
      this.used = this._io.readBitsIntLe(1) != 0;
    }

    /**
     * Bit 0, the chain continues in the next slot.
     */

    /**
     * Bit 1, the device writes this buffer (in a used descriptor, the device wrote into the chain).
     */

    /**
     * Bit 2, the buffer is an indirect table (INDIRECT_DESC; never with has_next).
     */

    /**
     * Bits 3-6, not defined; zero.
     */

    /**
     * Bit 7, the driver's wrap counter when it made the slot available (equal to it, with used different).
     */

    /**
     * Bits 8-14, not defined; zero.
     */

    /**
     * Bit 15, with avail equal to it, the device's wrap counter when it used the slot.
     */

    return DescFlags;
  })();

  /**
   * One slot of the ring (16 bytes); as the driver or as the device left it.
   * @see Virtio 1.2, section 2.8.13 "Packed Virtqueue Descriptor Format"
   */

  var Descriptor = VirtqPackedRing.Descriptor = (function() {
    function Descriptor(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Descriptor.prototype._read = function() {
      this.addr = this._io.readU8le();
      this.lenBuffer = this._io.readU4le();
      this.bufferId = this._io.readU2le();
      this.flags = new DescFlags(this._io, this, this._root);
    }

    /**
     * Guest-physical address of the buffer (or indirect table); the device leaves it unchanged.
     */

    /**
     * Made available, the buffer's length; used, the bytes the device wrote into the chain.
     */

    /**
     * The buffer id of the chain (in its last descriptor); the device returns it.
     */

    /**
     * Chaining, direction, indirection and the two wrap-counter bits.
     */

    return Descriptor;
  })();

  /**
   * The descriptors, slot 0 first.
   */

  return VirtqPackedRing;
})();
VirtqPackedRing_.VirtqPackedRing = VirtqPackedRing;
});
