"""Shared fixtures: paths, and real QEMU processes (never skipped: a missing peer fails)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from qemuspec.qtest import QemuProcess

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from parse_samples import load_index  # noqa: E402  (the one reader of samples/*.yaml)

# Tests never assert timings: hypothesis's per-example deadline (200 ms) failed examples
# on a loaded machine (tests/test_qcow2_layout.py), so no property test has one.
settings.register_profile("qemuspec", deadline=None)
settings.load_profile("qemuspec")

SAMPLES = ROOT / "samples"
KSY = ROOT / "ksy"
PYTHON = sys.executable
QEMUSPEC = str(Path(sys.executable).parent / "qemuspec")  # the console script of the installed package

# Items every fw_cfg QEMU of the tests carries: name -> contents.
_rng = random.Random(2026)
FW_CFG_ITEMS = {
    "opt/org.qemuspec/greeting": b"hello from the host",
    "opt/org.qemuspec/blob": bytes(range(256)) * 4 + b"tail",
    "opt/org.qemuspec/large": bytes(_rng.getrandbits(8) for _ in range(200_000)),
    "opt/org.qemuspec/one": b"1",
}


def qemu_fw_cfg_args(folder: Path) -> list[str]:
    """Arguments for a stopped q35 QEMU holding FW_CFG_ITEMS (string items as string=)."""
    args = ["-S", "-machine", "q35", "-display", "none", "-nodefaults", "-m", "64M"]
    for name, data in FW_CFG_ITEMS.items():
        if name == "opt/org.qemuspec/greeting":
            args += ["-fw_cfg", f"name={name},string={data.decode()}"]
        else:
            path = folder / name.replace("/", "_")
            path.write_bytes(data)
            args += ["-fw_cfg", f"name={name},file={path}"]
    return args


@pytest.fixture(scope="module")
def fw_cfg_qemu(tmp_path_factory):
    """A real qemu-system-x86_64 (q35, -S) with FW_CFG_ITEMS, reached through qtest."""
    folder = tmp_path_factory.mktemp("fw_cfg_qemu")
    with QemuProcess(qemu_fw_cfg_args(folder), workdir=folder) as qemu:
        yield qemu


@pytest.fixture(scope="session")
def sample_index() -> list[dict]:
    """Every sample of every area (samples/*.yaml)."""
    return load_index()


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    """Run a command from the project root, capturing output."""
    env = dict(os.environ, NODE_PATH=str(ROOT / "node_modules"))
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, env=env, **kwargs)
