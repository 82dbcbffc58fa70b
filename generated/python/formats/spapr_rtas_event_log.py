# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from qemuspec.formats import spapr
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class SpaprRtasEventLog(ReadWriteKaitaiStruct):
    """What the RTAS call check-exception writes into the guest's buffer when an
    event is pending: an 8-byte header (a summary word and the length of the
    rest), then the version 6 extended log: a 16-byte header and a list of
    sections, each with an 8-byte section header (two-letter id, length
    including the header, version, subtype, creator). QEMU's hotplug events
    carry three sections: Main-A ("PH", with the creation time), Main-B
    ("UH") and the hotplug section ("HP"), which says what kind of resource
    to add or remove and names it by DRC index, by count, by count and first
    index, or by DRC name. Its power-down events carry an EPOW section ("EP")
    instead. Every number is big-endian.
    
    Guests that did not ask for the modern hotplug format (option vector 5,
    byte 6, bit 5) get hotplug events through the EPOW event source
    (check-exception mask bit 0x40000000); QEMU then names memory by count
    and CPUs and PCI devices by index.
    
    .. seealso::
       Source - https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
    """

    class Disposition(IntEnum):
        fully_recovered = 0
        limited_recovery = 1
        not_recovered = 2

    class Initiator(IntEnum):
        unknown = 0
        cpu = 1
        pci = 2
        memory = 4
        hotplug = 6

    class LogType(IntEnum):
        other = 0
        retry = 1
        tce_error = 2
        internal_device_failure = 3
        timeout = 4
        data_parity = 5
        address_parity = 6
        cache_parity = 7
        address_invalid = 8
        ecc_uncorrected = 9
        ecc_corrected = 10
        epow = 64
        hotplug = 229

    class SectionId(IntEnum):
        epow = 17744
        hotplug = 18512
        machine_check = 19779
        main_a = 20552
        main_b = 21832

    class Severity(IntEnum):
        no_error = 0
        event = 1
        warning = 2
        error_sync = 3
        error = 4
        fatal = 5
        already_reported = 6
    def __init__(self, _io=None, _parent=None, _root=None):
        super(SpaprRtasEventLog, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.summary = SpaprRtasEventLog.Summary(self._io, self, self._root)
        self.summary._read()
        self.len_extended_log = self._io.read_u4be()
        self._raw_extended_log = self._io.read_bytes(self.len_extended_log)
        _io__raw_extended_log = KaitaiStream(BytesIO(self._raw_extended_log))
        self.extended_log = SpaprRtasEventLog.ExtendedLog(_io__raw_extended_log, self, self._root)
        self.extended_log._read()
        self._dirty = False


    def _fetch_instances(self):
        pass
        self.summary._fetch_instances()
        self.extended_log._fetch_instances()


    def _write__seq(self, io=None):
        super(SpaprRtasEventLog, self)._write__seq(io)
        self.summary._write__seq(self._io)
        self._io.write_u4be(self.len_extended_log)
        _io__raw_extended_log = KaitaiStream(BytesIO(bytearray(self.len_extended_log)))
        self._io.add_child_stream(_io__raw_extended_log)
        _pos2 = self._io.pos()
        self._io.seek(self._io.pos() + (self.len_extended_log))
        def handler(parent, _io__raw_extended_log=_io__raw_extended_log):
            self._raw_extended_log = _io__raw_extended_log.to_byte_array()
            if len(self._raw_extended_log) != self.len_extended_log:
                raise kaitaistruct.ConsistencyError(u"raw(extended_log)", self.len_extended_log, len(self._raw_extended_log))
            parent.write_bytes(self._raw_extended_log)
        _io__raw_extended_log.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
        self.extended_log._write__seq(_io__raw_extended_log)


    def _check(self):
        if self.summary._root != self._root:
            raise kaitaistruct.ConsistencyError(u"summary", self._root, self.summary._root)
        if self.summary._parent != self:
            raise kaitaistruct.ConsistencyError(u"summary", self, self.summary._parent)
        if self.extended_log._root != self._root:
            raise kaitaistruct.ConsistencyError(u"extended_log", self._root, self.extended_log._root)
        if self.extended_log._parent != self:
            raise kaitaistruct.ConsistencyError(u"extended_log", self, self.extended_log._parent)
        self._dirty = False

    class DrcCount(ReadWriteKaitaiStruct):
        """A number of resources of the type; the guest chooses which."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(SpaprRtasEventLog.DrcCount, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.count = self._io.read_u4be()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(SpaprRtasEventLog.DrcCount, self)._write__seq(io)
            self._io.write_u4be(self.count)


        def _check(self):
            self._dirty = False


    class DrcCountIndexed(ReadWriteKaitaiStruct):
        """A run of connectors, from `index` to `index` + `count` - 1 (modern format)."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(SpaprRtasEventLog.DrcCountIndexed, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.count = self._io.read_u4be()
            self.index = spapr.Spapr.DrcIndex(self._io)
            self.index._read()
            self._dirty = False


        def _fetch_instances(self):
            pass
            self.index._fetch_instances()


        def _write__seq(self, io=None):
            super(SpaprRtasEventLog.DrcCountIndexed, self)._write__seq(io)
            self._io.write_u4be(self.count)
            self.index._write__seq(self._io)


        def _check(self):
            self._dirty = False


    class DrcName(ReadWriteKaitaiStruct):
        """A connector named by its DRC name (as in ibm,drc-names)."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(SpaprRtasEventLog.DrcName, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.name = (self._io.read_bytes_term(0, False, True, True)).decode(u"ASCII")
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(SpaprRtasEventLog.DrcName, self)._write__seq(io)
            self._io.write_bytes((self.name).encode(u"ASCII"))
            self._io.write_u1(0)


        def _check(self):
            if KaitaiStream.byte_array_index_of((self.name).encode(u"ASCII"), 0) != -1:
                raise kaitaistruct.ConsistencyError(u"name", -1, KaitaiStream.byte_array_index_of((self.name).encode(u"ASCII"), 0))
            self._dirty = False


    class Epow(ReadWriteKaitaiStruct):
        """The EPOW section ("EP"), an environmental or power warning such as a power-down request."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(SpaprRtasEventLog.Epow, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.sensor_value = self._io.read_u1()
            self.event_modifier = self._io.read_u1()
            self.extended_modifier = self._io.read_u1()
            self.reserved = self._io.read_u1()
            self.reason_code = self._io.read_bytes(8)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(SpaprRtasEventLog.Epow, self)._write__seq(io)
            self._io.write_u1(self.sensor_value)
            self._io.write_u1(self.event_modifier)
            self._io.write_u1(self.extended_modifier)
            self._io.write_u1(self.reserved)
            self._io.write_bytes(self.reason_code)


        def _check(self):
            if len(self.reason_code) != 8:
                raise kaitaistruct.ConsistencyError(u"reason_code", 8, len(self.reason_code))
            self._dirty = False


    class ExtendedLog(ReadWriteKaitaiStruct):
        """The version 6 extended log header and its sections."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(SpaprRtasEventLog.ExtendedLog, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.flags = SpaprRtasEventLog.ExtendedLogFlags(self._io, self, self._root)
            self.flags._read()
            self.reserved1 = self._io.read_u1()
            self.powerpc_format = self._io.read_bits_int_be(1) != 0
            self.reserved2 = self._io.read_bits_int_be(3)
            self.log_format = self._io.read_bits_int_be(4)
            self.reserved3 = self._io.read_bytes(9)
            self.company = (KaitaiStream.bytes_terminate(self._io.read_bytes(4), 0, False)).decode(u"ASCII")
            self.sections = []
            i = 0
            while not self._io.is_eof():
                _t_sections = SpaprRtasEventLog.Section(self._io, self, self._root)
                try:
                    _t_sections._read()
                finally:
                    self.sections.append(_t_sections)
                i += 1

            self._dirty = False


        def _fetch_instances(self):
            pass
            self.flags._fetch_instances()
            for i in range(len(self.sections)):
                pass
                self.sections[i]._fetch_instances()



        def _write__seq(self, io=None):
            super(SpaprRtasEventLog.ExtendedLog, self)._write__seq(io)
            self.flags._write__seq(self._io)
            self._io.write_u1(self.reserved1)
            self._io.write_bits_int_be(1, int(self.powerpc_format))
            self._io.write_bits_int_be(3, self.reserved2)
            self._io.write_bits_int_be(4, self.log_format)
            self._io.write_bytes(self.reserved3)
            self._io.write_bytes_limit((self.company).encode(u"ASCII"), 4, 0, 0)
            for i in range(len(self.sections)):
                pass
                if self._io.is_eof():
                    raise kaitaistruct.ConsistencyError(u"sections", 0, self._io.size() - self._io.pos())
                self.sections[i]._write__seq(self._io)

            if not self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"sections", 0, self._io.size() - self._io.pos())


        def _check(self):
            if self.flags._root != self._root:
                raise kaitaistruct.ConsistencyError(u"flags", self._root, self.flags._root)
            if self.flags._parent != self:
                raise kaitaistruct.ConsistencyError(u"flags", self, self.flags._parent)
            if len(self.reserved3) != 9:
                raise kaitaistruct.ConsistencyError(u"reserved3", 9, len(self.reserved3))
            if len((self.company).encode(u"ASCII")) > 4:
                raise kaitaistruct.ConsistencyError(u"company", 4, len((self.company).encode(u"ASCII")))
            if KaitaiStream.byte_array_index_of((self.company).encode(u"ASCII"), 0) != -1:
                raise kaitaistruct.ConsistencyError(u"company", -1, KaitaiStream.byte_array_index_of((self.company).encode(u"ASCII"), 0))
            for i in range(len(self.sections)):
                pass
                if self.sections[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"sections", self._root, self.sections[i]._root)
                if self.sections[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"sections", self, self.sections[i]._parent)

            self._dirty = False


    class ExtendedLogFlags(ReadWriteKaitaiStruct):
        """Byte 0 of the extended log header."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(SpaprRtasEventLog.ExtendedLogFlags, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.valid = self._io.read_bits_int_be(1) != 0
            self.unrecoverable_error = self._io.read_bits_int_be(1) != 0
            self.recoverable_error = self._io.read_bits_int_be(1) != 0
            self.degraded_operation = self._io.read_bits_int_be(1) != 0
            self.predictive_error = self._io.read_bits_int_be(1) != 0
            self.new_log = self._io.read_bits_int_be(1) != 0
            self.big_endian = self._io.read_bits_int_be(1) != 0
            self.reserved = self._io.read_bits_int_be(1) != 0
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(SpaprRtasEventLog.ExtendedLogFlags, self)._write__seq(io)
            self._io.write_bits_int_be(1, int(self.valid))
            self._io.write_bits_int_be(1, int(self.unrecoverable_error))
            self._io.write_bits_int_be(1, int(self.recoverable_error))
            self._io.write_bits_int_be(1, int(self.degraded_operation))
            self._io.write_bits_int_be(1, int(self.predictive_error))
            self._io.write_bits_int_be(1, int(self.new_log))
            self._io.write_bits_int_be(1, int(self.big_endian))
            self._io.write_bits_int_be(1, int(self.reserved))


        def _check(self):
            self._dirty = False


    class Hotplug(ReadWriteKaitaiStruct):
        """The hotplug section ("HP"): what to plug or unplug and how it is
        identified. QEMU writes 12 bytes after the header (the identifier
        union is 8 bytes long); with a DRC name the section grows by the
        name's length.
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(SpaprRtasEventLog.Hotplug, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.hotplug_type = KaitaiStream.resolve_enum(spapr.Spapr.HotplugType, self._io.read_u1())
            self.action = KaitaiStream.resolve_enum(spapr.Spapr.HotplugAction, self._io.read_u1())
            self.identifier = KaitaiStream.resolve_enum(spapr.Spapr.HotplugIdentifier, self._io.read_u1())
            self.capabilities = self._io.read_u1()
            _on = self.identifier
            if _on == spapr.Spapr.HotplugIdentifier.drc_count:
                pass
                self.drc = SpaprRtasEventLog.DrcCount(self._io, self, self._root)
                self.drc._read()
            elif _on == spapr.Spapr.HotplugIdentifier.drc_count_indexed:
                pass
                self.drc = SpaprRtasEventLog.DrcCountIndexed(self._io, self, self._root)
                self.drc._read()
            elif _on == spapr.Spapr.HotplugIdentifier.drc_index:
                pass
                self.drc = spapr.Spapr.DrcIndex(self._io)
                self.drc._read()
            elif _on == spapr.Spapr.HotplugIdentifier.drc_name:
                pass
                self.drc = SpaprRtasEventLog.DrcName(self._io, self, self._root)
                self.drc._read()
            self._dirty = False


        def _fetch_instances(self):
            pass
            _on = self.identifier
            if _on == spapr.Spapr.HotplugIdentifier.drc_count:
                pass
                self.drc._fetch_instances()
            elif _on == spapr.Spapr.HotplugIdentifier.drc_count_indexed:
                pass
                self.drc._fetch_instances()
            elif _on == spapr.Spapr.HotplugIdentifier.drc_index:
                pass
                self.drc._fetch_instances()
            elif _on == spapr.Spapr.HotplugIdentifier.drc_name:
                pass
                self.drc._fetch_instances()


        def _write__seq(self, io=None):
            super(SpaprRtasEventLog.Hotplug, self)._write__seq(io)
            self._io.write_u1(int(self.hotplug_type))
            self._io.write_u1(int(self.action))
            self._io.write_u1(int(self.identifier))
            self._io.write_u1(self.capabilities)
            _on = self.identifier
            if _on == spapr.Spapr.HotplugIdentifier.drc_count:
                pass
                self.drc._write__seq(self._io)
            elif _on == spapr.Spapr.HotplugIdentifier.drc_count_indexed:
                pass
                self.drc._write__seq(self._io)
            elif _on == spapr.Spapr.HotplugIdentifier.drc_index:
                pass
                self.drc._write__seq(self._io)
            elif _on == spapr.Spapr.HotplugIdentifier.drc_name:
                pass
                self.drc._write__seq(self._io)


        def _check(self):
            _on = self.identifier
            if _on == spapr.Spapr.HotplugIdentifier.drc_count:
                pass
                if self.drc._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"drc", self._root, self.drc._root)
                if self.drc._parent != self:
                    raise kaitaistruct.ConsistencyError(u"drc", self, self.drc._parent)
            elif _on == spapr.Spapr.HotplugIdentifier.drc_count_indexed:
                pass
                if self.drc._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"drc", self._root, self.drc._root)
                if self.drc._parent != self:
                    raise kaitaistruct.ConsistencyError(u"drc", self, self.drc._parent)
            elif _on == spapr.Spapr.HotplugIdentifier.drc_index:
                pass
            elif _on == spapr.Spapr.HotplugIdentifier.drc_name:
                pass
                if self.drc._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"drc", self._root, self.drc._root)
                if self.drc._parent != self:
                    raise kaitaistruct.ConsistencyError(u"drc", self, self.drc._parent)
            self._dirty = False


    class MainA(ReadWriteKaitaiStruct):
        """Main-A ("PH", 40 bytes after the header), the primary header of a platform event."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(SpaprRtasEventLog.MainA, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.creation_date = self._io.read_u4be()
            self.creation_time = self._io.read_u4be()
            self.platform1 = self._io.read_bytes(8)
            self.creator_id = (self._io.read_bytes(1)).decode(u"ASCII")
            self.reserved1 = self._io.read_bytes(2)
            self.num_sections = self._io.read_u1()
            self.reserved2 = self._io.read_bytes(4)
            self.platform2 = self._io.read_bytes(8)
            self.plid = self._io.read_u4be()
            self.platform3 = self._io.read_bytes(4)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(SpaprRtasEventLog.MainA, self)._write__seq(io)
            self._io.write_u4be(self.creation_date)
            self._io.write_u4be(self.creation_time)
            self._io.write_bytes(self.platform1)
            self._io.write_bytes((self.creator_id).encode(u"ASCII"))
            self._io.write_bytes(self.reserved1)
            self._io.write_u1(self.num_sections)
            self._io.write_bytes(self.reserved2)
            self._io.write_bytes(self.platform2)
            self._io.write_u4be(self.plid)
            self._io.write_bytes(self.platform3)


        def _check(self):
            if len(self.platform1) != 8:
                raise kaitaistruct.ConsistencyError(u"platform1", 8, len(self.platform1))
            if len((self.creator_id).encode(u"ASCII")) != 1:
                raise kaitaistruct.ConsistencyError(u"creator_id", 1, len((self.creator_id).encode(u"ASCII")))
            if len(self.reserved1) != 2:
                raise kaitaistruct.ConsistencyError(u"reserved1", 2, len(self.reserved1))
            if len(self.reserved2) != 4:
                raise kaitaistruct.ConsistencyError(u"reserved2", 4, len(self.reserved2))
            if len(self.platform2) != 8:
                raise kaitaistruct.ConsistencyError(u"platform2", 8, len(self.platform2))
            if len(self.platform3) != 4:
                raise kaitaistruct.ConsistencyError(u"platform3", 4, len(self.platform3))
            self._dirty = False


    class MainB(ReadWriteKaitaiStruct):
        """Main-B ("UH", 16 bytes after the header), the user header."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(SpaprRtasEventLog.MainB, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.subsystem_id = self._io.read_u1()
            self.platform1 = self._io.read_u1()
            self.event_severity = self._io.read_u1()
            self.event_subtype = self._io.read_u1()
            self.platform2 = self._io.read_bytes(4)
            self.reserved1 = self._io.read_bytes(2)
            self.action_flags = self._io.read_u2be()
            self.reserved2 = self._io.read_bytes(4)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(SpaprRtasEventLog.MainB, self)._write__seq(io)
            self._io.write_u1(self.subsystem_id)
            self._io.write_u1(self.platform1)
            self._io.write_u1(self.event_severity)
            self._io.write_u1(self.event_subtype)
            self._io.write_bytes(self.platform2)
            self._io.write_bytes(self.reserved1)
            self._io.write_u2be(self.action_flags)
            self._io.write_bytes(self.reserved2)


        def _check(self):
            if len(self.platform2) != 4:
                raise kaitaistruct.ConsistencyError(u"platform2", 4, len(self.platform2))
            if len(self.reserved1) != 2:
                raise kaitaistruct.ConsistencyError(u"reserved1", 2, len(self.reserved1))
            if len(self.reserved2) != 4:
                raise kaitaistruct.ConsistencyError(u"reserved2", 4, len(self.reserved2))
            self._dirty = False


    class Section(ReadWriteKaitaiStruct):
        """One section of the extended log; the header is 8 bytes."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(SpaprRtasEventLog.Section, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.section_id = KaitaiStream.resolve_enum(SpaprRtasEventLog.SectionId, self._io.read_u2be())
            self.len_section = self._io.read_u2be()
            if not self.len_section >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_section, self._io, u"/types/section/seq/1")
            self.version = self._io.read_u1()
            self.subtype = self._io.read_u1()
            self.creator_component_id = self._io.read_u2be()
            _on = self.section_id
            if _on == SpaprRtasEventLog.SectionId.epow:
                pass
                self._raw_body = self._io.read_bytes(self.len_section - 8)
                _io__raw_body = KaitaiStream(BytesIO(self._raw_body))
                self.body = SpaprRtasEventLog.Epow(_io__raw_body, self, self._root)
                self.body._read()
            elif _on == SpaprRtasEventLog.SectionId.hotplug:
                pass
                self._raw_body = self._io.read_bytes(self.len_section - 8)
                _io__raw_body = KaitaiStream(BytesIO(self._raw_body))
                self.body = SpaprRtasEventLog.Hotplug(_io__raw_body, self, self._root)
                self.body._read()
            elif _on == SpaprRtasEventLog.SectionId.main_a:
                pass
                self._raw_body = self._io.read_bytes(self.len_section - 8)
                _io__raw_body = KaitaiStream(BytesIO(self._raw_body))
                self.body = SpaprRtasEventLog.MainA(_io__raw_body, self, self._root)
                self.body._read()
            elif _on == SpaprRtasEventLog.SectionId.main_b:
                pass
                self._raw_body = self._io.read_bytes(self.len_section - 8)
                _io__raw_body = KaitaiStream(BytesIO(self._raw_body))
                self.body = SpaprRtasEventLog.MainB(_io__raw_body, self, self._root)
                self.body._read()
            else:
                pass
                self.body = self._io.read_bytes(self.len_section - 8)
            self._dirty = False


        def _fetch_instances(self):
            pass
            _on = self.section_id
            if _on == SpaprRtasEventLog.SectionId.epow:
                pass
                self.body._fetch_instances()
            elif _on == SpaprRtasEventLog.SectionId.hotplug:
                pass
                self.body._fetch_instances()
            elif _on == SpaprRtasEventLog.SectionId.main_a:
                pass
                self.body._fetch_instances()
            elif _on == SpaprRtasEventLog.SectionId.main_b:
                pass
                self.body._fetch_instances()
            else:
                pass


        def _write__seq(self, io=None):
            super(SpaprRtasEventLog.Section, self)._write__seq(io)
            self._io.write_u2be(int(self.section_id))
            self._io.write_u2be(self.len_section)
            self._io.write_u1(self.version)
            self._io.write_u1(self.subtype)
            self._io.write_u2be(self.creator_component_id)
            _on = self.section_id
            if _on == SpaprRtasEventLog.SectionId.epow:
                pass
                _io__raw_body = KaitaiStream(BytesIO(bytearray(self.len_section - 8)))
                self._io.add_child_stream(_io__raw_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_section - 8))
                def handler(parent, _io__raw_body=_io__raw_body):
                    self._raw_body = _io__raw_body.to_byte_array()
                    if len(self._raw_body) != self.len_section - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(body)", self.len_section - 8, len(self._raw_body))
                    parent.write_bytes(self._raw_body)
                _io__raw_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.body._write__seq(_io__raw_body)
            elif _on == SpaprRtasEventLog.SectionId.hotplug:
                pass
                _io__raw_body = KaitaiStream(BytesIO(bytearray(self.len_section - 8)))
                self._io.add_child_stream(_io__raw_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_section - 8))
                def handler(parent, _io__raw_body=_io__raw_body):
                    self._raw_body = _io__raw_body.to_byte_array()
                    if len(self._raw_body) != self.len_section - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(body)", self.len_section - 8, len(self._raw_body))
                    parent.write_bytes(self._raw_body)
                _io__raw_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.body._write__seq(_io__raw_body)
            elif _on == SpaprRtasEventLog.SectionId.main_a:
                pass
                _io__raw_body = KaitaiStream(BytesIO(bytearray(self.len_section - 8)))
                self._io.add_child_stream(_io__raw_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_section - 8))
                def handler(parent, _io__raw_body=_io__raw_body):
                    self._raw_body = _io__raw_body.to_byte_array()
                    if len(self._raw_body) != self.len_section - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(body)", self.len_section - 8, len(self._raw_body))
                    parent.write_bytes(self._raw_body)
                _io__raw_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.body._write__seq(_io__raw_body)
            elif _on == SpaprRtasEventLog.SectionId.main_b:
                pass
                _io__raw_body = KaitaiStream(BytesIO(bytearray(self.len_section - 8)))
                self._io.add_child_stream(_io__raw_body)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_section - 8))
                def handler(parent, _io__raw_body=_io__raw_body):
                    self._raw_body = _io__raw_body.to_byte_array()
                    if len(self._raw_body) != self.len_section - 8:
                        raise kaitaistruct.ConsistencyError(u"raw(body)", self.len_section - 8, len(self._raw_body))
                    parent.write_bytes(self._raw_body)
                _io__raw_body.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.body._write__seq(_io__raw_body)
            else:
                pass
                self._io.write_bytes(self.body)


        def _check(self):
            if not self.len_section >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_section, None, u"/types/section/seq/1")
            _on = self.section_id
            if _on == SpaprRtasEventLog.SectionId.epow:
                pass
                if self.body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"body", self._root, self.body._root)
                if self.body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"body", self, self.body._parent)
            elif _on == SpaprRtasEventLog.SectionId.hotplug:
                pass
                if self.body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"body", self._root, self.body._root)
                if self.body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"body", self, self.body._parent)
            elif _on == SpaprRtasEventLog.SectionId.main_a:
                pass
                if self.body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"body", self._root, self.body._root)
                if self.body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"body", self, self.body._parent)
            elif _on == SpaprRtasEventLog.SectionId.main_b:
                pass
                if self.body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"body", self._root, self.body._root)
                if self.body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"body", self, self.body._parent)
            else:
                pass
                if len(self.body) != self.len_section - 8:
                    raise kaitaistruct.ConsistencyError(u"body", self.len_section - 8, len(self.body))
            self._dirty = False


    class Summary(ReadWriteKaitaiStruct):
        """The first 32-bit word of an RTAS error log."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(SpaprRtasEventLog.Summary, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.version = self._io.read_bits_int_be(8)
            self.severity = KaitaiStream.resolve_enum(SpaprRtasEventLog.Severity, self._io.read_bits_int_be(3))
            self.disposition = KaitaiStream.resolve_enum(SpaprRtasEventLog.Disposition, self._io.read_bits_int_be(2))
            self.optional_part_present = self._io.read_bits_int_be(1) != 0
            self.reserved = self._io.read_bits_int_be(2)
            self.initiator = KaitaiStream.resolve_enum(SpaprRtasEventLog.Initiator, self._io.read_bits_int_be(4))
            self.target = KaitaiStream.resolve_enum(SpaprRtasEventLog.Initiator, self._io.read_bits_int_be(4))
            self.log_type = KaitaiStream.resolve_enum(SpaprRtasEventLog.LogType, self._io.read_bits_int_be(8))
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(SpaprRtasEventLog.Summary, self)._write__seq(io)
            self._io.write_bits_int_be(8, self.version)
            self._io.write_bits_int_be(3, int(self.severity))
            self._io.write_bits_int_be(2, int(self.disposition))
            self._io.write_bits_int_be(1, int(self.optional_part_present))
            self._io.write_bits_int_be(2, self.reserved)
            self._io.write_bits_int_be(4, int(self.initiator))
            self._io.write_bits_int_be(4, int(self.target))
            self._io.write_bits_int_be(8, int(self.log_type))


        def _check(self):
            self._dirty = False



