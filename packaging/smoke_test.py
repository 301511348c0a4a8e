"""Smoke test of the built package in dist/ (``make package-test``; run by ``build.py``).

    python packaging/smoke_test.py [--dist DIR] [--no-window]

Checks, each with a fresh temporary store, home and working directory, and with PYTHONPATH,
PYTHONHOME and VIRTUAL_ENV removed from the environment:

1. ``meetconfer-gui --screenshot --data-dir DIR`` (one-folder) exits 0, writes a PNG, makes its
   store in DIR, and prints nothing on stderr but known-harmless Qt lines;
2. ``meetconfer count`` (one-folder) gives the sample order's dates, and a count that loads the
   ``holidays`` package (``--state NY``) gives the source tree's answer (when importable); the
   other commands it has (``deadlines``, ``import``, ``statement``, ``ics``, ``report``) run
   on the sample and give the source tree's JSON or write a PDF, DOCX or ICS file;
3. the one-file executable, copied out of the project and started with an empty environment
   (``env -i``; on Windows only the variables Windows itself needs), writes its screenshot;
4. on macOS, the executables inside MeetConfer.app start too; on Linux, every shared library in
   the folder finds its dependencies (``ldd``);
5. the window on a real display (Linux: Xvfb with the xcb plugin; Windows and macOS: the
   desktop, for about 5 seconds), started without ``--data-dir``, stays up and makes its store
   where user data belongs (``$XDG_DATA_HOME/meetconfer``, ``~/Library/Application Support``,
   ``%LOCALAPPDATA%``), writing nothing to its working directory.

A stand-in build (``build.py --stand-in``) skips the store checks: the stand-in keeps no store.
Exit status 0 when every check passes, 1 otherwise, 2 when there is no build to test.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120
TODAY = "2017-10-10"  # within the sample order's schedule (served 2017-10-04)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"

#: stderr lines Qt prints that say nothing is wrong (offscreen rendering, empty environments).
HARMLESS_STDERR = [re.compile(p) for p in (
    r"^This plugin does not support propagateSizeHints\(\)",
    r"^This plugin does not support raise\(\)",
    r"^This plugin does not support grabbing the keyboard",
    r"^QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to ",
    r"^QStandardPaths: runtime directory .* is not owned by",
    r"^QStandardPaths: wrong permissions on runtime directory ",
    # An empty environment has no LANG: Qt says it switches to C.UTF-8 (four lines).
    r'^Detected locale "C" with character encoding ',
    r'^Qt depends on a UTF-8 locale, and has switched to ',
    r"^If this causes problems, reconfigure your locale\. See the locale\(1\) manual",
    r"^for more information\.$",
    r"^Fontconfig error: No writable cache directories",
)]

#: What Xvfb and xvfb-run say on their own while starting and stopping.
XVFB_NOISE = re.compile(r"^(_XSERVTrans|xvfb-run: |XIO: |after \d+ requests|The XKEYBOARD keymap"
                        r"|Errors from xkbcomp|> |\s+>|Warning:|Could not resolve keysym)")

COUNT_CASES = [
    (["count", "--from", "2017-10-04", "--days", "21", "--district", "caed"],
     "Wednesday, October 25, 2017"),
    (["count", "--from", "2017-10-04", "--days", "30", "--service", "mail"],
     "Monday, November 6, 2017"),
]
#: A count that goes through the holidays package (a state the app has no table for).
HOLIDAYS_CASE = ["count", "--from", "2017-11-01", "--days", "10", "--state", "NY", "--json"]


@dataclass
class Result:
    name: str
    ok: bool
    detail: str
    seconds: float | None = None


@dataclass
class Build:
    dist: Path
    info: dict[str, object]

    @property
    def folder(self) -> Path:
        return self.dist / str(self.info.get("folder", "meetconfer"))

    @property
    def gui(self) -> Path:
        return self.folder / str(self.info["gui"])

    @property
    def cli(self) -> Path:
        return self.folder / str(self.info["cli"])

    @property
    def onefile(self) -> Path | None:
        name = self.info.get("onefile")
        return self.dist / str(name) if name else None

    @property
    def stand_in(self) -> bool:
        return bool(self.info.get("stand_in"))


def load_build(dist: Path) -> Build | None:
    """The build described by dist/BUILD-INFO.json, or one guessed from the files there."""
    info_file = dist / "BUILD-INFO.json"
    if info_file.is_file():
        return Build(dist, json.loads(info_file.read_text(encoding="utf-8")))
    suffix = ".exe" if sys.platform == "win32" else ""
    if not (dist / "meetconfer" / f"meetconfer-gui{suffix}").is_file():
        return None
    onefile = sorted(dist.glob(f"MeetConfer-*{suffix}"))
    return Build(dist, {"folder": "meetconfer", "gui": f"meetconfer-gui{suffix}",
                        "cli": f"meetconfer{suffix}", "stand_in": False,
                        "onefile": onefile[-1].name if onefile else None})


def clean_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """This environment without anything that points Python at the project or the venv."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "MEETCONFER_DATA_DIR",
                        "QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH", "LD_LIBRARY_PATH"}}
    env.update(extra or {})
    return env


def empty_env(home: Path) -> dict[str, str]:
    """What ``env -i`` leaves: nothing on POSIX; on Windows, what Windows needs to start."""
    if not IS_WIN:
        return {}
    keep = ("SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "COMSPEC", "PATHEXT")
    env = {k: v for k, v in os.environ.items() if k.upper() in keep}
    env.update({"TEMP": str(home), "TMP": str(home), "USERPROFILE": str(home)})
    return env


def bad_stderr(text: str) -> list[str]:
    """The stderr lines that are not known to be harmless."""
    return [line for line in text.splitlines()
            if line.strip() and not any(p.search(line) for p in HARMLESS_STDERR)]


def run(cmd: Sequence[str | Path], env: dict[str, str], cwd: Path
        ) -> tuple[subprocess.CompletedProcess[str] | None, float, str]:
    """Run cmd; return the process (None if it could not start), seconds, and an error."""
    started = time.perf_counter()
    try:
        proc = subprocess.run([str(c) for c in cmd], env=env, cwd=cwd, capture_output=True,
                              text=True, encoding="utf-8", errors="replace", timeout=TIMEOUT,
                              check=False)
    except subprocess.TimeoutExpired:
        return None, time.perf_counter() - started, f"no exit after {TIMEOUT} s"
    except OSError as err:
        return None, time.perf_counter() - started, f"could not start: {err}"
    return proc, time.perf_counter() - started, ""


def describe(proc: subprocess.CompletedProcess[str]) -> str:
    """The exit status and the first lines of output, for a failure message."""
    out = (proc.stderr or "").strip().splitlines()[:8]
    out += (proc.stdout or "").strip().splitlines()[:4]
    return f"exit {proc.returncode}; " + " | ".join(out)


def check_screenshot(name: str, exe: Path, tmp: Path, env: dict[str, str],
                     extra_args: Sequence[str] = ()) -> Result:
    """exe --screenshot: exit 0, a PNG written, nothing unexpected on stderr."""
    png = tmp / f"{name}.png"
    cwd = tmp / f"{name}-cwd"
    cwd.mkdir()
    proc, seconds, error = run([exe, "--screenshot", png, "--today", TODAY, *extra_args],
                               env, cwd)
    if proc is None:
        return Result(name, ok=False, detail=error, seconds=seconds)
    problems = []
    if proc.returncode != 0:
        problems.append(describe(proc))
    if not png.is_file() or png.stat().st_size == 0:
        problems.append("no PNG written")
    elif png.read_bytes()[:8] != PNG_SIGNATURE:
        problems.append("the file written is not a PNG")
    if noise := bad_stderr(proc.stderr or ""):
        problems.append("stderr: " + " | ".join(noise[:6]))
    if any(cwd.iterdir()):
        problems.append("wrote into the working directory: "
                        + ", ".join(p.name for p in cwd.iterdir()))
    detail = "; ".join(problems) or f"{png.stat().st_size} byte PNG"
    return Result(name, ok=not problems, detail=detail, seconds=seconds)


def check_window(build: Build, tmp: Path) -> Result:
    """The one-folder window renders its screenshot and makes its store in --data-dir."""
    store = tmp / "store-a"
    result = check_screenshot("window", build.gui, tmp, clean_env(),
                              ["--data-dir", str(store)])
    result.name = "one-folder window --screenshot --data-dir"
    if result.ok and not build.stand_in:
        files = [p for p in store.rglob("*") if p.is_file()] if store.is_dir() else []
        if not files:
            result.ok = False
            result.detail += f"; no store made in {store}"
        else:
            result.detail += f"; store made ({', '.join(sorted(p.name for p in files)[:3])})"
    return result


def user_data_bases(home: Path) -> list[Path]:
    """Where platformdirs puts the store on this platform, with HOME and XDG_* set to home."""
    if IS_WIN:
        return [Path(os.environ[v]) for v in ("LOCALAPPDATA", "APPDATA") if v in os.environ]
    if IS_MAC:
        return [home / "Library" / "Application Support",
                Path.home() / "Library" / "Application Support"]
    return [home / "xdg-data"]


def listing(bases: list[Path]) -> dict[Path, set[str]]:
    """The entries of each base folder (empty when it does not exist)."""
    return {b: set(os.listdir(b)) if b.is_dir() else set() for b in bases}


def new_entries(bases: list[Path], before: dict[Path, set[str]]) -> list[Path]:
    """Entries of the base folders that were not there before."""
    return [b / n for b, names in listing(bases).items() for n in sorted(names - before[b])]


def stop(proc: subprocess.Popen[bytes], *, group: bool) -> None:
    """End a process this script started (its whole session when group), by its id."""
    if proc.poll() is not None:
        return
    if group and not IS_WIN:
        os.killpg(proc.pid, signal.SIGTERM)
    else:
        proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        if group and not IS_WIN:
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
        proc.wait()


def check_real_window(build: Build, tmp: Path, *, allowed: bool) -> list[Result]:
    """The window on a real display, with no --data-dir: it stays up, and makes its store in
    the user's data folder (with HOME and XDG_* pointing into the temporary folder).

    Linux: under ``xvfb-run`` with the xcb platform (so the xcb plugin and the X libraries
    are loaded for real), skipped without it. Windows and macOS: on the desktop the runner
    has, for about 5 seconds (``--no-window`` skips it). ``--screenshot`` cannot show this:
    it renders offscreen and never touches the user's store.
    """
    name = "window on a real display, store in the user's data folder"
    linux = sys.platform.startswith("linux")
    if not allowed:
        return [Result(name, ok=True, detail="skipped (--no-window)")]
    if linux and shutil.which("xvfb-run") is None:
        return [Result(name, ok=True, detail="skipped: xvfb-run is not installed")]
    home = tmp / "home"
    home.mkdir()
    env = clean_env({"HOME": str(home), "XDG_DATA_HOME": str(home / "xdg-data"),
                     "XDG_CONFIG_HOME": str(home / "xdg-config"),
                     "XDG_CACHE_HOME": str(home / "xdg-cache"),
                     "XDG_STATE_HOME": str(home / "xdg-state")})
    for var in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(var, None)
    cmd = [str(build.gui), "--today", TODAY]
    if linux:
        env["QT_QPA_PLATFORM"] = "xcb"
        cmd = ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *cmd]
    bases = user_data_bases(home)
    before = listing(bases)
    cwd = tmp / "real-window-cwd"
    cwd.mkdir()
    log = tmp / "real-window-stderr.txt"
    started = time.perf_counter()
    with log.open("wb") as err:
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err,
                                start_new_session=not IS_WIN)
        created: list[Path] = []
        while proc.poll() is None and time.perf_counter() - started < 15:
            created = new_entries(bases, before)
            if created and time.perf_counter() - started > 5:
                break
            time.sleep(0.2)
        still_up = proc.poll() is None
        seconds = time.perf_counter() - started
        stop(proc, group=linux)
    created = new_entries(bases, before)
    text = log.read_text(encoding="utf-8", errors="replace")
    noise = [line for line in bad_stderr(text) if not XVFB_NOISE.search(line)]
    problems = []
    if not still_up:
        problems.append(f"exited with status {proc.returncode} within {seconds:.1f} s")
    if noise:
        problems.append("stderr: " + " | ".join(noise[:6]))
    if build.stand_in:
        where = "the stand-in keeps no store"
    elif not created:
        problems.append("no store in " + " or ".join(str(b) for b in bases))
        where = ""
    else:
        files = [p for c in created for p in ([c] if c.is_file() else c.rglob("*"))
                 if p.is_file()]
        where = f"store made in {', '.join(str(c) for c in created)} ({len(files)} files)"
    if any(cwd.iterdir()):
        problems.append("wrote into the working directory")
    detail = "; ".join(problems) or f"up for {seconds:.1f} s; {where}"
    return [Result(name, ok=not problems, detail=detail, seconds=seconds)]


def source_answer(args: Sequence[str]) -> str | None:
    """What the source tree's ``meetconfer`` prints for args, if it can be run here."""
    code = "import sys; from meetconfer_gui.cli import main; sys.exit(main(sys.argv[1:]))"
    try:
        proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                              text=True, encoding="utf-8", timeout=TIMEOUT, cwd=ROOT,
                              check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return proc.stdout if proc.returncode == 0 else None


def check_count(build: Build, tmp: Path) -> list[Result]:
    """The frozen console command gives the sample's dates and the source tree's answers."""
    results = []
    env = clean_env({"MEETCONFER_DATA_DIR": str(tmp / "cli-store")})
    cwd = tmp / "cli-cwd"
    cwd.mkdir()
    for args, expected in COUNT_CASES:
        name = "meetconfer " + " ".join(args)
        proc, seconds, error = run([build.cli, *args], env, cwd)
        if proc is None:
            results.append(Result(name, ok=False, detail=error, seconds=seconds))
            continue
        problems = []
        if proc.returncode != 0:
            problems.append(describe(proc))
        if expected not in proc.stdout:
            first = proc.stdout.strip().splitlines()[:1]
            problems.append(f"expected {expected!r}, got {first}")
        if noise := bad_stderr(proc.stderr):
            problems.append("stderr: " + " | ".join(noise[:4]))
        results.append(Result(name, ok=not problems, seconds=seconds,
                              detail="; ".join(problems) or expected))
    name = "meetconfer " + " ".join(HOLIDAYS_CASE) + " (holidays package)"
    proc, seconds, error = run([build.cli, *HOLIDAYS_CASE], env, cwd)
    if proc is None:
        results.append(Result(name, ok=False, detail=error, seconds=seconds))
    elif proc.returncode != 0 or bad_stderr(proc.stderr):
        results.append(Result(name, ok=False, detail=describe(proc), seconds=seconds))
    else:
        due = json.loads(proc.stdout).get("due")
        reference = source_answer(HOLIDAYS_CASE)
        if reference is None:
            results.append(Result(name, ok=True, seconds=seconds,
                                  detail=f"due {due} (source tree not importable: not compared)"))
        elif json.loads(reference) != json.loads(proc.stdout):
            results.append(Result(name, ok=False, seconds=seconds,
                                  detail=f"differs from the source tree: due {due} vs "
                                         f"{json.loads(reference).get('due')}"))
        else:
            results.append(Result(name, ok=True, seconds=seconds,
                                  detail=f"due {due}, same JSON as the source tree"))
    proc, seconds, error = run([build.cli, "--version"], env, cwd)
    version = str(build.info.get("version", ""))
    ok = proc is not None and proc.returncode == 0 and version in proc.stdout
    results.append(Result("meetconfer --version", ok=ok, seconds=seconds,
                          detail=(proc.stdout.strip() if proc else error)
                          + ("" if ok else f" (expected {version})")))
    return results


#: Commands of CLI.md run when the frozen ``meetconfer`` has them: (name, arguments, what the
#: output must be). "json" compares stdout with the source tree's; b"..." is the start of the
#: file written to OUT. They load pypdf, reportlab (and Pillow), python-docx (and lxml, and
#: its templates) and icalendar in the frozen build, where a missing hidden import or data
#: file shows.
SAMPLE_ORDER = ROOT / "meetconfer_gui" / "data" / "meet-and-confer-order.txt"
COMMAND_CASES: list[tuple[str, list[str], str | bytes]] = [
    ("deadlines", ["deadlines", "--sample", "--today", TODAY, "--json"], "json"),
    ("import", ["import", str(SAMPLE_ORDER), "--json"], "json"),
    ("statement", ["statement", "--sample", "--pdf", "OUT.pdf"], b"%PDF"),
    ("statement", ["statement", "--sample", "--docx", "OUT.docx"], b"PK"),
    ("ics", ["ics", "--sample", "-o", "OUT.ics"], b"BEGIN:VCALENDAR"),
    ("report", ["report", "--sample", "--pdf", "OUT.pdf"], b"%PDF"),
]


def check_commands(build: Build, tmp: Path) -> list[Result]:
    """The frozen command's other commands, those it has, give what the source tree gives."""
    results = []
    env = clean_env({"MEETCONFER_DATA_DIR": str(tmp / "cmd-store")})
    cwd = tmp / "cmd-cwd"
    cwd.mkdir()
    have: dict[str, bool] = {}
    for number, (command, args, expect) in enumerate(COMMAND_CASES):
        if command not in have:
            probe, _, _ = run([build.cli, command, "--help"], env, cwd)
            have[command] = probe is not None and probe.returncode == 0
        if not have[command]:
            continue
        out = tmp / f"out-{number}"
        args = [a.replace("OUT", str(out)) for a in args]
        name = "meetconfer " + " ".join(a if a != str(SAMPLE_ORDER) else SAMPLE_ORDER.name
                                        for a in args).replace(str(out), "OUT")
        if command == "import" and not SAMPLE_ORDER.is_file():
            results.append(Result(name, ok=True, detail="skipped: no source tree here"))
            continue
        proc, seconds, error = run([build.cli, *args], env, cwd)
        if proc is None or proc.returncode != 0:
            detail = error if proc is None else describe(proc)
            results.append(Result(name, ok=False, detail=detail, seconds=seconds))
            continue
        if isinstance(expect, bytes):
            written = [p for p in tmp.glob(f"out-{number}*") if p.is_file()]
            ok = bool(written) and written[0].read_bytes().startswith(expect)
            detail = (f"{written[0].stat().st_size} byte {written[0].suffix} file" if ok
                      else f"no file starting with {expect!r} written")
            results.append(Result(name, ok=ok, detail=detail, seconds=seconds))
            continue
        reference = source_answer(args)
        if reference is None:
            results.append(Result(name, ok=True, seconds=seconds,
                                  detail="ran (source tree not importable: not compared)"))
            continue
        same = json.loads(reference) == json.loads(proc.stdout)
        results.append(Result(name, ok=same, seconds=seconds,
                              detail="same JSON as the source tree" if same
                              else "JSON differs from the source tree"))
    return results


def check_onefile(build: Build, tmp: Path) -> Result:
    """The one-file window, copied out of the project, starts with an empty environment."""
    name = "one-file, empty environment"
    if build.onefile is None or not build.onefile.is_file():
        return Result(name, ok=False, detail="no one-file executable in dist/")
    away = tmp / "elsewhere"
    away.mkdir()
    exe = away / build.onefile.name
    shutil.copy2(build.onefile, exe)
    home = tmp / "onefile-home"
    home.mkdir()
    result = check_screenshot("onefile", exe, tmp, empty_env(home),
                              ["--data-dir", str(tmp / "onefile-store")])
    result.name = name
    return result


def check_app_bundle(build: Build, tmp: Path) -> list[Result]:
    """macOS: the executables inside MeetConfer.app start too."""
    bundle = build.dist / "MeetConfer.app"
    if not IS_MAC:
        return []
    if not bundle.is_dir():
        return [Result("MeetConfer.app", ok=False, detail="no MeetConfer.app in dist/")]
    macos = bundle / "Contents" / "MacOS"
    result = check_screenshot("app-bundle", macos / "meetconfer-gui", tmp,
                              clean_env(), ["--data-dir", str(tmp / "bundle-store")])
    result.name = "MeetConfer.app window"
    proc, seconds, error = run([macos / "meetconfer", *COUNT_CASES[0][0]],
                               clean_env({"MEETCONFER_DATA_DIR": str(tmp / "bundle-store")}),
                               tmp)
    ok = proc is not None and proc.returncode == 0 and COUNT_CASES[0][1] in proc.stdout
    detail = COUNT_CASES[0][1] if ok else (describe(proc) if proc else error)
    return [result, Result("MeetConfer.app meetconfer count", ok=ok, seconds=seconds,
                           detail=detail)]


def check_ldd(build: Build) -> list[Result]:
    """Linux: every shared library in the folder resolves its dependencies."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    internal = build.folder / "_internal"
    qt_lib = internal / "PySide6" / "Qt" / "lib"
    env = clean_env({"LD_LIBRARY_PATH": f"{internal}:{qt_lib}"})
    missing = []
    files = [p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    for path in files:
        proc = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env,
                              check=False)
        for line in proc.stdout.splitlines():
            if "not found" in line:
                missing.append(f"{path.relative_to(internal)}: {line.split()[0]}")
    detail = "; ".join(missing[:8]) if missing else f"{len(files)} libraries resolve"
    return [Result("shared libraries (ldd)", ok=not missing, detail=detail)]


def main(argv: list[str] | None = None) -> int:
    """Run every check and print a table; exit 1 if any failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--no-window", action="store_true",
                        help="skip starting the window on the desktop (Windows, macOS) or "
                             "Xvfb (Linux)")
    args = parser.parse_args(argv)
    build = load_build(args.dist)
    if build is None:
        print(f"smoke_test.py: no build in {args.dist}; run: make package", file=sys.stderr)
        return 2
    what = ("STAND-IN window (packaging/baseline_window.py), not the app"
            if build.stand_in else "the app")
    print(f"Smoke test of {build.folder} ({what}), version {build.info.get('version', '?')}")

    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="meetconfer-smoke-") as name:
        tmp = Path(name)
        checks: list[Callable[[], Result | list[Result]]] = [
            lambda: check_window(build, tmp),
            lambda: check_count(build, tmp),
            lambda: check_commands(build, tmp),
            lambda: check_onefile(build, tmp),
            lambda: check_app_bundle(build, tmp),
            lambda: check_ldd(build),
            lambda: check_real_window(build, tmp, allowed=not args.no_window),
        ]
        for check in checks:
            got = check()
            results += got if isinstance(got, list) else [got]
            for r in got if isinstance(got, list) else [got]:
                took = f" {r.seconds:5.2f} s" if r.seconds is not None else "        "
                print(f"  {'ok  ' if r.ok else 'FAIL'}{took}  {r.name}: {r.detail}", flush=True)
    failed = [r for r in results if not r.ok]
    print(f"{len(results) - len(failed)} of {len(results)} checks passed"
          + (" (stand-in build)" if build.stand_in else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
