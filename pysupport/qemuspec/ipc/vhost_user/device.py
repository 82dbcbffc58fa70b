"""What a vhost-user back-end device provides to the protocol core.

The protocol core (:class:`~qemuspec.ipc.vhost_user.backend.BackendConnection`)
negotiates, maps memory and runs the queues; a device says which virtio
features and protocol extensions it has, serves its configuration space,
and handles each descriptor chain. Subclass :class:`VhostUserDevice` (see
:class:`~qemuspec.ipc.vhost_user.blk.BlkDevice`).
"""

from __future__ import annotations

from .layout import ProtocolFeature, VirtioFeature, bit
from .virtq import Chain

__all__ = ["VhostUserDevice"]


class VhostUserDevice:
    """A device behind a vhost-user back-end.

    Class attributes a subclass sets: ``num_queues`` (what GET_QUEUE_NUM
    answers), ``features`` (virtio feature bits: device bits plus ring and
    transport bits such as INDIRECT_DESC, EVENT_IDX, VERSION_1 — the core adds
    PROTOCOL_FEATURES and LOG_ALL), ``protocol_features`` (extensions that
    need the device: CONFIG, RARP, MTU; the core adds its own).
    """

    num_queues: int = 1
    features: int = (bit(VirtioFeature.version1) | bit(VirtioFeature.indirect_desc)
                     | bit(VirtioFeature.event_idx))
    protocol_features: int = 0

    def config(self) -> bytes:
        """The whole configuration space (served by GET_CONFIG when CONFIG is offered)."""
        return b""

    def set_config(self, offset: int, data: bytes, migration: bool) -> bool:
        """SET_CONFIG; refuse (False) writes to read-only fields unless ``migration``."""
        return False

    def features_acked(self, features: int) -> None:
        """SET_FEATURES: the virtio features the driver accepted."""

    def handle(self, queue: int, chain: Chain) -> int | None:
        """Serve one chain of queue ``queue``; return the bytes written into its writable buffers.

        Errors the request itself can report (an I/O error, an unsupported
        request) are the device's business: it writes its status and returns
        normally. Raise only for a chain that breaks the device's rules.
        """
        return 0

    def send_rarp(self, mac: bytes) -> bool:
        """SEND_RARP (RARP protocol feature): announce ``mac``."""
        return False

    def set_mtu(self, mtu: int) -> bool:
        """NET_SET_MTU (MTU protocol feature)."""
        return False

    def reset(self) -> None:
        """RESET_DEVICE: back to the initial state."""

    def close(self) -> None:
        """The connection is gone."""


CORE_PROTOCOL_FEATURES = (
    bit(ProtocolFeature.mq) | bit(ProtocolFeature.log_shmfd) | bit(ProtocolFeature.reply_ack)
    | bit(ProtocolFeature.backend_req) | bit(ProtocolFeature.reset_device)
    | bit(ProtocolFeature.inband_notifications) | bit(ProtocolFeature.configure_mem_slots)
    | bit(ProtocolFeature.status)
)
"""Protocol extensions the core implements for every device."""

CORE_FEATURES = bit(VirtioFeature.protocol_features) | bit(VirtioFeature.log_all)
"""Virtio feature bits the core adds to every device's."""
