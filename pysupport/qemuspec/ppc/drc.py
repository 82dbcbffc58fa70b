"""Dynamic reconfiguration connectors (DRCs) as a pseries device tree lists them.

A node that owns connectors carries four parallel arrays: ``ibm,drc-indexes``,
``ibm,drc-names``, ``ibm,drc-types`` and ``ibm,drc-power-domains``.
:func:`connectors` joins them into :class:`Connector` records and checks that
they agree with each other (same count; the type string and the name match
the type nibble and the id of the index, as QEMU writes them).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import FormatError
from ..formats.spapr import Spapr
from .fdt import DeviceTree, Node

__all__ = [
    "DrcType", "Connector", "DRC_ARRAYS", "TYPE_STRINGS", "NAME_PREFIXES",
    "split_index", "make_index", "connectors", "all_connectors",
]

DrcType = Spapr.DrcType

# The four parallel properties, in the order the spec describes them.
DRC_ARRAYS = ("ibm,drc-indexes", "ibm,drc-names", "ibm,drc-types", "ibm,drc-power-domains")

# ibm,drc-types strings for each index type (the spec's list, plus QEMU's "PMEM").
TYPE_STRINGS = {
    DrcType.cpu: "CPU",
    DrcType.phb: "PHB",
    DrcType.vio: "SLOT",
    DrcType.pci: "28",
    DrcType.lmb: "MEM",
    DrcType.pmem: "PMEM",
}

# How QEMU names connectors: a prefix and the id in decimal ("CPU 3", "LMB 12", "C109").
NAME_PREFIXES = {
    DrcType.cpu: "CPU ",
    DrcType.phb: "PHB ",
    DrcType.vio: "C",
    DrcType.pci: "C",
    DrcType.lmb: "LMB ",
    DrcType.pmem: "PMEM ",
}

_ID_LIMIT = 1 << 28


def split_index(index: int) -> tuple[DrcType | int, int]:
    """``0x80000004`` -> ``(DrcType.lmb, 4)`` (an unknown type nibble stays an int)."""
    if not 0 <= index < 1 << 32:
        raise ValueError(f"DRC index {index:#x} is not a 32-bit number")
    nibble, drc_id = index >> 28, index & (_ID_LIMIT - 1)
    try:
        return DrcType(nibble), drc_id
    except ValueError:
        return nibble, drc_id


def make_index(drc_type: DrcType | int, drc_id: int) -> int:
    """``(DrcType.lmb, 4)`` -> ``0x80000004``."""
    if not 0 <= drc_id < _ID_LIMIT or not 0 <= int(drc_type) < 16:
        raise ValueError(f"type {drc_type!r} / id {drc_id} do not fit a DRC index")
    return int(drc_type) << 28 | drc_id


@dataclass(frozen=True)
class Connector:
    """One connector: index (with its type and id), name, type string, power domain, owning node."""

    index: int
    drc_type: DrcType | int
    id: int
    name: str
    type_name: str
    power_domain: int
    path: str

    def as_dict(self) -> dict:
        drc_type = self.drc_type.name if isinstance(self.drc_type, DrcType) else self.drc_type
        return {"index": f"{self.index:#010x}", "type": drc_type, "id": self.id, "name": self.name,
                "drc_type": self.type_name, "power_domain": self.power_domain, "node": self.path}


def connectors(node: Node, *, strict: bool = True) -> list[Connector]:
    """The connectors ``node`` declares (an empty list if it has none of the four arrays).

    Raises FormatError when only some arrays are there, their counts differ,
    or (with ``strict``) a type string or name does not match its index.
    """
    present = [name for name in DRC_ARRAYS if name in node.properties]
    if not present:
        return []
    if len(present) != len(DRC_ARRAYS):
        missing = sorted(set(DRC_ARRAYS) - set(present))
        raise FormatError(f"{node.path} has {', '.join(present)} but not {', '.join(missing)}",
                          structure="dtb::node", expected="all four ibm,drc-* arrays")
    props = [node.properties[name] for name in DRC_ARRAYS]
    for prop in props:
        if not prop.decoded:
            raise FormatError(f"{node.path}: {prop.name} was not decoded", structure="dtb::property",
                              field=prop.name)
    indexes = [i.value for i in props[0].value.drc_indexes]
    names = list(props[1].value.names)
    types = list(props[2].value.drc_types)
    domains = list(props[3].value.power_domains)
    counts = {p.name: n for p, n in zip(props, map(len, (indexes, names, types, domains)))}
    if len(set(counts.values())) != 1:
        raise FormatError(f"{node.path}: the ibm,drc-* arrays differ in length: {counts}",
                          structure="dtb::node", expected="one entry per connector in each array")
    out = []
    for index, name, type_name, domain in zip(indexes, names, types, domains):
        drc_type, drc_id = split_index(index)
        if strict:
            _check_connector(node.path, index, drc_type, drc_id, name, type_name)
        out.append(Connector(index, drc_type, drc_id, name, type_name, domain, node.path))
    return out


def _check_connector(path: str, index: int, drc_type, drc_id: int, name: str, type_name: str) -> None:
    want_type = TYPE_STRINGS.get(drc_type)
    if want_type != type_name:
        raise FormatError(f"{path}: connector {index:#x} has type {type_name!r}", structure="spapr_drc_types",
                          field="drc_types", expected=repr(want_type))
    want_name = NAME_PREFIXES[drc_type] + str(drc_id)
    if name != want_name:
        raise FormatError(f"{path}: connector {index:#x} is named {name!r}", structure="spapr_drc_names",
                          field="names", expected=repr(want_name))


def all_connectors(tree: DeviceTree, *, strict: bool = True) -> list[Connector]:
    """Every connector of every node, in tree order; raises FormatError if an index repeats."""
    out: list[Connector] = []
    seen: dict[int, str] = {}
    for node in tree.walk():
        for conn in connectors(node, strict=strict):
            if conn.index in seen:
                raise FormatError(f"DRC index {conn.index:#x} appears in {seen[conn.index]} and {conn.path}",
                                  structure="spapr_drc_indexes", expected="indexes unique in the machine")
            seen[conn.index] = conn.path
            out.append(conn)
    return out
