"""Read the .ksy files into the plain records the site's templates show.

A spec becomes a ``Spec``: its description, every type (nested types
flattened to ``outer::inner`` names) with a row per sequence field and per
instance, and its enums. Where every field before it has a fixed size, a
field gets its offset; bit fields get their bit position. Nothing here knows
about HTML or markdown: the templates in ``templates/`` do the layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

_BUILTIN = re.compile(r"^(?P<kind>[usf])(?P<width>[1248])(?P<endian>le|be)?$")
_BITS = re.compile(r"^b(?P<bits>\d+)(?P<endian>le|be)?$")


@dataclass
class Row:
    """One sequence field or instance of a type."""
    id: str
    type: str                 # shown type: "u4be", "b16", "bytes", "str (ASCII)", or a type name
    type_link: str | None     # anchor or page#anchor of a user type
    offset: str               # "0x10", "0x4 bit 3", or "" where it depends on the data
    size: str                 # "4", "16 bits", "len_data", "to the end", ""
    enum: str | None
    enum_link: str | None
    doc: str
    doc_ref: list[str]
    notes: list[str]          # repeat, if, contents, value/pos of instances
    orig_id: str | None = None


@dataclass
class Type:
    name: str                 # "header" or "header::feature_flags"; "" for the top level
    anchor: str
    doc: str
    doc_ref: list[str]
    params: list[str]
    fields: list[Row]
    instances: list[Row]
    size: int | None          # in bytes, when fixed


@dataclass
class Enum:
    name: str
    anchor: str
    values: list[tuple[str, str, str]]   # (number as shown, name, doc)


@dataclass
class Spec:
    id: str
    title: str
    doc: str
    doc_ref: list[str]
    endian: str | None
    imports: list[str]
    xref: dict
    types: list[Type]
    enums: list[Enum]
    source: str = ""


def anchor(kind: str, name: str) -> str:
    return f"{kind}-" + (name.replace("::", "-").replace("_", "-") or "top")


def _refs(node: dict) -> list[str]:
    ref = node.get("doc-ref")
    if ref is None:
        return []
    return [str(r).strip() for r in (ref if isinstance(ref, list) else [ref]) if str(r).strip()]


def _doc(node: dict) -> str:
    return str(node.get("doc") or "").strip()


class _Resolver:
    """Finds user types and enums by the name a field uses, as Kaitai scopes them."""

    def __init__(self, spec_id: str, raw: dict, imported: dict[str, dict]):
        self.spec_id = spec_id
        self.raw = raw
        self.imported = imported

    def type_node(self, scope: list[str], name: str) -> tuple[str, str, dict] | None:
        """(spec id, qualified type name, node) of a type reference seen from scope."""
        if "::" in name:
            head, rest = name.split("::", 1)
            if head in self.imported:
                return self._walk(head, self.imported[head], rest.split("::"))
            return self._walk(self.spec_id, self.raw, name.split("::"))
        if name in self.imported:           # an imported spec's top level
            return name, "", self.imported[name]
        for depth in range(len(scope), -1, -1):
            found = self._walk(self.spec_id, self.raw, scope[:depth] + [name])
            if found:
                return found
        return None

    def enum_owner(self, scope: list[str], name: str) -> tuple[str, str] | None:
        """(spec id, qualified enum name) of an enum reference seen from scope."""
        parts = name.split("::")
        if len(parts) > 1 and parts[0] in self.imported:
            return parts[0], "::".join(parts[1:])
        for depth in range(len(scope), -1, -1):
            path = scope[:depth] + parts[:-1]
            found = self._walk(self.spec_id, self.raw, path)
            if found and parts[-1] in (found[2].get("enums") or {}):
                return self.spec_id, "::".join(path + [parts[-1]])
        return None

    @staticmethod
    def _walk(spec_id: str, root: dict, path: list[str]) -> tuple[str, str, dict] | None:
        node = root
        for part in path:
            node = (node.get("types") or {}).get(part)
            if node is None:
                return None
        return spec_id, "::".join(path), node


def _builtin(type_name: str, endian: str | None) -> tuple[str, int | None, int | None]:
    """(shown name, size in bytes, size in bits) of a built-in type."""
    m = _BUILTIN.match(type_name)
    if m:
        width = int(m["width"])
        shown = type_name if (m["endian"] or width == 1 or not endian) else type_name + endian
        return shown, width, None
    m = _BITS.match(type_name)
    if m:
        return type_name, None, int(m["bits"])
    return type_name, None, None


class _Builder:
    def __init__(self, spec_id: str, raw: dict, imported: dict[str, dict]):
        self.spec_id = spec_id
        self.raw = raw
        self.endian = (raw.get("meta") or {}).get("endian")
        self.bit_endian = (raw.get("meta") or {}).get("bit-endian", "be")
        self.res = _Resolver(spec_id, raw, imported)
        self.sizes: dict[tuple[str, str], int | None] = {}

    def link(self, spec_id: str, kind: str, name: str) -> str:
        local = "#" + anchor(kind, name)
        if spec_id == self.spec_id:
            return local
        return f"{spec_id}.md{local}"   # spec pages sit side by side

    # --- sizes -----------------------------------------------------------------------------------
    def type_size(self, spec_id: str, name: str, node: dict) -> int | None:
        key = (spec_id, name)
        if key in self.sizes:
            return self.sizes[key]
        self.sizes[key] = None            # a type that contains itself has no fixed size
        if node.get("params") or spec_id != self.spec_id:
            return None
        bits = 0
        for attr in node.get("seq") or []:
            size, nbits = self.attr_size(name.split("::") if name else [], attr)
            if size is None and nbits is None:
                return None
            bits += (size or 0) * 8 + (nbits or 0)
        self.sizes[key] = bits // 8 if bits % 8 == 0 else None
        return self.sizes[key]

    def attr_size(self, scope: list[str], attr: dict, ignore_if: bool = False) -> tuple[int | None, int | None]:
        """(bytes, bits) an attribute takes when that does not depend on the data (or on its `if`)."""
        if ("if" in attr and not ignore_if) or attr.get("repeat") in ("eos", "until"):
            return None, None
        count = 1
        if attr.get("repeat") == "expr":
            if not isinstance(attr.get("repeat-expr"), int):
                return None, None
            count = attr["repeat-expr"]
        if "contents" in attr:
            contents = attr["contents"]
            length = len(contents.encode()) if isinstance(contents, str) else len(
                contents if isinstance(contents, list) else [contents])
            return length * count, None
        if isinstance(attr.get("size"), int):
            return attr["size"] * count, None
        if "size" in attr or attr.get("size-eos"):
            return None, None
        t = attr.get("type")
        if t is None or isinstance(t, dict):
            return None, None
        shown, nbytes, nbits = _builtin(t, self.endian)
        if nbytes is not None:
            return nbytes * count, None
        if nbits is not None:
            return (None, nbits * count) if count == 1 else (None, None)
        found = self.res.type_node(scope, t.split("(")[0])
        if not found:
            return None, None
        size = self.type_size(*found)
        return (size * count, None) if size is not None else (None, None)

    # --- rows ------------------------------------------------------------------------------------
    def shown_type(self, scope: list[str], attr: dict) -> tuple[str, str | None]:
        t = attr.get("type")
        if isinstance(t, dict):
            cases = ", ".join(f"{k} → {v}" for k, v in (t.get("cases") or {}).items())
            return f"switch on `{t.get('switch-on')}` ({cases})", None
        if t is None:
            if "contents" in attr:
                return "magic", None
            if attr.get("encoding"):
                return f"str ({attr['encoding']})", None
            return "bytes", None
        if t in ("str", "strz"):
            return f"{t} ({attr.get('encoding') or (self.raw.get('meta') or {}).get('encoding', '')})", None
        shown, nbytes, nbits = _builtin(t, self.endian)
        if nbytes is not None or nbits is not None:
            return shown, None
        base = t.split("(")[0]
        found = self.res.type_node(scope, base)
        if not found:
            return t, None
        spec_id, qualified, _ = found
        return t, self.link(spec_id, "type", qualified)

    def row(self, scope: list[str], attr: dict, offset: str, is_instance: bool) -> Row:
        shown, link = self.shown_type(scope, attr)
        if is_instance and "value" in attr and "type" not in attr:
            shown, link = "value", None
        size_bytes, size_bits = (None, None) if is_instance and "value" in attr else self.attr_size(scope, attr, ignore_if=True)
        if size_bits is not None:
            size = f"{size_bits} bit" + ("s" if size_bits != 1 else "")
        elif size_bytes is not None:
            size = str(size_bytes)
        elif "size" in attr:
            size = f"`{attr['size']}`"
        elif attr.get("size-eos"):
            size = "to the end"
        else:
            size = ""
        enum, enum_link = attr.get("enum"), None
        if enum:
            owner = self.res.enum_owner(scope, enum)
            enum_link = self.link(owner[0], "enum", owner[1]) if owner else None
        notes = []
        if "contents" in attr:
            notes.append(f"contents: `{_contents_text(attr['contents'])}`")
        if attr.get("repeat") == "expr":
            notes.append(f"repeated `{attr['repeat-expr']}` times")
        elif attr.get("repeat") == "eos":
            notes.append("repeated to the end")
        elif attr.get("repeat") == "until":
            notes.append(f"repeated until `{attr['repeat-until']}`")
        if "if" in attr:
            notes.append(f"only if `{attr['if']}`")
        if "pos" in attr:
            notes.append(f"at `{attr['pos']}`")
        if "io" in attr:
            notes.append(f"in stream `{attr['io']}`")
        if "value" in attr:
            notes.append(f"= `{attr['value']}`")
        if _is_wide(attr):
            notes.append(JS_WIDE)
        return Row(id=attr.get("id", ""), type=shown, type_link=link, offset=offset, size=size, enum=enum,
                   enum_link=enum_link, doc=_doc(attr), doc_ref=_refs(attr), notes=notes,
                   orig_id=attr.get("-orig-id"))

    def build_type(self, path: list[str], node: dict, out: list[Type]) -> None:
        name = "::".join(path)
        rows, bit_pos, fixed, optional_before = [], 0, True, False
        for attr in node.get("seq") or []:
            size, bits = self.attr_size(path, attr, ignore_if=True)
            offset = self.offset_text(attr, bit_pos, bits) if fixed else ""
            rows.append(self.row(path, attr, offset, is_instance=False))
            if offset and optional_before:
                rows[-1].notes.append("offset when the optional fields before it are present")
            optional_before = optional_before or "if" in attr
            if size is None and bits is None:
                fixed = False
            else:
                bit_pos += (size or 0) * 8 + (bits or 0)
        instances = [self.row(path, dict(attr, id=iid), "", is_instance=True)
                     for iid, attr in (node.get("instances") or {}).items()]
        params = [f"{p['id']}: {p.get('type', '')}".strip(": ") for p in node.get("params") or []]
        out.append(Type(name=name, anchor=anchor("type", name), doc=_doc(node) if path else "",
                        doc_ref=_refs(node) if path else [], params=params, fields=rows,
                        instances=instances, size=self.type_size(self.spec_id, name, node)))
        for child, sub in (node.get("types") or {}).items():
            self.build_type(path + [child], sub, out)

    def offset_text(self, attr: dict, pos: int, bits: int | None) -> str:
        """Where a field starts: a byte offset, plus the bit numbers (from the least significant) of a bit field."""
        byte = f"0x{pos // 8:x}"
        if bits is None:
            return byte if pos % 8 == 0 else f"{byte} bit {7 - pos % 8}"
        if pos % 8 == 0 and bits % 8 == 0:
            return byte
        m = _BITS.match(str(attr.get("type")))
        little = (m and m["endian"] == "le") or (not (m and m["endian"]) and self.bit_endian == "le")
        if little:
            low, high = pos % 8, pos % 8 + bits - 1
        else:
            high = 7 - pos % 8
            low = high - bits + 1
            if low < 0:
                return f"{byte} from bit {high}"
        return f"{byte} bit {low}" if bits == 1 else f"{byte} bits {high}–{low}"

    def enums(self, path: list[str], node: dict, out: list[Enum]) -> None:
        for ename, values in (node.get("enums") or {}).items():
            qualified = "::".join(path + [ename])
            rows = []
            for number, meaning in values.items():
                if isinstance(meaning, dict):
                    rows.append((_number(number), str(meaning.get("id")), _doc(meaning)))
                else:
                    rows.append((_number(number), str(meaning), ""))
            out.append(Enum(name=qualified, anchor=anchor("enum", qualified), values=rows))
        for child, sub in (node.get("types") or {}).items():
            self.enums(path + [child], sub, out)


JS_WIDE = "exact in JavaScript (the Web IDE) only below 2^53"


def _is_wide(attr: dict) -> bool:
    """A 64-bit integer read in one piece, or a value built from two 32-bit halves."""
    t = attr.get("type")
    if isinstance(t, str) and _BUILTIN.match(t) and t[0] in "us" and t[1] == "8":
        return True
    return "4294967296" in str(attr.get("value", ""))


def _number(value) -> str:
    return f"0x{value:x} ({value})" if isinstance(value, int) and value > 9 else str(value)


def _contents_text(contents) -> str:
    if isinstance(contents, str):
        return contents
    items = contents if isinstance(contents, list) else [contents]
    return " ".join(f"{x:02x}" if isinstance(x, int) else repr(x) for x in items)


def load_specs(ksy_dir: Path) -> dict[str, Spec]:
    """Every spec of ksy_dir, keyed by id."""
    raws = {p.stem: yaml.safe_load(p.read_text()) for p in sorted(ksy_dir.glob("*.ksy"))}
    specs = {}
    for spec_id, raw in raws.items():
        meta = raw.get("meta") or {}
        imports = list(meta.get("imports") or [])
        builder = _Builder(spec_id, raw, {i: raws[i] for i in imports if i in raws})
        types: list[Type] = []
        builder.build_type([], raw, types)
        enums: list[Enum] = []
        builder.enums([], raw, enums)
        specs[spec_id] = Spec(id=spec_id, title=meta.get("title", spec_id), doc=_doc(raw), doc_ref=_refs(raw),
                              endian=meta.get("endian"), imports=imports, xref=meta.get("xref") or {},
                              types=types, enums=enums, source=(ksy_dir / f"{spec_id}.ksy").read_text())
    return specs


def import_closure(specs: dict[str, Spec], spec_id: str) -> list[str]:
    """The spec and every spec it imports, directly or not (what the Web IDE needs uploaded)."""
    seen: list[str] = []
    todo = [spec_id]
    while todo:
        current = todo.pop()
        if current in seen or current not in specs:
            continue
        seen.append(current)
        todo.extend(specs[current].imports)
    return seen
