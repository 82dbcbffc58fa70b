"""preallocation=falloc|full: the bytes qemu-img 7.2 writes, and the allocation it leaves.

qcow2 images (create and convert) are compared byte for byte with qemu-img's,
made in two folders with the same relative names; ``qemu-img check`` must find
them clean; the file's allocated blocks must cover the data area (falloc:
reserved, unwritten extents; full: zeros written). Raw images likewise.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from conftest import QEMUSPEC

MiB = 1 << 20


def _make(tool: str, folder: Path, fmt: str, options: str, size: str, name: str = "disk.img") -> subprocess.CompletedProcess:
    folder.mkdir(exist_ok=True)
    base = folder / "base.raw"
    if not base.exists():
        base.write_bytes(bytes(MiB))
    return subprocess.run([tool, "create", "-q", "-f", fmt, *(["-o", options] if options else []), name, size],
                          capture_output=True, text=True, cwd=folder)


def _both(tmp_path: Path, fmt: str, options: str, size: str) -> tuple[Path, Path]:
    theirs = _make("qemu-img", tmp_path / "theirs", fmt, options, size)
    ours = _make(QEMUSPEC, tmp_path / "ours", fmt, options, size)
    assert theirs.returncode == 0, theirs.stderr
    assert ours.returncode == 0, ours.stderr
    return tmp_path / "ours", tmp_path / "theirs"


def _check_clean(image: Path) -> None:
    result = subprocess.run(["qemu-img", "check", "-q", image.name], capture_output=True, text=True, cwd=image.parent)
    assert result.returncode == 0, result.stdout + result.stderr


def _assert_same_files(ours: Path, theirs: Path) -> None:
    names = sorted(p.name for p in theirs.iterdir())
    assert sorted(p.name for p in ours.iterdir()) == names
    for name in names:
        a, b = ours / name, theirs / name
        same = subprocess.run(["cmp", "-s", str(a), str(b)]).returncode == 0
        assert same, f"{name} differs: " + subprocess.run(["cmp", str(a), str(b)], capture_output=True,
                                                           text=True).stdout


def _unwritten_extents(path: Path) -> int:
    """How many extents of the file are reserved but unwritten (FIEMAP, through filefrag)."""
    out = subprocess.run(["filefrag", "-v", str(path)], capture_output=True, text=True, check=True).stdout
    return sum("unwritten" in line for line in out.splitlines())


GRID = [(mode, cs, bits) for cs in ("512", "4k", "64k", "2M") for bits in (1, 2, 4, 8, 16, 32, 64)
        for mode in (("falloc", "full") if bits in (1, 16) else ("falloc",))]


@pytest.mark.parametrize("size", ["0", "1M", "33M"])
@pytest.mark.parametrize("mode,cluster_size,refcount_bits", GRID)
def test_qcow2_create_is_qemu_img_s_bytes(tmp_path, mode, cluster_size, refcount_bits, size):
    options = f"preallocation={mode},cluster_size={cluster_size},refcount_bits={refcount_bits}"
    ours, theirs = _both(tmp_path, "qcow2", options, size)
    _assert_same_files(ours, theirs)
    _check_clean(ours / "disk.img")


@pytest.mark.parametrize("options,size", [
    ("preallocation=falloc", "1G"),                      # the L2 tables after the data run
    ("preallocation=falloc,cluster_size=512", "100M"),   # hundreds of new refcount blocks in the area
    ("preallocation=falloc,cluster_size=4k,refcount_bits=64", "200M"),
    ("preallocation=falloc,cluster_size=2M,refcount_bits=1", "3G"),
    ("preallocation=full", "1001k"),                     # a disk that ends inside a cluster
    ("preallocation=falloc,extended_l2=on", "33M"),
    ("preallocation=full,extended_l2=on,cluster_size=16k", "5M"),
    ("preallocation=falloc,extended_l2=on,cluster_size=2M", "300M"),
    ("preallocation=falloc,compat=0.10", "100M"),
    ("preallocation=full,compat=0.10,cluster_size=512", "3M"),
    ("preallocation=falloc,lazy_refcounts=on", "7M"),
    ("preallocation=falloc,compression_type=zstd", "7M"),
    ("preallocation=falloc,extended_l2=on,backing_file=base.raw,backing_fmt=raw", "10M"),
    ("preallocation=full,extended_l2=on,backing_file=base.raw,backing_fmt=raw", "1M"),
])
def test_qcow2_create_options_are_qemu_img_s_bytes(tmp_path, options, size):
    ours, theirs = _both(tmp_path, "qcow2", options, size)
    _assert_same_files(ours, theirs)
    _check_clean(ours / "disk.img")


@pytest.mark.parametrize("options", [
    "data_file=d.raw", "data_file=d.raw,data_file_raw=on", "preallocation=metadata,data_file=d.raw",
    "preallocation=falloc,data_file=d.raw", "preallocation=full,data_file=d.raw",
    "preallocation=falloc,data_file=d.raw,data_file_raw=on", "preallocation=full,data_file=d.raw,data_file_raw=on",
    "preallocation=falloc,data_file=d.raw,extended_l2=on", "preallocation=metadata,data_file=d.raw,extended_l2=on",
    "preallocation=falloc,data_file=d.raw,extended_l2=on,backing_file=base.raw,backing_fmt=raw",
])
@pytest.mark.parametrize("size", ["1k", "100k", "101k", "2M"])
def test_data_file_gets_qemu_img_s_length_and_allocation(tmp_path, options, size):
    """The data file is mapped one to one: its length, holes and allocated blocks are QEMU's
    (a disk ending inside a (sub)cluster gets zeros written up to its end, as QEMU's copy on write)."""
    ours, theirs = _both(tmp_path, "qcow2", options, size)
    _assert_same_files(ours, theirs)
    os.sync()
    assert os.stat(ours / "d.raw").st_blocks == os.stat(theirs / "d.raw").st_blocks
    _check_clean(ours / "disk.img")


@pytest.mark.parametrize("mode", ["falloc", "full"])
@pytest.mark.parametrize("cluster_size", ["4k", "64k", "2M"])
def test_qcow2_data_area_is_allocated(tmp_path, mode, cluster_size):
    """falloc reserves the data clusters (unwritten extents), full writes zeros over them."""
    ours, theirs = _both(tmp_path, "qcow2", f"preallocation={mode},cluster_size={cluster_size}", "40M")
    os.sync()
    image = ours / "disk.img"
    assert os.stat(image).st_blocks * 512 >= 40 * MiB
    # within a few file system blocks: ext4 counts its extent-tree blocks in st_blocks too
    assert abs(os.stat(image).st_blocks - os.stat(theirs / "disk.img").st_blocks) <= 64
    if mode == "falloc":
        assert _unwritten_extents(image) > 0
    else:
        assert _unwritten_extents(image) == 0


def test_metadata_and_falloc_differ_only_where_qemu_img_s_do(tmp_path):
    """The refcount area moves the refcount table; the first L2 table takes its old place."""
    import struct

    ours, _ = _both(tmp_path, "qcow2", "preallocation=falloc", "64M")
    header = (ours / "disk.img").read_bytes()[:72]
    refcount_table_offset, = struct.unpack(">Q", header[48:56])
    l1_offset, = struct.unpack(">Q", header[40:48])
    assert (refcount_table_offset, l1_offset) == (4 << 16, 3 << 16)


@pytest.mark.parametrize("options,words", [
    ("preallocation=falloc,backing_file=base.raw,backing_fmt=raw",
     "Backing file and preallocation can only be used at the same time if extended_l2 is on"),
    ("preallocation=metadata,backing_file=base.raw,backing_fmt=raw",
     "Backing file and preallocation can only be used at the same time if extended_l2 is on"),
    ("preallocation=sparse", "Parameter 'preallocation' does not accept value 'sparse'"),
])
def test_qcow2_refusals_are_qemu_img_s(tmp_path, options, words):
    theirs = _make("qemu-img", tmp_path / "theirs", "qcow2", options, "1M")
    ours = _make(QEMUSPEC, tmp_path / "ours", "qcow2", options, "1M")
    assert theirs.returncode == 1 and words in theirs.stderr
    assert ours.returncode == 1 and words in ours.stderr


@pytest.mark.parametrize("mode", [None, "falloc", "full"])
@pytest.mark.parametrize("size", ["0", "1001", "1k", "3M", "10000k"])
def test_raw_create_is_qemu_img_s(tmp_path, mode, size):
    ours, theirs = _both(tmp_path, "raw", f"preallocation={mode}" if mode else "", size)
    _assert_same_files(ours, theirs)
    os.sync()
    assert os.stat(ours / "disk.img").st_blocks == os.stat(theirs / "disk.img").st_blocks
    if mode and size == "3M":
        assert os.stat(ours / "disk.img").st_blocks * 512 >= 3 * MiB
        assert (_unwritten_extents(ours / "disk.img") > 0) == (mode == "falloc")


@pytest.mark.parametrize("options,words", [
    ("preallocation=metadata", "Unsupported preallocation mode: metadata"),
    ("preallocation=sparse", "invalid parameter value: sparse"),
    ("cluster_size=4k", "Invalid parameter 'cluster_size'"),
])
def test_raw_refusals_are_qemu_img_s(tmp_path, options, words):
    theirs = _make("qemu-img", tmp_path / "theirs", "raw", options, "1M")
    ours = _make(QEMUSPEC, tmp_path / "ours", "raw", options, "1M")
    assert theirs.returncode == 1 and words in theirs.stderr
    assert ours.returncode == 1 and words in ours.stderr


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("sources")
    raw = folder / "src.raw"
    with open(raw, "wb") as f:
        f.write(os.urandom(3_000_000))
        f.seek(5_000_000)
        f.write(os.urandom(777_777))
        f.truncate(7_000_001)
    qcow2 = folder / "src.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(qcow2), "10M"], check=True)
    subprocess.run(["qemu-io", "-f", "qcow2", "-c", "write -P 0x11 0 100k", "-c", "write -P 0x22 3M 1M",
                    "-c", "write -z 5M 1M", "-c", "write -P 0x33 9M 4k", str(qcow2)], check=True,
                   capture_output=True)
    return {"raw": raw, "qcow2": qcow2}


@pytest.mark.parametrize("source", ["raw", "qcow2"])
@pytest.mark.parametrize("options", [
    "preallocation=falloc", "preallocation=full", "preallocation=falloc,cluster_size=512",
    "preallocation=full,cluster_size=2M", "preallocation=falloc,refcount_bits=64,cluster_size=4k",
    "preallocation=full,compat=0.10", "preallocation=falloc,extended_l2=on",
    "preallocation=full,extended_l2=on,cluster_size=32k", "extended_l2=on",
])
def test_convert_with_preallocation_is_qemu_img_s(tmp_path, sources, source, options):
    theirs, ours = tmp_path / "theirs.qcow2", tmp_path / "ours.qcow2"
    subprocess.run(["qemu-img", "convert", "-O", "qcow2", "-o", options, str(sources[source]), str(theirs)],
                   check=True)
    subprocess.run([QEMUSPEC, "convert", "-O", "qcow2", "-o", options, str(sources[source]), str(ours)], check=True)
    assert subprocess.run(["cmp", "-s", str(ours), str(theirs)]).returncode == 0
    _check_clean(ours)
    if "preallocation" in options:
        assert os.stat(ours).st_blocks * 512 >= 7_000_000  # the whole disk (7 MB raw, 10 MiB qcow2)


@pytest.mark.parametrize("options,size,write,mode,new_size", [
    ("cluster_size=64k", "10M", "write -P 0x11 0 100k", "falloc", "+20M"),
    ("cluster_size=64k", "1001k", "write -P 0x11 0 1001k", "full", "+1M"),   # the last cluster moves, its head copied
    ("cluster_size=64k", "1001k", None, "falloc", "+1M"),
    ("cluster_size=512", "1001k", "write -P 0x11 0 1001k", "falloc", "+10M"),
    ("cluster_size=4k,refcount_bits=1", "30M", "write -P 0x11 1M 1001k", "falloc", "300M"),
    ("extended_l2=on", "1001k", "write -P 0x11 0 1001k", "falloc", "+3M"),
    ("extended_l2=on,backing_file=base.raw,backing_fmt=raw", "1001k", None, "falloc", "+3M"),
    ("extended_l2=on,backing_file=base.raw,backing_fmt=raw", "5M", None, "full", "+3M"),
    ("backing_file=base.raw,backing_fmt=raw", "1M", None, "falloc", "+3M"),
    ("compat=0.10", "1001k", "write -P 0x11 0 1001k", "full", "+3M"),
])
def test_resize_with_preallocation_is_qemu_img_s(tmp_path, options, size, write, mode, new_size):
    (tmp_path / "base.raw").write_bytes(b"\x55" * (4 * MiB))
    theirs, ours = tmp_path / "theirs.qcow2", tmp_path / "ours.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", "-o", options, theirs.name, size], cwd=tmp_path,
                   check=True)
    if write:
        subprocess.run(["qemu-io", "-f", "qcow2", "-c", write, theirs.name], cwd=tmp_path, check=True,
                       capture_output=True)
    ours.write_bytes(theirs.read_bytes())
    subprocess.run(["qemu-img", "resize", "-q", f"--preallocation={mode}", theirs.name, new_size], cwd=tmp_path,
                   check=True)
    subprocess.run([QEMUSPEC, "resize", "-q", f"--preallocation={mode}", ours.name, new_size], cwd=tmp_path,
                   check=True)
    assert ours.read_bytes() == theirs.read_bytes()
    _check_clean(ours)


def test_resize_refuses_to_shrink_with_preallocation(tmp_path):
    image = tmp_path / "disk.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(image), "10M"], check=True)
    result = subprocess.run([QEMUSPEC, "resize", "--preallocation=falloc", str(image), "5M"], capture_output=True,
                            text=True)
    assert result.returncode == 1 and "Preallocation can only be used for growing images" in result.stderr
