"""The bulk (numpy) walks of a Parallels BAT against the walks entry by entry.

A BAT of at least ``BULK_ENTRIES`` entries is walked with numpy (map's runs,
convert's ranges, check's rules); a shorter one entry by entry. Here both are
forced on the same images (``BULK_ENTRIES`` 0 and huge) and must give the
same runs, the same map, the same check findings in the same order and the
same repaired files: on random BATs with every kind of entry the rules know
(unallocated, in the data area, shared, below it, misaligned, past the end of
the file, a cluster the Format Extension also claims), on both magics and
every way of giving the data area, and on the held-out corpus's Parallels
images. The view numpy takes of the BAT is held to the generated parser.
"""

from __future__ import annotations

import io
import json
import shutil
import struct
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import qemuspec.block.parallels.image as image_module
from qemuspec.block.map import extents_json, map_chunks, map_columns, map_image, write_extents_json
from qemuspec.block.measure import _allocated_clusters_bytes
from qemuspec.block.parallels import ParallelsImage
from qemuspec.block.parallels.check import check_file, check_image
from qemuspec.block.parallels.create import build_header
from qemuspec.block.parallels.image import bat_view
from qemuspec.errors import FormatError
from qemuspec.formats.parallels import Parallels
from qemuspec.specs import parse

from conftest import QEMUSPEC
from corpus import RECIPES

SAMPLES = Path(__file__).parent.parent / "samples"
HUGE = 1 << 62


@contextmanager
def bulk(on: bool, window: int = 5):
    """Bulk walks on (of ``window`` BAT entries at a time: small, so that runs cross windows) or off."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(image_module, "BULK_ENTRIES", 0 if on else HUGE)
        mp.setattr(image_module, "WINDOW", window)
        yield


def result_dict(result) -> dict:
    out = dict(vars(result)) if result.error is None else {**vars(result), "error": str(result.error)}
    return out


# -- images --------------------------------------------------------------------------------------

@st.composite
def bat_images(draw) -> tuple[bytes, int]:
    """An image's bytes (header, BAT, data clusters each filled with its own byte) and its cluster size."""
    ext = draw(st.booleans())
    cs = draw(st.sampled_from([512, 1024, 4096]))
    count = draw(st.integers(1, 40))
    header = bytearray(build_header(count * cs, cs))
    bat_end = 64 + 4 * count
    how = draw(st.sampled_from(["cluster", "sector", "zero"]))
    if how == "sector":    # the data area right after the BAT, not cluster-aligned
        struct.pack_into("<I", header, 48, -(-bat_end // 512))
    elif how == "zero":
        struct.pack_into("<I", header, 48, 0)
    if not ext:
        header[:16] = b"WithoutFreeSpace"
        struct.pack_into("<I", header, 40, 0)   # no high half of the sector count
    data_off = struct.unpack_from("<I", header, 48)[0] * 512 or -(-bat_end // 512) * 512
    unit = cs if ext else 512
    clusters = draw(st.integers(0, count + 3))
    file_size = data_off + clusters * cs + draw(st.sampled_from([0, 0, 100, cs]))
    first = -(-data_off // unit)
    step = cs // unit
    in_area = st.integers(0, max(0, clusters - 1)).map(lambda k: first + k * step)
    kinds = [st.just(0), in_area, in_area]
    if draw(st.booleans()):   # entries anywhere, past the end of the file too (else leaks are rare)
        kinds += [st.integers(1, 0xFFFFFFFF), st.integers(-(-file_size // unit), -(-file_size // unit) + 4)]
    if first > 1:
        kinds.append(st.integers(1, first - 1))                       # below the data area
    if step > 1:
        kinds.append(in_area.map(lambda e: e + 1))                    # misaligned
    entries = draw(st.lists(st.one_of(*kinds), min_size=count, max_size=count))
    entries = [e if e < 1 << 32 else 0 for e in entries]
    if clusters and draw(st.booleans()):   # a Format Extension claimed at one of the clusters
        ext_off = data_off + draw(st.integers(0, clusters - 1)) * cs
        struct.pack_into("<II", header, 56, ext_off // 512 & 0xFFFFFFFF, ext_off // 512 >> 32)
    data = bytearray(max(file_size, data_off))
    data[:64] = header
    data[64:bat_end] = struct.pack(f"<{count}I", *entries)
    for k in range(clusters):
        at = data_off + k * cs
        data[at:at + cs] = bytes([k % 251 + 1]) * len(data[at:at + cs])
    return bytes(data[:file_size] if file_size >= bat_end else data[:bat_end]), cs


def both_ways(path: Path, fn):
    """``fn(path)`` entry by entry and in bulk (each on its own copy of the file)."""
    out = []
    for on in (False, True):
        copy = path.with_name(f"{path.name}.{'bulk' if on else 'each'}")
        shutil.copyfile(path, copy)
        with bulk(on):
            out.append((fn(copy), copy.read_bytes()))
    return out


def agree(path: Path) -> None:
    """Every bulk walk of the image at ``path`` equals the walk entry by entry."""
    try:
        with ParallelsImage(path, strict_extension=False) as image:
            pass
    except FormatError:
        return
    for repair in (None, "leaks", "all"):
        each, in_bulk = both_ways(path, lambda p: result_dict(check_file(p, repair=repair)))
        assert in_bulk == each, repair
    with ParallelsImage(path, strict_extension=False) as image:
        with bulk(False):
            runs = image.block_status(0, image.size) if image.size else []
            extents = map_image(image)
        for window in (1, 2, 7, 1 << 16):
            with bulk(True, window):
                assert (image.block_status(0, image.size) if image.size else []) == runs
                chunks = map_chunks(image)
                if chunks is not None:
                    out = io.BytesIO()
                    write_extents_json(chunks, out)
                    assert out.getvalue() == extents_json(extents).encode() + b"\n"
        with bulk(True):
            columns = map_columns(image)
            if image.size and len(image.bat):   # (past the BAT there is nothing to walk in bulk)
                assert columns is not None
                assert columns.extents() == extents
                assert extents_json(columns) == extents_json(extents)
        for target in (512, 4096, 65536, 2 << 20):   # what measure counts for a target's clusters
            with bulk(False):
                each = _allocated_clusters_bytes(image, target)
            with bulk(True):
                assert _allocated_clusters_bytes(image, target) == each
        cs = image.cluster_size
        for start in {0, 1, cs - 1, cs, cs + 7, image.size // 3}:
            for length in {1, cs, 3 * cs + 5, image.size - start}:
                if 0 <= start and 0 < length and start + length <= image.size:
                    with bulk(False):
                        each = image.block_status(start, length)
                    with bulk(True):
                        assert image.block_status(start, length) == each
                        got = map_columns(image, start, length)
                        assert got is None and start >= len(image.bat) * cs or \
                            got.extents() == map_image(image, start, length)


def model_read(raw: bytes, image: ParallelsImage, offset: int, length: int) -> bytes:
    """Guest bytes cluster by cluster, straight from the BAT (past the file's end: zeros)."""
    out = bytearray()
    cs = image.cluster_size
    for pos in range(offset, offset + length):
        index, within = divmod(pos, cs)
        entry = image.bat[index] if index < len(image.bat) else 0
        at = entry * image.bat_unit + within
        out.append(raw[at] if entry and at < len(raw) else 0)
    return bytes(out)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(made=bat_images())
def test_bulk_walks_equal_the_walks_entry_by_entry(tmp_path, made):
    raw, cs = made
    path = tmp_path / "random.hdd"
    path.write_bytes(raw)
    agree(path)
    try:
        image = ParallelsImage(path, strict_extension=False)
    except FormatError:
        return
    with image:
        for offset, length in ((0, image.size), (cs // 2, min(image.size - cs // 2, 5 * cs)), (cs, cs)):
            if length > 0 and offset + length <= image.size:
                assert image.read(offset, length) == model_read(raw, image, offset, length)


PARALLELS_CORPUS = sorted(name for name in RECIPES if "parallels" in name)


@pytest.mark.parametrize("name", PARALLELS_CORPUS)
def test_bulk_walks_agree_on_the_corpus(tmp_path, name):
    agree(RECIPES[name](tmp_path))


@pytest.mark.parametrize("sample", sorted(SAMPLES.glob("parallels.*.img")), ids=lambda p: p.name)
def test_the_bat_view_is_the_parsers_bat(tmp_path, sample):
    """The numpy view of the BAT, the unit of its entries and the data area are the generated parser's."""
    parsed = parse(Parallels, sample.read_bytes())
    with ParallelsImage(sample) as image:
        assert bat_view(image.bat).tolist() == list(parsed.bat_entries)
        assert image.bat_unit == parsed.bat_unit
        assert image.cluster_size == parsed.cluster_size
        assert image.data_offset == parsed.ofs_data
    agree(shutil.copyfile(sample, tmp_path / sample.name))


def large_image(path: Path) -> Path:
    """A clean image of BULK_ENTRIES + 3 entries of 4 KiB clusters, some out of guest order."""
    cs, count = 4096, image_module.BULK_ENTRIES + 3
    header = build_header(count * cs, cs)
    first = struct.unpack_from("<I", header, 48)[0] * 512 // cs
    allocated = [i for i in range(count) if i % 5 not in (1, 3)]
    hosts = list(range(first, first + len(allocated)))
    for k in range(0, len(hosts) - 1, 7):   # every seventh pair swapped: fragments
        hosts[k], hosts[k + 1] = hosts[k + 1], hosts[k]
    entries = [0] * count
    for i, host in zip(allocated, hosts):
        entries[i] = host
    with open(path, "wb") as f:
        f.write(header + struct.pack(f"<{count}I", *entries))
        f.truncate((first + len(hosts)) * cs)
    return path


def check_json(command: list, path: Path, *extra) -> tuple[int, dict]:
    p = subprocess.run([*command, "check", "--output=json", *extra, path], capture_output=True)
    return p.returncode, json.loads(p.stdout)


@pytest.mark.parametrize("flag", [None, "leaks", "all"])
def test_a_large_damaged_bat_checks_and_repairs_in_bulk_like_qemu_img(tmp_path, flag):
    """Entries outside the file and a leak (what QEMU 7.2 checks too) past BULK_ENTRIES: qemu-img's
    findings, exit codes and repairs."""
    ours = large_image(tmp_path / "ours.hdd")
    with open(ours, "r+b") as f:
        for index in (10, 40000, image_module.BULK_ENTRIES + 2):
            f.seek(64 + 4 * index)
            f.write(struct.pack("<I", 0x00FFFFFF - index))
        f.seek(0, 2)
        f.truncate(f.tell() + 3 * 4096 + 100)
    theirs = tmp_path / "theirs.hdd"
    shutil.copyfile(ours, theirs)
    extra = ["-r", flag] if flag else []
    expected = check_json(["qemu-img"], theirs, "-f", "parallels", *extra)
    got = check_json([QEMUSPEC], ours, *extra)
    assert got == (expected[0], {**expected[1], "filename": str(ours)})
    # QEMU 7.2 grows the file to the end of the highest entry it had at open when it closes the
    # image (entries outside included), so its repaired file has leaks or outside entries again;
    # ours is clean after -r all, with the same guest data
    if flag == "all":
        assert check_json([QEMUSPEC], ours)[0] == 0
        compare = subprocess.run(["qemu-img", "compare", "-f", "parallels", "-F", "parallels", ours, theirs],
                                 capture_output=True, text=True)
        assert compare.returncode == 0, compare.stdout


def test_a_large_bat_maps_and_checks_in_bulk_like_qemu_img(tmp_path):
    """A BAT past BULK_ENTRIES (the default threshold), some clusters out of guest order:
    map and check as qemu-img has them, and the same as entry by entry."""
    path = large_image(tmp_path / "large.hdd")
    ours = subprocess.run([QEMUSPEC, "map", "--output=json", path], capture_output=True, check=True).stdout
    theirs = subprocess.run(["qemu-img", "map", "-f", "parallels", "--output=json", path],
                            capture_output=True, check=True).stdout
    assert ours == theirs   # byte for byte
    human = [subprocess.run([*command, "map", *fmt, path], capture_output=True, check=True).stdout
             for command, fmt in (([QEMUSPEC], []), (["qemu-img"], ["-f", "parallels"]))]
    assert human[0] == human[1]
    ours = subprocess.run([QEMUSPEC, "check", "--output=json", path], capture_output=True)
    theirs = subprocess.run(["qemu-img", "check", "-f", "parallels", "--output=json", path], capture_output=True)
    assert (ours.returncode, json.loads(ours.stdout)) == (theirs.returncode, json.loads(theirs.stdout))
    with ParallelsImage(path) as image:
        columns = map_columns(image)
        assert columns is not None   # the default threshold takes the bulk path
        out = io.BytesIO()
        write_extents_json(columns, out)
        assert out.getvalue() == ours_map(path)
    agree(path)


def ours_map(path) -> bytes:
    return subprocess.run([QEMUSPEC, "map", "--output=json", path], capture_output=True, check=True).stdout
