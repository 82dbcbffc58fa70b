"""Drive a real QEMU through its qtest socket.

:class:`QemuProcess` starts ``qemu-system-*`` with ``-qtest unix:...`` in a
private temporary folder and always ends it (by pid) on close.
:class:`QtestClient` speaks the qtest text protocol (``outw 0x510 0x19`` ->
``OK``; ``read 0x1000 16`` -> ``OK 0x...``), and :class:`QtestBus` offers it as
a register/memory bus for guest-side drivers.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Sequence

from .errors import PeerError, ProtocolError

__all__ = ["QemuProcess", "QtestClient", "QtestBus"]

_SIZES = {1: "b", 2: "w", 4: "l", 8: "q"}


class QtestClient:
    """The qtest line protocol over a connected UNIX socket."""

    def __init__(self, sock: socket.socket, timeout: float = 30.0) -> None:
        self.sock = sock
        self.sock.settimeout(timeout)
        self._buffer = b""

    @classmethod
    def connect(cls, path: str | os.PathLike, timeout: float = 30.0) -> "QtestClient":
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.settimeout(timeout)
            sock.connect(os.fspath(path))
        except OSError as exc:
            sock.close()
            raise PeerError(f"cannot connect to qtest socket {path}: {exc}") from exc
        return cls(sock, timeout)

    def close(self) -> None:
        self.sock.close()

    def _line(self) -> str:
        while b"\n" not in self._buffer:
            try:
                chunk = self.sock.recv(65536)
            except OSError as exc:
                raise PeerError(f"qtest connection failed: {exc}") from exc
            if not chunk:
                raise PeerError("QEMU closed the qtest connection")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode("ascii", "replace").strip()

    def command(self, text: str) -> str:
        """Send one command; return what follows ``OK`` in the answer."""
        try:
            self.sock.sendall(text.encode("ascii") + b"\n")
        except OSError as exc:
            raise PeerError(f"qtest connection failed: {exc}") from exc
        while True:
            line = self._line()
            if line.startswith("IRQ"):
                continue  # asynchronous interrupt notices are not answers
            if line == "OK":
                return ""
            if line.startswith("OK "):
                return line[3:]
            raise ProtocolError(f"qtest answered {line!r} to {text!r}")

    # port I/O and MMIO by width
    def port_read(self, addr: int, size: int) -> int:
        return int(self.command(f"in{_SIZES[size]} {addr:#x}"), 16)

    def port_write(self, addr: int, size: int, value: int) -> None:
        self.command(f"out{_SIZES[size]} {addr:#x} {value:#x}")

    def mmio_read(self, addr: int, size: int) -> int:
        return int(self.command(f"read{_SIZES[size]} {addr:#x}"), 16)

    def mmio_write(self, addr: int, size: int, value: int) -> None:
        self.command(f"write{_SIZES[size]} {addr:#x} {value:#x}")

    def mem_read(self, addr: int, length: int) -> bytes:
        if length == 0:
            return b""
        answer = self.command(f"read {addr:#x} {length:#x}")
        return bytes.fromhex(answer[2:] if answer.startswith("0x") else answer)

    def mem_write(self, addr: int, data: bytes) -> None:
        if data:
            self.command(f"write {addr:#x} {len(data):#x} 0x{data.hex()}")


class QtestBus:
    """A register/memory bus (see ``qemuspec.firmware.fw_cfg.registers.Bus``) onto qtest."""

    def __init__(self, client: QtestClient) -> None:
        self.client = client

    def reg_read(self, space: str, addr: int, size: int) -> int:
        if space == "io":
            return self.client.port_read(addr, size)
        return self.client.mmio_read(addr, size)

    def reg_write(self, space: str, addr: int, size: int, value: int) -> None:
        if space == "io":
            self.client.port_write(addr, size, value)
        else:
            self.client.mmio_write(addr, size, value)

    def mem_read(self, addr: int, length: int) -> bytes:
        return self.client.mem_read(addr, length)

    def mem_write(self, addr: int, data: bytes) -> None:
        self.client.mem_write(addr, data)


class QemuProcess:
    """A ``qemu-system-*`` process with a qtest socket, ended on :meth:`close`.

    ``args`` are added after the qtest options. QEMU waits for the qtest
    connection before it starts the machine, so :attr:`qtest` is connected
    when the constructor returns.
    """

    def __init__(self, args: Sequence[str], *, binary: str = "qemu-system-x86_64",
                 workdir: str | os.PathLike | None = None, timeout: float = 30.0) -> None:
        exe = shutil.which(binary)
        if exe is None:
            raise PeerError(f"{binary} is not installed (Debian: qemu-system-x86 / qemu-system-ppc)")
        self._own_dir = workdir is None
        self.dir = Path(tempfile.mkdtemp(prefix="qemuspec-qemu-") if workdir is None else workdir)
        self.socket_path = self.dir / "qtest.sock"
        self.log_path = self.dir / "qemu.log"
        cmd = [exe, "-qtest", f"unix:{self.socket_path},server=on", "-qtest-log", "/dev/null", *args]
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT)
        try:
            self.qtest = self._connect(timeout)
        except BaseException:
            self.close()
            raise

    def _connect(self, timeout: float) -> QtestClient:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise PeerError(f"QEMU exited with {self.proc.returncode}: {self.log()}")
            if self.socket_path.exists():
                try:
                    return QtestClient.connect(self.socket_path, timeout)
                except PeerError:
                    pass
            time.sleep(0.02)
        raise PeerError(f"QEMU did not open its qtest socket within {timeout} s: {self.log()}")

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace").strip()
        except OSError:
            return ""

    def close(self) -> None:
        client = getattr(self, "qtest", None)
        if client is not None:
            client.close()
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self._log.close()
        if self._own_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def __enter__(self) -> "QemuProcess":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
