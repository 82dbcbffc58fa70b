"""The argparse classes of the command line: a parser whose formatter measures the terminal without shutil."""

from __future__ import annotations

import argparse
import os
import sys

__all__ = ["Parser"]


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, measuring the terminal as it does but without importing :mod:`shutil`.

    argparse makes a formatter for every ``add_argument`` (to check the
    metavar), and its own looks the width up with ``shutil`` (which imports
    bz2, lzma and fnmatch): the same rule, ``$COLUMNS`` or the terminal or 80.
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _terminal_columns() -> int:
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class Parser(argparse.ArgumentParser):
    """An argument parser (the sub-parsers too) that formats with :class:`_HelpFormatter` unless told otherwise."""

    def __init__(self, *args, formatter_class=_HelpFormatter, **kwargs):
        super().__init__(*args, formatter_class=formatter_class, **kwargs)
