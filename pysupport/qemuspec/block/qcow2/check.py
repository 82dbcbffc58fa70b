"""Checking a qcow2 image's metadata as ``qemu-img check`` does, read-only.

The check counts, for every host cluster, how many references the metadata
makes to it: the header cluster, the active L1 table, every L2 table reached
from the active L1 table and from each snapshot's L1 table (once per
reference), the data clusters those L2 tables point at (compressed ones by
the sectors they cover; none when the data lives in an external file), the
refcount table and its blocks, the snapshot table and the snapshots' L1
tables, the bitmap directory, each bitmap table and its data clusters, and
the encryption header. It then compares these counts with the refcounts the
image stores: a stored count below the references is a corruption ("ERROR
cluster ..."), above them a leak ("Leaked cluster ..."). The COPIED flags of
the active L1 and L2 tables are checked against the stored refcounts last.

The result has ``qemu-img check``'s counters, its ``--output=json`` keys
(:meth:`CheckResult.to_json`), its human output
(:meth:`CheckResult.format_human`) and its exit code. Nothing is written: for
the repair, the check reads the snapshot table as ``-r all`` does (what it cuts
off is not counted) and says what the repair must rewrite.
An image whose dirty bit is set (lazy refcounts, not closed cleanly) is
checked as it is, as ``qemu-img check`` without ``-r`` checks it: its stale
refcounts show up as errors.

Work and memory are bounded by the file size: tables are read only where they
lie inside the file (the rest reads as zeros, as in QEMU), each L2 table is
scanned once however many L1 entries point at it, and metadata that would
make the check read far more table entries than the file can hold (L1 tables
that point at each other over and over) stops the check with a check error.
"""

from __future__ import annotations

import io
import os
from array import array
from itertools import repeat

from kaitaistruct import KaitaiStream

from ...ctext import from_c
from ...errors import FormatError, QemuSpecError, UnsupportedFormatError
from ...formats.qcow2 import Qcow2
from ...specs import read_instance
from .image import BULK_ENTRIES, Qcow2Image
from .limits import (
    INT64_MAX, MAX_BITMAP_NAME, MAX_BITMAP_PHYS_BYTES, MAX_BITMAP_TABLE_ENTRIES, MAX_L1_BYTES,
    MAX_SNAPSHOT_EXTRA_DATA, MAX_SNAPSHOT_TABLE_BYTES, MAX_SNAPSHOTS,
)
from .layout import (
    BME_ALL_ONES, BME_OFFSET_MASK, BME_RESERVED, L1E_COPIED, L1E_OFFSET_MASK, L1E_RESERVED,
    L2E_COMPRESSED, L2E_COPIED, L2E_OFFSET_MASK, L2E_STD_RESERVED, L2E_ZERO, REFT_OFFSET_MASK,
    REFT_RESERVED, compressed_fields, compressed_range, decode_u64_table, run_length, table_words, typecode_for,
)
from .refcount import MAX_FILE_OFFSET, RefcountBlockError, RefcountTable, read_padded

__all__ = ["CheckResult", "SnapshotRepair", "check_image", "check_file"]

MAX_MESSAGES = 100_000                # lines kept; the counters go on counting
SNAPSHOT_HEADER_BYTES = 40
_INT_MAX = (1 << 31) - 1
_SUBCLUSTER_ALLOC = 0xFFFF_FFFF
_OVERFLOW_HINT = ("Use qemu-img amend to increase the refcount entry width or qemu-img convert to create "
                  "a clean copy if the image cannot be opened for writing")
_EIO = "Input/output error"
_REREAD = object()                    # a table's COPIED checks read it again


class _Run:
    """The data clusters of an L2 table that is one run (:meth:`_Checker.scan_l2_run`), for
    its COPIED checks: ``count`` entries from ``entry`` on, each a cluster further."""

    __slots__ = ("entry", "count")

    def __init__(self, entry: int, count: int) -> None:
        self.entry, self.count = entry, count

_DTYPES = {1: "uint8", 2: "uint16", 4: "uint32", 8: "uint64"}   # numpy's, by array itemsize

# qemu-img prints the keys in this order (its dictionary's order).
_JSON_ORDER = ("image-end-offset", "compressed-clusters", "total-clusters", "corruptions", "corruptions-fixed",
               "check-errors", "leaks", "leaks-fixed", "allocated-clusters", "filename", "format",
               "fragmented-clusters")


UNALIGNED_CLUSTER = "is not properly aligned; L2 entry corrupted."  # the repair rewords these findings


class SnapshotRepair:
    """The snapshot table as QEMU's ``check -r all`` reads it, and what it changes in it.

    ``entries`` are the entries kept (parsed, extra data cut to QEMU's limit); ``dropped``
    snapshots were cut off the end (too many, or a table too big: only the header's count
    changes for them); ``fixes`` entries must be written anew (extra data too long, or too
    short for a version 3 image): then the whole table is rewritten. ``offset`` and ``size``
    are the old table's, as QEMU counts it.
    """

    __slots__ = ("offset", "size", "entries", "dropped", "fixes")

    def __init__(self, offset: int, size: int, entries: list, dropped: int = 0, fixes: int = 0) -> None:
        self.offset, self.size, self.entries, self.dropped, self.fixes = offset, size, entries, dropped, fixes


class CheckResult:
    """What a check found, with ``qemu-img check``'s counters.

    ``finished`` is False when the check could not run to its end (the
    image could not be opened, a table could not be read, or the metadata
    is too broken to walk); ``error`` then says why, and ``qemu-img`` would
    print no report at all (:meth:`to_json` returns None).
    (A plain class, not a dataclass: importing dataclasses costs ``qemuspec check`` 14 ms.)
    """

    def __init__(self, format: str = "qcow2", finished: bool = True, error: QemuSpecError | None = None) -> None:
        self.format = format
        self.check_errors = 0
        self.corruptions = 0
        self.leaks = 0
        self.corruptions_fixed = 0
        self.leaks_fixed = 0
        self.image_end_offset = 0
        self.total_clusters = 0
        self.allocated_clusters = 0
        self.fragmented_clusters = 0
        self.compressed_clusters = 0
        self.messages: list[str] = []
        self.messages_dropped = 0
        self.finished = finished
        self.error = error
        # for the repair (not reported): whether QEMU's -r all would rebuild the refcount structure
        # for what the check found, and the file offsets of L2 entries -r all makes plain zero clusters
        self.rebuild = False
        self.zero_fixes: list[int] = []
        # host cluster -> the kinds of metadata in it that QEMU's default ("cached") overlap checks know
        self.metadata: dict[int, set[str]] = {}
        # regions a table claims but that could not be counted (they run a cluster or more past the end)
        self.uncounted: list[tuple[int, int]] = []
        # the snapshot table the header points at, as counted: (offset, bytes)
        self.snapshot_table: tuple[int, int] = (0, 0)
        # what QEMU's -r all does to the snapshot table (a check with repair=True fills it in)
        self.snapshots: SnapshotRepair | None = None

    def __repr__(self) -> str:
        return f"CheckResult({', '.join(f'{name}={value!r}' for name, value in vars(self).items())})"

    @property
    def exit_code(self) -> int:
        """0 clean, 1 check failed (or internal errors), 2 corruptions, 3 leaks only."""
        if not self.finished or self.check_errors:
            return 1
        if self.corruptions:
            return 2
        if self.leaks:
            return 3
        return 0

    def to_json(self, filename: str) -> dict | None:
        """The object ``qemu-img check --output=json`` prints; None when it prints nothing.

        Counters that are zero are left out, as ``qemu-img`` leaves them out
        (``check-errors`` is always there).
        """
        if not self.finished:
            return None
        values = {
            "image-end-offset": self.image_end_offset,
            "compressed-clusters": self.compressed_clusters,
            "total-clusters": self.total_clusters,
            "corruptions": self.corruptions,
            "check-errors": self.check_errors,
            "leaks": self.leaks,
            "corruptions-fixed": self.corruptions_fixed,
            "leaks-fixed": self.leaks_fixed,
            "allocated-clusters": self.allocated_clusters,
            "filename": str(filename),
            "format": self.format,
            "fragmented-clusters": self.fragmented_clusters,
        }
        always = {"check-errors", "filename", "format"}
        return {key: values[key] for key in _JSON_ORDER if key in always or values[key]}

    def summary(self) -> str:
        """The report ``qemu-img check`` prints on standard output (human format)."""
        if not self.finished:
            return ""
        out = []
        if not (self.corruptions or self.leaks or self.check_errors):
            out.append("No errors were found on the image.\n")
        else:
            if self.corruptions:
                out.append(f"\n{self.corruptions} errors were found on the image.\n"
                           "Data may be corrupted, or further writes to the image may corrupt it.\n")
            if self.leaks:
                out.append(f"\n{self.leaks} leaked clusters were found on the image.\n"
                           "This means waste of disk space, but no harm to data.\n")
            if self.check_errors:
                out.append(f"\n{self.check_errors} internal errors have occurred during the check.\n")
        if self.total_clusters and self.allocated_clusters:
            out.append("%d/%d = %0.2f%% allocated, %0.2f%% fragmented, %0.2f%% compressed clusters\n" % (
                self.allocated_clusters, self.total_clusters,
                self.allocated_clusters * 100.0 / self.total_clusters,
                self.fragmented_clusters * 100.0 / self.allocated_clusters,
                self.compressed_clusters * 100.0 / self.allocated_clusters))
        if self.image_end_offset:
            out.append(f"Image end offset: {self.image_end_offset}\n")
        return "".join(out)

    def findings(self) -> str:
        """What ``qemu-img check`` prints on standard error: the findings, one a line, and a failure."""
        lines = list(self.messages)
        if self.messages_dropped:
            lines.append(f"... {self.messages_dropped} more lines not shown")
        if not self.finished:
            lines.append(f"Check failed: {self.error}")
        elif self.check_errors:
            lines.append("Check failed")
        return "".join(line + "\n" for line in lines)

    def format_human(self) -> str:
        """Both of ``qemu-img check``'s human outputs: the findings, then the summary."""
        findings = self.findings()
        failure = findings.rfind("Check failed")
        if failure < 0:
            return findings + self.summary()
        return findings[:failure] + self.summary() + findings[failure:]


class _Stop(Exception):
    """The check cannot go on (QEMU's check returns an error here)."""

    def __init__(self, error: QemuSpecError) -> None:
        super().__init__(str(error))
        self.error = error


def check_file(path: str | os.PathLike, *, data_file: str | None = None, backing: bool = True,
               force_share: bool = False, key_secret: bytes | None = None) -> CheckResult:
    """Open ``path`` as a qcow2 image and check it; never raises for a bad image.

    An image that cannot be opened gives a result with ``finished`` False
    and exit code 1, as ``qemu-img check`` fails then. The backing chain is
    opened too (``qemu-img check`` needs it), unless ``backing`` is False or the
    backing file is in a format qemuspec does not read (the check needs no guest data).
    An image marked corrupt is checked like any other. An encrypted image is
    checked only with its key (``key_secret``), as qemu-img checks it: without
    it, or with a wrong one, this raises (EncryptedImageError, UsageError).
    """
    try:
        try:
            image = Qcow2Image(path, backing=backing, data_file=data_file, force_share=force_share, for_check=True)
        except UnsupportedFormatError:  # the backing file's: the check does not read it
            image = Qcow2Image(path, backing=False, data_file=data_file, force_share=force_share, for_check=True)
    except QemuSpecError as exc:
        return CheckResult(finished=False, error=exc)
    try:
        if image.encryption is not None or key_secret is not None:
            from .crypto import require_key, unlock

            if key_secret is not None:
                unlock(image, key_secret)
            require_key(image)
        return check_image(image)
    finally:
        image.close()


def check_image(image: Qcow2Image) -> CheckResult:
    """Check the metadata of an open qcow2 image, as ``qemu-img check`` does without ``-r``."""
    return check_with_counts(image)[0]


def check_with_counts(image: Qcow2Image, *, repair: bool = False):
    """:func:`check_image`, and the references counted per host cluster (None when the check
    did not finish); the repair (:mod:`.repair`) compares them with the stored refcounts.

    ``repair`` reads the snapshot table as QEMU's ``check -r all`` does: the entries it
    cannot keep are dropped (and reported so), what it will rewrite is in ``result.snapshots``;
    the references are counted for the table as it will be once repaired.
    """
    result = CheckResult()
    checker = _Checker(image, result, repair)
    try:
        checker.run()
    except _Stop as stop:
        result.finished = False
        result.error = stop.error
    except FormatError as exc:
        result.finished = False
        result.error = exc
    if not result.finished:
        return result, None
    checker.counts_np = None             # the numpy view, if any: counts can shrink then
    try:
        del checker.counts[checker.nb:]   # in place: a big disk's counts are not copied
    except BufferError:                   # still viewed (by numpy): a copy
        return result, checker.counts[:checker.nb]
    return result, checker.counts


class _ZeroTail(io.RawIOBase):
    """The image file as a stream whose bytes past the end of the file are zeros."""

    def __init__(self, fd: int, file_size: int, limit: int) -> None:
        super().__init__()
        self._fd, self._file_size, self._limit, self._pos = fd, file_size, limit, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._limit}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def readinto(self, buf) -> int:
        n = max(0, min(len(buf), self._limit - self._pos))
        data = read_padded(self._fd, n, self._pos, self._file_size)
        buf[:n] = data
        self._pos += n
        return n


class _L2Use:
    """How many L1 entries point at one L2 table."""

    __slots__ = ("total", "active", "copied")

    def __init__(self) -> None:
        self.total = 0     # every reference (active and snapshots)
        self.active = 0    # references from the active L1 table
        self.copied = 0    # active references with a non-zero offset (COPIED flag checks)


class _Checker:
    def __init__(self, image: Qcow2Image, result: CheckResult, repair: bool = False) -> None:
        self.image = image
        self.res = result
        self.repair = repair
        self.fd = image.fileno()
        self.file_size = image.file_size
        self.cs = image.cluster_size
        self.cb = image.cluster_bits
        self.extended = bool(image.extended_l2)
        self.data_file = bool(image.has_data_file)
        # Table entries the check may read. The tables of a sound image lie side by side in the
        # file, so together they hold at most file_size / 8 entries; twice that (and a floor) is
        # room enough, and bounds the work on metadata that points at the same tables again and again.
        self.budget = (1 << 20) + image.file_size // 4

    # -- reporting -----------------------------------------------------------------

    def say(self, text: str, times: int = 1) -> None:
        lines = self.res.messages
        if times == 1 and len(lines) < MAX_MESSAGES:
            lines.append(text)
            return
        room = MAX_MESSAGES - len(lines)
        keep = min(times, max(0, room))
        lines.extend([text] * keep)
        self.res.messages_dropped += times - keep

    def corrupt(self, text: str, times: int = 1) -> None:
        self.res.corruptions += times
        self.say(text, times)

    def spend(self, entries: int) -> None:
        self.budget -= entries
        if self.budget < 0:
            self.res.check_errors += 1
            raise _Stop(FormatError(
                "the metadata makes the check read far more table entries than the file holds "
                "(tables that point at each other?)", structure="qcow2", expected="tables that fit the file"))

    def inside(self, offset: int, length: int) -> int:
        """How many bytes of a table of ``length`` bytes at ``offset`` to read: those inside
        the file, to the end of the last entry they touch (zeros fill the rest of it)."""
        return max(0, min(length, (self.file_size - offset + 7) & ~7))

    def read(self, length: int, offset: int, what: str) -> bytes:
        try:
            return read_padded(self.fd, length, offset, self.file_size)
        except FormatError as exc:
            self.res.check_errors += 1
            self.say(f"ERROR: I/O error in {what}")
            raise _Stop(exc) from exc

    # -- the expected references ---------------------------------------------------

    def mark(self, offset: int, size: int, kind: str) -> None:
        """Note that ``[offset, offset + size)`` holds metadata of ``kind`` (for the repair's overlap checks)."""
        if size <= 0 or offset < 0 or offset + size > self.file_size + self.cs:
            return
        metadata = self.res.metadata
        for cluster in range(offset >> self.cb, ((offset + size - 1) >> self.cb) + 1):
            metadata.setdefault(cluster, set()).add(kind)

    def add(self, offset: int, size: int, times: int = 1) -> None:
        """Count ``times`` references to every cluster of ``[offset, offset + size)``."""
        if size <= 0 or times <= 0:
            return
        cs, cb = self.cs, self.cb
        if offset + size - self.file_size >= cs:
            self.corrupt("ERROR: counting reference for region exceeding the end of the file by one cluster "
                         f"or more: offset {offset:#x} size {size:#x}", times)
            self.res.uncounted.append((offset, size))
            return
        first, last = offset >> cb, (offset + size - 1) >> cb
        if last >= self.nb:
            self.nb = last + 1      # at most one cluster past the end (the test above)
        counts, top = self.counts, self.max
        for k in range(first, last + 1):
            value = counts[k] + times
            if value > top:
                over = value - top
                self.res.corruptions += over
                lines = self.res.messages
                pairs = min(over, max(0, (MAX_MESSAGES - len(lines)) // 2))
                lines.extend([f"ERROR: overflow cluster offset={k << cb:#x}", _OVERFLOW_HINT] * pairs)
                self.res.messages_dropped += 2 * (over - pairs)
                value = top
            counts[k] = value

    # -- the check ---------------------------------------------------------------------

    def run(self) -> None:
        img, res, cs = self.image, self.res, self.cs
        snapshots, snapshots_size = self.read_snapshot_table()
        self.refs = RefcountTable(img, cache_bytes=0)   # compare reads each block once: no cache
        self.max = self.refs.max_refcount
        self.nb = -(-self.file_size // cs)
        if self.nb > _INT_MAX:
            res.check_errors += 1
            raise _Stop(FormatError(f"the file has {self.nb} clusters", expected=f"at most {_INT_MAX}"))
        typecode = typecode_for(img.refcount_order)
        self.counts = array(typecode, [0]) * (self.nb + 1)
        res.total_clusters = -(-(img.size // 512 * 512) // cs)

        self.add(0, cs)                                           # the header
        self.mark(0, cs, "header")
        self.l2_uses: dict[int, _L2Use] = {}
        self.copied_plan: list[tuple[int, int]] = []
        h = img.header
        l1 = img.l1_table
        if len(l1):
            self.add(h.l1_table_offset, len(l1) * 8)
            self.mark(h.l1_table_offset, len(l1) * 8, "active L1")
            self.walk_l1(l1, active=True)
        if self.data_file and snapshots:
            self.corrupt(f"ERROR {len(snapshots)} snapshots in image with data file")
        for sn in snapshots:
            self.walk_snapshot(sn)
        # a big image is scanned and compared in bulk with numpy; a small one entry by entry,
        # which costs less than importing numpy
        self.bulk = len(self.l2_uses) * (cs // 8) + self.nb >= BULK_ENTRIES
        # numpy is imported when a table is not one run (scan_l2_run): a big, sound,
        # preallocated image is checked without it, in the memory of its counts
        self.counts_np = None
        self.scan_l2_tables()
        self.add(h.snapshots_offset, snapshots_size)
        res.snapshot_table = (h.snapshots_offset, snapshots_size)
        self.mark(h.snapshots_offset, snapshots_size, "snapshot table")
        self.add(self.refs.offset, self.refs.clusters * cs)
        self.mark(self.refs.offset, self.refs.clusters * cs, "refcount table")
        encryption = img.extensions.encryption
        if encryption is not None:
            if h.crypt_method != Qcow2.CryptMethod.luks:
                raise _Stop(FormatError("an encryption header extension in an image that is not LUKS-encrypted",
                                        structure="qcow2::header", field="crypt_method",
                                        expected="luks (QEMU cannot open the image)"))
            self.add(encryption.offset, encryption.len_header)
        self.count_bitmaps()
        self.check_refblocks()
        highest = self.compare()
        self.check_copied_flags()
        res.image_end_offset = (highest + 1) * cs

    # -- snapshots ----------------------------------------------------------------------

    def read_snapshot_table(self) -> tuple[list, int]:
        """The snapshot entries and the table's length in bytes, as QEMU's check reads them.

        With ``self.repair`` (``-r all``) it reads as QEMU's repair does: more than
        QEMU's maximum of snapshots, an entry's extra data beyond its limit and the
        entries that make the table too big are dropped (each reported), and
        ``res.snapshots`` says what the repair writes.
        """
        img, res = self.image, self.res
        h = img.header
        count, offset = h.num_snapshots, h.snapshots_offset
        dropped = 0
        if count > MAX_SNAPSHOTS and self.repair:
            self.say(f"Discarding {count - MAX_SNAPSHOTS} overhanging snapshots")
            dropped, count = count - MAX_SNAPSHOTS, MAX_SNAPSHOTS
        if count > MAX_SNAPSHOTS or offset % self.cs or INT64_MAX - count * SNAPSHOT_HEADER_BYTES < offset:
            res.check_errors += 1
            what = "too large" if count > MAX_SNAPSHOTS else "offset invalid"
            self.say(f"ERROR snapshot table {what}")
            raise _Stop(FormatError(f"snapshot table of {count} entries at {offset:#x}", structure="qcow2::header",
                                    field="num_snapshots" if count > MAX_SNAPSHOTS else "snapshots_offset",
                                    expected=f"at most {MAX_SNAPSHOTS} entries at a cluster-aligned offset"))
        if count == 0:
            if dropped:
                res.snapshots = SnapshotRepair(offset, 0, [], dropped)
            return [], 0
        self.spend(count)
        limit = min(offset + MAX_SNAPSHOT_TABLE_BYTES + count * 8 + (1 << 20), MAX_FILE_OFFSET)
        stream = KaitaiStream(_ZeroTail(self.fd, self.file_size, limit))
        entries = []
        pos = offset
        length = 0          # QEMU's count of the table's bytes (extra data as it keeps it)
        cut = 0             # entries whose extra data is cut to QEMU's limit
        for i in range(count):
            before = pos
            pos = (pos + 7) & ~7
            length = (length + 7) & ~7
            head = self.read(SNAPSHOT_HEADER_BYTES, pos, "the snapshot table")
            len_extra = _field(head, "len_extra_data")
            if len_extra > MAX_SNAPSHOT_EXTRA_DATA:
                if not self.repair:
                    res.check_errors += 1
                    self.say(f"ERROR failed to read the snapshot table: Too much extra metadata in snapshot table "
                             f"entry {i}")
                    raise _Stop(FormatError(f"snapshot {i} has {len_extra} bytes of extra data",
                                            structure="qcow2::snapshot", field="len_extra_data", offset=pos + 36,
                                            expected=f"at most {MAX_SNAPSHOT_EXTRA_DATA}"))
                self.say(f"Discarding too much extra metadata in snapshot table entry {i} "
                         f"({len_extra} > {MAX_SNAPSHOT_EXTRA_DATA})")
                cut += 1
                entry = self._cut_snapshot_entry(head, pos, i)
            else:
                entry = self._snapshot_entry(stream, pos, i)
            end = pos + SNAPSHOT_HEADER_BYTES + len_extra + entry.len_id + entry.len_name
            length += SNAPSHOT_HEADER_BYTES + entry.len_extra_data + entry.len_id + entry.len_name
            if length > MAX_SNAPSHOT_TABLE_BYTES or end - offset > _INT_MAX:
                if not self.repair:
                    res.check_errors += 1
                    self.say("ERROR failed to read the snapshot table: Snapshot table is too big")
                    raise _Stop(FormatError("snapshot table too big", structure="qcow2::snapshot", offset=pos,
                                            expected=f"at most {MAX_SNAPSHOT_TABLE_BYTES} bytes"))
                self.say(f"Discarding {count - i} overhanging snapshots (snapshot table is too big)")
                dropped += count - i
                pos = before
                break
            entries.append(entry)
            pos = end
        fixes = cut
        res.corruptions += cut
        if img.version >= 3:
            for i, sn in enumerate(entries):
                if sn.len_extra_data < 16:
                    self.corrupt(f"{'Repairing' if self.repair else 'ERROR'} snapshot table entry {i} is incomplete")
                    fixes += 1
        if self.repair and (dropped or fixes):
            res.snapshots = SnapshotRepair(offset, pos - offset, entries, dropped, fixes)
        return entries, pos - offset

    def _snapshot_entry(self, stream: KaitaiStream, pos: int, index: int):
        """Snapshot entry ``index`` at ``pos``, read with the generated parser (zeros past the file's end)."""
        stream.seek(pos)
        entry = Qcow2.Snapshot(stream, None, self.image.spec)
        try:
            entry._read()
        except Exception as exc:  # a Kaitai or end-of-stream error: the table cannot be read
            self.res.check_errors += 1
            self.say(f"ERROR failed to read the snapshot table: {exc}")
            raise _Stop(FormatError(f"snapshot {index}: {exc}", structure="qcow2::snapshot", offset=pos)) from exc
        return entry

    def _cut_snapshot_entry(self, head: bytes, pos: int, index: int):
        """Entry ``index`` at ``pos`` as QEMU's repair keeps it when its extra data is too long: the
        first MAX_SNAPSHOT_EXTRA_DATA bytes of it, the ID and the name after the whole of it."""
        len_extra = _field(head, "len_extra_data")
        len_id, len_name = _field(head, "len_id"), _field(head, "len_name")
        from ...fields import field_span

        at, width = field_span("qcow2::snapshot", "len_extra_data")
        keep = MAX_SNAPSHOT_EXTRA_DATA
        names = pos + SNAPSHOT_HEADER_BYTES + len_extra
        raw = (head[:at] + keep.to_bytes(width, "big") + head[at + width:]
               + self.read(keep, pos + SNAPSHOT_HEADER_BYTES, "the snapshot table")
               + self.read(len_id + len_name, names, "the snapshot table"))
        return self._snapshot_entry(KaitaiStream(io.BytesIO(raw)), 0, index)

    def walk_snapshot(self, sn) -> None:
        res = self.res
        ident, name = from_c(sn.id), from_c(sn.name)  # QEMU prints the C strings' bytes
        if sn.l1_table_offset % self.cs:
            self.corrupt(f"ERROR snapshot {ident} ({name}) l1_offset={sn.l1_table_offset:#x}: L1 table is not "
                         "cluster aligned; snapshot table entry corrupted")
            return
        if sn.num_l1_entries > MAX_L1_BYTES // 8:
            self.corrupt(f"ERROR snapshot {ident} ({name}) l1_size={sn.num_l1_entries:#x}: L1 table is too large; "
                         "snapshot table entry corrupted")
            return
        if not sn.num_l1_entries:
            return
        nbytes = sn.num_l1_entries * 8
        self.add(sn.l1_table_offset, nbytes)
        self.mark(sn.l1_table_offset, nbytes, "inactive L1")
        if sn.l1_table_offset + nbytes > MAX_FILE_OFFSET:
            res.check_errors += 1
            self.say("ERROR: I/O error in check_refcounts_l1")
            raise _Stop(FormatError(f"snapshot {ident} L1 table at {sn.l1_table_offset:#x} is beyond the largest "
                                    "file offset", structure="qcow2::snapshot", field="l1_table_offset"))
        inside = self.inside(sn.l1_table_offset, nbytes)
        raw = self.read(inside, sn.l1_table_offset, "check_refcounts_l1")   # the rest reads as zeros
        self.walk_l1(decode_u64_table(raw), active=False)

    # -- L1 and L2 tables ------------------------------------------------------------------

    def walk_l1(self, table, active: bool) -> None:
        """Count the L2 tables an L1 table points at; their entries are scanned later, once each."""
        self.spend(len(table))
        cs = self.cs
        uses = self.l2_uses
        for index, entry in enumerate(table):
            if not entry:
                continue
            if entry & L1E_RESERVED:
                self.corrupt(f"ERROR found L1 entry with reserved bits set: {entry:x}")
            l2_offset = entry & L1E_OFFSET_MASK
            self.add(l2_offset, cs)
            if l2_offset & (cs - 1):
                self.corrupt(f"ERROR l2_offset={l2_offset:x}: Table is not cluster aligned; L1 entry corrupted")
            use = uses.get(l2_offset)
            if use is None:
                use = uses[l2_offset] = _L2Use()
            use.total += 1
            if active:
                use.active += 1
                if l2_offset:
                    self.mark(l2_offset, cs, "active L2")
                    use.copied += 1
                    self.copied_plan.append((index, entry))

    def scan_l2_tables(self) -> None:
        self.copied_messages: dict[int, list[str]] = {}   # L2 offset -> COPIED findings known already
        self.copied_pending: dict[int, object] = {}       # L2 offset -> entries to check against refcounts
                                                          # (or _REREAD: those of the table read again)
        for l2_offset, use in self.l2_uses.items():
            self.scan_l2(l2_offset, use)

    def scan_l2(self, l2_offset: int, use: _L2Use) -> None:
        """One L2 table: references to its data clusters (``use.total`` each), allocation
        statistics (``use.active`` times), and the entries whose COPIED flag is checked
        once the stored refcounts are known."""
        cs, cb, res = self.cs, self.cb, self.res
        times, extended, data_file = use.total, self.extended, self.data_file
        inside = self.inside(l2_offset, cs)
        self.spend(1 + inside // 8)
        # only the part inside the file: the rest reads as zeros, and zero entries count nothing
        raw = self.read(inside, l2_offset, "check_refcounts_l2")
        if self.bulk and not extended and not data_file and self.scan_l2_run(raw, l2_offset, use):
            return
        if self.bulk:
            if self.counts_np is None:
                import numpy as np

                # the same memory as a numpy array (counts is never resized)
                self.counts_np = np.frombuffer(self.counts, dtype=_DTYPES[self.counts.itemsize])
            if self.scan_l2_bulk(raw, l2_offset, use):
                return
        # something in this table needs a closer look: entry by entry, in order
        table = decode_u64_table(raw)
        if extended:
            if len(table) % 2:
                table.append(0)
            pairs = zip(table[0::2], table[1::2])
        else:
            pairs = zip(table, repeat(0))
        check_copied = bool(use.copied)
        messages: list[str] = []
        pending = array("Q")
        keep = pending.append
        counts, top, file_size = self.counts, self.max, self.file_size
        unaligned = cs - 1
        # entries that need a closer look than "a standard cluster inside the file"
        unusual = L2E_COMPRESSED | L2E_STD_RESERVED | (0 if extended else L2E_ZERO)
        allocated = fragmented = compressed = 0
        next_contiguous = 0
        for index, (entry, bitmap) in enumerate(pairs):
            if not entry and not bitmap:
                continue
            offset = entry & L2E_OFFSET_MASK
            if (not entry & unusual and not bitmap and offset and not offset & unaligned
                    and offset < file_size and not data_file):
                # the common case: one data cluster inside the file
                allocated += 1
                if next_contiguous and offset != next_contiguous:
                    fragmented += 1
                next_contiguous = offset + cs
                k = offset >> cb
                value = counts[k] + times
                if value > top:
                    self.add(offset, cs, times)
                else:
                    counts[k] = value
                if check_copied:
                    keep(entry)
                continue
            if entry & L2E_COMPRESSED:
                if entry & L2E_COPIED:
                    coffset, _ = compressed_fields(entry, cb)
                    self.corrupt(f"ERROR: coffset={coffset:#x}: copied flag must never be set for compressed "
                                 "clusters", times)
                    entry &= ~L2E_COPIED
                if data_file:
                    self.corrupt(f"ERROR compressed cluster {index} with data file, entry={entry:#x}", times)
                    continue
                if bitmap:
                    self.corrupt(f"ERROR compressed cluster {index} with non-zero subcluster allocation bitmap, "
                                 f"entry={entry:#x}", times)
                    continue
                self.add(*compressed_range(entry, cb), times)
                allocated += 1
                compressed += 1
                fragmented += 1
                continue
            if entry & L2E_STD_RESERVED:
                self.corrupt(f"ERROR found l2 entry with reserved bits set: {entry:x}", times)
            if not extended and entry & L2E_ZERO:
                if not offset:
                    continue                              # reads as zeros, nothing allocated
            elif not offset and not (data_file and entry & L2E_COPIED):
                if bitmap & _SUBCLUSTER_ALLOC:
                    self.corrupt("ERROR: Unallocated cluster has non-zero subcluster allocation map", times)
                continue
            # an allocated cluster (with data, or preallocated and reading as zeros)
            if (bitmap >> 32) & bitmap:
                self.corrupt(f"ERROR offset={offset:x}: Allocated cluster has corrupted subcluster allocation "
                             "bitmap", times)
            if offset & unaligned:
                has_data = bool(bitmap & _SUBCLUSTER_ALLOC) if extended else not entry & L2E_ZERO
                kind = "Data cluster" if has_data else "Preallocated cluster"
                self.corrupt(f"ERROR offset={offset:x}: {kind} {UNALIGNED_CLUSTER}", times)
                if not has_data:  # -r all makes it a plain zero cluster, and it references nothing then
                    res.zero_fixes.append(l2_offset + index * (16 if extended else 8))
            allocated += 1
            if next_contiguous and offset != next_contiguous:
                fragmented += 1
            next_contiguous = offset + cs
            if not data_file:
                self.add(offset, cs, times)
            if check_copied:
                if data_file:                              # external data: a refcount of 1, always
                    if not entry & L2E_COPIED:
                        messages.append(f"ERROR OFLAG_COPIED data cluster: l2_entry={entry:x} refcount=1")
                else:
                    keep(entry)
        if use.active:
            res.allocated_clusters += allocated * use.active
            res.fragmented_clusters += fragmented * use.active
            res.compressed_clusters += compressed * use.active
        if check_copied:
            self.copied_messages[l2_offset] = messages
            if pending:
                self.copied_pending[l2_offset] = pending

    def scan_l2_run(self, raw: bytes, l2_offset: int, use: _L2Use) -> bool:
        """:meth:`scan_l2` without numpy for a standard table that is one run and then zeros:
        entries with the same flags (COPIED, ZERO or none) and host offsets a cluster further
        each, all inside the file, over clusters nothing referenced yet (what a preallocated
        image's tables are). False, with nothing changed, for any other table."""
        cs, cb = self.cs, self.cb
        if len(raw) < 8:
            return False
        entry = int.from_bytes(raw[:8], "big")
        offset = entry & L2E_OFFSET_MASK
        if entry & ~(L2E_OFFSET_MASK | L2E_COPIED | L2E_ZERO) or not offset or offset & (cs - 1) \
                or offset >= self.file_size or use.total > self.max:
            return False
        words = table_words(decode_u64_table(raw))
        limit = min(len(words) // 8, (self.file_size - 1 - offset) // cs + 1, (L2E_OFFSET_MASK - offset) // cs + 1)
        count = run_length(words, 0, limit, entry, cs)
        if words[8 * count:] != bytes(len(words) - 8 * count):
            return False
        first, width = offset >> cb, self.counts.itemsize
        view = memoryview(self.counts).cast("B")
        if view[first * width:(first + count) * width] != bytes(count * width):
            return False                          # clusters counted already: the other scans add
        self.counts[first:first + count] = array(self.counts.typecode, [use.total]) * count
        if use.active:
            self.res.allocated_clusters += count * use.active
        if use.copied:
            self.copied_messages[l2_offset] = []
            self.copied_pending[l2_offset] = _Run(entry, count)
        return True

    def scan_l2_bulk(self, raw: bytes, l2_offset: int, use: _L2Use) -> bool:
        """:meth:`scan_l2` in bulk for a table that holds only what a sound image has.

        Every entry is classified with numpy masks. When one of them would give
        a finding (reserved bits, misalignment, a cluster past the end of the
        file, a bad subcluster bitmap, a flag that must not be set, a refcount
        that would overflow), nothing is changed and False is returned: the
        entry-by-entry scan then reports it in its place. Otherwise the
        references, the statistics and the entries for the COPIED checks are
        those the entry-by-entry scan would give, and True is returned.
        """
        import numpy as np

        cs, cb, res = self.cs, self.cb, self.res
        times, extended, data_file = use.total, self.extended, self.data_file
        words = np.frombuffer(raw, dtype=">u8", count=len(raw) // 8).astype(np.uint64)
        if extended:
            if len(words) % 2:
                words = np.append(words, np.uint64(0))
            entries, bitmaps = words[0::2], words[1::2]
        else:
            entries, bitmaps = words, None
        used = entries != 0
        if bitmaps is not None:
            used |= bitmaps != 0
        entries = entries[used]
        if not len(entries):
            if use.copied:
                self.copied_messages[l2_offset] = []
            return True
        if bitmaps is not None:
            bitmaps = bitmaps[used]
        check_copied = bool(use.copied)
        compressed = (entries & L2E_COMPRESSED) != 0
        copied = (entries & L2E_COPIED) != 0
        offsets = entries & L2E_OFFSET_MASK
        if data_file and compressed.any():
            return False
        if (compressed & copied).any():
            return False
        plain = ~compressed
        if (plain & ((entries & L2E_STD_RESERVED) != 0)).any():
            return False
        has_offset = offsets != 0
        if extended:
            alloc_bits = bitmaps & np.uint64(_SUBCLUSTER_ALLOC)
            if (compressed & (bitmaps != 0)).any():
                return False
            allocated = plain & (has_offset | (copied if data_file else False))
            unallocated = plain & ~allocated
            if (unallocated & (alloc_bits != 0)).any():
                return False
            if (allocated & (((bitmaps >> np.uint64(32)) & bitmaps) != 0)).any():
                return False
        else:
            # a zero entry without an offset reads as zeros; with one it is a preallocated cluster
            allocated = plain & (has_offset | (copied & ((entries & L2E_ZERO) == 0) if data_file else False))
        if (allocated & ((offsets & np.uint64(cs - 1)) != 0)).any():
            return False
        alloc_offsets = offsets[allocated]
        if data_file:
            if check_copied and not copied[allocated].all():
                return False
            clusters = np.empty(0, dtype=np.uint64)
        else:
            if (alloc_offsets >= np.uint64(self.file_size)).any():
                return False
            clusters = alloc_offsets >> np.uint64(cb)
        n_compressed = int(np.count_nonzero(compressed))
        if n_compressed:
            centries = entries[compressed]
            split = 70 - cb
            coffsets = centries & np.uint64((1 << split) - 1)
            sectors = (centries >> np.uint64(split)) & np.uint64((1 << (cb - 8)) - 1)
            sizes = (sectors + np.uint64(1)) * np.uint64(512) - (coffsets & np.uint64(511))
            ends = coffsets + sizes               # below 2^63 + 2^57: no wrap
            if (ends - np.uint64(1) >= np.uint64(self.file_size - 1 + cs)).any():
                return False                      # a region past the end of the file
            firsts = coffsets >> np.uint64(cb)
            lasts = (ends - np.uint64(1)) >> np.uint64(cb)
            if (lasts >= np.uint64(self.nb)).any():
                return False                      # would grow the cluster count: entry by entry
            spans = [firsts]
            extra = lasts - firsts
            for step in range(1, int(extra.max()) + 1):
                spans.append(firsts[extra >= np.uint64(step)] + np.uint64(step))
            clusters = np.concatenate([clusters, *spans])
        if len(clusters):
            clusters = clusters.astype(np.intp)
            if len(clusters) > 1 and not (clusters[1:] > clusters[:-1]).all():
                clusters, mult = np.unique(clusters, return_counts=True)
                more = mult.astype(np.uint64) * np.uint64(times)
            else:
                more = np.uint64(times)
            counts = self.counts_np
            current = counts[clusters].astype(np.uint64)
            top = np.uint64(self.max)
            if (np.asarray(more) > top).any() or (current > top - more).any():
                return False                      # an overflow: reported entry by entry
            counts[clusters] = current + more
        if use.active:
            n_allocated = len(alloc_offsets)
            fragmented = n_compressed
            if n_allocated > 1:
                fragmented += int(np.count_nonzero(alloc_offsets[1:] != alloc_offsets[:-1] + np.uint64(cs)))
            res.allocated_clusters += (n_allocated + n_compressed) * use.active
            res.fragmented_clusters += fragmented * use.active
            res.compressed_clusters += n_compressed * use.active
        if check_copied:
            self.copied_messages[l2_offset] = []
            if not data_file and len(alloc_offsets):
                # read again when the stored refcounts are known: no memory per cluster meanwhile
                self.copied_pending[l2_offset] = _REREAD
        return True

    def reread_pending(self, l2_offset: int):
        """The entries :meth:`scan_l2_bulk` left for the COPIED checks, from the table again
        (its data clusters: entries that are not compressed and have an offset), as numpy's."""
        import numpy as np

        raw = self.read(self.inside(l2_offset, self.cs), l2_offset, "check_refcounts_l2")
        words = np.frombuffer(raw, dtype=">u8", count=len(raw) // 8).astype(np.uint64)
        entries = words[0::2] if self.extended else words
        return entries[((entries & L2E_COMPRESSED) == 0) & ((entries & L2E_OFFSET_MASK) != 0)]

    # -- bitmaps --------------------------------------------------------------------------

    def count_bitmaps(self) -> None:
        img, res, cs = self.image, self.res, self.cs
        ext = img.extensions.bitmaps
        if ext is None or img.version < 3 or not img.header.autoclear_features.bitmaps:
            return
        self.add(ext.bitmap_directory_offset, ext.len_bitmap_directory)
        self.mark(ext.bitmap_directory_offset, ext.len_bitmap_directory, "bitmap directory")
        from .bitmap import list_bitmaps  # here: an image without bitmaps needs no bitmap module

        try:
            bitmaps = list_bitmaps(img)
        except FormatError as exc:
            res.corruptions += 1
            raise _Stop(exc) from exc
        disk_size = img.size // 512 * 512
        entries = read_instance(read_instance(ext, "bitmap_directory"), "entries")
        for bm, raw in zip(bitmaps, entries):
            problem = self.bitmap_entry_problem(bm, raw, disk_size)
            if problem:
                res.corruptions += 1
                raise _Stop(FormatError(f"bitmap {bm.name!r}: {problem}", structure="qcow2::bitmap_directory_entry",
                                        offset=ext.bitmap_directory_offset,
                                        expected="an entry QEMU accepts (it cannot open the image)"))
        for bm in bitmaps:
            nbytes = bm.table_entries * 8
            self.add(bm.table_offset, nbytes)
            inside = self.inside(bm.table_offset, nbytes)
            self.spend(inside // 8)
            table = decode_u64_table(self.read(inside, bm.table_offset, "the bitmap table check"))
            for entry in table:
                offset = entry & BME_OFFSET_MASK
                if entry & BME_RESERVED or (offset and (entry & BME_ALL_ONES or offset % cs)):
                    res.corruptions += 1
                    raise _Stop(FormatError(f"bitmap {bm.name!r}: invalid bitmap table entry {entry:#x}",
                                            structure="qcow2::bitmap_table_entry", offset=bm.table_offset))
            for entry in table:
                offset = entry & BME_OFFSET_MASK
                if offset:
                    self.add(offset, cs)

    def bitmap_entry_problem(self, bm, raw, disk_size: int) -> str | None:
        """Why QEMU refuses a bitmap directory entry (when it opens or checks the image), or None."""
        cs = self.cs
        granularity_bits = raw.granularity_bits
        phys = bm.table_entries * cs
        if raw.len_extra_data:
            return "extra data is not supported"
        if (not bm.table_entries or not bm.table_offset or bm.table_offset % cs
                or bm.table_entries > MAX_BITMAP_TABLE_ENTRIES or not 9 <= granularity_bits <= 31
                or raw.flags.reserved or raw.flags.extra_data_compatible or raw.len_name > MAX_BITMAP_NAME
                or bm.type != 1 or phys > MAX_BITMAP_PHYS_BYTES):
            return "the directory entry breaks QEMU's constraints"
        if bm.in_use:
            return None                                   # QEMU does not load an in-use bitmap's data
        if disk_size > (phys * 8) << granularity_bits:
            return "the bitmap table is too small for the disk"
        bits = -(-disk_size >> granularity_bits) if disk_size else 0
        needed = -(-(-(-bits // 8)) // cs)
        if bm.table_entries != needed:
            return f"the bitmap table has {bm.table_entries} entries, a {disk_size}-byte disk needs {needed}"
        return None

    # -- refcount blocks and the comparison --------------------------------------------------

    def check_refblocks(self) -> None:
        cs, cb = self.cs, self.cb
        counts = self.counts
        for index, entry in enumerate(self.refs.entries):
            if not entry:
                continue
            offset = entry & REFT_OFFSET_MASK
            # each of these makes QEMU's -r all rebuild the refcount structure (QEMU grows the file for
            # a block past its end instead; the rebuild ends in the same refcounts)
            if entry & REFT_RESERVED:
                self.corrupt(f"ERROR refcount table entry {index} has reserved bits set")
                self.res.rebuild = True
                continue
            if offset & (cs - 1):
                self.corrupt(f"ERROR refcount block {index} is not cluster aligned; refcount table entry corrupted")
                self.res.rebuild = True
                continue
            cluster = offset >> cb
            if cluster >= self.nb:
                self.corrupt(f"ERROR refcount block {index} is outside image")
                self.res.rebuild = True
                continue
            if offset:
                self.add(offset, cs)
                self.mark(offset, cs, "refcount block")
                if counts[cluster] != 1:  # the block is also something else: patching it would change that
                    self.corrupt(f"ERROR refcount block {index} refcount={counts[cluster]}")
                    self.res.rebuild = True

    def compare(self) -> int:
        """Compare the stored refcounts with the references; the highest cluster in use.

        Keeps the blocks that could not be read (``self.bad_blocks``); the COPIED checks read
        the others again (:meth:`stored_refcount`), so no refcount is kept per cluster meanwhile.
        """
        self._stored_cache: dict[int, array] = {}
        if self.counts_np is not None:
            return self.compare_bulk()
        res, refs, counts, nb = self.res, self.refs, self.counts, self.nb
        per_block = refs.per_block
        self.bad_blocks: set[int] = set()
        highest = 0
        for block in range(-(-nb // per_block)):
            start = block * per_block
            end = min(nb, start + per_block)
            expected = counts[start:end]
            try:
                stored = refs.block_refcounts(block, end - start)
            except RefcountBlockError:
                self.bad_blocks.add(block)
                res.check_errors += end - start
                for cluster in range(start, end):
                    if len(res.messages) >= MAX_MESSAGES:
                        res.messages_dropped += end - cluster
                        break
                    res.messages.append(f"Can't get refcount for cluster {cluster}: {_EIO}")
                continue
            if stored == expected:
                last = _last_nonzero(expected)
                if last >= 0:
                    highest = start + last
                continue
            for i, (have, want) in enumerate(zip(stored, expected)):
                if have or want:
                    highest = start + i
                if have != want:
                    if have < want:
                        res.corruptions += 1
                        self.say(f"ERROR cluster {start + i} refcount={have} reference={want}")
                    else:
                        res.leaks += 1
                        self.say(f"Leaked cluster {start + i} refcount={have} reference={want}")
        return highest

    def compare_bulk(self) -> int:
        """:meth:`compare` with numpy: each refcount block is compared at once, and only the clusters that differ become Python objects (their messages)."""
        import numpy as np

        res, refs, nb = self.res, self.refs, self.nb
        per_block = refs.per_block
        dtype = _DTYPES[self.counts.itemsize]
        counts = self.counts_np
        self.bad_blocks: set[int] = set()
        highest = 0
        for block in range(-(-nb // per_block)):
            start = block * per_block
            end = min(nb, start + per_block)
            expected = counts[start:end]
            try:
                stored = np.frombuffer(refs.block_refcounts(block, end - start), dtype=dtype)
            except RefcountBlockError:
                self.bad_blocks.add(block)
                res.check_errors += end - start
                for cluster in range(start, end):
                    if len(res.messages) >= MAX_MESSAGES:
                        res.messages_dropped += end - cluster
                        break
                    res.messages.append(f"Can't get refcount for cluster {cluster}: {_EIO}")
                continue
            if np.array_equal(stored, expected):
                last = _last_nonzero_np(expected)
                if last >= 0:
                    highest = start + last
                continue
            last = _last_nonzero_np(stored | expected)
            if last >= 0:
                highest = start + last
            differ = np.flatnonzero(stored != expected)
            for i, have, want in zip(differ.tolist(), stored[differ].tolist(), expected[differ].tolist()):
                if have < want:
                    res.corruptions += 1
                    self.say(f"ERROR cluster {start + i} refcount={have} reference={want}")
                else:
                    res.leaks += 1
                    self.say(f"Leaked cluster {start + i} refcount={have} reference={want}")
        return highest

    def stored_refcount(self, cluster: int) -> int | None:
        """The refcount the image stores for ``cluster``; None when its block cannot be read."""
        if cluster < self.nb:
            if self.bad_blocks and cluster // self.refs.per_block in self.bad_blocks:
                return None
            return self._stored_block(cluster >> self.refs.block_bits)[cluster & (self.refs.per_block - 1)]
        try:
            return self.refs.refcount_of(cluster)
        except RefcountBlockError:
            return None

    def _stored_block(self, block: int) -> array:
        """The stored refcounts of the clusters of refcount block ``block`` below ``nb`` (one
        that :meth:`compare` could read), from the few blocks read last or the file."""
        cache = self._stored_cache
        values = cache.get(block)
        if values is None:
            start = block * self.refs.per_block
            values = self.refs.block_refcounts(block, min(self.refs.per_block, self.nb - start))
            if len(cache) >= 8:
                del cache[next(iter(cache))]
            cache[block] = values
        return values

    def _all_ones(self, first: int, count: int) -> bool:
        """Whether clusters ``first .. first + count - 1`` (below ``nb``) all store refcount 1."""
        one = array(self.counts.typecode, [1]).tobytes()
        bits, per_block = self.refs.block_bits, self.refs.per_block
        while count:
            slot = first & (per_block - 1)
            n = min(count, per_block - slot)
            if self._stored_block(first >> bits)[slot:slot + n].tobytes() != one * n:
                return False
            first += n
            count -= n
        return True

    def _stored_at(self, clusters):
        """The stored refcounts of ``clusters`` (numpy's, below ``nb``, none in a bad block)."""
        import numpy as np

        bits = self.refs.block_bits
        blocks = clusters >> bits
        out = np.empty(len(clusters), dtype=_DTYPES[self.counts.itemsize])
        for block in np.unique(blocks).tolist():
            chosen = blocks == block
            values = np.frombuffer(self._stored_block(block), dtype=out.dtype)
            out[chosen] = values[clusters[chosen] - (block << bits)]
        return out

    def copied_findings(self, l2_offset: int) -> list[str]:
        """The COPIED flag findings of the data clusters of one active L2 table (computed once)."""
        messages = self.copied_messages.get(l2_offset, [])
        pending = self.copied_pending.pop(l2_offset, None)
        if pending is _REREAD:
            pending = self.reread_pending(l2_offset)
        if isinstance(pending, _Run):
            first, count = (pending.entry & L2E_OFFSET_MASK) >> self.cb, pending.count
            if pending.entry & L2E_COPIED and not self.bad_blocks and first + count <= self.nb \
                    and self._all_ones(first, count):
                return messages                    # every refcount is 1, as the flag says
            pending = array("Q", range(pending.entry, pending.entry + count * self.cs, self.cs))
        if pending is not None and self.counts_np is not None and not self.bad_blocks:
            import numpy as np

            entries = np.asarray(pending, dtype=np.uint64)
            clusters = ((entries & L2E_OFFSET_MASK) >> np.uint64(self.cb)).astype(np.intp)
            if not len(entries) or int(clusters.max()) < self.nb:
                stored = self._stored_at(clusters)
                wrong = (stored == 1) != ((entries >> np.uint64(63)) == 1)
                for entry, refcount in zip(entries[wrong].tolist(), stored[wrong].tolist()):
                    messages.append(f"ERROR OFLAG_COPIED data cluster: l2_entry={entry:x} refcount={refcount}")
                self.copied_messages[l2_offset] = messages
                return messages
        if pending is not None:
            cb = self.cb
            lookup = self.stored_refcount
            for entry in pending if isinstance(pending, array) else pending.tolist():
                refcount = lookup((entry & L2E_OFFSET_MASK) >> cb)
                if refcount is None:
                    continue                               # QEMU skips it silently
                if (refcount == 1) != (entry >> 63 == 1):
                    messages.append(f"ERROR OFLAG_COPIED data cluster: l2_entry={entry:x} refcount={refcount}")
            self.copied_messages[l2_offset] = messages
        return messages

    def check_copied_flags(self) -> None:
        """COPIED flags of the active L1 entries, then of the data clusters of their L2 tables."""
        res, cb = self.res, self.cb
        for index, entry in self.copied_plan:
            l2_offset = entry & L1E_OFFSET_MASK
            refcount = self.stored_refcount(l2_offset >> cb)
            if refcount is None:
                continue                                   # QEMU skips the entry and its table silently
            if (refcount == 1) != bool(entry & L1E_COPIED):
                self.corrupt(f"ERROR OFLAG_COPIED L2 cluster: l1_index={index} l1_entry={entry:x} "
                             f"refcount={refcount}")
            messages = self.copied_findings(l2_offset)
            res.corruptions += len(messages)
            room = max(0, MAX_MESSAGES - len(res.messages))
            res.messages.extend(messages[:room])
            res.messages_dropped += max(0, len(messages) - room)




def _field(head: bytes, name: str) -> int:
    """A field of a snapshot entry's fixed part (its place from the generated field table)."""
    from ...fields import field_span  # here: an image without snapshots needs no field table

    at, width = field_span("qcow2::snapshot", name)
    return int.from_bytes(head[at:at + width], "big")


def _last_nonzero(values: array) -> int:
    """Index of the last non-zero value, -1 when all are zero."""
    return (len(values.tobytes().rstrip(b"\0")) + values.itemsize - 1) // values.itemsize - 1


def _last_nonzero_np(values) -> int:
    """:func:`_last_nonzero` of a numpy array."""
    import numpy as np

    n = len(values)
    if not n:
        return -1
    i = n - 1 - int(np.argmax(values[::-1] != 0))
    return i if values[i] else -1


def _main(argv: list[str] | None = None) -> int:  # pragma: no cover - a debugging aid
    import json
    import sys

    args = sys.argv[1:] if argv is None else argv
    result = check_file(args[0])
    data = result.to_json(args[0])
    if data is not None:
        print(json.dumps(data, indent=4))
    sys.stderr.write("".join(m + "\n" for m in result.messages))
    return result.exit_code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_main())
