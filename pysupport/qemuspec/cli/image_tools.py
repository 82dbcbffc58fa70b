"""Image commands that read two images or none: compare (like qemu-img compare)."""

from __future__ import annotations

import sys

from ..block import FORMATS, open_image
from ..errors import QemuSpecError

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
