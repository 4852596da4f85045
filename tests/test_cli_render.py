"""``threatgraph render``: formats, output files, view options and exit codes."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from threatgraph.analysis import analyze
from threatgraph.cli import main
from threatgraph.findings import Report, RuleError
from threatgraph.load.target import load_target
from threatgraph.render import to_dot, to_mermaid

requires_dot = pytest.mark.skipif(
    shutil.which("dot") is None,
    reason="Graphviz's `dot` is not installed (apt-get install graphviz); "
    "SVG/PNG/PDF output cannot be produced",
)

MODEL = textwrap.dedent(
    """
    import threatgraph as tg
    from threatgraph import controls as c

    tm = tg.ThreatModel("CLI demo")
    prompt = tg.Data("Prompt")
    tickets = tg.Data("Tickets", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("Customer"))
    with tm.boundary("VPC", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API", controls={c.RateLimiting()}))
        llm = tm.add(tg.LLM("Assistant", origin="third-party-api"))
        with tm.boundary("Data tier", trust="restricted"):
            index = tm.add(tg.VectorStore("Ticket index", stores={tickets}))
        ingest = tm.add(tg.Pipeline("Trainer", stage="fine-tuning"))
    tm.flow(user, api, prompt, protocol="https")
    tm.flow(api, llm, prompt)
    tm.flow(index, llm, tickets)
    tm.flow(index, ingest, tickets)
    """
)


@pytest.fixture
def model(tmp_path: Path) -> Path:
    path = tmp_path / "threat_model.py"
    path.write_text(MODEL, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["render", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_dot_on_stdout_matches_the_api(model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(model))
    assert code == 0, err
    report = analyze(load_target(str(model)))
    assert out == to_dot(report)
    assert report.open(), "the demo model should have findings to draw"
    assert "open finding" in out


def test_mermaid_on_stdout(model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, str(model), "--format", "mermaid", "--direction", "tb")
    assert code == 0
    assert out == to_mermaid(analyze(load_target(str(model))), direction="TB")


@requires_dot
@pytest.mark.parametrize(
    ("name", "magic"), [("m.svg", b"<svg"), ("m.png", b"\x89PNG"), ("m.pdf", b"%PDF")]
)
def test_binary_formats_from_the_file_suffix(
    model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, magic: bytes
) -> None:
    out_file = tmp_path / name
    code, out, err = run(capsys, str(model), "-o", str(out_file))
    assert code == 0, err
    assert out == ""
    assert magic in out_file.read_bytes()[:400]


def test_text_formats_to_files(
    model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dot = tmp_path / "m.gv"
    assert run(capsys, str(model), "-o", str(dot), "--no-threats")[0] == 0
    assert dot.read_text(encoding="utf-8") == to_dot(load_target(str(model)), threats=False)
    md = tmp_path / "m.md"
    assert run(capsys, str(model), "-o", str(md))[0] == 0
    text = md.read_text(encoding="utf-8")
    assert text.startswith("```mermaid\n%% threatgraph")
    assert text.endswith("```\n")


def test_binary_format_needs_an_output_file(
    model: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, str(model), "--format", "png")
    assert code == 2
    assert out == ""
    assert "-o FILE" in err


def test_unknown_suffix_asks_for_a_format(
    model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, str(model), "-o", str(tmp_path / "m.xyz"))
    assert code == 2
    assert "--format" in err
    assert not (tmp_path / "m.xyz").exists()


def test_view_options_reach_the_diagram(model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        str(model),
        "--min-severity",
        "high",
        "--collapse-all",
        "--direction",
        "TB",
        "--no-legend",
    )
    assert code == 0
    assert "rankdir=TB" in out
    assert '"b~vpc"' in out
    assert "cluster~legend" not in out
    assert "at or above high" in out

    code, out, _ = run(capsys, str(model), "--boundary", "vpc", "--collapse", "data-tier")
    assert code == 0
    assert '"b~data-tier"' in out
    assert "outside: Internet" in out  # the customer is a faded stub

    code, out, _ = run(capsys, str(model), "--focus", "assistant", "--hops", "0", "--no-legend")
    assert code == 0
    assert "Assistant" in out
    assert "Customer" not in out

    code, out, _ = run(capsys, str(model), "--phase", "training", "--no-legend")
    assert code == 0
    assert "Trainer" in out
    assert "Customer" not in out

    code, out, _ = run(capsys, str(model), "--no-threats")
    assert code == 0
    assert "threats hidden" in out


def test_show_mitigated(model: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = analyze(load_target(str(model)))
    code, out, _ = run(capsys, str(model), "--show-mitigated")
    assert code == 0
    assert out == to_dot(report, show_mitigated=True)


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--boundary", "vcp"], "did you mean 'vpc'"),
        (["--focus", "nobody"], "no element with id 'nobody'"),
        (["--collapse", "dmz"], "no boundary with id 'dmz'"),
        (["--phase", "deploy"], "phase"),
        (["--hops", "-2", "--focus", "assistant"], "hops"),
    ],
)
def test_bad_view_options_exit_2_with_a_message(
    model: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    code, out, err = run(capsys, str(model), *argv)
    assert code == 2
    assert out == ""
    assert words in err


def test_missing_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(tmp_path / "nope.py"))
    assert code == 2
    assert "no such file" in err


def test_incomplete_analysis_draws_and_exits_1(
    model: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(system: object, **kwargs: object) -> Report:
        real = analyze(system)  # type: ignore[arg-type]
        return Report(
            system=real.system,
            findings=real.findings,
            errors=(RuleError("some/rule", "element:assistant", "KeyError: 'x'"),),
        )

    monkeypatch.setattr("threatgraph.analysis.analyze", broken)
    code, out, err = run(capsys, str(model))
    assert code == 1
    assert "analysis incomplete" in out
    assert "incomplete" in err


def test_missing_dot_is_explained(
    model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    code, _, err = run(capsys, str(model), "-o", str(tmp_path / "m.svg"))
    assert code == 2
    assert "apt-get install graphviz" in err
    assert "brew install graphviz" in err
    assert not (tmp_path / "m.svg").exists()
    # text formats still work without Graphviz
    assert run(capsys, str(model), "--format", "dot")[0] == 0


def test_help_lists_the_view_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["render", "--help"])
    out = capsys.readouterr().out
    for option in (
        "--format",
        "--min-severity",
        "--boundary",
        "--focus",
        "--hops",
        "--collapse",
        "--collapse-all",
        "--phase",
        "--direction",
        "--no-threats",
        "--show-mitigated",
    ):
        assert option in out
