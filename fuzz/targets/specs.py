"""Every generated parser (qemuspec.formats) through qemuspec.specs, instances included.

An input is ``spec_id + b"\\0" + bytes``, so a stored input says which spec
it is for. Each one is parsed lazily, then every instance of every object in
the tree is read with :func:`qemuspec.specs.read_instance` (so each instance
is tried even when an earlier one fails), then dumped with
:func:`qemuspec.dump.to_tree` as ``qemuspec dump`` does.
"""

from __future__ import annotations

import random

from kaitaistruct import KaitaiStruct

from qemuspec.dump import to_tree
from qemuspec.errors import FormatError
from qemuspec.specs import SPECS, parse, read_instance

from ..harness import Target
from ..mutate import mutate_bytes
from ..samples import sample_entries, SAMPLES

MAX_NODES = 200_000   # objects walked per input (a loop guard for instances that point back)


def split(data: bytes) -> tuple[str, bytes]:
    spec, _, body = data.partition(b"\0")
    return spec.decode("ascii", "replace"), body


class SpecsTarget(Target):
    name = "specs"
    timeout = 10.0
    description = "every top-level spec: parse, read every instance, dump"

    def seeds(self) -> list[bytes]:
        out = []
        have = set()
        for entry in sample_entries():
            if entry.get("spec") in SPECS:
                out.append(entry["spec"].encode() + b"\0" + (SAMPLES / entry["file"]).read_bytes())
                have.add(entry["spec"])
        for spec in sorted(set(SPECS) - have):   # a spec without a sample starts from zeros
            out.append(spec.encode() + b"\0" + bytes(64))
        return out

    def mutate(self, data: bytes, rng: random.Random, corpus) -> bytes:
        spec, body = split(data)
        if rng.random() < 0.03:   # another spec on the same bytes
            spec = rng.choice(sorted(SPECS))
        same = [split(c)[1] for c in corpus if c.startswith(spec.encode() + b"\0")]
        return spec.encode() + b"\0" + mutate_bytes(body, rng, same, max_size=1 << 20)

    def execute(self, data: bytes) -> str:
        spec, body = split(data)
        if spec not in SPECS:
            return "ok:unknown-spec"
        obj = parse(spec, body, fetch_instances=False)
        nodes, failed = walk(obj)
        to_tree(obj)
        to_tree(obj, enum_names=False)
        return f"ok:{spec}:{nodes.bit_length()}:{failed.bit_length()}"


def instance_names(cls: type) -> list[str]:
    return [n for n, a in vars(cls).items() if isinstance(a, property) and not n.startswith("_")]


def walk(root: KaitaiStruct) -> tuple[int, int]:
    """Visit every object and read every instance; return (objects, instances that failed)."""
    stack: list = [root]
    seen: set[int] = set()
    nodes = failed = 0
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(value)
            continue
        if not isinstance(value, KaitaiStruct) or id(value) in seen:
            continue
        seen.add(id(value))
        nodes += 1
        if nodes > MAX_NODES:
            break
        for name, field in vars(value).items():
            if not name.startswith("_"):
                stack.append(field)
        for name in instance_names(type(value)):
            try:
                stack.append(read_instance(value, name))
            except FormatError:
                failed += 1
    return nodes, failed
