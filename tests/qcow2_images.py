"""qcow2 images made by qemu-img and qemu-io at test time, for the reader's tests.

Each recipe builds one image (and whatever files it needs) in a folder and
returns the path of the image to open. The recipes cover the options a
reader meets: cluster sizes, refcount widths, both versions, lazy refcounts,
compression, extended L2, external data files, backing chains, snapshots and
bitmaps, with written, zeroed and discarded ranges.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

MiB = 1 << 20


def qemu_img(*args: str | Path) -> str:
    result = subprocess.run(["qemu-img", *map(str, args)], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"qemu-img {' '.join(map(str, args))}: {result.stderr}")
    return result.stdout


def qemu_io(image: Path, *commands: str, fmt: str = "qcow2") -> None:
    args = ["qemu-io", "-f", fmt]
    for command in commands:
        args += ["-c", command]
    result = subprocess.run([*args, str(image)], capture_output=True, text=True)
    if result.returncode != 0 or "error" in result.stdout.lower() or "failed" in result.stdout.lower():
        raise RuntimeError(f"qemu-io {commands}: {result.stdout}{result.stderr}")


def create(path: Path, size: str, options: str = "", backing: Path | None = None, backing_fmt: str = "qcow2") -> Path:
    args = ["create", "-q", "-f", "qcow2"]
    if options:
        args += ["-o", options]
    if backing is not None:
        args += ["-b", backing.name, "-F", backing_fmt]
    qemu_img(*args, path, size)
    return path


# A write pattern that crosses cluster and L2 boundaries, zeroes and discards.
MIXED = [
    "write -P 0x11 0 70k",
    "write -P 0x22 1000k 300k",
    "write -z 1100k 64k",
    "write -P 0x33 3m 1m",
    "discard 3m 512k",
    "write -P 0x44 7m 4k",
    "write -P 0x55 63m 1m",
]


def plain(options: str):
    def build(folder: Path) -> Path:
        image = create(folder / "disk.qcow2", "64M", options)
        qemu_io(image, *MIXED)
        return image
    return build


def lazy_dirty(folder: Path) -> Path:
    image = create(folder / "disk.qcow2", "16M", "lazy_refcounts=on")
    subprocess.run(["qemu-io", "-c", "write -P 0x61 0 128k", "-c", "write -P 0x62 5m 64k", "-c", "abort", str(image)],
                   capture_output=True)  # abort leaves the dirty bit set, as a crash would
    return image


def compressed(compression: str):
    def build(folder: Path) -> Path:
        image = create(folder / "disk.qcow2", "16M", f"compression_type={compression},cluster_size=64k")
        qemu_io(image, "write -c -P 0x71 0 64k", "write -c -P 0x72 128k 128k", "write -P 0x73 1m 64k",
                "write -c -P 0x74 2m 64k", "write -P 0x75 2m 4k")  # a partial overwrite of a compressed cluster
        return image
    return build


def compressed_convert(compression: str):
    def build(folder: Path) -> Path:
        raw = folder / "source.raw"
        qemu_img("create", "-q", "-f", "raw", raw, "4M")
        qemu_io(raw, "write -P 0x76 0 1m", "write -P 0x77 3m 100k", fmt="raw")
        image = folder / "disk.qcow2"
        qemu_img("convert", "-c", "-O", "qcow2", "-o", f"compression_type={compression},cluster_size=4k", raw, image)
        return image
    return build


def extended_l2(folder: Path) -> Path:
    image = create(folder / "disk.qcow2", "16M", "extended_l2=on,cluster_size=64k")
    qemu_io(image, "write -P 0x81 2k 2k", "write -z 8k 2k", "write -P 0x82 64k 64k", "write -z 64k 4k",
            "write -P 0x83 200k 10k", "discard 192k 64k", "write -c -P 0x84 1m 64k", "write -P 0x85 5m 1m")
    return image


def data_file(raw: bool):
    def build(folder: Path) -> Path:
        options = f"data_file={folder / 'disk.data'}" + (",data_file_raw=on" if raw else "")
        image = create(folder / "disk.qcow2", "16M", options)
        qemu_io(image, "write -P 0x91 0 100k", "write -z 1m 64k", "write -P 0x92 3m 256k", "discard 3m 64k")
        return image
    return build


def chain(folder: Path) -> Path:
    base = folder / "base.raw"
    qemu_img("create", "-q", "-f", "raw", base, "8M")
    qemu_io(base, "write -P 0xa1 0 2m", "write -P 0xa2 6m 1m", fmt="raw")
    middle = create(folder / "middle.qcow2", "16M", "cluster_size=4k", backing=base, backing_fmt="raw")
    qemu_io(middle, "write -P 0xa3 1m 1m", "write -z 6m 64k", "write -P 0xa4 10m 64k")
    top = create(folder / "top.qcow2", "32M", backing=middle)
    qemu_io(top, "write -P 0xa5 1500k 100k", "write -z 0 4k", "write -P 0xa6 20m 64k")
    return top


def chain_extended_l2(folder: Path) -> Path:
    base = create(folder / "base.qcow2", "8M")
    qemu_io(base, "write -P 0xb1 0 8m")
    top = create(folder / "top.qcow2", "8M", "extended_l2=on,cluster_size=64k", backing=base)
    qemu_io(top, "write -P 0xb2 4k 2k", "write -z 64k 2k", "write -P 0xb3 70k 10k")
    return top


def snapshots(folder: Path) -> Path:
    image = create(folder / "disk.qcow2", "16M", "cluster_size=4k")
    qemu_io(image, "write -P 0xc1 0 1m", "write -P 0xc2 4m 64k")
    qemu_img("snapshot", "-c", "first", image)
    qemu_io(image, "write -P 0xc3 512k 1m", "write -z 4m 4k")
    qemu_img("snapshot", "-c", "second", image)
    qemu_io(image, "write -P 0xc4 0 4k", "discard 4m 64k")
    return image


# Bitmaps and the guest writes made while each was enabled.
BITMAPS = {"fine": "512", "mid": "65536", "coarse": "1048576"}
BITMAP_WRITES = [(100 * 1024, 10), (3 * MiB + 1, 70 * 1024), (15 * MiB, 64 * 1024)]


def bitmaps(folder: Path) -> Path:
    image = create(folder / "disk.qcow2", "16M", "cluster_size=4k")
    qemu_io(image, "write -P 0xd1 0 64k")
    for name, granularity in BITMAPS.items():
        qemu_img("bitmap", "--add", "-g", granularity, image, name)
    qemu_img("bitmap", "--add", "--disable", image, "off")
    qemu_io(image, *(f"write -P 0xd2 {offset} {length}" for offset, length in BITMAP_WRITES))
    return image


def preallocated(mode: str):
    def build(folder: Path) -> Path:
        image = create(folder / "disk.qcow2", "8M", f"preallocation={mode}")
        qemu_io(image, "write -P 0xe1 1m 64k")
        return image
    return build


RECIPES = {
    "cluster-512": plain("cluster_size=512"),
    "cluster-4k": plain("cluster_size=4k"),
    "cluster-64k": plain("cluster_size=64k"),
    "cluster-2m": plain("cluster_size=2M"),
    "refcount-1": plain("refcount_bits=1"),
    "refcount-64": plain("refcount_bits=64,cluster_size=4k"),
    "compat-0.10": plain("compat=0.10"),
    "lazy-refcounts-dirty": lazy_dirty,
    "zlib": compressed("zlib"),
    "zstd": compressed("zstd"),
    "zlib-convert": compressed_convert("zlib"),
    "zstd-convert": compressed_convert("zstd"),
    "extended-l2": extended_l2,
    "data-file": data_file(raw=False),
    "data-file-raw": data_file(raw=True),
    "chain": chain,
    "chain-extended-l2": chain_extended_l2,
    "snapshots": snapshots,
    "bitmaps": bitmaps,
    "preallocation-metadata": preallocated("metadata"),
    "preallocation-falloc": preallocated("falloc"),
}
