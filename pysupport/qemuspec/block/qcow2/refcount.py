"""Reference counts of a qcow2 image: the refcount table and its blocks.

The refcount table (first level) is read whole when the reader is made; the
refcount blocks (second level, one cluster each) are read on demand, each
at most once while it stays in a small cache, and decoded in bulk (see
:func:`~.layout.decode_refcounts`). As in QEMU, bytes past the end of the file read as
zeros, so a refcount block that lies beyond the file holds only zeros.

Errors: a refcount table that is too large, not cluster-aligned or that
cannot be addressed raises :class:`~qemuspec.errors.FormatError` when the
reader is made; a refcount block that cannot be read (an offset that is not
cluster-aligned, or beyond what a file can hold) raises
:class:`RefcountBlockError` when a refcount in it is asked for.
"""

from __future__ import annotations

import os
from array import array
from collections import OrderedDict

from ...errors import FormatError
from .layout import REFT_OFFSET_MASK, decode_refcounts, decode_u64_table, refcount_array, typecode_for
from .limits import INT64_MAX, MAX_REFCOUNT_TABLE_BYTES

__all__ = [
    "RefcountTable", "RefcountBlockError", "MAX_REFCOUNT_TABLE_BYTES", "MAX_FILE_OFFSET",
    "read_padded",
]

# The largest byte offset QEMU's block layer accepts in a request: INT64_MAX
# rounded down to its largest alignment (1 GiB). A read that reaches beyond
# it fails with an I/O error instead of returning zeros.
MAX_FILE_OFFSET = INT64_MAX & ~((1 << 30) - 1)
_CACHE_BYTES = 64 << 20


class RefcountBlockError(FormatError):
    """A refcount block cannot be read: its offset is unaligned or out of reach."""


def read_padded(fd: int, length: int, offset: int, file_size: int) -> bytes:
    """``length`` bytes at ``offset``; what lies past the end of the file reads as zeros.

    Only the part inside the file is read, so the cost is bounded by the file
    size whatever ``length`` is; the caller bounds ``length`` itself. A range
    beyond :data:`MAX_FILE_OFFSET` raises :class:`FormatError`, as QEMU's
    read fails there.
    """
    if length <= 0:
        return b""
    if offset < 0 or offset + length > MAX_FILE_OFFSET:
        raise FormatError(f"read of {length} bytes at {offset:#x} is beyond the largest file offset",
                          offset=offset, expected=f"an end below {MAX_FILE_OFFSET:#x}")
    inside = max(0, min(length, file_size - offset))
    data = os.pread(fd, inside, offset) if inside else b""
    if len(data) < length:
        data += bytes(length - len(data))
    return data


class RefcountTable:
    """The refcounts an image stores, read through its refcount table.

    ``image`` is an open :class:`~.image.Qcow2Image`. The table is bounded
    as QEMU bounds it (at most 8 MiB, cluster-aligned); ``cache_bytes``
    bounds the memory of raw refcount blocks kept between look-ups.
    """

    def __init__(self, image, *, cache_bytes: int = _CACHE_BYTES) -> None:
        h = image.header
        self.cluster_bits = image.cluster_bits
        self.cluster_size = cs = image.cluster_size
        self.order = order = image.refcount_order
        if not 0 <= order <= 6:
            raise FormatError(f"refcount order {order}", structure="qcow2::header", field="refcount_order",
                              expected="0..6 (refcounts of 1 to 64 bits)")
        self.bits = 1 << order
        self.max_refcount = (1 << self.bits) - 1
        self.typecode = typecode_for(order)
        self.block_bits = self.cluster_bits + 3 - order   # log2 of the refcounts in one block
        self.per_block = 1 << self.block_bits
        self.offset = h.refcount_table_offset
        self.clusters = h.refcount_table_clusters
        nbytes = self.clusters * cs
        if nbytes > MAX_REFCOUNT_TABLE_BYTES:
            raise FormatError(f"refcount table of {self.clusters} clusters ({nbytes} bytes)",
                              structure="qcow2::header", field="refcount_table_clusters",
                              expected=f"at most {MAX_REFCOUNT_TABLE_BYTES} bytes")
        if self.offset % cs or self.offset + nbytes > INT64_MAX:
            raise FormatError(f"refcount table offset {self.offset:#x}", structure="qcow2::header",
                              field="refcount_table_offset",
                              expected="cluster-aligned, with the table below 2^63")
        self._fd = image.fileno()
        self._file_size = image.file_size
        self.entries = decode_u64_table(read_padded(self._fd, nbytes, self.offset, self._file_size))
        self._zero_block = bytes(cs)
        self._cache: OrderedDict[int, bytes] = OrderedDict()
        self._cache_blocks = max(4, cache_bytes // cs)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def file_size(self) -> int:
        """The image file's size when the table was read (refcount blocks past it read as zeros)."""
        return self._file_size

    @property
    def covered_clusters(self) -> int:
        """How many host clusters the table can describe."""
        return len(self.entries) << self.block_bits

    def block_offset(self, index: int) -> int:
        """Host offset of refcount block ``index``; 0 when it is not allocated or beyond the table."""
        if 0 <= index < len(self.entries):
            return self.entries[index] & REFT_OFFSET_MASK
        return 0

    def raw_block(self, index: int) -> bytes | None:
        """The bytes of refcount block ``index``; None when it is not allocated.

        Raises :class:`RefcountBlockError` when the block cannot be read.
        """
        offset = self.block_offset(index)
        if offset == 0:
            return None
        raw = self._cache.get(offset)
        if raw is not None:
            self._cache.move_to_end(offset)
            return raw
        where = self.offset + 8 * index
        if offset % self.cluster_size:
            raise RefcountBlockError(f"refcount block {index} at {offset:#x} is not cluster-aligned",
                                     structure="qcow2::refcount_table_entry", field="block_offset",
                                     offset=where)
        if offset + self.cluster_size > MAX_FILE_OFFSET:
            raise RefcountBlockError(f"refcount block {index} at {offset:#x} is beyond the largest file offset",
                                     structure="qcow2::refcount_table_entry", field="block_offset",
                                     offset=where)
        if offset >= self._file_size:
            return self._zero_block
        raw = read_padded(self._fd, self.cluster_size, offset, self._file_size)
        self._cache[offset] = raw
        if len(self._cache) > self._cache_blocks:
            self._cache.popitem(last=False)
        return raw

    def block_refcounts(self, index: int, count: int | None = None) -> array:
        """The first ``count`` refcounts of block ``index`` (zeros when it is not allocated)."""
        if count is None or count > self.per_block:
            count = self.per_block
        raw = self.raw_block(index)
        if raw is None:
            return refcount_array(self.order, count)
        return decode_refcounts(raw, self.order, count)

    def refcount_of(self, cluster: int) -> int:
        """The stored refcount of host cluster ``cluster`` (0 beyond the table's reach)."""
        index = cluster >> self.block_bits
        raw = self.raw_block(index)
        if raw is None:
            return 0
        slot = cluster & (self.per_block - 1)
        order = self.order
        if order >= 3:
            width = self.bits // 8
            return int.from_bytes(raw[slot * width: slot * width + width], "big")
        per_byte = 8 // self.bits
        byte = raw[slot // per_byte]
        return (byte >> ((slot % per_byte) * self.bits)) & self.max_refcount

    def refcounts(self, count: int) -> array:
        """The stored refcounts of host clusters ``0 .. count - 1``, in one array.

        Each block is read and decoded once. Raises
        :class:`RefcountBlockError` if a block in the range cannot be read.
        """
        out = array(self.typecode)
        index = 0
        while len(out) < count:
            out.extend(self.block_refcounts(index, count - len(out)))
            index += 1
        return out
