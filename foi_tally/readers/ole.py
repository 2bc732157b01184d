"""The stream names inside a legacy Microsoft Office (OLE compound) file, to tell .xls, .doc and .msg apart.

Old Excel workbooks, Word documents and Outlook messages all start with the
same eight bytes; only the names of the streams inside say which is which.
This reads the container's directory and nothing else, with every chain
bounded, so a damaged or hostile file fails with a ReadError, never a hang.
"""

from __future__ import annotations

import struct

from foi_tally.records import ReadError

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENDOFCHAIN = 0xFFFFFFFE
_HEADER_DIFAT_ENTRIES = 109
_DIR_ENTRY_SIZE = 128
_MAX_SECTORS = 1 << 20


def stream_names(data: bytes) -> list[str]:
    """Every storage and stream name in the container's directory, in directory order."""
    if len(data) < 512 or not data.startswith(MAGIC):
        raise ReadError("damaged legacy Office file (the OLE header is incomplete)")
    shift = struct.unpack_from("<H", data, 0x1E)[0]
    if shift not in (9, 12):
        raise ReadError(f"damaged legacy Office file (sector size 2^{shift} is not valid)")
    size = 1 << shift
    fat_count, first_dir = struct.unpack_from("<II", data, 0x2C)
    first_difat, difat_count = struct.unpack_from("<II", data, 0x44)
    sectors_in_file = max(0, (len(data) - size) // size + (1 if (len(data) - size) % size else 0))
    if fat_count > min(_MAX_SECTORS, sectors_in_file):
        raise ReadError("damaged legacy Office file (its allocation table is larger than the file)")

    def sector(index: int) -> bytes:
        start = (index + 1) * size
        if index >= sectors_in_file or start >= len(data):
            raise ReadError("damaged legacy Office file (a sector lies beyond the end of the file)")
        return data[start : start + size].ljust(size, b"\0")

    fat_sectors = [s for s in struct.unpack_from(f"<{_HEADER_DIFAT_ENTRIES}I", data, 0x4C) if s < _ENDOFCHAIN]
    per_difat = size // 4 - 1
    next_difat, seen = first_difat, 0
    while next_difat < _ENDOFCHAIN and len(fat_sectors) < fat_count:
        seen += 1
        if seen > difat_count + 1 or seen > sectors_in_file:
            raise ReadError("damaged legacy Office file (its allocation index loops)")
        entries = struct.unpack(f"<{per_difat + 1}I", sector(next_difat))
        fat_sectors.extend(s for s in entries[:per_difat] if s < _ENDOFCHAIN)
        next_difat = entries[per_difat]
    fat: list[int] = []
    for index in fat_sectors[:fat_count]:
        fat.extend(struct.unpack(f"<{size // 4}I", sector(index)))

    names: list[str] = []
    current, visited = first_dir, set()
    while current < _ENDOFCHAIN:
        if current in visited or current >= len(fat):
            raise ReadError("damaged legacy Office file (its directory chain is broken)")
        visited.add(current)
        block = sector(current)
        for offset in range(0, size, _DIR_ENTRY_SIZE):
            name_length = struct.unpack_from("<H", block, offset + 64)[0]
            kind = block[offset + 66]
            if kind in (1, 2, 5) and 2 <= name_length <= 64:
                names.append(block[offset : offset + name_length - 2].decode("utf-16-le", errors="replace"))
        current = fat[current]
    if not names:
        raise ReadError("damaged legacy Office file (its directory is empty)")
    return names
