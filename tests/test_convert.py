"""convert beside qemu-img convert: the same guest data, as sparse as qemu-img leaves it.

Zero runs found by reading (``-S``, 4 KiB by default) stay holes or unallocated
clusters, ``-S 0`` allocates everything, and ``-c`` with several workers gives the
same image byte for byte as with one.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from qemuspec.block.convert import zero_runs

from conftest import QEMUSPEC, run
from qcow2_images import qemu_img, qemu_io

KiB, MiB = 1 << 10, 1 << 20


def ours(*args) -> subprocess.CompletedProcess:
    return subprocess.run([QEMUSPEC, *map(str, args)], capture_output=True, text=True)


def convert(*args) -> None:
    result = ours("convert", *args)
    assert result.returncode == 0, result.stderr


def compare(a: Path, b: Path) -> None:
    result = subprocess.run(["qemu-img", "compare", str(a), str(b)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def check(image: Path) -> None:
    result = subprocess.run(["qemu-img", "check", str(image)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def data_ranges(image: Path) -> list[tuple[int, int]]:
    """The guest ranges ``qemu-img map`` says hold data, merged."""
    out: list[tuple[int, int]] = []
    for e in json.loads(qemu_img("map", "--output=json", image)):
        if e["data"]:
            if out and out[-1][1] == e["start"]:
                out[-1] = (out[-1][0], e["start"] + e["length"])
            else:
                out.append((e["start"], e["start"] + e["length"]))
    return out


def zero_filled_raw(path: Path, size: int, pieces: list[tuple[int, bytes]]) -> Path:
    """A raw file with its zeros written (allocated), data at the given offsets."""
    with open(path, "wb") as f:
        f.write(bytes(size))
        for offset, data in pieces:
            os.pwrite(f.fileno(), data, offset)
    return path


def pieces(seed: int = 1) -> list[tuple[int, bytes]]:
    rng = random.Random(seed)
    return [(0, rng.randbytes(4 * KiB)), (1 * MiB + 512, rng.randbytes(3000)), (3 * MiB, b"x" * (200 * KiB)),
            (5 * MiB + 68 * KiB, rng.randbytes(64 * KiB)), (8 * MiB - 100, rng.randbytes(100))]


@pytest.mark.parametrize("holes", [False, True], ids=["zeros-written", "holes"])
def test_raw_to_qcow2_allocates_what_qemu_img_allocates(tmp_path, holes):
    size = 8 * MiB
    if holes:
        src = tmp_path / "src.raw"
        with open(src, "wb") as f:
            f.truncate(size)
            for offset, data in pieces():
                os.pwrite(f.fileno(), data, offset)
    else:
        src = zero_filled_raw(tmp_path / "src.raw", size, pieces())
    qemu_img("convert", "-O", "qcow2", src, tmp_path / "theirs.qcow2")
    convert("-O", "qcow2", src, tmp_path / "ours.qcow2")
    check(tmp_path / "ours.qcow2")
    compare(tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2")
    compare(tmp_path / "ours.qcow2", src)
    assert data_ranges(tmp_path / "ours.qcow2") == data_ranges(tmp_path / "theirs.qcow2")


def test_sparse_size_zero_allocates_every_cluster_as_qemu_img_does(tmp_path):
    src = zero_filled_raw(tmp_path / "src.raw", 4 * MiB + 1000, pieces()[:3])
    qemu_img("convert", "-S", "0", "-O", "qcow2", src, tmp_path / "theirs.qcow2")
    convert("-S", "0", "-O", "qcow2", src, tmp_path / "ours.qcow2")
    check(tmp_path / "ours.qcow2")
    compare(tmp_path / "ours.qcow2", src)
    for image in ("ours.qcow2", "theirs.qcow2"):  # every cluster allocated, to the end of the source at least
        [(start, stop)] = data_ranges(tmp_path / image)
        assert start == 0 and stop >= 4 * MiB + 1000
    convert("-S", "0", "-O", "raw", src, tmp_path / "ours.raw")
    qemu_img("convert", "-S", "0", "-O", "raw", src, tmp_path / "theirs.raw")
    data = src.read_bytes()
    # a raw disk is whole sectors, so both tools pad the 1000-byte tail sector with zeros
    assert (tmp_path / "ours.raw").read_bytes() == (tmp_path / "theirs.raw").read_bytes() == data + bytes(-len(data) % 512)
    assert os.stat(tmp_path / "ours.raw").st_blocks * 512 >= 4 * MiB  # fully allocated


def test_raw_output_leaves_zero_runs_as_holes(tmp_path):
    src = zero_filled_raw(tmp_path / "src.raw", 8 * MiB, pieces())
    convert("-O", "raw", src, tmp_path / "ours.raw")
    assert (tmp_path / "ours.raw").read_bytes() == src.read_bytes()
    assert os.stat(src).st_blocks * 512 >= 8 * MiB
    data = sum(len(d) for _, d in pieces())
    assert os.stat(tmp_path / "ours.raw").st_blocks * 512 <= data + 5 * 8 * KiB  # the data, rounded to blocks


def test_larger_sparse_size_fills_short_zero_runs(tmp_path):
    """A 64 KiB zero run between data: a hole with -S 4k, written with -S 128k."""
    rng = random.Random(3)
    src = zero_filled_raw(tmp_path / "src.raw", 1 * MiB, [(0, rng.randbytes(256 * KiB)),
                                                          (320 * KiB, rng.randbytes(256 * KiB))])
    blocks = {}
    for sparse in ("4k", "128k"):
        out = tmp_path / f"ours-{sparse}.raw"
        convert("-S", sparse, "-O", "raw", src, out)
        assert out.read_bytes() == src.read_bytes()
        blocks[sparse] = os.stat(out).st_blocks * 512
    assert blocks["128k"] - blocks["4k"] >= 64 * KiB
    for sparse in ("4k", "128k"):
        qemu_img("convert", "-S", sparse, "-O", "qcow2", src, tmp_path / f"theirs-{sparse}.qcow2")
        convert("-S", sparse, "-O", "qcow2", src, tmp_path / f"ours-{sparse}.qcow2")
        check(tmp_path / f"ours-{sparse}.qcow2")
        compare(tmp_path / f"ours-{sparse}.qcow2", src)
    # -S 4k: only the data clusters; -S 128k: the short zero run is written, and a zero cluster after the
    # data too (the write's end goes up to a multiple of 128k), as qemu-img does
    assert data_ranges(tmp_path / "ours-4k.qcow2") == data_ranges(tmp_path / "theirs-4k.qcow2") == \
        [(0, 256 * KiB), (320 * KiB, 576 * KiB)]
    assert data_ranges(tmp_path / "ours-128k.qcow2") == data_ranges(tmp_path / "theirs-128k.qcow2") == \
        [(0, 640 * KiB)]


@pytest.mark.parametrize("value", ["1000", "1.1k", "32M", "x"])
def test_bad_sparse_size_is_refused_like_qemu_img(tmp_path, value):
    src = zero_filled_raw(tmp_path / "src.raw", 1 * MiB, [])
    result = ours("convert", "-S", value, "-O", "raw", src, tmp_path / "out.raw")
    assert result.returncode == 1 and "Invalid buffer size for sparse output" in result.stderr
    assert subprocess.run(["qemu-img", "convert", "-S", value, "-O", "raw", str(src), str(tmp_path / "q.raw")],
                          capture_output=True).returncode == 1


def test_qcow2_to_raw_matches_qemu_img_byte_for_byte_and_in_holes(tmp_path):
    image = tmp_path / "src.qcow2"
    qemu_img("create", "-f", "qcow2", image, "12M")
    qemu_io(image, "write -P 7 0 3m", "write -z 3m 1m", "write -P 0 5m 1m", "write -P 9 7m 64k",
            "write -c -P 5 9m 64k")
    qemu_img("convert", "-O", "raw", image, tmp_path / "theirs.raw")
    convert("-O", "raw", image, tmp_path / "ours.raw")
    assert (tmp_path / "ours.raw").read_bytes() == (tmp_path / "theirs.raw").read_bytes()
    theirs, mine = (os.stat(tmp_path / name).st_blocks for name in ("theirs.raw", "ours.raw"))
    assert mine <= theirs  # the zeros QEMU stored (5m..6m) are holes here as there
    assert mine * 512 < 4 * MiB
    convert("-S", "0", "-O", "raw", image, tmp_path / "full.raw")  # copy_file_range of the stored clusters
    assert (tmp_path / "full.raw").read_bytes() == (tmp_path / "theirs.raw").read_bytes()
    assert os.stat(tmp_path / "full.raw").st_blocks * 512 >= 12 * MiB


@pytest.mark.parametrize("compression", ["zlib", "zstd"])
def test_compressed_output_is_the_same_for_any_number_of_workers(tmp_path, compression):
    rng = random.Random(5)
    size = 3 * MiB + 4 * KiB + 17  # a partial last cluster
    text = b" ".join(rng.choice([b"alpha", b"beta", b"gamma", b"qcow2", b"cluster"]) for _ in range(400000))
    pieces_ = [(0, text[:1 * MiB]), (1 * MiB + 64 * KiB, rng.randbytes(128 * KiB)),  # incompressible: stored plain
               (2 * MiB, text[:size - 2 * MiB])]
    src = zero_filled_raw(tmp_path / "src.raw", size, pieces_)
    outputs = []
    for workers in (1, 2, 4):
        out = tmp_path / f"ours-{workers}.qcow2"
        convert("-c", "-m", workers, "-O", "qcow2", "-o", f"compression_type={compression}", src, out)
        check(out)
        compare(out, src)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    qemu_img("convert", "-c", "-O", "qcow2", "-o", f"compression_type={compression}", src, tmp_path / "theirs.qcow2")
    # byte for byte, the file's end too: qemu-img convert -c cuts it to whole sectors at the end
    assert outputs[1] == (tmp_path / "theirs.qcow2").read_bytes()


@pytest.mark.parametrize("workers", [1, 2])
def test_compressed_source_reads_the_same_with_threads_as_qemu_img(tmp_path, workers):
    """Decompression in worker threads (-m) changes nothing in the output, and a cluster that
    does not decompress still stops the copy with a format error."""
    rng = random.Random(9)
    text = b" ".join(rng.choice([b"alpha", b"beta", b"gamma", b"qcow2"]) for _ in range(300000))[:2 * MiB]
    src = zero_filled_raw(tmp_path / "src.raw", 2 * MiB, [(0, text)])
    packed = tmp_path / "packed.qcow2"
    qemu_img("convert", "-c", "-O", "qcow2", src, packed)
    ours_raw, theirs_raw = tmp_path / "ours.raw", tmp_path / "theirs.raw"
    convert("-m", workers, "-O", "raw", packed, ours_raw)
    qemu_img("convert", "-O", "raw", packed, theirs_raw)
    assert ours_raw.read_bytes() == theirs_raw.read_bytes() == src.read_bytes()
    broken = bytearray(packed.read_bytes())
    l1 = int.from_bytes(broken[40:48], "big")
    l2 = int.from_bytes(broken[l1:l1 + 8], "big") & 0x00FFFFFFFFFFFE00
    entry = int.from_bytes(broken[l2 + 8:l2 + 16], "big")  # the second cluster: compressed
    assert entry >> 62 == 1
    host = entry & ((1 << 54) - 1)  # 64 KiB clusters: 54 bits of offset
    broken[host:host + 16] = b"\xff" * 16
    (tmp_path / "broken.qcow2").write_bytes(broken)
    result = ours("convert", "-m", str(workers), "-O", "raw", tmp_path / "broken.qcow2", tmp_path / "out.raw")
    assert result.returncode == 1 and "compressed cluster" in result.stderr and "Traceback" not in result.stderr


def test_bad_worker_count_is_refused(tmp_path):
    src = zero_filled_raw(tmp_path / "src.raw", 1 * MiB, [])
    result = ours("convert", "-c", "-m", "17", "-O", "qcow2", src, tmp_path / "out.qcow2")
    assert result.returncode == 1 and "coroutines" in result.stderr


def _reference_runs(buf: bytes, base: int, granule: int, need: int) -> list[tuple[int, int]]:
    """Zero runs by brute force: whole aligned granules (a short last one counts), at least ``need``."""
    need = max(need, granule)
    edges = sorted({0, len(buf), *range((-base) % granule, len(buf), granule)})
    runs: list[tuple[int, int]] = []
    for start, stop in zip(edges, edges[1:]):
        zero = not any(buf[start:stop]) and not (start == 0 and base % granule)
        if zero and runs and runs[-1][1] == start:
            runs[-1] = (runs[-1][0], stop)
        elif zero:
            runs.append((start, stop))
    return [(a, b) for a, b in runs if b - a >= need]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.integers(1, 3000)), max_size=12), st.integers(0, 4096),
       st.sampled_from([512, 4096]), st.sampled_from([512, 1024, 4096, 8192]))
def test_zero_runs_finds_what_a_brute_force_scan_finds(parts, base, granule, need):
    buf = bytearray()
    for zero, n in parts:
        buf += bytes(n) if zero else bytes([1 + i % 255 for i in range(n)])
    assert list(zero_runs(buf, len(buf), base, granule, need)) == _reference_runs(bytes(buf), base, granule, need)


@pytest.mark.parametrize("target", [["-O", "raw"], ["-O", "qcow2"], ["-c", "-O", "qcow2"]],
                         ids=["raw", "qcow2", "compressed"])
def test_the_tail_sector_of_an_odd_sized_raw_source_reads_as_zeros(tmp_path, target):
    # the copy reuses its read buffer: the bytes past the end of the file must not be the last chunk's
    src = tmp_path / "src.raw"
    src.write_bytes(os.urandom(8 * MiB + 100))
    out = tmp_path / "out.img"
    result = run([QEMUSPEC, "convert", *target, str(src), str(out)])
    assert result.returncode == 0, result.stderr
    assert subprocess.run(["qemu-img", "compare", str(src), str(out)], capture_output=True).returncode == 0


@pytest.mark.parametrize("reads", ["inline", "read-ahead"])
@pytest.mark.parametrize("fmt", ["raw", "qcow2", "parallels"])
def test_reads_in_the_caller_s_thread_or_ahead_give_qemu_img_s_image(tmp_path, monkeypatch, reads, fmt):
    """Fast reads stay in the converting thread; slow ones (here: every read counts as slow)
    are read ahead in threads. Either way the target holds qemu-img's guest data and sparseness,
    from a qcow2 source (one reader thread) and a raw one (one per worker)."""
    from qemuspec.block import convert as conv, open_image

    if reads == "read-ahead":
        monkeypatch.setattr(conv, "PROBE", 1)
        monkeypatch.setattr(conv, "SLOW_READ", 1 << 80)  # no read is that fast
    qcow2 = tmp_path / "src.qcow2"
    qemu_img("create", "-f", "qcow2", qcow2, "20M")
    qemu_io(qcow2, "write -P 7 0 3m", "write -z 3m 1m", "write -P 0 5m 1m", "write -P 9 7m 64k",
            "write -c -P 5 9m 64k", "write -P 3 12m 8m")
    raw = tmp_path / "src.raw"
    qemu_img("convert", "-O", "raw", qcow2, raw)
    with open(raw, "r+b") as f:  # zero runs inside the data, found by reading
        for i in range(0, 2048, 7):
            os.pwrite(f.fileno(), bytes(4 * KiB), 12 * MiB + 4 * KiB * i)
    ext = "hdd" if fmt == "parallels" else fmt
    convert_to = {"raw": conv.convert_to_raw, "qcow2": conv.convert_to_qcow2,
                  "parallels": conv.convert_to_parallels}[fmt]
    for source in (qcow2, raw):
        ours_out, theirs_out = tmp_path / f"ours.{ext}", tmp_path / f"theirs.{ext}"
        qemu_img("convert", "-O", fmt, source, theirs_out)
        with open_image(source) as image:
            convert_to(image, ours_out, workers=2)
        compare(ours_out, theirs_out)
        if fmt == "raw":
            assert ours_out.read_bytes() == theirs_out.read_bytes()
            assert os.stat(ours_out).st_blocks <= os.stat(theirs_out).st_blocks
        elif fmt == "parallels":
            assert ours_out.read_bytes() == theirs_out.read_bytes()
        else:
            check(ours_out)
            assert data_ranges(ours_out) == data_ranges(theirs_out)
        ours_out.unlink()
        theirs_out.unlink()
