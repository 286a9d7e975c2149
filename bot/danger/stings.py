"""A sting the whole body answers, or many stings at once, or a snake's bite: venom, a 120 call (issue 13, fixcare21).

被水母蜇到了 全身起红疙瘩 喘气困难, 捅了马蜂窝 被蛰了十几下 头晕想吐: a sting by something with venom (a jellyfish,
a wasp, a bee, a scorpion, a centipede) and the body answering (breath, a rash all over, a swollen face or throat,
dizzy, sick) or many stings. One sting and a bump (被蜜蜂蛰了一下 起了个包), a swollen eyelid or an itch where it
stung (被蜜蜂蛰到眼皮 眼皮肿了) is first aid at home; 惊蛰 is a solar term.
The step (nudge/emergency_body.j2): 120, lie down and keep still, the sting scraped out, a jellyfish rinsed with sea
water, an adrenaline pen if prescribed.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any
from bot.danger.allergy import AIRWAY, ALLERGIC, WHOLE

_STINGER = _any("水母 海蜇 马蜂 黄蜂 野蜂 蜜蜂 胡蜂 土蜂 地蜂 蜂窝 蜂子 大黄蜂 蝎子 蜈蚣 海胆 毒虫")
_STUNG = r"(蜇|(?<!惊)蛰|螫|叮(?!嘱|咚|当|铃)|咬)"  # 叮嘱 is a word of advice
_MANY = _any(r"(十几|几十|二十|好几|好多|很多|一身|满头|满身|\d{2,})\S{0,2}(下|口|个包|处|个) 一群 一窝")
_ANSWERS = _any(r"""喘(气|不上|不过)\S{0,3}(困难|费劲|吃力|急|不上来|气) 喘不上 呼吸\S{0,2}(困难|急) 憋气 胸闷
(嗓子|喉咙)\S{0,2}(发紧|肿|堵|紧) (嘴|嘴唇|舌头)\S{0,2}肿 (全身|浑身)\S{0,4}(疙瘩|疹|包|红|痒|肿)
(脸|眼睛|眼皮)\S{0,4}肿\S{0,6}(喘|呼吸|憋|嗓子|喉咙|头晕|晕)
头晕 晕(倒|过去|乎) 想吐 吐了 恶心 心慌 出冷汗 站不住 迷糊 说不出话 尿\S{0,2}(红|酱油|少)""")
STING = rf"^(?=.*({_STINGER})\S{{0,12}}{_STUNG}|.*{_STUNG}\S{{0,6}}({_STINGER})).*({_MANY}|{_ANSWERS})"
# a bee's sting to someone allergic (对蜂过敏, 过敏体质): one is enough, the body answering (bot.danger.allergy's
# words) or the adrenaline pen left behind; a swarm breaking out (炸窝, 一窝蜂炸了, 围着蛰), many stings at once
# (emergency23)
_PEN = r"(肾上腺素|急救笔|笔|针)\S{0,4}(没带|忘带|落在|不在身上|没在身上|找不到)"
_SWARM = _any(r"""炸窝 炸群 炸箱 蜂群炸 一窝蜂炸 蜂炸了 围着(蛰|蜇|叮) 追着(蛰|蜇|叮) (蛰|蜇|叮)(了)?满(头|脸|身)
满(头|脸|身)(都是)?包 一身包 跑(都)?跑不掉""")
STING += (rf"|^(?=.*蜂)(?=.*{_STUNG})(?:.*({ALLERGIC}).*({AIRWAY}|{WHOLE}|{_PEN})"
          rf"|.*({_SWARM}).*({AIRWAY}|{WHOLE}|{_STUNG}|跑不掉)|.*{_STUNG}.*({_SWARM}))")

# a snake's bite (emergency22): any bite may carry venom (竹叶青, 五步蛇, 银环蛇 live about the tea hills and
# fields), so a bite is a danger beside a sign the body answers (肿, 发黑, 看不清, 头晕), a now, or a venomous
# snake named;
# 被蛇咬了应该怎么处理 asked of no one is a question, 菜花蛇 seen is no bite, 蛇年 and 蛇皮袋 no snake
_VENOMOUS = _any("毒蛇 五步蛇 竹叶青 银环蛇 金环蛇 眼镜蛇 蝮蛇 烙铁头 七寸子 土公蛇 蕲蛇")
_SNAKE = rf"(?<![蛇])({_VENOMOUS}|蛇)(?![年皮果头腰形])"
_BITTEN = rf"(被|让|给|叫|遭)\S{{0,2}}{_SNAKE}\S{{0,2}}(咬|啃|叮)|{_SNAKE}\S{{0,2}}咬(了|伤|到|着)"
_VENOM_SIGN = _any(r"""肿 发黑 黑了 发紫 紫了 起泡 看不清 看东西\S{0,2}(模糊|重影) 眼皮\S{0,2}(睁不开|耷拉|抬不起)
头晕 晕 想吐 吐了 恶心 出血 流血 牙龈 尿\S{0,2}(红|血) 喘 麻 疼得 没力气 站不住 迷糊 刚刚 刚才 现在 正在""")
# a bite long ago (小时候被蛇咬过 腿上还有疤 现在还肿) is a scar, not venom now; 刚被蛇咬过 is now
_LONG_AGO = r"(?<!刚)(?<!刚才)被\S{0,4}咬过|小时候|年轻时|疤|那年|以前"
SNAKEBITE = rf"^(?!.*({_LONG_AGO}))(?=.*({_BITTEN})).*({_VENOM_SIGN}|{_VENOMOUS})"

KINDS = {"sting": STING, "snakebite": SNAKEBITE}
