"""Protocol inputs as scripts: a byte string read as a sequence of steps.

Every protocol target reads its input with a :class:`Reader` (which never
fails: a short input just ends the script), and builds its seeds with
:class:`Writer`, so any bytes are a valid script and mutations stay
meaningful. Descriptors are described by a count and a kind byte: the
target creates them (eventfds, dups of a memfd, pipes, /dev/null) right
before handing them over.
"""

from __future__ import annotations

import os
import random
import struct

from .mutate import mutate_bytes

__all__ = ["Reader", "Writer", "make_fds", "mutate_script"]

FD_KINDS = ("eventfd", "memfd", "pipe", "devnull")


class Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def more(self) -> bool:
        return self.pos < len(self.data)

    def byte(self) -> int:
        if self.pos >= len(self.data):
            return 0
        self.pos += 1
        return self.data[self.pos - 1]

    def u16(self) -> int:
        return self.byte() | self.byte() << 8

    def take(self, n: int) -> bytes:
        out = self.data[self.pos:self.pos + n]
        self.pos += len(out)
        return out


class Writer:
    def __init__(self) -> None:
        self.out = bytearray()

    def op(self, code: int, *parts: bytes | int) -> "Writer":
        self.out.append(code)
        for part in parts:
            self.out += bytes([part]) if isinstance(part, int) else part
        return self

    def blob(self, code: int, data: bytes, nfds: int = 0, kinds: int = 0) -> "Writer":
        """A step that carries bytes and descriptors: code, count, kinds, u16 length, bytes."""
        return self.op(code, nfds, kinds, struct.pack("<H", len(data)), data)

    def bytes(self) -> bytes:
        return bytes(self.out)


def make_fds(count: int, kinds: int, memfd: int | None) -> list[int]:
    """``count`` new descriptors; kind i is chosen by two bits of ``kinds``."""
    fds = []
    for i in range(count):
        kind = FD_KINDS[(kinds >> (2 * (i % 4))) & 3]
        if kind == "eventfd":
            fds.append(os.eventfd(0, os.EFD_CLOEXEC | os.EFD_NONBLOCK))
        elif kind == "memfd" and memfd is not None:
            fds.append(os.dup(memfd))
        elif kind == "pipe":
            r, w = os.pipe()
            os.close(w)
            fds.append(r)
        else:
            fds.append(os.open(os.devnull, os.O_RDWR | os.O_CLOEXEC))
    return fds


def mutate_script(data: bytes, rng: random.Random, corpus, blob_codes: set[int], ops: int) -> bytes:
    """Mutate a script: inside a step's bytes (structure-aware), its descriptors, or byte-wise."""
    steps = split_steps(data, blob_codes, ops)
    if not steps or rng.random() < 0.25:
        return mutate_bytes(data, rng, corpus, max_size=1 << 16)
    i = rng.randrange(len(steps))
    code, head, body = steps[i]
    choice = rng.random()
    if code in blob_codes and choice < 0.5:
        body = mutate_bytes(body, rng, [], max_size=4096)
        head = bytes([head[0], head[1]]) + struct.pack("<H", len(body))
    elif code in blob_codes and choice < 0.65:
        head = bytes([rng.choice([0, 1, 1, 2, 3, 5, 9, 40]), rng.randrange(256)]) + head[2:]
    elif choice < 0.8:
        del steps[i]
    elif choice < 0.9:
        steps.insert(rng.randrange(len(steps) + 1), steps[i])
    else:
        j = rng.randrange(len(steps))
        steps[i], steps[j] = steps[j], steps[i]
    return b"".join(bytes([c]) + h + b for c, h, b in steps)


def split_steps(data: bytes, blob_codes: set[int], ops: int) -> list[tuple[int, bytes, bytes]]:
    """(code, head, body) of each blob step; other steps keep their bytes in ``head``."""
    r = Reader(data)
    steps = []
    while r.more():
        code = r.byte()
        if code % ops in blob_codes:
            head = r.take(4)
            length = int.from_bytes(head[2:4].ljust(2, b"\0"), "little")
            steps.append((code % ops, head.ljust(4, b"\0"), r.take(length)))
        else:
            steps.append((code % ops, r.take(3), b""))
    return steps
