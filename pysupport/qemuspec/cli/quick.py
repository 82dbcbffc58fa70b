"""The plain command lines of info, map and check, parsed without argparse (its import is most of their start-up).

The command module's ``register`` adds its arguments to a :class:`Recorder`
instead of a parser, so the options are defined once, where argparse reads
them too. :func:`quick_parse` then takes a command line made only of the
command, its positionals and options spelled in full (``-U``, ``--output=json``,
``--output json``, ``-f qcow2``) and gives the values argparse would give.
Anything else (an abbreviation, joined short options, ``--``, ``-h``, an
option that appends, a value argparse would refuse, a word too many or too
few) gives None, and argparse parses the line, with its own errors.
"""

from __future__ import annotations

from types import SimpleNamespace

__all__ = ["Recorder", "quick_parse"]


class _Unsupported(Exception):
    """The recorded definitions use something quick_parse does not model."""


class Recorder:
    """A stand-in for one sub-parser that writes down what ``add_argument`` and ``set_defaults`` are told."""

    def __init__(self):
        self.options: dict[str, dict] = {}   # option string -> its definition
        self.positionals: list[str] = []     # dests, in order
        self.values: dict = {}               # dest -> default, as argparse puts defaults in the namespace
        self.parser_defaults: dict = {}
        self.supported = True

    def add_argument(self, *names, action=None, dest=None, default=None, choices=None, type=None, nargs=None,
                     required=False, metavar=None, help=None):
        if action not in (None, "store", "store_true", "append") or nargs is not None or required:
            self.supported = False
        if not names[0].startswith("-"):
            dest = names[0]
            self.positionals.append(dest)
        else:
            if dest is None:
                long = next((n for n in names if n.startswith("--")), names[0])
                dest = long.lstrip("-").replace("-", "_")
            definition = {"dest": dest, "action": action or "store", "choices": choices, "type": type}
            for name in names:
                self.options[name] = definition
        if action == "store_true" and default is None:
            default = False
        if isinstance(default, str) and type is not None:
            self.supported = False   # argparse would convert it; not modelled
        if dest in self.values or dest in self.parser_defaults:
            self.supported = False
        self.values[dest] = default

    def set_defaults(self, **kwargs):
        if kwargs.keys() & self.values.keys():
            self.supported = False
        self.parser_defaults.update(kwargs)

    def __getattr__(self, name: str):
        raise AttributeError(name)  # mutually exclusive groups and the like: the caller falls back


class _OneCommand:
    """The sub-parsers a module's ``register`` fills: a Recorder for ``name``, nothing for the others."""

    def __init__(self, name: str):
        self.name, self.recorder = name, None

    def add_parser(self, name: str, **kwargs):
        from . import _Discard

        if name != self.name:
            return _Discard()
        self.recorder = Recorder()
        return self.recorder


def quick_parse(argv: list[str], module) -> SimpleNamespace | None:
    """The namespace argparse would give for ``argv`` (the command first, ``module`` its cli module), or None."""
    commands = _OneCommand(argv[0])
    try:
        module.register(commands)
    except (AttributeError, TypeError):  # something the Recorder does not model
        return None
    rec = commands.recorder
    if rec is None or not rec.supported:
        return None
    values = dict(rec.values)
    positionals = []
    words = iter(argv[1:])
    for word in words:
        if not word.startswith("-"):
            positionals.append(word)
            continue
        name, equals, value = word.partition("=") if word.startswith("--") else (word, "", "")
        definition = rec.options.get(name)
        if definition is None or definition["action"] == "append":
            return None
        if definition["action"] == "store_true":
            if equals:
                return None
            values[definition["dest"]] = True
            continue
        if not equals:
            value = next(words, None)
            if value is None or value.startswith("-"):
                return None
        if definition["type"] is not None:
            try:
                value = definition["type"](value)
            except Exception:
                return None
        if definition["choices"] is not None and value not in definition["choices"]:
            return None
        values[definition["dest"]] = value
    if len(positionals) != len(rec.positionals):
        return None
    values.update(zip(rec.positionals, positionals))
    return SimpleNamespace(command=argv[0], **{**rec.parser_defaults, **values})
