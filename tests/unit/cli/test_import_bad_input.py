"""``meetconfer import`` on input that is no order's text: one stderr line, exit 2, quickly.

CLI.md: "Errors: one line on stderr that names the problem and what to do, exit status 2,
never a traceback." Each case runs in process (``cli.main``); the few that matter most also
run as a real process, where a traceback or a library's warning would show on stderr.
Text in Latin-1 or Windows-1252 is no error: it is read, with a note saying how.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from meetconfer_gui import cli
from tests.unit.importer.pdfmaker import SAMPLE, pleading_pdf, sample_lines, scanned_pdf

ORDER = SAMPLE.read_text(encoding="utf-8").replace("\u2019", "'")


def docx_bytes() -> bytes:
    """A minimal Word document: a zip holding word/document.xml."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml",
                   "<w:document><w:body><w:p><w:r><w:t>Within fourteen (14) days of the date "
                   "of this order, defense counsel shall contact Plaintiff.</w:t></w:r></w:p>"
                   "</w:body></w:document>")
    return buffer.getvalue()


def high_byte_junk(size: int = 6000) -> bytes:
    """Bytes above 127 only: no NUL and no control character, but no text either."""
    return bytes(128 + (i * 37 + i // 7) % 128 for i in range(size))


def assert_refused(capsys, path: Path, *words: str) -> None:
    """Run the import in process; it must fail with one line on stderr naming the file."""
    started = time.monotonic()
    code = cli.main(["import", str(path), "--json"])
    elapsed = time.monotonic() - started
    out, err = capsys.readouterr()
    assert code == 2, err
    assert out == ""
    assert err.count("\n") == 1, err
    assert err.startswith(f"meetconfer: error: {path.name}"), err
    assert "Traceback" not in err
    for word in words:
        assert word in err, err
    assert elapsed < 10, elapsed


@pytest.mark.parametrize(("name", "content", "words"), [
    ("empty.txt", b"", ("is empty",)),
    ("blank.txt", b"  \r\n\t\n\n   \n", ("is empty",)),
    ("bom-only.txt", b"\xef\xbb\xbf", ("is empty",)),
    ("nuls.txt", b"\x00\x01\x02binary\xff" * 300, ("binary",)),
    ("control.txt", bytes(range(1, 32)) * 200, ("binary",)),
    ("high.txt", high_byte_junk(), ("not text",)),
    ("junk.bin", b"\x00\x9f\x12\x88" * 1000, ("binary",)),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, ("image", "OCR")),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, (".doc",)),
    ("order.rtf", rb"{\rtf1\ansi Within fourteen days.\par}", ("rich-text",)),
])
def test_not_text(capsys, tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    assert_refused(capsys, path, *words)


def test_docx_given_by_mistake(capsys, tmp_path):
    path = tmp_path / "order.docx"
    path.write_bytes(docx_bytes())
    assert_refused(capsys, path, "Word document", "PDF or plain text")


def test_docx_renamed_txt(capsys, tmp_path):
    path = tmp_path / "order.txt"
    path.write_bytes(docx_bytes())
    assert_refused(capsys, path, "Word document")


@pytest.mark.parametrize(("name", "content", "words"), [
    ("corrupt.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ngarbage\xff\xfe" * 3,
     ("PDF",)),
    ("header-only.pdf", b"%PDF-1.4\n", ("PDF",)),
    ("not-a.pdf", b"This is not a PDF at all, only words.\n", ("not a PDF",)),
    ("random.pdf", bytes((i * 131 + 7) % 256 for i in range(5000)), ("not a PDF",)),
])
def test_corrupt_pdf(capsys, tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)
    assert_refused(capsys, path, *words)


def test_truncated_pdf(capsys, tmp_path):
    data = pleading_pdf(sample_lines())
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    assert_refused(capsys, path, "PDF")


def test_scanned_pdf_without_text_layer(capsys, tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(scanned_pdf(tmp_path))
    assert_refused(capsys, path, "no text layer", "OCR")


def test_five_megabyte_text_is_refused_fast(capsys, tmp_path):
    """A 5 MB text file is a whole record, not an order: refused in well under a second."""
    path = tmp_path / "record.txt"
    copies = 5 * 1024 * 1024 // len(ORDER) + 1
    path.write_text((ORDER + "\n") * copies, encoding="utf-8")
    assert path.stat().st_size >= 5 * 1024 * 1024
    started = time.monotonic()
    assert_refused(capsys, path, "characters", "the order itself")
    assert time.monotonic() - started < 3  # measured: about 0.1 s


def test_a_long_order_below_the_limit_stays_fast(capsys, tmp_path):
    """Just under the 1,000,000-character limit, the whole import still takes seconds."""
    path = tmp_path / "long.txt"
    path.write_text((ORDER + "\n") * (950_000 // (len(ORDER) + 1)), encoding="utf-8")
    started = time.monotonic()
    assert cli.main(["import", str(path), "--json"]) == 0
    elapsed = time.monotonic() - started
    out, err = capsys.readouterr()
    assert err == ""
    assert json.loads(out)["obligations"]
    assert elapsed < 20, elapsed  # measured: about 2 s


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_latin1_and_windows_1252_text_is_read(capsys, tmp_path, encoding):
    text = ORDER.replace("Defense counsel is directed", "D\u00e9fense counsel is directed")
    if encoding == "cp1252":
        text = text.replace("(a) a statement", "(a) a \u201cstatement\u201d")
    path = tmp_path / "order.txt"
    path.write_bytes(text.encode(encoding))
    assert cli.main(["import", str(path), "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    data = json.loads(out)
    assert data["order_date"] == "2017-10-04"
    contact = next(o for o in data["obligations"] if o.get("suggested_id") == "contact")
    assert "D\u00e9fense counsel" in contact["source_sentence"]
    assert contact["days"] == 21
    assert any("cp1252" in note for note in data["notes"])
    if encoding == "cp1252":
        assert "\u201cstatement\u201d" in json.dumps(data, ensure_ascii=False)


def test_utf8_with_stray_windows_1252_quotes(capsys, tmp_path):
    """Word's curly quotes pasted into a UTF-8 file: each part read in its own encoding."""
    head, _, tail = ORDER.partition("Within **seven (7) days**")
    data = (head.replace("Defense counsel is directed", "D\u00e9fense counsel is directed")
            .encode("utf-8") + "Within **seven (7) days**".encode("cp1252")
            + tail.replace("(a) a statement", "(a) a \u201cstatement\u201d").encode("cp1252"))
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    assert cli.main(["import", str(path), "--json"]) == 0
    out, _ = capsys.readouterr()
    text = json.dumps(json.loads(out), ensure_ascii=False)
    assert "D\u00e9fense" in text and "\u201cstatement\u201d" in text
    assert "\u00c3" not in text  # no mojibake ("DÃ©fense")


def run(argv: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "meetconfer_gui.cli", "import", *argv]
    return subprocess.run(command, input=stdin, capture_output=True, check=False, timeout=60)


@pytest.mark.parametrize("kind", ["empty", "junk", "docx", "scan", "corrupt", "big"])
def test_real_process_prints_one_line_and_no_traceback(tmp_path, kind):
    contents = {
        "empty": b"",
        "junk": high_byte_junk(),
        "docx": docx_bytes(),
        "scan": scanned_pdf(tmp_path),
        "corrupt": b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 999999 >>\nstream\n\xff",
        "big": (ORDER.encode("utf-8") + b"\n") * (5 * 1024 * 1024 // len(ORDER) + 1),
    }
    suffix = {"docx": ".docx", "scan": ".pdf", "corrupt": ".pdf"}.get(kind, ".txt")
    path = tmp_path / f"{kind}{suffix}"
    path.write_bytes(contents[kind])
    for argv, stdin in (([str(path), "--json"], None), (["-"], contents[kind])):
        done = run(argv, stdin)
        assert done.returncode == 2, done.stderr
        assert done.stdout == b""
        lines = done.stderr.decode("utf-8").splitlines()
        assert len(lines) == 1, lines
        assert lines[0].startswith("meetconfer: error: ")
        assert "Traceback" not in lines[0]
