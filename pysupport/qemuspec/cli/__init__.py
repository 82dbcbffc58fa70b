"""The ``qemuspec`` command line, modelled on ``qemu-img``.

Each command (or group of commands) lives in its own module of this
package, with a ``register(commands)`` function that adds its sub-parsers;
modules are found automatically.
Errors go to stderr as ``qemuspec: error: ...``; the exit status is 1 unless
the command defines its own (``check``: 0 clean, 1 check failed, 2
corruptions, 3 leaks only).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from .. import __version__
from ..errors import QemuSpecError

__all__ = ["main", "build_parser"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qemuspec", description="QEMU's formats and protocols, from Kaitai Struct specs.")
    parser.add_argument("--version", action="version", version=f"qemuspec {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
        command_module = importlib.import_module(f"{__name__}.{module}")
        if hasattr(command_module, "register"):
            command_module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except QemuSpecError as exc:
        print(f"qemuspec: error: {exc}", file=sys.stderr)
        return getattr(args, "error_status", 1)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
