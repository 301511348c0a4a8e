"""Render the app icon's sizes and containers from resources/icons/meetconfer.svg.

    python packaging/make_icons.py [--check]

Writes, next to the SVG: ``meetconfer-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512,
``meetconfer.ico`` (Windows: 16-256 px) and ``meetconfer.icns`` (macOS: 16-1024 px). Sizes of
24 px and less are drawn from ``meetconfer-small.svg`` when it exists (a simpler cut that stays
readable at 16 px). The SVGs are rendered with Qt's ``QSvgRenderer`` offscreen; ICO and ICNS
are written here (both are a directory of PNG images), so no imaging package is needed. The
outputs are committed: run this after editing an SVG. ``--check`` renders in memory and exits
1 if a committed PNG, ICO or ICNS differs from what the SVG gives.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "meetconfer.svg"
SMALL = ICONS / "meetconfer-small.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types holding PNG data, by pixel size (the @2x types reuse the same pixels).
ICNS_TYPES = (
    (b"icp4", 16), (b"ic11", 32), (b"icp5", 32), (b"ic12", 64), (b"icp6", 64),
    (b"ic07", 128), (b"ic13", 256), (b"ic08", 256), (b"ic14", 512), (b"ic09", 512),
    (b"ic10", 1024),
)
SMALL_MAX = 24


def render(svg: Path, size: int) -> bytes:
    """The SVG drawn into a size x size transparent PNG, as bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons.py: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    png = image.convertToFormat(QImage.Format.Format_ARGB32)
    png.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; PySide6 wants str
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding one PNG-compressed 32-bit image per size (Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns', total length, then (type, length, PNG) elements, big-endian."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build() -> dict[str, bytes]:
    """Every output file's name and bytes."""
    needed = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render(SMALL if size <= SMALL_MAX and SMALL.is_file() else SOURCE, size)
            for size in needed}
    out = {f"meetconfer-{size}.png": pngs[size] for size in PNG_SIZES}
    out["meetconfer.ico"] = ico({size: pngs[size] for size in ICO_SIZES})
    out["meetconfer.icns"] = icns(pngs)
    return out


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) the generated icon files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="compare with the committed files instead of writing")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    stale = []
    for name, data in build().items():
        path = ICONS / name
        if args.check:
            if not path.is_file() or path.read_bytes() != data:
                stale.append(name)
            continue
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ICONS.parent.parent)} ({len(data)} bytes)")
    if stale:
        print("make_icons.py: out of date, run packaging/make_icons.py: " + ", ".join(stale),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
