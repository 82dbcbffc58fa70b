// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.SpaprDrcNames || (root.SpaprDrcNames = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (SpaprDrcNames_, KaitaiStream) {
/**
 * The name of every connector listed in the ibm,drc-indexes property of the
 * same node, in the same order: a big-endian count, then NUL-terminated
 * strings. Logical resources are named by type and number ("CPU 3",
 * "LMB 12", "PHB 0", "PMEM 1"); PCI and VIO slots by a location label
 * ("C<n>").
 * @see {@link https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt|Source}
 */

var SpaprDrcNames = (function() {
  function SpaprDrcNames(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  SpaprDrcNames.prototype._read = function() {
    this.numNames = this._io.readU4be();
    this.names = [];
    for (var i = 0; i < this.numNames; i++) {
      this.names.push(KaitaiStream.bytesToStr(this._io.readBytesTerm(0, false, true, true), "ASCII"));
    }
  }

  /**
   * Number of names (equal to the number of indexes).
   */

  /**
   * One NUL-terminated name per connector.
   */

  return SpaprDrcNames;
})();
SpaprDrcNames_.SpaprDrcNames = SpaprDrcNames;
});
