"""DTB: qemuspec.ppc.fdt.DeviceTree.from_bytes, a walk of every node, property decoding, DRC connectors.

Structure-aware mutations rewrite the header fields (sizes and offsets of
the blocks, versions), property lengths and name offsets, and tokens
(begin/end node, prop, nop, end) in the structure block.
"""

from __future__ import annotations

import random

from qemuspec.errors import QemuSpecError
from qemuspec.ppc.drc import all_connectors
from qemuspec.ppc.fdt import DeviceTree

from ..harness import ROOT, Target
from ..mutate import Field, mutate_bytes, mutate_fields, put

TOKENS = [1, 2, 3, 4, 9]


class DtbTarget(Target):
    name = "dtb"
    timeout = 10.0
    description = "DeviceTree.from_bytes, walk, cells/strings of every property, DRC connectors"

    def seeds(self) -> list[bytes]:
        return [p.read_bytes() for p in sorted((ROOT / "samples").glob("dtb.*.dtb"))]

    def mutate(self, data: bytes, rng: random.Random, corpus) -> bytes:
        choice = rng.random()
        if choice < 0.3:
            return mutate_fields(data, [Field(4 * i, 4, "big", "header") for i in range(1, 10)], rng)
        if choice < 0.6 and len(data) > 64:
            out = bytearray(data)
            off = int.from_bytes(data[8:12], "big")
            size = int.from_bytes(data[36:40], "big")
            words = [off + 4 * i for i in range(max(0, min(size, len(data) - off) // 4))]
            for _ in range(rng.choice([1, 1, 2])):
                if not words:
                    break
                at = rng.choice(words)
                value = rng.choice(TOKENS) if rng.random() < 0.5 else rng.choice([0, 1, 7, 0xFFFF, 1 << 31, 0xFFFFFFFF,
                                                                                   len(data), rng.getrandbits(32)])
                put(out, Field(at, 4), value)
            return bytes(out)
        return mutate_bytes(data, rng, corpus, max_size=1 << 20)

    def execute(self, data: bytes) -> str:
        tree = DeviceTree.from_bytes(data)
        nodes = props = 0
        for node in tree.walk():
            nodes += 1
            for prop in node.properties.values():
                props += 1
                for decode in (lambda: prop.cells, lambda: prop.strings):
                    try:
                        decode()
                    except QemuSpecError:
                        pass
        try:
            all_connectors(tree, strict=False)
            all_connectors(tree)
        except QemuSpecError:
            pass
        return f"ok:{nodes.bit_length()}:{props.bit_length()}"
