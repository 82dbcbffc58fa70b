// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.SpaprAssociativityLookupArrays || (root.SpaprAssociativityLookupArrays = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (SpaprAssociativityLookupArrays_, KaitaiStream) {
/**
 * The NUMA associativity lists of dynamically reconfigurable memory, a
 * property of /ibm,dynamic-reconfiguration-memory: the number of lists M,
 * the number of 32-bit entries per list N, then M lists of N entries. An
 * LMB's entry in ibm,dynamic-memory names its list by index (0..M-1).
 * @see {@link https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt|Source}
 */

var SpaprAssociativityLookupArrays = (function() {
  function SpaprAssociativityLookupArrays(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  SpaprAssociativityLookupArrays.prototype._read = function() {
    this.numLists = this._io.readU4be();
    this.lenList = this._io.readU4be();
    var _ = this.lenList;
    if (!( ((this.numLists <= 65536) && ((_ * this.numLists) * 4 <= this._io.size - this._io.pos)) )) {
      throw new KaitaiStream.ValidationExprError(this.lenList, this._io, "/seq/1");
    }
    this.lists = [];
    for (var i = 0; i < this.numLists; i++) {
      this.lists.push(new AssociativityList(this._io, this, this._root));
    }
  }

  /**
   * One associativity list (N 32-bit domain numbers, most general first).
   */

  var AssociativityList = SpaprAssociativityLookupArrays.AssociativityList = (function() {
    function AssociativityList(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    AssociativityList.prototype._read = function() {
      this.domains = [];
      for (var i = 0; i < this._parent.lenList; i++) {
        this.domains.push(this._io.readU4be());
      }
    }

    /**
     * The associativity domain at each level.
     */

    return AssociativityList;
  })();

  /**
   * Number of associativity lists (M).
   */

  /**
   * Number of 32-bit entries in each list (N). The lists must fit in
   * what follows (and there are at most 65536 of them), so that a bad
   * count is refused before anything is read.
   */

  /**
   * The M lists.
   */

  return SpaprAssociativityLookupArrays;
})();
SpaprAssociativityLookupArrays_.SpaprAssociativityLookupArrays = SpaprAssociativityLookupArrays;
});
