"""The BAR0 register model: revision 0 and 1 behaviour, INTx, MSI-X, the doorbell."""

from __future__ import annotations

import pytest

from qemuspec.errors import UsageError
from qemuspec.ipc.ivshmem.device import DOORBELL, INTRMASK, INTRSTATUS, IVPOSITION, IvshmemDevice


class Recorder:
    """A doorbell that knows peers 0 and 1 (two vectors) and 4 (one vector)."""

    def __init__(self):
        self.rung = []

    def try_ring(self, peer, vector):
        ok = vector < {0: 2, 1: 2, 4: 1}.get(peer, 0)
        if ok:
            self.rung.append((peer, vector))
        return ok


def test_revision_1_position_and_reset_values():
    device = IvshmemDevice()
    assert [device.read(o) for o in (INTRMASK, INTRSTATUS, IVPOSITION, DOORBELL)] == [0, 0, 0, 0]
    device.set_up(42)
    assert device.read(IVPOSITION) == 42
    assert device.read(IVPOSITION, 2) == 42 and device.read(IVPOSITION + 1, 1) == 0  # exact offsets only
    assert device.read(0x80) == 0  # reserved


def test_revision_0_position_is_minus_one_until_set_up():
    device = IvshmemDevice(revision=0)
    assert device.read(IVPOSITION) == 0xFFFFFFFF
    device.set_up(3)
    assert device.read(IVPOSITION) == 3


def test_plain_device_has_position_zero_and_ignores_the_doorbell():
    doorbell = Recorder()
    device = IvshmemDevice(interrupts=False, doorbell=doorbell)
    device.set_up(1)
    assert device.read(IVPOSITION) == 0
    device.write(DOORBELL, 1 << 16)
    assert doorbell.rung == []


def test_doorbell_rings_known_peers_and_drops_the_rest():
    doorbell = Recorder()
    device = IvshmemDevice(doorbell=doorbell)
    device.write(DOORBELL, 1 << 16 | 1)
    assert doorbell.rung == []  # setup not complete yet
    device.set_up(3)
    for value in (1 << 16 | 1, 4 << 16, 4 << 16 | 1, 9 << 16, 0xFFFF << 16 | 0xFFFF):
        device.write(DOORBELL, value)
    assert doorbell.rung == [(1, 1), (4, 0)]
    device.write(DOORBELL, 1 << 16 | 0x101)  # QEMU keeps 8 bits of a vector that matches nothing
    assert doorbell.rung[-1] == (1, 1)
    device.write(DOORBELL + 1, 0x01, 1)  # a byte write lands on the register, unshifted (as in QEMU)
    assert doorbell.rung[-1] == (0, 1)
    device.write(DOORBELL + 2, 0x0000, 2)  # value 0: peer 0, vector 0
    assert doorbell.rung[-1] == (0, 0) and len(doorbell.rung) == 5
    assert device.read(DOORBELL) == 0  # write-only


def test_mask_and_status_drive_intx_in_revision_0_without_msix():
    levels = []
    device = IvshmemDevice(revision=0, msix=False, on_irq=levels.append)
    device.set_up(2)
    device.interrupt(0)
    assert device.irq_level is False and device.read(INTRMASK) == 0  # masked
    device.write(INTRMASK, 1)
    assert device.irq_level is True and levels == [True]
    assert device.read(INTRSTATUS) == 1  # reading clears
    assert device.read(INTRSTATUS) == 0 and device.irq_level is False and levels == [True, False]
    device.write(INTRSTATUS, 1)  # software can set it too
    assert device.irq_level is True
    device.write(INTRMASK, 0xFFFFFFFE)  # reserved bits are kept as written
    assert device.read(INTRMASK) == 0xFFFFFFFE and device.irq_level is False


def test_msix_device_never_raises_intx():
    fired = []
    device = IvshmemDevice(on_msix=fired.append)
    device.set_up(1)
    device.write(INTRMASK, 1)
    device.write(INTRSTATUS, 1)
    assert device.irq_level is False
    assert device.read(INTRSTATUS) == 1 and device.read(INTRSTATUS) == 0  # the registers still work
    device.interrupt(1)
    assert fired == [] and device.pending == {1}  # MSI-X not enabled yet
    device.msix_enabled = True
    device.interrupt(0)
    assert fired == [0]
    device.reset()
    assert device.pending == set() and not device.msix_enabled and device.read(IVPOSITION) == 1


def test_unaligned_writes_split_into_aligned_pieces_like_qemu():
    device = IvshmemDevice()
    device.write(INTRMASK + 1, 0x12345678, 4)  # bytes at 1, a word at 2, a byte at 4 (status)
    assert device.read(INTRMASK) == 0x3456
    assert device.read(INTRSTATUS) == 0x12
    assert device.read(INTRMASK + 1, 4) == 0  # pieces at 1, 2 and 4: no register starts at 1 or 2, status was read
    device.write(INTRMASK, 0x11223344)
    assert device.read(INTRMASK + 2, 2) == 0  # no register starts at 2


def test_eight_byte_accesses_split_like_qemu():
    device = IvshmemDevice(revision=0, msix=False)
    device.set_up(5)
    device.write(INTRMASK, 0x0000000300000001, 8)  # mask 1, status 3
    assert device.read(INTRMASK, 8) == 0x0000000300000001
    assert device.read(INTRSTATUS) == 0  # cleared by the 8-byte read
    assert device.read(INTRSTATUS, 8) == 5 << 32


@pytest.mark.parametrize("offset, size", [(-1, 4), (256, 4), (254, 4), (0, 3)])
def test_out_of_range_accesses_are_refused(offset, size):
    with pytest.raises(UsageError):
        IvshmemDevice().read(offset, size)
    with pytest.raises(UsageError):
        IvshmemDevice(revision=2)
