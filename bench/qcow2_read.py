#!/usr/bin/env python3
"""Reading a whole qcow2 image: our reader beside qemu-img and dissect.hypervisor.

    .venv/bin/python bench/qcow2_read.py [--size 1G] [--chunk 8M] [--repeat 3] [--tmpdir DIR]

Makes a raw disk of compressible data (a pool of 4 KiB blocks over a
16-letter alphabet, about one block in eight zero, and 1 MiB of zeros in
every 64 MiB, which stays unallocated) and converts it with qemu-img into
three qcow2 images with 64 KiB clusters: uncompressed, zlib and zstd. Each
image is then copied out to a raw file three ways:

    qemu-img   qemu-img convert -O raw IMG OUT (the whole process)
    ours       qemuspec.block.open_image, readinto() of --chunk bytes, write()
    dissect    dissect.hypervisor's QCow2(fh).open(), read() of --chunk bytes, write()

Every output is hashed and must equal the raw disk. The three take turns,
--repeat rounds; the table has each one's best time and the ratios
ours/qemu-img and ours/dissect (below 1: ours is faster). qemu-img leaves
zero blocks as holes in its output (so it writes in many small pieces); the
Python readers write every byte. Writes to a disk file vary a lot from run
to run; --tmpdir /dev/shm (about 6 GiB of memory at 1G) is steadier.
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
            if offset % (64 << 20) == 56 << 20:  # 1 MiB of zeros in every 64 MiB: unallocated clusters
                chunk = bytes(1 << 20) + chunk[1 << 20:]
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


def timed_copy(copy, image: Path, out: Path, chunk: int, expected: str) -> float | str:
    """Seconds one copy took, or why it cannot count."""
    out.unlink(missing_ok=True)
    start = time.perf_counter()
    try:
        copy(image, out, chunk)
    except Exception as exc:  # a peer that cannot read this image (dissect without zstd)
        return f"fails: {type(exc).__name__}: {exc}"
    seconds = time.perf_counter() - start
    return seconds if sha256(out) == expected else "wrong data: output differs from the raw disk"


COPIES = {"qemu-img": copy_qemu_img, "ours": copy_ours, "dissect": copy_dissect}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=size_arg, default=1 << 30, help="disk size, e.g. 256M (default 1G)")
    parser.add_argument("--chunk", type=size_arg, default=8 << 20,
                        help="read size of the Python readers (default 8M)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of copies; the best counts (default 3)")
    parser.add_argument("--tmpdir", help="where the images and copies go (default: the system temp dir)")
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory(prefix="qcow2-read-", dir=args.tmpdir) as tmp:
        raw = Path(tmp) / "disk.raw"
        expected = make_raw(raw, args.size)
        for case, options in CASES.items():
            image = Path(tmp) / f"{case}.qcow2"
            subprocess.run(["qemu-img", "convert", "-f", "raw", "-O", "qcow2", *options,
                            "-o", f"cluster_size={CLUSTER}", str(raw), str(image)], check=True)
            times: dict[str, float | str] = {name: float("inf") for name in COPIES}
            for _ in range(args.repeat):  # in turns, so a slow spell of the machine hits all three
                for name, copy in COPIES.items():
                    if isinstance(times[name], float):
                        result = timed_copy(copy, image, Path(tmp) / f"{name}.raw", args.chunk, expected)
                        times[name] = min(times[name], result) if isinstance(result, float) else result
            for name in COPIES:
                (Path(tmp) / f"{name}.raw").unlink(missing_ok=True)
            rows.append((case, image.stat().st_size, times))

    print(f"disk of {args.size} bytes, {CLUSTER >> 10} KiB clusters, Python reads of {args.chunk} bytes, "
          f"best of {args.repeat}; '-': see the notes below")
    print(f"{'case':<13} {'image MiB':>9} {'qemu-img s':>10} {'ours s':>8} {'dissect s':>9} "
          f"{'ours/qemu-img':>13} {'ours/dissect':>12}")
    notes = []
    for case, image_size, t in rows:
        ok = {name: isinstance(value, float) for name, value in t.items()}
        cells = [f"{t[name]:.3f}" if ok[name] else "-" for name in COPIES]
        ratios = [f"{t['ours'] / t[peer]:.3f}" if ok["ours"] and ok[peer] else "-"
                  for peer in ("qemu-img", "dissect")]
        print(f"{case:<13} {image_size / (1 << 20):>9.0f} {cells[0]:>10} {cells[1]:>8} {cells[2]:>9} "
              f"{ratios[0]:>13} {ratios[1]:>12}")
        notes += [f"{name} on {case}: {value}" for name, value in t.items() if not ok[name]]
    print("\n".join(notes) if notes else "every output is byte-identical to the raw disk")


if __name__ == "__main__":
    main()
