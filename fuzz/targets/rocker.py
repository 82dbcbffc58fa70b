"""Rocker: the TLV parsers (commands, events, Tx/Rx buffers, descriptors, registers), nested TLVs included.

Inputs are ``spec_id + b"\\0" + bytes`` as in :mod:`.specs`, limited to the
rocker specs; mutations rewrite TLV types and lengths (little-endian u4
type and u2 length at the start of each TLV) as well as bytes.
"""

from __future__ import annotations

import random

from qemuspec.dump import to_tree
from qemuspec.specs import parse

from ..harness import Target
from ..mutate import Field, mutate_bytes, mutate_fields
from ..samples import SAMPLES, sample_entries
from .specs import split, walk

SPECS = ("rocker", "rocker_cmd", "rocker_desc", "rocker_event", "rocker_rx", "rocker_tx")


def tlv_fields(body: bytes) -> list[Field]:
    """Type and length of every TLV found by walking the buffer (nests are walked too)."""
    fields, stack = [], [(0, len(body))]
    while stack and len(fields) < 200:
        pos, end = stack.pop()
        while pos + 6 <= end:
            length = int.from_bytes(body[pos + 4:pos + 6], "little")
            fields += [Field(pos, 4, "little", "type"), Field(pos + 4, 2, "little", "len")]
            if length >= 6 and pos + length <= end:
                stack.append((pos + 6, pos + length))   # maybe a nest
            if length < 6:
                break
            pos += (length + 7) // 8 * 8
    return fields


class RockerTarget(Target):
    name = "rocker"
    timeout = 10.0
    description = "rocker_cmd/event/tx/rx/desc/registers parsers with nested TLVs; every instance; dump"

    def seeds(self) -> list[bytes]:
        return [e["spec"].encode() + b"\0" + (SAMPLES / e["file"]).read_bytes()
                for e in sample_entries() if e.get("spec") in SPECS]

    def mutate(self, data: bytes, rng: random.Random, corpus) -> bytes:
        spec, body = split(data)
        if rng.random() < 0.6:
            fields = tlv_fields(body)
            body = mutate_fields(body, fields, rng) if fields else mutate_bytes(body, rng)
        else:
            body = mutate_bytes(body, rng, [split(c)[1] for c in corpus], max_size=1 << 16)
        return spec.encode() + b"\0" + body

    def execute(self, data: bytes) -> str:
        spec, body = split(data)
        if spec not in SPECS:
            return "ok:other"
        obj = parse(spec, body, fetch_instances=False)
        nodes, failed = walk(obj)
        to_tree(obj)
        return f"ok:{spec}:{nodes.bit_length()}:{failed.bit_length()}"
