# This is a generated file! Please edit source .ksy file and use kaitai-struct-compiler to rebuild
# type: ignore

import kaitaistruct
from kaitaistruct import ReadWriteKaitaiStruct, KaitaiStream, BytesIO
from enum import IntEnum


if getattr(kaitaistruct, 'API_VERSION', (0, 9)) < (0, 11):
    raise Exception("Incompatible Kaitai Struct Python API: 0.11 or later is required, but you have %s" % (kaitaistruct.__version__))

class Luks(ReadWriteKaitaiStruct):
    """LUKS version 1 keeps a disk's master key encrypted under up to eight
    passphrases. The header (592 bytes, every number big-endian) names the
    cipher, its mode and IV generator, and the hash used for PBKDF2 and the
    anti-forensic splitter; it holds a PBKDF2 digest of the master key, so a
    candidate key can be checked, and eight key slots. An active slot points
    at its key material: the master key split into `stripes` copies by the
    anti-forensic splitter, encrypted with a key derived from the passphrase
    by PBKDF2 with the slot's salt and iteration count.
    
    QEMU uses this header for its `luks` image format and inside qcow2 images
    with `encrypt.format=luks`: there the qcow2 "full disk encryption header
    pointer" extension says where the header lies, offsets in it count from
    its first byte, and the payload offset is not used (guest data lives in
    qcow2 clusters, each 512-byte sector encrypted with its host offset / 512
    as the IV's sector number). Offsets of key material and payload are in
    512-byte sectors.
    
    .. seealso::
       Source - https://gitlab.com/cryptsetup/cryptsetup/-/wikis/LUKS-standard/on-disk-format.pdf
    
    
    .. seealso::
       Source - https://www.qemu.org/docs/master/interop/qcow2.html#full-disk-encryption-header-pointer
    """

    class KeySlotState(IntEnum):
        disabled = 57005
        enabled = 11301363
    def __init__(self, _io=None, _parent=None, _root=None):
        super(Luks, self).__init__(_io)
        self._parent = _parent
        self._root = _root or self

    def _read(self):
        self.magic = self._io.read_bytes(6)
        if not self.magic == b"\x4C\x55\x4B\x53\xBA\xBE":
            raise kaitaistruct.ValidationNotEqualError(b"\x4C\x55\x4B\x53\xBA\xBE", self.magic, self._io, u"/seq/0")
        self.version = self._io.read_u2be()
        if not self.version == 1:
            raise kaitaistruct.ValidationNotEqualError(1, self.version, self._io, u"/seq/1")
        self.cipher_name = (KaitaiStream.bytes_terminate(self._io.read_bytes(32), 0, False)).decode(u"ASCII")
        self.cipher_mode = (KaitaiStream.bytes_terminate(self._io.read_bytes(32), 0, False)).decode(u"ASCII")
        self.hash_spec = (KaitaiStream.bytes_terminate(self._io.read_bytes(32), 0, False)).decode(u"ASCII")
        self.ofs_payload = self._io.read_u4be()
        self.len_key = self._io.read_u4be()
        self.master_key_digest = self._io.read_bytes(20)
        self.master_key_salt = self._io.read_bytes(32)
        self.master_key_iterations = self._io.read_u4be()
        self.uuid = (KaitaiStream.bytes_terminate(self._io.read_bytes(40), 0, False)).decode(u"ASCII")
        self.key_slots = []
        for i in range(8):
            _t_key_slots = Luks.KeySlot(self._io, self, self._root)
            try:
                _t_key_slots._read()
            finally:
                self.key_slots.append(_t_key_slots)

        self._dirty = False


    def _fetch_instances(self):
        pass
        for i in range(len(self.key_slots)):
            pass
            self.key_slots[i]._fetch_instances()



    def _write__seq(self, io=None):
        super(Luks, self)._write__seq(io)
        self._io.write_bytes(self.magic)
        self._io.write_u2be(self.version)
        self._io.write_bytes_limit((self.cipher_name).encode(u"ASCII"), 32, 0, 0)
        self._io.write_bytes_limit((self.cipher_mode).encode(u"ASCII"), 32, 0, 0)
        self._io.write_bytes_limit((self.hash_spec).encode(u"ASCII"), 32, 0, 0)
        self._io.write_u4be(self.ofs_payload)
        self._io.write_u4be(self.len_key)
        self._io.write_bytes(self.master_key_digest)
        self._io.write_bytes(self.master_key_salt)
        self._io.write_u4be(self.master_key_iterations)
        self._io.write_bytes_limit((self.uuid).encode(u"ASCII"), 40, 0, 0)
        for i in range(len(self.key_slots)):
            pass
            self.key_slots[i]._write__seq(self._io)



    def _check(self):
        if len(self.magic) != 6:
            raise kaitaistruct.ConsistencyError(u"magic", 6, len(self.magic))
        if not self.magic == b"\x4C\x55\x4B\x53\xBA\xBE":
            raise kaitaistruct.ValidationNotEqualError(b"\x4C\x55\x4B\x53\xBA\xBE", self.magic, None, u"/seq/0")
        if not self.version == 1:
            raise kaitaistruct.ValidationNotEqualError(1, self.version, None, u"/seq/1")
        if len((self.cipher_name).encode(u"ASCII")) > 32:
            raise kaitaistruct.ConsistencyError(u"cipher_name", 32, len((self.cipher_name).encode(u"ASCII")))
        if KaitaiStream.byte_array_index_of((self.cipher_name).encode(u"ASCII"), 0) != -1:
            raise kaitaistruct.ConsistencyError(u"cipher_name", -1, KaitaiStream.byte_array_index_of((self.cipher_name).encode(u"ASCII"), 0))
        if len((self.cipher_mode).encode(u"ASCII")) > 32:
            raise kaitaistruct.ConsistencyError(u"cipher_mode", 32, len((self.cipher_mode).encode(u"ASCII")))
        if KaitaiStream.byte_array_index_of((self.cipher_mode).encode(u"ASCII"), 0) != -1:
            raise kaitaistruct.ConsistencyError(u"cipher_mode", -1, KaitaiStream.byte_array_index_of((self.cipher_mode).encode(u"ASCII"), 0))
        if len((self.hash_spec).encode(u"ASCII")) > 32:
            raise kaitaistruct.ConsistencyError(u"hash_spec", 32, len((self.hash_spec).encode(u"ASCII")))
        if KaitaiStream.byte_array_index_of((self.hash_spec).encode(u"ASCII"), 0) != -1:
            raise kaitaistruct.ConsistencyError(u"hash_spec", -1, KaitaiStream.byte_array_index_of((self.hash_spec).encode(u"ASCII"), 0))
        if len(self.master_key_digest) != 20:
            raise kaitaistruct.ConsistencyError(u"master_key_digest", 20, len(self.master_key_digest))
        if len(self.master_key_salt) != 32:
            raise kaitaistruct.ConsistencyError(u"master_key_salt", 32, len(self.master_key_salt))
        if len((self.uuid).encode(u"ASCII")) > 40:
            raise kaitaistruct.ConsistencyError(u"uuid", 40, len((self.uuid).encode(u"ASCII")))
        if KaitaiStream.byte_array_index_of((self.uuid).encode(u"ASCII"), 0) != -1:
            raise kaitaistruct.ConsistencyError(u"uuid", -1, KaitaiStream.byte_array_index_of((self.uuid).encode(u"ASCII"), 0))
        if len(self.key_slots) != 8:
            raise kaitaistruct.ConsistencyError(u"key_slots", 8, len(self.key_slots))
        for i in range(len(self.key_slots)):
            pass
            if self.key_slots[i]._root != self._root:
                raise kaitaistruct.ConsistencyError(u"key_slots", self._root, self.key_slots[i]._root)
            if self.key_slots[i]._parent != self:
                raise kaitaistruct.ConsistencyError(u"key_slots", self, self.key_slots[i]._parent)

        self._dirty = False

    class KeySlot(ReadWriteKaitaiStruct):
        """One passphrase's way to the master key (48 bytes)."""
        def __init__(self, _io=None, _parent=None, _root=None):
            super(Luks.KeySlot, self).__init__(_io)
            self._parent = _parent
            self._root = _root
            self._should_write_key_material = False
            self.key_material__enabled = True

        def _read(self):
            self.active = KaitaiStream.resolve_enum(Luks.KeySlotState, self._io.read_u4be())
            self.iterations = self._io.read_u4be()
            self.salt = self._io.read_bytes(32)
            self.ofs_key_material = self._io.read_u4be()
            self.stripes = self._io.read_u4be()
            self._dirty = False


        def _fetch_instances(self):
            pass
            _ = self.key_material
            if hasattr(self, '_m_key_material'):
                pass



        def _write__seq(self, io=None):
            super(Luks.KeySlot, self)._write__seq(io)
            self._should_write_key_material = self.key_material__enabled
            self._io.write_u4be(int(self.active))
            self._io.write_u4be(self.iterations)
            self._io.write_bytes(self.salt)
            self._io.write_u4be(self.ofs_key_material)
            self._io.write_u4be(self.stripes)


        def _check(self):
            if len(self.salt) != 32:
                raise kaitaistruct.ConsistencyError(u"salt", 32, len(self.salt))
            if self.key_material__enabled:
                pass
                if self.is_active:
                    pass
                    if len(self._m_key_material) != self.len_key_material:
                        raise kaitaistruct.ConsistencyError(u"key_material", self.len_key_material, len(self._m_key_material))


            self._dirty = False

        @property
        def is_active(self):
            """The slot holds key material."""
            if hasattr(self, '_m_is_active'):
                return self._m_is_active

            self._m_is_active = self.active == Luks.KeySlotState.enabled
            return getattr(self, '_m_is_active', None)

        def _invalidate_is_active(self):
            del self._m_is_active
        @property
        def key_material(self):
            """The anti-forensically split master key, encrypted with the cipher
            and mode of the header under the key PBKDF2 derives from the
            passphrase; the IV counts 512-byte sectors from 0 at its start.
            """
            if self._should_write_key_material:
                self._write_key_material()
            if hasattr(self, '_m_key_material'):
                return self._m_key_material

            if not self.key_material__enabled:
                return None

            if self.is_active:
                pass
                io = self._root._io
                _pos = io.pos()
                io.seek(self.ofs_key_material * 512)
                self._m_key_material = io.read_bytes(self.len_key_material)
                io.seek(_pos)

            return getattr(self, '_m_key_material', None)

        @key_material.setter
        def key_material(self, v):
            self._dirty = True
            self._m_key_material = v

        def _write_key_material(self):
            self._should_write_key_material = False
            if self.is_active:
                pass
                io = self._root._io
                _pos = io.pos()
                io.seek(self.ofs_key_material * 512)
                io.write_bytes(self._m_key_material)
                io.seek(_pos)


        @property
        def len_key_material(self):
            """Bytes of key material (the split key, encrypted), before rounding up to a sector."""
            if hasattr(self, '_m_len_key_material'):
                return self._m_len_key_material

            self._m_len_key_material = self._root.len_key * self.stripes
            return getattr(self, '_m_len_key_material', None)

        def _invalidate_len_key_material(self):
            del self._m_len_key_material


