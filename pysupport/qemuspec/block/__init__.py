"""Disk images: open any format we read, by its magic.

>>> from qemuspec.block import open_image
>>> with open_image("disk.qcow2") as image:          # doctest: +SKIP
...     first_sector = image.read(0, 512)
"""

from __future__ import annotations

import os

from .formats import REGISTRY
from .image import Image, RawImage, Run
from .probe import READABLE, probe as detect_format, require_readable

__all__ = ["open_image", "detect_format", "Image", "RawImage", "Run", "FORMATS", "REGISTRY"]

FORMATS = READABLE


def open_image(path: str | os.PathLike, *, format: str | None = None, backing: bool = True,
               force_share: bool = False, key_secret: bytes | None = None, facts_only: bool = False,
               _depth: int = 0) -> Image:
    """Open a disk image read-only; the format is detected from its magic unless given.

    Like QEMU's tools, the image (and its backing files) are locked against
    writers while open; ``force_share`` (qemu-img's ``-U``) reads an image
    that a running QEMU is writing, at the risk of seeing it half-updated.

    Formats QEMU reads and we do not (vmdk, vpc, qcow v1, ...) are refused with
    :class:`~qemuspec.errors.UnsupportedFormatError`, never read as raw; the
    format name ``file`` (QEMU's protocol driver, which backing files may
    name) reads the file as raw.

    An encrypted qcow2 image opens without a key (its facts, as ``qemu-img
    info`` shows them); reading its data needs ``key_secret``, the passphrase
    (QEMU's ``encrypt.key-secret``), which is checked here. ``facts_only``
    opens an image whose external data file is missing, as ``qemu-img info``
    does; reading its guest data then raises UsageError.
    """
    fmt = REGISTRY[require_readable("raw" if format == "file" else format or detect_format(path), path)]
    if key_secret is not None and not fmt.encryption:
        from ..errors import UsageError

        raise UsageError(f"{path} is a {fmt.name} image: only encrypted qcow2 images take encrypt.key-secret")
    chain = {"backing": backing, "_depth": _depth} if fmt.backing_files else {}
    if fmt.data_files:
        chain["facts_only"] = facts_only
    image = fmt.image(os.fspath(path), force_share=force_share, **chain)
    if key_secret is not None:
        from .qcow2.crypto import unlock

        try:
            unlock(image, key_secret)
        except BaseException:
            image.close()
            raise
    return image
