"""Encrypted qcow2 images (LUKS and the legacy AES method) against qemu-img on the same images.

Every image is made at test time by qemu-img and written by qemu-io with the
key; qemuspec then shows, maps, checks and converts it, and each answer is
compared with what qemu-img answers on the same image. Without the key
qemuspec (like qemu-img) shows the image's facts and refuses its data.
Images qemuspec creates and writes (LUKS) are read by qemu-img and checked
against qemu-img's own layout.
"""

from __future__ import annotations

import base64
import json
import lzma
import random
import subprocess
from pathlib import Path

import pytest

from qemuspec.block import open_image
from qemuspec.block.qcow2 import Qcow2Image
from qemuspec.errors import FormatError, QemuSpecError, UsageError

from conftest import QEMUSPEC, run
from qcow2_images import qemu_img

PASSPHRASE = "correct horse"
QEMU_MADE = Path(__file__).parent / "qemu_made"  # empty images qemu-img 7.2 made with KINDS' options
SECRET = f"secret,id=s0,data={PASSPHRASE}"
WRITES = ["write -P 0x5a 4k 8k", "write -P 0x33 512k 64k", "write -P 0x44 1000k 3k", "write -P 0x71 70k 1"]

# name -> (encrypt.* options, size, a backing file?)
KINDS = {
    "luks": ("encrypt.format=luks", "1M", False),
    "luks-cbc-essiv": ("encrypt.format=luks,encrypt.cipher-alg=aes-128,encrypt.cipher-mode=cbc,"
                       "encrypt.ivgen-alg=essiv,encrypt.ivgen-hash-alg=sha256,encrypt.hash-alg=sha1", "1M", True),
    "aes": ("encrypt.format=aes", "1M", False),
}


def image_opts(path: Path, secret_id: str | None = "s0") -> str:
    opts = f"driver=qcow2,file.filename={path}"
    return opts + (f",encrypt.key-secret={secret_id}" if secret_id else "")


def keyed(path: Path, secret: str = SECRET) -> list[str]:
    """qemu-img's spelling of an image and its key."""
    return ["--object", secret, "--image-opts", image_opts(path)]


def qemu_made_empty(folder: Path, kind: str, name: str | None = None) -> Path:
    """An empty image of ``kind`` as qemu-img create makes it (see below when it cannot)."""
    options, size, with_backing = KINDS[kind]
    path = folder / (name or f"{kind}.qcow2")
    extra = []
    if with_backing:
        base = folder / "base.raw"
        base.write_bytes(bytes([0xBB]) * (1 << 20))
        extra = ["-b", base.name, "-F", "raw"]
    # qemu-img times PBKDF2 with the thread's CPU clock and here often reads no time at all
    # ("Unable to get accurate CPU usage"), whatever the iter-time (with sha1, 24 tries on an idle
    # machine once). It is tried a few times; then the empty image qemu-img made with the same
    # options and passphrase is taken from tests/qemu_made/ (the data is still written by qemu-io).
    for _ in range(6):
        try:
            iters = ",encrypt.iter-time=500" if "luks" in options else ""
            qemu_img("create", "-q", "-f", "qcow2", "--object", SECRET,
                     "-o", f"{options},encrypt.key-secret=s0{iters}", *extra, path, size)
            return path
        except RuntimeError as exc:
            if "Unable to get accurate CPU usage" not in str(exc):
                raise
            path.unlink(missing_ok=True)
    path.write_bytes(lzma.decompress((QEMU_MADE / f"{kind}.qcow2.xz").read_bytes()))
    return path


def make_encrypted(folder: Path, kind: str) -> Path:
    path = qemu_made_empty(folder, kind)
    args = ["qemu-io", "--object", SECRET, "--image-opts", image_opts(path)]
    for command in WRITES:
        args += ["-c", command]
    result = subprocess.run(args, capture_output=True, text=True, cwd=folder)
    assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout + result.stderr
    return path


@pytest.fixture(scope="module", params=sorted(KINDS))
def encrypted(request, tmp_path_factory):
    return make_encrypted(tmp_path_factory.mktemp(request.param), request.param)


@pytest.fixture(scope="module")
def luks(tmp_path_factory):
    return make_encrypted(tmp_path_factory.mktemp("luks-only"), "luks")


def qemuspec(*args, cwd=None) -> subprocess.CompletedProcess:
    return run([QEMUSPEC, *map(str, args)]) if cwd is None else \
        subprocess.run([QEMUSPEC, *map(str, args)], capture_output=True, cwd=cwd)


def both(folder: Path, *args) -> tuple[subprocess.CompletedProcess, subprocess.CompletedProcess]:
    """The same command line given to qemuspec and to qemu-img, in the image's folder."""
    ours = subprocess.run([QEMUSPEC, *map(str, args)], capture_output=True, text=True, cwd=folder)
    theirs = subprocess.run(["qemu-img", *map(str, args)], capture_output=True, text=True, cwd=folder)
    return ours, theirs


# -- without the key ---------------------------------------------------------------------


@pytest.mark.parametrize("output", ["json", "human"])
def test_info_without_key_equals_qemu_img(encrypted, output):
    ours, theirs = both(encrypted.parent, "info", f"--output={output}", encrypted.name)
    assert theirs.returncode == 0, theirs.stderr
    assert ours.returncode == 0, ours.stderr
    assert ours.stdout == theirs.stdout
    if output == "json":
        info = json.loads(ours.stdout)
        assert info["encrypted"] is True
        assert info["format-specific"]["data"]["encrypt"]["format"] == ("aes" if encrypted.stem == "aes" else "luks")


def test_luks_info_fields(luks):
    info = json.loads(qemuspec("info", "--output=json", luks).stdout)
    encrypt = info["format-specific"]["data"]["encrypt"]
    assert (encrypt["cipher-alg"], encrypt["cipher-mode"], encrypt["ivgen-alg"], encrypt["hash-alg"]) == \
        ("aes-256", "xts", "plain64", "sha256")
    assert [s["active"] for s in encrypt["slots"]] == [True] + [False] * 7
    assert set(encrypt["slots"][0]) == {"active", "iters", "key-offset", "stripes"}
    assert set(encrypt["slots"][1]) == {"active", "key-offset"}


@pytest.mark.parametrize("command", [["map", "--output=json"], ["check"], ["convert", "-O", "raw"]])
def test_data_without_key_is_refused_like_qemu_img(encrypted, command):
    target = ["out.raw"] if command[0] == "convert" else []
    ours, theirs = both(encrypted.parent, *command, encrypted.name, *target)
    assert theirs.returncode == 1 and "key-secret" in theirs.stderr
    assert ours.returncode == 1
    assert "--object secret,id=ID" in ours.stderr and "encrypt.key-secret" in ours.stderr
    assert "Traceback" not in ours.stderr


def test_python_read_without_key_raises(luks):
    from qemuspec.block.qcow2.image import EncryptedImageError

    with open_image(luks) as image:
        assert image.encryption.format == "luks" and not image.encryption.unlocked
        with pytest.raises(EncryptedImageError, match="give the key"):
            image.read(0, 512)
        assert image.read(200 * 1024, 512) == bytes(512)  # an unallocated cluster needs no key


# -- with the key ------------------------------------------------------------------------------


def test_convert_with_key_equals_qemu_img(encrypted, tmp_path):
    ours, theirs = tmp_path / "ours.raw", tmp_path / "theirs.raw"
    qemu_img("convert", *keyed(encrypted), "-O", "raw", theirs)
    result = qemuspec("convert", *keyed(encrypted), "-O", "raw", ours)
    assert result.returncode == 0, result.stderr
    assert ours.read_bytes() == theirs.read_bytes()
    data = ours.read_bytes()
    assert data[4096:4096 + 8192] == b"\x5a" * 8192 and data[70 * 1024] == 0x71


def test_convert_to_qcow2_with_key_gives_the_same_guest_data(luks, tmp_path):
    copy, theirs = tmp_path / "copy.qcow2", tmp_path / "theirs.raw"
    result = qemuspec("convert", *keyed(luks), "-O", "qcow2", copy)
    assert result.returncode == 0, result.stderr
    qemu_img("convert", *keyed(luks), "-O", "raw", theirs)
    info = json.loads(qemu_img("info", "--output=json", copy))
    assert "encrypted" not in info  # as qemu-img convert writes it: the copy is plain
    assert qemu_img("compare", "-f", "qcow2", "-F", "raw", copy, theirs).startswith("Images are identical")


@pytest.mark.parametrize("command", [["map", "--output=json"], ["check", "--output=json"], ["check"],
                                     ["info", "--output=json"], ["info"]])
def test_commands_with_key_equal_qemu_img(encrypted, command):
    ours, theirs = both(encrypted.parent, *command, *keyed(encrypted))
    assert theirs.returncode == 0, theirs.stderr
    assert ours.returncode == 0, ours.stderr
    assert ours.stdout == theirs.stdout


def test_human_map_of_encrypted_data_fails_like_qemu_img(luks):
    ours, theirs = both(luks.parent, "map", *keyed(luks))
    assert ours.returncode == theirs.returncode == 1
    assert ours.stdout == theirs.stdout
    assert "File contains external, encrypted or compressed clusters." in ours.stderr


def test_wrong_passphrase_is_refused_like_qemu_img(encrypted, tmp_path):
    wrong = "secret,id=s0,data=wrong"
    ours, theirs = both(tmp_path, "convert", *keyed(encrypted, wrong), "-O", "raw", "out.raw")
    if encrypted.stem == "aes":  # the legacy method has no key check: both read garbage
        assert ours.returncode == theirs.returncode == 0
        assert (tmp_path / "out.raw").exists()
        return
    assert theirs.returncode == 1 and "Invalid password, cannot unlock any keyslot" in theirs.stderr
    assert ours.returncode == 1 and "Invalid password, cannot unlock any keyslot" in ours.stderr


def test_secret_from_a_file_and_base64(luks, tmp_path):
    secret_file = tmp_path / "pass"
    secret_file.write_text(PASSPHRASE)
    expected = tmp_path / "theirs.raw"
    qemu_img("convert", *keyed(luks), "-O", "raw", expected)
    encoded = base64.b64encode(PASSPHRASE.encode()).decode()
    for secret in (f"secret,id=s0,file={secret_file}", f"secret,id=s0,data={encoded},format=base64"):
        out = tmp_path / "ours.raw"
        result = qemuspec("convert", *keyed(luks, secret), "-O", "raw", out)
        assert result.returncode == 0, result.stderr
        assert out.read_bytes() == expected.read_bytes()


def test_python_reads_with_key_equal_qemu_img(encrypted, tmp_path):
    expected = tmp_path / "theirs.raw"
    qemu_img("convert", *keyed(encrypted), "-O", "raw", expected)
    data = expected.read_bytes()
    with open_image(encrypted, key_secret=PASSPHRASE.encode()) as image:
        assert image.read(0, image.size) == data
        rng = random.Random(15)
        for _ in range(50):  # reads that start and end inside sectors
            start = rng.randrange(image.size - 1)
            length = rng.randrange(1, min(9000, image.size - start) + 1)
            assert image.read(start, length) == data[start:start + length], (start, length)


def test_unknown_secret_id_and_options_are_refused(luks):
    result = qemuspec("map", "--object", SECRET, "--image-opts", image_opts(luks, "nope"))
    assert result.returncode == 1 and b"No secret with id 'nope' found" in result.stderr
    result = qemuspec("map", "--image-opts", image_opts(luks) + ",cache.direct=on")
    assert result.returncode == 1 and b"unsupported option 'cache.direct'" in result.stderr


def test_key_on_an_image_that_is_not_encrypted_is_ignored_like_qemu_img(tmp_path):
    plain = tmp_path / "plain.qcow2"
    qemu_img("create", "-q", "-f", "qcow2", plain, "1M")
    ours, theirs = both(tmp_path, "map", "--output=json", *keyed(plain))
    assert ours.returncode == theirs.returncode == 0
    assert ours.stdout == theirs.stdout


# -- writing ------------------------------------------------------------------------------------

LUKS_KINDS = sorted(kind for kind in KINDS if kind.startswith("luks"))


def create_ours(folder: Path, kind: str, name: str = "ours.qcow2", iter_time: int = 10) -> Path:
    options, size, with_backing = KINDS[kind]
    extra = ["-b", "base.raw", "-F", "raw"] if with_backing else []
    if with_backing and not (folder / "base.raw").exists():
        (folder / "base.raw").write_bytes(bytes([0xBB]) * (1 << 20))
    result = qemuspec("create", "-q", "-f", "qcow2", "--object", SECRET,
                      "-o", f"{options},encrypt.key-secret=s0,encrypt.iter-time={iter_time}", *extra, name, size,
                      cwd=folder)
    assert result.returncode == 0, result.stderr
    return folder / name


def _luks_region(path: Path) -> tuple[int, int]:
    with Qcow2Image(path) as image:
        return image.extensions.encryption.offset, image.extensions.encryption.len_header


@pytest.mark.parametrize("kind", LUKS_KINDS)
def test_created_luks_image_is_laid_out_as_qemu_img_lays_it_out(kind, tmp_path):
    from qemuspec.formats.luks import Luks
    from qemuspec.specs import parse

    theirs = qemu_made_empty(tmp_path, kind, "theirs.qcow2")
    ours = create_ours(tmp_path, kind)
    assert _luks_region(ours) == _luks_region(theirs)
    start, length = _luks_region(ours)
    a, b = ours.read_bytes(), theirs.read_bytes()
    assert len(a) == len(b)
    assert a[:start] == b[:start] and a[start + length:] == b[start + length:]  # every qcow2 byte
    mine, qemus = (parse(Luks, data[start:start + length], fetch_instances=False) for data in (a, b))
    same = ("cipher_name", "cipher_mode", "hash_spec", "ofs_payload", "len_key")
    assert [getattr(mine, f) for f in same] == [getattr(qemus, f) for f in same]
    slots = [[(s.active, s.ofs_key_material, s.stripes) for s in h.key_slots] for h in (mine, qemus)]
    assert slots[0] == slots[1]
    assert mine.key_slots[1:] and all(s.iterations == 0 and s.salt == bytes(32) for s in mine.key_slots[1:])
    assert mine.master_key_iterations >= 1000 and mine.key_slots[0].iterations >= 1000
    material_end = mine.key_slots[0].ofs_key_material * 512 + mine.len_key * 4000
    assert a[start + 592:start + 4096] == bytes(4096 - 592) and a[start + material_end:start + length] == \
        bytes(length - material_end)
    ours_info, theirs_info = (json.loads(qemu_img("info", "--output=json", p)) for p in (ours, theirs))
    for info in (ours_info, theirs_info):
        info.pop("filename"), info.pop("actual-size")
        encrypt = info["format-specific"]["data"]["encrypt"]
        encrypt.pop("uuid"), encrypt.pop("master-key-iters"), encrypt["slots"][0].pop("iters")
    assert ours_info == theirs_info


@pytest.mark.parametrize("kind", LUKS_KINDS)
def test_qemu_reads_what_our_writer_encrypts(kind, tmp_path):
    """Writes that start and end inside sectors, over unallocated clusters (and a backing file), into
    our own clusters and over zeros; qemu-img compares the guest data with a raw mirror and checks."""
    from qemuspec.block.qcow2.writer import Qcow2Writer

    ours = create_ours(tmp_path, kind)
    _, size, with_backing = KINDS[kind]
    mirror = bytearray(b"\xbb" * (1 << 20) if with_backing else bytes(1 << 20))
    rng = random.Random(kind)
    with Qcow2Writer(ours, key_secret=PASSPHRASE.encode()) as writer:
        for _ in range(40):
            start = rng.randrange(len(mirror) - 1)
            data = rng.randbytes(rng.randrange(1, min(70000, len(mirror) - start) + 1))
            writer.write(start, data)
            mirror[start:start + len(data)] = data
        writer.write_zeroes(128 * 1024, 64 * 1024)
        mirror[128 * 1024:192 * 1024] = bytes(64 * 1024)
    (tmp_path / "mirror.raw").write_bytes(mirror)
    result = subprocess.run(["qemu-img", "compare", "--object", SECRET, "--image-opts", image_opts(ours),
                             "driver=raw,file.filename=mirror.raw"], capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0 and "Images are identical" in result.stdout, result.stdout + result.stderr
    assert subprocess.run(["qemu-img", "check", "--object", SECRET, "--image-opts", image_opts(ours)],
                          capture_output=True, cwd=tmp_path).returncode == 0
    with open_image(ours, key_secret=PASSPHRASE.encode()) as image:
        assert image.read(0, image.size) == mirror


def test_we_read_what_qemu_io_writes_into_our_image(tmp_path):
    ours = create_ours(tmp_path, "luks")
    args = ["qemu-io", "--object", SECRET, "--image-opts", image_opts(ours)]
    for command in WRITES:
        args += ["-c", command]
    assert subprocess.run(args, capture_output=True, cwd=tmp_path).returncode == 0
    theirs = tmp_path / "theirs.raw"
    qemu_img("convert", *keyed(ours), "-O", "raw", theirs)
    mine = tmp_path / "mine.raw"
    assert qemuspec("convert", *keyed(ours), "-O", "raw", mine).returncode == 0
    assert mine.read_bytes() == theirs.read_bytes() and mine.read_bytes()[70 * 1024] == 0x71


def test_our_writer_writes_into_a_qemu_made_image(tmp_path):
    from qemuspec.block.qcow2.writer import Qcow2Writer

    image = make_encrypted(tmp_path, "luks")  # qemu-io's data in it already
    before = tmp_path / "before.raw"
    qemu_img("convert", *keyed(image), "-O", "raw", before)
    mirror = bytearray(before.read_bytes())
    with Qcow2Writer(image, key_secret=PASSPHRASE.encode()) as writer:
        for start, data in ((4096 + 100, b"\x01" * 300), (512 * 1024 - 7, b"\x02" * 70000), (999_999, b"\x03")):
            writer.write(start, data)
            mirror[start:start + len(data)] = data
    after = tmp_path / "after.raw"
    qemu_img("convert", *keyed(image), "-O", "raw", after)
    assert after.read_bytes() == mirror
    assert subprocess.run(["qemu-img", "check", *keyed(image)], capture_output=True).returncode == 0


def test_convert_to_an_encrypted_image_is_read_by_qemu_img(luks, tmp_path):
    """Encrypted source and target, each with its own secret, as qemu-img convert takes them."""
    target = tmp_path / "copy.qcow2"
    result = qemuspec("convert", "--object", SECRET, "--object", "secret,id=t0,data=other words",
                      "--image-opts", image_opts(luks), "-O", "qcow2",
                      "-o", "encrypt.format=luks,encrypt.key-secret=t0,encrypt.iter-time=10", target)
    assert result.returncode == 0, result.stderr
    expected = tmp_path / "expected.raw"
    qemu_img("convert", *keyed(luks), "-O", "raw", expected)
    copy = tmp_path / "copy.raw"
    qemu_img("convert", *keyed(target, "secret,id=s0,data=other words"), "-O", "raw", copy)
    assert copy.read_bytes() == expected.read_bytes()
    assert json.loads(qemu_img("info", "--output=json", target))["encrypted"] is True


@pytest.mark.parametrize("options, message", [
    ("encrypt.format=luks", "Parameter 'encrypt.key-secret' is required for cipher"),
    ("encrypt.key-secret=s0", "Parameter 'encrypt.format' is missing"),
    ("encrypt.format=luks,encrypt.key-secret=nope", "No secret with id 'nope' found"),
    ("encrypt.format=aes,encrypt.key-secret=s0", "legacy AES"),
    ("encryption=on", "legacy AES"),
    ("encrypt.format=luks,encrypt.key-secret=s0,compat=0.10", "compat=1.1"),
    ("encrypt.format=luks,encrypt.key-secret=s0,encrypt.cipher-alg=twofish-128", "aes-128, aes-192 or aes-256"),
    ("encrypt.format=luks,encrypt.key-secret=s0,encrypt.cipher-mode=ctr", "xts, cbc or ecb"),
    ("encrypt.format=luks,encrypt.key-secret=s0,encrypt.iter-time=fast", "milliseconds"),
    ("encrypt.format=luks,encrypt.key-secret=s0,encrypt.slots=3", "unknown option encrypt.slots"),
])
def test_encryption_options_qemuspec_cannot_honour_are_refused(options, message, tmp_path):
    result = qemuspec("create", "-f", "qcow2", "--object", SECRET, "-o", options, tmp_path / "new.qcow2", "1M")
    assert result.returncode == 1 and message in result.stderr.decode(), result.stderr
    assert b"Traceback" not in result.stderr and not (tmp_path / "new.qcow2").exists()


def test_compression_with_encryption_is_refused_like_qemu_img(luks, tmp_path):
    raw = tmp_path / "in.raw"
    raw.write_bytes(b"a" * 65536)
    ours, theirs = both(tmp_path, "convert", "-c", "--object", SECRET, "-O", "qcow2",
                        "-o", "encrypt.format=luks,encrypt.key-secret=s0,encrypt.iter-time=10", "in.raw", "out.qcow2")
    assert ours.returncode == theirs.returncode == 1
    assert "Compression and encryption not supported at the same time" in theirs.stderr
    assert "Compression and encryption not supported at the same time" in ours.stderr


def test_writing_needs_the_key_and_legacy_aes_is_never_written(encrypted, tmp_path):
    from qemuspec.block.qcow2.writer import Qcow2Writer

    before = encrypted.read_bytes()
    for args in (["resize", encrypted, "2M"], ["snapshot", "-c", "s1", encrypted], ["bitmap", "--add", encrypted, "b0"]):
        result = qemuspec(*args)
        assert result.returncode == 1, args
        assert b"Traceback" not in result.stderr
        assert (b"legacy AES" if encrypted.stem == "aes" else b"give the key") in result.stderr, result.stderr
    with pytest.raises(QemuSpecError, match="legacy AES" if encrypted.stem == "aes" else "give the key"):
        Qcow2Writer(encrypted)
    if encrypted.stem == "aes":
        with pytest.raises(QemuSpecError, match="legacy AES"):
            Qcow2Writer(encrypted, key_secret=PASSPHRASE.encode())
    assert encrypted.read_bytes() == before


def test_snapshot_resize_and_bitmap_take_the_key_as_qemu_img_does(tmp_path):
    ours = create_ours(tmp_path, "luks")
    key = ["--object", SECRET, "--image-opts", image_opts(ours)]
    for args in (["snapshot", *key[:2], "-c", "s1", *key[2:]], ["resize", *key, "+1M"],
                 ["bitmap", *key[:2], "--add", *key[2:], "b0"]):
        result = qemuspec(*args, cwd=tmp_path)
        assert result.returncode == 0, (args, result.stderr)
    assert subprocess.run(["qemu-img", "check", *keyed(ours)], capture_output=True).returncode == 0
    info = json.loads(qemu_img("info", "--output=json", *keyed(ours)))
    assert info["virtual-size"] == 2 << 20 and [b["name"] for b in info["format-specific"]["data"]["bitmaps"]] == ["b0"]
    assert " s1 " in qemu_img("snapshot", "-l", *keyed(ours))


def test_rebase_and_commit_of_an_encrypted_top_take_its_key(tmp_path):
    """luks-cbc-essiv has a raw backing file: a safe rebase onto another raw file, then a commit into it;
    qemu-img reads the same guest data before and after each."""
    ours = create_ours(tmp_path, "luks-cbc-essiv")  # over base.raw, 0xbb everywhere
    args = ["qemu-io", "--object", SECRET, "--image-opts", image_opts(ours), "-c", "write -P 0x5a 64k 100k"]
    assert subprocess.run(args, capture_output=True, cwd=tmp_path).returncode == 0
    before = tmp_path / "before.raw"
    qemu_img("convert", *keyed(ours), "-O", "raw", before)
    (tmp_path / "other.raw").write_bytes(bytes(1 << 20))
    key = ["--object", SECRET, "--image-opts"]
    result = qemuspec("rebase", *key, "-b", "other.raw", "-F", "raw", image_opts(ours), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    after = tmp_path / "after.raw"
    qemu_img("convert", *keyed(ours), "-O", "raw", after)
    assert after.read_bytes() == before.read_bytes()
    assert json.loads(qemu_img("info", "--output=json", ours))["backing-filename"] == "other.raw"
    result = qemuspec("commit", *key, image_opts(ours), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "other.raw").read_bytes() == before.read_bytes()
    assert subprocess.run(["qemu-img", "check", *keyed(ours)], capture_output=True).returncode == 0
    result = qemuspec("commit", ours.name, cwd=tmp_path)  # without the key: refused, as qemu-img does
    assert result.returncode == 1 and b"give the key" in result.stderr


def test_bulk_sector_cipher_agrees_with_the_library_sector_by_sector():
    """The numpy XTS tweaks and CBC chaining against cryptography's own XTS and CBC, one sector at a time."""
    from qemuspec.block.qcow2.crypto import _SectorCipher

    rng = random.Random(16)
    for mode, ivgen, ivhash, key_bytes, tail in [("xts", "plain64", None, 64, 0), ("xts", "plain", None, 32, 0),
                                                 ("cbc", "essiv", "sha256", 32, 256), ("cbc", "plain64", None, 16, 0),
                                                 ("cbc", "plain", None, 24, 256)]:
        cipher = _SectorCipher("aes", mode, ivgen, ivhash, rng.randbytes(key_bytes))
        data = rng.randbytes(512 * 37 + tail)
        first = (1 << 32) - 5  # plain wraps at 2^32 sectors, plain64 does not
        bulk, one = bytearray(data), bytearray(data)
        cipher.encrypt(first, memoryview(bulk))
        cipher._one_by_one(first, memoryview(one), True)
        assert bulk == one != data, mode
        cipher.decrypt(first, memoryview(one))
        assert one == data


def test_af_split_is_undone_by_af_merge():
    from qemuspec.block.qcow2.crypto import af_merge, af_split

    key = bytes(range(64))
    for hash_name in ("sha256", "sha1"):
        split = af_split(key, 4000, hash_name)
        assert len(split) == 64 * 4000 and af_merge(split, 64, 4000, hash_name) == key


# -- bad LUKS headers ------------------------------------------------------------------------


def _luks_offset(path: Path) -> int:
    with open_image(path) as image:
        return image.encryption.file_offset


def _corrupt(src: Path, dst: Path, at: int, data: bytes) -> Path:
    raw = bytearray(src.read_bytes())
    raw[at:at + len(data)] = data
    dst.write_bytes(raw)
    return dst


@pytest.mark.parametrize("field,at,data", [
    ("magic", 0, b"LUKX"),
    ("version", 6, b"\x00\x02"),
    ("cipher_name", 8, b"rot13\x00"),
    ("cipher_mode", 40, b"xts\x00"),
    ("hash_spec", 72, b"crc32\x00"),
    ("len_key", 108, b"\x00\x00\x00\x07"),
    ("active", 208 + 48 * 3, b"\x12\x34\x56\x78"),
    ("stripes", 208 + 44, b"\x00\x00\x00\x02"),
    ("ofs_key_material", 208 + 48 + 40, b"\x00\x00\x00\x00"),
    ("ofs_key_material", 208 + 48 * 2 + 40, b"\x00\x00\x00\x08"),
    ("ofs_key_material", 208 + 40, b"\x00\x00\x7f\x00"),
])
def test_bad_luks_header_names_field_and_offset(luks, tmp_path, field, at, data):
    base = _luks_offset(luks)
    bad = _corrupt(luks, tmp_path / "bad.qcow2", base + at, data)
    with pytest.raises(FormatError) as caught:
        Qcow2Image(bad).close()
    assert caught.value.field == field
    assert base <= caught.value.offset <= base + 592
    result = qemuspec("info", bad)
    assert result.returncode == 1 and field.encode() in result.stderr and b"Traceback" not in result.stderr
    theirs = subprocess.run(["qemu-img", "info", str(bad)], capture_output=True)
    assert theirs.returncode == 1  # qemu-img refuses the same headers


def test_truncated_and_fuzzed_luks_headers_raise_qemuspec_errors(luks, tmp_path):
    base = _luks_offset(luks)
    raw = luks.read_bytes()
    for end in (base + 100, base + 591, base + 4096):  # the encryption header cut short
        (tmp_path / "cut.qcow2").write_bytes(raw[:end])
        with pytest.raises(FormatError, match="len_header|luks"):
            Qcow2Image(tmp_path / "cut.qcow2").close()
    rng = random.Random(2026)
    for _ in range(200):
        mutated = bytearray(raw)
        for _ in range(rng.randrange(1, 6)):
            mutated[base + rng.randrange(592)] = rng.randrange(256)
        path = tmp_path / "fuzz.qcow2"
        path.write_bytes(mutated)
        try:
            with Qcow2Image(path) as image:
                image.encryption.info()
        except QemuSpecError:
            pass


def test_bad_key_material_offset_is_a_format_error_when_unlocking(luks, tmp_path):
    # slot 0's material moved to the very end of the header area: inside the checks, outside the area
    base = _luks_offset(luks)
    with open_image(luks) as image:
        payload = image.encryption.header.ofs_payload
    bad = _corrupt(luks, tmp_path / "far.qcow2", base + 208 + 40, (payload - 500).to_bytes(4, "big"))
    try:
        with pytest.raises((FormatError, UsageError)):
            open_image(bad, key_secret=PASSPHRASE.encode()).close()
    finally:
        bad.unlink()


@pytest.mark.parametrize("fixture", ["luks", "aes"])
def test_snapshot_list_of_an_encrypted_image_is_qemu_img_s(tmp_path, fixture):
    """qemu-img 7.2 opens the image with its key even to list snapshots: without the key it
    refuses (exit 1), with it the list is the same as ours. (qemu_made images: qemu-img's
    LUKS create cannot always time PBKDF2 here; snapshot -c with the key needs no timing.)"""
    import lzma

    image = tmp_path / f"{fixture}.qcow2"
    image.write_bytes(lzma.decompress((QEMU_MADE / f"{fixture}.qcow2.xz").read_bytes()))
    made = subprocess.run(["qemu-img", "snapshot", "-c", "one", *keyed(image)], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    for args in (keyed(image), [str(image)], ["-U", str(image)]):  # (qemu-img snapshot has no --output)
        theirs = subprocess.run(["qemu-img", "snapshot", "-l", *args], capture_output=True, text=True)
        ours = run([QEMUSPEC, "snapshot", "-l", *args], text=True)
        assert ours.returncode == theirs.returncode, ours.stderr
        assert ours.stdout == theirs.stdout
        assert ours.stderr.removeprefix("qemuspec: error: ") == theirs.stderr.removeprefix("qemu-img: ")
    assert theirs.returncode == 1 and "Parameter 'encrypt.key-secret' is required for cipher" in theirs.stderr
