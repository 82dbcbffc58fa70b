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
    
    The buffer is one region per queue, back to back, all of one length: a
    header and one entry per descriptor of the buffer's queue size, rounded
    up to 64 bytes. Which layout the regions have follows from the features
    the front-end set before it asked for the buffer (QEMU sends SET_FEATURES
    first for that reason): `queue_region_split`, or `queue_region_packed`
    with RING_PACKED. The top level reads split regions, each with its
    header filled in (a back-end writes `num_descs` into every region when it
    makes the buffer, `version` when it starts tracking a queue). A back-end
    may write the queue's own ring size as `num_descs` instead of the
    buffer's queue size (the spec asks for the queue size; the two differ
    when the driver made the queue smaller); the entries past a region's
    `num_descs` are then never written, and the top level reads them as
    `slack`, zero 64-byte blocks up to the next region's header (which is
    never all zero, its `num_descs` being written) or the end.
    
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

    class BlockPeek(ReadWriteKaitaiStruct):
        """The next 64 bytes, read as eight u8 to tell whether they are all zero."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUserInflight.BlockPeek, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.words = []
            for i in range(8):
                self.words.append(self._io.read_u8le())

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.words)):
                pass



        def _write__seq(self, io=None):
            super(VhostUserInflight.BlockPeek, self)._write__seq(io)
            for i in range(len(self.words)):
                pass
                self._io.write_u8le(self.words[i])



        def _check(self):
            if len(self.words) != 8:
                raise kaitaistruct.ConsistencyError(u"words", 8, len(self.words))
            for i in range(len(self.words)):
                pass

            self._dirty = False

        @property
        def zero(self):
            """All eight are zero."""
            if hasattr(self, '_m_zero'):
                return self._m_zero

            self._m_zero =  ((self.words[0] == 0) and (self.words[1] == 0) and (self.words[2] == 0) and (self.words[3] == 0) and (self.words[4] == 0) and (self.words[5] == 0) and (self.words[6] == 0) and (self.words[7] == 0)) 
            return getattr(self, '_m_zero', None)

        def _invalidate_zero(self):
            del self._m_zero

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
        """One packed queue's region: a 32-byte header, one 32-byte entry per
        descriptor of the queue, then padding up to a multiple of 64 bytes.
        The entries not taken by a request in flight form a free list
        (`free_head`, linked through `next`); a request takes entries from
        it, one per ring descriptor, and gives them back when it is used.
        
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
            self.padding = self._io.read_bytes(10)
            self.descs = []
            for i in range(self.num_descs):
                _t_descs = VhostUserInflight.DescStatePacked(self._io, self, self._root)
                try:
                    _t_descs._read()
                finally:
                    self.descs.append(_t_descs)

            self.padding_end = self._io.read_bytes(((((32 * self.num_descs + 32) + 63) // 64) * 64 - 32 * self.num_descs) - 32)
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

            self._io.write_bytes(self.padding_end)


        def _check(self):
            if len(self.padding) != 10:
                raise kaitaistruct.ConsistencyError(u"padding", 10, len(self.padding))
            if len(self.descs) != self.num_descs:
                raise kaitaistruct.ConsistencyError(u"descs", self.num_descs, len(self.descs))
            for i in range(len(self.descs)):
                pass
                if self.descs[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"descs", self._root, self.descs[i]._root)
                if self.descs[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"descs", self, self.descs[i]._parent)

            if len(self.padding_end) != ((((32 * self.num_descs + 32) + 63) // 64) * 64 - 32 * self.num_descs) - 32:
                raise kaitaistruct.ConsistencyError(u"padding_end", ((((32 * self.num_descs + 32) + 63) // 64) * 64 - 32 * self.num_descs) - 32, len(self.padding_end))
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
            self._should_write_next_block = False
            self.next_block__enabled = True

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
            if self.more_slack:
                pass
                self.slack = []
                i = 0
                while True:
                    _t_slack = VhostUserInflight.ZeroBlock(self._io, self, self._root)
                    try:
                        _t_slack._read()
                    finally:
                        _ = _t_slack
                        self.slack.append(_)
                    if (not (_.more)):
                        break
                    i += 1

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.descs)):
                pass
                self.descs[i]._fetch_instances()

            if self.more_slack:
                pass
                for i in range(len(self.slack)):
                    pass
                    self.slack[i]._fetch_instances()


            _ = self.next_block
            if hasattr(self, '_m_next_block'):
                pass
                self._m_next_block._fetch_instances()



        def _write__seq(self, io=None):
            super(VhostUserInflight.QueueRegionSplit, self)._write__seq(io)
            self._should_write_next_block = self.next_block__enabled
            self._io.write_u8le(self.features)
            self._io.write_u2le(self.version)
            self._io.write_u2le(self.num_descs)
            self._io.write_u2le(self.last_batch_head)
            self._io.write_u2le(self.used_idx)
            for i in range(len(self.descs)):
                pass
                self.descs[i]._write__seq(self._io)

            self._io.write_bytes(self.padding)
            if self.more_slack:
                pass
                if len(self.slack) == 0:
                    raise kaitaistruct.ConsistencyError(u"slack", 0, len(self.slack))
                for i in range(len(self.slack)):
                    pass
                    if self.slack[i]._root != self._root:
                        raise kaitaistruct.ConsistencyError(u"slack", self._root, self.slack[i]._root)
                    if self.slack[i]._parent != self:
                        raise kaitaistruct.ConsistencyError(u"slack", self, self.slack[i]._parent)
                    self.slack[i]._write__seq(self._io)
                    _ = self.slack[i]
                    if (not (_.more)) != (i == len(self.slack) - 1):
                        raise kaitaistruct.ConsistencyError(u"slack", i == len(self.slack) - 1, (not (_.more)))




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
            if self.next_block__enabled:
                pass
                if self._m_next_block._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"next_block", self._root, self._m_next_block._root)
                if self._m_next_block._parent != self:
                    raise kaitaistruct.ConsistencyError(u"next_block", self, self._m_next_block._parent)

            self._dirty = False

        @property
        def more_slack(self):
            """The next 64 bytes are all zero (no region header starts there)."""
            if hasattr(self, '_m_more_slack'):
                return self._m_more_slack

            self._m_more_slack =  ((self._io.size() - self._io.pos() >= 64) and (self.next_block.zero)) 
            return getattr(self, '_m_more_slack', None)

        def _invalidate_more_slack(self):
            del self._m_more_slack
        @property
        def next_block(self):
            """The next 64 bytes (at the end of the buffer the first 64, then unused; regions are whole 64-byte blocks)."""
            if self._should_write_next_block:
                self._write_next_block()
            if hasattr(self, '_m_next_block'):
                return self._m_next_block

            if not self.next_block__enabled:
                return None

            _pos = self._io.pos()
            self._io.seek(self._io.pos() % self._io.size())
            self._m_next_block = VhostUserInflight.BlockPeek(self._io, self, self._root)
            self._m_next_block._read()
            self._io.seek(_pos)
            return getattr(self, '_m_next_block', None)

        @next_block.setter
        def next_block(self, v):
            self._dirty = True
            self._m_next_block = v

        def _write_next_block(self):
            self._should_write_next_block = False
            _pos = self._io.pos()
            self._io.seek(self._io.pos() % self._io.size())
            self._m_next_block._write__seq(self._io)
            self._io.seek(_pos)


    class ZeroBlock(ReadWriteKaitaiStruct):
        """64 bytes of zeros inside a region, past its entries."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUserInflight.ZeroBlock, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._should_write_next_block = False
            self.next_block__enabled = True

        def _read(self):
            self.data = self._io.read_bytes(64)
            self._dirty = False


        def _fetch_instances(self):
            pass
            _ = self.next_block
            if hasattr(self, '_m_next_block'):
                pass
                self._m_next_block._fetch_instances()



        def _write__seq(self, io=None):
            super(VhostUserInflight.ZeroBlock, self)._write__seq(io)
            self._should_write_next_block = self.next_block__enabled
            self._io.write_bytes(self.data)


        def _check(self):
            if len(self.data) != 64:
                raise kaitaistruct.ConsistencyError(u"data", 64, len(self.data))
            if self.next_block__enabled:
                pass
                if self._m_next_block._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"next_block", self._root, self._m_next_block._root)
                if self._m_next_block._parent != self:
                    raise kaitaistruct.ConsistencyError(u"next_block", self, self._m_next_block._parent)

            self._dirty = False

        @property
        def more(self):
            """The 64 bytes after this block are all zero too."""
            if hasattr(self, '_m_more'):
                return self._m_more

            self._m_more =  ((self._io.size() - self._io.pos() >= 64) and (self.next_block.zero)) 
            return getattr(self, '_m_more', None)

        def _invalidate_more(self):
            del self._m_more
        @property
        def next_block(self):
            """The next 64 bytes (at the end of the buffer the first 64, then unused; regions are whole 64-byte blocks)."""
            if self._should_write_next_block:
                self._write_next_block()
            if hasattr(self, '_m_next_block'):
                return self._m_next_block

            if not self.next_block__enabled:
                return None

            _pos = self._io.pos()
            self._io.seek(self._io.pos() % self._io.size())
            self._m_next_block = VhostUserInflight.BlockPeek(self._io, self, self._root)
            self._m_next_block._read()
            self._io.seek(_pos)
            return getattr(self, '_m_next_block', None)

        @next_block.setter
        def next_block(self, v):
            self._dirty = True
            self._m_next_block = v

        def _write_next_block(self):
            self._should_write_next_block = False
            _pos = self._io.pos()
            self._io.seek(self._io.pos() % self._io.size())
            self._m_next_block._write__seq(self._io)
            self._io.seek(_pos)



