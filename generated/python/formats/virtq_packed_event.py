# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class VirtqPackedEvent(ReadWriteKaitaiStruct):
    """Each side of a packed virtqueue (see `virtq_packed_ring`) has one of
    these 4-byte structures and says in it when it wants to hear from the
    other side: the driver's (what vhost-user's SET_VRING_ADDR calls the
    available ring) says when the device should notify (interrupt), the
    device's (the "used ring" address) says when the driver should kick.
    
    With `mode` enable every buffer is signalled, with disable none; with
    desc (only when VIRTIO_F_EVENT_IDX was negotiated) a signal is wanted
    once the other side has gone past the slot `offset` in the lap whose
    wrap counter is `wrap`. The reader decides after a full memory barrier.
    
    .. seealso::
       Virtio 1.2, section 2.8.14 "Event Suppression Structure Format"
    """

    class EventMode(IntEnum):
        enable = 0
        disable = 1
        desc = 2
        reserved = 3
    def __init__(self, _io=None, _parent=None, _root=None):
        super(VirtqPackedEvent, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.offset = self._io.read_bits_int_le(15)
        self.wrap = self._io.read_bits_int_le(1) != 0
        self.mode = KaitaiStream.resolve_enum(VirtqPackedEvent.EventMode, self._io.read_bits_int_le(2))
        self.reserved = self._io.read_bits_int_le(14)
        self._dirty = False


    def _fetch_instances(self):
        pass


    def _write__seq(self, io=None):
        super(VirtqPackedEvent, self)._write__seq(io)
        self._io.write_bits_int_le(15, self.offset)
        self._io.write_bits_int_le(1, int(self.wrap))
        self._io.write_bits_int_le(2, int(self.mode))
        self._io.write_bits_int_le(14, self.reserved)


    def _check(self):
        self._dirty = False


