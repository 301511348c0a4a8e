"""Issue 8: the committed icons, Qt resource list and Linux desktop files are complete and
well formed. Plain Python (no Qt, no PyInstaller): the build itself is ``make package``."""
# ruff: noqa: S314 (the XML parsed here is the project's own committed files)

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
ICONS = ROOT / "resources" / "icons"
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.meetconfer.MeetConfer"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
STATUS_ICONS = ("overdue", "due-soon", "done", "not-applicable", "open", "notice", "warning",
                "prohibition")


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", PNG_SIZES)
def test_app_icon_png_has_its_size(size):
    assert png_size((ICONS / f"meetconfer-{size}.png").read_bytes()) == (size, size)


def test_ico_holds_png_images_up_to_256():
    data = (ICONS / "meetconfer.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        w, h, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        side = w or 256
        assert (w, planes, bits) == (h, 1, 32)
        assert png_size(data[offset:offset + length]) == (side, side)
        sizes.add(side)
    assert {16, 32, 48, 256} <= sizes


def test_icns_elements_are_pngs_of_the_right_size():
    data = (ICONS / "meetconfer.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    pixels = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512,
              b"ic10": 1024, b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512}
    found = set()
    pos = 8
    while pos < len(data):
        kind, length = data[pos:pos + 4], struct.unpack(">I", data[pos + 4:pos + 8])[0]
        side = pixels[kind]
        assert png_size(data[pos + 8:pos + length]) == (side, side)
        found.add(kind)
        pos += length
    assert pos == len(data)
    assert {b"ic07", b"ic08", b"ic09", b"ic10"} <= found


@pytest.mark.parametrize("name", ["meetconfer", "meetconfer-small", *STATUS_ICONS])
def test_svg_icons_are_svg_with_a_title(name):
    root = ET.parse(ICONS / f"{name}.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox")
    title = root.find("{http://www.w3.org/2000/svg}title")
    assert title is not None
    assert title.text


def test_qrc_lists_existing_files_and_every_status_icon():
    root = ET.parse(ROOT / "resources" / "meetconfer.qrc").getroot()
    files = [f.text or "" for f in root.iter("file")]
    for name in files:
        assert (ROOT / "resources" / name).is_file(), name
    for status in STATUS_ICONS:
        assert f"icons/{status}.svg" in files
    assert "icons/meetconfer.svg" in files


def test_desktop_entry_names_the_app_its_icon_and_executable():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "meetconfer-gui"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_metainfo_matches_the_desktop_entry_and_version():
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    with (ROOT / "pyproject.toml").open("rb") as f:
        version = tomllib.load(f)["project"]["version"]
    releases = [r.get("version") for r in root.iter("release")]
    assert version in releases, f"add a <release version=\"{version}\"> to the metainfo"
    assert {b.text for b in root.iter("binary")} == {"meetconfer-gui", "meetconfer"}


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-utils not installed")
def test_desktop_entry_validates():
    proc = subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates():
    proc = subprocess.run(["appstreamcli", "validate", "--no-net",
                           str(LINUX / f"{APP_ID}.metainfo.xml")],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_spec_reads_the_version_from_pyproject():
    spec = (ROOT / "packaging" / "meetconfer.spec").read_text(encoding="utf-8")
    assert re.search(r'tomllib\.load\(f\)\["project"\]\["version"\]', spec)
    assert "holidays.countries.united_states" in spec
