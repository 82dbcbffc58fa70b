"""The Parallels reader against qemu-img / qemu-io on images they made at test time."""

from __future__ import annotations

import json
import struct
import subprocess

import pytest

from qemuspec.block import detect_format, open_image
from qemuspec.block.info import image_info
from qemuspec.block.map import map_image
from qemuspec.block.parallels import ParallelsImage
from qemuspec.block.parallels.image import decode_bat
from qemuspec.errors import FormatError
from qemuspec.formats.parallels import Parallels
from qemuspec.specs import parse

from conftest import QEMUSPEC


def run(*args) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


def qemu_io(path, *commands) -> None:
    argv = ["qemu-io", "-f", "parallels"]
    for c in commands:
        argv += ["-c", c]
    run(*argv, path)


WRITES = ("write -P 0xab 128k 64k", "write -P 0xcd 0 512", "write -P 0x11 700k 100k", "write -z 900k 4k")


def make_ext(folder, cluster_size="64k", size="1M", writes=WRITES):
    """A WithouFreSpacExt image from qemu-img, written by qemu-io out of order."""
    path = folder / f"qemu-{cluster_size}.img"
    run("qemu-img", "create", "-q", "-f", "parallels", "-o", f"cluster_size={cluster_size}", path, size)
    qemu_io(path, *writes)
    return path


def make_old(folder):
    """A WithoutFreeSpace image: QEMU's image with the old magic and BAT entries in sectors.

    QEMU cannot create these; it reads them, so qemu-img is the reference here too.
    """
    path = make_ext(folder, "4k", "256k", ("write -P 0xab 128k 64k", "write -P 0xcd 0 512", "write -P 0x11 9k 5k"))
    raw = bytearray(path.read_bytes())
    raw[:16] = b"WithoutFreeSpace"
    n = struct.unpack_from("<I", raw, 32)[0]
    for i in range(n):
        entry = struct.unpack_from("<I", raw, 64 + 4 * i)[0]
        struct.pack_into("<I", raw, 64 + 4 * i, entry * 8)  # clusters of 8 sectors -> sectors
    path.write_bytes(raw)
    return path


RECIPES = {
    "ext-64k": lambda folder: make_ext(folder, "64k"),
    "ext-1M-default": lambda folder: make_ext(folder, "1M", "5M"),
    "ext-512": lambda folder: make_ext(folder, "512", "1M"),
    "old-magic": make_old,
    "empty": lambda folder: (run("qemu-img", "create", "-q", "-f", "parallels", folder / "e.img", "3M"),
                             folder / "e.img")[1],
}


@pytest.fixture(scope="module", params=sorted(RECIPES))
def image_path(request, tmp_path_factory):
    return RECIPES[request.param](tmp_path_factory.mktemp(request.param))


def test_detected_by_magic(image_path):
    assert detect_format(image_path) == "parallels"


def test_guest_data_equals_qemu_img_convert(image_path, tmp_path):
    expected = tmp_path / "qemu.raw"
    run("qemu-img", "convert", "-f", "parallels", "-O", "raw", image_path, expected)
    with open_image(image_path) as image:
        data = image.read(0, image.size)
        assert data == expected.read_bytes()
        for offset, length in [(1, 3), (511, 2), (4095, 70000), (image.size - 7, 7)]:
            assert image.read(offset, length) == data[offset:offset + length]


def test_map_equals_qemu_img_map(image_path):
    expected = json.loads(run("qemu-img", "map", "-f", "parallels", "--output=json", image_path))
    with open_image(image_path) as image:
        assert [e.to_json() for e in map_image(image)] == expected
    cli = json.loads(run(QEMUSPEC, "map", "--output=json", image_path))
    assert cli == expected


def test_info_equals_qemu_img_info(image_path):
    expected = json.loads(run("qemu-img", "info", "-f", "parallels", "--output=json", image_path))
    with open_image(image_path) as image:
        assert image_info(image) == expected
    assert json.loads(run(QEMUSPEC, "info", "--output=json", image_path)) == expected


def test_convert_cli_matches_qemu(image_path, tmp_path):
    ours, theirs = tmp_path / "ours.raw", tmp_path / "theirs.raw"
    run(QEMUSPEC, "convert", "-O", "raw", image_path, ours)
    run("qemu-img", "convert", "-f", "parallels", "-O", "raw", image_path, theirs)
    assert ours.read_bytes() == theirs.read_bytes()
    qcow2 = tmp_path / "ours.qcow2"
    run(QEMUSPEC, "convert", "-O", "qcow2", image_path, qcow2)
    assert "identical" in run("qemu-img", "compare", "-f", "parallels", "-F", "qcow2", image_path, qcow2)


def test_bulk_bat_decoding_agrees_with_the_generated_parser(image_path):
    raw = image_path.read_bytes()
    spec = parse(Parallels, raw)
    with ParallelsImage(image_path) as image:
        assert list(image.bat) == list(spec.bat_entries)
        assert list(decode_bat(raw[64:64 + 4 * len(image.bat)])) == list(spec.bat_entries)
        assert image.cluster_size == spec.cluster_size
        assert image.data_offset == spec.ofs_data
        assert image.size == spec.header.num_sectors * 512


@pytest.mark.parametrize("cut", [0, 10, 63, 64 + 4])
def test_truncated_files_give_format_error(tmp_path, cut):
    path = make_ext(tmp_path)
    path.write_bytes(path.read_bytes()[:cut])
    with pytest.raises(FormatError):
        ParallelsImage(path)


@pytest.mark.parametrize("patch", [
    (0, b"WithoutFreeSpacX"),           # magic
    (16, struct.pack("<I", 3)),         # version
    (28, struct.pack("<I", 0)),         # zero sectors per cluster
    (32, struct.pack("<I", 0x7FFFFFFF)),  # BAT larger than the file
    (32, struct.pack("<I", 20000)),     # a BAT running into the data area
])
def test_garbage_headers_give_format_error(tmp_path, patch):
    path = make_ext(tmp_path)
    raw = bytearray(path.read_bytes())
    offset, value = patch
    raw[offset:offset + len(value)] = value
    path.write_bytes(raw)
    with pytest.raises(FormatError):
        open_image(path, format="parallels")


def test_garbage_extension_gives_format_error(tmp_path):
    path = make_ext(tmp_path)
    raw = bytearray(path.read_bytes())
    struct.pack_into("<I", raw, 56, 3 * 128)  # ext_off -> the cluster at 192 KiB (guest data, no magic)
    path.write_bytes(raw)
    with pytest.raises(FormatError):
        ParallelsImage(path)


@pytest.mark.parametrize("sample", ["parallels.qemu-ext.img", "parallels.old-magic.img", "parallels.bitmap.img"])
def test_damaged_samples_raise_only_qemuspec_errors(tmp_path, sample):
    """Random bytes in the header, BAT and extension: a FormatError or consistent data, never a crash."""
    from pathlib import Path

    from qemuspec.block.parallels.check import check_file
    from qemuspec.errors import QemuSpecError

    original = (Path(__file__).parent.parent / "samples" / sample).read_bytes()
    ext = struct.unpack_from("<I", original, 56)[0] * 512
    rng = __import__("random").Random(sample)
    path = tmp_path / "bad.img"
    for _ in range(200):
        raw = bytearray(original)
        for _ in range(rng.randrange(1, 4)):
            where = rng.choice([rng.randrange(64), rng.randrange(64, 128), ext + rng.randrange(24, 128)])
            raw[min(where, len(raw) - 1)] = rng.randrange(256)
        path.write_bytes(raw)
        try:
            with open_image(path, format="parallels") as image:
                if image.size <= 64 << 20:
                    image.read(0, image.size)
                map_image(image)
        except QemuSpecError:
            pass
        check_file(path)
