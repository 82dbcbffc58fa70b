# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class Parallels(ReadWriteKaitaiStruct):
    """A Parallels expandable image is a header, a block allocation table (BAT)
    and a data area of fixed-size clusters. Each BAT entry maps one guest
    cluster to a host cluster; zero means "not allocated, reads as zeros".
    Everything is little-endian.
    
    Two magics exist. "WithoutFreeSpace" images count BAT entries in 512-byte
    sectors and use only the low 32 bits of the sector count;
    "WithouFreSpacExt" images count BAT entries in clusters and use all 64
    bits. An optional Format Extension cluster (pointed to by `ext_off`)
    carries feature sections, of which QEMU knows one: dirty bitmaps.
    
    Where the texts and QEMU 7.2 differ, this spec follows QEMU 7.2:
    - `in_use` is 0x746F6E59 while a writer has the image open, and QEMU
      writes 0 (not 0x312E3276) when it closes the image; both 0 and
      0x312E3276 mean "closed".
    - The QEMU 2.6 text gave the dirty-bitmap L1 table as "64 * l1_size bytes"
      holding byte offsets; QEMU (and the current text) use 8-byte entries
      holding offsets in 512-byte sectors, with 0 and 1 meaning "all bits
      clear" and "all bits set".
    - QEMU ignores the empty-image flag when reading (guest data is what the
      BAT maps); QEMU's own images never set it.
    - QEMU 7.2 reads the Format Extension only when opening read-only.
    
    64-bit values are read as two 32-bit halves and combined with
    arithmetic (`hi * 4294967296 + lo`), so JavaScript computes the same values.
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/interop/parallels.html
    
    
    .. seealso::
       Source - https://gitlab.com/qemu-project/qemu/-/blob/master/docs/interop/parallels.txt
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(Parallels, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self
        self._should_write_format_extension = False
        self.format_extension__enabled = True

    def _read(self):
        self.header = Parallels.Header(self._io, self, self._root)
        self.header._read()
        self.bat_entries = []
        for i in range(self.header.num_bat_entries):
            self.bat_entries.append(self._io.read_u4le())

        self._dirty = False


    def _fetch_instances(self):
        pass
        self.header._fetch_instances()
        for i in range(len(self.bat_entries)):
            pass

        _ = self.format_extension
        if hasattr(self, '_m_format_extension'):
            pass
            self._m_format_extension._fetch_instances()



    def _write__seq(self, io=None):
        super(Parallels, self)._write__seq(io)
        self._should_write_format_extension = self.format_extension__enabled
        self.header._write__seq(self._io)
        for i in range(len(self.bat_entries)):
            pass
            self._io.write_u4le(self.bat_entries[i])



    def _check(self):
        if self.header._root != self._root:
            raise kaitaistruct.ConsistencyError(u"header", self._root, self.header._root)
        if self.header._parent != self:
            raise kaitaistruct.ConsistencyError(u"header", self, self.header._parent)
        if len(self.bat_entries) != self.header.num_bat_entries:
            raise kaitaistruct.ConsistencyError(u"bat_entries", self.header.num_bat_entries, len(self.bat_entries))
        for i in range(len(self.bat_entries)):
            pass

        if self.format_extension__enabled:
            pass
            if self.header.ofs_ext != 0:
                pass
                if self._m_format_extension._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"format_extension", self._root, self._m_format_extension._root)
                if self._m_format_extension._parent != self:
                    raise kaitaistruct.ConsistencyError(u"format_extension", self, self._m_format_extension._parent)


        self._dirty = False

    class DirtyBitmap(ReadWriteKaitaiStruct):
        """A dirty bitmap stored in the image."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Parallels.DirtyBitmap, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.num_sectors_lo = self._io.read_u4le()
            self.num_sectors_hi = self._io.read_u4le()
            self.id = self._io.read_bytes(16)
            self.granularity = self._io.read_u4le()
            self.num_l1_entries = self._io.read_u4le()
            self.l1_entries = []
            for i in range(self.num_l1_entries):
                _t_l1_entries = Parallels.L1Entry(self._io, self, self._root)
                try:
                    _t_l1_entries._read()
                finally:
                    self.l1_entries.append(_t_l1_entries)

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.l1_entries)):
                pass
                self.l1_entries[i]._fetch_instances()



        def _write__seq(self, io=None):
            super(Parallels.DirtyBitmap, self)._write__seq(io)
            self._io.write_u4le(self.num_sectors_lo)
            self._io.write_u4le(self.num_sectors_hi)
            self._io.write_bytes(self.id)
            self._io.write_u4le(self.granularity)
            self._io.write_u4le(self.num_l1_entries)
            for i in range(len(self.l1_entries)):
                pass
                self.l1_entries[i]._write__seq(self._io)



        def _check(self):
            if len(self.id) != 16:
                raise kaitaistruct.ConsistencyError(u"id", 16, len(self.id))
            if len(self.l1_entries) != self.num_l1_entries:
                raise kaitaistruct.ConsistencyError(u"l1_entries", self.num_l1_entries, len(self.l1_entries))
            for i in range(len(self.l1_entries)):
                pass
                if self.l1_entries[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"l1_entries", self._root, self.l1_entries[i]._root)
                if self.l1_entries[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"l1_entries", self, self.l1_entries[i]._parent)

            self._dirty = False

        @property
        def num_sectors(self):
            """Bitmap size in sectors."""
            if hasattr(self, '_m_num_sectors'):
                return self._m_num_sectors

            self._m_num_sectors = (self.num_sectors_hi * 4294967296 + self.num_sectors_lo)
            return getattr(self, '_m_num_sectors', None)

        def _invalidate_num_sectors(self):
            del self._m_num_sectors

    class Feature(ReadWriteKaitaiStruct):
        """One feature section, padded to 8 bytes."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Parallels.Feature, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.magic_lo = self._io.read_u4le()
            self.magic_hi = self._io.read_u4le()
            self.flags_lo = self._io.read_u4le()
            self.flags_hi = self._io.read_u4le()
            self.len_data = self._io.read_u4le()
            self.reserved = self._io.read_u4le()
            _on = self.is_dirty_bitmap
            if _on == True:
                pass
                self._raw_data = self._io.read_bytes(self.len_data)
                _io__raw_data = KaitaiStream(BytesIO(self._raw_data))
                self.data = Parallels.DirtyBitmap(_io__raw_data, self, self._root)
                self.data._read()
            else:
                pass
                self.data = self._io.read_bytes(self.len_data)
            self.padding = self._io.read_bytes((8 - self.len_data % 8) % 8)
            self._dirty = False


        def _fetch_instances(self):
            pass
            _on = self.is_dirty_bitmap
            if _on == True:
                pass
                self.data._fetch_instances()
            else:
                pass


        def _write__seq(self, io=None):
            super(Parallels.Feature, self)._write__seq(io)
            self._io.write_u4le(self.magic_lo)
            self._io.write_u4le(self.magic_hi)
            self._io.write_u4le(self.flags_lo)
            self._io.write_u4le(self.flags_hi)
            self._io.write_u4le(self.len_data)
            self._io.write_u4le(self.reserved)
            _on = self.is_dirty_bitmap
            if _on == True:
                pass
                _io__raw_data = KaitaiStream(BytesIO(bytearray(self.len_data)))
                self._io.add_child_stream(_io__raw_data)
                _pos2 = self._io.pos()
                self._io.seek(self._io.pos() + (self.len_data))
                def handler(parent, _io__raw_data=_io__raw_data):
                    self._raw_data = _io__raw_data.to_byte_array()
                    if len(self._raw_data) != self.len_data:
                        raise kaitaistruct.ConsistencyError(u"raw(data)", self.len_data, len(self._raw_data))
                    parent.write_bytes(self._raw_data)
                _io__raw_data.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self.data._write__seq(_io__raw_data)
            else:
                pass
                self._io.write_bytes(self.data)
            self._io.write_bytes(self.padding)


        def _check(self):
            _on = self.is_dirty_bitmap
            if _on == True:
                pass
                if self.data._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"data", self._root, self.data._root)
                if self.data._parent != self:
                    raise kaitaistruct.ConsistencyError(u"data", self, self.data._parent)
            else:
                pass
                if len(self.data) != self.len_data:
                    raise kaitaistruct.ConsistencyError(u"data", self.len_data, len(self.data))
            if len(self.padding) != (8 - self.len_data % 8) % 8:
                raise kaitaistruct.ConsistencyError(u"padding", (8 - self.len_data % 8) % 8, len(self.padding))
            self._dirty = False

        @property
        def is_dirty_bitmap(self):
            """The dirty bitmap feature (magic 0x20385FAE252CB34A)."""
            if hasattr(self, '_m_is_dirty_bitmap'):
                return self._m_is_dirty_bitmap

            self._m_is_dirty_bitmap =  ((self.magic_hi == 540565422) and (self.magic_lo == 623686474)) 
            return getattr(self, '_m_is_dirty_bitmap', None)

        def _invalidate_is_dirty_bitmap(self):
            del self._m_is_dirty_bitmap
        @property
        def is_end(self):
            """The "end of features" section."""
            if hasattr(self, '_m_is_end'):
                return self._m_is_end

            self._m_is_end =  ((self.magic_lo == 0) and (self.magic_hi == 0)) 
            return getattr(self, '_m_is_end', None)

        def _invalidate_is_end(self):
            del self._m_is_end
        @property
        def is_necessary(self):
            """Software that cannot load this feature must not change the file."""
            if hasattr(self, '_m_is_necessary'):
                return self._m_is_necessary

            self._m_is_necessary = self.flags_lo % 2 == 1
            return getattr(self, '_m_is_necessary', None)

        def _invalidate_is_necessary(self):
            del self._m_is_necessary
        @property
        def is_transit(self):
            """Software that does not know this feature keeps it as it is."""
            if hasattr(self, '_m_is_transit'):
                return self._m_is_transit

            self._m_is_transit = (self.flags_lo // 2) % 2 == 1
            return getattr(self, '_m_is_transit', None)

        def _invalidate_is_transit(self):
            del self._m_is_transit

    class FormatExtension(ReadWriteKaitaiStruct):
        """The Format Extension cluster."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Parallels.FormatExtension, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.magic = self._io.read_bytes(8)
            if not self.magic == b"\x87\xEA\xDC\x23\xEF\x4C\x23\xAB":
                raise kaitaistruct.ValidationNotEqualError(b"\x87\xEA\xDC\x23\xEF\x4C\x23\xAB", self.magic, self._io, u"/types/format_extension/seq/0")
            self.checksum = self._io.read_bytes(16)
            self.features = []
            i = 0
            while True:
                _t_features = Parallels.Feature(self._io, self, self._root)
                try:
                    _t_features._read()
                finally:
                    _ = _t_features
                    self.features.append(_)
                if _.is_end:
                    break
                i += 1
            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.features)):
                pass
                self.features[i]._fetch_instances()



        def _write__seq(self, io=None):
            super(Parallels.FormatExtension, self)._write__seq(io)
            self._io.write_bytes(self.magic)
            self._io.write_bytes(self.checksum)
            for i in range(len(self.features)):
                pass
                self.features[i]._write__seq(self._io)



        def _check(self):
            if len(self.magic) != 8:
                raise kaitaistruct.ConsistencyError(u"magic", 8, len(self.magic))
            if not self.magic == b"\x87\xEA\xDC\x23\xEF\x4C\x23\xAB":
                raise kaitaistruct.ValidationNotEqualError(b"\x87\xEA\xDC\x23\xEF\x4C\x23\xAB", self.magic, None, u"/types/format_extension/seq/0")
            if len(self.checksum) != 16:
                raise kaitaistruct.ConsistencyError(u"checksum", 16, len(self.checksum))
            if len(self.features) == 0:
                raise kaitaistruct.ConsistencyError(u"features", 0, len(self.features))
            for i in range(len(self.features)):
                pass
                if self.features[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"features", self._root, self.features[i]._root)
                if self.features[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"features", self, self.features[i]._parent)
                _ = self.features[i]
                if _.is_end != (i == len(self.features) - 1):
                    raise kaitaistruct.ConsistencyError(u"features", i == len(self.features) - 1, _.is_end)

            self._dirty = False


    class Header(ReadWriteKaitaiStruct):
        """The header at the start of the file."""

        class InUse(IntEnum):
            old_closed = 0
            closed = 825111158
            open = 1953459801
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Parallels.Header, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.magic_start = self._io.read_bytes(6)
            if not self.magic_start == b"\x57\x69\x74\x68\x6F\x75":
                raise kaitaistruct.ValidationNotEqualError(b"\x57\x69\x74\x68\x6F\x75", self.magic_start, self._io, u"/types/header/seq/0")
            self.magic_end = (self._io.read_bytes(10)).decode(u"ASCII")
            if not  ((self.magic_end == u"tFreeSpace") or (self.magic_end == u"FreSpacExt")) :
                raise kaitaistruct.ValidationNotAnyOfError(self.magic_end, self._io, u"/types/header/seq/1")
            self.version = self._io.read_u4le()
            if not self.version == 2:
                raise kaitaistruct.ValidationNotEqualError(2, self.version, self._io, u"/types/header/seq/2")
            self.heads = self._io.read_u4le()
            self.cylinders = self._io.read_u4le()
            self.tracks = self._io.read_u4le()
            self.num_bat_entries = self._io.read_u4le()
            self.num_sectors_lo = self._io.read_u4le()
            self.num_sectors_hi = self._io.read_u4le()
            self.in_use = KaitaiStream.resolve_enum(Parallels.Header.InUse, self._io.read_u4le())
            self.data_off = self._io.read_u4le()
            self.flags = self._io.read_u4le()
            self.ext_off_lo = self._io.read_u4le()
            self.ext_off_hi = self._io.read_u4le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Parallels.Header, self)._write__seq(io)
            self._io.write_bytes(self.magic_start)
            self._io.write_bytes((self.magic_end).encode(u"ASCII"))
            self._io.write_u4le(self.version)
            self._io.write_u4le(self.heads)
            self._io.write_u4le(self.cylinders)
            self._io.write_u4le(self.tracks)
            self._io.write_u4le(self.num_bat_entries)
            self._io.write_u4le(self.num_sectors_lo)
            self._io.write_u4le(self.num_sectors_hi)
            self._io.write_u4le(int(self.in_use))
            self._io.write_u4le(self.data_off)
            self._io.write_u4le(self.flags)
            self._io.write_u4le(self.ext_off_lo)
            self._io.write_u4le(self.ext_off_hi)


        def _check(self):
            if len(self.magic_start) != 6:
                raise kaitaistruct.ConsistencyError(u"magic_start", 6, len(self.magic_start))
            if not self.magic_start == b"\x57\x69\x74\x68\x6F\x75":
                raise kaitaistruct.ValidationNotEqualError(b"\x57\x69\x74\x68\x6F\x75", self.magic_start, None, u"/types/header/seq/0")
            if len((self.magic_end).encode(u"ASCII")) != 10:
                raise kaitaistruct.ConsistencyError(u"magic_end", 10, len((self.magic_end).encode(u"ASCII")))
            if not  ((self.magic_end == u"tFreeSpace") or (self.magic_end == u"FreSpacExt")) :
                raise kaitaistruct.ValidationNotAnyOfError(self.magic_end, None, u"/types/header/seq/1")
            if not self.version == 2:
                raise kaitaistruct.ValidationNotEqualError(2, self.version, None, u"/types/header/seq/2")
            self._dirty = False

        @property
        def is_empty(self):
            """The empty-image flag."""
            if hasattr(self, '_m_is_empty'):
                return self._m_is_empty

            self._m_is_empty = self.flags % 2 == 1
            return getattr(self, '_m_is_empty', None)

        def _invalidate_is_empty(self):
            del self._m_is_empty
        @property
        def is_ext(self):
            """The newer magic, with BAT entries in clusters and a 64-bit sector count."""
            if hasattr(self, '_m_is_ext'):
                return self._m_is_ext

            self._m_is_ext = self.magic_end == u"FreSpacExt"
            return getattr(self, '_m_is_ext', None)

        def _invalidate_is_ext(self):
            del self._m_is_ext
        @property
        def num_sectors(self):
            """The disk size in sectors (only the low half counts for WithoutFreeSpace)."""
            if hasattr(self, '_m_num_sectors'):
                return self._m_num_sectors

            self._m_num_sectors = ((self.num_sectors_hi * 4294967296 + self.num_sectors_lo) if self.is_ext else self.num_sectors_lo)
            return getattr(self, '_m_num_sectors', None)

        def _invalidate_num_sectors(self):
            del self._m_num_sectors
        @property
        def ofs_ext(self):
            """Byte offset of the Format Extension cluster, or 0."""
            if hasattr(self, '_m_ofs_ext'):
                return self._m_ofs_ext

            self._m_ofs_ext = ((self.ext_off_hi * 4294967296 + self.ext_off_lo) * 512)
            return getattr(self, '_m_ofs_ext', None)

        def _invalidate_ofs_ext(self):
            del self._m_ofs_ext

    class L1Entry(ReadWriteKaitaiStruct):
        """An L1 entry of a dirty bitmap (QEMU's 8-byte, sector-unit form)."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Parallels.L1Entry, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.lo = self._io.read_u4le()
            self.hi = self._io.read_u4le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Parallels.L1Entry, self)._write__seq(io)
            self._io.write_u4le(self.lo)
            self._io.write_u4le(self.hi)


        def _check(self):
            self._dirty = False

        @property
        def is_all_ones(self):
            """Every bit of this bitmap cluster is set."""
            if hasattr(self, '_m_is_all_ones'):
                return self._m_is_all_ones

            self._m_is_all_ones = self.value == 1
            return getattr(self, '_m_is_all_ones', None)

        def _invalidate_is_all_ones(self):
            del self._m_is_all_ones
        @property
        def is_all_zeros(self):
            """Every bit of this bitmap cluster is clear."""
            if hasattr(self, '_m_is_all_zeros'):
                return self._m_is_all_zeros

            self._m_is_all_zeros = self.value == 0
            return getattr(self, '_m_is_all_zeros', None)

        def _invalidate_is_all_zeros(self):
            del self._m_is_all_zeros
        @property
        def ofs_cluster(self):
            """Byte offset of the bitmap data cluster, when stored."""
            if hasattr(self, '_m_ofs_cluster'):
                return self._m_ofs_cluster

            self._m_ofs_cluster = ((self.value * 512) if self.value > 1 else 0)
            return getattr(self, '_m_ofs_cluster', None)

        def _invalidate_ofs_cluster(self):
            del self._m_ofs_cluster
        @property
        def value(self):
            """The entry."""
            if hasattr(self, '_m_value'):
                return self._m_value

            self._m_value = (self.hi * 4294967296 + self.lo)
            return getattr(self, '_m_value', None)

        def _invalidate_value(self):
            del self._m_value

    @property
    def bat_unit(self):
        """Bytes per unit of a BAT entry (clusters for WithouFreSpacExt, sectors for WithoutFreeSpace)."""
        if hasattr(self, '_m_bat_unit'):
            return self._m_bat_unit

        self._m_bat_unit = (self.cluster_size if self.header.is_ext else 512)
        return getattr(self, '_m_bat_unit', None)

    def _invalidate_bat_unit(self):
        del self._m_bat_unit
    @property
    def cluster_size(self):
        """Bytes in a cluster (the header's `tracks` counts sectors)."""
        if hasattr(self, '_m_cluster_size'):
            return self._m_cluster_size

        self._m_cluster_size = (self.header.tracks * 512)
        return getattr(self, '_m_cluster_size', None)

    def _invalidate_cluster_size(self):
        del self._m_cluster_size
    @property
    def format_extension(self):
        """The Format Extension cluster, when `ext_off` is not zero."""
        if self._should_write_format_extension:
            self._write_format_extension()
        if hasattr(self, '_m_format_extension'):
            return self._m_format_extension

        if not self.format_extension__enabled:
            return None

        if self.header.ofs_ext != 0:
            pass
            _pos = self._io.pos()
            self._io.seek(self.header.ofs_ext)
            self._raw__m_format_extension = self._io.read_bytes(self.cluster_size)
            _io__raw__m_format_extension = KaitaiStream(BytesIO(self._raw__m_format_extension))
            self._m_format_extension = Parallels.FormatExtension(_io__raw__m_format_extension, self, self._root)
            self._m_format_extension._read()
            self._io.seek(_pos)

        return getattr(self, '_m_format_extension', None)

    @format_extension.setter
    def format_extension(self, v):
        self._dirty = True
        self._m_format_extension = v

    def _write_format_extension(self):
        self._should_write_format_extension = False
        if self.header.ofs_ext != 0:
            pass
            _pos = self._io.pos()
            self._io.seek(self.header.ofs_ext)
            _io__raw__m_format_extension = KaitaiStream(BytesIO(bytearray(self.cluster_size)))
            self._io.add_child_stream(_io__raw__m_format_extension)
            _pos2 = self._io.pos()
            self._io.seek(self._io.pos() + (self.cluster_size))
            def handler(parent, _io__raw__m_format_extension=_io__raw__m_format_extension):
                self._raw__m_format_extension = _io__raw__m_format_extension.to_byte_array()
                if len(self._raw__m_format_extension) != self.cluster_size:
                    raise kaitaistruct.ConsistencyError(u"raw(format_extension)", self.cluster_size, len(self._raw__m_format_extension))
                parent.write_bytes(self._raw__m_format_extension)
            _io__raw__m_format_extension.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
            self._m_format_extension._write__seq(_io__raw__m_format_extension)
            self._io.seek(_pos)


    @property
    def ofs_data(self):
        """Start of the data area: `data_off` sectors, or when that is zero
        (allowed only for WithoutFreeSpace), the end of the BAT rounded up
        to a sector.
        """
        if hasattr(self, '_m_ofs_data'):
            return self._m_ofs_data

        self._m_ofs_data = ((self.header.data_off * 512) if self.header.data_off != 0 else ((((64 + 4 * self.header.num_bat_entries) + 511) // 512) * 512))
        return getattr(self, '_m_ofs_data', None)

    def _invalidate_ofs_data(self):
        del self._m_ofs_data

