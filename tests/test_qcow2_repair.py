"""qemuspec check -r leaks|all on qcow2 images, each result judged by qemu-img 7.2 on a copy."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from conftest import QEMUSPEC, run
from qcow2_images import create, lazy_dirty, qemu_io
from qemuspec.fields import field_offset, field_span


def _header_slice(name: str) -> slice:
    """Where the qcow2 header field `name` lies (the field table generated from ksy/)."""
    offset, width = field_span("qcow2::header", name)
    return slice(offset, offset + width)


def _qemu_check(image: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["qemu-img", "check", *args, "--output=json", str(image)], capture_output=True, text=True)


def _ours(image: Path, mode: str) -> subprocess.CompletedProcess:
    return run([QEMUSPEC, "check", "-r", mode, "--output=json", str(image)], text=True)


def _poke_refcount(image: Path, cluster: int, value: int) -> None:
    """Set a cluster's 16-bit refcount in the first refcount block."""
    with open(image, "r+b") as f:
        f.seek(field_offset("qcow2::header", "refcount_table_offset"))
        table = struct.unpack(">Q", f.read(8))[0]
        f.seek(table)
        block = struct.unpack(">Q", f.read(8))[0]
        f.seek(block + 2 * cluster)
        f.write(value.to_bytes(2, "big"))


def _judge(ours: Path, theirs: Path, mode: str) -> None:
    """Our repair and qemu-img's give the same counters and exit code; both images end clean and equal."""
    mine, peer = _ours(ours, mode), _qemu_check(theirs, "-r", mode)
    assert mine.returncode == peer.returncode, (mine.stderr, peer.stderr)
    assert mine.stderr == peer.stderr   # the same findings and repairs, in QEMU's order
    keys = ("corruptions", "leaks", "check-errors", "corruptions-fixed", "leaks-fixed")
    got, want = json.loads(mine.stdout), json.loads(peer.stdout)
    assert {k: got.get(k) for k in keys} == {k: want.get(k) for k in keys}
    assert _qemu_check(ours).returncode == 0
    subprocess.run(["qemu-img", "compare", str(ours), str(theirs)], check=True, capture_output=True)


def _pair(tmp_path: Path, image: Path) -> tuple[Path, Path]:
    copy = tmp_path / "peer.qcow2"
    shutil.copyfile(image, copy)
    return image, copy


def _written(tmp_path: Path) -> Path:
    image = create(tmp_path / "disk.qcow2", "16M")
    qemu_io(image, "write -P 7 0 1M", "write -P 9 5m 64k")
    return image


def test_leaked_cluster_lowered_by_r_leaks(tmp_path):
    image = _written(tmp_path)
    _poke_refcount(image, 3, 2)         # an L2/data cluster referenced once, stored twice: a leak
    assert _qemu_check(image).returncode == 3
    _judge(*_pair(tmp_path, image), "leaks")


def test_used_data_cluster_with_refcount_zero_raised_by_r_all(tmp_path):
    image = _written(tmp_path)
    _poke_refcount(image, 6, 0)
    assert _qemu_check(image).returncode == 2
    _judge(*_pair(tmp_path, image), "all")


def test_r_leaks_leaves_a_corruption(tmp_path):
    image = _written(tmp_path)
    _poke_refcount(image, 6, 0)
    before = image.read_bytes()
    peer = _qemu_check(_pair(tmp_path, image)[1], "-r", "leaks")
    mine = _ours(image, "leaks")
    assert mine.returncode == peer.returncode == 1     # qemu-img: "need to rebuild refcount structures"
    assert "need to rebuild refcount structures" in mine.stderr
    assert image.read_bytes() == before


def test_dirty_lazy_refcount_image_repaired_and_bit_cleared(tmp_path):
    image = lazy_dirty(tmp_path)
    assert _qemu_check(image).returncode == 2      # the dirty image's stale refcounts
    ours, theirs = _pair(tmp_path, image)
    _judge(ours, theirs, "all")
    with open(ours, "rb") as f:
        f.seek(field_offset("qcow2::header", "incompatible_features"))
        assert struct.unpack(">Q", f.read(8))[0] & 1 == 0


def test_truncated_image_errors_cleanly(tmp_path):
    image = _written(tmp_path)
    with open(image, "r+b") as f:
        f.truncate(70000)
    result = _ours(image, "all")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr


def test_opening_a_dirty_image_for_writing_repairs_it(tmp_path):
    from qemuspec.block.qcow2.writer import Qcow2Writer

    image = lazy_dirty(tmp_path)
    expected = tmp_path / "expected.qcow2"
    shutil.copyfile(image, expected)
    assert _qemu_check(expected, "-r", "all").returncode == 0
    qemu_io(expected, "write -P 0x77 8m 64k")
    writer = Qcow2Writer(image)
    try:
        writer.write(8 << 20, b"\x77" * 65536)
    finally:
        writer.close()
    assert _qemu_check(image).returncode == 0
    subprocess.run(["qemu-img", "compare", str(image), str(expected)], check=True, capture_output=True)


def test_wrong_copied_flag_fixed_as_qemu_img_fixes_it(tmp_path):
    image = create(tmp_path / "disk.qcow2", "16M")
    qemu_io(image, "write -P 7 0 64k")
    with open(image, "r+b") as f:
        f.seek(40)
        l1 = struct.unpack(">Q", f.read(8))[0]
        f.seek(l1)
        l2 = struct.unpack(">Q", f.read(8))[0] & 0x00FF_FFFF_FFFF_FE00
        f.seek(l2)
        entry = struct.unpack(">Q", f.read(8))[0]
        f.seek(l2)
        f.write(struct.pack(">Q", entry & ~(1 << 63)))      # COPIED cleared on a cluster of refcount 1
    ours, theirs = _pair(tmp_path, image)
    mine, peer = _ours(ours, "all"), _qemu_check(theirs, "-r", "all")
    assert mine.returncode == peer.returncode == 0
    assert mine.stdout.replace(str(ours), "X") == peer.stdout.replace(str(theirs), "X")   # JSON, same keys and order
    assert _qemu_check(ours).returncode == 0
    subprocess.run(["qemu-img", "compare", str(ours), str(theirs)], check=True, capture_output=True)


def test_a_crash_during_repair_loses_nothing_and_a_second_repair_ends_clean(tmp_path):
    """Replay every prefix of the repair's writes and flushes (and any subset of the writes after
    the last flush): the guest data never changes, a state whose refcounts are final has at most
    leaks, and repairing the crashed state again ends in an image qemu-img finds clean."""
    from qemuspec.block.qcow2.repair import repair_file

    image = _written(tmp_path)
    subprocess.run(["qemu-img", "snapshot", "-c", "s1", str(image)], check=True)
    extents = json.loads(subprocess.run(["qemu-img", "map", "--output=json", str(image)],
                                        check=True, capture_output=True, text=True).stdout)
    data = [e["offset"] // 65536 for e in extents if e["data"]]
    _poke_refcount(image, data[0], 1)          # shared with the snapshot, counted once: a corruption
    _poke_refcount(image, data[0] + 1, 5)      # counted too often: a leak
    before = image.read_bytes()
    original = tmp_path / "original.qcow2"
    original.write_bytes(before)
    journal: list = []
    result = repair_file(image, "all", journal=journal)
    assert result.exit_code == 0 and result.corruptions_fixed and result.leaks_fixed
    assert _qemu_check(image).returncode == 0
    flushes = [k for k, op in enumerate(journal) if op[0] == "flush"]
    assert len(flushes) >= 2
    crash = tmp_path / "crash.qcow2"
    for cut in range(len(journal) + 1):
        last_flush = max([k for k in flushes if k < cut], default=-1)
        state = bytearray(before)
        for op in journal[:last_flush + 1] + [op for op in journal[last_flush + 1:cut] if op[0] == "write"][::2]:
            if op[0] == "write":
                _, offset, payload = op
                state[offset:offset + len(payload)] = payload
        crash.write_bytes(bytes(state))
        subprocess.run(["qemu-img", "compare", str(crash), str(original)], check=True, capture_output=True)
        report = json.loads(_qemu_check(crash).stdout)
        if cut > flushes[0]:                   # the raised refcounts are stored: nothing in use is under-counted
            assert report.get("corruptions", 0) == 0, (cut, report)
        again = _ours(crash, "all")
        assert again.returncode == 0, (cut, again.stderr)
        assert _qemu_check(crash).returncode == 0
        subprocess.run(["qemu-img", "compare", str(crash), str(original)], check=True, capture_output=True)


def _poke_refcount_any_width(image: Path, cluster: int, value: int) -> None:
    """Set a cluster's refcount in the first refcount block, whatever the image's refcount width."""
    from qemuspec.block.qcow2.layout import decode_refcounts, encode_refcounts

    with open(image, "r+b") as f:
        header = f.read(104)
        cluster_size = 1 << struct.unpack(">I", header[_header_slice("cluster_bits")])[0]
        order = struct.unpack(">I", header[_header_slice("refcount_order")])[0]
        table = struct.unpack(">Q", header[_header_slice("refcount_table_offset")])[0]
        f.seek(table)
        block = struct.unpack(">Q", f.read(8))[0]
        f.seek(block)
        counts = list(decode_refcounts(f.read(cluster_size), order))
        counts[cluster] = value
        f.seek(block)
        f.write(encode_refcounts(counts, order))


# a leak is a refcount above the references: a 1-bit refcount of a used cluster cannot be one
WIDTH_CASES = [(bits, "all", 0, 2) for bits in (1, 2, 4, 8, 32, 64)] + \
    [(bits, "leaks", 3, 3) for bits in (2, 4, 8, 32, 64)]


@pytest.mark.parametrize("bits, mode, value, status", WIDTH_CASES)
def test_repair_at_every_refcount_width_agrees_with_qemu_img(tmp_path, bits, mode, value, status):
    """A leak and a used cluster with refcount 0, with a snapshot sharing clusters where the width
    allows refcounts of 2."""
    image = create(tmp_path / "disk.qcow2", "16M", f"refcount_bits={bits}")
    qemu_io(image, "write -P 7 0 1M", "write -P 9 5m 64k")
    if bits > 1:
        subprocess.run(["qemu-img", "snapshot", "-c", "s1", str(image)], check=True)
        qemu_io(image, "write -P 3 0 64k")
    _poke_refcount_any_width(image, 6, value)
    assert _qemu_check(image).returncode == status
    _judge(*_pair(tmp_path, image), mode)


@pytest.mark.parametrize("mode", ["leaks", "all"])
def test_repair_of_a_clean_image_marked_corrupt_clears_the_bit_as_qemu_img_does(tmp_path, mode):
    image = _written(tmp_path)
    with open(image, "r+b") as f:
        f.seek(79)
        bits = f.read(1)[0]
        f.seek(79)
        f.write(bytes([bits | 2]))
    ours, theirs = _pair(tmp_path, image)
    _judge(ours, theirs, mode)
    features = _header_slice("incompatible_features")
    assert ours.read_bytes()[features] == theirs.read_bytes()[features] == bytes(8)


def test_repair_refuses_an_image_another_writer_holds(tmp_path):
    """Another process writing the image (its QEMU lock held): the repair refuses, nothing changes."""
    from qemuspec.block.qcow2.writer import Qcow2Writer

    image = _written(tmp_path)
    _poke_refcount(image, 3, 2)
    before = image.read_bytes()
    with Qcow2Writer(image):
        result = _ours(image, "all")
    assert result.returncode == 1 and "lock" in result.stderr and "Traceback" not in result.stderr
    assert image.read_bytes() == before


def test_unaligned_preallocated_zero_cluster_made_a_plain_zero_cluster_as_qemu_img_does(tmp_path):
    """A zero cluster that keeps its host cluster (write -z over data), its offset made unaligned:
    -r all turns it into a plain zero cluster first, then fixes the refcount it no longer holds."""
    from qemuspec.block.qcow2.layout import L2E_ZERO

    image = create(tmp_path / "disk.qcow2", "16M")
    qemu_io(image, "write -P 7 0 128k", "write -z 64k 64k")
    with open(image, "r+b") as f:
        f.seek(field_offset("qcow2::header", "l1_table_offset"))
        l1 = struct.unpack(">Q", f.read(8))[0]
        f.seek(l1)
        l2 = struct.unpack(">Q", f.read(8))[0] & ((1 << 56) - 512)
        f.seek(l2 + 8)
        entry = struct.unpack(">Q", f.read(8))[0]
        assert entry & L2E_ZERO and entry & ((1 << 56) - 512)   # zero, with its host cluster
        f.seek(l2 + 8)
        f.write(struct.pack(">Q", entry + 0x200))
    assert "Preallocated cluster is not properly aligned" in _qemu_check(image).stderr
    _judge(*_pair(tmp_path, image), "all")


# -- snapshot tables QEMU's -r all repairs (block/qcow2-snapshot.c) ---------------------------------

def _snapshot_entry(l1_offset: int, l1_size: int, ident: bytes, name: bytes, extra: bytes = b"",
                    vm_state: int = 0, date: int = 0, clock: int = 0) -> bytes:
    """One snapshot table entry (its fixed part by the generated field table), padded to 8 bytes."""
    head = bytearray(40)
    for field, value in (("l1_table_offset", l1_offset), ("num_l1_entries", l1_size), ("len_id", len(ident)),
                         ("len_name", len(name)), ("date_sec", date), ("date_nsec", 1000), ("vm_clock_nsec", clock),
                         ("vm_state_size_small", vm_state), ("len_extra_data", len(extra))):
        at, width = field_span("qcow2::snapshot", field)
        head[at:at + width] = value.to_bytes(width, "big")
    entry = bytes(head) + extra + ident + name
    return entry + bytes(-len(entry) % 8)


def _extra(vm_state: int | None = None, disk: int | None = None, icount: int | None = None, tail: bytes = b"") -> bytes:
    fields = [v for v in (vm_state, disk, icount) if v is not None]
    return b"".join(struct.pack(">q" if i == 2 else ">Q", v) for i, v in enumerate(fields)) + tail


def _snapshot_image(tmp_path: Path, options: str = "cluster_size=4k") -> tuple[Path, int, int]:
    """An image with one snapshot taken by qemu-img; its L1 table's (offset, entries)."""
    image = create(tmp_path / "disk.qcow2", "4M", options)
    qemu_io(image, "write -P 0x5a 0 256k")
    subprocess.run(["qemu-img", "snapshot", "-c", "s1", str(image)], check=True)
    qemu_io(image, "write -P 0x5b 64k 64k")
    data = image.read_bytes()
    table = struct.unpack(">Q", data[_header_slice("snapshots_offset")])[0]
    l1 = field_span("qcow2::snapshot", "l1_table_offset")
    size = field_span("qcow2::snapshot", "num_l1_entries")
    return (image, int.from_bytes(data[table + l1[0]:table + l1[0] + l1[1]], "big"),
            int.from_bytes(data[table + size[0]:table + size[0] + size[1]], "big"))


def _put_table(image: Path, table: bytes, count: int, room: int = 0) -> int:
    """Append ``table`` in new clusters (``room`` bytes of them at least, zeros after the table;
    refcount 1 each), point the header at it with ``count`` entries; the old table's cluster is
    left as a leak. Returns the table's offset."""
    data = image.read_bytes()
    cluster = 1 << struct.unpack(">I", data[_header_slice("cluster_bits")])[0]
    offset = -(-len(data) // cluster) * cluster
    size = -(-max(len(table), room) // cluster) * cluster
    with open(image, "r+b") as f:
        f.seek(offset)
        f.write(table + bytes(size - len(table)))
        f.seek(_header_slice("num_snapshots").start)
        f.write(struct.pack(">IQ", count, offset))
    for k in range(offset // cluster, (offset + size) // cluster):
        _poke_refcount(image, k, 1)
    return offset


def _snapshots_seen(image: Path) -> tuple[str, list]:
    """qemu-img's listing of the snapshots, and info's JSON of them."""
    listing = subprocess.run(["qemu-img", "snapshot", "-l", str(image)], capture_output=True, text=True)
    info = json.loads(subprocess.run(["qemu-img", "info", "--output=json", str(image)], check=True,
                                     capture_output=True, text=True).stdout)
    return listing.stdout + listing.stderr, info.get("snapshots", [])


def _judge_snapshots(tmp_path: Path, image: Path, mode: str = "all") -> tuple[subprocess.CompletedProcess, dict]:
    """Both repairs on copies of ``image``: the same exit code, standard error and counters; our result
    clean for qemu-img (when qemu-img's is), with the same guest data and the same snapshots."""
    ours, theirs = _pair(tmp_path, image)
    mine, peer = _ours(ours, mode), _qemu_check(theirs, "-r", mode)
    assert mine.returncode == peer.returncode, (mine.stderr[-2000:], peer.stderr[-2000:])
    assert mine.stderr == peer.stderr
    keys = ("corruptions", "leaks", "check-errors", "corruptions-fixed", "leaks-fixed")
    got, want = json.loads(mine.stdout), json.loads(peer.stdout)
    assert {k: got.get(k) for k in keys} == {k: want.get(k) for k in keys}
    assert _qemu_check(ours).returncode == _qemu_check(theirs).returncode
    subprocess.run(["qemu-img", "compare", str(ours), str(theirs)], check=True, capture_output=True)
    assert _snapshots_seen(ours) == _snapshots_seen(theirs)
    return mine, want


def test_incomplete_snapshot_entries_rewritten_as_qemu_img_rewrites_them(tmp_path):
    """Entries whose extra data is short (a version 3 image needs 16 bytes), or longer than QEMU
    knows: -r all writes the whole table anew, each entry with the extra data QEMU writes."""
    image, l1, l1_size = _snapshot_image(tmp_path)
    entries = [_snapshot_entry(l1, l1_size, b"1", b"s1", _extra(0, 4 << 20, 0), date=1_700_000_000),
               _snapshot_entry(0, 0, b"2", b"short", _extra(5 << 32), vm_state=77, date=1_700_000_001),
               _snapshot_entry(0, 0, b"3", b"none", date=1_700_000_002, vm_state=12345),
               _snapshot_entry(0, 0, b"4\0junk", b"tail", _extra(9, 1 << 20, 42, b"\x01\x02\x03" * 30)),
               _snapshot_entry(0, 0, b"5", b"eight", _extra(1 << 40), clock=3_000_000_123)]
    _put_table(image, b"".join(entries), len(entries))
    before = _qemu_check(image)
    assert before.returncode == 2 and "snapshot table entry 1 is incomplete" in before.stderr
    mine, want = _judge_snapshots(tmp_path, image)
    assert mine.returncode == 0 and want["corruptions-fixed"] >= 3
    assert mine.stderr.count("is incomplete") == 3 and "Repairing snapshot table entry 2 is incomplete" in mine.stderr


@pytest.mark.parametrize("options", ["cluster_size=4k", "cluster_size=4k,compat=0.10"])
def test_too_much_snapshot_extra_data_cut_as_qemu_img_cuts_it(tmp_path, options):
    """Extra data over QEMU's 1024 bytes: plain check fails as qemu-img's does, -r all keeps the first
    1024 bytes of it (what QEMU knows and 1000 bytes more) and rewrites the table (in a version 2
    image too, where the entries without extra data get QEMU's 24 bytes of it)."""
    image, l1, l1_size = _snapshot_image(tmp_path, options)
    entries = [_snapshot_entry(l1, l1_size, b"1", b"s1", _extra(0, 4 << 20, 0)),
               _snapshot_entry(0, 0, b"2", b"big", _extra(1, 4 << 20, -1, bytes(range(256)) * 8)),
               _snapshot_entry(0, 0, b"3", b"bare", vm_state=4096, date=1_600_000_000)]
    if "compat=0.10" not in options:
        entries.pop()                            # incomplete in version 3: another test's case
    _put_table(image, b"".join(entries), len(entries))
    plain, peer = _ours(image, "leaks"), _qemu_check(_pair(tmp_path, image)[1], "-r", "leaks")
    assert plain.returncode == peer.returncode == 1
    mine, want = _judge_snapshots(tmp_path, image)
    assert "Discarding too much extra metadata in snapshot table entry 1 (2072 > 1024)" in mine.stderr
    assert mine.returncode == 0


def test_snapshot_table_without_fixes_left_alone_by_r_leaks(tmp_path):
    """-r leaks does not touch the snapshot table: its incomplete entries stay corruptions."""
    image, l1, l1_size = _snapshot_image(tmp_path)
    _put_table(image, _snapshot_entry(l1, l1_size, b"1", b"s1", _extra(0)), 1)
    mine, _ = _judge_snapshots(tmp_path, image, "leaks")
    assert mine.returncode == 2 and "ERROR snapshot table entry 0 is incomplete" in mine.stderr


def test_more_snapshots_than_qemu_allows_cut_to_its_maximum(tmp_path):
    """A count over 65536 (version 2: no entry is incomplete there; the entries after the first are
    zeros in the file): -r all lowers the header's count first, as QEMU does, and changes nothing else."""
    image, l1, l1_size = _snapshot_image(tmp_path, "cluster_size=4k,compat=0.10")
    _put_table(image, _snapshot_entry(l1, l1_size, b"1", b"s1"), 65537, room=48 + 65535 * 40)
    assert _qemu_check(image).returncode == 1            # "snapshot table too large"
    mine, want = _judge_snapshots(tmp_path, image)
    assert mine.returncode == 0 and want["corruptions-fixed"] == 1
    assert mine.stderr.startswith("Discarding 1 overhanging snapshots\n")


def test_snapshot_table_past_the_end_refused_where_qemu_img_would_discard_it(tmp_path):
    """A table that runs past the end of the file is not counted, so its cluster looks leaked: qemu-img
    frees and discards it while its header still points there (the snapshots are lost: it lists 65536
    empty ones). We refuse, with nothing written (docs/formats/qcow2.md)."""
    image, l1, l1_size = _snapshot_image(tmp_path, "cluster_size=4k,compat=0.10")
    _put_table(image, _snapshot_entry(l1, l1_size, b"1", b"s1"), 65537)
    before = image.read_bytes()
    theirs = _pair(tmp_path, image)[1]
    assert _qemu_check(theirs, "-r", "all").returncode == 2
    assert "s1" not in _snapshots_seen(theirs)[0] and _qemu_check(theirs).returncode == 2
    mine = _ours(image, "all")
    assert mine.returncode == 1 and "nothing was repaired" in mine.stderr and "Traceback" not in mine.stderr
    assert image.read_bytes() == before


def test_snapshot_table_over_64_mib_cut_where_it_grows_too_big(tmp_path):
    """Entries with the longest ID and name (zeros of a sparse file), 600 of them, make a table over
    QEMU's 64 MiB: -r all keeps the entries that fit, lowers the header's count (version 2: nothing
    else to rewrite), and frees the rest of the table as leaks."""
    image, l1, l1_size = _snapshot_image(tmp_path, "compat=0.10")
    long = bytes(0xFFFF)
    first = _snapshot_entry(l1, l1_size, b"1", b"s1")
    step = len(_snapshot_entry(0, 0, long, long))
    count = 600
    offset = _put_table(image, first, count, room=len(first) + (count - 1) * step)
    with open(image, "r+b") as f:            # the fixed part of each empty entry; the rest stays a hole
        for i in range(count - 1):
            f.seek(offset + len(first) + i * step)
            f.write(_snapshot_entry(0, 0, long, long)[:40])
    assert "Snapshot table is too big" in _qemu_check(image).stderr
    mine, want = _judge_snapshots(tmp_path, image)
    assert mine.returncode == 0 and want["leaks-fixed"] > 0
    assert mine.stderr.startswith(f"Discarding {count - 512} overhanging snapshots (snapshot table is too big)\n")


def test_a_crash_during_the_snapshot_table_rewrite_loses_nothing(tmp_path):
    """Every prefix of the rewrite's writes and flushes (and half the writes after the last flush):
    the guest data and the snapshots' L1 tables never change, no cluster in use is under-counted,
    the header points at a whole table (the old or the new), and repairing again ends clean."""
    from qemuspec.block.qcow2.repair import repair_file

    image, l1, l1_size = _snapshot_image(tmp_path)
    entries = [_snapshot_entry(l1, l1_size, b"1", b"s1", _extra(0, 4 << 20)),
               _snapshot_entry(0, 0, b"2", b"short", _extra(3))]
    _put_table(image, b"".join(entries), len(entries))
    _poke_refcount(image, 3, 2)                 # and a leak for the refcount pass
    before = image.read_bytes()
    original = tmp_path / "original.qcow2"
    original.write_bytes(before)
    journal: list = []
    assert repair_file(image, "all", journal=journal).exit_code == 0
    final = _snapshots_seen(image)
    assert "s1" in final[0]
    flushes = [k for k, op in enumerate(journal) if op[0] == "flush"]
    crash = tmp_path / "crash.qcow2"
    for cut in range(len(journal) + 1):
        last_flush = max([k for k in flushes if k < cut], default=-1)
        state = bytearray(before)
        for op in journal[:last_flush + 1] + [op for op in journal[last_flush + 1:cut] if op[0] == "write"][::2]:
            if op[0] == "write":
                _, offset, payload = op
                state[offset:offset + len(payload)] = payload
        crash.write_bytes(bytes(state))
        subprocess.run(["qemu-img", "compare", str(crash), str(original)], check=True, capture_output=True)
        report = _qemu_check(crash)
        assert "ERROR cluster" not in report.stderr and "refcount=0" not in report.stderr, (cut, report.stderr)
        seen = _snapshots_seen(crash)
        assert seen in (_snapshots_seen(original), final), cut
        again = _ours(crash, "all")
        assert again.returncode == 0, (cut, again.stderr)
        assert _qemu_check(crash).returncode == 0
        assert _snapshots_seen(crash) == final


def test_snapshot_table_rewritten_after_a_rebuild_of_the_refcounts(tmp_path):
    """An incomplete entry and a cluster in use with refcount 0: QEMU rebuilds the refcount structure,
    then rewrites the snapshot table into it; so do we."""
    image, l1, l1_size = _snapshot_image(tmp_path)
    entries = [_snapshot_entry(l1, l1_size, b"1", b"s1", _extra(0, 4 << 20)),
               _snapshot_entry(0, 0, b"2", b"short", _extra(3))]
    _put_table(image, b"".join(entries), len(entries))
    _poke_refcount(image, 3, 0)
    mine, want = _judge_snapshots(tmp_path, image)
    assert mine.returncode == 0 and "Rebuilding refcount structure" in mine.stderr
    assert "Repairing snapshot table entry 1 is incomplete" in mine.stderr


def test_rebuild_into_a_snapshot_table_past_the_end_refused(tmp_path):
    """A rebuild is needed (a cluster in use with refcount 0) and the snapshot table claims the space
    past the end of the file where the new refcount structure would go: qemu-img's overlap check
    stops its rebuild there (the image marked corrupt); we refuse before writing anything."""
    image, l1, l1_size = _snapshot_image(tmp_path, "cluster_size=4k,compat=0.10")
    _put_table(image, _snapshot_entry(l1, l1_size, b"1", b"s1"), 65537)
    _poke_refcount(image, 3, 0)
    before = image.read_bytes()
    peer = _qemu_check(_pair(tmp_path, image)[1], "-r", "all")
    assert peer.returncode == 1 and "overlaps with snapshot table" in peer.stderr
    mine = _ours(image, "all")
    assert mine.returncode == 1 and "nothing was repaired" in mine.stderr and "Traceback" not in mine.stderr
    assert image.read_bytes() == before
