// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream', './VhostUser'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'), require('./VhostUser'));
  } else {
    factory(root.VhostUserBackend || (root.VhostUserBackend = {}), root.KaitaiStream, root.VhostUser || (root.VhostUser = {}));
  }
})(typeof self !== 'undefined' ? self : this, function (VhostUserBackend_, KaitaiStream, VhostUser_) {
/**
 * With the BACKEND_REQ protocol feature the front-end hands the back-end a
 * second socket (SET_BACKEND_REQ_FD). On it the roles turn around: the
 * back-end sends requests (IOTLB misses, configuration changes, host
 * notifier areas, in-band calls, shared objects) and the front-end
 * answers. The header is the one of the main channel (`vhost_user`), with
 * its own request ids; the payloads are the main channel's types.
 * 
 * With BACKEND_SEND_FD a request may carry up to 8 file descriptors. A
 * reply is a u64 (zero for success) that the front-end sends when the
 * request had `need_reply` set, except SHARED_OBJECT_LOOKUP, which is
 * always answered.
 * 
 * The custom keys `-fds` and `-reply` of each `backend_request` value use
 * the words of `vhost_user`.
 * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#back-end-communication|Source}
 */

var VhostUserBackend = (function() {
  VhostUserBackend.BackendRequest = Object.freeze({
    IOTLB_MSG: 1,
    CONFIG_CHANGE_MSG: 2,
    VRING_HOST_NOTIFIER_MSG: 3,
    VRING_CALL: 4,
    VRING_ERR: 5,
    SHARED_OBJECT_ADD: 6,
    SHARED_OBJECT_REMOVE: 7,
    SHARED_OBJECT_LOOKUP: 8,

    1: "IOTLB_MSG",
    2: "CONFIG_CHANGE_MSG",
    3: "VRING_HOST_NOTIFIER_MSG",
    4: "VRING_CALL",
    5: "VRING_ERR",
    6: "SHARED_OBJECT_ADD",
    7: "SHARED_OBJECT_REMOVE",
    8: "SHARED_OBJECT_LOOKUP",
  });

  function VhostUserBackend(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  VhostUserBackend.prototype._read = function() {
    this.request = this._io.readU4le();
    this.flags = new VhostUser_.VhostUser.HeaderFlags(this._io, null, null);
    this.lenPayload = this._io.readU4le();
    if ( ((!(this.flags.isReply)) && (this.lenPayload != 0)) ) {
      switch (this.request) {
      case VhostUserBackend.BackendRequest.IOTLB_MSG:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VhostUser_.VhostUser.IotlbMessage(_io__raw_requestBody, null, null);
        break;
      case VhostUserBackend.BackendRequest.SHARED_OBJECT_ADD:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VhostUser_.VhostUser.SharedObject(_io__raw_requestBody, null, null);
        break;
      case VhostUserBackend.BackendRequest.SHARED_OBJECT_LOOKUP:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VhostUser_.VhostUser.SharedObject(_io__raw_requestBody, null, null);
        break;
      case VhostUserBackend.BackendRequest.SHARED_OBJECT_REMOVE:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VhostUser_.VhostUser.SharedObject(_io__raw_requestBody, null, null);
        break;
      case VhostUserBackend.BackendRequest.VRING_CALL:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VhostUser_.VhostUser.VringState(_io__raw_requestBody, null, null);
        break;
      case VhostUserBackend.BackendRequest.VRING_ERR:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VhostUser_.VhostUser.VringState(_io__raw_requestBody, null, null);
        break;
      case VhostUserBackend.BackendRequest.VRING_HOST_NOTIFIER_MSG:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VhostUser_.VhostUser.VringArea(_io__raw_requestBody, null, null);
        break;
      default:
        this.requestBody = this._io.readBytes(this.lenPayload);
        break;
      }
    }
    if ( ((this.flags.isReply) && (this.lenPayload != 0)) ) {
      this._raw_replyBody = this._io.readBytes(this.lenPayload);
      var _io__raw_replyBody = new KaitaiStream(this._raw_replyBody);
      this.replyBody = new VhostUser_.VhostUser.U64Payload(_io__raw_replyBody, null, null);
    }
  }

  /**
   * Which request this is (a reply repeats the id of the request it answers).
   */

  /**
   * Version, reply and need-reply bits.
   */

  /**
   * Number of payload bytes after the header.
   */

  /**
   * The payload of a back-end request (absent when it has none).
   */

  /**
   * The front-end's answer, zero for success.
   */

  return VhostUserBackend;
})();
VhostUserBackend_.VhostUserBackend = VhostUserBackend;
});
