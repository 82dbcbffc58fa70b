# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class PciIds(ReadWriteKaitaiStruct):
    """Red Hat gives part of its PCI ID space to QEMU's virtual devices: vendor
    0x1af4 (the former Qumranet ID; virtio, ivshmem, and the subsystem ID
    0x1100 of devices that copy real hardware) and vendor 0x1b36 (QEMU's own
    devices). This spec names every ID the QEMU PCI ID document assigns, and
    reads the first 64 bytes of a device's PCI configuration space (type 0 or
    type 1 header, little-endian) so that a config space dump shows the names.
    
    Virtio devices come in two forms: transitional ones keep the legacy device
    ID 0x1000..0x103f (and carry the virtio device ID as their subsystem ID);
    modern ones use 0x1040 plus the virtio device ID. 0x10f0..0x10ff are free
    for experiments that never leave the lab.
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/specs/pci-ids.html
    
    
    .. seealso::
       Source - https://github.com/qemu/qemu/blob/master/docs/specs/pci-ids.rst
    """

    class Device1af4(IntEnum):
        virtio_net_legacy = 4096
        virtio_block_legacy = 4097
        virtio_balloon_legacy = 4098
        virtio_console_legacy = 4099
        virtio_scsi_legacy = 4100
        virtio_rng_legacy = 4101
        virtio_9p_legacy = 4105
        virtio_vsock_legacy = 4114
        virtio_net = 4161
        virtio_block = 4162
        virtio_console = 4163
        virtio_rng = 4164
        virtio_balloon = 4165
        virtio_iomem = 4166
        virtio_rpmsg = 4167
        virtio_scsi = 4168
        virtio_9p = 4169
        virtio_mac80211_wlan = 4170
        virtio_rproc_serial = 4171
        virtio_caif = 4172
        virtio_memory_balloon = 4173
        virtio_gpu = 4176
        virtio_clock = 4177
        virtio_input = 4178
        virtio_vsock = 4179
        virtio_crypto = 4180
        virtio_signal_dist = 4181
        virtio_pstore = 4182
        virtio_iommu = 4183
        virtio_mem = 4184
        virtio_sound = 4185
        virtio_fs = 4186
        virtio_pmem = 4187
        virtio_rpmb = 4188
        virtio_mac80211_hwsim = 4189
        virtio_video_encoder = 4190
        virtio_video_decoder = 4191
        virtio_scmi = 4192
        virtio_nitro_sec_mod = 4193
        virtio_i2c_adapter = 4194
        virtio_watchdog = 4195
        virtio_can = 4196
        virtio_dmabuf = 4197
        virtio_param_serv = 4198
        virtio_audio_policy = 4199
        virtio_bt = 4200
        virtio_gpio = 4201
        experimental_0 = 4336
        experimental_1 = 4337
        experimental_2 = 4338
        experimental_3 = 4339
        experimental_4 = 4340
        experimental_5 = 4341
        experimental_6 = 4342
        experimental_7 = 4343
        experimental_8 = 4344
        experimental_9 = 4345
        experimental_a = 4346
        experimental_b = 4347
        experimental_c = 4348
        experimental_d = 4349
        experimental_e = 4350
        experimental_f = 4351
        qemu_subsystem = 4352
        ivshmem = 4368

    class Device1b36(IntEnum):
        pci_bridge = 1
        pci_serial = 2
        pci_serial_2x = 3
        pci_serial_4x = 4
        pci_testdev = 5
        rocker = 6
        sdhci = 7
        pcie_host_bridge = 8
        pxb = 9
        pci_bridge_seat = 10
        pxb_pcie = 11
        pcie_root_port = 12
        xhci = 13
        pcie_pci_bridge = 14
        mdpy = 15
        nvme = 16
        pvpanic = 17
        acpi_erst = 18
        ufs = 19
        riscv_iommu = 20
        qxl = 256

    class Vendor(IntEnum):
        red_hat_qumranet = 6900
        red_hat = 6966

    class VirtioDevice(IntEnum):
        net = 1
        block = 2
        console = 3
        rng = 4
        balloon = 5
        iomem = 6
        rpmsg = 7
        scsi = 8
        transport_9p = 9
        mac80211_wlan = 10
        rproc_serial = 11
        caif = 12
        memory_balloon = 13
        gpu = 16
        clock = 17
        input = 18
        vsock = 19
        crypto = 20
        signal_dist = 21
        pstore = 22
        iommu = 23
        mem = 24
        sound = 25
        fs = 26
        pmem = 27
        rpmb = 28
        mac80211_hwsim = 29
        video_encoder = 30
        video_decoder = 31
        scmi = 32
        nitro_sec_mod = 33
        i2c_adapter = 34
        watchdog = 35
        can = 36
        dmabuf = 37
        param_serv = 38
        audio_policy = 39
        bt = 40
        gpio = 41
    def __init__(self, _io=None, _parent=None, _root=None):
        super(PciIds, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.vendor_id = KaitaiStream.resolve_enum(PciIds.Vendor, self._io.read_u2le())
        self.device_id = self._io.read_u2le()
        self.command = self._io.read_u2le()
        self.status = self._io.read_u2le()
        self.revision_id = self._io.read_u1()
        self.prog_if = self._io.read_u1()
        self.subclass = self._io.read_u1()
        self.class_code = self._io.read_u1()
        self.cache_line_size = self._io.read_u1()
        self.latency_timer = self._io.read_u1()
        self.header_type = PciIds.HeaderType(self._io, self, self._root)
        self.header_type._read()
        self.bist = self._io.read_u1()
        _on = self.header_type.layout
        if _on == 0:
            pass
            self.header = PciIds.GeneralHeader(self._io, self, self._root)
            self.header._read()
        elif _on == 1:
            pass
            self.header = PciIds.BridgeHeader(self._io, self, self._root)
            self.header._read()
        self._dirty = False


    def _fetch_instances(self):
        pass
        self.header_type._fetch_instances()
        _on = self.header_type.layout
        if _on == 0:
            pass
            self.header._fetch_instances()
        elif _on == 1:
            pass
            self.header._fetch_instances()


    def _write__seq(self, io=None):
        super(PciIds, self)._write__seq(io)
        self._io.write_u2le(int(self.vendor_id))
        self._io.write_u2le(self.device_id)
        self._io.write_u2le(self.command)
        self._io.write_u2le(self.status)
        self._io.write_u1(self.revision_id)
        self._io.write_u1(self.prog_if)
        self._io.write_u1(self.subclass)
        self._io.write_u1(self.class_code)
        self._io.write_u1(self.cache_line_size)
        self._io.write_u1(self.latency_timer)
        self.header_type._write__seq(self._io)
        self._io.write_u1(self.bist)
        _on = self.header_type.layout
        if _on == 0:
            pass
            self.header._write__seq(self._io)
        elif _on == 1:
            pass
            self.header._write__seq(self._io)


    def _check(self):
        if self.header_type._root != self._root:
            raise kaitaistruct.ConsistencyError(u"header_type", self._root, self.header_type._root)
        if self.header_type._parent != self:
            raise kaitaistruct.ConsistencyError(u"header_type", self, self.header_type._parent)
        _on = self.header_type.layout
        if _on == 0:
            pass
            if self.header._root != self._root:
                raise kaitaistruct.ConsistencyError(u"header", self._root, self.header._root)
            if self.header._parent != self:
                raise kaitaistruct.ConsistencyError(u"header", self, self.header._parent)
        elif _on == 1:
            pass
            if self.header._root != self._root:
                raise kaitaistruct.ConsistencyError(u"header", self._root, self.header._root)
            if self.header._parent != self:
                raise kaitaistruct.ConsistencyError(u"header", self, self.header._parent)
        self._dirty = False

    class BridgeHeader(ReadWriteKaitaiStruct):
        """Bytes 0x10..0x3f of a type 1 (PCI-to-PCI bridge) header."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(PciIds.BridgeHeader, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.bars = []
            for i in range(2):
                self.bars.append(self._io.read_u4le())

            self.primary_bus = self._io.read_u1()
            self.secondary_bus = self._io.read_u1()
            self.subordinate_bus = self._io.read_u1()
            self.secondary_latency_timer = self._io.read_u1()
            self.io_base = self._io.read_u1()
            self.io_limit = self._io.read_u1()
            self.secondary_status = self._io.read_u2le()
            self.memory_base = self._io.read_u2le()
            self.memory_limit = self._io.read_u2le()
            self.prefetchable_base = self._io.read_u2le()
            self.prefetchable_limit = self._io.read_u2le()
            self.prefetchable_base_upper = self._io.read_u4le()
            self.prefetchable_limit_upper = self._io.read_u4le()
            self.io_base_upper = self._io.read_u2le()
            self.io_limit_upper = self._io.read_u2le()
            self.ofs_capabilities = self._io.read_u1()
            self.reserved = self._io.read_bytes(3)
            self.expansion_rom = self._io.read_u4le()
            self.interrupt_line = self._io.read_u1()
            self.interrupt_pin = self._io.read_u1()
            self.bridge_control = self._io.read_u2le()
            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.bars)):
                pass



        def _write__seq(self, io=None):
            super(PciIds.BridgeHeader, self)._write__seq(io)
            for i in range(len(self.bars)):
                pass
                self._io.write_u4le(self.bars[i])

            self._io.write_u1(self.primary_bus)
            self._io.write_u1(self.secondary_bus)
            self._io.write_u1(self.subordinate_bus)
            self._io.write_u1(self.secondary_latency_timer)
            self._io.write_u1(self.io_base)
            self._io.write_u1(self.io_limit)
            self._io.write_u2le(self.secondary_status)
            self._io.write_u2le(self.memory_base)
            self._io.write_u2le(self.memory_limit)
            self._io.write_u2le(self.prefetchable_base)
            self._io.write_u2le(self.prefetchable_limit)
            self._io.write_u4le(self.prefetchable_base_upper)
            self._io.write_u4le(self.prefetchable_limit_upper)
            self._io.write_u2le(self.io_base_upper)
            self._io.write_u2le(self.io_limit_upper)
            self._io.write_u1(self.ofs_capabilities)
            self._io.write_bytes(self.reserved)
            self._io.write_u4le(self.expansion_rom)
            self._io.write_u1(self.interrupt_line)
            self._io.write_u1(self.interrupt_pin)
            self._io.write_u2le(self.bridge_control)


        def _check(self):
            if len(self.bars) != 2:
                raise kaitaistruct.ConsistencyError(u"bars", 2, len(self.bars))
            for i in range(len(self.bars)):
                pass

            if len(self.reserved) != 3:
                raise kaitaistruct.ConsistencyError(u"reserved", 3, len(self.reserved))
            self._dirty = False


    class GeneralHeader(ReadWriteKaitaiStruct):
        """Bytes 0x10..0x3f of a type 0 header."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(PciIds.GeneralHeader, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.bars = []
            for i in range(6):
                self.bars.append(self._io.read_u4le())

            self.cardbus_cis = self._io.read_u4le()
            self.subsystem_vendor_id = KaitaiStream.resolve_enum(PciIds.Vendor, self._io.read_u2le())
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
            for i in range(len(self.bars)):
                pass



        def _write__seq(self, io=None):
            super(PciIds.GeneralHeader, self)._write__seq(io)
            for i in range(len(self.bars)):
                pass
                self._io.write_u4le(self.bars[i])

            self._io.write_u4le(self.cardbus_cis)
            self._io.write_u2le(int(self.subsystem_vendor_id))
            self._io.write_u2le(self.subsystem_id)
            self._io.write_u4le(self.expansion_rom)
            self._io.write_u1(self.ofs_capabilities)
            self._io.write_bytes(self.reserved)
            self._io.write_u1(self.interrupt_line)
            self._io.write_u1(self.interrupt_pin)
            self._io.write_u1(self.min_grant)
            self._io.write_u1(self.max_latency)


        def _check(self):
            if len(self.bars) != 6:
                raise kaitaistruct.ConsistencyError(u"bars", 6, len(self.bars))
            for i in range(len(self.bars)):
                pass

            if len(self.reserved) != 7:
                raise kaitaistruct.ConsistencyError(u"reserved", 7, len(self.reserved))
            self._dirty = False

        @property
        def qemu_subsystem(self):
            """The subsystem ID named from vendor 0x1af4's table (0x1100 for emulated hardware)."""
            if hasattr(self, '_m_qemu_subsystem'):
                return self._m_qemu_subsystem

            if  ((self.subsystem_vendor_id == PciIds.Vendor.red_hat_qumranet) and (self.subsystem_id >= 4096)) :
                pass
                self._m_qemu_subsystem = KaitaiStream.resolve_enum(PciIds.Device1af4, self.subsystem_id)

            return getattr(self, '_m_qemu_subsystem', None)

        def _invalidate_qemu_subsystem(self):
            del self._m_qemu_subsystem
        @property
        def virtio_subsystem(self):
            """A transitional virtio device's subsystem ID, its virtio device ID."""
            if hasattr(self, '_m_virtio_subsystem'):
                return self._m_virtio_subsystem

            if  ((self.subsystem_vendor_id == PciIds.Vendor.red_hat_qumranet) and (self.subsystem_id < 4096)) :
                pass
                self._m_virtio_subsystem = KaitaiStream.resolve_enum(PciIds.VirtioDevice, self.subsystem_id)

            return getattr(self, '_m_virtio_subsystem', None)

        def _invalidate_virtio_subsystem(self):
            del self._m_virtio_subsystem

    class HeaderType(ReadWriteKaitaiStruct):
        """The header type byte."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(PciIds.HeaderType, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.multi_function = self._io.read_bits_int_be(1) != 0
            self.layout = self._io.read_bits_int_be(7)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(PciIds.HeaderType, self)._write__seq(io)
            self._io.write_bits_int_be(1, int(self.multi_function))
            self._io.write_bits_int_be(7, self.layout)


        def _check(self):
            self._dirty = False


    @property
    def qemu_device(self):
        """The device ID named from vendor 0x1af4's table."""
        if hasattr(self, '_m_qemu_device'):
            return self._m_qemu_device

        if self.vendor_id == PciIds.Vendor.red_hat_qumranet:
            pass
            self._m_qemu_device = KaitaiStream.resolve_enum(PciIds.Device1af4, self.device_id)

        return getattr(self, '_m_qemu_device', None)

    def _invalidate_qemu_device(self):
        del self._m_qemu_device
    @property
    def qemu_own_device(self):
        """The device ID named from vendor 0x1b36's table."""
        if hasattr(self, '_m_qemu_own_device'):
            return self._m_qemu_own_device

        if self.vendor_id == PciIds.Vendor.red_hat:
            pass
            self._m_qemu_own_device = KaitaiStream.resolve_enum(PciIds.Device1b36, self.device_id)

        return getattr(self, '_m_qemu_own_device', None)

    def _invalidate_qemu_own_device(self):
        del self._m_qemu_own_device
    @property
    def virtio_device(self):
        """For a modern virtio device, the virtio device ID (the PCI device ID minus 0x1040)."""
        if hasattr(self, '_m_virtio_device'):
            return self._m_virtio_device

        if  ((self.vendor_id == PciIds.Vendor.red_hat_qumranet) and (self.device_id >= 4160) and (self.device_id <= 4335)) :
            pass
            self._m_virtio_device = KaitaiStream.resolve_enum(PciIds.VirtioDevice, self.device_id - 4160)

        return getattr(self, '_m_virtio_device', None)

    def _invalidate_virtio_device(self):
        del self._m_virtio_device

