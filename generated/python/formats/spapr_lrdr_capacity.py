# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class SpaprLrdrCapacity(ReadWriteKaitaiStruct):
    """The dynamic reconfiguration limits of the partition, a property of the
    /rtas node (20 bytes): the highest memory address the guest may ever
    have (64 bits), the size of the blocks memory is hotplugged in (64 bits)
    and the most processors it may have (32 bits). QEMU gives the end of its
    hotplug memory region (its start, the boot RAM size rounded up to 1 GiB,
    plus maxmem minus the boot RAM), 256 MiB, and maxcpus divided by the
    threads per core. 64-bit numbers are read as two 32-bit halves so that
    JavaScript keeps every bit.
    
    .. seealso::
       Source - https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(SpaprLrdrCapacity, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.max_address_hi = self._io.read_u4be()
        self.max_address_lo = self._io.read_u4be()
        self.lmb_size_hi = self._io.read_u4be()
        self.lmb_size_lo = self._io.read_u4be()
        self.max_cpus = self._io.read_u4be()
        self._dirty = False


    def _fetch_instances(self):
        pass


    def _write__seq(self, io=None):
        super(SpaprLrdrCapacity, self)._write__seq(io)
        self._io.write_u4be(self.max_address_hi)
        self._io.write_u4be(self.max_address_lo)
        self._io.write_u4be(self.lmb_size_hi)
        self._io.write_u4be(self.lmb_size_lo)
        self._io.write_u4be(self.max_cpus)


    def _check(self):
        self._dirty = False

    @property
    def lmb_size(self):
        """The size memory is hotplugged in, in bytes."""
        if hasattr(self, '_m_lmb_size'):
            return self._m_lmb_size

        self._m_lmb_size = (self.lmb_size_hi * 4294967296 + self.lmb_size_lo)
        return getattr(self, '_m_lmb_size', None)

    def _invalidate_lmb_size(self):
        del self._m_lmb_size
    @property
    def max_address(self):
        """The highest memory address the guest may have, in bytes."""
        if hasattr(self, '_m_max_address'):
            return self._m_max_address

        self._m_max_address = (self.max_address_hi * 4294967296 + self.max_address_lo)
        return getattr(self, '_m_max_address', None)

    def _invalidate_max_address(self):
        del self._m_max_address

