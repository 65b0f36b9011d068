"""Comparing JSON the way the models promise to keep it: equal up to date-time formatting."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def up_to_datetime_format(value: Any) -> Any:
    """JSON with each date-time string parsed, so `+0300`, `+03:00` and `.0Z` compare equal."""
    if isinstance(value, dict):
        return {key: up_to_datetime_format(item) for key, item in value.items()}
    if isinstance(value, list):
        return [up_to_datetime_format(item) for item in value]
    if isinstance(value, str) and DATE_TIME.match(value):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value  # not a date-time after all: compared as the string it is
    return value
