// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;
import java.util.Map;
import java.util.HashMap;
import java.nio.charset.StandardCharsets;


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
 * @see <a href="https://www.qemu.org/docs/master/interop/parallels.html">Source</a>
 * @see <a href="https://gitlab.com/qemu-project/qemu/-/blob/master/docs/interop/parallels.txt">Source</a>
 */
public class Parallels extends KaitaiStruct {
    public static Parallels fromFile(String fileName) throws IOException {
        return new Parallels(new ByteBufferKaitaiStream(fileName));
    }

    public Parallels(KaitaiStream _io) {
        this(_io, null, null);
    }

    public Parallels(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public Parallels(KaitaiStream _io, KaitaiStruct _parent, Parallels _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.header = new Header(this._io, this, _root);
        this.batEntries = new ArrayList<Long>();
        for (int i = 0; i < header().numBatEntries(); i++) {
            this.batEntries.add(this._io.readU4le());
        }
    }

    public void _fetchInstances() {
        this.header._fetchInstances();
        for (int i = 0; i < this.batEntries.size(); i++) {
        }
        formatExtension();
        if (this.formatExtension != null) {
            this.formatExtension._fetchInstances();
        }
    }

    /**
     * A dirty bitmap stored in the image.
     */
    public static class DirtyBitmap extends KaitaiStruct {
        public static DirtyBitmap fromFile(String fileName) throws IOException {
            return new DirtyBitmap(new ByteBufferKaitaiStream(fileName));
        }

        public DirtyBitmap(KaitaiStream _io) {
            this(_io, null, null);
        }

        public DirtyBitmap(KaitaiStream _io, Parallels.Feature _parent) {
            this(_io, _parent, null);
        }

        public DirtyBitmap(KaitaiStream _io, Parallels.Feature _parent, Parallels _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.numSectorsLo = this._io.readU4le();
            this.numSectorsHi = this._io.readU4le();
            this.id = this._io.readBytes(16);
            this.granularity = this._io.readU4le();
            this.numL1Entries = this._io.readU4le();
            this.l1Entries = new ArrayList<L1Entry>();
            for (int i = 0; i < numL1Entries(); i++) {
                this.l1Entries.add(new L1Entry(this._io, this, _root));
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.l1Entries.size(); i++) {
                this.l1Entries.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
        private Long numSectors;

        /**
         * Bitmap size in sectors.
         */
        public Long numSectors() {
            if (this.numSectors != null)
                return this.numSectors;
            this.numSectors = ((Number) (((Number) (((Number) (numSectorsHi())).longValue() * 4294967296L + ((Number) (numSectorsLo())).longValue())).longValue())).longValue();
            return this.numSectors;
        }
        private long numSectorsLo;
        private long numSectorsHi;
        private byte[] id;
        private long granularity;
        private long numL1Entries;
        private List<L1Entry> l1Entries;
        private Parallels _root;
        private Parallels.Feature _parent;

        /**
         * Low half of the bitmap size in sectors (the disk size).
         */
        public long numSectorsLo() { return numSectorsLo; }

        /**
         * High half of the bitmap size in sectors.
         */
        public long numSectorsHi() { return numSectorsHi; }

        /**
         * Identifier for backup consistency checks (QEMU names the bitmap after it).
         */
        public byte[] id() { return id; }

        /**
         * Sectors per bit, a power of two.
         */
        public long granularity() { return granularity; }

        /**
         * Number of L1 table entries.
         */
        public long numL1Entries() { return numL1Entries; }

        /**
         * One entry per cluster of bitmap data.
         */
        public List<L1Entry> l1Entries() { return l1Entries; }
        public Parallels _root() { return _root; }
        public Parallels.Feature _parent() { return _parent; }
    }

    /**
     * One feature section, padded to 8 bytes.
     */
    public static class Feature extends KaitaiStruct {
        public static Feature fromFile(String fileName) throws IOException {
            return new Feature(new ByteBufferKaitaiStream(fileName));
        }

        public Feature(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Feature(KaitaiStream _io, Parallels.FormatExtension _parent) {
            this(_io, _parent, null);
        }

        public Feature(KaitaiStream _io, Parallels.FormatExtension _parent, Parallels _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.magicLo = this._io.readU4le();
            this.magicHi = this._io.readU4le();
            this.flagsLo = this._io.readU4le();
            this.flagsHi = this._io.readU4le();
            this.lenData = this._io.readU4le();
            this.reserved = this._io.readU4le();
            {
                boolean on = isDirtyBitmap();
                if (on == true) {
                    KaitaiStream _io_data = this._io.substream(lenData());
                    this.data = new DirtyBitmap(_io_data, this, _root);
                }
                else {
                    this.data = this._io.readBytes(lenData());
                }
            }
            this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(lenData(), 8), 8));
        }

        public void _fetchInstances() {
            {
                boolean on = isDirtyBitmap();
                if (on == true) {
                    ((DirtyBitmap) (this.data))._fetchInstances();
                }
                else {
                }
            }
        }
        private Boolean isDirtyBitmap;

        /**
         * The dirty bitmap feature (magic 0x20385FAE252CB34A).
         */
        public Boolean isDirtyBitmap() {
            if (this.isDirtyBitmap != null)
                return this.isDirtyBitmap;
            this.isDirtyBitmap =  ((magicHi() == 540565422) && (magicLo() == 623686474)) ;
            return this.isDirtyBitmap;
        }
        private Boolean isEnd;

        /**
         * The "end of features" section.
         */
        public Boolean isEnd() {
            if (this.isEnd != null)
                return this.isEnd;
            this.isEnd =  ((magicLo() == 0) && (magicHi() == 0)) ;
            return this.isEnd;
        }
        private Boolean isNecessary;

        /**
         * Software that cannot load this feature must not change the file.
         */
        public Boolean isNecessary() {
            if (this.isNecessary != null)
                return this.isNecessary;
            this.isNecessary = KaitaiStream.mod(flagsLo(), 2) == 1;
            return this.isNecessary;
        }
        private Boolean isTransit;

        /**
         * Software that does not know this feature keeps it as it is.
         */
        public Boolean isTransit() {
            if (this.isTransit != null)
                return this.isTransit;
            this.isTransit = KaitaiStream.mod(flagsLo() / 2, 2) == 1;
            return this.isTransit;
        }
        private long magicLo;
        private long magicHi;
        private long flagsLo;
        private long flagsHi;
        private long lenData;
        private long reserved;
        private Object data;
        private byte[] padding;
        private Parallels _root;
        private Parallels.FormatExtension _parent;

        /**
         * Low half of the feature's magic.
         */
        public long magicLo() { return magicLo; }

        /**
         * High half of the feature's magic.
         */
        public long magicHi() { return magicHi; }

        /**
         * Low half of the flags; bit 0 NECESSARY, bit 1 TRANSIT.
         */
        public long flagsLo() { return flagsLo; }

        /**
         * High half of the flags (unused).
         */
        public long flagsHi() { return flagsHi; }

        /**
         * Bytes of feature data.
         */
        public long lenData() { return lenData; }

        /**
         * Unused, keeps the header 8-byte aligned.
         */
        public long reserved() { return reserved; }

        /**
         * The feature data.
         */
        public Object data() { return data; }

        /**
         * Padding to the next 8-byte boundary.
         */
        public byte[] padding() { return padding; }
        public Parallels _root() { return _root; }
        public Parallels.FormatExtension _parent() { return _parent; }
    }

    /**
     * The Format Extension cluster.
     */
    public static class FormatExtension extends KaitaiStruct {
        public static FormatExtension fromFile(String fileName) throws IOException {
            return new FormatExtension(new ByteBufferKaitaiStream(fileName));
        }

        public FormatExtension(KaitaiStream _io) {
            this(_io, null, null);
        }

        public FormatExtension(KaitaiStream _io, Parallels _parent) {
            this(_io, _parent, null);
        }

        public FormatExtension(KaitaiStream _io, Parallels _parent, Parallels _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.magic = this._io.readBytes(8);
            if (!(Arrays.equals(this.magic, new byte[] { -121, -22, -36, 35, -17, 76, 35, -85 }))) {
                throw new KaitaiStream.ValidationNotEqualError(new byte[] { -121, -22, -36, 35, -17, 76, 35, -85 }, this.magic, this._io, "/types/format_extension/seq/0");
            }
            this.checksum = this._io.readBytes(16);
            this.features = new ArrayList<Feature>();
            {
                Feature _it;
                int i = 0;
                do {
                    _it = new Feature(this._io, this, _root);
                    this.features.add(_it);
                    i++;
                } while (!(_it.isEnd()));
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.features.size(); i++) {
                this.features.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
        private byte[] magic;
        private byte[] checksum;
        private List<Feature> features;
        private Parallels _root;
        private Parallels _parent;

        /**
         * 0xAB234CEF23DCEA87, little-endian.
         */
        public byte[] magic() { return magic; }

        /**
         * MD5 of the whole cluster after its first 24 bytes.
         */
        public byte[] checksum() { return checksum; }

        /**
         * Feature sections; the last is the all-zero "end of features".
         */
        public List<Feature> features() { return features; }
        public Parallels _root() { return _root; }
        public Parallels _parent() { return _parent; }
    }

    /**
     * The header at the start of the file.
     */
    public static class Header extends KaitaiStruct {
        public static Header fromFile(String fileName) throws IOException {
            return new Header(new ByteBufferKaitaiStream(fileName));
        }

        public enum InUse {
            OLD_CLOSED(0),
            CLOSED(825111158),
            OPEN(1953459801);

            private final long id;
            InUse(long id) { this.id = id; }
            public long id() { return id; }
            private static final Map<Long, InUse> byId = new HashMap<Long, InUse>(3);
            static {
                for (InUse e : InUse.values())
                    byId.put(e.id(), e);
            }
            public static InUse byId(long id) { return byId.get(id); }
        }

        public Header(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Header(KaitaiStream _io, Parallels _parent) {
            this(_io, _parent, null);
        }

        public Header(KaitaiStream _io, Parallels _parent, Parallels _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.magicStart = this._io.readBytes(6);
            if (!(Arrays.equals(this.magicStart, new byte[] { 87, 105, 116, 104, 111, 117 }))) {
                throw new KaitaiStream.ValidationNotEqualError(new byte[] { 87, 105, 116, 104, 111, 117 }, this.magicStart, this._io, "/types/header/seq/0");
            }
            this.magicEnd = new String(this._io.readBytes(10), StandardCharsets.US_ASCII);
            if (!( ((this.magicEnd.equals("tFreeSpace")) || (this.magicEnd.equals("FreSpacExt"))) )) {
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
            this.inUse = InUse.byId(this._io.readU4le());
            this.dataOff = this._io.readU4le();
            this.flags = this._io.readU4le();
            this.extOffLo = this._io.readU4le();
            this.extOffHi = this._io.readU4le();
        }

        public void _fetchInstances() {
        }
        private Boolean isEmpty;

        /**
         * The empty-image flag.
         */
        public Boolean isEmpty() {
            if (this.isEmpty != null)
                return this.isEmpty;
            this.isEmpty = KaitaiStream.mod(flags(), 2) == 1;
            return this.isEmpty;
        }
        private Boolean isExt;

        /**
         * The newer magic, with BAT entries in clusters and a 64-bit sector count.
         */
        public Boolean isExt() {
            if (this.isExt != null)
                return this.isExt;
            this.isExt = magicEnd().equals("FreSpacExt");
            return this.isExt;
        }
        private Long numSectors;

        /**
         * The disk size in sectors (only the low half counts for WithoutFreeSpace).
         */
        public Long numSectors() {
            if (this.numSectors != null)
                return this.numSectors;
            this.numSectors = ((Number) ((isExt() ? ((Number) (((Number) (numSectorsHi())).longValue() * 4294967296L + ((Number) (numSectorsLo())).longValue())).longValue() : ((Number) (numSectorsLo())).longValue()))).longValue();
            return this.numSectors;
        }
        private Long ofsExt;

        /**
         * Byte offset of the Format Extension cluster, or 0.
         */
        public Long ofsExt() {
            if (this.ofsExt != null)
                return this.ofsExt;
            this.ofsExt = ((Number) (((Number) ((((Number) (extOffHi())).longValue() * 4294967296L + ((Number) (extOffLo())).longValue()) * 512)).longValue())).longValue();
            return this.ofsExt;
        }
        private byte[] magicStart;
        private String magicEnd;
        private long version;
        private long heads;
        private long cylinders;
        private long tracks;
        private long numBatEntries;
        private long numSectorsLo;
        private long numSectorsHi;
        private InUse inUse;
        private long dataOff;
        private long flags;
        private long extOffLo;
        private long extOffHi;
        private Parallels _root;
        private Parallels _parent;

        /**
         * The first 6 bytes both magics share (what identifies the format).
         */
        public byte[] magicStart() { return magicStart; }

        /**
         * The rest of the 16-byte magic: "WithoutFreeSpace" (BAT entries in
         * sectors) or "WithouFreSpacExt" (BAT entries in clusters).
         */
        public String magicEnd() { return magicEnd; }

        /**
         * Format version, always 2.
         */
        public long version() { return version; }

        /**
         * Guest disk geometry (heads); QEMU writes 16.
         */
        public long heads() { return heads; }

        /**
         * Guest disk geometry (cylinders); QEMU writes sectors / (16 * 32).
         */
        public long cylinders() { return cylinders; }

        /**
         * Cluster size in 512-byte sectors (QEMU refuses zero).
         */
        public long tracks() { return tracks; }

        /**
         * Number of BAT entries, the disk size in clusters.
         */
        public long numBatEntries() { return numBatEntries; }

        /**
         * Low half of the disk size in sectors.
         */
        public long numSectorsLo() { return numSectorsLo; }

        /**
         * High half of the disk size in sectors (must be 0, and is ignored, for WithoutFreeSpace).
         */
        public long numSectorsHi() { return numSectorsHi; }

        /**
         * Whether a writer has the image open.
         */
        public InUse inUse() { return inUse; }

        /**
         * Start of the data area in sectors; 0 means "after the BAT" (WithoutFreeSpace only).
         */
        public long dataOff() { return dataOff; }

        /**
         * Bit 0 is the empty-image flag; the other bits are unused.
         */
        public long flags() { return flags; }

        /**
         * Low half of the Format Extension offset in sectors (0 = none).
         */
        public long extOffLo() { return extOffLo; }

        /**
         * High half of the Format Extension offset in sectors.
         */
        public long extOffHi() { return extOffHi; }
        public Parallels _root() { return _root; }
        public Parallels _parent() { return _parent; }
    }

    /**
     * An L1 entry of a dirty bitmap (QEMU's 8-byte, sector-unit form).
     */
    public static class L1Entry extends KaitaiStruct {
        public static L1Entry fromFile(String fileName) throws IOException {
            return new L1Entry(new ByteBufferKaitaiStream(fileName));
        }

        public L1Entry(KaitaiStream _io) {
            this(_io, null, null);
        }

        public L1Entry(KaitaiStream _io, Parallels.DirtyBitmap _parent) {
            this(_io, _parent, null);
        }

        public L1Entry(KaitaiStream _io, Parallels.DirtyBitmap _parent, Parallels _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.lo = this._io.readU4le();
            this.hi = this._io.readU4le();
        }

        public void _fetchInstances() {
        }
        private Boolean isAllOnes;

        /**
         * Every bit of this bitmap cluster is set.
         */
        public Boolean isAllOnes() {
            if (this.isAllOnes != null)
                return this.isAllOnes;
            this.isAllOnes = value() == 1;
            return this.isAllOnes;
        }
        private Boolean isAllZeros;

        /**
         * Every bit of this bitmap cluster is clear.
         */
        public Boolean isAllZeros() {
            if (this.isAllZeros != null)
                return this.isAllZeros;
            this.isAllZeros = value() == 0;
            return this.isAllZeros;
        }
        private Long ofsCluster;

        /**
         * Byte offset of the bitmap data cluster, when stored.
         */
        public Long ofsCluster() {
            if (this.ofsCluster != null)
                return this.ofsCluster;
            this.ofsCluster = ((Number) ((value() > 1 ? ((Number) (value() * 512)).longValue() : ((long) 0)))).longValue();
            return this.ofsCluster;
        }
        private Long value;

        /**
         * The entry.
         */
        public Long value() {
            if (this.value != null)
                return this.value;
            this.value = ((Number) (((Number) (((Number) (hi())).longValue() * 4294967296L + ((Number) (lo())).longValue())).longValue())).longValue();
            return this.value;
        }
        private long lo;
        private long hi;
        private Parallels _root;
        private Parallels.DirtyBitmap _parent;

        /**
         * Low half of the entry.
         */
        public long lo() { return lo; }

        /**
         * High half of the entry.
         */
        public long hi() { return hi; }
        public Parallels _root() { return _root; }
        public Parallels.DirtyBitmap _parent() { return _parent; }
    }
    private Integer batUnit;

    /**
     * Bytes per unit of a BAT entry (clusters for WithouFreSpacExt, sectors for WithoutFreeSpace).
     */
    public Integer batUnit() {
        if (this.batUnit != null)
            return this.batUnit;
        this.batUnit = ((Number) ((header().isExt() ? clusterSize() : 512))).intValue();
        return this.batUnit;
    }
    private Long clusterSize;

    /**
     * Bytes in a cluster (the header's `tracks` counts sectors).
     */
    public Long clusterSize() {
        if (this.clusterSize != null)
            return this.clusterSize;
        this.clusterSize = ((Number) (((Number) (((Number) (header().tracks())).longValue() * 512)).longValue())).longValue();
        return this.clusterSize;
    }
    private FormatExtension formatExtension;

    /**
     * The Format Extension cluster, when `ext_off` is not zero.
     */
    public FormatExtension formatExtension() {
        if (this.formatExtension != null)
            return this.formatExtension;
        if (header().ofsExt() != 0) {
            long _pos = this._io.pos();
            this._io.seek(header().ofsExt());
            KaitaiStream _io_formatExtension = this._io.substream(clusterSize());
            this.formatExtension = new FormatExtension(_io_formatExtension, this, _root);
            this._io.seek(_pos);
        }
        return this.formatExtension;
    }
    private Long ofsData;

    /**
     * Start of the data area: `data_off` sectors, or when that is zero
     * (allowed only for WithoutFreeSpace), the end of the BAT rounded up
     * to a sector.
     */
    public Long ofsData() {
        if (this.ofsData != null)
            return this.ofsData;
        this.ofsData = ((Number) ((header().dataOff() != 0 ? ((Number) (((Number) (header().dataOff())).longValue() * 512)).longValue() : ((Number) ((((64 + 4 * ((Number) (header().numBatEntries())).longValue()) + 511) / 512) * 512)).longValue()))).longValue();
        return this.ofsData;
    }
    private Header header;
    private List<Long> batEntries;
    private Parallels _root;
    private KaitaiStruct _parent;

    /**
     * The 64-byte image header.
     */
    public Header header() { return header; }

    /**
     * The block allocation table: one entry per guest cluster, the host
     * offset in `bat_unit` bytes, or 0 for an unallocated cluster.
     */
    public List<Long> batEntries() { return batEntries; }
    public Parallels _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
