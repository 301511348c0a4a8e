"""Reading an order: a text file in any common encoding, pasted text, or a PDF's text layer.

Whatever the source, the result is an :class:`OrderText`: the text as read, split into lines
(the lines the import wizard shows and every item's ``text_lines`` count), and where each page
starts. Hostile or broken input (a binary file named ``.txt``, an encrypted, truncated or
enormous PDF, a decompression bomb) is refused with one readable :class:`OrderImportError`
within seconds and bounded memory; no other exception leaves this module.
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import io
import logging
import os
import re
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from meetconfer_gui.importer.errors import OrderImportError
from meetconfer_gui.importer.model import SourceKind

_MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """Bounds on what is read, so a hostile file cannot exhaust memory or time.

    Attributes:
        max_bytes: Largest file accepted (a long order as PDF is well under 5 MB).
        max_pages: Most PDF pages read.
        max_chars: Most characters of text kept (about 300 pages of pleading paper).
        max_lines: Most lines of text kept.
        max_page_content: Largest decoded content of one PDF stream (guards against
            decompression bombs: a small file that inflates to gigabytes).
        max_seconds: Time allowed for a PDF's text extraction, checked between pages.
    """

    max_bytes: int = 50 * _MB
    max_pages: int = 300
    max_chars: int = 1_000_000
    max_lines: int = 40_000
    max_page_content: int = 8 * _MB
    max_seconds: float = 10.0


DEFAULT_LIMITS = ReadLimits()

# Line breaks other than \n that editors (and Qt's text widgets) treat as line or paragraph
# breaks; they are read as \n so that line numbers agree everywhere. A form feed also starts
# a new page.
_BREAKS = ("\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x1c", "\x1d", "\x1e")
_PAGE_BREAK = "\x0c"


@dataclass(frozen=True, slots=True)
class OrderText:
    r"""An order's text as read, in lines.

    Attributes:
        text: The text, with every line break read as ``\\n`` (form feeds too: each starts a
            page) and a leading byte-order mark removed; otherwise as read.
        lines: ``text.split("\\n")``: line ``n`` (1-based) is ``lines[n - 1]``.
        source: Where it came from: a file name, "standard input" or "pasted text".
        kind: Text or PDF.
        encoding: The encoding a text file was decoded with (None for a PDF or a str).
        page_starts: The 1-based line on which each page starts; ``(1,)`` when the text
            shows no page breaks of its own.
        notes: What the user should know about the reading ("pages 3-4 have no text").
    """

    text: str
    lines: tuple[str, ...]
    source: str
    kind: SourceKind = SourceKind.TEXT
    encoding: str | None = None
    page_starts: tuple[int, ...] = (1,)
    notes: tuple[str, ...] = ()

    @classmethod
    def from_string(cls, text: str, source: str = "pasted text", *,
                    limits: ReadLimits = DEFAULT_LIMITS) -> OrderText:
        """Read text already in memory (pasted into the wizard).

        Args:
            text: The order's text.
            source: What to call it in messages.
            limits: Bounds on its length.

        Returns:
            The text in lines.

        Raises:
            OrderImportError: If it is empty or too long.
        """
        return _from_pages([text], source, SourceKind.TEXT, None, (), limits)

    @property
    def pages(self) -> int:
        """How many pages the text shows."""
        return len(self.page_starts)

    def page_of(self, line: int) -> int:
        """The 1-based page that a 1-based line is on."""
        page = 1
        for number, start in enumerate(self.page_starts, 1):
            if start <= line:
                page = number
            else:
                break
        return page


def _split_pages(text: str) -> list[str]:
    for br in _BREAKS:
        if br in text:
            text = text.replace(br, "\n")
    return text.split(_PAGE_BREAK)


def _from_pages(pages: list[str], source: str, kind: SourceKind, encoding: str | None,
                notes: tuple[str, ...], limits: ReadLimits) -> OrderText:
    chunks: list[str] = []
    for page in pages:
        chunks.extend(_split_pages(page))
    if chunks and chunks[0].startswith("\ufeff"):
        chunks[0] = chunks[0][1:]
    if kind is SourceKind.PDF:
        # A PDF page's text usually ends with a line break; the next page starts on a new line.
        chunks = [c[:-1] if c.endswith("\n") else c for c in chunks]
    lines: list[str] = []
    starts: list[int] = []
    for chunk in chunks:
        starts.append(len(lines) + 1)
        lines.extend(chunk.split("\n"))
    text = "\n".join(lines)
    if len(text) > limits.max_chars:
        raise OrderImportError(
            f"{source} holds {len(text):,} characters, more than the {limits.max_chars:,} an "
            "order can have: import the order itself, not a whole record")
    if len(lines) > limits.max_lines:
        raise OrderImportError(
            f"{source} has {len(lines):,} lines, more than the {limits.max_lines:,} an order "
            "can have: import the order itself, not a whole record")
    if not text.strip():
        raise OrderImportError(f"{source} is empty: open the order's text or PDF, or paste it")
    # Drop the page starts that begin no text at all (a form feed at the very end).
    starts = [s for s in starts if s <= len(lines)] or [1]
    return OrderText(text, tuple(lines), source, kind, encoding, tuple(starts), notes)


def read_order_text(source: str | os.PathLike[str] | bytes, *, name: str | None = None,
                    limits: ReadLimits = DEFAULT_LIMITS) -> OrderText:
    """Read an order from a file (``.txt`` in any common encoding, or ``.pdf``) or bytes.

    A PDF is recognised by its content (``%PDF-``), whatever the file is called. Text is tried
    as UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, then
    Windows-1252, then Latin-1; a binary file is refused.

    Args:
        source: A path (str or path-like), or the file's bytes.
        name: What to call the source in messages (defaults to the file name).
        limits: Bounds on size, pages, characters and time.

    Returns:
        The order's text in lines.

    Raises:
        OrderImportError: If the file cannot be read or is not an order's text: the message
            says why and what to do, in one line.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        label = name or "the input"
        suffix = ""
    else:
        path = Path(os.fspath(source))
        label = name or path.name or str(path)
        suffix = path.suffix.lower()
        data = _read_file(path, label, limits)
    if len(data) > limits.max_bytes:
        raise OrderImportError(
            f"{label} is {len(data) / _MB:.0f} MB, larger than the {limits.max_bytes // _MB} MB "
            "an order can be: check that this is the order")
    head = data[:1024]
    if b"%PDF-" in head:
        return _read_pdf(data, label, limits)
    if suffix == ".pdf":
        raise OrderImportError(
            f"{label} is named .pdf but is not a PDF (it has no PDF header): open the file "
            "the court sent, or paste the order's text")
    return _read_text(data, label, limits)


def _read_file(path: Path, label: str, limits: ReadLimits) -> bytes:
    try:
        with path.open("rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size > limits.max_bytes:
                raise OrderImportError(
                    f"{label} is {size / _MB:.0f} MB, larger than the "
                    f"{limits.max_bytes // _MB} MB an order can be: check that this is the order")
            return fh.read(limits.max_bytes + 1)
    except OrderImportError:
        raise
    except IsADirectoryError:
        raise OrderImportError(f"{path} is a folder: give the order's .txt or .pdf file") from None
    except FileNotFoundError:
        raise OrderImportError(f"no such file: {path}: check the path") from None
    except PermissionError:
        raise OrderImportError(
            f"cannot open {path}: permission denied: check the file's permissions") from None
    except OSError as err:
        raise OrderImportError(
            f"cannot read {path}: {err.strerror or err}: check the path") from None


# File signatures of formats people may pick by mistake, with what to do instead.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a Word document or other zip archive: save the order as PDF or plain "
                    "text and import that"),
    (b"\xd0\xcf\x11\xe0", "an old Word (.doc) file: save the order as PDF or plain text"),
    (b"{\\rtf", "a rich-text (.rtf) file: save the order as plain text"),
    (b"\x89PNG", "an image: the importer needs text; run text recognition (OCR) on it or "
                 "paste the order's text"),
    (b"\xff\xd8\xff", "an image: the importer needs text; run text recognition (OCR) on it "
                      "or paste the order's text"),
    (b"GIF8", "an image: the importer needs text; paste the order's text"),
    (b"II*\x00", "a TIFF image (a scan?): run text recognition (OCR) on it or paste the text"),
    (b"MM\x00*", "a TIFF image (a scan?): run text recognition (OCR) on it or paste the text"),
)


def _binary(label: str, what: str) -> OrderImportError:
    return OrderImportError(f"{label} is {what}")


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec of UTF-16 text without a byte-order mark, judged by where the NULs are."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _control_ratio(data: bytes) -> float:
    sample = data[:65536]
    if not sample:
        return 0.0
    bad = sum(1 for b in sample if (b < 32 and b not in (9, 10, 12, 13)) or b == 127)
    return bad / len(sample)


# A valid multi-byte UTF-8 sequence: a file holding some is UTF-8, whatever its stray bytes.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_MIXED = "meetconfer-utf8-cp1252"


def _cp1252_bytes(err: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 cannot as Windows-1252 (Latin-1 for its five gaps)."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    chunk = err.object[err.start:err.end]
    text = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in chunk)
    return text, err.end


codecs.register_error(_MIXED, _cp1252_bytes)


def _text_ratio(data: bytes) -> float:
    """The share of a sample's bytes that are printable ASCII, white space or UTF-8 letters."""
    sample = data[:65536]
    if not sample:
        return 1.0
    texty = sum(1 for b in sample if 32 <= b < 127 or b in (9, 10, 12, 13))
    texty += sum(len(m.group(0)) for m in _UTF8_MULTIBYTE.finditer(sample))
    return texty / len(sample)


def _wide(text: str, label: str) -> str:
    """Text read as UTF-16 or UTF-32, refused when it is binary data read that way.

    Any bytes with NULs in every other place decode as UTF-16; an order's text is then still
    mostly Latin letters, spaces and punctuation (U+0000-U+024F, U+2000-U+20CF), without C0 or
    C1 control characters.
    """
    sample = text[:20000]
    if not sample:
        return text
    good = sum(1 for c in sample if (c.isprintable() or c in "\t\n\r\x0c")
               and (ord(c) < 0x250 or 0x2000 <= ord(c) <= 0x20CF))
    if good / len(sample) < 0.8:
        raise _binary(label, "a binary file, not text (read as UTF-16 it is no words): open "
                             "the order's .txt or .pdf file, or paste its text")
    return text


def decode_text(data: bytes, label: str = "the input") -> tuple[str, str]:
    """Decode a text file's bytes, refusing binary data.

    Args:
        data: The file's bytes.
        label: What to call it in messages.

    Returns:
        The text and the name of the encoding used.

    Raises:
        OrderImportError: If the bytes are not text.
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            return data[3:].decode("utf-8", errors="replace"), "utf-8-sig (with bad bytes)"
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        try:
            return _wide(data.decode("utf-32"), label), "utf-32"
        except UnicodeDecodeError:
            raise _binary(label, "not readable text (broken UTF-32): save it as UTF-8 "
                                 "text") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _wide(data.decode("utf-16", errors="replace"), label), "utf-16"
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            raise _binary(label, what)
    codec = _utf16_without_bom(data)
    if codec is not None:
        return _wide(data.decode(codec, errors="replace"), label), codec
    if b"\x00" in data:
        raise _binary(label, "a binary file, not text (it contains NUL bytes): open the "
                             "order's .txt or .pdf file, or paste its text")
    if _control_ratio(data) > 0.05:
        raise _binary(label, "a binary file, not text (it is full of control characters): "
                             "open the order's .txt or .pdf file, or paste its text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Not UTF-8: an order in Windows-1252 or Latin-1 is still nearly all ASCII; bytes that
    # are mostly above 127 are no text in any encoding an order comes in.
    if _text_ratio(data) < (0.7 if len(data) >= 200 else 0.5):
        raise _binary(label, "not text (most of its bytes are neither letters nor spaces in "
                             "any common encoding): open the order's .txt or .pdf file, or "
                             "paste its text")
    if _UTF8_MULTIBYTE.search(data):
        # UTF-8 with a few Windows-1252 bytes pasted in (curly quotes from Word): read each
        # part in its own encoding rather than the whole file as Windows-1252 mojibake.
        return data.decode("utf-8", errors=_MIXED), "utf-8 with some Windows-1252 bytes"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _read_text(data: bytes, label: str, limits: ReadLimits) -> OrderText:
    text, encoding = decode_text(data, label)
    notes: tuple[str, ...] = ()
    if encoding not in ("utf-8", "utf-8-sig"):
        notes = (f"{label} was read as {encoding} text, not UTF-8: check accented letters "
                 "and quotation marks",)
    return _from_pages([text], label, SourceKind.TEXT, encoding, notes, limits)


class _Collect(logging.Handler):
    """Keeps pypdf's log messages (repairs of damaged files) for the notes, off stderr."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        """Override Handler.emit: keep the message."""
        self.messages.append(record.getMessage())


@contextlib.contextmanager
def _quiet_pypdf() -> Iterator[_Collect]:
    """Keep pypdf's warnings and log records off stderr, collecting them instead."""
    logger = logging.getLogger("pypdf")
    handler = _Collect()
    was = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield handler
    finally:
        logger.removeHandler(handler)
        logger.propagate = was


def _pdf_limits(limits: ReadLimits) -> contextlib.AbstractContextManager[Any]:
    """Narrow pypdf's own decoding limits (pypdf >= 6) to what an order can need."""
    import pypdf

    apply = getattr(pypdf, "apply_configuration", None)
    config = getattr(pypdf, "Configuration", None)
    if apply is None or config is None:
        return contextlib.nullcontext()
    wanted = {
        "maximum_declared_stream_length": limits.max_bytes,
        "array_based_stream_maximum_output_length": limits.max_page_content,
        "lzw_maximum_output_length": limits.max_page_content,
        "run_length_maximum_output_length": limits.max_page_content,
        "zlib_maximum_output_length": limits.max_page_content,
        "brotli_maximum_output_length": limits.max_page_content,
        "zlib_maximum_recovery_input_length": min(limits.max_page_content, 1 * _MB),
        "stream_decoding_work_maximum_length": 4 * limits.max_page_content,
        "stream_parsing_work_maximum_count": 1_000_000,
        "xform_maximum_invocations_per_extraction": 500,
        "jbig2dec_binary": None,
    }
    known = {f.name for f in dataclasses.fields(config)}
    manager: contextlib.AbstractContextManager[Any] = apply(
        **{k: v for k, v in wanted.items() if k in known})
    return manager


def _page_content_size(page: Any) -> int:
    contents = page.get_contents()
    if contents is None:
        return 0
    return len(contents.get_data())


def _read_pdf(data: bytes, label: str, limits: ReadLimits) -> OrderText:
    """Extract a PDF's text layer, page by page, within the limits."""
    started = time.monotonic()
    try:
        import pypdf
        from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError
    except ImportError:  # pragma: no cover - pypdf is a dependency
        raise OrderImportError("reading PDFs needs the pypdf package: reinstall meetconfer, "
                               "or paste the order's text") from None
    texts: list[str] = []
    empty: list[int] = []
    repairs: list[str] = []
    try:
        with _quiet_pypdf() as log, _pdf_limits(limits):
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except DependencyError:
                    raise OrderImportError(
                        f"{label} is encrypted with AES, which needs the 'cryptography' package "
                        "to open: remove its protection (print it to a new PDF) or paste the "
                        "order's text") from None
                if opened == pypdf.PasswordType.NOT_DECRYPTED:
                    raise OrderImportError(
                        f"{label} is protected by a password: save an unprotected copy (or "
                        "print it to a new PDF) and import that, or paste the order's text")
            count = len(reader.pages)
            if count == 0:
                raise OrderImportError(f"{label} has no pages: it may be damaged; download "
                                       "the order again")
            if count > limits.max_pages:
                raise OrderImportError(
                    f"{label} has {count} pages, more than the {limits.max_pages} an order "
                    "can have: import the order itself, not a whole record")
            total = 0
            for number, page in enumerate(reader.pages, 1):
                if time.monotonic() - started > limits.max_seconds:
                    raise OrderImportError(
                        f"{label} took more than {limits.max_seconds:.0f} seconds to read "
                        f"(stopped at page {number}): paste the order's text instead")
                if _page_content_size(page) > limits.max_page_content:
                    raise LimitReachedError("page content too large")
                text = page.extract_text() or ""
                total += len(text)
                if total > limits.max_chars:
                    raise OrderImportError(
                        f"{label} holds more than {limits.max_chars:,} characters of text, "
                        "more than an order can have: import the order itself")
                if not text.strip():
                    empty.append(number)
                texts.append(text)
            repairs = log.messages
    except OrderImportError:
        raise
    except FileNotDecryptedError:
        raise OrderImportError(
            f"{label} is protected by a password: save an unprotected copy and import that, "
            "or paste the order's text") from None
    except LimitReachedError:
        raise OrderImportError(
            f"{label} has a page whose contents inflate to more than "
            f"{limits.max_page_content // _MB} MB (damaged, or built to exhaust memory): it was "
            "not read; paste the order's text instead") from None
    except MemoryError:
        raise OrderImportError(f"{label} is too large to read: paste the order's text "
                               "instead") from None
    except Exception as err:  # pypdf raises many types on damaged files
        detail = " ".join(str(err).split())[:80] or type(err).__name__
        raise OrderImportError(
            f"{label} could not be read as a PDF; it looks damaged or cut short ({detail}): "
            "download the order again, or paste its text") from None
    if sum(len(t.strip()) for t in texts) < 20:
        truncated = b"%%EOF" not in data[-2048:]
        why = ("it looks cut short (it has no end marker) or damaged; download it again"
               if truncated else
               "it looks like a scan (pictures of pages); run text recognition (OCR) on it, or "
               "paste or type the order's text")
        raise OrderImportError(f"{label} has no text layer: {why}")
    notes: list[str] = []
    if empty:
        pages = ", ".join(str(n) for n in empty)
        if len(empty) == 1:
            notes.append(f"page {pages} of {label} has no text (scanned?): read it yourself "
                         "for obligations")
        else:
            notes.append(f"pages {pages} of {label} have no text (scanned?): read them "
                         "yourself for obligations")
    if b"%%EOF" not in data[-2048:]:
        notes.append(f"{label} looks cut short (no end marker): check that every page was "
                     "read")
    elif repairs:
        notes.append(f"{label} is slightly damaged ({repairs[0].strip()[:60]}); it was "
                     "repaired while reading: check that every page was read")
    return _from_pages(texts, label, SourceKind.PDF, None, tuple(notes), limits)
