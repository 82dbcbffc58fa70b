"""Turn a parsed Kaitai object into plain JSON-ready data.

The dump lists an object's sequence fields in the order they were read, then
its instances. Bytes become lowercase hex strings; enums become their names
(or their numbers with ``enum_names=False``, the canonical form that the
JavaScript dump in ``tools/js_dump.js`` also produces, so the two can be
compared value for value).
"""

from __future__ import annotations

import enum
from typing import Any

from kaitaistruct import KaitaiStruct

__all__ = ["to_tree", "UNREADABLE"]

# What an instance that cannot be evaluated shows (same text in the JS dump).
UNREADABLE = "<unreadable>"


def to_tree(value: Any, *, enum_names: bool = True) -> Any:
    if isinstance(value, KaitaiStruct):
        out: dict[str, Any] = {}
        for name, field in vars(value).items():
            # "x__enabled" is the read-write code's switch for instance x, not data
            if not name.startswith("_") and not name.endswith("__enabled"):
                out[name] = to_tree(field, enum_names=enum_names)
        for name in _instance_names(type(value)):
            try:
                item = getattr(value, name)
            except Exception:
                out[name] = UNREADABLE
                continue
            if item is not None:  # an instance whose `if` is false is left out
                out[name] = to_tree(item, enum_names=enum_names)
        return out
    if isinstance(value, enum.Enum):
        return value.name if enum_names else value.value
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).hex()
    if isinstance(value, list):
        return [to_tree(v, enum_names=enum_names) for v in value]
    return value


def _instance_names(cls: type) -> list[str]:
    return [name for name, attr in vars(cls).items() if isinstance(attr, property) and not name.startswith("_")]
