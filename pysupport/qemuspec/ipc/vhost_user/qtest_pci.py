"""Legacy (virtio 0.9.5) and modern (virtio 1.0+) virtio-pci drivers over QEMU's qtest, for tests.

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

__all__ = ["LegacyVirtioPci", "LegacyQueue", "ModernVirtioPci", "ModernQueue", "VIRTIO_VENDOR"]

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


# --- the modern (virtio 1.0+) interface ---------------------------------------------------------
#
# A modern virtio-pci device describes its register blocks with vendor-specific PCI capabilities
# (id 0x09): cap_vndr, cap_next, cap_len, cfg_type, bar, id, 2 bytes padding, le32 offset,
# le32 length; the notification capability adds le32 notify_off_multiplier.

_CAP_VENDOR = 0x09
_CAP_POINTER = 0x34
CFG_COMMON, CFG_NOTIFY, CFG_ISR, CFG_DEVICE = 1, 2, 3, 4
# common configuration (virtio 1.2, 4.1.4.3), offset: width
_C_DFSELECT, _C_DF, _C_GFSELECT, _C_GF = 0x00, 0x04, 0x08, 0x0C
_C_NUM_QUEUES, _C_STATUS, _C_Q_SELECT, _C_Q_SIZE = 0x12, 0x14, 0x16, 0x18
_C_Q_ENABLE, _C_Q_NOTIFY_OFF, _C_Q_DESC, _C_Q_DRIVER, _C_Q_DEVICE = 0x1C, 0x1E, 0x20, 0x28, 0x30


@dataclass(frozen=True)
class ModernQueue:
    """Where a modern queue lives: descriptor table or ring, driver area, device area."""

    index: int
    num: int
    desc: int
    driver: int
    device: int
    notify: int      # the address a notification is written to


class ModernVirtioPci:
    """The modern interface of the virtio-pci device ``vendor:device`` on bus 0, through qtest.

    Finds the common, notification, ISR and device-configuration blocks from
    the vendor capabilities, places their BAR at ``bar_address`` and enables
    memory decoding and bus mastering. 64-bit feature words, any queue
    layout (split or packed: the device sees three guest addresses either
    way), ``DRIVER_OK`` starts a vhost-user back-end behind it.
    """

    def __init__(self, qtest: QtestClient, device_id: int, *, bar_address: int = 0xE000_0000) -> None:
        self.qt = qtest
        self.function = find(qtest, VIRTIO_VENDOR, device_id)
        caps: dict[int, tuple[int, int, int, int]] = {}
        offset = self.function.read(_CAP_POINTER, 1) & 0xFC
        seen = 0
        while offset and seen < 48:
            seen += 1
            if self.function.read(offset, 1) == _CAP_VENDOR:
                cfg_type, bar = self.function.read(offset + 3, 1), self.function.read(offset + 4, 1)
                extra = self.function.read(offset + 16) if cfg_type == CFG_NOTIFY else 0
                caps.setdefault(cfg_type, (bar, self.function.read(offset + 8), self.function.read(offset + 12),
                                           extra))
            offset = self.function.read(offset + 1, 1) & 0xFC
        missing = {CFG_COMMON, CFG_NOTIFY, CFG_ISR, CFG_DEVICE} - caps.keys()
        if missing:
            raise PeerError(f"virtio-pci device {device_id:04x} lacks capabilities {sorted(missing)}")
        caps = {t: caps[t] for t in (CFG_COMMON, CFG_NOTIFY, CFG_ISR, CFG_DEVICE)}   # not the PCI-access one
        bars = {bar for bar, _, _, _ in caps.values()}
        if len(bars) != 1:
            raise PeerError(f"virtio-pci blocks in several BARs {sorted(bars)}")
        bar = bars.pop()
        info = self.function.bar_info(bar)
        base = (bar_address + info.size - 1) // info.size * info.size
        self.function.map_bar(bar, base)
        self.function.enable(memory=True, bus_master=True)
        self.common = base + caps[CFG_COMMON][1]
        self.notify_base = base + caps[CFG_NOTIFY][1]
        self.notify_multiplier = caps[CFG_NOTIFY][3]
        self.isr_addr = base + caps[CFG_ISR][1]
        self.device_cfg = base + caps[CFG_DEVICE][1]

    def _r(self, offset: int, size: int) -> int:
        return self.qt.mmio_read(self.common + offset, size)

    def _w(self, offset: int, size: int, value: int) -> None:
        self.qt.mmio_write(self.common + offset, size, value)

    def device_features(self) -> int:
        value = 0
        for word in (0, 1):
            self._w(_C_DFSELECT, 4, word)
            value |= self._r(_C_DF, 4) << (32 * word)
        return value

    def set_driver_features(self, features: int) -> None:
        for word in (0, 1):
            self._w(_C_GFSELECT, 4, word)
            self._w(_C_GF, 4, (features >> (32 * word)) & 0xFFFFFFFF)

    def status(self) -> int:
        return self._r(_C_STATUS, 1)

    def set_status(self, status: int) -> None:
        self._w(_C_STATUS, 1, status)

    def num_queues(self) -> int:
        return self._r(_C_NUM_QUEUES, 2)

    def isr(self) -> int:
        """The ISR byte (bit 0: a queue interrupt); reading clears it."""
        return self.qt.mmio_read(self.isr_addr, 1)

    def config(self, offset: int, size: int) -> bytes:
        return bytes(self.qt.mmio_read(self.device_cfg + offset + i, 1) for i in range(size))

    def setup_queue(self, index: int, desc: int, driver: int, device: int, num: int | None = None) -> ModernQueue:
        """Give queue ``index`` its three areas (the caller cleared them) and enable it."""
        self._w(_C_Q_SELECT, 2, index)
        largest = self._r(_C_Q_SIZE, 2)
        if largest == 0:
            raise PeerError(f"queue {index} does not exist")
        num = largest if num is None else num
        self._w(_C_Q_SIZE, 2, num)
        for reg, addr in ((_C_Q_DESC, desc), (_C_Q_DRIVER, driver), (_C_Q_DEVICE, device)):
            self._w(reg, 4, addr & 0xFFFFFFFF)
            self._w(reg + 4, 4, addr >> 32)
        notify = self.notify_base + self._r(_C_Q_NOTIFY_OFF, 2) * self.notify_multiplier
        self._w(_C_Q_ENABLE, 2, 1)
        return ModernQueue(index, num, desc, driver, device, notify)

    def notify(self, queue: ModernQueue) -> None:
        self.qt.mmio_write(queue.notify, 2, queue.index)
