// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream', './SpaprDrcPowerDomains', './SpaprDynamicMemory', './Spapr', './SpaprDrcTypes', './SpaprDrcIndexes', './SpaprLrdrCapacity', './SpaprDynamicMemoryV2', './SpaprDrcNames', './SpaprAssociativityLookupArrays'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'), require('./SpaprDrcPowerDomains'), require('./SpaprDynamicMemory'), require('./Spapr'), require('./SpaprDrcTypes'), require('./SpaprDrcIndexes'), require('./SpaprLrdrCapacity'), require('./SpaprDynamicMemoryV2'), require('./SpaprDrcNames'), require('./SpaprAssociativityLookupArrays'));
  } else {
    factory(root.SpaprCcWorkArea || (root.SpaprCcWorkArea = {}), root.KaitaiStream, root.SpaprDrcPowerDomains || (root.SpaprDrcPowerDomains = {}), root.SpaprDynamicMemory || (root.SpaprDynamicMemory = {}), root.Spapr || (root.Spapr = {}), root.SpaprDrcTypes || (root.SpaprDrcTypes = {}), root.SpaprDrcIndexes || (root.SpaprDrcIndexes = {}), root.SpaprLrdrCapacity || (root.SpaprLrdrCapacity = {}), root.SpaprDynamicMemoryV2 || (root.SpaprDynamicMemoryV2 = {}), root.SpaprDrcNames || (root.SpaprDrcNames = {}), root.SpaprAssociativityLookupArrays || (root.SpaprAssociativityLookupArrays = {}));
  }
})(typeof self !== 'undefined' ? self : this, function (SpaprCcWorkArea_, KaitaiStream, SpaprDrcPowerDomains_, SpaprDynamicMemory_, Spapr_, SpaprDrcTypes_, SpaprDrcIndexes_, SpaprLrdrCapacity_, SpaprDynamicMemoryV2_, SpaprDrcNames_, SpaprAssociativityLookupArrays_) {
/**
 * The 4096-byte buffer through which ibm,configure-connector hands the
 * device tree of a newly plugged resource to the guest, one step per call.
 * The guest writes the connector's DRC index into the first word and calls
 * again and again; each answer (`spapr::cc_status`) says what the work area
 * now holds: the name of a child node (next-child), or the name, length
 * and value of a property (next-property); previous-parent closes a node,
 * complete ends the fragment. Offsets are counted in bytes from the start of
 * the work area; QEMU puts the name at offset 20 and a property's value right
 * after the name's NUL. Words 3 and 4 are only meaningful after next-property
 * (QEMU leaves older values there otherwise).
 * 
 * The value is decoded for the sPAPR properties that `dtb` decodes (the
 * same table of names).
 * @see {@link https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt|Source}
 */

var SpaprCcWorkArea = (function() {
  function SpaprCcWorkArea(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  SpaprCcWorkArea.prototype._read = function() {
    this.drcIndex = new Spapr_.Spapr.DrcIndex(this._io, null, null);
    this.reserved = this._io.readU4be();
    this.ofsName = this._io.readU4be();
    this.lenValue = this._io.readU4be();
    this.ofsValue = this._io.readU4be();
  }

  /**
   * The node or property name the last call gave.
   */
  Object.defineProperty(SpaprCcWorkArea.prototype, 'name', {
    get: function() {
      if (this._m_name !== undefined)
        return this._m_name;
      if ( ((this.ofsName >= 20) && (this.ofsName < this._io.size)) ) {
        var _pos = this._io.pos;
        this._io.seek(this.ofsName);
        this._m_name = KaitaiStream.bytesToStr(this._io.readBytesTerm(0, false, true, true), "ASCII");
        this._io.seek(_pos);
      }
      return this._m_name;
    }
  });

  /**
   * The property value the last call gave (after next-property; decoded for the sPAPR properties).
   */
  Object.defineProperty(SpaprCcWorkArea.prototype, 'value', {
    get: function() {
      if (this._m_value !== undefined)
        return this._m_value;
      if ( ((this.ofsName >= 20) && (this.ofsName < this._io.size) && (this.ofsValue > this.ofsName) && (this.ofsValue + this.lenValue <= this._io.size)) ) {
        var _pos = this._io.pos;
        this._io.seek(this.ofsValue);
        switch (this.name) {
        case "ibm,associativity-lookup-arrays":
          this._raw__m_value = this._io.readBytes(this.lenValue);
          var _io__raw__m_value = new KaitaiStream(this._raw__m_value);
          this._m_value = new SpaprAssociativityLookupArrays_.SpaprAssociativityLookupArrays(_io__raw__m_value, null, null);
          break;
        case "ibm,drc-indexes":
          this._raw__m_value = this._io.readBytes(this.lenValue);
          var _io__raw__m_value = new KaitaiStream(this._raw__m_value);
          this._m_value = new SpaprDrcIndexes_.SpaprDrcIndexes(_io__raw__m_value, null, null);
          break;
        case "ibm,drc-names":
          this._raw__m_value = this._io.readBytes(this.lenValue);
          var _io__raw__m_value = new KaitaiStream(this._raw__m_value);
          this._m_value = new SpaprDrcNames_.SpaprDrcNames(_io__raw__m_value, null, null);
          break;
        case "ibm,drc-power-domains":
          this._raw__m_value = this._io.readBytes(this.lenValue);
          var _io__raw__m_value = new KaitaiStream(this._raw__m_value);
          this._m_value = new SpaprDrcPowerDomains_.SpaprDrcPowerDomains(_io__raw__m_value, null, null);
          break;
        case "ibm,drc-types":
          this._raw__m_value = this._io.readBytes(this.lenValue);
          var _io__raw__m_value = new KaitaiStream(this._raw__m_value);
          this._m_value = new SpaprDrcTypes_.SpaprDrcTypes(_io__raw__m_value, null, null);
          break;
        case "ibm,dynamic-memory":
          this._raw__m_value = this._io.readBytes(this.lenValue);
          var _io__raw__m_value = new KaitaiStream(this._raw__m_value);
          this._m_value = new SpaprDynamicMemory_.SpaprDynamicMemory(_io__raw__m_value, null, null);
          break;
        case "ibm,dynamic-memory-v2":
          this._raw__m_value = this._io.readBytes(this.lenValue);
          var _io__raw__m_value = new KaitaiStream(this._raw__m_value);
          this._m_value = new SpaprDynamicMemoryV2_.SpaprDynamicMemoryV2(_io__raw__m_value, null, null);
          break;
        case "ibm,lrdr-capacity":
          this._raw__m_value = this._io.readBytes(this.lenValue);
          var _io__raw__m_value = new KaitaiStream(this._raw__m_value);
          this._m_value = new SpaprLrdrCapacity_.SpaprLrdrCapacity(_io__raw__m_value, null, null);
          break;
        case "ibm,my-drc-index":
          this._raw__m_value = this._io.readBytes(this.lenValue);
          var _io__raw__m_value = new KaitaiStream(this._raw__m_value);
          this._m_value = new Spapr_.Spapr.DrcIndex(_io__raw__m_value, null, null);
          break;
        default:
          this._m_value = this._io.readBytes(this.lenValue);
          break;
        }
        this._io.seek(_pos);
      }
      return this._m_value;
    }
  });

  /**
   * Word 0, the connector being configured (written by the guest).
   */

  /**
   * Word 1, zero.
   */

  /**
   * Word 2, offset of the NUL-terminated node or property name.
   */

  /**
   * Word 3, length of the property value (next-property only).
   */

  /**
   * Word 4, offset of the property value (next-property only).
   */

  return SpaprCcWorkArea;
})();
SpaprCcWorkArea_.SpaprCcWorkArea = SpaprCcWorkArea;
});
