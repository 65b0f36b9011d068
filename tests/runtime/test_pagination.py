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
from generator.runtime.pagination import AsyncPager, Paging, SyncPager, next_request
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


PAGING: Paging[Page, str] = Paging(lambda page: page.items, lambda page: page.next)


class Sync(SyncClient):
    """A client as generated ones are: `<operation>_iter` gives a pager over the items."""

    def payments(self, *, page_size: int = 2, status: str | None = None) -> SyncPager[Page, str]:
        return SyncPager(self, list_payments(page_size=page_size, status=status), PAGING)


class Async(AsyncClient):
    def payments(self, *, page_size: int = 2, status: str | None = None) -> AsyncPager[Page, str]:
        return AsyncPager(self, list_payments(page_size=page_size, status=status), PAGING)


# The cursors are opaque: base64 with `+`, `/` and `=`, sent exactly as the server wrote them.
SECOND = "/payments?page=QUJD+ZGVm/Z2hp==&page_size=2"
THIRD = "/payments?page=TOKEN%2F3"
NEXTS = [SECOND, THIRD, None]
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


def paths(server: Server) -> list[bytes]:
    return [request.url.raw_path for request in server.requests]


@pytest.mark.parametrize(
    ("limit", "items", "pages"),
    [
        (1, ["a"], 1),
        (2, ["a", "b"], 1),  # the page's last item: the next page is not fetched
        (3, ["a", "b", "c"], 2),
        (4, ["a", "b", "c", "d"], 2),
        (5, ["a", "b", "c", "d", "e"], 3),
        (10, ["a", "b", "c", "d", "e"], 3),
    ],
)
def test_sync_pager_limit_counts_items(limit: int, items: list[str], pages: int) -> None:
    server = Server()
    pager = sync_client(server).payments(status="paid")
    limited = pager.limit(limit)
    assert limited is not pager and limited.max_items == limit
    assert pager.max_items is None  # limit() gives a new pager
    assert list(limited) == items
    check_requests(server, pages)


@pytest.mark.parametrize("limit", [0, -1])
def test_sync_pager_limit_zero_fetches_nothing(limit: int) -> None:
    server = Server()
    limited = sync_client(server).payments(status="paid").limit(limit)
    assert list(limited) == [] and server.requests == []
    assert limited.next_cursor is None


@pytest.mark.parametrize(
    ("max_pages", "fetched"), [(None, 3), (0, 0), (1, 1), (2, 2), (3, 3), (9, 3)]
)
def test_sync_pages_max_pages(max_pages: int | None, fetched: int) -> None:
    server = Server()
    pager = sync_client(server).payments(status="paid")
    assert [page.items for page in pager.pages(max_pages)] == ITEMS[:fetched]
    check_requests(server, fetched)


def test_sync_next_cursor_follows_the_last_fetched_page() -> None:
    server = Server()
    pager = sync_client(server).payments(status="paid")
    assert pager.next_cursor is None  # nothing fetched yet
    items = iter(pager)
    assert next(items) == "a"
    assert pager.next_cursor == SECOND
    assert [next(items), next(items)] == ["b", "c"]
    assert pager.next_cursor == THIRD
    assert list(items) == ["d", "e"]
    assert pager.next_cursor is None  # the end: nothing to resume

    limited = pager.limit(2)
    assert list(limited) == ["a", "b"]
    assert limited.next_cursor == SECOND  # where a later run goes on from
    assert pager.next_cursor is None  # each pager keeps its own


@pytest.mark.parametrize("last_next", [UNSET, ""], ids=["absent", "empty"])
def test_sync_next_cursor_none_at_an_absent_or_empty_next(last_next: Unset | str) -> None:
    pager = sync_client(Server(last_next=last_next)).payments(status="paid")
    assert len(list(pager.pages())) == 3
    assert pager.next_cursor is None


def test_sync_resume_from_a_saved_cursor() -> None:
    server = Server()
    client = sync_client(server)
    first = client.payments(status="paid").limit(2)
    assert list(first) == ["a", "b"]
    saved = first.next_cursor
    assert saved == SECOND and saved is not None

    server.requests.clear()
    resumed = client.payments(status="paid").resume(saved)
    assert resumed.next_cursor is None and server.requests == []  # lazy, like any pager
    assert list(resumed) == ["c", "d", "e"]
    assert paths(server) == [
        b"/payments?page=QUJD+ZGVm/Z2hp==&page_size=2&tenant=t1&key=k-SECRET",
        b"/payments?page=TOKEN%2F3&tenant=t1&key=k-SECRET",
    ]
    for request in server.requests:  # the first request's headers and security
        assert request.headers["Api-Version"] == "3.0"

    server.requests.clear()
    assert list(client.payments(status="paid").limit(1).resume(THIRD)) == ["e"]
    assert paths(server) == [b"/payments?page=TOKEN%2F3&tenant=t1&key=k-SECRET"]
    server.requests.clear()
    again = client.payments(status="paid").resume(SECOND).limit(3)
    assert list(again) == ["c", "d", "e"] and again.next_cursor is None
    assert len(server.requests) == 2


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
        assert pager.next_cursor is None
        assert [item async for item in pager] == ["a", "b", "c", "d", "e"]
        assert pager.next_cursor is None
        check_requests(server, 3)
        server.requests.clear()
        assert [page.items async for page in pager.pages()] == ITEMS
        server.requests.clear()
        assert [page.items async for page in pager.pages(2)] == ITEMS[:2]
        assert pager.next_cursor == THIRD
        check_requests(server, 2)
        server.requests.clear()
        assert [page async for page in pager.pages(0)] == [] and server.requests == []

        limited = pager.limit(3)
        assert limited is not pager and pager.max_items is None
        assert [item async for item in limited] == ["a", "b", "c"]
        check_requests(server, 2)
        assert limited.next_cursor == THIRD
        server.requests.clear()
        assert [item async for item in pager.limit(2)] == ["a", "b"]
        check_requests(server, 1)
        server.requests.clear()
        assert [item async for item in pager.limit(0)] == [] and server.requests == []

        resumed = pager.resume(SECOND)
        assert [item async for item in resumed] == ["c", "d", "e"]
        assert paths(server) == [
            b"/payments?page=QUJD+ZGVm/Z2hp==&page_size=2&tenant=t1&key=k-SECRET",
            b"/payments?page=TOKEN%2F3&tenant=t1&key=k-SECRET",
        ]
        assert all(request.headers["Api-Version"] == "3.0" for request in server.requests)
        server.requests.clear()
        assert [item async for item in pager.limit(1).resume(SECOND)] == ["c"]
        assert len(server.requests) == 1

    asyncio.run(main())


def test_async_pager_stops_on_absent_next() -> None:
    server = Server(last_next=UNSET)

    async def main() -> list[str]:
        return [item async for item in async_client(server).payments(status="paid")]

    assert asyncio.run(main()) == ["a", "b", "c", "d", "e"]
    assert len(server.requests) == 3
