// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.SpaprLrdrCapacity || (root.SpaprLrdrCapacity = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (SpaprLrdrCapacity_, KaitaiStream) {
/**
 * The dynamic reconfiguration limits of the partition, a property of the
 * /rtas node (20 bytes): the highest memory address the guest may ever
 * have (64 bits), the size of the blocks memory is hotplugged in (64 bits)
 * and the most processors it may have (32 bits). QEMU gives the end of its
 * hotplug memory region (its start, the boot RAM size rounded up to 1 GiB,
 * plus maxmem minus the boot RAM), 256 MiB, and maxcpus divided by the
 * threads per core. 64-bit numbers are read as two 32-bit halves so that
 * JavaScript keeps every bit.
 * @see {@link https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt|Source}
 */

var SpaprLrdrCapacity = (function() {
  function SpaprLrdrCapacity(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  SpaprLrdrCapacity.prototype._read = function() {
    this.maxAddressHi = this._io.readU4be();
    this.maxAddressLo = this._io.readU4be();
    this.lmbSizeHi = this._io.readU4be();
    this.lmbSizeLo = this._io.readU4be();
    this.maxCpus = this._io.readU4be();
  }

  /**
   * The size memory is hotplugged in, in bytes.
   */
  Object.defineProperty(SpaprLrdrCapacity.prototype, 'lmbSize', {
    get: function() {
      if (this._m_lmbSize !== undefined)
        return this._m_lmbSize;
      this._m_lmbSize = (this.lmbSizeHi * 4294967296 + this.lmbSizeLo);
      return this._m_lmbSize;
    }
  });

  /**
   * The highest memory address the guest may have, in bytes.
   */
  Object.defineProperty(SpaprLrdrCapacity.prototype, 'maxAddress', {
    get: function() {
      if (this._m_maxAddress !== undefined)
        return this._m_maxAddress;
      this._m_maxAddress = (this.maxAddressHi * 4294967296 + this.maxAddressLo);
      return this._m_maxAddress;
    }
  });

  /**
   * High 32 bits of the highest address (phys).
   */

  /**
   * Low 32 bits of the highest address.
   */

  /**
   * High 32 bits of the hotplug increment (size).
   */

  /**
   * Low 32 bits of the hotplug increment.
   */

  /**
   * Largest number of processors (cores) the guest may have.
   */

  return SpaprLrdrCapacity;
})();
SpaprLrdrCapacity_.SpaprLrdrCapacity = SpaprLrdrCapacity;
});
