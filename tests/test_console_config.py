"""Console config forms: generated from the models, Chinese messages by the field, saved like `/config set`."""
from __future__ import annotations

import re

import pytest

from tests.console_kit import Site


@pytest.fixture
def site(tmp_path):
    with Site(tmp_path) as s:
        yield s


def _faq_form(site: Site, **changes: str) -> dict[str, str]:
    values = {"enabled": "true", "file": "faq.yaml", "threshold": "0.32", "require_question": "true",
              "cooldown_min": "10", "follow_up_min": "5"}
    return {**values, **changes}


def test_forms_come_from_the_models_with_their_descriptions_as_help(site):
    site.sign_in("boss")
    page = site.client.get("/config/faq").text
    assert '<label for="f-threshold">回答门槛（0 到 1） <code class="muted">threshold</code></label>' in page
    assert "越高答得越少但越准" in page and 'aria-describedby="h-threshold"' in page
    assert "the same entry is not repeated in a room within this" not in page  # labels.yaml says it in Chinese
    assert "lowest score" not in page
    assert 'value="0.32"' in page
    assert "f-quiet_hours" in site.client.get("/config/bot").text


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
    form = {"name": "小助手", "adapter": "sandbox", "timezone": "Asia/Shanghai", "owners": "boss",
            "operators": "op1\nop2", "vips": "vip1", "quiet_hours": "22:30-07:00", "duty": "[]", "room_duty": "{}",
            "scripts_override": ""}
    assert site.post("/config/bot", form).status_code == 200
    assert site.app.config.bot.operators == ["op1", "op2"]
    bad = site.post("/config/bot", {**form, "quiet_hours": "晚上"})
    assert bad.status_code == 400 and "填得不对" in bad.text
