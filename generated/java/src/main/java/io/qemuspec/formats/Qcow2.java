// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.Map;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Arrays;


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
 * @see <a href="https://www.qemu.org/docs/master/interop/qcow2.html">Source</a>
 * @see <a href="https://gitlab.com/qemu-project/qemu/-/blob/master/docs/interop/qcow2.txt">Source</a>
 */
public class Qcow2 extends KaitaiStruct {
    public static Qcow2 fromFile(String fileName) throws IOException {
        return new Qcow2(new ByteBufferKaitaiStream(fileName));
    }

    public enum BitmapType {
        DIRTY_TRACKING(1);

        private final long id;
        BitmapType(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, BitmapType> byId = new HashMap<Long, BitmapType>(1);
        static {
            for (BitmapType e : BitmapType.values())
                byId.put(e.id(), e);
        }
        public static BitmapType byId(long id) { return byId.get(id); }
    }

    public enum CompressionType {
        ZLIB(0),
        ZSTD(1);

        private final long id;
        CompressionType(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, CompressionType> byId = new HashMap<Long, CompressionType>(2);
        static {
            for (CompressionType e : CompressionType.values())
                byId.put(e.id(), e);
        }
        public static CompressionType byId(long id) { return byId.get(id); }
    }

    public enum CryptMethod {
        NONE(0),
        AES(1),
        LUKS(2);

        private final long id;
        CryptMethod(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, CryptMethod> byId = new HashMap<Long, CryptMethod>(3);
        static {
            for (CryptMethod e : CryptMethod.values())
                byId.put(e.id(), e);
        }
        public static CryptMethod byId(long id) { return byId.get(id); }
    }

    public enum FeatureType {
        INCOMPATIBLE(0),
        COMPATIBLE(1),
        AUTOCLEAR(2);

        private final long id;
        FeatureType(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, FeatureType> byId = new HashMap<Long, FeatureType>(3);
        static {
            for (FeatureType e : FeatureType.values())
                byId.put(e.id(), e);
        }
        public static FeatureType byId(long id) { return byId.get(id); }
    }

    public enum HeaderExtensionType {
        END(0),
        FULL_DISK_ENCRYPTION(87539319),
        BITMAPS(595929205),
        EXTERNAL_DATA_FILE(1145132097),
        FEATURE_NAME_TABLE(1745090647),
        BACKING_FILE_FORMAT(3799591626L);

        private final long id;
        HeaderExtensionType(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, HeaderExtensionType> byId = new HashMap<Long, HeaderExtensionType>(6);
        static {
            for (HeaderExtensionType e : HeaderExtensionType.values())
                byId.put(e.id(), e);
        }
        public static HeaderExtensionType byId(long id) { return byId.get(id); }
    }

    public Qcow2(KaitaiStream _io) {
        this(_io, null, null);
    }

    public Qcow2(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public Qcow2(KaitaiStream _io, KaitaiStruct _parent, Qcow2 _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.header = new Header(this._io, this, _root);
    }

    public void _fetchInstances() {
        this.header._fetchInstances();
        backingFileName();
        if (this.backingFileName != null) {
        }
        headerExtensions();
        if (this.headerExtensions != null) {
            this.headerExtensions._fetchInstances();
        }
        l1Table();
        if (this.l1Table != null) {
            for (int i = 0; i < this.l1Table.size(); i++) {
                this.l1Table.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
        refcountTable();
        if (this.refcountTable != null) {
            for (int i = 0; i < this.refcountTable.size(); i++) {
                this.refcountTable.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
        snapshots();
        if (this.snapshots != null) {
            for (int i = 0; i < this.snapshots.size(); i++) {
                this.snapshots.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
    }

    /**
     * The 64-bit autoclear feature bitmap.
     */
    public static class AutoclearFeatures extends KaitaiStruct {
        public static AutoclearFeatures fromFile(String fileName) throws IOException {
            return new AutoclearFeatures(new ByteBufferKaitaiStream(fileName));
        }

        public AutoclearFeatures(KaitaiStream _io) {
            this(_io, null, null);
        }

        public AutoclearFeatures(KaitaiStream _io, Qcow2.Header _parent) {
            this(_io, _parent, null);
        }

        public AutoclearFeatures(KaitaiStream _io, Qcow2.Header _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.reservedHi = this._io.readBitsIntBe(32);
            this.reservedLo = this._io.readBitsIntBe(30);
            this.rawExternalData = this._io.readBitsIntBe(1) != 0;
            this.bitmaps = this._io.readBitsIntBe(1) != 0;
        }

        public void _fetchInstances() {
        }
        private long reservedHi;
        private long reservedLo;
        private boolean rawExternalData;
        private boolean bitmaps;
        private Qcow2 _root;
        private Qcow2.Header _parent;

        /**
         * Bits 63..32, not defined.
         */
        public long reservedHi() { return reservedHi; }

        /**
         * Bits 31..2, not defined.
         */
        public long reservedLo() { return reservedLo; }

        /**
         * Bit 1, the external data file is a valid raw image on its own.
         */
        public boolean rawExternalData() { return rawExternalData; }

        /**
         * Bit 0, the bitmaps extension is consistent.
         */
        public boolean bitmaps() { return bitmaps; }
        public Qcow2 _root() { return _root; }
        public Qcow2.Header _parent() { return _parent; }
    }

    /**
     * The bitmap directory, one variable-length entry per bitmap.
     * @see <a href="https://www.qemu.org/docs/master/interop/qcow2.html#bitmap-directory">Source</a>
     */
    public static class BitmapDirectory extends KaitaiStruct {
        public static BitmapDirectory fromFile(String fileName) throws IOException {
            return new BitmapDirectory(new ByteBufferKaitaiStream(fileName));
        }

        public BitmapDirectory(KaitaiStream _io) {
            this(_io, null, null);
        }

        public BitmapDirectory(KaitaiStream _io, Qcow2.BitmapsExtension _parent) {
            this(_io, _parent, null);
        }

        public BitmapDirectory(KaitaiStream _io, Qcow2.BitmapsExtension _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.entries = new ArrayList<BitmapDirectoryEntry>();
            {
                int i = 0;
                while (!this._io.isEof()) {
                    this.entries.add(new BitmapDirectoryEntry(this._io, this, _root));
                    i++;
                }
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.entries.size(); i++) {
                this.entries.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
        private List<BitmapDirectoryEntry> entries;
        private Qcow2 _root;
        private Qcow2.BitmapsExtension _parent;

        /**
         * The entries.
         */
        public List<BitmapDirectoryEntry> entries() { return entries; }
        public Qcow2 _root() { return _root; }
        public Qcow2.BitmapsExtension _parent() { return _parent; }
    }

    /**
     * One bitmap.
     */
    public static class BitmapDirectoryEntry extends KaitaiStruct {
        public static BitmapDirectoryEntry fromFile(String fileName) throws IOException {
            return new BitmapDirectoryEntry(new ByteBufferKaitaiStream(fileName));
        }

        public BitmapDirectoryEntry(KaitaiStream _io) {
            this(_io, null, null);
        }

        public BitmapDirectoryEntry(KaitaiStream _io, Qcow2.BitmapDirectory _parent) {
            this(_io, _parent, null);
        }

        public BitmapDirectoryEntry(KaitaiStream _io, Qcow2.BitmapDirectory _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.bitmapTableOffset = this._io.readU8be();
            this.numBitmapTableEntries = this._io.readU4be();
            this.flags = new BitmapFlags(this._io, this, _root);
            this.type = Qcow2.BitmapType.byId(this._io.readU1());
            this.granularityBits = this._io.readU1();
            this.lenName = this._io.readU2be();
            this.lenExtraData = this._io.readU4be();
            this.extraData = this._io.readBytes(lenExtraData());
            this.name = this._io.readBytes(lenName());
            this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod((24 + ((Number) (lenExtraData())).longValue()) + ((Number) (lenName())).longValue(), 8), 8));
        }

        public void _fetchInstances() {
            this.flags._fetchInstances();
            bitmapTable();
            if (this.bitmapTable != null) {
                for (int i = 0; i < this.bitmapTable.size(); i++) {
                    this.bitmapTable.get(((Number) (i)).intValue())._fetchInstances();
                }
            }
        }
        private List<BitmapTableEntry> bitmapTable;

        /**
         * The bitmap table.
         */
        public List<BitmapTableEntry> bitmapTable() {
            if (this.bitmapTable != null)
                return this.bitmapTable;
            KaitaiStream io = _root()._io();
            long _pos = io.pos();
            io.seek(bitmapTableOffset());
            this.bitmapTable = new ArrayList<BitmapTableEntry>();
            for (int i = 0; i < numBitmapTableEntries(); i++) {
                this.bitmapTable.add(new BitmapTableEntry(io, this, _root));
            }
            io.seek(_pos);
            return this.bitmapTable;
        }
        private Integer granularity;

        /**
         * Bytes of the disk per bit.
         */
        public Integer granularity() {
            if (this.granularity != null)
                return this.granularity;
            this.granularity = ((Number) (1 << granularityBits())).intValue();
            return this.granularity;
        }
        private long bitmapTableOffset;
        private long numBitmapTableEntries;
        private BitmapFlags flags;
        private BitmapType type;
        private int granularityBits;
        private int lenName;
        private long lenExtraData;
        private byte[] extraData;
        private byte[] name;
        private byte[] padding;
        private Qcow2 _root;
        private Qcow2.BitmapDirectory _parent;

        /**
         * Where the bitmap table starts (cluster-aligned).
         */
        public long bitmapTableOffset() { return bitmapTableOffset; }

        /**
         * Entries in the bitmap table.
         */
        public long numBitmapTableEntries() { return numBitmapTableEntries; }

        /**
         * State of the bitmap.
         */
        public BitmapFlags flags() { return flags; }

        /**
         * Kind of bitmap (1, dirty tracking, is the only one defined).
         */
        public BitmapType type() { return type; }

        /**
         * Each bit covers 1 << granularity_bits bytes of the disk.
         */
        public int granularityBits() { return granularityBits; }

        /**
         * Length of the name (not zero; QEMU allows at most 1023).
         */
        public int lenName() { return lenName; }

        /**
         * Length of the extra data (none is defined yet).
         */
        public long lenExtraData() { return lenExtraData; }

        /**
         * Type-specific extra data.
         */
        public byte[] extraData() { return extraData; }

        /**
         * Bitmap name, unique in the image. Bytes: QEMU takes them as a C
         * string (up to a NUL, if any) and never checks that they are UTF-8.
         */
        public byte[] name() { return name; }

        /**
         * Zero padding to a multiple of 8 bytes.
         */
        public byte[] padding() { return padding; }
        public Qcow2 _root() { return _root; }
        public Qcow2.BitmapDirectory _parent() { return _parent; }
    }

    /**
     * The 32-bit flags of a bitmap directory entry.
     */
    public static class BitmapFlags extends KaitaiStruct {
        public static BitmapFlags fromFile(String fileName) throws IOException {
            return new BitmapFlags(new ByteBufferKaitaiStream(fileName));
        }

        public BitmapFlags(KaitaiStream _io) {
            this(_io, null, null);
        }

        public BitmapFlags(KaitaiStream _io, Qcow2.BitmapDirectoryEntry _parent) {
            this(_io, _parent, null);
        }

        public BitmapFlags(KaitaiStream _io, Qcow2.BitmapDirectoryEntry _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.reserved = this._io.readBitsIntBe(29);
            this.extraDataCompatible = this._io.readBitsIntBe(1) != 0;
            this.enabled = this._io.readBitsIntBe(1) != 0;
            this.inUse = this._io.readBitsIntBe(1) != 0;
        }

        public void _fetchInstances() {
        }
        private long reserved;
        private boolean extraDataCompatible;
        private boolean enabled;
        private boolean inUse;
        private Qcow2 _root;
        private Qcow2.BitmapDirectoryEntry _parent;

        /**
         * Bits 31..3, zero.
         */
        public long reserved() { return reserved; }

        /**
         * Bit 2, the bitmap may be used even when its extra data is not understood.
         */
        public boolean extraDataCompatible() { return extraDataCompatible; }

        /**
         * Bit 1, the bitmap is enabled and tracks every write.
         */
        public boolean enabled() { return enabled; }

        /**
         * Bit 0, the bitmap was not saved cleanly and may be inconsistent.
         */
        public boolean inUse() { return inUse; }
        public Qcow2 _root() { return _root; }
        public Qcow2.BitmapDirectoryEntry _parent() { return _parent; }
    }

    /**
     * One entry of a bitmap table, for one cluster of bitmap data.
     * @see <a href="https://www.qemu.org/docs/master/interop/qcow2.html#bitmap-table">Source</a>
     */
    public static class BitmapTableEntry extends KaitaiStruct {
        public static BitmapTableEntry fromFile(String fileName) throws IOException {
            return new BitmapTableEntry(new ByteBufferKaitaiStream(fileName));
        }

        public BitmapTableEntry(KaitaiStream _io) {
            this(_io, null, null);
        }

        public BitmapTableEntry(KaitaiStream _io, Qcow2.BitmapDirectoryEntry _parent) {
            this(_io, _parent, null);
        }

        public BitmapTableEntry(KaitaiStream _io, Qcow2.BitmapDirectoryEntry _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.reservedHi = this._io.readBitsIntBe(8);
            this.offsetHi = this._io.readBitsIntBe(24);
            this.offsetLo = this._io.readBitsIntBe(23);
            this.reservedLo = this._io.readBitsIntBe(8);
            this.allOnes = this._io.readBitsIntBe(1) != 0;
        }

        public void _fetchInstances() {
        }
        private Long offset;

        /**
         * Host offset of the bitmap data cluster; 0 when not allocated.
         */
        public Long offset() {
            if (this.offset != null)
                return this.offset;
            this.offset = ((Number) (((Number) (((Number) (offsetHi())).longValue() * 4294967296L + ((Number) (offsetLo())).longValue() * 512)).longValue())).longValue();
            return this.offset;
        }
        private long reservedHi;
        private long offsetHi;
        private long offsetLo;
        private long reservedLo;
        private boolean allOnes;
        private Qcow2 _root;
        private Qcow2.BitmapDirectoryEntry _parent;

        /**
         * Bits 63..56, zero.
         */
        public long reservedHi() { return reservedHi; }

        /**
         * Bits 55..32 of the data cluster offset.
         */
        public long offsetHi() { return offsetHi; }

        /**
         * Bits 31..9 of the data cluster offset.
         */
        public long offsetLo() { return offsetLo; }

        /**
         * Bits 8..1, zero.
         */
        public long reservedLo() { return reservedLo; }

        /**
         * Bit 0; with no offset, the cluster reads as all ones (else all zeros).
         */
        public boolean allOnes() { return allOnes; }
        public Qcow2 _root() { return _root; }
        public Qcow2.BitmapDirectoryEntry _parent() { return _parent; }
    }

    /**
     * Where the persistent bitmaps are described.
     * @see <a href="https://www.qemu.org/docs/master/interop/qcow2.html#bitmaps-extension">Source</a>
     */
    public static class BitmapsExtension extends KaitaiStruct {
        public static BitmapsExtension fromFile(String fileName) throws IOException {
            return new BitmapsExtension(new ByteBufferKaitaiStream(fileName));
        }

        public BitmapsExtension(KaitaiStream _io) {
            this(_io, null, null);
        }

        public BitmapsExtension(KaitaiStream _io, Qcow2.HeaderExtension _parent) {
            this(_io, _parent, null);
        }

        public BitmapsExtension(KaitaiStream _io, Qcow2.HeaderExtension _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.numBitmaps = this._io.readU4be();
            this.reserved = this._io.readU4be();
            this.lenBitmapDirectory = this._io.readU8be();
            this.bitmapDirectoryOffset = this._io.readU8be();
        }

        public void _fetchInstances() {
            bitmapDirectory();
            if (this.bitmapDirectory != null) {
                this.bitmapDirectory._fetchInstances();
            }
        }
        private BitmapDirectory bitmapDirectory;

        /**
         * The bitmap directory.
         */
        public BitmapDirectory bitmapDirectory() {
            if (this.bitmapDirectory != null)
                return this.bitmapDirectory;
            KaitaiStream io = _root()._io();
            long _pos = io.pos();
            io.seek(bitmapDirectoryOffset());
            KaitaiStream _io_bitmapDirectory = io.substream(lenBitmapDirectory());
            this.bitmapDirectory = new BitmapDirectory(_io_bitmapDirectory, this, _root);
            io.seek(_pos);
            return this.bitmapDirectory;
        }
        private long numBitmaps;
        private long reserved;
        private long lenBitmapDirectory;
        private long bitmapDirectoryOffset;
        private Qcow2 _root;
        private Qcow2.HeaderExtension _parent;

        /**
         * Number of bitmaps (at least 1; QEMU supports up to 65535).
         */
        public long numBitmaps() { return numBitmaps; }

        /**
         * Zero.
         */
        public long reserved() { return reserved; }

        /**
         * Size of the bitmap directory in bytes.
         */
        public long lenBitmapDirectory() { return lenBitmapDirectory; }

        /**
         * Where the bitmap directory starts (cluster-aligned).
         */
        public long bitmapDirectoryOffset() { return bitmapDirectoryOffset; }
        public Qcow2 _root() { return _root; }
        public Qcow2.HeaderExtension _parent() { return _parent; }
    }

    /**
     * The 64-bit compatible feature bitmap.
     */
    public static class CompatibleFeatures extends KaitaiStruct {
        public static CompatibleFeatures fromFile(String fileName) throws IOException {
            return new CompatibleFeatures(new ByteBufferKaitaiStream(fileName));
        }

        public CompatibleFeatures(KaitaiStream _io) {
            this(_io, null, null);
        }

        public CompatibleFeatures(KaitaiStream _io, Qcow2.Header _parent) {
            this(_io, _parent, null);
        }

        public CompatibleFeatures(KaitaiStream _io, Qcow2.Header _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.reservedHi = this._io.readBitsIntBe(32);
            this.reservedLo = this._io.readBitsIntBe(31);
            this.lazyRefcounts = this._io.readBitsIntBe(1) != 0;
        }

        public void _fetchInstances() {
        }
        private long reservedHi;
        private long reservedLo;
        private boolean lazyRefcounts;
        private Qcow2 _root;
        private Qcow2.Header _parent;

        /**
         * Bits 63..32, not defined.
         */
        public long reservedHi() { return reservedHi; }

        /**
         * Bits 31..1, not defined.
         */
        public long reservedLo() { return reservedLo; }

        /**
         * Bit 0, refcount updates may be postponed (the dirty bit then says so).
         */
        public boolean lazyRefcounts() { return lazyRefcounts; }
        public Qcow2 _root() { return _root; }
        public Qcow2.Header _parent() { return _parent; }
    }

    /**
     * A 128-bit extended L2 entry, the standard entry and subcluster bitmaps.
     * @see <a href="https://www.qemu.org/docs/master/interop/qcow2.html#extended-l2-entries">Source</a>
     */
    public static class ExtendedL2Entry extends KaitaiStruct {
        public static ExtendedL2Entry fromFile(String fileName) throws IOException {
            return new ExtendedL2Entry(new ByteBufferKaitaiStream(fileName));
        }

        public ExtendedL2Entry(KaitaiStream _io) {
            this(_io, null, null);
        }

        public ExtendedL2Entry(KaitaiStream _io, Qcow2.L2Table _parent) {
            this(_io, _parent, null);
        }

        public ExtendedL2Entry(KaitaiStream _io, Qcow2.L2Table _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.entry = new L2Entry(this._io, this, _root);
            this.zeroBitmap = this._io.readU4be();
            this.allocBitmap = this._io.readU4be();
        }

        public void _fetchInstances() {
            this.entry._fetchInstances();
        }
        private L2Entry entry;
        private long zeroBitmap;
        private long allocBitmap;
        private Qcow2 _root;
        private Qcow2.L2Table _parent;

        /**
         * The standard 64 bits (its zero bit is unused here).
         */
        public L2Entry entry() { return entry; }

        /**
         * Bits 63..32 of the bitmap, bit n set when subcluster n reads as zeros.
         */
        public long zeroBitmap() { return zeroBitmap; }

        /**
         * Bits 31..0 of the bitmap, bit n set when subcluster n is allocated.
         */
        public long allocBitmap() { return allocBitmap; }
        public Qcow2 _root() { return _root; }
        public Qcow2.L2Table _parent() { return _parent; }
    }

    /**
     * One 48-byte entry of the feature name table.
     */
    public static class FeatureName extends KaitaiStruct {
        public static FeatureName fromFile(String fileName) throws IOException {
            return new FeatureName(new ByteBufferKaitaiStream(fileName));
        }

        public FeatureName(KaitaiStream _io) {
            this(_io, null, null);
        }

        public FeatureName(KaitaiStream _io, Qcow2.FeatureNameTable _parent) {
            this(_io, _parent, null);
        }

        public FeatureName(KaitaiStream _io, Qcow2.FeatureNameTable _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.type = Qcow2.FeatureType.byId(this._io.readU1());
            this.bit = this._io.readU1();
            this.name = this._io.readBytes(46);
        }

        public void _fetchInstances() {
        }
        private FeatureType type;
        private int bit;
        private byte[] name;
        private Qcow2 _root;
        private Qcow2.FeatureNameTable _parent;

        /**
         * Which feature bitmap the bit is in.
         */
        public FeatureType type() { return type; }

        /**
         * Bit number (0..63).
         */
        public int bit() { return bit; }

        /**
         * Feature name, zero-padded (no NUL when it takes all 46 bytes). Bytes:
         * QEMU takes them as a C string and never checks that they are UTF-8.
         */
        public byte[] name() { return name; }
        public Qcow2 _root() { return _root; }
        public Qcow2.FeatureNameTable _parent() { return _parent; }
    }

    /**
     * Names of feature bits, for error messages about unknown features.
     * @see <a href="https://www.qemu.org/docs/master/interop/qcow2.html#feature-name-table">Source</a>
     */
    public static class FeatureNameTable extends KaitaiStruct {
        public static FeatureNameTable fromFile(String fileName) throws IOException {
            return new FeatureNameTable(new ByteBufferKaitaiStream(fileName));
        }

        public FeatureNameTable(KaitaiStream _io) {
            this(_io, null, null);
        }

        public FeatureNameTable(KaitaiStream _io, Qcow2.HeaderExtension _parent) {
            this(_io, _parent, null);
        }

        public FeatureNameTable(KaitaiStream _io, Qcow2.HeaderExtension _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.entries = new ArrayList<FeatureName>();
            {
                int i = 0;
                while (!this._io.isEof()) {
                    this.entries.add(new FeatureName(this._io, this, _root));
                    i++;
                }
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.entries.size(); i++) {
                this.entries.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
        private List<FeatureName> entries;
        private Qcow2 _root;
        private Qcow2.HeaderExtension _parent;

        /**
         * One entry per named bit.
         */
        public List<FeatureName> entries() { return entries; }
        public Qcow2 _root() { return _root; }
        public Qcow2.HeaderExtension _parent() { return _parent; }
    }

    /**
     * Where the encryption header (LUKS) is stored.
     */
    public static class FullDiskEncryptionPointer extends KaitaiStruct {
        public static FullDiskEncryptionPointer fromFile(String fileName) throws IOException {
            return new FullDiskEncryptionPointer(new ByteBufferKaitaiStream(fileName));
        }

        public FullDiskEncryptionPointer(KaitaiStream _io) {
            this(_io, null, null);
        }

        public FullDiskEncryptionPointer(KaitaiStream _io, Qcow2.HeaderExtension _parent) {
            this(_io, _parent, null);
        }

        public FullDiskEncryptionPointer(KaitaiStream _io, Qcow2.HeaderExtension _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.offset = this._io.readU8be();
            this.lenHeader = this._io.readU8be();
        }

        public void _fetchInstances() {
        }
        private long offset;
        private long lenHeader;
        private Qcow2 _root;
        private Qcow2.HeaderExtension _parent;

        /**
         * Offset of the encryption header (cluster-aligned).
         */
        public long offset() { return offset; }

        /**
         * Length of the encryption header in bytes.
         */
        public long lenHeader() { return lenHeader; }
        public Qcow2 _root() { return _root; }
        public Qcow2.HeaderExtension _parent() { return _parent; }
    }

    /**
     * The header: 72 bytes for version 2; for version 3 at least 104 bytes,
     * as many as `header_length` says (newer writers may add fields; the
     * extensions start after them).
     * @see <a href="https://www.qemu.org/docs/master/interop/qcow2.html#header">Source</a>
     */
    public static class Header extends KaitaiStruct {
        public static Header fromFile(String fileName) throws IOException {
            return new Header(new ByteBufferKaitaiStream(fileName));
        }

        public Header(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Header(KaitaiStream _io, Qcow2 _parent) {
            this(_io, _parent, null);
        }

        public Header(KaitaiStream _io, Qcow2 _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.magic = this._io.readBytes(4);
            if (!(Arrays.equals(this.magic, new byte[] { 81, 70, 73, -5 }))) {
                throw new KaitaiStream.ValidationNotEqualError(new byte[] { 81, 70, 73, -5 }, this.magic, this._io, "/types/header/seq/0");
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
            this.cryptMethod = Qcow2.CryptMethod.byId(this._io.readU4be());
            this.numL1Entries = this._io.readU4be();
            this.l1TableOffset = this._io.readU8be();
            this.refcountTableOffset = this._io.readU8be();
            this.refcountTableClusters = this._io.readU4be();
            this.numSnapshots = this._io.readU4be();
            this.snapshotsOffset = this._io.readU8be();
            if (version() >= 3) {
                this.incompatibleFeatures = new IncompatibleFeatures(this._io, this, _root);
            }
            if (version() >= 3) {
                this.compatibleFeatures = new CompatibleFeatures(this._io, this, _root);
            }
            if (version() >= 3) {
                this.autoclearFeatures = new AutoclearFeatures(this._io, this, _root);
            }
            if (version() >= 3) {
                this.refcountOrder = this._io.readU4be();
                if (!(this.refcountOrder <= 6)) {
                    throw new KaitaiStream.ValidationGreaterThanError(6, this.refcountOrder, this._io, "/types/header/seq/16");
                }
            }
            if (version() >= 3) {
                this.headerLength = this._io.readU4be();
                if (!(this.headerLength >= 104)) {
                    throw new KaitaiStream.ValidationLessThanError(104, this.headerLength, this._io, "/types/header/seq/17");
                }
            }
            if ( ((version() >= 3) && (headerLength() > 104)) ) {
                this.compressionType = Qcow2.CompressionType.byId(this._io.readU1());
            }
        }

        public void _fetchInstances() {
            if (version() >= 3) {
                this.incompatibleFeatures._fetchInstances();
            }
            if (version() >= 3) {
                this.compatibleFeatures._fetchInstances();
            }
            if (version() >= 3) {
                this.autoclearFeatures._fetchInstances();
            }
            if (version() >= 3) {
            }
            if (version() >= 3) {
            }
            if ( ((version() >= 3) && (headerLength() > 104)) ) {
            }
        }
        private CompressionType effectiveCompressionType;

        /**
         * The compression type in use (zlib when the field is absent).
         */
        public CompressionType effectiveCompressionType() {
            if (this.effectiveCompressionType != null)
                return this.effectiveCompressionType;
            this.effectiveCompressionType = Qcow2.CompressionType.byId(( ((version() >= 3) && (headerLength() > 104))  ? ((Number) (compressionType().id())).longValue() : 0));
            return this.effectiveCompressionType;
        }
        private byte[] magic;
        private long version;
        private long backingFileOffset;
        private long lenBackingFileName;
        private long clusterBits;
        private long size;
        private CryptMethod cryptMethod;
        private long numL1Entries;
        private long l1TableOffset;
        private long refcountTableOffset;
        private long refcountTableClusters;
        private long numSnapshots;
        private long snapshotsOffset;
        private IncompatibleFeatures incompatibleFeatures;
        private CompatibleFeatures compatibleFeatures;
        private AutoclearFeatures autoclearFeatures;
        private Long refcountOrder;
        private Long headerLength;
        private CompressionType compressionType;
        private Qcow2 _root;
        private Qcow2 _parent;

        /**
         * "QFI" followed by 0xfb.
         */
        public byte[] magic() { return magic; }

        /**
         * Format version, 2 or 3.
         */
        public long version() { return version; }

        /**
         * Where the backing file name is stored; 0 when there is no backing file.
         */
        public long backingFileOffset() { return backingFileOffset; }

        /**
         * Length of the backing file name (at most 1023 bytes).
         */
        public long lenBackingFileName() { return lenBackingFileName; }

        /**
         * log2 of the cluster size. The format allows 9 (512 bytes) and up;
         * QEMU opens at most 21 (2 MiB), and so does this spec.
         */
        public long clusterBits() { return clusterBits; }

        /**
         * Virtual disk size in bytes.
         */
        public long size() { return size; }

        /**
         * How guest data is encrypted.
         */
        public CryptMethod cryptMethod() { return cryptMethod; }

        /**
         * Entries in the active L1 table.
         */
        public long numL1Entries() { return numL1Entries; }

        /**
         * Where the active L1 table starts (cluster-aligned).
         */
        public long l1TableOffset() { return l1TableOffset; }

        /**
         * Where the refcount table starts (cluster-aligned).
         */
        public long refcountTableOffset() { return refcountTableOffset; }

        /**
         * Clusters the refcount table occupies.
         */
        public long refcountTableClusters() { return refcountTableClusters; }

        /**
         * Entries in the snapshot table.
         */
        public long numSnapshots() { return numSnapshots; }

        /**
         * Where the snapshot table starts (cluster-aligned).
         */
        public long snapshotsOffset() { return snapshotsOffset; }

        /**
         * Features a reader must understand to open the image.
         */
        public IncompatibleFeatures incompatibleFeatures() { return incompatibleFeatures; }

        /**
         * Features a reader may ignore.
         */
        public CompatibleFeatures compatibleFeatures() { return compatibleFeatures; }

        /**
         * Features a writer that does not know them must clear.
         */
        public AutoclearFeatures autoclearFeatures() { return autoclearFeatures; }

        /**
         * Refcount width is 1 << refcount_order bits (0..6, so 1..64).
         */
        public Long refcountOrder() { return refcountOrder; }

        /**
         * Length of the header in bytes, a multiple of 8, at least 104.
         */
        public Long headerLength() { return headerLength; }

        /**
         * Compression of compressed clusters. Present when the header is
         * longer than 104 bytes; absent or 0 means zlib.
         */
        public CompressionType compressionType() { return compressionType; }
        public Qcow2 _root() { return _root; }
        public Qcow2 _parent() { return _parent; }
    }

    /**
     * One header extension.
     */
    public static class HeaderExtension extends KaitaiStruct {
        public static HeaderExtension fromFile(String fileName) throws IOException {
            return new HeaderExtension(new ByteBufferKaitaiStream(fileName));
        }

        public HeaderExtension(KaitaiStream _io) {
            this(_io, null, null);
        }

        public HeaderExtension(KaitaiStream _io, Qcow2.HeaderExtensionArea _parent) {
            this(_io, _parent, null);
        }

        public HeaderExtension(KaitaiStream _io, Qcow2.HeaderExtensionArea _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.type = Qcow2.HeaderExtensionType.byId(this._io.readU4be());
            this.lenData = this._io.readU4be();
            {
                HeaderExtensionType on = type();
                if (on != null) {
                    switch (type()) {
                    case BACKING_FILE_FORMAT: {
                        KaitaiStream _io_data = this._io.substream(lenData());
                        this.data = new StringExtension(_io_data, this, _root);
                        break;
                    }
                    case BITMAPS: {
                        KaitaiStream _io_data = this._io.substream(lenData());
                        this.data = new BitmapsExtension(_io_data, this, _root);
                        break;
                    }
                    case EXTERNAL_DATA_FILE: {
                        KaitaiStream _io_data = this._io.substream(lenData());
                        this.data = new StringExtension(_io_data, this, _root);
                        break;
                    }
                    case FEATURE_NAME_TABLE: {
                        KaitaiStream _io_data = this._io.substream(lenData());
                        this.data = new FeatureNameTable(_io_data, this, _root);
                        break;
                    }
                    case FULL_DISK_ENCRYPTION: {
                        KaitaiStream _io_data = this._io.substream(lenData());
                        this.data = new FullDiskEncryptionPointer(_io_data, this, _root);
                        break;
                    }
                    default: {
                        this.data = this._io.readBytes(lenData());
                        break;
                    }
                    }
                } else {
                    this.data = this._io.readBytes(lenData());
                }
            }
            this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(lenData(), 8), 8));
        }

        public void _fetchInstances() {
            {
                HeaderExtensionType on = type();
                if (on != null) {
                    switch (type()) {
                    case BACKING_FILE_FORMAT: {
                        ((StringExtension) (this.data))._fetchInstances();
                        break;
                    }
                    case BITMAPS: {
                        ((BitmapsExtension) (this.data))._fetchInstances();
                        break;
                    }
                    case EXTERNAL_DATA_FILE: {
                        ((StringExtension) (this.data))._fetchInstances();
                        break;
                    }
                    case FEATURE_NAME_TABLE: {
                        ((FeatureNameTable) (this.data))._fetchInstances();
                        break;
                    }
                    case FULL_DISK_ENCRYPTION: {
                        ((FullDiskEncryptionPointer) (this.data))._fetchInstances();
                        break;
                    }
                    default: {
                        break;
                    }
                    }
                } else {
                }
            }
        }
        private HeaderExtensionType type;
        private long lenData;
        private Object data;
        private byte[] padding;
        private Qcow2 _root;
        private Qcow2.HeaderExtensionArea _parent;

        /**
         * What the extension holds (unknown types are kept as bytes).
         */
        public HeaderExtensionType type() { return type; }

        /**
         * Length of the data, without padding.
         */
        public long lenData() { return lenData; }

        /**
         * The extension's data (raw bytes for unknown types).
         */
        public Object data() { return data; }

        /**
         * Padding up to a multiple of 8 bytes.
         */
        public byte[] padding() { return padding; }
        public Qcow2 _root() { return _root; }
        public Qcow2.HeaderExtensionArea _parent() { return _parent; }
    }

    /**
     * Header extensions, each padded to 8 bytes, until the end marker.
     * @see <a href="https://www.qemu.org/docs/master/interop/qcow2.html#header-extensions">Source</a>
     */
    public static class HeaderExtensionArea extends KaitaiStruct {
        public static HeaderExtensionArea fromFile(String fileName) throws IOException {
            return new HeaderExtensionArea(new ByteBufferKaitaiStream(fileName));
        }

        public HeaderExtensionArea(KaitaiStream _io) {
            this(_io, null, null);
        }

        public HeaderExtensionArea(KaitaiStream _io, Qcow2 _parent) {
            this(_io, _parent, null);
        }

        public HeaderExtensionArea(KaitaiStream _io, Qcow2 _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.extensions = new ArrayList<HeaderExtension>();
            {
                HeaderExtension _it;
                int i = 0;
                do {
                    _it = new HeaderExtension(this._io, this, _root);
                    this.extensions.add(_it);
                    i++;
                } while (!( ((_it.type() == Qcow2.HeaderExtensionType.END) || (_io().isEof())) ));
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.extensions.size(); i++) {
                this.extensions.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
        private List<HeaderExtension> extensions;
        private Qcow2 _root;
        private Qcow2 _parent;

        /**
         * The extensions, the end marker included.
         */
        public List<HeaderExtension> extensions() { return extensions; }
        public Qcow2 _root() { return _root; }
        public Qcow2 _parent() { return _parent; }
    }

    /**
     * The 64-bit incompatible feature bitmap: an unknown bit set means "do not open".
     * @see <a href="https://www.qemu.org/docs/master/interop/qcow2.html#header">Source</a>
     */
    public static class IncompatibleFeatures extends KaitaiStruct {
        public static IncompatibleFeatures fromFile(String fileName) throws IOException {
            return new IncompatibleFeatures(new ByteBufferKaitaiStream(fileName));
        }

        public IncompatibleFeatures(KaitaiStream _io) {
            this(_io, null, null);
        }

        public IncompatibleFeatures(KaitaiStream _io, Qcow2.Header _parent) {
            this(_io, _parent, null);
        }

        public IncompatibleFeatures(KaitaiStream _io, Qcow2.Header _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.reservedHi = this._io.readBitsIntBe(32);
            this.reservedLo = this._io.readBitsIntBe(27);
            this.extendedL2 = this._io.readBitsIntBe(1) != 0;
            this.compressionType = this._io.readBitsIntBe(1) != 0;
            this.externalDataFile = this._io.readBitsIntBe(1) != 0;
            this.corrupt = this._io.readBitsIntBe(1) != 0;
            this.dirty = this._io.readBitsIntBe(1) != 0;
        }

        public void _fetchInstances() {
        }
        private long reservedHi;
        private long reservedLo;
        private boolean extendedL2;
        private boolean compressionType;
        private boolean externalDataFile;
        private boolean corrupt;
        private boolean dirty;
        private Qcow2 _root;
        private Qcow2.Header _parent;

        /**
         * Bits 63..32, not defined.
         */
        public long reservedHi() { return reservedHi; }

        /**
         * Bits 31..5, not defined.
         */
        public long reservedLo() { return reservedLo; }

        /**
         * Bit 4, L2 entries are 128-bit with subcluster bitmaps.
         */
        public boolean extendedL2() { return extendedL2; }

        /**
         * Bit 3, compression_type in the header is not zlib.
         */
        public boolean compressionType() { return compressionType; }

        /**
         * Bit 2, guest data lives in an external data file.
         */
        public boolean externalDataFile() { return externalDataFile; }

        /**
         * Bit 1, metadata may be corrupt; do not write.
         */
        public boolean corrupt() { return corrupt; }

        /**
         * Bit 0, refcounts may be stale (lazy refcounts in use when the image was last open).
         */
        public boolean dirty() { return dirty; }
        public Qcow2 _root() { return _root; }
        public Qcow2.Header _parent() { return _parent; }
    }

    /**
     * One entry of an L1 table, pointing at an L2 table.
     * @see <a href="https://www.qemu.org/docs/master/interop/qcow2.html#cluster-mapping">Source</a>
     */
    public static class L1Entry extends KaitaiStruct {
        public static L1Entry fromFile(String fileName) throws IOException {
            return new L1Entry(new ByteBufferKaitaiStream(fileName));
        }

        public L1Entry(KaitaiStream _io) {
            this(_io, null, null);
        }

        public L1Entry(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public L1Entry(KaitaiStream _io, KaitaiStruct _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.copied = this._io.readBitsIntBe(1) != 0;
            this.reservedHi = this._io.readBitsIntBe(7);
            this.offsetHi = this._io.readBitsIntBe(24);
            this.offsetLo = this._io.readBitsIntBe(23);
            this.reservedLo = this._io.readBitsIntBe(9);
        }

        public void _fetchInstances() {
            l2Table();
            if (this.l2Table != null) {
                this.l2Table._fetchInstances();
            }
        }
        private Long l2Offset;

        /**
         * Host offset of the L2 table; 0 when the whole range is unallocated.
         */
        public Long l2Offset() {
            if (this.l2Offset != null)
                return this.l2Offset;
            this.l2Offset = ((Number) (((Number) (((Number) (offsetHi())).longValue() * 4294967296L + ((Number) (offsetLo())).longValue() * 512)).longValue())).longValue();
            return this.l2Offset;
        }
        private L2Table l2Table;

        /**
         * The L2 table this entry points at.
         */
        public L2Table l2Table() {
            if (this.l2Table != null)
                return this.l2Table;
            if (l2Offset() != 0) {
                KaitaiStream io = _root()._io();
                long _pos = io.pos();
                io.seek(l2Offset());
                KaitaiStream _io_l2Table = io.substream(_root().clusterSize());
                this.l2Table = new L2Table(_io_l2Table, this, _root);
                io.seek(_pos);
            }
            return this.l2Table;
        }
        private boolean copied;
        private long reservedHi;
        private long offsetHi;
        private long offsetLo;
        private long reservedLo;
        private Qcow2 _root;
        private KaitaiStruct _parent;

        /**
         * Bit 63, the L2 table's refcount is exactly one (only kept right in the active table).
         */
        public boolean copied() { return copied; }

        /**
         * Bits 62..56, zero.
         */
        public long reservedHi() { return reservedHi; }

        /**
         * Bits 55..32 of the L2 table offset.
         */
        public long offsetHi() { return offsetHi; }

        /**
         * Bits 31..9 of the L2 table offset.
         */
        public long offsetLo() { return offsetLo; }

        /**
         * Bits 8..0, zero.
         */
        public long reservedLo() { return reservedLo; }
        public Qcow2 _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * A 64-bit L2 entry, mapping one guest cluster. Bits 61..0 are a
     * standard or a compressed cluster descriptor, as bit 62 says; the
     * instances give the fields of the one that applies.
     * @see <a href="https://www.qemu.org/docs/master/interop/qcow2.html#cluster-mapping">Source</a>
     */
    public static class L2Entry extends KaitaiStruct {
        public static L2Entry fromFile(String fileName) throws IOException {
            return new L2Entry(new ByteBufferKaitaiStream(fileName));
        }

        public L2Entry(KaitaiStream _io) {
            this(_io, null, null);
        }

        public L2Entry(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public L2Entry(KaitaiStream _io, KaitaiStruct _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.copied = this._io.readBitsIntBe(1) != 0;
            this.compressed = this._io.readBitsIntBe(1) != 0;
            this.descriptorHi = this._io.readBitsIntBe(30);
            this.descriptorLo = this._io.readU4be();
        }

        public void _fetchInstances() {
        }
        private Long compressedOffset;

        /**
         * Compressed descriptor, host byte offset of the compressed data (not aligned).
         */
        public Long compressedOffset() {
            if (this.compressedOffset != null)
                return this.compressedOffset;
            if (compressed()) {
                this.compressedOffset = ((Number) (((Number) (((Number) (KaitaiStream.mod(descriptorHi(), 1 << compressedShift()))).longValue() * 4294967296L + ((Number) (descriptorLo())).longValue())).longValue())).longValue();
            }
            return this.compressedOffset;
        }
        private Integer compressedShift;

        /**
         * Low bits of `descriptor_hi` that belong to the compressed offset (the offset takes the low 70 - cluster_bits bits).
         */
        public Integer compressedShift() {
            if (this.compressedShift != null)
                return this.compressedShift;
            if (compressed()) {
                this.compressedShift = ((Number) (38 - _root().header().clusterBits())).intValue();
            }
            return this.compressedShift;
        }
        private Long hostOffset;

        /**
         * Standard descriptor, bits 55..9: host cluster offset (in the data
         * file when there is one); 0 when unallocated.
         */
        public Long hostOffset() {
            if (this.hostOffset != null)
                return this.hostOffset;
            if (!(compressed())) {
                this.hostOffset = ((Number) (((Number) (((Number) (KaitaiStream.mod(descriptorHi(), 16777216))).longValue() * 4294967296L + ((Number) (descriptorLo() - KaitaiStream.mod(descriptorLo(), 512))).longValue())).longValue())).longValue();
            }
            return this.hostOffset;
        }
        private Integer lenCompressedMax;

        /**
         * Bytes from `compressed_offset` to the end of the last sector; the compressed data ends within them.
         */
        public Integer lenCompressedMax() {
            if (this.lenCompressedMax != null)
                return this.lenCompressedMax;
            if (compressed()) {
                this.lenCompressedMax = ((Number) ((((Number) (numAdditionalSectors())).longValue() + 1) * 512 - ((Number) (KaitaiStream.mod(compressedOffset(), 512))).longValue())).intValue();
            }
            return this.lenCompressedMax;
        }
        private Integer numAdditionalSectors;

        /**
         * Compressed descriptor, 512-byte sectors used after the one holding `compressed_offset`.
         */
        public Integer numAdditionalSectors() {
            if (this.numAdditionalSectors != null)
                return this.numAdditionalSectors;
            if (compressed()) {
                this.numAdditionalSectors = ((Number) (descriptorHi() >> compressedShift())).intValue();
            }
            return this.numAdditionalSectors;
        }
        private Integer reserved;

        /**
         * Standard descriptor, bits 61..56 and 8..1 (zero in a valid image).
         */
        public Integer reserved() {
            if (this.reserved != null)
                return this.reserved;
            if (!(compressed())) {
                this.reserved = ((Number) (((Number) (descriptorHi() / 16777216)).longValue() * 256 + ((Number) (KaitaiStream.mod(descriptorLo() / 2, 256))).longValue())).intValue();
            }
            return this.reserved;
        }
        private Boolean zero;

        /**
         * Standard descriptor, bit 0, the cluster reads as zeros (version 3 without extended L2 only).
         */
        public Boolean zero() {
            if (this.zero != null)
                return this.zero;
            if (!(compressed())) {
                this.zero = KaitaiStream.mod(descriptorLo(), 2) == 1;
            }
            return this.zero;
        }
        private boolean copied;
        private boolean compressed;
        private long descriptorHi;
        private long descriptorLo;
        private Qcow2 _root;
        private KaitaiStruct _parent;

        /**
         * Bit 63, a standard cluster whose refcount is exactly one.
         */
        public boolean copied() { return copied; }

        /**
         * Bit 62, the cluster is compressed.
         */
        public boolean compressed() { return compressed; }

        /**
         * Bits 61..32 of the cluster descriptor.
         */
        public long descriptorHi() { return descriptorHi; }

        /**
         * Bits 31..0 of the cluster descriptor.
         */
        public long descriptorLo() { return descriptorLo; }
        public Qcow2 _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * An L2 table, one cluster of L2 entries (standard or extended).
     */
    public static class L2Table extends KaitaiStruct {
        public static L2Table fromFile(String fileName) throws IOException {
            return new L2Table(new ByteBufferKaitaiStream(fileName));
        }

        public L2Table(KaitaiStream _io) {
            this(_io, null, null);
        }

        public L2Table(KaitaiStream _io, Qcow2.L1Entry _parent) {
            this(_io, _parent, null);
        }

        public L2Table(KaitaiStream _io, Qcow2.L1Entry _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.entries = new ArrayList<KaitaiStruct>();
            for (int i = 0; i < _root().numL2Entries(); i++) {
                {
                    boolean on = _root().isExtendedL2();
                    if (on == false) {
                        this.entries.add(new L2Entry(this._io, this, _root));
                    }
                    else if (on == true) {
                        this.entries.add(new ExtendedL2Entry(this._io, this, _root));
                    }
                }
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.entries.size(); i++) {
                {
                    boolean on = _root().isExtendedL2();
                    if (on == false) {
                        ((L2Entry) (this.entries.get(((Number) (i)).intValue())))._fetchInstances();
                    }
                    else if (on == true) {
                        ((ExtendedL2Entry) (this.entries.get(((Number) (i)).intValue())))._fetchInstances();
                    }
                }
            }
        }
        private List<KaitaiStruct> entries;
        private Qcow2 _root;
        private Qcow2.L1Entry _parent;

        /**
         * The entries, one per guest cluster.
         */
        public List<KaitaiStruct> entries() { return entries; }
        public Qcow2 _root() { return _root; }
        public Qcow2.L1Entry _parent() { return _parent; }
    }

    /**
     * One cluster of refcounts, 1 << refcount_order bits each. Refcounts
     * narrower than a byte are packed from the least significant bit of each
     * byte; wider ones are big-endian.
     */
    public static class RefcountBlock extends KaitaiStruct {
        public static RefcountBlock fromFile(String fileName) throws IOException {
            return new RefcountBlock(new ByteBufferKaitaiStream(fileName));
        }

        public RefcountBlock(KaitaiStream _io) {
            this(_io, null, null);
        }

        public RefcountBlock(KaitaiStream _io, Qcow2.RefcountTableEntry _parent) {
            this(_io, _parent, null);
        }

        public RefcountBlock(KaitaiStream _io, Qcow2.RefcountTableEntry _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            if (_root().refcountOrder() < 3) {
                this.packedRefcounts = new ArrayList<KaitaiStruct>();
                for (int i = 0; i < _root().clusterSize(); i++) {
                    switch (((Number) (_root().refcountOrder())).intValue()) {
                    case 0: {
                        this.packedRefcounts.add(new RefcountByte1(this._io, this, _root));
                        break;
                    }
                    case 1: {
                        this.packedRefcounts.add(new RefcountByte2(this._io, this, _root));
                        break;
                    }
                    case 2: {
                        this.packedRefcounts.add(new RefcountByte4(this._io, this, _root));
                        break;
                    }
                    }
                }
            }
            if (_root().refcountOrder() == 3) {
                this.refcountsB8 = new ArrayList<Integer>();
                for (int i = 0; i < _root().clusterSize(); i++) {
                    this.refcountsB8.add(this._io.readU1());
                }
            }
            if (_root().refcountOrder() == 4) {
                this.refcountsB16 = new ArrayList<Integer>();
                for (int i = 0; i < _root().clusterSize() / 2; i++) {
                    this.refcountsB16.add(this._io.readU2be());
                }
            }
            if (_root().refcountOrder() == 5) {
                this.refcountsB32 = new ArrayList<Long>();
                for (int i = 0; i < _root().clusterSize() / 4; i++) {
                    this.refcountsB32.add(this._io.readU4be());
                }
            }
            if (_root().refcountOrder() == 6) {
                this.refcountsB64 = new ArrayList<Long>();
                for (int i = 0; i < _root().clusterSize() / 8; i++) {
                    this.refcountsB64.add(this._io.readU8be());
                }
            }
        }

        public void _fetchInstances() {
            if (_root().refcountOrder() < 3) {
                for (int i = 0; i < this.packedRefcounts.size(); i++) {
                    switch (((Number) (_root().refcountOrder())).intValue()) {
                    case 0: {
                        ((RefcountByte1) (this.packedRefcounts.get(((Number) (i)).intValue())))._fetchInstances();
                        break;
                    }
                    case 1: {
                        ((RefcountByte2) (this.packedRefcounts.get(((Number) (i)).intValue())))._fetchInstances();
                        break;
                    }
                    case 2: {
                        ((RefcountByte4) (this.packedRefcounts.get(((Number) (i)).intValue())))._fetchInstances();
                        break;
                    }
                    }
                }
            }
            if (_root().refcountOrder() == 3) {
                for (int i = 0; i < this.refcountsB8.size(); i++) {
                }
            }
            if (_root().refcountOrder() == 4) {
                for (int i = 0; i < this.refcountsB16.size(); i++) {
                }
            }
            if (_root().refcountOrder() == 5) {
                for (int i = 0; i < this.refcountsB32.size(); i++) {
                }
            }
            if (_root().refcountOrder() == 6) {
                for (int i = 0; i < this.refcountsB64.size(); i++) {
                }
            }
        }
        private List<KaitaiStruct> packedRefcounts;
        private List<Integer> refcountsB8;
        private List<Integer> refcountsB16;
        private List<Long> refcountsB32;
        private List<Long> refcountsB64;
        private Qcow2 _root;
        private Qcow2.RefcountTableEntry _parent;

        /**
         * For 1-, 2- and 4-bit refcounts, one entry per byte, holding 8, 4 or 2 refcounts.
         */
        public List<KaitaiStruct> packedRefcounts() { return packedRefcounts; }

        /**
         * 8-bit refcounts, one per host cluster.
         */
        public List<Integer> refcountsB8() { return refcountsB8; }

        /**
         * 16-bit refcounts (QEMU's default), one per host cluster.
         */
        public List<Integer> refcountsB16() { return refcountsB16; }

        /**
         * 32-bit refcounts, one per host cluster.
         */
        public List<Long> refcountsB32() { return refcountsB32; }

        /**
         * 64-bit refcounts, one per host cluster (exact in JavaScript below 2^53).
         */
        public List<Long> refcountsB64() { return refcountsB64; }
        public Qcow2 _root() { return _root; }
        public Qcow2.RefcountTableEntry _parent() { return _parent; }
    }

    /**
     * A byte of eight 1-bit refcounts, the first in the least significant bit.
     */
    public static class RefcountByte1 extends KaitaiStruct {
        public static RefcountByte1 fromFile(String fileName) throws IOException {
            return new RefcountByte1(new ByteBufferKaitaiStream(fileName));
        }

        public RefcountByte1(KaitaiStream _io) {
            this(_io, null, null);
        }

        public RefcountByte1(KaitaiStream _io, Qcow2.RefcountBlock _parent) {
            this(_io, _parent, null);
        }

        public RefcountByte1(KaitaiStream _io, Qcow2.RefcountBlock _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.refcounts = new ArrayList<Boolean>();
            for (int i = 0; i < 8; i++) {
                this.refcounts.add(this._io.readBitsIntLe(1) != 0);
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.refcounts.size(); i++) {
            }
        }
        private List<Boolean> refcounts;
        private Qcow2 _root;
        private Qcow2.RefcountBlock _parent;

        /**
         * The counts, 0 or 1 (booleans in the generated code).
         */
        public List<Boolean> refcounts() { return refcounts; }
        public Qcow2 _root() { return _root; }
        public Qcow2.RefcountBlock _parent() { return _parent; }
    }

    /**
     * A byte of four 2-bit refcounts, the first in the lowest bits.
     */
    public static class RefcountByte2 extends KaitaiStruct {
        public static RefcountByte2 fromFile(String fileName) throws IOException {
            return new RefcountByte2(new ByteBufferKaitaiStream(fileName));
        }

        public RefcountByte2(KaitaiStream _io) {
            this(_io, null, null);
        }

        public RefcountByte2(KaitaiStream _io, Qcow2.RefcountBlock _parent) {
            this(_io, _parent, null);
        }

        public RefcountByte2(KaitaiStream _io, Qcow2.RefcountBlock _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.refcounts = new ArrayList<Long>();
            for (int i = 0; i < 4; i++) {
                this.refcounts.add(this._io.readBitsIntLe(2));
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.refcounts.size(); i++) {
            }
        }
        private List<Long> refcounts;
        private Qcow2 _root;
        private Qcow2.RefcountBlock _parent;

        /**
         * The counts.
         */
        public List<Long> refcounts() { return refcounts; }
        public Qcow2 _root() { return _root; }
        public Qcow2.RefcountBlock _parent() { return _parent; }
    }

    /**
     * A byte of two 4-bit refcounts, the first in the low nibble.
     */
    public static class RefcountByte4 extends KaitaiStruct {
        public static RefcountByte4 fromFile(String fileName) throws IOException {
            return new RefcountByte4(new ByteBufferKaitaiStream(fileName));
        }

        public RefcountByte4(KaitaiStream _io) {
            this(_io, null, null);
        }

        public RefcountByte4(KaitaiStream _io, Qcow2.RefcountBlock _parent) {
            this(_io, _parent, null);
        }

        public RefcountByte4(KaitaiStream _io, Qcow2.RefcountBlock _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.refcounts = new ArrayList<Long>();
            for (int i = 0; i < 2; i++) {
                this.refcounts.add(this._io.readBitsIntLe(4));
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.refcounts.size(); i++) {
            }
        }
        private List<Long> refcounts;
        private Qcow2 _root;
        private Qcow2.RefcountBlock _parent;

        /**
         * The counts.
         */
        public List<Long> refcounts() { return refcounts; }
        public Qcow2 _root() { return _root; }
        public Qcow2.RefcountBlock _parent() { return _parent; }
    }

    /**
     * One entry of the refcount table, pointing at a refcount block.
     * @see <a href="https://www.qemu.org/docs/master/interop/qcow2.html#host-cluster-management">Source</a>
     */
    public static class RefcountTableEntry extends KaitaiStruct {
        public static RefcountTableEntry fromFile(String fileName) throws IOException {
            return new RefcountTableEntry(new ByteBufferKaitaiStream(fileName));
        }

        public RefcountTableEntry(KaitaiStream _io) {
            this(_io, null, null);
        }

        public RefcountTableEntry(KaitaiStream _io, Qcow2 _parent) {
            this(_io, _parent, null);
        }

        public RefcountTableEntry(KaitaiStream _io, Qcow2 _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.offsetHi = this._io.readBitsIntBe(32);
            this.offsetLo = this._io.readBitsIntBe(23);
            this.reserved = this._io.readBitsIntBe(9);
        }

        public void _fetchInstances() {
            refcountBlock();
            if (this.refcountBlock != null) {
                this.refcountBlock._fetchInstances();
            }
        }
        private Long blockOffset;

        /**
         * Host offset of the refcount block; 0 when not allocated (all its refcounts are 0).
         */
        public Long blockOffset() {
            if (this.blockOffset != null)
                return this.blockOffset;
            this.blockOffset = ((Number) (((Number) (((Number) (offsetHi())).longValue() * 4294967296L + ((Number) (offsetLo())).longValue() * 512)).longValue())).longValue();
            return this.blockOffset;
        }
        private RefcountBlock refcountBlock;

        /**
         * The refcount block.
         */
        public RefcountBlock refcountBlock() {
            if (this.refcountBlock != null)
                return this.refcountBlock;
            if (blockOffset() != 0) {
                KaitaiStream io = _root()._io();
                long _pos = io.pos();
                io.seek(blockOffset());
                KaitaiStream _io_refcountBlock = io.substream(_root().clusterSize());
                this.refcountBlock = new RefcountBlock(_io_refcountBlock, this, _root);
                io.seek(_pos);
            }
            return this.refcountBlock;
        }
        private long offsetHi;
        private long offsetLo;
        private long reserved;
        private Qcow2 _root;
        private Qcow2 _parent;

        /**
         * Bits 63..32 of the refcount block offset.
         */
        public long offsetHi() { return offsetHi; }

        /**
         * Bits 31..9 of the refcount block offset.
         */
        public long offsetLo() { return offsetLo; }

        /**
         * Bits 8..0, zero.
         */
        public long reserved() { return reserved; }
        public Qcow2 _root() { return _root; }
        public Qcow2 _parent() { return _parent; }
    }

    /**
     * One entry of the snapshot table (variable length, padded to 8 bytes).
     * @see <a href="https://www.qemu.org/docs/master/interop/qcow2.html#snapshots">Source</a>
     */
    public static class Snapshot extends KaitaiStruct {
        public static Snapshot fromFile(String fileName) throws IOException {
            return new Snapshot(new ByteBufferKaitaiStream(fileName));
        }

        public Snapshot(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Snapshot(KaitaiStream _io, Qcow2 _parent) {
            this(_io, _parent, null);
        }

        public Snapshot(KaitaiStream _io, Qcow2 _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.l1TableOffset = this._io.readU8be();
            this.numL1Entries = this._io.readU4be();
            this.lenId = this._io.readU2be();
            this.lenName = this._io.readU2be();
            this.dateSec = this._io.readU4be();
            this.dateNsec = this._io.readU4be();
            this.vmClockNsec = this._io.readU8be();
            this.vmStateSizeSmall = this._io.readU4be();
            this.lenExtraData = this._io.readU4be();
            KaitaiStream _io_extraData = this._io.substream(lenExtraData());
            this.extraData = new SnapshotExtraData(_io_extraData, this, _root);
            this.id = this._io.readBytes(lenId());
            this.name = this._io.readBytes(lenName());
            this.padding = this._io.readBytes((((Number) (lenPadding())).longValue() <= _io().size() - _io().pos() ? ((Number) (lenPadding())).longValue() : _io().size() - _io().pos()));
        }

        public void _fetchInstances() {
            this.extraData._fetchInstances();
            l1Table();
            if (this.l1Table != null) {
                for (int i = 0; i < this.l1Table.size(); i++) {
                    this.l1Table.get(((Number) (i)).intValue())._fetchInstances();
                }
            }
        }
        private List<L1Entry> l1Table;

        /**
         * The snapshot's L1 table.
         */
        public List<L1Entry> l1Table() {
            if (this.l1Table != null)
                return this.l1Table;
            KaitaiStream io = _root()._io();
            long _pos = io.pos();
            io.seek(l1TableOffset());
            this.l1Table = new ArrayList<L1Entry>();
            for (int i = 0; i < numL1Entries(); i++) {
                this.l1Table.add(new L1Entry(io, this, _root));
            }
            io.seek(_pos);
            return this.l1Table;
        }
        private Integer lenPadding;

        /**
         * Bytes of padding the entry should have.
         */
        public Integer lenPadding() {
            if (this.lenPadding != null)
                return this.lenPadding;
            this.lenPadding = ((Number) (KaitaiStream.mod(8 - KaitaiStream.mod(((40 + ((Number) (lenExtraData())).longValue()) + ((Number) (lenId())).longValue()) + ((Number) (lenName())).longValue(), 8), 8))).intValue();
            return this.lenPadding;
        }
        private long l1TableOffset;
        private long numL1Entries;
        private int lenId;
        private int lenName;
        private long dateSec;
        private long dateNsec;
        private long vmClockNsec;
        private long vmStateSizeSmall;
        private long lenExtraData;
        private SnapshotExtraData extraData;
        private byte[] id;
        private byte[] name;
        private byte[] padding;
        private Qcow2 _root;
        private Qcow2 _parent;

        /**
         * Where this snapshot's L1 table starts.
         */
        public long l1TableOffset() { return l1TableOffset; }

        /**
         * Entries in this snapshot's L1 table.
         */
        public long numL1Entries() { return numL1Entries; }

        /**
         * Length of the unique ID string.
         */
        public int lenId() { return lenId; }

        /**
         * Length of the name.
         */
        public int lenName() { return lenName; }

        /**
         * When the snapshot was taken, seconds since the Epoch.
         */
        public long dateSec() { return dateSec; }

        /**
         * Nanoseconds part of that time.
         */
        public long dateNsec() { return dateNsec; }

        /**
         * Guest run time until the snapshot, in nanoseconds.
         */
        public long vmClockNsec() { return vmClockNsec; }

        /**
         * VM state size in bytes (ignored when the extra data has the 64-bit size).
         */
        public long vmStateSizeSmall() { return vmStateSizeSmall; }

        /**
         * Length of the extra data.
         */
        public long lenExtraData() { return lenExtraData; }

        /**
         * Extra data (version 3 images have at least 16 bytes).
         */
        public SnapshotExtraData extraData() { return extraData; }

        /**
         * Unique ID of the snapshot (QEMU writes a decimal number). Bytes: QEMU
         * takes them as a C string (up to a NUL, if any) and never checks that
         * they are UTF-8.
         */
        public byte[] id() { return id; }

        /**
         * Name of the snapshot. Bytes: QEMU takes them as a C string (up to a
         * NUL, if any) and never checks that they are UTF-8.
         */
        public byte[] name() { return name; }

        /**
         * Padding to a multiple of 8 bytes. QEMU does not write it after the
         * last entry when the table ends the file (`qemu-img snapshot -c`
         * leaves such images), so it is as long as the file allows.
         */
        public byte[] padding() { return padding; }
        public Qcow2 _root() { return _root; }
        public Qcow2 _parent() { return _parent; }
    }

    /**
     * The known fields of a snapshot's extra data; anything after them is kept as bytes.
     */
    public static class SnapshotExtraData extends KaitaiStruct {
        public static SnapshotExtraData fromFile(String fileName) throws IOException {
            return new SnapshotExtraData(new ByteBufferKaitaiStream(fileName));
        }

        public SnapshotExtraData(KaitaiStream _io) {
            this(_io, null, null);
        }

        public SnapshotExtraData(KaitaiStream _io, Qcow2.Snapshot _parent) {
            this(_io, _parent, null);
        }

        public SnapshotExtraData(KaitaiStream _io, Qcow2.Snapshot _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            if (_io().size() >= 8) {
                this.vmStateSize = this._io.readU8be();
            }
            if (_io().size() >= 16) {
                this.diskSize = this._io.readU8be();
            }
            if (_io().size() >= 24) {
                this.icount = this._io.readS8be();
            }
            this.unknown = this._io.readBytesFull();
        }

        public void _fetchInstances() {
            if (_io().size() >= 8) {
            }
            if (_io().size() >= 16) {
            }
            if (_io().size() >= 24) {
            }
        }
        private Long vmStateSize;
        private Long diskSize;
        private Long icount;
        private byte[] unknown;
        private Qcow2 _root;
        private Qcow2.Snapshot _parent;

        /**
         * VM state size in bytes (replaces the 32-bit field).
         */
        public Long vmStateSize() { return vmStateSize; }

        /**
         * Virtual disk size when the snapshot was taken.
         */
        public Long diskSize() { return diskSize; }

        /**
         * Record/replay instruction count at the snapshot, -1 when icount was off.
         */
        public Long icount() { return icount; }

        /**
         * Extra data this spec does not know.
         */
        public byte[] unknown() { return unknown; }
        public Qcow2 _root() { return _root; }
        public Qcow2.Snapshot _parent() { return _parent; }
    }

    /**
     * A string extension (backing format, data file name), not NUL-terminated.
     */
    public static class StringExtension extends KaitaiStruct {
        public static StringExtension fromFile(String fileName) throws IOException {
            return new StringExtension(new ByteBufferKaitaiStream(fileName));
        }

        public StringExtension(KaitaiStream _io) {
            this(_io, null, null);
        }

        public StringExtension(KaitaiStream _io, Qcow2.HeaderExtension _parent) {
            this(_io, _parent, null);
        }

        public StringExtension(KaitaiStream _io, Qcow2.HeaderExtension _parent, Qcow2 _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.value = this._io.readBytesFull();
        }

        public void _fetchInstances() {
        }
        private byte[] value;
        private Qcow2 _root;
        private Qcow2.HeaderExtension _parent;

        /**
         * The string's bytes. QEMU takes them as a C string (up to a NUL, if
         * any) and never checks that they are UTF-8.
         */
        public byte[] value() { return value; }
        public Qcow2 _root() { return _root; }
        public Qcow2.HeaderExtension _parent() { return _parent; }
    }
    private byte[] backingFileName;

    /**
     * Name of the backing file (not NUL-terminated), usually in the first
     * cluster. Bytes: QEMU takes them as a C string (up to a NUL, if any) and
     * never checks that they are UTF-8.
     */
    public byte[] backingFileName() {
        if (this.backingFileName != null)
            return this.backingFileName;
        if (header().backingFileOffset() != 0) {
            long _pos = this._io.pos();
            this._io.seek(header().backingFileOffset());
            this.backingFileName = this._io.readBytes(header().lenBackingFileName());
            this._io.seek(_pos);
        }
        return this.backingFileName;
    }
    private Integer clusterSize;

    /**
     * Size of a cluster in bytes.
     */
    public Integer clusterSize() {
        if (this.clusterSize != null)
            return this.clusterSize;
        this.clusterSize = ((Number) (1 << header().clusterBits())).intValue();
        return this.clusterSize;
    }
    private HeaderExtensionArea headerExtensions;

    /**
     * The header extensions, between the header and the end of the first cluster.
     */
    public HeaderExtensionArea headerExtensions() {
        if (this.headerExtensions != null)
            return this.headerExtensions;
        long _pos = this._io.pos();
        this._io.seek(lenHeader());
        KaitaiStream _io_headerExtensions = this._io.substream(((Number) (clusterSize())).longValue() - ((Number) (lenHeader())).longValue());
        this.headerExtensions = new HeaderExtensionArea(_io_headerExtensions, this, _root);
        this._io.seek(_pos);
        return this.headerExtensions;
    }
    private Boolean isExtendedL2;

    /**
     * L2 entries are 128-bit, with subcluster bitmaps.
     */
    public Boolean isExtendedL2() {
        if (this.isExtendedL2 != null)
            return this.isExtendedL2;
        this.isExtendedL2 =  ((header().version() >= 3) && (header().incompatibleFeatures().extendedL2())) ;
        return this.isExtendedL2;
    }
    private List<L1Entry> l1Table;

    /**
     * The active L1 table.
     */
    public List<L1Entry> l1Table() {
        if (this.l1Table != null)
            return this.l1Table;
        long _pos = this._io.pos();
        this._io.seek(header().l1TableOffset());
        this.l1Table = new ArrayList<L1Entry>();
        for (int i = 0; i < header().numL1Entries(); i++) {
            this.l1Table.add(new L1Entry(this._io, this, _root));
        }
        this._io.seek(_pos);
        return this.l1Table;
    }
    private Long lenHeader;

    /**
     * Bytes the header occupies; the header extensions start here.
     */
    public Long lenHeader() {
        if (this.lenHeader != null)
            return this.lenHeader;
        this.lenHeader = ((Number) ((header().version() >= 3 ? header().headerLength() : 72))).longValue();
        return this.lenHeader;
    }
    private Integer numL2Entries;

    /**
     * Entries per L2 table.
     */
    public Integer numL2Entries() {
        if (this.numL2Entries != null)
            return this.numL2Entries;
        this.numL2Entries = ((Number) (((Number) (clusterSize())).longValue() / ((Number) ((isExtendedL2() ? 16 : 8))).longValue())).intValue();
        return this.numL2Entries;
    }
    private Long refcountOrder;

    /**
     * Width of a refcount as a power of two (version 2 images always use 16-bit refcounts).
     */
    public Long refcountOrder() {
        if (this.refcountOrder != null)
            return this.refcountOrder;
        this.refcountOrder = ((Number) ((header().version() >= 3 ? header().refcountOrder() : 4))).longValue();
        return this.refcountOrder;
    }
    private List<RefcountTableEntry> refcountTable;

    /**
     * The refcount table, first level of the host cluster reference counts.
     */
    public List<RefcountTableEntry> refcountTable() {
        if (this.refcountTable != null)
            return this.refcountTable;
        long _pos = this._io.pos();
        this._io.seek(header().refcountTableOffset());
        this.refcountTable = new ArrayList<RefcountTableEntry>();
        for (int i = 0; i < (((Number) (header().refcountTableClusters())).longValue() * ((Number) (clusterSize())).longValue()) / 8; i++) {
            this.refcountTable.add(new RefcountTableEntry(this._io, this, _root));
        }
        this._io.seek(_pos);
        return this.refcountTable;
    }
    private List<Snapshot> snapshots;

    /**
     * The snapshot table.
     */
    public List<Snapshot> snapshots() {
        if (this.snapshots != null)
            return this.snapshots;
        if (header().numSnapshots() != 0) {
            long _pos = this._io.pos();
            this._io.seek(header().snapshotsOffset());
            this.snapshots = new ArrayList<Snapshot>();
            for (int i = 0; i < header().numSnapshots(); i++) {
                this.snapshots.add(new Snapshot(this._io, this, _root));
            }
            this._io.seek(_pos);
        }
        return this.snapshots;
    }
    private Header header;
    private Qcow2 _root;
    private KaitaiStruct _parent;

    /**
     * The image header in the first cluster.
     */
    public Header header() { return header; }
    public Qcow2 _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
