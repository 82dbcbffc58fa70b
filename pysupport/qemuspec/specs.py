"""Parse and write bytes with the generated Kaitai classes, with our errors.

The generated parsers live in :mod:`qemuspec.formats` (built from ``ksy/``).
This module finds a spec by its id, parses bytes with it and turns every
Kaitai, ``EOFError`` or decoding exception into a
:class:`~qemuspec.errors.FormatError` that names the structure, the field and
the offset. It also serialises objects built with the generated writers.
"""

from __future__ import annotations

import errno
import sys

import kaitaistruct
from kaitaistruct import KaitaiStream, KaitaiStruct

from .errors import FormatError, TruncatedError, UnknownFormatError, UsageError
from .formats._index import SPECS

TYPE_CHECKING = False  # typing's flag without importing typing (a cost at start-up)
if TYPE_CHECKING:
    from typing import Any, BinaryIO

__all__ = ["SPECS", "spec_class", "parse", "read_instance", "read_array", "serialize", "detect", "structure_name"]

_FORMATS_PACKAGE = "qemuspec.formats"
# patterns, compiled (and cached by re) on first use: opening an image needs neither
_ASSIGNED_FIELD = r"self\.(\w+)\s*="
_CAMEL_WORD = r"[A-Z][a-z0-9]*"


def spec_class(spec_id: str) -> type[KaitaiStruct]:
    """The generated top-level class of the spec ``spec_id`` (a ksy meta/id)."""
    entry = SPECS.get(spec_id)
    if entry is None:
        known = ", ".join(sorted(SPECS))
        raise UsageError(f"unknown spec {spec_id!r}; known specs: {known}")
    name = f"{_FORMATS_PACKAGE}.{spec_id}"
    __import__(name)  # not importlib: importing it costs start-up
    module = sys.modules[name]
    return getattr(module, entry["class"])


def structure_name(cls: type) -> str:
    """``FwCfgFileDir.FileEntry`` -> ``fw_cfg_file_dir::file_entry``."""
    import re

    return "::".join(
        "_".join(w.lower() for w in re.findall(_CAMEL_WORD, part)) for part in cls.__qualname__.split(".")
    )


def parse(spec: str | type[KaitaiStruct], data: bytes | BinaryIO, *, fetch_instances: bool = True,
          parent: KaitaiStruct | None = None) -> Any:
    """Parse ``data`` (bytes, or a seekable binary file) with a spec id or generated class.

    Bad input raises FormatError. With ``fetch_instances`` (the default)
    every instance is evaluated too, so errors in them surface here; without
    it, instances are read when first used (use :func:`read_instance`).
    ``parent`` parses an inner type as one of ``parent``'s (its parent, and
    its root the parent's), for types whose instances reach the root.
    """
    cls = spec_class(spec) if isinstance(spec, str) else spec
    source = data if hasattr(data, "read") else kaitaistruct.BytesIO(bytes(data))
    obj = cls(KaitaiStream(source)) if parent is None else cls(KaitaiStream(source), parent, parent._root)
    try:
        obj._read()
        if fetch_instances:
            obj._fetch_instances()
    except (kaitaistruct.KaitaiStructError, EOFError, UnicodeDecodeError, ValueError, OverflowError,
            RecursionError, OSError) as exc:
        _reraise_io_error(exc)
        # RecursionError: structures nested without end (a DTB); OverflowError: a seek to an offset
        # no file has (a qcow2 refcount_block instance at 2**63, found by fuzz/targets/specs.py)
        raise _format_error(exc, cls) from exc
    return obj


def read_instance(obj: KaitaiStruct, name: str) -> Any:
    """Evaluate the instance ``name`` of a parsed object; raise FormatError on bad input."""
    try:
        return getattr(obj, name)
    except (kaitaistruct.KaitaiStructError, EOFError, UnicodeDecodeError, ValueError, OverflowError,
            RecursionError, OSError) as exc:
        _reraise_io_error(exc)
        raise _format_error(exc, type(obj)) from exc


def read_array(cls: type[KaitaiStruct], parent: KaitaiStruct, offset: int, count: int) -> list:
    """``count`` structures of the generated class ``cls``, one after another from ``offset`` of
    the stream ``parent`` was parsed from, as a generated instance with ``pos`` and
    ``repeat-expr`` reads them (``parent`` their parent, its root theirs).

    For giving such an instance its new value (the generated setter) after its bytes were
    rewritten, instead of reaching into the parser's cache. Raises FormatError on bad input.
    """
    stream = parent._io
    pos = stream.pos()
    items = []
    try:
        stream.seek(offset)
        for _ in range(count):
            item = cls(stream, parent, parent._root)
            item._read()
            items.append(item)
    except (kaitaistruct.KaitaiStructError, EOFError, UnicodeDecodeError, ValueError, OverflowError,
            RecursionError) as exc:
        raise _format_error(exc, cls) from exc
    finally:
        stream.seek(pos)
    return items


def serialize(obj: KaitaiStruct, size: int) -> bytes:
    """Write ``obj`` (built with the generated writers) into ``size`` bytes.

    The generated ``_check`` runs first, so inconsistent objects (a count that
    does not match its list, a string too long for its field) are refused.
    """
    try:
        _check_all(obj)
        buf = bytearray(size)
        io = KaitaiStream(kaitaistruct.BytesIO(buf))
        obj._write(io)
        written = io.pos()
        return bytes(io.to_byte_array()[:written]) if written != size else bytes(io.to_byte_array())
    except (kaitaistruct.KaitaiStructError, kaitaistruct.ConsistencyError, EOFError, ValueError) as exc:
        raise _format_error(exc, type(obj), writing=True) from exc


def _check_all(obj: KaitaiStruct) -> None:
    """Run the generated ``_check`` on ``obj`` and every structure inside it."""
    for name, value in vars(obj).items():
        if name.startswith("_"):
            continue
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, KaitaiStruct):
                _check_all(child)
    obj._check()


def detect(data: bytes) -> str:
    """The id of the spec whose magic ``data`` starts with (the longest match)."""
    candidates = [
        (len(entry["magic"]), spec_id)
        for spec_id, entry in SPECS.items()
        if entry["magic"] and data.startswith(entry["magic"])
    ]
    if not candidates:
        raise UnknownFormatError(
            "no spec recognises these bytes by their magic",
            offset=0,
            expected="one of: " + ", ".join(sorted(k for k, v in SPECS.items() if v["magic"]))
            + " (or name the spec with --type)",
        )
    return max(candidates)[1]


def _reraise_io_error(exc: BaseException) -> None:
    """Let a real I/O error through; an offset the file system cannot seek to is bad input.

    A seek past what the host file system can address (``EINVAL`` on ext4
    beyond 16 TiB; tmpfs just reads nothing there) is an offset in the file
    that points outside any file: the same mistake as one past its end.
    """
    if isinstance(exc, OSError) and exc.errno not in (errno.EINVAL, errno.EFBIG, errno.EOVERFLOW):
        raise exc


def _format_error(exc: BaseException, top: type, writing: bool = False) -> FormatError:
    """Name the structure, field and offset where the generated code failed.

    The innermost frame of generated code tells the structure and, from its
    source line, the field. The offset is absolute in the input: a
    sub-stream (a field with ``size:``) was just cut from its parent stream,
    so its start is the parent's position minus its size.
    """
    import traceback  # here: only bad input pays for it

    structure, field, offset = structure_name(top), None, None
    base, io = 0, None
    for frame, lineno in traceback.walk_tb(exc.__traceback__):
        owner = frame.f_locals.get("self")
        if not isinstance(owner, KaitaiStruct) or not type(owner).__module__.startswith(_FORMATS_PACKAGE):
            continue
        structure = structure_name(type(owner))
        field = _field_at(frame, lineno)
        try:
            if io is not None and owner._io is not io:
                base += io.pos() - owner._io.size()
            io = owner._io
            offset = base + io.pos()
        except Exception:  # an io that is gone has no position to report
            offset = None
    verb = "writing" if writing else "reading"
    if isinstance(exc, OSError):
        for frame, _ in traceback.walk_tb(exc.__traceback__):
            if frame.f_code.co_name == "seek" and isinstance(frame.f_locals.get("n"), int):
                offset = frame.f_locals["n"]  # the offset it tried to go to, not where it was
        return TruncatedError(f"input ends while {verb}: the offset is beyond what the file system can address",
                              structure=structure, field=field, offset=offset)
    if isinstance(exc, EOFError):
        needed = getattr(exc, "bytes_needed", None)
        available = getattr(exc, "bytes_available", None)
        if offset is not None and available and io is not None and io.is_eof():
            offset -= available  # the short read consumed what there was
        expected = f"{needed} bytes, {available} left" if needed is not None else None
        return TruncatedError(f"input ends while {verb}", structure=structure, field=field,
                              offset=offset, expected=expected)
    if isinstance(exc, kaitaistruct.ValidationFailedError):
        expected = repr(getattr(exc, "expected", None)) if hasattr(exc, "expected") else None
        actual = getattr(exc, "actual", None)
        if offset is not None and isinstance(actual, (bytes, bytearray)):
            offset -= len(actual)  # point at the start of the field, not past it
        return FormatError(f"invalid value {actual!r}", structure=structure, field=field,
                           offset=offset, expected=expected)
    return FormatError(f"{type(exc).__name__} while {verb}: {exc}", structure=structure,
                       field=field, offset=offset)


def _field_at(frame, lineno: int) -> str | None:
    """The attribute the generated code assigns at, or just before, ``lineno``."""
    import linecache
    import re

    filename = frame.f_code.co_filename
    for line_no in range(lineno, max(frame.f_code.co_firstlineno, lineno - 4) - 1, -1):
        match = re.search(_ASSIGNED_FIELD, linecache.getline(filename, line_no))
        if match:
            return match.group(1)
    return None

