"""Imported only by the fork server of a local run (as a preload): it ends when the run ends.

Importing this module anywhere else would tie that process's life to its parent's.
"""

from discourse.lifeline import end_with_parent

end_with_parent()
