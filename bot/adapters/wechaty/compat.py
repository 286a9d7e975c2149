"""Makes python-wechaty 0.10.7 importable on current Python and libraries; runs before anything imports wechaty."""
from __future__ import annotations

import os
import tempfile


def prepare() -> None:
    """Patch what the client's imports trip over (each step is a no-op where it is not needed)."""
    os.environ.setdefault("WECHATY_LOG", "error")
    os.environ.setdefault("CACHE_DIR", os.path.join(tempfile.gettempdir(), "qunbot-wechaty-cache"))

    import pyee
    if not hasattr(pyee, "AsyncIOEventEmitter"):  # pyee 12+ moved it
        from pyee.asyncio import AsyncIOEventEmitter
        pyee.AsyncIOEventEmitter = AsyncIOEventEmitter  # type: ignore[attr-defined]

    import urllib3
    if not hasattr(urllib3, "get_host"):  # urllib3 2 removed it; url_link imports it
        from urllib3.util import parse_url

        def get_host(url: str) -> tuple[str, str | None, int | None]:
            parsed = parse_url(url)
            return parsed.scheme or "http", parsed.host, parsed.port
        urllib3.get_host = get_host  # type: ignore[attr-defined]

    from wechaty_puppet.schemas import puppet as puppet_schemas
    if puppet_schemas.PuppetOptions.__hash__ is None:  # an eq-dataclass used as a field default (3.11+)
        puppet_schemas.PuppetOptions.__hash__ = object.__hash__
