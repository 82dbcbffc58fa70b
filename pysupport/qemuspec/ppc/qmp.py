"""A small synchronous QMP client, enough to hotplug devices into a test QEMU.

Start QEMU with ``-qmp unix:PATH,server=on,wait=off`` and connect with
:meth:`QmpClient.connect`; :meth:`QmpClient.execute` sends a command and
returns its ``return`` value (events that arrive meanwhile are kept in
:attr:`QmpClient.events`).
"""

from __future__ import annotations

import json
import os
import socket
import time
from typing import Any

from ..errors import PeerError, ProtocolError

__all__ = ["QmpClient"]

_MAX_LINE = 1 << 20


class QmpClient:
    """QMP over a UNIX socket: greeting, ``qmp_capabilities``, then commands."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.events: list[dict] = []
        self._buffer = b""
        greeting = self._message()
        if "QMP" not in greeting:
            raise ProtocolError(f"not a QMP greeting: {greeting!r}")
        self.execute("qmp_capabilities")

    @classmethod
    def connect(cls, path: str | os.PathLike, timeout: float = 30.0) -> "QmpClient":
        deadline = time.monotonic() + timeout
        while True:
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(timeout)
            try:
                sock.connect(os.fspath(path))
                return cls(sock)
            except (FileNotFoundError, ConnectionRefusedError) as exc:
                sock.close()
                if time.monotonic() > deadline:
                    raise PeerError(f"cannot connect to QMP socket {path}: {exc}") from exc
                time.sleep(0.02)
            except BaseException:
                sock.close()
                raise

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> "QmpClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _message(self) -> dict:
        while b"\n" not in self._buffer:
            if len(self._buffer) > _MAX_LINE:
                raise ProtocolError("QMP message too long")
            try:
                chunk = self.sock.recv(65536)
            except OSError as exc:
                raise PeerError(f"QMP connection failed: {exc}") from exc
            if not chunk:
                raise PeerError("QEMU closed the QMP connection")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        try:
            return json.loads(line)
        except ValueError as exc:
            raise ProtocolError(f"QMP sent bad JSON: {line[:80]!r}") from exc

    def execute(self, command: str, **arguments: Any) -> Any:
        """Run ``command``; return its result or raise ProtocolError with QEMU's error."""
        request: dict[str, Any] = {"execute": command}
        if arguments:
            request["arguments"] = arguments
        try:
            self.sock.sendall(json.dumps(request).encode() + b"\n")
        except OSError as exc:
            raise PeerError(f"QMP connection failed: {exc}") from exc
        while True:
            message = self._message()
            if "event" in message:
                self.events.append(message)
            elif "error" in message:
                error = message["error"]
                raise ProtocolError(f"QMP {command}: {error.get('class')}: {error.get('desc')}")
            elif "return" in message:
                return message["return"]
