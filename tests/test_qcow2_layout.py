"""The reader's bulk-decoding masks (qemuspec.block.qcow2.layout) against the generated parser."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kaitaistruct import BytesIO, KaitaiStream

from qemuspec.block.qcow2 import layout
from qemuspec.formats.qcow2 import Qcow2
from qemuspec.specs import parse

from conftest import SAMPLES

u64 = st.integers(0, (1 << 64) - 1)


def root(cluster_bits: int = 16, refcount_order: int = 4):
    """A parsed image to serve as _root, with the cluster and refcount sizes wanted."""
    image = parse(Qcow2, (SAMPLES / "qcow2.v3-bitmaps-snapshot.qcow2").read_bytes(), fetch_instances=False)
    image.header.cluster_bits = cluster_bits
    image.header.refcount_order = refcount_order
    return image


def read(cls, data: bytes, image):
    obj = cls(KaitaiStream(BytesIO(data)), image, image)
    obj._read()
    return obj


@settings(max_examples=400)
@given(entry=u64)
def test_l1_entry(entry):
    e = read(Qcow2.L1Entry, entry.to_bytes(8, "big"), root())
    assert e.l2_offset == entry & layout.L1E_OFFSET_MASK
    assert e.copied == bool(entry & layout.L1E_COPIED)
    assert (e.reserved_hi << 56 | e.reserved_lo) == entry & layout.L1E_RESERVED


@settings(max_examples=400)
@given(entry=u64, cluster_bits=st.integers(9, 21))
def test_l2_entry(entry, cluster_bits):
    e = read(Qcow2.L2Entry, entry.to_bytes(8, "big"), root(cluster_bits))
    assert e.copied == bool(entry & layout.L2E_COPIED)
    assert e.compressed == bool(entry & layout.L2E_COMPRESSED)
    if e.compressed:
        assert layout.compressed_fields(entry, cluster_bits) == (e.compressed_offset, e.num_additional_sectors)
        assert e.host_offset is None
    else:
        assert e.host_offset == entry & layout.L2E_OFFSET_MASK
        assert e.zero == bool(entry & layout.L2E_ZERO)
        reserved = entry & layout.L2E_STD_RESERVED
        assert e.reserved == (reserved >> 56) * 256 + (reserved >> 1 & 0xFF)


@settings(max_examples=200)
@given(entry=u64, bitmap=u64)
def test_extended_l2_entry(entry, bitmap):
    e = read(Qcow2.ExtendedL2Entry, entry.to_bytes(8, "big") + bitmap.to_bytes(8, "big"), root(16))
    assert (e.zero_bitmap, e.alloc_bitmap) == (bitmap >> 32, bitmap & 0xFFFFFFFF)


@settings(max_examples=400)
@given(entry=u64)
def test_refcount_table_and_bitmap_table_entries(entry):
    raw = entry.to_bytes(8, "big")
    assert read(Qcow2.RefcountTableEntry, raw, root()).block_offset == entry & layout.REFT_OFFSET_MASK
    bme = read(Qcow2.BitmapTableEntry, raw, root())
    assert bme.offset == entry & layout.BME_OFFSET_MASK
    assert bme.all_ones == bool(entry & layout.BME_ALL_ONES)
    assert (bme.reserved_hi << 56 | bme.reserved_lo << 1) == entry & layout.BME_RESERVED


@pytest.mark.parametrize("order", range(7))
@settings(max_examples=30)
@given(data=st.data())
def test_refcount_block(order, data):
    cluster_bits = 9
    raw = data.draw(st.binary(min_size=1 << cluster_bits, max_size=1 << cluster_bits))
    block = read(Qcow2.RefcountBlock, raw, root(cluster_bits, order))
    if order < 3:
        generated = [int(v) for byte in block.packed_refcounts for v in byte.refcounts]
    else:
        generated = list(getattr(block, f"refcounts_b{1 << order}"))
    assert list(layout.decode_refcounts(raw, order)) == generated
    count = data.draw(st.integers(0, len(generated)))
    assert list(layout.decode_refcounts(raw, order, count)) == generated[:count]


def test_refcounts_narrower_than_a_byte_are_packed_from_the_low_bits():
    assert list(layout.decode_refcounts(bytes([0b10110001]), 0)) == [1, 0, 0, 0, 1, 1, 0, 1]
    assert list(layout.decode_refcounts(bytes([0b11100100]), 1)) == [0, 1, 2, 3]
    assert list(layout.decode_refcounts(bytes([0x3A]), 2)) == [0xA, 0x3]
    assert list(layout.decode_refcounts(bytes([0, 1, 0, 2]), 4)) == [1, 2]
    assert list(layout.decode_refcounts(bytes([0xFF] * 8), 6)) == [(1 << 64) - 1]
    assert list(layout.decode_refcounts(bytes([0xFF, 0x0F]), 0, 10)) == [1] * 8 + [1, 1]


def test_decode_u64_table_is_big_endian():
    assert list(layout.decode_u64_table(bytes(range(16)))) == [0x0001020304050607, 0x08090A0B0C0D0E0F]


@settings(max_examples=300)
@given(entry=st.integers(0, (1 << 62) - 1), step=st.sampled_from([0, 1 << 9, 1 << 16, 1 << 21]),
       limit=st.integers(1, 300), breaks=st.lists(st.tuples(st.integers(0, 299), u64), max_size=3),
       tables=st.integers(1, 3))
def test_run_length_counts_what_a_loop_counts(entry, step, limit, breaks, tables):
    """run_length against an entry-by-entry count, over tables that go on from each other
    (the walk's case, where the run it predicts is built from the one before)."""
    for table in range(tables):
        first = entry + table * limit * step
        words = [first + i * step for i in range(limit)]
        for where, value in breaks:
            if where < limit:
                words[where] = value
        expected = next((i for i, w in enumerate(words) if w != first + i * step), limit)
        raw = layout.table_words(layout.decode_u64_table(layout.encode_u64_table(words)))
        assert layout.run_length(raw, 0, limit, first, step) == expected
