"""A guest-side fw_cfg driver, over any :class:`~.registers.Bus`.

It does what firmware does: check the signature, read the feature bitmap,
list the file directory and read items by key or by name, through the
traditional selector/data registers or through DMA. The bus is either our
device model (:class:`ModelBus`) or a real QEMU through qtest
(:class:`qemuspec.qtest.QtestBus`), so the same code checks both.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...errors import FormatError, UsageError
from ...formats.fw_cfg import FwCfg
from ...formats.fw_cfg_dma_access import FwCfgDmaAccess
from ...formats.fw_cfg_file_dir import FwCfgFileDir
from ...memory import GuestMemory
from ...specs import parse, serialize
from .device import DMA_ACCESS_SIZE, DMA_SIGNATURE, ENTRY_MASK, FILE_ENTRY_SIZE, FwCfgDevice
from .registers import X86_IOPORT, Bus, RegisterMap, bswap

__all__ = ["FwCfgDriver", "ModelBus", "DmaResult", "FileInfo"]

Key = FwCfg.Key
MAX_FILES = ENTRY_MASK + 1  # no table has more slots than a selector can name


class ModelBus:
    """A :class:`~.registers.Bus` onto our own device model and guest memory."""

    def __init__(self, device: FwCfgDevice, memory: GuestMemory) -> None:
        self.device = device
        self.memory = memory

    def reg_read(self, space: str, addr: int, size: int) -> int:
        return self.device.reg_read(space, addr, size)

    def reg_write(self, space: str, addr: int, size: int, value: int) -> None:
        self.device.reg_write(space, addr, size, value)

    def mem_read(self, addr: int, length: int) -> bytes:
        return self.memory.read(addr, length)

    def mem_write(self, addr: int, data: bytes) -> None:
        self.memory.write(addr, data)


@dataclass(frozen=True)
class FileInfo:
    name: str
    select: int
    size: int


@dataclass(frozen=True)
class DmaResult:
    control: int
    data: bytes = b""

    @property
    def error(self) -> bool:
        return bool(self.control & 1)


class FwCfgDriver:
    """Talks to fw_cfg over ``bus`` at the registers of ``registers``.

    DMA transfers place their descriptor at ``scratch`` in guest memory and
    their data right after it, in chunks of at most ``scratch_size - 16``
    bytes; that memory must exist and be free for the driver to use.
    """

    def __init__(
        self,
        bus: Bus,
        registers: RegisterMap = X86_IOPORT,
        *,
        scratch: int = 0x10000,
        scratch_size: int = 0x10000,
    ) -> None:
        if scratch_size <= DMA_ACCESS_SIZE:
            raise UsageError("the DMA scratch area must be larger than one descriptor")
        self.bus = bus
        self.regs = registers
        self.scratch = scratch
        self.chunk = scratch_size - DMA_ACCESS_SIZE

    # -- traditional interface ---------------------------------------------

    def select(self, key: int) -> None:
        value = bswap(key, 2) if self.regs.selector_big_endian else key
        self.bus.reg_write(self.regs.space, self.regs.selector, 2, value)

    def read_data(self, length: int) -> bytes:
        """``length`` bytes from the data register, one byte per access."""
        read = self.bus.reg_read
        return bytes(read(self.regs.space, self.regs.data, 1) for _ in range(length))

    def read(self, key: int, length: int) -> bytes:
        """Select ``key`` and read ``length`` bytes the traditional way."""
        self.select(key)
        return self.read_data(length)

    # -- DMA interface -----------------------------------------------------

    def dma_signature(self) -> bytes:
        """The 8 bytes of the DMA address register ("QEMU CFG" when DMA exists)."""
        out = b""
        for offset in (0, 4):
            value = self.bus.reg_read(self.regs.space, self.regs.dma + offset, 4)
            out += bswap(value, 4).to_bytes(4, "big")
        return out

    def descriptor(self, *, select: int | None = None, read: bool = False, write: bool = False,
                   skip: bool = False, length: int = 0, address: int | None = None) -> bytes:
        """The 16 bytes of an FWCfgDmaAccess (data at the scratch buffer by default)."""
        desc = FwCfgDmaAccess()
        control = FwCfgDmaAccess.ControlWord(None, desc, desc)
        control.selector = select or 0
        control.reserved = 0
        control.op_select = select is not None
        control.op_read, control.op_write, control.op_skip, control.error = read, write, skip, False
        desc.control = control
        desc.len_data = length
        desc.address = self.scratch + DMA_ACCESS_SIZE if address is None else address
        return serialize(desc, DMA_ACCESS_SIZE)

    def start_dma(self, desc_addr: int) -> None:
        """Write ``desc_addr`` to the DMA address register: high half, then low half."""
        self.bus.reg_write(self.regs.space, self.regs.dma, 4, bswap(desc_addr >> 32, 4))
        self.bus.reg_write(self.regs.space, self.regs.dma + 4, 4, bswap(desc_addr & 0xFFFFFFFF, 4))

    def dma(self, **operation) -> int:
        """Run one DMA transfer (see :meth:`descriptor`); return the control word read back."""
        self.bus.mem_write(self.scratch, self.descriptor(**operation))
        self.start_dma(self.scratch)
        back = parse(FwCfgDmaAccess, self.bus.mem_read(self.scratch, DMA_ACCESS_SIZE))
        return int.from_bytes(serialize(back.control, 4), "big")

    def dma_read(self, key: int | None, length: int) -> DmaResult:
        """Read ``length`` bytes by DMA, selecting ``key`` first unless it is None."""
        out = bytearray()
        select = key
        control = 0
        while True:
            n = min(self.chunk, length - len(out))
            control = self.dma(select=select, read=True, length=n)
            select = None
            if control & 1:
                break
            out += self.bus.mem_read(self.scratch + DMA_ACCESS_SIZE, n) if n else b""
            if len(out) >= length:
                break
        return DmaResult(control, bytes(out))

    def dma_skip(self, length: int, key: int | None = None) -> DmaResult:
        return DmaResult(self.dma(select=key, skip=True, length=length))

    def dma_write(self, key: int | None, data: bytes) -> DmaResult:
        """Write ``data`` at the current offset of ``key`` (the device decides if it may)."""
        if len(data) > self.chunk:
            raise UsageError(f"a DMA write of {len(data)} bytes does not fit the scratch area")
        self.bus.mem_write(self.scratch + DMA_ACCESS_SIZE, data)
        return DmaResult(self.dma(select=key, write=True, length=len(data)))

    # -- items -------------------------------------------------------------

    def signature(self) -> bytes:
        return self.read(Key.signature, 4)

    def features(self) -> FwCfg.IdItem:
        return parse(FwCfg.IdItem, self.read(Key.id, 4))

    def directory_blob(self, *, dma: bool = False) -> bytes:
        """The raw file directory, its count bounded before anything is read."""
        head = self._read_item(Key.file_dir, 4, dma)
        count = int.from_bytes(head, "big")
        if count > MAX_FILES:
            raise FormatError(f"directory claims {count} files", structure="fw_cfg_file_dir",
                              field="num_files", expected=f"at most {MAX_FILES}")
        return self._read_item(Key.file_dir, 4 + FILE_ENTRY_SIZE * count, dma)

    def directory(self, *, dma: bool = False) -> list[FileInfo]:
        parsed = parse(FwCfgFileDir, self.directory_blob(dma=dma))
        return [FileInfo(f.name, f.select, f.len_file) for f in parsed.files]

    def read_file(self, name: str, *, dma: bool = False) -> bytes:
        for info in self.directory(dma=dma):
            if info.name == name:
                return self._read_item(info.select, info.size, dma)
        raise UsageError(f"no fw_cfg file named {name!r}")

    def _read_item(self, key: int, length: int, dma: bool) -> bytes:
        if not dma:
            return self.read(key, length)
        result = self.dma_read(key, length)
        if result.error:
            raise FormatError(f"DMA read of key {int(key):#06x} failed", structure="fw_cfg_dma_access",
                              field="control", offset=None, expected="error bit clear")  # in guest memory
        return result.data

    def has_dma(self) -> bool:
        return self.features().dma and self.dma_signature() == DMA_SIGNATURE
