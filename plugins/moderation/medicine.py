"""Advice against prescribed medicine: a pitch that tells patients they need less of the drugs their doctors gave
them (不用吃那么多西药, 比抗排异药管用, 能停药). In a patients' group a frightened member may act on it, so beyond the
usual notice a person is told at once, to tell the group plainly to keep taking what was prescribed. The same for a
treatment cut (一周少透一次, 不用再做化疗): to keep every session the doctor set."""
from __future__ import annotations

import re

# the prescribed drugs a remedy is set against
_DRUG = (r"(?:西药|抗排异药|抗排斥药|免疫抑制剂|激素|降压药|降糖药|胰岛素|他克莫司|环孢素|骁悉|吗替麦考酚酯|"
         r"医院(?:开)?的药|医生开的药|化疗药|抗凝药|华法林|透析|药)")
AGAINST = re.compile(
    # no need for (so much of) it: 不用吃那么多西药, 不用再打胰岛素, 不用透析
    rf"(?:不用|不必|用不着|没必要)(?:再)?(?:吃|打|用|做)?(?:那么多|这么多|太多)?(?:的)?{_DRUG}|"
    # cut or stop it: 停掉西药, 把抗排异药减了, 少吃点西药, 可以停药
    rf"(?:停|断|减|戒)(?:掉|了)?(?:点|些)?{_DRUG}|把?{_DRUG}(?:都)?(?:可以|能|就能|就可以)?(?:停|断|减|戒)(?:掉|了)|少(?:吃|打|用)(?:点|些)?{_DRUG}|"
    # the remedy set above it: 比抗排异药管用, 比西药强
    rf"比{_DRUG}(?:还)?(?:管用|强|好使|有效|见效)|"
    # the drug made out to harm: 西药伤肾, 激素有毒
    rf"{_DRUG}(?:伤|毁|害)[肾肝胃身]|{_DRUG}(?:都)?有毒|是药三分毒")


def against_medicine(text: str) -> bool:
    """The message tells readers they may cut or stop medicine a doctor prescribed."""
    return AGAINST.search(text) is not None


# a prescribed treatment given by sessions, and the shorthand patients use for it (透 for 透析)
_TREATMENT = {"透析": "透析", "透": "透析", "化疗": "化疗", "放疗": "放疗", "康复训练": "康复训练", "吸氧": "吸氧"}
_SESSIONS = "(?:" + "|".join(sorted(_TREATMENT, key=len, reverse=True)) + ")"
CUT = re.compile(
    # fewer sessions: 一周少透一次, 少做两次透析, 透析次数减少了, 透析改成一周两次
    rf"少(?:做|去)?(?P<a>{_SESSIONS})(?:了)?(?:一|两|几|\d)?(?:次|回)?|"
    rf"少(?:做|去)?(?:一|两|几|\d)(?:次|回)(?P<e>{_SESSIONS})|(?P<b>{_SESSIONS})(?:的)?次数(?:都)?(?:减|少|降)|"
    # none at all: 不用再透析了, 用不着做化疗, 化疗可以停了
    rf"(?:不用|不必|用不着|没必要)(?:再)?(?:去)?(?:做)?(?P<c>{_SESSIONS})|"
    rf"(?P<d>{_SESSIONS})(?:都)?(?:可以|能|就能)(?:停|不做|少做)")


def against_treatment(text: str) -> str | None:
    """The treatment the message tells readers they may cut (透析), or None."""
    found = CUT.search(text)
    if found is None:
        return None
    return _TREATMENT[next(g for g in found.groups() if g)]


# a chronic illness members live on drugs for, and what a pitch promises to bring back to normal
_ILLNESS = {"糖尿病": "糖尿病", "血糖": "糖尿病", "高血压": "高血压", "血压": "高血压", "痛风": "痛风", "尿酸": "痛风",
            "高血脂": "高血脂", "血脂": "高血脂", "冠心病": "冠心病", "肾衰": "肾病", "尿毒症": "肾病"}
_ILL = "(?:" + "|".join(sorted(_ILLNESS, key=len, reverse=True)) + ")"
CURED = re.compile(
    # the illness beaten for good: 糖尿病克星, 根治高血压, 痛风断根, 彻底治好糖尿病
    rf"(?P<a>{_ILL})(?:的)?克星|(?:根治|治愈|断根|除根|逆转|告别|远离|摆脱)(?P<b>{_ILL})|"
    rf"(?P<c>{_ILL})(?:可以|能|就能|就)?(?:根治|治愈|断根|除根|逆转|痊愈|彻底好)|"
    # its figure back to normal in days: 一周血糖回正常, 血压降到正常, 三天尿酸恢复正常
    rf"(?P<d>血糖|血压|尿酸|血脂)(?:就|都)?(?:能|可以|就能)?(?:回|恢复|降到|降回|回到|稳定在)(?:到)?正常")


def cure_claim(text: str) -> str | None:
    """The chronic illness a pitch claims to cure or bring back to normal (糖尿病克星, 一周血糖回正常), or None: a
    member may trust it over her doctor's drugs, so a person says plainly in the group that the medicine goes on."""
    found = CURED.search(text)
    if found is None:
        return None
    return _ILLNESS[next(g for g in found.groups() if g)]
