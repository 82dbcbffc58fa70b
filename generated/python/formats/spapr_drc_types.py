# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class SpaprDrcTypes(ReadWriteKaitaiStruct):
    """The type of every connector listed in the ibm,drc-indexes property of the
    same node, in the same order: a big-endian count, then NUL-terminated
    strings: "CPU", "PHB", "SLOT" (VIO), "28" (PCI slot), "MEM" (logical
    memory block) and, from QEMU, "PMEM" (NVDIMM). The type string agrees with
    the type nibble of the connector's index.
    
    .. seealso::
       Source - https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(SpaprDrcTypes, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.num_drc_types = self._io.read_u4be()
        self.drc_types = []
        for i in range(self.num_drc_types):
            self.drc_types.append((self._io.read_bytes_term(0, False, True, True)).decode(u"ASCII"))

        self._dirty = False


    def _fetch_instances(self):
        pass
        for i in range(len(self.drc_types)):
            pass



    def _write__seq(self, io=None):
        super(SpaprDrcTypes, self)._write__seq(io)
        self._io.write_u4be(self.num_drc_types)
        for i in range(len(self.drc_types)):
            pass
            self._io.write_bytes((self.drc_types[i]).encode(u"ASCII"))
            self._io.write_u1(0)



    def _check(self):
        if len(self.drc_types) != self.num_drc_types:
            raise kaitaistruct.ConsistencyError(u"drc_types", self.num_drc_types, len(self.drc_types))
        for i in range(len(self.drc_types)):
            pass
            if KaitaiStream.byte_array_index_of((self.drc_types[i]).encode(u"ASCII"), 0) != -1:
                raise kaitaistruct.ConsistencyError(u"drc_types", -1, KaitaiStream.byte_array_index_of((self.drc_types[i]).encode(u"ASCII"), 0))

        self._dirty = False


