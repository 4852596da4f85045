"""Notes for the model's author: a data store of personal data drawn where outsiders
are, which every rule takes to be theirs; a generative model not declared an LLM,
which the language-model rules do not read."""

from __future__ import annotations

import threatgraph as tg


def test_a_store_of_personal_data_drawn_where_outsiders_are_is_noted() -> None:
    """A trial put the orders database in the Internet boundary (a forgotten block, or a
    public bucket): every rule takes what sits there to be the outsiders' own, so nothing
    was raised and nothing said. The report now says so."""
    tm = tg.ThreatModel("unplaced", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
        db = tm.add(tg.DataStore("Orders DB", stores={tg.Data("Orders", sensitivity="pii")}))
    with tm.boundary("VPC", trust="internal"):
        api = tm.add(tg.Endpoint("API"))
    tm.flow(customer, api, tg.Data("Request"), protocol="https")
    tm.flow(api, db, tg.Data("Orders", sensitivity="pii"), protocol="https")
    notes = tm.analyze().notes
    assert any(
        "untrusted boundary and are written sensitive data" in n and "Orders DB" in n for n in notes
    )


def test_a_phone_s_own_storage_is_not_noted() -> None:
    tm = tg.ThreatModel("app", profile="high")
    with tm.boundary("Phone", trust="untrusted"):
        app = tm.add(tg.Service("Mobile app"))
        cache = tm.add(tg.DataStore("Local cache", stores={tg.Data("Profile", sensitivity="pii")}))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("API"))
    tm.flow(api, app, tg.Data("Profile", sensitivity="pii"), protocol="https")
    tm.flow(app, cache, tg.Data("Profile", sensitivity="pii"))
    assert not [n for n in tm.analyze().notes if "untrusted boundary and are written" in n]


def test_a_generative_model_not_declared_an_llm_is_noted() -> None:
    """A second trial declared a fine-tuned causal LM as ``Model(task="generative")``:
    the language-model rules do not read it, and nothing said so."""
    tm = tg.ThreatModel("summaries", profile="high")
    with tm.boundary("Cloud", trust="internal"):
        app = tm.add(tg.Service("Support app"))
        model = tm.add(tg.Model("Support summariser", task="generative"))
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    tm.flow(app, model, tg.Data("Transcript"))
    tm.flow(model, app, tg.Data("Summary", kind="model-output"))
    tm.flow(app, llm, tg.Data("Prompt", kind="prompt"))
    notes = [n for n in tm.analyze().notes if "declared generative but not as LLMs" in n]
    assert len(notes) == 1
    assert "Support summariser" in notes[0]
    assert "Hosted LLM" not in notes[0]


def test_an_empty_model_says_nothing_was_analysed() -> None:
    """No elements: one note, saying that no findings mean nothing, and not the note
    about untrusted boundaries, which reads as if something had been looked at."""
    (note,) = tg.ThreatModel("Empty").analyze().notes
    assert note.startswith("The model declares no elements, so nothing was analysed")
