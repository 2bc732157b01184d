"""Outlook .msg emails, through extract-msg when it is installed (`pip install foi-tally[msg]`).

extract-msg is GPL-3.0, so it is an optional extra, imported only here and
only when a .msg file arrives; without it the file is listed for review with
the line to install it. A .msg is read exactly like an .eml (see email.py):
sender, date and subject from its headers, the body (plain text, else HTML
reduced to text) with quoted history marked, and every attachment through its
own reader as part of the same reply. An attached Outlook item (an embedded
message) is read the same way.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from typing import Any

from foi_tally.document import Document
from foi_tally.records import ReadError

INSTALL_HINT = "install foi-tally[msg] to read Outlook .msg files"


def read(data: bytes, source: str, fmt: str = "msg") -> Document:
    try:
        import extract_msg
    except ImportError:
        raise ReadError(INSTALL_HINT) from None
    try:
        message = extract_msg.openMsg(data, delayAttachments=False)
    except Exception as exc:  # noqa: BLE001 - extract-msg raises many kinds on damaged files
        raise ReadError(f"the Outlook .msg file is damaged or of an unsupported kind ({type(exc).__name__})") from None
    try:
        return _message(message, source)
    finally:
        message.close()


def _message(message: Any, source: str) -> Document:
    from foi_tally.readers import as_part, fold, read_document
    from foi_tally.readers.email import html_to_text
    from foi_tally.readers.text import from_text

    body = _text(getattr(message, "body", None))
    if not body.strip():
        html = getattr(message, "htmlBody", None)
        body = html_to_text(_text(html)) if html else ""
    doc = from_text(body, source, "msg")
    doc.format = "msg"
    sender = _text(getattr(message, "sender", None))
    doc.sender = email.utils.parseaddr(sender)[1] or None
    doc.subject = _text(getattr(message, "subject", None)) or None
    doc.sent = _sent(message)
    for attachment in getattr(message, "attachments", []):
        name = _text(getattr(attachment, "longFilename", None) or getattr(attachment, "shortFilename", None))
        name = name or "attachment"
        payload = getattr(attachment, "data", None)
        if payload is not None and not isinstance(payload, bytes):
            try:
                fold(doc, as_part(_message(payload, source), name))  # an attached Outlook item
            except (AttributeError, TypeError, ValueError) as exc:
                doc.warnings.append(f"attached item '{name}' could not be read ({type(exc).__name__})")
            continue
        if not payload:
            doc.warnings.append(f"attachment '{name}' is empty or undecodable")
            continue
        try:
            fold(doc, as_part(read_document(payload, source, name=name), name))
        except ReadError as exc:
            doc.warnings.append(f"attachment '{name}' could not be read: {exc}")
    return doc


def _sent(message: Any) -> dt.date | None:
    when = getattr(message, "date", None)
    if isinstance(when, dt.datetime):
        return when.date()
    header = getattr(message, "header", None)
    raw = header.get("Date") if header is not None else None
    try:
        parsed = email.utils.parsedate_to_datetime(str(raw)) if raw else None
    except (TypeError, ValueError):
        parsed = None
    return parsed.date() if parsed else None


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return str(value)
