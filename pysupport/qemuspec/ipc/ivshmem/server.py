"""The ivshmem server on asyncio: a UNIX socket, eventfds, SCM_RIGHTS.

:class:`IvshmemServer` is a thin adapter around
:class:`~qemuspec.ipc.ivshmem.server_core.ServerCore`: it accepts
connections, makes each new client's eventfds, sends what the core queues
(one ``sendmsg`` per message, so each descriptor travels with its number)
and closes what the core releases. :class:`ServerThread` runs one in a
background thread for programs and tests that are not asynchronous.
"""

from __future__ import annotations

import asyncio
import errno
import itertools
import os
import socket
import stat
import threading
from pathlib import Path
from typing import Callable

from ...errors import PeerError, UsageError
from .fdio import close_fds, send_with_fd
from .protocol import MAX_ID, Message, encode
from .events import ClientJoined, ClientLeft, ClientRefused, CloseConnection, CloseFds, SendReady, ServerEvent
from .server_core import DEFAULT_MAX_BACKLOG, ServerCore
from .shm import MIN_SERVER_SIZE, SharedMemory

__all__ = ["IvshmemServer", "ServerThread"]

_ACCEPTS_PER_WAKEUP = 64
_RETRY_ACCEPT_AFTER = 0.1  # seconds to wait when the process is out of descriptors


class _Connection:
    __slots__ = ("key", "sock", "fd", "message", "partial", "writing")

    def __init__(self, key: int, sock: socket.socket) -> None:
        self.key = key
        self.sock = sock
        self.fd = sock.fileno()
        self.message: Message | None = None  # from the core's data_to_send, not yet sent
        self.partial = b""  # the unsent end of a message (its descriptor already went)
        self.writing = False


class IvshmemServer:
    """An ivshmem server that QEMU's ``ivshmem-doorbell`` devices and our clients connect to.

    ``memory`` is the shared memory every client maps; its size must be a
    power of two of at least 4 KiB (QEMU maps it as a PCI BAR). The server
    does not close it. ``vectors`` is the number of interrupt vectors per
    client. ``on_event`` is called with every :class:`ClientJoined`,
    :class:`ClientLeft` and :class:`ClientRefused`; ``log`` with a line of
    text for each (the ``-v`` output of the command).
    """

    def __init__(self, path: str | os.PathLike, memory: SharedMemory, vectors: int = 1, *,
                 max_id: int = MAX_ID, max_backlog: int = DEFAULT_MAX_BACKLOG,
                 on_event: Callable[[ServerEvent], None] | None = None,
                 log: Callable[[str], None] | None = None) -> None:
        size = memory.size
        if size < MIN_SERVER_SIZE or size & (size - 1):
            raise UsageError(f"QEMU needs a power-of-two shared memory size of at least {MIN_SERVER_SIZE} "
                             f"bytes, not {size}")
        self.path = Path(path)
        self.memory = memory
        self.core = ServerCore(memory.fd, vectors, max_id=max_id, max_backlog=max_backlog)
        self._on_event = on_event
        self._log = log
        self._conns: dict[int, _Connection] = {}
        self._keys = itertools.count()
        self._listener: socket.socket | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed: asyncio.Event | None = None

    # -- life cycle -----------------------------------------------------------------

    def listen(self) -> None:
        """Bind and listen on :attr:`path` (a stale socket file there is replaced).

        :meth:`start` does this when it was not done; calling it first lets
        a program report a bad path before it daemonizes.
        """
        if self._listener is not None:
            return
        _clear_stale_socket(self.path)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
        try:
            listener.bind(os.fspath(self.path))
            listener.listen(64)
        except OSError as exc:
            listener.close()
            raise UsageError(f"cannot listen on {self.path}: {exc.strerror}") from exc
        listener.setblocking(False)
        self._listener = listener

    async def start(self) -> None:
        """Listen (see :meth:`listen`) and start accepting clients on the running loop."""
        self.listen()
        self._loop = asyncio.get_running_loop()
        self._closed = asyncio.Event()
        self._loop.add_reader(self._listener.fileno(), self._accept_ready)
        self._say(f"listening on {self.path}; {self.memory.size} bytes of shared memory ({self.memory.kind}), "
                  f"{self.core.vectors} vector(s) per client")

    async def serve_forever(self) -> None:
        """Serve until :meth:`close` is called (from a callback or another task)."""
        if self._closed is None:
            await self.start()
        await self._closed.wait()

    def close(self) -> None:
        """Stop: close every connection and eventfd, remove the socket file.

        Clients get no disconnect notifications, so they can go on
        interrupting each other (the spec lets them continue).
        """
        if self._listener is not None:
            if self._loop is not None:
                self._loop.remove_reader(self._listener.fileno())
            self._listener.close()
            self._listener = None
            try:
                if self.path.is_socket():
                    self.path.unlink()
            except OSError:
                pass
        self.core.close()
        self._run_events()
        if self._closed is not None:
            self._closed.set()

    async def __aenter__(self) -> "IvshmemServer":
        await self.start()
        return self

    async def __aexit__(self, *exc) -> None:
        self.close()

    # -- state --------------------------------------------------------------------

    @property
    def clients(self) -> dict[int, int]:
        """Connected clients: ID -> number of vectors."""
        return self.core.clients

    def dump(self) -> str:
        """The connected clients and their eventfds, like QEMU's example server prints them."""
        lines = []
        for client_id, count in self.core.clients.items():
            lines.append(f"peer_id = {client_id}")
            lines += [f"  vector {v} is enabled" for v in range(count)]
        return "\n".join(lines)

    # -- connections ------------------------------------------------------------------

    def _accept_ready(self) -> None:
        for _ in range(_ACCEPTS_PER_WAKEUP):
            if self._listener is None:
                return
            try:
                sock, _ = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                if exc.errno in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                    self._say(f"cannot accept a connection: {exc.strerror}; retrying shortly")
                    self._loop.remove_reader(self._listener.fileno())
                    self._loop.call_later(_RETRY_ACCEPT_AFTER, self._resume_accepting)
                    return
                if exc.errno in (errno.ECONNABORTED, errno.EPROTO):
                    continue
                raise
            self._new_connection(sock)

    def _resume_accepting(self) -> None:
        if self._listener is not None:
            self._loop.add_reader(self._listener.fileno(), self._accept_ready)

    def _new_connection(self, sock: socket.socket) -> None:
        sock.setblocking(False)
        conn = _Connection(next(self._keys), sock)
        self._conns[conn.key] = conn
        vector_fds: list[int] = []
        try:
            for _ in range(self.core.vectors):
                vector_fds.append(os.eventfd(0, os.EFD_CLOEXEC | os.EFD_NONBLOCK))
        except OSError as exc:
            close_fds(vector_fds)
            self.core.refuse(conn.key, f"cannot make eventfds: {exc.strerror}")
        else:
            self.core.accept(conn.key, vector_fds)
        self._loop.add_reader(conn.fd, self._readable, conn)
        self._run_events()

    def _readable(self, conn: _Connection) -> None:
        try:
            data = conn.sock.recv(4096)
        except (BlockingIOError, InterruptedError):
            return
        except ConnectionResetError:
            self.core.connection_lost(conn.key, "closed its connection (reset)")
        except OSError as exc:
            self.core.connection_lost(conn.key, f"connection failed: {exc.strerror}")
        else:
            if data:
                self.core.receive_data(conn.key, data)
            else:
                self.core.connection_lost(conn.key)
        self._run_events()

    def _writable(self, conn: _Connection) -> None:
        self._flush(conn)
        self._run_events()

    def _flush(self, conn: _Connection) -> None:
        if conn.message is None and not conn.partial:
            conn.message = self.core.data_to_send(conn.key)
        while conn.partial or conn.message is not None:
            if conn.partial:
                chunk, fd = conn.partial, None
            else:
                chunk, fd = encode(conn.message.value), conn.message.fd
            try:
                sent = send_with_fd(conn.sock, chunk, fd)
            except (BlockingIOError, InterruptedError):
                if not conn.writing:
                    conn.writing = True
                    self._loop.add_writer(conn.fd, self._writable, conn)
                return
            except (BrokenPipeError, ConnectionResetError):
                self.core.connection_lost(conn.key, "closed its connection")
                return
            except OSError as exc:
                self.core.connection_lost(conn.key, f"connection failed: {exc.strerror}")
                return
            if conn.partial:
                conn.partial = chunk[sent:]
                continue
            conn.partial = chunk[sent:]
            # Its descriptor went: asking for the next message lets the core release it.
            conn.message = self.core.data_to_send(conn.key)
        if conn.writing:
            conn.writing = False
            self._loop.remove_writer(conn.fd)

    def _run_events(self) -> None:
        while True:
            events = self.core.events()
            if not events:
                return
            for event in events:
                if isinstance(event, SendReady):
                    conn = self._conns.get(event.conn)
                    if conn is not None:
                        self._flush(conn)
                elif isinstance(event, CloseConnection):
                    self._close_connection(event.conn)
                elif isinstance(event, CloseFds):
                    close_fds(event.fds)
                else:
                    self._report(event)

    def _close_connection(self, key: int) -> None:
        conn = self._conns.pop(key, None)
        if conn is None:
            return
        self._loop.remove_reader(conn.fd)
        if conn.writing:
            self._loop.remove_writer(conn.fd)
        conn.sock.close()

    def _report(self, event: ServerEvent) -> None:
        if isinstance(event, ClientJoined):
            self._say(f"new peer id = {event.id}")
        elif isinstance(event, ClientLeft):
            self._say(f"peer {event.id} left: {event.reason}")
        elif isinstance(event, ClientRefused):
            self._say(f"refused a connection: {event.reason}")
        if self._on_event is not None:
            self._on_event(event)

    def _say(self, text: str) -> None:
        if self._log is not None:
            self._log(text)


def _clear_stale_socket(path: Path) -> None:
    """Remove a socket file nobody listens on; refuse to replace anything else."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISSOCK(mode):
        raise UsageError(f"{path} exists and is not a socket")
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM | socket.SOCK_CLOEXEC)
    try:
        probe.connect(os.fspath(path))
    except ConnectionRefusedError:
        path.unlink()
        return
    except OSError as exc:
        raise UsageError(f"cannot check the existing socket {path}: {exc.strerror}") from exc
    finally:
        probe.close()
    raise UsageError(f"another server is listening on {path}")


class ServerThread:
    """An :class:`IvshmemServer` running on its own event loop in a background thread.

    >>> with SharedMemory.memfd(1 << 20) as memory, ServerThread("/tmp/iv.sock", memory, vectors=2):
    ...     ...  # start QEMU or clients against /tmp/iv.sock

    The constructor returns once the server listens. :meth:`close` stops it.
    ``on_event`` is called in the server's thread.
    """

    def __init__(self, path: str | os.PathLike, memory: SharedMemory, vectors: int = 1, **options) -> None:
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._loop = asyncio.new_event_loop()
        self.server = IvshmemServer(path, memory, vectors, **options)
        self._thread = threading.Thread(target=self._run, name="ivshmem-server", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._error is not None:
            self._thread.join()
            self._loop.close()
            raise self._error

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self.server.start())
        except BaseException as exc:  # handed to the constructor's caller
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        self._loop.run_until_complete(self.server.serve_forever())

    def call(self, function: Callable, *args):
        """Run ``function(*args)`` in the server's thread and return its result."""
        if not self._thread.is_alive():
            raise PeerError("the server thread has stopped")
        future = asyncio.run_coroutine_threadsafe(_call(function, *args), self._loop)
        return future.result()

    @property
    def clients(self) -> dict[int, int]:
        """Connected clients: ID -> number of vectors (read in the server's thread)."""
        return self.call(lambda: self.server.clients)

    def close(self) -> None:
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self.server.close)
            self._thread.join()
        if not self._loop.is_closed():
            self._loop.close()

    def __enter__(self) -> "ServerThread":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


async def _call(function: Callable, *args):
    return function(*args)
