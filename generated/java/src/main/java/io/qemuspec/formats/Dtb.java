// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.Map;
import java.util.HashMap;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;


/**
 * The flattened device tree is how a machine description reaches an
 * operating system: a header, a memory reservation block, a structure block
 * and a strings block. The structure block is a stream of big-endian 32-bit
 * tokens: a node opens with BEGIN_NODE and its name, holds PROP tokens
 * (length, offset of the property's name in the strings block, value) and
 * child nodes, and closes with END_NODE; END closes the block. NOP tokens may
 * appear anywhere and mean nothing. Names and values are padded to 4 bytes.
 * 
 * QEMU's pseries machine hands the guest such a tree (and writes it to a file
 * with `-M pseries,dumpdtb=FILE`). This spec decodes the dynamic
 * reconfiguration properties of the sPAPR hotplug specification wherever
 * they appear: `ibm,drc-indexes`, `ibm,drc-names`, `ibm,drc-types`,
 * `ibm,drc-power-domains`, `ibm,lrdr-capacity`, `ibm,dynamic-memory`,
 * `ibm,dynamic-memory-v2`, `ibm,associativity-lookup-arrays` and
 * `ibm,my-drc-index`. Other property values stay raw bytes.
 * 
 * Only version 17 blobs (the only version written today; its last
 * compatible version is 16) are read.
 * @see <a href="https://devicetree-specification.readthedocs.io/en/stable/flattened-format.html">Source</a>
 * @see <a href="https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt">Source</a>
 */
public class Dtb extends KaitaiStruct {
    public static Dtb fromFile(String fileName) throws IOException {
        return new Dtb(new ByteBufferKaitaiStream(fileName));
    }

    public enum Token {
        BEGIN_NODE(1),
        END_NODE(2),
        PROP(3),
        NOP(4),
        END(9);

        private final long id;
        Token(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Token> byId = new HashMap<Long, Token>(5);
        static {
            for (Token e : Token.values())
                byId.put(e.id(), e);
        }
        public static Token byId(long id) { return byId.get(id); }
    }

    public Dtb(KaitaiStream _io) {
        this(_io, null, null);
    }

    public Dtb(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public Dtb(KaitaiStream _io, KaitaiStruct _parent, Dtb _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.magic = this._io.readBytes(4);
        if (!(Arrays.equals(this.magic, new byte[] { -48, 13, -2, -19 }))) {
            throw new KaitaiStream.ValidationNotEqualError(new byte[] { -48, 13, -2, -19 }, this.magic, this._io, "/seq/0");
        }
        this.lenTotal = this._io.readU4be();
        this.ofsStructureBlock = this._io.readU4be();
        this.ofsStringsBlock = this._io.readU4be();
        this.ofsMemoryReservationBlock = this._io.readU4be();
        this.version = this._io.readU4be();
        if (!(this.version >= 17)) {
            throw new KaitaiStream.ValidationLessThanError(17, this.version, this._io, "/seq/5");
        }
        this.minCompatibleVersion = this._io.readU4be();
        this.bootCpuidPhys = this._io.readU4be();
        this.lenStringsBlock = this._io.readU4be();
        this.lenStructureBlock = this._io.readU4be();
    }

    public void _fetchInstances() {
        memoryReservations();
        if (this.memoryReservations != null) {
            for (int i = 0; i < this.memoryReservations.size(); i++) {
                this.memoryReservations.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
        stringsBlock();
        if (this.stringsBlock != null) {
            this.stringsBlock._fetchInstances();
        }
        structureBlock();
        if (this.structureBlock != null) {
            this.structureBlock._fetchInstances();
        }
    }

    /**
     * One token and what follows it. BEGIN_NODE is followed by a whole
     * node (its name, its properties and children, up to its END_NODE
     * token); PROP by a property; the other tokens by nothing.
     */
    public static class Item extends KaitaiStruct {
        public static Item fromFile(String fileName) throws IOException {
            return new Item(new ByteBufferKaitaiStream(fileName));
        }

        public Item(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Item(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public Item(KaitaiStream _io, KaitaiStruct _parent, Dtb _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.token = Dtb.Token.byId(this._io.readU4be());
            if (this.token == null) {
                throw new KaitaiStream.ValidationNotInEnumError(this.token, this._io, "/types/item/seq/0");
            }
            {
                Token on = token();
                if (on != null) {
                    switch (token()) {
                    case BEGIN_NODE: {
                        this.body = new Node(this._io, this, _root);
                        break;
                    }
                    case PROP: {
                        this.body = new Property(this._io, this, _root);
                        break;
                    }
                    }
                }
            }
        }

        public void _fetchInstances() {
            {
                Token on = token();
                if (on != null) {
                    switch (token()) {
                    case BEGIN_NODE: {
                        ((Node) (this.body))._fetchInstances();
                        break;
                    }
                    case PROP: {
                        ((Property) (this.body))._fetchInstances();
                        break;
                    }
                    }
                }
            }
        }
        private Token token;
        private KaitaiStruct body;
        private Dtb _root;
        private KaitaiStruct _parent;

        /**
         * What comes next; any other number is an error.
         */
        public Token token() { return token; }

        /**
         * The node or property the token opens (absent for END_NODE, NOP and END).
         */
        public KaitaiStruct body() { return body; }
        public Dtb _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * One reserved range (16 bytes).
     */
    public static class MemoryReservation extends KaitaiStruct {
        public static MemoryReservation fromFile(String fileName) throws IOException {
            return new MemoryReservation(new ByteBufferKaitaiStream(fileName));
        }

        public MemoryReservation(KaitaiStream _io) {
            this(_io, null, null);
        }

        public MemoryReservation(KaitaiStream _io, Dtb _parent) {
            this(_io, _parent, null);
        }

        public MemoryReservation(KaitaiStream _io, Dtb _parent, Dtb _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.address = this._io.readU8be();
            this.size = this._io.readU8be();
        }

        public void _fetchInstances() {
        }
        private long address;
        private long size;
        private Dtb _root;
        private Dtb _parent;

        /**
         * First physical address of the range.
         */
        public long address() { return address; }

        /**
         * Length of the range in bytes; zero with a zero address ends the list.
         */
        public long size() { return size; }
        public Dtb _root() { return _root; }
        public Dtb _parent() { return _parent; }
    }

    /**
     * A node: its name (the root's is empty; others are `name@unit-address`),
     * then its properties and child nodes in any order, up to the END_NODE
     * token that closes it.
     */
    public static class Node extends KaitaiStruct {
        public static Node fromFile(String fileName) throws IOException {
            return new Node(new ByteBufferKaitaiStream(fileName));
        }

        public Node(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Node(KaitaiStream _io, Dtb.Item _parent) {
            this(_io, _parent, null);
        }

        public Node(KaitaiStream _io, Dtb.Item _parent, Dtb _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.name = new String(this._io.readBytesTerm((byte) 0, false, true, true), StandardCharsets.US_ASCII);
            this.namePadding = this._io.readBytes(KaitaiStream.mod(4 - KaitaiStream.mod(_io().pos(), 4), 4));
            this.items = new ArrayList<Item>();
            {
                Item _it;
                int i = 0;
                do {
                    _it = new Item(this._io, this, _root);
                    this.items.add(_it);
                    i++;
                } while (!(_it.token() == Dtb.Token.END_NODE));
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.items.size(); i++) {
                this.items.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
        private String name;
        private byte[] namePadding;
        private List<Item> items;
        private Dtb _root;
        private Dtb.Item _parent;

        /**
         * Node name, NUL-terminated.
         */
        public String name() { return name; }

        /**
         * Zeros up to the next 4-byte boundary.
         */
        public byte[] namePadding() { return namePadding; }

        /**
         * Properties, child nodes and NOPs of this node, ended by END_NODE (kept in the list).
         */
        public List<Item> items() { return items; }
        public Dtb _root() { return _root; }
        public Dtb.Item _parent() { return _parent; }
    }

    /**
     * A property: the length of its value, where its name is in the
     * strings block, and the value. The sPAPR dynamic reconfiguration
     * properties are decoded by name; other values stay raw bytes.
     */
    public static class Property extends KaitaiStruct {
        public static Property fromFile(String fileName) throws IOException {
            return new Property(new ByteBufferKaitaiStream(fileName));
        }

        public Property(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Property(KaitaiStream _io, Dtb.Item _parent) {
            this(_io, _parent, null);
        }

        public Property(KaitaiStream _io, Dtb.Item _parent, Dtb _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.lenValue = this._io.readU4be();
            this.ofsName = this._io.readU4be();
            switch (name()) {
            case "ibm,associativity-lookup-arrays": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new SpaprAssociativityLookupArrays(_io_value);
                break;
            }
            case "ibm,drc-indexes": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new SpaprDrcIndexes(_io_value);
                break;
            }
            case "ibm,drc-names": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new SpaprDrcNames(_io_value);
                break;
            }
            case "ibm,drc-power-domains": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new SpaprDrcPowerDomains(_io_value);
                break;
            }
            case "ibm,drc-types": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new SpaprDrcTypes(_io_value);
                break;
            }
            case "ibm,dynamic-memory": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new SpaprDynamicMemory(_io_value);
                break;
            }
            case "ibm,dynamic-memory-v2": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new SpaprDynamicMemoryV2(_io_value);
                break;
            }
            case "ibm,lrdr-capacity": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new SpaprLrdrCapacity(_io_value);
                break;
            }
            case "ibm,my-drc-index": {
                KaitaiStream _io_value = this._io.substream(lenValue());
                this.value = new Spapr.DrcIndex(_io_value);
                break;
            }
            default: {
                this.value = this._io.readBytes(lenValue());
                break;
            }
            }
            this.valuePadding = this._io.readBytes(KaitaiStream.mod(4 - KaitaiStream.mod(lenValue(), 4), 4));
        }

        public void _fetchInstances() {
            switch (name()) {
            case "ibm,associativity-lookup-arrays": {
                ((SpaprAssociativityLookupArrays) (this.value))._fetchInstances();
                break;
            }
            case "ibm,drc-indexes": {
                ((SpaprDrcIndexes) (this.value))._fetchInstances();
                break;
            }
            case "ibm,drc-names": {
                ((SpaprDrcNames) (this.value))._fetchInstances();
                break;
            }
            case "ibm,drc-power-domains": {
                ((SpaprDrcPowerDomains) (this.value))._fetchInstances();
                break;
            }
            case "ibm,drc-types": {
                ((SpaprDrcTypes) (this.value))._fetchInstances();
                break;
            }
            case "ibm,dynamic-memory": {
                ((SpaprDynamicMemory) (this.value))._fetchInstances();
                break;
            }
            case "ibm,dynamic-memory-v2": {
                ((SpaprDynamicMemoryV2) (this.value))._fetchInstances();
                break;
            }
            case "ibm,lrdr-capacity": {
                ((SpaprLrdrCapacity) (this.value))._fetchInstances();
                break;
            }
            case "ibm,my-drc-index": {
                ((Spapr.DrcIndex) (this.value))._fetchInstances();
                break;
            }
            default: {
                break;
            }
            }
            name();
            if (this.name != null) {
            }
        }
        private String name;

        /**
         * The property's name, read from the strings block.
         */
        public String name() {
            if (this.name != null)
                return this.name;
            KaitaiStream io = _root().stringsBlock()._io();
            long _pos = io.pos();
            io.seek(ofsName());
            this.name = new String(io.readBytesTerm((byte) 0, false, true, true), StandardCharsets.US_ASCII);
            io.seek(_pos);
            return this.name;
        }
        private long lenValue;
        private long ofsName;
        private Object value;
        private byte[] valuePadding;
        private Dtb _root;
        private Dtb.Item _parent;

        /**
         * Length of the value in bytes (zero for a property that is only a flag).
         */
        public long lenValue() { return lenValue; }

        /**
         * Offset of the property's name in the strings block.
         */
        public long ofsName() { return ofsName; }

        /**
         * The value; decoded for the sPAPR properties named above, raw bytes otherwise.
         */
        public Object value() { return value; }

        /**
         * Zeros up to the next 4-byte boundary.
         */
        public byte[] valuePadding() { return valuePadding; }
        public Dtb _root() { return _root; }
        public Dtb.Item _parent() { return _parent; }
    }

    /**
     * The property names, NUL-terminated, one after another.
     */
    public static class StringsBlock extends KaitaiStruct {
        public static StringsBlock fromFile(String fileName) throws IOException {
            return new StringsBlock(new ByteBufferKaitaiStream(fileName));
        }

        public StringsBlock(KaitaiStream _io) {
            this(_io, null, null);
        }

        public StringsBlock(KaitaiStream _io, Dtb _parent) {
            this(_io, _parent, null);
        }

        public StringsBlock(KaitaiStream _io, Dtb _parent, Dtb _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.data = this._io.readBytesFull();
        }

        public void _fetchInstances() {
        }
        private byte[] data;
        private Dtb _root;
        private Dtb _parent;

        /**
         * The raw block; `fdt_property.name` reads from it.
         */
        public byte[] data() { return data; }
        public Dtb _root() { return _root; }
        public Dtb _parent() { return _parent; }
    }

    /**
     * Top-level tokens of the structure block: usually NOPs, the root
     * node (a BEGIN_NODE token with everything inside it) and END.
     */
    public static class StructureBlock extends KaitaiStruct {
        public static StructureBlock fromFile(String fileName) throws IOException {
            return new StructureBlock(new ByteBufferKaitaiStream(fileName));
        }

        public StructureBlock(KaitaiStream _io) {
            this(_io, null, null);
        }

        public StructureBlock(KaitaiStream _io, Dtb _parent) {
            this(_io, _parent, null);
        }

        public StructureBlock(KaitaiStream _io, Dtb _parent, Dtb _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.items = new ArrayList<Item>();
            {
                Item _it;
                int i = 0;
                do {
                    _it = new Item(this._io, this, _root);
                    this.items.add(_it);
                    i++;
                } while (!(_it.token() == Dtb.Token.END));
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.items.size(); i++) {
                this.items.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
        private List<Item> items;
        private Dtb _root;
        private Dtb _parent;

        /**
         * Tokens up to and including END.
         */
        public List<Item> items() { return items; }
        public Dtb _root() { return _root; }
        public Dtb _parent() { return _parent; }
    }
    private List<MemoryReservation> memoryReservations;

    /**
     * Ranges of physical memory the operating system must not use, ended
     * by an entry whose address and size are both zero (kept in the list).
     */
    public List<MemoryReservation> memoryReservations() {
        if (this.memoryReservations != null)
            return this.memoryReservations;
        long _pos = this._io.pos();
        this._io.seek(ofsMemoryReservationBlock());
        this.memoryReservations = new ArrayList<MemoryReservation>();
        {
            MemoryReservation _it;
            int i = 0;
            do {
                _it = new MemoryReservation(this._io, this, _root);
                this.memoryReservations.add(_it);
                i++;
            } while (!( ((_it.address() == 0) && (_it.size() == 0)) ));
        }
        this._io.seek(_pos);
        return this.memoryReservations;
    }
    private StringsBlock stringsBlock;

    /**
     * The NUL-terminated property names that PROP tokens point into.
     */
    public StringsBlock stringsBlock() {
        if (this.stringsBlock != null)
            return this.stringsBlock;
        long _pos = this._io.pos();
        this._io.seek(ofsStringsBlock());
        KaitaiStream _io_stringsBlock = this._io.substream(lenStringsBlock());
        this.stringsBlock = new StringsBlock(_io_stringsBlock, this, _root);
        this._io.seek(_pos);
        return this.stringsBlock;
    }
    private StructureBlock structureBlock;

    /**
     * The tree itself, as a stream of tokens.
     */
    public StructureBlock structureBlock() {
        if (this.structureBlock != null)
            return this.structureBlock;
        long _pos = this._io.pos();
        this._io.seek(ofsStructureBlock());
        KaitaiStream _io_structureBlock = this._io.substream(lenStructureBlock());
        this.structureBlock = new StructureBlock(_io_structureBlock, this, _root);
        this._io.seek(_pos);
        return this.structureBlock;
    }
    private byte[] magic;
    private long lenTotal;
    private long ofsStructureBlock;
    private long ofsStringsBlock;
    private long ofsMemoryReservationBlock;
    private long version;
    private long minCompatibleVersion;
    private long bootCpuidPhys;
    private long lenStringsBlock;
    private long lenStructureBlock;
    private Dtb _root;
    private KaitaiStruct _parent;

    /**
     * The four bytes d0 0d fe ed.
     */
    public byte[] magic() { return magic; }

    /**
     * Size of the whole blob in bytes, all blocks and gaps included.
     */
    public long lenTotal() { return lenTotal; }

    /**
     * Offset of the structure block from the start of the blob.
     */
    public long ofsStructureBlock() { return ofsStructureBlock; }

    /**
     * Offset of the strings block from the start of the blob.
     */
    public long ofsStringsBlock() { return ofsStringsBlock; }

    /**
     * Offset of the memory reservation block from the start of the blob.
     */
    public long ofsMemoryReservationBlock() { return ofsMemoryReservationBlock; }

    /**
     * Version of the format; 17 for every blob written today.
     */
    public long version() { return version; }

    /**
     * Oldest version a reader may know and still read this blob (16 for version 17).
     */
    public long minCompatibleVersion() { return minCompatibleVersion; }

    /**
     * Physical id of the CPU that boots (its `reg` value in the /cpus node).
     */
    public long bootCpuidPhys() { return bootCpuidPhys; }

    /**
     * Size of the strings block in bytes.
     */
    public long lenStringsBlock() { return lenStringsBlock; }

    /**
     * Size of the structure block in bytes.
     */
    public long lenStructureBlock() { return lenStructureBlock; }
    public Dtb _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
