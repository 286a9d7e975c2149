## What works: an operator's slips in config.yaml are all named at once, with line and plain Chinese, exit 1.
python3 - <<'PY'
from pathlib import Path
p = Path("config.yaml")
s = p.read_text(encoding="utf-8")
s = s.replace("operators: [小王]", "operators: 小王，小李")
s = s.replace("quiet_hours:", "quite_hours:", 1)
p.write_text(s, encoding="utf-8")
PY
"$QUNBOT" check-config; echo "exit=$?"
## expect: config\.yaml:\d+ bot\.operators: 应当是一个列表
## expect: config\.yaml:\d+ bot\.quite_hours: 没有这一项，是不是想写 quiet_hours
## expect: exit=1
