"""Self-contained HTML reports: an index of articles and one page per article.

Pages work offline and load nothing: the stylesheet, script and SVG charts are inline,
and a Content-Security-Policy allows only those, because comment text is untrusted.
"""

from discourse.report.html.render import INDEX, write_atomic, write_reports

__all__ = ["INDEX", "write_atomic", "write_reports"]
