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


def test_qemu_72_data_off_zero_quirk_reads_equal_and_checks_clean(tmp_path):
    """With the old magic and data_off 0, QEMU 7.2 allocates at 512 x the computed data start:
    readers agree on the data, both checks call it clean (no alignment rule without a recorded
    data start), and -r all changes no byte (it once cleared the cluster and cut the file to 512)."""
    path = tmp_path / "old0.img"
    run("qemu-img", "create", "-q", "-f", "parallels", "-o", "cluster_size=4k", path, "64k")
    raw = bytearray(path.read_bytes()[:512])
    raw[:16] = b"WithoutFreeSpace"
    struct.pack_into("<I", raw, 48, 0)
    path.write_bytes(raw)
    run("qemu-io", "-f", "parallels", "-c", "write -P 0x22 4k 4k", path)
    assert struct.unpack_from("<I", path.read_bytes(), 68)[0] == 512   # sector 512: byte 262144
    expected = guest_data(path, tmp_path / "q.raw")
    assert expected[4096:8192] == b"\x22" * 4096
    from qemuspec.block import open_image

    with open_image(path) as image:
        assert image.data_offset == 512 and image.data_off_zero
        assert image.read(0, image.size) == expected
    assert ours(path) == qemu_check(path) == (0, qemu_check(path)[1])
    before = path.read_bytes()
    theirs = tmp_path / "theirs.img"
    theirs.write_bytes(before)
    assert ours(path, "-r", "all") == (0, {**qemu_check(theirs, "-r", "all")[1], "filename": str(path)})
    assert path.read_bytes() == before == theirs.read_bytes()


def data_off_zero_image(tmp_path, old_magic: bool):
    """qemu-img create + qemu-io writes (guest clusters 0, 2, 5 of 64 KiB), then data_off patched to 0;
    with ``old_magic`` also the magic WithoutFreeSpace and the BAT entries in sectors."""
    path = tmp_path / ("old0.img" if old_magic else "ext0.img")
    run("qemu-img", "create", "-q", "-f", "parallels", "-o", "cluster_size=64k", path, "1M")
    run("qemu-io", "-f", "parallels", "-c", "write -P 0xab 128k 64k", "-c", "write -P 0xcd 0 512",
        "-c", "write -P 0xef 327680 4096", path)
    raw = bytearray(path.read_bytes())
    assert struct.unpack_from("<I", raw, 48)[0] == 128   # data_off: 64 KiB, one cluster
    struct.pack_into("<I", raw, 48, 0)
    if old_magic:
        raw[:16] = b"WithoutFreeSpace"
        entries = struct.unpack_from("<16I", raw, 64)
        struct.pack_into("<16I", raw, 64, *(e * 128 for e in entries))   # clusters -> sectors
    path.write_bytes(raw)
    return path


def test_old_magic_data_off_zero_agrees_with_qemu_and_repair_keeps_guest_data(tmp_path):
    """Issue #15: check -r all on an old image with data_off 0 cut the file to 512 bytes."""
    path = data_off_zero_image(tmp_path, old_magic=True)
    size = path.stat().st_size
    before = guest_data(path, tmp_path / "before.raw")
    assert before[:512] == b"\xcd" * 512 and before[131072:196608] == b"\xab" * 65536
    assert before[327680:331776] == b"\xef" * 4096
    ours_raw = tmp_path / "ours.raw"
    run(QEMUSPEC, "convert", "-O", "raw", path, ours_raw)
    assert ours_raw.read_bytes() == before
    expected = qemu_check(path)
    assert expected[0] == 0 and expected[1]["allocated-clusters"] == 3
    assert ours(path) == expected
    theirs = tmp_path / "theirs.img"
    theirs.write_bytes(path.read_bytes())
    repaired_theirs = qemu_check(theirs, "-r", "all")
    assert ours(path, "-r", "all") == (repaired_theirs[0], {**repaired_theirs[1], "filename": str(path)})
    assert path.stat().st_size == size == theirs.stat().st_size
    assert guest_data(path, tmp_path / "after.raw") == before
    assert qemu_check(path)[0] == 0
    assert path.read_bytes() == theirs.read_bytes()


def test_ext_magic_data_off_zero_reads_like_qemu_and_repair_writes_data_off(tmp_path):
    """WithouFreSpacExt with data_off 0: QEMU 7.2 opens, reads and calls it clean; the spec forbids
    it, so we report it (as newer QEMU does) and -r all writes data_off, keeping every byte of guest data."""
    path = data_off_zero_image(tmp_path, old_magic=False)
    before = guest_data(path, tmp_path / "before.raw")
    ours_raw = tmp_path / "ours.raw"
    run(QEMUSPEC, "convert", "-O", "raw", path, ours_raw)
    assert ours_raw.read_bytes() == before
    theirs_code, theirs_report = qemu_check(path)
    assert theirs_code == 0
    code, report = ours(path)
    assert code == 2 and report["corruptions"] == 1
    assert {k: v for k, v in report.items() if k not in ("corruptions", "check-errors")} == \
        {k: v for k, v in theirs_report.items() if k != "check-errors"}
    assert any("data_off is zero" in m for m in check_file(path).messages)
    theirs = tmp_path / "theirs.img"
    theirs.write_bytes(path.read_bytes())
    raw = path.read_bytes()
    assert qemu_check(theirs, "-r", "all")[0] == 0 and theirs.read_bytes() == raw   # 7.2 changes nothing
    code, report = ours(path, "-r", "all")
    assert code == 0 and report["corruptions-fixed"] == 1
    fixed = path.read_bytes()
    assert struct.unpack_from("<I", fixed, 48)[0] == 128       # the BAT end rounded up to a cluster
    assert fixed[:48] + fixed[52:] == raw[:48] + raw[52:]      # and nothing else changed
    assert guest_data(path, tmp_path / "after.raw") == before
    assert qemu_check(path) == (0, {**theirs_report, "filename": str(path)})


def test_repair_moves_misplaced_clusters_instead_of_dropping_them(tmp_path):
    """Entries below the data area or misaligned get their contents copied to a cluster of their own:
    after -r all a read returns what it returned before, and both checks call the image clean."""
    path = tmp_path / "old.img"
    run("qemu-img", "create", "-q", "-f", "parallels", "-o", "cluster_size=64k", path, "1M")
    raw = bytearray(path.read_bytes())
    raw[:16] = b"WithoutFreeSpace"
    raw.extend(bytes(4 * 65536))
    for k in range(4):                       # recognisable contents in every cluster of the data area
        raw[65536 * (k + 1):65536 * (k + 2)] = bytes([0x10 + k]) * 65536
    struct.pack_into("<4I", raw, 64,
                     1 * 128,                # guest 0: a good cluster
                     1,                      # guest 1: sector 1, inside the BAT (below the data area)
                     2 * 128 + 1,            # guest 2: one sector off the cluster grid
                     4 * 128)                # guest 3: a good cluster, the last one of the file
    path.write_bytes(raw)
    before = guest_data(path, tmp_path / "before.raw")
    assert before[65536:131072] == bytes(raw[512:65536 + 512])   # header padding and a sector of 0x10
    assert before[131072:196608] == bytes(raw[131072 + 512:196608 + 512])
    result = check_file(path)
    assert result.corruptions == 2
    assert qemu_check(path)[0] == 0                           # 7.2 checks neither rule
    code, report = ours(path, "-r", "all")
    assert code == 0 and report["corruptions-fixed"] == 2
    assert guest_data(path, tmp_path / "after.raw") == before
    assert check_file(path).corruptions == 0
    assert qemu_check(path)[0] == 0
