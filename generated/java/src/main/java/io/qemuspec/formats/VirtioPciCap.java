// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.Map;
import java.util.HashMap;


/**
 * How a modern (virtio 1.x) PCI device tells its driver where its
 * structures are. Each structure is announced by a vendor-specific entry
 * of the PCI capability list (PCI capability ID 0x09): its kind
 * (`cfg_type`), the BAR that holds it, and its offset and length inside
 * that BAR. The notification capability adds the multiplier that turns a
 * queue's `queue_notify_off` into the offset of its notification address.
 * A device may announce a kind more than once; a driver uses the first
 * entry of a kind it understands.
 * 
 * The top level reads one capability, as many bytes as its `cap_len`
 * says (16, or 20 for the notification capability). `common_cfg` is the
 * structure the common capability points at: feature words chosen 32
 * bits at a time, the device status, and the selected queue's size,
 * vector, enable flag, notification offset and the three addresses of
 * its rings.
 * @see "Virtio 1.2, section 4.1.4 "Virtio Structure PCI Capabilities""
 */
public class VirtioPciCap extends KaitaiStruct {
    public static VirtioPciCap fromFile(String fileName) throws IOException {
        return new VirtioPciCap(new ByteBufferKaitaiStream(fileName));
    }

    public enum CapabilityId {
        VENDOR_SPECIFIC(9);

        private final long id;
        CapabilityId(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, CapabilityId> byId = new HashMap<Long, CapabilityId>(1);
        static {
            for (CapabilityId e : CapabilityId.values())
                byId.put(e.id(), e);
        }
        public static CapabilityId byId(long id) { return byId.get(id); }
    }

    public enum CfgType {
        COMMON(1),
        NOTIFY(2),
        ISR(3),
        DEVICE(4),
        PCI(5),
        SHARED_MEMORY(8),
        VENDOR(9);

        private final long id;
        CfgType(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, CfgType> byId = new HashMap<Long, CfgType>(7);
        static {
            for (CfgType e : CfgType.values())
                byId.put(e.id(), e);
        }
        public static CfgType byId(long id) { return byId.get(id); }
    }

    public VirtioPciCap(KaitaiStream _io) {
        this(_io, null, null);
    }

    public VirtioPciCap(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public VirtioPciCap(KaitaiStream _io, KaitaiStruct _parent, VirtioPciCap _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.capVndr = CapabilityId.byId(this._io.readU1());
        this.capNext = this._io.readU1();
        this.capLen = this._io.readU1();
        this.cfgType = CfgType.byId(this._io.readU1());
        this.bar = this._io.readU1();
        this.id = this._io.readU1();
        this.padding = this._io.readBytes(2);
        this.ofsStructure = this._io.readU4le();
        this.lenStructure = this._io.readU4le();
        if (cfgType() == CfgType.NOTIFY) {
            this.notifyOffMultiplier = this._io.readU4le();
        }
    }

    public void _fetchInstances() {
        if (cfgType() == CfgType.NOTIFY) {
        }
    }

    /**
     * The common configuration structure (the common capability's target).
     * The `queue_*` fields are those of the queue `queue_select` names.
     * 64-bit fields may be written as two 32-bit halves, low half first.
     * @see "Virtio 1.2, section 4.1.4.3 "Common configuration structure layout""
     */
    public static class CommonCfg extends KaitaiStruct {
        public static CommonCfg fromFile(String fileName) throws IOException {
            return new CommonCfg(new ByteBufferKaitaiStream(fileName));
        }

        public CommonCfg(KaitaiStream _io) {
            this(_io, null, null);
        }

        public CommonCfg(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public CommonCfg(KaitaiStream _io, KaitaiStruct _parent, VirtioPciCap _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.deviceFeatureSelect = this._io.readU4le();
            this.deviceFeature = this._io.readU4le();
            this.driverFeatureSelect = this._io.readU4le();
            this.driverFeature = this._io.readU4le();
            this.configMsixVector = this._io.readU2le();
            this.numQueues = this._io.readU2le();
            this.deviceStatus = this._io.readU1();
            this.configGeneration = this._io.readU1();
            this.queueSelect = this._io.readU2le();
            this.queueSize = this._io.readU2le();
            this.queueMsixVector = this._io.readU2le();
            this.queueEnable = this._io.readU2le();
            this.queueNotifyOff = this._io.readU2le();
            this.queueDesc = this._io.readU8le();
            this.queueDriver = this._io.readU8le();
            this.queueDevice = this._io.readU8le();
            this.queueNotifyData = this._io.readU2le();
            this.queueReset = this._io.readU2le();
        }

        public void _fetchInstances() {
        }
        private long deviceFeatureSelect;
        private long deviceFeature;
        private long driverFeatureSelect;
        private long driverFeature;
        private int configMsixVector;
        private int numQueues;
        private int deviceStatus;
        private int configGeneration;
        private int queueSelect;
        private int queueSize;
        private int queueMsixVector;
        private int queueEnable;
        private int queueNotifyOff;
        private long queueDesc;
        private long queueDriver;
        private long queueDevice;
        private int queueNotifyData;
        private int queueReset;
        private VirtioPciCap _root;
        private KaitaiStruct _parent;

        /**
         * Which 32 bits of the device's features `device_feature` shows (0 for bits 0-31, 1 for 32-63, ...).
         */
        public long deviceFeatureSelect() { return deviceFeatureSelect; }

        /**
         * The selected 32 bits of the features the device offers.
         */
        public long deviceFeature() { return deviceFeature; }

        /**
         * Which 32 bits of the driver's features `driver_feature` sets.
         */
        public long driverFeatureSelect() { return driverFeatureSelect; }

        /**
         * The selected 32 bits of the features the driver accepts.
         */
        public long driverFeature() { return driverFeature; }

        /**
         * MSI-X vector for configuration changes (0xffff for none).
         */
        public int configMsixVector() { return configMsixVector; }

        /**
         * How many queues the device has.
         */
        public int numQueues() { return numQueues; }

        /**
         * The device status (ACKNOWLEDGE, DRIVER, FEATURES_OK, DRIVER_OK, ...); 0 resets the device.
         */
        public int deviceStatus() { return deviceStatus; }

        /**
         * Changes whenever the device configuration changes (read it before and after the configuration).
         */
        public int configGeneration() { return configGeneration; }

        /**
         * The queue the `queue_*` fields refer to.
         */
        public int queueSelect() { return queueSelect; }

        /**
         * The selected queue's size (the device's maximum on reset; 0 when there is no such queue).
         */
        public int queueSize() { return queueSize; }

        /**
         * MSI-X vector for the selected queue (0xffff for none).
         */
        public int queueMsixVector() { return queueMsixVector; }

        /**
         * 1 once the driver has set the selected queue up.
         */
        public int queueEnable() { return queueEnable; }

        /**
         * The selected queue's notification offset, in units of `notify_off_multiplier`.
         */
        public int queueNotifyOff() { return queueNotifyOff; }

        /**
         * Guest-physical address of the selected queue's descriptor area.
         */
        public long queueDesc() { return queueDesc; }

        /**
         * Guest-physical address of the driver area (a split queue's available ring).
         */
        public long queueDriver() { return queueDriver; }

        /**
         * Guest-physical address of the device area (a split queue's used ring).
         */
        public long queueDevice() { return queueDevice; }

        /**
         * With NOTIFICATION_DATA, what the driver writes to notify the selected queue.
         */
        public int queueNotifyData() { return queueNotifyData; }

        /**
         * With RING_RESET, 1 resets the selected queue.
         */
        public int queueReset() { return queueReset; }
        public VirtioPciCap _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }
    private CapabilityId capVndr;
    private int capNext;
    private int capLen;
    private CfgType cfgType;
    private int bar;
    private int id;
    private byte[] padding;
    private long ofsStructure;
    private long lenStructure;
    private Long notifyOffMultiplier;
    private VirtioPciCap _root;
    private KaitaiStruct _parent;

    /**
     * PCI capability ID; vendor-specific for every virtio capability.
     */
    public CapabilityId capVndr() { return capVndr; }

    /**
     * Offset of the next capability in configuration space (0 ends the list).
     */
    public int capNext() { return capNext; }

    /**
     * Length of this capability in bytes, these fields included.
     */
    public int capLen() { return capLen; }

    /**
     * Which structure this capability locates.
     */
    public CfgType cfgType() { return cfgType; }

    /**
     * The BAR (0 to 5) that holds the structure.
     */
    public int bar() { return bar; }

    /**
     * Tells apart several capabilities of the same kind (shared memory regions).
     */
    public int id() { return id; }

    /**
     * Unused.
     */
    public byte[] padding() { return padding; }

    /**
     * Where the structure starts in the BAR.
     */
    public long ofsStructure() { return ofsStructure; }

    /**
     * Length of the structure in bytes.
     */
    public long lenStructure() { return lenStructure; }

    /**
     * Notification capability only: a queue's notification address is
     * `queue_notify_off * notify_off_multiplier` bytes into the structure.
     */
    public Long notifyOffMultiplier() { return notifyOffMultiplier; }
    public VirtioPciCap _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
