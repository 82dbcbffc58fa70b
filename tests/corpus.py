"""A held-out corpus of images, the same on every run: each name maps to one recipe.

Three kinds of image, all made at test time:
  * QEMU-made: qemu-img create / qemu-io / convert over the options users meet;
  * corrupted: one QEMU-made image with one field poked, the kinds of damage
    QEMU's tests/qemu-iotests make with poke_file;
  * fuzzed: one header, extension, table or BAT field of a QEMU-made image set
    to a boundary value (0, 1, 2^n, 2^n - 1, all ones, ...), picked by a
    random.Random seeded with the image's name, in the manner of QEMU's
    tests/image-fuzzer (our own generator).
A recipe takes an empty folder and returns the path of the image to open.
"""

from __future__ import annotations

import random
import struct
import subprocess
from pathlib import Path
from typing import Callable

from qcow2_images import create, qemu_img, qemu_io

Recipe = Callable[[Path], Path]
RECIPES: dict[str, Recipe] = {}


# --- QEMU-made qcow2 ------------------------------------------------------------------------

WRITES = ["write -P 0x21 0 33k", "write -P 0x22 300k 200k", "write -z 400k 40k", "write -c -P 0x23 1m 128k",
          "discard 310k 64k", "write -P 0x24 3m 8k"]


def made(options: str, size: str = "4M", writes: list[str] = WRITES) -> Recipe:
    def build(folder: Path) -> Path:
        image = create(folder / "disk.qcow2", size, options)
        qemu_io(image, *writes)
        return image
    return build


PLAIN_WRITES = [w.replace(" -c ", " ") for w in WRITES]  # compressed writes need whole clusters
for cluster in ("512", "1k", "2k", "8k", "32k", "128k", "1M", "2M"):
    RECIPES[f"made-cluster-{cluster}"] = made(f"cluster_size={cluster}", writes=WRITES if cluster[-1] != "M" else PLAIN_WRITES)
for bits in (1, 2, 4, 8, 32, 64):
    RECIPES[f"made-refcount-{bits}"] = made(f"refcount_bits={bits},cluster_size=4k")
RECIPES["made-compat-0.10"] = made("compat=0.10,cluster_size=2k")
RECIPES["made-compat-0.10-refcount-16"] = made("compat=0.10", writes=WRITES[:2])
for cluster in ("16k", "64k", "512k"):
    RECIPES[f"made-extended-l2-{cluster}"] = made(f"extended_l2=on,cluster_size={cluster}",
                                                   writes=WRITES if cluster != "512k" else PLAIN_WRITES)
RECIPES["made-lazy"] = made("lazy_refcounts=on,cluster_size=8k")
RECIPES["made-zstd-16k"] = made("compression_type=zstd,cluster_size=16k")
RECIPES["made-zstd-extended"] = made("compression_type=zstd,extended_l2=on")
for mode in ("off", "metadata", "falloc", "full"):
    RECIPES[f"made-prealloc-{mode}"] = made(f"preallocation={mode},cluster_size=16k", size="3M", writes=WRITES[:2])
RECIPES["made-odd-size"] = made("cluster_size=4k", size="3000001", writes=WRITES[:3])
RECIPES["made-empty"] = made("", size="1G", writes=[])


def data_file(raw: bool, cluster: str) -> Recipe:
    def build(folder: Path) -> Path:
        options = f"data_file={folder / 'disk.data'},cluster_size={cluster}" + (",data_file_raw=on" if raw else "")
        image = create(folder / "disk.qcow2", "4M", options)
        qemu_io(image, *[w for w in WRITES if " -c " not in w])  # compression is not allowed with a data file
        return image
    return build


RECIPES["made-data-file"] = data_file(False, "8k")
RECIPES["made-data-file-raw"] = data_file(True, "64k")


def converted(fmt_options: str, compress: bool) -> Recipe:
    def build(folder: Path) -> Path:
        raw = folder / "source.raw"
        qemu_img("create", "-q", "-f", "raw", raw, "2M")
        qemu_io(raw, "write -P 0x31 0 100k", "write -P 0x32 1500k 4k", fmt="raw")
        image = folder / "disk.qcow2"
        qemu_img("convert", *(["-c"] if compress else []), "-O", "qcow2", "-o", fmt_options, raw, image)
        return image
    return build


RECIPES["made-convert-zlib-1k"] = converted("cluster_size=1k", True)
RECIPES["made-convert-zstd-2m"] = converted("cluster_size=2M,compression_type=zstd", True)
RECIPES["made-convert-plain-refcount-8"] = converted("refcount_bits=8", False)


def chain(base_fmt: str, base_size: str, top_size: str, top_options: str = "") -> Recipe:
    def build(folder: Path) -> Path:
        base = folder / f"base.{base_fmt}"
        qemu_img("create", "-q", "-f", base_fmt, base, base_size)
        qemu_io(base, "write -P 0x41 0 1m", "write -P 0x42 1500k 300k", fmt=base_fmt)
        top = create(folder / "top.qcow2", top_size, top_options, backing=base, backing_fmt=base_fmt)
        qemu_io(top, "write -P 0x43 64k 4k", "write -z 128k 64k", "discard 1m 64k")
        return top
    return build


RECIPES["made-chain-raw-shorter"] = chain("raw", "2M", "4M")
RECIPES["made-chain-qcow2-longer"] = chain("qcow2", "4M", "3M", "cluster_size=4k")
RECIPES["made-chain-qcow2-extended"] = chain("qcow2", "3M", "3M", "extended_l2=on")
RECIPES["made-chain-raw-odd"] = chain("raw", "2222222", "3M", "compat=0.10")


def three_level(folder: Path) -> Path:
    base = chain("qcow2", "4M", "4M", "cluster_size=16k")(folder)
    top = create(folder / "third.qcow2", "5M", "cluster_size=4k", backing=base)
    qemu_io(top, "write -P 0x44 1m 12k", "write -z 0 4k")
    return top


RECIPES["made-chain-three"] = three_level


def snapshots(options: str) -> Recipe:
    def build(folder: Path) -> Path:
        image = create(folder / "disk.qcow2", "4M", options)
        qemu_io(image, "write -P 0x51 0 512k")
        qemu_img("snapshot", "-c", "one", image)
        qemu_io(image, "write -P 0x52 256k 512k", "discard 0 64k")
        qemu_img("snapshot", "-c", "two", image)
        qemu_img("snapshot", "-c", "three", image)
        qemu_img("snapshot", "-d", "two", image)
        qemu_io(image, "write -P 0x53 3m 4k")
        return image
    return build


RECIPES["made-snapshots-4k"] = snapshots("cluster_size=4k")
RECIPES["made-snapshots-v2"] = snapshots("compat=0.10")


def bitmaps(folder: Path) -> Path:
    image = create(folder / "disk.qcow2", "4M", "cluster_size=8k")
    qemu_io(image, "write -P 0x61 0 64k")
    qemu_img("bitmap", "--add", "-g", "4096", image, "a")
    qemu_img("bitmap", "--add", "--disable", image, "b")
    qemu_io(image, "write -P 0x62 1m 100k")
    qemu_img("bitmap", "--merge", "a", image, "b")
    return image


RECIPES["made-bitmaps"] = bitmaps


def killed(options: str) -> Recipe:
    def build(folder: Path) -> Path:
        image = create(folder / "disk.qcow2", "4M", options)
        subprocess.run(["qemu-io", "-c", "write -P 0x71 0 100k", "-c", "write -P 0x72 2m 64k", "-c", "abort",
                        str(image)], capture_output=True)  # abort leaves the image as a crash would
        return image
    return build


RECIPES["made-killed-lazy"] = killed("lazy_refcounts=on")
RECIPES["made-killed-lazy-4k"] = killed("lazy_refcounts=on,cluster_size=4k,refcount_bits=4")
RECIPES["made-killed-plain"] = killed("cluster_size=4k")


# --- QEMU-made parallels --------------------------------------------------------------------

def parallels(size: str, options: str = "", writes: tuple[str, ...] = ("write -P 0x81 0 100k", "write -P 0x82 3m 1m")):
    def build(folder: Path) -> Path:
        image = folder / "disk.parallels"
        qemu_img("create", "-q", "-f", "parallels", *(["-o", options] if options else []), image, size)
        if writes:
            qemu_io(image, *writes, fmt="parallels")
        return image
    return build


RECIPES["made-parallels"] = parallels("8M")
RECIPES["made-parallels-cluster-64k"] = parallels("4M", "cluster_size=64k")
RECIPES["made-parallels-odd"] = parallels("3000001", "cluster_size=4k", ("write -P 0x86 4k 9k", "write -P 0x87 2m 512"))
RECIPES["made-parallels-empty"] = parallels("2M", writes=())


# --- poking bytes ---------------------------------------------------------------------------

def be(fmt: str, data: bytes, offset: int) -> int:
    return struct.unpack_from(">" + fmt, data, offset)[0]


def poke(path: Path, offset: int, fmt: str, value: int, order: str = ">") -> None:
    """Write one integer field (struct format letter fmt, big-endian by default) at offset."""
    packed = struct.pack(order + fmt, value & ((1 << (8 * struct.calcsize(fmt))) - 1))
    with open(path, "r+b") as f:
        f.seek(offset)
        f.write(packed)


class Layout:
    """Where a qcow2 image's tables are, read from its header (enough for poking)."""

    def __init__(self, path: Path):
        data = path.read_bytes()
        self.data = data
        self.cluster = 1 << be("I", data, 20)
        self.header_length = be("I", data, 100) if be("I", data, 4) >= 3 else 72
        self.l1 = be("Q", data, 40)
        self.refcount_table = be("Q", data, 48)
        self.snapshots = be("Q", data, 64)
        self.l2 = be("Q", data, self.l1) & 0x00FF_FFFF_FFFF_FE00
        self.refcount_block = be("Q", data, self.refcount_table)

    def l2_entry(self, index: int) -> int:
        return self.l2 + 8 * index

    def refcount_of(self, offset: int) -> int:
        """Where the 16-bit refcount of the cluster at ``offset`` is (in the first refcount block)."""
        return self.refcount_block + 2 * (offset // self.cluster)

    @property
    def snapshot_l1(self) -> int:
        """The first snapshot's L1 table."""
        return be("Q", self.data, self.snapshots)

    @property
    def bitmap_directory(self) -> int:
        """The bitmap directory (from the bitmaps extension, the last one)."""
        return be("Q", self.data, self.extensions()[-1][0] + 24)

    @property
    def bitmap_table(self) -> int:
        """The first bitmap's table."""
        return be("Q", self.data, self.bitmap_directory) & 0x00FF_FFFF_FFFF_FE00

    def extensions(self) -> list[tuple[int, int, int]]:
        """(offset, magic, length) of each header extension."""
        out, offset = [], self.header_length
        while offset + 8 <= self.cluster:
            magic, length = struct.unpack_from(">II", self.data, offset)
            if magic == 0:
                break
            out.append((offset, magic, length))
            offset += 8 + (length + 7) // 8 * 8
        return out


def poked(base: Recipe, *pokes: Callable[[Layout], tuple[int, str, int]]) -> Recipe:
    """base's image with each poke (layout -> (offset, format, value)) applied."""
    def build(folder: Path) -> Path:
        image = base(folder)
        for p in pokes:
            poke(image, *p(Layout(image)))
        return image
    return build


# Bases for the corruptions and the fuzzing: small, every table present.
def with_bitmap(base: Recipe) -> Recipe:
    """base with a bitmap (so a bitmaps header extension and a bitmap directory)."""
    def build(folder: Path) -> Path:
        image = base(folder)
        qemu_img("bitmap", "--add", "-g", "64k", image, "b0")
        return image
    return build


BASE = with_bitmap(made("cluster_size=4k", size="2M", writes=["write -P 0x91 0 12k", "write -c -P 0x92 64k 8k",
                                                               "write -z 128k 4k", "write -P 0x93 1m 4k"]))
BASE_64K = made("", size="4M", writes=["write -P 0x94 0 100k", "write -P 0x95 2m 64k"])
BASE_V2 = chain("raw", "2M", "2M", "compat=0.10,cluster_size=4k")  # its extension: the backing format
BASE_EXT = with_bitmap(made("extended_l2=on,cluster_size=64k", size="2M",
                            writes=["write -P 0x98 2k 6k", "write -z 64k 4k"]))
BASE_SNAP = snapshots("cluster_size=4k")


def backing_base(folder: Path) -> Path:
    return chain("raw", "2M", "2M", "cluster_size=4k")(folder)


# --- iotests-style corruptions --------------------------------------------------------------

COPIED = 1 << 63
CORRUPTIONS: dict[str, tuple[Recipe, Callable[[Layout], tuple[int, str, int]]]] = {
    "l1-past-eof": (BASE, lambda x: (x.l1, "Q", COPIED | 0x1000_0000)),
    "l1-misaligned": (BASE, lambda x: (x.l1, "Q", COPIED | (x.l2 + 0x200))),
    "l1-at-header": (BASE, lambda x: (x.l1, "Q", COPIED)),
    "l1-at-refcount-table": (BASE, lambda x: (x.l1, "Q", COPIED | x.refcount_table)),
    "l1-at-l1": (BASE, lambda x: (x.l1, "Q", COPIED | x.l1)),
    "l1-reserved-bits": (BASE, lambda x: (x.l1, "Q", COPIED | 0x0100_0000_0000_0000 | x.l2)),
    "l2-past-eof": (BASE, lambda x: (x.l2_entry(0), "Q", COPIED | 0x1000_0000)),
    "l2-misaligned": (BASE, lambda x: (x.l2_entry(1), "Q", COPIED | (be("Q", x.data, x.l2_entry(1)) + 0x200))),
    "l2-at-l1": (BASE, lambda x: (x.l2_entry(0), "Q", COPIED | x.l1)),
    "l2-at-header": (BASE, lambda x: (x.l2_entry(2), "Q", COPIED | 0x200 * 0)),
    "l2-at-refcount-block": (BASE, lambda x: (x.l2_entry(0), "Q", COPIED | x.refcount_block)),
    "l2-reserved-bits": (BASE, lambda x: (x.l2_entry(0), "Q", be("Q", x.data, x.l2_entry(0)) | 0x2)),
    "l2-compressed-past-eof": (BASE, lambda x: (x.l2_entry(16), "Q", (1 << 62) | 0x3F_0000_0000)),
    "l2-compressed-sectors-huge": (BASE, lambda x: (x.l2_entry(16), "Q", be("Q", x.data, x.l2_entry(16)) | (0xFF << 54))),
    "l2-zero-in-v2": (BASE_V2, lambda x: (x.l2_entry(0), "Q", be("Q", x.data, x.l2_entry(0)) | 1)),
    "l2-copied-on-zero-unallocated": (BASE, lambda x: (x.l2_entry(5), "Q", COPIED)),
    "l2-extended-alloc-and-zero": (BASE_EXT, lambda x: (x.l2 + 8, "Q", 0x0000_0001_0000_0001)),
    "l2-extended-bits-unallocated": (BASE_EXT, lambda x: (x.l2 + 16 * 5 + 8, "Q", 0xF)),
    "refcount-table-zero": (BASE, lambda x: (x.refcount_table, "Q", 0)),
    "refcount-table-misaligned": (BASE, lambda x: (x.refcount_table, "Q", x.refcount_block + 0x100)),
    "refcount-table-past-eof": (BASE, lambda x: (x.refcount_table, "Q", 0x1000_0000)),
    "refcount-table-at-l1": (BASE, lambda x: (x.refcount_table, "Q", x.l1)),
    "refcount-block-zeroed": (BASE, lambda x: (x.refcount_block, "H", 0)),
    "refcount-block-high": (BASE, lambda x: (x.refcount_block + 2 * 5, "H", 7)),
    "header-refcount-table-over-l1": (BASE, lambda x: (48, "Q", x.l1)),
    "header-l1-over-refcount-table": (BASE, lambda x: (40, "Q", x.refcount_table)),
    "header-l1-misaligned": (BASE, lambda x: (40, "Q", x.l1 + 8)),
    "header-l1-at-zero": (BASE, lambda x: (40, "Q", 0)),
    "header-refcount-table-misaligned": (BASE, lambda x: (48, "Q", x.refcount_table + 8)),
    "header-l1-size-huge": (BASE, lambda x: (36, "I", 0x0200_0000)),
    "header-l1-size-too-small": (BASE_64K, lambda x: (36, "I", 0)),
    "header-refcount-clusters-huge": (BASE, lambda x: (56, "I", 0x0100_0000)),
    "header-size-huge": (BASE, lambda x: (24, "Q", 1 << 62)),
    "header-size-unaligned": (BASE, lambda x: (24, "Q", (2 << 20) - 1)),
    "header-cluster-bits-8": (BASE, lambda x: (20, "I", 8)),
    "header-cluster-bits-22": (BASE, lambda x: (20, "I", 22)),
    "header-refcount-order-7": (BASE, lambda x: (96, "I", 7)),
    "header-version-1": (BASE, lambda x: (4, "I", 1)),
    "header-version-4": (BASE, lambda x: (4, "I", 4)),
    "header-crypt-aes": (BASE, lambda x: (32, "I", 1)),
    "header-crypt-3": (BASE, lambda x: (32, "I", 3)),
    "header-dirty-not-lazy": (BASE, lambda x: (72, "Q", 1)),
    "header-corrupt-bit": (BASE, lambda x: (72, "Q", 2)),
    "header-data-file-bit-no-extension": (BASE, lambda x: (72, "Q", 4)),
    "header-compression-bit-no-type": (BASE, lambda x: (72, "Q", 8)),
    "header-unknown-incompatible": (BASE, lambda x: (72, "Q", 1 << 40)),
    "header-extended-bit-on-plain": (BASE, lambda x: (72, "Q", 16)),
    "header-length-short": (BASE, lambda x: (100, "I", 96)),
    "header-length-past-cluster": (BASE, lambda x: (100, "I", 8192)),
    "header-length-unaligned": (BASE, lambda x: (100, "I", 105)),
    "header-compression-type-7": (BASE, lambda x: (104, "B", 7)),
    "extension-length-past-cluster": (BASE, lambda x: (x.extensions()[0][0] + 4, "I", 0x2000)),
    "extension-length-huge": (BASE, lambda x: (x.extensions()[0][0] + 4, "I", 0xFFFF_FFFF)),
    "extension-bitmaps-short": (BASE, lambda x: (x.extensions()[0][0] + 4, "I", 16)),
    "backing-offset-past-cluster": (backing_base, lambda x: (8, "Q", 0x1000 - 4)),
    "backing-offset-past-eof": (backing_base, lambda x: (8, "Q", 0x1000_0000)),
    "backing-size-1024": (backing_base, lambda x: (16, "I", 1024)),
    "backing-size-zero": (backing_base, lambda x: (16, "I", 0)),
    "backing-offset-inside-header": (backing_base, lambda x: (8, "Q", 16)),
    "snapshot-offset-misaligned": (BASE_SNAP, lambda x: (64, "Q", x.snapshots + 8)),
    "snapshot-offset-past-eof": (BASE_SNAP, lambda x: (64, "Q", 0x1000_0000)),
    "snapshot-count-huge": (BASE_SNAP, lambda x: (60, "I", 0x10000)),
    "snapshot-count-more": (BASE_SNAP, lambda x: (60, "I", 3)),
    "snapshot-l1-misaligned": (BASE_SNAP, lambda x: (x.snapshots, "Q", be("Q", x.data, x.snapshots) + 8)),
    "snapshot-l1-past-eof": (BASE_SNAP, lambda x: (x.snapshots, "Q", 0x1000_0000)),
    "snapshot-l1-size-huge": (BASE_SNAP, lambda x: (x.snapshots + 8, "I", 0x1000_0000)),
    "snapshot-id-size-huge": (BASE_SNAP, lambda x: (x.snapshots + 12, "H", 0xFFFF)),
    "snapshot-extra-size-huge": (BASE_SNAP, lambda x: (x.snapshots + 36, "I", 0x1000_0000)),
    "snapshot-extra-size-short": (BASE_SNAP, lambda x: (x.snapshots + 36, "I", 4)),
}
for name, (base, one_poke) in CORRUPTIONS.items():
    RECIPES[f"corrupt-{name}"] = poked(base, one_poke)


# --- damage QEMU's tests/qemu-iotests make (060, 080, 108, 112, 138, 261, 291, ...) -----------

BASE_TABLES = made("cluster_size=4k", size="8M", writes=["write -P 0xa1 0 8k", "write -P 0xa2 4M 8k"])  # L1 0, 2
BASE_BITMAP_DATA = with_bitmap(made("cluster_size=4k", size="2M", writes=["write -P 0xa3 0 12k"]))


def with_dirty_bitmap(folder: Path) -> Path:
    """A bitmap with bits set, so its table has an allocated cluster."""
    image = BASE_BITMAP_DATA(folder)
    qemu_io(image, "write -P 0xa4 64k 64k")
    return image


def compressed_tail_past_eof(x: Layout) -> tuple[int, str, int]:
    """The compressed cluster at guest 64k moved to 100 bytes before the end of the file, 4 sectors long (138)."""
    shift = 62 - (x.cluster.bit_length() - 1 - 8)
    return x.l2_entry(16), "Q", (1 << 62) | (3 << shift) | (len(x.data) - 100)


IOTESTS: dict[str, tuple[Recipe, tuple[Callable[[Layout], tuple[int, str, int]], ...]]] = {
    # refcounts of metadata wrong (060, 108): the refcount block's own, the L1 table's, the header's
    "refcount-of-refcount-block-zero": (BASE, (lambda x: (x.refcount_of(x.refcount_block), "H", 0),)),
    "refcount-of-l1-zero": (BASE, (lambda x: (x.refcount_of(x.l1), "H", 0),)),
    "refcount-of-header-zero": (BASE, (lambda x: (x.refcount_of(0), "H", 0),)),
    "refcount-of-refcount-table-two": (BASE, (lambda x: (x.refcount_of(x.refcount_table), "H", 2),)),
    "refcount-of-bitmap-directory-zero": (BASE, (lambda x: (x.refcount_of(x.bitmap_directory), "H", 0),)),
    # two references to one cluster (060): an L2 table in two L1 entries, a data cluster in two L2 entries
    "l1-duplicate-l2-table": (BASE_TABLES, (lambda x: (x.l1 + 8, "Q", be("Q", x.data, x.l1)),)),
    "l2-duplicate-data-cluster": (BASE, (lambda x: (x.l2_entry(1), "Q", be("Q", x.data, x.l2_entry(0))),)),
    "l2-data-at-own-l2": (BASE, (lambda x: (x.l2_entry(0), "Q", COPIED | x.l2),)),
    "l2-data-at-bitmap-directory": (BASE, (lambda x: (x.l2_entry(0), "Q", COPIED | x.bitmap_directory),)),
    "l2-data-at-refcount-table": (BASE, (lambda x: (x.l2_entry(1), "Q", COPIED | x.refcount_table),)),
    "l2-copied-flag-clear": (BASE, (lambda x: (x.l2_entry(0), "Q", be("Q", x.data, x.l2_entry(0)) & ~COPIED),)),
    "l1-copied-flag-clear": (BASE, (lambda x: (x.l1, "Q", be("Q", x.data, x.l1) & ~COPIED),)),
    # a compressed cluster whose last sectors lie past the end of the file (138)
    "compressed-tail-past-eof": (BASE, (compressed_tail_past_eof,)),
    # refcount_order changed under refcounts of another width (112)
    "refcount-order-3": (BASE, (lambda x: (96, "I", 3),)),
    "refcount-order-5": (BASE, (lambda x: (96, "I", 5),)),
    # snapshot L1 tables out of range or over other metadata (080, 261)
    "snapshot-l1-at-header": (BASE_SNAP, (lambda x: (x.snapshots, "Q", 0),)),
    "snapshot-l1-at-active-l1": (BASE_SNAP, (lambda x: (x.snapshots, "Q", x.l1),)),
    "snapshot-l1-at-refcount-table": (BASE_SNAP, (lambda x: (x.snapshots, "Q", x.refcount_table),)),
    "snapshot-l1-entry-misaligned": (BASE_SNAP, (lambda x: (x.snapshot_l1, "Q", be("Q", x.data, x.snapshot_l1) + 0x200),)),
    "snapshot-l1-entry-past-eof": (BASE_SNAP, (lambda x: (x.snapshot_l1, "Q", 0x1000_0000),)),
    "snapshot-l1-entry-at-header": (BASE_SNAP, (lambda x: (x.snapshot_l1, "Q", 0x200 * 0 | COPIED),)),
    "snapshot-table-at-l1": (BASE_SNAP, (lambda x: (64, "Q", x.l1),)),
    "snapshot-table-at-refcount-table": (BASE_SNAP, (lambda x: (64, "Q", x.refcount_table),)),
    "snapshot-table-at-header": (BASE_SNAP, (lambda x: (64, "Q", 0),)),
    # the bitmaps extension and directory (291, 255's bitmap damage)
    "bitmap-in-use": (BASE, (lambda x: (x.bitmap_directory + 12, "I", 1),)),
    "bitmap-unknown-flag": (BASE, (lambda x: (x.bitmap_directory + 12, "I", 4),)),
    "bitmap-type-2": (BASE, (lambda x: (x.bitmap_directory + 16, "B", 2),)),
    "bitmap-granularity-8": (BASE, (lambda x: (x.bitmap_directory + 17, "B", 8),)),
    "bitmap-granularity-32": (BASE, (lambda x: (x.bitmap_directory + 17, "B", 32),)),
    "bitmap-name-size-zero": (BASE, (lambda x: (x.bitmap_directory + 18, "H", 0),)),
    "bitmap-table-misaligned": (with_dirty_bitmap, (lambda x: (x.bitmap_directory, "Q", be("Q", x.data, x.bitmap_directory) + 8),)),
    "bitmap-table-past-eof": (with_dirty_bitmap, (lambda x: (x.bitmap_directory, "Q", 0x1000_0000),)),
    "bitmap-table-size-huge": (with_dirty_bitmap, (lambda x: (x.bitmap_directory + 8, "I", 0x0100_0000),)),
    "bitmap-table-entry-misaligned": (with_dirty_bitmap, (lambda x: (x.bitmap_table, "Q", be("Q", x.data, x.bitmap_table) + 0x200),)),
    "bitmap-table-entry-past-eof": (with_dirty_bitmap, (lambda x: (x.bitmap_table, "Q", 0x1000_0000),)),
    "bitmap-table-entry-at-header": (with_dirty_bitmap, (lambda x: (x.bitmap_table, "Q", 0x200 * 0 | 1 << 9),)),
    "bitmap-count-more": (BASE, (lambda x: (x.extensions()[-1][0] + 8, "I", 2),)),
    "bitmap-count-zero": (BASE, (lambda x: (x.extensions()[-1][0] + 8, "I", 0),)),
    "bitmap-directory-at-header": (BASE, (lambda x: (x.extensions()[-1][0] + 24, "Q", 0),)),
    "bitmap-directory-size-short": (BASE, (lambda x: (x.extensions()[-1][0] + 16, "Q", 8),)),
    "bitmap-autoclear-bit-clear": (BASE, (lambda x: (88, "Q", 0),)),
    # an external data file has no compressed clusters, and each cluster at its guest offset (244)
    "data-file-compressed": (data_file(False, "8k"), (lambda x: (x.l2_entry(1), "Q", 1 << 62 | 0x4000),)),
    "data-file-host-not-guest": (data_file(False, "8k"), (lambda x: (x.l2_entry(2), "Q", COPIED | 0x2000),)),
    "data-file-refcount-of-l2-two": (data_file(False, "8k"), (lambda x: (x.refcount_of(x.l2), "H", 2),)),
    # the COPIED flags of extended L2 entries after a refcount changes (16-byte entries)
    "extended-refcount-of-data-two": (BASE_EXT, (lambda x: (x.refcount_of(be("Q", x.data, x.l2) & 0x00FF_FFFF_FFFF_FE00),
                                                            "H", 2),)),
    "extended-refcount-of-l2-zero": (BASE_EXT, (lambda x: (x.refcount_of(x.l2), "H", 0),)),
    "data-file-raw-host-not-guest": (data_file(True, "64k"), (lambda x: (x.l2_entry(0), "Q", COPIED | 0x10000),)),
}
for name, (base, pokes) in IOTESTS.items():
    RECIPES[f"corrupt-iotests-{name}"] = poked(base, *pokes)


# Parallels header: magic[16], version, heads, cylinders, tracks, bat_entries (le32),
# nb_sectors (le64), inuse, data_off, flags (le32), ext_off (le64); the BAT (le32) at 64.
PARALLELS_FIELDS = {"version": (16, "I"), "heads": (20, "I"), "cylinders": (24, "I"), "tracks": (28, "I"),
                    "bat_entries": (32, "I"), "nb_sectors": (36, "Q"), "inuse": (44, "I"), "data_off": (48, "I"),
                    "flags": (52, "I"), "ext_off": (56, "Q"), "bat0": (64, "I"), "bat1": (68, "I"),
                    "bat3": (76, "I")}


def parallels_poked(base: Recipe, field: str, value: int) -> Recipe:
    offset, fmt = PARALLELS_FIELDS[field]

    def build(folder: Path) -> Path:
        image = base(folder)
        poke(image, offset, fmt, value, order="<")
        return image
    return build


PARALLELS_BASE = parallels("4M", "cluster_size=64k",
                           ("write -P 0x83 0 64k", "write -P 0x84 200k 4k", "write -P 0x85 3m 100k"))
PARALLELS_CORRUPTIONS = {
    "bat-past-eof": ("bat0", 0x10_0000), "bat-at-header": ("bat1", 0), "bat-misaligned": ("bat0", 1),
    "bat-into-bat": ("bat3", 1), "bat-entries-huge": ("bat_entries", 0x0100_0000), "bat-entries-zero": ("bat_entries", 0),
    "data-off-zero": ("data_off", 0), "data-off-past-eof": ("data_off", 0x10_0000), "inuse": ("inuse", 0x746F6E59),
    "tracks-zero": ("tracks", 0), "tracks-odd": ("tracks", 3), "nb-sectors-huge": ("nb_sectors", 1 << 40),
    "ext-off-past-eof": ("ext_off", 0x10_0000), "version-3": ("version", 3),
}
for name, (field, value) in PARALLELS_CORRUPTIONS.items():
    RECIPES[f"corrupt-parallels-{name}"] = parallels_poked(PARALLELS_BASE, field, value)


# --- boundary-value fuzzing -----------------------------------------------------------------

U8 = [0, 1, 0x10, 0x3F, 0x7F, 0x80, 0xFE, 0xFF]
U16 = [0, 1, 0x100, 0x7FFF, 0x8000, 0xFFFF]
U32 = [0, 1, 0x100, 0x1000, 0x10000, 0x100000, 0x3FFF_FFFF, 0x7FFF_FFFF, 0x8000_0000, 0x8000_0001,
       0xFFFF_FFFE, 0xFFFF_FFFF]
U64 = U32 + [0x100_0000, 0x1000_0000, 0x1_0000_0000, 0x3FFF_FFFF_FFFF_FFFF, 0x7FFF_FFFF_FFFF_FFFF,
             0x8000_0000_0000_0000, 0x8000_0000_0000_0001, 0xFFFF_FFFF_FFFF_FFFE, 0xFFFF_FFFF_FFFF_FFFF]
VALUES = {"B": U8, "H": U16, "I": U32, "Q": U64}

# (field, where it is from the layout, width); the header fields are QEMU's struct QCowHeader.
HEADER = [("version", 4, "I"), ("backing_file_offset", 8, "Q"), ("backing_file_size", 16, "I"),
          ("cluster_bits", 20, "I"), ("size", 24, "Q"), ("crypt_method", 32, "I"), ("l1_size", 36, "I"),
          ("l1_table_offset", 40, "Q"), ("refcount_table_offset", 48, "Q"), ("refcount_table_clusters", 56, "I"),
          ("nb_snapshots", 60, "I"), ("snapshots_offset", 64, "Q"), ("incompatible_features", 72, "Q"),
          ("compatible_features", 80, "Q"), ("autoclear_features", 88, "Q"), ("refcount_order", 96, "I"),
          ("header_length", 100, "I"), ("compression_type", 104, "B")]
TABLES: list[tuple[str, Callable[[Layout], int], str]] = [
    ("l1_entry", lambda x: x.l1, "Q"),
    ("l2_entry_data", lambda x: x.l2_entry(0), "Q"),
    ("l2_entry_compressed", lambda x: x.l2_entry(16), "Q"),
    ("l2_entry_zero", lambda x: x.l2_entry(32), "Q"),
    ("l2_entry_empty", lambda x: x.l2_entry(100), "Q"),
    ("refcount_table_entry", lambda x: x.refcount_table, "Q"),
    ("refcount_block_entry", lambda x: x.refcount_block + 2, "H"),
    ("ext_magic", lambda x: x.extensions()[0][0], "I"),
    ("ext_length", lambda x: x.extensions()[0][0] + 4, "I"),
    ("bitmap_directory_size", lambda x: x.extensions()[-1][0] + 16, "Q"),
    ("bitmap_directory_offset", lambda x: x.extensions()[-1][0] + 24, "Q"),
]
FUZZ_BASES = {"4k": BASE, "v2": BASE_V2, "ext": BASE_EXT}
SNAPSHOT_FIELDS = [("snap_l1_offset", 0, "Q"), ("snap_l1_size", 8, "I"), ("snap_id_size", 12, "H"),
                   ("snap_name_size", 14, "H"), ("snap_vm_state_size", 32, "I"), ("snap_extra_size", 36, "I")]


def fuzz_values(name: str, fmt: str, count: int) -> list[int]:
    return random.Random(name).sample(VALUES[fmt], count)


def add_fuzzed() -> None:
    for base_name, base in FUZZ_BASES.items():
        fields = [(f, (lambda o: lambda x: o)(o), fmt) for f, o, fmt in HEADER] + TABLES
        for field, where, fmt in fields:
            if base_name == "v2" and field in ("refcount_order", "header_length", "compression_type", "bitmap_directory_size",
                                               "bitmap_directory_offset", "l2_entry_compressed", "l2_entry_zero"):
                continue
            count = 3 if base_name == "4k" else 2
            for value in fuzz_values(f"{base_name}-{field}", fmt, count):
                RECIPES[f"fuzz-{base_name}-{field}-{value:#x}"] = poked(base, (lambda w, f, v: lambda x: (w(x), f, v))(where, fmt, value))
    for field, offset, fmt in SNAPSHOT_FIELDS:
        for value in fuzz_values(f"snap-{field}", fmt, 2):
            RECIPES[f"fuzz-snap-{field}-{value:#x}"] = poked(
                BASE_SNAP, (lambda o, f, v: lambda x: (x.snapshots + o, f, v))(offset, fmt, value))
    for field, (_, fmt) in PARALLELS_FIELDS.items():
        for value in fuzz_values(f"parallels-{field}", fmt, 3):
            RECIPES[f"fuzz-parallels-{field}-{value:#x}"] = parallels_poked(PARALLELS_BASE, field, value)


add_fuzzed()
