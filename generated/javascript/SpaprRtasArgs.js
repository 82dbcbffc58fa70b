// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream', './Spapr'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'), require('./Spapr'));
  } else {
    factory(root.SpaprRtasArgs || (root.SpaprRtasArgs = {}), root.KaitaiStream, root.Spapr || (root.Spapr = {}));
  }
})(typeof self !== 'undefined' ? self : this, function (SpaprRtasArgs_, KaitaiStream, Spapr_) {
/**
 * The block in guest memory that an RTAS call works on, whose address the
 * guest's RTAS stub passes in r4 of the H_RTAS hypercall (0xf000): the
 * call's token (from the /rtas node of the device tree, such as
 * `get-sensor-state`), the number of arguments and of return values, the
 * arguments, then room for the return values, which QEMU fills in (the
 * first is the status, `spapr::rtas_status`). All words are big-endian.
 * H_RTAS itself answers H_SUCCESS once the call ran, or H_PARAMETER for an
 * unknown token.
 * @see {@link https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html#h-rtas-0xf000|Source}
 */

var SpaprRtasArgs = (function() {
  function SpaprRtasArgs(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  SpaprRtasArgs.prototype._read = function() {
    this.token = this._io.readU4be();
    this.numArgs = this._io.readU4be();
    this.numRets = this._io.readU4be();
    this.args = [];
    for (var i = 0; i < this.numArgs; i++) {
      this.args.push(this._io.readU4be());
    }
    if (this.numRets > 0) {
      this.status = this._io.readS4be();
    }
    if (this.numRets > 1) {
      this.rets = [];
      for (var i = 0; i < this.numRets - 1; i++) {
        this.rets.push(this._io.readS4be());
      }
    }
  }

  /**
   * Which RTAS call; the value of its property in /rtas.
   */

  /**
   * Number of argument words.
   */

  /**
   * Number of return words.
   */

  /**
   * The arguments.
   */

  /**
   * The first return value, the call's status.
   */

  /**
   * The other return values.
   */

  return SpaprRtasArgs;
})();
SpaprRtasArgs_.SpaprRtasArgs = SpaprRtasArgs;
});
