# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class VhostUser(ReadWriteKaitaiStruct):
    """vhost-user lets a virtio device live in another process. The front-end
    (QEMU) owns the virtqueues and the guest memory; the back-end (a storage
    daemon, a software switch) processes the queues. The two talk over a
    UNIX stream socket: the front-end sends requests, the back-end answers
    some of them. File descriptors (guest memory, eventfds, sockets) travel
    next to a message as SCM_RIGHTS ancillary data, never inside it.
    
    Every message is a 12-byte header (request id, flags, payload size)
    followed by `len_payload` bytes of payload. Numbers are in the byte order
    of the host both processes run on; this spec reads them little-endian (x86,
    Arm, RISC-V hosts).
    
    This spec reads one message of the main channel, in either direction. The
    header's reply bit says whether it is a front-end request or a back-end
    reply, and the request id picks the payload layout. The back-end's own
    channel (`vhost_user_backend`) reuses the header flags and the payloads
    defined here.
    
    Each value of `front_end_request` also says, in the custom keys `-fds`
    and `-reply`, how many file descriptors the request carries and when the
    back-end answers it:
    
    | `-fds` | meaning |
    |---|---|
    | none | no descriptor |
    | one | exactly one |
    | one_unless_no_fd | one, or none when the payload's `no_fd` bit is set |
    | one_per_region | one per memory region of the payload, in the same order |
    | one_if_log_shmfd | one when the LOG_SHMFD protocol feature was negotiated, else none |
    | none_or_one_ignored | none; a back-end may accept one and must close it unused |
    
    | `-reply` | meaning |
    |---|---|
    | always | the back-end always replies (the reply payload is in `reply_body`) |
    | with_log_shmfd | the back-end replies when LOG_SHMFD was negotiated |
    | ack | the back-end replies (a u64, zero for success) only when the request has `need_reply` set, which a front-end does only after negotiating REPLY_ACK |
    | ack_or_postcopy | as ack; after POSTCOPY_LISTEN the back-end replies with the regions it mapped instead |
    
    `-reply-fds` names the descriptors a reply carries, when it can carry any.
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/interop/vhost-user.html#message-specification
    """

    class ConfigFlags(IntEnum):
        writable = 0
        live_migration = 1

    class CryptoOp(IntEnum):
        cipher_create_session = 2
        hash_create_session = 258
        mac_create_session = 514
        aead_create_session = 770
        akcipher_create_session = 1026

    class FrontEndRequest(IntEnum):
        get_features = 1
        set_features = 2
        set_owner = 3
        reset_owner = 4
        set_mem_table = 5
        set_log_base = 6
        set_log_fd = 7
        set_vring_num = 8
        set_vring_addr = 9
        set_vring_base = 10
        get_vring_base = 11
        set_vring_kick = 12
        set_vring_call = 13
        set_vring_err = 14
        get_protocol_features = 15
        set_protocol_features = 16
        get_queue_num = 17
        set_vring_enable = 18
        send_rarp = 19
        net_set_mtu = 20
        set_backend_req_fd = 21
        iotlb_msg = 22
        set_vring_endian = 23
        get_config = 24
        set_config = 25
        create_crypto_session = 26
        close_crypto_session = 27
        postcopy_advise = 28
        postcopy_listen = 29
        postcopy_end = 30
        get_inflight_fd = 31
        set_inflight_fd = 32
        gpu_set_socket = 33
        reset_device = 34
        vring_kick = 35
        get_max_mem_slots = 36
        add_mem_reg = 37
        rem_mem_reg = 38
        set_status = 39
        get_status = 40
        get_shared_object = 41
        set_device_state_fd = 42
        check_device_state = 43

    class IotlbPerm(IntEnum):
        none = 0
        read = 1
        write = 2
        read_write = 3

    class IotlbType(IntEnum):
        miss = 1
        update = 2
        invalidate = 3
        access_fail = 4

    class MigrationPhase(IntEnum):
        stopped = 0

    class ProtocolFeature(IntEnum):
        mq = 0
        log_shmfd = 1
        rarp = 2
        reply_ack = 3
        mtu = 4
        backend_req = 5
        cross_endian = 6
        crypto_session = 7
        pagefault = 8
        config = 9
        backend_send_fd = 10
        host_notifier = 11
        inflight_shmfd = 12
        reset_device = 13
        inband_notifications = 14
        configure_mem_slots = 15
        status = 16
        xen_mmap = 17
        shared_object = 18
        device_state = 19

    class TransferDirection(IntEnum):
        save = 0
        load = 1

    class VirtioFeature(IntEnum):
        notify_on_empty = 24
        log_all = 26
        any_layout = 27
        indirect_desc = 28
        event_idx = 29
        protocol_features = 30
        version1 = 32
        access_platform = 33
        ring_packed = 34
        in_order = 35
        order_platform = 36
        sr_iov = 37
        notification_data = 38
        notif_config_data = 39
        ring_reset = 40
        admin_vq = 41
    def __init__(self, _io=None, _parent=None, _root=None):
        super(VhostUser, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.request = KaitaiStream.resolve_enum(VhostUser.FrontEndRequest, self._io.read_u4le())
        self.flags = VhostUser.HeaderFlags(self._io, self, self._root)
        self.flags._read()
        self.len_payload = self._io.read_u4le()
        if  (((not (self.flags.is_reply))) and (self.len_payload != 0)) :
            pass
            _on = self.request
            if _on == VhostUser.FrontEndRequest.add_mem_reg:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.SingleMemoryRegion(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.close_crypto_session:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.U64Payload(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.create_crypto_session:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.CryptoSession(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.get_config:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.ConfigSpace(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.get_inflight_fd:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.InflightDescription(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.get_shared_object:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.SharedObject(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.get_vring_base:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.VringState(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.iotlb_msg:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.IotlbMessage(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.net_set_mtu:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.U64Payload(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.rem_mem_reg:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.SingleMemoryRegion(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.send_rarp:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.RarpRequest(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.set_config:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.ConfigSpace(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.set_device_state_fd:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.DeviceStateTransfer(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.set_features:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.VirtioFeatures(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.set_inflight_fd:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.InflightDescription(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.set_log_base:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.LogDescription(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.set_mem_table:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.MemoryTable(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.set_protocol_features:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.ProtocolFeatures(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.set_status:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.DeviceStatus(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.set_vring_addr:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.VringAddress(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.set_vring_base:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.VringState(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.set_vring_call:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.VringFile(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.set_vring_enable:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.VringState(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.set_vring_endian:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.VringState(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.set_vring_err:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.VringFile(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.set_vring_kick:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.VringFile(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.set_vring_num:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.VringState(_io__raw_request_body, self, self._root)
                self.request_body._read()
            elif _on == VhostUser.FrontEndRequest.vring_kick:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = VhostUser.VringState(_io__raw_request_body, self, self._root)
                self.request_body._read()
            else:
                pass
                self.request_body = self._io.read_bytes(self.len_payload)

        if  ((self.flags.is_reply) and (self.len_payload != 0)) :
            pass
            _on = self.request
            if _on == VhostUser.FrontEndRequest.add_mem_reg:
                pass
                self._raw_reply_body = self._io.read_bytes(self.len_payload)
                _io__raw_reply_body = KaitaiStream(BytesIO(self._raw_reply_body))
                self.reply_body = VhostUser.SingleMemoryRegion(_io__raw_reply_body, self, self._root)
                self.reply_body._read()
            elif _on == VhostUser.FrontEndRequest.create_crypto_session:
                pass
                self._raw_reply_body = self._io.read_bytes(self.len_payload)
                _io__raw_reply_body = KaitaiStream(BytesIO(self._raw_reply_body))
                self.reply_body = VhostUser.CryptoSession(_io__raw_reply_body, self, self._root)
                self.reply_body._read()
            elif _on == VhostUser.FrontEndRequest.get_config:
                pass
                self._raw_reply_body = self._io.read_bytes(self.len_payload)
                _io__raw_reply_body = KaitaiStream(BytesIO(self._raw_reply_body))
                self.reply_body = VhostUser.ConfigSpace(_io__raw_reply_body, self, self._root)
                self.reply_body._read()
            elif _on == VhostUser.FrontEndRequest.get_features:
                pass
                self._raw_reply_body = self._io.read_bytes(self.len_payload)
                _io__raw_reply_body = KaitaiStream(BytesIO(self._raw_reply_body))
                self.reply_body = VhostUser.VirtioFeatures(_io__raw_reply_body, self, self._root)
                self.reply_body._read()
            elif _on == VhostUser.FrontEndRequest.get_inflight_fd:
                pass
                self._raw_reply_body = self._io.read_bytes(self.len_payload)
                _io__raw_reply_body = KaitaiStream(BytesIO(self._raw_reply_body))
                self.reply_body = VhostUser.InflightDescription(_io__raw_reply_body, self, self._root)
                self.reply_body._read()
            elif _on == VhostUser.FrontEndRequest.get_protocol_features:
                pass
                self._raw_reply_body = self._io.read_bytes(self.len_payload)
                _io__raw_reply_body = KaitaiStream(BytesIO(self._raw_reply_body))
                self.reply_body = VhostUser.ProtocolFeatures(_io__raw_reply_body, self, self._root)
                self.reply_body._read()
            elif _on == VhostUser.FrontEndRequest.get_status:
                pass
                self._raw_reply_body = self._io.read_bytes(self.len_payload)
                _io__raw_reply_body = KaitaiStream(BytesIO(self._raw_reply_body))
                self.reply_body = VhostUser.DeviceStatus(_io__raw_reply_body, self, self._root)
                self.reply_body._read()
            elif _on == VhostUser.FrontEndRequest.get_vring_base:
                pass
                self._raw_reply_body = self._io.read_bytes(self.len_payload)
                _io__raw_reply_body = KaitaiStream(BytesIO(self._raw_reply_body))
                self.reply_body = VhostUser.VringState(_io__raw_reply_body, self, self._root)
                self.reply_body._read()
            elif _on == VhostUser.FrontEndRequest.rem_mem_reg:
                pass
                self._raw_reply_body = self._io.read_bytes(self.len_payload)
                _io__raw_reply_body = KaitaiStream(BytesIO(self._raw_reply_body))
                self.reply_body = VhostUser.SingleMemoryRegion(_io__raw_reply_body, self, self._root)
                self.reply_body._read()
            elif _on == VhostUser.FrontEndRequest.set_device_state_fd:
                pass
                self._raw_reply_body = self._io.read_bytes(self.len_payload)
                _io__raw_reply_body = KaitaiStream(BytesIO(self._raw_reply_body))
                self.reply_body = VhostUser.DeviceStateResult(_io__raw_reply_body, self, self._root)
                self.reply_body._read()
            elif _on == VhostUser.FrontEndRequest.set_mem_table:
                pass
                self._raw_reply_body = self._io.read_bytes(self.len_payload)
                _io__raw_reply_body = KaitaiStream(BytesIO(self._raw_reply_body))
                self.reply_body = VhostUser.MemoryTable(_io__raw_reply_body, self, self._root)
                self.reply_body._read()
            else:
                pass
                self._raw_reply_body = self._io.read_bytes(self.len_payload)
                _io__raw_reply_body = KaitaiStream(BytesIO(self._raw_reply_body))
                self.reply_body = VhostUser.U64Payload(_io__raw_reply_body, self, self._root)
                self.reply_body._read()

        self._dirty = False


    def _fetch_instances(self):
        pass
        self.flags._fetch_instances()
        if  (((not (self.flags.is_reply))) and (self.len_payload != 0)) :
            pass
            _on = self.request
            if _on == VhostUser.FrontEndRequest.add_mem_reg:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.close_crypto_session:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.create_crypto_session:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.get_config:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.get_inflight_fd:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.get_shared_object:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.get_vring_base:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.iotlb_msg:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.net_set_mtu:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.rem_mem_reg:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.send_rarp:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_config:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_device_state_fd:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_features:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_inflight_fd:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_log_base:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_mem_table:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_protocol_features:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_status:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_vring_addr:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_vring_base:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_vring_call:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_vring_enable:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_vring_endian:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_vring_err:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_vring_kick:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_vring_num:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.vring_kick:
                pass
                self.request_body._fetch_instances()
            else:
                pass

        if  ((self.flags.is_reply) and (self.len_payload != 0)) :
            pass
            _on = self.request
            if _on == VhostUser.FrontEndRequest.add_mem_reg:
                pass
                self.reply_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.create_crypto_session:
                pass
                self.reply_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.get_config:
                pass
                self.reply_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.get_features:
                pass
                self.reply_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.get_inflight_fd:
                pass
                self.reply_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.get_protocol_features:
                pass
                self.reply_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.get_status:
                pass
                self.reply_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.get_vring_base:
                pass
                self.reply_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.rem_mem_reg:
                pass
                self.reply_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_device_state_fd:
                pass
                self.reply_body._fetch_instances()
            elif _on == VhostUser.FrontEndRequest.set_mem_table:
                pass
                self.reply_body._fetch_instances()
            else:
                pass
                self.reply_body._fetch_instances()



    def _write__seq(self, io=None):
        super(VhostUser, self)._write__seq(io)
        self._io.write_u4le(int(self.request))
        self.flags._write__seq(self._io)
        self._io.write_u4le(self.len_payload)
        if  (((not (self.flags.is_reply))) and (self.len_payload != 0)) :
            pass
            _on = self.request
            if _on == VhostUser.FrontEndRequest.add_mem_reg:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.close_crypto_session:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.create_crypto_session:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.get_config:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.get_inflight_fd:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.get_shared_object:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.get_vring_base:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.iotlb_msg:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.net_set_mtu:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.rem_mem_reg:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.send_rarp:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.set_config:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.set_device_state_fd:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.set_features:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.set_inflight_fd:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.set_log_base:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.set_mem_table:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.set_protocol_features:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.set_status:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.set_vring_addr:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.set_vring_base:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.set_vring_call:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.set_vring_enable:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.set_vring_endian:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.set_vring_err:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.set_vring_kick:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.set_vring_num:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            elif _on == VhostUser.FrontEndRequest.vring_kick:
                pass
                _io__raw_request_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_request_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_request_body=_io__raw_request_body):
                    self._raw_request_body = _io__raw_request_body.to_byte_array()
                    if len(self._raw_request_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(request_body)", self.len_payload, len(self._raw_request_body))
                    parent.write_bytes(self._raw_request_body)
                _io__raw_request_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.request_body._write__seq(_io__raw_request_body)
            else:
                pass
                self._io.write_bytes(self.request_body)

        if  ((self.flags.is_reply) and (self.len_payload != 0)) :
            pass
            _on = self.request
            if _on == VhostUser.FrontEndRequest.add_mem_reg:
                pass
                _io__raw_reply_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_reply_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_reply_body=_io__raw_reply_body):
                    self._raw_reply_body = _io__raw_reply_body.to_byte_array()
                    if len(self._raw_reply_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(reply_body)", self.len_payload, len(self._raw_reply_body))
                    parent.write_bytes(self._raw_reply_body)
                _io__raw_reply_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.reply_body._write__seq(_io__raw_reply_body)
            elif _on == VhostUser.FrontEndRequest.create_crypto_session:
                pass
                _io__raw_reply_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_reply_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_reply_body=_io__raw_reply_body):
                    self._raw_reply_body = _io__raw_reply_body.to_byte_array()
                    if len(self._raw_reply_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(reply_body)", self.len_payload, len(self._raw_reply_body))
                    parent.write_bytes(self._raw_reply_body)
                _io__raw_reply_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.reply_body._write__seq(_io__raw_reply_body)
            elif _on == VhostUser.FrontEndRequest.get_config:
                pass
                _io__raw_reply_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_reply_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_reply_body=_io__raw_reply_body):
                    self._raw_reply_body = _io__raw_reply_body.to_byte_array()
                    if len(self._raw_reply_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(reply_body)", self.len_payload, len(self._raw_reply_body))
                    parent.write_bytes(self._raw_reply_body)
                _io__raw_reply_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.reply_body._write__seq(_io__raw_reply_body)
            elif _on == VhostUser.FrontEndRequest.get_features:
                pass
                _io__raw_reply_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_reply_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_reply_body=_io__raw_reply_body):
                    self._raw_reply_body = _io__raw_reply_body.to_byte_array()
                    if len(self._raw_reply_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(reply_body)", self.len_payload, len(self._raw_reply_body))
                    parent.write_bytes(self._raw_reply_body)
                _io__raw_reply_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.reply_body._write__seq(_io__raw_reply_body)
            elif _on == VhostUser.FrontEndRequest.get_inflight_fd:
                pass
                _io__raw_reply_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_reply_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_reply_body=_io__raw_reply_body):
                    self._raw_reply_body = _io__raw_reply_body.to_byte_array()
                    if len(self._raw_reply_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(reply_body)", self.len_payload, len(self._raw_reply_body))
                    parent.write_bytes(self._raw_reply_body)
                _io__raw_reply_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.reply_body._write__seq(_io__raw_reply_body)
            elif _on == VhostUser.FrontEndRequest.get_protocol_features:
                pass
                _io__raw_reply_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_reply_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_reply_body=_io__raw_reply_body):
                    self._raw_reply_body = _io__raw_reply_body.to_byte_array()
                    if len(self._raw_reply_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(reply_body)", self.len_payload, len(self._raw_reply_body))
                    parent.write_bytes(self._raw_reply_body)
                _io__raw_reply_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.reply_body._write__seq(_io__raw_reply_body)
            elif _on == VhostUser.FrontEndRequest.get_status:
                pass
                _io__raw_reply_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_reply_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_reply_body=_io__raw_reply_body):
                    self._raw_reply_body = _io__raw_reply_body.to_byte_array()
                    if len(self._raw_reply_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(reply_body)", self.len_payload, len(self._raw_reply_body))
                    parent.write_bytes(self._raw_reply_body)
                _io__raw_reply_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.reply_body._write__seq(_io__raw_reply_body)
            elif _on == VhostUser.FrontEndRequest.get_vring_base:
                pass
                _io__raw_reply_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_reply_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_reply_body=_io__raw_reply_body):
                    self._raw_reply_body = _io__raw_reply_body.to_byte_array()
                    if len(self._raw_reply_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(reply_body)", self.len_payload, len(self._raw_reply_body))
                    parent.write_bytes(self._raw_reply_body)
                _io__raw_reply_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.reply_body._write__seq(_io__raw_reply_body)
            elif _on == VhostUser.FrontEndRequest.rem_mem_reg:
                pass
                _io__raw_reply_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_reply_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_reply_body=_io__raw_reply_body):
                    self._raw_reply_body = _io__raw_reply_body.to_byte_array()
                    if len(self._raw_reply_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(reply_body)", self.len_payload, len(self._raw_reply_body))
                    parent.write_bytes(self._raw_reply_body)
                _io__raw_reply_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.reply_body._write__seq(_io__raw_reply_body)
            elif _on == VhostUser.FrontEndRequest.set_device_state_fd:
                pass
                _io__raw_reply_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_reply_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_reply_body=_io__raw_reply_body):
                    self._raw_reply_body = _io__raw_reply_body.to_byte_array()
                    if len(self._raw_reply_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(reply_body)", self.len_payload, len(self._raw_reply_body))
                    parent.write_bytes(self._raw_reply_body)
                _io__raw_reply_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.reply_body._write__seq(_io__raw_reply_body)
            elif _on == VhostUser.FrontEndRequest.set_mem_table:
                pass
                _io__raw_reply_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_reply_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_reply_body=_io__raw_reply_body):
                    self._raw_reply_body = _io__raw_reply_body.to_byte_array()
                    if len(self._raw_reply_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(reply_body)", self.len_payload, len(self._raw_reply_body))
                    parent.write_bytes(self._raw_reply_body)
                _io__raw_reply_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.reply_body._write__seq(_io__raw_reply_body)
            else:
                pass
                _io__raw_reply_body = KaitaiStream(BytesIO(bytearray(self.len_payload)))
                self._io.add_child_stream(_io__raw_reply_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_payload))
                def handler(parent, _io__raw_reply_body=_io__raw_reply_body):
                    self._raw_reply_body = _io__raw_reply_body.to_byte_array()
                    if len(self._raw_reply_body) != self.len_payload:
                        raise kaitaistruct.ConsistencyError(u"raw(reply_body)", self.len_payload, len(self._raw_reply_body))
                    parent.write_bytes(self._raw_reply_body)
                _io__raw_reply_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.reply_body._write__seq(_io__raw_reply_body)



    def _check(self):
        if self.flags._root != self._root:
            raise kaitaistruct.ConsistencyError(u"flags", self._root, self.flags._root)
        if self.flags._parent != self:
            raise kaitaistruct.ConsistencyError(u"flags", self, self.flags._parent)
        if  (((not (self.flags.is_reply))) and (self.len_payload != 0)) :
            pass
            _on = self.request
            if _on == VhostUser.FrontEndRequest.add_mem_reg:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.close_crypto_session:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.create_crypto_session:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.get_config:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.get_inflight_fd:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.get_shared_object:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.get_vring_base:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.iotlb_msg:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.net_set_mtu:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.rem_mem_reg:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.send_rarp:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_config:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_device_state_fd:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_features:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_inflight_fd:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_log_base:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_mem_table:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_protocol_features:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_status:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_vring_addr:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_vring_base:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_vring_call:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_vring_enable:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_vring_endian:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_vring_err:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_vring_kick:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_vring_num:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            elif _on == VhostUser.FrontEndRequest.vring_kick:
                pass
                if self.request_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"request_body", self._root, self.request_body._root)
                if self.request_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"request_body", self, self.request_body._parent)
            else:
                pass
                if len(self.request_body) != self.len_payload:
                    raise kaitaistruct.ConsistencyError(u"request_body", self.len_payload, len(self.request_body))

        if  ((self.flags.is_reply) and (self.len_payload != 0)) :
            pass
            _on = self.request
            if _on == VhostUser.FrontEndRequest.add_mem_reg:
                pass
                if self.reply_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self._root, self.reply_body._root)
                if self.reply_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self, self.reply_body._parent)
            elif _on == VhostUser.FrontEndRequest.create_crypto_session:
                pass
                if self.reply_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self._root, self.reply_body._root)
                if self.reply_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self, self.reply_body._parent)
            elif _on == VhostUser.FrontEndRequest.get_config:
                pass
                if self.reply_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self._root, self.reply_body._root)
                if self.reply_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self, self.reply_body._parent)
            elif _on == VhostUser.FrontEndRequest.get_features:
                pass
                if self.reply_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self._root, self.reply_body._root)
                if self.reply_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self, self.reply_body._parent)
            elif _on == VhostUser.FrontEndRequest.get_inflight_fd:
                pass
                if self.reply_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self._root, self.reply_body._root)
                if self.reply_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self, self.reply_body._parent)
            elif _on == VhostUser.FrontEndRequest.get_protocol_features:
                pass
                if self.reply_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self._root, self.reply_body._root)
                if self.reply_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self, self.reply_body._parent)
            elif _on == VhostUser.FrontEndRequest.get_status:
                pass
                if self.reply_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self._root, self.reply_body._root)
                if self.reply_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self, self.reply_body._parent)
            elif _on == VhostUser.FrontEndRequest.get_vring_base:
                pass
                if self.reply_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self._root, self.reply_body._root)
                if self.reply_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self, self.reply_body._parent)
            elif _on == VhostUser.FrontEndRequest.rem_mem_reg:
                pass
                if self.reply_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self._root, self.reply_body._root)
                if self.reply_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self, self.reply_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_device_state_fd:
                pass
                if self.reply_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self._root, self.reply_body._root)
                if self.reply_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self, self.reply_body._parent)
            elif _on == VhostUser.FrontEndRequest.set_mem_table:
                pass
                if self.reply_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self._root, self.reply_body._root)
                if self.reply_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self, self.reply_body._parent)
            else:
                pass
                if self.reply_body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self._root, self.reply_body._root)
                if self.reply_body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"reply_body", self, self.reply_body._parent)

        self._dirty = False

    class ConfigSpace(ReadWriteKaitaiStruct):
        """GET_CONFIG and SET_CONFIG (CONFIG protocol feature): a window of the
        virtio device's configuration space, at most 256 bytes. A GET_CONFIG
        request carries `len_config` placeholder bytes; the reply carries the
        contents (or no payload at all on error).
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#virtio-device-config-space
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.ConfigSpace, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.ofs_config = self._io.read_u4le()
            self.len_config = self._io.read_u4le()
            self.flags = KaitaiStream.resolve_enum(VhostUser.ConfigFlags, self._io.read_u4le())
            self.contents = self._io.read_bytes_full()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.ConfigSpace, self)._write__seq(io)
            self._io.write_u4le(self.ofs_config)
            self._io.write_u4le(self.len_config)
            self._io.write_u4le(int(self.flags))
            self._io.write_bytes(self.contents)
            if not self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"contents", 0, self._io.size() - self._io.pos())


        def _check(self):
            self._dirty = False


    class CryptoAsymSession(ReadWriteKaitaiStruct):
        """Asymmetric (akcipher) session - algorithm, key type and the key.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.CryptoAsymSession, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.algo = self._io.read_u4le()
            self.key_type = self._io.read_u4le()
            self.len_key = self._io.read_u4le()
            self.padding = self._io.read_bytes(4)
            self.key_ptr = self._io.read_u8le()
            self.rsa_padding_algo = self._io.read_u4le()
            self.rsa_hash_algo = self._io.read_u4le()
            self.key = self._io.read_bytes(1024)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.CryptoAsymSession, self)._write__seq(io)
            self._io.write_u4le(self.algo)
            self._io.write_u4le(self.key_type)
            self._io.write_u4le(self.len_key)
            self._io.write_bytes(self.padding)
            self._io.write_u8le(self.key_ptr)
            self._io.write_u4le(self.rsa_padding_algo)
            self._io.write_u4le(self.rsa_hash_algo)
            self._io.write_bytes(self.key)


        def _check(self):
            if len(self.padding) != 4:
                raise kaitaistruct.ConsistencyError(u"padding", 4, len(self.padding))
            if len(self.key) != 1024:
                raise kaitaistruct.ConsistencyError(u"key", 1024, len(self.key))
            self._dirty = False


    class CryptoSession(ReadWriteKaitaiStruct):
        """CREATE_CRYPTO_SESSION request and reply (CRYPTO_SESSION): the
        operation, the session parameters and keys (symmetric or asymmetric,
        by `op_code`), and the session id the back-end returns (negative on
        failure). The session parameters copy QEMU's in-memory structures,
        host pointers included, so the layout is that of a 64-bit host.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.CryptoSession, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.op_code = KaitaiStream.resolve_enum(VhostUser.CryptoOp, self._io.read_u8le())
            _on = self.op_code
            if _on == VhostUser.CryptoOp.akcipher_create_session:
                pass
                self._raw_session = self._io.read_bytes(1056)
                _io__raw_session = KaitaiStream(BytesIO(self._raw_session))
                self.session = VhostUser.CryptoAsymSession(_io__raw_session, self, self._root)
                self.session._read()
            else:
                pass
                self._raw_session = self._io.read_bytes(1056)
                _io__raw_session = KaitaiStream(BytesIO(self._raw_session))
                self.session = VhostUser.CryptoSymSession(_io__raw_session, self, self._root)
                self.session._read()
            self.session_id = self._io.read_s8le()
            self._dirty = False


        def _fetch_instances(self):
            pass
            _on = self.op_code
            if _on == VhostUser.CryptoOp.akcipher_create_session:
                pass
                self.session._fetch_instances()
            else:
                pass
                self.session._fetch_instances()


        def _write__seq(self, io=None):
            super(VhostUser.CryptoSession, self)._write__seq(io)
            self._io.write_u8le(int(self.op_code))
            _on = self.op_code
            if _on == VhostUser.CryptoOp.akcipher_create_session:
                pass
                _io__raw_session = KaitaiStream(BytesIO(bytearray(1056)))
                self._io.add_child_stream(_io__raw_session)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (1056))
                def handler(parent, _io__raw_session=_io__raw_session):
                    self._raw_session = _io__raw_session.to_byte_array()
                    if len(self._raw_session) != 1056:
                        raise kaitaistruct.ConsistencyError(u"raw(session)", 1056, len(self._raw_session))
                    parent.write_bytes(self._raw_session)
                _io__raw_session.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.session._write__seq(_io__raw_session)
            else:
                pass
                _io__raw_session = KaitaiStream(BytesIO(bytearray(1056)))
                self._io.add_child_stream(_io__raw_session)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (1056))
                def handler(parent, _io__raw_session=_io__raw_session):
                    self._raw_session = _io__raw_session.to_byte_array()
                    if len(self._raw_session) != 1056:
                        raise kaitaistruct.ConsistencyError(u"raw(session)", 1056, len(self._raw_session))
                    parent.write_bytes(self._raw_session)
                _io__raw_session.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.session._write__seq(_io__raw_session)
            self._io.write_s8le(self.session_id)


        def _check(self):
            _on = self.op_code
            if _on == VhostUser.CryptoOp.akcipher_create_session:
                pass
                if self.session._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"session", self._root, self.session._root)
                if self.session._parent != self:
                    raise kaitaistruct.ConsistencyError(u"session", self, self.session._parent)
            else:
                pass
                if self.session._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"session", self._root, self.session._root)
                if self.session._parent != self:
                    raise kaitaistruct.ConsistencyError(u"session", self, self.session._parent)
            self._dirty = False


    class CryptoSymSession(ReadWriteKaitaiStruct):
        """Symmetric session - cipher and hash parameters, then the keys.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.CryptoSymSession, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.cipher_alg = self._io.read_u4le()
            self.len_cipher_key = self._io.read_u4le()
            self.hash_alg = self._io.read_u4le()
            self.len_hash_result = self._io.read_u4le()
            self.len_auth_key = self._io.read_u4le()
            self.len_add = self._io.read_u4le()
            self.op_type = self._io.read_u1()
            self.direction = self._io.read_u1()
            self.hash_mode = self._io.read_u1()
            self.alg_chain_order = self._io.read_u1()
            self.padding = self._io.read_bytes(4)
            self.cipher_key_ptr = self._io.read_u8le()
            self.auth_key_ptr = self._io.read_u8le()
            self.cipher_key = self._io.read_bytes(64)
            self.auth_key = self._io.read_bytes(512)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.CryptoSymSession, self)._write__seq(io)
            self._io.write_u4le(self.cipher_alg)
            self._io.write_u4le(self.len_cipher_key)
            self._io.write_u4le(self.hash_alg)
            self._io.write_u4le(self.len_hash_result)
            self._io.write_u4le(self.len_auth_key)
            self._io.write_u4le(self.len_add)
            self._io.write_u1(self.op_type)
            self._io.write_u1(self.direction)
            self._io.write_u1(self.hash_mode)
            self._io.write_u1(self.alg_chain_order)
            self._io.write_bytes(self.padding)
            self._io.write_u8le(self.cipher_key_ptr)
            self._io.write_u8le(self.auth_key_ptr)
            self._io.write_bytes(self.cipher_key)
            self._io.write_bytes(self.auth_key)


        def _check(self):
            if len(self.padding) != 4:
                raise kaitaistruct.ConsistencyError(u"padding", 4, len(self.padding))
            if len(self.cipher_key) != 64:
                raise kaitaistruct.ConsistencyError(u"cipher_key", 64, len(self.cipher_key))
            if len(self.auth_key) != 512:
                raise kaitaistruct.ConsistencyError(u"auth_key", 512, len(self.auth_key))
            self._dirty = False


    class DeviceStateResult(ReadWriteKaitaiStruct):
        """SET_DEVICE_STATE_FD reply: an error code in the low byte and, in bit
        8, whether the back-end sent no file descriptor (then the front-end
        keeps its own channel).
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.DeviceStateResult, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.error = self._io.read_bits_int_le(8)
            self.no_fd = self._io.read_bits_int_le(1) != 0
            self.reserved_lo = self._io.read_bits_int_le(23)
            self.reserved_hi = self._io.read_bits_int_le(32)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.DeviceStateResult, self)._write__seq(io)
            self._io.write_bits_int_le(8, self.error)
            self._io.write_bits_int_le(1, int(self.no_fd))
            self._io.write_bits_int_le(23, self.reserved_lo)
            self._io.write_bits_int_le(32, self.reserved_hi)


        def _check(self):
            self._dirty = False


    class DeviceStateTransfer(ReadWriteKaitaiStruct):
        """SET_DEVICE_STATE_FD request - which way the back-end state moves, and when.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#device-state-transfer-parameters
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.DeviceStateTransfer, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.direction = KaitaiStream.resolve_enum(VhostUser.TransferDirection, self._io.read_u4le())
            self.phase = KaitaiStream.resolve_enum(VhostUser.MigrationPhase, self._io.read_u4le())
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.DeviceStateTransfer, self)._write__seq(io)
            self._io.write_u4le(int(self.direction))
            self._io.write_u4le(int(self.phase))


        def _check(self):
            self._dirty = False


    class DeviceStatus(ReadWriteKaitaiStruct):
        """The virtio device status byte (SET/GET_STATUS), in a u64.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types
        
        
        
        .. seealso::
           Virtio 1.2, section 2.1 "Device Status Field"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.DeviceStatus, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.acknowledge = self._io.read_bits_int_le(1) != 0
            self.driver = self._io.read_bits_int_le(1) != 0
            self.driver_ok = self._io.read_bits_int_le(1) != 0
            self.features_ok = self._io.read_bits_int_le(1) != 0
            self.reserved_bit4 = self._io.read_bits_int_le(2)
            self.device_needs_reset = self._io.read_bits_int_le(1) != 0
            self.failed = self._io.read_bits_int_le(1) != 0
            self.reserved_lo = self._io.read_bits_int_le(24)
            self.reserved_hi = self._io.read_bits_int_le(32)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.DeviceStatus, self)._write__seq(io)
            self._io.write_bits_int_le(1, int(self.acknowledge))
            self._io.write_bits_int_le(1, int(self.driver))
            self._io.write_bits_int_le(1, int(self.driver_ok))
            self._io.write_bits_int_le(1, int(self.features_ok))
            self._io.write_bits_int_le(2, self.reserved_bit4)
            self._io.write_bits_int_le(1, int(self.device_needs_reset))
            self._io.write_bits_int_le(1, int(self.failed))
            self._io.write_bits_int_le(24, self.reserved_lo)
            self._io.write_bits_int_le(32, self.reserved_hi)


        def _check(self):
            self._dirty = False


    class HeaderFlags(ReadWriteKaitaiStruct):
        """The 32-bit flags word of the header. Version 1 is the only version;
        a receiver closes the connection on any other.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#header
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.HeaderFlags, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.version = self._io.read_bits_int_le(2)
            self.is_reply = self._io.read_bits_int_le(1) != 0
            self.need_reply = self._io.read_bits_int_le(1) != 0
            self.reserved = self._io.read_bits_int_le(28)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.HeaderFlags, self)._write__seq(io)
            self._io.write_bits_int_le(2, self.version)
            self._io.write_bits_int_le(1, int(self.is_reply))
            self._io.write_bits_int_le(1, int(self.need_reply))
            self._io.write_bits_int_le(28, self.reserved)


        def _check(self):
            self._dirty = False


    class InflightDescription(ReadWriteKaitaiStruct):
        """GET_INFLIGHT_FD and SET_INFLIGHT_FD (INFLIGHT_SHMFD): the shared
        buffer in which the back-end records requests in flight so that a
        restarted back-end can resubmit them. The C structure is padded to
        24 bytes.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-description
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.InflightDescription, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.mmap_size = self._io.read_u8le()
            self.mmap_offset = self._io.read_u8le()
            self.num_queues = self._io.read_u2le()
            self.queue_size = self._io.read_u2le()
            self.padding = self._io.read_bytes_full()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.InflightDescription, self)._write__seq(io)
            self._io.write_u8le(self.mmap_size)
            self._io.write_u8le(self.mmap_offset)
            self._io.write_u2le(self.num_queues)
            self._io.write_u2le(self.queue_size)
            self._io.write_bytes(self.padding)
            if not self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"padding", 0, self._io.size() - self._io.pos())


        def _check(self):
            self._dirty = False


    class IotlbMessage(ReadWriteKaitaiStruct):
        """An IOTLB entry update, invalidation, miss or access failure
        (ACCESS_PLATFORM). The C structure is padded to 32 bytes.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#an-iotlb-message
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.IotlbMessage, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.iova = self._io.read_u8le()
            self.len_iova = self._io.read_u8le()
            self.user_addr = self._io.read_u8le()
            self.perm = KaitaiStream.resolve_enum(VhostUser.IotlbPerm, self._io.read_u1())
            self.type = KaitaiStream.resolve_enum(VhostUser.IotlbType, self._io.read_u1())
            self.padding = self._io.read_bytes_full()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.IotlbMessage, self)._write__seq(io)
            self._io.write_u8le(self.iova)
            self._io.write_u8le(self.len_iova)
            self._io.write_u8le(self.user_addr)
            self._io.write_u1(int(self.perm))
            self._io.write_u1(int(self.type))
            self._io.write_bytes(self.padding)
            if not self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"padding", 0, self._io.size() - self._io.pos())


        def _check(self):
            self._dirty = False


    class LogDescription(ReadWriteKaitaiStruct):
        """SET_LOG_BASE: where the dirty log is in the shared memory that comes
        with the message (LOG_SHMFD). The log is a bitmap with one bit per
        4 KiB page of guest-physical memory, starting at address 0.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#log-description
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.LogDescription, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.log_size = self._io.read_u8le()
            self.log_offset = self._io.read_u8le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.LogDescription, self)._write__seq(io)
            self._io.write_u8le(self.log_size)
            self._io.write_u8le(self.log_offset)


        def _check(self):
            self._dirty = False


    class MemoryRegion(ReadWriteKaitaiStruct):
        """One region of guest memory the back-end maps: `len_region` bytes at
        guest-physical `guest_addr`, which the front-end sees at `user_addr`,
        found `mmap_offset` bytes into the file descriptor that comes with the
        message. With the XEN_MMAP protocol feature the description is 40
        bytes: two more fields follow.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#memory-region-description
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.MemoryRegion, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.guest_addr = self._io.read_u8le()
            self.len_region = self._io.read_u8le()
            self.user_addr = self._io.read_u8le()
            self.mmap_offset = self._io.read_u8le()
            if self._io.size() >= 40:
                pass
                self.xen_mmap_flags = VhostUser.XenMmapFlags(self._io, self, self._root)
                self.xen_mmap_flags._read()

            if self._io.size() >= 40:
                pass
                self.domid = self._io.read_u4le()

            self._dirty = False


        def _fetch_instances(self):
            pass
            if self._io.size() >= 40:
                pass
                self.xen_mmap_flags._fetch_instances()

            if self._io.size() >= 40:
                pass



        def _write__seq(self, io=None):
            super(VhostUser.MemoryRegion, self)._write__seq(io)
            self._io.write_u8le(self.guest_addr)
            self._io.write_u8le(self.len_region)
            self._io.write_u8le(self.user_addr)
            self._io.write_u8le(self.mmap_offset)
            if self._io.size() >= 40:
                pass
                if self.xen_mmap_flags._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"xen_mmap_flags", self._root, self.xen_mmap_flags._root)
                if self.xen_mmap_flags._parent != self:
                    raise kaitaistruct.ConsistencyError(u"xen_mmap_flags", self, self.xen_mmap_flags._parent)
                self.xen_mmap_flags._write__seq(self._io)

            if self._io.size() >= 40:
                pass
                self._io.write_u4le(self.domid)



        def _check(self):
            self._dirty = False


    class MemoryTable(ReadWriteKaitaiStruct):
        """SET_MEM_TABLE: the whole guest memory map, at most 8 regions, one file
        descriptor per region in the same order. The message is only as long
        as the regions it holds (8 + 32 bytes per region).
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#multiple-memory-regions-description
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.MemoryTable, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.num_regions = self._io.read_u4le()
            self.padding = self._io.read_u4le()
            self._raw_regions = []
            self.regions = []
            for i in range(self.num_regions):
                self._raw_regions.append(self._io.read_bytes(self.len_regions))
                _io__raw_regions = KaitaiStream(BytesIO(self._raw_regions[i]))
                _t_regions = VhostUser.MemoryRegion(_io__raw_regions, self, self._root)
                try:
                    _t_regions._read()
                finally:
                    self.regions.append(_t_regions)

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.regions)):
                pass
                self.regions[i]._fetch_instances()



        def _write__seq(self, io=None):
            super(VhostUser.MemoryTable, self)._write__seq(io)
            self._io.write_u4le(self.num_regions)
            self._io.write_u4le(self.padding)
            self._raw_regions = []
            for i in range(len(self.regions)):
                pass
                _io__raw_regions = KaitaiStream(BytesIO(bytearray(self.len_regions)))
                self._io.add_child_stream(_io__raw_regions)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_regions))
                def handler(parent, _io__raw_regions=_io__raw_regions, i=i):
                    self._raw_regions.append(_io__raw_regions.to_byte_array())
                    if len(self._raw_regions[i]) != self.len_regions:
                        raise kaitaistruct.ConsistencyError(u"raw(regions)", self.len_regions, len(self._raw_regions[i]))
                    parent.write_bytes(self._raw_regions[i])
                _io__raw_regions.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.regions[i]._write__seq(_io__raw_regions)



        def _check(self):
            if len(self.regions) != self.num_regions:
                raise kaitaistruct.ConsistencyError(u"regions", self.num_regions, len(self.regions))
            for i in range(len(self.regions)):
                pass
                if self.regions[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"regions", self._root, self.regions[i]._root)
                if self.regions[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"regions", self, self.regions[i]._parent)

            self._dirty = False

        @property
        def len_regions(self):
            """Size of one region description (40 with XEN_MMAP, else 32)."""
            if hasattr(self, '_m_len_regions'):
                return self._m_len_regions

            self._m_len_regions = (40 if  ((self.num_regions > 0) and (self._io.size() - 8 >= 40 * self.num_regions))  else 32)
            return getattr(self, '_m_len_regions', None)

        def _invalidate_len_regions(self):
            del self._m_len_regions

    class ProtocolFeatures(ReadWriteKaitaiStruct):
        """The 64-bit protocol feature word of GET/SET_PROTOCOL_FEATURES. Each
        bit switches on an extension of the protocol (see the enum
        `protocol_feature`).
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#protocol-features
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.ProtocolFeatures, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.mq = self._io.read_bits_int_le(1) != 0
            self.log_shmfd = self._io.read_bits_int_le(1) != 0
            self.rarp = self._io.read_bits_int_le(1) != 0
            self.reply_ack = self._io.read_bits_int_le(1) != 0
            self.mtu = self._io.read_bits_int_le(1) != 0
            self.backend_req = self._io.read_bits_int_le(1) != 0
            self.cross_endian = self._io.read_bits_int_le(1) != 0
            self.crypto_session = self._io.read_bits_int_le(1) != 0
            self.pagefault = self._io.read_bits_int_le(1) != 0
            self.config = self._io.read_bits_int_le(1) != 0
            self.backend_send_fd = self._io.read_bits_int_le(1) != 0
            self.host_notifier = self._io.read_bits_int_le(1) != 0
            self.inflight_shmfd = self._io.read_bits_int_le(1) != 0
            self.reset_device = self._io.read_bits_int_le(1) != 0
            self.inband_notifications = self._io.read_bits_int_le(1) != 0
            self.configure_mem_slots = self._io.read_bits_int_le(1) != 0
            self.status = self._io.read_bits_int_le(1) != 0
            self.xen_mmap = self._io.read_bits_int_le(1) != 0
            self.shared_object = self._io.read_bits_int_le(1) != 0
            self.device_state = self._io.read_bits_int_le(1) != 0
            self.reserved_lo = self._io.read_bits_int_le(12)
            self.reserved_hi = self._io.read_bits_int_le(32)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.ProtocolFeatures, self)._write__seq(io)
            self._io.write_bits_int_le(1, int(self.mq))
            self._io.write_bits_int_le(1, int(self.log_shmfd))
            self._io.write_bits_int_le(1, int(self.rarp))
            self._io.write_bits_int_le(1, int(self.reply_ack))
            self._io.write_bits_int_le(1, int(self.mtu))
            self._io.write_bits_int_le(1, int(self.backend_req))
            self._io.write_bits_int_le(1, int(self.cross_endian))
            self._io.write_bits_int_le(1, int(self.crypto_session))
            self._io.write_bits_int_le(1, int(self.pagefault))
            self._io.write_bits_int_le(1, int(self.config))
            self._io.write_bits_int_le(1, int(self.backend_send_fd))
            self._io.write_bits_int_le(1, int(self.host_notifier))
            self._io.write_bits_int_le(1, int(self.inflight_shmfd))
            self._io.write_bits_int_le(1, int(self.reset_device))
            self._io.write_bits_int_le(1, int(self.inband_notifications))
            self._io.write_bits_int_le(1, int(self.configure_mem_slots))
            self._io.write_bits_int_le(1, int(self.status))
            self._io.write_bits_int_le(1, int(self.xen_mmap))
            self._io.write_bits_int_le(1, int(self.shared_object))
            self._io.write_bits_int_le(1, int(self.device_state))
            self._io.write_bits_int_le(12, self.reserved_lo)
            self._io.write_bits_int_le(32, self.reserved_hi)


        def _check(self):
            self._dirty = False


    class RarpRequest(ReadWriteKaitaiStruct):
        """SEND_RARP - the guest's MAC address in the first six bytes of the u64.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.RarpRequest, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.mac = self._io.read_bytes(6)
            self.padding = self._io.read_bytes(2)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.RarpRequest, self)._write__seq(io)
            self._io.write_bytes(self.mac)
            self._io.write_bytes(self.padding)


        def _check(self):
            if len(self.mac) != 6:
                raise kaitaistruct.ConsistencyError(u"mac", 6, len(self.mac))
            if len(self.padding) != 2:
                raise kaitaistruct.ConsistencyError(u"padding", 2, len(self.padding))
            self._dirty = False


    class SharedObject(ReadWriteKaitaiStruct):
        """A shared object's UUID (SHARED_OBJECT): 16 bytes whose first three
        fields are big-endian.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#vhostusershared
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.SharedObject, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.time_low = self._io.read_u4be()
            self.time_mid = self._io.read_u2be()
            self.time_hi_and_version = self._io.read_u2be()
            self.clock_seq_and_node = self._io.read_bytes(8)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.SharedObject, self)._write__seq(io)
            self._io.write_u4be(self.time_low)
            self._io.write_u2be(self.time_mid)
            self._io.write_u2be(self.time_hi_and_version)
            self._io.write_bytes(self.clock_seq_and_node)


        def _check(self):
            if len(self.clock_seq_and_node) != 8:
                raise kaitaistruct.ConsistencyError(u"clock_seq_and_node", 8, len(self.clock_seq_and_node))
            self._dirty = False


    class SingleMemoryRegion(ReadWriteKaitaiStruct):
        """ADD_MEM_REG and REM_MEM_REG (CONFIGURE_MEM_SLOTS): one region, after
        8 bytes of padding. ADD_MEM_REG comes with the region's file
        descriptor; REM_MEM_REG names the region by guest address, user
        address and size.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#single-memory-region-description
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.SingleMemoryRegion, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.padding = self._io.read_u8le()
            self._raw_region = self._io.read_bytes_full()
            _io__raw_region = KaitaiStream(BytesIO(self._raw_region))
            self.region = VhostUser.MemoryRegion(_io__raw_region, self, self._root)
            self.region._read()
            self._dirty = False


        def _fetch_instances(self):
            pass
            self.region._fetch_instances()


        def _write__seq(self, io=None):
            super(VhostUser.SingleMemoryRegion, self)._write__seq(io)
            self._io.write_u8le(self.padding)
            _io__raw_region = KaitaiStream(BytesIO(bytearray(self._io.size() - self._io.pos())))
            self._io.add_child_stream(_io__raw_region)
            _pos2 = self._io.pos()
            self._io.seek(self._io.pos() + (self._io.size() - self._io.pos()))
            def handler(parent, _io__raw_region=_io__raw_region):
                self._raw_region = _io__raw_region.to_byte_array()
                parent.write_bytes(self._raw_region)
                if not parent.is_eof():
                    raise kaitaistruct.ConsistencyError(u"raw(region)", 0, parent.size() - parent.pos())
            _io__raw_region.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
            self.region._write__seq(_io__raw_region)


        def _check(self):
            if self.region._root != self._root:
                raise kaitaistruct.ConsistencyError(u"region", self._root, self.region._root)
            if self.region._parent != self:
                raise kaitaistruct.ConsistencyError(u"region", self, self.region._parent)
            self._dirty = False


    class U64Payload(ReadWriteKaitaiStruct):
        """A single 64-bit number: a count, a value to set, or the status of a
        REPLY_ACK answer (zero for success, anything else for failure).
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#a-single-64-bit-integer
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.U64Payload, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.value = self._io.read_u8le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.U64Payload, self)._write__seq(io)
            self._io.write_u8le(self.value)


        def _check(self):
            self._dirty = False


    class VirtioFeatures(ReadWriteKaitaiStruct):
        """A 64-bit virtio feature word, as GET_FEATURES returns it and
        SET_FEATURES acknowledges it. Bits 0-23 and 50-63 belong to the
        device type (virtio-blk, virtio-net, ...); the others are the
        transport and ring features the protocol itself relies on. Bit 30 is
        borrowed by vhost-user to announce protocol-feature negotiation, and
        bit 26 by vhost to announce dirty-page logging.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#communication
        
        
        .. seealso::
           Virtio 1.2, section 6 "Reserved Feature Bits"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.VirtioFeatures, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.device_bits_lo = self._io.read_bits_int_le(24)
            self.notify_on_empty = self._io.read_bits_int_le(1) != 0
            self.reserved_bit25 = self._io.read_bits_int_le(1) != 0
            self.log_all = self._io.read_bits_int_le(1) != 0
            self.any_layout = self._io.read_bits_int_le(1) != 0
            self.indirect_desc = self._io.read_bits_int_le(1) != 0
            self.event_idx = self._io.read_bits_int_le(1) != 0
            self.protocol_features = self._io.read_bits_int_le(1) != 0
            self.reserved_bit31 = self._io.read_bits_int_le(1) != 0
            self.version1 = self._io.read_bits_int_le(1) != 0
            self.access_platform = self._io.read_bits_int_le(1) != 0
            self.ring_packed = self._io.read_bits_int_le(1) != 0
            self.in_order = self._io.read_bits_int_le(1) != 0
            self.order_platform = self._io.read_bits_int_le(1) != 0
            self.sr_iov = self._io.read_bits_int_le(1) != 0
            self.notification_data = self._io.read_bits_int_le(1) != 0
            self.notif_config_data = self._io.read_bits_int_le(1) != 0
            self.ring_reset = self._io.read_bits_int_le(1) != 0
            self.admin_vq = self._io.read_bits_int_le(1) != 0
            self.reserved_bit42 = self._io.read_bits_int_le(8)
            self.device_bits_hi = self._io.read_bits_int_le(14)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.VirtioFeatures, self)._write__seq(io)
            self._io.write_bits_int_le(24, self.device_bits_lo)
            self._io.write_bits_int_le(1, int(self.notify_on_empty))
            self._io.write_bits_int_le(1, int(self.reserved_bit25))
            self._io.write_bits_int_le(1, int(self.log_all))
            self._io.write_bits_int_le(1, int(self.any_layout))
            self._io.write_bits_int_le(1, int(self.indirect_desc))
            self._io.write_bits_int_le(1, int(self.event_idx))
            self._io.write_bits_int_le(1, int(self.protocol_features))
            self._io.write_bits_int_le(1, int(self.reserved_bit31))
            self._io.write_bits_int_le(1, int(self.version1))
            self._io.write_bits_int_le(1, int(self.access_platform))
            self._io.write_bits_int_le(1, int(self.ring_packed))
            self._io.write_bits_int_le(1, int(self.in_order))
            self._io.write_bits_int_le(1, int(self.order_platform))
            self._io.write_bits_int_le(1, int(self.sr_iov))
            self._io.write_bits_int_le(1, int(self.notification_data))
            self._io.write_bits_int_le(1, int(self.notif_config_data))
            self._io.write_bits_int_le(1, int(self.ring_reset))
            self._io.write_bits_int_le(1, int(self.admin_vq))
            self._io.write_bits_int_le(8, self.reserved_bit42)
            self._io.write_bits_int_le(14, self.device_bits_hi)


        def _check(self):
            self._dirty = False


    class VringAddress(ReadWriteKaitaiStruct):
        """Where the three parts of a split queue (or the packed ring and its two
        event structures) are, in the front-end's virtual addresses (user
        addresses), or I/O virtual addresses when ACCESS_PLATFORM was
        negotiated. `log_guest_addr` is the guest-physical address of the
        used ring, for dirty logging.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-address-description
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.VringAddress, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.index = self._io.read_u4le()
            self.flags = VhostUser.VringAddressFlags(self._io, self, self._root)
            self.flags._read()
            self.desc_user_addr = self._io.read_u8le()
            self.used_user_addr = self._io.read_u8le()
            self.avail_user_addr = self._io.read_u8le()
            self.log_guest_addr = self._io.read_u8le()
            self._dirty = False


        def _fetch_instances(self):
            pass
            self.flags._fetch_instances()


        def _write__seq(self, io=None):
            super(VhostUser.VringAddress, self)._write__seq(io)
            self._io.write_u4le(self.index)
            self.flags._write__seq(self._io)
            self._io.write_u8le(self.desc_user_addr)
            self._io.write_u8le(self.used_user_addr)
            self._io.write_u8le(self.avail_user_addr)
            self._io.write_u8le(self.log_guest_addr)


        def _check(self):
            if self.flags._root != self._root:
                raise kaitaistruct.ConsistencyError(u"flags", self._root, self.flags._root)
            if self.flags._parent != self:
                raise kaitaistruct.ConsistencyError(u"flags", self, self.flags._parent)
            self._dirty = False


    class VringAddressFlags(ReadWriteKaitaiStruct):
        """The 32-bit flags of a ring address.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#migration
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.VringAddressFlags, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.log = self._io.read_bits_int_le(1) != 0
            self.reserved = self._io.read_bits_int_le(31)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.VringAddressFlags, self)._write__seq(io)
            self._io.write_bits_int_le(1, int(self.log))
            self._io.write_bits_int_le(31, self.reserved)


        def _check(self):
            self._dirty = False


    class VringArea(ReadWriteKaitaiStruct):
        """BACKEND_VRING_HOST_NOTIFIER_MSG: a page of the file descriptor sent
        with the message that the front-end maps into the guest as a queue's
        notification area.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#vring-area-description
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.VringArea, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.queue = VhostUser.VringFile(self._io, self, self._root)
            self.queue._read()
            self.len_area = self._io.read_u8le()
            self.ofs_area = self._io.read_u8le()
            self._dirty = False


        def _fetch_instances(self):
            pass
            self.queue._fetch_instances()


        def _write__seq(self, io=None):
            super(VhostUser.VringArea, self)._write__seq(io)
            self.queue._write__seq(self._io)
            self._io.write_u8le(self.len_area)
            self._io.write_u8le(self.ofs_area)


        def _check(self):
            if self.queue._root != self._root:
                raise kaitaistruct.ConsistencyError(u"queue", self._root, self.queue._root)
            if self.queue._parent != self:
                raise kaitaistruct.ConsistencyError(u"queue", self, self.queue._parent)
            self._dirty = False


    class VringFile(ReadWriteKaitaiStruct):
        """The u64 payload of SET_VRING_KICK, SET_VRING_CALL and SET_VRING_ERR
        (and the u64 of a host-notifier area): the queue index in the low byte
        and, in bit 8, whether no file descriptor comes with the message (the
        back-end then polls instead of waiting for kicks, or the front-end
        polls for used buffers).
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#front-end-message-types
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.VringFile, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.index = self._io.read_bits_int_le(8)
            self.no_fd = self._io.read_bits_int_le(1) != 0
            self.reserved_lo = self._io.read_bits_int_le(23)
            self.reserved_hi = self._io.read_bits_int_le(32)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.VringFile, self)._write__seq(io)
            self._io.write_bits_int_le(8, self.index)
            self._io.write_bits_int_le(1, int(self.no_fd))
            self._io.write_bits_int_le(23, self.reserved_lo)
            self._io.write_bits_int_le(32, self.reserved_hi)


        def _check(self):
            self._dirty = False


    class VringState(ReadWriteKaitaiStruct):
        """A queue index and a number. The number is the queue size
        (SET_VRING_NUM), 1 or 0 (SET_VRING_ENABLE), 0 or 1 for little- or
        big-endian (SET_VRING_ENDIAN), zero (GET_VRING_BASE request,
        VRING_KICK), or the next available-ring index (SET/GET_VRING_BASE).
        For packed virtqueues the base packs two 15-bit indexes and their wrap
        counters into the number; the instances unpack them.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-state-description
        
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#a-vring-descriptor-index-for-split-virtqueues
        
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#vring-descriptor-indices-for-packed-virtqueues
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.VringState, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.index = self._io.read_u4le()
            self.num = self._io.read_u4le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.VringState, self)._write__seq(io)
            self._io.write_u4le(self.index)
            self._io.write_u4le(self.num)


        def _check(self):
            self._dirty = False

        @property
        def packed_avail_index(self):
            """Packed queues, base messages - the next descriptor-ring entry to process (bits 0-14)."""
            if hasattr(self, '_m_packed_avail_index'):
                return self._m_packed_avail_index

            self._m_packed_avail_index = self.num % 32768
            return getattr(self, '_m_packed_avail_index', None)

        def _invalidate_packed_avail_index(self):
            del self._m_packed_avail_index
        @property
        def packed_avail_wrap(self):
            """Packed queues - the driver ring wrap counter (bit 15)."""
            if hasattr(self, '_m_packed_avail_wrap'):
                return self._m_packed_avail_wrap

            self._m_packed_avail_wrap = (self.num // 32768) % 2
            return getattr(self, '_m_packed_avail_wrap', None)

        def _invalidate_packed_avail_wrap(self):
            del self._m_packed_avail_wrap
        @property
        def packed_used_index(self):
            """Packed queues - where the back-end places the next used descriptor (bits 16-30)."""
            if hasattr(self, '_m_packed_used_index'):
                return self._m_packed_used_index

            self._m_packed_used_index = (self.num // 65536) % 32768
            return getattr(self, '_m_packed_used_index', None)

        def _invalidate_packed_used_index(self):
            del self._m_packed_used_index
        @property
        def packed_used_wrap(self):
            """Packed queues - the device ring wrap counter (bit 31)."""
            if hasattr(self, '_m_packed_used_wrap'):
                return self._m_packed_used_wrap

            self._m_packed_used_wrap = self.num // 2147483648
            return getattr(self, '_m_packed_used_wrap', None)

        def _invalidate_packed_used_wrap(self):
            del self._m_packed_used_wrap
        @property
        def split_avail_index(self):
            """Split queues, base messages - the free-running index of the next available-ring entry to process (bits 0-15)."""
            if hasattr(self, '_m_split_avail_index'):
                return self._m_split_avail_index

            self._m_split_avail_index = self.num % 65536
            return getattr(self, '_m_split_avail_index', None)

        def _invalidate_split_avail_index(self):
            del self._m_split_avail_index

    class XenMmapFlags(ReadWriteKaitaiStruct):
        """How a Xen back-end maps a region.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#memory-region-description
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUser.XenMmapFlags, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.foreign = self._io.read_bits_int_le(1) != 0
            self.grant = self._io.read_bits_int_le(1) != 0
            self.reserved_bit2 = self._io.read_bits_int_le(6)
            self.map_on_demand = self._io.read_bits_int_le(1) != 0
            self.reserved_bit9 = self._io.read_bits_int_le(23)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUser.XenMmapFlags, self)._write__seq(io)
            self._io.write_bits_int_le(1, int(self.foreign))
            self._io.write_bits_int_le(1, int(self.grant))
            self._io.write_bits_int_le(6, self.reserved_bit2)
            self._io.write_bits_int_le(1, int(self.map_on_demand))
            self._io.write_bits_int_le(23, self.reserved_bit9)


        def _check(self):
            self._dirty = False



