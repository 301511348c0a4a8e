"""Entry script of the frozen ``meetconfer`` command (packaging/meetconfer.spec)."""

import sys

from meetconfer_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
