# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class Spapr(ReadWriteKaitaiStruct):
    """What the sPAPR specs share: the DRC index (a connector's type in the top
    4 bits, its id below), the flags word of a logical memory block, the
    registers of a hypercall, and the numbers of the sPAPR hotplug and
    hypercall documents: DRC types, the RTAS sensors and indicators 9001, 9002
    and 9003 with their values, configure-connector answers, RTAS and
    hypercall status codes, QEMU's private hypercalls H_RTAS (0xf000) and
    H_LOGICAL_MEMOP (0xf001) with its element sizes and operations, and the
    hotplug event's type, action and identifier kinds.
    
    This spec has no top-level structure of its own; the property specs
    (`spapr_drc_indexes`, `spapr_dynamic_memory`, ...), `spapr_rtas_event_log`,
    `spapr_cc_work_area`, `spapr_rtas_args` and `dtb` use its types and enums.
    Everything is big-endian, as the guest (Power) sees it.
    
    .. seealso::
       Source - https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
    
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html
    """

    class AllocationState(IntEnum):
        unusable = 0
        usable = 1
        exchange = 2
        recover = 3

    class CcStatus(IntEnum):
        not_configurable = -9003
        hardware_error = -1
        complete = 0
        next_sibling = 1
        next_child = 2
        next_property = 3
        previous_parent = 4
        more_memory = 5
        call_again = 9900

    class DrIndicatorState(IntEnum):
        inactive = 0
        active = 1
        identify = 2
        action = 3

    class DrcType(IntEnum):
        cpu = 1
        phb = 2
        vio = 3
        pci = 4
        lmb = 8
        pmem = 9

    class EntitySense(IntEnum):
        empty = 0
        present = 1
        unusable = 2
        exchange = 3
        recovery = 4

    class EventClass(IntEnum):
        internal_errors = 0
        epow = 1
        reserved = 2
        hot_plug = 3
        io = 4

    class Hcall(IntEnum):
        h_rtas = 61440
        h_logical_memop = 61441
        h_cas = 61442
        h_update_dt = 61443
        h_vof_client = 61445

    class HcallStatus(IntEnum):
        parameter = -4
        privilege = -3
        function = -2
        hardware = -1
        success = 0
        busy = 1

    class HotplugAction(IntEnum):
        add = 1
        remove = 2

    class HotplugIdentifier(IntEnum):
        drc_name = 1
        drc_index = 2
        drc_count = 3
        drc_count_indexed = 4

    class HotplugType(IntEnum):
        cpu = 1
        memory = 2
        slot = 3
        phb = 4
        pci = 5
        pmem = 6

    class Indicator(IntEnum):
        isolation_state = 9001
        dr_indicator = 9002
        allocation_state = 9003

    class IsolationState(IntEnum):
        isolate = 0
        unisolate = 1

    class MemopElementSize(IntEnum):
        one_byte = 0
        two_bytes = 1
        four_bytes = 2
        eight_bytes = 3

    class MemopOperation(IntEnum):
        copy = 0
        invert = 1

    class RtasStatus(IntEnum):
        system_parameter_error = -9999
        not_authorized = -9002
        parameter_error = -3
        busy = -2
        hardware_error = -1
        success = 0
        no_errors_found = 1

    class Sensor(IntEnum):
        dr_entity_sense = 9003
    def __init__(self, _io=None, _parent=None, _root=None):
        super(Spapr, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        pass
        self._dirty = False


    def _fetch_instances(self):
        pass


    def _write__seq(self, io=None):
        super(Spapr, self)._write__seq(io)


    def _check(self):
        self._dirty = False

    class CasVectors(ReadWriteKaitaiStruct):
        """The argument of client-architecture-support (H_CAS for SLOF, a client
        interface call otherwise): the processor versions the guest supports,
        as (mask, value) pairs ended by a pair whose value has a bit outside
        its mask (such as 0 / 0xffffffff), then the option vectors, each a
        length byte (bytes - 1) and its bytes. Vector 5 byte 2 bit 0x20 asks
        for ibm,dynamic-reconfiguration-memory, byte 22 bit 0x80 for
        ibm,dynamic-memory-v2, byte 6 bit 0x04 for the modern hotplug events
        (bytes counted from 1 after the length byte).
        
        .. seealso::
           Source - https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Spapr.CasVectors, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.pvrs = []
            i = 0
            while True:
                _t_pvrs = Spapr.PvrEntry(self._io, self, self._root)
                try:
                    _t_pvrs._read()
                finally:
                    _ = _t_pvrs
                    self.pvrs.append(_)
                if  ((_.mask == 0) and (_.pvr == 4294967295)) :
                    break
                i += 1
            self.num_vectors_minus_one = self._io.read_u1()
            self.vectors = []
            for i in range(self.num_vectors_minus_one + 1):
                _t_vectors = Spapr.OptionVector(self._io, self, self._root)
                try:
                    _t_vectors._read()
                finally:
                    self.vectors.append(_t_vectors)

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.pvrs)):
                pass
                self.pvrs[i]._fetch_instances()

            for i in range(len(self.vectors)):
                pass
                self.vectors[i]._fetch_instances()



        def _write__seq(self, io=None):
            super(Spapr.CasVectors, self)._write__seq(io)
            for i in range(len(self.pvrs)):
                pass
                self.pvrs[i]._write__seq(self._io)

            self._io.write_u1(self.num_vectors_minus_one)
            for i in range(len(self.vectors)):
                pass
                self.vectors[i]._write__seq(self._io)



        def _check(self):
            if len(self.pvrs) == 0:
                raise kaitaistruct.ConsistencyError(u"pvrs", 0, len(self.pvrs))
            for i in range(len(self.pvrs)):
                pass
                if self.pvrs[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"pvrs", self._root, self.pvrs[i]._root)
                if self.pvrs[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"pvrs", self, self.pvrs[i]._parent)
                _ = self.pvrs[i]
                if  ((_.mask == 0) and (_.pvr == 4294967295))  != (i == len(self.pvrs) - 1):
                    raise kaitaistruct.ConsistencyError(u"pvrs", i == len(self.pvrs) - 1,  ((_.mask == 0) and (_.pvr == 4294967295)) )

            if len(self.vectors) != self.num_vectors_minus_one + 1:
                raise kaitaistruct.ConsistencyError(u"vectors", self.num_vectors_minus_one + 1, len(self.vectors))
            for i in range(len(self.vectors)):
                pass
                if self.vectors[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"vectors", self._root, self.vectors[i]._root)
                if self.vectors[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"vectors", self, self.vectors[i]._parent)

            self._dirty = False


    class DrcIndex(ReadWriteKaitaiStruct):
        """A dynamic reconfiguration connector index (32 bits). QEMU follows the
        PowerVM convention: the resource type in bits 31..28 and a number
        unique among connectors of that type in bits 27..0 (for memory, the
        LMB's address divided by the LMB size; for CPUs, the core id; for PCI
        slots, the PHB and slot).
        
        .. seealso::
           Source - https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Spapr.DrcIndex, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.drc_type = KaitaiStream.resolve_enum(Spapr.DrcType, self._io.read_bits_int_be(4))
            self.id = self._io.read_bits_int_be(28)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Spapr.DrcIndex, self)._write__seq(io)
            self._io.write_bits_int_be(4, int(self.drc_type))
            self._io.write_bits_int_be(28, self.id)


        def _check(self):
            self._dirty = False

        @property
        def value(self):
            """The whole index as one number."""
            if hasattr(self, '_m_value'):
                return self._m_value

            self._m_value = (int(self.drc_type) * 268435456 + self.id)
            return getattr(self, '_m_value', None)

        def _invalidate_value(self):
            del self._m_value

    class HcallRegisters(ReadWriteKaitaiStruct):
        """The registers of one hypercall (`sc 1`) as ten 64-bit big-endian
        words: r3 holds the hypercall number on entry and the status on
        return; r4..r12 hold the arguments on entry and any outputs on
        return. qemuspec's guest-side hypercall agent keeps this image in
        guest memory.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Spapr.HcallRegisters, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.r3 = self._io.read_s8be()
            self.args = []
            for i in range(9):
                self.args.append(self._io.read_u8be())

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.args)):
                pass



        def _write__seq(self, io=None):
            super(Spapr.HcallRegisters, self)._write__seq(io)
            self._io.write_s8be(self.r3)
            for i in range(len(self.args)):
                pass
                self._io.write_u8be(self.args[i])



        def _check(self):
            if len(self.args) != 9:
                raise kaitaistruct.ConsistencyError(u"args", 9, len(self.args))
            for i in range(len(self.args)):
                pass

            self._dirty = False


    class LmbFlags(ReadWriteKaitaiStruct):
        """The 32-bit flags word of an `ibm,dynamic-memory` (or -v2) entry. The
        spec names bit 0x8 (assigned); QEMU also sets 0x20 (the DRC index is
        not valid) and 0x80 (reserved) for boot memory, and 0x100 for memory
        that may be unplugged.
        
        .. seealso::
           Source - https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Spapr.LmbFlags, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.reserved_high = self._io.read_bits_int_be(23)
            self.hot_removable = self._io.read_bits_int_be(1) != 0
            self.reserved_lmb = self._io.read_bits_int_be(1) != 0
            self.unused_upper = self._io.read_bits_int_be(1) != 0
            self.drc_invalid = self._io.read_bits_int_be(1) != 0
            self.unused_lower = self._io.read_bits_int_be(1) != 0
            self.assigned = self._io.read_bits_int_be(1) != 0
            self.reserved_bottom = self._io.read_bits_int_be(3)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Spapr.LmbFlags, self)._write__seq(io)
            self._io.write_bits_int_be(23, self.reserved_high)
            self._io.write_bits_int_be(1, int(self.hot_removable))
            self._io.write_bits_int_be(1, int(self.reserved_lmb))
            self._io.write_bits_int_be(1, int(self.unused_upper))
            self._io.write_bits_int_be(1, int(self.drc_invalid))
            self._io.write_bits_int_be(1, int(self.unused_lower))
            self._io.write_bits_int_be(1, int(self.assigned))
            self._io.write_bits_int_be(3, self.reserved_bottom)


        def _check(self):
            self._dirty = False


    class LogicalMemopArgs(ReadWriteKaitaiStruct):
        """The arguments of H_LOGICAL_MEMOP (0xf001) in register order r4..r8.
        QEMU refuses (H_PARAMETER) an operation above 1, more than 2^31
        elements, and addresses not aligned to the element size; overlapping
        ranges are copied as with memmove.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html#h-logical-memop-0xf001
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Spapr.LogicalMemopArgs, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.destination = self._io.read_u8be()
            self.source = self._io.read_u8be()
            self.element_size = KaitaiStream.resolve_enum(Spapr.MemopElementSize, self._io.read_u8be())
            self.num_elements = self._io.read_u8be()
            self.operation = KaitaiStream.resolve_enum(Spapr.MemopOperation, self._io.read_u8be())
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Spapr.LogicalMemopArgs, self)._write__seq(io)
            self._io.write_u8be(self.destination)
            self._io.write_u8be(self.source)
            self._io.write_u8be(int(self.element_size))
            self._io.write_u8be(self.num_elements)
            self._io.write_u8be(int(self.operation))


        def _check(self):
            self._dirty = False


    class OptionVector(ReadWriteKaitaiStruct):
        """One option vector."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Spapr.OptionVector, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.len_data_minus_one = self._io.read_u1()
            self.data = self._io.read_bytes(self.len_data_minus_one + 1)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Spapr.OptionVector, self)._write__seq(io)
            self._io.write_u1(self.len_data_minus_one)
            self._io.write_bytes(self.data)


        def _check(self):
            if len(self.data) != self.len_data_minus_one + 1:
                raise kaitaistruct.ConsistencyError(u"data", self.len_data_minus_one + 1, len(self.data))
            self._dirty = False


    class PvrEntry(ReadWriteKaitaiStruct):
        """One processor version the guest supports."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Spapr.PvrEntry, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.mask = self._io.read_u4be()
            self.pvr = self._io.read_u4be()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Spapr.PvrEntry, self)._write__seq(io)
            self._io.write_u4be(self.mask)
            self._io.write_u4be(self.pvr)


        def _check(self):
            self._dirty = False



