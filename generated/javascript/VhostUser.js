// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

(function (root, factory) {
  if (typeof define === 'function' && define.amd) {
    define(['exports', 'kaitai-struct/KaitaiStream'], factory);
  } else if (typeof exports === 'object' && exports !== null && typeof exports.nodeType !== 'number') {
    factory(exports, require('kaitai-struct/KaitaiStream'));
  } else {
    factory(root.VhostUser || (root.VhostUser = {}), root.KaitaiStream);
  }
})(typeof self !== 'undefined' ? self : this, function (VhostUser_, KaitaiStream) {
/**
 * vhost-user lets a virtio device live in another process. The front-end
 * (QEMU) owns the virtqueues and the guest memory; the back-end (a storage
 * daemon, a software switch) processes the queues. The two talk over a
 * UNIX stream socket: the front-end sends requests, the back-end answers
 * some of them. File descriptors (guest memory, eventfds, sockets) travel
 * next to a message as SCM_RIGHTS ancillary data, never inside it.
 * 
 * Every message is a 12-byte header (request id, flags, payload size)
 * followed by `len_payload` bytes of payload. Numbers are in the byte order
 * of the host both processes run on; this spec reads them little-endian (x86,
 * Arm, RISC-V hosts).
 * 
 * This spec reads one message of the main channel, in either direction. The
 * header's reply bit says whether it is a front-end request or a back-end
 * reply, and the request id picks the payload layout. The back-end's own
 * channel (`vhost_user_backend`) reuses the header flags and the payloads
 * defined here.
 * 
 * Each value of `front_end_request` also says, in the custom keys `-fds`
 * and `-reply`, how many file descriptors the request carries and when the
 * back-end answers it:
 * 
 * | `-fds` | meaning |
 * |---|---|
 * | none | no descriptor |
 * | one | exactly one |
 * | one_unless_no_fd | one, or none when the payload's `no_fd` bit is set |
 * | one_per_region | one per memory region of the payload, in the same order |
 * | one_if_log_shmfd | one when the LOG_SHMFD protocol feature was negotiated, else none |
 * | none_or_one_ignored | none; a back-end may accept one and must close it unused |
 * 
 * | `-reply` | meaning |
 * |---|---|
 * | always | the back-end always replies (the reply payload is in `reply_body`) |
 * | with_log_shmfd | the back-end replies when LOG_SHMFD was negotiated |
 * | ack | the back-end replies (a u64, zero for success) only when the request has `need_reply` set, which a front-end does only after negotiating REPLY_ACK |
 * | ack_or_postcopy | as ack; after POSTCOPY_LISTEN the back-end replies with the regions it mapped instead |
 * 
 * `-reply-fds` names the descriptors a reply carries, when it can carry any.
 * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#message-specification|Source}
 */

var VhostUser = (function() {
  VhostUser.ConfigFlags = Object.freeze({
    WRITABLE: 0,
    LIVE_MIGRATION: 1,

    0: "WRITABLE",
    1: "LIVE_MIGRATION",
  });

  VhostUser.CryptoOp = Object.freeze({
    CIPHER_CREATE_SESSION: 2,
    HASH_CREATE_SESSION: 258,
    MAC_CREATE_SESSION: 514,
    AEAD_CREATE_SESSION: 770,
    AKCIPHER_CREATE_SESSION: 1026,

    2: "CIPHER_CREATE_SESSION",
    258: "HASH_CREATE_SESSION",
    514: "MAC_CREATE_SESSION",
    770: "AEAD_CREATE_SESSION",
    1026: "AKCIPHER_CREATE_SESSION",
  });

  VhostUser.FrontEndRequest = Object.freeze({
    GET_FEATURES: 1,
    SET_FEATURES: 2,
    SET_OWNER: 3,
    RESET_OWNER: 4,
    SET_MEM_TABLE: 5,
    SET_LOG_BASE: 6,
    SET_LOG_FD: 7,
    SET_VRING_NUM: 8,
    SET_VRING_ADDR: 9,
    SET_VRING_BASE: 10,
    GET_VRING_BASE: 11,
    SET_VRING_KICK: 12,
    SET_VRING_CALL: 13,
    SET_VRING_ERR: 14,
    GET_PROTOCOL_FEATURES: 15,
    SET_PROTOCOL_FEATURES: 16,
    GET_QUEUE_NUM: 17,
    SET_VRING_ENABLE: 18,
    SEND_RARP: 19,
    NET_SET_MTU: 20,
    SET_BACKEND_REQ_FD: 21,
    IOTLB_MSG: 22,
    SET_VRING_ENDIAN: 23,
    GET_CONFIG: 24,
    SET_CONFIG: 25,
    CREATE_CRYPTO_SESSION: 26,
    CLOSE_CRYPTO_SESSION: 27,
    POSTCOPY_ADVISE: 28,
    POSTCOPY_LISTEN: 29,
    POSTCOPY_END: 30,
    GET_INFLIGHT_FD: 31,
    SET_INFLIGHT_FD: 32,
    GPU_SET_SOCKET: 33,
    RESET_DEVICE: 34,
    VRING_KICK: 35,
    GET_MAX_MEM_SLOTS: 36,
    ADD_MEM_REG: 37,
    REM_MEM_REG: 38,
    SET_STATUS: 39,
    GET_STATUS: 40,
    GET_SHARED_OBJECT: 41,
    SET_DEVICE_STATE_FD: 42,
    CHECK_DEVICE_STATE: 43,

    1: "GET_FEATURES",
    2: "SET_FEATURES",
    3: "SET_OWNER",
    4: "RESET_OWNER",
    5: "SET_MEM_TABLE",
    6: "SET_LOG_BASE",
    7: "SET_LOG_FD",
    8: "SET_VRING_NUM",
    9: "SET_VRING_ADDR",
    10: "SET_VRING_BASE",
    11: "GET_VRING_BASE",
    12: "SET_VRING_KICK",
    13: "SET_VRING_CALL",
    14: "SET_VRING_ERR",
    15: "GET_PROTOCOL_FEATURES",
    16: "SET_PROTOCOL_FEATURES",
    17: "GET_QUEUE_NUM",
    18: "SET_VRING_ENABLE",
    19: "SEND_RARP",
    20: "NET_SET_MTU",
    21: "SET_BACKEND_REQ_FD",
    22: "IOTLB_MSG",
    23: "SET_VRING_ENDIAN",
    24: "GET_CONFIG",
    25: "SET_CONFIG",
    26: "CREATE_CRYPTO_SESSION",
    27: "CLOSE_CRYPTO_SESSION",
    28: "POSTCOPY_ADVISE",
    29: "POSTCOPY_LISTEN",
    30: "POSTCOPY_END",
    31: "GET_INFLIGHT_FD",
    32: "SET_INFLIGHT_FD",
    33: "GPU_SET_SOCKET",
    34: "RESET_DEVICE",
    35: "VRING_KICK",
    36: "GET_MAX_MEM_SLOTS",
    37: "ADD_MEM_REG",
    38: "REM_MEM_REG",
    39: "SET_STATUS",
    40: "GET_STATUS",
    41: "GET_SHARED_OBJECT",
    42: "SET_DEVICE_STATE_FD",
    43: "CHECK_DEVICE_STATE",
  });

  VhostUser.IotlbPerm = Object.freeze({
    NONE: 0,
    READ: 1,
    WRITE: 2,
    READ_WRITE: 3,

    0: "NONE",
    1: "READ",
    2: "WRITE",
    3: "READ_WRITE",
  });

  VhostUser.IotlbType = Object.freeze({
    MISS: 1,
    UPDATE: 2,
    INVALIDATE: 3,
    ACCESS_FAIL: 4,

    1: "MISS",
    2: "UPDATE",
    3: "INVALIDATE",
    4: "ACCESS_FAIL",
  });

  VhostUser.MigrationPhase = Object.freeze({
    STOPPED: 0,

    0: "STOPPED",
  });

  VhostUser.ProtocolFeature = Object.freeze({
    MQ: 0,
    LOG_SHMFD: 1,
    RARP: 2,
    REPLY_ACK: 3,
    MTU: 4,
    BACKEND_REQ: 5,
    CROSS_ENDIAN: 6,
    CRYPTO_SESSION: 7,
    PAGEFAULT: 8,
    CONFIG: 9,
    BACKEND_SEND_FD: 10,
    HOST_NOTIFIER: 11,
    INFLIGHT_SHMFD: 12,
    RESET_DEVICE: 13,
    INBAND_NOTIFICATIONS: 14,
    CONFIGURE_MEM_SLOTS: 15,
    STATUS: 16,
    XEN_MMAP: 17,
    SHARED_OBJECT: 18,
    DEVICE_STATE: 19,

    0: "MQ",
    1: "LOG_SHMFD",
    2: "RARP",
    3: "REPLY_ACK",
    4: "MTU",
    5: "BACKEND_REQ",
    6: "CROSS_ENDIAN",
    7: "CRYPTO_SESSION",
    8: "PAGEFAULT",
    9: "CONFIG",
    10: "BACKEND_SEND_FD",
    11: "HOST_NOTIFIER",
    12: "INFLIGHT_SHMFD",
    13: "RESET_DEVICE",
    14: "INBAND_NOTIFICATIONS",
    15: "CONFIGURE_MEM_SLOTS",
    16: "STATUS",
    17: "XEN_MMAP",
    18: "SHARED_OBJECT",
    19: "DEVICE_STATE",
  });

  VhostUser.TransferDirection = Object.freeze({
    SAVE: 0,
    LOAD: 1,

    0: "SAVE",
    1: "LOAD",
  });

  VhostUser.VirtioFeature = Object.freeze({
    NOTIFY_ON_EMPTY: 24,
    LOG_ALL: 26,
    ANY_LAYOUT: 27,
    INDIRECT_DESC: 28,
    EVENT_IDX: 29,
    PROTOCOL_FEATURES: 30,
    VERSION1: 32,
    ACCESS_PLATFORM: 33,
    RING_PACKED: 34,
    IN_ORDER: 35,
    ORDER_PLATFORM: 36,
    SR_IOV: 37,
    NOTIFICATION_DATA: 38,
    NOTIF_CONFIG_DATA: 39,
    RING_RESET: 40,
    ADMIN_VQ: 41,

    24: "NOTIFY_ON_EMPTY",
    26: "LOG_ALL",
    27: "ANY_LAYOUT",
    28: "INDIRECT_DESC",
    29: "EVENT_IDX",
    30: "PROTOCOL_FEATURES",
    32: "VERSION1",
    33: "ACCESS_PLATFORM",
    34: "RING_PACKED",
    35: "IN_ORDER",
    36: "ORDER_PLATFORM",
    37: "SR_IOV",
    38: "NOTIFICATION_DATA",
    39: "NOTIF_CONFIG_DATA",
    40: "RING_RESET",
    41: "ADMIN_VQ",
  });

  function VhostUser(_io, _parent, _root) {
    this._io = _io;
    this._parent = _parent;
    this._root = _root || this;

    this._read();
  }
  VhostUser.prototype._read = function() {
    this.request = this._io.readU4le();
    this.flags = new HeaderFlags(this._io, this, this._root);
    this.lenPayload = this._io.readU4le();
    if ( ((!(this.flags.isReply)) && (this.lenPayload != 0)) ) {
      switch (this.request) {
      case VhostUser.FrontEndRequest.ADD_MEM_REG:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new SingleMemoryRegion(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.CLOSE_CRYPTO_SESSION:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new U64Payload(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.CREATE_CRYPTO_SESSION:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new CryptoSession(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.GET_CONFIG:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new ConfigSpace(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.GET_INFLIGHT_FD:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new InflightDescription(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.GET_SHARED_OBJECT:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new SharedObject(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.GET_VRING_BASE:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VringState(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.IOTLB_MSG:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new IotlbMessage(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.NET_SET_MTU:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new U64Payload(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.REM_MEM_REG:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new SingleMemoryRegion(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SEND_RARP:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new RarpRequest(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_CONFIG:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new ConfigSpace(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_DEVICE_STATE_FD:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new DeviceStateTransfer(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_FEATURES:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VirtioFeatures(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_INFLIGHT_FD:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new InflightDescription(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_LOG_BASE:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new LogDescription(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_MEM_TABLE:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new MemoryTable(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_PROTOCOL_FEATURES:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new ProtocolFeatures(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_STATUS:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new DeviceStatus(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_VRING_ADDR:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VringAddress(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_VRING_BASE:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VringState(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_VRING_CALL:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VringFile(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_VRING_ENABLE:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VringState(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_VRING_ENDIAN:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VringState(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_VRING_ERR:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VringFile(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_VRING_KICK:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VringFile(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_VRING_NUM:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VringState(_io__raw_requestBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.VRING_KICK:
        this._raw_requestBody = this._io.readBytes(this.lenPayload);
        var _io__raw_requestBody = new KaitaiStream(this._raw_requestBody);
        this.requestBody = new VringState(_io__raw_requestBody, this, this._root);
        break;
      default:
        this.requestBody = this._io.readBytes(this.lenPayload);
        break;
      }
    }
    if ( ((this.flags.isReply) && (this.lenPayload != 0)) ) {
      switch (this.request) {
      case VhostUser.FrontEndRequest.ADD_MEM_REG:
        this._raw_replyBody = this._io.readBytes(this.lenPayload);
        var _io__raw_replyBody = new KaitaiStream(this._raw_replyBody);
        this.replyBody = new SingleMemoryRegion(_io__raw_replyBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.CREATE_CRYPTO_SESSION:
        this._raw_replyBody = this._io.readBytes(this.lenPayload);
        var _io__raw_replyBody = new KaitaiStream(this._raw_replyBody);
        this.replyBody = new CryptoSession(_io__raw_replyBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.GET_CONFIG:
        this._raw_replyBody = this._io.readBytes(this.lenPayload);
        var _io__raw_replyBody = new KaitaiStream(this._raw_replyBody);
        this.replyBody = new ConfigSpace(_io__raw_replyBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.GET_FEATURES:
        this._raw_replyBody = this._io.readBytes(this.lenPayload);
        var _io__raw_replyBody = new KaitaiStream(this._raw_replyBody);
        this.replyBody = new VirtioFeatures(_io__raw_replyBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.GET_INFLIGHT_FD:
        this._raw_replyBody = this._io.readBytes(this.lenPayload);
        var _io__raw_replyBody = new KaitaiStream(this._raw_replyBody);
        this.replyBody = new InflightDescription(_io__raw_replyBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.GET_PROTOCOL_FEATURES:
        this._raw_replyBody = this._io.readBytes(this.lenPayload);
        var _io__raw_replyBody = new KaitaiStream(this._raw_replyBody);
        this.replyBody = new ProtocolFeatures(_io__raw_replyBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.GET_STATUS:
        this._raw_replyBody = this._io.readBytes(this.lenPayload);
        var _io__raw_replyBody = new KaitaiStream(this._raw_replyBody);
        this.replyBody = new DeviceStatus(_io__raw_replyBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.GET_VRING_BASE:
        this._raw_replyBody = this._io.readBytes(this.lenPayload);
        var _io__raw_replyBody = new KaitaiStream(this._raw_replyBody);
        this.replyBody = new VringState(_io__raw_replyBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.REM_MEM_REG:
        this._raw_replyBody = this._io.readBytes(this.lenPayload);
        var _io__raw_replyBody = new KaitaiStream(this._raw_replyBody);
        this.replyBody = new SingleMemoryRegion(_io__raw_replyBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_DEVICE_STATE_FD:
        this._raw_replyBody = this._io.readBytes(this.lenPayload);
        var _io__raw_replyBody = new KaitaiStream(this._raw_replyBody);
        this.replyBody = new DeviceStateResult(_io__raw_replyBody, this, this._root);
        break;
      case VhostUser.FrontEndRequest.SET_MEM_TABLE:
        this._raw_replyBody = this._io.readBytes(this.lenPayload);
        var _io__raw_replyBody = new KaitaiStream(this._raw_replyBody);
        this.replyBody = new MemoryTable(_io__raw_replyBody, this, this._root);
        break;
      default:
        this._raw_replyBody = this._io.readBytes(this.lenPayload);
        var _io__raw_replyBody = new KaitaiStream(this._raw_replyBody);
        this.replyBody = new U64Payload(_io__raw_replyBody, this, this._root);
        break;
      }
    }
  }

  /**
   * GET_CONFIG and SET_CONFIG (CONFIG protocol feature): a window of the
   * virtio device's configuration space, at most 256 bytes. A GET_CONFIG
   * request carries `len_config` placeholder bytes; the reply carries the
   * contents (or no payload at all on error).
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#virtio-device-config-space|Source}
   */

  var ConfigSpace = VhostUser.ConfigSpace = (function() {
    function ConfigSpace(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    ConfigSpace.prototype._read = function() {
      this.ofsConfig = this._io.readU4le();
      this.lenConfig = this._io.readU4le();
      this.flags = this._io.readU4le();
      this.contents = this._io.readBytesFull();
    }

    /**
     * Offset in the configuration space.
     */

    /**
     * Number of bytes.
     */

    /**
     * Why the front-end writes.
     */

    /**
     * The bytes (normally `len_config` of them).
     */

    return ConfigSpace;
  })();

  /**
   * Asymmetric (akcipher) session - algorithm, key type and the key.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types|Source}
   */

  var CryptoAsymSession = VhostUser.CryptoAsymSession = (function() {
    function CryptoAsymSession(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    CryptoAsymSession.prototype._read = function() {
      this.algo = this._io.readU4le();
      this.keyType = this._io.readU4le();
      this.lenKey = this._io.readU4le();
      this.padding = this._io.readBytes(4);
      this.keyPtr = this._io.readU8le();
      this.rsaPaddingAlgo = this._io.readU4le();
      this.rsaHashAlgo = this._io.readU4le();
      this.key = this._io.readBytes(1024);
    }

    /**
     * Algorithm (RSA, ECDSA; virtio-crypto numbering).
     */

    /**
     * Public or private key.
     */

    /**
     * Key length.
     */

    /**
     * Alignment.
     */

    /**
     * The front-end's pointer to the key (meaningless to the back-end).
     */

    /**
     * RSA padding algorithm.
     */

    /**
     * RSA hash algorithm.
     */

    /**
     * The key, `len_key` bytes used.
     */

    return CryptoAsymSession;
  })();

  /**
   * CREATE_CRYPTO_SESSION request and reply (CRYPTO_SESSION): the
   * operation, the session parameters and keys (symmetric or asymmetric,
   * by `op_code`), and the session id the back-end returns (negative on
   * failure). The session parameters copy QEMU's in-memory structures,
   * host pointers included, so the layout is that of a 64-bit host.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types|Source}
   */

  var CryptoSession = VhostUser.CryptoSession = (function() {
    function CryptoSession(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    CryptoSession.prototype._read = function() {
      this.opCode = this._io.readU8le();
      switch (this.opCode) {
      case VhostUser.CryptoOp.AKCIPHER_CREATE_SESSION:
        this._raw_session = this._io.readBytes(1056);
        var _io__raw_session = new KaitaiStream(this._raw_session);
        this.session = new CryptoAsymSession(_io__raw_session, this, this._root);
        break;
      default:
        this._raw_session = this._io.readBytes(1056);
        var _io__raw_session = new KaitaiStream(this._raw_session);
        this.session = new CryptoSymSession(_io__raw_session, this, this._root);
        break;
      }
      this.sessionId = this._io.readS8le();
    }

    /**
     * Which kind of session (virtio-crypto create-session opcode).
     */

    /**
     * Session parameters and keys.
     */

    /**
     * The session id (reply), negative on failure.
     */

    return CryptoSession;
  })();

  /**
   * Symmetric session - cipher and hash parameters, then the keys.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types|Source}
   */

  var CryptoSymSession = VhostUser.CryptoSymSession = (function() {
    function CryptoSymSession(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    CryptoSymSession.prototype._read = function() {
      this.cipherAlg = this._io.readU4le();
      this.lenCipherKey = this._io.readU4le();
      this.hashAlg = this._io.readU4le();
      this.lenHashResult = this._io.readU4le();
      this.lenAuthKey = this._io.readU4le();
      this.lenAdd = this._io.readU4le();
      this.opType = this._io.readU1();
      this.direction = this._io.readU1();
      this.hashMode = this._io.readU1();
      this.algChainOrder = this._io.readU1();
      this.padding = this._io.readBytes(4);
      this.cipherKeyPtr = this._io.readU8le();
      this.authKeyPtr = this._io.readU8le();
      this.cipherKey = this._io.readBytes(64);
      this.authKey = this._io.readBytes(512);
    }

    /**
     * Cipher algorithm (virtio-crypto numbering).
     */

    /**
     * Length of the cipher key.
     */

    /**
     * Hash or MAC algorithm.
     */

    /**
     * Length of the hash result.
     */

    /**
     * Length of the MAC key.
     */

    /**
     * Length of additional authenticated data.
     */

    /**
     * Cipher only, or chained with a hash.
     */

    /**
     * Encrypt or decrypt.
     */

    /**
     * Plain, auth or nested hash.
     */

    /**
     * Cipher then hash, or hash then cipher.
     */

    /**
     * Alignment.
     */

    /**
     * The front-end's pointer to the cipher key (meaningless to the back-end).
     */

    /**
     * The front-end's pointer to the MAC key (meaningless to the back-end).
     */

    /**
     * Cipher key, `len_cipher_key` bytes used.
     */

    /**
     * MAC key, `len_auth_key` bytes used.
     */

    return CryptoSymSession;
  })();

  /**
   * SET_DEVICE_STATE_FD reply: an error code in the low byte and, in bit
   * 8, whether the back-end sent no file descriptor (then the front-end
   * keeps its own channel).
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types|Source}
   */

  var DeviceStateResult = VhostUser.DeviceStateResult = (function() {
    function DeviceStateResult(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    DeviceStateResult.prototype._read = function() {
      this.error = this._io.readBitsIntLe(8);
      this.noFd = this._io.readBitsIntLe(1) != 0;
      this.reservedLo = this._io.readBitsIntLe(23);
      this.reservedHi = this._io.readBitsIntLe(32);
    }

    /**
     * Zero on success.
     */

    /**
     * Bit 8, no file descriptor in the reply.
     */

    /**
     * Bits 9-31, not defined.
     */

    /**
     * Bits 32-63, not defined.
     */

    return DeviceStateResult;
  })();

  /**
   * SET_DEVICE_STATE_FD request - which way the back-end state moves, and when.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#device-state-transfer-parameters|Source}
   */

  var DeviceStateTransfer = VhostUser.DeviceStateTransfer = (function() {
    function DeviceStateTransfer(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    DeviceStateTransfer.prototype._read = function() {
      this.direction = this._io.readU4le();
      this.phase = this._io.readU4le();
    }

    /**
     * Save (back-end to front-end) or load.
     */

    /**
     * Migration phase.
     */

    return DeviceStateTransfer;
  })();

  /**
   * The virtio device status byte (SET/GET_STATUS), in a u64.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types|Source}
   * @see Virtio 1.2, section 2.1 "Device Status Field"
   */

  var DeviceStatus = VhostUser.DeviceStatus = (function() {
    function DeviceStatus(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    DeviceStatus.prototype._read = function() {
      this.acknowledge = this._io.readBitsIntLe(1) != 0;
      this.driver = this._io.readBitsIntLe(1) != 0;
      this.driverOk = this._io.readBitsIntLe(1) != 0;
      this.featuresOk = this._io.readBitsIntLe(1) != 0;
      this.reservedBit4 = this._io.readBitsIntLe(2);
      this.deviceNeedsReset = this._io.readBitsIntLe(1) != 0;
      this.failed = this._io.readBitsIntLe(1) != 0;
      this.reservedLo = this._io.readBitsIntLe(24);
      this.reservedHi = this._io.readBitsIntLe(32);
    }

    /**
     * Bit 0, the guest found the device.
     */

    /**
     * Bit 1, the guest has a driver for it.
     */

    /**
     * Bit 2, the driver is ready; the device is live.
     */

    /**
     * Bit 3, feature negotiation is complete.
     */

    /**
     * Bits 4-5, not defined.
     */

    /**
     * Bit 6, the device hit an error it cannot recover from.
     */

    /**
     * Bit 7, the driver gave up on the device.
     */

    /**
     * Bits 8-31, not defined.
     */

    /**
     * Bits 32-63, not defined.
     */

    return DeviceStatus;
  })();

  /**
   * The 32-bit flags word of the header. Version 1 is the only version;
   * a receiver closes the connection on any other.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#header|Source}
   */

  var HeaderFlags = VhostUser.HeaderFlags = (function() {
    function HeaderFlags(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    HeaderFlags.prototype._read = function() {
      this.version = this._io.readBitsIntLe(2);
      this.isReply = this._io.readBitsIntLe(1) != 0;
      this.needReply = this._io.readBitsIntLe(1) != 0;
      this.reserved = this._io.readBitsIntLe(28);
    }

    /**
     * Protocol version, 1.
     */

    /**
     * Bit 2, set on every message that answers a request.
     */

    /**
     * Bit 3, set by the sender to ask for a REPLY_ACK answer (u64, zero on success).
     */

    /**
     * Not defined; zero.
     */

    return HeaderFlags;
  })();

  /**
   * GET_INFLIGHT_FD and SET_INFLIGHT_FD (INFLIGHT_SHMFD): the shared
   * buffer in which the back-end records requests in flight so that a
   * restarted back-end can resubmit them. The C structure is padded to
   * 24 bytes.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-description|Source}
   */

  var InflightDescription = VhostUser.InflightDescription = (function() {
    function InflightDescription(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    InflightDescription.prototype._read = function() {
      this.mmapSize = this._io.readU8le();
      this.mmapOffset = this._io.readU8le();
      this.numQueues = this._io.readU2le();
      this.queueSize = this._io.readU2le();
      this.padding = this._io.readBytesFull();
    }

    /**
     * Size of the buffer.
     */

    /**
     * Offset of the buffer in the file descriptor.
     */

    /**
     * Number of queues the buffer covers.
     */

    /**
     * Entries per queue.
     */

    /**
     * Padding of the C structure (4 bytes).
     */

    return InflightDescription;
  })();

  /**
   * An IOTLB entry update, invalidation, miss or access failure
   * (ACCESS_PLATFORM). The C structure is padded to 32 bytes.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#an-iotlb-message|Source}
   */

  var IotlbMessage = VhostUser.IotlbMessage = (function() {
    function IotlbMessage(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    IotlbMessage.prototype._read = function() {
      this.iova = this._io.readU8le();
      this.lenIova = this._io.readU8le();
      this.userAddr = this._io.readU8le();
      this.perm = this._io.readU1();
      this.type = this._io.readU1();
      this.padding = this._io.readBytesFull();
    }

    /**
     * I/O virtual address.
     */

    /**
     * Size of the range.
     */

    /**
     * User address the range maps to (updates).
     */

    /**
     * Permissions.
     */

    /**
     * What the message says.
     */

    /**
     * Padding of the C structure (6 bytes).
     */

    return IotlbMessage;
  })();

  /**
   * SET_LOG_BASE: where the dirty log is in the shared memory that comes
   * with the message (LOG_SHMFD). The log is a bitmap with one bit per
   * 4 KiB page of guest-physical memory, starting at address 0.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#log-description|Source}
   */

  var LogDescription = VhostUser.LogDescription = (function() {
    function LogDescription(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    LogDescription.prototype._read = function() {
      this.logSize = this._io.readU8le();
      this.logOffset = this._io.readU8le();
    }

    /**
     * Size of the log in bytes.
     */

    /**
     * Offset of the log in the file descriptor.
     */

    return LogDescription;
  })();

  /**
   * One region of guest memory the back-end maps: `len_region` bytes at
   * guest-physical `guest_addr`, which the front-end sees at `user_addr`,
   * found `mmap_offset` bytes into the file descriptor that comes with the
   * message. With the XEN_MMAP protocol feature the description is 40
   * bytes: two more fields follow.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#memory-region-description|Source}
   */

  var MemoryRegion = VhostUser.MemoryRegion = (function() {
    function MemoryRegion(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    MemoryRegion.prototype._read = function() {
      this.guestAddr = this._io.readU8le();
      this.lenRegion = this._io.readU8le();
      this.userAddr = this._io.readU8le();
      this.mmapOffset = this._io.readU8le();
      if (this._io.size >= 40) {
        this.xenMmapFlags = new XenMmapFlags(this._io, this, this._root);
      }
      if (this._io.size >= 40) {
        this.domid = this._io.readU4le();
      }
    }

    /**
     * Guest-physical address of the region.
     */

    /**
     * Size of the region in bytes.
     */

    /**
     * Address of the region in the front-end's address space (ring addresses refer to it).
     */

    /**
     * Offset of the region in the file descriptor.
     */

    /**
     * Xen mapping flags (XEN_MMAP only).
     */

    /**
     * Xen domain id (XEN_MMAP only).
     */

    return MemoryRegion;
  })();

  /**
   * SET_MEM_TABLE: the whole guest memory map, at most 8 regions, one file
   * descriptor per region in the same order. The message is only as long
   * as the regions it holds (8 + 32 bytes per region).
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#multiple-memory-regions-description|Source}
   */

  var MemoryTable = VhostUser.MemoryTable = (function() {
    function MemoryTable(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    MemoryTable.prototype._read = function() {
      this.numRegions = this._io.readU4le();
      this.padding = this._io.readU4le();
      this._raw_regions = [];
      this.regions = [];
      for (var i = 0; i < this.numRegions; i++) {
        this._raw_regions.push(this._io.readBytes(this.lenRegions));
        var _io__raw_regions = new KaitaiStream(this._raw_regions[i]);
        this.regions.push(new MemoryRegion(_io__raw_regions, this, this._root));
      }
    }

    /**
     * Size of one region description (40 with XEN_MMAP, else 32).
     */
    Object.defineProperty(MemoryTable.prototype, 'lenRegions', {
      get: function() {
        if (this._m_lenRegions !== undefined)
          return this._m_lenRegions;
        this._m_lenRegions = ( ((this.numRegions > 0) && (this._io.size - 8 >= 40 * this.numRegions))  ? 40 : 32);
        return this._m_lenRegions;
      }
    });

    /**
     * Number of regions.
     */

    /**
     * Unused.
     */

    /**
     * The regions.
     */

    return MemoryTable;
  })();

  /**
   * The 64-bit protocol feature word of GET/SET_PROTOCOL_FEATURES. Each
   * bit switches on an extension of the protocol (see the enum
   * `protocol_feature`).
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#protocol-features|Source}
   */

  var ProtocolFeatures = VhostUser.ProtocolFeatures = (function() {
    function ProtocolFeatures(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    ProtocolFeatures.prototype._read = function() {
      this.mq = this._io.readBitsIntLe(1) != 0;
      this.logShmfd = this._io.readBitsIntLe(1) != 0;
      this.rarp = this._io.readBitsIntLe(1) != 0;
      this.replyAck = this._io.readBitsIntLe(1) != 0;
      this.mtu = this._io.readBitsIntLe(1) != 0;
      this.backendReq = this._io.readBitsIntLe(1) != 0;
      this.crossEndian = this._io.readBitsIntLe(1) != 0;
      this.cryptoSession = this._io.readBitsIntLe(1) != 0;
      this.pagefault = this._io.readBitsIntLe(1) != 0;
      this.config = this._io.readBitsIntLe(1) != 0;
      this.backendSendFd = this._io.readBitsIntLe(1) != 0;
      this.hostNotifier = this._io.readBitsIntLe(1) != 0;
      this.inflightShmfd = this._io.readBitsIntLe(1) != 0;
      this.resetDevice = this._io.readBitsIntLe(1) != 0;
      this.inbandNotifications = this._io.readBitsIntLe(1) != 0;
      this.configureMemSlots = this._io.readBitsIntLe(1) != 0;
      this.status = this._io.readBitsIntLe(1) != 0;
      this.xenMmap = this._io.readBitsIntLe(1) != 0;
      this.sharedObject = this._io.readBitsIntLe(1) != 0;
      this.deviceState = this._io.readBitsIntLe(1) != 0;
      this.reservedLo = this._io.readBitsIntLe(12);
      this.reservedHi = this._io.readBitsIntLe(32);
    }

    /**
     * Bit 0, several queues; GET_QUEUE_NUM answers how many.
     */

    /**
     * Bit 1, SET_LOG_BASE carries the dirty log's shared memory fd (and is answered).
     */

    /**
     * Bit 2, SEND_RARP after migration.
     */

    /**
     * Bit 3, any request may ask for an acknowledgement with need_reply.
     */

    /**
     * Bit 4, NET_SET_MTU.
     */

    /**
     * Bit 5, a second socket for requests from the back-end (SET_BACKEND_REQ_FD).
     */

    /**
     * Bit 6, SET_VRING_ENDIAN for legacy devices of the other byte order.
     */

    /**
     * Bit 7, CREATE/CLOSE_CRYPTO_SESSION.
     */

    /**
     * Bit 8, postcopy migration with a userfaultfd.
     */

    /**
     * Bit 9, GET/SET_CONFIG for the device configuration space.
     */

    /**
     * Bit 10, back-end requests may carry file descriptors.
     */

    /**
     * Bit 11, the back-end can map a notification area into the guest.
     */

    /**
     * Bit 12, GET/SET_INFLIGHT_FD for in-flight request tracking.
     */

    /**
     * Bit 13, RESET_DEVICE.
     */

    /**
     * Bit 14, kicks and calls as messages (VRING_KICK, BACKEND_VRING_CALL) instead of eventfds.
     */

    /**
     * Bit 15, GET_MAX_MEM_SLOTS, ADD_MEM_REG and REM_MEM_REG instead of whole tables.
     */

    /**
     * Bit 16, SET/GET_STATUS with the virtio device status byte.
     */

    /**
     * Bit 17, memory regions carry Xen mapping flags and a domain id.
     */

    /**
     * Bit 18, shared objects (dma-bufs) found by UUID.
     */

    /**
     * Bit 19, back-end state transfer for migration (SET_DEVICE_STATE_FD, CHECK_DEVICE_STATE).
     */

    /**
     * Bits 20-31, not defined.
     */

    /**
     * Bits 32-63, not defined.
     */

    return ProtocolFeatures;
  })();

  /**
   * SEND_RARP - the guest's MAC address in the first six bytes of the u64.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types|Source}
   */

  var RarpRequest = VhostUser.RarpRequest = (function() {
    function RarpRequest(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    RarpRequest.prototype._read = function() {
      this.mac = this._io.readBytes(6);
      this.padding = this._io.readBytes(2);
    }

    /**
     * MAC address to announce.
     */

    /**
     * Unused.
     */

    return RarpRequest;
  })();

  /**
   * A shared object's UUID (SHARED_OBJECT): 16 bytes whose first three
   * fields are big-endian.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#vhostusershared|Source}
   */

  var SharedObject = VhostUser.SharedObject = (function() {
    function SharedObject(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    SharedObject.prototype._read = function() {
      this.timeLow = this._io.readU4be();
      this.timeMid = this._io.readU2be();
      this.timeHiAndVersion = this._io.readU2be();
      this.clockSeqAndNode = this._io.readBytes(8);
    }

    /**
     * First 32 bits of the UUID.
     */

    /**
     * Next 16 bits.
     */

    /**
     * Next 16 bits, with the UUID version.
     */

    /**
     * Last 8 bytes.
     */

    return SharedObject;
  })();

  /**
   * ADD_MEM_REG and REM_MEM_REG (CONFIGURE_MEM_SLOTS): one region, after
   * 8 bytes of padding. ADD_MEM_REG comes with the region's file
   * descriptor; REM_MEM_REG names the region by guest address, user
   * address and size.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#single-memory-region-description|Source}
   */

  var SingleMemoryRegion = VhostUser.SingleMemoryRegion = (function() {
    function SingleMemoryRegion(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    SingleMemoryRegion.prototype._read = function() {
      this.padding = this._io.readU8le();
      this._raw_region = this._io.readBytesFull();
      var _io__raw_region = new KaitaiStream(this._raw_region);
      this.region = new MemoryRegion(_io__raw_region, this, this._root);
    }

    /**
     * Unused.
     */

    /**
     * The region.
     */

    return SingleMemoryRegion;
  })();

  /**
   * A single 64-bit number: a count, a value to set, or the status of a
   * REPLY_ACK answer (zero for success, anything else for failure).
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#a-single-64-bit-integer|Source}
   */

  var U64Payload = VhostUser.U64Payload = (function() {
    function U64Payload(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    U64Payload.prototype._read = function() {
      this.value = this._io.readU8le();
    }

    /**
     * The number.
     */

    return U64Payload;
  })();

  /**
   * A 64-bit virtio feature word, as GET_FEATURES returns it and
   * SET_FEATURES acknowledges it. Bits 0-23 and 50-63 belong to the
   * device type (virtio-blk, virtio-net, ...); the others are the
   * transport and ring features the protocol itself relies on. Bit 30 is
   * borrowed by vhost-user to announce protocol-feature negotiation, and
   * bit 26 by vhost to announce dirty-page logging.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#communication|Source}
   * @see Virtio 1.2, section 6 "Reserved Feature Bits"
   */

  var VirtioFeatures = VhostUser.VirtioFeatures = (function() {
    function VirtioFeatures(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    VirtioFeatures.prototype._read = function() {
      this.deviceBitsLo = this._io.readBitsIntLe(24);
      this.notifyOnEmpty = this._io.readBitsIntLe(1) != 0;
      this.reservedBit25 = this._io.readBitsIntLe(1) != 0;
      this.logAll = this._io.readBitsIntLe(1) != 0;
      this.anyLayout = this._io.readBitsIntLe(1) != 0;
      this.indirectDesc = this._io.readBitsIntLe(1) != 0;
      this.eventIdx = this._io.readBitsIntLe(1) != 0;
      this.protocolFeatures = this._io.readBitsIntLe(1) != 0;
      this.reservedBit31 = this._io.readBitsIntLe(1) != 0;
      this.version1 = this._io.readBitsIntLe(1) != 0;
      this.accessPlatform = this._io.readBitsIntLe(1) != 0;
      this.ringPacked = this._io.readBitsIntLe(1) != 0;
      this.inOrder = this._io.readBitsIntLe(1) != 0;
      this.orderPlatform = this._io.readBitsIntLe(1) != 0;
      this.srIov = this._io.readBitsIntLe(1) != 0;
      this.notificationData = this._io.readBitsIntLe(1) != 0;
      this.notifConfigData = this._io.readBitsIntLe(1) != 0;
      this.ringReset = this._io.readBitsIntLe(1) != 0;
      this.adminVq = this._io.readBitsIntLe(1) != 0;
      this.reservedBit42 = this._io.readBitsIntLe(8);
      this.deviceBitsHi = this._io.readBitsIntLe(14);
    }

    /**
     * Bits 0-23, defined by the device type.
     */

    /**
     * Bit 24, notify the driver when the available ring runs empty even if it suppressed notifications (legacy).
     */

    /**
     * Bit 25, not used.
     */

    /**
     * Bit 26, the front-end can log dirty pages; SET_FEATURES with it turns logging on.
     */

    /**
     * Bit 27, the device accepts any split of a request into descriptors (legacy; implied by version_1).
     */

    /**
     * Bit 28, descriptors may point at indirect descriptor tables.
     */

    /**
     * Bit 29, notifications are suppressed with the used_event / avail_event indexes.
     */

    /**
     * Bit 30, the back-end supports GET/SET_PROTOCOL_FEATURES.
     */

    /**
     * Bit 31, not used.
     */

    /**
     * Bit 32, the device follows virtio 1.0 or later (little-endian rings and config).
     */

    /**
     * Bit 33, ring and buffer addresses go through an IOMMU (IOVAs, translated with IOTLB messages).
     */

    /**
     * Bit 34, packed virtqueues.
     */

    /**
     * Bit 35, buffers are used in the order they were made available.
     */

    /**
     * Bit 36, memory accesses need the platform's ordering (hardware devices).
     */

    /**
     * Bit 37, single-root I/O virtualization.
     */

    /**
     * Bit 38, the driver passes extra data with its notifications.
     */

    /**
     * Bit 39, the driver uses a device-provided value as notification data.
     */

    /**
     * Bit 40, single queues can be reset.
     */

    /**
     * Bit 41, administration virtqueues.
     */

    /**
     * Bits 42-49, reserved for future extensions.
     */

    /**
     * Bits 50-63, defined by the device type.
     */

    return VirtioFeatures;
  })();

  /**
   * Where the three parts of a split queue (or the packed ring and its two
   * event structures) are, in the front-end's virtual addresses (user
   * addresses), or I/O virtual addresses when ACCESS_PLATFORM was
   * negotiated. `log_guest_addr` is the guest-physical address of the
   * used ring, for dirty logging.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-address-description|Source}
   */

  var VringAddress = VhostUser.VringAddress = (function() {
    function VringAddress(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    VringAddress.prototype._read = function() {
      this.index = this._io.readU4le();
      this.flags = new VringAddressFlags(this._io, this, this._root);
      this.descUserAddr = this._io.readU8le();
      this.usedUserAddr = this._io.readU8le();
      this.availUserAddr = this._io.readU8le();
      this.logGuestAddr = this._io.readU8le();
    }

    /**
     * Queue index.
     */

    /**
     * Per-ring flags.
     */

    /**
     * Address of the descriptor table.
     */

    /**
     * Address of the used ring.
     */

    /**
     * Address of the available ring.
     */

    /**
     * Guest-physical address of the used ring, where its writes are logged.
     */

    return VringAddress;
  })();

  /**
   * The 32-bit flags of a ring address.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#migration|Source}
   */

  var VringAddressFlags = VhostUser.VringAddressFlags = (function() {
    function VringAddressFlags(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    VringAddressFlags.prototype._read = function() {
      this.log = this._io.readBitsIntLe(1) != 0;
      this.reserved = this._io.readBitsIntLe(31);
    }

    /**
     * Bit 0, log writes to this ring's used ring in the dirty log.
     */

    /**
     * Not defined; zero.
     */

    return VringAddressFlags;
  })();

  /**
   * BACKEND_VRING_HOST_NOTIFIER_MSG: a page of the file descriptor sent
   * with the message that the front-end maps into the guest as a queue's
   * notification area.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#vring-area-description|Source}
   */

  var VringArea = VhostUser.VringArea = (function() {
    function VringArea(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    VringArea.prototype._read = function() {
      this.queue = new VringFile(this._io, this, this._root);
      this.lenArea = this._io.readU8le();
      this.ofsArea = this._io.readU8le();
    }

    /**
     * Queue index and the no-fd bit (no fd - remove the area).
     */

    /**
     * Size of the area (one host page).
     */

    /**
     * Offset of the area in the file descriptor.
     */

    return VringArea;
  })();

  /**
   * The u64 payload of SET_VRING_KICK, SET_VRING_CALL and SET_VRING_ERR
   * (and the u64 of a host-notifier area): the queue index in the low byte
   * and, in bit 8, whether no file descriptor comes with the message (the
   * back-end then polls instead of waiting for kicks, or the front-end
   * polls for used buffers).
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types|Source}
   */

  var VringFile = VhostUser.VringFile = (function() {
    function VringFile(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    VringFile.prototype._read = function() {
      this.index = this._io.readBitsIntLe(8);
      this.noFd = this._io.readBitsIntLe(1) != 0;
      this.reservedLo = this._io.readBitsIntLe(23);
      this.reservedHi = this._io.readBitsIntLe(32);
    }

    /**
     * Queue index (bits 0-7).
     */

    /**
     * Bit 8, no file descriptor is attached.
     */

    /**
     * Bits 9-31, not defined.
     */

    /**
     * Bits 32-63, not defined.
     */

    return VringFile;
  })();

  /**
   * A queue index and a number. The number is the queue size
   * (SET_VRING_NUM), 1 or 0 (SET_VRING_ENABLE), 0 or 1 for little- or
   * big-endian (SET_VRING_ENDIAN), zero (GET_VRING_BASE request,
   * VRING_KICK), or the next available-ring index (SET/GET_VRING_BASE).
   * For packed virtqueues the base packs two 15-bit indexes and their wrap
   * counters into the number; the instances unpack them.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-state-description|Source}
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-descriptor-index-for-split-virtqueues|Source}
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#vring-descriptor-indices-for-packed-virtqueues|Source}
   */

  var VringState = VhostUser.VringState = (function() {
    function VringState(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    VringState.prototype._read = function() {
      this.index = this._io.readU4le();
      this.num = this._io.readU4le();
    }

    /**
     * Packed queues, base messages - the next descriptor-ring entry to process (bits 0-14).
     */
    Object.defineProperty(VringState.prototype, 'packedAvailIndex', {
      get: function() {
        if (this._m_packedAvailIndex !== undefined)
          return this._m_packedAvailIndex;
        this._m_packedAvailIndex = KaitaiStream.mod(this.num, 32768);
        return this._m_packedAvailIndex;
      }
    });

    /**
     * Packed queues - the driver ring wrap counter (bit 15).
     */
    Object.defineProperty(VringState.prototype, 'packedAvailWrap', {
      get: function() {
        if (this._m_packedAvailWrap !== undefined)
          return this._m_packedAvailWrap;
        this._m_packedAvailWrap = KaitaiStream.mod(Math.floor(this.num / 32768), 2);
        return this._m_packedAvailWrap;
      }
    });

    /**
     * Packed queues - where the back-end places the next used descriptor (bits 16-30).
     */
    Object.defineProperty(VringState.prototype, 'packedUsedIndex', {
      get: function() {
        if (this._m_packedUsedIndex !== undefined)
          return this._m_packedUsedIndex;
        this._m_packedUsedIndex = KaitaiStream.mod(Math.floor(this.num / 65536), 32768);
        return this._m_packedUsedIndex;
      }
    });

    /**
     * Packed queues - the device ring wrap counter (bit 31).
     */
    Object.defineProperty(VringState.prototype, 'packedUsedWrap', {
      get: function() {
        if (this._m_packedUsedWrap !== undefined)
          return this._m_packedUsedWrap;
        this._m_packedUsedWrap = Math.floor(this.num / 2147483648);
        return this._m_packedUsedWrap;
      }
    });

    /**
     * Split queues, base messages - the free-running index of the next available-ring entry to process (bits 0-15).
     */
    Object.defineProperty(VringState.prototype, 'splitAvailIndex', {
      get: function() {
        if (this._m_splitAvailIndex !== undefined)
          return this._m_splitAvailIndex;
        this._m_splitAvailIndex = KaitaiStream.mod(this.num, 65536);
        return this._m_splitAvailIndex;
      }
    });

    /**
     * Queue index.
     */

    /**
     * The number (see the type's description).
     */

    return VringState;
  })();

  /**
   * How a Xen back-end maps a region.
   * @see {@link https://www.qemu.org/docs/master/interop/vhost-user.html#memory-region-description|Source}
   */

  var XenMmapFlags = VhostUser.XenMmapFlags = (function() {
    function XenMmapFlags(_io, _parent, _root) {
      this._io = _io;
      this._parent = _parent;
      this._root = _root;

      this._read();
    }
    XenMmapFlags.prototype._read = function() {
      this.foreign = this._io.readBitsIntLe(1) != 0;
      this.grant = this._io.readBitsIntLe(1) != 0;
      this.reservedBit2 = this._io.readBitsIntLe(6);
      this.mapOnDemand = this._io.readBitsIntLe(1) != 0;
      this.reservedBit9 = this._io.readBitsIntLe(23);
    }

    /**
     * Bit 0, map with Xen foreign memory mapping.
     */

    /**
     * Bit 1, map with Xen grants.
     */

    /**
     * Bits 2-7, not defined.
     */

    /**
     * Bit 8, map only the parts in use, when needed, never the whole region at once.
     */

    /**
     * Bits 9-31, not defined.
     */

    return XenMmapFlags;
  })();

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
   * The payload of a request (absent when the request has none). Requests
   * this spec does not know keep their payload as raw bytes.
   */

  /**
   * The payload of a reply. Replies that carry a plain number (queue
   * count, memory slots, the REPLY_ACK status, error codes) are a
   * `u64_payload`; a GET_CONFIG reply with no payload reports an error.
   */

  return VhostUser;
})();
VhostUser_.VhostUser = VhostUser;
});
