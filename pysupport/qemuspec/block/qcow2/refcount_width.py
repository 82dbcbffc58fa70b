"""Changing the refcount width of a qcow2 image (``amend -o refcount_bits=N``), as qemu-img does.

A new refcount structure (table and blocks) of the new width is built beside
the old one and then switched in with the header; the old one is freed:

1. Allocation, repeated until it allocates nothing: walk every refcount the
   old table covers in runs of one new block each; a run with a refcount
   other than zero gets a new block (one cluster, allocated and counted in
   the old structure, so later runs and later walks see it), and the new
   table grows to a whole number of clusters to reach it. When a walk
   allocated anything, the new table's clusters are allocated anew (those of
   the walk before given back first), since the table may have grown.
2. The old structure is written with the new clusters counted (a crash from
   here on leaves leaked clusters, no more); then every new block (the
   refcounts of its run, in the new width) and the new table; a flush.
3. The header points at the new table, with the new width; a flush.
4. The old blocks, then the old table, are freed in the new structure.

When an allocation needs the old refcount table to grow, it grows as QEMU
grows it (a table half as large again at the next refcount-block boundary
after everything in use, with blocks there that count themselves and it)
and moves at once: the grown table is written, the header switched to it,
the table before freed, and the allocation searched again (the freed
table's clusters may serve); the walk goes on over the grown table.

A width too narrow for a refcount the image has is refused before anything
is written, with qemu-img's words.
"""

from __future__ import annotations

from array import array

from ...errors import UsageError
from .layout import REFT_OFFSET_MASK, encode_refcounts, encode_u64_table
from .limits import MAX_REFCOUNT_TABLE_BYTES

__all__ = ["refuse_width", "change_refcount_width", "allocate_now", "grow_as_qemu"]


def _too_wide(bits: int, refcount: int) -> bool:
    return bits < 64 and refcount >> bits != 0


def refuse_width(image, bits: int) -> None:
    """Raise UsageError when a cluster of ``image`` has a refcount that ``bits`` bits cannot hold."""
    from .refcount import RefcountTable

    table = RefcountTable(image)
    limit = (1 << bits) - 1
    for index in range(len(table)):
        if not table.block_offset(index):
            continue
        counts = table.block_refcounts(index)
        if max(counts, default=0) <= limit:
            continue
        for slot, refcount in enumerate(counts):
            if _too_wide(bits, refcount):
                offset = ((index << table.block_bits) + slot) << table.cluster_bits
                raise UsageError(f"Cannot decrease refcount entry width to {bits} bits: Cluster at offset "
                                 f"{offset:#x} has a refcount of {refcount}")


def _run_is_empty(rc, start: int, stop: int) -> bool:
    per = rc.per_block
    for index in range(start // per, (stop - 1) // per + 1):
        block = rc.block(index)
        if block is None:
            continue
        lo, hi = max(start - index * per, 0), min(stop - index * per, per)
        if any(block[lo:hi]):
            return False
    return True


def _run_refcounts(rc, start: int, count: int) -> array:
    out = array("Q", bytes(8 * count))
    per = rc.per_block
    for index in range(start // per, (start + count - 1) // per + 1):
        block = rc.block(index)
        if block is None:
            continue
        lo, hi = max(start - index * per, 0), min(start + count - index * per, per)
        dest = index * per + lo - start
        out[dest:dest + hi - lo] = block[lo:hi]
    return out


def _refblock_count(clusters: int, cluster_size: int, order: int) -> int:
    """How many refcount blocks cover ``clusters`` clusters plus the refcount metadata itself, with
    room for a table half as large again (the fixed point QEMU computes when a table grows)."""
    per_table_cluster = cluster_size // 8
    per_block = cluster_size * 8 >> order
    table = blocks = n = 0
    generous = True
    while True:
        last = n
        blocks = -(-(clusters + table + blocks) // per_block)
        table = -(-blocks // per_table_cluster)
        n = clusters + blocks + table
        if n == last and generous:
            clusters += -(-table // 2)
            n = 0
            generous = False
        elif n == last:
            return blocks


def grow_as_qemu(rc):
    """The old table is full: a new one at the next refcount-block boundary after everything in use,
    with new blocks there that count themselves and the table, as QEMU's refcount area (in memory;
    written and switched by :func:`_switch_moved_table`)."""
    def grow(index: int, block_offset: int) -> None:
        per, bits, cs = rc.per_block, rc.cluster_bits, rc.cluster_size
        per_cluster = cs // 8
        area = max(index + 1, (block_offset >> bits) // per + 1)  # the first block index of the new area
        start = area * per                                           # its first cluster
        total = _refblock_count(start, cs, rc.order)
        size = total + -(-total // 2)
        size = -(-size // per_cluster) * per_cluster
        if size * 8 > MAX_REFCOUNT_TABLE_BYTES:
            raise UsageError("the refcount table would grow beyond the maximum size supported by QEMU")
        table = array("Q", rc.table)
        table.extend([0] * (size - len(table)))
        table[index] = block_offset
        new_blocks = sum(1 for i in range(area, total) if not table[i])
        table_start = start + new_blocks
        end = table_start + size * 8 // cs
        nxt = start
        for i in range(area, total):
            if not table[i]:
                rc.blocks[i] = array("Q", bytes(8 * per))
                table[i] = nxt << bits
                nxt += 1
            block = rc.blocks[i]
            for cluster in range(max(start, i * per), min(end, (i + 1) * per)):
                block[cluster - i * per] = 1
            rc.dirty_blocks.add(i)
        if rc.table_moved is None:
            rc.table_moved = (rc.table_offset, len(rc.table) * 8 // cs)
        rc.table = table
        rc.table_offset = table_start << bits
        rc.dirty_entries.update(range(len(table)))
    return grow


def _switch_moved_table(writer) -> None:
    """The old refcount table had to grow: put it on disk and switch the header to it now, and
    free the table before it, as QEMU does mid-allocation (so later allocations may reuse it)."""
    rc = writer.refcounts
    moved = rc.write_increments()
    writer.header.refcount_table_offset, writer.header.refcount_table_clusters = moved
    writer.write_header()
    rc.write_decrements()


def allocate_now(writer, count: int) -> int:
    """``count`` clusters, as qcow2_alloc_clusters gives them: when the refcount table had to grow for
    them (with :func:`grow_as_qemu` as the refcounts' ``on_table_full``), the grown table is written
    and switched at once and the search starts again (from the freed table before, it may be)."""
    rc = writer.refcounts
    offset = rc.allocate(count)
    if rc.table_moved is None:
        return offset
    _switch_moved_table(writer)
    first = offset >> rc.cluster_bits
    for cluster in range(first, first + count):
        rc.release_now(cluster)
    return rc.allocate(count)


def _allocate_new_structure(writer, new_per: int) -> tuple[list[int], int]:
    """The new table's entries and its offset, every cluster counted in the old structure."""
    rc = writer.refcounts
    cs = rc.cluster_size
    per_cluster = cs // 8
    table: list[int] = []
    table_offset = table_clusters = 0
    while True:
        allocated = False
        run = 0
        while run * new_per < len(rc.table) * rc.per_block:  # the old table may grow during the walk
            total = len(rc.table) * rc.per_block
            if not (run < len(table) and table[run]) and \
                    not _run_is_empty(rc, run * new_per, min(total, (run + 1) * new_per)):
                if run >= len(table):
                    size = -(-(run + 1) // per_cluster) * per_cluster
                    if size * 8 > MAX_REFCOUNT_TABLE_BYTES:
                        raise UsageError("This operation would make the refcount table grow beyond the maximum "
                                         "size supported by QEMU, aborting")
                    table.extend([0] * (size - len(table)))
                table[run] = allocate_now(writer, 1)
                allocated = True
            run += 1
        if not allocated:
            return table, table_offset
        if table_offset:  # the table of the walk before is given back; nothing points at it yet
            first = table_offset >> rc.cluster_bits
            for cluster in range(first, first + table_clusters):
                rc.release_now(cluster)
        table_clusters = len(table) * 8 // cs
        table_offset = allocate_now(writer, table_clusters)


def change_refcount_width(writer, bits: int) -> None:
    """Give the image behind ``writer`` refcounts of ``bits`` bits (a version 3 image, checked by
    :func:`refuse_width`)."""
    from .alloc import Refcounts

    order = bits.bit_length() - 1
    if order == writer.refcount_order:
        return
    if writer.version < 3:
        raise UsageError("Refcount widths other than 16 bits require compatibility level 1.1 or above "
                         "(use compat=1.1 or greater)")
    refuse_width(writer, bits)
    rc = writer.refcounts
    cs = writer.cluster_size
    new_per = cs * 8 >> order
    rc.on_table_full = grow_as_qemu(rc)
    try:
        table, table_offset = _allocate_new_structure(writer, new_per)
    except BaseException:
        writer.io = None  # close without writing what is only in memory (leaked clusters at most)
        raise
    io = writer.io
    old_table, old_offset = list(rc.table), rc.table_offset
    if rc.write_increments() is not None:  # the old structure counts the new clusters
        raise AssertionError("the old refcount table moved")
    for run, block_offset in enumerate(table):
        if block_offset:
            io.pwrite(encode_refcounts(_run_refcounts(rc, run * new_per, new_per), order), block_offset)
    io.pwrite(encode_u64_table(table), table_offset)
    io.flush()
    h = writer.header
    h.refcount_order, h.refcount_table_offset, h.refcount_table_clusters = order, table_offset, len(table) * 8 // cs
    writer.write_header()
    fresh = Refcounts(io, writer.cluster_bits, order, table_offset, h.refcount_table_clusters)
    for entry in old_table:
        if entry & REFT_OFFSET_MASK:
            fresh.defer_decrement((entry & REFT_OFFSET_MASK) >> writer.cluster_bits)
    first = old_offset >> writer.cluster_bits
    for cluster in range(first, first + len(old_table) * 8 // cs):
        fresh.defer_decrement(cluster)
    fresh.write_decrements()
    writer.refcounts = fresh
    writer.refcount_order = order
