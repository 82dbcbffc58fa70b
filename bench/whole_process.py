"""What the benches that time whole ``qemuspec`` and ``qemu-img`` processes share.

Every bench here is a script (``.venv/bin/python bench/NAME.py``), so this
module is imported by name from the scripts' own directory. It holds the
pieces they would otherwise each write again: the size argument, the
default tmpfs directory, the ``qemuspec`` command beside this Python, a
timed child process with its peak RSS, and the rounds that let each command
take its turn so that load from elsewhere falls on both sides alike.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

__all__ = ["ENV", "size_arg", "default_tmpdir", "qemuspec", "timed", "rounds", "report"]

# An installed package has its bytecode compiled; a sandbox may forbid writing it
# (PYTHONDONTWRITEBYTECODE), which would time the compiler, not the command.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def size_arg(text: str) -> int:
    """``200G``, ``512M``, ``64K``, ``2T`` or a number of bytes."""
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}
    if text[-1:].upper() in units:
        return int(text[:-1]) * units[text[-1].upper()]
    return int(text)


def default_tmpdir() -> str | None:
    """/dev/shm when it is writable (benches measure the tools, not the disk)."""
    return "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


def qemuspec() -> list[str]:
    """The ``qemuspec`` console script beside this Python, else ``python -m qemuspec.cli``."""
    cli = Path(sys.executable).parent / "qemuspec"
    return [str(cli)] if cli.exists() else [sys.executable, "-m", "qemuspec.cli"]


def timed(command: list[str], stdout: Path | None = None) -> tuple[float, int, bytes]:
    """Wall seconds, peak RSS in KiB and standard output of one child that must exit 0.

    The child is reaped with wait4, so its own peak RSS is known. With ``stdout`` (a path)
    the output goes to that file and b"" is returned: a child reports as its peak at least
    the peak of the parent that started it (Linux records the parent's high-water mark at
    exec, after vfork and fork alike), so a parent that reads a large output would inflate
    the peaks of every command after it.
    """
    start = time.perf_counter()
    # close_fds=False lets Python use posix_spawn (cheaper than fork; the peak is inherited either way)
    sink = open(stdout, "wb") if stdout is not None else None
    try:
        proc = subprocess.Popen(command, stdout=sink or subprocess.PIPE, stderr=subprocess.PIPE, env=ENV,
                                close_fds=False)
    finally:
        if sink is not None:
            sink.close()
    err: list[bytes] = []
    reader = threading.Thread(target=lambda: err.append(proc.stderr.read()))
    reader.start()
    out = proc.stdout.read() if proc.stdout is not None else b""
    reader.join()
    _, status, usage = os.wait4(proc.pid, 0)  # not proc.wait(): that would not give the child's rusage
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.stdout is not None:
        proc.stdout.close()
    proc.stderr.close()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {proc.returncode}: {err[0].decode(errors='replace')}")
    return seconds, usage.ru_maxrss, out


def rounds(commands: dict[str, list[str]], repeat: int, output_dir: Path | None = None,
           ) -> tuple[dict[str, list[float]], dict[str, int], dict[str, bytes]]:
    """Run every command once to warm up, then all in turn ``repeat`` times (the order
    reversed every other round); return the times, peak RSS (KiB) and last output of each.

    With ``output_dir`` every output goes to a file there (see :func:`timed`) and is read
    back once all the rounds are done."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    peak = dict.fromkeys(commands, 0)
    outputs: dict[str, bytes] = {}
    files = {name: Path(output_dir) / f"{n}.out" for n, name in enumerate(commands)} if output_dir else {}
    for name, command in commands.items():
        timed(command, files.get(name))  # bytecode, page cache
    names = list(commands)
    for n in range(repeat):
        for name in names if n % 2 == 0 else reversed(names):
            seconds, rss, outputs[name] = timed(commands[name], files.get(name))
            times[name].append(seconds)
            peak[name] = max(peak[name], rss)
    for name, path in files.items():
        outputs[name] = path.read_bytes()
        path.unlink()
    return times, peak, outputs


def report(times: dict[str, list[float]], peak: dict[str, int]) -> None:
    """One line per command: median seconds, ratio to its ``qemu-img`` twin, peak RSS.

    A command named ``qemuspec ...`` is compared with ``qemu-img ...`` of the same words.
    """
    print(f"{'command':<36} {'seconds':>8} {'ratio':>7} {'peak RSS':>10}")
    for name, values in times.items():
        median = statistics.median(values)
        twin = "qemu-img" + name.removeprefix("qemuspec")
        ratio = f"{median / statistics.median(times[twin]):7.2f}" if name.startswith("qemuspec") and twin in times else ""
        print(f"{name:<36} {median:>8.3f} {ratio:>7} {peak[name] // 1024:>7} MiB")
