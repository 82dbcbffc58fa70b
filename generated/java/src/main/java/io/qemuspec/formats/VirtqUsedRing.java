// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;


/**
 * The ring in which the device returns chains it has finished with (see
 * `virtq_desc_table` for the whole split queue). The device writes the
 * head index and the number of bytes it wrote into the chain's writable
 * buffers to `entries[idx % N]` (`ring` in the virtio spec), then (after a write barrier) increments
 * `idx`, and then decides whether to notify the driver (after a full
 * barrier, reading `used_event` or the `no_interrupt` flag of the
 * available ring).
 * 
 * `avail_event` exists only with the EVENT_IDX feature: the device asks
 * to be kicked once the driver's available index passes this value.
 * Without it, the `no_notify` flag is the device's (advisory) way to ask
 * for no kicks.
 * 
 * The top level reads a whole ring; the number of entries follows from
 * the input size (6 + 8 * N bytes, avail_event included).
 * @see "Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring""
 */
public class VirtqUsedRing extends KaitaiStruct {
    public static VirtqUsedRing fromFile(String fileName) throws IOException {
        return new VirtqUsedRing(new ByteBufferKaitaiStream(fileName));
    }

    public VirtqUsedRing(KaitaiStream _io) {
        this(_io, null, null);
    }

    public VirtqUsedRing(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public VirtqUsedRing(KaitaiStream _io, KaitaiStruct _parent, VirtqUsedRing _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.flags = new UsedFlags(this._io, this, _root);
        this.idx = this._io.readU2le();
        this.entries = new ArrayList<UsedElem>();
        for (int i = 0; i < numEntries(); i++) {
            this.entries.add(new UsedElem(this._io, this, _root));
        }
        this.availEvent = this._io.readU2le();
    }

    public void _fetchInstances() {
        this.flags._fetchInstances();
        for (int i = 0; i < this.entries.size(); i++) {
            this.entries.get(((Number) (i)).intValue())._fetchInstances();
        }
    }

    /**
     * One finished chain (8 bytes).
     * @see "Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring""
     */
    public static class UsedElem extends KaitaiStruct {
        public static UsedElem fromFile(String fileName) throws IOException {
            return new UsedElem(new ByteBufferKaitaiStream(fileName));
        }

        public UsedElem(KaitaiStream _io) {
            this(_io, null, null);
        }

        public UsedElem(KaitaiStream _io, VirtqUsedRing _parent) {
            this(_io, _parent, null);
        }

        public UsedElem(KaitaiStream _io, VirtqUsedRing _parent, VirtqUsedRing _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.id = this._io.readU4le();
            this.lenWritten = this._io.readU4le();
        }

        public void _fetchInstances() {
        }
        private long id;
        private long lenWritten;
        private VirtqUsedRing _root;
        private VirtqUsedRing _parent;

        /**
         * Head index of the chain.
         */
        public long id() { return id; }

        /**
         * Bytes the device wrote into the chain's device-writable buffers.
         */
        public long lenWritten() { return lenWritten; }
        public VirtqUsedRing _root() { return _root; }
        public VirtqUsedRing _parent() { return _parent; }
    }

    /**
     * The 16-bit used ring flags.
     * @see "Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring""
     */
    public static class UsedFlags extends KaitaiStruct {
        public static UsedFlags fromFile(String fileName) throws IOException {
            return new UsedFlags(new ByteBufferKaitaiStream(fileName));
        }

        public UsedFlags(KaitaiStream _io) {
            this(_io, null, null);
        }

        public UsedFlags(KaitaiStream _io, VirtqUsedRing _parent) {
            this(_io, _parent, null);
        }

        public UsedFlags(KaitaiStream _io, VirtqUsedRing _parent, VirtqUsedRing _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.noNotify = this._io.readBitsIntLe(1) != 0;
            this.reserved = this._io.readBitsIntLe(15);
        }

        public void _fetchInstances() {
        }
        private boolean noNotify;
        private long reserved;
        private VirtqUsedRing _root;
        private VirtqUsedRing _parent;

        /**
         * Bit 0, the device does not need kicks (without EVENT_IDX).
         */
        public boolean noNotify() { return noNotify; }

        /**
         * Not defined; zero.
         */
        public long reserved() { return reserved; }
        public VirtqUsedRing _root() { return _root; }
        public VirtqUsedRing _parent() { return _parent; }
    }
    private Integer numEntries;

    /**
     * The queue size N.
     */
    public Integer numEntries() {
        if (this.numEntries != null)
            return this.numEntries;
        this.numEntries = ((Number) ((_io().size() - 6) / 8)).intValue();
        return this.numEntries;
    }
    private UsedFlags flags;
    private int idx;
    private List<UsedElem> entries;
    private int availEvent;
    private VirtqUsedRing _root;
    private KaitaiStruct _parent;

    /**
     * Notification suppression flag.
     */
    public UsedFlags flags() { return flags; }

    /**
     * Where the device puts the next entry (modulo the queue size); free-running.
     */
    public int idx() { return idx; }

    /**
     * Finished chains.
     */
    public List<UsedElem> entries() { return entries; }

    /**
     * With EVENT_IDX, kick the device when the available index passes this value.
     */
    public int availEvent() { return availEvent; }
    public VirtqUsedRing _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
