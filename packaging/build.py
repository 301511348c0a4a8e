"""Build the packaged app with PyInstaller, then smoke-test it (``make package``, issue 8).

    python packaging/build.py [--stand-in] [--no-onefile] [--no-test] [--clean]

Runs ``packaging/meetconfer.spec`` into ``dist/`` (work files in ``build/pyinstaller/``):
``dist/meetconfer/`` (``meetconfer-gui`` and ``meetconfer`` sharing ``_internal/``),
``dist/MeetConfer-<version>`` (the window as one file) and, on macOS, ``dist/MeetConfer.app``.
On Linux it adds ``share/`` (desktop entry, AppStream metadata, icons) to the folder. It
writes ``dist/BUILD-INFO.json`` for the smoke test and the bench, then runs
``packaging/smoke_test.py`` unless ``--no-test``.

``--stand-in`` builds ``packaging/baseline_window.py`` as the window: for use while
``meetconfer_gui/app.py`` does not exist yet. Exit status: 0 built (and passed), 1 the build or
the smoke test failed, 2 PyInstaller is missing or the arguments are wrong.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "meetconfer.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP_ID = "io.github.meetconfer.MeetConfer"


def version() -> str:
    """The project's version, from pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def exe_suffix() -> str:
    """'.exe' on Windows, '' elsewhere."""
    return ".exe" if sys.platform == "win32" else ""


def folder_size(path: Path) -> int:
    """Bytes in the files under path (a file's own size if it is one); symlinks not followed."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def run_pyinstaller(spec_args: list[str], workpath: Path, *, clean: bool) -> int:
    """Run PyInstaller on the spec with this interpreter; return its exit status."""
    cmd = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
           "--distpath", str(DIST), "--workpath", str(workpath), "--log-level", "WARN"]
    if clean:
        cmd.append("--clean")
    if spec_args:
        cmd += ["--", *spec_args]
    print("$", " ".join(cmd), flush=True)
    return subprocess.call(cmd, cwd=ROOT)


def add_linux_desktop_files(folder: Path) -> None:
    """Put the desktop entry, AppStream metadata and icons under folder/share/ (XDG layout).

    ``packaging/linux/install.sh`` (copied next to them) installs the folder for the user.
    """
    share = folder / "share"
    linux = ROOT / "packaging" / "linux"
    icons = ROOT / "resources" / "icons"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(linux / f"{APP_ID}.desktop", share / "applications")
    shutil.copy2(linux / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = icons / f"meetconfer-{size}.png"
        if png.is_file():
            target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy2(png, target / f"{APP_ID}.png")
    if (icons / "meetconfer.svg").is_file():
        scalable = share / "icons" / "hicolor" / "scalable" / "apps"
        scalable.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons / "meetconfer.svg", scalable / f"{APP_ID}.svg")
    shutil.copy2(linux / "install.sh", folder / "install.sh")


def main(argv: list[str] | None = None) -> int:
    """Build, describe and smoke-test the package."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stand-in", action="store_true",
                        help="build packaging/baseline_window.py as the window")
    parser.add_argument("--no-onefile", action="store_true",
                        help="skip the one-file executable")
    parser.add_argument("--no-test", action="store_true", help="do not run the smoke test")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's caches first")
    args = parser.parse_args(argv)

    if importlib.util.find_spec("PyInstaller") is None:
        print("build.py: PyInstaller is not installed; run: "
              f"{sys.executable} -m pip install -e '.[package]'", file=sys.stderr)
        return 2
    if not args.stand_in and not (ROOT / "meetconfer_gui" / "app.py").is_file():
        print("build.py: meetconfer_gui/app.py does not exist yet; to exercise the build "
              "with the bare stand-in window run: packaging/build.py --stand-in",
              file=sys.stderr)
        return 2

    spec_args = []
    if args.stand_in:
        spec_args.append("--stand-in")
    if args.no_onefile:
        spec_args.append("--no-onefile")
    for stale in (DIST / "meetconfer", DIST / "MeetConfer.app", DIST / "BUILD-INFO.json",
                  *DIST.glob("MeetConfer-*")):
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale)
        elif stale.exists() or stale.is_symlink():
            stale.unlink()

    started = time.monotonic()
    status = run_pyinstaller(spec_args, WORK, clean=args.clean)
    seconds = time.monotonic() - started
    if status != 0:
        print(f"build.py: PyInstaller failed (exit status {status})", file=sys.stderr)
        return 1

    folder = DIST / "meetconfer"
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(folder)
    onefile = DIST / f"MeetConfer-{version()}{exe_suffix()}"
    info = {
        "version": version(),
        "stand_in": args.stand_in,
        "platform": sys.platform,
        "machine": platform.machine(),
        "python": platform.python_version(),
        "folder": folder.name,
        "gui": f"meetconfer-gui{exe_suffix()}",
        "cli": f"meetconfer{exe_suffix()}",
        "onefile": onefile.name if onefile.is_file() else None,
        "app_bundle": "MeetConfer.app" if (DIST / "MeetConfer.app").is_dir() else None,
        "build_seconds": round(seconds, 1),
        "folder_bytes": folder_size(folder),
        "onefile_bytes": folder_size(onefile) if onefile.is_file() else None,
    }
    (DIST / "BUILD-INFO.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    what = "STAND-IN window (packaging/baseline_window.py)" if args.stand_in else "the app"
    print(f"\nBuilt {what} in {seconds:.0f} s:")
    print(f"  {folder.relative_to(ROOT)}/  {info['folder_bytes'] / 1e6:.1f} MB")
    if info["onefile"]:
        print(f"  dist/{onefile.name}  {info['onefile_bytes'] / 1e6:.1f} MB")
    if info["app_bundle"]:
        print("  dist/MeetConfer.app")

    if args.no_test:
        return 0
    return subprocess.call([sys.executable, str(ROOT / "packaging" / "smoke_test.py")],
                           cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
