"""Start a qemu-system-x86_64 with an ivshmem device, reached through qtest.

The machine is a q35 whose firmware only halts (64 KiB of ``hlt``), so the
guest does nothing on its own and :class:`~qemuspec.ipc.ivshmem.guest.IvshmemGuest`
plays the guest driver through qtest. The machine runs (not ``-S``):
QEMU's main loop must be live to turn an eventfd into an MSI-X write.
"""

from __future__ import annotations

import os
from pathlib import Path

from ...qtest import QemuProcess
from .guest import IvshmemGuest

__all__ = ["IvshmemQemu", "doorbell_args", "plain_args", "write_hlt_bios"]

_MACHINE = ["-machine", "q35", "-display", "none", "-nodefaults", "-m", "64M"]


def write_hlt_bios(folder: str | os.PathLike) -> Path:
    """A 64 KiB firmware image of ``hlt`` instructions, in ``folder``."""
    path = Path(folder) / "hlt.bin"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        path.write_bytes(b"\xf4" * 65536)
    return path


def doorbell_args(socket_path: str | os.PathLike, vectors: int, folder: str | os.PathLike) -> list[str]:
    """Arguments for an ivshmem-doorbell device connected to the server at ``socket_path``."""
    return [*_MACHINE, "-bios", str(write_hlt_bios(folder)),
            "-chardev", f"socket,path={socket_path},id=ivshmem",
            "-device", f"ivshmem-doorbell,chardev=ivshmem,vectors={vectors}"]


def plain_args(mem_path: str | os.PathLike, size: int, folder: str | os.PathLike) -> list[str]:
    """Arguments for an ivshmem-plain device sharing the file ``mem_path`` (``size`` bytes)."""
    return [*_MACHINE, "-bios", str(write_hlt_bios(folder)),
            "-object", f"memory-backend-file,id=ivshmem,share=on,mem-path={mem_path},size={size}",
            "-device", "ivshmem-plain,memdev=ivshmem"]


class IvshmemQemu:
    """A running QEMU with one ivshmem device and its guest driver, set up.

    Use :meth:`doorbell` or :meth:`plain`; close (or leave the ``with``
    block) to end QEMU. ``folder`` holds QEMU's qtest socket, log and
    firmware; give each QEMU its own.
    """

    def __init__(self, args: list[str], folder: str | os.PathLike, *, binary: str = "qemu-system-x86_64",
                 timeout: float = 30.0) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.process = QemuProcess(args, binary=binary, workdir=self.folder, timeout=timeout)
        try:
            self.guest = IvshmemGuest(self.process.qtest).setup()
        except BaseException:
            self.process.close()
            raise

    @classmethod
    def doorbell(cls, socket_path: str | os.PathLike, folder: str | os.PathLike, vectors: int = 1,
                 **options) -> "IvshmemQemu":
        """QEMU with ``-device ivshmem-doorbell`` connected to an ivshmem server (which must be up)."""
        return cls(doorbell_args(socket_path, vectors, folder), folder, **options)

    @classmethod
    def plain(cls, mem_path: str | os.PathLike, size: int, folder: str | os.PathLike, **options) -> "IvshmemQemu":
        """QEMU with ``-device ivshmem-plain`` on a shared memory-backend-file."""
        return cls(plain_args(mem_path, size, folder), folder, **options)

    @property
    def pid(self) -> int:
        return self.process.proc.pid

    def log(self) -> str:
        return self.process.log()

    def kill(self) -> None:
        """End QEMU at once (as a crash would); its server connection drops."""
        if self.process.proc.poll() is None:
            self.process.proc.kill()
        self.process.proc.wait()

    def close(self) -> None:
        self.process.close()

    def __enter__(self) -> "IvshmemQemu":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
