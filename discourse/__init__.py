"""discourse: what readers argued about, per article, with the evidence."""

__version__ = "0.1.0"
