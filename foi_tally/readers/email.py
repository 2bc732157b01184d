"""Email replies saved as .eml: headers, the body, and every attachment as one reply.

The body is decoded from quoted-printable or base64 by the standard library.
Plain text is preferred over HTML; an HTML-only body is reduced to its text.
Anything under "-----Original Message-----" or "On ... wrote:" is marked as
quoted, so the journalist's own question is never read as the answer.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import html
import re
from email.headerregistry import HeaderRegistry
from email.message import EmailMessage

from foi_tally.document import Document
from foi_tally.readers.text import from_text
from foi_tally.records import ReadError


class _ParsedOnce:
    """The email package's header registry, each header parsed once per email.

    The package parses a header again every time it is looked at (a part's Content-Type a dozen times while
    its body and attachments are found); a parsed header never changes, so the first parse serves them all.
    """

    def __init__(self) -> None:
        self._registry = HeaderRegistry()
        self._parsed: dict[tuple[str, str], object] = {}

    def __call__(self, name: str, value: str) -> object:
        key = (name.lower(), value)
        header = self._parsed.get(key)
        if header is None:
            header = self._parsed[key] = self._registry(name, value)
        return header

    def __getitem__(self, name: str) -> type:
        return self._registry[name]


def read(data: bytes, source: str, fmt: str = "eml") -> Document:
    try:
        policy = email.policy.default.clone(header_factory=_ParsedOnce())
        message = email.message_from_bytes(data, policy=policy)
    except Exception as exc:  # noqa: BLE001 - the email package raises many kinds on broken MIME
        raise ReadError(f"email is malformed ({type(exc).__name__})") from None
    if not isinstance(message, EmailMessage):
        raise ReadError("email is malformed")
    doc = Document(source=source, format="eml")
    doc.sender = _address(message.get("From"))
    doc.subject = str(message.get("Subject") or "") or None
    try:
        parsed = email.utils.parsedate_to_datetime(str(message.get("Date") or ""))
        doc.sent = parsed.date() if parsed else None
    except (TypeError, ValueError):
        doc.sent = None

    body = _body_text(message)
    body_doc = from_text(body, source, "eml")
    doc.extend(body_doc)
    differs = _versions_differ(message)
    if differs:
        from foi_tally.readers import PARTLY_READ

        doc.warnings.append(f"{PARTLY_READ}: the email's plain-text and HTML versions give different figures ({differs})")
    for part in message.iter_attachments():
        forwarded = part.get_content_type() == "message/rfc822"
        name = part.get_filename() or ("forwarded message.eml" if forwarded else "attachment")
        try:
            # A forwarded message is read as an email of its own (the reply it forwards is often the answer).
            payload = _forwarded_bytes(part) if forwarded else part.get_payload(decode=True)
        except Exception:  # noqa: BLE001
            payload = None
        if not payload:
            doc.warnings.append(f"attachment '{name}' is empty or undecodable")
            continue
        if name.lower() == "winmail.dat" or part.get_content_type() == "application/ms-tnef":
            doc.warnings.append(
                f"'{name}' is an Outlook TNEF (winmail.dat) attachment, which cannot be read: "
                "ask the force to resend the reply as plain email or PDF"
            )
            continue
        from foi_tally.readers import as_part, read_document

        try:
            attached = read_document(payload, source, name=name)
        except ReadError as exc:
            doc.warnings.append(f"attachment '{name}' could not be read: {exc}")
            continue
        # Locators point into the attachment: "reply.eml > data.xlsx, sheet 'Data', row 5".
        doc.extend(as_part(attached, name))
    broken = _structure_defects(message)  # after decoding: base64 defects are found as parts are decoded
    if broken:
        if not doc.lines and not doc.tables:
            raise ReadError(f"email's MIME structure is broken ({broken}): nothing could be read from it")
        from foi_tally.readers import PARTLY_READ

        doc.warnings.append(
            f"{PARTLY_READ}: the email's MIME structure is broken ({broken}), so a part may be missing or cut "
            "short"
        )
    return doc


#: Defects that mean a part may be lost or cut short (a missing header or an odd line ending loses nothing).
_STRUCTURE_DEFECTS = {
    "StartBoundaryNotFoundDefect": "a multipart boundary never appears",
    "CloseBoundaryNotFoundDefect": "the last part is cut off",
    "MultipartInvariantViolationDefect": "a multipart message with no parts",
    "NoBoundaryInMultipartDefect": "a multipart message with no boundary",
    "MissingHeaderBodySeparatorDefect": "headers run into the body",
    "InvalidBase64PaddingDefect": "base64 cut short",
    "InvalidBase64LengthDefect": "base64 cut short",
    "InvalidBase64CharactersDefect": "stray characters in base64",
}


#: Transfer encodings the email package decodes; under any other name a part's text is read raw (garbled).
_TRANSFER_ENCODINGS = {"7bit", "8bit", "binary", "quoted-printable", "base64", "x-uuencode", "uuencode", "x-uue", "uue"}


def _structure_defects(message: EmailMessage) -> str:
    found = [_STRUCTURE_DEFECTS.get(type(d).__name__) for part in message.walk() for d in part.defects]
    for part in message.walk():
        encoding = str(part.get("Content-Transfer-Encoding") or "").strip().lower()
        if encoding and encoding not in _TRANSFER_ENCODINGS:
            found.append(f"unknown transfer encoding '{encoding[:40]}'")
        text = part.get_payload() if part.get_content_maintype() == "text" else None
        if encoding not in ("quoted-printable", "base64") and isinstance(text, str):
            lines = [line for line in text[:200_000].splitlines() if line.strip()]
            soft_breaks = sum(1 for line in lines if line.endswith("="))
            if soft_breaks >= 3 and soft_breaks >= len(lines) * 0.2:
                found.append("quoted-printable text that the headers do not declare (a damaged header?)")
    payload = message.get_payload() if not message.is_multipart() else None
    if isinstance(payload, str) and _UNDECLARED_PART.search(payload[:200_000]):
        found.append("parts that the headers do not declare (a damaged Content-Type header?)")
    return "; ".join(dict.fromkeys(f for f in found if f))


#: A MIME boundary line followed by a part's headers, inside what the headers call a single-part message.
_UNDECLARED_PART = re.compile(r"(?m)^--\S{6,}\r?\n(?:[\w-]+:[^\n]*\r?\n)*Content-(?:Type|Transfer-Encoding):")


def _address(value: object) -> str | None:
    """The sender's address. ("Fielding, Joanne 4471 <j.fielding@...>": an unquoted comma in the name, which
    parseaddr would take for two addresses, so the one in angle brackets is looked for first.)"""
    if not value:
        return None
    bracketed = _BRACKETED_ADDRESS.search(str(value))
    if bracketed:
        return bracketed[1]
    _, addr = email.utils.parseaddr(str(value))
    return addr or None


_BRACKETED_ADDRESS = re.compile(r"<\s*([^<>@\s]+@[^<>@\s]+)\s*>")


def _forwarded_bytes(part: EmailMessage) -> bytes | None:
    inner = part.get_payload()
    if isinstance(inner, list) and inner:
        return inner[0].as_bytes()
    return None


def _versions_differ(message: EmailMessage) -> str:
    """The figures of the plain-text and HTML versions of the body, when they are not the same ones."""
    from foi_tally.numbers import find_counts

    plain, rich = message.get_body(preferencelist=("plain",)), message.get_body(preferencelist=("html",))
    if plain is None or rich is None or plain is rich:
        return ""
    try:
        texts = [plain.get_content(), html_to_text(rich.get_content())]
    except (LookupError, UnicodeError, AssertionError):
        return ""
    figures = [sorted({(c.low, c.high) for line in text.splitlines() for c in find_counts(line)}) for text in texts]
    if figures[0] == figures[1]:
        return ""
    said = [", ".join(str(lo) if lo == hi else f"{lo}-{hi}" for lo, hi in found) or "none" for found in figures]
    return f"plain text {said[0]}; HTML {said[1]}"


def _body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, AssertionError):
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("cp1252", errors="replace")
    if part.get_content_subtype() == "html":
        return html_to_text(content)
    return content


_BLOCK_TAGS = re.compile(r"<\s*(?:br|/p|/div|/tr|/h\d|/li|p|div|tr|li|h\d)\b[^>]*>", re.IGNORECASE)
_CELL_TAGS = re.compile(r"<\s*/t[dh]\s*>", re.IGNORECASE)
_DROP = re.compile(r"<(script|style|head)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"<t[dh]\b[^>]*>.*?</t[dh]\s*>", re.IGNORECASE | re.DOTALL)
_INLINE_TAG = re.compile(r"<[^>]+>")


def html_to_text(markup: str) -> str:
    """A readable text rendering of a simple HTML email: blocks become lines, cells are split by tabs.

    Inside a cell, paragraphs and line breaks are spaces (Outlook wraps every cell's text in a <p>), so a table row
    stays one line. Inline tags (<b>, <span>, <font>) are no gap at all: "<b>1</b><b>4</b>" shows 14.
    """
    markup = _DROP.sub(" ", markup).replace("\r", " ").replace("\n", " ")  # in HTML a line break is a space
    markup = _ORDERED_LIST.sub(_numbered, markup)  # "<ol><li>5</li>...": "1. 5", as the reader sees it
    # (a <br> between the items of one cell, "Aug 2016<br>Jan 2020", keeps them apart as a list)
    markup = _CELL.sub(lambda m: _BLOCK_TAGS.sub(" ", _CELL_BREAK.sub("; ", m.group(0))), markup)
    markup = _CELL_TAGS.sub("\t", markup)
    markup = _BLOCK_TAGS.sub("\n", markup)
    text = html.unescape(_INLINE_TAG.sub("", markup))
    lines = [re.sub(r"[ \xa0]+", " ", ln).strip(" ") for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln.strip())


_ORDERED_LIST = re.compile(r"<ol\b([^>]*)>(.*?)</ol\s*>", re.IGNORECASE | re.DOTALL)
_LIST_ITEM = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_START = re.compile(r"""\bstart\s*=\s*["']?(\d{1,3})""", re.IGNORECASE)


def _numbered(match: re.Match[str]) -> str:
    """An ordered list with each item's number written in ("1. ", "2. ", ... from its start)."""
    start = _START.search(match.group(1))
    numbers = iter(range(int(start.group(1)) if start else 1, 10_000))
    return _LIST_ITEM.sub(lambda item: f"{item.group(0)}{next(numbers)}. ", match.group(2))


_CELL_BREAK = re.compile(r"(?<=\w)\s*<\s*br\s*/?\s*>\s*(?=\w)", re.IGNORECASE)
