"""``python -m meetconfer_gui`` opens the window."""

import sys

from meetconfer_gui.app import main

if __name__ == "__main__":
    sys.exit(main())
