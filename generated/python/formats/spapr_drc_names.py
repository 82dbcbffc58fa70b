# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class SpaprDrcNames(ReadWriteKaitaiStruct):
    """The name of every connector listed in the ibm,drc-indexes property of the
    same node, in the same order: a big-endian count, then NUL-terminated
    strings. Logical resources are named by type and number ("CPU 3",
    "LMB 12", "PHB 0", "PMEM 1"); PCI and VIO slots by a location label
    ("C<n>").
    
    .. seealso::
       Source - https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(SpaprDrcNames, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.num_names = self._io.read_u4be()
        self.names = []
        for i in range(self.num_names):
            self.names.append((self._io.read_bytes_term(0, False, True, True)).decode(u"ASCII"))

        self._dirty = False


    def _fetch_instances(self):
        pass
        for i in range(len(self.names)):
            pass



    def _write__seq(self, io=None):
        super(SpaprDrcNames, self)._write__seq(io)
        self._io.write_u4be(self.num_names)
        for i in range(len(self.names)):
            pass
            self._io.write_bytes((self.names[i]).encode(u"ASCII"))
            self._io.write_u1(0)



    def _check(self):
        if len(self.names) != self.num_names:
            raise kaitaistruct.ConsistencyError(u"names", self.num_names, len(self.names))
        for i in range(len(self.names)):
            pass
            if KaitaiStream.byte_array_index_of((self.names[i]).encode(u"ASCII"), 0) != -1:
                raise kaitaistruct.ConsistencyError(u"names", -1, KaitaiStream.byte_array_index_of((self.names[i]).encode(u"ASCII"), 0))

        self._dirty = False


