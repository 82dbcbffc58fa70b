"""The documentation site: rendered from ksy/ at build time, checked in a real browser."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import KSY, ROOT, run
from qemuspec.specs import SPECS

sys.path.insert(0, str(ROOT / "tools" / "site"))

import cli_page  # noqa: E402
from areas import AREAS, area_of  # noqa: E402
from ksy_model import import_closure, load_specs  # noqa: E402

MKDOCS = str(Path(sys.executable).parent / "mkdocs")
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="module")
def specs():
    return load_specs(KSY)


def field_offsets(spec, type_name):
    t = next(t for t in spec.types if t.name == type_name)
    return {r.id: (r.offset, r.size) for r in t.fields}


def test_offsets_and_bits_are_those_of_qemus_texts(specs):
    header = field_offsets(specs["qcow2"], "header")
    # docs/interop/qcow2.txt: refcount_order at byte 96, header_length 100, compression_type 104
    assert header["refcount_order"] == ("0x60", "4")
    assert header["header_length"] == ("0x64", "4")
    assert header["compression_type"] == ("0x68", "1")
    assert header["size"] == ("0x18", "8")
    # fw_cfg DMA control word (big-endian): bit 0 error, 1 read, 2 skip, 3 select, 4 write
    control = field_offsets(specs["fw_cfg_dma_access"], "control_word")
    assert [control[k][0] for k in ("error", "op_read", "op_skip", "op_select", "op_write")] == [
        "0x3 bit 0", "0x3 bit 1", "0x3 bit 2", "0x3 bit 3", "0x3 bit 4"]
    assert control["selector"] == ("0x0", "16 bits")
    top = field_offsets(specs["fw_cfg_dma_access"], "")
    assert top == {"control": ("0x0", "4"), "len_data": ("0x4", "4"), "address": ("0x8", "8")}
    # a field after one of variable size has no fixed offset
    extension = field_offsets(specs["qcow2"], "header_extension")
    assert extension["data"][0] == "0x8" and extension["padding"][0] == ""
    assert next(t for t in specs["fw_cfg_dma_access"].types if t.name == "").size == 16


@pytest.fixture(scope="module")
def web_ide_js(tmp_path_factory):
    out = tmp_path_factory.mktemp("web_ide_js")
    assert run(["node", "tools/web_ide_compile.js", "ksy", str(out)]).returncode == 0
    return out


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("::")[-1].split("_"))


def test_offsets_in_the_tables_are_where_the_web_ide_parser_reads(specs, sample_index, web_ide_js):
    """Every fixed byte offset the site shows equals where the debug-mode JavaScript parser read the field."""
    args = []
    for entry in sample_index:
        args += [SPECS[entry["spec"]]["class"], str(ROOT / "samples" / entry["file"])]
    result = run(["node", "tools/site/js_offsets.js", str(web_ide_js), *args])
    assert result.returncode == 0, result.stderr.decode()
    spec_of = {str(ROOT / "samples" / e["file"]): e["spec"] for e in sample_index}
    compared = 0
    for line in result.stdout.decode().splitlines():
        record = json.loads(line)
        by_class: dict[str, list] = {}
        for sid in import_closure(specs, spec_of[record["file"]]):
            for t in specs[sid].types:
                by_class.setdefault(_camel(t.name) if t.name else SPECS[sid]["class"], []).append(t)
        candidates = by_class.get(record["type"], [])
        if len(candidates) != 1:
            continue    # a class name several types share: ambiguous, not compared
        for row in candidates[0].fields:
            if row.offset and "bit" not in row.offset and not row.size.endswith(("bit", "bits")) \
                    and row.id in record["offsets"]:
                assert int(row.offset, 16) == record["offsets"][row.id], (record["file"], record["type"], row.id)
                compared += 1
    print(f"{compared} offsets compared")
    assert compared > 1000, compared


def test_links_to_types_and_enums_point_at_existing_anchors(specs):
    anchors = {(sid, t.anchor) for sid, s in specs.items() for t in s.types}
    anchors |= {(sid, e.anchor) for sid, s in specs.items() for e in s.enums}
    checked = 0
    for sid, spec in specs.items():
        for t in spec.types:
            for row in t.fields + t.instances:
                for link in (row.type_link, row.enum_link):
                    if link:
                        page, _, frag = link.partition("#")
                        assert (page[:-3] if page else sid, frag) in anchors, (sid, t.name, row.id, link)
                        checked += 1
    assert checked > 100


def test_every_spec_has_an_area_and_the_web_ide_gets_every_import(specs):
    for sid in specs:
        area_of(sid)
    closure = import_closure(specs, "fw_cfg_dma_access")
    assert sorted(closure) == ["fw_cfg", "fw_cfg_dma_access"]
    assert {a.slug for a in AREAS} >= {"qcow2", "vhost-user", "ivshmem", "fw-cfg"}


def test_every_command_has_example_output_or_says_which_peer_it_needs():
    from qemuspec.cli import build_parser
    names = set(cli_page._subcommands(build_parser()))
    assert names == set(cli_page.EXAMPLES) | set(cli_page.NEEDS_PEER)
    assert not set(cli_page.EXAMPLES) & set(cli_page.NEEDS_PEER)


@pytest.fixture(scope="module")
def built_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site") / "site"
    result = subprocess.run([MKDOCS, "build", "--strict", "--site-dir", str(out)], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return out


def test_build_renders_every_spec_sample_and_diagram(built_site, specs, sample_index):
    for sid in specs:
        page = (built_site / "specs" / sid / "index.html").read_text()
        assert "<table>" in page and f"diagrams/{sid}.svg" in page, sid
        assert (built_site / "diagrams" / f"{sid}.svg").read_text().startswith("<svg"), sid
        assert (built_site / "ksy" / f"{sid}.ksy").read_text() == (KSY / f"{sid}.ksy").read_text()
    for entry in sample_index:
        assert (built_site / "samples" / entry["file"]).read_bytes() == (ROOT / "samples" / entry["file"]).read_bytes()
    cli = (built_site / "cli" / "index.html").read_text()
    assert "virtual size: 1 MiB (1048576 bytes)" in cli   # qemuspec info ran on the sample
    for svg in ("vhost-user-connect", "vhost-user-start", "vhost-user-reset", "vhost-user-ring-states", "ivshmem-connect",
                "ivshmem-client-states", "fw_cfg-dma-read"):
        assert (built_site / "protocols" / f"{svg}.svg").stat().st_size > 1000, svg


def test_search_index_knows_field_names(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text())
    hits = [d["location"] for d in index["docs"] if "refcount_order" in d["text"]]
    assert any(loc.startswith("specs/qcow2/") for loc in hits)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _Server(http.server.ThreadingHTTPServer):
    request_queue_size = 128   # the browser opens many connections at once; the default 5 drops them


def test_site_in_a_real_browser(built_site):
    """Headless Chromium: tables and diagrams render, search works, no broken link, nothing leaves localhost."""
    assert Path(CHROMIUM).exists(), "Debian's chromium is needed (.ci/run installs it)"
    server = _Server(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(built_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "site-qcow2.png"
    try:
        result = subprocess.run(["node", str(ROOT / "tools" / "site" / "browser_check.js"),
                                 f"http://127.0.0.1:{server.server_address[1]}/", str(shot), CHROMIUM],
                                cwd=ROOT, capture_output=True, text=True, timeout=300)
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["format_pages"] == len(list(KSY.glob("*.ksy")))
    assert report["diagrams"] >= report["format_pages"]
    assert "specs/qcow2/" in report["search_result"]
    assert report["outside_requests"] == [] and report["failures"] == []
    assert shot.stat().st_size > 10_000
    shutil.copyfile(shot, ARTIFACTS / "site-qcow2.last.png")
