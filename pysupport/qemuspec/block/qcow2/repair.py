"""Repairing a qcow2 image's refcounts as ``qemu-img check -r leaks|all`` does.

Invariant: a crash at any point of a repair leaves at most leaks, never a
cluster in use with a refcount below its references. Refcounts that must go
up (``-r all``) are written first and flushed; only then are the refcounts
that must go down (leaks) written and flushed; the dirty and corrupt bits are
cleared last, once a second check finds the image clean.
Guest data is never written: only refcount entries, new refcount clusters
past the end of the file, the header's refcount table fields, dirty and corrupt bits,
COPIED flags, and (``-r all``) a new snapshot table in free clusters with the
header's snapshot count and offset change. A snapshot table is rewritten in
QEMU's order: its clusters counted, the table written, the header switched to
it, each step flushed, and only then the old table freed; a count that drops
snapshots is lowered before any refcount goes down.

What is fixed: a stored refcount above the references is lowered (leaks,
``-r leaks`` and ``-r all``); a stored refcount below them is raised
(``-r all``), when the cluster's refcount block exists. When a cluster in
use has refcount 0 or no refcount block, the whole refcount structure is
rebuilt in new clusters at the end of the file and the header switches to it
after a flush (QEMU's rebuild); ``-r leaks`` then stops with "need to rebuild
refcount structures", leaving the file unchanged, as qemu-img does.
COPIED flags of the active L1 and L2 entries are set to (refcount == 1)
(``-r all``). The snapshot table is repaired as QEMU's ``-r all`` repairs it
(block/qcow2-snapshot.c): the entries it cannot keep are cut off, entries with
extra data too long (cut to 1024 bytes) or too short (version 3) make it write
the whole table anew once the refcounts are right (docs/formats/qcow2.md).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ...errors import FormatError
from ...fields import field_end, field_span
from ..image import open_locked
from .check import UNALIGNED_CLUSTER, CheckResult, SnapshotRepair, check_with_counts
from .image import Qcow2Image
from .io import ImageFile
from .layout import (
    L1E_COPIED, L1E_OFFSET_MASK, L2E_COMPRESSED, L2E_COPIED, L2E_OFFSET_MASK, L2E_ZERO, REFT_OFFSET_MASK,
    REFT_RESERVED, decode_u64_table, encode_refcounts,
)
from .refcount import RefcountTable
from .snapshot import encode_table

__all__ = ["repair_file"]

_HEADER = "qcow2::header"
_VERSION = field_span(_HEADER, "version")
_INCOMPATIBLE_OFFSET, _INCOMPATIBLE_WIDTH = field_span(_HEADER, "incompatible_features")
_INCOMPATIBLE_END = field_end(_HEADER, "incompatible_features")
_REFT_OFFSET, _REFT_WIDTH = field_span(_HEADER, "refcount_table_offset")
_REFT_CLUSTERS = field_span(_HEADER, "refcount_table_clusters")
assert _REFT_CLUSTERS[0] == _REFT_OFFSET + _REFT_WIDTH  # written together below
_NUM_SNAPSHOTS = field_span(_HEADER, "num_snapshots")
_SNAPSHOTS_OFFSET = field_span(_HEADER, "snapshots_offset")
assert _SNAPSHOTS_OFFSET[0] == _NUM_SNAPSHOTS[0] + _NUM_SNAPSHOTS[1]  # written together, as QEMU does
_DIRTY, _CORRUPT = 1, 2


def repair_file(path: str | os.PathLike, mode: str, *, journal: list | None = None,
                sync: bool = True) -> CheckResult:
    """Check ``path``, repair what ``mode`` (``"leaks"`` or ``"all"``) covers, and check again.

    The result is the second check's, with the first check's fixed counters,
    as ``qemu-img check -r`` reports it. The image is locked as a writer
    (QEMU's locks) from before the first check to after the second, so no
    other process writes it while its refcounts are being changed; the
    checks inside read it through their own unlocked descriptors.
    """
    guard = open_locked(Path(path), False, writable=True)
    try:
        return _repair_locked(path, mode, journal, sync)
    finally:
        guard.close()


def _repair_locked(path, mode: str, journal: list | None, sync: bool) -> CheckResult:
    zero_fixed = 0
    while True:
        image = Qcow2Image(path, backing=False, for_check=True, force_share=True)
        try:
            first, counts = check_with_counts(image, repair=mode == "all")
            if counts is None:
                return first
            if mode == "all" and first.zero_fixes and not zero_fixed:
                # QEMU fixes these entries while it walks the tables, before it counts anything:
                # fixed first, then everything is counted again
                width = 16 if image.extended_l2 else 8
                overlap = _overlap(first, image.cluster_bits, [(o, width, "active L2") for o in first.zero_fixes])
                if overlap is not None:
                    return _refused(first, overlap)
                zero_fixed = _fix_zero_entries(image, first.zero_fixes, journal, sync)
                before = first.messages
                continue
            refs = RefcountTable(image)
            l1 = (image.header.l1_table_offset, image.header.num_l1_entries, image.has_data_file, image.extended_l2)
            disk_size = image.size // 512 * 512
            raise_, lower = _plan(refs, counts, mode)
            rebuild = first.rebuild or any(_stored(refs, c) == 0 for c in raise_) or any(
                _block_entry(refs, c) is None for c in raise_)
            if mode == "leaks" and (first.rebuild or _needs_rebuild(refs, counts)):
                first.messages.append("ERROR need to rebuild refcount structures")
                first.check_errors += 1
                first.finished = False
                first.error = FormatError("Input/output error")
                return first
        finally:
            image.close()
        break
    if zero_fixed:
        first.messages = _after_zero_fixes(before, first.messages)
        first.corruptions_fixed = zero_fixed
    snap = first.snapshots
    table = place = None
    if snap is not None:
        # decided before anything is written: a repair that cannot be done as QEMU does it writes nothing
        if snap.fixes and not rebuild:
            table = encode_table(snap.entries, disk_size)
            place = _place_table(first, refs, counts, snap, len(table))
            if place is None:
                return _refused(first, "there is no room for the new snapshot table under the existing "
                                       "refcount blocks")
            cb = refs.cluster_bits
            old = range(snap.offset >> cb, ((snap.offset + snap.size - 1) >> cb) + 1) if snap.size else range(0)
            counted = [*range(place >> cb, (place >> cb) + -(-len(table) >> cb)), *old]
            overlap = _overlap(first, cb, [(place, len(table), "new snapshot table")] + _refcount_spots(refs, counted))
            if overlap is not None:
                return _refused(first, overlap)
    if not rebuild and not (snap is not None and snap.fixes):   # (a rebuild discards nothing)
        discarded = _table_freed(first, refs.cluster_bits, lower)
        if discarded is not None:
            return _refused(first, f"the snapshot table's cluster {discarded} would be freed as a leak while the "
                                   "header still points at the table (qemu-img discards it, and the snapshots "
                                   "with it)")
    if rebuild:
        if snap is None:
            return _rebuild(path, refs, counts, first, raise_, lower, l1, journal, sync)
        # QEMU rewrites the table once the refcounts are rebuilt: placed then, in the new structure
        then = (lambda: _rewrite_after_rebuild(path, journal, sync)) if snap.fixes else None
        return _rebuild(path, refs, counts, first, raise_, lower, l1, journal, sync, then=then, snap=snap)
    fd = os.open(path, os.O_RDWR)
    try:
        out = ImageFile(fd, str(path), journal, sync=sync)
        batches = [list(_patches(out, refs, batch)) for batch in (raise_, lower)]
        # COPIED flags can be wrong only where the check found corruptions or a refcount changed
        needs_copied = mode == "all" and (first.corruptions or raise_ or lower)
        copied, flag_writes = _copied_fixes(out, refs, l1, {**counts_map(counts), **raise_, **lower}) \
            if needs_copied else ([], [])
        # every write is checked against the other metadata before the first one
        overlap = _overlap(first, refs.cluster_bits, [(o, len(d), "refcount block") for batch in batches
                                                      for o, d in batch] + [guard for _, _, guard in flag_writes])
        if overlap is not None:
            return _refused(first, overlap)
        if snap is not None and snap.dropped:
            # QEMU lowers the header's count first: the entries cut off reference nothing from then on,
            # and their clusters are leaks that the refcounts below free
            out.pwrite(len(snap.entries).to_bytes(_NUM_SNAPSHOTS[1], "big"), _NUM_SNAPSHOTS[0])
            out.flush()
        for batch in batches:
            for offset, data in batch:
                out.pwrite(data, offset)
            if batch:
                out.flush()
        for offset, data, _ in flag_writes:
            out.pwrite(data, offset)
        if flag_writes:
            out.flush()
        freed = _rewrite_snapshot_table(out, refs, counts, snap, table, place) if table is not None else []
    finally:
        os.close(fd)
    if not (raise_ or lower or copied or zero_fixed or snap):
        return _mark_clean_if_clean(path, first, journal, sync)
    second = _recheck(path)
    second.leaks_fixed = len(lower)
    second.corruptions_fixed = zero_fixed + len(raise_) + len(copied)
    if snap is not None:
        second.corruptions_fixed += snap.dropped + (snap.fixes if table is not None else 0)
    earlier, flags = _split_copied(first.messages)
    second.messages = earlier + _second_compare(earlier, {**raise_, **lower}) + \
        (copied if mode == "all" else flags) + freed + second.messages
    return _mark_clean_if_clean(path, second, journal, sync)


def _rewrite_after_rebuild(path, journal: list | None, sync: bool) -> tuple[list[str], int]:
    """The snapshot table rewritten after a rebuild of the refcount structure, placed by a check of
    the rebuilt image. (lines to print, check errors): where there is no room, QEMU's failure."""
    image = Qcow2Image(path, backing=False, for_check=True, force_share=True)   # under the repair's lock
    try:
        now, counts = check_with_counts(image, repair=True)
        refs = RefcountTable(image)
        disk_size = image.size // 512 * 512
    finally:
        image.close()
    snap = now.snapshots
    if counts is None or snap is None or not snap.fixes:
        return [], 0
    table = encode_table(snap.entries, disk_size)
    place = _place_table(now, refs, counts, snap, len(table))
    if place is None or _overlap(now, refs.cluster_bits, [(place, len(table), "new snapshot table")]) is not None:
        return ["ERROR failed to update snapshot table: No space left on device"], 1
    fd = os.open(path, os.O_RDWR)
    try:
        return _rewrite_snapshot_table(ImageFile(fd, str(path), journal, sync=sync), refs, counts, snap, table,
                                       place), 0
    finally:
        os.close(fd)


def _rewrite_snapshot_table(out: ImageFile, refs: RefcountTable, counts, snap: SnapshotRepair, table: bytes,
                            place: int) -> list[str]:
    """QEMU's rewrite of the snapshot table, after the refcounts are repaired: the new clusters
    counted, the table written, the header switched to it, then the old table freed.
    Returns what QEMU prints when it cannot free the old table (it goes on without)."""
    cs, cb = refs.cluster_size, refs.cluster_bits
    clusters = -(-len(table) // cs)
    first_new = place >> cb
    for offset, data in _patches(out, refs, {k: 1 for k in range(first_new, first_new + clusters)}):
        out.pwrite(data, offset)
    out.flush()
    out.pwrite(table + bytes(clusters * cs - len(table)), place)   # the new table, whole clusters
    out.flush()
    out.pwrite(len(snap.entries).to_bytes(_NUM_SNAPSHOTS[1], "big") + place.to_bytes(_SNAPSHOTS_OFFSET[1], "big"),
               _NUM_SNAPSHOTS[0])
    out.flush()
    if not snap.size:
        return []
    old = range(snap.offset >> cb, ((snap.offset + snap.size - 1) >> cb) + 1)
    lowered: dict[int, int] = {}
    for k in old:       # QEMU frees the old table all at once or not at all, and says why not
        if _block_entry(refs, k) is None:
            return ["qcow2_free_clusters failed: Resource temporarily unavailable"]
        now = counts[k] if k < len(counts) else _stored(refs, k)
        if now == 0:
            return ["qcow2_free_clusters failed: Invalid argument"]
        lowered[k] = now - 1
    for offset, data in _patches(out, refs, lowered):
        out.pwrite(data, offset)
    out.flush()
    return []


def _refcount_spots(refs: RefcountTable, clusters) -> list[tuple[int, int, str]]:
    """Where the refcounts of ``clusters`` are stored, as :func:`_overlap` takes writes (clusters
    without a refcount block have none)."""
    spots = []
    for k in clusters:
        block = _block_entry(refs, k)
        if block is not None:
            bit = (k & (refs.per_block - 1)) * refs.bits
            spots.append((block + bit // 8, max(1, refs.bits // 8), "refcount block"))
    return spots


def _table_freed(first: CheckResult, cluster_bits: int, lower: dict[int, int]) -> int | None:
    """A cluster of the snapshot table the header points at that the leak fixes would free (a table
    that runs past the end of the file is not counted, so its clusters look leaked); None if none."""
    offset, size = first.snapshot_table
    if not size:
        return None
    for k in range(offset >> cluster_bits, ((offset + size - 1) >> cluster_bits) + 1):
        if lower.get(k) == 0:
            return k
    return None


def _place_table(first: CheckResult, refs: RefcountTable, counts, snap: SnapshotRepair, nbytes: int) -> int | None:
    """Where the new snapshot table goes: the first run of clusters that are free once the refcounts
    are repaired (no references, no metadata, not the old table nor a region some table claims past
    the end of the file) and that existing refcount blocks cover; None when there is none."""
    cs, cb = refs.cluster_size, refs.cluster_bits
    need = max(1, -(-nbytes // cs))
    avoid = [(snap.offset >> cb, (snap.offset + max(snap.size, 1) - 1) >> cb)] + [
        (o >> cb, (o + n - 1) >> cb) for o, n in first.uncounted]
    end = len(refs.entries) << refs.block_bits
    k, run = 1, 0
    while k < end:
        if _block_entry(refs, k) is None:      # no block: none of its clusters can be counted
            k = ((k >> refs.block_bits) + 1) << refs.block_bits
            run = 0
            continue
        used = counts[k] if k < len(counts) else _stored(refs, k)
        if used or k in first.metadata or any(a <= k <= b for a, b in avoid):
            run = 0
        else:
            run += 1
            if run == need:
                return (k - need + 1) << cb
        k += 1
    return None


# What qemu-img check -r prints on standard error follows the order of QEMU's passes: the first
# comparison of refcounts with references (every mismatch), then, when refcounts were fixed in
# place, a second comparison (a fixed mismatch says "Repairing", one not fixed is printed again),
# or the rebuild; the COPIED flags are checked (or fixed) only after that, against the new refcounts.

_OUTSIDE = re.compile(r"ERROR refcount block \d+ is outside image$")
_COMPARE = re.compile(r"(?:ERROR|Leaked) cluster (\d+) refcount=(\d+) reference=(\d+)$")


def _split_copied(messages: list[str]) -> tuple[list[str], list[str]]:
    """The first check's lines without, and with, OFLAG_COPIED in them."""
    return [m for m in messages if "OFLAG_COPIED" not in m], [m for m in messages if "OFLAG_COPIED" in m]


def _second_compare(messages: list[str], fixed: dict[int, int]) -> list[str]:
    """QEMU's second comparison, after the fixes in place."""
    lines = []
    for message in messages:
        match = _COMPARE.match(message)
        if match:
            cluster = int(match[1])
            lines.append(f"Repairing cluster {cluster} refcount={match[2]} reference={match[3]}"
                         if cluster in fixed else message)
    return lines


def _fix_zero_entries(image: Qcow2Image, offsets: list[int], journal: list | None, sync: bool) -> int:
    """Make each L2 entry at ``offsets`` a plain zero cluster, as QEMU's -r all does with a
    preallocated zero cluster whose host offset is not aligned (it references nothing then)."""
    fd = os.open(image.path, os.O_RDWR)
    try:
        out = ImageFile(fd, str(image.path), journal, sync=sync)
        for at in sorted(set(offsets)):
            if image.extended_l2:  # allocated subclusters become zero ones, the entry has no offset
                bitmap = int.from_bytes(out.pread(8, at + 8), "big")
                bitmap = (bitmap | bitmap << 32) & 0xFFFFFFFF00000000
                out.pwrite(bytes(8) + bitmap.to_bytes(8, "big"), at)
            else:
                out.pwrite(L2E_ZERO.to_bytes(8, "big"), at)
        out.flush()
    finally:
        os.close(fd)
    return len(set(offsets))


_UNALIGNED_ZERO = f"Preallocated cluster {UNALIGNED_CLUSTER}"


def _after_zero_fixes(before: list[str], after: list[str]) -> list[str]:
    """The walk's lines as QEMU prints them when it fixes the entries on its way ("Repairing" once
    each; nothing about the references they no longer make), then the new comparison's lines."""
    from collections import Counter

    walk_after = Counter(m for m in after if not _COMPARE.match(m) and "OFLAG_COPIED" not in m)
    lines: list[str] = []
    for message in before:
        if message.startswith("ERROR ") and message.endswith(_UNALIGNED_ZERO):
            fixed = "Repairing " + message[len("ERROR "):]
            if fixed not in lines:
                lines.append(fixed)
        elif walk_after[message] > 0:
            walk_after[message] -= 1
            lines.append(message)
    return lines + [m for m in after if _COMPARE.match(m) or "OFLAG_COPIED" in m]


def _recheck(path) -> CheckResult:
    """The second check, after the repair (qemu-img's "Double checking the fixed image now...")."""
    image = Qcow2Image(path, backing=False, for_check=True, force_share=True)  # under the repair's lock
    try:
        return check_with_counts(image)[0]
    finally:
        image.close()


def counts_map(counts) -> dict[int, int]:
    return dict(enumerate(counts))


def _copied_fixes(out: ImageFile, refs: RefcountTable, l1: tuple[int, int, bool, bool],
                  refcount: dict[int, int]) -> tuple[list[str], list[tuple[int, bytes, tuple]]]:
    """The messages and writes that set each active L1/L2 entry's COPIED flag to (refcount == 1), as
    QEMU's -r all does: (file offset, new entry, the range QEMU writes for it, as :func:`_overlap` takes it).

    ``l1`` is the active L1 table's (offset, entries), from the parsed header, and whether the image
    has an external data file (its clusters count as a refcount of 1, as in QEMU: their COPIED flag
    stays set) and extended L2 entries (16 bytes an entry: the bitmap after each is no entry).
    """
    cb = refs.cluster_bits
    l1_offset, l1_size, data_file, extended = l1
    step = 2 if extended else 1
    messages: list[str] = []
    writes: list[tuple[int, bytes, tuple]] = []
    seen: set[int] = set()
    for i, entry in enumerate(decode_u64_table(out.pread(8 * l1_size, l1_offset))):
        l2 = entry & L1E_OFFSET_MASK
        if not l2:
            continue
        if (refcount.get(l2 >> cb, 0) == 1) != bool(entry & L1E_COPIED):
            messages.append(f"Repairing OFLAG_COPIED L2 cluster: l1_index={i} l1_entry={entry:x} "
                            f"refcount={refcount.get(l2 >> cb, 0)}")
            writes.append((l1_offset + 8 * i, (entry ^ L1E_COPIED).to_bytes(8, "big"),
                           ((l1_offset + 8 * i) & ~511, 512, "active L1")))
        if l2 in seen:
            continue    # an L2 table of two L1 entries: QEMU's second look sees it fixed (in its cache)
        seen.add(l2)
        for j, e in enumerate(decode_u64_table(out.pread(refs.cluster_size, l2))[::step]):
            data = e & L2E_OFFSET_MASK
            if not data or e & L2E_COMPRESSED:
                continue            # unallocated or compressed: no COPIED rule
            rc = 1 if data_file else refcount.get(data >> cb, 0)
            if (rc == 1) != bool(e & L2E_COPIED):
                messages.append(f"Repairing OFLAG_COPIED data cluster: l2_entry={e:x} refcount={rc}")
                writes.append((l2 + 8 * step * j, (e ^ L2E_COPIED).to_bytes(8, "big"),
                               (l2, refs.cluster_size, "active L2")))
    return messages, writes


def _overlap(first: CheckResult, cluster_bits: int, writes: list[tuple[int, int, str]]) -> str | None:
    """The first write that would land on metadata of another kind (QEMU's overlap check, in its
    default "cached" mode), described; None when every write stays in its own structure.

    A write is (offset, length, kind): the range QEMU writes (a whole L2 table when it fixes a
    COPIED flag in it, the 512 bytes around an L1 entry)."""
    for offset, length, kind in writes:
        for cluster in range(offset >> cluster_bits, ((offset + length - 1) >> cluster_bits) + 1):
            others = first.metadata.get(cluster, set()) - {kind}
            if others:
                return f"a write to the {kind} at {offset:#x} overlaps the {' and '.join(sorted(others))}"
    return None


def _refused(result: CheckResult, overlap: str) -> CheckResult:
    """The repair stops before it writes anything, where QEMU would mark the image corrupt and fail."""
    result.messages.append(f"ERROR: {overlap}; nothing was repaired")
    result.check_errors += 1
    result.finished = False
    result.error = FormatError("Input/output error")
    return result


def _stored(refs: RefcountTable, cluster: int) -> int:
    if _block_entry(refs, cluster) is None:
        return 0
    return refs.block_refcounts(cluster >> refs.block_bits)[cluster & (refs.per_block - 1)]


def _plan(refs: RefcountTable, counts, mode: str) -> tuple[dict[int, int], dict[int, int]]:
    """The refcounts to raise and to lower, ``{cluster: new refcount}`` each."""
    raise_: dict[int, int] = {}
    lower: dict[int, int] = {}
    for block in range(-(-len(counts) // refs.per_block)):
        start = block * refs.per_block
        want = counts[start:start + refs.per_block]
        have = refs.block_refcounts(block, len(want))
        if have == want:
            continue
        for i, (h, w) in enumerate(zip(have, want)):
            if h > w:
                lower[start + i] = w
            elif h < w and mode == "all":
                raise_[start + i] = w
    return raise_, lower


def _needs_rebuild(refs: RefcountTable, counts) -> bool:
    """QEMU rebuilds the refcount structure when a cluster in use has refcount 0 or no block.

    One refcount block is decoded at a time, each once.
    """
    for block in range(-(-len(counts) // refs.per_block)):
        start = block * refs.per_block
        want = counts[start:start + refs.per_block]
        if not any(want):
            continue
        if _block_entry(refs, start) is None:
            return True
        have = refs.block_refcounts(block, len(want))
        if any(w and not h for h, w in zip(have, want)):
            return True
    return False


def _rebuild(path, refs: RefcountTable, counts, first: CheckResult, raise_, lower, l1, journal, sync, *,
             then=None, snap: SnapshotRepair | None = None):
    """A new refcount structure in new clusters at the end of the file; the header switches to it last.
    Then the COPIED flags follow the new refcounts, and ``then`` runs (the snapshot table's rewrite:
    it returns the lines it prints and its check errors). The snapshots ``snap`` cuts off leave the
    header's count first. Refused, with nothing written, where the new structure would land in a
    region a table claims past the end of the file (QEMU's overlap check stops its rebuild there)."""
    cs, cb, per_block = refs.cluster_size, refs.cluster_bits, refs.per_block
    want = list(counts)
    in_use = [k for k, n in enumerate(counts) if n]
    for k in range(refs.offset >> cb, (refs.offset >> cb) + refs.clusters):   # the old table, no longer in use
        if k < len(want):
            want[k] = max(0, want[k] - 1)
    for index in range(len(refs.entries)):
        old = _block_entry(refs, index << refs.block_bits)
        if old is not None and (old >> cb) < len(want):
            want[old >> cb] = max(0, want[old >> cb] - 1)
    start = -(-refs.file_size // cs)
    want.extend([0] * (start - len(want)))
    extra = 0
    while True:
        blocks = -(-(start + extra) // per_block)
        table = -(-(blocks * 8) // cs)
        if blocks + table == extra:
            break
        extra = blocks + table
    want.extend([1] * extra)
    for o, n in first.uncounted:
        if (o >> cb) < start + extra and ((o + n - 1) >> cb) >= start:
            return _refused(first, f"the new refcount structure at {start << cb:#x} would overlap the region of "
                                   f"{n:#x} bytes at {o:#x} that a table claims past the end of the file")
    dropped = snap.dropped if snap is not None else 0
    fd = os.open(path, os.O_RDWR)
    try:
        out = ImageFile(fd, str(path), journal, sync=sync)
        if dropped:   # the snapshots cut off reference nothing before any refcount goes
            out.pwrite(len(snap.entries).to_bytes(_NUM_SNAPSHOTS[1], "big"), _NUM_SNAPSHOTS[0])
            out.flush()
        entries = bytearray(table * cs)
        for b in range(blocks):
            offset = (start + b) << cb
            values = want[b * per_block:(b + 1) * per_block]
            out.pwrite(encode_refcounts(values + [0] * (per_block - len(values)), refs.order), offset)
            entries[b * 8:b * 8 + 8] = offset.to_bytes(8, "big")
        table_offset = (start + blocks) << cb
        out.pwrite(bytes(entries), table_offset)
        out.flush()
        out.pwrite(table_offset.to_bytes(_REFT_WIDTH, "big") + table.to_bytes(_REFT_CLUSTERS[1], "big"),
                   _REFT_OFFSET)
        out.flush()
        copied, flag_writes = _copied_fixes(out, refs, l1, counts_map(want))
        if flag_writes:  # checked against the metadata as it is now (the old refcount structure is gone)
            overlap = _overlap(_recheck(path), refs.cluster_bits, [guard for _, _, guard in flag_writes])
            if overlap is not None:  # the new refcount structure stays; the COPIED flags are not touched
                first.messages += ["Rebuilding refcount structure"]
                return _refused(first, overlap)
            for offset, data, _ in flag_writes:
                out.pwrite(data, offset)
            out.flush()
    finally:
        os.close(fd)
    later, errors = then() if then is not None else ([], 0)
    second = _recheck(path)
    second.check_errors += errors
    # as QEMU counts it: what the first pass found (the COPIED checks come later) less what is still
    # there once the new structure is counted, and the COPIED flags fixed against it
    earlier, flags = _split_copied(first.messages)
    found = first.corruptions - len(flags)
    # QEMU first grows the file over a refcount block past its end (a fix), whose zeroed cluster is then
    # one more cluster in use with refcount 0 (another, for the rebuild)
    outside = [i for i, m in enumerate(earlier) if _OUTSIDE.match(m)]
    for i in outside:
        earlier[i] = "Repairing " + earlier[i][len("ERROR "):]
    second.corruptions_fixed = first.corruptions_fixed + max(0, found - second.corruptions) + len(copied) + \
        len(outside)
    second.leaks_fixed = first.leaks
    # QEMU's rebuild counts the old table and blocks in the new structure, then frees them as leaks
    freed = [f"Repairing cluster {k} refcount=1 reference=0" for k in in_use if k < len(counts) and not want[k]]
    second.corruptions_fixed += dropped
    second.messages = earlier + ["Rebuilding refcount structure"] + freed + copied + later + second.messages
    return _mark_clean_if_clean(path, second, journal, sync)


def _mark_clean_if_clean(path, result: CheckResult, journal: list | None, sync: bool) -> CheckResult:
    """As QEMU after a repair that leaves no corruption: clear the dirty and corrupt bits (the image
    is consistent again), whichever of -r leaks and -r all ran."""
    if not result.finished or result.corruptions or result.check_errors:
        return result
    fd = os.open(path, os.O_RDWR)
    try:
        out = ImageFile(fd, str(path), journal, sync=sync)
        if int.from_bytes(out.pread(_VERSION[1], _VERSION[0]), "big") < 3:
            return result  # version 2 has neither bit
        raw = bytearray(out.pread(_INCOMPATIBLE_WIDTH, _INCOMPATIBLE_OFFSET))
        if raw[-1] & (_DIRTY | _CORRUPT):  # bits 0 and 1: the last byte of the big-endian integer
            raw[-1] &= ~(_DIRTY | _CORRUPT) & 0xFF
            out.pwrite(bytes(raw), _INCOMPATIBLE_OFFSET)
            out.flush()
    finally:
        os.close(fd)
    return result


def _block_entry(refs: RefcountTable, cluster: int) -> int | None:
    index = cluster >> refs.block_bits
    if index >= len(refs.entries):
        return None
    entry = refs.entries[index]
    offset = entry & REFT_OFFSET_MASK
    if not offset or entry & REFT_RESERVED or offset % refs.cluster_size or offset >= refs.file_size:
        return None
    return offset


def _patches(out: ImageFile, refs: RefcountTable, changes: dict[int, int]):
    """(file offset, bytes) writes that set each cluster's refcount to its new value."""
    bits = refs.bits
    for cluster, value in sorted(changes.items()):
        block = _block_entry(refs, cluster)
        if block is None:
            continue                # a leak in a cluster without a block: nothing stored to lower
        bit = (cluster & (refs.per_block - 1)) * bits
        if bits >= 8:
            yield block + bit // 8, value.to_bytes(bits // 8, "big")
            continue
        offset = block + bit // 8
        byte = out.pread(1, offset)[0]
        shift = bit % 8
        mask = ((1 << bits) - 1) << shift
        yield offset, bytes([(byte & ~mask) | (value << shift)])


def repair_if_dirty(path: str | os.PathLike) -> None:
    """Before a read-write open: repair an image whose dirty bit is set, as QEMU's open does.

    Refuses (UsageError), with the image as the repair left it, when the repair
    does not end in a clean image; a read-only open never calls this.
    """
    with open(path, "rb") as f:
        head = f.read(_INCOMPATIBLE_END)
    version = int.from_bytes(head[_VERSION[0]:_VERSION[0] + _VERSION[1]], "big")
    if len(head) < _INCOMPATIBLE_END or head[:4] != b"QFI\xfb" or version < 3 or not head[-1] & _DIRTY:
        return
    result = repair_file(path, "all")
    if result.exit_code != 0:
        from ...errors import UsageError

        raise UsageError(f"{path} was not closed cleanly (dirty, lazy refcounts) and could not be repaired: "
                         f"{result.error or 'the image still has errors'}")
