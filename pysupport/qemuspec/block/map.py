"""``qemu-img map`` over a backing chain.

For each guest range, the layers are asked top down, as ``qemu-img map``
does: the first layer that has the range allocated (data or zeros) decides,
and ``depth`` says which layer that was. A range no layer has reads as zeros
and is not ``present``. Past the end of a shorter backing file the range is
zero, decided by the layer above it. Adjacent extents with the same flags
(and contiguous offsets in the same file) are merged.
"""

from __future__ import annotations

from dataclasses import dataclass

from .image import Image

__all__ = ["Extent", "map_image"]


@dataclass(slots=True)
class Extent:
    start: int
    length: int
    depth: int
    present: bool
    zero: bool
    data: bool
    offset: int | None = None
    file: str | None = None

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
