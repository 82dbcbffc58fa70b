# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class VhostUserBlk(ReadWriteKaitaiStruct):
    """A vhost-user-blk back-end is a virtio block device in another process.
    The front-end reads its configuration space with GET_CONFIG (the
    `contents` of a `vhost_user::config_space` reply) and the guest's
    driver sends requests through the queues.
    
    The top level reads the configuration space, as much of it as there is
    (a front-end asks for as many bytes as the fields it knows; older ones
    ask for fewer). Which fields are meaningful depends on the negotiated
    feature bits (`blk_feature`).
    
    A request is a descriptor chain: a device-readable header
    (`request_header`), data buffers (device-readable for writes,
    device-writable for reads), and one device-writable status byte at the
    very end. Discard, write-zeroes and secure-erase requests carry
    `segment`s as their data; GET_ID returns a 20-byte serial string.
    Sectors are always 512 bytes, whatever the block size.
    
    .. seealso::
       Virtio 1.2, section 5.2 "Block Device"
    """

    class BlkFeature(IntEnum):
        barrier = 0
        size_max = 1
        seg_max = 2
        geometry = 4
        ro = 5
        blk_size = 6
        scsi = 7
        flush = 9
        topology = 10
        config_wce = 11
        mq = 12
        discard = 13
        write_zeroes = 14
        lifetime = 15
        secure_erase = 16
        zoned = 17

    class RequestType(IntEnum):
        read = 0
        write = 1
        flush = 4
        get_id = 8
        get_lifetime = 10
        discard = 11
        write_zeroes = 13
        secure_erase = 14
        zone_append = 15
        zone_report = 16
        zone_open = 18
        zone_close = 20
        zone_finish = 22
        zone_reset = 24
        zone_reset_all = 26

    class Status(IntEnum):
        ok = 0
        ioerr = 1
        unsupp = 2
        zone_invalid_cmd = 3
        zone_unaligned_wp = 4
        zone_open_resource = 5
        zone_active_resource = 6
    def __init__(self, _io=None, _parent=None, _root=None):
        super(VhostUserBlk, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.num_sectors = self._io.read_u8le()
        if self._io.size() >= 12:
            pass
            self.max_segment_size = self._io.read_u4le()

        if self._io.size() >= 16:
            pass
            self.max_segments = self._io.read_u4le()

        if self._io.size() >= 20:
            pass
            self.geometry = VhostUserBlk.Geometry(self._io, self, self._root)
            self.geometry._read()

        if self._io.size() >= 24:
            pass
            self.len_block = self._io.read_u4le()

        if self._io.size() >= 32:
            pass
            self.topology = VhostUserBlk.Topology(self._io, self, self._root)
            self.topology._read()

        if self._io.size() >= 33:
            pass
            self.writeback = self._io.read_u1()

        if self._io.size() >= 34:
            pass
            self.unused0 = self._io.read_u1()

        if self._io.size() >= 36:
            pass
            self.num_queues = self._io.read_u2le()

        if self._io.size() >= 40:
            pass
            self.max_discard_sectors = self._io.read_u4le()

        if self._io.size() >= 44:
            pass
            self.max_discard_segments = self._io.read_u4le()

        if self._io.size() >= 48:
            pass
            self.discard_sector_alignment = self._io.read_u4le()

        if self._io.size() >= 52:
            pass
            self.max_write_zeroes_sectors = self._io.read_u4le()

        if self._io.size() >= 56:
            pass
            self.max_write_zeroes_segments = self._io.read_u4le()

        if self._io.size() >= 57:
            pass
            self.write_zeroes_may_unmap = self._io.read_u1()

        if self._io.size() >= 60:
            pass
            self.unused1 = self._io.read_bytes(3)

        if self._io.size() >= 64:
            pass
            self.max_secure_erase_sectors = self._io.read_u4le()

        if self._io.size() >= 68:
            pass
            self.max_secure_erase_segments = self._io.read_u4le()

        if self._io.size() >= 72:
            pass
            self.secure_erase_sector_alignment = self._io.read_u4le()

        if self._io.size() >= 96:
            pass
            self.zoned = VhostUserBlk.ZonedCharacteristics(self._io, self, self._root)
            self.zoned._read()

        self._dirty = False


    def _fetch_instances(self):
        pass
        if self._io.size() >= 12:
            pass

        if self._io.size() >= 16:
            pass

        if self._io.size() >= 20:
            pass
            self.geometry._fetch_instances()

        if self._io.size() >= 24:
            pass

        if self._io.size() >= 32:
            pass
            self.topology._fetch_instances()

        if self._io.size() >= 33:
            pass

        if self._io.size() >= 34:
            pass

        if self._io.size() >= 36:
            pass

        if self._io.size() >= 40:
            pass

        if self._io.size() >= 44:
            pass

        if self._io.size() >= 48:
            pass

        if self._io.size() >= 52:
            pass

        if self._io.size() >= 56:
            pass

        if self._io.size() >= 57:
            pass

        if self._io.size() >= 60:
            pass

        if self._io.size() >= 64:
            pass

        if self._io.size() >= 68:
            pass

        if self._io.size() >= 72:
            pass

        if self._io.size() >= 96:
            pass
            self.zoned._fetch_instances()



    def _write__seq(self, io=None):
        super(VhostUserBlk, self)._write__seq(io)
        self._io.write_u8le(self.num_sectors)
        if self._io.size() >= 12:
            pass
            self._io.write_u4le(self.max_segment_size)

        if self._io.size() >= 16:
            pass
            self._io.write_u4le(self.max_segments)

        if self._io.size() >= 20:
            pass
            if self.geometry._root != self._root:
                raise kaitaistruct.ConsistencyError(u"geometry", self._root, self.geometry._root)
            if self.geometry._parent != self:
                raise kaitaistruct.ConsistencyError(u"geometry", self, self.geometry._parent)
            self.geometry._write__seq(self._io)

        if self._io.size() >= 24:
            pass
            self._io.write_u4le(self.len_block)

        if self._io.size() >= 32:
            pass
            if self.topology._root != self._root:
                raise kaitaistruct.ConsistencyError(u"topology", self._root, self.topology._root)
            if self.topology._parent != self:
                raise kaitaistruct.ConsistencyError(u"topology", self, self.topology._parent)
            self.topology._write__seq(self._io)

        if self._io.size() >= 33:
            pass
            self._io.write_u1(self.writeback)

        if self._io.size() >= 34:
            pass
            self._io.write_u1(self.unused0)

        if self._io.size() >= 36:
            pass
            self._io.write_u2le(self.num_queues)

        if self._io.size() >= 40:
            pass
            self._io.write_u4le(self.max_discard_sectors)

        if self._io.size() >= 44:
            pass
            self._io.write_u4le(self.max_discard_segments)

        if self._io.size() >= 48:
            pass
            self._io.write_u4le(self.discard_sector_alignment)

        if self._io.size() >= 52:
            pass
            self._io.write_u4le(self.max_write_zeroes_sectors)

        if self._io.size() >= 56:
            pass
            self._io.write_u4le(self.max_write_zeroes_segments)

        if self._io.size() >= 57:
            pass
            self._io.write_u1(self.write_zeroes_may_unmap)

        if self._io.size() >= 60:
            pass
            if len(self.unused1) != 3:
                raise kaitaistruct.ConsistencyError(u"unused1", 3, len(self.unused1))
            self._io.write_bytes(self.unused1)

        if self._io.size() >= 64:
            pass
            self._io.write_u4le(self.max_secure_erase_sectors)

        if self._io.size() >= 68:
            pass
            self._io.write_u4le(self.max_secure_erase_segments)

        if self._io.size() >= 72:
            pass
            self._io.write_u4le(self.secure_erase_sector_alignment)

        if self._io.size() >= 96:
            pass
            if self.zoned._root != self._root:
                raise kaitaistruct.ConsistencyError(u"zoned", self._root, self.zoned._root)
            if self.zoned._parent != self:
                raise kaitaistruct.ConsistencyError(u"zoned", self, self.zoned._parent)
            self.zoned._write__seq(self._io)



    def _check(self):
        self._dirty = False

    class Geometry(ReadWriteKaitaiStruct):
        """Legacy cylinders/heads/sectors geometry.
        
        .. seealso::
           Virtio 1.2, section 5.2.4 "Device configuration layout"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUserBlk.Geometry, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.num_cylinders = self._io.read_u2le()
            self.num_heads = self._io.read_u1()
            self.num_sectors_per_track = self._io.read_u1()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUserBlk.Geometry, self)._write__seq(io)
            self._io.write_u2le(self.num_cylinders)
            self._io.write_u1(self.num_heads)
            self._io.write_u1(self.num_sectors_per_track)


        def _check(self):
            self._dirty = False


    class RequestHeader(ReadWriteKaitaiStruct):
        """The 16 device-readable bytes that start every request.
        
        .. seealso::
           Virtio 1.2, section 5.2.6 "Device Operation"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUserBlk.RequestHeader, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.type = KaitaiStream.resolve_enum(VhostUserBlk.RequestType, self._io.read_u4le())
            self.reserved = self._io.read_u4le()
            self.sector = self._io.read_u8le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUserBlk.RequestHeader, self)._write__seq(io)
            self._io.write_u4le(int(self.type))
            self._io.write_u4le(self.reserved)
            self._io.write_u8le(self.sector)


        def _check(self):
            self._dirty = False


    class Segment(ReadWriteKaitaiStruct):
        """One range of a discard, write-zeroes or secure-erase request (16 bytes).
        
        .. seealso::
           Virtio 1.2, section 5.2.6 "Device Operation"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUserBlk.Segment, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.sector = self._io.read_u8le()
            self.num_sectors = self._io.read_u4le()
            self.flags = VhostUserBlk.SegmentFlags(self._io, self, self._root)
            self.flags._read()
            self._dirty = False


        def _fetch_instances(self):
            pass
            self.flags._fetch_instances()


        def _write__seq(self, io=None):
            super(VhostUserBlk.Segment, self)._write__seq(io)
            self._io.write_u8le(self.sector)
            self._io.write_u4le(self.num_sectors)
            self.flags._write__seq(self._io)


        def _check(self):
            if self.flags._root != self._root:
                raise kaitaistruct.ConsistencyError(u"flags", self._root, self.flags._root)
            if self.flags._parent != self:
                raise kaitaistruct.ConsistencyError(u"flags", self, self.flags._parent)
            self._dirty = False


    class SegmentFlags(ReadWriteKaitaiStruct):
        """Flags of a segment.
        
        .. seealso::
           Virtio 1.2, section 5.2.6 "Device Operation"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUserBlk.SegmentFlags, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.unmap = self._io.read_bits_int_le(1) != 0
            self.reserved = self._io.read_bits_int_le(31)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUserBlk.SegmentFlags, self)._write__seq(io)
            self._io.write_bits_int_le(1, int(self.unmap))
            self._io.write_bits_int_le(31, self.reserved)


        def _check(self):
            self._dirty = False


    class Topology(ReadWriteKaitaiStruct):
        """How to align I/O for best performance.
        
        .. seealso::
           Virtio 1.2, section 5.2.4 "Device configuration layout"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUserBlk.Topology, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.physical_block_exp = self._io.read_u1()
            self.alignment_offset = self._io.read_u1()
            self.min_io_size = self._io.read_u2le()
            self.opt_io_size = self._io.read_u4le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUserBlk.Topology, self)._write__seq(io)
            self._io.write_u1(self.physical_block_exp)
            self._io.write_u1(self.alignment_offset)
            self._io.write_u2le(self.min_io_size)
            self._io.write_u4le(self.opt_io_size)


        def _check(self):
            self._dirty = False


    class ZonedCharacteristics(ReadWriteKaitaiStruct):
        """Zoned block device limits.
        
        .. seealso::
           Virtio 1.2, section 5.2.4 "Device configuration layout"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUserBlk.ZonedCharacteristics, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.zone_sectors = self._io.read_u4le()
            self.max_open_zones = self._io.read_u4le()
            self.max_active_zones = self._io.read_u4le()
            self.max_append_sectors = self._io.read_u4le()
            self.write_granularity = self._io.read_u4le()
            self.model = self._io.read_u1()
            self.unused2 = self._io.read_bytes(3)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUserBlk.ZonedCharacteristics, self)._write__seq(io)
            self._io.write_u4le(self.zone_sectors)
            self._io.write_u4le(self.max_open_zones)
            self._io.write_u4le(self.max_active_zones)
            self._io.write_u4le(self.max_append_sectors)
            self._io.write_u4le(self.write_granularity)
            self._io.write_u1(self.model)
            self._io.write_bytes(self.unused2)


        def _check(self):
            if len(self.unused2) != 3:
                raise kaitaistruct.ConsistencyError(u"unused2", 3, len(self.unused2))
            self._dirty = False



