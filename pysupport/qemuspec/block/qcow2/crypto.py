"""Encrypted qcow2 images: LUKS (``encrypt.format=luks``) and the legacy AES method.

Opening an encrypted image needs no key: the LUKS header (``ksy/luks.ksy``,
where the qcow2 "full disk encryption header pointer" extension says) is
parsed and checked as QEMU checks it, which is all ``qemu-img info`` shows.
Reading guest data needs the passphrase: :meth:`LuksEncryption.unlock` tries
every active key slot (PBKDF2, decryption of the slot's key material, the
anti-forensic merge) until the master key matches the header's digest.

Guest data is encrypted in 512-byte sectors. For LUKS the IV's sector number
is the sector's host offset / 512 (QEMU's ``crypt_physical_offset``); the
legacy method uses the guest offset / 512, AES-128-CBC and a key that is the
passphrase's first 16 bytes, padded with zeros.

A new image gets a LUKS header from :func:`new_luks_header` (QEMU's layout and
defaults); the writer encrypts what it writes through :class:`EncryptingFile`.
The legacy method is never written; :func:`refuse_writing` says so.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from dataclasses import dataclass

from ...errors import FormatError, UsageError
from ...fields import FIELDS
from ...formats.luks import Luks
from ...specs import parse, read_instance, serialize

__all__ = ["Qcow2Encryption", "LuksEncryption", "LegacyAesEncryption", "open_encryption", "unlock",
           "require_key", "refuse_writing", "LuksOptions", "new_luks_header", "af_split",
           "EncryptingFile"]

SECTOR = 512
LUKS_STRIPES = 4000                 # QEMU refuses key slots with any other count
LUKS_PHDR_BYTES = 592               # the header before the key material
_LUKS, _SLOT = FIELDS["luks"], FIELDS["luks::key_slot"]   # offsets and widths generated from ksy/
LUKS_SLOT_OFFSET = _LUKS["key_slots"][0]  # where the first key slot starts in the header (208)
LUKS_SLOT_BYTES = _LUKS["key_slots"][1] // 8  # 48: the header holds 8 slots
MAX_LUKS_HEADER = 256 << 20         # far above what QEMU writes (about 2 MiB for 8 slots of 64-byte keys)
HASHES = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "ripemd160", "sm3")
CIPHERS_KEY_BYTES = {"aes": (16, 24, 32), "serpent": (16, 24, 32), "twofish": (16, 24, 32), "cast5": (16,),
                     "sm4": (16,)}
MODES = ("ecb", "cbc", "xts", "ctr")
IVGENS = ("plain", "plain64", "essiv")


def _encrypted_error(message: str):
    from .image import EncryptedImageError  # here: image imports this module lazily

    return EncryptedImageError(message, structure="qcow2::header", field="crypt_method")


class Qcow2Encryption:
    """What every encryption method offers the reader."""

    format = ""
    physical_iv = False     # whether the IV counts host sectors (LUKS) or guest sectors (legacy AES)

    def __init__(self) -> None:
        self._sector_cipher = None

    @property
    def unlocked(self) -> bool:
        return self._sector_cipher is not None

    def info(self) -> dict:
        return {"format": self.format}

    def unlock(self, secret: bytes) -> None:
        raise NotImplementedError

    def read(self, fd: int, host: int, guest: int, view: memoryview) -> None:
        """Fill ``view`` with the plain text of guest bytes ``guest``.. stored at ``host`` in ``fd``.

        The whole sectors around the range are read and decrypted (past the end of
        the file they read as zeros before decryption, as in QEMU).
        """
        if self._sector_cipher is None:
            raise _encrypted_error(f"the image is encrypted ({self.format}); give the key: "
                                   "--object secret,id=ID,data=PASSPHRASE (or file=PATH) and "
                                   "--image-opts driver=qcow2,file.filename=FILE,encrypt.key-secret=ID")
        if (host - guest) % SECTOR:
            raise FormatError(f"encrypted data at {host:#x} for guest offset {guest:#x} is not sector-aligned",
                              structure="qcow2::l2_entry", field="host_offset", expected="whole sectors")
        from ..image import preadinto

        lead = host % SECTOR
        start = host - lead
        base = start if self.physical_iv else guest - lead
        if not lead and not len(view) % SECTOR and not view.readonly:  # whole sectors: in place
            got = preadinto(fd, view, start)
            view[got:] = bytes(len(view) - got)
            self._sector_cipher.decrypt(base // SECTOR, view)
            return
        buf = bytearray(-(-(lead + len(view)) // SECTOR) * SECTOR)
        preadinto(fd, memoryview(buf), start)  # a short read leaves zeros
        self._sector_cipher.decrypt(base // SECTOR, memoryview(buf))
        view[:] = buf[lead:lead + len(view)]


class _SectorCipher:
    """A cipher, its mode and IV generator, applied to 512-byte sectors (QEMU's ``QCryptoBlock`` ciphers).

    Runs of whole sectors are done in bulk: one ECB pass of AES over the run,
    with the XTS tweaks (or the CBC chaining) computed by numpy for all
    sectors at once, so a megabyte costs two library calls, not 2048 cipher
    contexts. A run may end in a part of a sector (the 96000 bytes of an
    aes-192-cbc key slot do); that part is done alone.
    """

    def __init__(self, cipher: str, mode: str, ivgen: str | None, ivhash: str | None, key: bytes) -> None:
        if cipher != "aes":
            raise UsageError(f"the image's cipher {cipher} is not one qemuspec decrypts (it decrypts aes)")
        if mode not in ("xts", "cbc", "ecb"):
            raise UsageError(f"the image's cipher mode {mode} is not one qemuspec decrypts (xts, cbc, ecb)")
        self.mode, self.ivgen, self.key = mode, ivgen, key
        self._data_key, self._tweak_key = (key[:len(key) // 2], key[len(key) // 2:]) if mode == "xts" else (key, b"")
        self._essiv_key = hashlib.new(ivhash, key).digest() if ivgen == "essiv" else None

    def _ivs(self, first_sector: int, count: int) -> bytes:
        """The IVs of ``count`` sectors from ``first_sector``, 16 bytes each."""
        import numpy as np

        ivs = np.zeros((count, 2), dtype="<u8")
        sectors = np.arange(count, dtype=np.uint64) + np.uint64(first_sector & 0xFFFFFFFFFFFFFFFF)
        ivs[:, 0] = sectors & np.uint64(0xFFFFFFFF) if self.ivgen == "plain" else sectors
        raw = ivs.tobytes()
        return _ecb(self._essiv_key, True, raw) if self._essiv_key is not None else raw

    def decrypt(self, first_sector: int, view: memoryview) -> None:
        self._apply(first_sector, view, encrypt=False)

    def encrypt(self, first_sector: int, view: memoryview) -> None:
        self._apply(first_sector, view, encrypt=True)

    def _apply(self, first_sector: int, view: memoryview, encrypt: bool) -> None:
        if len(view) % 16:
            raise ValueError("encrypted data comes in 16-byte blocks")
        if self.mode == "ecb":
            view[:] = _ecb(self.key, encrypt, bytes(view))
            return
        whole = len(view) // SECTOR * SECTOR
        if whole:
            run = view[:whole]
            if self.mode == "xts":
                self._xts(first_sector, run, encrypt)
            elif encrypt:  # CBC chains inside a sector: one context per sector
                self._one_by_one(first_sector, run, encrypt)
            else:
                self._cbc_decrypt(first_sector, run)
        if whole < len(view):
            self._one_by_one(first_sector + whole // SECTOR, view[whole:], encrypt)

    def _xts(self, first_sector: int, view: memoryview, encrypt: bool) -> None:
        """XTS: each 16-byte block is XORed with its tweak before and after AES under the data key; a
        sector's first tweak is its IV under the tweak key, each next one the last times x in GF(2^128).

        Done in pieces of 128 KiB, which stay in the CPU's cache while they are XORed three times."""
        for start in range(0, len(view), _XTS_PIECE):
            piece = view[start:start + _XTS_PIECE]
            self._xts_piece(first_sector + start // SECTOR, piece, encrypt)

    def _xts_piece(self, first_sector: int, view: memoryview, encrypt: bool) -> None:
        import numpy as np

        count = len(view) // SECTOR
        blocks = SECTOR // 16
        first = np.frombuffer(_ecb(self._tweak_key, True, self._ivs(first_sector, count)), dtype="<u8")
        lo, hi = first[0::2].copy(), first[1::2].copy()
        tweaks = np.empty((count, blocks, 2), dtype="<u8")
        one, top, poly = np.uint64(1), np.uint64(63), np.uint64(0x87)
        for j in range(blocks):
            tweaks[:, j, 0], tweaks[:, j, 1] = lo, hi
            carry = hi >> top
            hi = (hi << one) | (lo >> top)
            lo = (lo << one) ^ (carry * poly)
        data = np.frombuffer(view, dtype="<u8").reshape(count, blocks, 2)
        if data.flags.writeable:  # in place: no copies of the run
            data ^= tweaks
            done = np.frombuffer(_ecb(self._data_key, encrypt, view), dtype="<u8")  # view is data
            np.bitwise_xor(done.reshape(count, blocks, 2), tweaks, out=data)
        else:
            done = np.frombuffer(_ecb(self._data_key, encrypt, (data ^ tweaks).tobytes()), dtype="<u8")
            view[:] = (done.reshape(count, blocks, 2) ^ tweaks).tobytes()

    def _cbc_decrypt(self, first_sector: int, view: memoryview) -> None:
        """CBC decryption: every block under AES, then XORed with the block before it (the IV first)."""
        import numpy as np

        count = len(view) // SECTOR
        cipher_text = np.frombuffer(bytes(view), dtype=np.uint8).reshape(count, SECTOR)
        before = np.empty_like(cipher_text)
        before[:, :16] = np.frombuffer(self._ivs(first_sector, count), dtype=np.uint8).reshape(count, 16)
        before[:, 16:] = cipher_text[:, :-16]
        plain = np.frombuffer(_ecb(self.key, False, cipher_text.tobytes()), dtype=np.uint8).reshape(count, SECTOR)
        view[:] = (plain ^ before).tobytes()

    def _one_by_one(self, first_sector: int, view: memoryview, encrypt: bool) -> None:
        from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

        mode = modes.XTS if self.mode == "xts" else modes.CBC
        algorithm = algorithms.AES(self.key)
        for index, start in enumerate(range(0, len(view), SECTOR)):
            chunk = view[start:start + SECTOR]
            cipher = Cipher(algorithm, mode(self._ivs(first_sector + index, 1)))
            context = cipher.encryptor() if encrypt else cipher.decryptor()
            chunk[:] = context.update(bytes(chunk))


_XTS_PIECE = 128 << 10


def _ecb(key: bytes, encrypt: bool, data) -> bytes:
    """AES in ECB mode over whole 16-byte blocks (the building block of the bulk modes)."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    cipher = Cipher(algorithms.AES(key), modes.ECB())
    context = cipher.encryptor() if encrypt else cipher.decryptor()
    return context.update(data) + context.finalize()


# -- LUKS ------------------------------------------------------------------------------


class LuksEncryption(Qcow2Encryption):
    """The LUKS header of a qcow2 image, checked, and after :meth:`unlock` its master key."""

    format = "luks"
    physical_iv = True

    def __init__(self, raw: bytes, file_offset: int) -> None:
        super().__init__()
        self.raw = raw
        self.file_offset = file_offset
        try:
            self.header = parse(Luks, raw, fetch_instances=False)
        except FormatError as exc:  # the parser counts from the LUKS header, errors count from the file
            raise type(exc)(exc.message, structure=exc.structure, field=exc.field,
                            offset=None if exc.offset is None else file_offset + exc.offset,
                            expected=exc.expected) from exc
        self._check()

    def _error(self, message: str, field: str, at: int, expected: str | None = None, slot: int | None = None):
        structure = "luks" if slot is None else f"luks::key_slot[{slot}]"
        return FormatError(message, structure=structure, field=field, offset=self.file_offset + at,
                           expected=expected)

    def _check(self) -> None:
        """The checks QEMU makes when it opens a LUKS header, info or not."""
        h = self.header
        self.cipher_name = h.cipher_name.lower()
        if self.cipher_name not in CIPHERS_KEY_BYTES:
            raise self._error(f"unknown cipher {h.cipher_name!r}", "cipher_name", _LUKS["cipher_name"][0],
                              ", ".join(CIPHERS_KEY_BYTES))
        mode, _, ivgen = h.cipher_mode.lower().partition("-")
        ivgen, _, ivhash = ivgen.partition(":")
        if mode not in MODES:
            raise self._error(f"unknown cipher mode {h.cipher_mode!r}", "cipher_mode", _LUKS["cipher_mode"][0], ", ".join(MODES))
        if not ivgen:
            raise self._error(f"cipher mode {h.cipher_mode!r} names no IV generator", "cipher_mode", _LUKS["cipher_mode"][0],
                              "MODE-IVGEN, for example xts-plain64")
        if ivgen not in IVGENS:
            raise self._error(f"unknown IV generator in {h.cipher_mode!r}", "cipher_mode", _LUKS["cipher_mode"][0], ", ".join(IVGENS))
        if ivgen == "essiv" and ivhash not in HASHES:
            raise self._error(f"unknown ESSIV hash in {h.cipher_mode!r}", "cipher_mode", _LUKS["cipher_mode"][0], ", ".join(HASHES))
        if ivgen == "essiv" and _digest_size(ivhash) not in (16, 24, 32):
            raise self._error(f"ESSIV with {ivhash}: no AES key has its digest's size", "cipher_mode", _LUKS["cipher_mode"][0],
                              "a hash of 16, 24 or 32 bytes (md5, sha256)")
        self.mode, self.ivgen, self.ivhash = mode, ivgen, ivhash or None
        self.hash = h.hash_spec.lower()
        if self.hash not in HASHES or not _digest_size(self.hash):
            raise self._error(f"unknown hash {h.hash_spec!r}", "hash_spec", _LUKS["hash_spec"][0], ", ".join(HASHES))
        cipher_key = h.len_key // 2 if mode == "xts" else h.len_key
        if h.len_key % 2 and mode == "xts" or cipher_key not in CIPHERS_KEY_BYTES[self.cipher_name]:
            raise self._error(f"key of {h.len_key} bytes for {self.cipher_name} in {mode} mode", "len_key", _LUKS["len_key"][0],
                              "/".join(str(n * (2 if mode == "xts" else 1))
                                       for n in CIPHERS_KEY_BYTES[self.cipher_name]) + " bytes")
        self.cipher_alg = f"{self.cipher_name}-{cipher_key * 8}"
        first_free = -(-LUKS_PHDR_BYTES // SECTOR)  # key material may not overlap the 592-byte header
        spans = []
        for index, slot in enumerate(h.key_slots):
            at = LUKS_SLOT_OFFSET + index * LUKS_SLOT_BYTES
            if not isinstance(slot.active, Luks.KeySlotState):
                raise self._error(f"key slot state {int(slot.active):#010x}", "active", at,
                                  "0x00ac71f3 (active) or 0x0000dead (inactive)", index)
            if slot.stripes != LUKS_STRIPES:
                raise self._error(f"{slot.stripes} stripes", "stripes", at + _SLOT["stripes"][0], str(LUKS_STRIPES), index)
            if slot.is_active and slot.iterations == 0:
                raise self._error("an active key slot with 0 iterations", "iterations", at + _SLOT["iterations"][0], "at least 1", index)
            start = slot.ofs_key_material
            sectors = -(-h.len_key * slot.stripes // SECTOR)
            if start < first_free:
                raise self._error(f"key material at sector {start} overlaps the header", "ofs_key_material",
                                  at + _SLOT["ofs_key_material"][0], f"sector {first_free} or later", index)
            if h.ofs_payload < start + sectors:
                raise self._error(f"key material (sectors {start}..{start + sectors}) overlaps the payload at "
                                  f"sector {h.ofs_payload}", "ofs_key_material", at + _SLOT["ofs_key_material"][0],
                                  "key material before the payload offset", index)
            for other, (o_start, o_end) in enumerate(spans):
                if start < o_end and o_start < start + sectors:
                    raise self._error(f"key material overlaps key slot {other}'s", "ofs_key_material", at + _SLOT["ofs_key_material"][0],
                                      "disjoint key material", index)
            spans.append((start, start + sectors))

    def info(self) -> dict:
        """``format-specific.data.encrypt`` of ``qemu-img info`` (keys in QEMU's order)."""
        h = self.header
        slots = []
        for slot in h.key_slots:
            entry = {"active": slot.is_active}
            if slot.is_active:
                entry["iters"] = slot.iterations
            entry["key-offset"] = slot.ofs_key_material * SECTOR
            if slot.is_active:
                entry["stripes"] = slot.stripes
            slots.append(entry)
        out = {"cipher-alg": self.cipher_alg, "cipher-mode": self.mode, "hash-alg": self.hash,
               "payload-offset": h.ofs_payload * SECTOR, "master-key-iters": h.master_key_iterations,
               "uuid": h.uuid, "slots": slots, "format": "luks"}
        out["ivgen-alg"] = self.ivgen
        if self.ivhash:
            out["ivgen-hash-alg"] = self.ivhash
        from ..info import qdict_order

        return qdict_order(out)

    def unlock(self, secret: bytes) -> None:
        """Find the master key with ``secret``; QEMU's error when no active slot takes it."""
        for index, slot in enumerate(self.header.key_slots):
            master = self._open_slot(index, secret) if slot.is_active else None
            if master is not None:
                self.master_key = master
                self._sector_cipher = _SectorCipher(self.cipher_name, self.mode, self.ivgen, self.ivhash, master)
                return
        raise UsageError("Invalid password, cannot unlock any keyslot")

    def slot_opens(self, index: int, secret: bytes) -> bool:
        """Whether key slot ``index`` is active and ``secret`` opens it."""
        return self.header.key_slots[index].is_active and self._open_slot(index, secret) is not None

    def _open_slot(self, index: int, secret: bytes) -> bytes | None:
        """The master key slot ``index`` gives for ``secret``, or None when it is another passphrase's."""
        h = self.header
        slot = h.key_slots[index]
        at = slot.ofs_key_material * SECTOR
        length = h.len_key * slot.stripes
        if at + length > len(self.raw):
            raise self._error(f"key material of {length} bytes at {at:#x} runs past the {len(self.raw)}-byte "
                              "encryption header", "ofs_key_material",
                              LUKS_SLOT_OFFSET + index * LUKS_SLOT_BYTES + _SLOT["ofs_key_material"][0],
                              "key material inside the header the qcow2 extension points at", index)
        slot_key = hashlib.pbkdf2_hmac(self.hash, secret, slot.salt, slot.iterations, h.len_key)
        split = memoryview(bytearray(read_instance(slot, "key_material")))
        _SectorCipher(self.cipher_name, self.mode, self.ivgen, self.ivhash, slot_key).decrypt(0, split)
        master = af_merge(bytes(split), h.len_key, slot.stripes, self.hash)
        digest = hashlib.pbkdf2_hmac(self.hash, master, h.master_key_salt, h.master_key_iterations,
                                     len(h.master_key_digest))
        return master if hmac.compare_digest(digest, h.master_key_digest) else None


def _digest_size(name: str) -> int:
    """The digest size of a hash, 0 when this Python's hashlib lacks it."""
    try:
        return hashlib.new(name).digest_size
    except ValueError:
        return 0


def af_merge(split: bytes, key_bytes: int, stripes: int, hash_name: str) -> bytes:
    """Undo the anti-forensic split: XOR each stripe into the block and diffuse, the last one without."""
    digest_size = hashlib.new(hash_name).digest_size
    block = bytes(key_bytes)
    for i in range(stripes):
        stripe = split[i * key_bytes:(i + 1) * key_bytes]
        block = (int.from_bytes(block, "big") ^ int.from_bytes(stripe, "big")).to_bytes(key_bytes, "big")
        if i < stripes - 1:
            block = _diffuse(block, digest_size, hash_name)
    return block


def _diffuse(block: bytes, digest_size: int, hash_name: str) -> bytes:
    """Hash the block in digest-sized pieces, each prefixed with its big-endian 32-bit index."""
    out = bytearray()
    for index, start in enumerate(range(0, len(block), digest_size)):
        piece = block[start:start + digest_size]
        out += hashlib.new(hash_name, index.to_bytes(4, "big") + piece).digest()[:len(piece)]
    return bytes(out)


# -- creating a LUKS header ---------------------------------------------------------------

LUKS_KEY_SLOTS = 8
LUKS_ALIGN_SECTORS = 8              # QEMU starts the key material and sizes each slot's in 4 KiB steps
MIN_ITERATIONS = 1000               # QEMU's floor for the master key digest and for a key slot


# what qemu-img 7.2 takes for a new LUKS header: cipher algorithms (key bytes, block bytes; XTS
# needs 16-byte blocks and two keys), and hashes (sm3 and sm4 came later)
QEMU_CIPHERS = {"aes-128": (16, 16), "aes-192": (24, 16), "aes-256": (32, 16), "des": (8, 8), "3des": (24, 8),
                "cast5-128": (16, 8), "serpent-128": (16, 16), "serpent-192": (24, 16), "serpent-256": (32, 16),
                "twofish-128": (16, 16), "twofish-192": (24, 16), "twofish-256": (32, 16)}
QEMU_HASHES = tuple(h for h in HASHES if h != "sm3")
_ESSIV_FAMILIES = {"aes": "AES", "serpent": "Serpent", "twofish": "Twofish"}


def luks_key_bytes(options: "LuksOptions") -> int:
    """The master key's length in the LUKS header QEMU 7.2 makes with ``options`` (what sizes its
    key slots), with qemu-img's refusals; any cipher QEMU has, not only those qemuspec encrypts
    with (``measure`` needs no more)."""
    for name, value, allowed in (("cipher-alg", options.cipher_alg, QEMU_CIPHERS), ("cipher-mode", options.cipher_mode, MODES),
                                 ("ivgen-alg", options.ivgen_alg, IVGENS), ("hash-alg", options.hash_alg, QEMU_HASHES),
                                 ("ivgen-hash-alg", options.ivgen_hash_alg or "sha256", QEMU_HASHES)):
        if value not in allowed:
            raise UsageError(f"Parameter '{name}' does not accept value '{value}'")  # qemu-img's words
    if options.cipher_alg in ("des", "3des"):
        raise UsageError(f"Algorithm '{options.cipher_alg}' not supported")  # qemu-img's words
    key, block = QEMU_CIPHERS[options.cipher_alg]
    if options.cipher_mode == "xts" and block != 16:
        raise UsageError("Unsupported cipher mode xts")  # qemu-img's words
    if options.ivgen_alg == "essiv":
        family = _ESSIV_FAMILIES.get(options.cipher_alg.partition("-")[0])
        if family is None:
            raise UsageError(f"Cipher {options.cipher_alg} not supported with essiv")  # qemu-img's words
        digest = _digest_size(options.essiv_hash)
        if digest not in (16, 24, 32):
            raise UsageError(f"No {family} cipher with key size {digest} available")  # qemu-img's words
    return 2 * key if options.cipher_mode == "xts" else key


@dataclass
class LuksOptions:
    """qemu-img's ``encrypt.*`` options for a new LUKS header, with its defaults."""

    cipher_alg: str = "aes-256"
    cipher_mode: str = "xts"
    ivgen_alg: str = "plain64"
    ivgen_hash_alg: str | None = None
    hash_alg: str = "sha256"
    iter_time: int = 2000            # milliseconds of PBKDF2 a passphrase costs to try

    def check(self) -> tuple[str, int]:
        """The cipher's name and the master key's length; UsageError for what qemuspec cannot write."""
        name, _, bits = self.cipher_alg.partition("-")
        if name != "aes" or bits not in ("128", "192", "256"):
            raise UsageError(f"encrypt.cipher-alg {self.cipher_alg}: qemuspec writes aes-128, aes-192 or aes-256")
        if self.cipher_mode not in ("xts", "cbc", "ecb"):
            raise UsageError(f"encrypt.cipher-mode {self.cipher_mode}: qemuspec writes xts, cbc or ecb")
        if self.ivgen_alg not in IVGENS:
            raise UsageError(f"encrypt.ivgen-alg {self.ivgen_alg}: one of {', '.join(IVGENS)}")
        if self.ivgen_alg == "essiv" and _digest_size(self.essiv_hash) not in (16, 24, 32):
            raise UsageError(f"encrypt.ivgen-hash-alg {self.essiv_hash}: ESSIV needs a hash of 16, 24 or 32 bytes "
                             "(an AES key)")
        for hash_name in filter(None, (self.hash_alg, self.ivgen_hash_alg)):
            if hash_name not in HASHES or not _digest_size(hash_name):
                raise UsageError(f"hash {hash_name}: one of {', '.join(h for h in HASHES if _digest_size(h))}")
        if self.iter_time < 1:
            raise UsageError("encrypt.iter-time is a number of milliseconds, at least 1")
        key_bytes = int(bits) // 8 * (2 if self.cipher_mode == "xts" else 1)
        return name, key_bytes

    @property
    def essiv_hash(self) -> str:
        return self.ivgen_hash_alg or "sha256"  # QEMU's default, whatever encrypt.hash-alg is

    @property
    def mode_spec(self) -> str:
        """The header's cipher mode string, for example ``xts-plain64`` or ``cbc-essiv:sha256``."""
        ivgen = self.ivgen_alg + (":" + self.essiv_hash if self.ivgen_alg == "essiv" else "")
        return f"{self.cipher_mode}-{ivgen}"


def new_luks_header(secret: bytes, options: LuksOptions | None = None) -> tuple[bytes, bytes]:
    """A new LUKS header region (header, one active key slot, zeros) and its master key.

    Laid out as QEMU lays it out: key material from 4 KiB on, each of the eight
    slots given its key's size times 4000 stripes rounded up to 4 KiB, the
    payload offset (the region's length in a qcow2 image) after the last slot.
    The master key is random; slot 0 holds it for ``secret``.
    """
    options = options or LuksOptions()
    cipher, key_bytes = options.check()
    slot_sectors = -(-key_bytes * LUKS_STRIPES // SECTOR)
    slot_sectors = -(-slot_sectors // LUKS_ALIGN_SECTORS) * LUKS_ALIGN_SECTORS
    payload = LUKS_ALIGN_SECTORS + LUKS_KEY_SLOTS * slot_sectors
    rate = _pbkdf2_rate(options.hash_alg)
    master = os.urandom(key_bytes)
    luks = Luks()
    luks.magic, luks.version = b"LUKS\xba\xbe", 1
    luks.cipher_name, luks.cipher_mode, luks.hash_spec = cipher, options.mode_spec, options.hash_alg
    luks.ofs_payload, luks.len_key = payload, key_bytes
    luks.master_key_salt = os.urandom(32)
    luks.master_key_iterations = max(MIN_ITERATIONS, rate * options.iter_time // 1000 // 8)
    luks.master_key_digest = hashlib.pbkdf2_hmac(options.hash_alg, master, luks.master_key_salt,
                                                 luks.master_key_iterations, 20)
    import uuid  # here: opening an image needs none (it costs its users' start-up 12 ms)

    luks.uuid = str(uuid.uuid4())
    luks.key_slots = []
    material = bytearray(af_split(master, LUKS_STRIPES, options.hash_alg))
    for index in range(LUKS_KEY_SLOTS):
        slot = Luks.KeySlot(None, luks, luks)
        slot.key_material__enabled = False  # placed below, in the region
        slot.ofs_key_material = LUKS_ALIGN_SECTORS + index * slot_sectors
        slot.stripes = LUKS_STRIPES
        if index == 0:
            slot.active = Luks.KeySlotState.enabled
            slot.iterations = max(MIN_ITERATIONS, rate * options.iter_time // 1000)
            slot.salt = os.urandom(32)
            slot_key = hashlib.pbkdf2_hmac(options.hash_alg, secret, slot.salt, slot.iterations, key_bytes)
            _SectorCipher(cipher, options.cipher_mode, options.ivgen_alg, options.essiv_hash, slot_key).encrypt(0, memoryview(material))
        else:
            slot.active, slot.iterations, slot.salt = Luks.KeySlotState.disabled, 0, bytes(32)
        luks.key_slots.append(slot)
    region = bytearray(payload * SECTOR)
    region[:LUKS_PHDR_BYTES] = serialize(luks, LUKS_PHDR_BYTES)
    at = LUKS_ALIGN_SECTORS * SECTOR
    region[at:at + len(material)] = material
    return bytes(region), master


def _pbkdf2_rate(hash_name: str) -> int:
    """PBKDF2 iterations per second here (QEMU times it too: the iteration counts follow the machine)."""
    iterations = 1 << 12
    while True:
        start = time.perf_counter()
        hashlib.pbkdf2_hmac(hash_name, b"qemuspec", bytes(32), iterations, 32)
        elapsed = time.perf_counter() - start
        if elapsed > 0.05 or iterations >= 1 << 26:
            return int(iterations / max(elapsed, 1e-6))
        iterations *= 4


def af_split(key: bytes, stripes: int, hash_name: str) -> bytes:
    """The anti-forensic split of ``key``: random stripes, the last one chosen so that :func:`af_merge`
    gives the key back."""
    digest_size = hashlib.new(hash_name).digest_size
    block = bytes(len(key))
    out = bytearray()
    for _ in range(stripes - 1):
        stripe = os.urandom(len(key))
        out += stripe
        block = _diffuse(_xor(block, stripe), digest_size, hash_name)
    out += _xor(block, key)
    return bytes(out)


def _xor(a: bytes, b: bytes) -> bytes:
    return (int.from_bytes(a, "big") ^ int.from_bytes(b, "big")).to_bytes(len(a), "big")


class EncryptingFile:
    """The writer's data file of a LUKS image: every byte written is encrypted first.

    The IV of a sector is its host offset / 512, as for reading. A write that
    covers part of a sector reads that sector, decrypts it, puts the new bytes
    in and encrypts it again. Flushes and the size are the file's.
    """

    def __init__(self, io, encryption: "LuksEncryption") -> None:
        if encryption._sector_cipher is None:
            raise UsageError("the image's key is needed to write into it")
        self.io = io
        self.path = io.path
        self._cipher = encryption._sector_cipher

    @property
    def size(self) -> int:
        return self.io.size

    def pwrite(self, data, offset: int) -> None:
        view = memoryview(data)
        lead = offset % SECTOR
        start = offset - lead
        buf = bytearray(-(-(lead + len(view)) // SECTOR) * SECTOR)
        if lead or len(buf) != len(view):  # the sectors at the ends keep the bytes they have
            for at in {start, start + len(buf) - SECTOR}:
                sector = bytearray(self.io.pread(SECTOR, at))
                self._cipher.decrypt(at // SECTOR, memoryview(sector))
                buf[at - start:at - start + SECTOR] = sector
        buf[lead:lead + len(view)] = view
        self._cipher.encrypt(start // SECTOR, memoryview(buf))
        self.io.pwrite(buf, start)

    def flush(self) -> None:
        self.io.flush()

    def truncate(self, size: int) -> None:
        self.io.truncate(size)


# -- the legacy method ---------------------------------------------------------------------


class LegacyAesEncryption(Qcow2Encryption):
    """crypt_method 1: AES-128-CBC, IV plain64 of the guest sector, key = the passphrase's first 16 bytes."""

    format = "aes"
    physical_iv = False

    def unlock(self, secret: bytes) -> None:
        key = secret[:16].ljust(16, b"\0")
        self._sector_cipher = _SectorCipher("aes", "cbc", "plain64", None, key)


# -- what the image and the command line call ---------------------------------------------


def open_encryption(image) -> Qcow2Encryption:
    """The encryption of an opened qcow2 image (crypt_method 1 or 2), checked but not unlocked."""
    from ...formats.qcow2 import Qcow2

    method = image.header.crypt_method
    if method == Qcow2.CryptMethod.aes:
        if image.extensions.encryption is not None:
            raise FormatError("a full disk encryption header with the legacy AES method",
                              structure="qcow2::header_extension", field="type",
                              expected="the extension only with crypt_method luks")
        return LegacyAesEncryption()
    pointer = image.extensions.encryption
    if pointer is None:
        raise FormatError("a LUKS-encrypted image without the full disk encryption header extension",
                          structure="qcow2::header", field="crypt_method",
                          expected="the extension 0x0537be77")
    offset, length = pointer.offset, pointer.len_header
    if offset % image.cluster_size:
        raise FormatError(f"encryption header at {offset:#x} is not cluster-aligned",
                          structure="qcow2::full_disk_encryption_pointer", field="offset",
                          expected=f"a multiple of {image.cluster_size}")
    if length < LUKS_PHDR_BYTES or length > MAX_LUKS_HEADER or offset + length > image.file_size:
        raise FormatError(f"encryption header of {length} bytes at {offset:#x}",
                          structure="qcow2::full_disk_encryption_pointer", field="len_header",
                          expected=f"{LUKS_PHDR_BYTES}..{MAX_LUKS_HEADER} bytes inside the "
                                   f"{image.file_size}-byte file")
    return LuksEncryption(image.read_host(length, offset), offset)


def unlock(image, secret: bytes) -> None:
    """Give an opened image its key (QEMU's encrypt.key-secret; an image that is not encrypted ignores it)."""
    encryption = getattr(image, "encryption", None)
    if encryption is not None:
        encryption.unlock(secret)


def require_key(image) -> None:
    """Refuse, as qemu-img does, to work on an encrypted image (or backing file) opened without its key."""
    for layer in image.chain() if hasattr(image, "chain") else [image]:
        encryption = getattr(layer, "encryption", None)
        if encryption is not None and not encryption.unlocked:
            raise _encrypted_error(f"{layer.path} is encrypted ({encryption.format}): give the key with "
                                   "--object secret,id=ID,data=PASSPHRASE (or file=PATH) and "
                                   "--image-opts driver=qcow2,file.filename=FILE,encrypt.key-secret=ID")


def refuse_writing(path) -> None:
    """The legacy AES method is read, never written (QEMU's system emulators no longer run such images)."""
    from .image import EncryptedImageError

    raise EncryptedImageError(f"{path} is encrypted with the legacy AES method: qemuspec reads such images but "
                              "does not write them (convert it to a LUKS-encrypted image: -o encrypt.format=luks)",
                              structure="qcow2::header", field="crypt_method", expected="none or luks")
