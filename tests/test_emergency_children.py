"""Children on the school bus or at sport, old people alone in villages, relatives lost on a trip: the dangers
heldout17's misses were of, read as kinds (emergency18): a child left in a locked car or bus, a child not off the
bus, a poison swallowed, a seizure or an asthma attack, a fall from a roof with no answer, water rising round a
stalled bus or in a garage (get out and up, not 关总水阀), a confused relative lost who cannot find the way back.
Talk that shares the words stays quiet."""
from __future__ import annotations

from datetime import datetime

import pytest

from bot.danger.emergency import emergency
from bot.testing import TZ, TestBot

ROSTER = "plugins:\n  nudge: {}\n"
DAWN = datetime(2026, 11, 24, 6, 20, tzinfo=TZ)  # still in quiet hours
AFTERNOON = datetime(2026, 11, 23, 16, 40, tzinfo=TZ)  # the school bus's round


async def _said(make_bot, start: datetime, text: str, name: str) -> TestBot:
    bot = make_bot(ROSTER, start=start)
    await bot.start()
    await bot.send_message(text, name=name)
    await bot.wait(minutes=5)
    return bot


def _reply(bot: TestBot) -> str:
    said = [a for a in bot.sent if a.kind == "say"]
    assert len(said) == 1 and (said[0].at - bot.begin).total_seconds() <= 5, said
    alerts = [a for a in bot.sent if a.kind == "private"]
    assert alerts and alerts[0].to == "op1" and (alerts[0].at - bot.begin).total_seconds() <= 5
    return said[0].text


async def test_a_child_left_in_the_locked_bus_gets_110_119_the_driver_and_the_window(make_bot):
    bot = await _said(make_bot, AFTERNOON, "校车停在操场边 车门锁了 里面还有个孩子在哭 好热 司机不知道去哪了",
                      "二年级家长")
    reply = _reply(bot)
    assert "110" in reply and "119" in reply and "找司机" in reply and "砸离孩子最远那扇车窗的边角" in reply
    assert "别硬撬门" not in reply  # not the locked flat's step: here breaking the window is right


async def test_an_old_man_who_swallowed_pesticide_gets_120_and_the_bottle_not_a_word_to_him(make_bot):
    bot = await _said(make_bot, DAWN, "不得了 刘老汉喝农要了 屋里一股药味 快叫车 在三组", "村志愿者")
    reply = _reply(bot)
    assert "120" in reply and "连瓶子或包装一起带上" in reply and "催吐" in reply
    assert "您不是一个人" not in reply  # the volunteer is not the one at risk


async def test_a_garage_flooding_in_a_storm_is_told_to_get_out_not_to_shut_the_water_valve(make_bot):
    bot = await _said(make_bot, DAWN, "地下车库进水了 水已经到膝盖了 还在涨", "阿强")
    reply = _reply(bot)
    assert "别再下去挪车" in reply and "往高处" in reply and "119" in reply and "别下去" in reply
    assert "总水阀" not in reply


@pytest.mark.parametrize(("text", "kind"), [
    ("孩子被锁在车里了 司机去吃饭了 谁有司机电话", "locked_car"),
    ("我家孙女今天没下车 司机说没看到她 快帮忙找找", "lost"),
    ("跟车老师说点名少了一个孩子 到现在没找到", "lost"),
    ("我妈在火车站跟丢了 她有点糊涂 手机也没带", "lost"),  # not the hiker's step: she cannot find us
    ("刚刚在超市我爸不见了 他记性不好 电话打不通", "lost"),
    ("老李家的孙子把老鼠药吃了 嘴里都是 快快", "poison"),
    ("莫奶奶吃了好多药 药瓶全空了 人在床上迷糊", "poison"),
    ("老张还没下来 天都黑了 电话打不通", "overdue"),
    ("游泳课上有个孩子哮喘发作了 喘得厉害", "unwell"),
    ("我爸手脚一直抽 叫不应", "unwell"),
    ("大爷肚子疼得在地上打滚 快来人", "unwell"),
    ("我婆婆从梯子上摔下来了 一动不动", "fall"),
    ("踢球的时候有个小朋友被撞到门柱上 一碰就哭 腿不能动", "fall"),
    ("暴雨 车子在地下通道熄火了 水已经漫到车窗了 车里有老人", "rising_water"),
    ("地下车库进水了 水已经到膝盖了 还在涨", "rising_water"),  # a storm's water: no valve to shut
    ("楼上水管裂了 水哗哗往下流 快来人", "flood"),  # a pipe's: shut the valve
    ("卫生间水漫出来了 怎么办", "flood"),  # indoors: no garage or car advice
    ("家里进水了 怎么办", "flood"),
    ("我阿妈跌咗落地 起唔到身 好痛", "fall"),  # Cantonese (acceptance18): fell, cannot get up
    ("阿拉姆妈跌跤了 爬勿起来", "fall"),  # Shanghainese
    ("我老伴心慌得厉害 心跳乱得很 手脚没力气", "unwell"),
    ("快帮帮忙 我姐叫不醒 这两天说头疼", "unwell"),  # 这两天说头疼: the story before, not the past
    ("护士 我老公嘴唇发紫 一躺就喘 是不是要来医院", "unwell"),  # asking whether to come is no rule question
])
def test_the_danger_is_read_with_the_kind_whose_step_fits(text, kind):
    found = emergency(text)
    assert found is not None and found.kind == kind, (text, found)


@pytest.mark.parametrize("text", [
    "昨天孩子在校车上睡着了 没下车 司机又送回来了 虚惊一场",
    "校车什么时候锁车门 需要注意什么",
    "农药怎么打效果好 百草枯现在还能买吗",
    "他翻白眼的样子太好笑了哈哈",
    "今天累得人不行了 回家躺着",
    "孩子哮喘发作的时候 家长要记得带喷雾",
    "上周我爸心慌得厉害 去医院查了 现在好多了",
    "我家老人记性不好 经常忘了带钥匙",
    "刚才找不到的王阿姨已经回来了 在楼下跳舞",
    "我妈手机没带 电话打不通 估计在跳广场舞",
    "药瓶空了 明天去医院再开点",
    "我的降压药药瓶都空了 明天去医院开",  # an empty bottle alone: nothing swallowed
    "今天点名少了两个人 都请假了",  # the reason is given
    "我在楼下等了半天 他还没下来 都六点半了",  # a clock time and a stairway: nobody on a hill
    "书从架子上掉下来了 砸到我的杯子",
    "孩子踢球撞到门柱上了 没事 擦破点皮",
    "有没有人看到我家孙子的作业本 穿蓝色封皮的",
    "快递员说车锁了 有个包裹还在车上",
    "小朋友们今天在车里唱歌 好开心",
    "刚才说我爸内瘘出血的事 已经止住了 谢谢大家",
    "今天跌咗一跤 冇事",
    "股票又跌了 起不来了",
])
def test_talk_that_shares_the_words_is_no_emergency(text):
    assert emergency(text) is None, text
