"""`generator.runtime.decoding`: each decoder accepts its JSON type only and says what it expected."""

from __future__ import annotations

import enum
from collections import OrderedDict
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.runtime.decoding import (
    decode_bytes,
    decode_date,
    decode_datetime,
    decode_decimal,
    decode_list,
    decode_map,
    decode_nullable,
    decode_tagged,
    decode_union,
    decode_unix_time,
    encode_any,
    encode_bytes,
    encode_date,
    encode_datetime,
    encode_decimal,
    encode_enum,
    encode_unix_time,
    enum_decoder,
    expect_bool,
    expect_float,
    expect_int,
    expect_object,
    expect_str,
    identity,
    is_array,
    is_object,
    missing,
)
from generator.runtime.exceptions import DecodeError

UTC = timezone.utc


class Colour(str, enum.Enum):
    RED = "red"
    BLUE = "blue"


class Level(int, enum.Enum):
    LOW = 1
    HIGH = 2


def message(error: pytest.ExceptionInfo[DecodeError]) -> str:
    return str(error.value)


# -- scalars -------------------------------------------------------------------------------


def test_is_object_and_is_array() -> None:
    assert is_object({}) and is_object(OrderedDict(a=1))
    assert not is_object([]) and not is_object("{}") and not is_object(None)
    assert is_array([]) and is_array([1])
    assert not is_array(()) and not is_array({}) and not is_array("[]")


def test_identity_returns_its_argument() -> None:
    value = {"a": [1]}
    assert identity(value) is value


def test_expect_str() -> None:
    assert expect_str("") == ""
    assert expect_str("é") == "é"
    with pytest.raises(DecodeError) as error:
        expect_str(5)
    assert message(error) == "expected string, got integer 5"
    with pytest.raises(DecodeError, match="expected string, got null"):
        expect_str(None)


def test_expect_int_refuses_bool_and_fractions_but_takes_integral_floats() -> None:
    assert expect_int(0) == 0
    assert expect_int(-7) == -7
    assert expect_int(10**30) == 10**30
    assert expect_int(3.0) == 3 and type(expect_int(3.0)) is int
    assert expect_int(-0.0) == 0 and type(expect_int(-0.0)) is int
    for value, shown in [
        (True, "boolean True"),
        (False, "boolean False"),
        (3.5, "number 3.5"),
        ("3", "string '3'"),
        (float("inf"), "number inf"),
        (float("nan"), "number nan"),
        ([3], "array"),
        ({}, "object"),
    ]:
        with pytest.raises(DecodeError) as error:
            expect_int(value)
        assert message(error) == f"expected integer, got {shown}"


def test_expect_float_takes_ints_not_bools() -> None:
    assert expect_float(1.5) == 1.5
    assert expect_float(2) == 2 and type(expect_float(2)) is int
    for value in (True, "1.5", None):
        with pytest.raises(DecodeError, match="^expected number, got"):
            expect_float(value)


def test_expect_bool_refuses_ints() -> None:
    assert expect_bool(True) is True and expect_bool(False) is False
    for value, shown in [(1, "integer 1"), (0, "integer 0"), ("true", "string 'true'")]:
        with pytest.raises(DecodeError) as error:
            expect_bool(value)
        assert message(error) == f"expected boolean, got {shown}"


def test_long_values_are_not_echoed_in_messages() -> None:
    with pytest.raises(DecodeError) as error:
        expect_int("x" * 100)
    assert message(error) == "expected integer, got string"


def test_expect_object_names_the_model() -> None:
    payload = OrderedDict(a=1)
    assert expect_object(payload, "Payment") is payload
    with pytest.raises(DecodeError) as error:
        expect_object([1], "Payment")
    assert message(error) == "Payment: expected object, got array"
    assert error.value.model == "Payment" and error.value.path == ()


def test_missing_names_model_and_field() -> None:
    error = missing("Payment", "amount")
    assert str(error) == "Payment.amount: required field is missing"
    assert error.location == "amount"


# -- dates and times -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("2024-03-05T10:20:30Z", timedelta(0)),
        ("2024-03-05T10:20:30+03:00", timedelta(hours=3)),
        ("2024-03-05T10:20:30+0300", timedelta(hours=3)),
        ("2024-03-05T10:20:30-05:30", -timedelta(hours=5, minutes=30)),
        ("2024-03-05T10:20:30.250Z", timedelta(0)),
    ],
)
def test_decode_datetime_offsets(text: str, offset: timedelta) -> None:
    parsed = decode_datetime(text)
    assert parsed.utcoffset() == offset
    assert (parsed.year, parsed.month, parsed.day) == (2024, 3, 5)
    assert (parsed.hour, parsed.minute, parsed.second) == (10, 20, 30)


def test_decode_datetime_keeps_fractions() -> None:
    assert decode_datetime("2024-03-05T10:20:30.250Z").microsecond == 250000


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "2024-03-05T10:20:30",
            "expected date-time with an offset, got string '2024-03-05T10:20:30'",
        ),
        ("2024-03-05", "expected date-time with an offset, got string '2024-03-05'"),
        ("yesterday", "expected date-time, got string 'yesterday'"),
        ("2024-13-05T10:20:30Z", "expected date-time, got string '2024-13-05T10:20:30Z'"),
        (1709634030, "expected date-time string, got integer 1709634030"),
        (None, "expected date-time string, got null"),
    ],
)
def test_decode_datetime_refusals(value: Any, expected: str) -> None:
    with pytest.raises(DecodeError) as error:
        decode_datetime(value)
    assert message(error) == expected


def test_encode_datetime_keeps_the_offset() -> None:
    moment = datetime(2024, 3, 5, 10, 20, 30, tzinfo=timezone(timedelta(hours=3)))
    assert encode_datetime(moment) == "2024-03-05T10:20:30+03:00"
    assert decode_datetime(encode_datetime(moment)) == moment


def test_decode_and_encode_date() -> None:
    assert decode_date("2024-02-29") == date(2024, 2, 29)
    assert encode_date(date(2024, 2, 29)) == "2024-02-29"
    with pytest.raises(DecodeError) as error:
        decode_date("2023-02-29")
    assert message(error) == "expected date, got string '2023-02-29'"
    with pytest.raises(DecodeError) as error:
        decode_date(20240229)
    assert message(error) == "expected date string, got integer 20240229"


def test_decode_unix_time() -> None:
    assert decode_unix_time(0) == datetime(1970, 1, 1, tzinfo=UTC)
    assert decode_unix_time(1709634030) == datetime(2024, 3, 5, 10, 20, 30, tzinfo=UTC)
    assert decode_unix_time(-86400) == datetime(1969, 12, 31, tzinfo=UTC)
    assert decode_unix_time(1709634030).tzinfo is UTC


@pytest.mark.parametrize("value", [10**20, -(10**20), 253402300800])
def test_decode_unix_time_out_of_range(value: int) -> None:
    with pytest.raises(DecodeError) as error:
        decode_unix_time(value)
    assert message(error) == f"expected unix time in range, got integer {value}"


@pytest.mark.parametrize("value", [1.5, True, "1709634030", None])
def test_decode_unix_time_wants_integer_seconds(value: Any) -> None:
    with pytest.raises(DecodeError, match=r"^expected unix time \(integer seconds\), got"):
        decode_unix_time(value)


def test_encode_unix_time_rounds_down() -> None:
    assert encode_unix_time(datetime(2024, 3, 5, 10, 20, 30, 900000, tzinfo=UTC)) == 1709634030
    # Half a second before the epoch lies in the second that starts at -1.
    assert encode_unix_time(datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC)) == -1
    plus_three = timezone(timedelta(hours=3))
    assert encode_unix_time(datetime(1970, 1, 1, 3, tzinfo=plus_three)) == 0


@given(st.integers(min_value=-(2**35), max_value=2**35))
def test_unix_time_round_trip(seconds: int) -> None:
    assert encode_unix_time(decode_unix_time(seconds)) == seconds


# -- decimals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sent"),
    [
        ("0.00000099", "0.00000099"),
        ("10.50", "10.50"),
        ("-0.0001", "-0.0001"),
        ("12345678901234567890.123456789", "12345678901234567890.123456789"),
        ("9.9E-7", "0.00000099"),
        ("100", "100"),
        ("1E+3", "1E+3"),
    ],
)
def test_decimals_keep_every_digit_and_are_sent_positionally(text: str, sent: str) -> None:
    value = decode_decimal(text)
    assert value == Decimal(text)
    assert encode_decimal(value) == sent
    assert decode_decimal(encode_decimal(value)) == value


@pytest.mark.parametrize("text", ["NaN", "nan", "Infinity", "-Infinity", "sNaN", "inf"])
def test_decode_decimal_refuses_non_finite(text: str) -> None:
    with pytest.raises(DecodeError) as error:
        decode_decimal(text)
    assert message(error) == f"expected decimal string, got string {text!r}"


@pytest.mark.parametrize(
    ("value", "shown"), [("ten", "string 'ten'"), (10.5, "number 10.5"), (10, "integer 10")]
)
def test_decode_decimal_wants_a_numeric_string(value: Any, shown: str) -> None:
    with pytest.raises(DecodeError) as error:
        decode_decimal(value)
    assert message(error) == f"expected decimal string, got {shown}"


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_decimal_round_trip(value: Decimal) -> None:
    sent = encode_decimal(value)
    assert decode_decimal(sent) == value
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent <= 0:
        assert "E" not in sent


# -- enums ---------------------------------------------------------------------------------


def test_decode_enum_members() -> None:
    assert enum_decoder(Colour)("red") is Colour.RED
    assert enum_decoder(Level)(2) is Level.HIGH
    assert enum_decoder(Level)(2.0) is Level.HIGH  # an integer written as 2.0, as expect_int takes it


def test_decode_enum_is_open_to_unknown_values_of_its_type() -> None:
    assert enum_decoder(Colour)("green") == "green"
    assert not isinstance(enum_decoder(Colour)("green"), Colour)
    assert enum_decoder(Level)(7) == 7


@pytest.mark.parametrize(
    ("enum_type", "value", "expected"),
    [
        (Colour, 1, "expected string, got integer 1"),
        (Colour, None, "expected string, got null"),
        (Level, "1", "expected integer, got string '1'"),
        (Level, True, "expected integer, got boolean True"),
        (Level, False, "expected integer, got boolean False"),
        (Level, 1.5, "expected integer, got number 1.5"),
        (Colour, True, "expected string, got boolean True"),
    ],
)
def test_decode_enum_refuses_other_types(
    enum_type: type[enum.Enum], value: Any, expected: str
) -> None:
    with pytest.raises(DecodeError) as error:
        enum_decoder(enum_type)(value)
    assert message(error) == expected


class Ratio(float, enum.Enum):
    HALF = 0.5
    ONE = 1.0


class Mixed(enum.Enum):
    A = "a"
    ONE = 1


def test_decode_enum_of_numbers_and_mixed_values() -> None:
    assert enum_decoder(Ratio)(0.5) is Ratio.HALF and enum_decoder(Ratio)(1) is Ratio.ONE
    assert enum_decoder(Ratio)(3) == 3 and enum_decoder(Ratio)(2.5) == 2.5  # numbers: int or float
    assert enum_decoder(Mixed)("a") is Mixed.A and enum_decoder(Mixed)(1) is Mixed.ONE
    assert enum_decoder(Mixed)("b") == "b" and enum_decoder(Mixed)(9) == 9
    with pytest.raises(DecodeError) as error:
        enum_decoder(Mixed)(True)
    assert message(error) == "expected integer or string, got boolean True"
    with pytest.raises(DecodeError) as error:
        enum_decoder(Ratio)("0.5")
    assert message(error) == "expected integer or number, got string '0.5'"


def test_encode_enum() -> None:
    assert encode_enum(Colour.BLUE) == "blue" and type(encode_enum(Colour.BLUE)) is str
    assert encode_enum(Level.LOW) == 1 and type(encode_enum(Level.LOW)) is int
    assert encode_enum("green") == "green"
    assert encode_enum(9) == 9


# -- containers ----------------------------------------------------------------------------


def test_decode_list() -> None:
    assert decode_list([1, 2.0], expect_int) == [1, 2]
    assert decode_list([], expect_int) == []
    with pytest.raises(DecodeError) as error:
        decode_list((1, 2), expect_int)
    assert message(error) == "expected array, got tuple"


def test_decode_list_error_names_the_index() -> None:
    with pytest.raises(DecodeError) as error:
        decode_list([1, 2, "three"], expect_int)
    assert error.value.path == (2,)
    assert error.value.location == "[2]"
    assert message(error) == "[2]: expected integer, got string 'three'"


def test_decode_map_error_names_the_key() -> None:
    assert decode_map({"a": "x"}, expect_str) == {"a": "x"}
    with pytest.raises(DecodeError) as error:
        decode_map({"a": "x", "b": 2}, expect_str)
    assert error.value.location == "b"
    with pytest.raises(DecodeError) as error:
        decode_map(["a"], expect_str)
    assert message(error) == "expected object, got array"


def test_nested_error_paths_read_like_python() -> None:
    def rows(value: Any) -> dict[str, list[int]]:
        return decode_map(value, lambda item: decode_list(item, expect_int))

    with pytest.raises(DecodeError) as error:
        decode_list([{"a": [1]}, {"a": [1, 2], "b": [3, True]}], rows)
    assert error.value.path == (1, "b", 1)
    assert error.value.location == "[1].b[1]"


def test_error_seen_from_a_model() -> None:
    inner = DecodeError("expected integer, got string 'x'", "Item", ("amount",))
    outer = inner.at("Payment", "items").at("Payment", "data")
    assert outer.path == ("data", "items", "amount")
    assert str(outer) == "Payment.data.items.amount: expected integer, got string 'x'"
    assert str(DecodeError("oops")) == "oops"
    assert str(DecodeError("oops", path=(0, "a"))) == "[0].a: oops"
    assert str(DecodeError("oops", "Payments", (0, "a"))) == "Payments[0].a: oops"
    assert str(DecodeError("oops", "Payment")) == "Payment: oops"


def test_decode_nullable() -> None:
    assert decode_nullable(None, expect_int) is None
    assert decode_nullable(3, expect_int) == 3
    with pytest.raises(DecodeError):
        decode_nullable("3", expect_int)


# -- unions --------------------------------------------------------------------------------


def test_decode_union_first_fitting_variant_wins() -> None:
    assert decode_union(5, [expect_str, expect_int]) == 5
    assert (
        decode_union(5.0, [expect_int, expect_float]) == 5
        and type(decode_union(5.0, [expect_int, expect_float])) is int
    )
    assert type(decode_union(5.0, [expect_float, expect_int])) is float


class Found:
    """Stands for a model: the keys it did not know are its `additional_properties`."""

    def __init__(self, name: str, extra: dict[str, Any]) -> None:
        self.name, self.additional_properties = name, extra


def fits(name: str, known: set[str]) -> Any:
    def decode(value: Any) -> Found:
        body = expect_object(value, name)
        return Found(name, {k: v for k, v in body.items() if k not in known})

    return decode


def test_decode_union_prefers_the_variant_that_knows_every_key() -> None:
    loose, exact = fits("Loose", {"a"}), fits("Exact", {"a", "b"})
    assert decode_union({"a": 1, "b": 2}, [loose, exact]).name == "Exact"
    assert decode_union({"a": 1}, [loose, exact]).name == "Loose"  # both fit: the first wins
    fewer = fits("Fewer", {"a", "b"})
    assert decode_union({"a": 1, "b": 2, "c": 3}, [loose, fewer]).name == "Fewer"


def test_decode_union_names_each_variant() -> None:
    with pytest.raises(DecodeError) as error:
        decode_union("x", [expect_int, expect_object_of("Cat")], ["int", "Cat"])
    assert message(error) == (
        "matches none of the variants: int: expected integer, got string 'x'; Cat: expected object, got string 'x'"
    )


def expect_object_of(model: str) -> Any:
    return lambda value: expect_object(value, model)


def test_decode_bytes() -> None:
    assert decode_bytes(b"\x00\xff") == b"\x00\xff"
    assert decode_bytes("héllo") == "héllo".encode()
    assert encode_bytes(decode_bytes("h\udcffi")) == "h\udcffi"  # lossless both ways
    with pytest.raises(DecodeError) as error:
        decode_bytes(1)
    assert message(error) == "expected binary string, got integer 1"


def test_decode_union_lists_every_problem() -> None:
    with pytest.raises(DecodeError) as error:
        decode_union(None, [expect_str, expect_int])
    assert message(error) == (
        "matches none of the variants: expected string, got null; expected integer, got null"
    )


def card(value: Any) -> tuple[str, str]:
    body = expect_object(value, "Card")
    if "number" not in body:
        raise missing("Card", "number")
    return ("card", expect_str(body["number"]))


def bank(value: Any) -> tuple[str, str]:
    body = expect_object(value, "Bank")
    if "iban" not in body:
        raise missing("Bank", "iban")
    return ("bank", expect_str(body["iban"]))


def test_decode_tagged_dispatches_on_the_tag() -> None:
    by_tag = {"card": card, "bank": bank}
    assert decode_tagged({"kind": "card", "number": "4242"}, "kind", by_tag, [bank, card]) == (
        "card",
        "4242",
    )
    # The tag decides, even where an earlier variant would also fit.
    both = {"kind": "bank", "number": "4242", "iban": "DE00"}
    assert decode_tagged(both, "kind", by_tag, [card, bank]) == ("bank", "DE00")


def test_decode_tagged_chosen_variant_errors_are_its_own() -> None:
    with pytest.raises(DecodeError) as error:
        decode_tagged({"kind": "bank", "number": "4242"}, "kind", {"bank": bank}, [card, bank])
    assert message(error) == "Bank.iban: required field is missing"


def test_decode_tagged_without_a_known_tag_tries_the_variants() -> None:
    by_tag = {"card": card, "bank": bank}
    assert decode_tagged({"kind": "new", "iban": "DE00"}, "kind", by_tag, [card, bank]) == (
        "bank",
        "DE00",
    )
    with pytest.raises(DecodeError) as error:
        decode_tagged("card", "kind", by_tag, [card, bank])
    assert message(error) == (
        "matches none of the variants: Card: expected object, got string 'card'; "
        "Bank: expected object, got string 'card'"
    )


# -- encode_any ----------------------------------------------------------------------------


class Model:
    def __init__(self, amount: Decimal) -> None:
        self.amount = amount

    def to_dict(self) -> dict[str, Any]:
        return {"amount": encode_decimal(self.amount)}


def test_encode_any() -> None:
    moment = datetime(2024, 3, 5, 10, 20, 30, tzinfo=UTC)
    assert encode_any(Model(Decimal("1.50"))) == {"amount": "1.50"}
    assert encode_any(Colour.RED) == "red"
    assert encode_any(moment) == "2024-03-05T10:20:30+00:00"
    assert encode_any(date(2024, 3, 5)) == "2024-03-05"
    assert encode_any(Decimal("0.00000099")) == "0.00000099"
    assert encode_any([Level.LOW, {"at": moment, "n": None}]) == [
        1,
        {"at": "2024-03-05T10:20:30+00:00", "n": None},
    ]
    assert encode_any({"m": [Model(Decimal("2"))]}) == {"m": [{"amount": "2"}]}
    for plain in ("x", 1, 1.5, True, None):
        assert encode_any(plain) == plain and type(encode_any(plain)) is type(plain)
