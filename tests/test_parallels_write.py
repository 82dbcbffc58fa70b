"""Creating and writing Parallels images; QEMU checks and reads what we write."""

from __future__ import annotations

import json
import random
import struct
import subprocess

import pytest

from qemuspec.block import open_image
from qemuspec.block.lock import ImageLockedError
from qemuspec.block.parallels import ParallelsImage
from qemuspec.block.parallels.create import create_image
from qemuspec.block.parallels.extension import TRANSIT, NECESSARY, build_extension, checksum
from qemuspec.block.parallels.writer import ParallelsWriter, UnsupportedFeatureError
from qemuspec.errors import FormatError
from qemuspec.formats.parallels import Parallels
from qemuspec.specs import parse

from conftest import QEMUSPEC
from qemuspec.fields import field_offset


def run(*args, check=True) -> subprocess.CompletedProcess:
    return subprocess.run([str(a) for a in args], check=check, capture_output=True, text=True)


def qemu_raw(path, out) -> bytes:
    run("qemu-img", "convert", "-f", "parallels", "-O", "raw", path, out)
    return out.read_bytes()


@pytest.mark.parametrize("size, cluster", [("1M", "64k"), ("10M", None), ("3000k", "512"), ("1G", "2M"),
                                           ("100000", "4k")])
def test_create_writes_what_qemu_img_writes(tmp_path, size, cluster):
    ours, theirs = tmp_path / "ours.img", tmp_path / "theirs.img"
    options = ["-o", f"cluster_size={cluster}"] if cluster else []
    out = run(QEMUSPEC, "create", "-f", "parallels", *options, ours, size).stdout
    expected = run("qemu-img", "create", "-f", "parallels", *options, theirs, size).stdout
    assert out.replace(str(ours), "X") == expected.replace(str(theirs), "X")
    assert ours.read_bytes() == theirs.read_bytes()


def test_guest_writes_pass_qemu_check_and_read_back_in_qemu(tmp_path):
    path = tmp_path / "w.img"
    size = 4 << 20
    create_image(path, size, 64 << 10)
    rng = random.Random(5)
    expected = bytearray(size)
    with ParallelsWriter(path) as w:
        for _ in range(40):
            offset = rng.randrange(size - 1)
            data = rng.randbytes(rng.randrange(1, min(200_000, size - offset)))
            w.write(offset, data)
            expected[offset:offset + len(data)] = data
        assert w.read(0, size) == expected
    check = run("qemu-img", "check", "-f", "parallels", "--output=json", path, check=False)
    assert check.returncode == 0, check.stderr
    assert qemu_raw(path, tmp_path / "out.raw") == expected
    with open_image(path) as image:
        assert image.read(0, size) == expected
    # clusters were allocated in order at the end of the data area
    with ParallelsImage(path) as image:
        hosts = sorted(e for e in image.bat if e)
        assert hosts == list(range(1, len(hosts) + 1))


def test_writes_into_a_qemu_image(tmp_path):
    path = tmp_path / "q.img"
    run("qemu-img", "create", "-q", "-f", "parallels", "-o", "cluster_size=64k", path, "1M")
    run("qemu-io", "-f", "parallels", "-c", "write -P 0xab 128k 64k", path)
    with ParallelsWriter(path) as w:
        w.write(130000, b"\x01" * 2000)    # inside and before QEMU's cluster
        w.write(512 << 10, b"\x02" * 512)  # a new cluster
    run("qemu-io", "-f", "parallels", "-c", "read -P 0x01 130000 2000", "-c", "read -P 0xab 132000 64608",
        "-c", "read -P 0x02 512k 512", "-c", "read -P 0 0 130000", path)
    assert run("qemu-img", "check", "-f", "parallels", path, check=False).returncode == 0


def test_in_use_while_open_for_writing_and_cleared_on_close(tmp_path):
    path = tmp_path / "u.img"
    create_image(path, 1 << 20, 65536)
    with ParallelsWriter(path) as w:
        w.write(0, b"x")
        assert struct.unpack_from("<I", path.read_bytes(), 44)[0] == 0x746F6E59
        assert run("qemu-io", "-f", "parallels", "-c", "read 0 1", path, check=False).returncode != 0  # locked
        with pytest.raises(ImageLockedError):
            ParallelsWriter(path)
    assert struct.unpack_from("<I", path.read_bytes(), 44)[0] == 0   # what QEMU writes on close
    # an image left in use is refused for writing (QEMU refuses it read-write too) until repaired
    with open(path, "r+b") as f:
        f.seek(44)
        f.write(struct.pack("<I", 0x746F6E59))
    with pytest.raises(FormatError):
        ParallelsWriter(path)
    assert run("qemu-io", "-f", "parallels", "-c", "write 0 1", path, check=False).returncode != 0
    assert run(QEMUSPEC, "check", "-r", "all", path).returncode == 0
    ParallelsWriter(path).close()


def test_the_empty_image_flag_is_cleared_by_a_write(tmp_path):
    path = tmp_path / "e.img"
    create_image(path, 1 << 20, 65536)
    with open(path, "r+b") as f:
        f.seek(52)
        f.write(struct.pack("<I", 1))
    with ParallelsImage(path) as image:
        assert image.header.is_empty
    with ParallelsWriter(path) as w:
        w.write(4096, b"y" * 10)
    with ParallelsImage(path) as image:
        assert not image.header.is_empty
    run("qemu-io", "-f", "parallels", "-c", "read -P 0x79 4096 10", path)


@pytest.mark.parametrize("fmt", ["raw", "qcow2", "parallels"])
def test_convert_to_parallels_reads_equal_in_qemu(tmp_path, fmt):
    source = tmp_path / f"src.{fmt}"
    run("qemu-img", "create", "-q", "-f", fmt, source, "3M")
    run("qemu-io", "-f", fmt, "-c", "write -P 0x33 100k 300k", "-c", "write -P 0x44 2M 1", source)
    target = tmp_path / "out.img"
    run(QEMUSPEC, "convert", "-O", "parallels", "-o", "cluster_size=64k", source, target)
    assert run("qemu-img", "check", "-f", "parallels", target, check=False).returncode == 0
    cmp = run("qemu-img", "compare", "-f", fmt, "-F", "parallels", source, target, check=False)
    assert cmp.returncode == 0, cmp.stdout
    info = json.loads(run("qemu-img", "info", "--output=json", target).stdout)
    assert info["format"] == "parallels" and info["virtual-size"] == 3 << 20


# -- dirty bitmaps and the Format Extension --------------------------------------

def test_bitmaps_track_writes_and_read_back(tmp_path):
    path = tmp_path / "bm.img"
    create_image(path, 2 << 20, 65536)
    with ParallelsWriter(path) as w:
        first = w.add_bitmap(65536)
        second = w.add_bitmap(512 << 10, id=bytes(range(16)))
        w.write(1000, b"a" * 10)
        w.write(300000, b"b" * 70000)
    with ParallelsImage(path) as image:
        bitmaps = {b.name: b for b in image.extension.bitmaps}
        assert bitmaps[first.name].dirty_ranges() == [(0, 65536), (262144, 131072)]
        assert bitmaps["00010203-0405-0607-0809-0a0b0c0d0e0f"].dirty_ranges() == [(0, 512 << 10)]
        raw = path.read_bytes()
        cluster = raw[image.ext_offset:image.ext_offset + 65536]
        assert cluster[8:24] == checksum(cluster)
        # the generated parser reads the same extension
        spec = parse(Parallels, raw)
        assert [f.is_dirty_bitmap for f in spec.format_extension.features] == [True, True, False]
        assert spec.format_extension.features[1].data.granularity == 1024
    # QEMU 7.2 loads the extension when opening read-only and refuses a bad one
    run("qemu-io", "-r", "-f", "parallels", "-c", "read -P 0x61 1000 10", path)
    # more writes update the bits and the checksum
    with ParallelsWriter(path) as w:
        w.write(1 << 20, b"c")
        w.remove_bitmap(second.name)
    with ParallelsImage(path) as image:
        (only,) = image.extension.bitmaps
        assert only.dirty_ranges() == [(0, 65536), (262144, 131072), (1 << 20, 65536)]
    run("qemu-io", "-r", "-f", "parallels", "-c", "read -P 0x63 1M 1", path)


def _image_with_feature(tmp_path, flags):
    path = tmp_path / "x.img"
    create_image(path, 1 << 20, 65536)
    with open(path, "r+b") as f:
        f.truncate(2 * 65536)
        f.seek(65536)
        f.write(build_extension(65536, [(0x1122334455667788, flags, b"opaque feature data")]))
        f.seek(field_offset("parallels::header", "ext_off_lo"))
        f.write(struct.pack("<Q", 65536 // 512))
    return path


def test_unknown_transit_features_are_kept(tmp_path):
    path = _image_with_feature(tmp_path, TRANSIT)
    with ParallelsWriter(path) as w:
        w.add_bitmap(65536)
        w.write(0, b"z")
    with ParallelsImage(path) as image:
        features = image.extension.features
        assert [(f.magic, f.flags, f.data) for f in features if not f.known] == \
               [(0x1122334455667788, TRANSIT, b"opaque feature data")]
        assert len(image.extension.bitmaps) == 1
    # QEMU 7.2 opens an image with features other than plain bitmaps only read-write (ignoring the extension)
    refused = run("qemu-io", "-r", "-f", "parallels", "-c", "read 0 1", path, check=False)
    assert refused.returncode == 1 and "Flags for extension feature are unsupported" in refused.stderr
    run("qemu-io", "-f", "parallels", "-c", "read -P 0x7a 0 1", path)


def test_unknown_necessary_features_refuse_writing(tmp_path):
    path = _image_with_feature(tmp_path, NECESSARY)
    before = path.read_bytes()
    with pytest.raises(UnsupportedFeatureError):
        ParallelsWriter(path)
    assert path.read_bytes() == before
    with open_image(path) as image:     # reading is fine
        assert image.read(0, 512) == bytes(512)


def test_unknown_droppable_features_are_dropped(tmp_path):
    path = _image_with_feature(tmp_path, 0)
    with ParallelsWriter(path) as w:
        w.write(0, b"q")
    with ParallelsImage(path) as image:
        assert image.ext_offset == 0 and image.extension is None


def qemu_bitmaps(path) -> list[dict]:
    """The dirty bitmaps QEMU 7.2 loads from the image (qemu-storage-daemon, read-only, over QMP)."""
    commands = ('{"execute":"qmp_capabilities"}\n'
                '{"execute":"query-named-block-nodes","arguments":{"flat":true}}\n'
                '{"execute":"quit"}\n')
    p = subprocess.run(["qemu-storage-daemon", "--blockdev", f"driver=file,filename={path},node-name=f,read-only=on",
                        "--blockdev", "driver=parallels,file=f,node-name=p,read-only=on",
                        "--chardev", "stdio,id=c", "--monitor", "c"],
                       input=commands, capture_output=True, text=True, timeout=30, check=True)
    for line in p.stdout.splitlines():
        answer = json.loads(line).get("return")
        if isinstance(answer, list):
            (node,) = [n for n in answer if n["node-name"] == "p"]
            return node.get("dirty-bitmaps", [])
    raise AssertionError(p.stdout + p.stderr)


def test_qemu_loads_the_bitmaps_we_write(tmp_path):
    path = tmp_path / "q.img"
    create_image(path, 8 << 20, 65536)
    with ParallelsWriter(path) as w:
        small = w.add_bitmap(65536)
        big = w.add_bitmap(1 << 20)
        for offset, length in [(0, 1), (100_000, 300_000), (5 << 20, 2 << 20)]:
            w.write(offset, b"\x01" * length)
    loaded = {b["name"]: b for b in qemu_bitmaps(path)}
    with ParallelsImage(path) as image:
        ours = {b.name: b for b in image.extension.bitmaps}
    assert set(loaded) == set(ours) == {small.name, big.name}
    for name, bm in ours.items():
        assert loaded[name]["granularity"] == bm.granularity * 512
        assert loaded[name]["count"] == sum(n for _, n in bm.dirty_ranges())


def test_bitmap_l1_entries_zero_one_and_offset(tmp_path):
    path = tmp_path / "l1.img"
    create_image(path, 8 << 20, 512)          # 512-byte clusters: one bitmap cluster covers 4096 granules
    with ParallelsWriter(path) as w:
        bm = w.add_bitmap(512)
        w.write(2 << 20, b"\x02" * (2 << 20))  # granules 4096..8191: the second bitmap cluster, all ones
        w.write(6 << 20, b"\x03" * 1000)       # a few bits in the fourth
    with ParallelsImage(path) as image:
        (feature,) = image.extension.features
        assert feature.l1[0] == 0 and feature.l1[1] == 1 and feature.l1[2] == 0 and feature.l1[3] > 1
        assert image.extension.bitmaps[0].dirty_ranges() == [(2 << 20, 2 << 20), (6 << 20, 1024)]
    (loaded,) = qemu_bitmaps(path)
    assert loaded["name"] == bm.name and loaded["count"] == (2 << 20) + 1024
    assert run("qemu-img", "compare", "-f", "parallels", "-F", "parallels", path, path).returncode == 0


def test_writable_open_refuses_an_image_check_finds_damaged(tmp_path):
    """A BAT entry past the end of the file: qemu-img check says corrupt; the writer writes nothing."""
    path = tmp_path / "damaged.img"
    assert subprocess.run(["qemu-img", "create", "-q", "-f", "parallels", str(path), "4M"]).returncode == 0
    assert subprocess.run(["qemu-io", "-f", "parallels", "-c", "write -P 7 0 1M", str(path)],
                          capture_output=True).returncode == 0
    data = bytearray(path.read_bytes())
    data[64 + 4:64 + 8] = (100).to_bytes(4, "little")   # BAT entry 1: cluster 100, far past the end
    path.write_bytes(bytes(data))
    assert subprocess.run(["qemu-img", "check", "-f", "parallels", str(path)], capture_output=True).returncode == 2
    with pytest.raises(FormatError, match="damaged"):
        ParallelsWriter(path)
    assert path.read_bytes() == bytes(data)
