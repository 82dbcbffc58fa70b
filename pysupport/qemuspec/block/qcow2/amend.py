"""Amending a qcow2 image's options in place, as ``qemu-img amend`` does.

Invariant: every option is parsed and checked before the first byte is
written, so a refused amend leaves the file unchanged (qemu-img checks some
things only half way through; we check them all first). Done so far:
lazy_refcounts, compat (0.10 to 1.1 and back) and refcount_bits; every other
option qemu-img amends is refused with a clear message rather than half done,
and options qemu-img cannot amend get qemu-img's message.

The steps run in qemu-img's order: upgrade, refcount width, lazy refcounts,
downgrade (a downgrade comes last so that the others can first make the image
fit version 2).
"""

from __future__ import annotations

import os

from ...ctext import to_bytes
from ...errors import UsageError
from ...fields import field_end

_HEADER_END = field_end("qcow2::header", "compression_type")  # 105: the last header field's end
_HEADER_LENGTH = -(-_HEADER_END // 8) * 8                      # 112: header_length is a multiple of 8

__all__ = ["AMENDABLE", "amend_image", "parse_amend_options"]

# qemu-img 7.2's list for qcow2 (``amend -o help``), in its order
AMENDABLE = {
    "backing_file": ("<str>", "File name of a base image"),
    "backing_fmt": ("<str>", "Image format of the base image"),
    "compat": ("<str>", "Compatibility level (v2 [0.10] or v3 [1.1])"),
    "data_file": ("<str>", "File name of an external data file"),
    "data_file_raw": ("<bool (on/off)>", "The external data file must stay valid as a raw image"),
    "encrypt.iter-time": ("<num>", "Time to spend in PBKDF in milliseconds"),
    "encrypt.keyslot": ("<num>", "Select a single keyslot to modify explicitly"),
    "encrypt.new-secret": ("<str>", "New secret to set in the matching keyslots. Empty string to erase"),
    "encrypt.old-secret": ("<str>", "Select all keyslots that match this password"),
    "encrypt.state": ("<str>", "Select new state of affected keyslots (active/inactive)"),
    "lazy_refcounts": ("<bool (on/off)>", "Postpone refcount updates"),
    "refcount_bits": ("<num>", "Width of a reference count entry in bits"),
    "size": ("<size>", "Virtual disk size"),
}
# options of qemu-img create that amend does not take
CREATE_ONLY = ("cluster_size", "preallocation", "encryption", "encrypt.format", "extended_l2",
               "compression_type", "encrypt.key-secret", "encrypt.cipher-alg", "encrypt.cipher-mode",
               "encrypt.ivgen-alg", "encrypt.ivgen-hash-alg", "encrypt.hash-alg")
DONE = ("lazy_refcounts", "compat", "refcount_bits")


def help_text() -> str:
    lines = ["Amend options for 'qcow2':"]
    for name, (kind, text) in AMENDABLE.items():
        lines.append(f"  {f'{name}={kind}':<22} - {text}")
    return "\n".join(lines)


def _bool(name: str, value: str | None) -> bool:
    if value in ("on", "yes", "true"):
        return True
    if value in ("off", "no", "false"):
        return False
    raise UsageError(f"Parameter '{name}' expects 'on' or 'off'")


def parse_amend_options(text: str) -> dict:
    """The ``-o`` options, checked as qemu-img checks them (nothing is opened yet)."""
    from ...cli.qemu_opts import split_options

    options = {}
    for name, value in split_options(text):
        if name in CREATE_ONLY:
            raise UsageError(f"Invalid parameter '{name}'\nThis option is only supported for image creation")
        if name not in AMENDABLE:
            raise UsageError(f"Invalid parameter '{name}'")
        if name not in DONE:
            raise UsageError(f"amending {name} is not supported by qemuspec yet (nothing was written)")
        options[name] = _PARSE[name](name, value)
    return options


def _compat(name: str, value: str | None) -> int:
    versions = {"0.10": 2, "v2": 2, "1.1": 3, "v3": 3}
    if value not in versions:
        raise UsageError(f"Invalid compatibility level: '{value}'")
    return versions[value]


def _refcount_bits(name: str, value: str | None) -> int:
    try:
        bits = int(value or "", 0)
    except ValueError:
        raise UsageError(f"Parameter '{name}' expects a number") from None
    if bits <= 0 or bits > 64 or bits & (bits - 1):
        raise UsageError("Refcount width must be a power of two and may not exceed 64 bits")
    return bits


_PARSE = {"lazy_refcounts": _bool, "compat": _compat, "refcount_bits": _refcount_bits}


def amend_image(path: str | os.PathLike, options: dict) -> None:
    """Apply checked ``options`` to the qcow2 image at ``path``, in qemu-img's order.

    Everything that could refuse the amend is checked first, on a read-only open;
    then each step opens the image anew, so it sees what the one before wrote.
    """
    from .downgrade import downgrade, refuse_downgrade
    from .image import Qcow2Image
    from .refcount_width import change_refcount_width, refuse_width
    from .writer import Qcow2Writer

    with Qcow2Image(path, backing=False) as image:
        old_version, old_bits = image.version, 1 << image.refcount_order
        old_lazy = bool(image.version >= 3 and image.header.compatible_features.lazy_refcounts)
        new_version = options.get("compat") or old_version
        bits = options.get("refcount_bits", old_bits)
        if bits != old_bits:
            if new_version < 3 and bits != 16:
                raise UsageError("Refcount widths other than 16 bits require compatibility level 1.1 or above "
                                 "(use compat=1.1 or greater)")
            refuse_width(image, bits)
        if options.get("lazy_refcounts") and not old_lazy and new_version < 3:
            raise UsageError("Lazy refcounts only supported with compatibility level 1.1 and above "
                             "(use compat=1.1 or greater)")
        if new_version < old_version:
            refuse_downgrade(image, bits)
    if new_version > old_version:
        with Qcow2Writer(path) as writer:
            _upgrade(writer)
    if bits != old_bits:
        with Qcow2Writer(path) as writer:
            change_refcount_width(writer, bits)
    if "lazy_refcounts" in options and options["lazy_refcounts"] != old_lazy:
        with Qcow2Writer(path) as writer:
            features = writer.header.compatible_features
            features.lazy_refcounts = options["lazy_refcounts"]
            writer.lazy = False  # the refcounts on disk are complete: the writer repaired a dirty image
            writer._write_header()
            writer.io.flush()
    if new_version < old_version:
        with Qcow2Writer(path) as writer:
            downgrade(writer)


def _upgrade(writer) -> None:
    """Version 2 to 3 (compat=1.1): the header cluster written anew as QEMU writes a version 3
    one (112-byte header, the backing format, the feature name table), the tables unchanged.

    Refused when the image has header extensions other than the backing format, which a
    version 2 image written by QEMU never has.
    """
    from ...specs import serialize
    from .create import CreateOptions, _extension_area, _header

    ext = writer.extensions
    if ext.unknown or ext.data_file or ext.bitmaps is not None or ext.encryption is not None:
        raise UsageError("amending compat of a version 2 image with header extensions other than the "
                         "backing format is not supported by qemuspec (nothing was written)")
    old = writer.header
    fresh = CreateOptions(cluster_size=writer.cluster_size, backing_file=writer.backing_file,
                          backing_fmt=ext.backing_format)
    area = _extension_area(fresh)
    backing = to_bytes(writer.backing_file) if writer.backing_file else b""
    header = _header(fresh, writer.cluster_bits, _HEADER_LENGTH + len(area) if backing else 0)
    for name in ("size", "crypt_method", "num_l1_entries", "l1_table_offset", "refcount_table_offset",
                 "refcount_table_clusters", "num_snapshots", "snapshots_offset", "len_backing_file_name"):
        setattr(header, name, getattr(old, name))
    first = serialize(header, _HEADER_END).ljust(_HEADER_LENGTH, b"\0") + area + backing
    if len(first) > writer.cluster_size:
        raise UsageError("the version 3 header and its extensions do not fit in the first cluster "
                         "(nothing was written)")
    writer.flush()
    writer.io.pwrite(first.ljust(writer.cluster_size, b"\0"), 0)  # nothing of the old layout stays
    writer.io.flush()
