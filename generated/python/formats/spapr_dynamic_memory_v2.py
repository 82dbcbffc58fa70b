# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from qemuspec.formats import spapr


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class SpaprDynamicMemoryV2(ReadWriteKaitaiStruct):
    """The compact form of `spapr_dynamic_memory`: runs of consecutive logical
    memory blocks that share associativity and flags are described once. A
    big-endian count of sets, then one 24-byte entry per set: the number of
    LMBs, the first one's address and DRC index (the following LMBs take the
    next addresses and indexes), the associativity list index and the flags.
    QEMU uses it for guests that asked for it (option vector 5, byte 22,
    bit 0).
    
    .. seealso::
       Source - https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(SpaprDynamicMemoryV2, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.num_sets = self._io.read_u4be()
        self.sets = []
        for i in range(self.num_sets):
            _t_sets = SpaprDynamicMemoryV2.LmbSet(self._io, self, self._root)
            try:
                _t_sets._read()
            finally:
                self.sets.append(_t_sets)

        self._dirty = False


    def _fetch_instances(self):
        pass
        for i in range(len(self.sets)):
            pass
            self.sets[i]._fetch_instances()



    def _write__seq(self, io=None):
        super(SpaprDynamicMemoryV2, self)._write__seq(io)
        self._io.write_u4be(self.num_sets)
        for i in range(len(self.sets)):
            pass
            self.sets[i]._write__seq(self._io)



    def _check(self):
        if len(self.sets) != self.num_sets:
            raise kaitaistruct.ConsistencyError(u"sets", self.num_sets, len(self.sets))
        for i in range(len(self.sets)):
            pass
            if self.sets[i]._root != self._root:
                raise kaitaistruct.ConsistencyError(u"sets", self._root, self.sets[i]._root)
            if self.sets[i]._parent != self:
                raise kaitaistruct.ConsistencyError(u"sets", self, self.sets[i]._parent)

        self._dirty = False

    class LmbSet(ReadWriteKaitaiStruct):
        """A run of LMBs with common attributes (24 bytes)."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(SpaprDynamicMemoryV2.LmbSet, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.num_lmbs = self._io.read_u4be()
            self.address_hi = self._io.read_u4be()
            self.address_lo = self._io.read_u4be()
            self.drc_index = spapr.Spapr.DrcIndex(self._io)
            self.drc_index._read()
            self.associativity_index = self._io.read_u4be()
            self.flags = spapr.Spapr.LmbFlags(self._io)
            self.flags._read()
            self._dirty = False


        def _fetch_instances(self):
            pass
            self.drc_index._fetch_instances()
            self.flags._fetch_instances()


        def _write__seq(self, io=None):
            super(SpaprDynamicMemoryV2.LmbSet, self)._write__seq(io)
            self._io.write_u4be(self.num_lmbs)
            self._io.write_u4be(self.address_hi)
            self._io.write_u4be(self.address_lo)
            self.drc_index._write__seq(self._io)
            self._io.write_u4be(self.associativity_index)
            self.flags._write__seq(self._io)


        def _check(self):
            self._dirty = False

        @property
        def address(self):
            """The first LMB's logical start address in bytes."""
            if hasattr(self, '_m_address'):
                return self._m_address

            self._m_address = (self.address_hi * 4294967296 + self.address_lo)
            return getattr(self, '_m_address', None)

        def _invalidate_address(self):
            del self._m_address


