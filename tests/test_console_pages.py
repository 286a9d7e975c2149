"""Console pages: rooms and contacts, FAQ, scripts, moderation, responses, outbox, CSV, through the plugins' verbs."""
from __future__ import annotations

import re

import pytest

from bot.templates import DEFAULT_DIR
from tests.console_kit import Site

AD = "加我微信 abc12345 有优惠"


@pytest.fixture
def site(tmp_path):
    with Site(tmp_path) as s:
        s.say("大家好", sender="u1", name="张姐")
        yield s


def test_rooms_list_ids_and_member_counts_and_contacts_are_found_by_name(site):
    site.say("早", sender="u2", name="李叔")
    site.sign_in("op1")
    rooms = site.client.get("/rooms").text
    assert '<td class="id">r1</td>' in rooms and "<td>2</td>" in rooms and 'href="/config?room=r1"' in rooms
    found = site.client.get("/contacts?q=张").text
    assert '<td class="id">u1</td>' in found and "成员" in found
    partial = site.client.get("/contacts?q=李", headers={"HX-Request": "true"}).text
    assert partial.lstrip().startswith("<div") and "u2" in partial and "u1" not in partial


def test_an_faq_entry_added_in_the_console_answers_the_next_question(site):
    site.sign_in("op1")
    added = site.post("/faq/add", {"question": "充电宝能借吗", "answer": "前台可以免费借充电宝。"})
    assert added.status_code == 303
    site.say("请问充电宝能借吗？", sender="u2", name="李叔")
    assert site.harness.texts("faq")[-1] == "前台可以免费借充电宝。"
    assert "充电宝能借吗" in site.client.get("/faq").text


def test_try_a_question_shows_candidates_with_scores(site):
    site.sign_in("op1")
    tried = site.client.get("/faq/try?q=你们几点开门呀").text
    assert "会回答：<strong>门店几点开门，几点关门？</strong>" in tried and "<td>" in tried
    assert "不像在提问" in site.client.get("/faq/try?q=今天天气不错").text


def test_an_unanswered_question_links_to_a_prefilled_entry_and_edit_and_delete_work(site):
    site.say("请问宠物可以带进店里吗？", sender="u2")
    site.sign_in("op1")
    page = site.client.get("/faq").text
    assert "宠物可以带进店里吗" in page and "/faq?question=" in page
    assert 'value="请问宠物可以带进店里吗？"' in site.client.get("/faq?question=请问宠物可以带进店里吗？").text
    edited = site.post("/faq/parking/edit", {"question": "门口可以停车吗？", "answer": "小区里可以停。"})
    new_id = edited.headers["location"].split("edited=")[1].split("#")[0]
    assert new_id != "parking" and "小区里可以停。" in site.client.get("/faq").text
    assert site.post(f"/faq/{new_id}/delete").status_code == 303
    assert "小区里可以停。" not in site.client.get("/faq").text
    assert site.post("/faq/nothing-here/delete").status_code == 404


def test_an_incident_is_shown_with_both_texts_and_can_be_pardoned_or_marked_false(site):
    site.say(AD, sender="u9", name="广告哥")
    site.sign_in("op1")
    page = site.client.get("/moderation").text
    assert AD in page and "识别为" in page and "撤销警告" in page
    assert "11-23 09:00" in page  # the bot's wall clock, not the store's UTC
    number = page.split('id="incident-')[1].split('"')[0]
    assert site.post(f"/moderation/{number}/pardon").status_code == 303
    assert "已撤销警告" in site.client.get("/moderation").text
    assert site.post("/moderation/999/fp").status_code == 404


def test_words_added_in_the_console_change_what_counts(site):
    site.sign_in("op1")
    assert site.post("/moderation/words", {"word": "团购接龙", "kind": "block"}).status_code == 303
    assert "团购接龙" in site.client.get("/moderation").text
    site.say("今晚团购接龙开始啦", sender="u3", name="王姨")
    assert any("广告" in t for t in site.harness.texts("moderation"))


def test_responses_show_figures_and_chart_data(site):
    site.sign_in("op1")
    page = site.client.get("/responses").text
    assert "3 分钟内回复" in page and 'id="sla-data"' in page and '"days": [' in page


def test_outbox_lists_and_refuses_an_unknown_drop(site):
    site.sign_in("op1")
    assert "发送失败" in site.client.get("/outbox").text
    assert site.post("/outbox/999/drop").headers["location"] == "/outbox?drop=999&ok=0"


def test_a_script_previews_live_is_checked_and_saved_then_reset(tmp_path):
    with Site(tmp_path, scripts_override="my_scripts") as site:
        site.sign_in("op1")
        preview = site.post("/scripts/preview", {"text": "{{ name }}您好，{{ unknown }}"}).text
        assert "张姐您好，「unknown」" in preview
        assert "第 1 行有语法错误" in site.post("/scripts/preview", {"text": "{% if %}"}).text
        assert "<code>my_scripts</code> 文件夹" in site.client.get("/scripts").text
        assert site.post("/scripts/faq/answer.j2", {"text": "{% if x %}"}).status_code == 400
        assert site.post("/scripts/faq/answer.j2", {"text": "答：{{ entry.answer }}"}).status_code == 303
        assert (tmp_path / "my_scripts" / "faq" / "answer.j2").read_text(encoding="utf-8") == "答：{{ entry.answer }}\n"
        assert "这是改过的话术" in site.client.get("/scripts/faq/answer.j2").text
        site.say("请问你们几点开门？", sender="u2")
        assert site.harness.texts("faq")[-1].startswith("答：门店每天早上8:30开门")
        assert site.post("/scripts/faq/answer.j2", {"reset": "1"}).status_code == 303
        assert not (tmp_path / "my_scripts" / "faq" / "answer.j2").exists()
        assert "这是自带的原文" in site.client.get("/scripts/faq/answer.j2").text
        assert site.post("/scripts/nudge/covers/question.j2", {"text": "收到，稍等~"}).status_code == 303
        assert (tmp_path / "my_scripts" / "nudge" / "covers" / "question.j2").is_file()


def test_without_a_scripts_folder_in_config_yaml_scripts_preview_but_do_not_save(site):
    site.sign_in("boss")
    index = site.client.get("/scripts").text
    assert "还没有设置保存话术的文件夹" in index and "scripts_override: my_scripts" in index
    refused = site.post("/scripts/faq/answer.j2", {"text": "答：{{ entry.answer }}"})
    assert refused.status_code == 409 and "没有保存：还没有设置保存话术的文件夹" in refused.text
    assert "答：{{ entry.answer }}" in refused.text  # what was typed stays in the box
    assert site.app.config.bot.scripts_override is None and "scripts_override" not in \
        site.harness.config_path.read_text(encoding="utf-8")
    assert not any(site.harness.folder.glob("*/faq/answer.j2"))


def test_csv_exports_open_in_a_spreadsheet(site):
    site.sign_in("op1")
    members = site.client.get("/export/members.csv")
    assert members.headers["content-type"].startswith("text/csv")
    assert members.text.startswith("\ufeff群 ID,微信 ID") and "r1,u1,张姐,,,2026-11-23 09:00:00,1" in members.text
    assert "opening-hours" in site.client.get("/export/faq.csv").text
    assert site.client.get("/export/sla.csv").text.count("\n") == 31
    assert site.client.get("/export/incidents.csv").status_code == 200
    assert site.client.get("/export/nothing.csv").status_code == 404


def test_every_shipped_script_previews_on_the_sample_data(site):
    site.sign_in("op1")
    links = re.findall(r'href="(/scripts/[^"]+\.j2)"', site.client.get("/scripts").text)
    assert len(links) == len(list(DEFAULT_DIR.rglob("*.j2")))  # every one, covers in nudge/covers too
    broken = [link for link in links if 'class="problem"' in site.client.get(link).text]
    assert broken == []
