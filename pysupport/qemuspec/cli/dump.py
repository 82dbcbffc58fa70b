"""``qemuspec dump``: any file parsed with one of our specs, as JSON."""

from __future__ import annotations

import json

from ..dump import to_tree
from ..errors import UsageError
from ..specs import SPECS, detect, parse, read_instance


def _walk(obj, path: str):
    """Follow ``a.b.3.c`` through attributes and list indexes."""
    for part in path.split("."):
        if isinstance(obj, list):
            if not part.isdigit() or int(part) >= len(obj):
                raise UsageError(f"--path: {part!r} is not an index below {len(obj)}")
            obj = obj[int(part)]
        elif part.startswith("_") or not hasattr(type(obj), part) and part not in vars(obj):
            raise UsageError(f"--path: no field {part!r} here")
        else:
            obj = read_instance(obj, part)
    return obj


def cmd_dump(args) -> int:
    try:
        source = open(args.file, "rb")
    except OSError as exc:
        raise UsageError(f"cannot read {args.file}: {exc.strerror}") from exc
    with source:
        spec_id = args.type or detect(source.read(16))
        source.seek(0)
        parsed = parse(spec_id, source, fetch_instances=args.path is None)
        value = _walk(parsed, args.path) if args.path else parsed
        tree = {"type": spec_id, "value": to_tree(value)}
        if args.path:
            tree["path"] = args.path
    print(json.dumps(tree, indent=2))
    return 0


def register(commands) -> None:
    dump = commands.add_parser(
        "dump", help="print a file parsed with one of our specs as JSON",
        description="Parse FILE with a qemuspec Kaitai spec and print every field as JSON. "
                    "The spec is found from the file's magic; name it with --type for formats "
                    "without one. Specs: " + ", ".join(sorted(SPECS)) + ".",
    )
    dump.add_argument("--type", choices=sorted(SPECS), metavar="SPEC",
                      help="spec id (a ksy meta/id) to parse with; default: detect by magic")
    dump.add_argument("--path", metavar="A.B.0.C",
                      help="print only this part (fields and list indexes, e.g. header.l1_table_offset "
                           "or l1_table.0.l2_table.entries.5); reads only what the path needs")
    dump.add_argument("file", metavar="FILE")
    dump.set_defaults(func=cmd_dump)
