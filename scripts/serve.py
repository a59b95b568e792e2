#!/usr/bin/env python3
"""Serve the sendsafe demo: www/ at / and the built package (pkg/) at /pkg/.

    python3 scripts/serve.py [--host 127.0.0.1] [--port 8080] [--pkg DIR]

Standard library only. Binds a loopback address only, sends `Cache-Control: no-store`
and a strict Content-Security-Policy. The page's import map is an inline script, so its
sha256 hash goes into `script-src`; the hash is computed from www/index.html at startup
and again whenever the file changes.
"""

import argparse
import base64
import hashlib
import html.parser
import http.server
import ipaddress
import os
import posixpath
import socket
import sys
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WWW = os.path.join(ROOT, "www")
INDEX = os.path.join(WWW, "index.html")

MIME = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".css": "text/css; charset=utf-8",
    ".wasm": "application/wasm",
    ".json": "application/json",
    ".map": "application/json",
    ".ts": "text/plain; charset=utf-8",  # .d.ts typings; not MPEG transport streams
    ".md": "text/plain; charset=utf-8",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".txt": "text/plain; charset=utf-8",
}

CSP_BASE = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self'; "
    "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'; object-src 'none'"
)


class _ImportMaps(html.parser.HTMLParser):
    """Collects the text of every inline `<script type="importmap">`."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.maps = []
        self._current = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and (attrs.get("type") or "").strip().lower() == "importmap" and "src" not in attrs:
            self._current = []

    def handle_data(self, data):
        if self._current is not None:
            self._current.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._current is not None:
            self.maps.append("".join(self._current))
            self._current = None


def import_map_hashes(path):
    """CSP source expressions ('sha256-...') for the inline import maps in `path`."""
    with open(path, encoding="utf-8") as f:
        # Browsers hash the element's text after the HTML parser normalized newlines.
        text = f.read().replace("\r\n", "\n").replace("\r", "\n")
    parser = _ImportMaps()
    parser.feed(text)
    parser.close()
    return [
        "'sha256-" + base64.b64encode(hashlib.sha256(m.encode("utf-8")).digest()).decode("ascii") + "'"
        for m in parser.maps
    ]


class _Csp:
    """The Content-Security-Policy header, rebuilt when index.html changes."""

    def __init__(self, index):
        self.index = index
        self.mtime = None
        self.value = None
        self.refresh()

    def refresh(self):
        try:
            mtime = os.stat(self.index).st_mtime_ns
        except OSError:
            mtime = None
        if mtime != self.mtime or self.value is None:
            hashes = import_map_hashes(self.index) if mtime is not None else []
            self.value = CSP_BASE.format(hashes="".join(" " + h for h in hashes))
            self.mtime = mtime
        return self.value


def make_handler(pkg_dir, csp):
    class Handler(http.server.SimpleHTTPRequestHandler):
        server_version = "sendsafe-demo"
        extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, **MIME}

        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=WWW, **kwargs)

        def send_head(self):
            path = urllib.parse.urlsplit(self.path).path
            if path == "/pkg":
                self.send_response(301)
                self.send_header("Location", "/pkg/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            if path.startswith("/pkg/") and not os.path.isdir(pkg_dir):
                self.send_error(503, "The package is not built: run make pkg first")
                return None
            return super().send_head()

        def translate_path(self, path):
            # /pkg/... comes from the package directory, everything else from www/.
            # The parent class drops '..' and other unsafe parts relative to self.directory.
            url_path = posixpath.normpath(urllib.parse.unquote(urllib.parse.urlsplit(path).path))
            if url_path.startswith("/pkg/"):
                self.directory = pkg_dir
                path = urllib.parse.quote(url_path[len("/pkg"):])
            else:
                self.directory = WWW
            return super().translate_path(path)

        def version_string(self):
            return self.server_version

        def list_directory(self, path):
            self.send_error(404, "Not found")
            return None

        def guess_type(self, path):
            return MIME.get(os.path.splitext(path)[1].lower(), "application/octet-stream")

        def end_headers(self):
            self.send_header("Cache-Control", "no-store")
            self.send_header("Content-Security-Policy", csp.refresh())
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
            # Cross-origin isolation gives performance.now() its fine resolution
            # (for "checked in 0.04 ms"); everything on the page is same-origin anyway.
            self.send_header("Cross-Origin-Opener-Policy", "same-origin")
            self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
            super().end_headers()

        def log_message(self, format, *args):
            sys.stderr.write("%s %s\n" % (self.log_date_time_string(), format % args))

    return Handler


def loopback(host):
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def main(argv=None):
    parser = argparse.ArgumentParser(description="Serve the sendsafe demo (www/) and the built package (pkg/).")
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 picks a free one)")
    parser.add_argument("--pkg", default=os.path.join(ROOT, "pkg"),
                        help="the built package directory served at /pkg/ (default: pkg/ at the repository root)")
    args = parser.parse_args(argv)

    if not loopback(args.host):
        parser.error(f"--host {args.host}: the demo binds a loopback address only (127.0.0.1, ::1 or localhost)")
    pkg_dir = os.path.abspath(args.pkg)
    if not os.path.isfile(os.path.join(pkg_dir, "index.js")):
        sys.exit(f"sendsafe demo: no package at {pkg_dir} (index.js missing): run make pkg first, or pass --pkg DIR")
    if not os.path.isfile(INDEX):
        sys.exit(f"sendsafe demo: {INDEX} is missing")

    handler = make_handler(pkg_dir, _Csp(INDEX))
    server_class = http.server.ThreadingHTTPServer
    if ":" in args.host:
        class V6(http.server.ThreadingHTTPServer):
            address_family = socket.AF_INET6
        server_class = V6
    try:
        httpd = server_class((args.host, args.port), handler)
    except OSError as e:
        sys.exit(f"sendsafe demo: cannot listen on {args.host}:{args.port}: {e.strerror or e} (try --port N)")

    host, port = httpd.server_address[:2]
    shown = f"[{host}]" if ":" in host else host
    print(f"sendsafe demo: http://{shown}:{port}/", flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()


if __name__ == "__main__":
    main()
