"""Images exactly as QEMU leaves them, read by the qemuspec CLI and compared with qemu-img.

Each test makes an image with qemu-img or qemu-io the way users do, then runs
the same command through qemuspec and through qemu-img and compares what they
say about it (or the guest data they return).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from conftest import QEMUSPEC, run
from qcow2_images import create, qemu_img, qemu_io
from qemuspec.fields import field_offset


def qemuspec(*args: str | Path) -> subprocess.CompletedProcess:
    return run([QEMUSPEC, *map(str, args)])


def test_snapshot_table_that_ends_the_file_without_padding_is_read(tmp_path):
    # `qemu-img snapshot -c` appends the table at the end of the file and does
    # not write the padding after its last entry.
    image = create(tmp_path / "disk.qcow2", "64M")
    qemu_io(image, "write -P 0x5a 0 1M")
    qemu_img("snapshot", "-c", "s1", image)
    qemu_img("snapshot", "-c", "snap2", image)
    assert image.stat().st_size % 8 != 0

    ours = qemuspec("info", "--output=json", image)
    assert ours.returncode == 0, ours.stderr
    theirs = json.loads(qemu_img("info", "--output=json", image))
    assert json.loads(ours.stdout)["snapshots"] == theirs["snapshots"]

    listing = qemuspec("snapshot", "-l", image)
    assert listing.returncode == 0, listing.stderr
    assert listing.stdout.decode() == qemu_img("snapshot", "-l", image)

    converted = qemuspec("convert", "-O", "raw", "-l", "s1", image, tmp_path / "s1.raw")
    assert converted.returncode == 0, converted.stderr
    qemu_img("convert", "-O", "raw", "-l", "s1", image, tmp_path / "s1.qemu.raw")
    assert (tmp_path / "s1.raw").read_bytes() == (tmp_path / "s1.qemu.raw").read_bytes()


FOREIGN = ["qcow", "vmdk", "vpc", "vhdx", "vdi", "qed"]


@pytest.mark.parametrize("fmt", FOREIGN)
def test_a_format_we_do_not_read_is_refused_not_read_as_raw(tmp_path, fmt):
    image = tmp_path / f"disk.{fmt}"
    qemu_img("create", "-q", "-f", fmt, image, "1M")
    assert json.loads(qemu_img("info", "--output=json", image))["format"] == fmt
    before = image.read_bytes()
    for command in (["info"], ["map"], ["check"], ["convert", "-O", "raw"]):
        args = [*command, image] + ([tmp_path / "out.raw"] if command[0] == "convert" else [])
        result = qemuspec(*args)
        assert result.returncode == 1, (command, result.stdout)
        expected = "qcow version 1 is not supported" if fmt == "qcow" else "qemuspec does not read"
        assert expected in result.stderr.decode(), (command, result.stderr)
    assert not (tmp_path / "out.raw").exists()
    assert image.read_bytes() == before


@pytest.mark.parametrize("name, head, fmt", [
    ("disk.img", b"Bochs Virtual HD Image".ljust(32, b"\0") + b"Redolog".ljust(16, b"\0") + b"Growing", "bochs"),
    ("disk.img", b"#!/bin/sh\n#V2.0 Format\nmodprobe cloop file=$0 && mount -r -t iso9660 /dev/cloop $1\n", "cloop"),
    ("disk.dmg", b"", "dmg"),
    ("disk.luks", b"LUKS\xba\xbe\0\1aes", "luks"),  # qemu-img create -f luks is flaky here (PBKDF timing)
    ("disk.vmdk", b"# Disk DescriptorFile\nversion=1\nCID=fffffffe\ncreateType=\"monolithicFlat\"\n", "vmdk"),
])
def test_formats_qemu_probes_by_content_or_name_are_recognised(tmp_path, name, head, fmt):
    from qemuspec.block import detect_format

    image = tmp_path / name
    image.write_bytes(head.ljust(4096, b"\0"))
    assert detect_format(image) == fmt
    result = qemuspec("info", image)
    assert result.returncode == 1 and "qemuspec does not read" in result.stderr.decode()


def test_backing_file_in_a_format_we_do_not_read(tmp_path):
    # info and check of the top image need no backing data, so they work; reading guest data refuses.
    base = tmp_path / "base.vmdk"
    qemu_img("create", "-q", "-f", "vmdk", base, "1M")
    top = create(tmp_path / "top.qcow2", "1M", backing=base, backing_fmt="vmdk")

    info = qemuspec("info", "--output=json", top)
    assert info.returncode == 0, info.stderr
    theirs = json.loads(qemu_img("info", "--output=json", top))
    ours = json.loads(info.stdout)
    for key in ("backing-filename", "backing-filename-format", "full-backing-filename", "virtual-size"):
        assert ours[key] == theirs[key]

    check = qemuspec("check", top)
    assert check.returncode == 0, check.stderr
    assert subprocess.run(["qemu-img", "check", "-q", str(top)]).returncode == 0

    for command in (["map", top], ["convert", "-O", "raw", top, tmp_path / "out.raw"]):
        result = qemuspec(*command)
        assert result.returncode == 1 and "VMware (vmdk) format" in result.stderr.decode()


def test_backing_format_file_reads_the_backing_file_as_it_is(tmp_path):
    base = tmp_path / "base.bin"
    base.write_bytes(bytes(range(256)) * 4 + b"tail")  # 1028 bytes: not whole sectors
    top = create(tmp_path / "top.qcow2", "4k", backing=base, backing_fmt="file")
    for command in (["info", "--output=json"], ["map", "--output=json"]):
        result = qemuspec(*command, top)
        assert result.returncode == 0, result.stderr
        theirs = json.loads(qemu_img(*command, top))
        ours = json.loads(result.stdout)
        if command[0] == "info":
            ours, theirs = ({k: v for k, v in d.items() if k != "actual-size"} for d in (ours, theirs))
        assert ours == theirs
    qemuspec("convert", "-O", "raw", top, tmp_path / "ours.raw")
    qemu_img("convert", "-O", "raw", top, tmp_path / "theirs.raw")
    assert (tmp_path / "ours.raw").read_bytes() == (tmp_path / "theirs.raw").read_bytes()


def test_raw_file_of_partial_sector_is_a_disk_of_whole_sectors(tmp_path):
    image = tmp_path / "odd.raw"
    image.write_bytes(b"\x5a" * 1000)
    info = json.loads(qemuspec("info", "--output=json", image).stdout)
    assert info["virtual-size"] == json.loads(qemu_img("info", "--output=json", image))["virtual-size"] == 1024
    ours = qemuspec("map", "--output=json", image)
    assert json.loads(ours.stdout) == json.loads(qemu_img("map", "--output=json", image))
    qemuspec("convert", "-O", "raw", image, tmp_path / "ours.raw")
    qemu_img("convert", "-O", "raw", image, tmp_path / "theirs.raw")
    assert (tmp_path / "ours.raw").read_bytes() == (tmp_path / "theirs.raw").read_bytes() == b"\x5a" * 1000 + bytes(24)


def test_check_of_a_format_without_checks_exits_63_like_qemu_img(tmp_path):
    image = tmp_path / "disk.raw"
    image.write_bytes(bytes(4096))
    theirs = subprocess.run(["qemu-img", "check", str(image)], capture_output=True, text=True)
    ours = qemuspec("check", image)
    assert ours.returncode == theirs.returncode == 63
    assert "does not support checks" in ours.stderr.decode() and "does not support checks" in theirs.stderr


def _mark_corrupt(image: Path) -> None:
    with open(image, "r+b") as f:  # incompatible_features bit 1: corrupt
        f.seek(field_offset("qcow2::header", "incompatible_features"))
        features = int.from_bytes(f.read(8), "big")
        f.seek(field_offset("qcow2::header", "incompatible_features"))
        f.write((features | 2).to_bytes(8, "big"))


def test_image_marked_corrupt_is_read_like_qemu_img_reads_it_and_never_written(tmp_path):
    image = create(tmp_path / "disk.qcow2", "4M")
    qemu_io(image, "write -P 0x33 0 128k")
    qemu_img("snapshot", "-c", "s", image)
    _mark_corrupt(image)
    before = image.read_bytes()

    for command in (["info"], ["map", "--output=json"], ["check"], ["snapshot", "-l"]):
        ours = qemuspec(*command, image)
        theirs = subprocess.run(["qemu-img", *command, str(image)], capture_output=True)
        assert (ours.returncode, ours.stdout) == (theirs.returncode, theirs.stdout), command
    info = json.loads(qemuspec("info", "--output=json", image).stdout)
    assert info["format-specific"]["data"]["corrupt"] is True

    qemuspec("convert", "-O", "raw", image, tmp_path / "ours.raw")
    qemu_img("convert", "-O", "raw", image, tmp_path / "theirs.raw")
    assert (tmp_path / "ours.raw").read_bytes() == (tmp_path / "theirs.raw").read_bytes()

    for command in (["resize", image, "8M"], ["snapshot", "-c", "t", image], ["bitmap", "--add", image, "b"]):
        result = qemuspec(*command)
        assert result.returncode == 1 and "marked corrupt" in result.stderr.decode(), command
    assert image.read_bytes() == before


@pytest.mark.parametrize("fmt", ["raw", "parallels"])
def test_snapshot_list_of_a_format_without_snapshots_prints_nothing(tmp_path, fmt):
    image = tmp_path / f"disk.{fmt}"
    qemu_img("create", "-q", "-f", fmt, image, "1M")
    theirs = subprocess.run(["qemu-img", "snapshot", "-l", str(image)], capture_output=True)
    ours = qemuspec("snapshot", "-l", image)
    assert (ours.returncode, ours.stdout) == (theirs.returncode, theirs.stdout) == (0, b"")


def _header_field(image: Path, offset: int, width: int, value) -> None:
    with open(image, "r+b") as f:
        f.seek(offset)
        if callable(value):
            old = int.from_bytes(f.read(width), "big")
            f.seek(offset)
            value = value(old)
        f.write(value.to_bytes(width, "big"))


def _first_snapshot(image: Path) -> int:
    return int.from_bytes(image.read_bytes()[64:72], "big")


# (name, snapshot?, change to the header, QEMU's reason when it refuses to open, ours)
BROKEN_HEADERS = [
    ("no refcount table", False, lambda p: _header_field(p, 56, 4, 0),
     "Image does not contain a reference count table", "does not contain a reference count table"),
    ("refcount table too large", False, lambda p: _header_field(p, 56, 4, 1 << 24),
     "Reference count table too large", "reference count table too large"),
    ("refcount table misaligned", False, lambda p: _header_field(p, 48, 8, lambda v: v + 512),
     "Reference count table offset invalid", "reference count table offset invalid"),
    ("too many snapshots", True, lambda p: _header_field(p, 60, 4, 70000),
     "Snapshot table too large", "snapshot table too large"),
    ("snapshot table misaligned", True, lambda p: _header_field(p, 64, 8, lambda v: v + 4),
     "Snapshot table offset invalid", "snapshot table offset invalid"),
    ("too much snapshot extra data", True, lambda p: _header_field(p, _first_snapshot(p) + 36, 4, 2000),
     "Too much extra metadata in snapshot table entry 0", "too much extra metadata in snapshot table entry 0"),
    ("header extension too large", False, lambda p: _header_field(p, 112 + 4, 4, 100000),
     "Header extension too large", "header extension too large"),
    ("data-file-raw without a data file", False, lambda p: _header_field(p, 88, 8, lambda v: v | 2),
     "data-file-raw requires a data file", "data-file-raw requires a data file"),
]


@pytest.mark.parametrize("name, snapshot, damage, qemu_reason, our_reason", BROKEN_HEADERS,
                         ids=[case[0] for case in BROKEN_HEADERS])
def test_header_qemu_refuses_is_refused_by_every_command(tmp_path, name, snapshot, damage, qemu_reason, our_reason):
    image = create(tmp_path / "disk.qcow2", "4M")
    qemu_io(image, "write -P 0x11 0 64k")
    if snapshot:
        qemu_img("snapshot", "-c", "s1", image)
    damage(image)
    before = image.read_bytes()
    theirs = subprocess.run(["qemu-img", "convert", "-O", "raw", str(image), str(tmp_path / "theirs.raw")],
                            capture_output=True, text=True)
    assert theirs.returncode == 1 and qemu_reason in theirs.stderr
    for command in (["info"], ["map"], ["check"], ["snapshot", "-l"], ["convert", "-O", "raw"]):
        args = [*command, image] + ([tmp_path / "ours.raw"] if command[0] == "convert" else [])
        ours = qemuspec(*args)
        if command == ["check"] and name == "no refcount table":
            # qemu-img check opens such an image (BDRV_O_CHECK) and reports every cluster unreferenced
            theirs = subprocess.run(["qemu-img", "check", str(image)], capture_output=True)
            assert (ours.returncode, ours.stdout) == (theirs.returncode, theirs.stdout) == (2, theirs.stdout)
            continue
        assert ours.returncode == 1, (command, ours.stdout)
        if command != ["check"]:  # check reports the snapshot table in qemu-img check's words
            assert our_reason in ours.stderr.decode(), (command, ours.stderr)
    assert not (tmp_path / "ours.raw").exists()
    assert image.read_bytes() == before


def test_sparse_image_is_not_taken_for_a_metadata_preallocated_one(tmp_path):
    # QEMU counts the clusters in use, not the last one: discards leave holes below the last cluster,
    # and a map that took the image for a preallocated one would split data clusters at file holes.
    image = create(tmp_path / "disk.qcow2", "64M", "compat=0.10")
    qemu_io(image, "write -P 0x11 0 70k", "write -P 0x22 1000k 300k", "write -z 1100k 64k",
            "write -P 0x33 3m 1m", "discard 3m 512k", "write -P 0x44 7m 4k", "write -P 0x55 63m 1m")
    ours = qemuspec("map", "--output=json", image)
    assert json.loads(ours.stdout) == json.loads(qemu_img("map", "--output=json", image))


def test_zero_flag_in_a_version_2_image_fails_reads_as_in_qemu(tmp_path):
    image = create(tmp_path / "disk.qcow2", "4M", "compat=0.10")
    qemu_io(image, "write -P 0x11 0 64k")
    data = image.read_bytes()
    l2 = int.from_bytes(data[int.from_bytes(data[40:48], "big"):][:8], "big") & 0x00FFFFFFFFFFFE00
    _header_field(image, l2, 8, lambda entry: entry | 1)  # the zero flag on the first cluster's entry
    for command, code in ((["info"], 0), (["check"], 0), (["map"], 1), (["convert", "-O", "raw"], 1)):
        args = [*command, image] + ([tmp_path / "out.raw"] if command[0] == "convert" else [])
        theirs = subprocess.run(["qemu-img", *map(str, args)], capture_output=True, text=True)
        ours = qemuspec(*args)
        assert ours.returncode == theirs.returncode == code, (command, ours.stderr)
        if command == ["map"]:  # map prints qemu-img's lines (the event, then its error)
            assert ours.stderr.decode() == theirs.stderr.replace("qemu-img: ", "qemuspec: error: ")
            assert "Zero cluster entry found in pre-v3 image" in theirs.stderr
        elif code:
            assert "zero cluster entry found in a version 2 image" in ours.stderr.decode()
            assert "Zero cluster entry found in pre-v3 image" in theirs.stderr
            assert f"qcow2::l2_entry.zero at offset {l2:#x}" in ours.stderr.decode()


def test_a_misaligned_data_cluster_error_names_its_l2_entry_as_qemu_does(tmp_path):
    """qemu-img names the L2 table and the index of the bad entry; our error is at that entry's byte."""
    image = create(tmp_path / "disk.qcow2", "4M")
    qemu_io(image, "write -P 0x11 0 192k")
    data = image.read_bytes()
    l2 = int.from_bytes(data[int.from_bytes(data[40:48], "big"):][:8], "big") & 0x00FFFFFFFFFFFE00
    _header_field(image, l2 + 2 * 8, 8, lambda entry: entry + 0x200)  # the third cluster, half a KiB off
    theirs = subprocess.run(["qemu-img", "map", str(image)], capture_output=True, text=True)
    ours = qemuspec("map", image)
    assert ours.returncode == theirs.returncode == 1
    assert f"unaligned (L2 offset: {l2:#x}, L2 index: 0x2)" in theirs.stderr
    assert ours.stderr.decode() == theirs.stderr.replace("qemu-img: ", "qemuspec: error: ")  # qemu-img's words
    ours = qemuspec("convert", "-O", "raw", image, tmp_path / "out.raw")  # other commands: our error, at the byte
    assert ours.returncode == 1
    assert f"qcow2::l2_entry.host_offset at offset {l2 + 16:#x}" in ours.stderr.decode()
    assert f"L2 offset {l2:#x}, L2 index 0x2" in ours.stderr.decode()


def test_info_json_is_qemu_img_text_byte_for_byte(tmp_path):
    """The JSON text itself, not only its value: an empty list over two lines (a disabled bitmap's
    flags) and upper-case \\u escapes (a snapshot name with DEL, a control byte and an emoji)."""
    base = create(tmp_path / "base.qcow2", "8M")
    image = tmp_path / "top.qcow2"
    qemu_img("create", "-q", "-f", "qcow2", "-b", base, "-F", "qcow2", image)
    qemu_img("bitmap", "--add", image, "on")
    qemu_img("bitmap", "--add", "--disable", image, "off")
    qemu_io(image, "write -P 0x5b 0 64k")
    qemu_img("snapshot", "-c", "caf\u00e9 \x7f\x01 \U0001f600 \"/\\", image)
    for chain in ([], ["--backing-chain"]):
        ours = qemuspec("info", "--output=json", *chain, image)
        assert ours.returncode == 0, ours.stderr
        assert ours.stdout.decode() == qemu_img("info", "--output=json", *chain, image)
