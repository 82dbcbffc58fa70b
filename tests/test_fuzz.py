"""The short, seeded CI pass of every fuzz target (fuzz/run.py), and checks that the harness can fail.

Each target runs a fixed number of inputs with a fixed seed in its own
process under an address-space limit (the runner's child), so the pass is
the same on every run; a violation fails the test and names the saved
input. qcow2 and Parallels compare up to 30 accepted images with
``qemu-img convert -O raw`` (the differential oracle). ``make fuzz`` runs
the same targets for a set time.
"""

from __future__ import annotations

import json
import os
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT))

from fuzz.harness import Target, run_one  # noqa: E402

SEED = 20261201
# inputs per target in CI: about 50 s for all of them on this machine
CI_INPUTS = {
    "specs": 800, "qcow2": 300, "parallels": 300, "raw": 400, "vhost_user_backend": 300,
    "vhost_user_frontend": 300, "vhost_user_devices": 300, "vhost_user_inflight": 300, "ivshmem_server": 800, "ivshmem_client": 600, "fw_cfg": 1000,
    "dtb": 400, "rocker": 600,
}


@pytest.mark.parametrize("target", list(CI_INPUTS))
def test_seeded_fuzz_pass(target, tmp_path):
    from conftest import run

    report = tmp_path / "report.json"
    done = run([sys.executable, "fuzz/run.py", "--target", target, "--inputs", str(CI_INPUTS[target]),
                "--seed", str(SEED), "--oracle", "30", "--findings", str(tmp_path / "findings"),
                "--json", str(report)], text=True, timeout=300)
    assert report.exists(), done.stderr[-3000:]
    (camp,) = json.loads(report.read_text())
    print(done.stdout)
    assert camp["violations"] == [], "\n".join(f"{v['kind']}: {v['what']} (input {v.get('file')})"
                                               for v in camp["violations"])
    assert camp["inputs"] == CI_INPUTS[target]
    assert camp["outcomes"] > 1                       # the mutations reach more than one behaviour
    if target in ("qcow2", "parallels"):
        extra = camp["extra"]
        assert extra["oracle_compared"] + extra["oracle_qemu_refused"] == 30
        assert extra["oracle_equal"] == extra["oracle_compared"] > 0
        assert extra["writer_opened"] > 0


# --- the harness itself must catch what it claims to catch -----------------------------------------

class Broken(Target):
    name = "broken"
    timeout = 0.5

    def __init__(self, how: str) -> None:
        self.how = how

    def execute(self, data: bytes) -> str:
        if self.how == "escape":
            return {}["missing"]
        if self.how == "leak":
            self.fd = os.open(os.devnull, os.O_RDONLY)
            return "ok"
        if self.how == "hang":
            while True:
                try:
                    pass
                except Exception:     # code under test that swallows everything still stops
                    pass
        if self.how == "memory":
            raise MemoryError
        from qemuspec.errors import FormatError

        raise FormatError("refused", structure="x", field="y")


@pytest.mark.parametrize("how,kind", [("escape", "escape"), ("leak", "fd-leak"), ("hang", "hang"),
                                      ("memory", "memory"), ("refuse", None)])
def test_the_harness_reports_each_kind_of_violation(how, kind):
    target = Broken(how)
    result = run_one(target, b"")
    assert result.kind == kind
    if how == "leak":
        os.close(target.fd)
    if how == "refuse":
        assert result.outcome == "error:FormatError:x.y"
