"""qemuspec measure beside qemu-img measure: the same numbers, in both output formats."""

from __future__ import annotations

import json
import subprocess

import pytest

from conftest import QEMUSPEC, run
from qcow2_images import RECIPES

EMPTY = [
    ["--size", "1G"],
    ["-O", "qcow2", "--size", "1G"],
    ["-O", "qcow2", "--size", "1000"],
    ["-O", "qcow2", "-o", "cluster_size=4k,refcount_bits=1", "--size", "100G"],
    ["-O", "qcow2", "-o", "cluster_size=8k,refcount_bits=64", "--size", "17G"],
    ["-O", "qcow2", "-o", "cluster_size=2M,extended_l2=on", "--size", "3T"],
    ["-O", "qcow2", "-o", "cluster_size=512", "--size", "20G"],
    ["-O", "qcow2", "-o", "cluster_size=512", "--size", "128G"],   # the largest L1 table QEMU allows
    ["-O", "qcow2", "-o", "compat=0.10,preallocation=metadata", "--size", "10G"],
    ["-O", "qcow2", "-o", "preallocation=full", "--size", "10G"],
]


def both(args: list[str]) -> tuple:
    ours = run([QEMUSPEC, "measure", *args])
    theirs = subprocess.run(["qemu-img", "measure", *args], capture_output=True)
    return ours, theirs


@pytest.mark.parametrize("args", EMPTY, ids=[" ".join(a) for a in EMPTY])
def test_measure_of_an_empty_disk_agrees_with_qemu_img(args):
    for output in ("human", "json"):
        ours, theirs = both([f"--output={output}", *args])
        assert theirs.returncode == 0, theirs.stderr
        assert (ours.returncode, ours.stdout) == (0, theirs.stdout), ours.stderr


@pytest.mark.parametrize("recipe", ["cluster-4k", "compat-0.10", "zstd", "extended-l2", "chain", "snapshots",
                                    "bitmaps", "preallocation-metadata", "data-file"])
@pytest.mark.parametrize("target", [[], ["-O", "qcow2"], ["-O", "qcow2", "-o", "cluster_size=4k"],
                                    ["-O", "qcow2", "-o", "compat=0.10"],
                                    ["-O", "qcow2", "-o", "backing_file=base.img,backing_fmt=raw"]],
                         ids=["raw", "qcow2", "qcow2-4k", "qcow2-v2", "qcow2-backing"])
def test_measure_of_an_image_agrees_with_qemu_img(tmp_path, recipe, target):
    image = RECIPES[recipe](tmp_path)
    for output in ("human", "json"):
        ours, theirs = both([f"--output={output}", *target, str(image)])
        assert theirs.returncode == 0, theirs.stderr
        assert (ours.returncode, ours.stdout) == (0, theirs.stdout), ours.stderr


def test_measure_of_a_sparse_raw_file_counts_its_data_clusters(tmp_path):
    disk = tmp_path / "disk.raw"
    with open(disk, "wb") as f:
        f.truncate(1 << 30)
        for offset in (0, 70000, 5 << 20, (1 << 30) - 1):
            f.seek(offset)
            f.write(b"x")
    ours, theirs = both(["--output=json", "-O", "qcow2", str(disk)])
    assert json.loads(ours.stdout) == json.loads(theirs.stdout)


def test_measure_of_a_snapshot(tmp_path):
    image = RECIPES["snapshots"](tmp_path)
    ours, theirs = both(["--output=json", "-O", "qcow2", "-l", "first", str(image)])
    assert theirs.returncode == 0, theirs.stderr
    assert json.loads(ours.stdout) == json.loads(theirs.stdout)


@pytest.mark.parametrize("size", ["1T", str((128 << 30) + 1024)])  # one L2 table past the largest L1 table
def test_measure_refuses_a_disk_too_large_for_the_clusters(size):
    ours, theirs = both(["-O", "qcow2", "-o", "cluster_size=512", "--size", size])
    assert ours.returncode == theirs.returncode == 1
    assert b"The image size is too large (try using a larger cluster size)" in ours.stderr


@pytest.mark.parametrize("args", [
    ["-O", "parallels", "--size", "1M"],
    ["-O", "parallels", "-o", "cluster_size=1M", "--size", "1M"],
    ["-O", "parallels", "IMAGE"],
    ["-O", "nonesuch", "--size", "1M"],
    ["-O", "vmdk", "--size", "1M"],
    ["-O", "qcow", "IMAGE"],
    ["-O", "bochs", "--size", "1M"],
    ["-O", "file", "--size", "1M"],
])
def test_measure_refuses_a_format_as_qemu_img_does(tmp_path, args):
    """qemu-img 7.2 has no size measurement for parallels, vmdk, qcow or file, creates no bochs
    image, and knows no format 'nonesuch'."""
    image = tmp_path / "disk.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(image), "1M"], check=True)
    args = [str(image) if a == "IMAGE" else a for a in args]
    ours, theirs = both(args)
    assert ours.returncode == theirs.returncode == 1
    assert theirs.stderr.startswith(b"qemu-img: ")
    assert ours.stderr == b"qemuspec: error: " + theirs.stderr[len(b"qemu-img: "):]
    assert ours.stdout == theirs.stdout == b""


def test_measure_opens_the_image_before_looking_at_the_format(tmp_path):
    ours, theirs = both(["-O", "parallels", str(tmp_path / "missing.qcow2")])
    assert ours.returncode == theirs.returncode == 1
    assert b"No such file or directory" in theirs.stderr and b"No such file or directory" in ours.stderr
