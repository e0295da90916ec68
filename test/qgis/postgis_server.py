"""A throwaway PostgreSQL + PostGIS cluster for tests and benchmarks: Debian's own binaries, a temporary
folder, a free port on 127.0.0.1; stopped and deleted afterwards. As root it runs as the `postgres`
system user (initdb refuses root)."""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import psycopg2

USER = "redline"


def server_binaries() -> Path:
    try:
        folder = Path(subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=True).stdout.strip())
        if (folder / "initdb").exists():
            return folder
    except (OSError, subprocess.CalledProcessError):
        pass
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not candidates:
        raise RuntimeError("PostgreSQL server binaries not found: install Debian's postgresql and postgis packages")
    return Path(candidates[-1]).parent


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def postgis_cluster() -> Iterator[str]:
    """Yields a libpq connection string to a fresh database with the postgis extension."""
    binaries = server_binaries()
    folder = Path(tempfile.mkdtemp(prefix="redline-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        os.chown(folder, account.pw_uid, account.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    data = folder / "data"
    port = free_port()
    environment = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    run = [*prefix, str(binaries / "pg_ctl"), "-D", str(data)]
    try:
        subprocess.run(
            [*prefix, str(binaries / "initdb"), "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-locale"],
            check=True,
            capture_output=True,
            env=environment,
        )
        options = (
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        subprocess.run(
            [*run, "-o", options, "-l", str(folder / "server.log"), "-w", "start"],
            check=True,
            capture_output=True,
            env=environment,
        )
        dsn = f"host=127.0.0.1 port={port} user={USER} dbname=postgres"
        connection = psycopg2.connect(dsn)
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute("CREATE DATABASE redline")
        connection.close()
        dsn = f"host=127.0.0.1 port={port} user={USER} dbname=redline"
        connection = psycopg2.connect(dsn)
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute("CREATE EXTENSION postgis")
        connection.close()
        yield dsn
    finally:
        subprocess.run([*run, "-m", "immediate", "stop"], capture_output=True, env=environment)
        shutil.rmtree(folder, ignore_errors=True)
