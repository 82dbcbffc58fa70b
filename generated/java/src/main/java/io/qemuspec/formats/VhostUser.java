// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.Map;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;


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
 * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#message-specification">Source</a>
 */
public class VhostUser extends KaitaiStruct {
    public static VhostUser fromFile(String fileName) throws IOException {
        return new VhostUser(new ByteBufferKaitaiStream(fileName));
    }

    public enum ConfigFlags {
        WRITABLE(0),
        LIVE_MIGRATION(1);

        private final long id;
        ConfigFlags(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, ConfigFlags> byId = new HashMap<Long, ConfigFlags>(2);
        static {
            for (ConfigFlags e : ConfigFlags.values())
                byId.put(e.id(), e);
        }
        public static ConfigFlags byId(long id) { return byId.get(id); }
    }

    public enum CryptoOp {
        CIPHER_CREATE_SESSION(2),
        HASH_CREATE_SESSION(258),
        MAC_CREATE_SESSION(514),
        AEAD_CREATE_SESSION(770),
        AKCIPHER_CREATE_SESSION(1026);

        private final long id;
        CryptoOp(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, CryptoOp> byId = new HashMap<Long, CryptoOp>(5);
        static {
            for (CryptoOp e : CryptoOp.values())
                byId.put(e.id(), e);
        }
        public static CryptoOp byId(long id) { return byId.get(id); }
    }

    public enum FrontEndRequest {
        GET_FEATURES(1),
        SET_FEATURES(2),
        SET_OWNER(3),
        RESET_OWNER(4),
        SET_MEM_TABLE(5),
        SET_LOG_BASE(6),
        SET_LOG_FD(7),
        SET_VRING_NUM(8),
        SET_VRING_ADDR(9),
        SET_VRING_BASE(10),
        GET_VRING_BASE(11),
        SET_VRING_KICK(12),
        SET_VRING_CALL(13),
        SET_VRING_ERR(14),
        GET_PROTOCOL_FEATURES(15),
        SET_PROTOCOL_FEATURES(16),
        GET_QUEUE_NUM(17),
        SET_VRING_ENABLE(18),
        SEND_RARP(19),
        NET_SET_MTU(20),
        SET_BACKEND_REQ_FD(21),
        IOTLB_MSG(22),
        SET_VRING_ENDIAN(23),
        GET_CONFIG(24),
        SET_CONFIG(25),
        CREATE_CRYPTO_SESSION(26),
        CLOSE_CRYPTO_SESSION(27),
        POSTCOPY_ADVISE(28),
        POSTCOPY_LISTEN(29),
        POSTCOPY_END(30),
        GET_INFLIGHT_FD(31),
        SET_INFLIGHT_FD(32),
        GPU_SET_SOCKET(33),
        RESET_DEVICE(34),
        VRING_KICK(35),
        GET_MAX_MEM_SLOTS(36),
        ADD_MEM_REG(37),
        REM_MEM_REG(38),
        SET_STATUS(39),
        GET_STATUS(40),
        GET_SHARED_OBJECT(41),
        SET_DEVICE_STATE_FD(42),
        CHECK_DEVICE_STATE(43);

        private final long id;
        FrontEndRequest(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, FrontEndRequest> byId = new HashMap<Long, FrontEndRequest>(43);
        static {
            for (FrontEndRequest e : FrontEndRequest.values())
                byId.put(e.id(), e);
        }
        public static FrontEndRequest byId(long id) { return byId.get(id); }
    }

    public enum IotlbPerm {
        NONE(0),
        READ(1),
        WRITE(2),
        READ_WRITE(3);

        private final long id;
        IotlbPerm(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, IotlbPerm> byId = new HashMap<Long, IotlbPerm>(4);
        static {
            for (IotlbPerm e : IotlbPerm.values())
                byId.put(e.id(), e);
        }
        public static IotlbPerm byId(long id) { return byId.get(id); }
    }

    public enum IotlbType {
        MISS(1),
        UPDATE(2),
        INVALIDATE(3),
        ACCESS_FAIL(4);

        private final long id;
        IotlbType(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, IotlbType> byId = new HashMap<Long, IotlbType>(4);
        static {
            for (IotlbType e : IotlbType.values())
                byId.put(e.id(), e);
        }
        public static IotlbType byId(long id) { return byId.get(id); }
    }

    public enum MigrationPhase {
        STOPPED(0);

        private final long id;
        MigrationPhase(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, MigrationPhase> byId = new HashMap<Long, MigrationPhase>(1);
        static {
            for (MigrationPhase e : MigrationPhase.values())
                byId.put(e.id(), e);
        }
        public static MigrationPhase byId(long id) { return byId.get(id); }
    }

    public enum ProtocolFeature {
        MQ(0),
        LOG_SHMFD(1),
        RARP(2),
        REPLY_ACK(3),
        MTU(4),
        BACKEND_REQ(5),
        CROSS_ENDIAN(6),
        CRYPTO_SESSION(7),
        PAGEFAULT(8),
        CONFIG(9),
        BACKEND_SEND_FD(10),
        HOST_NOTIFIER(11),
        INFLIGHT_SHMFD(12),
        RESET_DEVICE(13),
        INBAND_NOTIFICATIONS(14),
        CONFIGURE_MEM_SLOTS(15),
        STATUS(16),
        XEN_MMAP(17),
        SHARED_OBJECT(18),
        DEVICE_STATE(19);

        private final long id;
        ProtocolFeature(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, ProtocolFeature> byId = new HashMap<Long, ProtocolFeature>(20);
        static {
            for (ProtocolFeature e : ProtocolFeature.values())
                byId.put(e.id(), e);
        }
        public static ProtocolFeature byId(long id) { return byId.get(id); }
    }

    public enum TransferDirection {
        SAVE(0),
        LOAD(1);

        private final long id;
        TransferDirection(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, TransferDirection> byId = new HashMap<Long, TransferDirection>(2);
        static {
            for (TransferDirection e : TransferDirection.values())
                byId.put(e.id(), e);
        }
        public static TransferDirection byId(long id) { return byId.get(id); }
    }

    public enum VirtioFeature {
        NOTIFY_ON_EMPTY(24),
        LOG_ALL(26),
        ANY_LAYOUT(27),
        INDIRECT_DESC(28),
        EVENT_IDX(29),
        PROTOCOL_FEATURES(30),
        VERSION1(32),
        ACCESS_PLATFORM(33),
        RING_PACKED(34),
        IN_ORDER(35),
        ORDER_PLATFORM(36),
        SR_IOV(37),
        NOTIFICATION_DATA(38),
        NOTIF_CONFIG_DATA(39),
        RING_RESET(40),
        ADMIN_VQ(41);

        private final long id;
        VirtioFeature(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, VirtioFeature> byId = new HashMap<Long, VirtioFeature>(16);
        static {
            for (VirtioFeature e : VirtioFeature.values())
                byId.put(e.id(), e);
        }
        public static VirtioFeature byId(long id) { return byId.get(id); }
    }

    public VhostUser(KaitaiStream _io) {
        this(_io, null, null);
    }

    public VhostUser(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public VhostUser(KaitaiStream _io, KaitaiStruct _parent, VhostUser _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.request = FrontEndRequest.byId(this._io.readU4le());
        this.flags = new HeaderFlags(this._io, this, _root);
        this.lenPayload = this._io.readU4le();
        if ( ((!(flags().isReply())) && (lenPayload() != 0)) ) {
            {
                FrontEndRequest on = request();
                if (on != null) {
                    switch (request()) {
                    case ADD_MEM_REG: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new SingleMemoryRegion(_io_requestBody, this, _root);
                        break;
                    }
                    case CLOSE_CRYPTO_SESSION: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new U64Payload(_io_requestBody, this, _root);
                        break;
                    }
                    case CREATE_CRYPTO_SESSION: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new CryptoSession(_io_requestBody, this, _root);
                        break;
                    }
                    case GET_CONFIG: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new ConfigSpace(_io_requestBody, this, _root);
                        break;
                    }
                    case GET_INFLIGHT_FD: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new InflightDescription(_io_requestBody, this, _root);
                        break;
                    }
                    case GET_SHARED_OBJECT: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new SharedObject(_io_requestBody, this, _root);
                        break;
                    }
                    case GET_VRING_BASE: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VringState(_io_requestBody, this, _root);
                        break;
                    }
                    case IOTLB_MSG: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new IotlbMessage(_io_requestBody, this, _root);
                        break;
                    }
                    case NET_SET_MTU: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new U64Payload(_io_requestBody, this, _root);
                        break;
                    }
                    case REM_MEM_REG: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new SingleMemoryRegion(_io_requestBody, this, _root);
                        break;
                    }
                    case SEND_RARP: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new RarpRequest(_io_requestBody, this, _root);
                        break;
                    }
                    case SET_CONFIG: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new ConfigSpace(_io_requestBody, this, _root);
                        break;
                    }
                    case SET_DEVICE_STATE_FD: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new DeviceStateTransfer(_io_requestBody, this, _root);
                        break;
                    }
                    case SET_FEATURES: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VirtioFeatures(_io_requestBody, this, _root);
                        break;
                    }
                    case SET_INFLIGHT_FD: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new InflightDescription(_io_requestBody, this, _root);
                        break;
                    }
                    case SET_LOG_BASE: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new LogDescription(_io_requestBody, this, _root);
                        break;
                    }
                    case SET_MEM_TABLE: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new MemoryTable(_io_requestBody, this, _root);
                        break;
                    }
                    case SET_PROTOCOL_FEATURES: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new ProtocolFeatures(_io_requestBody, this, _root);
                        break;
                    }
                    case SET_STATUS: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new DeviceStatus(_io_requestBody, this, _root);
                        break;
                    }
                    case SET_VRING_ADDR: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VringAddress(_io_requestBody, this, _root);
                        break;
                    }
                    case SET_VRING_BASE: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VringState(_io_requestBody, this, _root);
                        break;
                    }
                    case SET_VRING_CALL: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VringFile(_io_requestBody, this, _root);
                        break;
                    }
                    case SET_VRING_ENABLE: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VringState(_io_requestBody, this, _root);
                        break;
                    }
                    case SET_VRING_ENDIAN: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VringState(_io_requestBody, this, _root);
                        break;
                    }
                    case SET_VRING_ERR: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VringFile(_io_requestBody, this, _root);
                        break;
                    }
                    case SET_VRING_KICK: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VringFile(_io_requestBody, this, _root);
                        break;
                    }
                    case SET_VRING_NUM: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VringState(_io_requestBody, this, _root);
                        break;
                    }
                    case VRING_KICK: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VringState(_io_requestBody, this, _root);
                        break;
                    }
                    default: {
                        this.requestBody = this._io.readBytes(lenPayload());
                        break;
                    }
                    }
                } else {
                    this.requestBody = this._io.readBytes(lenPayload());
                }
            }
        }
        if ( ((flags().isReply()) && (lenPayload() != 0)) ) {
            {
                FrontEndRequest on = request();
                if (on != null) {
                    switch (request()) {
                    case ADD_MEM_REG: {
                        KaitaiStream _io_replyBody = this._io.substream(lenPayload());
                        this.replyBody = new SingleMemoryRegion(_io_replyBody, this, _root);
                        break;
                    }
                    case CREATE_CRYPTO_SESSION: {
                        KaitaiStream _io_replyBody = this._io.substream(lenPayload());
                        this.replyBody = new CryptoSession(_io_replyBody, this, _root);
                        break;
                    }
                    case GET_CONFIG: {
                        KaitaiStream _io_replyBody = this._io.substream(lenPayload());
                        this.replyBody = new ConfigSpace(_io_replyBody, this, _root);
                        break;
                    }
                    case GET_FEATURES: {
                        KaitaiStream _io_replyBody = this._io.substream(lenPayload());
                        this.replyBody = new VirtioFeatures(_io_replyBody, this, _root);
                        break;
                    }
                    case GET_INFLIGHT_FD: {
                        KaitaiStream _io_replyBody = this._io.substream(lenPayload());
                        this.replyBody = new InflightDescription(_io_replyBody, this, _root);
                        break;
                    }
                    case GET_PROTOCOL_FEATURES: {
                        KaitaiStream _io_replyBody = this._io.substream(lenPayload());
                        this.replyBody = new ProtocolFeatures(_io_replyBody, this, _root);
                        break;
                    }
                    case GET_STATUS: {
                        KaitaiStream _io_replyBody = this._io.substream(lenPayload());
                        this.replyBody = new DeviceStatus(_io_replyBody, this, _root);
                        break;
                    }
                    case GET_VRING_BASE: {
                        KaitaiStream _io_replyBody = this._io.substream(lenPayload());
                        this.replyBody = new VringState(_io_replyBody, this, _root);
                        break;
                    }
                    case REM_MEM_REG: {
                        KaitaiStream _io_replyBody = this._io.substream(lenPayload());
                        this.replyBody = new SingleMemoryRegion(_io_replyBody, this, _root);
                        break;
                    }
                    case SET_DEVICE_STATE_FD: {
                        KaitaiStream _io_replyBody = this._io.substream(lenPayload());
                        this.replyBody = new DeviceStateResult(_io_replyBody, this, _root);
                        break;
                    }
                    case SET_MEM_TABLE: {
                        KaitaiStream _io_replyBody = this._io.substream(lenPayload());
                        this.replyBody = new MemoryTable(_io_replyBody, this, _root);
                        break;
                    }
                    default: {
                        KaitaiStream _io_replyBody = this._io.substream(lenPayload());
                        this.replyBody = new U64Payload(_io_replyBody, this, _root);
                        break;
                    }
                    }
                } else {
                    KaitaiStream _io_replyBody = this._io.substream(lenPayload());
                    this.replyBody = new U64Payload(_io_replyBody, this, _root);
                }
            }
        }
    }

    public void _fetchInstances() {
        this.flags._fetchInstances();
        if ( ((!(flags().isReply())) && (lenPayload() != 0)) ) {
            {
                FrontEndRequest on = request();
                if (on != null) {
                    switch (request()) {
                    case ADD_MEM_REG: {
                        ((SingleMemoryRegion) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case CLOSE_CRYPTO_SESSION: {
                        ((U64Payload) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case CREATE_CRYPTO_SESSION: {
                        ((CryptoSession) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case GET_CONFIG: {
                        ((ConfigSpace) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case GET_INFLIGHT_FD: {
                        ((InflightDescription) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case GET_SHARED_OBJECT: {
                        ((SharedObject) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case GET_VRING_BASE: {
                        ((VringState) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case IOTLB_MSG: {
                        ((IotlbMessage) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case NET_SET_MTU: {
                        ((U64Payload) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case REM_MEM_REG: {
                        ((SingleMemoryRegion) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SEND_RARP: {
                        ((RarpRequest) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SET_CONFIG: {
                        ((ConfigSpace) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SET_DEVICE_STATE_FD: {
                        ((DeviceStateTransfer) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SET_FEATURES: {
                        ((VirtioFeatures) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SET_INFLIGHT_FD: {
                        ((InflightDescription) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SET_LOG_BASE: {
                        ((LogDescription) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SET_MEM_TABLE: {
                        ((MemoryTable) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SET_PROTOCOL_FEATURES: {
                        ((ProtocolFeatures) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SET_STATUS: {
                        ((DeviceStatus) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SET_VRING_ADDR: {
                        ((VringAddress) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SET_VRING_BASE: {
                        ((VringState) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SET_VRING_CALL: {
                        ((VringFile) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SET_VRING_ENABLE: {
                        ((VringState) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SET_VRING_ENDIAN: {
                        ((VringState) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SET_VRING_ERR: {
                        ((VringFile) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SET_VRING_KICK: {
                        ((VringFile) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SET_VRING_NUM: {
                        ((VringState) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case VRING_KICK: {
                        ((VringState) (this.requestBody))._fetchInstances();
                        break;
                    }
                    default: {
                        break;
                    }
                    }
                } else {
                }
            }
        }
        if ( ((flags().isReply()) && (lenPayload() != 0)) ) {
            {
                FrontEndRequest on = request();
                if (on != null) {
                    switch (request()) {
                    case ADD_MEM_REG: {
                        ((SingleMemoryRegion) (this.replyBody))._fetchInstances();
                        break;
                    }
                    case CREATE_CRYPTO_SESSION: {
                        ((CryptoSession) (this.replyBody))._fetchInstances();
                        break;
                    }
                    case GET_CONFIG: {
                        ((ConfigSpace) (this.replyBody))._fetchInstances();
                        break;
                    }
                    case GET_FEATURES: {
                        ((VirtioFeatures) (this.replyBody))._fetchInstances();
                        break;
                    }
                    case GET_INFLIGHT_FD: {
                        ((InflightDescription) (this.replyBody))._fetchInstances();
                        break;
                    }
                    case GET_PROTOCOL_FEATURES: {
                        ((ProtocolFeatures) (this.replyBody))._fetchInstances();
                        break;
                    }
                    case GET_STATUS: {
                        ((DeviceStatus) (this.replyBody))._fetchInstances();
                        break;
                    }
                    case GET_VRING_BASE: {
                        ((VringState) (this.replyBody))._fetchInstances();
                        break;
                    }
                    case REM_MEM_REG: {
                        ((SingleMemoryRegion) (this.replyBody))._fetchInstances();
                        break;
                    }
                    case SET_DEVICE_STATE_FD: {
                        ((DeviceStateResult) (this.replyBody))._fetchInstances();
                        break;
                    }
                    case SET_MEM_TABLE: {
                        ((MemoryTable) (this.replyBody))._fetchInstances();
                        break;
                    }
                    default: {
                        ((U64Payload) (this.replyBody))._fetchInstances();
                        break;
                    }
                    }
                } else {
                    ((U64Payload) (this.replyBody))._fetchInstances();
                }
            }
        }
    }

    /**
     * GET_CONFIG and SET_CONFIG (CONFIG protocol feature): a window of the
     * virtio device's configuration space, at most 256 bytes. A GET_CONFIG
     * request carries `len_config` placeholder bytes; the reply carries the
     * contents (or no payload at all on error).
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#virtio-device-config-space">Source</a>
     */
    public static class ConfigSpace extends KaitaiStruct {
        public static ConfigSpace fromFile(String fileName) throws IOException {
            return new ConfigSpace(new ByteBufferKaitaiStream(fileName));
        }

        public ConfigSpace(KaitaiStream _io) {
            this(_io, null, null);
        }

        public ConfigSpace(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public ConfigSpace(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.ofsConfig = this._io.readU4le();
            this.lenConfig = this._io.readU4le();
            this.flags = VhostUser.ConfigFlags.byId(this._io.readU4le());
            this.contents = this._io.readBytesFull();
        }

        public void _fetchInstances() {
        }
        private long ofsConfig;
        private long lenConfig;
        private ConfigFlags flags;
        private byte[] contents;
        private VhostUser _root;
        private VhostUser _parent;

        /**
         * Offset in the configuration space.
         */
        public long ofsConfig() { return ofsConfig; }

        /**
         * Number of bytes.
         */
        public long lenConfig() { return lenConfig; }

        /**
         * Why the front-end writes.
         */
        public ConfigFlags flags() { return flags; }

        /**
         * The bytes (normally `len_config` of them).
         */
        public byte[] contents() { return contents; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
    }

    /**
     * Asymmetric (akcipher) session - algorithm, key type and the key.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types">Source</a>
     */
    public static class CryptoAsymSession extends KaitaiStruct {
        public static CryptoAsymSession fromFile(String fileName) throws IOException {
            return new CryptoAsymSession(new ByteBufferKaitaiStream(fileName));
        }

        public CryptoAsymSession(KaitaiStream _io) {
            this(_io, null, null);
        }

        public CryptoAsymSession(KaitaiStream _io, VhostUser.CryptoSession _parent) {
            this(_io, _parent, null);
        }

        public CryptoAsymSession(KaitaiStream _io, VhostUser.CryptoSession _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.algo = this._io.readU4le();
            this.keyType = this._io.readU4le();
            this.lenKey = this._io.readU4le();
            this.padding = this._io.readBytes(4);
            this.keyPtr = this._io.readU8le();
            this.rsaPaddingAlgo = this._io.readU4le();
            this.rsaHashAlgo = this._io.readU4le();
            this.key = this._io.readBytes(1024);
        }

        public void _fetchInstances() {
        }
        private long algo;
        private long keyType;
        private long lenKey;
        private byte[] padding;
        private long keyPtr;
        private long rsaPaddingAlgo;
        private long rsaHashAlgo;
        private byte[] key;
        private VhostUser _root;
        private VhostUser.CryptoSession _parent;

        /**
         * Algorithm (RSA, ECDSA; virtio-crypto numbering).
         */
        public long algo() { return algo; }

        /**
         * Public or private key.
         */
        public long keyType() { return keyType; }

        /**
         * Key length.
         */
        public long lenKey() { return lenKey; }

        /**
         * Alignment.
         */
        public byte[] padding() { return padding; }

        /**
         * The front-end's pointer to the key (meaningless to the back-end).
         */
        public long keyPtr() { return keyPtr; }

        /**
         * RSA padding algorithm.
         */
        public long rsaPaddingAlgo() { return rsaPaddingAlgo; }

        /**
         * RSA hash algorithm.
         */
        public long rsaHashAlgo() { return rsaHashAlgo; }

        /**
         * The key, `len_key` bytes used.
         */
        public byte[] key() { return key; }
        public VhostUser _root() { return _root; }
        public VhostUser.CryptoSession _parent() { return _parent; }
    }

    /**
     * CREATE_CRYPTO_SESSION request and reply (CRYPTO_SESSION): the
     * operation, the session parameters and keys (symmetric or asymmetric,
     * by `op_code`), and the session id the back-end returns (negative on
     * failure). The session parameters copy QEMU's in-memory structures,
     * host pointers included, so the layout is that of a 64-bit host.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types">Source</a>
     */
    public static class CryptoSession extends KaitaiStruct {
        public static CryptoSession fromFile(String fileName) throws IOException {
            return new CryptoSession(new ByteBufferKaitaiStream(fileName));
        }

        public CryptoSession(KaitaiStream _io) {
            this(_io, null, null);
        }

        public CryptoSession(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public CryptoSession(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.opCode = VhostUser.CryptoOp.byId(this._io.readU8le());
            {
                CryptoOp on = opCode();
                if (on != null) {
                    switch (opCode()) {
                    case AKCIPHER_CREATE_SESSION: {
                        KaitaiStream _io_session = this._io.substream(1056);
                        this.session = new CryptoAsymSession(_io_session, this, _root);
                        break;
                    }
                    default: {
                        KaitaiStream _io_session = this._io.substream(1056);
                        this.session = new CryptoSymSession(_io_session, this, _root);
                        break;
                    }
                    }
                } else {
                    KaitaiStream _io_session = this._io.substream(1056);
                    this.session = new CryptoSymSession(_io_session, this, _root);
                }
            }
            this.sessionId = this._io.readS8le();
        }

        public void _fetchInstances() {
            {
                CryptoOp on = opCode();
                if (on != null) {
                    switch (opCode()) {
                    case AKCIPHER_CREATE_SESSION: {
                        ((CryptoAsymSession) (this.session))._fetchInstances();
                        break;
                    }
                    default: {
                        ((CryptoSymSession) (this.session))._fetchInstances();
                        break;
                    }
                    }
                } else {
                    ((CryptoSymSession) (this.session))._fetchInstances();
                }
            }
        }
        private CryptoOp opCode;
        private KaitaiStruct session;
        private long sessionId;
        private VhostUser _root;
        private VhostUser _parent;

        /**
         * Which kind of session (virtio-crypto create-session opcode).
         */
        public CryptoOp opCode() { return opCode; }

        /**
         * Session parameters and keys.
         */
        public KaitaiStruct session() { return session; }

        /**
         * The session id (reply), negative on failure.
         */
        public long sessionId() { return sessionId; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
    }

    /**
     * Symmetric session - cipher and hash parameters, then the keys.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types">Source</a>
     */
    public static class CryptoSymSession extends KaitaiStruct {
        public static CryptoSymSession fromFile(String fileName) throws IOException {
            return new CryptoSymSession(new ByteBufferKaitaiStream(fileName));
        }

        public CryptoSymSession(KaitaiStream _io) {
            this(_io, null, null);
        }

        public CryptoSymSession(KaitaiStream _io, VhostUser.CryptoSession _parent) {
            this(_io, _parent, null);
        }

        public CryptoSymSession(KaitaiStream _io, VhostUser.CryptoSession _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
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

        public void _fetchInstances() {
        }
        private long cipherAlg;
        private long lenCipherKey;
        private long hashAlg;
        private long lenHashResult;
        private long lenAuthKey;
        private long lenAdd;
        private int opType;
        private int direction;
        private int hashMode;
        private int algChainOrder;
        private byte[] padding;
        private long cipherKeyPtr;
        private long authKeyPtr;
        private byte[] cipherKey;
        private byte[] authKey;
        private VhostUser _root;
        private VhostUser.CryptoSession _parent;

        /**
         * Cipher algorithm (virtio-crypto numbering).
         */
        public long cipherAlg() { return cipherAlg; }

        /**
         * Length of the cipher key.
         */
        public long lenCipherKey() { return lenCipherKey; }

        /**
         * Hash or MAC algorithm.
         */
        public long hashAlg() { return hashAlg; }

        /**
         * Length of the hash result.
         */
        public long lenHashResult() { return lenHashResult; }

        /**
         * Length of the MAC key.
         */
        public long lenAuthKey() { return lenAuthKey; }

        /**
         * Length of additional authenticated data.
         */
        public long lenAdd() { return lenAdd; }

        /**
         * Cipher only, or chained with a hash.
         */
        public int opType() { return opType; }

        /**
         * Encrypt or decrypt.
         */
        public int direction() { return direction; }

        /**
         * Plain, auth or nested hash.
         */
        public int hashMode() { return hashMode; }

        /**
         * Cipher then hash, or hash then cipher.
         */
        public int algChainOrder() { return algChainOrder; }

        /**
         * Alignment.
         */
        public byte[] padding() { return padding; }

        /**
         * The front-end's pointer to the cipher key (meaningless to the back-end).
         */
        public long cipherKeyPtr() { return cipherKeyPtr; }

        /**
         * The front-end's pointer to the MAC key (meaningless to the back-end).
         */
        public long authKeyPtr() { return authKeyPtr; }

        /**
         * Cipher key, `len_cipher_key` bytes used.
         */
        public byte[] cipherKey() { return cipherKey; }

        /**
         * MAC key, `len_auth_key` bytes used.
         */
        public byte[] authKey() { return authKey; }
        public VhostUser _root() { return _root; }
        public VhostUser.CryptoSession _parent() { return _parent; }
    }

    /**
     * SET_DEVICE_STATE_FD reply: an error code in the low byte and, in bit
     * 8, whether the back-end sent no file descriptor (then the front-end
     * keeps its own channel).
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types">Source</a>
     */
    public static class DeviceStateResult extends KaitaiStruct {
        public static DeviceStateResult fromFile(String fileName) throws IOException {
            return new DeviceStateResult(new ByteBufferKaitaiStream(fileName));
        }

        public DeviceStateResult(KaitaiStream _io) {
            this(_io, null, null);
        }

        public DeviceStateResult(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public DeviceStateResult(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.error = this._io.readBitsIntLe(8);
            this.noFd = this._io.readBitsIntLe(1) != 0;
            this.reservedLo = this._io.readBitsIntLe(23);
            this.reservedHi = this._io.readBitsIntLe(32);
        }

        public void _fetchInstances() {
        }
        private long error;
        private boolean noFd;
        private long reservedLo;
        private long reservedHi;
        private VhostUser _root;
        private VhostUser _parent;

        /**
         * Zero on success.
         */
        public long error() { return error; }

        /**
         * Bit 8, no file descriptor in the reply.
         */
        public boolean noFd() { return noFd; }

        /**
         * Bits 9-31, not defined.
         */
        public long reservedLo() { return reservedLo; }

        /**
         * Bits 32-63, not defined.
         */
        public long reservedHi() { return reservedHi; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
    }

    /**
     * SET_DEVICE_STATE_FD request - which way the back-end state moves, and when.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#device-state-transfer-parameters">Source</a>
     */
    public static class DeviceStateTransfer extends KaitaiStruct {
        public static DeviceStateTransfer fromFile(String fileName) throws IOException {
            return new DeviceStateTransfer(new ByteBufferKaitaiStream(fileName));
        }

        public DeviceStateTransfer(KaitaiStream _io) {
            this(_io, null, null);
        }

        public DeviceStateTransfer(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public DeviceStateTransfer(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.direction = VhostUser.TransferDirection.byId(this._io.readU4le());
            this.phase = VhostUser.MigrationPhase.byId(this._io.readU4le());
        }

        public void _fetchInstances() {
        }
        private TransferDirection direction;
        private MigrationPhase phase;
        private VhostUser _root;
        private VhostUser _parent;

        /**
         * Save (back-end to front-end) or load.
         */
        public TransferDirection direction() { return direction; }

        /**
         * Migration phase.
         */
        public MigrationPhase phase() { return phase; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
    }

    /**
     * The virtio device status byte (SET/GET_STATUS), in a u64.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types">Source</a>
     * @see "Virtio 1.2, section 2.1 "Device Status Field""
     */
    public static class DeviceStatus extends KaitaiStruct {
        public static DeviceStatus fromFile(String fileName) throws IOException {
            return new DeviceStatus(new ByteBufferKaitaiStream(fileName));
        }

        public DeviceStatus(KaitaiStream _io) {
            this(_io, null, null);
        }

        public DeviceStatus(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public DeviceStatus(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
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

        public void _fetchInstances() {
        }
        private boolean acknowledge;
        private boolean driver;
        private boolean driverOk;
        private boolean featuresOk;
        private long reservedBit4;
        private boolean deviceNeedsReset;
        private boolean failed;
        private long reservedLo;
        private long reservedHi;
        private VhostUser _root;
        private VhostUser _parent;

        /**
         * Bit 0, the guest found the device.
         */
        public boolean acknowledge() { return acknowledge; }

        /**
         * Bit 1, the guest has a driver for it.
         */
        public boolean driver() { return driver; }

        /**
         * Bit 2, the driver is ready; the device is live.
         */
        public boolean driverOk() { return driverOk; }

        /**
         * Bit 3, feature negotiation is complete.
         */
        public boolean featuresOk() { return featuresOk; }

        /**
         * Bits 4-5, not defined.
         */
        public long reservedBit4() { return reservedBit4; }

        /**
         * Bit 6, the device hit an error it cannot recover from.
         */
        public boolean deviceNeedsReset() { return deviceNeedsReset; }

        /**
         * Bit 7, the driver gave up on the device.
         */
        public boolean failed() { return failed; }

        /**
         * Bits 8-31, not defined.
         */
        public long reservedLo() { return reservedLo; }

        /**
         * Bits 32-63, not defined.
         */
        public long reservedHi() { return reservedHi; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
    }

    /**
     * The 32-bit flags word of the header. Version 1 is the only version;
     * a receiver closes the connection on any other.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#header">Source</a>
     */
    public static class HeaderFlags extends KaitaiStruct {
        public static HeaderFlags fromFile(String fileName) throws IOException {
            return new HeaderFlags(new ByteBufferKaitaiStream(fileName));
        }

        public HeaderFlags(KaitaiStream _io) {
            this(_io, null, null);
        }

        public HeaderFlags(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public HeaderFlags(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.version = this._io.readBitsIntLe(2);
            this.isReply = this._io.readBitsIntLe(1) != 0;
            this.needReply = this._io.readBitsIntLe(1) != 0;
            this.reserved = this._io.readBitsIntLe(28);
        }

        public void _fetchInstances() {
        }
        private long version;
        private boolean isReply;
        private boolean needReply;
        private long reserved;
        private VhostUser _root;
        private VhostUser _parent;

        /**
         * Protocol version, 1.
         */
        public long version() { return version; }

        /**
         * Bit 2, set on every message that answers a request.
         */
        public boolean isReply() { return isReply; }

        /**
         * Bit 3, set by the sender to ask for a REPLY_ACK answer (u64, zero on success).
         */
        public boolean needReply() { return needReply; }

        /**
         * Not defined; zero.
         */
        public long reserved() { return reserved; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
    }

    /**
     * GET_INFLIGHT_FD and SET_INFLIGHT_FD (INFLIGHT_SHMFD): the shared
     * buffer in which the back-end records requests in flight so that a
     * restarted back-end can resubmit them. The C structure is padded to
     * 24 bytes.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-description">Source</a>
     */
    public static class InflightDescription extends KaitaiStruct {
        public static InflightDescription fromFile(String fileName) throws IOException {
            return new InflightDescription(new ByteBufferKaitaiStream(fileName));
        }

        public InflightDescription(KaitaiStream _io) {
            this(_io, null, null);
        }

        public InflightDescription(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public InflightDescription(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.mmapSize = this._io.readU8le();
            this.mmapOffset = this._io.readU8le();
            this.numQueues = this._io.readU2le();
            this.queueSize = this._io.readU2le();
            this.padding = this._io.readBytesFull();
        }

        public void _fetchInstances() {
        }
        private long mmapSize;
        private long mmapOffset;
        private int numQueues;
        private int queueSize;
        private byte[] padding;
        private VhostUser _root;
        private VhostUser _parent;

        /**
         * Size of the buffer.
         */
        public long mmapSize() { return mmapSize; }

        /**
         * Offset of the buffer in the file descriptor.
         */
        public long mmapOffset() { return mmapOffset; }

        /**
         * Number of queues the buffer covers.
         */
        public int numQueues() { return numQueues; }

        /**
         * Entries per queue.
         */
        public int queueSize() { return queueSize; }

        /**
         * Padding of the C structure (4 bytes).
         */
        public byte[] padding() { return padding; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
    }

    /**
     * An IOTLB entry update, invalidation, miss or access failure
     * (ACCESS_PLATFORM). The C structure is padded to 32 bytes.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#an-iotlb-message">Source</a>
     */
    public static class IotlbMessage extends KaitaiStruct {
        public static IotlbMessage fromFile(String fileName) throws IOException {
            return new IotlbMessage(new ByteBufferKaitaiStream(fileName));
        }

        public IotlbMessage(KaitaiStream _io) {
            this(_io, null, null);
        }

        public IotlbMessage(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public IotlbMessage(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.iova = this._io.readU8le();
            this.lenIova = this._io.readU8le();
            this.userAddr = this._io.readU8le();
            this.perm = VhostUser.IotlbPerm.byId(this._io.readU1());
            this.type = VhostUser.IotlbType.byId(this._io.readU1());
            this.padding = this._io.readBytesFull();
        }

        public void _fetchInstances() {
        }
        private long iova;
        private long lenIova;
        private long userAddr;
        private IotlbPerm perm;
        private IotlbType type;
        private byte[] padding;
        private VhostUser _root;
        private VhostUser _parent;

        /**
         * I/O virtual address.
         */
        public long iova() { return iova; }

        /**
         * Size of the range.
         */
        public long lenIova() { return lenIova; }

        /**
         * User address the range maps to (updates).
         */
        public long userAddr() { return userAddr; }

        /**
         * Permissions.
         */
        public IotlbPerm perm() { return perm; }

        /**
         * What the message says.
         */
        public IotlbType type() { return type; }

        /**
         * Padding of the C structure (6 bytes).
         */
        public byte[] padding() { return padding; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
    }

    /**
     * SET_LOG_BASE: where the dirty log is in the shared memory that comes
     * with the message (LOG_SHMFD). The log is a bitmap with one bit per
     * 4 KiB page of guest-physical memory, starting at address 0.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#log-description">Source</a>
     */
    public static class LogDescription extends KaitaiStruct {
        public static LogDescription fromFile(String fileName) throws IOException {
            return new LogDescription(new ByteBufferKaitaiStream(fileName));
        }

        public LogDescription(KaitaiStream _io) {
            this(_io, null, null);
        }

        public LogDescription(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public LogDescription(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.logSize = this._io.readU8le();
            this.logOffset = this._io.readU8le();
        }

        public void _fetchInstances() {
        }
        private long logSize;
        private long logOffset;
        private VhostUser _root;
        private VhostUser _parent;

        /**
         * Size of the log in bytes.
         */
        public long logSize() { return logSize; }

        /**
         * Offset of the log in the file descriptor.
         */
        public long logOffset() { return logOffset; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
    }

    /**
     * One region of guest memory the back-end maps: `len_region` bytes at
     * guest-physical `guest_addr`, which the front-end sees at `user_addr`,
     * found `mmap_offset` bytes into the file descriptor that comes with the
     * message. With the XEN_MMAP protocol feature the description is 40
     * bytes: two more fields follow.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#memory-region-description">Source</a>
     */
    public static class MemoryRegion extends KaitaiStruct {
        public static MemoryRegion fromFile(String fileName) throws IOException {
            return new MemoryRegion(new ByteBufferKaitaiStream(fileName));
        }

        public MemoryRegion(KaitaiStream _io) {
            this(_io, null, null);
        }

        public MemoryRegion(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public MemoryRegion(KaitaiStream _io, KaitaiStruct _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.guestAddr = this._io.readU8le();
            this.lenRegion = this._io.readU8le();
            this.userAddr = this._io.readU8le();
            this.mmapOffset = this._io.readU8le();
            if (_io().size() >= 40) {
                this.xenMmapFlags = new XenMmapFlags(this._io, this, _root);
            }
            if (_io().size() >= 40) {
                this.domid = this._io.readU4le();
            }
        }

        public void _fetchInstances() {
            if (_io().size() >= 40) {
                this.xenMmapFlags._fetchInstances();
            }
            if (_io().size() >= 40) {
            }
        }
        private long guestAddr;
        private long lenRegion;
        private long userAddr;
        private long mmapOffset;
        private XenMmapFlags xenMmapFlags;
        private Long domid;
        private VhostUser _root;
        private KaitaiStruct _parent;

        /**
         * Guest-physical address of the region.
         */
        public long guestAddr() { return guestAddr; }

        /**
         * Size of the region in bytes.
         */
        public long lenRegion() { return lenRegion; }

        /**
         * Address of the region in the front-end's address space (ring addresses refer to it).
         */
        public long userAddr() { return userAddr; }

        /**
         * Offset of the region in the file descriptor.
         */
        public long mmapOffset() { return mmapOffset; }

        /**
         * Xen mapping flags (XEN_MMAP only).
         */
        public XenMmapFlags xenMmapFlags() { return xenMmapFlags; }

        /**
         * Xen domain id (XEN_MMAP only).
         */
        public Long domid() { return domid; }
        public VhostUser _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * SET_MEM_TABLE: the whole guest memory map, at most 8 regions, one file
     * descriptor per region in the same order. The message is only as long
     * as the regions it holds (8 + 32 bytes per region).
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#multiple-memory-regions-description">Source</a>
     */
    public static class MemoryTable extends KaitaiStruct {
        public static MemoryTable fromFile(String fileName) throws IOException {
            return new MemoryTable(new ByteBufferKaitaiStream(fileName));
        }

        public MemoryTable(KaitaiStream _io) {
            this(_io, null, null);
        }

        public MemoryTable(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public MemoryTable(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.numRegions = this._io.readU4le();
            this.padding = this._io.readU4le();
            this.regions = new ArrayList<MemoryRegion>();
            for (int i = 0; i < numRegions(); i++) {
                KaitaiStream _io_regions = this._io.substream(lenRegions());
                this.regions.add(new MemoryRegion(_io_regions, this, _root));
            }
        }

        public void _fetchInstances() {
            for (int i = 0; i < this.regions.size(); i++) {
                this.regions.get(((Number) (i)).intValue())._fetchInstances();
            }
        }
        private Byte lenRegions;

        /**
         * Size of one region description (40 with XEN_MMAP, else 32).
         */
        public Byte lenRegions() {
            if (this.lenRegions != null)
                return this.lenRegions;
            this.lenRegions = ((Number) (( ((numRegions() > 0) && (_io().size() - 8 >= 40 * ((Number) (numRegions())).longValue()))  ? 40 : 32))).byteValue();
            return this.lenRegions;
        }
        private long numRegions;
        private long padding;
        private List<MemoryRegion> regions;
        private VhostUser _root;
        private VhostUser _parent;

        /**
         * Number of regions.
         */
        public long numRegions() { return numRegions; }

        /**
         * Unused.
         */
        public long padding() { return padding; }

        /**
         * The regions.
         */
        public List<MemoryRegion> regions() { return regions; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
    }

    /**
     * The 64-bit protocol feature word of GET/SET_PROTOCOL_FEATURES. Each
     * bit switches on an extension of the protocol (see the enum
     * `protocol_feature`).
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#protocol-features">Source</a>
     */
    public static class ProtocolFeatures extends KaitaiStruct {
        public static ProtocolFeatures fromFile(String fileName) throws IOException {
            return new ProtocolFeatures(new ByteBufferKaitaiStream(fileName));
        }

        public ProtocolFeatures(KaitaiStream _io) {
            this(_io, null, null);
        }

        public ProtocolFeatures(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public ProtocolFeatures(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
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

        public void _fetchInstances() {
        }
        private boolean mq;
        private boolean logShmfd;
        private boolean rarp;
        private boolean replyAck;
        private boolean mtu;
        private boolean backendReq;
        private boolean crossEndian;
        private boolean cryptoSession;
        private boolean pagefault;
        private boolean config;
        private boolean backendSendFd;
        private boolean hostNotifier;
        private boolean inflightShmfd;
        private boolean resetDevice;
        private boolean inbandNotifications;
        private boolean configureMemSlots;
        private boolean status;
        private boolean xenMmap;
        private boolean sharedObject;
        private boolean deviceState;
        private long reservedLo;
        private long reservedHi;
        private VhostUser _root;
        private VhostUser _parent;

        /**
         * Bit 0, several queues; GET_QUEUE_NUM answers how many.
         */
        public boolean mq() { return mq; }

        /**
         * Bit 1, SET_LOG_BASE carries the dirty log's shared memory fd (and is answered).
         */
        public boolean logShmfd() { return logShmfd; }

        /**
         * Bit 2, SEND_RARP after migration.
         */
        public boolean rarp() { return rarp; }

        /**
         * Bit 3, any request may ask for an acknowledgement with need_reply.
         */
        public boolean replyAck() { return replyAck; }

        /**
         * Bit 4, NET_SET_MTU.
         */
        public boolean mtu() { return mtu; }

        /**
         * Bit 5, a second socket for requests from the back-end (SET_BACKEND_REQ_FD).
         */
        public boolean backendReq() { return backendReq; }

        /**
         * Bit 6, SET_VRING_ENDIAN for legacy devices of the other byte order.
         */
        public boolean crossEndian() { return crossEndian; }

        /**
         * Bit 7, CREATE/CLOSE_CRYPTO_SESSION.
         */
        public boolean cryptoSession() { return cryptoSession; }

        /**
         * Bit 8, postcopy migration with a userfaultfd.
         */
        public boolean pagefault() { return pagefault; }

        /**
         * Bit 9, GET/SET_CONFIG for the device configuration space.
         */
        public boolean config() { return config; }

        /**
         * Bit 10, back-end requests may carry file descriptors.
         */
        public boolean backendSendFd() { return backendSendFd; }

        /**
         * Bit 11, the back-end can map a notification area into the guest.
         */
        public boolean hostNotifier() { return hostNotifier; }

        /**
         * Bit 12, GET/SET_INFLIGHT_FD for in-flight request tracking.
         */
        public boolean inflightShmfd() { return inflightShmfd; }

        /**
         * Bit 13, RESET_DEVICE.
         */
        public boolean resetDevice() { return resetDevice; }

        /**
         * Bit 14, kicks and calls as messages (VRING_KICK, BACKEND_VRING_CALL) instead of eventfds.
         */
        public boolean inbandNotifications() { return inbandNotifications; }

        /**
         * Bit 15, GET_MAX_MEM_SLOTS, ADD_MEM_REG and REM_MEM_REG instead of whole tables.
         */
        public boolean configureMemSlots() { return configureMemSlots; }

        /**
         * Bit 16, SET/GET_STATUS with the virtio device status byte.
         */
        public boolean status() { return status; }

        /**
         * Bit 17, memory regions carry Xen mapping flags and a domain id.
         */
        public boolean xenMmap() { return xenMmap; }

        /**
         * Bit 18, shared objects (dma-bufs) found by UUID.
         */
        public boolean sharedObject() { return sharedObject; }

        /**
         * Bit 19, back-end state transfer for migration (SET_DEVICE_STATE_FD, CHECK_DEVICE_STATE).
         */
        public boolean deviceState() { return deviceState; }

        /**
         * Bits 20-31, not defined.
         */
        public long reservedLo() { return reservedLo; }

        /**
         * Bits 32-63, not defined.
         */
        public long reservedHi() { return reservedHi; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
    }

    /**
     * SEND_RARP - the guest's MAC address in the first six bytes of the u64.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types">Source</a>
     */
    public static class RarpRequest extends KaitaiStruct {
        public static RarpRequest fromFile(String fileName) throws IOException {
            return new RarpRequest(new ByteBufferKaitaiStream(fileName));
        }

        public RarpRequest(KaitaiStream _io) {
            this(_io, null, null);
        }

        public RarpRequest(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public RarpRequest(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.mac = this._io.readBytes(6);
            this.padding = this._io.readBytes(2);
        }

        public void _fetchInstances() {
        }
        private byte[] mac;
        private byte[] padding;
        private VhostUser _root;
        private VhostUser _parent;

        /**
         * MAC address to announce.
         */
        public byte[] mac() { return mac; }

        /**
         * Unused.
         */
        public byte[] padding() { return padding; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
    }

    /**
     * A shared object's UUID (SHARED_OBJECT): 16 bytes whose first three
     * fields are big-endian.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#vhostusershared">Source</a>
     */
    public static class SharedObject extends KaitaiStruct {
        public static SharedObject fromFile(String fileName) throws IOException {
            return new SharedObject(new ByteBufferKaitaiStream(fileName));
        }

        public SharedObject(KaitaiStream _io) {
            this(_io, null, null);
        }

        public SharedObject(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public SharedObject(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.timeLow = this._io.readU4be();
            this.timeMid = this._io.readU2be();
            this.timeHiAndVersion = this._io.readU2be();
            this.clockSeqAndNode = this._io.readBytes(8);
        }

        public void _fetchInstances() {
        }
        private long timeLow;
        private int timeMid;
        private int timeHiAndVersion;
        private byte[] clockSeqAndNode;
        private VhostUser _root;
        private VhostUser _parent;

        /**
         * First 32 bits of the UUID.
         */
        public long timeLow() { return timeLow; }

        /**
         * Next 16 bits.
         */
        public int timeMid() { return timeMid; }

        /**
         * Next 16 bits, with the UUID version.
         */
        public int timeHiAndVersion() { return timeHiAndVersion; }

        /**
         * Last 8 bytes.
         */
        public byte[] clockSeqAndNode() { return clockSeqAndNode; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
    }

    /**
     * ADD_MEM_REG and REM_MEM_REG (CONFIGURE_MEM_SLOTS): one region, after
     * 8 bytes of padding. ADD_MEM_REG comes with the region's file
     * descriptor; REM_MEM_REG names the region by guest address, user
     * address and size.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#single-memory-region-description">Source</a>
     */
    public static class SingleMemoryRegion extends KaitaiStruct {
        public static SingleMemoryRegion fromFile(String fileName) throws IOException {
            return new SingleMemoryRegion(new ByteBufferKaitaiStream(fileName));
        }

        public SingleMemoryRegion(KaitaiStream _io) {
            this(_io, null, null);
        }

        public SingleMemoryRegion(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public SingleMemoryRegion(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.padding = this._io.readU8le();
            this._raw_region = this._io.readBytesFull();
            KaitaiStream _io__raw_region = new ByteBufferKaitaiStream(this._raw_region);
            this.region = new MemoryRegion(_io__raw_region, this, _root);
        }

        public void _fetchInstances() {
            this.region._fetchInstances();
        }
        private long padding;
        private MemoryRegion region;
        private VhostUser _root;
        private VhostUser _parent;
        private byte[] _raw_region;

        /**
         * Unused.
         */
        public long padding() { return padding; }

        /**
         * The region.
         */
        public MemoryRegion region() { return region; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
        public byte[] _raw_region() { return _raw_region; }
    }

    /**
     * A single 64-bit number: a count, a value to set, or the status of a
     * REPLY_ACK answer (zero for success, anything else for failure).
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#a-single-64-bit-integer">Source</a>
     */
    public static class U64Payload extends KaitaiStruct {
        public static U64Payload fromFile(String fileName) throws IOException {
            return new U64Payload(new ByteBufferKaitaiStream(fileName));
        }

        public U64Payload(KaitaiStream _io) {
            this(_io, null, null);
        }

        public U64Payload(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public U64Payload(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.value = this._io.readU8le();
        }

        public void _fetchInstances() {
        }
        private long value;
        private VhostUser _root;
        private VhostUser _parent;

        /**
         * The number.
         */
        public long value() { return value; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
    }

    /**
     * A 64-bit virtio feature word, as GET_FEATURES returns it and
     * SET_FEATURES acknowledges it. Bits 0-23 and 50-63 belong to the
     * device type (virtio-blk, virtio-net, ...); the others are the
     * transport and ring features the protocol itself relies on. Bit 30 is
     * borrowed by vhost-user to announce protocol-feature negotiation, and
     * bit 26 by vhost to announce dirty-page logging.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#communication">Source</a>
     * @see "Virtio 1.2, section 6 "Reserved Feature Bits""
     */
    public static class VirtioFeatures extends KaitaiStruct {
        public static VirtioFeatures fromFile(String fileName) throws IOException {
            return new VirtioFeatures(new ByteBufferKaitaiStream(fileName));
        }

        public VirtioFeatures(KaitaiStream _io) {
            this(_io, null, null);
        }

        public VirtioFeatures(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public VirtioFeatures(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
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

        public void _fetchInstances() {
        }
        private long deviceBitsLo;
        private boolean notifyOnEmpty;
        private boolean reservedBit25;
        private boolean logAll;
        private boolean anyLayout;
        private boolean indirectDesc;
        private boolean eventIdx;
        private boolean protocolFeatures;
        private boolean reservedBit31;
        private boolean version1;
        private boolean accessPlatform;
        private boolean ringPacked;
        private boolean inOrder;
        private boolean orderPlatform;
        private boolean srIov;
        private boolean notificationData;
        private boolean notifConfigData;
        private boolean ringReset;
        private boolean adminVq;
        private long reservedBit42;
        private long deviceBitsHi;
        private VhostUser _root;
        private VhostUser _parent;

        /**
         * Bits 0-23, defined by the device type.
         */
        public long deviceBitsLo() { return deviceBitsLo; }

        /**
         * Bit 24, notify the driver when the available ring runs empty even if it suppressed notifications (legacy).
         */
        public boolean notifyOnEmpty() { return notifyOnEmpty; }

        /**
         * Bit 25, not used.
         */
        public boolean reservedBit25() { return reservedBit25; }

        /**
         * Bit 26, the front-end can log dirty pages; SET_FEATURES with it turns logging on.
         */
        public boolean logAll() { return logAll; }

        /**
         * Bit 27, the device accepts any split of a request into descriptors (legacy; implied by version_1).
         */
        public boolean anyLayout() { return anyLayout; }

        /**
         * Bit 28, descriptors may point at indirect descriptor tables.
         */
        public boolean indirectDesc() { return indirectDesc; }

        /**
         * Bit 29, notifications are suppressed with the used_event / avail_event indexes.
         */
        public boolean eventIdx() { return eventIdx; }

        /**
         * Bit 30, the back-end supports GET/SET_PROTOCOL_FEATURES.
         */
        public boolean protocolFeatures() { return protocolFeatures; }

        /**
         * Bit 31, not used.
         */
        public boolean reservedBit31() { return reservedBit31; }

        /**
         * Bit 32, the device follows virtio 1.0 or later (little-endian rings and config).
         */
        public boolean version1() { return version1; }

        /**
         * Bit 33, ring and buffer addresses go through an IOMMU (IOVAs, translated with IOTLB messages).
         */
        public boolean accessPlatform() { return accessPlatform; }

        /**
         * Bit 34, packed virtqueues.
         */
        public boolean ringPacked() { return ringPacked; }

        /**
         * Bit 35, buffers are used in the order they were made available.
         */
        public boolean inOrder() { return inOrder; }

        /**
         * Bit 36, memory accesses need the platform's ordering (hardware devices).
         */
        public boolean orderPlatform() { return orderPlatform; }

        /**
         * Bit 37, single-root I/O virtualization.
         */
        public boolean srIov() { return srIov; }

        /**
         * Bit 38, the driver passes extra data with its notifications.
         */
        public boolean notificationData() { return notificationData; }

        /**
         * Bit 39, the driver uses a device-provided value as notification data.
         */
        public boolean notifConfigData() { return notifConfigData; }

        /**
         * Bit 40, single queues can be reset.
         */
        public boolean ringReset() { return ringReset; }

        /**
         * Bit 41, administration virtqueues.
         */
        public boolean adminVq() { return adminVq; }

        /**
         * Bits 42-49, reserved for future extensions.
         */
        public long reservedBit42() { return reservedBit42; }

        /**
         * Bits 50-63, defined by the device type.
         */
        public long deviceBitsHi() { return deviceBitsHi; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
    }

    /**
     * Where the three parts of a split queue (or the packed ring and its two
     * event structures) are, in the front-end's virtual addresses (user
     * addresses), or I/O virtual addresses when ACCESS_PLATFORM was
     * negotiated. `log_guest_addr` is the guest-physical address of the
     * used ring, for dirty logging.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-address-description">Source</a>
     */
    public static class VringAddress extends KaitaiStruct {
        public static VringAddress fromFile(String fileName) throws IOException {
            return new VringAddress(new ByteBufferKaitaiStream(fileName));
        }

        public VringAddress(KaitaiStream _io) {
            this(_io, null, null);
        }

        public VringAddress(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public VringAddress(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.index = this._io.readU4le();
            this.flags = new VringAddressFlags(this._io, this, _root);
            this.descUserAddr = this._io.readU8le();
            this.usedUserAddr = this._io.readU8le();
            this.availUserAddr = this._io.readU8le();
            this.logGuestAddr = this._io.readU8le();
        }

        public void _fetchInstances() {
            this.flags._fetchInstances();
        }
        private long index;
        private VringAddressFlags flags;
        private long descUserAddr;
        private long usedUserAddr;
        private long availUserAddr;
        private long logGuestAddr;
        private VhostUser _root;
        private VhostUser _parent;

        /**
         * Queue index.
         */
        public long index() { return index; }

        /**
         * Per-ring flags.
         */
        public VringAddressFlags flags() { return flags; }

        /**
         * Address of the descriptor table.
         */
        public long descUserAddr() { return descUserAddr; }

        /**
         * Address of the used ring.
         */
        public long usedUserAddr() { return usedUserAddr; }

        /**
         * Address of the available ring.
         */
        public long availUserAddr() { return availUserAddr; }

        /**
         * Guest-physical address of the used ring, where its writes are logged.
         */
        public long logGuestAddr() { return logGuestAddr; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
    }

    /**
     * The 32-bit flags of a ring address.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#migration">Source</a>
     */
    public static class VringAddressFlags extends KaitaiStruct {
        public static VringAddressFlags fromFile(String fileName) throws IOException {
            return new VringAddressFlags(new ByteBufferKaitaiStream(fileName));
        }

        public VringAddressFlags(KaitaiStream _io) {
            this(_io, null, null);
        }

        public VringAddressFlags(KaitaiStream _io, VhostUser.VringAddress _parent) {
            this(_io, _parent, null);
        }

        public VringAddressFlags(KaitaiStream _io, VhostUser.VringAddress _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.log = this._io.readBitsIntLe(1) != 0;
            this.reserved = this._io.readBitsIntLe(31);
        }

        public void _fetchInstances() {
        }
        private boolean log;
        private long reserved;
        private VhostUser _root;
        private VhostUser.VringAddress _parent;

        /**
         * Bit 0, log writes to this ring's used ring in the dirty log.
         */
        public boolean log() { return log; }

        /**
         * Not defined; zero.
         */
        public long reserved() { return reserved; }
        public VhostUser _root() { return _root; }
        public VhostUser.VringAddress _parent() { return _parent; }
    }

    /**
     * BACKEND_VRING_HOST_NOTIFIER_MSG: a page of the file descriptor sent
     * with the message that the front-end maps into the guest as a queue's
     * notification area.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#vring-area-description">Source</a>
     */
    public static class VringArea extends KaitaiStruct {
        public static VringArea fromFile(String fileName) throws IOException {
            return new VringArea(new ByteBufferKaitaiStream(fileName));
        }

        public VringArea(KaitaiStream _io) {
            this(_io, null, null);
        }

        public VringArea(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public VringArea(KaitaiStream _io, KaitaiStruct _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.queue = new VringFile(this._io, this, _root);
            this.lenArea = this._io.readU8le();
            this.ofsArea = this._io.readU8le();
        }

        public void _fetchInstances() {
            this.queue._fetchInstances();
        }
        private VringFile queue;
        private long lenArea;
        private long ofsArea;
        private VhostUser _root;
        private KaitaiStruct _parent;

        /**
         * Queue index and the no-fd bit (no fd - remove the area).
         */
        public VringFile queue() { return queue; }

        /**
         * Size of the area (one host page).
         */
        public long lenArea() { return lenArea; }

        /**
         * Offset of the area in the file descriptor.
         */
        public long ofsArea() { return ofsArea; }
        public VhostUser _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * The u64 payload of SET_VRING_KICK, SET_VRING_CALL and SET_VRING_ERR
     * (and the u64 of a host-notifier area): the queue index in the low byte
     * and, in bit 8, whether no file descriptor comes with the message (the
     * back-end then polls instead of waiting for kicks, or the front-end
     * polls for used buffers).
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types">Source</a>
     */
    public static class VringFile extends KaitaiStruct {
        public static VringFile fromFile(String fileName) throws IOException {
            return new VringFile(new ByteBufferKaitaiStream(fileName));
        }

        public VringFile(KaitaiStream _io) {
            this(_io, null, null);
        }

        public VringFile(KaitaiStream _io, KaitaiStruct _parent) {
            this(_io, _parent, null);
        }

        public VringFile(KaitaiStream _io, KaitaiStruct _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.index = this._io.readBitsIntLe(8);
            this.noFd = this._io.readBitsIntLe(1) != 0;
            this.reservedLo = this._io.readBitsIntLe(23);
            this.reservedHi = this._io.readBitsIntLe(32);
        }

        public void _fetchInstances() {
        }
        private long index;
        private boolean noFd;
        private long reservedLo;
        private long reservedHi;
        private VhostUser _root;
        private KaitaiStruct _parent;

        /**
         * Queue index (bits 0-7).
         */
        public long index() { return index; }

        /**
         * Bit 8, no file descriptor is attached.
         */
        public boolean noFd() { return noFd; }

        /**
         * Bits 9-31, not defined.
         */
        public long reservedLo() { return reservedLo; }

        /**
         * Bits 32-63, not defined.
         */
        public long reservedHi() { return reservedHi; }
        public VhostUser _root() { return _root; }
        public KaitaiStruct _parent() { return _parent; }
    }

    /**
     * A queue index and a number. The number is the queue size
     * (SET_VRING_NUM), 1 or 0 (SET_VRING_ENABLE), 0 or 1 for little- or
     * big-endian (SET_VRING_ENDIAN), zero (GET_VRING_BASE request,
     * VRING_KICK), or the next available-ring index (SET/GET_VRING_BASE).
     * For packed virtqueues the base packs two 15-bit indexes and their wrap
     * counters into the number; the instances unpack them.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-state-description">Source</a>
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-descriptor-index-for-split-virtqueues">Source</a>
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#vring-descriptor-indices-for-packed-virtqueues">Source</a>
     */
    public static class VringState extends KaitaiStruct {
        public static VringState fromFile(String fileName) throws IOException {
            return new VringState(new ByteBufferKaitaiStream(fileName));
        }

        public VringState(KaitaiStream _io) {
            this(_io, null, null);
        }

        public VringState(KaitaiStream _io, VhostUser _parent) {
            this(_io, _parent, null);
        }

        public VringState(KaitaiStream _io, VhostUser _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.index = this._io.readU4le();
            this.num = this._io.readU4le();
        }

        public void _fetchInstances() {
        }
        private Integer packedAvailIndex;

        /**
         * Packed queues, base messages - the next descriptor-ring entry to process (bits 0-14).
         */
        public Integer packedAvailIndex() {
            if (this.packedAvailIndex != null)
                return this.packedAvailIndex;
            this.packedAvailIndex = ((Number) (KaitaiStream.mod(num(), 32768))).intValue();
            return this.packedAvailIndex;
        }
        private Integer packedAvailWrap;

        /**
         * Packed queues - the driver ring wrap counter (bit 15).
         */
        public Integer packedAvailWrap() {
            if (this.packedAvailWrap != null)
                return this.packedAvailWrap;
            this.packedAvailWrap = ((Number) (KaitaiStream.mod(num() / 32768, 2))).intValue();
            return this.packedAvailWrap;
        }
        private Integer packedUsedIndex;

        /**
         * Packed queues - where the back-end places the next used descriptor (bits 16-30).
         */
        public Integer packedUsedIndex() {
            if (this.packedUsedIndex != null)
                return this.packedUsedIndex;
            this.packedUsedIndex = ((Number) (KaitaiStream.mod(num() / 65536, 32768))).intValue();
            return this.packedUsedIndex;
        }
        private Integer packedUsedWrap;

        /**
         * Packed queues - the device ring wrap counter (bit 31).
         */
        public Integer packedUsedWrap() {
            if (this.packedUsedWrap != null)
                return this.packedUsedWrap;
            this.packedUsedWrap = ((Number) (num() / 2147483648L)).intValue();
            return this.packedUsedWrap;
        }
        private Integer splitAvailIndex;

        /**
         * Split queues, base messages - the free-running index of the next available-ring entry to process (bits 0-15).
         */
        public Integer splitAvailIndex() {
            if (this.splitAvailIndex != null)
                return this.splitAvailIndex;
            this.splitAvailIndex = ((Number) (KaitaiStream.mod(num(), 65536))).intValue();
            return this.splitAvailIndex;
        }
        private long index;
        private long num;
        private VhostUser _root;
        private VhostUser _parent;

        /**
         * Queue index.
         */
        public long index() { return index; }

        /**
         * The number (see the type's description).
         */
        public long num() { return num; }
        public VhostUser _root() { return _root; }
        public VhostUser _parent() { return _parent; }
    }

    /**
     * How a Xen back-end maps a region.
     * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#memory-region-description">Source</a>
     */
    public static class XenMmapFlags extends KaitaiStruct {
        public static XenMmapFlags fromFile(String fileName) throws IOException {
            return new XenMmapFlags(new ByteBufferKaitaiStream(fileName));
        }

        public XenMmapFlags(KaitaiStream _io) {
            this(_io, null, null);
        }

        public XenMmapFlags(KaitaiStream _io, VhostUser.MemoryRegion _parent) {
            this(_io, _parent, null);
        }

        public XenMmapFlags(KaitaiStream _io, VhostUser.MemoryRegion _parent, VhostUser _root) {
            super(_io);
            this._parent = _parent;
            this._root = _root;
            _read();
        }
        private void _read() {
            this.foreign = this._io.readBitsIntLe(1) != 0;
            this.grant = this._io.readBitsIntLe(1) != 0;
            this.reservedBit2 = this._io.readBitsIntLe(6);
            this.mapOnDemand = this._io.readBitsIntLe(1) != 0;
            this.reservedBit9 = this._io.readBitsIntLe(23);
        }

        public void _fetchInstances() {
        }
        private boolean foreign;
        private boolean grant;
        private long reservedBit2;
        private boolean mapOnDemand;
        private long reservedBit9;
        private VhostUser _root;
        private VhostUser.MemoryRegion _parent;

        /**
         * Bit 0, map with Xen foreign memory mapping.
         */
        public boolean foreign() { return foreign; }

        /**
         * Bit 1, map with Xen grants.
         */
        public boolean grant() { return grant; }

        /**
         * Bits 2-7, not defined.
         */
        public long reservedBit2() { return reservedBit2; }

        /**
         * Bit 8, map only the parts in use, when needed, never the whole region at once.
         */
        public boolean mapOnDemand() { return mapOnDemand; }

        /**
         * Bits 9-31, not defined.
         */
        public long reservedBit9() { return reservedBit9; }
        public VhostUser _root() { return _root; }
        public VhostUser.MemoryRegion _parent() { return _parent; }
    }
    private FrontEndRequest request;
    private HeaderFlags flags;
    private long lenPayload;
    private Object requestBody;
    private KaitaiStruct replyBody;
    private VhostUser _root;
    private KaitaiStruct _parent;

    /**
     * Which request this is (a reply repeats the id of the request it answers).
     */
    public FrontEndRequest request() { return request; }

    /**
     * Version, reply and need-reply bits.
     */
    public HeaderFlags flags() { return flags; }

    /**
     * Number of payload bytes after the header.
     */
    public long lenPayload() { return lenPayload; }

    /**
     * The payload of a request (absent when the request has none). Requests
     * this spec does not know keep their payload as raw bytes.
     */
    public Object requestBody() { return requestBody; }

    /**
     * The payload of a reply. Replies that carry a plain number (queue
     * count, memory slots, the REPLY_ACK status, error codes) are a
     * `u64_payload`; a GET_CONFIG reply with no payload reports an error.
     */
    public KaitaiStruct replyBody() { return replyBody; }
    public VhostUser _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
