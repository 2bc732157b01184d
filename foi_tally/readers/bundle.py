"""Zip bundles: a reply sent as an archive, and WhatDoTheyKnow batch downloads.

A zip holding a cover letter and a data file is ONE reply: every member is
read in memory (nothing is ever extracted to disk) through its own reader and
folded into one document, the letters first so their letterhead heads it.
Every figure's locator names the member it came from (`Locator.part`).

A WhatDoTheyKnow batch download is a whole round robin. WhatDoTheyKnow lays
it out as (see alaveteli's InfoRequestBatchZip):

    batch-<id>-<title>-dashboard-<time>.csv        request_url, authority_name, number_of_replies, request_status
    <Authority name> - <request url title>/<YYYY-MM-DD-HHMMSS>/outgoing_<id>.txt     the request we sent
    <Authority name> - <request url title>/<YYYY-MM-DD-HHMMSS>/incoming_<id>.txt     a message from the authority
    <Authority name> - <request url title>/<YYYY-MM-DD-HHMMSS>/attachments-<id>/<file>

Each authority folder is one reply: its incoming messages and their
attachments in date order (acknowledgement, answer, any later correction),
dated by its latest message. Outgoing messages are our own request and are
not read. An authority that has not replied has no incoming message and gives
no reply. The authority's name is handed back with each document so ingest
can check it against the force the reply reads as coming from. The same
layout saved as a folder is packed into an in-memory zip (`pack_folder`) and
read the same way.

Safety: archives are checked before anything is decompressed: member count,
declared sizes (Python's zipfile never inflates past a member's declared
size), compression ratio, and member paths ('..' or absolute paths refuse the
whole archive).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from foi_tally.document import Document, Line
from foi_tally.records import Locator, ReadError

MAX_MEMBERS = 2000
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
#: Inflating more than this many times over is a zip bomb's signature, checked on members over RATIO_FLOOR bytes.
MAX_RATIO = 200
RATIO_FLOOR = 2 * 1024 * 1024
#: What zipfile and zlib raise on a damaged archive or member.
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, OSError, EOFError,
              zlib.error)
#: Members that say nothing about the reply.
JUNK = re.compile(r"(?:^|/)(?:__MACOSX/|\.DS_Store$|Thumbs\.db$|desktop\.ini$|\._)", re.IGNORECASE)
#: Letters are read before data files, so the cover letter's letterhead heads the reply.
LETTER_EXTENSIONS = (".pdf", ".docx", ".doc", ".odt", ".txt", ".eml", ".msg", ".htm", ".html", ".rtf")

_STAMP = r"\d{4}-\d{2}-\d{2}-\d{6}"
_MESSAGE = re.compile(rf"^(?P<folder>[^/]+)/(?P<when>{_STAMP})/(?P<kind>incoming|outgoing)_(?P<id>\d+)\.txt$")
_ATTACHMENT = re.compile(rf"^(?P<folder>[^/]+)/(?P<when>{_STAMP})/attachments-(?P<id>\d+)/(?P<name>[^/].*)$")
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def open_zip(data: bytes) -> zipfile.ZipFile:
    """The archive, checked for bombs and unsafe paths before anything in it is read."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except ZIP_ERRORS as exc:
        raise ReadError(f"corrupt zip container ({exc})") from None
    if len(infos) > MAX_MEMBERS:
        raise ReadError(f"zip holds {len(infos)} files, more than the {MAX_MEMBERS} this tool will open")
    total = 0
    for info in infos:
        name = info.filename
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or ".." in parts:
            raise ReadError(f"zip member '{name}' has an unsafe path (absolute or with '..'): archive refused")
        if info.file_size > MAX_MEMBER_BYTES:
            raise ReadError(
                f"zip member '{name}' would inflate to {info.file_size:,} bytes "
                f"(limit {MAX_MEMBER_BYTES:,}): archive refused"
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise ReadError(
                f"zip member '{name}' inflates {info.file_size // max(1, info.compress_size)} times over "
                "(a zip bomb?): archive refused"
            )
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise ReadError(f"zip would inflate to {total:,} bytes (limit {MAX_TOTAL_BYTES:,}): archive refused")
    return archive


def read(data: bytes, source: str, fmt: str = "zip") -> Document:
    """A zip that is one reply: every readable member folded into one document."""
    members, problems = read_members(data, source)
    return _folded(source, [doc for _, doc in members], problems)


def read_by_force(data: bytes, source: str) -> list[Document]:
    """The replies a zip holds: one, as a cover letter and its data file are, or one per force when it is a
    bundle of several forces' replies (a requester's own collection of a round robin).

    Each member is identified on its own; when two or more are confidently from different forces, the
    members are grouped by force (a member that names no force with confidence joins the force it most
    likely is from, when that is one of the others, and otherwise stands alone, to be flagged).
    """
    from foi_tally.forces import identify

    members, problems = read_members(data, source)
    groups: dict[str, list[Document]] = {}
    named: dict[str, str] = {}  # member name -> the force it is confidently from
    unsure: list[tuple[str, str | None, Document]] = []
    for name, doc in members:
        own = [line.text for line in doc.lines if not line.quoted]
        cells = [c.text for t in doc.tables for row in t.rows for c in row if c.text]
        found = identify(own, cells, sender=doc.sender, filename=name.rsplit("/", 1)[-1])
        if found.force is not None and found.confident:
            groups.setdefault(found.force.name, []).append(doc)
            named[name] = found.force.name
        else:
            unsure.append((name, found.force.name if found.force else None, doc))
    if len(groups) < 2:
        return [_folded(source, [doc for _, doc in members], problems)]
    alone: list[list[Document]] = []
    for name, guess, doc in unsure:
        kin = {force for other, force in named.items() if _kin(name, other)}
        force = guess if guess in groups else next(iter(kin)) if len(kin) == 1 else None
        if force is not None:
            groups[force].append(doc)
        else:
            alone.append([doc])
    return [_folded(source, docs, problems) for docs in [*groups.values(), *alone]]


#: Words that lead many file names and so say nothing about which reply a file belongs with.
_COMMON_LEADS = frozenset({"foi", "foir", "response", "reply", "letter", "data", "final", "copy", "attachment", "appendix",
                           "annex", "disclosure", "request", "rso", "rsos", "table"})


def _kin(name: str, other: str) -> bool:
    """Whether two members belong together: in the same folder of the zip, or named alike ("kent.pdf" and
    "kent-data.csv")."""
    folder, _, base = name.rpartition("/")
    other_folder, _, other_base = other.rpartition("/")
    if folder and folder == other_folder:
        return True
    lead = re.match(r"[a-z]{3,}", base.lower())
    return bool(lead) and lead[0] not in _COMMON_LEADS and other_base.lower().startswith(lead[0])


def read_members(data: bytes, source: str) -> tuple[list[tuple[str, Document]], list[str]]:
    """Every readable member, letters first (so a cover letter's letterhead heads the reply), and what went wrong
    with the others. Raises ReadError when nothing in the zip can be read."""
    from foi_tally.readers import as_part, read_document

    archive = open_zip(data)
    if _batch_layout(archive.namelist()) is not None:
        raise ReadError("a WhatDoTheyKnow batch download inside another file: ingest the batch on its own")
    members = [i for i in archive.infolist() if not i.is_dir() and not JUNK.search(i.filename)]
    members.sort(key=lambda i: (not i.filename.lower().endswith(LETTER_EXTENSIONS), i.filename.lower()))
    problems: list[str] = []
    read: list[tuple[str, Document]] = []
    for info in members:
        payload, problem = _member_bytes(archive, info)
        if payload is None:
            problems.append(f"zip member '{info.filename}' {problem}")
            continue
        try:
            member = read_document(payload, source, name=info.filename)
        except ReadError as exc:
            problems.append(f"zip member '{info.filename}' could not be read: {exc}")
            continue
        read.append((info.filename, as_part(member, info.filename)))
    if not read:
        if not members:
            raise ReadError("the zip is empty")
        raise ReadError("nothing in the zip could be read: " + "; ".join(problems))
    return read, problems


def _folded(source: str, members: list[Document], problems: list[str]) -> Document:
    from foi_tally.readers import fold

    doc = Document(source=source, format="zip")
    for member in members:
        fold(doc, member)
    doc.warnings.extend(problems)
    return doc


def _member_bytes(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[bytes | None, str]:
    if info.flag_bits & 0x1:
        return None, "is encrypted: ask the force for the password or an unprotected copy"
    if stat.S_ISLNK(info.external_attr >> 16):
        return None, "is a symbolic link, not a file: not followed"
    try:
        return inflate(archive, info), ""
    except ZIP_ERRORS as exc:
        return None, f"is damaged ({type(exc).__name__}: {exc})"


def inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, keep: bool = True) -> bytes:
    """A member's bytes, inflated a megabyte at a time (ZipFile.read inflates a member whose header lies
    about its size in one go, whatever it holds), stopping at its declared size; its CRC is checked at the
    end. With keep=False the bytes are only checked, not kept: see check_inflation."""
    parts = []
    total = 0
    with archive.open(info) as handle:
        while chunk := handle.read(1 << 20):
            total += len(chunk)
            if total > min(info.file_size, MAX_MEMBER_BYTES):
                raise zipfile.BadZipFile(f"'{info.filename}' inflates past its declared size")
            if keep:
                parts.append(chunk)
    return b"".join(parts)


def check_inflation(archive: zipfile.ZipFile) -> None:
    """Inflate every member once, in bounded memory, before a library that trusts the headers reads it
    (openpyxl, python-docx and odfpy call ZipFile.read): a member that lies about its size, or is
    damaged, refuses the file."""
    for info in archive.infolist():
        if info.is_dir():
            continue
        try:
            inflate(archive, info, keep=False)
        except ZIP_ERRORS as exc:
            reason = f"{type(exc).__name__}: {exc}"
            raise ReadError(f"zip member '{info.filename}' is damaged ({reason})") from None


# --- WhatDoTheyKnow batch downloads -------------------------------------------------------------


def read_batch(data: bytes, source: str) -> list[tuple[str | None, Document]] | None:
    """One document per authority that replied, with the authority's name; None when the zip is not a batch."""
    from foi_tally.readers import as_part, fold, read_document
    from foi_tally.readers.spreadsheet import decode_text
    from foi_tally.readers.text import from_text

    archive = open_zip(data)
    layout = _batch_layout(archive.namelist())
    if layout is None:
        return None
    prefix, dashboard = layout
    authorities, statuses = _dashboard(archive, prefix + dashboard) if dashboard else ([], {})
    folders: dict[str, list[tuple[str, zipfile.ZipInfo]]] = {}
    for info in archive.infolist():
        if info.is_dir() or not info.filename.startswith(prefix) or JUNK.search(info.filename):
            continue
        path = info.filename[len(prefix) :]
        folder = path.split("/", 1)[0]
        if "/" in path:
            folders.setdefault(folder, []).append((path, info))
    found: list[tuple[str | None, Document]] = []
    for folder in sorted(folders):
        authority = _authority(folder, authorities)
        doc = Document(source=source, format="wdtk")
        # The folder name is the only place the batch says who the request went to: the first line.
        doc.lines.append(Line(authority, Locator(source, part=folder)))
        latest: dt.date | None = None
        for path, info in sorted(folders[folder], key=lambda item: _message_order(item[0])):
            message, attachment = _MESSAGE.match(path), _ATTACHMENT.match(path)
            if message and message["kind"] == "outgoing":
                continue  # our own request: never the answer
            payload, problem = _member_bytes(archive, info)
            if payload is None:
                doc.warnings.append(f"'{path}' {problem}")
                continue
            if message:
                fold(doc, from_text(decode_text(payload), source, "txt", part=path))
                latest = max(filter(None, (latest, _stamp_date(message["when"]))), default=None)
            elif attachment:
                try:
                    fold(doc, as_part(read_document(payload, source, name=attachment["name"]), path))
                except ReadError as exc:
                    doc.warnings.append(f"attachment '{path}' could not be read: {exc}")
            else:
                doc.warnings.append(f"'{path}' is not where WhatDoTheyKnow puts messages or attachments: not read")
        if len(doc.lines) == 1 and not doc.tables:
            continue  # no incoming message: this authority has not replied yet
        doc.sent = latest
        status = statuses.get(authority)
        if status:
            doc.warnings.append(f"WhatDoTheyKnow status: {status}")
        found.append((authority, doc))
    if not found:
        raise ReadError("WhatDoTheyKnow batch download with no replies from any authority yet")
    return found


def _batch_layout(names: list[str]) -> tuple[str, str | None] | None:
    """(folder prefix, dashboard CSV name) when the names follow WhatDoTheyKnow's batch layout."""
    candidates = [""]
    tops = {n.split("/", 1)[0] for n in names if "/" in n}
    if len(tops) == 1 and all("/" in n for n in names):
        candidates.append(tops.pop() + "/")  # the batch zipped again inside one folder
    for prefix in candidates:
        inner = [n[len(prefix) :] for n in names if n.startswith(prefix)]
        if any(_MESSAGE.match(n) for n in inner):
            csvs = sorted(n for n in inner if "/" not in n and n.lower().endswith(".csv"))
            dashboard = next((n for n in csvs if "dashboard" in n.lower()), csvs[0] if csvs else None)
            return prefix, dashboard
    return None


def _dashboard(archive: zipfile.ZipFile, name: str) -> tuple[list[str], dict[str, str]]:
    """Authority names and WhatDoTheyKnow's status for each, from the batch's summary CSV."""
    from foi_tally.readers.spreadsheet import decode_text

    payload, _ = _member_bytes(archive, archive.getinfo(name))
    if payload is None:
        return [], {}
    rows = list(csv.DictReader(io.StringIO(decode_text(payload))))
    names = [(r.get("authority_name") or "").strip() for r in rows]
    statuses = {n: (r.get("request_status") or "").strip() for n, r in zip(names, rows) if n}
    return [n for n in names if n], statuses


def _authority(folder: str, known: list[str]) -> str:
    """'Kent Police - rsos_whose_whereabouts_are_unknown_12' -> 'Kent Police' (the dashboard's names first)."""
    for name in sorted(known, key=len, reverse=True):
        if folder == name or folder.startswith(name + " - "):
            return name
    return folder.rsplit(" - ", 1)[0].strip() if " - " in folder else folder


def _message_order(path: str) -> tuple[str, int, str]:
    """Date folder first; within it the message before its attachments."""
    parts = path.split("/")
    when = parts[1] if len(parts) > 2 else ""
    return when, 0 if _MESSAGE.match(path) else 1, path


def _stamp_date(stamp: str) -> dt.date | None:
    try:
        return dt.date(int(stamp[:4]), int(stamp[5:7]), int(stamp[8:10]))
    except ValueError:
        return None


def is_batch_folder(path: Path) -> bool:
    """A folder laid out like a WhatDoTheyKnow batch download (authority folders of dated message folders)."""
    try:
        for authority in sorted(p for p in path.iterdir() if p.is_dir() and not p.is_symlink()):
            for when in authority.iterdir():
                if (
                    when.is_dir()
                    and re.fullmatch(_STAMP, when.name)
                    and any(re.fullmatch(r"(?:incoming|outgoing)_\d+\.txt", f.name) for f in when.iterdir())
                ):
                    return True
    except OSError:
        return False
    return False


def pack_folder(path: Path) -> bytes:
    """A batch folder as an in-memory zip (stored, fixed times, sorted), read exactly like the zip download.

    Symbolic links are never followed; the same size limits as for a zip apply.
    """
    out = io.BytesIO()
    total = 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for dirpath, dirnames, filenames in os.walk(path, followlinks=False):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                file = Path(dirpath) / name
                if name.startswith(".") or file.is_symlink():
                    continue
                size = file.stat().st_size
                total += size
                if size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
                    raise ReadError(f"batch folder is too large to read safely ('{file.relative_to(path)}')")
                archive.writestr(zipfile.ZipInfo(file.relative_to(path).as_posix(), _FIXED_TIME), file.read_bytes())
    return out.getvalue()
