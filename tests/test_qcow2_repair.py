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
