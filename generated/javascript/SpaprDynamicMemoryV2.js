// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream', './Spapr'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'), require('./Spapr'));
  } else {
    factory(root.SpaprDynamicMemoryV2 || (root.SpaprDynamicMemoryV2 = {}), root.KaitaiStream, root.Spapr || (root.Spapr = {}));
  }
})(typeof self !== 'undefined' ? self : this, function (SpaprDynamicMemoryV2_, KaitaiStream, Spapr_) {
/**
 * The compact form of `spapr_dynamic_memory`: runs of consecutive logical
 * memory blocks that share associativity and flags are described once. A
 * big-endian count of sets, then one 24-byte entry per set: the number of
 * LMBs, the first one's address and DRC index (the following LMBs take the
 * next addresses and indexes), the associativity list index and the flags.
 * QEMU uses it for guests that asked for it (option vector 5, byte 22,
 * bit 0).
 * @see {@link https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt|Source}
 */

var SpaprDynamicMemoryV2 = (function() {
  function SpaprDynamicMemoryV2(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  SpaprDynamicMemoryV2.prototype._read = function() {
    this.numSets = this._io.readU4be();
    this.sets = [];
    for (var i = 0; i < this.numSets; i++) {
      this.sets.push(new LmbSet(this._io, this, this._root));
    }
  }

  /**
   * A run of LMBs with common attributes (24 bytes).
   */

  var LmbSet = SpaprDynamicMemoryV2.LmbSet = (function() {
    function LmbSet(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    LmbSet.prototype._read = function() {
      this.numLmbs = this._io.readU4be();
      this.addressHi = this._io.readU4be();
      this.addressLo = this._io.readU4be();
      this.drcIndex = new Spapr_.Spapr.DrcIndex(this._io, null, null);
      this.associativityIndex = this._io.readU4be();
      this.flags = new Spapr_.Spapr.LmbFlags(this._io, null, null);
    }

    /**
     * The first LMB's logical start address in bytes.
     */
    Object.defineProperty(LmbSet.prototype, 'address', {
      get: function() {
        if (this._m_address !== undefined)
          return this._m_address;
        this._m_address = (this.addressHi * 4294967296 + this.addressLo);
        return this._m_address;
      }
    });

    /**
     * Number of consecutive LMBs in the set.
     */

    /**
     * High 32 bits of the first LMB's logical address.
     */

    /**
     * Low 32 bits of the first LMB's logical address.
     */

    /**
     * DRC index of the first LMB; the others follow it one by one.
     */

    /**
     * Which list of ibm,associativity-lookup-arrays applies to the whole set.
     */

    /**
     * Flags of every LMB in the set.
     */

    return LmbSet;
  })();

  /**
   * Number of LMB sets.
   */

  /**
   * One entry per run of LMBs, in address order.
   */

  return SpaprDynamicMemoryV2;
})();
SpaprDynamicMemoryV2_.SpaprDynamicMemoryV2 = SpaprDynamicMemoryV2;
});
