"""A tiny guest program that makes hypercalls for the host, driven through qtest.

qtest can read and write a pseries guest's memory but cannot make
hypercalls; only guest code can (``sc 1``). :func:`agent_firmware` builds a
firmware image (loaded with ``-bios``; QEMU starts it at 0x100 in real mode,
big-endian, r3 pointing at the device tree it wrote into guest memory) that:

1. stores its entry r3 (the device tree's address) in the mailbox,
2. waits until the command word of the mailbox is non-zero,
3. loads r3..r12 from the mailbox (a ``spapr::hcall_registers`` image),
   runs ``sc 1`` and stores r3..r12 back,
4. clears the command word and waits again.

:class:`HcallAgent` drives it: it writes the registers with the generated
writer, rings the command word and polls until the guest clears it. The
machine must run (no ``-S``); QEMU's TCG runs the loop.

Mailbox at :data:`MAILBOX`: +0 command word, +8 the ten registers, +88 the
entry r3 (all 64-bit big-endian).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Sequence

from ..errors import FormatError, PeerError, UsageError
from ..formats.spapr import Spapr
from ..specs import parse, serialize

__all__ = ["MAILBOX", "agent_firmware", "HcallAgent", "HcallResult", "cas_vectors", "ov5_bits"]

MAILBOX = 0x7000
_REGS = MAILBOX + 8
_BOOT_R3 = MAILBOX + 88
_ENTRY = 0x100
_FIRMWARE_SIZE = 0x8000
_BASE = 20  # the register that holds the mailbox address
_ACK = 0x600D  # written to _BOOT_R3 + 8 once the agent runs


# -- a few Power ISA instruction encodings (big-endian words) ---------------

def _d_form(opcode: int, rt: int, ra: int, imm: int) -> int:
    return opcode << 26 | rt << 21 | ra << 16 | imm & 0xFFFF


def _ds_form(opcode: int, rt: int, ra: int, disp: int, xo: int) -> int:
    return opcode << 26 | rt << 21 | ra << 16 | disp & 0xFFFC | xo


def _lis(rt: int, imm: int) -> int:
    return _d_form(15, rt, 0, imm)        # addis rt, 0, imm


def _ori(ra: int, rs: int, imm: int) -> int:
    return _d_form(24, rs, ra, imm)       # ori ra, rs, imm


def _li(rt: int, imm: int) -> int:
    return _d_form(14, rt, 0, imm)        # addi rt, 0, imm


def _ld(rt: int, disp: int, ra: int) -> int:
    return _ds_form(58, rt, ra, disp, 0)  # ld rt, disp(ra)


def _std(rs: int, disp: int, ra: int) -> int:
    return _ds_form(62, rs, ra, disp, 0)  # std rs, disp(ra)


def _cmpdi(ra: int, imm: int) -> int:
    return 11 << 26 | 1 << 21 | ra << 16 | imm & 0xFFFF  # cmpi cr0, L=1, ra, imm


def _beq(offset: int) -> int:
    return 16 << 26 | 12 << 21 | 2 << 16 | offset & 0xFFFC  # bc 12, cr0.eq, offset


def _b(offset: int) -> int:
    return 18 << 26 | offset & 0x3FFFFFC


_SC_1 = 0x44000022  # sc 1: hypercall


def agent_firmware() -> bytes:
    """The -bios image of the agent (32 KiB, code at 0x100)."""
    base = MAILBOX - 0  # mailbox address, below 64 KiB
    code = [_lis(_BASE, base >> 16), _ori(_BASE, _BASE, base & 0xFFFF),
            _std(3, 88, _BASE),                       # entry r3: the device tree address
            _li(10, _ACK), _std(10, 96, _BASE)]       # tell the host the agent runs
    loop = len(code)
    code += [_ld(10, 0, _BASE), _cmpdi(10, 0)]
    code.append(_beq((loop - len(code)) * 4))
    code += [_ld(r, 8 * (r - 2), _BASE) for r in range(3, 13)]
    code.append(_SC_1)
    code += [_std(r, 8 * (r - 2), _BASE) for r in range(3, 13)]
    code += [_li(10, 0), _std(10, 0, _BASE)]
    code.append(_b((loop - len(code)) * 4))
    image = bytearray(_FIRMWARE_SIZE)
    body = b"".join(word.to_bytes(4, "big") for word in code)
    image[_ENTRY:_ENTRY + len(body)] = body
    return bytes(image)


@dataclass(frozen=True)
class HcallResult:
    """What a hypercall returned: the status (r3) and r4..r12."""

    status: int
    outputs: list[int]


class HcallAgent:
    """Make hypercalls through the agent firmware running in a pseries guest."""

    def __init__(self, client, *, timeout: float = 30.0) -> None:
        self.client = client
        self.timeout = timeout
        self._wait(lambda: self.client.mmio_read(_BOOT_R3 + 8, 8) == _ACK, "the agent to start")

    def _wait(self, done, what: str) -> None:
        deadline = time.monotonic() + self.timeout
        delay = 0.0002
        while not done():
            if time.monotonic() > deadline:
                raise PeerError(f"timed out waiting for {what} (is the guest running the agent firmware?)")
            time.sleep(delay)
            delay = min(delay * 2, 0.01)

    @property
    def boot_fdt_address(self) -> int:
        """Where QEMU put the device tree it handed the guest at reset (the entry r3)."""
        return self.client.mmio_read(_BOOT_R3, 8)

    def boot_fdt(self) -> bytes:
        """The device tree QEMU wrote into guest memory at reset."""
        addr = self.boot_fdt_address
        header = self.client.mem_read(addr, 8)
        if header[:4] != b"\xd0\x0d\xfe\xed":
            raise FormatError("no device tree at the entry r3", structure="dtb", offset=addr)
        size = int.from_bytes(header[4:], "big")
        if not 40 <= size <= 1 << 24:
            raise FormatError(f"device tree size {size}", structure="dtb", field="len_total", offset=addr + 4,
                              expected="40 bytes to 16 MiB")
        return self.client.mem_read(addr, size)

    def call(self, opcode: int, *args: int) -> HcallResult:
        """Run hypercall ``opcode`` with up to nine arguments (r4..r12)."""
        if len(args) > 9:
            raise UsageError("a hypercall takes at most nine register arguments")
        regs = Spapr.HcallRegisters()
        regs.r3 = int(opcode)
        regs.args = [a & (1 << 64) - 1 for a in args] + [0] * (9 - len(args))
        self.client.mem_write(_REGS, serialize(regs, 80))
        self.client.mmio_write(MAILBOX, 8, 1)
        self._wait(lambda: self.client.mmio_read(MAILBOX, 8) == 0, f"hypercall {int(opcode):#x}")
        back = parse(Spapr.HcallRegisters, self.client.mem_read(_REGS, 80))
        return HcallResult(back.r3, list(back.args))

    def logical_memop(self, destination: int, source: int, element_size: int, count: int,
                      operation: int) -> int:
        """H_LOGICAL_MEMOP; returns the hypercall status."""
        return self.call(Spapr.Hcall.h_logical_memop, destination, source, element_size, count, operation).status

    def client_architecture_support(self, vectors: bytes, *, vectors_addr: int = 0x30000,
                                    buffer_addr: int = 0x40000, buffer_size: int = 0x100000) -> tuple[int, bytes]:
        """H_CAS with ``vectors`` (see :func:`cas_vectors`); the status and the device tree QEMU wrote.

        QEMU writes a 4-byte header, then the renegotiated tree, at ``buffer_addr``.
        """
        self.client.mem_write(vectors_addr, vectors)
        status = self.call(Spapr.Hcall.h_cas, vectors_addr, buffer_addr, buffer_size).status
        if status != Spapr.HcallStatus.success:
            return status, b""
        header = self.client.mem_read(buffer_addr + 4, 8)
        size = int.from_bytes(header[4:], "big")
        if header[:4] != b"\xd0\x0d\xfe\xed" or not 40 <= size <= buffer_size - 4:
            raise FormatError("H_CAS wrote no device tree", structure="dtb", offset=buffer_addr + 4)
        return status, self.client.mem_read(buffer_addr + 4, size)


def ov5_bits(*, drconf_memory: bool = False, dynamic_memory_v2: bool = False,
             hotplug_events: bool = False, length: int = 24) -> bytes:
    """Option vector 5 bytes asking for the sPAPR hotplug features (byte 1 first)."""
    data = bytearray(length)
    if drconf_memory:
        data[1] |= 0x20        # byte 2, bit 2: ibm,dynamic-reconfiguration-memory
    if hotplug_events:
        data[5] |= 0x04        # byte 6, bit 5: the dedicated hotplug event source
    if dynamic_memory_v2:
        data[21] |= 0x80       # byte 22, bit 0: ibm,dynamic-memory-v2
    return bytes(data)


def cas_vectors(pvrs: Sequence[tuple[int, int]], vectors: Sequence[bytes]) -> bytes:
    """The client-architecture-support argument: (mask, pvr) pairs, then option vectors 1..n."""
    if not vectors or any(not 1 <= len(v) <= 256 for v in vectors) or len(vectors) > 256:
        raise UsageError("give 1 to 256 option vectors of 1 to 256 bytes each")
    table = Spapr.CasVectors()
    entries = []
    for mask, pvr in [*pvrs, (0, 0xFFFFFFFF)]:
        entry = Spapr.PvrEntry(None, table, table._root)
        entry.mask, entry.pvr = mask, pvr
        entries.append(entry)
    table.pvrs = entries
    table.num_vectors_minus_one = len(vectors) - 1
    table.vectors = []
    for data in vectors:
        vector = Spapr.OptionVector(None, table, table._root)
        vector.len_data_minus_one, vector.data = len(data) - 1, bytes(data)
        table.vectors.append(vector)
    return serialize(table, 8 * len(entries) + 1 + sum(1 + len(v) for v in vectors))
