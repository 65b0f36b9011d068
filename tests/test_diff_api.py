"""`diff-api`: API-surface changes between two spec versions, classified breaking or compatible.

The table applies one small edit each to `tests/diff_api/base.yaml` and runs the CLI on the
pair (`--format json`), checking every change reported, its classification and the exit
code. Further tests cover the text report, version bumps, directories, git revisions, the
five real specs (against themselves and edited copies) and `check --against`.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from generator.__main__ import main
from generator import ir
from generator.diff_api import RULES, bumped, diff_surfaces, load_surfaces
from generator.diff_api.types import Types
from generator.present import NONE, Annotation, Named, Pager, PublicMethod
from generator.surface import Surface
from tests.paths import ROOT, SPECS

BASE = ROOT / "tests" / "diff_api" / "base.yaml"

Spec = dict[str, Any]
B, C = "breaking", "compatible"


def load_yaml(path: Path) -> Spec:
    data: Spec = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
    return data


BASE_SPEC = load_yaml(BASE)


# -- edit helpers --------------------------------------------------------------------------


def operation(spec: Spec, operation_id: str) -> Spec:
    for path_item in spec["paths"].values():
        for op in path_item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise KeyError(operation_id)


def parameter(spec: Spec, operation_id: str, name: str) -> Spec:
    return next(p for p in operation(spec, operation_id)["parameters"] if p["name"] == name)


def drop_parameter(spec: Spec, operation_id: str, name: str) -> None:
    op = operation(spec, operation_id)
    op["parameters"] = [p for p in op["parameters"] if p["name"] != name]


def schema(spec: Spec, name: str) -> Spec:
    return spec["components"]["schemas"][name]


def prop(spec: Spec, model: str, name: str) -> Spec:
    return schema(spec, model)["properties"][name]


def replace_refs(node: Any, old: str, new: str) -> Any:
    if isinstance(node, dict):
        return {k: (new if k == "$ref" and v == old else replace_refs(v, old, new)) for k, v in node.items()}
    if isinstance(node, list):
        return [replace_refs(item, old, new) for item in node]
    return node


def rename_schema(spec: Spec, old: str, new: str) -> None:
    schemas = spec["components"]["schemas"]
    schemas[new] = schemas.pop(old)
    renamed = replace_refs(spec, f"#/components/schemas/{old}", f"#/components/schemas/{new}")
    spec.clear()
    spec.update(renamed)


def error_response(description: str = "Conflict.") -> Spec:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }


def json_response(ref: str) -> Spec:
    return {"description": "OK.", "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}}


# -- the edits -----------------------------------------------------------------------------


def remove_parameter(s: Spec) -> None:
    drop_parameter(s, "listItems", "owner_id")


def rename_parameter(s: Spec) -> None:
    parameter(s, "listItems", "owner_id")["name"] = "owner"


def add_optional_parameter(s: Spec) -> None:
    operation(s, "listItems")["parameters"].append({"name": "sort", "in": "query", "schema": {"type": "string"}})


def add_required_parameter(s: Spec) -> None:
    operation(s, "listItems")["parameters"].append(
        {"name": "shop_id", "in": "query", "required": True, "schema": {"type": "string"}}
    )


def make_parameter_required(s: Spec) -> None:
    parameter(s, "listItems", "owner_id")["required"] = True


def make_parameter_optional(s: Spec) -> None:
    parameter(s, "listItems", "region")["required"] = False


def narrow_parameter(s: Spec) -> None:
    parameter(s, "listItems", "min_price")["schema"] = {"type": "integer"}


def widen_parameter(s: Spec) -> None:
    parameter(s, "listItems", "page_size")["schema"]["type"] = "number"


def change_parameter_type(s: Spec) -> None:
    parameter(s, "listItems", "owner_id")["schema"] = {"type": "integer"}


def set_schema(operation_id: str, name: str, **keywords: Any) -> Callable[[Spec], None]:
    """Sets (or, given None, drops) keywords of a parameter's schema."""

    def edit(s: Spec) -> None:
        schema = parameter(s, operation_id, name)["schema"]
        for key, value in keywords.items():
            if value is None:
                del schema[key]
            else:
                schema[key] = value

    return edit


def narrow_parameter_enum(s: Spec) -> None:
    parameter(s, "listItems", "status")["schema"] = {"type": "string", "enum": ["active", "draft"]}


def add_parameter_enum(s: Spec) -> None:
    parameter(s, "listItems", "owner_id")["schema"]["enum"] = ["o1", "o2"]


def change_parameter_default(s: Spec) -> None:
    parameter(s, "listItems", "page_size")["schema"]["default"] = 20


def parameter_enum_to_string(s: Spec) -> None:
    parameter(s, "listItems", "status")["schema"] = {"type": "string"}


def deprecate_parameter(s: Spec) -> None:
    parameter(s, "listItems", "owner_id")["deprecated"] = True


def remove_method(s: Spec) -> None:
    del s["paths"]["/items/{item_id}"]["delete"]


def rename_method(s: Spec) -> None:
    operation(s, "getItem")["operationId"] = "fetchItem"


def add_method(s: Spec) -> None:
    s["paths"]["/owners/{owner_id}"] = {
        "get": {
            "operationId": "getOwner",
            "parameters": [{"name": "owner_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": json_response("Owner")},
        }
    }


def deprecate_method(s: Spec) -> None:
    operation(s, "getItem")["deprecated"] = True


def change_method_docstring(s: Spec) -> None:
    operation(s, "listItems")["description"] = "Pages through every item, newest first."


def return_other_model(s: Spec) -> None:
    operation(s, "getItem")["responses"]["200"] = json_response("Owner")


def return_subclass(s: Spec) -> None:
    operation(s, "createItem")["responses"]["201"] = json_response("DigitalItem")


def return_union(s: Spec) -> None:
    operation(s, "getItem")["responses"]["200"]["content"]["application/json"]["schema"] = {
        "oneOf": [{"$ref": "#/components/schemas/Item"}, {"$ref": "#/components/schemas/Owner"}]
    }


def return_content_where_none(s: Spec) -> None:
    s["paths"]["/items/{item_id}"]["delete"]["responses"] = {"200": json_response("Item")}


def stop_paginating(s: Spec) -> None:
    del operation(s, "listItems")["x-pagination"]


def remove_error_status(s: Spec) -> None:
    del operation(s, "getItem")["responses"]["404"]


def add_error_status(s: Spec) -> None:
    operation(s, "getItem")["responses"]["403"] = error_response("Not yours.")


def add_error_status_beside_default(s: Spec) -> None:
    operation(s, "createItem")["responses"]["402"] = error_response()


def remove_default_error(s: Spec) -> None:
    del operation(s, "createItem")["responses"]["default"]


def add_common_error_status_beside_default(s: Spec) -> None:
    operation(s, "createItem")["responses"]["409"] = error_response()


def change_error_body(s: Spec) -> None:
    operation(s, "getItem")["responses"]["404"] = {
        "description": "No such item.",
        "content": {"application/json": {"schema": {"type": "string"}}},
    }


def remove_model(s: Spec) -> None:
    del s["components"]["schemas"]["Owner"]
    prop(s, "Item", "owner")["anyOf"] = [{"type": "string"}, {"type": "null"}]


def rename_model(s: Spec) -> None:
    rename_schema(s, "Owner", "Seller")


def change_model_docstring(s: Spec) -> None:
    schema(s, "Item")["description"] = "An item on sale."


def drop_base_class(s: Spec) -> None:
    item = copy.deepcopy(schema(s, "Item"))
    item["properties"]["download_url"] = {"type": "string"}
    item["description"] = "An item delivered as a download."
    s["components"]["schemas"]["DigitalItem"] = item


def remove_field(s: Spec) -> None:
    del schema(s, "Item")["properties"]["price"]


def rename_field(s: Spec) -> None:
    properties = schema(s, "Item")["properties"]
    properties["title"] = properties.pop("name")
    schema(s, "Item")["required"] = ["id", "title", "status", "owner"]


def add_optional_field(s: Spec) -> None:
    schema(s, "Item")["properties"]["color"] = {"type": "string"}


def add_required_response_field(s: Spec) -> None:
    schema(s, "Item")["properties"]["color"] = {"type": "string"}
    schema(s, "Item")["required"].append("color")


def response_field_optional(s: Spec) -> None:
    schema(s, "Item")["required"].remove("name")


def response_field_nullable(s: Spec) -> None:
    prop(s, "Item", "name")["type"] = ["string", "null"]


def response_field_type_changed(s: Spec) -> None:
    prop(s, "Item", "quantity")["type"] = "string"


def response_field_narrowed(s: Spec) -> None:
    prop(s, "Item", "price")["type"] = "integer"


def response_field_widened(s: Spec) -> None:
    prop(s, "Item", "quantity")["type"] = "number"


def response_field_required(s: Spec) -> None:
    schema(s, "Item")["required"].append("price")


def response_field_not_nullable(s: Spec) -> None:
    prop(s, "ItemPage", "next")["type"] = "string"


def change_field_docstring(s: Spec) -> None:
    prop(s, "Item", "price")["description"] = "Unit price, in cents."


def request_required_field_added(s: Spec) -> None:
    schema(s, "NewItem")["properties"]["color"] = {"type": "string"}
    schema(s, "NewItem")["required"].append("color")


def request_optional_field_added(s: Spec) -> None:
    schema(s, "NewItem")["properties"]["color"] = {"type": "string"}


def request_field_made_required(s: Spec) -> None:
    schema(s, "NewItem")["required"].append("price")


def request_field_made_optional(s: Spec) -> None:
    schema(s, "NewItem")["required"] = []


def request_field_widened(s: Spec) -> None:
    prop(s, "NewItem", "quantity")["type"] = "number"


def request_field_narrowed(s: Spec) -> None:
    prop(s, "NewItem", "price")["type"] = "integer"


def request_field_nullable(s: Spec) -> None:
    prop(s, "NewItem", "price")["type"] = ["number", "null"]


def remove_enum_value(s: Spec) -> None:
    schema(s, "ItemStatus")["enum"] = ["active", "draft"]


def add_enum_value(s: Spec) -> None:
    schema(s, "ItemStatus")["enum"].append("sold")


def rename_enum(s: Spec) -> None:
    rename_schema(s, "ItemStatus", "ItemState")


def remove_enum(s: Spec) -> None:
    del s["components"]["schemas"]["ItemStatus"]
    prop(s, "Item", "status").clear()
    prop(s, "Item", "status")["type"] = "string"
    parameter(s, "listItems", "status")["schema"] = {"type": "string"}


def add_model(s: Spec) -> None:
    s["components"]["schemas"]["Review"] = {"type": "object", "properties": {"stars": {"type": "integer"}}}


def add_enum(s: Spec) -> None:
    s["components"]["schemas"]["Color"] = {"type": "string", "enum": ["red", "blue"]}


def add_alias(s: Spec) -> None:
    s["components"]["schemas"]["Codes"] = {"type": "array", "items": {"type": "integer"}}


def change_enum_docstring(s: Spec) -> None:
    schema(s, "ItemStatus")["description"] = "The life cycle of an item."


def change_alias_docstring(s: Spec) -> None:
    schema(s, "Tags")["description"] = "Free labels."


def change_exception_docstring(s: Spec) -> None:
    operation(s, "getItem")["responses"]["404"]["description"] = "The item does not exist."


def change_alias(s: Spec) -> None:
    schema(s, "Tags")["items"] = {"type": "integer"}


def remove_alias(s: Spec) -> None:
    del s["components"]["schemas"]["Tags"]


def add_credential(s: Spec) -> None:
    s["components"]["securitySchemes"]["tokenAuth"] = {"type": "http", "scheme": "bearer"}
    s["security"] = [{"apiKey": [], "tokenAuth": []}]


def remove_server(s: Spec) -> None:
    del s["servers"]


def change_server(s: Spec) -> None:
    s["servers"] = [{"url": "https://api.shop.example.com"}]


def bump_info_version(s: Spec) -> None:
    s["info"]["version"] = "1.1"


def edit_curation_note(s: Spec) -> None:
    s["info"]["x-curation"] = ["A note for curators only; not part of the API."]


Row = tuple[Callable[[Spec], None], list[tuple[str, str, str, str]]]

# Each row: an edit of the base spec, and every change the diff must report for it:
# (severity, rule, target, message).
TABLE: dict[str, Row] = {
    # client methods: parameters
    "parameter removed": (
        remove_parameter,
        [
            (B, "parameter-removed", "shop.Client.list_items", "parameter 'owner_id' removed"),
        ],
    ),
    "parameter renamed": (
        rename_parameter,
        [
            (B, "parameter-renamed", "shop.Client.list_items", "parameter 'owner_id' renamed to 'owner'"),
        ],
    ),
    "optional parameter added": (
        add_optional_parameter,
        [
            (C, "parameter-added", "shop.Client.list_items", "optional parameter 'sort' added"),
        ],
    ),
    "required parameter added": (
        add_required_parameter,
        [
            (B, "parameter-added-required", "shop.Client.list_items", "required parameter 'shop_id' added"),
        ],
    ),
    "parameter made required": (
        make_parameter_required,
        [
            (B, "parameter-made-required", "shop.Client.list_items", "parameter 'owner_id' is now required"),
        ],
    ),
    "parameter made optional": (
        make_parameter_optional,
        [
            (C, "parameter-made-optional", "shop.Client.list_items", "parameter 'region' is now optional (default None)"),
        ],
    ),
    "parameter type narrowed": (
        narrow_parameter,
        [
            (B, "parameter-type-narrowed", "shop.Client.list_items", "parameter 'min_price' type narrowed from float to int"),
        ],
    ),
    "parameter type widened": (
        widen_parameter,
        [
            (C, "parameter-type-widened", "shop.Client.list_items", "parameter 'page_size' type widened from int to float"),
        ],
    ),
    "parameter type changed": (
        change_parameter_type,
        [
            (B, "parameter-type-changed", "shop.Client.list_items", "parameter 'owner_id' type changed from str to int"),
        ],
    ),
    # An optional parameter is sent only when passed: its spec default is the server's, documented
    # ("Server default: 10") but not the Python default, which stays None.
    "server default of an optional parameter changed": (
        change_parameter_default,
        [
            (C, "parameter-doc-changed", "shop.Client.list_items", "docstring of parameter 'page_size' changed"),
        ],
    ),
    "parameter enum becomes plain string (same values)": (
        parameter_enum_to_string,
        [
            (C, "parameter-type-equivalent", "shop.Client.list_items", "parameter 'status' type models.ItemStatus | str now written str (the same values)"),
        ],
    ),
    # client methods: constraints on parameters
    "parameter maximum lowered": (
        set_schema("listItems", "page_size", maximum=40),
        [
            (B, "parameter-constraint-narrowed", "shop.Client.list_items", "parameter 'page_size' maximum narrowed: 50 -> 40"),
        ],
    ),
    "parameter maximum raised": (
        set_schema("listItems", "page_size", maximum=100),
        [
            (C, "parameter-constraint-widened", "shop.Client.list_items", "parameter 'page_size' maximum widened: 50 -> 100"),
        ],
    ),
    "parameter minimum dropped": (
        set_schema("listItems", "page_size", minimum=None),
        [
            (C, "parameter-constraint-widened", "shop.Client.list_items", "parameter 'page_size' minimum widened: 1 -> none"),
        ],
    ),
    "parameter minimum added": (
        set_schema("listItems", "min_price", minimum=0),
        [
            (B, "parameter-constraint-narrowed", "shop.Client.list_items", "parameter 'min_price' minimum narrowed: none -> 0"),
        ],
    ),
    "parameter maximum made exclusive": (
        set_schema("listItems", "page_size", maximum=None, exclusiveMaximum=50),
        [
            (
                B,
                "parameter-constraint-narrowed",
                "shop.Client.list_items",
                "parameter 'page_size' upper bound narrowed: maximum 50 -> exclusiveMaximum 50",
            ),
        ],
    ),
    "parameter exclusive minimum below the minimum": (
        set_schema("listItems", "page_size", minimum=None, exclusiveMinimum=0),
        [
            (
                C,
                "parameter-constraint-widened",
                "shop.Client.list_items",
                "parameter 'page_size' lower bound widened: minimum 1 -> exclusiveMinimum 0",
            ),
        ],
    ),
    "parameter minLength raised": (
        set_schema("listItems", "region", minLength=3),
        [
            (B, "parameter-constraint-narrowed", "shop.Client.list_items", "parameter 'region' minLength narrowed: 2 -> 3"),
        ],
    ),
    "parameter maxLength raised": (
        set_schema("listItems", "region", maxLength=16),
        [
            (C, "parameter-constraint-widened", "shop.Client.list_items", "parameter 'region' maxLength widened: 8 -> 16"),
        ],
    ),
    "parameter maxLength added": (
        set_schema("listItems", "owner_id", maxLength=36),
        [
            (B, "parameter-constraint-narrowed", "shop.Client.list_items", "parameter 'owner_id' maxLength narrowed: none -> 36"),
        ],
    ),
    "parameter pattern changed": (
        set_schema("listItems", "region", pattern="^[a-z]{2}$"),
        [
            (
                B,
                "parameter-constraint-changed",
                "shop.Client.list_items",
                "parameter 'region' pattern changed: '^[a-z]+$' -> '^[a-z]{2}$'",
            ),
        ],
    ),
    "parameter pattern added": (
        set_schema("listItems", "owner_id", pattern="^o"),
        [
            (B, "parameter-constraint-narrowed", "shop.Client.list_items", "parameter 'owner_id' pattern narrowed: none -> '^o'"),
        ],
    ),
    "parameter pattern dropped": (
        set_schema("listItems", "region", pattern=None),
        [
            (C, "parameter-constraint-widened", "shop.Client.list_items", "parameter 'region' pattern widened: '^[a-z]+$' -> none"),
        ],
    ),
    "parameter enum narrowed": (
        narrow_parameter_enum,
        [
            (
                B,
                "parameter-constraint-narrowed",
                "shop.Client.list_items",
                "parameter 'status' enum narrowed: ['active', 'archived', 'draft'] -> ['active', 'draft']",
            ),
            (
                C,
                "parameter-type-equivalent",
                "shop.Client.list_items",
                "parameter 'status' type models.ItemStatus | str now written models.ListItemsStatus | str (the same values)",
            ),
            (C, "enum-added", "shop.models.ListItemsStatus", "enum added"),
        ],
    ),
    "parameter enum added": (
        add_parameter_enum,
        [
            (B, "parameter-constraint-narrowed", "shop.Client.list_items", "parameter 'owner_id' enum narrowed: none -> ['o1', 'o2']"),
            (
                C,
                "parameter-type-equivalent",
                "shop.Client.list_items",
                "parameter 'owner_id' type str now written models.ListItemsOwnerId | str (the same values)",
            ),
            (C, "enum-added", "shop.models.ListItemsOwnerId", "enum added"),
        ],
    ),
    "parameter deprecated": (
        deprecate_parameter,
        [
            (C, "parameter-deprecated", "shop.Client.list_items", "parameter 'owner_id' deprecated"),
            # its docstring says so ("Deprecated.")
            (C, "parameter-doc-changed", "shop.Client.list_items", "docstring of parameter 'owner_id' changed"),
        ],
    ),
    # client methods: the methods themselves, their returns
    "method removed": (
        remove_method,
        [
            (B, "method-removed", "shop.Client.delete_item", "method removed"),
        ],
    ),
    "method renamed": (
        rename_method,
        [
            (B, "method-renamed", "shop.Client.get_item", "method renamed to 'fetch_item'"),
        ],
    ),
    "method added": (
        add_method,
        [
            (C, "method-added", "shop.Client.get_owner", "method added"),
        ],
    ),
    "method deprecated": (
        deprecate_method,
        [
            (C, "method-deprecated", "shop.Client.get_item", "method deprecated"),
        ],
    ),
    "method docstring changed": (
        change_method_docstring,
        [
            (C, "method-doc-changed", "shop.Client.list_items", "docstring changed"),
        ],
    ),
    "pagination dropped": (
        stop_paginating,
        [
            (B, "method-removed", "shop.Client.list_items_iter", "method removed (no longer paginated)"),
        ],
    ),
    "return type changed": (
        return_other_model,
        [
            (B, "return-type-changed", "shop.Client.get_item", "return type changed from models.Item to models.Owner"),
        ],
    ),
    "return type narrowed to a subclass": (
        return_subclass,
        [
            (C, "return-type-narrowed", "shop.Client.create_item", "return type narrowed from models.Item to models.DigitalItem"),
        ],
    ),
    "return type widened to a union": (
        return_union,
        [
            (B, "return-type-widened", "shop.Client.get_item", "return type widened from models.Item to models.Item | models.Owner"),
        ],
    ),
    "content where there was none": (
        return_content_where_none,
        [
            (C, "return-type-added", "shop.Client.delete_item", "now returns models.Item (returned None)"),
        ],
    ),
    # exceptions
    "error status removed": (
        remove_error_status,
        [
            # NotFoundError stays (every package has one for 404); `exc.error` is no longer parsed.
            (B, "raises-removed", "shop.Client.get_item", "no longer raises NotFoundError (status 404)"),
            (C, "exception-doc-changed", "shop.errors.NotFoundError", "docstring changed"),
        ],
    ),
    "error status added": (
        add_error_status,
        [
            (C, "raises-added", "shop.Client.get_item", "raises ForbiddenError (status 403)"),
            (C, "exception-doc-changed", "shop.errors.ForbiddenError", "docstring changed"),
        ],
    ),
    "error status added beside a default": (
        add_error_status_beside_default,
        [
            (B, "raises-replaced", "shop.Client.create_item", "status 402 raises PaymentRequiredError instead of UnexpectedStatusError"),
            (C, "exception-added", "shop.errors.PaymentRequiredError", "exception class added"),
        ],
    ),
    "default error response removed": (
        remove_default_error,
        [
            (B, "raises-removed", "shop.Client.create_item", "no longer raises UnexpectedStatusError (status default)"),
            (B, "exception-removed", "shop.errors.UnexpectedStatusError", "exception class removed"),
            # The common classes the default typed lose their `error` body.
            *(
                (B, "exception-type-widened", f"shop.errors.{name}", "`error` type widened from models.Error | None to object")
                for name in ("UnauthorizedError", "ForbiddenError", "ConflictError", "UnprocessableEntityError",
                             "TooManyRequestsError", "InternalServerError")
            ),
        ],
    ),
    "common error status added beside a default": (
        add_common_error_status_beside_default,
        [
            # 409 raised ConflictError before too (typed by the default body): nothing breaks.
            (C, "raises-added", "shop.Client.create_item", "raises ConflictError (status 409)"),
            (C, "exception-doc-changed", "shop.errors.ConflictError", "docstring changed"),
        ],
    ),
    "exception error body now a string: `error` is `str | None`": (
        change_error_body,
        [
            (B, "exception-type-changed", "shop.errors.NotFoundError", "`error` type changed from models.Error | None to str | None"),
        ],
    ),
    # models
    "model removed": (
        remove_model,
        [
            (B, "model-removed", "shop.models.Owner", "model removed"),
            (B, "field-type-changed", "shop.models.Item", "field 'owner' type changed from Owner to str"),
        ],
    ),
    "model renamed": (
        rename_model,
        [
            (B, "model-renamed", "shop.models.Owner", "model renamed to 'Seller'"),
        ],
    ),
    "model docstring changed": (
        change_model_docstring,
        [
            (C, "model-doc-changed", "shop.models.Item", "docstring changed"),
        ],
    ),
    "base class dropped": (
        drop_base_class,
        [
            (B, "model-base-changed", "shop.models.DigitalItem", "no longer a subclass of Item"),
        ],
    ),
    # fields of models callers read (responses)
    "field removed": (
        remove_field,
        [
            (B, "field-removed", "shop.models.Item", "field 'price' removed"),
        ],
    ),
    "field renamed": (
        rename_field,
        [
            (B, "field-renamed", "shop.models.Item", "field 'name' renamed to 'title'"),
        ],
    ),
    "optional field added": (
        add_optional_field,
        [
            (C, "field-added", "shop.models.Item", "field 'color' added"),
        ],
    ),
    "required field added to a response model": (
        add_required_response_field,
        [
            (C, "field-added", "shop.models.Item", "field 'color' added"),
        ],
    ),
    "response field no longer required": (
        response_field_optional,
        [
            (B, "field-may-be-unset", "shop.models.Item", "field 'name' may now be UNSET (no longer required)"),
        ],
    ),
    "response field now nullable": (
        response_field_nullable,
        [
            (B, "field-may-be-none", "shop.models.Item", "field 'name' may now be None (now nullable)"),
        ],
    ),
    "response field type changed": (
        response_field_type_changed,
        [
            (B, "field-type-changed", "shop.models.Item", "field 'quantity' type changed from int to str"),
        ],
    ),
    "response field type narrowed": (
        response_field_narrowed,
        [
            (C, "field-type-narrowed", "shop.models.Item", "field 'price' type narrowed from float to int"),
        ],
    ),
    "response field type widened": (
        response_field_widened,
        [
            (B, "field-type-widened", "shop.models.Item", "field 'quantity' type widened from int to float"),
        ],
    ),
    "response field now always present": (
        response_field_required,
        [
            (C, "field-always-present", "shop.models.Item", "field 'price' is now always present"),
        ],
    ),
    "response field never None": (
        response_field_not_nullable,
        [
            (C, "field-never-none", "shop.models.ItemPage", "field 'next' is never None any more"),
        ],
    ),
    "field docstring changed": (
        change_field_docstring,
        [
            (C, "field-doc-changed", "shop.models.Item", "docstring of field 'price' changed"),
        ],
    ),
    # fields of models callers build (request bodies)
    "required field added to a request model": (
        request_required_field_added,
        [
            (B, "field-added-required", "shop.models.NewItem", "required field 'color' added"),
        ],
    ),
    "optional field added to a request model": (
        request_optional_field_added,
        [
            (C, "field-added", "shop.models.NewItem", "field 'color' added"),
        ],
    ),
    "request field made required": (
        request_field_made_required,
        [
            (B, "field-made-required", "shop.models.NewItem", "field 'price' is now required"),
        ],
    ),
    "request field made optional": (
        request_field_made_optional,
        [
            (C, "field-made-optional", "shop.models.NewItem", "field 'name' is now optional"),
        ],
    ),
    "request field type widened": (
        request_field_widened,
        [
            (C, "field-type-widened", "shop.models.NewItem", "field 'quantity' type widened from int to float"),
        ],
    ),
    "request field type narrowed": (
        request_field_narrowed,
        [
            (B, "field-type-narrowed", "shop.models.NewItem", "field 'price' type narrowed from float to int"),
        ],
    ),
    "request field now accepts None": (
        request_field_nullable,
        [
            (C, "field-accepts-none", "shop.models.NewItem", "field 'price' now accepts None"),
        ],
    ),
    # enums and aliases
    "enum value removed": (
        remove_enum_value,
        [
            (B, "enum-value-removed", "shop.models.ItemStatus", "value 'archived' removed"),
        ],
    ),
    "enum value added": (
        add_enum_value,
        [
            (C, "enum-value-added", "shop.models.ItemStatus", "value 'sold' added"),
        ],
    ),
    "enum renamed": (
        rename_enum,
        [
            (B, "enum-renamed", "shop.models.ItemStatus", "enum renamed to 'ItemState'"),
        ],
    ),
    "enum removed (now plain strings)": (
        remove_enum,
        [
            (B, "enum-removed", "shop.models.ItemStatus", "enum removed"),
            (C, "parameter-type-equivalent", "shop.Client.list_items", "parameter 'status' type models.ItemStatus | str now written str (the same values)"),
            (C, "field-type-equivalent", "shop.models.Item", "field 'status' type ItemStatus | str now written str (the same values)"),
        ],
    ),
    # additions and docstrings elsewhere
    "model added": (
        add_model,
        [
            (C, "model-added", "shop.models.Review", "model added"),
        ],
    ),
    "enum added": (
        add_enum,
        [
            (C, "enum-added", "shop.models.Color", "enum added"),
        ],
    ),
    "alias added": (
        add_alias,
        [
            (C, "alias-added", "shop.models.Codes", "type alias added"),
        ],
    ),
    "enum docstring changed": (
        change_enum_docstring,
        [
            (C, "enum-doc-changed", "shop.models.ItemStatus", "docstring changed"),
        ],
    ),
    "alias docstring changed": (
        change_alias_docstring,
        [
            (C, "alias-doc-changed", "shop.models.Tags", "docstring changed"),
        ],
    ),
    "exception docstring changed": (
        change_exception_docstring,
        [
            (C, "exception-doc-changed", "shop.errors.NotFoundError", "docstring changed"),
        ],
    ),
    # aliases
    "alias type changed": (
        change_alias,
        [
            (B, "alias-type-changed", "shop.models.Tags", "alias type changed from list[str] to list[int]"),
        ],
    ),
    "alias removed": (
        remove_alias,
        [
            (B, "alias-removed", "shop.models.Tags", "type alias removed"),
        ],
    ),
    # the client constructor and package metadata
    "credential added": (
        add_credential,
        [
            (B, "parameter-added-required", "shop.Client()", "required parameter 'token' added"),
        ],
    ),
    "server removed: base_url required": (
        remove_server,
        [
            (B, "parameter-made-required", "shop.Client()", "parameter 'base_url' is now required"),
        ],
    ),
    "default server changed": (
        change_server,
        [
            (C, "parameter-default-changed", "shop.Client()", "parameter 'base_url' default changed from \"https://shop.example.com\" to \"https://api.shop.example.com\""),
        ],
    ),
    "info.version changed": (
        bump_info_version,
        [
            (C, "api-version-changed", "shop", "API version 1.0 -> 1.1"),
        ],
    ),
    "curation note only: no change": (edit_curation_note, []),
}


# Rules no edit of a spec reaches with today's templates and IR (every parameter is
# keyword-only, integer enums do not come out as enums...), checked on the surface itself.


SurfaceEdit = Callable[[Surface], "Surface | tuple[Surface, Surface]"]


def base_surface() -> Surface:
    return load_surfaces([BASE], package="shop")["shop"]


def method(surface: Surface, name: str) -> PublicMethod:
    return next(m for m in surface.methods if m.name == name)


def with_method(surface: Surface, name: str, **changes: Any) -> Surface:
    methods = tuple(dataclasses.replace(m, **changes) if m.name == name else m for m in surface.methods)
    return dataclasses.replace(surface, methods=methods)


def with_model(surface: Surface, name: str, **changes: Any) -> Surface:
    models = tuple(dataclasses.replace(m, **changes) if m.name == name else m for m in surface.models)
    return dataclasses.replace(surface, models=models)


def with_enum(surface: Surface, name: str, **changes: Any) -> Surface:
    enums = tuple(dataclasses.replace(e, **changes) if e.name == name else e for e in surface.enums)
    return dataclasses.replace(surface, enums=enums)


def positional_parameter(s: Surface) -> Surface:
    arguments = tuple(dataclasses.replace(p, kind="positional-or-keyword") for p in method(s, "get_item").arguments)
    return with_method(s, "get_item", arguments=arguments)


def undeprecated(s: Surface) -> tuple[Surface, Surface]:
    return with_method(s, "get_item", deprecated=True), s


def now_paginated(s: Surface) -> Surface:
    return with_method(s, "get_item", pages=Pager(ir.ModelType("Item"), ir.ModelType("Owner")))


def pages_item_changed(s: Surface) -> Surface:
    return with_method(s, "list_items", pages=Pager(ir.ModelType("ItemPage"), ir.ModelType("DigitalItem")))


def return_respelled(s: Surface) -> Surface:
    return with_method(s, "get_item", returns=Annotation((ir.ModelType("Item"), ir.ModelType("DigitalItem"))))


def base_class_added(s: Surface) -> Surface:
    return with_model(s, "Owner", base="Error")


def request_field_not_nullable(s: Surface) -> tuple[Surface, Surface]:
    model = next(m for m in s.models if m.name == "NewItem")
    fields = tuple(dataclasses.replace(f, nullable=True) if f.name == "price" else f for f in model.fields)
    return with_model(s, "NewItem", fields=fields), s


def integer_values(s: Surface) -> Surface:
    return with_enum(s, "ItemStatus", value_kind="int")


def member_renamed(s: Surface) -> Surface:
    enum = next(e for e in s.enums if e.name == "ItemStatus")
    members = tuple(dataclasses.replace(m, python_name="RETIRED") if m.value == "archived" else m for m in enum.members)
    return with_enum(s, "ItemStatus", members=members)


def member_docstring(s: Surface) -> Surface:
    enum = next(e for e in s.enums if e.name == "ItemStatus")
    members = tuple(dataclasses.replace(m, description="Gone.") if m.value == "archived" else m for m in enum.members)
    return with_enum(s, "ItemStatus", members=members)


def alias_types(type_: ir.TypeRef) -> Callable[[Surface], Surface]:
    def edit(s: Surface) -> Surface:
        aliases = tuple(dataclasses.replace(a, type=type_) for a in s.aliases)
        return dataclasses.replace(s, aliases=aliases)

    return edit


def exception_type(*members: ir.TypeRef | Named, old: tuple[ir.TypeRef | Named, ...] | None = None) -> SurfaceEdit:
    annotation = Annotation(members)

    def with_type(s: Surface, annotation: Annotation) -> Surface:
        errors = tuple(dataclasses.replace(e, type=annotation) if e.status == "404" else e for e in s.errors)
        return dataclasses.replace(s, errors=errors)

    def edit(s: Surface) -> Surface | tuple[Surface, Surface]:
        return with_type(s, annotation) if old is None else (with_type(s, Annotation(old)), with_type(s, annotation))

    return edit


SURFACE_TABLE: dict[str, tuple[SurfaceEdit, list[tuple[str, str, str, str]]]] = {
    "parameter kind changed": (
        positional_parameter,
        [(B, "parameter-kind-changed", "shop.Client.get_item", "parameter 'item_id' is now positional-or-keyword (was keyword-only)")],
    ),
    "method no longer deprecated": (undeprecated, [(C, "method-undeprecated", "shop.Client.get_item", "no longer deprecated")]),
    "method now paginated": (now_paginated, [(C, "method-added", "shop.Client.get_item_iter", "method added (now paginated)")]),
    "pages of a subclass": (
        pages_item_changed,
        [
            (
                C,
                "return-type-narrowed",
                "shop.Client.list_items_iter",
                "return type narrowed from _rt.SyncPager[models.ItemPage, models.Item] to _rt.SyncPager[models.ItemPage, models.DigitalItem]",
            )
        ],
    ),
    "return type respelled": (
        return_respelled,
        [
            (
                C,
                "return-type-equivalent",
                "shop.Client.get_item",
                "return type models.Item now written models.Item | models.DigitalItem (the same values)",
            )
        ],
    ),
    "base class added": (base_class_added, [(C, "model-base-added", "shop.models.Owner", "now a subclass of Error")]),
    "request field refuses None": (
        request_field_not_nullable,
        [(B, "field-refuses-none", "shop.models.NewItem", "field 'price' no longer accepts None")],
    ),
    "enum of integers": (integer_values, [(B, "enum-kind-changed", "shop.models.ItemStatus", "values changed from str to int")]),
    "enum member renamed": (
        member_renamed,
        [(B, "enum-member-renamed", "shop.models.ItemStatus", "member ARCHIVED renamed to RETIRED")],
    ),
    "enum member docstring": (
        member_docstring,
        [(C, "enum-doc-changed", "shop.models.ItemStatus", "docstring of ARCHIVED changed")],
    ),
    "alias narrowed": (
        alias_types(ir.ListType(ir.ScalarType("any"))),
        [(B, "alias-type-widened", "shop.models.Tags", "alias type widened from list[str] to list[Any]")],
    ),
    "alias widened": (
        alias_types(ir.ListType(ir.ModelType("ItemStatus"))),  # the enum class alone
        [(C, "alias-type-narrowed", "shop.models.Tags", "alias type narrowed from list[str] to list[ItemStatus]")],
    ),
    "alias respelled": (
        alias_types(ir.ListType(ir.UnionType((ir.ScalarType("str"), ir.ModelType("ItemStatus"))))),
        [(C, "alias-type-equivalent", "shop.models.Tags", "alias type list[str] now written list[str | ItemStatus] (the same values)")],
    ),
    "exception type narrowed": (
        exception_type(NONE),
        [(C, "exception-type-narrowed", "shop.errors.NotFoundError", "`error` type narrowed from models.Error | None to None")],
    ),
    "exception type widened": (
        exception_type(ir.ModelType("Error"), ir.ModelType("Owner"), NONE),
        [
            (
                B,
                "exception-type-widened",
                "shop.errors.NotFoundError",
                "`error` type widened from models.Error | None to models.Error | models.Owner | None",
            )
        ],
    ),
    "exception type changed": (
        exception_type(ir.ModelType("Owner"), NONE),
        [(B, "exception-type-changed", "shop.errors.NotFoundError", "`error` type changed from models.Error | None to models.Owner | None")],
    ),
    "exception type in another order: no change": (exception_type(NONE, ir.ModelType("Error")), []),
    "exception type equivalent": (
        exception_type(ir.ScalarType("str"), NONE, old=(ir.EnumType("ItemStatus", "str"), NONE)),
        [
            (
                C,
                "exception-type-equivalent",
                "shop.errors.NotFoundError",
                "`error` type models.ItemStatus | str | None now written str | None (the same values)",
            )
        ],
    ),
}


def write_pair(directory: Path, edit: Callable[[Spec], None]) -> tuple[Path, Path]:
    """old/shop.yaml (the base) and new/shop.json (the base, edited)."""
    old, new = directory / "old" / "shop.yaml", directory / "new" / "shop.json"
    old.parent.mkdir(parents=True)
    new.parent.mkdir(parents=True)
    shutil.copyfile(BASE, old)
    spec = copy.deepcopy(BASE_SPEC)
    edit(spec)
    new.write_text(json.dumps(spec, indent=2), encoding="utf-8")
    return old, new


def run_json(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, dict[str, Any]]:
    code = main(["diff-api", *arguments, "--format", "json"])
    captured = capsys.readouterr()
    assert captured.err == "", captured.err
    return code, json.loads(captured.out)


def reported(report: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    return [(c["severity"], c["rule"], c["target"], c["message"]) for p in report["packages"] for c in p["changes"]]


def test_table_is_large_enough() -> None:
    assert len(TABLE) >= 25
    breaking = [name for name, (_, expected) in TABLE.items() if any(row[0] == B for row in expected)]
    compatible = [name for name, (_, expected) in TABLE.items() if expected and all(row[0] == C for row in expected)]
    assert len(breaking) >= 12 and len(compatible) >= 12


@pytest.mark.parametrize("name", list(TABLE))
def test_spec_edit_is_classified(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit, expected = TABLE[name]
    old, new = write_pair(tmp_path, edit)
    code, report = run_json(capsys, str(old), str(new))
    assert sorted(reported(report)) == sorted(expected)
    breaks = any(row[0] == B for row in expected)
    assert code == (3 if breaks else 0)
    assert report["breaking"] is breaks
    (package,) = report["packages"]
    assert package["package"] == "shop"
    assert package["status"] == ("changed" if expected else "unchanged")


@pytest.mark.parametrize("name", list(SURFACE_TABLE))
def test_surface_edit_is_classified(name: str) -> None:
    edit, expected = SURFACE_TABLE[name]
    edited = edit(base_surface())
    old, new = edited if isinstance(edited, tuple) else (base_surface(), edited)
    diff = diff_surfaces({"shop": old}, {"shop": new}, "old", "new")
    assert sorted((c.severity, c.rule, c.target, c.message) for c in diff.changes) == sorted(expected)


def test_every_rule_has_a_row() -> None:
    covered = {row[1] for _, expected in TABLE.values() for row in expected}
    covered |= {row[1] for _, expected in SURFACE_TABLE.values() for row in expected}
    covered |= {"package-added", "package-removed"}  # test_directories_report_added_and_removed_packages
    assert covered <= RULES
    assert sorted(RULES - covered) == []


@pytest.mark.parametrize(
    ("edit", "bump", "version"),
    [
        (remove_parameter, "major", "2.0.0"),
        (add_optional_parameter, "minor", "1.5.0"),
        (change_method_docstring, "patch", "1.4.3"),
        (edit_curation_note, None, None),
    ],
)
def test_bump_follows_the_worst_change(
    edit: Callable[[Spec], None], bump: str | None, version: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Breaking → major, additions → minor, docstrings → patch; from info.x-client-version (1.4.2)."""
    old, new = write_pair(tmp_path, edit)
    _, report = run_json(capsys, str(old), str(new))
    (package,) = report["packages"]
    assert package["bump"] == bump
    assert package["client_version"] == {"old": "1.4.2", "new": "1.4.2"}
    assert package["suggested_version"] == version


def test_text_report_groups_by_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def edit(s: Spec) -> None:
        remove_parameter(s)
        add_enum_value(s)

    old, new = write_pair(tmp_path, edit)
    assert main(["diff-api", str(old), str(new)]) == 3
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"API surface: {old} -> {new}",
        "shop: major bump suggested (1 breaking, 1 compatible), next version 2.0.0",
        "  BREAKING  shop.Client.list_items: parameter 'owner_id' removed",
        "  compatible  shop.models.ItemStatus: value 'sold' added",
        "2 changes (1 breaking, 1 compatible) in 1 of 1 packages",
    ]


def test_fail_on_compatible(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = write_pair(tmp_path, add_enum_value)
    assert main(["diff-api", str(old), str(new)]) == 0
    assert main(["diff-api", str(old), str(new), "--fail-on", "compatible"]) == 3
    old2, new2 = write_pair(tmp_path / "same", edit_curation_note)
    assert main(["diff-api", str(old2), str(new2), "--fail-on", "compatible"]) == 0


def test_declared_client_version_too_low_is_pointed_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def edit(s: Spec) -> None:
        remove_parameter(s)
        s["info"]["x-client-version"] = "1.5.0"

    old, new = write_pair(tmp_path, edit)
    assert main(["diff-api", str(old), str(new)]) == 3
    assert "next version 2.0.0; NEW declares 1.5.0, too low" in capsys.readouterr().out


def test_directories_report_added_and_removed_packages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    shutil.copyfile(BASE, old / "shop.yaml")
    shutil.copyfile(BASE, old / "legacy.yaml")
    shutil.copyfile(BASE, new / "shop.yaml")
    shutil.copyfile(BASE, new / "store.yaml")
    code, report = run_json(capsys, str(old), str(new))
    assert code == 3
    assert reported(report) == [
        (B, "package-removed", "legacy", "package removed (its spec is gone)"),
        (C, "package-added", "store", "package added"),
    ]
    assert [(p["package"], p["status"]) for p in report["packages"]] == [
        ("legacy", "removed"), ("shop", "unchanged"), ("store", "added"),
    ]


def test_new_package_alone_is_compatible(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    shutil.copyfile(BASE, old / "shop.yaml")
    shutil.copyfile(BASE, new / "shop.yaml")
    shutil.copyfile(BASE, new / "store.yaml")
    code, report = run_json(capsys, str(old), str(new))
    assert code == 0 and reported(report) == [(C, "package-added", "store", "package added")]


def test_invalid_spec_is_exit_2_with_diagnostics(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "shop.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths:\n  /a:\n    get: {parameters: [{name: q, in: body}], responses: {'200': {description: ok}}}\n")
    assert main(["diff-api", str(BASE), str(broken)]) == 2
    err = capsys.readouterr().err
    assert "shop.yaml:5:34: parameter `in` must be one of path, query, header, cookie, not 'body'" in err
    assert "error: cannot compare the API" in err


def test_bad_arguments_are_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff-api", str(BASE)]) == 2
    assert main(["diff-api", "--rev", "HEAD", str(BASE), str(BASE)]) == 2
    assert main(["diff-api", str(BASE), "no-such-file-or-revision"]) == 2
    assert "neither a spec file, a directory of specs nor a git revision" in capsys.readouterr().err


def test_types_compare_structurally_and_semver() -> None:
    types = Types(base_surface(), base_surface(), {})
    item, owner = ir.ModelType("Item"), ir.ModelType("Owner")
    nullable_list = Annotation((ir.NullableType(ir.ListType(item)),))
    assert types.compare(nullable_list, Annotation((NONE, ir.ListType(item)))) == "same"
    assert types.compare(nullable_list, Annotation((ir.ListType(item),), prefix="")) == "narrowed"
    either = Annotation((ir.MapType(ir.UnionType((item, owner))),))
    assert types.compare(either, Annotation((ir.MapType(item),))) == "narrowed"
    assert types.compare(Annotation((ir.ScalarType("unix_time"),)), Annotation((ir.ScalarType("datetime"),))) == "same"
    assert str(nullable_list) == "list[models.Item] | None"
    assert bumped("1.4.2", "major") == "2.0.0" and bumped("v0.9.9", "minor") == "0.10.0"
    assert bumped("3.0", "patch") is None


# -- the five real specs -------------------------------------------------------------------


@pytest.fixture
def real_specs(tmp_path: Path) -> tuple[Path, Path]:
    """specs/ copied twice: old/ untouched, new/ for a test to edit."""
    shutil.copytree(SPECS, tmp_path / "old")
    shutil.copytree(SPECS, tmp_path / "new")
    return tmp_path / "old", tmp_path / "new"


def test_real_specs_against_themselves(capsys: pytest.CaptureFixture[str]) -> None:
    code, report = run_json(capsys, str(SPECS), str(SPECS))
    assert code == 0 and reported(report) == []
    assert sorted(p["package"] for p in report["packages"]) == [
        "activeplatform_v1", "activeplatform_v3", "elance", "oracle_brm", "wepay",
    ]
    assert all(p["status"] == "unchanged" and p["bump"] is None for p in report["packages"])


@pytest.mark.parametrize("spec", sorted(p.name for p in SPECS.glob("*.yaml")))
def test_each_real_spec_against_itself(spec: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, report = run_json(capsys, str(SPECS / spec), str(SPECS / spec))
    assert code == 0 and reported(report) == []


def edit_text(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_wepay_query_parameter_removed_is_breaking(real_specs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, new = real_specs
    spec = load_yaml(new / "wepay.yaml")
    parameters = spec["paths"]["/payments"]["get"]["parameters"]
    spec["paths"]["/payments"]["get"]["parameters"] = [p for p in parameters if p["name"] != "page_size"]
    (new / "wepay.yaml").unlink()
    (new / "wepay.json").write_text(json.dumps(spec), encoding="utf-8")
    assert main(["diff-api", str(old), str(new)]) == 3
    out = capsys.readouterr().out
    assert "  BREAKING  wepay.Client.list_payments: parameter 'page_size' removed\n" in out
    assert "wepay: major bump suggested (1 breaking, 0 compatible)" in out
    assert "elance: no change" in out


def test_wepay_page_size_maximum_lowered_is_breaking(real_specs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    """Callers passing 41 to 50 now get a ValueError from the client: breaking, as oasdiff has it."""
    old, new = real_specs
    edit_text(new / "wepay.yaml", "            minimum: 1\n            maximum: 50\n", "            minimum: 1\n            maximum: 40\n")
    code, report = run_json(capsys, str(old), str(new))
    assert code == 3
    assert reported(report) == [
        (B, "parameter-constraint-narrowed", "wepay.Client.list_payments", "parameter 'page_size' maximum narrowed: 50 -> 40")
    ]


def test_wepay_enum_value_added_is_compatible(real_specs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, new = real_specs
    edit_text(new / "wepay.yaml", "enum: [credit_card, payment_bank_us, payment_bank_ca]", "enum: [credit_card, payment_bank_us, payment_bank_ca, sepa]")
    code, report = run_json(capsys, str(old), str(new))
    assert code == 0
    assert reported(report) == [
        (C, "enum-value-added", "wepay.models.ListPaymentsPaymentMethodType", "value 'sepa' added")
    ]
    assert main(["diff-api", str(old), str(new), "--fail-on", "compatible"]) == 3


def test_oracle_field_made_optional_in_responses_is_breaking(real_specs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, new = real_specs
    spec = load_yaml(new / "oracle_brm.yaml")
    spec["components"]["schemas"]["Payment"]["required"].remove("href")
    (new / "oracle_brm.yaml").unlink()
    (new / "oracle_brm.json").write_text(json.dumps(spec), encoding="utf-8")
    code, report = run_json(capsys, str(old), str(new))
    assert code == 3
    assert (B, "field-may-be-unset", "oracle_brm.models.Payment", "field 'href' may now be UNSET (no longer required)") in reported(report)


def test_oracle_fields_marked_as_a_projection_changes_what_calls_with_it_return(
    real_specs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """Old: `fields` a plain parameter (calls with it typed `Payment`); new: the projection."""
    old, new = real_specs
    spec = load_yaml(old / "oracle_brm.yaml")
    del parameter(spec, "getPayment", "fields")["x-projection"]
    (old / "oracle_brm.yaml").unlink()
    (old / "oracle_brm.json").write_text(json.dumps(spec), encoding="utf-8")
    code, report = run_json(capsys, str(old), str(new))
    assert code == 3
    changes = reported(report)
    assert (
        B,
        "return-type-changed",
        "oracle_brm.Client.get_payment",
        "return (with fields) type changed from models.Payment to models.ProjectedPayment",
    ) in changes
    added = sorted(target for _, rule, target, _ in changes if rule == "model-added")
    assert "oracle_brm.models.ProjectedPayment" in added and "oracle_brm.models.ProjectedCash" in added
    assert all(target.startswith("oracle_brm.models.Projected") for target in added)
    assert [c for c in changes if c[1] not in ("model-added", "return-type-changed")] == []
    # And back: unmarking it is the reverse change, as breaking.
    code, report = run_json(capsys, str(new), str(old))
    assert (
        B,
        "return-type-changed",
        "oracle_brm.Client.get_payment",
        "return (with fields) type changed from models.ProjectedPayment to models.Payment",
    ) in reported(report)


def test_elance_spec_removed_is_breaking(real_specs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, new = real_specs
    (new / "elance.yaml").unlink()
    code, report = run_json(capsys, str(old), str(new))
    assert code == 3 and reported(report) == [(B, "package-removed", "elance", "package removed (its spec is gone)")]


def test_activeplatform_docstring_is_a_patch(real_specs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, new = real_specs
    edit_text(new / "activeplatform_v1.yaml", "description: A payment method ID.", "description: The payment method's ID.")
    code, report = run_json(capsys, str(old), str(new))
    assert code == 0
    assert reported(report) == [
        (C, "field-doc-changed", "activeplatform_v1.models.Payment", "docstring of field 'payment_method_id' changed")
    ]
    package = next(p for p in report["packages"] if p["package"] == "activeplatform_v1")
    assert package["bump"] == "patch"


def test_single_file_against_a_directory(real_specs: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    old, _ = real_specs
    code, report = run_json(capsys, str(old), str(SPECS / "wepay.yaml"))
    assert code == 0 and [p["package"] for p in report["packages"]] == ["wepay"]


# -- git revisions -------------------------------------------------------------------------


def git(cwd: Path, *arguments: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", *arguments],
        cwd=cwd, check=True, capture_output=True,
    )


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository whose first commit holds specs/shop.yaml (the base spec)."""
    (tmp_path / "specs").mkdir()
    shutil.copyfile(BASE, tmp_path / "specs" / "shop.yaml")
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "specs")
    git(tmp_path, "commit", "-q", "-m", "base")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write_spec(path: Path, edit: Callable[[Spec], None]) -> None:
    spec = copy.deepcopy(BASE_SPEC)
    edit(spec)
    path.write_text(json.dumps(spec, indent=2), encoding="utf-8")  # JSON is YAML


def test_rev_compares_the_working_tree(repository: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff-api", "--rev", "HEAD"]) == 0
    assert "no API change in 1 packages" in capsys.readouterr().out
    write_spec(repository / "specs" / "shop.yaml", remove_parameter)
    code, report = run_json(capsys, "--rev", "HEAD")
    assert code == 3
    assert report["old"] == "HEAD:specs" and report["new"] == "specs"
    assert reported(report) == [(B, "parameter-removed", "shop.Client.list_items", "parameter 'owner_id' removed")]


def test_two_revisions(repository: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_spec(repository / "specs" / "shop.yaml", add_enum_value)
    git(repository, "commit", "-q", "-am", "sold")
    write_spec(repository / "specs" / "shop.yaml", remove_enum_value)  # uncommitted: not compared
    code, report = run_json(capsys, "HEAD~1", "HEAD")
    assert code == 0
    assert reported(report) == [(C, "enum-value-added", "shop.models.ItemStatus", "value 'sold' added")]
    assert main(["diff-api", "HEAD", "HEAD~1"]) == 3
    assert "  BREAKING  shop.models.ItemStatus: value 'sold' removed" in capsys.readouterr().out


def test_revision_without_specs_has_no_packages(repository: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repository / "README").write_text("x\n")
    git(repository, "add", "README")
    git(repository, "rm", "-q", "-r", "specs")
    git(repository, "commit", "-q", "-m", "no specs")
    code, report = run_json(capsys, "HEAD", "HEAD~1")
    assert code == 0 and reported(report) == [(C, "package-added", "shop", "package added")]


def test_invalid_spec_at_a_revision_names_it(repository: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repository / "specs" / "shop.yaml").write_text("openapi: [\n")
    git(repository, "commit", "-q", "-am", "broken")
    assert main(["diff-api", "HEAD", "HEAD~1"]) == 2
    assert capsys.readouterr().err.startswith("HEAD:specs/shop.yaml:")


def test_unknown_revision_is_exit_2(repository: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff-api", "--rev", "no-such-branch"]) == 2
    assert "'no-such-branch' is not a git revision" in capsys.readouterr().err


def test_rev_head_in_the_real_repository() -> None:
    """The project's own specs/ against HEAD: the committed specs generate the same API."""
    changed = subprocess.run(["git", "status", "--porcelain", "--", "specs"], cwd=ROOT, capture_output=True, text=True)
    if changed.stdout.strip():
        pytest.skip("specs/ has uncommitted changes")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "diff-api", "--rev", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.endswith("no API change in 5 packages\n")


# -- check --against -----------------------------------------------------------------------


def test_check_against_head_in_the_real_repository() -> None:
    """The drift check as usual, plus an empty API report: specs/ is as committed."""
    changed = subprocess.run(["git", "status", "--porcelain", "--", "specs"], cwd=ROOT, capture_output=True, text=True)
    if changed.stdout.strip():
        pytest.skip("specs/ has uncommitted changes")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "check", "--against", "HEAD", "--format", "json"],
        cwd=ROOT, capture_output=True, text=True,
    )
    report = json.loads(result.stdout)
    assert result.returncode == (1 if report["drift"] else 0), result.stderr
    assert report["api"]["old"] == "HEAD:specs" and report["api"]["counts"] == {"breaking": 0, "compatible": 0}
    assert len(report["api"]["packages"]) == 5


@pytest.fixture
def project_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """specs/ and generated/ of this project, committed in a fresh repository."""
    shutil.copytree(SPECS, tmp_path / "specs")
    shutil.copytree(ROOT / "generated", tmp_path / "generated", ignore=shutil.ignore_patterns("__pycache__", ".mypy_cache"))
    git(tmp_path, "init", "-q", "-b", "main")
    git(tmp_path, "add", "specs", "generated")
    git(tmp_path, "commit", "-q", "-m", "base")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_check_against_fails_on_a_breaking_spec_change_even_when_regenerated(
    project_repository: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--against", "HEAD"]) == 0
    capsys.readouterr()
    spec = project_repository / "specs" / "wepay.yaml"
    edit_text(spec, "        - name: owner_id\n          in: query\n", "        - name: owner\n          in: query\n")
    assert main(["generate"]) == 0
    assert main(["check"]) == 0  # no drift: generated/ was regenerated
    capsys.readouterr()
    assert main(["check", "--against", "HEAD"]) == 3
    out = capsys.readouterr().out
    assert "generated/ is up to date" in out
    assert "  BREAKING  wepay.Client.list_payments: parameter 'owner_id' renamed to 'owner'" in out
    assert main(["check", "--against", "HEAD", "--format", "json"]) == 3
    report = json.loads(capsys.readouterr().out)
    assert report["drift"] is False and report["api"]["breaking"] is True


def test_check_against_reports_drift_first(project_repository: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit_text(project_repository / "specs" / "wepay.yaml", "enum: [credit_card, payment_bank_us, payment_bank_ca]", "enum: [credit_card, payment_bank_us, payment_bank_ca, sepa]")
    assert main(["check", "--against", "HEAD", "--quiet"]) == 1  # drift: not regenerated
    out = capsys.readouterr().out
    assert "drift:" in out and "compatible  wepay.models.ListPaymentsPaymentMethodType: value 'sepa' added" in out
    assert main(["generate"]) == 0
    assert main(["check", "--against", "HEAD"]) == 0
    assert main(["check", "--against", "HEAD", "--fail-on", "compatible"]) == 3


def test_check_against_an_unknown_revision_is_exit_2(project_repository: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--against", "nope"]) == 2
    assert "'nope' is not a git revision" in capsys.readouterr().err
