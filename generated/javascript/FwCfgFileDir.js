// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.FwCfgFileDir || (root.FwCfgFileDir = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (FwCfgFileDir_, KaitaiStream) {
/**
 * The directory of named fw_cfg items, itself the item at key 0x0019. A
 * big-endian count is followed by one 64-byte entry per file, giving the
 * file's size, the selector key to read it with, and its name. Every number
 * in it is big-endian, unlike the rest of fw_cfg.
 * 
 * Read it by selecting key 0x0019 and reading 4 bytes for the count, then
 * 64 bytes per entry. `qemuspec fw-cfg list` prints it from a running QEMU.
 * @see {@link https://www.qemu.org/docs/master/specs/fw_cfg.html#file-directory-key-0x0019-fw-cfg-file-dir|Source}
 */

var FwCfgFileDir = (function() {
  function FwCfgFileDir(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  FwCfgFileDir.prototype._read = function() {
    this.numFiles = this._io.readU4be();
    this.files = [];
    for (var i = 0; i < this.numFiles; i++) {
      this.files.push(new FileEntry(this._io, this, this._root));
    }
  }

  /**
   * One named item (64 bytes).
   */

  var FileEntry = FwCfgFileDir.FileEntry = (function() {
    function FileEntry(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    FileEntry.prototype._read = function() {
      this.lenFile = this._io.readU4be();
      this.select = this._io.readU2be();
      this.reserved = this._io.readU2be();
      this.name = KaitaiStream.bytesToStr(KaitaiStream.bytesTerminate(this._io.readBytes(56), 0, false), "ASCII");
    }

    /**
     * Size of the item in bytes.
     */

    /**
     * Selector key that reads the item (0x0020 or above).
     */

    /**
     * Unused; zero.
     */

    /**
     * Item name, NUL-terminated inside the 56 bytes. Names starting
     * with "opt/" belong to users; QEMU's own items use other names.
     */

    return FileEntry;
  })();

  /**
   * Number of entries that follow.
   */

  /**
   * One entry per named item, in the order the device lists them.
   */

  return FwCfgFileDir;
})();
FwCfgFileDir_.FwCfgFileDir = FwCfgFileDir;
});
