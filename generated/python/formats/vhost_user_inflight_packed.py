# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from qemuspec.formats import vhost_user_inflight


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class VhostUserInflightPacked(ReadWriteKaitaiStruct):
    """The in-flight tracking buffer as a back-end makes it when the front-end
    set RING_PACKED before asking for it (GET_INFLIGHT_FD): one packed-queue
    region per queue, back to back, each a 32-byte header and a 32-byte
    entry per descriptor, rounded up to 64 bytes. The region's layout is
    `queue_region_packed` of `vhost_user_inflight.ksy`, which this spec
    imports; nothing in the bytes tells a packed buffer from a split one
    (the features decide), so this spec is the packed buffer's top level and
    `vhost_user_inflight` the split one's.
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(VhostUserInflightPacked, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.queues = []
        i = 0
        while not self._io.is_eof():
            _t_queues = vhost_user_inflight.VhostUserInflight.QueueRegionPacked(self._io)
            try:
                _t_queues._read()
            finally:
                self.queues.append(_t_queues)
            i += 1

        self._dirty = False


    def _fetch_instances(self):
        pass
        for i in range(len(self.queues)):
            pass
            self.queues[i]._fetch_instances()



    def _write__seq(self, io=None):
        super(VhostUserInflightPacked, self)._write__seq(io)
        for i in range(len(self.queues)):
            pass
            if self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"queues", 0, self._io.size() - self._io.pos())
            self.queues[i]._write__seq(self._io)

        if not self._io.is_eof():
            raise kaitaistruct.ConsistencyError(u"queues", 0, self._io.size() - self._io.pos())


    def _check(self):
        for i in range(len(self.queues)):
            pass

        self._dirty = False


