"""Changing the refcount width of a qcow2 image (``amend -o refcount_bits=N``): not done yet."""

from __future__ import annotations

from ...errors import UsageError


def refuse_width(image, bits: int) -> None:
    raise UsageError("amending refcount_bits is not supported by qemuspec yet (nothing was written)")


def change_refcount_width(writer, bits: int) -> None:
    raise UsageError("amending refcount_bits is not supported by qemuspec yet (nothing was written)")
