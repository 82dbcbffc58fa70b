# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class SpaprDrcPowerDomains(ReadWriteKaitaiStruct):
    """The power domain of every connector listed in the ibm,drc-indexes
    property of the same node, in the same order: a big-endian count, then
    one signed 32-bit domain per connector. QEMU puts every connector in the
    "live insertion" domain -1, whose power the platform manages itself.
    
    .. seealso::
       Source - https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(SpaprDrcPowerDomains, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.num_power_domains = self._io.read_u4be()
        self.power_domains = []
        for i in range(self.num_power_domains):
            self.power_domains.append(self._io.read_s4be())

        self._dirty = False


    def _fetch_instances(self):
        pass
        for i in range(len(self.power_domains)):
            pass



    def _write__seq(self, io=None):
        super(SpaprDrcPowerDomains, self)._write__seq(io)
        self._io.write_u4be(self.num_power_domains)
        for i in range(len(self.power_domains)):
            pass
            self._io.write_s4be(self.power_domains[i])



    def _check(self):
        if len(self.power_domains) != self.num_power_domains:
            raise kaitaistruct.ConsistencyError(u"power_domains", self.num_power_domains, len(self.power_domains))
        for i in range(len(self.power_domains)):
            pass

        self._dirty = False


