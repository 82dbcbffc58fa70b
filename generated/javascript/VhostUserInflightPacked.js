// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream', './VhostUserInflight'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'), require('./VhostUserInflight'));
  } else {
    factory(root.VhostUserInflightPacked || (root.VhostUserInflightPacked = {}), root.KaitaiStream, root.VhostUserInflight || (root.VhostUserInflight = {}));
  }
})(typeof self !== 'undefined' ? self : this, function (VhostUserInflightPacked_, KaitaiStream, VhostUserInflight_) {
/**
 * The in-flight tracking buffer as a back-end makes it when the front-end
 * set RING_PACKED before asking for it (GET_INFLIGHT_FD): one packed-queue
 * region per queue, back to back, each a 32-byte header and a 32-byte
 * entry per descriptor, rounded up to 64 bytes. The region's layout is
 * `queue_region_packed` of `vhost_user_inflight.ksy`, which this spec
 * imports; nothing in the bytes tells a packed buffer from a split one
 * (the features decide), so this spec is the packed buffer's top level and
 * `vhost_user_inflight` the split one's.
 * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking|Source}
 */

var VhostUserInflightPacked = (function() {
  function VhostUserInflightPacked(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  VhostUserInflightPacked.prototype._read = function() {
    this.queues = [];
    var i = 0;
    while (!this._io.isEof()) {
      this.queues.push(new VhostUserInflight_.VhostUserInflight.QueueRegionPacked(this._io, null, null));
      i++;
    }
  }

  /**
   * One region per queue, in queue order.
   */

  return VhostUserInflightPacked;
})();
VhostUserInflightPacked_.VhostUserInflightPacked = VhostUserInflightPacked;
});
