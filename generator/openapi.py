"""What every step needs to know about an OpenAPI document: JSON pointers, `$ref`s, the
operations under `paths`, and which media types are JSON. Plain data in, plain data out."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
JSON_MEDIA_TYPES = ("application/json", "application/vnd.api+json")


def escape_pointer_token(token: str | int) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def unescape_pointer_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape_pointer_token(t) for t in tokens)


def pointer_tokens(pointer: str) -> list[str]:
    """`/paths/~1a~1{id}/get` → `["paths", "/a/{id}", "get"]`; the empty pointer → `[]`."""
    return [unescape_pointer_token(token) for token in pointer.split("/")[1:]] if pointer else []


def node_at(document: Any, pointer: str) -> Any:
    """What `pointer` names in `document`, or None where the path does not exist."""
    node = document
    for token in pointer_tokens(pointer):
        if isinstance(node, dict):
            node = node.get(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def object_under(holder: dict[str, Any], key: str) -> dict[str, Any]:
    """The object under `key`, or an empty one where the spec leaves it out or gives another
    kind of value (the validator reports that; the steps after it read on)."""
    value = holder.get(key)
    return value if isinstance(value, dict) else {}


def resolve(document: dict[str, Any], item: Any) -> Any:
    """Follows local `$ref`s (to parameters, responses, bodies…) to the object they name."""
    return located(document, item, "")[1]


def located(document: dict[str, Any], item: Any, pointer: str) -> tuple[str, Any]:
    """Like `resolve`, and where the object reached is written: `pointer` (where `item` is)
    if it is no `$ref`, else the pointer of the last `$ref` followed."""
    seen = 0
    while isinstance(item, dict) and isinstance(item.get("$ref"), str) and seen < 32:
        seen += 1
        pointer = item["$ref"].partition("#")[2]
        item = node_at(document, pointer)
    return pointer, item


def each_example(document: dict[str, Any], holder: dict[str, Any], pointer: str) -> Iterator[tuple[str, Any]]:
    """(pointer, value) of every example a media type or parameter at `pointer` shows, in order:
    its `example`, then each of its `examples`. An `examples` entry that is a `$ref` (to
    `components/examples`) is followed: its pointer is then where the value is written."""
    if "example" in holder:
        yield join_pointer(pointer, "example"), holder["example"]
    examples = holder.get("examples")
    for name, entry in examples.items() if isinstance(examples, dict) else ():
        where, example = located(document, entry, join_pointer(pointer, "examples", str(name)))
        if isinstance(example, dict) and "value" in example:
            yield join_pointer(where, "value"), example["value"]


def each_operation(
    document: dict[str, Any], follow_refs: bool = True
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) of every operation, in the document's order. Path items
    that are `$ref`s are followed, unless the caller reports positions under `/paths`."""
    paths = document.get("paths")
    for path, item in (paths.items() if isinstance(paths, dict) else ()):
        item = resolve(document, item) if follow_refs else item
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield str(path), method, item[method]


def operation_name(operation: dict[str, Any], method: str, path: str) -> str:
    """The operationId, or a name made from method and path where the spec gives none."""
    operation_id = operation.get("operationId")
    if isinstance(operation_id, str) and operation_id:
        return operation_id
    return f"{method} {path}"


def is_json_media_type(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base in JSON_MEDIA_TYPES or base.endswith("+json")
