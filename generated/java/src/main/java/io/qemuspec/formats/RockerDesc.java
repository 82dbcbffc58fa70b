// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;


/**
 * A Rocker descriptor ring as it sits in guest memory: 32-byte
 * descriptors, packed, the ring 8-byte aligned, as many as the ring's SIZE
 * register says. A descriptor points at a buffer of TLVs (command, event,
 * Tx or Rx; see `rocker_cmd`, `rocker_event`, `rocker_tx`, `rocker_rx`) and
 * says how big the buffer is and how much of it holds TLVs. The driver posts
 * a descriptor with the top bit of `comp_err` clear and moves the ring's
 * HEAD past it; the device processes it, writes the TLV size of its answer,
 * sets that bit with the error code (a positive errno) below it, writes the
 * descriptor back and moves TAIL. All numbers are little-endian.
 * @see <a href="https://www.qemu.org/docs/master/specs/rocker.html#dma-operations">Source</a>
 */
public class RockerDesc extends KaitaiStruct {
    public static RockerDesc fromFile(String fileName) throws IOException {
        return new RockerDesc(new ByteBufferKaitaiStream(fileName));
    }

    public RockerDesc(KaitaiStream _io) {
        this(_io, null, null);
    }

    public RockerDesc(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public RockerDesc(KaitaiStream _io, KaitaiStruct _parent, RockerDesc _root) {
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
     * The 16-bit completion word.
     */
    public static class Completion extends KaitaiStruct {
        public static Completion fromFile(String fileName) throws IOException {
            return new Completion(new ByteBufferKaitaiStream(fileName));
        }

        public Completion(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Completion(KaitaiStream _io, RockerDesc.Descriptor _parent) {
            this(_io, _parent, null);
        }

        public Completion(KaitaiStream _io, RockerDesc.Descriptor _parent, RockerDesc _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.error = Rocker.ReturnCode.byId(this._io.readBitsIntLe(15));
            this.done = this._io.readBitsIntLe(1) != 0;
        }

        public void _fetchInstances() {
        }
        private Rocker.ReturnCode error;
        private boolean done;
        private RockerDesc _root;
        private RockerDesc.Descriptor _parent;

        /**
         * Bits 0..14, the error (0 on success; the device stores minus its negative errno).
         */
        public Rocker.ReturnCode error() { return error; }

        /**
         * Bit 15, set by the device when it has processed the descriptor.
         */
        public boolean done() { return done; }
        public RockerDesc _root() { return _root; }
        public RockerDesc.Descriptor _parent() { return _parent; }
    }

    /**
     * One DMA descriptor (32 bytes).
     */
    public static class Descriptor extends KaitaiStruct {
        public static Descriptor fromFile(String fileName) throws IOException {
            return new Descriptor(new ByteBufferKaitaiStream(fileName));
        }

        public Descriptor(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Descriptor(KaitaiStream _io, RockerDesc _parent) {
            this(_io, _parent, null);
        }

        public Descriptor(KaitaiStream _io, RockerDesc _parent, RockerDesc _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.bufAddrLo = this._io.readU4le();
            this.bufAddrHi = this._io.readU4le();
            this.cookieLo = this._io.readU4le();
            this.cookieHi = this._io.readU4le();
            this.lenBuf = this._io.readU2le();
            this.lenTlvs = this._io.readU2le();
            this.reserved = this._io.readBytes(10);
            this.compErr = new Completion(this._io, this, _root);
        }

        public void _fetchInstances() {
            this.compErr._fetchInstances();
        }
        private Long bufAddr;

        /**
         * The buffer's guest physical address.
         */
        public Long bufAddr() {
            if (this.bufAddr != null)
                return this.bufAddr;
            this.bufAddr = ((Number) (((Number) (((Number) (bufAddrHi())).longValue() * 4294967296L + ((Number) (bufAddrLo())).longValue())).longValue())).longValue();
            return this.bufAddr;
        }
        private long bufAddrLo;
        private long bufAddrHi;
        private long cookieLo;
        private long cookieHi;
        private int lenBuf;
        private int lenTlvs;
        private byte[] reserved;
        private Completion compErr;
        private RockerDesc _root;
        private RockerDesc _parent;

        /**
         * Low half of the buffer's guest physical address (8-byte aligned).
         */
        public long bufAddrLo() { return bufAddrLo; }

        /**
         * High half of the buffer address.
         */
        public long bufAddrHi() { return bufAddrHi; }

        /**
         * Low half of the cookie, the driver's tag for matching the completion.
         */
        public long cookieLo() { return cookieLo; }

        /**
         * High half of the cookie (its top bit is reserved).
         */
        public long cookieHi() { return cookieHi; }

        /**
         * Size of the buffer in bytes.
         */
        public int lenBuf() { return lenBuf; }

        /**
         * Bytes of TLVs in the buffer (set by the driver when posting, by the device when answering).
         */
        public int lenTlvs() { return lenTlvs; }

        /**
         * Padding to 32 bytes.
         */
        public byte[] reserved() { return reserved; }

        /**
         * Completion status.
         */
        public Completion compErr() { return compErr; }
        public RockerDesc _root() { return _root; }
        public RockerDesc _parent() { return _parent; }
    }
    private List<Descriptor> descriptors;
    private RockerDesc _root;
    private KaitaiStruct _parent;

    /**
     * The ring's descriptors in order.
     */
    public List<Descriptor> descriptors() { return descriptors; }
    public RockerDesc _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
