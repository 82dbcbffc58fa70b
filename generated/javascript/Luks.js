// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.Luks || (root.Luks = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (Luks_, KaitaiStream) {
/**
 * LUKS version 1 keeps a disk's master key encrypted under up to eight
 * passphrases. The header (592 bytes, every number big-endian) names the
 * cipher, its mode and IV generator, and the hash used for PBKDF2 and the
 * anti-forensic splitter; it holds a PBKDF2 digest of the master key, so a
 * candidate key can be checked, and eight key slots. An active slot points
 * at its key material: the master key split into `stripes` copies by the
 * anti-forensic splitter, encrypted with a key derived from the passphrase
 * by PBKDF2 with the slot's salt and iteration count.
 * 
 * QEMU uses this header for its `luks` image format and inside qcow2 images
 * with `encrypt.format=luks`: there the qcow2 "full disk encryption header
 * pointer" extension says where the header lies, offsets in it count from
 * its first byte, and the payload offset is not used (guest data lives in
 * qcow2 clusters, each 512-byte sector encrypted with its host offset / 512
 * as the IV's sector number). Offsets of key material and payload are in
 * 512-byte sectors.
 * @see {@link https://gitlab.com/cryptsetup/cryptsetup/-/wikis/LUKS-standard/on-disk-format.pdf|Source}
 * @see {@link https://www.qemu.org/docs/master/interop/qcow2.html#full-disk-encryption-header-pointer|Source}
 */

var Luks = (function() {
  Luks.KeySlotState = Object.freeze({
    DISABLED: 57005,
    ENABLED: 11301363,

    57005: "DISABLED",
    11301363: "ENABLED",
  });

  function Luks(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  Luks.prototype._read = function() {
    this.magic = this._io.readBytes(6);
    if (!((KaitaiStream.byteArrayCompare(this.magic, new Uint8Array([76, 85, 75, 83, 186, 190])) == 0))) {
      throw new KaitaiStream.ValidationNotEqualError(new Uint8Array([76, 85, 75, 83, 186, 190]), this.magic, this._io, "/seq/0");
    }
    this.version = this._io.readU2be();
    if (!(this.version == 1)) {
      throw new KaitaiStream.ValidationNotEqualError(1, this.version, this._io, "/seq/1");
    }
    this.cipherName = KaitaiStream.bytesToStr(KaitaiStream.bytesTerminate(this._io.readBytes(32), 0, false), "ASCII");
    this.cipherMode = KaitaiStream.bytesToStr(KaitaiStream.bytesTerminate(this._io.readBytes(32), 0, false), "ASCII");
    this.hashSpec = KaitaiStream.bytesToStr(KaitaiStream.bytesTerminate(this._io.readBytes(32), 0, false), "ASCII");
    this.ofsPayload = this._io.readU4be();
    this.lenKey = this._io.readU4be();
    this.masterKeyDigest = this._io.readBytes(20);
    this.masterKeySalt = this._io.readBytes(32);
    this.masterKeyIterations = this._io.readU4be();
    this.uuid = KaitaiStream.bytesToStr(KaitaiStream.bytesTerminate(this._io.readBytes(40), 0, false), "ASCII");
    this.keySlots = [];
    for (var i = 0; i < 8; i++) {
      this.keySlots.push(new KeySlot(this._io, this, this._root));
    }
  }

  /**
   * One passphrase's way to the master key (48 bytes).
   */

  var KeySlot = Luks.KeySlot = (function() {
    function KeySlot(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    KeySlot.prototype._read = function() {
      this.active = this._io.readU4be();
      this.iterations = this._io.readU4be();
      this.salt = this._io.readBytes(32);
      this.ofsKeyMaterial = this._io.readU4be();
      this.stripes = this._io.readU4be();
    }

    /**
     * The slot holds key material.
     */
    Object.defineProperty(KeySlot.prototype, 'isActive', {
      get: function() {
        if (this._m_isActive !== undefined)
          return this._m_isActive;
        this._m_isActive = this.active == Luks.KeySlotState.ENABLED;
        return this._m_isActive;
      }
    });

    /**
     * The anti-forensically split master key, encrypted with the cipher
     * and mode of the header under the key PBKDF2 derives from the
     * passphrase; the IV counts 512-byte sectors from 0 at its start.
     */
    Object.defineProperty(KeySlot.prototype, 'keyMaterial', {
      get: function() {
        if (this._m_keyMaterial !== undefined)
          return this._m_keyMaterial;
        if (this.isActive) {
          var io = this._root._io;
          var _pos = io.pos;
          io.seek(this.ofsKeyMaterial * 512);
          this._m_keyMaterial = io.readBytes(this.lenKeyMaterial);
          io.seek(_pos);
        }
        return this._m_keyMaterial;
      }
    });

    /**
     * Bytes of key material (the split key, encrypted), before rounding up to a sector.
     */
    Object.defineProperty(KeySlot.prototype, 'lenKeyMaterial', {
      get: function() {
        if (this._m_lenKeyMaterial !== undefined)
          return this._m_lenKeyMaterial;
        this._m_lenKeyMaterial = this._root.lenKey * this.stripes;
        return this._m_lenKeyMaterial;
      }
    });

    /**
     * Whether the slot holds key material (0x00AC71F3) or not (0x0000DEAD).
     */

    /**
     * PBKDF2 iterations that turn the passphrase into this slot's key (0 in an inactive slot).
     */

    /**
     * PBKDF2 salt of this slot.
     */

    /**
     * Where this slot's key material starts, in 512-byte sectors from the header.
     */

    /**
     * Anti-forensic stripes the master key is split into (4000 as QEMU and cryptsetup write it).
     */

    return KeySlot;
  })();

  /**
   * "LUKS" followed by 0xBA 0xBE.
   */

  /**
   * Header version; this layout is version 1 (QEMU refuses others).
   */

  /**
   * Cipher algorithm, NUL-padded, for example "aes", "serpent", "twofish", "cast5".
   */

  /**
   * Block mode and IV generator joined by a dash, for example
   * "xts-plain64" (QEMU's default), "cbc-essiv:sha256", "cbc-plain".
   */

  /**
   * Hash for PBKDF2 and the anti-forensic splitter, for example "sha256" (QEMU's default) or "sha1".
   */

  /**
   * Where the encrypted payload starts, in 512-byte sectors from the header (unused inside qcow2).
   */

  /**
   * Length of the master key in bytes (64 for aes-256 in XTS mode, which takes two keys).
   */

  /**
   * The first 20 bytes of PBKDF2(master key, master_key_salt, master_key_iterations).
   */

  /**
   * Salt of the master key digest.
   */

  /**
   * PBKDF2 iterations of the master key digest.
   */

  /**
   * The volume's UUID as text (36 characters), NUL-padded.
   */

  /**
   * The eight key slots.
   */

  return Luks;
})();
Luks_.Luks = Luks;
});
