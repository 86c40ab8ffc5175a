"""The private folders the build keeps things in, and the compiled templates kept there."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import jinja2
import pytest

from uccn.base import private
from uccn.base.private import TemplateCache


@pytest.fixture(autouse=True)
def temporary(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path


def _environment(templates: Path, **options) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(templates), bytecode_cache=TemplateCache("test"),
                              **options)


def _never_compiled(environment: jinja2.Environment, monkeypatch) -> None:
    def compile_(*args, **kwargs):
        raise AssertionError("compiled again")

    monkeypatch.setattr(environment, "compile", compile_)


def test_a_template_is_compiled_once_and_read_back_while_its_source_is_the_same(tmp_path, monkeypatch):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "page.html").write_text("Hej {{ name }}!", encoding="utf-8")
    assert _environment(templates).get_template("page.html").render(name="Åre") == "Hej Åre!"

    again = _environment(templates)
    _never_compiled(again, monkeypatch)
    assert again.get_template("page.html").render(name="Åre") == "Hej Åre!"

    (templates / "page.html").write_text("Hallå {{ name }}!", encoding="utf-8")
    assert _environment(templates).get_template("page.html").render(name="Åre") == "Hallå Åre!"


def test_another_environment_s_settings_compile_their_own(tmp_path, monkeypatch):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "page.html").write_text("{% if x %}\nja\n{% endif %}", encoding="utf-8")
    assert _environment(templates).get_template("page.html").render(x=True) == "\nja\n"
    trimmed = _environment(templates, trim_blocks=True)
    assert trimmed.get_template("page.html").render(x=True) == "ja\n"
    (templates / "name.html").write_text("{{ name }}", encoding="utf-8")
    assert _environment(templates).get_template("name.html").render(name="<b>") == "<b>"
    escaping = _environment(templates, autoescape=True)  # the same name and source, compiled to escape
    assert escaping.get_template("name.html").render(name="<b>") == "&lt;b&gt;"


def test_a_stored_template_others_may_write_to_is_not_run(tmp_path, temporary, monkeypatch):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "page.html").write_text("{{ 1 + 1 }}", encoding="utf-8")
    assert _environment(templates).get_template("page.html").render() == "2"
    [stored] = private.folder("templates").iterdir()
    os.chmod(stored, 0o666)

    compiled = []
    again = _environment(templates)
    original = again.compile
    monkeypatch.setattr(again, "compile", lambda *a, **k: compiled.append(1) or original(*a, **k))
    assert again.get_template("page.html").render() == "2"
    assert compiled  # not read: compiled again


def test_a_private_folder_others_may_write_to_or_a_link_is_not_used(temporary):
    made = private.folder("things")
    assert made is not None and made.stat().st_mode & 0o777 == 0o700
    private.write(made, "a", b"1")
    assert private.read(made, "a") == b"1"

    os.chmod(made, 0o777)
    assert private.folder("things") is None and private.read(made, "a") is None
    os.chmod(made, 0o700)

    elsewhere = temporary / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    (elsewhere / "a").write_bytes(b"forged")
    (made.parent / "linked").symlink_to(elsewhere)
    assert private.folder("linked") is None and private.read(made.parent / "linked", "a") is None
