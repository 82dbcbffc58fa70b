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
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class Dtb(ReadWriteKaitaiStruct):
    """The flattened device tree is how a machine description reaches an
    operating system: a header, a memory reservation block, a structure block
    and a strings block. The structure block is a stream of big-endian 32-bit
    tokens: a node opens with BEGIN_NODE and its name, holds PROP tokens
    (length, offset of the property's name in the strings block, value) and
    child nodes, and closes with END_NODE; END closes the block. NOP tokens may
    appear anywhere and mean nothing. Names and values are padded to 4 bytes.
    
    QEMU's pseries machine hands the guest such a tree (and writes it to a file
    with `-M pseries,dumpdtb=FILE`). This spec decodes the dynamic
    reconfiguration properties of the sPAPR hotplug specification wherever
    they appear: `ibm,drc-indexes`, `ibm,drc-names`, `ibm,drc-types`,
    `ibm,drc-power-domains`, `ibm,lrdr-capacity`, `ibm,dynamic-memory`,
    `ibm,dynamic-memory-v2`, `ibm,associativity-lookup-arrays` and
    `ibm,my-drc-index`. Other property values stay raw bytes.
    
    Only version 17 blobs (the only version written today; its last
    compatible version is 16) are read.
    
    .. seealso::
       Source - https://devicetree-specification.readthedocs.io/en/stable/flattened-format.html
    
    
    .. seealso::
       Source - https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
    """

    class Token(IntEnum):
        begin_node = 1
        end_node = 2
        prop = 3
        nop = 4
        end = 9
    def __init__(self, _io=None, _parent=None, _root=None):
        super(Dtb, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self
        self._should_write_memory_reservations = False
        self.memory_reservations__enabled = True
        self._should_write_strings_block = False
        self.strings_block__enabled = True
        self._should_write_structure_block = False
        self.structure_block__enabled = True

    def _read(self):
        self.magic = self._io.read_bytes(4)
        if not self.magic == b"\xD0\x0D\xFE\xED":
            raise kaitaistruct.ValidationNotEqualError(b"\xD0\x0D\xFE\xED", self.magic, self._io, u"/seq/0")
        self.len_total = self._io.read_u4be()
        self.ofs_structure_block = self._io.read_u4be()
        self.ofs_strings_block = self._io.read_u4be()
        self.ofs_memory_reservation_block = self._io.read_u4be()
        self.version = self._io.read_u4be()
        if not self.version >= 17:
            raise kaitaistruct.ValidationLessThanError(17, self.version, self._io, u"/seq/5")
        self.min_compatible_version = self._io.read_u4be()
        self.boot_cpuid_phys = self._io.read_u4be()
        self.len_strings_block = self._io.read_u4be()
        self.len_structure_block = self._io.read_u4be()
        self._dirty = False


    def _fetch_instances(self):
        pass
        _ = self.memory_reservations
        if hasattr(self, '_m_memory_reservations'):
            pass
            for i in range(len(self._m_memory_reservations)):
                pass
                self._m_memory_reservations[i]._fetch_instances()


        _ = self.strings_block
        if hasattr(self, '_m_strings_block'):
            pass
            self._m_strings_block._fetch_instances()

        _ = self.structure_block
        if hasattr(self, '_m_structure_block'):
            pass
            self._m_structure_block._fetch_instances()



    def _write__seq(self, io=None):
        super(Dtb, self)._write__seq(io)
        self._should_write_memory_reservations = self.memory_reservations__enabled
        self._should_write_strings_block = self.strings_block__enabled
        self._should_write_structure_block = self.structure_block__enabled
        self._io.write_bytes(self.magic)
        self._io.write_u4be(self.len_total)
        self._io.write_u4be(self.ofs_structure_block)
        self._io.write_u4be(self.ofs_strings_block)
        self._io.write_u4be(self.ofs_memory_reservation_block)
        self._io.write_u4be(self.version)
        self._io.write_u4be(self.min_compatible_version)
        self._io.write_u4be(self.boot_cpuid_phys)
        self._io.write_u4be(self.len_strings_block)
        self._io.write_u4be(self.len_structure_block)


    def _check(self):
        if len(self.magic) != 4:
            raise kaitaistruct.ConsistencyError(u"magic", 4, len(self.magic))
        if not self.magic == b"\xD0\x0D\xFE\xED":
            raise kaitaistruct.ValidationNotEqualError(b"\xD0\x0D\xFE\xED", self.magic, None, u"/seq/0")
        if not self.version >= 17:
            raise kaitaistruct.ValidationLessThanError(17, self.version, None, u"/seq/5")
        if self.memory_reservations__enabled:
            pass
            if len(self._m_memory_reservations) == 0:
                raise kaitaistruct.ConsistencyError(u"memory_reservations", 0, len(self._m_memory_reservations))
            for i in range(len(self._m_memory_reservations)):
                pass
                if self._m_memory_reservations[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"memory_reservations", self._root, self._m_memory_reservations[i]._root)
                if self._m_memory_reservations[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"memory_reservations", self, self._m_memory_reservations[i]._parent)
                _ = self._m_memory_reservations[i]
                if  ((_.address == 0) and (_.size == 0))  != (i == len(self._m_memory_reservations) - 1):
                    raise kaitaistruct.ConsistencyError(u"memory_reservations", i == len(self._m_memory_reservations) - 1,  ((_.address == 0) and (_.size == 0)) )


        if self.strings_block__enabled:
            pass
            if self._m_strings_block._root != self._root:
                raise kaitaistruct.ConsistencyError(u"strings_block", self._root, self._m_strings_block._root)
            if self._m_strings_block._parent != self:
                raise kaitaistruct.ConsistencyError(u"strings_block", self, self._m_strings_block._parent)

        if self.structure_block__enabled:
            pass
            if self._m_structure_block._root != self._root:
                raise kaitaistruct.ConsistencyError(u"structure_block", self._root, self._m_structure_block._root)
            if self._m_structure_block._parent != self:
                raise kaitaistruct.ConsistencyError(u"structure_block", self, self._m_structure_block._parent)

        self._dirty = False

    class Item(ReadWriteKaitaiStruct):
        """One token and what follows it. BEGIN_NODE is followed by a whole
        node (its name, its properties and children, up to its END_NODE
        token); PROP by a property; the other tokens by nothing.
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Dtb.Item, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.token = KaitaiStream.resolve_enum(Dtb.Token, self._io.read_u4be())
            if not isinstance(self.token, Dtb.Token):
                raise kaitaistruct.ValidationNotInEnumError(self.token, self._io, u"/types/item/seq/0")
            _on = self.token
            if _on == Dtb.Token.begin_node:
                pass
                self.body = Dtb.Node(self._io, self, self._root)
                self.body._read()
            elif _on == Dtb.Token.prop:
                pass
                self.body = Dtb.Property(self._io, self, self._root)
                self.body._read()
            self._dirty = False


        def _fetch_instances(self):
            pass
            _on = self.token
            if _on == Dtb.Token.begin_node:
                pass
                self.body._fetch_instances()
            elif _on == Dtb.Token.prop:
                pass
                self.body._fetch_instances()


        def _write__seq(self, io=None):
            super(Dtb.Item, self)._write__seq(io)
            self._io.write_u4be(int(self.token))
            _on = self.token
            if _on == Dtb.Token.begin_node:
                pass
                self.body._write__seq(self._io)
            elif _on == Dtb.Token.prop:
                pass
                self.body._write__seq(self._io)


        def _check(self):
            if not isinstance(self.token, Dtb.Token):
                raise kaitaistruct.ValidationNotInEnumError(self.token, None, u"/types/item/seq/0")
            _on = self.token
            if _on == Dtb.Token.begin_node:
                pass
                if self.body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"body", self._root, self.body._root)
                if self.body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"body", self, self.body._parent)
            elif _on == Dtb.Token.prop:
                pass
                if self.body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"body", self._root, self.body._root)
                if self.body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"body", self, self.body._parent)
            self._dirty = False


    class MemoryReservation(ReadWriteKaitaiStruct):
        """One reserved range (16 bytes)."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Dtb.MemoryReservation, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.address = self._io.read_u8be()
            self.size = self._io.read_u8be()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Dtb.MemoryReservation, self)._write__seq(io)
            self._io.write_u8be(self.address)
            self._io.write_u8be(self.size)


        def _check(self):
            self._dirty = False


    class Node(ReadWriteKaitaiStruct):
        """A node: its name (the root's is empty; others are `name@unit-address`),
        then its properties and child nodes in any order, up to the END_NODE
        token that closes it.
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Dtb.Node, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.name = (self._io.read_bytes_term(0, False, True, True)).decode(u"ASCII")
            self.name_padding = self._io.read_bytes((4 - self._io.pos() % 4) % 4)
            self.items = []
            i = 0
            while True:
                _t_items = Dtb.Item(self._io, self, self._root)
                try:
                    _t_items._read()
                finally:
                    _ = _t_items
                    self.items.append(_)
                if _.token == Dtb.Token.end_node:
                    break
                i += 1
            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



        def _write__seq(self, io=None):
            super(Dtb.Node, self)._write__seq(io)
            self._io.write_bytes((self.name).encode(u"ASCII"))
            self._io.write_u1(0)
            if len(self.name_padding) != (4 - self._io.pos() % 4) % 4:
                raise kaitaistruct.ConsistencyError(u"name_padding", (4 - self._io.pos() % 4) % 4, len(self.name_padding))
            self._io.write_bytes(self.name_padding)
            for i in range(len(self.items)):
                pass
                self.items[i]._write__seq(self._io)



        def _check(self):
            if KaitaiStream.byte_array_index_of((self.name).encode(u"ASCII"), 0) != -1:
                raise kaitaistruct.ConsistencyError(u"name", -1, KaitaiStream.byte_array_index_of((self.name).encode(u"ASCII"), 0))
            if len(self.items) == 0:
                raise kaitaistruct.ConsistencyError(u"items", 0, len(self.items))
            for i in range(len(self.items)):
                pass
                if self.items[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"items", self._root, self.items[i]._root)
                if self.items[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"items", self, self.items[i]._parent)
                _ = self.items[i]
                if (_.token == Dtb.Token.end_node) != (i == len(self.items) - 1):
                    raise kaitaistruct.ConsistencyError(u"items", i == len(self.items) - 1, _.token == Dtb.Token.end_node)

            self._dirty = False


    class Property(ReadWriteKaitaiStruct):
        """A property: the length of its value, where its name is in the
        strings block, and the value. The sPAPR dynamic reconfiguration
        properties are decoded by name; other values stay raw bytes.
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Dtb.Property, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._should_write_name = False
            self.name__enabled = True

        def _read(self):
            self.len_value = self._io.read_u4be()
            self.ofs_name = self._io.read_u4be()
            _on = self.name
            if _on == u"ibm,associativity-lookup-arrays":
                pass
                self._raw_value = self._io.read_bytes(self.len_value)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = spapr_associativity_lookup_arrays.SpaprAssociativityLookupArrays(_io__raw_value)
                self.value._read()
            elif _on == u"ibm,drc-indexes":
                pass
                self._raw_value = self._io.read_bytes(self.len_value)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = spapr_drc_indexes.SpaprDrcIndexes(_io__raw_value)
                self.value._read()
            elif _on == u"ibm,drc-names":
                pass
                self._raw_value = self._io.read_bytes(self.len_value)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = spapr_drc_names.SpaprDrcNames(_io__raw_value)
                self.value._read()
            elif _on == u"ibm,drc-power-domains":
                pass
                self._raw_value = self._io.read_bytes(self.len_value)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = spapr_drc_power_domains.SpaprDrcPowerDomains(_io__raw_value)
                self.value._read()
            elif _on == u"ibm,drc-types":
                pass
                self._raw_value = self._io.read_bytes(self.len_value)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = spapr_drc_types.SpaprDrcTypes(_io__raw_value)
                self.value._read()
            elif _on == u"ibm,dynamic-memory":
                pass
                self._raw_value = self._io.read_bytes(self.len_value)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = spapr_dynamic_memory.SpaprDynamicMemory(_io__raw_value)
                self.value._read()
            elif _on == u"ibm,dynamic-memory-v2":
                pass
                self._raw_value = self._io.read_bytes(self.len_value)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = spapr_dynamic_memory_v2.SpaprDynamicMemoryV2(_io__raw_value)
                self.value._read()
            elif _on == u"ibm,lrdr-capacity":
                pass
                self._raw_value = self._io.read_bytes(self.len_value)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = spapr_lrdr_capacity.SpaprLrdrCapacity(_io__raw_value)
                self.value._read()
            elif _on == u"ibm,my-drc-index":
                pass
                self._raw_value = self._io.read_bytes(self.len_value)
                _io__raw_value = KaitaiStream(BytesIO(self._raw_value))
                self.value = spapr.Spapr.DrcIndex(_io__raw_value)
                self.value._read()
            else:
                pass
                self.value = self._io.read_bytes(self.len_value)
            self.value_padding = self._io.read_bytes((4 - self.len_value % 4) % 4)
            self._dirty = False


        def _fetch_instances(self):
            pass
            _on = self.name
            if _on == u"ibm,associativity-lookup-arrays":
                pass
                self.value._fetch_instances()
            elif _on == u"ibm,drc-indexes":
                pass
                self.value._fetch_instances()
            elif _on == u"ibm,drc-names":
                pass
                self.value._fetch_instances()
            elif _on == u"ibm,drc-power-domains":
                pass
                self.value._fetch_instances()
            elif _on == u"ibm,drc-types":
                pass
                self.value._fetch_instances()
            elif _on == u"ibm,dynamic-memory":
                pass
                self.value._fetch_instances()
            elif _on == u"ibm,dynamic-memory-v2":
                pass
                self.value._fetch_instances()
            elif _on == u"ibm,lrdr-capacity":
                pass
                self.value._fetch_instances()
            elif _on == u"ibm,my-drc-index":
                pass
                self.value._fetch_instances()
            else:
                pass
            _ = self.name
            if hasattr(self, '_m_name'):
                pass



        def _write__seq(self, io=None):
            super(Dtb.Property, self)._write__seq(io)
            self._should_write_name = self.name__enabled
            self._io.write_u4be(self.len_value)
            self._io.write_u4be(self.ofs_name)
            _on = self.name
            if _on == u"ibm,associativity-lookup-arrays":
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == u"ibm,drc-indexes":
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == u"ibm,drc-names":
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == u"ibm,drc-power-domains":
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == u"ibm,drc-types":
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == u"ibm,dynamic-memory":
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == u"ibm,dynamic-memory-v2":
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == u"ibm,lrdr-capacity":
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            elif _on == u"ibm,my-drc-index":
                pass
                _io__raw_value = KaitaiStream(BytesIO(bytearray(self.len_value)))
                self._io.add_child_stream(_io__raw_value)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_value))
                def handler(parent, _io__raw_value=_io__raw_value):
                    self._raw_value = _io__raw_value.to_byte_array()
                    if len(self._raw_value) != self.len_value:
                        raise kaitaistruct.ConsistencyError(u"raw(value)", self.len_value, len(self._raw_value))
                    parent.write_bytes(self._raw_value)
                _io__raw_value.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.value._write__seq(_io__raw_value)
            else:
                pass
                if len(self.value) != self.len_value:
                    raise kaitaistruct.ConsistencyError(u"value", self.len_value, len(self.value))
                self._io.write_bytes(self.value)
            self._io.write_bytes(self.value_padding)


        def _check(self):
            if len(self.value_padding) != (4 - self.len_value % 4) % 4:
                raise kaitaistruct.ConsistencyError(u"value_padding", (4 - self.len_value % 4) % 4, len(self.value_padding))
            if self.name__enabled:
                pass
                if KaitaiStream.byte_array_index_of((self._m_name).encode(u"ASCII"), 0) != -1:
                    raise kaitaistruct.ConsistencyError(u"name", -1, KaitaiStream.byte_array_index_of((self._m_name).encode(u"ASCII"), 0))

            self._dirty = False

        @property
        def name(self):
            """The property's name, read from the strings block."""
            if self._should_write_name:
                self._write_name()
            if hasattr(self, '_m_name'):
                return self._m_name

            if not self.name__enabled:
                return None

            io = self._root.strings_block._io
            _pos = io.pos()
            io.seek(self.ofs_name)
            self._m_name = (io.read_bytes_term(0, False, True, True)).decode(u"ASCII")
            io.seek(_pos)
            return getattr(self, '_m_name', None)

        @name.setter
        def name(self, v):
            self._dirty = True
            self._m_name = v

        def _write_name(self):
            self._should_write_name = False
            io = self._root.strings_block._io
            _pos = io.pos()
            io.seek(self.ofs_name)
            io.write_bytes((self._m_name).encode(u"ASCII"))
            io.write_u1(0)
            io.seek(_pos)


    class StringsBlock(ReadWriteKaitaiStruct):
        """The property names, NUL-terminated, one after another."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Dtb.StringsBlock, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.data = self._io.read_bytes_full()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Dtb.StringsBlock, self)._write__seq(io)
            self._io.write_bytes(self.data)
            if not self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"data", 0, self._io.size() - self._io.pos())


        def _check(self):
            self._dirty = False


    class StructureBlock(ReadWriteKaitaiStruct):
        """Top-level tokens of the structure block: usually NOPs, the root
        node (a BEGIN_NODE token with everything inside it) and END.
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Dtb.StructureBlock, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.items = []
            i = 0
            while True:
                _t_items = Dtb.Item(self._io, self, self._root)
                try:
                    _t_items._read()
                finally:
                    _ = _t_items
                    self.items.append(_)
                if _.token == Dtb.Token.end:
                    break
                i += 1
            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.items)):
                pass
                self.items[i]._fetch_instances()



        def _write__seq(self, io=None):
            super(Dtb.StructureBlock, self)._write__seq(io)
            for i in range(len(self.items)):
                pass
                self.items[i]._write__seq(self._io)



        def _check(self):
            if len(self.items) == 0:
                raise kaitaistruct.ConsistencyError(u"items", 0, len(self.items))
            for i in range(len(self.items)):
                pass
                if self.items[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"items", self._root, self.items[i]._root)
                if self.items[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"items", self, self.items[i]._parent)
                _ = self.items[i]
                if (_.token == Dtb.Token.end) != (i == len(self.items) - 1):
                    raise kaitaistruct.ConsistencyError(u"items", i == len(self.items) - 1, _.token == Dtb.Token.end)

            self._dirty = False


    @property
    def memory_reservations(self):
        """Ranges of physical memory the operating system must not use, ended
        by an entry whose address and size are both zero (kept in the list).
        """
        if self._should_write_memory_reservations:
            self._write_memory_reservations()
        if hasattr(self, '_m_memory_reservations'):
            return self._m_memory_reservations

        if not self.memory_reservations__enabled:
            return None

        _pos = self._io.pos()
        self._io.seek(self.ofs_memory_reservation_block)
        self._m_memory_reservations = []
        i = 0
        while True:
            _t__m_memory_reservations = Dtb.MemoryReservation(self._io, self, self._root)
            try:
                _t__m_memory_reservations._read()
            finally:
                _ = _t__m_memory_reservations
                self._m_memory_reservations.append(_)
            if  ((_.address == 0) and (_.size == 0)) :
                break
            i += 1
        self._io.seek(_pos)
        return getattr(self, '_m_memory_reservations', None)

    @memory_reservations.setter
    def memory_reservations(self, v):
        self._dirty = True
        self._m_memory_reservations = v

    def _write_memory_reservations(self):
        self._should_write_memory_reservations = False
        _pos = self._io.pos()
        self._io.seek(self.ofs_memory_reservation_block)
        for i in range(len(self._m_memory_reservations)):
            pass
            self._m_memory_reservations[i]._write__seq(self._io)

        self._io.seek(_pos)

    @property
    def strings_block(self):
        """The NUL-terminated property names that PROP tokens point into."""
        if self._should_write_strings_block:
            self._write_strings_block()
        if hasattr(self, '_m_strings_block'):
            return self._m_strings_block

        if not self.strings_block__enabled:
            return None

        _pos = self._io.pos()
        self._io.seek(self.ofs_strings_block)
        self._raw__m_strings_block = self._io.read_bytes(self.len_strings_block)
        _io__raw__m_strings_block = KaitaiStream(BytesIO(self._raw__m_strings_block))
        self._m_strings_block = Dtb.StringsBlock(_io__raw__m_strings_block, self, self._root)
        self._m_strings_block._read()
        self._io.seek(_pos)
        return getattr(self, '_m_strings_block', None)

    @strings_block.setter
    def strings_block(self, v):
        self._dirty = True
        self._m_strings_block = v

    def _write_strings_block(self):
        self._should_write_strings_block = False
        _pos = self._io.pos()
        self._io.seek(self.ofs_strings_block)
        _io__raw__m_strings_block = KaitaiStream(BytesIO(bytearray(self.len_strings_block)))
        self._io.add_child_stream(_io__raw__m_strings_block)
        _pos2 = self._io.pos()
        self._io.seek(self._io.pos() + (self.len_strings_block))
        def handler(parent, _io__raw__m_strings_block=_io__raw__m_strings_block):
            self._raw__m_strings_block = _io__raw__m_strings_block.to_byte_array()
            if len(self._raw__m_strings_block) != self.len_strings_block:
                raise kaitaistruct.ConsistencyError(u"raw(strings_block)", self.len_strings_block, len(self._raw__m_strings_block))
            parent.write_bytes(self._raw__m_strings_block)
        _io__raw__m_strings_block.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
        self._m_strings_block._write__seq(_io__raw__m_strings_block)
        self._io.seek(_pos)

    @property
    def structure_block(self):
        """The tree itself, as a stream of tokens."""
        if self._should_write_structure_block:
            self._write_structure_block()
        if hasattr(self, '_m_structure_block'):
            return self._m_structure_block

        if not self.structure_block__enabled:
            return None

        _pos = self._io.pos()
        self._io.seek(self.ofs_structure_block)
        self._raw__m_structure_block = self._io.read_bytes(self.len_structure_block)
        _io__raw__m_structure_block = KaitaiStream(BytesIO(self._raw__m_structure_block))
        self._m_structure_block = Dtb.StructureBlock(_io__raw__m_structure_block, self, self._root)
        self._m_structure_block._read()
        self._io.seek(_pos)
        return getattr(self, '_m_structure_block', None)

    @structure_block.setter
    def structure_block(self, v):
        self._dirty = True
        self._m_structure_block = v

    def _write_structure_block(self):
        self._should_write_structure_block = False
        _pos = self._io.pos()
        self._io.seek(self.ofs_structure_block)
        _io__raw__m_structure_block = KaitaiStream(BytesIO(bytearray(self.len_structure_block)))
        self._io.add_child_stream(_io__raw__m_structure_block)
        _pos2 = self._io.pos()
        self._io.seek(self._io.pos() + (self.len_structure_block))
        def handler(parent, _io__raw__m_structure_block=_io__raw__m_structure_block):
            self._raw__m_structure_block = _io__raw__m_structure_block.to_byte_array()
            if len(self._raw__m_structure_block) != self.len_structure_block:
                raise kaitaistruct.ConsistencyError(u"raw(structure_block)", self.len_structure_block, len(self._raw__m_structure_block))
            parent.write_bytes(self._raw__m_structure_block)
        _io__raw__m_structure_block.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
        self._m_structure_block._write__seq(_io__raw__m_structure_block)
        self._io.seek(_pos)


