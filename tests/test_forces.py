"""The force registry and telling which force a document comes from."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

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


def _plain_alternation(aliases: list[str], flags: int) -> re.Pattern[str]:
    """The aliases one after another, longest first: what the shared-prefix pattern must match alike."""
    ordered = sorted(aliases, key=len, reverse=True)
    alternation = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in ordered)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", flags)


_ALIAS_WORDS = sorted({w for name in forces._matcher().names for w in name.split()})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(_ALIAS_WORDS) | st.sampled_from([" ", "  ", "-", ",", ".", "x", "\n", "NorthX", "'s"]),
        max_size=12,
    )
)
def test_shared_prefix_pattern_matches_as_the_plain_alternation(pieces: list[str]) -> None:
    matcher = forces._matcher()
    text = " ".join(pieces)
    for pattern, aliases, flags in (
        (matcher.folded, matcher.folded_aliases, re.IGNORECASE),
        (matcher.exact, matcher.exact_aliases, 0),
    ):
        plain = _plain_alternation(list(aliases), flags)
        for variant in (text, text.lower(), text.upper()):
            assert [m.span() for m in pattern.finditer(variant)] == [m.span() for m in plain.finditer(variant)]


def test_shared_prefix_pattern_finds_every_alias_and_prefers_the_longest() -> None:
    for alias, name in forces._matcher().names.items():
        found = forces.find_mentions(f"Reply from {alias}, as sent.")
        assert [n for _, _, n in found] == [name], alias


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_ALIAS_WORDS) | st.sampled_from([" ", "-", "&", "x", "’s", "\t"]),
                         max_size=6).map(" ".join), max_size=8))
def test_mentions_in_lines_searched_together_are_those_of_each_line(lines: list[str]) -> None:
    together = [name for _, _, name in forces.find_mentions(forces.LINE_SEPARATOR.join(lines))]
    assert together == [name for line in lines for _, _, name in forces.find_mentions(line)]


def test_under_a_shared_letterhead_the_force_named_on_its_own_answers() -> None:
    lines = ["Warwickshire Police and West Mercia Police", "Information Compliance Unit", "Dear Ms Doe",
             "This request was received by Warwickshire Police.", "Warwickshire Police had three RSOs wanted.",
             "Yours sincerely", "Disclosure Officer"]
    found = forces.identify(lines)
    assert found.force is not None and found.force.name == "Warwickshire Police" and found.confident
    both = forces.identify(["Warwickshire Police and West Mercia Police", "West Mercia Police: 9", "Warwickshire Police: 3"])
    assert not both.confident  # each named on its own: a joint answer, not one force's


def test_a_short_letters_first_sentences_are_its_body_not_its_letterhead() -> None:
    lines = ["Kent Police", "Freedom of Information Office", "10 February 2015", "Dear Requester",
             "Offenders who move to the county of Essex are managed by Essex Police under MAPPA.",
             "Yours sincerely", "A. Clerk", "Kent Police"]
    found = forces.identify(lines)
    assert found.force is not None and found.force.name == "Kent Police" and found.confident
    assert "letterhead" not in " ".join(e for e in found.evidence if "Essex" in e)
    assert found.scores["Essex Police"] <= forces.WEIGHT_MENTION_CAP  # a mention in the text, not a letterhead


def test_the_force_the_request_was_made_to_answers_a_shared_letter() -> None:
    lines = ["Norfolk and Suffolk Constabularies - Joint Information Management", "Our reference: FOI 000219/19",
             "5 March 2019", "Dear Requester",
             "Your request to Norfolk Constabulary has been considered.",
             "We note you sent the same request to Suffolk Constabulary, which will answer separately.",
             "Yours sincerely", "Information Officer"]
    found = forces.identify(lines)
    assert found.force is not None and found.force.name == "Norfolk Constabulary" and found.confident
    pointed = ["Dear Requester", "You may wish to direct your request to Suffolk Constabulary.", "Yours sincerely"]
    assert "Suffolk Constabulary" not in {name for name, score in forces.identify(pointed).scores.items() if score > 1}


def test_a_police_email_address_in_the_signature_identifies_the_force() -> None:
    lines = ["Freedom of Information Unit", "Ref: 2018/4432", "Thank you for your email of 12 October.",
             "There are currently thirteen registered sex offenders who are wanted.", "Regards,",
             "Freedom of Information Team", "foi@merseyside.police.uk | Canning Place, Liverpool"]
    found = forces.identify(lines)
    assert found.force is not None and found.force.name == "Merseyside Police" and found.confident


def test_a_request_received_or_handled_by_a_force_names_who_answers() -> None:
    for said in ["Request received by Cheshire Constabulary. Both forces' rows are shown.",
                 "Your request has been handled by Cheshire Constabulary.",
                 "This response is provided by Cheshire Constabulary.",
                 "Only the figure for Cheshire Constabulary answers your request."]:
        lines = ["Cheshire Constabulary and North Wales Police - Joint Unit", "Dear Requester", said,
                 "North Wales Police figures are shown for information.", "Yours sincerely", "Disclosure Officer"]
        found = forces.identify(lines)
        assert found.force is not None and found.force.name == "Cheshire Constabulary" and found.confident, said


def test_the_regulators_address_in_the_complaints_paragraph_names_no_force() -> None:
    lines = ["Dear Applicant", "There are two registered sex offenders whose whereabouts are unknown.",
             "You may apply to the Scottish Information Commissioner, Kinburn Castle, St Andrews, Fife KY16 9DS."]
    assert "Fife Constabulary" not in forces.identify(lines).scores


def test_bailiwick_law_enforcement_is_the_guernsey_force() -> None:
    assert forces.lookup("Bailiwick Law Enforcement").name == "States of Guernsey Police Service"


def test_a_title_naming_the_force_and_an_internal_review_is_a_letterhead() -> None:
    """A page title "Internal Review 17-IR-061 | Kent Police" or a sheet's "Kent Police - Internal review of FOI
    0977/17 (...)" names the force that reviewed; the complaints paragraph's "internal review" names none."""
    for title in ("Internal Review 17-IR-061 | Kent Police", "Kent Police - Internal review of FOI 0977/17 (review ref 1288/17)"):
        found = forces.identify([title, "The revised figure, as at 3 November 2017, is five."])
        assert found.force is not None and found.force.name == "Kent Police", title
    complaint = forces.identify(["There are two registered sex offenders whose whereabouts are unknown.",
                                 "If you are unhappy you may ask Kent Police for an internal review of this decision."])
    assert complaint.force is None
