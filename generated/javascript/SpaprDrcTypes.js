// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.SpaprDrcTypes || (root.SpaprDrcTypes = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (SpaprDrcTypes_, KaitaiStream) {
/**
 * The type of every connector listed in the ibm,drc-indexes property of the
 * same node, in the same order: a big-endian count, then NUL-terminated
 * strings: "CPU", "PHB", "SLOT" (VIO), "28" (PCI slot), "MEM" (logical
 * memory block) and, from QEMU, "PMEM" (NVDIMM). The type string agrees with
 * the type nibble of the connector's index.
 * @see {@link https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt|Source}
 */

var SpaprDrcTypes = (function() {
  function SpaprDrcTypes(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  SpaprDrcTypes.prototype._read = function() {
    this.numDrcTypes = this._io.readU4be();
    this.drcTypes = [];
    for (var i = 0; i < this.numDrcTypes; i++) {
      this.drcTypes.push(KaitaiStream.bytesToStr(this._io.readBytesTerm(0, false, true, true), "ASCII"));
    }
  }

  /**
   * Number of type strings (equal to the number of indexes).
   */

  /**
   * One NUL-terminated type string per connector.
   */

  return SpaprDrcTypes;
})();
SpaprDrcTypes_.SpaprDrcTypes = SpaprDrcTypes;
});
