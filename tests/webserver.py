"""A real HTTP server on 127.0.0.1 for fetching tests: pages, redirects, errors, endless and
silent answers. No test ever needs the internet."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str | None = None  # a redirect's target
    endless: bool = False  # stream chunks until the client hangs up, no Content-Length
    declared_length: int | None = None  # a Content-Length header that may lie
    drip: float = 0.0  # seconds between chunks of an endless answer (a trickling server)


@dataclass
class LocalServer:
    """Serves ``pages`` (path -> Page); tests change them between requests."""

    pages: dict[str, Page] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    port: int = 0

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def _handler(site: LocalServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, *args) -> None:  # keep the test output clean
            pass

        def do_GET(self) -> None:
            site.requests.append(self.path)
            page = site.pages.get(self.path)
            if page is None:
                self.send_response(404, "Not Found")
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"<html><body>no such page</body></html>")
                return
            self.send_response(page.status)
            if page.location:
                absolute = "://" in page.location
                self.send_header("Location", page.location if absolute else site.url(page.location))
            self.send_header("Content-Type", page.content_type)
            if page.declared_length is not None:
                self.send_header("Content-Length", str(page.declared_length))
            elif not page.endless:
                self.send_header("Content-Length", str(len(page.body)))
            self.end_headers()
            try:
                if page.endless:
                    while True:
                        self.wfile.write(page.body)
                        self.wfile.flush()
                        time.sleep(page.drip)
                else:
                    self.wfile.write(page.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should

    return Handler


class serving:
    """``with serving() as site:`` a server in a thread, stopped at the end."""

    def __enter__(self) -> LocalServer:
        self.site = LocalServer()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self.site))
        self.server.daemon_threads = True
        self.site.port = self.server.server_address[1]
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()
        return self.site

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


class silent_server:
    """A port that accepts connections (the kernel completes them) and never answers."""

    def __enter__(self) -> str:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/article"

    def __exit__(self, *exc) -> None:
        self.sock.close()


def closed_port_url() -> str:
    """An address on 127.0.0.1 where nothing listens (connection refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/article"
