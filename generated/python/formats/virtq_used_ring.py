# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class VirtqUsedRing(ReadWriteKaitaiStruct):
    """The ring in which the device returns chains it has finished with (see
    `virtq_desc_table` for the whole split queue). The device writes the
    head index and the number of bytes it wrote into the chain's writable
    buffers to `entries[idx % N]` (`ring` in the virtio spec), then (after a write barrier) increments
    `idx`, and then decides whether to notify the driver (after a full
    barrier, reading `used_event` or the `no_interrupt` flag of the
    available ring).
    
    `avail_event` exists only with the EVENT_IDX feature: the device asks
    to be kicked once the driver's available index passes this value.
    Without it, the `no_notify` flag is the device's (advisory) way to ask
    for no kicks.
    
    The top level reads a whole ring; the number of entries follows from
    the input size (6 + 8 * N bytes, avail_event included).
    
    .. seealso::
       Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring"
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(VirtqUsedRing, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.flags = VirtqUsedRing.UsedFlags(self._io, self, self._root)
        self.flags._read()
        self.idx = self._io.read_u2le()
        self.entries = []
        for i in range(self.num_entries):
            _t_entries = VirtqUsedRing.UsedElem(self._io, self, self._root)
            try:
                _t_entries._read()
            finally:
                self.entries.append(_t_entries)

        self.avail_event = self._io.read_u2le()
        self._dirty = False


    def _fetch_instances(self):
        pass
        self.flags._fetch_instances()
        for i in range(len(self.entries)):
            pass
            self.entries[i]._fetch_instances()



    def _write__seq(self, io=None):
        super(VirtqUsedRing, self)._write__seq(io)
        self.flags._write__seq(self._io)
        self._io.write_u2le(self.idx)
        if len(self.entries) != self.num_entries:
            raise kaitaistruct.ConsistencyError(u"entries", self.num_entries, len(self.entries))
        for i in range(len(self.entries)):
            pass
            self.entries[i]._write__seq(self._io)

        self._io.write_u2le(self.avail_event)


    def _check(self):
        if self.flags._root != self._root:
            raise kaitaistruct.ConsistencyError(u"flags", self._root, self.flags._root)
        if self.flags._parent != self:
            raise kaitaistruct.ConsistencyError(u"flags", self, self.flags._parent)
        for i in range(len(self.entries)):
            pass
            if self.entries[i]._root != self._root:
                raise kaitaistruct.ConsistencyError(u"entries", self._root, self.entries[i]._root)
            if self.entries[i]._parent != self:
                raise kaitaistruct.ConsistencyError(u"entries", self, self.entries[i]._parent)

        self._dirty = False

    class UsedElem(ReadWriteKaitaiStruct):
        """One finished chain (8 bytes).
        
        .. seealso::
           Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VirtqUsedRing.UsedElem, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.id = self._io.read_u4le()
            self.len_written = self._io.read_u4le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VirtqUsedRing.UsedElem, self)._write__seq(io)
            self._io.write_u4le(self.id)
            self._io.write_u4le(self.len_written)


        def _check(self):
            self._dirty = False


    class UsedFlags(ReadWriteKaitaiStruct):
        """The 16-bit used ring flags.
        
        .. seealso::
           Virtio 1.2, section 2.7.8 "The Virtqueue Used Ring"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VirtqUsedRing.UsedFlags, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.no_notify = self._io.read_bits_int_le(1) != 0
            self.reserved = self._io.read_bits_int_le(15)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VirtqUsedRing.UsedFlags, self)._write__seq(io)
            self._io.write_bits_int_le(1, int(self.no_notify))
            self._io.write_bits_int_le(15, self.reserved)


        def _check(self):
            self._dirty = False


    @property
    def num_entries(self):
        """The queue size N."""
        if hasattr(self, '_m_num_entries'):
            return self._m_num_entries

        self._m_num_entries = (self._io.size() - 6) // 8
        return getattr(self, '_m_num_entries', None)

    def _invalidate_num_entries(self):
        del self._m_num_entries

