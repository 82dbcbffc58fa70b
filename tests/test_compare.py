"""qemuspec compare beside qemu-img compare: the same verdict, words and exit status on the same pairs."""

from __future__ import annotations

import subprocess

import pytest

from conftest import QEMUSPEC, run
from qcow2_images import MIXED, create, qemu_img, qemu_io


@pytest.fixture(scope="module")
def images(tmp_path_factory):
    d = tmp_path_factory.mktemp("compare")
    mixed = create(d / "mixed.qcow2", "64M")
    qemu_io(mixed, *MIXED)
    qemu_img("convert", "-O", "raw", mixed, d / "mixed.raw")
    top = create(d / "top.qcow2", "64M", backing=mixed)
    qemu_io(top, "write -P 0x11 1000k 4k")            # the same bytes the backing file has there
    changed = create(d / "changed.qcow2", "64M", backing=mixed)
    qemu_io(changed, "write -P 0x99 5000000 1")      # one byte, in the middle of a sector
    zeroed = create(d / "zeroed.qcow2", "64M")
    qemu_io(zeroed, "write -z 0 1m", "write -P 0 1m 64k")
    (d / "empty.raw").write_bytes(b"")
    subprocess.run(["truncate", "-s", "64M", str(d / "empty.raw")], check=True)
    subprocess.run(["truncate", "-s", "65M", str(d / "longer.raw")], check=True)
    tail = d / "tail.raw"
    subprocess.run(["truncate", "-s", "65M", str(tail)], check=True)
    with open(tail, "r+b") as f:
        f.seek(64 * 1024 * 1024 + 70000)
        f.write(b"x")
    odd = d / "odd.raw"
    odd.write_bytes(b"\x5a" * 1000)
    odd_padded = d / "odd-padded.raw"
    odd_padded.write_bytes(b"\x5a" * 1000 + bytes(24))
    return d


PAIRS = [
    ["mixed.qcow2", "mixed.raw"],
    ["-s", "mixed.qcow2", "mixed.raw"],
    ["top.qcow2", "mixed.qcow2"],
    ["-s", "top.qcow2", "mixed.qcow2"],
    ["changed.qcow2", "mixed.raw"],
    ["mixed.raw", "changed.qcow2"],
    ["zeroed.qcow2", "empty.raw"],
    ["-s", "zeroed.qcow2", "empty.raw"],
    ["empty.raw", "longer.raw"],
    ["-s", "empty.raw", "longer.raw"],
    ["empty.raw", "tail.raw"],
    ["tail.raw", "empty.raw"],
    ["odd.raw", "odd-padded.raw"],
    ["-s", "odd.raw", "odd-padded.raw"],
    ["-q", "changed.qcow2", "mixed.raw"],
    ["-f", "raw", "-F", "qcow2", "mixed.raw", "mixed.qcow2"],
    ["mixed.raw", "missing.raw"],
]


@pytest.mark.parametrize("args", PAIRS, ids=[" ".join(p) for p in PAIRS])
def test_compare_agrees_with_qemu_img(images, args):
    argv = [a if a.startswith("-") or a in ("raw", "qcow2") else str(images / a) for a in args]
    theirs = subprocess.run(["qemu-img", "compare", *argv], capture_output=True)
    ours = run([QEMUSPEC, "compare", *argv])
    assert (ours.returncode, ours.stdout) == (theirs.returncode, theirs.stdout)
    assert bool(ours.stderr) == bool(theirs.stderr)


def test_compare_reports_the_sector_of_the_first_difference(images):
    ours = run([QEMUSPEC, "compare", str(images / "changed.qcow2"), str(images / "mixed.raw")])
    assert ours.returncode == 1
    assert ours.stdout == f"Content mismatch at offset {5000000 // 512 * 512}!\n".encode()
