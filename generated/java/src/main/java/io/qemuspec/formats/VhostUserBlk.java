// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.Map;
import java.util.HashMap;


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
 * @see "Virtio 1.2, section 5.2 "Block Device""
 */
public class VhostUserBlk extends KaitaiStruct {
    public static VhostUserBlk fromFile(String fileName) throws IOException {
        return new VhostUserBlk(new ByteBufferKaitaiStream(fileName));
    }

    public enum BlkFeature {
        BARRIER(0),
        SIZE_MAX(1),
        SEG_MAX(2),
        GEOMETRY(4),
        RO(5),
        BLK_SIZE(6),
        SCSI(7),
        FLUSH(9),
        TOPOLOGY(10),
        CONFIG_WCE(11),
        MQ(12),
        DISCARD(13),
        WRITE_ZEROES(14),
        LIFETIME(15),
        SECURE_ERASE(16),
        ZONED(17);

        private final long id;
        BlkFeature(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, BlkFeature> byId = new HashMap<Long, BlkFeature>(16);
        static {
            for (BlkFeature e : BlkFeature.values())
                byId.put(e.id(), e);
        }
        public static BlkFeature byId(long id) { return byId.get(id); }
    }

    public enum RequestType {
        READ(0),
        WRITE(1),
        FLUSH(4),
        GET_ID(8),
        GET_LIFETIME(10),
        DISCARD(11),
        WRITE_ZEROES(13),
        SECURE_ERASE(14),
        ZONE_APPEND(15),
        ZONE_REPORT(16),
        ZONE_OPEN(18),
        ZONE_CLOSE(20),
        ZONE_FINISH(22),
        ZONE_RESET(24),
        ZONE_RESET_ALL(26);

        private final long id;
        RequestType(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, RequestType> byId = new HashMap<Long, RequestType>(15);
        static {
            for (RequestType e : RequestType.values())
                byId.put(e.id(), e);
        }
        public static RequestType byId(long id) { return byId.get(id); }
    }

    public enum Status {
        OK(0),
        IOERR(1),
        UNSUPP(2),
        ZONE_INVALID_CMD(3),
        ZONE_UNALIGNED_WP(4),
        ZONE_OPEN_RESOURCE(5),
        ZONE_ACTIVE_RESOURCE(6);

        private final long id;
        Status(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Status> byId = new HashMap<Long, Status>(7);
        static {
            for (Status e : Status.values())
                byId.put(e.id(), e);
        }
        public static Status byId(long id) { return byId.get(id); }
    }

    public VhostUserBlk(KaitaiStream _io) {
        this(_io, null, null);
    }

    public VhostUserBlk(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public VhostUserBlk(KaitaiStream _io, KaitaiStruct _parent, VhostUserBlk _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.numSectors = this._io.readU8le();
        if (_io().size() >= 12) {
            this.maxSegmentSize = this._io.readU4le();
        }
        if (_io().size() >= 16) {
            this.maxSegments = this._io.readU4le();
        }
        if (_io().size() >= 20) {
            this.geometry = new Geometry(this._io, this, _root);
        }
        if (_io().size() >= 24) {
            this.lenBlock = this._io.readU4le();
        }
        if (_io().size() >= 32) {
            this.topology = new Topology(this._io, this, _root);
        }
        if (_io().size() >= 33) {
            this.writeback = this._io.readU1();
        }
        if (_io().size() >= 34) {
            this.unused0 = this._io.readU1();
        }
        if (_io().size() >= 36) {
            this.numQueues = this._io.readU2le();
        }
        if (_io().size() >= 40) {
            this.maxDiscardSectors = this._io.readU4le();
        }
        if (_io().size() >= 44) {
            this.maxDiscardSegments = this._io.readU4le();
        }
        if (_io().size() >= 48) {
            this.discardSectorAlignment = this._io.readU4le();
        }
        if (_io().size() >= 52) {
            this.maxWriteZeroesSectors = this._io.readU4le();
        }
        if (_io().size() >= 56) {
            this.maxWriteZeroesSegments = this._io.readU4le();
        }
        if (_io().size() >= 57) {
            this.writeZeroesMayUnmap = this._io.readU1();
        }
        if (_io().size() >= 60) {
            this.unused1 = this._io.readBytes(3);
        }
        if (_io().size() >= 64) {
            this.maxSecureEraseSectors = this._io.readU4le();
        }
        if (_io().size() >= 68) {
            this.maxSecureEraseSegments = this._io.readU4le();
        }
        if (_io().size() >= 72) {
            this.secureEraseSectorAlignment = this._io.readU4le();
        }
        if (_io().size() >= 96) {
            this.zoned = new ZonedCharacteristics(this._io, this, _root);
        }
    }

    public void _fetchInstances() {
        if (_io().size() >= 12) {
        }
        if (_io().size() >= 16) {
        }
        if (_io().size() >= 20) {
            this.geometry._fetchInstances();
        }
        if (_io().size() >= 24) {
        }
        if (_io().size() >= 32) {
            this.topology._fetchInstances();
        }
        if (_io().size() >= 33) {
        }
        if (_io().size() >= 34) {
        }
        if (_io().size() >= 36) {
        }
        if (_io().size() >= 40) {
        }
        if (_io().size() >= 44) {
        }
        if (_io().size() >= 48) {
        }
        if (_io().size() >= 52) {
        }
        if (_io().size() >= 56) {
        }
        if (_io().size() >= 57) {
        }
        if (_io().size() >= 60) {
        }
        if (_io().size() >= 64) {
        }
        if (_io().size() >= 68) {
        }
        if (_io().size() >= 72) {
        }
        if (_io().size() >= 96) {
            this.zoned._fetchInstances();
        }
    }

    /**
     * Legacy cylinders/heads/sectors geometry.
     * @see "Virtio 1.2, section 5.2.4 "Device configuration layout""
     */
    public static class Geometry extends KaitaiStruct {
        public static Geometry fromFile(String fileName) throws IOException {
            return new Geometry(new ByteBufferKaitaiStream(fileName));
        }

        public Geometry(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Geometry(KaitaiStream _io, VhostUserBlk _parent) {
            this(_io, _parent, null);
        }

        public Geometry(KaitaiStream _io, VhostUserBlk _parent, VhostUserBlk _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.numCylinders = this._io.readU2le();
            this.numHeads = this._io.readU1();
            this.numSectorsPerTrack = this._io.readU1();
        }

        public void _fetchInstances() {
        }
        private int numCylinders;
        private int numHeads;
        private int numSectorsPerTrack;
        private VhostUserBlk _root;
        private VhostUserBlk _parent;

        /**
         * Cylinders.
         */
        public int numCylinders() { return numCylinders; }

        /**
         * Heads.
         */
        public int numHeads() { return numHeads; }

        /**
         * Sectors per track.
         */
        public int numSectorsPerTrack() { return numSectorsPerTrack; }
        public VhostUserBlk _root() { return _root; }
        public VhostUserBlk _parent() { return _parent; }
    }

    /**
     * The 16 device-readable bytes that start every request.
     * @see "Virtio 1.2, section 5.2.6 "Device Operation""
     */
    public static class RequestHeader extends KaitaiStruct {
        public static RequestHeader fromFile(String fileName) throws IOException {
            return new RequestHeader(new ByteBufferKaitaiStream(fileName));
        }

        public RequestHeader(KaitaiStream _io) {
            this(_io, null, null);
        }

        public RequestHeader(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public RequestHeader(KaitaiStream _io, KaitaiStruct _parent, VhostUserBlk _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.type = VhostUserBlk.RequestType.byId(this._io.readU4le());
            this.reserved = this._io.readU4le();
            this.sector = this._io.readU8le();
        }

        public void _fetchInstances() {
        }
        private RequestType type;
        private long reserved;
        private long sector;
        private VhostUserBlk _root;
        private KaitaiStruct _parent;

        /**
         * What to do.
         */
        public RequestType type() { return type; }

        /**
         * Zero (the I/O priority in legacy devices).
         */
        public long reserved() { return reserved; }

        /**
         * First 512-byte sector of a read or write.
         */
        public long sector() { return sector; }
        public VhostUserBlk _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * One range of a discard, write-zeroes or secure-erase request (16 bytes).
     * @see "Virtio 1.2, section 5.2.6 "Device Operation""
     */
    public static class Segment extends KaitaiStruct {
        public static Segment fromFile(String fileName) throws IOException {
            return new Segment(new ByteBufferKaitaiStream(fileName));
        }

        public Segment(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Segment(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public Segment(KaitaiStream _io, KaitaiStruct _parent, VhostUserBlk _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.sector = this._io.readU8le();
            this.numSectors = this._io.readU4le();
            this.flags = new SegmentFlags(this._io, this, _root);
        }

        public void _fetchInstances() {
            this.flags._fetchInstances();
        }
        private long sector;
        private long numSectors;
        private SegmentFlags flags;
        private VhostUserBlk _root;
        private KaitaiStruct _parent;

        /**
         * First sector.
         */
        public long sector() { return sector; }

        /**
         * Number of sectors.
         */
        public long numSectors() { return numSectors; }

        /**
         * Flags.
         */
        public SegmentFlags flags() { return flags; }
        public VhostUserBlk _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * Flags of a segment.
     * @see "Virtio 1.2, section 5.2.6 "Device Operation""
     */
    public static class SegmentFlags extends KaitaiStruct {
        public static SegmentFlags fromFile(String fileName) throws IOException {
            return new SegmentFlags(new ByteBufferKaitaiStream(fileName));
        }

        public SegmentFlags(KaitaiStream _io) {
            this(_io, null, null);
        }

        public SegmentFlags(KaitaiStream _io, VhostUserBlk.Segment _parent) {
            this(_io, _parent, null);
        }

        public SegmentFlags(KaitaiStream _io, VhostUserBlk.Segment _parent, VhostUserBlk _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.unmap = this._io.readBitsIntLe(1) != 0;
            this.reserved = this._io.readBitsIntLe(31);
        }

        public void _fetchInstances() {
        }
        private boolean unmap;
        private long reserved;
        private VhostUserBlk _root;
        private VhostUserBlk.Segment _parent;

        /**
         * Bit 0 (write zeroes), the device may deallocate the range.
         */
        public boolean unmap() { return unmap; }

        /**
         * Not defined; zero.
         */
        public long reserved() { return reserved; }
        public VhostUserBlk _root() { return _root; }
        public VhostUserBlk.Segment _parent() { return _parent; }
    }

    /**
     * How to align I/O for best performance.
     * @see "Virtio 1.2, section 5.2.4 "Device configuration layout""
     */
    public static class Topology extends KaitaiStruct {
        public static Topology fromFile(String fileName) throws IOException {
            return new Topology(new ByteBufferKaitaiStream(fileName));
        }

        public Topology(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Topology(KaitaiStream _io, VhostUserBlk _parent) {
            this(_io, _parent, null);
        }

        public Topology(KaitaiStream _io, VhostUserBlk _parent, VhostUserBlk _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.physicalBlockExp = this._io.readU1();
            this.alignmentOffset = this._io.readU1();
            this.minIoSize = this._io.readU2le();
            this.optIoSize = this._io.readU4le();
        }

        public void _fetchInstances() {
        }
        private int physicalBlockExp;
        private int alignmentOffset;
        private int minIoSize;
        private long optIoSize;
        private VhostUserBlk _root;
        private VhostUserBlk _parent;

        /**
         * Logical blocks per physical block, as a power of two.
         */
        public int physicalBlockExp() { return physicalBlockExp; }

        /**
         * Offset of the first aligned logical block.
         */
        public int alignmentOffset() { return alignmentOffset; }

        /**
         * Suggested minimum I/O size, in logical blocks.
         */
        public int minIoSize() { return minIoSize; }

        /**
         * Optimal (suggested maximum) I/O size, in logical blocks.
         */
        public long optIoSize() { return optIoSize; }
        public VhostUserBlk _root() { return _root; }
        public VhostUserBlk _parent() { return _parent; }
    }

    /**
     * Zoned block device limits.
     * @see "Virtio 1.2, section 5.2.4 "Device configuration layout""
     */
    public static class ZonedCharacteristics extends KaitaiStruct {
        public static ZonedCharacteristics fromFile(String fileName) throws IOException {
            return new ZonedCharacteristics(new ByteBufferKaitaiStream(fileName));
        }

        public ZonedCharacteristics(KaitaiStream _io) {
            this(_io, null, null);
        }

        public ZonedCharacteristics(KaitaiStream _io, VhostUserBlk _parent) {
            this(_io, _parent, null);
        }

        public ZonedCharacteristics(KaitaiStream _io, VhostUserBlk _parent, VhostUserBlk _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.zoneSectors = this._io.readU4le();
            this.maxOpenZones = this._io.readU4le();
            this.maxActiveZones = this._io.readU4le();
            this.maxAppendSectors = this._io.readU4le();
            this.writeGranularity = this._io.readU4le();
            this.model = this._io.readU1();
            this.unused2 = this._io.readBytes(3);
        }

        public void _fetchInstances() {
        }
        private long zoneSectors;
        private long maxOpenZones;
        private long maxActiveZones;
        private long maxAppendSectors;
        private long writeGranularity;
        private int model;
        private byte[] unused2;
        private VhostUserBlk _root;
        private VhostUserBlk _parent;

        /**
         * Zone size in sectors.
         */
        public long zoneSectors() { return zoneSectors; }

        /**
         * Most zones open at once.
         */
        public long maxOpenZones() { return maxOpenZones; }

        /**
         * Most zones active at once.
         */
        public long maxActiveZones() { return maxActiveZones; }

        /**
         * Largest zone append, in sectors.
         */
        public long maxAppendSectors() { return maxAppendSectors; }

        /**
         * Write granularity in bytes.
         */
        public long writeGranularity() { return writeGranularity; }

        /**
         * Zoned model (none, host-managed, host-aware).
         */
        public int model() { return model; }

        /**
         * Unused.
         */
        public byte[] unused2() { return unused2; }
        public VhostUserBlk _root() { return _root; }
        public VhostUserBlk _parent() { return _parent; }
    }
    private long numSectors;
    private Long maxSegmentSize;
    private Long maxSegments;
    private Geometry geometry;
    private Long lenBlock;
    private Topology topology;
    private Integer writeback;
    private Integer unused0;
    private Integer numQueues;
    private Long maxDiscardSectors;
    private Long maxDiscardSegments;
    private Long discardSectorAlignment;
    private Long maxWriteZeroesSectors;
    private Long maxWriteZeroesSegments;
    private Integer writeZeroesMayUnmap;
    private byte[] unused1;
    private Long maxSecureEraseSectors;
    private Long maxSecureEraseSegments;
    private Long secureEraseSectorAlignment;
    private ZonedCharacteristics zoned;
    private VhostUserBlk _root;
    private KaitaiStruct _parent;

    /**
     * Capacity in 512-byte sectors.
     */
    public long numSectors() { return numSectors; }

    /**
     * Largest single buffer (SIZE_MAX).
     */
    public Long maxSegmentSize() { return maxSegmentSize; }

    /**
     * Most data buffers in one request (SEG_MAX).
     */
    public Long maxSegments() { return maxSegments; }

    /**
     * Legacy disk geometry (GEOMETRY).
     */
    public Geometry geometry() { return geometry; }

    /**
     * Logical block size in bytes (BLK_SIZE).
     */
    public Long lenBlock() { return lenBlock; }

    /**
     * I/O alignment hints (TOPOLOGY).
     */
    public Topology topology() { return topology; }

    /**
     * 1 for a writeback cache, 0 for writethrough (CONFIG_WCE; the driver may write it).
     */
    public Integer writeback() { return writeback; }

    /**
     * Unused.
     */
    public Integer unused0() { return unused0; }

    /**
     * Number of request queues (MQ).
     */
    public Integer numQueues() { return numQueues; }

    /**
     * Largest discard, in sectors (DISCARD).
     */
    public Long maxDiscardSectors() { return maxDiscardSectors; }

    /**
     * Most segments in one discard request (DISCARD).
     */
    public Long maxDiscardSegments() { return maxDiscardSegments; }

    /**
     * Discard alignment, in sectors (DISCARD).
     */
    public Long discardSectorAlignment() { return discardSectorAlignment; }

    /**
     * Largest write-zeroes request, in sectors (WRITE_ZEROES).
     */
    public Long maxWriteZeroesSectors() { return maxWriteZeroesSectors; }

    /**
     * Most segments in one write-zeroes request (WRITE_ZEROES).
     */
    public Long maxWriteZeroesSegments() { return maxWriteZeroesSegments; }

    /**
     * 1 when write-zeroes with the unmap flag may deallocate (WRITE_ZEROES).
     */
    public Integer writeZeroesMayUnmap() { return writeZeroesMayUnmap; }

    /**
     * Unused.
     */
    public byte[] unused1() { return unused1; }

    /**
     * Largest secure erase, in sectors (SECURE_ERASE).
     */
    public Long maxSecureEraseSectors() { return maxSecureEraseSectors; }

    /**
     * Most segments in one secure erase (SECURE_ERASE).
     */
    public Long maxSecureEraseSegments() { return maxSecureEraseSegments; }

    /**
     * Secure erase alignment, in sectors (SECURE_ERASE).
     */
    public Long secureEraseSectorAlignment() { return secureEraseSectorAlignment; }

    /**
     * Zoned device characteristics (ZONED).
     */
    public ZonedCharacteristics zoned() { return zoned; }
    public VhostUserBlk _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
