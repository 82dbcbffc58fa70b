"""ivshmem against real qemu-system-x86_64: our server and clients with ivshmem-doorbell and -plain.

QEMU runs q35 with a firmware that only halts; the guest is played through qtest
(`IvshmemGuest`: BARs placed, IVPosition, doorbell, BAR2, MSI-X aimed at guest RAM).
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest

from qemuspec.errors import UsageError
from qemuspec.ipc.ivshmem import IvshmemClient, IvshmemDevice, RefusedError, ServerThread, SharedMemory
from qemuspec.ipc.ivshmem.device import DOORBELL, INTRMASK, INTRSTATUS, IVPOSITION
from qemuspec.ipc.ivshmem.qemu import IvshmemQemu, doorbell_args
from qemuspec.qtest import QemuProcess

MEMORY_SIZE = 1 << 20


def eventfd_count(pid: int) -> int:
    """How many eventfds the process ``pid`` has open."""
    count = 0
    for name in os.listdir(f"/proc/{pid}/fd"):
        try:
            count += os.readlink(f"/proc/{pid}/fd/{name}") == "anon_inode:[eventfd]"
        except OSError:
            pass
    return count


def wait_for(condition, timeout: float = 10.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


@pytest.fixture
def server(tmp_path):
    """Our server (2 vectors per client, 1 MiB memfd) in a background thread."""
    with SharedMemory.memfd(MEMORY_SIZE) as memory, ServerThread(tmp_path / "iv.sock", memory, 2) as running:
        running.path = tmp_path / "iv.sock"
        running.memory = memory
        yield running


@pytest.fixture
def client_and_qemu(server, tmp_path):
    """Our client (ID 0), then QEMU's ivshmem-doorbell with 2 vectors (ID 1)."""
    with IvshmemClient.connect(server.path, vectors=2) as client, \
            IvshmemQemu.doorbell(server.path, tmp_path / "qemu", vectors=2) as qemu:
        client.wait_for_peer(1, vectors=2)
        yield client, qemu


def test_qemu_reads_the_id_our_server_gave(server, client_and_qemu):
    client, qemu = client_and_qemu
    guest = qemu.guest
    assert client.id == 0 and guest.position() == 1
    assert server.clients == {0: 2, 1: 2}
    assert client.peers == {1: 2} and client.vectors == 2
    config = guest.function.header()
    assert config.is_ivshmem and config.revision_id == 1
    assert guest.is_doorbell and guest.num_vectors == 2
    assert guest.shared_size == MEMORY_SIZE
    assert "error" not in qemu.log().lower()


def test_shared_memory_both_ways(client_and_qemu):
    client, qemu = client_and_qemu
    guest = qemu.guest
    payload = random.Random(7).randbytes(4096)
    client.memory.write(0x1000, payload)
    assert guest.read_shared(0x1000, 4096) == payload
    guest.write_shared(MEMORY_SIZE - 16, b"end of the BAR..")
    assert client.memory.read(MEMORY_SIZE - 16, 16) == b"end of the BAR.."
    guest.write_shared(0, b"\xaa" * 64)
    assert client.memory.map[:64] == b"\xaa" * 64


def test_guest_doorbell_fires_our_clients_eventfd(client_and_qemu):
    client, qemu = client_and_qemu
    guest = qemu.guest
    for vector in (0, 1):
        guest.ring(client.id, vector)  # the write is handled before qtest answers
        assert client.wait(timeout=10) == [vector]
    guest.ring(77, 0)  # unknown peer
    guest.ring(client.id, 2)  # vector our client does not have
    guest.ring(client.id, 0x101)  # QEMU keeps 8 bits of a vector nothing matches: vector 1
    assert client.wait(timeout=0) == [1]
    assert client.wait(timeout=0) == []


def test_our_ring_produces_the_msix_write_in_guest_ram(client_and_qemu):
    client, qemu = client_and_qemu
    guest = qemu.guest
    guest.enable_msix()
    qemu_id = guest.position()
    client.ring(qemu_id, 1)
    guest.wait_msi(1)
    client.ring(qemu_id, 0)
    guest.wait_msi(0)
    assert guest.fired_vectors() == []
    assert client.ring_peer(qemu_id) == 2
    wait_for(lambda: set(guest.fired_vectors()) == {0, 1} or None, what="both vectors")
    with pytest.raises(UsageError):
        client.ring(qemu_id, 2)


def test_model_answers_like_qemu(server, client_and_qemu):
    """The same BAR0 accesses on QEMU and on our model (attached to a second client of ours):
    same values read, and the same doorbells arriving at the first client."""
    client, qemu = client_and_qemu
    guest, qtest = qemu.guest, qemu.process.qtest
    with IvshmemClient.connect(server.path, vectors=2) as second:
        second.wait_for_peer(0, 2)
        client.wait_for_peer(second.id, 2)
        model = IvshmemDevice()
        model.attach(second)
        accesses = [
            ("w", INTRMASK, 4, 0xFFFFFFFF), ("r", INTRMASK, 4), ("r", INTRMASK, 1), ("r", INTRMASK + 1, 1),
            ("r", INTRMASK + 2, 2), ("w", INTRSTATUS, 4, 0x5), ("r", INTRSTATUS, 4), ("r", INTRSTATUS, 4),
            ("w", INTRMASK + 1, 4, 0x12345678), ("r", INTRMASK, 4), ("r", INTRSTATUS, 4), ("r", 0, 8),
            ("w", INTRMASK, 8, 0x0000000700000003), ("r", 0, 8), ("r", IVPOSITION + 1, 1), ("r", DOORBELL, 4),
            ("r", 0x10, 4), ("r", 0xFC, 4), ("w", 0x40, 4, 0xDEADBEEF), ("r", 0x40, 4),
            ("d", DOORBELL, 4, 0 << 16 | 1), ("d", DOORBELL, 4, 0 << 16 | 2), ("d", DOORBELL, 4, 0 << 16 | 0x100),
            ("d", DOORBELL + 1, 1, 0x01), ("d", DOORBELL + 2, 2, 0x0000), ("d", DOORBELL, 4, 0x00500000),
            ("d", DOORBELL, 2, 0x0001), ("d", DOORBELL - 1, 2, 0x0100),
        ]
        rung = []
        for access in accesses:
            kind, offset, size = access[:3]
            if kind == "r":
                assert model.read(offset, size) == qtest.mmio_read(guest.bar0 + offset, size), access
                continue
            value = access[3]
            qtest.mmio_write(guest.bar0 + offset, size, value)
            from_qemu = client.wait(timeout=0) if kind == "d" else None
            model.write(offset, value, size)
            from_model = client.wait(timeout=0) if kind == "d" else None
            assert from_model == from_qemu, access
            if kind == "d":
                rung.append(from_qemu)
        assert rung == [[1], [], [0], [1], [0], [], [1], [1]]
        assert qtest.mmio_read(guest.bar0 + IVPOSITION, 4) == 1 and model.read(IVPOSITION) == second.id


def test_two_qemus_two_clients_all_ring_each_other_then_one_is_killed(server, tmp_path):
    with IvshmemClient.connect(server.path, vectors=2) as c0, \
            IvshmemQemu.doorbell(server.path, tmp_path / "a", vectors=2) as qa, \
            IvshmemQemu.doorbell(server.path, tmp_path / "b", vectors=2) as qb, \
            IvshmemClient.connect(server.path, vectors=2) as c3:
        a, b = qa.guest, qb.guest
        assert (c0.id, a.position(), b.position(), c3.id) == (0, 1, 2, 3)
        c0.wait_for_peer(3, 2)
        assert c0.peers == {1: 2, 2: 2, 3: 2} and c3.peers == {0: 2, 1: 2, 2: 2}
        a.enable_msix()
        b.enable_msix()
        for client in (c0, c3):  # our clients ring both QEMUs
            for guest, qemu_id in ((a, 1), (b, 2)):
                client.ring(qemu_id, 1)
                guest.wait_msi(1)
        for guest in (a, b):  # both QEMUs ring both of our clients
            for client in (c0, c3):
                guest.ring(client.id, 0)
                assert client.wait(timeout=10) == [0]
        a.ring(2, 1)  # QEMU to QEMU
        b.wait_msi(1)
        b.ring(1, 0)
        a.wait_msi(0)
        c0.ring(3, 1)  # client to client
        assert c3.wait(timeout=10) == [1]

        b_eventfds = eventfd_count(qb.pid)
        qa.kill()
        c0.wait_for_departure(1)
        c3.wait_for_departure(1)
        assert server.clients == {0: 2, 2: 2, 3: 2}
        assert c0.peers == {2: 2, 3: 2}
        wait_for(lambda: eventfd_count(qb.pid) == b_eventfds - 2, what="QEMU B to close A's two eventfds")
        with pytest.raises(UsageError):
            c0.ring(1, 0)
        b.ring(1, 0)  # to the departed QEMU: ignored, no crash
        for client in (c0, c3):  # the others keep working
            client.ring(2, 0)
            b.wait_msi(0)
            b.ring(client.id, 1)
            assert client.wait(timeout=10) == [1]

        with IvshmemQemu.doorbell(server.path, tmp_path / "c", vectors=2) as qc:
            assert qc.guest.position() == 4  # round robin: 1 is not reused yet
            c0.wait_for_peer(4, 2)
            qc.guest.enable_msix()
            b.ring(4, 1)
            qc.guest.wait_msi(1)
        assert "error" not in qb.log().lower()


def test_qemu_with_fewer_vectors_than_the_server_keeps_the_first(server, tmp_path):
    with IvshmemClient.connect(server.path, vectors=1) as client, \
            IvshmemQemu.doorbell(server.path, tmp_path / "q", vectors=1) as qemu:
        assert client.vectors == 1  # our client closed its second own eventfd
        client.wait_for_peer(1, 1)
        assert client.peers == {1: 1}
        guest = qemu.guest
        assert guest.num_vectors == 1
        guest.ring(client.id, 0)
        assert client.wait(timeout=10) == [0]
        guest.enable_msix()
        client.ring(1, 0)
        guest.wait_msi(0)
        assert "Too many eventfd received, device has 1 vectors" in qemu.log()  # QEMU closed its extras too


def test_qemu_with_more_vectors_than_the_server_leaves_them_unconnected(server, tmp_path):
    with IvshmemClient.connect(server.path) as client, \
            IvshmemQemu.doorbell(server.path, tmp_path / "q", vectors=4) as qemu:
        client.wait_for_peer(1, 2)
        guest = qemu.guest
        assert guest.num_vectors == 4 and client.peers == {1: 2}
        guest.enable_msix()
        client.ring(1, 1)
        guest.wait_msi(1)
        guest.ring(client.id, 3)  # vector 3 of our client does not exist: ignored
        guest.ring(client.id, 1)
        assert client.wait(timeout=10) == [1]


def test_a_qemu_without_a_free_id_stops_with_a_clear_message(tmp_path):
    with SharedMemory.memfd(MEMORY_SIZE) as memory, ServerThread(tmp_path / "iv.sock", memory, 1, max_id=0):
        with IvshmemClient.connect(tmp_path / "iv.sock") as first:
            assert first.id == 0
            with pytest.raises(RefusedError):
                IvshmemClient.connect(tmp_path / "iv.sock")
            # QEMU first waits for the qtest connection, then realizes the device and stops
            with QemuProcess(doorbell_args(tmp_path / "iv.sock", 1, tmp_path), workdir=tmp_path) as qemu:
                assert qemu.proc.wait(timeout=30) == 1
                assert "server sent invalid ID message" in qemu.log()
            assert first.peers == {} and first.server_connected


def test_plain_device_shares_a_memory_backend_file_without_a_server(tmp_path):
    backing = tmp_path / "shared.mem"
    backing.write_bytes(bytes(MEMORY_SIZE))
    with IvshmemQemu.plain(backing, MEMORY_SIZE, tmp_path / "q") as qemu, SharedMemory.open_file(backing) as memory:
        guest = qemu.guest
        assert not guest.is_doorbell and guest.function.bar_info(1).size == 0
        assert guest.shared_size == MEMORY_SIZE and memory.size == MEMORY_SIZE
        assert guest.position() == 0
        memory.write(0x800, b"from the host side")
        assert guest.read_shared(0x800, 18) == b"from the host side"
        guest.write_shared(MEMORY_SIZE - 5, b"guest")
        assert memory.read(MEMORY_SIZE - 5, 5) == b"guest"
        guest.ring(0, 0)  # no interrupts: ignored
        assert guest.position() == 0
        assert Path(backing).read_bytes()[0x800:0x812] == b"from the host side"
