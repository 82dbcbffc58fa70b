"""qemuspec: QEMU's on-disk and wire formats as Kaitai Struct specs, and the tools around them.

The generated parsers are in :mod:`qemuspec.formats` (one module per ``.ksy``);
:mod:`qemuspec.specs` parses and writes with them and reports bad input as
:mod:`qemuspec.errors` exceptions; :mod:`qemuspec.firmware.fw_cfg` models and
drives QEMU's fw_cfg device; :func:`open_image` opens disk images (qcow2, raw)
read-only.
"""

__version__ = "0.1.0"

__all__ = ["open_image", "__version__"]


def __getattr__(name: str):
    # qemuspec.open_image, the package's front door for disk images, is imported on
    # first use: `qemuspec --version` or a protocol command does not load the block layer.
    if name == "open_image":
        from .block import open_image

        return open_image
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
