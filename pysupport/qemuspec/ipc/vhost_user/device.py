"""What a vhost-user back-end device provides to the protocol core: the device API.

The protocol core (:class:`~qemuspec.ipc.vhost_user.backend.BackendConnection`)
negotiates, maps memory and runs the queues. A device is a subclass of
:class:`VhostUserDevice` that says four things:

* **identity and features** - class (or instance) attributes
  ``device_id`` (the virtio device type, for tools and logs), ``num_queues``
  (what GET_QUEUE_NUM answers), ``features`` (virtio feature bits: device
  bits plus the ring and transport bits it supports, such as VERSION_1,
  INDIRECT_DESC, EVENT_IDX; the core adds PROTOCOL_FEATURES and LOG_ALL)
  and ``protocol_features`` (extensions that need the device: CONFIG when
  it has a configuration space, RARP, MTU; the core adds its own);
* **configuration space** - :meth:`~VhostUserDevice.config` (what GET_CONFIG
  reads; at most 256 bytes) and :meth:`~VhostUserDevice.set_config` (a
  SET_CONFIG write: accept or refuse);
* **a per-queue request handler** - :meth:`~VhostUserDevice.handle` serves
  one descriptor chain of one queue and returns the bytes it wrote into
  the chain's device-writable buffers (the used length);
* **optional hooks** - :meth:`~VhostUserDevice.ready` (may the core take
  another chain from this queue now? A device that only produces, such as
  an input device's event queue, says no until it has something to put in
  a buffer; the chains stay in the available ring),
  :meth:`~VhostUserDevice.wake` (the device asks the transport to run a
  queue again, once it has more to give; thread-safe), and the lifecycle
  calls :meth:`~VhostUserDevice.features_acked`,
  :meth:`~VhostUserDevice.reset`, :meth:`~VhostUserDevice.close`,
  :meth:`~VhostUserDevice.send_rarp`, :meth:`~VhostUserDevice.set_mtu`.

Invariants the core keeps for every device: ``handle`` is called only for
a chain the core took and checked (every buffer inside guest memory,
readable buffers before writable ones), only on an enabled, started queue,
only from the transport's one thread; what ``handle`` returns is put into
the used ring as is (``None`` means "what :meth:`Chain.write` counted").
A device raises :class:`~qemuspec.ipc.vhost_user.virtq.VirtqError` (or
another :class:`~qemuspec.errors.QemuSpecError`) for a chain that breaks
its rules: that queue stops, the connection and the other queues go on.
Errors the request itself can express (an I/O error status) are written
into the chain and returned normally.

Devices here: :class:`~qemuspec.ipc.vhost_user.blk.BlkDevice`,
:class:`~qemuspec.ipc.vhost_user.rng.RngDevice`,
:class:`~qemuspec.ipc.vhost_user.input.InputDevice`.
"""

from __future__ import annotations

from typing import Callable

from .layout import ProtocolFeature, VirtioFeature, bit
from .virtq import Chain

__all__ = ["VhostUserDevice", "CORE_FEATURES", "CORE_PROTOCOL_FEATURES", "RING_FEATURES"]

RING_FEATURES = bit(VirtioFeature.version1) | bit(VirtioFeature.indirect_desc) | bit(VirtioFeature.event_idx)
"""The ring and transport bits every device here supports (the core's split virtqueue implements them)."""


class VhostUserDevice:
    """A device behind a vhost-user back-end (the defaults: one queue, no config, every chain used empty)."""

    device_id: int = 0
    num_queues: int = 1
    features: int = RING_FEATURES
    protocol_features: int = 0

    _wake: Callable[[int], None] | None = None

    # --- configuration space -------------------------------------------------------------
    def config(self) -> bytes:
        """The whole configuration space (served by GET_CONFIG when CONFIG is offered)."""
        return b""

    def set_config(self, offset: int, data: bytes, migration: bool) -> bool:
        """SET_CONFIG of ``data`` at ``offset``; refuse (False) writes to read-only fields unless ``migration``."""
        return False

    # --- features --------------------------------------------------------------------------
    def features_acked(self, features: int) -> None:
        """SET_FEATURES: the virtio features the driver accepted (a subset of :attr:`features`)."""

    # --- requests --------------------------------------------------------------------------
    def handle(self, queue: int, chain: Chain) -> int | None:
        """Serve one chain of queue ``queue``; return the bytes written into its writable buffers.

        Errors the request itself can report (an I/O error, an unsupported
        request) are the device's business: it writes its status and returns
        normally. Raise only for a chain that breaks the device's rules.
        """
        return 0

    def ready(self, queue: int) -> bool:
        """Whether the core may take another chain of ``queue`` now (default: always)."""
        return True

    # --- the transport's side --------------------------------------------------------------
    def bind(self, wake: Callable[[int], None] | None) -> None:
        """The transport hands over the function behind :meth:`wake` (None when the connection ends)."""
        self._wake = wake

    def wake(self, queue: int) -> bool:
        """Ask the transport to run ``queue`` again (from any thread); False when nothing is bound."""
        wake = self._wake
        if wake is None:
            return False
        wake(queue)
        return True

    # --- rarely needed -----------------------------------------------------------------------
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
