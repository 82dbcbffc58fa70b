"""qemuspec amend against qemu-img amend 7.2, on identical copies made by qemu-img and qemu-io."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from conftest import QEMUSPEC
from qcow2_images import create, qemu_img, qemu_io


def _info(path) -> dict:
    info = json.loads(qemu_img("info", "--output=json", path))
    info.pop("filename"), info.pop("actual-size", None), info.pop("dirty-flag", None)
    return info


def _pair(tmp_path, options: str):
    original = create(tmp_path / "orig.qcow2", "16M", options)
    qemu_io(original, "write -P 0x61 0 1M", "write -z 2M 256k", "write -c -P 0x62 4M 64k")
    qemu_img("snapshot", "-c", "snap", original)
    qemu_io(original, "write -P 0x63 512k 1M")
    ours, theirs = tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2"
    shutil.copy(original, ours)
    shutil.copy(original, theirs)
    return original, ours, theirs


@pytest.mark.parametrize("start,value", [("lazy_refcounts=off", "on"), ("lazy_refcounts=on", "off")])
def test_lazy_refcounts_as_qemu_img(tmp_path, start, value):
    original, ours, theirs = _pair(tmp_path, start)
    mine = subprocess.run([QEMUSPEC, "amend", "-o", f"lazy_refcounts={value}", str(ours)], capture_output=True, text=True)
    peer = subprocess.run(["qemu-img", "amend", "-o", f"lazy_refcounts={value}", str(theirs)], capture_output=True, text=True)
    assert (mine.returncode, peer.returncode) == (0, 0), mine.stderr
    assert _info(ours) == _info(theirs)
    assert _info(ours)["format-specific"]["data"]["lazy-refcounts"] is (value == "on")
    assert subprocess.run(["qemu-img", "check", str(ours)], capture_output=True).returncode == 0
    assert subprocess.run(["qemu-img", "compare", str(ours), str(original)], capture_output=True).returncode == 0
    for image in (ours, original):
        qemu_img("convert", "-l", "snap", "-O", "raw", image, tmp_path / f"{image.stem}.snap.raw")
    assert (tmp_path / "ours.snap.raw").read_bytes() == (tmp_path / "orig.snap.raw").read_bytes()


@pytest.mark.parametrize("compat,options,words", [
    ("1.1", "cluster_size=4k", "Invalid parameter 'cluster_size'"),
    ("1.1", "foo=1", "Invalid parameter 'foo'"),
    ("1.1", "lazy_refcounts=maybe", "Parameter 'lazy_refcounts' expects 'on' or 'off'"),
    ("0.10", "lazy_refcounts=on", "Lazy refcounts only supported with compatibility level 1.1"),
])
def test_refusals_as_qemu_img_and_unchanged(tmp_path, compat, options, words):
    image = create(tmp_path / "a.qcow2", "4M", f"compat={compat}")
    qemu_io(image, "write -P 0x41 0 64k")
    before = image.read_bytes()
    mine = subprocess.run([QEMUSPEC, "amend", "-o", options, str(image)], capture_output=True, text=True)
    peer_copy = tmp_path / "b.qcow2"
    peer_copy.write_bytes(before)
    peer = subprocess.run(["qemu-img", "amend", "-o", options, str(peer_copy)], capture_output=True, text=True)
    assert mine.returncode == peer.returncode == 1
    assert words in peer.stderr and words in mine.stderr
    assert image.read_bytes() == before


def test_help_lists_what_qemu_img_lists(tmp_path):
    image = create(tmp_path / "a.qcow2", "1M")
    mine = subprocess.run([QEMUSPEC, "amend", "-o", "help", str(image)], capture_output=True, text=True)
    peer = subprocess.run(["qemu-img", "amend", "-o", "help", str(image)], capture_output=True, text=True)
    assert mine.returncode == peer.returncode == 0
    assert mine.stdout.split() == peer.stdout.split()


@pytest.mark.parametrize("start", ["compat=0.10", "compat=0.10,cluster_size=4k", "compat=0.10,cluster_size=512"])
@pytest.mark.parametrize("change", ["compat=1.1", "compat=1.1,lazy_refcounts=on"])
def test_compat_upgrade_as_qemu_img(tmp_path, start, change):
    """Version 2 to 3: qemu-img sees the same image (info, data, snapshot), finds it clean,
    and an upgrade alone is the same bytes as qemu-img's."""
    original, ours, theirs = _pair(tmp_path, start)
    mine = subprocess.run([QEMUSPEC, "amend", "-o", change, str(ours)], capture_output=True, text=True)
    peer = subprocess.run(["qemu-img", "amend", "-o", change, str(theirs)], capture_output=True, text=True)
    assert (mine.returncode, mine.stdout) == (peer.returncode, peer.stdout) == (0, ""), mine.stderr
    assert _info(ours) == _info(theirs)
    if change == "compat=1.1":
        assert ours.read_bytes() == theirs.read_bytes()
    assert subprocess.run(["qemu-img", "check", str(ours)], capture_output=True).returncode == 0
    assert subprocess.run(["qemu-img", "compare", str(ours), str(theirs)], capture_output=True).returncode == 0
    for image in (ours, theirs):
        qemu_img("convert", "-l", "snap", "-O", "raw", image, tmp_path / f"{image.stem}.snap.raw")
    assert (tmp_path / "ours.snap.raw").read_bytes() == (tmp_path / "theirs.snap.raw").read_bytes()


def test_upgrade_keeps_the_backing_file_as_qemu_img(tmp_path):
    base = create(tmp_path / "base.qcow2", "8M")
    qemu_io(base, "write -P 0x21 0 2M")
    images = []
    for who in ("ours", "theirs"):
        image = create(tmp_path / f"{who}.qcow2", "8M", "compat=0.10", backing=base)
        qemu_io(image, "write -P 0x22 1M 64k")
        images.append(image)
    subprocess.run([QEMUSPEC, "amend", "-o", "compat=1.1", str(images[0])], check=True)
    qemu_img("amend", "-o", "compat=1.1", images[1])
    assert images[0].read_bytes() == images[1].read_bytes()
    assert subprocess.run(["qemu-img", "check", str(images[0])], capture_output=True).returncode == 0


def test_a_downgrade_is_refused_and_changes_nothing(tmp_path):
    image = create(tmp_path / "a.qcow2", "4M")
    qemu_io(image, "write -P 0x41 0 64k")
    before = image.read_bytes()
    mine = subprocess.run([QEMUSPEC, "amend", "-o", "compat=0.10", str(image)], capture_output=True, text=True)
    assert mine.returncode == 1 and "downgrade" in mine.stderr and "nothing was written" in mine.stderr
    assert image.read_bytes() == before
