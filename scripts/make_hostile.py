#!/usr/bin/env python3
"""Build the hostile corpus: broken, encrypted, enormous and malicious files among good replies.

Nothing dangerous is committed: the files are generated at test time into a
temporary folder (tests/test_hostile.py) or wherever you point this script:

    python scripts/make_hostile.py OUTDIR

`build(outdir)` writes `OUTDIR/replies/` (the folder to ingest: good sample
replies under odd names, and one file per kind of trouble), `OUTDIR/outside/`
(what the symbolic links point at: a reply that must never be read through
them) and returns a `Corpus` saying what a careful tool does with each file.
Bombs are made from deflated zeros written straight into the archive, so a
zip that would inflate to gigabytes costs a few kilobytes and milliseconds.
Everything is deterministic (seeded random bytes, fixed zip times).
"""

from __future__ import annotations

import io
import json
import random
import shutil
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw"
TRUTH = ROOT / "tests" / "sample_truth.json"
SEED = 7
ZIP_TIME = (2015, 3, 13, 12, 0, 0)

#: Good sample replies copied under awkward names: spaces, '#', brackets, unicode, a leading '='.
ODD_NAMES = {
    "Kent_RSO_FOI_reply.pdf": "Kent reply #2 (final).pdf",
    "Gwent_FOI_2015_0201.xlsx": "Ymateb – Gwent   ateb ✓.xlsx",
    "reply_from_essex.eml": "[draft] Essex [bold]reply.eml",
    "NYP 0215 FOI.csv": "=HYPERLINK(1) NYP.csv",
    "Notts_F-2015-00233.pdf": "sub folder/Notts 100% réponse.pdf",
    "Lancashire FOI 2015-0312.txt": "Lancs reply \udce9t\udce9.txt",  # not UTF-8: a Latin-1 byte in the name
}

#: A short letter: what the zip, symlink and encoding cases would say if they were (wrongly) read.
LETTER = (
    "Kent Police\nFreedom of Information Unit\n\nDear Ms Pryce\n\n"
    "As at 1 February 2015 there were 97 registered sex offenders wanted because their whereabouts are "
    "unknown.\n\n"
    "Yours sincerely\nFreedom of Information Officer\nKent Police\n"
)


@dataclass
class Corpus:
    folder: Path  # what to ingest
    outside: Path  # the folder the symbolic links point into
    good: dict[str, tuple[str, int | None]] = field(default_factory=dict)  # source -> (force, missing)
    bad: dict[str, str] = field(default_factory=dict)  # source -> words the one-line reason must contain


def build(outdir: Path, sample: Path = SAMPLE) -> Corpus:
    """Write the corpus under `outdir`; returns what each file should give."""
    folder, outside = outdir / "replies", outdir / "outside"
    for path in (folder, outside):
        path.mkdir(parents=True, exist_ok=True)
    corpus = Corpus(folder, outside)
    truth = {t["file"]: t for t in json.loads(TRUTH.read_text(encoding="utf-8"))}
    for original, name in ODD_NAMES.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(sample / original, target)  # a surrogate in the name is written as its byte
        source = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        corpus.good[source] = (truth[original]["force"], truth[original]["missing"])
    rng = random.Random(SEED)
    for name, (make, reason) in _HOSTILE.items():
        make(folder / name, rng, sample)
        corpus.bad[name] = reason
    (outside / "secret reply.txt").write_text(LETTER, encoding="utf-8")
    (folder / "linked reply.txt").symlink_to(outside / "secret reply.txt")
    corpus.bad["linked reply.txt"] = "symbolic link"
    (folder / "linked folder").symlink_to(outside, target_is_directory=True)
    corpus.bad["linked folder"] = "symbolic link"
    return corpus


# --- builders: (path, rng, sample folder) -> None -------------------------------------------------------


def zero_bytes(path: Path, rng: random.Random, sample: Path) -> None:
    path.write_bytes(b"")


def truncated_pdf(path: Path, rng: random.Random, sample: Path) -> None:
    data = (sample / "GMP FOI 2015-0622 response.pdf").read_bytes()
    path.write_bytes(data[: len(data) // 3])


def corrupt_pdf(path: Path, rng: random.Random, sample: Path) -> None:
    path.write_bytes(
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\n" + rng.randbytes(4000)
    )


def password_pdf(path: Path, rng: random.Random, sample: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    lock = StandardEncryption("letmein-2015", ownerPassword="owner-2015", canPrint=1)
    pdf = canvas.Canvas(str(path), invariant=1, encrypt=lock)
    for n, line in enumerate(LETTER.splitlines()):
        pdf.drawString(72, 770 - 14 * n, line)
    pdf.save()


def html_as_pdf(path: Path, rng: random.Random, sample: Path) -> None:
    path.write_text(
        "<!DOCTYPE html><html><head><title>Session expired</title></head><body>"
        "<h1>Your session has expired</h1>"
        "<p>Please sign in again to download this document.</p></body></html>\n",
        encoding="utf-8",
    )


def text_as_xlsx(path: Path, rng: random.Random, sample: Path) -> None:
    path.write_text("This file could not be exported. Please contact the FOI team.\n", encoding="utf-8")


def random_bytes(path: Path, rng: random.Random, sample: Path) -> None:
    path.write_bytes(rng.randbytes(64 * 1024))


def million_rows(path: Path, rng: random.Random, sample: Path) -> None:
    """A real sheet of 1,100,000 rows (about 4 MB zipped): it must be refused before it is loaded."""

    def rows(handle: io.BufferedIOBase) -> None:
        handle.write(b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Reference</t></is></c></row>')
        chunk = []
        for r in range(2, 1_100_002):
            chunk.append(f'<row r="{r}"><c r="A{r}"><v>1</v></c></row>')
            if len(chunk) == 20_000:
                handle.write("".join(chunk).encode())
                chunk.clear()
        handle.write("".join(chunk).encode() + b"</sheetData>")

    _xlsx_with_sheet(path, rows, dimension="A1:A1100001")


def wide_sheet(path: Path, rng: random.Random, sample: Path) -> None:
    """One row 16,384 cells wide, declared as the whole sheet: Excel's maximum."""

    def rows(handle: io.BufferedIOBase) -> None:
        cells = "".join(f'<c r="{_column(c)}1"><v>{c}</v></c>' for c in range(1, 16_385))
        handle.write(f'<sheetData><row r="1">{cells}</row></sheetData>'.encode())

    _xlsx_with_sheet(path, rows, dimension="A1:XFD1")


def billion_laughs(path: Path, rng: random.Random, sample: Path) -> None:
    """Nested XML entities that expand to 10^9 'lol's if a parser resolves them."""
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{n} "{"".join(f"&lol{n - 1};" for _ in range(10))}">' for n in range(1, 10)
    ]
    doctype = f"<!DOCTYPE worksheet [{''.join(levels)}]>".encode()

    def rows(handle: io.BufferedIOBase) -> None:
        handle.write(
            b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>'
        )

    _xlsx_with_sheet(path, rows, dimension="A1", doctype=doctype)


def zip_bomb_member(path: Path, rng: random.Random, sample: Path) -> None:
    """One member that inflates to 1 GiB of zeros."""
    _raw_zip(path, [("reply.txt", *_zeros(1 << 30))])


def zip_bomb_ratio(path: Path, rng: random.Random, sample: Path) -> None:
    """A member just under the size cap that inflates a thousand times over."""
    _raw_zip(path, [("letter.txt", *_zeros(48 << 20))])


def zip_bomb_total(path: Path, rng: random.Random, sample: Path) -> None:
    """Many small members (each under every per-member limit) that add up to 1.5 GiB."""
    member = _zeros(2 << 20)
    _raw_zip(path, [(f"part{n:03d}.txt", *member) for n in range(768)])


def zip_bomb_lying(path: Path, rng: random.Random, sample: Path) -> None:
    """A member whose header claims 100 bytes but whose data inflates to 256 MiB."""
    crc, _, packed = _zeros(256 << 20)
    _raw_zip(path, [("letter.txt", crc, 100, packed)])


def xlsx_bomb(path: Path, rng: random.Random, sample: Path) -> None:
    """An .xlsx whose sheet inflates to 1 GiB: refused before openpyxl opens it."""
    good = io.BytesIO()
    _minimal_xlsx(good, b"<sheetData/>", "A1")
    members = []
    with zipfile.ZipFile(good) as src:
        for info in src.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                members.append((info.filename, *_zeros(1 << 30)))
            else:
                data = src.read(info)
                packed = _deflate(data)
                members.append((info.filename, zlib.crc32(data), len(data), packed))
    _raw_zip(path, members)


def zip_escape(path: Path, rng: random.Random, sample: Path) -> None:
    """A member path that climbs out of any folder it might be extracted into."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in (
            ("reply.txt", LETTER),
            ("../../escaped-by-zip.txt", LETTER),
            ("/tmp/absolute-by-zip.txt", LETTER),
        ):
            info = zipfile.ZipInfo("placeholder", ZIP_TIME)
            info.filename = name  # ZipInfo() would strip the '..' and '/': a hostile archive keeps them
            archive.writestr(info, text)


def zip_nested(path: Path, rng: random.Random, sample: Path) -> None:
    """A reply zipped inside a zip, six deep."""
    data = LETTER.encode()
    for depth in range(6):
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(zipfile.ZipInfo(f"level{depth}.zip" if depth else "reply.txt", ZIP_TIME), data)
        data = out.getvalue()
    path.write_bytes(data)


def broken_mime(path: Path, rng: random.Random, sample: Path) -> None:
    """multipart/mixed whose boundary never appears, then a truncated base64 attachment."""
    path.write_bytes(
        b"From: FOI Unit <foi@kent.police.uk>\r\nTo: hannah.pryce@newsdesk-example.co.uk\r\n"
        b"Subject: RE: FOI request\r\nDate: Mon, 16 Feb 2015 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="==BOUNDARY-NEVER-USED=="\r\n\r\n'
        b"--==SOMETHING-ELSE==\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
        b'Content-Disposition: attachment; filename="response.pdf"\r\n\r\n'
        b"JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9M"
    )


def ebcdic_text(path: Path, rng: random.Random, sample: Path) -> None:
    """A letter in EBCDIC (IBM code page 500): no byte is a control character, no word is English."""
    path.write_bytes(LETTER.encode("cp500"))


def utf32_text(path: Path, rng: random.Random, sample: Path) -> None:
    """A letter in UTF-32 with no byte-order mark."""
    path.write_bytes(LETTER.encode("utf-32-le"))


def cut_sheet_xlsx(path: Path, rng: random.Random, sample: Path) -> None:
    """A real reply whose sheet XML stops two thirds of the way in (a download cut short, then re-zipped by
    a tool that did not check it): read as far as it goes, it would give a smaller count."""
    _cut_member(sample / "MPS_FOI_2015020000145_RSO_wanted.xlsx", path, "xl/worksheets/sheet1.xml")


def cut_content_ods(path: Path, rng: random.Random, sample: Path) -> None:
    """A LibreOffice sheet of individuals whose content.xml stops part way down the table."""
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

    def row(*values: str) -> str:
        cells = "".join(f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
                        for v in values)
        return f"<table:table-row>{cells}</table:table-row>"

    people = [row(f"RSO-{n:03d}", f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2005, 2014)}")
              for n in range(1, 41)]
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{office}" '
        f'xmlns:table="{table}" xmlns:text="{text}" office:version="1.2"><office:body><office:spreadsheet>'
        '<table:table table:name="RSO">'
        + row("Kent Police: registered sex offenders whose whereabouts are unknown, as at 1 February 2015")
        + row("Reference", "Date whereabouts unknown")
        + "".join(people)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    ).encode("utf-8")
    manifest = (
        b'<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        b'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        b'<manifest:file-entry manifest:full-path="/" '
        b'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        b"</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype", ZIP_TIME), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr(zipfile.ZipInfo("META-INF/manifest.xml", ZIP_TIME), manifest, zipfile.ZIP_DEFLATED)
        archive.writestr(zipfile.ZipInfo("content.xml", ZIP_TIME), content[: len(content) * 2 // 3],
                         zipfile.ZIP_DEFLATED)


def enormous_file(path: Path, rng: random.Random, sample: Path) -> None:
    """A 3 GiB file (sparse: it takes no disk space) that must not be read into memory."""
    with path.open("wb") as handle:
        handle.write(b"As at 1 February 2015, ")
        handle.seek(3 << 30)
        handle.write(b"\n")


_HOSTILE = {
    "empty reply.pdf": (zero_bytes, "empty file"),
    "truncated letter.pdf": (truncated_pdf, "PDF"),
    "corrupt.pdf": (corrupt_pdf, "PDF is damaged"),
    "locked reply.pdf": (password_pdf, "password"),
    "download.pdf": (html_as_pdf, "no figure"),
    "figures.xlsx": (text_as_xlsx, "named .xlsx but the content is plain text"),
    "attachment (3).dat": (random_bytes, "binary data of unknown type"),
    "million rows.xlsx": (million_rows, "rows"),
    "wide sheet.xlsx": (wide_sheet, "columns"),
    "billion laughs.xlsx": (billion_laughs, "entit"),
    "bomb member.zip": (zip_bomb_member, "would inflate"),
    "bomb ratio.zip": (zip_bomb_ratio, "inflates"),
    "bomb total.zip": (zip_bomb_total, "would inflate"),
    "bomb lying.zip": (zip_bomb_lying, "damaged"),
    "bomb sheet.xlsx": (xlsx_bomb, "would inflate"),
    "escape.zip": (zip_escape, "unsafe path"),
    "nested.zip": (zip_nested, "nested more than"),
    "broken mime.eml": (broken_mime, "MIME"),
    "ebcdic letter.txt": (ebcdic_text, "encoding"),
    "utf32 letter.txt": (utf32_text, "encoding"),
    "enormous.txt": (enormous_file, "too large"),
    "cut short.xlsx": (cut_sheet_xlsx, "spreadsheet is damaged"),
    "cut short.ods": (cut_content_ods, "content.xml is cut short"),
}


# --- zip and xlsx plumbing --------------------------------------------------------------------------------


def _deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def _zeros(size: int) -> tuple[int, int, bytes]:
    """(crc32, size, raw deflate) of `size` zero bytes (a multiple of 1 MiB).

    Each mebibyte is deflated once with a full flush, which resets the compressor, so the same bytes
    stand for every mebibyte and the stream is that piece repeated, then an empty final block.
    """
    block = bytes(1 << 20)
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    piece = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    count = size >> 20
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    return crc, size, piece * count + packer.flush()


def _raw_zip(path: Path, members: list[tuple[str, int, int, bytes]]) -> None:
    """A zip written byte by byte from already-deflated members, with whatever sizes they claim
    (zipfile would deflate every member again, and never writes a size that lies)."""
    out = io.BytesIO()
    central = []
    dos_time, dos_date = 0x6000, ((2015 - 1980) << 9) | (3 << 5) | 13
    for name, crc, size, packed in members:
        encoded = name.encode("utf-8")
        offset = out.tell()
        out.write(
            struct.pack(
                "<4sHHHHHIIIHH",
                b"PK\x03\x04",
                20,
                0,
                8,
                dos_time,
                dos_date,
                crc,
                len(packed),
                size,
                len(encoded),
                0,
            )
        )
        out.write(encoded + packed)
        central.append((encoded, crc, size, len(packed), offset))
    start = out.tell()
    for encoded, crc, size, packed_size, offset in central:
        out.write(
            struct.pack(
                "<4sHHHHHHIIIHHHHHII",
                b"PK\x01\x02",
                20,
                20,
                0,
                8,
                dos_time,
                dos_date,
                crc,
                packed_size,
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0o644 << 16,
                offset,
            )
        )
        out.write(encoded)
    end = out.tell()
    out.write(
        struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(central), len(central), end - start, start, 0)
    )
    path.write_bytes(out.getvalue())


_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/xl/workbook.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    b'<Override PartName="/xl/worksheets/sheet1.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_ROOT_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    b'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    b'<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" '
    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    b'Target="worksheets/sheet1.xml"/></Relationships>'
)
_SHEET_NS = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _minimal_xlsx(out: io.BytesIO | Path, sheet_data: bytes, dimension: str, doctype: bytes = b"") -> None:
    _xlsx_with_sheet(out, lambda handle: handle.write(sheet_data), dimension, doctype)


def _xlsx_with_sheet(out, write_rows, dimension: str, doctype: bytes = b"") -> None:  # type: ignore[no-untyped-def]
    """A smallest-possible valid .xlsx whose one sheet's rows are streamed in by `write_rows(handle)`."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in (
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _ROOT_RELS),
            ("xl/workbook.xml", _WORKBOOK),
            ("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
        ):
            archive.writestr(zipfile.ZipInfo(name, ZIP_TIME), data, zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml", ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as handle:
            handle.write(b'<?xml version="1.0" encoding="UTF-8"?>\n' + doctype)
            handle.write(b"<worksheet " + _SHEET_NS + b'><dimension ref="' + dimension.encode() + b'"/>')
            write_rows(handle)
            handle.write(b"</worksheet>")


def _cut_member(source: Path, path: Path, member: str) -> None:
    """`source` zipped again with `member` cut to two thirds of its length, the other members as they were."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as archive:
        for info in original.infolist():
            data = original.read(info)
            if info.filename == member:
                data = data[: len(data) * 2 // 3]
            archive.writestr(zipfile.ZipInfo(info.filename, ZIP_TIME), data, zipfile.ZIP_DEFLATED)


def _column(index: int) -> str:
    name = ""
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.split("\n\n")[2], file=sys.stderr)
        return 2
    corpus = build(Path(argv[0]))
    print(f"wrote {len(corpus.good)} good and {len(corpus.bad)} hostile files to {corpus.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
