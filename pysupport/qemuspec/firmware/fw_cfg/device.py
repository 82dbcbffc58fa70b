"""A host-side model of QEMU's fw_cfg device.

:class:`FwCfgDevice` holds items (bytes at selector keys, and named files
listed in the file directory) and answers register accesses the way QEMU's
``hw/nvram/fw_cfg.c`` does: a selector write resets the data offset, data
reads return the next bytes and zeros past the end, data-register writes are
ignored, and the DMA interface reads its descriptor from guest memory,
selects, reads, writes or skips, and writes the control word back. A guest
access never raises: bad guest addresses and forbidden writes set the DMA
error bit, as the spec says.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

from ...errors import FormatError, UsageError
from ...formats.fw_cfg import FwCfg
from ...formats.fw_cfg_dma_access import FwCfgDmaAccess
from ...formats.fw_cfg_file_dir import FwCfgFileDir
from ...memory import GuestMemory, GuestMemoryError
from ...specs import parse, serialize
from .registers import X86_IOPORT, RegisterMap, bswap

__all__ = ["FwCfgDevice", "Item", "key_index"]

Key = FwCfg.Key

ARCH_LOCAL = 0x8000
WRITE_CHANNEL = 0x4000
ENTRY_MASK = 0x3FFF
INVALID = 0xFFFF
DMA_SIGNATURE = b"QEMU CFG"
FILE_NAME_SIZE = 56
FILE_ENTRY_SIZE = 64
DMA_ACCESS_SIZE = 16
FEATURE_TRADITIONAL = FwCfg.Features.traditional.value
FEATURE_DMA = FwCfg.Features.dma.value
USER_PREFIX = "opt/"
RESERVED_USER_PREFIXES = ("opt/ovmf/", "opt/org.qemu/")


def key_index(key: int) -> int:
    """The table slot of a key: the write bit dropped, the architecture bit kept."""
    return key & (ENTRY_MASK | ARCH_LOCAL)


@dataclass
class Item:
    data: bytearray
    writable: bool = False
    name: str | None = None


class FwCfgDevice:
    """fw_cfg as QEMU implements it, for a guest driver or a test to talk to.

    ``memory`` is the guest memory DMA transfers use (none: DMA descriptors
    always fail with the error bit). ``file_slots`` is the number of named
    items the device can hold (QEMU's ``x-file-slots``, 0x20 by default).
    """

    def __init__(
        self,
        memory: GuestMemory | None = None,
        *,
        registers: RegisterMap = X86_IOPORT,
        dma: bool = True,
        file_slots: int = 0x20,
    ) -> None:
        self.memory = memory
        self.registers = registers
        self.dma_enabled = dma
        self.file_slots = file_slots
        self._items: dict[int, Item] = {}
        self._files: dict[str, Item] = {}  # named items; keys follow from their order
        self._cur_entry = 0
        self._cur_offset = 0
        self._dma_addr = 0
        features = FEATURE_TRADITIONAL | (FEATURE_DMA if dma else 0)
        self.add_item(Key.signature, b"QEMU")
        self.add_item(Key.id, features.to_bytes(4, "little"))
        self._rebuild_directory()

    # -- items -----------------------------------------------------------

    @property
    def max_entry(self) -> int:
        return Key.file_first.value + self.file_slots

    def add_item(self, key: int, data: bytes | str, *, writable: bool = False) -> None:
        """Put ``data`` at selector ``key`` (a str is stored with a trailing NUL)."""
        if isinstance(data, str):
            data = data.encode() + b"\0"
        if (int(key) & ENTRY_MASK) >= self.max_entry:
            raise UsageError(f"key {int(key):#06x} is beyond the last slot {self.max_entry - 1:#06x}")
        self._items[key_index(int(key))] = Item(bytearray(data), writable)

    def add_file(self, name: str, data: bytes | str | Path, *, writable: bool = False) -> int:
        """Add a named item and list it in the directory; return its selector key.

        ``data`` is bytes, a str (stored without a NUL, as ``-fw_cfg
        name=...,string=...`` does) or a Path whose contents are read. Names
        outside ``opt/``, or in the prefixes reserved for OVMF and QEMU, get
        a warning, as QEMU gives one.
        """
        if isinstance(data, Path):
            data = data.read_bytes()
        elif isinstance(data, str):
            data = data.encode()
        if not name.isascii() or not 0 < len(name) < FILE_NAME_SIZE:
            raise UsageError(f"fw_cfg file name {name!r} must be 1..{FILE_NAME_SIZE - 1} ASCII characters")
        if name in self._files:
            raise UsageError(f"duplicate fw_cfg file name {name!r}")
        if len(self._files) >= self.file_slots:
            raise UsageError(f"no free fw_cfg file slot for {name!r} ({self.file_slots} in use)")
        if not name.startswith(USER_PREFIX):
            warnings.warn(f"fw_cfg name {name!r} does not start with {USER_PREFIX!r}; "
                          "such names are not reserved for users", stacklevel=2)
        elif name.startswith(RESERVED_USER_PREFIXES):
            warnings.warn(f"fw_cfg name {name!r} uses a prefix reserved for firmware or QEMU", stacklevel=2)
        self._files[name] = Item(bytearray(data), writable, name)
        self._assign_file_keys()
        return self.file_key(name)

    def _assign_file_keys(self) -> None:
        for name, key in self._file_keys():
            self._items[key] = self._files[name]
        self._rebuild_directory()

    def _file_keys(self) -> list[tuple[str, int]]:
        """Files are listed sorted by name (as QEMU does) and take keys in that order."""
        names = sorted(self._files, key=str.encode)
        return [(name, Key.file_first.value + i) for i, name in enumerate(names)]

    def item(self, key: int) -> Item | None:
        return self._items.get(key_index(int(key)))

    def file_key(self, name: str) -> int:
        """The selector key of the file ``name`` (KeyError if there is none)."""
        return dict(self._file_keys())[name]

    def directory_blob(self) -> bytes:
        return bytes(self._items[Key.file_dir.value].data)

    def _rebuild_directory(self) -> None:
        directory = FwCfgFileDir()
        directory.num_files = len(self._files)
        directory.files = []
        for name, key in self._file_keys():
            entry = FwCfgFileDir.FileEntry(None, directory, directory)
            entry.len_file = len(self._items[key].data)
            entry.select = key
            entry.reserved = 0
            entry.name = name
            directory.files.append(entry)
        blob = serialize(directory, 4 + FILE_ENTRY_SIZE * len(self._files))
        self._items[Key.file_dir.value] = Item(bytearray(blob))

    # -- the device's state machine ----------------------------------------

    def select(self, key: int) -> None:
        self._cur_offset = 0
        key &= 0xFFFF
        self._cur_entry = INVALID if (key & ENTRY_MASK) >= self.max_entry else key

    def _current(self) -> Item | None:
        return None if self._cur_entry == INVALID else self._items.get(key_index(self._cur_entry))

    def data_read(self, size: int) -> int:
        """The next ``size`` bytes as QEMU returns them: first byte most significant."""
        item = self._current()
        value = 0
        remaining = size
        if item is not None and self._cur_offset < len(item.data):
            while remaining and self._cur_offset < len(item.data):
                value = (value << 8) | item.data[self._cur_offset]
                self._cur_offset += 1
                remaining -= 1
            value <<= 8 * remaining
        return value

    def dma_transfer(self, desc_addr: int) -> None:
        """Run the transfer described at ``desc_addr``; write its control word back."""
        if self.memory is None:
            return
        try:
            desc = parse(FwCfgDmaAccess, self.memory.read(desc_addr, DMA_ACCESS_SIZE))
        except (GuestMemoryError, FormatError):
            self._dma_write_control(desc_addr, error=True)
            return
        control, length, address = desc.control, desc.len_data, desc.address
        if control.op_select:
            self.select(int(control.selector))
        read, write = control.op_read, (control.op_write and not control.op_read)
        if not (control.op_read or control.op_write or control.op_skip):
            length = 0
        error = False
        item = self._current()
        while length > 0 and not error:
            if item is None or self._cur_offset >= len(item.data):
                chunk = length
                if read:
                    error = not self._guest(self.memory.fill, address, 0, chunk)
                elif write:
                    error = True
            else:
                chunk = min(length, len(item.data) - self._cur_offset)
                start = self._cur_offset
                if read:
                    error = not self._guest(self.memory.write, address, bytes(item.data[start:start + chunk]))
                elif write:
                    if not item.writable or chunk != length:
                        error = True
                    else:
                        data = self._guest(self.memory.read, address, chunk)
                        if data is None:
                            error = True
                        else:
                            item.data[start:start + chunk] = data
                self._cur_offset += chunk
            address += chunk
            length -= chunk
        self._dma_write_control(desc_addr, error=error)

    @staticmethod
    def _guest(operation, *args):
        try:
            result = operation(*args)
        except GuestMemoryError:
            return None
        return True if result is None else result

    def _dma_write_control(self, desc_addr: int, *, error: bool) -> None:
        control = FwCfgDmaAccess.ControlWord()
        control.selector = 0
        control.reserved = 0
        control.op_write = control.op_select = control.op_skip = control.op_read = False
        control.error = error
        self._guest(self.memory.write, desc_addr, serialize(control, 4))

    # -- registers, as the bus sees them ------------------------------------
    #
    # Like QEMU's memory core: an access inside one register region goes to
    # that region if the region accepts its size (else reads give 0 and
    # writes are dropped); an access that crosses regions is split into
    # bytes; bytes where no register is read as 0xff on port I/O and 0 on
    # MMIO.

    def _regions(self) -> list[tuple[int, int, str]]:
        regs = self.registers
        if regs.space == "io":
            regions = [(regs.selector, 2, "comb")]
        else:
            regions = [(regs.data, 8, "data"), (regs.selector, 2, "ctl")]
        if self.dma_enabled:
            regions.append((regs.dma, 8, "dma"))
        return regions

    def _region_at(self, addr: int) -> tuple[int, int, str] | None:
        for region in self._regions():
            if region[0] <= addr < region[0] + region[1]:
                return region
        return None

    def reg_read(self, space: str, addr: int, size: int) -> int:
        if space != self.registers.space:
            return 0
        region = self._region_at(addr)
        if region is None or addr + size > region[0] + region[1]:
            if size == 1:
                return 0xFF if space == "io" and region is None else self._region_read(region, addr, 1)
            return sum(self.reg_read(space, addr + i, 1) << (8 * i) for i in range(size))
        return self._region_read(region, addr, size)

    def _region_read(self, region, addr: int, size: int) -> int:
        if region is None:
            return 0
        base, _, kind = region
        if kind == "comb":
            return self.data_read(1) if size == 1 else 0
        if kind == "data":
            return bswap(self.data_read(size), size)
        if kind == "dma":
            offset = addr - base
            return bswap(int.from_bytes(DMA_SIGNATURE[offset:offset + size], "big"), size)
        return 0  # the MMIO selector is write-only

    def reg_write(self, space: str, addr: int, size: int, value: int) -> None:
        if space != self.registers.space:
            return
        region = self._region_at(addr)
        if region is None or addr + size > region[0] + region[1]:
            if size > 1:
                for i in range(size):
                    self.reg_write(space, addr + i, 1, (value >> (8 * i)) & 0xFF)
            return
        base, _, kind = region
        if kind == "comb" and size == 2:
            self.select(value)
        elif kind == "ctl" and size == 2:
            self.select(bswap(value, 2))
        elif kind == "dma" and self._dma_access_valid(addr - base, size):
            value = bswap(value, size)
            if size == 8:
                self._dma_addr = value
            elif addr == base:
                self._dma_addr = value << 32
                return
            else:
                self._dma_addr |= value
            desc_addr, self._dma_addr = self._dma_addr, 0
            self.dma_transfer(desc_addr)
        # one-byte data writes are ignored since QEMU 2.4; other sizes are invalid

    @staticmethod
    def _dma_access_valid(offset: int, size: int) -> bool:
        return (size == 4 and offset in (0, 4)) or (size == 8 and offset == 0)
