"""Writing guest data into a qcow2 image, in an order that survives a crash.

:class:`Qcow2Writer` extends the reader: the L1 table and the cached L2
tables are changed in memory and written at :meth:`Qcow2Writer.flush`,
guest data goes to disk when it is written, and refcounts follow the rules
of :mod:`.alloc`. A flush writes, with barriers between:

1. refcount increments (new data clusters, L2 tables, refcount blocks);
2. L2 tables, then the L1 table and the header;
3. refcount decrements (clusters no table on disk uses any more).

So a crash at any point leaves, at worst, leaked clusters; everything
written before the last completed flush reads back.
"""

from __future__ import annotations

import os
from ...ctext import to_bytes
from ...errors import FormatError, UsageError
from ...formats.qcow2 import Qcow2
from ...specs import parse, serialize
from .alloc import Refcounts
from .image import SUBCLUSTERS, Qcow2Image
from .io import ImageFile
from .layout import (
    L1E_COPIED, L1E_OFFSET_MASK, L2E_COMPRESSED, L2E_COPIED, L2E_OFFSET_MASK, L2E_ZERO, REFT_OFFSET_MASK,
    compressed_entry, compressed_range, decode_u64_table, encode_u64_table,
)

__all__ = ["Qcow2Writer", "open_for_writing"]

_L2_CACHE_DIRTY_LIMIT = 256


class Qcow2Writer(Qcow2Image):
    """A qcow2 image opened for reading and writing (with QEMU's writer locks)."""

    def __init__(self, path: str | os.PathLike, *, backing: bool = True, journal: list | None = None,
                 sync: bool = True, verify: bool = True, key_secret: bytes | None = None) -> None:
        """``sync=False`` skips the fdatasync of every barrier (qemu-img's ``cache=unsafe``):
        fast for a new image that is worthless after a crash anyway, as in convert.

        ``verify`` checks the metadata first (as ``qemu-img check`` does) and refuses, with nothing
        written, an image that has corruptions: the writer allocates by the refcounts, and wrong
        refcounts would make it overwrite data. Leaked clusters are fine (QEMU writes to such
        images too). ``verify=False`` skips that walk over all metadata, for an image just created.
        An image left dirty by lazy refcounts is repaired first, as QEMU's read-write open does.

        A LUKS-encrypted image needs ``key_secret`` (its passphrase): every data byte is encrypted
        on the way to the file, as QEMU does it."""
        if _dirty_on_disk(path):
            from .repair import repair_if_dirty  # here: the repair module and the check it needs are large

            repair_if_dirty(path)
        super().__init__(path, backing=backing, _writable=True)
        try:
            self._prepare(journal, sync, verify, key_secret)
        except BaseException:
            self.io = None  # half prepared (a bad refcount table, bitmaps): close the files, flush nothing
            self.close()
            raise

    def _prepare(self, journal: list | None, sync: bool, verify: bool, key_secret: bytes | None) -> None:
        h = self.header
        if self.version >= 3 and h.incompatible_features.dirty:
            raise UsageError(f"{self.path} was not closed cleanly (dirty, lazy refcounts): "
                             "repair it with `qemu-img check -r all` before writing")
        if verify:
            self._refuse_if_damaged()
        self.io = ImageFile(self._file.fileno(), str(self.path), journal, sync=sync)
        self.data_io = self.io if not self.has_data_file else \
            ImageFile(self._data_fd, str(self.data_file_path), journal, sync=sync)
        if self.encryption is not None:
            from .crypto import EncryptingFile, require_key, unlock

            if key_secret is not None:
                unlock(self, key_secret)
            require_key(self)  # an encrypted backing file too: copy on write reads it
            self.data_io = EncryptingFile(self.data_io, self.encryption)
        self.refcounts = Refcounts(self.io, self.cluster_bits, self.refcount_order,
                                   h.refcount_table_offset, h.refcount_table_clusters)
        self.lazy = bool(self.version >= 3 and h.compatible_features.lazy_refcounts)
        self._dirty_l2: set[int] = set()
        self._l1_dirty = False
        self._header_dirty = False
        self._marked_dirty = False
        self._l1 = decode_u64_table(encode_u64_table(self._l1))  # a private, mutable copy
        self.write_hooks: list = []  # callables (offset, length) told of every guest change (bitmaps)
        self._compressed_tail: int | None = None  # where the last compressed cluster's bytes ended
        self._bitmaps = None
        if self.extensions.bitmaps is not None and self.version >= 3 and h.autoclear_features.bitmaps:
            self.bitmaps  # load them now, so that every write marks them

    def _refuse_if_damaged(self) -> None:
        from .check import check_image

        result = check_image(self)
        if result.finished and not result.corruptions and not result.check_errors:
            return
        why = str(result.error) if not result.finished else \
            f"{result.corruptions} corruptions, {result.check_errors} check errors: {'; '.join(result.messages[:3])}"
        raise FormatError(f"{self.path} is damaged ({why}); nothing was written: repair it with "
                          "`qemu-img check -r all` first", structure="qcow2", expected="an image check finds clean")

    @property
    def bitmaps(self):
        """The image's persistent bitmaps (a :class:`~.bitmap.BitmapStore`), loaded for writing."""
        if self._bitmaps is None:
            if self.version < 3:
                raise UsageError("persistent bitmaps need a version 3 image (compat=1.1)")
            from .bitmap import BitmapStore

            self._bitmaps = BitmapStore(self)
        return self._bitmaps

    @property
    def file_size(self) -> int:
        """The image file's size now (it grows as the writer allocates)."""
        io = getattr(self, "io", None)
        return io.size if io is not None else self._opened_size

    @file_size.setter
    def file_size(self, value: int) -> None:
        self._opened_size = value

    # -- tables ------------------------------------------------------------------

    def _evict_l2(self) -> None:
        if len(self._dirty_l2) >= _L2_CACHE_DIRTY_LIMIT or next(iter(self._l2_cache)) in self._dirty_l2:
            self.flush()
        super()._evict_l2()

    def _l2_for_write(self, l1_index: int):
        """The L2 table of ``l1_index``, allocated or copied so that it may be changed."""
        if l1_index >= len(self._l1):
            raise UsageError("write beyond the L1 table (resize the image first)")
        entry = self._l1[l1_index]
        old = entry & L1E_OFFSET_MASK
        if old and entry & L1E_COPIED:
            return self._l2_table(l1_index), old
        new = self.refcounts.allocate(1)
        if old:  # shared with a snapshot: copy it, drop our reference to the old one
            table = decode_u64_table(encode_u64_table(self._l2_table(l1_index)))
            self.refcounts.defer_decrement(old >> self.cluster_bits)
        else:
            table = decode_u64_table(bytes(self.cluster_size))
        self._l2_cache[new] = table
        self._dirty_l2.add(new)
        self._l1[l1_index] = new | L1E_COPIED
        self._l1_dirty = True
        return table, new

    def _host_cluster_if_owned(self, entry: int) -> int | None:
        """The host offset of a standard cluster we may overwrite in place (refcount 1)."""
        if entry & L2E_COMPRESSED or not entry & L2E_COPIED:
            return None
        host = entry & L2E_OFFSET_MASK
        return host if host or self.has_data_file else None

    def _release(self, entry: int, *, discard: bool = False) -> None:
        """Drop the reference an L2 entry held (deferred until the new entry is on disk);
        ``discard`` (a discard request, or zeroes that may unmap): deallocate what ends up free."""
        if self.has_data_file and not entry & L2E_COMPRESSED:
            return  # data file clusters are not refcounted
        if entry & L2E_COMPRESSED:
            host, length = compressed_range(entry, self.cluster_bits)
            first = host >> self.cluster_bits
            last = (host + length - 1) >> self.cluster_bits
            for cluster in range(first, last + 1):
                self.refcounts.defer_decrement(cluster, discard=discard)
        elif entry & L2E_OFFSET_MASK:
            self.refcounts.defer_decrement((entry & L2E_OFFSET_MASK) >> self.cluster_bits, discard=discard)

    def _new_data_cluster(self, guest_cluster: int) -> int:
        if self.has_data_file:
            return guest_cluster << self.cluster_bits  # the data file maps guest offsets one to one
        return self.refcounts.allocate(1)

    # -- guest writes --------------------------------------------------------------

    def _mark_dirty_once(self) -> None:
        """With lazy refcounts, set the dirty bit before the first change reaches the disk."""
        if self.lazy and not self._marked_dirty:
            self.header.incompatible_features.dirty = True
            self._write_header()
            self.io.flush()
            self._marked_dirty = True

    def write(self, offset: int, data: bytes | bytearray | memoryview) -> None:
        """Write guest bytes at ``offset`` (allocating, copying on write as needed)."""
        view = memoryview(bytes(data) if not isinstance(data, (bytes, bytearray)) else data)
        self._check_range(offset, len(view))
        self._mark_dirty_once()
        self._compressed_cache = None
        cs, bits = self.cluster_size, self.cluster_bits
        pos = 0
        while pos < len(view):
            guest = offset + pos
            cluster = guest >> bits
            if not guest & (cs - 1) and len(view) - pos >= cs:
                done = self._write_new_clusters(cluster, view[pos:])
                if done:
                    pos += done
                    continue
            n = min(len(view) - pos, ((cluster + 1) << bits) - guest)
            self._write_in_cluster(cluster, guest & (cs - 1), view[pos:pos + n])
            pos += n
        self._notify(offset, len(view))

    def _write_new_clusters(self, cluster: int, view: memoryview) -> int:
        """Whole clusters that are not allocated yet, in one allocation and one write.

        The fast path of sequential writes (convert): returns the bytes
        written, 0 when the first cluster is not a plain unallocated one.
        """
        if self.extended_l2 or self.has_data_file:
            return 0
        l1_index, l2_index = divmod(cluster, self.l2_entries)
        table, l2_offset = self._l2_for_write(l1_index)
        limit = min(len(view) >> self.cluster_bits, self.l2_entries - l2_index)
        count = 0
        while count < limit and table[l2_index + count] & ~L2E_ZERO == 0:
            count += 1
        if not count:
            return 0
        host = self.refcounts.allocate(count)
        length = count << self.cluster_bits
        self.data_io.pwrite(view[:length], host)
        cs = self.cluster_size
        for i in range(count):
            table[l2_index + i] = (host + i * cs) | L2E_COPIED
        self._dirty_l2.add(l2_offset)
        return length

    def _write_in_cluster(self, cluster: int, start: int, chunk: memoryview) -> None:
        l1_index, l2_index = divmod(cluster, self.l2_entries)
        table, l2_offset = self._l2_for_write(l1_index)
        if self.extended_l2:
            self._write_subclusters(table, l2_offset, l2_index, cluster, start, chunk)
            return
        entry = table[l2_index]
        host = self._host_cluster_if_owned(entry)
        if host is not None and not entry & L2E_ZERO:
            self.data_io.pwrite(chunk, host + start)
            return
        base = cluster << self.cluster_bits
        content = bytearray(self._current_cluster(base)) if len(chunk) < self.cluster_size else bytearray(self.cluster_size)
        content[start:start + len(chunk)] = chunk
        if host is not None:  # an owned cluster that read as zeros: fill it in place
            self.data_io.pwrite(content, host)
            table[l2_index] = host | L2E_COPIED
        else:
            new = self._new_data_cluster(cluster)
            self.data_io.pwrite(content, new)
            self._release(entry)
            table[l2_index] = new | L2E_COPIED
        self._dirty_l2.add(l2_offset)

    def _current_cluster(self, base: int) -> bytes:
        """What the guest reads at one cluster now (for copy on write)."""
        length = min(self.cluster_size, self.size - base)
        return self.read(base, length) + bytes(self.cluster_size - length)

    def _write_subclusters(self, table, l2_offset: int, l2_index: int, cluster: int, start: int, chunk: memoryview) -> None:
        entry, bitmap = table[2 * l2_index], table[2 * l2_index + 1]
        sc = self.cluster_size // SUBCLUSTERS
        base = cluster << self.cluster_bits
        host = self._host_cluster_if_owned(entry)
        if host is None:
            old_entry, old_bitmap = entry, bitmap
            host = self._new_data_cluster(cluster)
            if old_entry & L2E_COMPRESSED or (old_entry & L2E_OFFSET_MASK and not old_entry & L2E_COMPRESSED):
                # the old cluster (shared or compressed) is copied whole, then let go
                self.data_io.pwrite(self._current_cluster(base), host)
                bitmap = 0xFFFFFFFF
                self._release(old_entry)
            else:
                bitmap = old_bitmap & ~0xFFFFFFFF  # keep the zero bits of a plain unallocated cluster
            entry = host | L2E_COPIED
        first, last = start // sc, (start + len(chunk) - 1) // sc
        for sub in range(first, last + 1):
            if bitmap >> sub & 1:
                continue
            # a subcluster not yet ours: copy what the guest reads there, then our bytes go over it
            sub_start = sub * sc
            self.data_io.pwrite(self.read(base + sub_start, min(sc, self.size - base - sub_start))
                                .ljust(sc, b"\0"), host + sub_start)
        self.data_io.pwrite(chunk, host + start)
        for sub in range(first, last + 1):
            bitmap = (bitmap | 1 << sub) & ~(1 << (sub + 32))
        table[2 * l2_index], table[2 * l2_index + 1] = entry, bitmap
        self._dirty_l2.add(l2_offset)

    def write_zeroes(self, offset: int, length: int, *, unmap: bool = False) -> None:
        """Make ``[offset, offset + length)`` read as zeros, with the zero flag where it can."""
        self._check_range(offset, length)
        if self.data_file_raw:
            self._write_zeroes_through(offset, length)  # the data file must read as the disk does
            return
        self._mark_dirty_once()
        self._compressed_cache = None
        cs, bits = self.cluster_size, self.cluster_bits
        pos, end = offset, offset + length
        while pos < end:
            cluster = pos >> bits
            stop = min(end, (cluster + 1) << bits)
            whole = pos & (cs - 1) == 0 and (stop - pos == cs or stop == self.size)
            if whole and self.version >= 3 and not self.extended_l2:
                self._zero_cluster(cluster, unmap)
            elif whole and self.extended_l2:
                self._zero_subclusters(cluster, 0, SUBCLUSTERS, unmap)
            elif self.extended_l2:
                self._zero_within_cluster(cluster, pos, stop, unmap)
            elif whole and self.version < 3 and self.backing is None:
                self._discard_cluster(cluster)  # as QEMU: without a zero flag, zeroes are a discard
            elif self.version >= 3 and self._reads_zero(cluster, 0):
                self._zero_cluster(cluster, unmap)  # as QEMU: the rest reads as zeros, so all of it may
            elif self.backing is None and self._is_unallocated_plain(cluster):
                pass  # version 2: already reads as zeros
            else:
                self.write(pos, bytes(stop - pos))
            pos = stop
        self._notify(offset, length)

    def _zero_within_cluster(self, cluster: int, pos: int, stop: int, unmap: bool) -> None:
        """Zeros over ``[pos, stop)`` of one cluster of an extended-L2 image, as QEMU splits them:
        whole subclusters get the zero flag; a part of one gets it too if the subcluster reads
        as zeros already (QEMU's zero write then covers the whole subcluster), else is written."""
        sc = self.cluster_size // SUBCLUSTERS
        base = cluster << self.cluster_bits
        while pos < stop:
            sub = (pos - base) // sc
            whole_end = stop if stop == self.size else pos + (stop - pos) // sc * sc
            if pos % sc == 0 and whole_end > pos:  # whole subclusters (the disk's last counts whole)
                self._zero_subclusters(cluster, sub, -(-(whole_end - base) // sc), unmap)
                pos = whole_end
                continue
            piece_end = min(stop, base + (sub + 1) * sc)
            if self._reads_zero(cluster, sub):
                self._zero_subclusters(cluster, sub, sub + 1, unmap)
            else:
                self.write(pos, bytes(piece_end - pos))
            pos = piece_end

    def _reads_zero(self, cluster: int, sub: int) -> bool:
        """Whether subcluster ``sub`` of ``cluster`` (the whole cluster without extended L2) reads as
        zeros by its L2 entry alone (QEMU's fast zero test): unallocated without a backing file, or
        flagged zero."""
        l1_index, l2_index = divmod(cluster, self.l2_entries)
        table = self._l2_table(l1_index)
        if table is None:
            return self.backing is None
        if not self.extended_l2:
            entry = table[l2_index]
            return not entry & L2E_COMPRESSED and bool(entry & L2E_ZERO or (entry == 0 and self.backing is None))
        entry, bitmap = table[2 * l2_index], table[2 * l2_index + 1]
        if entry & L2E_COMPRESSED:
            return False
        if bitmap >> (32 + sub) & 1:
            return True
        return not bitmap >> sub & 1 and self.backing is None

    def _write_zeroes_through(self, offset: int, length: int) -> None:
        """Zeros written as data (images whose external data file is a valid raw image)."""
        chunk = bytes(min(length, 1 << 20))
        pos = offset
        while pos < offset + length:
            n = min(len(chunk), offset + length - pos)
            self.write(pos, chunk[:n])
            pos += n

    def _is_unallocated_plain(self, cluster: int) -> bool:
        l1_index, l2_index = divmod(cluster, self.l2_entries)
        table = self._l2_table(l1_index)
        return table is None or table[l2_index * (2 if self.extended_l2 else 1)] == 0

    def _zero_cluster(self, cluster: int, unmap: bool) -> None:
        l1_index, l2_index = divmod(cluster, self.l2_entries)
        table, l2_offset = self._l2_for_write(l1_index)
        entry = table[l2_index]
        owned = self._host_cluster_if_owned(entry)
        if owned is not None and not unmap:
            table[l2_index] = owned | L2E_COPIED | L2E_ZERO  # keep the allocation (QEMU's ZERO_ALLOC)
        else:
            self._release(entry, discard=unmap)
            table[l2_index] = L2E_ZERO
        self._dirty_l2.add(l2_offset)

    def _zero_subclusters(self, cluster: int, first: int, stop: int, unmap: bool) -> None:
        l1_index, l2_index = divmod(cluster, self.l2_entries)
        table, l2_offset = self._l2_for_write(l1_index)
        entry, bitmap = table[2 * l2_index], table[2 * l2_index + 1]
        if entry & L2E_COMPRESSED or (entry & L2E_OFFSET_MASK and not entry & L2E_COPIED):
            if first == 0 and stop == SUBCLUSTERS:
                self._release(entry, discard=unmap)
                entry, bitmap = 0, 0
            else:  # part of a shared or compressed cluster: make it ours first
                self.write(cluster << self.cluster_bits, self._current_cluster(cluster << self.cluster_bits))
                entry, bitmap = table[2 * l2_index], table[2 * l2_index + 1]
        for sub in range(first, stop):
            bitmap = (bitmap & ~(1 << sub)) | 1 << (sub + 32)
        if unmap and bitmap & 0xFFFFFFFF == 0 and entry & L2E_OFFSET_MASK and entry & L2E_COPIED and not self.has_data_file:
            self._release(entry, discard=True)
            entry = 0
        table[2 * l2_index], table[2 * l2_index + 1] = entry, bitmap
        self._dirty_l2.add(l2_offset)

    def discard(self, offset: int, length: int, *, full: bool = False) -> None:
        """Let go of whole clusters in the range (partial clusters are left as they are, as QEMU does).

        Discarded clusters read as zeros (or, in a version 2 image with a
        backing file, from the backing file). ``full`` (QEMU's full discard,
        as emptying an image after a commit does) leaves no zero flag: the
        clusters read from the backing file again.
        """
        self._check_range(offset, length)
        self._mark_dirty_once()
        cs = self.cluster_size
        first = -(-offset // cs)
        last = (offset + length) // cs if offset + length < self.size else -(-self.size // cs)
        if self.data_file_raw:  # discarded clusters read as zeros, in the data file too
            if last > first:
                self._write_zeroes_through(first * cs, min(last * cs, self.size) - first * cs)
            return
        for cluster in range(first, last):
            self._discard_cluster(cluster, full)
        self._compressed_cache = None
        self._notify(offset, length)

    def _discard_cluster(self, cluster: int, full: bool = False) -> None:
        """QEMU's discard of one cluster: the L2 table is allocated (or copied from a snapshot's)
        even where nothing changes; an allocated cluster, or any with a backing file, reads as
        zeros after (or from the backing file again, with ``full``)."""
        width = 2 if self.extended_l2 else 1
        l1_index, l2_index = divmod(cluster, self.l2_entries)
        if full and self._l2_table(l1_index) is None:
            return
        table, l2_offset = self._l2_for_write(l1_index)
        entry = table[width * l2_index]
        bitmap = table[2 * l2_index + 1] if self.extended_l2 else 0
        allocated = bool(entry & (L2E_COMPRESSED | L2E_OFFSET_MASK)) or (
            self.has_data_file and bool(entry & L2E_COPIED) and not (entry & L2E_ZERO and not self.extended_l2))
        if full:
            new_entry, new_bitmap = 0, 0
        elif self.backing is not None or allocated:
            new_entry, new_bitmap = (0, 0xFFFFFFFF << 32) if self.extended_l2 else \
                (L2E_ZERO if self.version >= 3 else 0, 0)
        else:
            return
        if (new_entry, new_bitmap) == (entry, bitmap):
            return
        if allocated:
            self._release(entry, discard=True)
        table[width * l2_index] = new_entry
        if self.extended_l2:
            table[2 * l2_index + 1] = new_bitmap
        self._dirty_l2.add(l2_offset)

    def write_compressed(self, offset: int, data: bytes, *, compressed: bytes | None = None) -> None:
        """Write one whole cluster compressed (zlib or zstd, as the image says).

        Data that does not shrink is written uncompressed, as QEMU does. The
        compressed bytes are packed after the previous compressed cluster.
        ``compressed`` is ``data`` already compressed by
        :func:`~.compress.compress_cluster` (in another thread, say).
        """
        if self.encryption is not None:
            raise UsageError("Compression and encryption not supported at the same time")  # qemu-img's words
        cs = self.cluster_size
        if offset % cs or not (len(data) == cs or offset + len(data) == self.size):
            raise UsageError("compressed writes take whole, aligned clusters")
        if self.has_data_file:
            raise UsageError("images with an external data file cannot hold compressed clusters")
        self._check_range(offset, len(data))
        self._mark_dirty_once()
        data = bytes(data).ljust(cs, b"\0")
        packed = self._compress(data) if compressed is None else compressed
        if len(packed) >= cs - 512:
            self.write(offset, data[:min(cs, self.size - offset)])
            return
        self._compressed_cache = None
        cluster = offset >> self.cluster_bits
        l1_index, l2_index = divmod(cluster, self.l2_entries)
        table, l2_offset = self._l2_for_write(l1_index)
        host = self._place_compressed(len(packed))
        self.io.pwrite(packed, host)
        sectors = ((host + len(packed) - 1) >> 9) - (host >> 9)
        width = 2 if self.extended_l2 else 1
        self._release(table[width * l2_index])
        table[width * l2_index] = compressed_entry(host, sectors, self.cluster_bits)
        if self.extended_l2:
            table[2 * l2_index + 1] = 0
        self._dirty_l2.add(l2_offset)
        self._notify(offset, min(cs, self.size - offset))

    def _compress(self, data: bytes) -> bytes:
        from .compress import compress_cluster

        return compress_cluster(data, self.cluster_size, self.compression)

    def _place_compressed(self, length: int) -> int:
        """Bytes for compressed data, packed after the last compressed cluster's tail as QEMU packs them.

        When they fit in the tail's cluster they go there; when they do not but
        the next free cluster is the one after it, they run on into it (each
        cluster they touch is counted once more, as QEMU and its check count
        them); otherwise they start a fresh cluster.
        """
        cs, bits = self.cluster_size, self.cluster_bits
        tail = self._compressed_tail
        usable = tail is not None and tail % cs and self.refcounts.get(tail >> bits) < self.refcounts.max_refcount
        if usable and tail % cs + length <= cs:
            self.refcounts.increment(tail >> bits)
            host = tail
        else:
            host = self.refcounts.allocate(1)
            if usable and host == ((tail >> bits) + 1) << bits:
                self.refcounts.increment(tail >> bits)
                host = tail
        self._compressed_tail = host + length
        return host

    def _check_range(self, offset: int, length: int) -> None:
        if offset < 0 or length < 0 or offset + length > self.size:
            raise UsageError(f"{length} bytes at {offset} are outside the {self.size}-byte disk")

    def _notify(self, offset: int, length: int) -> None:
        for hook in self.write_hooks:
            hook(offset, length)

    # -- size ----------------------------------------------------------------------

    def resize(self, new_size: int) -> None:
        """Grow the disk to ``new_size`` bytes (shrinking is not supported)."""
        if new_size < self.size:
            raise UsageError("shrinking a qcow2 image is not supported")
        needed = -(-new_size // (self.cluster_size * self.l2_entries))
        if needed > len(self._l1):
            cs = self.cluster_size
            clusters = -(-needed * 8 // cs)
            new_offset = self.refcounts.allocate(clusters)
            old_offset, old_entries = self.header.l1_table_offset, len(self._l1)
            self._l1.extend([0] * (needed - old_entries))
            self.flush()  # the new table's refcounts and any pending tables first
            self.io.pwrite(encode_u64_table(self._l1), new_offset)
            self.io.flush()
            self.header.l1_table_offset, self.header.num_l1_entries = new_offset, needed
            self.header.size = new_size
            self.size = new_size
            self._write_header()
            self.io.flush()
            if old_entries:
                first = old_offset >> self.cluster_bits
                for cluster in range(first, first + -(-old_entries * 8 // cs)):
                    self.refcounts.defer_decrement(cluster)
            self.refcounts.write_decrements()
        else:
            self.header.size = new_size
            self.size = new_size
            self._header_dirty = True
        self.flush()

    def truncate(self, new_size: int) -> None:
        """Grow or shrink the disk to exactly ``new_size`` bytes, as QEMU's qcow2 truncate does
        without preallocation (``qemu-img amend -o size=``, ``qemu-img resize --shrink``).

        Refused before anything is written: a size that is not a multiple of 512, a version 2
        image with snapshots (its snapshot table need not record their sizes). A shrink lets go
        of every cluster past the new end (data, then the L2 tables past it, then refcount
        blocks that count nothing), zeroes what it freed and cuts the file after its last used
        cluster; the L1 table keeps its length, its entries past the end are zeroed.
        """
        if new_size % 512:
            raise UsageError("The new size must be a multiple of 512")
        if self._bitmaps is not None:
            self._bitmaps.refuse_resize()
        if self.header.num_snapshots and self.version < 3:
            raise UsageError("Can't resize a v2 image which has snapshots")
        if new_size >= self.size:
            old = self.size
            self.resize(new_size)
            if self.data_file_raw:  # QEMU maps the new clusters (metadata preallocation), as create did
                self._map_raw_clusters(old // self.cluster_size, -(-new_size // self.cluster_size))
        else:
            lazy, self.lazy = self.lazy, False  # the file's end follows the refcounts: keep them current
            try:
                self._shrink(new_size)
            finally:
                self.lazy = lazy
        if self.has_data_file and self.data_io is not self.io:
            os.ftruncate(self._data_fd, new_size)  # QEMU resizes the data file to the exact size too
        if self._bitmaps is not None:
            self._bitmaps.resize(new_size)  # stored with the new length when the writer closes

    def _map_raw_clusters(self, first: int, stop: int) -> None:
        """Unmapped guest clusters ``first..stop-1`` mapped to the same offsets of the raw data file."""
        width = 2 if self.extended_l2 else 1
        for cluster in range(first, stop):
            l1_index, l2_index = divmod(cluster, self.l2_entries)
            table, l2_offset = self._l2_for_write(l1_index)
            if table[width * l2_index] == 0:
                table[width * l2_index] = (cluster << self.cluster_bits) | L2E_COPIED  # no subcluster bits
                self._dirty_l2.add(l2_offset)
        self.flush()

    def _shrink(self, new_size: int) -> None:
        cs, bits = self.cluster_size, self.cluster_bits
        start = -(-new_size // cs) * cs
        keep = -(-new_size // (cs * self.l2_entries))
        first = start // (cs * self.l2_entries)
        if start < self.size and first < keep and not self._l1[first] & L1E_OFFSET_MASK:
            self._l2_for_write(first)  # QEMU's discard allocates the L2 table it clears; this one stays
        if start < self.size:
            raw, self.data_file_raw = self.data_file_raw, False  # unmapped: the data file is cut below
            hooks, self.write_hooks = self.write_hooks, []  # no guest write: the bitmaps are cut instead
            try:
                self.discard(start, self.size - start, full=True)
            finally:
                self.data_file_raw, self.write_hooks = raw, hooks
        freed = list(self.refcounts.deferred)
        self.flush()
        for index in range(keep, len(self._l1)):
            l2_offset = self._l1[index] & L1E_OFFSET_MASK
            if l2_offset:
                self.refcounts.defer_decrement(l2_offset >> bits)
                freed.append(l2_offset >> bits)
                self._l2_cache.pop(l2_offset, None)
                self._dirty_l2.discard(l2_offset)
            self._l1[index] = 0
        self._l1_dirty = True
        self.header.size = self.size = new_size
        self._header_dirty = True
        self.flush()
        freed.extend(self._drop_empty_refcount_blocks())
        self._clear_freed(freed)

    def _drop_empty_refcount_blocks(self) -> list[int]:
        """Refcount blocks that count no cluster but themselves leave the table (QEMU's shrink)."""
        refcounts, bits = self.refcounts, self.cluster_bits
        dropped = []
        for index, entry in enumerate(refcounts.table):
            offset = entry & REFT_OFFSET_MASK
            block = refcounts.block(index) if offset else None
            if block is None:
                continue
            own = offset >> bits
            if any(v for i, v in enumerate(block) if not (own // refcounts.per_block == index and
                                                           i == own % refcounts.per_block)):
                continue
            refcounts.table[index] = 0
            refcounts.dirty_entries.add(index)
            refcounts.blocks.pop(index, None)
            dropped.append(own)
        if dropped:
            refcounts.write_increments()  # the table entries, zeroed
            for own in dropped:
                if refcounts.get(own):  # counted by a block that stays
                    refcounts.defer_decrement(own)
            refcounts.write_decrements()
        return dropped

    def _clear_freed(self, freed: list[int]) -> None:
        """Zero the clusters the shrink freed (QEMU discards them) and cut the file after the last used one."""
        refcounts, cs = self.refcounts, self.cluster_size
        size = self.io.size
        for cluster in sorted(set(freed)):
            if refcounts.get(cluster) == 0 and cluster * cs < size:
                self.io.pwrite(bytes(min(cs, size - cluster * cs)), cluster * cs)
        last = -(-size // cs) - 1
        while last >= 0 and refcounts.get(last) == 0:
            last -= 1
        if (last + 1) * cs < size:
            self.io.flush()
            self.io.truncate((last + 1) * cs)

    def preallocate_metadata(self) -> None:
        """Allocate every L2 table and data cluster now (``preallocation=metadata``).

        The data clusters stay holes in the file and read as zeros.
        """
        bits = self.cluster_bits
        clusters = -(-self.size >> bits)
        for l1_index in range(-(-clusters // self.l2_entries)):
            table, l2_offset = self._l2_for_write(l1_index)
            first = l1_index * self.l2_entries
            count = min(self.l2_entries, clusters - first)
            host = None if self.has_data_file else self.refcounts.allocate(count)
            width = 2 if self.extended_l2 else 1
            for i in range(count):
                at = (first + i) << bits if host is None else host + (i << bits)
                table[width * i] = at | L2E_COPIED  # no subcluster bits: QEMU leaves them clear (m->prealloc)
            self._dirty_l2.add(l2_offset)
            end = (first + count) << bits if host is None else host + (count << bits)
            if end > self.io.size and host is not None:
                self.io.truncate(end)
        self.flush()

    # -- flushing -------------------------------------------------------------------

    def write_header_area(self, extensions: list | None = None) -> None:
        """Rewrite the header cluster: header, extensions (unknown ones kept), backing file name.

        ``extensions`` (parsed header extensions) replaces those the file has
        (a rebase changes the backing format); the bitmaps one always follows the image's.
        """
        from ...specs import read_instance

        ext_type = Qcow2.HeaderExtensionType
        blobs = []
        if extensions is None:
            extensions = read_instance(self.spec, "header_extensions").extensions
        for ext in extensions:
            if ext.type in (ext_type.end, ext_type.bitmaps):
                continue
            blobs.append(serialize(ext, 8 + ext.len_data + len(ext.padding)))
        if self.extensions.bitmaps is not None:
            bitmaps = Qcow2.HeaderExtension()
            bitmaps.type, bitmaps.len_data, bitmaps.padding = ext_type.bitmaps, 24, b""
            bitmaps.data = self.extensions.bitmaps
            self.extensions.bitmaps._parent = bitmaps
            blobs.append(serialize(bitmaps, 32))
        end = Qcow2.HeaderExtension()
        end.type, end.len_data, end.data, end.padding = ext_type.end, 0, b"", b""
        blobs.append(serialize(end, 8))
        area = b"".join(blobs)
        start = self.spec.len_header
        backing = to_bytes(self.backing_file) if self.backing_file else b""
        if start + len(area) + len(backing) > self.cluster_size:
            raise UsageError("the header extensions no longer fit in the first cluster")
        self.header.backing_file_offset = start + len(area) if backing else 0
        self._write_header()
        # the rest of the cluster too, as zeros, as QEMU rewrites it (no stale name after a shorter one)
        rest = (area + backing).ljust(self.cluster_size - start, b"\0")
        self.io.pwrite(rest, start)
        # the parsed extensions follow the file: parsed again from the bytes just written
        self.spec.header_extensions = parse(Qcow2.HeaderExtensionArea, rest, fetch_instances=False, parent=self.spec)

    def _write_header(self) -> None:
        h = self.header
        if self.version >= 3:  # a writer must clear the autoclear bits it does not know
            h.autoclear_features.reserved_hi = h.autoclear_features.reserved_lo = 0
            length = 105 if h.header_length > 104 else 104
        else:
            length = 72
        self.io.pwrite(serialize(h, length), 0)
        self._header_dirty = False

    def flush(self) -> None:
        """Put every change on disk, in the crash-safe order (see the module's docstring)."""
        if self.has_data_file and self.data_io is not self.io:
            self.data_io.flush()
        moved = None if self.lazy else self.refcounts.write_increments()
        if moved is not None:
            self.header.refcount_table_offset, self.header.refcount_table_clusters = moved
            self._header_dirty = True
        if self._dirty_l2:
            for l2_offset in sorted(self._dirty_l2):
                self.io.pwrite(encode_u64_table(self._l2_cache[l2_offset]), l2_offset)
            self._dirty_l2.clear()
            self.io.flush()
        if self._l1_dirty:
            self.io.pwrite(encode_u64_table(self._l1), self.header.l1_table_offset)
            self._l1_dirty = False
            self.io.flush()
        if self._header_dirty:
            self._write_header()
            self.io.flush()
        if not self.lazy:
            self.refcounts.write_decrements()
        else:
            self.io.flush()

    def close(self) -> None:
        if getattr(self, "io", None) is not None and self._owns_files and not self._file.closed:
            try:
                if self._bitmaps is not None:
                    self.flush()
                    self._bitmaps.store()
                if self.lazy:
                    self.lazy = False  # a clean close writes every refcount and clears the dirty bit
                    self.flush()
                    if self._marked_dirty:
                        self.header.incompatible_features.dirty = False
                        self._write_header()
                        self.io.flush()
                else:
                    self.flush()
            finally:
                super().close()
        else:
            super().close()

    # -- the table API: what snapshots, bitmaps, amend and commit change through -----------
    #
    # Reading is the reader's (l1_table, l2_table, read_l2_at, read_snapshot_l1, read_host);
    # clusters are allocated and freed through ``self.refcounts`` (allocate, increment,
    # defer_decrement, write_decrements; block and write_blocks for the modules that rebuild
    # refcount structures); ``self.io`` writes and flushes the image file.

    def write_header(self) -> None:
        """Write :attr:`header` now, then a barrier (a flush). Version 3 images get their unknown
        autoclear bits cleared, as a writer must. Changes that may wait until the next
        :meth:`flush` need not call it."""
        self._write_header()
        self.io.flush()

    def set_l1_entry(self, index: int, entry: int) -> None:
        """Set active L1 entry ``index`` (offset and flags) in memory; written at the next :meth:`flush`."""
        self._l1[index] = entry
        self._l1_dirty = True

    def mark_l2_dirty(self, l1_index: int) -> None:
        """The cached L2 table of active L1 entry ``l1_index`` (from :meth:`l2_table`) was changed
        in place: write it at the next :meth:`flush`."""
        self._dirty_l2.add(self._l1[l1_index] & L1E_OFFSET_MASK)

    def write_l1_table(self, entries) -> None:
        """Make ``entries`` (as many as the table has) the active L1 table and write it now, then
        a barrier; the cached L2 tables are dropped (they may belong to the old tree). Call it
        after :meth:`flush`: no table change may be waiting."""
        if self._dirty_l2 or self._l1_dirty:
            raise UsageError("the active L1 table is replaced only when no table change is waiting (flush first)")
        if len(entries) != len(self._l1):
            raise UsageError(f"an L1 table of {len(entries)} entries cannot replace one of {len(self._l1)}")
        self._l1[:] = type(self._l1)("Q", entries)
        self._l2_cache.clear()
        self.io.pwrite(encode_u64_table(self._l1), self.header.l1_table_offset)
        self.io.flush()

    def map_preallocated(self, guest_cluster: int, count: int, host: int, *, all_subclusters: bool = False) -> None:
        """Point ``count`` guest clusters from ``guest_cluster`` on at the host clusters from byte
        offset ``host`` on (the data file's with one), in order, as preallocation leaves them
        (QEMU's ``m->prealloc``): ``QCOW_OFLAG_COPIED`` and no subcluster bits, or with
        ``all_subclusters`` (extended L2 entries) every subcluster allocated. The host clusters'
        refcounts are the caller's; the references the old entries held are let go of after the
        new entries are on disk; a missing L2 table is allocated on the way. Written at the next
        :meth:`flush`."""
        bits, entries = self.cluster_bits, self.l2_entries
        width = 2 if self.extended_l2 else 1
        while count > 0:
            l1_index, index = divmod(guest_cluster, entries)
            n = min(count, entries - index)
            table, l2_offset = self._l2_for_write(l1_index)
            for i in range(n):
                old = table[width * (index + i)]
                if old:
                    self._release(old)
                table[width * (index + i)] = (host + (i << bits)) | L2E_COPIED
                if all_subclusters and width == 2:
                    table[2 * (index + i) + 1] = 0xFFFFFFFF
            self._dirty_l2.add(l2_offset)
            guest_cluster += n
            host += n << bits
            count -= n

    def switch_snapshot_table(self, offset: int, count: int) -> None:
        """Point the header at the snapshot table of ``count`` entries at ``offset`` (already
        written and flushed; 0 and 0 for none) and write the header now, then a barrier. The
        parsed table (the generated parser's ``snapshots``) is read anew from there."""
        from ...specs import read_array

        self.header.snapshots_offset, self.header.num_snapshots = offset, count
        self.write_header()
        self.spec.snapshots = read_array(Qcow2.Snapshot, self.spec, offset, count)


def _dirty_on_disk(path: str | os.PathLike) -> bool:
    """Whether the file's header has the dirty bit set (the repair looks again, fully)."""
    from ...fields import field_end, field_span

    version = field_span("qcow2::header", "version")
    end = field_end("qcow2::header", "incompatible_features")
    try:
        with open(path, "rb") as f:
            head = f.read(end)
    except OSError:
        return False  # the open that follows says why
    return (len(head) == end and int.from_bytes(head[version[0]:sum(version)], "big") >= 3
            and bool(head[-1] & 1))  # bit 0 of the big-endian integer: its last byte


def open_for_writing(path: str | os.PathLike, **kwargs) -> Qcow2Writer:
    """Open a qcow2 image for writing (see :class:`Qcow2Writer`)."""
    return Qcow2Writer(path, **kwargs)
