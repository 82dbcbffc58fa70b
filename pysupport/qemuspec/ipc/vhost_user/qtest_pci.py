"""Legacy (virtio 0.9.5) and modern (virtio 1.x) virtio-pci drivers over QEMU's qtest, for tests.

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

Devices that exist only in the modern form (virtio-rng, virtio-input and
the other vhost-user devices QEMU has no transitional variant of) are
driven by :class:`ModernVirtioPci`: it walks the vendor-specific PCI
capabilities (``ksy/virtio_pci_cap.ksy``; virtio 1.2, 4.1.4: ``cap_vndr`` 0x09, ``cfg_type`` common 1,
notify 2, ISR 3, device 4, each naming a BAR, an offset and a length; the
notify capability adds ``notify_off_multiplier``), places the BARs they
name, and speaks the common configuration structure (4.1.4.3): feature
words selected 32 bits at a time, status, queue select, size, enable and
the three ring addresses. Without MSI-X enabled interrupts are INTx, seen
in the ISR byte. Every register access checks that the capability is
long enough for it (a device that lies gets :class:`PeerError`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...errors import PeerError
from ...fields import field_end, field_offset, field_span
from ...formats.ivshmem_pci_config import IvshmemPciConfig
from ...formats.virtio_pci_cap import VirtioPciCap
from ...specs import parse
from ...pci_qtest import COMMAND_BUS_MASTER, COMMAND_IO, OFS_BARS, OFS_COMMAND, PciFunction, find
from ...qtest import QtestClient
from .layout import LEGACY_VRING_ALIGN, avail_ring_size, desc_table_size, legacy_ring_layout, used_ring_size

__all__ = ["LegacyVirtioPci", "LegacyQueue", "ModernVirtioPci", "ModernQueue", "VIRTIO_VENDOR",
           "modern_device_id"]

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


# --- modern (virtio 1.x) ------------------------------------------------------------------------

# the layouts are ksy/virtio_pci_cap.ksy's (the capability, the common configuration) and the PCI
# header's of ksy/ivshmem_pci_config.ksy (any conventional PCI function's)
_CAP_VENDOR = int(VirtioPciCap.CapabilityId.vendor_specific.value)
_CFG = VirtioPciCap.CfgType
_CAP_COMMON, _CAP_NOTIFY, _CAP_ISR, _CAP_DEVICE = (int(_CFG.common.value), int(_CFG.notify.value),
                                                   int(_CFG.isr.value), int(_CFG.device.value))
_KINDS = (_CAP_COMMON, _CAP_NOTIFY, _CAP_ISR, _CAP_DEVICE)   # (pci, configuration access, is not used)
_OFS_STATUS, _OFS_CAP_PTR = (field_offset("ivshmem_pci_config", name) for name in ("status", "ofs_capabilities"))
_CAP_VNDR, _CAP_NEXT, _CAP_LEN, _CFG_TYPE, _BAR, _OFS_STRUCTURE, _LEN_STRUCTURE, _NOTIFY_MULTIPLIER = (
    field_offset("virtio_pci_cap", name) for name in (
        "cap_vndr", "cap_next", "cap_len", "cfg_type", "bar", "ofs_structure", "len_structure", "notify_off_multiplier"))
_CAP_MIN, _NOTIFY_CAP_MIN = _NOTIFY_MULTIPLIER, field_end("virtio_pci_cap", "notify_off_multiplier")


def _common(name: str) -> tuple[int, int]:
    """(offset, width) of a field of the common configuration structure."""
    return field_span("virtio_pci_cap::common_cfg", name)


_DFSELECT, _DF, _GFSELECT, _GF = (_common(n) for n in ("device_feature_select", "device_feature",
                                                        "driver_feature_select", "driver_feature"))
_NUM_QUEUES, _DEVICE_STATUS, _CONFIG_GENERATION = (_common(n) for n in ("num_queues", "device_status",
                                                                        "config_generation"))
_Q_SELECT, _Q_SIZE, _Q_MSIX, _Q_ENABLE, _Q_NOTIFY_OFF = (_common(n) for n in (
    "queue_select", "queue_size", "queue_msix_vector", "queue_enable", "queue_notify_off"))
_Q_DESC, _Q_DRIVER, _Q_DEVICE = (_common(n) for n in ("queue_desc", "queue_driver", "queue_device"))
_NO_VECTOR = 0xFFFF


def _has_capabilities(status: int) -> bool:
    """The status register's capability-list bit."""
    return bool(parse(IvshmemPciConfig.StatusBits, status.to_bytes(2, "little")).has_capabilities)


def modern_device_id(virtio_id: int) -> int:
    """The PCI device ID of a modern virtio device: 0x1040 + the virtio device type."""
    return 0x1040 + virtio_id


@dataclass(frozen=True)
class _Window:
    bar: int
    offset: int
    length: int


@dataclass(frozen=True)
class ModernQueue:
    """Where a modern queue lives in guest memory, and where its notifications go."""

    index: int
    num: int
    desc: int
    avail: int
    used: int
    notify_addr: int


class ModernVirtioPci:
    """The modern interface of the virtio-pci device ``vendor:device`` on bus 0.

    Memory BARs named by the capabilities are placed from ``mmio_base`` up
    (each aligned to its size); ``device_id`` may be a PCI device ID or,
    below 0x1000, a virtio device type.
    """

    def __init__(self, qtest: QtestClient, device_id: int, *, mmio_base: int = 0xE0000000) -> None:
        self.qt = qtest
        if device_id < 0x1000:
            device_id = modern_device_id(device_id)
        self.function: PciFunction = find(qtest, VIRTIO_VENDOR, device_id)
        self._windows: dict[int, _Window] = {}
        self.notify_multiplier = 0
        self._caps()
        for kind in (_CAP_COMMON, _CAP_NOTIFY, _CAP_ISR):
            if kind not in self._windows:
                raise PeerError(f"{self.function!r} has no virtio capability of type {kind}")
        self.bars: dict[int, int] = {}
        address = mmio_base
        for bar in sorted({w.bar for w in self._windows.values()}):
            size = self.function.bar_info(bar).size
            if size == 0:
                raise PeerError(f"BAR{bar} named by a virtio capability is not implemented")
            address = (address + size - 1) // size * size
            self.function.map_bar(bar, address)
            self.bars[bar] = address
            address += size
        for kind, window in self._windows.items():
            if window.offset + window.length > self.function.bar_info(window.bar).size:
                raise PeerError(f"virtio capability {kind} reaches past the end of BAR{window.bar}")
        self.function.enable(memory=True, bus_master=True)

    def _caps(self) -> None:
        f = self.function
        if not _has_capabilities(f.read(_OFS_STATUS, 2)):
            raise PeerError(f"{f!r} has no capability list")
        offset, seen = f.read(_OFS_CAP_PTR, 1) & 0xFC, 0
        while offset:
            seen += 1
            if seen > 48 or offset < 0x40:
                raise PeerError(f"{f!r}: capability list loops or points into the header")
            cap_id, nxt = f.read(offset + _CAP_VNDR, 1), f.read(offset + _CAP_NEXT, 1) & 0xFC
            if cap_id == _CAP_VENDOR:
                cap_len, cfg_type = f.read(offset + _CAP_LEN, 1), f.read(offset + _CFG_TYPE, 1)
                bar = f.read(offset + _BAR, 1)
                if cap_len >= _CAP_MIN and bar <= 5 and cfg_type in _KINDS and cfg_type not in self._windows:
                    self._windows[cfg_type] = _Window(bar, f.read(offset + _OFS_STRUCTURE),
                                                      f.read(offset + _LEN_STRUCTURE))
                    if cfg_type == _CAP_NOTIFY and cap_len >= _NOTIFY_CAP_MIN:
                        self.notify_multiplier = f.read(offset + _NOTIFY_MULTIPLIER)
            offset = nxt

    # --- register access -------------------------------------------------------------------
    def _addr(self, kind: int, reg: tuple[int, int]) -> int:
        window = self._windows.get(kind)
        if window is None:
            raise PeerError(f"no virtio capability of type {kind}")
        offset, width = reg
        if offset + width > window.length:
            raise PeerError(f"register at {offset:#x} is outside the {window.length}-byte capability {kind}")
        return self.bars[window.bar] + window.offset + offset

    def _read(self, reg: tuple[int, int]) -> int:
        return self.qt.mmio_read(self._addr(_CAP_COMMON, reg), reg[1])

    def _write(self, reg: tuple[int, int], value: int) -> None:
        addr, width = self._addr(_CAP_COMMON, reg), reg[1]
        if width == 8:   # 64-bit fields are written as two 32-bit halves, as drivers do
            self.qt.mmio_write(addr, 4, value & 0xFFFFFFFF)
            self.qt.mmio_write(addr + 4, 4, value >> 32)
        else:
            self.qt.mmio_write(addr, width, value)

    # --- common configuration ------------------------------------------------------------------
    def device_features(self) -> int:
        out = 0
        for word in (0, 1):
            self._write(_DFSELECT, word)
            out |= self._read(_DF) << (32 * word)
        return out

    def set_driver_features(self, features: int) -> None:
        for word in (0, 1):
            self._write(_GFSELECT, word)
            self._write(_GF, features >> (32 * word) & 0xFFFFFFFF)

    def status(self) -> int:
        return self._read(_DEVICE_STATUS)

    def set_status(self, status: int) -> None:
        self._write(_DEVICE_STATUS, status)

    def num_queues(self) -> int:
        return self._read(_NUM_QUEUES)

    def config_generation(self) -> int:
        return self._read(_CONFIG_GENERATION)

    def isr(self) -> int:
        """The ISR byte (bit 0: a queue interrupt, bit 1: configuration change); reading clears it."""
        return self.qt.mmio_read(self._addr(_CAP_ISR, (0, 1)), 1)

    def queue_size(self, index: int) -> int:
        self._write(_Q_SELECT, index)
        return self._read(_Q_SIZE)

    def setup_queue(self, index: int, base: int, num: int | None = None) -> ModernQueue:
        """Lay the queue out from ``base`` (4 KiB aligned: table, available ring, used ring on the
        next page), clear it, give the addresses to the device and enable the queue."""
        if base % 4096:
            raise ValueError("the rings start on a 4096-byte boundary")
        size = self.queue_size(index)
        if size == 0:
            raise PeerError(f"queue {index} does not exist")
        num = size if num is None else num
        if num > size or num & (num - 1):
            raise ValueError(f"queue {index} holds at most {size} entries (a power of two)")
        desc, avail = base, base + desc_table_size(num)
        used = (avail + avail_ring_size(num) + 4095) // 4096 * 4096
        self.qt.mem_write(desc, bytes(used + used_ring_size(num) - desc))
        return self.setup_queue_at(index, desc, avail, used, num)

    def setup_queue_at(self, index: int, desc: int, driver: int, device: int, num: int) -> ModernQueue:
        """Give the device a queue laid out by the caller (split or packed: the device sees three
        guest addresses either way, the ring or table, the driver area and the device area) and
        enable it; a packed ring's size need not be a power of two."""
        size = self.queue_size(index)
        if not 0 < num <= size:
            raise ValueError(f"queue {index} holds at most {size} entries")
        self._write(_Q_SIZE, num)
        self._write(_Q_MSIX, _NO_VECTOR)
        self._write(_Q_DESC, desc)
        self._write(_Q_DRIVER, driver)
        self._write(_Q_DEVICE, device)
        notify = self._addr(_CAP_NOTIFY, (self._read(_Q_NOTIFY_OFF) * self.notify_multiplier, 2))
        self._write(_Q_ENABLE, 1)
        return ModernQueue(index, num, desc, driver, device, notify)

    def notify(self, queue: ModernQueue) -> None:
        self.qt.mmio_write(queue.notify_addr, 2, queue.index)

    # --- device configuration ------------------------------------------------------------------
    def config_read(self, offset: int, size: int) -> bytes:
        base = self._addr(_CAP_DEVICE, (offset, size))
        return bytes(self.qt.mmio_read(base + i, 1) for i in range(size))

    def config_write(self, offset: int, data: bytes) -> None:
        base = self._addr(_CAP_DEVICE, (offset, len(data)))
        for i, byte in enumerate(data):
            self.qt.mmio_write(base + i, 1, byte)
