#!/usr/bin/env python3
"""Red-team replies: wordings and layouts that no sample reply or fixture uses, each with its truth.

The tool will meet real replies written in ways nobody here has seen. Every one must come out either right
or flagged for review; a reply read wrongly and not flagged is the failure that matters. This script writes
replies in new shapes (totals said in new ways, answers as Q&A, category and breach tables, financial
years, corrections, comparisons with last year, national figures in a refusal, HTML mail, Welsh only...)
and what a careful journalist reads off each one, then reads them all and says which came out

  RIGHT    not flagged, and force, status, count and entries (by date and by status) match the truth;
  FLAGGED  listed for review (acceptable: a person looks at it);
  WRONG    not flagged, and the force, status, count or entries differ from the truth.

    python scripts/redteam.py OUTDIR        # write OUTDIR/replies/ and OUTDIR/truth.json, read, print a table

Everything is deterministic. The forces, names, references and figures are invented; the request imagined
is a round robin received on 15 February 2016.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import textwrap
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

from fixtures.layouts import complaints, dynamic
from make_sample import at, new_mail, save_xlsx, table_flow, write_csv, write_pdf
from openpyxl import Workbook

REQUESTER = "Sam Okoro <s.okoro@datadesk-example.co.uk>"
REQUESTER_NAME = "Sam Okoro"
QUESTION = (
    "How many registered sex offenders in your force area are currently wanted because their whereabouts "
    "are unknown, and on what date did each go missing?"
)


# ---------------------------------------------------------------------------------------------------------
# The truth and the cases
# ---------------------------------------------------------------------------------------------------------


def E(since: str | None, count: int, status: str = "wanted") -> dict:  # type: ignore[type-arg]
    """One truth entry: `count` people missing since `since` ("2009", "2013-06", "FY2010/11", None)."""
    return {"since": since, "count": count, "status": status}


@dataclass
class Case:
    file: str
    build: Callable[[Path], None]
    truth: list[dict]  # type: ignore[type-arg]  # one per force the file answers for
    why: str


CASES: list[Case] = []


def case(file: str, why: str, *truth: dict) -> Callable[[Callable[[Path], None]], Callable[[Path], None]]:  # type: ignore[type-arg]
    def register(build: Callable[[Path], None]) -> Callable[[Path], None]:
        CASES.append(Case(file, build, list(truth), why))
        return build

    return register


def T(force: str, status: str, missing: int | tuple[int, int] | None, as_of: str | None, *entries: dict) -> dict:  # type: ignore[type-arg]
    low, high = (missing, missing) if not isinstance(missing, tuple) else missing
    return {"force": force, "status": status, "missing_low": low, "missing_high": high, "as_of": as_of,
            "entries": list(entries)}


def _wrap(paragraphs: list[str], width: int = 76) -> str:
    out = []
    for p in paragraphs:
        out.append(p if p.startswith(("\u2022", " ", "|")) or "\n" in p else textwrap.fill(p, width))
    return "\n\n".join(out) + "\n"


def _text(path: Path, paragraphs: list[str], width: int = 76) -> None:
    path.write_text(_wrap(paragraphs, width), encoding="utf-8")


def _mail(path: Path, frm: str, subject: str, when: dt.datetime, body: str, *, html: str | None = None,
          attach: tuple[bytes, str, str, str] | None = None, charset: str = "utf-8") -> None:
    m = new_mail(frm, REQUESTER, subject, when, f"<{path.stem.replace(' ', '.')}@redteam.example>")
    if html is not None:
        m.set_content(html, subtype="html", charset=charset)
    else:
        m.set_content(body)
    if attach is not None:
        data, maintype, subtype, name = attach
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    path.write_bytes(m.as_bytes())


# ---------------------------------------------------------------------------------------------------------
# How the total is said
# ---------------------------------------------------------------------------------------------------------


@case("cambs seeking.txt", "'currently seeking 6 RSOs whose location is unknown'",
      T("Cambridgeshire Constabulary", "answered", 6, "2016-03-01", E(None, 6)))
def seeking(path: Path) -> None:
    _text(path, [
        "CAMBRIDGESHIRE CONSTABULARY\nJoint Information Management Unit\nHinchingbrooke Park, Huntingdon PE29 6NP",
        "Our ref: 0412/2016\n3 March 2016",
        "Dear Mr Okoro",
        "Thank you for your request for information about registered sex offenders.",
        ("I can tell you that, as at 1 March 2016, the force is currently seeking 6 RSOs whose location is "
        "unknown. The dates on which they went missing are not held centrally and could only be found by "
        "reading each case file."),
        dynamic(2),
        complaints("the Joint Information Management Unit", 2),
        "Yours sincerely\n\nA. Marsh\nInformation Management Officer\nCambridgeshire Constabulary",
    ])


@case("Staffs 2016 reply.eml", "'Six individuals subject to notification requirements are wanted'; two 'thought "
      "to have left the country'",
      T("Staffordshire Police", "answered", 6, "2016-02-29", E(None, 4), E(None, 2, "believed_abroad")))
def subject_to_notification(path: Path) -> None:
    body = """Dear Sam Okoro,

Freedom of Information request SP-FOI-2016-00211

Six individuals subject to notification requirements are wanted by Staffordshire Police because officers do not know where they are living. Of these, two are thought to have left the country. This was the position on 29 February 2016.

We have not given the dates on which each went missing: with so few people, the dates would identify them.

""" + complaints("the Freedom of Information Unit", 1) + """

Regards,

Freedom of Information Unit
Staffordshire Police
"""
    _mail(path, "Staffordshire Police FOI <foi@staffordshire.pnn.police.uk>", "RE: FOI SP-FOI-2016-00211",
          at(dt.date(2016, 3, 2), 10, 4), body)


@case("lincs form.txt", "a form: 'Number of RSOs wanted/missing: 4'",
      T("Lincolnshire Police", "answered", 4, "2016-02-29", E(None, 4)))
def label_line(path: Path) -> None:
    _text(path, [
        "LINCOLNSHIRE POLICE - FREEDOM OF INFORMATION RESPONSE FORM",
        "Request reference: 000377/16\nDate of response: 04/03/2016",
        "Information requested: numbers of registered sex offenders whose whereabouts are unknown",
        ("Number of RSOs wanted/missing: 4\nData as at: 29/02/2016\nMonths and years missing: not held in a "
        "reportable form"),
        dynamic(2),
        complaints("Information Compliance, Lincolnshire Police", 0),
        "Joanne Whitlock\nFreedom of Information Officer\nLincolnshire Police",
    ])


@case("NYP qa.eml", "Q1/A1 answers, the count bare after its question, dates in A2",
      T("North Yorkshire Police", "answered", 3, "2016-03-01", E("2009", 1), E("2014", 2)))
def qa_with_dates(path: Path) -> None:
    body = """Dear Mr Okoro

Your Freedom of Information request NYP-2016-0199 has been answered as follows. Figures as at 1 March 2016.

Q1. How many registered sex offenders are currently recorded as wanted because their whereabouts are unknown?
A1. 3

Q2. For each, since when have they been missing?
A2. One since 2009 and two since 2014.

""" + complaints("the Civil Disclosure Unit", 2) + """

Kind regards

Civil Disclosure Unit
North Yorkshire Police
"""
    _mail(path, "Civil Disclosure <civil.disclosure@northyorkshire.pnn.police.uk>", "FOI NYP-2016-0199",
          at(dt.date(2016, 3, 3), 12, 0), body)


@case("Q and A response.txt", "'Answer: Four (4).' after the question; dates refused under s40(2)",
      T("Northamptonshire Police", "partial", 4, "2016-03-02", E(None, 4)))
def qa_total_only(path: Path) -> None:
    _text(path, [
        "Northamptonshire Police\nForce Information Management, Wootton Hall, Northampton NN4 0JQ",
        "Reference: F-2016-00408\nDate: 4 March 2016",
        ("Question 1: How many registered sex offenders are currently wanted because their whereabouts are "
        "unknown?"),
        "Answer: Four (4). Figures as at 2 March 2016.",
        "Question 2: Please give the date each went missing.",
        ("Answer: This information is exempt under section 40(2) of the Act (personal information), because "
        "with so few people the dates would identify them."),
        complaints("the Force Information Manager", 0),
        "Yours sincerely\n\nR. Chaudhry\nFreedom of Information Officer\nNorthamptonshire Police",
    ])


@case("suffolk reply words.txt", "'A total of twelve ... listed as wanted, their whereabouts being unknown'",
      T("Suffolk Constabulary", "answered", 12, "2016-03-07", E(None, 12)))
def words_only(path: Path) -> None:
    _text(path, [
        "Suffolk Constabulary\nInformation Management Department, Martlesham Heath, Ipswich IP5 3QS",
        "Our ref: FOI 000611/16\n8 March 2016",
        "Dear Mr Okoro,",
        ("A total of twelve registered sex offenders are listed as wanted, their whereabouts being unknown, as "
        "at 7 March 2016. Suffolk Constabulary manages around eight hundred offenders in the community."),
        dynamic(1),
        complaints("the Information Management Department", 1),
        "Yours sincerely\n\nFreedom of Information Decision Maker\nSuffolk Constabulary",
    ])


@case("herts stands at.txt", "'... stands at 11'; the figure 'is currently' said separately",
      T("Hertfordshire Constabulary", "answered", 11, "2016-03-01", E(None, 11)))
def stands_at(path: Path) -> None:
    _text(path, [
        "HERTFORDSHIRE CONSTABULARY\nPublic Access Office, Stanborough Road, Welwyn Garden City AL8 6XF",
        "Our ref: HC/FOI/2016/00512\nDate: 03/03/2016",
        "Dear Sam Okoro",
        ("The current figure for registered sex offenders wanted on the grounds that their whereabouts are "
        "unknown stands at 11. This was extracted from ViSOR on 1 March 2016."),
        "The dates are held only in case notes and have not been provided.",
        dynamic(0),
        complaints("the Public Access Office", 2),
        "Dominic Acheampong\nPublic Access Officer\nHertfordshire Constabulary",
    ])


@case("glos number is currently.txt", "'The number of RSOs whose whereabouts are unknown is currently 2'",
      T("Gloucestershire Constabulary", "answered", 2, "2016-03-02", E(None, 2)))
def is_currently(path: Path) -> None:
    _text(path, [
        "Gloucestershire Constabulary\nInformation Access Team, No. 1 Waterwells, Gloucester GL2 2AN",
        "Request reference: GC-FOI-2016-0188\n4 March 2016",
        "Dear Mr Okoro",
        ("The number of RSOs whose whereabouts are unknown is currently 2 (data extracted on 2 March 2016). "
        "Gloucestershire Constabulary manages just over 600 registered sex offenders."),
        dynamic(2),
        complaints("the Information Access Team", 0),
        "Helen Brackenbury\nInformation Access Officer\nGloucestershire Constabulary",
    ])


@case("D&C percent.txt", "a share of the caseload first: 'Less than 1% of the 2,100 RSOs ... 9 individuals'",
      T("Devon & Cornwall Police", "answered", 9, "2016-02-26", E(None, 9)))
def percent(path: Path) -> None:
    _text(path, [
        "Devon & Cornwall Police\nFreedom of Information, Middlemoor, Exeter EX2 7HQ",
        "Ref: DC/FOI/16/0302\n1 March 2016",
        "Dear Mr Okoro",
        ("Less than 1% of the 2,100 RSOs we manage - 9 individuals - are currently wanted because their "
        "whereabouts are unknown. This was correct as at 26 February 2016."),
        dynamic(1),
        complaints("Freedom of Information, Middlemoor", 1),
        "Yours sincerely\n\nDisclosure Officer\nDevon & Cornwall Police",
    ])


@case("lancs pnc.txt", "a bigger figure for everyone wanted on PNC, then the 4 who are RSOs",
      T("Lancashire Constabulary", "answered", 4, "2016-03-01", E(None, 4)))
def pnc_people(path: Path) -> None:
    _text(path, [
        "LANCASHIRE CONSTABULARY\nInformation Management Unit, Saunders Lane, Hutton, Preston PR4 5SB",
        "Our Ref: LC-2016-0233\nDate: 02/03/2016",
        ("There are currently 312 people shown as wanted on the Police National Computer for Lancashire "
        "Constabulary, of whom 4 are registered sex offenders whose whereabouts are unknown. The position is "
        "as at 1 March 2016."),
        dynamic(1),
        complaints("the Information Management Unit", 0),
        "Yours sincerely\n\nKaren Lomax\nFreedom of Information Officer\nLancashire Constabulary",
    ])


@case("less than five.txt", "'Fewer than five RSOs' as the whole answer",
      T("Cleveland Police", "answered", (1, 4), "2016-02-29", {"since": None, "low": 1, "high": 4,
                                                                 "status": "wanted"}))
def fewer_than_five(path: Path) -> None:
    _text(path, [
        "Cleveland Police\nInformation Rights Unit, Ladgate Lane, Middlesbrough TS8 9EH",
        "Our ref: CP-FOI-2016-0141\n2 March 2016",
        "Dear Mr Okoro",
        ("As at 29 February 2016, fewer than five RSOs were recorded as wanted by Cleveland Police because "
        "their whereabouts are unknown. The exact number is withheld under section 40(2), as it could identify "
        "the individuals concerned."),
        dynamic(1),
        complaints("the Information Rights Unit", 1),
        "J. Stainsby\nInformation Rights Officer\nCleveland Police",
    ])


# ---------------------------------------------------------------------------------------------------------
# Tables with unusual headers
# ---------------------------------------------------------------------------------------------------------


@case("Beds FOI 0199-16.csv", "individuals with 'Date circulated on PNC' and a 'Believed location' naming a country",
      T("Bedfordshire Police", "answered", 4, "2016-02-26", E("2010-05-14", 1), E("2012-11-02", 1),
        E("2014-07-21", 1, "believed_abroad"), E("2015-12-09", 1)))
def pnc_table(path: Path) -> None:
    write_csv(path, [
        ["Bedfordshire Police FOI BED/FOI/0199/16"],
        ["RSOs wanted - whereabouts unknown. Position at 26/02/2016"],
        [],
        ["Ref", "Date circulated on PNC", "Offence type", "Believed location"],
        ["B1", "14/05/2010", "Sexual assault", "Not known"],
        ["B2", "02/11/2012", "Indecent images", "UK"],
        ["B3", "21/07/2014", "Rape", "Spain"],
        ["B4", "09/12/2015", "Exposure", "Not known"],
    ])


@case("Cheshire absconders.xlsx", "an 'Absconded' column of Mon-YY text, total an unevaluated formula",
      T("Cheshire Constabulary", "answered", 3, "2016-03-01", E("2011-03", 1), E("2013-10", 1), E("2015-06", 1)))
def absconded(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Absconders"
    ws["A1"] = "Cheshire Constabulary - FOI 5123"
    ws["A2"] = "Registered sex offenders - whereabouts unknown (wanted). Data as at 01/03/2016"
    ws.append([])
    ws.append(["Nominal", "Absconded", "Risk"])
    for ref, when, risk in (("C-1", "Mar-11", "High"), ("C-2", "Oct-13", "Medium"), ("C-3", "Jun-15", "Low")):
        ws.append([ref, when, risk])
    ws.append(["Total", "=COUNTA(B5:B7)"])
    save_xlsx(wb, path, dt.datetime(2016, 3, 2, 9, 0), "Cheshire Constabulary")


@case("Essex RSO status.csv", "a 'Status' table: Wanted 5, Missing 2, Total 7 (the answer is wanted + missing)",
      T("Essex Police", "answered", 7, "2016-03-01", E(None, 5), E(None, 2, "missing")))
def status_table(path: Path) -> None:
    write_csv(path, [
        ["Essex Police - Freedom of Information request 2016/0420"],
        ["Registered sex offenders whose whereabouts are unknown, as at 01/03/2016"],
        [],
        ["Status", "Number"],
        ["Wanted", "5"],
        ["Missing", "2"],
        ["Total", "7"],
    ])


@case("GMP statistics.xlsx", "a compliance statistics table: Wanted 12, Missing 0 among compliant/custody rows",
      T("Greater Manchester Police", "answered", 12, "2016-03-01", E(None, 12)))
def statistics_table(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "RSO statistics"
    ws["A1"] = "Greater Manchester Police - FOI 2016-0312"
    ws["A2"] = "Registered sex offender statistics as at 01/03/2016"
    ws.append([])
    ws.append(["Status", "Number"])
    for label, n in (("Compliant", 3180), ("In custody", 265), ("Wanted", 12), ("Missing", 0),
                     ("Total managed", 3457)):
        ws.append([label, n])
    save_xlsx(wb, path, dt.datetime(2016, 3, 2, 11, 0), "GMP Information Rights")


@case("humberside breaches.xlsx", "years down, a 'Breaches' column beside the wanted column: only the wanted count",
      T("Humberside Police", "answered", 4, "2016-03-01", E("2012", 1), E("2014", 2), E("2015", 1)))
def breach_columns(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Data"
    ws["A1"] = "Humberside Police - FOI 2016/00233"
    ws["A2"] = "Figures correct as at 01/03/2016"
    ws.append([])
    ws.append(["Year", "Breaches of notification requirements", "RSOs wanted (whereabouts unknown)"])
    for year, breaches, wanted in ((2012, 41, 1), (2013, 38, 0), (2014, 52, 2), (2015, 47, 1)):
        ws.append([year, breaches, wanted])
    save_xlsx(wb, path, dt.datetime(2016, 3, 2, 10, 0), "Humberside Police")


@case("leics financial years.csv", "financial years ('2010/11') as the 'year went missing'",
      T("Leicestershire Police", "answered", 6, "2016-02-29", E("FY2010/11", 2), E("FY2012/13", 1),
        E("FY2014/15", 3)))
def financial_years_table(path: Path) -> None:
    write_csv(path, [
        ["Leicestershire Police FOI 0311/16"],
        ["Registered sex offenders wanted (whereabouts unknown) as at 29/02/2016"],
        [],
        ["Financial year went missing", "Number"],
        ["2010/11", "2"],
        ["2012/13", "1"],
        ["2014/15", "3"],
        ["Total", "6"],
    ])


@case("Notts snapshots.csv", "a series of snapshot dates with the count on each: only the latest is the answer",
      T("Nottinghamshire Police", "answered", 16, "2016-02-29", E(None, 16)))
def snapshots(path: Path) -> None:
    write_csv(path, [
        ["Nottinghamshire Police FOI F-2016-00140"],
        ["Registered sex offenders recorded as wanted - whereabouts unknown, month-end figures"],
        [],
        ["Date", "Number of RSOs wanted"],
        ["31/12/2015", "17"],
        ["31/01/2016", "15"],
        ["29/02/2016", "16"],
    ])


@case("norfolk html table.eml", "HTML-only Outlook mail (windows-1252); the answer in a Question | Response table",
      T("Norfolk Constabulary", "answered", 2, "2016-03-01", E("2013-06", 1), E("2016-01", 1)))
def html_mail(path: Path) -> None:
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><p class=MsoNormal>Dear Mr Okoro,</p>
<p class=MsoNormal>Norfolk Constabulary \u2013 Freedom of Information request FOI 000318/16.</p>
<p class=MsoNormal>Please find our response below. Data as at 01/03/2016.</p>
<table border=1 cellpadding=4>
<tr><td><b>Question</b></td><td><b>Response</b></td></tr>
<tr><td>Number of registered sex offenders currently wanted as whereabouts unknown</td><td>2</td></tr>
<tr><td>Date(s) wanted from</td><td>June 2013; January 2016</td></tr>
</table>
<p class=MsoNormal>""" + dynamic(1) + """</p>
<p class=MsoNormal>Regards<br>Sam Cullum<br>Freedom of Information Decision Maker<br>Norfolk Constabulary</p>
</body></html>"""
    _mail(path, "Norfolk Constabulary FOI <foi@norfolk.pnn.police.uk>", "FOI 000318/16",
          at(dt.date(2016, 3, 3), 9, 12), "", html=html, charset="windows-1252")


@case("RE FOI 2016-0501.eml", "'please see attached': a CSV of categories (UK 3, believed abroad 1, total 4)",
      T("Avon and Somerset Constabulary", "answered", 4, "2016-03-01", E(None, 3), E(None, 1, "believed_abroad")))
def attached_categories(path: Path) -> None:
    rows = [["Avon and Somerset Constabulary FOI 2016/0501 - figures as at 01/03/2016"], [],
            ["Category", "Number"],
            ["Wanted - whereabouts unknown (UK)", "3"],
            ["Wanted - believed abroad", "1"],
            ["Total", "4"]]
    tmp = path.with_suffix(".tmp.csv")
    write_csv(tmp, rows)
    data = tmp.read_bytes()
    tmp.unlink()
    body = "Dear Sam Okoro,\n\nPlease see attached.\n\nRegards\nInformation Rights Team\nAvon and Somerset Constabulary\n"
    _mail(path, "FOI <foi@avonandsomerset.police.uk>", "RE: FOI 2016/0501", at(dt.date(2016, 3, 4), 14, 3), body,
          attach=(data, "text", "csv", "FOI 2016-0501.csv"))


# ---------------------------------------------------------------------------------------------------------
# Dates in unusual forms
# ---------------------------------------------------------------------------------------------------------


@case("surrey fy prose.txt", "financial years in prose ('two in 2010/11, one in 2013-14 and three in 2015-16')",
      T("Surrey Police", "answered", 6, "2016-03-01", E("FY2010/11", 2), E("FY2013/14", 1), E("FY2015/16", 3)))
def financial_years_prose(path: Path) -> None:
    _text(path, [
        "Surrey Police\nInformation Access, Mount Browne, Sandy Lane, Guildford GU3 1HG",
        "Reference No: FOI 212/2015-2016\nDate of response: 3 March 2016",
        "Dear Mr Okoro,",
        ("As at 1 March 2016 there were 6 registered sex offenders recorded as wanted because their whereabouts "
        "are unknown. Of these, two were first circulated in 2010/11, one in 2013-14 and three in 2015-16 "
        "(financial years)."),
        dynamic(1),
        complaints("Information Access", 0),
        "Louise Hart\nInformation Access Officer\nSurrey Police",
    ])


@case("essex dates list.eml", "a bulleted list of bare dates under 'Dates first wanted:'",
      T("Essex Police", "answered", 3, "2016-03-02", E("2009-02-14", 1), E("2013-11-03", 1), E("2015-06-27", 1)))
def bare_date_bullets(path: Path) -> None:
    body = """Dear Sam Okoro,

Freedom of Information Request Reference No: FOI 2016/0533

As at 2 March 2016 Essex Police has three registered sex offenders wanted because their whereabouts are unknown.

Dates first wanted:
\u2022 14/02/2009
\u2022 03/11/2013
\u2022 27/06/2015

""" + dynamic(1) + """

Andrew Pike
Freedom of Information Decision Maker
Information Rights Team, Essex Police
"""
    _mail(path, "Essex Police FOI <foi@essex.pnn.police.uk>", "FOI 2016/0533", at(dt.date(2016, 3, 3), 8, 55), body)


@case("norfolk no year.txt", "'One went missing in August and the other in December 2015' (August: no year)",
      T("Norfolk Constabulary", "answered", 2, "2016-03-03", E("2015-08", 1), E("2015-12", 1)))
def month_no_year(path: Path) -> None:
    _text(path, [
        "Norfolk Constabulary\nInformation Management Department, Wymondham NR18 0WW",
        "FOI reference: FOI 000402/16\n4 March 2016",
        "Dear Mr Okoro,",
        ("Norfolk Constabulary has two RSOs currently wanted because their whereabouts are not known. One went "
        "missing in August and the other in December 2015. This information is correct as at 03/03/2016."),
        dynamic(1),
        "Sam Cullum\nFreedom of Information Decision Maker\nNorfolk Constabulary",
    ])


@case("derbys shorthand.txt", "counts by year in shorthand ('2009 x1, 2013 x2, 2015 x1')",
      T("Derbyshire Constabulary", "answered", 4, "2016-03-01", E("2009", 1), E("2013", 2), E("2015", 1)))
def shorthand(path: Path) -> None:
    _text(path, [
        "Derbyshire Constabulary\nFreedom of Information Unit, Butterley Hall, Ripley DE5 3RS",
        "Our ref: 000612/16\n2 March 2016",
        "Dear Mr Okoro,",
        ("There are four registered sex offenders wanted because their whereabouts are unknown (as at 1 March "
        "2016). Years first wanted: 2009 x1, 2013 x2, 2015 x1."),
        dynamic(2),
        "Claire Wainwright\nFreedom of Information Officer\nDerbyshire Constabulary",
    ])


# ---------------------------------------------------------------------------------------------------------
# Outcomes other than a number, and figures that are not the answer
# ---------------------------------------------------------------------------------------------------------


@case("dorset none of.txt", "'None of the registered sex offenders ... is currently recorded as wanted'",
      T("Dorset Police", "answered", 0, "2016-03-01"))
def none_of_the(path: Path) -> None:
    _text(path, [
        "Dorset Police\nForce Headquarters, Winfrith, Dorchester DT2 8DZ",
        "Dorset Police FOI reference 2016-0144\n2 March 2016",
        "Dear Mr Okoro",
        ("As at 1 March 2016, none of the registered sex offenders managed by Dorset Police is recorded as "
        "wanted because his or her whereabouts are unknown."),
        dynamic(2),
        "Regards\nBeth Lanning\nFreedom of Information Officer\nDorset Police",
    ])


@case("kent hold no.eml", "'We hold no RSOs who ...' is a nil return, not 'not held'",
      T("Kent Police", "answered", 0, "2016-03-01"))
def hold_no(path: Path) -> None:
    body = """Dear Mr Okoro

Our reference: KP/FOI/16/0311

We hold no RSOs who are currently wanted because their whereabouts are unknown (as at 1 March 2016).

""" + complaints("the Freedom of Information Office", 2) + """

Kent Police Freedom of Information Office
"""
    _mail(path, "Kent Police FOI <foi@kent.pnn.police.uk>", "FOI KP/FOI/16/0311", at(dt.date(2016, 3, 2), 11, 30),
          body)


@case("WYP refusal national.pdf", "a s31/s40 refusal quoting a national figure ('around 400 ... across the UK')",
      T("West Yorkshire Police", "refused", None, None))
def refusal_national(path: Path) -> None:
    blocks = [
        ("h", "West Yorkshire Police"),
        ("small", ["Freedom of Information Team", "PO Box 9, Laburnum Road, Wakefield WF1 3QP"]),
        ("lines", ["Our reference: FOI/2016/00233", "Date: 7 March 2016"]),
        ("p", f"Dear {REQUESTER_NAME},"),
        ("p", "You asked:"),
        ("q", QUESTION),
        ("b", "Decision"),
        ("p", ("West Yorkshire Police has decided to withhold this information. It is exempt under section 31(1)(a) "
              "and (b) (law enforcement) and section 40(2) (personal information).")),
        ("p", ("For context, the National Crime Agency has reported that around 400 registered sex offenders were "
              "wanted across the UK in 2015 because their whereabouts were unknown.")),
        ("p", ("Publishing a figure for West Yorkshire alone, with the dates, would show where enquiries are "
              "weakest. The public interest favours withholding it.")),
        ("p", complaints("the Freedom of Information Team", 0)),
        ("lines", ["Yours sincerely", "", "Disclosure Officer", "West Yorkshire Police"]),
    ]
    write_pdf(path, blocks, title="FOI/2016/00233", author="West Yorkshire Police")


@case("durham comparison.txt", "this year's figure, then last year's for comparison",
      T("Durham Constabulary", "answered", 5, "2016-03-01", E(None, 5)))
def last_year(path: Path) -> None:
    _text(path, [
        "Durham Constabulary\nFreedom of Information Unit, Aykley Heads, Durham DH1 5TT",
        "Request Number: DC/FOI/0233/16\n3 March 2016",
        "Dear Mr Okoro",
        ("As at 1 March 2016, 5 registered sex offenders were recorded as wanted because their whereabouts are "
        "unknown. When we answered the same question last year, 8 registered sex offenders were wanted."),
        dynamic(1),
        "Michael Tindale\nDisclosure Officer\nDurham Constabulary",
    ])


@case("cumbria last year figure.txt", "'last year the figure was 9' beside this year's",
      T("Cumbria Constabulary", "answered", 7, "2016-03-01", E(None, 7)))
def last_year_figure(path: Path) -> None:
    _text(path, [
        "CUMBRIA CONSTABULARY - Freedom of Information\nCarleton Hall, Penrith CA10 2AU",
        "Ref: FOI-2016-0102\n2 March 2016",
        ("Answer: as at 1 March 2016, seven registered sex offenders were wanted because their whereabouts are "
        "unknown. Last year the figure was 9."),
        dynamic(1),
        "L. Atkinson\nFreedom of Information Officer\nCumbria Constabulary",
    ])


@case("merseyside three questions.txt", "three numbered answers: managed 1,234; wanted 7; breaches 55",
      T("Merseyside Police", "answered", 7, "2016-03-01", E(None, 7)))
def three_questions(path: Path) -> None:
    _text(path, [
        "Merseyside Police\nCorporate Information Unit, Canning Place, Liverpool L1 8JX",
        "FOI Reference: 2016/0388\nDate: 3 March 2016",
        "Figures as at 1 March 2016:",
        ("1. Total number of RSOs managed by the force: 1,234\n"
        "2. Number of RSOs currently wanted (whereabouts unknown): 7\n"
        "3. Number of breaches of notification requirements recorded in 2015: 55"),
        dynamic(1),
        "C. Okonkwo-Reid\nDisclosure Officer\nMerseyside Police",
    ])


@case("TVP questions.txt", "Question/Answer pairs on separate lines; only question 2 is about the missing",
      T("Thames Valley Police", "answered", 7, "2016-03-01", E(None, 7)))
def qa_several(path: Path) -> None:
    _text(path, [
        "Thames Valley Police\nInformation Access, Oxford Road, Kidlington OX5 2NX",
        "Our ref: FOI 0288/16\n3 March 2016",
        "Figures were taken on 1 March 2016.",
        "Question 1: How many registered sex offenders does the force currently manage?\nAnswer: 1,934",
        "Question 2: How many of these are wanted because their whereabouts are unknown?\nAnswer: 7",
        "Question 3: How many breaches of notification requirements were recorded in 2015?\nAnswer: 55",
        dynamic(1),
        "Imran Siddiqui\nInformation Access Officer\nThames Valley Police",
    ])


@case("TVP correction.txt", "a correction: 'two have since been located, the figure is now 3'",
      T("Thames Valley Police", "answered", 3, "2016-03-10", E(None, 3)))
def correction(path: Path) -> None:
    _text(path, [
        "Thames Valley Police\nInformation Access, Oxford Road, Kidlington OX5 2NX",
        "Our ref: FOI 0301/16\n10 March 2016",
        "Correction to our response of 3 March 2016",
        ("Our original response stated that 5 registered sex offenders were wanted because their whereabouts "
        "were unknown. Since that response was sent, two of these individuals have been located, and the "
        "figure is now 3 as at 10 March 2016. We apologise for any inconvenience."),
        "Imran Siddiqui\nInformation Access Officer\nThames Valley Police",
    ])


@case("sussex traced.txt", "'Of the 9 ... circulated as wanted during 2015, 6 have since been traced; 3 remain "
      "outstanding'", T("Sussex Police", "answered", 3, "2016-03-01", E(None, 3)))
def no_longer_wanted(path: Path) -> None:
    _text(path, [
        "Sussex Police\nInformation Access Team, Church Lane, Lewes BN7 2DZ",
        "Our ref: FOI 2016/0301\n2 March 2016",
        "Dear Requester,",
        ("Of the 9 registered sex offenders circulated as wanted during 2015, 6 have since been traced and are "
        "no longer wanted; 3 remain outstanding and their whereabouts are unknown (as at 1 March 2016)."),
        dynamic(1),
        "Daniel Okafor\nFreedom of Information Decision Maker\nSussex Police",
    ])


@case("warks believed dead.txt", "one of the seven believed to have died, still circulated",
      T("Warwickshire Police", "answered", 7, "2016-03-01", E(None, 7)))
def believed_dead(path: Path) -> None:
    _text(path, [
        "Warwickshire Police\nInformation Compliance Unit, PO Box 55, Worcester WR3 8SP",
        "Reference No: WK-FOI-2016-0210\nDate: 2 March 2016",
        ("As at 1 March 2016, Warwickshire Police has seven RSOs circulated as wanted because their whereabouts "
        "are unknown. One of the seven is believed to have died, but remains circulated until this is "
        "confirmed."),
        dynamic(1),
        "Peter Lowe\nDisclosure Officer\nWarwickshire Police",
    ])


@case("gwent cymraeg.eml", "a short reply in Welsh only ('chwe throseddwr')",
      T("Gwent Police", "answered", 6, "2016-03-02", E(None, 6)))
def welsh_only(path: Path) -> None:
    body = """Annwyl Sam Okoro,

Cais Rhyddid Gwybodaeth 2016/0177

Ar 2 Mawrth 2016 roedd chwe throseddwr rhyw cofrestredig yn eisiau gan nad yw'n hysbys ble maen nhw.

Yn gywir,

Rhys Morgan
Swyddog Rhyddid Gwybodaeth
Heddlu Gwent
"""
    _mail(path, "Heddlu Gwent <foi@gwent.pnn.police.uk>", "Cais 2016/0177", at(dt.date(2016, 3, 3), 9, 30), body)


@case("humberside ncnd.txt", "'can neither confirm nor deny' (s31(3), s40(5)) with the caseload mentioned",
      T("Humberside Police", "ncnd", None, None))
def ncnd_variant(path: Path) -> None:
    _text(path, [
        "Humberside Police\nInformation Compliance & Disclosure, Priory Road, Hull HU5 5SF",
        "Our reference: HP/FOI/16/0211\n4 March 2016",
        "Dear Mr Okoro",
        ("Humberside Police manages over 1,000 registered sex offenders. In respect of your request, Humberside "
        "Police can neither confirm nor deny whether it holds the information, by virtue of sections 31(3) "
        "and 40(5) of the Act."),
        complaints("Information Compliance & Disclosure", 1),
        "Chris Dunmore\nInformation Access Officer\nHumberside Police",
    ])


@case("D&C goodwill.pdf", "a s12 refusal for the dates with a goodwill figure: partial, eleven",
      T("Devon & Cornwall Police", "partial", 11, "2016-02-29", E(None, 11)))
def goodwill(path: Path) -> None:
    blocks = [
        ("h", "Devon & Cornwall Police"),
        ("small", ["Freedom of Information", "Middlemoor, Exeter EX2 7HQ"]),
        ("lines", ["Ref: DC/FOI/16/0340", "4 March 2016"]),
        ("p", f"Dear {REQUESTER_NAME},"),
        ("p", ("Providing the date on which each offender went missing would exceed the appropriate limit under "
              "section 12, as each case file would have to be read by hand.")),
        ("p", ("However, as a gesture of goodwill, we can tell you that eleven RSOs were wanted as their "
              "whereabouts were unknown on 29 February 2016.")),
        ("p", complaints("Freedom of Information, Middlemoor", 1)),
        ("lines", ["Yours sincerely", "", "Disclosure Officer", "Devon & Cornwall Police"]),
    ]
    write_pdf(path, blocks, title="DC/FOI/16/0340", author="Devon & Cornwall Police")


@case("scotland foisa partial.pdf", "Police Scotland: a figure, details withheld under s38(1)(b) FOISA",
      T("Police Service of Scotland", "partial", 9, "2016-03-01", E(None, 9)))
def scotland_partial(path: Path) -> None:
    blocks = [
        ("h", "Police Scotland"),
        ("small", ["Information Management", "Clyde Gateway, 2 French Street, Glasgow G40 4EH"]),
        ("lines", ["Our reference: IM-FOI-2016-0422", "Date: 4 March 2016"]),
        ("p", "Dear Requester"),
        ("p", ("As at 1 March 2016, 9 registered sex offenders were recorded as wanted by Police Scotland because "
              "their whereabouts are unknown. Details of the individuals, including the dates, are withheld under "
              "section 38(1)(b) of FOISA (personal information).")),
        ("p", ("If you are dissatisfied you may request a review under section 20(1) of FOISA within 40 working "
              "days, and afterwards apply to the Scottish Information Commissioner under section 47(1).")),
        ("lines", ["Yours sincerely", "", "Disclosure Officer", "Information Management - Glasgow"]),
    ]
    write_pdf(path, blocks, title="IM-FOI-2016-0422", author="Police Scotland")


@case("north wales table.pdf", "a PDF table of individuals whose dates are year-only with a 'Yrs outstanding' column",
      T("North Wales Police", "answered", 3, "2016-03-01", E("2008", 1), E("2012", 1), E("2015", 1)))
def years_table_pdf(path: Path) -> None:
    rows = [["Ref", "Year wanted", "Yrs outstanding", "Risk level"],
            ["NW-1", "2008", "7", "High"], ["NW-2", "2012", "3", "Medium"], ["NW-3", "2015", "1", "Low"]]
    blocks = [
        ("h", "Heddlu Gogledd Cymru / North Wales Police"),
        ("lines", ["Cyfeirnod / Reference: FOI 0201-16", "Dyddiad / Date: 03/03/2016"]),
        ("p", ("As at 1 March 2016 three registered sex offenders were wanted because their whereabouts were "
              "unknown. See the table:")),
        ("table", table_flow(rows)),
        ("p", dynamic(1)),
        ("lines", ["Yn gywir / Yours sincerely", "", "Owain Parry", "Decision Maker", "North Wales Police"]),
    ]
    write_pdf(path, blocks, title="FOI 0201-16", author="North Wales Police")


@case("wiltshire log.html", "a disclosure-log page with busy sidebars; the answer in a sentence",
      T("Wiltshire Police", "answered", 3, "2016-03-01", E("2012", 1), E("2014", 1), E("2015", 1)))
def disclosure_page(path: Path) -> None:
    path.write_text("""<!DOCTYPE html><html><head><title>FOI 2016-0303 Sex offenders whose whereabouts are unknown | Wiltshire Police</title></head>
<body><div class="cookie-banner">We use 3 cookies. <a href="#">Accept</a></div>
<nav><ul><li>Home</li><li>Report</li><li>Latest: 45 arrests in drugs operation</li></ul></nav>
<main><h1>FOI 2016-0303 Sex offenders whose whereabouts are unknown</h1>
<p>Date published: 04/03/2016</p>
<h2>Request</h2><p>How many registered sex offenders are wanted because their whereabouts are unknown?</p>
<h2>Response</h2>
<p>As at 1 March 2016 Wiltshire Police had three registered sex offenders wanted as their whereabouts were unknown, first circulated in 2012, 2014 and 2015 respectively.</p>
<p>Wiltshire manages some 780 registered sex offenders.</p></main>
<aside class="sidebar"><h3>Most requested</h3><p>Number of police officers: 1,020</p></aside>
<footer>Wiltshire Police, London Road, Devizes SN10 2DN. Call 101.</footer></body></html>
""", encoding="utf-8")


@case("joint norfolk suffolk.txt", "one letter for two forces, each with its own figure",
      T("Norfolk Constabulary", "answered", 2, "2016-03-01", E("2014", 1), E("2015", 1)),
      T("Suffolk Constabulary", "answered", 1, "2016-03-01", E("2013", 1)))
def joint(path: Path) -> None:
    _text(path, [
        "Norfolk and Suffolk Constabularies\nJoint Information Management Department, Wymondham NR18 0WW",
        "Our ref: NS-FOI-2016-0150\n3 March 2016",
        "Dear Mr Okoro,",
        "Your request was sent to both forces and is answered here for each. Figures are as at 1 March 2016.",
        "Norfolk Constabulary",
        ("Norfolk Constabulary has two registered sex offenders wanted because their whereabouts are unknown. "
        "One went missing in 2014 and the other in 2015."),
        "Suffolk Constabulary",
        ("Suffolk Constabulary has one registered sex offender wanted because his whereabouts are unknown. He "
        "went missing in 2013."),
        dynamic(1),
        "Freedom of Information Decision Maker\nJoint Information Management Department",
    ])


@case("btp relayed.eml", "not held, relaying another force's figure as context",
      T("British Transport Police", "not_held", None, None))
def not_held_relay(path: Path) -> None:
    body = """Dear Sam Okoro,

Our reference: FOI/2016/211

British Transport Police does not hold this information: territorial forces manage registered sex offenders. By way of help, the Metropolitan Police Service published in 2015 that 167 registered sex offenders were wanted in London because their whereabouts were unknown.

""" + complaints("the Freedom of Information Unit", 1) + """

Mark Ellison
Freedom of Information Officer
British Transport Police
"""
    _mail(path, "BTP FOI <foi@btp.pnn.police.uk>", "FOI/2016/211", at(dt.date(2016, 3, 1), 16, 20), body)


# ---------------------------------------------------------------------------------------------------------
# Second round: shapes aimed at the rules the first round needed
# ---------------------------------------------------------------------------------------------------------


@case("WMP qa subset.eml", "Q&A where a later question asks about a subset ('How many of these have been missing "
      "for more than five years?')", T("West Midlands Police", "answered", 9, "2016-03-01", E(None, 9)))
def qa_subset(path: Path) -> None:
    body = """Dear Sam Okoro,

Re: Freedom of Information request WMP/FOI/0233/16. Figures as at 1 March 2016.

Q1 How many registered sex offenders are wanted because their whereabouts are unknown?
A1 9

Q2 How many of these have been missing for more than five years?
A2 4

Q3 How many of these are believed to be abroad?
A3 Fewer than 5

Kind regards
Freedom of Information Officer
West Midlands Police
"""
    _mail(path, "WMP FOI <foi@west-midlands.pnn.police.uk>", "FOI WMP/FOI/0233/16", at(dt.date(2016, 3, 2), 9, 0),
          body)


@case("Herts status column.csv", "a table of individuals whose 'Status' column says some have been located",
      T("Hertfordshire Constabulary", "answered", 2, "2016-03-01", E("2012-04-11", 1), E("2015-09-30", 1)))
def status_column(path: Path) -> None:
    write_csv(path, [
        ["Hertfordshire Constabulary FOI HC/FOI/2016/00601 - RSOs circulated as wanted, as at 01/03/2016"],
        ["Ref", "Date wanted", "Status"],
        ["H1", "11/04/2012", "Wanted"],
        ["H2", "02/02/2014", "Located 14/01/2016"],
        ["H3", "30/09/2015", "Wanted"],
    ])


@case("Kent date located.xlsx", "individuals with a 'Date located' column: the located are no longer missing",
      T("Kent Police", "answered", 2, "2016-03-01", E("2011-06-01", 1), E("2015-02-17", 1)))
def date_located(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "RSO"
    ws["A1"] = "Kent Police FOI KP/FOI/16/0402 - RSOs wanted since 2011; figures as at 01/03/2016"
    ws.append([])
    ws.append(["Ref", "Date wanted", "Date located"])
    for row in (("K1", dt.date(2011, 6, 1), None), ("K2", dt.date(2013, 8, 8), dt.date(2015, 12, 1)),
                ("K3", dt.date(2015, 2, 17), None)):
        ws.append(list(row))
    save_xlsx(wb, path, dt.datetime(2016, 3, 2, 9, 0), "Kent Police")


@case("avon between years.txt", "'One went missing between 2014 and 2015, the other in 2011'",
      T("Avon and Somerset Constabulary", "answered", 2, "2016-03-01", {"since": "2014", "since_latest": "2015-12-31",
                                                                          "count": 1, "status": "wanted"},
        E("2011", 1)))
def between_years(path: Path) -> None:
    _text(path, [
        "Avon and Somerset Constabulary\nInformation Disclosure Team, PO Box 37, Portishead BS20 8QJ",
        "Our reference: 0612/16\nDate: 3 March 2016",
        ("As at 1 March 2016 there are two registered sex offenders wanted because their whereabouts are unknown. "
        "One went missing between 2014 and 2015, the other in 2011."),
        dynamic(1),
        "Priya Halloran\nDisclosure Officer\nAvon and Somerset Constabulary",
    ])


@case("south yorks making.txt", "'Five ... at the start of the year and a further two ... making seven in total'",
      T("South Yorkshire Police", "answered", 7, "2016-03-01", E(None, 7)))
def making_total(path: Path) -> None:
    _text(path, [
        "South Yorkshire Police\nInformation Compliance Unit, Carbrook House, Sheffield S9 2EH",
        "FOI Reference: 20160303/FOI/0211\nDate: 3 March 2016",
        ("Five registered sex offenders were wanted because their whereabouts were unknown at the start of the "
        "year, and a further two have been circulated as wanted since then, making seven in total as at "
        "1 March 2016."),
        dynamic(1),
        "H. Gledhill\nInformation Compliance Officer\nSouth Yorkshire Police",
    ])


@case("cleveland one record.csv", "a one-record table: 'RSOs wanted | Of which believed abroad' over '4 | 1'",
      T("Cleveland Police", "answered", 4, "2016-03-01", E(None, 3), E(None, 1, "believed_abroad")))
def one_record(path: Path) -> None:
    write_csv(path, [
        ["Cleveland Police FOI CP-FOI-2016-0199. Data as at 01/03/2016"],
        [],
        ["RSOs wanted (whereabouts unknown)", "Of which believed abroad"],
        ["4", "1"],
    ])


@case("dyfed divisions.txt", "counts by division before the total ('Carmarthenshire 3, Powys 2 ... In total, 6')",
      T("Dyfed-Powys Police", "answered", 6, "2016-03-01", E(None, 6)))
def divisions(path: Path) -> None:
    _text(path, [
        "Dyfed-Powys Police\nPolice Headquarters, PO Box 99, Llangunnor, Carmarthen SA31 2PF",
        "Reference: DPP/2016/188\nDate: 03/03/2016",
        "Dear Requester,",
        ("By division: Carmarthenshire 3, Powys 2, Ceredigion 1, Pembrokeshire 0. In total, 6 registered sex "
        "offenders are wanted because their whereabouts are unknown (as at 1 March 2016)."),
        dynamic(1),
        "Gwenllian Hughes\nFreedom of Information Officer\nDyfed-Powys Police",
    ])


@case("mercia alliance sentence.txt", "the force's own figure in a sentence that also names its alliance partner",
      T("West Mercia Police", "answered", 3, "2016-03-01", E(None, 3)))
def alliance_sentence(path: Path) -> None:
    _text(path, [
        "West Mercia Police\nInformation Compliance Unit, Hindlip Hall, Worcester WR3 8SP",
        "Reference No: WM-FOI-2016-0301\nDate: 3 March 2016",
        ("West Mercia Police, which shares an offender management unit with Warwickshire Police, has 3 registered "
        "sex offenders recorded as wanted because their whereabouts are unknown (as at 1 March 2016)."),
        dynamic(1),
        "Peter Lowe\nDisclosure Officer\nWest Mercia Police",
    ])


@case("met risen from.txt", "'has risen from 150 to 158' with no other statement of the figure",
      T("Metropolitan Police Service", "answered", 158, "2016-03-01", E(None, 158)))
def risen_from(path: Path) -> None:
    _text(path, [
        "Metropolitan Police Service\nPublic Access Office, PO Box 57192, London SW6 1SF",
        "Freedom of Information Request Reference No: 2016030000211\nDate: 3 March 2016",
        ("Since our last published figure, the number of registered sex offenders whose whereabouts are unknown "
        "has risen from 150 to 158 (as at 1 March 2016)."),
        dynamic(1),
        "P. Adebayo\nInformation Manager, Public Access Office\nMetropolitan Police Service",
    ])


@case("city answer bracket.txt", "'Answer: 5 (five)' under a question about the missing",
      T("City of London Police", "answered", 5, "2016-03-01", E(None, 5)))
def answer_bracket(path: Path) -> None:
    _text(path, [
        "City of London Police\nInformation Access Office, Guildhall Yard East, London EC2V 5AE",
        "City of London Police FOI CoLP/FOI/16/0099\n3 March 2016",
        "Question: How many registered sex offenders are currently wanted as their whereabouts are not known?",
        "Answer: 5 (five), as at 1 March 2016.",
        "Information Access Office\nCity of London Police",
    ])


@case("northants key dates.eml", "bulleted dates that are not people (the request's own dates) beside a total",
      T("Northamptonshire Police", "answered", 2, "2016-03-01", E(None, 2)))
def key_dates(path: Path) -> None:
    body = """Dear Sam Okoro,

Reference No: F-2016-00455

Key dates in the handling of your request:
\u2022 15/02/2016
\u2022 03/03/2016

As at 1 March 2016 Northamptonshire Police had two registered sex offenders wanted because their whereabouts are unknown. The dates on which they went missing are not held in a reportable form.

Freedom of Information Officer
Northamptonshire Police
"""
    _mail(path, "Northamptonshire Police FOI <foi@northants.pnn.police.uk>", "F-2016-00455",
          at(dt.date(2016, 3, 3), 10, 0), body)


# ---------------------------------------------------------------------------------------------------------
# Building, reading and classifying
# ---------------------------------------------------------------------------------------------------------


def build(outdir: Path) -> list[dict]:  # type: ignore[type-arg]
    """Write every reply into OUTDIR/replies/ and the truth into OUTDIR/truth.json; returns the truth."""
    folder = outdir / "replies"
    folder.mkdir(parents=True, exist_ok=True)
    truth = []
    names = [c.file for c in CASES]
    if len(set(names)) != len(names):
        raise SystemExit("a red-team file name is used twice")
    for c in CASES:
        c.build(folder / c.file)
        truth.append({"file": c.file, "why": c.why, "replies": c.truth})
    (outdir / "truth.json").write_text(json.dumps(truth, indent=1) + "\n", encoding="utf-8")
    return truth


@dataclass
class Result:
    file: str
    force: str
    verdict: str  # RIGHT | FLAGGED | WRONG
    detail: str  # what differs, or the review reason


def _key(since: str | None, latest: str | None) -> str | None:
    return f"{since}~{latest[:7]}" if since and latest else since


def _fy(since: str) -> str:
    """'FY2010/11' as the range a financial year spans: '2010-04~2011-03'."""
    start = int(since[2:6])
    return f"{start}-04~{start + 1}-03"


def _entry_groups(entries: list[dict]) -> tuple[Counter, Counter]:  # type: ignore[type-arg]
    by_since: Counter = Counter()  # type: ignore[type-arg]
    by_status: Counter = Counter()  # type: ignore[type-arg]
    for e in entries:
        low, high = e.get("low", e.get("count")), e.get("high", e.get("count"))
        key = _key(e["since"], e.get("since_latest"))
        by_since[(key, "low")] += low
        by_since[(key, "high")] += high
        by_status[(e["status"], "low")] += low
        by_status[(e["status"], "high")] += high
    return by_since, by_status


def compare(reply: dict, truth: dict) -> list[str]:  # type: ignore[type-arg]
    """What a reply (Reply.to_dict()) gets wrong against its truth; empty when it matches."""
    problems = []
    if reply["force"] != truth["force"]:
        problems.append(f"force {reply['force']!r}, truth {truth['force']!r}")
    counted = {"answered", "partial"}
    same_kind = reply["status"] == truth["status"] or {reply["status"], truth["status"]} <= counted
    if not same_kind:
        problems.append(f"status {reply['status']}, truth {truth['status']}")
    got = (reply["missing_low"], reply["missing_high"])
    want = (truth["missing_low"], truth["missing_high"])
    if got != want:
        problems.append(f"missing {got}, truth {want}")
    if truth["status"] in counted and truth["entries"] is not None:
        expected = [dict(e) for e in truth["entries"]]
        got_entries = [
            {"since": e["since"], "since_latest": e.get("since_latest"), "status": e["status"], "low": e["count_low"],
             "high": e["count_high"]}
            for e in reply["entries"]
        ]
        undated = any(e["since"] is None for e in got_entries)
        for e in expected:
            if e["since"] and e["since"].startswith("FY"):
                # A financial year may be kept as its span, or honestly left undated: never as one year.
                e["since"] = None if undated else _fy(e["since"])
        if expected or got_entries:
            want_since, want_status = _entry_groups(expected)
            got_since, got_status = _entry_groups(got_entries)
            if +want_since != +got_since:
                problems.append(f"entries by date {_show(got_since)}, truth {_show(want_since)}")
            if +want_status != +got_status:
                problems.append(f"entries by status {_show(got_status)}, truth {_show(want_status)}")
    return problems


def _show(groups: Counter) -> str:  # type: ignore[type-arg]
    keys = sorted({k for k, _ in groups}, key=lambda k: str(k))
    parts = []
    for k in keys:
        low, high = groups[(k, "low")], groups[(k, "high")]
        parts.append(f"{k}:{low if low == high else f'{low}-{high}'}")
    return "{" + ", ".join(parts) + "}"


def classify(outdir: Path) -> list[Result]:
    """Read every red-team reply the way ingest does and judge it against its truth."""
    from foi_tally.goldens import read_fixture

    truth = json.loads((outdir / "truth.json").read_text(encoding="utf-8"))
    results = []
    for item in truth:
        replies = [r.to_dict() for r in read_fixture(outdir / "replies" / item["file"])]
        for want in item["replies"]:
            reply = next((r for r in replies if r["force"] == want["force"]), replies[0])
            problems = compare(reply, want)
            if reply["needs_review"]:
                verdict, detail = "FLAGGED", reply["review_reason"] or ""
                if not problems:
                    detail = "(right, but flagged) " + detail
            elif problems:
                verdict, detail = "WRONG", "; ".join(problems)
            else:
                verdict, detail = "RIGHT", ""
            results.append(Result(item["file"], want["force"], verdict, detail))
    return results


def table(results: list[Result]) -> str:
    counts = Counter(r.verdict for r in results)
    lines = [f"{r.verdict:8} {r.file:34.34} {r.detail}" for r in results]
    lines.append(f"RIGHT {counts['RIGHT']}  FLAGGED {counts['FLAGGED']}  WRONG {counts['WRONG']}  "
                 f"(of {len(results)} answers in {len({r.file for r in results})} files)")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    outdir = Path(argv[0])
    build(outdir)
    results = classify(outdir)
    print(table(results))
    return 1 if any(r.verdict == "WRONG" for r in results) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
