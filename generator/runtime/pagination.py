# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""Cursor pagination: iterate the items of every page, following `next` until it is null."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, replace
from typing import Generic, Self, TypeVar

from .clients import AsyncClient, SyncClient
from .request import Request
from .unset import Unset

T = TypeVar("T")
I = TypeVar("I")
C = TypeVar("C", SyncClient, AsyncClient)


@dataclass(frozen=True)
class Paging(Generic[T, I]):
    """How an operation pages: the items of a page, and its `next` cursor (an opaque path)."""

    items: Callable[[T], list[I]]
    next_path: Callable[[T], str | None | Unset]


def next_request(first: Request[T], next_path: str) -> Request[T]:
    """The request for the page after `first`: the opaque `next` path replaces path and query.

    It is sent as the server wrote it: decoding and re-encoding its query would turn a `+`
    of a base64 cursor into a space.
    """
    return replace(first, path=next_path, query=())


class _Pager(Generic[C, T, I]):
    """What both pagers share: the client, the first request, the item limit and the cursor
    reached; the sync and async pagers add only the iteration."""

    def __init__(
        self,
        client: C,
        first: Request[T],
        paging: Paging[T, I],
        max_items: int | None = None,
    ) -> None:
        self._client: C = client
        self._first, self._paging, self.max_items = first, paging, max_items
        self.next_cursor: str | None = None
        """The `next` of the last page fetched: pass it to `resume()` to go on from there."""

    def limit(self, max_items: int) -> Self:
        """The same iteration, stopping after `max_items` items (no page beyond is fetched)."""
        return type(self)(self._client, self._first, self._paging, max_items)

    def resume(self, cursor: str) -> Self:
        """The same iteration, starting at the page a saved `next` cursor points to."""
        return type(self)(
            self._client, next_request(self._first, cursor), self._paging, self.max_items
        )

    def _following(self, request: Request[T], page: T) -> Request[T] | None:
        following = self._paging.next_path(page)
        self.next_cursor = following if isinstance(following, str) and following else None
        return None if self.next_cursor is None else next_request(request, self.next_cursor)


class SyncPager(_Pager[SyncClient, T, I]):
    """Iterating gives items across pages, fetching each page when it is reached.

    `pages()` gives the pages themselves; `limit(n)` stops after n items; `resume(cursor)`
    starts from a `next` cursor saved earlier (`next_cursor`, or a page's `next`).
    """

    def pages(self, max_pages: int | None = None) -> Iterator[T]:
        """The pages themselves, up to `max_pages` of them (all, by default)."""
        request: Request[T] | None = self._first
        fetched = 0
        while request is not None and (max_pages is None or fetched < max_pages):
            page = self._client.send(request).parsed
            fetched += 1
            request = self._following(request, page)
            yield page

    def __iter__(self) -> Iterator[I]:
        count = 0
        if self.max_items is not None and self.max_items <= 0:
            return
        for page in self.pages():
            for item in self._paging.items(page):
                yield item
                count += 1
                if self.max_items is not None and count >= self.max_items:
                    return


class AsyncPager(_Pager[AsyncClient, T, I]):
    """`async for` gives items across pages; `pages()`, `limit(n)` and `resume()` as in sync."""

    async def pages(self, max_pages: int | None = None) -> AsyncIterator[T]:
        """The pages themselves, up to `max_pages` of them (all, by default)."""
        request: Request[T] | None = self._first
        fetched = 0
        while request is not None and (max_pages is None or fetched < max_pages):
            page = (await self._client.send(request)).parsed
            fetched += 1
            request = self._following(request, page)
            yield page

    async def __aiter__(self) -> AsyncIterator[I]:
        count = 0
        if self.max_items is not None and self.max_items <= 0:
            return
        async for page in self.pages():
            for item in self._paging.items(page):
                yield item
                count += 1
                if self.max_items is not None and count >= self.max_items:
                    return
