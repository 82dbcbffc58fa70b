"""QEMU's PCI vendor and device IDs (``ksy/pci_ids.ksy``), looked up by number.

>>> str(lookup(0x1af4, 0x1041))
'1af4:1041 red_hat_qumranet virtio_net: virtio network device, modern (virtio ID 1)'
>>> lookup(0x1b36, 0x0006).name
'rocker'
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import UsageError
from .formats.pci_ids import PciIds

__all__ = ["PciId", "lookup", "parse_id", "Vendor", "Device1af4", "Device1b36", "VirtioDevice", "all_ids"]

Vendor = PciIds.Vendor
Device1af4 = PciIds.Device1af4
Device1b36 = PciIds.Device1b36
VirtioDevice = PciIds.VirtioDevice

_TABLES = {Vendor.red_hat_qumranet: Device1af4, Vendor.red_hat: Device1b36}
MODERN_VIRTIO_BASE = 0x1040
MODERN_VIRTIO_END = 0x10EF
EXPERIMENTAL = range(0x10F0, 0x1100)
_TRANSITIONAL = {  # legacy device ID -> virtio device ID
    0x1000: VirtioDevice.net, 0x1001: VirtioDevice.block, 0x1002: VirtioDevice.balloon,
    0x1003: VirtioDevice.console, 0x1004: VirtioDevice.scsi, 0x1005: VirtioDevice.rng,
    0x1009: VirtioDevice.transport_9p, 0x1012: VirtioDevice.vsock,
}
_WORDS = {"9p": "9p", "rng": "entropy (rng)", "net": "network", "scsi": "SCSI host", "gpu": "GPU",
          "iommu": "IOMMU", "fs": "file system", "mem": "memory", "pmem": "persistent memory"}


@dataclass(frozen=True)
class PciId:
    """One vendor:device pair and what QEMU's table says it is."""

    vendor: int
    device: int
    vendor_name: str
    name: str
    description: str
    virtio_id: int | None = None

    def __str__(self) -> str:
        return f"{self.vendor:04x}:{self.device:04x} {self.vendor_name} {self.name}: {self.description}"

    def as_dict(self) -> dict:
        return {"vendor": f"{self.vendor:04x}", "device": f"{self.device:04x}", "vendor_name": self.vendor_name,
                "name": self.name, "description": self.description, "virtio_id": self.virtio_id}


def parse_id(text: str) -> tuple[int, int]:
    """``"1af4:1041"`` -> ``(0x1af4, 0x1041)``."""
    try:
        vendor, device = (int(part, 16) for part in text.split(":"))
    except ValueError:
        raise UsageError(f"{text!r} is not VENDOR:DEVICE in hex (like 1af4:1041)") from None
    if not (0 <= vendor <= 0xFFFF and 0 <= device <= 0xFFFF):
        raise UsageError(f"{text!r}: IDs are 16-bit numbers")
    return vendor, device


def _virtio_words(virtio: VirtioDevice | int) -> str:
    if isinstance(virtio, VirtioDevice):
        return _WORDS.get(virtio.name.replace("transport_", ""), virtio.name.replace("_", " "))
    return f"device type {virtio}"


def lookup(vendor: int, device: int) -> PciId | None:
    """What QEMU's PCI ID table says ``vendor:device`` is; None for IDs outside it."""
    try:
        vendor_enum = Vendor(vendor)
    except ValueError:
        return None
    table = _TABLES[vendor_enum]
    virtio_id = None
    if vendor_enum == Vendor.red_hat_qumranet and MODERN_VIRTIO_BASE <= device <= MODERN_VIRTIO_END:
        virtio_id = device - MODERN_VIRTIO_BASE
        try:
            virtio = VirtioDevice(virtio_id)
        except ValueError:
            virtio = virtio_id
        try:
            name = table(device).name
        except ValueError:
            name = f"virtio_{virtio_id}"
        return PciId(vendor, device, vendor_enum.name, name,
                     f"virtio {_virtio_words(virtio)} device, modern (virtio ID {virtio_id})", virtio_id)
    try:
        entry = table(device)
    except ValueError:
        return None
    if device in _TRANSITIONAL:
        virtio = _TRANSITIONAL[device]
        text = f"virtio {_virtio_words(virtio)} device, legacy/transitional (virtio ID {int(virtio)})"
        return PciId(vendor, device, vendor_enum.name, entry.name, text, int(virtio))
    if device in EXPERIMENTAL:
        text = "experimental range 1af4:10f0..10ff, free to use without registration"
    else:
        text = entry.name.replace("_", " ")
    return PciId(vendor, device, vendor_enum.name, entry.name, text)


def all_ids() -> list[PciId]:
    """Every ID of QEMU's table (both vendors), in numeric order."""
    out = []
    for vendor, table in _TABLES.items():
        out += [lookup(vendor, int(member)) for member in table]
    return sorted(out, key=lambda p: (p.vendor, p.device))
