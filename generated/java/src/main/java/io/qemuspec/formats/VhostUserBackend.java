// This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild

package io.qemuspec.formats;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStruct;
import io.kaitai.struct.KaitaiStream;
import java.io.IOException;
import java.util.Map;
import java.util.HashMap;


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
 * @see <a href="https://www.qemu.org/docs/master/interop/vhost-user.html#back-end-communication">Source</a>
 */
public class VhostUserBackend extends KaitaiStruct {
    public static VhostUserBackend fromFile(String fileName) throws IOException {
        return new VhostUserBackend(new ByteBufferKaitaiStream(fileName));
    }

    public enum BackendRequest {
        IOTLB_MSG(1),
        CONFIG_CHANGE_MSG(2),
        VRING_HOST_NOTIFIER_MSG(3),
        VRING_CALL(4),
        VRING_ERR(5),
        SHARED_OBJECT_ADD(6),
        SHARED_OBJECT_REMOVE(7),
        SHARED_OBJECT_LOOKUP(8);

        private final long id;
        BackendRequest(long id) { this.id = id; }
        public long id() { return id; }
        private static final Map<Long, BackendRequest> byId = new HashMap<Long, BackendRequest>(8);
        static {
            for (BackendRequest e : BackendRequest.values())
                byId.put(e.id(), e);
        }
        public static BackendRequest byId(long id) { return byId.get(id); }
    }

    public VhostUserBackend(KaitaiStream _io) {
        this(_io, null, null);
    }

    public VhostUserBackend(KaitaiStream _io, KaitaiStruct _parent) {
        this(_io, _parent, null);
    }

    public VhostUserBackend(KaitaiStream _io, KaitaiStruct _parent, VhostUserBackend _root) {
        super(_io);
        this._parent = _parent;
        this._root = _root == null ? this : _root;
        _read();
    }
    private void _read() {
        this.request = BackendRequest.byId(this._io.readU4le());
        this.flags = new VhostUser.HeaderFlags(this._io);
        this.lenPayload = this._io.readU4le();
        if ( ((!(flags().isReply())) && (lenPayload() != 0)) ) {
            {
                BackendRequest on = request();
                if (on != null) {
                    switch (request()) {
                    case IOTLB_MSG: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VhostUser.IotlbMessage(_io_requestBody);
                        break;
                    }
                    case SHARED_OBJECT_ADD: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VhostUser.SharedObject(_io_requestBody);
                        break;
                    }
                    case SHARED_OBJECT_LOOKUP: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VhostUser.SharedObject(_io_requestBody);
                        break;
                    }
                    case SHARED_OBJECT_REMOVE: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VhostUser.SharedObject(_io_requestBody);
                        break;
                    }
                    case VRING_CALL: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VhostUser.VringState(_io_requestBody);
                        break;
                    }
                    case VRING_ERR: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VhostUser.VringState(_io_requestBody);
                        break;
                    }
                    case VRING_HOST_NOTIFIER_MSG: {
                        KaitaiStream _io_requestBody = this._io.substream(lenPayload());
                        this.requestBody = new VhostUser.VringArea(_io_requestBody);
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
                BackendRequest on = request();
                if (on != null) {
                    KaitaiStream _io_replyBody = this._io.substream(lenPayload());
                    this.replyBody = new VhostUser.U64Payload(_io_replyBody);
                } else {
                    KaitaiStream _io_replyBody = this._io.substream(lenPayload());
                    this.replyBody = new VhostUser.U64Payload(_io_replyBody);
                }
            }
        }
    }

    public void _fetchInstances() {
        this.flags._fetchInstances();
        if ( ((!(flags().isReply())) && (lenPayload() != 0)) ) {
            {
                BackendRequest on = request();
                if (on != null) {
                    switch (request()) {
                    case IOTLB_MSG: {
                        ((VhostUser.IotlbMessage) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SHARED_OBJECT_ADD: {
                        ((VhostUser.SharedObject) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SHARED_OBJECT_LOOKUP: {
                        ((VhostUser.SharedObject) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case SHARED_OBJECT_REMOVE: {
                        ((VhostUser.SharedObject) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case VRING_CALL: {
                        ((VhostUser.VringState) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case VRING_ERR: {
                        ((VhostUser.VringState) (this.requestBody))._fetchInstances();
                        break;
                    }
                    case VRING_HOST_NOTIFIER_MSG: {
                        ((VhostUser.VringArea) (this.requestBody))._fetchInstances();
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
                BackendRequest on = request();
                if (on != null) {
                    this.replyBody._fetchInstances();
                } else {
                    this.replyBody._fetchInstances();
                }
            }
        }
    }
    private BackendRequest request;
    private VhostUser.HeaderFlags flags;
    private long lenPayload;
    private Object requestBody;
    private VhostUser.U64Payload replyBody;
    private VhostUserBackend _root;
    private KaitaiStruct _parent;

    /**
     * Which request this is (a reply repeats the id of the request it answers).
     */
    public BackendRequest request() { return request; }

    /**
     * Version, reply and need-reply bits.
     */
    public VhostUser.HeaderFlags flags() { return flags; }

    /**
     * Number of payload bytes after the header.
     */
    public long lenPayload() { return lenPayload; }

    /**
     * The payload of a back-end request (absent when it has none).
     */
    public Object requestBody() { return requestBody; }

    /**
     * The front-end's answer, zero for success.
     */
    public VhostUser.U64Payload replyBody() { return replyBody; }
    public VhostUserBackend _root() { return _root; }
    public KaitaiStruct _parent() { return _parent; }
}
