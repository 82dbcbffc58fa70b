"""qemuspec amend and bitmap on a qcow2 image whose persistent bitmap is still marked in use (a qemu-io
killed while the bitmap was enabled left the flag set), beside qemu-img 7.2 on a copy of the same file.

What qemu-img does, found by these runs: a new size is refused with its "Bitmap ... is inconsistent"
words and the file is unchanged; lazy_refcounts, refcount_bits and options that change nothing succeed
and carry the bitmap over untouched (its directory entry, flags and table as they were); the bitmap
commands refuse every operation on it but --remove; an image marked corrupt is refused at the open;
an amend that changes nothing still opens the image for writing (a dirty image is repaired, the
consistent bitmaps stored anew). compat=0.10 succeeds in qemu-img and leaves leaked clusters; qemuspec
refuses it with nothing written.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from conftest import QEMUSPEC


def _in_use_bitmap_image(folder: Path, *, disabled: bool = False, clean_too: bool = False) -> Path:
    """b0 in use (and a disabled one, also left in use, with ``disabled``); ``clean_too`` adds b2, a
    consistent bitmap added after the kill, so that each open marks it in use and each close stores it."""
    path = folder / "img.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(path), "4M"], check=True)
    subprocess.run(["qemu-img", "bitmap", "--add", str(path), "b0"], check=True)
    if disabled:
        subprocess.run(["qemu-img", "bitmap", "--add", "--disable", "-g", "4096", str(path), "b1"], check=True)
    writer = subprocess.Popen(["qemu-io", "-c", "write -P 0x22 64k 64k", "-c", "sleep 60000", str(path)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            info = subprocess.run(["qemu-img", "info", "-U", "--output=json", str(path)], capture_output=True,
                                  text=True, check=True).stdout
            bitmaps = json.loads(info)["format-specific"]["data"].get("bitmaps", [])
            if bitmaps and "in-use" in bitmaps[0]["flags"]:
                break
            assert time.monotonic() < deadline, "qemu-io did not mark the bitmap in use"
            time.sleep(0.1)
        time.sleep(0.3)  # its write done too
    finally:
        writer.kill()  # no clean close: the flag stays set
        writer.wait()
    if clean_too:
        subprocess.run(["qemu-img", "bitmap", "--add", str(path), "b2"], check=True)
        subprocess.run(["qemu-io", "-c", "write -P 0x33 1M 64k", str(path)], check=True, capture_output=True)
    return path


def _copies(source: Path) -> tuple[Path, Path]:
    ours, theirs = source.parent / "ours.qcow2", source.parent / "theirs.qcow2"
    shutil.copy(source, ours)
    shutil.copy(source, theirs)
    return ours, theirs


def _run_both(folder: Path, ours: Path, theirs: Path, *args: str):
    t = subprocess.run(["qemu-img", *args, theirs.name], cwd=folder, capture_output=True, text=True)
    o = subprocess.run([QEMUSPEC, *args, ours.name], cwd=folder, capture_output=True, text=True)
    assert o.returncode == t.returncode, (o.stderr, t.stderr)
    assert (o.stdout, o.stderr) == (t.stdout, t.stderr.replace("qemu-img: ", "qemuspec: error: ")
                                    .replace(theirs.name, ours.name))
    return t


def _info(path: Path) -> dict:
    info = json.loads(subprocess.run(["qemu-img", "info", "--output=json", str(path)], capture_output=True,
                                     text=True, check=True).stdout)
    del info["filename"]
    return info


def _directory(path: Path) -> bytes:
    """The bitmap directory's bytes, where the header's bitmaps extension says they are."""
    from qemuspec.block.qcow2.image import Qcow2Image

    with Qcow2Image(path) as image:
        ext = image.extensions.bitmaps
        return image.read_host(ext.len_bitmap_directory, ext.bitmap_directory_offset)


def _header(path: Path) -> bytes:
    from qemuspec.fields import field_end

    return path.read_bytes()[:field_end("qcow2::header", "compression_type")]


def _with_incompatible_bit(path: Path, bit: int) -> None:
    from qemuspec.fields import field_span

    offset, width = field_span("qcow2::header", "incompatible_features")
    data = bytearray(path.read_bytes())
    value = int.from_bytes(data[offset:offset + width], "big") | 1 << bit
    data[offset:offset + width] = value.to_bytes(width, "big")
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("layout", ["in-use", "in-use+disabled", "in-use+clean"])
@pytest.mark.parametrize("options", ["lazy_refcounts=on", "lazy_refcounts=off", "refcount_bits=1", "refcount_bits=8",
                                     "refcount_bits=64", "compat=1.1", "refcount_bits=8,lazy_refcounts=on",
                                     "compat=1.1,lazy_refcounts=on,refcount_bits=32"])
def test_amend_carries_an_in_use_bitmap_over_as_qemu_img(tmp_path, layout, options):
    """qemu-img changes the header (and the refcount structure) and leaves the bitmap found in use as
    it was; the consistent one beside it is stored anew at the close: the same bytes in both files."""
    source = _in_use_bitmap_image(tmp_path, disabled="disabled" in layout, clean_too="clean" in layout)
    before = _directory(source)
    ours, theirs = _copies(source)
    t = _run_both(tmp_path, ours, theirs, "amend", "-o", options)
    assert t.returncode == 0, t.stderr
    assert _header(ours) == _header(theirs)
    assert _directory(ours) == _directory(theirs)
    assert ours.read_bytes() == theirs.read_bytes()
    assert _info(ours) == _info(theirs)
    bitmaps = _info(ours)["format-specific"]["data"]["bitmaps"]
    assert [b["flags"] for b in bitmaps if b["name"] in ("b0", "b1")] == \
        [["in-use", "auto"], ["in-use"]][:1 + ("disabled" in layout)]
    if layout != "in-use+clean":
        assert _directory(ours) == before  # not even moved
    assert subprocess.run(["qemu-img", "check", str(ours)], capture_output=True).returncode == 0


@pytest.mark.parametrize("bit", [0, 1], ids=["dirty", "corrupt"])
@pytest.mark.parametrize("options", ["compat=1.1", "lazy_refcounts=on", "refcount_bits=8", "size=8M"])
@pytest.mark.parametrize("clean_too", [False, True])
def test_amend_of_a_dirty_or_corrupt_image_with_bitmaps_as_qemu_img(tmp_path, bit, options, clean_too):
    """Corrupt: qemu-img's open refuses it for every option, nothing written. Dirty: the open repairs
    it (even for an option that changes nothing) and the amend goes on: the same bytes."""
    source = _in_use_bitmap_image(tmp_path, clean_too=clean_too)
    _with_incompatible_bit(source, bit)
    ours, theirs = _copies(source)
    t = _run_both(tmp_path, ours, theirs, "amend", "-o", options)
    if bit == 1:
        assert t.returncode == 1 and "Image is corrupt; cannot be opened read/write" in t.stderr
        assert ours.read_bytes() == source.read_bytes() == theirs.read_bytes()
        return
    if options == "size=8M":
        assert t.returncode == 1 and "Bitmap 'b0' is inconsistent" in t.stderr
        assert ours.read_bytes() == source.read_bytes()  # qemuspec refuses before its open repairs anything
        return
    assert t.returncode == 0, t.stderr
    assert ours.read_bytes() == theirs.read_bytes()
    assert subprocess.run(["qemu-img", "check", str(ours)], capture_output=True).returncode == 0


def test_amend_that_changes_nothing_stores_clean_bitmaps_anew_as_qemu_img(tmp_path):
    image = tmp_path / "img.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(image), "4M"], check=True)
    subprocess.run(["qemu-img", "bitmap", "--add", str(image), "b0"], check=True)
    subprocess.run(["qemu-io", "-c", "write -P 0x22 64k 64k", str(image)], check=True, capture_output=True)
    ours, theirs = _copies(image)
    assert _run_both(tmp_path, ours, theirs, "amend", "-o", "compat=1.1").returncode == 0
    assert theirs.read_bytes() != image.read_bytes()  # qemu-img's open and close moved the bitmap
    assert ours.read_bytes() == theirs.read_bytes()


@pytest.mark.parametrize("clean_too", [False, True])
def test_downgrade_with_an_in_use_bitmap_is_refused_where_qemu_img_leaks(tmp_path, clean_too):
    source = _in_use_bitmap_image(tmp_path, clean_too=clean_too)
    ours, theirs = _copies(source)
    t = subprocess.run(["qemu-img", "amend", "-o", "compat=0.10", str(theirs)], capture_output=True, text=True)
    o = subprocess.run([QEMUSPEC, "amend", "-o", "compat=0.10", str(ours)], capture_output=True, text=True)
    assert (t.returncode, o.returncode) == (0, 1)
    assert subprocess.run(["qemu-img", "check", str(theirs)], capture_output=True).returncode == 3
    assert "nothing was written" in o.stderr
    assert ours.read_bytes() == source.read_bytes()


@pytest.mark.parametrize("clean_too", [False, True])
@pytest.mark.parametrize("name", ["b0", "b2", "nope"])
@pytest.mark.parametrize("ops", [["--add"], ["--remove"], ["--clear"], ["--enable"], ["--disable"],
                                 ["--merge", "b0"], ["--merge", "b2"], ["--merge", "nope"], ["--add", "--merge", "b0"],
                                 ["--remove", "--add"], ["--add", "--disable"], ["--add", "-g", "1000"]])
def test_bitmap_commands_on_an_in_use_bitmap_as_qemu_img(tmp_path, clean_too, name, ops):
    """Every operation on the bitmap found in use is refused with qemu-img's words but --remove; the
    operations run in the command line's order and those done before a refusal stay done."""
    source = _in_use_bitmap_image(tmp_path, clean_too=clean_too)
    ours, theirs = _copies(source)
    t = subprocess.run(["qemu-img", "bitmap", *ops, theirs.name, name], cwd=tmp_path, capture_output=True, text=True)
    o = subprocess.run([QEMUSPEC, "bitmap", *ops, ours.name, name], cwd=tmp_path, capture_output=True, text=True)
    assert o.returncode == t.returncode, (o.stderr, t.stderr)
    assert (o.stdout, o.stderr) == (t.stdout, t.stderr.replace("qemu-img: ", "qemuspec: error: "))
    assert ours.read_bytes() == theirs.read_bytes()
    if name == "b0" and ops in (["--clear"], ["--enable"], ["--disable"], ["--merge", "b0"]):
        assert "Bitmap 'b0' is inconsistent and cannot be used" in t.stderr
    assert subprocess.run(["qemu-img", "check", str(ours)], capture_output=True).returncode == 0


@pytest.mark.parametrize("options", ["size=8M", "size=2M", "size=4M", "compat=1.1", "data_file=x.raw"])
def test_amend_of_an_image_with_an_in_use_bitmap_is_qemu_img_s(tmp_path, options):
    source = _in_use_bitmap_image(tmp_path)
    ours, theirs = tmp_path / "ours.qcow2", tmp_path / "theirs.qcow2"
    shutil.copy(source, ours)
    shutil.copy(source, theirs)
    t = subprocess.run(["qemu-img", "amend", "-o", options, theirs.name], cwd=tmp_path, capture_output=True, text=True)
    o = subprocess.run([QEMUSPEC, "amend", "-o", options, ours.name], cwd=tmp_path, capture_output=True, text=True)
    assert o.returncode == t.returncode, (o.stderr, t.stderr)
    assert (o.stdout, o.stderr) == (t.stdout, t.stderr.replace("qemu-img: ", "qemuspec: error: "))
    assert ours.read_bytes() == theirs.read_bytes()
    if options.startswith("size=") and options != "size=4M":
        assert t.returncode == 1 and "Bitmap 'b0' is inconsistent" in t.stderr
        assert ours.read_bytes() == source.read_bytes()


@pytest.mark.parametrize("args", [["8M"], ["--shrink", "2M"]])
def test_resize_with_an_in_use_bitmap_is_refused_as_qemu_img(tmp_path, args):
    source = _in_use_bitmap_image(tmp_path)
    ours, theirs = _copies(source)
    t = subprocess.run(["qemu-img", "resize", theirs.name, *args], cwd=tmp_path, capture_output=True, text=True)
    o = subprocess.run([QEMUSPEC, "resize", ours.name, *args], cwd=tmp_path, capture_output=True, text=True)
    assert (o.returncode, t.returncode) == (1, 1)
    assert "Bitmap 'b0' is inconsistent and cannot be used" in t.stderr
    assert o.stderr == t.stderr.replace("qemu-img: ", "qemuspec: error: ")
    assert ours.read_bytes() == theirs.read_bytes() == source.read_bytes()
