"""Coverage-guided runs with atheris (libFuzzer): ``python fuzz/run.py --engine atheris --target T``.

The same targets and properties as the seeded engine (:mod:`fuzz.engine`);
libFuzzer picks inputs by the coverage of qemuspec's code (instrumented
after import) and mutates them with the target's own structure-aware
mutator. A violation stops the run and libFuzzer writes the input to
``crash-*`` in the findings folder. Needs ``pip install atheris==3.0.0``
(CPython 3.11 wheel); not used in CI.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from .harness import Target, run_one


def run(target: Target, *, seed: int, seconds: float, findings: Path, inputs: int | None = None) -> dict:
    import atheris

    atheris.instrument_all()
    rng = random.Random(seed)
    counts = {"inputs": 0, "violations": 0}
    corpus_dir = findings / target.name / "atheris-corpus"
    corpus_dir.mkdir(parents=True, exist_ok=True)
    for i, seed_input in enumerate(target.seeds()):
        (corpus_dir / f"seed-{i}").write_bytes(seed_input)

    def test_one(data: bytes) -> None:
        counts["inputs"] += 1
        result = run_one(target, data)
        if result.violation:
            raise AssertionError(f"{result.kind}: {result.violation}")

    def mutator(data: bytes, max_size: int, libfuzzer_seed: int) -> bytes:
        rng.seed(libfuzzer_seed)
        return target.mutate(data, rng, [])[:max_size]

    argv = [sys.argv[0], f"-seed={seed}", f"-max_total_time={int(seconds)}", f"-artifact_prefix={findings / target.name}/",
            "-max_len=4194304", "-rss_limit_mb=0", str(corpus_dir)]
    if inputs is not None:
        argv.append(f"-runs={inputs}")
    atheris.Setup(argv, test_one, custom_mutator=mutator)
    try:
        atheris.Fuzz()
    except SystemExit:
        pass
    return counts
