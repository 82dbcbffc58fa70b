# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from qemuspec.formats import fw_cfg


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class FwCfgDmaAccess(ReadWriteKaitaiStruct):
    """The 16-byte descriptor a guest places in its memory to ask fw_cfg for a
    DMA transfer. The guest writes the descriptor's guest-physical address to
    the DMA address register (big-endian; on x86 the high half at port 0x514,
    then the low half at 0x518, which starts the transfer). The device then
    optionally selects an item, reads, writes or skips `len_data` bytes at
    the current offset of the selected item, and writes the control word back:
    zero on success, the error bit set on failure. All fields are big-endian.
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/specs/fw_cfg.html#guest-side-dma-interface
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(FwCfgDmaAccess, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.control = FwCfgDmaAccess.ControlWord(self._io, self, self._root)
        self.control._read()
        self.len_data = self._io.read_u4be()
        self.address = self._io.read_u8be()
        self._dirty = False


    def _fetch_instances(self):
        pass
        self.control._fetch_instances()


    def _write__seq(self, io=None):
        super(FwCfgDmaAccess, self)._write__seq(io)
        self.control._write__seq(self._io)
        self._io.write_u4be(self.len_data)
        self._io.write_u8be(self.address)


    def _check(self):
        if self.control._root != self._root:
            raise kaitaistruct.ConsistencyError(u"control", self._root, self.control._root)
        if self.control._parent != self:
            raise kaitaistruct.ConsistencyError(u"control", self, self.control._parent)
        self._dirty = False

    class ControlWord(ReadWriteKaitaiStruct):
        """The 32-bit control word. Only one operation runs: read wins over
        write, write over skip. Select may come with any of them and
        happens first.
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(FwCfgDmaAccess.ControlWord, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.selector = KaitaiStream.resolve_enum(fw_cfg.FwCfg.Key, self._io.read_bits_int_be(16))
            self.reserved = self._io.read_bits_int_be(11)
            self.op_write = self._io.read_bits_int_be(1) != 0
            self.op_select = self._io.read_bits_int_be(1) != 0
            self.op_skip = self._io.read_bits_int_be(1) != 0
            self.op_read = self._io.read_bits_int_be(1) != 0
            self.error = self._io.read_bits_int_be(1) != 0
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(FwCfgDmaAccess.ControlWord, self)._write__seq(io)
            self._io.write_bits_int_be(16, int(self.selector))
            self._io.write_bits_int_be(11, self.reserved)
            self._io.write_bits_int_be(1, int(self.op_write))
            self._io.write_bits_int_be(1, int(self.op_select))
            self._io.write_bits_int_be(1, int(self.op_skip))
            self._io.write_bits_int_be(1, int(self.op_read))
            self._io.write_bits_int_be(1, int(self.error))


        def _check(self):
            self._dirty = False



