// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream', './Spapr'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'), require('./Spapr'));
  } else {
    factory(root.SpaprDrcIndexes || (root.SpaprDrcIndexes = {}), root.KaitaiStream, root.Spapr || (root.Spapr = {}));
  }
})(typeof self !== 'undefined' ? self : this, function (SpaprDrcIndexes_, KaitaiStream, Spapr_) {
/**
 * The DRC index of every dynamic reconfiguration connector under a node: a
 * big-endian count, then one 32-bit index per connector. QEMU puts the
 * connectors of memory (LMB), NVDIMMs and PCI host bridges at the root, those
 * of CPU cores under /cpus, and those of PCI slots under each PHB. The n-th
 * entry of ibm,drc-names, ibm,drc-types and ibm,drc-power-domains describes
 * the connector of the n-th index here.
 * @see {@link https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt|Source}
 */

var SpaprDrcIndexes = (function() {
  function SpaprDrcIndexes(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  SpaprDrcIndexes.prototype._read = function() {
    this.numDrcIndexes = this._io.readU4be();
    this.drcIndexes = [];
    for (var i = 0; i < this.numDrcIndexes; i++) {
      this.drcIndexes.push(new Spapr_.Spapr.DrcIndex(this._io, null, null));
    }
  }

  /**
   * Number of connectors.
   */

  /**
   * One index per connector, unique in the machine.
   */

  return SpaprDrcIndexes;
})();
SpaprDrcIndexes_.SpaprDrcIndexes = SpaprDrcIndexes;
});
