"""The force registry and telling which force a document comes from."""

from __future__ import annotations

from foi_tally import forces
from foi_tally.document import Document, Line
from foi_tally.parsers import parse_document, registry
from foi_tally.records import Locator


def test_registry_holds_every_uk_force() -> None:
    everyone = forces.all_forces()
    assert len(everyone) == 59
    assert len(forces.round_robin_forces()) == 46
    kinds = {f.kind for f in everyone}
    assert kinds == {"territorial", "special", "legacy", "crown-dependency"}
    assert sum(1 for f in everyone if f.kind == "legacy") == 8
    assert forces.by_name("Met").ons_code == "E23000001"
    assert forces.by_name("Police Scotland").ons_code == "S23000009"
    assert forces.by_name("Police Scotland").act == "FOISA 2002"
    assert forces.by_name("BTP").act == "FOIA 2000"
    assert forces.by_name("PSNI").ons_code is None  # no ONS police force area code was found for NI


def test_every_round_robin_force_has_exactly_one_parser() -> None:
    assert set(registry()) == {f.name for f in forces.round_robin_forces()}


def test_aliases_match_whole_words_and_longest_first() -> None:
    names = [name for _, _, name in forces.find_mentions("Officers from New Scotland Yard and Police Scotland met.")]
    assert names == ["Metropolitan Police Service", "Police Service of Scotland"]
    assert forces.find_mentions("the criteria were met by the team") == []
    assert [n for _, _, n in forces.find_mentions("a reply from GMP")] == ["Greater Manchester Police"]
    assert forces.find_mentions("the gmp reading") == []
    # A county in an address is not a force: every letter gives the ICO's address in Cheshire.
    assert forces.find_mentions("Wycliffe House, Water Lane, Wilmslow, Cheshire SK9 5AF") == []


def test_sender_domains() -> None:
    assert forces.force_for_domain("west-midlands.police.uk").name == "West Midlands Police"
    assert forces.force_for_domain("foi.essex.pnn.police.uk").name == "Essex Police"
    assert forces.force_for_domain("met.police.uk").name == "Metropolitan Police Service"
    assert forces.force_for_domain("devon-cornwall.police.uk").name == "Devon & Cornwall Police"
    assert forces.force_for_domain("example.com") is None


def _doc(lines: list[str], source: str = "reply.txt", sender: str | None = None) -> Document:
    doc = Document(source=source, format="txt")
    doc.lines = [Line(t, Locator(source, line=i)) for i, t in enumerate(lines, 1)]
    doc.sender = sender
    return doc


LETTER = [
    "Dear Requester",
    "Thank you for your request of 2 February 2015.",
    "There are currently 4 registered sex offenders recorded as wanted because their whereabouts are unknown.",
    "If you are unhappy you may complain to the Information Commissioner, Wycliffe House, Wilmslow, Cheshire.",
    "Yours sincerely",
    "A. Clerk",
    "Disclosure Unit",
]


def test_letterhead_beats_a_misleading_file_name() -> None:
    reply = parse_document(_doc(["Durham Constabulary", "Our ref: DUR/15/77", *LETTER], source="cleveland.txt"))
    assert reply.force == "Durham Constabulary"
    assert reply.missing == 4


def test_sender_domain_identifies_a_plain_email() -> None:
    reply = parse_document(_doc(LETTER, sender="foi@staffordshire.police.uk"))
    assert reply.force == "Staffordshire Police"


def test_signature_decides_an_alliance_letterhead() -> None:
    lines = ["Warwickshire Police and West Mercia Police", "Information Compliance Unit", *LETTER[:-1],
             "Warwickshire Police"]
    assert parse_document(_doc(lines)).force == "Warwickshire Police"


def test_no_evidence_means_review_not_a_guess() -> None:
    reply = parse_document(_doc(LETTER, source="kent_reply.txt"))
    assert reply.force is None
    assert reply.needs_review
    assert "could not be identified" in reply.review_reason
