"""Police Service of Northern Ireland (FOIA 2000).

References look like "F-2015-01234".
Figures are checked against the total each reply states.
"""

from foi_tally.parsers.base import ForceParser

PARSER = ForceParser(force="Police Service of Northern Ireland", references=(r"\bF-\d{4}-\d{4,5}\b",))
