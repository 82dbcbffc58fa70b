"""Crash and reconnect: qemu-system-x86_64 keeps the in-flight buffer of a back-end that died
(kill -9) and hands it to the restarted one, which runs the unfinished requests again.

Split and packed rings (`packed=on`: QEMU 7.2 sends SET_FEATURES before GET/SET_INFLIGHT_FD, so
the back-end knows the layout; after the crash its SET_VRING_BASE is the stale base of the last
start, and the packed positions come from the buffer). Our back-end runs as its own process
(`qemuspec vhost-user blk --inflight`), frozen at a chosen point by QEMUSPEC_VHOST_USER_STOP_AT (the N-th request taken, handled, or published but not
cleared from the buffer), so the kill lands at the same place every time. QEMU reconnects
(`-chardev socket,...,reconnect=1`); every request must come back through the used ring
exactly once, and the image must hold what the driver was told was written.
"""

from __future__ import annotations

import collections
import os
import random
import shutil
import signal
import subprocess
import time

import pytest

from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user.qtest_pci import ModernVirtioPci
from qemuspec.qtest import QemuProcess

from conftest import QEMUSPEC, run
from test_vhost_user_modern import (BUFFERS, GuestPackedRing, GuestSplitRing, RINGS, qemu_args, wait_until,
                                    write_blk_request)

IMAGE_SIZE = 4 << 20
NUM = 64
VF = L.VirtioFeature


class Backend:
    """`qemuspec vhost-user blk --inflight -v` as a child process, its stderr in a file."""

    def __init__(self, folder, image, sock, generation: int, stop_at: str | None = None) -> None:
        self.log = folder / f"backend-{generation}.log"
        env = dict(os.environ)
        env.pop("QEMUSPEC_VHOST_USER_STOP_AT", None)
        if stop_at:
            env["QEMUSPEC_VHOST_USER_STOP_AT"] = stop_at
        with open(self.log, "wb") as err:
            self.proc = subprocess.Popen([QEMUSPEC, "vhost-user", "blk", "--inflight", "-v",
                                          "--socket", str(sock), str(image)], stderr=err,
                                         stdout=subprocess.DEVNULL, env=env)
        wait_until(lambda: "serving" in self.text() or self.proc.poll() is not None, "the back-end to listen")
        assert self.proc.poll() is None, self.text()

    def text(self) -> str:
        return self.log.read_text(errors="replace")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


class BlkQueue:
    """virtio-blk requests on queue 0 of the modern device (a split or packed ring), each with its
    own buffers."""

    def __init__(self, qt, pci: ModernVirtioPci, packed: bool) -> None:
        self.qt, self.pci = qt, pci
        self.ring = (GuestPackedRing if packed else GuestSplitRing)(qt, RINGS, NUM)
        self.queue = pci.setup_queue_at(0, self.ring.desc, self.ring.driver, self.ring.device, NUM)
        self.slot = 0
        self.outstanding: dict[int, tuple[int, int]] = {}    # head -> (status address, request number)
        self.returned: list[int] = []                        # request numbers, as the used ring gave them
        self.number = 0

    def submit(self, rtype, sector: int, payload) -> int:
        base = BUFFERS + (self.slot % 32) * 0x11000
        self.slot += 1
        bufs, data, status = write_blk_request(self.qt, base, rtype, sector, payload)
        head = self.ring.add(bufs)
        assert head not in self.outstanding
        self.number += 1
        self.outstanding[head] = (status, self.number, data)
        return self.number

    def notify(self) -> None:
        self.ring.publish()
        self.pci.notify(self.queue)

    def harvest(self) -> dict[int, tuple[int, int, int]]:
        """Request number -> (status, used length, data address) of what came back since the last call."""
        out = {}
        for head, length in self.ring.used():
            assert head in self.outstanding, f"head {head} came back twice (or was never submitted)"
            status, number, data = self.outstanding.pop(head)
            self.returned.append(number)
            out[number] = (self.qt.mem_read(status, 1)[0], length, data)
        return out


def start_device(qt, packed: bool):
    pci = ModernVirtioPci(qt, 0x1042)
    pci.set_status(0)
    pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER)
    offered = pci.device_features()
    assert L.has(offered, VF.ring_packed) == packed      # QEMU passes RING_PACKED on with packed=on
    pci.set_driver_features(offered & (L.bit(VF.version1) | L.bit(L.BlkFeature.flush) | L.bit(VF.ring_packed)))
    pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER | L.STATUS_FEATURES_OK)
    queue = BlkQueue(qt, pci, packed)
    pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER | L.STATUS_FEATURES_OK | L.STATUS_DRIVER_OK)
    return queue


@pytest.mark.parametrize("fmt,phase,packed", [
    ("raw", "taken", False), ("raw", "handled", False), ("raw", "published", False), ("qcow2", "handled", False),
    ("raw", "taken", True), ("raw", "handled", True), ("raw", "published", True), ("qcow2", "handled", True)])
def test_a_killed_back_end_is_restarted_and_every_request_completes_once(tmp_path, fmt, phase, packed):
    rng = random.Random(phase)
    reference = tmp_path / "reference.raw"
    reference.write_bytes(rng.randbytes(IMAGE_SIZE) if fmt == "raw" else bytes(IMAGE_SIZE))
    image = tmp_path / f"disk.{fmt}"
    if fmt == "raw":
        shutil.copyfile(reference, image)
    else:
        made = run(["qemu-img", "create", "-q", "-f", "qcow2", str(image), str(IMAGE_SIZE)])
        assert made.returncode == 0, made.stderr
    ref = bytearray(reference.read_bytes())
    sock = tmp_path / "vu.sock"
    args = qemu_args(tmp_path, sock, 1, packed)
    chardev = args.index("-chardev") + 1
    args[chardev] += ",reconnect=1"
    first = Backend(tmp_path, image, sock, 1, stop_at=f"{phase}:3")
    second = None
    try:
        with QemuProcess(args, workdir=tmp_path) as qemu:
            qt = qemu.qtest
            wait_until(lambda: "GET_CONFIG" in first.text(), "the handshake")
            q = start_device(qt, packed)
            wait_until(lambda: "SET_VRING_ENABLE" in first.text(), "the device start")
            assert "GET_INFLIGHT_FD (24 bytes, 0 fds): ok" in first.text()
            assert "SET_INFLIGHT_FD (24 bytes, 1 fds): ok" in first.text()

            # five writes in one notification; requests 2 and 4 write the same sectors, so running
            # 2 again after 4 would leave the wrong data
            writes = []
            for i in range(5):
                sector = 64 if i in (1, 3) else rng.randrange(128, IMAGE_SIZE // 512 - 16)
                data = rng.randbytes(512 * rng.choice([1, 2, 8]) if i not in (1, 3) else 4096)
                writes.append((sector, data))
                q.submit(L.BlkRequestType.write, sector, data)
            q.notify()
            wait_until(lambda: "Stopped(" in first.text(), "the back-end to freeze")
            count = 5 if phase == "published" else 3     # (the third chain's batch was all five)
            assert f"Stopped(phase='{phase}', count={count})" in first.text()
            before = q.harvest()
            assert sorted(before) == ([1, 2, 3, 4, 5] if phase == "published" else [])
            first.kill()                                        # mid-I/O: nothing after the freeze happens

            second = Backend(tmp_path, image, sock, 2)
            wait_until(lambda: "SET_VRING_ENABLE" in second.text(), "QEMU to reconnect and restart the device",
                       timeout=30)
            log = second.text()
            assert "SET_INFLIGHT_FD (24 bytes, 1 fds): ok" in log and "GET_INFLIGHT_FD" not in log
            assert "error" not in log, log
            # the heads of requests 1-3 (3 descriptors each; packed: their buffer ids, the first
            # slots) ran again, oldest first; or, when the used ring already had all five, the
            # batch was cleared (packed: committed) and nothing ran again
            recovered = ("resubmit=(0, 3, 6), cleared=0" if phase != "published" else "resubmit=(), cleared=5")
            assert f"InflightRecovered(index=0, {recovered})" in log, log
            done = dict(before)
            wait_until(lambda: done.update(q.harvest()) or len(done) == 5, "the requests left in flight")
            assert all(status == 0 and length == 1 for status, length, _ in done.values())
            for sector, data in writes:                      # all acknowledged: the reference has them
                ref[sector * 512:sector * 512 + len(data)] = data

            # the queue goes on: a write and reads of everything written
            sector, data = 96, rng.randbytes(2048)
            q.submit(L.BlkRequestType.write, sector, data)
            ref[sector * 512:sector * 512 + len(data)] = data
            reads = {q.submit(L.BlkRequestType.read, s, len(d)): (s, len(d)) for s, d in writes + [(sector, data)]}
            q.submit(L.BlkRequestType.flush, 0, 0)
            q.notify()
            later: dict = {}
            wait_until(lambda: later.update(q.harvest()) or len(later) == 2 + len(reads), "the next requests")
            for number, (s, n) in reads.items():
                status, length, addr = later[number]
                assert status == 0 and length == n + 1
                assert qt.mem_read(addr, n) == bytes(ref[s * 512:s * 512 + n])
            counts = collections.Counter(q.returned)
            assert sorted(counts) == list(range(1, q.number + 1)) and set(counts.values()) == {1}
            assert not q.outstanding and qemu.proc.poll() is None
    finally:
        first.stop()
        if second is not None:
            second.stop()
    reference.write_bytes(ref)
    compare = run(["qemu-img", "compare", "-f", fmt, "-F", "raw", str(image), str(reference)])
    assert compare.returncode == 0, compare.stdout + compare.stderr
    if fmt == "qcow2":   # the killed back-end's half-done writes left no corruption and no leak
        check = run(["qemu-img", "check", str(image)])
        assert check.returncode == 0, check.stdout + check.stderr
