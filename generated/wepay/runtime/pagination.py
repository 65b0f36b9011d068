# Runtime of the generated clients, copied unchanged into every package that uses it.
# The source is generator/runtime/ in the generator repository: edit it there, never a copy.
"""Cursor pagination: iterate the items of every page, following `next` until it is null."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import replace
from typing import Any, Generic, ParamSpec, TypeVar, overload

from .clients import AsyncClient, SyncClient
from .request import Request
from .unset import Unset

T = TypeVar("T")
P = ParamSpec("P")
I = TypeVar("I")


class Pages(Generic[P, T, I]):
    """Iterates the items of a cursor-paginated operation, following `next` until it is null.

    The `next` value is an opaque path with its own query: it replaces path and query of the
    first request. `max_pages` bounds how many pages are fetched.
    """

    def __init__(
        self,
        build: Callable[P, Request[T]],
        items: Callable[[T], list[I]],
        next_path: Callable[[T], str | None | Unset],
    ) -> None:
        self.build, self.items, self.next_path = build, items, next_path
        self.__doc__ = build.__doc__

    @overload
    def __get__(self, client: None, owner: type[Any]) -> Pages[P, T, I]: ...
    @overload
    def __get__(self, client: SyncClient, owner: type[Any]) -> SyncPages[P, T, I]: ...
    @overload
    def __get__(self, client: AsyncClient, owner: type[Any]) -> AsyncPages[P, T, I]: ...
    def __get__(self, client: SyncClient | AsyncClient | None, owner: type[Any]) -> Any:
        if client is None:
            return self
        if isinstance(client, AsyncClient):
            return AsyncPages(client, self)
        return SyncPages(client, self)


def next_request(first: Request[T], next_path: str) -> Request[T]:
    """The request for the page after `first`: the opaque `next` path replaces path and query.

    It is sent as the server wrote it: decoding and re-encoding its query would turn a `+`
    of a base64 cursor into a space.
    """
    return replace(first, path=next_path, query=())


class SyncPages(Generic[P, T, I]):
    def __init__(self, client: SyncClient, pages: Pages[P, T, I]) -> None:
        self._client, self._pages = client, pages

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> SyncPager[T, I]:
        return SyncPager(self._client, self._pages, self._pages.build(*args, **kwargs))


class SyncPager(Generic[T, I]):
    """Iterating gives items across pages; `pages()` gives the pages; `limit(n)` bounds them."""

    def __init__(
        self,
        client: SyncClient,
        pages: Pages[Any, T, I],
        first: Request[T],
        max_pages: int | None = None,
    ) -> None:
        self._client, self._pages, self._first, self.max_pages = client, pages, first, max_pages

    def limit(self, max_pages: int) -> SyncPager[T, I]:
        return SyncPager(self._client, self._pages, self._first, max_pages)

    def pages(self) -> Iterator[T]:
        request: Request[T] | None = self._first
        fetched = 0
        while request is not None and (self.max_pages is None or fetched < self.max_pages):
            page = self._client.send(request).parsed
            fetched += 1
            yield page
            following = self._pages.next_path(page)
            request = (
                next_request(request, following)
                if isinstance(following, str) and following
                else None
            )

    def __iter__(self) -> Iterator[I]:
        for page in self.pages():
            yield from self._pages.items(page)


class AsyncPages(Generic[P, T, I]):
    def __init__(self, client: AsyncClient, pages: Pages[P, T, I]) -> None:
        self._client, self._pages = client, pages

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> AsyncPager[T, I]:
        return AsyncPager(self._client, self._pages, self._pages.build(*args, **kwargs))


class AsyncPager(Generic[T, I]):
    """`async for` gives items across pages; `pages()` gives the pages; `limit(n)` bounds them."""

    def __init__(
        self,
        client: AsyncClient,
        pages: Pages[Any, T, I],
        first: Request[T],
        max_pages: int | None = None,
    ) -> None:
        self._client, self._pages, self._first, self.max_pages = client, pages, first, max_pages

    def limit(self, max_pages: int) -> AsyncPager[T, I]:
        return AsyncPager(self._client, self._pages, self._first, max_pages)

    async def pages(self) -> AsyncIterator[T]:
        request: Request[T] | None = self._first
        fetched = 0
        while request is not None and (self.max_pages is None or fetched < self.max_pages):
            page = (await self._client.send(request)).parsed
            fetched += 1
            yield page
            following = self._pages.next_path(page)
            request = (
                next_request(request, following)
                if isinstance(following, str) and following
                else None
            )

    async def __aiter__(self) -> AsyncIterator[I]:
        async for page in self.pages():
            for item in self._pages.items(page):
                yield item
