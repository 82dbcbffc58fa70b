"""Our fw_cfg device model, driven by our guest driver (no QEMU here; see test_fw_cfg_qemu)."""

from __future__ import annotations

import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qemuspec.errors import UsageError
from qemuspec.firmware.fw_cfg import FwCfgDevice, FwCfgDriver, ModelBus, X86_IOPORT, arm_mmio
from qemuspec.formats.fw_cfg_file_dir import FwCfgFileDir
from qemuspec.memory import GuestMemory
from qemuspec.specs import parse

MEMORY_SIZE = 1 << 20
SCRATCH = 0x10000


def make(registers=X86_IOPORT, **files):
    memory = GuestMemory.of_size(MEMORY_SIZE)
    device = FwCfgDevice(memory, registers=registers)
    for name, data in files.items():
        device.add_file("opt/" + name, data)
    return device, memory, FwCfgDriver(ModelBus(device, memory), registers, scratch=SCRATCH, scratch_size=0x1000)


def test_signature_features_and_dma_signature():
    device, memory, driver = make()
    assert driver.signature() == b"QEMU"
    features = driver.features()
    assert (features.traditional, features.dma, features.reserved) == (True, True, 0)
    assert driver.dma_signature() == b"QEMU CFG"
    assert driver.has_dma()


def test_without_dma_the_feature_bit_and_signature_are_absent():
    memory = GuestMemory.of_size(MEMORY_SIZE)
    driver = FwCfgDriver(ModelBus(FwCfgDevice(memory, dma=False), memory))
    assert driver.features().dma is False
    assert driver.dma_signature() != b"QEMU CFG"


def test_directory_lists_files_sorted_with_consecutive_keys():
    device, _, driver = make(zeta=b"z" * 3, alpha=b"a" * 70, mid="text")
    listed = driver.directory()
    assert [(f.name, f.select, f.size) for f in listed] == [
        ("opt/alpha", 0x20, 70), ("opt/mid", 0x21, 4), ("opt/zeta", 0x22, 3)]
    assert driver.directory(dma=True) == listed
    parsed = parse(FwCfgFileDir, device.directory_blob())
    assert parsed.num_files == 3 and all(f.reserved == 0 for f in parsed.files)


def test_items_read_the_same_through_both_interfaces():
    payload = bytes(range(256)) * 30  # larger than the DMA scratch area: chunked
    _, _, driver = make(big=payload, small=b"xyz")
    for dma in (False, True):
        assert driver.read_file("opt/big", dma=dma) == payload
        assert driver.read_file("opt/small", dma=dma) == b"xyz"


def test_reads_past_the_end_give_zeros_and_the_offset_resets_on_select():
    device, _, driver = make(small=b"abc")
    key = device.file_key("opt/small")
    assert driver.read(key, 6) == b"abc\0\0\0"
    assert driver.read(key, 2) == b"ab"
    result = driver.dma_read(key, 6)
    assert (result.error, result.data) == (False, b"abc\0\0\0")


def test_select_skip_and_read_continue_at_the_offset_across_interfaces():
    device, _, driver = make(data=bytes(range(100)))
    key = device.file_key("opt/data")
    assert not driver.dma_skip(10, key).error
    assert driver.read_data(3) == bytes([10, 11, 12])
    assert driver.dma_read(None, 4).data == bytes([13, 14, 15, 16])
    assert driver.dma_skip(500).control == 0  # skipping past the end is not an error


def test_dma_write_to_read_only_item_sets_error_and_changes_nothing():
    device, _, driver = make(ro=b"keep")
    key = device.file_key("opt/ro")
    assert driver.dma_write(key, b"gone").error
    assert driver.read(key, 4) == b"keep"


def test_dma_write_to_writable_item_within_its_size():
    memory = GuestMemory.of_size(MEMORY_SIZE)
    device = FwCfgDevice(memory)
    key = device.add_file("opt/rw", b"12345678", writable=True)
    driver = FwCfgDriver(ModelBus(device, memory))
    assert not driver.dma_skip(2, key).error
    assert not driver.dma_write(None, b"ab").error
    assert driver.read(key, 8) == b"12ab5678"
    # a write that would run past the end (resize) is dropped entirely
    assert driver.dma_skip(6, key).control == 0
    assert driver.dma_write(None, b"xyz").error
    assert driver.read(key, 8) == b"12ab5678"


def test_bad_guest_addresses_set_the_error_bit_and_never_raise():
    device, memory, driver = make(data=b"q" * 64)
    key = device.file_key("opt/data")
    assert driver.dma(select=key, read=True, length=64, address=MEMORY_SIZE - 10) & 1
    assert driver.dma(select=key, read=True, length=64, address=1 << 40) & 1
    # a descriptor outside guest memory: no exception; like QEMU, the error
    # control word is still stored where it fits
    driver.start_dma(1 << 40)
    driver.start_dma(MEMORY_SIZE - 8)
    assert memory.read(MEMORY_SIZE - 8, 8) == b"\0\0\0\x01" + bytes(4)


def test_invalid_keys_read_zeros():
    _, _, driver = make()
    assert driver.read(0x3FFF, 4) == bytes(4)  # beyond the last slot
    assert driver.read(0x001A, 4) == bytes(4)  # in range, no item
    assert driver.dma_read(0x3FFF, 4).data == bytes(4)
    assert driver.dma_write(0x3FFF, b"x").error


def test_write_bit_of_the_key_is_ignored_and_arch_bit_selects_the_other_table():
    memory = GuestMemory.of_size(MEMORY_SIZE)
    device = FwCfgDevice(memory)
    device.add_item(0x8003, b"arch")
    device.add_item(0x0003, b"gen!")
    driver = FwCfgDriver(ModelBus(device, memory))
    assert driver.read(0x4001, 4) == driver.read(0x0001, 4)
    assert driver.read(0x8003, 4) == b"arch"
    assert driver.read(0xC003, 4) == b"arch"
    assert driver.read(0x0003, 4) == b"gen!"


def test_arm_mmio_register_map():
    _, _, driver = make(arm_mmio(0x9020000), item=b"on arm")
    assert driver.signature() == b"QEMU"
    assert driver.dma_signature() == b"QEMU CFG"
    assert driver.read_file("opt/item") == b"on arm"
    assert driver.read_file("opt/item", dma=True) == b"on arm"


def test_names_follow_the_spec_rules():
    device = FwCfgDevice()
    with pytest.warns(UserWarning, match="opt/"):
        device.add_file("etc/mine", b"")
    with pytest.warns(UserWarning, match="reserved"):
        device.add_file("opt/org.qemu/x", b"")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        device.add_file("opt/org.example/fine", b"")
    with pytest.raises(UsageError, match="duplicate"):
        device.add_file("opt/org.example/fine", b"")
    with pytest.raises(UsageError):
        device.add_file("opt/" + "n" * 52, b"")  # 56 bytes: no room for the NUL
    with pytest.raises(UsageError):
        device.add_file("", b"")
    with pytest.raises(UsageError, match="ASCII"):
        device.add_file("opt/caf\u00e9", b"")


def test_file_slots_run_out_with_a_clear_error():
    device = FwCfgDevice(file_slots=2)
    device.add_file("opt/a", b"")
    device.add_file("opt/b", b"")
    with pytest.raises(UsageError, match="slot"):
        device.add_file("opt/c", b"")


register_access = st.tuples(
    st.sampled_from(["read", "write"]),
    st.integers(0x50C, 0x520),
    st.sampled_from([1, 2, 4, 8]),
    st.integers(0, (1 << 64) - 1),
)


@settings(max_examples=300, deadline=None)
@given(accesses=st.lists(register_access, max_size=40),
       descriptor=st.binary(min_size=16, max_size=16),
       desc_addr=st.integers(0, (1 << 64) - 1))
def test_no_guest_access_sequence_raises_or_escapes_guest_memory(accesses, descriptor, desc_addr):
    memory = GuestMemory.of_size(0x2000)
    device = FwCfgDevice(memory)
    device.add_file("opt/rw", b"w" * 32, writable=True)
    memory.write(0x100, descriptor)
    for kind, addr, size, value in accesses + [("write", 0x514, 4, 0), ("write", 0x518, 4, 0x00010000)]:
        if kind == "read":
            assert 0 <= device.reg_read("io", addr, size) < (1 << (8 * size))
        else:
            device.reg_write("io", addr, size, value & ((1 << (8 * size)) - 1))
    device.dma_transfer(desc_addr)
    device.dma_transfer(0x100)
    assert len(device.item(0x20).data) == 32  # items never grow or shrink
