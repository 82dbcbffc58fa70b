"""Amending a qcow2 image's options in place, as ``qemu-img amend`` does.

Invariant: every option is parsed and checked before the first byte is
written, so a refused amend leaves the file unchanged. Only what can be
amended safely so far is done (lazy_refcounts on a version 3 image); every
other option qemu-img amends is refused with a clear message rather than
half done, and options qemu-img cannot amend get qemu-img's message.
"""

from __future__ import annotations

import os

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
DONE = ("lazy_refcounts",)


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
        options[name] = _bool(name, value)
    return options


def amend_image(path: str | os.PathLike, options: dict) -> None:
    """Apply checked ``options`` to the qcow2 image at ``path``."""
    from .writer import Qcow2Writer

    with Qcow2Writer(path) as writer:
        if "lazy_refcounts" in options:
            if writer.version < 3:
                raise UsageError("Lazy refcounts only supported with compatibility level 1.1 and above "
                                 "(use compat=1.1 or greater)")
            features = writer.header.compatible_features
            if bool(features.lazy_refcounts) != options["lazy_refcounts"]:
                features.lazy_refcounts = options["lazy_refcounts"]
                writer._write_header()
                writer.io.flush()
