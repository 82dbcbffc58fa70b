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
 * What the sPAPR specs share: the DRC index (a connector's type in the top
 * 4 bits, its id below), the flags word of a logical memory block, the
 * registers of a hypercall, and the numbers of the sPAPR hotplug and
 * hypercall documents: DRC types, the RTAS sensors and indicators 9001, 9002
 * and 9003 with their values, configure-connector answers, RTAS and
 * hypercall status codes, QEMU's private hypercalls H_RTAS (0xf000) and
 * H_LOGICAL_MEMOP (0xf001) with its element sizes and operations, and the
 * hotplug event's type, action and identifier kinds.
 * 
 * This spec has no top-level structure of its own; the property specs
 * (`spapr_drc_indexes`, `spapr_dynamic_memory`, ...), `spapr_rtas_event_log`,
 * `spapr_cc_work_area`, `spapr_rtas_args` and `dtb` use its types and enums.
 * Everything is big-endian, as the guest (Power) sees it.
 * @see <a href="https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt">Source</a>
 * @see <a href="https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html">Source</a>
 */
public class Spapr extends KaitaiStruct {
    public static Spapr fromFile(String fileName) throws IOException {
        return new Spapr(new ByteBufferKaitaiStream(fileName));
    }

    public enum AllocationState {
        UNUSABLE(0),
        USABLE(1),
        EXCHANGE(2),
        RECOVER(3);

        private final long id;
        AllocationState(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, AllocationState> byId = new HashMap<Long, AllocationState>(4);
        static {
            for (AllocationState e : AllocationState.values())
                byId.put(e.id(), e);
        }
        public static AllocationState byId(long id) { return byId.get(id); }
    }

    public enum CcStatus {
        NOT_CONFIGURABLE(-9003),
        HARDWARE_ERROR(-1),
        COMPLETE(0),
        NEXT_SIBLING(1),
        NEXT_CHILD(2),
        NEXT_PROPERTY(3),
        PREVIOUS_PARENT(4),
        MORE_MEMORY(5),
        CALL_AGAIN(9900);

        private final long id;
        CcStatus(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, CcStatus> byId = new HashMap<Long, CcStatus>(9);
        static {
            for (CcStatus e : CcStatus.values())
                byId.put(e.id(), e);
        }
        public static CcStatus byId(long id) { return byId.get(id); }
    }

    public enum DrIndicatorState {
        INACTIVE(0),
        ACTIVE(1),
        IDENTIFY(2),
        ACTION(3);

        private final long id;
        DrIndicatorState(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, DrIndicatorState> byId = new HashMap<Long, DrIndicatorState>(4);
        static {
            for (DrIndicatorState e : DrIndicatorState.values())
                byId.put(e.id(), e);
        }
        public static DrIndicatorState byId(long id) { return byId.get(id); }
    }

    public enum DrcType {
        CPU(1),
        PHB(2),
        VIO(3),
        PCI(4),
        LMB(8),
        PMEM(9);

        private final long id;
        DrcType(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, DrcType> byId = new HashMap<Long, DrcType>(6);
        static {
            for (DrcType e : DrcType.values())
                byId.put(e.id(), e);
        }
        public static DrcType byId(long id) { return byId.get(id); }
    }

    public enum EntitySense {
        EMPTY(0),
        PRESENT(1),
        UNUSABLE(2),
        EXCHANGE(3),
        RECOVERY(4);

        private final long id;
        EntitySense(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, EntitySense> byId = new HashMap<Long, EntitySense>(5);
        static {
            for (EntitySense e : EntitySense.values())
                byId.put(e.id(), e);
        }
        public static EntitySense byId(long id) { return byId.get(id); }
    }

    public enum EventClass {
        INTERNAL_ERRORS(0),
        EPOW(1),
        RESERVED(2),
        HOT_PLUG(3),
        IO(4);

        private final long id;
        EventClass(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, EventClass> byId = new HashMap<Long, EventClass>(5);
        static {
            for (EventClass e : EventClass.values())
                byId.put(e.id(), e);
        }
        public static EventClass byId(long id) { return byId.get(id); }
    }

    public enum Hcall {
        H_RTAS(61440),
        H_LOGICAL_MEMOP(61441),
        H_CAS(61442),
        H_UPDATE_DT(61443),
        H_VOF_CLIENT(61445);

        private final long id;
        Hcall(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Hcall> byId = new HashMap<Long, Hcall>(5);
        static {
            for (Hcall e : Hcall.values())
                byId.put(e.id(), e);
        }
        public static Hcall byId(long id) { return byId.get(id); }
    }

    public enum HcallStatus {
        PARAMETER(-4),
        PRIVILEGE(-3),
        FUNCTION(-2),
        HARDWARE(-1),
        SUCCESS(0),
        BUSY(1);

        private final long id;
        HcallStatus(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, HcallStatus> byId = new HashMap<Long, HcallStatus>(6);
        static {
            for (HcallStatus e : HcallStatus.values())
                byId.put(e.id(), e);
        }
        public static HcallStatus byId(long id) { return byId.get(id); }
    }

    public enum HotplugAction {
        ADD(1),
        REMOVE(2);

        private final long id;
        HotplugAction(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, HotplugAction> byId = new HashMap<Long, HotplugAction>(2);
        static {
            for (HotplugAction e : HotplugAction.values())
                byId.put(e.id(), e);
        }
        public static HotplugAction byId(long id) { return byId.get(id); }
    }

    public enum HotplugIdentifier {
        DRC_NAME(1),
        DRC_INDEX(2),
        DRC_COUNT(3),
        DRC_COUNT_INDEXED(4);

        private final long id;
        HotplugIdentifier(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, HotplugIdentifier> byId = new HashMap<Long, HotplugIdentifier>(4);
        static {
            for (HotplugIdentifier e : HotplugIdentifier.values())
                byId.put(e.id(), e);
        }
        public static HotplugIdentifier byId(long id) { return byId.get(id); }
    }

    public enum HotplugType {
        CPU(1),
        MEMORY(2),
        SLOT(3),
        PHB(4),
        PCI(5),
        PMEM(6);

        private final long id;
        HotplugType(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, HotplugType> byId = new HashMap<Long, HotplugType>(6);
        static {
            for (HotplugType e : HotplugType.values())
                byId.put(e.id(), e);
        }
        public static HotplugType byId(long id) { return byId.get(id); }
    }

    public enum Indicator {
        ISOLATION_STATE(9001),
        DR_INDICATOR(9002),
        ALLOCATION_STATE(9003);

        private final long id;
        Indicator(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Indicator> byId = new HashMap<Long, Indicator>(3);
        static {
            for (Indicator e : Indicator.values())
                byId.put(e.id(), e);
        }
        public static Indicator byId(long id) { return byId.get(id); }
    }

    public enum IsolationState {
        ISOLATE(0),
        UNISOLATE(1);

        private final long id;
        IsolationState(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, IsolationState> byId = new HashMap<Long, IsolationState>(2);
        static {
            for (IsolationState e : IsolationState.values())
                byId.put(e.id(), e);
        }
        public static IsolationState byId(long id) { return byId.get(id); }
    }

    public enum MemopElementSize {
        ONE_BYTE(0),
        TWO_BYTES(1),
        FOUR_BYTES(2),
        EIGHT_BYTES(3);

        private final long id;
        MemopElementSize(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, MemopElementSize> byId = new HashMap<Long, MemopElementSize>(4);
        static {
            for (MemopElementSize e : MemopElementSize.values())
                byId.put(e.id(), e);
        }
        public static MemopElementSize byId(long id) { return byId.get(id); }
    }

    public enum MemopOperation {
        COPY(0),
        INVERT(1);

        private final long id;
        MemopOperation(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, MemopOperation> byId = new HashMap<Long, MemopOperation>(2);
        static {
            for (MemopOperation e : MemopOperation.values())
                byId.put(e.id(), e);
        }
        public static MemopOperation byId(long id) { return byId.get(id); }
    }

    public enum RtasStatus {
        SYSTEM_PARAMETER_ERROR(-9999),
        NOT_AUTHORIZED(-9002),
        PARAMETER_ERROR(-3),
        BUSY(-2),
        HARDWARE_ERROR(-1),
        SUCCESS(0),
        NO_ERRORS_FOUND(1);

        private final long id;
        RtasStatus(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, RtasStatus> byId = new HashMap<Long, RtasStatus>(7);
        static {
            for (RtasStatus e : RtasStatus.values())
                byId.put(e.id(), e);
        }
        public static RtasStatus byId(long id) { return byId.get(id); }
    }

    public enum Sensor {
        DR_ENTITY_SENSE(9003);

        private final long id;
        Sensor(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Sensor> byId = new HashMap<Long, Sensor>(1);
        static {
            for (Sensor e : Sensor.values())
                byId.put(e.id(), e);
        }
        public static Sensor byId(long id) { return byId.get(id); }
    }

    public Spapr(KaitaiStream _io) {
        this(_io, null, null);
    }

    public Spapr(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public Spapr(KaitaiStream _io, KaitaiStruct _parent, Spapr _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
    }

    public void _fetchInstances() {
    }

    /**
     * The argument of client-architecture-support (H_CAS for SLOF, a client
     * interface call otherwise): the processor versions the guest supports,
     * as (mask, value) pairs ended by a pair whose value has a bit outside
     * its mask (such as 0 / 0xffffffff), then the option vectors, each a
     * length byte (bytes - 1) and its bytes. Vector 5 byte 2 bit 0x20 asks
     * for ibm,dynamic-reconfiguration-memory, byte 22 bit 0x80 for
     * ibm,dynamic-memory-v2, byte 6 bit 0x04 for the modern hotplug events
     * (bytes counted from 1 after the length byte).
     * @see <a href="https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt">Source</a>
     */
    public static class CasVectors extends KaitaiStruct {
        public static CasVectors fromFile(String fileName) throws IOException {
            return new CasVectors(new ByteBufferKaitaiStream(fileName));
        }

        public CasVectors(KaitaiStream _io) {
            this(_io, null, null);
        }

        public CasVectors(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public CasVectors(KaitaiStream _io, KaitaiStruct _parent, Spapr _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.pvrs = new ArrayList<PvrEntry>();
            {
                PvrEntry _it;
                int i = 0;
                do {
                    _it = new PvrEntry(this._io, this, _root);
                    this.pvrs.add(_it);
                    i++;
                } while (!( ((_it.mask() == 0) && (_it.pvr() == 4294967295L)) ));
            }
            this.numVectorsMinusOne = this._io.readU1();
            this.vectors = new ArrayList<OptionVector>();
            for (int i = 0; i < ((Number) (numVectorsMinusOne())).intValue() + 1; i++) {
                this.vectors.add(new OptionVector(this._io, this, _root));
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.pvrs.size(); i++) {
                this.pvrs.get(((Number) (i)).intValue())._fetchInstances();
            }
            for (int i = 0; i < this.vectors.size(); i++) {
                this.vectors.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
        private List<PvrEntry> pvrs;
        private int numVectorsMinusOne;
        private List<OptionVector> vectors;
        private Spapr _root;
        private KaitaiStruct _parent;

        /**
         * Supported processor versions, ended by the pair 0 / 0xffffffff (kept in the list).
         */
        public List<PvrEntry> pvrs() { return pvrs; }

        /**
         * Number of option vectors minus one.
         */
        public int numVectorsMinusOne() { return numVectorsMinusOne; }

        /**
         * Option vectors 1, 2, ... in order.
         */
        public List<OptionVector> vectors() { return vectors; }
        public Spapr _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * A dynamic reconfiguration connector index (32 bits). QEMU follows the
     * PowerVM convention: the resource type in bits 31..28 and a number
     * unique among connectors of that type in bits 27..0 (for memory, the
     * LMB's address divided by the LMB size; for CPUs, the core id; for PCI
     * slots, the PHB and slot).
     * @see <a href="https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt">Source</a>
     */
    public static class DrcIndex extends KaitaiStruct {
        public static DrcIndex fromFile(String fileName) throws IOException {
            return new DrcIndex(new ByteBufferKaitaiStream(fileName));
        }

        public DrcIndex(KaitaiStream _io) {
            this(_io, null, null);
        }

        public DrcIndex(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public DrcIndex(KaitaiStream _io, KaitaiStruct _parent, Spapr _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.drcType = Spapr.DrcType.byId(this._io.readBitsIntBe(4));
            this.id = this._io.readBitsIntBe(28);
        }

        public void _fetchInstances() {
        }
        private Long value;

        /**
         * The whole index as one number.
         */
        public Long value() {
            if (this.value != null)
                return this.value;
            this.value = ((Number) (((Number) (((Number) (drcType().id())).longValue() * 268435456 + ((Number) (id())).longValue())).longValue())).longValue();
            return this.value;
        }
        private DrcType drcType;
        private long id;
        private Spapr _root;
        private KaitaiStruct _parent;

        /**
         * Bits 31..28, the kind of resource behind the connector.
         */
        public DrcType drcType() { return drcType; }

        /**
         * Bits 27..0, the connector's number among those of its type.
         */
        public long id() { return id; }
        public Spapr _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * The registers of one hypercall (`sc 1`) as ten 64-bit big-endian
     * words: r3 holds the hypercall number on entry and the status on
     * return; r4..r12 hold the arguments on entry and any outputs on
     * return. qemuspec's guest-side hypercall agent keeps this image in
     * guest memory.
     * @see <a href="https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html">Source</a>
     */
    public static class HcallRegisters extends KaitaiStruct {
        public static HcallRegisters fromFile(String fileName) throws IOException {
            return new HcallRegisters(new ByteBufferKaitaiStream(fileName));
        }

        public HcallRegisters(KaitaiStream _io) {
            this(_io, null, null);
        }

        public HcallRegisters(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public HcallRegisters(KaitaiStream _io, KaitaiStruct _parent, Spapr _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.r3 = this._io.readS8be();
            this.args = new ArrayList<Long>();
            for (int i = 0; i < 9; i++) {
                this.args.add(this._io.readU8be());
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.args.size(); i++) {
            }
        }
        private long r3;
        private List<Long> args;
        private Spapr _root;
        private KaitaiStruct _parent;

        /**
         * On entry the hypercall number (`hcall`), on return the status (`hcall_status`).
         */
        public long r3() { return r3; }

        /**
         * r4..r12, arguments on entry and outputs on return.
         */
        public List<Long> args() { return args; }
        public Spapr _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * The 32-bit flags word of an `ibm,dynamic-memory` (or -v2) entry. The
     * spec names bit 0x8 (assigned); QEMU also sets 0x20 (the DRC index is
     * not valid) and 0x80 (reserved) for boot memory, and 0x100 for memory
     * that may be unplugged.
     * @see <a href="https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt">Source</a>
     */
    public static class LmbFlags extends KaitaiStruct {
        public static LmbFlags fromFile(String fileName) throws IOException {
            return new LmbFlags(new ByteBufferKaitaiStream(fileName));
        }

        public LmbFlags(KaitaiStream _io) {
            this(_io, null, null);
        }

        public LmbFlags(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public LmbFlags(KaitaiStream _io, KaitaiStruct _parent, Spapr _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.reservedHigh = this._io.readBitsIntBe(23);
            this.hotRemovable = this._io.readBitsIntBe(1) != 0;
            this.reservedLmb = this._io.readBitsIntBe(1) != 0;
            this.unusedUpper = this._io.readBitsIntBe(1) != 0;
            this.drcInvalid = this._io.readBitsIntBe(1) != 0;
            this.unusedLower = this._io.readBitsIntBe(1) != 0;
            this.assigned = this._io.readBitsIntBe(1) != 0;
            this.reservedBottom = this._io.readBitsIntBe(3);
        }

        public void _fetchInstances() {
        }
        private long reservedHigh;
        private boolean hotRemovable;
        private boolean reservedLmb;
        private boolean unusedUpper;
        private boolean drcInvalid;
        private boolean unusedLower;
        private boolean assigned;
        private long reservedBottom;
        private Spapr _root;
        private KaitaiStruct _parent;

        /**
         * Bits 31..9, not defined; zero.
         */
        public long reservedHigh() { return reservedHigh; }

        /**
         * Bit 0x100, the LMB may be hot-unplugged (QEMU, since 5.1, for hotplugged DIMMs).
         */
        public boolean hotRemovable() { return hotRemovable; }

        /**
         * Bit 0x80, the LMB is reserved and not for the guest's dynamic use (QEMU sets it for boot memory).
         */
        public boolean reservedLmb() { return reservedLmb; }

        /**
         * Bit 0x40, not used by QEMU.
         */
        public boolean unusedUpper() { return unusedUpper; }

        /**
         * Bit 0x20, the entry's DRC index does not name a connector (boot memory).
         */
        public boolean drcInvalid() { return drcInvalid; }

        /**
         * Bit 0x10, not used by QEMU.
         */
        public boolean unusedLower() { return unusedLower; }

        /**
         * Bit 0x8, the LMB belongs to the partition at boot (plugged).
         */
        public boolean assigned() { return assigned; }

        /**
         * Bits 2..0, not used by QEMU.
         */
        public long reservedBottom() { return reservedBottom; }
        public Spapr _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * The arguments of H_LOGICAL_MEMOP (0xf001) in register order r4..r8.
     * QEMU refuses (H_PARAMETER) an operation above 1, more than 2^31
     * elements, and addresses not aligned to the element size; overlapping
     * ranges are copied as with memmove.
     * @see <a href="https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html#h-logical-memop-0xf001">Source</a>
     */
    public static class LogicalMemopArgs extends KaitaiStruct {
        public static LogicalMemopArgs fromFile(String fileName) throws IOException {
            return new LogicalMemopArgs(new ByteBufferKaitaiStream(fileName));
        }

        public LogicalMemopArgs(KaitaiStream _io) {
            this(_io, null, null);
        }

        public LogicalMemopArgs(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public LogicalMemopArgs(KaitaiStream _io, KaitaiStruct _parent, Spapr _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.destination = this._io.readU8be();
            this.source = this._io.readU8be();
            this.elementSize = Spapr.MemopElementSize.byId(this._io.readU8be());
            this.numElements = this._io.readU8be();
            this.operation = Spapr.MemopOperation.byId(this._io.readU8be());
        }

        public void _fetchInstances() {
        }
        private long destination;
        private long source;
        private MemopElementSize elementSize;
        private long numElements;
        private MemopOperation operation;
        private Spapr _root;
        private KaitaiStruct _parent;

        /**
         * r4, guest physical address of the destination.
         */
        public long destination() { return destination; }

        /**
         * r5, guest physical address of the source.
         */
        public long source() { return source; }

        /**
         * r6, log2 of the element size (0..3 for 1, 2, 4, 8 bytes).
         */
        public MemopElementSize elementSize() { return elementSize; }

        /**
         * r7, number of elements.
         */
        public long numElements() { return numElements; }

        /**
         * r8, what to do with each element.
         */
        public MemopOperation operation() { return operation; }
        public Spapr _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * One option vector.
     */
    public static class OptionVector extends KaitaiStruct {
        public static OptionVector fromFile(String fileName) throws IOException {
            return new OptionVector(new ByteBufferKaitaiStream(fileName));
        }

        public OptionVector(KaitaiStream _io) {
            this(_io, null, null);
        }

        public OptionVector(KaitaiStream _io, Spapr.CasVectors _parent) {
            this(_io, _parent, null);
        }

        public OptionVector(KaitaiStream _io, Spapr.CasVectors _parent, Spapr _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.lenDataMinusOne = this._io.readU1();
            this.data = this._io.readBytes(((Number) (lenDataMinusOne())).intValue() + 1);
        }

        public void _fetchInstances() {
        }
        private int lenDataMinusOne;
        private byte[] data;
        private Spapr _root;
        private Spapr.CasVectors _parent;

        /**
         * Number of bytes that follow, minus one.
         */
        public int lenDataMinusOne() { return lenDataMinusOne; }

        /**
         * The vector's bytes (byte 1 first); bit 0 of a byte is its most significant bit.
         */
        public byte[] data() { return data; }
        public Spapr _root() { return _root; }
        public Spapr.CasVectors _parent() { return _parent; }
    }

    /**
     * One processor version the guest supports.
     */
    public static class PvrEntry extends KaitaiStruct {
        public static PvrEntry fromFile(String fileName) throws IOException {
            return new PvrEntry(new ByteBufferKaitaiStream(fileName));
        }

        public PvrEntry(KaitaiStream _io) {
            this(_io, null, null);
        }

        public PvrEntry(KaitaiStream _io, Spapr.CasVectors _parent) {
            this(_io, _parent, null);
        }

        public PvrEntry(KaitaiStream _io, Spapr.CasVectors _parent, Spapr _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.mask = this._io.readU4be();
            this.pvr = this._io.readU4be();
        }

        public void _fetchInstances() {
        }
        private long mask;
        private long pvr;
        private Spapr _root;
        private Spapr.CasVectors _parent;

        /**
         * Which bits of the processor version register to compare.
         */
        public long mask() { return mask; }

        /**
         * The value those bits must have.
         */
        public long pvr() { return pvr; }
        public Spapr _root() { return _root; }
        public Spapr.CasVectors _parent() { return _parent; }
    }
    private Spapr _root;
    private KaitaiStruct _parent;
    public Spapr _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
