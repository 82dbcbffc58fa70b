# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from qemuspec.formats import spapr


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class SpaprDynamicMemory(ReadWriteKaitaiStruct):
    """Every dynamically reconfigurable logical memory block (LMB) of the guest,
    a property of the /ibm,dynamic-reconfiguration-memory node: a big-endian
    count, then one 24-byte entry per LMB with its address, DRC index,
    associativity list index and flags. The LMB size is in that node's
    ibm,lmb-size property (256 MiB from QEMU).
    
    QEMU builds the node only for a guest that asked for it through
    client-architecture-support (option vector 5, byte 2, bit 2) and did not
    ask for version 2 (`spapr_dynamic_memory_v2`). It lists every LMB from
    address 0 to the end of its hotplug memory region: boot memory with the
    reserved and DRC-invalid flags and DRC index 0, hotplug memory with its
    LMB connector's index, assigned when a DIMM is plugged there, and the
    associativity index 0xffffffff when it is not.
    
    .. seealso::
       Source - https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(SpaprDynamicMemory, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.num_lmbs = self._io.read_u4be()
        self.lmbs = []
        for i in range(self.num_lmbs):
            _t_lmbs = SpaprDynamicMemory.Lmb(self._io, self, self._root)
            try:
                _t_lmbs._read()
            finally:
                self.lmbs.append(_t_lmbs)

        self._dirty = False


    def _fetch_instances(self):
        pass
        for i in range(len(self.lmbs)):
            pass
            self.lmbs[i]._fetch_instances()



    def _write__seq(self, io=None):
        super(SpaprDynamicMemory, self)._write__seq(io)
        self._io.write_u4be(self.num_lmbs)
        for i in range(len(self.lmbs)):
            pass
            self.lmbs[i]._write__seq(self._io)



    def _check(self):
        if len(self.lmbs) != self.num_lmbs:
            raise kaitaistruct.ConsistencyError(u"lmbs", self.num_lmbs, len(self.lmbs))
        for i in range(len(self.lmbs)):
            pass
            if self.lmbs[i]._root != self._root:
                raise kaitaistruct.ConsistencyError(u"lmbs", self._root, self.lmbs[i]._root)
            if self.lmbs[i]._parent != self:
                raise kaitaistruct.ConsistencyError(u"lmbs", self, self.lmbs[i]._parent)

        self._dirty = False

    class Lmb(ReadWriteKaitaiStruct):
        """One logical memory block (24 bytes)."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(SpaprDynamicMemory.Lmb, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.address_hi = self._io.read_u4be()
            self.address_lo = self._io.read_u4be()
            self.drc_index = spapr.Spapr.DrcIndex(self._io)
            self.drc_index._read()
            self.reserved = self._io.read_u4be()
            self.associativity_index = self._io.read_u4be()
            self.flags = spapr.Spapr.LmbFlags(self._io)
            self.flags._read()
            self._dirty = False


        def _fetch_instances(self):
            pass
            self.drc_index._fetch_instances()
            self.flags._fetch_instances()


        def _write__seq(self, io=None):
            super(SpaprDynamicMemory.Lmb, self)._write__seq(io)
            self._io.write_u4be(self.address_hi)
            self._io.write_u4be(self.address_lo)
            self.drc_index._write__seq(self._io)
            self._io.write_u4be(self.reserved)
            self._io.write_u4be(self.associativity_index)
            self.flags._write__seq(self._io)


        def _check(self):
            self._dirty = False

        @property
        def address(self):
            """The LMB's logical start address in bytes."""
            if hasattr(self, '_m_address'):
                return self._m_address

            self._m_address = (self.address_hi * 4294967296 + self.address_lo)
            return getattr(self, '_m_address', None)

        def _invalidate_address(self):
            del self._m_address


