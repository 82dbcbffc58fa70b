"""Run a vhost-user back-end in a background thread of a synchronous program.

>>> with ThreadedBackendServer("vu.sock", export.device) as server:   # doctest: +SKIP
...     start_qemu_with("vu.sock")
...     server.events                                                # what happened so far

The server's asyncio loop runs in its own thread; :attr:`events` collects
every event of every connection (thread-safe list appends), and
:meth:`call` runs a function inside the loop's thread (to look at the
connections' state without racing them).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import threading
from typing import Any, Callable

from .backend import Event
from .device import VhostUserDevice
from .server import BackendServer, BackendSession

__all__ = ["ThreadedBackendServer"]


class ThreadedBackendServer:
    """A :class:`BackendServer` on its own event loop thread (started on entry, stopped on exit)."""

    def __init__(self, path: str | os.PathLike, device_factory: Callable[[], VhostUserDevice], *,
                 on_event: Callable[[BackendSession, Event], None] | None = None, **options: Any) -> None:
        self.events: list[tuple[BackendSession, Event]] = []
        self._on_event = on_event
        self.loop = asyncio.new_event_loop()
        self.server = BackendServer(path, device_factory, on_event=self._record, **options)
        self._thread = threading.Thread(target=self.loop.run_forever, name="vhost-user-backend", daemon=True)
        self._started = False

    def _record(self, session: BackendSession, event: Event) -> None:
        self.events.append((session, event))
        if self._on_event is not None:
            self._on_event(session, event)

    def start(self) -> "ThreadedBackendServer":
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self.server.start(), self.loop).result(10)
        self._started = True
        return self

    def call(self, fn: Callable[..., Any], *args: Any, timeout: float = 10.0) -> Any:
        """Run ``fn(*args)`` in the server's thread and return its result."""
        future: concurrent.futures.Future = concurrent.futures.Future()

        def run() -> None:
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # handed to the caller
                future.set_exception(exc)
        self.loop.call_soon_threadsafe(run)
        return future.result(timeout)

    def sessions(self) -> list[BackendSession]:
        return self.call(lambda: list(self.server.sessions))

    def stop(self) -> None:
        if self._started:
            self.call(self.server.close)
            self._started = False
        if self._thread.is_alive():
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(10)
        if not self.loop.is_closed() and not self.loop.is_running():
            self.loop.close()

    def __enter__(self) -> "ThreadedBackendServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
