"""``qemuspec pci-id``: what QEMU's PCI ID table says a vendor:device pair is."""

from __future__ import annotations

import argparse
import json

from ..errors import UsageError


def cmd_pci_id(args: argparse.Namespace) -> int:
    from .. import pci

    if args.all:
        ids = pci.all_ids()
    else:
        if not args.ids:
            raise UsageError("give VENDOR:DEVICE (like 1af4:1041) or --all")
        ids = []
        for text in args.ids:
            found = pci.lookup(*pci.parse_id(text))
            if found is None:
                raise UsageError(f"{text} is not in QEMU's PCI ID table (vendors 1af4 and 1b36)")
            ids.append(found)
    if args.output == "json":
        print(json.dumps([i.as_dict() for i in ids], indent=2))
    else:
        for i in ids:
            print(i)
    return 0


def register(commands) -> None:
    p = commands.add_parser(
        "pci-id", help="name a QEMU PCI vendor:device ID (1af4:1041, 1b36:0006, ...)",
        description="Look up vendor:device pairs in QEMU's PCI ID table (docs/specs/pci-ids): vendor 1af4 "
                    "(virtio legacy and modern, ivshmem, the experimental range, subsystem 1100) and 1b36 "
                    "(QEMU's own devices). Modern virtio IDs 1af4:1040..10ef are named by their virtio device ID. "
                    "Exits 1 for an ID outside the table.")
    p.add_argument("ids", nargs="*", metavar="VENDOR:DEVICE", help="hexadecimal IDs, like 1af4:1041")
    p.add_argument("--all", action="store_true", help="list the whole table")
    p.add_argument("--output", choices=["human", "json"], default="human")
    p.set_defaults(func=cmd_pci_id)
