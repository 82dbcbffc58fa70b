// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;


/**
 * A split virtqueue, the queue layout vhost-user back-ends process, has
 * three parts in guest memory, each written by one side only:
 * 
 * | part | written by | size for a queue of N entries | alignment |
 * |---|---|---|---|
 * | descriptor table (this spec) | driver | 16 * N | 16 |
 * | available ring (`virtq_avail_ring`) | driver | 6 + 2 * N | 2 |
 * | used ring (`virtq_used_ring`) | device | 6 + 8 * N | 4 |
 * 
 * The legacy (virtio 0.9.5) PCI transport puts the three parts in one
 * block: the table, the available ring right after it, and the used ring
 * at the next 4096-byte boundary.
 * 
 * A request is a chain of descriptors: the driver writes the buffers'
 * addresses and lengths into free descriptors, links them with `next`,
 * marks the ones the device may write into, and puts the index of the
 * first (the head) into the available ring. Device-readable descriptors
 * come before device-writable ones. A descriptor with the indirect flag
 * points at a table of further descriptors (an indirect table, this same
 * layout) that holds the whole chain; an indirect table never points at
 * another one. Numbers are little-endian (virtio 1.0; legacy devices use
 * the guest's byte order, little-endian on x86 and Arm).
 * 
 * The top level reads a table of any length: every 16 bytes of input are
 * one descriptor.
 * @see "Virtio 1.2, section 2.7 "Split Virtqueues", 2.7.5 "The Virtqueue Descriptor Table""
 */
public class VirtqDescTable extends KaitaiStruct {
    public static VirtqDescTable fromFile(String fileName) throws IOException {
        return new VirtqDescTable(new ByteBufferKaitaiStream(fileName));
    }

    public VirtqDescTable(KaitaiStream _io) {
        this(_io, null, null);
    }

    public VirtqDescTable(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public VirtqDescTable(KaitaiStream _io, KaitaiStruct _parent, VirtqDescTable _root) {
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
     * @see "Virtio 1.2, section 2.7.5 "The Virtqueue Descriptor Table""
     */
    public static class DescFlags extends KaitaiStruct {
        public static DescFlags fromFile(String fileName) throws IOException {
            return new DescFlags(new ByteBufferKaitaiStream(fileName));
        }

        public DescFlags(KaitaiStream _io) {
            this(_io, null, null);
        }

        public DescFlags(KaitaiStream _io, VirtqDescTable.Descriptor _parent) {
            this(_io, _parent, null);
        }

        public DescFlags(KaitaiStream _io, VirtqDescTable.Descriptor _parent, VirtqDescTable _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.hasNext = this._io.readBitsIntLe(1) != 0;
            this.deviceWritable = this._io.readBitsIntLe(1) != 0;
            this.indirect = this._io.readBitsIntLe(1) != 0;
            this.reserved = this._io.readBitsIntLe(13);
        }

        public void _fetchInstances() {
        }
        private boolean hasNext;
        private boolean deviceWritable;
        private boolean indirect;
        private long reserved;
        private VirtqDescTable _root;
        private VirtqDescTable.Descriptor _parent;

        /**
         * Bit 0, the chain continues at `next`.
         */
        public boolean hasNext() { return hasNext; }

        /**
         * Bit 1, the device writes this buffer (otherwise it only reads it).
         */
        public boolean deviceWritable() { return deviceWritable; }

        /**
         * Bit 2, the buffer is an indirect descriptor table (INDIRECT_DESC feature; never with has_next).
         */
        public boolean indirect() { return indirect; }

        /**
         * Not defined; zero.
         */
        public long reserved() { return reserved; }
        public VirtqDescTable _root() { return _root; }
        public VirtqDescTable.Descriptor _parent() { return _parent; }
    }

    /**
     * One buffer of a chain (16 bytes).
     * @see "Virtio 1.2, section 2.7.5 "The Virtqueue Descriptor Table""
     */
    public static class Descriptor extends KaitaiStruct {
        public static Descriptor fromFile(String fileName) throws IOException {
            return new Descriptor(new ByteBufferKaitaiStream(fileName));
        }

        public Descriptor(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Descriptor(KaitaiStream _io, VirtqDescTable _parent) {
            this(_io, _parent, null);
        }

        public Descriptor(KaitaiStream _io, VirtqDescTable _parent, VirtqDescTable _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.addr = this._io.readU8le();
            this.lenBuffer = this._io.readU4le();
            this.flags = new DescFlags(this._io, this, _root);
            this.next = this._io.readU2le();
        }

        public void _fetchInstances() {
            this.flags._fetchInstances();
        }
        private long addr;
        private long lenBuffer;
        private DescFlags flags;
        private int next;
        private VirtqDescTable _root;
        private VirtqDescTable _parent;

        /**
         * Guest-physical address of the buffer (or of the indirect table).
         */
        public long addr() { return addr; }

        /**
         * Length of the buffer in bytes (of an indirect table, a multiple of 16).
         */
        public long lenBuffer() { return lenBuffer; }

        /**
         * Chaining, direction and indirection.
         */
        public DescFlags flags() { return flags; }

        /**
         * Index of the next descriptor of the chain, when `flags.has_next` is set.
         */
        public int next() { return next; }
        public VirtqDescTable _root() { return _root; }
        public VirtqDescTable _parent() { return _parent; }
    }
    private List<Descriptor> descriptors;
    private VirtqDescTable _root;
    private KaitaiStruct _parent;

    /**
     * The descriptors, index 0 first.
     */
    public List<Descriptor> descriptors() { return descriptors; }
    public VirtqDescTable _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
