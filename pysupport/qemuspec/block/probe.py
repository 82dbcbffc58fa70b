"""Which image format a file is in, judged from its first bytes as QEMU probes.

Invariant: a file is called ``raw`` only when no format that QEMU probes
claims it. Reading a vmdk, vpc or qcow v1 image as raw would hand another
format's metadata to the guest as data, so every format QEMU's block drivers
recognise by content is named here, including the ones qemuspec does not
read; :func:`require_readable` turns those into a clear refusal.

The rules follow the ``probe`` functions of QEMU 7.2's block drivers (magic
bytes at fixed offsets, a text descriptor for vmdk, the file name for dmg),
with two deliberate differences on the safe side: a qcow2 or Parallels magic
with a version QEMU does not probe is still called qcow2 or parallels (its
reader then refuses the version, where QEMU would read the file as raw), and
a dmg is also recognised by its ``koly`` trailer, not only by its name.
"""

from __future__ import annotations

import os

from ..errors import UnsupportedFormatError, UsageError
from .formats import REGISTRY

__all__ = ["probe", "require_readable", "READABLE", "FOREIGN"]

READABLE = tuple(REGISTRY)  # ("qcow2", "parallels", "raw"): the formats with a record in block.formats

# Formats that QEMU reads and qemuspec does not: name -> what users call it.
FOREIGN = {
    "qcow": "qcow version 1",
    "vmdk": "VMware (vmdk)",
    "vpc": "Virtual PC / VHD (vpc)",
    "vhdx": "Hyper-V (vhdx)",
    "vdi": "VirtualBox (vdi)",
    "qed": "QED",
    "bochs": "Bochs",
    "cloop": "cloop",
    "luks": "LUKS",
    "dmg": "Apple disk image (dmg)",
}

# QEMU reads the first 512 bytes to probe (BLOCK_PROBE_BUF_SIZE).
PROBE_BYTES = 512

_PREFIXES = (
    (b"WithoutFreeSpace", "parallels"),
    (b"WithouFreSpacExt", "parallels"),
    (b"KDMV", "vmdk"),          # VMDK4 sparse extent
    (b"COWD", "vmdk"),          # VMDK3 (ESX) sparse extent
    (b"conectix", "vpc"),       # dynamic VHD: the footer copy at offset 0
    (b"vhdxfile", "vhdx"),
    (b"QED\0", "qed"),
    (b"LUKS\xba\xbe", "luks"),
    (b"#!/bin/sh\n#V2.0 Format\nmodprobe cloop file=$0", "cloop"),
)
_VDI_SIGNATURE = b"\x7f\x10\xda\xbe"      # 0xbeda107f, little-endian, at offset 64
_BOCHS_MAGIC, _BOCHS_TYPE = b"Bochs Virtual HD Image", b"Redolog"
_VMDK_VERSION_LINE = rb"^[ \t]*version=[123][ \t]*$"  # compiled (and cached by re) on first use


def probe(path: str | os.PathLike) -> str:
    """The format of the file at ``path``: one of READABLE or a key of FOREIGN."""
    try:
        with open(path, "rb") as f:
            head = f.read(PROBE_BYTES)
            return _by_content(head) or ("dmg" if str(path).endswith(".dmg") or _dmg_trailer(f) else "raw")
    except OSError as exc:
        raise UsageError(f"cannot open {path}: {exc.strerror}") from exc


def _by_content(head: bytes) -> str | None:
    """The format the first bytes name, if any."""
    if head.startswith(b"QFI\xfb"):
        return "qcow" if head[4:8] == b"\0\0\0\1" else "qcow2"
    for magic, name in _PREFIXES:
        if head.startswith(magic):
            return name
    if head[64:68] == _VDI_SIGNATURE:
        return "vdi"
    if head.startswith(_BOCHS_MAGIC) and head[32:32 + len(_BOCHS_TYPE)] == _BOCHS_TYPE:
        return "bochs"
    if _is_vmdk_descriptor(head):
        return "vmdk"
    return None


def require_readable(fmt: str, path: str | os.PathLike) -> str:
    """``fmt`` when qemuspec reads it; otherwise refuse, naming the format."""
    if fmt in READABLE:
        return fmt
    if fmt == "qcow":
        raise UnsupportedFormatError("qcow version 1 is not supported (qemu-img convert -O qcow2 upgrades it)",
                                     structure=str(path), format=fmt)
    known = FOREIGN.get(fmt)
    if known is None:
        raise UsageError(f"unknown image format {fmt!r}; qemuspec reads {', '.join(READABLE)}")
    raise UnsupportedFormatError(
        f"the image is in {known} format, which qemuspec does not read; it reads "
        f"{', '.join(READABLE)} (qemu-img convert -O qcow2 makes a copy it reads)", structure=str(path), format=fmt)


def _is_vmdk_descriptor(head: bytes) -> bool:
    """A monolithic-flat or split vmdk: a text descriptor with a ``version=`` line."""
    if b"\0" in head.rstrip(b"\0"):
        return False
    import re

    return re.search(_VMDK_VERSION_LINE, head, re.MULTILINE) is not None


def _dmg_trailer(f) -> bool:
    """Whether the file ends with a dmg's 512-byte ``koly`` trailer."""
    size = os.fstat(f.fileno()).st_size
    if size < 512:
        return False
    f.seek(size - 512)
    return f.read(4) == b"koly"
