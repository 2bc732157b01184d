"""What a section number means under the Act a force answers under.

The same number means different things: s38 is health and safety under the
FOI Act 2000 but personal information under FOISA 2002, so an exemption is
never shown without its Act.
"""

from __future__ import annotations

FOIA_SECTIONS = {
    12: "cost limit",
    14: "vexatious or repeated request",
    21: "reasonably accessible by other means",
    22: "intended for future publication",
    23: "security bodies",
    24: "national security",
    30: "investigations and proceedings",
    31: "law enforcement",
    32: "court records",
    38: "health and safety",
    40: "personal information",
    41: "information provided in confidence",
    42: "legal professional privilege",
    43: "commercial interests",
    44: "prohibitions on disclosure",
}

FOISA_SECTIONS = {
    12: "excessive cost",
    14: "vexatious or repeated request",
    25: "otherwise accessible",
    26: "prohibitions on disclosure",
    27: "intended for future publication",
    30: "prejudice to the conduct of public affairs",
    31: "national security",
    34: "investigations",
    35: "law enforcement",
    36: "confidentiality",
    38: "personal information",
    39: "health, safety and the environment",
}


def act_key(act: str | None) -> str:
    return "FOISA" if act and "FOISA" in act else "FOIA"


def describe(section: str, act: str | None) -> str:
    """'s38' under FOISA -> 's38 FOISA (personal information)'."""
    key = act_key(act)
    table = FOISA_SECTIONS if key == "FOISA" else FOIA_SECTIONS
    try:
        meaning = table.get(int(section.lstrip("s").split("(")[0]))
    except ValueError:
        meaning = None
    return f"{section} {key}" + (f" ({meaning})" if meaning else "")
