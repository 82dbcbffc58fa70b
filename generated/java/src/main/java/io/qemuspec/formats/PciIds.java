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
 * Red Hat gives part of its PCI ID space to QEMU's virtual devices: vendor
 * 0x1af4 (the former Qumranet ID; virtio, ivshmem, and the subsystem ID
 * 0x1100 of devices that copy real hardware) and vendor 0x1b36 (QEMU's own
 * devices). This spec names every ID the QEMU PCI ID document assigns, and
 * reads the first 64 bytes of a device's PCI configuration space (type 0 or
 * type 1 header, little-endian) so that a config space dump shows the names.
 * 
 * Virtio devices come in two forms: transitional ones keep the legacy device
 * ID 0x1000..0x103f (and carry the virtio device ID as their subsystem ID);
 * modern ones use 0x1040 plus the virtio device ID. 0x10f0..0x10ff are free
 * for experiments that never leave the lab.
 * @see <a href="https://www.qemu.org/docs/master/specs/pci-ids.html">Source</a>
 * @see <a href="https://github.com/qemu/qemu/blob/master/docs/specs/pci-ids.rst">Source</a>
 */
public class PciIds extends KaitaiStruct {
    public static PciIds fromFile(String fileName) throws IOException {
        return new PciIds(new ByteBufferKaitaiStream(fileName));
    }

    public enum Device1af4 {
        VIRTIO_NET_LEGACY(4096),
        VIRTIO_BLOCK_LEGACY(4097),
        VIRTIO_BALLOON_LEGACY(4098),
        VIRTIO_CONSOLE_LEGACY(4099),
        VIRTIO_SCSI_LEGACY(4100),
        VIRTIO_RNG_LEGACY(4101),
        VIRTIO_9P_LEGACY(4105),
        VIRTIO_VSOCK_LEGACY(4114),
        VIRTIO_NET(4161),
        VIRTIO_BLOCK(4162),
        VIRTIO_CONSOLE(4163),
        VIRTIO_RNG(4164),
        VIRTIO_BALLOON(4165),
        VIRTIO_IOMEM(4166),
        VIRTIO_RPMSG(4167),
        VIRTIO_SCSI(4168),
        VIRTIO_9P(4169),
        VIRTIO_MAC80211_WLAN(4170),
        VIRTIO_RPROC_SERIAL(4171),
        VIRTIO_CAIF(4172),
        VIRTIO_MEMORY_BALLOON(4173),
        VIRTIO_GPU(4176),
        VIRTIO_CLOCK(4177),
        VIRTIO_INPUT(4178),
        VIRTIO_VSOCK(4179),
        VIRTIO_CRYPTO(4180),
        VIRTIO_SIGNAL_DIST(4181),
        VIRTIO_PSTORE(4182),
        VIRTIO_IOMMU(4183),
        VIRTIO_MEM(4184),
        VIRTIO_SOUND(4185),
        VIRTIO_FS(4186),
        VIRTIO_PMEM(4187),
        VIRTIO_RPMB(4188),
        VIRTIO_MAC80211_HWSIM(4189),
        VIRTIO_VIDEO_ENCODER(4190),
        VIRTIO_VIDEO_DECODER(4191),
        VIRTIO_SCMI(4192),
        VIRTIO_NITRO_SEC_MOD(4193),
        VIRTIO_I2C_ADAPTER(4194),
        VIRTIO_WATCHDOG(4195),
        VIRTIO_CAN(4196),
        VIRTIO_DMABUF(4197),
        VIRTIO_PARAM_SERV(4198),
        VIRTIO_AUDIO_POLICY(4199),
        VIRTIO_BT(4200),
        VIRTIO_GPIO(4201),
        EXPERIMENTAL_0(4336),
        EXPERIMENTAL_1(4337),
        EXPERIMENTAL_2(4338),
        EXPERIMENTAL_3(4339),
        EXPERIMENTAL_4(4340),
        EXPERIMENTAL_5(4341),
        EXPERIMENTAL_6(4342),
        EXPERIMENTAL_7(4343),
        EXPERIMENTAL_8(4344),
        EXPERIMENTAL_9(4345),
        EXPERIMENTAL_A(4346),
        EXPERIMENTAL_B(4347),
        EXPERIMENTAL_C(4348),
        EXPERIMENTAL_D(4349),
        EXPERIMENTAL_E(4350),
        EXPERIMENTAL_F(4351),
        QEMU_SUBSYSTEM(4352),
        IVSHMEM(4368);

        private final long id;
        Device1af4(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Device1af4> byId = new HashMap<Long, Device1af4>(65);
        static {
            for (Device1af4 e : Device1af4.values())
                byId.put(e.id(), e);
        }
        public static Device1af4 byId(long id) { return byId.get(id); }
    }

    public enum Device1b36 {
        PCI_BRIDGE(1),
        PCI_SERIAL(2),
        PCI_SERIAL_2X(3),
        PCI_SERIAL_4X(4),
        PCI_TESTDEV(5),
        ROCKER(6),
        SDHCI(7),
        PCIE_HOST_BRIDGE(8),
        PXB(9),
        PCI_BRIDGE_SEAT(10),
        PXB_PCIE(11),
        PCIE_ROOT_PORT(12),
        XHCI(13),
        PCIE_PCI_BRIDGE(14),
        MDPY(15),
        NVME(16),
        PVPANIC(17),
        ACPI_ERST(18),
        UFS(19),
        RISCV_IOMMU(20),
        QXL(256);

        private final long id;
        Device1b36(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Device1b36> byId = new HashMap<Long, Device1b36>(21);
        static {
            for (Device1b36 e : Device1b36.values())
                byId.put(e.id(), e);
        }
        public static Device1b36 byId(long id) { return byId.get(id); }
    }

    public enum Vendor {
        RED_HAT_QUMRANET(6900),
        RED_HAT(6966);

        private final long id;
        Vendor(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, Vendor> byId = new HashMap<Long, Vendor>(2);
        static {
            for (Vendor e : Vendor.values())
                byId.put(e.id(), e);
        }
        public static Vendor byId(long id) { return byId.get(id); }
    }

    public enum VirtioDevice {
        NET(1),
        BLOCK(2),
        CONSOLE(3),
        RNG(4),
        BALLOON(5),
        IOMEM(6),
        RPMSG(7),
        SCSI(8),
        TRANSPORT_9P(9),
        MAC80211_WLAN(10),
        RPROC_SERIAL(11),
        CAIF(12),
        MEMORY_BALLOON(13),
        GPU(16),
        CLOCK(17),
        INPUT(18),
        VSOCK(19),
        CRYPTO(20),
        SIGNAL_DIST(21),
        PSTORE(22),
        IOMMU(23),
        MEM(24),
        SOUND(25),
        FS(26),
        PMEM(27),
        RPMB(28),
        MAC80211_HWSIM(29),
        VIDEO_ENCODER(30),
        VIDEO_DECODER(31),
        SCMI(32),
        NITRO_SEC_MOD(33),
        I2C_ADAPTER(34),
        WATCHDOG(35),
        CAN(36),
        DMABUF(37),
        PARAM_SERV(38),
        AUDIO_POLICY(39),
        BT(40),
        GPIO(41);

        private final long id;
        VirtioDevice(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, VirtioDevice> byId = new HashMap<Long, VirtioDevice>(39);
        static {
            for (VirtioDevice e : VirtioDevice.values())
                byId.put(e.id(), e);
        }
        public static VirtioDevice byId(long id) { return byId.get(id); }
    }

    public PciIds(KaitaiStream _io) {
        this(_io, null, null);
    }

    public PciIds(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public PciIds(KaitaiStream _io, KaitaiStruct _parent, PciIds _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.vendorId = Vendor.byId(this._io.readU2le());
        this.deviceId = this._io.readU2le();
        this.command = this._io.readU2le();
        this.status = this._io.readU2le();
        this.revisionId = this._io.readU1();
        this.progIf = this._io.readU1();
        this.subclass = this._io.readU1();
        this.classCode = this._io.readU1();
        this.cacheLineSize = this._io.readU1();
        this.latencyTimer = this._io.readU1();
        this.headerType = new HeaderType(this._io, this, _root);
        this.bist = this._io.readU1();
        switch (((Number) (headerType().layout())).intValue()) {
        case 0: {
            this.header = new GeneralHeader(this._io, this, _root);
            break;
        }
        case 1: {
            this.header = new BridgeHeader(this._io, this, _root);
            break;
        }
        }
    }

    public void _fetchInstances() {
        this.headerType._fetchInstances();
        switch (((Number) (headerType().layout())).intValue()) {
        case 0: {
            ((GeneralHeader) (this.header))._fetchInstances();
            break;
        }
        case 1: {
            ((BridgeHeader) (this.header))._fetchInstances();
            break;
        }
        }
    }

    /**
     * Bytes 0x10..0x3f of a type 1 (PCI-to-PCI bridge) header.
     */
    public static class BridgeHeader extends KaitaiStruct {
        public static BridgeHeader fromFile(String fileName) throws IOException {
            return new BridgeHeader(new ByteBufferKaitaiStream(fileName));
        }

        public BridgeHeader(KaitaiStream _io) {
            this(_io, null, null);
        }

        public BridgeHeader(KaitaiStream _io, PciIds _parent) {
            this(_io, _parent, null);
        }

        public BridgeHeader(KaitaiStream _io, PciIds _parent, PciIds _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.bars = new ArrayList<Long>();
            for (int i = 0; i < 2; i++) {
                this.bars.add(this._io.readU4le());
            }
            this.primaryBus = this._io.readU1();
            this.secondaryBus = this._io.readU1();
            this.subordinateBus = this._io.readU1();
            this.secondaryLatencyTimer = this._io.readU1();
            this.ioBase = this._io.readU1();
            this.ioLimit = this._io.readU1();
            this.secondaryStatus = this._io.readU2le();
            this.memoryBase = this._io.readU2le();
            this.memoryLimit = this._io.readU2le();
            this.prefetchableBase = this._io.readU2le();
            this.prefetchableLimit = this._io.readU2le();
            this.prefetchableBaseUpper = this._io.readU4le();
            this.prefetchableLimitUpper = this._io.readU4le();
            this.ioBaseUpper = this._io.readU2le();
            this.ioLimitUpper = this._io.readU2le();
            this.ofsCapabilities = this._io.readU1();
            this.reserved = this._io.readBytes(3);
            this.expansionRom = this._io.readU4le();
            this.interruptLine = this._io.readU1();
            this.interruptPin = this._io.readU1();
            this.bridgeControl = this._io.readU2le();
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.bars.size(); i++) {
            }
        }
        private List<Long> bars;
        private int primaryBus;
        private int secondaryBus;
        private int subordinateBus;
        private int secondaryLatencyTimer;
        private int ioBase;
        private int ioLimit;
        private int secondaryStatus;
        private int memoryBase;
        private int memoryLimit;
        private int prefetchableBase;
        private int prefetchableLimit;
        private long prefetchableBaseUpper;
        private long prefetchableLimitUpper;
        private int ioBaseUpper;
        private int ioLimitUpper;
        private int ofsCapabilities;
        private byte[] reserved;
        private long expansionRom;
        private int interruptLine;
        private int interruptPin;
        private int bridgeControl;
        private PciIds _root;
        private PciIds _parent;

        /**
         * Base address registers 0 and 1.
         */
        public List<Long> bars() { return bars; }

        /**
         * Bus number of the bus the bridge sits on.
         */
        public int primaryBus() { return primaryBus; }

        /**
         * Bus number behind the bridge.
         */
        public int secondaryBus() { return secondaryBus; }

        /**
         * Highest bus number behind the bridge.
         */
        public int subordinateBus() { return subordinateBus; }

        /**
         * Latency timer of the secondary bus.
         */
        public int secondaryLatencyTimer() { return secondaryLatencyTimer; }

        /**
         * I/O window base (bits 15..12 of the address).
         */
        public int ioBase() { return ioBase; }

        /**
         * I/O window limit.
         */
        public int ioLimit() { return ioLimit; }

        /**
         * Status of the secondary bus.
         */
        public int secondaryStatus() { return secondaryStatus; }

        /**
         * Memory window base (bits 31..20).
         */
        public int memoryBase() { return memoryBase; }

        /**
         * Memory window limit.
         */
        public int memoryLimit() { return memoryLimit; }

        /**
         * Prefetchable memory window base.
         */
        public int prefetchableBase() { return prefetchableBase; }

        /**
         * Prefetchable memory window limit.
         */
        public int prefetchableLimit() { return prefetchableLimit; }

        /**
         * Upper 32 bits of the prefetchable base.
         */
        public long prefetchableBaseUpper() { return prefetchableBaseUpper; }

        /**
         * Upper 32 bits of the prefetchable limit.
         */
        public long prefetchableLimitUpper() { return prefetchableLimitUpper; }

        /**
         * Upper 16 bits of the I/O base.
         */
        public int ioBaseUpper() { return ioBaseUpper; }

        /**
         * Upper 16 bits of the I/O limit.
         */
        public int ioLimitUpper() { return ioLimitUpper; }

        /**
         * Offset of the first capability.
         */
        public int ofsCapabilities() { return ofsCapabilities; }

        /**
         * Reserved.
         */
        public byte[] reserved() { return reserved; }

        /**
         * Expansion ROM base address.
         */
        public long expansionRom() { return expansionRom; }

        /**
         * Interrupt line.
         */
        public int interruptLine() { return interruptLine; }

        /**
         * Interrupt pin.
         */
        public int interruptPin() { return interruptPin; }

        /**
         * Bridge control register.
         */
        public int bridgeControl() { return bridgeControl; }
        public PciIds _root() { return _root; }
        public PciIds _parent() { return _parent; }
    }

    /**
     * Bytes 0x10..0x3f of a type 0 header.
     */
    public static class GeneralHeader extends KaitaiStruct {
        public static GeneralHeader fromFile(String fileName) throws IOException {
            return new GeneralHeader(new ByteBufferKaitaiStream(fileName));
        }

        public GeneralHeader(KaitaiStream _io) {
            this(_io, null, null);
        }

        public GeneralHeader(KaitaiStream _io, PciIds _parent) {
            this(_io, _parent, null);
        }

        public GeneralHeader(KaitaiStream _io, PciIds _parent, PciIds _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.bars = new ArrayList<Long>();
            for (int i = 0; i < 6; i++) {
                this.bars.add(this._io.readU4le());
            }
            this.cardbusCis = this._io.readU4le();
            this.subsystemVendorId = PciIds.Vendor.byId(this._io.readU2le());
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
            for (int i = 0; i < this.bars.size(); i++) {
            }
        }
        private Device1af4 qemuSubsystem;

        /**
         * The subsystem ID named from vendor 0x1af4's table (0x1100 for emulated hardware).
         */
        public Device1af4 qemuSubsystem() {
            if (this.qemuSubsystem != null)
                return this.qemuSubsystem;
            if ( ((subsystemVendorId() == PciIds.Vendor.RED_HAT_QUMRANET) && (subsystemId() >= 4096)) ) {
                this.qemuSubsystem = PciIds.Device1af4.byId(subsystemId());
            }
            return this.qemuSubsystem;
        }
        private VirtioDevice virtioSubsystem;

        /**
         * A transitional virtio device's subsystem ID, its virtio device ID.
         */
        public VirtioDevice virtioSubsystem() {
            if (this.virtioSubsystem != null)
                return this.virtioSubsystem;
            if ( ((subsystemVendorId() == PciIds.Vendor.RED_HAT_QUMRANET) && (subsystemId() < 4096)) ) {
                this.virtioSubsystem = PciIds.VirtioDevice.byId(subsystemId());
            }
            return this.virtioSubsystem;
        }
        private List<Long> bars;
        private long cardbusCis;
        private Vendor subsystemVendorId;
        private int subsystemId;
        private long expansionRom;
        private int ofsCapabilities;
        private byte[] reserved;
        private int interruptLine;
        private int interruptPin;
        private int minGrant;
        private int maxLatency;
        private PciIds _root;
        private PciIds _parent;

        /**
         * Base address registers 0..5.
         */
        public List<Long> bars() { return bars; }

        /**
         * CardBus CIS pointer.
         */
        public long cardbusCis() { return cardbusCis; }

        /**
         * Vendor of the subsystem; 0x1af4 for QEMU's devices.
         */
        public Vendor subsystemVendorId() { return subsystemVendorId; }

        /**
         * Subsystem; the virtio device ID for transitional virtio devices, 0x1100 for most others.
         */
        public int subsystemId() { return subsystemId; }

        /**
         * Expansion ROM base address.
         */
        public long expansionRom() { return expansionRom; }

        /**
         * Offset of the first capability.
         */
        public int ofsCapabilities() { return ofsCapabilities; }

        /**
         * Reserved.
         */
        public byte[] reserved() { return reserved; }

        /**
         * Interrupt line (written by firmware).
         */
        public int interruptLine() { return interruptLine; }

        /**
         * Interrupt pin, 1..4 for INTA..INTD, 0 for none.
         */
        public int interruptPin() { return interruptPin; }

        /**
         * Minimum grant.
         */
        public int minGrant() { return minGrant; }

        /**
         * Maximum latency.
         */
        public int maxLatency() { return maxLatency; }
        public PciIds _root() { return _root; }
        public PciIds _parent() { return _parent; }
    }

    /**
     * The header type byte.
     */
    public static class HeaderType extends KaitaiStruct {
        public static HeaderType fromFile(String fileName) throws IOException {
            return new HeaderType(new ByteBufferKaitaiStream(fileName));
        }

        public HeaderType(KaitaiStream _io) {
            this(_io, null, null);
        }

        public HeaderType(KaitaiStream _io, PciIds _parent) {
            this(_io, _parent, null);
        }

        public HeaderType(KaitaiStream _io, PciIds _parent, PciIds _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.multiFunction = this._io.readBitsIntBe(1) != 0;
            this.layout = this._io.readBitsIntBe(7);
        }

        public void _fetchInstances() {
        }
        private boolean multiFunction;
        private long layout;
        private PciIds _root;
        private PciIds _parent;

        /**
         * Bit 7, the device has functions other than 0.
         */
        public boolean multiFunction() { return multiFunction; }

        /**
         * Bits 6..0, header layout (0 general, 1 PCI-to-PCI bridge, 2 CardBus bridge).
         */
        public long layout() { return layout; }
        public PciIds _root() { return _root; }
        public PciIds _parent() { return _parent; }
    }
    private Device1af4 qemuDevice;

    /**
     * The device ID named from vendor 0x1af4's table.
     */
    public Device1af4 qemuDevice() {
        if (this.qemuDevice != null)
            return this.qemuDevice;
        if (vendorId() == Vendor.RED_HAT_QUMRANET) {
            this.qemuDevice = Device1af4.byId(deviceId());
        }
        return this.qemuDevice;
    }
    private Device1b36 qemuOwnDevice;

    /**
     * The device ID named from vendor 0x1b36's table.
     */
    public Device1b36 qemuOwnDevice() {
        if (this.qemuOwnDevice != null)
            return this.qemuOwnDevice;
        if (vendorId() == Vendor.RED_HAT) {
            this.qemuOwnDevice = Device1b36.byId(deviceId());
        }
        return this.qemuOwnDevice;
    }
    private VirtioDevice virtioDevice;

    /**
     * For a modern virtio device, the virtio device ID (the PCI device ID minus 0x1040).
     */
    public VirtioDevice virtioDevice() {
        if (this.virtioDevice != null)
            return this.virtioDevice;
        if ( ((vendorId() == Vendor.RED_HAT_QUMRANET) && (deviceId() >= 4160) && (deviceId() <= 4335)) ) {
            this.virtioDevice = VirtioDevice.byId(deviceId() - 4160);
        }
        return this.virtioDevice;
    }
    private Vendor vendorId;
    private int deviceId;
    private int command;
    private int status;
    private int revisionId;
    private int progIf;
    private int subclass;
    private int classCode;
    private int cacheLineSize;
    private int latencyTimer;
    private HeaderType headerType;
    private int bist;
    private KaitaiStruct header;
    private PciIds _root;
    private KaitaiStruct _parent;

    /**
     * Who made the device (named when it is one of QEMU's vendors).
     */
    public Vendor vendorId() { return vendorId; }

    /**
     * The device, numbered by its vendor (see `qemu_device` and `qemu_own_device`).
     */
    public int deviceId() { return deviceId; }

    /**
     * Command register (I/O and memory decoding, bus mastering, ...).
     */
    public int command() { return command; }

    /**
     * Status register (bit 4 says a capability list is there).
     */
    public int status() { return status; }

    /**
     * Device revision.
     */
    public int revisionId() { return revisionId; }

    /**
     * Programming interface (class code, low byte).
     */
    public int progIf() { return progIf; }

    /**
     * Subclass (class code, middle byte).
     */
    public int subclass() { return subclass; }

    /**
     * Base class (class code, high byte), e.g. 2 network, 6 bridge.
     */
    public int classCode() { return classCode; }

    /**
     * Cache line size in 32-bit words.
     */
    public int cacheLineSize() { return cacheLineSize; }

    /**
     * Latency timer.
     */
    public int latencyTimer() { return latencyTimer; }

    /**
     * Layout of the rest of the header, and whether the device has several functions.
     */
    public HeaderType headerType() { return headerType; }

    /**
     * Built-in self test.
     */
    public int bist() { return bist; }

    /**
     * The rest of the 64-byte header (type 0 for devices, type 1 for PCI-to-PCI bridges).
     */
    public KaitaiStruct header() { return header; }
    public PciIds _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
