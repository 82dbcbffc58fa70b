// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;


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
 * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking">Source</a>
 */
public class VhostUserInflight extends KaitaiStruct {
    public static VhostUserInflight fromFile(String fileName) throws IOException {
        return new VhostUserInflight(new ByteBufferKaitaiStream(fileName));
    }

    public VhostUserInflight(KaitaiStream _io) {
        this(_io, null, null);
    }

    public VhostUserInflight(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public VhostUserInflight(KaitaiStream _io, KaitaiStruct _parent, VhostUserInflight _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.queues = new ArrayList<QueueRegionSplit>();
        {
            int i = 0;
            while (!this._io.isEof()) {
                this.queues.add(new QueueRegionSplit(this._io, this, _root));
                i++;
            }
        }
    }

    public void _fetchInstances() {
        for (int i = 0; i < this.queues.size(); i++) {
            this.queues.get(((Number) (i)).intValue())._fetchInstances();
        }
    }

    /**
     * The next 64 bytes, read as eight u8 to tell whether they are all zero.
     */
    public static class BlockPeek extends KaitaiStruct {
        public static BlockPeek fromFile(String fileName) throws IOException {
            return new BlockPeek(new ByteBufferKaitaiStream(fileName));
        }

        public BlockPeek(KaitaiStream _io) {
            this(_io, null, null);
        }

        public BlockPeek(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public BlockPeek(KaitaiStream _io, KaitaiStruct _parent, VhostUserInflight _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.words = new ArrayList<Long>();
            for (int i = 0; i < 8; i++) {
                this.words.add(this._io.readU8le());
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.words.size(); i++) {
            }
        }
        private Boolean zero;

        /**
         * All eight are zero.
         */
        public Boolean zero() {
            if (this.zero != null)
                return this.zero;
            this.zero =  ((words().get(((int) 0)) == 0) && (words().get(((int) 1)) == 0) && (words().get(((int) 2)) == 0) && (words().get(((int) 3)) == 0) && (words().get(((int) 4)) == 0) && (words().get(((int) 5)) == 0) && (words().get(((int) 6)) == 0) && (words().get(((int) 7)) == 0)) ;
            return this.zero;
        }
        private List<Long> words;
        private VhostUserInflight _root;
        private KaitaiStruct _parent;

        /**
         * The 64 bytes.
         */
        public List<Long> words() { return words; }
        public VhostUserInflight _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * The tracking entry of one packed-queue descriptor (32 bytes).
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking">Source</a>
     */
    public static class DescStatePacked extends KaitaiStruct {
        public static DescStatePacked fromFile(String fileName) throws IOException {
            return new DescStatePacked(new ByteBufferKaitaiStream(fileName));
        }

        public DescStatePacked(KaitaiStream _io) {
            this(_io, null, null);
        }

        public DescStatePacked(KaitaiStream _io, VhostUserInflight.QueueRegionPacked _parent) {
            this(_io, _parent, null);
        }

        public DescStatePacked(KaitaiStream _io, VhostUserInflight.QueueRegionPacked _parent, VhostUserInflight _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
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

        public void _fetchInstances() {
        }
        private int inflight;
        private int padding;
        private int next;
        private int last;
        private int num;
        private long counter;
        private int id;
        private int flags;
        private long lenBuffer;
        private long addr;
        private VhostUserInflight _root;
        private VhostUserInflight.QueueRegionPacked _parent;

        /**
         * 1 while the request is in flight (head entries).
         */
        public int inflight() { return inflight; }

        /**
         * Unused.
         */
        public int padding() { return padding; }

        /**
         * Next entry of the free list.
         */
        public int next() { return next; }

        /**
         * Last entry of this request's descriptors (head entries).
         */
        public int last() { return last; }

        /**
         * Descriptors of this request (head entries).
         */
        public int num() { return num; }

        /**
         * When the request was taken (head entries).
         */
        public long counter() { return counter; }

        /**
         * Buffer id.
         */
        public int id() { return id; }

        /**
         * Descriptor flags.
         */
        public int flags() { return flags; }

        /**
         * Buffer length.
         */
        public long lenBuffer() { return lenBuffer; }

        /**
         * Buffer address.
         */
        public long addr() { return addr; }
        public VhostUserInflight _root() { return _root; }
        public VhostUserInflight.QueueRegionPacked _parent() { return _parent; }
    }

    /**
     * The tracking entry of one split-queue descriptor (16 bytes); only head descriptors use it.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking">Source</a>
     */
    public static class DescStateSplit extends KaitaiStruct {
        public static DescStateSplit fromFile(String fileName) throws IOException {
            return new DescStateSplit(new ByteBufferKaitaiStream(fileName));
        }

        public DescStateSplit(KaitaiStream _io) {
            this(_io, null, null);
        }

        public DescStateSplit(KaitaiStream _io, VhostUserInflight.QueueRegionSplit _parent) {
            this(_io, _parent, null);
        }

        public DescStateSplit(KaitaiStream _io, VhostUserInflight.QueueRegionSplit _parent, VhostUserInflight _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.inflight = this._io.readU1();
            this.padding = this._io.readBytes(5);
            this.next = this._io.readU2le();
            this.counter = this._io.readU8le();
        }

        public void _fetchInstances() {
        }
        private int inflight;
        private byte[] padding;
        private int next;
        private long counter;
        private VhostUserInflight _root;
        private VhostUserInflight.QueueRegionSplit _parent;

        /**
         * 1 from the moment the request starting here is taken until it is in the used ring.
         */
        public int inflight() { return inflight; }

        /**
         * Unused.
         */
        public byte[] padding() { return padding; }

        /**
         * The next (older) head of the last used batch.
         */
        public int next() { return next; }

        /**
         * When the request was taken, counted across the queue; resubmission goes by it.
         */
        public long counter() { return counter; }
        public VhostUserInflight _root() { return _root; }
        public VhostUserInflight.QueueRegionSplit _parent() { return _parent; }
    }

    /**
     * One packed queue's region: a 32-byte header, one 32-byte entry per
     * descriptor of the queue, then padding up to a multiple of 64 bytes.
     * The entries not taken by a request in flight form a free list
     * (`free_head`, linked through `next`); a request takes entries from
     * it, one per ring descriptor, and gives them back when it is used.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking">Source</a>
     */
    public static class QueueRegionPacked extends KaitaiStruct {
        public static QueueRegionPacked fromFile(String fileName) throws IOException {
            return new QueueRegionPacked(new ByteBufferKaitaiStream(fileName));
        }

        public QueueRegionPacked(KaitaiStream _io) {
            this(_io, null, null);
        }

        public QueueRegionPacked(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public QueueRegionPacked(KaitaiStream _io, KaitaiStruct _parent, VhostUserInflight _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
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
            this.descs = new ArrayList<DescStatePacked>();
            for (int i = 0; i < numDescs(); i++) {
                this.descs.add(new DescStatePacked(this._io, this, _root));
            }
            this.paddingEnd = this._io.readBytes(((((32 * numDescs() + 32) + 63) / 64) * 64 - 32 * numDescs()) - 32);
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.descs.size(); i++) {
                this.descs.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
        private long features;
        private int version;
        private int numDescs;
        private int freeHead;
        private int oldFreeHead;
        private int usedIdx;
        private int oldUsedIdx;
        private int usedWrapCounter;
        private int oldUsedWrapCounter;
        private byte[] padding;
        private List<DescStatePacked> descs;
        private byte[] paddingEnd;
        private VhostUserInflight _root;
        private KaitaiStruct _parent;

        /**
         * Feature flags of the region, zero.
         */
        public long features() { return features; }

        /**
         * Layout version, 1; zero while the region has not been set up.
         */
        public int version() { return version; }

        /**
         * Entries, the queue size.
         */
        public int numDescs() { return numDescs; }

        /**
         * Head of the list of free entries (`num_descs` when it is empty).
         */
        public int freeHead() { return freeHead; }

        /**
         * The free list's head before the batch being put into the ring.
         */
        public int oldFreeHead() { return oldFreeHead; }

        /**
         * The device's next descriptor ring slot.
         */
        public int usedIdx() { return usedIdx; }

        /**
         * That slot before the batch being put into the ring.
         */
        public int oldUsedIdx() { return oldUsedIdx; }

        /**
         * The device's wrap counter.
         */
        public int usedWrapCounter() { return usedWrapCounter; }

        /**
         * The wrap counter before the batch being put into the ring.
         */
        public int oldUsedWrapCounter() { return oldUsedWrapCounter; }

        /**
         * Unused (7 bytes, then 3 more that align the entries to 8 bytes, as a C compiler lays them out).
         */
        public byte[] padding() { return padding; }

        /**
         * State of each entry.
         */
        public List<DescStatePacked> descs() { return descs; }

        /**
         * Up to the next multiple of 64 bytes.
         */
        public byte[] paddingEnd() { return paddingEnd; }
        public VhostUserInflight _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * One split queue's region: a 16-byte header, one 16-byte entry per
     * descriptor of the queue, then padding up to a multiple of 64 bytes.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking">Source</a>
     */
    public static class QueueRegionSplit extends KaitaiStruct {
        public static QueueRegionSplit fromFile(String fileName) throws IOException {
            return new QueueRegionSplit(new ByteBufferKaitaiStream(fileName));
        }

        public QueueRegionSplit(KaitaiStream _io) {
            this(_io, null, null);
        }

        public QueueRegionSplit(KaitaiStream _io, VhostUserInflight _parent) {
            this(_io, _parent, null);
        }

        public QueueRegionSplit(KaitaiStream _io, VhostUserInflight _parent, VhostUserInflight _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.features = this._io.readU8le();
            this.version = this._io.readU2le();
            this.numDescs = this._io.readU2le();
            this.lastBatchHead = this._io.readU2le();
            this.usedIdx = this._io.readU2le();
            this.descs = new ArrayList<DescStateSplit>();
            for (int i = 0; i < numDescs(); i++) {
                this.descs.add(new DescStateSplit(this._io, this, _root));
            }
            this.padding = this._io.readBytes(((((16 * numDescs() + 2) + 63) / 64) * 64 - 16 * numDescs()) - 16);
            if (moreSlack()) {
                this.slack = new ArrayList<ZeroBlock>();
                {
                    ZeroBlock _it;
                    int i = 0;
                    do {
                        _it = new ZeroBlock(this._io, this, _root);
                        this.slack.add(_it);
                        i++;
                    } while (!(!(_it.more())));
                }
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.descs.size(); i++) {
                this.descs.get(((Number) (i)).intValue())._fetchInstances();
            }
            if (moreSlack()) {
                for (int i = 0; i < this.slack.size(); i++) {
                    this.slack.get(((Number) (i)).intValue())._fetchInstances();
                }
            }
            nextBlock();
            if (this.nextBlock != null) {
                this.nextBlock._fetchInstances();
            }
        }
        private Boolean moreSlack;

        /**
         * The next 64 bytes are all zero (no region header starts there).
         */
        public Boolean moreSlack() {
            if (this.moreSlack != null)
                return this.moreSlack;
            this.moreSlack =  ((_io().size() - _io().pos() >= 64) && (nextBlock().zero())) ;
            return this.moreSlack;
        }
        private BlockPeek nextBlock;

        /**
         * The next 64 bytes (at the end of the buffer the first 64, then unused; regions are whole 64-byte blocks).
         */
        public BlockPeek nextBlock() {
            if (this.nextBlock != null)
                return this.nextBlock;
            long _pos = this._io.pos();
            this._io.seek(KaitaiStream.mod(_io().pos(), _io().size()));
            this.nextBlock = new BlockPeek(this._io, this, _root);
            this._io.seek(_pos);
            return this.nextBlock;
        }
        private long features;
        private int version;
        private int numDescs;
        private int lastBatchHead;
        private int usedIdx;
        private List<DescStateSplit> descs;
        private byte[] padding;
        private List<ZeroBlock> slack;
        private VhostUserInflight _root;
        private VhostUserInflight _parent;

        /**
         * Feature flags of the region; none are defined, so zero.
         */
        public long features() { return features; }

        /**
         * Layout version, 1; zero while the region has not been set up.
         */
        public int version() { return version; }

        /**
         * Entries that follow, one per descriptor (the queue size).
         */
        public int numDescs() { return numDescs; }

        /**
         * Head descriptor of the last batch put into the used ring; the
         * batch is a list linked through the entries' `next`, newest first.
         */
        public int lastBatchHead() { return lastBatchHead; }

        /**
         * The used ring's index once the last batch was cleared. When the
         * used ring's own index is ahead of it, the back-end stopped
         * between publishing a batch and clearing its entries.
         */
        public int usedIdx() { return usedIdx; }

        /**
         * State of each descriptor, by descriptor index.
         */
        public List<DescStateSplit> descs() { return descs; }

        /**
         * Up to the next multiple of 64 bytes (the region size QEMU's libvhost-user uses).
         */
        public byte[] padding() { return padding; }

        /**
         * Entries past `num_descs` when that is the ring's size and the
         * region is as long as the buffer's queue size needs; empty when
         * `num_descs` is the queue size.
         */
        public List<ZeroBlock> slack() { return slack; }
        public VhostUserInflight _root() { return _root; }
        public VhostUserInflight _parent() { return _parent; }
    }

    /**
     * 64 bytes of zeros inside a region, past its entries.
     */
    public static class ZeroBlock extends KaitaiStruct {
        public static ZeroBlock fromFile(String fileName) throws IOException {
            return new ZeroBlock(new ByteBufferKaitaiStream(fileName));
        }

        public ZeroBlock(KaitaiStream _io) {
            this(_io, null, null);
        }

        public ZeroBlock(KaitaiStream _io, VhostUserInflight.QueueRegionSplit _parent) {
            this(_io, _parent, null);
        }

        public ZeroBlock(KaitaiStream _io, VhostUserInflight.QueueRegionSplit _parent, VhostUserInflight _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.data = this._io.readBytes(64);
        }

        public void _fetchInstances() {
            nextBlock();
            if (this.nextBlock != null) {
                this.nextBlock._fetchInstances();
            }
        }
        private Boolean more;

        /**
         * The 64 bytes after this block are all zero too.
         */
        public Boolean more() {
            if (this.more != null)
                return this.more;
            this.more =  ((_io().size() - _io().pos() >= 64) && (nextBlock().zero())) ;
            return this.more;
        }
        private BlockPeek nextBlock;

        /**
         * The next 64 bytes (at the end of the buffer the first 64, then unused; regions are whole 64-byte blocks).
         */
        public BlockPeek nextBlock() {
            if (this.nextBlock != null)
                return this.nextBlock;
            long _pos = this._io.pos();
            this._io.seek(KaitaiStream.mod(_io().pos(), _io().size()));
            this.nextBlock = new BlockPeek(this._io, this, _root);
            this._io.seek(_pos);
            return this.nextBlock;
        }
        private byte[] data;
        private VhostUserInflight _root;
        private VhostUserInflight.QueueRegionSplit _parent;

        /**
         * Zeros.
         */
        public byte[] data() { return data; }
        public VhostUserInflight _root() { return _root; }
        public VhostUserInflight.QueueRegionSplit _parent() { return _parent; }
    }
    private List<QueueRegionSplit> queues;
    private VhostUserInflight _root;
    private KaitaiStruct _parent;

    /**
     * One region per queue, in queue order.
     */
    public List<QueueRegionSplit> queues() { return queues; }
    public VhostUserInflight _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
