# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class VirtqAvailRing(ReadWriteKaitaiStruct):
    """The ring in which the driver offers descriptor chains to the device
    (see `virtq_desc_table` for the whole split queue). The driver writes
    the head index of a chain into `entries[idx % N]` (`ring` in the virtio spec), then (after a write
    barrier) increments `idx`, a free-running 16-bit counter. The device
    remembers how far it has read (its last available index, which
    vhost-user's SET/GET_VRING_BASE carry) and processes entries until it
    reaches `idx`.
    
    `used_event` exists only with the EVENT_IDX feature: the driver asks to
    be notified once the device's used index passes this value. Without
    EVENT_IDX the `no_interrupt` flag is the driver's (advisory) way to ask
    for no notifications.
    
    The top level reads a whole ring; the number of entries follows from
    the input size (6 + 2 * N bytes, used_event included).
    
    .. seealso::
       Virtio 1.2, section 2.7.6 "The Virtqueue Available Ring"
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(VirtqAvailRing, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.flags = VirtqAvailRing.AvailFlags(self._io, self, self._root)
        self.flags._read()
        self.idx = self._io.read_u2le()
        self.entries = []
        for i in range(self.num_entries):
            self.entries.append(self._io.read_u2le())

        self.used_event = self._io.read_u2le()
        self._dirty = False


    def _fetch_instances(self):
        pass
        self.flags._fetch_instances()
        for i in range(len(self.entries)):
            pass



    def _write__seq(self, io=None):
        super(VirtqAvailRing, self)._write__seq(io)
        self.flags._write__seq(self._io)
        self._io.write_u2le(self.idx)
        if len(self.entries) != self.num_entries:
            raise kaitaistruct.ConsistencyError(u"entries", self.num_entries, len(self.entries))
        for i in range(len(self.entries)):
            pass
            self._io.write_u2le(self.entries[i])

        self._io.write_u2le(self.used_event)


    def _check(self):
        if self.flags._root != self._root:
            raise kaitaistruct.ConsistencyError(u"flags", self._root, self.flags._root)
        if self.flags._parent != self:
            raise kaitaistruct.ConsistencyError(u"flags", self, self.flags._parent)
        for i in range(len(self.entries)):
            pass

        self._dirty = False

    class AvailFlags(ReadWriteKaitaiStruct):
        """The 16-bit available ring flags.
        
        .. seealso::
           Virtio 1.2, section 2.7.6 "The Virtqueue Available Ring"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VirtqAvailRing.AvailFlags, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.no_interrupt = self._io.read_bits_int_le(1) != 0
            self.reserved = self._io.read_bits_int_le(15)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VirtqAvailRing.AvailFlags, self)._write__seq(io)
            self._io.write_bits_int_le(1, int(self.no_interrupt))
            self._io.write_bits_int_le(15, self.reserved)


        def _check(self):
            self._dirty = False


    @property
    def num_entries(self):
        """The queue size N."""
        if hasattr(self, '_m_num_entries'):
            return self._m_num_entries

        self._m_num_entries = (self._io.size() - 6) // 2
        return getattr(self, '_m_num_entries', None)

    def _invalidate_num_entries(self):
        del self._m_num_entries

