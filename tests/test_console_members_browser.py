"""Members and group health in a real browser (Debian's Chromium by Playwright), at a phone's size and a desktop's."""
from __future__ import annotations

import pytest

from bot.console.server import ConsoleServer
from tests.test_console_browser import ARGS, CHROMIUM, SHOTS, VIEWPORTS
from tests.test_console_members import CONFIG, a_day_in_the_group

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install -y chromium)")


@pytest.fixture
async def browser():
    from playwright.async_api import async_playwright
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        await launched.close()


@pytest.mark.parametrize("size", VIEWPORTS)
async def test_an_operator_greets_a_lurker_tags_a_member_and_reads_a_groups_health(browser, make_bot, size):
    h = make_bot(CONFIG + "console: {port: 0}\n")
    server = ConsoleServer(await h.start())
    assert await server.start()
    await a_day_in_the_group(h)
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = await browser.new_context(viewport=VIEWPORTS[size], is_mobile=size == "phone", locale="zh-CN")
    page = await context.new_page()

    async def shot(name: str) -> None:
        await page.screenshot(path=str(SHOTS / f"{size}-{name}.png"), full_page=True)

    try:
        await page.goto(server.sign_in_link("op1"))
        await page.get_by_role("link", name="成员分层").click()
        await page.get_by_role("heading", name="成员分层", level=1).wait_for()
        await shot("members")

        # the room's lurkers: one click greets 赵阿姨 privately, never in the group
        await page.locator('main a[href="/members/r1"]').click()
        await page.get_by_role("button", name="私聊问候赵阿姨").click()
        await page.get_by_role("status").get_by_text("已替您私聊问候").wait_for()
        await shot("members-room")
        await h.settle()
        assert [(a.kind, a.to) for a in h.sent if a.plugin == "members"][-1] == ("private", "u4")

        # a member's page: a tag added by hand shows at once
        await page.get_by_role("link", name="王姨").first.click()
        await page.get_by_label("类别").fill("爱好")
        await page.get_by_label("内容").fill("太极")
        await page.get_by_role("button", name="加上").click()
        await page.get_by_text("已加上标签。").wait_for()
        assert "爱好：太极" in await page.locator(".tags").inner_text()
        await shot("member")

        # group health: the room's four weeks on a canvas, the warning in words
        await page.goto(f"{server.url}/health")
        await page.locator('main a[href="/health/r1"]').click()
        canvas = page.locator("#health-chart canvas")
        await canvas.wait_for()
        assert await page.locator("#health-chart").get_attribute("data-members") == "0,0,0,4"
        painted = await canvas.evaluate("c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height)"
                                        ".data; let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i]) n++;"
                                        " return n; }")
        assert painted > 1000
        assert "群主的话没人接" in await page.locator("#warn-h + ul").inner_text()
        await shot("health")
    finally:
        await context.close()
        await server.stop()
