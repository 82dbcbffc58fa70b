"""ivshmem specs: the constants the Python code uses agree with the generated parsers; samples read right."""

from __future__ import annotations

import struct

import pytest

from qemuspec.errors import FormatError, ProtocolError, UsageError
from qemuspec.formats.ivshmem_pci_config import IvshmemPciConfig
from qemuspec.formats.ivshmem_protocol import IvshmemProtocol
from qemuspec.formats.ivshmem_regs import IvshmemRegs
from qemuspec import pci_qtest
from qemuspec.ipc.ivshmem import device, guest, protocol
from qemuspec.specs import parse

from conftest import SAMPLES


@pytest.mark.parametrize("value", [0, 1, 2, 255, 256, 65535, -1])
def test_message_encoding_is_the_spec_layout(value):
    data = protocol.encode(value)
    assert data == struct.pack("<q", value)
    assert parse(IvshmemProtocol.Message, data).value == value
    assert protocol.decode(data) == value


@pytest.mark.parametrize("value", [-2, 65536, 1 << 40])
def test_encoding_refuses_numbers_outside_the_protocol(value):
    with pytest.raises(UsageError):
        protocol.encode(value)


def test_decode_checks_length_and_stream_checks_truncation():
    with pytest.raises(ProtocolError):
        protocol.decode(b"\0" * 7)
    assert protocol.parse_stream(struct.pack("<3q", 0, 5, -1)) == [0, 5, -1]
    with pytest.raises(FormatError) as error:
        protocol.parse_stream(struct.pack("<2q", 0, 5) + b"\1\2\3")
    assert error.value.offset == 16


def test_protocol_constants_come_from_the_spec():
    assert (protocol.PROTOCOL_VERSION, protocol.SHARED_MEMORY, protocol.MAX_ID) == (0, -1, 65535)
    message = parse(IvshmemProtocol.Message, struct.pack("<q", 65535))
    assert message.is_peer_id and message.is_valid and not message.is_shared_memory
    message = parse(IvshmemProtocol.Message, struct.pack("<q", 65536))
    assert not message.is_valid and not message.is_peer_id


def test_register_offsets_agree_with_the_parser():
    blob = bytearray(256)
    values = {device.INTRMASK: 0x11111111, device.INTRSTATUS: 0x22222222,
              device.IVPOSITION: 0x33333333, device.DOORBELL: 0x44445555}
    for offset, value in values.items():
        struct.pack_into("<I", blob, offset, value)
    regs = parse(IvshmemRegs, bytes(blob))
    assert regs.interrupt_mask.peer_interrupt and regs.interrupt_mask.reserved == 0x11111111 >> 1
    assert regs.interrupt_status.reserved == 0x22222222 >> 1
    assert regs.iv_position == 0x33333333
    assert (regs.doorbell.peer_id, regs.doorbell.vector) == (0x4444, 0x5555)
    assert [device.INTRMASK, device.INTRSTATUS, device.IVPOSITION, device.DOORBELL] == [0, 4, 8, 12]


def test_pci_offsets_agree_with_the_parser():
    blob = bytearray(256)
    struct.pack_into("<HH", blob, pci_qtest.OFS_VENDOR_ID, 0x1AF4, 0x1110)
    struct.pack_into("<H", blob, pci_qtest.OFS_COMMAND,
                     pci_qtest.COMMAND_IO | pci_qtest.COMMAND_MEMORY | pci_qtest.COMMAND_BUS_MASTER)
    blob[pci_qtest.OFS_HEADER_TYPE] = 0x80
    for index in range(6):
        struct.pack_into("<I", blob, pci_qtest.OFS_BARS + 4 * index, 0xA0000000 + (index << 12))
    blob[0x06] = 0x10  # status: capability list
    blob[0x34] = 0x40
    blob[0x40:0x4C] = bytes([0x11, 0x00, 0x07, 0x40]) + struct.pack("<II", 0x1001, 0x2003)
    config = parse(IvshmemPciConfig, bytes(blob))
    assert config.is_ivshmem
    assert (config.command.io_space, config.command.memory_space, config.command.bus_master) == (True, True, True)
    assert config.header_type == 0x80
    assert [b.address for b in config.bars] == [0xA0000000 + (i << 12) for i in range(6)]
    msix = config.first_capability
    assert msix.capability_id == IvshmemPciConfig.CapabilityId.msix
    assert msix.next is None
    control = msix.body.control
    assert (control.num_vectors, control.function_mask, control.enable) == (8, True, False)
    struct.pack_into("<H", blob, 0x40 + guest.OFS_MSIX_CONTROL, 0x8000 | 7)
    assert parse(IvshmemPciConfig, bytes(blob)).first_capability.body.control.enable
    assert (msix.body.table.bar_index, msix.body.table.offset) == (1, 0x1000)
    assert (msix.body.pending_bits.bar_index, msix.body.pending_bits.offset) == (3, 0x2000)


def test_bar_bits_agree_with_the_parser():
    blob = bytearray(64)
    struct.pack_into("<3I", blob, pci_qtest.OFS_BARS, pci_qtest._BAR_IO | 0xC000,
                     pci_qtest._BAR_TYPE_64 | pci_qtest._BAR_PREFETCH | 0xE0000000, 0)
    io_bar, memory_bar, _ = parse(IvshmemPciConfig, bytes(blob)).bars[:3]
    assert io_bar.is_io and not memory_bar.is_io
    assert memory_bar.memory_type == IvshmemPciConfig.MemoryType.bits64 and memory_bar.prefetchable
    assert memory_bar.address == 0xE0000000


def test_msix_entry_layout():
    entry = parse(IvshmemPciConfig.MsixTableEntry, struct.pack("<IIII", 0x200004, 0x1, 0x4D530001, 1))
    assert (entry.address, entry.data, entry.masked) == (0x1_0020_0004, guest.MSI_DATA_TAG | 1, True)
    assert guest.MSIX_ENTRY_SIZE == 16


def test_a_looping_capability_list_ends():
    blob = bytearray(256)
    blob[0x06] = 0x10
    blob[0x34] = 0x40
    blob[0x40:0x42] = bytes([0x09, 0x40])  # points at itself
    config = parse(IvshmemPciConfig, bytes(blob))
    count, entry = 0, config.first_capability
    while entry is not None:
        count, entry = count + 1, entry.next
    assert count == 48


def test_sample_registers():
    regs = parse(IvshmemRegs, (SAMPLES / "ivshmem_regs.doorbell.bin").read_bytes())
    assert regs.interrupt_mask.peer_interrupt and regs.interrupt_mask.reserved == 0
    assert not regs.interrupt_status.peer_interrupt
    assert regs.iv_position == 1 and regs.has_position
    assert (regs.doorbell.peer_id, regs.doorbell.vector) == (0, 0)
    assert regs.reserved == bytes(240)


def test_sample_pci_configs():
    doorbell = parse(IvshmemPciConfig, (SAMPLES / "ivshmem_pci_config.doorbell.bin").read_bytes())
    plain = parse(IvshmemPciConfig, (SAMPLES / "ivshmem_pci_config.plain.bin").read_bytes())
    for config in (doorbell, plain):
        assert config.is_ivshmem and config.revision_id == 1
        assert (config.class_code, config.subclass, config.prog_if) == (5, 0, 0)
        assert config.bars[0].address == guest.DEFAULT_BAR0
        assert config.bars[2].memory_type == IvshmemPciConfig.MemoryType.bits64 and config.bars[2].prefetchable
    assert doorbell.interrupt_pin == 0 and plain.interrupt_pin == 0  # MSI-X only, no INTx
    assert plain.first_capability is None and not plain.status.has_capabilities
    msix = doorbell.first_capability
    assert msix.capability_id == IvshmemPciConfig.CapabilityId.msix and msix.next is None
    assert (msix.body.control.num_vectors, msix.body.control.enable) == (2, True)
    assert (msix.body.table.bar_index, msix.body.table.offset) == (1, 0)
    assert (msix.body.pending_bits.bar_index, msix.body.pending_bits.offset) == (1, 0x800)
    assert doorbell.bars[1].address == guest.DEFAULT_BAR1


def test_sample_protocol_stream():
    values = protocol.parse_stream((SAMPLES / "ivshmem_protocol.connect.bin").read_bytes())
    assert values == [0, 2, -1, 0, 0, 1, 1, 2, 2, 1]


def test_device_snapshot_parses_as_the_registers_spec():
    model = device.IvshmemDevice(msix=False, revision=0)
    model.set_up(7)
    model.write(device.INTRMASK, 0xFFFF0001)
    model.interrupt(0)
    regs = parse(IvshmemRegs, model.snapshot())
    assert regs.iv_position == 7
    assert regs.interrupt_mask.peer_interrupt and regs.interrupt_mask.reserved == 0xFFFF0001 >> 1
    assert regs.interrupt_status.peer_interrupt
    unset = device.IvshmemDevice(revision=0)
    assert parse(IvshmemRegs, unset.snapshot()).iv_position == -1
    assert not parse(IvshmemRegs, unset.snapshot()).has_position
