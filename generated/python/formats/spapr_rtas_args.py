# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from qemuspec.formats import spapr


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class SpaprRtasArgs(ReadWriteKaitaiStruct):
    """The block in guest memory that an RTAS call works on, whose address the
    guest's RTAS stub passes in r4 of the H_RTAS hypercall (0xf000): the
    call's token (from the /rtas node of the device tree, such as
    `get-sensor-state`), the number of arguments and of return values, the
    arguments, then room for the return values, which QEMU fills in (the
    first is the status, `spapr::rtas_status`). All words are big-endian.
    H_RTAS itself answers H_SUCCESS once the call ran, or H_PARAMETER for an
    unknown token.
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/specs/ppc-spapr-hcalls.html#h-rtas-0xf000
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(SpaprRtasArgs, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.token = self._io.read_u4be()
        self.num_args = self._io.read_u4be()
        self.num_rets = self._io.read_u4be()
        self.args = []
        for i in range(self.num_args):
            self.args.append(self._io.read_u4be())

        if self.num_rets > 0:
            pass
            self.status = KaitaiStream.resolve_enum(spapr.Spapr.RtasStatus, self._io.read_s4be())

        if self.num_rets > 1:
            pass
            self.rets = []
            for i in range(self.num_rets - 1):
                self.rets.append(self._io.read_s4be())


        self._dirty = False


    def _fetch_instances(self):
        pass
        for i in range(len(self.args)):
            pass

        if self.num_rets > 0:
            pass

        if self.num_rets > 1:
            pass
            for i in range(len(self.rets)):
                pass




    def _write__seq(self, io=None):
        super(SpaprRtasArgs, self)._write__seq(io)
        self._io.write_u4be(self.token)
        self._io.write_u4be(self.num_args)
        self._io.write_u4be(self.num_rets)
        for i in range(len(self.args)):
            pass
            self._io.write_u4be(self.args[i])

        if self.num_rets > 0:
            pass
            self._io.write_s4be(int(self.status))

        if self.num_rets > 1:
            pass
            for i in range(len(self.rets)):
                pass
                self._io.write_s4be(self.rets[i])




    def _check(self):
        if len(self.args) != self.num_args:
            raise kaitaistruct.ConsistencyError(u"args", self.num_args, len(self.args))
        for i in range(len(self.args)):
            pass

        if self.num_rets > 0:
            pass

        if self.num_rets > 1:
            pass
            if len(self.rets) != self.num_rets - 1:
                raise kaitaistruct.ConsistencyError(u"rets", self.num_rets - 1, len(self.rets))
            for i in range(len(self.rets)):
                pass


        self._dirty = False


