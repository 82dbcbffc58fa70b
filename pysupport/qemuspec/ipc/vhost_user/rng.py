"""A vhost-user virtio-rng (entropy) device: QEMU's ``-device vhost-user-rng-pci``.

virtio-rng (virtio 1.2, section 5.4) has one queue, ``requestq``, no
feature bits of its own and no configuration space. The driver makes
device-writable buffers available; the device fills them with random
bytes and returns each with the number of bytes it wrote.

:class:`RngDevice` fills every writable buffer of a chain completely from
its ``source`` (``os.urandom`` unless given: any callable that takes a
byte count and returns that many bytes, so a test can inject a known
stream). Invariants: the used length is exactly the bytes written, never
more than the chain's writable length; a chain with device-readable
buffers, or with no writable byte at all, breaks the queue
(:class:`~qemuspec.ipc.vhost_user.virtq.VirtqError`) - the spec has the
driver give only writable buffers; a chain asks for at most
``max_request`` bytes (64 KiB by default; a larger one is filled up to
that bound and returned with the shorter length, which the spec allows:
the device may write fewer bytes than the buffer holds), so a hostile
driver cannot make the device draw unbounded entropy in one call; a
``source`` that returns the wrong number of bytes is a bug, raised as
:class:`~qemuspec.errors.QemuSpecError` (the queue stops, the server
goes on).
"""

from __future__ import annotations

import os
from typing import Callable

from ...errors import QemuSpecError, UsageError
from .device import RING_FEATURES, VhostUserDevice
from .virtq import Chain, VirtqError, slice_views

__all__ = ["RngDevice", "VIRTIO_ID_RNG", "DEFAULT_MAX_REQUEST"]

VIRTIO_ID_RNG = 4
DEFAULT_MAX_REQUEST = 64 << 10


class RngDevice(VhostUserDevice):
    """virtio-rng: every chain of ``requestq`` filled from ``source``."""

    device_id = VIRTIO_ID_RNG
    num_queues = 1
    features = RING_FEATURES
    protocol_features = 0

    def __init__(self, source: Callable[[int], bytes] = os.urandom, *,
                 max_request: int = DEFAULT_MAX_REQUEST) -> None:
        if not 1 <= max_request <= 1 << 30:
            raise UsageError("--max-request must be between 1 byte and 1 GiB")
        self.source = source
        self.max_request = max_request
        self.served = 0            # requests answered
        self.bytes_out = 0         # random bytes written

    def handle(self, queue: int, chain: Chain) -> int:
        if chain.readable_len:
            raise VirtqError(f"virtio-rng request with {chain.readable_len} device-readable bytes "
                             "(the driver gives writable buffers only)")
        if not chain.writable_len:
            raise VirtqError("virtio-rng request without a writable buffer")
        n = min(chain.writable_len, self.max_request)
        data = self.source(n)
        if not isinstance(data, (bytes, bytearray, memoryview)) or len(data) != n:
            raise QemuSpecError(f"the entropy source gave {len(data) if hasattr(data, '__len__') else '?'} "
                                f"bytes for a request of {n}")
        pos = 0
        for view in slice_views(chain.writable, 0, n):
            view[:] = data[pos:pos + len(view)]
            pos += len(view)
        self.served += 1
        self.bytes_out += n
        return n


def file_source(path: str | os.PathLike) -> Callable[[int], bytes]:
    """An entropy source reading from ``path`` (a device such as /dev/hwrng, or a FIFO); short reads retry."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError as exc:
        raise UsageError(f"cannot open {path}: {exc.strerror}") from exc

    def read(n: int) -> bytes:
        out = bytearray()
        while len(out) < n:
            try:
                chunk = os.read(fd, n - len(out))
            except OSError as exc:
                raise QemuSpecError(f"reading {path}: {exc.strerror}") from exc
            if not chunk:
                raise QemuSpecError(f"{path} ended after {len(out)} of {n} bytes")
            out += chunk
        return bytes(out)

    read.fd = fd   # type: ignore[attr-defined]
    return read
