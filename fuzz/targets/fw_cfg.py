"""fw_cfg: the device model fed arbitrary register accesses and DMA descriptors.

The first byte picks the register map (x86 ports or Arm MMIO) and whether
DMA is on. Steps (``op % 4``): 0 a register read (space, offset around the
registers, size 1/2/4/8), 1 a register write of a value, 2 a guest write into
its memory (DMA descriptors and buffers), 3 a DMA descriptor address
written to the DMA register in one 8-byte or two 4-byte accesses. Guest
memory is one 64 KiB region in the middle of a larger buffer whose guard
bytes must never change: DMA goes only inside the memory it was given.
"""

from __future__ import annotations

import random
import struct

from qemuspec.firmware.fw_cfg import FwCfgDevice, X86_IOPORT, arm_mmio
from qemuspec.memory import GuestMemory

from ..harness import Target, Violation
from ..script import Reader, Writer, mutate_script

GPA = 0x10000
SIZE = 1 << 16
GUARD = 4096
MMIO = 0x9020000


class FwCfgTarget(Target):
    name = "fw_cfg"
    timeout = 10.0
    description = "FwCfgDevice: register reads/writes and DMA descriptors, guest memory with guard bytes"

    def seeds(self) -> list[bytes]:
        out = []
        for mode in (0, 1, 2):
            w = Writer().op(mode)
            w.op(1, 0, 0, 2, struct.pack("<Q", 0x19))                 # select the file directory
            for _ in range(6):
                w.op(0, 1, 0, 1, b"")
            # a DMA read of 64 bytes of the directory into guest memory, then a write to a writable file
            desc = struct.pack(">IIQ", (0x19 << 16) | 0x8 | 0x2, 64, GPA + 0x100)
            w.op(2, struct.pack("<H", 0x40), len(desc), desc)
            w.op(3, struct.pack("<H", 0x40), 0)
            desc2 = struct.pack(">IIQ", (0x20 << 16) | 0x8 | 0x10, 4, GPA + 0x200)
            w.op(2, struct.pack("<H", 0x80), len(desc2), desc2).op(3, struct.pack("<H", 0x80), 1)
            desc3 = struct.pack(">IIQ", 0x4, 1 << 31, GPA)            # a skip of 2 GiB
            w.op(2, struct.pack("<H", 0xC0), len(desc3), desc3).op(3, struct.pack("<H", 0xC0), 0)
            out.append(w.bytes())
        return out

    def mutate(self, data: bytes, rng: random.Random, corpus) -> bytes:
        return mutate_script(data, rng, corpus, set(), 4)

    def execute(self, data: bytes) -> str:
        r = Reader(data)
        mode = r.byte() % 3
        regs = X86_IOPORT if mode != 1 else arm_mmio(MMIO)
        backing = bytearray(b"\x5a" * (SIZE + 2 * GUARD))
        memory = GuestMemory()
        memory.add_region(GPA, memoryview(backing)[GUARD:GUARD + SIZE])
        device = FwCfgDevice(memory, registers=regs, dma=mode != 2)
        device.add_file("opt/fuzz/ro", bytes(range(256)) * 3)
        device.add_file("opt/fuzz/rw", bytearray(16), writable=True)
        device.add_item(0x8000, b"arch item")
        base = regs.selector if regs.space == "io" else regs.data
        steps = 0
        while r.more() and steps < 300:
            steps += 1
            op = r.byte() % 4
            if op in (0, 1):
                space_sel, offset, size = r.byte(), r.byte(), (1, 2, 4, 8)[r.byte() % 4]
                value = int.from_bytes(r.take(8).ljust(8, b"\0"), "little") % (1 << (8 * size))
                space = regs.space if space_sel % 8 else ("mmio" if regs.space == "io" else "io")
                addr = base - 4 + offset % 32
                if op == 0:
                    got = device.reg_read(space, addr, size)
                    if not 0 <= got < 1 << (8 * size):
                        raise Violation(f"a {size}-byte register read returned {got:#x}")
                else:
                    device.reg_write(space, addr, size, value)
            elif op == 2:
                at, length = r.u16(), r.byte()
                chunk = r.take(length)[:SIZE - at]
                memory.write(GPA + at, chunk)
            else:
                at, split = r.u16(), r.byte()
                desc = GPA + at if split < 200 else int.from_bytes(r.take(8).ljust(8, b"\0"), "little")
                dma = regs.dma
                if split % 2:
                    device.reg_write(regs.space, dma, 4, _be(desc >> 32, 4))
                    device.reg_write(regs.space, dma + 4, 4, _be(desc & 0xFFFFFFFF, 4))
                else:
                    device.reg_write(regs.space, dma, 8, _be(desc, 8))
        if backing[:GUARD] != b"\x5a" * GUARD or backing[GUARD + SIZE:] != b"\x5a" * GUARD:
            raise Violation("DMA wrote outside the guest memory it was given")
        return f"ok:{mode}:{steps.bit_length()}"


def _be(value: int, size: int) -> int:
    """The register value a little-endian guest writes so that the device sees ``value`` big-endian."""
    return int.from_bytes(value.to_bytes(size, "big"), "little")
