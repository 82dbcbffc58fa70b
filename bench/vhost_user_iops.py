#!/usr/bin/env python3
"""4 KiB random-read IOPS over vhost-user-blk: our front-end against qemu-storage-daemon and
against our back-end, with qemu-io as the reference, on the same raw image, in one run.

    .venv/bin/python bench/vhost_user_iops.py [--requests N] [--depth D] [--image-size MiB]
                                              [--queues 1,2,4] [--packed]

* qemu-io: ``qemu-io -f raw -c "aio_read -q OFF 4k" ... -c aio_flush`` - QEMU's block
  layer reading the image directly, all requests submitted at once (its startup
  time, measured with no request, is subtracted);
* our front-end (BlkClient, asyncio, ``--depth`` requests in flight on one queue)
  against qemu-storage-daemon's vhost-user-blk export;
* the same front-end against our back-end (``qemuspec vhost-user blk``, its own process).

With ``--queues``, both back-ends run once per queue count (``num-queues=N`` /
``--num-queues N``), the ``--depth`` requests in flight spread over the N queues.
With ``--packed``, our back-end runs once more per queue count with packed
virtqueues (qemu-storage-daemon's libvhost-user has only split ones).

The offsets are the same random 4 KiB-aligned ones for every run; the image is
read once first so that every run reads from the page cache. The ratio that
matters is our back-end / qemu-storage-daemon, both driven by our front-end
(target: at least 0.5).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qemuspec.ipc.vhost_user.blk_client import BlkClient

QEMUSPEC = str(Path(sys.executable).parent / "qemuspec")


def start(cmd: list[str], sock: Path) -> subprocess.Popen:
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if sock.exists():
            with socket.socket(socket.AF_UNIX) as probe:
                if probe.connect_ex(str(sock)) == 0:
                    return proc
        if proc.poll() is not None:
            break
        time.sleep(0.02)
    proc.kill()
    raise SystemExit(f"{cmd[0]} did not start")


def qemu_io_iops(image: Path, offsets: list[int]) -> float:
    def run(cmds: list[str]) -> float:
        args = ["qemu-io", "-f", "raw"]
        for c in cmds:
            args += ["-c", c]
        start = time.perf_counter()
        subprocess.run(args + [str(image)], check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start
    idle = min(run(["aio_flush"]) for _ in range(3))
    busy = run([f"aio_read -q {o} 4k" for o in offsets] + ["aio_flush"])
    return len(offsets) / max(busy - idle, 1e-9)


def front_end_iops(sock: Path, offsets: list[int], depth: int, image: Path, queues: int = 1,
                   packed: bool = False) -> float:
    expected = {}
    with open(image, "rb") as f:
        for o in offsets[:64]:
            expected[o] = os.pread(f.fileno(), 4096, o)

    async def run() -> float:
        async with await BlkClient.connect(sock, queue_size=256, event_idx=True, num_queues=queues,
                                           packed=packed) as disk:
            for i, (o, data) in enumerate(expected.items()):          # warm up, and check the data
                assert await disk.read(o, 4096, queue=i % queues) == data
            chunks = [offsets[i::depth] for i in range(depth)]

            async def worker(mine: list[int], queue: int) -> None:
                for o in mine:
                    await disk.read(o, 4096, queue=queue)
            start = time.perf_counter()
            await asyncio.gather(*(worker(c, i % queues) for i, c in enumerate(chunks)))
            return len(offsets) / (time.perf_counter() - start)
    return asyncio.run(run())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=20000, help="reads per run (default 20000)")
    parser.add_argument("--depth", type=int, default=32, help="requests in flight (default 32)")
    parser.add_argument("--image-size", type=int, default=256, help="image size in MiB (default 256)")
    parser.add_argument("--queues", default="1", help="queue counts, comma-separated (default 1)")
    parser.add_argument("--packed", action="store_true", help="also our back-end with packed virtqueues")
    args = parser.parse_args()
    queue_counts = [int(n) for n in args.queues.split(",")]
    rng = random.Random(4096)
    size = args.image_size << 20
    offsets = [rng.randrange(size // 4096) * 4096 for _ in range(args.requests)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        image = folder / "disk.raw"
        with open(image, "wb") as f:
            for _ in range(args.image_size):
                f.write(rng.randbytes(1 << 20))
        image.read_bytes()   # into the page cache
        results = {"qemu-io (reference)": qemu_io_iops(image, offsets)}
        pairs = []
        for n in queue_counts:
            suffix = f", {n} queue{'s' if n > 1 else ''}"
            qsd, ours = f"front-end -> qemu-storage-daemon{suffix}", f"front-end -> qemuspec back-end{suffix}"
            pairs.append((n, qsd, ours))
            peers = {
                qsd: (["qemu-storage-daemon", "--blockdev", f"driver=file,node-name=f,filename={image}",
                       "--export", "type=vhost-user-blk,id=e,node-name=f,addr.type=unix,"
                       f"addr.path={folder / 'qsd.sock'},writable=on,num-queues={n}"], folder / "qsd.sock", False),
                ours: ([QEMUSPEC, "vhost-user", "blk", "--num-queues", str(n), "--socket", str(folder / "ours.sock"),
                        str(image)], folder / "ours.sock", False),
            }
            if args.packed:
                peers[ours + ", packed"] = peers[ours][:2] + (True,)
            for name, (cmd, sock, packed) in peers.items():
                proc = start(cmd, sock)
                try:
                    results[name] = front_end_iops(sock, offsets, args.depth, image, n, packed)
                finally:
                    proc.send_signal(signal.SIGTERM)
                    proc.wait(10)
    reference = results["qemu-io (reference)"]
    print(f"4 KiB random reads, {args.requests} requests, depth {args.depth}, {args.image_size} MiB raw image")
    print(f"{'run':<56} {'IOPS':>10} {'/ qemu-io':>10}")
    for name, iops in results.items():
        print(f"{name:<56} {iops:>10,.0f} {iops / reference:>10.3f}")
    for n, qsd, ours in pairs:
        print(f"our back-end / qemu-storage-daemon (same front-end), {n} queue(s): {results[ours] / results[qsd]:.2f}"
              + (f"; packed / split: {results[ours + ', packed'] / results[ours]:.2f}" if args.packed else ""))


if __name__ == "__main__":
    main()
