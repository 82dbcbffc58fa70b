"""Amending a qcow2 image's options in place, as ``qemu-img amend`` does.

Invariant: every option is parsed and checked before the first byte is
written, so a refused amend leaves the file unchanged (qemu-img checks some
things only half way through; we check them all first). Done: lazy_refcounts,
compat (0.10 to 1.1 and back), refcount_bits, size (grow and shrink, as QEMU's
truncate), data_file (renamed or dropped, only for an image that has one),
data_file_raw (cleared; set only where it is set already), backing_file and
backing_fmt (accepted only when they name what the image has: qemu-img 7.2
refuses to change them, pointing at rebase), encrypt.* (LUKS keyslots added
or erased, see :mod:`.keyslots`). Options qemu-img cannot amend get
qemu-img's message. A new size resizes the persistent bitmaps too.

The steps run in qemu-img's order: upgrade, keyslots, refcount width, lazy
refcounts, size, the header (data file name and raw bit; after the size, so
that the data file resized is the one the image named, as in QEMU), downgrade
(a downgrade comes last so that the others can first make the image fit
version 2).
"""

from __future__ import annotations

import os

from ...ctext import to_bytes
from ...cli.qemu_opts import option_bool, option_size
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
DONE = ("lazy_refcounts", "compat", "refcount_bits", "size", "backing_file", "backing_fmt", "data_file",
        "data_file_raw", "encrypt.state", "encrypt.keyslot", "encrypt.new-secret", "encrypt.old-secret",
        "encrypt.iter-time")


def help_text() -> str:
    lines = ["Amend options for 'qcow2':"]
    for name, (kind, text) in AMENDABLE.items():
        lines.append(f"  {f'{name}={kind}':<22} - {text}")
    return "\n".join(lines)


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


def _string(name: str, value: str | None) -> str:
    return value or ""


def _number_text(name: str, value: str | None) -> str:
    from .keyslots import check_numbers

    check_numbers({name[len("encrypt."):]: value})
    return value or ""


_PARSE = {"lazy_refcounts": option_bool, "compat": _compat, "refcount_bits": _refcount_bits, "size": option_size,
          "backing_file": _string, "backing_fmt": _string, "data_file": _string, "data_file_raw": option_bool,
          "encrypt.state": _string, "encrypt.new-secret": _string, "encrypt.old-secret": _string,
          "encrypt.keyslot": _number_text, "encrypt.iter-time": _number_text}


def amend_image(path: str | os.PathLike, options: dict, *, key_secret: bytes | None = None,
                secrets: dict | None = None, force: bool = False) -> None:
    """Apply checked ``options`` to the qcow2 image at ``path``, in qemu-img's order.

    Everything that could refuse the amend is checked first, on a read-only open;
    then each step opens the image anew, so it sees what the one before wrote.
    An encrypted image needs ``key_secret`` (its passphrase), as qemu-img needs it to open the image;
    ``secrets`` are the passphrases ``encrypt.new-secret``/``encrypt.old-secret`` name (by id), ``force``
    lets a keyslot change overwrite an active slot or erase the last one (qemu-img's ``--force``).
    """
    from .keyslots import apply_keyslot_change, parse_keyslot_options, plan_keyslot_change
    from .crypto import require_key, unlock
    from .downgrade import downgrade, refuse_downgrade
    from .image import Qcow2Image
    from .refcount_width import change_refcount_width, refuse_width
    from .writer import Qcow2Writer

    with Qcow2Image(path, backing=False) as image:
        if image.version >= 3 and image.header.incompatible_features.corrupt:  # qemu-img's open refuses it
            raise UsageError(f"Could not open '{os.fspath(path)}': qcow2: Image is corrupt; cannot be opened read/write")
        if image.encryption is not None:
            if key_secret is not None:
                unlock(image, key_secret)
            require_key(image)
        old_version, old_bits = image.version, 1 << image.refcount_order
        old_lazy = bool(image.version >= 3 and image.header.compatible_features.lazy_refcounts)
        new_version = options.get("compat") or old_version
        bits = options.get("refcount_bits", old_bits)
        crypto_opts = parse_keyslot_options(options)
        if crypto_opts and image.encryption is None:
            raise UsageError("Can't amend encryption options - encryption not present")
        if crypto_opts and image.encryption.format != "luks":
            raise UsageError("Only LUKS encryption options can be amended")
        if "data_file" in options and not image.has_data_file:
            raise UsageError("data-file can only be set for images that use an external data file")
        if options.get("data_file_raw") and not image.data_file_raw:
            raise UsageError("data-file-raw cannot be set on existing images")
        keyslots = plan_keyslot_change(image.encryption, crypto_opts, secrets or {}, force) if crypto_opts else None
        if bits != old_bits:
            if new_version < 3 and bits != 16:
                raise UsageError("Refcount widths other than 16 bits require compatibility level 1.1 or above "
                                 "(use compat=1.1 or greater)")
            refuse_width(image, bits)
        if ("backing_file" in options or "backing_fmt" in options) and (
                options.get("backing_file") != image.backing_file
                or options.get("backing_fmt") != image.extensions.backing_format):
            raise UsageError("Cannot amend the backing file\nYou can use 'qemu-img rebase' instead.")
        if options.get("lazy_refcounts") and not old_lazy and new_version < 3:
            raise UsageError("Lazy refcounts only supported with compatibility level 1.1 and above "
                             "(use compat=1.1 or greater)")
        new_size = options.get("size") or 0  # size=0 changes nothing, as in qemu-img
        if new_size:
            _refuse_size(image, new_size, new_version)
        header_change = _header_change(image, options)
        if new_version < old_version:
            refuse_downgrade(image, bits)

    def writer():
        return Qcow2Writer(path, key_secret=key_secret)

    if new_version > old_version:
        with writer() as w:
            _upgrade(w)
    # the steps between the version changes share one writer, as they share qemu-img's one open:
    # persistent bitmaps are marked in use once and stored once, at its close
    with writer() as w:
        if keyslots is not None:
            apply_keyslot_change(w, keyslots)
        if bits != old_bits:
            change_refcount_width(w, bits)
        if "lazy_refcounts" in options and options["lazy_refcounts"] != old_lazy:
            features = w.header.compatible_features
            features.lazy_refcounts = options["lazy_refcounts"]
            w.lazy = False  # the refcounts on disk are complete: the writer repaired a dirty image
            w.write_header()
        if new_size and new_size != w.size:
            w.truncate(new_size)  # the data file it resizes is the one the image named when opened
        if header_change is not None:
            _write_data_file_header(w, *header_change)
    if new_version < old_version:
        with writer() as w:
            downgrade(w)


def _refuse_size(image, new_size: int, new_version: int) -> None:
    """What QEMU's truncate refuses, checked before anything is written."""
    if new_size % 512:
        raise UsageError("The new size must be a multiple of 512")
    if image.header.num_snapshots and image.version < 3:
        raise UsageError("Can't resize a v2 image which has snapshots")
    if image.extensions.bitmaps is not None:
        from .bitmap import list_bitmaps

        for bitmap in list_bitmaps(image):
            if bitmap.in_use:  # one left in use by a process that did not close the image: QEMU's words
                raise UsageError(f"Bitmap '{bitmap.name}' is inconsistent and cannot be used\n"
                                 "Try block-dirty-bitmap-remove to delete this bitmap from disk")


def _header_change(image, options: dict):
    """(data file name or None to drop it, raw bit) when the amend changes them, else None."""
    name = image.extensions.data_file
    if "data_file" in options and image.has_data_file:
        name = options["data_file"] or None
    raw = image.data_file_raw and options.get("data_file_raw", True)
    if name == image.extensions.data_file and raw == image.data_file_raw:
        return None
    old, new = to_bytes(image.extensions.data_file or ""), to_bytes(name or "")
    grows = (-(-len(new) // 8) * 8 + (8 if new else 0)) - (-(-len(old) // 8) * 8 + (8 if old else 0))
    if grows > 0 and _header_area_end(image) + grows > image.cluster_size:
        raise UsageError("Failed to update the image header: No space left on device")
    return name, raw


def _header_area_end(image) -> int:
    """Where the header cluster's used bytes end: header, extensions, backing file name."""
    from ...specs import read_instance

    used = image.spec.len_header + sum(8 + e.len_data + len(e.padding)
                                       for e in read_instance(image.spec, "header_extensions").extensions)
    return used + len(to_bytes(image.backing_file or ""))


def _write_data_file_header(writer, name: str | None, raw: bool) -> None:
    """The data file extension renamed or dropped, and the raw bit, in the header cluster."""
    from ...formats.qcow2 import Qcow2
    from ...specs import read_instance

    kind = Qcow2.HeaderExtensionType
    extensions = [e for e in read_instance(writer.spec, "header_extensions").extensions]
    at = next((i for i, e in enumerate(extensions) if e.type == kind.external_data_file), None)
    if at is not None:
        del extensions[at]
    else:  # QEMU writes it right after the backing format
        at = sum(1 for e in extensions if e.type == kind.backing_file_format)
    if name is not None:
        ext = Qcow2.HeaderExtension()
        value = Qcow2.StringExtension(None, ext, None)
        value.value = to_bytes(name)
        ext.type, ext.data, ext.len_data = kind.external_data_file, value, len(value.value)
        ext.padding = bytes(-ext.len_data % 8)
        extensions.insert(at, ext)
    writer.header.autoclear_features.raw_external_data = raw
    writer.extensions.data_file = name
    writer.write_header_area(extensions)
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
