#!/usr/bin/env python3
"""Parse every file listed in samples/index.yaml with its spec; fail on any error.

    .venv/bin/python tools/parse_samples.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from qemuspec.errors import QemuSpecError
from qemuspec.specs import parse

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def load_index() -> list[dict]:
    return yaml.safe_load((SAMPLES / "index.yaml").read_text())


def main() -> int:
    entries = load_index()
    listed = {e["file"] for e in entries}
    unlisted = sorted(p.name for p in SAMPLES.iterdir() if p.name != "index.yaml" and p.name not in listed)
    failures = [f"{name}: not listed in samples/index.yaml" for name in unlisted]
    for entry in entries:
        try:
            parse(entry["spec"], (SAMPLES / entry["file"]).read_bytes())
            print(f"ok    {entry['file']} ({entry['spec']})")
        except (OSError, QemuSpecError) as exc:
            failures.append(f"{entry['file']}: {exc}")
    for failure in failures:
        print(f"FAIL  {failure}")
    print(f"{len(entries) - len(failures)} of {len(entries)} samples parsed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
