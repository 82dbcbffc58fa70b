"""qemuspec agrees with qemu-img 7.2 on every image of a held-out corpus (tests/corpus.py).

For each image both programs run as whole processes on info, map and check
(--output=json) and convert -O raw, and on every qcow2 image check finds leaks or
corruptions in, check -r all (each on its own copy). Agreement means: the info
fields we print equal qemu-img's, the map is equal, check's exit code and
counters are equal, the converted bytes are equal, the repairs' counters and
exit codes are equal and qemu-img judges and reads both repaired copies alike;
or qemu-img fails and so do we. Whenever we
fail, the error is one `qemuspec: error:` line with exit status 1, and no
input file changes. DELIBERATE lists the cases where we differ on purpose.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import QEMUSPEC
from corpus import RECIPES

TIMEOUT = 180  # a guard against hangs, not a speed test (60 s was once too short on a loaded 2-core machine)
CONVERT_LIMIT = 256 << 20  # larger virtual disks are not converted (the raw file would be as large)

ALL = ("info", "map", "check", "convert")
PAST_EOF = ("a table that runs past the end of the file: QEMU reads the missing part as zeros, we refuse "
            "the truncated image (docs/formats/qcow2.md, parallels.md)")
PARALLELS_RULES = ("parallels check applies the spec's BAT and Format Extension rules that QEMU 7.2's check does "
                   "not (block/parallels/check.py's header)")
_DELIBERATE_GROUPS: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    (PAST_EOF, ALL, ("fuzz-4k-l1_size-0x100000", "fuzz-4k-l1_table_offset-0x10000", "fuzz-ext-l1_table_offset-0x100000",
                     "fuzz-v2-l1_size-0x100000", "fuzz-v2-l1_table_offset-0x100000000",
                     "corrupt-parallels-bat-entries-huge")),
    (PAST_EOF, ("info", "map", "convert"), ("corrupt-snapshot-offset-past-eof", "corrupt-snapshot-id-size-huge",
                                            "fuzz-snap-snap_id_size-0x7fff", "fuzz-snap-snap_id_size-0x8000",
                                            "fuzz-snap-snap_name_size-0x7fff")),
    ("a BAT that overlaps the data area: its entries would be read from guest data; we refuse", ALL,
     ("fuzz-parallels-bat_entries-0x10000",)),
    ("an external data file that cannot be opened (no name, or data-file-raw without one): qemu-img info shows "
     "the image without opening it, we refuse it in every command (docs/formats/qcow2.md)", ("info",),
     ("corrupt-header-data-file-bit-no-extension", "fuzz-ext-autoclear_features-0xffffffffffffffff")),
    ("header_length not a multiple of 8: the spec requires it, QEMU does not look; we refuse", ALL,
     ("corrupt-header-length-unaligned",)),
    ("a parallels header of another version: QEMU's probe calls it raw and returns the parallels file's bytes "
     "as guest data; we refuse", ("info", "map", "convert"),
     ("corrupt-parallels-version-3", "fuzz-parallels-version-0x0", "fuzz-parallels-version-0x1000",
      "fuzz-parallels-version-0x3fffffff")),
    ("QEMU 7.2 aborts on an assertion in bdrv_co_block_status (virtual size far past the BAT); we map it", ("map",),
     ("corrupt-parallels-nb-sectors-huge",)),
    (PARALLELS_RULES, ("check",), ("corrupt-parallels-bat-into-bat", "corrupt-parallels-data-off-past-eof",
                                   "corrupt-parallels-data-off-zero", "corrupt-parallels-tracks-odd",
                                   "corrupt-parallels-ext-off-past-eof", "fuzz-parallels-bat3-0x1",
                                   "fuzz-parallels-data_off-0x100", "fuzz-parallels-data_off-0x3fffffff",
                                   "fuzz-parallels-data_off-0xffffffff", "fuzz-parallels-ext_off-0x3fffffff",
                                   "fuzz-parallels-ext_off-0x8000000000000001", "fuzz-parallels-ext_off-0x80000001",
                                   "fuzz-parallels-tracks-0x100")),
]
_DELIBERATE_GROUPS += [
    (PAST_EOF, ("repair",), ("fuzz-4k-l1_table_offset-0x10000", "fuzz-ext-l1_table_offset-0x100000",
                             "fuzz-v2-l1_table_offset-0x100000000")),
    ("header_length not a multiple of 8: the spec requires it, QEMU does not look; we refuse", ("repair",),
     ("corrupt-header-length-unaligned",)),
    ("qemu-img's own repair fails or leaves leaks, stopped by its overlap check (its rebuild reuses a cluster "
     "the old refcount structure still holds; a bitmap directory inside a refcount block): ours writes the new "
     "structure past the end of the file and ends clean, the guest data unchanged", ("repair",),
     ("corrupt-refcount-table-misaligned", "fuzz-4k-ext_magic-0x10000", "fuzz-4k-ext_magic-0x7fffffff",
      "fuzz-4k-ext_magic-0x80000000")),
    ("qemu-img's repair leaves a corruption: it stores the autoloaded bitmap when it closes the image and frees "
     "the old bitmap directory, a cluster a data L2 entry shares, after it set that entry's COPIED flag; ours "
     "ends clean, the guest data unchanged", ("repair",), ("corrupt-iotests-l2-data-at-bitmap-directory",)),
]
# (image, command) -> why we differ from qemu-img on purpose.
DELIBERATE: dict[tuple[str, str], str] = {
    (name, command): reason for reason, commands, names in _DELIBERATE_GROUPS for name in names for command in commands}

# Disagreements found by the corpus and not fixed yet (bugs of ours): the test fails while they are here
# and they differ no longer (strict xfail), so a fix must take them off this list.
BITMAPS_ON_CLOSE = ("qemu-img check -r opens the image read-write, so QEMU stores its autoloaded bitmap when it "
                    "closes it: a new table and directory, the old ones freed, which clears damage in them; our "
                    "repair leaves the bitmap as it was")
KNOWN_BUGS: dict[str, str] = {
    "corrupt-iotests-bitmap-table-past-eof": BITMAPS_ON_CLOSE,
    "corrupt-iotests-bitmap-table-entry-past-eof": BITMAPS_ON_CLOSE,
    "corrupt-iotests-snapshot-table-at-header": "check -r all of a snapshot table over the header: our counters "
                                                "of corruptions fixed and left differ from qemu-img's",
}


METADATA_EIO = "Could not read file metadata: Input/output error"  # qemu-img map's error on a corruption event


def _run(args: list[str], folder: Path) -> tuple[int | None, str, str]:
    try:
        r = subprocess.run(args, cwd=folder, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "", "timeout"
    return r.returncode, r.stdout.decode(errors="replace"), r.stderr.decode(errors="replace")


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def _json(text: str):
    try:
        return json.loads(text)
    except ValueError:
        return None


def _compare_one(name: str, folder: Path) -> dict:
    folder.mkdir()
    image = RECIPES[name](folder).name
    before = _hashes(folder)
    out: dict = {"image": image}
    for command in ("info", "map", "check"):
        out[command] = (_run(["qemu-img", command, "--output=json", image], folder),
                        _run([QEMUSPEC, command, "--output=json", image], folder))
    info = _json(out["info"][0][1])
    if info is None or info.get("virtual-size", 0) <= CONVERT_LIMIT:
        theirs = _run(["qemu-img", "convert", "-O", "raw", image, "theirs.raw"], folder)
        ours = _run([QEMUSPEC, "convert", "-O", "raw", image, "ours.raw"], folder)
        out["convert"] = (theirs, ours, *(_digest(folder / f) for f in ("theirs.raw", "ours.raw")))
        for f in ("theirs.raw", "ours.raw"):
            (folder / f).unlink(missing_ok=True)
    out["changed"] = sorted(k for k, v in _hashes(folder).items() if k in before and before[k] != v)
    check = _json(out["check"][0][1])
    if check is not None and out["check"][0][0] in (2, 3) and check.get("format", "qcow2") == "qcow2":
        out["repair"] = _repair_both(folder, image, info)
    return out


def _repair_both(folder: Path, image: str, info) -> dict:
    """check -r all by both programs on copies; then qemu-img judges both results and reads both."""
    out = {}
    for who, tool in (("theirs", "qemu-img"), ("ours", QEMUSPEC)):
        copy = f"{who}-repaired.qcow2"
        shutil.copyfile(folder / image, folder / copy)
        out[who] = _run([tool, "check", "-r", "all", "--output=json", copy], folder)
        out[f"{who}-after"] = _run(["qemu-img", "check", "--output=json", copy], folder)[0]
        if info is None or info.get("virtual-size", 0) <= CONVERT_LIMIT:
            # a convert that fails leaves a partial file whose length depends on timing: no digest then
            done = _run(["qemu-img", "convert", "-O", "raw", copy, f"{who}.raw"], folder)[0] == 0
            out[f"{who}-data"] = _digest(folder / f"{who}.raw") if done else None
            (folder / f"{who}.raw").unlink(missing_ok=True)
        (folder / copy).unlink()
    return out


def _converted(r: dict) -> str | None:
    """The digest of qemu-img's raw copy of the image before any repair (None when it did not convert)."""
    if "convert" not in r or r["convert"][0][0] != 0:
        return None
    return r["convert"][2]


def _digest(path: Path) -> str | None:
    if not path.exists():
        return None
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> dict[str, dict]:
    root = tmp_path_factory.mktemp("corpus")
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        futures = {name: pool.submit(_compare_one, name, root / name) for name in RECIPES}
        return {name: f.result() for name, f in futures.items()}


def _clean_failure(result: tuple[int | None, str, str], check: bool = False) -> str | None:
    """None when our run failed as it should: exit 1 and one `qemuspec: error:` line.

    check words it as qemu-img check does: the findings (ERROR ... lines) and a last `Check failed:` line.
    """
    rc, _, err = result
    lines = err.strip().splitlines()
    if rc == 1 and len(lines) == 1 and lines[0].startswith("qemuspec: error:"):
        return None
    if check and rc == 1 and lines and lines[-1].startswith("Check failed: ") and "Traceback" not in err:
        return None
    return f"exit {rc}, stderr {err!r}"


def disagreements(r: dict) -> dict[str, str]:
    """command -> how we differ from qemu-img on this image (empty when we agree)."""
    found: dict[str, str] = {}
    for command in ("info", "map", "check"):
        (trc, tout, terr), ours = r[command]
        orc, oout, oerr = ours
        if orc is None:
            found[command] = "qemuspec hangs"
            continue
        theirs_json, ours_json = _json(tout), _json(oout)
        if command == "check":
            opened = theirs_json is not None
            if not opened:
                if (bad := _clean_failure(ours, check=True)) is not None:
                    found[command] = f"qemu-img cannot open it ({terr.strip()}); we: {bad}"
            elif orc != trc or ours_json != theirs_json:
                found[command] = f"qemu-img exit {trc} {theirs_json}; we exit {orc} {ours_json or oerr.strip()}"
            continue
        if trc != 0 and command == "map" and METADATA_EIO in terr:
            # qemu-img prints the extents it found before the failing query, the event and its error
            if (orc, oout, oerr) != (trc, tout, terr.replace("qemu-img: ", "qemuspec: error: ")):
                found[command] = f"qemu-img exit {trc} {tout[-300:]!r} {terr!r}; we exit {orc} {oout[-300:]!r} {oerr!r}"
        elif trc != 0:
            if (bad := _clean_failure(ours)) is not None:
                found[command] = f"qemu-img fails ({terr.strip()}); we: {bad}"
        elif orc != 0:
            found[command] = f"qemu-img succeeds; we fail: {oerr.strip()}"
        elif command == "info":
            diff = {k: (v, theirs_json.get(k, "<missing>")) for k, v in ours_json.items() if theirs_json.get(k) != v}
            if diff:
                found[command] = f"fields (ours, qemu-img): {diff}"
        elif ours_json != theirs_json:
            found[command] = f"map differs: ours {oout[:600]} qemu-img {tout[:600]}"
    if "convert" in r:
        (trc, _, terr), ours, theirs_digest, ours_digest = r["convert"]
        if ours[0] is None:
            found["convert"] = "qemuspec hangs"
        elif trc != 0:
            if (bad := _clean_failure(ours)) is not None:
                found["convert"] = f"qemu-img fails ({terr.strip()}); we: {bad}"
        elif ours[0] != 0:
            found["convert"] = f"qemu-img converts; we fail: {ours[2].strip()}"
        elif ours_digest != theirs_digest:
            found["convert"] = "the converted bytes differ"
    if "repair" in r:
        rep = r["repair"]
        (trc, tout, terr), (orc, oout, oerr) = rep["theirs"], rep["ours"]
        keys = ("corruptions", "leaks", "check-errors", "corruptions-fixed", "leaks-fixed")
        theirs_json, ours_json = _json(tout) or {}, _json(oout) or {}
        if orc is None:
            found["repair"] = "qemuspec hangs"
        elif (trc, {k: theirs_json.get(k) for k in keys}) != (orc, {k: ours_json.get(k) for k in keys}):
            found["repair"] = f"qemu-img -r all exit {trc} {theirs_json}; we exit {orc} {ours_json or oerr.strip()}"
        elif rep["theirs-after"] != rep["ours-after"]:
            found["repair"] = f"qemu-img check after qemu-img's repair: {rep['theirs-after']}, after ours: " \
                              f"{rep['ours-after']}"
        elif rep.get("ours-data") not in (rep.get("theirs-data"), _converted(r)):
            found["repair"] = "after our repair the guest data is neither what it was nor what qemu-img's gives"
    if r["changed"]:
        found["input"] = f"changed: {r['changed']}"
    return found


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(reason=KNOWN_BUGS[n], strict=True))
                                  if n in KNOWN_BUGS else n for n in sorted(RECIPES)])
def test_qemuspec_agrees_with_qemu_img(results, name):
    found = disagreements(results[name])
    for command in list(found):
        if (name, command) in DELIBERATE:
            found.pop(command)
    assert not found, found


def test_the_corpus_is_large_and_mixed():
    kinds = {name.split("-")[0] for name in RECIPES}
    assert kinds == {"made", "corrupt", "fuzz"}
    assert len(RECIPES) >= 300
    assert any("parallels" in name for name in RECIPES if name.startswith("fuzz"))


def test_deliberate_differences_are_still_differences(results):
    # A listed difference that no longer differs must leave the list.
    assert all(name in RECIPES for name, _ in DELIBERATE)
    for (name, command), reason in DELIBERATE.items():
        assert command in disagreements(results[name]), (name, command, reason)
