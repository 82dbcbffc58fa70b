"""What the ivshmem cores report: server events and client events.

Invariant: an event is a plain value; every descriptor it names is the
adapter's to close (``CloseFds``, ``PeerLeft``, ``Discarded``, ``Failed``)
or is kept by the core that reported it. :class:`~.server_core.ServerCore`
gives :data:`ServerEvent` values and :class:`~.client_core.ClientCore`
:data:`ClientEvent` values, both from their ``events()`` (as the vhost-user
cores do, :mod:`qemuspec.ipc.vhost_user.events`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable

from ...errors import ProtocolError

__all__ = ["ClientJoined", "ClientLeft", "ClientRefused", "SendReady", "CloseConnection", "CloseFds",
           "ServerEvent", "Ready", "OwnVector", "PeerVector", "PeerLeft", "Discarded", "Failed", "ServerGone",
           "ClientEvent"]


# --- server events ------------------------------------------------------------------------------

@dataclass(frozen=True)
class ClientJoined:
    conn: Hashable
    id: int


@dataclass(frozen=True)
class ClientLeft:
    conn: Hashable
    id: int
    reason: str


@dataclass(frozen=True)
class ClientRefused:
    conn: Hashable
    reason: str


@dataclass(frozen=True)
class SendReady:
    conn: Hashable


@dataclass(frozen=True)
class CloseConnection:
    conn: Hashable


@dataclass(frozen=True)
class CloseFds:
    fds: tuple[int, ...]


ServerEvent = ClientJoined | ClientLeft | ClientRefused | SendReady | CloseConnection | CloseFds



# --- client events ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Ready:
    id: int
    shm_fd: int
    shm_size: int | None


@dataclass(frozen=True)
class OwnVector:
    vector: int


@dataclass(frozen=True)
class PeerVector:
    peer: int
    vector: int


@dataclass(frozen=True)
class PeerLeft:
    peer: int
    fds: tuple[int, ...]


@dataclass(frozen=True)
class Discarded:
    fds: tuple[int, ...]
    reason: str


@dataclass(frozen=True)
class Failed:
    error: ProtocolError
    fds: tuple[int, ...]


@dataclass(frozen=True)
class ServerGone:
    reason: str


ClientEvent = Ready | OwnVector | PeerVector | PeerLeft | Discarded | Failed | ServerGone
