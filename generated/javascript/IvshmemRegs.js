// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.IvshmemRegs || (root.IvshmemRegs = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (IvshmemRegs_, KaitaiStream) {
/**
 * The 256-byte register block of QEMU's inter-VM shared memory device
 * (ivshmem), which the guest finds behind PCI BAR0. Only the first 16 bytes
 * hold registers; every register is 32 bits wide, little-endian, and QEMU
 * answers only 4-byte accesses.
 * 
 * | offset | register | access | after reset |
 * |---|---|---|---|
 * | 0 | interrupt mask | read/write | 0 |
 * | 4 | interrupt status | read/write, reading clears it | 0 |
 * | 8 | IVPosition | read-only | 0 or the device's ID |
 * | 12 | doorbell | write-only | - |
 * | 16..255 | reserved | - | - |
 * 
 * Revision 1 (QEMU 2.6 and later) and revision 0 differ in two ways. In
 * revision 0, bit 0 of interrupt status and interrupt mask drive the legacy
 * INTx interrupt of a device without MSI-X: a peer's interrupt sets the
 * status bit, INTx is raised while status AND mask is non-zero, and reading
 * status clears it. Revision 1 keeps these bits reserved. In revision 0,
 * IVPosition could read -1 for a short time after reset, until the ivshmem
 * server had sent the shared memory; in revision 1 it is never negative.
 * 
 * A doorbell write is dropped when the device has no interrupts (the
 * ivshmem-plain variant), when its setup by the server is not complete, or
 * when the addressed peer or vector is not connected; the guest cannot tell.
 * 
 * Reads of the write-only doorbell and of the reserved bytes give zero in
 * QEMU, so a dump of a live device shows zeros there.
 * @see {@link https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers|Source}
 */

var IvshmemRegs = (function() {
  IvshmemRegs.Offsets = Object.freeze({
    INTERRUPT_MASK: 0,
    INTERRUPT_STATUS: 4,
    IV_POSITION: 8,
    DOORBELL: 12,

    0: "INTERRUPT_MASK",
    4: "INTERRUPT_STATUS",
    8: "IV_POSITION",
    12: "DOORBELL",
  });

  function IvshmemRegs(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  IvshmemRegs.prototype._read = function() {
    this.interruptMask = new InterruptBits(this._io, this, this._root);
    this.interruptStatus = new InterruptBits(this._io, this, this._root);
    this.ivPosition = this._io.readS4le();
    this.doorbell = new Doorbell(this._io, this, this._root);
    this.reserved = this._io.readBytes(240);
  }

  /**
   * The value written to the doorbell register: which peer to interrupt
   * (high 16 bits) and on which of its interrupt vectors (low 16 bits).
   * The device writes the number 1 to the eventfd it holds for that peer
   * and vector; the peer then raises that MSI-X vector (or, on a
   * revision 0 device without MSI-X, sets its interrupt status).
   * @see {@link https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers|Source}
   */

  var Doorbell = IvshmemRegs.Doorbell = (function() {
    function Doorbell(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Doorbell.prototype._read = function() {
      this.vector = this._io.readU2le();
      this.peerId = this._io.readU2le();
    }

    /**
     * Bits 0..15, the interrupt vector of the peer to signal.
     */

    /**
     * Bits 16..31, the ID of the peer to interrupt.
     */

    return Doorbell;
  })();

  /**
   * The bits of the interrupt mask and interrupt status registers. Only
   * bit 0 is defined, and only in revision 0; software keeps the other
   * bits as it found them.
   * @see {@link https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers|Source}
   */

  var InterruptBits = IvshmemRegs.InterruptBits = (function() {
    function InterruptBits(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    InterruptBits.prototype._read = function() {
      this.peerInterrupt = this._io.readBitsIntLe(1) != 0;
      this.reserved = this._io.readBitsIntLe(31);
    }

    /**
     * Bit 0, an interrupt request from a peer (revision 0).
     */

    /**
     * Bits 1..31, not defined.
     */

    return InterruptBits;
  })();

  /**
   * True once the device knows its ID (always on revision 1; on
   * revision 0 guests waited for this before touching BAR2).
   */
  Object.defineProperty(IvshmemRegs.prototype, 'hasPosition', {
    get: function() {
      if (this._m_hasPosition !== undefined)
        return this._m_hasPosition;
      this._m_hasPosition = this.ivPosition >= 0;
      return this._m_hasPosition;
    }
  });

  /**
   * Which interrupt sources may raise INTx (revision 0 only; reserved in
   * revision 1).
   */

  /**
   * Interrupt sources that are pending (revision 0 only; reserved in
   * revision 1). Reading the register clears it.
   */

  /**
   * The device's peer ID (0..65535), as the ivshmem server assigned it.
   * Zero when the device has no interrupts; -1 on revision 0 devices until
   * the server sent the shared memory.
   */

  /**
   * Written by the guest to interrupt a peer; reads give zero.
   */

  /**
   * Bytes 16..255 of the BAR, not defined; QEMU reads them as zero.
   */

  return IvshmemRegs;
})();
IvshmemRegs_.IvshmemRegs = IvshmemRegs;
});
