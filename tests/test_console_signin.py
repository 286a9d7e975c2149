"""Console sign-in: a one-time link from chat or the command line opens a week-long session; roles as in chat."""
from __future__ import annotations

import io

import httpx2 as httpx
import pytest
from starlette.testclient import TestClient

from bot.adapters.sandbox import Sandbox
from bot.cli import main
from bot.console.keys import Keys
from bot.console.server import ConsoleServer
from bot.console.site import build
from bot.console.web import COOKIE
from tests.console_kit import Site


@pytest.fixture
def site(tmp_path):
    with Site(tmp_path) as s:
        yield s


def test_a_link_opens_a_signed_httponly_lax_session_for_a_week(site):
    response = site.client.get(f"/signin?t={site.keys.link_token('op1')}")
    assert response.status_code == 303 and response.headers["location"] == "/"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=") and "HttpOnly" in cookie and "SameSite=lax" in cookie
    assert "Max-Age=604800" in cookie
    assert response.headers["referrer-policy"] == "no-referrer" and response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"
    assert "您好，op1" in site.client.get("/").text


def test_a_link_works_once(site):
    token = site.keys.link_token("op1")
    assert site.client.get(f"/signin?t={token}").status_code == 303
    site.client.cookies.clear()
    again = site.client.get(f"/signin?t={token}")
    assert again.status_code == 401 and "已经用过了" in again.text


def test_a_used_link_stays_used_after_a_restart(tmp_path):
    with Site(tmp_path) as first:
        token = first.keys.link_token("op1")
        assert first.client.get(f"/signin?t={token}").status_code == 303
        unused = first.keys.link_token("boss")
    with Site(tmp_path) as again:  # the same folder and store: the bot was restarted
        refused = again.client.get(f"/signin?t={token}")
        assert refused.status_code == 401 and "已经用过了" in refused.text
        assert again.client.get(f"/signin?t={unused}").status_code == 303


def test_a_link_expires_after_ten_minutes(site):
    token = site.keys.link_token("op1")
    site.wall += 601
    response = site.client.get(f"/signin?t={token}")
    assert response.status_code == 401 and "已经过期" in response.text
    assert COOKIE not in site.client.cookies


def test_a_forged_link_is_refused(site):
    forged = Keys(b"another secret").link_token("boss")
    assert site.client.get(f"/signin?t={forged}").status_code == 401


def test_a_members_link_opens_nothing(site):
    response = site.client.get(f"/signin?t={site.keys.link_token('u1')}")
    assert response.status_code == 403 and "只对群主和运营开放" in response.text
    assert COOKIE not in site.client.cookies


def test_without_a_session_pages_send_you_to_sign_in_and_forms_are_refused(site):
    assert site.client.get("/").headers["location"] == "/signin?why=signed_out"
    assert site.client.post("/signout", data={"csrf": "x"}).status_code == 401
    assert "私聊机器人" in site.client.get("/signin").text


def test_a_session_ends_after_a_week(site):
    site.sign_in("op1")
    site.wall += 7 * 24 * 3600 + 1
    assert site.client.get("/").headers["location"] == "/signin?why=expired"


def test_someone_no_longer_an_operator_is_shut_out_at_once(site):
    site.sign_in("op1")
    site.run(site.app.set_config, "bot.operators", "[]")
    assert site.client.get("/").status_code == 403


def test_a_form_without_the_sessions_csrf_token_is_refused(site):
    site.sign_in("op1")
    assert site.client.post("/signout").status_code == 403
    assert site.client.post("/signout", data={"csrf": "0" * 32}).status_code == 403
    assert site.client.post("/signout", headers={"X-CSRF-Token": site.csrf()}).status_code == 303


def test_signing_out_ends_the_session(site):
    site.sign_in("op1")
    assert site.post("/signout").status_code == 303
    assert site.client.get("/").status_code == 303


def test_console_in_a_private_chat_answers_with_a_link_that_signs_in(site):
    site.say("/console", sender="op1", room=None)
    (sent,) = [a for a in site.harness.sent if a.to == "op1"]
    assert "10 分钟内有效" in sent.text
    link = next(w for w in sent.text.split() if w.startswith("http"))
    assert link.startswith("http://127.0.0.1:8750/signin?t=")
    assert site.client.get(link).status_code == 303
    assert "您好，op1" in site.client.get("/").text


def test_console_from_a_member_gets_no_link(site):
    site.say("/后台", sender="u1", room=None)
    assert not any("signin" in a.text for a in site.harness.sent)


def test_console_link_on_the_command_line_prints_a_link_for_staff_only(tmp_path, capsys):
    (tmp_path / "config.yaml").write_text("bot: {owners: [boss], operators: [op1]}\n", encoding="utf-8")
    assert main(["console-link", "--as", "boss", "--config", str(tmp_path / "config.yaml")]) == 0
    assert capsys.readouterr().out.startswith("http://127.0.0.1:8750/signin?t=")
    assert (tmp_path / "data" / "console.key").stat().st_mode & 0o077 == 0
    assert main(["console-link", "--as", "u1", "--config", str(tmp_path / "config.yaml")]) == 2
    assert "neither an owner nor an operator" in capsys.readouterr().err


async def test_the_console_is_served_in_the_bots_loop_and_its_links_sign_in(make_bot):
    h = make_bot("console: {port: 0}\n")
    app = await h.start()
    server = ConsoleServer(app)
    assert await server.start() and server.port
    try:
        await h.send_private("/后台", sender="op1")  # port 0 in config: the link names the port really listened on
        await h.settle()
        link = next(w for w in h.sent[-1].text.split() if w.startswith("http"))
        assert link.startswith(f"http://127.0.0.1:{server.port}/signin?t=")
        async with httpx.AsyncClient(base_url=server.url) as client:
            page = await client.get("/signin")
            assert page.status_code == 200 and "登录后台" in page.text
            signed = await client.get(server.sign_in_link("boss").removeprefix(server.url))
            assert signed.status_code == 303
            assert (await client.get("/static/echarts.min.js")).status_code == 200
    finally:
        await server.stop()


def test_the_interactive_sandbox_says_where_the_console_is_and_the_console_plays_the_group(tmp_path):
    (tmp_path / "config.yaml").write_text("bot: {owners: [店长], operators: [小王]}\nconsole: {port: 0}\n"
                                          "plugins: {welcome: {}}\n", encoding="utf-8")
    out = io.StringIO()
    sandbox = Sandbox(tmp_path / "config.yaml", out)
    keys = Keys(b"sandbox")
    with TestClient(build(sandbox.app, keys, sandbox), follow_redirects=False) as client:
        assert client.portal is not None
        client.portal.call(sandbox.app.start)
        server = client.portal.call(sandbox._console)
        assert server is not None and f"console: {server.url}/ - sign in" in out.getvalue()
        client.portal.call(server.stop)
        assert client.get(f"/signin?t={keys.link_token('店长')}").status_code == 303
        page = client.get("/sandbox").text
        csrf = page.split('name="csrf" value="')[1].split('"')[0]
        heard = client.post("/sandbox/say", data={"line": "+李叔", "csrf": csrf}).text
        assert "(console) +李叔" in heard and "热烈欢迎李叔" in heard
        assert "热烈欢迎李叔" in out.getvalue()  # the terminal sees it too
        client.portal.call(sandbox.app.stop)


async def test_a_taken_port_leaves_the_bot_running_without_a_console(make_bot):
    h = make_bot("console: {port: 0}\n")
    app = await h.start()
    first = ConsoleServer(app)
    assert await first.start()
    h.write_config(f"console: {{port: {first.port}}}\n")
    await app.reload_config(force=True)
    assert not await ConsoleServer(app).start()
    await first.stop()
