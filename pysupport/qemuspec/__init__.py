"""qemuspec: QEMU's on-disk and wire formats as Kaitai Struct specs, and the tools around them.

The generated parsers are in :mod:`qemuspec.formats` (one module per ``.ksy``);
:mod:`qemuspec.specs` parses and writes with them and reports bad input as
:mod:`qemuspec.errors` exceptions; :mod:`qemuspec.firmware.fw_cfg` models and
drives QEMU's fw_cfg device; :func:`open_image` opens disk images (qcow2, raw)
read-only.
"""

__version__ = "0.1.0"

from .block import open_image  # noqa: E402  (the package's front door for disk images)

__all__ = ["open_image", "__version__"]
