"""`generator.runtime.model`: dataclass models whose codecs are compiled from their annotations.

The models are declared here as the generated `models.py` declares them (slotted, keyword-only
dataclasses on `Model`), at module level, where `get_type_hints` resolves their annotations.
Some refer to classes defined further down: the codecs resolve names only at first use.
"""

from __future__ import annotations

import enum
import functools
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Annotated, Any, TypeAlias

import pytest

from generator.runtime.exceptions import DecodeError
from generator.runtime.model import (
    UNIX_TIME,
    _DecoderOnFirstCall,
    Key,
    Model,
    Tagged,
    alias_decoder,
    alias_encoder,
    field_values,
    lenient_decoding,
    no_extra_keys,
)
from generator.runtime.unset import UNSET, Unset

# -- the models ----------------------------------------------------------------------------


class Status(str, enum.Enum):
    PAID = "paid"
    FAILED = "failed"


class Priority(int, enum.Enum):
    LOW = 1
    HIGH = 2


@dataclass(slots=True, kw_only=True)
class Order(Model):
    """Declared before the models it uses: they are looked up at first use."""

    id: str
    type: Annotated[str | Unset, Key("@type")] = UNSET
    status: Status | str
    priority: Priority | int | Unset = UNSET
    lines: list[Line]
    totals: dict[str, Money] | Unset = UNSET
    created: datetime
    created_unix: Annotated[datetime | Unset, UNIX_TIME, Key("createdUnix")] = UNSET
    due: date | None
    note: str | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    rate: float | Unset = UNSET
    paid: bool | Unset = UNSET
    meta: Any = None
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])


@dataclass(slots=True, kw_only=True)
class Line(Model):
    sku: str
    quantity: int
    price: Money | None | Unset = UNSET


@dataclass(slots=True, kw_only=True)
class Money(Model):
    value: Decimal
    currency: str


ORDER: dict[str, Any] = {
    "id": "o1",
    "@type": "Order",
    "status": "paid",
    "priority": 2,
    "lines": [
        {"sku": "a", "quantity": 1, "price": {"value": "10.50", "currency": "EUR"}},
        {"sku": "b", "quantity": 2, "price": None},
        {"sku": "c", "quantity": 3},
    ],
    "totals": {"net": {"value": "0.00000099", "currency": "EUR"}},
    "created": "2024-03-05T10:20:30+03:00",
    "createdUnix": 1700000000,
    "due": "2024-04-01",
    "note": None,
    "tags": ["x", "y"],
    "rate": 0.25,
    "paid": True,
    "meta": {"anything": [1, "two", None]},
    "channel": "web",
    "x-trace": {"nested": True},
}


# -- round trips ---------------------------------------------------------------------------


def test_decode_a_full_order() -> None:
    order = Order.from_dict(ORDER)
    assert order == Order(
        id="o1",
        type="Order",
        status=Status.PAID,
        priority=Priority.HIGH,
        lines=[
            Line(sku="a", quantity=1, price=Money(value=Decimal("10.50"), currency="EUR")),
            Line(sku="b", quantity=2, price=None),
            Line(sku="c", quantity=3),
        ],
        totals={"net": Money(value=Decimal("0.00000099"), currency="EUR")},
        created=datetime(2024, 3, 5, 10, 20, 30, tzinfo=timezone(timedelta(hours=3))),
        created_unix=datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc),
        due=date(2024, 4, 1),
        note=None,
        tags=["x", "y"],
        rate=0.25,
        paid=True,
        meta={"anything": [1, "two", None]},
        additional_properties={"channel": "web", "x-trace": {"nested": True}},
    )
    assert type(order.lines[2].price) is Unset


def test_round_trip_keeps_every_key_and_invents_none() -> None:
    assert Order.from_dict(ORDER).to_dict() == ORDER
    minimal: dict[str, Any] = {
        "id": "o2",
        "status": "failed",
        "lines": [],
        "created": "2024-03-05T10:20:30+00:00",
        "due": None,
        "meta": None,
    }
    order = Order.from_dict(minimal)
    assert order.type is UNSET and order.note is UNSET and order.totals is UNSET
    assert order.to_dict() == minimal


def test_to_dict_of_a_model_built_in_python() -> None:
    order = Order(
        id="o3",
        status="refunded",  # an open enum takes values the spec does not list
        lines=[Line(sku="a", quantity=1, price=Money(value=Decimal("1E+3"), currency="USD"))],
        created=datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc),
        created_unix=datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=timezone.utc),
        due=date(2024, 1, 31),
        note="leave at the door",
        additional_properties={"@id": 7},
    )
    assert order.to_dict() == {
        "id": "o3",
        "status": "refunded",
        "lines": [{"sku": "a", "quantity": 1, "price": {"value": "1E+3", "currency": "USD"}}],
        "created": "2024-01-02T03:04:05+00:00",
        "createdUnix": -1,  # rounded down, before 1970 too
        "due": "2024-01-31",
        "note": "leave at the door",
        "meta": None,
        "@id": 7,
    }


# -- errors name the model and the field path ----------------------------------------------


def decode_error(data: Any) -> DecodeError:
    with pytest.raises(DecodeError) as error:
        Order.from_dict(data)
    return error.value


def changed(**changes: Any) -> dict[str, Any]:
    return {**ORDER, **changes}


def without(key: str) -> dict[str, Any]:
    return {k: v for k, v in ORDER.items() if k != key}


@pytest.mark.parametrize(
    ("data", "path", "text"),
    [
        (without("id"), ("id",), "Order.id: required field is missing"),
        (without("lines"), ("lines",), "Order.lines: required field is missing"),
        (without("due"), ("due",), "Order.due: required field is missing"),  # null is no absence
        (
            changed(lines=[{"sku": "a", "quantity": 1}, {"sku": "b"}]),
            ("lines", 1, "quantity"),
            "Order.lines[1].quantity: required field is missing",
        ),
        (
            changed(lines=[{"sku": "a", "quantity": 1}, {"sku": "b", "quantity": "two"}]),
            ("lines", 1, "quantity"),
            "Order.lines[1].quantity: expected integer, got string 'two'",
        ),
        (
            changed(lines=[{"sku": "a", "quantity": 1, "price": {"value": 5, "currency": "E"}}]),
            ("lines", 0, "price", "value"),
            "Order.lines[0].price.value: expected decimal string, got integer 5",
        ),
        (
            changed(totals={"net": {"value": "1", "currency": "EUR"}, "tax": {"value": "2"}}),
            ("totals", "tax", "currency"),
            "Order.totals.tax.currency: required field is missing",
        ),
        (
            changed(totals={"net": []}),
            ("totals", "net"),
            "Order.totals.net: expected object, got array",
        ),
        (
            changed(lines=["a"]),
            ("lines", 0),
            "Order.lines[0]: expected object, got string 'a'",
        ),
        (changed(lines={}), ("lines",), "Order.lines: expected array, got object"),
        (
            changed(tags=["x", "y", 3]),
            ("tags", 2),
            "Order.tags[2]: expected string, got integer 3",
        ),
        (changed(id=None), ("id",), "Order.id: expected string, got null"),
        (changed(note=5), ("note",), "Order.note: expected string, got integer 5"),
        ({**ORDER, "@type": None}, ("@type",), "Order.@type: expected string, got null"),
        (
            changed(createdUnix="2024-01-01"),
            ("createdUnix",),
            "Order.createdUnix: expected unix time (integer seconds), got string '2024-01-01'",
        ),
        (
            changed(created="2024-03-05T10:20:30"),
            ("created",),
            "Order.created: expected date-time with an offset, got string '2024-03-05T10:20:30'",
        ),
        (changed(status=1), ("status",), "Order.status: expected string, got integer 1"),
        (changed(priority="2"), ("priority",), "Order.priority: expected integer, got string '2'"),
        (
            changed(priority=True),
            ("priority",),
            "Order.priority: expected integer, got boolean True",
        ),
        (changed(rate="0.25"), ("rate",), "Order.rate: expected number, got string '0.25'"),
        (changed(paid=1), ("paid",), "Order.paid: expected boolean, got integer 1"),
    ],
)
def test_decode_errors(data: Any, path: tuple[str | int, ...], text: str) -> None:
    error = decode_error(data)
    assert error.model == "Order" and error.path == path
    assert str(error) == text


def test_only_objects_decode_as_models() -> None:
    for data, kind in (([], "array"), ("o1", "string 'o1'"), (None, "null"), (3, "integer 3")):
        error = decode_error(data)
        assert str(error) == f"Order: expected object, got {kind}"
        assert error.path == ()


# -- nullable and optional -----------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Presence(Model):
    required: str
    nullable: str | None
    optional: str | Unset = UNSET
    both: str | None | Unset = UNSET


@pytest.mark.parametrize(
    ("data", "decoded"),
    [
        (
            {"required": "r", "nullable": None},
            Presence(required="r", nullable=None),
        ),
        (
            {"required": "r", "nullable": "n", "optional": "o", "both": "b"},
            Presence(required="r", nullable="n", optional="o", both="b"),
        ),
        (
            {"required": "r", "nullable": None, "both": None},
            Presence(required="r", nullable=None, both=None),
        ),
    ],
)
def test_nullable_and_absent_are_different(data: dict[str, Any], decoded: Presence) -> None:
    presence = Presence.from_dict(data)
    assert presence == decoded
    assert presence.to_dict() == data  # absent stays absent, null stays null


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ({"nullable": None}, "Presence.required: required field is missing"),
        ({"required": None, "nullable": None}, "Presence.required: expected string, got null"),
        ({"required": "r"}, "Presence.nullable: required field is missing"),
        (
            {"required": "r", "nullable": None, "optional": None},
            "Presence.optional: expected string, got null",  # absent may be, null may not
        ),
    ],
)
def test_nullable_and_optional_refusals(data: dict[str, Any], text: str) -> None:
    with pytest.raises(DecodeError) as error:
        Presence.from_dict(data)
    assert str(error.value) == text


# -- open enums ----------------------------------------------------------------------------


def test_open_enums_keep_unknown_values_of_their_type() -> None:
    order = Order.from_dict(changed(status="on-hold", priority=7))
    assert order.status == "on-hold" and type(order.status) is str
    assert order.priority == 7 and type(order.priority) is int
    assert order.to_dict()["status"] == "on-hold" and order.to_dict()["priority"] == 7
    known = Order.from_dict(changed(status="failed", priority=1))
    assert known.status is Status.FAILED and known.priority is Priority.LOW
    assert known.to_dict()["status"] == "failed" and type(known.to_dict()["status"]) is str
    assert known.to_dict()["priority"] == 1 and type(known.to_dict()["priority"]) is int


# -- unions --------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Wallet(Model):
    method: Annotated[Card | Bank, Tagged("kind", {"card": "Card", "bank": "Bank"})]
    backup: Card | Bank | Unset = UNSET
    # A marker nested in a container, in a union: typing hashes it.
    history: (
        list[Annotated[Card | Bank, Tagged("kind", {"card": "Card", "bank": "Bank"})]] | Unset
    ) = UNSET
    limit: int | str | Unset = UNSET


@dataclass(slots=True, kw_only=True)
class Card(Model):
    kind: str
    last4: str


@dataclass(slots=True, kw_only=True)
class Bank(Model):
    kind: str
    iban: str


CARD = {"kind": "card", "last4": "4242"}
BANK = {"kind": "bank", "iban": "DE89"}


def test_tagged_union_dispatches_on_the_tag() -> None:
    wallet = Wallet.from_dict({"method": BANK, "history": [CARD, BANK]})
    assert wallet.method == Bank(kind="bank", iban="DE89")
    assert wallet.history == [Card(kind="card", last4="4242"), Bank(kind="bank", iban="DE89")]
    assert wallet.to_dict() == {"method": BANK, "history": [CARD, BANK]}


def test_tagged_union_errors_are_the_chosen_variant_s() -> None:
    with pytest.raises(DecodeError) as error:
        Wallet.from_dict({"method": {"kind": "card", "iban": "DE89"}})
    assert error.value.path == ("method", "last4")
    assert str(error.value) == "Wallet.method.last4: required field is missing"
    with pytest.raises(DecodeError) as error:
        Wallet.from_dict({"method": CARD, "history": [CARD, {"kind": "bank"}]})
    assert str(error.value) == "Wallet.history[1].iban: required field is missing"


def test_tagged_union_without_a_known_tag_tries_each_variant() -> None:
    wallet = Wallet.from_dict({"method": {"kind": "sepa", "iban": "DE89"}})
    assert wallet.method == Bank(kind="sepa", iban="DE89")
    with pytest.raises(DecodeError) as error:
        Wallet.from_dict({"method": {"kind": "cash"}})
    assert str(error.value) == (
        "Wallet.method: matches none of the variants: "
        "Card.last4: required field is missing; Bank.iban: required field is missing"
    )


def test_untagged_unions_take_the_first_variant_that_fits() -> None:
    wallet = Wallet.from_dict({"method": CARD, "backup": BANK, "limit": "none"})
    assert wallet.backup == Bank(kind="bank", iban="DE89")
    assert wallet.limit == "none"
    assert Wallet.from_dict({"method": CARD, "limit": 5}).limit == 5
    assert wallet.to_dict() == {"method": CARD, "backup": BANK, "limit": "none"}
    with pytest.raises(DecodeError) as error:
        Wallet.from_dict({"method": CARD, "limit": 2.5})
    assert str(error.value) == (
        "Wallet.limit: matches none of the variants: "
        "int: expected integer, got number 2.5; str: expected string, got number 2.5"
    )


# -- subtypes ------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Payment(Model):
    _subtypes = ("@type", {"PaymentOracle": "PaymentOracle", "Refund": "Refund"})

    type: Annotated[str | Unset, Key("@type")] = UNSET
    id: str
    additional_properties: dict[str, Any] = field(default_factory=dict[str, Any])


@dataclass(slots=True, kw_only=True)
class PaymentOracle(Payment):
    bill_no: Annotated[str, Key("billNo")]


@dataclass(slots=True, kw_only=True)
class Refund(Payment):
    reason: str | Unset = UNSET


def test_subtypes_dispatch_on_the_tag() -> None:
    oracle = Payment.from_dict({"@type": "PaymentOracle", "id": "p1", "billNo": "B1", "x": 1})
    assert type(oracle) is PaymentOracle
    assert oracle == PaymentOracle(
        type="PaymentOracle", id="p1", bill_no="B1", additional_properties={"x": 1}
    )
    assert oracle.to_dict() == {"@type": "PaymentOracle", "id": "p1", "billNo": "B1", "x": 1}
    refund = Payment.from_dict({"@type": "Refund", "id": "p2", "reason": "late"})
    assert type(refund) is Refund and refund.reason == "late"


@pytest.mark.parametrize("tag", ["Payment", "Other", None])
def test_other_tags_decode_as_the_class_itself(tag: str | None) -> None:
    data: dict[str, Any] = {"id": "p1", "billNo": "B1"}
    if tag is not None:
        data["@type"] = tag
    payment = Payment.from_dict(data)
    assert type(payment) is Payment
    assert payment.additional_properties == {"billNo": "B1"}  # not a field of Payment
    assert payment.to_dict() == data


def test_subtype_errors_name_the_subtype() -> None:
    with pytest.raises(DecodeError) as error:
        Payment.from_dict({"@type": "PaymentOracle", "id": "p1"})
    assert str(error.value) == "PaymentOracle.billNo: required field is missing"


def test_a_subtype_decoded_directly_never_dispatches() -> None:
    oracle = PaymentOracle.from_dict({"@type": "Refund", "id": "p1", "billNo": "B1"})
    assert type(oracle) is PaymentOracle and oracle.type == "Refund"


@dataclass(slots=True, kw_only=True)
class Animal(Model):
    name: str


@dataclass(slots=True, kw_only=True)
class Dog(Animal):
    barks: bool


@dataclass(slots=True, kw_only=True)
class Shape(Model):
    sides: int


@dataclass(slots=True, kw_only=True)
class Square(Shape):
    length: float


def test_a_subclass_compiles_its_own_codec_after_its_base() -> None:
    assert Animal.from_dict({"name": "generic"}) == Animal(name="generic")
    assert Animal(name="a").to_dict() == {"name": "a"}
    dog = Dog.from_dict({"name": "rex", "barks": True})  # not the base's compiled decoder
    assert type(dog) is Dog and dog.barks is True
    assert dog.to_dict() == {"name": "rex", "barks": True}
    with pytest.raises(DecodeError) as error:
        Dog.from_dict({"name": "rex"})
    assert str(error.value) == "Dog.barks: required field is missing"


def test_a_base_compiles_its_own_codec_after_its_subclass() -> None:
    assert Square.from_dict({"sides": 4, "length": 2}) == Square(sides=4, length=2)
    assert Square(sides=4, length=1.5).to_dict() == {"sides": 4, "length": 1.5}
    shape = Shape.from_dict({"sides": 3, "length": 2})  # not the subclass's compiled decoder
    assert type(shape) is Shape and shape == Shape(sides=3)
    assert shape.to_dict() == {"sides": 3}


# -- forward references and recursion ------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Node(Model):
    name: str
    children: list[Node] | Unset = UNSET
    parent: Node | None | Unset = UNSET


@dataclass(slots=True, kw_only=True)
class Team(Model):
    lead: Person | Unset = UNSET


@dataclass(slots=True, kw_only=True)
class Person(Model):
    team: Team | Unset = UNSET
    name: str


def test_recursive_models() -> None:
    tree = {
        "name": "root",
        "children": [{"name": "a"}, {"name": "b", "children": [{"name": "b1", "parent": None}]}],
    }
    node = Node.from_dict(tree)
    assert node == Node(
        name="root",
        children=[
            Node(name="a"),
            Node(name="b", children=[Node(name="b1", parent=None)]),
        ],
    )
    assert node.to_dict() == tree
    assert Node.from_dict({"name": "c", "parent": {"name": "p"}}).parent == Node(name="p")


def test_recursive_error_paths() -> None:
    with pytest.raises(DecodeError) as error:
        Node.from_dict({"name": "r", "children": [{"name": "a"}, {"name": "b", "children": [{}]}]})
    assert error.value.path == ("children", 1, "children", 0, "name")
    assert str(error.value) == "Node.children[1].children[0].name: required field is missing"


def test_mutually_recursive_models_declared_in_either_order() -> None:
    data = {"lead": {"name": "ann", "team": {"lead": {"name": "bob"}}}}
    team = Team.from_dict(data)
    assert team == Team(lead=Person(name="ann", team=Team(lead=Person(name="bob"))))
    assert team.to_dict() == data
    with pytest.raises(DecodeError) as error:
        Team.from_dict({"lead": {"name": "ann", "team": {"lead": {}}}})
    assert str(error.value) == "Team.lead.team.lead.name: required field is missing"


@dataclass(slots=True, kw_only=True)
class Shipment(Model):
    carrier: Carrier | Unset = UNSET
    parcels: list[Parcel] | Unset = UNSET
    pallets: list[list[Parcel] | None] | Unset = UNSET  # a stand-in inside a bound helper
    sender: str | Carrier | Unset = UNSET  # ... among a union's variants
    stop: Annotated[Depot | Hub | Unset, Tagged("kind", {"depot": "Depot", "hub": "Hub"})] = UNSET


@dataclass(slots=True, kw_only=True)
class Carrier(Model):
    name: str


@dataclass(slots=True, kw_only=True)
class Parcel(Model):
    weight: int


@dataclass(slots=True, kw_only=True)
class Depot(Model):
    kind: str


@dataclass(slots=True, kw_only=True)
class Hub(Model):
    kind: str


@dataclass(slots=True, kw_only=True)
class Crate(Model):
    label: Label


@dataclass(slots=True, kw_only=True)
class Label(Model):
    text: str


def stand_ins(compiled: Any) -> set[str]:
    """The classes still behind a stand-in anywhere the compiled decoder's code can reach:
    its namespace, the helpers bound there, their lists and mappings."""
    found: set[str] = set()
    pending: list[Any] = [v for k, v in compiled.__globals__.items() if k != "__builtins__"]
    seen: set[int] = set()
    while pending:
        value = pending.pop()
        if id(value) in seen:
            continue
        seen.add(id(value))
        if isinstance(value, _DecoderOnFirstCall):
            found.add(value.cls.__name__)
        elif isinstance(value, functools.partial):
            pending += [*value.args, *value.keywords.values()]
        elif isinstance(value, list | tuple):
            pending += value
        elif isinstance(value, dict):
            pending += value.values()
    return found


def test_a_class_reached_is_compiled_when_data_first_holds_one() -> None:
    assert Shipment.from_dict({}) == Shipment()
    compiled = Shipment.__dict__["_decode"]
    assert not {"_decode"} & (Carrier.__dict__.keys() | Parcel.__dict__.keys() | Depot.__dict__.keys())
    assert stand_ins(compiled) == {"Carrier", "Parcel", "Depot", "Hub"}
    shipment = Shipment.from_dict({"carrier": {"name": "dhl"}, "parcels": [{"weight": 2}, {"weight": 3}]})
    assert shipment == Shipment(carrier=Carrier(name="dhl"), parcels=[Parcel(weight=2), Parcel(weight=3)])
    assert stand_ins(compiled) == {"Depot", "Hub"}  # the classes data has not held yet
    # Once data holds them, every place names the compiled decoder itself, however nested.
    data = {"pallets": [[{"weight": 1}], None], "sender": {"name": "ups"}, "stop": {"kind": "depot"}}
    assert Shipment.from_dict(data) == Shipment(
        pallets=[[Parcel(weight=1)], None], sender=Carrier(name="ups"), stop=Depot(kind="depot")
    )
    assert stand_ins(compiled) == {"Hub"}
    assert Shipment.from_dict({"stop": {"kind": "hub"}}).stop == Hub(kind="hub")
    assert stand_ins(compiled) == set()
    assert Shipment.__dict__["_decode"] is compiled


def test_a_class_compiled_at_its_first_value_reports_the_path_of_a_misfit() -> None:
    with pytest.raises(DecodeError) as error:
        Crate.from_dict({"label": {"text": 1}})
    assert str(error.value) == "Crate.label.text: expected string, got integer 1"
    assert Crate.from_dict({"label": {"text": "fragile"}}) == Crate(label=Label(text="fragile"))


# -- additional properties -----------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Counts(Model):
    total: int
    additional_properties: dict[str, int] = field(default_factory=dict[str, int])


@dataclass(slots=True, kw_only=True)
class Prices(Model):
    currency: str
    additional_properties: dict[str, Money] = field(default_factory=dict[str, Money])


def test_typed_additional_properties() -> None:
    counts = Counts.from_dict({"total": 3, "a": 1, "b": 2})
    assert counts == Counts(total=3, additional_properties={"a": 1, "b": 2})
    assert counts.to_dict() == {"total": 3, "a": 1, "b": 2}
    prices = Prices.from_dict({"currency": "EUR", "net": {"value": "1.10", "currency": "EUR"}})
    assert prices.additional_properties == {"net": Money(value=Decimal("1.10"), currency="EUR")}
    assert prices.to_dict() == {"currency": "EUR", "net": {"value": "1.10", "currency": "EUR"}}


def test_typed_additional_properties_errors_name_the_key() -> None:
    with pytest.raises(DecodeError) as error:
        Counts.from_dict({"total": 3, "a": 1, "b": "two"})
    assert error.value.path == ("b",)
    assert str(error.value) == "Counts.b: expected integer, got string 'two'"
    with pytest.raises(DecodeError) as error:
        Prices.from_dict({"currency": "EUR", "net": {"value": "1.10"}})
    assert str(error.value) == "Prices.net.currency: required field is missing"


def test_a_key_named_additional_properties_is_kept_like_any_other() -> None:
    data = {"total": 3, "additional_properties": 4}
    counts = Counts.from_dict(data)
    assert counts.additional_properties == {"additional_properties": 4}
    assert counts.to_dict() == data


# -- compiled at first use -----------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Unsupported(Model):
    ids: set[int]


def test_annotations_are_read_at_first_use() -> None:
    # The class was defined without complaint; only decoding it needs a decoder for `set`.
    with pytest.raises(TypeError) as error:
        Unsupported.from_dict({"ids": [1]})
    assert str(error.value) == "Unsupported: no decoder for set[int]"


def test_the_compiled_codec_replaces_the_generic_one() -> None:
    @dataclass(slots=True, kw_only=True)
    class Local(Model):  # local classes resolve too: their hints need nothing from the module
        n: int

    assert "_decode" not in Local.__dict__ and "_encode" not in Local.__dict__
    assert Local.from_dict({"n": 1}) == Local(n=1)
    assert Local(n=2).to_dict() == {"n": 2}
    assert "_decode" in Local.__dict__ and "_encode" in Local.__dict__
    assert Local.from_dict({"n": 3}) == Local(n=3)  # and is used from then on
    with pytest.raises(DecodeError) as error:
        Local.from_dict({"n": "x"})
    assert str(error.value) == "Local.n: expected integer, got string 'x'"


# -- lenient decoding ----------------------------------------------------------------------


def test_lenient_decoding_builds_what_does_not_fit(warned: list[str]) -> None:
    data = {
        "status": "paid",
        "lines": [{"sku": "a", "quantity": "one"}, {"quantity": 2, "price": "free"}],
        "created": "yesterday",
        "due": None,
        "tags": "x,y",
        "meta": None,
        "extra": 1,
    }
    with lenient_decoding():
        order = Order.from_dict(data)
    assert order.status is Status.PAID and order.due is None
    kept: list[object] = [order.id, order.created, order.tags, order.note]
    assert kept == [UNSET, "yesterday", "x,y", UNSET]
    assert order.additional_properties == {"extra": 1}
    lines: list[object] = list(order.lines)
    assert lines == [
        Line(sku="a", quantity="one"),  # type: ignore[arg-type]
        Line(sku=UNSET, quantity=2, price="free"),  # type: ignore[arg-type]
    ]
    assert warned == [
        "lenient decoding: Order.id: required field is missing; left UNSET",
        "lenient decoding: Line.quantity: expected integer, got string 'one'; kept as received",
        "lenient decoding: Line.sku: required field is missing; left UNSET",
        "lenient decoding: Line.price: Money: expected object, got string 'free'; "
        "kept as received",
        "lenient decoding: Order.created: expected date-time, got string 'yesterday'; "
        "kept as received",
        "lenient decoding: Order.tags: expected array, got string 'x,y'; kept as received",
    ]


def test_lenient_decoding_warns_once_per_field(warned: list[str]) -> None:
    with lenient_decoding():
        Counts.from_dict({"total": "one"})
        Counts.from_dict({"total": "two"})
        Counts.from_dict({})
    assert warned == [
        "lenient decoding: Counts.total: expected integer, got string 'one'; kept as received"
    ]


def test_lenient_decoding_of_data_that_fits_is_the_strict_result(warned: list[str]) -> None:
    with lenient_decoding():
        order = Order.from_dict(ORDER)
        wallet = Wallet.from_dict({"method": BANK})
        payment = Payment.from_dict({"@type": "PaymentOracle", "id": "p1", "billNo": "B1"})
    assert order == Order.from_dict(ORDER)
    assert wallet.method == Bank(kind="bank", iban="DE89")
    assert type(payment) is PaymentOracle
    assert warned == []


def test_lenient_decoding_keeps_typed_extras_that_fit(warned: list[str]) -> None:
    data = {"currency": 1, "net": {"value": "1.10", "currency": "EUR"}, "bad": []}
    with lenient_decoding():
        prices = Prices.from_dict(data)
    assert prices.currency == 1  # type: ignore[comparison-overlap]
    extras: dict[str, object] = dict(prices.additional_properties)
    assert extras == {"net": Money(value=Decimal("1.10"), currency="EUR"), "bad": []}
    assert warned == [
        "lenient decoding: Prices.currency: expected string, got integer 1; kept as received",
        "lenient decoding: Prices.bad: Money: expected object, got array; kept as received",
    ]


def test_lenient_decoding_ends_with_its_block(warned: list[str]) -> None:
    with pytest.raises(RuntimeError), lenient_decoding():
        raise RuntimeError("the block fails")
    with pytest.raises(DecodeError):
        Counts.from_dict({"total": "one"})
    with lenient_decoding():
        with lenient_decoding():
            pass
        assert Counts.from_dict({"total": "one"}).total == "one"  # type: ignore[comparison-overlap]
    with pytest.raises(DecodeError):
        Counts.from_dict({})


def test_lenient_decoding_cannot_build_a_model_from_a_non_object() -> None:
    with lenient_decoding(), pytest.raises(DecodeError) as error:
        Order.from_dict(["not", "an", "order"])
    assert str(error.value) == "Order: expected object, got array"


# -- recursive aliases, enums among variants, field values ----------------------------------


@dataclass(slots=True, kw_only=True)
class Document(Model):
    """Declared before the aliases it names, as models.py declares them."""

    body: Json | Unset = UNSET
    tree: Forest | Unset = UNSET
    choice: Priority | Card | Unset = UNSET
    when: Annotated[datetime, UNIX_TIME] | Unset = UNSET
    kind: Annotated[str | Unset, Key("@kind")] = UNSET
    additional_properties: dict[str, Any] = field(default_factory=no_extra_keys)


@dataclass(slots=True, kw_only=True)
class Early(Model):
    additional_properties: dict[str, Later] = field(default_factory=no_extra_keys)


@dataclass(slots=True, kw_only=True)
class Later(Model):
    n: int
    additional_properties: dict[str, Any] = field(default_factory=no_extra_keys)


Json: TypeAlias = str | int | bool | list["Json"] | dict[str, "Json"]
Forest: TypeAlias = dict[str, "Forest"]


def test_recursive_aliases_decode_and_encode_at_any_depth() -> None:
    data = {"body": {"a": [1, "x", {"b": [True, []]}]}, "tree": {"x": {"y": {"z": {}}}}}
    document = Document.from_dict(data)
    assert document.body == data["body"] and document.tree == data["tree"]
    assert document.to_dict() == data
    with pytest.raises(DecodeError) as error:
        Document.from_dict({"body": {"a": [1.5]}})
    assert str(error.value).startswith("Document.body: matches none of the variants: str: expected string")
    assert "list[Json]: [0]: matches none of the variants" in str(error.value)


def test_alias_codecs_for_operations() -> None:
    module = sys.modules[__name__]
    decode, encode = alias_decoder(module, "Json"), alias_encoder(module, "Json")
    assert decode([{"a": ["b", 1]}]) == [{"a": ["b", 1]}] and encode([{"a": [1]}]) == [{"a": [1]}]
    assert alias_decoder(module, "Json") == decode  # compiled once, then reused
    with pytest.raises(DecodeError):
        decode(None)


def test_an_enum_among_other_variants_is_open() -> None:
    assert Document.from_dict({"choice": 2}).choice is Priority.HIGH
    assert Document.from_dict({"choice": 7}).choice == 7
    card = Document.from_dict({"choice": CARD}).choice
    assert isinstance(card, Card)
    assert Document(choice=Priority.LOW).to_dict() == {"choice": 1}


def test_no_extra_keys_names_no_class_at_import() -> None:
    """Early's `dict[str, Later]` default names no class: Later is defined after it."""
    assert Early().additional_properties == {}
    assert Early().additional_properties is not Early().additional_properties
    early = Early.from_dict({"k": {"n": 1}})
    assert early.additional_properties == {"k": Later(n=1)} and early.to_dict() == {"k": {"n": 1}}


def test_field_values_keeps_json_keys_and_raw_values() -> None:
    when = datetime(2024, 1, 1, tzinfo=timezone.utc)
    document = Document(when=when, body="x", kind="k", additional_properties={"z": b"raw"})
    assert field_values(document) == {"body": "x", "when": when, "@kind": "k", "z": b"raw"}
