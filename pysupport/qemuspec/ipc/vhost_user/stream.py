"""Non-blocking UNIX sockets with SCM_RIGHTS on an asyncio loop (both roles use them).

asyncio's own transports carry no ancillary data, so :class:`Stream` reads
with ``recvmsg`` and writes with ``sendmsg`` from ``loop.add_reader`` /
``add_writer`` callbacks. It never reads past what the protocol core says
it wants (see :mod:`.wire`), buffers what the peer does not take at once,
and drops a peer that leaves too much unread.
"""

from __future__ import annotations

import array
import asyncio
import socket
from collections import deque
from typing import Callable, Sequence

from ...errors import ProtocolError
from .layout import HEADER_SIZE, MAX_FDS
from .wire import close_fds

__all__ = ["Stream", "recv_with_fds", "send_with_fds"]

_RECV_SIZE = 65536
_CMSG_SPACE = socket.CMSG_SPACE(MAX_FDS * array.array("i").itemsize)
_RECV_FLAGS = int(getattr(socket, "MSG_CMSG_CLOEXEC", 0))
_MSG_CTRUNC = int(socket.MSG_CTRUNC)
_SOL_SOCKET, _SCM_RIGHTS = int(socket.SOL_SOCKET), int(socket.SCM_RIGHTS)
_MAX_OUTPUT = 1 << 20          # bytes a peer may leave unread before it is dropped
_READS_PER_WAKEUP = 64


def recv_with_fds(sock: socket.socket, size: int = _RECV_SIZE) -> tuple[bytes, list[int]]:
    """One ``recvmsg``: the bytes and the descriptors that came with them (close-on-exec).

    Raises ProtocolError (after closing what arrived) when the peer sent more
    descriptors than fit (the kernel drops the rest).
    """
    data, ancdata, flags, _ = sock.recvmsg(size, _CMSG_SPACE, _RECV_FLAGS)
    fds: list[int] = []
    for level, kind, payload in ancdata:
        if level == _SOL_SOCKET and kind == _SCM_RIGHTS:
            arr = array.array("i")
            arr.frombytes(payload[:len(payload) - len(payload) % arr.itemsize])
            fds.extend(arr)
    if flags & _MSG_CTRUNC:
        close_fds(fds)
        raise ProtocolError(f"the peer sent more than {MAX_FDS} file descriptors with one message")
    return data, fds


def send_with_fds(sock: socket.socket, data: bytes, fds: Sequence[int] = ()) -> int:
    """One ``sendmsg`` with the descriptors attached; returns the bytes sent."""
    if fds:
        return sock.sendmsg([data], [(_SOL_SOCKET, _SCM_RIGHTS, array.array("i", fds))])
    return sock.send(data)


class Stream:
    """A non-blocking UNIX socket on the loop: reads into a callback, buffers writes.

    ``bytes_wanted()`` says how many bytes the protocol core wants next; reads never
    go past it, so descriptors arrive with the message they belong to.
    """

    def __init__(self, loop: asyncio.AbstractEventLoop, sock: socket.socket,
                 on_data: Callable[[bytes, list[int]], None], on_close: Callable[[str], None],
                 bytes_wanted: Callable[[], int]) -> None:
        self.loop, self.sock = loop, sock
        self.on_data, self.on_close, self.bytes_wanted = on_data, on_close, bytes_wanted
        self._out: deque[tuple[bytes, tuple[int, ...]]] = deque()
        self._out_bytes = 0
        self._writing = False
        self.closed = False
        sock.setblocking(False)
        loop.add_reader(sock.fileno(), self._readable)

    def _readable(self) -> None:
        for _ in range(_READS_PER_WAKEUP):
            if self.closed:
                return
            want = self.bytes_wanted()
            try:
                data, fds = recv_with_fds(self.sock, want)
            except (BlockingIOError, InterruptedError):
                return
            except (OSError, ProtocolError) as exc:
                self.close(f"receive failed: {exc}")
                return
            if not data:
                close_fds(fds)
                self.close("closed by the peer")
                return
            self.on_data(data, fds)
            if len(data) < want or self.bytes_wanted() == HEADER_SIZE:
                return   # drained, or at a message boundary: back to the loop (no failing read)

    def send(self, data: bytes, fds: Sequence[int] = ()) -> None:
        if self.closed:
            return
        if not self._out:
            try:
                sent = send_with_fds(self.sock, data, fds)
            except (BlockingIOError, InterruptedError):
                sent = 0
            except OSError as exc:
                self.close(f"send failed: {exc}")
                return
            if sent == len(data):
                return
            if sent:
                data, fds = data[sent:], ()
        self._out.append((data, tuple(fds)))
        self._out_bytes += len(data)
        if self._out_bytes > _MAX_OUTPUT:
            self.close("the peer does not read its replies")
            return
        if not self._writing:
            self._writing = True
            self.loop.add_writer(self.sock.fileno(), self._writable)

    def _writable(self) -> None:
        while self._out:
            data, fds = self._out[0]
            try:
                sent = send_with_fds(self.sock, data, fds)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                self.close(f"send failed: {exc}")
                return
            self._out_bytes -= sent
            if sent < len(data):
                self._out[0] = (data[sent:], ())
                return
            self._out.popleft()
        self.loop.remove_writer(self.sock.fileno())
        self._writing = False

    def close(self, reason: str = "closed") -> None:
        if self.closed:
            return
        self.closed = True
        fileno = self.sock.fileno()
        if fileno >= 0:
            self.loop.remove_reader(fileno)
            if self._writing:
                self.loop.remove_writer(fileno)
        self.sock.close()
        self._out.clear()
        self.on_close(reason)
