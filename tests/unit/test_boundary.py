"""STYLE.md section 2: the domain, storage, importer, export and the CLI never load Qt."""

from __future__ import annotations

import subprocess
import sys


def test_headless_packages_do_not_import_qt():
    code = (
        "import sys, importlib, pkgutil\n"
        "import meetconfer_gui.cli, meetconfer_gui.domain\n"
        "for pkg in ('domain', 'storage', 'importer', 'export', 'commands'):\n"
        "    mod = importlib.import_module('meetconfer_gui.' + pkg)\n"
        "    for info in pkgutil.iter_modules(mod.__path__):\n"
        "        importlib.import_module(f'meetconfer_gui.{pkg}.{info.name}')\n"
        "meetconfer_gui.cli.build_parser()\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
        "assert 'meetconfer_gui.ui' not in sys.modules\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 0, proc.stderr
