"""Console keys: one-time sign-in links, week-long session cookies and CSRF tokens, all signed with one secret."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from itsdangerous import BadSignature, URLSafeSerializer

LINK_TTL_S = 10 * 60
SESSION_TTL_S = 7 * 24 * 3600
SECRET_ENV = "QUNBOT_CONSOLE_SECRET"
SECRET_FILE = Path("data") / "console.key"


def load_secret(folder: Path) -> bytes:
    """The signing secret: $QUNBOT_CONSOLE_SECRET, else data/console.key beside config.yaml (made on first use)."""
    if env := os.environ.get(SECRET_ENV):
        return env.encode()
    path = folder / SECRET_FILE
    try:
        return path.read_bytes().strip()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_urlsafe(32))
        return path.read_bytes().strip()


class Refused(Exception):
    """A link or cookie that does not sign anyone in; `reason` is one of invalid, expired, used."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Session:
    """Who a session cookie says is signed in, and its own id (what its CSRF token is made from)."""

    contact: str
    sid: str
    expires: float


@dataclass
class Keys:
    """Makes and checks the console's signed tokens; `now` is wall-clock seconds (a test passes its own)."""

    secret: bytes
    now: Callable[[], float] = time.time

    def _links(self) -> URLSafeSerializer:
        return URLSafeSerializer(self.secret, salt="console-link")

    def _sessions(self) -> URLSafeSerializer:
        return URLSafeSerializer(self.secret, salt="console-session")

    def link_token(self, contact: str) -> str:
        """A token for a sign-in link: good once, for ten minutes."""
        return self._links().dumps({"id": contact, "exp": self.now() + LINK_TTL_S, "n": secrets.token_urlsafe(9)})

    def redeem(self, token: str, spend: Callable[[str, str, float], bool]) -> str:
        """The contact a link token names, spending it; Refused when it is forged, expired or used.

        `spend(nonce, contact, expires)` marks the link used where every process sees it (the store)
        and says False when it was used already.
        """
        try:
            claim = self._links().loads(token)
        except BadSignature:
            raise Refused("invalid") from None
        now = self.now()
        if not isinstance(claim, dict) or not isinstance(claim.get("id"), str):
            raise Refused("invalid")
        if float(claim.get("exp", 0)) < now:
            raise Refused("expired")
        if not spend(str(claim.get("n")), claim["id"], float(claim["exp"])):
            raise Refused("used")
        return claim["id"]

    def session_cookie(self, contact: str) -> str:
        """A cookie value that keeps `contact` signed in for a week."""
        return self._sessions().dumps({"id": contact, "exp": self.now() + SESSION_TTL_S,
                                       "sid": secrets.token_urlsafe(12)})

    def session(self, value: str | None) -> Session:
        """The session a cookie holds; Refused when missing, forged or expired."""
        if not value:
            raise Refused("invalid")
        try:
            claim = self._sessions().loads(value)
        except BadSignature:
            raise Refused("invalid") from None
        if not isinstance(claim, dict) or not isinstance(claim.get("id"), str):
            raise Refused("invalid")
        if float(claim.get("exp", 0)) < self.now():
            raise Refused("expired")
        return Session(claim["id"], str(claim.get("sid")), float(claim["exp"]))

    def csrf(self, session: Session) -> str:
        """The CSRF token every form of this session carries."""
        return hmac.new(self.secret, f"csrf:{session.sid}".encode(), hashlib.sha256).hexdigest()[:32]

    def csrf_ok(self, session: Session, token: str | None) -> bool:
        """Whether a submitted CSRF token belongs to this session."""
        return bool(token) and hmac.compare_digest(self.csrf(session), token or "")
