"""convert -n (into an existing image) and convert -B/-F (a new image over a backing file),
each run beside qemu-img 7.2 on the same input: the outputs are the same bytes (``cmp``),
``qemu-img check`` finds ours clean, and refusals have qemu-img's words and exit code.

What qemu-img does, found by these runs: with -n nothing is left out (zeros the source
reports, and zero runs in its data, are written as zeros: the target may hold anything);
the target is opened as -O says (raw by default) and must be at least as large as the
source. With -B only the source's top layer counts: what it does not hold is left to the
backing file, its zeros (and a standalone source's unallocated ranges) become zero clusters
except past the backing file's end, and its data is written even where it equals the backing's.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import QEMUSPEC
from qcow2_images import create, qemu_img, qemu_io

MiB = 1 << 20


def _run(tool: str, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([tool, "convert", *args], cwd=cwd, capture_output=True, text=True)


def _same_words(ours: subprocess.CompletedProcess, theirs: subprocess.CompletedProcess) -> None:
    assert ours.returncode == theirs.returncode == 1, (ours.stderr, theirs.stderr)
    assert ours.stderr == theirs.stderr.replace("qemu-img: ", "qemuspec: error: ")


def _clean(image: Path) -> None:
    result = subprocess.run(["qemu-img", "check", image.name], cwd=image.parent, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def chain(tmp_path) -> Path:
    """base.qcow2 <- ov.qcow2 <- top.qcow2 and a standalone src.qcow2, with data equal to the base's,
    other data, zero writes and data that is all zeros."""
    base = create(tmp_path / "base.qcow2", "4M")
    qemu_io(base, "write -P 0x11 0 256k", "write -P 0x22 1M 128k")
    ov = create(tmp_path / "ov.qcow2", "4M", backing=base)
    qemu_io(ov, "write -P 0x11 0 64k", "write -P 0x33 64k 64k", "write -z 128k 64k", "write -P 0x44 2M 64k")
    top = create(tmp_path / "top.qcow2", "4M", backing=ov)
    qemu_io(top, "write -P 0 3M 64k", "write -P 0x55 3M 4k", "write -P 0 3200k 64k")
    src = create(tmp_path / "src.qcow2", "4M")
    qemu_io(src, "write -P 0x11 0 64k", "write -P 0x33 64k 64k", "write -z 128k 64k", "write -P 0x22 1M 128k",
            "write -P 0x44 2M 64k", "write -P 0 3M 64k")
    return tmp_path


# -- convert -B ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [
    ["-O", "qcow2", "-B", "base.qcow2", "-F", "qcow2", "ov.qcow2"],
    ["-O", "qcow2", "-B", "base.qcow2", "-F", "qcow2", "src.qcow2"],     # a standalone source
    ["-O", "qcow2", "-B", "base.qcow2", "-F", "qcow2", "top.qcow2"],     # only the top layer counts
    ["-O", "qcow2", "-B", "base.qcow2", "-F", "qcow2", "-c", "ov.qcow2"],
    ["-O", "qcow2", "-B", "base.qcow2", "-F", "raw", "src.qcow2"],       # a backing shorter than the disk
    ["-O", "qcow2", "-B", "base.qcow2", "-o", "backing_fmt=qcow2", "ov.qcow2"],
    ["-O", "qcow2", "-o", "backing_file=base.qcow2,backing_fmt=qcow2", "ov.qcow2"],
    ["-O", "qcow2", "-B", "base.qcow2", "-F", "qcow2", "-o", "backing_file=x.qcow2", "ov.qcow2"],  # -B wins
    ["-O", "qcow2", "-B", "base.qcow2", "-F", "qcow2", "-o", "cluster_size=16k,extended_l2=on", "ov.qcow2"],
    ["-O", "qcow2", "-B", "base.qcow2", "-F", "qcow2", "-o", "cluster_size=16k", "top.qcow2"],
    ["-O", "qcow2", "-B", "base.qcow2", "-F", "qcow2", "-S", "0", "top.qcow2"],
])
def test_convert_with_a_backing_file_is_qemu_img_s_bytes(chain, args):
    theirs = _run("qemu-img", chain, *args, "theirs.qcow2")
    ours = _run(QEMUSPEC, chain, *args, "ours.qcow2")
    assert theirs.returncode == ours.returncode == 0, theirs.stderr + ours.stderr
    assert ours.stdout == theirs.stdout and ours.stderr == theirs.stderr == ""
    assert subprocess.run(["cmp", "ours.qcow2", "theirs.qcow2"], cwd=chain).returncode == 0
    _clean(chain / "ours.qcow2")
    info = [subprocess.run(["qemu-img", "info", "--output=json", name], cwd=chain, capture_output=True,
                           text=True, check=True).stdout.replace(name, "X") for name in ("ours.qcow2", "theirs.qcow2")]
    assert info[0] == info[1]


@pytest.mark.parametrize("args", [
    ["-O", "raw", "-B", "base.qcow2", "-F", "qcow2"],
    ["-O", "raw", "-B", "base.qcow2"],
    ["-O", "parallels", "-B", "base.qcow2", "-F", "qcow2"],
    ["-O", "qcow2", "-B", "base.qcow2"],                     # no backing format
    ["-O", "qcow2", "-o", "backing_file=base.qcow2"],
    ["-O", "qcow2", "-F", "qcow2"],                          # a format without a file
    ["-O", "qcow2", "-B", "missing.qcow2", "-F", "qcow2"],
])
def test_convert_with_a_backing_file_refuses_as_qemu_img_does(chain, args):
    ext = args[1]
    theirs = _run("qemu-img", chain, *args, "ov.qcow2", f"out.{ext}")
    ours = _run(QEMUSPEC, chain, *args, "ov.qcow2", f"out.{ext}")
    _same_words(ours, theirs)


# -- convert -n ---------------------------------------------------------------------------------------

def _two_targets(folder: Path, make) -> tuple[Path, Path]:
    theirs = make(folder / "theirs.img")
    ours = folder / "ours.img"
    shutil.copy(theirs, ours)
    return ours, theirs


@pytest.mark.parametrize("source", ["src.qcow2", "top.qcow2"])
@pytest.mark.parametrize("extra", [[], ["-O", "raw"], ["-S", "0"]])
def test_convert_into_an_existing_raw_image_is_qemu_img_s_bytes(chain, source, extra):
    def make(path: Path) -> Path:
        path.write_bytes(bytes(range(251)) * (6 * MiB // 251))   # larger than the disk, nothing zero
        return path
    ours, theirs = _two_targets(chain, make)
    t = _run("qemu-img", chain, "-n", *extra, source, theirs.name)
    o = _run(QEMUSPEC, chain, "-n", *extra, source, ours.name)
    assert t.returncode == o.returncode == 0, t.stderr + o.stderr
    assert o.stdout == t.stdout and o.stderr == t.stderr == ""
    assert ours.read_bytes() == theirs.read_bytes()
    assert ours.stat().st_size == 6 * MiB // 251 * 251     # the part past the disk is kept


def test_convert_into_a_raw_image_short_of_a_whole_sector_is_qemu_img_s(chain):
    """A raw target is a disk of whole sectors (its last one partly past the file's end), so a file
    a few bytes short of the disk is taken; the zeros written into it are holes, as qemu-img's."""
    def make(path: Path) -> Path:
        path.write_bytes(bytes(range(251)) * ((4 * MiB - 100) // 251) + b"\x07" * ((4 * MiB - 100) % 251))
        return path
    ours, theirs = _two_targets(chain, make)
    t = _run("qemu-img", chain, "-n", "src.qcow2", theirs.name)
    o = _run(QEMUSPEC, chain, "-n", "src.qcow2", ours.name)
    assert t.returncode == o.returncode == 0, t.stderr + o.stderr
    assert ours.read_bytes() == theirs.read_bytes()
    maps = [subprocess.run(["qemu-img", "map", "--output=json", "-f", "raw", p.name], cwd=chain, capture_output=True,
                           text=True, check=True).stdout for p in (ours, theirs)]
    assert maps[0] == maps[1] and '"zero": true' in maps[1]


@pytest.mark.parametrize("options", ["", "cluster_size=4k", "extended_l2=on", "compat=0.10"])
def test_convert_into_an_existing_qcow2_image_is_qemu_img_s(chain, options):
    def make(path: Path) -> Path:
        qemu_img("create", "-q", "-f", "qcow2", *(["-o", options] if options else []), path, "4M")
        qemu_io(path, "write -P 0x66 0 4M", "write -z 1M 1M")
        return path
    ours, theirs = _two_targets(chain, make)
    t = _run("qemu-img", chain, "-n", "-O", "qcow2", "top.qcow2", theirs.name)
    o = _run(QEMUSPEC, chain, "-n", "-O", "qcow2", "top.qcow2", ours.name)
    assert t.returncode == o.returncode == 0, t.stderr + o.stderr
    assert subprocess.run(["qemu-img", "compare", "top.qcow2", ours.name], cwd=chain).returncode == 0
    _clean(ours)
    info = [subprocess.run(["qemu-img", "info", "--output=json", p.name], cwd=chain, capture_output=True, text=True,
                           check=True).stdout.replace(p.name, "X") for p in (ours, theirs)]
    fields = ("virtual-size", "format", "cluster-size", "format-specific")
    import json
    assert {k: json.loads(info[0]).get(k) for k in fields} == {k: json.loads(info[1]).get(k) for k in fields}


@pytest.mark.parametrize("args,target", [
    (["-n", "-O", "raw"], "small.raw"),        # smaller than the disk
    (["-n"], "small.raw"),
    (["-n", "-O", "raw"], "empty.qcow2"),      # the qcow2 file opened as raw: smaller
    (["-n", "-O", "qcow2"], "missing.qcow2"),
    (["-n"], "missing.raw"),
    (["-n", "-O", "qcow2", "-o", "cluster_size=4k"], "empty.qcow2"),
])
def test_convert_into_an_existing_image_refuses_as_qemu_img_does(chain, args, target):
    (chain / "small.raw").write_bytes(bytes(MiB))
    qemu_img("create", "-q", "-f", "qcow2", chain / "empty.qcow2", "4M")
    before = {p.name: p.read_bytes() for p in chain.iterdir()}
    theirs = _run("qemu-img", chain, *args, "src.qcow2", target)
    assert {p.name: p.read_bytes() for p in chain.iterdir()} == before
    ours = _run(QEMUSPEC, chain, *args, "src.qcow2", target)
    _same_words(ours, theirs)
    assert {p.name: p.read_bytes() for p in chain.iterdir()} == before


@pytest.mark.parametrize("fmt", ["raw", "qcow2"])
@pytest.mark.parametrize("extra", [["-B", "base.qcow2", "-F", "qcow2"], ["-B", "missing.qcow2"], ["-F", "qcow2"]])
def test_convert_into_an_existing_image_with_a_backing_option_is_qemu_img_s(chain, fmt, extra):
    """-n with -B copies the source's top layer only (the target's header is not changed and -B is not
    opened); -F alone changes nothing."""
    def make(path: Path) -> Path:
        qemu_img("create", "-q", "-f", fmt, path, "4M")
        qemu_io(path, "write -P 0x66 0 4M", fmt=fmt)
        return path
    ours, theirs = _two_targets(chain, make)
    t = _run("qemu-img", chain, "-n", "-O", fmt, *extra, "top.qcow2", theirs.name)
    o = _run(QEMUSPEC, chain, "-n", "-O", fmt, *extra, "top.qcow2", ours.name)
    assert t.returncode == o.returncode == 0, t.stderr + o.stderr
    assert o.stderr == t.stderr == ""
    if fmt == "raw":
        assert ours.read_bytes() == theirs.read_bytes()
    else:
        assert subprocess.run(["qemu-img", "compare", ours.name, theirs.name], cwd=chain).returncode == 0
        assert subprocess.run(["cmp", ours.name, theirs.name], cwd=chain).returncode == 0
        _clean(ours)


# -- convert -n -c (qcow2) and convert -n into parallels ---------------------------------------------

def _both_into(chain: Path, fmt: str, create_opts: str, writes: list[str], args: list[str], source: str):
    def make(path: Path) -> Path:
        qemu_img("create", "-q", "-f", fmt, *(["-o", create_opts] if create_opts else []), path, "4M")
        if writes:
            qemu_io(path, *writes, fmt=fmt)
        return path
    ours, theirs = _two_targets(chain, make)
    t = _run("qemu-img", chain, "-n", "-O", fmt, *args, source, theirs.name)
    o = _run(QEMUSPEC, chain, "-n", "-O", fmt, *args, source, ours.name)
    return ours, theirs, o, t


@pytest.mark.parametrize("source", ["src.qcow2", "top.qcow2"])
@pytest.mark.parametrize("create_opts,writes", [
    ("", []),
    ("cluster_size=4k", []),
    ("compression_type=zstd", []),
    ("", ["write -P 0x66 3M 64k"]),       # held: src writes zeros there first (freed), top data (EIO)
    ("", ["write -P 0x66 3M 64k", "write -z -u 3M 64k"]),     # a zero cluster that holds nothing
])
def test_convert_compressed_into_an_existing_qcow2_image_is_qemu_img_s_bytes(chain, source, create_opts, writes):
    ours, theirs, o, t = _both_into(chain, "qcow2", create_opts, writes, ["-c"], source)
    fails = source == "top.qcow2" and writes == ["write -P 0x66 3M 64k"]
    assert (o.returncode, t.returncode) == ((1, 1) if fails else (0, 0)), t.stderr + o.stderr
    assert o.stdout == t.stdout == "" and o.stderr == t.stderr.replace("qemu-img: ", "qemuspec: error: ")
    assert subprocess.run(["cmp", ours.name, theirs.name], cwd=chain).returncode == 0
    assert fails or subprocess.run(["qemu-img", "compare", source, ours.name], cwd=chain).returncode == 0
    _clean(ours)


@pytest.mark.parametrize("writes", [["write -P 0x66 0 4M"], ["write -P 0x66 64k 64k"], ["write -P 0x66 2M 64k"]])
def test_convert_compressed_over_a_held_cluster_fails_as_qemu_img_does(chain, writes):
    """QEMU never puts a compressed cluster where the image holds one: the write fails with EIO and
    convert stops there, what it wrote before kept."""
    ours, theirs, o, t = _both_into(chain, "qcow2", "", writes, ["-c"], "src.qcow2")
    _same_words(o, t)
    assert "Input/output error" in t.stderr
    assert subprocess.run(["cmp", ours.name, theirs.name], cwd=chain).returncode == 0
    _clean(ours)


@pytest.mark.parametrize("source", ["src.qcow2", "top.qcow2"])
@pytest.mark.parametrize("create_opts,writes", [
    ("", []),
    ("cluster_size=64k", []),
    ("cluster_size=64k", ["write -P 0x66 1M 200k", "write -P 0x77 3968k 128k"]),
    ("", ["write -P 0x66 0 4M"]),
])
def test_convert_into_an_existing_parallels_image_is_qemu_img_s_bytes(chain, source, create_opts, writes):
    """Parallels has no zero clusters: the zeros are written, each cluster allocated in guest order."""
    ours, theirs, o, t = _both_into(chain, "parallels", create_opts, writes, [], source)
    assert t.returncode == o.returncode == 0, t.stderr + o.stderr
    assert o.stdout == t.stdout and o.stderr == t.stderr == ""
    assert subprocess.run(["cmp", ours.name, theirs.name], cwd=chain).returncode == 0
    assert subprocess.run(["qemu-img", "compare", source, ours.name], cwd=chain).returncode == 0
    _clean(ours)


@pytest.mark.parametrize("fmt", ["raw", "parallels"])
def test_convert_compressed_into_a_format_without_compression_refuses_as_qemu_img_does(chain, fmt):
    ours, theirs, o, t = _both_into(chain, fmt, "", [], ["-c"], "src.qcow2")
    _same_words(o, t)
    assert ours.read_bytes() == theirs.read_bytes()
