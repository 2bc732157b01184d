"""datapackage.json (Frictionless Data Package, Table Schema) describing every CSV the tool exports.

Written beside the CSV. Exporting several CSVs into one folder (forces.csv, replies.csv, figures.csv)
builds up one package with a resource for each, so tools like `frictionless validate`, Datasette's
csvs-to-sqlite or a data desk's own loader know the type and meaning of every column.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from foi_tally.outputs.fields import field
from foi_tally.store import write_atomic

PACKAGE_FILE = "datapackage.json"


def resource_name(path: Path) -> str:
    """A Frictionless resource name: lower case letters, digits, '-', '_' and '.'."""
    return re.sub(r"[^a-z0-9._-]+", "-", path.stem.lower()).strip("-") or "data"


def schema(columns: list[str] | tuple[str, ...], table: str | None = None) -> dict[str, object]:
    fields = []
    for column in columns:
        spec = field(column, table)
        item: dict[str, object] = {"name": column, "type": spec.type, "description": spec.description}
        if spec.type == "boolean":
            item["trueValues"], item["falseValues"] = ["true"], ["false"]
        if spec.type == "date":
            item["format"] = "%Y-%m-%d"
        if spec.enum:
            item["constraints"] = {"enum": list(spec.enum)}
        fields.append(item)
    return {"fields": fields, "missingValues": [""]}


def resource(csv_path: Path, columns: list[str] | tuple[str, ...], title: str, excel: bool,
             table: str | None = None) -> dict[str, object]:
    return {
        "name": resource_name(csv_path),
        "path": csv_path.name,
        "title": title,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8-sig" if excel else "utf-8",
        "dialect": {"delimiter": ",", "header": True, "lineTerminator": "\r\n" if excel else "\n",
                    "quoteChar": '"', "doubleQuote": True},
        "schema": schema(columns, table),
    }


def update_package(csv_path: str | Path, columns: list[str] | tuple[str, ...], title: str, excel: bool = False,
                   table: str | None = None) -> Path:
    """Add (or replace) the CSV's resource in the datapackage.json of its folder; returns the package path."""
    csv_file = Path(csv_path)
    package_path = csv_file.parent / PACKAGE_FILE
    package: dict[str, object] = {}
    if package_path.exists():
        try:
            package = json.loads(package_path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError):
            package = {}  # not ours or damaged: rewritten from scratch below
    resources = [r for r in package.get("resources", []) if isinstance(r, dict) and r.get("path") != csv_file.name]  # type: ignore[union-attr]
    resources.append(resource(csv_file, columns, title, excel, table))
    resources.sort(key=lambda r: str(r.get("path")))
    package = {
        "profile": "tabular-data-package",
        "name": "foi-tally-export",
        "title": "Registered sex offenders wanted, whereabouts unknown: FOI round robin tally",
        "description": "Exported by foi-tally. Every figure names the reply file it was read from; "
                       "suppressed figures are ranges (missing_low..missing_high); blank means no value.",
        "resources": resources,
    }
    write_atomic(package_path, json.dumps(package, indent=2, ensure_ascii=False) + "\n")
    return package_path
