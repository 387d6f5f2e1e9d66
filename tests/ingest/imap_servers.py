"""The IMAP servers the email tests run against: pymap (Python, in memory) and Dovecot.

Dovecot is started privately: its own config, Maildir, user db and run directory under a
temporary folder, listening on a free loopback port. The system service is never used.
Without the `dovecot` binary its tests skip, or fail when ADUAN_REQUIRE_DOVECOT=1 (CI).
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import free_port

USER, PASSWORD = "aduan@setda.kukarkab.go.id", "imap-test-password"
REQUIRE_DOVECOT = os.environ.get("ADUAN_REQUIRE_DOVECOT") == "1"

DOVECOT_CONF = """\
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {internal}
default_internal_group = {internal_group}
default_login_user = {login}
first_valid_uid = {uid}
first_valid_gid = {gid}
mail_location = maildir:{root}/mail/%u
mail_fsync = never
mail_max_userip_connections = 1000
imap_idle_notify_interval = 1 secs
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0666
  }}
  unix_listener stats-writer {{
    mode = 0666
  }}
}}
"""


def wait_for_port(port: int, what: str) -> None:
    """Wait until something listens on this loopback port."""
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            threading.Event().wait(0.05)
    raise RuntimeError(f"{what} did not start on port {port}")


@contextmanager
def pymap_server() -> Iterator[int]:
    """A pymap IMAP server (in-memory backend) on a free loopback port."""
    port = free_port()
    exe = Path(sys.executable).parent / "pymap"
    proc = subprocess.Popen(
        [str(exe), "--host", "127.0.0.1", "--port", str(port), "--no-tls", "--no-service",
         "admin", "dict", "--demo-user", USER, "--demo-password", PASSWORD],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_for_port(port, "pymap")
        yield port
    finally:
        proc.kill()
        proc.wait()


def dovecot_binary() -> str | None:
    """The dovecot executable, if installed (Debian puts it in /usr/sbin)."""
    return shutil.which("dovecot") or shutil.which("dovecot", path="/usr/sbin:/usr/local/sbin")


def _users() -> tuple[str, str, str, int, int]:
    """Who Dovecot's processes and mail run as: the system's dovecot users under root."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid())
        return me.pw_name, me.pw_name, me.pw_name, me.pw_uid, me.pw_gid
    internal, login = pwd.getpwnam("dovecot"), pwd.getpwnam("dovenull")
    return internal.pw_name, "dovecot", login.pw_name, internal.pw_uid, internal.pw_gid


@contextmanager
def dovecot_server(binary: str) -> Iterator[int]:
    """A private Dovecot on a free loopback port, with its own config, users and Maildir."""
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="aduan-dovecot-") as tmp:
        root = Path(tmp)
        internal, group, login, uid, gid = _users()
        for sub in ("run", "state", "mail", "home"):
            (root / sub).mkdir()
        (root / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
        conf = root / "dovecot.conf"
        conf.write_text(
            DOVECOT_CONF.format(
                root=root,
                port=port,
                internal=internal,
                internal_group=group,
                login=login,
                uid=uid,
                gid=gid,
            )
        )
        os.chmod(root, 0o755)
        for sub in ("mail", "home"):
            os.chown(root / sub, uid, gid)
        proc = subprocess.Popen(
            [binary, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        try:
            try:
                wait_for_port(port, "dovecot")
            except RuntimeError:
                log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() else ""
                raise RuntimeError(f"dovecot did not start: {log[-2000:]}") from None
            yield port
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
