#!/usr/bin/env python3
"""Make the ivshmem samples from a real QEMU and our server.

    .venv/bin/python tools/make_ivshmem_samples.py [--out DIR]

Writes into samples/ (or DIR) the files listed in samples/ivshmem.yaml:

* ivshmem_regs.doorbell.bin - BAR0 of QEMU's ivshmem-doorbell (vectors=2;
  peer ID 1, after one of our clients took ID 0) once the guest wrote 1 to
  the interrupt mask;
* ivshmem_pci_config.doorbell.bin - that device's 256 bytes of PCI
  configuration space, BARs placed and MSI-X enabled;
* ivshmem_pci_config.plain.bin - the same of an ivshmem-plain device on a
  1 MiB memory-backend-file, BARs placed;
* ivshmem_protocol.connect.bin - the bytes our server sent to a third
  client (ID 2), from its connection until the QEMU was killed.

QEMU runs q35 with a firmware that only halts; the guest side is played
through qtest. The files are byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import os
import socket
import tempfile
from pathlib import Path

from qemuspec.ipc.ivshmem import IvshmemClient, ServerThread, SharedMemory
from qemuspec.ipc.ivshmem.fdio import close_fds, recv_with_fds
from qemuspec.ipc.ivshmem.qemu import IvshmemQemu

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
VECTORS = 2


class Recorder:
    """A bare client that keeps the bytes the server sends and closes every descriptor."""

    def __init__(self, path: Path) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(os.fspath(path))
        self.data = b""

    def read(self, count: int) -> None:
        """Read ``count`` more messages."""
        goal = len(self.data) + 8 * count
        while len(self.data) < goal:
            data, fds, _ = recv_with_fds(self.sock, goal - len(self.data))
            close_fds(fds)
            if not data:
                raise RuntimeError("the server closed the connection")
            self.data += data

    def close(self) -> None:
        self.sock.close()


def make_doorbell_samples(out: Path, tmp: Path) -> None:
    socket_path = tmp / "ivshmem.sock"
    with SharedMemory.memfd(1 << 20) as memory, ServerThread(socket_path, memory, VECTORS):
        with IvshmemClient.connect(socket_path, vectors=VECTORS), \
                IvshmemQemu.doorbell(socket_path, tmp / "qemu", vectors=VECTORS) as qemu:
            guest = qemu.guest
            guest.write_register(0, 1)  # interrupt mask: the revision 0 peer-interrupt bit
            (out / "ivshmem_regs.doorbell.bin").write_bytes(guest.registers())
            guest.enable_msix()
            (out / "ivshmem_pci_config.doorbell.bin").write_bytes(guest.function.config_space())
            recorder = Recorder(socket_path)
            try:
                recorder.read(3 + 3 * VECTORS)  # version, ID, memory, two peers' vectors, own vectors
                qemu.kill()
                recorder.read(1)  # QEMU's departure
            finally:
                recorder.close()
            (out / "ivshmem_protocol.connect.bin").write_bytes(recorder.data)


def make_plain_samples(out: Path, tmp: Path) -> None:
    backing = tmp / "plain.mem"
    backing.write_bytes(bytes(1 << 20))
    with IvshmemQemu.plain(backing, 1 << 20, tmp / "plain") as qemu:
        (out / "ivshmem_pci_config.plain.bin").write_bytes(qemu.guest.function.config_space())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=SAMPLES, help="output folder (default: samples/)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ivshmem-samples-") as tmp:
        make_doorbell_samples(args.out, Path(tmp))
        make_plain_samples(args.out, Path(tmp))


if __name__ == "__main__":
    main()
