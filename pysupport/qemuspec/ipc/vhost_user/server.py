"""The back-end's asyncio transport: a UNIX socket server around :class:`BackendConnection`.

:class:`BackendServer` listens and runs one
:class:`~qemuspec.ipc.vhost_user.backend.BackendConnection` per front-end
that connects (each with its own device from ``device_factory``): it feeds
the core what ``recvmsg`` brings (bytes and SCM_RIGHTS descriptors), sends
its replies, watches the kick eventfds and the back-end channel it names,
and signals eventfds. A connection that fails (a protocol error, or a bug
in a device) is closed alone; the others go on.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import os
import socket
import traceback
from pathlib import Path
from typing import Any, Callable

from ...errors import QemuSpecError, UsageError
from .backend import (BackendChannelChanged, BackendConnection, ConnectionClosed, Event, KickFdChanged,
                      MoreWork, Signal)
from .device import VhostUserDevice
from .stream import Stream
from .wire import close_fds

__all__ = ["BackendServer", "BackendSession", "SessionError"]

log = logging.getLogger("qemuspec.vhost_user")

_ONE = (1).to_bytes(8, "little")
_POLL_INTERVAL = 0.001


class SessionError(Event):
    """A connection was closed because of an unexpected error (a bug, not the peer's fault)."""

    def __init__(self, error: str) -> None:
        self.error = error

    def __repr__(self) -> str:
        return f"SessionError({self.error!r})"


class BackendSession:
    """One front-end connection of a :class:`BackendServer`."""

    def __init__(self, server: "BackendServer", sock: socket.socket, device: VhostUserDevice) -> None:
        self.server = server
        self.loop = server.loop
        self.conn = BackendConnection(device, **server.connection_options)
        self._kick_fds: dict[int, int] = {}
        self._polls: dict[int, asyncio.TimerHandle] = {}
        self._backend: Stream | None = None
        self.closed = False
        self.stream = Stream(self.loop, sock, self._on_data, self._on_close, self.conn.bytes_wanted)
        device.bind(self._wake_threadsafe)

    def _wake_threadsafe(self, index: int) -> None:
        try:
            self.loop.call_soon_threadsafe(self.run_queue, index)
        except RuntimeError:
            pass   # the loop is closed: nothing left to run

    def run_queue(self, index: int) -> None:
        """Serve what queue ``index`` has available (a device's :meth:`~VhostUserDevice.wake`); a queue
        that has not started yet is left alone (its first kick starts it)."""
        if not self.closed and 0 <= index < len(self.conn.vrings) and self.conn.vrings[index].started:
            self._guard(self.conn.kick, index)

    # input
    def _on_data(self, data: bytes, fds: list[int]) -> None:
        self._guard(self.conn.receive_data, data, fds)

    def _on_close(self, reason: str) -> None:
        if not self.closed:
            self._guard(self.conn.connection_lost)
            self.close()

    def _on_kick(self, index: int, fd: int) -> None:
        try:
            data = os.read(fd, 8)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:  # not an eventfd after all (a pipe whose writer is gone): stop watching it
            self._unwatch(index)
            return
        self._guard(self.conn.kick, index)

    def _poll(self, index: int) -> None:
        self._polls.pop(index, None)
        self._guard(self.conn.kick, index)
        if not self.closed and self.conn.vrings[index].polling:
            self._polls[index] = self.loop.call_later(_POLL_INTERVAL, self._poll, index)

    def _on_backend_data(self, data: bytes, fds: list[int]) -> None:
        self._guard(self.conn.backend_channel.receive_data, data, fds)

    def _on_backend_close(self, reason: str) -> None:
        if self._backend is not None:
            self._backend = None
            self._guard(self.conn.backend_channel.connection_lost)

    # the core, then its output
    def _guard(self, fn: Callable, *args) -> None:
        if self.closed:
            if fn == self.conn.receive_data or fn == self.conn.backend_channel.receive_data:
                close_fds(args[1])
            return
        try:
            fn(*args)
        except Exception as exc:  # a device or core bug must not take the server down
            self.server._report(self, SessionError(f"{exc!r}\n{traceback.format_exc()}"))
            self.close()
            return
        self._pump()

    def _pump(self) -> None:
        conn = self.conn
        for out in conn.data_to_send():
            self.stream.send(out.data, out.fds)
        for ev in conn.events():
            self._apply(ev)
            self.server._report(self, ev)
        if self._backend is not None:
            for out in conn.backend_channel.data_to_send():
                self._backend.send(out.data, out.fds)
        if conn.closed and not self.closed:
            self.close()

    def _apply(self, ev: Event) -> None:
        if isinstance(ev, Signal):
            try:
                os.write(ev.fd, _ONE)
            except OSError:
                pass   # a full or dead eventfd: the peer's problem
        elif isinstance(ev, KickFdChanged):
            self._unwatch(ev.index)
            if ev.fd is not None:
                try:
                    self.loop.add_reader(ev.fd, self._on_kick, ev.index, ev.fd)
                    self._kick_fds[ev.index] = ev.fd
                except (OSError, ValueError):
                    pass   # not pollable: the ring never starts
            elif ev.polling:
                self._polls[ev.index] = self.loop.call_later(_POLL_INTERVAL, self._poll, ev.index)
        elif isinstance(ev, BackendChannelChanged):
            if self._backend is not None:
                backend, self._backend = self._backend, None
                backend.close()
            if ev.fd is not None:
                sock = socket.socket(fileno=os.dup(ev.fd))
                self._backend = Stream(self.loop, sock, self._on_backend_data, self._on_backend_close,
                                        self.conn.backend_channel.bytes_wanted)
        elif isinstance(ev, MoreWork):
            self.loop.call_soon(self._guard, self.conn.kick, ev.index)
        elif isinstance(ev, ConnectionClosed):
            pass   # handled after the pump

    def _unwatch(self, index: int) -> None:
        fd = self._kick_fds.pop(index, None)
        if fd is not None:
            self.loop.remove_reader(fd)
        handle = self._polls.pop(index, None)
        if handle is not None:
            handle.cancel()

    def notify_config_change(self) -> bool:
        """Send CONFIG_CHANGE_MSG on the back-end channel (False when there is none)."""
        if self.closed or not self.conn.send_config_change():
            return False
        self._pump()
        return True

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        for index in list(self._kick_fds) + list(self._polls):
            self._unwatch(index)
        if self._backend is not None:
            backend, self._backend = self._backend, None
            backend.close()
        self.stream.close()
        if self.conn.device._wake == self._wake_threadsafe:   # a device shared by sessions keeps a newer one
            self.conn.device.bind(None)
        self.conn.close()
        self.server._forget(self)


class BackendServer:
    """Serve a vhost-user back-end on a UNIX socket path.

    ``device_factory`` makes the device of each new connection.
    ``on_event(session, event)`` sees every event of every connection
    (requests handled, queues broken, connections closed), for tracing.
    """

    def __init__(self, path: str | os.PathLike, device_factory: Callable[[], VhostUserDevice], *,
                 on_event: Callable[[BackendSession, Event], None] | None = None,
                 max_connections: int = 64, **connection_options: Any) -> None:
        self.path = Path(path)
        self.device_factory = device_factory
        self.on_event = on_event
        self.max_connections = max_connections
        self.connection_options = connection_options
        self.sessions: set[BackendSession] = set()
        self.loop: asyncio.AbstractEventLoop | None = None
        self._sock: socket.socket | None = None
        self._done: asyncio.Event | None = None

    async def start(self) -> None:
        """Listen; a socket file nobody listens on any more (a stale one) is replaced."""
        self.loop = asyncio.get_running_loop()
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            try:
                sock.bind(str(self.path))
            except OSError as exc:
                if exc.errno != errno.EADDRINUSE or not _stale_socket(self.path):
                    raise
                self.path.unlink()
                sock.bind(str(self.path))
        except OSError as exc:
            sock.close()
            raise UsageError(f"cannot listen on {self.path}: {exc.strerror}") from exc
        sock.listen(16)
        sock.setblocking(False)
        self._sock = sock
        self._done = asyncio.Event()
        self.loop.add_reader(sock.fileno(), self._accept)

    def _accept(self) -> None:
        try:
            sock, _ = self._sock.accept()
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            log.warning("accept failed: %s", exc)
            return
        if len(self.sessions) >= self.max_connections:
            sock.close()
            return
        try:
            device = self.device_factory()
        except QemuSpecError as exc:
            log.warning("cannot make a device for a new connection: %s", exc)
            sock.close()
            return
        self.sessions.add(BackendSession(self, sock, device))

    def _report(self, session: BackendSession, event: Event) -> None:
        if isinstance(event, SessionError):
            log.error("vhost-user connection failed: %s", event.error)
        if self.on_event is not None:
            self.on_event(session, event)

    def _forget(self, session: BackendSession) -> None:
        self.sessions.discard(session)

    def close(self) -> None:
        """Stop listening and close every connection."""
        if self._sock is not None:
            self.loop.remove_reader(self._sock.fileno())
            self._sock.close()
            self._sock = None
            try:
                self.path.unlink()
            except OSError:
                pass
        for session in list(self.sessions):
            session.close()
        if self._done is not None:
            self._done.set()

    async def serve_forever(self) -> None:
        if self._sock is None:
            await self.start()
        await self._done.wait()

    async def __aenter__(self) -> "BackendServer":
        await self.start()
        return self

    async def __aexit__(self, *exc) -> None:
        self.close()


def _stale_socket(path: Path) -> bool:
    """A socket file with no listener behind it."""
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(str(path))
    except ConnectionRefusedError:
        return path.is_socket()
    except OSError:
        return False
    finally:
        probe.close()
    return False
