"""Text from scanned pages, through Tesseract (Debian's `tesseract-ocr`) and the pytesseract wrapper.

Tesseract is a system program, not a Python package, so it may be missing:
`available()` says whether it can run, and a reader that finds a scan
without it records NEEDS_OCR so the reply is listed for review instead of
failing or being read as empty. OCR'd text is marked on the Document
(`Document.ocr`) because a misread digit cannot be noticed by the reader.
"""

from __future__ import annotations

import shutil
from typing import Any

#: The review reason (and warning) for a scan read on a machine without Tesseract.
NEEDS_OCR = "needs OCR: install tesseract-ocr"
#: Resolution pages are rendered at before OCR: Tesseract reads body text best at about 300 dpi.
DPI = 300
#: Tesseract's language packs to use; "eng" ships with Debian's tesseract-ocr-eng.
LANGUAGES = "eng"
#: A page taking longer than this is abandoned (a huge or corrupt image), not waited on forever.
TIMEOUT_SECONDS = 120


class OcrError(Exception):
    """Tesseract ran but could not read the page; the message is one line."""


def available() -> bool:
    """Whether Tesseract can be run here: the binary is on PATH and the wrapper is installed."""
    if shutil.which("tesseract") is None:
        return False
    try:
        import pytesseract  # noqa: F401
    except ImportError:
        return False
    return True


def image_lines(image: Any) -> list[str]:
    """The text lines Tesseract reads from a PIL image, top to bottom, blank lines dropped."""
    import pytesseract

    try:
        # --psm 3: fully automatic page segmentation, the right mode for letters with paragraphs.
        text = pytesseract.image_to_string(image, lang=LANGUAGES, config="--psm 3", timeout=TIMEOUT_SECONDS)
    except pytesseract.TesseractNotFoundError:
        raise OcrError(NEEDS_OCR) from None
    except pytesseract.TesseractError as exc:
        raise OcrError(f"Tesseract failed ({' '.join(str(exc.message).split())[:120]})") from None
    except RuntimeError as exc:  # pytesseract's timeout
        raise OcrError(f"Tesseract gave up ({exc}) after {TIMEOUT_SECONDS} seconds") from None
    return [line.strip() for line in text.splitlines() if line.strip()]
