"""``qemu-img compare``: do two images hold the same guest data?

Invariant: two images compare identical exactly when every guest byte of the
shorter reads the same in both and every byte past it in the longer reads
as zero (in strict mode: the sizes and the block status must agree too).
The walk follows qemu-img 7.2: both allocation maps are cut into chunks
where neither changes; ranges that are zero in both are not read; ranges
allocated in only one must read as zeros there; the first difference is
reported as the offset of the 512-byte sector it is in.

Strict mode (``-s``) compares what QEMU's block status says about each
chunk: allocated (in any layer of the chain), data, zero, whether a host
offset is known, and whether the range reaches the end of the image (QEMU's
EOF flag, so a raw file that is one hole differs from one with data at its
end even where both are holes).
"""

from __future__ import annotations

from typing import Callable, Iterator, NamedTuple

from .image import Image
from .map import Extent, map_image

__all__ = ["compare_images", "Comparison", "IDENTICAL", "DIFFERENT"]

IDENTICAL, DIFFERENT = 0, 1  # qemu-img compare's exit codes (2: cannot open, 4: cannot read)
BUFFER = 2 << 20             # qemu-img's IO_BUF_SIZE: the longest read
SECTOR = 512


class Comparison(NamedTuple):
    """The verdict: the exit code, and the lines qemu-img compare prints."""

    status: int
    lines: list[str]


class _Chunk(NamedTuple):
    start: int
    length: int
    a: Extent
    b: Extent | None


def compare_images(a: Image, b: Image, *, strict: bool = False,
                   progress: Callable[[int, int], None] | None = None) -> Comparison:
    """Compare the guest data of ``a`` and ``b`` as ``qemu-img compare`` does."""
    if a.size != b.size and strict:
        return Comparison(DIFFERENT, ["Strict mode: Image size mismatch!"])
    common, total = min(a.size, b.size), max(a.size, b.size)
    for chunk in _chunks(map_image(a, 0, common), map_image(b, 0, common)):
        if strict and _status(chunk.a, a.size) != _status(chunk.b, b.size):
            return Comparison(DIFFERENT, [f"Strict mode: Offset {chunk.start} block status mismatch!"])
        if not (chunk.a.zero and chunk.b.zero):
            if chunk.a.present == chunk.b.present:
                mismatch = _first_difference(a, b, chunk.start, chunk.length) if chunk.a.present else None
            else:
                mismatch = _first_nonzero(a if chunk.a.present else b, chunk.start, chunk.length)
            if mismatch is not None:
                return Comparison(DIFFERENT, [f"Content mismatch at offset {mismatch}!"])
        if progress:
            progress(chunk.start + chunk.length, total)
    lines = []
    if a.size != b.size:
        lines.append("Warning: Image size mismatch!")
        longer = a if a.size > b.size else b
        for extent in map_image(longer, common, total - common):
            if extent.present and not extent.zero:
                mismatch = _first_nonzero(longer, extent.start, extent.length)
                if mismatch is not None:
                    return Comparison(DIFFERENT, [*lines, f"Content mismatch at offset {mismatch}!"])
            if progress:
                progress(extent.start + extent.length, total)
    return Comparison(IDENTICAL, [*lines, "Images are identical."])


def _status(extent: Extent, size: int) -> tuple:
    """What QEMU's block status flags say about an extent (see the module's doc)."""
    return (extent.present, extent.data, extent.zero, extent.offset is not None,
            extent.start + extent.length == size)


def _chunks(left: list[Extent], right: list[Extent]) -> Iterator[_Chunk]:
    """The ranges where neither map changes, with the extent of each map that covers it."""
    i = j = 0
    pos = 0
    while i < len(left) and j < len(right):
        x, y = left[i], right[j]
        end = min(x.start + x.length, y.start + y.length)
        yield _Chunk(pos, end - pos, _cut(x, pos), _cut(y, pos))
        pos = end
        if x.start + x.length == end:
            i += 1
        if y.start + y.length == end:
            j += 1


def _cut(extent: Extent, pos: int) -> Extent:
    """``extent`` from ``pos`` on (its host offset moved along)."""
    if pos == extent.start:
        return extent
    moved = extent.offset + pos - extent.start if extent.offset is not None else None
    return Extent(pos, extent.start + extent.length - pos, extent.depth, extent.present, extent.zero,
                  extent.data, moved, extent.file)


def _first_difference(a: Image, b: Image, start: int, length: int) -> int | None:
    for pos in range(start, start + length, BUFFER):
        n = min(BUFFER, start + length - pos)
        x, y = a.read(pos, n), b.read(pos, n)
        if x != y:
            return pos + _first_sector(lambda s: x[s:s + SECTOR] != y[s:s + SECTOR], n)
    return None


def _first_nonzero(image: Image, start: int, length: int) -> int | None:
    zeros = bytes(SECTOR)
    for pos in range(start, start + length, BUFFER):
        n = min(BUFFER, start + length - pos)
        x = image.read(pos, n)
        if x.count(0) != n:
            return pos + _first_sector(lambda s: x[s:s + SECTOR] != zeros[:len(x[s:s + SECTOR])], n)
    return None


def _first_sector(differs: Callable[[int], bool], n: int) -> int:
    """The offset, within a buffer of ``n`` bytes, of the first sector for which ``differs`` holds."""
    return next(s for s in range(0, n, SECTOR) if differs(s))
