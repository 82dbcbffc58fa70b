"""Parsing and writing through qemuspec.specs: our errors, magic detection, round trips."""

from __future__ import annotations

import pytest

from qemuspec.errors import FormatError, TruncatedError, UnknownFormatError, UsageError
from qemuspec.formats.fw_cfg_file_dir import FwCfgFileDir
from qemuspec.specs import detect, parse, serialize

from conftest import SAMPLES

DIRECTORY = (SAMPLES / "fw_cfg_file_dir.q35.bin").read_bytes()


def test_truncated_directory_names_structure_field_and_offset():
    with pytest.raises(TruncatedError) as info:
        parse("fw_cfg_file_dir", DIRECTORY[:100])
    err = info.value
    # count (4) + one entry (64) + len_file, select, reserved of the second: name starts at 76
    assert (err.structure, err.field, err.offset) == ("fw_cfg_file_dir::file_entry", "name", 76)
    assert "offset 0x4c" in str(err)


def test_empty_input_is_truncated_at_the_count():
    with pytest.raises(TruncatedError) as info:
        parse("fw_cfg_file_dir", b"\0\0")
    assert (info.value.structure, info.value.field, info.value.offset) == ("fw_cfg_file_dir", "num_files", 0)


def test_wrong_magic_is_a_format_error_at_the_field():
    with pytest.raises(FormatError) as info:
        parse("fw_cfg", b"QEMV")
    err = info.value
    assert not isinstance(err, TruncatedError)
    assert (err.structure, err.field, err.offset) == ("fw_cfg::signature_item", "magic", 0)
    assert "QEMU" in err.expected


def test_detect_by_magic():
    assert detect((SAMPLES / "fw_cfg.signature.bin").read_bytes()) == "fw_cfg"
    with pytest.raises(UnknownFormatError):
        detect(DIRECTORY)


def test_unknown_spec_id_is_a_usage_error():
    with pytest.raises(UsageError):
        parse("no_such_format", b"")


@pytest.mark.parametrize("name", [p.name for p in sorted(SAMPLES.glob("*.bin"))])
def test_generated_writer_reproduces_every_sample(name, sample_index):
    """What the top-level sequence reads, the generated writer writes back byte for byte
    (bytes reached only through instances, such as capability lists, are not rewritten)."""
    spec = next(e["spec"] for e in sample_index if e["file"] == name)
    data = (SAMPLES / name).read_bytes()
    parsed = parse(spec, data, fetch_instances=False)
    read = parsed._io.pos()
    assert read > 0
    assert serialize(parse(spec, data), len(data))[:read] == data[:read]


def test_writer_refuses_inconsistent_objects():
    directory = parse(FwCfgFileDir, DIRECTORY)
    directory.num_files += 1
    with pytest.raises(FormatError):
        serialize(directory, len(DIRECTORY) + 64)
    directory = parse(FwCfgFileDir, DIRECTORY)
    directory.files[0].name = "x" * 60  # longer than the 56-byte field
    with pytest.raises(FormatError):
        serialize(directory, len(DIRECTORY))
