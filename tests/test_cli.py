"""The qemuspec command line, run as users run it (the installed console script)."""

from __future__ import annotations

import json
import subprocess

import pytest

from qemuspec.formats.fw_cfg_file_dir import FwCfgFileDir
from qemuspec.specs import parse

from conftest import QEMUSPEC, SAMPLES, run
from qemuspec.fields import field_offset

DIRECTORY = SAMPLES / "fw_cfg_file_dir.q35.bin"


def qemuspec(*args: str):
    return run([QEMUSPEC, *args])


@pytest.mark.parametrize("args", [[], ["dump"], ["fw-cfg"], ["fw-cfg", "list"], ["fw-cfg", "read"]])
def test_help_is_there(args):
    result = qemuspec(*args, "--help")
    assert result.returncode == 0
    assert b"usage: qemuspec" in result.stdout


def test_dump_detects_the_spec_by_magic():
    result = qemuspec("dump", str(SAMPLES / "fw_cfg.signature.bin"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"type": "fw_cfg", "value": {"signature": {"magic": "51454d55"}}}


def test_dump_with_type_prints_every_field():
    result = qemuspec("dump", "--type", "fw_cfg_dma_access", str(SAMPLES / "fw_cfg_dma_access.select-read.bin"))
    assert result.returncode == 0, result.stderr
    value = json.loads(result.stdout)["value"]
    assert value["control"] == {"selector": 0x2F, "reserved": 0, "op_write": False, "op_select": True,
                                "op_skip": False, "op_read": True, "error": False}
    assert (value["len_data"], value["address"]) == (256, 0x10010)


def test_dump_names_enum_values():
    result = qemuspec("dump", "--type", "fw_cfg_dma_access", str(SAMPLES / "fw_cfg_dma_access.done.bin"))
    assert json.loads(result.stdout)["value"]["control"]["selector"] == "signature"  # key 0 has a name


def test_dump_without_magic_asks_for_type():
    result = qemuspec("dump", str(DIRECTORY))
    assert result.returncode == 1
    assert b"--type" in result.stderr and b"Traceback" not in result.stderr


def test_dump_of_truncated_file_reports_field_and_offset(tmp_path):
    cut = tmp_path / "cut.bin"
    cut.write_bytes(DIRECTORY.read_bytes()[:100])
    result = qemuspec("dump", "--type", "fw_cfg_file_dir", str(cut))
    assert result.returncode == 1
    assert result.stderr.decode().startswith("qemuspec: error: fw_cfg_file_dir::file_entry.name at offset 0x4c")
    assert cut.read_bytes() == DIRECTORY.read_bytes()[:100]


def test_missing_file_is_a_clean_error():
    result = qemuspec("dump", "/nonexistent/x.bin")
    assert result.returncode == 1
    assert b"cannot read /nonexistent/x.bin" in result.stderr


def test_fw_cfg_list_from_a_directory_blob():
    result = qemuspec("fw-cfg", "list", "--file", str(DIRECTORY), "--output", "json")
    assert result.returncode == 0, result.stderr
    expected = [{"select": f.select, "size": f.len_file, "name": f.name}
                for f in parse(FwCfgFileDir, DIRECTORY.read_bytes()).files]
    assert json.loads(result.stdout) == expected
    human = qemuspec("fw-cfg", "list", "--file", str(DIRECTORY)).stdout.decode()
    assert "0x2f" in human and "opt/org.qemuspec/blob" in human


def test_fw_cfg_read_from_a_blob_is_refused_clearly():
    result = qemuspec("fw-cfg", "read", "--file", str(DIRECTORY), "opt/x")
    assert result.returncode == 1 and b"holds no contents" in result.stderr


def test_fw_cfg_against_a_qemu_it_starts(tmp_path):
    payload = tmp_path / "payload.bin"
    payload.write_bytes(bytes(range(256)) * 3)
    items = ["--fw-cfg", "name=opt/a,string=alpha", "--fw-cfg", f"name=opt/b,file={payload}"]
    listed = qemuspec("fw-cfg", "list", "--output", "json", *items)
    assert listed.returncode == 0, listed.stderr
    by_name = {e["name"]: e for e in json.loads(listed.stdout)}
    assert by_name["opt/a"]["size"] == 5 and by_name["opt/b"]["size"] == 768
    assert qemuspec("fw-cfg", "read", "opt/a", *items).stdout == b"alpha"
    out = tmp_path / "b.out"
    assert qemuspec("fw-cfg", "read", "--dma", "opt/b", "-o", str(out), *items).returncode == 0
    assert out.read_bytes() == payload.read_bytes()
    missing = qemuspec("fw-cfg", "read", "opt/none", *items)
    assert missing.returncode == 1 and b"no fw_cfg file named 'opt/none'" in missing.stderr


def test_fw_cfg_against_a_running_qemu():
    from qemuspec.qtest import QemuProcess

    with QemuProcess(["-S", "-machine", "q35", "-display", "none", "-nodefaults",
                      "-fw_cfg", "name=opt/z,string=zed"]) as qemu:
        qemu.qtest.close()  # free the socket for the CLI
        # QEMU's qtest server takes one client; a closed client lets the next connect
        result = qemuspec("fw-cfg", "read", "--qtest", str(qemu.socket_path), "opt/z")
        assert result.returncode == 0, result.stderr
        assert result.stdout == b"zed"
        by_key = qemuspec("fw-cfg", "read", "--qtest", str(qemu.socket_path), "--dma", "0x0000", "--size", "6")
        assert by_key.stdout == b"QEMU\0\0"


@pytest.mark.parametrize("args", [["0x0000"], ["0x10000", "--size", "4"], ["0xzz", "--size", "4"]])
def test_fw_cfg_read_by_key_is_checked_before_qemu_starts(args):
    result = qemuspec("fw-cfg", "read", "--qemu", "/nonexistent/qemu", *args)
    assert result.returncode == 1 and b"qemuspec: error:" in result.stderr
    assert b"nonexistent" not in result.stderr


def test_check_agrees_with_qemu_img(tmp_path):
    from qcow2_images import create, qemu_io

    clean = create(tmp_path / "clean.qcow2", "4M")
    qemu_io(clean, "write -P 1 0 128k")
    dirty = create(tmp_path / "dirty.qcow2", "4M", "lazy_refcounts=on")
    # an abort with lazy refcounts leaves refcounts behind the tables: qemu-img reports corruptions
    subprocess.run(["qemu-io", "-c", "write -P 2 1m 64k", "-c", "abort", str(dirty)], capture_output=True)
    codes = []
    for image in (clean, dirty):
        ours = qemuspec("check", "--output=json", str(image))
        theirs = subprocess.run(["qemu-img", "check", "--output=json", str(image)], capture_output=True)
        assert ours.returncode == theirs.returncode
        assert json.loads(ours.stdout) == json.loads(theirs.stdout)
        codes.append(ours.returncode)
    assert codes == [0, 2]
    missing = qemuspec("check", str(tmp_path / "none.qcow2"))
    assert missing.returncode == 1 and b"qemuspec: error:" in missing.stderr


def test_the_command_table_names_every_command():
    """cli.COMMANDS lists each command a module's register() adds, with that module, and nothing else."""
    import argparse
    import importlib
    import pkgutil

    import qemuspec.cli as cli

    registered = {}
    for found in pkgutil.iter_modules(cli.__path__):
        module = importlib.import_module(f"qemuspec.cli.{found.name}")
        if hasattr(module, "register"):
            commands = argparse.ArgumentParser().add_subparsers()
            module.register(commands)
            registered.update(dict.fromkeys(commands.choices, found.name))
    assert registered == cli.COMMANDS, "add the commands of a cli module to qemuspec.cli.COMMANDS"


_LOADED = """
import sys
from qemuspec.cli import main
try:
    main(sys.argv[1:])
finally:
    print(" ".join(sorted(sys.modules)))
"""


def loaded_modules(*args: str) -> set[str]:
    """The modules a ``qemuspec ARGS`` process has imported when it ends."""
    from conftest import PYTHON

    result = run([PYTHON, "-c", _LOADED, *args])
    return set(result.stdout.decode().splitlines()[-1].split())


@pytest.mark.parametrize("args", [["info", str(SAMPLES / "qcow2.v2.qcow2")], ["--version"], ["pci-id", "1af4:1041"]])
def test_a_command_imports_only_its_own_module(args):
    from qemuspec.cli import COMMANDS

    command_modules = {f"qemuspec.cli.{m}" for m in COMMANDS.values()}
    cli_modules = {m for m in loaded_modules(*args) if m in command_modules}  # helpers like cli.qemu_opts aside
    wanted = {f"qemuspec.cli.{COMMANDS[args[0]]}"} if args[0] in COMMANDS else set()
    assert cli_modules == wanted


@pytest.mark.parametrize("output", ["human", "json"])
def test_info_of_a_plain_image_imports_little(tmp_path, output):
    """What qemuspec info does not need for an image without snapshots or bitmaps (start-up is its cost)."""
    image = tmp_path / "plain.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(image), "64M"], check=True)
    loaded = loaded_modules("info", f"--output={output}", str(image))
    unneeded = {"qemuspec.block.qcow2.snapshot", "qemuspec.block.qcow2.bitmap", "qemuspec.dump",
                "qemuspec.block.map", "qemuspec.block.parallels", "datetime", "traceback", "asyncio", "zstandard",
                "numpy", *_STARTUP_COSTS}
    if output == "human":
        unneeded.add("json")
    assert not loaded & unneeded
    assert not loaded & {"argparse", "pathlib", "re"}  # quick parse; the image keeps its name as a string
    assert {"qemuspec.formats.qcow2"} == {m for m in loaded if m.startswith("qemuspec.formats.") and m != "qemuspec.formats._index"}


# modules that cost a command's start-up milliseconds and that info and map of a small image do
# not need: dataclasses (with inspect, ast, dis, tokenize), typing, shutil (argparse's formatter
# asks it the terminal width; it imports bz2 and lzma), the crypto module (hashlib, hmac, uuid)
_STARTUP_COSTS = {"dataclasses", "inspect", "typing", "shutil", "bz2", "lzma", "copy", "base64", "hashlib", "uuid",
                  "cryptography", "qemuspec.block.qcow2.crypto", "qemuspec.formats.luks", "qemuspec.cli.image_tools",
                  "qemuspec.block.convert"}


def test_map_of_a_small_chain_imports_little(tmp_path):
    """map of a backing chain of small images: no numpy (the walks are short), nor what info does without."""
    base, top = tmp_path / "base.qcow2", tmp_path / "top.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(base), "64M"], check=True)
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", "-b", str(base), "-F", "qcow2", str(top)], check=True)
    subprocess.run(["qemu-io", "-c", "write -P 7 1M 1M", str(top)], check=True, capture_output=True)
    loaded = loaded_modules("map", "--output=json", str(top))
    assert not loaded & {"numpy", "zstandard", "qemuspec.block.qcow2.snapshot", "argparse", *_STARTUP_COSTS}


def test_check_of_a_plain_image_imports_little(tmp_path):
    """check of an image without snapshots or bitmaps: nor dataclasses, nor the field table, nor the bitmap
    module, nor zlib, beside what info does without."""
    image = tmp_path / "plain.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(image), "64M"], check=True)
    loaded = loaded_modules("check", str(image))
    assert "qemuspec.block.qcow2.check" in loaded
    assert not loaded & {"numpy", "zstandard", "zlib", "qemuspec.fields", "qemuspec.block.qcow2.snapshot",
                         "qemuspec.block.qcow2.bitmap", "argparse", "importlib", "re", "pathlib", *_STARTUP_COSTS}


def test_a_run_builds_only_the_parser_of_its_command():
    """The other commands of the module (map, convert, ... beside info) are not built; help and unknown words get all."""
    from qemuspec.cli import COMMANDS, build_parser

    def choices(argv):
        return set(build_parser(argv)._subparsers._group_actions[0].choices)

    assert choices(["info", "-U", "x.qcow2"]) == {"info"}
    assert choices(["-h", "info"]) == set(COMMANDS) == choices(["no-such-command"]) == choices(None)


# command lines of info, map and check: plain ones (parsed without argparse) and ones argparse must parse
_QUICK_LINES = [
    ["info", "x.qcow2"], ["info", "--output=json", "x"], ["info", "--output", "json", "x"], ["info", "x", "-U"],
    ["info", "-f", "qcow2", "--backing-chain", "x"], ["info", "--format=raw", "--force-share", "x"],
    ["info", "--image-opts", "driver=qcow2,file.filename=x"], ["info", ""], ["info", "a=b"],
    ["map", "x"], ["map", "--output=json", "x"], ["map", "-s", "512", "-l", "1024", "x"],
    ["map", "--start-offset=7", "--max-length", "9", "x"], ["map", "-U", "-f", "raw", "x"], ["map", "-s", "five", "x"],
    ["check", "x"], ["check", "-q", "x"], ["check", "-r", "leaks", "x"], ["check", "--output=json", "-r", "all", "x"],
]
_ARGPARSE_LINES = [
    ["info", "--out=json", "x"], ["info", "--output=xml", "x"], ["info", "-Uf", "qcow2", "x"], ["info", "--", "x"],
    ["info", "-h"], ["info", "-f=qcow2", "x"], ["info", "x", "y"], ["info"], ["info", "-f", "vmdk", "x"],
    ["info", "--output"], ["info", "--output", "-U", "x"], ["info", "-U=1", "x"], ["info", "-x"],
    ["info", "--object", "secret,id=s,data=p", "x"], ["map", "-s", "-5", "x"],
    ["map", "-l=3", "x"], ["check", "-r", "some", "x"], ["info", "-"], ["check", "-qr", "all", "x"],
]


@pytest.mark.parametrize("argv", _QUICK_LINES + _ARGPARSE_LINES, ids=" ".join)
def test_a_plain_line_parses_to_what_argparse_gives(argv):
    """qemuspec.cli.quick gives argparse's values for a plain line, and leaves every other line to argparse."""
    import importlib

    from qemuspec.cli import COMMANDS, build_parser
    from qemuspec.cli.quick import quick_parse

    quick = quick_parse(argv, importlib.import_module(f"qemuspec.cli.{COMMANDS[argv[0]]}"))
    if argv in _ARGPARSE_LINES:
        assert quick is None
        return
    assert quick is not None
    assert vars(quick) == vars(build_parser(argv).parse_args(argv))


@pytest.mark.parametrize("output", ["human", "json"])
@pytest.mark.parametrize("name", ["./top.qcow2", ".//top.qcow2", "sub/../top.qcow2", "{here}//top.qcow2"])
def test_info_names_the_images_as_given(tmp_path, name, output):
    """qemu-img info prints the name it was given (not a tidied path), and the backing file's beside it."""
    (tmp_path / "sub").mkdir()
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(tmp_path / "base.qcow2"), "1M"], check=True)
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", "-b", "base.qcow2", "-F", "qcow2",
                    str(tmp_path / "top.qcow2")], check=True)
    args = ["info", f"--output={output}", "--backing-chain", name.format(here=tmp_path)]
    theirs = subprocess.run(["qemu-img", *args], cwd=tmp_path, capture_output=True)
    ours = subprocess.run([QEMUSPEC, *args], cwd=tmp_path, capture_output=True)
    assert theirs.returncode == 0
    assert (ours.returncode, ours.stdout, ours.stderr) == (theirs.returncode, theirs.stdout, theirs.stderr)


def test_version_prints_what_argparse_prints(capsys):
    """--version alone is answered without argparse; argparse's version action prints the same."""
    from qemuspec.cli import build_parser, main

    assert main(["--version"]) == 0
    quick = capsys.readouterr()
    with pytest.raises(SystemExit) as exit:
        build_parser(["--version"]).parse_args(["--version"])
    assert exit.value.code == 0
    assert capsys.readouterr() == quick
    import qemuspec

    assert quick.out == f"qemuspec {qemuspec.__version__}\n" and "argparse" not in loaded_modules("--version")


def test_a_line_argparse_refuses_gets_its_usage_error():
    """What the quick parse leaves to argparse ends as argparse's error, not a traceback."""
    result = qemuspec("info", "--output=xml", "x.qcow2")
    assert result.returncode == 2
    assert b"usage: qemuspec info" in result.stderr and b"invalid choice: 'xml'" in result.stderr


def test_the_venv_starts_without_an_import_hook():
    """The editable install is a path in a .pth file: a bare Python of the venv imports neither pathlib nor re
    (setuptools' editable finder imported both, some 20 ms before any command)."""
    from conftest import PYTHON

    result = run([PYTHON, "-c", "import sys; print(' '.join(sorted(sys.modules)))"])
    loaded = set(result.stdout.decode().split())
    assert not loaded & {"pathlib", "re", "urllib.parse"}
    assert not any(name.startswith("__editable__") for name in loaded)


def test_help_loads_every_command():
    from qemuspec.cli import COMMANDS

    wanted = {f"qemuspec.cli.{m}" for m in COMMANDS.values()}
    assert wanted <= loaded_modules("--help")
    assert wanted <= loaded_modules("no-such-command")  # the error lists every command


def test_quiet_prints_what_qemu_img_prints_with_q(tmp_path):
    """-q on check (clean, and with a leak and a wrong COPIED flag: findings stay on stderr),
    resize, snapshot -c and convert: the same stdout, stderr and exit status as qemu-img's -q."""
    import struct

    base = tmp_path / "disk.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(base), "16M"], check=True)
    subprocess.run(["qemu-io", "-c", "write -P 3 0 1M", str(base)], check=True, capture_output=True)
    leaky = tmp_path / "leaky.qcow2"
    leaky.write_bytes(base.read_bytes())
    with open(leaky, "r+b") as f:  # a data cluster counted twice: a leak
        f.seek(field_offset("qcow2::header", "refcount_table_offset"))
        f.seek(struct.unpack(">Q", f.read(8))[0])
        f.seek(struct.unpack(">Q", f.read(8))[0] + 2 * 6)
        f.write((2).to_bytes(2, "big"))
    cases = [["check", "-q", "{}"], ["check", "-q", "--output=json", "{}"], ["resize", "-q", "{}", "32M"],
             ["snapshot", "-q", "-c", "one", "{}"], ["convert", "-q", "-p", "-O", "raw", "{}", "{}.raw"]]
    # writers refuse a damaged image on purpose (docs/formats/qcow2.md), so the leaky one only gets read
    for source, chosen in ((base, cases), (leaky, [c for c in cases if c[0] in ("check", "convert")])):
        for case in chosen:
            outcomes = []
            for tool in (["qemu-img"], [QEMUSPEC]):
                image = tmp_path / f"{len(outcomes)}.qcow2"
                image.write_bytes(source.read_bytes())
                args = [a.replace("{}", str(image)) for a in case]
                done = subprocess.run([*tool, *args], capture_output=True, text=True)
                outcomes.append((done.returncode, done.stdout, done.stderr.replace(str(image), "IMG")))
            assert outcomes[0] == outcomes[1], (source.name, case, outcomes)


@pytest.mark.parametrize("output", ["human", "json"])
@pytest.mark.parametrize("fmt,size", [("qcow2", "1M"), ("qcow2", "0"), ("parallels", "0"), ("raw", "0")])
@pytest.mark.parametrize("window", [[], ["-s", "2M"], ["-s", "1M"], ["-s", "512k", "-l", "0"], ["-s", "0x1000", "-l", "8k"],
                                    ["-s", "abc"], ["-l", "-5"], ["-s", "1x"]])
def test_map_windows_and_bad_offsets_are_qemu_img_s(tmp_path, output, fmt, size, window):
    """map -s/-l: an empty window is one zero-length extent (an empty list in human output), and a bad
    number is refused with qemu-img's words and exit code."""
    subprocess.run(["qemu-img", "create", "-q", "-f", fmt, str(tmp_path / "disk"), size], check=True)
    args = ["map", f"--output={output}", *window, str(tmp_path / "disk")]
    theirs = subprocess.run(["qemu-img", *args[:1], "-f", fmt, *args[1:]], capture_output=True, text=True)
    ours = subprocess.run([QEMUSPEC, *args], capture_output=True, text=True)
    assert (ours.returncode, ours.stdout) == (theirs.returncode, theirs.stdout)
    assert ours.stderr.replace("qemuspec: error: ", "") == theirs.stderr.replace("qemu-img: ", "")
