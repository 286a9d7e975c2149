"""A body's allergy turning grave: a food or a jab that swells the throat, and the words of the body answering that
bot.danger.stings reads for a sting to someone allergic or a swarm's attack (issue 13, emergency23).

What a beekeeper or a cook knows: for someone allergic (对蜂过敏, 过敏体质) one sting is enough, and the signs come
in minutes: lips, tongue, throat or neck swelling, breath short or wheezing (呼哧, 呼噜, 嗓子眼堵), a rash all over,
pale and a racing heart (脸煞白, 心慌), the adrenaline pen left behind (针没带, 急救笔落在车上). A swarm that breaks out
(炸窝, 炸群, 一窝蜂炸了) stings many times at once (围着蛰, 追着蛰, 满头). A food (虾, 花生, 芒果, 海鲜) or a jab (头孢,
青霉素 针) does the same to the throat and the breath. One sting on a finger that swells and does not hurt, asked
about (用不用抹药), or an itch that a pill eased is first aid at home (bot.danger.said_otherwise keeps it quiet).
The step is the sting's (nudge/emergency_body.j2: 120, lie still, the sting scraped out, the pen used) or, for a food
or a jab, the 120 step of `unwell`.
"""
from __future__ import annotations

from bot.chinese_text import any_of as _any
from bot.danger.body_signs import CHEST

# allergic, said of the one stung or fed
ALLERGIC = r"对\S{0,4}过敏|过敏体质|(蜂毒|蜜蜂|马蜂|海鲜|花生|芒果|青霉素|头孢)过敏"
# the body answering as a whole: the airway, the breath, the face and lips, the skin all over, the blood pressure
_THROAT = _any(r"""(喉咙|嗓子|嗓子眼|气管|脖子)\S{0,4}(肿|堵|紧|发紧|呼噜|嘶嘶|响|憋)
喘\S{0,2}(不上|不过|不太上|不动|费劲|吃力|得厉害|呼哧|粗) 呼哧呼哧 呼吸\S{0,2}(困难|费劲|急|吃力) 上不来气 透不过气
(嘴巴|嘴唇|嘴|舌头)\S{0,8}肿 (嗓子|声音)\S{0,2}哑 憋得(慌|难受) 抓\S{0,2}(喉咙|脖子)
呼吸\S{0,2}(声音)?\S{0,2}(不对|怪|呼噜|嘶嘶)""")
AIRWAY = f"{_THROAT}|{CHEST}"
WHOLE = _any(r"""(浑身|全身|满身|一身)\S{0,3}(红疙瘩|疙瘩|疹|风团|包|红|痒|肿) 脸\S{0,3}(肿成|全肿|肿起来|肿得)
眼皮\S{0,4}肿 (脸|身上|胳膊|脖子)\S{0,2}起\S{0,3}(疹|风团|疙瘩)
脸(色)?\S{0,2}(煞白|发白|苍白|刷白|惨白|白了) 心(里)?\S{0,2}(发慌|慌|跳得) 头晕 晕(倒|过去|乎) 站不住 出冷汗""")
# a food or a jab, then the airway or the skin all over with the breath
_FOOD = _any(r"""虾 蟹 海鲜 花生 坚果 腰果 芒果 菠萝 鸡蛋 牛奶 蚕豆 荞麦 鱼 贝 蛤 螺 桃 猕猴桃 青霉素 头孢 消炎药
阿莫西林 布洛芬 针 疫苗 输液 吊瓶""")
# ... or a medicine new to the body (换的新药吃了半小时, 新开的消炎药: emergency26)
_TOOK = rf"(吃|恰|喝|打|输|用|挂)(了|完|过)?\S{{0,6}}({_FOOD})|(新药|换的药|新开的药|换了药)"
# a fishbone or a date stone stuck in the throat (嗓子被鱼刺卡了) is no allergy
FOOD = (rf"^(?!.*(好多了|好了|没事了|消了|退了|鱼刺|鱼骨|骨头|枣核|刺卡|卡了根|卡住))(?=.*({_TOOK}|{ALLERGIC}))"
        rf"(?:.*({_THROAT})|.*({WHOLE}).*({AIRWAY}|脸\S{{0,3}}肿|眼皮\S{{0,4}}肿)|.*({AIRWAY}).*({WHOLE})"
        rf"|.*一下子\S{{0,3}}肿)")

KINDS = {"unwell": FOOD}  # a sting to someone allergic, a swarm: bot.danger.stings
