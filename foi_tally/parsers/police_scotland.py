"""Police Service of Scotland (FOISA 2002).

Answers under FOISA 2002, where section numbers differ from FOIA (s38 is personal data,
s35 law enforcement); references look like "IM-FOI-2015-0123".
Figures are checked against the total each reply states.
"""

from foi_tally.parsers.base import ForceParser

PARSER = ForceParser(force="Police Service of Scotland", references=(r"\bIM-FOI-\d{4}-\d{3,5}\b",))
