"""The qcow2 writer: QEMU must trust every image it leaves behind, whatever happened.

After every sequence of operations: ``qemu-img check`` finds nothing, ``qemu-img
compare`` against a raw file that received the same writes says identical,
and QEMU reads our snapshots and bitmaps (and we read QEMU's). A crash at any
point leaves at most leaked clusters, and what was flushed reads back.
"""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path

import pytest

from qemuspec.block import open_image
from qemuspec.block.lock import ImageLockedError
from qemuspec.block.qcow2 import snapshot as snapshots
from qemuspec.block.qcow2.alloc import RefcountOverflowError
from qemuspec.block.qcow2.bitmap import dirty_ranges, find_bitmap, list_bitmaps
from qemuspec.block.qcow2.create import create_image, parse_options, parse_size
from qemuspec.block.qcow2.writer import Qcow2Writer
from qemuspec.errors import FormatError, QemuSpecError

from conftest import QEMUSPEC
from qcow2_images import create, qemu_img, qemu_io
from test_lock import qemu_io_holding

MiB = 1 << 20


def qemu_check(image: Path) -> dict:
    # cwd: QEMU 7.2 looks up a relative data file name from the working directory, not the image's
    result = subprocess.run(["qemu-img", "check", "--output=json", str(image)], capture_output=True, text=True,
                            cwd=image.parent)
    report = json.loads(result.stdout) if result.stdout.strip() else {}
    report["exit"] = result.returncode
    report["errors"] = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    return report


def harmful(errors: list[str]) -> list[str]:
    """qemu-img check's errors other than a COPIED flag missing on a cluster used once.

    Taking or dropping a snapshot changes refcounts and COPIED flags in
    different clusters; no order makes both land at once. We clear flags
    before refcounts rise and set them after refcounts fall, so a crash in
    between can only leave a flag missing where the count is one: QEMU then
    copies on write once, and ``qemu-img check -r all`` sets the flag again.
    The other way round (a flag set on a shared cluster) would let a write
    change a snapshot; it must never appear.
    """
    return [e for e in errors if not (e.startswith("ERROR OFLAG_COPIED") and e.endswith("refcount=1"))]


def assert_clean(image: Path) -> None:
    report = qemu_check(image)
    assert report["exit"] == 0 and not report.get("corruptions") and not report.get("leaks"), report


def assert_same(image: Path, reference: Path) -> None:
    result = subprocess.run(["qemu-img", "compare", "-f", "qcow2", "-F", "raw", str(image), str(reference)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


CREATE_OPTIONS = ["", "cluster_size=512", "cluster_size=4k", "cluster_size=2M", "refcount_bits=1",
                  "refcount_bits=64", "compat=0.10", "lazy_refcounts=on", "extended_l2=on",
                  "compression_type=zstd", "cluster_size=4k,refcount_bits=2"]


@pytest.mark.parametrize("options", CREATE_OPTIONS)
@pytest.mark.parametrize("size", ["1M", "64M", "1G"])
def test_create_writes_what_qemu_img_create_writes(tmp_path, options, size):
    ours, theirs = tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2"
    create_image(ours, parse_size(size), parse_options(options))
    qemu_img("create", "-q", "-f", "qcow2", *(["-o", options] if options else []), theirs, size)
    assert ours.read_bytes() == theirs.read_bytes()


@pytest.mark.parametrize("options", ["backing_file=base.raw,backing_fmt=raw",
                                     "backing_file=base.raw,backing_fmt=raw,compat=0.10",  # v2 keeps the format
                                     "data_file=disk.data", "data_file=disk.data,data_file_raw=on"])
def test_create_with_backing_and_data_file_matches_qemu_img(tmp_path, options, monkeypatch):
    """Same relative names in two folders: the images must be the same bytes (each made from
    inside its folder: a relative data file name is taken from the working directory)."""
    images = {}
    for who in ("ours", "theirs"):
        folder = tmp_path / who
        folder.mkdir()
        (folder / "base.raw").write_bytes(bytes(MiB))
        images[who] = folder / "disk.qcow2"
    monkeypatch.chdir(tmp_path / "ours")
    create_image(images["ours"], 4 * MiB, parse_options(options))
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", "-o", options, "disk.qcow2", "4M"],
                   cwd=tmp_path / "theirs", check=True)
    assert images["ours"].read_bytes() == images["theirs"].read_bytes()
    assert_clean(images["ours"])  # from inside its folder too (qemu-img finds disk.data there)


class Reference:
    """A raw file that receives the same guest changes as the image."""

    def __init__(self, path: Path, size: int) -> None:
        self.path = path
        path.write_bytes(b"")
        self.file = open(path, "r+b")
        self.file.truncate(size)

    def write(self, offset: int, data: bytes) -> None:
        self.file.seek(offset)
        self.file.write(data)

    def close(self) -> None:
        self.file.close()


def random_workload(writer: Qcow2Writer, reference: Reference, rng: random.Random, steps: int) -> None:
    size, cs = writer.size, writer.cluster_size
    snapshot_names: list[str] = []
    for step in range(steps):
        op = rng.choice(["write"] * 5 + ["zero", "zero-unmap", "discard", "compressed", "flush", "snapshot", "bitmap"])
        offset = rng.randrange(size)
        length = min(size - offset, rng.choice([1, 511, 512, 4096, cs, cs + 3, 3 * cs, 200_000]))
        if op == "write":
            data = bytes([rng.randrange(1, 256)]) * length
            writer.write(offset, data)
            reference.write(offset, data)
        elif op.startswith("zero"):
            writer.write_zeroes(offset, length, unmap=op == "zero-unmap")
            reference.write(offset, bytes(length))
        elif op == "discard":
            writer.discard(offset, length)
            first = -(-offset // cs) * cs
            last = (offset + length) // cs * cs if offset + length < size else size
            if last > first:
                reference.write(first, bytes(last - first))
        elif op == "compressed" and not writer.has_data_file:
            start = offset // cs * cs
            n = min(cs, size - start)
            data = (bytes([rng.randrange(256)]) * 700 + bytes(rng.getrandbits(8) for _ in range(60))) * (n // 760 + 1)
            writer.write_compressed(start, data[:n])
            reference.write(start, data[:n])
        elif op == "flush":
            writer.flush()
        elif op == "snapshot" and writer.version >= 3 and not writer.has_data_file and writer.refcount_order > 0:
            if snapshot_names and rng.random() < 0.4:
                snapshots.delete_snapshot(writer, snapshot_names.pop(rng.randrange(len(snapshot_names))))
            else:
                name = f"s{step}"
                try:
                    snapshots.create_snapshot(writer, name)
                    snapshot_names.append(name)
                except RefcountOverflowError:
                    assert writer.refcount_order < 4  # narrow refcounts run out; nothing changed
                    assert name not in [s.name for s in snapshots.list_snapshots(writer)]
        elif op == "bitmap" and writer.version >= 3:
            names = list(writer.bitmaps.bitmaps)
            if names and rng.random() < 0.3:
                writer.bitmaps.remove(rng.choice(names))
            else:
                writer.bitmaps.add(f"b{step}", rng.choice([512, 4096, 65536, MiB]), disabled=rng.random() < 0.3)


WRITE_MATRIX = ["", "cluster_size=512", "cluster_size=4k", "cluster_size=2M", "refcount_bits=1",
                "refcount_bits=64,cluster_size=4k", "compat=0.10", "lazy_refcounts=on", "extended_l2=on",
                "extended_l2=on,cluster_size=16k", "compression_type=zstd", "cluster_size=4k,refcount_bits=4",
                "data_file=disk.data", "data_file=disk.data,data_file_raw=on"]


@pytest.mark.parametrize("options", WRITE_MATRIX)
@pytest.mark.parametrize("seed", [1, 2])
def test_random_operations_leave_an_image_qemu_trusts(tmp_path, options, seed):
    image, raw = tmp_path / "disk.qcow2", tmp_path / "disk.raw"
    size = 24 * MiB + 4096
    create_image(image, size, parse_options(options.replace("disk.data", str(tmp_path / "disk.data"))))
    reference = Reference(raw, size)
    rng = random.Random(seed)
    with Qcow2Writer(image) as writer:
        random_workload(writer, reference, rng, 120)
    reference.close()
    assert_clean(image)
    assert_same(image, raw)
    with open_image(image) as reader:
        assert reader.read(0, size) == raw.read_bytes()
    if "data_file_raw=on" in options:  # the data file alone is the disk, as a raw image
        assert (tmp_path / "disk.data").read_bytes()[:size].ljust(size, b"\0") == raw.read_bytes()


@pytest.mark.parametrize("options", ["", "extended_l2=on", "cluster_size=4k"])
def test_writes_over_a_backing_chain_copy_what_lies_below(tmp_path, options):
    base = tmp_path / "base.qcow2"
    create(base, "8M")
    qemu_io(base, "write -P 0x5a 0 8m")
    image = tmp_path / "top.qcow2"
    create_image(image, 16 * MiB, parse_options(options + ("," if options else "") + "backing_file=base.qcow2,backing_fmt=qcow2"))
    raw = tmp_path / "ref.raw"
    qemu_img("convert", "-O", "raw", image, raw)
    reference = Reference.__new__(Reference)
    reference.path, reference.file = raw, open(raw, "r+b")
    rng = random.Random(7)
    with Qcow2Writer(image) as writer:
        for _ in range(60):
            offset, length = rng.randrange(16 * MiB - 70_000), rng.choice([1, 513, 4096, 70_000])
            data = bytes([rng.randrange(1, 256)]) * length
            writer.write(offset, data)
            reference.write(offset, data)
        writer.write_zeroes(0, 65536)
        reference.write(0, bytes(65536))
        writer.discard(2 * MiB, MiB)  # a discarded range must not show the backing file again
        reference.write(2 * MiB, bytes(MiB))
    reference.close()
    assert_clean(image)
    assert_same(image, raw)


def test_qemu_reads_our_snapshots_and_we_read_qemus(tmp_path):
    image = tmp_path / "disk.qcow2"
    create_image(image, 8 * MiB, parse_options("cluster_size=4k"))
    with Qcow2Writer(image) as writer:
        writer.write(0, b"\x11" * 100_000)
        snapshots.create_snapshot(writer, "first")
        writer.write(50_000, b"\x22" * 100_000)
    listed = qemu_img("snapshot", "-l", image)
    assert "first" in listed
    qemu_io(image, "write -P 0x33 0 4k")
    qemu_img("snapshot", "-c", "theirs", image)
    qemu_io(image, "write -P 0x44 0 4k")
    assert_clean(image)
    expected = tmp_path / "first.raw"
    qemu_img("convert", "-l", "snapshot.name=first", "-O", "raw", image, expected)
    with Qcow2Writer(image) as writer:
        snapshots.apply_snapshot(writer, "first")
    assert_clean(image)
    assert_same(image, expected)
    qemu_img("snapshot", "-a", "theirs", image)  # QEMU applies a snapshot after ours changed the image
    with open_image(image) as reader:
        assert reader.read(0, 4096) == b"\x33" * 4096 and reader.read(60_000, 1) == b"\x22"
    with Qcow2Writer(image) as writer:
        snapshots.delete_snapshot(writer, "theirs")
        snapshots.delete_snapshot(writer, "first")
    assert_clean(image)
    assert qemu_img("snapshot", "-l", image).strip() == ""


def test_qemu_uses_our_bitmaps_and_we_read_its(tmp_path):
    image = tmp_path / "disk.qcow2"
    create_image(image, 8 * MiB)
    with Qcow2Writer(image) as writer:
        writer.bitmaps.add("ours", 65536)
        writer.bitmaps.add("frozen", disabled=True)
        writer.write(100_000, b"x" * 10)
    info = json.loads(qemu_img("info", "--output=json", image))
    assert {b["name"]: b["flags"] for b in info["format-specific"]["data"]["bitmaps"]} == \
        {"ours": ["auto"], "frozen": []}
    qemu_io(image, "write -P 1 5m 4k")  # QEMU marks our enabled bitmap
    qemu_img("bitmap", "--add", image, "merged")
    qemu_img("bitmap", "--merge", "ours", image, "merged")
    assert_clean(image)
    with open_image(image) as reader:
        assert dirty_ranges(reader, find_bitmap(reader, "ours")) == [(65536, 65536), (5 * MiB, 65536)]
        assert dirty_ranges(reader, find_bitmap(reader, "merged")) == [(65536, 65536), (5 * MiB, 65536)]
        assert dirty_ranges(reader, find_bitmap(reader, "frozen")) == []
    with Qcow2Writer(image) as writer:
        writer.bitmaps.remove("frozen")
        writer.bitmaps.clear("merged")
        writer.write(7 * MiB, b"y")
    assert_clean(image)
    with open_image(image) as reader:
        assert {b.name: b.in_use for b in list_bitmaps(reader)} == {"ours": False, "merged": False}
        assert dirty_ranges(reader, find_bitmap(reader, "merged")) == [(7 * MiB, 65536)]


def test_bitmaps_are_in_use_while_open_and_after_a_crash(tmp_path):
    image = tmp_path / "disk.qcow2"
    create_image(image, 4 * MiB)
    with Qcow2Writer(image) as writer:
        writer.bitmaps.add("b")
    writer = Qcow2Writer(image)
    writer.write(0, b"z")
    info = json.loads(qemu_img("info", "-U", "--output=json", image))
    assert info["format-specific"]["data"]["bitmaps"][0]["flags"] == ["in-use", "auto"]
    writer._file.close()  # a crash: nothing stored, in_use stays
    qemu_io(image, "write 0 512")  # QEMU does not trust the bitmap: it stays marked in use
    info = json.loads(qemu_img("info", "--output=json", image))
    assert info["format-specific"]["data"]["bitmaps"][0]["flags"] == ["in-use", "auto"]
    before = info["format-specific"]["data"]["bitmaps"]
    with Qcow2Writer(image) as writer:  # we do not trust it either: written over, kept as it is, as QEMU does
        writer.write(512, b"y")
    info = json.loads(qemu_img("info", "--output=json", image))
    assert info["format-specific"]["data"]["bitmaps"] == before
    assert subprocess.run(["qemu-img", "check", str(image)], capture_output=True).returncode == 0


def test_locks_keep_qemu_and_us_apart(tmp_path):
    image = create(tmp_path / "disk.qcow2", "1M")
    before = image.read_bytes()
    with qemu_io_holding(image):
        with pytest.raises(ImageLockedError):
            Qcow2Writer(image)
    assert image.read_bytes() == before
    with Qcow2Writer(image):
        result = subprocess.run(["qemu-io", "-c", "read 0 1", str(image)], capture_output=True, text=True)
        assert 'Failed to get "write" lock' in result.stderr or "lock" in result.stderr
        assert subprocess.run(["qemu-img", "info", str(image)], capture_output=True).returncode != 0
        assert subprocess.run(["qemu-img", "info", "-U", str(image)], capture_output=True).returncode == 0


def test_a_damaged_image_is_refused_for_writing_and_left_alone(tmp_path):
    image = create(tmp_path / "disk.qcow2", "1M")
    qemu_io(image, "write 0 64k")
    data = bytearray(image.read_bytes())
    data[79] |= 0x02  # the corrupt bit
    image.write_bytes(bytes(data))
    with pytest.raises(QemuSpecError, match="corrupt"):
        Qcow2Writer(image)
    assert image.read_bytes() == bytes(data)


def test_crash_at_any_point_leaves_at_most_leaks(tmp_path):
    """Replay every prefix of the writer's writes and flushes (and reorderings inside the
    last flush epoch): QEMU finds no corruption, and what was flushed reads back."""
    image = tmp_path / "disk.qcow2"
    create_image(image, 4 * MiB, parse_options("cluster_size=4k"))
    base = image.read_bytes()
    journal: list = []
    written: list[tuple[int, int, bytes]] = []  # (journal position when done, offset, data)
    completed: list[int] = []                    # journal positions where a writer.flush() had returned
    with Qcow2Writer(image, journal=journal) as writer:
        rng = random.Random(3)
        for i in range(24):
            offset = i * 150_000 + rng.randrange(1000)
            data = bytes([i + 1]) * rng.choice([700, 5000, 20_000])
            writer.write(offset, data)
            written.append((len(journal), offset, data))
            if i % 3 == 2:
                writer.flush()
                completed.append(len(journal))
            if i == 10:
                snapshots.create_snapshot(writer, "mid")
            if i == 16:
                writer.write_compressed(3 * MiB, b"\x77" * 4096)
        writer.flush()
        completed.append(len(journal))
    flushes = [k for k, op in enumerate(journal) if op[0] == "flush"]
    cut_points = sorted(set(flushes + [k + 1 for k in flushes] + list(range(0, len(journal), 7)) + [len(journal)]))
    rng = random.Random(11)
    crash = tmp_path / "crash.qcow2"
    for cut in cut_points:
        last_flush = max([k for k in flushes if k < cut], default=-1)
        epoch = [op for op in journal[last_flush + 1:cut] if op[0] == "write"]
        for attempt in range(2):
            state = bytearray(base)
            for op in journal[:last_flush + 1]:
                _apply(state, op)
            lost = rng.sample(epoch, rng.randrange(len(epoch) + 1)) if epoch else []
            rng.shuffle(lost)
            for op in lost:  # some of the unflushed writes reached the disk, in any order
                _apply(state, op)
            crash.write_bytes(bytes(state))
            report = qemu_check(crash)
            assert report["exit"] in (0, 2, 3) and not harmful(report["errors"]), (cut, attempt, report)
            assert report.get("corruptions", 0) == len(report["errors"]), report
            durable = max([k for k in completed if k <= last_flush + 1], default=-1)
            with open_image(crash) as reader:
                for done, offset, data in written:
                    if done <= durable:
                        assert reader.read(offset, len(data)) == data, (cut, offset)


def _apply(state: bytearray, op) -> None:
    if op[0] == "write":
        _, offset, data = op
        if offset + len(data) > len(state):
            state.extend(bytes(offset + len(data) - len(state)))
        state[offset:offset + len(data)] = data
    elif op[0] == "truncate":
        del state[op[1]:]
        state.extend(bytes(max(0, op[1] - len(state))))


def test_cli_create_convert_snapshot_bitmap(tmp_path):
    def ours(*args):
        result = subprocess.run([QEMUSPEC, *map(str, args)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        return result.stdout

    image = tmp_path / "a.qcow2"
    ours("create", "-f", "qcow2", "-o", "cluster_size=4k,lazy_refcounts=on", image, "16M")
    qemu_io(image, "write -P 9 1m 200k", "write -z 3m 64k")
    ours("snapshot", "-c", "one", image)
    ours("bitmap", "--add", "-g", "65536", image, "b")
    ours("bitmap", "--disable", image, "b")
    assert "one" in qemu_img("snapshot", "-l", image)
    for extra in [[], ["-c"], ["-c", "-o", "compression_type=zstd,cluster_size=16k"]]:
        out = tmp_path / "out.qcow2"
        ours("convert", "-O", "qcow2", *extra, image, out)
        assert_clean(out)
        qemu_img("compare", image, out)
    ours("resize", image, "+16M")
    assert json.loads(qemu_img("info", "--output=json", image))["virtual-size"] == 32 * MiB
    ours("snapshot", "-d", "one", image)
    assert_clean(image)


def test_writable_open_refuses_an_image_check_finds_damaged(tmp_path):
    """A data cluster that is also the L1 table: qemu-img check says corrupt; the writer writes nothing."""
    path = tmp_path / "damaged.qcow2"
    assert subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(path), "1M"]).returncode == 0
    assert subprocess.run(["qemu-io", "-c", "write -P 7 0 64k", str(path)], capture_output=True).returncode == 0
    data = bytearray(path.read_bytes())
    l1_offset = int.from_bytes(data[40:48], "big")
    l2_offset = int.from_bytes(data[l1_offset:l1_offset + 8], "big") & 0x00FFFFFFFFFFFE00
    data[l2_offset:l2_offset + 8] = ((1 << 63) | l1_offset).to_bytes(8, "big")
    path.write_bytes(bytes(data))
    assert subprocess.run(["qemu-img", "check", str(path)], capture_output=True).returncode == 2
    with pytest.raises(FormatError, match="damaged"):
        Qcow2Writer(path)
    assert path.read_bytes() == bytes(data)
    with Qcow2Writer(path, verify=False):      # the caller's choice: no check, as QEMU
        pass


# -- freeing as QEMU frees: the same bytes as qemu-io and qemu-img ---------------------------------

def _allocated(image: Path) -> list[tuple[int, int]]:
    """The file's data extents (SEEK_DATA/SEEK_HOLE): what is deallocated, not the file system's own blocks."""
    import os

    out, fd = [], os.open(image, os.O_RDONLY)
    try:
        size, pos = os.fstat(fd).st_size, 0
        while pos < size:
            try:
                start = os.lseek(fd, pos, os.SEEK_DATA)
            except OSError:  # no data after pos
                break
            pos = os.lseek(fd, start, os.SEEK_HOLE)
            out.append((start, pos))
    finally:
        os.close(fd)
    return out


def _size(text: str) -> int:
    return int(text[:-1]) << {"k": 10, "M": 20}[text[-1]] if text[-1] in "kM" else int(text)


FREEING = [
    ["discard 0 1M"],                                                   # no L2 table yet: QEMU makes one
    ["write -P 7 0 1M", "discard 0 512k"],
    ["write -P 7 0 1M", "discard 64k 256k", "write -z -u 512k 256k"],
    ["write -P 7 0 1M", "write -z 0 128k", "discard 0 1M"],
    ["write -P 7 0 1M", "write -z 64k 256k"],                           # version 2: a discard
    ["write -P 7 0 1M", "write -z 4k 256k"],                            # partial clusters written as zeros
]


@pytest.mark.parametrize("options", ["", "compat=0.10", "extended_l2=on", "cluster_size=4k"])
@pytest.mark.parametrize("steps", FREEING, ids=lambda s: " + ".join(s))
def test_discard_and_zeroes_leave_the_bytes_qemu_io_leaves(tmp_path, options, steps):
    """Entries, L2 tables allocated for a discard, and freed clusters deallocated in the file
    (they read as zeros; stale guest data stayed there before)."""
    theirs, ours = tmp_path / "theirs.qcow2", tmp_path / "ours.qcow2"
    first = steps[:1] if steps[0].startswith("write -P") else []
    steps = steps[len(first):]
    for image in (theirs, ours):   # made alike (a copy would not keep the holes)
        create(image, "8M", options)
        if first:
            qemu_io(image, *first)
    qemu_io(theirs, *steps)
    with Qcow2Writer(ours) as w:
        for step in steps:
            words = step.split()
            if words[0] == "discard":
                w.discard(_size(words[1]), _size(words[2]))
            else:
                unmap = "-u" in words
                w.write_zeroes(_size(words[-2]), _size(words[-1]), unmap=unmap)
    assert ours.read_bytes() == theirs.read_bytes()
    assert _allocated(ours) == _allocated(theirs)


def _without_dates(image: Path) -> bytes:
    """The image's bytes with every snapshot entry's date (sec, nsec) zeroed: the rest must be QEMU's."""
    data = bytearray(image.read_bytes())
    count, offset = int.from_bytes(data[60:64], "big"), int.from_bytes(data[64:72], "big")
    for _ in range(count):
        data[offset + 16:offset + 24] = bytes(8)
        extra, len_id, len_name = (int.from_bytes(data[offset + 36:offset + 40], "big"),
                                   int.from_bytes(data[offset + 12:offset + 14], "big"),
                                   int.from_bytes(data[offset + 14:offset + 16], "big"))
        offset += 40 + extra + len_id + len_name
        offset += -offset % 8
    return bytes(data)


@pytest.mark.parametrize("options", ["cluster_size=4k", "compat=0.10", "extended_l2=on"])
def test_snapshot_create_delete_apply_leave_the_bytes_qemu_img_leaves(tmp_path, options):
    """The snapshot's L1 table as QEMU copies it (COPIED flags kept), no padding after the
    table's last entry, and what deletion and apply free deallocated in the file."""
    folders = [tmp_path / "theirs", tmp_path / "ours"]
    for folder, tool in zip(folders, (["qemu-img"], [QEMUSPEC])):
        folder.mkdir()
        image = create(folder / "disk.qcow2", "8M", options)
        qemu_io(image, "write -P 2 1M 1M", "write -z 3M 64k")
        for step in (["-c", "s1"], ["-c", "s2"], None, ["-d", "s1"], ["-a", "s2"], ["-c", "s3"]):
            if step is None:
                qemu_io(image, "write -P 9 0 64k")
            else:
                subprocess.run([*tool, "snapshot", *step, image], check=True, capture_output=True)
    theirs, ours = (folder / "disk.qcow2" for folder in folders)
    assert _without_dates(ours) == _without_dates(theirs)
    assert _allocated(ours) == _allocated(theirs)
    assert qemu_check(ours)["exit"] == 0


BITMAP_STEPS = [
    ["--add b1", "write", "--add b2", "--remove b1"],
    ["--add b1", "--add -g 4096 b2", "write", "--remove b2"],
    ["--add --disable b1", "write", "--enable b1", "write"],
    ["--add b1", "--add b2", "write", "--merge b1 b2", "--clear b1"],
]


@pytest.mark.parametrize("options", ["", "cluster_size=4k", "extended_l2=on", "cluster_size=512,refcount_bits=4"])
@pytest.mark.parametrize("steps", BITMAP_STEPS, ids=lambda s: " + ".join(s))
def test_bitmap_commands_and_writes_leave_the_bytes_qemu_img_leaves(tmp_path, options, steps):
    """QEMU's order: an added bitmap stays in memory until the image closes, opening marks the
    bitmaps in use in the directory where it is, a removed bitmap's clusters are freed at once
    (its data deallocated); then every cluster lands where qemu-img puts it."""
    folders = [tmp_path / "theirs", tmp_path / "ours"]
    for folder in folders:
        folder.mkdir()
        qemu_io(create(folder / "disk.qcow2", "8M", options), "write -P 3 1536k 1M")
    theirs, ours = (folder / "disk.qcow2" for folder in folders)
    for step in steps:
        if step == "write":
            qemu_io(theirs, "write -P 0xcd 0 64k")
            with Qcow2Writer(ours) as w:
                w.write(0, b"\xcd" * (64 << 10))
            continue
        *flags, name = step.split()
        qemu_img("bitmap", *flags, theirs, name)
        subprocess.run([QEMUSPEC, "bitmap", *flags, ours, name], check=True, capture_output=True)
    assert ours.read_bytes() == theirs.read_bytes()
    assert _allocated(ours) == _allocated(theirs)
