"""`generator.runtime.jsonapi`: relationships of the primary data resolved to `included`."""

from __future__ import annotations

from typing import Any

from generator.runtime.decoding import expect_object, expect_str
from generator.runtime.jsonapi import jsonapi_related


def label(resource: Any) -> str:
    body = expect_object(resource, "Resource")
    return f"{expect_str(body['type'])}:{expect_str(body['id'])}"


DOCUMENT: dict[str, Any] = {
    "data": {
        "type": "payments",
        "id": "9714",
        "relationships": {
            "customer": {"data": {"type": "customers", "id": "7"}},
            "invoices": {
                "data": [
                    {"type": "invoices", "id": "2"},
                    {"type": "invoices", "id": "1"},
                    {"type": "invoices", "id": "404"},
                ]
            },
            "orders": {"data": []},
            "refund": {"data": None},
            "links_only": {"links": {"related": "/payments/9714/links_only"}},
        },
    },
    "included": [
        {"type": "invoices", "id": "1", "attributes": {"total": "10.00"}},
        {"type": "customers", "id": "7"},
        {"type": "invoices", "id": "2", "attributes": {"total": "20.00"}},
        {"type": "orders", "id": "2"},
    ],
}


def test_to_one() -> None:
    assert jsonapi_related(DOCUMENT, "customer", label) == ["customers:7"]


def test_to_many_in_the_relationship_order() -> None:
    assert jsonapi_related(DOCUMENT, "invoices", label) == ["invoices:2", "invoices:1"]


def test_type_and_id_both_match() -> None:
    # `orders:2` is included, `invoices:2` too: an identifier picks by type and id together.
    related = jsonapi_related(DOCUMENT, "invoices", lambda resource: resource)
    assert related[0]["attributes"] == {"total": "20.00"}


def test_empty_null_and_links_only_relationships() -> None:
    assert jsonapi_related(DOCUMENT, "orders", label) == []
    assert jsonapi_related(DOCUMENT, "refund", label) == []
    assert jsonapi_related(DOCUMENT, "links_only", label) == []


def test_unknown_relationship() -> None:
    assert jsonapi_related(DOCUMENT, "nothing", label) == []


def test_missing_included() -> None:
    document = {"data": DOCUMENT["data"]}
    assert jsonapi_related(document, "invoices", label) == []
    assert jsonapi_related({**document, "included": None}, "customer", label) == []


def test_documents_without_relationships() -> None:
    assert jsonapi_related({}, "customer", label) == []
    assert jsonapi_related({"data": None}, "customer", label) == []
    assert jsonapi_related({"data": [DOCUMENT["data"]]}, "customer", label) == []
    assert jsonapi_related({"data": {"type": "payments", "id": "1"}}, "customer", label) == []


def test_malformed_entries_are_skipped() -> None:
    document = {
        "data": {"relationships": {"items": {"data": [{"type": "a", "id": "1"}, "junk", None]}}},
        "included": ["junk", {"type": "a", "id": "1"}],
    }
    assert jsonapi_related(document, "items", label) == ["a:1"]
