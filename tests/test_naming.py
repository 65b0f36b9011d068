"""Python names from spec names: valid, readable, keyword-safe and unique."""

from __future__ import annotations

import keyword

import pytest

from generator.naming import claim_names, constant_case, pascal_case, snake_case, unique_names


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("fooBar", "foo_bar"),
        ("@type", "type"),
        ("@baseType", "base_type"),
        ("class", "class_"),
        ("from", "from_"),
        ("match", "match"),
        ("1st", "value_1st"),
        ("", "value"),
        ("with space", "with_space"),
        ("dotted.name", "dotted_name"),
        ("dash-name", "dash_name"),
        ("größe", "größe"),
        ("HTTPStatus", "http_status"),
        ("X-Api-Token", "x_api_token"),
    ],
)
def test_snake_case(wire: str, python: str) -> None:
    assert snake_case(wire) == python
    assert python.isidentifier() and not keyword.iskeyword(python)


def test_pascal_and_constant_case() -> None:
    assert pascal_case("list payments") == "ListPayments"
    assert pascal_case("2fa") == "Model2fa"
    assert constant_case("waiting_for_payment") == "WAITING_FOR_PAYMENT"
    assert constant_case("1x") == "VALUE_1X"
    assert constant_case("None") == "NONE"


def test_collisions_get_numbered_in_order() -> None:
    assert unique_names(["a", "a", "b", "a"]) == ["a", "a_2", "b", "a_3"]
    assert unique_names(["self"], taken={"self"}) == ["self_2"]


def test_exact_wire_names_are_served_first() -> None:
    # `@type` and `type` both want `type`: the property literally called `type` keeps it,
    # and `@type` gets a name said from its wire name rather than a number.
    assert claim_names(["type", "type"], ["@type", "type"]) == ["at_type", "type"]
    assert claim_names(["base_type", "base_type"], ["@baseType", "base_type"]) == ["at_base_type", "base_type"]
    assert claim_names(["foo_bar", "foo_bar"], ["fooBar", "foo_bar"]) == ["foo_bar_2", "foo_bar"]
    # Without a clash the plain name stays; a spelled name that is taken falls back to a number.
    assert claim_names(["type"], ["@type"]) == ["type"]
    assert claim_names(["type", "type", "at_type"], ["@type", "type", "at_type"]) == ["type_2", "type", "at_type"]
