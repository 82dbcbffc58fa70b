"""The command-line page: every command's --help, and real output on the samples.

The help texts come from the parser itself (``qemuspec.cli.build_parser``);
the examples are run at build time on files of samples/, from the project
root, and their output is shown as it came.
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

import jinja2

ROOT = Path(__file__).resolve().parent.parent.parent

# command -> example command lines (run from the project root; {tmp} is a scratch folder)
EXAMPLES = {
    "dump": ["qemuspec dump --path header samples/qcow2.v2.qcow2",
             "qemuspec dump samples/fw_cfg_dma_access.select-read.bin"],
    "info": ["qemuspec info samples/qcow2.v3-bitmaps-snapshot.qcow2",
             "qemuspec info --output=json samples/parallels.qemu-ext.img"],
    "map": ["qemuspec map samples/qcow2.extended-l2.qcow2",
            "qemuspec map --output=json samples/qcow2.zstd-compressed.qcow2"],
    "check": ["qemuspec check samples/qcow2.v3-bitmaps-snapshot.qcow2",
              "qemuspec check samples/parallels.bitmap.img"],
    "convert": ["qemuspec convert -O qcow2 -c samples/qcow2.v2.qcow2 {tmp}/copy.qcow2",
                "qemuspec info {tmp}/copy.qcow2",
                "qemuspec convert -O qcow2 -B copy.qcow2 -F qcow2 {tmp}/copy.qcow2 {tmp}/over.qcow2",
                "qemuspec map {tmp}/over.qcow2",
                "qemuspec create -f raw {tmp}/into.raw 64M",
                "qemuspec convert -n -O raw samples/qcow2.v2.qcow2 {tmp}/into.raw"],
    "create": ["qemuspec create -f qcow2 -o cluster_size=64k,lazy_refcounts=on {tmp}/new.qcow2 1G"],
    "resize": ["qemuspec create -f qcow2 {tmp}/grow.qcow2 1G",
               "qemuspec resize {tmp}/grow.qcow2 2G",
               "qemuspec create -f raw {tmp}/grow.raw 1M",
               "qemuspec resize -f raw --preallocation=falloc {tmp}/grow.raw +1.5M"],
    "amend": ["qemuspec create -f qcow2 {tmp}/lazy.qcow2 1G",
              "qemuspec amend -o lazy_refcounts=on {tmp}/lazy.qcow2",
              "qemuspec amend -o size=512M {tmp}/lazy.qcow2",
              "qemuspec info {tmp}/lazy.qcow2"],
    "snapshot": ["qemuspec snapshot -l samples/qcow2.v3-bitmaps-snapshot.qcow2"],
    "bitmap": ["qemuspec bitmap list samples/qcow2.v3-bitmaps-snapshot.qcow2"],
    "compare": ["qemuspec convert -O raw samples/qcow2.v2.qcow2 {tmp}/copy.raw",
                "qemuspec compare samples/qcow2.v2.qcow2 {tmp}/copy.raw",
                "qemuspec compare samples/qcow2.v2.qcow2 samples/qcow2.extended-l2.qcow2"],
    "measure": ["qemuspec measure -O qcow2 samples/qcow2.v3-bitmaps-snapshot.qcow2",
                "qemuspec measure -O parallels --size 1G",
                "qemuspec measure -O qcow2 -o cluster_size=2M --output=json --size 2T"],
    "dd": ["qemuspec dd -O qcow2 if=samples/qcow2.v2.qcow2 of={tmp}/part.qcow2 bs=4k count=8",
           "qemuspec info {tmp}/part.qcow2"],
    "rebase": ["qemuspec convert -O qcow2 samples/qcow2.v2.qcow2 {tmp}/old.qcow2",
               "qemuspec create -f qcow2 -b old.qcow2 -F qcow2 {tmp}/top.qcow2",
               "qemuspec create -f qcow2 {tmp}/empty.qcow2 1M",
               "qemuspec rebase -b empty.qcow2 -F qcow2 {tmp}/top.qcow2",
               "qemuspec compare samples/qcow2.v2.qcow2 {tmp}/top.qcow2"],
    "commit": ["qemuspec convert -O qcow2 samples/qcow2.v2.qcow2 {tmp}/top.qcow2",
               "qemuspec create -f qcow2 {tmp}/below.qcow2 1M",
               "qemuspec rebase -u -b below.qcow2 -F qcow2 {tmp}/top.qcow2",
               "qemuspec commit {tmp}/top.qcow2",
               "qemuspec compare samples/qcow2.v2.qcow2 {tmp}/below.qcow2"],
    "pci-id": ["qemuspec pci-id 1af4:1041 1b36:0006 1af4:1110"],
    "spapr-drc": ["qemuspec spapr-drc --type cpu samples/dtb.pseries-hotplug.dtb"],
}
# commands whose examples need a running peer: the page says where to look instead
NEEDS_PEER = {
    "fw-cfg": "needs a running QEMU (it reads fw_cfg through qtest); `tests/test_fw_cfg_qemu.py` runs it",
    "ivshmem-server": "serves until stopped; `tests/test_ivshmem_cli.py` runs it with QEMU as the client",
    "ivshmem-client": "needs a server; `tests/test_ivshmem_cli.py` runs it",
    "vhost-user": "needs a front-end or back-end peer; `tests/test_vhost_user_peers.py` (blk, probe) and "
                  "`tests/test_vhost_user_devices.py` (rng, input) run it with QEMU; "
                  "`tests/test_vhost_user_probe.py` runs probe --device rng|input|generic",
}


def _help(parser: argparse.ArgumentParser) -> str:
    return parser.format_help().rstrip()


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:   # argparse offers no public way to list sub-parsers
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _run(line: str, tmp: str) -> tuple[str, str]:
    line = line.format(tmp=tmp)
    shown = line.replace(tmp, "/tmp/example")
    argv = shlex.split(line)
    exe = Path(sys.executable).parent / "qemuspec"
    env = dict(os.environ, COLUMNS="100")
    result = subprocess.run([str(exe), *argv[1:]], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)
    output = (result.stdout + result.stderr).replace(tmp, "/tmp/example").rstrip()
    if result.returncode != 0:
        output += f"\n(exit status {result.returncode})"
    return shown, output


def commands() -> list[dict]:
    os.environ["COLUMNS"] = "100"   # argparse wraps help text to the terminal width: fixed for the page
    from qemuspec.cli import build_parser

    top = build_parser()
    out = [{"name": "qemuspec", "help": _help(top), "subs": [], "examples": [], "peer": None}]
    with tempfile.TemporaryDirectory() as tmp:
        for name, parser in _subcommands(top).items():
            subs = [{"name": f"{name} {sub}", "help": _help(p)} for sub, p in _subcommands(parser).items()]
            examples = [_run(line, tmp) for line in EXAMPLES.get(name, [])]
            out.append({"name": name, "help": _help(parser), "subs": subs, "examples": examples,
                        "peer": NEEDS_PEER.get(name)})
    return out


def render(env: jinja2.Environment) -> str:
    return env.get_template("cli.md.j2").render(commands=commands())
