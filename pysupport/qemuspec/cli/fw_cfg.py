"""``qemuspec fw-cfg list|read``: a QEMU's fw_cfg items, through qtest."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import ExitStack
from pathlib import Path

from ..errors import UsageError
from ..specs import parse
from .common import read_input

LAUNCH_ARGS = ["-S", "-machine", "q35", "-display", "none", "-nodefaults", "-m", "64M"]


def _fw_cfg_driver(args: argparse.Namespace, stack: ExitStack):
    from ..firmware.fw_cfg import FwCfgDriver
    from ..qtest import QemuProcess, QtestBus, QtestClient

    if args.qtest:
        client = QtestClient.connect(args.qtest)
        stack.callback(client.close)
    else:
        extra = [arg for spec in args.fw_cfg for arg in ("-fw_cfg", spec)]
        qemu = stack.enter_context(QemuProcess([*LAUNCH_ARGS, *extra], binary=args.qemu))
        client = qemu.qtest
    return FwCfgDriver(QtestBus(client))


def cmd_fw_cfg_list(args: argparse.Namespace) -> int:
    from ..formats.fw_cfg_file_dir import FwCfgFileDir

    with ExitStack() as stack:
        if args.file:
            parsed = parse(FwCfgFileDir, read_input(args.file))
            files = [(f.select, f.len_file, f.name) for f in parsed.files]
        else:
            driver = _fw_cfg_driver(args, stack)
            files = [(f.select, f.size, f.name) for f in driver.directory(dma=args.dma)]
    if args.output == "json":
        print(json.dumps([{"select": s, "size": n, "name": name} for s, n, name in files], indent=2))
    else:
        print(f"{'select':>8} {'size':>10}  name")
        for select, size, name in files:
            print(f"{select:#8x} {size:10d}  {name}")
    return 0


def cmd_fw_cfg_read(args: argparse.Namespace) -> int:
    if args.file:
        raise UsageError("a directory blob lists items but holds no contents; use --qtest or --launch")
    key = None
    if args.item.lower().startswith("0x"):
        try:
            key = int(args.item, 16)
        except ValueError:
            raise UsageError(f"{args.item!r} is not a selector key") from None
        if not 0 <= key <= 0xFFFF or args.size is None or args.size < 0:
            raise UsageError("reading by key needs a key 0x0000..0xffff and --size BYTES")
    with ExitStack() as stack:
        driver = _fw_cfg_driver(args, stack)
        if key is None:
            data = driver.read_file(args.item, dma=args.dma)
        elif args.dma:
            data = driver.dma_read(key, args.size).data
        else:
            data = driver.read(key, args.size)
    if args.output_file:
        Path(args.output_file).write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return 0


def register(commands) -> None:
    fw = commands.add_parser(
        "fw-cfg", help="list and read a QEMU's fw_cfg items",
        description="Talk to QEMU's fw_cfg device as guest firmware does, through qtest. "
                    "By default a QEMU (q35, stopped with -S) is started for the command, with the "
                    "items given by --fw-cfg; --qtest uses a QEMU you started with "
                    "'-qtest unix:PATH,server=on -S'; list also reads a saved directory blob (--file).",
    )
    fw_commands = fw.add_subparsers(dest="fw_command", metavar="ACTION", required=True)
    common = argparse.ArgumentParser(add_help=False)
    source = common.add_mutually_exclusive_group()
    source.add_argument("--qtest", metavar="PATH", help="qtest socket of a running QEMU")
    source.add_argument("--file", metavar="BLOB", help="a saved file directory (item 0x0019)")
    common.add_argument("--fw-cfg", action="append", default=[], metavar="name=NAME,string=S|file=F",
                        help="an item for the QEMU started by this command (as QEMU's -fw_cfg; repeatable)")
    common.add_argument("--qemu", default="qemu-system-x86_64", help="QEMU binary to start (default: %(default)s)")
    common.add_argument("--dma", action="store_true", help="use the DMA interface instead of the data register")
    fw_list = fw_commands.add_parser("list", parents=[common], help="print the file directory")
    fw_list.add_argument("--output", choices=["human", "json"], default="human")
    fw_list.set_defaults(func=cmd_fw_cfg_list)
    fw_read = fw_commands.add_parser("read", parents=[common], help="print one item's bytes")
    fw_read.add_argument("item", metavar="NAME|KEY", help="file name (opt/...) or selector key (0x....)")
    fw_read.add_argument("--size", type=int, help="bytes to read when ITEM is a key")
    fw_read.add_argument("-o", "--output-file", metavar="FILE", help="write the bytes here instead of stdout")
    fw_read.set_defaults(func=cmd_fw_cfg_read)
