"""Persistent dirty bitmaps of a qcow2 image: list them, read their bits, report dirty ranges.

Bit ``n`` of a bitmap covers guest bytes ``[n * granularity, (n + 1) *
granularity)``; bits are packed from the least significant bit of each byte.
A bitmaps extension whose autoclear bit is clear is inconsistent and, as in
QEMU, ignored.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...errors import FormatError, UsageError
from ...specs import read_instance
from ..image import pread
from .image import Qcow2Image
from .layout import BME_ALL_ONES, BME_OFFSET_MASK, decode_u64_table

__all__ = ["BitmapInfo", "list_bitmaps", "find_bitmap", "bitmap_bytes", "dirty_ranges"]

MAX_BITMAPS = 65535
MAX_DIRECTORY_BYTES = 64 << 20


@dataclass(frozen=True)
class BitmapInfo:
    name: str
    granularity: int
    in_use: bool
    auto: bool
    extra_data_compatible: bool
    type: int
    table_offset: int
    table_entries: int

    @property
    def flags(self) -> list[str]:
        """Flag names as ``qemu-img info`` lists them."""
        return [n for n, on in (("in-use", self.in_use), ("auto", self.auto)) if on]

    def to_json(self) -> dict:
        return {"flags": self.flags, "name": self.name, "granularity": self.granularity}


def list_bitmaps(image: Qcow2Image) -> list[BitmapInfo]:
    ext = image.extensions.bitmaps
    if ext is None or image.version < 3 or not image.header.autoclear_features.bitmaps:
        return []
    if not 0 < ext.num_bitmaps <= MAX_BITMAPS or ext.len_bitmap_directory > MAX_DIRECTORY_BYTES \
            or ext.bitmap_directory_offset + ext.len_bitmap_directory > image.file_size:
        raise FormatError(f"bitmaps extension: {ext.num_bitmaps} bitmaps, directory of "
                          f"{ext.len_bitmap_directory} bytes at {ext.bitmap_directory_offset:#x}",
                          structure="qcow2::bitmaps_extension", field="len_bitmap_directory",
                          expected=f"1..{MAX_BITMAPS} bitmaps, directory inside the file")
    entries = read_instance(ext, "bitmap_directory").entries
    if len(entries) != ext.num_bitmaps:
        raise FormatError(f"bitmap directory holds {len(entries)} entries", structure="qcow2::bitmap_directory",
                          field="entries", offset=ext.bitmap_directory_offset,
                          expected=f"{ext.num_bitmaps} as the extension says")
    return [BitmapInfo(e.name, 1 << e.granularity_bits, e.flags.in_use, e.flags.auto,
                       e.flags.extra_data_compatible, int(e.type), e.bitmap_table_offset,
                       e.num_bitmap_table_entries) for e in entries]


def find_bitmap(image: Qcow2Image, name: str) -> BitmapInfo:
    for bitmap in list_bitmaps(image):
        if bitmap.name == name:
            return bitmap
    raise UsageError(f"no bitmap {name!r} in {image.path}")


def bitmap_bytes(image: Qcow2Image, bitmap: BitmapInfo) -> bytes:
    """The bitmap's data: one bit per ``granularity`` bytes of the disk."""
    if not 0 <= bitmap.granularity.bit_length() - 1 <= 63:
        raise FormatError("granularity out of range", structure="qcow2::bitmap_directory_entry",
                          field="granularity_bits")
    nbits = -(-image.size // bitmap.granularity)
    nbytes = -(-nbits // 8)
    cs = image.cluster_size
    needed = -(-nbytes // cs)
    if bitmap.table_entries != needed:
        raise FormatError(f"bitmap {bitmap.name!r} has {bitmap.table_entries} table entries",
                          structure="qcow2::bitmap_directory_entry", field="num_bitmap_table_entries",
                          expected=f"{needed} for a {image.size}-byte disk")
    raw = pread(image._file.fileno(), needed * 8, bitmap.table_offset)
    if len(raw) < needed * 8:
        raise FormatError("bitmap table runs past the end of the file",
                          structure="qcow2::bitmap_directory_entry", field="bitmap_table_offset",
                          offset=bitmap.table_offset)
    out = bytearray()
    for entry in decode_u64_table(raw):
        offset = entry & BME_OFFSET_MASK
        if offset:
            chunk = pread(image._file.fileno(), cs, offset)
            out += chunk + bytes(cs - len(chunk))
        else:
            out += (b"\xff" if entry & BME_ALL_ONES else b"\0") * cs
    return bytes(out[:nbytes])


def dirty_ranges(image: Qcow2Image, bitmap: BitmapInfo) -> list[tuple[int, int]]:
    """Guest ranges ``(start, length)`` whose bits are set, merged and clipped to the disk."""
    data = bitmap_bytes(image, bitmap)
    g = bitmap.granularity
    ranges: list[tuple[int, int]] = []
    run_start = None
    i = 0
    n = len(data)
    while i < n:
        byte = data[i]
        if byte in (0, 0xFF) and (run_start is None) == (byte == 0):
            # a whole byte that continues the current state: skip the run of them
            j = i + 1
            while j < n and data[j] == byte:
                j += 1
            i = j
            continue
        for bit in range(8):
            set_ = byte >> bit & 1
            pos = (i * 8 + bit) * g
            if set_ and run_start is None:
                run_start = pos
            elif not set_ and run_start is not None:
                ranges.append((run_start, pos - run_start))
                run_start = None
        i += 1
    if run_start is not None:
        ranges.append((run_start, n * 8 * g - run_start))
    return [(s, min(s + length, image.size) - s) for s, length in ranges if s < image.size]
