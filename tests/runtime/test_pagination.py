"""`generator.runtime.pagination`: pagers follow the opaque `next` path until it is null."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from generator.runtime.api_key import ApiKeyQuery
from generator.runtime.clients import AsyncClient, Options, SyncClient
from generator.runtime.decoding import decode_list, expect_object, expect_str
from generator.runtime.pagination import AsyncPager, Pages, SyncPager, next_request
from generator.runtime.request import Request
from generator.runtime.unset import UNSET, Unset

BASE = "https://api.test"


@dataclass(frozen=True)
class Page:
    items: list[str]
    next: str | None | Unset


def decode_page(data: Any) -> Page:
    body = expect_object(data, "Page")
    following = body.get("next", UNSET)
    return Page(
        decode_list(body["results"], expect_str),
        following if following is None or isinstance(following, Unset) else expect_str(following),
    )


def list_payments(*, page_size: int = 2, status: str | None = None) -> Request[Page]:
    """Lists payments, a page at a time."""
    query = [("page_size", str(page_size))] + ([] if status is None else [("status", status)])
    return Request(
        "GET",
        "/payments",
        decode_page,
        query=query,
        headers=[("Api-Version", "3.0")],
        security=[["key"]],
    )


class Operations:
    payments = Pages(list_payments, lambda page: page.items, lambda page: page.next)


class Sync(Operations, SyncClient):
    pass


class Async(Operations, AsyncClient):
    pass


# The cursors are opaque: base64 with `+`, `/` and `=`, sent exactly as the server wrote them.
NEXTS = ["/payments?page=QUJD+ZGVm/Z2hp==&page_size=2", "/payments?page=TOKEN%2F3", None]
ITEMS = [["a", "b"], ["c", "d"], ["e"]]


@dataclass
class Server:
    """Three pages; the page is found from the raw query, as an opaque cursor must be."""

    last_next: str | None | Unset = None
    requests: list[httpx.Request] = field(default_factory=list[httpx.Request])

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        raw = request.url.raw_path.decode()
        starts = ["/payments?page_size=2&", *(f"{n}&" for n in NEXTS[:2])]
        number = next((i for i, start in enumerate(starts) if raw.startswith(start)), None)
        if number is None:  # a cursor the server never gave out
            return httpx.Response(400, json={"error": "invalid page"})
        following: Any = NEXTS[number] if number < 2 else self.last_next
        body: dict[str, Any] = {"results": ITEMS[number]}
        if not isinstance(following, Unset):
            body["next"] = following
        return httpx.Response(200, json=body)


def sync_client(server: Server) -> Sync:
    http = httpx.Client(transport=httpx.MockTransport(server))
    return Sync(
        Options(base_url=BASE, extra_query={"tenant": "t1"}),
        {"key": ApiKeyQuery("key", "k-SECRET")},
        http,
    )


def async_client(server: Server) -> Async:
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    return Async(
        Options(base_url=BASE, extra_query={"tenant": "t1"}),
        {"key": ApiKeyQuery("key", "k-SECRET")},
        http,
    )


def check_requests(server: Server, pages: int) -> None:
    paths = [request.url.raw_path for request in server.requests]
    expected = [
        b"/payments?page_size=2&status=paid&tenant=t1&key=k-SECRET",
        b"/payments?page=QUJD+ZGVm/Z2hp==&page_size=2&tenant=t1&key=k-SECRET",
        b"/payments?page=TOKEN%2F3&tenant=t1&key=k-SECRET",
    ]
    assert paths == expected[:pages]
    for request in server.requests:
        assert request.headers["Api-Version"] == "3.0"


# -- next_request --------------------------------------------------------------------------


def test_next_request_replaces_path_and_query_keeps_the_rest() -> None:
    first = list_payments(status="paid")
    following = next_request(first, "/v2/payments?page=a+b%2Cc&page=2")
    assert following.path == "/v2/payments?page=a+b%2Cc&page=2"
    assert following.query == ()
    assert following.headers == first.headers and following.security == first.security
    assert following.decode is first.decode and following.method == "GET"
    assert first.path == "/payments" and first.query != ()  # the first request is unchanged


def test_next_path_is_sent_verbatim_with_extra_query_after_it() -> None:
    sent: list[bytes] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.raw_path)
        return httpx.Response(200, json={"results": [], "next": None})

    http = httpx.Client(transport=httpx.MockTransport(server))
    options = Options(base_url=BASE, extra_query={"tenant": "t1"})
    client = Sync(options, {"key": ApiKeyQuery("key", "k-SECRET")}, http)
    client.send(next_request(list_payments(), "/payments?page=a+b/c%2Cd=="))
    client.send(next_request(list_payments(), "/payments"))
    assert sent == [
        b"/payments?page=a+b/c%2Cd==&tenant=t1&key=k-SECRET",
        b"/payments?tenant=t1&key=k-SECRET",
    ]


# -- sync pagers ---------------------------------------------------------------------------


def test_pages_on_the_class() -> None:
    assert isinstance(Sync.payments, Pages)
    assert Sync.payments.__doc__ == "Lists payments, a page at a time."


def test_sync_pager_follows_next_until_null() -> None:
    server = Server()
    pager = sync_client(server).payments(status="paid")
    assert isinstance(pager, SyncPager)
    assert server.requests == []  # nothing is sent before iterating
    assert list(pager) == ["a", "b", "c", "d", "e"]
    check_requests(server, 3)

    server.requests.clear()
    pages = list(pager.pages())
    assert [page.items for page in pages] == ITEMS
    assert pages[-1].next is None
    check_requests(server, 3)


@pytest.mark.parametrize("last_next", [UNSET, ""], ids=["absent", "empty"])
def test_sync_pager_stops_on_absent_or_empty_next(last_next: Unset | str) -> None:
    server = Server(last_next=last_next)
    assert list(sync_client(server).payments(status="paid")) == ["a", "b", "c", "d", "e"]
    assert len(server.requests) == 3


def test_sync_pager_limit() -> None:
    server = Server()
    pager = sync_client(server).payments(status="paid")
    assert list(pager.limit(2)) == ["a", "b", "c", "d"]
    check_requests(server, 2)
    server.requests.clear()
    assert [page.items for page in pager.limit(1).pages()] == [["a", "b"]]
    check_requests(server, 1)
    server.requests.clear()
    assert list(pager.limit(0)) == [] and server.requests == []
    assert pager.max_pages is None  # limit() gives a new pager
    assert list(pager.limit(10)) == ["a", "b", "c", "d", "e"]


def test_sync_pager_is_lazy() -> None:
    server = Server()
    items = iter(sync_client(server).payments(status="paid"))
    assert next(items) == "a" and len(server.requests) == 1
    assert next(items) == "b" and len(server.requests) == 1
    assert next(items) == "c" and len(server.requests) == 2


# -- async pagers --------------------------------------------------------------------------


def test_async_pager() -> None:
    server = Server()

    async def main() -> None:
        pager = async_client(server).payments(status="paid")
        assert isinstance(pager, AsyncPager)
        assert [item async for item in pager] == ["a", "b", "c", "d", "e"]
        check_requests(server, 3)
        server.requests.clear()
        assert [page.items async for page in pager.pages()] == ITEMS
        server.requests.clear()
        assert [item async for item in pager.limit(2)] == ["a", "b", "c", "d"]
        check_requests(server, 2)
        server.requests.clear()
        assert [page.items async for page in pager.limit(1).pages()] == [["a", "b"]]
        assert len(server.requests) == 1

    asyncio.run(main())


def test_async_pager_stops_on_absent_next() -> None:
    server = Server(last_next=UNSET)

    async def main() -> list[str]:
        return [item async for item in async_client(server).payments(status="paid")]

    assert asyncio.run(main()) == ["a", "b", "c", "d", "e"]
    assert len(server.requests) == 3
