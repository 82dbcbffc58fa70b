"""qemu-img's ``--object secret,...`` and ``--image-opts`` spellings, for the key of an encrypted image.

    qemuspec convert --object secret,id=s0,data=PASSPHRASE \\
        --image-opts driver=qcow2,file.filename=disk.qcow2,encrypt.key-secret=s0 -O raw disk.raw

``--object secret,id=ID,file=PATH`` reads the passphrase from a file (all of it,
as QEMU does); ``format=base64`` takes ``data`` or the file's text as base64.
Only the options that name the image and its key are understood in
``--image-opts``; any other is refused rather than ignored.
"""

from __future__ import annotations

from ..errors import UsageError

__all__ = ["ImageSpec", "split_options", "option_bool", "option_size", "parse_secrets", "image_spec", "add_arguments",
           "add_object_argument"]

IMAGE_OPTIONS = ("driver", "file.filename", "file.driver", "encrypt.key-secret", "encrypt.format")


class ImageSpec:
    """The image a command names: its path and format, the key, and the --image-opts options it was given by.

    (A plain class: dataclasses cost every image command 10 ms at start-up.)
    """

    def __init__(self, path: str, format: str | None, secret: bytes | None = None, options: dict | None = None):
        self.path, self.format, self.secret = path, format, secret
        self.options = options    # the --image-opts options, when the image was given so

    def json_filename(self) -> str | None:
        """The ``json:{...}`` name qemu-img info gives an image opened with --image-opts."""
        if self.options is None or set(self.options) <= {"driver", "file.filename", "file.driver"}:
            return None  # QEMU names such an image by its file name alone
        import json

        from ..block.info import qdict_order

        tree: dict = {}
        for key, value in self.options.items():
            node = tree
            *parents, leaf = key.split(".")
            for part in parents:
                node = node.setdefault(part, {})
            node[leaf] = value
        tree.setdefault("file", {}).setdefault("driver", "file")
        tree["file"] = qdict_order(tree["file"])
        if "encrypt" in tree:  # QEMU keeps encrypt.* flat at the top (they are options of the qcow2 driver)
            for key, value in tree.pop("encrypt").items():
                tree[f"encrypt.{key}"] = value
        return "json:" + json.dumps(qdict_order(tree))


def add_object_argument(parser) -> None:
    parser.add_argument("--object", action="append", default=[], metavar="OBJECT",
                        help="secret,id=ID,data=PASSPHRASE or secret,id=ID,file=PATH: a key that "
                             "encrypt.key-secret=ID names (in --image-opts or -o), as qemu-img takes it")


def add_arguments(parser) -> None:
    add_object_argument(parser)
    parser.add_argument("--image-opts", action="store_true",
                        help="the image is given as options: driver=qcow2,file.filename=PATH,encrypt.key-secret=ID")


def split_options(text: str) -> list[tuple[str, str | None]]:
    """QEMU's option syntax: comma-separated key=value, a doubled comma is a comma in a value."""
    items, current = [], ""
    i = 0
    while i < len(text):
        if text[i] == ",":
            if text[i + 1:i + 2] == ",":
                current += ","
                i += 2
                continue
            items.append(current)
            current = ""
        else:
            current += text[i]
        i += 1
    items.append(current)
    out = []
    for item in items:
        key, sep, value = item.partition("=")
        out.append((key, value if sep else None))
    return out


def option_bool(name: str, value: str | None) -> bool:
    """An ``-o`` option of QEMU's bool kind (on/off, yes/no, true/false), refused in qemu-img's words."""
    if value in ("on", "yes", "true"):
        return True
    if value in ("off", "no", "false"):
        return False
    raise UsageError(f"Parameter '{name}' expects 'on' or 'off'")


def option_size(name: str, value: str | None) -> int:
    """An ``-o`` option of QEMU's size kind (bytes, or a k/M/G/T/P/E suffix), refused in qemu-img's words."""
    from ..block.qcow2.create import parse_size

    words = (f"Parameter '{name}' expects a non-negative number below 2^64\n"
             "Optional suffix k, M, G, T, P or E means kilo-, mega-, giga-, tera-, peta-\n"
             "and exabytes, respectively.")
    if not value or value.strip().startswith("-"):
        raise UsageError(words)
    try:
        size = parse_size(value)
    except UsageError:
        raise UsageError(words) from None
    if size >= 1 << 64:
        raise UsageError(words)
    return size


def parse_secrets(objects: list[str]) -> dict[str, bytes]:
    """The secrets of ``--object`` arguments, by id."""
    secrets: dict[str, bytes] = {}
    for text in objects:
        items = split_options(text)
        kind, value = items[0]
        if value is not None:  # qom-type=secret,...
            if kind != "qom-type":
                raise UsageError(f"--object {text}: the first item is the object type (secret)")
            kind = value
        if kind != "secret":
            raise UsageError(f"--object {text}: only secret objects are supported")
        opts = {}
        for key, value in items[1:]:
            if key not in ("id", "data", "file", "format") or value is None:
                raise UsageError(f"--object {text}: unsupported secret option {key!r} "
                                 "(id, data, file and format=raw|base64 are supported)")
            opts[key] = value
        if "id" not in opts:
            raise UsageError(f"--object {text}: the secret needs an id")
        if opts["id"] in secrets:  # qemu-img's words for a second object of the same id
            raise UsageError(f"attempt to add duplicate property '{opts['id']}' to object (type 'container')")
        if ("data" in opts) == ("file" in opts):
            raise UsageError(f"--object {text}: give exactly one of data= and file=")
        if "data" in opts:
            raw = opts["data"].encode()
        else:
            try:
                with open(opts["file"], "rb") as f:
                    raw = f.read()
            except OSError as exc:
                raise UsageError(f"cannot read the secret file {opts['file']}: {exc.strerror}") from exc
        fmt = opts.get("format", "raw")
        if fmt == "base64":
            import base64  # here: only a base64 secret needs it
            import binascii

            try:
                raw = base64.b64decode(raw, validate=True)
            except binascii.Error as exc:
                raise UsageError(f"--object {text}: the secret is not valid base64") from exc
        elif fmt != "raw":
            raise UsageError(f"--object {text}: format is raw or base64, not {fmt!r}")
        secrets[opts["id"]] = raw
    return secrets


def image_spec(text: str, image_opts: bool, fmt: str | None, objects: list[str]) -> ImageSpec:
    """Where the image is, its format and its key, from a file name or an ``--image-opts`` string."""
    secrets = parse_secrets(objects)
    if not image_opts:
        return ImageSpec(text, fmt)
    if fmt is not None:
        raise UsageError("--image-opts and -f are mutually exclusive (give driver= in the options)")
    opts = {}
    for key, value in split_options(text):
        if key not in IMAGE_OPTIONS or value is None:
            raise UsageError(f"--image-opts: unsupported option {key!r} (supported: {', '.join(IMAGE_OPTIONS)})")
        opts[key] = value
    if "file.filename" not in opts:
        raise UsageError("--image-opts: give the image as file.filename=PATH")
    if opts.get("file.driver", "file") != "file":
        raise UsageError("--image-opts: file.driver must be file")
    secret = None
    if "encrypt.key-secret" in opts:
        name = opts["encrypt.key-secret"]
        if name not in secrets:
            raise UsageError(f"No secret with id '{name}' found")  # qemu-img's words
        secret = secrets[name]
    return ImageSpec(opts["file.filename"], opts.get("driver"), secret, opts)
