# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class IvshmemProtocol(ReadWriteKaitaiStruct):
    """What an ivshmem server sends over the UNIX socket to each client (a QEMU
    `ivshmem-doorbell` device, or a program): a stream of messages, each one
    8-byte little-endian signed number. A message may come with one file
    descriptor, passed beside the bytes as SCM_RIGHTS ancillary data; the
    descriptor is not part of the byte stream, so this spec sees the numbers
    only. The connection is one-way: clients never send anything.
    
    Right after a client connects, the server sends, in this order:
    
    | # | number | descriptor | meaning |
    |---|---|---|---|
    | 1 | 0 | none | protocol version (zero; the client leaves on any other) |
    | 2 | the client's ID (0..65535) | none | who the client is; the first client gets 0 |
    | 3 | -1 | shared memory | the memory every client maps (QEMU's BAR2) |
    | 4 | a peer's ID, N times per peer | one eventfd each | interrupt that peer on vector 0..N-1, in order |
    | 5 | the client's own ID, N times | one eventfd each | the client's own vectors 0..N-1, to wait on |
    
    Later, whenever a client joins, every other client gets step 4 for it
    (its ID N times, each with an eventfd); when one leaves, every other
    client gets its ID once, without a descriptor. A client configured for
    fewer than N vectors closes the extra descriptors; one configured for
    more leaves the extra vectors unconnected.
    
    A client interrupts a peer by writing the 8-byte number 1 (host byte
    order) to the eventfd of that peer's vector, and takes interrupts by
    reading and dropping the counters of its own eventfds.
    
    Our server (`qemuspec ivshmem-server`) answers a connection it cannot
    give an ID to (all 65536 in use) with the version and then -1 without a
    descriptor in place of the ID, and closes it: QEMU stops with "server
    sent invalid ID message" and our client reports the refusal, where a
    silent close would leave QEMU waiting forever.
    
    Before QEMU 2.5 the numbers were native-endian `long` and there was no
    version message; this spec covers the current protocol only.
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-client-server-protocol
    """

    class SpecialValues(IntEnum):
        shared_memory = -1
        protocol_version = 0
        max_id = 65535
    def __init__(self, _io=None, _parent=None, _root=None):
        super(IvshmemProtocol, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.messages = []
        i = 0
        while not self._io.is_eof():
            _t_messages = IvshmemProtocol.Message(self._io, self, self._root)
            try:
                _t_messages._read()
            finally:
                self.messages.append(_t_messages)
            i += 1

        self._dirty = False


    def _fetch_instances(self):
        pass
        for i in range(len(self.messages)):
            pass
            self.messages[i]._fetch_instances()



    def _write__seq(self, io=None):
        super(IvshmemProtocol, self)._write__seq(io)
        for i in range(len(self.messages)):
            pass
            if self._io.is_eof():
                raise kaitaistruct.ConsistencyError(u"messages", 0, self._io.size() - self._io.pos())
            self.messages[i]._write__seq(self._io)

        if not self._io.is_eof():
            raise kaitaistruct.ConsistencyError(u"messages", 0, self._io.size() - self._io.pos())


    def _check(self):
        for i in range(len(self.messages)):
            pass
            if self.messages[i]._root != self._root:
                raise kaitaistruct.ConsistencyError(u"messages", self._root, self.messages[i]._root)
            if self.messages[i]._parent != self:
                raise kaitaistruct.ConsistencyError(u"messages", self, self.messages[i]._parent)

        self._dirty = False

    class Message(ReadWriteKaitaiStruct):
        """One server message. Its meaning depends on where it is in the stream
        and on whether a descriptor came with it, which only the receiver of
        the socket knows; the instances say what the number alone allows.
        
        .. seealso::
           Source - https://www.qemu.org/docs/master/specs/ivshmem-spec.html#the-ivshmem-client-server-protocol
        """
        def __init__(self, _io=None, _parent=None, _root=None):
            super(IvshmemProtocol.Message, self).__init__(_io)
            self._parent = _parent
            self._root = _root

        def _read(self):
            self.value = self._io.read_s8le()
            self._dirty = False


        def _fetch_instances(self):
            pass


        def _write__seq(self, io=None):
            super(IvshmemProtocol.Message, self)._write__seq(io)
            self._io.write_s8le(self.value)


        def _check(self):
            self._dirty = False

        @property
        def is_peer_id(self):
            """A number in the ID range: the version or the client's own ID at
            the start, later a peer connect (with descriptor) or disconnect
            (without), or the client's own vectors.
            """
            if hasattr(self, '_m_is_peer_id'):
                return self._m_is_peer_id

            self._m_is_peer_id =  ((self.value >= 0) and (self.value <= 65535)) 
            return getattr(self, '_m_is_peer_id', None)

        def _invalidate_is_peer_id(self):
            del self._m_is_peer_id
        @property
        def is_shared_memory(self):
            """The shared-memory message (with a descriptor) or, from our server in place of an ID, a refusal."""
            if hasattr(self, '_m_is_shared_memory'):
                return self._m_is_shared_memory

            self._m_is_shared_memory = self.value == -1
            return getattr(self, '_m_is_shared_memory', None)

        def _invalidate_is_shared_memory(self):
            del self._m_is_shared_memory
        @property
        def is_valid(self):
            """Whether a client can accept the number at all (QEMU refuses anything else)."""
            if hasattr(self, '_m_is_valid'):
                return self._m_is_valid

            self._m_is_valid =  ((self.value >= -1) and (self.value <= 65535)) 
            return getattr(self, '_m_is_valid', None)

        def _invalidate_is_valid(self):
            del self._m_is_valid


