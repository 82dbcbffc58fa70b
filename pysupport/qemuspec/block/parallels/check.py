"""``qemu-img check -f parallels``: the spec's BAT rules, leaks, the unclean flag, the extension checksum.

Invariant: a repair never loses guest data that a read returns. Every
cluster the BAT points to inside the file is kept: moved to a fresh
cluster when its place breaks a rule, never cleared, and never cut off by
the truncation of leaks. Only entries that point past the end of the file
(a read of them gives zeros) are cleared, as qemu-img check -r all does.

Findings use qemu-img's counters and exit codes (:class:`~..qcow2.check.CheckResult`).
The spec's four rules for BAT entries decide (QEMU 7.2 checks only the
second): an entry must not point below the data area, must point inside the
file, must be unique and must be cluster-aligned relative to the data area.
With ``data_off`` 0 the data start is computed (the end of the BAT rounded
up to a sector) and the alignment rule is not applied: neither QEMU 7.2's
check nor its allocator keeps it for such images (7.2 allocates them at
512 times the computed start), so qemu-img and we both call them clean.
``data_off`` 0 with the magic "WithouFreSpacExt" breaks the spec; QEMU 7.2
does not look, newer QEMU reports it and writes the BAT end rounded up to
a cluster, and so do we. The Format Extension cluster and the bitmap
clusters it points to follow the same rules, and its MD5 must match.
Clusters past the last one used are leaks.

Repairs (``repair="leaks"`` or ``"all"``), as qemu-img check -r does and
newer QEMU for what 7.2 does not check: leaks are truncated away; with
``all`` entries outside the file are cleared, an entry below the data area
or misaligned is moved to a cluster of its own at the end of the data area
(its contents go with it), as is the second of two entries sharing a
cluster, the in-use mark is cleared, ``data_off`` 0 of a WithouFreSpacExt
image is written, and a Format Extension with a wrong checksum or bad
entries is dropped. Clusters are copied before any header or BAT entry is
written, so the copies hold what a read returned before the repair. After
repairing, the image is checked again and that result is returned with the
repair counts.
"""

from __future__ import annotations

import os
import struct

from ...errors import FormatError, QemuSpecError, UsageError
from ..qcow2.check import CheckResult
from . import image as _image
from .image import HEADER_SIZE, IN_USE_OPEN, ParallelsImage, bat_view

__all__ = ["check_file", "check_image"]

UNCLEAN = "ERROR image was not closed correctly"


def check_file(path: str | os.PathLike, *, repair: str | None = None, force_share: bool = False) -> CheckResult:
    """Check (and with ``repair`` "leaks" or "all", repair) the image at ``path``."""
    if repair not in (None, "leaks", "all"):
        raise UsageError(f"-r takes leaks or all, not {repair!r}")
    try:
        image = ParallelsImage(path, force_share=force_share and not repair, strict_extension=False,
                               _writable=bool(repair))
    except FormatError as exc:
        return CheckResult(format="parallels", finished=False, error=exc)
    with image:
        result = check_image(image, repair)
    if result.corruptions_fixed or result.leaks_fixed:
        fixed = result
        with ParallelsImage(path, strict_extension=False) as image:
            result = check_image(image)
        if UNCLEAN in fixed.messages:
            # -r leaks: qemu-img's second look still holds the image unclean (as it was opened),
            # though the file it leaves is marked closed
            result.messages.insert(0, UNCLEAN)
            result.corruptions += 1
        result.messages = fixed.messages + result.messages
        result.corruptions_fixed, result.leaks_fixed = fixed.corruptions_fixed, fixed.leaks_fixed
    return result


def check_image(image: ParallelsImage, repair: str | None = None) -> CheckResult:
    """Check an open image; repairs need it opened writable."""
    return _Checker(image, repair).run()


class _Checker:
    def __init__(self, image: ParallelsImage, repair: str | None) -> None:
        self.image = image
        self.fix_all = repair == "all"
        self.fix_leaks = repair in ("leaks", "all")
        self.result = CheckResult(format="parallels")
        self.fd = image._file.fileno()
        self.pending: list[tuple[int, int]] = []

    def finding(self, text: str, fixed: bool) -> None:
        self.result.messages.append(f"{'Repairing' if fixed else 'ERROR'} {text}")

    def corrupt(self, text: str, fixable: bool = True) -> bool:
        """Count a corruption; True when it is to be repaired."""
        fix = self.fix_all and fixable
        self.finding(text, fix)
        if fix:
            self.result.corruptions_fixed += 1
        else:
            self.result.corruptions += 1
        return fix

    def bad_cluster(self, off: int) -> str | None:
        """Which of the spec's placement rules ``off`` breaks, if any (not uniqueness)."""
        im = self.image
        if off < self.base:
            return "is below the data area"
        if not im.data_off_zero and (off - self.base) % im.cluster_size:
            return "is not aligned to a cluster"
        if off >= self.size:
            return "is outside image"
        return None

    def run(self) -> CheckResult:
        im, r = self.image, self.result
        cs = im.cluster_size
        # qemu-img sees the file in whole sectors: a partial last sector counts as a full one
        self.size = -(-im.file_size // 512) * 512
        if im.in_use == IN_USE_OPEN:
            # opened for any repair, qemu-img marks the image closed again when it is done (7.2 writes
            # in_use 0 on close even with -r leaks, which does not count the finding as fixed)
            if self.corrupt("image was not closed correctly") or self.fix_leaks:
                self.write_u32(44, 0)
        # where the data area starts once repaired: data_off 0 of a WithouFreSpacExt image, or one
        # below the BAT's end, past the end of the file or (WithouFreSpacExt) not on a cluster boundary,
        # becomes the BAT end rounded up to a sector (to a cluster for WithouFreSpacExt), as newer
        # QEMU repairs it; every other image keeps its start
        self.base = im.data_offset
        least = -(-(HEADER_SIZE + 4 * len(im.bat)) // 512) * 512
        if im.is_ext:
            least = -(-least // cs) * cs
        if im.data_off_zero and im.is_ext:
            self.base = least
            if self.corrupt(f"data_off is zero, which WithouFreSpacExt does not allow (should be "
                            f"{self.base // 512})"):
                self.write_u32(48, self.base // 512)
        elif not im.data_off_zero and (im.data_offset < least or im.data_offset > self.size
                                       or im.is_ext and im.data_offset % cs):
            self.base = least
            if self.corrupt("data_off field has incorrect value"):
                self.write_u32(48, self.base // 512)
        # a WithouFreSpacExt entry counts clusters: moving one needs a cluster-aligned data area
        movable = not im.is_ext or self.base % cs == 0
        # a big BAT is scanned in bulk with numpy; a small one entry by entry (cheaper than importing numpy)
        scan = self.scan_bulk if len(im.bat) >= _image.BULK_ENTRIES else self.scan_each
        owners, moves, high = scan(movable)
        r.total_clusters = len(im.bat)
        # every cluster kept ends by ``end``: the truncation of leaks cuts no guest data
        end = high + cs if high else self.base
        end = max(end, self.check_extension(owners))
        r.image_end_offset = end
        if self.size > end:
            count = -(-(self.size - end) // cs)
            self.finding(f"space leaked at the end of the image {self.size - end}", self.fix_leaks)
            if self.fix_leaks:
                os.ftruncate(self.fd, end)
                im.file_size = self.size = end
                r.leaks_fixed += count
            else:
                r.leaks += count
        for i in moves:
            self.move_cluster(i)
        if moves:
            os.fsync(self.fd)   # the copies are on disk before any entry points at them
        for offset, value in self.pending:
            os.pwrite(self.fd, struct.pack("<I", value), offset)
        if (r.corruptions_fixed or r.leaks_fixed) and im.writable:
            os.fsync(self.fd)
        return r

    def scan_each(self, movable: bool):
        """The BAT rules, entry by entry: ``(owners, moves, high)``.

        ``owners(offsets)`` maps those of ``offsets`` that a kept BAT entry points to onto
        the first such entry; ``moves`` are the entries to move; ``high`` is the highest
        offset kept (0 for none). Findings and the clearing of entries outside the file
        are done here, in BAT order.
        """
        im, r = self.image, self.result
        cs = im.cluster_size
        used: dict[int, int] = {}
        moves: list[int] = []
        high, prev = 0, 0
        for i, entry in enumerate(im.bat):
            if not entry:
                prev = 0
                continue
            off = entry * im.bat_unit
            problem = self.bad_cluster(off)
            if problem == "is outside image":
                if self.corrupt(f"cluster {i} {problem}"):
                    self.set_bat(i, 0)
                    prev = 0
                    continue
            elif problem:
                if self.corrupt(f"cluster {i} {problem}", movable):
                    moves.append(i)
            elif off in used:
                if self.corrupt(f"cluster {i} has the same offset as cluster {used[off]}", movable):
                    moves.append(i)
            used.setdefault(off, i)
            r.allocated_clusters += 1
            if prev and prev + cs != off:
                r.fragmented_clusters += 1
            prev = off
            high = max(high, off)
        return (lambda offsets: {off: used[off] for off in offsets if off in used}), moves, high

    def scan_bulk(self, movable: bool):
        """:meth:`scan_each` with numpy masks over the whole BAT: the same findings, in the
        same order, with Python objects only for the entries that break a rule.

        The rules are applied to the entries themselves (bounds in BAT units), so the
        arrays are a few masks of the BAT's length, plus a sorted copy of the entries
        when they do not rise in BAT order (to find entries sharing a cluster).
        """
        import numpy as np

        im, r = self.image, self.result
        cs, base, unit = im.cluster_size, self.base, im.bat_unit
        entries = bat_view(im.bat)   # a view: set_bat below changes only entries outside the file
        count = len(entries)
        allocated = entries != 0

        def units(limit: int):
            """The first entry whose offset (``entry * unit``) reaches ``limit``."""
            return np.uint64(min(-(-limit // unit), 1 << 32))

        nothing = np.zeros(count, dtype=bool)
        below = allocated & (entries < units(base))
        if im.data_off_zero:
            misaligned = nothing
        elif unit % cs == 0:   # entries in clusters: aligned exactly when the data area is
            misaligned = ~below & allocated if base % cs else nothing
        else:
            misaligned = ~below & allocated & ((entries.astype(np.int64) * unit - base) % cs != 0)
        outside = allocated & ~below & ~misaligned & (entries >= units(self.size))
        good = allocated & ~(below | misaligned | outside)
        # the same offset as an earlier entry (only entries that break no other rule: equal
        # offsets break the same rules); the first one owns the cluster
        duplicate, owner = nothing, {}
        values = entries[good]
        if len(values) > 1 and not (values[1:] > values[:-1]).all():
            ordered = np.sort(values)
            if (ordered[1:] == ordered[:-1]).any():   # rare: which ones, and their owners
                where = np.flatnonzero(good)
                order = np.argsort(values, kind="stable")   # equal entries stay in BAT order
                again = np.concatenate(([False], values[order][1:] == values[order][:-1]))
                head = np.maximum.accumulate(np.where(again, 0, np.arange(len(values))))
                duplicate = nothing.copy()
                duplicate[where[order[again]]] = True
                owner = dict(zip(where[order[again]].tolist(), where[order[head[again]]].tolist()))
        kept = allocated & ~outside if self.fix_all else allocated   # entries outside are cleared
        r.allocated_clusters += int(np.count_nonzero(kept))
        # kept after kept, not in the cluster after it (entries differ by cs // unit); in uint32
        # unless an entry is so high that adding the step could wrap around
        step = cs // unit
        wide = count and int(entries.max()) > 0xFFFFFFFF - step
        steps = np.diff(entries.astype(np.int64) if wide else entries) != step
        r.fragmented_clusters += int(np.count_nonzero(kept[1:] & kept[:-1] & steps))
        high = int(entries[kept].max()) * unit if kept.any() else 0
        del entries, values, steps
        moves: list[int] = []
        for i in np.flatnonzero(below | misaligned | outside | duplicate).tolist():
            if outside[i]:
                if self.corrupt(f"cluster {i} is outside image"):
                    self.set_bat(i, 0)
            elif below[i] or misaligned[i]:
                problem = "is below the data area" if below[i] else "is not aligned to a cluster"
                if self.corrupt(f"cluster {i} {problem}", movable):
                    moves.append(i)
            elif self.corrupt(f"cluster {i} has the same offset as cluster {owner[i]}", movable):
                moves.append(i)

        def owners(offsets):
            wanted = sorted({off // unit for off in offsets if off % unit == 0 and 0 < off // unit < 1 << 32})
            found: dict[int, int] = {}
            if wanted:
                view = bat_view(im.bat)   # the kept entries are as they were
                for i in np.flatnonzero(kept & np.isin(view, np.array(wanted, dtype=np.uint32))).tolist():
                    found.setdefault(int(view[i]) * unit, i)
                del view
            return found

        return owners, moves, high

    def check_extension(self, owners) -> int:
        """Check the Format Extension; the end of the last cluster it uses (0 without one).

        ``owners`` is the BAT scan's lookup of clusters kept BAT entries point to."""
        im = self.image
        if not im.ext_offset:
            return 0
        cs, problems, clusters = im.cluster_size, [], [im.ext_offset]
        problem = self.bad_cluster(im.ext_offset)
        if problem:
            problems.append(f"Format Extension cluster {problem}")
        else:
            try:
                from .extension import read_extension

                ext = read_extension(im)
                for f in ext.features:
                    clusters += [e * 512 for e in f.l1 if e > 1]
            except QemuSpecError as exc:
                problems.append(f"Format Extension is corrupted: {exc}")
        for off in clusters[1:]:
            problem = self.bad_cluster(off)
            if problem:
                problems.append(f"dirty bitmap cluster at {off} {problem}")
        used = owners(clusters)
        for off in clusters:
            if off in used:
                problems.append(f"Format Extension cluster at {off} is also BAT cluster {used[off]}")
        if problems:
            fix = False
            for text in problems:
                fix = self.corrupt(text)
            if fix:
                self.write_u32(56, 0)
                self.write_u32(60, 0)
                return 0
        return max(off + cs for off in clusters if off < self.size) if any(
            off < self.size for off in clusters) else 0

    # -- repairs -------------------------------------------------------------

    def write_u32(self, offset: int, value: int) -> None:
        """Queue a header or BAT write; they are done after the clusters are copied."""
        self.pending.append((offset, value))

    def set_bat(self, index: int, entry: int) -> None:
        self.image.bat[index] = entry
        self.write_u32(HEADER_SIZE + 4 * index, entry)

    def move_cluster(self, index: int) -> None:
        """Give BAT entry ``index`` a cluster of its own at the end of the data area, with its contents."""
        im = self.image
        cs, src = im.cluster_size, im.bat[index] * im.bat_unit
        dst = self.base + -(-max(0, im.file_size - self.base) // cs) * cs
        if dst // im.bat_unit > 0xFFFFFFFF:
            raise FormatError(f"no room to move cluster {index}: a BAT entry cannot address {dst}",
                              structure="parallels", field="bat_entries", offset=HEADER_SIZE + 4 * index,
                              expected="a file small enough for its BAT")
        os.pwrite(self.fd, os.pread(self.fd, cs, src).ljust(cs, b"\0"), dst)
        im.file_size = self.size = dst + cs
        self.set_bat(index, dst // im.bat_unit)
