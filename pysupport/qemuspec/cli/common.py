"""Helpers every command shares."""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError


def read_input(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from exc
