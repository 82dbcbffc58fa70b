// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.Map;
import java.util.HashMap;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;


/**
 * Rocker is QEMU's emulated Ethernet switch (PCI 1b36:0006, class 0x0280).
 * BAR0 (0x2000 bytes) holds its registers, all little-endian, 32-bit or
 * 64-bit (a 64-bit register is accessed as two 32-bit halves, low first, or
 * at once): bogus registers that read 0xdeadbabe (0x0..0xf), test registers
 * (0x10..), switch registers (0x300..) and, from 0x1000, 32 bytes of DMA
 * ring registers per descriptor ring: ring 0 carries commands, ring 1
 * events, then a Tx and an Rx ring per front-panel port. BAR1 holds the
 * MSI-X table (0x0) and pending bits (0x1000).
 * 
 * The top level of this spec reads a dump of BAR0 made by reading every
 * 32-bit word. Its types are the values the other Rocker specs share: TLV
 * values in little-endian, network (big-endian) order, MAC and IP
 * addresses. Registers that are write-only (CONTROL, TEST_DMA_CTRL, a
 * ring's CTRL) read as zero, as do unused rings.
 * @see <a href="https://www.qemu.org/docs/master/specs/rocker.html">Source</a>
 */
public class Rocker extends KaitaiStruct {
    public static Rocker fromFile(String fileName) throws IOException {
        return new Rocker(new ByteBufferKaitaiStream(fileName));
    }

    public enum MsixVector {
        CMD(0),
        EVENT(1),
        TEST(2),
        RESERVED(3);

        private final long id;
        MsixVector(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, MsixVector> byId = new HashMap<Long, MsixVector>(4);
        static {
            for (MsixVector e : MsixVector.values())
                byId.put(e.id(), e);
        }
        public static MsixVector byId(long id) { return byId.get(id); }
    }

    public enum OfDpaGroupType {
        L2_INTERFACE(0),
        L2_REWRITE(1),
        L3_UNICAST(2),
        L2_MULTICAST(3),
        L2_FLOOD(4),
        L3_INTERFACE(5),
        L3_MULTICAST(6),
        L3_ECMP(7),
        L2_OVERLAY(8);

        private final long id;
        OfDpaGroupType(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, OfDpaGroupType> byId = new HashMap<Long, OfDpaGroupType>(9);
        static {
            for (OfDpaGroupType e : OfDpaGroupType.values())
                byId.put(e.id(), e);
        }
        public static OfDpaGroupType byId(long id) { return byId.get(id); }
    }

    public enum OfDpaOverlayType {
        FLOOD_UNICAST(0),
        FLOOD_MULTICAST(1),
        MULTICAST_UNICAST(2),
        MULTICAST_MULTICAST(3);

        private final long id;
        OfDpaOverlayType(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, OfDpaOverlayType> byId = new HashMap<Long, OfDpaOverlayType>(4);
        static {
            for (OfDpaOverlayType e : OfDpaOverlayType.values())
                byId.put(e.id(), e);
        }
        public static OfDpaOverlayType byId(long id) { return byId.get(id); }
    }

    public enum OfDpaTable {
        INGRESS_PORT(0),
        VLAN(10),
        TERMINATION_MAC(20),
        UNICAST_ROUTING(30),
        MULTICAST_ROUTING(40),
        BRIDGING(50),
        ACL_POLICY(60);

        private final long id;
        OfDpaTable(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, OfDpaTable> byId = new HashMap<Long, OfDpaTable>(7);
        static {
            for (OfDpaTable e : OfDpaTable.values())
                byId.put(e.id(), e);
        }
        public static OfDpaTable byId(long id) { return byId.get(id); }
    }

    public enum PortMode {
        OF_DPA(0);

        private final long id;
        PortMode(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, PortMode> byId = new HashMap<Long, PortMode>(1);
        static {
            for (PortMode e : PortMode.values())
                byId.put(e.id(), e);
        }
        public static PortMode byId(long id) { return byId.get(id); }
    }

    public enum Register {
        BOGUS_REG0(0),
        BOGUS_REG1(4),
        BOGUS_REG2(8),
        BOGUS_REG3(12),
        TEST_REG(16),
        TEST_REG64(24),
        TEST_IRQ(32),
        TEST_DMA_ADDR(40),
        TEST_DMA_SIZE(48),
        TEST_DMA_CTRL(52),
        CONTROL(768),
        PORT_PHYS_COUNT(772),
        PORT_PHYS_LINK_STATUS(784),
        PORT_PHYS_ENABLE(792),
        SWITCH_ID(800),
        DMA_DESC_BASE(4096);

        private final long id;
        Register(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Register> byId = new HashMap<Long, Register>(16);
        static {
            for (Register e : Register.values())
                byId.put(e.id(), e);
        }
        public static Register byId(long id) { return byId.get(id); }
    }

    public enum ReturnCode {
        OK(0),
        ENOENT(2),
        ENXIO(6),
        ENOMEM(12),
        EEXIST(17),
        EINVAL(22),
        EMSGSIZE(90),
        ENOTSUP(95),
        ENOBUFS(105);

        private final long id;
        ReturnCode(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, ReturnCode> byId = new HashMap<Long, ReturnCode>(9);
        static {
            for (ReturnCode e : ReturnCode.values())
                byId.put(e.id(), e);
        }
        public static ReturnCode byId(long id) { return byId.get(id); }
    }

    public enum Ring {
        CMD(0),
        EVENT(1);

        private final long id;
        Ring(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Ring> byId = new HashMap<Long, Ring>(2);
        static {
            for (Ring e : Ring.values())
                byId.put(e.id(), e);
        }
        public static Ring byId(long id) { return byId.get(id); }
    }

    public enum RingRegister {
        BASE_ADDR(0),
        SIZE(8),
        HEAD(12),
        TAIL(16),
        CTRL(20),
        CREDITS(24);

        private final long id;
        RingRegister(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, RingRegister> byId = new HashMap<Long, RingRegister>(6);
        static {
            for (RingRegister e : RingRegister.values())
                byId.put(e.id(), e);
        }
        public static RingRegister byId(long id) { return byId.get(id); }
    }

    public enum TestDmaOp {
        CLEAR(1),
        FILL(2),
        INVERT(4);

        private final long id;
        TestDmaOp(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, TestDmaOp> byId = new HashMap<Long, TestDmaOp>(3);
        static {
            for (TestDmaOp e : TestDmaOp.values())
                byId.put(e.id(), e);
        }
        public static TestDmaOp byId(long id) { return byId.get(id); }
    }

    public enum TxOffload {
        NONE(0),
        IP_CSUM(1),
        TCP_UDP_CSUM(2),
        L3_CSUM(3),
        TSO(4);

        private final long id;
        TxOffload(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, TxOffload> byId = new HashMap<Long, TxOffload>(5);
        static {
            for (TxOffload e : TxOffload.values())
                byId.put(e.id(), e);
        }
        public static TxOffload byId(long id) { return byId.get(id); }
    }

    public Rocker(KaitaiStream _io) {
        this(_io, null, null);
    }

    public Rocker(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public Rocker(KaitaiStream _io, KaitaiStruct _parent, Rocker _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.bogusRegisters = new ArrayList<Long>();
        for (int i = 0; i < 4; i++) {
            this.bogusRegisters.add(this._io.readU4le());
        }
        this.testReg = this._io.readU4le();
        this.reserved1 = this._io.readBytes(4);
        this.testReg64Lo = this._io.readU4le();
        this.testReg64Hi = this._io.readU4le();
        this.testIrq = this._io.readU4le();
        this.reserved2 = this._io.readBytes(4);
        this.testDmaAddrLo = this._io.readU4le();
        this.testDmaAddrHi = this._io.readU4le();
        this.testDmaSize = this._io.readU4le();
        this.testDmaCtrl = this._io.readU4le();
        this.reserved3 = this._io.readBytes(768 - 56);
        this.control = this._io.readU4le();
        this.portPhysCount = this._io.readU4le();
        this.reserved4 = this._io.readBytes(8);
        this.portPhysLinkStatus = new PortBitmap(this._io, this, _root);
        this.portPhysEnable = new PortBitmap(this._io, this, _root);
        this.switchIdLo = this._io.readU4le();
        this.switchIdHi = this._io.readU4le();
        this.reserved5 = this._io.readBytes(4096 - 808);
        this.rings = new ArrayList<RingRegisters>();
        for (int i = 0; i < 64; i++) {
            this.rings.add(new RingRegisters(this._io, this, _root));
        }
        this.reserved6 = this._io.readBytesFull();
    }

    public void _fetchInstances() {
        for (int i = 0; i < this.bogusRegisters.size(); i++) {
        }
        this.portPhysLinkStatus._fetchInstances();
        this.portPhysEnable._fetchInstances();
        for (int i = 0; i < this.rings.size(); i++) {
            this.rings.get(((Number) (i)).intValue())._fetchInstances();
        }
    }

    /**
     * A network-order (big-endian) unsigned TLV value of 1, 2 or 4 bytes, marked (N) in the spec.
     */
    public static class BeUint extends KaitaiStruct {
        public static BeUint fromFile(String fileName) throws IOException {
            return new BeUint(new ByteBufferKaitaiStream(fileName));
        }

        public BeUint(KaitaiStream _io) {
            this(_io, null, null);
        }

        public BeUint(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public BeUint(KaitaiStream _io, KaitaiStruct _parent, Rocker _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            switch (((Number) (_io().size())).intValue()) {
            case 1: {
                this.value = ((Number) (this._io.readU1())).longValue();
                break;
            }
            case 2: {
                this.value = ((Number) (this._io.readU2be())).longValue();
                break;
            }
            case 4: {
                this.value = this._io.readU4be();
                break;
            }
            }
        }

        public void _fetchInstances() {
            switch (((Number) (_io().size())).intValue()) {
            case 1: {
                break;
            }
            case 2: {
                break;
            }
            case 4: {
                break;
            }
            }
        }
        private Long value;
        private Rocker _root;
        private KaitaiStruct _parent;

        /**
         * The number.
         */
        public Long value() { return value; }
        public Rocker _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * An IPv4 address or mask (4 bytes, network order).
     */
    public static class Ipv4Address extends KaitaiStruct {
        public static Ipv4Address fromFile(String fileName) throws IOException {
            return new Ipv4Address(new ByteBufferKaitaiStream(fileName));
        }

        public Ipv4Address(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Ipv4Address(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public Ipv4Address(KaitaiStream _io, KaitaiStruct _parent, Rocker _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.octets = this._io.readBytes(4);
        }

        public void _fetchInstances() {
        }
        private byte[] octets;
        private Rocker _root;
        private KaitaiStruct _parent;

        /**
         * The four bytes as on the wire.
         */
        public byte[] octets() { return octets; }
        public Rocker _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * An IPv6 address or mask (16 bytes, network order).
     */
    public static class Ipv6Address extends KaitaiStruct {
        public static Ipv6Address fromFile(String fileName) throws IOException {
            return new Ipv6Address(new ByteBufferKaitaiStream(fileName));
        }

        public Ipv6Address(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Ipv6Address(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public Ipv6Address(KaitaiStream _io, KaitaiStruct _parent, Rocker _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.octets = this._io.readBytes(16);
        }

        public void _fetchInstances() {
        }
        private byte[] octets;
        private Rocker _root;
        private KaitaiStruct _parent;

        /**
         * The sixteen bytes as on the wire.
         */
        public byte[] octets() { return octets; }
        public Rocker _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * A little-endian unsigned TLV value of 1, 2, 4 or 8 bytes, whichever
     * length the TLV has (QEMU sends the event type as 4 bytes where the
     * header says 2).
     */
    public static class LeUint extends KaitaiStruct {
        public static LeUint fromFile(String fileName) throws IOException {
            return new LeUint(new ByteBufferKaitaiStream(fileName));
        }

        public LeUint(KaitaiStream _io) {
            this(_io, null, null);
        }

        public LeUint(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public LeUint(KaitaiStream _io, KaitaiStruct _parent, Rocker _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.lengthCheck = this._io.readBytes(0);
            {
                byte[] _it = this.lengthCheck;
                if (!( ((_it.length == 0) && ( ((_io().size() == 1) || (_io().size() == 2) || (_io().size() == 4) || (_io().size() == 8)) )) )) {
                    throw new KaitaiStream.ValidationExprError(this.lengthCheck, this._io, "/types/le_uint/seq/0");
                }
            }
            switch (((Number) (_io().size())).intValue()) {
            case 1: {
                this.low = ((Number) (this._io.readU1())).longValue();
                break;
            }
            case 2: {
                this.low = ((Number) (this._io.readU2le())).longValue();
                break;
            }
            case 4: {
                this.low = this._io.readU4le();
                break;
            }
            case 8: {
                this.low = this._io.readU4le();
                break;
            }
            }
            if (_io().size() == 8) {
                this.high = this._io.readU4le();
            }
        }

        public void _fetchInstances() {
            switch (((Number) (_io().size())).intValue()) {
            case 1: {
                break;
            }
            case 2: {
                break;
            }
            case 4: {
                break;
            }
            case 8: {
                break;
            }
            }
            if (_io().size() == 8) {
            }
        }
        private Long value;

        /**
         * The number.
         */
        public Long value() {
            if (this.value != null)
                return this.value;
            this.value = ((Number) ((_io().size() == 8 ? ((Number) (((Number) (high())).longValue() * 4294967296L + ((Number) (low())).longValue())).longValue() : ((Number) (low())).longValue()))).longValue();
            return this.value;
        }
        private byte[] lengthCheck;
        private Long low;
        private Long high;
        private Rocker _root;
        private KaitaiStruct _parent;

        /**
         * No bytes; refuses a value of any other length (it has no number to read).
         */
        public byte[] lengthCheck() { return lengthCheck; }

        /**
         * The value, or its low 32 bits for an 8-byte value.
         */
        public Long low() { return low; }

        /**
         * The high 32 bits of an 8-byte value.
         */
        public Long high() { return high; }
        public Rocker _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * A MAC address (6 bytes, network order).
     */
    public static class MacAddress extends KaitaiStruct {
        public static MacAddress fromFile(String fileName) throws IOException {
            return new MacAddress(new ByteBufferKaitaiStream(fileName));
        }

        public MacAddress(KaitaiStream _io) {
            this(_io, null, null);
        }

        public MacAddress(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public MacAddress(KaitaiStream _io, KaitaiStruct _parent, Rocker _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.octets = this._io.readBytes(6);
        }

        public void _fetchInstances() {
        }
        private byte[] octets;
        private Rocker _root;
        private KaitaiStruct _parent;

        /**
         * The six bytes as on the wire.
         */
        public byte[] octets() { return octets; }
        public Rocker _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * A 64-bit port bitmap read as two halves (bit n is port n).
     */
    public static class PortBitmap extends KaitaiStruct {
        public static PortBitmap fromFile(String fileName) throws IOException {
            return new PortBitmap(new ByteBufferKaitaiStream(fileName));
        }

        public PortBitmap(KaitaiStream _io) {
            this(_io, null, null);
        }

        public PortBitmap(KaitaiStream _io, Rocker _parent) {
            this(_io, _parent, null);
        }

        public PortBitmap(KaitaiStream _io, Rocker _parent, Rocker _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.lo = this._io.readU4le();
            this.hi = this._io.readU4le();
        }

        public void _fetchInstances() {
        }
        private long lo;
        private long hi;
        private Rocker _root;
        private Rocker _parent;

        /**
         * Ports 0..31 (port 0, the CPU port, always clear).
         */
        public long lo() { return lo; }

        /**
         * Ports 32..63 (port 63, loopback, always clear).
         */
        public long hi() { return hi; }
        public Rocker _root() { return _root; }
        public Rocker _parent() { return _parent; }
    }

    /**
     * The 32 bytes of registers of one descriptor ring.
     */
    public static class RingRegisters extends KaitaiStruct {
        public static RingRegisters fromFile(String fileName) throws IOException {
            return new RingRegisters(new ByteBufferKaitaiStream(fileName));
        }

        public RingRegisters(KaitaiStream _io) {
            this(_io, null, null);
        }

        public RingRegisters(KaitaiStream _io, Rocker _parent) {
            this(_io, _parent, null);
        }

        public RingRegisters(KaitaiStream _io, Rocker _parent, Rocker _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.baseAddrLo = this._io.readU4le();
            this.baseAddrHi = this._io.readU4le();
            this.size = this._io.readU4le();
            this.head = this._io.readU4le();
            this.tail = this._io.readU4le();
            this.ctrl = this._io.readU4le();
            this.credits = this._io.readU4le();
            this.reserved = this._io.readU4le();
        }

        public void _fetchInstances() {
        }
        private Long baseAddr;

        /**
         * The ring's guest physical address.
         */
        public Long baseAddr() {
            if (this.baseAddr != null)
                return this.baseAddr;
            this.baseAddr = ((Number) (((Number) (((Number) (baseAddrHi())).longValue() * 4294967296L + ((Number) (baseAddrLo())).longValue())).longValue())).longValue();
            return this.baseAddr;
        }
        private long baseAddrLo;
        private long baseAddrHi;
        private long size;
        private long head;
        private long tail;
        private long ctrl;
        private long credits;
        private long reserved;
        private Rocker _root;
        private Rocker _parent;

        /**
         * +0x00 DMA_DESC_BASE_ADDR low half; the ring's guest address, 8-byte aligned. Writing it resets head and tail.
         */
        public long baseAddrLo() { return baseAddrLo; }

        /**
         * +0x04 DMA_DESC_BASE_ADDR high half.
         */
        public long baseAddrHi() { return baseAddrHi; }

        /**
         * +0x08 DMA_DESC_SIZE, number of descriptors (a power of two, 2..65536).
         */
        public long size() { return size; }

        /**
         * +0x0c DMA_DESC_HEAD, written by the driver; writing it makes the device consume descriptors up to it.
         */
        public long head() { return head; }

        /**
         * +0x10 DMA_DESC_TAIL, advanced by the device as it completes descriptors.
         */
        public long tail() { return tail; }

        /**
         * +0x14 DMA_DESC_CTRL (write-only); bit 0 resets the ring.
         */
        public long ctrl() { return ctrl; }

        /**
         * +0x18 DMA_DESC_CREDITS, completed descriptors not yet returned; writing returns that many.
         */
        public long credits() { return credits; }

        /**
         * +0x1c, reserved.
         */
        public long reserved() { return reserved; }
        public Rocker _root() { return _root; }
        public Rocker _parent() { return _parent; }
    }

    /**
     * RX_FLAGS, how the device parsed a received packet (16 bits, little-endian).
     */
    public static class RxFlags extends KaitaiStruct {
        public static RxFlags fromFile(String fileName) throws IOException {
            return new RxFlags(new ByteBufferKaitaiStream(fileName));
        }

        public RxFlags(KaitaiStream _io) {
            this(_io, null, null);
        }

        public RxFlags(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public RxFlags(KaitaiStream _io, KaitaiStruct _parent, Rocker _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.ipv4 = this._io.readBitsIntLe(1) != 0;
            this.ipv6 = this._io.readBitsIntLe(1) != 0;
            this.csumCalc = this._io.readBitsIntLe(1) != 0;
            this.ipv4CsumGood = this._io.readBitsIntLe(1) != 0;
            this.ipFrag = this._io.readBitsIntLe(1) != 0;
            this.tcp = this._io.readBitsIntLe(1) != 0;
            this.udp = this._io.readBitsIntLe(1) != 0;
            this.tcpUdpCsumGood = this._io.readBitsIntLe(1) != 0;
            this.fwdOffload = this._io.readBitsIntLe(1) != 0;
            this.reserved = this._io.readBitsIntLe(7);
        }

        public void _fetchInstances() {
        }
        private boolean ipv4;
        private boolean ipv6;
        private boolean csumCalc;
        private boolean ipv4CsumGood;
        private boolean ipFrag;
        private boolean tcp;
        private boolean udp;
        private boolean tcpUdpCsumGood;
        private boolean fwdOffload;
        private long reserved;
        private Rocker _root;
        private KaitaiStruct _parent;

        /**
         * Bit 0, an IPv4 packet.
         */
        public boolean ipv4() { return ipv4; }

        /**
         * Bit 1, an IPv6 packet.
         */
        public boolean ipv6() { return ipv6; }

        /**
         * Bit 2, the checksum was calculated (RX_CSUM is valid).
         */
        public boolean csumCalc() { return csumCalc; }

        /**
         * Bit 3, the IPv4 header checksum is good.
         */
        public boolean ipv4CsumGood() { return ipv4CsumGood; }

        /**
         * Bit 4, an IP fragment.
         */
        public boolean ipFrag() { return ipFrag; }

        /**
         * Bit 5, a TCP packet.
         */
        public boolean tcp() { return tcp; }

        /**
         * Bit 6, a UDP packet.
         */
        public boolean udp() { return udp; }

        /**
         * Bit 7, the TCP/UDP checksum is good.
         */
        public boolean tcpUdpCsumGood() { return tcpUdpCsumGood; }

        /**
         * Bit 8, the device already forwarded the packet (the host must not).
         */
        public boolean fwdOffload() { return fwdOffload; }

        /**
         * Bits 9..15, not defined.
         */
        public long reserved() { return reserved; }
        public Rocker _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * A string without a terminating NUL, the whole TLV value.
     */
    public static class Text extends KaitaiStruct {
        public static Text fromFile(String fileName) throws IOException {
            return new Text(new ByteBufferKaitaiStream(fileName));
        }

        public Text(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Text(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public Text(KaitaiStream _io, KaitaiStruct _parent, Rocker _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.value = new String(this._io.readBytesFull(), StandardCharsets.US_ASCII);
        }

        public void _fetchInstances() {
        }
        private String value;
        private Rocker _root;
        private KaitaiStruct _parent;

        /**
         * The text.
         */
        public String value() { return value; }
        public Rocker _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * Any Rocker TLV with its value left raw: a 32-bit type, a 16-bit
     * length that counts the 8-byte header, 2 bytes of padding, the value
     * and zeros up to an 8-byte boundary. The context-specific TLV types of
     * the other Rocker specs have this layout with a decoded value.
     */
    public static class Tlv extends KaitaiStruct {
        public static Tlv fromFile(String fileName) throws IOException {
            return new Tlv(new ByteBufferKaitaiStream(fileName));
        }

        public Tlv(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Tlv(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public Tlv(KaitaiStream _io, KaitaiStruct _parent, Rocker _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.tlvType = this._io.readU4le();
            this.lenTlv = this._io.readU2le();
            if (!(this.lenTlv >= 8)) {
                throw new KaitaiStream.ValidationLessThanError(8, this.lenTlv, this._io, "/types/tlv/seq/1");
            }
            this.reserved = this._io.readU2le();
            this.value = this._io.readBytes(lenTlv() - 8);
            this.padding = this._io.readBytes(KaitaiStream.mod(8 - KaitaiStream.mod(lenTlv(), 8), 8));
        }

        public void _fetchInstances() {
        }
        private long tlvType;
        private int lenTlv;
        private int reserved;
        private byte[] value;
        private byte[] padding;
        private Rocker _root;
        private KaitaiStruct _parent;

        /**
         * The type; its meaning depends on where the TLV is.
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
         * The value, raw.
         */
        public byte[] value() { return value; }

        /**
         * Zeros up to an 8-byte boundary.
         */
        public byte[] padding() { return padding; }
        public Rocker _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * An array of little-endian 32-bit numbers.
     */
    public static class U4List extends KaitaiStruct {
        public static U4List fromFile(String fileName) throws IOException {
            return new U4List(new ByteBufferKaitaiStream(fileName));
        }

        public U4List(KaitaiStream _io) {
            this(_io, null, null);
        }

        public U4List(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public U4List(KaitaiStream _io, KaitaiStruct _parent, Rocker _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.values = new ArrayList<Long>();
            {
                int i = 0;
                while (!this._io.isEof()) {
                    this.values.add(this._io.readU4le());
                    i++;
                }
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.values.size(); i++) {
            }
        }
        private List<Long> values;
        private Rocker _root;
        private KaitaiStruct _parent;

        /**
         * The numbers.
         */
        public List<Long> values() { return values; }
        public Rocker _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }
    private Long switchId;

    /**
     * The 64-bit switch ID.
     */
    public Long switchId() {
        if (this.switchId != null)
            return this.switchId;
        this.switchId = ((Number) (((Number) (((Number) (switchIdHi())).longValue() * 4294967296L + ((Number) (switchIdLo())).longValue())).longValue())).longValue();
        return this.switchId;
    }
    private List<Long> bogusRegisters;
    private long testReg;
    private byte[] reserved1;
    private long testReg64Lo;
    private long testReg64Hi;
    private long testIrq;
    private byte[] reserved2;
    private long testDmaAddrLo;
    private long testDmaAddrHi;
    private long testDmaSize;
    private long testDmaCtrl;
    private byte[] reserved3;
    private long control;
    private long portPhysCount;
    private byte[] reserved4;
    private PortBitmap portPhysLinkStatus;
    private PortBitmap portPhysEnable;
    private long switchIdLo;
    private long switchIdHi;
    private byte[] reserved5;
    private List<RingRegisters> rings;
    private byte[] reserved6;
    private Rocker _root;
    private KaitaiStruct _parent;

    /**
     * 0x0000..0x000f, read 0xdeadbabe; writes do nothing (they catch misbehaving drivers).
     */
    public List<Long> bogusRegisters() { return bogusRegisters; }

    /**
     * 0x0010 TEST_REG, reads twice the last value written.
     */
    public long testReg() { return testReg; }

    /**
     * 0x0014, not a register.
     */
    public byte[] reserved1() { return reserved1; }

    /**
     * 0x0018 TEST_REG64 low half; the register reads twice the last 64-bit value written.
     */
    public long testReg64Lo() { return testReg64Lo; }

    /**
     * 0x001c TEST_REG64 high half.
     */
    public long testReg64Hi() { return testReg64Hi; }

    /**
     * 0x0020 TEST_IRQ; writing a vector number fires that MSI-X vector (reads zero).
     */
    public long testIrq() { return testIrq; }

    /**
     * 0x0024, not a register.
     */
    public byte[] reserved2() { return reserved2; }

    /**
     * 0x0028 TEST_DMA_ADDR low half, the test buffer's address.
     */
    public long testDmaAddrLo() { return testDmaAddrLo; }

    /**
     * 0x002c TEST_DMA_ADDR high half.
     */
    public long testDmaAddrHi() { return testDmaAddrHi; }

    /**
     * 0x0030 TEST_DMA_SIZE, the test buffer's size (16 bits kept).
     */
    public long testDmaSize() { return testDmaSize; }

    /**
     * 0x0034 TEST_DMA_CTRL (write-only; `test_dma_op`).
     */
    public long testDmaCtrl() { return testDmaCtrl; }

    /**
     * 0x0038..0x02ff, not registers.
     */
    public byte[] reserved3() { return reserved3; }

    /**
     * 0x0300 CONTROL (write-only); bit 0 resets the switch.
     */
    public long control() { return control; }

    /**
     * 0x0304 PORT_PHYS_COUNT, number of front-panel ports (the -device rocker ports array).
     */
    public long portPhysCount() { return portPhysCount; }

    /**
     * 0x0308..0x030f, not registers.
     */
    public byte[] reserved4() { return reserved4; }

    /**
     * 0x0310 PORT_PHYS_LINK_STATUS, bit n set when port n has link (bits 0 and 63 always clear).
     */
    public PortBitmap portPhysLinkStatus() { return portPhysLinkStatus; }

    /**
     * 0x0318 PORT_PHYS_ENABLE, bit n enables port n (all clear after reset).
     */
    public PortBitmap portPhysEnable() { return portPhysEnable; }

    /**
     * 0x0320 SWITCH_ID low half. QEMU's default is the first port's MAC address read as a little-endian number.
     */
    public long switchIdLo() { return switchIdLo; }

    /**
     * 0x0324 SWITCH_ID high half.
     */
    public long switchIdHi() { return switchIdHi; }

    /**
     * 0x0328..0x0fff, not registers.
     */
    public byte[] reserved5() { return reserved5; }

    /**
     * 0x1000 + 32 * n, the registers of ring n (command, event, then Tx/Rx per port; 128 slots, 64 listed).
     */
    public List<RingRegisters> rings() { return rings; }

    /**
     * 0x1800..0x1fff, ring slots no port count can reach.
     */
    public byte[] reserved6() { return reserved6; }
    public Rocker _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
