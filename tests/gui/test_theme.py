"""Dark palettes: check boxes and radio buttons stay visible (theme.outlined_style)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QStyle, QStyleOptionButton

from meetconfer_gui.ui import theme


def _indicator_pixels(widget: QCheckBox | QRadioButton, style: QStyle) -> list[QColor]:
    """The colours inside the indicator's rectangle, as the widget paints."""
    widget.setStyle(style)
    widget.setPalette(theme.dark_palette())
    widget.resize(widget.sizeHint())
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    opt = QStyleOptionButton()
    opt.initFrom(widget)
    element = (QStyle.SubElement.SE_RadioButtonIndicator if isinstance(widget, QRadioButton)
               else QStyle.SubElement.SE_CheckBoxIndicator)
    rect = style.subElementRect(element, opt, widget)
    ratio = image.width() / max(1, widget.width())
    return [image.pixelColor(int(x * ratio), int(y * ratio))
            for x in range(rect.left(), rect.right() + 1)
            for y in range(rect.top(), rect.bottom() + 1)]


def _bright(colours: list[QColor]) -> int:
    return sum(c.lightness() > 170 for c in colours)


def test_fusion_indicators_are_outlined_in_the_text_colour_on_a_dark_palette(qtbot):
    from PySide6.QtWidgets import QStyleFactory

    plain, outlined = QStyleFactory.create("Fusion"), theme.outlined_style("Fusion")
    assert outlined is not None
    for make in (lambda: QCheckBox("I confirm"), lambda: QRadioButton("Resolved in full")):
        before, after = make(), make()
        qtbot.addWidget(before)
        qtbot.addWidget(after)
        # Fusion's own edge is nearly the window colour; the outline is the light text colour.
        assert _bright(_indicator_pixels(after, outlined)) > \
            _bright(_indicator_pixels(before, plain)) + 8


def test_unknown_style_gives_none_and_a_light_palette_keeps_the_style():
    assert theme.outlined_style("no-such-style") is None
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if not theme.is_dark():
        name = app.style().name()
        assert theme.outline_if_dark(app) is False
        assert app.style().name() == name
