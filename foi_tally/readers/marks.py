"""Footnote marks beside numbers, and the numbers of list items, for every reader.

A count followed by a footnote mark reads as another number: "12" and a
raised "1" become "121", and "12\u00b9" (a superscript digit typed as such) is no
number at all. Readers leave such marks out of the text they hand on. Kept
apart from the readers so that none has to load another to use them.

A word processor draws a list's letters and roman numbers itself (they are not
in the text); the Word and Writer readers write them with the same helpers.
"""

from __future__ import annotations

import re

#: Superscript digits right after a digit: a footnote mark ("12\u00b9" is 12 with note 1), not part of the number.
_SUPERSCRIPT_AFTER_DIGIT = re.compile("(?<=\\d)[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")

#: Signs a footnote mark is made of besides digits.
NOTE_SIGNS = "*\u2020\u2021\u00a7\u00b6#,()[]\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
#: Text that is only a footnote mark: digits and note signs ("1", "12", "*", "\u2020", "1,2", "[3]"). A superscript
#: that holds only this is a note, not part of the count before it; other superscript text ("st") is kept.
_SIGNS = re.escape(NOTE_SIGNS)
NOTE_MARK = re.compile(rf"\s*[\d{_SIGNS}][\s\d{_SIGNS}]*")


def unglue_superscripts(text: str) -> str:
    """The text with superscript digits that follow a digit ("12\u00b9") left out ("12")."""
    if text.isascii():
        return text
    return _SUPERSCRIPT_AFTER_DIGIT.sub("", text)


def unicode_cell_text(text: str) -> str:
    """A text that is not ASCII as spreadsheet cells keep it (before strip): no-break spaces as spaces, and
    footnote marks off the numbers."""
    return _SUPERSCRIPT_AFTER_DIGIT.sub("", text.replace("\xa0", " "))


_ROMAN_NUMERALS = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                   (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def roman_numeral(n: int) -> str:
    """`n` (1 to 3999) in lower-case roman numerals, as a list item's number ("iv")."""
    roman = ""
    for value, numeral in _ROMAN_NUMERALS:
        count, n = divmod(n, value)
        roman += numeral * count
    return roman


def repeated_letters(n: int) -> str:
    """`n` (1 or more) as a list's letters run a, b ... z, aa, bb ...: the letter, repeated once more each round."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
