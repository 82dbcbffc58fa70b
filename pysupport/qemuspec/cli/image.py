"""Image commands, modelled on qemu-img: info, map, check, convert, snapshot, bitmap."""

from __future__ import annotations

import os
import sys

from ..block import FORMATS, REGISTRY, open_image
from ..block.formats import supporting
from ..errors import UsageError

# qemu-img check's exit codes
CHECK_CLEAN, CHECK_FAILED, CHECK_CORRUPT, CHECK_LEAKS, CHECK_UNSUPPORTED = 0, 1, 2, 3, 63


def _print_json(value) -> None:
    """``value`` as qemu-img prints JSON: its writer's text, a name's bytes that are not UTF-8 as U+FFFD."""
    from ..ctext import json_value, qemu_json

    print(qemu_json(json_value(value)))


def cmd_info(args) -> int:
    from ..block.info import format_human, image_info

    # Like qemu-img info, the backing file is opened only to show it (its format may be one we do not read).
    # An encrypted image opens without its key, as qemu-img info opens it (the key is not even checked),
    # and one whose external data file is missing opens too (info reads no guest data).
    spec = _image_spec(args, "file")
    with open_image(spec.path, format=spec.format, force_share=args.force_share,
                    backing=args.backing_chain, facts_only=True) as image:
        chain = image.chain() if args.backing_chain else [image]
        infos = [image_info(layer) for layer in chain]
    if spec.options is not None:  # qemu-img names an image given by options after them
        infos[0]["filename"] = spec.json_filename()
    if args.output == "json":
        _print_json(infos if args.backing_chain else infos[0])
    else:
        print("\n\n".join(format_human(info) for info in infos))
    return 0


def cmd_map(args) -> int:
    from ..block.map import map_before, map_chunks, map_image, write_extents_json
    from ..errors import FormatError

    failure = None
    start = _map_size("start offset", args.start_offset)
    most = None if args.max_length is None else _map_size("max length", args.max_length)
    with _open_with_key(args, "file") as image:
        length = image.size - start if most is None else min(most, image.size - start)
        if length <= 0:  # nothing to map (at or past the end, or -l 0): qemu-img's one empty extent
            from ..block.map import Extent

            extents = [Extent(start, 0, 0, False, False, False, None, None)]
            length = 0
        # a long map of one layer in bulk, as columns a chunk at a time (written while the image
        # is open); otherwise an object per extent
        chunks = map_chunks(image, start, length) if length else None
        if chunks is not None:
            return _print_map_chunks(chunks, args.output)
        try:
            if length:
                extents = map_image(image, start, length)
        except FormatError as exc:
            # a corruption QEMU's driver signals: qemu-img map prints the extents found before the
            # query that fails, then the event and its error (qcow2.image.MappingCorruptError)
            if getattr(exc, "query_start", None) is None:
                raise
            failure, extents = exc, map_before(image, start, min(exc.query_start, start + length))
    if args.output == "json":
        sys.stdout.flush()
        write_extents_json(extents, sys.stdout.buffer, complete=failure is None)
    else:
        print(f"{'Offset':<16}{'Length':<16}{'Mapped to':<16}File")
        for e in extents:
            if e.data and not e.zero:
                if e.offset is None:
                    raise UsageError("File contains external, encrypted or compressed clusters.")
                print(f"{_hex(e.start):<16}{_hex(e.length):<16}{_hex(e.offset):<16}{e.file}")
    if failure is not None:
        sys.stdout.flush()
        print(failure.report(), file=sys.stderr)
        raise UsageError("Could not read file metadata: Input/output error")  # qemu-img's words for EIO
    return 0


def _print_map_chunks(chunks, output: str) -> int:
    """cmd_map's output from :func:`~..block.map.map_chunks`, the same text as from extents."""
    from ..block.map import write_extents_json

    sys.stdout.flush()
    if output == "json":
        write_extents_json(chunks, sys.stdout.buffer)
        return 0
    out = sys.stdout.buffer
    out.write(f"{'Offset':<16}{'Length':<16}{'Mapped to':<16}File\n".encode())
    for c in chunks:   # only the extents with data are printed
        keep = c.data & ~c.zero
        starts, lengths, offsets = (column[keep].tolist() for column in (c.start, c.length, c.offset))
        bad = offsets.index(-1) if -1 in offsets else len(offsets)
        out.write("".join(f"{_hex(s):<16}{_hex(n):<16}{_hex(o):<16}{c.file}\n" for s, n, o in zip(
            starts[:bad], lengths[:bad], offsets[:bad])).encode())
        if bad < len(offsets):
            out.flush()
            raise UsageError("File contains external, encrypted or compressed clusters.")
    return 0


def _map_size(name: str, text: str) -> int:
    """map's -s or -l as qemu-img takes them: bytes, hex, or a number with a k/M/G/T/P/E suffix;
    anything else refused in qemu-img's words (exit 1)."""
    if text.isdigit():
        return int(text)
    from ..block.qcow2.create import parse_size

    try:
        return parse_size(text)
    except UsageError:
        raise UsageError(f"Invalid {name} specified. You may use k, M, G, T, P or E suffixes for\n"
                         "kilobytes, megabytes, gigabytes, terabytes, petabytes and exabytes.") from None


def _hex(n: int) -> str:
    return "0" if n == 0 else hex(n)


def cmd_check(args) -> int:
    from ..block.probe import require_readable

    spec = _image_spec(args, "file")
    if spec.format is None:
        from ..block import detect_format

        spec.format = require_readable(detect_format(spec.path), spec.path)
    fmt = REGISTRY.get(spec.format)  # --image-opts may name any driver
    if spec.secret is not None and not (fmt and fmt.encryption):
        raise UsageError(f"{spec.path} is a {spec.format} image: only encrypted qcow2 images take encrypt.key-secret")
    if fmt is None or fmt.check is None:
        print("qemuspec: This image format does not support checks", file=sys.stderr)  # qemu-img's words
        return CHECK_UNSUPPORTED
    key = {"key_secret": spec.secret} if fmt.encryption else {}
    result = fmt.check(spec.path, repair=args.repair, force_share=args.force_share, **key)
    if not result.finished and isinstance(result.error, UsageError):
        # as qemu-img: an image that cannot be opened (its data file missing, say) is the
        # command's error ("Could not open ..."), not a failed check
        raise result.error
    sys.stderr.write(result.findings())  # as qemu-img: findings on standard error, the report on standard output
    if args.quiet:
        pass  # qemu-img check -q: the findings only, and the exit code
    elif args.output == "json":
        report = result.to_json(args.file)  # named as given, as qemu-img does
        if report is not None:
            _print_json(report)
    else:
        sys.stdout.write(_repair_note(result) + result.summary())
    return result.exit_code


def _repair_note(result) -> str:
    """What qemu-img check -r prints before the second check of a repaired image."""
    if not (result.corruptions_fixed or result.leaks_fixed):
        return ""
    return ("The following inconsistencies were found and repaired:\n\n"
            f"    {result.leaks_fixed} leaked clusters\n    {result.corruptions_fixed} corruptions\n\n"
            "Double checking the fixed image now...\n")


def cmd_convert(args) -> int:
    if args.quiet:
        args.progress = False  # as qemu-img: -q wins over -p
    from ..block.convert import parse_sparse_size

    out = REGISTRY.get(args.output_format)
    if out is None or out.convert is None:
        raise UsageError(f"convert writes raw, qcow2 or parallels images, not {args.output_format!r}")
    sparse = parse_sparse_size(args.sparse_size)
    if not 1 <= args.coroutines <= 16:
        raise UsageError("Invalid number of coroutines. Allowed number of coroutines is between 1 and 16")
    if args.skip_create:
        return _convert_into_existing(args, sparse)
    if out.options is None and (args.compress or args.options):
        raise UsageError("-c and -o apply to qcow2 output")
    if args.compress and not out.compression:
        raise UsageError("-c applies to qcow2 output")
    options = None if out.options is None else out.options(args.options)
    backed = _convert_backing(args, out, options)
    out.check_options(options)  # before the target is replaced
    if os.path.exists(args.target):
        os.unlink(args.target)  # qemu-img convert replaces the target too
    with _open_with_key(args, "source") as image:
        source = _convert_source(args, image)
        secret = _target_secret(args, options) if out.encryption else None
        if backed:
            from ..block.convert_into import create_backed_qcow2

            create_backed_qcow2(source, args.target, options, compress=args.compress, progress=args.progress,
                                sparse=sparse, secret=secret)
            return 0
        out.convert(source, args.target, options, compress=args.compress, progress=args.progress, sparse=sparse,
                    workers=min(args.coroutines, os.cpu_count() or 1), secret=secret)
    return 0


def _convert_source(args, image):
    """The image convert reads: ``image``, or its internal snapshot ``-l``."""
    if not args.snapshot:
        return image
    from ..block.qcow2.snapshot import open_snapshot

    if "snapshot" not in REGISTRY[image.format].commands:
        raise UsageError("-l needs a qcow2 source")
    return open_snapshot(image, args.snapshot)


def _convert_backing(args, out, options) -> bool:
    """Whether the new image gets a backing file (-B, or -o backing_file), refused as qemu-img refuses it."""
    # only qcow2's options have backing fields (a format without backing files takes none in -o)
    backing = args.backing or getattr(options, "backing_file", None)
    fmt = args.backing_fmt or getattr(options, "backing_fmt", None)
    if not backing:
        if args.backing_fmt:
            raise UsageError(f"{args.target}: error while converting {out.name}: "
                             "Backing format cannot be used without backing file")  # qemu-img's words
        return False
    if not out.backing_files:
        raise UsageError(f"Backing file not supported for file format '{out.name}'")  # qemu-img's words, all
    if not fmt:
        raise UsageError("Use of backing file requires explicit backing format")
    options.backing_file, options.backing_fmt = backing, fmt  # -B wins over -o backing_file, as in qemu-img
    return True


def _convert_into_existing(args, sparse: int) -> int:
    """``convert -n``: no target is created; the one there is written, opened as the -O format."""
    from ..block.convert_into import convert_into, open_existing_target

    if args.options:
        raise UsageError("-o has no effect when skipping image creation")  # qemu-img's words
    with _open_with_key(args, "source") as image:
        source = _convert_source(args, image)
        with open_existing_target(args.target, args.output_format) as target:
            # as qemu-img: -B (never opened, the target's header unchanged) says only the source's top
            # layer is copied; -F alone is ignored
            convert_into(source, target, top_only=bool(args.backing), sparse=sparse, compress=args.compress,
                         progress=args.progress)
    return 0


def _image_spec(args, attr: str):
    """The image a command names: a path, or qemu-img's --image-opts string (with its key)."""
    from .qemu_opts import image_spec

    fmt = getattr(args, "format", None) or getattr(args, "fmt", None)
    return image_spec(getattr(args, attr), args.image_opts, fmt, args.object)


def _open_with_key(args, attr: str, **kwargs):
    """Open the image for work on its data: an encrypted one only with its key, as qemu-img does."""
    spec = _image_spec(args, attr)
    image = open_image(spec.path, format=spec.format, force_share=args.force_share, key_secret=spec.secret,
                       **kwargs)
    try:
        layers = image.chain() if hasattr(image, "chain") else [image]
        if any(getattr(layer, "encryption", None) is not None for layer in layers):
            from ..block.qcow2.crypto import require_key  # here: only encrypted images pay for the import

            require_key(image)
    except BaseException:
        image.close()
        raise
    return image


def _target_secret(args, options) -> bytes | None:
    """The passphrase ``-o encrypt.key-secret=ID`` names among the ``--object`` secrets."""
    from .qemu_opts import parse_secrets

    name = options.encrypt.get("key-secret")
    if name is None:
        return None
    secrets = parse_secrets(args.object)
    if name not in secrets:
        raise UsageError(f"No secret with id '{name}' found")  # qemu-img's words
    return secrets[name]


def cmd_create(args) -> int:
    from ..block.qcow2.create import parse_size

    if args.fmt == "raw":
        from ..block.raw_create import cmd_create_raw

        return cmd_create_raw(args)
    fmt = REGISTRY.get(args.fmt)
    if fmt is None or fmt.create is None:
        raise UsageError(f"create makes qcow2, raw or parallels images, not {args.fmt!r}")
    if not fmt.backing_files:
        if args.backing or args.backing_fmt:
            raise UsageError(f"{fmt.name} images have no backing file")
        if args.size is None:
            raise UsageError("give a size")
        size, options = parse_size(args.size), fmt.options(args.options)
    else:
        options = fmt.options(args.options, **({"backing_file": args.backing} if args.backing else {}),
                              **({"backing_fmt": args.backing_fmt} if args.backing_fmt else {}))
        if args.size is not None:
            size = parse_size(args.size)
        elif not options.backing_file:
            raise UsageError("give a size (or a backing file to take it from)")
        else:
            from pathlib import Path

            base = Path(options.backing_file)
            with open_image(base if base.is_absolute() else Path(args.file).parent / base,
                            format=options.backing_fmt, force_share=True) as backing:
                size = backing.size
    rest = fmt.create(args.file, size, options, _target_secret(args, options) if fmt.encryption else None)
    if not args.quiet:
        print(f"Formatting '{args.file}', fmt={fmt.name} size={size}{rest}")
    return 0


def _writer(args):
    """The qcow2 image a changing command names, opened for writing (an encrypted one with its key)."""
    from ..block.qcow2.writer import Qcow2Writer

    spec = _image_spec(args, "file")
    formats = supporting(args.command)
    if spec.format not in (None, *formats):
        raise UsageError(f"{args.command} changes {' or '.join(formats)} images, not {spec.format}")
    return Qcow2Writer(spec.path, key_secret=spec.secret)


PREALLOCATION_MODES = ("off", "metadata", "falloc", "full")
RAW_PROBE_WARNING = (  # what qemu-img prints on writing to a raw image whose format it guessed
    "WARNING: Image format was not specified for '{}' and probing guessed raw.\n"
    "         Automatically detecting the format is dangerous for raw images, write operations on block 0 will "
    "be restricted.\n         Specify the 'raw' format explicitly to remove the restrictions.")


def _resize_target(args, current: int) -> int:
    """The new size qemu-img resize takes from ``[+|-]SIZE`` (QEMU's size syntax, exactly)."""
    from ..block.qcow2.create import parse_size

    text = args.size
    sign = text[:1] if text[:1] in "+-" else ""
    try:
        step = parse_size(text[len(sign):])
    except UsageError:
        raise UsageError("Parameter 'size' expects a non-negative number below 2^64\nOptional suffix k, M, G, T, "
                         "P or E means kilo-, mega-, giga-, tera-, peta-\nand exabytes, respectively.") from None
    return current + step if sign == "+" else current - step if sign == "-" else step


def _check_resize(args, size: int, current: int) -> None:
    """qemu-img resize's refusals, in its order."""
    if size <= 0:
        raise UsageError("New image size must be positive")
    if size < current and args.preallocation not in (None, "off"):
        raise UsageError("Preallocation can only be used for growing images")
    if size < current and not args.shrink:
        raise UsageError("Use the --shrink option to perform a shrink operation.\nwarning: Shrinking an image "
                         "will delete all data beyond the shrunken image's end. Before performing such an "
                         "operation, make sure there is no important data there.")


def cmd_resize(args) -> int:
    if args.preallocation is not None and args.preallocation not in PREALLOCATION_MODES:
        raise UsageError(f"Invalid preallocation mode '{args.preallocation}'")  # qemu-img's words
    spec = _image_spec(args, "file")
    fmt = spec.format
    if fmt is None:
        from ..block import detect_format
        from ..block.probe import require_readable

        fmt = require_readable(detect_format(spec.path), spec.path)
        if fmt == "raw":
            print(RAW_PROBE_WARNING.format(args.file), file=sys.stderr)
    if fmt == "raw":
        from ..block.raw_resize import raw_size, resize_raw

        current = raw_size(spec.path)
        size = _resize_target(args, current)
        _check_resize(args, size, current)
        resize_raw(spec.path, size, args.preallocation or "off")
    else:
        with _writer(args) as writer:
            size = _resize_target(args, writer.size)
            _check_resize(args, size, writer.size)
            if args.preallocation not in (None, "off"):
                from ..block.qcow2.prealloc import preallocate_growth

                preallocate_growth(writer, size, args.preallocation)
            else:
                writer.truncate(size)  # as QEMU's truncate: a multiple of 512, no v2 image with snapshots
    if not args.quiet:
        print("Image resized.")
    return 0


def _qcow2(args, **kwargs):
    spec = _image_spec(args, "file")
    image = open_image(spec.path, format=spec.format, force_share=args.force_share, **kwargs)
    if args.command not in REGISTRY[image.format].commands:
        image.close()
        raise UsageError(f"{spec.path} is {image.format}, not {' or '.join(supporting(args.command))}")
    return image


def cmd_snapshot(args) -> int:
    from ..block.info import format_snapshot_table
    from ..block.qcow2 import snapshot as snapshots

    if args.create or args.apply or args.delete:
        with _writer(args) as writer:
            if args.create:
                snapshots.create_snapshot(writer, args.create)
            elif args.apply:
                snapshots.apply_snapshot(writer, args.apply)
            else:
                snapshots.delete_snapshot(writer, args.delete)
        return 0
    spec = _image_spec(args, "file")
    with open_image(spec.path, format=spec.format, force_share=args.force_share, backing=False,
                    key_secret=spec.secret) as image:
        encryption = getattr(image, "encryption", None)
        if encryption is not None and not encryption.unlocked:
            # qemu-img 7.2 opens the image with its key even to list: without one it refuses
            raise UsageError(f"Could not open '{args.file}': Parameter 'encrypt.key-secret' is required for cipher")
        # Only qcow2 has internal snapshots; qemu-img lists none (and succeeds) for the other formats.
        listed = ([sn.to_json() for sn in snapshots.list_snapshots(image)]
                  if "snapshot" in REGISTRY[image.format].commands else [])
    if args.output == "json":
        _print_json(listed)
    elif listed:
        print(format_snapshot_table(listed))
    return 0


def cmd_bitmap(args) -> int:
    from ..block.qcow2.bitmap import dirty_ranges, find_bitmap, list_bitmaps

    if args.ops:
        if args.name is None:
            raise UsageError("name the bitmap to change: qemuspec bitmap --add FILE NAME")
        with _writer(args) as writer:
            store = writer.bitmaps
            for op, source in (op if isinstance(op, tuple) else (op, None) for op in args.ops):
                # in the command line's order; those done stay done, as in qemu-img
                try:
                    if op == "add":
                        store.add(args.name, args.granularity)
                    elif op == "remove":
                        store.remove(args.name)
                    elif op == "clear":
                        store.clear(args.name)
                    elif op in ("enable", "disable"):
                        store.set_enabled(args.name, op == "enable")
                    else:
                        store.merge(source, args.name)
                except UsageError as e:
                    raise UsageError(f"Operation {op} on bitmap {args.name} failed: {e}") from None
        return 0
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
    mp.add_argument("-s", "--start-offset", default="0", metavar="OFFSET")
    mp.add_argument("-l", "--max-length", metavar="LENGTH")
    mp.add_argument("file", metavar="FILE")

    check = add("check", cmd_check, "check a qcow2 or parallels image's metadata (like qemu-img check)",
                "qcow2: walk the L1/L2 tables, snapshots, bitmaps and refcounts; parallels: the BAT rules, "
                "the Format Extension, the in-use mark. Report leaks and corruptions. Exit status: 0 clean, "
                "1 check could not finish, 2 corruptions, 3 leaks only. -r repairs (parallels; qcow2 refcounts).")
    check.add_argument("--output", choices=["human", "json"], default="human")
    check.add_argument("-r", dest="repair", choices=["leaks", "all"],
                       help="repair leaks, or leaks and corruptions (parallels and qcow2 images)")
    check.add_argument("-q", dest="quiet", action="store_true",
                       help="print no report (the findings still go to standard error; the exit status says the rest)")
    check.add_argument("file", metavar="FILE")
    check.set_defaults(error_status=CHECK_FAILED)

    convert = add("convert", cmd_convert, "write an image's guest data to a new image",
                  "Read every guest byte of SOURCE (through its backing chain) and write TARGET as raw "
                  "or qcow2. Ranges that read as zeros are not written (holes, or unallocated clusters).")
    convert.add_argument("-O", dest="output_format", default="raw", metavar="FMT", help="output format: raw, qcow2 or parallels")
    convert.add_argument("-o", dest="options", metavar="OPTIONS", help="qcow2 or parallels options, as for create (preallocation=falloc|full too)")
    convert.add_argument("-c", dest="compress", action="store_true", help="compress every cluster (qcow2 output)")
    convert.add_argument("-l", dest="snapshot", metavar="SNAPSHOT", help="convert this internal snapshot (ID or name)")
    convert.add_argument("-n", dest="skip_create", action="store_true",
                         help="write into the existing TARGET (a raw or qcow2 image, as -O says; at least as large "
                              "as SOURCE) instead of creating it")
    convert.add_argument("-B", dest="backing", metavar="BACKING",
                         help="the new qcow2 image gets BACKING as its backing file (with -F): only what SOURCE's "
                              "top layer holds is written; BACKING must have the content of SOURCE's backing file")
    convert.add_argument("-F", dest="backing_fmt", metavar="FMT", help="the format of -B's backing file")
    convert.add_argument("-p", dest="progress", action="store_true", help="show progress")
    convert.add_argument("-q", dest="quiet", action="store_true", help="print nothing (no progress either)")
    convert.add_argument("-S", dest="sparse_size", default="4k", metavar="SPARSE_SIZE",
                         help="zero runs at least this long are left sparse (default 4k; 0: write every byte)")
    convert.add_argument("-m", dest="coroutines", type=int, default=8, metavar="N",
                         help="work in parallel: threads that compress clusters for -c (1..16, default 8)")
    convert.add_argument("source", metavar="SOURCE")
    convert.add_argument("target", metavar="TARGET")
    from .qemu_opts import add_arguments as add_key_options

    for command in (info, mp, check, convert):
        add_key_options(command)

    create = commands.add_parser(
        "create", help="create a new qcow2 or parallels image (like qemu-img create)",
        description="Create a qcow2 image with qemu-img's options and defaults; the result is what "
                    "qemu-img create writes. Options: cluster_size, refcount_bits, compat (0.10, 1.1), "
                    "lazy_refcounts, extended_l2, compression_type (zlib, zstd), preallocation (off, metadata, falloc, "
                    "full), "
                    "backing_file, backing_fmt, data_file, data_file_raw; LUKS encryption: encrypt.format=luks, "
                    "encrypt.key-secret=ID (a --object secret), encrypt.cipher-alg (aes-128/192/256, default "
                    "aes-256), encrypt.cipher-mode (xts, cbc, ecb), encrypt.ivgen-alg (plain64, plain, essiv), "
                    "encrypt.ivgen-hash-alg, encrypt.hash-alg (default sha256), encrypt.iter-time (ms, default "
                    "2000). With -f raw: preallocation (off, falloc, full). With -f parallels: cluster_size (default 1M).")
    create.add_argument("-f", dest="fmt", default="qcow2", metavar="FMT", help="image format: qcow2, raw or parallels")
    create.add_argument("-o", dest="options", metavar="OPTIONS", help="name=value,... as qemu-img takes them")
    create.add_argument("-b", dest="backing", metavar="BACKING", help="backing file")
    create.add_argument("-F", dest="backing_fmt", metavar="FMT", help="backing file format")
    create.add_argument("-q", dest="quiet", action="store_true", help="print nothing")
    from .qemu_opts import add_object_argument

    add_object_argument(create)
    create.add_argument("file", metavar="FILE")
    create.add_argument("size", metavar="SIZE", nargs="?", help="bytes, or with a k/M/G/T suffix")
    create.set_defaults(func=cmd_create)

    resize = commands.add_parser("resize", help="grow or shrink a qcow2 or raw image (like qemu-img resize)",
                                 description="Grow the virtual disk to SIZE (or by +SIZE); with --shrink, shrink "
                                             "it (to SIZE, or by -SIZE after --) as QEMU does. A raw image takes "
                                             "the size exactly; a qcow2 one is rounded to 512 bytes.")
    resize.add_argument("-f", dest="fmt", choices=["qcow2", "raw"], help="image format (default: detect)")
    resize.add_argument("-q", dest="quiet", action="store_true", help="print nothing")
    resize.add_argument("--shrink", action="store_true",
                        help="allow a smaller size: the data past the new end is gone (as qemu-img's)")
    resize.add_argument("--preallocation", metavar="MODE",
                        help="allocate the new part of the disk: off (default), falloc (reserved) or full (zeros written)")
    add_key_options(resize)
    resize.add_argument("file", metavar="FILE")
    resize.add_argument("size", metavar="[+|-]SIZE")
    resize.set_defaults(func=cmd_resize)

    snapshot = add("snapshot", cmd_snapshot, "list, create, apply or delete internal snapshots (like qemu-img snapshot)",
                   "Internal snapshots of a qcow2 image: -l lists, -c NAME takes one, -a NAME reverts the "
                   "disk to one, -d NAME deletes one.")
    action = snapshot.add_mutually_exclusive_group(required=True)
    action.add_argument("-l", dest="list", action="store_true", help="list snapshots")
    action.add_argument("-c", dest="create", metavar="NAME", help="create a snapshot")
    action.add_argument("-a", dest="apply", metavar="NAME", help="revert to a snapshot")
    action.add_argument("-d", dest="delete", metavar="NAME", help="delete a snapshot")
    snapshot.add_argument("--output", choices=["human", "json"], default="human")
    snapshot.add_argument("-q", dest="quiet", action="store_true", help="print nothing but the list of -l")
    add_key_options(snapshot)
    snapshot.add_argument("file", metavar="FILE")

    bitmap = add("bitmap", cmd_bitmap, "list, show or change persistent bitmaps (like qemu-img bitmap)",
                 "Without an action, list the persistent dirty bitmaps of a qcow2 image; --dump NAME prints "
                 "the guest ranges whose bits are set; --add/--remove/--clear/--enable/--disable/--merge "
                 "change bitmap NAME as qemu-img bitmap does.")
    bitmap.add_argument("--dump", metavar="NAME", help="print the dirty ranges of bitmap NAME")
    # the operations in the order given: each flag appends its name, --merge ("merge", SOURCE)
    for flag, text in (("add", "add bitmap NAME"), ("remove", "remove bitmap NAME"),
                       ("clear", "clear every bit of NAME"), ("enable", "let NAME track writes"),
                       ("disable", "stop NAME tracking writes")):
        bitmap.add_argument(f"--{flag}", dest="ops", action="append_const", const=flag, help=text)
    bitmap.add_argument("-g", dest="granularity", type=int, metavar="BYTES", help="granularity for --add")
    bitmap.add_argument("--merge", dest="ops", action="append", type=lambda source: ("merge", source),
                        metavar="SOURCE", help="set in NAME every bit set in SOURCE")
    bitmap.add_argument("--output", choices=["human", "json"], default="human")
    add_key_options(bitmap)
    bitmap.add_argument("file", metavar="FILE")
    bitmap.add_argument("name", metavar="NAME", nargs="?")
