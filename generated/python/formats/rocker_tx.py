# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from qemuspec.formats import rocker
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class RockerTx(ReadWriteKaitaiStruct):
    """The buffer of a descriptor on a port's Tx ring: the packet to send, as
    fragments in guest memory (TX_FRAGS, a nest of TX_FRAG nests, each with
    an address and a length; at most 16), and the offloads wanted. The
    destination port is the ring's port (the spec also lists a PPORT TLV;
    QEMU takes the port from the ring). TLV headers as in `rocker_cmd`.
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/specs/rocker.html#tx-packet-processing
    """

    class FragAttr(IntEnum):
        addr = 1
        len = 2

    class TxAttr(IntEnum):
        offload = 1
        l3_csum_off = 2
        tso_mss = 3
        tso_hdr_len = 4
        frags = 5
    def __init__(self, _io=None, _parent=None, _root=None):
        super(RockerTx, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.tlvs = []
        i = 0
        while not self._io.is_eof():
            _t_tlvs = RockerTx.TxTlv(self._io, self, self._root)
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
        super(RockerTx, self)._write__seq(io)
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

    class FragAttrTlv(ReadWriteKaitaiStruct):
        """One attribute of a fragment."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerTx.FragAttrTlv, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.tlv_type = KaitaiStream.resolve_enum(RockerTx.FragAttr, self._io.read_u4le())
            self.len_tlv = self._io.read_u2le()
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, self._io, u"/types/frag_attr_tlv/seq/1")
            self.reserved = self._io.read_u2le()
            self._raw_value = self._io.read_bytes(self.len_tlv - 8)
            _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
            self.value = rocker.Rocker.LeUint(_io__raw_value)
            self.value._read()
            self.padding = self._io.read_bytes((8 - self.len_tlv % 8) % 8)
            self._dirty = False


        def _fetch_instances(self):
            pass
            self.value._fetch_instances()


        def _write__seq(self, io=None):
            super(RockerTx.FragAttrTlv, self)._write__seq(io)
            self._io.write_u4le(int(self.tlv_type))
            self._io.write_u2le(self.len_tlv)
            self._io.write_u2le(self.reserved)
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
            self._io.write_bytes(self.padding)


        def _check(self):
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, None, u"/types/frag_attr_tlv/seq/1")
            if len(self.padding) != (8 - self.len_tlv % 8) % 8:
                raise kaitaistruct.ConsistencyError(u"padding", (8 - self.len_tlv % 8) % 8, len(self.padding))
            self._dirty = False


    class FragAttrs(ReadWriteKaitaiStruct):
        """The attributes of one fragment."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerTx.FragAttrs, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.attrs = []
            i = 0
            while not self._io.is_eof():
                _t_attrs = RockerTx.FragAttrTlv(self._io, self, self._root)
                try:
                    _t_attrs._read()
                finally:
                    self.attrs.append(_t_attrs)
                i += 1

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.attrs)):
                pass
                self.attrs[i]._fetch_instances()



        def _write__seq(self, io=None):
            super(RockerTx.FragAttrs, self)._write__seq(io)
            for i in range(len(self.attrs)):
                pass
                if self._io.is_eof():
                    raise kaitaistruct.ConsistencyError(u"attrs", 0, self._io.size() - self._io.pos())
                self.attrs[i]._write__seq(self._io)

            if not self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"attrs", 0, self._io.size() - self._io.pos())


        def _check(self):
            for i in range(len(self.attrs)):
                pass
                if self.attrs[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"attrs", self._root, self.attrs[i]._root)
                if self.attrs[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"attrs", self, self.attrs[i]._parent)

            self._dirty = False


    class FragTlv(ReadWriteKaitaiStruct):
        """A TX_FRAG nest."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerTx.FragTlv, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.tlv_type = self._io.read_u4le()
            self.len_tlv = self._io.read_u2le()
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, self._io, u"/types/frag_tlv/seq/1")
            self.reserved = self._io.read_u2le()
            self._raw_attrs = self._io.read_bytes(self.len_tlv - 8)
            _io__raw_attrs = KaitaiStream(BytesIO(self._raw_attrs))
            self.attrs = RockerTx.FragAttrs(_io__raw_attrs, self, self._root)
            self.attrs._read()
            self.padding = self._io.read_bytes((8 - self.len_tlv % 8) % 8)
            self._dirty = False


        def _fetch_instances(self):
            pass
            self.attrs._fetch_instances()


        def _write__seq(self, io=None):
            super(RockerTx.FragTlv, self)._write__seq(io)
            self._io.write_u4le(self.tlv_type)
            self._io.write_u2le(self.len_tlv)
            self._io.write_u2le(self.reserved)
            _io__raw_attrs = KaitaiStream(BytesIO(bytearray(self.len_tlv - 8)))
            self._io.add_child_stream(_io__raw_attrs)
            _pos2 = self._io.pos()
            self._io.seek(self._io.pos() + (self.len_tlv - 8))
            def handler(parent, _io__raw_attrs=_io__raw_attrs):
                self._raw_attrs = _io__raw_attrs.to_byte_array()
                if len(self._raw_attrs) != self.len_tlv - 8:
                    raise kaitaistruct.ConsistencyError(u"raw(attrs)", self.len_tlv - 8, len(self._raw_attrs))
                parent.write_bytes(self._raw_attrs)
            _io__raw_attrs.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
            self.attrs._write__seq(_io__raw_attrs)
            self._io.write_bytes(self.padding)


        def _check(self):
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, None, u"/types/frag_tlv/seq/1")
            if self.attrs._root != self._root:
                raise kaitaistruct.ConsistencyError(u"attrs", self._root, self.attrs._root)
            if self.attrs._parent != self:
                raise kaitaistruct.ConsistencyError(u"attrs", self, self.attrs._parent)
            if len(self.padding) != (8 - self.len_tlv % 8) % 8:
                raise kaitaistruct.ConsistencyError(u"padding", (8 - self.len_tlv % 8) % 8, len(self.padding))
            self._dirty = False


    class Frags(ReadWriteKaitaiStruct):
        """The TX_FRAGS nest."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerTx.Frags, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.frags = []
            i = 0
            while not self._io.is_eof():
                _t_frags = RockerTx.FragTlv(self._io, self, self._root)
                try:
                    _t_frags._read()
                finally:
                    self.frags.append(_t_frags)
                i += 1

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.frags)):
                pass
                self.frags[i]._fetch_instances()



        def _write__seq(self, io=None):
            super(RockerTx.Frags, self)._write__seq(io)
            for i in range(len(self.frags)):
                pass
                if self._io.is_eof():
                    raise kaitaistruct.ConsistencyError(u"frags", 0, self._io.size() - self._io.pos())
                self.frags[i]._write__seq(self._io)

            if not self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"frags", 0, self._io.size() - self._io.pos())


        def _check(self):
            for i in range(len(self.frags)):
                pass
                if self.frags[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"frags", self._root, self.frags[i]._root)
                if self.frags[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"frags", self, self.frags[i]._parent)

            self._dirty = False


    class TxTlv(ReadWriteKaitaiStruct):
        """A top-level TLV of a Tx buffer."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerTx.TxTlv, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.tlv_type = KaitaiStream.resolve_enum(RockerTx.TxAttr, self._io.read_u4le())
            self.len_tlv = self._io.read_u2le()
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, self._io, u"/types/tx_tlv/seq/1")
            self.reserved = self._io.read_u2le()
            _on = self.tlv_type
            if _on == RockerTx.TxAttr.frags:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = RockerTx.Frags(_io__raw_value, self, self._root)
                self.value._read()
            elif _on == RockerTx.TxAttr.l3_csum_off:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerTx.TxAttr.offload:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerTx.TxAttr.tso_hdr_len:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerTx.TxAttr.tso_mss:
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
            if _on == RockerTx.TxAttr.frags:
                pass
                self.value._fetch_instances()
            elif _on == RockerTx.TxAttr.l3_csum_off:
                pass
                self.value._fetch_instances()
            elif _on == RockerTx.TxAttr.offload:
                pass
                self.value._fetch_instances()
            elif _on == RockerTx.TxAttr.tso_hdr_len:
                pass
                self.value._fetch_instances()
            elif _on == RockerTx.TxAttr.tso_mss:
                pass
                self.value._fetch_instances()
            else:
                pass


        def _write__seq(self, io=None):
            super(RockerTx.TxTlv, self)._write__seq(io)
            self._io.write_u4le(int(self.tlv_type))
            self._io.write_u2le(self.len_tlv)
            self._io.write_u2le(self.reserved)
            _on = self.tlv_type
            if _on == RockerTx.TxAttr.frags:
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
            elif _on == RockerTx.TxAttr.l3_csum_off:
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
            elif _on == RockerTx.TxAttr.offload:
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
            elif _on == RockerTx.TxAttr.tso_hdr_len:
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
            elif _on == RockerTx.TxAttr.tso_mss:
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
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, None, u"/types/tx_tlv/seq/1")
            _on = self.tlv_type
            if _on == RockerTx.TxAttr.frags:
                pass
                if self.value._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"value", self._root, self.value._root)
                if self.value._parent != self:
                    raise kaitaistruct.ConsistencyError(u"value", self, self.value._parent)
            elif _on == RockerTx.TxAttr.l3_csum_off:
                pass
            elif _on == RockerTx.TxAttr.offload:
                pass
            elif _on == RockerTx.TxAttr.tso_hdr_len:
                pass
            elif _on == RockerTx.TxAttr.tso_mss:
                pass
            else:
                pass
                if len(self.value) != self.len_tlv - 8:
                    raise kaitaistruct.ConsistencyError(u"value", self.len_tlv - 8, len(self.value))
            if len(self.padding) != (8 - self.len_tlv % 8) % 8:
                raise kaitaistruct.ConsistencyError(u"padding", (8 - self.len_tlv % 8) % 8, len(self.padding))
            self._dirty = False



