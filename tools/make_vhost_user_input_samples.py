#!/usr/bin/env python3
"""Make the virtio-input samples (samples/vhost_user_input.*.bin) as a QEMU guest reads them.

    .venv/bin/python tools/make_vhost_user_input_samples.py [--out samples]

qemu-system-x86_64 7.2 (q35 under KVM - its vhost-user-input needs it -, guest
RAM in a shared memfd, ``-bios`` of halt instructions) realizes
``-device vhost-user-input-pci`` against our back-end serving
``InputDevice.keyboard()``; through qtest the modern virtio-pci device's
configuration space is selected (a guest byte write: QEMU's SET_CONFIG) and
read back byte by byte (QEMU's GET_CONFIG), all 136 bytes, as the guest
sees them. Nothing in them changes from run to run.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from qemuspec.ipc.vhost_user.input import EV_KEY, EV_LED, InputDevice, Select
from qemuspec.ipc.vhost_user.qtest_pci import ModernVirtioPci
from qemuspec.ipc.vhost_user.threaded import ThreadedBackendServer
from qemuspec.qtest import QemuProcess

SAMPLES = {   # file -> (select, subsel)
    "vhost_user_input.keyboard-name.bin": (Select.id_name, 0),
    "vhost_user_input.keyboard-devids.bin": (Select.id_devids, 0),
    "vhost_user_input.keyboard-ev-key.bin": (Select.ev_bits, EV_KEY),
    "vhost_user_input.keyboard-ev-led.bin": (Select.ev_bits, EV_LED),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default="samples", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        sock = d / "vui.sock"
        (d / "hlt.bin").write_bytes(b"\xf4" * 65536)
        qemu_args = ["-machine", "q35", "-accel", "kvm", "-display", "none", "-nodefaults", "-m", "64M",
                     "-bios", str(d / "hlt.bin"),
                     "-object", "memory-backend-memfd,id=mem,size=64M,share=on", "-numa", "node,memdev=mem",
                     "-chardev", f"socket,id=c0,path={sock}", "-device", "vhost-user-input-pci,chardev=c0,romfile="]
        with ThreadedBackendServer(sock, lambda: InputDevice.keyboard(serial="qemuspec-0001")), \
                QemuProcess(qemu_args, workdir=d) as qemu:
            pci = ModernVirtioPci(qemu.qtest, 18)
            for name, (select, subsel) in SAMPLES.items():
                pci.config_write(0, bytes([select, subsel]))
                data = pci.config_read(0, 136)
                (args.out / name).write_bytes(data)
                print(f"{name}: {len(data)} bytes, answer {data[2]} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
