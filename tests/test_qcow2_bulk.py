"""The bulk (numpy) walks of qcow2 metadata against entry-by-entry models of them.

The reader classifies whole L2 tables at once and the check scans whole L2
tables at once; both must give what walking the entries one at a time gives:
the same runs, the same errors, the same findings in the same order. The
mapping model below walks one entry at a time, as the reader does for short
walks; the check in bulk is compared with the check entry by entry (what
small images get). Tables are random: entries with every flag and offset
kind, in the images qemu-img makes.
"""

from __future__ import annotations

import os
from array import array
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import qemuspec.block.qcow2.check as check_module
import qemuspec.block.qcow2.image as image_module
from qemuspec.block import open_image
from qemuspec.block.map import map_image
from qemuspec.block.qcow2 import Qcow2Image
from qemuspec.block.qcow2.check import check_file
from qemuspec.block.qcow2.image import SUBCLUSTERS, ClusterKind, Mapping, _mergeable
from qemuspec.block.qcow2.layout import (
    L1E_OFFSET_MASK, L2E_COMPRESSED, L2E_COPIED, L2E_OFFSET_MASK, L2E_ZERO, compressed_fields,
)
from qemuspec.errors import FormatError

from qcow2_images import RECIPES, create, qemu_img, qemu_io
from test_qcow2_check import CORRUPTIONS, Patch, base_image

# -- the entry-by-entry model of the reader ------------------------------------------------------


def model_runs(image: Qcow2Image, table, pos: int, stop: int) -> list[Mapping]:
    """Runs of ``[pos, stop)`` inside one L2 table, one cluster (or subcluster) at a time."""
    bits = image.cluster_bits
    pieces: list[Mapping] = []
    while pos < stop:
        cluster = pos >> bits
        cluster_stop = min(stop, (cluster + 1) << bits)
        index = cluster % image.l2_entries
        if image.extended_l2:
            entry, bitmap = table[2 * index], table[2 * index + 1]
        else:
            entry, bitmap = table[index], None
        for piece in model_cluster(image, entry, bitmap, cluster, pos, cluster_stop):
            if pieces and _mergeable(pieces[-1], piece):
                pieces[-1] = pieces[-1]._replace(length=pieces[-1].length + piece.length)
            else:
                pieces.append(piece)
        pos = cluster_stop
    return pieces


def model_cluster(image: Qcow2Image, entry: int, bitmap: int | None, cluster: int, pos: int, stop: int):
    cs, bits = image.cluster_size, image.cluster_bits
    base = cluster << bits
    if entry & L2E_COMPRESSED:
        if image.has_data_file:
            image._refuse_compressed_with_data_file(cluster)  # no compressed clusters with a data file
        host, sectors = compressed_fields(entry, bits)
        return [Mapping(pos, stop - pos, ClusterKind.COMPRESSED, host, (sectors + 1) * 512 - host % 512)]
    host = entry & L2E_OFFSET_MASK
    allocated = host != 0 or (image.has_data_file and entry & L2E_COPIED)
    # in QEMU's order: the zero flag of a version 2 image, the subcluster bitmap, then the host offset
    if image.version < 3 and entry & L2E_ZERO:
        image._refuse_v2_zero(cluster)  # a version 2 image has no zero flag: the read fails
    if bitmap is not None and (bitmap & 0xFFFFFFFF & bitmap >> 32 or (not allocated and bitmap & 0xFFFFFFFF)):
        image._refuse_bitmap(cluster, bitmap)
    if allocated and host % cs:
        image._refuse_misaligned(cluster, host)
    if allocated and image.has_data_file and host != base:
        image._refuse_data_file_offset(cluster, host)  # a data file's clusters are at their guest offsets
    if bitmap is None:
        kind = ClusterKind.ZERO if image.version >= 3 and entry & L2E_ZERO else ClusterKind.DATA if allocated else ClusterKind.UNALLOCATED
        return [Mapping(pos, stop - pos, kind, host + (pos - base) if allocated else None)]
    alloc, zero = bitmap & 0xFFFFFFFF, bitmap >> 32
    sc_size = cs // SUBCLUSTERS
    out = []
    while pos < stop:
        sub = (pos - base) // sc_size
        sub_end = min(stop, base + (sub + 1) * sc_size)
        kind = ClusterKind.ZERO if zero >> sub & 1 else ClusterKind.DATA if alloc >> sub & 1 else ClusterKind.UNALLOCATED
        out.append(Mapping(pos, sub_end - pos, kind, host + (pos - base) if allocated else None))
        pos = sub_end
    return out


def outcome(call):
    try:
        return list(call())
    except FormatError as exc:
        return ("error", str(exc))


# -- random tables -------------------------------------------------------------------------------


def entry_strategy(cs: int, extended: bool, limit: int):
    """L2 entries of every kind; runs of contiguous clusters are likely (offsets near each other)."""
    aligned = st.integers(0, limit // cs).map(lambda n: n * cs)
    offset = st.one_of(aligned, aligned, st.integers(0, limit).map(lambda n: n & L2E_OFFSET_MASK))
    flags = st.sampled_from([0, 0, L2E_COPIED, L2E_ZERO, L2E_COPIED | L2E_ZERO, 1 << 57])
    standard = st.builds(lambda o, f: o | f, offset, flags)
    compressed = st.builds(lambda o, s, c: L2E_COMPRESSED | c | (s << (70 - cs.bit_length() + 1)) | o,
                           st.integers(0, limit), st.integers(0, 3), st.sampled_from([0, 0, L2E_COPIED]))
    entry = st.one_of(st.just(0), standard, standard, compressed)
    if not extended:
        return entry.map(lambda e: (e,))
    bitmap = st.one_of(st.sampled_from([0, 0xFFFFFFFF, 0xFFFFFFFF << 32]), st.integers(0, (1 << 64) - 1),
                       st.integers(0, 0xFFFFFFFF), st.integers(0, 0xFFFFFFFF).map(lambda b: b << 32),
                       st.integers(0, 0xFFFF).map(lambda b: b | (~b & 0xFFFF0000) << 32))
    return st.tuples(entry.map(lambda e: e & ~L2E_ZERO), bitmap)


def at_guest_offsets(table: array, first: int, cs: int, per_entry: int) -> array:
    """``table`` with every allocated entry at its guest offset (``first`` is entry 0's), compressed
    ones made plain: what a data file's L2 table holds (QEMU refuses anything else)."""
    out = array("Q", table)
    for i in range(0, len(out), per_entry):
        entry = out[i]
        if entry & L2E_COMPRESSED:
            entry = L2E_COPIED | cs  # plain, at the offset set just below
        if entry & L2E_OFFSET_MASK:
            out[i] = entry & ~L2E_OFFSET_MASK | first + i // per_entry * cs
    return out


def fill(table_len: int, entries: list[tuple], contiguous_from: int, cs: int) -> array:
    """A table: the drawn entries, then runs of contiguous clusters so that runs merge."""
    words: list[int] = [w for e in entries for w in e]
    step = len(entries[0]) if entries else 1
    host = contiguous_from
    while len(words) < table_len:
        words.extend([host | L2E_COPIED] + [0xFFFFFFFF] * (step - 1))
        host += cs
    return array("Q", words[:table_len])


@pytest.fixture(scope="module", params=["standard", "extended", "data-file", "v2"])
def reader_image(request, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp(request.param)
    options = {"standard": "cluster_size=64k", "extended": "cluster_size=64k,extended_l2=on",
               "data-file": f"cluster_size=64k,data_file={folder / 'data.raw'}", "v2": "cluster_size=64k,compat=0.10"}
    return create(folder / "disk.qcow2", "8M", options[request.param])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_runs_in_bulk_are_the_runs_entry_by_entry(reader_image, data):
    with Qcow2Image(reader_image, backing=False) as image:
        cs, extended = image.cluster_size, image.extended_l2
        per_entry = 2 if extended else 1
        entries = data.draw(st.lists(entry_strategy(cs, extended, 1 << 40), max_size=40))
        table = fill(image.l2_entries * per_entry, entries, data.draw(st.integers(1, 1 << 20)) * cs, cs)
        span = image.l2_entries * cs
        pos = data.draw(st.integers(0, span - 1))
        stop = data.draw(st.integers(pos + 1, span))
        shift = data.draw(st.integers(0, 3)) * span  # guest offsets inside the L2 table of one L1 index
        pos, stop = pos + shift, stop + shift
        if image.has_data_file and data.draw(st.booleans()):  # mostly valid: clusters at their guest offsets
            table = at_guest_offsets(table, shift, cs, per_entry)
        bulk = image._extended_runs if extended else image._standard_runs
        each = image._extended_runs_each if extended else image._standard_runs_each
        expected = outcome(lambda: model_runs(image, table, pos, stop))
        assert outcome(lambda: bulk(table, pos, stop)) == expected
        assert outcome(lambda: each(table, pos, stop)) == expected


@pytest.mark.parametrize("recipe", sorted(RECIPES))
def test_a_walk_in_bulk_maps_and_reads_what_a_walk_entry_by_entry_does(recipe, tmp_path, monkeypatch):
    path = RECIPES[recipe](tmp_path)

    def walk():
        with open_image(path) as image:
            return [e.to_json() for e in map_image(image)], map_image(image, 70000, 3 << 20), image.read(0, image.size)

    os.sync()  # the file's allocated blocks (the preallocation guess of map) settle after qemu-io's writes
    walk()
    each = walk()
    monkeypatch.setattr(image_module, "BULK_ENTRIES", 1)
    assert walk() == each


# -- the check with and without its bulk scan -------------------------------------------------------


def checked(path: Path, bulk: bool, monkeypatch) -> tuple:
    with monkeypatch.context() as m:
        m.setattr(check_module, "BULK_ENTRIES", 0 if bulk else 1 << 62)
        result = check_file(path)
    return (result.to_json(str(path)), result.exit_code, result.messages, result.messages_dropped,
            str(result.error), result.finished)


def l2_tables(path: Path) -> list[int]:
    with Qcow2Image(path, backing=False, for_check=True) as image:
        return sorted({e & L1E_OFFSET_MASK for e in image._l1 if e & L1E_OFFSET_MASK})


@pytest.fixture(scope="module", params=["4k", "extended", "data-file", "refcount-1", "refcount-64", "snapshot",
                                        "preallocated"])
def check_image_path(request, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp(request.param)
    options = {"4k": "cluster_size=4k", "extended": "cluster_size=16k,extended_l2=on",
               "data-file": f"cluster_size=4k,data_file={folder / 'data.raw'}",
               "refcount-1": "cluster_size=4k,refcount_bits=1", "refcount-64": "cluster_size=4k,refcount_bits=64",
               "snapshot": "cluster_size=4k", "preallocated": "cluster_size=4k,preallocation=metadata"}
    image = create(folder / "disk.qcow2", "8M", options[request.param])
    qemu_io(image, "write -P 0x51 0 256k", "write -P 0x52 4m 64k")
    if request.param not in ("data-file", "preallocated"):   # no compressed write over an allocated cluster
        qemu_io(image, "write -c -P 0x53 6m 64k")
    if request.param == "snapshot":
        qemu_img("snapshot", "-c", "snap", image)
        qemu_io(image, "write -P 0x54 0 16k")
    return image


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_bulk_check_finds_what_the_entry_by_entry_check_finds(check_image_path, tmp_path, monkeypatch, data):
    original = check_image_path.read_bytes()
    path = tmp_path / "patched.qcow2"
    path.write_bytes(original)
    tables = l2_tables(path)
    with Qcow2Image(path, backing=False) as image:
        cs = image.cluster_size
    file_clusters = len(original) // cs
    patches = data.draw(st.lists(
        st.tuples(st.sampled_from(tables), st.integers(0, cs // 8 - 1),
                  st.one_of(st.integers(0, (1 << 64) - 1),
                            st.builds(lambda n, f: n * cs | f, st.integers(0, file_clusters + 2),
                                      st.sampled_from([0, L2E_COPIED, L2E_ZERO, L2E_COPIED | L2E_ZERO])),
                            st.builds(lambda n: L2E_COMPRESSED | n, st.integers(0, len(original) + 2 * cs)))),
        max_size=4))
    with open(path, "r+b") as f:
        for table, index, value in patches:
            f.seek(table + 8 * index)
            f.write(value.to_bytes(8, "big"))
    assert checked(path, True, monkeypatch) == checked(path, False, monkeypatch)


@pytest.mark.parametrize("name", sorted(CORRUPTIONS))
def test_the_bulk_check_of_each_corruption_is_the_entry_by_entry_one(name, tmp_path, monkeypatch):
    """test_qcow2_check compares these with qemu-img, on images small enough to go entry by entry."""
    patch, how = CORRUPTIONS[name]
    path = base_image(tmp_path, how.get("options", "cluster_size=4k"), how.get("snapshot", False))
    patch(Patch(path))
    assert checked(path, True, monkeypatch) == checked(path, False, monkeypatch)


@pytest.mark.parametrize("bits", [1, 2, 4, 8, 16, 32, 64])
def test_the_clusters_in_use_are_counted_at_every_refcount_width(bits, tmp_path):
    from qemuspec.block.qcow2.refcount import RefcountTable

    image_path = create(tmp_path / "disk.qcow2", "8M", f"cluster_size=4k,refcount_bits={bits}")
    qemu_io(image_path, "write -P 0x51 0 200k", "write -P 0x52 6m 12k")
    with Qcow2Image(image_path, backing=False) as image:
        counts = RefcountTable(image).refcounts(len(RefcountTable(image)) * RefcountTable(image).per_block)
        expected = sum(1 for n in counts if n)
        assert image._used_clusters(1 << 62) == expected > 0
