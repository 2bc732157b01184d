"""The registry of per-force parsers, and reading a document into a Reply.

Each module in this package (other than `base`) declares one `PARSER` for one
force. `parse_document` identifies the force from the document, hands it to
that force's parser, falls back to the generic parser when the force has
none or its parser declines, and lists for review whatever nobody could read.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import replace
from functools import cache

from foi_tally.document import Document
from foi_tally.forces import Force, by_name, identify
from foi_tally.parsers.base import ForceParser
from foi_tally.records import Reply

#: Bump when parsing changes, so cached records of unchanged files are parsed again.
PARSER_VERSION = "1"

GENERIC = ForceParser(force=None)


@cache
def registry() -> dict[str, ForceParser]:
    """Force name -> its parser. A force registered twice is a bug, and says so."""
    parsers: dict[str, ForceParser] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name in ("base",):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        parser: ForceParser = module.PARSER
        canonical = by_name(parser.force).name  # type: ignore[arg-type]
        if canonical in parsers:
            raise RuntimeError(f"two parsers registered for {canonical}: {info.name}")
        parsers[canonical] = parser
    return parsers


def parse_document(doc: Document) -> Reply:
    """The Reply a document gives: identified, parsed, and flagged where a person must look."""
    own = [line.text for line in doc.lines if not line.quoted]
    text = "\n".join(own)
    hits = {name: found for name, parser in registry().items() if (found := parser.recognises(text))}
    cells = [c.text for t in doc.tables for row in t.rows for c in row if c.text]
    ident = identify(own, cells, sender=doc.sender, filename=doc.source.rsplit("/", 1)[-1], reference_hits=hits)
    force: Force | None = ident.force if ident.confident else None
    parser = registry().get(force.name, GENERIC) if force else GENERIC
    reply = parser.parse(doc, force)
    if reply is None and parser is not GENERIC:
        reply = GENERIC.parse(doc, force)
        if reply is not None:
            reply = replace(reply, parser=f"generic (the {force.short_name} parser declined)")  # type: ignore[union-attr]
    if reply is None:
        reply = _unreadable(doc, force, "no figure, nil return, refusal or 'not held' statement was recognised")
    if force is None:
        reason = "the force could not be identified from the document"
        if ident.force is not None:
            reason += f" (best guess {ident.force.name}, {ident.score:g} points"
            reason += f", against {ident.runner_up.name} {ident.runner_up_score:g})" if ident.runner_up else ")"
        reply = reply.flagged(reason)
    return reply


def _unreadable(doc: Document, force: Force | None, reason: str) -> Reply:
    return Reply(
        source=doc.source,
        force=force.name if force else None,
        ons_code=force.ons_code if force else None,
        status="unknown",
        act=force.act if force else None,
        sources=(doc.source,),
        warnings=tuple(doc.warnings),
        parser="none",
    ).flagged(reason)


def unreadable_file(source: str, reason: str) -> Reply:
    """The record for a file that could not be read at all: listed, never counted."""
    return Reply(source=source, force=None, ons_code=None, status="unknown", sources=(source,), parser="none").flagged(
        f"unreadable: {reason}"
    )


__all__ = ["GENERIC", "PARSER_VERSION", "ForceParser", "by_name", "parse_document", "registry", "unreadable_file"]
