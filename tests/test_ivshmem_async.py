"""The asyncio adapters: IvshmemServer and AsyncIvshmemClient on one event loop, and with QEMU."""

from __future__ import annotations

import asyncio
import os
import socket

import pytest

from qemuspec.errors import PeerError, UsageError
from qemuspec.ipc.ivshmem import AsyncIvshmemClient, IvshmemServer, SharedMemory
from qemuspec.ipc.ivshmem.events import ClientJoined, ClientLeft, PeerLeft, PeerVector, ServerGone
from qemuspec.ipc.ivshmem.qemu import IvshmemQemu


async def until(condition) -> None:
    while not condition():
        await asyncio.sleep(0.001)


def test_server_and_clients_on_one_loop(tmp_path):
    path = tmp_path / "iv.sock"

    async def main():
        server_events, a_events, b_interrupts = [], [], []
        with SharedMemory.memfd(1 << 16) as memory:
            async with IvshmemServer(path, memory, 2, on_event=server_events.append) as server:
                a = await AsyncIvshmemClient.connect(path, on_event=a_events.append)
                b = await AsyncIvshmemClient.connect(path, on_interrupt=b_interrupts.append)
                await a.wait_until(lambda c: c.peers == {1: 2})
                assert (a.id, b.id, a.vectors, b.peers) == (0, 1, 2, {0: 2})
                assert server.dump().splitlines() == ["peer_id = 0", "  vector 0 is enabled", "  vector 1 is enabled",
                                                      "peer_id = 1", "  vector 0 is enabled", "  vector 1 is enabled"]
                a.ring(1, 1)
                await asyncio.wait_for(until(lambda: b_interrupts), 10)
                assert b_interrupts == [1]
                b.ring(0, 0)
                assert await a.wait(timeout=10) == 0
                assert a.ring_all() == 2
                assert await a.wait(timeout=0.05) is None  # a rang its peer, not itself
                a.memory.write(10, b"async")
                assert b.memory.read(10, 5) == b"async"
                with pytest.raises(UsageError):
                    a.ring(5, 0)
                b.close()
                await a.wait_until(lambda c: c.peers == {})
                assert [e for e in a_events if isinstance(e, PeerLeft)] == [PeerLeft(1, a_events[-1].fds)]
                assert server.clients == {0: 2}
            await a.wait_until(lambda c: not c.server_connected)
            assert isinstance(a_events[-1], ServerGone)
            a.close()
        assert [type(e) for e in server_events] == [ClientJoined, ClientJoined, ClientLeft]
        assert sum(isinstance(e, PeerVector) for e in a_events) == 2

    asyncio.run(main())
    assert not path.exists()


def test_async_client_with_qemu(tmp_path):
    path = tmp_path / "iv.sock"

    async def main():
        loop = asyncio.get_running_loop()
        with SharedMemory.memfd(1 << 20) as memory:
            async with IvshmemServer(path, memory, 2):
                client = await AsyncIvshmemClient.connect(path, vectors=2)
                # QEMU waits for our server while it starts: start it off the loop
                qemu = await loop.run_in_executor(None, IvshmemQemu.doorbell, path, tmp_path / "q", 2)
                try:
                    await client.wait_until(lambda c: c.peers == {1: 2})
                    qemu.guest.ring(0, 1)
                    assert await client.wait(timeout=10) == 1
                    qemu.guest.enable_msix()
                    client.ring(1, 0)
                    await loop.run_in_executor(None, qemu.guest.wait_msi, 0)
                    await loop.run_in_executor(None, qemu.kill)
                    await client.wait_until(lambda c: c.peers == {})
                finally:
                    await loop.run_in_executor(None, qemu.close)
                    client.close()

    asyncio.run(main())


def test_async_connect_errors(tmp_path):
    async def main():
        with pytest.raises(PeerError):
            await AsyncIvshmemClient.connect(tmp_path / "missing.sock")
        silent = tmp_path / "silent.sock"
        listener = socket.socket(socket.AF_UNIX)
        listener.bind(str(silent))
        listener.listen()
        try:
            with pytest.raises(PeerError) as error:
                await AsyncIvshmemClient.connect(silent, timeout=0.2)
            assert "timed out" in str(error.value)
        finally:
            listener.close()
    before = len(os.listdir("/proc/self/fd"))
    asyncio.run(main())
    assert len(os.listdir("/proc/self/fd")) == before
