"""``preallocation=falloc`` and ``preallocation=full``: the layout QEMU's qcow2 driver gives them.

QEMU grows a qcow2 image with these modes in ``qcow2_co_truncate``
(block/qcow2.c, the PREALLOC_MODE_FALLOC/FULL case), and so do we, step by step:

1. the L1 table has grown to the new size (:meth:`Qcow2Writer.resize`);
2. the file's old end is the cluster after the last one with a nonzero refcount;
3. a *refcount area* is placed there (``qcow2_refcount_area`` in
   block/qcow2-refcount.c): the refcount blocks still missing to cover the old
   clusters, the new data clusters and one L2 table per L2 range (plus one),
   then a new refcount table, sized exactly; the header switches to the new
   table and the old table's clusters are freed;
4. the data clusters follow the refcount area in one run; the file is extended
   over them with ``posix_fallocate`` (falloc) or by writing zeros (full);
5. the L2 entries point at that run in guest order (``QCOW_OFLAG_COPIED``, no
   subcluster bits: the clusters are preallocated, as ``m->prealloc`` leaves
   them); a missing L2 table is allocated at the first free cluster, so the
   first one takes the old refcount table's place and the others follow the data.

With an external data file QEMU preallocates the metadata only and extends the
data file with the same mode (``preallocate_co``).
"""

from __future__ import annotations

import os
from array import array

from .layout import encode_u64_table

__all__ = ["refcount_blocks_needed", "preallocate_data", "preallocate_growth", "extend_file", "extend_data_file"]

_ZERO_CHUNK = 1 << 20


def refcount_blocks_needed(clusters: int, cluster_size: int, order: int) -> int:
    """Refcount blocks for ``clusters`` clusters and the refcount structures themselves
    (``qcow2_refcount_metadata_size`` with ``generous_increase`` off)."""
    per_table = cluster_size // 8
    per_block = cluster_size * 8 >> order
    table = blocks = 0
    n = 0
    while True:
        last = n
        blocks = -(-(clusters + table + blocks) // per_block)
        table = -(-blocks // per_table)
        n = clusters + blocks + table
        if n == last:
            return blocks


def extend_file(fd: int, new_size: int, mode: str) -> None:
    """Grow a file to ``new_size`` as QEMU's file-posix truncate does with ``mode``: falloc
    reserves the new range with ``posix_fallocate``, full writes zeros over it, off leaves a hole."""
    current = os.fstat(fd).st_size
    if new_size <= current:
        return
    if mode == "falloc":
        os.posix_fallocate(fd, current, new_size - current)
    elif mode == "full":
        os.ftruncate(fd, new_size)
        zeros = bytes(_ZERO_CHUNK)
        at = current
        while at < new_size:
            n = min(_ZERO_CHUNK, new_size - at)
            done = os.pwrite(fd, zeros[:n], at)
            at += done
        os.fsync(fd)
    else:
        os.ftruncate(fd, new_size)
        if current == 0:
            # file-posix's allocate_first_block: zeros over the first block, for alignment probing
            os.pwrite(fd, bytes(4096 if new_size >= 4096 else 512), 0)


def extend_data_file(writer, mode: str) -> None:
    """The external data file after ``preallocate_co`` mapped the disk onto it.

    When the disk ends inside a cluster (a subcluster with extended L2 entries), QEMU's
    allocation copies the rest of that (sub)cluster on write: zeros from the disk's end to
    the (sub)cluster's end, which makes the file that long (a hole before them). Otherwise
    the file is truncated to the disk's size with ``mode``.
    """
    size = writer.size
    unit = writer.cluster_size // 32 if writer.extended_l2 else writer.cluster_size
    end = -(-size // unit) * unit
    fd = writer.data_io.fd
    current = os.fstat(fd).st_size
    if end > size and end > current:
        os.pwrite(fd, bytes(end - size), size)
    elif size > current:
        extend_file(fd, size, mode)


def _last_cluster(writer) -> int:
    """``qcow2_get_last_cluster``: the last cluster of the file with a nonzero refcount, or -1."""
    rc = writer.refcounts
    cluster = -(-writer.io.size // writer.cluster_size) - 1
    while cluster >= 0:
        if rc.get(cluster):
            return cluster
        cluster -= 1
    return -1


def _refcount_area(writer, start_offset: int, additional_clusters: int) -> int:
    """``qcow2_refcount_area`` with ``exact_size``: new refcount blocks and a new refcount table at
    ``start_offset``, the header switched to it, the old table freed; returns the area's end."""
    rc = writer.refcounts
    cs = writer.cluster_size
    total = refcount_blocks_needed(start_offset // cs + additional_clusters, cs, rc.order)
    area_index = (start_offset // cs) // rc.per_block
    table_size = -(-total // (cs // 8)) * (cs // 8)
    table_clusters = table_size * 8 // cs
    old_offset, old_clusters = rc.table_offset, len(rc.table) * 8 // cs
    new_table = list(rc.table[:table_size]) + [0] * max(0, table_size - len(rc.table))
    missing = sum(1 for i in range(area_index, total) if not new_table[i])
    table_offset = start_offset + missing * cs
    end_offset = table_offset + table_clusters * cs
    block_offset = start_offset
    rc.table = new_table
    for i in range(area_index, total):
        if new_table[i]:
            block = rc.block(i)
        else:
            block = array("Q", bytes(8 * rc.per_block))
            rc.blocks[i] = block
            new_table[i] = block_offset
            block_offset += cs
            rc.dirty_blocks.add(i)
        first = i * rc.per_block  # the first cluster this block covers
        if first * cs < end_offset:
            j = start_offset // cs - first if first * cs < start_offset else 0
            stop = min(end_offset // cs - first, rc.per_block)
            for k in range(j, stop):
                block[k] = 1
            rc.dirty_blocks.add(i)
    rc.write_blocks()
    writer.io.flush()
    writer.io.pwrite(encode_u64_table(new_table), table_offset)
    writer.io.flush()
    rc.table_offset = table_offset
    rc.dirty_entries.clear()
    writer.header.refcount_table_offset = table_offset
    writer.header.refcount_table_clusters = table_clusters
    writer.write_header()
    first_old = old_offset // cs
    for cluster in range(first_old, first_old + old_clusters):
        rc.release_now(cluster)
    rc.write_blocks()
    return end_offset


def preallocate_data(writer, old_length: int, mode: str, *, zero_write: bool = False) -> None:
    """Allocate the clusters from ``old_length`` to the disk's size with ``mode`` (falloc or full),
    after :meth:`Qcow2Writer.resize` grew the L1 table (see the module's docstring).

    ``zero_write``: the new part must read as zeros, not as the backing file's data (QEMU's
    BDRV_REQ_ZERO_WRITE, which the file's truncate honours): with extended L2 entries every
    subcluster of the new clusters is then marked allocated.
    """
    cs = writer.cluster_size
    bits = writer.cluster_bits
    if writer.has_data_file:
        _preallocate_metadata_from(writer, old_length)
        writer.flush()
        extend_data_file(writer, mode)
        return
    # a disk ending inside a cluster: that cluster moves into the new run, its head copied (QEMU's cow_start)
    head_length = old_length % cs
    head_guest = old_length - head_length
    head = writer.read(head_guest, head_length) if head_length else b""
    writer.flush()
    last = _last_cluster(writer)
    old_file_size = (last + 1) * cs
    new_data = (-(-writer.size // cs) * cs - head_guest) >> bits
    entries = writer.l2_entries
    new_l2 = -(-new_data // entries) + 1  # a head or tail range may need one more
    start = _refcount_area(writer, old_file_size, new_data + new_l2)
    rc = writer.refcounts
    first = start >> bits
    for cluster in range(first, first + new_data):
        rc.increment(cluster)
    rc.write_blocks()
    writer.io.flush()
    extend_file(writer.io.fd, start + (new_data << bits), mode)
    if head:
        writer.io.pwrite(head, start)
        writer.io.flush()
    # an old entry there is the cluster the head was copied from, freed once the new entry is on disk
    writer.map_preallocated(old_length >> bits, new_data, start, all_subclusters=zero_write)
    writer.flush()


def preallocate_growth(writer, new_size: int, mode: str) -> None:
    """``resize --preallocation=MODE``: grow the disk to ``new_size`` and allocate the new part."""
    from ...errors import UsageError

    if mode not in ("off", "falloc", "full"):
        raise UsageError(f"qemuspec resizes with preallocation off, falloc or full, not {mode!r}")
    if new_size < writer.size and mode != "off":
        raise UsageError("Preallocation can only be used for growing images")  # qemu-img's words
    old_length = writer.size
    writer.resize(new_size)
    if mode != "off" and new_size > old_length:
        backing = writer.backing
        preallocate_data(writer, old_length, mode, zero_write=backing is not None and backing.size > old_length)


def _preallocate_metadata_from(writer, old_length: int) -> None:
    """L2 entries mapping the guest clusters from ``old_length`` one to one onto the data file."""
    bits = writer.cluster_bits
    first = old_length >> bits
    writer.map_preallocated(first, (-(-writer.size >> bits)) - first, first << bits)
