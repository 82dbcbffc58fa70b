#!/usr/bin/env python3
"""Reading every guest byte of a Parallels image: ours beside qemu-img convert -O raw.

    .venv/bin/python bench/parallels_read.py [--size 512M] [--cluster 1M] [--chunk 8M] [--repeat 3] [--tmpdir DIR]

Makes a raw disk of random data with 1 MiB of zeros in every 16 MiB and
converts it with qemu-img into a Parallels image (``--cluster`` clusters;
the zero ranges stay unallocated). The image is then copied out to a raw
file two ways, in turns, ``--repeat`` rounds:

    qemu-img   qemu-img convert -f parallels -O raw IMG OUT (the whole process)
    ours       qemuspec.block.open_image, readinto() of --chunk bytes, write()

Both outputs are hashed and must equal the raw disk. The table shows each
one's best time and the ratio ours/qemu-img (below 1: ours is faster).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import subprocess
import tempfile
import time
from pathlib import Path

from qemuspec.block import open_image


def size_arg(text: str) -> int:
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    return int(text[:-1]) * units[text[-1].upper()] if text[-1:].upper() in units else int(text)


def make_raw(path: Path, size: int) -> str:
    rng = random.Random(1)
    digest = hashlib.sha256()
    with open(path, "wb") as f:
        for offset in range(0, size, 8 << 20):
            n = min(8 << 20, size - offset)
            chunk = rng.randbytes(n)
            if offset % (16 << 20) == 8 << 20:
                chunk = bytes(1 << 20) + chunk[1 << 20:]
            f.write(chunk)
            digest.update(chunk)
    return digest.hexdigest()


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(8 << 20):
            digest.update(block)
    return digest.hexdigest()


def ours(image_path: Path, out: Path, chunk: int) -> None:
    with open_image(image_path) as image, open(out, "wb") as f:
        buf = bytearray(chunk)
        for offset in range(0, image.size, chunk):
            view = memoryview(buf)[:min(chunk, image.size - offset)]
            image.readinto(offset, view)
            f.write(view)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=size_arg, default=512 << 20)
    parser.add_argument("--cluster", default="1M")
    parser.add_argument("--chunk", type=size_arg, default=8 << 20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tmpdir", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.tmpdir) as tmp:
        folder = Path(tmp)
        raw, image, out = folder / "disk.raw", folder / "disk.hdd", folder / "out.raw"
        expected = make_raw(raw, args.size)
        subprocess.run(["qemu-img", "convert", "-O", "parallels", "-o", f"cluster_size={args.cluster}",
                        raw, image], check=True)
        raw.unlink()
        runners = {
            "qemu-img": lambda: subprocess.run(["qemu-img", "convert", "-f", "parallels", "-O", "raw",
                                                image, out], check=True),
            "ours": lambda: ours(image, out, args.chunk),
        }
        best = {name: float("inf") for name in runners}
        for _ in range(args.repeat):
            for name, runner in runners.items():
                out.unlink(missing_ok=True)
                start = time.perf_counter()
                runner()
                best[name] = min(best[name], time.perf_counter() - start)
                if sha256(out) != expected:
                    raise SystemExit(f"{name} read different data")
        mib = args.size / (1 << 20)
        print(f"{'reader':<10}{'best s':>10}{'MiB/s':>10}   ({mib:.0f} MiB, {args.cluster} clusters)")
        for name, t in best.items():
            print(f"{name:<10}{t:>10.3f}{mib / t:>10.0f}")
        print(f"ratio ours/qemu-img: {best['ours'] / best['qemu-img']:.2f}")


if __name__ == "__main__":
    main()
