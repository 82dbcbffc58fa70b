"""A guest-side driver for QEMU's ivshmem device, through qtest.

:class:`IvshmemGuest` does what a guest kernel driver would: finds the
device (1af4:1110) on the PCI bus, places its BARs, enables it, reads
IVPosition, rings doorbells, reads and writes the shared memory in BAR2,
and programs MSI-X so that each vector's message is a memory write into
guest RAM - where a test can see that the vector fired.
"""

from __future__ import annotations

import time

from ...errors import PeerError, UsageError
from ...formats.ivshmem_pci_config import IvshmemPciConfig
from ...formats.ivshmem_regs import IvshmemRegs
from ...qtest import QtestClient
from ...specs import parse, serialize
from ...pci_qtest import PciFunction, find

__all__ = ["IvshmemGuest", "IVSHMEM_VENDOR_ID", "IVSHMEM_DEVICE_ID", "MSI_DATA_TAG"]

IVSHMEM_VENDOR_ID = IvshmemPciConfig.Vendor.red_hat_qumranet.value
IVSHMEM_DEVICE_ID = IvshmemPciConfig.Device.ivshmem.value
_REG = IvshmemRegs.Offsets
_MSIX = IvshmemPciConfig.CapabilityId.msix.value
MSIX_ENTRY_SIZE = 16
OFS_MSIX_CONTROL = 2  # inside the MSI-X capability
_MSIX_ENABLE = 1 << 15
_MSIX_FUNCTION_MASK = 1 << 14
#: The high half of the data word each MSI-X vector writes ("MS"); the low half is the vector.
MSI_DATA_TAG = 0x4D530000

# Where the driver places things in a q35 guest with 64 MiB of RAM.
DEFAULT_BAR0 = 0xFE000000
DEFAULT_BAR1 = 0xFE001000
DEFAULT_BAR2 = 1 << 32
DEFAULT_MSI_AREA = 0x200000


class IvshmemGuest:
    """The guest's view of one ivshmem device in a QEMU reached through qtest.

    :meth:`setup` must run first (the constructors in
    :mod:`qemuspec.ipc.ivshmem.qemu` do it).
    """

    def __init__(self, qtest: QtestClient, function: PciFunction | None = None, *, index: int = 0,
                 bar0: int = DEFAULT_BAR0, bar1: int = DEFAULT_BAR1, bar2: int = DEFAULT_BAR2,
                 msi_area: int = DEFAULT_MSI_AREA) -> None:
        self.qtest = qtest
        self.function = function or find(qtest, IVSHMEM_VENDOR_ID, IVSHMEM_DEVICE_ID, index=index)
        self.bar0, self.bar1, self.bar2 = bar0, bar1, bar2
        self.msi_area = msi_area
        self.shared_size = 0
        self.msix_offset: int | None = None
        self.num_vectors = 0

    def setup(self) -> "IvshmemGuest":
        """Place BAR0, BAR1 (doorbell only) and BAR2, enable memory decoding and bus mastering."""
        header = self.function.header()
        if not header.is_ivshmem:
            raise PeerError(f"{self.function!r} is not an ivshmem device")
        self.revision = header.revision_id
        self.config = header
        self.function.map_bar(0, self.bar0)
        self.msix_offset = self.function.capability_offset(_MSIX)
        if self.msix_offset is not None:
            self.function.map_bar(1, self.bar1)
            control = self.config.first_capability
            while control is not None and control.capability_id != IvshmemPciConfig.CapabilityId.msix:
                control = control.next
            self.num_vectors = control.body.control.num_vectors
        self.shared_size = self.function.map_bar(2, self.bar2).size
        self.function.enable(memory=True, bus_master=True)
        return self

    @property
    def is_doorbell(self) -> bool:
        """Whether the device has MSI-X (ivshmem-doorbell) rather than none (ivshmem-plain)."""
        return self.msix_offset is not None

    # -- registers ---------------------------------------------------------------------

    def read_register(self, offset: int) -> int:
        return self.qtest.mmio_read(self.bar0 + offset, 4)

    def write_register(self, offset: int, value: int) -> None:
        self.qtest.mmio_write(self.bar0 + offset, 4, value)

    def registers(self) -> bytes:
        """BAR0's 256 bytes, read register by register (reading clears interrupt status)."""
        return b"".join(self.read_register(o).to_bytes(4, "little") for o in range(0, 256, 4))

    def position(self) -> int:
        """IVPosition: this device's peer ID (signed: -1 means not set up on revision 0)."""
        return parse(IvshmemRegs, self.registers()).iv_position

    def ring(self, peer: int, vector: int = 0) -> None:
        """Write the doorbell: interrupt ``peer`` on ``vector``."""
        if not (0 <= peer <= 0xFFFF and 0 <= vector <= 0xFFFF):
            raise UsageError("peer and vector are 16-bit numbers")
        doorbell = IvshmemRegs.Doorbell()
        doorbell.vector, doorbell.peer_id = vector, peer
        self.write_register(_REG.doorbell.value, int.from_bytes(serialize(doorbell, 4), "little"))

    # -- shared memory --------------------------------------------------------------------

    def read_shared(self, offset: int, length: int) -> bytes:
        self._check_shared(offset, length)
        return self.qtest.mem_read(self.bar2 + offset, length)

    def write_shared(self, offset: int, data: bytes) -> None:
        self._check_shared(offset, len(data))
        self.qtest.mem_write(self.bar2 + offset, data)

    def _check_shared(self, offset: int, length: int) -> None:
        if offset < 0 or length < 0 or offset + length > self.shared_size:
            raise UsageError(f"{offset:#x}+{length:#x} is outside BAR2 ({self.shared_size:#x} bytes)")

    # -- MSI-X ---------------------------------------------------------------------------

    def msi_address(self, vector: int) -> int:
        """Where in guest RAM vector ``vector`` writes its message."""
        return self.msi_area + 4 * vector

    def enable_msix(self) -> None:
        """Point every vector's message at guest RAM (``msi_address``), unmask, enable MSI-X."""
        if self.msix_offset is None:
            raise UsageError("this ivshmem device has no MSI-X (ivshmem-plain)")
        for vector in range(self.num_vectors):
            entry = IvshmemPciConfig.MsixTableEntry()
            address = self.msi_address(vector)
            entry.address_low, entry.address_high = address & 0xFFFFFFFF, address >> 32
            entry.data, entry.vector_control = MSI_DATA_TAG | vector, 0
            raw = serialize(entry, MSIX_ENTRY_SIZE)
            for word in range(0, MSIX_ENTRY_SIZE, 4):
                self.qtest.mmio_write(self.bar1 + MSIX_ENTRY_SIZE * vector + word, 4,
                                      int.from_bytes(raw[word:word + 4], "little"))
            self.qtest.mem_write(address, bytes(4))
        control = self.function.read(self.msix_offset + OFS_MSIX_CONTROL, 2)
        control = (control | _MSIX_ENABLE) & ~_MSIX_FUNCTION_MASK
        self.function.write(self.msix_offset + OFS_MSIX_CONTROL, control, 2)

    def msi_fired(self, vector: int) -> bool:
        """Whether vector ``vector``'s message was written; clears it for the next time."""
        address = self.msi_address(vector)
        value = int.from_bytes(self.qtest.mem_read(address, 4), "little")
        if value == 0:
            return False
        if value != MSI_DATA_TAG | vector:
            raise PeerError(f"unexpected MSI data {value:#x} for vector {vector}")
        self.qtest.mem_write(address, bytes(4))
        return True

    def wait_msi(self, vector: int, timeout: float = 10.0) -> None:
        """Wait until vector ``vector`` fires; PeerError after ``timeout`` s."""
        deadline = time.monotonic() + timeout
        while not self.msi_fired(vector):
            if time.monotonic() > deadline:
                raise PeerError(f"MSI-X vector {vector} did not fire within {timeout} s")
            time.sleep(0.005)

    def fired_vectors(self) -> list[int]:
        """Every vector whose message was written since the last look (each is cleared)."""
        return [v for v in range(self.num_vectors) if self.msi_fired(v)]
