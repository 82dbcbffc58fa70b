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
 * The buffer is one region per queue, back to back, all of one length: a
 * header and one entry per descriptor of the buffer's queue size, rounded
 * up to 64 bytes. Which layout the regions have follows from the features
 * the front-end set before it asked for the buffer (QEMU sends SET_FEATURES
 * first for that reason): `queue_region_split`, or `queue_region_packed`
 * with RING_PACKED. The top level reads split regions, each with its
 * header filled in (a back-end writes `num_descs` into every region when it
 * makes the buffer, `version` when it starts tracking a queue). A back-end
 * may write the queue's own ring size as `num_descs` instead of the
 * buffer's queue size (the spec asks for the queue size; the two differ
 * when the driver made the queue smaller); the entries past a region's
 * `num_descs` are then never written, and the top level reads them as
 * `slack`, zero 64-byte blocks up to the next region's header (which is
 * never all zero, its `num_descs` being written) or the end.
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
   * The next 64 bytes, read as eight u8 to tell whether they are all zero.
   */

  var BlockPeek = VhostUserInflight.BlockPeek = (function() {
    function BlockPeek(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    BlockPeek.prototype._read = function() {
      this.words = [];
      for (var i = 0; i < 8; i++) {
        this.words.push(this._io.readU8le());
      }
    }

    /**
     * All eight are zero.
     */
    Object.defineProperty(BlockPeek.prototype, 'zero', {
      get: function() {
        if (this._m_zero !== undefined)
          return this._m_zero;
        this._m_zero =  ((this.words[0] == 0) && (this.words[1] == 0) && (this.words[2] == 0) && (this.words[3] == 0) && (this.words[4] == 0) && (this.words[5] == 0) && (this.words[6] == 0) && (this.words[7] == 0)) ;
        return this._m_zero;
      }
    });

    /**
     * The 64 bytes.
     */

    return BlockPeek;
  })();

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
   * One packed queue's region: a 32-byte header, one 32-byte entry per
   * descriptor of the queue, then padding up to a multiple of 64 bytes.
   * The entries not taken by a request in flight form a free list
   * (`free_head`, linked through `next`); a request takes entries from
   * it, one per ring descriptor, and gives them back when it is used.
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
      this.padding = this._io.readBytes(10);
      this.descs = [];
      for (var i = 0; i < this.numDescs; i++) {
        this.descs.push(new DescStatePacked(this._io, this, this._root));
      }
      this.paddingEnd = this._io.readBytes((Math.floor(((32 * this.numDescs + 32) + 63) / 64) * 64 - 32 * this.numDescs) - 32);
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
     * Head of the list of free entries (`num_descs` when it is empty).
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
     * Unused (7 bytes, then 3 more that align the entries to 8 bytes, as a C compiler lays them out).
     */

    /**
     * State of each entry.
     */

    /**
     * Up to the next multiple of 64 bytes.
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
      if (this.moreSlack) {
        this.slack = [];
        var i = 0;
        do {
          var _ = new ZeroBlock(this._io, this, this._root);
          this.slack.push(_);
          i++;
        } while (!(!(_.more)));
      }
    }

    /**
     * The next 64 bytes are all zero (no region header starts there).
     */
    Object.defineProperty(QueueRegionSplit.prototype, 'moreSlack', {
      get: function() {
        if (this._m_moreSlack !== undefined)
          return this._m_moreSlack;
        this._m_moreSlack =  ((this._io.size - this._io.pos >= 64) && (this.nextBlock.zero)) ;
        return this._m_moreSlack;
      }
    });

    /**
     * The next 64 bytes (at the end of the buffer the first 64, then unused; regions are whole 64-byte blocks).
     */
    Object.defineProperty(QueueRegionSplit.prototype, 'nextBlock', {
      get: function() {
        if (this._m_nextBlock !== undefined)
          return this._m_nextBlock;
        var _pos = this._io.pos;
        this._io.seek(KaitaiStream.mod(this._io.pos, this._io.size));
        this._m_nextBlock = new BlockPeek(this._io, this, this._root);
        this._io.seek(_pos);
        return this._m_nextBlock;
      }
    });

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

    /**
     * Entries past `num_descs` when that is the ring's size and the
     * region is as long as the buffer's queue size needs; empty when
     * `num_descs` is the queue size.
     */

    return QueueRegionSplit;
  })();

  /**
   * 64 bytes of zeros inside a region, past its entries.
   */

  var ZeroBlock = VhostUserInflight.ZeroBlock = (function() {
    function ZeroBlock(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    ZeroBlock.prototype._read = function() {
      this.data = this._io.readBytes(64);
    }

    /**
     * The 64 bytes after this block are all zero too.
     */
    Object.defineProperty(ZeroBlock.prototype, 'more', {
      get: function() {
        if (this._m_more !== undefined)
          return this._m_more;
        this._m_more =  ((this._io.size - this._io.pos >= 64) && (this.nextBlock.zero)) ;
        return this._m_more;
      }
    });

    /**
     * The next 64 bytes (at the end of the buffer the first 64, then unused; regions are whole 64-byte blocks).
     */
    Object.defineProperty(ZeroBlock.prototype, 'nextBlock', {
      get: function() {
        if (this._m_nextBlock !== undefined)
          return this._m_nextBlock;
        var _pos = this._io.pos;
        this._io.seek(KaitaiStream.mod(this._io.pos, this._io.size));
        this._m_nextBlock = new BlockPeek(this._io, this, this._root);
        this._io.seek(_pos);
        return this._m_nextBlock;
      }
    });

    /**
     * Zeros.
     */

    return ZeroBlock;
  })();

  /**
   * One region per queue, in queue order.
   */

  return VhostUserInflight;
})();
VhostUserInflight_.VhostUserInflight = VhostUserInflight;
});
