# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""The package's logger, named after the package that vendors this runtime (e.g. `wepay`)."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__.rpartition(".runtime.")[0] or __name__)
