"""A model of the ivshmem device's BAR0 registers, as QEMU answers a guest.

:class:`IvshmemDevice` keeps the interrupt mask and status, IVPosition and
the doorbell, with revision 1 (QEMU 2.6 and later) or revision 0
behaviour, and with MSI-X (ivshmem-doorbell) or the legacy INTx line. It
rings peers through a :class:`Doorbell` - usually one of our ivshmem
clients - and takes interrupts from its own vectors through
:meth:`IvshmemDevice.interrupt`.

Register offsets come from ``ksy/ivshmem_regs.ksy`` (its ``offsets`` enum);
the register block can be dumped with :meth:`IvshmemDevice.snapshot` as the
bytes ``ivshmem_regs`` parses.
"""

from __future__ import annotations

from typing import Callable, Protocol

from ...errors import UsageError
from ...formats.ivshmem_regs import IvshmemRegs
from ...specs import serialize

__all__ = ["IvshmemDevice", "Doorbell", "BAR0_SIZE"]

_Offsets = IvshmemRegs.Offsets
INTRMASK = _Offsets.interrupt_mask.value
INTRSTATUS = _Offsets.interrupt_status.value
IVPOSITION = _Offsets.iv_position.value
DOORBELL = _Offsets.doorbell.value
#: Size of the register BAR.
BAR0_SIZE = 256
_REGISTER_ALIGN = 0xFC  # QEMU drops the low two address bits of a write


class Doorbell(Protocol):
    """Where the device's doorbell writes go: our clients have this method."""

    def try_ring(self, peer: int, vector: int) -> bool: ...


class IvshmemDevice:
    """BAR0 of one ivshmem device.

    ``revision`` is 1 (current) or 0 (before QEMU 2.6). ``msix`` selects
    ivshmem-doorbell's MSI-X interrupts; without it, a device with
    ``interrupts`` uses INTx through the mask and status registers (only
    revision 0 devices did). ``interrupts`` is False for ivshmem-plain,
    which has no doorbell at all. ``on_msix(vector)`` is called when an own
    vector fires with MSI-X enabled; ``on_irq(level)`` when the INTx level
    changes.
    """

    def __init__(self, *, revision: int = 1, interrupts: bool = True, msix: bool = True,
                 doorbell: Doorbell | None = None, on_msix: Callable[[int], None] | None = None,
                 on_irq: Callable[[bool], None] | None = None) -> None:
        if revision not in (0, 1):
            raise UsageError(f"ivshmem revision is 0 or 1, not {revision}")
        self.revision = revision
        self.interrupts = interrupts
        self.msix = msix and interrupts
        self.doorbell = doorbell
        self.on_msix = on_msix
        self.on_irq = on_irq
        self.msix_enabled = False
        self.intrmask = 0
        self.intrstatus = 0
        self.irq_level = False
        self._id: int | None = None  # None: the server has not finished the setup
        self.pending: set[int] = set()

    # -- setup ----------------------------------------------------------------------

    def attach(self, client) -> None:
        """Use one of our clients as the doorbell, with its ID as IVPosition."""
        self.doorbell = client
        self.set_up(client.id)

    def set_up(self, position: int) -> None:
        """The server gave the device ID ``position`` and the shared memory."""
        if not 0 <= position <= 0xFFFF:
            raise UsageError(f"an ivshmem ID is 0..65535, not {position}")
        self._id = position

    def reset(self) -> None:
        """A device reset: mask and status clear, MSI-X off; the ID stays."""
        self.intrmask = self.intrstatus = 0
        self.msix_enabled = False
        self.pending.clear()
        self._update_irq()

    @property
    def set_up_done(self) -> bool:
        return self._id is not None

    @property
    def iv_position(self) -> int:
        """What IVPosition reads: 0 without interrupts; -1 on revision 0 before setup."""
        if not self.interrupts:
            return 0
        if self._id is None:
            return -1 if self.revision == 0 else 0
        return self._id

    # -- guest accesses --------------------------------------------------------------

    def read(self, offset: int, size: int = 4) -> int:
        """A guest read of ``size`` bytes at ``offset`` in BAR0 (unknown offsets read 0).

        As in QEMU, an access wider than 4 bytes or not aligned to its size
        is split into aligned pieces of at most 4 bytes, low address first.
        """
        _check_access(offset, size)
        pieces = _pieces(offset, size)
        if len(pieces) > 1:
            value = 0
            for piece_offset, piece_size in pieces:
                value |= self.read(piece_offset, piece_size) << 8 * (piece_offset - offset)
            return value
        if offset == INTRMASK:
            value = self.intrmask
        elif offset == INTRSTATUS:
            value = self.intrstatus
            self.intrstatus = 0  # reading the status clears it
            self._update_irq()
        elif offset == IVPOSITION:
            value = self.iv_position & 0xFFFFFFFF
        else:
            value = 0  # the doorbell is write-only, the rest reserved
        return value & ((1 << (8 * size)) - 1)

    def write(self, offset: int, value: int, size: int = 4) -> None:
        """A guest write. QEMU takes a write of 1 or 2 bytes as a write of that
        (unshifted) value to the whole register holding ``offset``; wide or
        unaligned writes are split as in :meth:`read`."""
        _check_access(offset, size)
        value &= (1 << (8 * size)) - 1
        pieces = _pieces(offset, size)
        if len(pieces) > 1:
            for piece_offset, piece_size in pieces:
                shift = 8 * (piece_offset - offset)
                self.write(piece_offset, (value >> shift) & ((1 << 8 * piece_size) - 1), piece_size)
            return
        register = offset & _REGISTER_ALIGN
        if register == INTRMASK:
            self.intrmask = value
            self._update_irq()
        elif register == INTRSTATUS:
            self.intrstatus = value
            self._update_irq()
        elif register == DOORBELL:
            self._ring(peer=value >> 16, vector=value & 0xFFFF)

    # -- interrupts ---------------------------------------------------------------------

    def interrupt(self, vector: int) -> None:
        """One of this device's own vectors fired (its eventfd became readable)."""
        if not self.interrupts:
            return
        if self.msix:
            if self.msix_enabled and self.on_msix is not None:
                self.on_msix(vector)
            elif not self.msix_enabled:
                self.pending.add(vector)
            return
        self.intrstatus = 1  # legacy INTx: status bit 0, no vector number
        self._update_irq()

    def snapshot(self) -> bytes:
        """The 256 bytes a guest would read from BAR0 (without the side effect on status)."""
        regs = IvshmemRegs()
        for name, value in (("interrupt_mask", self.intrmask), ("interrupt_status", self.intrstatus)):
            bits = IvshmemRegs.InterruptBits(_parent=regs, _root=regs)
            bits.peer_interrupt = bool(value & 1)
            bits.reserved = value >> 1
            setattr(regs, name, bits)
        regs.iv_position = self.iv_position
        doorbell = IvshmemRegs.Doorbell(_parent=regs, _root=regs)
        doorbell.vector = doorbell.peer_id = 0
        regs.doorbell = doorbell
        regs.reserved = bytes(BAR0_SIZE - 16)
        return serialize(regs, BAR0_SIZE)

    def _ring(self, peer: int, vector: int) -> None:
        if not self.interrupts or self._id is None or self.doorbell is None:
            return  # no interrupts, or setup not complete: the write is ignored
        # QEMU matches the whole value against its ioeventfds (one per connected
        # vector); a value that matches none is handled with only the low 8 bits
        # of the vector, so vector 0x101 rings vector 1.
        if not self.doorbell.try_ring(peer, vector) and vector > 0xFF:
            self.doorbell.try_ring(peer, vector & 0xFF)

    def _update_irq(self) -> None:
        # Only a device without MSI-X and with an interrupt pin uses INTx.
        level = self.interrupts and not self.msix and bool(self.intrstatus & self.intrmask)
        if level != self.irq_level:
            self.irq_level = level
            if self.on_irq is not None:
                self.on_irq(level)


def _pieces(offset: int, size: int) -> list[tuple[int, int]]:
    """Split an access into aligned pieces of at most 4 bytes, as QEMU's memory core does."""
    pieces = []
    end = offset + size
    while offset < end:
        piece = 4
        while piece > end - offset or offset % piece:
            piece //= 2
        pieces.append((offset, piece))
        offset += piece
    return pieces


def _check_access(offset: int, size: int) -> None:
    if size not in (1, 2, 4, 8) or not 0 <= offset <= BAR0_SIZE - size:
        raise UsageError(f"a BAR0 access is 1, 2, 4 or 8 bytes inside {BAR0_SIZE} bytes, not {size} at {offset:#x}")
