"""The project's sample files (samples/*.yaml), as fuzz seeds."""

from __future__ import annotations

import sys
from pathlib import Path

from .harness import ROOT

sys.path.insert(0, str(ROOT / "tools"))

from parse_samples import SAMPLES, load_index as sample_entries  # noqa: E402  (the one reader of samples/*.yaml)


def samples_of(spec: str) -> list[Path]:
    """Sample files parsed by the top-level spec ``spec``."""
    return [SAMPLES / e["file"] for e in sample_entries() if e.get("spec") == spec]
