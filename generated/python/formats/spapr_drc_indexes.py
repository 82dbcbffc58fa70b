# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from qemuspec.formats import spapr


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class SpaprDrcIndexes(ReadWriteKaitaiStruct):
    """The DRC index of every dynamic reconfiguration connector under a node: a
    big-endian count, then one 32-bit index per connector. QEMU puts the
    connectors of memory (LMB), NVDIMMs and PCI host bridges at the root, those
    of CPU cores under /cpus, and those of PCI slots under each PHB. The n-th
    entry of ibm,drc-names, ibm,drc-types and ibm,drc-power-domains describes
    the connector of the n-th index here.
    
    .. seealso::
       Source - https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(SpaprDrcIndexes, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.num_drc_indexes = self._io.read_u4be()
        self.drc_indexes = []
        for i in range(self.num_drc_indexes):
            _t_drc_indexes = spapr.Spapr.DrcIndex(self._io)
            try:
                _t_drc_indexes._read()
            finally:
                self.drc_indexes.append(_t_drc_indexes)

        self._dirty = False


    def _fetch_instances(self):
        pass
        for i in range(len(self.drc_indexes)):
            pass
            self.drc_indexes[i]._fetch_instances()



    def _write__seq(self, io=None):
        super(SpaprDrcIndexes, self)._write__seq(io)
        self._io.write_u4be(self.num_drc_indexes)
        for i in range(len(self.drc_indexes)):
            pass
            self.drc_indexes[i]._write__seq(self._io)



    def _check(self):
        if len(self.drc_indexes) != self.num_drc_indexes:
            raise kaitaistruct.ConsistencyError(u"drc_indexes", self.num_drc_indexes, len(self.drc_indexes))
        for i in range(len(self.drc_indexes)):
            pass

        self._dirty = False


