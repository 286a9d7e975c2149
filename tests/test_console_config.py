"""Console config forms: generated from the models, Chinese messages by the field, saved like `/config set`."""
from __future__ import annotations

import re

import pytest

from plugins.faq import FaqConfig
from tests.console_kit import CONFIG, Site


@pytest.fixture
def site(tmp_path):
    with Site(tmp_path) as s:
        yield s


def _faq_form(site: Site, **changes: str) -> dict[str, str]:
    """What the faq page submits (the kit's config sets threshold 0.55; `file` is shown, never submitted)."""
    values = {"enabled": "true", "threshold": "0.55", "require_question": "true",
              "cooldown_min": "10", "follow_up_min": "5"}
    return {**values, **changes}


def test_forms_come_from_the_models_with_their_descriptions_as_help(site):
    site.sign_in("boss")
    page = site.client.get("/config/faq").text
    assert '<label for="f-threshold">回答门槛（0 到 1） <code class="muted">threshold</code></label>' in page
    assert "越高答得越少但越准" in page and 'aria-describedby="h-threshold"' in page
    assert "the same entry is not repeated in a room within this" not in page  # labels.yaml says it in Chinese
    assert "lowest score" not in page
    assert 'name="threshold" type="text" inputmode="decimal" value="0.55"' in page  # as config.yaml sets it
    assert "f-quiet_hours" in site.client.get("/config/bot").text


def test_a_float_left_to_its_default_shows_the_default(tmp_path):
    config = CONFIG.replace("    threshold: 0.55            # 0..1: higher answers less often but more surely\n", "")
    with Site(tmp_path, config) as site:
        site.sign_in("boss")
        faq = site.app.config.plugins["faq"]
        assert isinstance(faq, FaqConfig) and faq.threshold == 0.55
        page = site.client.get("/config/faq").text
        assert 'name="threshold" type="text" inputmode="decimal" value="0.55"' in page


def test_keys_chat_may_not_change_are_shown_read_only_and_never_saved(site):
    site.sign_in("boss")
    page = site.client.get("/config/faq").text
    assert '<input id="f-file" type="text" value="faq.yaml" readonly' in page and 'name="file"' not in page
    assert "请在运行机器人的电脑上直接编辑 config.yaml" in page
    bot_page = site.client.get("/config/bot").text
    assert '<input id="f-adapter" type="text" value="sandbox" readonly' in bot_page
    assert 'id="f-scripts_override" type="text" value="" readonly' in bot_page
    assert 'name="adapter"' not in bot_page and 'name="scripts_override"' not in bot_page
    assert 'name="owners"' in bot_page
    before = site.harness.config_path.read_text(encoding="utf-8")
    sneaked = site.post("/config/faq", _faq_form(site, file="/etc/passwd"))
    assert sneaked.status_code == 200 and "没有改动" in sneaked.text
    sneaked = site.post("/config/bot", {"adapter": "wechaty", "scripts_override": "elsewhere"})
    assert sneaked.status_code == 200 and "没有改动" in sneaked.text
    assert site.harness.config_path.read_text(encoding="utf-8") == before
    assert site.app.config.bot.adapter == "sandbox" and site.app.config.bot.scripts_override is None


def test_an_owner_saves_a_value_it_is_in_force_and_the_files_comments_stay(site):
    site.sign_in("boss")
    response = site.post("/config/faq", _faq_form(site, threshold="0.9"))
    assert response.status_code == 200 and "已保存并生效：threshold" in response.text
    text = site.harness.config_path.read_text(encoding="utf-8")
    assert re.search(r"threshold: 0.9 +# 0..1: higher answers less often but more surely", text)
    assert site.app.config.plugins["faq"].threshold == 0.9


def test_a_wrong_value_gets_a_chinese_message_beside_its_field_and_nothing_is_saved(site):
    site.sign_in("boss")
    before = site.harness.config_path.read_text(encoding="utf-8")
    response = site.post("/config/faq", _faq_form(site, threshold="7", cooldown_min="十"))
    assert response.status_code == 400
    assert '<p class="problem" id="p-threshold">不能大于 1</p>' in response.text
    assert '<p class="problem" id="p-cooldown_min">请填一个整数</p>' in response.text
    assert 'aria-invalid="true"' in response.text
    assert site.harness.config_path.read_text(encoding="utf-8") == before


def test_an_operator_sees_config_but_cannot_change_it(site):
    site.sign_in("op1")
    page = site.client.get("/config/faq")
    assert page.status_code == 200 and "只有群主可以修改配置" in page.text and "<fieldset disabled" in page.text
    before = site.harness.config_path.read_text(encoding="utf-8")
    refused = site.post("/config/faq", _faq_form(site, threshold="0.9"))
    assert refused.status_code == 403 and "只有群主可以修改配置" in refused.text
    assert site.harness.config_path.read_text(encoding="utf-8") == before


def test_a_room_override_is_written_under_rooms_and_applies_only_there(site):
    site.sign_in("boss")
    response = site.post("/config/faq?room=r1", _faq_form(site, threshold="0.8"))
    assert response.status_code == 200, response.text
    assert site.app.config.plugin("faq", "r1").threshold == 0.8
    assert site.app.config.plugin("faq", "r2").threshold == 0.55
    assert "r1" in site.harness.config_path.read_text(encoding="utf-8")


def test_lists_are_one_item_a_line(site):
    site.sign_in("boss")
    page = site.client.get("/config/bot").text
    assert '<textarea id="f-operators"' in page
    form = {"name": "小助手", "timezone": "Asia/Shanghai", "owners": "boss", "operators": "op1\nop2",
            "vips": "vip1", "quiet_hours": "22:30-07:00", "duty": "[]", "room_duty": "{}", "audience": "seniors"}
    saved = site.post("/config/bot", form)
    assert saved.status_code == 200 and "已保存并生效：operators" in saved.text
    assert site.app.config.bot.operators == ["op1", "op2"]
    bad = site.post("/config/bot", {**form, "quiet_hours": "晚上"})
    assert bad.status_code == 400 and "填得不对" in bad.text
