"""``threatgraph check`` and ``export``, file suffixes read back by every command, a report
where a model goes (and the reverse), ``render -o`` and ``python -m threatgraph``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from _cli_models import main, write_model
from threatgraph.load.target import load_target

BAD_MODEL = {
    "threatgraph": "1",
    "name": "Broken",
    "elements": [
        {"kind": "agnet", "name": "Helper"},
        {"kind": "llm", "name": "Model", "trust": "internal"},
    ],
    "flows": [{"source": "model", "target": "missing"}],
}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project folder as the current directory, holding a small model."""
    monkeypatch.chdir(tmp_path)
    write_model(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(*argv)
    out, err = capsys.readouterr()
    return code, out, err


# --------------------------------------------------------------------------- check


def test_check_accepts_every_kind_of_model_file(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = ["model.json", "model.yaml", "model.otm", "model.otm.json"]
    for name in files:
        assert run(capsys, "export", "threat_model.py", "-o", name)[0] == 0
    code, out, err = run(capsys, "check", "threat_model.py", *files)
    assert code == 0, err
    assert err == ""
    lines = out.splitlines()
    assert [line.split(":")[0] for line in lines] == ["threat_model.py", *files]
    assert all(line.endswith("ok (3 elements, 2 flows, 2 boundaries)") for line in lines), out


def test_check_warns_of_otm_types_read_as_a_service(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trial user's foreign OTM file: a `huggingface-model` component became a service
    of ours with no word said. Known types, and components whose threatgraph kind is
    declared, pass quietly."""
    doc = {
        "otmVersion": "0.2.0",
        "project": {"name": "Foreign", "id": "foreign"},
        "trustZones": [{"id": "cloud", "name": "Cloud", "risk": {"trustRating": 80}}],
        "components": [
            {
                "id": "hub",
                "name": "Hub model",
                "type": "huggingface-model",
                "parent": {"trustZone": "cloud"},
            },
            {"id": "db", "name": "Database", "type": "database", "parent": {"trustZone": "cloud"}},
            {
                "id": "odd",
                "name": "Declared",
                "type": "widget",
                "parent": {"trustZone": "cloud"},
                "attributes": {"threatgraph": {"kind": "llm"}},
            },
        ],
        "dataflows": [{"id": "f1", "name": "weights", "source": "hub", "destination": "db"}],
    }
    Path("foreign.otm.json").write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run(capsys, "check", "foreign.otm.json")
    assert code == 0, err
    assert "ok (3 elements" in out
    assert err.count("warning: component") == 1
    assert "component 'hub' has OTM type 'huggingface-model'" in err
    assert "read as a service of ours" in err


def test_check_quiet_prints_nothing_for_valid_models(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "check", "-q", "threat_model.py") == (0, "", "")


def test_check_reports_every_problem_at_its_path_and_goes_on(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "bad.json").write_text(json.dumps(BAD_MODEL), encoding="utf-8")
    code, out, err = run(capsys, "check", "bad.json", "threat_model.py")
    assert code == 2
    assert out.startswith("threat_model.py: ok")  # the next file is still checked
    assert err.splitlines() == [
        "bad.json: cannot load the model from bad.json: 3 problem(s)",
        "bad.json: $.elements[0].kind: 'agnet' is not an element kind (did you mean 'agent'?)",
        "bad.json: $.elements[1].trust: is not a known key (an element takes its trust from "
        'its boundary: set "boundary" to a boundary id)',
        "bad.json: $.flows[0].target: no element with id 'missing' is declared "
        "(declare it in the 'elements' list)",
    ]


def test_check_a_python_model_that_does_not_freeze(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "dangling.py").write_text(
        "import threatgraph as tg\n"
        'tm = tg.ThreatModel("Dangling")\n'
        'tm.flow(tg.LLM("A"), tg.LLM("B"))\n',
        encoding="utf-8",
    )
    code, out, err = run(capsys, "check", "dangling.py", "missing.py")
    assert code == 2
    assert out == ""
    lines = err.splitlines()
    assert lines[0].startswith("dangling.py: ")
    assert any("'a'" in line and "dangling.py: flow" in line for line in lines), err
    assert lines[-1] == "missing.py: no such file: missing.py"


def test_check_takes_the_model_from_pyproject(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "check")
    assert code == 2
    assert "no TARGET given and no model in [tool.threatgraph]" in err
    (project / "pyproject.toml").write_text(
        '[tool.threatgraph]\nmodel = "threat_model.py"\n', encoding="utf-8"
    )
    code, out, err = run(capsys, "check")
    assert code == 0, err
    assert "ok (3 elements" in out


def test_check_runs_no_analysis(project: Path) -> None:
    """Checking loads and validates only: the engine is never imported."""
    probe = (
        "import sys\n"
        "from threatgraph.cli import main\n"
        "code = main(['check', '-q', 'threat_model.py'])\n"
        "engine = ('threatgraph.analysis', 'threatgraph.graph', 'networkx')\n"
        "print(code, sorted(m for m in engine if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "0 []\n"


# --------------------------------------------------------------------------- the wrong document


def test_a_report_given_for_a_model_is_one_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "analyze", "threat_model.py", "-o", "report.json")[0] == 0
    for command in ("analyze", "check", "render", "export"):
        argv = [command, "report.json"] + (["--format", "json"] if command == "export" else [])
        code, _, err = run(capsys, *argv)
        assert code == 2, command
        assert len(err.splitlines()) == 1, err
        assert "is a threatgraph report, not a model" in err
        assert "--baseline" in err


def test_a_model_given_for_a_report_is_one_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "export", "threat_model.py", "-o", "model.json")[0] == 0
    code, _, err = run(capsys, "analyze", "threat_model.py", "--baseline", "model.json")
    assert code == 2
    assert err.splitlines() == [
        "threatgraph: error: cannot load the report from model.json: is a threatgraph model, "
        "not a report (write a report from it with: threatgraph analyze MODEL --format json "
        "-o report.json)"
    ]


def test_sarif_given_for_a_model_is_named(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "analyze", "threat_model.py", "-o", "out.sarif")[0] == 0
    (project / "out.json").write_bytes((project / "out.sarif").read_bytes())
    code, _, err = run(capsys, "check", "out.json")
    assert code == 2
    assert err.startswith("out.json: $: is a SARIF log, not a model")


# --------------------------------------------------------------------------- export


@pytest.mark.parametrize(
    "name", ["model.json", "model.yaml", "model.yml", "model.otm", "x.otm.json"]
)
def test_export_reads_back_to_the_same_model(
    project: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    code, _, err = run(capsys, "export", "threat_model.py", "-o", name)
    assert code == 0
    assert err.startswith(f"threatgraph: wrote {name} (")
    assert load_target(name) == load_target("threat_model.py")
    first = (project / name).read_bytes()
    assert run(capsys, "export", "threat_model.py", "-o", name)[0] == 0
    assert (project / name).read_bytes() == first  # byte-identical


@pytest.mark.parametrize(("fmt", "start"), [("json", "{"), ("yaml", "threatgraph:"), ("otm", "{")])
def test_export_to_stdout(
    project: Path, capsys: pytest.CaptureFixture[str], fmt: str, start: str
) -> None:
    code, out, err = run(capsys, "export", "threat_model.py", "--format", fmt)
    assert code == 0, err
    assert out.startswith(start)
    if fmt == "otm":
        assert json.loads(out)["otmVersion"]


def test_export_leaves_locations_out_when_asked(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, with_locations, _ = run(capsys, "export", "threat_model.py", "--format", "json")
    _, without, _ = run(capsys, "export", "threat_model.py", "--format", "json", "--no-locations")
    assert '"declared_at": "threat_model.py:' in with_locations
    assert "declared_at" not in without


def test_export_needs_a_format(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "export", "threat_model.py")
    assert code == 2
    assert "pass --format json|yaml|otm" in err
    code, _, err = run(capsys, "export", "threat_model.py", "-o", "model.txt")
    assert code == 2
    assert "cannot tell the format from the output file name 'model.txt'" in err


def test_export_yaml_without_pyyaml_says_which_extra(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "yaml", None)  # import yaml raises ImportError
    code, _, err = run(capsys, "export", "threat_model.py", "-o", "model.yaml")
    assert code == 2
    assert "pip install 'threatgraph[yaml]'" in err
    assert not (project / "model.yaml").exists()


# --------------------------------------------------------------------------- suffixes


@pytest.mark.parametrize("name", ["report.otm", "report.otm.json"])
def test_an_otm_report_is_read_back_by_every_command(
    project: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    assert run(capsys, "analyze", "threat_model.py", "-o", name)[0] == 0
    assert json.loads((project / name).read_text("utf-8"))["otmVersion"]
    assert run(capsys, "check", name)[0] == 0
    assert run(capsys, "analyze", name)[0] == 0
    assert run(capsys, "render", name, "--format", "mermaid")[0] == 0
    assert run(capsys, "export", name, "-o", "again.json")[0] == 0
    assert run(capsys, "diff", "threat_model.py", name)[0] == 0
    assert load_target(name).all_elements == load_target("threat_model.py").all_elements


def test_otm_in_yaml_is_recognised_by_its_content(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import yaml

    assert run(capsys, "export", "threat_model.py", "-o", "model.otm")[0] == 0
    document = json.loads((project / "model.otm").read_text("utf-8"))
    (project / "model.yaml").write_text(yaml.safe_dump(document), encoding="utf-8")
    assert run(capsys, "check", "model.yaml")[0] == 0


# --------------------------------------------------------------------------- render -o


def test_render_says_what_it_wrote(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "render", "threat_model.py", "-o", "model.dot")
    assert code == 0
    assert out == ""
    assert err.startswith("threatgraph: wrote model.dot (dot diagram, ")
    assert "open finding(s))" in err
    code, _, err = run(capsys, "render", "threat_model.py", "-o", "arch.mmd", "--no-threats")
    assert err == "threatgraph: wrote arch.mmd (mermaid diagram, architecture only)\n"
    _, _, err = run(capsys, "render", "threat_model.py", "--format", "dot")
    assert "wrote" not in err


# --------------------------------------------------------------------------- python -m


def test_python_dash_m_threatgraph(project: Path) -> None:
    def python_m(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "threatgraph", *argv],
            cwd=project,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    version = python_m("--version")
    assert version.returncode == 0
    assert version.stdout.startswith("threatgraph ")
    checked = python_m("check", "threat_model.py")
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith("threat_model.py: ok")
    missing = python_m("check", "nope.py")
    assert missing.returncode == 2
    usage = python_m()
    assert usage.returncode == 2
    assert "usage: threatgraph" in usage.stdout


# --------------------------------------------------------------------------- locations


def _locations(doc: dict[str, object]) -> list[str]:
    out = []
    for key in ("boundaries", "elements", "flows"):
        items = doc[key]
        assert isinstance(items, list)
        out += [i["declared_at"] for i in items if i.get("declared_at")]
    return out


def test_an_exported_document_records_locations_relative_to_itself(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "models").mkdir()
    code, _, _ = run(capsys, "export", "threat_model.py", "-o", "models/model.json")
    assert code == 0
    doc = json.loads((project / "models" / "model.json").read_text(encoding="utf-8"))
    locations = _locations(doc)
    assert locations
    assert all(loc.startswith("../threat_model.py:") for loc in locations)
    # read back from anywhere, each location names the model file from there, so
    # that SARIF results point at it
    (project / "ci").mkdir()
    monkeypatch.chdir(project / "ci")
    code, _, _ = run(capsys, "analyze", "../models/model.json", "-o", "out.sarif")
    assert code == 0
    sarif = json.loads((project / "ci" / "out.sarif").read_text(encoding="utf-8"))
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif["runs"][0]["results"]
    }
    assert uris == {"../threat_model.py"}
    assert (project / "ci" / "../threat_model.py").is_file()


def test_locations_of_older_documents_relative_to_the_working_directory_are_kept(
    project: Path,
) -> None:
    from threatgraph.load import load_model
    from threatgraph.load.model_io import dump_system

    system = load_target("threat_model.py")
    doc = dump_system(system)  # relative to the working directory, as before
    (project / "models").mkdir()
    path = project / "models" / "old.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    loaded = load_model(path)
    assert {str(e.declared_at).split(":")[0] for e in loaded.elements()} == {"threat_model.py"}


def test_dump_relative_to_a_far_directory_writes_absolute_paths(project: Path) -> None:
    from threatgraph.load.model_io import dump_system

    system = load_target("threat_model.py")
    far = project / "a" / "b" / "c"
    far.mkdir(parents=True)
    locations = _locations(dump_system(system, relative_to=far))
    assert all(loc.startswith(str(project / "threat_model.py") + ":") for loc in locations)
    assert _locations(dump_system(system, relative_to=project / "a")) == [
        loc.replace(str(project) + "/", "../") for loc in locations
    ]


def test_locations_survive_a_directory_reached_through_a_symbolic_link(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from threatgraph.load import load_model

    real = project / "real" / "models"
    real.mkdir(parents=True)
    (project / "out").symlink_to(real, target_is_directory=True)
    code, _, _ = run(capsys, "export", "threat_model.py", "-o", "out/model.json")
    assert code == 0
    # read where the document physically is: every location names the real model file
    monkeypatch.chdir(real)
    system = load_model(real / "model.json")
    files = {str(e.declared_at).rsplit(":", 1)[0] for e in system.elements()}
    assert files
    assert all((real / f).resolve() == (project / "threat_model.py").resolve() for f in files)
    # and read through the link from the project
    monkeypatch.chdir(project)
    system = load_model(project / "out" / "model.json")
    files = {str(e.declared_at).rsplit(":", 1)[0] for e in system.elements()}
    assert all((project / f).resolve() == (project / "threat_model.py").resolve() for f in files)


def test_locations_still_name_their_file_after_the_working_directory_changes(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threatgraph as tg
    from threatgraph.export.sarif import to_sarif
    from threatgraph.load.model_io import dump_system

    system = load_target("threat_model.py")  # declared from the project folder
    model = (project / "threat_model.py").resolve()
    (project / "models").mkdir()
    (project / "ci").mkdir()
    monkeypatch.chdir(project / "ci")  # a program that changes directory before exporting

    # shown from where the program is now
    files = {str(e.declared_at).rsplit(":", 1)[0] for e in system.elements()}
    assert files == {"../threat_model.py"}
    element = next(iter(system.elements()))
    assert system.location_of(element) == str(element.declared_at)
    # written relative to the document's directory: each names the model file
    locations = _locations(dump_system(system, relative_to=project / "models"))
    assert locations
    assert all(loc.startswith("../threat_model.py:") for loc in locations)
    assert all((project / "models" / loc.rsplit(":", 1)[0]).resolve() == model for loc in locations)
    # written for stdout: relative to the working directory
    assert all(loc.startswith("../threat_model.py:") for loc in _locations(dump_system(system)))
    # reports and SARIF made from here point at it too (code scanning's root is here)
    report = tg.analyze(system)
    assert {f.location.rsplit(":", 1)[0] for f in report.findings if f.location} == {
        "../threat_model.py"
    }
    results = to_sarif(report, base_dir=Path.cwd())["runs"][0]["results"]
    places = [r["locations"][0] for r in results]
    places += [x for r in results for x in r.get("relatedLocations", ())]
    uris = {p["physicalLocation"]["artifactLocation"]["uri"] for p in places}
    assert uris == {"../threat_model.py"}


def test_loaded_locations_still_name_their_file_after_the_working_directory_changes(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from threatgraph.load import load_model
    from threatgraph.load.model_io import dump_system

    (project / "models").mkdir()
    assert run(capsys, "export", "threat_model.py", "-o", "models/model.json")[0] == 0
    system = load_model(project / "models" / "model.json")  # read from the project folder
    (project / "ci").mkdir()
    monkeypatch.chdir(project / "ci")
    files = {str(e.declared_at).rsplit(":", 1)[0] for e in system.elements()}
    assert files == {"../threat_model.py"}
    locations = _locations(dump_system(system, relative_to=project / "models"))
    assert locations
    assert all(loc.startswith("../threat_model.py:") for loc in locations)


def test_sarif_locations_are_relative_to_the_given_root_after_the_working_directory_changes(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Code scanning's root need not be the working directory: a model declared in the
    project, analysed from a subfolder, points at the file from the root it is given."""
    import threatgraph as tg
    from threatgraph.export.sarif import to_sarif

    system = load_target("threat_model.py")
    (project / "ci").mkdir()
    monkeypatch.chdir(project / "ci")
    results = to_sarif(tg.analyze(system), base_dir=project)["runs"][0]["results"]
    places = [r["locations"][0] for r in results]
    places += [x for r in results for x in r.get("relatedLocations", ())]
    assert places
    assert {p["physicalLocation"]["artifactLocation"]["uri"] for p in places} == {"threat_model.py"}
    assert {p["physicalLocation"]["artifactLocation"]["uriBaseId"] for p in places} == {"%SRCROOT%"}


def test_exported_yaml_opens_with_what_the_model_is(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A trial's exported YAML opened with the five default actors and their
    descriptions, sorted keys putting the name at the bottom: the marker, the name and
    the profile now come first, then boundaries, elements and flows, each item with its
    id, name and kind first."""
    code, out, err = run(capsys, "export", "threat_model.py", "--format", "yaml")
    assert code == 0, err
    top = [line.split(":")[0] for line in out.splitlines() if line and line[0] not in " -"]
    assert top[:2] == ["threatgraph", "name"]
    assert top.index("boundaries") < top.index("elements") < top.index("flows")
    assert top.index("flows") < top.index("actors")
    first_element = out.split("\nelements:\n", 1)[1].splitlines()[0]
    assert first_element.startswith("- id: ")
