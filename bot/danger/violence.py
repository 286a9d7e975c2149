"""Violence now: a member, or a child, beaten by someone they live with, or strangers beating someone, for
bot.danger.emergency (issue 13).

我老公又打我了 我带着孩子跑出来了 and 爸爸又打我了 身上都是伤 are a danger to a person now, as much as a fall: a
person must hear of it at once, and the member must hear where help is (110; the women's federation's 12338 for a
woman, 12355 and a teacher for a child, never "call your family": the family may be who hits). A grown-up who tells of
a child beaten by someone at home (孩子他爸又打孩子了 头都打破了 流了好多血) is `child_beaten`: the child's danger,
not the wound alone; the one who hits may be in the group, so the word is private too. Read from the words:
someone at home who hits the writer (老公/丈夫/男人/对象 打我, an old member's 儿子/儿媳/老伴 打我, 爸爸/妈妈/后妈 打我,
被老公打, 家暴) and a sign that it is now or hurts (又, 身上都是伤, 流血, 跑出来了, 不敢回家, 救命, 怎么办). A call
(打我电话, 打我手机), a game or a joke (哈哈, 游戏里), or the past told as over (小时候, 以前, 那时候, 后来离了) is
not this.
"""
from __future__ import annotations

from bot.chinese_text import FORWARDED
from bot.chinese_text import any_of as _any
from bot.people import CHILD, PARTNER, SPOUSE, words

# who hits: a partner (an adult at home) or a parent (the writer is a child: 爸爸, 妈妈, 后妈, as a child says them)
_PARTNER = _any("老公 丈夫 我男人 俺男人 孩子他爸 孩子他爹 对象 男朋友 前夫 老婆 媳妇")
# an older member's household: a grown child or an old partner (儿子又打我了 我躲在卫生间): violence, not heartache; a
# grandchild is left out (a toddler's slap is not this)
_HOUSEHOLD = _any("儿子 女儿 闺女 儿媳 女婿 老伴 老头子 老太婆 老婆子")
_PARENT = _any("爸爸 妈妈 我爸 我妈 俺爸 俺妈 后妈 后爸 继父 继母 老爸 老妈")
_HIT = r"(打|揍|踢|掐|扇|抽|拿\S{0,4}(打|砸|抽))(了)?(我|俺)(?!们|电话|手机|微信|视频|语音|一个电话|的电话)"
# a word that only starts with the verb (被老公打断了, 被我妈打发去排队, 被我妈踢出群了): no blow
_NOT_A_BLOW = r"(?!发|断|扰|扮|听|算|开|招呼|理|包|工|车|针|卡|牌|球|电话|出(了)?群|烟|查|空|奖)"


def _by(who: str) -> str:
    """Beaten by `who` (被老公打了)."""
    return rf"被(?![她他])\S{{0,2}}({who})\S{{0,4}}(打|揍|踢|掐|扇|抽){_NOT_A_BLOW}"  # 被她老公打: hers (violence_told)


# a sign of now or of harm (又打我了, 身上都是伤, 跑出来了, 不敢回家, 把我推倒 头撞破了 好晕): one beating told
# without any is not read; 又 or 在 only right before the blow (又打我, 又在打他老婆, 又拿衣架打): alone it is in half
# of all chat (我又被我妈踢出群了)
_NOW_OR_HURT = _any(r"""(又|在)(在)?(拿\S{0,4})?(打|揍|踢|掐|扇|抽) 天天 经常 一直 还在 正在 刚才 刚刚 动手
伤 血 青 紫 肿 疼 痛
跑出来 逃出来 躲 不敢回 不敢回家 不知道(去|往)哪 无处可去 没地方去 救命 救救 报警 怎么办 不想活 害怕 好怕
推倒 摔倒 摔在 磕破 撞破 打破 (头|脑袋|嘴|鼻子)\S{0,2}破 (?<!装)晕 哭(?!穷)""")
# not this: a call, a game, a joke, the past told as over, a fight on the screen
_NOT_THIS = _any(FORWARDED + r""" 哈哈 😂 🤣 开玩笑 逗你 游戏 电视 剧里 小说 新闻 小时候 以前 那时候 那年 当年 去年
后来(离|分|搬) 已经离(婚)?了 打我屁股 打我手心 (?<!给我)(?<!给俺)打(我)?(电话|手机) 打扑克 打麻将 打牌 打球""")
# a child beaten by a grown-up at home, told by another grown-up (孩子他爸又打孩子了, 孩子被他爸打得头破了, 我老公把
# 孩子打得鼻子出血): not a smack talked about (该不该打孩子, 打孩子屁股), nor a child who hits (孩子打了同学)
_ADULT = _any(f"""孩子他爸 孩子他爹 孩子爸 孩子他妈 孩子妈 他爸 她爸 他妈 她妈 他爹 她爹 {_PARTNER}
后妈 后爸 继父 继母 爸爸 妈妈 东家 雇主 老师 (他|她)(家)?(大人|舅舅|叔叔|爷爷|奶奶)
(邻居|隔壁|对门|楼上|楼下)(家)?(的)?(大人|男的|女的)?""")
_KID = words(CHILD, "娃娃")
_BEATS = r"(又|在|正在|一直|还在|往死里)?(拿\S{0,4})?(打|揍|踢|掐|扇|抽)(?!发|断|扮|算|电话|针|牌|球|游戏)"
_CHILD_BEATEN = (rf"({_ADULT})\S{{0,3}}{_BEATS}(了)?\S{{0,2}}({_KID})"
                 rf"|({_ADULT})\S{{0,3}}把\S{{0,2}}({_KID})\S{{0,2}}(打|揍|踢)(得|成|出|破|伤|肿|青|紫)"
                 rf"|({_KID})\S{{0,3}}被\S{{0,3}}({_ADULT})\S{{0,3}}(打|揍|踢|掐|扇|抽){_NOT_A_BLOW}")
_SMACK = _any("屁股 手心 该不该 能不能打 要不要打 对不对 好不好 不打不成器 棍棒")
_HITS = {
    "child_hurt": rf"(({_PARENT})\S{{0,4}}{_HIT}|{_by(_PARENT)})",
    "violence": rf"(({_PARTNER}|{_HOUSEHOLD})\S{{0,4}}{_HIT}|{_by(f'{_PARTNER}|{_HOUSEHOLD}')}"
                rf"|({_PARTNER}|{_HOUSEHOLD})\S{{0,6}}(对我)?动手(打)?(了)?|家暴)",
}
# someone at home drunk or raging and smashing things while the writer hides from him (老头子又喝多了 在外面砸东西
# 俺躲在厕所里不敢出去, 我男人喝醉了摔东西 我和孩子锁在屋里): violence going on now though no blow is told yet
# (acceptance 26, #2); not a drink slept off (喝多了 睡了一下午), a neighbour's building work, a child's broken bowl
_DRUNK = r"喝多|喝醉|喝大|喝高"
_RAGES = _any(r"""发酒疯 耍酒疯 撒酒疯 发疯 (砸|摔|掀)\S{0,3}(东西|碗|盘|锅|桌|门|电视|家具|凳|椅|杯) 砸门 踹门
拿\S{0,3}(刀|棍|凳子|酒瓶)\S{0,4}(砍|吓唬|追|要杀|杀|捅|砸|冲)""")
# a knife raised at someone, not one that cuts a melon (他拿着刀在厨房剁排骨, code review 27, finding 6)
_SHUT_AWAY = _any(r"""锁(在|着|上|好)\S{0,3}(屋|门|房|厕所|卫生间) 反锁 不敢(出去|出来|出声|开门|回家|回去|吭声)""")
_HIDES = _any(rf"""躲(在|进|到|起来) 藏(在|进|到|起来) 跑(到|去)\S{{0,4}}(邻居|亲戚|楼下|外面|娘家) {_SHUT_AWAY}""")
# the one at home named for the rage (a bare 他 is anyone); 他 drunk with the writer shut away is hers to fear
_HIM = rf"({_PARTNER}|{_HOUSEHOLD}|当家的|那口子)"
_RAGING = (rf"({_HIM}\S{{0,8}}({_RAGES})\S{{0,16}}({_HIDES})|({_HIDES})\S{{0,12}}{_HIM}\S{{0,8}}({_RAGES})"
           rf"|({_HIM}|他)\S{{0,3}}({_DRUNK})\S{{0,16}}({_SHUT_AWAY}))")
_HITS["violence"] += f"|{_RAGING}"
# the readings bot.danger.emergency adds to its plain ones: each needs a sign of now or harm, and none of the vetoes
HURT = {kind: rf"^(?!.*({_NOT_THIS}))(?=.*({_NOW_OR_HURT})).*{hit}" for kind, hit in _HITS.items()}
# a carer the member names as ours (你们托管班的老师打了我家孩子): the gravest complaint against us, not a child
# beaten at home (bot.danger.outside_trouble.hurt_by_us; the complaint's alert sees to the child first)
# an institution named, not the north's everyday 咱 (咱闺女被她爸打了 老师说身上都是伤 is a child beaten at home)
_OURS = (r"(你们|你家|贵|咱们)\S{0,4}(托管|中心|机构|班|园|所)\S{0,4}(的)?"
         r"(老师|阿姨|保姆|护工|教练|园长|院长|保育员)?")
HURT["child_beaten"] = rf"^(?!.*({_NOT_THIS}|{_SMACK}|{_OURS}))(?=.*({_NOW_OR_HURT})).*({_CHILD_BEATEN})"
# strangers who beat someone or smash a stall now (收保护费的又来了 把老张打了 还砸了摊子, 几个混混把我哥打伤了): 110 at
# once in the group, keep away, do not fight back; the blow told is itself the harm
_GANG = _any("收保护费 混混 流氓 地痞 黑社会 一伙人 一帮人 几个人 小偷 抢劫 歹徒 醉汉 酒鬼")
_STRUCK = _any(r"""把\S{1,4}(打|揍|砍|捅|踹)(了|伤|倒|翻|得)
(打|砍|捅|揍|踹)(伤)?了(人|我|\S{1,3}(叔|姐|哥|婶|姨|头|爷)) (砸|掀)了\S{0,2}(摊|店|车|门|窗) 抢了 动手打""")
HURT["assault"] = rf"^(?!.*({_NOT_THIS})).*({_GANG})\S{{0,12}}({_STRUCK})"
# someone at home beating another, told by one who saw it or was told (调解的那个大姐说 她男人天天喝了酒就打她,
# 隔壁那个媳妇又被她老公打了 脸都肿了): she is in danger, the writer is not; the word to the writer (110, 12338, go
# with her) is private, the one who hits may be in the group; not a call (打她电话) nor the past told as over
_THEIR = r"(她|他|那个大姐|那大姐|那个阿姨|那个媳妇|邻居|隔壁|对门|楼上|楼下)(家)?(的)?"
# their household (bot.people's partners and spouses, and a grown child or child-in-law): 她家那口子, 被她爱人打
_THEIR_HOME = f"({words(PARTNER, SPOUSE, '男人 对象 男朋友 儿子 儿媳 女婿', but='我家老头 俺家老头')})"
_NOT_A_CALL = r"(?!电话|手机|微信|视频|语音|招呼|扑克|麻将|牌|球|(的)?主意)"  # 打她电话, 打他老婆的主意: no blow
# the one beaten named after the blow (隔壁老李又在打他老婆了, 他又打老婆了): a wife, a husband, an old parent
_THEIR_OWN = f"({words(PARTNER, SPOUSE, '男人 儿媳妇 儿媳 老娘 老妈 老爹 老母亲 老父亲', but='我家老头 俺家老头')})"
_BEATS_THEM = (rf"{_THEIR}{_THEIR_HOME}\S{{0,10}}(打|揍|踢|掐|扇|抽)(了)?(她|他){_NOT_A_CALL}"
               rf"|(打|揍|踢|掐|扇|抽)(了)?(他|她)?(的|家)?{_THEIR_OWN}{_NOT_A_CALL}"
               rf"|(她|他)\S{{0,3}}被\S{{0,3}}{_THEIR_HOME}\S{{0,4}}(打|揍|踢|掐|扇|抽){_NOT_A_BLOW}"
               rf"|被(她|他)(的|家)?{_THEIR_HOME}\S{{0,4}}(打|揍|踢|掐|扇|抽){_NOT_A_BLOW}")
# not a beating years ago told as over (她年轻时候老被她老公打 … 现在离婚了), nor hearsay of a stranger the writer
# cannot reach (听说隔壁村有个媳妇被她男人打了): the wound told (身上都是伤) is then no sign of now
_TOLD_OVER = _any(r"""年轻(的)?时(候)? 那时候 那会儿 以前 当年 几年前 前几年 离婚了 后来 据说 隔壁村 外村 别的村 新闻
听说\S{0,4}(有个|一个|有一个|外地) 这集 剧情 演的 戏里 角色""")
# the one beaten told the writer herself (闺蜜刚跟我说她被她老公打了, 她哭着给我打电话): she reached out, it is now
_TOLD_ME = _any("跟我说 告诉我 找我 给我打电话 打电话给我 给我发 发消息 发微信 哭着")
# a threat to kill someone told (他说要打死她, 她男人扬言要弄死她): not the writer's own words (我真想打死他), a
# parent's scolding (我妈说要打死他; 他爸喊着要打死他 over 作业 or 闯祸), a figure (打死他也不信, 打死都不去), hearsay
# (听说) or a game (_NOT_THIS)
_SCOLDED = r"作业|闯祸|不听话|考试|成绩|淘气|调皮|捣蛋|挑食"  # a child scolded (孩子不写作业 他妈说要打死他)
_KILL = r"(打死|弄死|掐死|揍死|砍死|杀了|宰了)"
_THREATENS = (rf"(?<!我)(?<!俺)(?<![我俺他她][妈爸爹娘])(说|扬言|喊着|嚷着|放话|吼着|叫着|骂着)(要|想|非要|非得|就要)?"
              rf"\S{{0,2}}{_KILL}(她|他)(?!们|也|都|不|就|的|那|这|家)")
HURT["violence_told"] = (rf"^(?!.*({_NOT_THIS}|{_TOLD_OVER}))"
                         rf"((?=.*({_NOW_OR_HURT}|{_TOLD_ME})).*({_BEATS_THEM})"
                         rf"|(?!.*(听说|我真想|我恨不得|{_SCOLDED})).*{_THREATENS})")
# a weapon in someone's hand and a threat to kill or wound now (男的拿着菜刀 说要砍人, 他提着斧头追着人砍): 110 at
# once, keep away, never try to take the knife; not a kitchen's (拿着菜刀要杀鸡), a film's or a past told
_WEAPON = _any("菜刀 砍刀 刀子 水果刀 尖刀 匕首 斧头 斧子 镰刀 铁锹 锄头 棍子 铁棍 木棍 钢管 砖头 剪刀 刀 汽油")
_HOLDS = _any("拿着 拿了 拿起 拿把 拿 提着 提了 举着 挥着 握着 抄起 拎着 抡着 抡起 攥着")
# a person killed, not a chicken: a bare 了 is no person (要剁了这只鸡); 要砍了他 still reads through 了?
_VICTIM = r"(?=了?(人|死|你|我|他|她|们|掉|全家|\S{0,2}(家|人)))"
_THREAT = _any(rf"""(要|想|扬言|喊着|嚷着)\S{{0,2}}(砍|杀|捅|劈|弄死|打死|掐死|剁|烧死|同归于尽){_VICTIM}
砍人 杀人 捅人 伤人 (追着|见人就)\S{{0,3}}(砍|捅|打) 乱(挥|砍) 要拼命 同归于尽""")
# a film, a dream, the kitchen's or the yard's work (要剁了排骨, 要砍了那棵歪脖子树)
_NOT_ARMED = _any(r"""电影 做梦 梦见 段子 杀鱼 杀鸡 杀猪 砍柴 砍树
(剁|砍|杀|劈)(了)?\S{0,4}(排骨|肉|鱼|鸡|鸭|鹅|骨头|菜|树|柴|竹子|猪|羊)""")
HURT["armed"] = rf"^(?!.*({_NOT_THIS}|{_NOT_ARMED}))(?=.*({_THREAT})).*({_HOLDS})\S{{0,3}}({_WEAPON})"
