// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;


/**
 * The ring in which the driver offers descriptor chains to the device
 * (see `virtq_desc_table` for the whole split queue). The driver writes
 * the head index of a chain into `entries[idx % N]` (`ring` in the virtio spec), then (after a write
 * barrier) increments `idx`, a free-running 16-bit counter. The device
 * remembers how far it has read (its last available index, which
 * vhost-user's SET/GET_VRING_BASE carry) and processes entries until it
 * reaches `idx`.
 * 
 * `used_event` exists only with the EVENT_IDX feature: the driver asks to
 * be notified once the device's used index passes this value. Without
 * EVENT_IDX the `no_interrupt` flag is the driver's (advisory) way to ask
 * for no notifications.
 * 
 * The top level reads a whole ring; the number of entries follows from
 * the input size (6 + 2 * N bytes, used_event included).
 * @see "Virtio 1.2, section 2.7.6 "The Virtqueue Available Ring""
 */
public class VirtqAvailRing extends KaitaiStruct {
    public static VirtqAvailRing fromFile(String fileName) throws IOException {
        return new VirtqAvailRing(new ByteBufferKaitaiStream(fileName));
    }

    public VirtqAvailRing(KaitaiStream _io) {
        this(_io, null, null);
    }

    public VirtqAvailRing(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public VirtqAvailRing(KaitaiStream _io, KaitaiStruct _parent, VirtqAvailRing _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.flags = new AvailFlags(this._io, this, _root);
        this.idx = this._io.readU2le();
        this.entries = new ArrayList<Integer>();
        for (int i = 0; i < numEntries(); i++) {
            this.entries.add(this._io.readU2le());
        }
        this.usedEvent = this._io.readU2le();
    }

    public void _fetchInstances() {
        this.flags._fetchInstances();
        for (int i = 0; i < this.entries.size(); i++) {
        }
    }

    /**
     * The 16-bit available ring flags.
     * @see "Virtio 1.2, section 2.7.6 "The Virtqueue Available Ring""
     */
    public static class AvailFlags extends KaitaiStruct {
        public static AvailFlags fromFile(String fileName) throws IOException {
            return new AvailFlags(new ByteBufferKaitaiStream(fileName));
        }

        public AvailFlags(KaitaiStream _io) {
            this(_io, null, null);
        }

        public AvailFlags(KaitaiStream _io, VirtqAvailRing _parent) {
            this(_io, _parent, null);
        }

        public AvailFlags(KaitaiStream _io, VirtqAvailRing _parent, VirtqAvailRing _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.noInterrupt = this._io.readBitsIntLe(1) != 0;
            this.reserved = this._io.readBitsIntLe(15);
        }

        public void _fetchInstances() {
        }
        private boolean noInterrupt;
        private long reserved;
        private VirtqAvailRing _root;
        private VirtqAvailRing _parent;

        /**
         * Bit 0, the driver does not want to be notified of used buffers (without EVENT_IDX).
         */
        public boolean noInterrupt() { return noInterrupt; }

        /**
         * Not defined; zero.
         */
        public long reserved() { return reserved; }
        public VirtqAvailRing _root() { return _root; }
        public VirtqAvailRing _parent() { return _parent; }
    }
    private Integer numEntries;

    /**
     * The queue size N.
     */
    public Integer numEntries() {
        if (this.numEntries != null)
            return this.numEntries;
        this.numEntries = ((Number) ((_io().size() - 6) / 2)).intValue();
        return this.numEntries;
    }
    private AvailFlags flags;
    private int idx;
    private List<Integer> entries;
    private int usedEvent;
    private VirtqAvailRing _root;
    private KaitaiStruct _parent;

    /**
     * Notification suppression flag.
     */
    public AvailFlags flags() { return flags; }

    /**
     * Where the driver puts the next entry (modulo the queue size); free-running.
     */
    public int idx() { return idx; }

    /**
     * Head descriptor indexes of available chains.
     */
    public List<Integer> entries() { return entries; }

    /**
     * With EVENT_IDX, notify the driver when the used index passes this value.
     */
    public int usedEvent() { return usedEvent; }
    public VirtqAvailRing _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
