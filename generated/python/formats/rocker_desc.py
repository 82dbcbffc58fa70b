# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from qemuspec.formats import rocker


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class RockerDesc(ReadWriteKaitaiStruct):
    """A Rocker descriptor ring as it sits in guest memory: 32-byte
    descriptors, packed, the ring 8-byte aligned, as many as the ring's SIZE
    register says. A descriptor points at a buffer of TLVs (command, event,
    Tx or Rx; see `rocker_cmd`, `rocker_event`, `rocker_tx`, `rocker_rx`) and
    says how big the buffer is and how much of it holds TLVs. The driver posts
    a descriptor with the top bit of `comp_err` clear and moves the ring's
    HEAD past it; the device processes it, writes the TLV size of its answer,
    sets that bit with the error code (a positive errno) below it, writes the
    descriptor back and moves TAIL. All numbers are little-endian.
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/specs/rocker.html#dma-operations
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(RockerDesc, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.descriptors = []
        i = 0
        while not self._io.is_eof():
            _t_descriptors = RockerDesc.Descriptor(self._io, self, self._root)
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
        super(RockerDesc, self)._write__seq(io)
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

    class Completion(ReadWriteKaitaiStruct):
        """The 16-bit completion word."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerDesc.Completion, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.error = KaitaiStream.resolve_enum(rocker.Rocker.ReturnCode, self._io.read_bits_int_le(15))
            self.done = self._io.read_bits_int_le(1) != 0
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(RockerDesc.Completion, self)._write__seq(io)
            self._io.write_bits_int_le(15, int(self.error))
            self._io.write_bits_int_le(1, int(self.done))


        def _check(self):
            self._dirty = False


    class Descriptor(ReadWriteKaitaiStruct):
        """One DMA descriptor (32 bytes)."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerDesc.Descriptor, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.buf_addr_lo = self._io.read_u4le()
            self.buf_addr_hi = self._io.read_u4le()
            self.cookie_lo = self._io.read_u4le()
            self.cookie_hi = self._io.read_u4le()
            self.len_buf = self._io.read_u2le()
            self.len_tlvs = self._io.read_u2le()
            self.reserved = self._io.read_bytes(10)
            self.comp_err = RockerDesc.Completion(self._io, self, self._root)
            self.comp_err._read()
            self._dirty = False


        def _fetch_instances(self):
            pass
            self.comp_err._fetch_instances()


        def _write__seq(self, io=None):
            super(RockerDesc.Descriptor, self)._write__seq(io)
            self._io.write_u4le(self.buf_addr_lo)
            self._io.write_u4le(self.buf_addr_hi)
            self._io.write_u4le(self.cookie_lo)
            self._io.write_u4le(self.cookie_hi)
            self._io.write_u2le(self.len_buf)
            self._io.write_u2le(self.len_tlvs)
            self._io.write_bytes(self.reserved)
            self.comp_err._write__seq(self._io)


        def _check(self):
            if len(self.reserved) != 10:
                raise kaitaistruct.ConsistencyError(u"reserved", 10, len(self.reserved))
            if self.comp_err._root != self._root:
                raise kaitaistruct.ConsistencyError(u"comp_err", self._root, self.comp_err._root)
            if self.comp_err._parent != self:
                raise kaitaistruct.ConsistencyError(u"comp_err", self, self.comp_err._parent)
            self._dirty = False

        @property
        def buf_addr(self):
            """The buffer's guest physical address."""
            if hasattr(self, '_m_buf_addr'):
                return self._m_buf_addr

            self._m_buf_addr = (self.buf_addr_hi * 4294967296 + self.buf_addr_lo)
            return getattr(self, '_m_buf_addr', None)

        def _invalidate_buf_addr(self):
            del self._m_buf_addr


