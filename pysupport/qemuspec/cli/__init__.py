"""The ``qemuspec`` command line, modelled on ``qemu-img``.

Each command (or group of commands) lives in its own module of this
package, with a ``register(commands)`` function that adds its sub-parsers.
:data:`COMMANDS` names the module of every command, so that a run imports
only the module of the command it runs (``qemuspec info`` does not pay for
the vhost-user or fw_cfg code); ``qemuspec --help`` and a word that is no
command load them all. A new command goes into its module's ``register``
and into :data:`COMMANDS` (a test fails when the two disagree).
Errors go to stderr as ``qemuspec: error: ...``; the exit status is 1 unless
the command defines its own (``check``: 0 clean, 1 check failed, 2
corruptions, 3 leaks only).
"""

from __future__ import annotations

import codecs
import io
import os
import sys

from .. import __version__
from ..errors import QemuSpecError

__all__ = ["main", "build_parser", "COMMANDS"]

VERSION = f"qemuspec {__version__}"  # what --version prints
QUICK_COMMANDS = ("info", "map", "check")  # parsed by .quick when their line is plain (the same values)

# command -> the module of this package whose register() adds it
COMMANDS = {
    "amend": "amend",
    "dump": "dump",
    "fw-cfg": "fw_cfg",
    "info": "image",
    "map": "image",
    "check": "image",
    "convert": "image",
    "create": "image",
    "resize": "image",
    "snapshot": "image",
    "bitmap": "image",
    "compare": "image_tools",
    "measure": "image_tools",
    "dd": "image_tools",
    "rebase": "backing",
    "commit": "backing",
    "ivshmem-server": "ivshmem",
    "ivshmem-client": "ivshmem",
    "pci-id": "pci_id",
    "spapr-drc": "spapr",
    "vhost-user": "vhost_user",
}


def _modules_for(argv: list[str]) -> list[str]:
    """The command modules a parse of ``argv`` needs.

    The top-level options (``-h``, ``--version``) take no value, so the first
    word that is no option is the command: a known one needs its own module;
    anything else (an unknown word, ``--``, help) lists the commands, so it
    needs all of them. Without a command (``--version``, or the "COMMAND is
    required" error) none is needed.
    """
    command = _command_of(argv)
    if command is not None:
        return [COMMANDS[command]]
    return [] if _first_word(argv) is None else sorted(set(COMMANDS.values()))


def _first_word(argv: list[str]) -> str | None:
    """The first word of ``argv`` that is no top-level option (``--`` and help count as words)."""
    for arg in argv:
        if arg == "--" or arg.startswith("-h") or (len(arg) > 2 and "--help".startswith(arg)):
            return arg
        if not arg.startswith("-"):
            return arg
    return None


def _command_of(argv: list[str]) -> str | None:
    """The command ``argv`` runs, when it is one of :data:`COMMANDS`."""
    word = _first_word(argv)
    return word if word in COMMANDS else None


def _command_module(name: str):
    """This package's module ``name`` (with __import__: importing importlib costs start-up)."""
    __import__(f"{__name__}.{name}")
    return sys.modules[f"{__name__}.{name}"]


class _Discard:
    """A sub-parser nobody parses with: every call on it does nothing and gives itself back."""

    def __getattr__(self, name: str):
        return self._ignore

    def _ignore(self, *args, **kwargs):
        return self


class _OnlyCommand:
    """The sub-parsers a module's ``register`` fills, keeping only the command being run.

    A run parses with one command's parser, so the others a module registers
    are not built (``qemuspec info`` does not pay for the options of convert,
    create, resize, ...); what argparse prints is the same, since it names the
    commands only when the command is not one of :data:`COMMANDS`.
    """

    def __init__(self, commands, name: str):
        self._commands, self._name = commands, name

    def add_parser(self, name: str, **kwargs):
        return self._commands.add_parser(name, **kwargs) if name == self._name else _Discard()


def build_parser(argv: list[str] | None = None):
    """The command line's parser (an argparse.ArgumentParser): with every command, or only what parsing ``argv`` needs."""
    from .parser import Parser

    parser = Parser(prog="qemuspec", description="QEMU's formats and protocols, from Kaitai Struct specs.")
    parser.add_argument("--version", action="version", version=VERSION)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    command = None if argv is None else _command_of(argv)
    modules = sorted(set(COMMANDS.values())) if argv is None else _modules_for(argv)
    for module in modules:
        _command_module(module).register(
            commands if command is None else _OnlyCommand(commands, command))
    return parser


def _raw_names() -> None:
    """Let stdout and stderr write names as their bytes, as qemu-img does.

    Names read from images and the command line keep bytes that are not UTF-8
    as surrogates (:mod:`qemuspec.ctext`); written back with ``surrogateescape``
    they are those bytes again.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and codecs.lookup(stream.encoding).name == "utf-8":
            stream.reconfigure(errors="surrogateescape")


def _quick_args(argv: list[str]):
    """The arguments of a plain info, map or check line, parsed without importing argparse (None otherwise)."""
    if not argv or argv[0] not in QUICK_COMMANDS:
        return None
    from .quick import quick_parse

    return quick_parse(argv, _command_module(COMMANDS[argv[0]]))


def _end_now(status: int) -> None:
    """End the process with ``status`` at once, as exiting would end it, without the interpreter's teardown.

    Tearing down the modules a small command imported (the generated parser's
    classes, enum, ...) costs it a few milliseconds, as much as some of the
    commands' own work. Skipped, so the interpreter exits as usual, when
    anything is left for it to do at exit: an atexit function, a thread, or
    output that cannot be flushed (the usual exit reports that).
    """
    import atexit

    threading = sys.modules.get("threading")
    if atexit._ncallbacks() or (threading is not None and threading.active_count() > 1):
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:
        return
    os._exit(status)


def main(argv: list[str] | None = None) -> int:
    console = argv is None  # the qemuspec command itself: its process ends here
    if argv is None:
        argv = sys.argv[1:]
    _raw_names()
    if argv == ["--version"]:  # argparse's version action prints the text and a newline, as this does
        print(VERSION)
        status = 0
    else:
        args = _quick_args(argv) or build_parser(argv).parse_args(argv)
        try:
            status = args.func(args)
        except QemuSpecError as exc:
            print(f"qemuspec: error: {exc}", file=sys.stderr)
            status = getattr(args, "error_status", 1)
        except KeyboardInterrupt:
            status = 130
        except BrokenPipeError:
            status = 1
        console = console and args.command in QUICK_COMMANDS
    if console and type(status) is int and 0 <= status <= 255:
        _end_now(status)
    return status


if __name__ == "__main__":
    sys.exit(main())
