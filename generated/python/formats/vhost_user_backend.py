# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from qemuspec.formats import vhost_user
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class VhostUserBackend(ReadWriteKaitaiStruct):
    """With the BACKEND_REQ protocol feature the front-end hands the back-end a
    second socket (SET_BACKEND_REQ_FD). On it the roles turn around: the
    back-end sends requests (IOTLB misses, configuration changes, host
    notifier areas, in-band calls, shared objects) and the front-end
    answers. The header is the one of the main channel (`vhost_user`), with
    its own request ids; the payloads are the main channel's types.
    
    With BACKEND_SEND_FD a request may carry up to 8 file descriptors. A
    reply is a u64 (zero for success) that the front-end sends when the
    request had `need_reply` set, except SHARED_OBJECT_LOOKUP, which is
    always answered.
    
    The custom keys `-fds` and `-reply` of each `backend_request` value use
    the words of `vhost_user`.
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/interop/vhost-user.html#back-end-communication
    """

    class BackendRequest(IntEnum):
        iotlb_msg = 1
        config_change_msg = 2
        vring_host_notifier_msg = 3
        vring_call = 4
        vring_err = 5
        shared_object_add = 6
        shared_object_remove = 7
        shared_object_lookup = 8
    def __init__(self, _io=None, _parent=None, _root=None):
        super(VhostUserBackend, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.request = KaitaiStream.resolve_enum(VhostUserBackend.BackendRequest, self._io.read_u4le())
        self.flags = vhost_user.VhostUser.HeaderFlags(self._io)
        self.flags._read()
        self.len_payload = self._io.read_u4le()
        if  (((not (self.flags.is_reply))) and (self.len_payload != 0)) :
            pass
            _on = self.request
            if _on == VhostUserBackend.BackendRequest.iotlb_msg:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = vhost_user.VhostUser.IotlbMessage(_io__raw_request_body)
                self.request_body._read()
            elif _on == VhostUserBackend.BackendRequest.shared_object_add:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = vhost_user.VhostUser.SharedObject(_io__raw_request_body)
                self.request_body._read()
            elif _on == VhostUserBackend.BackendRequest.shared_object_lookup:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = vhost_user.VhostUser.SharedObject(_io__raw_request_body)
                self.request_body._read()
            elif _on == VhostUserBackend.BackendRequest.shared_object_remove:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = vhost_user.VhostUser.SharedObject(_io__raw_request_body)
                self.request_body._read()
            elif _on == VhostUserBackend.BackendRequest.vring_call:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = vhost_user.VhostUser.VringState(_io__raw_request_body)
                self.request_body._read()
            elif _on == VhostUserBackend.BackendRequest.vring_err:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = vhost_user.VhostUser.VringState(_io__raw_request_body)
                self.request_body._read()
            elif _on == VhostUserBackend.BackendRequest.vring_host_notifier_msg:
                pass
                self._raw_request_body = self._io.read_bytes(self.len_payload)
                _io__raw_request_body = KaitaiStream(BytesIO(self._raw_request_body))
                self.request_body = vhost_user.VhostUser.VringArea(_io__raw_request_body)
                self.request_body._read()
            else:
                pass
                self.request_body = self._io.read_bytes(self.len_payload)

        if  ((self.flags.is_reply) and (self.len_payload != 0)) :
            pass
            self._raw_reply_body = self._io.read_bytes(self.len_payload)
            _io__raw_reply_body = KaitaiStream(BytesIO(self._raw_reply_body))
            self.reply_body = vhost_user.VhostUser.U64Payload(_io__raw_reply_body)
            self.reply_body._read()

        self._dirty = False


    def _fetch_instances(self):
        pass
        self.flags._fetch_instances()
        if  (((not (self.flags.is_reply))) and (self.len_payload != 0)) :
            pass
            _on = self.request
            if _on == VhostUserBackend.BackendRequest.iotlb_msg:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUserBackend.BackendRequest.shared_object_add:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUserBackend.BackendRequest.shared_object_lookup:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUserBackend.BackendRequest.shared_object_remove:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUserBackend.BackendRequest.vring_call:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUserBackend.BackendRequest.vring_err:
                pass
                self.request_body._fetch_instances()
            elif _on == VhostUserBackend.BackendRequest.vring_host_notifier_msg:
                pass
                self.request_body._fetch_instances()
            else:
                pass

        if  ((self.flags.is_reply) and (self.len_payload != 0)) :
            pass
            self.reply_body._fetch_instances()



    def _write__seq(self, io=None):
        super(VhostUserBackend, self)._write__seq(io)
        self._io.write_u4le(int(self.request))
        self.flags._write__seq(self._io)
        self._io.write_u4le(self.len_payload)
        if  (((not (self.flags.is_reply))) and (self.len_payload != 0)) :
            pass
            _on = self.request
            if _on == VhostUserBackend.BackendRequest.iotlb_msg:
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
            elif _on == VhostUserBackend.BackendRequest.shared_object_add:
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
            elif _on == VhostUserBackend.BackendRequest.shared_object_lookup:
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
            elif _on == VhostUserBackend.BackendRequest.shared_object_remove:
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
            elif _on == VhostUserBackend.BackendRequest.vring_call:
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
            elif _on == VhostUserBackend.BackendRequest.vring_err:
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
            elif _on == VhostUserBackend.BackendRequest.vring_host_notifier_msg:
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
        if  (((not (self.flags.is_reply))) and (self.len_payload != 0)) :
            pass
            _on = self.request
            if _on == VhostUserBackend.BackendRequest.iotlb_msg:
                pass
            elif _on == VhostUserBackend.BackendRequest.shared_object_add:
                pass
            elif _on == VhostUserBackend.BackendRequest.shared_object_lookup:
                pass
            elif _on == VhostUserBackend.BackendRequest.shared_object_remove:
                pass
            elif _on == VhostUserBackend.BackendRequest.vring_call:
                pass
            elif _on == VhostUserBackend.BackendRequest.vring_err:
                pass
            elif _on == VhostUserBackend.BackendRequest.vring_host_notifier_msg:
                pass
            else:
                pass
                if len(self.request_body) != self.len_payload:
                    raise kaitaistruct.ConsistencyError(u"request_body", self.len_payload, len(self.request_body))

        if  ((self.flags.is_reply) and (self.len_payload != 0)) :
            pass

        self._dirty = False


