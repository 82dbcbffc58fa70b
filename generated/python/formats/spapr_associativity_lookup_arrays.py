# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class SpaprAssociativityLookupArrays(ReadWriteKaitaiStruct):
    """The NUMA associativity lists of dynamically reconfigurable memory, a
    property of /ibm,dynamic-reconfiguration-memory: the number of lists M,
    the number of 32-bit entries per list N, then M lists of N entries. An
    LMB's entry in ibm,dynamic-memory names its list by index (0..M-1).
    
    .. seealso::
       Source - https://github.com/qemu/qemu/blob/master/docs/specs/ppc-spapr-hotplug.txt
    """
    def __init__(self, _io=None, _parent=None, _root=None):
        super(SpaprAssociativityLookupArrays, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.num_lists = self._io.read_u4be()
        self.len_list = self._io.read_u4be()
        _ = self.len_list
        if not  ((self.num_lists <= 65536) and ((_ * self.num_lists) * 4 <= self._io.size() - self._io.pos())) :
            raise kaitaistruct.ValidationExprError(self.len_list, self._io, u"/seq/1")
        self.lists = []
        for i in range(self.num_lists):
            _t_lists = SpaprAssociativityLookupArrays.AssociativityList(self._io, self, self._root)
            try:
                _t_lists._read()
            finally:
                self.lists.append(_t_lists)

        self._dirty = False


    def _fetch_instances(self):
        pass
        for i in range(len(self.lists)):
            pass
            self.lists[i]._fetch_instances()



    def _write__seq(self, io=None):
        super(SpaprAssociativityLookupArrays, self)._write__seq(io)
        self._io.write_u4be(self.num_lists)
        self._io.write_u4be(self.len_list)
        for i in range(len(self.lists)):
            pass
            self.lists[i]._write__seq(self._io)



    def _check(self):
        if len(self.lists) != self.num_lists:
            raise kaitaistruct.ConsistencyError(u"lists", self.num_lists, len(self.lists))
        for i in range(len(self.lists)):
            pass
            if self.lists[i]._root != self._root:
                raise kaitaistruct.ConsistencyError(u"lists", self._root, self.lists[i]._root)
            if self.lists[i]._parent != self:
                raise kaitaistruct.ConsistencyError(u"lists", self, self.lists[i]._parent)

        self._dirty = False

    class AssociativityList(ReadWriteKaitaiStruct):
        """One associativity list (N 32-bit domain numbers, most general first)."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(SpaprAssociativityLookupArrays.AssociativityList, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.domains = []
            for i in range(self._parent.len_list):
                self.domains.append(self._io.read_u4be())

            self._dirty = False


        def _fetch_instances(self):
            pass
            for i in range(len(self.domains)):
                pass



        def _write__seq(self, io=None):
            super(SpaprAssociativityLookupArrays.AssociativityList, self)._write__seq(io)
            for i in range(len(self.domains)):
                pass
                self._io.write_u4be(self.domains[i])



        def _check(self):
            if len(self.domains) != self._parent.len_list:
                raise kaitaistruct.ConsistencyError(u"domains", self._parent.len_list, len(self.domains))
            for i in range(len(self.domains)):
                pass

            self._dirty = False



