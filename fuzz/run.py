#!/usr/bin/env python3
"""Run qemuspec's fuzz targets: ``python fuzz/run.py [--target T ...] [--seconds S | --inputs N] [--seed N]``.

Each target runs in its own child process with an address-space limit
(``RLIMIT_AS``: what the process had after its imports plus ``--memory-mb``),
so an allocation sized by an unchecked field fails with MemoryError (a
finding) instead of swapping the machine; a child killed by a signal
(SIGSEGV, SIGBUS from a mapping past a file's end) is a finding too, and the
input it was running is kept. Findings go to ``--findings`` (default
``fuzz/findings/<target>/``). The figures are printed (``--json FILE``
writes them). Exit status 1 when any target found something.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from fuzz.targets import TARGETS  # noqa: E402


def _vm_size() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    return 0


def child(args: argparse.Namespace) -> int:
    """Run one target in this process; print its campaign as JSON on the last line."""
    from dataclasses import asdict

    from fuzz.engine import fuzz
    from fuzz.targets import make

    options = {"oracle": args.oracle} if args.target[0] in ("qcow2", "parallels") else {}
    target = make(args.target[0], **options)
    with tempfile.TemporaryDirectory(prefix=f"fuzz-{target.name}-") as tmp:
        target.setup(Path(tmp))
        try:
            seeds = target.seeds()   # made before the limit: qemu-img runs, caches fill
            target.seeds = lambda: seeds
            limit = _vm_size() + args.memory_mb * (1 << 20)
            resource.setrlimit(resource.RLIMIT_AS, (limit, resource.RLIM_INFINITY))
            if args.engine == "atheris":
                from fuzz.atheris_engine import run as run_atheris

                counts = run_atheris(target, seed=args.seed, seconds=args.seconds or 60, inputs=args.inputs,
                                     findings=Path(args.findings))
                print(json.dumps({"target": target.name, "seed": args.seed, **counts, "violations": []}), flush=True)
                return 0
            camp = fuzz(target, seed=args.seed, inputs=args.inputs, seconds=args.seconds,
                        findings=Path(args.findings), current=Path(args.current) if args.current else None)
        finally:
            resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
            target.teardown()
    print(json.dumps(asdict(camp)), flush=True)
    return 0


def parent(args: argparse.Namespace) -> int:
    names = args.target or list(TARGETS)
    unknown = [n for n in names if n not in TARGETS]
    if unknown:
        print(f"unknown target(s) {unknown}; known: {', '.join(TARGETS)}", file=sys.stderr)
        return 2
    findings = Path(args.findings)
    report = []
    for name in names:
        with tempfile.TemporaryDirectory(prefix="fuzz-run-") as tmp:
            current = Path(tmp) / "current.bin"
            cmd = [sys.executable, str(HERE / "run.py"), "--child", "--target", name, "--seed", str(args.seed),
                   "--findings", str(findings), "--memory-mb", str(args.memory_mb), "--current", str(current),
                   "--oracle", str(args.oracle), "--engine", args.engine]
            cmd += ["--inputs", str(args.inputs)] if args.inputs is not None else ["--seconds", str(args.seconds)]
            started = time.monotonic()
            proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
            lines = proc.stdout.strip().splitlines()
            if proc.returncode == 0 and lines and lines[-1].startswith("{"):
                camp = json.loads(lines[-1])
            elif proc.returncode == 0:   # atheris: libFuzzer ends the process itself (its log has the counts)
                camp = {"target": name, "seed": args.seed, "inputs": None, "violations": []}
            else:   # the child died: keep the input it was on
                camp = {"target": name, "seed": args.seed, "inputs": None, "violations": []}
                saved = None
                if current.exists():
                    folder = findings / name
                    folder.mkdir(parents=True, exist_ok=True)
                    saved = folder / f"crash-{int(time.time())}.bin"
                    shutil.copyfile(current, saved)
                camp["violations"].append({"kind": "crash", "what": f"the process ended with status "
                                           f"{proc.returncode}", "file": str(saved) if saved else None})
            camp["wall_seconds"] = round(time.monotonic() - started, 2)
        report.append(camp)
        bugs = len(camp["violations"])
        extra = "".join(f" {k}={v}" for k, v in (camp.get("extra") or {}).items())
        print(f"{name:20s} inputs={camp.get('inputs')} accepted={camp.get('accepted')} refused={camp.get('refused')} "
              f"outcomes={camp.get('outcomes')} seconds={camp['wall_seconds']} violations={bugs}{extra}", flush=True)
        for v in camp["violations"]:
            print(f"    {v['kind']}: {v['what']}\n    input: {v.get('file')}", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n")
    return 1 if any(c["violations"] for c in report) else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--target", action="append", choices=list(TARGETS), help="a target (repeat; default: all)")
    p.add_argument("--seconds", type=float, default=60.0, help="time per target (default 60)")
    p.add_argument("--inputs", type=int, help="inputs per target instead of a time (deterministic)")
    p.add_argument("--seed", type=int, default=20261201, help="the random seed (default 20261201)")
    p.add_argument("--oracle", type=int, default=1000,
                   help="qcow2/parallels: at most this many accepted images compared with qemu-img (default 1000)")
    p.add_argument("--memory-mb", type=int, default=768, help="address space per target beyond its start (MiB)")
    p.add_argument("--findings", default=str(HERE / "findings"), help="where failing inputs are written")
    p.add_argument("--json", help="write the figures to this file")
    p.add_argument("--engine", choices=["mutate", "atheris"], default="mutate",
                   help="mutate: seeded, deterministic (default, CI); atheris: coverage-guided libFuzzer")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--current", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    return child(args) if args.child else parent(args)


if __name__ == "__main__":
    sys.exit(main())
