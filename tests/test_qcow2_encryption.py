"""Encrypted qcow2 images (LUKS and the legacy AES method) against qemu-img on the same images.

Every image is made at test time by qemu-img and written by qemu-io with the
key; qemuspec then shows, maps, checks and converts it, and each answer is
compared with what qemu-img answers on the same image. Without the key
qemuspec (like qemu-img) shows the image's facts and refuses its data.
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


def make_encrypted(folder: Path, kind: str) -> Path:
    options, size, with_backing = KINDS[kind]
    path = folder / f"{kind}.qcow2"
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
            break
        except RuntimeError as exc:
            if "Unable to get accurate CPU usage" not in str(exc):
                raise
            path.unlink(missing_ok=True)
    else:
        path.write_bytes(lzma.decompress((QEMU_MADE / f"{kind}.qcow2.xz").read_bytes()))
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


# -- writing is not supported ---------------------------------------------------------------


def test_writing_encrypted_images_is_refused(luks, tmp_path):
    before = luks.read_bytes()
    for args in (["resize", luks, "2M"], ["snapshot", "-c", "s1", luks], ["bitmap", "--add", luks, "b0"]):
        result = qemuspec(*args)
        assert result.returncode == 1, args
        assert b"does not write them" in result.stderr and b"Traceback" not in result.stderr
    assert luks.read_bytes() == before
    for args in (["create", "-f", "qcow2", "-o", "encrypt.format=luks", tmp_path / "new.qcow2", "1M"],
                 ["convert", "-O", "qcow2", "-o", "encrypt.format=luks", luks, tmp_path / "new.qcow2"]):
        result = qemuspec(*args)
        assert result.returncode == 1 and b"does not write encrypted images" in result.stderr
    with pytest.raises(QemuSpecError, match="does not write them"):
        Qcow2Image(luks, _writable=True)


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
