// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.Map;
import java.util.HashMap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;


/**
 * What the RTAS call check-exception writes into the guest's buffer when an
 * event is pending: an 8-byte header (a summary word and the length of the
 * rest), then the version 6 extended log: a 16-byte header and a list of
 * sections, each with an 8-byte section header (two-letter id, length
 * including the header, version, subtype, creator). QEMU's hotplug events
 * carry three sections: Main-A ("PH", with the creation time), Main-B
 * ("UH") and the hotplug section ("HP"), which says what kind of resource
 * to add or remove and names it by DRC index, by count, by count and first
 * index, or by DRC name. Its power-down events carry an EPOW section ("EP")
 * instead. Every number is big-endian.
 * 
 * Guests that did not ask for the modern hotplug format (option vector 5,
 * byte 6, bit 5) get hotplug events through the EPOW event source
 * (check-exception mask bit 0x40000000); QEMU then names memory by count
 * and CPUs and PCI devices by index.
 * @see <a href="https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt">Source</a>
 */
public class SpaprRtasEventLog extends KaitaiStruct {
    public static SpaprRtasEventLog fromFile(String fileName) throws IOException {
        return new SpaprRtasEventLog(new ByteBufferKaitaiStream(fileName));
    }

    public enum Disposition {
        FULLY_RECOVERED(0),
        LIMITED_RECOVERY(1),
        NOT_RECOVERED(2);

        private final long id;
        Disposition(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Disposition> byId = new HashMap<Long, Disposition>(3);
        static {
            for (Disposition e : Disposition.values())
                byId.put(e.id(), e);
        }
        public static Disposition byId(long id) { return byId.get(id); }
    }

    public enum Initiator {
        UNKNOWN(0),
        CPU(1),
        PCI(2),
        MEMORY(4),
        HOTPLUG(6);

        private final long id;
        Initiator(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Initiator> byId = new HashMap<Long, Initiator>(5);
        static {
            for (Initiator e : Initiator.values())
                byId.put(e.id(), e);
        }
        public static Initiator byId(long id) { return byId.get(id); }
    }

    public enum LogType {
        OTHER(0),
        RETRY(1),
        TCE_ERROR(2),
        INTERNAL_DEVICE_FAILURE(3),
        TIMEOUT(4),
        DATA_PARITY(5),
        ADDRESS_PARITY(6),
        CACHE_PARITY(7),
        ADDRESS_INVALID(8),
        ECC_UNCORRECTED(9),
        ECC_CORRECTED(10),
        EPOW(64),
        HOTPLUG(229);

        private final long id;
        LogType(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, LogType> byId = new HashMap<Long, LogType>(13);
        static {
            for (LogType e : LogType.values())
                byId.put(e.id(), e);
        }
        public static LogType byId(long id) { return byId.get(id); }
    }

    public enum SectionId {
        EPOW(17744),
        HOTPLUG(18512),
        MACHINE_CHECK(19779),
        MAIN_A(20552),
        MAIN_B(21832);

        private final long id;
        SectionId(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, SectionId> byId = new HashMap<Long, SectionId>(5);
        static {
            for (SectionId e : SectionId.values())
                byId.put(e.id(), e);
        }
        public static SectionId byId(long id) { return byId.get(id); }
    }

    public enum Severity {
        NO_ERROR(0),
        EVENT(1),
        WARNING(2),
        ERROR_SYNC(3),
        ERROR(4),
        FATAL(5),
        ALREADY_REPORTED(6);

        private final long id;
        Severity(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Severity> byId = new HashMap<Long, Severity>(7);
        static {
            for (Severity e : Severity.values())
                byId.put(e.id(), e);
        }
        public static Severity byId(long id) { return byId.get(id); }
    }

    public SpaprRtasEventLog(KaitaiStream _io) {
        this(_io, null, null);
    }

    public SpaprRtasEventLog(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public SpaprRtasEventLog(KaitaiStream _io, KaitaiStruct _parent, SpaprRtasEventLog _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.summary = new Summary(this._io, this, _root);
        this.lenExtendedLog = this._io.readU4be();
        KaitaiStream _io_extendedLog = this._io.substream(lenExtendedLog());
        this.extendedLog = new ExtendedLog(_io_extendedLog, this, _root);
    }

    public void _fetchInstances() {
        this.summary._fetchInstances();
        this.extendedLog._fetchInstances();
    }

    /**
     * A number of resources of the type; the guest chooses which.
     */
    public static class DrcCount extends KaitaiStruct {
        public static DrcCount fromFile(String fileName) throws IOException {
            return new DrcCount(new ByteBufferKaitaiStream(fileName));
        }

        public DrcCount(KaitaiStream _io) {
            this(_io, null, null);
        }

        public DrcCount(KaitaiStream _io, SpaprRtasEventLog.Hotplug _parent) {
            this(_io, _parent, null);
        }

        public DrcCount(KaitaiStream _io, SpaprRtasEventLog.Hotplug _parent, SpaprRtasEventLog _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.count = this._io.readU4be();
        }

        public void _fetchInstances() {
        }
        private long count;
        private SpaprRtasEventLog _root;
        private SpaprRtasEventLog.Hotplug _parent;

        /**
         * How many resources to add or remove.
         */
        public long count() { return count; }
        public SpaprRtasEventLog _root() { return _root; }
        public SpaprRtasEventLog.Hotplug _parent() { return _parent; }
    }

    /**
     * A run of connectors, from `index` to `index` + `count` - 1 (modern format).
     */
    public static class DrcCountIndexed extends KaitaiStruct {
        public static DrcCountIndexed fromFile(String fileName) throws IOException {
            return new DrcCountIndexed(new ByteBufferKaitaiStream(fileName));
        }

        public DrcCountIndexed(KaitaiStream _io) {
            this(_io, null, null);
        }

        public DrcCountIndexed(KaitaiStream _io, SpaprRtasEventLog.Hotplug _parent) {
            this(_io, _parent, null);
        }

        public DrcCountIndexed(KaitaiStream _io, SpaprRtasEventLog.Hotplug _parent, SpaprRtasEventLog _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.count = this._io.readU4be();
            this.index = new Spapr.DrcIndex(this._io);
        }

        public void _fetchInstances() {
            this.index._fetchInstances();
        }
        private long count;
        private Spapr.DrcIndex index;
        private SpaprRtasEventLog _root;
        private SpaprRtasEventLog.Hotplug _parent;

        /**
         * How many consecutive connectors.
         */
        public long count() { return count; }

        /**
         * The first connector's index.
         */
        public Spapr.DrcIndex index() { return index; }
        public SpaprRtasEventLog _root() { return _root; }
        public SpaprRtasEventLog.Hotplug _parent() { return _parent; }
    }

    /**
     * A connector named by its DRC name (as in ibm,drc-names).
     */
    public static class DrcName extends KaitaiStruct {
        public static DrcName fromFile(String fileName) throws IOException {
            return new DrcName(new ByteBufferKaitaiStream(fileName));
        }

        public DrcName(KaitaiStream _io) {
            this(_io, null, null);
        }

        public DrcName(KaitaiStream _io, SpaprRtasEventLog.Hotplug _parent) {
            this(_io, _parent, null);
        }

        public DrcName(KaitaiStream _io, SpaprRtasEventLog.Hotplug _parent, SpaprRtasEventLog _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.name = new String(this._io.readBytesTerm((byte) 0, false, true, true), StandardCharsets.US_ASCII);
        }

        public void _fetchInstances() {
        }
        private String name;
        private SpaprRtasEventLog _root;
        private SpaprRtasEventLog.Hotplug _parent;

        /**
         * The name, NUL-terminated.
         */
        public String name() { return name; }
        public SpaprRtasEventLog _root() { return _root; }
        public SpaprRtasEventLog.Hotplug _parent() { return _parent; }
    }

    /**
     * The EPOW section ("EP"), an environmental or power warning such as a power-down request.
     */
    public static class Epow extends KaitaiStruct {
        public static Epow fromFile(String fileName) throws IOException {
            return new Epow(new ByteBufferKaitaiStream(fileName));
        }

        public Epow(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Epow(KaitaiStream _io, SpaprRtasEventLog.Section _parent) {
            this(_io, _parent, null);
        }

        public Epow(KaitaiStream _io, SpaprRtasEventLog.Section _parent, SpaprRtasEventLog _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.sensorValue = this._io.readU1();
            this.eventModifier = this._io.readU1();
            this.extendedModifier = this._io.readU1();
            this.reserved = this._io.readU1();
            this.reasonCode = this._io.readBytes(8);
        }

        public void _fetchInstances() {
        }
        private int sensorValue;
        private int eventModifier;
        private int extendedModifier;
        private int reserved;
        private byte[] reasonCode;
        private SpaprRtasEventLog _root;
        private SpaprRtasEventLog.Section _parent;

        /**
         * Action asked for; 3 is system shutdown.
         */
        public int sensorValue() { return sensorValue; }

        /**
         * How; 1 is normal.
         */
        public int eventModifier() { return eventModifier; }

        /**
         * Scope; 1 is this partition only.
         */
        public int extendedModifier() { return extendedModifier; }

        /**
         * Not defined.
         */
        public int reserved() { return reserved; }

        /**
         * Platform specific reason.
         */
        public byte[] reasonCode() { return reasonCode; }
        public SpaprRtasEventLog _root() { return _root; }
        public SpaprRtasEventLog.Section _parent() { return _parent; }
    }

    /**
     * The version 6 extended log header and its sections.
     */
    public static class ExtendedLog extends KaitaiStruct {
        public static ExtendedLog fromFile(String fileName) throws IOException {
            return new ExtendedLog(new ByteBufferKaitaiStream(fileName));
        }

        public ExtendedLog(KaitaiStream _io) {
            this(_io, null, null);
        }

        public ExtendedLog(KaitaiStream _io, SpaprRtasEventLog _parent) {
            this(_io, _parent, null);
        }

        public ExtendedLog(KaitaiStream _io, SpaprRtasEventLog _parent, SpaprRtasEventLog _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.flags = new ExtendedLogFlags(this._io, this, _root);
            this.reserved1 = this._io.readU1();
            this.powerpcFormat = this._io.readBitsIntBe(1) != 0;
            this.reserved2 = this._io.readBitsIntBe(3);
            this.logFormat = this._io.readBitsIntBe(4);
            this.reserved3 = this._io.readBytes(9);
            this.company = new String(KaitaiStream.bytesTerminate(this._io.readBytes(4), (byte) 0, false), StandardCharsets.US_ASCII);
            this.sections = new ArrayList<Section>();
            {
                int i = 0;
                while (!this._io.isEof()) {
                    this.sections.add(new Section(this._io, this, _root));
                    i++;
                }
            }
        }

        public void _fetchInstances() {
            this.flags._fetchInstances();
            for (int i = 0; i < this.sections.size(); i++) {
                this.sections.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
        private ExtendedLogFlags flags;
        private int reserved1;
        private boolean powerpcFormat;
        private long reserved2;
        private long logFormat;
        private byte[] reserved3;
        private String company;
        private List<Section> sections;
        private SpaprRtasEventLog _root;
        private SpaprRtasEventLog _parent;

        /**
         * Validity and format flags (byte 0).
         */
        public ExtendedLogFlags flags() { return flags; }

        /**
         * Not defined.
         */
        public int reserved1() { return reserved1; }

        /**
         * The log is in PowerPC format (set by QEMU).
         */
        public boolean powerpcFormat() { return powerpcFormat; }

        /**
         * Not defined.
         */
        public long reserved2() { return reserved2; }

        /**
         * Log format; 0xe (platform event) from QEMU.
         */
        public long logFormat() { return logFormat; }

        /**
         * Not defined; zero.
         */
        public byte[] reserved3() { return reserved3; }

        /**
         * Company id, "IBM" followed by a NUL.
         */
        public String company() { return company; }

        /**
         * The sections, each with its own header.
         */
        public List<Section> sections() { return sections; }
        public SpaprRtasEventLog _root() { return _root; }
        public SpaprRtasEventLog _parent() { return _parent; }
    }

    /**
     * Byte 0 of the extended log header.
     */
    public static class ExtendedLogFlags extends KaitaiStruct {
        public static ExtendedLogFlags fromFile(String fileName) throws IOException {
            return new ExtendedLogFlags(new ByteBufferKaitaiStream(fileName));
        }

        public ExtendedLogFlags(KaitaiStream _io) {
            this(_io, null, null);
        }

        public ExtendedLogFlags(KaitaiStream _io, SpaprRtasEventLog.ExtendedLog _parent) {
            this(_io, _parent, null);
        }

        public ExtendedLogFlags(KaitaiStream _io, SpaprRtasEventLog.ExtendedLog _parent, SpaprRtasEventLog _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.valid = this._io.readBitsIntBe(1) != 0;
            this.unrecoverableError = this._io.readBitsIntBe(1) != 0;
            this.recoverableError = this._io.readBitsIntBe(1) != 0;
            this.degradedOperation = this._io.readBitsIntBe(1) != 0;
            this.predictiveError = this._io.readBitsIntBe(1) != 0;
            this.newLog = this._io.readBitsIntBe(1) != 0;
            this.bigEndian = this._io.readBitsIntBe(1) != 0;
            this.reserved = this._io.readBitsIntBe(1) != 0;
        }

        public void _fetchInstances() {
        }
        private boolean valid;
        private boolean unrecoverableError;
        private boolean recoverableError;
        private boolean degradedOperation;
        private boolean predictiveError;
        private boolean newLog;
        private boolean bigEndian;
        private boolean reserved;
        private SpaprRtasEventLog _root;
        private SpaprRtasEventLog.ExtendedLog _parent;

        /**
         * 0x80, the log is valid.
         */
        public boolean valid() { return valid; }

        /**
         * 0x40, an unrecoverable error.
         */
        public boolean unrecoverableError() { return unrecoverableError; }

        /**
         * 0x20, a recoverable error.
         */
        public boolean recoverableError() { return recoverableError; }

        /**
         * 0x10, the platform runs degraded.
         */
        public boolean degradedOperation() { return degradedOperation; }

        /**
         * 0x08, a predicted failure.
         */
        public boolean predictiveError() { return predictiveError; }

        /**
         * 0x04, not reported before.
         */
        public boolean newLog() { return newLog; }

        /**
         * 0x02, the log is big-endian.
         */
        public boolean bigEndian() { return bigEndian; }

        /**
         * 0x01, not defined.
         */
        public boolean reserved() { return reserved; }
        public SpaprRtasEventLog _root() { return _root; }
        public SpaprRtasEventLog.ExtendedLog _parent() { return _parent; }
    }

    /**
     * The hotplug section ("HP"): what to plug or unplug and how it is
     * identified. QEMU writes 12 bytes after the header (the identifier
     * union is 8 bytes long); with a DRC name the section grows by the
     * name's length.
     */
    public static class Hotplug extends KaitaiStruct {
        public static Hotplug fromFile(String fileName) throws IOException {
            return new Hotplug(new ByteBufferKaitaiStream(fileName));
        }

        public Hotplug(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Hotplug(KaitaiStream _io, SpaprRtasEventLog.Section _parent) {
            this(_io, _parent, null);
        }

        public Hotplug(KaitaiStream _io, SpaprRtasEventLog.Section _parent, SpaprRtasEventLog _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.hotplugType = Spapr.HotplugType.byId(this._io.readU1());
            this.action = Spapr.HotplugAction.byId(this._io.readU1());
            this.identifier = Spapr.HotplugIdentifier.byId(this._io.readU1());
            this.capabilities = this._io.readU1();
            {
                Spapr.HotplugIdentifier on = identifier();
                if (on != null) {
                    switch (identifier()) {
                    case DRC_COUNT: {
                        this.drc = new DrcCount(this._io, this, _root);
                        break;
                    }
                    case DRC_COUNT_INDEXED: {
                        this.drc = new DrcCountIndexed(this._io, this, _root);
                        break;
                    }
                    case DRC_INDEX: {
                        this.drc = new Spapr.DrcIndex(this._io);
                        break;
                    }
                    case DRC_NAME: {
                        this.drc = new DrcName(this._io, this, _root);
                        break;
                    }
                    }
                }
            }
        }

        public void _fetchInstances() {
            {
                Spapr.HotplugIdentifier on = identifier();
                if (on != null) {
                    switch (identifier()) {
                    case DRC_COUNT: {
                        ((DrcCount) (this.drc))._fetchInstances();
                        break;
                    }
                    case DRC_COUNT_INDEXED: {
                        ((DrcCountIndexed) (this.drc))._fetchInstances();
                        break;
                    }
                    case DRC_INDEX: {
                        ((Spapr.DrcIndex) (this.drc))._fetchInstances();
                        break;
                    }
                    case DRC_NAME: {
                        ((DrcName) (this.drc))._fetchInstances();
                        break;
                    }
                    }
                }
            }
        }
        private Spapr.HotplugType hotplugType;
        private Spapr.HotplugAction action;
        private Spapr.HotplugIdentifier identifier;
        private int capabilities;
        private KaitaiStruct drc;
        private SpaprRtasEventLog _root;
        private SpaprRtasEventLog.Section _parent;

        /**
         * Kind of resource.
         */
        public Spapr.HotplugType hotplugType() { return hotplugType; }

        /**
         * Add or remove.
         */
        public Spapr.HotplugAction action() { return action; }

        /**
         * Which member of the union below names the resource.
         */
        public Spapr.HotplugIdentifier identifier() { return identifier; }

        /**
         * Capability flags (modern format; the reserved byte of the legacy format); zero from QEMU.
         */
        public int capabilities() { return capabilities; }

        /**
         * The resource(s) to act on.
         */
        public KaitaiStruct drc() { return drc; }
        public SpaprRtasEventLog _root() { return _root; }
        public SpaprRtasEventLog.Section _parent() { return _parent; }
    }

    /**
     * Main-A ("PH", 40 bytes after the header), the primary header of a platform event.
     */
    public static class MainA extends KaitaiStruct {
        public static MainA fromFile(String fileName) throws IOException {
            return new MainA(new ByteBufferKaitaiStream(fileName));
        }

        public MainA(KaitaiStream _io) {
            this(_io, null, null);
        }

        public MainA(KaitaiStream _io, SpaprRtasEventLog.Section _parent) {
            this(_io, _parent, null);
        }

        public MainA(KaitaiStream _io, SpaprRtasEventLog.Section _parent, SpaprRtasEventLog _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.creationDate = this._io.readU4be();
            this.creationTime = this._io.readU4be();
            this.platform1 = this._io.readBytes(8);
            this.creatorId = new String(this._io.readBytes(1), StandardCharsets.US_ASCII);
            this.reserved1 = this._io.readBytes(2);
            this.numSections = this._io.readU1();
            this.reserved2 = this._io.readBytes(4);
            this.platform2 = this._io.readBytes(8);
            this.plid = this._io.readU4be();
            this.platform3 = this._io.readBytes(4);
        }

        public void _fetchInstances() {
        }
        private long creationDate;
        private long creationTime;
        private byte[] platform1;
        private String creatorId;
        private byte[] reserved1;
        private int numSections;
        private byte[] reserved2;
        private byte[] platform2;
        private long plid;
        private byte[] platform3;
        private SpaprRtasEventLog _root;
        private SpaprRtasEventLog.Section _parent;

        /**
         * Date the event was made, BCD YYYYMMDD (read as hex digits).
         */
        public long creationDate() { return creationDate; }

        /**
         * Time the event was made, BCD HHMMSS00.
         */
        public long creationTime() { return creationTime; }

        /**
         * Platform specific; zero from QEMU.
         */
        public byte[] platform1() { return platform1; }

        /**
         * Who made the event; "H" (hypervisor) from QEMU.
         */
        public String creatorId() { return creatorId; }

        /**
         * Not defined.
         */
        public byte[] reserved1() { return reserved1; }

        /**
         * Number of sections in the log (3 from QEMU).
         */
        public int numSections() { return numSections; }

        /**
         * Not defined.
         */
        public byte[] reserved2() { return reserved2; }

        /**
         * Platform specific.
         */
        public byte[] platform2() { return platform2; }

        /**
         * Platform log id; QEMU counts up from 0 in host byte order.
         */
        public long plid() { return plid; }

        /**
         * Platform specific.
         */
        public byte[] platform3() { return platform3; }
        public SpaprRtasEventLog _root() { return _root; }
        public SpaprRtasEventLog.Section _parent() { return _parent; }
    }

    /**
     * Main-B ("UH", 16 bytes after the header), the user header.
     */
    public static class MainB extends KaitaiStruct {
        public static MainB fromFile(String fileName) throws IOException {
            return new MainB(new ByteBufferKaitaiStream(fileName));
        }

        public MainB(KaitaiStream _io) {
            this(_io, null, null);
        }

        public MainB(KaitaiStream _io, SpaprRtasEventLog.Section _parent) {
            this(_io, _parent, null);
        }

        public MainB(KaitaiStream _io, SpaprRtasEventLog.Section _parent, SpaprRtasEventLog _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.subsystemId = this._io.readU1();
            this.platform1 = this._io.readU1();
            this.eventSeverity = this._io.readU1();
            this.eventSubtype = this._io.readU1();
            this.platform2 = this._io.readBytes(4);
            this.reserved1 = this._io.readBytes(2);
            this.actionFlags = this._io.readU2be();
            this.reserved2 = this._io.readBytes(4);
        }

        public void _fetchInstances() {
        }
        private int subsystemId;
        private int platform1;
        private int eventSeverity;
        private int eventSubtype;
        private byte[] platform2;
        private byte[] reserved1;
        private int actionFlags;
        private byte[] reserved2;
        private SpaprRtasEventLog _root;
        private SpaprRtasEventLog.Section _parent;

        /**
         * Subsystem; 0x80 for QEMU's hotplug events, 0xa0 (external environment) for power-down.
         */
        public int subsystemId() { return subsystemId; }

        /**
         * Platform specific.
         */
        public int platform1() { return platform1; }

        /**
         * Severity; 0 (informational) from QEMU.
         */
        public int eventSeverity() { return eventSeverity; }

        /**
         * Subtype; 0 for hotplug, 0xd0 (normal shutdown) for power-down.
         */
        public int eventSubtype() { return eventSubtype; }

        /**
         * Platform specific.
         */
        public byte[] platform2() { return platform2; }

        /**
         * Not defined.
         */
        public byte[] reserved1() { return reserved1; }

        /**
         * Actions asked of the OS; zero from QEMU.
         */
        public int actionFlags() { return actionFlags; }

        /**
         * Not defined.
         */
        public byte[] reserved2() { return reserved2; }
        public SpaprRtasEventLog _root() { return _root; }
        public SpaprRtasEventLog.Section _parent() { return _parent; }
    }

    /**
     * One section of the extended log; the header is 8 bytes.
     */
    public static class Section extends KaitaiStruct {
        public static Section fromFile(String fileName) throws IOException {
            return new Section(new ByteBufferKaitaiStream(fileName));
        }

        public Section(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Section(KaitaiStream _io, SpaprRtasEventLog.ExtendedLog _parent) {
            this(_io, _parent, null);
        }

        public Section(KaitaiStream _io, SpaprRtasEventLog.ExtendedLog _parent, SpaprRtasEventLog _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.sectionId = SpaprRtasEventLog.SectionId.byId(this._io.readU2be());
            this.lenSection = this._io.readU2be();
            if (!(this.lenSection >= 8)) {
                throw new KaitaiStream.ValidationLessThanError(8, this.lenSection, this._io, "/types/section/seq/1");
            }
            this.version = this._io.readU1();
            this.subtype = this._io.readU1();
            this.creatorComponentId = this._io.readU2be();
            {
                SectionId on = sectionId();
                if (on != null) {
                    switch (sectionId()) {
                    case EPOW: {
                        KaitaiStream _io_body = this._io.substream(lenSection() - 8);
                        this.body = new Epow(_io_body, this, _root);
                        break;
                    }
                    case HOTPLUG: {
                        KaitaiStream _io_body = this._io.substream(lenSection() - 8);
                        this.body = new Hotplug(_io_body, this, _root);
                        break;
                    }
                    case MAIN_A: {
                        KaitaiStream _io_body = this._io.substream(lenSection() - 8);
                        this.body = new MainA(_io_body, this, _root);
                        break;
                    }
                    case MAIN_B: {
                        KaitaiStream _io_body = this._io.substream(lenSection() - 8);
                        this.body = new MainB(_io_body, this, _root);
                        break;
                    }
                    default: {
                        this.body = this._io.readBytes(lenSection() - 8);
                        break;
                    }
                    }
                } else {
                    this.body = this._io.readBytes(lenSection() - 8);
                }
            }
        }

        public void _fetchInstances() {
            {
                SectionId on = sectionId();
                if (on != null) {
                    switch (sectionId()) {
                    case EPOW: {
                        ((Epow) (this.body))._fetchInstances();
                        break;
                    }
                    case HOTPLUG: {
                        ((Hotplug) (this.body))._fetchInstances();
                        break;
                    }
                    case MAIN_A: {
                        ((MainA) (this.body))._fetchInstances();
                        break;
                    }
                    case MAIN_B: {
                        ((MainB) (this.body))._fetchInstances();
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
        private SectionId sectionId;
        private int lenSection;
        private int version;
        private int subtype;
        private int creatorComponentId;
        private Object body;
        private SpaprRtasEventLog _root;
        private SpaprRtasEventLog.ExtendedLog _parent;

        /**
         * Two ASCII letters naming the section ("HP" is 0x4850).
         */
        public SectionId sectionId() { return sectionId; }

        /**
         * Length of the section including this header, in bytes.
         */
        public int lenSection() { return lenSection; }

        /**
         * Section version; 1 for hotplug sections.
         */
        public int version() { return version; }

        /**
         * Section subtype; unused (zero) in QEMU's sections.
         */
        public int subtype() { return subtype; }

        /**
         * Component that created the section; unused (zero).
         */
        public int creatorComponentId() { return creatorComponentId; }

        /**
         * The section's contents, decoded for the sections QEMU writes.
         */
        public Object body() { return body; }
        public SpaprRtasEventLog _root() { return _root; }
        public SpaprRtasEventLog.ExtendedLog _parent() { return _parent; }
    }

    /**
     * The first 32-bit word of an RTAS error log.
     */
    public static class Summary extends KaitaiStruct {
        public static Summary fromFile(String fileName) throws IOException {
            return new Summary(new ByteBufferKaitaiStream(fileName));
        }

        public Summary(KaitaiStream _io) {
            this(_io, null, null);
        }

        public Summary(KaitaiStream _io, SpaprRtasEventLog _parent) {
            this(_io, _parent, null);
        }

        public Summary(KaitaiStream _io, SpaprRtasEventLog _parent, SpaprRtasEventLog _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.version = this._io.readBitsIntBe(8);
            this.severity = SpaprRtasEventLog.Severity.byId(this._io.readBitsIntBe(3));
            this.disposition = SpaprRtasEventLog.Disposition.byId(this._io.readBitsIntBe(2));
            this.optionalPartPresent = this._io.readBitsIntBe(1) != 0;
            this.reserved = this._io.readBitsIntBe(2);
            this.initiator = SpaprRtasEventLog.Initiator.byId(this._io.readBitsIntBe(4));
            this.target = SpaprRtasEventLog.Initiator.byId(this._io.readBitsIntBe(4));
            this.logType = SpaprRtasEventLog.LogType.byId(this._io.readBitsIntBe(8));
        }

        public void _fetchInstances() {
        }
        private long version;
        private Severity severity;
        private Disposition disposition;
        private boolean optionalPartPresent;
        private long reserved;
        private Initiator initiator;
        private Initiator target;
        private LogType logType;
        private SpaprRtasEventLog _root;
        private SpaprRtasEventLog _parent;

        /**
         * Log format version; 6.
         */
        public long version() { return version; }

        /**
         * How bad the event is; "event" for hotplug and power-down.
         */
        public Severity severity() { return severity; }

        /**
         * Whether the platform recovered.
         */
        public Disposition disposition() { return disposition; }

        /**
         * An extended log follows (always set by QEMU).
         */
        public boolean optionalPartPresent() { return optionalPartPresent; }

        /**
         * Not defined; zero.
         */
        public long reserved() { return reserved; }

        /**
         * What started the event.
         */
        public Initiator initiator() { return initiator; }

        /**
         * What the event is about (same numbering as the initiator).
         */
        public Initiator target() { return target; }

        /**
         * Kind of event; 0xe5 for hotplug, 0x40 for EPOW.
         */
        public LogType logType() { return logType; }
        public SpaprRtasEventLog _root() { return _root; }
        public SpaprRtasEventLog _parent() { return _parent; }
    }
    private Summary summary;
    private long lenExtendedLog;
    private ExtendedLog extendedLog;
    private SpaprRtasEventLog _root;
    private KaitaiStruct _parent;

    /**
     * Version, severity, disposition, initiator, target and type of the event.
     */
    public Summary summary() { return summary; }

    /**
     * Length of the extended log that follows, in bytes.
     */
    public long lenExtendedLog() { return lenExtendedLog; }

    /**
     * The version 6 extended log.
     */
    public ExtendedLog extendedLog() { return extendedLog; }
    public SpaprRtasEventLog _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
