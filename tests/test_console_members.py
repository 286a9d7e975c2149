"""Console: members (segments, lurkers with a one-click greeting, core members, a member's tags) and group health."""
from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest

from bot.testing import TestBot, join, message
from tests.console_kit import Site

CONFIG = """
plugins:
  members:
    segments: {window_days: 7, newcomer_days: 0, kol_messages: 5, kol_replies: 1, active_days: 2,
               active_messages: 3, lurker_days: 1}
    review_cron: null
rooms: {}
"""


async def a_day_in_the_group(h: TestBot) -> None:
    """老张 talks and is answered (KOL), 王姨 answers (active), 李叔 says hello, 赵阿姨 never speaks (a lurker);
    the operator's three posts go unanswered; the night's segments and health run; the three say 早 next morning."""
    start = h.now
    await h.send(join(("u1", "老张"), ("u2", "王姨"), ("u3", "李叔"), ("u4", "赵阿姨"), ts=start))
    for i in range(6):
        said = message(f"早上好，今天第{i}条", sender="u1", name="老张", ts=start + timedelta(minutes=i))
        await h.send(said)
        if i < 3:
            await h.send(message("说得好", sender="u2", name="王姨", reply_to=said.id,
                                 ts=start + timedelta(minutes=i, seconds=20)))
    await h.send(message("大家好", sender="u3", name="李叔", ts=start + timedelta(minutes=10)))
    for i in range(3):
        await h.send(message(f"今天的话题{i}", sender="op1", name="小王", ts=start + timedelta(hours=1, minutes=i)))
    await h.wait(days=1, hours=1)
    for contact, name in (("u1", "老张"), ("u2", "王姨"), ("u3", "李叔")):  # the next morning
        await h.send(message("早", sender=contact, name=name, ts=h.now))
    await h.settle()


@pytest.fixture
def site(tmp_path):
    with Site(tmp_path, CONFIG) as s:
        s.run(lambda: a_day_in_the_group(s.harness))
        yield s


def test_members_page_shows_counts_per_segment_and_the_movement(site):
    site.sign_in("op1")
    page = site.client.get("/members").text
    assert '<a href="/members">成员分层</a>' in page and "<h1>成员分层</h1>" in page
    row = re.search(r'<a href="/members/r1">.*?</tr>', page, re.S)
    assert row is not None
    cells = re.findall(r"<td>(\d+) <span class=\"(up|same|down)\">([+±\-−]?\d+)</span></td>", row.group(0))
    assert [(n, d) for n, _, d in cells] == [("1", "+1"), ("1", "+1"), ("1", "+1"), ("1", "+1"), ("0", "±0")]


def test_a_rooms_page_lists_lurkers_with_a_greeting_sent_privately_on_one_click(site):
    site.sign_in("op1")
    page = site.client.get("/members/r1").text
    lurkers = page.split('id="lurkers-h"')[1]
    assert "赵阿姨" in lurkers and "还没说过话" in lurkers and "老张" not in lurkers
    assert 'aria-label="私聊问候赵阿姨"' in lurkers
    core = page.split('id="core-h"')[1].split('id="lurkers-h"')[0]
    assert core.index("老张") < core.index("王姨") and "意见领袖" in core
    before = len(site.harness.sent)
    done = site.post("/members/r1/greet", {"contact": "u4"})
    assert done.status_code == 303 and done.headers["location"].startswith("/members/r1?greeted=u4")
    site.run(site.harness.settle)
    sent = list(site.harness.sent)[before:]
    assert [(a.kind, a.to) for a in sent] == [("private", "u4")] and "赵阿姨您好" in sent[0].text
    assert "已替您私聊问候" in site.client.get(done.headers["location"]).text
    assert not [a for a in site.harness.sent if a.kind == "say" and a.plugin == "members"]


def test_a_members_page_shows_segment_and_tags_an_operator_edits(site):
    site.sign_in("op1")
    page = site.client.get("/members/r1/u2").text
    assert "<h1>王姨</h1>" in page and "<dd>活跃" in page and "还没有标签" in page
    assert site.post("/members/r1/u2/tags/add", {"key": "爱好", "value": "太极"}).status_code == 303
    page = site.client.get("/members/r1/u2?saved=added").text
    assert "爱好：太极" in page and "已加上标签" in page
    site.say("/成员 王姨", sender="op1", name="小王")
    assert "爱好：太极" in site.harness.sent[-1].text  # the same tags as in chat
    bad = site.post("/members/r1/u2/tags/add", {"key": "爱好", "value": ""})
    assert bad.status_code == 400 and 'role="alert"' in bad.text and "都填上" in bad.text
    assert 'value="爱好"' in bad.text  # what was typed stays in the box
    assert site.post("/members/r1/u2/tags/remove", {"key": "爱好", "value": "太极"}).status_code == 303
    assert "爱好：太极" not in site.client.get("/members/r1/u2").text
    assert site.client.get("/members/r1/nobody").status_code == 404


def test_health_lists_every_room_and_a_rooms_page_has_its_four_weeks_and_warnings(site):
    site.sign_in("op1")
    page = site.client.get("/health").text
    row = re.search(r'<a href="/health/r1">.*?</tr>', page, re.S)
    assert row is not None and "群主的话没人接" in row.group(0)
    assert "<td>4</td>" in row.group(0) and "<td>+4 / −0</td>" in row.group(0)
    room = site.client.get("/health/r1").text
    found = re.search(r'<script type="application/json" id="health-data">(.*?)</script>', room)
    assert found is not None
    data = json.loads(found.group(1))
    assert data["members"] == [0, 0, 0, 4] and data["active"][-1] == 75
    assert "这周群主和运营发了 3 条，3 条没人接" in room and 'role="img"' in room
    assert site.client.get("/health/nowhere").status_code == 404


def test_the_members_csv_has_each_members_segment_and_tags(site):
    site.sign_in("op1")
    site.post("/members/r1/u4/tags/add", {"key": "城市", "value": "杭州"})
    text = site.client.get("/export/members.csv").text.replace("\r\n", "\n")
    assert text.splitlines()[0].endswith("分层,标签")
    assert re.search(r"^r1,u1,老张,.*,意见领袖,$", text, re.M)
    assert re.search(r"^r1,u4,赵阿姨,.*,潜水,城市:杭州$", text, re.M)


def test_permissions_sign_in_csrf_and_the_plugin_switched_off(site, tmp_path):
    assert site.client.get("/members").headers["location"] == "/signin?why=signed_out"
    assert site.client.get("/health/r1").status_code == 303
    assert site.client.post("/members/r1/greet", data={"contact": "u4"}).status_code == 401
    member = site.client.get(f"/signin?t={site.keys.link_token('u1')}")
    assert member.status_code == 403 and "members" not in site.client.cookies
    site.sign_in("op1")
    before = len(site.harness.sent)
    assert site.client.post("/members/r1/greet", data={"contact": "u4"}).status_code == 403  # no CSRF token
    assert site.client.post("/members/r1/u2/tags/add", data={"key": "a", "value": "b", "csrf": "x"}).status_code == 403
    site.run(site.harness.settle)
    assert len(site.harness.sent) == before
    assert site.post("/members/r1/u2/tags/rename", {"key": "a", "value": "b"}).status_code == 404
    site.client.cookies.clear()
    site.sign_in("boss")
    assert site.client.get("/members/r1").status_code == 200


def test_without_the_members_plugin_the_pages_say_so(tmp_path):
    with Site(tmp_path, "plugins: {faq: {file: faq.yaml}}\nrooms: {}\n") as site:
        site.sign_in("op1")
        page = site.client.get("/members")
        assert page.status_code == 404 and "没有开启" in page.text
        assert site.client.get("/health").status_code == 404
        assert "成员分层" not in site.client.get("/").text
