// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.VhostUserInflight || (root.VhostUserInflight = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (VhostUserInflight_, KaitaiStream) {
/**
 * With the INFLIGHT_SHMFD protocol feature the back-end hands the
 * front-end a shared buffer (GET_INFLIGHT_FD) in which it notes every
 * request it took from a queue and has not finished. The front-end keeps
 * the buffer while the back-end dies and gives it to the next back-end
 * (SET_INFLIGHT_FD), which then sends the unfinished requests again, in
 * the order they were first taken, instead of losing them.
 * 
 * The buffer is one region per queue, back to back; each region is as
 * long as its entries need, rounded up to 64 bytes. The top level reads
 * the regions of split virtqueues, each with its header filled in (a
 * back-end writes `version` and `num_descs` when it starts tracking a
 * queue; a region that is still all zeros has no entries). A region's
 * length follows from its `num_descs`, so the top level needs it to be the
 * buffer's queue size, as the spec asks (libvhost-user writes the ring's own
 * size, the same unless the driver made the queue smaller). The packed
 * virtqueue's region has its own layout (`queue_region_packed`).
 * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking|Source}
 */

var VhostUserInflight = (function() {
  function VhostUserInflight(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  VhostUserInflight.prototype._read = function() {
    this.queues = [];
    var i = 0;
    while (!this._io.isEof()) {
      this.queues.push(new QueueRegionSplit(this._io, this, this._root));
      i++;
    }
  }

  /**
   * The tracking entry of one packed-queue descriptor (32 bytes).
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking|Source}
   */

  var DescStatePacked = VhostUserInflight.DescStatePacked = (function() {
    function DescStatePacked(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    DescStatePacked.prototype._read = function() {
      this.inflight = this._io.readU1();
      this.padding = this._io.readU1();
      this.next = this._io.readU2le();
      this.last = this._io.readU2le();
      this.num = this._io.readU2le();
      this.counter = this._io.readU8le();
      this.id = this._io.readU2le();
      this.flags = this._io.readU2le();
      this.lenBuffer = this._io.readU4le();
      this.addr = this._io.readU8le();
    }

    /**
     * 1 while the request is in flight (head entries).
     */

    /**
     * Unused.
     */

    /**
     * Next entry of the free list.
     */

    /**
     * Last entry of this request's descriptors (head entries).
     */

    /**
     * Descriptors of this request (head entries).
     */

    /**
     * When the request was taken (head entries).
     */

    /**
     * Buffer id.
     */

    /**
     * Descriptor flags.
     */

    /**
     * Buffer length.
     */

    /**
     * Buffer address.
     */

    return DescStatePacked;
  })();

  /**
   * The tracking entry of one split-queue descriptor (16 bytes); only head descriptors use it.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking|Source}
   */

  var DescStateSplit = VhostUserInflight.DescStateSplit = (function() {
    function DescStateSplit(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    DescStateSplit.prototype._read = function() {
      this.inflight = this._io.readU1();
      this.padding = this._io.readBytes(5);
      this.next = this._io.readU2le();
      this.counter = this._io.readU8le();
    }

    /**
     * 1 from the moment the request starting here is taken until it is in the used ring.
     */

    /**
     * Unused.
     */

    /**
     * The next (older) head of the last used batch.
     */

    /**
     * When the request was taken, counted across the queue; resubmission goes by it.
     */

    return DescStateSplit;
  })();

  /**
   * One packed queue's region - a header, then one 32-byte entry per descriptor.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking|Source}
   */

  var QueueRegionPacked = VhostUserInflight.QueueRegionPacked = (function() {
    function QueueRegionPacked(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    QueueRegionPacked.prototype._read = function() {
      this.features = this._io.readU8le();
      this.version = this._io.readU2le();
      this.numDescs = this._io.readU2le();
      this.freeHead = this._io.readU2le();
      this.oldFreeHead = this._io.readU2le();
      this.usedIdx = this._io.readU2le();
      this.oldUsedIdx = this._io.readU2le();
      this.usedWrapCounter = this._io.readU1();
      this.oldUsedWrapCounter = this._io.readU1();
      this.padding = this._io.readBytes(7);
      this.descs = [];
      for (var i = 0; i < this.numDescs; i++) {
        this.descs.push(new DescStatePacked(this._io, this, this._root));
      }
    }

    /**
     * Feature flags of the region, zero.
     */

    /**
     * Layout version, 1; zero while the region has not been set up.
     */

    /**
     * Entries, the queue size.
     */

    /**
     * Head of the list of free entries.
     */

    /**
     * The free list's head before the batch being put into the ring.
     */

    /**
     * The device's next descriptor ring slot.
     */

    /**
     * That slot before the batch being put into the ring.
     */

    /**
     * The device's wrap counter.
     */

    /**
     * The wrap counter before the batch being put into the ring.
     */

    /**
     * Unused.
     */

    /**
     * State of each entry.
     */

    return QueueRegionPacked;
  })();

  /**
   * One split queue's region: a 16-byte header, one 16-byte entry per
   * descriptor of the queue, then padding up to a multiple of 64 bytes.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking|Source}
   */

  var QueueRegionSplit = VhostUserInflight.QueueRegionSplit = (function() {
    function QueueRegionSplit(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    QueueRegionSplit.prototype._read = function() {
      this.features = this._io.readU8le();
      this.version = this._io.readU2le();
      this.numDescs = this._io.readU2le();
      this.lastBatchHead = this._io.readU2le();
      this.usedIdx = this._io.readU2le();
      this.descs = [];
      for (var i = 0; i < this.numDescs; i++) {
        this.descs.push(new DescStateSplit(this._io, this, this._root));
      }
      this.padding = this._io.readBytes((Math.floor(((16 * this.numDescs + 2) + 63) / 64) * 64 - 16 * this.numDescs) - 16);
    }

    /**
     * Feature flags of the region; none are defined, so zero.
     */

    /**
     * Layout version, 1; zero while the region has not been set up.
     */

    /**
     * Entries that follow, one per descriptor (the queue size).
     */

    /**
     * Head descriptor of the last batch put into the used ring; the
     * batch is a list linked through the entries' `next`, newest first.
     */

    /**
     * The used ring's index once the last batch was cleared. When the
     * used ring's own index is ahead of it, the back-end stopped
     * between publishing a batch and clearing its entries.
     */

    /**
     * State of each descriptor, by descriptor index.
     */

    /**
     * Up to the next multiple of 64 bytes (the region size QEMU's libvhost-user uses).
     */

    return QueueRegionSplit;
  })();

  /**
   * One region per queue, in queue order.
   */

  return VhostUserInflight;
})();
VhostUserInflight_.VhostUserInflight = VhostUserInflight;
});
