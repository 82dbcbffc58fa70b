"""Flattened device trees (DTB) as a tree of nodes and properties.

The bytes are parsed by the generated ``dtb`` parser (``ksy/dtb.ksy``), which
also decodes the sPAPR dynamic reconfiguration properties by name; this
module only turns its token stream into nested :class:`Node` objects.

>>> tree = DeviceTree.from_bytes(open("pseries.dtb", "rb").read())  # doctest: +SKIP
>>> tree.node("/cpus").properties["ibm,drc-indexes"].value.num_drc_indexes  # doctest: +SKIP
8
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator

from ..errors import FormatError, UsageError
from ..formats.dtb import Dtb
from ..specs import parse

__all__ = ["DeviceTree", "Node", "Property", "MAX_DEPTH"]

# Real trees are a handful of levels deep; deeper nesting is refused as bad input.
MAX_DEPTH = 64


@dataclass
class Property:
    """One property: its name, its raw value and the value as the spec decodes it.

    ``value`` is a generated Kaitai object for the sPAPR properties the ``dtb``
    spec knows (``ibm,drc-indexes`` gives a ``SpaprDrcIndexes``, ...) and the
    raw bytes for any other property.
    """

    name: str
    raw: bytes
    value: Any

    @property
    def decoded(self) -> bool:
        """Whether the spec decoded the value (False: ``value`` is ``raw``)."""
        return not isinstance(self.value, (bytes, bytearray))

    def cells(self) -> list[int]:
        """The value as big-endian 32-bit cells (its length must be a multiple of 4)."""
        if len(self.raw) % 4:
            raise FormatError(f"{len(self.raw)} bytes are not whole 32-bit cells", structure="dtb::property",
                              field=self.name, expected="a multiple of 4 bytes")
        return [int.from_bytes(self.raw[i:i + 4], "big") for i in range(0, len(self.raw), 4)]

    def strings(self) -> list[str]:
        """The value as a list of NUL-terminated ASCII strings."""
        if not self.raw.endswith(b"\0"):
            raise FormatError("value is not NUL-terminated", structure="dtb::property", field=self.name,
                              expected="NUL-terminated strings")
        try:
            return self.raw[:-1].decode("ascii").split("\0")
        except UnicodeDecodeError as exc:
            raise FormatError("value is not ASCII", structure="dtb::property", field=self.name) from exc


@dataclass
class Node:
    """A node: its name (``name@unit``), its path, its properties (in file order) and children."""

    name: str
    path: str
    properties: dict[str, Property] = field(default_factory=dict)
    children: list["Node"] = field(default_factory=list)

    def child(self, name: str) -> "Node":
        """The child called ``name`` (``memory@0``), or the only one whose name before ``@`` is ``name``."""
        exact = [c for c in self.children if c.name == name]
        if exact:
            return exact[0]
        loose = [c for c in self.children if c.name.split("@", 1)[0] == name]
        if len(loose) == 1:
            return loose[0]
        raise UsageError(f"{self.path}: no single child node {name!r}")

    def walk(self) -> Iterator["Node"]:
        """This node and every node below it, depth first, in file order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class DeviceTree:
    """A parsed DTB: header values, memory reservations and the root node."""

    version: int
    boot_cpuid_phys: int
    memory_reservations: list[tuple[int, int]]
    root: Node
    parsed: Dtb

    @classmethod
    def from_bytes(cls, data: bytes) -> "DeviceTree":
        """Parse a DTB; bad input raises :class:`~qemuspec.errors.FormatError`."""
        try:
            parsed = parse(Dtb, data)
        except RecursionError:
            raise FormatError("nodes nested too deeply", structure="dtb::node",
                              expected=f"at most {MAX_DEPTH} levels") from None
        items = parsed.structure_block.items
        roots = [item.body for item in items if item.token == Dtb.Token.begin_node]
        if len(roots) != 1:
            raise FormatError(f"structure block has {len(roots)} top-level nodes", structure="dtb::structure_block",
                              field="items", offset=parsed.ofs_structure_block, expected="exactly one root node")
        root = _node(roots[0], "/", 0)
        reservations = [(r.address, r.size) for r in parsed.memory_reservations[:-1]]
        return cls(parsed.version, parsed.boot_cpuid_phys, reservations, root, parsed)

    def node(self, path: str) -> Node:
        """The node at ``path`` (``/``, ``/cpus``, ``/rtas``, ``/cpus/PowerPC,POWER9@0``)."""
        node = self.root
        for part in [p for p in path.split("/") if p]:
            node = node.child(part)
        return node

    def walk(self) -> Iterator[Node]:
        """Every node, depth first."""
        return self.root.walk()


def _node(body: Dtb.Node, path: str, depth: int) -> Node:
    if depth > MAX_DEPTH:
        raise FormatError("nodes nested too deeply", structure="dtb::node", field="items",
                          expected=f"at most {MAX_DEPTH} levels")
    node = Node(body.name, path)
    for item in body.items:
        if item.token == Dtb.Token.prop:
            prop = item.body
            raw = prop.value if isinstance(prop.value, bytes) else prop._raw_value
            if prop.name in node.properties:
                raise FormatError(f"property {prop.name!r} appears twice", structure="dtb::node",
                                  field="items", expected="unique property names in a node")
            node.properties[prop.name] = Property(prop.name, bytes(raw), prop.value)
        elif item.token == Dtb.Token.begin_node:
            child = item.body
            node.children.append(_node(child, path.rstrip("/") + "/" + child.name, depth + 1))
    return node
