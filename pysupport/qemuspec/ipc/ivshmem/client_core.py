"""The ivshmem client as a sans-IO state machine.

:class:`ClientCore` takes the bytes and descriptors an ivshmem server sent
and keeps the client's tables: its ID, the shared memory descriptor, its
own vectors' eventfds (to wait on) and each peer's eventfds (to ring). It
does no I/O. Descriptors are plain integers; every one handed in is either
kept in the tables or given back in an event for the adapter to close, so
nothing leaks:

* :class:`Ready` - the ID and the shared memory arrived (QEMU's device
  finishes its setup at this point too);
* :class:`OwnVector`, :class:`PeerVector` - an eventfd was added;
* :class:`PeerLeft` - a peer disconnected; close its ``fds``;
* :class:`Discarded` - descriptors the client does not keep (vectors beyond
  the ones it uses, as the spec asks); close them;
* :class:`Failed` - the server broke the protocol; close ``fds`` and the
  connection (the spec: both sides close the connection on error);
* :class:`ServerGone` - the connection ended. Known peers stay usable (the
  spec lets clients go on without the server).

Because a descriptor belongs to the message it came with, an adapter reads
at most :meth:`ClientCore.bytes_wanted` bytes per ``recvmsg``, as QEMU
does: then each read holds a part of one message only.

The verbs are those of every sans-IO core here: :meth:`ClientCore.receive_data`
(and :meth:`~ClientCore.connection_lost`), then :meth:`ClientCore.events`.
"""

from __future__ import annotations

import enum
from typing import Callable, Sequence

from ...errors import ProtocolError, UsageError
from .events import ClientEvent, Discarded, Failed, OwnVector, PeerLeft, PeerVector, Ready, ServerGone
from .protocol import MAX_ID, MAX_VECTORS, MESSAGE_SIZE, PROTOCOL_VERSION, SHARED_MEMORY, decode

__all__ = ["ClientCore", "ClientState", "FdKind", "RefusedError"]

#: What an adapter's descriptor check says a descriptor is: "eventfd",
#: "file" (a regular file, memfd or POSIX shm object, with its size) or a
#: description of anything else.
FdKind = Callable[[int], tuple[str, int]]


class ClientState(enum.Enum):
    VERSION = "waiting for the version"
    ID = "waiting for the ID"
    SETUP = "waiting for the shared memory"
    READY = "ready"
    FAILED = "failed"
    CLOSED = "closed"


class ClientCore:
    """The client side of the protocol, for QEMU-like clients and for our own.

    ``vectors`` is how many interrupt vectors this client uses (QEMU's
    ``vectors=`` property); None accepts as many as the server sends, up to
    :data:`~qemuspec.ipc.ivshmem.protocol.MAX_VECTORS`. ``fd_kind``, when
    given, is asked what each received descriptor is, so that a server
    passing a pipe where an eventfd belongs, or an empty file as shared
    memory, is refused.
    """

    def __init__(self, vectors: int | None = None, *, fd_kind: FdKind | None = None) -> None:
        if vectors is not None and not 0 <= vectors <= MAX_VECTORS:
            raise UsageError(f"vectors must be 0..{MAX_VECTORS}, not {vectors}")
        self.vectors_limit = MAX_VECTORS if vectors is None else vectors
        self._fd_kind = fd_kind
        self.state = ClientState.VERSION
        self.id: int | None = None
        self.shm_fd: int | None = None
        self.shm_size: int | None = None
        self.own_vectors: list[int] = []
        self.peers: dict[int, list[int]] = {}
        self.error: ProtocolError | None = None
        self._buffer = b""
        self._fds: list[int] = []
        self._events: list[ClientEvent] = []

    # -- input ------------------------------------------------------------------

    def bytes_wanted(self) -> int:
        """How many bytes complete the message being read (read at most this many at once)."""
        return MESSAGE_SIZE - len(self._buffer)

    @property
    def set_up(self) -> bool:
        """Whether the ID and the shared memory arrived (even if the connection ended since)."""
        return self.shm_fd is not None and self.id is not None

    @property
    def connected(self) -> bool:
        """Whether the connection to the server is still in use."""
        return self.state not in (ClientState.FAILED, ClientState.CLOSED)

    def receive_data(self, data: bytes, fds: Sequence[int] = ()) -> None:
        """Bytes (and the descriptors that came with them) from the server."""
        self._events += self._receive(data, tuple(fds))

    def connection_lost(self, reason: str = "the server closed the connection") -> None:
        """The connection ended (EOF or an error)."""
        self._events += self._lost(reason)

    def abort(self, reason: str, fds: Sequence[int] = ()) -> None:
        """The adapter found the server's input unacceptable (for example truncated descriptors)."""
        fds = tuple(fds)
        if self.connected:
            self._events += self._fail(reason, fds)
        elif fds:
            self._events.append(Discarded(fds, reason))

    def events(self) -> list[ClientEvent]:
        """Everything that happened since the last call, in order."""
        events, self._events = self._events, []
        return events

    def _receive(self, data: bytes, fds: tuple[int, ...]) -> list[ClientEvent]:
        if not self.connected:
            return [Discarded(fds, "the connection is no longer in use")] if fds else []
        if fds and len(data) > self.bytes_wanted():
            raise UsageError("descriptors can only be given with the bytes of one message "
                             f"(at most {self.bytes_wanted()} bytes)")
        if not data and fds:
            return self._fail("descriptors arrived without message bytes", fds)
        self._fds += fds
        self._buffer += data
        events: list[ClientEvent] = []
        while len(self._buffer) >= MESSAGE_SIZE and self.connected:
            raw, self._buffer = self._buffer[:MESSAGE_SIZE], self._buffer[MESSAGE_SIZE:]
            fds_now, self._fds = tuple(self._fds), []
            events += self._message(decode(raw), fds_now)
        return events

    def _lost(self, reason: str) -> list[ClientEvent]:
        events: list[ClientEvent] = []
        leftovers = tuple(self._fds)
        self._fds, self._buffer = [], b""
        if leftovers:
            events.append(Discarded(leftovers, "the connection ended inside a message"))
        if not self.connected:
            return events
        if self.state is not ClientState.READY:
            return events + self._fail(f"{reason} during setup ({self.state.value})", ())
        self.state = ClientState.CLOSED
        return events + [ServerGone(reason)]

    def close(self) -> tuple[int, ...]:
        """Forget everything; return every descriptor held, for the adapter to close."""
        held = list(self._fds) + self.own_vectors + [fd for v in self.peers.values() for fd in v]
        if self.shm_fd is not None:
            held.append(self.shm_fd)
        self._fds, self.own_vectors, self.peers, self.shm_fd = [], [], {}, None
        if self.connected:
            self.state = ClientState.CLOSED
        return tuple(held)

    # -- inside -------------------------------------------------------------------

    def _fail(self, text: str, fds: tuple[int, ...], error: type[ProtocolError] = ProtocolError) -> list[ClientEvent]:
        self.error = error(f"ivshmem server: {text}")
        self.state = ClientState.FAILED
        pending, self._fds, self._buffer = tuple(self._fds), [], b""
        return [Failed(self.error, fds + pending)]

    def _message(self, value: int, fds: tuple[int, ...]) -> list[ClientEvent]:
        if len(fds) > 1:
            return self._fail(f"message {value} came with {len(fds)} descriptors (at most one is allowed)", fds)
        fd = fds[0] if fds else None
        if self.state is ClientState.VERSION:
            if fd is not None:
                return self._fail("the version message came with a descriptor", fds)
            if value != PROTOCOL_VERSION:
                return self._fail(f"protocol version {value} is not supported (only {PROTOCOL_VERSION})", fds)
            self.state = ClientState.ID
            return []
        if self.state is ClientState.ID:
            if fd is not None:
                return self._fail("the ID message came with a descriptor", fds)
            if value == SHARED_MEMORY:
                return self._fail("the server refused the connection (no free ID, or out of resources)", fds, RefusedError)
            if not 0 <= value <= MAX_ID:
                return self._fail(f"invalid ID {value} (expected 0..{MAX_ID})", fds)
            self.id = value
            self.state = ClientState.SETUP
            return []
        if not SHARED_MEMORY <= value <= MAX_ID:
            return self._fail(f"invalid message {value} (expected -1..{MAX_ID})", fds)
        if value == SHARED_MEMORY:
            return self._shared_memory(fd, fds)
        if fd is None:
            return self._disconnect(value)
        return self._vector(value, fd, fds)

    def _shared_memory(self, fd: int | None, fds: tuple[int, ...]) -> list[ClientEvent]:
        if fd is None:
            return self._fail("the shared memory message came without a descriptor", fds)
        if self.shm_fd is not None:
            return self._fail("a second shared memory message", fds)
        size = None
        if self._fd_kind is not None:
            kind, size = self._fd_kind(fd)
            if kind != "file" or size <= 0:
                what = "an empty file" if kind == "file" else kind
                return self._fail(f"the shared memory descriptor is {what}, not a non-empty file", fds)
        self.shm_fd, self.shm_size = fd, size
        self.state = ClientState.READY
        return [Ready(self.id, fd, size)]

    def _disconnect(self, peer: int) -> list[ClientEvent]:
        if peer == self.id:
            return self._fail(f"a disconnect notification for our own ID {peer}", ())
        fds = self.peers.pop(peer, None)
        if fds is None:
            return []  # a peer we never saw a vector of (the server may have none)
        return [PeerLeft(peer, tuple(fds))]

    def _vector(self, peer: int, fd: int, fds: tuple[int, ...]) -> list[ClientEvent]:
        if self._fd_kind is not None:
            kind, _ = self._fd_kind(fd)
            if kind != "eventfd":
                return self._fail(f"the descriptor for a vector of peer {peer} is {kind}, not an eventfd", fds)
        table = self.own_vectors if peer == self.id else self.peers.setdefault(peer, [])
        if len(table) >= self.vectors_limit:
            return [Discarded(fds, f"peer {peer} has more vectors than the {self.vectors_limit} this client uses")]
        table.append(fd)
        if peer == self.id:
            return [OwnVector(len(table) - 1)]
        return [PeerVector(peer, len(table) - 1)]


class RefusedError(ProtocolError):
    """The server refused the connection: -1 without a descriptor where the ID belongs.

    Our server answers so when all IDs are in use or it cannot make the
    client's eventfds; the protocol has no way to tell which.
    """
