"""The exceptions qemuspec raises.

Every error that bad input can cause is a :class:`QemuSpecError`. Code that
reads a file raises :class:`FormatError` naming the structure, the field, the
offset and what was expected; code that speaks a protocol raises
:class:`ProtocolError`. No ``EOFError``, ``struct.error``, ``KeyError`` or
Kaitai exception leaves the public API.
"""

from __future__ import annotations

__all__ = [
    "QemuSpecError",
    "FormatError",
    "TruncatedError",
    "UnknownFormatError",
    "UnsupportedFormatError",
    "ProtocolError",
    "PeerError",
    "UsageError",
]


_FROM_TABLE = object()  # FormatError's offset when not passed: looked up in the field table


class QemuSpecError(Exception):
    """Base class of every qemuspec error."""


class FormatError(QemuSpecError):
    """A file or blob does not follow its format.

    ``structure`` is the Kaitai type (``fw_cfg_file_dir::file_entry``),
    ``field`` the attribute being read, ``offset`` the byte offset in the
    input where the problem is, and ``expected`` what a valid input has there.
    Any of them may be ``None`` when it is not known. When ``offset`` is not
    passed at all, a field (or dotted field path) of a structure that begins at
    byte 0 of the input (``qcow2::header``, ``luks``, ...) gets its offset from
    the field table generated from ``ksy/`` (:mod:`qemuspec.fields`); pass
    ``offset=None`` to say there is none.
    """

    def __init__(
        self,
        message: str,
        *,
        structure: str | None = None,
        field: str | None = None,
        offset: int | None | object = _FROM_TABLE,
        expected: str | None = None,
    ) -> None:
        self.message = message
        self.structure = structure
        self.field = field
        if offset is _FROM_TABLE:
            from .fields import file_offset  # late: fields imports the generated tables
            offset = file_offset(structure, field)
        self.offset = offset
        self.expected = expected
        super().__init__(str(self))

    def __str__(self) -> str:
        where = []
        if self.structure:
            where.append(self.structure + (f".{self.field}" if self.field else ""))
        elif self.field:
            where.append(self.field)
        if self.offset is not None:
            where.append(f"at offset {self.offset:#x}")
        text = self.message
        if where:
            text = f"{' '.join(where)}: {text}"
        if self.expected:
            text += f" (expected {self.expected})"
        return text


class TruncatedError(FormatError):
    """The input ends before a structure it declares."""


class UnknownFormatError(FormatError):
    """No spec recognises the input (no known magic, no ``--type`` given)."""


class UnsupportedFormatError(FormatError):
    """The input is in a format QEMU reads and qemuspec does not (vmdk, vpc, qcow v1, ...).

    It is refused rather than read as raw, which would return the other
    format's metadata as guest data; ``format`` is QEMU's name for it.
    """

    def __init__(self, message: str, *, format: str, **where) -> None:
        self.format = format
        super().__init__(message, **where)


class ProtocolError(QemuSpecError):
    """A protocol peer sent something the protocol does not allow."""


class PeerError(QemuSpecError):
    """A real peer (a QEMU process, a socket) failed or went away."""


class UsageError(QemuSpecError):
    """The caller asked for something that cannot be done (bad argument)."""
