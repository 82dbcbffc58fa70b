"""mkdocs hook: the pages and files rendered from ksy/, samples/ and generated/ at build time.

mkdocs.yml names this file under ``hooks:``. Before the site is built it adds:

* ``specs/<id>.md``      one page per .ksy (templates/format.md.j2), with its layout diagram;
* ``protocols/*.md``     message sequences and state machines (protocols.py);
* ``webide/<area>.md``   how to open each area's samples in the Kaitai Web IDE;
* ``cli.md``             every command's --help and real output on samples (cli_page.py);
* ``ksy/``, ``samples/``, ``code/<language>/``, ``diagrams/``: the files those pages link to.

and the navigation entries for them. Nothing is written into docs/.
"""

from __future__ import annotations

import posixpath
import re
import sys
from pathlib import Path
from typing import NamedTuple

import jinja2
from mkdocs.structure.files import File, Files

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))   # tools/, for parse_samples

import cli_page  # noqa: E402
import diagrams  # noqa: E402
import protocols  # noqa: E402
from areas import AREAS, area_of  # noqa: E402
from ksy_model import import_closure, load_specs  # noqa: E402
from parse_samples import load_index  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent.parent
KSY, SAMPLES, GENERATED = ROOT / "ksy", ROOT / "samples", ROOT / "generated"
TEMPLATES = Path(__file__).resolve().parent / "templates"

# language folder under generated/ -> how the site names it; code files are found by name
LANGUAGES = {"python": "Python", "javascript": "JavaScript", "java": "Java", "go": "Go", "rust": "Rust",
             "cpp": "C++"}
CODE_SUFFIXES = {".py", ".js", ".java", ".go", ".rs", ".h", ".cpp"}


def _cell(text: str) -> str:
    """Text for one markdown table cell: one line, no bare pipes."""
    return re.sub(r"\s*\n\s*", " ", str(text or "")).replace("|", "\\|").strip()


def _docref(ref: str) -> str:
    url = re.match(r"^(https?://\S+)\s*(.*)$", ref)
    if url:
        label = url[2] or url[1].split("/")[-1] or url[1]
        return f"[{label}]({url[1]})"
    return ref


def _typecell(row) -> str:
    shown = f"[`{row.type}`]({row.type_link})" if row.type_link else (
        f"`{row.type}`" if row.type and " " not in row.type else _cell(row.type))
    if row.enum:
        enum = f"[{row.enum}]({row.enum_link})" if row.enum_link else row.enum
        shown += f" → enum {enum}"
    return shown


def _doccell(row) -> str:
    parts = [row.doc]
    if row.notes:
        parts.append("(" + "; ".join(row.notes) + ")")
    if row.orig_id:
        parts.append(f"QEMU's name: `{row.orig_id}`.")
    if row.doc_ref:
        parts.append("See " + "; ".join(_docref(r) for r in row.doc_ref) + ".")
    return _cell(" ".join(p for p in parts if p))


def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), undefined=jinja2.StrictUndefined,
                             keep_trailing_newline=True)
    env.filters.update(cell=_cell, docref=_docref, typecell=_typecell, doccell=_doccell)
    return env


def relative(page: str):
    """A function giving the link from page to a site path."""
    base = posixpath.dirname(page)
    return lambda target: posixpath.relpath(target, base or ".")


class _CodeFile(NamedTuple):
    path: Path      # under generated/
    site: str       # where the site serves it

    @property
    def name(self) -> str:
        return self.path.name


class Site:
    """Everything the hook renders, computed once per build."""

    def __init__(self) -> None:
        self.specs = load_specs(KSY)
        self.samples = load_index()
        self.env = environment()
        self.code = self._code_files()

    def _code_files(self) -> dict[str, list[tuple[str, list]]]:
        """spec id -> [(language, [files])] of the generated code (site paths under code/)."""
        out: dict[str, list] = {sid: [] for sid in self.specs}
        keys = {re.sub(r"[^a-z0-9]", "", sid): sid for sid in self.specs}
        for folder, language in LANGUAGES.items():
            root = GENERATED / folder
            if not root.is_dir():
                continue
            per_spec: dict[str, list] = {}
            for path in sorted(root.rglob("*")):
                sid = keys.get(re.sub(r"[^a-z0-9]", "", path.stem.lower()))
                if path.suffix in CODE_SUFFIXES and sid and "test" not in path.parts:
                    site = f"code/{folder}/{path.relative_to(root).as_posix()}"
                    per_spec.setdefault(sid, []).append(_CodeFile(path, site))
            for sid, files in per_spec.items():
                out[sid].append((language, files))
        return out

    def render(self, template: str, page: str, **values) -> str:
        return self.env.get_template(template).render(rel=relative(page), **values)

    def pages(self) -> dict[str, str | bytes]:
        """Site path -> content of every generated page and file."""
        out: dict[str, str | bytes] = {}
        for sid, spec in self.specs.items():
            page = f"specs/{sid}.md"
            out[page] = self.render("format.md.j2", page, spec=spec, area=area_of(sid),
                                    samples=[s for s in self.samples if s["spec"] == sid], code=self.code[sid])
            out[f"ksy/{sid}.ksy"] = spec.source
        for sid, svg in diagrams.layout_diagrams(KSY).items():
            out[f"diagrams/{sid}.svg"] = svg
        for sample in self.samples:
            out[f"samples/{sample['file']}"] = (SAMPLES / sample["file"]).read_bytes()
        for files in self.code.values():
            for _, group in files:
                for f in group:
                    out[f.site] = f.path.read_bytes()
        closures = {sid: sorted(import_closure(self.specs, sid)) for sid in self.specs}
        for area in AREAS:
            page = f"webide/{area.slug}.md"
            samples = [s for s in self.samples if area.owns(s["spec"])]
            out[page] = self.render("webide.md.j2", page, area=area, samples=samples, closures=closures)
        out.update(protocols.pages(self.env))
        out["cli.md"] = cli_page.render(self.env)
        return out

    def nav(self) -> list:
        specs = []
        for area in AREAS:
            owned = [{self.specs[sid].id: f"specs/{sid}.md"} for sid in sorted(self.specs) if area.owns(sid)]
            specs.append({area.title: owned})
        return [
            {"Spec reference": specs},
            {"Protocols": protocols.NAV},
            {"Web IDE": [{area.title: f"webide/{area.slug}.md"} for area in AREAS]},
            {"Command line": "cli.md"},
        ]


_site: Site | None = None


def _get_site() -> Site:
    global _site
    if _site is None:
        _site = Site()
    return _site


def on_config(config, **kwargs):
    nav = list(config["nav"] or [])
    # generated sections go after the hand-written formats, before the rest
    at = next((i + 1 for i, item in enumerate(nav) if isinstance(item, dict) and "Formats" in item), len(nav))
    config["nav"] = nav[:at] + _get_site().nav() + nav[at:]
    return config


def on_files(files: Files, config, **kwargs) -> Files:
    for path, content in _get_site().pages().items():
        files.append(File.generated(config, path, content=content))
    return files
