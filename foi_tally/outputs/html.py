"""One self-contained HTML page per tally: the headline, a sortable table, the by-year chart and every source.

The page loads nothing: CSS, the table sorter and the SVG chart are inline, and a Content-Security-Policy
forbids any fetch, so it can be mailed to a partner or opened from a USB stick. Everything that came from a
document (file names, references, original text, review reasons) is HTML-escaped. Links to the source files
are relative, so the page works beside the folder of replies it was built from.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from html import escape
from pathlib import Path
from urllib.parse import quote

from foi_tally.exemptions import describe
from foi_tally.merge import ForceFigure, Tally
from foi_tally.outputs.context import context_row, rate_label
from foi_tally.outputs.formats import VIEW_TITLES, display_rows, national_row
from foi_tally.outputs.notes import methodology
from foi_tally.outputs.views import by_year, year_label
from foi_tally.report import STATUS_LABELS, figure_label, figure_notes, headline, sorted_figures, status_label

Linker = Callable[[str], "str | None"]

CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;margin:0;
background:#fff}main{max-width:1100px;margin:0 auto;padding:1.5rem}h1{font-size:1.5rem;margin:.2rem 0}
h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #1b1b1b}.headline{font-size:1.15rem}
.figure{font-size:3rem;font-weight:700;display:block;line-height:1.1}#coverage{color:#444}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.9rem}th,td{padding:.3rem .5rem;
border-bottom:1px solid #ddd;text-align:left;vertical-align:top}th{background:#f2f2f2}
table.sortable th{cursor:pointer;user-select:none}table.sortable th[aria-sort=ascending]::after{content:" \\25B2"}
table.sortable th[aria-sort=descending]::after{content:" \\25BC"}td.num,th.num{text-align:right;
font-variant-numeric:tabular-nums}tfoot td{font-weight:700;border-top:2px solid #1b1b1b}
.flag{background:#fff3cd;padding:0 .3rem;border-radius:3px}.override{background:#e2e3f5;padding:0 .3rem;
border-radius:3px}details{border:1px solid #ddd;border-radius:4px;margin:.4rem 0;padding:.3rem .6rem}
summary{cursor:pointer;font-weight:600}.muted{color:#666}.snippet{font-family:ui-monospace,Menlo,Consolas,
monospace;font-size:.8rem;white-space:pre-wrap;word-break:break-word}svg text{font-family:inherit}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem}dt{font-weight:600}dd{margin:0}
"""

# Sorts the by-force table by a clicked header; the order is kept in the address (#sort=missing-desc), so a
# link to the page can open it sorted.
SCRIPT = """
(function(){
  var table=document.getElementById('forces');if(!table){return;}
  var heads=table.tHead.rows[0].cells,body=table.tBodies[0];
  function value(row,i){var c=row.cells[i];var v=c.getAttribute('data-sort');return v===null?c.textContent:v;}
  function sortBy(i,dir){
    var rows=Array.prototype.slice.call(body.rows),numeric=heads[i].getAttribute('data-type')==='number';
    rows.sort(function(a,b){var x=value(a,i),y=value(b,i),r;
      if(numeric){x=x===''?-Infinity:parseFloat(x);y=y===''?-Infinity:parseFloat(y);r=x-y;}
      else{r=x.localeCompare(y);}
      if(r===0){r=a.cells[0].textContent.localeCompare(b.cells[0].textContent);return r;}
      return dir==='asc'?r:-r;});
    rows.forEach(function(r){body.appendChild(r);});
    for(var j=0;j<heads.length;j++){heads[j].removeAttribute('aria-sort');}
    heads[i].setAttribute('aria-sort',dir==='asc'?'ascending':'descending');
    table.setAttribute('data-sorted',heads[i].getAttribute('data-key')+'-'+dir);
  }
  Array.prototype.forEach.call(heads,function(th,i){
    th.addEventListener('click',function(){
      var dir=th.getAttribute('aria-sort')==='descending'?'asc':'desc';
      if(th.getAttribute('aria-sort')===null&&th.getAttribute('data-type')!=='number'){dir='asc';}
      sortBy(i,dir);history.replaceState(null,'','#sort='+th.getAttribute('data-key')+'-'+dir);});});
  var m=/sort=([a-z_0-9]+)-(asc|desc)/.exec(location.hash);
  if(m){for(var k=0;k<heads.length;k++){if(heads[k].getAttribute('data-key')===m[1]){sortBy(k,m[2]);}}}
})();
"""

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def source_linker(sources_dir: str | os.PathLike[str] | None, output: str | os.PathLike[str] | None) -> Linker:
    """Relative links from the page (written to `output`) to the ingested files under `sources_dir`."""

    def link(source: str) -> str | None:
        if sources_dir is None or source.startswith("("):
            return None
        target = Path(sources_dir) / source
        if not target.exists():
            return None  # no link rather than a broken one
        start = Path(output).resolve().parent if output not in (None, "-") else Path.cwd()
        relative = os.path.relpath(target.resolve(), start)
        return quote(Path(relative).as_posix(), safe="/")

    return link


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _source(source: str, link: Linker) -> str:
    href = link(source)
    return f'<a href="{_e(href)}">{_e(source)}</a>' if href else _e(source)


def year_svg(rows: list[dict[str, object]], width: int = 720, height: int = 280) -> str:
    """A labelled bar chart of the by-year rows; the 'unknown' bar stands apart, ranges show as a light cap."""
    shown = [r for r in rows if r["year"] is not None or r["missing_high"]]
    if not shown:
        return '<p class="muted">No dated figures to chart.</p>'
    left, right, top, bottom = 40, 10, 28, 46
    peak = max(int(r["missing_high"]) for r in shown) or 1  # type: ignore[call-overload]
    gap = 1 if any(r["year"] is None for r in shown) else 0
    slot = (width - left - right) / (len(shown) + gap)
    bar = slot * 0.72
    scale = (height - top - bottom) / peak
    base = height - bottom
    parts = [
        (f'<svg id="year-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-labelledby="year-chart-title">'),
        '<title id="year-chart-title">Missing registered sex offenders by the year they went missing</title>',
        f'<line x1="{left}" y1="{base}" x2="{width - right}" y2="{base}" stroke="#1b1b1b"/>',
        (f'<text x="{left}" y="14" font-size="12" fill="#444">Offenders still missing, by year they went missing'
        "</text>"),
    ]
    for i, row in enumerate(shown):
        position = i + (gap if row["year"] is None else 0)
        x = left + position * slot + (slot - bar) / 2
        low, high = int(row["missing_low"]), int(row["missing_high"])  # type: ignore[call-overload]
        fill = "#9a9a9a" if row["year"] is None else "#1f5a96"
        h_low, h_high = low * scale, high * scale
        label = year_label(row["year"])
        parts.append(
            f'<rect class="bar" data-year="{_e(label)}" data-missing="{_e(figure_label(low, high))}" '
            f'x="{x:.1f}" y="{base - h_low:.1f}" width="{bar:.1f}" height="{h_low:.1f}" fill="{fill}">'
            f"<title>{_e(label)}: {_e(figure_label(low, high))}</title></rect>"
        )
        if high > low:
            parts.append(f'<rect x="{x:.1f}" y="{base - h_high:.1f}" width="{bar:.1f}" height="{h_high - h_low:.1f}" '
                         f'fill="{fill}" fill-opacity="0.35"/>')
        parts.append(f'<text x="{x + bar / 2:.1f}" y="{base - h_high - 4:.1f}" font-size="11" '
                     f'text-anchor="middle">{_e(figure_label(low, high))}</text>')
        year_text = label if row["year"] is None else f"\u2019{label[2:]}" if len(shown) > 14 else label
        parts.append(f'<text x="{x + bar / 2:.1f}" y="{base + 15}" font-size="11" text-anchor="middle">'
                     f"{_e(year_text)}</text>")
    parts.append(f'<text x="{left}" y="{height - 8}" font-size="11" fill="#444">Year went missing '
                 "(\u2018unknown\u2019: no date given, or a range spanning years)</text>")
    parts.append("</svg>")
    return "\n".join(parts)


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n"
        f"<script>{SCRIPT}</script>\n</body>\n</html>\n"
    )


def _headline_block(tally: Tally) -> str:
    total = figure_label(tally.missing_low, tally.missing_high)
    return (
        f'<p class="headline"><span id="total" class="figure">{_e(total)}</span> registered sex offenders '
        "wanted because their whereabouts are unknown</p>\n"
        f'<p id="coverage">{_e(headline(tally))}</p>'
    )


def _force_table(tally: Tally, context: bool) -> str:
    heads = [("force", "Force", "text"), ("status", "Status", "text"), ("missing", "Missing", "number"),
             ("since", "Earliest since", "text"), ("as_of", "As of", "text")]
    if context:
        heads.append(("per_100k", "Per 100,000 people", "number"))
    heads.append(("notes", "Notes", "text"))
    out = ['<table id="forces" class="sortable"><thead><tr>']
    for key, label, kind in heads:
        cls = ' class="num"' if kind == "number" else ""
        out.append(f'<th data-key="{key}" data-type="{kind}"{cls} scope="col">{_e(label)}</th>')
    out.append("</tr></thead><tbody>")
    for figure in sorted_figures(tally, "count"):
        reply = figure.reply
        status = status_label(figure.status, reply.exemptions if reply else ())
        count = figure_label(figure.missing_low, figure.missing_high) if figure.counted else ""
        sort_value = str(figure.missing_high) if figure.counted else ""
        notes = []
        for kind, text in figure_notes(figure):
            if kind == "review":
                shown = figure_label(figure.missing_low, figure.missing_high)
                notes.append(f'<span class="flag">{_e(text)}</span>' + (f" ({_e(shown)} not counted)" if shown else ""))
            elif kind == "override":
                notes.append(f'<span class="override">{_e(text)}</span>')
            else:
                notes.append(_e(text))
        cells = [
            (f'<td data-sort="{_e(figure.force.name)}"><a href="#force-{_e(figure.force.slug)}">'
            f"{_e(figure.force.name)}</a></td>"),
            f"<td>{_e(status)}</td>",
            f'<td class="num" data-sort="{_e(sort_value)}">{_e(count)}</td>',
            f"<td>{_e(figure.earliest_missing_since or '')}</td>",
            f"<td>{_e(reply.as_of if reply else '')}</td>",
        ]
        if context:
            ctx = context_row(figure)
            rate = rate_label(ctx["per_100k_low"], ctx["per_100k_high"])  # type: ignore[arg-type]
            title = f' title="population {ctx["population"]:,} ({_e(ctx["population_year"])})"' if ctx["population"] else ""
            cells.append(f'<td class="num" data-sort="{_e(ctx["per_100k_high"] if rate else "")}"{title}>'
                         f"{_e(rate)}</td>")
        cells.append(f"<td>{', '.join(notes)}</td>")
        out.append(f'<tr data-force="{_e(figure.force.name)}">' + "".join(cells) + "</tr>")
    out.append("</tbody><tfoot><tr>")
    out.append(f'<td>National</td><td></td><td class="num" id="national-total">'
               f"{_e(figure_label(tally.missing_low, tally.missing_high))}</td>")
    out.append("<td></td>" * (len(heads) - 3) + "</tr></tfoot></table>")
    return "".join(out)


def _force_detail(figure: ForceFigure, link: Linker) -> str:
    reply = figure.reply
    count = figure_label(figure.missing_low, figure.missing_high)
    summary = f"{figure.force.name}: {STATUS_LABELS.get(figure.status, figure.status)}"
    if count:
        summary += f", {count}" + ("" if figure.counted else " (not counted)")
    out = [f'<details class="force-detail" id="force-{_e(figure.force.slug)}"><summary>{_e(summary)}</summary><dl>']

    def item(term: str, value: str) -> None:
        out.append(f"<dt>{_e(term)}</dt><dd>{value}</dd>")

    if reply is None:
        item("Reply", "no reply received")
    else:
        item("Source", ", ".join(_source(s, link) for s in figure.sources))
        item("Reference", _e(reply.reference or "\u2013"))
        item("Figures as of", _e(reply.as_of or "unknown"))
        if reply.stated_total_text:
            item("Stated", f'<span class="snippet">{_e(reply.stated_total_text)}</span>')
        act = reply.act or figure.force.act
        if reply.exemptions:
            item("Exemptions", _e("; ".join(describe(s, act) for s in reply.exemptions)))
    if figure.history:
        item("Superseded", ", ".join(f"{_source(r.source, link)} (as of {_e(r.as_of or '?')})" for r in figure.history))
    if figure.changed_from is not None:
        item("Changed from", _e(figure.changed_from))
    if figure.duplicates:
        item("Duplicates", ", ".join(_source(r.source, link) for r in figure.duplicates))
    if figure.review_reasons:
        item("Needs review", "<br>".join(f'<span class="flag">{_e(r)}</span>' for r in figure.review_reasons))
    if figure.overrides:
        item("Overrides", "<br>".join(f'<span class="override">{_e(o.describe())}</span>' for o in figure.overrides))
    if reply is not None and reply.warnings:
        item("Warnings", "<br>".join(_e(w) for w in reply.warnings))
    out.append("</dl>")
    if figure.entries:
        out.append('<table class="entries"><thead><tr><th class="num">Count</th><th>Missing since</th>'
                   "<th>Status</th><th>Where</th><th>Original text</th></tr></thead><tbody>")
        for entry in figure.entries:
            since = entry.since or "unknown"
            if entry.since_latest:
                since += f" to {entry.since_latest}"
            href = link(entry.locator.file)
            where = _e(entry.locator.describe())
            if href:
                where = f'<a href="{_e(href)}">{where}</a>'
            out.append(
                f'<tr><td class="num">{_e(figure_label(entry.count_low, entry.count_high))}</td>'
                f"<td>{_e(since)} <span class=\"muted\">({_e(entry.precision)})</span></td>"
                f"<td>{_e(entry.status.replace('_', ' '))}</td><td>{where}</td>"
                f'<td class="snippet">{_e(entry.text)}</td></tr>'
            )
        out.append("</tbody></table>")
    out.append("</details>")
    return "".join(out)


def report_page(tally: Tally, *, link: Linker | None = None, context: bool = True,
                title: str = "Registered sex offenders wanted, whereabouts unknown") -> str:
    """The whole report as one page: headline, sortable table, by-year chart, per-force detail, notes."""
    link = link or source_linker(None, None)
    years = by_year(tally)
    body = [
        f"<header><h1>{_e(title)}</h1>", _headline_block(tally), "</header>",
        "<section><h2>By force</h2>",
        ('<p class="muted">Click a column heading to sort. Forces that refused, did not reply or await review '
        "are listed but not counted.</p>"),
        _force_table(tally, context), "</section>",
        '<section><h2>By year they went missing</h2>', year_svg(years),
        _simple_table("year", years, tally, "years"), "</section>",
        '<section id="detail"><h2>Each force: sources, flags and figures</h2>',
        *(_force_detail(f, link) for f in sorted(tally.forces, key=lambda f: f.force.name)),
        "</section>",
        '<section id="notes"><h2>How these figures were made</h2><dl>',
        *(f"<dt>{_e(topic)}</dt><dd>{_e(text)}</dd>" for topic, text in methodology(tally)),
        "</dl></section>",
        ('<footer class="muted"><p>Made with foi-tally from the parsed replies; every figure links to the file '
        "it was read from.</p></footer>"),
    ]
    return _page(title, "\n".join(body))


def _simple_table(view: str, rows: list[dict[str, object]], tally: Tally, table_id: str) -> str:
    headers, cells = display_rows(view, rows)
    out = [f'<table id="{table_id}"><thead><tr>']
    out += [f'<th{" class=num" if h in ("Missing", "Forces") else ""} scope="col">{_e(h)}</th>' for h in headers]
    out.append("</tr></thead><tbody>")
    for line in cells:
        out.append("<tr>" + "".join(
            f'<td{" class=num" if i else ""}>{_e(c)}</td>' for i, c in enumerate(line)) + "</tr>")
    total = national_row(view, tally)
    out.append("</tbody><tfoot><tr>" + "".join(
        f'<td{" class=num" if i else ""}>{_e(c)}</td>' for i, c in enumerate(total)) + "</tr></tfoot></table>")
    return "".join(out)


def view_page(view: str, rows: list[dict[str, object]], tally: Tally) -> str:
    """A small self-contained page for the by-year or by-duration view."""
    title = VIEW_TITLES[view]
    body = [f"<header><h1>{_e(title)}</h1>", _headline_block(tally), "</header>"]
    if view == "year":
        body.append(year_svg(rows))
    body.append(_simple_table(view, rows, tally, {"year": "years", "duration": "durations"}[view]))
    return _page(title, "\n".join(body))
