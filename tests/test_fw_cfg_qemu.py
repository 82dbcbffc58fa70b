"""fw_cfg against a real qemu-system-x86_64 (q35, -S) through qtest, and our model beside it."""

from __future__ import annotations

import warnings

import pytest

from qemuspec.firmware.fw_cfg import FwCfgDevice, FwCfgDriver, ModelBus
from qemuspec.formats.fw_cfg_file_dir import FwCfgFileDir
from qemuspec.memory import GuestMemory
from qemuspec.qtest import QtestBus
from qemuspec.specs import parse

from conftest import FW_CFG_ITEMS, PYTHON, SAMPLES, run

SCRATCH = 0x10000


@pytest.fixture(scope="module")
def driver(fw_cfg_qemu):
    return FwCfgDriver(QtestBus(fw_cfg_qemu.qtest), scratch=SCRATCH, scratch_size=0x20000)


def test_signature_and_features(driver):
    assert driver.signature() == b"QEMU"
    features = driver.features()
    assert (features.traditional, features.dma, features.reserved) == (True, True, 0)
    assert driver.dma_signature() == b"QEMU CFG"


def test_directory_is_what_qemu_holds(driver):
    blob = driver.directory_blob()
    assert driver.directory_blob(dma=True) == blob
    directory = parse(FwCfgFileDir, blob)
    assert len(blob) == 4 + 64 * directory.num_files
    names = [f.name for f in directory.files]
    assert set(FW_CFG_ITEMS) <= set(names)
    assert names == sorted(names, key=str.encode)  # QEMU keeps files sorted by name
    assert [f.select for f in directory.files] == list(range(0x20, 0x20 + directory.num_files))
    sizes = {f.name: f.len_file for f in directory.files}
    for name, data in FW_CFG_ITEMS.items():
        assert sizes[name] == len(data)
    assert all(f.reserved == 0 for f in directory.files)


@pytest.mark.parametrize("name", sorted(FW_CFG_ITEMS))
def test_every_user_item_reads_back_byte_for_byte(driver, name):
    assert driver.read_file(name, dma=True) == FW_CFG_ITEMS[name]
    if len(FW_CFG_ITEMS[name]) < 5000:  # one qtest round trip per byte: keep the big one to DMA
        assert driver.read_file(name) == FW_CFG_ITEMS[name]


def test_skip_and_select(driver):
    blob = FW_CFG_ITEMS["opt/org.qemuspec/blob"]
    key = next(f.select for f in driver.directory() if f.name == "opt/org.qemuspec/blob")
    assert driver.dma_skip(100, key).control == 0
    assert driver.dma_read(None, 20).data == blob[100:120]
    assert driver.read_data(5) == blob[120:125]  # the data register continues at the DMA offset
    assert driver.dma_skip(10).control == 0
    assert driver.dma_read(None, 3).data == blob[135:138]
    tail = driver.dma_read(key, len(blob) + 16)  # select resets the offset; past the end: zeros
    assert tail.data == blob + bytes(16) and not tail.error


def test_dma_write_to_read_only_item_sets_the_error_bit(driver):
    key = next(f.select for f in driver.directory() if f.name == "opt/org.qemuspec/greeting")
    result = driver.dma_write(key, b"HELLO")
    assert result.control == 1 and result.error
    assert driver.read(key, 19) == FW_CFG_ITEMS["opt/org.qemuspec/greeting"]


def _model_like(driver) -> tuple[FwCfgDevice, GuestMemory]:
    """Our device model holding every file QEMU holds, with the same contents."""
    memory = GuestMemory.of_size(1 << 20)
    device = FwCfgDevice(memory)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # QEMU's own items are not under opt/
        for info in driver.directory():
            device.add_file(info.name, driver.dma_read(info.select, info.size).data)
    return device, memory


def _script(files: dict[str, int]):
    """One access sequence: raw register accesses and DMA transfers, valid and not."""
    blob, greeting, one = files["opt/org.qemuspec/blob"], files["opt/org.qemuspec/greeting"], files["opt/org.qemuspec/one"]
    yield ("out", 0x510, 2, 0x0000)
    for _ in range(6):
        yield ("in", 0x511, 1)
    yield ("out", 0x510, 2, 0x4019)  # the write bit is ignored: this is the directory
    for addr, size in [(0x511, 1), (0x510, 1), (0x510, 2), (0x511, 2), (0x511, 4), (0x512, 1), (0x50E, 4)]:
        yield ("in", addr, size)
    yield ("out", 0x511, 1, 0x41)  # data writes are ignored
    yield ("in", 0x511, 1)
    for addr, size in [(0x514, 4), (0x518, 4), (0x514, 1), (0x517, 2), (0x515, 2), (0x51B, 1)]:
        yield ("in", addr, size)
    yield ("out", 0x510, 2, one)
    for _ in range(3):
        yield ("in", 0x511, 1)
    yield ("out", 0x510, 2, 0x3FFF)  # no such slot
    yield ("in", 0x511, 1)
    yield ("out", 0x510, 2, 0x001A)  # a free slot below the files
    yield ("in", 0x511, 1)
    yield ("out", 0x510, 2, 0x8010)  # an empty architecture-specific slot
    yield ("in", 0x511, 1)
    yield ("dma", dict(select=blob, read=True, length=40))
    yield ("dma", dict(skip=True, length=1000))
    yield ("dma", dict(read=True, length=64))  # runs past the end: zero-filled
    yield ("dma", dict(select=greeting, skip=True, length=4))
    yield ("in", 0x511, 1)
    yield ("dma", dict(write=True, length=2))  # read-only item
    yield ("dma", dict(select=greeting, write=True, read=True, length=3))  # read wins
    yield ("dma", dict(select=one, length=8))  # no operation bit: nothing moves
    yield ("in", 0x511, 1)
    yield ("dma", dict(select=0x0019, read=True, length=68))
    yield ("dma", dict(select=0x3FFF, read=True, length=8))
    yield ("dma", dict(select=0x3FFF, write=True, length=8))
    yield ("dma", dict(select=0x0001, read=True, length=4))


def _run(step, driver: FwCfgDriver, bus, scratch_len: int = 128):
    kind = step[0]
    if kind == "in":
        return bus.reg_read("io", step[1], step[2])
    if kind == "out":
        bus.reg_write("io", step[1], step[2], step[3])
        return None
    bus.mem_write(SCRATCH + 16, bytes([0xEE]) * scratch_len)  # show exactly what the device stores
    control = driver.dma(**step[1])
    return control, bus.mem_read(SCRATCH, 16 + scratch_len)


def test_model_and_qemu_give_the_same_bytes(driver):
    """One scripted sequence against QEMU and against our model: every byte read must agree."""
    device, memory = _model_like(driver)
    assert device.directory_blob() == driver.directory_blob()  # our writer rebuilds QEMU's directory exactly
    model_bus = ModelBus(device, memory)
    model_driver = FwCfgDriver(model_bus, scratch=SCRATCH, scratch_size=0x20000)
    files = {f.name: f.select for f in driver.directory()}
    steps = list(_script(files))
    for i, step in enumerate(steps):
        assert _run(step, model_driver, model_bus) == _run(step, driver, driver.bus), f"step {i}: {step}"


def test_samples_are_what_qemu_gives(tmp_path, sample_index):
    """Re-take the fw_cfg samples from QEMU: the committed files must be byte-identical."""
    result = run([PYTHON, "tools/make_samples.py", "--out", str(tmp_path)])
    assert result.returncode == 0, result.stderr.decode()
    fw_cfg_samples = [e["file"] for e in sample_index if e["spec"].startswith("fw_cfg")]
    assert fw_cfg_samples
    for name in fw_cfg_samples:
        assert (tmp_path / name).read_bytes() == (SAMPLES / name).read_bytes(), name
