"""Metropolitan Police Service (FOIA 2000).

Large volumes: replies often attach a spreadsheet listing individuals; letters may be
headed only "New Scotland Yard" (an alias of the force). References look like "01/FOI/15/012345".
Figures are checked against the total each reply states.
"""

from foi_tally.parsers.base import ForceParser

PARSER = ForceParser(force="Metropolitan Police Service", references=(r"\b01/FOI/\d{2}/\d{5,6}\b",))
