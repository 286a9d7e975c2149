"""Grievances put as questions: the polite way to complain in front of others (acceptance25: 你们这的阿卡波糖咋比网上贵
二十多块呢？, 分红咋才二百八一股 去年还三百多呢 是不是有人贪了). Asking why we charge more than elsewhere, why there is
less than before, or whether someone pocketed the money is no question to look up: a person takes it up as a complaint.

A question about a price, a share or a date stays one (大瓶的比小瓶的贵多少, 为什么原研药比仿制药贵, 咋才能领到分红,
今年分红啥时候发): each form needs its why and what it is measured against (another seller, an earlier year, someone
who took it).

A fault put down to the staff's work as a question (是不是你们冇熏透, 是不是胶没打干净, 係咪冇放冰袋, 你们用的是不是
便宜货) is a blame asked politely: something the member got or had done went wrong, and 是不是 names how the
staff fell short.
The member's own doing (孩子是不是没穿够, 是不是我没打开通知) and a thing of no one's making stay questions.
"""
from __future__ import annotations

import re

_WHY = r"(咋|怎么|为啥|为什么|凭啥|凭什么|咋个|怎的|咋的)"
# another seller the member compares our price with (a kind of drug, 原研药 vs 仿制药, is no seller)
_ELSEWHERE = (r"(网上|网店|外面|外头|别家|别的店|别处|人家店|超市|菜市场|市场|集上|隔壁|对面|淘宝|京东|拼多多|"
              r"药店|大药房|医院|卫生院|诊所|批发|厂家|官网|直播间)")
_OURS = r"(你们|你家|这里|这儿|这边|店里|咱这|俺这)"
# 咋比网上贵二十多块, 为啥你们卖得比京东贵那么多; 网上才卖五十 你们这咋要七十
PRICIER = re.compile(rf"{_WHY}\S{{0,8}}比\S{{0,3}}{_ELSEWHERE}\S{{0,6}}(贵|高|多收|多要)|"
                     rf"{_ELSEWHERE}\S{{0,6}}(才|只要|只卖|只收)[^。！？!?]{{0,10}}{_OURS}\S{{0,4}}{_WHY}\S{{0,3}}(要|卖|收)")
_AMOUNT = r"[\d一二两三四五六七八九十百千半几]|这么点|那么点|一点"
# 咋才二百八一股, 咋只有一百了, 咋才一桶油 (not 咋才能领, nor 咋只有我一个人: a person, not an amount)
FELL = re.compile(rf"{_WHY}(就)?(才|只有|只剩|只给|只发|少了)(?![能可行算会好])(?![我俺咱他她])\S{{0,3}}({_AMOUNT})")
# 去年还三百多, 往年都是两百, 去年还有米有面的: more before
MORE_BEFORE = re.compile(r"(去年|前年|往年|上回|上次|以前|原来|之前|上个?月|上期|上一期|头几年|那年|过去)"
                         r"\S{0,6}(还|都)")
_PILFER = (r"(贪(污|了|掉)?|私吞|独吞|吞(了|掉)|截留|挪用|克扣|昧(了|下)|揣\S{0,2}(腰包|兜里)|中饱私囊|吃回扣|拿回扣|"
           r"黑(了|掉))")
# 是不是有人贪了, 是不是被谁吞了, 是不是让人给截留了, 有人私吞了吧 (not 孩子是不是把钱吞了, nor news of a theft
# elsewhere)
PILFERED = re.compile(rf"(是不是|莫不是|该不会|不会是)\S{{0,3}}(有人|被人|被谁|让人|谁)\S{{0,3}}{_PILFER}|"
                      rf"(有人|谁)\S{{0,2}}{_PILFER}(了)?(吧|吗|呢|[?？])")
MONEY_OWED = re.compile(r"钱|款|分红|红利|补贴|补助|经费|会费|工资|福利|善款|捐款|公款|账|费|物资|年货")


_ASKED = r"(是不是|是否|係咪|系咪|系唔系|係唔係|是唔是|莫不是|该不会|不会是|怕不是)"
# how the work fell short: 没熏透 冇管好 沒打乾淨 没按好 没拧紧 冇放冰袋; 糖落多咗 盐放多了; 便宜货 偷工减料 陈货
_DONE_SHORT = (r"(?<![还還])(没|冇|沒|未)(有)?(给|帮|把\S{0,4})?(?![吃喝穿睡练学背看记听])\S{1,2}"
               r"(透|好|干净|乾淨|到位|熟|够|紧|牢|实|严|匀|干(?!嘛|啥|什么))")
_SHORT = (_DONE_SHORT + r"|(没|冇|沒)(有)?(放|加|装|带|用|垫)\S{0,1}(冰袋|冰块|冰|保温|泡沫|防潮)|"
          r"(盐|糖|油|碱|水|醋|酱油|辣椒|料|胶|药)\S{0,1}(落|放|加|搁|下|打|用)(多|少)(了|咗|啦|左)|"
          r"(落|放|加|搁|下)(多|少)(了|咗)?(盐|糖|油|碱|水|醋)|"
          r"便宜(货|料|的料|的货)|次品|残次|偷工减料|以次充好|陈货|旧货|二手|缺斤少两|掺(了)?(水|假)|不合格|翻新")
# the shortfall is the member's own or her family's (是不是我没放好, 自家熏的, 孩子是不是没穿够; not yet, 还没熏透, is
# no shortfall; eating or wearing too little is the member's own): no one else blamed
_MINE = r"(我|俺|咱|自己|孩子|娃|老伴|老公|老婆|儿子|女儿|闺女|宝宝|他|她)"
_OWN = re.compile(rf"自家|自己(做|熏|灌|腌|种|养|装|弄)|{_MINE}\S{{0,2}}{_ASKED}|{_ASKED}{_MINE}")
BLAMED_AS_ASKED = re.compile(_ASKED + r"\S{0,8}?(" + _SHORT + r")")
# something the member got or had done by someone: 买的 领回来的 叫嘅 送来 年前换的 (a fault of the staff's making),
# or a fault come back after their work (又有风了, 到现在还黑乎乎的)
_GOT = re.compile(r"(买|買|订|訂|领|領|叫|拿|换|換|装|裝|修|做|送|寄|配|灌|熏|翻|补|補|刷)"
                  r"(的|嘅|回来|回來|来的|來的|咗|了的)|"
                  r"送到|寄到|送来|送來|送回来|你们|你們|你哋|店里|老板|老闆|師傅|师傅|站长|老师|"
                  r"又(有|开始|開始|坏|壞|漏|掉|松|鬆|裂|响|響)|还是|還是|到现在|到現在")


def blamed_as_asked(text: str) -> str:
    """How the staff fell short, asked of something the member got or had done (是不是你们冇熏透), or ""."""
    found = BLAMED_AS_ASKED.search(text)
    if found is None or _OWN.search(text) or not _GOT.search(text):
        return ""
    return found.group(0)


def asked_aggrieved(text: str) -> str:
    """The words that make a question a grievance (why we charge more than elsewhere, why there is less than before,
    whether someone pocketed the money), or ""."""
    if (found := PRICIER.search(text)) is not None:
        return found.group(0)
    if (found := FELL.search(text)) is not None and MORE_BEFORE.search(text):
        return found.group(0)
    if (found := PILFERED.search(text)) is not None and MONEY_OWED.search(text):
        return found.group(0)
    return blamed_as_asked(text)
