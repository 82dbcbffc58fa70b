"""Which of the bytes ``convert`` reads it writes: qemu-img 7.2's ``-S`` rule, to the sector.

qemu-img convert reads the source one request at a time: each extent its block
status reports as data, cut into pieces of its buffer size (2 MiB, or the
target's cluster size if larger) counted from the extent's start. Within a
request it walks the sectors as runs of zero and non-zero ones:

* a request that starts with zeros skips them, however few;
* otherwise it writes up to the last non-zero sector before a run of at least
  ``-S`` zero bytes (the whole rest of a shorter request), then goes on after
  the writes as from a new start;
* every run's end but the request's is moved to a multiple of the alignment
  (``-S`` rounded down to a power of two): a non-zero run's end up, a zero run's
  end down, and a zero run that would vanish counts as non-zero.

So a target made here has the same holes, clusters and subclusters as one that
qemu-img makes from the same source, for every ``-S`` and target format (the
zeros between the writes are never written: the new target reads them as zeros).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterator

from .map import map_columns, map_image

__all__ = ["data_extents", "request_size", "requests", "written"]

SECTOR = 512
BUFFER = 2 << 20            # qemu-img convert's IO_BUF_SIZE
MAX_BUFFER = 16 << 20       # and its most (MAX_BUF_SECTORS)


def request_size(target_cluster: int = 0) -> int:
    """The most qemu-img convert reads at once: its buffer, larger than 2 MiB for a target of
    4 MiB clusters and up (``target_cluster``: its discard alignment)."""
    return min(MAX_BUFFER, max(BUFFER, target_cluster))


def requests(image, target_cluster: int = 0) -> list[tuple[int, int]]:
    """``(start, length)`` of every read qemu-img convert makes of ``image``, in order."""
    buffer = request_size(target_cluster)
    out = []
    for pos, end in data_extents(image):
        while pos < end:
            n = min(buffer, end - pos)
            out.append((pos, n))
            pos += n
    return out


def data_extents(image) -> list[tuple[int, int]]:
    """``(start, end)`` of the extents of ``image`` that block status reports as data, in order."""
    columns = map_columns(image)
    if columns is not None:  # a long map, in bulk
        keep = ~columns.zero & (columns.data | columns.present)
        starts = columns.start[keep]
        return list(zip(starts.tolist(), (starts + columns.length[keep]).tolist()))
    return [(e.start, e.start + e.length) for e in map_image(image)
            if not e.zero and (e.data or e.present)]


def written(zero_runs, length: int, base: int, sparse: int) -> Iterator[tuple[int, int]]:
    """The ``(start, stop)`` byte ranges of one request that qemu-img writes.

    ``zero_runs`` are the request's runs of whole zero sectors as ``(start, stop)``
    byte offsets from its start, in order (a short last sector counts as whole);
    ``length`` is the request's length, ``base`` its guest offset (sector-aligned),
    ``sparse`` the ``-S`` bytes (not 0: then everything is written).
    """
    count = -(-length // SECTOR)
    first = base // SECTOR
    least = sparse // SECTOR
    align = 1 << (least.bit_length() - 1)
    zero_runs = list(zero_runs)
    starts = [start // SECTOR for start, _ in zero_runs]
    stops = [min(count, -(-stop // SECTOR)) for _, stop in zero_runs]

    def run(p: int) -> tuple[bool, int]:
        """Whether sector ``p`` is zero, and its sector run's length from ``p``, aligned."""
        k = bisect_right(starts, p) - 1
        zero = k >= 0 and p < stops[k]
        end = stops[k] if zero else (starts[k + 1] if k + 1 < len(starts) else count)
        n = end - p
        tail = (first + end) & (align - 1)
        if tail and end < count:  # a run to the request's end is taken whole
            if zero and n <= tail:
                zero = False
            if zero:
                n -= tail
            else:
                n = min(n + align - tail, count - p)
        return zero, n

    p = 0
    while p < count:
        left = count - p
        zero, used = run(p)
        if not zero:
            least_here = min(least, left)
            checked = used
            while checked < left:
                more_zero, n = run(p + checked)
                checked += n
                if not more_zero:
                    used = checked
                elif n >= least_here:
                    break
            yield p * SECTOR, min(length, (p + used) * SECTOR)
        p += used
