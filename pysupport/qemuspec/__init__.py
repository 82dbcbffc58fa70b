"""qemuspec: QEMU's on-disk and wire formats as Kaitai Struct specs, and the tools around them.

The generated parsers are in :mod:`qemuspec.formats` (one module per ``.ksy``);
:mod:`qemuspec.specs` parses and writes with them and reports bad input as
:mod:`qemuspec.errors` exceptions; :mod:`qemuspec.firmware.fw_cfg` models and
drives QEMU's fw_cfg device.
"""

__version__ = "0.1.0"
