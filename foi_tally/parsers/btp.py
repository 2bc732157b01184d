"""British Transport Police (FOIA 2000).

BTP does not manage registered sex offenders (the territorial forces do), so a
"not held" reply pointing elsewhere is its usual answer; its letters name other forces.
Figures are checked against the total each reply states.
"""

from foi_tally.parsers.base import ForceParser

PARSER = ForceParser(force="British Transport Police")
