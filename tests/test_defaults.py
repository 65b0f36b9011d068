"""Spec defaults: checked against their declared type, written as Python in that type."""

from __future__ import annotations

import pytest

from generator import ir
from generator.defaults import DefaultMismatch, coerce, python_literal

STATUS = ir.Enum("Status", "", "str", (ir.EnumMember("ACTIVE", "active"), ir.EnumMember("GONE", "gone")))
ENUMS = {"Status": STATUS}


def scalar(kind: ir.ScalarKind) -> ir.ScalarType:
    return ir.ScalarType(kind)


@pytest.mark.parametrize(
    ("type_", "value", "coerced", "literal"),
    [
        (scalar("str"), "all", "all", '"all"'),
        (scalar("int"), 10, 10, "10"),
        (scalar("int"), 10.0, 10, "10"),
        (scalar("float"), 1, 1, "1"),
        (scalar("bool"), False, False, "False"),
        (scalar("date"), "2020-01-01", "2020-01-01", "date(2020, 1, 1)"),
        (scalar("datetime"), "2020-01-01T10:00:00Z", "2020-01-01T10:00:00Z", 'datetime.fromisoformat("2020-01-01T10:00:00+00:00")'),
        (scalar("unix_time"), 0, 0, 'datetime.fromisoformat("1970-01-01T00:00:00+00:00")'),
        (scalar("decimal"), "1.50", "1.50", 'Decimal("1.50")'),
        (ir.EnumType("Status", "str"), "gone", "gone", "models.Status.GONE"),
        (ir.NullableType(scalar("int")), None, None, "None"),
        (ir.UnionType((scalar("int"), scalar("str"))), "x", "x", None),
        (ir.ListType(scalar("int")), [1, 2.0], [1, 2], None),
    ],
)
def test_defaults_that_fit(type_: ir.TypeRef, value: object, coerced: object, literal: str | None) -> None:
    assert coerce(type_, value, ENUMS) == coerced
    if literal is not None:
        assert python_literal(type_, coerced, ENUMS) == literal


@pytest.mark.parametrize(
    ("type_", "value", "why"),
    [
        (scalar("str"), 1, "a string"),
        (scalar("int"), 1.5, "an integer"),
        (scalar("int"), True, "an integer"),
        (scalar("bool"), "true", "a boolean"),
        (scalar("date"), "2020-13-01", "an ISO 8601 date"),
        (scalar("datetime"), "Current date and time", "an ISO 8601 date-time with an offset"),
        (scalar("datetime"), "2020-01-01T10:00:00", "an ISO 8601 date-time with an offset"),
        (ir.EnumType("Status", "str"), "deleted", "one of 'active', 'gone'"),
        (ir.ModelType("Thing"), {}, "a literal value (objects have no Python default)"),
        (ir.ListType(scalar("int")), "1,2", "an array"),
    ],
)
def test_defaults_that_do_not_fit_say_what_they_should_be(type_: ir.TypeRef, value: object, why: str) -> None:
    with pytest.raises(DefaultMismatch) as mismatch:
        coerce(type_, value, ENUMS)
    assert str(mismatch.value) == why


def test_lists_have_no_python_default() -> None:
    """A list default would be one list shared by every call: the parameter stays required."""
    assert python_literal(ir.ListType(scalar("int")), [1], ENUMS) is None
