"""What the newsroom takes away: views, workbooks, databases, charts, a web page and a copy check.

Every module here reads a `merge.Tally` (and the stored replies) and never re-reads a document, so
each output carries exactly the figures `report` shows. Heavy libraries (openpyxl, matplotlib) are
imported inside the functions that need them.
"""
