// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.SpaprDrcPowerDomains || (root.SpaprDrcPowerDomains = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (SpaprDrcPowerDomains_, KaitaiStream) {
/**
 * The power domain of every connector listed in the ibm,drc-indexes
 * property of the same node, in the same order: a big-endian count, then
 * one signed 32-bit domain per connector. QEMU puts every connector in the
 * "live insertion" domain -1, whose power the platform manages itself.
 * @see {@link https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt|Source}
 */

var SpaprDrcPowerDomains = (function() {
  function SpaprDrcPowerDomains(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  SpaprDrcPowerDomains.prototype._read = function() {
    this.numPowerDomains = this._io.readU4be();
    this.powerDomains = [];
    for (var i = 0; i < this.numPowerDomains; i++) {
      this.powerDomains.push(this._io.readS4be());
    }
  }

  /**
   * Number of entries (equal to the number of indexes).
   */

  /**
   * Power domain of each connector; -1 for live insertion (all of QEMU's).
   */

  return SpaprDrcPowerDomains;
})();
SpaprDrcPowerDomains_.SpaprDrcPowerDomains = SpaprDrcPowerDomains;
});
