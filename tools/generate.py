#!/usr/bin/env python3
"""Rebuild generated/ from ksy/ with the pinned JVM Kaitai Struct compiler.

    python3 tools/generate.py [--out DIR]

Writes, under DIR (default: generated/):

* python/formats/   Python parsers and writers (--read-write), one package
                    imported as ``qemuspec.formats``, plus ``_index.py``, a
                    table of every top-level spec (id, class, title, magic)
                    derived from the .ksy files, and ``_request_rules.py``,
                    the custom keys ``-fds``/``-reply``/``-reply-fds`` of every
                    enum value that has them (vhost-user's request rules), and
                    ``_fields.py``, the byte offset and width of every field of
                    every type up to its first field of variable size;
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


# Widths in bytes of the built-in fixed-size types.
_FIXED_TYPES = {f"{sign}{n}{end}": n for sign in ("u", "s") for n in (1, 2, 4, 8) for end in ("", "le", "be")}
_FIXED_TYPES.update({f"f{n}{end}": n for n in (4, 8) for end in ("", "le", "be")})
_BIT_TYPE = re.compile(r"b(\d+)(le|be)?$")


def _literal_int(value) -> int | None:
    """An integer given as a literal in a .ksy (`size: 20`, `repeat-expr: 8`), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"0x[0-9a-fA-F_]+|[0-9_]+", value.strip()):
        return int(value.strip().replace("_", ""), 0)
    return None


class _FieldTables:
    """Byte offset and width of the leading fixed-size fields of every type."""

    def __init__(self) -> None:
        self.specs = {p.stem: yaml.safe_load(p.read_text()) for p in ksy_files()}
        self.sizes: dict[str, int | None] = {}   # type name -> fixed size in bytes, None when variable
        self.tables: dict[str, dict] = {}
        self.field_types: dict[str, dict] = {}  # type -> field -> its fixed-size user type

    def resolve(self, spec_id: str, path: list[str], name: str) -> tuple[str, list[str], dict] | None:
        """The type `name` as seen from type `path` of spec `spec_id`: (spec, path, body)."""
        if "::" in name:
            parts = name.split("::")
            spec_id, inner = parts[0], parts[1:]
            body = self.specs.get(spec_id)
            for part in inner:
                body = ((body or {}).get("types") or {}).get(part)
            return (spec_id, inner, body) if body is not None else None
        for depth in range(len(path), -1, -1):
            body = self.specs.get(spec_id)
            for part in path[:depth]:
                body = (body.get("types") or {})[part]
            found = (body.get("types") or {}).get(name)
            if found is not None:
                return spec_id, path[:depth] + [name], found
        if name in self.specs and not path:
            return name, [], self.specs[name]
        return None

    def attr_width(self, spec_id: str, path: list[str], attr: dict) -> int | None:
        """Bytes a (byte-aligned) seq attribute always takes, None when variable."""
        if "contents" in attr:
            return len(contents_bytes(attr["contents"]))
        if any(key in attr for key in ("terminator", "size-eos", "pad-right")) and "size" not in attr:
            return None
        kind = attr.get("type")
        if "size" in attr:
            one = _literal_int(attr["size"])
        elif kind is None:
            return None
        elif not isinstance(kind, str):
            return None  # switch-on
        elif kind in _FIXED_TYPES:
            one = _FIXED_TYPES[kind]
        elif "(" in kind or kind in ("str", "strz"):
            return None
        else:
            found = self.resolve(spec_id, path, kind)
            one = self.type_size(*found) if found else None
            if one is not None and "repeat" not in attr:
                self.field_types.setdefault("::".join([spec_id, *path]), {})[attr["id"]] = \
                    "::".join([found[0], *found[1]])
        if one is None:
            return None
        if "repeat" not in attr:
            return one
        count = _literal_int(attr.get("repeat-expr")) if attr["repeat"] == "expr" else None
        return None if count is None else one * count

    def type_size(self, spec_id: str, path: list[str], body: dict) -> int | None:
        name = "::".join([spec_id, *path])
        if name not in self.sizes:
            self.sizes[name] = None  # a type holding itself is not of fixed size
            table, end, complete = self.layout(spec_id, path, body)
            self.tables[name] = table
            self.sizes[name] = end if complete and not body.get("params") else None
        return self.sizes[name]

    def layout(self, spec_id: str, path: list[str], body: dict) -> tuple[dict, int, bool]:
        """field -> (offset, width) up to the first field of variable size, the end of
        the fixed part and whether every field is fixed and unconditional. A run of
        bit fields is one integer: each of its fields gets that integer's offset and
        width. After a conditional field only conditional fields follow (each at the
        offset it has when the earlier ones are present)."""
        table: dict = {}
        offset, bits, run = 0, 0, []
        conditional = False

        def close_run() -> None:
            nonlocal offset, bits, run
            width = (bits + 7) // 8
            for field in run:
                table[field] = (offset, width)
            offset, bits, run = offset + width, 0, []

        if body.get("meta", {}).get("endian") == "switch-on" or isinstance((body.get("meta") or {}).get("endian"), dict):
            return table, 0, False
        for attr in body.get("seq") or []:
            if conditional and "if" not in attr:
                close_run()
                return table, offset, False
            conditional = conditional or "if" in attr
            match = _BIT_TYPE.fullmatch(attr.get("type", "")) if isinstance(attr.get("type"), str) else None
            if match and "repeat" not in attr:
                bits += int(match.group(1))
                run.append(attr["id"])
                continue
            close_run()
            width = self.attr_width(spec_id, path, attr)
            if width is None:
                return table, offset, False
            table[attr["id"]] = (offset, width)
            offset += width
        close_run()
        return table, offset, not conditional

    def all_tables(self) -> dict:
        def walk(spec_id: str, path: list[str], body: dict) -> None:
            if body.get("seq"):
                self.type_size(spec_id, path, body)
            for name, sub in (body.get("types") or {}).items():
                walk(spec_id, path + [name], sub)
        for spec_id, spec in self.specs.items():
            walk(spec_id, [], spec)
        return {name: table for name, table in sorted(self.tables.items()) if table}


    def at_start(self) -> list[str]:
        """The types that begin at byte 0 of their spec's input: each root with a
        sequence and the types its first field is, one inside the other."""
        names = []
        for spec_id, spec in self.specs.items():
            where: tuple | None = (spec_id, [], spec)
            while where is not None and where[2].get("seq"):
                names.append("::".join([where[0], *where[1]]))
                first = where[2]["seq"][0]
                kind = first.get("type")
                if not isinstance(kind, str) or kind in _FIXED_TYPES or "(" in kind or "repeat" in first:
                    break
                where = self.resolve(where[0], where[1], kind)
        return sorted(names)


def field_tables() -> tuple[dict, dict, list]:
    """type ("qcow2::header") -> field -> (byte offset in the type, width in bytes);
    type -> field -> the user type of fixed size it is; the types at byte 0 of an input."""
    tables = _FieldTables()
    fields = tables.all_tables()
    types = {name: tables.field_types[name] for name in sorted(tables.field_types) if name in fields}
    return fields, types, tables.at_start()


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
    fields, types, at_start = field_tables()
    (dest / "_fields.py").write_text(
        "# Generated by tools/generate.py from ksy/ (do not edit; run `make generate`).\n"
        "# By type (spec id, then nested type names, joined by ::), every field up to\n"
        "# the type's first field of variable size: (byte offset in the type, width in\n"
        "# bytes). The fields of a run of bit fields share the offset and width of the\n"
        "# integer holding them. A field after a conditional one has the offset it has\n"
        "# when the conditional fields before it are present.\n\n"
        "# TYPES gives the fixed-size user type of a field (to follow a path such as\n"
        "# incompatible_features.dirty); AT_START lists the types that begin at byte 0\n"
        "# of their spec's input, whose offsets are therefore offsets in the input.\n\n"
        f"FIELDS = {pprint.pformat(fields, width=100, sort_dicts=False)}\n\n"
        f"TYPES = {pprint.pformat(types, width=100, sort_dicts=False)}\n\n"
        f"AT_START = {pprint.pformat(at_start, width=100)}\n"
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
