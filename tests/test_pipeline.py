"""The spec-to-parser pipeline: regeneration, Web IDE compiler, JS/Python parity, spec style."""

from __future__ import annotations

import filecmp
import json
import re
from pathlib import Path

import pytest
import yaml

from qemuspec.dump import to_tree
from qemuspec.specs import SPECS, parse

from conftest import KSY, PYTHON, ROOT, SAMPLES, run

KSY_FILES = sorted(KSY.glob("*.ksy"))


def _tree_files(top: Path) -> dict[str, Path]:
    return {str(p.relative_to(top)): p for p in sorted(top.rglob("*"))
            if p.is_file() and "__pycache__" not in p.parts}


def test_regenerating_changes_nothing(tmp_path):
    result = run([PYTHON, "tools/generate.py", "--out", str(tmp_path)])
    assert result.returncode == 0, result.stderr.decode()
    fresh, committed = _tree_files(tmp_path), _tree_files(ROOT / "generated")
    assert sorted(fresh) == sorted(committed), "generated/ lists other files than `make generate` writes"
    differing = [name for name in fresh if not filecmp.cmp(fresh[name], committed[name], shallow=False)]
    assert differing == [], f"generated/ is stale or hand-edited: {differing}; run `make generate`"


def test_every_spec_has_a_generated_python_module():
    assert set(SPECS) == {p.stem for p in KSY_FILES}
    for spec_id in SPECS:
        assert (ROOT / "generated" / "python" / "formats" / f"{spec_id}.py").exists()


@pytest.fixture(scope="module")
def web_ide_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("web_ide_js")
    result = run(["node", "tools/web_ide_compile.js", "ksy", str(out)])
    return result, out


def test_web_ide_compiler_accepts_every_spec(web_ide_build):
    result, out = web_ide_build
    report = result.stdout.decode()
    assert result.returncode == 0, report + result.stderr.decode()
    assert "compiler 0.11.0" in report
    for ksy in KSY_FILES:
        assert f"ok    {ksy.name}" in report
        assert (out / (SPECS[ksy.stem]["class"] + ".js")).exists()


def test_web_ide_importer_refuses_subfolder_imports(tmp_path):
    (tmp_path / "a.ksy").write_text(
        "meta:\n  id: a\n  imports:\n    - sub/b\nseq:\n  - id: x\n    type: b\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.ksy").write_text("meta:\n  id: b\nseq:\n  - id: y\n    type: u1\n")
    result = run(["node", "tools/web_ide_compile.js", str(tmp_path)])
    assert result.returncode == 1
    assert "FAIL  a.ksy" in result.stdout.decode()


def test_javascript_parser_agrees_with_python_on_every_sample(web_ide_build, sample_index):
    _, out = web_ide_build
    assert sample_index, "samples/*.yaml list no samples"
    for entry in sample_index:
        path = SAMPLES / entry["file"]
        py = to_tree(parse(entry["spec"], path.read_bytes()), enum_names=False)
        result = run(["node", "tools/js_dump.js", str(out), SPECS[entry["spec"]]["class"], str(path)])
        assert result.returncode == 0, result.stderr.decode()
        assert json.loads(result.stdout) == json.loads(json.dumps(py)), entry["file"]


def test_javascript_dump_flags_64_bit_values_it_cannot_hold(web_ide_build, tmp_path):
    """A u64 above 2^53 (SET_LOG_BASE's mmap size) is not passed on rounded: the dump says so."""
    _, out = web_ide_build
    features = (1 << 53) | 1
    message = tmp_path / "set-log-base.bin"
    message.write_bytes((6).to_bytes(4, "little") + (1).to_bytes(4, "little") + (16).to_bytes(4, "little")
                        + features.to_bytes(8, "little") + bytes(8))
    py = to_tree(parse("vhost_user", message.read_bytes()), enum_names=False)
    result = run(["node", "tools/js_dump.js", str(out), SPECS["vhost_user"]["class"], str(message)])
    assert result.returncode == 0, result.stderr.decode()
    js = json.loads(result.stdout)
    assert json.dumps(py).count(str(features)) == 1
    assert js != py and result.stdout.decode().count("rounded_in_javascript") == 1


def test_every_sample_is_listed_and_parses():
    result = run([PYTHON, "tools/parse_samples.py"])
    assert result.returncode == 0, result.stdout.decode()


@pytest.mark.parametrize("path", KSY_FILES, ids=lambda p: p.name)
def test_spec_follows_the_style_guide(path):
    text = path.read_text()
    spec = yaml.safe_load(text)
    meta = spec["meta"]
    assert meta["id"] == path.stem
    for key in ("title", "application", "license"):
        assert meta.get(key), f"meta/{key} missing"
    assert re.search(r'^  ks-version: "0\.11"$', text, re.M), "ks-version must be the quoted string \"0.11\""
    assert spec.get("doc") and spec.get("doc-ref")

    def check_type(name: str, body: dict) -> None:
        assert body is spec or body.get("doc"), f"type {name} has no doc"
        for attr in body.get("seq", []):
            assert attr.get("doc"), f"{name}.{attr['id']} has no doc"
        for inst_name, inst in (body.get("instances") or {}).items():
            assert inst.get("doc"), f"{name}.{inst_name} has no doc"
        for sub_name, sub in (body.get("types") or {}).items():
            check_type(sub_name, sub)

    check_type(path.stem, spec)


@pytest.mark.parametrize("path", KSY_FILES, ids=lambda p: p.name)
def test_spec_keeps_the_web_ide_rules(path):
    text = path.read_text()
    widths = [int(w) for w in re.findall(r"type:\s*b(\d+)\b", text)]
    assert all(w <= 32 for w in widths), "bit fields wider than 32 bits lose bits in JavaScript"
    assert "process:" not in text and "opaque" not in text
    for imported in yaml.safe_load(text)["meta"].get("imports", []):
        assert "/" not in imported, "imports must be bare names in the same folder"
