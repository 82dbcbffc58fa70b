"""qemuspec rebase and commit beside qemu-img rebase and commit, on identical copies of the same chains.

Each case builds a chain with qemu-img and qemu-io, copies the folder, runs ours on one copy and
qemu-img on the other, then asks qemu-img: compare (guest data equal), check (exit 0 on every
changed image), info (backing file name, format and full name equal). Errors: the same exit code,
the same message, and the file left unchanged.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import QEMUSPEC, run
from qcow2_images import create, qemu_img, qemu_io

BACKING_KEYS = ("backing-filename", "backing-filename-format", "full-backing-filename")


def build_chain(folder: Path, base_fmt: str = "qcow2", top_options: str = "") -> None:
    """base <- mid <- top with different patterns, zeros, discards, and a top longer than the base."""
    folder.mkdir(parents=True, exist_ok=True)
    if base_fmt == "raw":
        base = folder / "base.raw"
        qemu_img("create", "-q", "-f", "raw", base, "8M")
    else:
        base = create(folder / "base.qcow2", "8M")
    qemu_io(base, "write -P 0xa1 0 3m", "write -P 0xa2 6m 1m", fmt=base_fmt)
    mid = create(folder / "mid.qcow2", "16M", "cluster_size=4k", backing=base, backing_fmt=base_fmt)
    qemu_io(mid, "write -P 0xb1 1m 1m", "write -z 6m 64k", "write -P 0xb2 10m 64k")
    top = create(folder / "top.qcow2", "24M", top_options, backing=mid)
    qemu_io(top, "write -P 0xc1 1500k 100k", "write -z 0 4k", "discard 1m 64k", "write -P 0xc2 20m 64k")
    other = create(folder / "other.qcow2", "12M")
    qemu_io(other, "write -P 0xa1 0 2m", "write -P 0xd1 5m 1m", "write -P 0xd2 11m 1m")
    small = create(folder / "small.qcow2", "2M")
    qemu_io(small, "write -P 0xe1 0 1m")
    qemu_img("create", "-q", "-f", "raw", folder / "flat.raw", "30M")
    qemu_io(folder / "flat.raw", "write -P 0xf1 4m 2m", fmt="raw")


@pytest.fixture
def twins(tmp_path):
    def make(**kwargs):
        build_chain(tmp_path / "ours", **kwargs)
        shutil.copytree(tmp_path / "ours", tmp_path / "theirs")
        return tmp_path / "ours", tmp_path / "theirs"
    return make


def info(path: Path) -> dict:
    return json.loads(qemu_img("info", "-U", "--output=json", path))


def assert_same(ours: Path, theirs: Path, *names: str) -> None:
    for name in names:
        a, b = ours / name, theirs / name
        compared = subprocess.run(["qemu-img", "compare", "-U", str(a), str(b)], capture_output=True, text=True)
        assert compared.returncode == 0, f"{name}: {compared.stdout}{compared.stderr}"
        if name.endswith(".qcow2"):
            checked = subprocess.run(["qemu-img", "check", str(a)], capture_output=True, text=True)
            assert checked.returncode == 0, f"{name}: {checked.stdout}{checked.stderr}"
            ia, ib = info(a), info(b)
            for key in BACKING_KEYS:
                ours_value, theirs_value = ia.get(key), ib.get(key)
                if key == "full-backing-filename" and theirs_value:
                    theirs_value = theirs_value.replace(str(theirs), str(ours))
                assert ours_value == theirs_value, (name, key)


def both(command: str, ours: Path, theirs: Path, *args: str, file: str = "top.qcow2"):
    """Run ours and qemu-img with the same arguments (paths inside each copy)."""
    mine = run([QEMUSPEC, command, *[a.format(d=ours) for a in args], str(ours / file)])
    peer = subprocess.run(["qemu-img", command, *[a.format(d=theirs) for a in args], str(theirs / file)],
                          capture_output=True)
    return mine, peer


def assert_same_outcome(mine, peer, ours: Path, theirs: Path) -> None:
    assert mine.returncode == peer.returncode, (mine.stderr, peer.stderr)
    assert mine.stdout == peer.stdout
    expected = peer.stderr.decode().replace(str(theirs), str(ours)).replace("qemu-img: ", "qemuspec: error: ")
    assert mine.stderr.decode() == expected.replace("'qemu-img --help'", "'qemuspec --help'")


REBASES = {
    "onto another base": ["-b", "other.qcow2", "-F", "qcow2"],
    "onto a smaller base": ["-b", "small.qcow2", "-F", "qcow2"],
    "onto a longer raw base": ["-b", "flat.raw", "-F", "raw"],
    "onto the base under mid": ["-b", "base.qcow2", "-F", "qcow2"],
    "no backing file": ["-b", ""],
    "unsafe": ["-u", "-b", "small.qcow2", "-F", "qcow2"],
    "unsafe without a backing file": ["-u", "-b", ""],
}


@pytest.mark.parametrize("args", REBASES.values(), ids=REBASES.keys())
def test_rebase_as_qemu_img(twins, args):
    ours, theirs = twins()
    mine, peer = both("rebase", ours, theirs, *args)
    assert peer.returncode == 0, peer.stderr
    assert_same_outcome(mine, peer, ours, theirs)
    assert_same(ours, theirs, "top.qcow2", "mid.qcow2", "base.qcow2")


def test_rebase_keeps_the_guest_data(twins):
    ours, theirs = twins()
    qemu_img("convert", "-U", "-O", "raw", ours / "top.qcow2", ours / "view.raw")
    mine = run([QEMUSPEC, "rebase", "-b", "other.qcow2", "-F", "qcow2", str(ours / "top.qcow2")])
    assert mine.returncode == 0, mine.stderr
    assert subprocess.run(["qemu-img", "compare", "-U", "-F", "raw", str(ours / "top.qcow2"),
                           str(ours / "view.raw")]).returncode == 0


def test_rebase_of_a_raw_backed_image(twins):
    ours, theirs = twins(base_fmt="raw")
    mine, peer = both("rebase", ours, theirs, "-b", "other.qcow2", "-F", "qcow2", file="mid.qcow2")
    assert peer.returncode == 0, peer.stderr
    assert_same_outcome(mine, peer, ours, theirs)
    assert_same(ours, theirs, "mid.qcow2", "top.qcow2")


COMMITS = {"into the backing file": [], "into the base of a 3-deep chain": ["-b", "base.qcow2"],
           "without emptying": ["-d"], "quiet": ["-q"]}


@pytest.mark.parametrize("args", COMMITS.values(), ids=COMMITS.keys())
def test_commit_as_qemu_img(twins, args):
    ours, theirs = twins()
    mine, peer = both("commit", ours, theirs, *args)
    assert peer.returncode == 0, peer.stderr
    assert_same_outcome(mine, peer, ours, theirs)
    assert_same(ours, theirs, "top.qcow2", "mid.qcow2", "base.qcow2")


@pytest.mark.parametrize("top_options", ["compat=0.10", "lazy_refcounts=on"])
def test_commit_of_other_qcow2_kinds(twins, top_options):
    ours, theirs = twins(top_options=top_options)
    mine, peer = both("commit", ours, theirs)
    assert peer.returncode == 0, peer.stderr
    assert_same_outcome(mine, peer, ours, theirs)
    assert_same(ours, theirs, "top.qcow2", "mid.qcow2")


def test_commit_of_a_snapshotted_top_discards_every_cluster(twins):
    ours, theirs = twins()
    for folder in (ours, theirs):
        qemu_img("snapshot", "-c", "s1", folder / "top.qcow2")
    mine, peer = both("commit", ours, theirs)
    assert peer.returncode == 0, peer.stderr
    assert_same_outcome(mine, peer, ours, theirs)
    assert_same(ours, theirs, "top.qcow2", "mid.qcow2")


def test_commit_into_a_raw_backing_file(twins):
    ours, theirs = twins(base_fmt="raw")
    mine, peer = both("commit", ours, theirs, file="mid.qcow2")
    assert peer.returncode == 0, peer.stderr
    assert_same_outcome(mine, peer, ours, theirs)
    assert_same(ours, theirs, "mid.qcow2", "base.raw")
    assert (ours / "base.raw").stat().st_size == (theirs / "base.raw").stat().st_size


def test_commit_into_a_raw_backing_file_punches_its_zeros_as_qemu_img(twins):
    """mid's zero write over the base's data (6m, 64k) becomes a hole in the raw base, as qemu-img's
    (elsewhere qemu-img's mirror writes whole chunks of its granularity: the maps need not agree)."""
    ours, theirs = twins(base_fmt="raw")
    mine, peer = both("commit", ours, theirs, file="mid.qcow2")
    assert peer.returncode == mine.returncode == 0, (peer.stderr, mine.stderr)
    for folder in (ours, theirs):
        extents = json.loads(qemu_img("map", "--output=json", "-f", "raw", folder / "base.raw"))
        assert any(e["start"] <= 6 << 20 and (6 << 20) + (64 << 10) <= e["start"] + e["length"] and e["zero"]
                   and not e["data"] for e in extents), (folder, extents)
    assert_same(ours, theirs, "base.raw")


ERRORS = {
    "rebase without -b": ("rebase", []),
    "rebase without -F": ("rebase", ["-b", "other.qcow2"]),
    "rebase -u without -F": ("rebase", ["-u", "-b", "other.qcow2"]),
    "rebase onto a missing file": ("rebase", ["-b", "{d}/none.qcow2", "-F", "qcow2"]),
    "rebase with a bad format name": ("rebase", ["-b", "other.qcow2", "-F", "bogus"]),
    "rebase with a bad cache": ("rebase", ["-t", "bogus", "-b", ""]),
    "rebase with a name too long": ("rebase", ["-u", "-F", "raw", "-b", "n" * 1100]),
    "commit into a base not in the chain": ("commit", ["-b", "other.qcow2"]),
    "commit with a bad cache": ("commit", ["-t", "bogus"]),
}


@pytest.mark.parametrize("command, args", ERRORS.values(), ids=ERRORS.keys())
def test_errors_as_qemu_img(twins, command, args):
    ours, theirs = twins()
    before = (ours / "top.qcow2").read_bytes()
    mine, peer = both(command, ours, theirs, *args)
    assert peer.returncode == 1
    assert_same_outcome(mine, peer, ours, theirs)
    assert (ours / "top.qcow2").read_bytes() == before


def test_commit_of_an_image_without_backing_file(twins):
    ours, theirs = twins()
    mine, peer = both("commit", ours, theirs, file="other.qcow2")
    assert peer.returncode == 1
    assert_same_outcome(mine, peer, ours, theirs)


@pytest.mark.parametrize("command", ["rebase", "commit"])
def test_too_many_files_as_qemu_img(twins, command):
    ours, theirs = twins()
    mine, peer = both(command, ours, theirs, "-b", "", "{d}/mid.qcow2")
    assert_same_outcome(mine, peer, ours, theirs)


@pytest.mark.parametrize("command", [["rebase", "-b", "other.qcow2", "-F", "qcow2"], ["commit"]])
def test_a_backing_file_we_do_not_read_is_refused_with_nothing_written(tmp_path, command):
    base = tmp_path / "base.vmdk"
    qemu_img("create", "-q", "-f", "vmdk", base, "8M")
    top = create(tmp_path / "top.qcow2", "8M", backing=base, backing_fmt="vmdk")
    qemu_io(top, "write -P 0x51 0 64k")
    other = create(tmp_path / "other.qcow2", "8M")
    qemu_io(other, "write -P 0x52 0 1m")
    before, base_before = top.read_bytes(), base.read_bytes()
    result = run([QEMUSPEC, *command, str(top)])
    assert result.returncode == 1
    assert result.stderr.decode().startswith("qemuspec: error: ") and b"Traceback" not in result.stderr
    assert b"vmdk" in result.stderr.lower()
    assert top.read_bytes() == before and base.read_bytes() == base_before
