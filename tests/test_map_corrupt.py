"""map of a qcow2 image with a damaged L1 or L2 entry, against qemu-img 7.2.

qemu-img map prints the extents it has found when a block status query fails on a
corruption event (an unaligned L2 table or cluster offset, a zero flag in a version 2
image, an invalid subcluster bitmap), then the event and its error, and exits 1. We
print the same bytes on stdout, the same lines on stderr (``qemu-img:`` as
``qemuspec: error:``) and exit 1, in both output formats.
"""

from __future__ import annotations

import struct
import subprocess
from pathlib import Path

import pytest

from conftest import QEMUSPEC
from qcow2_images import create, qemu_io

COPIED = 1 << 63
OFFSET_MASK = 0x00FF_FFFF_FFFF_FE00


def _u64(path: Path, offset: int) -> int:
    with open(path, "rb") as f:
        f.seek(offset)
        return struct.unpack(">Q", f.read(8))[0]


def _poke(path: Path, offset: int, value: int) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(struct.pack(">Q", value))


def _l1(path: Path, index: int) -> int:
    """The file offset of L1 entry ``index``."""
    return _u64(path, 40) + 8 * index


def _l2(path: Path, l1_index: int, index: int, entry_size: int = 8) -> int:
    """The file offset of entry ``index`` of the L2 table of L1 entry ``l1_index``."""
    return (_u64(path, _l1(path, l1_index)) & OFFSET_MASK) + entry_size * index


def four_tables(folder: Path) -> Path:
    """4 KiB clusters (an L2 table maps 2 MiB): data in the tables of L1 entries 0, 2, 4 and 6."""
    image = create(folder / "disk.qcow2", "64M", "cluster_size=4k")
    qemu_io(image, "write -P 0x11 0 64k", "write -P 0x22 4M 64k", "write -P 0x33 8M 64k", "write -P 0x44 12M 4k",
            "write -z 8256k 8k")
    return image


def version_2(folder: Path) -> Path:
    image = create(folder / "disk.qcow2", "16M", "compat=0.10,cluster_size=4k")
    qemu_io(image, "write -P 0x51 0 40k", "write -P 0x52 2M 16k", "write -P 0x53 4M 8k")
    return image


def extended(folder: Path) -> Path:
    """Extended L2 entries, 16 KiB clusters (512-byte subclusters; an L2 table maps 16 MiB)."""
    image = create(folder / "disk.qcow2", "64M", "extended_l2=on,cluster_size=16k")
    qemu_io(image, "write -P 0x61 0 64k", "write -P 0x62 80k 1k", "write -P 0x63 16M 48k", "write -P 0x64 32M 16k")
    return image


def with_data_file(folder: Path) -> Path:
    image = create(folder / "disk.qcow2", "8M", f"data_file={folder / 'disk.data'},cluster_size=4k")
    qemu_io(image, "write -P 0x71 0 16k", "write -P 0x72 2M 8k")
    return image


def extended_with_data_file(folder: Path) -> Path:
    image = create(folder / "disk.qcow2", "8M", f"data_file={folder / 'disk.data'},extended_l2=on,cluster_size=16k")
    qemu_io(image, "write -P 0x73 0 48k", "write -P 0x74 2M 1k")
    return image


def set_l2(l1_index: int, index: int, value: int, entry_size: int = 8):
    def damage(image: Path) -> None:
        _poke(image, _l2(image, l1_index, index, entry_size), value)
    return damage


def misaligned_l1(index: int):
    def damage(image: Path) -> None:
        _poke(image, _l1(image, index), _u64(image, _l1(image, index)) + 0x200)
    return damage


def misaligned_l2(l1_index: int, index: int):
    def damage(image: Path) -> None:
        at = _l2(image, l1_index, index)
        _poke(image, at, _u64(image, at) + 0x200)
    return damage


def zero_flag(l1_index: int, index: int):
    def damage(image: Path) -> None:
        at = _l2(image, l1_index, index)
        _poke(image, at, _u64(image, at) | 1)
    return damage


def bad_bitmap(l1_index: int, index: int, bitmap: int):
    def damage(image: Path) -> None:
        _poke(image, _l2(image, l1_index, index, 16) + 8, bitmap)
    return damage


CASES = {
    "l1-entry-4-misaligned": (four_tables, misaligned_l1(4), ()),
    "l1-entry-0-misaligned": (four_tables, misaligned_l1(0), ()),  # the first query fails: nothing found
    "l1-entry-2-misaligned-from-offset": (four_tables, misaligned_l1(2), ("--start-offset", "1M")),
    "l2-entry-3-misaligned": (four_tables, misaligned_l2(4, 3), ()),
    "l2-entry-0-misaligned": (four_tables, misaligned_l2(0, 0), ()),
    "l2-zero-entry-misaligned": (four_tables, misaligned_l2(4, 17), ()),
    "l2-misaligned-past-max-length": (four_tables, misaligned_l2(6, 0), ("--max-length", "12292k")),
    "v2-zero-flag": (version_2, zero_flag(1, 2), ()),
    "v2-zero-flag-first": (version_2, zero_flag(0, 0), ()),
    "v2-zero-flag-on-misaligned": (version_2, lambda i: (misaligned_l2(1, 1)(i), zero_flag(1, 1)(i)), ()),
    # an invalid bitmap in the cluster after a run of whole clusters fails the query of that run
    "extended-invalid-after-run": (extended, bad_bitmap(0, 4, 0xFFFF_FFFF_FFFF_FFFF), ()),
    "extended-invalid-after-part": (extended, bad_bitmap(0, 6, 0x0000_0001_0000_0001), ()),
    "data-file-compressed": (with_data_file, set_l2(0, 1, 1 << 62 | 0x2000), ()),
    "data-file-host-not-guest": (with_data_file, set_l2(0, 2, COPIED | 0x1000), ()),
    "data-file-extended-compressed": (extended_with_data_file, set_l2(0, 2, 1 << 62 | 0x8000, 16), ()),
    "data-file-extended-host-not-guest": (extended_with_data_file, set_l2(0, 1, COPIED | 0x8000, 16), ()),
    "extended-invalid-unallocated": (extended, bad_bitmap(1, 5, 0x0000_0000_0000_0003), ()),
}


def _run(tool: str, args: list[str], folder: Path) -> tuple[int, bytes, str]:
    r = subprocess.run([tool, *args], cwd=folder, capture_output=True, timeout=120)
    return r.returncode, r.stdout, r.stderr.decode()


@pytest.mark.parametrize("output", ["human", "json"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_map_of_a_damaged_image_prints_what_qemu_img_prints(tmp_path, case, output):
    make, damage, options = CASES[case]
    image = make(tmp_path)
    damage(image)
    args = ["map", f"--output={output}", *options, image.name]
    trc, tout, terr = _run("qemu-img", args, tmp_path)
    assert trc == 1 and "Image is corrupt" in terr, (trc, terr)  # the damage is one qemu-img fails on
    before = image.read_bytes()
    orc, oout, oerr = _run(QEMUSPEC, args, tmp_path)
    assert (orc, oout, oerr) == (trc, tout, terr.replace("qemu-img: ", "qemuspec: error: "))
    assert image.read_bytes() == before


@pytest.mark.parametrize("output", ["human", "json"])
def test_map_of_the_undamaged_images_is_whole(tmp_path, output):
    # the images the damage goes into map alike (the cases above compare their failures only)
    for make in (four_tables, version_2, extended, with_data_file, extended_with_data_file):
        folder = tmp_path / make.__name__
        folder.mkdir()
        image = make(folder)
        args = ["map", f"--output={output}", image.name]
        theirs = _run("qemu-img", args, folder)
        assert theirs[0] == 0
        assert _run(QEMUSPEC, args, folder) == theirs
