"""check and check -r on Parallels images, against qemu-img check -f parallels where 7.2 checks the same."""

from __future__ import annotations

import json
import struct
import subprocess

import pytest

from qemuspec.block.parallels.check import check_file

from conftest import QEMUSPEC


def run(*args, check=True) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], check=check, capture_output=True, text=True)


def qemu_check(path, *extra) -> tuple[int, dict]:
    p = run("qemu-img", "check", "-f", "parallels", "--output=json", *extra, path, check=False)
    return p.returncode, json.loads(p.stdout)


def ours(path, *extra) -> tuple[int, dict]:
    p = run(QEMUSPEC, "check", "--output=json", *extra, path, check=False)
    return p.returncode, json.loads(p.stdout)


@pytest.fixture
def image(tmp_path):
    """BAT [2, 0, 1, 0...] of 64 KiB clusters: guest cluster 0 at 128 KiB, cluster 2 at 64 KiB."""
    path = tmp_path / "a.img"
    run("qemu-img", "create", "-q", "-f", "parallels", "-o", "cluster_size=64k", path, "1M")
    run("qemu-io", "-f", "parallels", "-c", "write -P 0xab 128k 64k", "-c", "write -P 0xcd 0 512", path)
    return path


def patch(path, offset, value):
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(struct.pack("<I", value))


def bat(path, index, value):
    patch(path, 64 + 4 * index, value)


def test_clean_image_agrees_with_qemu(image):
    assert ours(image) == qemu_check(image) == (0, qemu_check(image)[1])


@pytest.mark.parametrize("damage", [
    "outside", "unclean", "leak",
])
def test_findings_qemu_also_reports_agree_with_qemu(image, damage):
    if damage == "outside":
        bat(image, 3, 100)
    elif damage == "unclean":
        patch(image, 44, 0x746F6E59)
    else:
        with open(image, "r+b") as f:
            f.truncate(196608 + 2 * 65536 + 100)
    expected = qemu_check(image)
    assert expected[0] in (2, 3)
    assert ours(image) == expected


def test_duplicate_entries_are_corruptions(image):
    bat(image, 3, 1)   # the same host cluster as guest cluster 2: QEMU 7.2 does not look, the spec forbids it
    assert qemu_check(image)[0] == 0
    code, report = ours(image)
    assert code == 2 and report["corruptions"] == 1
    assert any("same offset as cluster 2" in m for m in check_file(image).messages)


def test_entries_below_the_data_area_and_misaligned_are_corruptions(image, tmp_path):
    with open(image, "r+b") as f:
        f.truncate(4 << 20)   # room, so that only the spec's other rules are broken
    raw = image.read_bytes()
    # WithouFreSpacExt entries are in clusters, so misaligned needs the old magic (entries in sectors)
    old = tmp_path / "old.img"
    data = bytearray(raw)
    data[:16] = b"WithoutFreeSpace"
    struct.pack_into("<III", data, 64, 2 * 128, 0, 1 * 128)
    old.write_bytes(data)
    assert check_file(old).corruptions == 0
    struct.pack_into("<I", data, 64 + 12, 3 * 128 + 1)   # not a whole cluster from the data area
    old.write_bytes(data)
    result = check_file(old)
    assert result.corruptions == 1 and "not aligned" in result.messages[0]
    struct.pack_into("<I", data, 64 + 12, 1)              # inside the header and BAT
    old.write_bytes(data)
    result = check_file(old)
    assert result.corruptions == 1 and "below the data area" in result.messages[0]
    assert run(QEMUSPEC, "check", old, check=False).returncode == 2


def test_wrong_extension_checksum_is_a_corruption(tmp_path):
    from qemuspec.block.parallels.create import create_image
    from qemuspec.block.parallels.writer import ParallelsWriter

    path = tmp_path / "bm.img"
    create_image(path, 1 << 20, 65536)
    with ParallelsWriter(path) as w:
        w.add_bitmap(65536)
        w.write(0, b"x" * 512)
        ext = w.ext_offset if w.ext_offset else None
    result = check_file(path)
    assert result.corruptions == 0
    with ParallelsWriter(path) as w:
        ext = w.ext_offset
    with open(path, "r+b") as f:
        f.seek(ext + 100)
        f.write(b"\xff")
    result = check_file(path)
    assert result.corruptions == 1 and "checksum" in result.messages[0]
    # QEMU refuses the damaged extension too
    assert run("qemu-io", "-r", "-f", "parallels", "-c", "read 0 512", path, check=False).returncode != 0
    repaired = check_file(path, repair="all")
    assert repaired.corruptions_fixed == 1 and repaired.corruptions == 0
    assert run("qemu-io", "-r", "-f", "parallels", "-c", "read -P 0x78 0 512", path).returncode == 0


@pytest.mark.parametrize("damage, flag", [("outside", "all"), ("unclean", "all"), ("leak", "leaks"),
                                         ("leak", "all")])
def test_repairs_match_qemu_img_check_r(image, tmp_path, damage, flag):
    if damage == "outside":
        bat(image, 3, 100)
    elif damage == "unclean":
        patch(image, 44, 0x746F6E59)
    else:
        with open(image, "r+b") as f:
            f.truncate(196608 + 2 * 65536 + 100)
    theirs = tmp_path / "theirs.img"
    theirs.write_bytes(image.read_bytes())
    expected = qemu_check(theirs, "-r", flag)
    assert ours(image, "-r", flag) == (expected[0], {**expected[1], "filename": str(image)})
    assert qemu_check(image)[0] == 0
    cmp = run("qemu-img", "compare", "-f", "parallels", "-F", "parallels", image, theirs, check=False)
    assert cmp.returncode == 0, cmp.stdout


def guest_data(path, out):
    run("qemu-img", "convert", "-f", "parallels", "-O", "raw", path, out)
    return out.read_bytes()


def test_duplicate_repair_gives_each_entry_its_own_copy(image, tmp_path):
    bat(image, 3, 1)   # guest cluster 3 shares guest cluster 2's host cluster
    before = guest_data(image, tmp_path / "before.raw")
    code, report = ours(image, "-r", "all")
    assert code == 0 and report["corruptions-fixed"] == 1
    assert check_file(image).corruptions == 0
    assert qemu_check(image)[0] == 0
    assert guest_data(image, tmp_path / "after.raw") == before
    run("qemu-io", "-f", "parallels", "-c", "write -P 0x55 196608 512", image)   # cluster 3 only
    run("qemu-io", "-f", "parallels", "-c", "read -P 0xab 131072 512", image)     # cluster 2 unchanged


def test_qemu_72_data_off_zero_quirk_reads_equal_but_breaks_the_alignment_rule(tmp_path):
    """With the old magic and data_off 0, QEMU 7.2 allocates at 512 x the computed data start:
    readers agree on the data, and the spec's alignment rule (our check) flags the clusters."""
    path = tmp_path / "old0.img"
    run("qemu-img", "create", "-q", "-f", "parallels", "-o", "cluster_size=4k", path, "64k")
    raw = bytearray(path.read_bytes()[:512])
    raw[:16] = b"WithoutFreeSpace"
    struct.pack_into("<I", raw, 48, 0)
    path.write_bytes(raw)
    run("qemu-io", "-f", "parallels", "-c", "write -P 0x22 4k 4k", path)
    assert struct.unpack_from("<I", path.read_bytes(), 68)[0] == 512   # sector 512: byte 262144
    assert qemu_check(path)[0] == 0
    expected = guest_data(path, tmp_path / "q.raw")
    from qemuspec.block import open_image

    with open_image(path) as image:
        assert image.read(0, image.size) == expected
    result = check_file(path)
    assert result.corruptions == 1 and "not aligned" in result.messages[0]
