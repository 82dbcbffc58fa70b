"""The ivshmem server as a sans-IO state machine.

:class:`ServerCore` decides what every client is told, and when descriptors
may be closed; it does no I/O. An adapter (``server.IvshmemServer`` for
asyncio) accepts connections, creates one eventfd per vector for each new
client, and then does what the core asks through the events it returns from
:meth:`ServerCore.events`:

* :class:`SendReady` - a connection has messages waiting: take them one at
  a time with :meth:`ServerCore.data_to_send`, sending each (with its
  descriptor, if any) before asking for the next;
* :class:`CloseConnection` - close that socket (everything it was owed has
  been handed over, or it is being dropped);
* :class:`CloseFds` - these descriptors are no longer needed by anyone;
* :class:`ClientJoined`, :class:`ClientLeft`, :class:`ClientRefused` - for
  logs and callers.

Its verbs are those of every sans-IO core here (:meth:`ServerCore.receive_data`,
:meth:`~ServerCore.connection_lost`, :meth:`~ServerCore.events`,
:meth:`~ServerCore.data_to_send`), per connection where the server has many.

Invariant: descriptors are plain integers to the core, and a message stays
the core's - counted in its connection's backlog, its descriptor held - from
when it is queued until the adapter asks for the message after it (which
says it went). A departed client's eventfds stay open while any such message
still refers to them, so a slow reader never receives a descriptor number
that was meanwhile reused.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Hashable, Sequence

from ...errors import UsageError
from .events import ClientJoined, ClientLeft, ClientRefused, CloseConnection, CloseFds, SendReady, ServerEvent
from .protocol import MAX_ID, MAX_VECTORS, PROTOCOL_VERSION, SHARED_MEMORY, Message

__all__ = ["ServerCore", "DEFAULT_MAX_BACKLOG"]

#: Messages a client may leave unread (beyond its connect burst) before it is dropped.
DEFAULT_MAX_BACKLOG = 65536


@dataclass
class _Connection:
    conn: Hashable
    id: int | None
    vector_fds: tuple[int, ...] = ()
    queue: deque = field(default_factory=deque)
    allowance: int = 0  # the most messages it may have queued
    handed: bool = False  # queue[0] was given out by data_to_send and may be on its way
    closing: bool = False  # close once the queue is empty


class ServerCore:
    """Who is connected, which ID each has, and what each must be told.

    ``shm_fd`` is the shared memory descriptor every client gets;
    ``vectors`` the number of interrupt vectors (eventfds) per client, the
    same for all (a client that uses fewer closes the extra ones, per the
    spec). IDs are 0..``max_id``, handed out round-robin starting at 0, so
    an ID that was just given up is the last to be used again. Clients
    learn about their peers in the order those joined. A connection
    that finds no free ID is refused (version, then -1 without a
    descriptor, then closed). A client that sends anything, or leaves more
    than ``max_backlog`` messages unread beyond its connect burst, is
    dropped.
    """

    def __init__(self, shm_fd: int, vectors: int = 1, *, max_id: int = MAX_ID,
                 max_backlog: int = DEFAULT_MAX_BACKLOG) -> None:
        if not 0 <= vectors <= MAX_VECTORS:
            raise UsageError(f"vectors must be 0..{MAX_VECTORS}, not {vectors}")
        if not 0 <= max_id <= MAX_ID:
            raise UsageError(f"max_id must be 0..{MAX_ID}, not {max_id}")
        if max_backlog < 1:
            raise UsageError("max_backlog must be at least 1")
        self.shm_fd = shm_fd
        self.vectors = vectors
        self.max_id = max_id
        self.max_backlog = max_backlog
        self._conns: dict[Hashable, _Connection] = {}
        self._by_id: dict[int, _Connection] = {}
        self._next_id = 0
        self._refs: dict[int, int] = {}  # descriptor -> queued messages that carry it
        self._retired: set[int] = set()  # descriptors to close once no message carries them
        self._events: list[ServerEvent] = []
        self._closed = False

    # -- what the adapter reports ------------------------------------------

    def accept(self, conn: Hashable, vector_fds: Sequence[int]) -> int | None:
        """A client connected; ``vector_fds`` are its new eventfds. Return its ID, or None if refused."""
        if conn in self._conns:
            raise UsageError(f"connection {conn!r} is already known")
        vector_fds = tuple(vector_fds)
        if len(vector_fds) != self.vectors:
            raise UsageError(f"a client needs {self.vectors} eventfds, got {len(vector_fds)}")
        new_id = None if self._closed else self._free_id()
        if new_id is None:
            if vector_fds:
                self._events.append(CloseFds(vector_fds))
            self._refuse(conn, "server closed" if self._closed else f"all {self.max_id + 1} IDs are in use")
            return None
        client = _Connection(conn, new_id, vector_fds)
        self._conns[conn] = client
        self._by_id[new_id] = client
        self._next_id = (new_id + 1) % (self.max_id + 1)
        # Peers in the order they joined (as QEMU's example server); without vectors
        # there is nothing to tell anyone about anyone.
        others = [c for c in self._by_id.values() if c is not client] if vector_fds else []
        burst = [Message(PROTOCOL_VERSION), Message(new_id), Message(SHARED_MEMORY, self.shm_fd)]
        for other in others:
            burst += [Message(other.id, fd) for fd in other.vector_fds]
        burst += [Message(new_id, fd) for fd in vector_fds]
        client.allowance = len(burst) + self.max_backlog
        self._events.append(ClientJoined(conn, new_id))
        for message in burst:
            self._queue(client, message)
        for other in others:
            for fd in vector_fds:
                self._queue(other, Message(new_id, fd))
        self._enforce_backlogs(others)
        return new_id

    def refuse(self, conn: Hashable, reason: str) -> None:
        """Turn a new connection away (for example when its eventfds could not be made)."""
        if conn in self._conns:
            raise UsageError(f"connection {conn!r} is already known")
        self._refuse(conn, reason)

    def receive_data(self, conn: Hashable, data: bytes) -> None:
        """A client sent bytes. The protocol is one-way, so the client is dropped."""
        if data and conn in self._conns:
            self._enforce_backlogs(self._drop(conn, "sent data to the server (the protocol is one-way)"))

    def connection_lost(self, conn: Hashable, reason: str = "closed its connection") -> None:
        """A client's socket closed or failed."""
        if conn in self._conns:
            self._enforce_backlogs(self._drop(conn, reason))

    # -- what the adapter sends --------------------------------------------

    def data_to_send(self, conn: Hashable) -> Message | None:
        """The next message to send on ``conn`` (None when there is nothing to send).

        Asking again says the message given before was handed to the kernel
        (its descriptor has gone): only then is it dropped from the backlog
        and its descriptor released. So send each message before asking for
        the next, and keep it while a send waits for the socket.
        """
        client = self._conns.get(conn)
        if client is None:
            return None
        if client.handed:
            client.handed = False
            self._unref(client.queue.popleft())
            if client.closing and not client.queue:
                self._forget(client)
                self._events.append(CloseConnection(conn))
                return None
        if not client.queue:
            return None
        client.handed = True
        return client.queue[0]

    def events(self) -> list[ServerEvent]:
        """Everything that happened since the last call, in order."""
        events, self._events = self._events, []
        return events

    def close(self) -> None:
        """Shut down: every connection is closed and every eventfd released.

        No disconnect notifications are sent, so the clients may go on
        interrupting each other with the eventfds they hold (the spec lets
        them continue when the server goes away).
        """
        self._closed = True
        release = [fd for c in self._by_id.values() for fd in c.vector_fds]
        for client in list(self._conns.values()):
            for message in client.queue:
                self._unref(message)
            client.queue.clear()
            self._forget(client)
            self._events.append(CloseConnection(client.conn))
        release += sorted(self._retired)
        self._retired.clear()
        if release:
            self._events.append(CloseFds(tuple(release)))

    # -- state for callers --------------------------------------------------

    @property
    def clients(self) -> dict[int, int]:
        """Connected clients: ID -> number of vectors."""
        return {i: len(c.vector_fds) for i, c in sorted(self._by_id.items())}

    def client_id(self, conn: Hashable) -> int | None:
        client = self._conns.get(conn)
        return client.id if client else None

    def backlog(self, conn: Hashable) -> int:
        """Messages queued for ``conn`` and not yet sent."""
        client = self._conns.get(conn)
        return len(client.queue) if client else 0

    def held_fds(self) -> set[int]:
        """Every eventfd the core still needs (its clients' and those still queued)."""
        held = {fd for c in self._by_id.values() for fd in c.vector_fds}
        return held | {fd for fd in self._refs if fd != self.shm_fd}

    # -- inside ---------------------------------------------------------------

    def _free_id(self) -> int | None:
        span = self.max_id + 1
        if len(self._by_id) >= span:
            return None
        candidate = self._next_id
        while candidate in self._by_id:
            candidate = (candidate + 1) % span
        return candidate

    def _refuse(self, conn: Hashable, reason: str) -> None:
        client = _Connection(conn, None, closing=True)
        self._conns[conn] = client
        client.allowance = 2
        self._events.append(ClientRefused(conn, reason))
        self._queue(client, Message(PROTOCOL_VERSION))
        self._queue(client, Message(SHARED_MEMORY))  # -1 without a descriptor where the ID belongs

    def _queue(self, client: _Connection, message: Message) -> None:
        if message.fd is not None:
            self._refs[message.fd] = self._refs.get(message.fd, 0) + 1
        if not client.queue:
            self._events.append(SendReady(client.conn))
        client.queue.append(message)

    def _unref(self, message: Message) -> None:
        fd = message.fd
        if fd is None:
            return
        left = self._refs[fd] - 1
        if left:
            self._refs[fd] = left
            return
        del self._refs[fd]
        if fd in self._retired:
            self._retired.discard(fd)
            self._events.append(CloseFds((fd,)))

    def _enforce_backlogs(self, clients: Sequence[_Connection]) -> None:
        lagging = [c for c in clients if c.id is not None and len(c.queue) > c.allowance]
        while lagging:
            client = lagging.pop()
            if client.conn in self._conns:
                receivers = self._drop(client.conn, f"left more than {self.max_backlog} messages unread")
                lagging += [c for c in receivers if len(c.queue) > c.allowance and c not in lagging]

    def _drop(self, conn: Hashable, reason: str) -> list[_Connection]:
        """Remove a client at once; tell the others. Returns those told."""
        client = self._conns[conn]
        for message in client.queue:
            self._unref(message)
        client.queue.clear()
        self._forget(client)
        self._events.append(CloseConnection(conn))
        if client.id is None:
            return []
        self._events.append(ClientLeft(conn, client.id, reason))
        release = []
        for fd in client.vector_fds:
            if fd in self._refs:
                self._retired.add(fd)
            else:
                release.append(fd)
        if release:
            self._events.append(CloseFds(tuple(release)))
        if not client.vector_fds:
            return []  # nobody was told about it, so nobody is told it left
        receivers = list(self._by_id.values())
        for other in receivers:
            self._queue(other, Message(client.id))
        return receivers

    def _forget(self, client: _Connection) -> None:
        self._conns.pop(client.conn, None)
        if client.id is not None and self._by_id.get(client.id) is client:
            del self._by_id[client.id]
