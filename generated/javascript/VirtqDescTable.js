// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.VirtqDescTable || (root.VirtqDescTable = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (VirtqDescTable_, KaitaiStream) {
/**
 * A split virtqueue, the queue layout vhost-user back-ends process, has
 * three parts in guest memory, each written by one side only:
 * 
 * | part | written by | size for a queue of N entries | alignment |
 * |---|---|---|---|
 * | descriptor table (this spec) | driver | 16 * N | 16 |
 * | available ring (`virtq_avail_ring`) | driver | 6 + 2 * N | 2 |
 * | used ring (`virtq_used_ring`) | device | 6 + 8 * N | 4 |
 * 
 * The legacy (virtio 0.9.5) PCI transport puts the three parts in one
 * block: the table, the available ring right after it, and the used ring
 * at the next 4096-byte boundary.
 * 
 * A request is a chain of descriptors: the driver writes the buffers'
 * addresses and lengths into free descriptors, links them with `next`,
 * marks the ones the device may write into, and puts the index of the
 * first (the head) into the available ring. Device-readable descriptors
 * come before device-writable ones. A descriptor with the indirect flag
 * points at a table of further descriptors (an indirect table, this same
 * layout) that holds the whole chain; an indirect table never points at
 * another one. Numbers are little-endian (virtio 1.0; legacy devices use
 * the guest's byte order, little-endian on x86 and Arm).
 * 
 * The top level reads a table of any length: every 16 bytes of input are
 * one descriptor.
 * @see Virtio 1.2, section 2.7 "Split Virtqueues", 2.7.5 "The Virtqueue Descriptor Table"
 */

var VirtqDescTable = (function() {
  function VirtqDescTable(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  VirtqDescTable.prototype._read = function() {
    this.descriptors = [];
    var i = 0;
    while (!this._io.isEof()) {
      this.descriptors.push(new Descriptor(this._io, this, this._root));
      i++;
    }
  }

  /**
   * The 16-bit descriptor flags.
   * @see Virtio 1.2, section 2.7.5 "The Virtqueue Descriptor Table"
   */

  var DescFlags = VirtqDescTable.DescFlags = (function() {
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
      this.reserved = this._io.readBitsIntLe(13);
    }

    /**
     * Bit 0, the chain continues at `next`.
     */

    /**
     * Bit 1, the device writes this buffer (otherwise it only reads it).
     */

    /**
     * Bit 2, the buffer is an indirect descriptor table (INDIRECT_DESC feature; never with has_next).
     */

    /**
     * Not defined; zero.
     */

    return DescFlags;
  })();

  /**
   * One buffer of a chain (16 bytes).
   * @see Virtio 1.2, section 2.7.5 "The Virtqueue Descriptor Table"
   */

  var Descriptor = VirtqDescTable.Descriptor = (function() {
    function Descriptor(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Descriptor.prototype._read = function() {
      this.addr = this._io.readU8le();
      this.lenBuffer = this._io.readU4le();
      this.flags = new DescFlags(this._io, this, this._root);
      this.next = this._io.readU2le();
    }

    /**
     * Guest-physical address of the buffer (or of the indirect table).
     */

    /**
     * Length of the buffer in bytes (of an indirect table, a multiple of 16).
     */

    /**
     * Chaining, direction and indirection.
     */

    /**
     * Index of the next descriptor of the chain, when `flags.has_next` is set.
     */

    return Descriptor;
  })();

  /**
   * The descriptors, index 0 first.
   */

  return VirtqDescTable;
})();
VirtqDescTable_.VirtqDescTable = VirtqDescTable;
});
