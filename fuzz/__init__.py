"""qemuspec's fuzz harness: one target per parser or protocol core, seeded mutators, property checks.

Run it with ``python fuzz/run.py [--target T] [--seconds S | --inputs N] [--seed N]``
(``make fuzz``); tests/test_fuzz*.py run a short seeded pass of every target.
See docs/fuzzing.md.
"""
