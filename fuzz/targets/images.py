"""Disk images: open_image + a full read, map, info, check, the writable-open rule, and qemu-img as oracle.

For every input (the bytes of an image file):

1. read-only: ``open_image`` (format forced, no backing chain), a read of the
   whole virtual size in 4 MiB pieces (at most ``READ_CAP`` bytes: the first
   and the last half of it on a larger disk), ``map_image``, ``image_info``,
   and for qcow2 snapshots and bitmaps; then ``check`` (qcow2/parallels).
   The file must be byte-identical afterwards.
2. the writable-open rule the code follows (see docs/fuzzing.md): a writer
   opens only what the reader opens, and only when the image is not marked
   corrupt, dirty (qcow2 v3 lazy refcounts) or in use (Parallels) and check
   finds no corruption (leaks are allowed, as QEMU allows them); opening and
   closing it without a guest write changes nothing (qcow2) or only the
   in-use field and a dropped unknown extension feature (Parallels).
3. the differential oracle: an image we accept (no backing file or data
   file, at most ``ORACLE_MAX_SIZE`` bytes) also goes through
   ``qemu-img check`` and ``qemu-img convert -O raw``; when QEMU converts it,
   our bytes must equal QEMU's. When we refuse an image for an L1 table or a
   header-extension area that runs past the end of the file, QEMU is asked
   too and the known difference (QEMU reads zeros) is counted.
"""

from __future__ import annotations

import hashlib
import random
import subprocess
import sys
from pathlib import Path

from qemuspec.block import open_image
from qemuspec.block.info import image_info
from qemuspec.block.map import map_image
from qemuspec.errors import QemuSpecError
from qemuspec.fields import FIELDS, field_end, field_offset

from ..harness import ROOT, Target, Violation, outcome_of
from ..mutate import Field, mutate_bytes, mutate_fields

READ_CAP = 64 << 20          # guest bytes read per input
CHUNK = 4 << 20
ORACLE_MAX_SIZE = 16 << 20   # virtual size up to which qemu-img compares data
MiB = 1 << 20


def _tests_helpers():
    """tests/qcow2_images.py (qemu-img/qemu-io recipes) - reused, not copied."""
    tests = str(ROOT / "tests")
    if tests not in sys.path:
        sys.path.insert(0, tests)
    import qcow2_images

    return qcow2_images


def _no_limit() -> None:
    """qemu-img must not inherit the fuzzing child's address-space limit."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))


def qemu_img(*args: str, timeout: float = 20) -> subprocess.CompletedProcess:
    return subprocess.run(["qemu-img", *args], capture_output=True, timeout=timeout, preexec_fn=_no_limit)


def read_everything(image) -> bytes | None:
    """Read the whole disk (or READ_CAP bytes of it); return the bytes when the disk is small enough to compare."""
    size = image.size
    spans = [(0, size)] if size <= READ_CAP else [(0, READ_CAP // 2), (size - READ_CAP // 2, READ_CAP // 2)]
    keep = size <= ORACLE_MAX_SIZE
    out = bytearray() if keep else None
    for start, length in spans:
        pos = start
        while pos < start + length:
            n = min(CHUNK, start + length - pos)
            piece = image.read(pos, n)
            if keep:
                out += piece
            pos += n
    return bytes(out) if keep else None


class ImageTarget(Target):
    """What qcow2, Parallels and raw share; subclasses add the format's fields, check and writer."""

    fmt = ""
    suffix = ".img"
    timeout = 30.0

    def __init__(self, oracle: int = 0) -> None:
        self.oracle_budget = oracle
        self.figures = {"oracle_compared": 0, "oracle_equal": 0, "oracle_qemu_refused": 0,
                        "qemu_check_failed": 0, "writer_opened": 0, "writer_opened_check_unclean": 0,
                        "we_refuse_qemu_reads": 0, "writer_rewrote_bitmaps": 0}
        self._seeds: list[bytes] | None = None

    def setup(self, workdir: Path) -> None:
        super().setup(workdir)
        self.path = workdir / f"image{self.suffix}"
        self.copy = workdir / f"writable{self.suffix}"
        self.raw_out = workdir / "qemu.raw"

    def stats(self) -> dict:
        return dict(self.figures)

    def mutate(self, data: bytes, rng: random.Random, corpus) -> bytes:
        if rng.random() < 0.7:
            fields = self.fields(data)
            if fields:
                out = mutate_fields(data, fields, rng)
                return mutate_bytes(out, rng, corpus) if rng.random() < 0.2 else out
        return mutate_bytes(data, rng, corpus, max_size=8 << 20)

    def fields(self, data: bytes) -> list[Field]:
        return []

    # -- the run -----------------------------------------------------------------

    def execute(self, data: bytes) -> str:
        self.path.write_bytes(data)
        digest = hashlib.sha256(data).digest()
        labels = []
        ours: bytes | None = None
        accepted = opened = False
        extra_files = False
        try:
            with open_image(self.path, format=self.fmt, backing=False) if self.fmt == "qcow2" else \
                    open_image(self.path, format=self.fmt) as image:
                opened = True
                ours = read_everything(image)
                map_image(image, 0, min(image.size, READ_CAP))
                image_info(image)
                self.more_reading(image)
                accepted = True
                extra_files = bool(getattr(image, "backing_file", None) or getattr(image, "has_data_file", False))
                labels.append(f"open:{image.size.bit_length()}")
        except QemuSpecError as exc:
            refusal = exc
            labels.append("refused:" + outcome_of(exc))
        else:
            refusal = None
        labels.append(self.check(self.path))
        if hashlib.sha256(self.path.read_bytes()).digest() != digest:
            raise Violation("a read-only operation changed the image file")
        self.writable_rule(data, opened)
        if self.figures["oracle_compared"] + self.figures["oracle_qemu_refused"] < self.oracle_budget:
            if accepted and ours is not None and not extra_files:
                self.oracle(ours)
            elif refusal is not None and self.known_difference(refusal):
                if self.qemu_converts():
                    self.figures["we_refuse_qemu_reads"] += 1
        return ("ok:" if accepted else "error:") + "|".join(labels)

    def more_reading(self, image) -> None:
        pass

    def check(self, path: Path) -> str:
        return "check:none"

    def writable_rule(self, data: bytes, reader_opened: bool) -> None:
        pass

    def known_difference(self, refusal: QemuSpecError) -> bool:
        return False

    # -- the oracle -----------------------------------------------------------------

    def qemu_converts(self) -> bool:
        try:
            self.raw_out.unlink(missing_ok=True)
            done = qemu_img("convert", "-U", "-f", self.fmt, "-O", "raw", str(self.path), str(self.raw_out))
        except subprocess.TimeoutExpired:
            return False
        return done.returncode == 0

    def oracle(self, ours: bytes) -> None:
        check = qemu_img("check", "-U", "-f", self.fmt, str(self.path))
        if check.returncode not in (0, 2, 3):
            self.figures["qemu_check_failed"] += 1
        if not self.qemu_converts():
            self.figures["oracle_qemu_refused"] += 1
            return
        self.figures["oracle_compared"] += 1
        theirs = self.raw_out.read_bytes()
        self.raw_out.unlink()
        if theirs != ours:
            at = next((i for i in range(min(len(ours), len(theirs))) if ours[i] != theirs[i]), min(len(ours), len(theirs)))
            raise Violation(f"our data differs from qemu-img convert's at guest offset {at:#x} "
                            f"(ours {len(ours)} bytes, QEMU's {len(theirs)})")
        self.figures["oracle_equal"] += 1


class Qcow2Target(ImageTarget):
    name = "qcow2"
    fmt = "qcow2"
    suffix = ".qcow2"
    description = "open_image + full read, map, info, snapshots, bitmaps, check; writer rule; qemu-img oracle"

    def seeds(self) -> list[bytes]:
        if self._seeds is None:
            self._seeds = [p.read_bytes() for p in sorted((ROOT / "samples").glob("qcow2.*.qcow2"))]
            self._seeds += self.made_by_qemu_img()
        return self._seeds

    def made_by_qemu_img(self) -> list[bytes]:
        """Small images made here by qemu-img/qemu-io (the recipes of tests/qcow2_images.py)."""
        h = _tests_helpers()
        folder = self.workdir / "seeds"
        folder.mkdir(exist_ok=True)
        writes = ["write -P 0x11 0 70k", "write -P 0x22 1000k 300k", "write -z 1100k 64k", "discard 1000k 64k",
                  "write -P 0x44 3m 4k"]
        recipes = [("cluster_size=4k", writes), ("cluster_size=512", writes[:2]),
                   ("refcount_bits=1,cluster_size=4k", writes), ("refcount_bits=64,cluster_size=4k", writes),
                   ("compat=0.10,cluster_size=4k", writes),
                   ("lazy_refcounts=on,cluster_size=4k", writes),
                   ("extended_l2=on,cluster_size=16k", ["write -P 0x81 2k 2k", "write -z 8k 2k", "write -P 0x82 64k 64k"]),
                   ("compression_type=zstd,cluster_size=4k", ["write -c -P 0x71 0 4k", "write -c -P 0x72 8k 8k"]),
                   ("cluster_size=4k", ["write -c -P 0x73 0 4k", "write -P 0x74 12k 4k"])]
        out = []
        for i, (options, commands) in enumerate(recipes):
            image = h.create(folder / f"seed{i}.qcow2", "4M", options)
            h.qemu_io(image, *commands)
            out.append(image.read_bytes())
        snap = h.create(folder / "snap.qcow2", "1M", "cluster_size=4k")
        h.qemu_io(snap, "write -P 0xc1 0 64k")
        h.qemu_img("snapshot", "-c", "one", snap)
        h.qemu_io(snap, "write -P 0xc2 4k 4k")
        out.append(snap.read_bytes())
        bm = h.create(folder / "bitmap.qcow2", "1M", "cluster_size=4k")
        h.qemu_img("bitmap", "--add", "-g", "4096", bm, "b0")
        h.qemu_io(bm, "write -P 0xd2 8k 12k")
        out.append(bm.read_bytes())
        return out

    def fields(self, data: bytes) -> list[Field]:
        return qcow2_fields(data)

    def more_reading(self, image) -> None:
        from qemuspec.block.qcow2.bitmap import bitmap_bytes, list_bitmaps
        from qemuspec.block.qcow2.snapshot import list_snapshots, open_snapshot

        for bitmap in list_bitmaps(image)[:4]:
            if bitmap.granularity and -(-image.size // bitmap.granularity) < (64 << 20):
                bitmap_bytes(image, bitmap)
        for snapshot in list_snapshots(image)[:4]:
            with open_snapshot(image, snapshot.id) as view:
                view.read(0, min(view.size, CHUNK))

    def check(self, path: Path) -> str:
        from qemuspec.block.qcow2.check import check_file

        result = check_file(path, backing=False)
        self._last_check = result
        return f"check:{result.exit_code}"

    def writable_rule(self, data: bytes, reader_opened: bool) -> None:
        from qemuspec.block.qcow2.writer import Qcow2Writer

        self.copy.write_bytes(data)
        try:
            writer = Qcow2Writer(self.copy, backing=False)
        except QemuSpecError:
            return
        try:
            h = writer.header
            marked = writer.version >= 3 and (h.incompatible_features.dirty or h.incompatible_features.corrupt)
            bitmaps = writer._bitmaps is not None   # loaded at open: stored again on close, as QEMU does
        finally:
            writer.close()
        self.figures["writer_opened"] += 1
        if self._last_check.exit_code != 0:
            self.figures["writer_opened_check_unclean"] += 1   # leaks only: allowed, as QEMU allows them
        if not reader_opened:
            raise Violation("the qcow2 writer opened an image the reader refuses")
        if _damaged(self._last_check):
            raise Violation("the qcow2 writer opened an image check finds damaged")
        if marked:
            raise Violation("the qcow2 writer opened an image marked dirty or corrupt")
        if self.copy.read_bytes() == data:
            return
        if not bitmaps:
            raise Violation("opening and closing the qcow2 writer without a write changed the file")
        from qemuspec.block.qcow2.check import check_file

        self.figures["writer_rewrote_bitmaps"] = self.figures.get("writer_rewrote_bitmaps", 0) + 1
        after = check_file(self.copy, backing=False)
        before = self._last_check
        worse = after.corruptions > before.corruptions or (before.finished and not after.finished)
        if worse:
            raise Violation(f"storing the bitmaps on close damaged the image: check found "
                            f"{self._last_check.corruptions} corruptions before, {after.corruptions} after "
                            f"({after.error or (after.messages[:1])})")

    def known_difference(self, refusal: QemuSpecError) -> bool:
        field = getattr(refusal, "field", None) or ""
        return "past the end" in str(refusal) and field in ("l1_table_offset", "header_extensions") or \
            (getattr(refusal, "structure", "") or "").startswith("qcow2::header_extension")


def qcow2_fields(data: bytes) -> list[Field]:
    """Header fields, the extension headers, and entries of the L1, L2, refcount and snapshot tables."""
    from qemuspec.errors import FormatError
    from qemuspec.specs import parse

    header = FIELDS["qcow2::header"]
    fields = [Field(o, w, "big", "header") for name, (o, w) in header.items() if name != "magic"]
    try:
        h = parse("qcow2", data[:4096], fetch_instances=False).header
    except FormatError:
        return fields
    cluster = 1 << min(max(h.cluster_bits, 9), 21)
    ext = h.header_length if h.version >= 3 else header["incompatible_features"][0]  # v2 ends there
    for _ in range(8):   # extension headers: type and length
        if ext + 8 > min(len(data), cluster):
            break
        fields += [Field(ext, 4, "big", "ext.type"), Field(ext + 4, 4, "big", "ext.len")]
        length = int.from_bytes(data[ext + 4:ext + 8], "big")
        if int.from_bytes(data[ext:ext + 4], "big") == 0:
            break
        ext += 8 + (length + 7) // 8 * 8
    def table(offset: int, count: int, name: str, width: int = 8) -> list[int]:
        entries = []
        for i in range(min(count, 64)):
            at = offset + i * width
            if 0 <= at and at + width <= len(data):
                fields.append(Field(at, width, "big", name))
                entries.append(int.from_bytes(data[at:at + width], "big"))
        return entries
    l1 = table(h.l1_table_offset, h.num_l1_entries, "l1")
    for entry in l1[:4]:
        l2 = entry & 0x00FFFFFFFFFFFE00
        if l2:
            table(l2, 32, "l2")
    rt = table(h.refcount_table_offset, 8, "reftable")
    for entry in rt[:2]:
        if entry:
            table(entry, 16, "refblock", 2)
    if h.num_snapshots and h.snapshots_offset:
        s = h.snapshots_offset
        sn = FIELDS["qcow2::snapshot"]
        fields += [Field(s + sn[name][0], sn[name][1], "big", label) for name, label in
                   [("l1_table_offset", "sn.l1_offset"), ("num_l1_entries", "sn.l1_size"), ("len_id", "sn.id_len"),
                    ("len_name", "sn.name_len"), ("len_extra_data", "sn.extra_len")]]
    return [f for f in fields if f.offset + f.width <= len(data)]


def _parallels_header_fields() -> list[tuple[int, int]]:
    """The parallels header's fields after the magic, a ``*_lo``/``*_hi`` pair as one 64-bit field."""
    out = []
    for name, (offset, width) in FIELDS["parallels::header"].items():
        if name.startswith("magic"):
            continue
        if name.endswith("_hi") and out and out[-1][0] + out[-1][1] == offset:
            out[-1] = (out[-1][0], out[-1][1] + width)  # joins the _lo half just before it
        else:
            out.append((offset, width))
    return out


class ParallelsTarget(ImageTarget):
    name = "parallels"
    fmt = "parallels"
    suffix = ".hdd"
    description = "open_image + full read, map, info, check; writer rule; qemu-img oracle"

    def seeds(self) -> list[bytes]:
        if self._seeds is None:
            self._seeds = [p.read_bytes() for p in sorted((ROOT / "samples").glob("parallels.*.img"))]
            h = _tests_helpers()
            folder = self.workdir / "seeds"
            folder.mkdir(exist_ok=True)
            for i, (size, cluster, writes) in enumerate([("4M", "4k", ["write -P 0x31 0 12k", "write -P 0x32 1m 4k"]),
                                                         ("2M", "64k", ["write -P 0x33 64k 70k"]),
                                                         ("1M", "1k", ["write -P 0x34 3k 3k"])]):
                image = folder / f"seed{i}.hdd"
                h.qemu_img("create", "-q", "-f", "parallels", "-o", f"cluster_size={cluster}", image, size)
                h.qemu_io(image, *writes, fmt="parallels")
                self._seeds.append(image.read_bytes())
        return self._seeds

    def fields(self, data: bytes) -> list[Field]:
        fields = [Field(o, w, "little", "header") for o, w in _parallels_header_fields()]
        nb_at, nb_width = FIELDS["parallels::header"]["num_bat_entries"]
        n = int.from_bytes(data[nb_at:nb_at + nb_width], "little") if len(data) >= nb_at + nb_width else 0
        bat = field_end("parallels::header", "ext_off_hi")  # the BAT follows the 64-byte header
        fields += [Field(bat + 4 * i, 4, "little", "bat") for i in range(min(n, 64))]
        ext_at = field_offset("parallels::header", "ext_off_lo")
        ext = int.from_bytes(data[ext_at:ext_at + 8], "little") * 512 if len(data) >= ext_at + 8 else 0
        if ext:
            fields += [Field(ext + o, w, "little", "ext") for o, w in [(0, 8), (8, 8), (16, 8), (32, 8), (40, 4),
                                                                        (44, 4), (48, 8), (56, 8), (64, 4)]]
        return [f for f in fields if f.offset + f.width <= len(data)]

    def check(self, path: Path) -> str:
        from qemuspec.block.parallels.check import check_file

        result = check_file(path)
        self._last_check = result
        return f"check:{result.exit_code}"

    def writable_rule(self, data: bytes, reader_opened: bool) -> None:
        from qemuspec.block.parallels.writer import ParallelsWriter

        self.copy.write_bytes(data)
        try:
            writer = ParallelsWriter(self.copy, sync=False)
        except QemuSpecError:
            if self.copy.read_bytes() != data:
                raise Violation("a refused writable open of a Parallels image changed the file")
            return
        dropped = writer._ext_dirty
        writer.close()
        self.figures["writer_opened"] += 1
        if self._last_check.exit_code != 0:
            self.figures["writer_opened_check_unclean"] += 1   # leaks only: allowed
        if not reader_opened:
            raise Violation("the Parallels writer opened an image the reader refuses")
        if _damaged(self._last_check):
            raise Violation("the Parallels writer opened an image check finds damaged")
        after = self.copy.read_bytes()
        if not dropped and (after[:44] != data[:44] or after[48:] != data[48:]):
            raise Violation("opening and closing the Parallels writer changed more than the in-use field")


def _damaged(result) -> bool:
    """What a writable open must refuse: corruptions, check errors, or metadata too broken to walk."""
    return not result.finished or bool(result.corruptions) or bool(result.check_errors)


class RawTarget(ImageTarget):
    """Any bytes through format detection (``open_image`` without a format), read in full."""

    name = "raw"
    fmt = None
    suffix = ".img"
    timeout = 30.0
    description = "open_image with format detection on any bytes, full read, map, info"

    def stats(self) -> dict:
        return {}

    def seeds(self) -> list[bytes]:
        if self._seeds is None:
            self._seeds = [b"", bytes(512), random.Random(1).randbytes(70_000)]
            self._seeds += [p.read_bytes()[:65536] for p in sorted((ROOT / "samples").glob("*.qcow2"))[:1]]
            self._seeds += [p.read_bytes()[:65536] for p in sorted((ROOT / "samples").glob("parallels.*.img"))[:1]]
        return self._seeds

    def execute(self, data: bytes) -> str:
        self.path.write_bytes(data)
        digest = hashlib.sha256(data).digest()
        try:
            with open_image(self.path, backing=False) as image:
                read_everything(image)
                map_image(image, 0, min(image.size, READ_CAP))
                image_info(image)
                label = f"ok:{image.format}"
        except QemuSpecError as exc:
            label = "error:" + outcome_of(exc)
        if hashlib.sha256(self.path.read_bytes()).digest() != digest:
            raise Violation("a read-only operation changed the image file")
        return label
