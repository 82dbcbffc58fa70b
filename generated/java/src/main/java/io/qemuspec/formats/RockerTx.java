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
 * The buffer of a descriptor on a port's Tx ring: the packet to send, as
 * fragments in guest memory (TX_FRAGS, a nest of TX_FRAG nests, each with
 * an address and a length; at most 16), and the offloads wanted. The
 * destination port is the ring's port (the spec also lists a PPORT TLV;
 * QEMU takes the port from the ring). TLV headers as in `rocker_cmd`.
 * @see <a href="https://www.qemu.org/docs/master/specs/rocker.html#tx-packet-processing">Source</a>
 */
public class RockerTx extends KaitaiStruct {
    public static RockerTx fromFile(String fileName) throws IOException {
        return new RockerTx(new ByteBufferKaitaiStream(fileName));
    }

    public enum FragAttr {
        ADDR(1),
        LEN(2);

        private final long id;
        FragAttr(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, FragAttr> byId = new HashMap<Long, FragAttr>(2);
        static {
            for (FragAttr e : FragAttr.values())
                byId.put(e.id(), e);
        }
        public static FragAttr byId(long id) { return byId.get(id); }
    }

    public enum TxAttr {
        OFFLOAD(1),
        L3_CSUM_OFF(2),
        TSO_MSS(3),
        TSO_HDR_LEN(4),
        FRAGS(5);

        private final long id;
        TxAttr(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, TxAttr> byId = new HashMap<Long, TxAttr>(5);
        static {
            for (TxAttr e : TxAttr.values())
                byId.put(e.id(), e);
        }
        public static TxAttr byId(long id) { return byId.get(id); }
    }

    public RockerTx(KaitaiStream _io) {
        this(_io, null, null);
    }

    public RockerTx(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public RockerTx(KaitaiStream _io, KaitaiStruct _parent, RockerTx _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.tlvs = new ArrayList<TxTlv>();
        {
            int i = 0;
            while (!this._io.isEof()) {
                this.tlvs.add(new TxTlv(this._io, this, _root));
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
     * One attribute of a fragment.
     */
    public static class FragAttrTlv extends KaitaiStruct {
        public static FragAttrTlv fromFile(String fileName) throws IOException {
            return new FragAttrTlv(new ByteBufferKaitaiStream(fileName));
        }

        public FragAttrTlv(KaitaiStream _io) {
            this(_io, null, null);
        }

        public FragAttrTlv(KaitaiStream _io, RockerTx.FragAttrs _parent) {
            this(_io, _parent, null);
        }

        public FragAttrTlv(KaitaiStream _io, RockerTx.FragAttrs _parent, RockerTx _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.tlvType = RockerTx.FragAttr.byId(this._io.readU4le());
            this.lenTlv = this._io.readU2le();
            if (!(this.lenTlv >= 8)) {
                throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/frag_attr_tlv/seq/1");
            }
            this.reserved = this._io.readU2le();
            KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
            this.value = new Rocker.LeUint(_io_value);
            this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(lenTlv(), 8), 8));
        }

        public void _fetchInstances() {
            this.value._fetchInstances();
        }
        private FragAttr tlvType;
        private int lenTlv;
        private int reserved;
        private Rocker.LeUint value;
        private byte[] padding;
        private RockerTx _root;
        private RockerTx.FragAttrs _parent;

        /**
         * Address or length.
         */
        public FragAttr tlvType() { return tlvType; }

        /**
         * Length of the TLV, header included.
         */
        public int lenTlv() { return lenTlv; }

        /**
         * Padding; zero.
         */
        public int reserved() { return reserved; }

        /**
         * The fragment's guest address (64 bits) or length (16 bits).
         */
        public Rocker.LeUint value() { return value; }

        /**
         * Zeros up to an 8-byte boundary.
         */
        public byte[] padding() { return padding; }
        public RockerTx _root() { return _root; }
        public RockerTx.FragAttrs _parent() { return _parent; }
    }

    /**
     * The attributes of one fragment.
     */
    public static class FragAttrs extends KaitaiStruct {
        public static FragAttrs fromFile(String fileName) throws IOException {
            return new FragAttrs(new ByteBufferKaitaiStream(fileName));
        }

        public FragAttrs(KaitaiStream _io) {
            this(_io, null, null);
        }

        public FragAttrs(KaitaiStream _io, RockerTx.FragTlv _parent) {
            this(_io, _parent, null);
        }

        public FragAttrs(KaitaiStream _io, RockerTx.FragTlv _parent, RockerTx _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.attrs = new ArrayList<FragAttrTlv>();
            {
                int i = 0;
                while (!this._io.isEof()) {
                    this.attrs.add(new FragAttrTlv(this._io, this, _root));
                    i++;
                }
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.attrs.size(); i++) {
                this.attrs.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
        private List<FragAttrTlv> attrs;
        private RockerTx _root;
        private RockerTx.FragTlv _parent;

        /**
         * TX_FRAG_ATTR_ADDR and TX_FRAG_ATTR_LEN.
         */
        public List<FragAttrTlv> attrs() { return attrs; }
        public RockerTx _root() { return _root; }
        public RockerTx.FragTlv _parent() { return _parent; }
    }

    /**
     * A TX_FRAG nest.
     */
    public static class FragTlv extends KaitaiStruct {
        public static FragTlv fromFile(String fileName) throws IOException {
            return new FragTlv(new ByteBufferKaitaiStream(fileName));
        }

        public FragTlv(KaitaiStream _io) {
            this(_io, null, null);
        }

        public FragTlv(KaitaiStream _io, RockerTx.Frags _parent) {
            this(_io, _parent, null);
        }

        public FragTlv(KaitaiStream _io, RockerTx.Frags _parent, RockerTx _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.tlvType = this._io.readU4le();
            this.lenTlv = this._io.readU2le();
            if (!(this.lenTlv >= 8)) {
                throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/frag_tlv/seq/1");
            }
            this.reserved = this._io.readU2le();
            KaitaiStream _io_attrs = this._io.substream(lenTlv() - 8);
            this.attrs = new FragAttrs(_io_attrs, this, _root);
            this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(lenTlv(), 8), 8));
        }

        public void _fetchInstances() {
            this.attrs._fetchInstances();
        }
        private long tlvType;
        private int lenTlv;
        private int reserved;
        private FragAttrs attrs;
        private byte[] padding;
        private RockerTx _root;
        private RockerTx.Frags _parent;

        /**
         * 1 (TX_FRAG); QEMU refuses anything else with EINVAL.
         */
        public long tlvType() { return tlvType; }

        /**
         * Length of the TLV, header included.
         */
        public int lenTlv() { return lenTlv; }

        /**
         * Padding; zero.
         */
        public int reserved() { return reserved; }

        /**
         * Address and length of the fragment.
         */
        public FragAttrs attrs() { return attrs; }

        /**
         * Zeros up to an 8-byte boundary.
         */
        public byte[] padding() { return padding; }
        public RockerTx _root() { return _root; }
        public RockerTx.Frags _parent() { return _parent; }
    }

    /**
     * The TX_FRAGS nest.
     */
    public static class Frags extends KaitaiStruct {
        public static Frags fromFile(String fileName) throws IOException {
            return new Frags(new ByteBufferKaitaiStream(fileName));
        }

        public Frags(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Frags(KaitaiStream _io, RockerTx.TxTlv _parent) {
            this(_io, _parent, null);
        }

        public Frags(KaitaiStream _io, RockerTx.TxTlv _parent, RockerTx _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.frags = new ArrayList<FragTlv>();
            {
                int i = 0;
                while (!this._io.isEof()) {
                    this.frags.add(new FragTlv(this._io, this, _root));
                    i++;
                }
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.frags.size(); i++) {
                this.frags.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
        private List<FragTlv> frags;
        private RockerTx _root;
        private RockerTx.TxTlv _parent;

        /**
         * One TX_FRAG nest per fragment.
         */
        public List<FragTlv> frags() { return frags; }
        public RockerTx _root() { return _root; }
        public RockerTx.TxTlv _parent() { return _parent; }
    }

    /**
     * A top-level TLV of a Tx buffer.
     */
    public static class TxTlv extends KaitaiStruct {
        public static TxTlv fromFile(String fileName) throws IOException {
            return new TxTlv(new ByteBufferKaitaiStream(fileName));
        }

        public TxTlv(KaitaiStream _io) {
            this(_io, null, null);
        }

        public TxTlv(KaitaiStream _io, RockerTx _parent) {
            this(_io, _parent, null);
        }

        public TxTlv(KaitaiStream _io, RockerTx _parent, RockerTx _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.tlvType = RockerTx.TxAttr.byId(this._io.readU4le());
            this.lenTlv = this._io.readU2le();
            if (!(this.lenTlv >= 8)) {
                throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/tx_tlv/seq/1");
            }
            this.reserved = this._io.readU2le();
            {
                TxAttr on = tlvType();
                if (on != null) {
                    switch (tlvType()) {
                    case FRAGS: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Frags(_io_value, this, _root);
                        break;
                    }
                    case L3_CSUM_OFF: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case OFFLOAD: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case TSO_HDR_LEN: {
                        KaitaiStream _io_value = this._io.substream(lenTlv() - 8);
                        this.value = new Rocker.LeUint(_io_value);
                        break;
                    }
                    case TSO_MSS: {
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
                TxAttr on = tlvType();
                if (on != null) {
                    switch (tlvType()) {
                    case FRAGS: {
                        ((Frags) (this.value))._fetchInstances();
                        break;
                    }
                    case L3_CSUM_OFF: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case OFFLOAD: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case TSO_HDR_LEN: {
                        ((Rocker.LeUint) (this.value))._fetchInstances();
                        break;
                    }
                    case TSO_MSS: {
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
        private TxAttr tlvType;
        private int lenTlv;
        private int reserved;
        private Object value;
        private byte[] padding;
        private RockerTx _root;
        private RockerTx _parent;

        /**
         * Which attribute.
         */
        public TxAttr tlvType() { return tlvType; }

        /**
         * Length of the TLV, header included.
         */
        public int lenTlv() { return lenTlv; }

        /**
         * Padding; zero.
         */
        public int reserved() { return reserved; }

        /**
         * The value (`rocker::tx_offload` for TX_OFFLOAD).
         */
        public Object value() { return value; }

        /**
         * Zeros up to an 8-byte boundary.
         */
        public byte[] padding() { return padding; }
        public RockerTx _root() { return _root; }
        public RockerTx _parent() { return _parent; }
    }
    private List<TxTlv> tlvs;
    private RockerTx _root;
    private KaitaiStruct _parent;

    /**
     * The TLVs.
     */
    public List<TxTlv> tlvs() { return tlvs; }
    public RockerTx _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
