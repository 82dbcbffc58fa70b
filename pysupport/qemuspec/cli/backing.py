"""Backing chain commands, modelled on qemu-img: rebase and commit (same options, messages and exit codes)."""

from __future__ import annotations

import sys

from ..block import FORMATS
from ..errors import UsageError

# qemu-img's cache modes (-t, -T); qemuspec writes through its own barriers whatever the mode
CACHE_MODES = ("none", "writeback", "writethrough", "directsync", "unsafe")


def _one_file(args) -> str:
    if len(args.files) != 1:
        raise UsageError("Expecting one image file name\nTry 'qemuspec --help' for more information")
    return args.files[0]


def _check_cache(mode: str | None, what: str = "cache") -> None:
    if mode is not None and mode not in CACHE_MODES:
        raise UsageError(f"Invalid {what} option: {mode}")


def _progress(args):
    if not args.progress or args.quiet:
        return None
    from ..block.convert import _progress as show

    return lambda done, total: show(True, done, total)


def _image(args, filename: str):
    """The file, format and key (of an encrypted image) an image is named by (a path, or --image-opts)."""
    from .qemu_opts import image_spec

    spec = image_spec(filename, args.image_opts, args.format, args.object)
    return spec.path, spec.format, spec.secret


def cmd_rebase(args) -> int:
    from ..block.rebase import rebase

    filename = _one_file(args)
    if not args.unsafe and args.backing is None:
        raise UsageError("Must specify backing file (-b) or use unsafe mode (-u)\n"
                         "Try 'qemuspec --help' for more information")
    _check_cache(args.cache)
    _check_cache(args.source_cache, "source cache")
    path, fmt, secret = _image(args, filename)
    show = _progress(args)
    rebase(path, args.backing, args.backing_format, unsafe=args.unsafe, fmt=fmt,
           force_share=args.force_share, progress=show, key_secret=secret)
    if show is not None:
        show(1, 1)
        print(file=sys.stderr)
    return 0


def cmd_commit(args) -> int:
    from ..block.commit import commit

    filename = _one_file(args)
    _check_cache(args.cache)
    path, fmt, secret = _image(args, filename)
    show = _progress(args)
    commit(path, base=args.base, drop=args.drop, fmt=fmt, progress=show, key_secret=secret)
    if show is not None:
        show(1, 1)
        print(file=sys.stderr)
    if not args.quiet:
        print("Image committed.")
    return 0


def register(commands) -> None:
    from .qemu_opts import add_arguments as add_key_options

    rebase = commands.add_parser(
        "rebase", help="give a qcow2 image another backing file (like qemu-img rebase)",
        description="Change the backing file of FILENAME to -b BACKING_FILE (-F its format; -b '' for none). "
                    "Safe mode (the default) first writes into FILENAME every range, not allocated there, "
                    "where the old backing chain and the new backing file differ, so the guest reads the "
                    "same disk afterwards; -u only rewrites the header (for a backing file that was moved "
                    "or renamed). Relative names are taken from FILENAME's directory.")
    rebase.add_argument("-f", dest="format", choices=FORMATS, help="FILENAME's format (default: detect)")
    rebase.add_argument("-F", dest="backing_format", metavar="BACKING_FMT", help="the new backing file's format")
    rebase.add_argument("-b", dest="backing", metavar="BACKING_FILE", help="the new backing file ('' for none)")
    rebase.add_argument("-u", dest="unsafe", action="store_true", help="unsafe: only rewrite the header")
    rebase.add_argument("-t", dest="cache", metavar="CACHE", help="cache mode of FILENAME (accepted, as qemu-img's)")
    rebase.add_argument("-T", dest="source_cache", metavar="SRC_CACHE", help="cache mode of the backing files")
    rebase.add_argument("-p", dest="progress", action="store_true", help="show progress")
    rebase.add_argument("-q", dest="quiet", action="store_true", help="print nothing but errors")
    rebase.add_argument("-U", "--force-share", action="store_true",
                        help="read the backing files even when another process writes them")
    rebase.add_argument("files", nargs="*", metavar="FILENAME")
    rebase.set_defaults(func=cmd_rebase)

    commit = commands.add_parser(
        "commit", help="write a qcow2 image's data into its backing file (like qemu-img commit)",
        description="Write every range FILENAME (and, with -b, every layer above BASE) decides into the "
                    "backing file, or into BASE further down the chain, then empty FILENAME so that it "
                    "reads from its backing file again (-d keeps its data). Backing files may be qcow2 or raw.")
    commit.add_argument("-f", dest="format", choices=FORMATS, help="FILENAME's format (default: detect)")
    commit.add_argument("-b", dest="base", metavar="BASE", help="commit into this image of the backing chain")
    commit.add_argument("-d", dest="drop", action="store_true", help="do not empty FILENAME afterwards")
    commit.add_argument("-t", dest="cache", metavar="CACHE", help="cache mode (accepted, as qemu-img's)")
    commit.add_argument("-p", dest="progress", action="store_true", help="show progress")
    commit.add_argument("-q", dest="quiet", action="store_true", help="print nothing but errors")
    commit.add_argument("files", nargs="*", metavar="FILENAME")
    commit.set_defaults(func=cmd_commit)
    for command in (rebase, commit):
        add_key_options(command)
