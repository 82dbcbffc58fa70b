# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class FwCfgFileDir(ReadWriteKaitaiStruct):
    """The directory of named fw_cfg items, itself the item at key 0x0019. A
    big-endian count is followed by one 64-byte entry per file, giving the
    file's size, the selector key to read it with, and its name. Every number
    in it is big-endian, unlike the rest of fw_cfg.
    
    Read it by selecting key 0x0019 and reading 4 bytes for the count, then
    64 bytes per entry. `qemuspec fw-cfg list` prints it from a running QEMU.
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/specs/fw_cfg.html#file-directory-key-0x0019-fw-cfg-file-dir
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(FwCfgFileDir, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.num_files = self._io.read_u4be()
        self.files = []
        for i in range(self.num_files):
            _t_files = FwCfgFileDir.FileEntry(self._io, self, self._root)
            try:
                _t_files._read()
            finally:
                self.files.append(_t_files)

        self._dirty = False


    def _fetch_instances(self):
        pass
        for i in range(len(self.files)):
            pass
            self.files[i]._fetch_instances()



    def _write__seq(self, io=None):
        super(FwCfgFileDir, self)._write__seq(io)
        self._io.write_u4be(self.num_files)
        for i in range(len(self.files)):
            pass
            self.files[i]._write__seq(self._io)



    def _check(self):
        if len(self.files) != self.num_files:
            raise kaitaistruct.ConsistencyError(u"files", self.num_files, len(self.files))
        for i in range(len(self.files)):
            pass
            if self.files[i]._root != self._root:
                raise kaitaistruct.ConsistencyError(u"files", self._root, self.files[i]._root)
            if self.files[i]._parent != self:
                raise kaitaistruct.ConsistencyError(u"files", self, self.files[i]._parent)

        self._dirty = False

    class FileEntry(ReadWriteKaitaiStruct):
        """One named item (64 bytes)."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(FwCfgFileDir.FileEntry, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.len_file = self._io.read_u4be()
            self.select = self._io.read_u2be()
            self.reserved = self._io.read_u2be()
            self.name = (KaitaiStream.bytes_terminate(self._io.read_bytes(56), 0, False)).decode(u"ASCII")
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(FwCfgFileDir.FileEntry, self)._write__seq(io)
            self._io.write_u4be(self.len_file)
            self._io.write_u2be(self.select)
            self._io.write_u2be(self.reserved)
            self._io.write_bytes_limit((self.name).encode(u"ASCII"), 56, 0, 0)


        def _check(self):
            if len((self.name).encode(u"ASCII")) > 56:
                raise kaitaistruct.ConsistencyError(u"name", 56, len((self.name).encode(u"ASCII")))
            if KaitaiStream.byte_array_index_of((self.name).encode(u"ASCII"), 0) != -1:
                raise kaitaistruct.ConsistencyError(u"name", -1, KaitaiStream.byte_array_index_of((self.name).encode(u"ASCII"), 0))
            self._dirty = False



