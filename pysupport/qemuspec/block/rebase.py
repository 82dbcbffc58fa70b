"""``qemu-img rebase``: give a qcow2 image another backing file, keeping what the guest reads.

Invariant: in safe mode the guest data of the image is the same before and
after. Where the image has no data of its own (a range that is neither data
nor zero in this layer), the old backing chain and the new backing file are
read side by side, in chunks of 2 MiB as qemu-img 7.2 reads them, clipped at
the end of each backing file (a backing file reads as zeros past its end);
every 512-byte sector where they differ is written into the image with the
old chain's bytes, as zeros where the old chain is past its end. Only then
is the header changed (backing file name, backing format extension). A
crash in between leaves an image that reads as before. ``-u`` (unsafe)
changes only the header.

Everything that can be refused is refused before the first write: a missing
``-F``, a name over 1023 bytes, a header that would no longer fit in the
first cluster, a raw external data file, a backing file that cannot be
opened or is in a format we do not read.
"""

from __future__ import annotations

import os

from ..ctext import to_bytes
from ..errors import QemuSpecError, UsageError
from ..formats.qcow2 import Qcow2
from .image import Image
from .probe import FOREIGN, READABLE

__all__ = ["rebase", "backing_path", "check_format_name", "CHUNK", "QEMU_FORMATS"]

CHUNK = 2 << 20          # qemu-img's IO_BUF_SIZE
SECTOR = 512
MAX_NAME = 1023          # qcow2: the longest backing file name QEMU writes
# format names QEMU 7.2 knows (besides the ones it reads and we do too); -F takes any of them
QEMU_FORMATS = frozenset(READABLE) | frozenset(FOREIGN) | {
    "file", "host_device", "host_cdrom", "nbd", "blkdebug", "blkverify", "null-co", "null-aio",
    "throttle", "copy-on-read", "preallocate", "compress", "replication", "quorum", "snapshot-access",
    "vvfat", "http", "https", "ftp", "ftps", "iscsi", "rbd", "nfs", "ssh", "gluster"}
Ext = Qcow2.HeaderExtensionType


def backing_path(image_name: str, backing: str) -> str:
    """Where QEMU looks for ``backing``: relative names are taken from the image's directory."""
    if os.path.isabs(backing):
        return backing
    return os.path.join(os.path.dirname(image_name), backing)


def check_format_name(name: str | None) -> None:
    if name is not None and name not in QEMU_FORMATS:
        raise UsageError(f"Invalid format name: '{name}'")


def _cannot_change(name: str, why: str) -> UsageError:
    return UsageError(f"Could not change the backing file to '{name}': {why}")


def rebase(filename: str, backing: str | None, backing_format: str | None, *, unsafe: bool,
           fmt: str | None = None, force_share: bool = False, progress=None, key_secret: bytes | None = None) -> None:
    """Rebase ``filename`` (a path as given) onto ``backing`` ('' or None: no backing file).

    ``key_secret`` is the passphrase of an encrypted ``filename`` (its backing files are not encrypted)."""
    from . import REGISTRY, detect_format, open_image
    from .probe import require_readable
    from .qcow2.writer import Qcow2Writer

    name = backing or ""
    fmt = require_readable(fmt or detect_format(filename), filename)
    if not REGISTRY[fmt].backing_files:  # no backing file to change (qemu-img: ENOTSUP)
        with open_image(filename, format=fmt, backing=False, force_share=force_share):
            pass
        check_format_name(backing_format)
        raise _cannot_change(name, "Operation not supported")
    with Qcow2Writer(filename, backing=not unsafe, key_secret=key_secret) as image:
        check_format_name(backing_format)
        new = None
        try:
            if not unsafe and name:
                new = _open_new_backing(filename, name, backing_format, force_share)
            extensions = _validate_change(image, name, backing_format)
            if not unsafe:
                _copy_differences(image, image.backing, new, progress)
        finally:
            if new is not None:
                new.close()
        set_backing_file(image, name, backing_format, extensions)


def _open_new_backing(filename: str, name: str, backing_format: str | None, force_share: bool) -> Image:
    from . import open_image

    path = backing_path(filename, name)
    if not os.path.exists(path):
        raise UsageError(f"Could not open new backing file '{name}': Could not open '{path}': "
                         "No such file or directory")
    try:
        return open_image(path, format=backing_format, force_share=force_share)
    except QemuSpecError as exc:
        raise UsageError(f"Could not open new backing file '{name}': {exc}") from exc


def _validate_change(image, name: str, backing_format: str | None) -> list:
    """The header extensions after the change; refuses (as qemu-img does) what cannot be written."""
    from ..specs import read_instance

    if name and not backing_format:
        raise _cannot_change(name, "backing format must be specified")
    if name and (image.data_file_raw or len(to_bytes(name)) > MAX_NAME):
        raise _cannot_change(name, "Invalid argument")
    kept = [e for e in read_instance(image.spec, "header_extensions").extensions
            if e.type not in (Ext.end, Ext.backing_file_format)]
    if name:  # QEMU writes the backing format first
        kept.insert(0, _format_extension(backing_format))
    used = image.spec.len_header + sum(8 + e.len_data + len(e.padding) for e in kept if e.type != Ext.bitmaps)
    used += (32 if image.extensions.bitmaps is not None else 0) + 8 + len(to_bytes(name))
    if used > image.cluster_size:
        raise _cannot_change(name, "No space left in the file header")
    return kept


def _format_extension(backing_format: str):
    ext = Qcow2.HeaderExtension()
    value = Qcow2.StringExtension(None, ext, None)
    value.value = to_bytes(backing_format)
    ext.type, ext.data = Ext.backing_file_format, value
    ext.len_data = len(value.value)
    ext.padding = bytes(-ext.len_data % 8)
    return ext


def set_backing_file(image, name: str, backing_format: str | None, extensions: list) -> None:
    """Write the new backing file name and format into the header cluster."""
    image.backing_file = name or None
    image.extensions.backing_format = backing_format if name else None
    image.header.len_backing_file_name = len(to_bytes(name))
    image.write_header_area(extensions)
    image.io.flush()


def _copy_differences(image, old: Image | None, new: Image | None, progress) -> None:
    """Write into ``image`` every sector, unallocated there, where the old and new backing differ."""
    size = image.size
    old_size = old.size if old is not None else 0
    new_size = new.size if new is not None else 0
    pos = 0
    while pos < size:
        run = image.block_status(pos, min(CHUNK, size - pos))[0]
        n = run.length
        if not run.allocated:
            old_zero = pos >= old_size
            if not old_zero:
                n = min(n, old_size - pos)
            if pos < new_size:
                n = min(n, new_size - pos)
            before = bytes(n) if old_zero else old.read(pos, n)
            after = new.read(pos, n) if pos < new_size else bytes(n)
            for start, length in differing_sectors(before, after):
                if old_zero:
                    image.write_zeroes(pos + start, length)
                else:
                    image.write(pos + start, before[start:start + length])
        pos += n
        if progress is not None:
            progress(pos, size)


def differing_sectors(a: bytes, b: bytes, block: int = 64 << 10):
    """The ``(start, length)`` runs of 512-byte sectors where ``a`` and ``b`` differ (a short last one counts)."""
    if a == b:
        return
    va, vb = memoryview(a), memoryview(b)
    start = None
    for base in range(0, len(a), block):
        if va[base:base + block] == vb[base:base + block]:
            if start is not None:
                yield start, base - start
                start = None
            continue
        for pos in range(base, min(base + block, len(a)), SECTOR):
            differs = va[pos:pos + SECTOR] != vb[pos:pos + SECTOR]
            if differs and start is None:
                start = pos
            elif not differs and start is not None:
                yield start, pos - start
                start = None
    if start is not None:
        yield start, len(a) - start

