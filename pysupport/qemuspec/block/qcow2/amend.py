"""Amending a qcow2 image's options in place, as ``qemu-img amend`` does.

Invariant: every option is parsed and checked before the first byte is
written, so a refused amend leaves the file unchanged. Only what can be
amended safely so far is done (lazy_refcounts on a version 3 image, compat 0.10 to 1.1); every
other option qemu-img amends is refused with a clear message rather than
half done, and options qemu-img cannot amend get qemu-img's message.
"""

from __future__ import annotations

import os

from ...ctext import to_bytes
from ...errors import UsageError

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
DONE = ("lazy_refcounts", "compat")


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


_PARSE = {"lazy_refcounts": _bool, "compat": _compat}


def amend_image(path: str | os.PathLike, options: dict) -> None:
    """Apply checked ``options`` to the qcow2 image at ``path``, in QEMU's order: the
    version first, then lazy refcounts (each step opens the image anew, so it sees what
    the one before wrote)."""
    from .writer import Qcow2Writer

    if options.get("compat") is not None:
        with Qcow2Writer(path) as writer:
            if writer.version < 3 and options["compat"] == 3:
                _upgrade(writer)
            elif writer.version >= 3 and options["compat"] == 2:
                raise UsageError("amending compat to 0.10 (a downgrade) is not supported by qemuspec yet "
                                 "(nothing was written)")
    if "lazy_refcounts" in options:
        with Qcow2Writer(path) as writer:
            if writer.version < 3:
                raise UsageError("Lazy refcounts only supported with compatibility level 1.1 and above "
                                 "(use compat=1.1 or greater)")
            features = writer.header.compatible_features
            if bool(features.lazy_refcounts) != options["lazy_refcounts"]:
                features.lazy_refcounts = options["lazy_refcounts"]
                writer._write_header()
                writer.io.flush()


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
    header = _header(fresh, writer.cluster_bits, 112 + len(area) if backing else 0)
    for name in ("size", "crypt_method", "num_l1_entries", "l1_table_offset", "refcount_table_offset",
                 "refcount_table_clusters", "num_snapshots", "snapshots_offset", "len_backing_file_name"):
        setattr(header, name, getattr(old, name))
    first = serialize(header, 105).ljust(112, b"\0") + area + backing
    if len(first) > writer.cluster_size:
        raise UsageError("the version 3 header and its extensions do not fit in the first cluster "
                         "(nothing was written)")
    writer.flush()
    writer.io.pwrite(first.ljust(writer.cluster_size, b"\0"), 0)  # nothing of the old layout stays
    writer.io.flush()
