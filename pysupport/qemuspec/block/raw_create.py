"""Creating raw images as ``qemu-img create -f raw`` does (QEMU's file-posix ``raw_co_create``).

The size is rounded up to 512-byte sectors. ``preallocation=off`` (the default)
truncates the file to the size and writes the first block (4 KiB, or a sector in
a smaller file) as QEMU's ``allocate_first_block`` does; ``falloc`` reserves the
whole file with ``posix_fallocate``; ``full`` writes zeros over it.
"""

from __future__ import annotations

import os

from ..errors import UsageError
from .qcow2.prealloc import extend_file

__all__ = ["RAW_PREALLOCATION", "parse_raw_options", "create_raw"]

RAW_PREALLOCATION = ("off", "falloc", "full")


def parse_raw_options(text: str | None) -> dict:
    """``-o`` for raw images: ``preallocation`` (and ``size``, which the command line gives)."""
    options: dict = {}
    for item in filter(None, (text or "").split(",")):
        name, _, value = item.partition("=")
        name = name.strip()
        if name == "preallocation":
            if value == "metadata":
                raise UsageError("Unsupported preallocation mode: metadata")  # qemu-img's words
            if value not in RAW_PREALLOCATION:
                raise UsageError(f"invalid parameter value: {value}")  # qemu-img's words
            options["preallocation"] = value
        elif name == "size":
            from .qcow2.create import parse_size

            options["size"] = parse_size(value)
        else:
            raise UsageError(f"Invalid parameter '{name}'")  # qemu-img's words
    return options


def create_raw(path: str | os.PathLike, size: int, preallocation: str = "off") -> None:
    """A raw image of ``size`` bytes (rounded up to sectors) at ``path``, replacing what is there."""
    if preallocation not in RAW_PREALLOCATION:
        raise UsageError(f"invalid parameter value: {preallocation}")
    size = -(-size // 512) * 512
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise UsageError(f"Could not create '{os.fspath(path)}': {exc.strerror}") from exc
    try:
        os.ftruncate(fd, 0)
        try:
            extend_file(fd, size, preallocation)
        except OSError as exc:
            raise UsageError(f"Could not preallocate new data: {exc.strerror}") from exc
        os.fsync(fd)
    finally:
        os.close(fd)


def cmd_create_raw(args) -> int:
    """``qemuspec create -f raw FILE SIZE`` (the command line's part, kept here beside the work)."""
    from .qcow2.create import parse_size

    if args.backing or args.backing_fmt:
        raise UsageError("Backing file not supported for file format 'raw'")  # qemu-img's words
    options = parse_raw_options(args.options)
    if args.size is None and "size" not in options:
        raise UsageError("give a size")
    size = parse_size(args.size) if args.size is not None else options["size"]
    mode = options.get("preallocation", "off")
    create_raw(args.file, size, mode)
    if not args.quiet:
        print(f"Formatting '{args.file}', fmt=raw size={size}" + (f" preallocation={mode}" if "preallocation" in options else ""))
    return 0
