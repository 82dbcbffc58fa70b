"""Disk images: open any format we read, by its magic.

>>> from qemuspec.block import open_image
>>> with open_image("disk.qcow2") as image:          # doctest: +SKIP
...     first_sector = image.read(0, 512)
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import UsageError
from .image import Image, RawImage, Run

__all__ = ["open_image", "detect_format", "Image", "RawImage", "Run", "FORMATS"]

FORMATS = ("qcow2", "parallels", "raw")
_MAGICS = {b"QFI\xfb": "qcow2", b"WithoutFreeSpace": "parallels", b"WithouFreSpacExt": "parallels"}


def detect_format(path: str | os.PathLike) -> str:
    """The format of the image at ``path`` from its magic; raw when none matches."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except OSError as exc:
        raise UsageError(f"cannot open {path}: {exc.strerror}") from exc
    for magic, name in _MAGICS.items():
        if head.startswith(magic):
            return name
    return "raw"


def open_image(path: str | os.PathLike, *, format: str | None = None, backing: bool = True,
               force_share: bool = False, _depth: int = 0) -> Image:
    """Open a disk image read-only; the format is detected from its magic unless given.

    Like QEMU's tools, the image (and its backing files) are locked against
    writers while open; ``force_share`` (qemu-img's ``-U``) reads an image
    that a running QEMU is writing, at the risk of seeing it half-updated.
    """
    fmt = format or detect_format(path)
    if fmt == "qcow2":
        from .qcow2 import Qcow2Image

        return Qcow2Image(Path(path), backing=backing, force_share=force_share, _depth=_depth)
    if fmt == "parallels":
        from .parallels import ParallelsImage

        return ParallelsImage(Path(path), force_share=force_share)
    if fmt == "raw":
        return RawImage(path, force_share=force_share)
    raise UsageError(f"unknown image format {fmt!r}; known: {', '.join(FORMATS)}")
