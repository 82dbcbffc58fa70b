"""The image formats qemuspec reads and writes: one :class:`Format` record per name.

Commands look a format up here instead of testing its name: :data:`REGISTRY`
says how to open an image, what ``info`` adds for it, how to check, create
and convert to it, and which of the commands that only some formats support
it takes. A format's own modules are imported only when one of its functions
is called (``qemuspec info`` of a raw image loads no qcow2 code).
"""

from __future__ import annotations

from types import SimpleNamespace
from collections.abc import Callable

__all__ = ["Format", "REGISTRY", "supporting"]


def _lazy(ref: str) -> Callable:
    """``module:name`` (a module of this package), imported when first called."""
    module, _, name = ref.partition(":")

    def call(*args, **kwargs):  # __import__, not importlib: -X importtime shows what it imports
        return getattr(__import__(module, globals(), None, [name], 1), name)(*args, **kwargs)

    return call


class Format(SimpleNamespace):
    """One format's record: ``Format(name=..., image=..., ...)``; what is not given is as below.

    (A namespace, not a dataclass: it costs nothing at start-up.)
    """

    name: str
    image: Callable                   # image(path, *, force_share[, backing, _depth]) -> Image, read-only
    info: Callable | None = None      # info(image) -> the format's own keys of qemu-img info
    check: Callable | None = None     # check(path, *, repair, force_share[, key_secret]) -> CheckResult;
                                      # None: qemu-img's "does not support checks" (exit 63)
    options: Callable | None = None   # options(text, **defaults): the -o options of create and convert
    check_options = staticmethod(lambda options: None)  # refuse bad -o values before anything is written
    create: Callable | None = None    # create(path, size, options, secret) -> the rest of the Formatting line
    convert: Callable | None = None   # convert(source, target, options, *, compress, progress, sparse,
                                      #         workers, secret): write a new image of this format
    backing_files: bool = False       # images may have a backing file (image() takes backing and _depth)
    compression: bool = False         # convert -c writes compressed clusters
    encryption: bool = False          # images may be encrypted (image() is unlocked, check() takes key_secret)
    data_files: bool = False          # guest data may be in an external file (image() takes facts_only)
    writer: Callable | None = None    # writer(path) -> the image opened for reading and writing in place, with
                                      # QEMU's writer locks (write, write_zeroes, resize, flush, close); None: not
    flat: bool = False                # the file is the disk (guest offset == file offset): a file's reads and
                                      # writes serve the guest directly
    commands: frozenset = frozenset()  # the commands only some formats support, that this one does


def _check_qcow2(path, *, repair, force_share, key_secret):
    from ..errors import UsageError
    from .qcow2.check import check_file

    if not repair:
        return check_file(path, force_share=force_share, key_secret=key_secret)
    from .qcow2.repair import repair_file

    if key_secret is not None:
        raise UsageError("-r (repair) of an encrypted qcow2 image is not supported")
    return repair_file(path, repair)


def _create_qcow2(path, size, options, secret) -> str:
    from .qcow2.create import create_image

    create_image(path, size, options, secret=secret)  # it checks the options
    return ""


def _create_parallels(path, size, options, secret) -> str:
    from .parallels.create import DEFAULT_CLUSTER_SIZE, create_image

    create_image(path, size, **options)
    return f" cluster_size={options.get('cluster_size', DEFAULT_CLUSTER_SIZE)}"


def _convert_to_raw(source, target, options, *, progress, sparse, workers, **_):
    from .convert import convert_to_raw

    convert_to_raw(source, target, progress=progress, sparse=sparse, workers=workers)


def _convert_to_parallels(source, target, options, *, progress, sparse, workers, **_):
    from .convert import convert_to_parallels

    convert_to_parallels(source, target, progress=progress, sparse=sparse, workers=workers, **options)


REGISTRY: dict[str, Format] = {f.name: f for f in (
    Format(name="qcow2", image=_lazy("qcow2:Qcow2Image"), info=_lazy("info:qcow2_info"), check=_check_qcow2,
           options=_lazy("qcow2.create:parse_options"), check_options=lambda options: options.check(),
           create=_create_qcow2, convert=_lazy("convert:convert_to_qcow2"),
           writer=_lazy("qcow2.writer:Qcow2Writer"),
           backing_files=True, compression=True, encryption=True, data_files=True,
           commands=frozenset({"resize", "snapshot", "bitmap", "amend"})),
    Format(name="parallels", image=_lazy("parallels:ParallelsImage"),  # no info: qemu-img shows no dirty flag
           check=_lazy("parallels.check:check_file"),
           options=_lazy("parallels.create:parse_options"), create=_create_parallels,
           convert=_convert_to_parallels),
    Format(name="raw", image=_lazy("image:RawImage"), info=lambda image: {"dirty-flag": False},
           convert=_convert_to_raw, writer=_lazy("raw_writer:RawImageWriter"), flat=True),
)}


def supporting(command: str) -> list[str]:
    """The names of the formats that take ``command``."""
    return [f.name for f in REGISTRY.values() if command in f.commands]
