# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class VhostUserInflight(ReadWriteKaitaiStruct):
    """With the INFLIGHT_SHMFD protocol feature the back-end hands the
    front-end a shared buffer (GET_INFLIGHT_FD) in which it notes every
    request it took from a queue and has not finished. The front-end keeps
    the buffer while the back-end dies and gives it to the next back-end
    (SET_INFLIGHT_FD), which then sends the unfinished requests again, in
    the order they were first taken, instead of losing them.
    
    The buffer is one region per queue, back to back; each region is as
    long as its entries need, rounded up to 64 bytes. The top level reads
    the regions of split virtqueues, each with its header filled in (a
    back-end writes `version` and `num_descs` when it starts tracking a
    queue; a region that is still all zeros has no entries). A region's
    length follows from its `num_descs`, so the top level needs it to be the
    buffer's queue size, as the spec asks (libvhost-user writes the ring's own
    size, the same unless the driver made the queue smaller). The packed
    virtqueue's region has its own layout (`queue_region_packed`).
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(VhostUserInflight, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.queues = []
        i = 0
        while not self._io.is_eof():
            _t_queues = VhostUserInflight.QueueRegionSplit(self._io, self, self._root)
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
        super(VhostUserInflight, self)._write__seq(io)
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
            if self.queues[i]._root != self._root:
                raise kaitaistruct.ConsistencyError(u"queues", self._root, self.queues[i]._root)
            if self.queues[i]._parent != self:
                raise kaitaistruct.ConsistencyError(u"queues", self, self.queues[i]._parent)

        self._dirty = False

    class DescStatePacked(ReadWriteKaitaiStruct):
        """The tracking entry of one packed-queue descriptor (32 bytes).
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUserInflight.DescStatePacked, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.inflight = self._io.read_u1()
            self.padding = self._io.read_u1()
            self.next = self._io.read_u2le()
            self.last = self._io.read_u2le()
            self.num = self._io.read_u2le()
            self.counter = self._io.read_u8le()
            self.id = self._io.read_u2le()
            self.flags = self._io.read_u2le()
            self.len_buffer = self._io.read_u4le()
            self.addr = self._io.read_u8le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUserInflight.DescStatePacked, self)._write__seq(io)
            self._io.write_u1(self.inflight)
            self._io.write_u1(self.padding)
            self._io.write_u2le(self.next)
            self._io.write_u2le(self.last)
            self._io.write_u2le(self.num)
            self._io.write_u8le(self.counter)
            self._io.write_u2le(self.id)
            self._io.write_u2le(self.flags)
            self._io.write_u4le(self.len_buffer)
            self._io.write_u8le(self.addr)


        def _check(self):
            self._dirty = False


    class DescStateSplit(ReadWriteKaitaiStruct):
        """The tracking entry of one split-queue descriptor (16 bytes); only head descriptors use it.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUserInflight.DescStateSplit, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.inflight = self._io.read_u1()
            self.padding = self._io.read_bytes(5)
            self.next = self._io.read_u2le()
            self.counter = self._io.read_u8le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUserInflight.DescStateSplit, self)._write__seq(io)
            self._io.write_u1(self.inflight)
            self._io.write_bytes(self.padding)
            self._io.write_u2le(self.next)
            self._io.write_u8le(self.counter)


        def _check(self):
            if len(self.padding) != 5:
                raise kaitaistruct.ConsistencyError(u"padding", 5, len(self.padding))
            self._dirty = False


    class QueueRegionPacked(ReadWriteKaitaiStruct):
        """One packed queue's region - a header, then one 32-byte entry per descriptor.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUserInflight.QueueRegionPacked, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.features = self._io.read_u8le()
            self.version = self._io.read_u2le()
            self.num_descs = self._io.read_u2le()
            self.free_head = self._io.read_u2le()
            self.old_free_head = self._io.read_u2le()
            self.used_idx = self._io.read_u2le()
            self.old_used_idx = self._io.read_u2le()
            self.used_wrap_counter = self._io.read_u1()
            self.old_used_wrap_counter = self._io.read_u1()
            self.padding = self._io.read_bytes(7)
            self.descs = []
            for i in range(self.num_descs):
                _t_descs = VhostUserInflight.DescStatePacked(self._io, self, self._root)
                try:
                    _t_descs._read()
                finally:
                    self.descs.append(_t_descs)

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.descs)):
                pass
                self.descs[i]._fetch_instances()



        def _write__seq(self, io=None):
            super(VhostUserInflight.QueueRegionPacked, self)._write__seq(io)
            self._io.write_u8le(self.features)
            self._io.write_u2le(self.version)
            self._io.write_u2le(self.num_descs)
            self._io.write_u2le(self.free_head)
            self._io.write_u2le(self.old_free_head)
            self._io.write_u2le(self.used_idx)
            self._io.write_u2le(self.old_used_idx)
            self._io.write_u1(self.used_wrap_counter)
            self._io.write_u1(self.old_used_wrap_counter)
            self._io.write_bytes(self.padding)
            for i in range(len(self.descs)):
                pass
                self.descs[i]._write__seq(self._io)



        def _check(self):
            if len(self.padding) != 7:
                raise kaitaistruct.ConsistencyError(u"padding", 7, len(self.padding))
            if len(self.descs) != self.num_descs:
                raise kaitaistruct.ConsistencyError(u"descs", self.num_descs, len(self.descs))
            for i in range(len(self.descs)):
                pass
                if self.descs[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"descs", self._root, self.descs[i]._root)
                if self.descs[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"descs", self, self.descs[i]._parent)

            self._dirty = False


    class QueueRegionSplit(ReadWriteKaitaiStruct):
        """One split queue's region: a 16-byte header, one 16-byte entry per
        descriptor of the queue, then padding up to a multiple of 64 bytes.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/vhost-user.html#inflight-i-o-tracking
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUserInflight.QueueRegionSplit, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.features = self._io.read_u8le()
            self.version = self._io.read_u2le()
            self.num_descs = self._io.read_u2le()
            self.last_batch_head = self._io.read_u2le()
            self.used_idx = self._io.read_u2le()
            self.descs = []
            for i in range(self.num_descs):
                _t_descs = VhostUserInflight.DescStateSplit(self._io, self, self._root)
                try:
                    _t_descs._read()
                finally:
                    self.descs.append(_t_descs)

            self.padding = self._io.read_bytes(((((16 * self.num_descs + 2) + 63) // 64) * 64 - 16 * self.num_descs) - 16)
            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.descs)):
                pass
                self.descs[i]._fetch_instances()



        def _write__seq(self, io=None):
            super(VhostUserInflight.QueueRegionSplit, self)._write__seq(io)
            self._io.write_u8le(self.features)
            self._io.write_u2le(self.version)
            self._io.write_u2le(self.num_descs)
            self._io.write_u2le(self.last_batch_head)
            self._io.write_u2le(self.used_idx)
            for i in range(len(self.descs)):
                pass
                self.descs[i]._write__seq(self._io)

            self._io.write_bytes(self.padding)


        def _check(self):
            if len(self.descs) != self.num_descs:
                raise kaitaistruct.ConsistencyError(u"descs", self.num_descs, len(self.descs))
            for i in range(len(self.descs)):
                pass
                if self.descs[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"descs", self._root, self.descs[i]._root)
                if self.descs[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"descs", self, self.descs[i]._parent)

            if len(self.padding) != ((((16 * self.num_descs + 2) + 63) // 64) * 64 - 16 * self.num_descs) - 16:
                raise kaitaistruct.ConsistencyError(u"padding", ((((16 * self.num_descs + 2) + 63) // 64) * 64 - 16 * self.num_descs) - 16, len(self.padding))
            self._dirty = False



