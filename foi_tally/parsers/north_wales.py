"""North Wales Police (FOIA 2000).

No quirks recorded: replies are read through the shared layout families.
Figures are checked against the total each reply states.
"""

from foi_tally.parsers.base import ForceParser

PARSER = ForceParser(force="North Wales Police")
