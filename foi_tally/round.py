"""The round robin as sent, and where each force stands against its statutory deadline.

The round is recorded in the store folder as `round.json`, beside the parsed
replies and never inside them, so it survives re-ingest: the request's
wording, the date it was sent and, per force, the date the force received it
(when that is not the day it was sent), clarifications (each restarts the
clock) and the force's own FOI reference from its acknowledgement.

A force's clock starts on its latest clarification, else the day it received
the request, else the day the round was sent. Its reply is due on the 20th
working day after that under the Act it answers to (`foi_tally.deadlines`).
Reply dates come from the stored records (email Date header or letter date).
A force with no reply is `outstanding` until the due date has passed, then
`overdue`, then `very_overdue` once it is more than 40 working days past its
due date (twice the time the Act allows, again). A force is never called late
on or before its due date.
"""

from __future__ import annotations

import csv
import io
import json
import re
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path

from foi_tally.deadlines import due_date, working_days_between
from foi_tally.forces import Force, lookup, round_robin_forces
from foi_tally.merge import tally
from foi_tally.overrides import Override
from foi_tally.records import Reply
from foi_tally.store import dumps, write_atomic

ROUND_FILE = "round.json"
ROUND_SCHEMA_VERSION = 1

#: Every state a force can be in, in the order they are summarised.
STATES = ("replied", "refused", "needs_review", "outstanding", "overdue", "very_overdue")

#: States of a force that has not replied; `chase` writes to the last two.
WAITING_STATES = ("outstanding", "overdue", "very_overdue")
LATE_STATES = ("overdue", "very_overdue")

#: Working days past the due date after which a missing reply is very overdue.
VERY_OVERDUE_WORKING_DAYS = 40

#: Reply statuses (records.STATUSES, merge overrides) -> round state. NCND is a refusal notice (s17).
_REPLY_STATES = {
    "answered": "replied",
    "partial": "replied",
    "not_held": "replied",
    "refused": "refused",
    "ncnd": "refused",
    "unknown": "needs_review",
}

#: Columns `round import` accepts; `force` is required, the others optional.
IMPORT_COLUMNS = ("force", "received", "clarified", "reference")

_UK_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


@dataclass(frozen=True)
class ForceRecord:
    """What the journalist recorded about one force's copy of the request."""

    received: date | None = None  # the force received the request on this day (default: the day sent)
    clarified: tuple[date, ...] = ()  # clarifications given; the latest restarts the clock
    reference: str | None = None  # the force's FOI reference, from its acknowledgement

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {}
        if self.received:
            data["received"] = self.received.isoformat()
        if self.clarified:
            data["clarified"] = [d.isoformat() for d in self.clarified]
        if self.reference:
            data["reference"] = self.reference
        return data

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> ForceRecord:
        received = data.get("received")
        clarified: list[object] = data.get("clarified") or []  # type: ignore[assignment]
        return cls(
            received=parse_date(str(received)) if received else None,
            clarified=tuple(sorted({parse_date(str(d)) for d in clarified})),
            reference=str(data["reference"]) if data.get("reference") else None,
        )


@dataclass(frozen=True)
class Round:
    """The request as sent to every force, and what was recorded per force since."""

    sent: date | None = None
    request: str = ""
    requester: str | None = None
    forces: dict[str, ForceRecord] = field(default_factory=dict)  # canonical force name -> record

    def record(self, force: Force) -> ForceRecord:
        return self.forces.get(force.name, ForceRecord())

    def with_record(self, force: Force, record: ForceRecord) -> Round:
        forces = dict(self.forces)
        if record == ForceRecord():
            forces.pop(force.name, None)
        else:
            forces[force.name] = record
        return replace(self, forces=forces)

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "schema_version": ROUND_SCHEMA_VERSION,
            "sent": self.sent.isoformat() if self.sent else None,
            "request": self.request,
            "forces": {name: rec.to_dict() for name, rec in sorted(self.forces.items())},
        }
        if self.requester:
            data["requester"] = self.requester
        return data

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Round:
        forces = {}
        for name, rec in (data.get("forces") or {}).items():  # type: ignore[union-attr]
            force = lookup(name)
            if force is None:
                raise ValueError(f"{ROUND_FILE}: unknown force {name!r}")
            forces[force.name] = ForceRecord.from_dict(rec)
        sent = data.get("sent")
        return cls(
            sent=parse_date(str(sent)) if sent else None,
            request=str(data.get("request") or ""),
            requester=str(data["requester"]) if data.get("requester") else None,
            forces=forces,
        )


def parse_date(text: str) -> date:
    """An ISO date (2015-02-02) or a UK one (02/02/2015, as spreadsheets write it); ValueError otherwise."""
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    match = _UK_DATE.fullmatch(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            pass
    raise ValueError(f"{text!r} is not a date: write it as YYYY-MM-DD")


def load_round(store_root: Path) -> Round | None:
    """The recorded round, or None when none has been recorded in this store."""
    path = Path(store_root) / ROUND_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        return Round.from_dict(json.loads(text))
    except (ValueError, AttributeError, TypeError) as exc:  # bad JSON, a bad date or force, a wrong shape
        raise ValueError(f"{path} is not a round record: {exc}; fix or delete it") from None


def save_round(store_root: Path, round_: Round) -> Path:
    """Write the round atomically; the same round always gives the same bytes."""
    path = Path(store_root) / ROUND_FILE
    write_atomic(path, dumps(round_.to_dict()))
    return path


def _force(name: str) -> Force:
    force = lookup(name)
    if force is None:
        raise ValueError(f"unknown force {name!r}: see 'foi-tally forces' for the names")
    if force.kind == "crown-dependency":
        raise ValueError(f"{force.name} answers under {force.act}, whose deadlines this tool does not know")
    return force


def _not_before_sent(round_: Round, day: date, what: str) -> None:
    if round_.sent and day < round_.sent:
        raise ValueError(f"{what} {day.isoformat()} is before the round was sent ({round_.sent.isoformat()})")


def set_received(round_: Round, force_name: str, day: date) -> Round:
    """FORCE received the request on `day`: its clock starts there instead of on the day sent."""
    force = _force(force_name)
    _not_before_sent(round_, day, "received date")
    return round_.with_record(force, replace(round_.record(force), received=day))


def add_clarification(round_: Round, force_name: str, day: date) -> Round:
    """A clarification given to FORCE on `day`: the 20 working days start again from it."""
    force = _force(force_name)
    _not_before_sent(round_, day, "clarification")
    record = round_.record(force)
    return round_.with_record(force, replace(record, clarified=tuple(sorted({*record.clarified, day}))))


def set_reference(round_: Round, force_name: str, reference: str) -> Round:
    force = _force(force_name)
    return round_.with_record(force, replace(round_.record(force), reference=reference.strip() or None))


def forget(round_: Round, force_name: str) -> Round:
    """Drop everything recorded about one force (its clock runs from the day sent again)."""
    return round_.with_record(_force(force_name), ForceRecord())


def import_csv(round_: Round, text: str, source: str = "CSV") -> Round:
    """Merge per-force rows (force, received, clarified, reference) into the round.

    Empty cells leave what is recorded alone; `clarified` may hold several dates separated by ';'.
    Any unknown column, force or date stops the import with the line to fix.
    """
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in reader.fieldnames or []]
    if "force" not in header:
        raise ValueError(f"{source}: the first line must name the columns, with a 'force' column "
                         f"(columns: {', '.join(IMPORT_COLUMNS)})")
    unknown = [h for h in header if h not in IMPORT_COLUMNS]
    if unknown:
        raise ValueError(f"{source}: unknown column {unknown[0]!r}: use {', '.join(IMPORT_COLUMNS)}")
    reader.fieldnames = header
    for row in reader:
        line = reader.line_num
        cells = {k: (v or "").strip() for k, v in row.items() if k is not None}
        if not any(cells.values()):
            continue
        try:
            if None in row:
                raise ValueError(f"more cells than the {len(header)} columns named on the first line")
            if not cells.get("force"):
                raise ValueError("no force named")
            if cells.get("received"):
                round_ = set_received(round_, cells["force"], parse_date(cells["received"]))
            for part in re.split(r"[;|]", cells.get("clarified", "")):
                if part.strip():
                    round_ = add_clarification(round_, cells["force"], parse_date(part))
            if cells.get("reference"):
                round_ = set_reference(round_, cells["force"], cells["reference"])
            if not any(cells.get(c) for c in IMPORT_COLUMNS[1:]):
                _force(cells["force"])  # a bare force name must still be a force
        except ValueError as exc:
            raise ValueError(f"{source}: line {line}: {exc}") from None
    return round_


def act_for_force(force: Force) -> str:
    """The Act whose deadline binds the force: FOISA for Police Scotland, FOIA for the rest of the UK."""
    if "FOISA" in force.act:
        return "FOISA"
    if "FOIA" in force.act:
        return "FOIA"
    raise ValueError(f"{force.name} answers under {force.act}, whose deadlines this tool does not know")


def clock_start(record: ForceRecord, sent: date) -> tuple[date, str]:
    """The day a force's 20 working days count from, and why: its latest clarification, else the day it
    received the request, else the day the round was sent."""
    start, basis = (record.received, "received") if record.received else (sent, "sent")
    if record.clarified and record.clarified[-1] >= start:
        start, basis = record.clarified[-1], "clarified"
    return start, basis


@dataclass(frozen=True)
class ForceStatus:
    """Where one force stands in the round on a given day."""

    force: Force
    act: str  # FOIA | FOISA
    state: str  # one of STATES
    clock_start: date  # the day its 20 working days count from
    clock_basis: str  # sent | received | clarified
    due: date
    received: date | None  # the day its reply was received (None: no reply, or the reply is undated)
    working_days_late: int | None  # None when a reply carries no date
    reference: str | None
    reply: Reply | None

    def to_json(self) -> dict[str, object]:
        return {
            "force": self.force.name,
            "ons_code": self.force.ons_code,
            "state": self.state,
            "due": self.due.isoformat(),
            "received": self.received.isoformat() if self.received else None,
            "working_days_late": self.working_days_late,
        }


@dataclass(frozen=True)
class RoundStatus:
    """Every round-robin force's status, and the replies left out of it (with why)."""

    sent: date
    today: date
    forces: list[ForceStatus]
    ignored: list[tuple[Reply, str]]  # stored replies not taken as an answer to this round

    def to_json(self) -> dict[str, object]:
        return {"forces": [f.to_json() for f in self.forces]}


def _reply_date(reply: Reply) -> date | None:
    if not reply.received:
        return None
    try:
        return date.fromisoformat(reply.received[:10])
    except ValueError:
        return None


def _in_window(
    replies: Iterable[Reply], sent: date, today: date
) -> tuple[list[Reply], list[tuple[Reply, str]]]:
    """Replies that can answer this round as of `today`: none dated before it was sent or after today."""
    kept: list[Reply] = []
    ignored: list[tuple[Reply, str]] = []
    for reply in replies:
        day = _reply_date(reply)
        if day is not None and day < sent:
            ignored.append((reply, f"dated {day.isoformat()}, before the round was sent"))
        elif day is not None and day > today:
            ignored.append((reply, f"dated {day.isoformat()}, after {today.isoformat()}"))
        else:
            kept.append(reply)
    return kept, ignored


def round_status(
    round_: Round,
    replies: Sequence[Reply],
    today: date,
    sent: date | None = None,
    overrides: Sequence[Override] = (),
    extra_holidays: Iterable[date] = (),
) -> RoundStatus:
    """Each round-robin force's state on `today`, in registry order.

    `sent` overrides the recorded date sent; `overrides` are the store's manual corrections, applied as
    in the report. A reply dated before the round was sent, or after `today`, does not count.
    """
    sent = sent or round_.sent
    if sent is None:
        raise ValueError("no date sent: give --sent DATE or run 'foi-tally round set --sent DATE'")
    if isinstance(today, datetime):
        today = today.date()
    extras = tuple(extra_holidays)
    kept, ignored = _in_window(replies, sent, today)
    figures = {f.force.name: f for f in tally(kept, overrides=overrides).forces}
    statuses = []
    for force in round_robin_forces():
        record = round_.record(force)
        act = act_for_force(force)
        start, basis = clock_start(record, sent)
        due = due_date(start, act, extras)
        figure = figures.get(force.name)
        reply = figure.reply if figure else None
        received: date | None = None
        if figure is not None and reply is not None and figure.status != "no_reply":
            state = _REPLY_STATES.get(figure.status, "needs_review")
            if figure.needs_review:
                state = "needs_review"
            received = _reply_date(reply)
            late = None if received is None else (working_days_between(due, received, act, extras)
                                                  if received > due else 0)
        elif today <= due:
            state, late = "outstanding", 0
        else:
            late = working_days_between(due, today, act, extras)
            state = "very_overdue" if late > VERY_OVERDUE_WORKING_DAYS else "overdue"
        reference = record.reference or (reply.reference if reply else None)
        statuses.append(ForceStatus(force, act, state, start, basis, due, received, late, reference, reply))
    return RoundStatus(sent, today, statuses, ignored)


# --- chasers -------------------------------------------------------------------------------------

#: The law and the complaint route for each Act; wording is ours.
_ACT_TEXT = {
    "FOIA": {
        "title": "the Freedom of Information Act 2000",
        "basis": (
            "Section 10(1) of the Act requires a public authority to comply with a request promptly and in "
            "any event not later than the twentieth working day following the date of receipt."
        ),
        "ask": (
            "Please send your response without further delay, or tell me by return when I can expect it. "
            "If you are still considering the public interest, section 17 required you to tell me within "
            "the 20 working days which exemption you rely on and when you expect to decide."
        ),
        "route": (
            "If I do not receive a response, I will ask the Information Commissioner to decide whether my "
            "request has been dealt with in accordance with the Act (section 50):\n\n"
            "    Information Commissioner's Office\n"
            "    Wycliffe House, Water Lane\n"
            "    Wilmslow, Cheshire SK9 5AF"
        ),
        "short": "s10 FOIA 2000",
    },
    "FOISA": {
        "title": "the Freedom of Information (Scotland) Act 2002",
        "basis": (
            "Section 10(1) of the Act requires a Scottish public authority to comply with a request promptly "
            "and in any event by not later than the twentieth working day after receipt of the request."
        ),
        "ask": (
            "As I have had no response, please treat this letter as a requirement for review under "
            "section 20 of the Act. Section 21(1) gives you 20 working days from receiving it to respond."
        ),
        "route": (
            "If I remain without a response, or am dissatisfied with the outcome of the review, I will apply "
            "to the Scottish Information Commissioner for a decision under section 47:\n\n"
            "    Scottish Information Commissioner\n"
            "    Kinburn Castle, Doubledykes Road\n"
            "    St Andrews, Fife KY16 9DS"
        ),
        "short": "s10 FOISA 2002",
    },
}


def long_date(day: date) -> str:
    """'Monday 2 February 2015': unambiguous in a letter."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def statutory_basis(act: str) -> str:
    return _ACT_TEXT[act]["short"]


def chaser_text(
    status: ForceStatus, sent: date, today: date, request: str = "", requester: str | None = None
) -> str:
    """A plain-text chaser for one overdue force: reference, dates, the law, and where to complain."""
    text = _ACT_TEXT[status.act]
    force = status.force.name
    days = status.working_days_late or 0
    reference = f"your reference {status.reference}" if status.reference else f"sent {long_date(sent)}"
    what = "the request below" if request.strip() else "a request"
    opening = f"On {long_date(sent)} I sent {force} {what} under {text['title']}."
    if status.clock_basis == "received":
        opening += f" You received it on {long_date(status.clock_start)}."
    elif status.clock_basis == "clarified":
        opening += (f" I clarified it on {long_date(status.clock_start)}, and the time for compliance runs "
                    "from that date.")
    lines = [
        f"To: Freedom of Information team, {force}",
        f"Subject: Overdue Freedom of Information request ({reference})",
        "",
        "Dear Freedom of Information team,",
        "",
        f"Reference: {status.reference}" if status.reference else "Reference: none has been given to me yet.",
        "",
        opening,
    ]
    lines += [
        "",
        text["basis"] + f" For this request that day was {long_date(status.due)}. As of {long_date(today)} "
        f"I have had no response: {days} working day{'s' if days != 1 else ''} after the deadline.",
        "",
        text["ask"],
        "",
        text["route"],
    ]
    if request.strip():
        lines += ["", "My request:", ""] + [f"    {line}".rstrip() for line in request.strip().splitlines()]
    lines += ["", "Yours faithfully,", "", requester or "[your name]", ""]
    return _wrap("\n".join(lines))


def _wrap(text: str, width: int = 78) -> str:
    """Wrap prose for plain-text email; headers and indented lines (addresses, the request) stay as written."""
    out = []
    for line in text.split("\n"):
        if line.startswith((" ", "To: ", "Subject: ")) or len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def chaser_name(force: Force) -> str:
    return f"chase-{force.slug}.txt"

