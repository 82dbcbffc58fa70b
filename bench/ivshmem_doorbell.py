#!/usr/bin/env python3
"""ivshmem doorbell round trips: two of our clients beside a bare eventfd ping-pong, in one run.

    .venv/bin/python bench/ivshmem_doorbell.py [--round-trips N] [--repeats R]

Two processes play ping-pong N times. In the floor, each holds two raw
eventfds and does the least Python can: write the other's eventfd, block in
a read of its own. In ours, each is an `IvshmemClient` connected to our
server (`qemuspec ivshmem-server`, started for the run): `ring(peer, 0)`,
then `wait()` for its own vector. The same kernel objects carry the interrupts in both; the difference
is what our client costs per doorbell. Prints the median round trip of each
over R alternating repeats and the ratio ours/floor (target: at most 1.5).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from qemuspec.ipc.ivshmem import IvshmemClient

QEMUSPEC = str(Path(sys.executable).parent / "qemuspec")


def floor_player(my_fd: int, peer_fd: int, count: int, serve: bool, ready, go, result) -> None:
    ready.set()
    go.wait()
    start = time.perf_counter()
    for _ in range(count):
        if serve:
            os.eventfd_write(peer_fd, 1)
            os.eventfd_read(my_fd)
        else:
            os.eventfd_read(my_fd)
            os.eventfd_write(peer_fd, 1)
    result.put(time.perf_counter() - start)


def client_player(path: str, link, count: int, serve: bool, ready, go, result) -> None:
    with IvshmemClient.connect(path, vectors=1) as client:
        link.send(client.id)  # tell the other player who we are
        peer = link.recv()
        client.wait_for_peer(peer, 1)
        ready.set()
        go.wait()
        start = time.perf_counter()
        for _ in range(count):
            if serve:
                client.ring(peer, 0)
                client.wait()
            else:
                client.wait()
                client.ring(peer, 0)
        result.put(time.perf_counter() - start)


def run_pair(context, target, count: int, extra: tuple) -> float:
    """Start the two players, let them go together, return the pinging side's time per round trip."""
    ready = [context.Event(), context.Event()]
    go, result = context.Event(), context.Queue()
    players = [context.Process(target=target, args=(*extra[i], count, i == 0, ready[i], go, result))
               for i in (1, 0)]
    for player in players:
        player.start()
    for event in ready:
        event.wait(60)
    go.set()
    for player in players:
        player.join(600)
        if player.exitcode != 0:
            for other in players:
                other.kill()
            raise RuntimeError(f"a player failed with exit code {player.exitcode}")
    return max(result.get(timeout=10) for _ in players) / count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--round-trips", type=int, default=20000, help="ping-pongs per measurement (default 20000)")
    parser.add_argument("--repeats", type=int, default=5, help="alternating measurements of each (default 5)")
    args = parser.parse_args()
    context = multiprocessing.get_context("fork")  # the players inherit the floor's eventfds

    floor_times, our_times = [], []
    with tempfile.TemporaryDirectory(prefix="ivshmem-bench-") as tmp:
        path = str(Path(tmp) / "iv.sock")
        server = subprocess.Popen([QEMUSPEC, "ivshmem-server", "-F", "-v", "-S", path, "-n", "1", "-l", "64K"],
                                  stdout=subprocess.PIPE, text=True)
        try:
            if "listening on" not in server.stdout.readline():
                raise RuntimeError("the server did not start")
            for _ in range(args.repeats):
                a, b = os.eventfd(0), os.eventfd(0)
                try:
                    os.set_inheritable(a, True)
                    os.set_inheritable(b, True)
                    floor_times.append(run_pair(context, floor_player, args.round_trips, ((a, b), (b, a))))
                finally:
                    os.close(a)
                    os.close(b)
                one, other = context.Pipe()
                our_times.append(run_pair(context, client_player, args.round_trips, ((path, one), (path, other))))
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(30)

    floor, ours = statistics.median(floor_times), statistics.median(our_times)
    print(f"round trips per measurement: {args.round_trips}, measurements: {args.repeats} each (median shown)")
    print(f"{'ping-pong':<34} {'round trip (us)':>16}")
    print(f"{'bare Python eventfds (floor)':<34} {floor * 1e6:>16.2f}")
    print(f"{'two IvshmemClients via our server':<34} {ours * 1e6:>16.2f}")
    print(f"ratio ours/floor: {ours / floor:.3f} (target <= 1.5)")


if __name__ == "__main__":
    main()
