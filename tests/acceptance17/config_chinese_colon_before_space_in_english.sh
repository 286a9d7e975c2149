## An operator types a Chinese colon and then a space, as a Chinese IME gives it ("quiet_hours： ..."), in config.yaml.
## Seen: "config.yaml:N: YAML 格式有误：could not find expected ':'" with N the line AFTER the slip; the same
## colon without the space ("name：小助手") gets the plain words "这一行用了中文冒号“：”，请换成英文冒号…".
## Expected: the line of the slip and the plain words, whether or not a space follows the colon.
python3 - <<'PY'
from pathlib import Path
p = Path("config.yaml")
lines = p.read_text(encoding="utf-8").splitlines()
for i, line in enumerate(lines):
    if line.lstrip().startswith("timezone:"):
        lines[i] = line.replace("timezone:", "timezone：", 1)
        print("slip on line", i + 1)
        break
p.write_text("\n".join(lines) + "\n", encoding="utf-8")
PY
"$QUNBOT" check-config || true
## expect: slip on line (\d+)
## expect: 中文冒号
## expect-not: could not find expected
