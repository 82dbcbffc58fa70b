"""Image commands beside info/map/check/convert: compare, measure and dd (like qemu-img's)."""

from __future__ import annotations

import sys

from ..block import FORMATS, REGISTRY, open_image
from ..block.formats import supporting
from ..errors import QemuSpecError, UsageError

# qemu-img compare's exit codes
COMPARE_OPEN_FAILED, COMPARE_READ_FAILED = 2, 4


def _error(exc: QemuSpecError, status: int) -> int:
    print(f"qemuspec: error: {exc}", file=sys.stderr)
    return status


def cmd_compare(args) -> int:
    from ..block.compare import compare_images

    def progress(done: int, total: int) -> None:
        if args.progress and not args.quiet:
            print(f"    ({100 * done / max(1, total):.2f}/100%)", end="\r", file=sys.stdout, flush=True)

    try:
        first = open_image(args.file1, format=args.format, force_share=args.force_share)
    except QemuSpecError as exc:
        return _error(exc, COMPARE_OPEN_FAILED)
    with first:
        try:
            second = open_image(args.file2, format=args.second_format, force_share=args.force_share)
        except QemuSpecError as exc:
            return _error(exc, COMPARE_OPEN_FAILED)
        with second:
            progress(0, max(first.size, second.size))
            try:
                verdict = compare_images(first, second, strict=args.strict, progress=progress)
            except QemuSpecError as exc:
                return _error(exc, COMPARE_READ_FAILED)
    if args.progress and not args.quiet:
        print(file=sys.stdout)
    if not args.quiet:
        print("\n".join(verdict.lines))
    return verdict.status


def cmd_measure(args) -> int:
    from ..block.qcow2.create import parse_size

    if (args.size is None) == (args.file is None):
        raise UsageError("give either --size SIZE or an image FILE")
    # as qemu-img: the size is read (or the image opened) before the output format is looked at
    if args.file is None:
        size = parse_size(args.size)
        result = _measurer(args)(size, None)
    else:
        with open_image(args.file, format=args.format, force_share=args.force_share) as image:
            measure = _measurer(args)
            source = image
            if args.snapshot:
                from ..block.qcow2.snapshot import open_snapshot

                if "snapshot" not in REGISTRY[image.format].commands:
                    raise UsageError(f"-l needs a {' or '.join(supporting('snapshot'))} image")
                source = open_snapshot(image, args.snapshot)
            result = measure(source.size, source)
    if args.output == "json":
        import json  # here: human output does not need it

        print(json.dumps(result.to_json(), indent=4))
    else:
        print(result.format_human())
    return 0


# qemu-img 7.2's built-in drivers (`qemu-img --help`) that `measure -O` names without measuring:
# those that create images but have no size measurement, and those that create nothing
_QEMU_CREATES_NOT_MEASURES = frozenset("file host_cdrom host_device nbd nvme qcow qed vdi vhdx vmdk vpc".split())
_QEMU_CREATES_NOT = frozenset("blkdebug blklogwrites blkverify bochs cloop compress copy-before-write copy-on-read "
                              "dmg null-aio null-co preallocate quorum replication snapshot-access throttle "
                              "vvfat".split())

# -o options qemu-img measure takes for raw and luks output: the format's create options and the
# file protocol's (which measure merges in); values it does not look at are not checked
_FILE_OPTIONS = {"size": "size", "preallocation": "str", "nocow": "bool", "extent_size_hint": "size"}
_LUKS_OPTIONS = {name: "str" for name in ("key-secret", "cipher-alg", "cipher-mode", "ivgen-alg",
                                          "ivgen-hash-alg", "hash-alg")} | {"iter-time": "number"}


def _measurer(args):
    """How to measure for the -O format, ``(size, source or None) -> Measure``, or qemu-img's
    refusal of a format it cannot measure (or of its options)."""
    from ..block.measure import measure_luks, measure_qcow2, measure_raw
    from ..block.qcow2.create import parse_options

    fmt = args.output_format
    if fmt not in ("raw", "qcow2", "luks"):  # qemu-img's words, each
        if fmt in REGISTRY or fmt in _QEMU_CREATES_NOT_MEASURES:
            raise UsageError(f"Block driver '{fmt}' does not support size measurement")
        if fmt in _QEMU_CREATES_NOT:
            raise UsageError(f"Format driver '{fmt}' does not support image creation")
        raise UsageError(f"Unknown file format '{fmt}'")
    if fmt == "raw":
        _parse_options(args.options, _FILE_OPTIONS, fmt)
        return lambda size, source: measure_raw(size)
    if fmt == "luks":
        luks = _luks_options(args, _parse_options(args.options, _FILE_OPTIONS | _LUKS_OPTIONS, fmt))
        return lambda size, source: measure_luks(size, luks)
    options = parse_options(args.options)
    if options.preallocation not in ("off", "metadata", "falloc", "full"):
        raise UsageError(f"preallocation must be off, metadata, falloc or full, not {options.preallocation!r}")
    if options.extended_l2 and options.cluster_size < 16384:
        raise UsageError("Extended L2 entries are only supported with cluster sizes of at least 16384 bytes")
    return lambda size, source: measure_qcow2(size, options, source, backing=bool(options.backing_file))


def _parse_options(text: str, known: dict, fmt: str) -> dict:
    """``-o`` as qemu-img measure parses it for ``fmt``: names it knows, values of their kind."""
    from .qemu_opts import option_bool, option_size, split_options

    if text.startswith(","):
        raise UsageError(f"Invalid option list: {text}")  # qemu-img's words
    values = {}
    try:
        for name, value in split_options(text) if text else ():
            if name not in known:
                raise UsageError(f"Invalid parameter '{name}'")
            kind = known[name]
            if kind == "bool":
                value = option_bool(name, value)
            elif kind == "size":
                value = option_size(name, value)
            elif kind == "number":
                if not (value or "").isdigit():
                    raise UsageError(f"Parameter '{name}' expects a number")
                value = int(value)
            values[name] = value
    except UsageError as exc:  # qemu-img's second line
        raise UsageError(f"{exc}\nqemuspec: error: Invalid options for file format '{fmt}'") from None
    return values


def _luks_options(args, values: dict):
    """The LUKS header the options describe; as qemu-img, the key-secret must name a --object secret."""
    from ..block.qcow2.crypto import LuksOptions
    from .qemu_opts import parse_secrets

    if "key-secret" not in values:
        raise UsageError("Parameter 'key-secret' is required for cipher")  # qemu-img's words
    if values["key-secret"] not in parse_secrets(args.object):
        raise UsageError(f"No secret with id '{values['key-secret']}'")  # qemu-img's words
    fields = {name.replace("-", "_"): value for name, value in values.items()
              if name.replace("-", "_") in LuksOptions.__dataclass_fields__}
    return LuksOptions(**fields)


DD_CHUNK = 4 << 20  # bytes copied per read (a whole number of blocks at least once)


def _dd_operands(words: list[str]) -> dict:
    """qemu-img dd's ``name=value`` operands, checked as qemu-img checks them."""
    from ..block.qcow2.create import parse_size

    found = {"bs": 512}
    for word in words:
        name, sep, value = word.partition("=")
        if not sep or name not in ("if", "of", "bs", "count", "skip"):
            raise UsageError(f"unrecognized operand {word}")
        if name in ("if", "of"):
            found[name] = value
            continue
        try:
            number = parse_size(value)
        except QemuSpecError:
            number = -1
        if name == "bs" and not 1 <= number <= (1 << 31) - 1:
            raise UsageError("Invalid bs specified. Must be between 1 and 2147483647.")
        if number < 0:
            raise UsageError(f"invalid number: '{value}'")
        found[name] = number
    if "if" not in found or "of" not in found:
        raise UsageError("Must specify both input and output files")
    return found


def cmd_dd(args) -> int:
    ops = _dd_operands(args.operands)
    if getattr(REGISTRY.get(args.output_format), "writer", None) is None:  # dd writes through the format's writer
        raise UsageError(f"dd writes raw or qcow2 images, not {args.output_format!r}")
    bs = ops["bs"]
    from .image import _open_with_key

    args.input = ops["if"]  # a file name, or with --image-opts the options (an encrypted image with its key)
    with _open_with_key(args, "input") as image:
        size = image.size
        if "count" in ops and ops["count"] * bs < size:
            size = ops["count"] * bs
        start = ops.get("skip", 0) * bs
        if start > size:  # like dd(1): a warning, and an empty image
            print(f"qemuspec: {ops['if']}: cannot skip to specified offset", file=sys.stderr)
            start = size
        _dd_copy(image, start, size - start, ops["of"], args.output_format, max(bs, DD_CHUNK // bs * bs))
    return 0


def _dd_copy(image, start: int, length: int, target: str, fmt: str, chunk: int) -> None:
    """Write ``length`` guest bytes of ``image`` from ``start`` as a new image ``target``."""
    record = REGISTRY[fmt]
    if record.flat:  # the file is the disk: a file of that length
        with open(target, "wb") as out:
            out.truncate(length)
    else:
        record.create(target, length, record.options(None), None)
    with record.writer(target) as out:
        for pos in range(0, length, chunk):
            data = image.read(start + pos, min(chunk, length - pos))
            if data.count(0) != len(data):  # zeros read as zeros without being written
                out.write(pos, data)


def register(commands) -> None:
    compare = commands.add_parser(
        "compare", help="compare the guest data of two images (like qemu-img compare)",
        description="Check whether FILE1 and FILE2 hold the same guest data, through their backing chains. "
                    "Images of different sizes are identical when the longer one reads as zeros past the "
                    "shorter one's end, unless -s is given. Exit status: 0 identical, 1 different, 2 an "
                    "image cannot be opened, 4 an image cannot be read.")
    compare.add_argument("-f", dest="format", choices=FORMATS, help="FILE1's format (default: detect)")
    compare.add_argument("-F", dest="second_format", choices=FORMATS, help="FILE2's format (default: detect)")
    compare.add_argument("-s", dest="strict", action="store_true",
                         help="strict: the sizes and the allocation of every range must agree too")
    compare.add_argument("-p", dest="progress", action="store_true", help="show progress")
    compare.add_argument("-q", dest="quiet", action="store_true", help="print nothing; only the exit status tells")
    compare.add_argument("-U", "--force-share", action="store_true",
                         help="open even when another process (QEMU) writes the images")
    compare.add_argument("file1", metavar="FILE1")
    compare.add_argument("file2", metavar="FILE2")
    compare.set_defaults(func=cmd_compare, error_status=COMPARE_OPEN_FAILED)

    measure = commands.add_parser(
        "measure", help="how large a new image would be (like qemu-img measure)",
        description="Print the size a new image of format -O would need for FILE's guest data (through its "
                    "backing chain), or for an empty disk of --size: 'required' for the data there is, "
                    "'fully allocated' once every cluster is written, and for a qcow2 source the room its "
                    "persistent bitmaps need. qemu-img's numbers, computed its way.")
    measure.add_argument("-O", dest="output_format", default="raw", metavar="FMT",
                         help="format of the new image: raw (default), qcow2 or luks (parallels: refused, as "
                              "qemu-img refuses it)")
    measure.add_argument("-o", dest="options", metavar="OPTIONS", default="",
                         help="options of the new image, as for create: qcow2's (cluster_size, compat, "
                              "refcount_bits, extended_l2, preallocation, backing_file), raw's (preallocation), "
                              "luks' (key-secret=ID of an --object secret, required as qemu-img requires it; "
                              "cipher-alg, cipher-mode, ivgen-alg, ivgen-hash-alg, hash-alg, iter-time)")
    measure.add_argument("--size", metavar="SIZE", help="measure an empty disk of SIZE instead of an image")
    measure.add_argument("-f", dest="format", choices=FORMATS, help="FILE's format (default: detect)")
    measure.add_argument("-l", dest="snapshot", metavar="SNAPSHOT", help="measure this internal snapshot of FILE")
    measure.add_argument("-U", "--force-share", action="store_true",
                         help="open even when another process (QEMU) writes the image")
    measure.add_argument("--output", choices=["human", "json"], default="human")
    from .qemu_opts import add_object_argument

    add_object_argument(measure)
    measure.add_argument("file", metavar="FILE", nargs="?")
    measure.set_defaults(func=cmd_measure)

    dd = commands.add_parser(
        "dd", help="copy a range of an image's guest data to a new image (like qemu-img dd)",
        description="Write the guest data of if=INPUT, from block skip=N on and up to block count=N (blocks "
                    "of bs=SIZE bytes, default 512; count counts from the start of the disk, as in "
                    "qemu-img), to a new image of=OUTPUT in format -O (raw or qcow2).")
    dd.add_argument("-f", dest="format", choices=FORMATS, help="INPUT's format (default: detect)")
    dd.add_argument("-O", dest="output_format", default="raw", metavar="FMT", help="OUTPUT's format: raw or qcow2")
    dd.add_argument("-U", "--force-share", action="store_true",
                    help="open even when another process (QEMU) writes the image")
    from .qemu_opts import add_arguments

    add_arguments(dd)  # --object secret,... and --image-opts (if= is then driver=qcow2,file.filename=...)
    dd.add_argument("operands", nargs="*", metavar="if=INPUT of=OUTPUT [bs=SIZE] [count=N] [skip=N]")
    dd.set_defaults(func=cmd_dd)
