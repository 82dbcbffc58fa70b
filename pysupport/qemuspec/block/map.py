"""``qemu-img map`` over a backing chain.

For each guest range, the layers are asked top down, as ``qemu-img map``
does: the first layer that has the range allocated (data or zeros) decides,
and ``depth`` says which layer that was. A range no layer has reads as zeros
and is not ``present``. Past the end of a shorter backing file the range is
zero, decided by the layer above it. Adjacent extents with the same flags
(and contiguous offsets in the same file) are merged.

A long map of one layer that gives its runs in bulk (:meth:`Image.run_chunks`,
a large Parallels image) is built as columns a chunk at a time
(:func:`map_chunks`), merged and written out (:func:`write_extents_json`)
without an object per extent and with memory bounded by the chunk size.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator

from .image import Image

__all__ = ["Extent", "ExtentColumns", "map_image", "map_before", "map_chunks", "map_columns", "extents_json", "write_extents_json",
           "extent_json"]


class Extent:
    """One extent of the map: a guest range, the layer (``depth``) that decides it, its flags,
    and where its bytes are (``offset`` in ``file``, or None). Compared by value; a plain class
    with slots, not a dataclass: dataclasses cost a map of a small chain 10 ms at start-up."""

    __slots__ = ("start", "length", "depth", "present", "zero", "data", "offset", "file")
    __hash__ = None  # mutable (merging grows ``length``), compared by value

    def __init__(self, start: int, length: int, depth: int, present: bool, zero: bool, data: bool,
                 offset: int | None = None, file: str | None = None):
        self.start, self.length, self.depth = start, length, depth
        self.present, self.zero, self.data, self.offset, self.file = present, zero, data, offset, file

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other):
        return self._values() == other._values() if type(other) is Extent else NotImplemented

    def __repr__(self) -> str:
        return "Extent(" + ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__) + ")"

    def to_json(self) -> dict:
        """The keys and order of ``qemu-img map --output=json``."""
        out = {"start": self.start, "length": self.length, "depth": self.depth,
               "present": self.present, "zero": self.zero, "data": self.data}
        if self.offset is not None:
            out["offset"] = self.offset
        return out

    def follows(self, prev: "Extent") -> bool:
        same = (prev.depth, prev.present, prev.zero, prev.data, prev.offset is None, prev.file) == \
               (self.depth, self.present, self.zero, self.data, self.offset is None, self.file)
        contiguous = prev.offset is None or prev.offset + prev.length == self.offset
        return same and contiguous and prev.start + prev.length == self.start


def _layer_extents(image: Image, offset: int, length: int, depth: int):
    # QEMU gives no host offset for encrypted clusters (the bytes there are not the guest's)
    encrypted = getattr(image, "encryption", None) is not None
    for run in image.block_status(offset, length):
        if encrypted and run.offset is not None:
            run = run._replace(offset=None, file=None)
        if run.allocated:
            yield Extent(run.start, run.length, depth, True, run.zero, run.data, run.offset,
                         run.file if run.offset is not None else None)
            continue
        backing = image.backing
        if backing is None:
            yield Extent(run.start, run.length, depth, False, True, False, run.offset, run.file)
            continue
        inside = max(0, min(run.start + run.length, backing.size) - run.start)
        if inside:
            yield from _layer_extents(backing, run.start, inside, depth + 1)
        if inside < run.length:
            offset = None if run.offset is None else run.offset + inside
            yield Extent(run.start + inside, run.length - inside, depth, False, True, False, offset, run.file)


def map_before(image: Image, offset: int, stop: int) -> list[Extent]:
    """What ``qemu-img map`` of ``[offset, ...)`` prints when its block status query at ``stop``
    fails: the merged extents of ``[offset, stop)`` but the last, which it still held to merge
    with the next query's."""
    return map_image(image, offset, max(0, stop - offset))[:-1]


def map_image(image: Image, offset: int = 0, length: int | None = None) -> list[Extent]:
    """The merged extents of ``[offset, offset + length)`` (default: the whole disk)."""
    length = image.size - offset if length is None else length
    merged: list[Extent] = []
    for extent in _layer_extents(image, offset, length, 0):
        if merged and extent.follows(merged[-1]):
            merged[-1].length += extent.length
        else:
            merged.append(extent)
    return merged


class ExtentColumns(namedtuple("ExtentColumns", "start length present zero data offset file")):
    """Merged depth-0 extents as numpy columns: ``start``, ``length``, ``offset`` (int64,
    -1 for none), ``present``, ``zero``, ``data`` (bool); ``file`` holds every offset."""

    __slots__ = ()

    def __len__(self) -> int:
        return len(self.start)

    def extents(self) -> list[Extent]:
        """The same extents as :class:`Extent` objects (what :func:`map_image` gives)."""
        return [Extent(s, n, 0, p, z, d, o if o >= 0 else None, self.file if o >= 0 else None)
                for s, n, p, z, d, o in zip(self.start.tolist(), self.length.tolist(), self.present.tolist(),
                                            self.zero.tolist(), self.data.tolist(), self.offset.tolist())]


def map_chunks(image: Image, offset: int = 0, length: int | None = None) -> Iterator[ExtentColumns] | None:
    """:func:`map_image`'s extents as columns, a chunk at a time in order, for an image of one
    layer (no backing file, not encrypted) that gives the runs of the range in bulk
    (:meth:`Image.run_chunks`); None otherwise. The image must stay open while they come."""
    length = image.size - offset if length is None else length
    if image.backing is not None or getattr(image, "encryption", None) is not None:
        return None
    chunks = image.run_chunks(offset, length)
    return None if chunks is None else _extent_chunks(chunks)


def map_columns(image: Image, offset: int = 0, length: int | None = None) -> ExtentColumns | None:
    """:func:`map_chunks` in one :class:`ExtentColumns`."""
    chunks = map_chunks(image, offset, length)
    if chunks is None:
        return None   # numpy not imported: a raw file's few extents come without it
    chunks = list(chunks)
    if len(chunks) == 1:
        return chunks[0]
    import numpy as np

    return ExtentColumns(*(np.concatenate([c[i] for c in chunks]) for i in range(6)), chunks[0].file)


def _extent_chunks(chunks) -> Iterator[ExtentColumns]:
    """Extents from runs, merged as :meth:`Extent.follows` merges; the last extent of each
    chunk is held back, as the next chunk's first run may continue it."""
    import numpy as np

    carry = None
    for runs in chunks:
        present = runs.data | runs.zero
        zero = runs.zero | ~present            # nothing under it: unallocated reads as zeros
        columns = [runs.start, runs.length, present, zero, runs.data, runs.offset]
        if carry is not None:
            columns = [np.concatenate((old, new)) for old, new in zip(carry, columns)]
        start, count, present, zero, data, host = columns
        # merge as Extent.follows does: the same flags, and offsets (if any) that go on
        code = present.view(np.uint8) | zero.view(np.uint8) << 1 | data.view(np.uint8) << 2 \
            | (host >= 0).view(np.uint8) << 3
        joins = np.zeros(len(start), dtype=bool)
        joins[1:] = (code[1:] == code[:-1]) & ((host[1:] < 0) | (host[1:] == host[:-1] + count[:-1]))
        if joins.any():
            heads = np.flatnonzero(~joins)
            ends = np.append(start[heads[1:]], start[-1] + count[-1])
            start, host, present, zero, data = start[heads], host[heads], present[heads], zero[heads], data[heads]
            count = ends - start
        columns = [start, count, present, zero, data, host]
        carry = [c[-1:] for c in columns]
        if len(start) > 1:
            yield ExtentColumns(*(c[:-1] for c in columns), runs.file)
        file = runs.file
    if carry is not None:
        yield ExtentColumns(*carry, file)


def _bool(value: int) -> str:
    return "true" if value else "false"


def extent_json(start: int, length: int, depth: int, present: bool, zero: bool, data: bool,
                offset: int | None) -> str:
    """One extent in the layout of ``qemu-img map --output=json``."""
    tail = "" if offset is None else f', "offset": {offset}'
    return (f'{{ "start": {start}, "length": {length}, "depth": {depth}, "present": {_bool(present)}, '
            f'"zero": {_bool(zero)}, "data": {_bool(data)}{tail}}}')


def extents_json(extents) -> str:
    """``qemu-img map --output=json``'s text (without the final newline) of a list of
    :class:`Extent`, an :class:`ExtentColumns` or an iterable of them (:func:`map_chunks`)."""
    if isinstance(extents, list) and (not extents or isinstance(extents[0], Extent)):
        return "[" + ",\n".join(extent_json(e.start, e.length, e.depth, e.present, e.zero, e.data, e.offset)
                                 for e in extents) + "]"
    return b"".join(_json_chunks(extents)).decode("ascii")


def write_extents_json(extents, out, *, complete: bool = True) -> None:
    """Write :func:`extents_json` and a newline to the binary stream ``out``; columns go
    out a chunk of rows at a time (the text of a big map is never whole in memory).
    ``complete=False`` (a list of :class:`Extent`): what qemu-img has written when it fails
    after them, each extent followed by ``,`` and a newline, and no ``]``."""
    if not complete:
        out.write(("[" + "".join(extent_json(e.start, e.length, e.depth, e.present, e.zero, e.data, e.offset)
                                 + ",\n" for e in extents)).encode())
        return
    if isinstance(extents, list) and (not extents or isinstance(extents[0], Extent)):
        out.write(extents_json(extents).encode() + b"\n")
        return
    for chunk in _json_chunks(extents):
        out.write(chunk)
    out.write(b"\n")


_ROWS = 1 << 16   # extents formatted at a time


def _json_chunks(chunks):
    """The bytes of :func:`extents_json` for columns, ``_ROWS`` extents at a time.

    Every extent is the same few constant pieces with two or three decimal numbers
    between them. A chunk is laid out as a matrix, a row per extent, each field in
    columns of its own (the numbers right-aligned, the flags' piece left-aligned,
    NUL bytes around them), which numpy fills a column block at a time; dropping
    the NULs leaves the text.
    """
    import numpy as np

    yield b"["
    # the flags' piece for each combination (present 1, zero 2, data 4, offset 8), NUL-padded
    pieces = []
    for k in range(16):
        text = extent_json(0, 0, 0, bool(k & 1), bool(k & 2), bool(k & 4), 0 if k & 8 else None)
        text = text[text.index(', "depth"'):]
        pieces.append(text[:-2 if k & 8 else -1].encode())   # up to the offset's digits, or the end
    widest = max(map(len, pieces))
    flags = np.frombuffer(b"".join(p.ljust(widest, b"\0") for p in pieces), dtype=np.uint8).reshape(16, widest)
    head, middle, tail = b'{ "start": ', b', "length": ', b'},\n'
    held = None   # the text of the rows so far not written: the last one must lose its ",\n"
    for lo, hi, c in _row_slices([chunks] if isinstance(chunks, ExtentColumns) else chunks):
        offset = c.offset[lo:hi]
        has_offset = offset >= 0
        code = (c.present[lo:hi].astype(np.intp) | c.zero[lo:hi].astype(np.intp) << 1
                | c.data[lo:hi].astype(np.intp) << 2 | has_offset.astype(np.intp) << 3)
        fields = [head, _digits(c.start[lo:hi]), middle, _digits(c.length[lo:hi]), flags[code],
                  _digits(np.where(has_offset, offset, 0), has_offset), tail]
        widths = [len(f) if isinstance(f, bytes) else f.shape[1] for f in fields]
        matrix = np.empty((hi - lo, sum(widths)), dtype=np.uint8)
        at = 0
        for field, width in zip(fields, widths):
            matrix[:, at:at + width] = np.frombuffer(field, dtype=np.uint8) if isinstance(field, bytes) else field
            at += width
        if held is not None:
            yield held
        held = matrix[matrix != 0].tobytes()
    if held is not None:
        yield held[:-2]   # no ",\n" after the last
    yield b"]"


def _row_slices(chunks):
    """``(lo, hi, chunk)`` for each run of at most ``_ROWS`` rows of each chunk."""
    for chunk in chunks:
        for lo in range(0, len(chunk), _ROWS):
            yield lo, min(len(chunk), lo + _ROWS), chunk


def _digits(values, keep=None):
    """The decimal digits (ASCII) of ``values`` (non-negative int64), a row each, right-aligned
    after NUL bytes; the rows where ``keep`` is False are all NULs."""
    import numpy as np

    width = len(str(int(values.max()))) if len(values) else 1
    digits = np.empty((len(values), width), dtype=np.uint8)
    rest = values.copy()
    for column in range(width - 1, -1, -1):
        digits[:, column] = rest % 10 + 48
        rest //= 10
    # leading zeros are not digits (the last column always is: 0 is "0")
    lead = np.ones(len(values), dtype=np.intp)
    for power in range(1, width):
        lead += values >= 10 ** power
    digits[np.arange(width) < (width - lead)[:, None]] = 0
    if keep is not None:
        digits[~keep] = 0
    return digits
