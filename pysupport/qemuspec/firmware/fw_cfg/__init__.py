"""fw_cfg, QEMU's firmware configuration device: a device model and a guest driver.

>>> from qemuspec.firmware.fw_cfg import FwCfgDevice, FwCfgDriver, ModelBus
>>> from qemuspec.memory import GuestMemory
>>> memory = GuestMemory.of_size(1 << 20)
>>> device = FwCfgDevice(memory)
>>> device.add_file("opt/example", "hello")
32
>>> driver = FwCfgDriver(ModelBus(device, memory))
>>> driver.read_file("opt/example", dma=True)
b'hello'
"""

from .device import FwCfgDevice, Item
from .driver import DmaResult, FileInfo, FwCfgDriver, ModelBus
from .registers import X86_IOPORT, Bus, RegisterMap, arm_mmio

__all__ = [
    "FwCfgDevice", "Item", "FwCfgDriver", "ModelBus", "DmaResult", "FileInfo",
    "RegisterMap", "X86_IOPORT", "arm_mmio", "Bus",
]
