# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class FwCfg(ReadWriteKaitaiStruct):
    """fw_cfg is the device through which QEMU hands blobs to guest firmware: boot
    order, ACPI and SMBIOS tables, kernel and initrd for direct boot, and any
    item a user adds with `-fw_cfg name=opt/...`.
    
    The guest writes a 16-bit selector key, then reads the selected item's
    bytes one access at a time from the data register, or has the device copy
    them into guest memory through the DMA interface (see `fw_cfg_dma_access`).
    Items at keys 0x0020 and above are named files listed in the file
    directory (see `fw_cfg_file_dir`).
    
    This spec holds what every fw_cfg structure shares: the selector key with
    its write and architecture bits, the names of the well-known keys, and the
    small fixed items (signature, feature bitmap, DMA signature). Its top
    level reads the signature item; the other types are used by name.
    
    Where the registers are:
    
    | platform | selector | data | DMA address |
    |---|---|---|---|
    | x86 (I/O ports) | port 0x510, 16-bit, little-endian | port 0x511, 8-bit | ports 0x514 (high half) and 0x518 (low half, starts the transfer), big-endian |
    | Arm (MMIO) | base + 8, 16-bit, big-endian | base + 0, 8/16/32/64-bit, byte order of the item kept | base + 16, 64-bit, big-endian |
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/specs/fw_cfg.html
    """

    class Features(IntEnum):
        traditional = 1
        dma = 2

    class Key(IntEnum):
        signature = 0
        id = 1
        uuid = 2
        ram_size = 3
        nographic = 4
        nb_cpus = 5
        machine_id = 6
        kernel_addr = 7
        kernel_size = 8
        kernel_cmdline = 9
        initrd_addr = 10
        initrd_size = 11
        boot_device = 12
        numa = 13
        boot_menu = 14
        max_cpus = 15
        kernel_entry = 16
        kernel_data = 17
        initrd_data = 18
        cmdline_addr = 19
        cmdline_size = 20
        cmdline_data = 21
        setup_addr = 22
        setup_size = 23
        setup_data = 24
        file_dir = 25
        file_first = 32
        x86_acpi_tables = 32768
        x86_smbios_entries = 32769
        x86_irq0_override = 32770
        x86_e820_table = 32771
        x86_hpet = 32772
    def __init__(self, _io=None, _parent=None, _root=None):
        super(FwCfg, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.signature = FwCfg.SignatureItem(self._io, self, self._root)
        self.signature._read()
        self._dirty = False


    def _fetch_instances(self):
        pass
        self.signature._fetch_instances()


    def _write__seq(self, io=None):
        super(FwCfg, self)._write__seq(io)
        self.signature._write__seq(self._io)


    def _check(self):
        if self.signature._root != self._root:
            raise kaitaistruct.ConsistencyError(u"signature", self._root, self.signature._root)
        if self.signature._parent != self:
            raise kaitaistruct.ConsistencyError(u"signature", self, self.signature._parent)
        self._dirty = False

    class DmaSignature(ReadWriteKaitaiStruct):
        """What the guest reads from the 8-byte DMA address register when the
        DMA interface exists: the big-endian number 0x51454d5520434647, which
        is the text "QEMU CFG" in memory order.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/specs/fw_cfg.html#signature-key-0x0000-fw-cfg-signature
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(FwCfg.DmaSignature, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.magic = self._io.read_bytes(8)
            if not self.magic == b"\x51\x45\x4D\x55\x20\x43\x46\x47":
                raise kaitaistruct.ValidationNotEqualError(b"\x51\x45\x4D\x55\x20\x43\x46\x47", self.magic, self._io, u"/types/dma_signature/seq/0")
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(FwCfg.DmaSignature, self)._write__seq(io)
            self._io.write_bytes(self.magic)


        def _check(self):
            if len(self.magic) != 8:
                raise kaitaistruct.ConsistencyError(u"magic", 8, len(self.magic))
            if not self.magic == b"\x51\x45\x4D\x55\x20\x43\x46\x47":
                raise kaitaistruct.ValidationNotEqualError(b"\x51\x45\x4D\x55\x20\x43\x46\x47", self.magic, None, u"/types/dma_signature/seq/0")
            self._dirty = False


    class IdItem(ReadWriteKaitaiStruct):
        """Item 0x0001, a 32-bit little-endian feature bitmap. Bit 0 (the
        traditional selector/data interface) is always set; bit 1 says the
        DMA interface is there.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/specs/fw_cfg.html#revision-feature-bitmap-key-0x0001-fw-cfg-id
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(FwCfg.IdItem, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.traditional = self._io.read_bits_int_le(1) != 0
            self.dma = self._io.read_bits_int_le(1) != 0
            self.reserved = self._io.read_bits_int_le(30)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(FwCfg.IdItem, self)._write__seq(io)
            self._io.write_bits_int_le(1, int(self.traditional))
            self._io.write_bits_int_le(1, int(self.dma))
            self._io.write_bits_int_le(30, self.reserved)


        def _check(self):
            self._dirty = False


    class SelectorKey(ReadWriteKaitaiStruct):
        """The 16-bit value written to the selector register. The low 14 bits
        index an item; bit 14 asked for write access in QEMU before 2.4 (it is
        ignored today: writes go through DMA and each item decides whether it
        is writable); bit 15 picks the architecture-specific item table.
        Read as a little-endian 16-bit number (the x86 port's byte order).
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/specs/fw_cfg.html#selector-control-register
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(FwCfg.SelectorKey, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.index = self._io.read_bits_int_le(14)
            self.write = self._io.read_bits_int_le(1) != 0
            self.arch_local = self._io.read_bits_int_le(1) != 0
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(FwCfg.SelectorKey, self)._write__seq(io)
            self._io.write_bits_int_le(14, self.index)
            self._io.write_bits_int_le(1, int(self.write))
            self._io.write_bits_int_le(1, int(self.arch_local))


        def _check(self):
            self._dirty = False

        @property
        def arch_key(self):
            """The key as a well-known architecture-specific key (meaningful when `arch_local` is true)."""
            if hasattr(self, '_m_arch_key'):
                return self._m_arch_key

            self._m_arch_key = KaitaiStream.resolve_enum(FwCfg.Key, 32768 + self.index)
            return getattr(self, '_m_arch_key', None)

        def _invalidate_arch_key(self):
            del self._m_arch_key
        @property
        def generic_key(self):
            """The index as a well-known generic key (meaningful when `arch_local` is false)."""
            if hasattr(self, '_m_generic_key'):
                return self._m_generic_key

            self._m_generic_key = KaitaiStream.resolve_enum(FwCfg.Key, self.index)
            return getattr(self, '_m_generic_key', None)

        def _invalidate_generic_key(self):
            del self._m_generic_key

    class SignatureItem(ReadWriteKaitaiStruct):
        """Item 0x0000. Selecting it and reading four bytes from the data
        register gives "QEMU" when the device is present.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/specs/fw_cfg.html#signature-key-0x0000-fw-cfg-signature
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(FwCfg.SignatureItem, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.magic = self._io.read_bytes(4)
            if not self.magic == b"\x51\x45\x4D\x55":
                raise kaitaistruct.ValidationNotEqualError(b"\x51\x45\x4D\x55", self.magic, self._io, u"/types/signature_item/seq/0")
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(FwCfg.SignatureItem, self)._write__seq(io)
            self._io.write_bytes(self.magic)


        def _check(self):
            if len(self.magic) != 4:
                raise kaitaistruct.ConsistencyError(u"magic", 4, len(self.magic))
            if not self.magic == b"\x51\x45\x4D\x55":
                raise kaitaistruct.ValidationNotEqualError(b"\x51\x45\x4D\x55", self.magic, None, u"/types/signature_item/seq/0")
            self._dirty = False



