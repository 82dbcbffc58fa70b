#!/usr/bin/env python3
"""Reading a whole qcow2 image: our reader beside qemu-img and dissect.hypervisor.

    .venv/bin/python bench/qcow2_read.py [--size 1G] [--chunk 8M] [--repeat 1]

Makes a raw disk of compressible data (a pool of 4 KiB blocks over a
16-letter alphabet, about one block in eight zero) and converts it with
qemu-img into three qcow2 images with 64 KiB clusters: uncompressed, zlib
and zstd. Each image is then copied out to a raw file three ways:

    qemu-img   qemu-img convert -O raw IMG OUT (the whole process)
    ours       qemuspec.block.open_image, readinto() of --chunk bytes, write()
    dissect    dissect.hypervisor's QCow2(fh).open(), read() of --chunk bytes, write()

Every output is hashed and must equal the raw disk. Prints the best of
--repeat times and the ratios ours/qemu-img and ours/dissect (below 1: ours
is faster). qemu-img skips writing zero blocks (its output is sparse); the
two Python readers write every byte.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import subprocess
import tempfile
import time
from pathlib import Path

from qemuspec.block import open_image

CLUSTER = 64 << 10
BLOCK = 4096
CASES = {
    "uncompressed": [],
    "zlib": ["-c"],
    "zstd": ["-c", "-o", "compression_type=zstd"],
}


def size_arg(text: str) -> int:
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    if text[-1:].upper() in units:
        return int(text[:-1]) * units[text[-1].upper()]
    return int(text)


def make_raw(path: Path, size: int, seed: int = 1) -> str:
    """Write the raw disk and return its sha256."""
    rng = random.Random(seed)
    alphabet = bytes(b"abcdefghijklmnop"[i % 16] for i in range(256))
    pool = [rng.randbytes(BLOCK).translate(alphabet) for _ in range(1024)] + [bytes(BLOCK)] * 146
    digest = hashlib.sha256()
    with open(path, "wb") as f:
        for offset in range(0, size, 8 << 20):
            n = min(8 << 20, size - offset)
            chunk = b"".join(rng.choices(pool, k=-(-n // BLOCK)))[:n]
            f.write(chunk)
            digest.update(chunk)
    return digest.hexdigest()


def sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def copy_qemu_img(image: Path, out: Path, chunk: int) -> None:
    subprocess.run(["qemu-img", "convert", "-f", "qcow2", "-O", "raw", str(image), str(out)], check=True)


def copy_ours(image: Path, out: Path, chunk: int) -> None:
    with open_image(image) as disk, open(out, "wb") as f:
        view = memoryview(bytearray(chunk))
        for offset in range(0, disk.size, chunk):
            part = view[:min(chunk, disk.size - offset)]
            disk.readinto(offset, part)
            f.write(part)


def copy_dissect(image: Path, out: Path, chunk: int) -> None:
    from dissect.hypervisor.disk.qcow2 import QCow2

    with open(image, "rb") as fh, open(out, "wb") as f:
        stream = QCow2(fh).open()
        while data := stream.read(chunk):
            f.write(data)


def best_time(copy, image: Path, out: Path, chunk: int, repeat: int, expected: str) -> float | str:
    """The best time of ``repeat`` copies, or why the copy cannot count."""
    best = float("inf")
    for _ in range(repeat):
        out.unlink(missing_ok=True)
        start = time.perf_counter()
        try:
            copy(image, out, chunk)
        except Exception as exc:  # a peer that cannot read this image (dissect without zstd)
            return f"fails: {type(exc).__name__}: {exc}"
        best = min(best, time.perf_counter() - start)
        if sha256(out) != expected:
            return "wrong data: output differs from the raw disk"
    out.unlink()
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=size_arg, default=1 << 30, help="disk size, e.g. 256M (default 1G)")
    parser.add_argument("--chunk", type=size_arg, default=8 << 20, help="read size of the Python readers (default 8M)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each copy; the best counts (default 1)")
    parser.add_argument("--tmpdir", help="where to build the images (default: the system temp dir)")
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory(prefix="qcow2-read-", dir=args.tmpdir) as tmp:
        raw, out = Path(tmp) / "disk.raw", Path(tmp) / "out.raw"
        expected = make_raw(raw, args.size)
        for case, options in CASES.items():
            image = Path(tmp) / f"{case}.qcow2"
            subprocess.run(["qemu-img", "convert", "-f", "raw", "-O", "qcow2", *options,
                            "-o", f"cluster_size={CLUSTER}", str(raw), str(image)], check=True)
            times = {name: best_time(copy, image, out, args.chunk, args.repeat, expected)
                     for name, copy in [("qemu-img", copy_qemu_img), ("ours", copy_ours), ("dissect", copy_dissect)]}
            rows.append((case, image.stat().st_size, times))

    print(f"disk of {args.size} bytes, {CLUSTER >> 10} KiB clusters, Python reads of {args.chunk} bytes, "
          f"best of {args.repeat}; '-': see the notes below")
    print(f"{'case':<13} {'image MiB':>9} {'qemu-img s':>10} {'ours s':>8} {'dissect s':>9} "
          f"{'ours/qemu-img':>13} {'ours/dissect':>12}")
    notes = []
    for case, image_size, t in rows:
        cells = [f"{t[name]:.3f}" if isinstance(t[name], float) else "-" for name in ("qemu-img", "ours", "dissect")]
        ratios = [f"{t['ours'] / t[peer]:.3f}" if isinstance(t["ours"], float) and isinstance(t[peer], float) else "-"
                  for peer in ("qemu-img", "dissect")]
        print(f"{case:<13} {image_size / (1 << 20):>9.0f} {cells[0]:>10} {cells[1]:>8} {cells[2]:>9} "
              f"{ratios[0]:>13} {ratios[1]:>12}")
        notes += [f"{name} on {case}: {v}" for name, v in t.items() if not isinstance(v, float)]
    print("\n".join(notes) if notes else "every output is byte-identical to the raw disk")


if __name__ == "__main__":
    main()
