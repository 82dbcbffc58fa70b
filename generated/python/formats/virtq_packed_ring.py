# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class VirtqPackedRing(ReadWriteKaitaiStruct):
    """A packed virtqueue (VIRTIO_F_RING_PACKED, virtio 1.1 and later) keeps a
    queue in three parts of guest memory:
    
    | part | written by | size for a queue of N entries | alignment |
    |---|---|---|---|
    | descriptor ring (this spec) | driver and device | 16 * N (N up to 32768, any value) | 16 |
    | driver event suppression (`virtq_packed_event`) | driver | 4 | 4 |
    | device event suppression (`virtq_packed_event`) | device | 4 | 4 |
    
    Both sides keep a position in the ring and a wrap counter that starts
    at 1 and flips each time the position passes the end. The driver makes a
    slot available by writing its descriptor with `avail` equal to its wrap
    counter and `used` the opposite; a chain is a run of consecutive slots
    linked by `has_next`, and its buffer id is in the last one. The device
    returns a buffer by writing one descriptor at its own position - the
    buffer id, the number of bytes written, `avail` and `used` both equal to
    its wrap counter - and moves on by as many slots as the chain took.
    Whoever writes a descriptor stores its flags last, so the other side
    never sees a half-written one.
    
    A descriptor with `indirect` points at a table of descriptors of this
    same layout that holds the whole chain, read in order (`has_next` and
    the ids in it are not used). vhost-user's SET_VRING_BASE and
    GET_VRING_BASE carry both positions and wrap counters (`vring_state` in
    `vhost_user`).
    
    The top level reads a ring (or table) of any length: every 16 bytes of
    input are one descriptor.
    
    .. seealso::
       Virtio 1.2, section 2.8 "Packed Virtqueues", 2.8.13 "Packed Virtqueue Descriptor Format"
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(VirtqPackedRing, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.descriptors = []
        i = 0
        while not self._io.is_eof():
            _t_descriptors = VirtqPackedRing.Descriptor(self._io, self, self._root)
            try:
                _t_descriptors._read()
            finally:
                self.descriptors.append(_t_descriptors)
            i += 1

        self._dirty = False


    def _fetch_instances(self):
        pass
        for i in range(len(self.descriptors)):
            pass
            self.descriptors[i]._fetch_instances()



    def _write__seq(self, io=None):
        super(VirtqPackedRing, self)._write__seq(io)
        for i in range(len(self.descriptors)):
            pass
            if self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"descriptors", 0, self._io.size() - self._io.pos())
            self.descriptors[i]._write__seq(self._io)

        if not self._io.is_eof():
            raise kaitaistruct.ConsistencyError(u"descriptors", 0, self._io.size() - self._io.pos())


    def _check(self):
        for i in range(len(self.descriptors)):
            pass
            if self.descriptors[i]._root != self._root:
                raise kaitaistruct.ConsistencyError(u"descriptors", self._root, self.descriptors[i]._root)
            if self.descriptors[i]._parent != self:
                raise kaitaistruct.ConsistencyError(u"descriptors", self, self.descriptors[i]._parent)

        self._dirty = False

    class DescFlags(ReadWriteKaitaiStruct):
        """The 16-bit descriptor flags.
        
        .. seealso::
           Virtio 1.2, section 2.8.1 "Driver and Device Ring Wrap Counters"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VirtqPackedRing.DescFlags, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.has_next = self._io.read_bits_int_le(1) != 0
            self.device_writable = self._io.read_bits_int_le(1) != 0
            self.indirect = self._io.read_bits_int_le(1) != 0
            self.reserved_low = self._io.read_bits_int_le(4)
            self.avail = self._io.read_bits_int_le(1) != 0
            self.reserved_high = self._io.read_bits_int_le(7)
            self.used = self._io.read_bits_int_le(1) != 0
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VirtqPackedRing.DescFlags, self)._write__seq(io)
            self._io.write_bits_int_le(1, int(self.has_next))
            self._io.write_bits_int_le(1, int(self.device_writable))
            self._io.write_bits_int_le(1, int(self.indirect))
            self._io.write_bits_int_le(4, self.reserved_low)
            self._io.write_bits_int_le(1, int(self.avail))
            self._io.write_bits_int_le(7, self.reserved_high)
            self._io.write_bits_int_le(1, int(self.used))


        def _check(self):
            self._dirty = False


    class Descriptor(ReadWriteKaitaiStruct):
        """One slot of the ring (16 bytes); as the driver or as the device left it.
        
        .. seealso::
           Virtio 1.2, section 2.8.13 "Packed Virtqueue Descriptor Format"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VirtqPackedRing.Descriptor, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.addr = self._io.read_u8le()
            self.len_buffer = self._io.read_u4le()
            self.buffer_id = self._io.read_u2le()
            self.flags = VirtqPackedRing.DescFlags(self._io, self, self._root)
            self.flags._read()
            self._dirty = False


        def _fetch_instances(self):
            pass
            self.flags._fetch_instances()


        def _write__seq(self, io=None):
            super(VirtqPackedRing.Descriptor, self)._write__seq(io)
            self._io.write_u8le(self.addr)
            self._io.write_u4le(self.len_buffer)
            self._io.write_u2le(self.buffer_id)
            self.flags._write__seq(self._io)


        def _check(self):
            if self.flags._root != self._root:
                raise kaitaistruct.ConsistencyError(u"flags", self._root, self.flags._root)
            if self.flags._parent != self:
                raise kaitaistruct.ConsistencyError(u"flags", self, self.flags._parent)
            self._dirty = False



