"""What the vhost-user cores ask their transports to do, and what they report.

Invariant: an event is a plain value, taken once from a core's ``events()``.
:class:`~qemuspec.ipc.vhost_user.backend.BackendConnection` gives the
back-end's events (the descriptors they name stay the core's),
:class:`~qemuspec.ipc.vhost_user.frontend.FrontendConnection` gives
:class:`Reply` and :class:`ConnectionClosed`, and
:class:`~qemuspec.ipc.vhost_user.frontend.BackendChannelResponder` gives
:class:`BackendNotice` and :class:`ConnectionClosed` (as the ivshmem cores
do, :mod:`qemuspec.ipc.ivshmem.events`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...errors import QemuSpecError
from .wire import request_name

__all__ = ["Event", "KickFdChanged", "MoreWork", "Signal", "BackendChannelChanged", "QueueBroken",
           "RequestHandled", "BackendReply", "ConnectionClosed", "Reply", "BackendNotice", "Stopped",
           "InflightRecovered"]


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
class InflightRecovered(Event):
    """Queue ``index`` started over an in-flight buffer left by an earlier back-end: ``resubmit``
    are the heads (packed rings: buffer ids) that run again (in that order), ``cleared`` the
    entries of a batch that had reached the used ring."""

    index: int
    resubmit: tuple[int, ...]
    cleared: int


@dataclass(frozen=True)
class Stopped(Event):
    """The core froze where ``stop_at`` said (crash tests): chain ``count`` reached ``phase``."""

    phase: str
    count: int


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
    """The protocol requires closing the connection (or the peer closed it).

    ``error`` is what broke the stream, when a front-end side core reports it.
    """

    reason: str
    error: QemuSpecError | None = None


# --- the front-end's side ----------------------------------------------------------------------

@dataclass(frozen=True)
class Reply(Event):
    """The back-end answered request number ``ticket``: ``value`` is its reply, decoded, or
    ``error`` says it failed or cannot be read (``error`` is None on success).

    A value that holds descriptors (GET_INFLIGHT_FD's) hands them to the receiver.
    """

    ticket: int
    request: int
    value: Any = None
    error: QemuSpecError | None = None

    @property
    def name(self) -> str:
        return request_name(self.request)

    def result(self) -> Any:
        """The value, or the error raised."""
        if self.error is not None:
            raise self.error
        return self.value


@dataclass(frozen=True)
class BackendNotice(Event):
    """A request the back-end sent on its channel (``index`` for in-band calls and errors)."""

    request: int
    payload: bytes
    index: int = -1

    @property
    def name(self) -> str:
        return request_name(self.request, backend_channel=True)
