# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class VirtioPciCap(ReadWriteKaitaiStruct):
    """How a modern (virtio 1.x) PCI device tells its driver where its
    structures are. Each structure is announced by a vendor-specific entry
    of the PCI capability list (PCI capability ID 0x09): its kind
    (`cfg_type`), the BAR that holds it, and its offset and length inside
    that BAR. The notification capability adds the multiplier that turns a
    queue's `queue_notify_off` into the offset of its notification address.
    A device may announce a kind more than once; a driver uses the first
    entry of a kind it understands.
    
    The top level reads one capability, as many bytes as its `cap_len`
    says (16, or 20 for the notification capability). `common_cfg` is the
    structure the common capability points at: feature words chosen 32
    bits at a time, the device status, and the selected queue's size,
    vector, enable flag, notification offset and the three addresses of
    its rings.
    
    .. seealso::
       Virtio 1.2, section 4.1.4 "Virtio Structure PCI Capabilities"
    """

    class CapabilityId(IntEnum):
        vendor_specific = 9

    class CfgType(IntEnum):
        common = 1
        notify = 2
        isr = 3
        device = 4
        pci = 5
        shared_memory = 8
        vendor = 9
    def __init__(self, _io=None, _parent=None, _root=None):
        super(VirtioPciCap, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.cap_vndr = KaitaiStream.resolve_enum(VirtioPciCap.CapabilityId, self._io.read_u1())
        self.cap_next = self._io.read_u1()
        self.cap_len = self._io.read_u1()
        self.cfg_type = KaitaiStream.resolve_enum(VirtioPciCap.CfgType, self._io.read_u1())
        self.bar = self._io.read_u1()
        self.id = self._io.read_u1()
        self.padding = self._io.read_bytes(2)
        self.ofs_structure = self._io.read_u4le()
        self.len_structure = self._io.read_u4le()
        if self.cfg_type == VirtioPciCap.CfgType.notify:
            pass
            self.notify_off_multiplier = self._io.read_u4le()

        self._dirty = False


    def _fetch_instances(self):
        pass
        if self.cfg_type == VirtioPciCap.CfgType.notify:
            pass



    def _write__seq(self, io=None):
        super(VirtioPciCap, self)._write__seq(io)
        self._io.write_u1(int(self.cap_vndr))
        self._io.write_u1(self.cap_next)
        self._io.write_u1(self.cap_len)
        self._io.write_u1(int(self.cfg_type))
        self._io.write_u1(self.bar)
        self._io.write_u1(self.id)
        self._io.write_bytes(self.padding)
        self._io.write_u4le(self.ofs_structure)
        self._io.write_u4le(self.len_structure)
        if self.cfg_type == VirtioPciCap.CfgType.notify:
            pass
            self._io.write_u4le(self.notify_off_multiplier)



    def _check(self):
        if len(self.padding) != 2:
            raise kaitaistruct.ConsistencyError(u"padding", 2, len(self.padding))
        if self.cfg_type == VirtioPciCap.CfgType.notify:
            pass

        self._dirty = False

    class CommonCfg(ReadWriteKaitaiStruct):
        """The common configuration structure (the common capability's target).
        The `queue_*` fields are those of the queue `queue_select` names.
        64-bit fields may be written as two 32-bit halves, low half first.
        
        .. seealso::
           Virtio 1.2, section 4.1.4.3 "Common configuration structure layout"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VirtioPciCap.CommonCfg, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.device_feature_select = self._io.read_u4le()
            self.device_feature = self._io.read_u4le()
            self.driver_feature_select = self._io.read_u4le()
            self.driver_feature = self._io.read_u4le()
            self.config_msix_vector = self._io.read_u2le()
            self.num_queues = self._io.read_u2le()
            self.device_status = self._io.read_u1()
            self.config_generation = self._io.read_u1()
            self.queue_select = self._io.read_u2le()
            self.queue_size = self._io.read_u2le()
            self.queue_msix_vector = self._io.read_u2le()
            self.queue_enable = self._io.read_u2le()
            self.queue_notify_off = self._io.read_u2le()
            self.queue_desc = self._io.read_u8le()
            self.queue_driver = self._io.read_u8le()
            self.queue_device = self._io.read_u8le()
            self.queue_notify_data = self._io.read_u2le()
            self.queue_reset = self._io.read_u2le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VirtioPciCap.CommonCfg, self)._write__seq(io)
            self._io.write_u4le(self.device_feature_select)
            self._io.write_u4le(self.device_feature)
            self._io.write_u4le(self.driver_feature_select)
            self._io.write_u4le(self.driver_feature)
            self._io.write_u2le(self.config_msix_vector)
            self._io.write_u2le(self.num_queues)
            self._io.write_u1(self.device_status)
            self._io.write_u1(self.config_generation)
            self._io.write_u2le(self.queue_select)
            self._io.write_u2le(self.queue_size)
            self._io.write_u2le(self.queue_msix_vector)
            self._io.write_u2le(self.queue_enable)
            self._io.write_u2le(self.queue_notify_off)
            self._io.write_u8le(self.queue_desc)
            self._io.write_u8le(self.queue_driver)
            self._io.write_u8le(self.queue_device)
            self._io.write_u2le(self.queue_notify_data)
            self._io.write_u2le(self.queue_reset)


        def _check(self):
            self._dirty = False



