"""Opening a qcow2 image read-only and reading its guest data.

The header, extensions, snapshot table and bitmap directory are read with
the generated parser (``qemuspec.formats.qcow2``); L1 and L2 tables are read
in bulk (see :mod:`.layout`) and L2 tables are kept in an LRU cache. Every
size taken from the file is checked against QEMU's limits and the file size
before anything is allocated.
"""

from __future__ import annotations

import os
from array import array
from collections import OrderedDict, namedtuple
from collections.abc import Iterator
from enum import Enum

from ...ctext import from_c
from ...errors import FormatError, TruncatedError, UsageError
from ...formats.qcow2 import Qcow2
from ...specs import parse, read_instance
from ..image import Image, Run, file_extents, open_locked, pread, preadinto
from .layout import (
    L1E_OFFSET_MASK, L2E_COMPRESSED, L2E_COPIED, L2E_OFFSET_MASK, L2E_ZERO, REFT_OFFSET_MASK,
    compressed_range, decode_refcounts, decode_u64_table, run_length, table_words,
)
from .limits import (
    MAX_BACKING_DEPTH, MAX_BACKING_NAME, MAX_L1_BYTES, MAX_REFCOUNT_TABLE_BYTES, MAX_SNAPSHOTS, validate_table,
)

__all__ = ["Qcow2Image", "Mapping", "ClusterKind", "UnsupportedFeatureError", "CorruptImageError", "EncryptedImageError"]

HeaderExt = Qcow2.HeaderExtensionType

SUBCLUSTERS = 32
KNOWN_INCOMPATIBLE = {0: "dirty", 1: "corrupt", 2: "external data file", 3: "compression type", 4: "extended L2"}
_ZEROS = bytes(1 << 20)


class ClusterKind(Enum):
    """What a guest cluster (or subcluster) reads as in one layer; the values are qemu-img's words."""

    UNALLOCATED = "unallocated"   # not in this layer: the backing file's, or zeros without one
    DATA = "data"                 # at its host offset (in the data file when there is one)
    ZERO = "zero"                 # reads as zeros (version 3 zero flag, or a zero subcluster)
    COMPRESSED = "compressed"     # compressed bytes at a host offset, never merged with others


_KINDS = tuple(ClusterKind)  # the codes of the bulk walk: 0 unallocated, 1 data, 2 zero, 3 compressed
# Walks of at least this many table entries are done in bulk with numpy: below it, going
# entry by entry costs less than importing numpy (about 0.35 us an entry against 40-80 ms).
BULK_ENTRIES = 1 << 17
# A long walk of standard tables tries each table without numpy first (:meth:`Qcow2Image._predicted_runs`):
# a table of more runs than this makes it numpy's for the rest of the walk.
PREDICTED_RUNS = 32
# A shorter walk of at least this many entries (a small disk's map, a backing file's under the
# holes above it) tries it too, and goes entry by entry from a table of more than one run for
# every this many entries on (a run costs a few microseconds, an entry a third of one).
PREDICTED_ENTRIES = 16


class UnsupportedFeatureError(FormatError):
    """The image uses an incompatible feature this reader does not know."""


class CorruptImageError(FormatError):
    """The image is marked corrupt (incompatible bit 1); QEMU refuses it too."""


class EncryptedImageError(FormatError):
    """The image is encrypted and no key was given."""


class MappingCorruptError(FormatError):
    """A table entry QEMU's qcow2 driver signals a corruption event on when a read or a block
    status query meets it (the request then fails with EIO; qemu-img map prints what it had
    found before). ``event`` is QEMU's text of the event, ``query_start`` the guest offset where
    QEMU's failing query begins (set by :meth:`Qcow2Image.mappings`), ``guest`` the guest
    offset of the cluster (or of the L2 table's range) at fault; ``ahead``: QEMU finds it while
    counting the clusters that continue a run (an invalid subcluster bitmap), so the query of
    that run fails."""

    def __init__(self, message: str, *, event: str, guest: int, ahead: bool = False, **where) -> None:
        self.event, self.guest, self.ahead, self.query_start = event, guest, ahead, guest
        super().__init__(message, **where)

    def report(self) -> str:
        """The line QEMU prints on this event in an image opened read-only (it marks none corrupt then)."""
        return f"qcow2: Image is corrupt: {self.event}; further non-fatal corruption events will be suppressed"


def _c_hex(n: int) -> str:
    """C's ``%#x``: no 0x before a zero."""
    return hex(n) if n else "0"


class Mapping(namedtuple("Mapping", "start length kind host csize", defaults=(None, 0))):
    """One run of guest clusters or subclusters with the same kind in this layer.

    ``start``, ``length``: int; ``kind``: a :class:`ClusterKind`; ``host``: the
    host offset of ``start`` (in the data file; in the image file when
    compressed), or None; ``csize``: compressed, the bytes from host to the end
    of the last sector, else 0.
    """

    __slots__ = ()


class Extensions:
    """What the header extensions say, by meaning (a plain class: dataclasses cost ``qemuspec info`` 10 ms)."""

    def __init__(self) -> None:
        self.backing_format: str | None = None
        self.data_file: str | None = None
        self.feature_names: dict[tuple[int, int], str] = {}
        self.bitmaps: object | None = None          # the parsed bitmaps extension
        self.encryption: object | None = None
        self.unknown: list[int] = []


class Qcow2Image(Image):
    """A qcow2 image opened read-only.

    ``backing=False`` leaves the backing chain closed (unallocated clusters
    then read as zeros); ``data_file`` overrides the external data file's
    path. ``l2_cache_bytes`` bounds the memory of decoded L2 tables. An image
    marked corrupt opens for reading, as in QEMU; only writers refuse it.
    ``for_check`` opens as ``qemu-img check`` does (QEMU's BDRV_O_CHECK): an
    image without a refcount table opens, and the snapshot table is left to
    the check to judge. ``facts_only`` opens as ``qemu-img info`` does: an
    external data file that cannot be opened is left closed (reading guest
    data then raises :class:`~qemuspec.errors.UsageError`).
    """

    format = "qcow2"

    def __init__(self, path: str | os.PathLike, *, backing: bool = True, data_file: str | None = None,
                 force_share: bool = False, l2_cache_bytes: int = 32 << 20, for_check: bool = False,
                 facts_only: bool = False, _depth: int = 0, _writable: bool = False) -> None:
        self.path = os.fspath(path)  # the name as given, as qemu-img names the image
        self.force_share = force_share
        self.writable = _writable
        self.for_check = for_check
        self.facts_only = facts_only
        self._file = open_locked(self.path, force_share, writable=_writable)
        self._owns_files = True
        self._data_file_handle = None
        self.missing_data_file: str | None = None  # why, when facts_only left the data file closed
        self.backing = None
        try:
            self.file_size = os.fstat(self._file.fileno()).st_size
            self._open(backing, data_file, _depth)
        except BaseException:
            self.close()
            raise
        self._l2_cache: OrderedDict[int, object] = OrderedDict()
        self._l2_cache_tables = max(4, l2_cache_bytes // self.cluster_size)
        self._compressed_cache: tuple[int, bytes] | None = None
        self._decompressed: dict[int, bytes] = {}  # host offset -> cluster, decompressed ahead for one read
        self._pool = None  # threads that decompress (use_threads)
        self._preallocated: bool | None = None

    # -- opening -------------------------------------------------------------

    def _open(self, backing: bool, data_file: str | None, depth: int) -> None:
        self.spec = parse(Qcow2, self._file, fetch_instances=False)
        h = self.header = self.spec.header
        self.version = h.version
        self.cluster_bits = h.cluster_bits
        self.cluster_size = 1 << h.cluster_bits
        self.size = h.size - h.size % 512  # QEMU counts whole sectors (a 32-byte disk reads as 0 bytes; found by fuzz)
        self.refcount_order = self.spec.refcount_order
        if h.version >= 3:
            self._check_features(h.incompatible_features)
            if h.header_length % 8 or h.header_length > self.cluster_size:
                raise FormatError(f"header length {h.header_length}", structure="qcow2::header",
                                  field="header_length",
                                  expected="a multiple of 8 within the first cluster")
        self.extended_l2 = bool(self.spec.is_extended_l2)
        if self.extended_l2 and self.cluster_bits < 14:
            raise FormatError("extended L2 entries need clusters of at least 16 KiB",
                              structure="qcow2::header", field="cluster_bits")
        self.compression = self._compression_type()
        if not isinstance(h.crypt_method, Qcow2.CryptMethod):
            raise EncryptedImageError(f"unknown encryption method {int(h.crypt_method)}", structure="qcow2::header",
                                      field="crypt_method", expected="none, aes or luks")
        self.l2_entries = self.spec.num_l2_entries
        self._validate_tables()
        self.extensions = self._read_extensions()
        self.encryption = None  # opened without a key, as qemu-img info does; reads need crypto.unlock
        if h.crypt_method != Qcow2.CryptMethod.none:
            from .crypto import open_encryption, refuse_writing

            if self.writable and h.crypt_method == Qcow2.CryptMethod.aes:
                refuse_writing(self.path)
            self.encryption = open_encryption(self)
        self.backing_file = self._read_backing_name()
        self._l1 = self._read_l1(h.l1_table_offset, h.num_l1_entries, h.size, "qcow2::header")
        self.has_data_file = self.version >= 3 and h.incompatible_features.external_data_file
        self._open_data_file(data_file)
        if h.num_snapshots and not self.for_check:  # QEMU reads the snapshot table when it opens an image
            from .snapshot import read_snapshot_table

            read_snapshot_table(self)
        if self.extensions.bitmaps is not None and not self.for_check:  # QEMU loads the bitmap directory too
            from .bitmap import list_bitmaps
            from .bitmap_open import refuse_broken_bitmaps

            list_bitmaps(self)
            refuse_broken_bitmaps(self)
        if backing and self.backing_file:
            self.backing = self._open_backing(depth)

    def _validate_tables(self) -> None:
        """The refcount and snapshot tables' place and size, refused as QEMU refuses them."""
        h, cs = self.header, self.cluster_size
        if h.refcount_table_clusters == 0 and not self.for_check:
            raise FormatError("the image does not contain a reference count table", structure="qcow2::header",
                              field="refcount_table_clusters", expected="at least 1")
        if h.refcount_table_clusters > MAX_REFCOUNT_TABLE_BYTES // cs:
            raise FormatError(f"reference count table too large ({h.refcount_table_clusters} clusters)",
                              structure="qcow2::header", field="refcount_table_clusters",
                              expected=f"at most {MAX_REFCOUNT_TABLE_BYTES} bytes")
        validate_table(h.refcount_table_offset, h.refcount_table_clusters, cs, cs, "reference count table",
                       structure="qcow2::header", field="refcount_table_offset")
        if self.for_check:
            return
        if h.num_snapshots > MAX_SNAPSHOTS:
            raise FormatError(f"snapshot table too large ({h.num_snapshots} snapshots)", structure="qcow2::header",
                              field="num_snapshots", expected=f"at most {MAX_SNAPSHOTS}")
        validate_table(h.snapshots_offset, h.num_snapshots, 40, cs, "snapshot table",  # 40: an entry's fixed part
                       structure="qcow2::header", field="snapshots_offset")

    def _compression_type(self) -> str:
        """The compression type, checked against its incompatible bit as QEMU does."""
        kind = self.header.effective_compression_type
        if not isinstance(kind, Qcow2.CompressionType):
            raise UnsupportedFeatureError(f"unknown compression type {int(kind)}", structure="qcow2::header",
                                          field="compression_type", expected="zlib (0) or zstd (1)")
        bit = self.version >= 3 and self.header.incompatible_features.compression_type
        if bit != (kind != Qcow2.CompressionType.zlib):
            raise FormatError(f"the compression type bit is {'set' if bit else 'clear'} for {kind.name}",
                              structure="qcow2::header", field="incompatible_features",
                              expected="the bit set exactly when the type is not zlib")
        return kind.name

    def _check_features(self, features) -> None:
        reserved = features.reserved_hi << 32 | features.reserved_lo << 5
        if reserved:
            unknown = [bit for bit in range(64) if reserved >> bit & 1]
            names = {}
            try:
                names = self._read_extensions().feature_names
            except FormatError:
                pass
            described = ", ".join(names.get((0, bit), f"bit {bit}") for bit in unknown)
            raise UnsupportedFeatureError(f"unsupported incompatible features: {described}",
                                          structure="qcow2::header", field="incompatible_features")
        if features.corrupt and self.writable:  # as in QEMU, a corrupt image opens read-only only
            raise CorruptImageError("the image is marked corrupt; run `qemu-img check -r all` on it first",
                                    structure="qcow2::header", field="incompatible_features")

    def _read_extensions(self) -> Extensions:
        ext = Extensions()
        try:
            area = read_instance(self.spec, "header_extensions")
        except TruncatedError as exc:  # the extensions must end within the first cluster
            raise FormatError(f"header extension too large: {exc.message}", structure=exc.structure,
                              field=exc.field, offset=exc.offset, expected="extensions within the first cluster")
        # As QEMU, the extensions end where the backing file name starts, when it starts in the first cluster.
        h = self.header
        end = min(self.cluster_size, h.backing_file_offset or self.cluster_size)
        pos = self.spec.len_header
        for item in area.extensions:
            if pos >= end:
                break
            if pos + 8 > end or item.len_data > end - pos - 8:
                raise FormatError(f"header extension of {item.len_data} bytes at {pos:#x} runs into the backing "
                                  f"file name at {end:#x}", structure="qcow2::header_extension", field="len_data",
                                  offset=pos + 4, expected="extensions before the backing file name")
            pos += 8 + (item.len_data + 7) // 8 * 8
            kind = item.type
            if kind == HeaderExt.backing_file_format:
                ext.backing_format = from_c(item.data.value) or None  # a C string to QEMU, bytes kept
            elif kind == HeaderExt.external_data_file:
                ext.data_file = from_c(item.data.value)
            elif kind == HeaderExt.feature_name_table:
                ext.feature_names = {(int(e.type), e.bit): from_c(e.name) for e in item.data.entries}
            elif kind == HeaderExt.bitmaps:
                ext.bitmaps = item.data
            elif kind == HeaderExt.full_disk_encryption:
                ext.encryption = item.data
            elif kind != HeaderExt.end:
                ext.unknown.append(int(kind))
        return ext

    def _read_backing_name(self) -> str | None:
        """The backing file name as QEMU takes it: a C string (cut at its first NUL; empty is none)
        stored in the first cluster (bytes past the end of the file read as zeros); its bytes are
        kept (:func:`qemuspec.ctext.from_c`), so a name that is not UTF-8 still opens its file."""
        h, cs = self.header, self.cluster_size
        if h.backing_file_offset == 0:
            return None
        if h.backing_file_offset > cs:
            raise FormatError(f"backing file name at {h.backing_file_offset:#x}", structure="qcow2::header",
                              field="backing_file_offset", expected="inside the first cluster")
        limit = min(MAX_BACKING_NAME, cs - h.backing_file_offset)
        if h.len_backing_file_name > limit:
            raise FormatError(f"backing file name of {h.len_backing_file_name} bytes at {h.backing_file_offset:#x}",
                              structure="qcow2::header", field="len_backing_file_name",
                              expected=f"at most {limit} bytes inside the first cluster")
        raw = pread(self._file.fileno(), h.len_backing_file_name, h.backing_file_offset)
        return from_c(raw) or None

    def _read_l1(self, offset: int, entries: int, size: int, owner: str):
        """An L1 table, bounded by QEMU's limit, aligned, and big enough for ``size``."""
        needed = -(-size // (self.cluster_size * self.l2_entries))
        if entries * 8 > MAX_L1_BYTES or entries < needed:
            raise FormatError(f"L1 table of {entries} entries", structure=owner, field="num_l1_entries",
                              expected=f"{needed}..{MAX_L1_BYTES // 8} entries for a {size}-byte disk")
        if entries and offset % self.cluster_size:
            raise FormatError(f"L1 table offset {offset:#x} is not cluster-aligned", structure=owner,
                              field="l1_table_offset")
        raw = pread(self._file.fileno(), entries * 8, offset) if entries else b""
        if len(raw) < entries * 8:
            raise FormatError(f"L1 table at {offset:#x} runs past the end of the file", structure=owner,
                              field="l1_table_offset", offset=offset)
        return decode_u64_table(raw)

    def _open_data_file(self, override: str | None) -> None:
        self.data_file_raw = bool(self.version >= 3 and self.header.autoclear_features.raw_external_data)
        if self.data_file_raw and not self.has_data_file:
            raise FormatError("data-file-raw requires a data file", structure="qcow2::header",
                              field="autoclear_features",
                              expected="the raw data file bit only with the external data file bit")
        if not self.has_data_file:
            self._data_fd = self._file.fileno()
            self.data_file_path = None
            return
        name = override or self.extensions.data_file
        if not name:
            raise UsageError(f"{self.path} keeps its data in an external file but does not name it; "
                             "give the data file's path")
        # qemu-img 7.2 opens the data file by its name as written: a relative name from the
        # working directory, not from the image's folder (unlike a backing file's name)
        self.data_file_path = name
        try:
            self._data_file_handle = open_locked(self.data_file_path, self.force_share, writable=self.writable)
        except UsageError as exc:  # qemu-img's words: the image, then the data file
            if self.facts_only:
                self._data_fd = -1
                self.missing_data_file = f"{exc}: the guest data of {self.path} cannot be read"
                return
            raise UsageError(f"Could not open '{self.path}': Could not open '{name}': "
                             f"{exc.__cause__.strerror if exc.__cause__ else exc}") from exc
        self._data_fd = self._data_file_handle.fileno()

    @property
    def backing_path(self) -> str | None:
        """Where the backing file is, as QEMU finds it: its name as the header has it, a relative
        one taken from the folder of this image's name as given (None without a backing file)."""
        name = self.backing_file
        if not name:
            return None
        if name.startswith("/"):
            return name
        folder, slash, _ = self.path.rpartition("/")
        return folder + slash + name

    def _open_backing(self, depth: int) -> Image:
        from .. import open_image

        if depth + 1 >= MAX_BACKING_DEPTH:
            raise FormatError(f"backing chain deeper than {MAX_BACKING_DEPTH} (a loop?)",
                              structure="qcow2::header", field="backing_file_offset")
        return open_image(self.backing_path, format=self.extensions.backing_format,
                          force_share=self.force_share, _depth=depth + 1)

    # -- cluster mapping -------------------------------------------------------

    def _l2_table(self, l1_index: int):
        """The decoded L2 table of an L1 index, or None when it is not allocated."""
        if l1_index >= len(self._l1):
            return None
        l2_offset = self._l1[l1_index] & L1E_OFFSET_MASK
        if l2_offset == 0:
            return None
        table = self._l2_cache.get(l2_offset)
        if table is not None:
            self._l2_cache.move_to_end(l2_offset)
            return table
        if l2_offset % self.cluster_size:
            raise MappingCorruptError(f"L2 table offset {l2_offset:#x} is not cluster-aligned",
                                      structure="qcow2::l1_entry", field="l2_offset",
                                      offset=self.header.l1_table_offset + 8 * l1_index,
                                      event=f"L2 table offset {_c_hex(l2_offset)} unaligned (L1 index: "
                                            f"{_c_hex(l1_index)})",
                                      guest=l1_index * self.l2_entries << self.cluster_bits)
        raw = pread(self._file.fileno(), self.cluster_size, l2_offset)
        if len(raw) < self.cluster_size:  # past the end of the file reads as zeros, as in QEMU
            raw += bytes(self.cluster_size - len(raw))
        table = decode_u64_table(raw)
        self._l2_cache[l2_offset] = table
        if len(self._l2_cache) > self._l2_cache_tables:
            self._evict_l2()
        return table

    def _evict_l2(self) -> None:
        """Drop the least recently used L2 table (the writer first writes dirty ones)."""
        self._l2_cache.popitem(last=False)

    def mappings(self, offset: int, length: int) -> Iterator[Mapping]:
        """This layer's mapping of ``[offset, offset + length)``, merged into runs."""
        end = min(offset + length, self.size)
        bits = self.cluster_bits
        pending: Mapping | None = None
        pos = offset
        # a long walk classifies whole tables with numpy; a short one (most reads, small disks)
        # goes entry by entry, cheaper than importing numpy
        bulk = end - offset >= BULK_ENTRIES << bits
        predict = not self.extended_l2 and end - offset >= PREDICTED_ENTRIES << bits
        while pos < end:
            l1_index = (pos >> bits) // self.l2_entries
            stop = min(end, ((l1_index + 1) * self.l2_entries) << bits)
            table = None
            try:
                table = self._l2_table(l1_index)
                if table is None:
                    pieces = iter((Mapping(pos, stop - pos, ClusterKind.UNALLOCATED),))
                elif self.extended_l2:
                    pieces = self._extended_runs(table, pos, stop) if bulk else \
                        self._extended_runs_each(table, pos, stop)
                else:
                    runs = self._predicted_runs(table, pos, stop, None if bulk else PREDICTED_ENTRIES) \
                        if predict else None
                    predict = runs is not None
                    pieces = iter(runs) if predict else \
                        self._standard_runs(table, pos, stop) if bulk else self._standard_runs_each(table, pos, stop)
                # runs inside one table are merged already: only the first can join the pending one
                for piece in pieces:
                    if pending is None:
                        pending = piece
                    elif _mergeable(pending, piece):
                        pending = pending._replace(length=pending.length + piece.length)
                    else:
                        yield pending
                        pending = piece
                        break
                for piece in pieces:  # the rest of this table's runs (the generator resumes)
                    yield pending
                    pending = piece
            except MappingCorruptError as exc:
                exc.query_start = self._failing_query(exc, table, pos)
                raise
            pos = stop
        if pending is not None:
            yield pending

    def _failing_query(self, exc: MappingCorruptError, table, pos: int) -> int:
        """Where QEMU's block status query that fails on ``exc`` begins, its queries of this
        L2 table's range having begun at ``pos``: each query is one run (QEMU's runs are the
        ones this walk merges inside a table), and a run that reaches a whole cluster's end
        looks at the next cluster's entry, so an invalid entry there fails that run's query."""
        start = max(pos, exc.guest)
        if not exc.ahead or start == pos:
            return start
        *_, last = self._extended_runs_each(table, pos, start)
        return start if last.kind is ClusterKind.COMPRESSED else last.start

    def _predicted_runs(self, table, pos: int, stop: int, average: int | None = None) -> list[Mapping] | None:
        """:meth:`_standard_runs` without numpy, for a table of few runs (what a big disk's tables
        mostly are; numpy's import alone costs more than such a walk).

        The first entry of each run is classified (and checked) as in the walk entry by entry;
        the entries that continue it (the same flags, host offsets a cluster further each) are
        found at once by comparing the table with the run it predicts (:func:`.layout.run_length`).
        None when the table has more than :data:`PREDICTED_RUNS` runs (and, with ``average``,
        more than one for every ``average`` entries of the range).
        """
        bits = self.cluster_bits
        mask = (1 << bits) - 1
        words = table_words(table)
        index = (pos >> bits) % self.l2_entries
        out: list[Mapping] = []
        most = PREDICTED_RUNS
        if average:
            most = max(most, (((stop - 1) >> bits) - (pos >> bits) + 1) // average)
        while pos < stop:
            (piece,) = self._standard_runs_each(table, pos, min(stop, (pos | mask) + 1))
            count = 1
            entries = ((stop - 1) >> bits) - (pos >> bits) + 1  # of [pos, stop), from this one
            if piece.kind is not ClusterKind.COMPRESSED and entries > 1:
                entry = table[index]
                step = 0 if piece.host is None else 1 << bits
                if step:  # never past the offset field (a carry would reach the flags)
                    entries = min(entries, (L2E_OFFSET_MASK - (entry & L2E_OFFSET_MASK)) // step + 1)
                count = run_length(words, index, entries, entry, step)
                piece = piece._replace(length=min(stop, ((pos >> bits) + count) << bits) - pos)
            if out and _mergeable(out[-1], piece):
                out[-1] = out[-1]._replace(length=out[-1].length + piece.length)
            elif len(out) == most:
                return None
            else:
                out.append(piece)
            pos += piece.length
            index += count
        return out

    def _standard_runs(self, table, pos: int, stop: int) -> Iterator[Mapping]:
        """Runs of ``[pos, stop)`` inside one standard L2 table (the hot path of read and map).

        The entries are classified in bulk (numpy masks over the table) and only
        the boundaries of runs become Python objects: a run breaks where the kind
        changes, where host offsets stop being contiguous, and around every
        compressed cluster (compressed clusters never merge).
        """
        import numpy as np

        bits = self.cluster_bits
        cs = self.cluster_size
        mask = cs - 1
        first = pos >> bits
        count = ((stop - 1) >> bits) - first + 1
        index = first % self.l2_entries
        e = np.frombuffer(table, dtype=np.uint64)[index:index + count]
        compressed = (e & L2E_COMPRESSED) != 0
        host = e & L2E_OFFSET_MASK
        allocated = host != 0
        if self.has_data_file:
            allocated |= (e & L2E_COPIED) != 0
        allocated &= ~compressed
        misaligned = allocated & ((host & mask) != 0)
        zero = ((e & L2E_ZERO) != 0) & ~compressed
        bad = misaligned | zero if self.version < 3 else misaligned  # version 2 has no zero flag
        if self.has_data_file:  # no compressed clusters, and every cluster at its guest offset
            bad = bad | compressed | (allocated & (host != np.arange(first, first + count, dtype=np.uint64)
                                                   << np.uint64(bits)))
        if bad.any():
            i = int(np.argmax(bad))  # the first bad entry decides, as in the walk entry by entry
            if self.version < 3 and zero[i]:
                self._refuse_v2_zero(first + i)
            if compressed[i]:
                self._refuse_compressed_with_data_file(first + i)
            if misaligned[i]:
                self._refuse_misaligned(first + i, int(host[i]))
            self._refuse_data_file_offset(first + i, int(host[i]))
        # kind: 0 unallocated, 1 data, 2 zero, 3 compressed; bit 2: the run has host offsets
        code = allocated.astype(np.uint8)
        if self.version >= 3:
            code[zero] = 2
        code[compressed] = 3
        code |= allocated.view(np.uint8) << 2
        return iter(self._cluster_runs(e, code, compressed, host, allocated, first, pos, stop))

    def _cluster_runs(self, e, code, compressed, host, allocated, first: int, pos: int, stop: int) -> list[Mapping]:
        """The runs of ``[pos, stop)`` from per-cluster arrays of one L2 table's entries
        (``first`` is the guest cluster of the first): ``code`` is the kind (0 unallocated,
        1 data, 2 zero, 3 compressed) with bit 2 set where the cluster has a host offset."""
        import numpy as np

        bits = self.cluster_bits
        mask = self.cluster_size - 1
        count = len(code)
        breaks = np.empty(count, dtype=bool)
        breaks[0] = True
        np.not_equal(code[1:], code[:-1], out=breaks[1:])
        breaks[1:] |= compressed[1:]
        breaks[1:] |= allocated[1:] & (host[1:] != host[:-1] + np.uint64(self.cluster_size))
        starts = np.flatnonzero(breaks)
        run_codes = code[starts].tolist()
        run_hosts = host[starts].tolist()
        run_entries = e[starts].tolist() if compressed.any() else None
        ends = starts[1:].tolist()
        starts = starts.tolist()
        out: list[Mapping] = []
        for n, i in enumerate(starts):
            run_start = max(pos, (first + i) << bits)
            run_stop = min(stop, (first + ends[n]) << bits) if n < len(ends) else stop
            kind = run_codes[n] & 3
            if kind == 3:
                out.append(Mapping(run_start, run_stop - run_start, ClusterKind.COMPRESSED,
                                   *compressed_range(run_entries[n], bits)))
            else:
                at = run_hosts[n] + (run_start & mask) if run_codes[n] & 4 else None
                out.append(Mapping(run_start, run_stop - run_start, _KINDS[kind], at))
        return out

    def _extended_runs(self, table, pos: int, stop: int) -> Iterator[Mapping]:
        """Runs of ``[pos, stop)`` inside one extended L2 table, merged across its clusters.

        As :meth:`_standard_runs`, in bulk, with subclusters for clusters: each
        entry's bitmap is spread into 32 subclusters, a compressed cluster is one
        run of its own.
        """
        import numpy as np

        bits = self.cluster_bits
        cs = self.cluster_size
        sc_bits = bits - 5                                  # SUBCLUSTERS == 32
        first = pos >> bits
        count = ((stop - 1) >> bits) - first + 1
        index = first % self.l2_entries
        pairs = np.frombuffer(table, dtype=np.uint64)[2 * index:2 * (index + count)]
        e, bitmap = pairs[0::2], pairs[1::2]
        compressed = (e & L2E_COMPRESSED) != 0
        host = e & L2E_OFFSET_MASK
        allocated = host != 0
        if self.has_data_file:
            allocated |= (e & L2E_COPIED) != 0
        allocated &= ~compressed
        alloc_bits, zero_bits = bitmap & np.uint64(0xFFFFFFFF), bitmap >> np.uint64(32)
        misaligned = allocated & ((host & np.uint64(cs - 1)) != 0)
        bad_bitmap = ~compressed & (((alloc_bits & zero_bits) != 0) | (~allocated & (alloc_bits != 0)))
        broken = misaligned | bad_bitmap
        if self.has_data_file:  # no compressed clusters, and every cluster at its guest offset
            broken = broken | compressed | (allocated & (host != np.arange(first, first + count, dtype=np.uint64)
                                                         << np.uint64(bits)))
        if broken.any():
            i = int(np.flatnonzero(broken)[0])   # QEMU judges the bitmap first, then the offsets
            if compressed[i]:
                self._refuse_compressed_with_data_file(first + i)
            if bad_bitmap[i]:
                self._refuse_bitmap(first + i, int(bitmap[i]))
            if misaligned[i]:
                self._refuse_misaligned(first + i, int(host[i]))
            self._refuse_data_file_offset(first + i, int(host[i]))
        all_ones = np.uint64(0xFFFFFFFF)
        alike = ((alloc_bits == 0) | (alloc_bits == all_ones)) & ((zero_bits == 0) | (zero_bits == all_ones))
        if (alike | compressed).all():
            # every cluster's subclusters are alike (the usual case): runs of whole clusters
            code = np.where(zero_bits != 0, np.uint8(2), (alloc_bits != 0).astype(np.uint8))
            code[compressed] = 3
            code |= allocated.view(np.uint8) << 2
            return iter(self._cluster_runs(e, code, compressed, host, allocated, first, pos, stop))
        shifts = np.arange(SUBCLUSTERS, dtype=np.uint64)
        sub_alloc = ((alloc_bits[:, None] >> shifts) & np.uint64(1)).astype(bool)
        sub_zero = ((zero_bits[:, None] >> shifts) & np.uint64(1)).astype(bool)
        # per subcluster: kind 0 unallocated, 1 data, 2 zero, 3 compressed; bit 2: host offsets
        code = np.where(sub_zero, np.uint8(2), sub_alloc.astype(np.uint8))
        code[compressed] = 3
        code |= (allocated.view(np.uint8) << 2)[:, None]
        sub_host = host[:, None] + (shifts << np.uint64(sc_bits))
        head = (pos >> sc_bits) - (first << 5)              # the subclusters of [pos, stop)
        tail = ((stop - 1) >> sc_bits) - (first << 5) + 1
        code = code.reshape(-1)[head:tail]
        sub_host = sub_host.reshape(-1)[head:tail]
        sub_compressed = np.repeat(compressed, SUBCLUSTERS)[head:tail]
        cluster_head = (np.arange(head, tail) & (SUBCLUSTERS - 1)) == 0
        with_host = (code & 4) != 0
        breaks = np.empty(tail - head, dtype=bool)
        breaks[0] = True
        np.not_equal(code[1:], code[:-1], out=breaks[1:])
        breaks[1:] |= sub_compressed[1:] & cluster_head[1:]
        breaks[1:] |= with_host[1:] & (sub_host[1:] != sub_host[:-1] + np.uint64(1 << sc_bits))
        starts = np.flatnonzero(breaks)
        run_codes = code[starts].tolist()
        run_hosts = sub_host[starts].tolist()
        run_entries = e[(starts + head) >> 5].tolist() if compressed.any() else None
        ends = starts[1:].tolist()
        starts = starts.tolist()
        del pairs, e, bitmap, compressed, host, allocated, sub_host, code, breaks  # no view outlives the call
        sc_mask = (1 << sc_bits) - 1
        base = (first << 5) + head                          # subcluster index of starts' zero
        out: list[Mapping] = []
        for n, i in enumerate(starts):
            run_start = max(pos, (base + i) << sc_bits)
            run_stop = min(stop, (base + ends[n]) << sc_bits) if n < len(ends) else stop
            kind = run_codes[n] & 3
            if kind == 3:
                out.append(Mapping(run_start, run_stop - run_start, ClusterKind.COMPRESSED,
                                   *compressed_range(run_entries[n], bits)))
            else:
                at = run_hosts[n] + (run_start & sc_mask) if run_codes[n] & 4 else None
                out.append(Mapping(run_start, run_stop - run_start, _KINDS[kind], at))
        return iter(out)

    def _standard_runs_each(self, table, pos: int, stop: int) -> Iterator[Mapping]:
        """:meth:`_standard_runs` one entry at a time (a short walk: no numpy to import)."""
        bits = self.cluster_bits
        mask = (1 << bits) - 1
        index = (pos >> bits) % self.l2_entries
        honour_zero = self.version >= 3
        data_file = self.has_data_file
        kind = host = None
        run_start = run_length = 0
        while pos < stop:
            entry = table[index]
            index += 1
            next_pos = min(stop, (pos | mask) + 1)
            if entry & L2E_COMPRESSED:
                if data_file:
                    self._refuse_compressed_with_data_file(pos >> bits)
                if kind is not None:
                    yield Mapping(run_start, run_length, kind, host)
                    kind = None
                yield Mapping(pos, next_pos - pos, ClusterKind.COMPRESSED, *compressed_range(entry, bits))
                pos = next_pos
                continue
            if entry & L2E_ZERO and not honour_zero:  # version 2 has no zero flag (QEMU looks before the offset)
                self._refuse_v2_zero(pos >> bits)
            cluster_host = entry & L2E_OFFSET_MASK
            if cluster_host or (data_file and entry & L2E_COPIED):
                if cluster_host & mask:
                    self._refuse_misaligned(pos >> bits, cluster_host)
                if data_file and cluster_host != pos & ~mask:
                    self._refuse_data_file_offset(pos >> bits, cluster_host)
                at = cluster_host + (pos & mask)
                this = ClusterKind.ZERO if honour_zero and entry & L2E_ZERO else ClusterKind.DATA
            else:
                at = None
                this = ClusterKind.ZERO if honour_zero and entry & L2E_ZERO else ClusterKind.UNALLOCATED
            if this == kind and (at is None) == (host is None) and (at is None or host + run_length == at):
                run_length += next_pos - pos
            else:
                if kind is not None:
                    yield Mapping(run_start, run_length, kind, host)
                kind, host, run_start, run_length = this, at, pos, next_pos - pos
            pos = next_pos
        if kind is not None:
            yield Mapping(run_start, run_length, kind, host)

    def _l2_entry_offset(self, l2_offset: int, l2_index: int) -> int:
        """The file offset of entry ``l2_index`` of the L2 table at ``l2_offset``."""
        return l2_offset + (16 if self.extended_l2 else 8) * l2_index

    def _l2_entry_at(self, guest_cluster: int) -> tuple[int, int]:
        """The L2 table offset and the index in it of ``guest_cluster``'s entry (for error messages)."""
        l1_index, l2_index = divmod(guest_cluster, self.l2_entries)
        l2_offset = self._l1[l1_index] & L1E_OFFSET_MASK if l1_index < len(self._l1) else 0
        return l2_offset, l2_index

    def _refuse_v2_zero(self, guest_cluster: int) -> None:
        """A version 2 image has no zero flag: QEMU fails the read (and marks a writable image corrupt)."""
        l2_offset, l2_index = self._l2_entry_at(guest_cluster)
        raise MappingCorruptError(f"zero cluster entry found in a version 2 image (L2 offset {l2_offset:#x}, "
                                  f"L2 index {l2_index:#x})", structure="qcow2::l2_entry", field="zero",
                                  offset=l2_offset + 8 * l2_index, expected="no zero flag before version 3",
                                  event=f"Zero cluster entry found in pre-v3 image (L2 offset: {_c_hex(l2_offset)}, "
                                        f"L2 index: {_c_hex(l2_index)})", guest=guest_cluster << self.cluster_bits)

    def _refuse_misaligned(self, guest_cluster: int, host: int) -> None:
        """A data cluster's host offset must be cluster-aligned: QEMU fails the read (as corruption)."""
        l2_offset, l2_index = self._l2_entry_at(guest_cluster)
        raise MappingCorruptError(f"cluster offset {host:#x} is not cluster-aligned (guest cluster {guest_cluster}; "
                                  f"L2 offset {l2_offset:#x}, L2 index {l2_index:#x})", structure="qcow2::l2_entry",
                                  field="host_offset", offset=self._l2_entry_offset(l2_offset, l2_index),
                                  event=f"Cluster allocation offset {_c_hex(host)} unaligned (L2 offset: "
                                        f"{_c_hex(l2_offset)}, L2 index: {_c_hex(l2_index)})",
                                  guest=guest_cluster << self.cluster_bits)

    def _refuse_compressed_with_data_file(self, guest_cluster: int) -> None:
        """An image with an external data file has no compressed clusters: QEMU fails the read."""
        l2_offset, l2_index = self._l2_entry_at(guest_cluster)
        raise MappingCorruptError(f"compressed cluster in an image with an external data file (guest cluster "
                                  f"{guest_cluster}; L2 offset {l2_offset:#x}, L2 index {l2_index:#x})",
                                  structure="qcow2::l2_entry", field="compressed",
                                  offset=self._l2_entry_offset(l2_offset, l2_index),
                                  expected="no compressed clusters with an external data file",
                                  event=f"Compressed cluster entry found in image with external data file "
                                        f"(L2 offset: {_c_hex(l2_offset)}, L2 index: {_c_hex(l2_index)})",
                                  guest=guest_cluster << self.cluster_bits)

    def _refuse_data_file_offset(self, guest_cluster: int, host: int) -> None:
        """In an external data file a cluster's host offset is its guest offset: QEMU fails the read."""
        l2_offset, l2_index = self._l2_entry_at(guest_cluster)
        guest = guest_cluster << self.cluster_bits
        raise MappingCorruptError(f"cluster offset {host:#x} in the external data file is not the guest offset "
                                  f"{guest:#x} (L2 offset {l2_offset:#x}, L2 index {l2_index:#x})",
                                  structure="qcow2::l2_entry", field="host_offset",
                                  offset=self._l2_entry_offset(l2_offset, l2_index),
                                  event=f"External data file host cluster offset {_c_hex(host)} does not match "
                                        f"guest cluster offset: {_c_hex(guest)}, L2 index: {_c_hex(l2_index)})",
                                  guest=guest)

    def _refuse_bitmap(self, guest_cluster: int, bitmap: int) -> None:
        """A subcluster both allocated and zero, or allocated in an unallocated cluster: QEMU fails the read."""
        from ...fields import field_offset

        l2_offset, l2_index = self._l2_entry_at(guest_cluster)
        raise MappingCorruptError(f"invalid subcluster bitmap {bitmap:#018x} (guest cluster {guest_cluster}; "
                                  f"L2 offset {l2_offset:#x}, L2 index {l2_index:#x})",
                                  structure="qcow2::extended_l2_entry", field="alloc_bitmap",
                                  offset=l2_offset + 16 * l2_index + field_offset("qcow2::extended_l2_entry",
                                                                                  "alloc_bitmap"),
                                  event=f"Invalid cluster entry found  (L2 offset: {_c_hex(l2_offset)}, "
                                        f"L2 index: {_c_hex(l2_index)})",
                                  guest=guest_cluster << self.cluster_bits, ahead=True)

    def _extended_runs_each(self, table, pos: int, stop: int) -> Iterator[Mapping]:
        """:meth:`_extended_runs` one cluster at a time (a short walk: no numpy to import)."""
        bits = self.cluster_bits
        pending = None
        while pos < stop:
            cluster = pos >> bits
            cluster_stop = min(stop, (cluster + 1) << bits)
            for piece in self._classify(table, cluster % self.l2_entries, cluster, pos, cluster_stop):
                if pending is not None and _mergeable(pending, piece):
                    pending = pending._replace(length=pending.length + piece.length)
                else:
                    if pending is not None:
                        yield pending
                    pending = piece
            pos = cluster_stop
        if pending is not None:
            yield pending

    def _classify(self, table, l2_index: int, cluster: int, pos: int, stop: int) -> list[Mapping]:
        """The mapping of ``[pos, stop)`` inside one guest cluster with an extended L2 entry."""
        cs = self.cluster_size
        base = cluster << self.cluster_bits
        entry, bitmap = table[2 * l2_index], table[2 * l2_index + 1]
        if entry & L2E_COMPRESSED:
            if self.has_data_file:
                self._refuse_compressed_with_data_file(cluster)
            return [Mapping(pos, stop - pos, ClusterKind.COMPRESSED, *compressed_range(entry, self.cluster_bits))]
        host = entry & L2E_OFFSET_MASK
        allocated = host != 0 or (self.has_data_file and entry & L2E_COPIED)
        alloc, zero = bitmap & 0xFFFFFFFF, bitmap >> 32
        if alloc & zero or (not allocated and alloc):   # QEMU judges the bitmap first, then the offsets
            self._refuse_bitmap(cluster, bitmap)
        if allocated and host % cs:
            self._refuse_misaligned(cluster, host)
        if allocated and self.has_data_file and host != base:
            self._refuse_data_file_offset(cluster, host)
        sc_size = cs // SUBCLUSTERS
        out: list[Mapping] = []
        sub = (pos - base) // sc_size
        while pos < stop:
            sub_end = min(stop, base + (sub + 1) * sc_size)
            kind = ClusterKind.ZERO if zero >> sub & 1 else ClusterKind.DATA if alloc >> sub & 1 else ClusterKind.UNALLOCATED
            piece = Mapping(pos, sub_end - pos, kind, host + (pos - base) if allocated else None)
            if out and _mergeable(out[-1], piece):
                out[-1] = out[-1]._replace(length=out[-1].length + piece.length)
            else:
                out.append(piece)
            pos, sub = sub_end, sub + 1
        return out


    # -- reading ----------------------------------------------------------------

    def use_threads(self, workers: int) -> None:
        super().use_threads(workers)
        if workers > 1 and self._pool is None:
            from concurrent.futures import ThreadPoolExecutor

            self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="decompress")

    def _readinto(self, offset: int, buf: memoryview) -> None:
        self._require_data_file()
        maps = list(self.mappings(offset, len(buf)))
        if self._pool is not None:
            self._decompress_ahead(maps)
        try:
            self._copy_out(maps, offset, buf)
        finally:
            self._decompressed.clear()

    def _decompress_ahead(self, maps: list[Mapping]) -> None:
        """Decompress the read's compressed clusters in the pool's threads (zlib and zstandard
        let go of the GIL); the first error is raised as it would be one by one."""
        hosts = {m.host: m.csize for m in maps if m.kind == ClusterKind.COMPRESSED}
        if len(hosts) < 2:
            return
        from .compress import decompress_cluster  # here: images without compressed clusters need no zlib

        fd = self._file.fileno()
        jobs = {host: self._pool.submit(decompress_cluster, pread(fd, csize, host), self.cluster_size,
                                        self.compression, host) for host, csize in hosts.items()}
        for host, job in jobs.items():
            self._decompressed[host] = job.result()

    def _copy_out(self, maps: list[Mapping], offset: int, buf: memoryview) -> None:
        for m in maps:
            view = buf[m.start - offset: m.start - offset + m.length]
            if m.kind == ClusterKind.DATA and self.encryption is not None:
                self.encryption.read(self._data_fd, m.host, m.start, view)
            elif m.kind == ClusterKind.DATA:
                got = preadinto(self._data_fd, view, m.host)
                if got < m.length:  # past the end of the file: zeros, as QEMU reads them
                    _zero(view[got:])
            elif m.kind == ClusterKind.COMPRESSED:
                cluster = self._decompress(m)
                start = m.start & (self.cluster_size - 1)
                view[:] = cluster[start:start + m.length]
            elif m.kind == ClusterKind.UNALLOCATED and self.backing is not None:
                self._read_backing(m.start, view)
            else:
                _zero(view)

    def _read_backing(self, start: int, view: memoryview) -> None:
        inside = max(0, min(len(view), self.backing.size - start))
        if inside:
            self.backing._readinto(start, view[:inside])
        _zero(view[inside:])

    def _decompress(self, m: Mapping) -> bytes:
        if m.host in self._decompressed:
            return self._decompressed[m.host]
        if self._compressed_cache and self._compressed_cache[0] == m.host:
            return self._compressed_cache[1]
        from .compress import decompress_cluster

        data = pread(self._file.fileno(), m.csize, m.host)
        cluster = decompress_cluster(data, self.cluster_size, self.compression, m.host)
        self._compressed_cache = (m.host, cluster)
        return cluster

    # -- block status -------------------------------------------------------------

    def _require_data_file(self) -> None:
        if self.missing_data_file:
            raise UsageError(self.missing_data_file)

    def block_status(self, offset: int, length: int) -> list[Run]:
        """Runs as QEMU's qcow2 driver reports them, refined by holes in the host file."""
        self._require_data_file()
        data_name = str(self.data_file_path or self.path)
        runs: list[Run] = []
        for m in self.mappings(offset, length):
            if m.kind == ClusterKind.COMPRESSED:
                runs.append(Run(m.start, m.length, data=True))
            elif m.kind == ClusterKind.ZERO:
                runs.append(Run(m.start, m.length, zero=True, offset=m.host,
                                file=data_name if m.host is not None else None))
            elif m.kind == ClusterKind.UNALLOCATED:  # a host offset here: subclusters of an allocated cluster
                runs.append(Run(m.start, m.length, offset=m.host, file=data_name if m.host is not None else None))
            elif self._metadata_preallocated():
                # QEMU then asks the file under the image whether the host range is a hole
                for host, n, hole in file_extents(self._data_fd, m.host, m.length):
                    runs.append(Run(m.start + host - m.host, n, data=True, zero=hole, offset=host, file=data_name))
            else:
                runs.append(Run(m.start, m.length, data=True, offset=m.host, file=data_name))
        return runs

    def _metadata_preallocated(self) -> bool:
        """Whether QEMU would take this image for one made with preallocation=metadata.

        QEMU decides it once per open: more clusters are in use (by refcount)
        than the file really has allocated on disk, by a margin.
        """
        if self._preallocated is None:
            allocated_clusters = os.fstat(self._file.fileno()).st_blocks * 512 // self.cluster_size
            threshold = max(allocated_clusters * 10 // 9, allocated_clusters + 2)
            self._preallocated = self._used_clusters(threshold) >= threshold
        return self._preallocated

    def _used_clusters(self, enough: int) -> int:
        """How many host clusters inside the file have a non-zero refcount (counting stops at ``enough``)."""
        h = self.header
        table = decode_u64_table(pread(self._file.fileno(), h.refcount_table_clusters * self.cluster_size,
                                       h.refcount_table_offset))
        per_block = self.cluster_size * 8 >> self.refcount_order
        end = -(-self.file_size // self.cluster_size)
        used = 0
        for index in range(min(len(table), -(-end // per_block))):
            block = table[index] & REFT_OFFSET_MASK
            if not block:
                continue
            counts = decode_refcounts(pread(self._file.fileno(), self.cluster_size, block), self.refcount_order)
            inside = counts[:max(0, end - index * per_block)]
            used += len(inside) - inside.count(0)
            if used >= enough:
                break
        return used

    # -- snapshots' views -----------------------------------------------------------

    def at_snapshot(self, l1_table_offset: int, l1_entries: int, size: int) -> "Qcow2Image":
        """A read-only view of the disk with another L1 table (an internal snapshot)."""
        import copy

        view = copy.copy(self)
        view._owns_files = False
        view.size = size
        view._l1 = self._read_l1(l1_table_offset, l1_entries, size, "qcow2::snapshot")
        view._compressed_cache = None
        view._decompressed = {}
        return view

    # -- the table API: what snapshots, bitmaps, check and amend read through ------------

    @property
    def l1_table(self):
        """The active L1 table's entries (an ``array("Q")``, flags included).

        Read it; a writer changes it through :meth:`~.writer.Qcow2Writer.set_l1_entry`
        and :meth:`~.writer.Qcow2Writer.write_l1_table`.
        """
        return self._l1

    def fileno(self) -> int:
        """The image file's descriptor (the metadata's file; guest data may be in a data file)."""
        return self._file.fileno()

    def read_host(self, length: int, offset: int) -> bytes:
        """``length`` bytes of the image file at ``offset`` (fewer at the end of the file)."""
        return pread(self._file.fileno(), length, offset)

    def read_snapshot_l1(self, offset: int, entries: int, size: int):
        """A snapshot's L1 table (an ``array("Q")``), refused as the active one would be: past
        QEMU's limit, not cluster-aligned, too small for a ``size``-byte disk, past the file's end."""
        return self._read_l1(offset, entries, size, "qcow2::snapshot")

    def l2_table(self, l1_index: int):
        """The decoded L2 table of active L1 entry ``l1_index`` (kept in the L2 cache), or None
        when it is not allocated. A writer's caller may change its entries in place and then
        calls :meth:`~.writer.Qcow2Writer.mark_l2_dirty` (the table is written at the next flush)."""
        return self._l2_table(l1_index)

    def read_l2_at(self, l2_offset: int):
        """The L2 table at host offset ``l2_offset`` (any L1 table's, a snapshot's too), as this
        image sees it: the cached copy when there is one (a writer's may not be on disk yet),
        else read from the file (zeros past its end). A copy: changing it changes nothing."""
        table = self._l2_cache.get(l2_offset)
        if table is not None:
            return array("Q", table)
        raw = pread(self._file.fileno(), self.cluster_size, l2_offset)
        return decode_u64_table(raw + bytes(self.cluster_size - len(raw)))

    def close(self) -> None:
        if getattr(self, "_owns_files", False):
            if getattr(self, "_pool", None) is not None:
                self._pool.shutdown()
            self._file.close()
            if self._data_file_handle is not None:
                self._data_file_handle.close()
            if self.backing is not None:
                self.backing.close()


def _mergeable(a: Mapping, b: Mapping) -> bool:
    """Same kind, adjacent, and host offsets both absent or contiguous (never compressed)."""
    if a.kind != b.kind or a.kind == ClusterKind.COMPRESSED or a.start + a.length != b.start:
        return False
    if a.host is None or b.host is None:
        return a.host is None and b.host is None
    return a.host + a.length == b.host


def _zero(view: memoryview) -> None:
    for start in range(0, len(view), len(_ZEROS)):
        chunk = view[start:start + len(_ZEROS)]
        chunk[:] = _ZEROS[:len(chunk)]
