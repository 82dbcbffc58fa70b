# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class IvshmemPciConfig(ReadWriteKaitaiStruct):
    """The PCI configuration space of an ivshmem device, as a guest reads it
    with configuration cycles: the standard type-0 header (64 bytes) and the
    capability list behind it. Nothing in the layout is specific to ivshmem,
    so it reads any conventional PCI function; the `is_ivshmem` instance
    says whether this is one.
    
    ivshmem's identity is vendor 0x1af4 (Red Hat / Qumranet), device 0x1110,
    class 05 00 (memory controller, RAM), revision 1 (revision 0 before QEMU
    2.6). Its BARs:
    
    | BAR | what | variants |
    |---|---|---|
    | 0 | the 256-byte register block (`ivshmem_regs`), 32-bit memory | both |
    | 1 | the MSI-X table (at offset 0) and pending-bit array (at 0x800), 4 KiB | ivshmem-doorbell |
    | 2 | the shared memory, 64-bit prefetchable memory (takes the BAR 3 slot too) | both |
    
    ivshmem-doorbell has one capability, MSI-X with one table entry per
    vector; ivshmem-plain has none. Neither has an interrupt pin (QEMU 7.2
    reads 0 there): the doorbell variant interrupts through MSI-X only. The
    MSI-X table entries (`msix_table_entry`) live in
    BAR1, not here; the type is in this spec for the guest-side code that
    programs them.
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-pci-device-s-guest-interface
    """

    class CapabilityId(IntEnum):
        power_management = 1
        msi = 5
        vendor_specific = 9
        pci_express = 16
        msix = 17

    class Device(IntEnum):
        ivshmem = 4368

    class MemoryType(IntEnum):
        bits32 = 0
        below_1m = 1
        bits64 = 2

    class Vendor(IntEnum):
        red_hat_qumranet = 6900
    def __init__(self, _io=None, _parent=None, _root=None):
        super(IvshmemPciConfig, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self
        self._should_write_first_capability = False
        self.first_capability__enabled = True

    def _read(self):
        self.vendor_id = KaitaiStream.resolve_enum(IvshmemPciConfig.Vendor, self._io.read_u2le())
        self.device_id = KaitaiStream.resolve_enum(IvshmemPciConfig.Device, self._io.read_u2le())
        self.command = IvshmemPciConfig.CommandBits(self._io, self, self._root)
        self.command._read()
        self.status = IvshmemPciConfig.StatusBits(self._io, self, self._root)
        self.status._read()
        self.revision_id = self._io.read_u1()
        self.prog_if = self._io.read_u1()
        self.subclass = self._io.read_u1()
        self.class_code = self._io.read_u1()
        self.cache_line_size = self._io.read_u1()
        self.latency_timer = self._io.read_u1()
        self.header_type = self._io.read_u1()
        self.bist = self._io.read_u1()
        self.bars = []
        for i in range(6):
            _t_bars = IvshmemPciConfig.Bar(self._io, self, self._root)
            try:
                _t_bars._read()
            finally:
                self.bars.append(_t_bars)

        self.cardbus_cis = self._io.read_u4le()
        self.subsystem_vendor_id = self._io.read_u2le()
        self.subsystem_id = self._io.read_u2le()
        self.expansion_rom = self._io.read_u4le()
        self.ofs_capabilities = self._io.read_u1()
        self.reserved = self._io.read_bytes(7)
        self.interrupt_line = self._io.read_u1()
        self.interrupt_pin = self._io.read_u1()
        self.min_grant = self._io.read_u1()
        self.max_latency = self._io.read_u1()
        self._dirty = False


    def _fetch_instances(self):
        pass
        self.command._fetch_instances()
        self.status._fetch_instances()
        for i in range(len(self.bars)):
            pass
            self.bars[i]._fetch_instances()

        _ = self.first_capability
        if hasattr(self, '_m_first_capability'):
            pass
            self._m_first_capability._fetch_instances()



    def _write__seq(self, io=None):
        super(IvshmemPciConfig, self)._write__seq(io)
        self._should_write_first_capability = self.first_capability__enabled
        self._io.write_u2le(int(self.vendor_id))
        self._io.write_u2le(int(self.device_id))
        self.command._write__seq(self._io)
        self.status._write__seq(self._io)
        self._io.write_u1(self.revision_id)
        self._io.write_u1(self.prog_if)
        self._io.write_u1(self.subclass)
        self._io.write_u1(self.class_code)
        self._io.write_u1(self.cache_line_size)
        self._io.write_u1(self.latency_timer)
        self._io.write_u1(self.header_type)
        self._io.write_u1(self.bist)
        for i in range(len(self.bars)):
            pass
            self.bars[i]._write__seq(self._io)

        self._io.write_u4le(self.cardbus_cis)
        self._io.write_u2le(self.subsystem_vendor_id)
        self._io.write_u2le(self.subsystem_id)
        self._io.write_u4le(self.expansion_rom)
        self._io.write_u1(self.ofs_capabilities)
        self._io.write_bytes(self.reserved)
        self._io.write_u1(self.interrupt_line)
        self._io.write_u1(self.interrupt_pin)
        self._io.write_u1(self.min_grant)
        self._io.write_u1(self.max_latency)


    def _check(self):
        if self.command._root != self._root:
            raise kaitaistruct.ConsistencyError(u"command", self._root, self.command._root)
        if self.command._parent != self:
            raise kaitaistruct.ConsistencyError(u"command", self, self.command._parent)
        if self.status._root != self._root:
            raise kaitaistruct.ConsistencyError(u"status", self._root, self.status._root)
        if self.status._parent != self:
            raise kaitaistruct.ConsistencyError(u"status", self, self.status._parent)
        if len(self.bars) != 6:
            raise kaitaistruct.ConsistencyError(u"bars", 6, len(self.bars))
        for i in range(len(self.bars)):
            pass
            if self.bars[i]._root != self._root:
                raise kaitaistruct.ConsistencyError(u"bars", self._root, self.bars[i]._root)
            if self.bars[i]._parent != self:
                raise kaitaistruct.ConsistencyError(u"bars", self, self.bars[i]._parent)

        if len(self.reserved) != 7:
            raise kaitaistruct.ConsistencyError(u"reserved", 7, len(self.reserved))
        if self.first_capability__enabled:
            pass
            if  ((self.status.has_capabilities) and (self.ofs_capabilities >= 64)) :
                pass
                if self._m_first_capability._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"first_capability", self._root, self._m_first_capability._root)
                if self._m_first_capability._parent != self:
                    raise kaitaistruct.ConsistencyError(u"first_capability", self, self._m_first_capability._parent)
                if self._m_first_capability.depth != 0:
                    raise kaitaistruct.ConsistencyError(u"first_capability", 0, self._m_first_capability.depth)


        self._dirty = False

    class Bar(ReadWriteKaitaiStruct):
        """One base address register. Bit 0 tells I/O from memory BARs; for a
        memory BAR, bits 1..2 give its width (0 = 32-bit, 2 = 64-bit, whose
        high half is the next BAR) and bit 3 says it is prefetchable. The
        rest is the address, aligned to the BAR's size.
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(IvshmemPciConfig.Bar, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.is_io = self._io.read_bits_int_le(1) != 0
            self.memory_type = KaitaiStream.resolve_enum(IvshmemPciConfig.MemoryType, self._io.read_bits_int_le(2))
            self.prefetchable = self._io.read_bits_int_le(1) != 0
            self.address_bits = self._io.read_bits_int_le(28)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(IvshmemPciConfig.Bar, self)._write__seq(io)
            self._io.write_bits_int_le(1, int(self.is_io))
            self._io.write_bits_int_le(2, int(self.memory_type))
            self._io.write_bits_int_le(1, int(self.prefetchable))
            self._io.write_bits_int_le(28, self.address_bits)


        def _check(self):
            self._dirty = False

        @property
        def address(self):
            """The 32-bit address this BAR holds (the low half of a 64-bit one)."""
            if hasattr(self, '_m_address'):
                return self._m_address

            self._m_address = (self.address_bits * 16)
            return getattr(self, '_m_address', None)

        def _invalidate_address(self):
            del self._m_address

    class BarOffset(ReadWriteKaitaiStruct):
        """A BAR number (low 3 bits) and an 8-byte aligned offset inside that BAR."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(IvshmemPciConfig.BarOffset, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.raw = self._io.read_u4le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(IvshmemPciConfig.BarOffset, self)._write__seq(io)
            self._io.write_u4le(self.raw)


        def _check(self):
            self._dirty = False

        @property
        def bar_index(self):
            """Which BAR (0..5) holds the structure."""
            if hasattr(self, '_m_bar_index'):
                return self._m_bar_index

            self._m_bar_index = self.raw % 8
            return getattr(self, '_m_bar_index', None)

        def _invalidate_bar_index(self):
            del self._m_bar_index
        @property
        def offset(self):
            """Offset inside the BAR."""
            if hasattr(self, '_m_offset'):
                return self._m_offset

            self._m_offset = self.raw - self.raw % 8
            return getattr(self, '_m_offset', None)

        def _invalidate_offset(self):
            del self._m_offset

    class Capability(ReadWriteKaitaiStruct):
        """One entry of the capability list: its ID, the offset of the next
        entry (0 ends the list) and the body. `depth` counts entries, so a
        list that loops ends after 48 entries (all that fit in 192 bytes).
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars
        """
        def __init__(self, depth, _io=None, _parent=None, _root=None):
            super(IvshmemPciConfig.Capability, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self.depth = depth
            self._should_write_next = False
            self.next__enabled = True

        def _read(self):
            self.capability_id = KaitaiStream.resolve_enum(IvshmemPciConfig.CapabilityId, self._io.read_u1())
            self.ofs_next = self._io.read_u1()
            _on = self.capability_id
            if _on == IvshmemPciConfig.CapabilityId.msix:
                pass
                self.body = IvshmemPciConfig.MsixCapability(self._io, self, self._root)
                self.body._read()
            self._dirty = False


        def _fetch_instances(self):
            pass
            _on = self.capability_id
            if _on == IvshmemPciConfig.CapabilityId.msix:
                pass
                self.body._fetch_instances()
            _ = self.next
            if hasattr(self, '_m_next'):
                pass
                self._m_next._fetch_instances()



        def _write__seq(self, io=None):
            super(IvshmemPciConfig.Capability, self)._write__seq(io)
            self._should_write_next = self.next__enabled
            self._io.write_u1(int(self.capability_id))
            self._io.write_u1(self.ofs_next)
            _on = self.capability_id
            if _on == IvshmemPciConfig.CapabilityId.msix:
                pass
                self.body._write__seq(self._io)


        def _check(self):
            _on = self.capability_id
            if _on == IvshmemPciConfig.CapabilityId.msix:
                pass
                if self.body._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"body", self._root, self.body._root)
                if self.body._parent != self:
                    raise kaitaistruct.ConsistencyError(u"body", self, self.body._parent)
            if self.next__enabled:
                pass
                if  ((self.ofs_next >= 64) and (self.depth < 47)) :
                    pass
                    if self._m_next._root != self._root:
                        raise kaitaistruct.ConsistencyError(u"next", self._root, self._m_next._root)
                    if self._m_next._parent != self:
                        raise kaitaistruct.ConsistencyError(u"next", self, self._m_next._parent)
                    if self._m_next.depth != self.depth + 1:
                        raise kaitaistruct.ConsistencyError(u"next", self.depth + 1, self._m_next.depth)


            self._dirty = False

        @property
        def next(self):
            """The next entry of the list."""
            if self._should_write_next:
                self._write_next()
            if hasattr(self, '_m_next'):
                return self._m_next

            if not self.next__enabled:
                return None

            if  ((self.ofs_next >= 64) and (self.depth < 47)) :
                pass
                io = self._root._io
                _pos = io.pos()
                io.seek(self.ofs_next - self.ofs_next % 4)
                self._m_next = IvshmemPciConfig.Capability(self.depth + 1, io, self, self._root)
                self._m_next._read()
                io.seek(_pos)

            return getattr(self, '_m_next', None)

        @next.setter
        def next(self, v):
            self._dirty = True
            self._m_next = v

        def _write_next(self):
            self._should_write_next = False
            if  ((self.ofs_next >= 64) and (self.depth < 47)) :
                pass
                io = self._root._io
                _pos = io.pos()
                io.seek(self.ofs_next - self.ofs_next % 4)
                self._m_next._write__seq(io)
                io.seek(_pos)



    class CommandBits(ReadWriteKaitaiStruct):
        """The 16-bit command register; the bits a guest sets to enable the function."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(IvshmemPciConfig.CommandBits, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.io_space = self._io.read_bits_int_le(1) != 0
            self.memory_space = self._io.read_bits_int_le(1) != 0
            self.bus_master = self._io.read_bits_int_le(1) != 0
            self.special_cycles = self._io.read_bits_int_le(1) != 0
            self.memory_write_invalidate = self._io.read_bits_int_le(1) != 0
            self.vga_palette_snoop = self._io.read_bits_int_le(1) != 0
            self.parity_error_response = self._io.read_bits_int_le(1) != 0
            self.reserved_bit7 = self._io.read_bits_int_le(1) != 0
            self.serr_enable = self._io.read_bits_int_le(1) != 0
            self.fast_back_to_back = self._io.read_bits_int_le(1) != 0
            self.interrupt_disable = self._io.read_bits_int_le(1) != 0
            self.reserved = self._io.read_bits_int_le(5)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(IvshmemPciConfig.CommandBits, self)._write__seq(io)
            self._io.write_bits_int_le(1, int(self.io_space))
            self._io.write_bits_int_le(1, int(self.memory_space))
            self._io.write_bits_int_le(1, int(self.bus_master))
            self._io.write_bits_int_le(1, int(self.special_cycles))
            self._io.write_bits_int_le(1, int(self.memory_write_invalidate))
            self._io.write_bits_int_le(1, int(self.vga_palette_snoop))
            self._io.write_bits_int_le(1, int(self.parity_error_response))
            self._io.write_bits_int_le(1, int(self.reserved_bit7))
            self._io.write_bits_int_le(1, int(self.serr_enable))
            self._io.write_bits_int_le(1, int(self.fast_back_to_back))
            self._io.write_bits_int_le(1, int(self.interrupt_disable))
            self._io.write_bits_int_le(5, self.reserved)


        def _check(self):
            self._dirty = False


    class MsixCapability(ReadWriteKaitaiStruct):
        """The MSI-X capability of ivshmem-doorbell: how many vectors it has and
        where its table and pending-bit array are (BAR and offset).
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(IvshmemPciConfig.MsixCapability, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.control = IvshmemPciConfig.MsixControl(self._io, self, self._root)
            self.control._read()
            self.table = IvshmemPciConfig.BarOffset(self._io, self, self._root)
            self.table._read()
            self.pending_bits = IvshmemPciConfig.BarOffset(self._io, self, self._root)
            self.pending_bits._read()
            self._dirty = False


        def _fetch_instances(self):
            pass
            self.control._fetch_instances()
            self.table._fetch_instances()
            self.pending_bits._fetch_instances()


        def _write__seq(self, io=None):
            super(IvshmemPciConfig.MsixCapability, self)._write__seq(io)
            self.control._write__seq(self._io)
            self.table._write__seq(self._io)
            self.pending_bits._write__seq(self._io)


        def _check(self):
            if self.control._root != self._root:
                raise kaitaistruct.ConsistencyError(u"control", self._root, self.control._root)
            if self.control._parent != self:
                raise kaitaistruct.ConsistencyError(u"control", self, self.control._parent)
            if self.table._root != self._root:
                raise kaitaistruct.ConsistencyError(u"table", self._root, self.table._root)
            if self.table._parent != self:
                raise kaitaistruct.ConsistencyError(u"table", self, self.table._parent)
            if self.pending_bits._root != self._root:
                raise kaitaistruct.ConsistencyError(u"pending_bits", self._root, self.pending_bits._root)
            if self.pending_bits._parent != self:
                raise kaitaistruct.ConsistencyError(u"pending_bits", self, self.pending_bits._parent)
            self._dirty = False


    class MsixControl(ReadWriteKaitaiStruct):
        """The 16-bit MSI-X message control register."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(IvshmemPciConfig.MsixControl, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.table_size_minus_one = self._io.read_bits_int_le(11)
            self.reserved = self._io.read_bits_int_le(3)
            self.function_mask = self._io.read_bits_int_le(1) != 0
            self.enable = self._io.read_bits_int_le(1) != 0
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(IvshmemPciConfig.MsixControl, self)._write__seq(io)
            self._io.write_bits_int_le(11, self.table_size_minus_one)
            self._io.write_bits_int_le(3, self.reserved)
            self._io.write_bits_int_le(1, int(self.function_mask))
            self._io.write_bits_int_le(1, int(self.enable))


        def _check(self):
            self._dirty = False

        @property
        def num_vectors(self):
            """Number of MSI-X vectors, one per ivshmem interrupt vector."""
            if hasattr(self, '_m_num_vectors'):
                return self._m_num_vectors

            self._m_num_vectors = self.table_size_minus_one + 1
            return getattr(self, '_m_num_vectors', None)

        def _invalidate_num_vectors(self):
            del self._m_num_vectors

    class MsixTableEntry(ReadWriteKaitaiStruct):
        """One 16-byte entry of the MSI-X table (in BAR1 of ivshmem-doorbell):
        where the device writes, and what, to signal its vector. With the
        address pointing at guest RAM instead of the interrupt controller,
        the write lands in memory, which is how the tests see a vector fire.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/specs/ivshmem-spec.html#pci-bars
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(IvshmemPciConfig.MsixTableEntry, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.address_low = self._io.read_u4le()
            self.address_high = self._io.read_u4le()
            self.data = self._io.read_u4le()
            self.vector_control = self._io.read_u4le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(IvshmemPciConfig.MsixTableEntry, self)._write__seq(io)
            self._io.write_u4le(self.address_low)
            self._io.write_u4le(self.address_high)
            self._io.write_u4le(self.data)
            self._io.write_u4le(self.vector_control)


        def _check(self):
            self._dirty = False

        @property
        def address(self):
            """The full 64-bit message address."""
            if hasattr(self, '_m_address'):
                return self._m_address

            self._m_address = (self.address_high * 4294967296 + self.address_low)
            return getattr(self, '_m_address', None)

        def _invalidate_address(self):
            del self._m_address
        @property
        def masked(self):
            """Whether the vector is masked."""
            if hasattr(self, '_m_masked'):
                return self._m_masked

            self._m_masked = self.vector_control % 2 == 1
            return getattr(self, '_m_masked', None)

        def _invalidate_masked(self):
            del self._m_masked

    class StatusBits(ReadWriteKaitaiStruct):
        """The 16-bit status register."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(IvshmemPciConfig.StatusBits, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.reserved_low = self._io.read_bits_int_le(3)
            self.interrupt_status = self._io.read_bits_int_le(1) != 0
            self.has_capabilities = self._io.read_bits_int_le(1) != 0
            self.mhz66_capable = self._io.read_bits_int_le(1) != 0
            self.reserved_bit6 = self._io.read_bits_int_le(1) != 0
            self.fast_back_to_back_capable = self._io.read_bits_int_le(1) != 0
            self.errors = self._io.read_bits_int_le(8)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(IvshmemPciConfig.StatusBits, self)._write__seq(io)
            self._io.write_bits_int_le(3, self.reserved_low)
            self._io.write_bits_int_le(1, int(self.interrupt_status))
            self._io.write_bits_int_le(1, int(self.has_capabilities))
            self._io.write_bits_int_le(1, int(self.mhz66_capable))
            self._io.write_bits_int_le(1, int(self.reserved_bit6))
            self._io.write_bits_int_le(1, int(self.fast_back_to_back_capable))
            self._io.write_bits_int_le(8, self.errors)


        def _check(self):
            self._dirty = False


    @property
    def first_capability(self):
        """The first entry of the capability list (the others follow from it)."""
        if self._should_write_first_capability:
            self._write_first_capability()
        if hasattr(self, '_m_first_capability'):
            return self._m_first_capability

        if not self.first_capability__enabled:
            return None

        if  ((self.status.has_capabilities) and (self.ofs_capabilities >= 64)) :
            pass
            _pos = self._io.pos()
            self._io.seek(self.ofs_capabilities - self.ofs_capabilities % 4)
            self._m_first_capability = IvshmemPciConfig.Capability(0, self._io, self, self._root)
            self._m_first_capability._read()
            self._io.seek(_pos)

        return getattr(self, '_m_first_capability', None)

    @first_capability.setter
    def first_capability(self, v):
        self._dirty = True
        self._m_first_capability = v

    def _write_first_capability(self):
        self._should_write_first_capability = False
        if  ((self.status.has_capabilities) and (self.ofs_capabilities >= 64)) :
            pass
            _pos = self._io.pos()
            self._io.seek(self.ofs_capabilities - self.ofs_capabilities % 4)
            self._m_first_capability._write__seq(self._io)
            self._io.seek(_pos)


    @property
    def is_ivshmem(self):
        """Whether the function is an ivshmem device."""
        if hasattr(self, '_m_is_ivshmem'):
            return self._m_is_ivshmem

        self._m_is_ivshmem =  ((self.vendor_id == IvshmemPciConfig.Vendor.red_hat_qumranet) and (self.device_id == IvshmemPciConfig.Device.ivshmem)) 
        return getattr(self, '_m_is_ivshmem', None)

    def _invalidate_is_ivshmem(self):
        del self._m_is_ivshmem

