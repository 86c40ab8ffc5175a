"""A quiet static server on 127.0.0.1 for a built site, used by the browser tests and the bench.

With `compress=True` it sends text files gzip-compressed to clients that accept it, as
GitHub Pages does, so that Lighthouse measures what a reader would download.
"""
from __future__ import annotations

import functools
import gzip
import io
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

COMPRESSED = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".csv", ".rdf")


class _QuietHandler(SimpleHTTPRequestHandler):
    compress = False

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?", 1)[0].endswith("/"):
            path = os.path.join(path, "index.html")
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (self.compress and accepts and path.endswith(COMPRESSED) and os.path.isfile(path)):
            return super().send_head()
        body = gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        return io.BytesIO(body)


@contextmanager
def serving(directory: Path, compress: bool = False) -> Iterator[str]:
    """Serve `directory` on a free port; yields its address, ending in a slash."""
    handler_class = type("_Handler", (_QuietHandler,), {"compress": compress})
    handler = functools.partial(handler_class, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
