"""Image commands, modelled on qemu-img: info, map, check, convert, snapshot, bitmap."""

from __future__ import annotations

import json

from ..block import FORMATS, open_image
from ..errors import UsageError

# qemu-img check's exit codes
CHECK_CLEAN, CHECK_FAILED, CHECK_CORRUPT, CHECK_LEAKS = 0, 1, 2, 3


def _print_json(value) -> None:
    print(json.dumps(value, indent=4))


def cmd_info(args) -> int:
    from ..block.info import format_human, image_info

    with open_image(args.file, format=args.format, force_share=args.force_share) as image:
        chain = image.chain() if args.backing_chain else [image]
        infos = [image_info(layer) for layer in chain]
    if args.output == "json":
        _print_json(infos if args.backing_chain else infos[0])
    else:
        print("\n\n".join(format_human(info) for info in infos))
    return 0


def cmd_map(args) -> int:
    from ..block.map import map_image

    with open_image(args.file, format=args.format, force_share=args.force_share) as image:
        start = args.start_offset
        length = image.size - start if args.max_length is None else min(args.max_length, image.size - start)
        if start < 0 or start > image.size or length < 0:
            raise UsageError(f"--start-offset {start} is outside the {image.size}-byte disk")
        extents = map_image(image, start, length)
    if args.output == "json":
        print("[" + ",\n".join(map(_map_json_line, extents)) + "]")
        return 0
    print(f"{'Offset':<16}{'Length':<16}{'Mapped to':<16}File")
    for e in extents:
        if e.data and not e.zero:
            if e.offset is None:
                raise UsageError("File contains external, encrypted or compressed clusters.")
            print(f"{_hex(e.start):<16}{_hex(e.length):<16}{_hex(e.offset):<16}{e.file}")
    return 0


def _map_json_line(e) -> str:
    """One extent in qemu-img's layout (json.dumps per extent is the slow part of a big map)."""
    flags = f'"present": {"true" if e.present else "false"}, "zero": {"true" if e.zero else "false"}, ' \
            f'"data": {"true" if e.data else "false"}'
    offset = "" if e.offset is None else f', "offset": {e.offset}'
    return f'{{ "start": {e.start}, "length": {e.length}, "depth": {e.depth}, {flags}{offset}}}'


def _hex(n: int) -> str:
    return "0" if n == 0 else hex(n)


def cmd_check(args) -> int:
    from ..block.qcow2.check import check_image

    image = open_image(args.file, format=args.format, backing=False, force_share=args.force_share)
    with image:
        if image.format != "qcow2":
            raise UsageError(f"check supports qcow2 images, not {image.format}")
        result = check_image(image)
    if args.output == "json":
        _print_json(result.to_json(args.file))
    else:
        print(result.format_human())
    return result.exit_code


def cmd_convert(args) -> int:
    from ..block.convert import convert_to_raw

    if args.output_format != "raw":
        raise UsageError(f"convert writes raw images for now, not {args.output_format!r}")
    with open_image(args.source, format=args.format, force_share=args.force_share) as image:
        if args.snapshot:
            from ..block.qcow2.snapshot import open_snapshot

            if image.format != "qcow2":
                raise UsageError("-l needs a qcow2 source")
            with open_snapshot(image, args.snapshot) as view:
                convert_to_raw(view, args.target, progress=args.progress)
        else:
            convert_to_raw(image, args.target, progress=args.progress)
    return 0


def _qcow2(args, **kwargs):
    image = open_image(args.file, format=args.format, force_share=args.force_share, **kwargs)
    if image.format != "qcow2":
        image.close()
        raise UsageError(f"{args.file} is {image.format}, not qcow2")
    return image


def cmd_snapshot(args) -> int:
    from ..block.info import format_snapshot_table
    from ..block.qcow2.snapshot import list_snapshots

    with _qcow2(args, backing=False) as image:
        snapshots = [sn.to_json() for sn in list_snapshots(image)]
    if args.output == "json":
        _print_json(snapshots)
    elif snapshots:
        print(format_snapshot_table(snapshots))
    return 0


def cmd_bitmap(args) -> int:
    from ..block.qcow2.bitmap import dirty_ranges, find_bitmap, list_bitmaps

    with _qcow2(args, backing=False) as image:
        if args.dump is None:
            bitmaps = [b.to_json() for b in list_bitmaps(image)]
            if args.output == "json":
                _print_json(bitmaps)
            else:
                for b in bitmaps:
                    print(f"{b['name']}  granularity={b['granularity']}  flags={','.join(b['flags']) or '-'}")
            return 0
        ranges = dirty_ranges(image, find_bitmap(image, args.dump))
    if args.output == "json":
        _print_json([{"start": s, "length": n} for s, n in ranges])
    else:
        print(f"{'Offset':<16}{'Length':<16}")
        for s, n in ranges:
            print(f"{_hex(s):<16}{_hex(n):<16}")
    return 0


def register(commands) -> None:
    def add(name, func, help_text, description):
        p = commands.add_parser(name, help=help_text, description=description)
        p.add_argument("-f", "--format", choices=FORMATS, help="image format (default: detect from the magic)")
        p.add_argument("-U", "--force-share", action="store_true",
                       help="open even when another process (QEMU) writes the image (it may look inconsistent)")
        p.set_defaults(func=func)
        return p

    info = add("info", cmd_info, "show facts about an image (like qemu-img info)",
               "Print what qemu-img info prints, with the same JSON keys.")
    info.add_argument("--output", choices=["human", "json"], default="human")
    info.add_argument("--backing-chain", action="store_true", help="show every image of the backing chain")
    info.add_argument("file", metavar="FILE")

    mp = add("map", cmd_map, "show where guest data is (like qemu-img map)",
             "Print the allocation of the disk over the backing chain as qemu-img map does: "
             "extents with depth, present, zero, data and host offset, merged the same way.")
    mp.add_argument("--output", choices=["human", "json"], default="human")
    mp.add_argument("-s", "--start-offset", type=int, default=0, metavar="OFFSET")
    mp.add_argument("-l", "--max-length", type=int, metavar="LENGTH")
    mp.add_argument("file", metavar="FILE")

    check = add("check", cmd_check, "check a qcow2 image's metadata (like qemu-img check)",
                "Walk the L1/L2 tables, snapshots, bitmaps and refcounts and report leaks and "
                "corruptions. Exit status: 0 clean, 1 check could not finish, 2 corruptions, "
                "3 leaks only. Nothing is repaired.")
    check.add_argument("--output", choices=["human", "json"], default="human")
    check.add_argument("file", metavar="FILE")
    check.set_defaults(error_status=CHECK_FAILED)

    convert = add("convert", cmd_convert, "write an image's guest data to a new image",
                  "Read every guest byte of SOURCE (through its backing chain) and write TARGET. "
                  "Zero and unallocated ranges are left as holes in the output.")
    convert.add_argument("-O", dest="output_format", default="raw", metavar="FMT", help="output format (raw)")
    convert.add_argument("-l", dest="snapshot", metavar="SNAPSHOT", help="convert this internal snapshot (ID or name)")
    convert.add_argument("-p", dest="progress", action="store_true", help="show progress")
    convert.add_argument("source", metavar="SOURCE")
    convert.add_argument("target", metavar="TARGET")

    snapshot = add("snapshot", cmd_snapshot, "list internal snapshots (like qemu-img snapshot -l)",
                   "List the internal snapshots of a qcow2 image.")
    snapshot.add_argument("-l", dest="list", action="store_true", required=True, help="list snapshots")
    snapshot.add_argument("--output", choices=["human", "json"], default="human")
    snapshot.add_argument("file", metavar="FILE")

    bitmap = add("bitmap", cmd_bitmap, "list persistent bitmaps or show a bitmap's dirty ranges",
                 "Without --dump, list the persistent dirty bitmaps of a qcow2 image; with "
                 "--dump NAME, print the guest ranges whose bits are set.")
    bitmap.add_argument("--dump", metavar="NAME", help="print the dirty ranges of bitmap NAME")
    bitmap.add_argument("--output", choices=["human", "json"], default="human")
    bitmap.add_argument("file", metavar="FILE")
