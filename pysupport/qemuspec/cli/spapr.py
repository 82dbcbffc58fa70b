"""``qemuspec spapr-drc``: the dynamic reconfiguration connectors of a pseries device tree."""

from __future__ import annotations

import argparse
import json

from .common import read_input

TYPES = ["cpu", "phb", "vio", "pci", "lmb", "pmem"]


def cmd_spapr_drc(args: argparse.Namespace) -> int:
    from ..ppc import DeviceTree, all_connectors, connectors

    tree = DeviceTree.from_bytes(read_input(args.file))
    if args.node:
        conns = connectors(tree.node(args.node), strict=not args.lenient)
    else:
        conns = all_connectors(tree, strict=not args.lenient)
    if args.type:
        conns = [c for c in conns if getattr(c.drc_type, "name", None) == args.type]
    if args.output == "json":
        print(json.dumps([c.as_dict() for c in conns], indent=2))
        return 0
    print(f"{'index':>10}  {'type':4} {'id':>6}  {'name':10} {'drc-type':8} {'domain':>6}  node")
    for c in conns:
        kind = getattr(c.drc_type, "name", str(c.drc_type))
        print(f"{c.index:#010x}  {kind:4} {c.id:6d}  {c.name:10} {c.type_name:8} {c.power_domain:6d}  {c.path}")
    return 0


def register(commands) -> None:
    p = commands.add_parser(
        "spapr-drc", help="list the dynamic reconfiguration connectors of a pseries device tree",
        description="Read a flattened device tree (for example from qemu-system-ppc64 -M pseries,dumpdtb=FILE), "
                    "join the ibm,drc-indexes/-names/-types/-power-domains arrays of every node and list the "
                    "connectors: DRC index, type and id, name, type string, power domain and owning node. "
                    "The arrays are checked against each other and against QEMU's naming.")
    p.add_argument("file", metavar="FILE.dtb")
    p.add_argument("--node", metavar="PATH", help="only the connectors of this node (/, /cpus, /pci@...)")
    p.add_argument("--type", choices=TYPES, help="only connectors of this type")
    p.add_argument("--lenient", action="store_true",
                   help="do not insist that names and type strings follow QEMU's conventions")
    p.add_argument("--output", choices=["human", "json"], default="human")
    p.set_defaults(func=cmd_spapr_drc)
