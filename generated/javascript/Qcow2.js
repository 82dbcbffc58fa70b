// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.Qcow2 || (root.Qcow2 = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (Qcow2_, KaitaiStream) {
/**
 * qcow2 stores a virtual disk in a host file as fixed-size clusters. A
 * two-level table (L1, then one-cluster L2 tables) maps each guest cluster to
 * a host cluster, a compressed run of sectors, zeros, or nothing (read from
 * the backing file, or zeros). A second two-level table (refcount table,
 * then refcount blocks) counts how many times each host cluster is used, so
 * that internal snapshots can share clusters and copy them on write.
 * Optional parts: a backing file, header extensions, internal snapshots,
 * persistent dirty bitmaps, an external data file, encryption.
 * 
 * Every number is big-endian. Table entries are 64-bit; this spec reads them
 * as bit fields of at most 32 bits and combines the halves with arithmetic
 * (`hi * 4294967296 + lo`), so that JavaScript computes the same values as
 * the other languages for every offset below 2^53 (8 PiB).
 * 
 * The top level reads the header; everything else is an instance reached
 * from it: `header_extensions`, `backing_file_name`, `l1_table` (and the L2
 * tables under it), `refcount_table` (and its refcount blocks), `snapshots`,
 * and the bitmap directory under the bitmaps extension.
 * @see {@link https://www.qemu.org/docs/master/interop/qcow2.html|Source}
 * @see {@link https://gitlab.com/qemu-project/qemu/-/blob/master/docs/interop/qcow2.txt|Source}
 */

var Qcow2 = (function() {
  Qcow2.BitmapType = Object.freeze({
    DIRTY_TRACKING: 1,

    1: "DIRTY_TRACKING",
  });

  Qcow2.CompressionType = Object.freeze({
    ZLIB: 0,
    ZSTD: 1,

    0: "ZLIB",
    1: "ZSTD",
  });

  Qcow2.CryptMethod = Object.freeze({
    NONE: 0,
    AES: 1,
    LUKS: 2,

    0: "NONE",
    1: "AES",
    2: "LUKS",
  });

  Qcow2.FeatureType = Object.freeze({
    INCOMPATIBLE: 0,
    COMPATIBLE: 1,
    AUTOCLEAR: 2,

    0: "INCOMPATIBLE",
    1: "COMPATIBLE",
    2: "AUTOCLEAR",
  });

  Qcow2.HeaderExtensionType = Object.freeze({
    END: 0,
    FULL_DISK_ENCRYPTION: 87539319,
    BITMAPS: 595929205,
    EXTERNAL_DATA_FILE: 1145132097,
    FEATURE_NAME_TABLE: 1745090647,
    BACKING_FILE_FORMAT: 3799591626,

    0: "END",
    87539319: "FULL_DISK_ENCRYPTION",
    595929205: "BITMAPS",
    1145132097: "EXTERNAL_DATA_FILE",
    1745090647: "FEATURE_NAME_TABLE",
    3799591626: "BACKING_FILE_FORMAT",
  });

  function Qcow2(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  Qcow2.prototype._read = function() {
    this.header = new Header(this._io, this, this._root);
  }

  /**
   * The 64-bit autoclear feature bitmap.
   */

  var AutoclearFeatures = Qcow2.AutoclearFeatures = (function() {
    function AutoclearFeatures(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    AutoclearFeatures.prototype._read = function() {
      this.reservedHi = this._io.readBitsIntBe(32);
      this.reservedLo = this._io.readBitsIntBe(30);
      this.rawExternalData = this._io.readBitsIntBe(1) != 0;
      this.bitmaps = this._io.readBitsIntBe(1) != 0;
    }

    /**
     * Bits 63..32, not defined.
     */

    /**
     * Bits 31..2, not defined.
     */

    /**
     * Bit 1, the external data file is a valid raw image on its own.
     */

    /**
     * Bit 0, the bitmaps extension is consistent.
     */

    return AutoclearFeatures;
  })();

  /**
   * The bitmap directory, one variable-length entry per bitmap.
   * @see {@link https://www.qemu.org/docs/master/interop/qcow2.html#bitmap-directory|Source}
   */

  var BitmapDirectory = Qcow2.BitmapDirectory = (function() {
    function BitmapDirectory(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    BitmapDirectory.prototype._read = function() {
      this.entries = [];
      var i = 0;
      while (!this._io.isEof()) {
        this.entries.push(new BitmapDirectoryEntry(this._io, this, this._root));
        i++;
      }
    }

    /**
     * The entries.
     */

    return BitmapDirectory;
  })();

  /**
   * One bitmap.
   */

  var BitmapDirectoryEntry = Qcow2.BitmapDirectoryEntry = (function() {
    function BitmapDirectoryEntry(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    BitmapDirectoryEntry.prototype._read = function() {
      this.bitmapTableOffset = this._io.readU8be();
      this.numBitmapTableEntries = this._io.readU4be();
      this.flags = new BitmapFlags(this._io, this, this._root);
      this.type = this._io.readU1();
      this.granularityBits = this._io.readU1();
      this.lenName = this._io.readU2be();
      this.lenExtraData = this._io.readU4be();
      this.extraData = this._io.readBytes(this.lenExtraData);
      this.name = this._io.readBytes(this.lenName);
      this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod((24 + this.lenExtraData) + this.lenName, 8), 8));
    }

    /**
     * The bitmap table.
     */
    Object.defineProperty(BitmapDirectoryEntry.prototype, 'bitmapTable', {
      get: function() {
        if (this._m_bitmapTable !== undefined)
          return this._m_bitmapTable;
        var io = this._root._io;
        var _pos = io.pos;
        io.seek(this.bitmapTableOffset);
        this._m_bitmapTable = [];
        for (var i = 0; i < this.numBitmapTableEntries; i++) {
          this._m_bitmapTable.push(new BitmapTableEntry(io, this, this._root));
        }
        io.seek(_pos);
        return this._m_bitmapTable;
      }
    });

    /**
     * Bytes of the disk per bit.
     */
    Object.defineProperty(BitmapDirectoryEntry.prototype, 'granularity', {
      get: function() {
        if (this._m_granularity !== undefined)
          return this._m_granularity;
        this._m_granularity = 1 << this.granularityBits;
        return this._m_granularity;
      }
    });

    /**
     * Where the bitmap table starts (cluster-aligned).
     */

    /**
     * Entries in the bitmap table.
     */

    /**
     * State of the bitmap.
     */

    /**
     * Kind of bitmap (1, dirty tracking, is the only one defined).
     */

    /**
     * Each bit covers 1 << granularity_bits bytes of the disk.
     */

    /**
     * Length of the name (not zero; QEMU allows at most 1023).
     */

    /**
     * Length of the extra data (none is defined yet).
     */

    /**
     * Type-specific extra data.
     */

    /**
     * Bitmap name, unique in the image. Bytes: QEMU takes them as a C
     * string (up to a NUL, if any) and never checks that they are UTF-8.
     */

    /**
     * Zero padding to a multiple of 8 bytes.
     */

    return BitmapDirectoryEntry;
  })();

  /**
   * The 32-bit flags of a bitmap directory entry.
   */

  var BitmapFlags = Qcow2.BitmapFlags = (function() {
    function BitmapFlags(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    BitmapFlags.prototype._read = function() {
      this.reserved = this._io.readBitsIntBe(29);
      this.extraDataCompatible = this._io.readBitsIntBe(1) != 0;
      this.enabled = this._io.readBitsIntBe(1) != 0;
      this.inUse = this._io.readBitsIntBe(1) != 0;
    }

    /**
     * Bits 31..3, zero.
     */

    /**
     * Bit 2, the bitmap may be used even when its extra data is not understood.
     */

    /**
     * Bit 1, the bitmap is enabled and tracks every write.
     */

    /**
     * Bit 0, the bitmap was not saved cleanly and may be inconsistent.
     */

    return BitmapFlags;
  })();

  /**
   * One entry of a bitmap table, for one cluster of bitmap data.
   * @see {@link https://www.qemu.org/docs/master/interop/qcow2.html#bitmap-table|Source}
   */

  var BitmapTableEntry = Qcow2.BitmapTableEntry = (function() {
    function BitmapTableEntry(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    BitmapTableEntry.prototype._read = function() {
      this.reservedHi = this._io.readBitsIntBe(8);
      this.offsetHi = this._io.readBitsIntBe(24);
      this.offsetLo = this._io.readBitsIntBe(23);
      this.reservedLo = this._io.readBitsIntBe(8);
      this.allOnes = this._io.readBitsIntBe(1) != 0;
    }

    /**
     * Host offset of the bitmap data cluster; 0 when not allocated.
     */
    Object.defineProperty(BitmapTableEntry.prototype, 'offset', {
      get: function() {
        if (this._m_offset !== undefined)
          return this._m_offset;
        this._m_offset = (this.offsetHi * 4294967296 + this.offsetLo * 512);
        return this._m_offset;
      }
    });

    /**
     * Bits 63..56, zero.
     */

    /**
     * Bits 55..32 of the data cluster offset.
     */

    /**
     * Bits 31..9 of the data cluster offset.
     */

    /**
     * Bits 8..1, zero.
     */

    /**
     * Bit 0; with no offset, the cluster reads as all ones (else all zeros).
     */

    return BitmapTableEntry;
  })();

  /**
   * Where the persistent bitmaps are described.
   * @see {@link https://www.qemu.org/docs/master/interop/qcow2.html#bitmaps-extension|Source}
   */

  var BitmapsExtension = Qcow2.BitmapsExtension = (function() {
    function BitmapsExtension(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    BitmapsExtension.prototype._read = function() {
      this.numBitmaps = this._io.readU4be();
      this.reserved = this._io.readU4be();
      this.lenBitmapDirectory = this._io.readU8be();
      this.bitmapDirectoryOffset = this._io.readU8be();
    }

    /**
     * The bitmap directory.
     */
    Object.defineProperty(BitmapsExtension.prototype, 'bitmapDirectory', {
      get: function() {
        if (this._m_bitmapDirectory !== undefined)
          return this._m_bitmapDirectory;
        var io = this._root._io;
        var _pos = io.pos;
        io.seek(this.bitmapDirectoryOffset);
        this._raw__m_bitmapDirectory = io.readBytes(this.lenBitmapDirectory);
        var _io__raw__m_bitmapDirectory = new KaitaiStream(this._raw__m_bitmapDirectory);
        this._m_bitmapDirectory = new BitmapDirectory(_io__raw__m_bitmapDirectory, this, this._root);
        io.seek(_pos);
        return this._m_bitmapDirectory;
      }
    });

    /**
     * Number of bitmaps (at least 1; QEMU supports up to 65535).
     */

    /**
     * Zero.
     */

    /**
     * Size of the bitmap directory in bytes.
     */

    /**
     * Where the bitmap directory starts (cluster-aligned).
     */

    return BitmapsExtension;
  })();

  /**
   * The 64-bit compatible feature bitmap.
   */

  var CompatibleFeatures = Qcow2.CompatibleFeatures = (function() {
    function CompatibleFeatures(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    CompatibleFeatures.prototype._read = function() {
      this.reservedHi = this._io.readBitsIntBe(32);
      this.reservedLo = this._io.readBitsIntBe(31);
      this.lazyRefcounts = this._io.readBitsIntBe(1) != 0;
    }

    /**
     * Bits 63..32, not defined.
     */

    /**
     * Bits 31..1, not defined.
     */

    /**
     * Bit 0, refcount updates may be postponed (the dirty bit then says so).
     */

    return CompatibleFeatures;
  })();

  /**
   * A 128-bit extended L2 entry, the standard entry and subcluster bitmaps.
   * @see {@link https://www.qemu.org/docs/master/interop/qcow2.html#extended-l2-entries|Source}
   */

  var ExtendedL2Entry = Qcow2.ExtendedL2Entry = (function() {
    function ExtendedL2Entry(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    ExtendedL2Entry.prototype._read = function() {
      this.entry = new L2Entry(this._io, this, this._root);
      this.zeroBitmap = this._io.readU4be();
      this.allocBitmap = this._io.readU4be();
    }

    /**
     * The standard 64 bits (its zero bit is unused here).
     */

    /**
     * Bits 63..32 of the bitmap, bit n set when subcluster n reads as zeros.
     */

    /**
     * Bits 31..0 of the bitmap, bit n set when subcluster n is allocated.
     */

    return ExtendedL2Entry;
  })();

  /**
   * One 48-byte entry of the feature name table.
   */

  var FeatureName = Qcow2.FeatureName = (function() {
    function FeatureName(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    FeatureName.prototype._read = function() {
      this.type = this._io.readU1();
      this.bit = this._io.readU1();
      this.name = this._io.readBytes(46);
    }

    /**
     * Which feature bitmap the bit is in.
     */

    /**
     * Bit number (0..63).
     */

    /**
     * Feature name, zero-padded (no NUL when it takes all 46 bytes). Bytes:
     * QEMU takes them as a C string and never checks that they are UTF-8.
     */

    return FeatureName;
  })();

  /**
   * Names of feature bits, for error messages about unknown features.
   * @see {@link https://www.qemu.org/docs/master/interop/qcow2.html#feature-name-table|Source}
   */

  var FeatureNameTable = Qcow2.FeatureNameTable = (function() {
    function FeatureNameTable(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    FeatureNameTable.prototype._read = function() {
      this.entries = [];
      var i = 0;
      while (!this._io.isEof()) {
        this.entries.push(new FeatureName(this._io, this, this._root));
        i++;
      }
    }

    /**
     * One entry per named bit.
     */

    return FeatureNameTable;
  })();

  /**
   * Where the encryption header (LUKS) is stored.
   */

  var FullDiskEncryptionPointer = Qcow2.FullDiskEncryptionPointer = (function() {
    function FullDiskEncryptionPointer(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    FullDiskEncryptionPointer.prototype._read = function() {
      this.offset = this._io.readU8be();
      this.lenHeader = this._io.readU8be();
    }

    /**
     * Offset of the encryption header (cluster-aligned).
     */

    /**
     * Length of the encryption header in bytes.
     */

    return FullDiskEncryptionPointer;
  })();

  /**
   * The header: 72 bytes for version 2; for version 3 at least 104 bytes,
   * as many as `header_length` says (newer writers may add fields; the
   * extensions start after them).
   * @see {@link https://www.qemu.org/docs/master/interop/qcow2.html#header|Source}
   */

  var Header = Qcow2.Header = (function() {
    function Header(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Header.prototype._read = function() {
      this.magic = this._io.readBytes(4);
      if (!((KaitaiStream.byteArrayCompare(this.magic, new Uint8Array([81, 70, 73, 251])) == 0))) {
        throw new KaitaiStream.ValidationNotEqualError(new Uint8Array([81, 70, 73, 251]), this.magic, this._io, "/types/header/seq/0");
      }
      this.version = this._io.readU4be();
      if (!( ((this.version == 2) || (this.version == 3)) )) {
        throw new KaitaiStream.ValidationNotAnyOfError(this.version, this._io, "/types/header/seq/1");
      }
      this.backingFileOffset = this._io.readU8be();
      this.lenBackingFileName = this._io.readU4be();
      this.clusterBits = this._io.readU4be();
      if (!(this.clusterBits >= 9)) {
        throw new KaitaiStream.ValidationLessThanError(9, this.clusterBits, this._io, "/types/header/seq/4");
      }
      if (!(this.clusterBits <= 21)) {
        throw new KaitaiStream.ValidationGreaterThanError(21, this.clusterBits, this._io, "/types/header/seq/4");
      }
      this.size = this._io.readU8be();
      this.cryptMethod = this._io.readU4be();
      this.numL1Entries = this._io.readU4be();
      this.l1TableOffset = this._io.readU8be();
      this.refcountTableOffset = this._io.readU8be();
      this.refcountTableClusters = this._io.readU4be();
      this.numSnapshots = this._io.readU4be();
      this.snapshotsOffset = this._io.readU8be();
      if (this.version >= 3) {
        this.incompatibleFeatures = new IncompatibleFeatures(this._io, this, this._root);
      }
      if (this.version >= 3) {
        this.compatibleFeatures = new CompatibleFeatures(this._io, this, this._root);
      }
      if (this.version >= 3) {
        this.autoclearFeatures = new AutoclearFeatures(this._io, this, this._root);
      }
      if (this.version >= 3) {
        this.refcountOrder = this._io.readU4be();
        if (!(this.refcountOrder <= 6)) {
          throw new KaitaiStream.ValidationGreaterThanError(6, this.refcountOrder, this._io, "/types/header/seq/16");
        }
      }
      if (this.version >= 3) {
        this.headerLength = this._io.readU4be();
        if (!(this.headerLength >= 104)) {
          throw new KaitaiStream.ValidationLessThanError(104, this.headerLength, this._io, "/types/header/seq/17");
        }
      }
      if ( ((this.version >= 3) && (this.headerLength > 104)) ) {
        this.compressionType = this._io.readU1();
      }
    }

    /**
     * The compression type in use (zlib when the field is absent).
     */
    Object.defineProperty(Header.prototype, 'effectiveCompressionType', {
      get: function() {
        if (this._m_effectiveCompressionType !== undefined)
          return this._m_effectiveCompressionType;
        this._m_effectiveCompressionType = ( ((this.version >= 3) && (this.headerLength > 104))  ? this.compressionType : 0);
        return this._m_effectiveCompressionType;
      }
    });

    /**
     * "QFI" followed by 0xfb.
     */

    /**
     * Format version, 2 or 3.
     */

    /**
     * Where the backing file name is stored; 0 when there is no backing file.
     */

    /**
     * Length of the backing file name (at most 1023 bytes).
     */

    /**
     * log2 of the cluster size. The format allows 9 (512 bytes) and up;
     * QEMU opens at most 21 (2 MiB), and so does this spec.
     */

    /**
     * Virtual disk size in bytes.
     */

    /**
     * How guest data is encrypted.
     */

    /**
     * Entries in the active L1 table.
     */

    /**
     * Where the active L1 table starts (cluster-aligned).
     */

    /**
     * Where the refcount table starts (cluster-aligned).
     */

    /**
     * Clusters the refcount table occupies.
     */

    /**
     * Entries in the snapshot table.
     */

    /**
     * Where the snapshot table starts (cluster-aligned).
     */

    /**
     * Features a reader must understand to open the image.
     */

    /**
     * Features a reader may ignore.
     */

    /**
     * Features a writer that does not know them must clear.
     */

    /**
     * Refcount width is 1 << refcount_order bits (0..6, so 1..64).
     */

    /**
     * Length of the header in bytes, a multiple of 8, at least 104.
     */

    /**
     * Compression of compressed clusters. Present when the header is
     * longer than 104 bytes; absent or 0 means zlib.
     */

    return Header;
  })();

  /**
   * One header extension.
   */

  var HeaderExtension = Qcow2.HeaderExtension = (function() {
    function HeaderExtension(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    HeaderExtension.prototype._read = function() {
      this.type = this._io.readU4be();
      this.lenData = this._io.readU4be();
      switch (this.type) {
      case Qcow2.HeaderExtensionType.BACKING_FILE_FORMAT:
        this._raw_data = this._io.readBytes(this.lenData);
        var _io__raw_data = new KaitaiStream(this._raw_data);
        this.data = new StringExtension(_io__raw_data, this, this._root);
        break;
      case Qcow2.HeaderExtensionType.BITMAPS:
        this._raw_data = this._io.readBytes(this.lenData);
        var _io__raw_data = new KaitaiStream(this._raw_data);
        this.data = new BitmapsExtension(_io__raw_data, this, this._root);
        break;
      case Qcow2.HeaderExtensionType.EXTERNAL_DATA_FILE:
        this._raw_data = this._io.readBytes(this.lenData);
        var _io__raw_data = new KaitaiStream(this._raw_data);
        this.data = new StringExtension(_io__raw_data, this, this._root);
        break;
      case Qcow2.HeaderExtensionType.FEATURE_NAME_TABLE:
        this._raw_data = this._io.readBytes(this.lenData);
        var _io__raw_data = new KaitaiStream(this._raw_data);
        this.data = new FeatureNameTable(_io__raw_data, this, this._root);
        break;
      case Qcow2.HeaderExtensionType.FULL_DISK_ENCRYPTION:
        this._raw_data = this._io.readBytes(this.lenData);
        var _io__raw_data = new KaitaiStream(this._raw_data);
        this.data = new FullDiskEncryptionPointer(_io__raw_data, this, this._root);
        break;
      default:
        this.data = this._io.readBytes(this.lenData);
        break;
      }
      this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(this.lenData, 8), 8));
    }

    /**
     * What the extension holds (unknown types are kept as bytes).
     */

    /**
     * Length of the data, without padding.
     */

    /**
     * The extension's data (raw bytes for unknown types).
     */

    /**
     * Padding up to a multiple of 8 bytes.
     */

    return HeaderExtension;
  })();

  /**
   * Header extensions, each padded to 8 bytes, until the end marker.
   * @see {@link https://www.qemu.org/docs/master/interop/qcow2.html#header-extensions|Source}
   */

  var HeaderExtensionArea = Qcow2.HeaderExtensionArea = (function() {
    function HeaderExtensionArea(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    HeaderExtensionArea.prototype._read = function() {
      this.extensions = [];
      var i = 0;
      do {
        var _ = new HeaderExtension(this._io, this, this._root);
        this.extensions.push(_);
        i++;
      } while (!( ((_.type == Qcow2.HeaderExtensionType.END) || (this._io.isEof())) ));
    }

    /**
     * The extensions, the end marker included.
     */

    return HeaderExtensionArea;
  })();

  /**
   * The 64-bit incompatible feature bitmap: an unknown bit set means "do not open".
   * @see {@link https://www.qemu.org/docs/master/interop/qcow2.html#header|Source}
   */

  var IncompatibleFeatures = Qcow2.IncompatibleFeatures = (function() {
    function IncompatibleFeatures(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    IncompatibleFeatures.prototype._read = function() {
      this.reservedHi = this._io.readBitsIntBe(32);
      this.reservedLo = this._io.readBitsIntBe(27);
      this.extendedL2 = this._io.readBitsIntBe(1) != 0;
      this.compressionType = this._io.readBitsIntBe(1) != 0;
      this.externalDataFile = this._io.readBitsIntBe(1) != 0;
      this.corrupt = this._io.readBitsIntBe(1) != 0;
      this.dirty = this._io.readBitsIntBe(1) != 0;
    }

    /**
     * Bits 63..32, not defined.
     */

    /**
     * Bits 31..5, not defined.
     */

    /**
     * Bit 4, L2 entries are 128-bit with subcluster bitmaps.
     */

    /**
     * Bit 3, compression_type in the header is not zlib.
     */

    /**
     * Bit 2, guest data lives in an external data file.
     */

    /**
     * Bit 1, metadata may be corrupt; do not write.
     */

    /**
     * Bit 0, refcounts may be stale (lazy refcounts in use when the image was last open).
     */

    return IncompatibleFeatures;
  })();

  /**
   * One entry of an L1 table, pointing at an L2 table.
   * @see {@link https://www.qemu.org/docs/master/interop/qcow2.html#cluster-mapping|Source}
   */

  var L1Entry = Qcow2.L1Entry = (function() {
    function L1Entry(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    L1Entry.prototype._read = function() {
      this.copied = this._io.readBitsIntBe(1) != 0;
      this.reservedHi = this._io.readBitsIntBe(7);
      this.offsetHi = this._io.readBitsIntBe(24);
      this.offsetLo = this._io.readBitsIntBe(23);
      this.reservedLo = this._io.readBitsIntBe(9);
    }

    /**
     * Host offset of the L2 table; 0 when the whole range is unallocated.
     */
    Object.defineProperty(L1Entry.prototype, 'l2Offset', {
      get: function() {
        if (this._m_l2Offset !== undefined)
          return this._m_l2Offset;
        this._m_l2Offset = (this.offsetHi * 4294967296 + this.offsetLo * 512);
        return this._m_l2Offset;
      }
    });

    /**
     * The L2 table this entry points at.
     */
    Object.defineProperty(L1Entry.prototype, 'l2Table', {
      get: function() {
        if (this._m_l2Table !== undefined)
          return this._m_l2Table;
        if (this.l2Offset != 0) {
          var io = this._root._io;
          var _pos = io.pos;
          io.seek(this.l2Offset);
          this._raw__m_l2Table = io.readBytes(this._root.clusterSize);
          var _io__raw__m_l2Table = new KaitaiStream(this._raw__m_l2Table);
          this._m_l2Table = new L2Table(_io__raw__m_l2Table, this, this._root);
          io.seek(_pos);
        }
        return this._m_l2Table;
      }
    });

    /**
     * Bit 63, the L2 table's refcount is exactly one (only kept right in the active table).
     */

    /**
     * Bits 62..56, zero.
     */

    /**
     * Bits 55..32 of the L2 table offset.
     */

    /**
     * Bits 31..9 of the L2 table offset.
     */

    /**
     * Bits 8..0, zero.
     */

    return L1Entry;
  })();

  /**
   * A 64-bit L2 entry, mapping one guest cluster. Bits 61..0 are a
   * standard or a compressed cluster descriptor, as bit 62 says; the
   * instances give the fields of the one that applies.
   * @see {@link https://www.qemu.org/docs/master/interop/qcow2.html#cluster-mapping|Source}
   */

  var L2Entry = Qcow2.L2Entry = (function() {
    function L2Entry(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    L2Entry.prototype._read = function() {
      this.copied = this._io.readBitsIntBe(1) != 0;
      this.compressed = this._io.readBitsIntBe(1) != 0;
      this.descriptorHi = this._io.readBitsIntBe(30);
      this._io.alignToByte();
      this.descriptorLo = this._io.readU4be();
    }

    /**
     * Compressed descriptor, host byte offset of the compressed data (not aligned).
     */
    Object.defineProperty(L2Entry.prototype, 'compressedOffset', {
      get: function() {
        if (this._m_compressedOffset !== undefined)
          return this._m_compressedOffset;
        if (this.compressed) {
          this._m_compressedOffset = (KaitaiStream.mod(this.descriptorHi, 1 << this.compressedShift) * 4294967296 + this.descriptorLo);
        }
        return this._m_compressedOffset;
      }
    });

    /**
     * Low bits of `descriptor_hi` that belong to the compressed offset (the offset takes the low 70 - cluster_bits bits).
     */
    Object.defineProperty(L2Entry.prototype, 'compressedShift', {
      get: function() {
        if (this._m_compressedShift !== undefined)
          return this._m_compressedShift;
        if (this.compressed) {
          this._m_compressedShift = 38 - this._root.header.clusterBits;
        }
        return this._m_compressedShift;
      }
    });

    /**
     * Standard descriptor, bits 55..9: host cluster offset (in the data
     * file when there is one); 0 when unallocated.
     */
    Object.defineProperty(L2Entry.prototype, 'hostOffset', {
      get: function() {
        if (this._m_hostOffset !== undefined)
          return this._m_hostOffset;
        if (!(this.compressed)) {
          this._m_hostOffset = (KaitaiStream.mod(this.descriptorHi, 16777216) * 4294967296 + (this.descriptorLo - KaitaiStream.mod(this.descriptorLo, 512)));
        }
        return this._m_hostOffset;
      }
    });

    /**
     * Bytes from `compressed_offset` to the end of the last sector; the compressed data ends within them.
     */
    Object.defineProperty(L2Entry.prototype, 'lenCompressedMax', {
      get: function() {
        if (this._m_lenCompressedMax !== undefined)
          return this._m_lenCompressedMax;
        if (this.compressed) {
          this._m_lenCompressedMax = (this.numAdditionalSectors + 1) * 512 - KaitaiStream.mod(this.compressedOffset, 512);
        }
        return this._m_lenCompressedMax;
      }
    });

    /**
     * Compressed descriptor, 512-byte sectors used after the one holding `compressed_offset`.
     */
    Object.defineProperty(L2Entry.prototype, 'numAdditionalSectors', {
      get: function() {
        if (this._m_numAdditionalSectors !== undefined)
          return this._m_numAdditionalSectors;
        if (this.compressed) {
          this._m_numAdditionalSectors = this.descriptorHi >>> this.compressedShift;
        }
        return this._m_numAdditionalSectors;
      }
    });

    /**
     * Standard descriptor, bits 61..56 and 8..1 (zero in a valid image).
     */
    Object.defineProperty(L2Entry.prototype, 'reserved', {
      get: function() {
        if (this._m_reserved !== undefined)
          return this._m_reserved;
        if (!(this.compressed)) {
          this._m_reserved = Math.floor(this.descriptorHi / 16777216) * 256 + KaitaiStream.mod(Math.floor(this.descriptorLo / 2), 256);
        }
        return this._m_reserved;
      }
    });

    /**
     * Standard descriptor, bit 0, the cluster reads as zeros (version 3 without extended L2 only).
     */
    Object.defineProperty(L2Entry.prototype, 'zero', {
      get: function() {
        if (this._m_zero !== undefined)
          return this._m_zero;
        if (!(this.compressed)) {
          this._m_zero = KaitaiStream.mod(this.descriptorLo, 2) == 1;
        }
        return this._m_zero;
      }
    });

    /**
     * Bit 63, a standard cluster whose refcount is exactly one.
     */

    /**
     * Bit 62, the cluster is compressed.
     */

    /**
     * Bits 61..32 of the cluster descriptor.
     */

    /**
     * Bits 31..0 of the cluster descriptor.
     */

    return L2Entry;
  })();

  /**
   * An L2 table, one cluster of L2 entries (standard or extended).
   */

  var L2Table = Qcow2.L2Table = (function() {
    function L2Table(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    L2Table.prototype._read = function() {
      this.entries = [];
      for (var i = 0; i < this._root.numL2Entries; i++) {
        switch (this._root.isExtendedL2) {
        case false:
          this.entries.push(new L2Entry(this._io, this, this._root));
          break;
        case true:
          this.entries.push(new ExtendedL2Entry(this._io, this, this._root));
          break;
        }
      }
    }

    /**
     * The entries, one per guest cluster.
     */

    return L2Table;
  })();

  /**
   * One cluster of refcounts, 1 << refcount_order bits each. Refcounts
   * narrower than a byte are packed from the least significant bit of each
   * byte; wider ones are big-endian.
   */

  var RefcountBlock = Qcow2.RefcountBlock = (function() {
    function RefcountBlock(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    RefcountBlock.prototype._read = function() {
      if (this._root.refcountOrder < 3) {
        this.packedRefcounts = [];
        for (var i = 0; i < this._root.clusterSize; i++) {
          switch (this._root.refcountOrder) {
          case 0:
            this.packedRefcounts.push(new RefcountByte1(this._io, this, this._root));
            break;
          case 1:
            this.packedRefcounts.push(new RefcountByte2(this._io, this, this._root));
            break;
          case 2:
            this.packedRefcounts.push(new RefcountByte4(this._io, this, this._root));
            break;
          }
        }
      }
      if (this._root.refcountOrder == 3) {
        this.refcountsB8 = [];
        for (var i = 0; i < this._root.clusterSize; i++) {
          this.refcountsB8.push(this._io.readU1());
        }
      }
      if (this._root.refcountOrder == 4) {
        this.refcountsB16 = [];
        for (var i = 0; i < Math.floor(this._root.clusterSize / 2); i++) {
          this.refcountsB16.push(this._io.readU2be());
        }
      }
      if (this._root.refcountOrder == 5) {
        this.refcountsB32 = [];
        for (var i = 0; i < Math.floor(this._root.clusterSize / 4); i++) {
          this.refcountsB32.push(this._io.readU4be());
        }
      }
      if (this._root.refcountOrder == 6) {
        this.refcountsB64 = [];
        for (var i = 0; i < Math.floor(this._root.clusterSize / 8); i++) {
          this.refcountsB64.push(this._io.readU8be());
        }
      }
    }

    /**
     * For 1-, 2- and 4-bit refcounts, one entry per byte, holding 8, 4 or 2 refcounts.
     */

    /**
     * 8-bit refcounts, one per host cluster.
     */

    /**
     * 16-bit refcounts (QEMU's default), one per host cluster.
     */

    /**
     * 32-bit refcounts, one per host cluster.
     */

    /**
     * 64-bit refcounts, one per host cluster (exact in JavaScript below 2^53).
     */

    return RefcountBlock;
  })();

  /**
   * A byte of eight 1-bit refcounts, the first in the least significant bit.
   */

  var RefcountByte1 = Qcow2.RefcountByte1 = (function() {
    function RefcountByte1(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    RefcountByte1.prototype._read = function() {
      this.refcounts = [];
      for (var i = 0; i < 8; i++) {
        this.refcounts.push(this._io.readBitsIntLe(1) != 0);
      }
    }

    /**
     * The counts, 0 or 1 (booleans in the generated code).
     */

    return RefcountByte1;
  })();

  /**
   * A byte of four 2-bit refcounts, the first in the lowest bits.
   */

  var RefcountByte2 = Qcow2.RefcountByte2 = (function() {
    function RefcountByte2(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    RefcountByte2.prototype._read = function() {
      this.refcounts = [];
      for (var i = 0; i < 4; i++) {
        this.refcounts.push(this._io.readBitsIntLe(2));
      }
    }

    /**
     * The counts.
     */

    return RefcountByte2;
  })();

  /**
   * A byte of two 4-bit refcounts, the first in the low nibble.
   */

  var RefcountByte4 = Qcow2.RefcountByte4 = (function() {
    function RefcountByte4(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    RefcountByte4.prototype._read = function() {
      this.refcounts = [];
      for (var i = 0; i < 2; i++) {
        this.refcounts.push(this._io.readBitsIntLe(4));
      }
    }

    /**
     * The counts.
     */

    return RefcountByte4;
  })();

  /**
   * One entry of the refcount table, pointing at a refcount block.
   * @see {@link https://www.qemu.org/docs/master/interop/qcow2.html#host-cluster-management|Source}
   */

  var RefcountTableEntry = Qcow2.RefcountTableEntry = (function() {
    function RefcountTableEntry(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    RefcountTableEntry.prototype._read = function() {
      this.offsetHi = this._io.readBitsIntBe(32);
      this.offsetLo = this._io.readBitsIntBe(23);
      this.reserved = this._io.readBitsIntBe(9);
    }

    /**
     * Host offset of the refcount block; 0 when not allocated (all its refcounts are 0).
     */
    Object.defineProperty(RefcountTableEntry.prototype, 'blockOffset', {
      get: function() {
        if (this._m_blockOffset !== undefined)
          return this._m_blockOffset;
        this._m_blockOffset = (this.offsetHi * 4294967296 + this.offsetLo * 512);
        return this._m_blockOffset;
      }
    });

    /**
     * The refcount block.
     */
    Object.defineProperty(RefcountTableEntry.prototype, 'refcountBlock', {
      get: function() {
        if (this._m_refcountBlock !== undefined)
          return this._m_refcountBlock;
        if (this.blockOffset != 0) {
          var io = this._root._io;
          var _pos = io.pos;
          io.seek(this.blockOffset);
          this._raw__m_refcountBlock = io.readBytes(this._root.clusterSize);
          var _io__raw__m_refcountBlock = new KaitaiStream(this._raw__m_refcountBlock);
          this._m_refcountBlock = new RefcountBlock(_io__raw__m_refcountBlock, this, this._root);
          io.seek(_pos);
        }
        return this._m_refcountBlock;
      }
    });

    /**
     * Bits 63..32 of the refcount block offset.
     */

    /**
     * Bits 31..9 of the refcount block offset.
     */

    /**
     * Bits 8..0, zero.
     */

    return RefcountTableEntry;
  })();

  /**
   * One entry of the snapshot table (variable length, padded to 8 bytes).
   * @see {@link https://www.qemu.org/docs/master/interop/qcow2.html#snapshots|Source}
   */

  var Snapshot = Qcow2.Snapshot = (function() {
    function Snapshot(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Snapshot.prototype._read = function() {
      this.l1TableOffset = this._io.readU8be();
      this.numL1Entries = this._io.readU4be();
      this.lenId = this._io.readU2be();
      this.lenName = this._io.readU2be();
      this.dateSec = this._io.readU4be();
      this.dateNsec = this._io.readU4be();
      this.vmClockNsec = this._io.readU8be();
      this.vmStateSizeSmall = this._io.readU4be();
      this.lenExtraData = this._io.readU4be();
      this._raw_extraData = this._io.readBytes(this.lenExtraData);
      var _io__raw_extraData = new KaitaiStream(this._raw_extraData);
      this.extraData = new SnapshotExtraData(_io__raw_extraData, this, this._root);
      this.id = this._io.readBytes(this.lenId);
      this.name = this._io.readBytes(this.lenName);
      this.padding = this._io.readBytes((this.lenPadding <= this._io.size - this._io.pos ? this.lenPadding : this._io.size - this._io.pos));
    }

    /**
     * The snapshot's L1 table.
     */
    Object.defineProperty(Snapshot.prototype, 'l1Table', {
      get: function() {
        if (this._m_l1Table !== undefined)
          return this._m_l1Table;
        var io = this._root._io;
        var _pos = io.pos;
        io.seek(this.l1TableOffset);
        this._m_l1Table = [];
        for (var i = 0; i < this.numL1Entries; i++) {
          this._m_l1Table.push(new L1Entry(io, this, this._root));
        }
        io.seek(_pos);
        return this._m_l1Table;
      }
    });

    /**
     * Bytes of padding the entry should have.
     */
    Object.defineProperty(Snapshot.prototype, 'lenPadding', {
      get: function() {
        if (this._m_lenPadding !== undefined)
          return this._m_lenPadding;
        this._m_lenPadding = KaitaiStream.mod(8 - KaitaiStream.mod(((40 + this.lenExtraData) + this.lenId) + this.lenName, 8), 8);
        return this._m_lenPadding;
      }
    });

    /**
     * Where this snapshot's L1 table starts.
     */

    /**
     * Entries in this snapshot's L1 table.
     */

    /**
     * Length of the unique ID string.
     */

    /**
     * Length of the name.
     */

    /**
     * When the snapshot was taken, seconds since the Epoch.
     */

    /**
     * Nanoseconds part of that time.
     */

    /**
     * Guest run time until the snapshot, in nanoseconds.
     */

    /**
     * VM state size in bytes (ignored when the extra data has the 64-bit size).
     */

    /**
     * Length of the extra data.
     */

    /**
     * Extra data (version 3 images have at least 16 bytes).
     */

    /**
     * Unique ID of the snapshot (QEMU writes a decimal number). Bytes: QEMU
     * takes them as a C string (up to a NUL, if any) and never checks that
     * they are UTF-8.
     */

    /**
     * Name of the snapshot. Bytes: QEMU takes them as a C string (up to a
     * NUL, if any) and never checks that they are UTF-8.
     */

    /**
     * Padding to a multiple of 8 bytes. QEMU does not write it after the
     * last entry when the table ends the file (`qemu-img snapshot -c`
     * leaves such images), so it is as long as the file allows.
     */

    return Snapshot;
  })();

  /**
   * The known fields of a snapshot's extra data; anything after them is kept as bytes.
   */

  var SnapshotExtraData = Qcow2.SnapshotExtraData = (function() {
    function SnapshotExtraData(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    SnapshotExtraData.prototype._read = function() {
      if (this._io.size >= 8) {
        this.vmStateSize = this._io.readU8be();
      }
      if (this._io.size >= 16) {
        this.diskSize = this._io.readU8be();
      }
      if (this._io.size >= 24) {
        this.icount = this._io.readS8be();
      }
      this.unknown = this._io.readBytesFull();
    }

    /**
     * VM state size in bytes (replaces the 32-bit field).
     */

    /**
     * Virtual disk size when the snapshot was taken.
     */

    /**
     * Record/replay instruction count at the snapshot, -1 when icount was off.
     */

    /**
     * Extra data this spec does not know.
     */

    return SnapshotExtraData;
  })();

  /**
   * A string extension (backing format, data file name), not NUL-terminated.
   */

  var StringExtension = Qcow2.StringExtension = (function() {
    function StringExtension(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    StringExtension.prototype._read = function() {
      this.value = this._io.readBytesFull();
    }

    /**
     * The string's bytes. QEMU takes them as a C string (up to a NUL, if
     * any) and never checks that they are UTF-8.
     */

    return StringExtension;
  })();

  /**
   * Name of the backing file (not NUL-terminated), usually in the first
   * cluster. Bytes: QEMU takes them as a C string (up to a NUL, if any) and
   * never checks that they are UTF-8.
   */
  Object.defineProperty(Qcow2.prototype, 'backingFileName', {
    get: function() {
      if (this._m_backingFileName !== undefined)
        return this._m_backingFileName;
      if (this.header.backingFileOffset != 0) {
        var _pos = this._io.pos;
        this._io.seek(this.header.backingFileOffset);
        this._m_backingFileName = this._io.readBytes(this.header.lenBackingFileName);
        this._io.seek(_pos);
      }
      return this._m_backingFileName;
    }
  });

  /**
   * Size of a cluster in bytes.
   */
  Object.defineProperty(Qcow2.prototype, 'clusterSize', {
    get: function() {
      if (this._m_clusterSize !== undefined)
        return this._m_clusterSize;
      this._m_clusterSize = 1 << this.header.clusterBits;
      return this._m_clusterSize;
    }
  });

  /**
   * The header extensions, between the header and the end of the first cluster.
   */
  Object.defineProperty(Qcow2.prototype, 'headerExtensions', {
    get: function() {
      if (this._m_headerExtensions !== undefined)
        return this._m_headerExtensions;
      var _pos = this._io.pos;
      this._io.seek(this.lenHeader);
      this._raw__m_headerExtensions = this._io.readBytes(this.clusterSize - this.lenHeader);
      var _io__raw__m_headerExtensions = new KaitaiStream(this._raw__m_headerExtensions);
      this._m_headerExtensions = new HeaderExtensionArea(_io__raw__m_headerExtensions, this, this._root);
      this._io.seek(_pos);
      return this._m_headerExtensions;
    }
  });

  /**
   * L2 entries are 128-bit, with subcluster bitmaps.
   */
  Object.defineProperty(Qcow2.prototype, 'isExtendedL2', {
    get: function() {
      if (this._m_isExtendedL2 !== undefined)
        return this._m_isExtendedL2;
      this._m_isExtendedL2 =  ((this.header.version >= 3) && (this.header.incompatibleFeatures.extendedL2)) ;
      return this._m_isExtendedL2;
    }
  });

  /**
   * The active L1 table.
   */
  Object.defineProperty(Qcow2.prototype, 'l1Table', {
    get: function() {
      if (this._m_l1Table !== undefined)
        return this._m_l1Table;
      var _pos = this._io.pos;
      this._io.seek(this.header.l1TableOffset);
      this._m_l1Table = [];
      for (var i = 0; i < this.header.numL1Entries; i++) {
        this._m_l1Table.push(new L1Entry(this._io, this, this._root));
      }
      this._io.seek(_pos);
      return this._m_l1Table;
    }
  });

  /**
   * Bytes the header occupies; the header extensions start here.
   */
  Object.defineProperty(Qcow2.prototype, 'lenHeader', {
    get: function() {
      if (this._m_lenHeader !== undefined)
        return this._m_lenHeader;
      this._m_lenHeader = (this.header.version >= 3 ? this.header.headerLength : 72);
      return this._m_lenHeader;
    }
  });

  /**
   * Entries per L2 table.
   */
  Object.defineProperty(Qcow2.prototype, 'numL2Entries', {
    get: function() {
      if (this._m_numL2Entries !== undefined)
        return this._m_numL2Entries;
      this._m_numL2Entries = Math.floor(this.clusterSize / (this.isExtendedL2 ? 16 : 8));
      return this._m_numL2Entries;
    }
  });

  /**
   * Width of a refcount as a power of two (version 2 images always use 16-bit refcounts).
   */
  Object.defineProperty(Qcow2.prototype, 'refcountOrder', {
    get: function() {
      if (this._m_refcountOrder !== undefined)
        return this._m_refcountOrder;
      this._m_refcountOrder = (this.header.version >= 3 ? this.header.refcountOrder : 4);
      return this._m_refcountOrder;
    }
  });

  /**
   * The refcount table, first level of the host cluster reference counts.
   */
  Object.defineProperty(Qcow2.prototype, 'refcountTable', {
    get: function() {
      if (this._m_refcountTable !== undefined)
        return this._m_refcountTable;
      var _pos = this._io.pos;
      this._io.seek(this.header.refcountTableOffset);
      this._m_refcountTable = [];
      for (var i = 0; i < Math.floor((this.header.refcountTableClusters * this.clusterSize) / 8); i++) {
        this._m_refcountTable.push(new RefcountTableEntry(this._io, this, this._root));
      }
      this._io.seek(_pos);
      return this._m_refcountTable;
    }
  });

  /**
   * The snapshot table.
   */
  Object.defineProperty(Qcow2.prototype, 'snapshots', {
    get: function() {
      if (this._m_snapshots !== undefined)
        return this._m_snapshots;
      if (this.header.numSnapshots != 0) {
        var _pos = this._io.pos;
        this._io.seek(this.header.snapshotsOffset);
        this._m_snapshots = [];
        for (var i = 0; i < this.header.numSnapshots; i++) {
          this._m_snapshots.push(new Snapshot(this._io, this, this._root));
        }
        this._io.seek(_pos);
      }
      return this._m_snapshots;
    }
  });

  /**
   * The image header in the first cluster.
   */

  return Qcow2;
})();
Qcow2_.Qcow2 = Qcow2;
});
