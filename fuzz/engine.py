"""The fuzz loop: seeds first, then mutations of a growing corpus, with seeded randomness.

The corpus grows with every input that shows a behaviour not seen before
(an outcome label: which error, raised where, or what an accepted input
looked like) - a cheap stand-in for coverage feedback. The first input of
every distinct violation is written to ``findings/<target>/``.
"""

from __future__ import annotations

import hashlib
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from .harness import Result, Target, run_one

__all__ = ["Campaign", "fuzz"]

MAX_CORPUS = 400


@dataclass
class Campaign:
    target: str
    seed: int
    inputs: int = 0
    seeds: int = 0
    accepted: int = 0            # inputs that ran without any error
    refused: int = 0             # inputs refused with a qemuspec error
    outcomes: int = 0            # distinct outcome labels seen
    corpus: int = 0
    seconds: float = 0.0
    violations: list[dict] = field(default_factory=list)
    extra: dict = field(default_factory=dict)


def _signature(result: Result) -> str:
    text = result.violation or ""
    # the exception type and the innermost frame identify a bug; the values vary
    kind = text.split(":", 1)[0]
    where = text.rsplit("[", 1)[-1].split(" <- ", 1)[0]
    return f"{result.kind}|{kind}|{where}"


def fuzz(target: Target, *, seed: int, inputs: int | None = None, seconds: float | None = None,
         findings: Path | None = None, current: Path | None = None) -> Campaign:
    """Run ``target`` on its seeds, then on mutations, until ``inputs`` or ``seconds`` run out."""
    rng = random.Random(seed)
    camp = Campaign(target.name, seed)
    corpus = list(target.seeds())
    camp.seeds = len(corpus)
    seen_outcomes: set[str] = set()
    seen_bugs: set[str] = set()
    start = time.monotonic()
    i = 0
    while True:
        if inputs is not None and i >= inputs:
            break
        if seconds is not None and time.monotonic() - start >= seconds:
            break
        if i < camp.seeds:
            data = corpus[i]
        else:
            parent = corpus[rng.randrange(len(corpus))]
            data = target.mutate(parent, rng, corpus)
        if current is not None:
            current.write_bytes(data)     # the runner keeps it if the process dies on this input
        result = run_one(target, data)
        i += 1
        if result.violation:
            sig = _signature(result)
            if sig not in seen_bugs:
                seen_bugs.add(sig)
                name = hashlib.sha1(data).hexdigest()[:16]
                entry = {"kind": result.kind, "what": result.violation, "input": name, "size": len(data)}
                if findings is not None:
                    folder = findings / target.name
                    folder.mkdir(parents=True, exist_ok=True)
                    (folder / f"{name}.bin").write_bytes(data)
                    (folder / f"{name}.txt").write_text(result.violation + "\n")
                    entry["file"] = str(folder / f"{name}.bin")
                camp.violations.append(entry)
            continue
        if result.outcome.startswith("error:"):
            camp.refused += 1
        else:
            camp.accepted += 1
        if result.outcome not in seen_outcomes:
            seen_outcomes.add(result.outcome)
            if i > camp.seeds and len(corpus) < MAX_CORPUS:
                corpus.append(data)
    camp.inputs = i
    camp.outcomes = len(seen_outcomes)
    camp.corpus = len(corpus)
    camp.seconds = round(time.monotonic() - start, 2)
    camp.extra = target.stats()
    return camp
