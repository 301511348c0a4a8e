"""Colours, the dark palette and the status icons, readable in light and dark palettes.

A status is never shown by colour alone: every status and kind has its own icon shape
(a check in a circle, a diamond with "!", a clock, a hollow circle, a dash; "i" for a
notice, a barred circle for a prohibition, a triangle for a warning) and its text.
The icons are the SVGs of ``resources/icons`` (compiled into ``resources_rc.py``, loaded
on first use); where one is missing, it is drawn here with QPainter.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # QIcon and QFont are imported where used: each Qt class costs start-up time
    from PySide6.QtGui import QFont, QIcon, QPainter
    from PySide6.QtWidgets import QStyle, QWidget

    from meetconfer_gui.domain.obligations import Kind
    from meetconfer_gui.domain.schedule import Status

# (light palette, dark palette): each passes WCAG AA contrast on its window colour.
_STATUS_COLOURS: dict[str, tuple[str, str]] = {  # Status and Kind values
    "overdue": ("#b3001b", "#ff7b7b"),
    "due_soon": ("#8a4b00", "#ffc266"),
    "done": ("#1d6b2a", "#7fdc8c"),
    "open": ("#1f4f99", "#8cb8ff"),
    "not_applicable": ("#5f5f5f", "#b0b0b0"),
    "notice": ("#1f4f99", "#8cb8ff"),
    "prohibition": ("#9c1d52", "#ff8fbf"),
    "warning": ("#8a4b00", "#ffc266"),
    "holiday": ("#a3122b", "#ff8c8c"),
    "weekend": ("#a3122b", "#ff8c8c"),
    "trigger": ("#5a2d91", "#c9a2ff"),
    "counted": ("#1f4f99", "#8cb8ff"),
    "skipped": ("#8a4b00", "#ffc266"),
    "today": ("#005f73", "#63d2e8"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether a palette (default: the application's) has a dark window colour."""
    pal = palette if palette is not None else QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def colour(name: str, palette: QPalette | None = None) -> QColor:
    """A named colour (a Status or Kind value, "holiday", "trigger", ...) for the palette."""
    light, dark = _STATUS_COLOURS.get(name, ("#000000", "#ffffff"))
    return QColor(dark if is_dark(palette) else light)


def tint(name: str, amount: float = 0.22, palette: QPalette | None = None) -> QColor:
    """A background tint of a named colour over the palette's base colour."""
    pal = palette if palette is not None else QApplication.palette()
    base = pal.color(QPalette.ColorRole.Base)
    fg = colour(name, pal)
    return QColor(round(base.red() + (fg.red() - base.red()) * amount),
                  round(base.green() + (fg.green() - base.green()) * amount),
                  round(base.blue() + (fg.blue() - base.blue()) * amount))


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style."""
    pal = QPalette()
    window, base, text = QColor("#2b2d30"), QColor("#1e1f22"), QColor("#e8e8e8")
    disabled = QColor("#8a8a8a")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282b"),
        QPalette.ColorRole.ToolTipBase: QColor("#3c3f41"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: disabled,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#3a3d41"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff8080"),
        QPalette.ColorRole.Link: QColor("#8cb8ff"),
        QPalette.ColorRole.LinkVisited: QColor("#c9a2ff"),
        QPalette.ColorRole.Highlight: QColor("#3d6fb4"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Light: QColor("#4a4d52"),
        QPalette.ColorRole.Midlight: QColor("#3f4246"),
        QPalette.ColorRole.Mid: QColor("#34363a"),
        QPalette.ColorRole.Dark: QColor("#191a1c"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
    }
    for role, value in roles.items():
        pal.setColor(role, value)
    # A disabled control is dimmer than an enabled one in its text *and* its face: the field
    # sinks to the window colour and the button face darkens, as Fusion's light palette does.
    dimmed = {
        QPalette.ColorRole.Text: QColor("#75787d"),
        QPalette.ColorRole.WindowText: QColor("#75787d"),
        QPalette.ColorRole.ButtonText: QColor("#75787d"),
        QPalette.ColorRole.PlaceholderText: QColor("#5a5d62"),
        QPalette.ColorRole.Base: window,
        QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.Button: QColor("#2f3134"),
        QPalette.ColorRole.Light: QColor("#36383c"),
        QPalette.ColorRole.Highlight: QColor("#3a3d41"),
        QPalette.ColorRole.HighlightedText: QColor("#9a9da1"),
    }
    for role, value in dimmed.items():
        pal.setColor(QPalette.ColorGroup.Disabled, role, value)
    return pal


def apply_dark(app: QApplication) -> None:
    """Switch the application to the Fusion style with the dark palette."""
    style = outlined_style("Fusion")
    if style is not None:
        app.setStyle(style)
    app.setPalette(dark_palette())
    _ICONS.clear()


def outline_if_dark(app: QApplication) -> bool:
    """Under a dark system palette and the Fusion style, outline check boxes and radio buttons.

    Fusion draws their edge a little darker than the window, which a dark palette makes
    nearly invisible (far below the 3:1 contrast a control needs). Other styles draw their
    own. Returns whether the style was replaced.
    """
    if not is_dark():
        return False
    name = app.style().name()
    if name.lower() != "fusion":
        return False
    style = outlined_style(name)
    if style is None:
        return False
    app.setStyle(style)
    return True


def outlined_style(base: str) -> QStyle | None:
    """Style ``base`` with check boxes and radio buttons outlined in the text colour."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QPainter, QPen
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption

    inner = QStyleFactory.create(base)
    if inner is None:  # an unknown name (the stubs say it never is)
        return None  # type: ignore[unreachable]
    pe = QStyle.PrimitiveElement
    radio, box = pe.PE_IndicatorRadioButton, pe.PE_IndicatorCheckBox

    class OutlinedIndicators(QProxyStyle):
        """Draws the style's indicator, then a 1.2-pixel outline in the text colour."""

        def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                          painter: QPainter, widget: QWidget | None = None) -> None:
            super().drawPrimitive(element, option, painter, widget)
            if element != radio and element != box:
                return
            enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
            group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
            pen = QPen(option.palette.color(group, QPalette.ColorRole.Text))
            pen.setWidthF(1.2)
            rect = QRectF(option.rect).adjusted(1.1, 1.1, -1.1, -1.1)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if element == radio:
                painter.drawEllipse(rect)
            else:
                painter.drawRoundedRect(rect, 2, 2)
            painter.restore()

    return OutlinedIndicators(inner)


_ICONS: dict[tuple[str, bool], QIcon] = {}
_SIZE = 32


_SVG_NAMES = frozenset({"done", "due-soon", "overdue", "open", "not-applicable", "notice",
                        "warning", "prohibition"})
_resources_loaded = False


def _svg_icon(name: str) -> QIcon | None:
    global _resources_loaded
    file = name.replace("_", "-")
    if file not in _SVG_NAMES:
        return None
    if not _resources_loaded:
        try:
            from meetconfer_gui.ui import resources_rc  # noqa: F401
        except ImportError:
            return None
        _resources_loaded = True
    from PySide6.QtGui import QIcon

    found = QIcon(f":/icons/{file}.svg")
    return None if found.isNull() else found


def app_icon() -> QIcon:
    """The application's icon."""
    from PySide6.QtGui import QIcon

    _svg_icon("done")  # registers the resources
    found = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        found.addFile(f":/icons/meetconfer-{size}.png")
    return found


def icon(name: str) -> QIcon:
    """The icon of a status or kind (``Status.DONE``, ``Kind.WARNING`` ...), cached."""
    key = (str(name), is_dark())
    found = _ICONS.get(key)
    if found is None:
        found = _svg_icon(str(name)) or _draw(str(name), colour(str(name)))
        _ICONS[key] = found
    return found


def status_icon(status: Status) -> QIcon:
    """The icon of a status."""
    return icon(status.value)


def kind_icon(kind: Kind) -> QIcon:
    """The icon of a notice, prohibition or warning."""
    return icon(kind.value)


def _draw(name: str, fg: QColor) -> QIcon:
    """Draw an icon whose shape says what it means."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

    pm = QPixmap(_SIZE, _SIZE)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(_SIZE)
    white = QColor("#ffffff") if fg.lightness() < 140 else QColor("#111111")
    thick = QPen(fg, s / 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                 Qt.PenJoinStyle.RoundJoin)
    inner = QPen(white, s / 10, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                 Qt.PenJoinStyle.RoundJoin)
    box = QRectF(s * 0.1, s * 0.1, s * 0.8, s * 0.8)
    if name == "done":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(fg))
        p.drawEllipse(box)
        p.setPen(inner)
        path = QPainterPath(QPointF(s * 0.3, s * 0.52))
        path.lineTo(s * 0.44, s * 0.66)
        path.lineTo(s * 0.71, s * 0.36)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
    elif name == "overdue":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(fg))
        p.drawPolygon(QPolygonF([QPointF(s / 2, s * 0.04), QPointF(s * 0.96, s / 2),
                                 QPointF(s / 2, s * 0.96), QPointF(s * 0.04, s / 2)]))
        _exclamation(p, s, white)
    elif name == "due_soon":
        p.setPen(thick)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(box)
        p.drawLine(QPointF(s / 2, s / 2), QPointF(s / 2, s * 0.27))
        p.drawLine(QPointF(s / 2, s / 2), QPointF(s * 0.68, s * 0.6))
    elif name == "not_applicable":
        p.setPen(QPen(fg, s / 14))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(box)
        p.setPen(thick)
        p.drawLine(QPointF(s * 0.3, s / 2), QPointF(s * 0.7, s / 2))
    elif name == "notice":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(fg))
        p.drawRoundedRect(box, s * 0.15, s * 0.15)
        p.setBrush(QBrush(white))
        p.drawEllipse(QPointF(s / 2, s * 0.3), s * 0.07, s * 0.07)
        p.drawRoundedRect(QRectF(s * 0.43, s * 0.42, s * 0.14, s * 0.36), s * 0.05, s * 0.05)
    elif name == "prohibition":
        p.setPen(QPen(fg, s / 8))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QRectF(s * 0.14, s * 0.14, s * 0.72, s * 0.72))
        d = s * 0.36 * math.sqrt(0.5)
        p.drawLine(QPointF(s / 2 - d, s / 2 - d), QPointF(s / 2 + d, s / 2 + d))
    elif name == "warning":
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(fg))
        p.drawPolygon(QPolygonF([QPointF(s / 2, s * 0.06), QPointF(s * 0.96, s * 0.9),
                                 QPointF(s * 0.04, s * 0.9)]))
        _exclamation(p, s, white, top=0.36, bottom=0.64, dot=0.77)
    else:  # open: a hollow circle
        p.setPen(QPen(fg, s / 10))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(QRectF(s * 0.18, s * 0.18, s * 0.64, s * 0.64))
    p.end()
    return QIcon(pm)


def _exclamation(p: QPainter, s: float, c: QColor, top: float = 0.25, bottom: float = 0.56,
                 dot: float = 0.72) -> None:
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QBrush, QPen

    p.setPen(QPen(c, s / 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(QPointF(s / 2, s * top), QPointF(s / 2, s * bottom))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(c))
    p.drawEllipse(QPointF(s / 2, s * dot), s * 0.06, s * 0.06)


def bold(font: QFont) -> QFont:
    """A bold copy of a font."""
    from PySide6.QtGui import QFont

    f = QFont(font)
    f.setBold(True)
    return f
