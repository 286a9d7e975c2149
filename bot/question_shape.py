"""Question shape: whether a member's words ask something, with a mark or without one (是上午还是下午, 要门票不),
and the question words that ask nothing (好几个, 哪敢, 客气啥) or only exclaim (真的假的, 怎么这样)."""
from __future__ import annotations

import re

QUESTION = re.compile(
    r"[?？]|吗|么$|嘛$|呢$|伐$|怎么|怎样|按怎|安怎|点算|点办|咋|如何|哪|几点|几号|几个|几天|几岁|几次|几楼|几年|周几|星期几|礼拜几|(?<![好十])几月|几时(?!\S{0,3}[都也])|(?<![好十])几路|多少|多久|多大|多长|什么|啥|谁|"
    r"能不能|可不可以|可以不|行不行|是不是|有没有|要不要|会不会|对不对|好不好|用不用|算不算|请问|问一下|问下|想问|问问|"
    r"求问|打听|不知道|知道.{0,6}(吗|不)|晓得.{0,4}不|还是.{1,10}(还是|啊|呀|呢)|没有\s*$|不\s*$|(?P<a>\w)不(?P=a)|来得及")
# asked without a question mark or 吗, as members over sixty type: 是上午还是下午 / 要门票不 我有老年卡 / 暖风修好了没 /
# 针头能用几回啊 (over every labelled kind: 31 of 35 such lines the rules read as chat are questions or requests). Read
# by the rules only when QUESTION finds nothing, which the FAQ's matcher and the learned layer's cue keep as they were.
UNMARKED_QUESTION = re.compile(  # led by a look-ahead for its first characters: most positions are passed at one test
    r"(?=[不了几])((?<![我也都就还并可])不(?=[\s,，。]|$)|了没有?(?=[\s,，。啊呀呢]|$)|"
    r"(?<![好十])几(回|遍|趟|级|斤|岁|分|站|层|瓶|盒|包|袋|张|件|节|组|位|口|种|样|家|期|周|个月|钟))")
UNMARKED_EITHER_OR = re.compile(r"[是的在去用要买交拆进装写好吃喝坐打戴]\S{0,8}还是(?![不没得要挺很那老觉算冷热])\S")


def question_cue(text: str) -> re.Match[str] | None:
    """A question cue in the words, those that ask nothing (`NOT_ASKING`) left out: looked for only when a cue is
    found at all (most lines have none)."""
    found = QUESTION.search(text) or asked_unmarked(text)
    if found is None or (plain := NOT_ASKING.sub("", text)) == text:
        return found
    return QUESTION.search(plain) or asked_unmarked(plain)


def asked_unmarked(text: str) -> re.Match[str] | None:
    """A question asked without a question mark or 吗 (UNMARKED_QUESTION, or an either-or: 是上午还是下午)."""
    return UNMARKED_QUESTION.search(text) or (UNMARKED_EITHER_OR.search(text) if "还是" in text else None)


EXCLAIM = re.compile(r"^(是吗|真的吗|真的啊|是嘛|这样啊|这样吗|原来是这样|不是吧)|"
                      r"(咋|怎么|多)这么|我怎么.{0,6}[😂🤣😅]|真的假的|是不是又|什么都|谁说不是|谁懂|谁能懂|"
                      r"有没有人(跟|和)我一样|是不是只有我|只有我(一个人)?这样|不会吧|哪有|何必|谁不是|谁还不|"
                      r"(这么|那么|好)(快|多|好|厉害|便宜|漂亮|可爱|香|巧)(吗|啊|呀|的吗)|"
                      r"什么时候是个头|怎么这样|有什么办法呢|能怎么办|还能咋(办|样)|(啊|呀|吧)[?？]?[😂🤣😅😭]")
# question words that ask nothing (over every labelled kind, members' lines the rules read as questions for them
# alone are chat or grievances): some (好几个, 十几天, 那几个, 哥几个, 七几年), every or none (啥都, 哪儿也,
# 谁都, 没啥, 也不是啥), a denial (哪会, 哪敢, 哪懂, 哪看得清, 这才哪到哪, 哪里哪里), a statement (记着呢,
# 还年轻呢, 我就问问, 免不免的无所谓, 加不加都一样, 一动不动). Taken out of the words before the rules or the
# learned layer's cue look for a question.
# 我也不知道 / 俺也不清楚哈 (followed by a pause, an end or a pointer to someone else): written once, read twice
_NOT_KNOWING = (r"(我|俺|咱|偶|阿拉|我哋)(也|都|真|还真|确实)?(不知道|不清楚|不晓得|不懂|唔知)"
                r"(啊|呀|哎|诶|哈|咧|嘞|了)?"
                r"(?=[\s,，。!！~～]|$|问问|你问|去问|得问|要问|可以问|找|等)")
NOT_ASKING = re.compile(
    r"((?<![提往])前|[好十这那头没哥姐一二三四五六七八九])几(?=个|天|年|次|回|位|岁|家|样|种|张|条|块|斤|遍|句|分钟|年代)|"
    r"(啥|什么|哪儿?|哪里|谁|多少)(都|也)|(?<!有)没(啥|什么)|不是(啥|什么)|"
    r"哪(会|敢|懂|知道|晓得|见过|值|好意思|来的|里哪里|到哪)|哪\w{1,2}得(住|动|清|起|了|着|完|过来)|"
    r"(着|还\S{0,8})呢(?=\s*$|\s*[😂🤣😅😄])|(就|就是|只是|先|去|再|回去|给|随便)问问|"
    r"(?P<same>[^是能会可\W])不(?P=same)\w{0,2}?(的)?(无所谓|都|也)|一(?P<idle>\w)不(?P=idle)|"
    # 客气啥 老邻居了, 现在啥不涨 (6 chat lines); 盆不值几个钱 (5 lines, none a question); 一接就是啥啥中心
    r"(客气|谢)啥|(现在|如今|这年头)\S{0,2}(啥|什么)不(?=涨|贵)|几个钱|啥啥|什么什么|"
    # 俺也不知道 问问王医生吧, 我也不清楚哈: she does not know either, she asks nothing (我不知道怎么用 still asks)
    rf"{_NOT_KNOWING}|(?<=[\s,，。])(你|您)?(去|得|要|可以)?问问\S{{1,5}}(吧|呗)$")
# 俺也不知道 问问王医生吧, 我也不清楚 等群主回吧: a member who does not know either answers nobody's question
DOES_NOT_KNOW = re.compile(rf"^\S{{0,3}}{_NOT_KNOWING}")
RHETORICAL = re.compile(r"[?？]{2,}|难道|凭什么|有没有搞错|什么玩意|搞什么|咋回事|怎么回事|怎么搞的|像话吗|还让不让")
