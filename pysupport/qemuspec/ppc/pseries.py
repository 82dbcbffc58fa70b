"""Run QEMU's pseries machine for its device trees, RTAS and hypercalls.

* :func:`dump_dtb` runs ``qemu-system-ppc64 -M pseries,dumpdtb=FILE ...``
  and returns the device tree QEMU would give the guest.
* :class:`PseriesGuest` starts a pseries machine whose firmware is the
  hypercall agent (:mod:`qemuspec.ppc.hcall`), with qtest and QMP sockets:
  RTAS calls through qtest or H_RTAS, hypercalls, and device hotplug.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Sequence

from ..errors import PeerError
from ..qtest import QemuProcess
from .fdt import DeviceTree
from .hcall import HcallAgent, agent_firmware
from .qmp import QmpClient
from .rtas import DrcClient, HcallRtas, QtestRtas

__all__ = ["QEMU_PPC64", "BASE_ARGS", "dump_dtb", "PseriesGuest", "rtas_tokens"]

QEMU_PPC64 = "qemu-system-ppc64"
BASE_ARGS = ["-nodefaults", "-display", "none"]


def dump_dtb(args: Sequence[str], *, binary: str = QEMU_PPC64, machine: str = "pseries",
             timeout: float = 60.0) -> bytes:
    """The device tree of ``-M MACHINE,dumpdtb=... ARGS`` (QEMU writes it and exits)."""
    exe = shutil.which(binary)
    if exe is None:
        raise PeerError(f"{binary} is not installed (Debian: qemu-system-ppc)")
    with tempfile.TemporaryDirectory(prefix="qemuspec-dtb-") as tmp:
        out = Path(tmp) / "machine.dtb"
        cmd = [exe, "-M", f"{machine},dumpdtb={out}", *BASE_ARGS, *args]
        try:
            result = subprocess.run(cmd, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired as exc:
            raise PeerError(f"{binary} did not exit within {timeout} s") from exc
        if result.returncode != 0 or not out.exists():
            raise PeerError(f"{binary} failed ({result.returncode}): {result.stderr.decode(errors='replace').strip()}")
        return out.read_bytes()


def rtas_tokens(tree: DeviceTree) -> dict[str, int]:
    """RTAS call name -> token, from the /rtas node (one-cell properties whose value is a token)."""
    tokens = {}
    for name, prop in tree.node("/rtas").properties.items():
        if len(prop.raw) == 4 and 0x2000 <= int.from_bytes(prop.raw, "big") < 0x3000:
            tokens[name] = int.from_bytes(prop.raw, "big")
    return tokens


class PseriesGuest:
    """A running pseries machine with the hypercall agent as firmware.

    ``args`` are added to the command line (memory, CPUs, devices). The
    machine runs (TCG); everything lives in ``workdir`` (a temporary folder
    by default) and the process is ended on :meth:`close`.
    """

    def __init__(self, args: Sequence[str], *, workdir: str | Path | None = None,
                 binary: str = QEMU_PPC64, timeout: float = 30.0) -> None:
        self._own_dir = workdir is None
        self.dir = Path(tempfile.mkdtemp(prefix="qemuspec-pseries-") if workdir is None else workdir)
        firmware = self.dir / "agent.bin"
        firmware.write_bytes(agent_firmware())
        qmp_path = self.dir / "qmp.sock"
        cmd = ["-M", "pseries", *BASE_ARGS, "-bios", str(firmware),
               "-qmp", f"unix:{qmp_path},server=on,wait=off", *args]
        self.qemu = QemuProcess(cmd, binary=binary, workdir=self.dir, timeout=timeout)
        try:
            self.qtest = self.qemu.qtest
            self.agent = HcallAgent(self.qtest, timeout=timeout)
            self.qmp = QmpClient.connect(qmp_path, timeout=timeout)
            self.boot_tree = DeviceTree.from_bytes(self.agent.boot_fdt())
            self.tokens = rtas_tokens(self.boot_tree)
            self.drc = DrcClient(QtestRtas(self.qtest))
            self.drc_hcall = DrcClient(HcallRtas(self.agent, self.tokens), work_area=0x24000,
                                       event_buffer=0x26000)
        except BaseException:
            self.close()
            raise

    def hotplug(self, driver: str, **properties) -> None:
        """``device_add`` through QMP."""
        self.qmp.execute("device_add", driver=driver, **properties)

    def add_memory(self, dimm_id: str, size: int) -> dict:
        """Hotplug a pc-dimm of ``size`` bytes backed by RAM; return its query-memory-devices entry."""
        self.qmp.execute("object-add", **{"qom-type": "memory-backend-ram", "id": f"{dimm_id}-mem", "size": size})
        self.hotplug("pc-dimm", id=dimm_id, memdev=f"{dimm_id}-mem")
        for device in self.qmp.execute("query-memory-devices"):
            if device["data"].get("id") == dimm_id:
                return device["data"]
        raise PeerError(f"QEMU does not list the DIMM {dimm_id}")

    def close(self) -> None:
        qmp = getattr(self, "qmp", None)
        if qmp is not None:
            qmp.close()
        qemu = getattr(self, "qemu", None)
        if qemu is not None:
            qemu.close()
        if self._own_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> "PseriesGuest":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
