"""vhost-user: QEMU and out-of-process device back-ends.

The layouts are in ``ksy/vhost_user.ksy`` (messages of the main channel),
``ksy/vhost_user_backend.ksy`` (the back-end channel), ``ksy/vhost_user_blk.ksy``
(virtio-blk configuration space and requests) and ``ksy/virtq_*.ksy`` (the
split virtqueue). This package speaks the protocol:

* sans-IO cores - :class:`BackendConnection` (the back-end: negotiation,
  memory, rings, reply-ack, dirty log, config, status, reset, back-end
  channel) and :class:`FrontendConnection` (the front-end's requests and
  their replies), over the framing of :mod:`.wire`, with the verbs of every
  core here (``receive_data``, ``events``, ``data_to_send``, ``bytes_wanted``;
  their events are in :mod:`.events`);
* split virtqueues - :class:`SplitQueue` (device side, over memory mapped
  from the front-end: :class:`VhostMemory`) and :class:`DriverQueue` (driver
  side, in a shared memfd: :class:`~qemuspec.memory.GuestRam`);
* asyncio transports with SCM_RIGHTS - :class:`BackendServer`,
  :class:`VhostUserClient` (and the blocking :class:`SyncVhostUserClient`);
* the device API (:class:`VhostUserDevice`: features, config space, a
  per-queue request handler, optional ``ready``/``wake`` hooks) and the
  devices on it: vhost-user-blk (:class:`BlkExport`, :class:`BlkDevice`, with
  the front-end :class:`BlkClient`), virtio-rng (:class:`RngDevice`) and
  virtio-input (:class:`InputDevice`).
"""

from .backend import BackendConnection
from .blk import BlkDevice, BlkExport
from .blk_client import BlkClient, BlkError
from .device import VhostUserDevice
from .input import InputDevice, InputEvent
from .rng import RngDevice
from ...memory import GuestRam
from .driver import DriverQueue
from .frontend import FrontendConnection, RequestFailed
from .memory import DirtyLog, MemoryAccessError, RegionError, VhostMemory
from .threaded import ThreadedBackendServer
from .client import SyncVhostUserClient, VhostUserClient
from .server import BackendServer
from .virtq import Chain, SplitQueue, VirtqError
from .wire import FrameDecoder, FramingError, Message

__all__ = [
    "BackendConnection", "FrontendConnection", "RequestFailed", "VhostUserDevice",
    "SplitQueue", "Chain", "VirtqError", "DriverQueue", "GuestRam",
    "VhostMemory", "DirtyLog", "MemoryAccessError", "RegionError",
    "BackendServer", "VhostUserClient", "SyncVhostUserClient", "ThreadedBackendServer",
    "BlkExport", "BlkDevice", "BlkClient", "BlkError", "RngDevice", "InputDevice", "InputEvent",
    "FrameDecoder", "FramingError", "Message",
]
