# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class Rocker(ReadWriteKaitaiStruct):
    """Rocker is QEMU's emulated Ethernet switch (PCI 1b36:0006, class 0x0280).
    BAR0 (0x2000 bytes) holds its registers, all little-endian, 32-bit or
    64-bit (a 64-bit register is accessed as two 32-bit halves, low first, or
    at once): bogus registers that read 0xdeadbabe (0x0..0xf), test registers
    (0x10..), switch registers (0x300..) and, from 0x1000, 32 bytes of DMA
    ring registers per descriptor ring: ring 0 carries commands, ring 1
    events, then a Tx and an Rx ring per front-panel port. BAR1 holds the
    MSI-X table (0x0) and pending bits (0x1000).
    
    The top level of this spec reads a dump of BAR0 made by reading every
    32-bit word. Its types are the values the other Rocker specs share: TLV
    values in little-endian, network (big-endian) order, MAC and IP
    addresses. Registers that are write-only (CONTROL, TEST_DMA_CTRL, a
    ring's CTRL) read as zero, as do unused rings.
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/specs/rocker.html
    """

    class MsixVector(IntEnum):
        cmd = 0
        event = 1
        test = 2
        reserved = 3

    class OfDpaGroupType(IntEnum):
        l2_interface = 0
        l2_rewrite = 1
        l3_unicast = 2
        l2_multicast = 3
        l2_flood = 4
        l3_interface = 5
        l3_multicast = 6
        l3_ecmp = 7
        l2_overlay = 8

    class OfDpaOverlayType(IntEnum):
        flood_unicast = 0
        flood_multicast = 1
        multicast_unicast = 2
        multicast_multicast = 3

    class OfDpaTable(IntEnum):
        ingress_port = 0
        vlan = 10
        termination_mac = 20
        unicast_routing = 30
        multicast_routing = 40
        bridging = 50
        acl_policy = 60

    class PortMode(IntEnum):
        of_dpa = 0

    class Register(IntEnum):
        bogus_reg0 = 0
        bogus_reg1 = 4
        bogus_reg2 = 8
        bogus_reg3 = 12
        test_reg = 16
        test_reg64 = 24
        test_irq = 32
        test_dma_addr = 40
        test_dma_size = 48
        test_dma_ctrl = 52
        control = 768
        port_phys_count = 772
        port_phys_link_status = 784
        port_phys_enable = 792
        switch_id = 800
        dma_desc_base = 4096

    class ReturnCode(IntEnum):
        ok = 0
        enoent = 2
        enxio = 6
        enomem = 12
        eexist = 17
        einval = 22
        emsgsize = 90
        enotsup = 95
        enobufs = 105

    class Ring(IntEnum):
        cmd = 0
        event = 1

    class RingRegister(IntEnum):
        base_addr = 0
        size = 8
        head = 12
        tail = 16
        ctrl = 20
        credits = 24

    class TestDmaOp(IntEnum):
        clear = 1
        fill = 2
        invert = 4

    class TxOffload(IntEnum):
        none = 0
        ip_csum = 1
        tcp_udp_csum = 2
        l3_csum = 3
        tso = 4
    def __init__(self, _io=None, _parent=None, _root=None):
        super(Rocker, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.bogus_registers = []
        for i in range(4):
            self.bogus_registers.append(self._io.read_u4le())

        self.test_reg = self._io.read_u4le()
        self.reserved1 = self._io.read_bytes(4)
        self.test_reg64_lo = self._io.read_u4le()
        self.test_reg64_hi = self._io.read_u4le()
        self.test_irq = self._io.read_u4le()
        self.reserved2 = self._io.read_bytes(4)
        self.test_dma_addr_lo = self._io.read_u4le()
        self.test_dma_addr_hi = self._io.read_u4le()
        self.test_dma_size = self._io.read_u4le()
        self.test_dma_ctrl = self._io.read_u4le()
        self.reserved3 = self._io.read_bytes(768 - 56)
        self.control = self._io.read_u4le()
        self.port_phys_count = self._io.read_u4le()
        self.reserved4 = self._io.read_bytes(8)
        self.port_phys_link_status = Rocker.PortBitmap(self._io, self, self._root)
        self.port_phys_link_status._read()
        self.port_phys_enable = Rocker.PortBitmap(self._io, self, self._root)
        self.port_phys_enable._read()
        self.switch_id_lo = self._io.read_u4le()
        self.switch_id_hi = self._io.read_u4le()
        self.reserved5 = self._io.read_bytes(4096 - 808)
        self.rings = []
        for i in range(64):
            _t_rings = Rocker.RingRegisters(self._io, self, self._root)
            try:
                _t_rings._read()
            finally:
                self.rings.append(_t_rings)

        self.reserved6 = self._io.read_bytes_full()
        self._dirty = False


    def _fetch_instances(self):
        pass
        for i in range(len(self.bogus_registers)):
            pass

        self.port_phys_link_status._fetch_instances()
        self.port_phys_enable._fetch_instances()
        for i in range(len(self.rings)):
            pass
            self.rings[i]._fetch_instances()



    def _write__seq(self, io=None):
        super(Rocker, self)._write__seq(io)
        for i in range(len(self.bogus_registers)):
            pass
            self._io.write_u4le(self.bogus_registers[i])

        self._io.write_u4le(self.test_reg)
        self._io.write_bytes(self.reserved1)
        self._io.write_u4le(self.test_reg64_lo)
        self._io.write_u4le(self.test_reg64_hi)
        self._io.write_u4le(self.test_irq)
        self._io.write_bytes(self.reserved2)
        self._io.write_u4le(self.test_dma_addr_lo)
        self._io.write_u4le(self.test_dma_addr_hi)
        self._io.write_u4le(self.test_dma_size)
        self._io.write_u4le(self.test_dma_ctrl)
        self._io.write_bytes(self.reserved3)
        self._io.write_u4le(self.control)
        self._io.write_u4le(self.port_phys_count)
        self._io.write_bytes(self.reserved4)
        self.port_phys_link_status._write__seq(self._io)
        self.port_phys_enable._write__seq(self._io)
        self._io.write_u4le(self.switch_id_lo)
        self._io.write_u4le(self.switch_id_hi)
        self._io.write_bytes(self.reserved5)
        for i in range(len(self.rings)):
            pass
            self.rings[i]._write__seq(self._io)

        self._io.write_bytes(self.reserved6)
        if not self._io.is_eof():
            raise kaitaistruct.ConsistencyError(u"reserved6", 0, self._io.size() - self._io.pos())


    def _check(self):
        if len(self.bogus_registers) != 4:
            raise kaitaistruct.ConsistencyError(u"bogus_registers", 4, len(self.bogus_registers))
        for i in range(len(self.bogus_registers)):
            pass

        if len(self.reserved1) != 4:
            raise kaitaistruct.ConsistencyError(u"reserved1", 4, len(self.reserved1))
        if len(self.reserved2) != 4:
            raise kaitaistruct.ConsistencyError(u"reserved2", 4, len(self.reserved2))
        if len(self.reserved3) != 768 - 56:
            raise kaitaistruct.ConsistencyError(u"reserved3", 768 - 56, len(self.reserved3))
        if len(self.reserved4) != 8:
            raise kaitaistruct.ConsistencyError(u"reserved4", 8, len(self.reserved4))
        if self.port_phys_link_status._root != self._root:
            raise kaitaistruct.ConsistencyError(u"port_phys_link_status", self._root, self.port_phys_link_status._root)
        if self.port_phys_link_status._parent != self:
            raise kaitaistruct.ConsistencyError(u"port_phys_link_status", self, self.port_phys_link_status._parent)
        if self.port_phys_enable._root != self._root:
            raise kaitaistruct.ConsistencyError(u"port_phys_enable", self._root, self.port_phys_enable._root)
        if self.port_phys_enable._parent != self:
            raise kaitaistruct.ConsistencyError(u"port_phys_enable", self, self.port_phys_enable._parent)
        if len(self.reserved5) != 4096 - 808:
            raise kaitaistruct.ConsistencyError(u"reserved5", 4096 - 808, len(self.reserved5))
        if len(self.rings) != 64:
            raise kaitaistruct.ConsistencyError(u"rings", 64, len(self.rings))
        for i in range(len(self.rings)):
            pass
            if self.rings[i]._root != self._root:
                raise kaitaistruct.ConsistencyError(u"rings", self._root, self.rings[i]._root)
            if self.rings[i]._parent != self:
                raise kaitaistruct.ConsistencyError(u"rings", self, self.rings[i]._parent)

        self._dirty = False

    class BeUint(ReadWriteKaitaiStruct):
        """A network-order (big-endian) unsigned TLV value of 1, 2 or 4 bytes, marked (N) in the spec."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Rocker.BeUint, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            _on = self._io.size()
            if _on == 1:
                pass
                self.value = self._io.read_u1()
            elif _on == 2:
                pass
                self.value = self._io.read_u2be()
            elif _on == 4:
                pass
                self.value = self._io.read_u4be()
            self._dirty = False


        def _fetch_instances(self):
            pass
            _on = self._io.size()
            if _on == 1:
                pass
            elif _on == 2:
                pass
            elif _on == 4:
                pass


        def _write__seq(self, io=None):
            super(Rocker.BeUint, self)._write__seq(io)
            _on = self._io.size()
            if _on == 1:
                pass
                self._io.write_u1(self.value)
            elif _on == 2:
                pass
                self._io.write_u2be(self.value)
            elif _on == 4:
                pass
                self._io.write_u4be(self.value)


        def _check(self):
            self._dirty = False


    class Ipv4Address(ReadWriteKaitaiStruct):
        """An IPv4 address or mask (4 bytes, network order)."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Rocker.Ipv4Address, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.octets = self._io.read_bytes(4)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Rocker.Ipv4Address, self)._write__seq(io)
            self._io.write_bytes(self.octets)


        def _check(self):
            if len(self.octets) != 4:
                raise kaitaistruct.ConsistencyError(u"octets", 4, len(self.octets))
            self._dirty = False


    class Ipv6Address(ReadWriteKaitaiStruct):
        """An IPv6 address or mask (16 bytes, network order)."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Rocker.Ipv6Address, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.octets = self._io.read_bytes(16)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Rocker.Ipv6Address, self)._write__seq(io)
            self._io.write_bytes(self.octets)


        def _check(self):
            if len(self.octets) != 16:
                raise kaitaistruct.ConsistencyError(u"octets", 16, len(self.octets))
            self._dirty = False


    class LeUint(ReadWriteKaitaiStruct):
        """A little-endian unsigned TLV value of 1, 2, 4 or 8 bytes, whichever
        length the TLV has (QEMU sends the event type as 4 bytes where the
        header says 2).
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Rocker.LeUint, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.length_check = self._io.read_bytes(0)
            _ = self.length_check
            if not  ((len(_) == 0) and ( ((self._io.size() == 1) or (self._io.size() == 2) or (self._io.size() == 4) or (self._io.size() == 8)) )) :
                raise kaitaistruct.ValidationExprError(self.length_check, self._io, u"/types/le_uint/seq/0")
            _on = self._io.size()
            if _on == 1:
                pass
                self.low = self._io.read_u1()
            elif _on == 2:
                pass
                self.low = self._io.read_u2le()
            elif _on == 4:
                pass
                self.low = self._io.read_u4le()
            elif _on == 8:
                pass
                self.low = self._io.read_u4le()
            if self._io.size() == 8:
                pass
                self.high = self._io.read_u4le()

            self._dirty = False


        def _fetch_instances(self):
            pass
            _on = self._io.size()
            if _on == 1:
                pass
            elif _on == 2:
                pass
            elif _on == 4:
                pass
            elif _on == 8:
                pass
            if self._io.size() == 8:
                pass



        def _write__seq(self, io=None):
            super(Rocker.LeUint, self)._write__seq(io)
            self._io.write_bytes(self.length_check)
            _on = self._io.size()
            if _on == 1:
                pass
                self._io.write_u1(self.low)
            elif _on == 2:
                pass
                self._io.write_u2le(self.low)
            elif _on == 4:
                pass
                self._io.write_u4le(self.low)
            elif _on == 8:
                pass
                self._io.write_u4le(self.low)
            if self._io.size() == 8:
                pass
                self._io.write_u4le(self.high)



        def _check(self):
            if len(self.length_check) != 0:
                raise kaitaistruct.ConsistencyError(u"length_check", 0, len(self.length_check))
            self._dirty = False

        @property
        def value(self):
            """The number."""
            if hasattr(self, '_m_value'):
                return self._m_value

            self._m_value = ((self.high * 4294967296 + self.low) if self._io.size() == 8 else self.low)
            return getattr(self, '_m_value', None)

        def _invalidate_value(self):
            del self._m_value

    class MacAddress(ReadWriteKaitaiStruct):
        """A MAC address (6 bytes, network order)."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Rocker.MacAddress, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.octets = self._io.read_bytes(6)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Rocker.MacAddress, self)._write__seq(io)
            self._io.write_bytes(self.octets)


        def _check(self):
            if len(self.octets) != 6:
                raise kaitaistruct.ConsistencyError(u"octets", 6, len(self.octets))
            self._dirty = False


    class PortBitmap(ReadWriteKaitaiStruct):
        """A 64-bit port bitmap read as two halves (bit n is port n)."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Rocker.PortBitmap, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.lo = self._io.read_u4le()
            self.hi = self._io.read_u4le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Rocker.PortBitmap, self)._write__seq(io)
            self._io.write_u4le(self.lo)
            self._io.write_u4le(self.hi)


        def _check(self):
            self._dirty = False


    class RingRegisters(ReadWriteKaitaiStruct):
        """The 32 bytes of registers of one descriptor ring."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Rocker.RingRegisters, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.base_addr_lo = self._io.read_u4le()
            self.base_addr_hi = self._io.read_u4le()
            self.size = self._io.read_u4le()
            self.head = self._io.read_u4le()
            self.tail = self._io.read_u4le()
            self.ctrl = self._io.read_u4le()
            self.credits = self._io.read_u4le()
            self.reserved = self._io.read_u4le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Rocker.RingRegisters, self)._write__seq(io)
            self._io.write_u4le(self.base_addr_lo)
            self._io.write_u4le(self.base_addr_hi)
            self._io.write_u4le(self.size)
            self._io.write_u4le(self.head)
            self._io.write_u4le(self.tail)
            self._io.write_u4le(self.ctrl)
            self._io.write_u4le(self.credits)
            self._io.write_u4le(self.reserved)


        def _check(self):
            self._dirty = False

        @property
        def base_addr(self):
            """The ring's guest physical address."""
            if hasattr(self, '_m_base_addr'):
                return self._m_base_addr

            self._m_base_addr = (self.base_addr_hi * 4294967296 + self.base_addr_lo)
            return getattr(self, '_m_base_addr', None)

        def _invalidate_base_addr(self):
            del self._m_base_addr

    class RxFlags(ReadWriteKaitaiStruct):
        """RX_FLAGS, how the device parsed a received packet (16 bits, little-endian)."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Rocker.RxFlags, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.ipv4 = self._io.read_bits_int_le(1) != 0
            self.ipv6 = self._io.read_bits_int_le(1) != 0
            self.csum_calc = self._io.read_bits_int_le(1) != 0
            self.ipv4_csum_good = self._io.read_bits_int_le(1) != 0
            self.ip_frag = self._io.read_bits_int_le(1) != 0
            self.tcp = self._io.read_bits_int_le(1) != 0
            self.udp = self._io.read_bits_int_le(1) != 0
            self.tcp_udp_csum_good = self._io.read_bits_int_le(1) != 0
            self.fwd_offload = self._io.read_bits_int_le(1) != 0
            self.reserved = self._io.read_bits_int_le(7)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Rocker.RxFlags, self)._write__seq(io)
            self._io.write_bits_int_le(1, int(self.ipv4))
            self._io.write_bits_int_le(1, int(self.ipv6))
            self._io.write_bits_int_le(1, int(self.csum_calc))
            self._io.write_bits_int_le(1, int(self.ipv4_csum_good))
            self._io.write_bits_int_le(1, int(self.ip_frag))
            self._io.write_bits_int_le(1, int(self.tcp))
            self._io.write_bits_int_le(1, int(self.udp))
            self._io.write_bits_int_le(1, int(self.tcp_udp_csum_good))
            self._io.write_bits_int_le(1, int(self.fwd_offload))
            self._io.write_bits_int_le(7, self.reserved)


        def _check(self):
            self._dirty = False


    class Text(ReadWriteKaitaiStruct):
        """A string without a terminating NUL, the whole TLV value."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Rocker.Text, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.value = (self._io.read_bytes_full()).decode(u"ASCII")
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Rocker.Text, self)._write__seq(io)
            self._io.write_bytes((self.value).encode(u"ASCII"))
            if not self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"value", 0, self._io.size() - self._io.pos())


        def _check(self):
            self._dirty = False


    class Tlv(ReadWriteKaitaiStruct):
        """Any Rocker TLV with its value left raw: a 32-bit type, a 16-bit
        length that counts the 8-byte header, 2 bytes of padding, the value
        and zeros up to an 8-byte boundary. The context-specific TLV types of
        the other Rocker specs have this layout with a decoded value.
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Rocker.Tlv, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.tlv_type = self._io.read_u4le()
            self.len_tlv = self._io.read_u2le()
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, self._io, u"/types/tlv/seq/1")
            self.reserved = self._io.read_u2le()
            self.value = self._io.read_bytes(self.len_tlv - 8)
            self.padding = self._io.read_bytes((8 - self.len_tlv % 8) % 8)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Rocker.Tlv, self)._write__seq(io)
            self._io.write_u4le(self.tlv_type)
            self._io.write_u2le(self.len_tlv)
            self._io.write_u2le(self.reserved)
            self._io.write_bytes(self.value)
            self._io.write_bytes(self.padding)


        def _check(self):
            if not self.len_tlv >= 8:
                raise kaitaistruct.ValidationLessThanError(8, self.len_tlv, None, u"/types/tlv/seq/1")
            if len(self.value) != self.len_tlv - 8:
                raise kaitaistruct.ConsistencyError(u"value", self.len_tlv - 8, len(self.value))
            if len(self.padding) != (8 - self.len_tlv % 8) % 8:
                raise kaitaistruct.ConsistencyError(u"padding", (8 - self.len_tlv % 8) % 8, len(self.padding))
            self._dirty = False


    class U4List(ReadWriteKaitaiStruct):
        """An array of little-endian 32-bit numbers."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Rocker.U4List, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.values = []
            i = 0
            while not self._io.is_eof():
                self.values.append(self._io.read_u4le())
                i += 1

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.values)):
                pass



        def _write__seq(self, io=None):
            super(Rocker.U4List, self)._write__seq(io)
            for i in range(len(self.values)):
                pass
                if self._io.is_eof():
                    raise kaitaistruct.ConsistencyError(u"values", 0, self._io.size() - self._io.pos())
                self._io.write_u4le(self.values[i])

            if not self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"values", 0, self._io.size() - self._io.pos())


        def _check(self):
            for i in range(len(self.values)):
                pass

            self._dirty = False


    @property
    def switch_id(self):
        """The 64-bit switch ID."""
        if hasattr(self, '_m_switch_id'):
            return self._m_switch_id

        self._m_switch_id = (self.switch_id_hi * 4294967296 + self.switch_id_lo)
        return getattr(self, '_m_switch_id', None)

    def _invalidate_switch_id(self):
        del self._m_switch_id

