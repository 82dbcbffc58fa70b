"""What the back-end core asks its transport to do, and what it reports."""

from __future__ import annotations

from dataclasses import dataclass

from .wire import request_name

__all__ = ["Event", "KickFdChanged", "MoreWork", "Signal", "BackendChannelChanged", "QueueBroken",
           "RequestHandled", "BackendReply", "ConnectionClosed"]


class Event:
    """Something the transport must act on."""


@dataclass(frozen=True)
class KickFdChanged(Event):
    """Watch ``fd`` for kicks of queue ``index`` (None: stop watching; ``polling``: poll instead)."""

    index: int
    fd: int | None
    polling: bool = False


@dataclass(frozen=True)
class MoreWork(Event):
    """Queue ``index`` still has chains after a turn's budget: kick it again soon (fairness)."""

    index: int


@dataclass(frozen=True)
class Signal(Event):
    """Write to this eventfd (a call, an error notification, a log update)."""

    fd: int
    reason: str = "call"
    index: int = -1


@dataclass(frozen=True)
class BackendChannelChanged(Event):
    """The back-end channel socket to write back-end requests to and read replies from (or None)."""

    fd: int | None


@dataclass(frozen=True)
class QueueBroken(Event):
    index: int
    reason: str


@dataclass(frozen=True)
class RequestHandled(Event):
    """A front-end request and its outcome (``error`` is None on success), for tracing."""

    request: int
    flags: int
    payload: bytes
    num_fds: int
    error: str | None = None

    @property
    def name(self) -> str:
        return request_name(self.request)


@dataclass(frozen=True)
class BackendReply(Event):
    """The front-end answered a request of the back-end channel (``value`` 0 is success)."""

    request: int
    value: int | None
    flags: int = 0
    payload: bytes = b""

    @property
    def name(self) -> str:
        return request_name(self.request, backend_channel=True)


@dataclass(frozen=True)
class ConnectionClosed(Event):
    """The protocol requires closing the connection (or the peer closed it)."""

    reason: str
