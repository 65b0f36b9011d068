"""Does a regeneration break callers? Two API surfaces compared, each difference classified.

`python -m generator diff-api OLD NEW` loads the specs of both sides (files, directories or
git revisions: `sources.py`), builds the IR of each and its public surface
(`generator/surface.py`), and compares package by package (`rules.py`, with the type
algebra in `types.py` and the pairing of renamed items in `match.py`). Nothing is rendered:
the surface is the presentation the templates write the code from.

Every change is breaking or compatible and carries the version bump it calls for
(`report.py`). The version to suggest is per package: major if anything breaks, minor for
additions and other compatible API changes, patch for docstrings alone. A spec may declare
the package's own semantic version as `info.x-client-version`; the report then names the
next version.

Exit codes (decided by the CLI): 0 when nothing breaks, 3 when something does; with
`--fail-on compatible`, any change fails.
"""

from .report import ApiDiff, bumped
from .rules import RULES, diff_surfaces
from .sources import DiffInputError, diff_api, diff_revision, load_surfaces, resolve_source

__all__ = [
    "RULES",
    "ApiDiff",
    "DiffInputError",
    "bumped",
    "diff_api",
    "diff_revision",
    "diff_surfaces",
    "load_surfaces",
    "resolve_source",
]
