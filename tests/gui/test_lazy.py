"""ui/lazy.py: modules and the Qt namespace loaded on first use; enum properties by name."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter

from meetconfer_gui.ui import lazy


def test_lazy_qt_is_the_real_namespace():
    ns = lazy._QtNamespace()
    assert ns.Orientation is Qt.Orientation
    assert ns.ItemDataRole is Qt.ItemDataRole
    assert "Orientation" in vars(ns)  # kept after the first read
    with pytest.raises(AttributeError):
        _ = ns.NoSuchEnum


def test_set_enum_sets_enums_and_flags_by_name(qapp):
    split = QSplitter()
    lazy.set_enum(split, "orientation", "Vertical")
    assert split.orientation() is Qt.Orientation.Vertical
    label = QLabel()
    lazy.set_enum(label, "textInteractionFlags",
                  "TextSelectableByKeyboard|TextSelectableByMouse")
    assert label.textInteractionFlags() == (Qt.TextInteractionFlag.TextSelectableByKeyboard
                                            | Qt.TextInteractionFlag.TextSelectableByMouse)
    lazy.set_enum(label, "textFormat", "RichText")
    assert label.textFormat() is Qt.TextFormat.RichText


def test_set_enum_refuses_unknown_keys_and_properties(qapp):
    label = QLabel()
    with pytest.raises(ValueError, match="textFormat"):
        lazy.set_enum(label, "textFormat", "Richtext")
    with pytest.raises(ValueError, match="noSuchProperty"):
        lazy.set_enum(label, "noSuchProperty", "RichText")


#: Runs the window to its first paint and says whether PySide6 had made the Qt namespace's
#: enum types (its first one is GlobalColor) by then.
_PROBE = """
import enum, sys
made = []
create = enum.EnumType.__dict__["_create_"]
def spy(cls, name, *args, **kwargs):
    made.append(name)
    return create(cls, name, *args, **kwargs)
enum.EnumType._create_ = spy
import meetconfer_gui.app as app
stamp = app._stamp
def at_paint(what, *, stage=False):
    if what == "painted":
        print("BEFORE-PAINT", "GlobalColor" in made)
app._stamp = at_paint
code = app.main(["--quit-after-paint", "--today", "2017-10-20"])
print("AFTER-LOAD", "GlobalColor" in made)
sys.exit(code)
"""


@pytest.mark.slow
def test_window_paints_before_making_the_qt_namespace_enums():
    """Start-up: the frame is built without ``Qt.*`` (15 ms of enum types); the load uses it."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    result = subprocess.run([sys.executable, "-c", _PROBE], env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "BEFORE-PAINT False" in result.stdout, result.stdout
    assert "AFTER-LOAD True" in result.stdout


def test_escape_matches_html_escape():
    import html

    from meetconfer_gui.ui.detail_pane import _e

    for text in ("a < b & c > d", "&amp; already", "\"quoted\" 'single'", "plain", ""):
        assert _e(text) == html.escape(text, quote=False)
