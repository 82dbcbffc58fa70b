#!/usr/bin/env python3
"""Parse every file listed in samples/*.yaml with its spec; fail on any error.

Each area keeps its own list (samples/fw_cfg.yaml, samples/qcow2.yaml, ...):
one entry per file with `file`, `spec` (the ksy id), `made` (how it was
made) and `shows` (what to look at). Every file in samples/ must be listed;
samples/traces/ holds protocol sessions recorded from QEMU (the site draws them).

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
    entries = []
    for listing in sorted(SAMPLES.glob("*.yaml")):
        entries += yaml.safe_load(listing.read_text()) or []
    return entries


def main() -> int:
    entries = load_index()
    listed = {e["file"] for e in entries}
    unlisted = sorted(p.name for p in SAMPLES.iterdir()
                      if p.is_file() and p.suffix != ".yaml" and p.name not in listed)
    failures = [f"{name}: not listed in any samples/*.yaml" for name in unlisted]
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
