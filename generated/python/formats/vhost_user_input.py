# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class VhostUserInput(ReadWriteKaitaiStruct):
    """A vhost-user-input back-end is a virtio input device (keyboard, mouse,
    tablet) in another process. QEMU forwards every access the guest makes
    to its configuration space: a write is a SET_CONFIG and a read a
    GET_CONFIG of this whole 136-byte structure.
    
    The configuration space is a query: the driver writes `select` and
    `subsel`, then reads `len_answer` and the first that many bytes of
    `answer`. An answer of length zero means "not supported" (an event type
    the device does not have, an axis it does not report).
    
    The event queue carries `event`s from the device to the driver, one per
    8-byte device-writable buffer; the status queue carries events the
    other way (keyboard LEDs), one per device-readable buffer. Types and
    codes are those of Linux evdev.
    
    .. seealso::
       Virtio 1.2, section 5.8 "Input Device"
    """

    class ConfigSelect(IntEnum):
        unset = 0
        id_name = 1
        id_serial = 2
        id_devids = 3
        prop_bits = 16
        ev_bits = 17
        abs_info = 18

    class EventType(IntEnum):
        syn = 0
        key = 1
        rel = 2
        abs = 3
        msc = 4
        led = 17
        rep = 20
    def __init__(self, _io=None, _parent=None, _root=None):
        super(VhostUserInput, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.select = KaitaiStream.resolve_enum(VhostUserInput.ConfigSelect, self._io.read_u1())
        self.subsel = self._io.read_u1()
        self.len_answer = self._io.read_u1()
        self.reserved = self._io.read_bytes(5)
        _on = self.select
        if _on == VhostUserInput.ConfigSelect.abs_info:
            pass
            self._raw_answer = self._io.read_bytes(128)
            _io__raw_answer = KaitaiStream(BytesIO(self._raw_answer))
            self.answer = VhostUserInput.AbsInfo(_io__raw_answer, self, self._root)
            self.answer._read()
        elif _on == VhostUserInput.ConfigSelect.id_devids:
            pass
            self._raw_answer = self._io.read_bytes(128)
            _io__raw_answer = KaitaiStream(BytesIO(self._raw_answer))
            self.answer = VhostUserInput.Devids(_io__raw_answer, self, self._root)
            self.answer._read()
        else:
            pass
            self.answer = self._io.read_bytes(128)
        self._dirty = False


    def _fetch_instances(self):
        pass
        _on = self.select
        if _on == VhostUserInput.ConfigSelect.abs_info:
            pass
            self.answer._fetch_instances()
        elif _on == VhostUserInput.ConfigSelect.id_devids:
            pass
            self.answer._fetch_instances()
        else:
            pass


    def _write__seq(self, io=None):
        super(VhostUserInput, self)._write__seq(io)
        self._io.write_u1(int(self.select))
        self._io.write_u1(self.subsel)
        self._io.write_u1(self.len_answer)
        self._io.write_bytes(self.reserved)
        _on = self.select
        if _on == VhostUserInput.ConfigSelect.abs_info:
            pass
            _io__raw_answer = KaitaiStream(BytesIO(bytearray(128)))
            self._io.add_child_stream(_io__raw_answer)
            _pos2 = self._io.pos()
            self._io.seek(self._io.pos() + (128))
            def handler(parent, _io__raw_answer=_io__raw_answer):
                self._raw_answer = _io__raw_answer.to_byte_array()
                if len(self._raw_answer) != 128:
                    raise kaitaistruct.ConsistencyError(u"raw(answer)", 128, len(self._raw_answer))
                parent.write_bytes(self._raw_answer)
            _io__raw_answer.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
            self.answer._write__seq(_io__raw_answer)
        elif _on == VhostUserInput.ConfigSelect.id_devids:
            pass
            _io__raw_answer = KaitaiStream(BytesIO(bytearray(128)))
            self._io.add_child_stream(_io__raw_answer)
            _pos2 = self._io.pos()
            self._io.seek(self._io.pos() + (128))
            def handler(parent, _io__raw_answer=_io__raw_answer):
                self._raw_answer = _io__raw_answer.to_byte_array()
                if len(self._raw_answer) != 128:
                    raise kaitaistruct.ConsistencyError(u"raw(answer)", 128, len(self._raw_answer))
                parent.write_bytes(self._raw_answer)
            _io__raw_answer.write_back_handler = KaitaiStream.WriteBackHandler(_pos2, handler)
            self.answer._write__seq(_io__raw_answer)
        else:
            pass
            self._io.write_bytes(self.answer)


    def _check(self):
        if len(self.reserved) != 5:
            raise kaitaistruct.ConsistencyError(u"reserved", 5, len(self.reserved))
        _on = self.select
        if _on == VhostUserInput.ConfigSelect.abs_info:
            pass
            if self.answer._root != self._root:
                raise kaitaistruct.ConsistencyError(u"answer", self._root, self.answer._root)
            if self.answer._parent != self:
                raise kaitaistruct.ConsistencyError(u"answer", self, self.answer._parent)
        elif _on == VhostUserInput.ConfigSelect.id_devids:
            pass
            if self.answer._root != self._root:
                raise kaitaistruct.ConsistencyError(u"answer", self._root, self.answer._root)
            if self.answer._parent != self:
                raise kaitaistruct.ConsistencyError(u"answer", self, self.answer._parent)
        else:
            pass
            if len(self.answer) != 128:
                raise kaitaistruct.ConsistencyError(u"answer", 128, len(self.answer))
        self._dirty = False

    class AbsInfo(ReadWriteKaitaiStruct):
        """The range of one absolute axis (abs_info), as evdev's struct input_absinfo.
        
        .. seealso::
           Virtio 1.2, section 5.8.4 "Device configuration layout"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUserInput.AbsInfo, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.min = self._io.read_s4le()
            self.max = self._io.read_s4le()
            self.fuzz = self._io.read_s4le()
            self.flat = self._io.read_s4le()
            self.res = self._io.read_s4le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUserInput.AbsInfo, self)._write__seq(io)
            self._io.write_s4le(self.min)
            self._io.write_s4le(self.max)
            self._io.write_s4le(self.fuzz)
            self._io.write_s4le(self.flat)
            self._io.write_s4le(self.res)


        def _check(self):
            self._dirty = False


    class Devids(ReadWriteKaitaiStruct):
        """Bus and device identity (id_devids), as evdev's struct input_id.
        
        .. seealso::
           Virtio 1.2, section 5.8.4 "Device configuration layout"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUserInput.Devids, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.bustype = self._io.read_u2le()
            self.vendor = self._io.read_u2le()
            self.product = self._io.read_u2le()
            self.version = self._io.read_u2le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUserInput.Devids, self)._write__seq(io)
            self._io.write_u2le(self.bustype)
            self._io.write_u2le(self.vendor)
            self._io.write_u2le(self.product)
            self._io.write_u2le(self.version)


        def _check(self):
            self._dirty = False


    class Event(ReadWriteKaitaiStruct):
        """One input event (8 bytes), in an event-queue or status-queue buffer.
        
        .. seealso::
           Virtio 1.2, section 5.8.6 "Device Operation"
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(VhostUserInput.Event, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.type = KaitaiStream.resolve_enum(VhostUserInput.EventType, self._io.read_u2le())
            self.code = self._io.read_u2le()
            self.value = self._io.read_s4le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(VhostUserInput.Event, self)._write__seq(io)
            self._io.write_u2le(int(self.type))
            self._io.write_u2le(self.code)
            self._io.write_s4le(self.value)


        def _check(self):
            self._dirty = False



