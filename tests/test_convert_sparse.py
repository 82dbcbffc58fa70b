"""convert -S SIZE into every target format, beside qemu-img 7.2 convert of the same source: the same
bytes for qcow2 and Parallels targets, the same holes (map) and bytes for raw ones.

The sources mix holes, written zeros, data, and zero sectors inside data, at random lengths and
offsets from a seeded generator, so that requests start and end with zeros of every length and
every -S meets runs longer and shorter than itself (the rule is in block/sparse.py).
"""

from __future__ import annotations

import os
import random
import subprocess

import pytest

from conftest import QEMUSPEC

KiB, MiB = 1024, 1 << 20
SPARSE = ["512", "4k", "16k", "64k", "1M"]
TARGETS = [("raw", ""), ("qcow2", "cluster_size=64k"), ("qcow2", "cluster_size=4k"),
           ("qcow2", "extended_l2=on,cluster_size=16k"), ("parallels", "")]


def mixed_raw(path, seed: int, size: int = 6 * MiB):
    """Holes, written zeros and data with zero sectors in it, one after another."""
    rng = random.Random(seed)
    with open(path, "wb") as f:
        f.truncate(size)
        pos = 0
        while pos < size:
            n = min(size - pos, rng.choice([512, 1000, 4096, 8192, 20000, 65536, 100000, 300000]) * rng.choice([1, 2, 5]))
            kind = rng.random()
            if kind >= 0.55:
                data = bytearray(rng.randbytes(n))
                for _ in range(rng.randrange(4)):
                    at, length = rng.randrange(n), rng.choice([100, 512, 4096, 9000, 70000])
                    data[at:at + length] = bytes(len(data[at:at + length]))
                os.pwrite(f.fileno(), data, pos)
            elif kind >= 0.35:
                os.pwrite(f.fileno(), bytes(n), pos)
            pos += n
    return path


def qemu_written_qcow2(path):
    """A qcow2 source as qemu-io leaves one: zero clusters, a compressed one, a discard, data of zeros."""
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", path, "8M"], check=True)
    subprocess.run(["qemu-io", "-f", "qcow2", "-c", "write -P 1 3M 100k", "-c", "write -z 3100k 20k",
                    "-c", "write -P 0 0 64k", "-c", "write -P 2 100k 3k", "-c", "write -c -P 3 1M 64k",
                    "-c", "write -P 4 6M 1536", "-c", "discard 3M 64k", "-c", "write -P 5 7M 512",
                    "-c", "write -P 0 7200k 200k", path], check=True, capture_output=True)
    return path


SOURCES = {"mixed-raw-1": lambda p: mixed_raw(p / "src.raw", 1), "mixed-raw-2": lambda p: mixed_raw(p / "src.raw", 2),
           "qemu-io-qcow2": lambda p: qemu_written_qcow2(p / "src.qcow2")}


def _map(path, fmt):
    return subprocess.run(["qemu-img", "map", "--output=json", "-f", fmt, path], capture_output=True,
                          text=True, check=True).stdout


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("target", TARGETS, ids=lambda t: f"{t[0]}-{t[1]}" if t[1] else t[0])
@pytest.mark.parametrize("sparse", SPARSE)
def test_convert_with_a_sparse_size_writes_what_qemu_img_writes(tmp_path, source, target, sparse):
    src = SOURCES[source](tmp_path)
    fmt, options = target
    args = ["convert", "-O", fmt, *(["-o", options] if options else []), "-S", sparse, str(src)]
    theirs = subprocess.run(["qemu-img", *args, str(tmp_path / "theirs")], capture_output=True)
    ours = subprocess.run([QEMUSPEC, *args, str(tmp_path / "ours")], capture_output=True)
    assert theirs.returncode == ours.returncode == 0, theirs.stderr + ours.stderr
    assert (tmp_path / "ours").read_bytes() == (tmp_path / "theirs").read_bytes()
    if fmt == "raw":  # the bytes say nothing of holes: the map does
        assert _map(tmp_path / "ours", fmt) == _map(tmp_path / "theirs", fmt)


@pytest.mark.parametrize("source", ["mixed-raw-1", "mixed-raw-2"])
@pytest.mark.parametrize("target", TARGETS, ids=lambda t: f"{t[0]}-{t[1]}" if t[1] else t[0])
@pytest.mark.parametrize("sparse", ["512", "4k", "64k", "1M"])
def test_convert_into_an_existing_image_writes_and_zeroes_what_qemu_img_does(tmp_path, source, target, sparse):
    """convert -n: the target is not new, so what qemu-img does not write it zeroes (zero flags, holes);
    a zero write over part of a (sub)cluster that reads as zeros already zeroes all of it, as QEMU's does."""
    src = SOURCES[source](tmp_path)
    fmt, options = target
    for name in ("theirs", "ours"):
        subprocess.run(["qemu-img", "create", "-q", "-f", fmt, *(["-o", options] if options else []),
                        str(tmp_path / name), "8M"], check=True)
    args = ["convert", "-n", "-O", fmt, "-S", sparse, str(src)]
    theirs = subprocess.run(["qemu-img", *args, str(tmp_path / "theirs")], capture_output=True)
    ours = subprocess.run([QEMUSPEC, *args, str(tmp_path / "ours")], capture_output=True)
    assert theirs.returncode == ours.returncode == 0, theirs.stderr + ours.stderr
    assert (tmp_path / "ours").read_bytes() == (tmp_path / "theirs").read_bytes()
    assert _map(tmp_path / "ours", fmt) == _map(tmp_path / "theirs", fmt)
