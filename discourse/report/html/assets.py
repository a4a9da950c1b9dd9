"""The one stylesheet and one script inlined into every report page, and the policy that pins them.

Both are constants, never built from page text, so their SHA-256 hashes can go into the
Content-Security-Policy: the browser then runs this script and applies this stylesheet and
nothing else, even if some comment text escaped its escaping.
"""

from __future__ import annotations

import base64
import hashlib

MAX_INDENT_DEPTH = 8

_DEPTH_RULES = "\n".join(
    f".tree .d{depth} {{ margin-left: calc(var(--indent) * {depth}); }}" for depth in range(1, MAX_INDENT_DEPTH + 1)
)

CSS = """
:root {
  --text: #1b1b1b; --muted: #4a4a4a; --bg: #ffffff; --panel: #f5f5f3; --line: #c9c9c4;
  --link: #0b57d0; --focus: #b3470b; --indent: 1.5rem;
  --disagree: #a4161a; --agree: #1e6b35; --query: #7a4a00; --neutral: #4a4a4a; --author: #4b2a8a;
  --unclear: #0d5c6b; --warn-bg: #fff1c2; --warn-text: #5c3d00; --warn-line: #b07d00;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--text); background: var(--bg); line-height: 1.55;
  font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
}
a { color: var(--link); }
a:focus-visible, button:focus-visible, summary:focus-visible, [tabindex]:focus-visible {
  outline: 3px solid var(--focus); outline-offset: 2px;
}
.skip { position: absolute; left: -999rem; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; z-index: 1; }
.site, main, .foot { max-width: 62rem; margin: 0 auto; padding: 0 1rem; }
main.wide { max-width: 84rem; }
.banner { border: 2px solid var(--warn-line); background: var(--warn-bg); color: var(--warn-text);
  border-radius: .4rem; padding: .5rem 1rem; margin: 1rem 0; }
.banner h2 { font-size: 1.1rem; margin: .25rem 0; border: 0; }
.banner p, .banner ul { margin: .25rem 0; }
.in-short p { margin: .35rem 0; max-width: 48rem; }
.caveat { display: inline-block; font-size: .85rem; padding: 0 .4rem; border-radius: .25rem;
  background: var(--warn-bg); color: var(--warn-text); }
details.test { display: inline; font-size: .9rem; }
details.test summary { display: inline; cursor: pointer; color: var(--link); }
.site { padding-top: .75rem; }
.site a { margin-right: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .75rem 0 .5rem; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.byline, .source, .foot { color: var(--muted); overflow-wrap: anywhere; }
.foot { margin-top: 3rem; padding-bottom: 2rem; font-size: .9rem; }
.figures { display: grid; grid-template-columns: minmax(9rem, max-content) 1fr; gap: .35rem 1rem; margin: 0; }
.figures dt { font-weight: 600; }
.figures dd { margin: 0; overflow-wrap: anywhere; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; }
.charts figure { margin: 0; padding: .75rem; background: var(--panel); border-radius: .4rem; }
.charts h3 { margin: 0 0 .4rem; font-size: .95rem; }
.charts figcaption { font-size: .9rem; color: var(--muted); }
.chart { width: 100%; height: auto; display: block; }
.chart text { font-size: 12px; fill: var(--text); font-family: inherit; }
.chart .axis { stroke: var(--muted); stroke-width: 1; }
.chart .article-mark { stroke: var(--author); stroke-width: 2.5; }
.chart .article-label { fill: var(--author); font-weight: 600; }
.chart .bar-track { fill: #e4e4df; }
.fill-negative, .fill-disagree { fill: var(--disagree); }
.fill-positive, .fill-agree { fill: var(--agree); }
.fill-neutral { fill: #6b6b6b; }
.fill-query { fill: var(--query); }
.fill-unclear { fill: var(--unclear); }
.fill-author { fill: var(--author); }
.article-text p { max-width: 42rem; }
mark { color: inherit; padding: 0 .1em; }
mark.quoted { background: #fff1a8; }
mark.contested { background: #ffd9d6; text-decoration: underline dotted var(--disagree) 2px; }
.refs { font-size: .85rem; white-space: nowrap; }
.legend { font-size: .9rem; color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0; }
.filters button {
  font: inherit; padding: .4rem .8rem; border: 2px solid var(--link); border-radius: 2rem;
  background: var(--bg); color: var(--link); cursor: pointer; min-height: 2.5rem;
}
.filters button[aria-pressed="true"] { background: var(--link); color: #ffffff; }
.tree { list-style: none; padding: 0; margin: 0; }
""" + _DEPTH_RULES + """
.comment {
  border: 1px solid var(--line); border-left: .4rem solid var(--neutral); border-radius: .3rem;
  padding: .5rem .75rem; margin: .6rem 0; background: var(--bg); overflow-wrap: anywhere;
}
.comment:target { box-shadow: 0 0 0 3px var(--focus); }
.comment.stance-disagree { border-left-color: var(--disagree); }
.comment.stance-agree { border-left-color: var(--agree); }
.comment.stance-query { border-left-color: var(--query); }
.comment.stance-unclear { border-left-color: var(--unclear); border-left-style: dashed; }
.comment.by-author { border-left-color: var(--author); background: #f6f2fc; }
.comment h3 { margin: 0 0 .25rem; font-size: 1rem; }
.comment p { margin: .4rem 0; }
.meta { font-size: .9rem; color: var(--muted); margin: 0; }
.labels { display: flex; flex-wrap: wrap; gap: .35rem; margin: .35rem 0; padding: 0; list-style: none; }
.badge { display: inline-block; font-size: .85rem; padding: .05rem .5rem; border-radius: .25rem; color: #ffffff; }
.badge.stance-disagree { background: var(--disagree); }
.badge.stance-agree { background: var(--agree); }
.badge.stance-query { background: var(--query); }
.badge.stance-unclear { background: var(--unclear); }
.badge.stance-neutral { background: var(--neutral); }
.badge.by-author { background: var(--author); }
.badge.sent-positive { background: #e3f4e8; color: #145c2e; }
.badge.sent-negative { background: #fde8e7; color: #8c1d18; }
.badge.sent-neutral { background: #ececec; color: #3d3d3d; }
.badge.topic-off { background: #fff1c2; color: #5c3d00; }
.badge.topic-on { background: #e8eefc; color: #1d3f8f; }
.cues { font-size: .9rem; margin: .25rem 0; }
.why summary { cursor: pointer; color: var(--link); font-size: .9rem; }
.why dl { margin: .25rem 0; font-size: .9rem; }
.why dd { margin-left: 1rem; }
.why ul { margin: .1rem 0; padding-left: 1.1rem; }
code {
  font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; background: var(--panel); padding: 0 .2em;
}
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
caption { text-align: left; color: var(--muted); padding: .5rem 0; }
th, td { border-bottom: 1px solid var(--line); padding: .45rem .5rem; text-align: left; vertical-align: top; }
td.num { text-align: right; white-space: nowrap; }
tbody th { font-weight: 400; min-width: 14rem; }
tbody th a { font-weight: 600; }
thead th[data-type="number"] { text-align: right; }
th button {
  font: inherit; font-weight: 700; border: 0; background: none; color: var(--text); padding: 0; cursor: pointer;
  text-align: left;
}
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
.small { font-size: .85rem; color: var(--muted); }
@media (min-width: 80rem) {
  main.article-page, .article-nav, .article-foot { max-width: 112rem; }
  .reading { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.25fr); gap: 2.5rem; align-items: start; }
}
@media (max-width: 40rem) {
  :root { --indent: .6rem; }
  h1 { font-size: 1.35rem; }
  .figures { grid-template-columns: 1fr; }
  .figures dd { margin-bottom: .4rem; }
  table.sortable, table.sortable tbody, table.sortable tr, table.sortable caption { display: block; }
  table.sortable thead tr { display: flex; flex-wrap: wrap; gap: .25rem .9rem; align-items: baseline; }
  table.sortable thead tr::before { content: "Sort by:"; color: var(--muted); }
  table.sortable thead th { border: 0; padding: .2rem 0; font-size: .9rem; }
  table.sortable tbody tr { border-top: 2px solid var(--line); padding: .5rem 0; }
  table.sortable tbody th, table.sortable tbody td {
    display: block; border: 0; padding: .1rem 0; text-align: left; min-width: 0; white-space: normal;
  }
  table.sortable tbody td::before { content: attr(data-label) ": "; font-weight: 600; }
  table.sortable tbody td br { display: none; }
  table.sortable tbody td .small::before { content: " \\00b7  "; }
}
@media screen { .filtered-out { display: none; } }
@media print {
  :root { --indent: 1rem; }
  body { font-size: 10.5pt; }
  .skip, .site, .filters, .filter-status { display: none; }
  a { color: inherit; }
  .comment, figure, tr { break-inside: avoid; }
  .charts { grid-template-columns: 1fr 1fr 1fr; }
  .badge { border: 1px solid #000000; }
}
"""

JS = """
(function () {
  "use strict";

  function sortValue(row, column) {
    var cell = row.cells[column];
    var raw = cell.getAttribute("data-sort");
    return raw === null ? cell.textContent.trim().toLowerCase() : parseFloat(raw);
  }

  function sortTable(table, header) {
    var column = header.cellIndex;
    var numeric = header.getAttribute("data-type") === "number";
    var current = header.getAttribute("aria-sort");
    var descending = current ? current === "ascending" : numeric;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = sortValue(a, column), y = sortValue(b, column);
      var order = numeric ? x - y : x.localeCompare(y);
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }

  document.querySelectorAll("table.sortable th button").forEach(function (button) {
    button.addEventListener("click", function () {
      sortTable(button.closest("table"), button.closest("th"));
    });
  });

  var tree = document.getElementById("comment-tree");
  var filters = document.getElementById("filters");
  if (!tree || !filters) { return; }
  var comments = tree.querySelectorAll("li.comment");
  var status = document.getElementById("filter-status");

  function applyFilter(name) {
    var shown = 0;
    comments.forEach(function (comment) {
      var visible = name === "all" || comment.getAttribute("data-" + name) === "yes";
      comment.classList.toggle("filtered-out", !visible);
      if (visible) { shown += 1; }
    });
    filters.querySelectorAll("button").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-filter") === name));
    });
    status.textContent = "Showing " + shown + " of " + comments.length + " comments.";
  }

  filters.querySelectorAll("button").forEach(function (button) {
    button.addEventListener("click", function () { applyFilter(button.getAttribute("data-filter")); });
  });

  function revealTarget() {
    var target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    if (target && target.classList.contains("filtered-out")) {
      applyFilter("all");
      target.scrollIntoView();
    }
  }

  window.addEventListener("hashchange", revealTarget);
  filters.hidden = false;
  status.hidden = false;
})();
"""


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


CONTENT_SECURITY_POLICY = (
    f"default-src 'none'; script-src {_sha256(JS)}; style-src {_sha256(CSS)}; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)
