"""A bot with its console under Starlette's test client, all on the client's one event loop."""
from __future__ import annotations

import re
import shutil
import time
from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from bot.app import App
from bot.console.keys import Keys, load_secret
from bot.console.site import build
from bot.driver import ClockDriver
from bot.testing import NINE_AM, TestBot

REPO = Path(__file__).resolve().parent.parent
CONFIG = """
plugins:
  moderation:                  # ads
    strike_days: 30
  faq:                         # answers what the FAQ already answers
    file: faq.yaml
    threshold: 0.55            # 0..1: higher answers less often but more surely
  nudge: {}
rooms: {}
"""


class Site:
    """The bot (memory adapter, virtual clock) and a test client of its console; `wall` is the console's clock."""

    def __init__(self, folder: Path, config: str = CONFIG, scripts_override: str | None = None) -> None:
        shutil.copy(REPO / "faq.yaml", folder / "faq.yaml")
        self.harness = TestBot(folder, config)
        if scripts_override is not None:  # set in the file, as an operator on the machine does
            text = self.harness.config_path.read_text(encoding="utf-8")
            text = text.replace("\nbot:\n", f"\nbot:\n  scripts_override: {scripts_override}\n", 1)
            self.harness.config_path.write_text(text, encoding="utf-8")
        self.wall = time.time()
        self.keys = Keys(load_secret(folder), now=lambda: self.wall)  # the folder's secret, as /console uses
        self.app = self.harness._app = App(self.harness.config_path, self.harness.adapter, start=NINE_AM, seed=7,
                                           find=self.harness.find)
        self.harness._driver = ClockDriver(self.app)
        self.client = TestClient(build(self.app, self.keys), base_url="http://127.0.0.1:8750", follow_redirects=False)

    def __enter__(self) -> Site:
        self.client.__enter__()
        self.run(self.app.start)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.run(self.app.stop)
        self.client.__exit__(*exc)

    def run(self, func: Any, *args: Any) -> Any:
        """Run a coroutine function on the client's event loop (where the console's requests run too)."""
        portal = self.client.portal
        assert portal is not None
        return portal.call(func, *args)

    def say(self, text: str, **kw: Any) -> None:
        """A message in the group at the bot's current time, and the replies it lets out."""
        async def go() -> None:
            await self.harness.send_message(text, **kw)
            await self.harness.settle()
        self.run(go)

    def sign_in(self, who: str = "op1") -> None:
        """Open a session as `who` by a one-time link."""
        response = self.client.get(f"/signin?t={self.keys.link_token(who)}")
        assert response.status_code == 303, response.text

    def csrf(self) -> str:
        """This session's CSRF token, as a page carries it."""
        found = re.search(r'name="csrf" value="([^"]+)"', self.client.get("/").text)
        assert found is not None
        return found.group(1)

    def post(self, url: str, data: dict[str, str] | None = None) -> Any:
        """Submit a form as the page would, with its CSRF token."""
        return self.client.post(url, data={**(data or {}), "csrf": self.csrf()})
