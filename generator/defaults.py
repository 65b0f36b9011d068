"""Spec defaults checked against the type they are declared for, and written as Python.

A default is the server's: optional parameters and fields are never sent unless the caller
passes them, so their default is only documented ("Server default: 10"). A required
parameter with a default (often the one value an `enum` allows) gets it as its Python
default, written in its declared type: a `date` as `date(2020, 1, 1)`, an enum value as the
member. A default that does not fit its type is dropped, and build.py warns where it is.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation

from . import ir
from .quoting import py_literal

_NOT_A: dict[str, str] = {
    "str": "a string",
    "int": "an integer",
    "float": "a number",
    "bool": "a boolean",
    "date": "an ISO 8601 date",
    "datetime": "an ISO 8601 date-time with an offset",
    "unix_time": "an integer of seconds",
    "decimal": "a decimal string",
    "decimal_number": "a number",
}


class DefaultMismatch(Exception):
    """The default does not fit its type; the message says what it should have been."""


def coerce(type_: ir.TypeRef, value: object, enums: dict[str, ir.Enum]) -> object:
    """The default as a value of its type's JSON form (`1.0` for an integer becomes `1`);
    raises DefaultMismatch when it is not one."""
    if isinstance(type_, ir.ScalarType):
        return _scalar(type_.kind, value)
    if isinstance(type_, ir.EnumType):
        enum = enums.get(type_.name)
        values = [member.value for member in enum.members] if enum else []
        if value in values and type(value) is type(values[0]):
            return value
        raise DefaultMismatch(f"one of {', '.join(py_literal(v, black_style=False) for v in values)}")
    if isinstance(type_, ir.NullableType):
        return None if value is None else coerce(type_.of, value, enums)
    if isinstance(type_, ir.ListType) and isinstance(value, list):
        return [coerce(type_.of, item, enums) for item in value]
    if isinstance(type_, ir.UnionType):
        for variant in type_.variants:
            try:
                return coerce(variant, value, enums)
            except DefaultMismatch:
                continue
    raise DefaultMismatch(_expected(type_))


def _expected(type_: ir.TypeRef) -> str:
    if isinstance(type_, ir.ListType):
        return "an array"
    if isinstance(type_, (ir.MapType, ir.ModelType)):
        return "a literal value (objects have no Python default)"
    if isinstance(type_, ir.UnionType):
        return "a value of one of its variants"
    return "a value of its type"


def _scalar(kind: ir.ScalarKind, value: object) -> object:
    if kind == "any":
        return value
    if kind == "str" and isinstance(value, str):
        return value
    if kind in ("int", "unix_time") and isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer():
            return int(value)
    if kind in ("float", "decimal_number") and isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    if kind == "bool" and isinstance(value, bool):
        return value
    if kind == "date" and isinstance(value, str):
        try:
            date.fromisoformat(value)
            return value
        except ValueError:
            pass
    if kind == "datetime" and isinstance(value, str):
        try:
            if datetime.fromisoformat(value).tzinfo is not None:
                return value
        except ValueError:
            pass
    if kind == "decimal" and isinstance(value, (str, int, float)) and not isinstance(value, bool):
        try:
            if Decimal(str(value)).is_finite():
                return str(value)
        except InvalidOperation:
            pass
    raise DefaultMismatch(_NOT_A[kind])


def python_literal(type_: ir.TypeRef, value: object, enums: dict[str, ir.Enum], models: str = "models.") -> str | None:
    """The default as operations.py writes it, or None where no literal can say it (lists,
    which would be a shared mutable default)."""
    if value is None:
        return "None"
    if isinstance(type_, ir.NullableType):
        return python_literal(type_.of, value, enums, models)
    if isinstance(type_, ir.EnumType) and type_.name in enums:
        enum = enums[type_.name]
        member = next((m for m in enum.members if m.value == value), None)
        return f"{models}{enum.name}.{member.python_name}" if member else py_literal(value)
    if isinstance(type_, ir.ScalarType):
        if type_.kind == "date":
            parsed = date.fromisoformat(str(value))
            return f"date({parsed.year}, {parsed.month}, {parsed.day})"
        if type_.kind == "datetime":
            return f"datetime.fromisoformat({py_literal(datetime.fromisoformat(str(value)).isoformat())})"
        if type_.kind == "unix_time":
            moment = datetime.fromtimestamp(int(str(value)), timezone.utc).isoformat()
            return f"datetime.fromisoformat({py_literal(moment)})"
        if type_.kind in ("decimal", "decimal_number"):
            return f"Decimal({py_literal(str(value))})"
        return py_literal(value)
    return None

