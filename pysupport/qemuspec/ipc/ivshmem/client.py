"""ivshmem clients: the peer of a QEMU ``ivshmem-doorbell`` device, as a program.

Two thin adapters around :class:`~qemuspec.ipc.ivshmem.client_core.ClientCore`:

* :class:`IvshmemClient` - blocking. Server messages are handled when the
  program calls :meth:`~IvshmemClient.process` or waits for an interrupt
  with :meth:`~IvshmemClient.wait`; ringing never blocks.
* :class:`AsyncIvshmemClient` - asyncio. Server messages and interrupts are
  handled as they arrive; :meth:`~AsyncIvshmemClient.wait` awaits the next
  interrupt.

Both ring a peer's vector (:meth:`ring`), all vectors of a peer
(:meth:`ring_peer`) or every vector of every peer (:meth:`ring_all`), map
the shared memory (:attr:`memory`), and keep working with the peers they
know when the server goes away, as the spec allows.
"""

from __future__ import annotations

import asyncio
import math
import os
import select
import socket
import time
from typing import Callable

from ...errors import PeerError, ProtocolError, UsageError
from .client_core import ClientCore
from .events import ClientEvent, Discarded, Failed, OwnVector, PeerLeft, Ready, ServerGone
from .fdio import close_fds, fd_kind, recv_with_fds
from .shm import SharedMemory

__all__ = ["IvshmemClient", "AsyncIvshmemClient"]

_MESSAGES_PER_WAKEUP = 256


class _ClientBase:
    """What both adapters share: the tables, ringing, the memory, closing."""

    def __init__(self, sock: socket.socket, vectors: int | None) -> None:
        self._sock: socket.socket | None = sock
        self.core = ClientCore(vectors, fd_kind=fd_kind)
        self._memory: SharedMemory | None = None
        self.server_error: ProtocolError | None = None
        self.closed = False

    # -- tables ---------------------------------------------------------------------

    @property
    def id(self) -> int:
        """The ID the server gave this client."""
        return self.core.id

    @property
    def vectors(self) -> int:
        """How many of its own vectors this client can be interrupted on."""
        return len(self.core.own_vectors)

    @property
    def peers(self) -> dict[int, int]:
        """Known peers: ID -> number of their vectors this client can ring."""
        return {peer: len(fds) for peer, fds in sorted(self.core.peers.items())}

    @property
    def server_connected(self) -> bool:
        """Whether the connection to the server is still up."""
        return self._sock is not None

    @property
    def memory(self) -> SharedMemory:
        """The shared memory the server sent (mapped on first use of its ``map``)."""
        if self._memory is None:
            if self.core.shm_fd is None:
                raise UsageError("the client is closed")
            self._memory = SharedMemory(self.core.shm_fd, self.core.shm_size, kind="fd", own=False)
        return self._memory

    # -- doorbells --------------------------------------------------------------------

    def ring(self, peer: int, vector: int = 0) -> None:
        """Interrupt ``peer`` on ``vector`` (write 1 to its eventfd)."""
        fds = self.core.peers.get(peer)
        if fds is None:
            if peer == self.core.id:
                fds = self.core.own_vectors
            else:
                raise UsageError(f"cannot find peer_id = {peer}")
        if not 0 <= vector < len(fds):
            raise UsageError(f"peer {peer} has no vector {vector} (it has {len(fds)})")
        _kick(fds[vector])

    def ring_peer(self, peer: int) -> int:
        """Interrupt ``peer`` on every vector it has; return how many."""
        fds = self.core.peers.get(peer)
        if fds is None:
            raise UsageError(f"cannot find peer_id = {peer}")
        for fd in fds:
            _kick(fd)
        return len(fds)

    def ring_all(self) -> int:
        """Interrupt every known peer (not this client) on every vector; return how many rings."""
        count = 0
        for fds in list(self.core.peers.values()):
            for fd in fds:
                _kick(fd)
                count += 1
        return count

    def try_ring(self, peer: int, vector: int) -> bool:
        """Ring like a device's doorbell register: ignore unknown peers and vectors (False)."""
        fds = self.core.peers.get(peer)
        if fds is None and peer == self.core.id:
            fds = self.core.own_vectors
        if fds is None or not 0 <= vector < len(fds):
            return False
        _kick(fds[vector])
        return True

    def dump(self) -> str:
        """This client and its peers with their vectors, as QEMU's example client prints them."""
        lines = [f"our_id = {self.core.id}"]
        lines += [f"  vector {v} is enabled (fd={fd})" for v, fd in enumerate(self.core.own_vectors)]
        for peer, fds in sorted(self.core.peers.items()):
            lines.append(f"peer_id = {peer}")
            lines += [f"  vector {v} is enabled (fd={fd})" for v, fd in enumerate(fds)]
        return "\n".join(lines)

    # -- events ----------------------------------------------------------------------

    def _apply(self, events: list[ClientEvent]) -> None:
        """Close what the core gave back; note failures and the end of the connection."""
        for event in events:
            if isinstance(event, (PeerLeft, Discarded)):
                close_fds(event.fds)
            elif isinstance(event, Failed):
                close_fds(event.fds)
                self.server_error = event.error
                self._drop_connection()
            elif isinstance(event, ServerGone):
                self._drop_connection()

    def _receive_one(self) -> list[ClientEvent]:
        """One ``recvmsg`` of at most the rest of a message; BlockingIOError if nothing is there."""
        try:
            data, fds, truncated = recv_with_fds(self._sock, self.core.bytes_wanted())
        except (BlockingIOError, InterruptedError):
            raise
        except OSError as exc:
            self.core.connection_lost(f"the connection to the server failed: {exc.strerror}")
            return self.core.events()
        if truncated:
            self.core.abort("the server sent more descriptors with one message than fit", fds)
        elif not data and not fds:
            self.core.connection_lost()
        else:
            self.core.receive_data(data, fds)
        return self.core.events()

    def _drop_connection(self) -> None:
        if self._sock is not None:
            self._unwatch_server()
            self._sock.close()
            self._sock = None

    def _unwatch_server(self) -> None:
        """Stop watching the server socket (adapters override)."""

    def close(self) -> None:
        """Close the connection and every descriptor; the memory mapping goes too."""
        if self.closed:
            return
        self.closed = True
        self._drop_connection()
        if self._memory is not None:
            self._memory.close()
            self._memory = None
        close_fds(self.core.close())


def _kick(fd: int) -> None:
    try:
        os.eventfd_write(fd, 1)
    except BlockingIOError:
        pass  # the counter is full: an interrupt is pending anyway
    except OSError as exc:
        raise PeerError(f"cannot ring eventfd {fd}: {exc.strerror}") from exc


def _connect_socket(path: str | os.PathLike, timeout: float) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
    sock.settimeout(timeout)
    try:
        sock.connect(os.fspath(path))
    except OSError as exc:
        sock.close()
        raise PeerError(f"cannot connect to the ivshmem server at {path}: {exc.strerror or exc}") from exc
    return sock


def _setup_error(client: _ClientBase) -> BaseException:
    if client.server_error is not None:
        return client.server_error
    return PeerError("the ivshmem server closed the connection during setup")


class IvshmemClient(_ClientBase):
    """A blocking ivshmem client.

    >>> client = IvshmemClient.connect("/tmp/ivshmem_socket")
    >>> client.ring(peer=0, vector=0)
    >>> vectors = client.wait(timeout=1.0)   # the own vectors that fired

    :meth:`connect` returns once the ID and the shared memory arrived and
    the messages already waiting (the peers and own vectors of the connect
    burst) are handled. Later joins and departures are handled whenever
    :meth:`process` or :meth:`wait` runs.
    """

    def __init__(self, sock: socket.socket, vectors: int | None = None) -> None:
        super().__init__(sock, vectors)
        self._poll: select.poll | None = None
        self._poll_fds: dict[int, int] = {}  # descriptor -> own vector (-1 for the server socket)

    @classmethod
    def connect(cls, path: str | os.PathLike, *, vectors: int | None = None, timeout: float = 10.0,
                settle: float = 0.05) -> "IvshmemClient":
        """Connect to the server at ``path``; ``vectors`` as QEMU's device property (None: all sent).

        Returns when the ID and shared memory arrived and the rest of the
        connect burst (peers, own vectors) is handled: messages are read
        until ``vectors`` own vectors are there, or none came for
        ``settle`` seconds (the protocol does not mark the burst's end).
        """
        client = cls(_connect_socket(path, timeout), vectors)
        try:
            client._sock.settimeout(None)
            deadline = time.monotonic() + timeout
            while not client.core.set_up:
                if not client.server_connected:
                    raise _setup_error(client)
                left = deadline - time.monotonic()
                if left <= 0:
                    raise PeerError(f"the ivshmem server did not finish the setup within {timeout} s "
                                    f"({client.core.state.value})")
                client._process(left)
            while client.server_connected and (vectors is None or client.vectors < vectors):
                if not client._process(settle):
                    break
        except BaseException:
            client.close()
            raise
        return client

    def process(self, timeout: float = 0.0) -> list[ClientEvent]:
        """Handle the server's messages that are waiting; wait up to ``timeout`` s for the first."""
        return self._process(timeout)

    def _process(self, timeout: float) -> list[ClientEvent]:
        events: list[ClientEvent] = []
        if self._sock is None:
            return events
        waiter = select.poll()
        waiter.register(self._sock.fileno(), select.POLLIN)
        if not waiter.poll(max(0, math.ceil(timeout * 1000))):
            return events
        self._sock.setblocking(False)
        try:
            for _ in range(_MESSAGES_PER_WAKEUP * 64):
                if self._sock is None:
                    break
                try:
                    new = self._receive_one()
                except (BlockingIOError, InterruptedError):
                    break
                events += new
                self._apply(new)
                if any(isinstance(e, (OwnVector, Ready)) for e in new):
                    self._poll = None
        finally:
            if self._sock is not None:
                self._sock.setblocking(True)
        return events

    def wait(self, timeout: float | None = None) -> list[int]:
        """Wait for interrupts on this client's own vectors; return the vectors that fired.

        Server messages that arrive meanwhile are handled. Returns [] when
        ``timeout`` (seconds) passes first.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            poll = self._poll or self._build_poll()
            if deadline is None:
                ready = poll.poll()
            else:
                ready = poll.poll(max(0, math.ceil((deadline - time.monotonic()) * 1000)))
            fired: list[int] = []
            server_readable = False
            for fd, _ in ready:
                vector = self._poll_fds.get(fd)
                if vector is None:
                    continue
                if vector < 0:
                    server_readable = True
                    continue
                try:
                    os.eventfd_read(fd)  # read and drop the counter
                    fired.append(vector)
                except (BlockingIOError, InterruptedError):
                    pass  # someone else took it
            if server_readable:
                self._process(0)
                self._poll = None
            if fired:
                return fired if len(fired) == 1 else sorted(fired)
            if deadline is not None and time.monotonic() >= deadline:
                return []

    def wait_until(self, condition: Callable[["IvshmemClient"], bool], timeout: float = 10.0) -> None:
        """Handle server messages until ``condition(self)`` holds; PeerError after ``timeout`` s."""
        deadline = time.monotonic() + timeout
        while not condition(self):
            left = deadline - time.monotonic()
            if left <= 0:
                raise PeerError(f"timed out after {timeout} s waiting for the ivshmem server")
            if self._sock is None:
                raise PeerError("the ivshmem server is gone")
            self._process(min(left, 0.5))

    def wait_for_peer(self, peer: int, vectors: int = 1, timeout: float = 10.0) -> None:
        """Wait until ``peer`` is known with at least ``vectors`` vectors."""
        self.wait_until(lambda c: len(c.core.peers.get(peer, ())) >= vectors, timeout)

    def wait_for_departure(self, peer: int, timeout: float = 10.0) -> None:
        """Wait until the server reported that ``peer`` left."""
        self.wait_until(lambda c: peer not in c.core.peers, timeout)

    def fileno(self) -> int:
        """The server socket's descriptor (-1 once the server is gone)."""
        return self._sock.fileno() if self._sock is not None else -1

    def _build_poll(self) -> select.poll:
        poll = select.poll()
        self._poll_fds = {fd: vector for vector, fd in enumerate(self.core.own_vectors)}
        if self._sock is not None:
            self._poll_fds[self._sock.fileno()] = -1
        for fd in self._poll_fds:
            poll.register(fd, select.POLLIN)
        self._poll = poll
        return poll

    def _unwatch_server(self) -> None:
        self._poll = None

    def close(self) -> None:
        self._poll = None
        super().close()

    def __enter__(self) -> "IvshmemClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _drain(fd: int) -> bool:
    """Read and drop an eventfd's counter; False if it was zero after all."""
    try:
        os.eventfd_read(fd)
        return True
    except (BlockingIOError, InterruptedError):
        return False


class AsyncIvshmemClient(_ClientBase):
    """An asyncio ivshmem client.

    >>> client = await AsyncIvshmemClient.connect("/tmp/ivshmem_socket")
    >>> client.ring(0, 0)
    >>> vector = await client.wait()

    Interrupts go to ``on_interrupt(vector)`` when given, else into a queue
    that :meth:`wait` reads. ``on_event(event)`` sees every protocol event
    (peers joining and leaving, the server going away).
    """

    def __init__(self, sock: socket.socket, vectors: int | None = None, *,
                 on_interrupt: Callable[[int], None] | None = None,
                 on_event: Callable[[ClientEvent], None] | None = None) -> None:
        super().__init__(sock, vectors)
        self._loop = asyncio.get_running_loop()
        self._on_interrupt = on_interrupt
        self._on_event = on_event
        self._interrupts: asyncio.Queue[int] = asyncio.Queue()
        self._changed = asyncio.Event()
        self._watched: list[int] = []

    @classmethod
    async def connect(cls, path: str | os.PathLike, *, vectors: int | None = None, timeout: float = 10.0,
                      on_interrupt: Callable[[int], None] | None = None,
                      on_event: Callable[[ClientEvent], None] | None = None) -> "AsyncIvshmemClient":
        """Connect and wait (up to ``timeout`` s) for the ID and the shared memory."""
        sock = _connect_socket(path, timeout)
        sock.setblocking(False)
        client = cls(sock, vectors, on_interrupt=on_interrupt, on_event=on_event)
        client._loop.add_reader(sock.fileno(), client._server_readable)
        try:
            await client.wait_until(lambda c: c.core.set_up or not c.server_connected, timeout)
            if not client.core.set_up:
                raise _setup_error(client)
        except BaseException:
            client.close()
            raise
        return client

    async def wait(self, timeout: float | None = None) -> int | None:
        """The next own vector that fired (None after ``timeout`` s)."""
        try:
            return await asyncio.wait_for(self._interrupts.get(), timeout)
        except asyncio.TimeoutError:
            return None

    async def wait_until(self, condition: Callable[["AsyncIvshmemClient"], bool], timeout: float = 10.0) -> None:
        """Wait until ``condition(self)`` holds after some server message; PeerError after ``timeout`` s."""
        async def watch() -> None:
            while not condition(self):
                self._changed.clear()
                await self._changed.wait()
        try:
            await asyncio.wait_for(watch(), timeout)
        except asyncio.TimeoutError:
            raise PeerError(f"timed out after {timeout} s waiting for the ivshmem server") from None

    def _server_readable(self) -> None:
        for _ in range(_MESSAGES_PER_WAKEUP):
            if self._sock is None:
                break
            try:
                events = self._receive_one()
            except (BlockingIOError, InterruptedError):
                break
            self._apply(events)
            for event in events:
                if isinstance(event, OwnVector):
                    self._watch(event.vector)
                if self._on_event is not None:
                    self._on_event(event)
            if events:
                self._changed.set()

    def _watch(self, vector: int) -> None:
        fd = self.core.own_vectors[vector]
        self._watched.append(fd)
        self._loop.add_reader(fd, self._interrupt, fd, vector)

    def _interrupt(self, fd: int, vector: int) -> None:
        if not _drain(fd):
            return
        if self._on_interrupt is not None:
            self._on_interrupt(vector)
        else:
            self._interrupts.put_nowait(vector)

    def _unwatch_server(self) -> None:
        if self._sock is not None:
            self._loop.remove_reader(self._sock.fileno())
        self._changed.set()

    def close(self) -> None:
        for fd in self._watched:
            self._loop.remove_reader(fd)
        self._watched = []
        super().close()

    async def __aenter__(self) -> "AsyncIvshmemClient":
        return self

    async def __aexit__(self, *exc) -> None:
        self.close()
