#!/usr/bin/env python3
"""Build the illustrative sample round robin used by foi-tally's tests and demos.

Usage::

    python scripts/make_sample.py [OUTDIR] [--truth PATH]

Writes one reply file per force (46 in all) to OUTDIR (default ``data/raw``),
a README.md beside them, and a truth manifest (default
``tests/sample_truth.json``) saying what a careful reader would take from each
file. Everything is deterministic: a fixed random seed, fixed dates, reportlab
in invariant mode, fixed workbook properties and zip timestamps, and fixed
e-mail headers and MIME boundaries, so two runs give byte-identical files.

The national total and the figures named in the Press Association's February
2015 survey as reported are reproduced; everything else is invented.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.writer.excel import ExcelWriter
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1

ROOT = Path(__file__).resolve().parent.parent
SEED = 20150213
FIXED_ZIP_TIME = (2015, 3, 13, 12, 0, 0)

WORDS = ["nil", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen", "twenty"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON3 = [m[:3] for m in MONTHS]
OFFENCES = ["Rape", "Sexual assault", "Indecent images of children", "Sexual activity with a child",
            "Indecent exposure", "Voyeurism", "Other sexual offence"]


# ---------------------------------------------------------------------------
# The record of what each file says
# ---------------------------------------------------------------------------

@dataclass
class Reply:
    file: str
    force: str
    fmt: str
    layout: str
    status: str
    as_of: dt.date
    reference: str
    people: list = field(default_factory=list)  # (since or None, "wanted"|"believed_abroad")
    exemptions: list = field(default_factory=list)
    nil: bool = False  # a nil return: missing is 0

    @property
    def missing(self):
        if self.status in ("refused", "ncnd", "not_held"):
            return None
        return 0 if self.nil else len(self.people)

    def truth(self) -> dict:
        groups = Counter(self.people)
        entries = [{"since": s, "count": n, "status": st} for (s, st), n in groups.items()]
        entries.sort(key=lambda e: (e["since"] is None, e["since"] or "", e["status"]))
        return {
            "file": self.file,
            "force": self.force,
            "status": self.status,
            "missing": self.missing,
            "as_of": self.as_of.isoformat(),
            "reference": self.reference,
            "exemptions": sorted(self.exemptions, key=lambda s: int(s[1:])),
            "entries": entries,
        }


def D(y, m, d):
    return dt.date(y, m, d)


def word(n: int) -> str:
    return WORDS[n] if n < len(WORDS) else str(n)


def long_date(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def month_text(since: str, short=False) -> str:
    y, m = since.split("-")[:2]
    return f"{(MON3 if short else MONTHS)[int(m) - 1]} {y}"


def uk_date(since: str) -> str:
    y, m, d = since.split("-")
    return f"{d}/{m}/{y}"


def rand_day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def rand_days(rng, n, start, end):
    return sorted(rand_day(rng, start, end) for _ in range(n))


def by_year(spec: dict) -> list:
    """{year: count} -> people with year precision."""
    return [(str(y), "wanted") for y, n in sorted(spec.items()) for _ in range(n)]


# ---------------------------------------------------------------------------
# Writers: PDF, xlsx, csv, e-mail, text
# ---------------------------------------------------------------------------

def _styles(font="Helvetica", size=10):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    return {
        "body": ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.8),
        "tight": ParagraphStyle("tight", fontName=font, fontSize=size, leading=size * 1.3),
        "bold": ParagraphStyle("bold", fontName=bold, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.6),
        "head": ParagraphStyle("head", fontName=bold, fontSize=size + 6, leading=size + 9, spaceAfter=2),
        "small": ParagraphStyle("small", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.3),
        "right": ParagraphStyle("right", fontName=font, fontSize=size, leading=size * 1.35, alignment=2),
        "quote": ParagraphStyle("quote", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.8,
                                leftIndent=12 * mm, rightIndent=8 * mm),
    }


def table_flow(rows, *, grid=True, widths=None, font="Helvetica", size=9, total_row=False):
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[font]
    cmds = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("FONTNAME", (0, 0), (-1, 0), bold),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
    ]
    if grid:
        cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85))]
    if total_row:
        cmds.append(("FONTNAME", (0, -1), (-1, -1), bold))
        if not grid:
            cmds.append(("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black))
    t = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle(cmds))
    return t


def write_pdf(path: Path, blocks, *, title, author, font="Helvetica", size=10, header=None, footer=None,
              page_numbers=True, top=22):
    """blocks: list of (kind, content). kinds: h, p, b, q, small, lines, right, sp, table, br."""
    st = _styles(font, size)
    flow = []
    for kind, content in blocks:
        if kind in ("p", "b", "q", "right"):
            style = {"p": "body", "b": "bold", "q": "quote", "right": "right"}[kind]
            flow.append(Paragraph(escape(content), st[style]))
        elif kind == "h":
            flow.append(Paragraph(escape(content), st["head"]))
        elif kind in ("small", "lines"):
            for line in content:
                flow.append(Paragraph(escape(line) if line else "&nbsp;", st["small" if kind == "small" else "tight"]))
            flow.append(Spacer(1, size * 0.8))
        elif kind == "sp":
            flow.append(Spacer(1, content * mm))
        elif kind == "table":
            flow.append(content)
            flow.append(Spacer(1, 4 * mm))
        elif kind == "br":
            flow.append(PageBreak())
        else:
            raise ValueError(kind)

    def on_page(canvas, doc):
        canvas.saveState()
        w, h = A4
        if header:
            text, fnt, sz = header if isinstance(header, tuple) else (header, "Helvetica-Bold", 9)
            canvas.setFont(fnt, sz)
            canvas.drawRightString(w - 20 * mm, h - 13 * mm, text)
        canvas.setFont("Helvetica", 7.5)
        if footer:
            canvas.drawString(20 * mm, 10 * mm, footer)
        if page_numbers:
            canvas.drawRightString(w - 20 * mm, 10 * mm, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title=title, author=author,
                            creator="Microsoft Word", subject="",
                            leftMargin=22 * mm, rightMargin=22 * mm, topMargin=top * mm, bottomMargin=20 * mm)
    doc.build(flow, onFirstPage=on_page, onLaterPages=on_page)


def save_xlsx(wb: Workbook, path: Path, when_: dt.datetime, creator: str):
    wb.properties.created = when_
    wb.properties.modified = when_
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
        ExcelWriter(wb, zf).save()
    # Repack with fixed member timestamps so the bytes do not depend on the clock.
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def write_csv(path: Path, rows, *, encoding="utf-8", bom=False, newline="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator=newline)
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)


def new_mail(frm, to, subject, when_: dt.datetime, msgid, extra=None):
    m = EmailMessage(policy=policy.default)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when_)
    m["Message-ID"] = msgid
    for k, v in (extra or {}).items():
        m[k] = v
    return m


def at(d: dt.date, hh, mi):
    return dt.datetime(d.year, d.month, d.day, hh, mi, 0, tzinfo=dt.UTC)


# Reusable paragraphs (several wordings, chosen per letter)

def ico(variant: int, unit="the Freedom of Information Unit") -> str:
    if variant == 0:
        return ("If you are unhappy with the way your request has been handled you may ask for an internal review. "
                "Please write to " + unit + " at the address above within 40 working days of the date of this "
                "letter. We aim to complete reviews within 20 working days. If you remain dissatisfied after the "
                "review you may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, "
                "Wilmslow, Cheshire SK9 5AF (telephone 0303 123 1113).")
    if variant == 1:
        return ("Complaints: should you wish to complain about the handling of this request, please do so in writing, "
                "within 40 working days of receiving this response, to " + unit + ". A review will normally be "
                "completed within 20 working days. Once the review has been completed you may apply to the "
                "Information Commissioner under section 50 of the Act. The Commissioner can be contacted at "
                "Wycliffe House, Water Lane, Wilmslow, Cheshire, SK9 5AF, or on 0303 123 1113.")
    if variant == 2:
        return ("Your right to complain. You are entitled to ask us to look again at this decision; a request for "
                "review should reach " + unit + " no later than 40 working days after the date of this letter. The "
                "Information Commissioner's Office (ICO) is the independent regulator for Freedom of Information. "
                "The ICO will normally expect you to have used our review procedure first. Its helpline is "
                "0303 123 1113 and its postal address is Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF.")
    return ("You may request a review of our decision within 40 working days by writing to " + unit + ". "
            "Should you still be unhappy, the Information Commissioner can be reached at Wycliffe House, "
            "Water Lane, Wilmslow, Cheshire SK9 5AF; telephone 0303 123 1113.")


DYNAMIC = [
    "The figures are only valid for the date in question as the information is dynamic.",
    ("Please note that this information changes daily: the figure above was correct on the day it was "
    "extracted and may differ if the question is asked again."),
    ("This data is live and subject to change. The figures are only valid for the date in question as the "
    "information is dynamic."),
]


def signature(name, role, unit, force, extra=()):
    return ("lines", ["Yours sincerely", "", name, role, unit, force, *extra])


JOURNALIST = "Hannah Pryce <hannah.pryce@newsdesk-example.co.uk>"
JOURNALIST_NAME = "Hannah Pryce"


# ---------------------------------------------------------------------------
# PDF letters with prose answers
# ---------------------------------------------------------------------------

def pdf_sussex(out, rng):
    r = Reply("Sussex Police response 2015-0217.pdf", "Sussex Police", "pdf", "prose letter, 2 pages, by-year lines",
              "answered", D(2015, 2, 5), "FOI 2015/0217",
              by_year({2005: 1, 2008: 1, 2010: 2, 2012: 2, 2013: 1, 2014: 4}))
    blocks = [
        ("h", "Sussex Police"),
        ("small", ["Information Access Team", "Sussex Police Headquarters", "Church Lane, Lewes",
                   "East Sussex BN7 2DZ", "Tel: 101 ext 540112"]),
        ("right", "24 February 2015"),
        ("lines", ["Our ref: FOI 2015/0217"]),
        ("p", "Dear Requester,"),
        ("b", "Freedom of Information Act 2000 - request about registered sex offenders"),
        ("p", ("Thank you for your email of 2 February 2015, which we have dealt with under the Freedom of "
              "Information Act 2000 (the Act). You asked:")),
        ("q", ("How many registered sex offenders in your force area are currently wanted or missing because their "
              "whereabouts are unknown? For each one, please give the date since which they have been missing "
              "(month and year is sufficient).")),
        ("p", ("Sussex Police holds information relevant to your request. Our Public Protection Unit manages "
              "around 1,650 registered sex offenders living in the county, and the great majority comply with the "
              "notification requirements placed on them.")),
        ("p", ("As at 5 February 2015, there were eleven RSOs whose whereabouts were unknown and who were "
              "circulated as wanted on the Police National Computer. The years in which they went missing are as "
              "follows:")),
        ("lines", ["1 went missing in 2005", "one went missing in 2008", "2 went missing in 2010",
                   "two went missing in 2012", "1 went missing in 2013", "4 went missing in 2014"]),
        ("p", ("We have given the year only. Providing the month alongside the year for such a small number of "
              "people could, when combined with press appeals already in the public domain, allow individuals to "
              "be identified, and we have not been asked to go further than this.")),
        ("p", DYNAMIC[0]),
        ("br", None),
        ("b", "Re-use of information"),
        ("p", ("The information supplied to you is owned by Sussex Police and is protected by copyright. You may "
              "re-use it for the purposes of news reporting. Any other re-use requires permission.")),
        ("b", "Complaints"),
        ("p", ico(0, "the Information Access Team")),
        signature("Daniel Okafor", "Freedom of Information Decision Maker", "Information Access Team",
                  "Sussex Police"),
    ]
    write_pdf(out / r.file, blocks, title="FOI 2015/0217", author="Information Access Team",
              footer="Sussex Police - Serving Sussex")
    return r


def pdf_northants(out, rng):
    r = Reply("F-2015-01234 Final Response.pdf", "Northamptonshire Police", "pdf",
              "prose letter, total only, s40 for dates", "partial", D(2015, 2, 10), "F-2015-01234",
              [(None, "wanted")] * 9, ["s40"])
    blocks = [
        ("h", "Northamptonshire Police"),
        ("small", ["Force Information Management", "Wootton Hall, Mereway", "Northampton NN4 0JQ"]),
        ("lines", ["Reference No: F-2015-01234", "Date: 16 February 2015"]),
        ("p", "Dear Sir/Madam"),
        ("p", ("I write in response to your request for information received on 3 February 2015, in which you "
              "sought the following:")),
        ("b", "Request"),
        ("q", ("The number of registered sex offenders within Northamptonshire whose whereabouts are not known "
              "and who are therefore wanted, and for each the month and year from which they have been missing.")),
        ("b", "Response"),
        ("p", ("Following a search of the force's public protection records I can confirm that the number of RSOs "
              "currently wanted by Northamptonshire Police because their whereabouts are unknown is 9. This "
              "figure was taken from the records on 10 February 2015.")),
        ("p", ("The dates from which these individuals have been missing are withheld. Section 40(2) of the Act "
              "exempts personal data about third parties where disclosure would breach the data protection "
              "principles. Dates of absconding, taken together with local press coverage of appeals, would make "
              "some of these nine people identifiable, and there is no lawful basis for releasing their personal "
              "data to the world at large. Section 40 is an absolute exemption and no public interest test is "
              "required.")),
        ("p", DYNAMIC[1]),
        ("p", ico(1, "the Force Information Manager, Wootton Hall")),
        signature("R. Chaudhry", "Freedom of Information Officer", "Force Information Management",
                  "Northamptonshire Police"),
    ]
    write_pdf(out / r.file, blocks, title="F-2015-01234", author="FIM", font="Times-Roman", size=11)
    return r


def pdf_lincs(out, rng):
    r = Reply("Lincs FOI 001234-15.pdf", "Lincolnshire Police", "pdf", "prose letter, by-year sentences",
              "answered", D(2015, 2, 13), "001234/15", by_year({2006: 2, 2009: 2, 2014: 3}))
    blocks = [
        ("h", "LINCOLNSHIRE POLICE"),
        ("small", ["Information Compliance", "Police Headquarters, PO Box 999", "Lincoln LN5 7PH"]),
        ("right", "Friday, 13 February 2015"),
        ("lines", ["Our ref: 001234/15", "Your ref: RR/RSO/0215"]),
        ("p", "Dear Ms Pryce,"),
        ("p", "Your request for information dated 2 February 2015 has now been considered. You wrote:"),
        ("q", ("\"Could you tell me how many RSOs Lincolnshire Police is currently trying to trace because nobody "
              "knows where they are living, and when each of them went missing?\"")),
        ("p", ("I can tell you that, on the day this letter was prepared, seven registered sex offenders were "
              "recorded as wanted because their whereabouts are unknown. Of these, two have been missing since "
              "2006, two since 2009 and three since 2014. For context, Lincolnshire manages a little over 700 "
              "registered sex offenders in the community.")),
        ("p", DYNAMIC[2]),
        ("p", ico(3, "Information Compliance at the address above")),
        signature("Joanne Whitlock", "Freedom of Information Officer/Decision Maker", "Information Compliance",
                  "Lincolnshire Police"),
    ]
    write_pdf(out / r.file, blocks, title="001234/15", author="Information Compliance")
    return r


def pdf_west_mercia(out, rng):
    months = ["2007-06", "2010-01", "2012-09", "2013-05", "2014-02", "2014-10"]
    r = Reply("WM FOI 2015-0789 letter.pdf", "West Mercia Police", "pdf",
              "prose letter on alliance letterhead (West Mercia + Warwickshire), month list", "answered",
              D(2015, 3, 4), "WM-FOI-2015-0789", [(m, "wanted") for m in months])
    items = [f"{'One' if i == 0 else 'one'} since {month_text(m)}" for i, m in enumerate(months)]
    blocks = [
        ("h", "Warwickshire Police and West Mercia Police"),
        ("small", ["Information Compliance Unit (Strategic Alliance)", "Hindlip Hall, Hindlip",
                   "PO Box 55, Worcester WR3 8SP"]),
        ("lines", ["Reference No: WM-FOI-2015-0789", "Date: 6 March 2015"]),
        ("p", "Dear Requester,"),
        ("p", ("Thank you for your request, which was addressed to West Mercia Police and is answered on its behalf by "
              "the alliance Information Compliance Unit. Your request was:")),
        ("q", ("Please state how many registered sex offenders are wanted by your force at present because their "
              "whereabouts are unknown, with the month and year each went missing.")),
        ("p", ("West Mercia Police holds this information. As at 4 March 2015, 6 registered sex offenders in the "
              "West Mercia force area were recorded as wanted because their whereabouts are unknown:")),
        ("lines", items),
        ("p", ("This reply covers West Mercia Police only. Warwickshire Police has answered your request separately "
              "under its own reference.")),
        ("p", DYNAMIC[0]),
        ("p", ico(2, "the Information Compliance Unit")),
        signature("Peter Lowe", "Disclosure Officer", "Information Compliance Unit", "West Mercia Police"),
    ]
    write_pdf(out / r.file, blocks, title="WM-FOI-2015-0789", author="ICU",
              footer="Warwickshire Police and West Mercia Police - working in partnership")
    return r


def pdf_warwickshire(out, rng):
    r = Reply("Warwickshire FOI 2015-0790.pdf", "Warwickshire Police", "pdf",
              "prose letter on alliance letterhead, one person", "answered", D(2015, 3, 4), "WK-FOI-2015-0790",
              [("2011-03", "wanted")])
    blocks = [
        ("h", "Warwickshire Police and West Mercia Police"),
        ("small", ["Information Compliance Unit (Strategic Alliance)", "Hindlip Hall, Hindlip",
                   "PO Box 55, Worcester WR3 8SP"]),
        ("lines", ["Reference No: WK-FOI-2015-0790", "Date: 6 March 2015"]),
        ("p", "Dear Requester,"),
        ("p", ("Your request to Warwickshire Police, received on 2 February 2015, asked for the number of registered "
              "sex offenders whose whereabouts are unknown and who are consequently wanted, together with the date "
              "each went missing.")),
        ("p", ("As at 4 March 2015 Warwickshire Police had one registered sex offender recorded as wanted because "
              "his whereabouts are unknown. He has been missing since March 2011. Warwickshire manages "
              "approximately 450 registered sex offenders.")),
        ("p", ("The corresponding answer for West Mercia Police has been sent to you under reference "
              "WM-FOI-2015-0789.")),
        ("p", DYNAMIC[0]),
        ("p", ico(2, "the Information Compliance Unit")),
        signature("Peter Lowe", "Disclosure Officer", "Information Compliance Unit", "Warwickshire Police"),
    ]
    write_pdf(out / r.file, blocks, title="WK-FOI-2015-0790", author="ICU",
              footer="Warwickshire Police and West Mercia Police - working in partnership")
    return r


def pdf_hampshire(out, rng):
    years = [2006, 2009, 2011, 2013, 2014]
    r = Reply("HC-FOI-2015-0199 reply.pdf", "Hampshire Constabulary", "pdf", "prose letter, all believed abroad",
              "answered", D(2015, 2, 19), "HC-FOI-2015-0199", [(str(y), "believed_abroad") for y in years])
    blocks = [
        ("h", "Hampshire Constabulary"),
        ("small", ["Joint Information Management Unit", "Police Headquarters, West Hill", "Romsey Road, Winchester",
                   "SO22 5DB"]),
        ("lines", ["19 February 2015", "", "FOI Request HC-FOI-2015-0199"]),
        ("p", "Dear Sir/Madam"),
        ("p", ("Your request: the number of registered sex offenders in Hampshire whose whereabouts are not known, "
              "so that they are wanted, and the date each has been missing since.")),
        ("p", ("Hampshire Constabulary currently has five registered sex offenders recorded as wanted because "
              "their whereabouts are unknown. All five are believed to be abroad. They have been missing since "
              "2006, 2009, 2011, 2013 and 2014 respectively.")),
        ("p", ("Where an offender is believed to have left the country, the force works with the National Crime "
              "Agency and Interpol to establish his location; the individual remains circulated as wanted until "
              "he is found.")),
        ("p", DYNAMIC[0]),
        ("p", ico(0, "the Joint Information Management Unit")),
        signature("Claire Bannister", "Freedom of Information Decision Maker", "Joint Information Management Unit",
                  "Hampshire Constabulary"),
    ]
    write_pdf(out / r.file, blocks, title="HC-FOI-2015-0199", author="JIMU")
    return r


def pdf_tvp(out, rng):
    r = Reply("TVP FOI 0455 response letter.pdf", "Thames Valley Police", "pdf",
              "prose letter, total split by category on separate lines, no dates (s40)", "partial",
              D(2015, 2, 11), "FOI 0455/15",
              [(None, "wanted")] * 3 + [(None, "believed_abroad")] * 2, ["s40"])
    blocks = [
        ("h", "Thames Valley Police"),
        ("small", ["Information Access", "Headquarters South, Oxford Road", "Kidlington, Oxfordshire OX5 2NX"]),
        ("lines", ["Our ref: FOI 0455/15", "11 February 2015"]),
        ("p", "Dear Ms Pryce"),
        ("b", "Freedom of Information Request - Registered Sex Offenders"),
        ("p", ("You asked: How many registered sex offenders are currently wanted by Thames Valley Police as their "
              "whereabouts are unknown, and since when has each been missing?")),
        ("p", ("Of the RSOs managed across Oxfordshire, Buckinghamshire and Berkshire (about 1,900), those "
              "currently recorded as wanted because their whereabouts are unknown fall into two groups:")),
        ("lines", ["- 3 are being traced by officers within the United Kingdom; and",
                   "- 2 are believed to be living abroad."]),
        ("p", ("I am not able to provide the dates from which these individuals have been missing. Thames Valley "
              "Police considers that, given the small numbers, the dates would be personal data of the individuals "
              "concerned and they are exempt under section 40(2) of the Act.")),
        ("p", DYNAMIC[1]),
        ("p", ico(1, "the Information Access Manager")),
        signature("Imran Siddiqui", "Information Access Officer", "Information Access", "Thames Valley Police"),
    ]
    write_pdf(out / r.file, blocks, title="FOI 0455/15", author="Information Access")
    return r


def pdf_glos(out, rng):
    r = Reply("FOI 2015-0456 response.pdf", "Gloucestershire Constabulary", "pdf",
              "prose letter, force named only in signature and footer", "answered", D(2015, 3, 9),
              "FOI 2015/0456", by_year({2000: 1, 2011: 1, 2014: 1}))
    blocks = [
        ("small", ["Information Management Department", "Police Headquarters", "No. 1 Waterwells",
                   "Waterwells Drive, Quedgeley", "Gloucester GL2 2AN"]),
        ("right", "9 March 2015"),
        ("lines", ["FOI Request: FOI 2015/0456"]),
        ("p", "Dear Requester"),
        ("p", ("I refer to your request for information about registered sex offenders, which was received on 9 "
              "February 2015. In summary, you asked how many RSOs in this county are currently missing, meaning "
              "that they are wanted because their whereabouts are unknown, and the month and year each has been "
              "missing from.")),
        ("p", ("We currently have three registered sex offenders recorded as wanted because their whereabouts are "
              "unknown. One has been missing since 2000; the others went missing in 2011 and in 2014. Our records "
              "for the earliest case do not hold the month.")),
        ("p", "By way of context, there are just under 600 registered sex offenders living in the county."),
        ("p", DYNAMIC[0]),
        ("p", ico(3, "the Information Management Department")),
        ("lines", ["Yours faithfully", "", "S. Fairbrother", "Freedom of Information Officer",
                   "Gloucestershire Constabulary"]),
    ]
    write_pdf(out / r.file, blocks, title="Response", author="IMD",
              footer="Gloucestershire Constabulary - Information Management")
    return r


def pdf_northumbria(out, rng):
    r = Reply("northumbria letter.pdf", "Northumbria Police", "pdf", "prose letter, logo-style header line",
              "answered", D(2015, 2, 20), "NP/FOI/0311/15", [("2002-05", "wanted"), ("2013-10", "wanted")])
    blocks = [
        ("small", ["Proud to protect"]),
        ("lines", ["Disclosure Section, Middle Engine Lane, Wallsend, North Tyneside NE28 9NT",
                   "", "Date: 20/02/2015", "Our Ref: NP/FOI/0311/15"]),
        ("p", "Dear Sir/Madam"),
        ("p", ("Your request of 2 February 2015 asked: 'Please tell me how many sex offenders on the register in your "
              "area are wanted at the moment because you do not know where they are, and how long each has been "
              "missing (month and year).'")),
        ("p", ("Two registered sex offenders are currently recorded as wanted because their whereabouts are "
              "unknown. One has been missing since May 2002 and the other since October 2013.")),
        ("p", ("The figures are only valid for the date in question, 20 February 2015, as the information is "
              "dynamic.")),
        ("p", ico(0, "the Disclosure Section")),
        ("lines", ["Yours sincerely", "", "A. Robson", "Disclosure Officer", "Disclosure Section"]),
    ]
    write_pdf(out / r.file, blocks, title="NP/FOI/0311/15", author="Disclosure",
              header=("NORTHUMBRIA POLICE", "Helvetica-Bold", 16), top=26)
    return r


def pdf_dyfed(out, rng):
    r = Reply("DPP FOI 2015-102 Llythyr Letter.pdf", "Dyfed-Powys Police", "pdf",
              "bilingual letter, Welsh first then English", "answered", D(2015, 2, 16), "DPP/2015/102",
              [("2013-10", "wanted")])
    blocks = [
        ("h", "Heddlu Dyfed-Powys / Dyfed-Powys Police"),
        ("small", ["Pencadlys yr Heddlu, Blwch Post 99, Llangynnwr, Caerfyrddin SA31 2PF",
                   "Police Headquarters, PO Box 99, Llangunnor, Carmarthen SA31 2PF"]),
        ("lines", ["Cyfeirnod / Reference: DPP/2015/102", "Dyddiad / Date: 16/02/2015"]),
        ("b", "Cymraeg"),
        ("p", "Annwyl Ymgeisydd,"),
        ("p", ("Gofynnoch faint o droseddwyr rhyw cofrestredig sydd yn eisiau ar hyn o bryd am nad yw'n hysbys ble "
              "maen nhw. Ar 16 Chwefror 2015 roedd un troseddwr rhyw cofrestredig yn eisiau am nad yw'n hysbys "
              "ble mae. Mae ar goll ers Hydref 2013.")),
        ("p", "Mae'r ffigurau yn ddilys ar gyfer y dyddiad dan sylw yn unig gan fod y wybodaeth yn newid."),
        ("b", "English"),
        ("p", "Dear Requester,"),
        ("p", ("You asked how many registered sex offenders are currently wanted because their whereabouts are "
              "unknown. On 16 February 2015 one registered sex offender was wanted because his whereabouts were "
              "unknown. He has been missing since October 2013.")),
        ("p", "The figures are only valid for the date in question as the information is dynamic."),
        ("p", ico(3, "the Freedom of Information Unit / yr Uned Rhyddid Gwybodaeth")),
        ("lines", ["Yn gywir / Yours sincerely", "", "Gwenllian Hughes",
                   "Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer", "Heddlu Dyfed-Powys Police"]),
    ]
    write_pdf(out / r.file, blocks, title="DPP/2015/102", author="FOI Unit")
    return r


def pdf_scotland(out, rng):
    r = Reply("IM-FOI-2015-0123 Response.pdf", "Police Service of Scotland", "pdf",
              "FOISA letter, nil return", "answered", D(2015, 2, 10), "IM-FOI-2015-0123", nil=True)
    blocks = [
        ("h", "Police Scotland"),
        ("small", ["Information Management", "Clyde Gateway, 2 French Street", "Dalmarnock, Glasgow G40 4EH"]),
        ("lines", ["Our reference: IM-FOI-2015-0123", "Date: 10 February 2015"]),
        ("b", "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002 (FOISA)"),
        ("p", "Dear Requester"),
        ("p", ("I refer to your recent request for information which has been handled in accordance with the "
              "Freedom of Information (Scotland) Act 2002. You asked:")),
        ("q", ("How many registered sex offenders are currently wanted in Scotland because their whereabouts are "
              "unknown, and for each, since when have they been missing?")),
        ("p", ("I can confirm that, as at 10 February 2015, there were no registered sex offenders recorded by "
              "Police Scotland as wanted because their whereabouts are unknown. The figure is therefore nil. "
              "Police Scotland manages over 5,000 registered sex offenders across the country's 14 local policing "
              "divisions.")),
        ("p", "As there are no such offenders, there are no dates to provide."),
        ("p", ("Should you require any further assistance please contact Information Management quoting the "
              "reference number given.")),
        ("p", ("If you are dissatisfied with the way in which Police Scotland has dealt with your request, you are "
              "entitled in the first instance to request a review of our actions and decisions in terms of section "
              "20(1) of FOISA. Your request for review must be made within 40 working days of receipt of this "
              "response. If you remain dissatisfied following the review, you may apply to the Scottish "
              "Information Commissioner within six months for a decision, under section 47(1) of FOISA. You can "
              "apply online, by email or by letter to Kinburn Castle, Doubledykes Road, St Andrews, Fife KY16 9DS.")),
        ("lines", ["Yours sincerely", "", "Fiona MacLeod", "Disclosure Officer", "Information Management - Glasgow"]),
    ]
    write_pdf(out / r.file, blocks, title="IM-FOI-2015-0123", author="Information Management",
              footer="Police Scotland - Keeping people safe / Poileas Alba")
    return r


def pdf_btp(out, rng):
    r = Reply("BTP 2015-123 FOI response.pdf", "British Transport Police", "pdf", "not held letter",
              "not_held", D(2015, 2, 6), "FOI/2015/123")
    blocks = [
        ("h", "British Transport Police"),
        ("small", ["Freedom of Information Unit", "25 Camden Road", "London NW1 9LN"]),
        ("lines", ["Our reference: FOI/2015/123", "6 February 2015"]),
        ("p", "Dear Ms Pryce,"),
        ("p", ("Thank you for your request for information, received on 2 February 2015. You asked how many "
              "registered sex offenders in our force area are currently wanted because their whereabouts are "
              "unknown, with the date since which each has been missing.")),
        ("p", ("British Transport Police does not hold this information. BTP is the national police force for the "
              "railways in England, Scotland and Wales. It does not manage registered sex offenders: the "
              "management of offenders living in the community, including those who fail to comply with "
              "notification requirements, is the responsibility of the territorial police force for the area in "
              "which the offender lives, working with probation under MAPPA.")),
        ("p", ("You may wish to direct your request to the territorial forces. Contact details for each of the 43 "
              "forces in England and Wales, and for Police Scotland, can be found on their websites.")),
        ("p", ico(2, "the Freedom of Information Unit")),
        signature("Mark Ellison", "Freedom of Information Officer", "Freedom of Information Unit",
                  "British Transport Police"),
    ]
    write_pdf(out / r.file, blocks, title="FOI/2015/123", author="BTP FOI Unit")
    return r


def pdf_psni(out, rng):
    r = Reply("PSNI F-2015-00612.pdf", "Police Service of Northern Ireland", "pdf",
              "refusal letter, s31 and s40, 2 pages", "refused", D(2015, 3, 9), "F-2015-00612", exemptions=["s31", "s40"])
    blocks = [
        ("h", "Police Service of Northern Ireland"),
        ("small", ["Corporate Information Branch", "PSNI Headquarters", "65 Knock Road, Belfast BT5 6LE"]),
        ("lines", ["FOI Request F-2015-00612", "9 March 2015"]),
        ("p", "Dear Requester,"),
        ("p", ("PSNI has now completed its search for the information you requested on 9 February 2015. Your "
              "request asked:")),
        ("q", ("1. How many registered sex offenders in Northern Ireland are currently wanted or missing because "
              "their whereabouts are unknown? 2. For each, the date since which they have been missing (month "
              "and year).")),
        ("b", "Decision"),
        ("p", ("The decision has been taken to withhold the requested information in full, as it is exempt by "
              "virtue of Section 31(1)(a) and (b) (Law Enforcement) and Section 40(2) (Personal Information) of "
              "the Freedom of Information Act 2000.")),
        ("b", "Section 31 - Law Enforcement"),
        ("p", ("Disclosure of the number of offenders whose location is unknown, and the dates on which they "
              "ceased to comply, would reveal the effectiveness of offender management in particular periods and "
              "could assist offenders wishing to evade notification. This would be likely to prejudice the "
              "prevention and detection of crime and the apprehension of offenders. Section 31 is a qualified, "
              "prejudice-based exemption and PSNI has carried out a public interest test.")),
        ("p", ("Factors favouring disclosure: there is a public interest in knowing how well the police manage the "
              "risk posed by sex offenders, and disclosure would increase transparency about the use of public "
              "money. Factors favouring retention: releasing information that could hinder the location of "
              "these individuals would not be in the public interest, and any benefit from disclosure is "
              "outweighed by the risk to the public if the work of Public Protection Units is undermined.")),
        ("p", ("Balancing these factors, PSNI has concluded that the public interest favours withholding the "
              "information.")),
        ("br", None),
        ("b", "Section 40 - Personal Information"),
        ("p", ("Any dates provided, particularly where numbers are small, could lead to the identification of "
              "living individuals. The information would be their personal data, and its disclosure would breach "
              "the first data protection principle. Section 40(2) is an absolute exemption.")),
        ("p", ("For general context, more than 1,400 sex offenders are subject to notification requirements in "
              "Northern Ireland and are managed under the Public Protection Arrangements for Northern Ireland "
              "(PPANI). Information about the arrangements is published in the PPANI annual report.")),
        ("b", "Review procedure"),
        ("p", ico(0, "the Corporate Information Manager, PSNI Headquarters")),
        ("lines", ["Yours sincerely", "", "K. McCartan", "Decision Maker", "Corporate Information Branch",
                   "Police Service of Northern Ireland"]),
    ]
    write_pdf(out / r.file, blocks, title="F-2015-00612", author="Corporate Information Branch",
              footer="PSNI - Keeping People Safe")
    return r


def pdf_surrey(out, rng):
    r = Reply("Surrey Police - Refusal Notice.pdf", "Surrey Police", "pdf", "refusal under s12 (cost)",
              "refused", D(2015, 2, 25), "FOI 150/2015-2016", exemptions=["s12"])
    blocks = [
        ("h", "Surrey Police"),
        ("small", ["Information Access, Mount Browne", "Sandy Lane, Guildford", "Surrey GU3 1HG"]),
        ("lines", ["Reference No: FOI 150/2015-2016", "Date of response: 25 February 2015"]),
        ("p", "Dear Sir/Madam,"),
        ("b", "Your request"),
        ("p", ("You asked for the number of registered sex offenders in Surrey who are presently wanted because "
              "their whereabouts are unknown, and the date on which each went missing.")),
        ("b", "Our response"),
        ("p", ("Surrey Police estimates that the cost of complying with your request would exceed the appropriate "
              "limit, and under section 12 of the Freedom of Information Act we are not obliged to comply with it. "
              "The appropriate limit for police forces is set at £450 by the Fees Regulations, which equates to "
              "18 hours of work at £25 per hour.")),
        ("p", ("Our offender management system does not record 'whereabouts unknown' as a searchable field. To "
              "answer your question we would have to open and read each of the approximately 1,100 offender "
              "records held by the force. A sample exercise showed that this takes around 5 minutes per record, "
              "about 92 hours in all, well beyond the 18 hours permitted.")),
        ("p", ("In line with our duty under section 16 to provide advice and assistance, you may wish to consider "
              "whether a narrower request, for example about offenders who have failed to notify in the last "
              "twelve months, would be of use to you. We cannot guarantee that a refined request would fall "
              "within the limit.")),
        ("p", ico(1, "Information Access at Mount Browne")),
        signature("Louise Hart", "Information Access Officer", "Information Access", "Surrey Police"),
    ]
    write_pdf(out / r.file, blocks, title="Refusal Notice", author="Information Access")
    return r


# ---------------------------------------------------------------------------
# PDF letters with tables
# ---------------------------------------------------------------------------

def pdf_gmp(out, rng):
    as_of = D(2015, 2, 16)
    months = ["2005-09", "2006-02", "2006-07", "2006-11"]
    later = sorted(f"{rand_day(rng, D(2007, 1, 1), D(2015, 1, 31)):%Y-%m}" for _ in range(21))
    months += later
    abroad = set(rng.sample(range(4, 25), 4))
    people = [(m, "believed_abroad" if i in abroad else "wanted") for i, m in enumerate(months)]
    r = Reply("GMP FOI 2015-0622 response.pdf", "Greater Manchester Police", "pdf",
              "letter + gridded table of 25 individuals (month-year), spills to page 2", "answered", as_of,
              "GMP/FOI/2015/0622", people)
    rows = [["Ref", "Missing since", "Offence category", "Believed abroad"]]
    for i, (m, st) in enumerate(people):
        rows.append([f"RSO-0{i + 11:02d}", month_text(m, short=True), rng.choice(OFFENCES),
                     "Y" if st == "believed_abroad" else "N"])
    blocks = [
        ("h", "Greater Manchester Police"),
        ("small", ["Information Compliance and Records Management Unit", "Openshaw Complex, Lawton Street",
                   "Openshaw, Manchester M11 2NS"]),
        ("lines", ["Our Ref: GMP/FOI/2015/0622", "Date: 18 February 2015"]),
        ("p", "Dear Requester"),
        ("p", ("Your request for information has been considered under the Freedom of Information Act 2000. "
              "You asked for the number of registered sex offenders (RSOs) currently wanted by Greater Manchester "
              "Police because their whereabouts are unknown, and the month and year from which each has been "
              "missing.")),
        ("p", ("As at 16 February 2015, 25 RSOs were recorded as wanted because their whereabouts are unknown. "
              "Details are given in the table below, one row per person. The reference numbers are not police "
              "references and have been created for this response. GMP manages around 3,400 RSOs.")),
        ("table", table_flow(rows, grid=True, widths=[25 * mm, 30 * mm, 60 * mm, 30 * mm])),
        ("p", DYNAMIC[0]),
        ("p", ico(0, "the Information Compliance and Records Management Unit")),
        signature("Natalie Brennan", "Freedom of Information Officer", "ICRMU", "Greater Manchester Police"),
    ]
    write_pdf(out / r.file, blocks, title="GMP/FOI/2015/0622", author="ICRMU")
    return r


def pdf_notts(out, rng):
    spec = {2011: 1, 2012: 1, 2013: 1, 2014: 3}
    r = Reply("Notts_F-2015-00233.pdf", "Nottinghamshire Police", "pdf",
              "letter + borderless Year|Number table with total row", "answered", D(2015, 2, 18), "F-2015-00233",
              by_year(spec))
    rows = [["Year went missing", "Number"]] + [[str(y), str(n)] for y, n in spec.items()] + [["Total", "6"]]
    blocks = [
        ("h", "Nottinghamshire Police"),
        ("small", ["Information Management, Sherwood Lodge", "Arnold, Nottingham NG5 8PP"]),
        ("lines", ["Request No: F-2015-00233", "18/02/2015"]),
        ("p", "Dear Requester,"),
        ("p", ("Request: How many registered sex offenders are currently wanted or missing in Nottinghamshire because "
              "their whereabouts are unknown? Please give the date since which each has been missing.")),
        ("p", ("Response: Nottinghamshire Police can confirm that the information is held. The table below shows the "
              "registered sex offenders recorded as wanted with whereabouts unknown on 18 February 2015, broken "
              "down by the year in which they went missing.")),
        ("table", table_flow(rows, grid=False, widths=[45 * mm, 25 * mm], size=10, total_row=True)),
        ("p", DYNAMIC[2]),
        ("p", ico(3, "the Information Management Department")),
        signature("Gary Pemberton", "Information Management Officer", "Information Management",
                  "Nottinghamshire Police"),
    ]
    write_pdf(out / r.file, blocks, title="F-2015-00233", author="Information Management")
    return r


def pdf_herts(out, rng):
    r = Reply("Herts Response 0321-15.pdf", "Hertfordshire Constabulary", "pdf",
              "letter + borderless table of 2 individuals (month-year)", "answered", D(2015, 2, 25), "0321/15",
              [("2014-01", "wanted"), ("2014-11", "wanted")])
    rows = [["Subject", "Date wanted", "Offence category", "Believed abroad"],
            ["Subject 1", "January 2014", "Sexual assault", "N"],
            ["Subject 2", "November 2014", "Indecent images of children", "N"]]
    blocks = [
        ("h", "Hertfordshire Constabulary"),
        ("small", ["Joint Protective Services - Information Governance", "Stanborough Road",
                   "Welwyn Garden City, Hertfordshire AL8 6XF"]),
        ("lines", ["Reference No: 0321/15", "25 February 2015"]),
        ("p", "Dear Sir/Madam"),
        ("p", ("You asked: 'How many RSOs in Hertfordshire are wanted at present because their whereabouts are "
              "unknown, and from what month and year has each been missing?'")),
        ("p", ("Hertfordshire Constabulary currently has 2 registered sex offenders recorded as wanted because their "
              "whereabouts are unknown:")),
        ("table", table_flow(rows, grid=False, widths=[25 * mm, 32 * mm, 55 * mm, 30 * mm], size=10)),
        ("p", DYNAMIC[0]),
        ("p", ico(0, "Information Governance")),
        signature("M. Adeyemi", "Decision Maker", "Information Governance", "Hertfordshire Constabulary"),
    ]
    write_pdf(out / r.file, blocks, title="0321/15", author="Information Governance")
    return r


def pdf_cheshire(out, rng):
    spec = {2009: 1, 2013: 1, 2014: 1}
    r = Reply("Cheshire FOI 4567 Final Response.pdf", "Cheshire Constabulary", "pdf",
              "letter + gridded Year|Number table with total row", "answered", D(2015, 3, 3), "FOI 4567",
              by_year(spec))
    rows = [["Year", "Number of RSOs wanted (whereabouts unknown)"]] + \
           [[str(y), str(n)] for y, n in spec.items()] + [["Total", "3"]]
    blocks = [
        ("h", "Cheshire Constabulary"),
        ("small", ["Freedom of Information Office", "Clemonds Hey, Oakmere Road", "Winsford, Cheshire CW7 2UA"]),
        ("lines", ["FOI Request: FOI 4567", "Date: 3 March 2015"]),
        ("p", "Dear Requester"),
        ("p", ("Your request: the number of registered sex offenders in Cheshire who are wanted because their "
              "whereabouts are unknown, with the date each has been missing since.")),
        ("p", ("Cheshire Constabulary's answer, as at the date of this letter, is set out below. Of approximately "
              "950 RSOs managed in the county, three are currently recorded as wanted because their whereabouts "
              "are unknown.")),
        ("table", table_flow(rows, grid=True, widths=[30 * mm, 80 * mm], size=10, total_row=True)),
        ("p", DYNAMIC[1]),
        ("p", ico(1, "the Freedom of Information Office")),
        signature("Rebecca Holt", "FOI Officer", "Freedom of Information Office", "Cheshire Constabulary"),
    ]
    write_pdf(out / r.file, blocks, title="FOI 4567", author="FOI Office", font="Times-Roman", size=11)
    return r


def pdf_cleveland(out, rng):
    r = Reply("response.pdf", "Cleveland Police", "pdf",
              "letter + gridded table 'Subject 1/2' with day dates; uninformative file name", "answered",
              D(2015, 2, 24), "CP-FOI-2015-0178", [("2011-07-19", "wanted"), ("2014-12-08", "wanted")])
    rows = [["Subject", "Date circulated as wanted", "Offence category", "Abroad (Y/N)"],
            ["Subject 1", "19/07/2011", "Sexual activity with a child", "N"],
            ["Subject 2", "08/12/2014", "Indecent exposure", "N"]]
    blocks = [
        ("h", "Cleveland Police"),
        ("small", ["Information Rights Unit", "Ladgate Lane, Middlesbrough TS8 9EH"]),
        ("lines", ["Our ref: CP-FOI-2015-0178", "24 February 2015"]),
        ("p", "Dear Ms Pryce"),
        ("p", ("Thank you for your request regarding registered sex offenders whose whereabouts are unknown. The "
              "information you asked for is shown below and is correct as at 24 February 2015.")),
        ("table", table_flow(rows, grid=True, widths=[22 * mm, 48 * mm, 55 * mm, 26 * mm], size=9)),
        ("p", ("There are two such offenders. Cleveland manages roughly 560 RSOs across Hartlepool, Stockton, "
              "Middlesbrough and Redcar & Cleveland.")),
        ("p", DYNAMIC[0]),
        ("p", ico(2, "the Information Rights Unit")),
        signature("J. Stainsby", "Information Rights Officer", "Information Rights Unit", "Cleveland Police"),
    ]
    write_pdf(out / r.file, blocks, title="response", author="IRU")
    return r


def pdf_kent(out, rng):
    days = rand_days(rng, 8, D(2006, 1, 1), D(2015, 1, 31))
    abroad = {2, 5}
    people = [(d.isoformat(), "believed_abroad" if i in abroad else "wanted") for i, d in enumerate(days)]
    r = Reply("Kent_RSO_FOI_reply.pdf", "Kent Police", "pdf", "letter + gridded table of 8 individuals (day dates)",
              "answered", D(2015, 2, 27), "KP/FOI/15/1187", people)
    rows = [["No.", "Date wanted", "Offence category", "Risk level", "Believed abroad"]]
    for i, (s, st) in enumerate(people):
        rows.append([str(i + 1), uk_date(s), rng.choice(OFFENCES), rng.choice(["High", "Medium", "Low"]),
                     "Yes" if st == "believed_abroad" else "No"])
    blocks = [
        ("h", "Kent Police"),
        ("small", ["Freedom of Information Office", "Kent Police Headquarters", "Sutton Road, Maidstone, Kent ME15 9BZ"]),
        ("lines", ["Our Reference: KP/FOI/15/1187", "27 February 2015"]),
        ("p", "Dear Requester"),
        ("b", "Your request"),
        ("p", ("In your email you asked how many registered sex offenders are currently wanted by Kent Police as "
              "their whereabouts are unknown, and for each the date from which they have been missing.")),
        ("b", "Our answer"),
        ("p", ("Kent Police currently has eight registered sex offenders recorded as wanted because their "
              "whereabouts are unknown. The table lists them in date order. The 'No.' column is a row number only. "
              "Kent Police manages approximately 1,800 RSOs.")),
        ("table", table_flow(rows, grid=True, widths=[12 * mm, 25 * mm, 55 * mm, 22 * mm, 28 * mm], size=9)),
        ("p", DYNAMIC[0]),
        ("p", ico(0, "the Freedom of Information Office")),
        signature("T. Oyelaran", "Freedom of Information Officer", "Freedom of Information Office", "Kent Police"),
    ]
    write_pdf(out / r.file, blocks, title="KP/FOI/15/1187", author="FOI Office")
    return r


def pdf_syp(out, rng):
    spec = {2008: 1, 2011: 1, 2013: 1, 2014: 2}
    r = Reply("20150219 SYP disclosure.pdf", "South Yorkshire Police", "pdf",
              "letter + gridded Year|Number table, no total row", "answered", D(2015, 2, 19), "20150219/FOI/0188",
              by_year(spec))
    rows = [["Year missing from", "Number of RSOs"]] + [[str(y), str(n)] for y, n in spec.items()]
    blocks = [
        ("h", "South Yorkshire Police"),
        ("small", ["Information Compliance Unit", "Carbrook House, 5 Carbrook Hall Road", "Sheffield S9 2EH"]),
        ("lines", ["FOI Reference: 20150219/FOI/0188", "Date: 19 February 2015"]),
        ("p", "Dear Requester"),
        ("p", ("The information you requested about registered sex offenders whose whereabouts are unknown is set "
              "out below. These are all offenders currently circulated as wanted by South Yorkshire Police, shown "
              "by the year from which they have been missing.")),
        ("table", table_flow(rows, grid=True, widths=[40 * mm, 35 * mm], size=10)),
        ("p", DYNAMIC[0]),
        ("p", ico(3, "the Information Compliance Unit")),
        signature("H. Gledhill", "Information Compliance Officer", "Information Compliance Unit",
                  "South Yorkshire Police"),
    ]
    write_pdf(out / r.file, blocks, title="20150219/FOI/0188", author="ICU")
    return r


def pdf_north_wales(out, rng):
    months = ["2008-02", "2012-11", "2014-07"]
    r = Reply("NWP FOI 0112-15 ateb-response.pdf", "North Wales Police", "pdf",
              "bilingual letter + gridded table with Welsh/English headers", "answered", D(2015, 2, 26), "FOI 0112-15",
              [(m, "wanted") for m in months])
    cy = {"2008-02": "Chwefror 2008", "2012-11": "Tachwedd 2012", "2014-07": "Gorffennaf 2014"}
    rows = [["Cyf. / Ref.", "Ar goll ers / Missing since", "Categori trosedd / Offence category"]]
    for i, m in enumerate(months):
        rows.append([f"NW{i + 1}", f"{cy[m]} / {month_text(m)}", rng.choice(OFFENCES)])
    blocks = [
        ("h", "Heddlu Gogledd Cymru / North Wales Police"),
        ("small", ["Uned Rhyddid Gwybodaeth / Freedom of Information Unit", "Glan y Don, Bae Colwyn / Colwyn Bay",
                   "LL29 8AW"]),
        ("lines", ["Cyfeirnod / Reference: FOI 0112-15", "26/02/2015"]),
        ("p", "Annwyl Ymgeisydd / Dear Requester,"),
        ("p", ("Ar 26 Chwefror 2015 roedd tri troseddwr rhyw cofrestredig yn eisiau am nad yw'n hysbys ble maen "
              "nhw. On 26 February 2015 three registered sex offenders were wanted because their whereabouts "
              "were unknown. / Gweler y tabl / See the table:")),
        ("table", table_flow(rows, grid=True, widths=[22 * mm, 62 * mm, 70 * mm], size=9)),
        ("p", ("The figures are only valid for the date in question as the information is dynamic. / Mae'r "
              "ffigurau yn ddilys ar gyfer y dyddiad dan sylw yn unig.")),
        ("p", ico(0, "the Freedom of Information Unit")),
        ("lines", ["Yn gywir / Yours sincerely", "", "Owain Parry", "Swyddog Penderfyniadau / Decision Maker",
                   "Heddlu Gogledd Cymru / North Wales Police"]),
    ]
    write_pdf(out / r.file, blocks, title="FOI 0112-15", author="FOI Unit")
    return r


# ---------------------------------------------------------------------------
# Spreadsheets
# ---------------------------------------------------------------------------

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=13)


def xlsx_met(out, rng):
    as_of = D(2015, 2, 12)
    # 167 people: one wanted since early 2001 (14 years), four with no recorded date, the rest 2003-2015.
    dated = rand_days(rng, 162, D(2003, 1, 1), D(2015, 2, 6))
    recs = [(D(2001, 1, 22), False)]
    abroad_idx = set(rng.sample(range(162), 112))
    recs += [(d, i in abroad_idx) for i, d in enumerate(dated)]
    recs += [(None, True), (None, False), (None, True), (None, False)]
    people = [(d.isoformat() if d else None, "believed_abroad" if ab else "wanted") for d, ab in recs]
    r = Reply("MPS_FOI_2015020000145_RSO_wanted.xlsx", "Metropolitan Police Service", "xlsx",
              "workbook: Cover sheet (letter) + Data sheet of 167 individuals, Excel dates + 'unknown'",
              "answered", as_of, "2015020000145", people)
    wb = Workbook()
    cov = wb.active
    cov.title = "Cover"
    cover = [
        ("Metropolitan Police Service", TITLE),
        ("Freedom of Information Request Reference No: 2015020000145", BOLD),
        ("", None),
        ("Date: 18 February 2015", None),
        ("", None),
        ("Dear Requester", None),
        (("I write in connection with your request for information which was received by the Metropolitan Police "
         "Service (MPS) on 02/02/2015. You asked:"), None),
        (("'How many registered sex offenders living in London are at present wanted because the police do not know "
         "where they are? Please give the date each has been missing since; the month and year will do.'"), None),
        ("", None),
        (("A search of the Violent and Sex Offender Register (ViSOR) was carried out. As at 12 February 2015, 167 "
         "registered sex offenders managed by the MPS were recorded as wanted because their whereabouts are "
         "unknown. Of these, 114 are believed to be abroad."), None),
        (("The longest outstanding case has been wanted for 14 years. For four individuals the date they were "
         "first circulated as wanted is not recorded on the system and is shown as 'unknown'."), None),
        (("Each individual is listed on the 'Data' sheet of this workbook. Reference numbers have been masked. For "
         "context, the MPS manages in the region of 6,200 registered sex offenders."), None),
        ("The figures are only valid for the date in question as the information is dynamic.", None),
        ("", None),
        (("Complaint rights: you may ask for an internal review within 40 working days; if still dissatisfied you may "
         "contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, "
         "telephone 0303 123 1113."), None),
        ("", None),
        ("Yours sincerely", None),
        ("P. Adebayo", None),
        ("Information Manager, Public Access Office", None),
        ("Metropolitan Police Service", None),
    ]
    for i, (text, font) in enumerate(cover, start=1):
        c = cov.cell(row=i, column=1, value=text or None)
        if font:
            c.font = font
        c.alignment = Alignment(wrap_text=True, vertical="top")
    cov.column_dimensions["A"].width = 110

    ws = wb.create_sheet("Data")
    ws["A1"] = "Metropolitan Police Service - FOI 2015020000145"
    ws["A1"].font = TITLE
    ws["A2"] = "Registered sex offenders wanted - whereabouts unknown"
    header = ["Masked ref", "Date wanted", "Offence category", "Believed abroad (Y/N)"]
    for j, h in enumerate(header, start=1):
        ws.cell(row=4, column=j, value=h).font = BOLD
    order = list(range(len(recs)))
    for k, i in enumerate(order):
        d, ab = recs[i]
        row = 5 + k
        ws.cell(row=row, column=1, value=f"MPS-{k + 1:04d}")
        c = ws.cell(row=row, column=2, value=d if d else "unknown")
        if d:
            c.number_format = "dd/mm/yyyy"
        ws.cell(row=row, column=3, value=rng.choice(OFFENCES))
        ws.cell(row=row, column=4, value="Y" if ab else "N")
    last = 5 + len(recs) - 1
    ws.cell(row=last + 2, column=1, value="Figures correct as at 12/02/2015")
    ws.cell(row=last + 3, column=1, value="Source: ViSOR / PNC. Masked references are not police references.")
    for col, w in zip("ABCD", (14, 14, 30, 22)):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, out / r.file, dt.datetime(2015, 2, 18, 10, 15), "MPS Public Access Office")
    return r


def xlsx_wyp(out, rng):
    spec = {2008: 1, 2010: 1, 2011: 2, 2012: 1, 2013: 2, 2014: 3, 2015: 1}
    levels = ["Very High", "High", "Medium", "Low"]
    grid = {lv: Counter() for lv in levels}
    people = []
    for y, n in spec.items():
        for _ in range(n):
            grid[rng.choice(levels)][y] += 1
            people.append((str(y), "wanted"))
    r = Reply("RSO_wanted_Feb15.xlsx", "West Yorkshire Police", "xlsx",
              "pivot: risk level down, year across, Grand Total row and column", "answered", D(2015, 2, 27),
              "WYP-FOI-2015-0342", people)
    wb = Workbook()
    ws = wb.active
    ws.title = "Pivot"
    ws["A1"] = "West Yorkshire Police"
    ws["A1"].font = TITLE
    ws["A2"] = "Freedom of Information Request WYP-FOI-2015-0342"
    ws["A3"] = "RSOs recorded as wanted - whereabouts unknown, by year first wanted and risk level"
    years = sorted(spec)
    ws["A5"] = "Count of Offender ID"
    ws["B5"] = "Year wanted"
    ws.cell(row=6, column=1, value="Risk level").font = BOLD
    for j, y in enumerate(years, start=2):
        ws.cell(row=6, column=j, value=y).font = BOLD
    ws.cell(row=6, column=len(years) + 2, value="Grand Total").font = BOLD
    for i, lv in enumerate(levels, start=7):
        ws.cell(row=i, column=1, value=lv)
        for j, y in enumerate(years, start=2):
            if grid[lv][y]:
                ws.cell(row=i, column=j, value=grid[lv][y])
        ws.cell(row=i, column=len(years) + 2, value=sum(grid[lv].values()))
    gt = 7 + len(levels)
    ws.cell(row=gt, column=1, value="Grand Total").font = BOLD
    for j, y in enumerate(years, start=2):
        ws.cell(row=gt, column=j, value=spec[y]).font = BOLD
    ws.cell(row=gt, column=len(years) + 2, value=sum(spec.values())).font = BOLD
    ws.cell(row=gt + 2, column=1, value="Figures correct as at 27/02/2015")
    ws.cell(row=gt + 3, column=1, value="West Yorkshire Police manages approximately 2,300 RSOs.")
    ws.column_dimensions["A"].width = 22
    save_xlsx(wb, out / r.file, dt.datetime(2015, 2, 27, 15, 40), "WYP Information Management")
    return r


def xlsx_derbys(out, rng):
    months = ["2009-04", "2011-10", "2012-03", "2013-08", "2014-06", "2014-12"]
    r = Reply("Derbyshire FOI 000456-15 data.xlsx", "Derbyshire Constabulary", "xlsx",
              "title block + individuals, dates as text 'March 2012'", "answered", D(2015, 2, 23), "000456/15",
              [(m, "wanted") for m in months])
    wb = Workbook()
    ws = wb.active
    ws.title = "FOI 000456-15"
    ws["A1"] = "Derbyshire Constabulary"
    ws["A1"].font = TITLE
    ws["A2"] = "Freedom of Information Request 000456/15"
    ws["A3"] = "Registered sex offenders wanted, whereabouts unknown, as at 23/02/2015"
    for j, h in enumerate(["Case", "Missing since", "Offence category", "Believed abroad"], start=1):
        ws.cell(row=5, column=j, value=h).font = BOLD
    for i, m in enumerate(months):
        ws.cell(row=6 + i, column=1, value=f"Subject {i + 1}")
        ws.cell(row=6 + i, column=2, value=month_text(m))
        ws.cell(row=6 + i, column=3, value=rng.choice(OFFENCES))
        ws.cell(row=6 + i, column=4, value="N")
    ws.cell(row=13, column=1, value="The figures are only valid for the date in question as the information is dynamic.")
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 30
    save_xlsx(wb, out / r.file, dt.datetime(2015, 2, 23, 11, 5), "Derbyshire Constabulary")
    return r


def xlsx_avon(out, rng):
    days = rand_days(rng, 5, D(2008, 1, 1), D(2015, 2, 20))
    r = Reply("ASC 2015-0610 RSO.xlsx", "Avon and Somerset Constabulary", "xlsx",
              "title block + individuals, Excel dates, notes under table", "answered", D(2015, 3, 6), "AS-FOI-2015-0610",
              [(d.isoformat(), "wanted") for d in days])
    wb = Workbook()
    ws = wb.active
    ws.title = "Response"
    ws["A1"] = "Avon and Somerset Constabulary"
    ws["A1"].font = TITLE
    ws["A2"] = "Freedom of Information Request AS-FOI-2015-0610"
    ws["A3"] = "Question: number of registered sex offenders wanted because their whereabouts are unknown, and date missing"
    for j, h in enumerate(["Offender (masked)", "Wanted since", "Offence category", "Abroad?"], start=1):
        ws.cell(row=5, column=j, value=h).font = BOLD
    for i, d in enumerate(days):
        ws.cell(row=6 + i, column=1, value=f"AS{rng.randrange(100, 999)}")
        c = ws.cell(row=6 + i, column=2, value=d)
        c.number_format = "dd-mmm-yy"
        ws.cell(row=6 + i, column=3, value=rng.choice(OFFENCES))
        ws.cell(row=6 + i, column=4, value="N")
    ws.cell(row=12, column=1, value="Notes")
    ws.cell(row=13, column=1, value="1. Figures correct as at 06/03/2015; the information is dynamic.")
    ws.cell(row=14, column=1, value="2. Avon and Somerset manages around 1,400 RSOs.")
    for col, w in zip("ABCD", (18, 14, 30, 10)):
        ws.column_dimensions[col].width = w
    save_xlsx(wb, out / r.file, dt.datetime(2015, 3, 6, 9, 0), "Avon and Somerset Constabulary")
    return r


def xlsx_dc(out, rng):
    days = rand_days(rng, 6, D(2005, 1, 1), D(2015, 2, 28))
    abroad = 3
    people = [(d.isoformat(), "believed_abroad" if i == abroad else "wanted") for i, d in enumerate(days)]
    r = Reply("D&C FOI 15-0778.xlsx", "Devon & Cornwall Police", "xlsx",
              "individuals, dates stored as text dd/mm/yyyy", "answered", D(2015, 3, 10), "DC/FOI/15/0778", people)
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "Devon & Cornwall Police - Freedom of Information"
    ws["A1"].font = TITLE
    ws["A2"] = "Ref DC/FOI/15/0778 - RSOs whose whereabouts are unknown (wanted) as at 10/03/2015"
    for j, h in enumerate(["ID", "Date Wanted", "Offence", "Location believed"], start=1):
        ws.cell(row=4, column=j, value=h).font = BOLD
    for i, (s, st) in enumerate(people):
        ws.cell(row=5 + i, column=1, value=f"DC-{i + 1:03d}")
        ws.cell(row=5 + i, column=2, value=uk_date(s))  # text, not a date
        ws.cell(row=5 + i, column=3, value=rng.choice(OFFENCES))
        ws.cell(row=5 + i, column=4, value="Abroad" if st == "believed_abroad" else "UK - unknown address")
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 24
    save_xlsx(wb, out / r.file, dt.datetime(2015, 3, 10, 14, 20), "Devon & Cornwall Police")
    return r


def xlsx_merseyside(out, rng):
    spec = {2006: 1, 2010: 1, 2012: 2, 2014: 3}
    r = Reply("Copy of data.xlsx", "Merseyside Police", "xlsx",
              "counts by year; total is an unevaluated =SUM formula; uninformative file name", "answered",
              D(2015, 3, 11), "MP/2015/0912", by_year(spec))
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["A1"] = "Merseyside Police"
    ws["A1"].font = TITLE
    ws["A2"] = "Freedom of Information Request MP/2015/0912"
    ws["A3"] = "Registered sex offenders currently wanted as whereabouts unknown - by year first wanted"
    ws["A5"] = "Year"
    ws["B5"] = "Number"
    ws["A5"].font = ws["B5"].font = BOLD
    for i, (y, n) in enumerate(spec.items()):
        ws.cell(row=6 + i, column=1, value=y)
        ws.cell(row=6 + i, column=2, value=n)
    end = 6 + len(spec) - 1
    ws.cell(row=end + 1, column=1, value="Total").font = BOLD
    ws.cell(row=end + 1, column=2, value=f"=SUM(B6:B{end})").font = BOLD
    ws.cell(row=end + 3, column=1, value="Figures correct as at 11/03/2015")
    save_xlsx(wb, out / r.file, dt.datetime(2015, 3, 11, 16, 2), "Merseyside Police")
    return r


def xlsx_gwent(out, rng):
    people = [("2009-08-21", "wanted"), ("2014-05-30", "wanted")]
    r = Reply("Gwent_FOI_2015_0201.xlsx", "Gwent Police", "xlsx",
              "small table; hidden lookup sheet", "answered", D(2015, 3, 12), "2015/0201", people)
    wb = Workbook()
    ws = wb.active
    ws.title = "Ymateb Response"
    ws["A1"] = "Heddlu Gwent Police"
    ws["A1"].font = TITLE
    ws["A2"] = "Freedom of Information Request 2015/0201"
    ws["A3"] = "As at 12/03/2015"
    for j, h in enumerate(["Ref", "Dyddiad / Date wanted", "Offence category"], start=1):
        ws.cell(row=5, column=j, value=h).font = BOLD
    for i, (s, _) in enumerate(people):
        ws.cell(row=6 + i, column=1, value=f"G{i + 1}")
        c = ws.cell(row=6 + i, column=2, value=dt.date.fromisoformat(s))
        c.number_format = "dd/mm/yyyy"
        ws.cell(row=6 + i, column=3, value=rng.choice(OFFENCES))
    ws.cell(row=9, column=1, value="Total")
    ws.cell(row=9, column=2, value=2)
    lk = wb.create_sheet("Lookup")
    lk["A1"] = "Offence categories"
    for i, o in enumerate(OFFENCES, start=2):
        lk.cell(row=i, column=1, value=o)
    lk.sheet_state = "hidden"
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 30
    save_xlsx(wb, out / r.file, dt.datetime(2015, 3, 12, 10, 30), "Gwent Police")
    return r


def xlsx_wiltshire(out, rng):
    r = Reply("Wilts 2015-0268 return.xlsx", "Wiltshire Police", "xlsx", "nil return as a one-row table",
              "answered", D(2015, 3, 2), "FOI 2015-0268", nil=True)
    wb = Workbook()
    ws = wb.active
    ws.title = "Return"
    ws["A1"] = "Wiltshire Police - Freedom of Information Request FOI 2015-0268"
    ws["A1"].font = TITLE
    ws["A3"] = "Question"
    ws["B3"] = "Answer"
    ws["A3"].font = ws["B3"].font = BOLD
    ws["A4"] = "Number of registered sex offenders currently wanted because their whereabouts are unknown"
    ws["B4"] = 0
    ws["A5"] = "Date missing since, for each"
    ws["B5"] = "Not applicable"
    ws["A7"] = "Figures correct as at 02/03/2015. Wiltshire manages approximately 700 RSOs."
    ws.column_dimensions["A"].width = 80
    ws.column_dimensions["B"].width = 16
    save_xlsx(wb, out / r.file, dt.datetime(2015, 3, 2, 12, 0), "Wiltshire Police")
    return r


# ---------------------------------------------------------------------------
# CSV files
# ---------------------------------------------------------------------------

def csv_cambs(out, rng):
    days = rand_days(rng, 10, D(2006, 1, 1), D(2015, 2, 20))
    abroad = set(rng.sample(range(10), 2))
    people = [(d.isoformat(), "believed_abroad" if i in abroad else "wanted") for i, d in enumerate(days)]
    r = Reply("attachment (3).csv", "Cambridgeshire Constabulary", "csv",
              "UTF-8, title lines before header, individuals with dd/mm/yyyy", "answered", D(2015, 3, 2),
              "0231/2015", people)
    rows = [["Cambridgeshire Constabulary - Freedom of Information request 0231/2015"],
            ["RSOs wanted because whereabouts unknown - data extracted 02/03/2015"],
            [],
            ["Masked ID", "Date wanted", "Offence category", "Believed abroad"]]
    for i, (s, st) in enumerate(people):
        rows.append([f"CC{rng.randrange(1000, 9999)}", uk_date(s), rng.choice(OFFENCES),
                     "Y" if st == "believed_abroad" else "N"])
    write_csv(out / r.file, rows)
    return r


def csv_suffolk(out, rng):
    spec = {2007: 1, 2011: 1, 2013: 1, 2014: 2}
    r = Reply("Suffolk_F-2015-00391.csv", "Suffolk Constabulary", "csv", "counts by year, total row, LF endings",
              "answered", D(2015, 2, 17), "F-2015-00391", by_year(spec))
    rows = [["Suffolk Constabulary", "", ""],
            ["FOI reference F-2015-00391", "", ""],
            ["Year wanted", "Number of RSOs", "Notes"]]
    for y, n in spec.items():
        rows.append([str(y), str(n), ""])
    rows.append(["Total", "5", "As at 17/02/2015"])
    write_csv(out / r.file, rows, newline="\n")
    return r


def csv_beds(out, rng):
    people = [("2010-11-02", "wanted"), ("2014-04-28", "wanted")]
    r = Reply("beds_rso_whereabouts_unknown.csv", "Bedfordshire Police", "csv",
              "cp1252 with a £ in a note, header on first line", "answered", D(2015, 2, 12), "BED/FOI/0098/15",
              people)
    rows = [["Ref", "Wanted from", "Offence category", "Believed abroad"],
            ["B1", "02/11/2010", "Sexual assault", "No"],
            ["B2", "28/04/2014", "Voyeurism", "No"],
            [],
            [("Note: Bedfordshire Police FOI BED/FOI/0098/15. Position as at 12/02/2015. Names and locations are not "
             "included. No fee is payable as the work fell within the £450 cost limit.")]]
    write_csv(out / r.file, rows, encoding="cp1252")
    return r


def csv_nyp(out, rng):
    r = Reply("NYP 0215 FOI.csv", "North Yorkshire Police", "csv", "UTF-8 with BOM, one row", "answered",
              D(2015, 2, 18), "NYP-FOI-2015-0215", [("2013-04-15", "wanted")])
    rows = [["Force", "FOI ref", "As at", "Number wanted (whereabouts unknown)", "Missing since"],
            ["North Yorkshire Police", "NYP-FOI-2015-0215", "18/02/2015", "1", "15/04/2013"]]
    write_csv(out / r.file, rows, bom=True)
    return r


def csv_col(out, rng):
    r = Reply("CoLP_FOI_15-0088.csv", "City of London Police", "csv", "nil return, two-column", "answered",
              D(2015, 2, 5), "CoLP/FOI/15/0088", nil=True)
    rows = [["City of London Police FOI CoLP/FOI/15/0088", ""],
            ["Category", "Count"],
            ["Registered sex offenders currently wanted - whereabouts unknown", "0"],
            ["Registered sex offenders managed by CoLP", "11"],
            ["Position at", "05/02/2015"]]
    write_csv(out / r.file, rows)
    return r


# ---------------------------------------------------------------------------
# Plain-text letters and e-mail bodies
# ---------------------------------------------------------------------------

def txt_lancs(out, rng):
    r = Reply("Lancashire FOI 2015-0312.txt", "Lancashire Constabulary", "txt",
              "letter saved as text, by-year lines", "answered", D(2015, 2, 6), "LC-2015-0312",
              by_year({2008: 1, 2009: 1, 2012: 2, 2013: 1}))
    text = """LANCASHIRE CONSTABULARY
Information Management Unit
Police Headquarters, Saunders Lane, Hutton, Preston PR4 5SB

Your Ref: RSO round robin
Our Ref: LC-2015-0312
Date: 06/02/2015

Dear Requester

FREEDOM OF INFORMATION REQUEST

I write in response to your request, received by Lancashire Constabulary on
2 February 2015:

  "How many registered sex offenders in your area are currently wanted or
  missing because their whereabouts are unknown? For each, the date since
  which they have been missing, please (month and year is fine)."

RESPONSE

There are currently 5 registered sex offenders who are recorded as wanted
because their whereabouts are unknown. They went missing as follows:

  1 went missing in 2008
  1 went missing in 2009
  2 went missing in 2012
  1 went missing in 2013

For comparison, Lancashire Constabulary manages around 1,600 registered sex
offenders across its three divisions.

The figures are only valid for the date in question as the information is
dynamic.

""" + wrap(ico(0, "the Information Management Unit")) + """

Yours sincerely

Karen Lomax
Freedom of Information Officer
Information Management Unit
Lancashire Constabulary
"""
    (out / r.file).write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    return r


def wrap(text, width=74):
    import textwrap
    return "\n".join(textwrap.wrap(text, width))


def txt_norfolk(out, rng):
    r = Reply("norfolk constabulary reply 10-02-15.txt", "Norfolk Constabulary", "txt",
              "e-mail body saved as text; joint Norfolk/Suffolk unit", "answered", D(2015, 2, 10), "FOI 000176/15",
              [("2014-08", "wanted")])
    text = f"""From: Freedom of Information <freedomofinformation@norfolk.police.uk>
Sent: 10 February 2015 12:41
To: {JOURNALIST_NAME}
Subject: FOI 000176/15 - RSOs whereabouts unknown

Dear {JOURNALIST_NAME},

Thank you for your request, which has been handled by the joint Information
Management Department of Norfolk and Suffolk Constabularies. This reply is
for Norfolk Constabulary; Suffolk Constabulary will respond separately.

You asked how many registered sex offenders in Norfolk are currently
wanted because their whereabouts are unknown, and since when.

Norfolk Constabulary currently has one registered sex offender recorded as
wanted because his whereabouts are unknown. He has been missing since
August 2014.

This information is correct as at 10/02/2015. The figures are only valid
for the date in question as the information is dynamic.

If you are not satisfied you can ask for a review within 40 working days,
and then complain to the Information Commissioner's Office (0303 123 1113).

Regards

Sam Cullum
Freedom of Information Decision Maker
Norfolk Constabulary
"""
    (out / r.file).write_bytes(text.encode("utf-8"))
    return r


def txt_durham(out, rng):
    r = Reply("cleveland_reply.txt", "Durham Constabulary", "txt",
              "letter saved as text; file name names Cleveland but the document is Durham's", "answered",
              D(2015, 3, 5), "DC/FOI/0522/15", [("2007", "wanted"), ("2013-11", "wanted")])
    text = """Durham Constabulary
Freedom of Information Unit
Aykley Heads, Durham DH1 5TT

Request Number: DC/FOI/0522/15
5 March 2015

Dear Ms Pryce

You asked Durham Constabulary how many registered sex offenders are wanted
because nobody knows where they are, and the month and year each went
missing.

Two registered sex offenders in County Durham and Darlington are currently
recorded as wanted because their whereabouts are unknown. One has been
missing since 2007 (the month is not recorded) and one since November 2013.

The figures are only valid for the date in question as the information is
dynamic.

Please note that Cleveland Police is a separate force and your request to
them will be answered by Cleveland Police directly.

""" + wrap(ico(3, "the Freedom of Information Unit")) + """

Yours sincerely

Michael Tindale
Disclosure Officer
Durham Constabulary
"""
    (out / r.file).write_bytes(text.encode("utf-8"))
    return r


def txt_cumbria(out, rng):
    r = Reply("FOI-2015-0139 reply.txt", "Cumbria Constabulary", "txt", "short nil return letter as text",
              "answered", D(2015, 2, 13), "FOI-2015-0139", nil=True)
    text = """CUMBRIA CONSTABULARY - Freedom of Information
Carleton Hall, Penrith, Cumbria CA10 2AU

Ref: FOI-2015-0139
13 February 2015

Dear Sir/Madam

Request: the number of RSOs in Cumbria currently wanted as their
whereabouts are unknown, and the date each has been missing since.

Answer: Nil. As at 13 February 2015 Cumbria Constabulary had no registered
sex offenders recorded as wanted because their whereabouts are unknown. All
of the approximately 550 RSOs managed in the county were accounted for.

The figures are only valid for the date in question as the information is
dynamic.

You have the right to request a review within 40 working days. After that,
you may contact the ICO, Wycliffe House, Water Lane, Wilmslow, Cheshire
SK9 5AF, telephone 0303 123 1113.

Yours faithfully

L. Atkinson
Freedom of Information Officer
"""
    (out / r.file).write_bytes(text.encode("utf-8"))
    return r


# ---------------------------------------------------------------------------
# E-mails
# ---------------------------------------------------------------------------

def eml_essex(out, rng):
    r = Reply("reply_from_essex.eml", "Essex Police", "eml",
              "quoted-printable plain text, total only, dates withheld s31/s40", "partial", D(2015, 2, 4),
              "FOI 2015/1234", [(None, "wanted")] * 11, ["s31", "s40"])
    body = f"""Dear {JOURNALIST_NAME},

Freedom of Information Request Reference No: FOI 2015/1234

Thank you for your request dated 2 February 2015 in which you asked Essex Police to tell you how many registered sex offenders in the county are currently wanted or missing because their whereabouts are unknown, and for each one the date (month and year) since which they have been missing.

Essex Police can confirm that, as at 4 February 2015, 11 registered sex offenders were recorded as wanted because their whereabouts are unknown. This compares with a total of around 1,500 registered sex offenders managed by the Essex Public Protection teams.

The dates from which each individual has been missing are withheld. Essex Police considers that releasing these dates would be likely to prejudice the apprehension of the offenders concerned, so the exemption at section 31(1)(a) and (b) applies; having weighed the public interest we have decided that it favours withholding. In addition, in a small number of cases the date would make an individual identifiable through past media appeals, and that information is exempt under section 40(2) as personal data.

The figures are only valid for the date in question as the information is dynamic.

If you are dissatisfied with this response you may ask for an internal review within 40 working days; after that you may contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF (0303 123 1113).

Yours sincerely

Andrew Pike
Freedom of Information Decision Maker
Information Rights Team, Essex Police
"""
    m = new_mail("Essex Police Information Rights <foi@essex.police.uk>", JOURNALIST,
                 "Freedom of Information Request Reference No: FOI 2015/1234", at(D(2015, 2, 11), 10, 14),
                 "<20150211101400.FOI20151234@essex.police.uk>")
    m.set_content(body, cte="quoted-printable")
    (out / r.file).write_bytes(m.as_bytes())
    return r


def eml_wmp(out, rng):
    spec = {2004: 1, 2006: 2, 2007: 2, 2008: 3, 2009: 3, 2010: 4, 2011: 4, 2012: 5, 2013: 6, 2014: 8, 2015: 1}
    r = Reply("RE FOI request - RSOs whereabouts unknown.eml", "West Midlands Police", "eml",
              "quoted-printable, long paragraphs, year list 'YYYY - n'", "answered", D(2015, 2, 9),
              "WMP/FOI/0871/15", by_year(spec))
    lines = "\n".join(f"{y} - {n}" for y, n in spec.items())
    body = f"""Dear Ms Pryce

Re: Freedom of Information request WMP/FOI/0871/15

Your request, received on 2 February 2015, asked West Midlands Police how many registered sex offenders living in the force area are at present wanted or missing because we do not know where they are, and for each of them the month and year since which they have been missing. I am now able to provide our response, which is based on a search of our offender management records carried out on 9 February 2015.

West Midlands Police manages in the region of 4,100 registered sex offenders, and the overwhelming majority comply with their notification requirements. On 9 February 2015, 39 registered sex offenders were currently recorded as wanted because their whereabouts are unknown. The breakdown below gives the number by the year in which each was first circulated as wanted (the month is held but has not been provided, as for some years it would single out individuals):

{lines}

The figures are only valid for the date in question as the information is dynamic.

If you are unhappy with this response you may request an internal review within 40 working days of the date of this email; reviews are normally completed within 20 working days. You may then contact the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, telephone 0303 123 1113.

Kind regards

Gurpreet Sandhu
Freedom of Information Officer
Information Management
West Midlands Police
Lloyd House, Colmore Circus Queensway, Birmingham B4 6NQ
"""
    m = new_mail("Freedom of Information <freedomofinformation@west-midlands.police.uk>", JOURNALIST,
                 "RE: FOI request - RSOs whereabouts unknown [WMP/FOI/0871/15]", at(D(2015, 2, 20), 15, 2),
                 "<WMP.FOI.0871.15.20150220150200@west-midlands.police.uk>",
                 {"In-Reply-To": "<rr-rso-2015-0202@newsdesk-example.co.uk>"})
    m.set_content(body, cte="quoted-printable")
    (out / r.file).write_bytes(m.as_bytes())
    return r


def eml_leics(out, rng):
    people = [("2012-06-14", "wanted"), ("2014-09-03", "wanted")]
    r = Reply("Leicestershire Police FOI 0234-15.eml", "Leicestershire Police", "eml",
              "base64 plain-text body, day dates", "answered", D(2015, 2, 3), "0234/15", people)
    body = f"""Dear {JOURNALIST_NAME},

Freedom of Information Request 0234/15

You asked how many registered sex offenders are wanted by Leicestershire Police because their whereabouts are unknown, with the date each has been missing since.

As at 3 February 2015 there were two registered sex offenders recorded as wanted because their whereabouts were unknown:

  Offender A - wanted since 14/06/2012
  Offender B - wanted since 03/09/2014

The figures are only valid for the date in question as the information is dynamic.

{ico(3, "the Information Management Unit")}

Regards

Information Management Unit
Leicestershire Police
Force Headquarters, St Johns, Enderby, Leicester LE19 2BX
"""
    m = new_mail("Leics Police FOI <foi.requests@leicestershire.police.uk>", JOURNALIST,
                 "FOI 0234/15 Response", at(D(2015, 2, 5), 9, 48), "<0234-15.response@leicestershire.police.uk>")
    m.set_content(body, cte="base64")
    (out / r.file).write_bytes(m.as_bytes())
    return r


def eml_humberside(out, rng):
    r = Reply("FW_ Your FOI request.eml", "Humberside Police", "eml",
              "HTML-only Outlook body in windows-1252 (quoted-printable)", "answered", D(2015, 2, 26),
              "HP/FOI/15/0461", [("2004-09", "wanted"), ("2013-03", "wanted")])
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri","sans-serif";}} --></style></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Dear {JOURNALIST_NAME},</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Our reference: HP/FOI/15/0461</b></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">You asked Humberside Police for the number of registered sex offenders (RSOs) who are currently wanted because their whereabouts are unknown, and the date since which each has been missing.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">As at 26 February 2015 there were <b>two</b> RSOs recorded as wanted because their whereabouts are unknown. One has been missing since September 2004 and the other since March 2013. We can’t give more detail than the month without risking identification of the individuals concerned.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">The figures are only valid for the date in question as the information is dynamic.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">If you’re unhappy with our reply you can ask for a review within 40 working days, and then contact the ICO – Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF, 0303 123 1113.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards,</p>
<p class="MsoNormal">Chris Dunmore<br>Information Access Officer<br>Information Compliance &amp; Disclosure<br>Humberside Police, Priory Road, Hull HU5 5SF</p>
</div></body></html>
"""
    m = new_mail("Humberside Police Information Access <informationaccess@humberside.police.uk>", JOURNALIST,
                 "FW: Your FOI request", at(D(2015, 2, 26), 16, 37), "<HP-FOI-15-0461@humberside.police.uk>",
                 {"X-Mailer": "Microsoft Outlook 14.0"})
    m.set_content(html, subtype="html", charset="windows-1252", cte="quoted-printable")
    (out / r.file).write_bytes(m.as_bytes())
    return r


def eml_dorset(out, rng):
    r = Reply("RE_ Freedom of Information request (Dorset).eml", "Dorset Police", "eml",
              "answer above '-----Original Message-----', journalist's request quoted below with other numbers",
              "answered", D(2015, 2, 9), "2015-0107", [("2012-06", "wanted")])
    body = f"""Dear Ms Pryce

Dorset Police FOI reference 2015-0107

Thank you for your email. Dorset Police currently has one registered sex offender recorded as wanted because his whereabouts are unknown. He has been missing since June 2012.

This was the position on 9 February 2015. The figures are only valid for the date in question as the information is dynamic.

If you are unhappy with how we have dealt with your request you may ask for a review within 40 working days, and then go to the ICO (0303 123 1113).

Regards

Beth Lanning
Freedom of Information Officer
Dorset Police, Force Headquarters, Winfrith, Dorchester DT2 8DZ

-----Original Message-----
From: {JOURNALIST_NAME} [mailto:hannah.pryce@newsdesk-example.co.uk]
Sent: 02 February 2015 08:55
To: FOI
Subject: Freedom of Information request

Dear FOI team,

Under the Freedom of Information Act, please tell me how many registered sex offenders in your force area are currently wanted because their whereabouts are unknown. For each one, please give the date they have been missing since - month and year is fine.

For background: we are asking every force in the UK. Last year Kent told us 12 and Hampshire said 4, so we are looking at how this has changed since 2014.

Please reply within 20 working days.

Many thanks,
Hannah Pryce
Home Affairs Reporter
07700 900461
"""
    m = new_mail("Dorset Police FOI <foi@dorset.police.uk>", JOURNALIST, "RE: Freedom of Information request",
                 at(D(2015, 2, 9), 14, 5), "<2015-0107.reply@dorset.police.uk>")
    m.set_content(body)
    (out / r.file).write_bytes(m.as_bytes())
    return r


def eml_staffs(out, rng):
    r = Reply("staffs_reply.eml", "Staffordshire Police", "eml", "multipart/alternative, text + HTML",
              "answered", D(2015, 2, 23), "SP-FOI-2015-00348", by_year({2010: 1, 2014: 2}))
    text = f"""Dear {JOURNALIST_NAME},

FOI request SP-FOI-2015-00348

Your request: "How many RSOs in Staffordshire are currently wanted because you do not know where they are, and since when?"

Our response: as at 23 February 2015, Staffordshire Police had three registered sex offenders recorded as wanted because their whereabouts are unknown. One went missing in 2010 and two in 2014.

The figures are only valid for the date in question as the information is dynamic.

Regards,
Staffordshire Police Freedom of Information Unit
"""
    html = f"""<html><body style="font-family:Arial">
<p>Dear {JOURNALIST_NAME},</p>
<p><strong>FOI request SP-FOI-2015-00348</strong></p>
<p>Your request: &quot;How many RSOs in Staffordshire are currently wanted because you do not know where they are, and since when?&quot;</p>
<p>Our response: as at 23 February 2015, Staffordshire Police had <strong>three</strong> registered sex offenders recorded as wanted because their whereabouts are unknown.</p>
<table border="1" cellpadding="4"><tr><th>Year went missing</th><th>Number</th></tr>
<tr><td>2010</td><td>1</td></tr><tr><td>2014</td><td>2</td></tr></table>
<p>The figures are only valid for the date in question as the information is dynamic.</p>
<p>Regards,<br>Staffordshire Police Freedom of Information Unit</p>
</body></html>
"""
    m = new_mail("FOI Unit <freedomofinformation@staffordshire.police.uk>", JOURNALIST,
                 "FOI SP-FOI-2015-00348 - response", at(D(2015, 2, 24), 11, 20),
                 "<SP-FOI-2015-00348@staffordshire.police.uk>")
    m.set_content(text)
    m.add_alternative(html, subtype="html")
    m.set_boundary("----=_NextPart_000_0042_01D05011.3A2B4C50")
    (out / r.file).write_bytes(m.as_bytes())
    return r


def eml_south_wales(out, rng):
    r = Reply("SWP FOI 153-15.eml", "South Wales Police", "eml",
              "quoted-printable, bilingual sign-off, total only, dates withheld s31/s40", "partial",
              D(2015, 3, 13), "153/15", [(None, "wanted")] * 4, ["s31", "s40"])
    body = f"""Annwyl / Dear {JOURNALIST_NAME},

Freedom of Information Request 153/15

Thank you for your request for information regarding registered sex offenders whose whereabouts are unknown, which South Wales Police received on 13 February 2015. You asked for the number currently wanted and the month and year since which each has been missing.

On 13 March 2015 South Wales Police had four registered sex offenders recorded as wanted because their whereabouts are unknown, out of the approximately 1,350 RSOs managed across the force area.

We have decided not to disclose the dates from which these four individuals have been missing. The dates are exempt under section 31 (law enforcement), because publishing them could alert the individuals to the stage that enquiries have reached, and under section 40 (personal information), because with numbers this small they could identify the people concerned. The public interest in maintaining the section 31 exemption outweighs the public interest in disclosure.

The figures are only valid for the date in question as the information is dynamic.

{ico(1, "the Freedom of Information Unit, South Wales Police Headquarters, Bridgend CF31 3SU")}

Yn gywir / Yours sincerely

Rhian Davies
Swyddog Rhyddid Gwybodaeth / Freedom of Information Officer
Heddlu De Cymru / South Wales Police
"""
    m = new_mail("Rhyddid Gwybodaeth / Freedom of Information <foi@south-wales.police.uk>", JOURNALIST,
                 "FOI 153/15 - Registered Sex Offenders", at(D(2015, 3, 13), 17, 3),
                 "<153-15.foi@south-wales.police.uk>")
    m.set_content(body, cte="quoted-printable")
    (out / r.file).write_bytes(m.as_bytes())
    return r


# ---------------------------------------------------------------------------
# Driver, README, truth manifest and its check
# ---------------------------------------------------------------------------

BUILDERS = [
    xlsx_met, eml_wmp, pdf_gmp, eml_essex, pdf_sussex, xlsx_wyp, csv_cambs, pdf_northants, pdf_lincs, pdf_notts,
    xlsx_derbys, pdf_west_mercia, txt_lancs, pdf_hampshire, pdf_tvp, csv_suffolk, eml_leics, pdf_herts,
    txt_norfolk, pdf_glos, pdf_northumbria, eml_humberside, xlsx_avon, csv_beds, pdf_cheshire, pdf_cleveland,
    xlsx_dc, eml_dorset, txt_durham, pdf_kent, xlsx_merseyside, csv_nyp, pdf_syp, eml_staffs, pdf_warwickshire,
    pdf_dyfed, xlsx_gwent, pdf_north_wales, eml_south_wales,
    pdf_scotland, txt_cumbria, csv_col, xlsx_wiltshire, pdf_btp, pdf_psni, pdf_surrey,
]

# Figures as reported for the February 2015 round robin (the national total and the named forces), plus the
# invented figures for the rest, so that the check below catches any drift in the builders.
EXPECTED = {
    "Metropolitan Police Service": 167, "West Midlands Police": 39, "Greater Manchester Police": 25,
    "Essex Police": 11, "Sussex Police": 11, "West Yorkshire Police": 11, "Cambridgeshire Constabulary": 10,
    "Northamptonshire Police": 9, "Lincolnshire Police": 7, "Nottinghamshire Police": 6,
    "Derbyshire Constabulary": 6, "West Mercia Police": 6, "Lancashire Constabulary": 5,
    "Hampshire Constabulary": 5, "Thames Valley Police": 5, "Suffolk Constabulary": 5,
    "Leicestershire Police": 2, "Hertfordshire Constabulary": 2, "Norfolk Constabulary": 1,
    "Gloucestershire Constabulary": 3, "Northumbria Police": 2, "Humberside Police": 2,
    "Avon and Somerset Constabulary": 5, "Bedfordshire Police": 2, "Cheshire Constabulary": 3,
    "Cleveland Police": 2, "Devon & Cornwall Police": 6, "Dorset Police": 1, "Durham Constabulary": 2,
    "Kent Police": 8, "Merseyside Police": 7, "North Yorkshire Police": 1, "South Yorkshire Police": 5,
    "Staffordshire Police": 3, "Warwickshire Police": 1, "Dyfed-Powys Police": 1, "Gwent Police": 2,
    "North Wales Police": 3, "South Wales Police": 4,
    "Police Service of Scotland": 0, "Cumbria Constabulary": 0, "City of London Police": 0, "Wiltshire Police": 0,
    "British Transport Police": None, "Police Service of Northern Ireland": None, "Surrey Police": None,
}

README = """# Sample round robin (illustrative)

This folder is an **illustrative sample** round robin, built by `scripts/make_sample.py`. It is not a set of
real police replies.

It imagines the replies to a Press Association-style Freedom of Information round robin of February 2015,
which asked every UK police force how many registered sex offenders (RSOs) in its area were currently wanted
because their whereabouts were unknown, and since when each had been missing.

What is reproduced: the national total and the figures named in the Press Association's February 2015
survey as it was reported - 396 RSOs missing across 39 forces, the Metropolitan Police's 167 (114 of them
believed abroad, one missing for 14 years), and the other force figures and breakdowns named in that coverage.

What is invented: everything else - the figures and dates for forces the coverage did not name, every
reference number, letter date, "as at" date, name, signature, address of a mailbox, letter text, table,
spreadsheet and e-mail. Any resemblance to a real officer or to real correspondence is accidental.

There are {n} files, one per force, in a deliberately mixed set of formats (PDF letters with prose or
tables, spreadsheets, CSV, e-mails, plain text) and with realistic traps (uninformative or misleading file
names, figures split across lines, numbers that are not the answer). What a careful reader should take from
each file is recorded in `tests/sample_truth.json`.

Regenerate (byte-identical on every run) with:

    python scripts/make_sample.py
"""


def _check_truth(truth: list, outdir: Path) -> None:
    names = [t["file"] for t in truth]
    assert len(truth) == 46, len(truth)
    assert len(set(names)) == 46, "duplicate file names"
    assert len({n.lower() for n in names}) == 46, "file names differ only by case"
    for n in names:
        assert (outdir / n).is_file(), n
    forces = {t["force"]: t for t in truth}
    assert len(forces) == 46, "one file per force"
    assert set(forces) == set(EXPECTED), set(forces) ^ set(EXPECTED)
    for f, want in EXPECTED.items():
        assert forces[f]["missing"] == want, (f, forces[f]["missing"], want)
    counted = [t for t in truth if t["missing"]]
    assert sum(t["missing"] for t in truth if t["missing"] is not None) == 396
    assert len(counted) == 39, len(counted)
    lo, hi = "2015-02-02", "2015-03-13"
    for t in truth:
        assert lo <= t["as_of"] <= hi, (t["file"], t["as_of"])
        assert t["status"] in ("answered", "partial", "refused", "ncnd", "not_held"), t
        assert t["reference"], t["file"]
        assert all(e[0] == "s" and e[1:].isdigit() for e in t["exemptions"]), t["exemptions"]
        if t["missing"] is None:
            assert t["status"] in ("refused", "ncnd", "not_held") and t["entries"] == [], t["file"]
        else:
            assert t["status"] in ("answered", "partial"), t["file"]
            assert sum(e["count"] for e in t["entries"]) == t["missing"], t["file"]
            keys = [(e["since"] is None, e["since"] or "", e["status"]) for e in t["entries"]]
            assert keys == sorted(keys) and len(set(keys)) == len(keys), t["file"]
            for e in t["entries"]:
                assert e["status"] in ("wanted", "believed_abroad")
                assert e["since"] is None or "2000" <= e["since"][:4] <= "2015"
                assert e["since"] is None or e["since"] <= t["as_of"], (t["file"], e)
    met = forces["Metropolitan Police Service"]
    assert sum(e["count"] for e in met["entries"] if e["status"] == "believed_abroad") == 114
    assert [e["since"][:4] for e in met["entries"] if e["since"]].count("2001") == 1
    assert all(e["since"] >= "2003" for e in met["entries"] if e["since"] and not e["since"].startswith("2001"))
    assert sum(e["count"] for e in forces["Hampshire Constabulary"]["entries"]
               if e["status"] == "believed_abroad") == 5
    assert forces["British Transport Police"]["status"] == "not_held"
    assert forces["Police Service of Northern Ireland"]["status"] == "refused"
    assert forces["Police Service of Northern Ireland"]["exemptions"] == ["s31", "s40"]
    assert forces["Surrey Police"]["status"] == "refused" and forces["Surrey Police"]["exemptions"] == ["s12"]
    assert forces["Police Service of Scotland"]["reference"].startswith("IM-FOI-2015-")

    def years(force):
        c = Counter()
        for e in forces[force]["entries"]:
            c[e["since"][:4] if e["since"] else None] += e["count"]
        return dict(c)

    assert years("Lincolnshire Police") == {"2006": 2, "2009": 2, "2014": 3}
    assert years("Nottinghamshire Police") == {"2011": 1, "2012": 1, "2013": 1, "2014": 3}
    assert years("Lancashire Constabulary") == {"2008": 1, "2009": 1, "2012": 2, "2013": 1}
    gmp = years("Greater Manchester Police")
    assert gmp["2005"] == 1 and gmp["2006"] == 3 and min(gmp) == "2005"
    assert next(e["since"] for e in forces["Greater Manchester Police"]["entries"]) == "2005-09"
    assert [e["since"] for e in forces["Hertfordshire Constabulary"]["entries"]] == ["2014-01", "2014-11"]
    assert [e["since"] for e in forces["Norfolk Constabulary"]["entries"]] == ["2014-08"]
    assert forces["Gloucestershire Constabulary"]["entries"][0]["since"] == "2000"
    assert forces["Northumbria Police"]["entries"][0]["since"] == "2002-05"
    assert forces["Humberside Police"]["entries"][0]["since"] == "2004-09"
    fmts = Counter(Path(n).suffix.lower() for n in names)
    assert fmts == {".pdf": 22, ".xlsx": 8, ".csv": 5, ".eml": 7, ".txt": 4}, fmts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", nargs="?", default=str(ROOT / "data" / "raw"))
    ap.add_argument("--truth", default=str(ROOT / "tests" / "sample_truth.json"))
    args = ap.parse_args(argv)
    outdir = Path(args.outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    replies = [build(outdir, rng) for build in BUILDERS]
    truth = [r.truth() for r in replies]
    (outdir / "README.md").write_text(README.format(n=len(replies)), encoding="utf-8")
    _check_truth(truth, outdir)
    truth_path = Path(args.truth)
    truth_path.parent.mkdir(parents=True, exist_ok=True)
    truth_path.write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(replies)} files to {outdir} and the truth manifest to {truth_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
