"""The properties every fuzz input is held to, and the Target interface.

A target turns one input (always ``bytes``: a file, or a script of protocol
steps) into calls of qemuspec's public API. :func:`run_one` runs it and
checks what the issue asks of every input:

* only :mod:`qemuspec.errors` exceptions escape (anything else is a
  :class:`Violation`);
* the input is handled within the target's time limit (a ``SIGALRM``
  interval timer raises :class:`Hang`, a BaseException that no ``except
  Exception`` in the code under test can swallow);
* memory: the runner sets ``RLIMIT_AS`` (see :mod:`fuzz.run`), so an
  allocation sized by an unchecked field raises MemoryError -> a Violation;
* no descriptor is left open (``/proc/self/fd`` before and after);
* target-specific properties (file unchanged, guest memory outside the given
  regions unchanged, ...) raise :class:`Violation` from inside the target.
"""

from __future__ import annotations

import gc
import os
import random
import signal
import traceback
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from qemuspec.errors import QemuSpecError

__all__ = ["Violation", "Hang", "Target", "Result", "run_one", "deadline", "open_fds", "outcome_of"]

ROOT = Path(__file__).resolve().parent.parent


class Violation(Exception):
    """A property failed for this input (the message says which)."""


class Hang(BaseException):
    """The per-input time limit expired."""


@contextmanager
def deadline(seconds: float):
    """Raise :class:`Hang` in this thread when ``seconds`` pass (SIGALRM; main thread only)."""
    def expire(*_):
        raise Hang(f"no answer within {seconds} s")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def open_fds() -> set[str]:
    """This process's open descriptors (names in /proc/self/fd)."""
    return set(os.listdir("/proc/self/fd"))


def outcome_of(exc: QemuSpecError) -> str:
    """A short label of an accepted error, for the corpus's "new behaviour" feedback."""
    where = ".".join(str(x) for x in (getattr(exc, "structure", None), getattr(exc, "field", None)) if x)
    return f"{type(exc).__name__}:{where}"


class Target:
    """One fuzz target. Subclasses set ``name`` and implement ``seeds`` and ``execute``."""

    name = ""
    timeout = 10.0          # seconds per input
    description = ""

    def setup(self, workdir: Path) -> None:
        """Prepare (once per run): ``workdir`` is a private temporary folder."""
        self.workdir = workdir

    def teardown(self) -> None:
        pass

    def seeds(self) -> list[bytes]:
        """Valid inputs to start from."""
        raise NotImplementedError

    def mutate(self, data: bytes, rng: random.Random, corpus: list[bytes]) -> bytes:
        """A mutation of ``data``; the default is byte-wise."""
        from .mutate import mutate_bytes

        return mutate_bytes(data, rng, corpus)

    def execute(self, data: bytes) -> str:
        """Run the input; return an outcome label. Raise Violation when a property fails."""
        raise NotImplementedError

    def stats(self) -> dict:
        """Target-specific figures (oracle counts, ...) for the report."""
        return {}


@dataclass
class Result:
    outcome: str                       # "ok:..." / "error:..." labels; "violation" on failure
    violation: str | None = None       # what went wrong, with the traceback's last frames
    kind: str | None = None            # escape / hang / memory / fd-leak / property


def run_one(target: Target, data: bytes) -> Result:
    """Run one input through ``target`` and check the common properties."""
    gc.collect()
    before = open_fds()
    try:
        with deadline(target.timeout):
            try:
                outcome = target.execute(data)
            except QemuSpecError as exc:
                outcome = "error:" + outcome_of(exc)
    except Hang as exc:
        return Result("violation", _describe(exc), "hang")
    except Violation as exc:
        return Result("violation", _describe(exc), "property")
    except MemoryError as exc:
        return Result("violation", _describe(exc), "memory")
    except Exception as exc:  # noqa: BLE001 - every other exception is the finding
        return Result("violation", _describe(exc), "escape")
    gc.collect()
    leaked = open_fds() - before
    if leaked:
        return Result("violation", f"descriptors left open: {sorted(leaked)} "
                      f"({', '.join(_fd_target(fd) for fd in sorted(leaked))})", "fd-leak")
    return Result(outcome)


def _fd_target(fd: str) -> str:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return "?"


def _describe(exc: BaseException) -> str:
    frames = traceback.extract_tb(exc.__traceback__)[-4:]
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    return f"{type(exc).__name__}: {exc} [{where}]"
