#!/usr/bin/env python3
"""vhost-user GET_FEATURES round trips per second: our front-end against our back-end, in one run.

    .venv/bin/python bench/vhost_user_roundtrip.py [--seconds S]

Starts our back-end (``qemuspec vhost-user blk``, its own process) and
qemu-storage-daemon's vhost-user-blk export on the same raw image, then
sends GET_FEATURES and waits for each reply, for ``--seconds`` each, with our
blocking front-end transport (SyncVhostUserClient) and with the asyncio one
(VhostUserClient). qemu-storage-daemon is the peer's figure for the same
front-end; the ratio is ours / qemu-storage-daemon. Target: 20,000 round
trips per second between our two ends.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qemuspec.ipc.vhost_user.transport import SyncVhostUserClient, VhostUserClient

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


def sync_rate(sock: Path, seconds: float) -> float:
    with SyncVhostUserClient.connect(sock) as client:
        call = client.fe.get_features
        for _ in range(200):
            client.call(call())
        n, start = 0, time.perf_counter()
        while (elapsed := time.perf_counter() - start) < seconds:
            for _ in range(100):
                client.call(call())
            n += 100
    return n / elapsed


def async_rate(sock: Path, seconds: float) -> float:
    async def run() -> float:
        client = await VhostUserClient.connect(sock)
        try:
            for _ in range(200):
                await client.call(client.fe.get_features())
            n, start = 0, time.perf_counter()
            while (elapsed := time.perf_counter() - start) < seconds:
                for _ in range(100):
                    await client.call(client.fe.get_features())
                n += 100
            return n / elapsed
        finally:
            client.close()
    return asyncio.run(run())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=2.0, help="seconds per measurement (default 2)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        image = folder / "disk.raw"
        image.write_bytes(bytes(1 << 20))
        peers = {
            "qemuspec back-end": [QEMUSPEC, "vhost-user", "blk", "--socket", str(folder / "ours.sock"), str(image)],
            "qemu-storage-daemon": ["qemu-storage-daemon", "--blockdev", f"driver=file,node-name=f,filename={image}",
                                    "--export", "type=vhost-user-blk,id=e,node-name=f,addr.type=unix,"
                                    f"addr.path={folder / 'qsd.sock'},writable=on"],
        }
        socks = {"qemuspec back-end": folder / "ours.sock", "qemu-storage-daemon": folder / "qsd.sock"}
        rates: dict[tuple[str, str], float] = {}
        for name, cmd in peers.items():
            proc = start(cmd, socks[name])
            try:
                rates[(name, "blocking")] = sync_rate(socks[name], args.seconds)
                rates[(name, "asyncio")] = async_rate(socks[name], args.seconds)
            finally:
                proc.send_signal(signal.SIGTERM)
                proc.wait(10)
    print(f"{'front-end transport':<22} {'qemuspec back-end':>18} {'qemu-storage-daemon':>20} {'ours/qsd':>9}")
    for transport in ("blocking", "asyncio"):
        ours, qsd = rates[("qemuspec back-end", transport)], rates[("qemu-storage-daemon", transport)]
        print(f"{transport:<22} {ours:>15,.0f}/s {qsd:>17,.0f}/s {ours / qsd:>9.2f}")


if __name__ == "__main__":
    main()
