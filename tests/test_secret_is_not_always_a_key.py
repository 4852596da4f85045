"""Secret data of no declared kind is a credential only when its name or description
says it opens something: a trial's vector store of board minutes was reported as
keeping credentials ("whoever steers the reader gets the keys"), and an imported OTM
asset rated highly confidential (read as secret, with no kind) was too."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph.graph import is_credential


@pytest.mark.parametrize(
    ("name", "description", "opens"),
    [
        ("Board minutes", "", False),
        ("Documents, Desktop and Downloads files", "", False),
        ("Deploy API key", "", True),
        ("Local files and environment", "$HOME files, ~/.ssh, env vars", True),
        ("Signing certificate", "", True),
    ],
)
def test_secret_data_of_no_kind_opens_something_only_by_name(
    name: str, description: str, opens: bool
) -> None:
    assert is_credential(tg.Data(name, sensitivity="secret", description=description)) is opens


def test_a_declared_kind_decides() -> None:
    assert is_credential(tg.Data("Board minutes", sensitivity="secret", kind="credentials"))
    assert not is_credential(tg.Data("Deploy API key", sensitivity="secret", kind="documents"))


def _board_agent(minutes: tg.Data) -> tg.ThreatModel:
    tm = tg.ThreatModel("board", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        web = tm.add(tg.DataSource("Public web", origin="public-web"))
    with tm.boundary("VPC", trust="internal"):
        index = tm.add(tg.VectorStore("Board index", stores={minutes}))
        agent = tm.add(tg.Agent("Board assistant", autonomy="autonomous"))
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    tm.flow(web, agent, tg.Data("Pages", kind="documents"), protocol="https")
    tm.flow(index, agent, minutes)
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt"), protocol="https")
    tm.flow(llm, agent, tg.Data("Completion", kind="model-output"), protocol="https")
    return tm


def test_a_store_of_secret_minutes_keeps_no_credentials() -> None:
    minutes = tg.Data("Board minutes", sensitivity="secret")
    found = [f.rule for f in _board_agent(minutes).analyze().open()]
    assert "ai/exposed-credentials" not in found
    keys = tg.Data("Board API keys", sensitivity="secret")
    assert "ai/exposed-credentials" in [f.rule for f in _board_agent(keys).analyze().open()]
