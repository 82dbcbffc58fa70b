# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from qemuspec.formats import spapr_drc_power_domains
from qemuspec.formats import spapr_dynamic_memory
from qemuspec.formats import spapr
from qemuspec.formats import spapr_drc_types
from qemuspec.formats import spapr_drc_indexes
from qemuspec.formats import spapr_lrdr_capacity
from qemuspec.formats import spapr_dynamic_memory_v2
from qemuspec.formats import spapr_drc_names
from qemuspec.formats import spapr_associativity_lookup_arrays


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class SpaprCcWorkArea(ReadWriteKaitaiStruct):
    """The 4096-byte buffer through which ibm,configure-connector hands the
    device tree of a newly plugged resource to the guest, one step per call.
    The guest writes the connector's DRC index into the first word and calls
    again and again; each answer (`spapr::cc_status`) says what the work area
    now holds: the name of a child node (next-child), or the name, length
    and value of a property (next-property); previous-parent closes a node,
    complete ends the fragment. Offsets are counted in bytes from the start of
    the work area; QEMU puts the name at offset 20 and a property's value right
    after the name's NUL. Words 3 and 4 are only meaningful after next-property
    (QEMU leaves older values there otherwise).
    
    The value is decoded for the sPAPR properties that `dtb` decodes (the
    same table of names).
    
    .. seealso::
       Source - https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(SpaprCcWorkArea, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self
        self._should_write_name = False
        self.name__enabled = True
        self._should_write_value = False
        self.value__enabled = True

    def _read(self):
        self.drc_index = spapr.Spapr.DrcIndex(self._io)
        self.drc_index._read()
        self.reserved = self._io.read_u4be()
        self.ofs_name = self._io.read_u4be()
        self.len_value = self._io.read_u4be()
        self.ofs_value = self._io.read_u4be()
        self._dirty = False


    def _fetch_instances(self):
        pass
        self.drc_index._fetch_instances()
        _ = self.name
        if hasattr(self, '_m_name'):
            pass

        _ = self.value
        if hasattr(self, '_m_value'):
            pass
            _on = self.name
            if _on == u"ibm,associativity-lookup-arrays":
                pass
                self._m_value._fetch_instances()
            elif _on == u"ibm,drc-indexes":
                pass
                self._m_value._fetch_instances()
            elif _on == u"ibm,drc-names":
                pass
                self._m_value._fetch_instances()
            elif _on == u"ibm,drc-power-domains":
                pass
                self._m_value._fetch_instances()
            elif _on == u"ibm,drc-types":
                pass
                self._m_value._fetch_instances()
            elif _on == u"ibm,dynamic-memory":
                pass
                self._m_value._fetch_instances()
            elif _on == u"ibm,dynamic-memory-v2":
                pass
                self._m_value._fetch_instances()
            elif _on == u"ibm,lrdr-capacity":
                pass
                self._m_value._fetch_instances()
            elif _on == u"ibm,my-drc-index":
                pass
                self._m_value._fetch_instances()
            else:
                pass



    def _write__seq(self, io=None):
        super(SpaprCcWorkArea, self)._write__seq(io)
        self._should_write_name = self.name__enabled
        self._should_write_value = self.value__enabled
        self.drc_index._write__seq(self._io)
        self._io.write_u4be(self.reserved)
        self._io.write_u4be(self.ofs_name)
        self._io.write_u4be(self.len_value)
        self._io.write_u4be(self.ofs_value)


    def _check(self):
        if self.name__enabled:
            pass

        if self.value__enabled:
            pass

        self._dirty = False

    @property
    def name(self):
        """The node or property name the last call gave."""
        if self._should_write_name:
            self._write_name()
        if hasattr(self, '_m_name'):
            return self._m_name

        if not self.name__enabled:
            return None

        if  ((self.ofs_name >= 20) and (self.ofs_name < self._io.size())) :
            pass
            _pos = self._io.pos()
            self._io.seek(self.ofs_name)
            self._m_name = (self._io.read_bytes_term(0, False, True, True)).decode(u"ASCII")
            self._io.seek(_pos)

        return getattr(self, '_m_name', None)

    @name.setter
    def name(self, v):
        self._dirty = True
        self._m_name = v

    def _write_name(self):
        self._should_write_name = False
        if  ((self.ofs_name >= 20) and (self.ofs_name < self._io.size())) :
            pass
            _pos = self._io.pos()
            self._io.seek(self.ofs_name)
            if KaitaiStream.byte_array_index_of((self._m_name).encode(u"ASCII"), 0) != -1:
                raise kaitaistruct.ConsistencyError(u"name", -1, KaitaiStream.byte_array_index_of((self._m_name).encode(u"ASCII"), 0))
            self._io.write_bytes((self._m_name).encode(u"ASCII"))
            self._io.write_u1(0)
            self._io.seek(_pos)


    @property
    def value(self):
        """The property value the last call gave (after next-property; decoded for the sPAPR properties)."""
        if self._should_write_value:
            self._write_value()
        if hasattr(self, '_m_value'):
            return self._m_value

        if not self.value__enabled:
            return None

        if  ((self.ofs_name >= 20) and (self.ofs_name < self._io.size()) and (self.ofs_value > self.ofs_name) and (self.ofs_value + self.len_value <= self._io.size())) :
            pass
            _pos = self._io.pos()
            self._io.seek(self.ofs_value)
            _on = self.name
            if _on == u"ibm,associativity-lookup-arrays":
                pass
                self._raw__m_value = self._io.read_bytes(self.len_value)
                _io__raw__m_value = KaitaiStream(BytesIO(self._raw__m_value))
                self._m_value = spapr_associativity_lookup_arrays.SpaprAssociativityLookupArrays(_io__raw__m_value)
                self._m_value._read()
            elif _on == u"ibm,drc-indexes":
                pass
                self._raw__m_value = self._io.read_bytes(self.len_value)
                _io__raw__m_value = KaitaiStream(BytesIO(self._raw__m_value))
                self._m_value = spapr_drc_indexes.SpaprDrcIndexes(_io__raw__m_value)
                self._m_value._read()
            elif _on == u"ibm,drc-names":
                pass
                self._raw__m_value = self._io.read_bytes(self.len_value)
                _io__raw__m_value = KaitaiStream(BytesIO(self._raw__m_value))
                self._m_value = spapr_drc_names.SpaprDrcNames(_io__raw__m_value)
                self._m_value._read()
            elif _on == u"ibm,drc-power-domains":
                pass
                self._raw__m_value = self._io.read_bytes(self.len_value)
                _io__raw__m_value = KaitaiStream(BytesIO(self._raw__m_value))
                self._m_value = spapr_drc_power_domains.SpaprDrcPowerDomains(_io__raw__m_value)
                self._m_value._read()
            elif _on == u"ibm,drc-types":
                pass
                self._raw__m_value = self._io.read_bytes(self.len_value)
                _io__raw__m_value = KaitaiStream(BytesIO(self._raw__m_value))
                self._m_value = spapr_drc_types.SpaprDrcTypes(_io__raw__m_value)
                self._m_value._read()
            elif _on == u"ibm,dynamic-memory":
                pass
                self._raw__m_value = self._io.read_bytes(self.len_value)
                _io__raw__m_value = KaitaiStream(BytesIO(self._raw__m_value))
                self._m_value = spapr_dynamic_memory.SpaprDynamicMemory(_io__raw__m_value)
                self._m_value._read()
            elif _on == u"ibm,dynamic-memory-v2":
                pass
                self._raw__m_value = self._io.read_bytes(self.len_value)
                _io__raw__m_value = KaitaiStream(BytesIO(self._raw__m_value))
                self._m_value = spapr_dynamic_memory_v2.SpaprDynamicMemoryV2(_io__raw__m_value)
                self._m_value._read()
            elif _on == u"ibm,lrdr-capacity":
                pass
                self._raw__m_value = self._io.read_bytes(self.len_value)
                _io__raw__m_value = KaitaiStream(BytesIO(self._raw__m_value))
                self._m_value = spapr_lrdr_capacity.SpaprLrdrCapacity(_io__raw__m_value)
                self._m_value._read()
            elif _on == u"ibm,my-drc-index":
                pass
                self._raw__m_value = self._io.read_bytes(self.len_value)
                _io__raw__m_value = KaitaiStream(BytesIO(self._raw__m_value))
                self._m_value = spapr.Spapr.DrcIndex(_io__raw__m_value)
                self._m_value._read()
            else:
                pass
                self._m_value = self._io.read_bytes(self.len_value)
            self._io.seek(_pos)

        return getattr(self, '_m_value', None)

    @value.setter
    def value(self, v):
        self._dirty = True
        self._m_value = v

    def _write_value(self):
        self._should_write_value = False
        if  ((self.ofs_name >= 20) and (self.ofs_name < self._io.size()) and (self.ofs_value > self.ofs_name) and (self.ofs_value + self.len_value <= self._io.size())) :
            pass
            _pos = self._io.pos()
            self._io.seek(self.ofs_value)
            _on = self.name
            if _on == u"ibm,associativity-lookup-arrays":
                pass
                _io__raw__m_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw__m_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw__m_value=_io__raw__m_value):
                    self._raw__m_value = _io__raw__m_value.to_byte_array()
                    if len(self._raw__m_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw__m_value))
                    parent.write_bytes(self._raw__m_value)
                _io__raw__m_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self._m_value._write__seq(_io__raw__m_value)
            elif _on == u"ibm,drc-indexes":
                pass
                _io__raw__m_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw__m_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw__m_value=_io__raw__m_value):
                    self._raw__m_value = _io__raw__m_value.to_byte_array()
                    if len(self._raw__m_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw__m_value))
                    parent.write_bytes(self._raw__m_value)
                _io__raw__m_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self._m_value._write__seq(_io__raw__m_value)
            elif _on == u"ibm,drc-names":
                pass
                _io__raw__m_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw__m_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw__m_value=_io__raw__m_value):
                    self._raw__m_value = _io__raw__m_value.to_byte_array()
                    if len(self._raw__m_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw__m_value))
                    parent.write_bytes(self._raw__m_value)
                _io__raw__m_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self._m_value._write__seq(_io__raw__m_value)
            elif _on == u"ibm,drc-power-domains":
                pass
                _io__raw__m_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw__m_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw__m_value=_io__raw__m_value):
                    self._raw__m_value = _io__raw__m_value.to_byte_array()
                    if len(self._raw__m_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw__m_value))
                    parent.write_bytes(self._raw__m_value)
                _io__raw__m_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self._m_value._write__seq(_io__raw__m_value)
            elif _on == u"ibm,drc-types":
                pass
                _io__raw__m_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw__m_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw__m_value=_io__raw__m_value):
                    self._raw__m_value = _io__raw__m_value.to_byte_array()
                    if len(self._raw__m_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw__m_value))
                    parent.write_bytes(self._raw__m_value)
                _io__raw__m_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self._m_value._write__seq(_io__raw__m_value)
            elif _on == u"ibm,dynamic-memory":
                pass
                _io__raw__m_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw__m_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw__m_value=_io__raw__m_value):
                    self._raw__m_value = _io__raw__m_value.to_byte_array()
                    if len(self._raw__m_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw__m_value))
                    parent.write_bytes(self._raw__m_value)
                _io__raw__m_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self._m_value._write__seq(_io__raw__m_value)
            elif _on == u"ibm,dynamic-memory-v2":
                pass
                _io__raw__m_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw__m_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw__m_value=_io__raw__m_value):
                    self._raw__m_value = _io__raw__m_value.to_byte_array()
                    if len(self._raw__m_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw__m_value))
                    parent.write_bytes(self._raw__m_value)
                _io__raw__m_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self._m_value._write__seq(_io__raw__m_value)
            elif _on == u"ibm,lrdr-capacity":
                pass
                _io__raw__m_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw__m_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw__m_value=_io__raw__m_value):
                    self._raw__m_value = _io__raw__m_value.to_byte_array()
                    if len(self._raw__m_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw__m_value))
                    parent.write_bytes(self._raw__m_value)
                _io__raw__m_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self._m_value._write__seq(_io__raw__m_value)
            elif _on == u"ibm,my-drc-index":
                pass
                _io__raw__m_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw__m_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw__m_value=_io__raw__m_value):
                    self._raw__m_value = _io__raw__m_value.to_byte_array()
                    if len(self._raw__m_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw__m_value))
                    parent.write_bytes(self._raw__m_value)
                _io__raw__m_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self._m_value._write__seq(_io__raw__m_value)
            else:
                pass
                if len(self._m_value) != self.len_value:
                    raise kaitaistruct.ConsistencyError(u"value", self.len_value, len(self._m_value))
                self._io.write_bytes(self._m_value)
            self._io.seek(_pos)



