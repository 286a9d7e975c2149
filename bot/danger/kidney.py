"""A dialysis patient's two dangers that look like nothing (issue 13, fixcare21).

- `potassium`: in a patient on dialysis or with failing kidneys, two of palpitations (心慌), numbness (手脚发麻) and
  no strength (浑身没劲): the potassium is high and the heart may stop; 120 now, not the next session. Without the
  kidneys named only numb and weak after a banana, an orange, a potato or a star fruit (杨桃, poisonous to failing
  kidneys) is read (吃完香蕉 心慌 手脚发麻, 有点心慌 浑身没劲 中午吃了点土豆 are not). One sign alone is not read.
- `fistula`: the arm's fistula without its thrill (内瘘摸不到震颤了): a clot, saved only within hours; the dialysis
  centre today. A question about how it should feel (内瘘的震颤应该是什么感觉) is a question (bot.danger.emergency).
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any

_FOOD = _any("香蕉 橘子 桔子 橙子 杨桃 土豆 榨菜 低钠盐 菠菜 红枣 坚果 柚子 猕猴桃 哈密瓜 牛油果 椰子水")
# 透析完 没劲: the session's tiredness
_DIALYSIS = _any("透析(?!完|后) 尿毒症 肾衰 肾功能衰竭 肾功能不全 肾不好 血透 腹透")
_HEART = _any(r"心慌 心跳\S{0,3}(乱|不齐|慢|快|停) 胸闷 心里发慌")
_NUMB = _any(r"(手|脚|手脚|嘴|嘴唇|舌头|四肢|胳膊|腿)\S{0,2}(发麻|麻了|麻木|麻得)")
_WEAK = _any(r"(浑身|全身|身上|腿)?(没劲|没力气|没力|无力|发软|软了) (一点)?(力气|劲)(都|也)没(有)? 站不住 抬不起")
# (in a room of dialysis patients the kidneys go unsaid: 吃了半个柚子 现在手脚发麻 一点力气都没有, numb and weak
# after the fruit, is read too; a racing heart after a potato is not without them)
POTASSIUM = (rf"^(?:(?=.*({_DIALYSIS}))"
             rf"(?:(?=.*({_HEART}))(?=.*({_NUMB}|{_WEAK}))|(?=.*({_NUMB}))(?=.*({_WEAK})))"
             rf"|(?=.*({_FOOD}))(?=.*({_NUMB}))(?=.*({_WEAK})))")

_FISTULA = _any("内瘘 瘘管 造瘘 动静脉瘘")
_THRILL = _any("震颤 搏动 震动 嗡嗡 沙沙 杂音 颤动 跳动")
FISTULA = (rf"({_FISTULA})\S{{0,12}}(摸不到|摸不着|感觉不到|听不到|(?<!有)没有|没了)\S{{0,2}}({_THRILL}|跳)"
           rf"|({_FISTULA})\S{{0,12}}({_THRILL})\S{{0,3}}(没了|没有了|消失|摸不到|感觉不到|停了)"
           rf"|({_FISTULA})\S{{0,8}}(堵了|堵住|不通了|长了血栓|有血栓|不跳了|不震了)")

KINDS = {"potassium": POTASSIUM, "fistula": FISTULA}
