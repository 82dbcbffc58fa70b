# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from qemuspec.formats import rocker
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class RockerEvent(ReadWriteKaitaiStruct):
    """The buffer the device fills for a descriptor on the event ring: an
    EVENT_TYPE TLV (link changed, or MAC/VLAN seen) and an EVENT_INFO nest
    with the details. TLV headers are as in `rocker_cmd` (the length counts
    the 8-byte header; values are padded to 8 bytes). QEMU writes the event
    type as a 4-byte value. The nest is decoded by the EVENT_TYPE before it.
    QEMU sends LINK_CHANGED when a port is enabled or disabled through
    PORT_PHYS_ENABLE (and when its link changes), and MAC_VLAN_SEEN when a
    packet arrives from an unknown source on a port that learns.
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/specs/rocker.html#events
    """

    class EventAttr(IntEnum):
        type = 1
        info = 2

    class EventType(IntEnum):
        link_changed = 1
        mac_vlan_seen = 2

    class LinkChangedAttr(IntEnum):
        pport = 1
        linkup = 2

    class MacVlanAttr(IntEnum):
        pport = 1
        mac = 2
        vlan_id = 3
    def __init__(self, _io=None, _parent=None, _root=None):
        super(RockerEvent, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.tlvs = []
        i = 0
        while not self._io.is_eof():
            _t_tlvs = RockerEvent.EventTlv(self._io, self, self._root)
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
        super(RockerEvent, self)._write__seq(io)
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

    class EventInfo(ReadWriteKaitaiStruct):
        """The EVENT_INFO nest, decoded by the event type."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerEvent.EventInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            if self._parent._parent.event_type == int(RockerEvent.EventType.link_changed):
                pass
                self.link_changed = []
                i = 0
                while not self._io.is_eof():
                    _t_link_changed = RockerEvent.LinkChangedTlv(self._io, self, self._root)
                    try:
                        _t_link_changed._read()
                    finally:
                        self.link_changed.append(_t_link_changed)
                    i += 1


            if self._parent._parent.event_type == int(RockerEvent.EventType.mac_vlan_seen):
                pass
                self.mac_vlan_seen = []
                i = 0
                while not self._io.is_eof():
                    _t_mac_vlan_seen = RockerEvent.MacVlanTlv(self._io, self, self._root)
                    try:
                        _t_mac_vlan_seen._read()
                    finally:
                        self.mac_vlan_seen.append(_t_mac_vlan_seen)
                    i += 1


            if  ((self._parent._parent.event_type != int(RockerEvent.EventType.link_changed)) and (self._parent._parent.event_type != int(RockerEvent.EventType.mac_vlan_seen))) :
                pass
                self.raw = self._io.read_bytes_full()

            self._dirty = False


        def _fetch_instances(self):
            pass
            if self._parent._parent.event_type == int(RockerEvent.EventType.link_changed):
                pass
                for i in range(len(self.link_changed)):
                    pass
                    self.link_changed[i]._fetch_instances()


            if self._parent._parent.event_type == int(RockerEvent.EventType.mac_vlan_seen):
                pass
                for i in range(len(self.mac_vlan_seen)):
                    pass
                    self.mac_vlan_seen[i]._fetch_instances()


            if  ((self._parent._parent.event_type != int(RockerEvent.EventType.link_changed)) and (self._parent._parent.event_type != int(RockerEvent.EventType.mac_vlan_seen))) :
                pass



        def _write__seq(self, io=None):
            super(RockerEvent.EventInfo, self)._write__seq(io)
            if self._parent._parent.event_type == int(RockerEvent.EventType.link_changed):
                pass
                for i in range(len(self.link_changed)):
                    pass
                    if self._io.is_eof():
                        raise kaitaistruct.ConsistencyError(u"link_changed", 0, self._io.size() - self._io.pos())
                    self.link_changed[i]._write__seq(self._io)

                if not self._io.is_eof():
                    raise kaitaistruct.ConsistencyError(u"link_changed", 0, self._io.size() - self._io.pos())

            if self._parent._parent.event_type == int(RockerEvent.EventType.mac_vlan_seen):
                pass
                for i in range(len(self.mac_vlan_seen)):
                    pass
                    if self._io.is_eof():
                        raise kaitaistruct.ConsistencyError(u"mac_vlan_seen", 0, self._io.size() - self._io.pos())
                    self.mac_vlan_seen[i]._write__seq(self._io)

                if not self._io.is_eof():
                    raise kaitaistruct.ConsistencyError(u"mac_vlan_seen", 0, self._io.size() - self._io.pos())

            if  ((self._parent._parent.event_type != int(RockerEvent.EventType.link_changed)) and (self._parent._parent.event_type != int(RockerEvent.EventType.mac_vlan_seen))) :
                pass
                self._io.write_bytes(self.raw)
                if not self._io.is_eof():
                    raise kaitaistruct.ConsistencyError(u"raw", 0, self._io.size() - self._io.pos())



        def _check(self):
            if self._parent._parent.event_type == int(RockerEvent.EventType.link_changed):
                pass
                for i in range(len(self.link_changed)):
                    pass
                    if self.link_changed[i]._root != self._root:
                        raise kaitaistruct.ConsistencyError(u"link_changed", self._root, self.link_changed[i]._root)
                    if self.link_changed[i]._parent != self:
                        raise kaitaistruct.ConsistencyError(u"link_changed", self, self.link_changed[i]._parent)


            if self._parent._parent.event_type == int(RockerEvent.EventType.mac_vlan_seen):
                pass
                for i in range(len(self.mac_vlan_seen)):
                    pass
                    if self.mac_vlan_seen[i]._root != self._root:
                        raise kaitaistruct.ConsistencyError(u"mac_vlan_seen", self._root, self.mac_vlan_seen[i]._root)
                    if self.mac_vlan_seen[i]._parent != self:
                        raise kaitaistruct.ConsistencyError(u"mac_vlan_seen", self, self.mac_vlan_seen[i]._parent)


            if  ((self._parent._parent.event_type != int(RockerEvent.EventType.link_changed)) and (self._parent._parent.event_type != int(RockerEvent.EventType.mac_vlan_seen))) :
                pass

            self._dirty = False


    class EventTlv(ReadWriteKaitaiStruct):
        """A top-level TLV of an event buffer."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerEvent.EventTlv, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.tlv_type = KaitaiStream.resolve_enum(RockerEvent.EventAttr, self._io.read_u4le())
            self.len_tlv = self._io.read_u2le()
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, self._io, u"/types/event_tlv/seq/1")
            self.reserved = self._io.read_u2le()
            _on = self.tlv_type
            if _on == RockerEvent.EventAttr.info:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = RockerEvent.EventInfo(_io__raw_value, self, self._root)
                self.value._read()
            elif _on == RockerEvent.EventAttr.type:
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
            if _on == RockerEvent.EventAttr.info:
                pass
                self.value._fetch_instances()
            elif _on == RockerEvent.EventAttr.type:
                pass
                self.value._fetch_instances()
            else:
                pass


        def _write__seq(self, io=None):
            super(RockerEvent.EventTlv, self)._write__seq(io)
            self._io.write_u4le(int(self.tlv_type))
            self._io.write_u2le(self.len_tlv)
            self._io.write_u2le(self.reserved)
            _on = self.tlv_type
            if _on == RockerEvent.EventAttr.info:
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
            elif _on == RockerEvent.EventAttr.type:
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
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, None, u"/types/event_tlv/seq/1")
            _on = self.tlv_type
            if _on == RockerEvent.EventAttr.info:
                pass
                if self.value._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"value", self._root, self.value._root)
                if self.value._parent != self:
                    raise kaitaistruct.ConsistencyError(u"value", self, self.value._parent)
            elif _on == RockerEvent.EventAttr.type:
                pass
            else:
                pass
                if len(self.value) != self.len_tlv - 8:
                    raise kaitaistruct.ConsistencyError(u"value", self.len_tlv - 8, len(self.value))
            if len(self.padding) != (8 - self.len_tlv % 8) % 8:
                raise kaitaistruct.ConsistencyError(u"padding", (8 - self.len_tlv % 8) % 8, len(self.padding))
            self._dirty = False


    class LinkChangedTlv(ReadWriteKaitaiStruct):
        """One attribute of a LINK_CHANGED event."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerEvent.LinkChangedTlv, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.tlv_type = KaitaiStream.resolve_enum(RockerEvent.LinkChangedAttr, self._io.read_u4le())
            self.len_tlv = self._io.read_u2le()
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, self._io, u"/types/link_changed_tlv/seq/1")
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
            super(RockerEvent.LinkChangedTlv, self)._write__seq(io)
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
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, None, u"/types/link_changed_tlv/seq/1")
            if len(self.padding) != (8 - self.len_tlv % 8) % 8:
                raise kaitaistruct.ConsistencyError(u"padding", (8 - self.len_tlv % 8) % 8, len(self.padding))
            self._dirty = False


    class MacVlanTlv(ReadWriteKaitaiStruct):
        """One attribute of a MAC_VLAN_SEEN event."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(RockerEvent.MacVlanTlv, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.tlv_type = KaitaiStream.resolve_enum(RockerEvent.MacVlanAttr, self._io.read_u4le())
            self.len_tlv = self._io.read_u2le()
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, self._io, u"/types/mac_vlan_tlv/seq/1")
            self.reserved = self._io.read_u2le()
            _on = self.tlv_type
            if _on == RockerEvent.MacVlanAttr.mac:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.MacAddress(_io__raw_value)
                self.value._read()
            elif _on == RockerEvent.MacVlanAttr.pport:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.LeUint(_io__raw_value)
                self.value._read()
            elif _on == RockerEvent.MacVlanAttr.vlan_id:
                pass
                self._raw_value = self._io.read_bytes(self.len_tlv - 8)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = rocker.Rocker.BeUint(_io__raw_value)
                self.value._read()
            else:
                pass
                self.value = self._io.read_bytes(self.len_tlv - 8)
            self.padding = self._io.read_bytes((8 - self.len_tlv % 8) % 8)
            self._dirty = False


        def _fetch_instances(self):
            pass
            _on = self.tlv_type
            if _on == RockerEvent.MacVlanAttr.mac:
                pass
                self.value._fetch_instances()
            elif _on == RockerEvent.MacVlanAttr.pport:
                pass
                self.value._fetch_instances()
            elif _on == RockerEvent.MacVlanAttr.vlan_id:
                pass
                self.value._fetch_instances()
            else:
                pass


        def _write__seq(self, io=None):
            super(RockerEvent.MacVlanTlv, self)._write__seq(io)
            self._io.write_u4le(int(self.tlv_type))
            self._io.write_u2le(self.len_tlv)
            self._io.write_u2le(self.reserved)
            _on = self.tlv_type
            if _on == RockerEvent.MacVlanAttr.mac:
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
            elif _on == RockerEvent.MacVlanAttr.pport:
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
            elif _on == RockerEvent.MacVlanAttr.vlan_id:
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
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, None, u"/types/mac_vlan_tlv/seq/1")
            _on = self.tlv_type
            if _on == RockerEvent.MacVlanAttr.mac:
                pass
            elif _on == RockerEvent.MacVlanAttr.pport:
                pass
            elif _on == RockerEvent.MacVlanAttr.vlan_id:
                pass
            else:
                pass
                if len(self.value) != self.len_tlv - 8:
                    raise kaitaistruct.ConsistencyError(u"value", self.len_tlv - 8, len(self.value))
            if len(self.padding) != (8 - self.len_tlv % 8) % 8:
                raise kaitaistruct.ConsistencyError(u"padding", (8 - self.len_tlv % 8) % 8, len(self.padding))
            self._dirty = False


    @property
    def event_type(self):
        """The event, from an EVENT_TYPE TLV that comes first (0 if there is none)."""
        if hasattr(self, '_m_event_type'):
            return self._m_event_type

        self._m_event_type = (self.tlvs[0].value.value if  ((len(self.tlvs) > 0) and (self.tlvs[0].tlv_type == RockerEvent.EventAttr.type))  else 0)
        return getattr(self, '_m_event_type', None)

    def _invalidate_event_type(self):
        del self._m_event_type

