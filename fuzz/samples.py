"""The project's sample files (samples/*.yaml), as fuzz seeds."""

from __future__ import annotations

from pathlib import Path

import yaml

from .harness import ROOT

SAMPLES = ROOT / "samples"


def sample_entries() -> list[dict]:
    entries: list[dict] = []
    for listing in sorted(SAMPLES.glob("*.yaml")):
        entries += yaml.safe_load(listing.read_text()) or []
    return entries


def samples_of(spec: str) -> list[Path]:
    """Sample files parsed by the top-level spec ``spec``."""
    return [SAMPLES / e["file"] for e in sample_entries() if e.get("spec") == spec]
