"""The qcow2 reader against qemu-img on images qemu-img and qemu-io made at test time."""

from __future__ import annotations

import json
import subprocess

import pytest

from qemuspec.block import open_image
from qemuspec.block.info import image_info
from qemuspec.block.map import map_image
from qemuspec.block.qcow2.bitmap import dirty_ranges, find_bitmap, list_bitmaps
from qemuspec.block.qcow2.snapshot import list_snapshots, open_snapshot

from conftest import QEMUSPEC
from qcow2_images import BITMAP_WRITES, BITMAPS, RECIPES, qemu_img


@pytest.fixture(scope="module", params=sorted(RECIPES))
def image_path(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    return RECIPES[request.param](folder)


def qemu_json(*args) -> object:
    return json.loads(qemu_img(*args))


def test_guest_data_equals_qemu_img_convert(image_path, tmp_path):
    expected = tmp_path / "qemu.raw"
    qemu_img("convert", "-O", "raw", image_path, expected)
    with open_image(image_path) as image:
        data = image.read(0, image.size)
        assert data == expected.read_bytes()
        # unaligned reads across cluster boundaries agree too
        for offset, length in [(1, 3), (511, 2), (65535, 70000), (image.size - 7, 7)]:
            assert image.read(offset, length) == data[offset:offset + length]


def test_map_equals_qemu_img_map(image_path):
    with open_image(image_path) as image:
        ours = [e.to_json() for e in map_image(image)]
    assert ours == qemu_json("map", "--output=json", image_path)


def test_map_of_a_window_equals_qemu_img_map(image_path):
    start, length = 1000 * 1024 + 512, 3 << 20
    with open_image(image_path) as image:
        ours = [e.to_json() for e in map_image(image, start, length)]
    theirs = qemu_json("map", "--output=json", "--start-offset", str(start), "--max-length", str(length), image_path)
    assert ours == theirs


def test_info_equals_qemu_img_info(image_path):
    with open_image(image_path) as image:
        ours = [image_info(layer) for layer in image.chain()]
    assert ours == qemu_json("info", "--output=json", "--backing-chain", image_path)


def test_snapshots_read_as_qemu_img_converts_them(tmp_path_factory, tmp_path):
    image_path = RECIPES["snapshots"](tmp_path_factory.mktemp("snap"))
    with open_image(image_path) as image:
        listed = list_snapshots(image)
        assert [s.name for s in listed] == ["first", "second"]
        for sn in listed:
            expected = tmp_path / f"{sn.name}.raw"
            qemu_img("convert", "-l", f"snapshot.name={sn.name}", "-O", "raw", image_path, expected)
            with open_snapshot(image, sn.name) as view:
                assert view.read(0, view.size) == expected.read_bytes()
        # the active layer is still readable after the views are closed
        assert image.read(0, 4) == b"\xc4" * 4


def test_bitmaps_report_the_writes_made_while_enabled(tmp_path_factory):
    image_path = RECIPES["bitmaps"](tmp_path_factory.mktemp("bitmaps"))
    with open_image(image_path) as image:
        listed = {b.name: b for b in list_bitmaps(image)}
        assert {n: b.granularity for n, b in listed.items()} == {**{k: int(v) for k, v in BITMAPS.items()}, "off": 4096}  # default: the cluster size
        assert listed["off"].auto is False and all(listed[n].auto for n in BITMAPS)
        assert not any(b.in_use for b in listed.values())
        assert dirty_ranges(image, find_bitmap(image, "off")) == []
        for name in BITMAPS:
            g = listed[name].granularity
            expected = []
            for offset, length in BITMAP_WRITES:
                start = offset // g * g
                end = -(-(offset + length) // g) * g
                if expected and expected[-1][0] + expected[-1][1] >= start:
                    prev = expected.pop()
                    start = prev[0]
                expected.append((start, min(end, image.size) - start))
            assert dirty_ranges(image, find_bitmap(image, name)) == expected, name


def test_cli_agrees_with_qemu_img_on_a_chain(tmp_path_factory, tmp_path):
    image_path = RECIPES["chain"](tmp_path_factory.mktemp("cli-chain"))
    def ours(*args):
        result = subprocess.run([QEMUSPEC, *map(str, args)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        return result.stdout
    assert json.loads(ours("info", "--output=json", image_path)) == qemu_json("info", "--output=json", image_path)
    assert ours("map", "--output=json", image_path) == qemu_img("map", "--output=json", image_path)
    assert ours("map", image_path) == qemu_img("map", image_path)
    out = tmp_path / "ours.raw"
    ours("convert", "-O", "raw", image_path, out)
    qemu_img("compare", "-f", "raw", "-F", "qcow2", out, image_path)
