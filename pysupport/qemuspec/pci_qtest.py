"""PCI configuration cycles through a qtest socket (x86 ports 0xcf8/0xcfc).

The guest-side way to reach PCI configuration space on a PC: write the
address of a dword (enable bit, bus, device, function, register) to port
0xcf8, then read or write port 0xcfc (+0..3 for narrower accesses).
:class:`PciConfig` does this over a :class:`~qemuspec.qtest.QtestClient`,
scans buses, reads config headers and programs BARs.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import UsageError
from .formats.pci_ids import PciIds
from .specs import parse

__all__ = ["PciConfig", "PciFunction", "CONFIG_ADDRESS", "CONFIG_DATA", "HEADER_SIZE"]

CONFIG_ADDRESS = 0xCF8
CONFIG_DATA = 0xCFC
HEADER_SIZE = 64
_ENABLE = 0x80000000
_COMMAND = 0x04
_BAR0 = 0x10


@dataclass(frozen=True)
class PciFunction:
    """A function found on a bus: where it is and its configuration header."""

    bus: int
    device: int
    function: int
    header: PciIds

    @property
    def vendor(self) -> int:
        return int(self.header.vendor_id)

    @property
    def device_id(self) -> int:
        return self.header.device_id

    def __str__(self) -> str:
        return f"{self.bus:02x}:{self.device:02x}.{self.function} {self.vendor:04x}:{self.device_id:04x}"


class PciConfig:
    """Configuration space access through port I/O on a qtest client."""

    def __init__(self, client) -> None:
        self.client = client

    @staticmethod
    def address(bus: int, device: int, function: int, offset: int) -> int:
        if not (0 <= bus < 256 and 0 <= device < 32 and 0 <= function < 8 and 0 <= offset < 256):
            raise UsageError(f"no config address {bus}:{device}.{function} +{offset:#x}")
        return _ENABLE | bus << 16 | device << 11 | function << 8 | offset & 0xFC

    def read(self, bus: int, device: int, function: int, offset: int, size: int = 4) -> int:
        if size not in (1, 2, 4) or offset % size:
            raise UsageError(f"config read of {size} bytes at {offset:#x}")
        self.client.port_write(CONFIG_ADDRESS, 4, self.address(bus, device, function, offset))
        return self.client.port_read(CONFIG_DATA + (offset & 3), size)

    def write(self, bus: int, device: int, function: int, offset: int, value: int, size: int = 4) -> None:
        if size not in (1, 2, 4) or offset % size:
            raise UsageError(f"config write of {size} bytes at {offset:#x}")
        self.client.port_write(CONFIG_ADDRESS, 4, self.address(bus, device, function, offset))
        self.client.port_write(CONFIG_DATA + (offset & 3), size, value)

    def read_bytes(self, bus: int, device: int, function: int, offset: int = 0, length: int = HEADER_SIZE) -> bytes:
        """``length`` bytes of configuration space (dword reads, little-endian)."""
        if offset % 4 or length % 4 or offset + length > 256:
            raise UsageError("read whole dwords inside the 256-byte configuration space")
        return b"".join(self.read(bus, device, function, o).to_bytes(4, "little")
                        for o in range(offset, offset + length, 4))

    def header(self, bus: int, device: int, function: int) -> PciIds:
        """The parsed 64-byte configuration header."""
        return parse(PciIds, self.read_bytes(bus, device, function))

    def scan(self, bus: int = 0) -> list[PciFunction]:
        """Every function that answers on ``bus`` (vendor ID not 0xffff)."""
        found = []
        for device in range(32):
            if self.read(bus, device, 0, 0, 2) == 0xFFFF:
                continue
            header = self.header(bus, device, 0)
            found.append(PciFunction(bus, device, 0, header))
            if header.header_type.multi_function:
                for function in range(1, 8):
                    if self.read(bus, device, function, 0, 2) != 0xFFFF:
                        found.append(PciFunction(bus, device, function, self.header(bus, device, function)))
        return found

    def bar_size(self, bus: int, device: int, function: int, bar: int) -> int:
        """Size of memory BAR ``bar`` (probed by writing all ones); 0 if it is not implemented."""
        offset = _BAR0 + 4 * bar
        old = self.read(bus, device, function, offset)
        self.write(bus, device, function, offset, 0xFFFFFFFF)
        probe = self.read(bus, device, function, offset)
        self.write(bus, device, function, offset, old)
        mask = 0xFFFFFFFC if probe & 1 else 0xFFFFFFF0
        return 0 if probe & mask == 0 else (~(probe & mask) & 0xFFFFFFFF) + 1

    def map_memory_bar(self, bus: int, device: int, function: int, bar: int, address: int) -> None:
        """Put memory BAR ``bar`` at ``address`` (a 64-bit BAR takes the next BAR as its high half)."""
        offset = _BAR0 + 4 * bar
        flags = self.read(bus, device, function, offset)
        if flags & 1:
            raise UsageError(f"BAR {bar} is an I/O BAR")
        self.write(bus, device, function, offset, address & 0xFFFFFFF0)
        if flags & 0x6 == 0x4:
            self.write(bus, device, function, offset + 4, address >> 32)

    def enable(self, bus: int, device: int, function: int, *, memory: bool = True, io: bool = False,
               bus_master: bool = True) -> None:
        """Turn on memory/I/O decoding and bus mastering in the command register."""
        command = self.read(bus, device, function, _COMMAND, 2)
        command |= (2 if memory else 0) | (1 if io else 0) | (4 if bus_master else 0)
        self.write(bus, device, function, _COMMAND, command, 2)
