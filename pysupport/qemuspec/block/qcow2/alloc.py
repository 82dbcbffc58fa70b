"""Host cluster allocation for the writer: refcounts in memory, written in a safe order.

The rule that keeps a crashed image free of corruption (at most leaked
clusters) is the order of refcount updates relative to the metadata that
points at clusters:

* an **increment** reaches the disk *before* any table that uses the cluster
  (:meth:`Refcounts.write_increments`, then the caller's table writes);
* a **decrement** reaches the disk only *after* the table that dropped the
  reference (:meth:`Refcounts.defer_decrement`, applied by
  :meth:`Refcounts.write_decrements` once the caller's tables are on disk);
* a freed cluster is not handed out again until then, so a crash never
  leaves an old table pointing at a cluster that already holds other data;
* a cluster freed by a discard request or a snapshot deletion (QEMU's
  pass-discard-request and pass-discard-snapshot, both on in qemu-img) is
  deallocated in the file once its zero refcount is on disk, before it can
  be handed out again.

New refcount blocks are placed like QEMU places them: at the first free
cluster, counting themselves when they fall into the range they describe.
When the refcount table is too small it moves to a larger one; the header
is switched only after the new table is on disk.
"""

from __future__ import annotations

from array import array

from ...errors import FormatError, UsageError
from .io import ImageFile
from .limits import MAX_REFCOUNT_TABLE_BYTES as MAX_TABLE_BYTES
from .layout import REFT_OFFSET_MASK, decode_refcounts, decode_u64_table, encode_refcounts, encode_u64_table

__all__ = ["Refcounts", "RefcountOverflowError"]



class RefcountOverflowError(UsageError):
    """A cluster is shared more often than the image's refcount width can count."""


class Refcounts:
    """The image's refcounts, loaded on demand and changed in memory."""

    def __init__(self, file: ImageFile, cluster_bits: int, order: int, table_offset: int, table_clusters: int) -> None:
        self.file = file
        self.cluster_bits = cluster_bits
        self.cluster_size = 1 << cluster_bits
        self.order = order
        self.per_block = self.cluster_size * 8 >> order
        self.max_refcount = (1 << (1 << order)) - 1
        if table_clusters * self.cluster_size > MAX_TABLE_BYTES:
            raise FormatError(f"refcount table of {table_clusters} clusters", structure="qcow2::header",
                              field="refcount_table_clusters", expected=f"at most {MAX_TABLE_BYTES} bytes")
        if table_offset % self.cluster_size or table_offset + table_clusters * self.cluster_size > (1 << 63) - 1:
            # as QEMU's validate_table_offset (an offset of 2**64-512 reached os.pread; found by fuzz)
            raise FormatError(f"refcount table offset {table_offset:#x}", structure="qcow2::header",
                              field="refcount_table_offset", expected="cluster-aligned, inside a file")
        self.table_offset = table_offset
        self.table = decode_u64_table(file.pread(table_clusters * self.cluster_size, table_offset))
        self.blocks: dict[int, array] = {}
        self.dirty_blocks: set[int] = set()
        self.dirty_entries: set[int] = set()
        self.table_moved: tuple[int, int] | None = None  # (old offset, old clusters) until the header is switched
        self.deferred: list[int] = []       # clusters whose refcount drops after the next table writes
        self.reserved: set[int] = set()     # freed this epoch, or being allocated: not free yet
        self.discard_when_free: set[int] = set()  # deferred clusters to deallocate if they end up free
        self.free_index = 0
        # called as (index, block_offset) instead of _grow_table when a new block's entry is past the
        # table's end; it must make the table reach the entry (see refcount_width, QEMU's growth)
        self.on_table_full = None

    # -- reading and changing ----------------------------------------------

    def _block(self, index: int) -> array | None:
        block = self.blocks.get(index)
        if block is not None:
            return block
        if index >= len(self.table) or not self.table[index] & REFT_OFFSET_MASK:
            return None
        offset = self.table[index] & REFT_OFFSET_MASK
        if offset % self.cluster_size:
            raise FormatError(f"refcount block offset {offset:#x} is not cluster-aligned",
                              structure="qcow2::refcount_table_entry", field="block_offset",
                              offset=self.table_offset + 8 * index)
        decoded = decode_refcounts(self.file.pread(self.cluster_size, offset), self.order)
        block = array("Q", decoded)
        self.blocks[index] = block
        return block

    def get(self, cluster: int) -> int:
        block = self._block(cluster // self.per_block)
        return 0 if block is None else block[cluster % self.per_block]

    def _set(self, cluster: int, value: int) -> None:
        index = cluster // self.per_block
        block = self._block(index)
        if block is None:
            block = self._new_block(index)
        block[cluster % self.per_block] = value
        self.dirty_blocks.add(index)

    def increment(self, cluster: int, by: int = 1) -> int:
        value = self.get(cluster) + by
        if value > self.max_refcount:
            raise RefcountOverflowError(f"cluster {cluster} would be used {value} times; "
                                        f"{1 << self.order}-bit refcounts count to {self.max_refcount}")
        self._set(cluster, value)
        return value

    def defer_decrement(self, cluster: int, *, discard: bool = False) -> None:
        """Drop one reference to ``cluster`` once the tables that no longer use it are on disk;
        ``discard``: deallocate it in the file if that was its last reference."""
        self.deferred.append(cluster)
        self.reserved.add(cluster)
        if discard:
            self.discard_when_free.add(cluster)

    def release_now(self, cluster: int) -> None:
        """Drop one reference at once: only for a cluster that nothing on disk points at yet
        (a structure allocated and then given up before it was used)."""
        value = self.get(cluster) - 1
        if value < 0:
            raise FormatError(f"refcount of cluster {cluster} would drop below zero",
                              structure="qcow2::refcount_block", field="refcounts")
        self._set(cluster, value)
        if value == 0:
            self.free_index = min(self.free_index, cluster)

    # -- allocation ----------------------------------------------------------

    def _is_free(self, cluster: int) -> bool:
        return cluster not in self.reserved and self.get(cluster) == 0

    def _find_free(self, count: int) -> int:
        start = self.free_index
        run = 0
        cluster = start
        while run < count:
            if self._is_free(cluster):
                run += 1
            else:
                run = 0
                start = cluster + 1
            cluster += 1
        return start

    def allocate(self, count: int = 1) -> int:
        """``count`` contiguous free clusters, counted once each; returns the byte offset."""
        start = self._find_free(count)
        run = range(start, start + count)
        self.reserved.update(run)
        try:
            for cluster in run:
                self.increment(cluster)
        finally:
            self.reserved.difference_update(run)
        self.free_index = start + count
        return start << self.cluster_bits

    def _new_block(self, index: int) -> array:
        """A refcount block for ``index``, placed at the first free cluster (QEMU's way)."""
        cluster = self._find_free(1)
        self.reserved.add(cluster)
        block = array("Q", bytes(8 * self.per_block))
        self.blocks[index] = block
        self.dirty_blocks.add(index)
        try:
            if cluster // self.per_block == index:
                block[cluster % self.per_block] = 1  # it describes itself
            else:
                self.increment(cluster)
            self._set_entry(index, cluster << self.cluster_bits)
        finally:
            self.reserved.discard(cluster)
        return block

    def _set_entry(self, index: int, block_offset: int) -> None:
        if index >= len(self.table):
            if self.on_table_full is not None:
                self.on_table_full(index, block_offset)
                return
            self._grow_table(index)
        self.table[index] = block_offset
        self.dirty_entries.add(index)

    def _grow_table(self, index: int) -> None:
        """Move the refcount table to a larger one (written and switched at the next flush)."""
        old_clusters = len(self.table) * 8 // self.cluster_size
        entries_per_cluster = self.cluster_size // 8
        needed = max(index + 1, len(self.table) * 2)
        clusters = -(-needed // entries_per_cluster) + 1  # room for the blocks the table itself needs
        if clusters * self.cluster_size > MAX_TABLE_BYTES:
            raise UsageError("the image has grown past what an 8 MiB refcount table can describe")
        if self.table_moved is None:
            self.table_moved = (self.table_offset, old_clusters)
        start = self._find_free(clusters)
        run = range(start, start + clusters)
        self.table.extend([0] * (clusters * entries_per_cluster - len(self.table)))
        self.table_offset = start << self.cluster_bits
        self.dirty_entries.update(range(len(self.table)))
        self.reserved.update(run)
        try:
            for cluster in run:
                self.increment(cluster)
        finally:
            self.reserved.difference_update(run)

    # -- writing ---------------------------------------------------------------

    def write_blocks(self) -> bool:
        """Write the changed refcount blocks now (no barrier, no table entries); whether any was.
        For the modules that rebuild refcount structures and write the table themselves
        (preallocation's refcount area); everyone else goes through :meth:`write_increments`."""
        for index in sorted(self.dirty_blocks):
            offset = self.table[index] & REFT_OFFSET_MASK
            self.file.pwrite(encode_refcounts(self.blocks[index], self.order), offset)
        wrote = bool(self.dirty_blocks)
        self.dirty_blocks.clear()
        return wrote

    def write_increments(self) -> tuple[int, int] | None:
        """Write changed refcount blocks, flush, then the table entries that point at new blocks.

        Returns ``(offset, clusters)`` of a new refcount table that the caller
        must switch the header to (after a flush), or None.
        """
        if not self.write_blocks() and not self.dirty_entries:
            return None
        self.file.flush()
        if self.table_moved is not None:
            self.file.pwrite(encode_u64_table(self.table), self.table_offset)
            self.file.flush()
            self.dirty_entries.clear()
            moved = (self.table_offset, len(self.table) * 8 // self.cluster_size)
            old_offset, old_clusters = self.table_moved
            self.table_moved = None
            for cluster in range(old_offset >> self.cluster_bits, (old_offset >> self.cluster_bits) + old_clusters):
                self.defer_decrement(cluster)
            return moved
        if self.dirty_entries:
            for index in sorted(self.dirty_entries):
                self.file.pwrite(encode_u64_table([self.table[index]]), self.table_offset + 8 * index)
            self.dirty_entries.clear()
            self.file.flush()  # a new block's entry is on disk before any table relies on its counts
        return None

    def write_decrements(self) -> None:
        """Apply the deferred decrements now that no table on disk uses those references."""
        deferred, self.deferred = self.deferred, []
        for cluster in deferred:
            value = self.get(cluster) - 1
            if value < 0:
                raise FormatError(f"refcount of cluster {cluster} would drop below zero",
                                  structure="qcow2::refcount_block", field="refcounts")
            self._set(cluster, value)
        if self.write_blocks():
            self.file.flush()
        self._discard_freed()
        self.reserved.clear()
        if deferred:
            self.free_index = min([self.free_index, *deferred])

    def _discard_freed(self) -> None:
        """Deallocate the clusters to discard that no reference holds any more, a run at a time."""
        freed = sorted(c for c in self.discard_when_free if self.get(c) == 0)
        self.discard_when_free.clear()
        start = None
        for n, cluster in enumerate(freed):
            if start is None:
                start = cluster
            if n + 1 == len(freed) or freed[n + 1] != cluster + 1:
                self.file.discard(start << self.cluster_bits, (cluster + 1 - start) << self.cluster_bits)
                start = None

    @property
    def dirty(self) -> bool:
        return bool(self.dirty_blocks or self.dirty_entries or self.deferred or self.table_moved)

    # -- for the modules that rebuild refcount structures (refcount_width, preallocation, the writer's shrink) --

    def block(self, index: int) -> array | None:
        """Refcount block ``index`` as it is now (loaded on first use; changes not yet written
        included), or None when the table has no block there. Read it: change refcounts with
        :meth:`increment`, :meth:`defer_decrement` and :meth:`release_now` (preallocation's refcount
        area alone sets entries in it, as QEMU's ``qcow2_refcount_area`` does, with :attr:`dirty_blocks`)."""
        return self._block(index)
