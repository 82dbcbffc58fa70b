"""Internal snapshots of a qcow2 image: list them, and read the disk as it was."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...ctext import from_c, to_bytes
from ...errors import FormatError, UsageError
from ...specs import read_instance
from .image import Qcow2Image
from .limits import MAX_SNAPSHOT_EXTRA_DATA, MAX_SNAPSHOT_TABLE_BYTES

__all__ = ["SnapshotInfo", "list_snapshots", "read_snapshot_table", "open_snapshot"]


# qemu-img lists a snapshot's ID and name through buffers of 128 and 256 bytes (QEMUSnapshotInfo):
# longer ones are cut to 127 and 255 bytes in its listings (looking a snapshot up takes them whole).
ID_LISTED_BYTES, NAME_LISTED_BYTES = 127, 255


@dataclass(frozen=True)
class SnapshotInfo:
    """A snapshot as ``qemu-img snapshot -l`` lists it.

    ``id`` and ``name`` are the stored bytes as QEMU takes them (C strings),
    decoded with ``surrogateescape`` so bytes that are not UTF-8 are kept
    (:mod:`qemuspec.ctext`); :meth:`to_json` cuts them as qemu-img lists them.
    """

    id: str
    name: str
    date_sec: int
    date_nsec: int
    vm_clock_nsec: int
    vm_state_size: int
    disk_size: int | None     # from the extra data (version 3); None when absent
    icount: int | None        # None when absent or -1 (icount off)
    l1_table_offset: int
    num_l1_entries: int

    def to_json(self) -> dict:
        """The keys of a snapshot in ``qemu-img info --output=json``."""
        out = {}
        if self.icount is not None:
            out["icount"] = self.icount
        out.update({
            "vm-clock-nsec": self.vm_clock_nsec % 1_000_000_000,
            "name": from_c(to_bytes(self.name), NAME_LISTED_BYTES),
            "date-sec": self.date_sec,
            "date-nsec": self.date_nsec,
            "vm-clock-sec": self.vm_clock_nsec // 1_000_000_000,
            "id": from_c(to_bytes(self.id), ID_LISTED_BYTES),
            "vm-state-size": self.vm_state_size,
        })
        return out


def read_snapshot_table(image: Qcow2Image) -> list:
    """The parsed snapshot table, refused for QEMU's reasons (an entry's extra data, the table's size).

    The place and count of the table are checked when the image opens; the
    parse is kept by the generated parser (its ``snapshots`` instance).
    """
    h = image.header
    if h.num_snapshots == 0:
        return []
    try:
        entries = read_instance(image.spec, "snapshots")
    except FormatError as exc:
        _diagnose(image)  # QEMU's reason when there is one (an entry claims too much extra data)
        raise exc
    pos = h.snapshots_offset
    for i, sn in enumerate(entries):
        _check_entry(i, pos, sn.len_extra_data)
        pos += 40 + sn.len_extra_data + sn.len_id + sn.len_name + len(sn.padding)
        if pos - h.snapshots_offset > MAX_SNAPSHOT_TABLE_BYTES:
            raise FormatError("snapshot table too large", structure="qcow2::header", field="snapshots_offset",
                              expected=f"at most {MAX_SNAPSHOT_TABLE_BYTES} bytes of entries")
    return entries


def _check_entry(index: int, pos: int, len_extra_data: int) -> None:
    if len_extra_data > MAX_SNAPSHOT_EXTRA_DATA:
        raise FormatError(f"too much extra metadata in snapshot table entry {index} ({len_extra_data} bytes); "
                          "qemu-img check -r all removes it", structure="qcow2::snapshot", field="len_extra_data",
                          offset=pos + 36, expected=f"at most {MAX_SNAPSHOT_EXTRA_DATA} bytes")


def _diagnose(image: Qcow2Image) -> None:
    """Read the entries one by one up to the one that failed, and refuse it for QEMU's reason if it has one."""
    from ...formats.qcow2 import Qcow2

    stream = image.spec._io  # the stream the generated parser reads the table from
    pos = image.header.snapshots_offset
    for i in range(image.header.num_snapshots):
        entry = Qcow2.Snapshot(stream, image.spec, image.spec)
        try:
            stream.seek(pos)  # may fail too: an offset no file system can seek to
            entry._read()
        except Exception:  # the generated parser's own error, reported by the caller
            _check_entry(i, pos, getattr(entry, "len_extra_data", 0))
            return
        _check_entry(i, pos, entry.len_extra_data)
        pos = stream.pos()


def list_snapshots(image: Qcow2Image) -> list[SnapshotInfo]:
    """The snapshots in the table, in its order."""
    out = []
    for sn in read_snapshot_table(image):
        extra = sn.extra_data  # fields the extra data is too short for are absent
        vm_state = getattr(extra, "vm_state_size", None)
        icount = getattr(extra, "icount", None)
        out.append(SnapshotInfo(from_c(sn.id), from_c(sn.name), sn.date_sec, sn.date_nsec, sn.vm_clock_nsec,
                                sn.vm_state_size_small if vm_state is None else vm_state,
                                getattr(extra, "disk_size", None), None if icount == -1 else icount,
                                sn.l1_table_offset, sn.num_l1_entries))
    return out


_ULONG = 1 << 64
_ID_NUMBER = re.compile(rb"[ \t\n\x0b\x0c\r]*([+-]?)([0-9]*)")


def _id_number(ident: bytes) -> int:
    """A stored ID as QEMU reads it when it picks the next one: C's ``strtoul`` in base 10 (64 bits).

    Leading white space and a sign are taken, the digits up to the first other byte
    count (none is 0), a number too large is the largest one, a negative one wraps.
    """
    sign, digits = _ID_NUMBER.match(bytes(ident).split(b"\0", 1)[0]).groups()
    value = int(digits or b"0")
    if value >= _ULONG:
        return _ULONG - 1
    return -value % _ULONG if sign == b"-" else value


def find_snapshot(image: Qcow2Image, key: str) -> SnapshotInfo:
    """A snapshot by ID or, failing that, by name (as qemu-img looks them up)."""
    snapshots = list_snapshots(image)
    for attr in ("id", "name"):
        for sn in snapshots:
            if getattr(sn, attr) == key:
                return sn
    raise UsageError(f"no snapshot {key!r} in {image.path}")


def open_snapshot(image: Qcow2Image, key: str) -> Qcow2Image:
    """A read-only view of the disk as it was in snapshot ``key`` (ID or name)."""
    sn = find_snapshot(image, key)
    size = sn.disk_size if sn.disk_size is not None else image.size
    return image.at_snapshot(sn.l1_table_offset, sn.num_l1_entries, size)


# -- changing snapshots (through a Qcow2Writer) ------------------------------------


def _tree_clusters(writer, l1_entries) -> list[int]:
    """Every host cluster an L1 table references: its L2 tables and their data clusters."""
    from .layout import L1E_OFFSET_MASK, L2E_COMPRESSED, L2E_OFFSET_MASK, compressed_range

    bits = writer.cluster_bits
    width = 2 if writer.extended_l2 else 1
    out = []
    for entry in l1_entries:
        l2_offset = entry & L1E_OFFSET_MASK
        if not l2_offset:
            continue
        out.append(l2_offset >> bits)
        table = writer.read_l2_at(l2_offset)
        for i in range(0, len(table), width):
            e = table[i]
            if e & L2E_COMPRESSED:
                host, length = compressed_range(e, bits)
                out.extend(range(host >> bits, ((host + length - 1) >> bits) + 1))
            elif e & L2E_OFFSET_MASK and not writer.has_data_file:
                out.append((e & L2E_OFFSET_MASK) >> bits)
    return out


def _check_room(writer, clusters: list[int]) -> None:
    """Refuse, before changing anything, when a refcount would overflow."""
    from collections import Counter

    from .alloc import RefcountOverflowError

    limit = writer.refcounts.max_refcount
    for cluster, extra in Counter(clusters).items():
        if writer.refcounts.get(cluster) + extra > limit:
            raise RefcountOverflowError(f"cluster {cluster} would be shared more than {limit} times "
                                        f"({1 << writer.refcount_order}-bit refcounts); nothing was changed")


def _clear_copied_flags(writer) -> None:
    """Clear every COPIED flag of the active tree (in memory; written at the next flush)."""
    from .layout import L1E_COPIED, L1E_OFFSET_MASK, L2E_COPIED

    width = 2 if writer.extended_l2 else 1
    for l1_index, entry in enumerate(writer.l1_table):
        if not entry & L1E_OFFSET_MASK:
            continue
        table = writer.l2_table(l1_index)
        changed = False
        for i in range(0, len(table), width):
            if table[i] & L2E_COPIED:
                table[i] &= ~L2E_COPIED
                changed = True
        if changed:
            writer.mark_l2_dirty(l1_index)
        if entry & L1E_COPIED:
            writer.set_l1_entry(l1_index, entry & ~L1E_COPIED)


def _set_copied_flags(writer) -> None:
    """Make the active tree's COPIED flags say whether each refcount is exactly one."""
    from .layout import L1E_COPIED, L1E_OFFSET_MASK, L2E_COMPRESSED, L2E_COPIED, L2E_OFFSET_MASK

    bits = writer.cluster_bits
    width = 2 if writer.extended_l2 else 1
    for l1_index, entry in enumerate(writer.l1_table):
        l2_offset = entry & L1E_OFFSET_MASK
        if not l2_offset:
            continue
        owned = writer.refcounts.get(l2_offset >> bits) == 1
        wanted = l2_offset | (L1E_COPIED if owned else 0)
        if wanted != entry:
            writer.set_l1_entry(l1_index, wanted)
        table = writer.l2_table(l1_index)
        changed = False
        for i in range(0, len(table), width):
            e = table[i]
            if e & L2E_COMPRESSED or not (e & L2E_OFFSET_MASK or (writer.has_data_file and e & L2E_COPIED)):
                continue
            one = writer.has_data_file or writer.refcounts.get((e & L2E_OFFSET_MASK) >> bits) == 1
            flagged = (e | L2E_COPIED) if one else (e & ~L2E_COPIED)
            if flagged != e:
                table[i] = flagged
                changed = True
        if changed:
            writer.mark_l2_dirty(l1_index)


def _write_table(writer, snapshots: list) -> None:
    """Write a new snapshot table, switch the header to it, let the old one go."""
    h = writer.header
    table = encode_table(snapshots, writer.size)
    old_offset, old_count = h.snapshots_offset, h.num_snapshots
    old_size = _table_size(writer) if old_count else 0
    new_offset = writer.refcounts.allocate(-(-len(table) // writer.cluster_size)) if table else 0
    writer.flush()  # the new table's refcounts
    if table:
        writer.io.pwrite(table, new_offset)
        writer.io.flush()
    writer.switch_snapshot_table(new_offset, len(snapshots))
    if old_count:
        first = old_offset >> writer.cluster_bits
        for cluster in range(first, first + -(-old_size // writer.cluster_size)):
            writer.refcounts.defer_decrement(cluster, discard=True)
    writer.refcounts.write_decrements()


def _table_size(writer) -> int:
    return sum(40 + sn.len_extra_data + sn.len_id + sn.len_name + len(sn.padding) for sn in _parsed(writer))


def _parsed(writer) -> list:
    if writer.header.num_snapshots == 0:
        return []
    return list(read_snapshot_table(writer))


def create_snapshot(writer, name: str) -> SnapshotInfo:
    """Take an internal snapshot of the disk as it is now (``qemu-img snapshot -c``)."""
    import time

    from ...formats.qcow2 import Qcow2
    from .layout import encode_u64_table

    if writer.has_data_file:
        raise UsageError("images with an external data file cannot have internal snapshots")
    # a name from the command line keeps its bytes, UTF-8 or not; qemu-img cuts it to 255 bytes
    name = from_c(to_bytes(name), NAME_LISTED_BYTES)
    existing = _parsed(writer)
    if any(from_c(sn.name) == name for sn in existing):
        raise UsageError(f"a snapshot named {name!r} exists already")
    writer.flush()
    # every cluster of the active tree gains a reference; its COPIED flags go
    tree = _tree_clusters(writer, writer.l1_table)
    _check_room(writer, tree)
    # the snapshot's L1 table is the active one as it is now, COPIED flags and all, as QEMU copies
    # it (the flags mean nothing in a snapshot's table)
    l1_bytes = encode_u64_table(writer.l1_table)
    # COPIED flags go before the refcounts rise: a crash in between leaves clear flags on
    # clusters counted once (harmless: QEMU copies on write), never set flags on shared ones
    _clear_copied_flags(writer)
    writer.flush()
    for cluster in tree:
        writer.refcounts.increment(cluster)
    l1_offset = writer.refcounts.allocate(max(1, -(-len(l1_bytes) // writer.cluster_size))) if l1_bytes else 0
    writer.flush()  # refcounts, then the tables without their COPIED flags
    if l1_bytes:
        writer.io.pwrite(l1_bytes, l1_offset)
        writer.io.flush()
    now = time.time_ns()
    sn = Qcow2.Snapshot()
    sn.l1_table_offset, sn.num_l1_entries = l1_offset, len(writer.l1_table)
    sn.id = str((max((_id_number(s.id) for s in existing), default=0) + 1) % _ULONG).encode("ascii")
    sn.name = to_bytes(name)
    sn.len_id, sn.len_name = len(sn.id), len(sn.name)
    sn.date_sec, sn.date_nsec = now // 1_000_000_000, now % 1_000_000_000 // 1000 * 1000
    sn.vm_clock_nsec = 0
    sn.vm_state_size_small = 0
    extra = Qcow2.SnapshotExtraData(None, sn, None)
    extra.vm_state_size, extra.disk_size, extra.icount, extra.unknown = 0, writer.size, 0, b""
    sn.extra_data = extra
    sn.len_extra_data = 24
    _write_table(writer, existing + [sn])
    return find_snapshot(writer, sn.id.decode("ascii"))


def delete_snapshot(writer, key: str) -> None:
    """Delete an internal snapshot (``qemu-img snapshot -d``); its clusters become free."""
    target = find_snapshot(writer, key)
    existing = _parsed(writer)
    keep = [sn for sn in existing if from_c(sn.id) != target.id]
    l1 = writer.read_snapshot_l1(target.l1_table_offset, target.num_l1_entries, 0)
    writer.flush()
    _write_table(writer, keep)
    # what ends up free is deallocated in the file, as QEMU's pass-discard-snapshot (on by default) does
    for cluster in _tree_clusters(writer, l1):
        writer.refcounts.defer_decrement(cluster, discard=True)
    first = target.l1_table_offset >> writer.cluster_bits
    for cluster in range(first, first + -(-target.num_l1_entries * 8 // writer.cluster_size)):
        writer.refcounts.defer_decrement(cluster, discard=True)
    writer.refcounts.write_decrements()
    _set_copied_flags(writer)
    writer.flush()


def apply_snapshot(writer, key: str) -> None:
    """Revert the disk to an internal snapshot (``qemu-img snapshot -a``)."""
    from .layout import L1E_COPIED

    target = find_snapshot(writer, key)
    size = target.disk_size if target.disk_size is not None else writer.size
    l1 = writer.read_snapshot_l1(target.l1_table_offset, target.num_l1_entries, size)
    writer.flush()
    if len(l1) > len(writer.l1_table):
        writer.resize(max(writer.size, len(l1) * writer.cluster_size * writer.l2_entries))
    tree = _tree_clusters(writer, l1)
    _check_room(writer, tree)
    for cluster in tree:
        writer.refcounts.increment(cluster)
    old_tree = _tree_clusters(writer, writer.l1_table)
    writer.flush()  # the snapshot's clusters counted twice before the active table points at them
    writer.write_l1_table([e & ~L1E_COPIED for e in l1] + [0] * (len(writer.l1_table) - len(l1)))  # flags: below
    if size != writer.size:
        writer.header.size = writer.size = size
        writer.write_header()
    for cluster in old_tree:  # the old active tree's clusters that end up free are deallocated, as QEMU does
        writer.refcounts.defer_decrement(cluster, discard=True)
    writer.refcounts.write_decrements()
    _set_copied_flags(writer)
    writer.flush()


# -- the table QEMU's check -r all writes --------------------------------------------

_KNOWN_EXTRA = 24         # vm_state_size, disk_size and icount: the extra data QEMU 7.2 knows and writes
_U32_MAX = 0xFFFF_FFFF


def encode_table(entries: list, disk_size: int) -> bytes:
    """The snapshot table QEMU writes for ``entries`` (parsed or new entries; its ``check -r all``
    and every snapshot command write it so): every entry with at least the known extra data, the fields a short
    extra data lacks filled in as QEMU reads them (the disk's size, icount -1), what follows
    the known fields kept, the ID and name cut at their first NUL, each entry padded to 8 bytes.

    ``disk_size`` is the image's virtual size in whole sectors.
    """
    from ...formats.qcow2 import Qcow2
    from ...specs import serialize

    blobs = []
    for old in entries:
        extra = old.extra_data
        have = old.len_extra_data
        vm_state = getattr(extra, "vm_state_size", None) if have >= 8 else None
        vm_state = old.vm_state_size_small if vm_state is None else vm_state
        sn = Qcow2.Snapshot()
        sn.l1_table_offset, sn.num_l1_entries = old.l1_table_offset, old.num_l1_entries
        sn.id = bytes(old.id).split(b"\0", 1)[0]
        sn.name = bytes(old.name).split(b"\0", 1)[0]
        sn.len_id, sn.len_name = len(sn.id), len(sn.name)
        sn.date_sec, sn.date_nsec, sn.vm_clock_nsec = old.date_sec, old.date_nsec, old.vm_clock_nsec
        sn.vm_state_size_small = vm_state if vm_state <= _U32_MAX else 0   # too large: a disk-only snapshot
        new = Qcow2.SnapshotExtraData(None, sn, None)
        new.vm_state_size = vm_state
        new.disk_size = extra.disk_size if have >= 16 else disk_size
        new.icount = extra.icount if have >= 24 else -1
        new.unknown = bytes(extra.unknown) if have > _KNOWN_EXTRA else b""
        sn.extra_data = new
        sn.len_extra_data = max(_KNOWN_EXTRA, have)
        sn.padding = bytes(-(40 + sn.len_extra_data + sn.len_id + sn.len_name) % 8)
        sn.l1_table__enabled = False
        blobs.append(serialize(sn, 40 + sn.len_extra_data + sn.len_id + sn.len_name + len(sn.padding)))
    table = b"".join(blobs)
    if blobs:   # QEMU writes no padding after the last entry
        table = table[:len(table) - len(sn.padding)]
    return table
