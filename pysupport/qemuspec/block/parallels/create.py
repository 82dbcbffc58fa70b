"""Creating an empty Parallels image the way ``qemu-img create -f parallels`` does."""

from __future__ import annotations

import os

from ...errors import UsageError
from ...formats.parallels import Parallels
from ...specs import serialize
from .image import HEADER_SIZE, MAGIC_EXT

__all__ = ["create_image", "parse_options", "DEFAULT_CLUSTER_SIZE", "build_header"]

DEFAULT_CLUSTER_SIZE = 1 << 20
MAX_CLUSTER_SIZE = 0x7FFFFFFF // 513 * 512   # QEMU's bound on sectors per cluster, in bytes


def parse_options(text: str | None) -> dict:
    """``-o cluster_size=...`` (the one option qemu-img takes for Parallels) into keyword arguments."""
    from ..qcow2.create import parse_size

    out: dict = {}
    for item in filter(None, (text or "").split(",")):
        name, _, value = item.partition("=")
        name = name.strip().replace("-", "_")
        if name != "cluster_size":
            raise UsageError(f"unknown parallels option {name!r} (known: cluster_size)")
        out["cluster_size"] = parse_size(value)
    return out


def build_header(size: int, cluster_size: int, *, in_use: int = 0, data_off: int | None = None, flags: int = 0,
                 ext_off: int = 0) -> bytes:
    """The 64-byte WithouFreSpacExt header QEMU writes for a ``size``-byte disk."""
    sectors = -(-size // 512)
    num_bat = -(-sectors * 512 // cluster_size)
    if data_off is None:
        data_off = -(-(HEADER_SIZE + 4 * num_bat) // cluster_size) * cluster_size // 512
    h = Parallels.Header()
    h.magic_start, h.magic_end = MAGIC_EXT[:6], MAGIC_EXT[6:].decode()
    h.version, h.heads, h.cylinders, h.tracks = 2, 16, sectors // (16 * 32), cluster_size // 512
    h.num_bat_entries = num_bat
    h.num_sectors_lo, h.num_sectors_hi = sectors & 0xFFFFFFFF, sectors >> 32
    h.in_use = Parallels.Header.InUse(in_use) if in_use in (0, 0x746F6E59, 0x312E3276) else in_use
    h.data_off, h.flags = data_off, flags
    h.ext_off_lo, h.ext_off_hi = ext_off & 0xFFFFFFFF, ext_off >> 32
    return serialize(h, HEADER_SIZE)


def create_image(path: str | os.PathLike, size: int, cluster_size: int = DEFAULT_CLUSTER_SIZE) -> None:
    """Write a new, empty image: header, zeroed BAT, padding up to the first cluster boundary."""
    if cluster_size <= 0 or cluster_size % 512 or cluster_size > MAX_CLUSTER_SIZE:
        raise UsageError(f"cluster_size {cluster_size} must be a multiple of 512 up to {MAX_CLUSTER_SIZE}")
    if size < 0 or -(-size // cluster_size) > 0x7FFFFFFF // 4:
        raise UsageError(f"size {size} is out of range for {cluster_size}-byte clusters")
    header = build_header(size, cluster_size)
    data_off = int.from_bytes(header[48:52], "little") * 512
    try:
        with open(path, "wb") as f:
            f.write(header)
            f.truncate(data_off)
    except OSError as exc:
        raise UsageError(f"cannot create {path}: {exc.strerror}") from exc
