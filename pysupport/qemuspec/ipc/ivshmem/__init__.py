"""ivshmem: shared memory between VMs, its doorbell device and its client-server protocol.

>>> from qemuspec.ipc.ivshmem import IvshmemClient, ServerThread, SharedMemory
>>> with SharedMemory.memfd(1 << 20) as memory, ServerThread("/tmp/iv.sock", memory, vectors=2):
...     with IvshmemClient.connect("/tmp/iv.sock") as a, IvshmemClient.connect("/tmp/iv.sock") as b:
...         a.wait_for_peer(b.id, vectors=2)
...         a.ring(b.id, 1)
...         b.wait(timeout=5)
[1]

Modules: :mod:`.protocol` (messages), :mod:`.server_core` and
:mod:`.client_core` (sans-IO state machines: ``receive_data``, ``events``),
:mod:`.events` (what they report), :mod:`.server` and :mod:`.client`
(asyncio and blocking adapters), :mod:`.fdio` (SCM_RIGHTS), :mod:`.shm`
(POSIX shm and files; memfds come from :mod:`qemuspec.memory`),
:mod:`.device` (a BAR0 register model), :mod:`.guest` and :mod:`.qemu`
(driving a real QEMU's device through qtest).
"""

from .client import AsyncIvshmemClient, IvshmemClient
from .client_core import ClientCore, RefusedError
from .device import IvshmemDevice
from .guest import IvshmemGuest
from .protocol import MAX_ID, MAX_VECTORS, PROTOCOL_VERSION, Message
from .server import IvshmemServer, ServerThread
from .server_core import ServerCore
from .shm import SharedMemory

__all__ = [
    "IvshmemClient", "AsyncIvshmemClient", "ClientCore", "RefusedError", "IvshmemDevice", "IvshmemGuest",
    "IvshmemServer", "ServerThread", "ServerCore", "SharedMemory", "Message",
    "MAX_ID", "MAX_VECTORS", "PROTOCOL_VERSION",
]
