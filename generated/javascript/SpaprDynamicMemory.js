// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream', './Spapr'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'), require('./Spapr'));
  } else {
    factory(root.SpaprDynamicMemory || (root.SpaprDynamicMemory = {}), root.KaitaiStream, root.Spapr || (root.Spapr = {}));
  }
})(typeof self !== 'undefined' ? self : this, function (SpaprDynamicMemory_, KaitaiStream, Spapr_) {
/**
 * Every dynamically reconfigurable logical memory block (LMB) of the guest,
 * a property of the /ibm,dynamic-reconfiguration-memory node: a big-endian
 * count, then one 24-byte entry per LMB with its address, DRC index,
 * associativity list index and flags. The LMB size is in that node's
 * ibm,lmb-size property (256 MiB from QEMU).
 * 
 * QEMU builds the node only for a guest that asked for it through
 * client-architecture-support (option vector 5, byte 2, bit 2) and did not
 * ask for version 2 (`spapr_dynamic_memory_v2`). It lists every LMB from
 * address 0 to the end of its hotplug memory region: boot memory with the
 * reserved and DRC-invalid flags and DRC index 0, hotplug memory with its
 * LMB connector's index, assigned when a DIMM is plugged there, and the
 * associativity index 0xffffffff when it is not.
 * @see {@link https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt|Source}
 */

var SpaprDynamicMemory = (function() {
  function SpaprDynamicMemory(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  SpaprDynamicMemory.prototype._read = function() {
    this.numLmbs = this._io.readU4be();
    this.lmbs = [];
    for (var i = 0; i < this.numLmbs; i++) {
      this.lmbs.push(new Lmb(this._io, this, this._root));
    }
  }

  /**
   * One logical memory block (24 bytes).
   */

  var Lmb = SpaprDynamicMemory.Lmb = (function() {
    function Lmb(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Lmb.prototype._read = function() {
      this.addressHi = this._io.readU4be();
      this.addressLo = this._io.readU4be();
      this.drcIndex = new Spapr_.Spapr.DrcIndex(this._io, null, null);
      this.reserved = this._io.readU4be();
      this.associativityIndex = this._io.readU4be();
      this.flags = new Spapr_.Spapr.LmbFlags(this._io, null, null);
    }

    /**
     * The LMB's logical start address in bytes.
     */
    Object.defineProperty(Lmb.prototype, 'address', {
      get: function() {
        if (this._m_address !== undefined)
          return this._m_address;
        this._m_address = (this.addressHi * 4294967296 + this.addressLo);
        return this._m_address;
      }
    });

    /**
     * High 32 bits of the LMB's logical start address (its /memory node's reg).
     */

    /**
     * Low 32 bits of the start address.
     */

    /**
     * Index of the LMB's connector (its ibm,my-drc-index); 0 for boot memory in QEMU.
     */

    /**
     * Reserved for expansion; zero.
     */

    /**
     * Which list of ibm,associativity-lookup-arrays applies; 0xffffffff when unassigned (QEMU).
     */

    /**
     * Flags; `assigned` tells whether the LMB is the partition's at boot.
     */

    return Lmb;
  })();

  /**
   * Number of LMB entries.
   */

  /**
   * One entry per LMB, in address order.
   */

  return SpaprDynamicMemory;
})();
SpaprDynamicMemory_.SpaprDynamicMemory = SpaprDynamicMemory;
});
