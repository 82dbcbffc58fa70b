"""Every input the fuzzer found a bug with (tests/fuzz_regressions/<target>/) runs clean through its target.

Each file failed against the code before its fix (tests/fuzz_regressions/README.md
says what it caught and where the fix is); run_one checks every property
again: only qemuspec errors, time, descriptors, the target's own rules
(for qcow2 the qemu-img oracle too).
"""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT))

from fuzz.harness import run_one  # noqa: E402
from fuzz.targets import make  # noqa: E402

CASES = sorted((ROOT / "tests" / "fuzz_regressions").glob("*/*.bin"))


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_regression_input(case, tmp_path):
    options = {"oracle": 1} if case.parent.name in ("qcow2", "parallels") else {}
    target = make(case.parent.name, **options)
    target.setup(tmp_path)
    try:
        result = run_one(target, case.read_bytes())
    finally:
        target.teardown()
    assert result.violation is None, f"{result.kind}: {result.violation}"


def test_there_are_regression_inputs():
    assert len(CASES) >= 5
