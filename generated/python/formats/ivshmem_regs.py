# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class IvshmemRegs(ReadWriteKaitaiStruct):
    """The 256-byte register block of QEMU's inter-VM shared memory device
    (ivshmem), which the guest finds behind PCI BAR0. Only the first 16 bytes
    hold registers; every register is 32 bits wide, little-endian, and QEMU
    answers only 4-byte accesses.
    
    | offset | register | access | after reset |
    |---|---|---|---|
    | 0 | interrupt mask | read/write | 0 |
    | 4 | interrupt status | read/write, reading clears it | 0 |
    | 8 | IVPosition | read-only | 0 or the device's ID |
    | 12 | doorbell | write-only | - |
    | 16..255 | reserved | - | - |
    
    Revision 1 (QEMU 2.6 and later) and revision 0 differ in two ways. In
    revision 0, bit 0 of interrupt status and interrupt mask drive the legacy
    INTx interrupt of a device without MSI-X: a peer's interrupt sets the
    status bit, INTx is raised while status AND mask is non-zero, and reading
    status clears it. Revision 1 keeps these bits reserved. In revision 0,
    IVPosition could read -1 for a short time after reset, until the ivshmem
    server had sent the shared memory; in revision 1 it is never negative.
    
    A doorbell write is dropped when the device has no interrupts (the
    ivshmem-plain variant), when its setup by the server is not complete, or
    when the addressed peer or vector is not connected; the guest cannot tell.
    
    Reads of the write-only doorbell and of the reserved bytes give zero in
    QEMU, so a dump of a live device shows zeros there.
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers
    """

    class Offsets(IntEnum):
        interrupt_mask = 0
        interrupt_status = 4
        iv_position = 8
        doorbell = 12
    def __init__(self, _io=None, _parent=None, _root=None):
        super(IvshmemRegs, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.interrupt_mask = IvshmemRegs.InterruptBits(self._io, self, self._root)
        self.interrupt_mask._read()
        self.interrupt_status = IvshmemRegs.InterruptBits(self._io, self, self._root)
        self.interrupt_status._read()
        self.iv_position = self._io.read_s4le()
        self.doorbell = IvshmemRegs.Doorbell(self._io, self, self._root)
        self.doorbell._read()
        self.reserved = self._io.read_bytes(240)
        self._dirty = False


    def _fetch_instances(self):
        pass
        self.interrupt_mask._fetch_instances()
        self.interrupt_status._fetch_instances()
        self.doorbell._fetch_instances()


    def _write__seq(self, io=None):
        super(IvshmemRegs, self)._write__seq(io)
        self.interrupt_mask._write__seq(self._io)
        self.interrupt_status._write__seq(self._io)
        self._io.write_s4le(self.iv_position)
        self.doorbell._write__seq(self._io)
        self._io.write_bytes(self.reserved)


    def _check(self):
        if self.interrupt_mask._root != self._root:
            raise kaitaistruct.ConsistencyError(u"interrupt_mask", self._root, self.interrupt_mask._root)
        if self.interrupt_mask._parent != self:
            raise kaitaistruct.ConsistencyError(u"interrupt_mask", self, self.interrupt_mask._parent)
        if self.interrupt_status._root != self._root:
            raise kaitaistruct.ConsistencyError(u"interrupt_status", self._root, self.interrupt_status._root)
        if self.interrupt_status._parent != self:
            raise kaitaistruct.ConsistencyError(u"interrupt_status", self, self.interrupt_status._parent)
        if self.doorbell._root != self._root:
            raise kaitaistruct.ConsistencyError(u"doorbell", self._root, self.doorbell._root)
        if self.doorbell._parent != self:
            raise kaitaistruct.ConsistencyError(u"doorbell", self, self.doorbell._parent)
        if len(self.reserved) != 240:
            raise kaitaistruct.ConsistencyError(u"reserved", 240, len(self.reserved))
        self._dirty = False

    class Doorbell(ReadWriteKaitaiStruct):
        """The value written to the doorbell register: which peer to interrupt
        (high 16 bits) and on which of its interrupt vectors (low 16 bits).
        The device writes the number 1 to the eventfd it holds for that peer
        and vector; the peer then raises that MSI-X vector (or, on a
        revision 0 device without MSI-X, sets its interrupt status).
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(IvshmemRegs.Doorbell, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.vector = self._io.read_u2le()
            self.peer_id = self._io.read_u2le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(IvshmemRegs.Doorbell, self)._write__seq(io)
            self._io.write_u2le(self.vector)
            self._io.write_u2le(self.peer_id)


        def _check(self):
            self._dirty = False


    class InterruptBits(ReadWriteKaitaiStruct):
        """The bits of the interrupt mask and interrupt status registers. Only
        bit 0 is defined, and only in revision 0; software keeps the other
        bits as it found them.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-device-registers
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(IvshmemRegs.InterruptBits, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.peer_interrupt = self._io.read_bits_int_le(1) != 0
            self.reserved = self._io.read_bits_int_le(31)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(IvshmemRegs.InterruptBits, self)._write__seq(io)
            self._io.write_bits_int_le(1, int(self.peer_interrupt))
            self._io.write_bits_int_le(31, self.reserved)


        def _check(self):
            self._dirty = False


    @property
    def has_position(self):
        """True once the device knows its ID (always on revision 1; on
        revision 0 guests waited for this before touching BAR2).
        """
        if hasattr(self, '_m_has_position'):
            return self._m_has_position

        self._m_has_position = self.iv_position >= 0
        return getattr(self, '_m_has_position', None)

    def _invalidate_has_position(self):
        del self._m_has_position

