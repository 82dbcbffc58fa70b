"""PCI configuration access through qtest, as x86 firmware does it.

Configuration mechanism #1: the address of a dword (enable bit, bus,
device, function, register) goes to port 0xcf8, the data is at port 0xcfc
(+0..3 for narrower accesses). :func:`scan` and :func:`find` look for
functions; a :class:`PciFunction` reads and writes its configuration space,
sizes and places its BARs and enables it. The guest then reaches the BARs
with qtest's MMIO or port commands. (When QEMU runs a firmware that only
halts, nobody else assigns BARs, so tests and drivers do it here.)

The header is parsed with the generated classes: ``pci_ids`` for the
identity (:meth:`PciFunction.ids`), ``ivshmem_pci_config`` for the type-0
header with its capability list (:meth:`PciFunction.header`); the few
offsets written here are checked against them by the tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import PeerError, UsageError
from .formats.ivshmem_pci_config import IvshmemPciConfig
from .formats.pci_ids import PciIds
from .qtest import QtestClient
from .specs import parse

__all__ = ["PciFunction", "BarInfo", "scan", "find", "CONFIG_ADDRESS", "CONFIG_DATA", "HEADER_SIZE"]

CONFIG_ADDRESS = 0xCF8
CONFIG_DATA = 0xCFC
CONFIG_SIZE = 256
HEADER_SIZE = 64
OFS_VENDOR_ID = 0x00
OFS_COMMAND = 0x04
OFS_HEADER_TYPE = 0x0E
OFS_BARS = 0x10
COMMAND_IO = 1 << 0
COMMAND_MEMORY = 1 << 1
COMMAND_BUS_MASTER = 1 << 2
_BAR_IO = 0x1
_BAR_TYPE_64 = 0x4
_BAR_PREFETCH = 0x8
_MULTI_FUNCTION = 0x80

MemoryType = IvshmemPciConfig.MemoryType


@dataclass(frozen=True)
class BarInfo:
    """What sizing a BAR told: its size (0 when unimplemented) and kind."""

    index: int
    size: int
    is_io: bool
    is_64bit: bool
    prefetchable: bool


class PciFunction:
    """One PCI function (bus, device, function) reached through qtest."""

    def __init__(self, qtest: QtestClient, bus: int, device: int, function: int = 0) -> None:
        if not (0 <= bus <= 255 and 0 <= device <= 31 and 0 <= function <= 7):
            raise UsageError(f"invalid PCI address {bus:02x}:{device:02x}.{function}")
        self.qtest = qtest
        self.bus, self.device, self.function = bus, device, function

    def __repr__(self) -> str:
        return f"PciFunction({self.bus:02x}:{self.device:02x}.{self.function})"

    def __str__(self) -> str:
        return f"{self.bus:02x}:{self.device:02x}.{self.function} {self.vendor:04x}:{self.device_id:04x}"

    @property
    def vendor(self) -> int:
        return self.read(OFS_VENDOR_ID, 2)

    @property
    def device_id(self) -> int:
        return self.read(OFS_VENDOR_ID + 2, 2)

    def _select(self, offset: int) -> None:
        address = 0x80000000 | self.bus << 16 | self.device << 11 | self.function << 8 | (offset & 0xFC)
        self.qtest.port_write(CONFIG_ADDRESS, 4, address)

    def read(self, offset: int, size: int = 4) -> int:
        """Read ``size`` (1, 2, 4) bytes of configuration space at ``offset``."""
        _check(offset, size)
        self._select(offset)
        return self.qtest.port_read(CONFIG_DATA + (offset & 3), size)

    def write(self, offset: int, value: int, size: int = 4) -> None:
        """Write ``size`` (1, 2, 4) bytes of configuration space at ``offset``."""
        _check(offset, size)
        self._select(offset)
        self.qtest.port_write(CONFIG_DATA + (offset & 3), size, value)

    def config_space(self, length: int = CONFIG_SIZE) -> bytes:
        """The first ``length`` bytes of configuration space (a multiple of 4)."""
        if length % 4 or not 0 < length <= CONFIG_SIZE:
            raise UsageError("configuration space is read in 4-byte steps, up to 256 bytes")
        return b"".join(self.read(o).to_bytes(4, "little") for o in range(0, length, 4))

    def header(self) -> IvshmemPciConfig:
        """The parsed configuration space (type-0 header and capability list)."""
        return parse(IvshmemPciConfig, self.config_space())

    def ids(self) -> PciIds:
        """The parsed 64-byte header, with QEMU's vendor, device and class IDs."""
        return parse(PciIds, self.config_space(HEADER_SIZE))

    def bar_info(self, index: int) -> BarInfo:
        """Size a BAR by writing all ones and reading back (the old value is restored)."""
        offset = _bar_offset(index)
        old = self.read(offset)
        self.write(offset, 0xFFFFFFFF)
        low = self.read(offset)
        self.write(offset, old)
        if low == 0:
            return BarInfo(index, 0, False, False, False)
        if low & _BAR_IO:
            return BarInfo(index, (~(low & ~0x3) + 1) & 0xFFFF, True, False, False)
        is_64 = bool(low & _BAR_TYPE_64)
        mask = low & ~0xF
        if is_64:
            old_high = self.read(offset + 4)
            self.write(offset + 4, 0xFFFFFFFF)
            mask |= self.read(offset + 4) << 32
            self.write(offset + 4, old_high)
            size = (~mask + 1) & 0xFFFFFFFFFFFFFFFF
        else:
            size = (~mask + 1) & 0xFFFFFFFF
        return BarInfo(index, size, False, is_64, bool(low & _BAR_PREFETCH))

    def map_bar(self, index: int, address: int) -> BarInfo:
        """Place a memory BAR at ``address`` (aligned to its size); returns its description."""
        info = self.bar_info(index)
        if info.size == 0 or info.is_io:
            raise UsageError(f"BAR{index} of {self!r} is not a memory BAR")
        if address % info.size:
            raise UsageError(f"BAR{index} address {address:#x} is not aligned to its size {info.size:#x}")
        if address >> 32 and not info.is_64bit:
            raise UsageError(f"BAR{index} is 32-bit; {address:#x} is beyond 4 GiB")
        offset = _bar_offset(index)
        self.write(offset, address & 0xFFFFFFFF)
        if info.is_64bit:
            self.write(offset + 4, address >> 32)
        return info

    def bar_address(self, index: int) -> int:
        """The address a memory BAR holds now (both halves for a 64-bit BAR)."""
        bar = self.header().bars[index]
        address = bar.address
        if bar.memory_type == MemoryType.bits64:
            address |= self.read(_bar_offset(index) + 4) << 32
        return address

    def enable(self, *, memory: bool = True, io: bool = False, bus_master: bool = False) -> None:
        """Set the command register's decode and bus-master bits (others unchanged)."""
        command = self.read(OFS_COMMAND, 2) & ~(COMMAND_IO | COMMAND_MEMORY | COMMAND_BUS_MASTER)
        command |= (COMMAND_MEMORY if memory else 0) | (COMMAND_IO if io else 0)
        command |= COMMAND_BUS_MASTER if bus_master else 0
        self.write(OFS_COMMAND, command, 2)

    def capability_offset(self, capability_id: int) -> int | None:
        """Where the first capability with this ID is in configuration space, if any."""
        header = self.header()
        entry, offset = header.first_capability, header.ofs_capabilities & 0xFC
        while entry is not None:
            if _enum_value(entry.capability_id) == capability_id:
                return offset
            offset = entry.ofs_next & 0xFC
            entry = entry.next
        return None


def scan(qtest: QtestClient, bus: int = 0) -> list[PciFunction]:
    """Every function present on ``bus``."""
    found = []
    for device in range(32):
        first = PciFunction(qtest, bus, device, 0)
        if first.read(OFS_VENDOR_ID, 2) == 0xFFFF:
            continue
        found.append(first)
        if first.read(OFS_HEADER_TYPE, 1) & _MULTI_FUNCTION:
            for function in range(1, 8):
                other = PciFunction(qtest, bus, device, function)
                if other.read(OFS_VENDOR_ID, 2) != 0xFFFF:
                    found.append(other)
    return found


def find(qtest: QtestClient, vendor_id: int, device_id: int, bus: int = 0, index: int = 0) -> PciFunction:
    """The ``index``-th function on ``bus`` with this vendor and device ID."""
    matches = [f for f in scan(qtest, bus) if f.read(OFS_VENDOR_ID) == vendor_id | device_id << 16]
    if len(matches) <= index:
        raise PeerError(f"no PCI function {vendor_id:04x}:{device_id:04x} number {index} on bus {bus}")
    return matches[index]


def _bar_offset(index: int) -> int:
    if not 0 <= index <= 5:
        raise UsageError(f"BAR index is 0..5, not {index}")
    return OFS_BARS + 4 * index


def _check(offset: int, size: int) -> None:
    if size not in (1, 2, 4) or offset % size or not 0 <= offset <= CONFIG_SIZE - size:
        raise UsageError(f"bad configuration access of {size} bytes at {offset:#x}")


def _enum_value(value) -> int:
    return value.value if hasattr(value, "value") else int(value)
