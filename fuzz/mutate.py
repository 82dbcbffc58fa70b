"""Mutators: byte-wise (flips, interesting integers, cuts, splices) and field-wise.

Structure-aware targets describe the fields of one input as
:class:`Field` (offset, width, byte order) and let :func:`mutate_fields`
rewrite a few of them with values chosen to break bounds checks: zero, one,
all ones, powers of two around them, the file size and offsets inside the
file (including the field's own offset, so that a table can point at itself).
"""

from __future__ import annotations

import random
from typing import NamedTuple, Sequence

__all__ = ["Field", "INTERESTING", "interesting_value", "mutate_bytes", "mutate_fields", "put"]

INTERESTING = [0, 1, 2, 3, 4, 7, 8, 9, 15, 16, 31, 32, 63, 64, 100, 127, 128, 255, 256, 511, 512, 513,
               1023, 1024, 4095, 4096, 4097, 65535, 65536, 65537, 1 << 20, (1 << 24) - 1, 1 << 24,
               0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, 0xFFFFFFFF, 1 << 32, 1 << 40, 1 << 48,
               (1 << 62), (1 << 63) - 1, 1 << 63, (1 << 64) - 2, (1 << 64) - 1]


class Field(NamedTuple):
    offset: int
    width: int            # bytes: 1, 2, 4 or 8
    order: str = "big"    # "big" or "little"
    name: str = ""


def put(data: bytearray, f: Field, value: int) -> None:
    """Store ``value`` (wrapped to the field's width) in ``data`` if the field fits."""
    if 0 <= f.offset and f.offset + f.width <= len(data):
        data[f.offset:f.offset + f.width] = (value % (1 << (8 * f.width))).to_bytes(f.width, f.order)


def interesting_value(rng: random.Random, data_len: int, f: Field | None = None, current: int = 0) -> int:
    """A value likely to hit an edge: boundary constants, file-relative offsets, +-small of the current one."""
    pick = rng.random()
    if pick < 0.35:
        return rng.choice(INTERESTING)
    if pick < 0.55:  # offsets in or just past the file; aligned ones more often
        base = rng.choice([0, data_len, data_len - 1, data_len + 1, rng.randrange(max(data_len, 1))])
        align = rng.choice([1, 8, 512, 4096, 65536])
        return max(0, base // align * align)
    if pick < 0.65 and f is not None:  # point at the field itself (or its table): loops
        return f.offset - f.offset % rng.choice([1, 8, 512, 4096])
    if pick < 0.85:
        return current + rng.choice([-1, 1, -8, 8, 512, -512, 1 << rng.randrange(64)])
    return rng.getrandbits(8 * (f.width if f else 8))


def mutate_fields(data: bytes, fields: Sequence[Field], rng: random.Random, count: int | None = None) -> bytes:
    """Rewrite 1..3 of ``fields`` with interesting values."""
    out = bytearray(data)
    if not fields:
        return bytes(out)
    for _ in range(count or rng.choice([1, 1, 1, 2, 3])):
        f = rng.choice(fields)
        if f.offset + f.width > len(out):
            continue
        current = int.from_bytes(out[f.offset:f.offset + f.width], f.order)
        put(out, f, interesting_value(rng, len(out), f, current))
    return bytes(out)


def mutate_bytes(data: bytes, rng: random.Random, corpus: Sequence[bytes] = (), max_size: int = 4 << 20) -> bytes:
    """1..4 byte-level edits (the classic dumb-fuzzer operators)."""
    out = bytearray(data)
    for _ in range(rng.choice([1, 1, 2, 3, 4])):
        op = rng.randrange(10)
        n = len(out)
        if op == 0 and n:                                   # flip a bit
            i = rng.randrange(n)
            out[i] ^= 1 << rng.randrange(8)
        elif op == 1 and n:                                 # a random byte
            out[rng.randrange(n)] = rng.randrange(256)
        elif op in (2, 3) and n:                            # an interesting integer, either order
            width = rng.choice([1, 2, 4, 8])
            at = rng.randrange(n) & ~(width - 1 if rng.random() < 0.7 else 0)
            put(out, Field(at, width, rng.choice(["big", "little"])), interesting_value(rng, n))
        elif op == 4 and n:                                 # cut the end
            del out[rng.randrange(n):]
        elif op == 5 and n:                                 # delete a range
            i = rng.randrange(n)
            del out[i:i + rng.choice([1, 2, 4, 8, 64, 512])]
        elif op == 6:                                       # insert bytes
            i = rng.randrange(n + 1)
            out[i:i] = rng.choice([bytes(rng.choice([1, 4, 8, 512])), rng.randbytes(rng.choice([1, 3, 16]))])
        elif op == 7 and n > 1:                             # copy a chunk elsewhere
            i, j = rng.randrange(n), rng.randrange(n)
            k = rng.choice([2, 4, 8, 16, 64])
            out[j:j + k] = out[i:i + k]
        elif op == 8 and corpus:                            # splice with another input
            other = rng.choice(corpus)
            if other:
                i = rng.randrange(len(other))
                j = rng.randrange(n + 1)
                out[j:] = other[i:i + rng.choice([16, 256, 4096])] + out[j:]
        elif op == 9 and n:                                 # fill a range with one byte
            i = rng.randrange(n)
            k = rng.choice([4, 8, 16, 64])
            out[i:i + k] = bytes([rng.choice([0, 0xFF, rng.randrange(256)])]) * min(k, n - i)
    return bytes(out[:max_size])
