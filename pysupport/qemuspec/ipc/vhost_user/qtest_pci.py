"""A legacy (virtio 0.9.5) virtio-pci driver over QEMU's qtest, for tests.

QEMU's transitional virtio devices keep the legacy interface in BAR0 (I/O
space). Through qtest, :class:`LegacyVirtioPci` finds a device by PCI
configuration cycles (:mod:`qemuspec.pci_qtest`), places BAR0, enables I/O
and bus mastering, and then speaks the legacy registers: features, status,
queue selection, size, page frame number and notification. With a
vhost-user device behind it, DRIVER_OK makes QEMU start the back-end, and
a notification goes to the back-end's kick eventfd.

Legacy register layout (BAR0, little-endian):

| offset | width | register |
|---|---|---|
| 0x00 | 32 | device features (bits 0-31) |
| 0x04 | 32 | driver features |
| 0x08 | 32 | queue page frame number (address / 4096) |
| 0x0c | 16 | queue size |
| 0x0e | 16 | queue select |
| 0x10 | 16 | queue notify |
| 0x12 | 8 | device status |
| 0x13 | 8 | ISR status (reading clears it) |
| 0x14 | - | device configuration (without MSI-X) |
"""

from __future__ import annotations

from dataclasses import dataclass

from ...errors import PeerError
from ...pci_qtest import COMMAND_BUS_MASTER, COMMAND_IO, OFS_BARS, OFS_COMMAND, find
from ...qtest import QtestClient
from .layout import LEGACY_VRING_ALIGN, legacy_ring_layout

__all__ = ["LegacyVirtioPci", "LegacyQueue", "VIRTIO_VENDOR"]

VIRTIO_VENDOR = 0x1AF4
_HOST_FEATURES, _GUEST_FEATURES, _QUEUE_PFN, _QUEUE_NUM = 0x00, 0x04, 0x08, 0x0C
_QUEUE_SEL, _QUEUE_NOTIFY, _STATUS, _ISR, _CONFIG = 0x0E, 0x10, 0x12, 0x13, 0x14


@dataclass(frozen=True)
class LegacyQueue:
    """Where a legacy queue lives in guest memory."""

    index: int
    num: int
    base: int

    @property
    def desc(self) -> int:
        return self.base

    @property
    def avail(self) -> int:
        return self.base + legacy_ring_layout(self.num)[1]

    @property
    def used(self) -> int:
        return self.base + legacy_ring_layout(self.num)[2]


class LegacyVirtioPci:
    """The legacy interface of the virtio-pci device ``vendor:device`` on bus 0."""

    def __init__(self, qtest: QtestClient, device_id: int, *, io_base: int = 0xC000) -> None:
        self.qt = qtest
        self.io = io_base
        self.function = find(qtest, VIRTIO_VENDOR, device_id)
        self.function.write(OFS_BARS, io_base | 1)
        command = self.function.read(OFS_COMMAND, 2)
        self.function.write(OFS_COMMAND, command | COMMAND_IO | COMMAND_BUS_MASTER, 2)

    # --- legacy registers --------------------------------------------------------------------
    def host_features(self) -> int:
        return self.qt.port_read(self.io + _HOST_FEATURES, 4)

    def set_guest_features(self, features: int) -> None:
        self.qt.port_write(self.io + _GUEST_FEATURES, 4, features & 0xFFFFFFFF)

    def status(self) -> int:
        return self.qt.port_read(self.io + _STATUS, 1)

    def set_status(self, status: int) -> None:
        self.qt.port_write(self.io + _STATUS, 1, status)

    def isr(self) -> int:
        """The ISR byte (bit 0: a queue interrupt, bit 1: configuration change); reading clears it."""
        return self.qt.port_read(self.io + _ISR, 1)

    def config(self, offset: int, size: int) -> bytes:
        return bytes(self.qt.port_read(self.io + _CONFIG + offset + i, 1) for i in range(size))

    def queue_size(self, index: int) -> int:
        self.qt.port_write(self.io + _QUEUE_SEL, 2, index)
        return self.qt.port_read(self.io + _QUEUE_NUM, 2)

    def setup_queue(self, index: int, base: int) -> LegacyQueue:
        """Clear the ring memory at ``base`` (4 KiB aligned) and hand it to the device."""
        if base % LEGACY_VRING_ALIGN:
            raise ValueError("a legacy ring starts on a 4096-byte boundary")
        num = self.queue_size(index)
        if num == 0:
            raise PeerError(f"queue {index} does not exist")
        queue = LegacyQueue(index, num, base)
        self.qt.mem_write(base, bytes(queue.used - base + 6 + 8 * num))
        self.qt.port_write(self.io + _QUEUE_PFN, 4, base // LEGACY_VRING_ALIGN)
        return queue

    def notify(self, index: int) -> None:
        self.qt.port_write(self.io + _QUEUE_NOTIFY, 2, index)
