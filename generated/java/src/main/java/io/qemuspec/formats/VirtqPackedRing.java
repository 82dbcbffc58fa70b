// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;


/**
 * A packed virtqueue (VIRTIO_F_RING_PACKED, virtio 1.1 and later) keeps a
 * queue in three parts of guest memory:
 * 
 * | part | written by | size for a queue of N entries | alignment |
 * |---|---|---|---|
 * | descriptor ring (this spec) | driver and device | 16 * N (N up to 32768, any value) | 16 |
 * | driver event suppression (`virtq_packed_event`) | driver | 4 | 4 |
 * | device event suppression (`virtq_packed_event`) | device | 4 | 4 |
 * 
 * Both sides keep a position in the ring and a wrap counter that starts
 * at 1 and flips each time the position passes the end. The driver makes a
 * slot available by writing its descriptor with `avail` equal to its wrap
 * counter and `used` the opposite; a chain is a run of consecutive slots
 * linked by `has_next`, and its buffer id is in the last one. The device
 * returns a buffer by writing one descriptor at its own position - the
 * buffer id, the number of bytes written, `avail` and `used` both equal to
 * its wrap counter - and moves on by as many slots as the chain took.
 * Whoever writes a descriptor stores its flags last, so the other side
 * never sees a half-written one.
 * 
 * A descriptor with `indirect` points at a table of descriptors of this
 * same layout that holds the whole chain, read in order (`has_next` and
 * the ids in it are not used). vhost-user's SET_VRING_BASE and
 * GET_VRING_BASE carry both positions and wrap counters (`vring_state` in
 * `vhost_user`).
 * 
 * The top level reads a ring (or table) of any length: every 16 bytes of
 * input are one descriptor.
 * @see "Virtio 1.2, section 2.8 "Packed Virtqueues", 2.8.13 "Packed Virtqueue Descriptor Format""
 */
public class VirtqPackedRing extends KaitaiStruct {
    public static VirtqPackedRing fromFile(String fileName) throws IOException {
        return new VirtqPackedRing(new ByteBufferKaitaiStream(fileName));
    }

    public VirtqPackedRing(KaitaiStream _io) {
        this(_io, null, null);
    }

    public VirtqPackedRing(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public VirtqPackedRing(KaitaiStream _io, KaitaiStruct _parent, VirtqPackedRing _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.descriptors = new ArrayList<Descriptor>();
        {
            int i = 0;
            while (!this._io.isEof()) {
                this.descriptors.add(new Descriptor(this._io, this, _root));
                i++;
            }
        }
    }

    public void _fetchInstances() {
        for (int i = 0; i < this.descriptors.size(); i++) {
            this.descriptors.get(((Number) (i)).intValue())._fetchInstances();
        }
    }

    /**
     * The 16-bit descriptor flags.
     * @see "Virtio 1.2, section 2.8.1 "Driver and Device Ring Wrap Counters""
     */
    public static class DescFlags extends KaitaiStruct {
        public static DescFlags fromFile(String fileName) throws IOException {
            return new DescFlags(new ByteBufferKaitaiStream(fileName));
        }

        public DescFlags(KaitaiStream _io) {
            this(_io, null, null);
        }

        public DescFlags(KaitaiStream _io, VirtqPackedRing.Descriptor _parent) {
            this(_io, _parent, null);
        }

        public DescFlags(KaitaiStream _io, VirtqPackedRing.Descriptor _parent, VirtqPackedRing _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.hasNext = this._io.readBitsIntLe(1) != 0;
            this.deviceWritable = this._io.readBitsIntLe(1) != 0;
            this.indirect = this._io.readBitsIntLe(1) != 0;
            this.reservedLow = this._io.readBitsIntLe(4);
            this.avail = this._io.readBitsIntLe(1) != 0;
            this.reservedHigh = this._io.readBitsIntLe(7);
            this.used = this._io.readBitsIntLe(1) != 0;
        }

        public void _fetchInstances() {
        }
        private boolean hasNext;
        private boolean deviceWritable;
        private boolean indirect;
        private long reservedLow;
        private boolean avail;
        private long reservedHigh;
        private boolean used;
        private VirtqPackedRing _root;
        private VirtqPackedRing.Descriptor _parent;

        /**
         * Bit 0, the chain continues in the next slot.
         */
        public boolean hasNext() { return hasNext; }

        /**
         * Bit 1, the device writes this buffer (in a used descriptor, the device wrote into the chain).
         */
        public boolean deviceWritable() { return deviceWritable; }

        /**
         * Bit 2, the buffer is an indirect table (INDIRECT_DESC; never with has_next).
         */
        public boolean indirect() { return indirect; }

        /**
         * Bits 3-6, not defined; zero.
         */
        public long reservedLow() { return reservedLow; }

        /**
         * Bit 7, the driver's wrap counter when it made the slot available (equal to it, with used different).
         */
        public boolean avail() { return avail; }

        /**
         * Bits 8-14, not defined; zero.
         */
        public long reservedHigh() { return reservedHigh; }

        /**
         * Bit 15, with avail equal to it, the device's wrap counter when it used the slot.
         */
        public boolean used() { return used; }
        public VirtqPackedRing _root() { return _root; }
        public VirtqPackedRing.Descriptor _parent() { return _parent; }
    }

    /**
     * One slot of the ring (16 bytes); as the driver or as the device left it.
     * @see "Virtio 1.2, section 2.8.13 "Packed Virtqueue Descriptor Format""
     */
    public static class Descriptor extends KaitaiStruct {
        public static Descriptor fromFile(String fileName) throws IOException {
            return new Descriptor(new ByteBufferKaitaiStream(fileName));
        }

        public Descriptor(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Descriptor(KaitaiStream _io, VirtqPackedRing _parent) {
            this(_io, _parent, null);
        }

        public Descriptor(KaitaiStream _io, VirtqPackedRing _parent, VirtqPackedRing _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.addr = this._io.readU8le();
            this.lenBuffer = this._io.readU4le();
            this.bufferId = this._io.readU2le();
            this.flags = new DescFlags(this._io, this, _root);
        }

        public void _fetchInstances() {
            this.flags._fetchInstances();
        }
        private long addr;
        private long lenBuffer;
        private int bufferId;
        private DescFlags flags;
        private VirtqPackedRing _root;
        private VirtqPackedRing _parent;

        /**
         * Guest-physical address of the buffer (or indirect table); the device leaves it unchanged.
         */
        public long addr() { return addr; }

        /**
         * Made available, the buffer's length; used, the bytes the device wrote into the chain.
         */
        public long lenBuffer() { return lenBuffer; }

        /**
         * The buffer id of the chain (in its last descriptor); the device returns it.
         */
        public int bufferId() { return bufferId; }

        /**
         * Chaining, direction, indirection and the two wrap-counter bits.
         */
        public DescFlags flags() { return flags; }
        public VirtqPackedRing _root() { return _root; }
        public VirtqPackedRing _parent() { return _parent; }
    }
    private List<Descriptor> descriptors;
    private VirtqPackedRing _root;
    private KaitaiStruct _parent;

    /**
     * The descriptors, slot 0 first.
     */
    public List<Descriptor> descriptors() { return descriptors; }
    public VirtqPackedRing _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
