// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.VirtioPciCap || (root.VirtioPciCap = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (VirtioPciCap_, KaitaiStream) {
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
 * @see Virtio 1.2, section 4.1.4 "Virtio Structure PCI Capabilities"
 */

var VirtioPciCap = (function() {
  VirtioPciCap.CapabilityId = Object.freeze({
    VENDOR_SPECIFIC: 9,

    9: "VENDOR_SPECIFIC",
  });

  VirtioPciCap.CfgType = Object.freeze({
    COMMON: 1,
    NOTIFY: 2,
    ISR: 3,
    DEVICE: 4,
    PCI: 5,
    SHARED_MEMORY: 8,
    VENDOR: 9,

    1: "COMMON",
    2: "NOTIFY",
    3: "ISR",
    4: "DEVICE",
    5: "PCI",
    8: "SHARED_MEMORY",
    9: "VENDOR",
  });

  function VirtioPciCap(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  VirtioPciCap.prototype._read = function() {
    this.capVndr = this._io.readU1();
    this.capNext = this._io.readU1();
    this.capLen = this._io.readU1();
    this.cfgType = this._io.readU1();
    this.bar = this._io.readU1();
    this.id = this._io.readU1();
    this.padding = this._io.readBytes(2);
    this.ofsStructure = this._io.readU4le();
    this.lenStructure = this._io.readU4le();
    if (this.cfgType == VirtioPciCap.CfgType.NOTIFY) {
      this.notifyOffMultiplier = this._io.readU4le();
    }
  }

  /**
   * The common configuration structure (the common capability's target).
   * The `queue_*` fields are those of the queue `queue_select` names.
   * 64-bit fields may be written as two 32-bit halves, low half first.
   * @see Virtio 1.2, section 4.1.4.3 "Common configuration structure layout"
   */

  var CommonCfg = VirtioPciCap.CommonCfg = (function() {
    function CommonCfg(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    CommonCfg.prototype._read = function() {
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

    /**
     * Which 32 bits of the device's features `device_feature` shows (0 for bits 0-31, 1 for 32-63, ...).
     */

    /**
     * The selected 32 bits of the features the device offers.
     */

    /**
     * Which 32 bits of the driver's features `driver_feature` sets.
     */

    /**
     * The selected 32 bits of the features the driver accepts.
     */

    /**
     * MSI-X vector for configuration changes (0xffff for none).
     */

    /**
     * How many queues the device has.
     */

    /**
     * The device status (ACKNOWLEDGE, DRIVER, FEATURES_OK, DRIVER_OK, ...); 0 resets the device.
     */

    /**
     * Changes whenever the device configuration changes (read it before and after the configuration).
     */

    /**
     * The queue the `queue_*` fields refer to.
     */

    /**
     * The selected queue's size (the device's maximum on reset; 0 when there is no such queue).
     */

    /**
     * MSI-X vector for the selected queue (0xffff for none).
     */

    /**
     * 1 once the driver has set the selected queue up.
     */

    /**
     * The selected queue's notification offset, in units of `notify_off_multiplier`.
     */

    /**
     * Guest-physical address of the selected queue's descriptor area.
     */

    /**
     * Guest-physical address of the driver area (a split queue's available ring).
     */

    /**
     * Guest-physical address of the device area (a split queue's used ring).
     */

    /**
     * With NOTIFICATION_DATA, what the driver writes to notify the selected queue.
     */

    /**
     * With RING_RESET, 1 resets the selected queue.
     */

    return CommonCfg;
  })();

  /**
   * PCI capability ID; vendor-specific for every virtio capability.
   */

  /**
   * Offset of the next capability in configuration space (0 ends the list).
   */

  /**
   * Length of this capability in bytes, these fields included.
   */

  /**
   * Which structure this capability locates.
   */

  /**
   * The BAR (0 to 5) that holds the structure.
   */

  /**
   * Tells apart several capabilities of the same kind (shared memory regions).
   */

  /**
   * Unused.
   */

  /**
   * Where the structure starts in the BAR.
   */

  /**
   * Length of the structure in bytes.
   */

  /**
   * Notification capability only: a queue's notification address is
   * `queue_notify_off * notify_off_multiplier` bytes into the structure.
   */

  return VirtioPciCap;
})();
VirtioPciCap_.VirtioPciCap = VirtioPciCap;
});
