"""Slips a scan or a wrong text encoding leaves in a reply's lines, mended before the layouts read them.

A scanned letter's text layer reads "l3" for 13, "2Ol2" for 2012 and "Novernber" for November; a text saved in
one encoding and opened in another shows "â€“" for a dash. Read as they stand, the figure is lost and a sentence
about the dates alone decides the reply. Each mend is reported with where it was made, and a reply that rests on
a mended line is checked by a person: a mended digit may still be the wrong digit.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from foi_tally.document import Document, Line
from foi_tally.records import Locator

# A number with a letter a scan mistakes for a digit in it: "l3", "1O", "2Ol2", "O3" (not "lO", with no digit; not
# "KO1", a reference).
_LETTER_IN_A_NUMBER = re.compile(r"(?<![\w£$%])(?=[0-9lIOo]*\d)(?=[0-9lIOo]*[lIOo])[0-9lIOo]{2,4}(?![\w%])")
_AS_DIGITS = str.maketrans("lIOo", "1100")
_DIGIT = re.compile(r"\d")
# A word with a digit a scan read for a letter inside it: "conf1rm", "he1d", "n0t" (not "2nd", "K9", "Q1", "FOI20").
WORD_WITH_A_DIGIT = re.compile(r"\b[a-z]+[01][a-z]+\b")
# A line that ends in a short number after a word ("had 1"), and the next that opens with one before a word ("5
# registered"): a number a hard line break cut in two.
_ENDS_IN_A_NUMBER = re.compile(r"[a-z]\s+\d{1,2}\s*$")
_OPENS_WITH_A_NUMBER = re.compile(r"^\s*\d{1,2}\s+[a-z]")
# ... but not a label's number: "Answer 1", "Page 1", "Question 2".
_NUMBERED_LABEL = re.compile(r"\b(?:answers?|questions?|page|part|request|item|no|number|ref|section|q|a)\.?\s+\d{1,2}\s*$", re.IGNORECASE)
# Month names with "rn" read for "m": "Novernber", "Decernber", "Septernber".
_RN_MONTH = re.compile(r"\b(Nove|Dece|Septe)rnber\b", re.IGNORECASE)
# UTF-8 text read as Windows-1252: "â€“", "â€™", "Â£".
_MOJIBAKE = re.compile("\u00e2\u20ac|\u00c2[\u00a0-\u00bf]|\u00c3[\u0080-\u00bf\u2018-\u203a]")


def mend_slips(doc: Document) -> tuple[Document, list[tuple[Locator, str]]]:
    """The document with its lines' slips mended, and where and what for each line in which a letter was read as a
    digit or a month's name mended (a text's encoding put right is no guess, and goes unremarked), or that opens
    with what may be the end of a number the line above began."""
    notes: list[tuple[Locator, str]] = []
    lines: list[Line] = []
    for line in doc.lines:
        text = _encoding_mended(line.text)
        guessed = _scan_mended(text)
        if guessed != text:
            notes.append((line.locator, (f"letters read as digits, as a scan leaves them: '{text.strip()[:60]}' "
                                        f"({line.locator.describe()}) read as '{guessed.strip()[:60]}'")))
        if guessed != line.text:
            line = replace(line, text=guessed)
        lines.append(line)
    for above, below in itertools.pairwise(lines):
        if (
            _ENDS_IN_A_NUMBER.search(above.text) and not _NUMBERED_LABEL.search(above.text)
            and _OPENS_WITH_A_NUMBER.match(below.text)
        ):
            # "... the Constabulary had 1" / "5 registered sex offenders ...": 15, or 1 and 5?
            notes.append((below.locator, (f"'{above.text.strip()[-30:]}' / '{below.text.strip()[:30]}' "
                                         f"({above.locator.describe()}) may be one number broken over two lines")))
    changed = any(a is not b for a, b in zip(lines, doc.lines))
    return (replace(doc, lines=lines) if changed else doc), notes


def _encoding_mended(text: str) -> str:
    if _MOJIBAKE.search(text):
        try:
            return text.encode("cp1252").decode("utf-8")
        except UnicodeError:
            pass  # only part of the line was mis-decoded, or it was never UTF-8: left as it is
    return text


def _scan_mended(text: str) -> str:
    if _DIGIT.search(text):  # (a number with a letter in it has a digit too)
        text = _LETTER_IN_A_NUMBER.sub(lambda m: m.group(0).translate(_AS_DIGITS), text)
    if "rn" in text:
        text = _RN_MONTH.sub(lambda m: f"{m.group(1)}mber", text)
    return text
