#!/usr/bin/env python3
"""Rebuild generated/ from ksy/ with the pinned JVM Kaitai Struct compiler.

    python3 tools/generate.py [--out DIR]

Writes, under DIR (default: generated/):

* python/formats/   Python parsers and writers (--read-write), one package
                    imported as ``qemuspec.formats``, plus ``_index.py``, a
                    table of every top-level spec (id, class, title, magic)
                    derived from the .ksy files, and ``_request_rules.py``,
                    the custom keys ``-fds``/``-reply``/``-reply-fds`` of every
                    enum value that has them (vhost-user's request rules);
* javascript/       JavaScript parsers;
* java/             a Maven project (pom.xml, package io.qemuspec.formats);
* go/               a Go module (go.mod, package formats, plus index.go: the
                    table Parsers from spec id to its top-level parser);
* rust/             a Cargo crate (Cargo.toml, src/lib.rs, one module a spec);
* cpp/              a CMake project (CMakeLists.txt, src/, C++11 with the STL).

Build files come from tools/lang_templates/. The Rust and C++ runtimes are
not in the package registries this project uses, so those two are generated
but not built by the tests (docs/languages.md).

For Go only, every `if` on a seq field or an instance also becomes a value
instance ``<id>_present`` (method ``<Id>Present()``): the Go target keeps no
trace of whether a conditional field was read, and a zero is not "absent".

The class path of the compiler comes from tools/kaitai-compiler/.classpath,
which ``make compiler`` resolves with Maven from the pinned pom.xml there.
Output is deterministic: the same ksy/ gives byte-identical files.
"""

from __future__ import annotations

import argparse
import fcntl
import pprint
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
KSY = ROOT / "ksy"
CLASSPATH_FILE = ROOT / "tools" / "kaitai-compiler" / ".classpath"
TEMPLATES = ROOT / "tools" / "lang_templates"
PYTHON_PACKAGE = "qemuspec.formats"
JAVA_PACKAGE = "io.qemuspec.formats"
GO_PACKAGE = "formats"

# The official runtimes the generated code is built against (tools/lang_templates/).
TEMPLATE_VALUES = {
    "@JAVA_RUNTIME@": "0.11",           # Maven Central io.kaitai:kaitai-struct-runtime
    "@GO_RUNTIME@": "v0.11.0",          # github.com/kaitai-io/kaitai_struct_go_runtime
    "@RUST_RUNTIME_TAG@": "v0.11.0",    # kaitai-io/kaitai_struct_rust_runtime (not on crates.io)
}

# target name -> (compiler options, sub-folder of the output)
TARGETS = {
    "python": (["--read-write", "--python-package", PYTHON_PACKAGE], "python/formats"),
    "javascript": ([], "javascript"),
    "java": (["--java-package", JAVA_PACKAGE], "java/src/main/java"),
    "go": (["--go-package", GO_PACKAGE], "go"),
    "rust": ([], "rust/src"),
    "cpp_stl": (["--cpp-standard", "11"], "cpp/src"),
}

# The folders under the output that generate() replaces, one a language.
LANGUAGE_FOLDERS = ("python/formats", "javascript", "java", "go", "rust", "cpp")

# Suffix of the Go-only presence instances (see the module docstring).
PRESENT = "_present"


def compiler_command() -> list[str]:
    if not CLASSPATH_FILE.exists():
        sys.exit(f"{CLASSPATH_FILE} is missing: run `make compiler` first")
    classpath = CLASSPATH_FILE.read_text().strip()
    return ["java", "-cp", classpath, "io.kaitai.struct.JavaMain"]


def ksy_files() -> list[Path]:
    return sorted(KSY.glob("*.ksy"))


# The compiler orders a spec's imports by a hash of the imported files' paths, so
# output would depend on where the checkout lives. Specs are compiled from this
# fixed folder instead (under a lock), from relative paths: same output everywhere.
STAGE = Path(tempfile.gettempdir()) / "qemuspec-ksy-stage"
STAGE_GO = Path(tempfile.gettempdir()) / "qemuspec-ksy-stage-go"  # the specs with presence instances


def compile_target(target: str, dest: Path) -> None:
    options, _ = TARGETS[target]
    dest.mkdir(parents=True, exist_ok=True)
    cmd = compiler_command() + ["-t", target, *options, "-I", ".", "-d", str(dest.resolve())]
    cmd += [p.name for p in ksy_files()]
    result = subprocess.run(cmd, capture_output=True, text=True, cwd=STAGE_GO if target == "go" else STAGE)
    # The compiler reports spec errors on stdout/stderr but may still exit 0.
    report = (result.stdout + result.stderr).strip()
    if result.returncode != 0 or "error:" in report:
        sys.exit(f"kaitai-struct-compiler failed for {target}:\n{report}")


def first_magic(spec: dict, types: dict, depth: int = 0) -> bytes | None:
    """The fixed bytes a spec starts with, following a leading user type."""
    seq = spec.get("seq") or []
    if not seq or depth > 4:
        return None
    first = seq[0]
    contents = first.get("contents")
    if contents is not None:
        return contents_bytes(contents)
    inner = types.get(first.get("type")) if isinstance(first.get("type"), str) else None
    return first_magic(inner, types, depth + 1) if inner else None


def contents_bytes(contents) -> bytes:
    if isinstance(contents, str):
        return contents.encode("utf-8")
    out = bytearray()
    for item in contents if isinstance(contents, list) else [contents]:
        out += item.encode("utf-8") if isinstance(item, str) else bytes([item])
    return bytes(out)


def camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def spec_index() -> dict:
    index = {}
    for path in ksy_files():
        spec = yaml.safe_load(path.read_text())
        meta = spec["meta"]
        index[meta["id"]] = {
            "class": camel(meta["id"]),
            "title": meta.get("title", ""),
            "magic": first_magic(spec, spec.get("types") or {}),
            "top_level": bool(spec.get("seq")),
        }
    return index


# The custom enum keys copied into _request_rules.py (key in the .ksy -> field name).
RULE_KEYS = {"-fds": "fds", "-reply": "reply", "-reply-fds": "reply_fds"}


def request_rules() -> dict:
    """spec id -> enum name -> value -> {fds, reply, reply_fds?} for every enum value
    carrying the custom keys of RULE_KEYS."""
    rules: dict = {}
    for path in ksy_files():
        spec = yaml.safe_load(path.read_text())
        for enum_name, values in (spec.get("enums") or {}).items():
            for value, entry in values.items():
                if isinstance(entry, dict) and any(key in entry for key in RULE_KEYS):
                    rules.setdefault(spec["meta"]["id"], {}).setdefault(enum_name, {})[value] = {
                        field: entry[key] for key, field in RULE_KEYS.items() if key in entry}
    return rules


def write_python_package(dest: Path) -> None:
    (dest / "__init__.py").write_text(
        '"""Parsers and writers generated from ksy/ (do not edit; run `make generate`)."""\n'
    )
    (dest / "_index.py").write_text(
        "# Generated by tools/generate.py from ksy/ (do not edit; run `make generate`).\n"
        "# One entry per .ksy: its class name, title, the bytes it starts with\n"
        "# (None when it has no magic) and whether it has a top-level sequence.\n\n"
        "SPECS = " + pprint.pformat(spec_index(), width=100, sort_dicts=True) + "\n"
    )
    (dest / "_request_rules.py").write_text(
        "# Generated by tools/generate.py from ksy/ (do not edit; run `make generate`).\n"
        "# The custom keys -fds, -reply and -reply-fds of enum values, by spec id, enum\n"
        "# and value: how many descriptors a request carries and when it is answered.\n\n"
        "RULES = " + pprint.pformat(request_rules(), width=100, sort_dicts=True) + "\n"
    )


def _stage_specs() -> None:
    for stage in (STAGE, STAGE_GO):
        if stage.exists():
            shutil.rmtree(stage)
        stage.mkdir(parents=True)
    for path in ksy_files():
        shutil.copyfile(path, STAGE / path.name)
        spec = yaml.safe_load(path.read_text())
        add_presence_instances(spec, path.stem)
        (STAGE_GO / path.name).write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))


def add_presence_instances(body: dict, where: str) -> None:
    """Give every conditional seq field and instance of a type (and its sub-types)
    a boolean value instance ``<id>_present`` holding its `if` (Go target only)."""
    conditional = [(attr["id"], attr["if"]) for attr in body.get("seq") or [] if "if" in attr]
    conditional += [(name, inst["if"]) for name, inst in (body.get("instances") or {}).items() if "if" in inst]
    taken = {attr["id"] for attr in body.get("seq") or []} | set(body.get("instances") or {})
    for name, condition in conditional:
        present = name + PRESENT
        if present in taken:
            sys.exit(f"{where}: {present} already exists; rename it (Go presence instances use that name)")
        body.setdefault("instances", {})[present] = {
            "value": f"({condition})",
            "doc": f"Whether `{name}` was read (its `if`); added for the Go target by tools/generate.py.",
        }
    for name, sub in (body.get("types") or {}).items():
        add_presence_instances(sub, f"{where}/{name}")


def fill_template(relative: str, dest: Path, values: dict[str, str]) -> None:
    text = (TEMPLATES / relative).read_text()
    for key, value in values.items():
        text = text.replace(key, value)
    leftover = re.findall(r"@[A-Z_]+@", text)
    if leftover:
        sys.exit(f"{relative}: unfilled placeholders {leftover}")
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(text)


def project_version() -> str:
    for line in (ROOT / "pyproject.toml").read_text().splitlines():
        if line.startswith("version = "):
            return line.split('"')[1]
    sys.exit("pyproject.toml has no version")


def write_language_projects(out: Path) -> None:
    """The build files that make each language's folder a library of its ecosystem."""
    values = dict(TEMPLATE_VALUES, **{"@VERSION@": project_version()})
    fill_template("java/pom.xml", out / "java" / "pom.xml", values)
    fill_template("go/go.mod", out / "go" / "go.mod", values)
    fill_template("go/go.sum", out / "go" / "go.sum", values)
    (out / "go" / GO_PACKAGE / "index.go").write_text(go_index())
    fill_template("rust/Cargo.toml", out / "rust" / "Cargo.toml", values)
    (out / "rust" / "src" / "lib.rs").write_text(rust_lib())
    fill_template("cpp/CMakeLists.txt", out / "cpp" / "CMakeLists.txt", values)


GO_HEADER = "// Code generated by tools/generate.py from ksy/; DO NOT EDIT (run `make generate`).\n"


def go_index() -> str:
    """index.go: the table from spec id to a function reading a stream with its top level."""
    entries = "".join(f"""
	"{spec_id}": func(io *kaitai.Stream) (interface{{}}, error) {{
		obj := New{entry["class"]}()
		return obj, obj.Read(io, nil, obj)
	}},""" for spec_id, entry in sorted(spec_index().items()) if entry["top_level"])
    return GO_HEADER + f"""
package {GO_PACKAGE}

import "github.com/kaitai-io/kaitai_struct_go_runtime/kaitai"

// Parsers maps the id of every spec that has a top-level sequence to a function
// that reads a stream with it and returns the parsed object (a pointer).
var Parsers = map[string]func(io *kaitai.Stream) (interface{{}}, error){{{entries}
}}
"""


def rust_lib() -> str:
    lines = ["// Generated by tools/generate.py from ksy/ (do not edit; run `make generate`).",
             "//! Parsers for QEMU's on-disk and wire formats: one module per .ksy spec.", ""]
    lines += [f"pub mod {p.stem};" for p in ksy_files()]
    return "\n".join(lines) + "\n"


def generate(out: Path) -> None:
    with open(Path(tempfile.gettempdir()) / "qemuspec-generate.lock", "w") as lock, \
            tempfile.TemporaryDirectory() as tmp:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one generation at a time: STAGE is shared
        _stage_specs()
        staging = Path(tmp)
        for target, (_, sub) in TARGETS.items():
            compile_target(target, staging / sub)
        write_python_package(staging / TARGETS["python"][1])
        write_language_projects(staging)
        for sub in LANGUAGE_FOLDERS:
            final = out / sub
            if final.exists():
                shutil.rmtree(final)
            final.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(staging / sub, final)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="output folder (default: generated/)")
    args = parser.parse_args()
    generate(args.out)


if __name__ == "__main__":
    main()
