# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class Qcow2(ReadWriteKaitaiStruct):
    """qcow2 stores a virtual disk in a host file as fixed-size clusters. A
    two-level table (L1, then one-cluster L2 tables) maps each guest cluster to
    a host cluster, a compressed run of sectors, zeros, or nothing (read from
    the backing file, or zeros). A second two-level table (refcount table,
    then refcount blocks) counts how many times each host cluster is used, so
    that internal snapshots can share clusters and copy them on write.
    Optional parts: a backing file, header extensions, internal snapshots,
    persistent dirty bitmaps, an external data file, encryption.
    
    Every number is big-endian. Table entries are 64-bit; this spec reads them
    as bit fields of at most 32 bits and combines the halves with arithmetic
    (`hi * 4294967296 + lo`), so that JavaScript computes the same values as
    the other languages for every offset below 2^53 (8 PiB).
    
    The top level reads the header; everything else is an instance reached
    from it: `header_extensions`, `backing_file_name`, `l1_table` (and the L2
    tables under it), `refcount_table` (and its refcount blocks), `snapshots`,
    and the bitmap directory under the bitmaps extension.
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/interop/qcow2.html
    
    
    .. seealso::
       Source - https://gitlab.com/qemu-project/qemu/-/blob/master/docs/interop/qcow2.txt
    """

    class BitmapType(IntEnum):
        dirty_tracking = 1

    class CompressionType(IntEnum):
        zlib = 0
        zstd = 1

    class CryptMethod(IntEnum):
        none = 0
        aes = 1
        luks = 2

    class FeatureType(IntEnum):
        incompatible = 0
        compatible = 1
        autoclear = 2

    class HeaderExtensionType(IntEnum):
        end = 0
        full_disk_encryption = 87539319
        bitmaps = 595929205
        external_data_file = 1145132097
        feature_name_table = 1745090647
        backing_file_format = 3799591626
    def __init__(self, _io=None, _parent=None, _root=None):
        super(Qcow2, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self
        self._should_write_backing_file_name = False
        self.backing_file_name__enabled = True
        self._should_write_header_extensions = False
        self.header_extensions__enabled = True
        self._should_write_l1_table = False
        self.l1_table__enabled = True
        self._should_write_refcount_table = False
        self.refcount_table__enabled = True
        self._should_write_snapshots = False
        self.snapshots__enabled = True

    def _read(self):
        self.header = Qcow2.Header(self._io, self, self._root)
        self.header._read()
        self._dirty = False


    def _fetch_instances(self):
        pass
        self.header._fetch_instances()
        _ = self.backing_file_name
        if hasattr(self, '_m_backing_file_name'):
            pass

        _ = self.header_extensions
        if hasattr(self, '_m_header_extensions'):
            pass
            self._m_header_extensions._fetch_instances()

        _ = self.l1_table
        if hasattr(self, '_m_l1_table'):
            pass
            for i in range(len(self._m_l1_table)):
                pass
                self._m_l1_table[i]._fetch_instances()


        _ = self.refcount_table
        if hasattr(self, '_m_refcount_table'):
            pass
            for i in range(len(self._m_refcount_table)):
                pass
                self._m_refcount_table[i]._fetch_instances()


        _ = self.snapshots
        if hasattr(self, '_m_snapshots'):
            pass
            for i in range(len(self._m_snapshots)):
                pass
                self._m_snapshots[i]._fetch_instances()




    def _write__seq(self, io=None):
        super(Qcow2, self)._write__seq(io)
        self._should_write_backing_file_name = self.backing_file_name__enabled
        self._should_write_header_extensions = self.header_extensions__enabled
        self._should_write_l1_table = self.l1_table__enabled
        self._should_write_refcount_table = self.refcount_table__enabled
        self._should_write_snapshots = self.snapshots__enabled
        self.header._write__seq(self._io)


    def _check(self):
        if self.header._root != self._root:
            raise kaitaistruct.ConsistencyError(u"header", self._root, self.header._root)
        if self.header._parent != self:
            raise kaitaistruct.ConsistencyError(u"header", self, self.header._parent)
        if self.backing_file_name__enabled:
            pass
            if self.header.backing_file_offset != 0:
                pass
                if len(self._m_backing_file_name) != self.header.len_backing_file_name:
                    raise kaitaistruct.ConsistencyError(u"backing_file_name", self.header.len_backing_file_name, len(self._m_backing_file_name))


        if self.header_extensions__enabled:
            pass
            if self._m_header_extensions._root != self._root:
                raise kaitaistruct.ConsistencyError(u"header_extensions", self._root, self._m_header_extensions._root)
            if self._m_header_extensions._parent != self:
                raise kaitaistruct.ConsistencyError(u"header_extensions", self, self._m_header_extensions._parent)

        if self.l1_table__enabled:
            pass
            if len(self._m_l1_table) != self.header.num_l1_entries:
                raise kaitaistruct.ConsistencyError(u"l1_table", self.header.num_l1_entries, len(self._m_l1_table))
            for i in range(len(self._m_l1_table)):
                pass
                if self._m_l1_table[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"l1_table", self._root, self._m_l1_table[i]._root)
                if self._m_l1_table[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"l1_table", self, self._m_l1_table[i]._parent)


        if self.refcount_table__enabled:
            pass
            if len(self._m_refcount_table) != (self.header.refcount_table_clusters * self.cluster_size) // 8:
                raise kaitaistruct.ConsistencyError(u"refcount_table", (self.header.refcount_table_clusters * self.cluster_size) // 8, len(self._m_refcount_table))
            for i in range(len(self._m_refcount_table)):
                pass
                if self._m_refcount_table[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"refcount_table", self._root, self._m_refcount_table[i]._root)
                if self._m_refcount_table[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"refcount_table", self, self._m_refcount_table[i]._parent)


        if self.snapshots__enabled:
            pass
            if self.header.num_snapshots != 0:
                pass
                if len(self._m_snapshots) != self.header.num_snapshots:
                    raise kaitaistruct.ConsistencyError(u"snapshots", self.header.num_snapshots, len(self._m_snapshots))
                for i in range(len(self._m_snapshots)):
                    pass
                    if self._m_snapshots[i]._root != self._root:
                        raise kaitaistruct.ConsistencyError(u"snapshots", self._root, self._m_snapshots[i]._root)
                    if self._m_snapshots[i]._parent != self:
                        raise kaitaistruct.ConsistencyError(u"snapshots", self, self._m_snapshots[i]._parent)



        self._dirty = False

    class AutoclearFeatures(ReadWriteKaitaiStruct):
        """The 64-bit autoclear feature bitmap."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.AutoclearFeatures, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.reserved_hi = self._io.read_bits_int_be(32)
            self.reserved_lo = self._io.read_bits_int_be(30)
            self.raw_external_data = self._io.read_bits_int_be(1) != 0
            self.bitmaps = self._io.read_bits_int_be(1) != 0
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Qcow2.AutoclearFeatures, self)._write__seq(io)
            self._io.write_bits_int_be(32, self.reserved_hi)
            self._io.write_bits_int_be(30, self.reserved_lo)
            self._io.write_bits_int_be(1, int(self.raw_external_data))
            self._io.write_bits_int_be(1, int(self.bitmaps))


        def _check(self):
            self._dirty = False


    class BitmapDirectory(ReadWriteKaitaiStruct):
        """The bitmap directory, one variable-length entry per bitmap.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/qcow2.html#bitmap-directory
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.BitmapDirectory, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.entries = []
            i = 0
            while not self._io.is_eof():
                _t_entries = Qcow2.BitmapDirectoryEntry(self._io, self, self._root)
                try:
                    _t_entries._read()
                finally:
                    self.entries.append(_t_entries)
                i += 1

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



        def _write__seq(self, io=None):
            super(Qcow2.BitmapDirectory, self)._write__seq(io)
            for i in range(len(self.entries)):
                pass
                if self._io.is_eof():
                    raise kaitaistruct.ConsistencyError(u"entries", 0, self._io.size() - self._io.pos())
                self.entries[i]._write__seq(self._io)

            if not self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"entries", 0, self._io.size() - self._io.pos())


        def _check(self):
            for i in range(len(self.entries)):
                pass
                if self.entries[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"entries", self._root, self.entries[i]._root)
                if self.entries[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"entries", self, self.entries[i]._parent)

            self._dirty = False


    class BitmapDirectoryEntry(ReadWriteKaitaiStruct):
        """One bitmap."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.BitmapDirectoryEntry, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._should_write_bitmap_table = False
            self.bitmap_table__enabled = True

        def _read(self):
            self.bitmap_table_offset = self._io.read_u8be()
            self.num_bitmap_table_entries = self._io.read_u4be()
            self.flags = Qcow2.BitmapFlags(self._io, self, self._root)
            self.flags._read()
            self.type = KaitaiStream.resolve_enum(Qcow2.BitmapType, self._io.read_u1())
            self.granularity_bits = self._io.read_u1()
            self.len_name = self._io.read_u2be()
            self.len_extra_data = self._io.read_u4be()
            self.extra_data = self._io.read_bytes(self.len_extra_data)
            self.name = self._io.read_bytes(self.len_name)
            self.padding = self._io.read_bytes((8 - ((24 + self.len_extra_data) + self.len_name) % 8) % 8)
            self._dirty = False


        def _fetch_instances(self):
            pass
            self.flags._fetch_instances()
            _ = self.bitmap_table
            if hasattr(self, '_m_bitmap_table'):
                pass
                for i in range(len(self._m_bitmap_table)):
                    pass
                    self._m_bitmap_table[i]._fetch_instances()




        def _write__seq(self, io=None):
            super(Qcow2.BitmapDirectoryEntry, self)._write__seq(io)
            self._should_write_bitmap_table = self.bitmap_table__enabled
            self._io.write_u8be(self.bitmap_table_offset)
            self._io.write_u4be(self.num_bitmap_table_entries)
            self.flags._write__seq(self._io)
            self._io.write_u1(int(self.type))
            self._io.write_u1(self.granularity_bits)
            self._io.write_u2be(self.len_name)
            self._io.write_u4be(self.len_extra_data)
            self._io.write_bytes(self.extra_data)
            self._io.write_bytes(self.name)
            self._io.write_bytes(self.padding)


        def _check(self):
            if self.flags._root != self._root:
                raise kaitaistruct.ConsistencyError(u"flags", self._root, self.flags._root)
            if self.flags._parent != self:
                raise kaitaistruct.ConsistencyError(u"flags", self, self.flags._parent)
            if len(self.extra_data) != self.len_extra_data:
                raise kaitaistruct.ConsistencyError(u"extra_data", self.len_extra_data, len(self.extra_data))
            if len(self.name) != self.len_name:
                raise kaitaistruct.ConsistencyError(u"name", self.len_name, len(self.name))
            if len(self.padding) != (8 - ((24 + self.len_extra_data) + self.len_name) % 8) % 8:
                raise kaitaistruct.ConsistencyError(u"padding", (8 - ((24 + self.len_extra_data) + self.len_name) % 8) % 8, len(self.padding))
            if self.bitmap_table__enabled:
                pass
                if len(self._m_bitmap_table) != self.num_bitmap_table_entries:
                    raise kaitaistruct.ConsistencyError(u"bitmap_table", self.num_bitmap_table_entries, len(self._m_bitmap_table))
                for i in range(len(self._m_bitmap_table)):
                    pass
                    if self._m_bitmap_table[i]._root != self._root:
                        raise kaitaistruct.ConsistencyError(u"bitmap_table", self._root, self._m_bitmap_table[i]._root)
                    if self._m_bitmap_table[i]._parent != self:
                        raise kaitaistruct.ConsistencyError(u"bitmap_table", self, self._m_bitmap_table[i]._parent)


            self._dirty = False

        @property
        def bitmap_table(self):
            """The bitmap table."""
            if self._should_write_bitmap_table:
                self._write_bitmap_table()
            if hasattr(self, '_m_bitmap_table'):
                return self._m_bitmap_table

            if not self.bitmap_table__enabled:
                return None

            io = self._root._io
            _pos = io.pos()
            io.seek(self.bitmap_table_offset)
            self._m_bitmap_table = []
            for i in range(self.num_bitmap_table_entries):
                _t__m_bitmap_table = Qcow2.BitmapTableEntry(io, self, self._root)
                try:
                    _t__m_bitmap_table._read()
                finally:
                    self._m_bitmap_table.append(_t__m_bitmap_table)

            io.seek(_pos)
            return getattr(self, '_m_bitmap_table', None)

        @bitmap_table.setter
        def bitmap_table(self, v):
            self._dirty = True
            self._m_bitmap_table = v

        def _write_bitmap_table(self):
            self._should_write_bitmap_table = False
            io = self._root._io
            _pos = io.pos()
            io.seek(self.bitmap_table_offset)
            for i in range(len(self._m_bitmap_table)):
                pass
                self._m_bitmap_table[i]._write__seq(io)

            io.seek(_pos)

        @property
        def granularity(self):
            """Bytes of the disk per bit."""
            if hasattr(self, '_m_granularity'):
                return self._m_granularity

            self._m_granularity = 1 << self.granularity_bits
            return getattr(self, '_m_granularity', None)

        def _invalidate_granularity(self):
            del self._m_granularity

    class BitmapFlags(ReadWriteKaitaiStruct):
        """The 32-bit flags of a bitmap directory entry."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.BitmapFlags, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.reserved = self._io.read_bits_int_be(29)
            self.extra_data_compatible = self._io.read_bits_int_be(1) != 0
            self.enabled = self._io.read_bits_int_be(1) != 0
            self.in_use = self._io.read_bits_int_be(1) != 0
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Qcow2.BitmapFlags, self)._write__seq(io)
            self._io.write_bits_int_be(29, self.reserved)
            self._io.write_bits_int_be(1, int(self.extra_data_compatible))
            self._io.write_bits_int_be(1, int(self.enabled))
            self._io.write_bits_int_be(1, int(self.in_use))


        def _check(self):
            self._dirty = False


    class BitmapTableEntry(ReadWriteKaitaiStruct):
        """One entry of a bitmap table, for one cluster of bitmap data.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/qcow2.html#bitmap-table
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.BitmapTableEntry, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.reserved_hi = self._io.read_bits_int_be(8)
            self.offset_hi = self._io.read_bits_int_be(24)
            self.offset_lo = self._io.read_bits_int_be(23)
            self.reserved_lo = self._io.read_bits_int_be(8)
            self.all_ones = self._io.read_bits_int_be(1) != 0
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Qcow2.BitmapTableEntry, self)._write__seq(io)
            self._io.write_bits_int_be(8, self.reserved_hi)
            self._io.write_bits_int_be(24, self.offset_hi)
            self._io.write_bits_int_be(23, self.offset_lo)
            self._io.write_bits_int_be(8, self.reserved_lo)
            self._io.write_bits_int_be(1, int(self.all_ones))


        def _check(self):
            self._dirty = False

        @property
        def offset(self):
            """Host offset of the bitmap data cluster; 0 when not allocated."""
            if hasattr(self, '_m_offset'):
                return self._m_offset

            self._m_offset = (self.offset_hi * 4294967296 + self.offset_lo * 512)
            return getattr(self, '_m_offset', None)

        def _invalidate_offset(self):
            del self._m_offset

    class BitmapsExtension(ReadWriteKaitaiStruct):
        """Where the persistent bitmaps are described.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/qcow2.html#bitmaps-extension
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.BitmapsExtension, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._should_write_bitmap_directory = False
            self.bitmap_directory__enabled = True

        def _read(self):
            self.num_bitmaps = self._io.read_u4be()
            self.reserved = self._io.read_u4be()
            self.len_bitmap_directory = self._io.read_u8be()
            self.bitmap_directory_offset = self._io.read_u8be()
            self._dirty = False


        def _fetch_instances(self):
            pass
            _ = self.bitmap_directory
            if hasattr(self, '_m_bitmap_directory'):
                pass
                self._m_bitmap_directory._fetch_instances()



        def _write__seq(self, io=None):
            super(Qcow2.BitmapsExtension, self)._write__seq(io)
            self._should_write_bitmap_directory = self.bitmap_directory__enabled
            self._io.write_u4be(self.num_bitmaps)
            self._io.write_u4be(self.reserved)
            self._io.write_u8be(self.len_bitmap_directory)
            self._io.write_u8be(self.bitmap_directory_offset)


        def _check(self):
            if self.bitmap_directory__enabled:
                pass
                if self._m_bitmap_directory._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"bitmap_directory", self._root, self._m_bitmap_directory._root)
                if self._m_bitmap_directory._parent != self:
                    raise kaitaistruct.ConsistencyError(u"bitmap_directory", self, self._m_bitmap_directory._parent)

            self._dirty = False

        @property
        def bitmap_directory(self):
            """The bitmap directory."""
            if self._should_write_bitmap_directory:
                self._write_bitmap_directory()
            if hasattr(self, '_m_bitmap_directory'):
                return self._m_bitmap_directory

            if not self.bitmap_directory__enabled:
                return None

            io = self._root._io
            _pos = io.pos()
            io.seek(self.bitmap_directory_offset)
            self._raw__m_bitmap_directory = io.read_bytes(self.len_bitmap_directory)
            _io__raw__m_bitmap_directory = KaitaiStream(BytesIO(self._raw__m_bitmap_directory))
            self._m_bitmap_directory = Qcow2.BitmapDirectory(_io__raw__m_bitmap_directory, self, self._root)
            self._m_bitmap_directory._read()
            io.seek(_pos)
            return getattr(self, '_m_bitmap_directory', None)

        @bitmap_directory.setter
        def bitmap_directory(self, v):
            self._dirty = True
            self._m_bitmap_directory = v

        def _write_bitmap_directory(self):
            self._should_write_bitmap_directory = False
            io = self._root._io
            _pos = io.pos()
            io.seek(self.bitmap_directory_offset)
            _io__raw__m_bitmap_directory = KaitaiStream(BytesIO(bytearray(self.len_bitmap_directory)))
            io.add_child_stream(_io__raw__m_bitmap_directory)
            _pos2 = io.pos()
            io.seek(io.pos() + (self.len_bitmap_directory))
            def handler(parent, _io__raw__m_bitmap_directory=_io__raw__m_bitmap_directory):
                self._raw__m_bitmap_directory = _io__raw__m_bitmap_directory.to_byte_array()
                if len(self._raw__m_bitmap_directory) != self.len_bitmap_directory:
                    raise kaitaistruct.ConsistencyError(u"raw(bitmap_directory)", self.len_bitmap_directory, len(self._raw__m_bitmap_directory))
                parent.write_bytes(self._raw__m_bitmap_directory)
            _io__raw__m_bitmap_directory.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
            self._m_bitmap_directory._write__seq(_io__raw__m_bitmap_directory)
            io.seek(_pos)


    class CompatibleFeatures(ReadWriteKaitaiStruct):
        """The 64-bit compatible feature bitmap."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.CompatibleFeatures, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.reserved_hi = self._io.read_bits_int_be(32)
            self.reserved_lo = self._io.read_bits_int_be(31)
            self.lazy_refcounts = self._io.read_bits_int_be(1) != 0
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Qcow2.CompatibleFeatures, self)._write__seq(io)
            self._io.write_bits_int_be(32, self.reserved_hi)
            self._io.write_bits_int_be(31, self.reserved_lo)
            self._io.write_bits_int_be(1, int(self.lazy_refcounts))


        def _check(self):
            self._dirty = False


    class ExtendedL2Entry(ReadWriteKaitaiStruct):
        """A 128-bit extended L2 entry, the standard entry and subcluster bitmaps.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/qcow2.html#extended-l2-entries
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.ExtendedL2Entry, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.entry = Qcow2.L2Entry(self._io, self, self._root)
            self.entry._read()
            self.zero_bitmap = self._io.read_u4be()
            self.alloc_bitmap = self._io.read_u4be()
            self._dirty = False


        def _fetch_instances(self):
            pass
            self.entry._fetch_instances()


        def _write__seq(self, io=None):
            super(Qcow2.ExtendedL2Entry, self)._write__seq(io)
            self.entry._write__seq(self._io)
            self._io.write_u4be(self.zero_bitmap)
            self._io.write_u4be(self.alloc_bitmap)


        def _check(self):
            if self.entry._root != self._root:
                raise kaitaistruct.ConsistencyError(u"entry", self._root, self.entry._root)
            if self.entry._parent != self:
                raise kaitaistruct.ConsistencyError(u"entry", self, self.entry._parent)
            self._dirty = False


    class FeatureName(ReadWriteKaitaiStruct):
        """One 48-byte entry of the feature name table."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.FeatureName, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.type = KaitaiStream.resolve_enum(Qcow2.FeatureType, self._io.read_u1())
            self.bit = self._io.read_u1()
            self.name = self._io.read_bytes(46)
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Qcow2.FeatureName, self)._write__seq(io)
            self._io.write_u1(int(self.type))
            self._io.write_u1(self.bit)
            self._io.write_bytes(self.name)


        def _check(self):
            if len(self.name) != 46:
                raise kaitaistruct.ConsistencyError(u"name", 46, len(self.name))
            self._dirty = False


    class FeatureNameTable(ReadWriteKaitaiStruct):
        """Names of feature bits, for error messages about unknown features.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/qcow2.html#feature-name-table
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.FeatureNameTable, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.entries = []
            i = 0
            while not self._io.is_eof():
                _t_entries = Qcow2.FeatureName(self._io, self, self._root)
                try:
                    _t_entries._read()
                finally:
                    self.entries.append(_t_entries)
                i += 1

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                self.entries[i]._fetch_instances()



        def _write__seq(self, io=None):
            super(Qcow2.FeatureNameTable, self)._write__seq(io)
            for i in range(len(self.entries)):
                pass
                if self._io.is_eof():
                    raise kaitaistruct.ConsistencyError(u"entries", 0, self._io.size() - self._io.pos())
                self.entries[i]._write__seq(self._io)

            if not self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"entries", 0, self._io.size() - self._io.pos())


        def _check(self):
            for i in range(len(self.entries)):
                pass
                if self.entries[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"entries", self._root, self.entries[i]._root)
                if self.entries[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"entries", self, self.entries[i]._parent)

            self._dirty = False


    class FullDiskEncryptionPointer(ReadWriteKaitaiStruct):
        """Where the encryption header (LUKS) is stored."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.FullDiskEncryptionPointer, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.offset = self._io.read_u8be()
            self.len_header = self._io.read_u8be()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Qcow2.FullDiskEncryptionPointer, self)._write__seq(io)
            self._io.write_u8be(self.offset)
            self._io.write_u8be(self.len_header)


        def _check(self):
            self._dirty = False


    class Header(ReadWriteKaitaiStruct):
        """The header: 72 bytes for version 2; for version 3 at least 104 bytes,
        as many as `header_length` says (newer writers may add fields; the
        extensions start after them).
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/qcow2.html#header
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.Header, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.magic = self._io.read_bytes(4)
            if not self.magic == b"\x51\x46\x49\xFB":
                raise kaitaistruct.ValidationNotEqualError(b"\x51\x46\x49\xFB", self.magic, self._io, u"/types/header/seq/0")
            self.version = self._io.read_u4be()
            if not  ((self.version == 2) or (self.version == 3)) :
                raise kaitaistruct.ValidationNotAnyOfError(self.version, self._io, u"/types/header/seq/1")
            self.backing_file_offset = self._io.read_u8be()
            self.len_backing_file_name = self._io.read_u4be()
            self.cluster_bits = self._io.read_u4be()
            if not self.cluster_bits >= 9:
                raise kaitaistruct.ValidationLessThanError(9, self.cluster_bits, self._io, u"/types/header/seq/4")
            if not self.cluster_bits <= 21:
                raise kaitaistruct.ValidationGreaterThanError(21, self.cluster_bits, self._io, u"/types/header/seq/4")
            self.size = self._io.read_u8be()
            self.crypt_method = KaitaiStream.resolve_enum(Qcow2.CryptMethod, self._io.read_u4be())
            self.num_l1_entries = self._io.read_u4be()
            self.l1_table_offset = self._io.read_u8be()
            self.refcount_table_offset = self._io.read_u8be()
            self.refcount_table_clusters = self._io.read_u4be()
            self.num_snapshots = self._io.read_u4be()
            self.snapshots_offset = self._io.read_u8be()
            if self.version >= 3:
                pass
                self.incompatible_features = Qcow2.IncompatibleFeatures(self._io, self, self._root)
                self.incompatible_features._read()

            if self.version >= 3:
                pass
                self.compatible_features = Qcow2.CompatibleFeatures(self._io, self, self._root)
                self.compatible_features._read()

            if self.version >= 3:
                pass
                self.autoclear_features = Qcow2.AutoclearFeatures(self._io, self, self._root)
                self.autoclear_features._read()

            if self.version >= 3:
                pass
                self.refcount_order = self._io.read_u4be()
                if not self.refcount_order <= 6:
                    raise kaitaistruct.ValidationGreaterThanError(6, self.refcount_order, self._io, u"/types/header/seq/16")

            if self.version >= 3:
                pass
                self.header_length = self._io.read_u4be()
                if not self.header_length >= 104:
                    raise kaitaistruct.ValidationLessThanError(104, self.header_length, self._io, u"/types/header/seq/17")

            if  ((self.version >= 3) and (self.header_length > 104)) :
                pass
                self.compression_type = KaitaiStream.resolve_enum(Qcow2.CompressionType, self._io.read_u1())

            self._dirty = False


        def _fetch_instances(self):
            pass
            if self.version >= 3:
                pass
                self.incompatible_features._fetch_instances()

            if self.version >= 3:
                pass
                self.compatible_features._fetch_instances()

            if self.version >= 3:
                pass
                self.autoclear_features._fetch_instances()

            if self.version >= 3:
                pass

            if self.version >= 3:
                pass

            if  ((self.version >= 3) and (self.header_length > 104)) :
                pass



        def _write__seq(self, io=None):
            super(Qcow2.Header, self)._write__seq(io)
            self._io.write_bytes(self.magic)
            self._io.write_u4be(self.version)
            self._io.write_u8be(self.backing_file_offset)
            self._io.write_u4be(self.len_backing_file_name)
            self._io.write_u4be(self.cluster_bits)
            self._io.write_u8be(self.size)
            self._io.write_u4be(int(self.crypt_method))
            self._io.write_u4be(self.num_l1_entries)
            self._io.write_u8be(self.l1_table_offset)
            self._io.write_u8be(self.refcount_table_offset)
            self._io.write_u4be(self.refcount_table_clusters)
            self._io.write_u4be(self.num_snapshots)
            self._io.write_u8be(self.snapshots_offset)
            if self.version >= 3:
                pass
                self.incompatible_features._write__seq(self._io)

            if self.version >= 3:
                pass
                self.compatible_features._write__seq(self._io)

            if self.version >= 3:
                pass
                self.autoclear_features._write__seq(self._io)

            if self.version >= 3:
                pass
                self._io.write_u4be(self.refcount_order)

            if self.version >= 3:
                pass
                self._io.write_u4be(self.header_length)

            if  ((self.version >= 3) and (self.header_length > 104)) :
                pass
                self._io.write_u1(int(self.compression_type))



        def _check(self):
            if len(self.magic) != 4:
                raise kaitaistruct.ConsistencyError(u"magic", 4, len(self.magic))
            if not self.magic == b"\x51\x46\x49\xFB":
                raise kaitaistruct.ValidationNotEqualError(b"\x51\x46\x49\xFB", self.magic, None, u"/types/header/seq/0")
            if not  ((self.version == 2) or (self.version == 3)) :
                raise kaitaistruct.ValidationNotAnyOfError(self.version, None, u"/types/header/seq/1")
            if not self.cluster_bits >= 9:
                raise kaitaistruct.ValidationLessThanError(9, self.cluster_bits, None, u"/types/header/seq/4")
            if not self.cluster_bits <= 21:
                raise kaitaistruct.ValidationGreaterThanError(21, self.cluster_bits, None, u"/types/header/seq/4")
            if self.version >= 3:
                pass
                if self.incompatible_features._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"incompatible_features", self._root, self.incompatible_features._root)
                if self.incompatible_features._parent != self:
                    raise kaitaistruct.ConsistencyError(u"incompatible_features", self, self.incompatible_features._parent)

            if self.version >= 3:
                pass
                if self.compatible_features._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"compatible_features", self._root, self.compatible_features._root)
                if self.compatible_features._parent != self:
                    raise kaitaistruct.ConsistencyError(u"compatible_features", self, self.compatible_features._parent)

            if self.version >= 3:
                pass
                if self.autoclear_features._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"autoclear_features", self._root, self.autoclear_features._root)
                if self.autoclear_features._parent != self:
                    raise kaitaistruct.ConsistencyError(u"autoclear_features", self, self.autoclear_features._parent)

            if self.version >= 3:
                pass
                if not self.refcount_order <= 6:
                    raise kaitaistruct.ValidationGreaterThanError(6, self.refcount_order, None, u"/types/header/seq/16")

            if self.version >= 3:
                pass
                if not self.header_length >= 104:
                    raise kaitaistruct.ValidationLessThanError(104, self.header_length, None, u"/types/header/seq/17")

            if  ((self.version >= 3) and (self.header_length > 104)) :
                pass

            self._dirty = False

        @property
        def effective_compression_type(self):
            """The compression type in use (zlib when the field is absent)."""
            if hasattr(self, '_m_effective_compression_type'):
                return self._m_effective_compression_type

            self._m_effective_compression_type = KaitaiStream.resolve_enum(Qcow2.CompressionType, (int(self.compression_type) if  ((self.version >= 3) and (self.header_length > 104))  else 0))
            return getattr(self, '_m_effective_compression_type', None)

        def _invalidate_effective_compression_type(self):
            del self._m_effective_compression_type

    class HeaderExtension(ReadWriteKaitaiStruct):
        """One header extension."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.HeaderExtension, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.type = KaitaiStream.resolve_enum(Qcow2.HeaderExtensionType, self._io.read_u4be())
            self.len_data = self._io.read_u4be()
            _on = self.type
            if _on == Qcow2.HeaderExtensionType.backing_file_format:
                pass
                self._raw_data = self._io.read_bytes(self.len_data)
                _io__raw_data = KaitaiStream(BytesIO(self._raw_data))
                self.data = Qcow2.StringExtension(_io__raw_data, self, self._root)
                self.data._read()
            elif _on == Qcow2.HeaderExtensionType.bitmaps:
                pass
                self._raw_data = self._io.read_bytes(self.len_data)
                _io__raw_data = KaitaiStream(BytesIO(self._raw_data))
                self.data = Qcow2.BitmapsExtension(_io__raw_data, self, self._root)
                self.data._read()
            elif _on == Qcow2.HeaderExtensionType.external_data_file:
                pass
                self._raw_data = self._io.read_bytes(self.len_data)
                _io__raw_data = KaitaiStream(BytesIO(self._raw_data))
                self.data = Qcow2.StringExtension(_io__raw_data, self, self._root)
                self.data._read()
            elif _on == Qcow2.HeaderExtensionType.feature_name_table:
                pass
                self._raw_data = self._io.read_bytes(self.len_data)
                _io__raw_data = KaitaiStream(BytesIO(self._raw_data))
                self.data = Qcow2.FeatureNameTable(_io__raw_data, self, self._root)
                self.data._read()
            elif _on == Qcow2.HeaderExtensionType.full_disk_encryption:
                pass
                self._raw_data = self._io.read_bytes(self.len_data)
                _io__raw_data = KaitaiStream(BytesIO(self._raw_data))
                self.data = Qcow2.FullDiskEncryptionPointer(_io__raw_data, self, self._root)
                self.data._read()
            else:
                pass
                self.data = self._io.read_bytes(self.len_data)
            self.padding = self._io.read_bytes((8 - self.len_data % 8) % 8)
            self._dirty = False


        def _fetch_instances(self):
            pass
            _on = self.type
            if _on == Qcow2.HeaderExtensionType.backing_file_format:
                pass
                self.data._fetch_instances()
            elif _on == Qcow2.HeaderExtensionType.bitmaps:
                pass
                self.data._fetch_instances()
            elif _on == Qcow2.HeaderExtensionType.external_data_file:
                pass
                self.data._fetch_instances()
            elif _on == Qcow2.HeaderExtensionType.feature_name_table:
                pass
                self.data._fetch_instances()
            elif _on == Qcow2.HeaderExtensionType.full_disk_encryption:
                pass
                self.data._fetch_instances()
            else:
                pass


        def _write__seq(self, io=None):
            super(Qcow2.HeaderExtension, self)._write__seq(io)
            self._io.write_u4be(int(self.type))
            self._io.write_u4be(self.len_data)
            _on = self.type
            if _on == Qcow2.HeaderExtensionType.backing_file_format:
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
            elif _on == Qcow2.HeaderExtensionType.bitmaps:
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
            elif _on == Qcow2.HeaderExtensionType.external_data_file:
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
            elif _on == Qcow2.HeaderExtensionType.feature_name_table:
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
            elif _on == Qcow2.HeaderExtensionType.full_disk_encryption:
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
            _on = self.type
            if _on == Qcow2.HeaderExtensionType.backing_file_format:
                pass
                if self.data._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"data", self._root, self.data._root)
                if self.data._parent != self:
                    raise kaitaistruct.ConsistencyError(u"data", self, self.data._parent)
            elif _on == Qcow2.HeaderExtensionType.bitmaps:
                pass
                if self.data._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"data", self._root, self.data._root)
                if self.data._parent != self:
                    raise kaitaistruct.ConsistencyError(u"data", self, self.data._parent)
            elif _on == Qcow2.HeaderExtensionType.external_data_file:
                pass
                if self.data._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"data", self._root, self.data._root)
                if self.data._parent != self:
                    raise kaitaistruct.ConsistencyError(u"data", self, self.data._parent)
            elif _on == Qcow2.HeaderExtensionType.feature_name_table:
                pass
                if self.data._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"data", self._root, self.data._root)
                if self.data._parent != self:
                    raise kaitaistruct.ConsistencyError(u"data", self, self.data._parent)
            elif _on == Qcow2.HeaderExtensionType.full_disk_encryption:
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


    class HeaderExtensionArea(ReadWriteKaitaiStruct):
        """Header extensions, each padded to 8 bytes, until the end marker.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/qcow2.html#header-extensions
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.HeaderExtensionArea, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.extensions = []
            i = 0
            while True:
                _t_extensions = Qcow2.HeaderExtension(self._io, self, self._root)
                try:
                    _t_extensions._read()
                finally:
                    _ = _t_extensions
                    self.extensions.append(_)
                if  ((_.type == Qcow2.HeaderExtensionType.end) or (self._io.is_eof())) :
                    break
                i += 1
            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.extensions)):
                pass
                self.extensions[i]._fetch_instances()



        def _write__seq(self, io=None):
            super(Qcow2.HeaderExtensionArea, self)._write__seq(io)
            for i in range(len(self.extensions)):
                pass
                self.extensions[i]._write__seq(self._io)
                _ = self.extensions[i]
                if  ((_.type == Qcow2.HeaderExtensionType.end) or (self._io.is_eof()))  != (i == len(self.extensions) - 1):
                    raise kaitaistruct.ConsistencyError(u"extensions", i == len(self.extensions) - 1,  ((_.type == Qcow2.HeaderExtensionType.end) or (self._io.is_eof())) )



        def _check(self):
            if len(self.extensions) == 0:
                raise kaitaistruct.ConsistencyError(u"extensions", 0, len(self.extensions))
            for i in range(len(self.extensions)):
                pass
                if self.extensions[i]._root != self._root:
                    raise kaitaistruct.ConsistencyError(u"extensions", self._root, self.extensions[i]._root)
                if self.extensions[i]._parent != self:
                    raise kaitaistruct.ConsistencyError(u"extensions", self, self.extensions[i]._parent)

            self._dirty = False


    class IncompatibleFeatures(ReadWriteKaitaiStruct):
        """The 64-bit incompatible feature bitmap: an unknown bit set means "do not open".
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/qcow2.html#header
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.IncompatibleFeatures, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.reserved_hi = self._io.read_bits_int_be(32)
            self.reserved_lo = self._io.read_bits_int_be(27)
            self.extended_l2 = self._io.read_bits_int_be(1) != 0
            self.compression_type = self._io.read_bits_int_be(1) != 0
            self.external_data_file = self._io.read_bits_int_be(1) != 0
            self.corrupt = self._io.read_bits_int_be(1) != 0
            self.dirty = self._io.read_bits_int_be(1) != 0
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Qcow2.IncompatibleFeatures, self)._write__seq(io)
            self._io.write_bits_int_be(32, self.reserved_hi)
            self._io.write_bits_int_be(27, self.reserved_lo)
            self._io.write_bits_int_be(1, int(self.extended_l2))
            self._io.write_bits_int_be(1, int(self.compression_type))
            self._io.write_bits_int_be(1, int(self.external_data_file))
            self._io.write_bits_int_be(1, int(self.corrupt))
            self._io.write_bits_int_be(1, int(self.dirty))


        def _check(self):
            self._dirty = False


    class L1Entry(ReadWriteKaitaiStruct):
        """One entry of an L1 table, pointing at an L2 table.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/qcow2.html#cluster-mapping
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.L1Entry, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._should_write_l2_table = False
            self.l2_table__enabled = True

        def _read(self):
            self.copied = self._io.read_bits_int_be(1) != 0
            self.reserved_hi = self._io.read_bits_int_be(7)
            self.offset_hi = self._io.read_bits_int_be(24)
            self.offset_lo = self._io.read_bits_int_be(23)
            self.reserved_lo = self._io.read_bits_int_be(9)
            self._dirty = False


        def _fetch_instances(self):
            pass
            _ = self.l2_table
            if hasattr(self, '_m_l2_table'):
                pass
                self._m_l2_table._fetch_instances()



        def _write__seq(self, io=None):
            super(Qcow2.L1Entry, self)._write__seq(io)
            self._should_write_l2_table = self.l2_table__enabled
            self._io.write_bits_int_be(1, int(self.copied))
            self._io.write_bits_int_be(7, self.reserved_hi)
            self._io.write_bits_int_be(24, self.offset_hi)
            self._io.write_bits_int_be(23, self.offset_lo)
            self._io.write_bits_int_be(9, self.reserved_lo)


        def _check(self):
            if self.l2_table__enabled:
                pass
                if self.l2_offset != 0:
                    pass
                    if self._m_l2_table._root != self._root:
                        raise kaitaistruct.ConsistencyError(u"l2_table", self._root, self._m_l2_table._root)
                    if self._m_l2_table._parent != self:
                        raise kaitaistruct.ConsistencyError(u"l2_table", self, self._m_l2_table._parent)


            self._dirty = False

        @property
        def l2_offset(self):
            """Host offset of the L2 table; 0 when the whole range is unallocated."""
            if hasattr(self, '_m_l2_offset'):
                return self._m_l2_offset

            self._m_l2_offset = (self.offset_hi * 4294967296 + self.offset_lo * 512)
            return getattr(self, '_m_l2_offset', None)

        def _invalidate_l2_offset(self):
            del self._m_l2_offset
        @property
        def l2_table(self):
            """The L2 table this entry points at."""
            if self._should_write_l2_table:
                self._write_l2_table()
            if hasattr(self, '_m_l2_table'):
                return self._m_l2_table

            if not self.l2_table__enabled:
                return None

            if self.l2_offset != 0:
                pass
                io = self._root._io
                _pos = io.pos()
                io.seek(self.l2_offset)
                self._raw__m_l2_table = io.read_bytes(self._root.cluster_size)
                _io__raw__m_l2_table = KaitaiStream(BytesIO(self._raw__m_l2_table))
                self._m_l2_table = Qcow2.L2Table(_io__raw__m_l2_table, self, self._root)
                self._m_l2_table._read()
                io.seek(_pos)

            return getattr(self, '_m_l2_table', None)

        @l2_table.setter
        def l2_table(self, v):
            self._dirty = True
            self._m_l2_table = v

        def _write_l2_table(self):
            self._should_write_l2_table = False
            if self.l2_offset != 0:
                pass
                io = self._root._io
                _pos = io.pos()
                io.seek(self.l2_offset)
                _io__raw__m_l2_table = KaitaiStream(BytesIO(bytearray(self._root.cluster_size)))
                io.add_child_stream(_io__raw__m_l2_table)
                _pos2 = io.pos()
                io.seek(io.pos() + (self._root.cluster_size))
                def handler(parent, _io__raw__m_l2_table=_io__raw__m_l2_table):
                    self._raw__m_l2_table = _io__raw__m_l2_table.to_byte_array()
                    if len(self._raw__m_l2_table) != self._root.cluster_size:
                        raise kaitaistruct.ConsistencyError(u"raw(l2_table)", self._root.cluster_size, len(self._raw__m_l2_table))
                    parent.write_bytes(self._raw__m_l2_table)
                _io__raw__m_l2_table.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self._m_l2_table._write__seq(_io__raw__m_l2_table)
                io.seek(_pos)



    class L2Entry(ReadWriteKaitaiStruct):
        """A 64-bit L2 entry, mapping one guest cluster. Bits 61..0 are a
        standard or a compressed cluster descriptor, as bit 62 says; the
        instances give the fields of the one that applies.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/qcow2.html#cluster-mapping
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.L2Entry, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.copied = self._io.read_bits_int_be(1) != 0
            self.compressed = self._io.read_bits_int_be(1) != 0
            self.descriptor_hi = self._io.read_bits_int_be(30)
            self.descriptor_lo = self._io.read_u4be()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Qcow2.L2Entry, self)._write__seq(io)
            self._io.write_bits_int_be(1, int(self.copied))
            self._io.write_bits_int_be(1, int(self.compressed))
            self._io.write_bits_int_be(30, self.descriptor_hi)
            self._io.write_u4be(self.descriptor_lo)


        def _check(self):
            self._dirty = False

        @property
        def compressed_offset(self):
            """Compressed descriptor, host byte offset of the compressed data (not aligned)."""
            if hasattr(self, '_m_compressed_offset'):
                return self._m_compressed_offset

            if self.compressed:
                pass
                self._m_compressed_offset = ((self.descriptor_hi % (1 << self.compressed_shift)) * 4294967296 + self.descriptor_lo)

            return getattr(self, '_m_compressed_offset', None)

        def _invalidate_compressed_offset(self):
            del self._m_compressed_offset
        @property
        def compressed_shift(self):
            """Low bits of `descriptor_hi` that belong to the compressed offset (the offset takes the low 70 - cluster_bits bits)."""
            if hasattr(self, '_m_compressed_shift'):
                return self._m_compressed_shift

            if self.compressed:
                pass
                self._m_compressed_shift = 38 - self._root.header.cluster_bits

            return getattr(self, '_m_compressed_shift', None)

        def _invalidate_compressed_shift(self):
            del self._m_compressed_shift
        @property
        def host_offset(self):
            """Standard descriptor, bits 55..9: host cluster offset (in the data
            file when there is one); 0 when unallocated.
            """
            if hasattr(self, '_m_host_offset'):
                return self._m_host_offset

            if (not (self.compressed)):
                pass
                self._m_host_offset = ((self.descriptor_hi % 16777216) * 4294967296 + (self.descriptor_lo - self.descriptor_lo % 512))

            return getattr(self, '_m_host_offset', None)

        def _invalidate_host_offset(self):
            del self._m_host_offset
        @property
        def len_compressed_max(self):
            """Bytes from `compressed_offset` to the end of the last sector; the compressed data ends within them."""
            if hasattr(self, '_m_len_compressed_max'):
                return self._m_len_compressed_max

            if self.compressed:
                pass
                self._m_len_compressed_max = (self.num_additional_sectors + 1) * 512 - (self.compressed_offset % 512)

            return getattr(self, '_m_len_compressed_max', None)

        def _invalidate_len_compressed_max(self):
            del self._m_len_compressed_max
        @property
        def num_additional_sectors(self):
            """Compressed descriptor, 512-byte sectors used after the one holding `compressed_offset`."""
            if hasattr(self, '_m_num_additional_sectors'):
                return self._m_num_additional_sectors

            if self.compressed:
                pass
                self._m_num_additional_sectors = self.descriptor_hi >> self.compressed_shift

            return getattr(self, '_m_num_additional_sectors', None)

        def _invalidate_num_additional_sectors(self):
            del self._m_num_additional_sectors
        @property
        def reserved(self):
            """Standard descriptor, bits 61..56 and 8..1 (zero in a valid image)."""
            if hasattr(self, '_m_reserved'):
                return self._m_reserved

            if (not (self.compressed)):
                pass
                self._m_reserved = (self.descriptor_hi // 16777216) * 256 + ((self.descriptor_lo // 2) % 256)

            return getattr(self, '_m_reserved', None)

        def _invalidate_reserved(self):
            del self._m_reserved
        @property
        def zero(self):
            """Standard descriptor, bit 0, the cluster reads as zeros (version 3 without extended L2 only)."""
            if hasattr(self, '_m_zero'):
                return self._m_zero

            if (not (self.compressed)):
                pass
                self._m_zero = self.descriptor_lo % 2 == 1

            return getattr(self, '_m_zero', None)

        def _invalidate_zero(self):
            del self._m_zero

    class L2Table(ReadWriteKaitaiStruct):
        """An L2 table, one cluster of L2 entries (standard or extended)."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.L2Table, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.entries = []
            for i in range(self._root.num_l2_entries):
                _on = self._root.is_extended_l2
                if _on == False:
                    pass
                    _t_entries = Qcow2.L2Entry(self._io, self, self._root)
                    try:
                        _t_entries._read()
                    finally:
                        self.entries.append(_t_entries)
                elif _on == True:
                    pass
                    _t_entries = Qcow2.ExtendedL2Entry(self._io, self, self._root)
                    try:
                        _t_entries._read()
                    finally:
                        self.entries.append(_t_entries)

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.entries)):
                pass
                _on = self._root.is_extended_l2
                if _on == False:
                    pass
                    self.entries[i]._fetch_instances()
                elif _on == True:
                    pass
                    self.entries[i]._fetch_instances()



        def _write__seq(self, io=None):
            super(Qcow2.L2Table, self)._write__seq(io)
            for i in range(len(self.entries)):
                pass
                _on = self._root.is_extended_l2
                if _on == False:
                    pass
                    self.entries[i]._write__seq(self._io)
                elif _on == True:
                    pass
                    self.entries[i]._write__seq(self._io)



        def _check(self):
            if len(self.entries) != self._root.num_l2_entries:
                raise kaitaistruct.ConsistencyError(u"entries", self._root.num_l2_entries, len(self.entries))
            for i in range(len(self.entries)):
                pass
                _on = self._root.is_extended_l2
                if _on == False:
                    pass
                    if self.entries[i]._root != self._root:
                        raise kaitaistruct.ConsistencyError(u"entries", self._root, self.entries[i]._root)
                    if self.entries[i]._parent != self:
                        raise kaitaistruct.ConsistencyError(u"entries", self, self.entries[i]._parent)
                elif _on == True:
                    pass
                    if self.entries[i]._root != self._root:
                        raise kaitaistruct.ConsistencyError(u"entries", self._root, self.entries[i]._root)
                    if self.entries[i]._parent != self:
                        raise kaitaistruct.ConsistencyError(u"entries", self, self.entries[i]._parent)

            self._dirty = False


    class RefcountBlock(ReadWriteKaitaiStruct):
        """One cluster of refcounts, 1 << refcount_order bits each. Refcounts
        narrower than a byte are packed from the least significant bit of each
        byte; wider ones are big-endian.
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.RefcountBlock, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            if self._root.refcount_order < 3:
                pass
                self.packed_refcounts = []
                for i in range(self._root.cluster_size):
                    _on = self._root.refcount_order
                    if _on == 0:
                        pass
                        _t_packed_refcounts = Qcow2.RefcountByte1(self._io, self, self._root)
                        try:
                            _t_packed_refcounts._read()
                        finally:
                            self.packed_refcounts.append(_t_packed_refcounts)
                    elif _on == 1:
                        pass
                        _t_packed_refcounts = Qcow2.RefcountByte2(self._io, self, self._root)
                        try:
                            _t_packed_refcounts._read()
                        finally:
                            self.packed_refcounts.append(_t_packed_refcounts)
                    elif _on == 2:
                        pass
                        _t_packed_refcounts = Qcow2.RefcountByte4(self._io, self, self._root)
                        try:
                            _t_packed_refcounts._read()
                        finally:
                            self.packed_refcounts.append(_t_packed_refcounts)


            if self._root.refcount_order == 3:
                pass
                self.refcounts_b8 = []
                for i in range(self._root.cluster_size):
                    self.refcounts_b8.append(self._io.read_u1())


            if self._root.refcount_order == 4:
                pass
                self.refcounts_b16 = []
                for i in range(self._root.cluster_size // 2):
                    self.refcounts_b16.append(self._io.read_u2be())


            if self._root.refcount_order == 5:
                pass
                self.refcounts_b32 = []
                for i in range(self._root.cluster_size // 4):
                    self.refcounts_b32.append(self._io.read_u4be())


            if self._root.refcount_order == 6:
                pass
                self.refcounts_b64 = []
                for i in range(self._root.cluster_size // 8):
                    self.refcounts_b64.append(self._io.read_u8be())


            self._dirty = False


        def _fetch_instances(self):
            pass
            if self._root.refcount_order < 3:
                pass
                for i in range(len(self.packed_refcounts)):
                    pass
                    _on = self._root.refcount_order
                    if _on == 0:
                        pass
                        self.packed_refcounts[i]._fetch_instances()
                    elif _on == 1:
                        pass
                        self.packed_refcounts[i]._fetch_instances()
                    elif _on == 2:
                        pass
                        self.packed_refcounts[i]._fetch_instances()


            if self._root.refcount_order == 3:
                pass
                for i in range(len(self.refcounts_b8)):
                    pass


            if self._root.refcount_order == 4:
                pass
                for i in range(len(self.refcounts_b16)):
                    pass


            if self._root.refcount_order == 5:
                pass
                for i in range(len(self.refcounts_b32)):
                    pass


            if self._root.refcount_order == 6:
                pass
                for i in range(len(self.refcounts_b64)):
                    pass




        def _write__seq(self, io=None):
            super(Qcow2.RefcountBlock, self)._write__seq(io)
            if self._root.refcount_order < 3:
                pass
                for i in range(len(self.packed_refcounts)):
                    pass
                    _on = self._root.refcount_order
                    if _on == 0:
                        pass
                        self.packed_refcounts[i]._write__seq(self._io)
                    elif _on == 1:
                        pass
                        self.packed_refcounts[i]._write__seq(self._io)
                    elif _on == 2:
                        pass
                        self.packed_refcounts[i]._write__seq(self._io)


            if self._root.refcount_order == 3:
                pass
                for i in range(len(self.refcounts_b8)):
                    pass
                    self._io.write_u1(self.refcounts_b8[i])


            if self._root.refcount_order == 4:
                pass
                for i in range(len(self.refcounts_b16)):
                    pass
                    self._io.write_u2be(self.refcounts_b16[i])


            if self._root.refcount_order == 5:
                pass
                for i in range(len(self.refcounts_b32)):
                    pass
                    self._io.write_u4be(self.refcounts_b32[i])


            if self._root.refcount_order == 6:
                pass
                for i in range(len(self.refcounts_b64)):
                    pass
                    self._io.write_u8be(self.refcounts_b64[i])




        def _check(self):
            if self._root.refcount_order < 3:
                pass
                if len(self.packed_refcounts) != self._root.cluster_size:
                    raise kaitaistruct.ConsistencyError(u"packed_refcounts", self._root.cluster_size, len(self.packed_refcounts))
                for i in range(len(self.packed_refcounts)):
                    pass
                    _on = self._root.refcount_order
                    if _on == 0:
                        pass
                        if self.packed_refcounts[i]._root != self._root:
                            raise kaitaistruct.ConsistencyError(u"packed_refcounts", self._root, self.packed_refcounts[i]._root)
                        if self.packed_refcounts[i]._parent != self:
                            raise kaitaistruct.ConsistencyError(u"packed_refcounts", self, self.packed_refcounts[i]._parent)
                    elif _on == 1:
                        pass
                        if self.packed_refcounts[i]._root != self._root:
                            raise kaitaistruct.ConsistencyError(u"packed_refcounts", self._root, self.packed_refcounts[i]._root)
                        if self.packed_refcounts[i]._parent != self:
                            raise kaitaistruct.ConsistencyError(u"packed_refcounts", self, self.packed_refcounts[i]._parent)
                    elif _on == 2:
                        pass
                        if self.packed_refcounts[i]._root != self._root:
                            raise kaitaistruct.ConsistencyError(u"packed_refcounts", self._root, self.packed_refcounts[i]._root)
                        if self.packed_refcounts[i]._parent != self:
                            raise kaitaistruct.ConsistencyError(u"packed_refcounts", self, self.packed_refcounts[i]._parent)


            if self._root.refcount_order == 3:
                pass
                if len(self.refcounts_b8) != self._root.cluster_size:
                    raise kaitaistruct.ConsistencyError(u"refcounts_b8", self._root.cluster_size, len(self.refcounts_b8))
                for i in range(len(self.refcounts_b8)):
                    pass


            if self._root.refcount_order == 4:
                pass
                if len(self.refcounts_b16) != self._root.cluster_size // 2:
                    raise kaitaistruct.ConsistencyError(u"refcounts_b16", self._root.cluster_size // 2, len(self.refcounts_b16))
                for i in range(len(self.refcounts_b16)):
                    pass


            if self._root.refcount_order == 5:
                pass
                if len(self.refcounts_b32) != self._root.cluster_size // 4:
                    raise kaitaistruct.ConsistencyError(u"refcounts_b32", self._root.cluster_size // 4, len(self.refcounts_b32))
                for i in range(len(self.refcounts_b32)):
                    pass


            if self._root.refcount_order == 6:
                pass
                if len(self.refcounts_b64) != self._root.cluster_size // 8:
                    raise kaitaistruct.ConsistencyError(u"refcounts_b64", self._root.cluster_size // 8, len(self.refcounts_b64))
                for i in range(len(self.refcounts_b64)):
                    pass


            self._dirty = False


    class RefcountByte1(ReadWriteKaitaiStruct):
        """A byte of eight 1-bit refcounts, the first in the least significant bit."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.RefcountByte1, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.refcounts = []
            for i in range(8):
                self.refcounts.append(self._io.read_bits_int_le(1) != 0)

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.refcounts)):
                pass



        def _write__seq(self, io=None):
            super(Qcow2.RefcountByte1, self)._write__seq(io)
            for i in range(len(self.refcounts)):
                pass
                self._io.write_bits_int_le(1, int(self.refcounts[i]))



        def _check(self):
            if len(self.refcounts) != 8:
                raise kaitaistruct.ConsistencyError(u"refcounts", 8, len(self.refcounts))
            for i in range(len(self.refcounts)):
                pass

            self._dirty = False


    class RefcountByte2(ReadWriteKaitaiStruct):
        """A byte of four 2-bit refcounts, the first in the lowest bits."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.RefcountByte2, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.refcounts = []
            for i in range(4):
                self.refcounts.append(self._io.read_bits_int_le(2))

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.refcounts)):
                pass



        def _write__seq(self, io=None):
            super(Qcow2.RefcountByte2, self)._write__seq(io)
            for i in range(len(self.refcounts)):
                pass
                self._io.write_bits_int_le(2, self.refcounts[i])



        def _check(self):
            if len(self.refcounts) != 4:
                raise kaitaistruct.ConsistencyError(u"refcounts", 4, len(self.refcounts))
            for i in range(len(self.refcounts)):
                pass

            self._dirty = False


    class RefcountByte4(ReadWriteKaitaiStruct):
        """A byte of two 4-bit refcounts, the first in the low nibble."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.RefcountByte4, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.refcounts = []
            for i in range(2):
                self.refcounts.append(self._io.read_bits_int_le(4))

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.refcounts)):
                pass



        def _write__seq(self, io=None):
            super(Qcow2.RefcountByte4, self)._write__seq(io)
            for i in range(len(self.refcounts)):
                pass
                self._io.write_bits_int_le(4, self.refcounts[i])



        def _check(self):
            if len(self.refcounts) != 2:
                raise kaitaistruct.ConsistencyError(u"refcounts", 2, len(self.refcounts))
            for i in range(len(self.refcounts)):
                pass

            self._dirty = False


    class RefcountTableEntry(ReadWriteKaitaiStruct):
        """One entry of the refcount table, pointing at a refcount block.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/qcow2.html#host-cluster-management
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.RefcountTableEntry, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._should_write_refcount_block = False
            self.refcount_block__enabled = True

        def _read(self):
            self.offset_hi = self._io.read_bits_int_be(32)
            self.offset_lo = self._io.read_bits_int_be(23)
            self.reserved = self._io.read_bits_int_be(9)
            self._dirty = False


        def _fetch_instances(self):
            pass
            _ = self.refcount_block
            if hasattr(self, '_m_refcount_block'):
                pass
                self._m_refcount_block._fetch_instances()



        def _write__seq(self, io=None):
            super(Qcow2.RefcountTableEntry, self)._write__seq(io)
            self._should_write_refcount_block = self.refcount_block__enabled
            self._io.write_bits_int_be(32, self.offset_hi)
            self._io.write_bits_int_be(23, self.offset_lo)
            self._io.write_bits_int_be(9, self.reserved)


        def _check(self):
            if self.refcount_block__enabled:
                pass
                if self.block_offset != 0:
                    pass
                    if self._m_refcount_block._root != self._root:
                        raise kaitaistruct.ConsistencyError(u"refcount_block", self._root, self._m_refcount_block._root)
                    if self._m_refcount_block._parent != self:
                        raise kaitaistruct.ConsistencyError(u"refcount_block", self, self._m_refcount_block._parent)


            self._dirty = False

        @property
        def block_offset(self):
            """Host offset of the refcount block; 0 when not allocated (all its refcounts are 0)."""
            if hasattr(self, '_m_block_offset'):
                return self._m_block_offset

            self._m_block_offset = (self.offset_hi * 4294967296 + self.offset_lo * 512)
            return getattr(self, '_m_block_offset', None)

        def _invalidate_block_offset(self):
            del self._m_block_offset
        @property
        def refcount_block(self):
            """The refcount block."""
            if self._should_write_refcount_block:
                self._write_refcount_block()
            if hasattr(self, '_m_refcount_block'):
                return self._m_refcount_block

            if not self.refcount_block__enabled:
                return None

            if self.block_offset != 0:
                pass
                io = self._root._io
                _pos = io.pos()
                io.seek(self.block_offset)
                self._raw__m_refcount_block = io.read_bytes(self._root.cluster_size)
                _io__raw__m_refcount_block = KaitaiStream(BytesIO(self._raw__m_refcount_block))
                self._m_refcount_block = Qcow2.RefcountBlock(_io__raw__m_refcount_block, self, self._root)
                self._m_refcount_block._read()
                io.seek(_pos)

            return getattr(self, '_m_refcount_block', None)

        @refcount_block.setter
        def refcount_block(self, v):
            self._dirty = True
            self._m_refcount_block = v

        def _write_refcount_block(self):
            self._should_write_refcount_block = False
            if self.block_offset != 0:
                pass
                io = self._root._io
                _pos = io.pos()
                io.seek(self.block_offset)
                _io__raw__m_refcount_block = KaitaiStream(BytesIO(bytearray(self._root.cluster_size)))
                io.add_child_stream(_io__raw__m_refcount_block)
                _pos2 = io.pos()
                io.seek(io.pos() + (self._root.cluster_size))
                def handler(parent, _io__raw__m_refcount_block=_io__raw__m_refcount_block):
                    self._raw__m_refcount_block = _io__raw__m_refcount_block.to_byte_array()
                    if len(self._raw__m_refcount_block) != self._root.cluster_size:
                        raise kaitaistruct.ConsistencyError(u"raw(refcount_block)", self._root.cluster_size, len(self._raw__m_refcount_block))
                    parent.write_bytes(self._raw__m_refcount_block)
                _io__raw__m_refcount_block.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
                self._m_refcount_block._write__seq(_io__raw__m_refcount_block)
                io.seek(_pos)



    class Snapshot(ReadWriteKaitaiStruct):
        """One entry of the snapshot table (variable length, padded to 8 bytes).
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/interop/qcow2.html#snapshots
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.Snapshot, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._should_write_l1_table = False
            self.l1_table__enabled = True

        def _read(self):
            self.l1_table_offset = self._io.read_u8be()
            self.num_l1_entries = self._io.read_u4be()
            self.len_id = self._io.read_u2be()
            self.len_name = self._io.read_u2be()
            self.date_sec = self._io.read_u4be()
            self.date_nsec = self._io.read_u4be()
            self.vm_clock_nsec = self._io.read_u8be()
            self.vm_state_size_small = self._io.read_u4be()
            self.len_extra_data = self._io.read_u4be()
            self._raw_extra_data = self._io.read_bytes(self.len_extra_data)
            _io__raw_extra_data = KaitaiStream(BytesIO(self._raw_extra_data))
            self.extra_data = Qcow2.SnapshotExtraData(_io__raw_extra_data, self, self._root)
            self.extra_data._read()
            self.id = self._io.read_bytes(self.len_id)
            self.name = self._io.read_bytes(self.len_name)
            self.padding = self._io.read_bytes((self.len_padding if self.len_padding <= self._io.size() - self._io.pos() else self._io.size() - self._io.pos()))
            self._dirty = False


        def _fetch_instances(self):
            pass
            self.extra_data._fetch_instances()
            _ = self.l1_table
            if hasattr(self, '_m_l1_table'):
                pass
                for i in range(len(self._m_l1_table)):
                    pass
                    self._m_l1_table[i]._fetch_instances()




        def _write__seq(self, io=None):
            super(Qcow2.Snapshot, self)._write__seq(io)
            self._should_write_l1_table = self.l1_table__enabled
            self._io.write_u8be(self.l1_table_offset)
            self._io.write_u4be(self.num_l1_entries)
            self._io.write_u2be(self.len_id)
            self._io.write_u2be(self.len_name)
            self._io.write_u4be(self.date_sec)
            self._io.write_u4be(self.date_nsec)
            self._io.write_u8be(self.vm_clock_nsec)
            self._io.write_u4be(self.vm_state_size_small)
            self._io.write_u4be(self.len_extra_data)
            _io__raw_extra_data = KaitaiStream(BytesIO(bytearray(self.len_extra_data)))
            self._io.add_child_stream(_io__raw_extra_data)
            _pos2 = self._io.pos()
            self._io.seek(self._io.pos() + (self.len_extra_data))
            def handler(parent, _io__raw_extra_data=_io__raw_extra_data):
                self._raw_extra_data = _io__raw_extra_data.to_byte_array()
                if len(self._raw_extra_data) != self.len_extra_data:
                    raise kaitaistruct.ConsistencyError(u"raw(extra_data)", self.len_extra_data, len(self._raw_extra_data))
                parent.write_bytes(self._raw_extra_data)
            _io__raw_extra_data.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
            self.extra_data._write__seq(_io__raw_extra_data)
            self._io.write_bytes(self.id)
            self._io.write_bytes(self.name)
            if len(self.padding) != (self.len_padding if self.len_padding <= self._io.size() - self._io.pos() else self._io.size() - self._io.pos()):
                raise kaitaistruct.ConsistencyError(u"padding", (self.len_padding if self.len_padding <= self._io.size() - self._io.pos() else self._io.size() - self._io.pos()), len(self.padding))
            self._io.write_bytes(self.padding)


        def _check(self):
            if self.extra_data._root != self._root:
                raise kaitaistruct.ConsistencyError(u"extra_data", self._root, self.extra_data._root)
            if self.extra_data._parent != self:
                raise kaitaistruct.ConsistencyError(u"extra_data", self, self.extra_data._parent)
            if len(self.id) != self.len_id:
                raise kaitaistruct.ConsistencyError(u"id", self.len_id, len(self.id))
            if len(self.name) != self.len_name:
                raise kaitaistruct.ConsistencyError(u"name", self.len_name, len(self.name))
            if self.l1_table__enabled:
                pass
                if len(self._m_l1_table) != self.num_l1_entries:
                    raise kaitaistruct.ConsistencyError(u"l1_table", self.num_l1_entries, len(self._m_l1_table))
                for i in range(len(self._m_l1_table)):
                    pass
                    if self._m_l1_table[i]._root != self._root:
                        raise kaitaistruct.ConsistencyError(u"l1_table", self._root, self._m_l1_table[i]._root)
                    if self._m_l1_table[i]._parent != self:
                        raise kaitaistruct.ConsistencyError(u"l1_table", self, self._m_l1_table[i]._parent)


            self._dirty = False

        @property
        def l1_table(self):
            """The snapshot's L1 table."""
            if self._should_write_l1_table:
                self._write_l1_table()
            if hasattr(self, '_m_l1_table'):
                return self._m_l1_table

            if not self.l1_table__enabled:
                return None

            io = self._root._io
            _pos = io.pos()
            io.seek(self.l1_table_offset)
            self._m_l1_table = []
            for i in range(self.num_l1_entries):
                _t__m_l1_table = Qcow2.L1Entry(io, self, self._root)
                try:
                    _t__m_l1_table._read()
                finally:
                    self._m_l1_table.append(_t__m_l1_table)

            io.seek(_pos)
            return getattr(self, '_m_l1_table', None)

        @l1_table.setter
        def l1_table(self, v):
            self._dirty = True
            self._m_l1_table = v

        def _write_l1_table(self):
            self._should_write_l1_table = False
            io = self._root._io
            _pos = io.pos()
            io.seek(self.l1_table_offset)
            for i in range(len(self._m_l1_table)):
                pass
                self._m_l1_table[i]._write__seq(io)

            io.seek(_pos)

        @property
        def len_padding(self):
            """Bytes of padding the entry should have."""
            if hasattr(self, '_m_len_padding'):
                return self._m_len_padding

            self._m_len_padding = (8 - (((40 + self.len_extra_data) + self.len_id) + self.len_name) % 8) % 8
            return getattr(self, '_m_len_padding', None)

        def _invalidate_len_padding(self):
            del self._m_len_padding

    class SnapshotExtraData(ReadWriteKaitaiStruct):
        """The known fields of a snapshot's extra data; anything after them is kept as bytes."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.SnapshotExtraData, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            if self._io.size() >= 8:
                pass
                self.vm_state_size = self._io.read_u8be()

            if self._io.size() >= 16:
                pass
                self.disk_size = self._io.read_u8be()

            if self._io.size() >= 24:
                pass
                self.icount = self._io.read_s8be()

            self.unknown = self._io.read_bytes_full()
            self._dirty = False


        def _fetch_instances(self):
            pass
            if self._io.size() >= 8:
                pass

            if self._io.size() >= 16:
                pass

            if self._io.size() >= 24:
                pass



        def _write__seq(self, io=None):
            super(Qcow2.SnapshotExtraData, self)._write__seq(io)
            if self._io.size() >= 8:
                pass
                self._io.write_u8be(self.vm_state_size)

            if self._io.size() >= 16:
                pass
                self._io.write_u8be(self.disk_size)

            if self._io.size() >= 24:
                pass
                self._io.write_s8be(self.icount)

            self._io.write_bytes(self.unknown)
            if not self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"unknown", 0, self._io.size() - self._io.pos())


        def _check(self):
            self._dirty = False


    class StringExtension(ReadWriteKaitaiStruct):
        """A string extension (backing format, data file name), not NUL-terminated."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Qcow2.StringExtension, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.value = self._io.read_bytes_full()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(Qcow2.StringExtension, self)._write__seq(io)
            self._io.write_bytes(self.value)
            if not self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"value", 0, self._io.size() - self._io.pos())


        def _check(self):
            self._dirty = False


    @property
    def backing_file_name(self):
        """Name of the backing file (not NUL-terminated), usually in the first
        cluster. Bytes: QEMU takes them as a C string (up to a NUL, if any) and
        never checks that they are UTF-8.
        """
        if self._should_write_backing_file_name:
            self._write_backing_file_name()
        if hasattr(self, '_m_backing_file_name'):
            return self._m_backing_file_name

        if not self.backing_file_name__enabled:
            return None

        if self.header.backing_file_offset != 0:
            pass
            _pos = self._io.pos()
            self._io.seek(self.header.backing_file_offset)
            self._m_backing_file_name = self._io.read_bytes(self.header.len_backing_file_name)
            self._io.seek(_pos)

        return getattr(self, '_m_backing_file_name', None)

    @backing_file_name.setter
    def backing_file_name(self, v):
        self._dirty = True
        self._m_backing_file_name = v

    def _write_backing_file_name(self):
        self._should_write_backing_file_name = False
        if self.header.backing_file_offset != 0:
            pass
            _pos = self._io.pos()
            self._io.seek(self.header.backing_file_offset)
            self._io.write_bytes(self._m_backing_file_name)
            self._io.seek(_pos)


    @property
    def cluster_size(self):
        """Size of a cluster in bytes."""
        if hasattr(self, '_m_cluster_size'):
            return self._m_cluster_size

        self._m_cluster_size = 1 << self.header.cluster_bits
        return getattr(self, '_m_cluster_size', None)

    def _invalidate_cluster_size(self):
        del self._m_cluster_size
    @property
    def header_extensions(self):
        """The header extensions, between the header and the end of the first cluster."""
        if self._should_write_header_extensions:
            self._write_header_extensions()
        if hasattr(self, '_m_header_extensions'):
            return self._m_header_extensions

        if not self.header_extensions__enabled:
            return None

        _pos = self._io.pos()
        self._io.seek(self.len_header)
        self._raw__m_header_extensions = self._io.read_bytes(self.cluster_size - self.len_header)
        _io__raw__m_header_extensions = KaitaiStream(BytesIO(self._raw__m_header_extensions))
        self._m_header_extensions = Qcow2.HeaderExtensionArea(_io__raw__m_header_extensions, self, self._root)
        self._m_header_extensions._read()
        self._io.seek(_pos)
        return getattr(self, '_m_header_extensions', None)

    @header_extensions.setter
    def header_extensions(self, v):
        self._dirty = True
        self._m_header_extensions = v

    def _write_header_extensions(self):
        self._should_write_header_extensions = False
        _pos = self._io.pos()
        self._io.seek(self.len_header)
        _io__raw__m_header_extensions = KaitaiStream(BytesIO(bytearray(self.cluster_size - self.len_header)))
        self._io.add_child_stream(_io__raw__m_header_extensions)
        _pos2 = self._io.pos()
        self._io.seek(self._io.pos() + (self.cluster_size - self.len_header))
        def handler(parent, _io__raw__m_header_extensions=_io__raw__m_header_extensions):
            self._raw__m_header_extensions = _io__raw__m_header_extensions.to_byte_array()
            if len(self._raw__m_header_extensions) != self.cluster_size - self.len_header:
                raise kaitaistruct.ConsistencyError(u"raw(header_extensions)", self.cluster_size - self.len_header, len(self._raw__m_header_extensions))
            parent.write_bytes(self._raw__m_header_extensions)
        _io__raw__m_header_extensions.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
        self._m_header_extensions._write__seq(_io__raw__m_header_extensions)
        self._io.seek(_pos)

    @property
    def is_extended_l2(self):
        """L2 entries are 128-bit, with subcluster bitmaps."""
        if hasattr(self, '_m_is_extended_l2'):
            return self._m_is_extended_l2

        self._m_is_extended_l2 =  ((self.header.version >= 3) and (self.header.incompatible_features.extended_l2)) 
        return getattr(self, '_m_is_extended_l2', None)

    def _invalidate_is_extended_l2(self):
        del self._m_is_extended_l2
    @property
    def l1_table(self):
        """The active L1 table."""
        if self._should_write_l1_table:
            self._write_l1_table()
        if hasattr(self, '_m_l1_table'):
            return self._m_l1_table

        if not self.l1_table__enabled:
            return None

        _pos = self._io.pos()
        self._io.seek(self.header.l1_table_offset)
        self._m_l1_table = []
        for i in range(self.header.num_l1_entries):
            _t__m_l1_table = Qcow2.L1Entry(self._io, self, self._root)
            try:
                _t__m_l1_table._read()
            finally:
                self._m_l1_table.append(_t__m_l1_table)

        self._io.seek(_pos)
        return getattr(self, '_m_l1_table', None)

    @l1_table.setter
    def l1_table(self, v):
        self._dirty = True
        self._m_l1_table = v

    def _write_l1_table(self):
        self._should_write_l1_table = False
        _pos = self._io.pos()
        self._io.seek(self.header.l1_table_offset)
        for i in range(len(self._m_l1_table)):
            pass
            self._m_l1_table[i]._write__seq(self._io)

        self._io.seek(_pos)

    @property
    def len_header(self):
        """Bytes the header occupies; the header extensions start here."""
        if hasattr(self, '_m_len_header'):
            return self._m_len_header

        self._m_len_header = (self.header.header_length if self.header.version >= 3 else 72)
        return getattr(self, '_m_len_header', None)

    def _invalidate_len_header(self):
        del self._m_len_header
    @property
    def num_l2_entries(self):
        """Entries per L2 table."""
        if hasattr(self, '_m_num_l2_entries'):
            return self._m_num_l2_entries

        self._m_num_l2_entries = self.cluster_size // (16 if self.is_extended_l2 else 8)
        return getattr(self, '_m_num_l2_entries', None)

    def _invalidate_num_l2_entries(self):
        del self._m_num_l2_entries
    @property
    def refcount_order(self):
        """Width of a refcount as a power of two (version 2 images always use 16-bit refcounts)."""
        if hasattr(self, '_m_refcount_order'):
            return self._m_refcount_order

        self._m_refcount_order = (self.header.refcount_order if self.header.version >= 3 else 4)
        return getattr(self, '_m_refcount_order', None)

    def _invalidate_refcount_order(self):
        del self._m_refcount_order
    @property
    def refcount_table(self):
        """The refcount table, first level of the host cluster reference counts."""
        if self._should_write_refcount_table:
            self._write_refcount_table()
        if hasattr(self, '_m_refcount_table'):
            return self._m_refcount_table

        if not self.refcount_table__enabled:
            return None

        _pos = self._io.pos()
        self._io.seek(self.header.refcount_table_offset)
        self._m_refcount_table = []
        for i in range((self.header.refcount_table_clusters * self.cluster_size) // 8):
            _t__m_refcount_table = Qcow2.RefcountTableEntry(self._io, self, self._root)
            try:
                _t__m_refcount_table._read()
            finally:
                self._m_refcount_table.append(_t__m_refcount_table)

        self._io.seek(_pos)
        return getattr(self, '_m_refcount_table', None)

    @refcount_table.setter
    def refcount_table(self, v):
        self._dirty = True
        self._m_refcount_table = v

    def _write_refcount_table(self):
        self._should_write_refcount_table = False
        _pos = self._io.pos()
        self._io.seek(self.header.refcount_table_offset)
        for i in range(len(self._m_refcount_table)):
            pass
            self._m_refcount_table[i]._write__seq(self._io)

        self._io.seek(_pos)

    @property
    def snapshots(self):
        """The snapshot table."""
        if self._should_write_snapshots:
            self._write_snapshots()
        if hasattr(self, '_m_snapshots'):
            return self._m_snapshots

        if not self.snapshots__enabled:
            return None

        if self.header.num_snapshots != 0:
            pass
            _pos = self._io.pos()
            self._io.seek(self.header.snapshots_offset)
            self._m_snapshots = []
            for i in range(self.header.num_snapshots):
                _t__m_snapshots = Qcow2.Snapshot(self._io, self, self._root)
                try:
                    _t__m_snapshots._read()
                finally:
                    self._m_snapshots.append(_t__m_snapshots)

            self._io.seek(_pos)

        return getattr(self, '_m_snapshots', None)

    @snapshots.setter
    def snapshots(self, v):
        self._dirty = True
        self._m_snapshots = v

    def _write_snapshots(self):
        self._should_write_snapshots = False
        if self.header.num_snapshots != 0:
            pass
            _pos = self._io.pos()
            self._io.seek(self.header.snapshots_offset)
            for i in range(len(self._m_snapshots)):
                pass
                self._m_snapshots[i]._write__seq(self._io)

            self._io.seek(_pos)



