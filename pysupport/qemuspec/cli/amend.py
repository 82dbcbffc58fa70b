"""``qemuspec amend``: change a qcow2 image's options in place (like qemu-img amend).

Invariant: the options are checked before the image is opened for writing;
a refused amend writes nothing.
"""

from __future__ import annotations

from ..errors import UsageError


def _refuse_format(fmt: str | None) -> None:
    """A format that does not take amend (the registry says which do) is refused before anything is opened."""
    from ..block.formats import supporting

    formats = supporting("amend")
    if fmt not in (None, *formats):
        raise UsageError(f"amend supports {' or '.join(formats)} images, not {fmt}")


def cmd_amend(args) -> int:
    from ..block.qcow2.amend import amend_image, help_text, parse_amend_options

    _refuse_format(args.format)
    if args.options == "help" or (args.options or "").startswith("help,"):
        print(help_text())
        return 0
    if not args.options:
        raise UsageError("Must specify options (-o)")
    options = parse_amend_options(args.options)
    if args.file is None:
        raise UsageError("Expecting one image file name")
    from .qemu_opts import image_spec, parse_secrets

    spec = image_spec(args.file, args.image_opts, args.format if args.image_opts else None, args.object)
    _refuse_format(spec.format)
    amend_image(spec.path, options, key_secret=spec.secret, secrets=parse_secrets(args.object), force=args.force)
    return 0


def register(commands) -> None:
    from .qemu_opts import add_arguments

    p = commands.add_parser("amend", help="change a qcow2 image's options (like qemu-img amend)",
                            description="Amend options of a qcow2 image in place; -o help lists them. "
                                        "Done: lazy_refcounts, compat (0.10 and 1.1, both ways), refcount_bits, "
                                        "size (grow and shrink), data_file (rename or drop, for an image that has "
                                        "one), data_file_raw=off; backing_file/backing_fmt only as they are "
                                        "(qemu-img refuses to change them: use rebase); LUKS keyslots: "
                                        "encrypt.state=active,encrypt.new-secret=ID[,encrypt.keyslot=N]"
                                        "[,encrypt.iter-time=MS] adds a passphrase, encrypt.state=inactive with "
                                        "encrypt.keyslot=N and/or encrypt.old-secret=ID erases slots. An "
                                        "encrypted image takes its key by --object secret,... --image-opts "
                                        "driver=qcow2,file.filename=FILE,encrypt.key-secret=ID.")
    p.add_argument("-f", dest="format", metavar="FMT", help="image format (qcow2)")
    p.add_argument("-o", dest="options", metavar="OPTIONS", help="name=value,... as qemu-img takes them")
    p.add_argument("-p", dest="progress", action="store_true", help="show progress (accepted)")
    p.add_argument("-q", dest="quiet", action="store_true", help="print nothing")
    p.add_argument("--force", action="store_true", help="let a keyslot change overwrite an active slot or erase the last one (as qemu-img's)")
    add_arguments(p)  # --object secret,... and --image-opts: the key of a LUKS-encrypted image
    p.add_argument("file", metavar="FILENAME", nargs="?")
    p.set_defaults(func=cmd_amend)
