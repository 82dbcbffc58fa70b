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


/**
 * The buffer of a descriptor on a port's Rx ring. The driver posts it with
 * RX_FRAG_ADDR and RX_FRAG_MAX_LEN (where a packet may go); when a packet
 * for the CPU arrives on the port, the device copies it there and rewrites
 * the buffer with RX_FLAGS, RX_CSUM, the address, the maximum length and
 * RX_FRAG_LEN, the packet's length. TLV headers as in `rocker_cmd`.
 * @see <a href="https://www.qemu.org/docs/master/specs/rocker.html#rx-packet-processing">Source</a>
 */
public class RockerRx extends KaitaiStruct {
    public static RockerRx fromFile(String fileName) throws IOException {
        return new RockerRx(new ByteBufferKaitaiStream(fileName));
    }

    public enum RxAttr {
        FLAGS(1),
        CSUM(2),
        FRAG_ADDR(3),
        FRAG_MAX_LEN(4),
        FRAG_LEN(5);

        private final long id;
        RxAttr(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, RxAttr> byId = new HashMap<Long, RxAttr>(5);
        static {
            for (RxAttr e : RxAttr.values())
                byId.put(e.id(), e);
        }
        public static RxAttr byId(long id) { return byId.get(id); }
    }

    public RockerRx(KaitaiStream _io) {
        this(_io, null, null);
    }

    public RockerRx(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public RockerRx(KaitaiStream _io, KaitaiStruct _parent, RockerRx _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.tlvs = new ArrayList<RxTlv>();
        {
            int i = 0;
            while (!this._io.isEof()) {
                this.tlvs.add(new RxTlv(this._io, this, _root));
                i++;
            }
        }
    }

    public void _fetchInstances() {
        for (int i = 0; i < this.tlvs.size(); i++) {
            this.tlvs.get(((Number) (i)).intValue())._fetchInstances();
        }
    }

    /**
     * One TLV of an Rx buffer.
     */
    public static class RxTlv extends KaitaiStruct {
        public static RxTlv fromFile(String fileName) throws IOException {
            return new RxTlv(new ByteBufferKaitaiStream(fileName));
        }

        public RxTlv(KaitaiStream _io) {
            this(_io, null, null);
        }

        public RxTlv(KaitaiStream _io, RockerRx _parent) {
            this(_io, _parent, null);
        }

        public RxTlv(KaitaiStream _io, RockerRx _parent, RockerRx _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.tlvType = RockerRx.RxAttr.byId(this._io.readU4le());
            this.lenTlv = this._io.readU2le();
            if (!(this.lenTlv >= 8)) {
                throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/rx_tlv/seq/1");
            }
            this.reserved = this._io.readU2le();
            {
                RxAttr on = tlvType();
                if (on != null) {
                    switch (tlvType()) {
                    case CSUM: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case FLAGS: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.RxFlags(_io_value);
                        break;
                    }
                    case FRAG_ADDR: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case FRAG_LEN: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case FRAG_MAX_LEN: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    default: {
                        this.value = this._io.readBytes(lenTlv() - 8);
                        break;
                    }
                    }
                } else {
                    this.value = this._io.readBytes(lenTlv() - 8);
                }
            }
            this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(lenTlv(), 8), 8));
        }

        public void _fetchInstances() {
            {
                RxAttr on = tlvType();
                if (on != null) {
                    switch (tlvType()) {
                    case CSUM: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case FLAGS: {
                        ((Rocker.RxFlags) (this.value))._fetchInstances();
                        break;
                    }
                    case FRAG_ADDR: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case FRAG_LEN: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case FRAG_MAX_LEN: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
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
        private RxAttr tlvType;
        private int lenTlv;
        private int reserved;
        private Object value;
        private byte[] padding;
        private RockerRx _root;
        private RockerRx _parent;

        /**
         * Which attribute.
         */
        public RxAttr tlvType() { return tlvType; }

        /**
         * Length of the TLV, header included.
         */
        public int lenTlv() { return lenTlv; }

        /**
         * Padding; zero.
         */
        public int reserved() { return reserved; }

        /**
         * The value.
         */
        public Object value() { return value; }

        /**
         * Zeros up to an 8-byte boundary.
         */
        public byte[] padding() { return padding; }
        public RockerRx _root() { return _root; }
        public RockerRx _parent() { return _parent; }
    }
    private List<RxTlv> tlvs;
    private RockerRx _root;
    private KaitaiStruct _parent;

    /**
     * The TLVs.
     */
    public List<RxTlv> tlvs() { return tlvs; }
    public RockerRx _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
