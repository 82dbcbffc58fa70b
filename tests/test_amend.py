"""qemuspec amend against qemu-img amend 7.2, on identical copies made by qemu-img and qemu-io."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

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


def _both(ours, theirs, change: str):
    mine = subprocess.run([QEMUSPEC, "amend", "-o", change, str(ours)], capture_output=True, text=True)
    peer = subprocess.run(["qemu-img", "amend", "-o", change, str(theirs)], capture_output=True, text=True)
    return mine, peer


def _snapshot_raw(image, tmp_path, name="snap"):
    out = tmp_path / f"{image.stem}.{name}.raw"
    qemu_img("convert", "-l", f"snapshot.name={name}", "-O", "raw", image, out)
    return out.read_bytes()


def _clean(image) -> bool:
    return subprocess.run(["qemu-img", "check", str(image)], capture_output=True).returncode == 0


@pytest.mark.parametrize("start", ["", "cluster_size=4k", "cluster_size=512", "lazy_refcounts=on", "cluster_size=16k"])
@pytest.mark.parametrize("change", ["compat=0.10", "compat=0.10,lazy_refcounts=off"])
def test_downgrade_as_qemu_img(tmp_path, start, change):
    """Version 3 to 2 with zero clusters (active and in a snapshot), compressed and shared clusters:
    the same bytes as qemu-img's result."""
    original, ours, theirs = _pair(tmp_path, start)
    qemu_io(original, "write -z 8M 64k", "write -z 640k 64k")
    shutil.copy(original, ours)
    shutil.copy(original, theirs)
    mine, peer = _both(ours, theirs, change)
    assert (mine.returncode, mine.stdout, peer.returncode) == (0, "", 0), mine.stderr
    assert _info(ours) == _info(theirs) and _info(ours)["format-specific"]["data"]["compat"] == "0.10"
    assert ours.read_bytes() == theirs.read_bytes()
    assert _clean(ours)
    assert subprocess.run(["qemu-img", "compare", str(ours), str(original)], capture_output=True).returncode == 0
    assert _snapshot_raw(ours, tmp_path) == _snapshot_raw(original, tmp_path)


def test_downgrade_with_a_backing_file_as_qemu_img(tmp_path):
    """With a backing file, zero clusters get clusters of zeros (counted as often as their L2 table,
    also those only a snapshot has)."""
    base = create(tmp_path / "base.qcow2", "16M")
    qemu_io(base, "write -P 0x21 0 16M")
    image = create(tmp_path / "orig.qcow2", "16M", backing=base)
    qemu_io(image, "write -P 1 0 1M", "write -z 128k 128k", "write -z 2M 64k")
    qemu_img("snapshot", "-c", "snap", image)
    qemu_io(image, "write -P 2 0 1M", "write -P 2 4M 64k")
    qemu_img("snapshot", "-c", "snap2", image)
    qemu_io(image, "write -z 8M 64k", "write -z 9M 128k")
    ours, theirs = tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2"
    shutil.copy(image, ours)
    shutil.copy(image, theirs)
    mine, peer = _both(ours, theirs, "compat=0.10")
    assert (mine.returncode, peer.returncode) == (0, 0), mine.stderr
    assert ours.read_bytes() == theirs.read_bytes()
    assert _clean(ours) and _info(ours) == _info(theirs)
    for name in ("snap", "snap2"):
        assert _snapshot_raw(ours, tmp_path, name) == _snapshot_raw(image, tmp_path, name)
    assert subprocess.run(["qemu-img", "compare", str(ours), str(image)], capture_output=True).returncode == 0


def test_downgrade_keeps_a_snapshot_that_qemu_img_zeroes(tmp_path):
    """``write -z`` over a cluster shared with a snapshot leaves a zero entry that keeps the shared host
    cluster; qemu-img 7.2 writes zeros over it (the snapshot changes), qemuspec lets go of it."""
    base = create(tmp_path / "base.qcow2", "4M")
    qemu_io(base, "write -P 0x21 0 4M")
    image = create(tmp_path / "orig.qcow2", "4M", backing=base)
    qemu_io(image, "write -P 1 0 64k")
    qemu_img("snapshot", "-c", "snap", image)
    qemu_io(image, "write -z 0 64k")
    ours, theirs = tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2"
    shutil.copy(image, ours)
    shutil.copy(image, theirs)
    mine, peer = _both(ours, theirs, "compat=0.10")
    assert (mine.returncode, peer.returncode) == (0, 0), mine.stderr
    assert _clean(ours) and _info(ours) == _info(theirs)
    assert subprocess.run(["qemu-img", "compare", str(ours), str(theirs)], capture_output=True).returncode == 0
    assert _snapshot_raw(ours, tmp_path) == _snapshot_raw(image, tmp_path) == b"\1" * 65536 + b"\x21" * ((4 << 20) - 65536)
    assert _snapshot_raw(theirs, tmp_path)[:65536] == bytes(65536)  # what qemu-img 7.2 does to it


def test_downgrade_of_an_image_left_dirty_as_qemu_img(tmp_path):
    """Lazy refcounts, a crash: the image is repaired first (as QEMU's open does), then downgraded."""
    image = create(tmp_path / "orig.qcow2", "16M", "lazy_refcounts=on")
    subprocess.run(["qemu-io", "-c", "write -P 1 0 1M", "-c", "write -z 2M 64k", "-c", "abort", str(image)],
                   capture_output=True)
    assert _info(image)["format-specific"]["data"]["lazy-refcounts"] is True
    ours, theirs = tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2"
    shutil.copy(image, ours)
    shutil.copy(image, theirs)
    mine, peer = _both(ours, theirs, "compat=0.10")
    assert (mine.returncode, peer.returncode) == (0, 0), mine.stderr
    assert _clean(ours) and _info(ours) == _info(theirs)
    assert subprocess.run(["qemu-img", "compare", str(ours), str(theirs)], capture_output=True).returncode == 0


@pytest.mark.parametrize("options,writes,change,words", [
    ("refcount_bits=8", [], "compat=0.10", "compat=0.10 requires refcount_bits=16"),
    ("refcount_bits=8", [], "compat=0.10,refcount_bits=8", "compat=0.10 requires refcount_bits=16"),
    ("", [], "compat=0.10,refcount_bits=8", "Refcount widths other than 16 bits require compatibility level 1.1"),
    ("", [], "compat=0.10,lazy_refcounts=on", "Lazy refcounts only supported with compatibility level 1.1"),
    ("extended_l2=on", [], "compat=0.10", "Cannot downgrade an image with incompatible features 0x10 set"),
    ("data_file={tmp}/data.raw", [], "compat=0.10", "Cannot downgrade an image with a data file"),
    ("compression_type=zstd", ["write -c -P 3 0 64k"], "compat=0.10",
     "Cannot downgrade an image with zstd compression type and existing compressed clusters"),
    ("", ["snapshot", "resize"], "compat=0.10", "Internal snapshots prevent downgrade of image"),
])
def test_downgrade_refusals_as_qemu_img_and_unchanged(tmp_path, options, writes, change, words):
    image = create(tmp_path / "a.qcow2", "4M", options.format(tmp=tmp_path))
    for command in writes:
        if command == "snapshot":
            qemu_img("snapshot", "-c", "s", image)
        elif command == "resize":
            qemu_img("resize", image, "8M")
        else:
            qemu_io(image, command)
    before = image.read_bytes()
    peer_copy = tmp_path / "b.qcow2"
    peer_copy.write_bytes(before)
    mine, peer = _both(image, peer_copy, change)
    assert mine.returncode == peer.returncode == 1
    assert words in peer.stderr and words in mine.stderr, mine.stderr
    assert image.read_bytes() == before


def test_downgrade_of_zstd_without_compressed_clusters_as_qemu_img(tmp_path):
    image = create(tmp_path / "orig.qcow2", "4M", "compression_type=zstd")
    qemu_io(image, "write -P 3 0 64k", "write -z 1M 64k")
    ours, theirs = tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2"
    shutil.copy(image, ours)
    shutil.copy(image, theirs)
    mine, peer = _both(ours, theirs, "compat=0.10")
    assert (mine.returncode, peer.returncode) == (0, 0), mine.stderr
    assert ours.read_bytes() == theirs.read_bytes()
    assert _info(ours)["format-specific"]["data"]["compression-type"] == "zlib"


def test_downgrade_with_bitmaps_is_refused_and_changes_nothing(tmp_path):
    """qemu-img 7.2 downgrades it, but keeps the bitmaps where QEMU then finds them inconsistent
    and their clusters leaked (qemu-img check exit 3); qemuspec refuses."""
    image = create(tmp_path / "a.qcow2", "4M")
    qemu_img("bitmap", "--add", image, "b0")
    qemu_io(image, "write -P 1 0 64k")
    before = image.read_bytes()
    peer_copy = tmp_path / "b.qcow2"
    peer_copy.write_bytes(before)
    mine, peer = _both(image, peer_copy, "compat=0.10")
    assert (mine.returncode, peer.returncode) == (1, 0)
    assert "bitmaps" in mine.stderr and "nothing was written" in mine.stderr
    assert subprocess.run(["qemu-img", "check", str(peer_copy)], capture_output=True).returncode == 3
    assert image.read_bytes() == before


# -- refcount_bits ---------------------------------------------------------------------


@pytest.mark.parametrize("start", ["", "refcount_bits=2", "refcount_bits=64,cluster_size=4k",
                                   "refcount_bits=8,cluster_size=512"])
@pytest.mark.parametrize("bits", [1, 2, 8, 16, 64])
def test_refcount_bits_as_qemu_img(tmp_path, start, bits):
    """A new refcount structure of the new width, with a snapshot (refcounts of 2) and compressed
    clusters (higher ones): the same bytes as qemu-img's result, or its refusal with nothing written."""
    original, ours, theirs = _pair(tmp_path, start)
    mine, peer = _both(ours, theirs, f"refcount_bits={bits}")
    assert mine.returncode == peer.returncode, (mine.stderr, peer.stderr)
    if peer.returncode:
        assert "Cannot decrease refcount entry width" in peer.stderr
        assert peer.stderr.split("qemu-img: ", 1)[1] in mine.stderr
        assert ours.read_bytes() == original.read_bytes()
        return
    assert ours.read_bytes() == theirs.read_bytes()
    assert _info(ours) == _info(theirs) and _info(ours)["format-specific"]["data"]["refcount-bits"] == bits
    assert _clean(ours)
    assert subprocess.run(["qemu-img", "compare", str(ours), str(original)], capture_output=True).returncode == 0
    assert _snapshot_raw(ours, tmp_path) == _snapshot_raw(original, tmp_path)


@pytest.mark.parametrize("start,bits", [("cluster_size=512", 64), ("cluster_size=512,refcount_bits=1", 4),
                                        ("cluster_size=1k,refcount_bits=64", 1)])
def test_refcount_bits_of_many_blocks_as_qemu_img(tmp_path, start, bits):
    """Hundreds of refcount blocks, a new table of several clusters, blocks that count themselves."""
    image = create(tmp_path / "orig.qcow2", "64M", start)
    qemu_io(image, "write -P 1 0 12M", "write -P 2 30M 3M")
    ours, theirs = tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2"
    shutil.copy(image, ours)
    shutil.copy(image, theirs)
    mine, peer = _both(ours, theirs, f"refcount_bits={bits}")
    assert (mine.returncode, peer.returncode) == (0, 0), mine.stderr
    assert ours.read_bytes() == theirs.read_bytes()
    assert _clean(ours)


@pytest.mark.parametrize("start,change", [
    ("compat=0.10", "compat=1.1,refcount_bits=8"),
    ("compat=0.10", "compat=1.1,refcount_bits=64,lazy_refcounts=on"),
    ("refcount_bits=8", "compat=0.10,refcount_bits=16"),
    ("refcount_bits=64,lazy_refcounts=on", "compat=0.10,refcount_bits=16"),
    ("refcount_bits=4", "refcount_bits=32,lazy_refcounts=on"),
])
def test_refcount_bits_with_other_options_as_qemu_img(tmp_path, start, change):
    """qemu-img's order: upgrade, refcount width, lazy refcounts, downgrade."""
    original, ours, theirs = _pair(tmp_path, start)
    mine, peer = _both(ours, theirs, change)
    assert (mine.returncode, peer.returncode) == (0, 0), mine.stderr
    assert ours.read_bytes() == theirs.read_bytes()
    assert _clean(ours) and _info(ours) == _info(theirs)


@pytest.mark.parametrize("value,words", [
    ("3", "Refcount width must be a power of two and may not exceed 64 bits"),
    ("128", "Refcount width must be a power of two and may not exceed 64 bits"),
    ("0", "Refcount width must be a power of two and may not exceed 64 bits"),
    ("abc", "Parameter 'refcount_bits' expects a number"),
])
def test_refcount_bits_values_refused_as_qemu_img(tmp_path, value, words):
    image = create(tmp_path / "a.qcow2", "1M")
    before = image.read_bytes()
    peer_copy = tmp_path / "b.qcow2"
    peer_copy.write_bytes(before)
    mine, peer = _both(image, peer_copy, f"refcount_bits={value}")
    assert mine.returncode == peer.returncode == 1
    assert words in peer.stderr and words in mine.stderr
    assert image.read_bytes() == before


def _replay_crashes(tmp_path, image, step, original):
    """Run ``step(writer)`` with a journal, then every image a crash could leave (each flushed prefix,
    with any part of the unflushed writes after it): qemu-img check finds no corruption (leaks at
    most), and the guest reads what it read before."""
    import random

    from qemuspec.block.qcow2.writer import Qcow2Writer

    base = image.read_bytes()
    journal: list = []
    with Qcow2Writer(image, journal=journal) as writer:
        step(writer)
    flushes = [k for k, op in enumerate(journal) if op[0] == "flush"] + [len(journal)]
    rng = random.Random(5)
    crash = tmp_path / "crash.qcow2"
    for cut in flushes:
        last = max([k for k in flushes if k < cut], default=-1)
        epoch = [op for op in journal[last + 1:cut] if op[0] == "write"]
        for attempt in range(2):
            state = bytearray(base)
            for op in journal[:last + 1] + rng.sample(epoch, rng.randrange(len(epoch) + 1) if attempt else 0):
                if op[0] == "write":
                    _, offset, data = op
                    state.extend(bytes(max(0, offset + len(data) - len(state))))
                    state[offset:offset + len(data)] = data
            crash.write_bytes(bytes(state))
            check = subprocess.run(["qemu-img", "check", str(crash)], capture_output=True, text=True)
            assert check.returncode in (0, 3), (cut, attempt, check.stdout)
            same = subprocess.run(["qemu-img", "compare", str(crash), str(original)], capture_output=True)
            assert same.returncode == 0, (cut, attempt)


@pytest.mark.parametrize("start,bits,writes", [
    ("", 8, ["write -P 1 0 1M", "write -P 2 3M 512k"]),
    ("refcount_bits=1,cluster_size=512", 64, ["write -P 1 0 1M", "write -P 2 3M 512k"]),
    ("cluster_size=512", 64, ["write -P 1 0 7.8M"]),  # the old refcount table grows and moves mid-way
])
def test_refcount_bits_crash_at_any_point_leaves_at_most_leaks(tmp_path, start, bits, writes):
    from qemuspec.block.qcow2.refcount_width import change_refcount_width

    image = create(tmp_path / "orig.qcow2", "8M", start)
    qemu_io(image, *writes)
    original = tmp_path / "copy.qcow2"
    shutil.copy(image, original)
    _replay_crashes(tmp_path, image, lambda writer: change_refcount_width(writer, bits), original)
    assert _info(image)["format-specific"]["data"]["refcount-bits"] == bits


def test_downgrade_crash_at_any_point_leaves_at_most_leaks(tmp_path):
    from qemuspec.block.qcow2.downgrade import downgrade

    base = create(tmp_path / "base.qcow2", "8M")
    qemu_io(base, "write -P 0x21 0 8M")
    image = create(tmp_path / "orig.qcow2", "8M", backing=base)
    qemu_io(image, "write -P 1 0 1M", "write -z 2M 256k")
    qemu_img("snapshot", "-c", "snap", image)
    qemu_io(image, "write -z 4M 128k", "write -z 0 64k")
    original = tmp_path / "copy.qcow2"
    shutil.copy(image, original)
    _replay_crashes(tmp_path, image, downgrade, original)
    assert _info(image)["format-specific"]["data"]["compat"] == "0.10"


@pytest.mark.parametrize("megabytes,bits", [("7.8", 64), ("7.82", 32)])
def test_refcount_bits_when_the_old_table_must_grow(tmp_path, megabytes, bits):
    """The old refcount table is full and the new blocks run past what it covers: it grows mid-way
    as QEMU grows it (at the next refcount-block boundary, moved at once, the table before freed and
    reused): the same bytes as qemu-img's."""
    image = create(tmp_path / "orig.qcow2", "64M", "cluster_size=512")
    qemu_io(image, f"write -P 5 0 {megabytes}M")
    ours, theirs = tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2"
    shutil.copy(image, ours)
    shutil.copy(image, theirs)
    mine, peer = _both(ours, theirs, f"refcount_bits={bits}")
    assert (mine.returncode, peer.returncode) == (0, 0), mine.stderr
    assert ours.read_bytes() == theirs.read_bytes()
    assert _clean(ours) and _info(ours) == _info(theirs)
    assert subprocess.run(["qemu-img", "compare", str(ours), str(image)], capture_output=True).returncode == 0


@pytest.mark.parametrize("start,change", [
    ("compat=0.10", "compat=0.10"), ("compat=0.10", "lazy_refcounts=off"), ("compat=0.10", "refcount_bits=16"),
    ("", "compat=1.1"), ("refcount_bits=8", "refcount_bits=8"), ("lazy_refcounts=on", "lazy_refcounts=on"),
])
def test_amend_to_what_the_image_has_as_qemu_img(tmp_path, start, change):
    original, ours, theirs = _pair(tmp_path, start)
    mine, peer = _both(ours, theirs, change)
    assert (mine.returncode, peer.returncode) == (0, 0), mine.stderr
    assert ours.read_bytes() == theirs.read_bytes() == original.read_bytes()


@pytest.mark.parametrize("zeroed", ["7.9M", "12M"])
def test_downgrade_that_grows_the_refcount_table_as_qemu_img(tmp_path, zeroed):
    """Thousands of zero clusters over a backing file, 512-byte clusters: the clusters of zeros fill
    the refcount table, which grows (and moves at once) as QEMU grows it: the same bytes."""
    base = create(tmp_path / "base.qcow2", "64M")
    image = create(tmp_path / "orig.qcow2", "64M", "cluster_size=512", backing=base)
    qemu_io(image, "write -P 1 0 512k", f"write -z 1M {zeroed}")
    ours, theirs = tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2"
    shutil.copy(image, ours)
    shutil.copy(image, theirs)
    mine, peer = _both(ours, theirs, "compat=0.10")
    assert (mine.returncode, peer.returncode) == (0, 0), mine.stderr
    assert ours.read_bytes() == theirs.read_bytes()
    assert _clean(ours)


def test_downgrade_of_zero_clusters_in_a_shared_l2_table_as_qemu_img(tmp_path):
    """Zero clusters that keep their host cluster, in an L2 table two snapshots share with the
    active disk (refcount 3): zeros written there, the entries lose the copied flag, as in qemu-img."""
    image = create(tmp_path / "orig.qcow2", "4M")
    qemu_io(image, "write -P 1 0 256k", "write -z 64k 64k", "write -z 1M 64k")
    qemu_img("snapshot", "-c", "snap", image)
    qemu_img("snapshot", "-c", "snap2", image)
    ours, theirs = tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2"
    shutil.copy(image, ours)
    shutil.copy(image, theirs)
    mine, peer = _both(ours, theirs, "compat=0.10")
    assert (mine.returncode, peer.returncode) == (0, 0), mine.stderr
    assert ours.read_bytes() == theirs.read_bytes()
    assert _clean(ours)
    assert _snapshot_raw(ours, tmp_path) == _snapshot_raw(image, tmp_path)


# -- size, backing file, data file, encrypted images (issue #15) -------------------------------------

def _twins(tmp_path, image: Path) -> tuple[Path, Path]:
    """Two copies of ``image``, each in its own folder (a data file next to it is copied too)."""
    copies = []
    for name in ("ours", "theirs"):
        folder = tmp_path / name
        folder.mkdir()
        for item in image.parent.iterdir():
            if item.is_file():
                shutil.copy(item, folder / item.name)
        copies.append(folder / image.name)
    return copies[0], copies[1]


def _with_data_file(folder: Path, size: str, options: str) -> Path:
    """An image in ``folder`` whose data file d.raw is named relative to it (so that copies keep theirs)."""
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", "-o", ",".join(filter(None, ["data_file=d.raw", options])),
                    "a.qcow2", size], cwd=folder, check=True)
    subprocess.run(["qemu-io", "-f", "qcow2", "-c", "write -P 0x61 0 64k", "a.qcow2"], cwd=folder, check=True,
                   capture_output=True)
    return folder / "a.qcow2"


def _amend_in_folders(ours: Path, theirs: Path, change: str):
    """Both tools run in the image's folder: QEMU 7.2 takes a relative data file name from there."""
    mine = subprocess.run([QEMUSPEC, "amend", "-o", change, ours.name], capture_output=True, text=True,
                          cwd=ours.parent)
    peer = subprocess.run(["qemu-img", "amend", "-o", change, theirs.name], capture_output=True, text=True,
                          cwd=theirs.parent)
    return mine, peer


def _clean_in_folder(image: Path, image_opts: str | None = None) -> bool:
    named = ["--image-opts", image_opts] if image_opts else [image.name]
    return subprocess.run(["qemu-img", "check", *named], capture_output=True, cwd=image.parent).returncode == 0


def _same_folders(ours: Path, theirs: Path) -> None:
    names = sorted(p.name for p in theirs.parent.iterdir())
    assert sorted(p.name for p in ours.parent.iterdir()) == names
    for name in names:
        assert (ours.parent / name).read_bytes() == (theirs.parent / name).read_bytes(), name


SIZE_STARTS = ["", "cluster_size=4k", "compat=0.10", "lazy_refcounts=on", "extended_l2=on,cluster_size=16k",
               "cluster_size=1k", "refcount_bits=4"]


@pytest.mark.parametrize("start", SIZE_STARTS)
@pytest.mark.parametrize("size", ["64M", "2G", "40M", "10M", "5632k", "512", "48M"])
def test_size_as_qemu_img(tmp_path, start, size):
    """Grow and shrink: the same bytes as qemu-img amend (freed clusters zeroed, the file cut after
    the last used cluster, an L2 table QEMU's discard allocates kept), a clean image, the data kept."""
    src = tmp_path / "src"
    src.mkdir()
    image = create(src / "a.qcow2", "48M", start)
    qemu_io(image, "write -P 0x61 0 1M", "write -c -P 0x62 40M 64k", "write -P 0x63 44M 2M", "write -z 20M 1M",
            "write -P 0x64 6M 100k")
    if "compat=0.10" not in start:
        qemu_img("snapshot", "-c", "snap", image)
        qemu_io(image, "write -P 0x65 512k 1M", "write -P 0x66 46M 64k")
    ours, theirs = _twins(tmp_path, image)
    mine, peer = _both(ours, theirs, f"size={size}")
    assert (mine.returncode, peer.returncode) == (0, 0), mine.stderr + peer.stderr
    assert ours.read_bytes() == theirs.read_bytes()
    assert _clean(ours)
    qemu_img("convert", "-O", "raw", ours, tmp_path / "ours.raw")
    qemu_img("convert", "-O", "raw", image, tmp_path / "orig.raw")
    kept = min((tmp_path / "ours.raw").stat().st_size, 48 << 20)
    assert (tmp_path / "ours.raw").read_bytes()[:kept] == (tmp_path / "orig.raw").read_bytes()[:kept]


@pytest.mark.parametrize("raw", ["off", "on"])
@pytest.mark.parametrize("size", ["2M", "512k", "1000k", "200M"])
def test_size_of_an_image_with_a_data_file_as_qemu_img(tmp_path, raw, size):
    """The data file is resized to the exact size; a raw one gets the new clusters mapped as QEMU maps them."""
    src = tmp_path / "src"
    src.mkdir()
    image = _with_data_file(src, "1M", f"data_file_raw={raw}")
    ours, theirs = _twins(tmp_path, image)
    mine, peer = _amend_in_folders(ours, theirs, f"size={size}")
    assert (mine.returncode, peer.returncode) == (0, 0), mine.stderr + peer.stderr
    _same_folders(ours, theirs)
    assert _clean_in_folder(ours)


@pytest.mark.parametrize("start,change,words", [
    ("", "size=10000000", "The new size must be a multiple of 512"),
    ("", "size=abc", "Parameter 'size' expects a non-negative number below 2^64"),
    ("", "size=-1M", "Parameter 'size' expects a non-negative number below 2^64"),
    ("compat=0.10", "size=32M", "Can't resize a v2 image which has snapshots"),
    ("", "compat=1.1,size=100", "The new size must be a multiple of 512"),
])
def test_size_refusals_as_qemu_img_and_unchanged(tmp_path, start, change, words):
    image = create(tmp_path / "a.qcow2", "16M", start)
    qemu_io(image, "write -P 0x41 0 64k")
    qemu_img("snapshot", "-c", "snap", image)
    before = image.read_bytes()
    theirs = tmp_path / "b.qcow2"
    theirs.write_bytes(before)
    mine, peer = _both(image, theirs, change)
    assert mine.returncode == peer.returncode == 1
    assert words in peer.stderr and words in mine.stderr, mine.stderr
    assert image.read_bytes() == before


def test_size_zero_changes_nothing_as_in_qemu_img(tmp_path):
    original, ours, theirs = _pair(tmp_path, "")
    mine, peer = _both(ours, theirs, "size=0")
    assert (mine.returncode, peer.returncode) == (0, 0)
    assert ours.read_bytes() == theirs.read_bytes() == original.read_bytes()


@pytest.mark.parametrize("size", ["32M", "8M", "1G", "12M", "13M"])
def test_size_with_persistent_bitmaps_as_qemu_img(tmp_path, size):
    """The bitmaps follow the new size (new bits clear, bits past the end gone, a shrink marks nothing):
    the same bitmaps, flags and dirty ranges as in qemu-img's result (where the bitmap tables are
    stored differs), the same guest data, a clean image."""
    from qemuspec.block.qcow2.bitmap import dirty_ranges, list_bitmaps
    from qemuspec.block.qcow2.image import Qcow2Image

    image = create(tmp_path / "a.qcow2", "16M")
    qemu_img("bitmap", "--add", image, "b0")
    qemu_img("bitmap", "--add", "-g", "4k", image, "b1")
    qemu_img("bitmap", "--add", "--disable", image, "b2")
    qemu_io(image, "write -P 0x61 0 1M", "write -P 0x62 12M 1M", "write -P 0x63 15M 64k")
    ours, theirs = tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2"
    shutil.copy(image, ours)
    shutil.copy(image, theirs)
    mine, peer = _both(ours, theirs, f"size={size}")
    assert (mine.returncode, peer.returncode) == (0, 0), mine.stderr
    assert _info(ours) == _info(theirs)
    found = []
    for path in (ours, theirs):
        with Qcow2Image(path) as opened:
            found.append([(b.name, b.granularity, b.flags, dirty_ranges(opened, b)) for b in list_bitmaps(opened)])
    assert found[0] == found[1]
    assert any(ranges for *_, ranges in found[0])
    assert _clean(ours)
    assert subprocess.run(["qemu-img", "compare", str(ours), str(theirs)], capture_output=True).returncode == 0


def _backed(tmp_path) -> Path:
    create(tmp_path / "base.qcow2", "4M")
    image = create(tmp_path / "top.qcow2", "4M", backing=tmp_path / "base.qcow2")
    qemu_io(image, "write -P 0x41 0 64k")
    return image


@pytest.mark.parametrize("change", ["backing_file=base.qcow2,backing_fmt=qcow2", "compat=1.1,backing_file=base.qcow2,"
                                    "backing_fmt=qcow2,lazy_refcounts=on"])
def test_backing_options_naming_what_the_image_has_as_qemu_img(tmp_path, change):
    image = _backed(tmp_path)
    ours, theirs = tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2"
    shutil.copy(image, ours)
    shutil.copy(image, theirs)
    mine, peer = _both(ours, theirs, change)
    assert (mine.returncode, peer.returncode) == (0, 0), mine.stderr + peer.stderr
    assert ours.read_bytes() == theirs.read_bytes()
    assert _clean(ours)


@pytest.mark.parametrize("change", ["backing_file=other.qcow2,backing_fmt=qcow2", "backing_file=base.qcow2",
                                    "backing_fmt=raw", "backing_fmt=qcow2", "backing_file=",
                                    "lazy_refcounts=on,backing_file=x,backing_fmt=qcow2",
                                    "refcount_bits=8,backing_fmt=raw"])
def test_backing_changes_refused_as_qemu_img_and_unchanged(tmp_path, change):
    """qemu-img 7.2 amend refuses any other backing name or format (and points at rebase);
    qemu-img does the refcount width before it refuses, we refuse before writing anything."""
    image = _backed(tmp_path)
    before = image.read_bytes()
    theirs = tmp_path / "theirs.qcow2"
    shutil.copy(image, theirs)
    mine, peer = _both(image, theirs, change)
    assert mine.returncode == peer.returncode == 1
    words = "Cannot amend the backing file\nYou can use 'qemu-img rebase' instead."
    assert words in peer.stderr and words in mine.stderr, mine.stderr
    assert image.read_bytes() == before


@pytest.mark.parametrize("start", ["", "data_file_raw=on", "extended_l2=on"])
@pytest.mark.parametrize("change", ["data_file=other.raw", "data_file=", "data_file_raw=off", "data_file_raw=on",
                                    "data_file=" + "n" * 300 + ".raw,data_file_raw=off", "lazy_refcounts=on,data_file=x"])
def test_data_file_options_as_qemu_img(tmp_path, start, change):
    src = tmp_path / "src"
    src.mkdir()
    image = _with_data_file(src, "1M", start)
    ours, theirs = _twins(tmp_path, image)
    mine, peer = _amend_in_folders(ours, theirs, change)
    assert mine.returncode == peer.returncode, mine.stderr + peer.stderr
    _same_folders(ours, theirs)
    if peer.returncode:
        assert peer.stderr.split(": ", 1)[1] in mine.stderr
        assert ours.read_bytes() == image.read_bytes()
    elif "data_file=" not in change:
        assert _clean_in_folder(ours)
    else:  # the image names another data file now: checked with the old one given
        assert _clean_in_folder(ours, f"driver=qcow2,file.filename={ours.name},data-file.filename=d.raw")


@pytest.mark.parametrize("change,words", [
    ("data_file=x.raw", "data-file can only be set for images that use an external data file"),
    ("data_file=", "data-file can only be set for images that use an external data file"),
    ("data_file_raw=on", "data-file-raw cannot be set on existing images"),
    ("compat=1.1,data_file_raw=on", "data-file-raw cannot be set on existing images"),
])
def test_data_file_options_refused_without_a_data_file_as_qemu_img(tmp_path, change, words):
    image = create(tmp_path / "a.qcow2", "1M", "compat=0.10" if "compat" in change else "")
    before = image.read_bytes()
    theirs = tmp_path / "theirs.qcow2"
    shutil.copy(image, theirs)
    mine, peer = _both(image, theirs, change)
    assert mine.returncode == peer.returncode == 1
    assert words in peer.stderr and words in mine.stderr
    assert image.read_bytes() == before


def test_data_file_raw_off_without_a_data_file_as_qemu_img(tmp_path):
    original, ours, theirs = _pair(tmp_path, "")
    mine, peer = _both(ours, theirs, "data_file_raw=off")
    assert (mine.returncode, peer.returncode) == (0, 0)
    assert ours.read_bytes() == theirs.read_bytes() == original.read_bytes()


@pytest.mark.parametrize("change", ["lazy_refcounts=on", "size=4M", "size=512k", "refcount_bits=4", "compat=0.10",
                                    "data_file_raw=off"])
def test_amend_of_a_luks_image_with_its_key_as_qemu_img(tmp_path, change):
    from test_qcow2_encryption import keyed, make_encrypted

    image = make_encrypted(tmp_path, "luks")
    ours, theirs = tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2"
    shutil.copy(image, ours)
    shutil.copy(image, theirs)
    mine = subprocess.run([QEMUSPEC, "amend", "-o", change, *keyed(ours)], capture_output=True, text=True)
    peer = subprocess.run(["qemu-img", "amend", "-o", change, *keyed(theirs)], capture_output=True, text=True)
    assert (mine.returncode, peer.returncode) == (0, 0), mine.stderr + peer.stderr
    assert ours.read_bytes() == theirs.read_bytes()
    assert subprocess.run(["qemu-img", "check", *keyed(ours)[:2], "--image-opts", keyed(ours)[3]],
                          capture_output=True).returncode == 0


def test_amend_of_a_luks_image_without_its_key_is_refused_and_changes_nothing(tmp_path):
    from test_qcow2_encryption import make_encrypted

    image = make_encrypted(tmp_path, "luks")
    before = image.read_bytes()
    theirs = tmp_path / "theirs.qcow2"
    shutil.copy(image, theirs)
    mine, peer = _both(image, theirs, "lazy_refcounts=on")
    assert mine.returncode == peer.returncode == 1
    assert "encrypt.key-secret" in peer.stderr and "encrypt.key-secret" in mine.stderr
    assert image.read_bytes() == before == theirs.read_bytes()


# -- LUKS keyslots (encrypt.*) ------------------------------------------------------------------------

NEW_SECRET = "secret,id=s1,data=other words"
# tests/qemu_made/luks-2slots.qcow2.xz: qemu-img 7.2 amend of qemu_made/luks.qcow2 with
# --object NEW_SECRET -o encrypt.state=active,encrypt.new-secret=s1,encrypt.iter-time=10 (slot 1)
TWO_SLOTS = Path(__file__).parent / "qemu_made" / "luks-2slots.qcow2.xz"


def _luks_copies(tmp_path, fixture: str) -> tuple[Path, Path, Path]:
    import lzma

    original = tmp_path / "orig.qcow2"
    original.write_bytes(lzma.decompress((Path(__file__).parent / "qemu_made" / fixture).read_bytes()))
    ours, theirs = tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2"
    shutil.copy(original, ours)
    shutil.copy(original, theirs)
    return original, ours, theirs


def _amend_keyed(tool: str, image: Path, change: str, *extra: str) -> subprocess.CompletedProcess:
    from test_qcow2_encryption import keyed

    return subprocess.run([tool, "amend", *extra, "--object", NEW_SECRET, "-o", change, *keyed(image)],
                          capture_output=True, text=True)


def _qemu_amend_retrying(image: Path, change: str, *extra: str) -> subprocess.CompletedProcess:
    """qemu-img times PBKDF2 and here often cannot ("Unable to get accurate CPU usage"): a few tries."""
    for _ in range(6):
        peer = _amend_keyed("qemu-img", image, change, *extra)
        if "Unable to get accurate CPU usage" not in peer.stderr:
            break
    return peer


def _luks_info(image: Path) -> dict:
    return json.loads(qemu_img("info", "--output=json", image))["format-specific"]["data"]["encrypt"]


def _slot_spans(image: Path, slot: int) -> list[tuple[int, int]]:
    """The file ranges a key slot's change may differ in: its 48 header bytes and its key material."""
    from qemuspec.block.qcow2.crypto import LUKS_SLOT_BYTES, LUKS_SLOT_OFFSET
    from qemuspec.block.qcow2.image import Qcow2Image

    with Qcow2Image(image, backing=False) as opened:
        enc = opened.encryption
        header = enc.file_offset + LUKS_SLOT_OFFSET + slot * LUKS_SLOT_BYTES
        material = enc.file_offset + enc.header.key_slots[slot].ofs_key_material * 512
        return [(header, header + LUKS_SLOT_BYTES), (material, material + enc.header.len_key * 4000)]


def _same_outside(a: bytes, b: bytes, spans: list[tuple[int, int]]) -> bool:
    a, b = bytearray(a), bytearray(b)
    for start, stop in spans:
        a[start:stop] = b[start:stop] = bytes(stop - start)
    return a == b


def _opens_with(image: Path, secret: str) -> bool:
    from test_qcow2_encryption import image_opts

    return subprocess.run(["qemu-img", "check", "--object", secret, "--image-opts", image_opts(image)],
                          capture_output=True).returncode == 0


def test_keyslot_added_as_qemu_img_adds_it(tmp_path):
    """A new passphrase in the first free slot (1): the header as qemu-img writes it but for that
    slot's salt, iterations and key material (random, and timed on this machine); qemu-img opens
    the image with either passphrase and finds it clean."""
    from test_qcow2_encryption import SECRET

    original, ours, theirs = _luks_copies(tmp_path, "luks.qcow2.xz")
    change = "encrypt.state=active,encrypt.new-secret=s1,encrypt.iter-time=10"
    mine = _amend_keyed(QEMUSPEC, ours, change)
    assert mine.returncode == 0, mine.stderr
    peer = _qemu_amend_retrying(theirs, change)
    if peer.returncode:  # qemu-img could not time PBKDF2 here: what it wrote once, kept in qemu_made/
        assert "Unable to get accurate CPU usage" in peer.stderr, peer.stderr
        import lzma

        theirs.write_bytes(lzma.decompress(TWO_SLOTS.read_bytes()))
    assert _same_outside(ours.read_bytes(), theirs.read_bytes(), _slot_spans(ours, 1))
    info, peer_info = _luks_info(ours), _luks_info(theirs)
    for slots in (info["slots"], peer_info["slots"]):
        slots[1].pop("iters")
    assert info == peer_info
    assert [s["active"] for s in info["slots"]] == [True, True] + [False] * 6
    assert _opens_with(ours, NEW_SECRET.replace("s1", "s0")) and _opens_with(ours, SECRET)


@pytest.mark.parametrize("change,slot", [("encrypt.state=inactive,encrypt.keyslot=1", 1),
                                         ("encrypt.state=inactive,encrypt.old-secret=s1", 1),
                                         ("encrypt.state=inactive,encrypt.keyslot=0", 0),
                                         ("encrypt.state=inactive,encrypt.old-secret=s0", 0)])
def test_keyslot_erased_as_qemu_img_erases_it(tmp_path, change, slot):
    """From qemu-img's two-slot image: the same bytes but the erased slot's key material (random
    bytes from either tool), the other passphrase still opens it, the erased one does not."""
    from test_qcow2_encryption import SECRET

    if change.endswith("old-secret=s0"):
        change = change.replace("s0", "s2")  # old-secret names a secret object: the old passphrase again
    original, ours, theirs = _luks_copies(tmp_path, "luks-2slots.qcow2.xz")
    extra = ("--object", "secret,id=s2,data=correct horse")
    mine, peer = _amend_keyed(QEMUSPEC, ours, change, *extra), _amend_keyed("qemu-img", theirs, change, *extra)
    assert (mine.returncode, peer.returncode) == (0, 0), mine.stderr + peer.stderr
    header, material = _slot_spans(ours, slot)
    assert _same_outside(ours.read_bytes(), theirs.read_bytes(), [material])
    assert ours.read_bytes()[material[0]:material[1]] != original.read_bytes()[material[0]:material[1]]
    assert _luks_info(ours) == _luks_info(theirs)
    kept, erased = (SECRET, NEW_SECRET.replace("s1", "s0")) if slot == 1 else (NEW_SECRET.replace("s1", "s0"), SECRET)
    assert _opens_with(ours, kept) and not _opens_with(ours, erased)


def test_keyslot_overwritten_with_force_as_qemu_img(tmp_path):
    """--force lets the new passphrase replace the one in slot 0 (qemu-img's --force)."""
    original, ours, theirs = _luks_copies(tmp_path, "luks.qcow2.xz")
    change = "encrypt.state=active,encrypt.new-secret=s1,encrypt.keyslot=0,encrypt.iter-time=10"
    mine = _amend_keyed(QEMUSPEC, ours, change, "--force")
    assert mine.returncode == 0, mine.stderr
    peer = _qemu_amend_retrying(theirs, change, "--force")
    assert peer.returncode == 0 or "Unable to get accurate CPU usage" in peer.stderr, peer.stderr
    if peer.returncode == 0:
        assert _same_outside(ours.read_bytes(), theirs.read_bytes(), _slot_spans(ours, 0))
    assert _opens_with(ours, NEW_SECRET.replace("s1", "s0"))
    from test_qcow2_encryption import SECRET

    assert not _opens_with(ours, SECRET)


@pytest.mark.parametrize("change", [
    "encrypt.keyslot=1", "encrypt.state=foo", "encrypt.state=active", "encrypt.state=active,encrypt.new-secret=nope",
    "encrypt.state=active,encrypt.new-secret=s1,encrypt.old-secret=s0",
    "encrypt.state=active,encrypt.new-secret=s1,encrypt.keyslot=0",
    "encrypt.state=active,encrypt.new-secret=s1,encrypt.keyslot=8",
    "encrypt.state=active,encrypt.new-secret=s1,encrypt.keyslot=-1",
    "encrypt.state=inactive", "encrypt.state=inactive,encrypt.keyslot=0", "encrypt.state=inactive,encrypt.keyslot=3",
    "encrypt.state=inactive,encrypt.old-secret=s0", "encrypt.state=inactive,encrypt.old-secret=s1",
    "encrypt.state=inactive,encrypt.new-secret=s1", "encrypt.state=inactive,encrypt.iter-time=10,encrypt.keyslot=3",
    "encrypt.state=inactive,encrypt.keyslot=0,encrypt.old-secret=s1", "encrypt.iter-time=abc", "encrypt.keyslot=x",
    "encrypt.state=active,encrypt.new-secret=s1,compat=0.10,data_file_raw=on",
])
def test_keyslot_refusals_as_qemu_img_and_unchanged(tmp_path, change):
    original, ours, theirs = _luks_copies(tmp_path, "luks.qcow2.xz")
    mine, peer = _amend_keyed(QEMUSPEC, ours, change), _amend_keyed("qemu-img", theirs, change)
    assert mine.returncode == peer.returncode == 1
    words = peer.stderr.split(": ", 1)[1].strip()
    assert words in mine.stderr, mine.stderr
    assert ours.read_bytes() == original.read_bytes()


@pytest.mark.parametrize("source,words", [("plain", "Can't amend encryption options - encryption not present"),
                                          ("aes", "Only LUKS encryption options can be amended")])
def test_keyslot_options_on_other_images_refused_as_qemu_img(tmp_path, source, words):
    import lzma

    from test_qcow2_encryption import SECRET, keyed

    image = tmp_path / "a.qcow2"
    if source == "plain":
        create(image, "1M")
        named = ["--object", SECRET, str(image)]
    else:
        image.write_bytes(lzma.decompress((Path(__file__).parent / "qemu_made" / "aes.qcow2.xz").read_bytes()))
        named = keyed(image)
    before = image.read_bytes()
    for tool in (QEMUSPEC, "qemu-img"):
        result = subprocess.run([tool, "amend", "-o", "encrypt.state=active,encrypt.new-secret=s0", *named],
                                capture_output=True, text=True)
        assert result.returncode == 1 and words in result.stderr, (tool, result.stderr)
    assert image.read_bytes() == before


@pytest.mark.parametrize("args", [["8M"], ["--shrink", "8M"], ["--shrink", "--", "-30M"], ["1000"], ["+1000"], ["0"],
                                  ["--shrink", "100M"]])
def test_resize_shrinks_through_the_same_truncate_as_qemu_img_resize(tmp_path, args):
    """qemuspec resize shares amend's truncate: --shrink as in qemu-img resize, its refusals and words."""
    image = create(tmp_path / "a.qcow2", "64M")
    qemu_io(image, "write -P 1 0 1M", "write -P 2 40M 3M")
    ours, theirs = tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2"
    shutil.copy(image, ours)
    shutil.copy(image, theirs)
    mine = subprocess.run([QEMUSPEC, "resize", str(ours), *args], capture_output=True, text=True)
    peer = subprocess.run(["qemu-img", "resize", str(theirs), *args], capture_output=True, text=True)
    assert mine.returncode == peer.returncode
    assert ours.read_bytes() == theirs.read_bytes()
    for line in peer.stderr.splitlines():
        assert line.split(": ", 1)[1] in mine.stderr
    if not peer.returncode:
        assert _clean(ours)


@pytest.mark.parametrize("start,size", [("", 10 << 20), ("cluster_size=4k", 5 << 20), ("lazy_refcounts=on", 1 << 20)])
def test_shrink_crash_at_any_point_leaves_at_most_leaks(tmp_path, start, size):
    """Every image a crash during a shrink could leave: no corruption (leaks at most), and the guest
    data below the new end as it was."""
    import random

    from qemuspec.block.qcow2.writer import Qcow2Writer

    image = create(tmp_path / "orig.qcow2", "48M", start)
    qemu_io(image, "write -P 1 0 2M", "write -P 2 9M 3M", "write -P 3 40M 1M")
    qemu_img("snapshot", "-c", "snap", image)
    qemu_io(image, "write -P 4 11M 64k", "write -P 5 44M 64k")
    qemu_img("convert", "-O", "raw", image, tmp_path / "before.raw")
    kept = (tmp_path / "before.raw").read_bytes()[:size]
    base = image.read_bytes()
    journal: list = []
    with Qcow2Writer(image, journal=journal) as writer:
        writer.truncate(size)
    flushes = [k for k, op in enumerate(journal) if op[0] == "flush"] + [len(journal)]
    rng = random.Random(7)
    crash, raw = tmp_path / "crash.qcow2", tmp_path / "crash.raw"
    for cut in flushes:
        last = max([k for k in flushes if k < cut], default=-1)
        epoch = [op for op in journal[last + 1:cut] if op[0] == "write"]
        for attempt in range(2):
            state = bytearray(base)
            for op in journal[:last + 1] + rng.sample(epoch, rng.randrange(len(epoch) + 1) if attempt else 0):
                if op[0] == "write":
                    _, offset, data = op
                    state.extend(bytes(max(0, offset + len(data) - len(state))))
                    state[offset:offset + len(data)] = data
            crash.write_bytes(bytes(state))
            check = subprocess.run(["qemu-img", "check", str(crash)], capture_output=True, text=True)
            assert check.returncode in (0, 3), (cut, attempt, check.stdout)
            qemu_img("convert", "-O", "raw", crash, raw)
            assert raw.read_bytes()[:size] == kept, (cut, attempt)
    assert _clean(image)
