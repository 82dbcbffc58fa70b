"""ivshmem: the sans-IO server and client cores fed arbitrary steps, bytes and descriptors.

Server steps (``op % 6``): 0 a client connects (with the server's number of
new eventfds), 1 a client sends bytes, 2 a client's connection is lost,
3 the adapter sends up to n pending messages, 4 a connection is refused,
5 everything pending is sent. Client steps (``op % 3``): 0 bytes with up to
40 descriptors of any kind (cut to the message they complete, as the
adapter must), 1 bytes only, 2 the connection is lost, 3 an abort.
Every descriptor the core gives back (``CloseFds``, ``PeerLeft``,
``Discarded``, ``Failed``, ``close()``) is closed by the harness, as an
adapter does; one given back twice, or one never handed over, is a
violation, and after ``close()`` nothing handed over may be left open.
"""

from __future__ import annotations

import os
import random

from qemuspec.errors import UsageError
from qemuspec.ipc.ivshmem.client_core import ClientCore
from qemuspec.ipc.ivshmem.events import CloseFds, Discarded, Failed, PeerLeft
from qemuspec.ipc.ivshmem.fdio import fd_kind
from qemuspec.ipc.ivshmem.protocol import SHARED_MEMORY, encode
from qemuspec.ipc.ivshmem.server_core import ServerCore

from ..harness import Target, Violation
from ..script import Reader, Writer, make_fds, mutate_script


class Ledger:
    """Descriptors handed to a core, and the ones it gave back."""

    def __init__(self) -> None:
        self.handed: set[int] = set()
        self.back: set[int] = set()

    def hand(self, fds) -> None:
        for fd in fds:          # a number given back and closed may be reused for a new descriptor
            self.back.discard(fd)
            self.handed.add(fd)

    def give_back(self, fds, keep: set[int] = frozenset()) -> None:
        for fd in fds:
            if fd in keep:
                continue
            if fd not in self.handed:
                raise Violation(f"the core gave back descriptor {fd}, which it was never handed")
            if fd in self.back:
                raise Violation(f"the core gave back descriptor {fd} twice")
            self.back.add(fd)
            os.close(fd)

    def finish(self) -> None:
        missing = self.handed - self.back
        if missing:
            for fd in missing:
                os.close(fd)
            raise Violation(f"descriptors never given back after close(): {sorted(missing)}")


class ServerTarget(Target):
    name = "ivshmem_server"
    timeout = 10.0
    description = "ServerCore: joins, leaves, talkers, slow readers, refusals"

    def seeds(self) -> list[bytes]:
        out = []
        for vectors in (0, 1, 2):
            w = Writer().op(vectors)        # the first byte: vectors
            for conn in range(3):
                w.op(0, conn, 0, 0).op(3, conn, 10, 0)
            w.op(1, 1, 0, 0).op(2, 0, 0, 0).op(5, 0, 0, 0).op(0, 4, 0, 0).op(4, 5, 0, 0).op(3, 2, 1, 0)
            out.append(w.bytes())
        return out

    def mutate(self, data: bytes, rng: random.Random, corpus) -> bytes:
        return mutate_script(data, rng, corpus, set(), 6)

    def execute(self, data: bytes) -> str:
        r = Reader(data)
        vectors = r.byte() % 4
        shm = os.memfd_create("fuzz-ivshmem", os.MFD_CLOEXEC)
        core = ServerCore(shm, vectors, max_id=r.byte() % 8, max_backlog=1 + r.byte() % 4)
        ledger = Ledger()
        known: set[int] = set()
        steps = 0

        def drain() -> None:
            for event in core.events():
                if isinstance(event, CloseFds):
                    ledger.give_back(event.fds)
        try:
            while r.more() and steps < 300:
                steps += 1
                op, conn, n = r.byte() % 6, r.byte() % 8, r.byte()
                r.byte()
                if op == 0 and conn not in known:
                    fds = make_fds(vectors, 0, None)
                    try:
                        accepted = core.accept(conn, fds)
                    except UsageError:       # still being refused: the caller keeps its descriptors
                        for fd in fds:
                            os.close(fd)
                        continue
                    ledger.hand(fds)
                    if accepted is not None:
                        known.add(conn)
                elif op == 1:
                    core.receive_data(conn, bytes([n]) * (n % 3))
                elif op == 2:
                    core.connection_lost(conn)
                    known.discard(conn)
                elif op in (3, 5):
                    for _ in range(n % 16 if op == 3 else 10_000):
                        if core.data_to_send(conn) is None:  # asking again: the one before was sent
                            break
                elif op == 4 and conn not in known:
                    try:
                        core.refuse(conn, "fuzz")
                    except UsageError:
                        pass
                drain()
        finally:
            core.close()
            try:
                drain()
                ledger.finish()
            finally:
                os.close(shm)
        return f"ok:{vectors}:{len(known)}"


class ClientTarget(Target):
    name = "ivshmem_client"
    timeout = 10.0
    description = "ClientCore: any server bytes and descriptors (fd kinds checked)"

    def seeds(self) -> list[bytes]:
        w = Writer().op(2)                  # vectors
        w.blob(1, encode(0)).blob(1, encode(3))
        w.blob(0, encode(SHARED_MEMORY), 1, 0b01)
        for peer in (1, 3, 3, 1):
            w.blob(0, encode(peer), 1, 0b00)
        w.blob(1, encode(1)).op(2, 0, 0, 0)
        return [w.bytes(), Writer().op(1).blob(1, encode(0) + encode(SHARED_MEMORY)).bytes()]

    def mutate(self, data: bytes, rng: random.Random, corpus) -> bytes:
        return data[:1] + mutate_script(data[1:], rng, corpus, {0, 1}, 4)

    def execute(self, data: bytes) -> str:
        r = Reader(data)
        vectors = r.byte() % 5
        core = ClientCore(None if vectors == 4 else vectors, fd_kind=fd_kind)
        memfd = os.memfd_create("fuzz-ivshmem-client", os.MFD_CLOEXEC)
        os.ftruncate(memfd, 4096)
        ledger = Ledger()
        steps = 0

        def handle(events) -> None:
            for event in events:
                if isinstance(event, (PeerLeft, Discarded, Failed)):
                    ledger.give_back(event.fds)
        try:
            while r.more() and steps < 300:
                steps += 1
                op = r.byte() % 4
                if op in (0, 1):
                    nfds, kinds, length = r.byte() % 41, r.byte(), r.u16()
                    body = r.take(length)
                    if op == 0 and nfds and core.connected:
                        body = body[:core.bytes_wanted()]    # the adapter's rule: fds come with one message
                        fds = make_fds(nfds, kinds, memfd)
                        ledger.hand(fds)
                    else:
                        fds = []
                    core.receive_data(body, fds)
                else:
                    r.take(3)
                    if op == 2:
                        core.connection_lost()
                    else:
                        core.abort("fuzz")
                handle(core.events())
        finally:
            try:
                ledger.give_back(core.close())
                ledger.finish()
            finally:
                os.close(memfd)
        return f"ok:{core.state.name}"
