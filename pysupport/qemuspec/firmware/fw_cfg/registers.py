"""Where fw_cfg's registers are, and the bus a guest reaches them through.

The selector, data and DMA address registers sit at platform-specific
places (x86 I/O ports, Arm MMIO). A :class:`RegisterMap` says where and in
which byte order; a :class:`Bus` is what a guest-side driver talks to: our
device model, or a real QEMU through qtest.

Register values cross the bus as the CPU sees them (little-endian CPUs
here): a big-endian register's value is byte-swapped on the way, exactly as
QEMU's memory core does for a ``DEVICE_BIG_ENDIAN`` region.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

__all__ = ["RegisterMap", "X86_IOPORT", "arm_mmio", "Bus", "bswap"]


@dataclass(frozen=True)
class RegisterMap:
    """Addresses of the three registers and how they are reached."""

    name: str
    space: str  # "io" (port I/O) or "mmio"
    selector: int
    selector_big_endian: bool
    data: int
    dma: int

    def __post_init__(self) -> None:
        if self.space not in ("io", "mmio"):
            raise ValueError(f"register space must be 'io' or 'mmio', not {self.space!r}")


#: x86 and x86_64: selector port 0x510 (little-endian), data port 0x511,
#: DMA address ports 0x514 (high half) and 0x518 (low half, starts a transfer).
X86_IOPORT = RegisterMap("x86-ioport", "io", selector=0x510, selector_big_endian=False, data=0x511, dma=0x514)


def arm_mmio(base: int) -> RegisterMap:
    """Arm ``virt``: data at base + 0, selector at base + 8 (big-endian), DMA at base + 16."""
    return RegisterMap("arm-mmio", "mmio", selector=base + 8, selector_big_endian=True, data=base, dma=base + 16)


class Bus(Protocol):
    """Register access and guest memory, as a guest driver has them."""

    def reg_read(self, space: str, addr: int, size: int) -> int: ...

    def reg_write(self, space: str, addr: int, size: int, value: int) -> None: ...

    def mem_read(self, addr: int, length: int) -> bytes: ...

    def mem_write(self, addr: int, data: bytes) -> None: ...


def bswap(value: int, size: int) -> int:
    """Reverse the byte order of a ``size``-byte value."""
    return int.from_bytes(value.to_bytes(size, "little"), "big")
