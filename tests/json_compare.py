"""Comparing JSON the way the models promise to keep it: up to date-time formatting and number types."""

from __future__ import annotations

import re
from datetime import datetime
from decimal import Decimal
from typing import Any

DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def comparable_json(value: Any) -> Any:
    """JSON with each date-time string parsed, so `+0300`, `+03:00` and `.0Z` compare equal,
    and each float as the exact decimal it was written as, so money that a model decodes to
    `Decimal` compares equal to the float `json.loads` made of the same digits."""
    if isinstance(value, dict):
        return {key: comparable_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [comparable_json(item) for item in value]
    if isinstance(value, (float, Decimal)) and not isinstance(value, bool):
        exact = Decimal(repr(value)) if isinstance(value, float) else value
        return int(exact) if exact.is_finite() and exact == exact.to_integral_value() else exact
    if isinstance(value, str) and DATE_TIME.match(value):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return value  # not a date-time after all: compared as the string it is
    return value


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float, Decimal)):
        return "number"
    return "string" if isinstance(value, str) else "array" if isinstance(value, list) else "object"


def same_json(left: Any, right: Any) -> bool:
    """Equal as JSON, formats aside (see `comparable_json`): kinds matter (`1` is not `true`,
    `"1"` is not `1`), integers and other numbers compare by value."""
    left, right = comparable_json(left), comparable_json(right)
    if isinstance(left, dict) and isinstance(right, dict):
        return left.keys() == right.keys() and all(same_json(left[k], right[k]) for k in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(same_json(a, b) for a, b in zip(left, right))
    return _kind(left) == _kind(right) and bool(left == right)
