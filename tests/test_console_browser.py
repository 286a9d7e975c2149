"""The console in a real browser (Debian's Chromium driven by Playwright), at a phone's size and a desktop's."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from bot.console.server import ConsoleServer
from tests.console_kit import CONFIG, REPO

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = REPO / "artifacts" / "console"
VIEWPORTS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 860}}
AD = "加我微信 abc12345 有优惠"

if CHROMIUM is None and os.environ.get("CI"):
    pytest.fail("Chromium is missing in CI: .ci/run installs it (apt-get install -y chromium)", pytrace=False)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install -y chromium)")


@pytest.fixture
async def browser():
    from playwright.async_api import async_playwright
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        await launched.close()


@pytest.fixture
async def bot(make_bot, tmp_path):
    shutil.copy(REPO / "faq.yaml", tmp_path / "faq.yaml")
    h = make_bot(CONFIG + "console: {port: 0}\n")
    app = await h.start()
    server = ConsoleServer(app)
    assert await server.start()
    yield h, server
    await server.stop()


@pytest.mark.parametrize("size", VIEWPORTS)
async def test_an_owner_signs_in_and_teaches_reviews_and_reads_the_chart(browser, bot, size):
    h, server = bot
    await h.send_message("今天天气真好", sender="u9", name="广告哥")  # a member for days: a first slip has the gift
    await h.wait(days=4)
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = await browser.new_context(viewport=VIEWPORTS[size], is_mobile=size == "phone", locale="zh-CN")
    page = await context.new_page()

    async def shot(name: str) -> None:
        await page.screenshot(path=str(SHOTS / f"{size}-{name}.png"), full_page=True)

    # signing in with a one-time link
    await page.goto(server.sign_in_link("boss"))
    assert await page.locator("h1").inner_text() == "您好，boss"
    await shot("home")

    # a config value changed in a form is in force in the next message
    await page.goto(f"{server.url}/config/moderation")
    await page.get_by_label("致歉礼品的话").fill("送您一张新人券，下次到店使用~")
    await page.get_by_role("button", name="保存").click()
    await page.get_by_text("已保存并生效：gift_line").wait_for()
    await shot("config")
    await h.send_message(AD, sender="u9", name="广告哥")
    await h.settle()
    assert any("送您一张新人券" in a.text for a in h.sent if a.to == "u9")

    # pardoning the incident that message made
    await page.goto(f"{server.url}/moderation")
    assert AD in await page.locator("article").first.inner_text()
    await page.get_by_role("button", name="撤销").first.click()
    await page.get_by_text("已撤销这次警告。").wait_for()
    await shot("moderation")

    # an FAQ entry added in the page answers the next question; the try box answers live
    await page.goto(f"{server.url}/faq")
    await page.get_by_label("问题", exact=True).first.fill("充电宝能借吗")
    await page.locator("#add-a").fill("前台可以免费借充电宝。")
    await page.get_by_role("button", name="添加").first.click()
    await page.get_by_text("已添加").wait_for()
    await page.get_by_label("成员可能会这样问").fill("请问充电宝可以借吗")
    await page.locator("#tried").get_by_text("会回答").wait_for()
    await shot("faq")
    await h.send_message("请问充电宝能借吗？", sender="u2", name="李叔")
    await h.settle()
    assert h.texts("faq")[-1] == "前台可以免费借充电宝。"

    # a member waits, an operator answers: the response chart has data on its canvas
    await h.send_message("我到门口了，谁来帮我开下门", sender="u3", name="王姨")
    await h.wait(seconds=40)
    await h.send_message("王姨稍等，马上来", sender="op1", name="小王")
    await page.goto(f"{server.url}/responses")
    canvas = page.locator("#sla-chart canvas")
    await canvas.wait_for()
    assert int(await page.locator("#sla-chart").get_attribute("data-points") or 0) >= 1
    painted = await canvas.evaluate("c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                                    " let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++; return n; }")
    assert painted > 1000
    await shot("responses")
    await context.close()
