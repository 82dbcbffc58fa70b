#!/usr/bin/env python3
"""Requests per second of each vhost-user device type of ours, in one run.

    .venv/bin/python bench/vhost_user_devices.py [--requests N] [--depth D]

Each back-end runs as its own process (the ``qemuspec vhost-user blk|rng|input``
commands); one blocking front-end (SyncVhostUserClient, a shared memfd, a
DriverQueue with EVENT_IDX) keeps ``--depth`` chains in flight on queue 0 and
counts completions:

* blk - 512-byte reads of a raw image in the page cache (header, data, status);
* rng - 64-byte entropy requests (one writable buffer) from os.urandom;
* input - 8-byte event buffers, filled from events written to the back-end's
  standard input before the clock starts (the device holds at most 4096).

No other vhost-user back-end of these types is installed here (Debian's QEMU 7.2
packages have only qemu-storage-daemon's blk export), so the ratios are to our own
blk device: the cost of the device's handler against the shared core. One run, as
the other benchmarks; on a loaded machine the numbers move a lot. Tests never
assert timings.
"""

from __future__ import annotations

import argparse
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user.client import SyncVhostUserClient
from qemuspec.ipc.vhost_user.driver import DriverQueue
from qemuspec.memory import GuestRam

QEMUSPEC = str(Path(sys.executable).parent / "qemuspec")
INPUT_MAX = 4096


def start(cmd: list[str], sock: Path, stdin=subprocess.DEVNULL) -> subprocess.Popen:
    proc = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
    raise SystemExit(f"{' '.join(cmd)} did not start")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run(sock: Path, kind: str, requests: int, depth: int, prepare=None) -> float:
    """Connect, start queue 0 (and 1 for input), keep ``depth`` chains in flight; requests per second."""
    ram = GuestRam(16 << 20)
    with SyncVhostUserClient.connect(sock) as c:
        offered = c.get_features()
        protocol = c.get_protocol_features() & (L.bit(L.ProtocolFeature.reply_ack) | L.bit(L.ProtocolFeature.mq))
        c.set_protocol_features(protocol)
        c.set_owner()
        features = offered & (L.bit(L.VirtioFeature.version1) | L.bit(L.VirtioFeature.event_idx)
                              | L.bit(L.VirtioFeature.protocol_features))
        c.set_features(features)
        c.set_mem_table([ram.region()], [ram.fd])
        queues = []
        for index in range(2 if kind == "input" else 1):
            q = DriverQueue(ram, index, 256, event_idx=True)
            c.set_vring_num(index, q.num)
            c.set_vring_base(index, 0)
            c.set_vring_addr(q.address())
            c.set_vring_kick(index, q.kick_fd)
            c.set_vring_call(index, q.call_fd)
            c.set_vring_err(index, q.err_fd)
            c.set_vring_enable(index, True)
            q.arm()
            q.kick()
            queues.append(q)
        q = queues[0]
        size = {"blk": 16 + 512 + 1, "rng": 64, "input": 8}[kind]
        buffers = [ram.alloc(size, 64) for _ in range(depth)]

        def add(buf: int) -> None:
            if kind == "blk":
                ram.at(buf, 16)[:] = L.BLK_REQUEST_HEADER.pack(int(L.BlkRequestType.read), 0, (buf // 64) % 8)
                q.add([(buf, 16)], [(buf + 16, 512), (buf + 528, 1)], buf)
            else:
                q.add([], [(buf, size)], buf)

        if prepare is not None:
            prepare()
        done = 0
        began = time.perf_counter()
        for buf in buffers:
            add(buf)
        q.publish()
        if q.kick_needed():
            q.kick()
        added = depth
        while done < requests:
            ready, _, _ = select.select([q.call_fd, q.err_fd], [], [], 10)
            if not ready:
                raise SystemExit(f"{kind}: no completion within 10 s ({done} done)")
            if q.err_fd in ready:
                raise SystemExit(f"{kind}: the back-end broke the queue")
            try:
                os.eventfd_read(q.call_fd)
            except BlockingIOError:
                pass
            while True:
                for buf, _written in q.harvest():
                    done += 1
                    if added < requests:
                        add(buf)
                        added += 1
                q.publish()
                if q.kick_needed():
                    q.kick()
                if not q.arm() or done >= requests:
                    break
        elapsed = time.perf_counter() - began
        c.get_vring_base(0)
    for queue in queues:
        queue.close()
    ram.close()
    return requests / elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=INPUT_MAX)
    parser.add_argument("--depth", type=int, default=32)
    args = parser.parse_args()
    if not 1 <= args.requests <= INPUT_MAX:
        raise SystemExit(f"--requests is 1..{INPUT_MAX} (the input device holds that many events)")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        image = d / "disk.raw"
        image.write_bytes(os.urandom(1 << 20))
        for kind in ("blk", "rng", "input"):
            sock = d / f"{kind}.sock"
            cmd = [QEMUSPEC, "vhost-user", kind, "--socket", str(sock)] + ([str(image)] if kind == "blk" else [])
            proc = start(cmd, sock, stdin=subprocess.PIPE if kind == "input" else subprocess.DEVNULL)
            try:
                prepare = None
                if kind == "input":
                    def prepare() -> None:   # the events go to every connected guest: after connecting
                        proc.stdin.write(b"1 30 1\n" * args.requests)
                        proc.stdin.flush()
                        time.sleep(1.0)      # the back-end reads them before the clock starts
                results[kind] = run(sock, kind, args.requests, args.depth, prepare)
            finally:
                if proc.stdin:
                    proc.stdin.close()
                stop(proc)
    base = results["blk"]
    print(f"{args.requests} requests per device, {args.depth} in flight, one queue")
    for kind, rate in results.items():
        print(f"  {kind:<6} {rate:10.0f} requests/s   {rate / base:5.2f} x blk")
    return 0


if __name__ == "__main__":
    sys.exit(main())
