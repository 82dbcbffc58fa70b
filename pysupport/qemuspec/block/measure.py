"""``qemu-img measure``: how large a new image for some guest data will be.

Invariant: the numbers are qemu-img 7.2's, computed the same way, so that a
user who sizes a volume from them gets what ``qemu-img convert`` will need.
For qcow2 output, "fully allocated" is the header, every L2 and L1 table and
the refcount metadata for all of it plus every data cluster (the size
``preallocation=metadata`` and a full write leave); "required" keeps that
metadata but counts only the data clusters the source has allocated (all of
them with a backing file, whose sharing QEMU cannot know). Raw output needs
the whole disk either way (whatever its preallocation), LUKS output its header
and the disk. "bitmaps" is the room persistent bitmaps of a
qcow2 source would take.
"""

from __future__ import annotations

from typing import NamedTuple

from ..ctext import to_bytes
from ..errors import UsageError
from .formats import REGISTRY
from .image import Image
from .map import map_columns, map_image
from .qcow2.limits import MAX_L1_BYTES

__all__ = ["Measure", "measure_qcow2", "measure_raw", "measure_luks", "refcount_metadata_size", "prealloc_size"]


class Measure(NamedTuple):
    required: int
    fully_allocated: int
    bitmaps: int | None = None      # shown only when both formats keep persistent bitmaps

    def to_json(self) -> dict:
        out = {} if self.bitmaps is None else {"bitmaps": self.bitmaps}
        out.update({"required": self.required, "fully-allocated": self.fully_allocated})
        return out

    def format_human(self) -> str:
        lines = [f"required size: {self.required}", f"fully allocated size: {self.fully_allocated}"]
        if self.bitmaps is not None:
            lines.append(f"bitmaps size: {self.bitmaps}")
        return "\n".join(lines)


def _round_up(n: int, to: int) -> int:
    return -(-n // to) * to


def refcount_metadata_size(clusters: int, cluster_size: int, refcount_order: int) -> int:
    """Bytes of refcount blocks and table needed to count ``clusters`` and themselves.

    The blocks and the table count themselves too, so the answer is the fixed
    point of "blocks for everything so far, table for those blocks".
    """
    per_block = cluster_size * 8 >> refcount_order
    per_table_cluster = cluster_size // 8
    blocks = table = 0
    total = None
    while True:
        blocks = -(-(clusters + table + blocks) // per_block)
        table = -(-blocks // per_table_cluster)
        if clusters + blocks + table == total:
            return (blocks + table) * cluster_size
        total = clusters + blocks + table


def prealloc_size(size: int, cluster_size: int, refcount_order: int, extended_l2: bool) -> int:
    """Bytes of a qcow2 image of ``size`` with every cluster allocated (metadata included)."""
    entry = 16 if extended_l2 else 8
    disk = _round_up(size, cluster_size)
    meta = cluster_size                                                 # the header
    l2_entries = _round_up(disk // cluster_size, cluster_size // entry)
    meta += l2_entries * entry                                          # the L2 tables
    l1_entries = _round_up(l2_entries * entry // cluster_size, cluster_size // 8)
    meta += l1_entries * 8                                              # the L1 table
    meta += refcount_metadata_size((meta + disk) // cluster_size, cluster_size, refcount_order)
    return meta + disk


def measure_raw(size: int) -> Measure:
    """Raw output: every byte of the disk, allocated or not, has its place in the file."""
    return Measure(_round_up(size, 512), _round_up(size, 512))


def measure_luks(size: int, options) -> Measure:
    """LUKS output (``options`` a :class:`~.qcow2.crypto.LuksOptions`): the header region, as QEMU
    lays it out (4 KiB, then eight key slots of the key's length times 4000 stripes, each rounded
    up to 4 KiB), then the disk, byte for byte (not rounded), allocated or not. Any cipher QEMU
    has is measured, also those qemuspec does not encrypt with (twofish, serpent, cast5, ctr)."""
    from .qcow2.crypto import LUKS_ALIGN_SECTORS, LUKS_KEY_SLOTS, LUKS_STRIPES, SECTOR, luks_key_bytes

    key_bytes = luks_key_bytes(options)
    slot = _round_up(-(-key_bytes * LUKS_STRIPES // SECTOR), LUKS_ALIGN_SECTORS)
    header = (LUKS_ALIGN_SECTORS + LUKS_KEY_SLOTS * slot) * SECTOR
    return Measure(header + size, header + size)


def measure_qcow2(size: int, options, source: Image | None = None, *, backing: bool = False) -> Measure:
    """A qcow2 image made with ``options`` (a ``CreateOptions``) for ``source`` (or an empty disk of ``size``)."""
    cs = options.cluster_size
    order = options.refcount_bits.bit_length() - 1
    version = 2 if options.compat in ("0.10", "v2") else 3
    entry = 16 if options.extended_l2 else 8
    disk = _round_up(source.size if source is not None else size, cs)
    if -(-(disk // cs) // (cs // entry)) * 8 > MAX_L1_BYTES:  # one L1 entry per L2 table, as QEMU counts
        raise UsageError("The image size is too large (try using a larger cluster size)")
    required = 0
    if source is not None:
        required = disk if backing else _allocated_clusters_bytes(source, cs)
    if options.preallocation in ("full", "falloc"):
        required = disk
    full = prealloc_size(disk, cs, order, options.extended_l2)
    bitmaps = None
    keeps_bitmaps = source is not None and "bitmap" in REGISTRY[source.format].commands
    if version >= 3 and keeps_bitmaps and source.version >= 3:
        bitmaps = _bitmaps_size(source, cs)
    return Measure(full - disk + required, full, bitmaps)


def _allocated_clusters_bytes(source: Image, cluster_size: int) -> int:
    """The bytes of the clusters that hold data, counted as qemu-img measure counts them."""
    columns = map_columns(source)
    if columns is not None:
        return _allocated_bytes_bulk(columns, cluster_size)
    total = pos = 0
    for extent in map_image(source):
        end = extent.start + extent.length
        if end <= pos or extent.zero or not (extent.data and extent.present):
            continue
        start = max(pos, extent.start)
        pos = _round_up(end, cluster_size)
        total += start % cluster_size + (pos - start)
    return total


def _allocated_bytes_bulk(columns, cluster_size: int) -> int:
    """:func:`_allocated_clusters_bytes` over map columns.

    The walk's ``pos`` before each counted extent is the end of the counted extent before
    it rounded up to a cluster (ends rise, so a skipped extent never moves it), which
    makes every term independent of the others.
    """
    import numpy as np

    keep = columns.data & columns.present & ~columns.zero
    start, end = columns.start[keep], columns.start[keep] + columns.length[keep]
    if not len(start):
        return 0
    up = -(-end // cluster_size) * cluster_size
    pos = np.concatenate(([0], up[:-1]))
    counted = end > pos
    first = np.maximum(pos, start)[counted]
    return int((first % cluster_size + (up[counted] - first)).sum())


def _bitmaps_size(source, cluster_size: int) -> int:
    """Room for the source's persistent bitmaps in an image with ``cluster_size`` clusters."""
    if source.extensions.bitmaps is None:
        return 0
    from .qcow2.bitmap import list_bitmaps

    data = directory = 0
    for bitmap in list_bitmaps(source):
        bits = -(-source.size // bitmap.granularity)
        clusters = -(-(-(-bits // 8)) // cluster_size)
        data += _round_up(clusters * 8, cluster_size) + clusters * cluster_size
        directory += _round_up(24 + len(to_bytes(bitmap.name)), 8)
    return data + _round_up(directory, cluster_size)
