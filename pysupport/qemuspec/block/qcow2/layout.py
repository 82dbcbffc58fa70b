"""Bulk decoding of qcow2 tables: the bit masks of 64-bit entries.

The generated parser (``qemuspec.formats.qcow2``) is the reference for every
entry layout; decoding a table entry by entry through it is too slow for the
hot path (a 1 GiB image has 16384 L2 entries per 64 KiB-cluster table). Here
tables are decoded in bulk as big-endian 64-bit words, and these masks pick
the fields. ``tests/test_qcow2_layout.py`` checks every mask against the
generated parser on random entries, so the two cannot drift apart.
"""

from __future__ import annotations

import sys
from array import array
from functools import lru_cache

__all__ = [
    "L1E_OFFSET_MASK", "L1E_COPIED", "L1E_RESERVED",
    "L2E_OFFSET_MASK", "L2E_COPIED", "L2E_COMPRESSED", "L2E_ZERO", "L2E_STD_RESERVED",
    "REFT_OFFSET_MASK", "REFT_RESERVED", "BME_OFFSET_MASK", "BME_ALL_ONES", "BME_RESERVED",
    "compressed_fields", "compressed_range", "compressed_entry", "decode_u64_table", "encode_u64_table",
    "table_words", "run_length",
    "decode_refcounts", "encode_refcounts", "refcount_array", "typecode_for",
]

# L1 entry: bit 63 copied, bits 55..9 the L2 table offset.
L1E_COPIED = 1 << 63
L1E_OFFSET_MASK = 0x00FF_FFFF_FFFF_FE00
L1E_RESERVED = 0x7F00_0000_0000_01FF

# L2 entry: bit 63 copied, bit 62 compressed; standard descriptor: bits 55..9
# host offset, bit 0 zero.
L2E_COPIED = 1 << 63
L2E_COMPRESSED = 1 << 62
L2E_OFFSET_MASK = 0x00FF_FFFF_FFFF_FE00
L2E_ZERO = 1
L2E_STD_RESERVED = 0x3F00_0000_0000_01FE

# Refcount table entry: bits 63..9 the refcount block offset.
REFT_OFFSET_MASK = 0xFFFF_FFFF_FFFF_FE00
REFT_RESERVED = 0x1FF

# Bitmap table entry: bits 55..9 the data cluster offset, bit 0 all ones.
BME_OFFSET_MASK = 0x00FF_FFFF_FFFF_FE00
BME_ALL_ONES = 1
BME_RESERVED = 0xFF00_0000_0000_01FE


def compressed_fields(entry: int, cluster_bits: int) -> tuple[int, int]:
    """(host byte offset, additional 512-byte sectors) of a compressed L2 entry.

    The offset takes the low ``70 - cluster_bits`` bits; the sector count
    the bits above it, up to bit 61.
    """
    split = 70 - cluster_bits
    return entry & ((1 << split) - 1), (entry >> split) & ((1 << (cluster_bits - 8)) - 1)


def compressed_range(entry: int, cluster_bits: int) -> tuple[int, int]:
    """(host byte offset, length in bytes) of a compressed cluster's data.

    The data runs from the offset to the end of the last of its sectors: the
    sector count says how many 512-byte sectors follow the one the offset is
    in, so the length is what is left of that first sector plus the rest.
    """
    host, sectors = compressed_fields(entry, cluster_bits)
    return host, (sectors + 1) * 512 - host % 512


def compressed_entry(host_offset: int, additional_sectors: int, cluster_bits: int) -> int:
    """An L2 entry for a compressed cluster (the inverse of :func:`compressed_fields`)."""
    split = 70 - cluster_bits
    if host_offset >> split or additional_sectors >> (cluster_bits - 8):
        raise ValueError("compressed cluster descriptor out of range")
    return L2E_COMPRESSED | additional_sectors << split | host_offset


def decode_u64_table(raw: bytes) -> array:
    """Big-endian 64-bit words as an ``array('Q')`` of host integers."""
    table = array("Q")
    table.frombytes(raw[: len(raw) // 8 * 8])
    if sys.byteorder == "little":
        table.byteswap()
    return table


def table_words(table: array) -> bytes:
    """An ``array('Q')``'s words as little-endian bytes (for :func:`run_length`)."""
    if sys.byteorder != "little":
        table = array("Q", table)
        table.byteswap()
    return table.tobytes()


def run_length(words: bytes, index: int, limit: int, entry: int, step: int) -> int:
    """How many words from ``index`` on (at most ``limit``) are ``entry``, ``entry + step``,
    ``entry + 2 * step``, ... in ``words`` (:func:`table_words`), without a loop over them.

    ``entry + (limit - 1) * step`` must fit in 64 bits. The words as one integer less
    ``step * (0, 1, 2, ...)`` are ``entry`` repeated exactly when the run goes on (no word
    carries into the next); the whole length is tried first (a big disk's tables are mostly
    one run), then lengths doubling from 2, and where one fails the first word that differs
    is the lowest bit set in the XOR of the words and the run they would be.
    """
    if _is_run(words, index, limit, entry, step):
        return limit
    good = 1
    while 2 * good < limit and _is_run(words, index, 2 * good, entry, step):
        good *= 2
    size = min(2 * good, limit)
    window = int.from_bytes(words[8 * index:8 * (index + size)], "little")
    diff = window ^ (entry * _ones(size) + _ramp(size, step))
    return ((diff & -diff).bit_length() - 1) // 64


def _is_run(words: bytes, index: int, count: int, entry: int, step: int) -> bool:
    last = 8 * (index + count)
    if words[last - 8:last] != (entry + (count - 1) * step).to_bytes(8, "little"):
        return False   # most runs that are not end at once: no need to convert them
    have = words[8 * index:last]
    if not step:
        return have == entry.to_bytes(8, "little") * count
    # one conversion of the words to an integer, compared with the run it should be; a walk
    # asks for the run a whole table on from the last one, which is one addition away
    return int.from_bytes(have, "little") == _expected(count, step, entry)


_last_expected: list = [None, None]   # ((count, step, entry), the words of that run as an integer)


def _expected(count: int, step: int, entry: int) -> int:
    """The words entry, entry + step, ... (``count`` of them) as one integer (no word may
    pass 64 bits), from the last one asked for when it had the same count and step."""
    key, value = _last_expected
    if key is not None and key[:2] == (count, step):
        value += _ones_times(count, entry - key[2])
    else:
        value = entry * _ones(count) + _ramp(count, step)
    _last_expected[:] = (count, step, entry), value
    return value


@lru_cache(maxsize=64)
def _ones(count: int) -> int:
    """The words 1, 1, 1, ... (``count`` of them) as one integer."""
    return ((1 << (64 * count)) - 1) // ((1 << 64) - 1)


@lru_cache(maxsize=8)
def _ones_times(count: int, factor: int) -> int:
    """The words factor, factor, ... (``count`` of them) as one integer (a walk's tables
    mostly start a whole table's run after the one before: the same factor each time)."""
    return factor * _ones(count)


@lru_cache(maxsize=64)
def _ramp(count: int, step: int) -> int:
    """The words 0, step, 2 * step, ... (``count`` of them) as one integer."""
    x = 1 << 64
    return step * ((x - count * x ** count + (count - 1) * x ** (count + 1)) // (x - 1) ** 2)


def encode_u64_table(table) -> bytes:
    """An iterable of host integers as big-endian 64-bit words."""
    out = array("Q", table)
    if sys.byteorder == "little":
        out.byteswap()
    return out.tobytes()


def typecode_for(order: int) -> str:
    """The ``array`` type code that holds any refcount of width ``1 << order`` bits."""
    return "B" if order <= 3 else {4: "H", 5: "I", 6: "Q"}[order]


def refcount_array(order: int, count: int) -> array:
    """A zeroed, mutable array that holds ``count`` refcounts of ``1 << order`` bits."""
    typecode = typecode_for(order)
    return array(typecode, bytes(count * array(typecode).itemsize))


def encode_refcounts(values, order: int) -> bytes:
    """One refcount block's bytes from its refcounts (the inverse of :func:`decode_refcounts`)."""
    bits = 1 << order
    if bits >= 8:
        table = array({8: "B", 16: "H", 32: "I", 64: "Q"}[bits], values)
        if bits > 8 and sys.byteorder == "little":
            table.byteswap()
        return table.tobytes()
    per_byte, mask = 8 // bits, (1 << bits) - 1
    out = bytearray(len(values) // per_byte)
    for i, value in enumerate(values):
        if value:
            out[i // per_byte] |= (value & mask) << (i % per_byte * bits)
    return bytes(out)


def decode_refcounts(raw: bytes, order: int, count: int | None = None) -> array:
    """The first ``count`` refcounts packed in one refcount block's bytes (all of them by default).

    The result is an ``array`` of :func:`typecode_for` ``(order)``. Refcounts
    narrower than a byte are packed from the least significant bit of each
    byte; wider ones are big-endian (``ksy/qcow2.ksy``, type ``refcount_block``).
    """
    bits = 1 << order
    total = len(raw) * 8 // bits
    if count is None or count > total:
        count = total
    if order >= 3:
        out = array(typecode_for(order))
        out.frombytes(raw[: count * bits // 8])
        if order > 3 and sys.byteorder == "little":
            out.byteswap()
        return out
    import numpy as np  # here: images with byte-wide or wider refcounts never need it

    per_byte = 8 // bits
    nbytes = -(-count // per_byte)
    packed = np.frombuffer(raw, dtype=np.uint8, count=nbytes)
    shifts = np.arange(0, 8, bits, dtype=np.uint8)          # the first refcount in the lowest bits
    values = (packed[:, None] >> shifts) & np.uint8((1 << bits) - 1)
    return array("B", values.reshape(-1)[:count].tobytes())
