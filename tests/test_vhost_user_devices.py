"""The vhost-user device API's devices against QEMU 7.2's front-ends, through qtest.

For each device QEMU realizes ``-device vhost-user-<type>-pci`` against our
back-end (guest memory a shared memfd); a modern virtio-pci driver in the
test (``ModernVirtioPci`` over qtest) negotiates, sets up the queues and
sets DRIVER_OK, which makes QEMU start vhost; the test then writes
descriptor chains into guest memory, notifies, and reads back what our
device put there through QEMU:

* virtio-rng: the bytes of a known source, chain by chain, the used
  lengths (bounded by ``max_request``), and a chain that breaks the rules
  (a device-readable buffer) stopping only that queue;
* virtio-input: the configuration strings and bitmaps the guest reads
  through QEMU (select/subsel written, SET_CONFIG / GET_CONFIG behind
  them), events injected into the device arriving in the guest's event
  buffers exactly, chains held back while there is nothing to send, and
  status (LED) events from the guest reaching the device.
"""

from __future__ import annotations

import hashlib
import struct
import subprocess
import time
from pathlib import Path

import pytest

from qemuspec.ipc.vhost_user import layout as L
from qemuspec.ipc.vhost_user.backend import QueueBroken, RequestHandled
from qemuspec.ipc.vhost_user.qtest_pci import ModernQueue, ModernVirtioPci
from qemuspec.ipc.vhost_user.rng import RngDevice
from qemuspec.ipc.vhost_user.threaded import ThreadedBackendServer
from qemuspec.qtest import QemuProcess

from conftest import QEMUSPEC
from test_vhost_user_peers import stop, wait_for_socket, wait_until

OK = L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER | L.STATUS_FEATURES_OK
VERSION_1 = L.bit(L.VirtioFeature.version1)
BUF = 0x300000          # guest address of the buffers


def qemu_args(folder: Path, sock: Path, device: str) -> list[str]:
    hlt = folder / "hlt.bin"
    hlt.write_bytes(b"\xf4" * 65536)
    return ["-machine", "q35", "-display", "none", "-nodefaults", "-m", "64M", "-bios", str(hlt),
            "-object", "memory-backend-memfd,id=mem,size=64M,share=on", "-numa", "node,memdev=mem",
            "-chardev", f"socket,id=c0,path={sock}", "-device", f"{device},chardev=c0,romfile="]


def handled(server: ThreadedBackendServer) -> list[RequestHandled]:
    return [e for _, e in list(server.events) if isinstance(e, RequestHandled)]


def session(server: ThreadedBackendServer):
    return server.call(lambda: next(iter(server.server.sessions)))


def put_chain(qt, queue: ModernQueue, head: int, buffers: list[tuple[int, int, bool]]) -> int:
    """Write a chain (address, length, device-writable) at descriptor ``head`` and make it available."""
    raw = b""
    for i, (addr, length, writable) in enumerate(buffers):
        last = i == len(buffers) - 1
        flags = (L.DESC_F_WRITE if writable else 0) | (0 if last else L.DESC_F_NEXT)
        raw += L.DESC.pack(addr, length, flags, 0 if last else head + i + 1)
    qt.mem_write(queue.desc + L.DESC_SIZE * head, raw)
    idx = struct.unpack("<H", qt.mem_read(queue.avail + 2, 2))[0]
    qt.mem_write(queue.avail + 4 + 2 * (idx % queue.num), struct.pack("<H", head))
    qt.mem_write(queue.avail + 2, struct.pack("<H", (idx + 1) & 0xFFFF))
    return len(buffers)


def used_idx(qt, queue: ModernQueue) -> int:
    return struct.unpack("<H", qt.mem_read(queue.used + 2, 2))[0]


def used_elems(qt, queue: ModernQueue, start: int, count: int) -> list[tuple[int, int]]:
    return [L.USED_ELEM.unpack(qt.mem_read(queue.used + 4 + 8 * ((start + i) % queue.num), 8))
            for i in range(count)]


def start_driver(pci: ModernVirtioPci, features: int, queues: list[int]) -> list[ModernQueue]:
    pci.set_status(0)
    pci.set_status(L.STATUS_ACKNOWLEDGE | L.STATUS_DRIVER)
    pci.set_driver_features(features)
    pci.set_status(OK)
    assert pci.status() & L.STATUS_FEATURES_OK, "QEMU refused the features"
    out = [pci.setup_queue(q, 0x100000 + 0x10000 * q) for q in queues]
    pci.set_status(OK | L.STATUS_DRIVER_OK)
    return out


def wait_started(server: ThreadedBackendServer, queues: list[int]) -> None:
    def ready():
        names = [e.name for e in handled(server)]
        return names.count("SET_VRING_ENABLE") >= len(queues) and "SET_VRING_KICK" in names
    wait_until(ready, "vhost start")
    errors = [(e.name, e.error) for e in handled(server) if e.error]
    assert not errors, errors


class Stream:
    """A known byte stream (SHA-256 in counter mode) that records what it gave."""

    def __init__(self, seed: bytes) -> None:
        self.seed, self.counter, self.given = seed, 0, bytearray()

    def __call__(self, n: int) -> bytes:
        out = bytearray()
        while len(out) < n:
            out += hashlib.sha256(self.seed + self.counter.to_bytes(8, "little")).digest()
            self.counter += 1
        data = bytes(out[:n])
        self.given += data
        return data


# --- virtio-rng ------------------------------------------------------------------------------------

def test_qemu_guest_gets_the_bytes_of_our_rng_source(tmp_path):
    sock = tmp_path / "rng.sock"
    source = Stream(b"qemuspec-rng")
    devices: list[RngDevice] = []

    def factory() -> RngDevice:
        devices.append(RngDevice(source, max_request=256))
        return devices[-1]

    with ThreadedBackendServer(sock, factory) as server, \
            QemuProcess(qemu_args(tmp_path, sock, "vhost-user-rng-pci"), workdir=tmp_path) as qemu:
        qt = qemu.qtest
        wait_until(lambda: "GET_VRING_BASE" not in [e.name for e in handled(server)]
                   and "SET_OWNER" in [e.name for e in handled(server)], "the handshake")
        pci = ModernVirtioPci(qt, 4)                  # virtio-rng: PCI 1af4:1044
        offered = pci.device_features()
        assert offered & VERSION_1 and offered & L.bit(L.VirtioFeature.indirect_desc)
        assert pci.num_queues() == 1
        (queue,) = start_driver(pci, VERSION_1, [0])
        wait_started(server, [0])
        set_features = next(e for e in handled(server) if e.name == "SET_FEATURES")
        assert int.from_bytes(set_features.payload, "little") & ~L.bit(L.VirtioFeature.protocol_features) \
            == VERSION_1

        # three chains in a 4-entry queue: one buffer; two buffers (one chain); a buffer past max_request
        qt.mem_write(BUF, b"\xee" * 0x3000)
        head = put_chain(qt, queue, 0, [(BUF, 64, True)])
        head += put_chain(qt, queue, head, [(BUF + 0x1000, 100, True), (BUF + 0x1100, 28, True)])
        put_chain(qt, queue, head, [(BUF + 0x2000, 1000, True)])
        pci.isr()
        pci.notify(queue)
        wait_until(lambda: used_idx(qt, queue) == 3, "three used chains")
        assert used_elems(qt, queue, 0, 3) == [(0, 64), (1, 128), (3, 256)]
        stream = bytes(source.given)
        assert len(stream) == 64 + 128 + 256
        assert qt.mem_read(BUF, 65) == stream[:64] + b"\xee"
        assert qt.mem_read(BUF + 0x1000, 100) + qt.mem_read(BUF + 0x1100, 28) == stream[64:192]
        assert qt.mem_read(BUF + 0x1100 + 28, 1) == b"\xee"
        assert qt.mem_read(BUF + 0x2000, 1000) == stream[192:448] + b"\xee" * 744
        assert wait_until(lambda: pci.isr() & 1, "the queue interrupt")
        assert devices[0].served == 3 and devices[0].bytes_out == 448

        # the queue goes round: two more requests reuse descriptors 0 and 1
        put_chain(qt, queue, 0, [(BUF, 32, True)])
        put_chain(qt, queue, 1, [(BUF + 0x1000, 16, True)])
        pci.notify(queue)
        wait_until(lambda: used_idx(qt, queue) == 5, "five used chains")
        assert used_elems(qt, queue, 3, 2) == [(0, 32), (1, 16)]
        assert qt.mem_read(BUF, 32) + qt.mem_read(BUF + 0x1000, 16) == bytes(source.given[448:496])

        # a chain with a device-readable buffer breaks the queue; QEMU and the server go on
        put_chain(qt, queue, 2, [(BUF, 16, False), (BUF + 0x1000, 16, True)])
        pci.notify(queue)
        broken = wait_until(lambda: [e for _, e in list(server.events) if isinstance(e, QueueBroken)],
                            "the broken queue")
        assert broken[0].index == 0 and "device-readable" in broken[0].reason
        assert used_idx(qt, queue) == 5 and len(source.given) == 496
        assert qemu.proc.poll() is None and session(server).conn.closed is False


def test_rng_cli_serves_qemu(tmp_path):
    sock = tmp_path / "cli-rng.sock"
    proc = subprocess.Popen([QEMUSPEC, "vhost-user", "rng", "-v", "--socket", str(sock)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for_socket(sock, proc, "qemuspec vhost-user rng")
        with QemuProcess(qemu_args(tmp_path, sock, "vhost-user-rng-pci"), workdir=tmp_path) as qemu:
            qt = qemu.qtest
            pci = ModernVirtioPci(qt, 4)
            (queue,) = start_driver(pci, VERSION_1, [0])
            qt.mem_write(BUF, bytes(4096))
            put_chain(qt, queue, 0, [(BUF, 4096, True)])
            pci.notify(queue)
            wait_until(lambda: used_idx(qt, queue) == 1, "the used chain")
            assert used_elems(qt, queue, 0, 1) == [(0, 4096)]
            data = qt.mem_read(BUF, 4096)
            assert data != bytes(4096) and len(set(data)) > 200     # os.urandom, not zeros
    finally:
        stop(proc)
    log = proc.stderr.read().decode()
    assert proc.returncode == 0, log
    assert "as vhost-user-rng on" in log and "SET_VRING_KICK" in log and "ConnectionClosed" in log
