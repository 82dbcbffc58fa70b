// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.VhostUserBlk || (root.VhostUserBlk = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (VhostUserBlk_, KaitaiStream) {
/**
 * A vhost-user-blk back-end is a virtio block device in another process.
 * The front-end reads its configuration space with GET_CONFIG (the
 * `contents` of a `vhost_user::config_space` reply) and the guest's
 * driver sends requests through the queues.
 * 
 * The top level reads the configuration space, as much of it as there is
 * (a front-end asks for as many bytes as the fields it knows; older ones
 * ask for fewer). Which fields are meaningful depends on the negotiated
 * feature bits (`blk_feature`).
 * 
 * A request is a descriptor chain: a device-readable header
 * (`request_header`), data buffers (device-readable for writes,
 * device-writable for reads), and one device-writable status byte at the
 * very end. Discard, write-zeroes and secure-erase requests carry
 * `segment`s as their data; GET_ID returns a 20-byte serial string.
 * Sectors are always 512 bytes, whatever the block size.
 * @see Virtio 1.2, section 5.2 "Block Device"
 */

var VhostUserBlk = (function() {
  VhostUserBlk.BlkFeature = Object.freeze({
    BARRIER: 0,
    SIZE_MAX: 1,
    SEG_MAX: 2,
    GEOMETRY: 4,
    RO: 5,
    BLK_SIZE: 6,
    SCSI: 7,
    FLUSH: 9,
    TOPOLOGY: 10,
    CONFIG_WCE: 11,
    MQ: 12,
    DISCARD: 13,
    WRITE_ZEROES: 14,
    LIFETIME: 15,
    SECURE_ERASE: 16,
    ZONED: 17,

    0: "BARRIER",
    1: "SIZE_MAX",
    2: "SEG_MAX",
    4: "GEOMETRY",
    5: "RO",
    6: "BLK_SIZE",
    7: "SCSI",
    9: "FLUSH",
    10: "TOPOLOGY",
    11: "CONFIG_WCE",
    12: "MQ",
    13: "DISCARD",
    14: "WRITE_ZEROES",
    15: "LIFETIME",
    16: "SECURE_ERASE",
    17: "ZONED",
  });

  VhostUserBlk.RequestType = Object.freeze({
    READ: 0,
    WRITE: 1,
    FLUSH: 4,
    GET_ID: 8,
    GET_LIFETIME: 10,
    DISCARD: 11,
    WRITE_ZEROES: 13,
    SECURE_ERASE: 14,
    ZONE_APPEND: 15,
    ZONE_REPORT: 16,
    ZONE_OPEN: 18,
    ZONE_CLOSE: 20,
    ZONE_FINISH: 22,
    ZONE_RESET: 24,
    ZONE_RESET_ALL: 26,

    0: "READ",
    1: "WRITE",
    4: "FLUSH",
    8: "GET_ID",
    10: "GET_LIFETIME",
    11: "DISCARD",
    13: "WRITE_ZEROES",
    14: "SECURE_ERASE",
    15: "ZONE_APPEND",
    16: "ZONE_REPORT",
    18: "ZONE_OPEN",
    20: "ZONE_CLOSE",
    22: "ZONE_FINISH",
    24: "ZONE_RESET",
    26: "ZONE_RESET_ALL",
  });

  VhostUserBlk.Status = Object.freeze({
    OK: 0,
    IOERR: 1,
    UNSUPP: 2,
    ZONE_INVALID_CMD: 3,
    ZONE_UNALIGNED_WP: 4,
    ZONE_OPEN_RESOURCE: 5,
    ZONE_ACTIVE_RESOURCE: 6,

    0: "OK",
    1: "IOERR",
    2: "UNSUPP",
    3: "ZONE_INVALID_CMD",
    4: "ZONE_UNALIGNED_WP",
    5: "ZONE_OPEN_RESOURCE",
    6: "ZONE_ACTIVE_RESOURCE",
  });

  function VhostUserBlk(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  VhostUserBlk.prototype._read = function() {
    this.numSectors = this._io.readU8le();
    if (this._io.size >= 12) {
      this.maxSegmentSize = this._io.readU4le();
    }
    if (this._io.size >= 16) {
      this.maxSegments = this._io.readU4le();
    }
    if (this._io.size >= 20) {
      this.geometry = new Geometry(this._io, this, this._root);
    }
    if (this._io.size >= 24) {
      this.lenBlock = this._io.readU4le();
    }
    if (this._io.size >= 32) {
      this.topology = new Topology(this._io, this, this._root);
    }
    if (this._io.size >= 33) {
      this.writeback = this._io.readU1();
    }
    if (this._io.size >= 34) {
      this.unused0 = this._io.readU1();
    }
    if (this._io.size >= 36) {
      this.numQueues = this._io.readU2le();
    }
    if (this._io.size >= 40) {
      this.maxDiscardSectors = this._io.readU4le();
    }
    if (this._io.size >= 44) {
      this.maxDiscardSegments = this._io.readU4le();
    }
    if (this._io.size >= 48) {
      this.discardSectorAlignment = this._io.readU4le();
    }
    if (this._io.size >= 52) {
      this.maxWriteZeroesSectors = this._io.readU4le();
    }
    if (this._io.size >= 56) {
      this.maxWriteZeroesSegments = this._io.readU4le();
    }
    if (this._io.size >= 57) {
      this.writeZeroesMayUnmap = this._io.readU1();
    }
    if (this._io.size >= 60) {
      this.unused1 = this._io.readBytes(3);
    }
    if (this._io.size >= 64) {
      this.maxSecureEraseSectors = this._io.readU4le();
    }
    if (this._io.size >= 68) {
      this.maxSecureEraseSegments = this._io.readU4le();
    }
    if (this._io.size >= 72) {
      this.secureEraseSectorAlignment = this._io.readU4le();
    }
    if (this._io.size >= 96) {
      this.zoned = new ZonedCharacteristics(this._io, this, this._root);
    }
  }

  /**
   * Legacy cylinders/heads/sectors geometry.
   * @see Virtio 1.2, section 5.2.4 "Device configuration layout"
   */

  var Geometry = VhostUserBlk.Geometry = (function() {
    function Geometry(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Geometry.prototype._read = function() {
      this.numCylinders = this._io.readU2le();
      this.numHeads = this._io.readU1();
      this.numSectorsPerTrack = this._io.readU1();
    }

    /**
     * Cylinders.
     */

    /**
     * Heads.
     */

    /**
     * Sectors per track.
     */

    return Geometry;
  })();

  /**
   * The 16 device-readable bytes that start every request.
   * @see Virtio 1.2, section 5.2.6 "Device Operation"
   */

  var RequestHeader = VhostUserBlk.RequestHeader = (function() {
    function RequestHeader(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    RequestHeader.prototype._read = function() {
      this.type = this._io.readU4le();
      this.reserved = this._io.readU4le();
      this.sector = this._io.readU8le();
    }

    /**
     * What to do.
     */

    /**
     * Zero (the I/O priority in legacy devices).
     */

    /**
     * First 512-byte sector of a read or write.
     */

    return RequestHeader;
  })();

  /**
   * One range of a discard, write-zeroes or secure-erase request (16 bytes).
   * @see Virtio 1.2, section 5.2.6 "Device Operation"
   */

  var Segment = VhostUserBlk.Segment = (function() {
    function Segment(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Segment.prototype._read = function() {
      this.sector = this._io.readU8le();
      this.numSectors = this._io.readU4le();
      this.flags = new SegmentFlags(this._io, this, this._root);
    }

    /**
     * First sector.
     */

    /**
     * Number of sectors.
     */

    /**
     * Flags.
     */

    return Segment;
  })();

  /**
   * Flags of a segment.
   * @see Virtio 1.2, section 5.2.6 "Device Operation"
   */

  var SegmentFlags = VhostUserBlk.SegmentFlags = (function() {
    function SegmentFlags(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    SegmentFlags.prototype._read = function() {
      this.unmap = this._io.readBitsIntLe(1) != 0;
      this.reserved = this._io.readBitsIntLe(31);
    }

    /**
     * Bit 0 (write zeroes), the device may deallocate the range.
     */

    /**
     * Not defined; zero.
     */

    return SegmentFlags;
  })();

  /**
   * How to align I/O for best performance.
   * @see Virtio 1.2, section 5.2.4 "Device configuration layout"
   */

  var Topology = VhostUserBlk.Topology = (function() {
    function Topology(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Topology.prototype._read = function() {
      this.physicalBlockExp = this._io.readU1();
      this.alignmentOffset = this._io.readU1();
      this.minIoSize = this._io.readU2le();
      this.optIoSize = this._io.readU4le();
    }

    /**
     * Logical blocks per physical block, as a power of two.
     */

    /**
     * Offset of the first aligned logical block.
     */

    /**
     * Suggested minimum I/O size, in logical blocks.
     */

    /**
     * Optimal (suggested maximum) I/O size, in logical blocks.
     */

    return Topology;
  })();

  /**
   * Zoned block device limits.
   * @see Virtio 1.2, section 5.2.4 "Device configuration layout"
   */

  var ZonedCharacteristics = VhostUserBlk.ZonedCharacteristics = (function() {
    function ZonedCharacteristics(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    ZonedCharacteristics.prototype._read = function() {
      this.zoneSectors = this._io.readU4le();
      this.maxOpenZones = this._io.readU4le();
      this.maxActiveZones = this._io.readU4le();
      this.maxAppendSectors = this._io.readU4le();
      this.writeGranularity = this._io.readU4le();
      this.model = this._io.readU1();
      this.unused2 = this._io.readBytes(3);
    }

    /**
     * Zone size in sectors.
     */

    /**
     * Most zones open at once.
     */

    /**
     * Most zones active at once.
     */

    /**
     * Largest zone append, in sectors.
     */

    /**
     * Write granularity in bytes.
     */

    /**
     * Zoned model (none, host-managed, host-aware).
     */

    /**
     * Unused.
     */

    return ZonedCharacteristics;
  })();

  /**
   * Capacity in 512-byte sectors.
   */

  /**
   * Largest single buffer (SIZE_MAX).
   */

  /**
   * Most data buffers in one request (SEG_MAX).
   */

  /**
   * Legacy disk geometry (GEOMETRY).
   */

  /**
   * Logical block size in bytes (BLK_SIZE).
   */

  /**
   * I/O alignment hints (TOPOLOGY).
   */

  /**
   * 1 for a writeback cache, 0 for writethrough (CONFIG_WCE; the driver may write it).
   */

  /**
   * Unused.
   */

  /**
   * Number of request queues (MQ).
   */

  /**
   * Largest discard, in sectors (DISCARD).
   */

  /**
   * Most segments in one discard request (DISCARD).
   */

  /**
   * Discard alignment, in sectors (DISCARD).
   */

  /**
   * Largest write-zeroes request, in sectors (WRITE_ZEROES).
   */

  /**
   * Most segments in one write-zeroes request (WRITE_ZEROES).
   */

  /**
   * 1 when write-zeroes with the unmap flag may deallocate (WRITE_ZEROES).
   */

  /**
   * Unused.
   */

  /**
   * Largest secure erase, in sectors (SECURE_ERASE).
   */

  /**
   * Most segments in one secure erase (SECURE_ERASE).
   */

  /**
   * Secure erase alignment, in sectors (SECURE_ERASE).
   */

  /**
   * Zoned device characteristics (ZONED).
   */

  return VhostUserBlk;
})();
VhostUserBlk_.VhostUserBlk = VhostUserBlk;
});
