"""Serving the app on 127.0.0.1 only, on a free port chosen by the system."""

from __future__ import annotations

import socket
import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path

import uvicorn

from simulator.app.web import create_app

HOST = "127.0.0.1"  # never another interface: the app has no login


def bind(port: int = 0) -> socket.socket:
    """A listening socket on 127.0.0.1 (`port` 0: any free one), held until the server takes
    it, so no other program can take the port in between."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, port))
    sock.listen(128)
    return sock


def address(sock: socket.socket) -> str:
    return f"http://{HOST}:{sock.getsockname()[1]}/"


def serve(
    folder: Path,
    files: list[Path],
    sock: socket.socket,
    started: Callable[[str], None] = lambda url: None,
) -> None:
    """Serve the app with `files` open on `sock` until interrupted; `started(url)` once it
    accepts requests."""
    config = uvicorn.Config(create_app(folder, files), log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    url = address(sock)

    def announce() -> None:
        while not server.started and not server.should_exit:
            threading.Event().wait(0.05)
        if server.started:
            started(url)

    threading.Thread(target=announce, daemon=True).start()
    server.run(sockets=[sock])


def open_browser(url: str) -> None:
    webbrowser.open(url)
