"""The front-end's transports: asyncio (:class:`VhostUserClient`) and blocking
(:class:`SyncVhostUserClient`), both thin around
:class:`~qemuspec.ipc.vhost_user.frontend.FrontendConnection`: they send what
its ``data_to_send()`` gives, feed it what the socket reads (``bytes_wanted()``
at a time) and hand each reply in its ``events()`` to whoever waits for that
ticket."""

from __future__ import annotations

import asyncio
import os
import socket
from typing import Any, Callable

from ...errors import PeerError
from .events import BackendNotice, ConnectionClosed, Reply
from .frontend import BackendChannelResponder, FrontendConnection, Ticket
from .stream import Stream, recv_with_fds, send_with_fds
from .wire import close_fds

__all__ = ["VhostUserClient", "SyncVhostUserClient"]


def _connect_unix(path: str | os.PathLike, timeout: float) -> socket.socket:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(os.fspath(path))
    except OSError as exc:
        sock.close()
        raise PeerError(f"cannot connect to {path}: {exc.strerror or exc}") from exc
    return sock


class VhostUserClient:
    """An asyncio vhost-user front-end connection.

    ``await client.call(client.fe.get_features())`` sends the requests the
    core has queued and returns the decoded reply of the ticket given; the
    shortcuts (``await client.get_features()``) do the same for every request
    of :class:`FrontendConnection`.
    """

    def __init__(self, sock: socket.socket) -> None:
        self.loop = asyncio.get_running_loop()
        self.fe = FrontendConnection()
        self._waiters: dict[int, asyncio.Future] = {}
        self._answers: dict[int, Reply] = {}  # replies nobody waited for yet
        self._backend: Stream | None = None
        self._responder: BackendChannelResponder | None = None
        self.on_backend_notice: Callable[[BackendNotice], None] | None = None
        self.closed_reason: str | None = None
        self.stream = Stream(self.loop, sock, self._on_data, self._on_close, self.fe.bytes_wanted)

    @classmethod
    async def connect(cls, path: str | os.PathLike, *, timeout: float = 10.0) -> "VhostUserClient":
        loop = asyncio.get_running_loop()
        sock = await loop.run_in_executor(None, _connect_unix, path, timeout)
        return cls(sock)

    def _on_data(self, data: bytes, fds: list[int]) -> None:
        self.fe.receive_data(data, fds)
        for event in self.fe.events():
            if isinstance(event, ConnectionClosed):
                self.stream.close(event.reason)
                return
            fut = self._waiters.pop(event.ticket, None)
            if fut is None:
                self._answers[event.ticket] = event
            elif not fut.done():
                if event.error is not None:
                    fut.set_exception(event.error)
                else:
                    fut.set_result(event.value)

    def _on_close(self, reason: str) -> None:
        self.closed_reason = reason
        waiters, self._waiters = self._waiters, {}
        for fut in waiters.values():
            if not fut.done():
                fut.set_exception(PeerError(f"vhost-user connection {reason}"))
        self.fe.close()
        if self._backend is not None:
            self._backend.close()

    async def call(self, ticket: Ticket) -> Any:
        """Send the queued requests; return the decoded reply of ``ticket`` (None when it gets none)."""
        if self.stream.closed:
            raise PeerError(f"vhost-user connection {self.closed_reason}")
        fut = None
        if ticket.expects_reply and ticket.number not in self._answers:
            fut = self.loop.create_future()   # before sending: a failed send fails the waiters
            self._waiters[ticket.number] = fut
        for out in self.fe.data_to_send():
            self.stream.send(out.data, out.fds)
        if not ticket.expects_reply:
            return None
        if fut is None:
            return self._answers.pop(ticket.number).result()
        return await fut

    def __getattr__(self, name: str):
        method = getattr(FrontendConnection, name, None)
        if method is None or name.startswith("_"):
            raise AttributeError(name)

        async def shortcut(*args, **kwargs):
            return await self.call(getattr(self.fe, name)(*args, **kwargs))
        return shortcut

    async def open_backend_channel(self, on_notice: Callable[[BackendNotice], None]) -> None:
        """Give the back-end its channel (SET_BACKEND_REQ_FD) and answer what it sends there."""
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        self.on_backend_notice = on_notice
        self._responder = BackendChannelResponder()
        self._backend = Stream(self.loop, ours, self._on_backend_data, lambda reason: None,
                                self._responder.bytes_wanted)
        try:
            await self.call(self.fe.set_backend_req_fd(theirs.fileno()))
        finally:
            theirs.close()

    def _on_backend_data(self, data: bytes, fds: list[int]) -> None:
        self._responder.receive_data(data, fds)
        notices = self._responder.events()
        if any(isinstance(event, ConnectionClosed) for event in notices):
            self._backend.close()
            return
        for out in self._responder.data_to_send():
            self._backend.send(out)
        for notice in notices:
            if self.on_backend_notice is not None:
                self.on_backend_notice(notice)

    def close(self) -> None:
        self.stream.close("closed by us")
        if self._backend is not None:
            self._backend.close()

    async def __aenter__(self) -> "VhostUserClient":
        return self

    async def __aexit__(self, *exc) -> None:
        self.close()


class SyncVhostUserClient:
    """A blocking vhost-user front-end connection (same requests as :class:`VhostUserClient`)."""

    def __init__(self, sock: socket.socket, timeout: float = 10.0) -> None:
        self.sock = sock
        self.sock.settimeout(timeout)
        self.fe = FrontendConnection()
        self._answers: dict[int, Reply] = {}

    @classmethod
    def connect(cls, path: str | os.PathLike, *, timeout: float = 10.0) -> "SyncVhostUserClient":
        return cls(_connect_unix(path, timeout), timeout)

    def call(self, ticket: Ticket) -> Any:
        """Send the queued requests; return the decoded reply of ``ticket`` (None when it gets none)."""
        try:
            for out in self.fe.data_to_send():
                send_with_fds(self.sock, out.data, out.fds)
            if not ticket.expects_reply:
                return None
            while ticket.number not in self._answers:
                data, fds = recv_with_fds(self.sock, self.fe.bytes_wanted())
                if not data:
                    close_fds(fds)
                    raise PeerError("the back-end closed the connection")
                self.fe.receive_data(data, fds)
                for event in self.fe.events():
                    if isinstance(event, ConnectionClosed):
                        raise event.error
                    self._answers[event.ticket] = event
        except OSError as exc:
            raise PeerError(f"vhost-user connection failed: {exc}") from exc
        return self._answers.pop(ticket.number).result()

    def __getattr__(self, name: str):
        method = getattr(FrontendConnection, name, None)
        if method is None or name.startswith("_"):
            raise AttributeError(name)
        return lambda *args, **kwargs: self.call(getattr(self.fe, name)(*args, **kwargs))

    def close(self) -> None:
        self.sock.close()
        self.fe.close()

    def __enter__(self) -> "SyncVhostUserClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
