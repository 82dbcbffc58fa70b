// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.Parallels || (root.Parallels = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (Parallels_, KaitaiStream) {
/**
 * A Parallels expandable image is a header, a block allocation table (BAT)
 * and a data area of fixed-size clusters. Each BAT entry maps one guest
 * cluster to a host cluster; zero means "not allocated, reads as zeros".
 * Everything is little-endian.
 * 
 * Two magics exist. "WithoutFreeSpace" images count BAT entries in 512-byte
 * sectors and use only the low 32 bits of the sector count;
 * "WithouFreSpacExt" images count BAT entries in clusters and use all 64
 * bits. An optional Format Extension cluster (pointed to by `ext_off`)
 * carries feature sections, of which QEMU knows one: dirty bitmaps.
 * 
 * Where the texts and QEMU 7.2 differ, this spec follows QEMU 7.2:
 * - `in_use` is 0x746F6E59 while a writer has the image open, and QEMU
 *   writes 0 (not 0x312E3276) when it closes the image; both 0 and
 *   0x312E3276 mean "closed".
 * - The QEMU 2.6 text gave the dirty-bitmap L1 table as "64 * l1_size bytes"
 *   holding byte offsets; QEMU (and the current text) use 8-byte entries
 *   holding offsets in 512-byte sectors, with 0 and 1 meaning "all bits
 *   clear" and "all bits set".
 * - QEMU ignores the empty-image flag when reading (guest data is what the
 *   BAT maps); QEMU's own images never set it.
 * - QEMU 7.2 reads the Format Extension only when opening read-only.
 * 
 * 64-bit values are read as two 32-bit halves and combined with
 * arithmetic (`hi * 4294967296 + lo`), so JavaScript computes the same values.
 * @see {@link https://www.qemu.org/docs/master/interop/parallels.html|Source}
 * @see {@link https://gitlab.com/qemu-project/qemu/-/blob/master/docs/interop/parallels.txt|Source}
 */

var Parallels = (function() {
  function Parallels(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  Parallels.prototype._read = function() {
    this.header = new Header(this._io, this, this._root);
    this.batEntries = [];
    for (var i = 0; i < this.header.numBatEntries; i++) {
      this.batEntries.push(this._io.readU4le());
    }
  }

  /**
   * A dirty bitmap stored in the image.
   */

  var DirtyBitmap = Parallels.DirtyBitmap = (function() {
    function DirtyBitmap(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    DirtyBitmap.prototype._read = function() {
      this.numSectorsLo = this._io.readU4le();
      this.numSectorsHi = this._io.readU4le();
      this.id = this._io.readBytes(16);
      this.granularity = this._io.readU4le();
      this.numL1Entries = this._io.readU4le();
      this.l1Entries = [];
      for (var i = 0; i < this.numL1Entries; i++) {
        this.l1Entries.push(new L1Entry(this._io, this, this._root));
      }
    }

    /**
     * Bitmap size in sectors.
     */
    Object.defineProperty(DirtyBitmap.prototype, 'numSectors', {
      get: function() {
        if (this._m_numSectors !== undefined)
          return this._m_numSectors;
        this._m_numSectors = (this.numSectorsHi * 4294967296 + this.numSectorsLo);
        return this._m_numSectors;
      }
    });

    /**
     * Low half of the bitmap size in sectors (the disk size).
     */

    /**
     * High half of the bitmap size in sectors.
     */

    /**
     * Identifier for backup consistency checks (QEMU names the bitmap after it).
     */

    /**
     * Sectors per bit, a power of two.
     */

    /**
     * Number of L1 table entries.
     */

    /**
     * One entry per cluster of bitmap data.
     */

    return DirtyBitmap;
  })();

  /**
   * One feature section, padded to 8 bytes.
   */

  var Feature = Parallels.Feature = (function() {
    function Feature(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Feature.prototype._read = function() {
      this.magicLo = this._io.readU4le();
      this.magicHi = this._io.readU4le();
      this.flagsLo = this._io.readU4le();
      this.flagsHi = this._io.readU4le();
      this.lenData = this._io.readU4le();
      this.reserved = this._io.readU4le();
      switch (this.isDirtyBitmap) {
      case true:
        this._raw_data = this._io.readBytes(this.lenData);
        var _io__raw_data = new KaitaiStream(this._raw_data);
        this.data = new DirtyBitmap(_io__raw_data, this, this._root);
        break;
      default:
        this.data = this._io.readBytes(this.lenData);
        break;
      }
      this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(this.lenData, 8), 8));
    }

    /**
     * The dirty bitmap feature (magic 0x20385FAE252CB34A).
     */
    Object.defineProperty(Feature.prototype, 'isDirtyBitmap', {
      get: function() {
        if (this._m_isDirtyBitmap !== undefined)
          return this._m_isDirtyBitmap;
        this._m_isDirtyBitmap =  ((this.magicHi == 540565422) && (this.magicLo == 623686474)) ;
        return this._m_isDirtyBitmap;
      }
    });

    /**
     * The "end of features" section.
     */
    Object.defineProperty(Feature.prototype, 'isEnd', {
      get: function() {
        if (this._m_isEnd !== undefined)
          return this._m_isEnd;
        this._m_isEnd =  ((this.magicLo == 0) && (this.magicHi == 0)) ;
        return this._m_isEnd;
      }
    });

    /**
     * Software that cannot load this feature must not change the file.
     */
    Object.defineProperty(Feature.prototype, 'isNecessary', {
      get: function() {
        if (this._m_isNecessary !== undefined)
          return this._m_isNecessary;
        this._m_isNecessary = KaitaiStream.mod(this.flagsLo, 2) == 1;
        return this._m_isNecessary;
      }
    });

    /**
     * Software that does not know this feature keeps it as it is.
     */
    Object.defineProperty(Feature.prototype, 'isTransit', {
      get: function() {
        if (this._m_isTransit !== undefined)
          return this._m_isTransit;
        this._m_isTransit = KaitaiStream.mod(Math.floor(this.flagsLo / 2), 2) == 1;
        return this._m_isTransit;
      }
    });

    /**
     * Low half of the feature's magic.
     */

    /**
     * High half of the feature's magic.
     */

    /**
     * Low half of the flags; bit 0 NECESSARY, bit 1 TRANSIT.
     */

    /**
     * High half of the flags (unused).
     */

    /**
     * Bytes of feature data.
     */

    /**
     * Unused, keeps the header 8-byte aligned.
     */

    /**
     * The feature data.
     */

    /**
     * Padding to the next 8-byte boundary.
     */

    return Feature;
  })();

  /**
   * The Format Extension cluster.
   */

  var FormatExtension = Parallels.FormatExtension = (function() {
    function FormatExtension(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    FormatExtension.prototype._read = function() {
      this.magic = this._io.readBytes(8);
      if (!((KaitaiStream.byteArrayCompare(this.magic, new Uint8Array([135, 234, 220, 35, 239, 76, 35, 171])) == 0))) {
        throw new KaitaiStream.ValidationNotEqualError(new Uint8Array([135, 234, 220, 35, 239, 76, 35, 171]), this.magic, this._io, "/types/format_extension/seq/0");
      }
      this.checksum = this._io.readBytes(16);
      this.features = [];
      var i = 0;
      do {
        var _ = new Feature(this._io, this, this._root);
        this.features.push(_);
        i++;
      } while (!(_.isEnd));
    }

    /**
     * 0xAB234CEF23DCEA87, little-endian.
     */

    /**
     * MD5 of the whole cluster after its first 24 bytes.
     */

    /**
     * Feature sections; the last is the all-zero "end of features".
     */

    return FormatExtension;
  })();

  /**
   * The header at the start of the file.
   */

  var Header = Parallels.Header = (function() {
    Header.InUse = Object.freeze({
      OLD_CLOSED: 0,
      CLOSED: 825111158,
      OPEN: 1953459801,

      0: "OLD_CLOSED",
      825111158: "CLOSED",
      1953459801: "OPEN",
    });

    function Header(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Header.prototype._read = function() {
      this.magicStart = this._io.readBytes(6);
      if (!((KaitaiStream.byteArrayCompare(this.magicStart, new Uint8Array([87, 105, 116, 104, 111, 117])) == 0))) {
        throw new KaitaiStream.ValidationNotEqualError(new Uint8Array([87, 105, 116, 104, 111, 117]), this.magicStart, this._io, "/types/header/seq/0");
      }
      this.magicEnd = KaitaiStream.bytesToStr(this._io.readBytes(10), "ASCII");
      if (!( ((this.magicEnd == "tFreeSpace") || (this.magicEnd == "FreSpacExt")) )) {
        throw new KaitaiStream.ValidationNotAnyOfError(this.magicEnd, this._io, "/types/header/seq/1");
      }
      this.version = this._io.readU4le();
      if (!(this.version == 2)) {
        throw new KaitaiStream.ValidationNotEqualError(2, this.version, this._io, "/types/header/seq/2");
      }
      this.heads = this._io.readU4le();
      this.cylinders = this._io.readU4le();
      this.tracks = this._io.readU4le();
      this.numBatEntries = this._io.readU4le();
      this.numSectorsLo = this._io.readU4le();
      this.numSectorsHi = this._io.readU4le();
      this.inUse = this._io.readU4le();
      this.dataOff = this._io.readU4le();
      this.flags = this._io.readU4le();
      this.extOffLo = this._io.readU4le();
      this.extOffHi = this._io.readU4le();
    }

    /**
     * The empty-image flag.
     */
    Object.defineProperty(Header.prototype, 'isEmpty', {
      get: function() {
        if (this._m_isEmpty !== undefined)
          return this._m_isEmpty;
        this._m_isEmpty = KaitaiStream.mod(this.flags, 2) == 1;
        return this._m_isEmpty;
      }
    });

    /**
     * The newer magic, with BAT entries in clusters and a 64-bit sector count.
     */
    Object.defineProperty(Header.prototype, 'isExt', {
      get: function() {
        if (this._m_isExt !== undefined)
          return this._m_isExt;
        this._m_isExt = this.magicEnd == "FreSpacExt";
        return this._m_isExt;
      }
    });

    /**
     * The disk size in sectors (only the low half counts for WithoutFreeSpace).
     */
    Object.defineProperty(Header.prototype, 'numSectors', {
      get: function() {
        if (this._m_numSectors !== undefined)
          return this._m_numSectors;
        this._m_numSectors = (this.isExt ? (this.numSectorsHi * 4294967296 + this.numSectorsLo) : this.numSectorsLo);
        return this._m_numSectors;
      }
    });

    /**
     * Byte offset of the Format Extension cluster, or 0.
     */
    Object.defineProperty(Header.prototype, 'ofsExt', {
      get: function() {
        if (this._m_ofsExt !== undefined)
          return this._m_ofsExt;
        this._m_ofsExt = ((this.extOffHi * 4294967296 + this.extOffLo) * 512);
        return this._m_ofsExt;
      }
    });

    /**
     * The first 6 bytes both magics share (what identifies the format).
     */

    /**
     * The rest of the 16-byte magic: "WithoutFreeSpace" (BAT entries in
     * sectors) or "WithouFreSpacExt" (BAT entries in clusters).
     */

    /**
     * Format version, always 2.
     */

    /**
     * Guest disk geometry (heads); QEMU writes 16.
     */

    /**
     * Guest disk geometry (cylinders); QEMU writes sectors / (16 * 32).
     */

    /**
     * Cluster size in 512-byte sectors (QEMU refuses zero).
     */

    /**
     * Number of BAT entries, the disk size in clusters.
     */

    /**
     * Low half of the disk size in sectors.
     */

    /**
     * High half of the disk size in sectors (must be 0, and is ignored, for WithoutFreeSpace).
     */

    /**
     * Whether a writer has the image open.
     */

    /**
     * Start of the data area in sectors; 0 means "after the BAT" (WithoutFreeSpace only).
     */

    /**
     * Bit 0 is the empty-image flag; the other bits are unused.
     */

    /**
     * Low half of the Format Extension offset in sectors (0 = none).
     */

    /**
     * High half of the Format Extension offset in sectors.
     */

    return Header;
  })();

  /**
   * An L1 entry of a dirty bitmap (QEMU's 8-byte, sector-unit form).
   */

  var L1Entry = Parallels.L1Entry = (function() {
    function L1Entry(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    L1Entry.prototype._read = function() {
      this.lo = this._io.readU4le();
      this.hi = this._io.readU4le();
    }

    /**
     * Every bit of this bitmap cluster is set.
     */
    Object.defineProperty(L1Entry.prototype, 'isAllOnes', {
      get: function() {
        if (this._m_isAllOnes !== undefined)
          return this._m_isAllOnes;
        this._m_isAllOnes = this.value == 1;
        return this._m_isAllOnes;
      }
    });

    /**
     * Every bit of this bitmap cluster is clear.
     */
    Object.defineProperty(L1Entry.prototype, 'isAllZeros', {
      get: function() {
        if (this._m_isAllZeros !== undefined)
          return this._m_isAllZeros;
        this._m_isAllZeros = this.value == 0;
        return this._m_isAllZeros;
      }
    });

    /**
     * Byte offset of the bitmap data cluster, when stored.
     */
    Object.defineProperty(L1Entry.prototype, 'ofsCluster', {
      get: function() {
        if (this._m_ofsCluster !== undefined)
          return this._m_ofsCluster;
        this._m_ofsCluster = (this.value > 1 ? (this.value * 512) : 0);
        return this._m_ofsCluster;
      }
    });

    /**
     * The entry.
     */
    Object.defineProperty(L1Entry.prototype, 'value', {
      get: function() {
        if (this._m_value !== undefined)
          return this._m_value;
        this._m_value = (this.hi * 4294967296 + this.lo);
        return this._m_value;
      }
    });

    /**
     * Low half of the entry.
     */

    /**
     * High half of the entry.
     */

    return L1Entry;
  })();

  /**
   * Bytes per unit of a BAT entry (clusters for WithouFreSpacExt, sectors for WithoutFreeSpace).
   */
  Object.defineProperty(Parallels.prototype, 'batUnit', {
    get: function() {
      if (this._m_batUnit !== undefined)
        return this._m_batUnit;
      this._m_batUnit = (this.header.isExt ? this.clusterSize : 512);
      return this._m_batUnit;
    }
  });

  /**
   * Bytes in a cluster (the header's `tracks` counts sectors).
   */
  Object.defineProperty(Parallels.prototype, 'clusterSize', {
    get: function() {
      if (this._m_clusterSize !== undefined)
        return this._m_clusterSize;
      this._m_clusterSize = (this.header.tracks * 512);
      return this._m_clusterSize;
    }
  });

  /**
   * The Format Extension cluster, when `ext_off` is not zero.
   */
  Object.defineProperty(Parallels.prototype, 'formatExtension', {
    get: function() {
      if (this._m_formatExtension !== undefined)
        return this._m_formatExtension;
      if (this.header.ofsExt != 0) {
        var _pos = this._io.pos;
        this._io.seek(this.header.ofsExt);
        this._raw__m_formatExtension = this._io.readBytes(this.clusterSize);
        var _io__raw__m_formatExtension = new KaitaiStream(this._raw__m_formatExtension);
        this._m_formatExtension = new FormatExtension(_io__raw__m_formatExtension, this, this._root);
        this._io.seek(_pos);
      }
      return this._m_formatExtension;
    }
  });

  /**
   * Start of the data area: `data_off` sectors, or when that is zero
   * (allowed only for WithoutFreeSpace), the end of the BAT rounded up
   * to a sector.
   */
  Object.defineProperty(Parallels.prototype, 'ofsData', {
    get: function() {
      if (this._m_ofsData !== undefined)
        return this._m_ofsData;
      this._m_ofsData = (this.header.dataOff != 0 ? (this.header.dataOff * 512) : (Math.floor(((64 + 4 * this.header.numBatEntries) + 511) / 512) * 512));
      return this._m_ofsData;
    }
  });

  /**
   * The 64-byte image header.
   */

  /**
   * The block allocation table: one entry per guest cluster, the host
   * offset in `bat_unit` bytes, or 0 for an unallocated cluster.
   */

  return Parallels;
})();
Parallels_.Parallels = Parallels;
});
