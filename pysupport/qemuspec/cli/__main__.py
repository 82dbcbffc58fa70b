"""``python -m qemuspec.cli``: the ``qemuspec`` command."""

import sys

from . import main

if __name__ == "__main__":
    sys.exit(main())
