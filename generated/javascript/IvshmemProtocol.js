// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.IvshmemProtocol || (root.IvshmemProtocol = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (IvshmemProtocol_, KaitaiStream) {
/**
 * What an ivshmem server sends over the UNIX socket to each client (a QEMU
 * `ivshmem-doorbell` device, or a program): a stream of messages, each one
 * 8-byte little-endian signed number. A message may come with one file
 * descriptor, passed beside the bytes as SCM_RIGHTS ancillary data; the
 * descriptor is not part of the byte stream, so this spec sees the numbers
 * only. The connection is one-way: clients never send anything.
 * 
 * Right after a client connects, the server sends, in this order:
 * 
 * | # | number | descriptor | meaning |
 * |---|---|---|---|
 * | 1 | 0 | none | protocol version (zero; the client leaves on any other) |
 * | 2 | the client's ID (0..65535) | none | who the client is; the first client gets 0 |
 * | 3 | -1 | shared memory | the memory every client maps (QEMU's BAR2) |
 * | 4 | a peer's ID, N times per peer | one eventfd each | interrupt that peer on vector 0..N-1, in order |
 * | 5 | the client's own ID, N times | one eventfd each | the client's own vectors 0..N-1, to wait on |
 * 
 * Later, whenever a client joins, every other client gets step 4 for it
 * (its ID N times, each with an eventfd); when one leaves, every other
 * client gets its ID once, without a descriptor. A client configured for
 * fewer than N vectors closes the extra descriptors; one configured for
 * more leaves the extra vectors unconnected.
 * 
 * A client interrupts a peer by writing the 8-byte number 1 (host byte
 * order) to the eventfd of that peer's vector, and takes interrupts by
 * reading and dropping the counters of its own eventfds.
 * 
 * Our server (`qemuspec ivshmem-server`) answers a connection it cannot
 * give an ID to (all 65536 in use) with the version and then -1 without a
 * descriptor in place of the ID, and closes it: QEMU stops with "server
 * sent invalid ID message" and our client reports the refusal, where a
 * silent close would leave QEMU waiting forever.
 * 
 * Before QEMU 2.5 the numbers were native-endian `long` and there was no
 * version message; this spec covers the current protocol only.
 * @see {@link https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-client-server-protocol|Source}
 */

var IvshmemProtocol = (function() {
  IvshmemProtocol.SpecialValues = Object.freeze({
    SHARED_MEMORY: -1,
    PROTOCOL_VERSION: 0,
    MAX_ID: 65535,

    "-1": "SHARED_MEMORY",
    0: "PROTOCOL_VERSION",
    65535: "MAX_ID",
  });

  function IvshmemProtocol(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  IvshmemProtocol.prototype._read = function() {
    this.messages = [];
    var i = 0;
    while (!this._io.isEof()) {
      this.messages.push(new Message(this._io, this, this._root));
      i++;
    }
  }

  /**
   * One server message. Its meaning depends on where it is in the stream
   * and on whether a descriptor came with it, which only the receiver of
   * the socket knows; the instances say what the number alone allows.
   * @see {@link https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-client-server-protocol|Source}
   */

  var Message = IvshmemProtocol.Message = (function() {
    function Message(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    Message.prototype._read = function() {
      this.value = this._io.readS8le();
    }

    /**
     * A number in the ID range: the version or the client's own ID at
     * the start, later a peer connect (with descriptor) or disconnect
     * (without), or the client's own vectors.
     */
    Object.defineProperty(Message.prototype, 'isPeerId', {
      get: function() {
        if (this._m_isPeerId !== undefined)
          return this._m_isPeerId;
        this._m_isPeerId =  ((this.value >= 0) && (this.value <= 65535)) ;
        return this._m_isPeerId;
      }
    });

    /**
     * The shared-memory message (with a descriptor) or, from our server in place of an ID, a refusal.
     */
    Object.defineProperty(Message.prototype, 'isSharedMemory', {
      get: function() {
        if (this._m_isSharedMemory !== undefined)
          return this._m_isSharedMemory;
        this._m_isSharedMemory = this.value == -1;
        return this._m_isSharedMemory;
      }
    });

    /**
     * Whether a client can accept the number at all (QEMU refuses anything else).
     */
    Object.defineProperty(Message.prototype, 'isValid', {
      get: function() {
        if (this._m_isValid !== undefined)
          return this._m_isValid;
        this._m_isValid =  ((this.value >= -1) && (this.value <= 65535)) ;
        return this._m_isValid;
      }
    });

    /**
     * The number: the version (first message), an ID (0..65535), or -1
     * (shared memory when a descriptor comes with it).
     */

    return Message;
  })();

  /**
   * The messages in the order the server sent them.
   */

  return IvshmemProtocol;
})();
IvshmemProtocol_.IvshmemProtocol = IvshmemProtocol;
});
