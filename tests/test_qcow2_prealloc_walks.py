"""Map and check of metadata-preallocated images and backing chains, against qemu-img.

A preallocated image's L2 tables are each one run of clusters (the map and the check
take such a table whole, without numpy); a chain's backing files are walked under the
holes of the layers above them. Everything here is compared with qemu-img 7.2: the map's
JSON as bytes, the check's JSON and exit code, on images clean and patched.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from qemuspec.block.qcow2.layout import L2E_COPIED, L2E_OFFSET_MASK

from conftest import QEMUSPEC
from qcow2_images import create, qemu_io
from test_qcow2_check import Patch, assert_same_as_qemu


def same_map(path: Path) -> None:
    want = subprocess.run(["qemu-img", "map", "--output=json", str(path)], capture_output=True, text=True)
    ours = subprocess.run([QEMUSPEC, "map", "--output=json", str(path)], capture_output=True, text=True)
    assert (ours.returncode, ours.stdout, ours.stderr) == (want.returncode, want.stdout, want.stderr)


@pytest.fixture(scope="module")
def preallocated(tmp_path_factory) -> Path:
    """4 KiB clusters, 1 GiB: 512 tables of 512 entries, enough for the check's bulk scan."""
    path = tmp_path_factory.mktemp("prealloc") / "disk.qcow2"
    create(path, "1G", "cluster_size=4k,preallocation=metadata")
    qemu_io(path, "write -P 0x61 300m 64k")
    return path


def middle_entry(p: Patch, l1_index: int = 200) -> tuple[int, int]:
    entries = p.l2_entries(l1_index)
    return entries[len(entries) // 2]


def copied_cleared(p: Patch) -> None:
    where, value = middle_entry(p)
    p.put_word(where, value & ~L2E_COPIED)


def refcount_two(p: Patch) -> None:
    _, value = middle_entry(p)
    p.set_refcount((value & L2E_OFFSET_MASK) >> p.cb, 2)


def refcount_zero(p: Patch) -> None:
    _, value = middle_entry(p)
    p.set_refcount((value & L2E_OFFSET_MASK) >> p.cb, 0)


def shared_with_the_next_table(p: Patch) -> None:
    """The last entry of one table points at a cluster of the next table's run."""
    where, _ = p.l2_entries(100)[-1]
    _, value = p.l2_entries(101)[3]
    p.put_word(where, value)


def table_ends_early(p: Patch) -> None:
    """The second half of a table is zeros (those clusters become leaks)."""
    entries = p.l2_entries(300)
    for where, _ in entries[len(entries) // 2:]:
        p.put_word(where, 0)


@pytest.mark.parametrize("patch", [None, copied_cleared, refcount_two, refcount_zero, shared_with_the_next_table,
                                   table_ends_early], ids=lambda f: f.__name__ if f else "clean")
def test_check_of_a_preallocated_image_is_qemu_img_s(preallocated, tmp_path, patch):
    path = tmp_path / "disk.qcow2"
    path.write_bytes(preallocated.read_bytes())
    if patch is not None:
        patch(Patch(path))
    assert_same_as_qemu(path)


def test_map_of_a_preallocated_image_is_qemu_img_s(preallocated):
    same_map(preallocated)


def test_map_of_a_chain_is_qemu_img_s(tmp_path):
    """Four layers, each owning every fourth 256 KiB chunk of the first half, and the top
    one writing 64 KiB into every chunk it does not own (bench/qcow2_chain.py, smaller)."""
    chunk, below = 256 << 10, None
    for depth, name in enumerate(("base", "mid1", "mid2", "top")):
        path = create(tmp_path / f"{name}.qcow2", "64M", "cluster_size=4k", backing=below)
        writes = [f"write -P {0x10 + depth} {k * chunk} {chunk}" for k in range(depth, 128, 4)]
        if name == "top":
            writes += [f"write -P 0xee {k * chunk + chunk // 2} 64k" for k in range(128) if k % 4 != depth]
        qemu_io(path, *writes)
        below = path
    same_map(below)
