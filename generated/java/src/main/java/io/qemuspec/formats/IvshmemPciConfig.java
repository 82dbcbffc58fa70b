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
 * The PCI configuration space of an ivshmem device, as a guest reads it
 * with configuration cycles: the standard type-0 header (64 bytes) and the
 * capability list behind it. Nothing in the layout is specific to ivshmem,
 * so it reads any conventional PCI function; the `is_ivshmem` instance
 * says whether this is one.
 * 
 * ivshmem's identity is vendor 0x1af4 (Red Hat / Qumranet), device 0x1110,
 * class 05 00 (memory controller, RAM), revision 1 (revision 0 before QEMU
 * 2.6). Its BARs:
 * 
 * | BAR | what | variants |
 * |---|---|---|
 * | 0 | the 256-byte register block (`ivshmem_regs`), 32-bit memory | both |
 * | 1 | the MSI-X table (at offset 0) and pending-bit array (at 0x800), 4 KiB | ivshmem-doorbell |
 * | 2 | the shared memory, 64-bit prefetchable memory (takes the BAR 3 slot too) | both |
 * 
 * ivshmem-doorbell has one capability, MSI-X with one table entry per
 * vector; ivshmem-plain has none. Neither has an interrupt pin (QEMU 7.2
 * reads 0 there): the doorbell variant interrupts through MSI-X only. The
 * MSI-X table entries (`msix_table_entry`) live in
 * BAR1, not here; the type is in this spec for the guest-side code that
 * programs them.
 * @see <a href="https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-pci-device-s-guest-interface">Source</a>
 */
public class IvshmemPciConfig extends KaitaiStruct {
    public static IvshmemPciConfig fromFile(String fileName) throws IOException {
        return new IvshmemPciConfig(new ByteBufferKaitaiStream(fileName));
    }

    public enum CapabilityId {
        POWER_MANAGEMENT(1),
        MSI(5),
        VENDOR_SPECIFIC(9),
        PCI_EXPRESS(16),
        MSIX(17);

        private final long id;
        CapabilityId(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, CapabilityId> byId = new HashMap<Long, CapabilityId>(5);
        static {
            for (CapabilityId e : CapabilityId.values())
                byId.put(e.id(), e);
        }
        public static CapabilityId byId(long id) { return byId.get(id); }
    }

    public enum Device {
        IVSHMEM(4368);

        private final long id;
        Device(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Device> byId = new HashMap<Long, Device>(1);
        static {
            for (Device e : Device.values())
                byId.put(e.id(), e);
        }
        public static Device byId(long id) { return byId.get(id); }
    }

    public enum MemoryType {
        BITS32(0),
        BELOW_1M(1),
        BITS64(2);

        private final long id;
        MemoryType(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, MemoryType> byId = new HashMap<Long, MemoryType>(3);
        static {
            for (MemoryType e : MemoryType.values())
                byId.put(e.id(), e);
        }
        public static MemoryType byId(long id) { return byId.get(id); }
    }

    public enum Vendor {
        RED_HAT_QUMRANET(6900);

        private final long id;
        Vendor(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Vendor> byId = new HashMap<Long, Vendor>(1);
        static {
            for (Vendor e : Vendor.values())
                byId.put(e.id(), e);
        }
        public static Vendor byId(long id) { return byId.get(id); }
    }

    public IvshmemPciConfig(KaitaiStream _io) {
        this(_io, null, null);
    }

    public IvshmemPciConfig(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public IvshmemPciConfig(KaitaiStream _io, KaitaiStruct _parent, IvshmemPciConfig _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.vendorId = Vendor.byId(this._io.readU2le());
        this.deviceId = Device.byId(this._io.readU2le());
        this.command = new CommandBits(this._io, this, _root);
        this.status = new StatusBits(this._io, this, _root);
        this.revisionId = this._io.readU1();
        this.progIf = this._io.readU1();
        this.subclass = this._io.readU1();
        this.classCode = this._io.readU1();
        this.cacheLineSize = this._io.readU1();
        this.latencyTimer = this._io.readU1();
        this.headerType = this._io.readU1();
        this.bist = this._io.readU1();
        this.bars = new ArrayList<Bar>();
        for (int i = 0; i < 6; i++) {
            this.bars.add(new Bar(this._io, this, _root));
        }
        this.cardbusCis = this._io.readU4le();
        this.subsystemVendorId = this._io.readU2le();
        this.subsystemId = this._io.readU2le();
        this.expansionRom = this._io.readU4le();
        this.ofsCapabilities = this._io.readU1();
        this.reserved = this._io.readBytes(7);
        this.interruptLine = this._io.readU1();
        this.interruptPin = this._io.readU1();
        this.minGrant = this._io.readU1();
        this.maxLatency = this._io.readU1();
    }

    public void _fetchInstances() {
        this.command._fetchInstances();
        this.status._fetchInstances();
        for (int i = 0; i < this.bars.size(); i++) {
            this.bars.get(((Number) (i)).intValue())._fetchInstances();
        }
        firstCapability();
        if (this.firstCapability != null) {
            this.firstCapability._fetchInstances();
        }
    }

    /**
     * One base address register. Bit 0 tells I/O from memory BARs; for a
     * memory BAR, bits 1..2 give its width (0 = 32-bit, 2 = 64-bit, whose
     * high half is the next BAR) and bit 3 says it is prefetchable. The
     * rest is the address, aligned to the BAR's size.
     */
    public static class Bar extends KaitaiStruct {
        public static Bar fromFile(String fileName) throws IOException {
            return new Bar(new ByteBufferKaitaiStream(fileName));
        }

        public Bar(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Bar(KaitaiStream _io, IvshmemPciConfig _parent) {
            this(_io, _parent, null);
        }

        public Bar(KaitaiStream _io, IvshmemPciConfig _parent, IvshmemPciConfig _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.isIo = this._io.readBitsIntLe(1) != 0;
            this.memoryType = IvshmemPciConfig.MemoryType.byId(this._io.readBitsIntLe(2));
            this.prefetchable = this._io.readBitsIntLe(1) != 0;
            this.addressBits = this._io.readBitsIntLe(28);
        }

        public void _fetchInstances() {
        }
        private Long address;

        /**
         * The 32-bit address this BAR holds (the low half of a 64-bit one).
         */
        public Long address() {
            if (this.address != null)
                return this.address;
            this.address = ((Number) (((Number) (addressBits() * 16)).longValue())).longValue();
            return this.address;
        }
        private boolean isIo;
        private MemoryType memoryType;
        private boolean prefetchable;
        private long addressBits;
        private IvshmemPciConfig _root;
        private IvshmemPciConfig _parent;

        /**
         * Bit 0, an I/O port BAR (never for ivshmem).
         */
        public boolean isIo() { return isIo; }

        /**
         * Bits 1..2, the width of a memory BAR.
         */
        public MemoryType memoryType() { return memoryType; }

        /**
         * Bit 3, the memory may be prefetched (BAR2 of ivshmem).
         */
        public boolean prefetchable() { return prefetchable; }

        /**
         * Bits 4..31, the address divided by 16 (the low half for a 64-bit BAR).
         */
        public long addressBits() { return addressBits; }
        public IvshmemPciConfig _root() { return _root; }
        public IvshmemPciConfig _parent() { return _parent; }
    }

    /**
     * A BAR number (low 3 bits) and an 8-byte aligned offset inside that BAR.
     */
    public static class BarOffset extends KaitaiStruct {
        public static BarOffset fromFile(String fileName) throws IOException {
            return new BarOffset(new ByteBufferKaitaiStream(fileName));
        }

        public BarOffset(KaitaiStream _io) {
            this(_io, null, null);
        }

        public BarOffset(KaitaiStream _io, IvshmemPciConfig.MsixCapability _parent) {
            this(_io, _parent, null);
        }

        public BarOffset(KaitaiStream _io, IvshmemPciConfig.MsixCapability _parent, IvshmemPciConfig _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.raw = this._io.readU4le();
        }

        public void _fetchInstances() {
        }
        private Integer barIndex;

        /**
         * Which BAR (0..5) holds the structure.
         */
        public Integer barIndex() {
            if (this.barIndex != null)
                return this.barIndex;
            this.barIndex = ((Number) (KaitaiStream.mod(raw(), 8))).intValue();
            return this.barIndex;
        }
        private Integer offset;

        /**
         * Offset inside the BAR.
         */
        public Integer offset() {
            if (this.offset != null)
                return this.offset;
            this.offset = ((Number) (raw() - KaitaiStream.mod(raw(), 8))).intValue();
            return this.offset;
        }
        private long raw;
        private IvshmemPciConfig _root;
        private IvshmemPciConfig.MsixCapability _parent;

        /**
         * The register as read; the low 3 bits are the BAR number.
         */
        public long raw() { return raw; }
        public IvshmemPciConfig _root() { return _root; }
        public IvshmemPciConfig.MsixCapability _parent() { return _parent; }
    }

    /**
     * One entry of the capability list: its ID, the offset of the next
     * entry (0 ends the list) and the body. `depth` counts entries, so a
     * list that loops ends after 48 entries (all that fit in 192 bytes).
     * @see <a href="https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars">Source</a>
     */
    public static class Capability extends KaitaiStruct {

        public Capability(KaitaiStream _io, int depth) {
            this(_io, null, null, depth);
        }

        public Capability(KaitaiStream _io, KaitaiStruct _parent, int depth) {
            this(_io, _parent, null, depth);
        }

        public Capability(KaitaiStream _io, KaitaiStruct _parent, IvshmemPciConfig _root, int depth) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            this.depth = depth;
            _read();
        }
        private void _read() {
            this.capabilityId = IvshmemPciConfig.CapabilityId.byId(this._io.readU1());
            this.ofsNext = this._io.readU1();
            {
                CapabilityId on = capabilityId();
                if (on != null) {
                    switch (capabilityId()) {
                    case MSIX: {
                        this.body = new MsixCapability(this._io, this, _root);
                        break;
                    }
                    }
                }
            }
        }

        public void _fetchInstances() {
            {
                CapabilityId on = capabilityId();
                if (on != null) {
                    switch (capabilityId()) {
                    case MSIX: {
                        this.body._fetchInstances();
                        break;
                    }
                    }
                }
            }
            next();
            if (this.next != null) {
                this.next._fetchInstances();
            }
        }
        private Capability next;

        /**
         * The next entry of the list.
         */
        public Capability next() {
            if (this.next != null)
                return this.next;
            if ( ((ofsNext() >= 64) && (depth() < 47)) ) {
                KaitaiStream io = _root()._io();
                long _pos = io.pos();
                io.seek(ofsNext() - KaitaiStream.mod(ofsNext(), 4));
                this.next = new Capability(io, this, _root, depth() + 1);
                io.seek(_pos);
            }
            return this.next;
        }
        private CapabilityId capabilityId;
        private int ofsNext;
        private MsixCapability body;
        private int depth;
        private IvshmemPciConfig _root;
        private KaitaiStruct _parent;

        /**
         * What kind of capability this is (0x11 for MSI-X).
         */
        public CapabilityId capabilityId() { return capabilityId; }

        /**
         * Offset of the next capability in configuration space; 0 ends the list.
         */
        public int ofsNext() { return ofsNext; }

        /**
         * The MSI-X fields (other capabilities are not described here).
         */
        public MsixCapability body() { return body; }

        /**
         * Number of entries before this one.
         */
        public int depth() { return depth; }
        public IvshmemPciConfig _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * The 16-bit command register; the bits a guest sets to enable the function.
     */
    public static class CommandBits extends KaitaiStruct {
        public static CommandBits fromFile(String fileName) throws IOException {
            return new CommandBits(new ByteBufferKaitaiStream(fileName));
        }

        public CommandBits(KaitaiStream _io) {
            this(_io, null, null);
        }

        public CommandBits(KaitaiStream _io, IvshmemPciConfig _parent) {
            this(_io, _parent, null);
        }

        public CommandBits(KaitaiStream _io, IvshmemPciConfig _parent, IvshmemPciConfig _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.ioSpace = this._io.readBitsIntLe(1) != 0;
            this.memorySpace = this._io.readBitsIntLe(1) != 0;
            this.busMaster = this._io.readBitsIntLe(1) != 0;
            this.specialCycles = this._io.readBitsIntLe(1) != 0;
            this.memoryWriteInvalidate = this._io.readBitsIntLe(1) != 0;
            this.vgaPaletteSnoop = this._io.readBitsIntLe(1) != 0;
            this.parityErrorResponse = this._io.readBitsIntLe(1) != 0;
            this.reservedBit7 = this._io.readBitsIntLe(1) != 0;
            this.serrEnable = this._io.readBitsIntLe(1) != 0;
            this.fastBackToBack = this._io.readBitsIntLe(1) != 0;
            this.interruptDisable = this._io.readBitsIntLe(1) != 0;
            this.reserved = this._io.readBitsIntLe(5);
        }

        public void _fetchInstances() {
        }
        private boolean ioSpace;
        private boolean memorySpace;
        private boolean busMaster;
        private boolean specialCycles;
        private boolean memoryWriteInvalidate;
        private boolean vgaPaletteSnoop;
        private boolean parityErrorResponse;
        private boolean reservedBit7;
        private boolean serrEnable;
        private boolean fastBackToBack;
        private boolean interruptDisable;
        private long reserved;
        private IvshmemPciConfig _root;
        private IvshmemPciConfig _parent;

        /**
         * Bit 0, answer I/O port BARs.
         */
        public boolean ioSpace() { return ioSpace; }

        /**
         * Bit 1, answer memory BARs (BAR0, BAR1, BAR2 of ivshmem).
         */
        public boolean memorySpace() { return memorySpace; }

        /**
         * Bit 2, the function may write to memory itself (needed for MSI-X messages).
         */
        public boolean busMaster() { return busMaster; }

        /**
         * Bit 3, special cycles (not used by PCI Express).
         */
        public boolean specialCycles() { return specialCycles; }

        /**
         * Bit 4, memory write and invalidate.
         */
        public boolean memoryWriteInvalidate() { return memoryWriteInvalidate; }

        /**
         * Bit 5, VGA palette snooping.
         */
        public boolean vgaPaletteSnoop() { return vgaPaletteSnoop; }

        /**
         * Bit 6, respond to parity errors.
         */
        public boolean parityErrorResponse() { return parityErrorResponse; }

        /**
         * Bit 7, reserved.
         */
        public boolean reservedBit7() { return reservedBit7; }

        /**
         * Bit 8, report system errors.
         */
        public boolean serrEnable() { return serrEnable; }

        /**
         * Bit 9, fast back-to-back transactions.
         */
        public boolean fastBackToBack() { return fastBackToBack; }

        /**
         * Bit 10, mask the INTx interrupt.
         */
        public boolean interruptDisable() { return interruptDisable; }

        /**
         * Bits 11..15, reserved.
         */
        public long reserved() { return reserved; }
        public IvshmemPciConfig _root() { return _root; }
        public IvshmemPciConfig _parent() { return _parent; }
    }

    /**
     * The MSI-X capability of ivshmem-doorbell: how many vectors it has and
     * where its table and pending-bit array are (BAR and offset).
     * @see <a href="https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars">Source</a>
     */
    public static class MsixCapability extends KaitaiStruct {
        public static MsixCapability fromFile(String fileName) throws IOException {
            return new MsixCapability(new ByteBufferKaitaiStream(fileName));
        }

        public MsixCapability(KaitaiStream _io) {
            this(_io, null, null);
        }

        public MsixCapability(KaitaiStream _io, IvshmemPciConfig.Capability _parent) {
            this(_io, _parent, null);
        }

        public MsixCapability(KaitaiStream _io, IvshmemPciConfig.Capability _parent, IvshmemPciConfig _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.control = new MsixControl(this._io, this, _root);
            this.table = new BarOffset(this._io, this, _root);
            this.pendingBits = new BarOffset(this._io, this, _root);
        }

        public void _fetchInstances() {
            this.control._fetchInstances();
            this.table._fetchInstances();
            this.pendingBits._fetchInstances();
        }
        private MsixControl control;
        private BarOffset table;
        private BarOffset pendingBits;
        private IvshmemPciConfig _root;
        private IvshmemPciConfig.Capability _parent;

        /**
         * The message control register.
         */
        public MsixControl control() { return control; }

        /**
         * Where the MSI-X table is (BAR1, offset 0 on ivshmem).
         */
        public BarOffset table() { return table; }

        /**
         * Where the pending-bit array is (BAR1, offset 0x800 on ivshmem).
         */
        public BarOffset pendingBits() { return pendingBits; }
        public IvshmemPciConfig _root() { return _root; }
        public IvshmemPciConfig.Capability _parent() { return _parent; }
    }

    /**
     * The 16-bit MSI-X message control register.
     */
    public static class MsixControl extends KaitaiStruct {
        public static MsixControl fromFile(String fileName) throws IOException {
            return new MsixControl(new ByteBufferKaitaiStream(fileName));
        }

        public MsixControl(KaitaiStream _io) {
            this(_io, null, null);
        }

        public MsixControl(KaitaiStream _io, IvshmemPciConfig.MsixCapability _parent) {
            this(_io, _parent, null);
        }

        public MsixControl(KaitaiStream _io, IvshmemPciConfig.MsixCapability _parent, IvshmemPciConfig _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.tableSizeMinusOne = this._io.readBitsIntLe(11);
            this.reserved = this._io.readBitsIntLe(3);
            this.functionMask = this._io.readBitsIntLe(1) != 0;
            this.enable = this._io.readBitsIntLe(1) != 0;
        }

        public void _fetchInstances() {
        }
        private Integer numVectors;

        /**
         * Number of MSI-X vectors, one per ivshmem interrupt vector.
         */
        public Integer numVectors() {
            if (this.numVectors != null)
                return this.numVectors;
            this.numVectors = ((Number) (tableSizeMinusOne() + 1)).intValue();
            return this.numVectors;
        }
        private long tableSizeMinusOne;
        private long reserved;
        private boolean functionMask;
        private boolean enable;
        private IvshmemPciConfig _root;
        private IvshmemPciConfig.MsixCapability _parent;

        /**
         * Bits 0..10, the number of table entries minus one.
         */
        public long tableSizeMinusOne() { return tableSizeMinusOne; }

        /**
         * Bits 11..13, reserved.
         */
        public long reserved() { return reserved; }

        /**
         * Bit 14, masks every vector at once.
         */
        public boolean functionMask() { return functionMask; }

        /**
         * Bit 15, MSI-X is on (and INTx off).
         */
        public boolean enable() { return enable; }
        public IvshmemPciConfig _root() { return _root; }
        public IvshmemPciConfig.MsixCapability _parent() { return _parent; }
    }

    /**
     * One 16-byte entry of the MSI-X table (in BAR1 of ivshmem-doorbell):
     * where the device writes, and what, to signal its vector. With the
     * address pointing at guest RAM instead of the interrupt controller,
     * the write lands in memory, which is how the tests see a vector fire.
     * @see <a href="https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars">Source</a>
     */
    public static class MsixTableEntry extends KaitaiStruct {
        public static MsixTableEntry fromFile(String fileName) throws IOException {
            return new MsixTableEntry(new ByteBufferKaitaiStream(fileName));
        }

        public MsixTableEntry(KaitaiStream _io) {
            this(_io, null, null);
        }

        public MsixTableEntry(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public MsixTableEntry(KaitaiStream _io, KaitaiStruct _parent, IvshmemPciConfig _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.addressLow = this._io.readU4le();
            this.addressHigh = this._io.readU4le();
            this.data = this._io.readU4le();
            this.vectorControl = this._io.readU4le();
        }

        public void _fetchInstances() {
        }
        private Long address;

        /**
         * The full 64-bit message address.
         */
        public Long address() {
            if (this.address != null)
                return this.address;
            this.address = ((Number) (((Number) (((Number) (addressHigh())).longValue() * 4294967296L + ((Number) (addressLow())).longValue())).longValue())).longValue();
            return this.address;
        }
        private Boolean masked;

        /**
         * Whether the vector is masked.
         */
        public Boolean masked() {
            if (this.masked != null)
                return this.masked;
            this.masked = KaitaiStream.mod(vectorControl(), 2) == 1;
            return this.masked;
        }
        private long addressLow;
        private long addressHigh;
        private long data;
        private long vectorControl;
        private IvshmemPciConfig _root;
        private KaitaiStruct _parent;

        /**
         * Low 32 bits of the message address (4-byte aligned).
         */
        public long addressLow() { return addressLow; }

        /**
         * High 32 bits of the message address.
         */
        public long addressHigh() { return addressHigh; }

        /**
         * The 32-bit value the device writes.
         */
        public long data() { return data; }

        /**
         * Bit 0 masks this vector (the device then only sets its pending bit).
         */
        public long vectorControl() { return vectorControl; }
        public IvshmemPciConfig _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * The 16-bit status register.
     */
    public static class StatusBits extends KaitaiStruct {
        public static StatusBits fromFile(String fileName) throws IOException {
            return new StatusBits(new ByteBufferKaitaiStream(fileName));
        }

        public StatusBits(KaitaiStream _io) {
            this(_io, null, null);
        }

        public StatusBits(KaitaiStream _io, IvshmemPciConfig _parent) {
            this(_io, _parent, null);
        }

        public StatusBits(KaitaiStream _io, IvshmemPciConfig _parent, IvshmemPciConfig _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.reservedLow = this._io.readBitsIntLe(3);
            this.interruptStatus = this._io.readBitsIntLe(1) != 0;
            this.hasCapabilities = this._io.readBitsIntLe(1) != 0;
            this.mhz66Capable = this._io.readBitsIntLe(1) != 0;
            this.reservedBit6 = this._io.readBitsIntLe(1) != 0;
            this.fastBackToBackCapable = this._io.readBitsIntLe(1) != 0;
            this.errors = this._io.readBitsIntLe(8);
        }

        public void _fetchInstances() {
        }
        private long reservedLow;
        private boolean interruptStatus;
        private boolean hasCapabilities;
        private boolean mhz66Capable;
        private boolean reservedBit6;
        private boolean fastBackToBackCapable;
        private long errors;
        private IvshmemPciConfig _root;
        private IvshmemPciConfig _parent;

        /**
         * Bits 0..2, reserved.
         */
        public long reservedLow() { return reservedLow; }

        /**
         * Bit 3, the function asserts INTx.
         */
        public boolean interruptStatus() { return interruptStatus; }

        /**
         * Bit 4, there is a capability list at `ofs_capabilities`.
         */
        public boolean hasCapabilities() { return hasCapabilities; }

        /**
         * Bit 5, 66 MHz capable (conventional PCI).
         */
        public boolean mhz66Capable() { return mhz66Capable; }

        /**
         * Bit 6, reserved.
         */
        public boolean reservedBit6() { return reservedBit6; }

        /**
         * Bit 7, fast back-to-back capable.
         */
        public boolean fastBackToBackCapable() { return fastBackToBackCapable; }

        /**
         * Bits 8..15, parity, abort, DEVSEL timing and error flags.
         */
        public long errors() { return errors; }
        public IvshmemPciConfig _root() { return _root; }
        public IvshmemPciConfig _parent() { return _parent; }
    }
    private Capability firstCapability;

    /**
     * The first entry of the capability list (the others follow from it).
     */
    public Capability firstCapability() {
        if (this.firstCapability != null)
            return this.firstCapability;
        if ( ((status().hasCapabilities()) && (ofsCapabilities() >= 64)) ) {
            long _pos = this._io.pos();
            this._io.seek(ofsCapabilities() - KaitaiStream.mod(ofsCapabilities(), 4));
            this.firstCapability = new Capability(this._io, this, _root, 0);
            this._io.seek(_pos);
        }
        return this.firstCapability;
    }
    private Boolean isIvshmem;

    /**
     * Whether the function is an ivshmem device.
     */
    public Boolean isIvshmem() {
        if (this.isIvshmem != null)
            return this.isIvshmem;
        this.isIvshmem =  ((vendorId() == Vendor.RED_HAT_QUMRANET) && (deviceId() == Device.IVSHMEM)) ;
        return this.isIvshmem;
    }
    private Vendor vendorId;
    private Device deviceId;
    private CommandBits command;
    private StatusBits status;
    private int revisionId;
    private int progIf;
    private int subclass;
    private int classCode;
    private int cacheLineSize;
    private int latencyTimer;
    private int headerType;
    private int bist;
    private List<Bar> bars;
    private long cardbusCis;
    private int subsystemVendorId;
    private int subsystemId;
    private long expansionRom;
    private int ofsCapabilities;
    private byte[] reserved;
    private int interruptLine;
    private int interruptPin;
    private int minGrant;
    private int maxLatency;
    private IvshmemPciConfig _root;
    private KaitaiStruct _parent;

    /**
     * Vendor ID; 0x1af4 for ivshmem.
     */
    public Vendor vendorId() { return vendorId; }

    /**
     * Device ID; 0x1110 for ivshmem.
     */
    public Device deviceId() { return deviceId; }

    /**
     * The command register (which address spaces the function answers in).
     */
    public CommandBits command() { return command; }

    /**
     * The status register.
     */
    public StatusBits status() { return status; }

    /**
     * Revision; ivshmem is 1 since QEMU 2.6, 0 before.
     */
    public int revisionId() { return revisionId; }

    /**
     * Programming interface byte of the class code; 0 for ivshmem.
     */
    public int progIf() { return progIf; }

    /**
     * Subclass; 0x00 (RAM) for ivshmem.
     */
    public int subclass() { return subclass; }

    /**
     * Base class; 0x05 (memory controller) for ivshmem.
     */
    public int classCode() { return classCode; }

    /**
     * Cache line size in 32-bit words (set by firmware).
     */
    public int cacheLineSize() { return cacheLineSize; }

    /**
     * Latency timer (conventional PCI bus masters).
     */
    public int latencyTimer() { return latencyTimer; }

    /**
     * Layout of bytes 0x10..0x3f (0 for a device); bit 7 marks a multi-function device.
     */
    public int headerType() { return headerType; }

    /**
     * Built-in self test control; 0 when not supported.
     */
    public int bist() { return bist; }

    /**
     * The six base address registers, 0x10..0x27. A 64-bit BAR uses two
     * slots: the slot after it holds the high half of its address and is
     * not a BAR of its own (ivshmem's BAR2 takes slot 3 this way).
     */
    public List<Bar> bars() { return bars; }

    /**
     * CardBus CIS pointer; unused.
     */
    public long cardbusCis() { return cardbusCis; }

    /**
     * Subsystem vendor ID (QEMU gives 0x1af4).
     */
    public int subsystemVendorId() { return subsystemVendorId; }

    /**
     * Subsystem ID (QEMU gives 0x1100).
     */
    public int subsystemId() { return subsystemId; }

    /**
     * Expansion ROM base address; 0 when the function has no ROM.
     */
    public long expansionRom() { return expansionRom; }

    /**
     * Offset of the first capability (bits 0 and 1 are reserved), valid when status says there is a list.
     */
    public int ofsCapabilities() { return ofsCapabilities; }

    /**
     * Bytes 0x35..0x3b, reserved.
     */
    public byte[] reserved() { return reserved; }

    /**
     * Interrupt line routing, written by firmware.
     */
    public int interruptLine() { return interruptLine; }

    /**
     * Interrupt pin (1 = INTA#); 0 when the function has no INTx (ivshmem-plain).
     */
    public int interruptPin() { return interruptPin; }

    /**
     * Minimum burst period (conventional PCI); 0.
     */
    public int minGrant() { return minGrant; }

    /**
     * Maximum latency (conventional PCI); 0.
     */
    public int maxLatency() { return maxLatency; }
    public IvshmemPciConfig _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
