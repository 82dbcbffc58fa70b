# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from qemuspec.formats import rocker
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class RockerRx(ReadWriteKaitaiStruct):
    """The buffer of a descriptor on a port's Rx ring. The driver posts it with
    RX_FRAG_ADDR and RX_FRAG_MAX_LEN (where a packet may go); when a packet
    for the CPU arrives on the port, the device copies it there and rewrites
    the buffer with RX_FLAGS, RX_CSUM, the address, the maximum length and
    RX_FRAG_LEN, the packet's length. TLV headers as in `rocker_cmd`.
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/specs/rocker.html#rx-packet-processing
    """

    class RxAttr(IntEnum):
        flags = 1
        csum = 2
        frag_addr = 3
        frag_max_len = 4
        frag_len = 5
    def __init__(self, _io=None, _parent=None, _root=None):
        super(RockerRx, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.tlvs = []
        i = 0
        while not self._io.is_eof():
            _t_tlvs = RockerRx.RxTlv(self._io, self, self._root)
            try:
                _t_tlvs._read()
            finally:
                self.tlvs.append(_t_tlvs)
            i += 1

        self._dirty = False


    def _fetch_instances(self):
        pass
        for i in range(len(self.tlvs)):
            pass
            self.tlvs[i]._fetch_instances()



    def _write__seq(self, io=None):
        super(RockerRx, self)._write__seq(io)
        for i in range(len(self.tlvs)):
            pass
            if self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"tlvs", 0, self._io.size() - self._io.pos())
            self.tlvs[i]._write__seq(self._io)

        if not self._io.is_eof():
            raise kaitaistruct.ConsistencyError(u"tlvs", 0, self._io.size() - self._io.pos())


    def _check(self):
        for i in range(len(self.tlvs)):
            pass
            if self.tlvs[i]._root != self._root:
                raise kaitaistruct.ConsistencyError(u"tlvs", self._root, self.tlvs[i]._root)
            if self.tlvs[i]._parent != self:
                raise kaitaistruct.ConsistencyError(u"tlvs", self, self.tlvs[i]._parent)

        self._dirty = False

    class RxTlv(ReadWriteKaitaiStruct):
        """One TLV of an Rx buffer."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerRx.RxTlv, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.tlv_type = KaitaiStream.resolve_enum(RockerRx.RxAttr, self._io.read_u4le())
            self.len_tlv = self._io.read_u2le()
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, self._io, u"/types/rx_tlv/seq/1")
            self.reserved = self._io.read_u2le()
            _on = self.tlv_type
            if _on == RockerRx.RxAttr.csum:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerRx.RxAttr.flags:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.RxFlags(_io__raw_value)
                self.value._read()
            elif _on == RockerRx.RxAttr.frag_addr:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerRx.RxAttr.frag_len:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerRx.RxAttr.frag_max_len:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            else:
                pass
                self.value = self._io.read_bytes(self.len_tlv - 8)
            self.padding = self._io.read_bytes((8 - self.len_tlv % 8) % 8)
            self._dirty = False


        def _fetch_instances(self):
            pass
            _on = self.tlv_type
            if _on == RockerRx.RxAttr.csum:
                pass
                self.value._fetch_instances()
            elif _on == RockerRx.RxAttr.flags:
                pass
                self.value._fetch_instances()
            elif _on == RockerRx.RxAttr.frag_addr:
                pass
                self.value._fetch_instances()
            elif _on == RockerRx.RxAttr.frag_len:
                pass
                self.value._fetch_instances()
            elif _on == RockerRx.RxAttr.frag_max_len:
                pass
                self.value._fetch_instances()
            else:
                pass


        def _write__seq(self, io=None):
            super(RockerRx.RxTlv, self)._write__seq(io)
            self._io.write_u4le(int(self.tlv_type))
            self._io.write_u2le(self.len_tlv)
            self._io.write_u2le(self.reserved)
            _on = self.tlv_type
            if _on == RockerRx.RxAttr.csum:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerRx.RxAttr.flags:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerRx.RxAttr.frag_addr:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerRx.RxAttr.frag_len:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == RockerRx.RxAttr.frag_max_len:
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_tlv - 8))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_tlv - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_tlv - 8, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            else:
                pass
                self._io.write_bytes(self.value)
            self._io.write_bytes(self.padding)


        def _check(self):
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, None, u"/types/rx_tlv/seq/1")
            _on = self.tlv_type
            if _on == RockerRx.RxAttr.csum:
                pass
            elif _on == RockerRx.RxAttr.flags:
                pass
            elif _on == RockerRx.RxAttr.frag_addr:
                pass
            elif _on == RockerRx.RxAttr.frag_len:
                pass
            elif _on == RockerRx.RxAttr.frag_max_len:
                pass
            else:
                pass
                if len(self.value) != self.len_tlv - 8:
                    raise kaitaistruct.ConsistencyError(u"value", self.len_tlv - 8, len(self.value))
            if len(self.padding) != (8 - self.len_tlv % 8) % 8:
                raise kaitaistruct.ConsistencyError(u"padding", (8 - self.len_tlv % 8) % 8, len(self.padding))
            self._dirty = False



