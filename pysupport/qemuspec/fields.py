"""Where a field lies: the offset and width tables generated from ``ksy/``.

``generated/python/formats/_fields.py`` (built by ``tools/generate.py``) lists,
for every Kaitai type, each field up to the type's first field of variable
size with its byte offset in the type and its width in bytes. This module
looks fields up in it, following dotted paths through fixed-size user types:

    >>> field_offset("qcow2::header", "refcount_table_offset")
    48
    >>> field_span("qcow2::header", "incompatible_features.dirty")
    (72, 8)

A bit field has the offset and width of the integer that holds it.
"""

from __future__ import annotations

from .formats._fields import AT_START, FIELDS, TYPES

__all__ = ["FIELDS", "field_span", "field_offset", "field_width", "field_end", "file_offset"]


def field_span(structure: str, path: str) -> tuple[int, int]:
    """(offset in ``structure``, width in bytes) of the field ``path`` (dotted
    through fixed-size user types). ``KeyError`` when the table has no such field."""
    offset = 0
    names = path.split(".")
    for depth, name in enumerate(names):
        table = FIELDS.get(structure)
        if table is None or name not in table:
            raise KeyError(f"{structure} has no field {name!r} at a fixed offset")
        start, width = table[name]
        offset += start
        if depth + 1 < len(names):
            structure = TYPES.get(structure, {}).get(name)
            if structure is None:
                raise KeyError(f"{'.'.join(names[:depth + 1])} is not a structure of fixed size")
    return offset, width


def field_offset(structure: str, path: str) -> int:
    """The byte offset of the field ``path`` in ``structure``."""
    return field_span(structure, path)[0]


def field_width(structure: str, path: str) -> int:
    """The width in bytes of the field ``path`` in ``structure``."""
    return field_span(structure, path)[1]


def field_end(structure: str, path: str) -> int:
    """The offset just after the field ``path`` in ``structure``."""
    offset, width = field_span(structure, path)
    return offset + width


def file_offset(structure: str | None, path: str | None) -> int | None:
    """The offset of ``path`` in the input when ``structure`` begins at byte 0 of its
    spec's input (a root, or the header a root starts with); None otherwise."""
    if not structure or not path or structure not in AT_START:
        return None
    try:
        return field_offset(structure, path)
    except KeyError:
        return None
