# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class VirtqDescTable(ReadWriteKaitaiStruct):
    """A split virtqueue, the queue layout vhost-user back-ends process, has
    three parts in guest memory, each written by one side only:
    
    | part | written by | size for a queue of N entries | alignment |
    |---|---|---|---|
    | descriptor table (this spec) | driver | 16 * N | 16 |
    | available ring (`virtq_avail_ring`) | driver | 6 + 2 * N | 2 |
    | used ring (`virtq_used_ring`) | device | 6 + 8 * N | 4 |
    
    The legacy (virtio 0.9.5) PCI transport puts the three parts in one
    block: the table, the available ring right after it, and the used ring
    at the next 4096-byte boundary.
    
    A request is a chain of descriptors: the driver writes the buffers'
    addresses and lengths into free descriptors, links them with `next`,
    marks the ones the device may write into, and puts the index of the
    first (the head) into the available ring. Device-readable descriptors
    come before device-writable ones. A descriptor with the indirect flag
    points at a table of further descriptors (an indirect table, this same
    layout) that holds the whole chain; an indirect table never points at
    another one. Numbers are little-endian (virtio 1.0; legacy devices use
    the guest's byte order, little-endian on x86 and Arm).
    
    The top level reads a table of any length: every 16 bytes of input are
    one descriptor.
    
    .. seealso::
       Virtio 1.2, section 2.7 "Split Virtqueues", 2.7.5 "The Virtqueue Descriptor Table"
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(VirtqDescTable, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.descriptors = []
        i = 0
        while not self._io.is_eof():
            _t_descriptors = VirtqDescTable.Descriptor(self._io, self, self._root)
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
        super(VirtqDescTable, self)._write__seq(io)
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
           Virtio 1.2, section 2.7.5 "The Virtqueue Descriptor Table"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VirtqDescTable.DescFlags, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.has_next = self._io.read_bits_int_le(1) != 0
            self.device_writable = self._io.read_bits_int_le(1) != 0
            self.indirect = self._io.read_bits_int_le(1) != 0
            self.reserved = self._io.read_bits_int_le(13)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VirtqDescTable.DescFlags, self)._write__seq(io)
            self._io.write_bits_int_le(1, int(self.has_next))
            self._io.write_bits_int_le(1, int(self.device_writable))
            self._io.write_bits_int_le(1, int(self.indirect))
            self._io.write_bits_int_le(13, self.reserved)


        def _check(self):
            self._dirty = False


    class Descriptor(ReadWriteKaitaiStruct):
        """One buffer of a chain (16 bytes).
        
        .. seealso::
           Virtio 1.2, section 2.7.5 "The Virtqueue Descriptor Table"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VirtqDescTable.Descriptor, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.addr = self._io.read_u8le()
            self.len_buffer = self._io.read_u4le()
            self.flags = VirtqDescTable.DescFlags(self._io, self, self._root)
            self.flags._read()
            self.next = self._io.read_u2le()
            self._dirty = False


        def _fetch_instances(self):
            pass
            self.flags._fetch_instances()


        def _write__seq(self, io=None):
            super(VirtqDescTable.Descriptor, self)._write__seq(io)
            self._io.write_u8le(self.addr)
            self._io.write_u4le(self.len_buffer)
            self.flags._write__seq(self._io)
            self._io.write_u2le(self.next)


        def _check(self):
            if self.flags._root != self._root:
                raise kaitaistruct.ConsistencyError(u"flags", self._root, self.flags._root)
            if self.flags._parent != self:
                raise kaitaistruct.ConsistencyError(u"flags", self, self.flags._parent)
            self._dirty = False



