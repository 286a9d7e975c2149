"""The built wheel in a fresh venv outside the repo: `qunbot init x && cd x && qunbot run` welcomes and helps."""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("pyproject.toml", "setup.py", "README.md", "bot", "plugins", "scripts_templates")
WHEELHOUSE = Path(sys.prefix) / "wheelhouse"  # the dependencies' wheels, built once per lock file and reused


def _pip(*args: str | Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *map(str, args)], check=True)


def _dependency_wheels() -> Path:
    lock = ROOT / "requirements.lock"
    done = WHEELHOUSE / f".{hashlib.sha256(lock.read_bytes()).hexdigest()[:16]}"
    if not done.exists():
        _pip("wheel", "--no-deps", "-r", lock, "-w", WHEELHOUSE)
        done.touch()
    return WHEELHOUSE


@pytest.mark.package
def test_the_wheel_runs_outside_the_repo(tmp_path):
    source = tmp_path / "source"  # a copy, so the build leaves nothing in the checkout
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(ROOT / name, source / name)
    dist = tmp_path / "dist"
    _pip("wheel", "--no-deps", "--no-build-isolation", "-w", dist, source)
    (wheel,) = dist.glob("qunbot-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    _pip("--python", venv / "bin" / "python", "install", "--no-compile", "--no-index",
         "--find-links", _dependency_wheels(), wheel)
    shutil.rmtree(source)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    done = subprocess.run(["bash", "-c", r"qunbot init x && cd x && printf '+李叔\n/help\n' | qunbot run"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "热烈欢迎李叔加入沙盒群" in done.stdout and "(commands /help)" in done.stdout
    assert sorted(p.name for p in (tmp_path / "x").iterdir()) == ["ad_keywords.txt", "config.yaml", "faq.yaml"]
    version = subprocess.run(["qunbot", "--version"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert version.stdout.strip() == "qunbot 0.1.0"
