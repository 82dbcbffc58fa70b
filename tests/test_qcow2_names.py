"""Names that are not UTF-8: QEMU keeps a qcow2 name's bytes, and so do we.

A snapshot's ID and name, a bitmap's name, the backing file's name and format
are bytes in a qcow2 image; QEMU takes each as a C string and never checks
that it is UTF-8. qemu-img prints those bytes as they are in human output and
puts U+FFFD for what it cannot decode in JSON. qemu-img makes such names from
its command line; a snapshot table with names it would not write (IDs that are
not numbers, names cut by a NUL or longer than its buffers) is made here by
rewriting the table of an image qemu-img made.
"""

from __future__ import annotations

import json
import struct
import subprocess
from pathlib import Path

import pytest

from qemuspec.block import open_image
from qemuspec.block.qcow2.snapshot import list_snapshots
from qemuspec.ctext import from_c, json_text, to_bytes

from conftest import QEMUSPEC
from qcow2_images import qemu_img

# (ID, name) of the rewritten snapshot table: bytes of every kind QEMU's JSON writer takes apart
ENTRIES = [
    (b"1", b"caf\xe9"),                    # Latin-1: a lead byte without its continuation byte
    (b"2", b"\xff\xfe\x80tail"),           # bytes UTF-8 never uses, a stray continuation byte
    (b"3", b"ok\xed\xa0\x80"),             # a surrogate, encoded
    (b"4", b"\xc0\x80x\xe0\x80\xaf"),      # "modified UTF-8" NUL, an overlong slash
    (b"5", b"\xf0\x9f\x98 \xf0\x9f\x98\x80"),  # a 4-byte sequence cut short, then a whole one
    (b"6", b"\xef\xbf\xbe\xf4\x90\x80\x80"),   # a noncharacter, a code point past U+10FFFF
    (b"7\xff", "é naïve".encode()),         # an ID that is not UTF-8; a valid name (padded in bytes)
    (b"8" * 130, b"n" * 300),              # cut to 127 and 255 bytes by qemu-img's listings
    (b"9", b"cut\0hidden"),                # a C string: the name ends at the NUL
]
# the entries as QEMU holds them, and writes them back when it rewrites the table
C_ENTRIES = [(ident.split(b"\0")[0], name.split(b"\0")[0]) for ident, name in ENTRIES]


def _rewrite_snapshot_table(path: Path, entries: list[tuple[bytes, bytes]]) -> None:
    """Give the snapshots of ``path`` (as many as ``entries``) these IDs and names.

    The new table is written where the old one starts; the image's one
    snapshot table cluster has room for it (asserted).
    """
    data = bytearray(path.read_bytes())
    count, offset = struct.unpack_from(">IQ", data, 60)
    assert count == len(entries)
    table, pos = b"", offset
    for ident, name in entries:
        fixed = bytearray(data[pos:pos + 40])
        old_id, old_name = struct.unpack_from(">HH", fixed, 12)
        extra = struct.unpack_from(">I", fixed, 36)[0]
        struct.pack_into(">HH", fixed, 12, len(ident), len(name))
        entry = bytes(fixed) + data[pos + 40:pos + 40 + extra] + ident + name
        table += entry + bytes(-len(entry) % 8)
        pos += 40 + extra + old_id + old_name
        pos += -(pos - offset) % 8
    assert len(table) <= 65536 - offset % 65536
    data[offset:offset + len(table)] = table
    path.write_bytes(bytes(data))


def _run(program: str, *args: str | bytes | Path, folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run([program, *map(lambda a: a if isinstance(a, bytes) else str(a), args)],
                          capture_output=True, cwd=folder)


def both(folder: Path, *args: str | bytes | Path) -> tuple[subprocess.CompletedProcess, subprocess.CompletedProcess]:
    """The same command line given to qemuspec and to qemu-img, in ``folder``."""
    return _run(QEMUSPEC, *args, folder=folder), _run("qemu-img", *args, folder=folder)


def assert_same_output(folder: Path, *args: str | bytes | Path, as_json: bool = False) -> bytes:
    ours, theirs = both(folder, *args)
    assert theirs.returncode == 0, theirs.stderr
    assert ours.returncode == 0, ours.stderr
    if as_json:
        assert json.loads(ours.stdout) == json.loads(theirs.stdout)
    else:
        assert ours.stdout == theirs.stdout
    return ours.stdout


@pytest.fixture
def named(tmp_path) -> Path:
    """An image whose snapshot table holds :data:`ENTRIES` (qemu-img made the snapshots)."""
    image = tmp_path / "names.qcow2"
    qemu_img("create", "-q", "-f", "qcow2", image, "4M")
    for i in range(len(ENTRIES)):  # each snapshot sees its own data
        subprocess.run(["qemu-io", "-c", f"write -P {0x10 + i} 0 64k", image], check=True, capture_output=True)
        qemu_img("snapshot", "-c", f"s{i}", image)
    _rewrite_snapshot_table(image, ENTRIES)
    assert "No errors were found" in qemu_img("check", image)
    return image


def test_snapshot_names_that_are_not_utf8_show_as_qemu_img_shows_them(named):
    folder = named.parent
    listing = assert_same_output(folder, "snapshot", "-l", named.name)
    assert b"caf\xe9 " in listing and b"\xff\xfe\x80tail" in listing  # the bytes, as they are
    assert_same_output(folder, "info", named.name)
    info = assert_same_output(folder, "info", "--output=json", named.name, as_json=True)
    names = [sn["name"] for sn in json.loads(info)["snapshots"]]
    assert names[0] == "caf\ufffd" and names[1] == "\ufffd\ufffd\ufffdtail" and names[8] == "cut"
    assert_same_output(folder, "check", "--output=json", named.name, as_json=True)


def test_snapshot_with_a_name_that_is_not_utf8_is_found_by_its_bytes(named):
    """Looking a snapshot up takes its whole ID or name (the listings' cut to 255 bytes finds nothing)."""
    folder = named.parent
    for key, found in ((b"caf\xe9", True), (b"7\xff", True), (b"n" * 300, True), (b"8" * 130, True),
                       (b"n" * 255, False), (b"cut\xff", False)):
        ours, theirs = _run(QEMUSPEC, "convert", "-l", key, "-O", "raw", named.name, "ours.raw", folder=folder), \
            _run("qemu-img", "convert", "-l", key, "-O", "raw", named.name, "theirs.raw", folder=folder)
        assert (ours.returncode, theirs.returncode) == ((0, 0) if found else (1, 1)), (key, ours.stderr, theirs.stderr)
        if found:
            data = (folder / "ours.raw").read_bytes()
            assert data == (folder / "theirs.raw").read_bytes()
            assert data[0] == 0x10 + next(i for i, (ident, name) in enumerate(C_ENTRIES) if key in (ident, name))
    with open_image(named) as image:
        listed = list_snapshots(image)
    assert [(to_bytes(sn.id), to_bytes(sn.name)) for sn in listed] == C_ENTRIES


def _stored_names(path: Path) -> list[tuple[bytes, bytes]]:
    """The (ID, name) bytes of every entry of the snapshot table, as stored."""
    data = path.read_bytes()
    count, pos = struct.unpack_from(">IQ", data, 60)
    out = []
    for _ in range(count):
        len_id, len_name = struct.unpack_from(">HH", data, pos + 12)
        start = pos + 40 + struct.unpack_from(">I", data, pos + 36)[0]
        out.append((data[start:start + len_id], data[start + len_id:start + len_id + len_name]))
        pos = (start + len_id + len_name + 7) // 8 * 8
    return out


@pytest.mark.parametrize("name", [b"new\xff", "é".encode(), b"x" * 300])
def test_snapshot_create_keeps_the_other_names_and_stores_the_new_one_as_qemu_img(named, tmp_path, name):
    """qemu-img snapshot -c writes a name's bytes, UTF-8 or not, cut to 255 bytes, and picks the next ID
    from the stored ones as strtoul reads them; the table is rewritten with the other entries' bytes."""
    theirs = tmp_path / "theirs.qcow2"
    theirs.write_bytes(named.read_bytes())
    for program, image in ((QEMUSPEC, named), ("qemu-img", theirs)):
        result = _run(program, "snapshot", "-c", name, image.name, folder=image.parent)
        assert result.returncode == 0, result.stderr
    assert _stored_names(named) == _stored_names(theirs) == [*C_ENTRIES, (b"0", name[:255])]
    assert_same_output(named.parent, "snapshot", "-l", named.name)
    assert "No errors were found" in qemu_img("check", named)


@pytest.mark.parametrize("key", [b"\xff\xfe\x80tail", "é naïve".encode(), b"cut"])  # qemu-img -d takes names
def test_snapshot_delete_by_a_name_that_is_not_utf8_keeps_the_other_names(named, tmp_path, key):
    theirs = tmp_path / "theirs.qcow2"
    theirs.write_bytes(named.read_bytes())
    for program, image in ((QEMUSPEC, named), ("qemu-img", theirs)):
        result = _run(program, "snapshot", "-d", key, image.name, folder=image.parent)
        assert result.returncode == 0, result.stderr
    assert _stored_names(named) == _stored_names(theirs) == [e for e in C_ENTRIES if e[1] != key]
    assert "No errors were found" in qemu_img("check", named)


def test_backing_file_and_format_that_are_not_utf8_show_and_open_as_qemu_img_does(tmp_path):
    base = tmp_path / "b\xe9se.raw".encode("latin-1").decode("utf-8", "surrogateescape")
    base.write_bytes(b"\x42" * 65536)
    qemu_img("create", "-q", "-f", "qcow2", "-b", base.name, "-F", "raw", tmp_path / "top.qcow2", "1M")
    assert_same_output(tmp_path, "info", "top.qcow2")
    assert_same_output(tmp_path, "info", "--output=json", "top.qcow2", as_json=True)
    assert_same_output(tmp_path, "info", "--output=json", "--backing-chain", "top.qcow2", as_json=True)
    for program, out in ((QEMUSPEC, "ours.raw"), ("qemu-img", "theirs.raw")):  # the backing file opens
        result = _run(program, "convert", "-O", "raw", "top.qcow2", out, folder=tmp_path)
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "ours.raw").read_bytes() == (tmp_path / "theirs.raw").read_bytes()
    assert (tmp_path / "ours.raw").read_bytes()[:65536] == base.read_bytes()
    # our own create writes the same name's bytes
    made = _run(QEMUSPEC, "create", "-q", "-f", "qcow2", "-b", to_bytes(base.name), "-F", "raw", "ours.qcow2", "1M",
                folder=tmp_path)
    assert made.returncode == 0, made.stderr
    assert json.loads(qemu_img("info", "--output=json", tmp_path / "ours.qcow2"))["backing-filename"] == \
        json_text(base.name) == "b\ufffdse.raw"
    # a backing format that is not UTF-8 (no driver has such a name): shown, as qemu-img info shows it
    data = bytearray((tmp_path / "top.qcow2").read_bytes())
    at = data.index(b"raw", 112)
    data[at:at + 3] = b"r\xffw"
    (tmp_path / "top.qcow2").write_bytes(bytes(data))
    assert_same_output(tmp_path, "info", "top.qcow2")
    assert_same_output(tmp_path, "info", "--output=json", "top.qcow2", as_json=True)


def test_bitmap_name_that_is_not_utf8_shows_as_qemu_img_shows_it(tmp_path):
    image = tmp_path / "bitmaps.qcow2"
    qemu_img("create", "-q", "-f", "qcow2", image, "1M")
    subprocess.run(["qemu-img", "bitmap", "--add", image.name, b"bm\xff\xc3"], cwd=tmp_path, check=True)
    assert_same_output(tmp_path, "info", "--output=json", image.name, as_json=True)
    assert_same_output(tmp_path, "info", image.name)
    assert_same_output(tmp_path, "check", "--output=json", image.name, as_json=True)


@pytest.mark.parametrize("raw, shown", [
    (b"plain", "plain"), ("é€😀".encode(), "é€😀"), (b"caf\xe9", "caf\ufffd"), (b"\xe9t\xe9", "\ufffdt\ufffd"),
    (b"\xed\xa0\x80", "\ufffd"), (b"\xc0\x80", "\0"), (b"\xc1\xbf", "\ufffd"), (b"\xf0\x9f\x98", "\ufffd"),
    (b"\xef\xbf\xbf", "\ufffd"), (b"\xef\xb7\x90", "\ufffd"), (b"\xf8\x88\x80\x80\x80", "\ufffd"),
])
def test_json_text_replaces_what_qemu_replaces(raw, shown):
    text = from_c(raw)
    assert to_bytes(text) == raw
    assert json_text(text) == shown
