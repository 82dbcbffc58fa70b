// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream', './SpaprDrcPowerDomains', './SpaprDynamicMemory', './Spapr', './SpaprDrcTypes', './SpaprDrcIndexes', './SpaprLrdrCapacity', './SpaprDynamicMemoryV2', './SpaprDrcNames', './SpaprAssociativityLookupArrays'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'), require('./SpaprDrcPowerDomains'), require('./SpaprDynamicMemory'), require('./Spapr'), require('./SpaprDrcTypes'), require('./SpaprDrcIndexes'), require('./SpaprLrdrCapacity'), require('./SpaprDynamicMemoryV2'), require('./SpaprDrcNames'), require('./SpaprAssociativityLookupArrays'));
  } else {
    factory(root.Dtb || (root.Dtb = {}), root.KaitaiStream, root.SpaprDrcPowerDomains || (root.SpaprDrcPowerDomains = {}), root.SpaprDynamicMemory || (root.SpaprDynamicMemory = {}), root.Spapr || (root.Spapr = {}), root.SpaprDrcTypes || (root.SpaprDrcTypes = {}), root.SpaprDrcIndexes || (root.SpaprDrcIndexes = {}), root.SpaprLrdrCapacity || (root.SpaprLrdrCapacity = {}), root.SpaprDynamicMemoryV2 || (root.SpaprDynamicMemoryV2 = {}), root.SpaprDrcNames || (root.SpaprDrcNames = {}), root.SpaprAssociativityLookupArrays || (root.SpaprAssociativityLookupArrays = {}));
  }
})(typeof self !== 'undefined' ? self : this, function (Dtb_, KaitaiStream, SpaprDrcPowerDomains_, SpaprDynamicMemory_, Spapr_, SpaprDrcTypes_, SpaprDrcIndexes_, SpaprLrdrCapacity_, SpaprDynamicMemoryV2_, SpaprDrcNames_, SpaprAssociativityLookupArrays_) {
/**
 * The flattened device tree is how a machine description reaches an
 * operating system: a header, a memory reservation block, a structure block
 * and a strings block. The structure block is a stream of big-endian 32-bit
 * tokens: a node opens with BEGIN_NODE and its name, holds PROP tokens
 * (length, offset of the property's name in the strings block, value) and
 * child nodes, and closes with END_NODE; END closes the block. NOP tokens may
 * appear anywhere and mean nothing. Names and values are padded to 4 bytes.
 * 
 * QEMU's pseries machine hands the guest such a tree (and writes it to a file
 * with `-M pseries,dumpdtb=FILE`). This spec decodes the dynamic
 * reconfiguration properties of the sPAPR hotplug specification wherever
 * they appear: `ibm,drc-indexes`, `ibm,drc-names`, `ibm,drc-types`,
 * `ibm,drc-power-domains`, `ibm,lrdr-capacity`, `ibm,dynamic-memory`,
 * `ibm,dynamic-memory-v2`, `ibm,associativity-lookup-arrays` and
 * `ibm,my-drc-index`. Other property values stay raw bytes.
 * 
 * Only version 17 blobs (the only version written today; its last
 * compatible version is 16) are read.
 * @see {@link https://devicetree-specification.readthedocs.io/en/stable/flattened-format.html|Source}
 * @see {@link https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt|Source}
 */

var Dtb = (function() {
  Dtb.Token = Object.freeze({
    BEGIN_NODE: 1,
    END_NODE: 2,
    PROP: 3,
    NOP: 4,
    END: 9,

    1: "BEGIN_NODE",
    2: "END_NODE",
    3: "PROP",
    4: "NOP",
    9: "END",
  });

  function Dtb(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  Dtb.prototype._read = function() {
    this.magic = this._io.readBytes(4);
    if (!((KaitaiStream.byteArrayCompare(this.magic, new Uint8Array([208, 13, 254, 237])) == 0))) {
      throw new KaitaiStream.ValidationNotEqualError(new Uint8Array([208, 13, 254, 237]), this.magic, this._io, "/seq/0");
    }
    this.lenTotal = this._io.readU4be();
    this.ofsStructureBlock = this._io.readU4be();
    this.ofsStringsBlock = this._io.readU4be();
    this.ofsMemoryReservationBlock = this._io.readU4be();
    this.version = this._io.readU4be();
    if (!(this.version >= 17)) {
      throw new KaitaiStream.ValidationLessThanError(17, this.version, this._io, "/seq/5");
    }
    this.minCompatibleVersion = this._io.readU4be();
    this.bootCpuidPhys = this._io.readU4be();
    this.lenStringsBlock = this._io.readU4be();
    this.lenStructureBlock = this._io.readU4be();
  }

  /**
   * One token and what follows it. BEGIN_NODE is followed by a whole
   * node (its name, its properties and children, up to its END_NODE
   * token); PROP by a property; the other tokens by nothing.
   */

  var Item = Dtb.Item = (function() {
    function Item(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Item.prototype._read = function() {
      this.token = this._io.readU4be();
      if (!Object.prototype.hasOwnProperty.call(Dtb.Token, this.token)) {
        throw new KaitaiStream.ValidationNotInEnumError(this.token, this._io, "/types/item/seq/0");
      }
      switch (this.token) {
      case Dtb.Token.BEGIN_NODE:
        this.body = new Node(this._io, this, this._root);
        break;
      case Dtb.Token.PROP:
        this.body = new Property(this._io, this, this._root);
        break;
      }
    }

    /**
     * What comes next; any other number is an error.
     */

    /**
     * The node or property the token opens (absent for END_NODE, NOP and END).
     */

    return Item;
  })();

  /**
   * One reserved range (16 bytes).
   */

  var MemoryReservation = Dtb.MemoryReservation = (function() {
    function MemoryReservation(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    MemoryReservation.prototype._read = function() {
      this.address = this._io.readU8be();
      this.size = this._io.readU8be();
    }

    /**
     * First physical address of the range.
     */

    /**
     * Length of the range in bytes; zero with a zero address ends the list.
     */

    return MemoryReservation;
  })();

  /**
   * A node: its name (the root's is empty; others are `name@unit-address`),
   * then its properties and child nodes in any order, up to the END_NODE
   * token that closes it.
   */

  var Node = Dtb.Node = (function() {
    function Node(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Node.prototype._read = function() {
      this.name = KaitaiStream.bytesToStr(this._io.readBytesTerm(0, false, true, true), "ASCII");
      this.namePadding = this._io.readBytes(KaitaiStream.mod(4 - KaitaiStream.mod(this._io.pos, 4), 4));
      this.items = [];
      var i = 0;
      do {
        var _ = new Item(this._io, this, this._root);
        this.items.push(_);
        i++;
      } while (!(_.token == Dtb.Token.END_NODE));
    }

    /**
     * Node name, NUL-terminated.
     */

    /**
     * Zeros up to the next 4-byte boundary.
     */

    /**
     * Properties, child nodes and NOPs of this node, ended by END_NODE (kept in the list).
     */

    return Node;
  })();

  /**
   * A property: the length of its value, where its name is in the
   * strings block, and the value. The sPAPR dynamic reconfiguration
   * properties are decoded by name; other values stay raw bytes.
   */

  var Property = Dtb.Property = (function() {
    function Property(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Property.prototype._read = function() {
      this.lenValue = this._io.readU4be();
      this.ofsName = this._io.readU4be();
      switch (this.name) {
      case "ibm,associativity-lookup-arrays":
        this._raw_value = this._io.readBytes(this.lenValue);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new SpaprAssociativityLookupArrays_.SpaprAssociativityLookupArrays(_io__raw_value, null, null);
        break;
      case "ibm,drc-indexes":
        this._raw_value = this._io.readBytes(this.lenValue);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new SpaprDrcIndexes_.SpaprDrcIndexes(_io__raw_value, null, null);
        break;
      case "ibm,drc-names":
        this._raw_value = this._io.readBytes(this.lenValue);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new SpaprDrcNames_.SpaprDrcNames(_io__raw_value, null, null);
        break;
      case "ibm,drc-power-domains":
        this._raw_value = this._io.readBytes(this.lenValue);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new SpaprDrcPowerDomains_.SpaprDrcPowerDomains(_io__raw_value, null, null);
        break;
      case "ibm,drc-types":
        this._raw_value = this._io.readBytes(this.lenValue);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new SpaprDrcTypes_.SpaprDrcTypes(_io__raw_value, null, null);
        break;
      case "ibm,dynamic-memory":
        this._raw_value = this._io.readBytes(this.lenValue);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new SpaprDynamicMemory_.SpaprDynamicMemory(_io__raw_value, null, null);
        break;
      case "ibm,dynamic-memory-v2":
        this._raw_value = this._io.readBytes(this.lenValue);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new SpaprDynamicMemoryV2_.SpaprDynamicMemoryV2(_io__raw_value, null, null);
        break;
      case "ibm,lrdr-capacity":
        this._raw_value = this._io.readBytes(this.lenValue);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new SpaprLrdrCapacity_.SpaprLrdrCapacity(_io__raw_value, null, null);
        break;
      case "ibm,my-drc-index":
        this._raw_value = this._io.readBytes(this.lenValue);
        var _io__raw_value = new KaitaiStream(this._raw_value);
        this.value = new Spapr_.Spapr.DrcIndex(_io__raw_value, null, null);
        break;
      default:
        this.value = this._io.readBytes(this.lenValue);
        break;
      }
      this.valuePadding = this._io.readBytes(KaitaiStream.mod(4 - KaitaiStream.mod(this.lenValue, 4), 4));
    }

    /**
     * The property's name, read from the strings block.
     */
    Object.defineProperty(Property.prototype, 'name', {
      get: function() {
        if (this._m_name !== undefined)
          return this._m_name;
        var io = this._root.stringsBlock._io;
        var _pos = io.pos;
        io.seek(this.ofsName);
        this._m_name = KaitaiStream.bytesToStr(io.readBytesTerm(0, false, true, true), "ASCII");
        io.seek(_pos);
        return this._m_name;
      }
    });

    /**
     * Length of the value in bytes (zero for a property that is only a flag).
     */

    /**
     * Offset of the property's name in the strings block.
     */

    /**
     * The value; decoded for the sPAPR properties named above, raw bytes otherwise.
     */

    /**
     * Zeros up to the next 4-byte boundary.
     */

    return Property;
  })();

  /**
   * The property names, NUL-terminated, one after another.
   */

  var StringsBlock = Dtb.StringsBlock = (function() {
    function StringsBlock(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    StringsBlock.prototype._read = function() {
      this.data = this._io.readBytesFull();
    }

    /**
     * The raw block; `fdt_property.name` reads from it.
     */

    return StringsBlock;
  })();

  /**
   * Top-level tokens of the structure block: usually NOPs, the root
   * node (a BEGIN_NODE token with everything inside it) and END.
   */

  var StructureBlock = Dtb.StructureBlock = (function() {
    function StructureBlock(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    StructureBlock.prototype._read = function() {
      this.items = [];
      var i = 0;
      do {
        var _ = new Item(this._io, this, this._root);
        this.items.push(_);
        i++;
      } while (!(_.token == Dtb.Token.END));
    }

    /**
     * Tokens up to and including END.
     */

    return StructureBlock;
  })();

  /**
   * Ranges of physical memory the operating system must not use, ended
   * by an entry whose address and size are both zero (kept in the list).
   */
  Object.defineProperty(Dtb.prototype, 'memoryReservations', {
    get: function() {
      if (this._m_memoryReservations !== undefined)
        return this._m_memoryReservations;
      var _pos = this._io.pos;
      this._io.seek(this.ofsMemoryReservationBlock);
      this._m_memoryReservations = [];
      var i = 0;
      do {
        var _ = new MemoryReservation(this._io, this, this._root);
        this._m_memoryReservations.push(_);
        i++;
      } while (!( ((_.address == 0) && (_.size == 0)) ));
      this._io.seek(_pos);
      return this._m_memoryReservations;
    }
  });

  /**
   * The NUL-terminated property names that PROP tokens point into.
   */
  Object.defineProperty(Dtb.prototype, 'stringsBlock', {
    get: function() {
      if (this._m_stringsBlock !== undefined)
        return this._m_stringsBlock;
      var _pos = this._io.pos;
      this._io.seek(this.ofsStringsBlock);
      this._raw__m_stringsBlock = this._io.readBytes(this.lenStringsBlock);
      var _io__raw__m_stringsBlock = new KaitaiStream(this._raw__m_stringsBlock);
      this._m_stringsBlock = new StringsBlock(_io__raw__m_stringsBlock, this, this._root);
      this._io.seek(_pos);
      return this._m_stringsBlock;
    }
  });

  /**
   * The tree itself, as a stream of tokens.
   */
  Object.defineProperty(Dtb.prototype, 'structureBlock', {
    get: function() {
      if (this._m_structureBlock !== undefined)
        return this._m_structureBlock;
      var _pos = this._io.pos;
      this._io.seek(this.ofsStructureBlock);
      this._raw__m_structureBlock = this._io.readBytes(this.lenStructureBlock);
      var _io__raw__m_structureBlock = new KaitaiStream(this._raw__m_structureBlock);
      this._m_structureBlock = new StructureBlock(_io__raw__m_structureBlock, this, this._root);
      this._io.seek(_pos);
      return this._m_structureBlock;
    }
  });

  /**
   * The four bytes d0 0d fe ed.
   */

  /**
   * Size of the whole blob in bytes, all blocks and gaps included.
   */

  /**
   * Offset of the structure block from the start of the blob.
   */

  /**
   * Offset of the strings block from the start of the blob.
   */

  /**
   * Offset of the memory reservation block from the start of the blob.
   */

  /**
   * Version of the format; 17 for every blob written today.
   */

  /**
   * Oldest version a reader may know and still read this blob (16 for version 17).
   */

  /**
   * Physical id of the CPU that boots (its `reg` value in the /cpus node).
   */

  /**
   * Size of the strings block in bytes.
   */

  /**
   * Size of the structure block in bytes.
   */

  return Dtb;
})();
Dtb_.Dtb = Dtb;
});
