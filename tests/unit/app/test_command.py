"""`samsim app` as a command: lazy imports, clear errors, 127.0.0.1 only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from simulator.cli import app


def test_the_cli_does_not_load_the_web_framework() -> None:
    code = (
        "import sys, simulator.cli; "
        "print(sorted({'fastapi', 'uvicorn', 'jinja2'} & set(sys.modules)))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == "[]"


def test_app_is_a_command_with_its_options() -> None:
    result = CliRunner().invoke(app, ["app", "--help"])
    assert result.exit_code == 0
    assert all(option in result.output for option in ("--folder", "--port", "--no-browser"))


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    samsim = Path(sys.executable).with_name("samsim")
    folder = tmp_path / "no"
    result = subprocess.run(
        [samsim, "app", "--no-browser", "--folder", folder], capture_output=True, text=True
    )
    assert (result.returncode, result.stderr) == (2, f"--folder {folder} is not a folder\n")


def test_the_server_listens_on_the_loopback_interface_only() -> None:
    from simulator.app import server

    sock = server.bind(0)
    try:
        host, port = sock.getsockname()
        assert host == "127.0.0.1" and port > 0
        assert server.address(sock) == f"http://127.0.0.1:{port}/"
    finally:
        sock.close()
