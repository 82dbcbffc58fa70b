"""Creating qcow2 images, with qemu-img's options, defaults and layout.

The first cluster holds the header, its extensions (backing format, data
file name, feature name table) and the backing file name; the refcount
table and the first refcount block follow, as in an image qemu-img makes.
The L1 table is then grown to the disk size by the writer, exactly as QEMU
grows it, so a new image is byte-for-byte what ``qemu-img create`` writes.
``preallocation=falloc|full`` then lays out the data as QEMU's truncate does
(see :mod:`.prealloc`); ``metadata`` maps every cluster, its data left a hole.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ...ctext import to_bytes
from ...errors import UsageError
from ...formats.qcow2 import Qcow2
from ...specs import serialize
from .layout import encode_refcounts, encode_u64_table
from .prealloc import extend_data_file, extend_file, preallocate_data

__all__ = ["CreateOptions", "create_image", "parse_options"]

Ext = Qcow2.HeaderExtensionType

# The feature name table QEMU writes: (bitmap type, bit, name)
FEATURE_NAMES = [
    (0, 0, "dirty bit"), (0, 1, "corrupt bit"), (0, 2, "external data file"), (0, 3, "compression type"),
    (0, 4, "extended L2 entries"), (1, 0, "lazy refcounts"), (2, 0, "bitmaps"), (2, 1, "raw external data"),
]


@dataclass
class CreateOptions:
    """qemu-img's ``-o`` options for qcow2, with its defaults."""

    cluster_size: int = 65536
    refcount_bits: int = 16
    compat: str = "1.1"
    lazy_refcounts: bool = False
    extended_l2: bool = False
    compression_type: str = "zlib"
    preallocation: str = "off"
    backing_file: str | None = None
    backing_fmt: str | None = None
    data_file: str | None = None
    data_file_raw: bool = False
    encryption: bool = False                            # the legacy AES method, refused
    encrypt: dict = field(default_factory=dict)          # encrypt.NAME=VALUE, by NAME

    @property
    def luks(self) -> bool:
        return self.encrypt.get("format") == "luks"

    def luks_options(self):
        """The ``encrypt.*`` options as :class:`~.crypto.LuksOptions` (``key-secret`` is the caller's)."""
        from .crypto import LuksOptions

        values = {}
        for name, value in self.encrypt.items():
            if name in ("format", "key-secret"):
                continue
            attr = name.replace("-", "_")
            if attr not in LuksOptions.__dataclass_fields__:
                raise UsageError(f"unknown option encrypt.{name}")
            if attr == "iter_time":
                try:
                    value = int(value)
                except ValueError:
                    raise UsageError(f"encrypt.iter-time takes milliseconds, not {value!r}") from None
            values[attr] = value
        options = LuksOptions(**values)
        options.check()
        return options

    def check(self) -> None:
        cs = self.cluster_size
        if cs & (cs - 1) or not 512 <= cs <= 2 << 20:
            raise UsageError("cluster_size must be a power of two between 512 and 2M")
        if self.refcount_bits not in (1, 2, 4, 8, 16, 32, 64):
            raise UsageError("refcount_bits must be a power of two up to 64")
        if self.compat not in ("0.10", "1.1", "v2", "v3"):
            raise UsageError("compat must be 0.10 or 1.1")
        v2 = self.compat in ("0.10", "v2")
        if v2 and (self.refcount_bits != 16 or self.lazy_refcounts or self.extended_l2 or self.data_file
                   or self.compression_type != "zlib"):
            raise UsageError("compat=0.10 allows only 16-bit refcounts, zlib, no lazy refcounts, "
                             "extended L2 or data file")
        if self.extended_l2 and cs < 16384:
            raise UsageError("extended_l2 needs cluster_size of at least 16k")
        if self.compression_type not in ("zlib", "zstd"):
            raise UsageError("compression_type must be zlib or zstd")
        if self.preallocation not in PREALLOCATION_MODES:
            raise UsageError(f"Parameter 'preallocation' does not accept value '{self.preallocation}'")
        if self.backing_file and self.preallocation != "off" and not self.extended_l2:
            raise UsageError("Backing file and preallocation can only be used at the same time if extended_l2 "
                             "is on")  # qemu-img's words
        if self.backing_file and self.data_file_raw:
            raise UsageError("data_file_raw cannot be used with a backing file")
        if self.data_file_raw and not self.data_file:
            raise UsageError("data_file_raw needs data_file")
        if self.backing_file and not self.backing_fmt:
            raise UsageError("give the backing file's format (backing_fmt=, or -F), as qemu-img requires")
        if self.encryption or self.encrypt.get("format") in ("aes", "on"):
            raise UsageError("qemuspec does not create images with the legacy AES encryption (QEMU's system "
                             "emulators refuse to run them); use encrypt.format=luks")
        if self.encrypt and "format" not in self.encrypt:
            raise UsageError("Parameter 'encrypt.format' is missing")  # qemu-img's words
        if self.encrypt and not self.luks:
            raise UsageError(f"encrypt.format {self.encrypt['format']!r}: qemuspec creates luks")
        if self.luks:
            if v2:
                raise UsageError("LUKS encryption needs compat=1.1")
            if self.data_file:
                raise UsageError("qemuspec does not create LUKS-encrypted images with an external data file")
            if "key-secret" not in self.encrypt:
                raise UsageError("Parameter 'encrypt.key-secret' is required for cipher")  # qemu-img's words
            self.luks_options()


PREALLOCATION_MODES = ("off", "metadata", "falloc", "full")

_BOOL = {"on": True, "off": False, "true": True, "false": False, "yes": True, "no": False}


_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40, "p": 1 << 50, "e": 1 << 60}


def parse_size(text: str) -> int:
    """A size as qemu-img takes it: bytes, or a number with a k/M/G/T/P/E suffix (B, KiB... too)."""
    value = text.strip().lower()
    for tail in ("ib", "b"):
        if value.endswith(tail) and value[:-len(tail)][-1:] in "kmgtpe":
            value = value[:-len(tail)]
            break
    if value.endswith("b"):
        value = value[:-1]
    unit = value[-1:] if value[-1:] in "kmgtpe" else ""
    number = value[:len(value) - len(unit)]
    whole, dot, fraction = number.partition(".")
    if whole.startswith("0x") and not dot and not unit:  # QEMU's qemu_strtosz takes hex, without a suffix
        digits, base = whole[2:], 16
    else:
        digits, base = whole, 10
    if not digits or not all(c in "0123456789abcdef"[:base] for c in digits) or \
            (dot and not fraction.isdigit() and fraction) or (fraction and not unit):
        raise UsageError(f"invalid size {text!r}")  # (a fraction needs a suffix, as in QEMU)
    scale = _UNITS[unit]
    size = int(digits, base) * scale
    if fraction:  # exact, rounded half up, as qemu_strtosz's fixed-point product
        size += (int(fraction) * scale * 2 // 10 ** len(fraction) + 1) // 2
    return size


def parse_options(text: str | None, **defaults) -> CreateOptions:
    """``-o name=value,...`` as qemu-img takes it, into :class:`CreateOptions`."""
    options = CreateOptions(**defaults)
    for item in filter(None, (text or "").split(",")):
        name, _, value = item.partition("=")
        if name.strip().startswith("encrypt."):
            options.encrypt[name.strip()[len("encrypt."):]] = value
            continue
        name = name.strip().replace("-", "_")
        if not hasattr(options, name):
            raise UsageError(f"unknown qcow2 option {name!r}")
        current = getattr(CreateOptions, name, None)
        if isinstance(current, bool):
            if value.lower() not in _BOOL:
                raise UsageError(f"{name} takes on or off")
            setattr(options, name, _BOOL[value.lower()])
        elif name in ("cluster_size",):
            setattr(options, name, parse_size(value))
        elif name == "refcount_bits":
            setattr(options, name, int(value))
        else:
            setattr(options, name, value)
    return options


def _header(options: CreateOptions, cluster_bits: int, backing_offset: int) -> Qcow2.Header:
    v3 = options.compat in ("1.1", "v3")
    h = Qcow2.Header()
    h.magic = b"QFI\xfb"
    h.version = 3 if v3 else 2
    h.backing_file_offset = backing_offset
    h.len_backing_file_name = len(to_bytes(options.backing_file)) if options.backing_file else 0
    h.cluster_bits = cluster_bits
    h.size = 0
    h.crypt_method = Qcow2.CryptMethod.none
    h.num_l1_entries = 0
    h.l1_table_offset = 0
    h.refcount_table_offset = 1 << cluster_bits
    h.refcount_table_clusters = 1
    h.num_snapshots = 0
    h.snapshots_offset = 0
    if v3:
        inc = h.incompatible_features = Qcow2.IncompatibleFeatures(None, h, None)
        inc.reserved_hi = inc.reserved_lo = 0
        inc.extended_l2 = options.extended_l2
        inc.compression_type = options.compression_type == "zstd"
        inc.external_data_file = bool(options.data_file)
        inc.corrupt = inc.dirty = False
        comp = h.compatible_features = Qcow2.CompatibleFeatures(None, h, None)
        comp.reserved_hi = comp.reserved_lo = 0
        comp.lazy_refcounts = options.lazy_refcounts
        auto = h.autoclear_features = Qcow2.AutoclearFeatures(None, h, None)
        auto.reserved_hi = auto.reserved_lo = 0
        auto.raw_external_data = options.data_file_raw
        auto.bitmaps = False
        h.refcount_order = options.refcount_bits.bit_length() - 1
        h.header_length = 112
        h.compression_type = Qcow2.CompressionType[options.compression_type]
    return h


def _extension(kind, data, length: int) -> bytes:
    """One header extension, through the generated writer (``data`` typed as the spec says)."""
    ext = Qcow2.HeaderExtension()
    ext.type = kind
    ext.len_data = length
    ext.data = data
    ext.padding = bytes(-length % 8)
    if not isinstance(data, bytes):
        data._parent = ext
    return serialize(ext, 8 + length + len(ext.padding))


def _string_extension(kind, text: str) -> bytes:
    value = Qcow2.StringExtension()
    value.value = to_bytes(text)  # a name from the command line keeps its bytes, UTF-8 or not
    return _extension(kind, value, len(value.value))


def _feature_table() -> bytes:
    table = Qcow2.FeatureNameTable()
    table.entries = []
    for kind, bit, name in FEATURE_NAMES:
        entry = Qcow2.FeatureName(None, table, None)
        entry.type = Qcow2.FeatureType(kind)
        entry.bit = bit
        entry.name = name.encode("ascii").ljust(46, b"\0")
        table.entries.append(entry)
    return _extension(Ext.feature_name_table, table, 48 * len(FEATURE_NAMES))


def _extension_area(options: CreateOptions) -> bytes:
    """The extensions in QEMU's order; version 2 images get only the backing format.

    qemu-img 7.2 writes the feature name table only into images with
    clusters of 8 KiB or more; we do the same, so new images match its bytes.
    """
    v3 = options.compat in ("1.1", "v3")
    parts = []
    if options.backing_fmt and options.backing_file:
        parts.append(_string_extension(Ext.backing_file_format, options.backing_fmt))
    if not v3:
        return b"".join(parts + [_extension(Ext.end, b"", 0)]) if parts else b""
    if options.data_file:
        parts.append(_string_extension(Ext.external_data_file, options.data_file))
    if options.cluster_size >= 8192:
        parts.append(_feature_table())
    parts.append(_extension(Ext.end, b"", 0))
    return b"".join(parts)


def create_image(path: str | os.PathLike, size: int, options: CreateOptions | None = None, *,
                 secret: bytes | None = None) -> None:
    """Create a qcow2 image of ``size`` bytes at ``path`` (which must not exist).

    With ``encrypt.format=luks`` in the options, ``secret`` is the passphrase
    (the secret ``encrypt.key-secret`` names) of the new LUKS header's key slot 0.
    """
    from .writer import Qcow2Writer

    options = options or CreateOptions()
    options.check()
    if options.luks and secret is None:
        raise UsageError(f"No secret with id '{options.encrypt['key-secret']}' found")
    path = Path(path)
    cs = options.cluster_size
    cluster_bits = cs.bit_length() - 1
    v3 = options.compat in ("1.1", "v3")
    header_end = 112 if v3 else 72
    extensions = _extension_area(options)
    backing = to_bytes(options.backing_file) if options.backing_file else b""
    backing_offset = header_end + len(extensions) if backing else 0
    if header_end + len(extensions) + len(backing) > cs:
        raise UsageError("the header, its extensions and the backing file name do not fit in one cluster")
    order = options.refcount_bits.bit_length() - 1 if v3 else 4
    header = _header(options, cluster_bits, backing_offset)
    first = bytearray(cs)
    first[:header_end] = serialize(header, 105 if v3 else 72).ljust(header_end, b"\0")
    first[header_end:header_end + len(extensions)] = extensions
    first[backing_offset:backing_offset + len(backing)] = backing
    refcounts = [0] * (cs * 8 >> order)
    refcounts[0] = refcounts[1] = refcounts[2] = 1
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        raise UsageError(f"{path} exists already") from None
    except OSError as exc:
        raise UsageError(f"cannot create {path}: {exc.strerror}") from exc
    try:
        os.pwrite(fd, bytes(first), 0)
        os.pwrite(fd, encode_u64_table([2 * cs]) + bytes(cs - 8), cs)
        os.pwrite(fd, encode_refcounts(refcounts, order), 2 * cs)
        os.fsync(fd)
    finally:
        os.close(fd)
    if options.data_file:
        # as qemu-img 7.2: the name as given, so a relative one is made in the working directory
        with open(options.data_file, "wb"):
            pass  # empty: the preallocation below gives it its size, as QEMU's preallocate_co
    with Qcow2Writer(path, backing=False, verify=False) as writer:
        writer.resize(size)
        if options.preallocation in ("falloc", "full"):
            preallocate_data(writer, 0, options.preallocation)
        # a raw data file must be readable as the disk: every L2 entry is set, as qemu-img does it
        elif options.preallocation == "metadata" or options.data_file_raw:
            writer.preallocate_metadata()
            if writer.has_data_file:
                writer.flush()
                extend_data_file(writer, "off")  # QEMU extends the data file over the mapping
        elif writer.has_data_file:
            writer.flush()
            extend_file(writer.data_io.fd, size, "off")  # qcow2_co_truncate passes the size on to the data file
        if options.luks:
            _add_luks_header(writer, options, secret)


def _add_luks_header(writer, options: CreateOptions, secret: bytes) -> None:
    """Put a new LUKS header after the tables, as QEMU does once the disk has its size, and point
    the header at it (crypt_method luks, the extension after those of the backing format)."""
    from ...specs import read_instance
    from .crypto import new_luks_header

    region, _ = new_luks_header(secret, options.luks_options())
    clusters = -(-len(region) // writer.cluster_size)
    at = writer.refcounts.allocate(clusters)
    writer.flush()
    writer.io.pwrite(region, at)
    writer.io.truncate(max(writer.io.size, at + clusters * writer.cluster_size))
    writer.io.flush()
    pointer = Qcow2.FullDiskEncryptionPointer()
    pointer.offset, pointer.len_header = at, len(region)
    extension = Qcow2.HeaderExtension()
    extension.type, extension.len_data, extension.data, extension.padding = Ext.full_disk_encryption, 16, pointer, b""
    pointer._parent = extension
    extensions = [e for e in read_instance(writer.spec, "header_extensions").extensions if e.type != Ext.end]
    place = sum(e.type == Ext.backing_file_format for e in extensions)
    writer.header.crypt_method = Qcow2.CryptMethod.luks
    writer.write_header_area(extensions[:place] + [extension] + extensions[place:])
