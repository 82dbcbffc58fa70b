"""Hostile qcow2 input: truncated, garbage and mutated images give our errors, in bounded time.

The seeds are the qcow2 samples; mutations are structure-aware (header
fields, extension lengths, table entries, snapshot and bitmap fields) and
byte-wise. Every operation a user can run on an image is tried; only
``qemuspec.errors`` exceptions may escape, nothing may take more than a few
seconds, and the file is never changed.
"""

from __future__ import annotations

import errno
import hashlib
import io
import signal
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qemuspec.block import open_image
from qemuspec.block.info import image_info
from qemuspec.block.map import map_image
from qemuspec.block.qcow2.bitmap import bitmap_bytes, list_bitmaps
from qemuspec.block.qcow2.snapshot import list_snapshots, open_snapshot
from qemuspec.errors import FormatError, QemuSpecError
from qemuspec.specs import parse, read_instance

from conftest import SAMPLES

SEEDS = sorted(SAMPLES.glob("qcow2.*.qcow2"))
WINDOW = 4 << 20  # bytes of guest data each example reads and maps


class Hang(Exception):
    pass


@contextmanager
def time_limit(seconds: int):
    def expire(*_):
        raise Hang(f"took longer than {seconds} s")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def exercise(path: Path) -> None:
    """Everything a user does with an image; only our errors may escape."""
    before = hashlib.sha256(path.read_bytes()).digest()
    with time_limit(20):
        try:
            with open_image(path, format="qcow2", backing=False) as image:
                n = min(image.size, WINDOW)
                image.read(0, n)
                if image.size > n:
                    image.read(image.size - min(image.size, 65536), min(image.size, 65536))
                map_image(image, 0, n)
                image_info(image)
                for bitmap in list_bitmaps(image):
                    if bitmap.granularity and -(-image.size // bitmap.granularity) < (64 << 20):
                        bitmap_bytes(image, bitmap)
                for snapshot in list_snapshots(image)[:4]:
                    with open_snapshot(image, snapshot.id) as view:
                        view.read(0, min(view.size, WINDOW))
        except QemuSpecError:
            pass
        try:
            parse("qcow2", path.read_bytes()[: 1 << 20], fetch_instances=False)
        except FormatError:
            pass
    assert hashlib.sha256(path.read_bytes()).digest() == before, "a read-only operation changed the file"


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_every_truncation_of_the_metadata(seed, tmp_path):
    data = seed.read_bytes()
    target = tmp_path / "cut.qcow2"
    cuts = sorted({0, 3, 4, 8, 71, 72, 103, 104, 105, 112, 200, 511, 4095, 4096, *range(0, len(data), 1024)})
    for cut in cuts:
        if cut < len(data):
            target.write_bytes(data[:cut])
            exercise(target)


def test_garbage_files(tmp_path):
    target = tmp_path / "garbage.qcow2"
    for content in [b"", b"QFI", b"QFI\xfb", b"QFI\xfb" + b"\xff" * 200, b"QFI\xfb\0\0\0\x03" + b"\0" * 500,
                    b"QFI\xfb" + bytes(range(256)) * 64]:
        target.write_bytes(content)
        exercise(target)


# (offset, width) of header fields a mutation may rewrite
HEADER_FIELDS = [(4, 4), (8, 8), (16, 4), (20, 4), (24, 8), (32, 4), (36, 4), (40, 8), (48, 8), (56, 4),
                 (60, 4), (64, 8), (72, 8), (80, 8), (88, 8), (96, 4), (100, 4), (104, 1)]
INTERESTING = [0, 1, 7, 8, 9, 21, 22, 63, 64, 104, 511, 512, 4096, 65536, 0x7FFFFFFF, 0x80000000,
               0xFFFFFFFF, 1 << 40, (1 << 63) - 1, (1 << 64) - 1]


mutation = st.one_of(
    st.tuples(st.just("header"), st.sampled_from(HEADER_FIELDS),
              st.sampled_from(INTERESTING) | st.integers(0, (1 << 64) - 1)),
    st.tuples(st.just("word"), st.integers(0, 1 << 20), st.sampled_from(INTERESTING) | st.integers(0, (1 << 64) - 1)),
    st.tuples(st.just("extension"), st.just(0), st.sampled_from(INTERESTING)),
    st.tuples(st.just("byte"), st.integers(0, 1 << 20), st.integers(0, 255)),
)


def apply(seed: Path, mutations) -> bytes:
    """Apply (kind, where, value) mutations: header fields, table words, the first
    extension's length, single bytes (positions wrap around the file)."""
    data = bytearray(seed.read_bytes())
    for kind, where, value in mutations:
        if kind == "header":
            offset, width = where
            data[offset:offset + width] = (value % (1 << (8 * width))).to_bytes(width, "big")
        elif kind == "word":  # a table entry somewhere: L1, L2, refcount, bitmap, snapshot fields
            offset = where % (len(data) // 8) * 8
            data[offset:offset + 8] = (value % (1 << 64)).to_bytes(8, "big")
        elif kind == "extension":
            start = int.from_bytes(data[100:104], "big") if data[7] == 3 else 72
            if start + 8 <= len(data):
                data[start + 4:start + 8] = (value % (1 << 32)).to_bytes(4, "big")
        else:
            data[where % len(data)] = value
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.sampled_from(SEEDS), mutations=st.lists(mutation, min_size=1, max_size=4))
def test_mutated_images(seed, mutations, tmp_path):
    target = tmp_path / "mutated.qcow2"
    target.write_bytes(apply(seed, mutations))
    exercise(target)


def test_a_backing_chain_that_loops_is_refused(tmp_path):
    from qcow2_images import create

    image = create(tmp_path / "loop.qcow2", "1M")
    data = bytearray(image.read_bytes())
    name = b"loop.qcow2"
    data[8:16] = (1024).to_bytes(8, "big")
    data[16:20] = len(name).to_bytes(4, "big")
    data[1024:1024 + len(name)] = name
    image.write_bytes(bytes(data))
    with time_limit(20), pytest.raises(FormatError, match="backing chain"):
        open_image(image)


def test_a_table_offset_no_file_system_can_seek_to_is_our_error(tmp_path):
    """A snapshot table at 2**56 + ...: ext4 refuses the seek (EINVAL) where tmpfs reads nothing.

    Hypothesis found it (one byte of snapshots_offset set); both ways it is
    the same bad input, refused with the offset the table claims, and
    ``check`` still reports it as qemu-img does.
    """
    target = tmp_path / "far.qcow2"
    target.write_bytes(SAMPLES.joinpath("qcow2.v3-bitmaps-snapshot.qcow2").read_bytes())
    with open(target, "r+b") as f:
        f.seek(64)  # the high byte of the header's snapshots_offset
        f.write(b"\x01")
    with pytest.raises(FormatError) as err:
        with open_image(target, format="qcow2", backing=False):
            pass
    assert err.value.offset is not None and err.value.offset >= 1 << 56
    exercise(target)


def test_a_seek_the_file_system_refuses_is_a_format_error():
    class Refusing(io.BytesIO):  # a file system whose files end at 16 TiB, as ext4's do
        def seek(self, n, whence=0):
            if whence == 0 and n >= 1 << 44:
                raise OSError(errno.EINVAL, "Invalid argument")
            return super().seek(n, whence)
    header = SAMPLES.joinpath("qcow2.v3-bitmaps-snapshot.qcow2").read_bytes()
    far = header[:64] + b"\x01" + header[65:]
    obj = parse("qcow2", Refusing(far), fetch_instances=False)
    with pytest.raises(FormatError) as err:
        read_instance(obj, "snapshots")
    assert err.value.offset == int.from_bytes(far[64:72], "big")
