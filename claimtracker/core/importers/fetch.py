"""Fetching an article from a web address: bounded in time and size, redirects recorded.

No JavaScript runs and nothing the page refers to is fetched: only the page's own bytes, kept
as received (their SHA-256 proves what the page said), then converted like an imported file.
Every failure becomes one line saying what went wrong (DNS, TLS, refused, timeout, HTTP
status, too big, not a web page).
"""

from __future__ import annotations

import hashlib
import socket
import ssl
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from urllib.parse import urlsplit

import httpx

from claimtracker import __version__
from claimtracker.core.errors import QT_TRANSLATE_NOOP, ImportRefused
from claimtracker.core.importers import MAX_FILE_BYTES, ImportedArticle, convert_bytes

TIMEOUT_SECONDS = 20.0
"""Longest wait for a connection or for the next bytes of the answer."""

DEADLINE_SECONDS = 90.0
"""Longest a whole download may take (a server can trickle bytes to defeat the timeout)."""

MAX_REDIRECTS = 10

# Media types read as web pages; anything else (PDF, images, JSON, ...) is refused.
PAGE_TYPES = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "txt"}

USER_AGENT = f"ClaimTracker/{__version__} (article import; no JavaScript)"


@dataclass(frozen=True)
class FetchedPage:
    """A page as received: its bytes, where they came from and when."""

    url: str  # as requested
    final_url: str  # after redirects
    redirects: tuple[str, ...]  # the addresses that redirected, the requested one first
    data: bytes
    content_type: str  # media type without parameters, lower case
    charset: str | None  # as the Content-Type header named it
    retrieved_at: datetime  # UTC, aware
    sha256: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "sha256", hashlib.sha256(self.data).hexdigest())


def is_web_address(value: str) -> bool:
    """True for what should be fetched rather than opened as a file (http:// or https://)."""
    return urlsplit(value.strip()).scheme.lower() in ("http", "https")


def fetch_page(
    url: str,
    *,
    timeout: float = TIMEOUT_SECONDS,
    deadline: float = DEADLINE_SECONDS,
    max_bytes: int = MAX_FILE_BYTES,
    max_redirects: int = MAX_REDIRECTS,
) -> FetchedPage:
    """Download one page, refusing (:class:`ImportRefused`, one line) whatever goes wrong.

    The size limit is enforced while the answer streams in, so an endless or huge answer is
    cut off at ``max_bytes``; ``timeout`` bounds each wait and ``deadline`` the whole download.
    """
    url = url.strip()
    if not is_web_address(url):
        raise ImportRefused(
            QT_TRANSLATE_NOOP("Core", "{url}: only http:// and https:// addresses can be fetched"),
            url=url,
        )
    started = time.monotonic()
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=max_redirects,
                timeout=httpx.Timeout(timeout),
                headers={"User-Agent": USER_AGENT, "Accept": "text/html,text/plain;q=0.9"},
            ) as client,
            client.stream("GET", url) as response,
        ):
            final_url = str(response.url)
            if response.status_code >= 400:
                raise ImportRefused(
                    QT_TRANSLATE_NOOP("Core", "{url}: the server answered HTTP {status} {reason}"),
                    url=url,
                    status=str(response.status_code),
                    reason=response.reason_phrase or "error",
                )
            media_type, charset = _content_type(response.headers.get("content-type"))
            if media_type not in PAGE_TYPES:
                raise ImportRefused(
                    QT_TRANSLATE_NOOP(
                        "Core", "{url}: not a web page ({type}); only HTML or text is imported"
                    )
                    if media_type
                    else QT_TRANSLATE_NOOP(
                        "Core",
                        "{url}: not a web page (no content type); only HTML or text is imported",
                    ),
                    url=url,
                    type=media_type,
                )
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise _too_big(url, int(declared), max_bytes)
            chunks: list[bytes] = []
            received = 0
            for chunk in response.iter_bytes():
                received += len(chunk)
                if received > max_bytes:
                    raise _too_big(url, received, max_bytes, more=True)
                if time.monotonic() - started > deadline:
                    raise ImportRefused(
                        QT_TRANSLATE_NOOP(
                            "Core", "{url}: the download took longer than {deadline:.0f} s; gave up"
                        ),
                        url=url,
                        deadline=float(deadline),
                    )
                chunks.append(chunk)
            redirects = tuple(str(r.url) for r in response.history)
    except httpx.HTTPError as exc:
        template, fields = _reason(exc, timeout, max_redirects)
        raise ImportRefused(template, url=url, **fields) from exc
    return FetchedPage(
        url=url,
        final_url=final_url,
        redirects=redirects,
        data=b"".join(chunks),
        content_type=media_type,
        charset=charset,
        retrieved_at=datetime.now(UTC),
    )


def convert_page(page: FetchedPage) -> ImportedArticle:
    """The article in a fetched page, with where and when it was fetched."""
    article = convert_bytes(
        page.data, PAGE_TYPES[page.content_type], name=page.final_url, charset=page.charset
    )
    article.url = page.final_url
    article.source_url = page.final_url
    article.redirects = list(page.redirects)
    article.retrieved_at = page.retrieved_at
    return article


def fetch_article(url: str, **limits) -> ImportedArticle:
    """Fetch and convert the article at ``url`` (see :func:`fetch_page` for the limits)."""
    return convert_page(fetch_page(url, **limits))


def _content_type(header: str | None) -> tuple[str, str | None]:
    if not header:
        return "", None
    message = Message()
    message["content-type"] = header
    charset = message.get_param("charset")
    return message.get_content_type().lower(), (str(charset) if charset else None)


def _too_big(url: str, size: int, limit: int, *, more: bool = False) -> ImportRefused:
    if more:
        return ImportRefused(
            QT_TRANSLATE_NOOP(
                "Core", "{url}: the page is more than {limit} MB; the limit is {limit} MB"
            ),
            url=url,
            limit=f"{limit / 1048576:.0f}",
        )
    return ImportRefused(
        QT_TRANSLATE_NOOP("Core", "{url}: the page is {size} MB; the limit is {limit} MB"),
        url=url,
        size=f"{size / 1048576:.1f}",
        limit=f"{limit / 1048576:.0f}",
    )


def _reason(
    exc: httpx.HTTPError, timeout: float, max_redirects: int
) -> tuple[str, dict[str, object]]:
    """One line (a template starting with ``{url}: `` and its values) for a failed
    download, from the error and the causes chained to it."""
    host = str(urlsplit(str(exc.request.url)).hostname if _has_request(exc) else None)
    causes = _causes(exc)
    if isinstance(exc, httpx.TooManyRedirects):
        return QT_TRANSLATE_NOOP("Core", "{url}: more than {count} redirects; gave up"), {
            "count": str(max_redirects)
        }
    if isinstance(exc, httpx.ConnectTimeout):
        return QT_TRANSLATE_NOOP("Core", "{url}: no connection to {host} within {timeout:g} s"), {
            "host": host,
            "timeout": float(timeout),
        }
    if isinstance(exc, httpx.TimeoutException):
        return QT_TRANSLATE_NOOP("Core", "{url}: the server did not answer within {timeout:g} s"), {
            "timeout": float(timeout)
        }
    if isinstance(exc, httpx.UnsupportedProtocol):
        return QT_TRANSLATE_NOOP(
            "Core", "{url}: only http:// and https:// addresses can be fetched"
        ), {}
    if any(isinstance(c, socket.gaierror) for c in causes) or "name or service" in str(exc).lower():
        return QT_TRANSLATE_NOOP(
            "Core", "{url}: cannot find the host {host} (DNS lookup failed)"
        ), {"host": host}
    tls = next((c for c in causes if isinstance(c, ssl.SSLError)), None)
    if tls is not None or "ssl" in str(exc).lower():
        detail = getattr(tls, "reason", None) or getattr(tls, "verify_message", None) or exc
        return QT_TRANSLATE_NOOP(
            "Core", "{url}: secure connection (TLS) to {host} failed: {detail}"
        ), {"host": host, "detail": str(detail).lower()}
    if any(isinstance(c, ConnectionRefusedError) for c in causes) or "refused" in str(exc).lower():
        return QT_TRANSLATE_NOOP("Core", "{url}: {host} refused the connection"), {"host": host}
    if isinstance(exc, httpx.RemoteProtocolError):
        return QT_TRANSLATE_NOOP("Core", "{url}: the server sent a broken answer ({detail})"), {
            "detail": str(exc)
        }
    if isinstance(exc, httpx.DecodingError):
        return QT_TRANSLATE_NOOP("Core", "{url}: the page could not be decompressed"), {}
    detail = " ".join(str(exc).split()) or type(exc).__name__
    return QT_TRANSLATE_NOOP("Core", "{url}: the download failed ({detail})"), {"detail": detail}


def _has_request(exc: httpx.HTTPError) -> bool:
    try:
        exc.request  # noqa: B018 - raises when the error carries no request
    except RuntimeError:
        return False
    return True


def _causes(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen
