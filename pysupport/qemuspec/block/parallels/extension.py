"""The Format Extension cluster: feature sections, dirty bitmaps, the MD5 checksum.

Reading goes through the generated parser (``Parallels.FormatExtension``);
writing builds the cluster with the generated read-write classes and then
fills in the checksum (MD5 of everything after the first 24 bytes).
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field

from ...errors import FormatError
from ...formats.parallels import Parallels
from ...specs import parse, serialize
from ..image import pread

__all__ = ["Feature", "Bitmap", "FormatExtension", "read_extension", "build_extension", "checksum",
           "DIRTY_BITMAP", "NECESSARY", "TRANSIT", "MAGIC"]

MAGIC = 0xAB234CEF23DCEA87
DIRTY_BITMAP = 0x20385FAE252CB34A
NECESSARY = 1
TRANSIT = 2
_STRUCT = "parallels::format_extension"


@dataclass
class Bitmap:
    """A dirty bitmap: ``bits`` is the serialized bitmap (bit k of byte j covers
    granule 8j+k, one granule is ``granularity`` sectors)."""

    id: bytes
    granularity: int          # in sectors
    num_sectors: int
    bits: bytearray

    @property
    def name(self) -> str:
        """The name QEMU gives the bitmap: its id as a UUID string."""
        return str(uuid.UUID(bytes=self.id))

    def dirty_ranges(self) -> list[tuple[int, int]]:
        """Guest byte ranges ``(start, length)`` whose bits are set."""
        gran, size, out = self.granularity * 512, self.num_sectors * 512, []
        for byte_index, byte in enumerate(self.bits):
            if not byte:
                continue
            for bit in range(8):
                if byte >> bit & 1:
                    start = (byte_index * 8 + bit) * gran
                    if start >= size:
                        break
                    n = min(gran, size - start)
                    if out and out[-1][0] + out[-1][1] == start:
                        out[-1] = (out[-1][0], out[-1][1] + n)
                    else:
                        out.append((start, n))
        return out


@dataclass
class Feature:
    """One feature section as stored; ``bitmap`` when it is a dirty bitmap QEMU's way."""

    magic: int
    flags: int
    data: bytes
    bitmap: Bitmap | None = None
    l1: list[int] = field(default_factory=list)

    @property
    def necessary(self) -> bool:
        return bool(self.flags & NECESSARY)

    @property
    def transit(self) -> bool:
        return bool(self.flags & TRANSIT)

    @property
    def known(self) -> bool:
        return self.magic == DIRTY_BITMAP


@dataclass
class FormatExtension:
    offset: int
    features: list[Feature]
    checksum_ok: bool

    @property
    def bitmaps(self) -> list[Bitmap]:
        return [f.bitmap for f in self.features if f.bitmap is not None]


def checksum(cluster: bytes) -> bytes:
    """The MD5 the cluster's bytes 8..23 hold: of everything after byte 24."""
    return hashlib.md5(cluster[24:]).digest()


def read_extension(image) -> FormatExtension:
    """Read and check the Format Extension of an open :class:`ParallelsImage`."""
    cs, offset = image.cluster_size, image.ext_offset
    raw = pread(image._file.fileno(), cs, offset)
    if len(raw) < cs:
        raise FormatError(f"the Format Extension cluster at {offset} ends past the end of the file",
                          structure=_STRUCT, offset=offset, expected=f"{cs} bytes")
    spec = parse(Parallels.FormatExtension, raw)
    ok = spec.checksum == checksum(raw)
    if not ok:
        raise FormatError("wrong checksum", structure=_STRUCT, field="checksum", offset=offset + 8,
                          expected=f"MD5 {checksum(raw).hex()} of the cluster after its first 24 bytes")
    features = []
    for item in spec.features[:-1]:
        magic = item.magic_hi << 32 | item.magic_lo
        raw_data = bytes(item._raw_data) if item.is_dirty_bitmap else bytes(item.data)
        feature = Feature(magic, item.flags_hi << 32 | item.flags_lo, raw_data)
        if item.is_dirty_bitmap:
            feature.l1 = [e.hi << 32 | e.lo for e in item.data.l1_entries]
            feature.bitmap = _load_bitmap(image, item.data, feature.l1)
        features.append(feature)
    return FormatExtension(offset, features, ok)


def _load_bitmap(image, bm, l1: list[int]) -> Bitmap:
    cs = image.cluster_size
    gran = bm.granularity
    if gran == 0 or gran & (gran - 1):
        raise FormatError(f"granularity {gran}", structure="parallels::dirty_bitmap", field="granularity",
                          expected="a power of two (sectors)")
    nbits = -(-bm.num_sectors // gran)
    nbytes = -(-nbits // 8)
    if len(l1) != -(-nbytes // cs):
        raise FormatError(f"{len(l1)} L1 entries for {nbytes} bytes of bitmap",
                          structure="parallels::dirty_bitmap", field="num_l1_entries",
                          expected=f"{-(-nbytes // cs)}")
    bits = bytearray(len(l1) * cs)
    for i, entry in enumerate(l1):
        if entry == 1:
            bits[i * cs:(i + 1) * cs] = b"\xff" * cs
        elif entry > 1:
            chunk = pread(image._file.fileno(), cs, entry * 512)
            bits[i * cs:i * cs + len(chunk)] = chunk
    del bits[nbytes:]
    if nbits % 8 and bits:
        bits[-1] &= (1 << nbits % 8) - 1
    return Bitmap(bytes(bm.id), gran, bm.num_sectors, bits)


def _pad8(n: int) -> int:
    return (8 - n % 8) % 8


def bitmap_data(bitmap: Bitmap, l1: list[int]) -> bytes:
    """The feature data of a dirty bitmap with the given L1 entries."""
    bm = Parallels.DirtyBitmap()
    bm.num_sectors_lo, bm.num_sectors_hi = bitmap.num_sectors & 0xFFFFFFFF, bitmap.num_sectors >> 32
    bm.id = bitmap.id
    bm.granularity = bitmap.granularity
    bm.num_l1_entries = len(l1)
    entries = []
    for value in l1:
        e = Parallels.L1Entry(None, bm, bm._root)
        e.lo, e.hi = value & 0xFFFFFFFF, value >> 32
        entries.append(e)
    bm.l1_entries = entries
    return serialize(bm, 32 + 8 * len(l1))


def _adopt(bitmap, section):
    """Hang a parsed dirty bitmap under ``section`` (the generated checks compare parents and roots)."""
    bitmap._parent, bitmap._root = section, section._root
    for entry in bitmap.l1_entries:
        entry._parent, entry._root = bitmap, section._root
    return bitmap


def build_extension(cluster_size: int, features: list[tuple[int, int, bytes]]) -> bytes:
    """The Format Extension cluster holding ``(magic, flags, data)`` sections, checksum filled in."""
    out = bytearray(24)
    out[:8] = MAGIC.to_bytes(8, "little")
    for magic, flags, data in features + [(0, 0, b"")]:
        section = Parallels.Feature()
        section.magic_lo, section.magic_hi = magic & 0xFFFFFFFF, magic >> 32
        section.flags_lo, section.flags_hi = flags & 0xFFFFFFFF, flags >> 32
        section.len_data, section.reserved = len(data), 0
        section.data = _adopt(parse(Parallels.DirtyBitmap, data), section) if magic == DIRTY_BITMAP else data
        section.padding = bytes(_pad8(len(data)))
        out += serialize(section, 24 + len(data) + _pad8(len(data)))
    if len(out) > cluster_size:
        raise FormatError(f"the features need {len(out)} bytes", structure=_STRUCT,
                          expected=f"at most one cluster ({cluster_size} bytes)")
    out += bytes(cluster_size - len(out))
    out[8:24] = checksum(bytes(out))
    return bytes(out)

