"""Fixes from the review of the 27 benchmark cases no reviewer had seen before
(``benchmarks/quality/reviews/v2-round4-wider``): each test pins one pattern the
reviewers struck, and the variant of the same model on which the finding stays."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.vocab import Status

# --------------------------------------------------------------------------- credentials


def _agent_reading(store_data: tg.Data) -> tg.ThreatModel:
    tm = tg.ThreatModel("Secrets")
    with tm.boundary("Internet", trust="untrusted"):
        sender = tm.add(tg.Actor("Email sender"))
    with tm.boundary("Corp", trust="internal"):
        agent = tm.add(tg.Agent("Assistant", autonomy="autonomous"))
        box = tm.add(tg.DataStore("Files", stores={store_data}))
    tm.flow(sender, agent, tg.Data("Email", kind="documents"), protocol="https")
    tm.flow(box, agent, store_data, protocol="https")
    return tm


def test_secret_documents_are_not_credentials() -> None:
    # sensitivity "secret" on documents says how bad their loss is; it opens nothing
    documents = tg.Data("Board papers", sensitivity="secret", kind="documents")
    report = _agent_reading(documents).analyze()
    assert report.for_rule("ai/exposed-credentials") == []
    # they are still sensitive records at rest
    (at_rest,) = [r for r in report.requirements if r.id == "profile/baseline/data-at-rest"]
    assert at_rest.status == "unmet"
    assert at_rest.missing == ("files",)
    # credentials, and secret data of no declared kind, are
    for data in (
        tg.Data("API token", sensitivity="secret", kind="credentials"),
        tg.Data("Token", sensitivity="secret"),
    ):
        assert _agent_reading(data).analyze().for_rule("ai/exposed-credentials") != []


# --------------------------------------------------------------------------- model artifacts


def _training_to_serving(
    *, registry: bool, job_zone: str = "corp", packages: bool = False
) -> tg.ThreatModel:
    tm = tg.ThreatModel("Serving")
    weights = tg.Data("Weights", kind="model-artifact", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("Customer"))
    with tm.boundary("Corp", trust="internal"):
        api = tm.add(tg.Endpoint("Scoring API"))
        model = tm.add(tg.Model("Scorer"))
        store = tm.add(tg.ModelRegistry("Registry")) if registry else None
    with tm.boundary("Training", trust="internal"):
        pass
    job = tm.add(tg.Pipeline("Train", stage="training"), boundary=job_zone)
    if store is not None:
        tm.flow(job, store, weights)
        tm.flow(store, model, weights)
    else:
        tm.flow(job, model, weights)
    if packages:
        with tm.boundary("Internet"):
            pypi = tm.add(tg.ExternalService("Package index", provides="package-registry"))
        tm.flow(pypi, job, tg.Data("Packages", kind="code"), protocol="https")
    tm.flow(user, api, tg.Data("Request", kind="features"), protocol="https")
    tm.flow(api, model, tg.Data("Request", kind="features"))
    tm.flow(model, api, tg.Data("Score", kind="model-output"))
    return tm


def test_a_training_job_handing_its_model_straight_to_serving_raises_no_swap() -> None:
    # inside one boundary nobody else has a place to write the weights
    quiet = _training_to_serving(registry=False).analyze()
    assert quiet.for_rule("ai/unsigned-model-to-serving") == []
    # a registry is such a place, and so is a hop across a boundary
    (f,) = _training_to_serving(registry=True).analyze().for_rule("ai/unsigned-model-to-serving")
    assert f.target.key == "element:scorer"
    crossing = _training_to_serving(registry=False, job_zone="training").analyze()
    assert len(crossing.for_rule("ai/unsigned-model-to-serving")) == 1


def test_a_job_that_runs_outside_code_is_a_place_to_swap_weights() -> None:
    tm = _training_to_serving(registry=False, packages=True)
    assert len(tm.analyze().for_rule("ai/unsigned-model-to-serving")) == 1


# --------------------------------------------------------------------------- floods


def _two_doors(*, proxy: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Floods")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("Visitor"))
    with tm.boundary("Corp", trust="internal"):
        site = tm.add(tg.Service("Website" if not proxy else "Reverse proxy"))
        api = tm.add(tg.Endpoint("Translation API"))
        llm = tm.add(tg.LLM("Translator"))
    text = tg.Data("Text", kind="prompt")
    tm.flow(user, site, text, protocol="https")
    tm.flow(site, api if proxy else llm, text)
    if not proxy:
        tm.flow(user, api, text, protocol="https")
    tm.flow(api, llm, text)
    return tm


def test_entries_in_front_of_the_same_model_raise_one_flood() -> None:
    # a website and an API both taking visitors' text to one model: one finding
    (f,) = _two_doors(proxy=False).analyze().for_rule("stride/denial-of-service")
    assert f.target.key == "element:translation-api"  # the outermost by id: neither forwards
    assert "element:website" in {t.key for t in f.affected}
    assert "Website" in f.explanation
    # a proxy in front of the API: the proxy, where visitors arrive, carries it
    (g,) = _two_doors(proxy=True).analyze().for_rule("stride/denial-of-service")
    assert g.target.key == "element:reverse-proxy"


def test_a_job_api_that_runs_submitted_code_is_not_a_flood_finding() -> None:
    tm = tg.ThreatModel("Jobs")
    with tm.boundary("Internet", trust="untrusted"):
        anyone = tm.add(tg.Actor("Anyone"))
    with tm.boundary("Corp", trust="internal"):
        jobs = tm.add(tg.Endpoint("Jobs API", internet_facing=True))
        nodes = tm.add(tg.Service("Cluster"))
        model = tm.add(tg.Model("Production model"))
    job = tg.Data("Job", kind="code")
    tm.flow(anyone, jobs, job)
    tm.flow(jobs, nodes, job)
    tm.flow(nodes, model, tg.Data("Rows"))
    report = tm.analyze()
    assert report.for_rule("stride/denial-of-service") == []
    # running what it is sent is the finding there
    assert report.for_rule("stride/exposed-interface") != []


# --------------------------------------------------------------------------- interfaces


def _api(
    *, controls: frozenset[c.Control] = frozenset(), caller_signs_in: bool = False
) -> tg.ThreatModel:
    tm = tg.ThreatModel("API", profile="high")
    key = tg.Data("API key", sensitivity="secret", kind="credentials")
    with tm.boundary("Internet", trust="untrusted"):
        caller = tm.add(
            tg.Actor("Customer", controls={c.Authentication()} if caller_signs_in else set())
        )
    with tm.boundary("Corp", trust="internal"):
        api = tm.add(tg.Endpoint("Model API", controls=controls))
        llm = tm.add(tg.LLM("Model"))
    tm.flow(caller, api, key, tg.Data("Prompt", kind="prompt"), protocol="https")
    tm.flow(api, caller, tg.Data("Answer", kind="model-output"), protocol="https")
    tm.flow(api, llm, tg.Data("Prompt", kind="prompt"))
    tm.flow(llm, api, tg.Data("Answer", kind="model-output"))
    return tm


def test_an_authenticated_interface_does_not_say_it_lacks_authentication() -> None:
    bare = _api().analyze().for_rule("stride/exposed-interface")
    assert bare
    assert "without authentication" in bare[0].explanation
    (f,) = (
        _api(controls=frozenset({c.Authentication()}))
        .analyze()
        .for_rule("stride/exposed-interface")
    )
    assert "without authentication" not in f.explanation
    assert "authenticates callers" in f.explanation
    if f.status is Status.OPEN:
        # still open for defence in depth: it names what a second control would be
        assert f.controls_missing
        assert set(f.controls_missing) <= {"rbac", "rate_limiting", "anomaly_detection"}


def test_defence_in_depth_names_the_second_control_it_wants() -> None:
    # an open finding with its primary control in place asks for a supporting one
    report = _api(controls=frozenset({c.Authentication()})).analyze()
    held_open = [
        f
        for f in report.findings
        if f.status is Status.OPEN and "defence in depth" in (f.status_reason or "")
    ]
    assert held_open  # the high profile keeps the critical interface finding open
    for f in held_open:
        assert f.controls_missing, f.rule
        assert not set(f.controls_missing) & set(f.controls_present)
    # with a second control the finding is mitigated and asks for nothing more
    both = frozenset({c.Authentication(), c.RateLimiting()})
    (f,) = _api(controls=both).analyze().for_rule("stride/exposed-interface")
    assert f.status is Status.MITIGATED
    assert f.controls_missing == ()


def test_callers_who_all_sign_in_authenticate_the_interface_they_call() -> None:
    (f,) = _api(caller_signs_in=True).analyze().for_rule("stride/exposed-interface")
    assert "authentication" in f.controls_present
    assert "authenticates callers" in f.explanation


# --------------------------------------------------------------------------- retrieval


def test_secrets_fetched_for_any_caller_are_rag_credential_harvesting() -> None:
    tm = tg.ThreatModel("Workspace search", profile="high")
    messages = tg.Data("Private messages", sensitivity="secret", kind="documents")
    with tm.boundary("Members", trust="untrusted"):
        alice = tm.add(tg.Actor("Member"))
        bob = tm.add(tg.Actor("Other member"))
    with tm.boundary("Vendor", trust="internal"):
        search = tm.add(tg.Service("Search assistant"))
        index = tm.add(tg.VectorStore("Message index", stores={messages}))
        llm = tm.add(tg.LLM("Assistant LLM"))
    for who in (alice, bob):
        tm.flow(who, search, tg.Data("Question", kind="prompt"), protocol="https")
        tm.flow(search, who, tg.Data("Answer", kind="model-output"), protocol="https")
    tm.flow(index, search, messages)
    tm.flow(search, llm, tg.Data("Prompt", kind="prompt"))
    tm.flow(llm, search, tg.Data("Answer", kind="model-output"))
    (f,) = tm.analyze().for_rule("stride/missing-subject-authorization")
    assert "AML.T0082" in f.atlas


# --------------------------------------------------------------------------- one finding, not two


def test_an_online_learner_retrained_from_the_same_data_is_raised_once() -> None:
    def build(*, job: bool) -> tg.ThreatModel:
        tm = tg.ThreatModel("Chatbot")
        chats = tg.Data("Conversations", kind="training-data")
        with tm.boundary("Internet", trust="untrusted"):
            user = tm.add(tg.Actor("Public user"))
        with tm.boundary("Corp", trust="internal"):
            bot = tm.add(tg.Service("Bot service"))
            model = tm.add(tg.LLM("Bot model", online_learning=True))
            if job:
                data = tm.add(tg.Dataset("Conversation log"))
                train = tm.add(tg.Pipeline("Continuous learning", stage="training"))
        tm.flow(user, bot, tg.Data("Message", kind="prompt"), protocol="https")
        tm.flow(bot, model, tg.Data("Message", kind="prompt"))
        if job:
            tm.flow(bot, data, chats)
            tm.flow(data, train, chats)
            tm.flow(train, model, tg.Data("Weights", kind="model-artifact"))
        return tm

    # the job's finding, on the data it learns from, names the model
    (f,) = build(job=True).analyze().for_rule("ai/training-data-poisoning")
    assert f.target.key == "element:conversation-log"
    assert "element:bot-model" in {t.key for t in f.affected}
    # with no job, the model's own online learning is the finding
    (g,) = build(job=False).analyze().for_rule("ai/training-data-poisoning")
    assert g.target.key == "element:bot-model"


def _assistant_reading(*stores: tg.DataStore) -> tg.ThreatModel:
    tm = tg.ThreatModel("Assistant")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("User"))
    with tm.boundary("Vendor", trust="internal"):
        agent = tm.add(tg.Agent("Assistant", autonomy="autonomous"))
        added = [tm.add(x) for x in stores]
    tm.flow(user, agent, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(agent, user, tg.Data("Answer", kind="model-output"), protocol="https")
    for store in added:
        (held,) = store.stores
        tm.flow(store, agent, held)
    return tm


def test_stores_one_reader_fetches_from_for_the_same_callers_are_one_finding() -> None:
    mail = tg.DataStore("Mailbox", stores={tg.Data("Emails", sensitivity="pii", kind="documents")})
    drive = tg.DataStore(
        "Drive", stores={tg.Data("Files", sensitivity="confidential", kind="documents")}
    )
    (f,) = (
        _assistant_reading(mail, drive).analyze().for_rule("stride/missing-subject-authorization")
    )
    # on the most sensitive store, naming the other
    assert f.target.key == "element:mailbox"
    assert "element:drive" in {t.key for t in f.affected}
    assert "Drive" in f.explanation
    # one store alone is its own finding
    (g,) = _assistant_reading(drive).analyze().for_rule("stride/missing-subject-authorization")
    assert g.target.key == "element:drive"


def test_people_who_sign_in_through_a_client_app_authenticate_its_calls() -> None:
    def build(*, sign_in: bool) -> tg.ThreatModel:
        tm = tg.ThreatModel("Workspace AI", profile="high")
        with tm.boundary("Members", trust="untrusted"):
            member = tm.add(tg.Actor("Member", controls={c.Authentication()} if sign_in else set()))
            client = tm.add(tg.Service("Desktop client"))
        with tm.boundary("Vendor", trust="internal"):
            ai = tm.add(tg.Service("AI service"))
        secret = tg.Data("Answer", sensitivity="secret", kind="model-output")
        tm.flow(member, client, tg.Data("Question", kind="prompt"), protocol="https")
        tm.flow(client, ai, tg.Data("Question", kind="prompt"), protocol="https")
        tm.flow(ai, client, secret, protocol="https")
        return tm

    (open_,) = build(sign_in=False).analyze().for_rule("stride/exposed-interface")
    assert open_.status is Status.OPEN
    (f,) = build(sign_in=True).analyze().for_rule("stride/exposed-interface")
    assert "authentication" in f.controls_present
    assert "authenticates callers" in f.explanation


# --------------------------------------------------------------------------- where controls count


def test_only_controls_on_the_artifacts_way_protect_the_weights() -> None:
    def build(*, on: str) -> tg.ThreatModel:
        tm = tg.ThreatModel("Forecast")
        weights = tg.Data("Weights", kind="model-artifact", sensitivity="confidential")
        rows = tg.Data("Features", kind="features", sensitivity="internal")
        with tm.boundary("Corp", trust="internal"):
            lake = tm.add(
                tg.DataStore("Feature lake", controls={c.RBAC()} if on == "lake" else set())
            )
            job = tm.add(tg.Pipeline("Train", stage="training"))
            registry = tm.add(
                tg.ModelRegistry("Registry", controls={c.RBAC()} if on == "registry" else set())
            )
            model = tm.add(tg.Model("Forecaster"))
            planner = tm.add(tg.Service("Planner"))
        tm.flow(lake, job, rows)
        tm.flow(job, registry, weights)
        tm.flow(registry, model, weights)
        tm.flow(lake, model, rows, label="scoring features")
        tm.flow(model, planner, tg.Data("Forecast", kind="model-output"))
        return tm

    (elsewhere,) = build(on="lake").analyze().for_rule("ai/unsigned-model-to-serving")
    assert elsewhere.controls_present == ()  # the lake's access control guards no weights
    (on_way,) = build(on="registry").analyze().for_rule("ai/unsigned-model-to-serving")
    assert on_way.controls_present == ("rbac",)


def test_requirement_evidence_says_where_a_control_is_declared() -> None:
    tm = tg.ThreatModel("Advisor", profile="high")
    with tm.boundary("Corp", trust="internal"):
        analyst = tm.add(tg.Actor("Analyst"))
        app = tm.add(tg.Service("Workbench", controls={c.HumanInTheLoop()}))
        llm = tm.add(tg.LLM("Advisor LLM", high_stakes=True))
    tm.flow(app, llm, tg.Data("Case", kind="prompt"))
    tm.flow(llm, app, tg.Data("Advice", kind="model-output"))
    tm.flow(app, analyst, tg.Data("Advice", kind="model-output"))
    (req,) = [r for r in tm.analyze().requirements if r.id == "profile/high/human-oversight"]
    assert req.status == "met"
    assert req.evidence == ("advisor-llm: human_in_the_loop (on workbench)",)


# --------------------------------------------------------------------------- merging hides nothing


def test_a_rate_limit_on_one_entry_does_not_hide_the_other_entry() -> None:
    # neither limited: one finding for both entries (see above); the website
    # rate-limited: the API's gap is its own finding
    tm2 = tg.ThreatModel("Floods")
    with tm2.boundary("Internet", trust="untrusted"):
        user = tm2.add(tg.Actor("Visitor"))
    with tm2.boundary("Corp", trust="internal"):
        site = tm2.add(tg.Service("Website", controls={c.RateLimiting()}))
        api = tm2.add(tg.Endpoint("Translation API"))
        llm = tm2.add(tg.LLM("Translator"))
    text = tg.Data("Text", kind="prompt")
    tm2.flow(user, site, text, protocol="https")
    tm2.flow(site, llm, text)
    tm2.flow(user, api, text, protocol="https")
    tm2.flow(api, llm, text)
    found = {f.target.key: f for f in tm2.analyze().for_rule("stride/denial-of-service")}
    assert set(found) == {"element:website", "element:translation-api"}
    assert found["element:translation-api"].is_open
    assert not found["element:website"].is_open
    assert len(_two_doors(proxy=False).analyze().for_rule("stride/denial-of-service")) == 1


def test_a_per_caller_check_on_one_store_does_not_hide_the_other_store() -> None:
    mail = tg.DataStore(
        "Mailbox",
        stores={tg.Data("Emails", sensitivity="pii", kind="documents")},
        controls={c.PermissionAwareRetrieval()},
    )
    drive = tg.DataStore(
        "Drive", stores={tg.Data("Files", sensitivity="confidential", kind="documents")}
    )
    found = {
        f.target.key: f
        for f in _assistant_reading(mail, drive)
        .analyze()
        .for_rule("stride/missing-subject-authorization")
    }
    assert set(found) == {"element:mailbox", "element:drive"}
    assert found["element:drive"].is_open
    assert "permission_aware_retrieval" in found["element:mailbox"].controls_present


# --------------------------------------------------------------------------- silence is said


def _log_triage(*, outsider: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Triage")
    logs = tg.Data("Security logs", kind="logs", sensitivity="confidential")
    with tm.boundary("Corp", trust="internal"):
        hosts = tm.add(tg.Device("Managed hosts"))
        siem = tm.add(tg.DataStore("SIEM", stores={logs}))
        search = tm.add(tg.Tool("Log search", capabilities={"read"}))
        agent = tm.add(tg.Agent("Triage agent", autonomy="supervised"))
    if outsider:
        with tm.boundary("Internet", trust="untrusted"):
            attacker = tm.add(tg.Actor("Anyone on the internet"))
        tm.flow(attacker, hosts, tg.Data("Requests", kind="records"), protocol="https")
    tm.flow(hosts, siem, logs)
    tm.flow(siem, search, logs)
    tm.flow(search, agent, tg.Data("Search results", kind="tool-result"))
    return tm


def test_a_model_reading_content_nobody_untrusted_reaches_gets_a_note() -> None:
    # the analysis cannot see injection through logs that no declared outsider writes;
    # it says so instead of staying silent
    (note,) = [n for n in _log_triage(outsider=False).analyze().notes if "injection" in n]
    assert "Triage agent (from SIEM)" in note  # through the search tool, from the store
    assert "declare where it comes from" in note
    # once the outsider who shapes the logs is declared, injection is analysed: no note
    declared = _log_triage(outsider=True).analyze()
    assert not [n for n in declared.notes if "injection" in n]
    assert declared.for_rule("ai/indirect-prompt-injection") != []


def test_one_reader_in_front_of_many_stores_is_grouped_in_one_pass() -> None:
    # the grouping is computed once per set of readers: three hundred stores behind one
    # agent give one finding naming the rest, and every store is listed
    stores = [
        tg.DataStore(
            f"Store {i:04}", stores={tg.Data(f"D{i}", sensitivity="pii", kind="documents")}
        )
        for i in range(300)
    ]
    (f,) = _assistant_reading(*stores).analyze().for_rule("stride/missing-subject-authorization")
    assert f.target.key == "element:store-0000"
    assert sum(1 for t in f.affected if t.key.startswith("element:store-")) == 299


def test_the_note_is_per_source_not_per_model() -> None:
    # customers prompt the assistant (direct injection is analysed), but the internal
    # ticket store it also reads has no declared author: that source is still named
    tm = tg.ThreatModel("Support")
    tickets = tg.Data("Tickets", kind="records", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Corp", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API"))
        db = tm.add(tg.DataStore("Ticket DB", stores={tickets}))
        llm = tm.add(tg.LLM("Assistant"))
    tm.flow(customer, api, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(api, llm, tg.Data("Question", kind="prompt"))
    tm.flow(db, llm, tickets)
    tm.flow(llm, api, tg.Data("Answer", kind="model-output"))
    report = tm.analyze()
    assert report.for_rule("ai/prompt-injection-direct") != []
    (note,) = [n for n in report.notes if "injection" in n]
    assert "Assistant (from Ticket DB)" in note


@pytest.mark.parametrize("through", ["directly", "a fetch tool", "outside code"])
def test_content_from_an_untrusted_source_itself_gets_no_note(through: str) -> None:
    # the web pages an LLM reads come from an untrusted data source: injection through
    # them is analysed (and raised), so the note must not say it is not; the same for
    # a component running code from outside, whose output the searches start from.
    # An internal wiki read beside them is still named.
    tm = tg.ThreatModel("Reader")
    pages = tg.Data("Pages", kind="documents")
    notes = tg.Data("Notes", kind="documents", sensitivity="internal")
    with tm.boundary("Internet", trust="untrusted"):
        web = tm.add(tg.DataSource("Web", origin="public-web", provides={pages}))
    with tm.boundary("Corp", trust="internal"):
        llm = tm.add(tg.LLM("Reader LLM", origin="open-weights"))
        wiki = tm.add(tg.DataStore("Wiki", stores={notes}))
        if through == "a fetch tool":
            fetch = tm.add(tg.Tool("Fetch", capabilities={"read", "network"}))
            tm.flow(web, fetch, pages, protocol="https")
            tm.flow(fetch, llm, pages)
        elif through == "outside code":
            plugin = tm.add(tg.Service("Summariser plugin"))
            tm.flow(web, plugin, tg.Data("Plugin code", kind="code"), protocol="https")
            tm.flow(plugin, llm, notes)
        else:
            tm.flow(web, llm, pages, protocol="https")
    tm.flow(wiki, llm, notes)
    report = tm.analyze()
    # raised: as content others wrote, or as a prompt from the plugin outsiders control
    outside_code = through == "outside code"
    rule = "ai/prompt-injection-direct" if outside_code else "ai/indirect-prompt-injection"
    assert report.for_rule(rule) != []
    (note,) = [n for n in report.notes if "injection" in n]
    assert "Reader LLM (from Wiki)" in note  # only the wiki: no author declared for it


def test_a_rate_limit_on_one_callers_flow_does_not_cover_the_others() -> None:
    tm = tg.ThreatModel("Limits", actors=())
    q = tg.Data("Q", kind="prompt")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
        bot = tm.add(tg.Actor("Partner bot", human=False))
    with tm.boundary("Corp", trust="internal"):
        web = tm.add(tg.Service("Web"))
        llm = tm.add(tg.LLM("LLM"))
    tm.flow(customer, web, q, protocol="https", controls={c.RateLimiting()})
    tm.flow(bot, web, q, protocol="https")
    tm.flow(web, llm, q)
    (f,) = tm.analyze().for_rule("stride/denial-of-service")
    assert f.is_open
    assert "only some of their flows" in f.explanation


def test_a_per_caller_check_on_one_read_does_not_cover_another_reader() -> None:
    tm = tg.ThreatModel("Reads", actors=())
    mail = tg.Data("Mail", sensitivity="pii", kind="documents")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Corp", trust="internal"):
        api = tm.add(tg.Endpoint("API"))
        agent = tm.add(tg.Agent("Assistant"))
        search = tm.add(tg.Service("Search"))
        box = tm.add(tg.DataStore("Mailbox", stores={mail}))
    q = tg.Data("Q", kind="prompt")
    tm.flow(customer, api, q)
    tm.flow(api, agent, q)
    tm.flow(agent, api, tg.Data("Answer", kind="model-output"))
    tm.flow(api, customer, tg.Data("Answer", kind="model-output"))
    tm.flow(api, search, q)
    tm.flow(search, api, mail)
    tm.flow(box, agent, mail, controls={c.PermissionAwareRetrieval()})
    tm.flow(box, search, mail)  # this read is not checked
    (f,) = tm.analyze().for_rule("stride/missing-subject-authorization")
    assert f.is_open
    assert "only some of these reads" in f.explanation


# --------------------------------------------------------------------------- record lineage


def _api_with_account_lookup(*, context: bool) -> tg.ThreatModel:
    """An API checks each caller's key against an account store and forwards the
    prompt to an LLM; with ``context`` it also puts the account into the prompt."""
    tm = tg.ThreatModel("Lookup")
    accounts = tg.Data("Account records", sensitivity="pii", kind="records")
    prompts = tg.Data("Prompts", sensitivity="confidential", kind="prompt")
    answers = tg.Data("Answers", sensitivity="confidential", kind="model-output")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("API customer"))
    with tm.boundary("Provider", trust="internal"):
        api = tm.add(tg.Endpoint("API", controls={c.Authentication()}))
        store = tm.add(tg.DataStore("Accounts", stores={accounts}))
        llm = tm.add(tg.LLM("Model", origin="in-house"))
    tm.flow(customer, api, prompts, protocol="https")
    tm.flow(store, api, accounts, label="key check")
    if context:
        tm.flow(api, llm, prompts, tg.Data("Account context", sensitivity="pii", kind="prompt"))
    else:
        tm.flow(api, llm, prompts)
    tm.flow(llm, api, answers)
    tm.flow(api, customer, answers, protocol="https")
    return tm


def test_records_a_component_only_checks_are_not_fetched_for_its_callers() -> None:
    # the API reads the account to check the key, then forwards the caller's own prompt
    # and sends the model's answer back: no record of the store goes anywhere
    rule = "stride/missing-subject-authorization"
    assert _api_with_account_lookup(context=False).analyze().for_rule(rule) == []
    # context the API makes from what it read does reach the model, and so the caller
    (f,) = _api_with_account_lookup(context=True).analyze().for_rule(rule)
    assert f.target.ids == ("accounts",)
    assert f.status is Status.OPEN


# --------------------------------------------------------------------------- client apps


def _chat_app(*, agent_reads_token: bool = False, client: str = "Mobile app") -> tg.ThreatModel:
    tm = tg.ThreatModel("Companion")
    token = tg.Data("Session token", sensitivity="secret", kind="credentials")
    chat = tg.Data("Messages", sensitivity="pii", kind="prompt")
    with tm.boundary("User devices", trust="untrusted"):
        user = tm.add(tg.Actor("App user"))
        app = tm.add(tg.Device(client))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API", controls={c.Authentication()}))
        llm = tm.add(tg.LLM("Chat model", origin="in-house"))
        history = tm.add(tg.DataStore("History", stores={chat}))
    tm.flow(user, app, chat)
    tm.flow(app, user, chat)
    tm.flow(app, api, chat, token, protocol="https")
    tm.flow(api, app, chat, protocol="https")
    tm.flow(api, llm, chat)
    tm.flow(llm, api, chat)
    tm.flow(api, history, chat)
    tm.flow(history, api, chat)
    if agent_reads_token:
        with tm.boundary("User devices"):
            helper = tm.add(tg.Agent("On-device helper", autonomy="autonomous"))
        tm.flow(app, helper, token)
        tm.flow(user, helper, tg.Data("Ask", kind="prompt"))
    return tm


def test_a_client_app_sending_its_own_token_is_not_read_by_the_service() -> None:
    # the API receiving the token is the app signing in; the user seeing replies is the
    # screen. What is left is the device: on a desktop, other programs running as the
    # user (a foothold first)
    (f,) = _chat_app(client="Desktop app").analyze().for_rule("ai/exposed-credentials")
    assert "Chat API" not in f.explanation
    assert "App user" not in f.explanation
    assert "other programs" in f.explanation
    # an agent on the device that reads the token is a reader outsiders can steer
    (g,) = _chat_app(agent_reads_token=True).analyze().for_rule("ai/exposed-credentials")
    assert "On-device helper" in g.explanation
    assert g.likelihood > f.likelihood


def test_a_phone_app_only_outsiders_use_keeps_its_token_in_a_sandbox() -> None:
    """Reviewers struck fourteen of sixteen findings that named only other programs on a
    customer's or a field worker's phone, or in a browser extension: each app runs in a
    sandbox other apps cannot open, and the advice fits any client app. A staff member
    inside the organisation using the app keeps it (a clinician's phone holding the
    hospital's sign-in)."""
    assert list(_chat_app().analyze().for_rule("ai/exposed-credentials")) == []
    staff = _chat_app()
    with staff.boundary("Cloud"):
        nurse = staff.add(tg.Actor("Nurse"))
    staff.flow(nurse, "mobile-app", tg.Data("Note", kind="records"))
    (f,) = staff.analyze().for_rule("ai/exposed-credentials")
    assert "other programs" in f.explanation


def test_a_chat_model_only_its_own_users_prompt_does_not_exfiltrate_to_them() -> None:
    def with_links(*, web_content: bool) -> tg.ThreatModel:
        tm = _chat_app()
        with tm.boundary("Internet", trust="untrusted"):
            site = tm.add(tg.ExternalService("Web"))
        tm.flow("mobile-app", site, tg.Data("Link fetch", kind="records"), protocol="https")
        if web_content:
            tm.flow(site, "chat-model", tg.Data("Page", kind="documents"), protocol="https")
        return tm

    # the app renders links the model writes, but only the user steers the model and it
    # holds no keys: what it sees, the user is shown anyway
    assert with_links(web_content=False).analyze().for_rule("ai/agent-exfiltration") == []
    # pages others wrote in its context steer it too: the rendered links carry data out
    (f,) = with_links(web_content=True).analyze().for_rule("ai/agent-exfiltration")
    assert "Mobile app rendering links to Web" in f.explanation


# --------------------------------------------------------------------------- cleartext


def test_cleartext_flows_between_the_same_two_zones_are_one_finding() -> None:
    tm = tg.ThreatModel("GPU")
    question = tg.Data("Question", sensitivity="pii", kind="prompt")
    policy = tg.Data("Policy text", sensitivity="internal", kind="documents")
    with tm.boundary("App", trust="internal"):
        orchestrator = tm.add(tg.Service("Orchestrator"))
        indexer = tm.add(tg.Pipeline("Indexer", stage="ingestion"))
    with tm.boundary("GPU servers", trust="internal"):
        embed = tm.add(tg.Model("Embedder"))
        llm = tm.add(tg.LLM("Chat model", origin="open-weights"))
    with tm.boundary("Partner", trust="partner"):
        feed = tm.add(tg.DataSource("Partner feed"))
    tm.flow(orchestrator, embed, question, protocol="http")
    tm.flow(embed, orchestrator, tg.Data("Vector", kind="embeddings"), protocol="http")
    tm.flow(orchestrator, llm, question, protocol="http")
    tm.flow(indexer, embed, tg.Data("Chunk", sensitivity="confidential"), protocol="http")
    tm.flow(feed, indexer, policy, tg.Data("Staff list", sensitivity="pii"), protocol="kafka")
    found = tm.analyze().for_rule("stride/unencrypted-boundary-crossing")
    by_target = {f.target.ids[0]: f for f in found}
    # one change (TLS on the model servers) fixes the three calls into the GPU zone: one
    # finding, on the most sensitive, listing the rest
    app_gpu = by_target["orchestrator->chat-model"]
    assert {t.ids[0] for t in app_gpu.affected} == {
        "orchestrator->embedder",
        "embedder->orchestrator",
        "indexer->embedder",
    }
    assert "one of 4 http flows between App and GPU servers" in app_gpu.explanation
    # the partner's feed is another link, with its own finding
    assert set(by_target) == {"orchestrator->chat-model", "partner-feed->indexer"}


# --------------------------------------------------------------------------- code runners


def _notebook_agent(*, sandboxed_runtime: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Analyst")
    code = tg.Data("Generated code", kind="code")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("Analyst"))
    with tm.boundary("Corp", trust="internal"):
        agent = tm.add(tg.Agent("Analyst agent"))
        tool = tm.add(tg.Tool("Notebook tool", capabilities={"execute-code"}))
    with tm.boundary("Sandbox", trust="internal"):
        runtime = tm.add(
            tg.Service(
                "Notebook service",
                controls={c.Sandboxing()} if sandboxed_runtime else frozenset(),
            )
        )
    tm.flow(user, agent, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(agent, tool, code)
    tm.flow(tool, runtime, code, protocol="https")
    tm.flow(runtime, tool, tg.Data("Results", kind="records"), protocol="https")
    return tm


def test_a_sandbox_on_the_runtime_a_tool_hands_code_to_counts() -> None:
    rule = "ai/agent-code-execution"
    (open_,) = _notebook_agent(sandboxed_runtime=False).analyze().for_rule(rule)
    assert open_.status is Status.OPEN
    assert "it hands them to Notebook service" in open_.explanation
    (held,) = _notebook_agent(sandboxed_runtime=True).analyze().for_rule(rule)
    assert held.status is Status.MITIGATED
    assert "sandboxing" in held.controls_present


# --------------------------------------------------------------------------- colleagues' content


def _policy_assistant(*, author: bool, outsider: bool = False) -> tg.ThreatModel:
    tm = tg.ThreatModel("Policies")
    docs = tg.Data("Policies", sensitivity="internal", kind="documents")
    with tm.boundary("Corp", trust="internal"):
        employee = tm.add(tg.Actor("Employee"))
        staff = tm.add(tg.Actor("HR staff")) if author else None
        library = tm.add(tg.DataStore("Policy library", stores={docs}))
        index = tm.add(tg.Pipeline("Indexer", stage="ingestion"))
        store = tm.add(tg.VectorStore("Policy index", stores={docs}))
        bot = tm.add(tg.Service("Orchestrator"))
        llm = tm.add(tg.LLM("Assistant model", origin="open-weights"))
    if staff is not None:
        tm.flow(staff, library, docs, protocol="https")
    if outsider:
        with tm.boundary("Internet", trust="untrusted"):
            vendor = tm.add(tg.Actor("Vendor"))
        tm.flow(vendor, library, docs, protocol="https")
    tm.flow(library, index, docs)
    tm.flow(index, store, docs)
    tm.flow(employee, bot, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(store, bot, docs)
    tm.flow(bot, llm, tg.Data("Prompt", kind="prompt"))
    tm.flow(llm, bot, tg.Data("Answer", kind="model-output"))
    tm.flow(bot, employee, tg.Data("Answer", kind="model-output"), protocol="https")
    return tm


def test_content_colleagues_write_is_an_injection_path_one_step_less_likely() -> None:
    rule = "ai/indirect-prompt-injection"
    # nobody is declared to write the policies: silent, and a note says so
    quiet = _policy_assistant(author=False).analyze()
    assert quiet.for_rule(rule) == []
    assert any("Assistant model (from Policy index)" in n for n in quiet.notes)
    # HR staff write them: their text (or text planted through their account) is read as
    # instructions; one finding, less likely than an outsider's, and no note
    report = _policy_assistant(author=True).analyze()
    (f,) = report.for_rule(rule)
    assert f.explanation.startswith("What HR staff (Corp, internal), inside the organisation,")
    assert "AML.T0093" not in f.atlas
    assert not any("Policy index" in n for n in report.notes)
    outside = _policy_assistant(author=True, outsider=True).analyze()
    (g,) = outside.for_rule(rule)
    assert g.explanation.startswith("Content from Vendor")
    assert f.likelihood < g.likelihood


# --------------------------------------------------------------------------- fresh set 3


def test_a_system_that_authenticates_its_callers_signs_in_a_privileged_person() -> None:
    def admin(*, console_auth: bool) -> tg.ThreatModel:
        tm = tg.ThreatModel("Admin")
        with tm.boundary("Corp", trust="internal"):
            person = tm.add(tg.Actor("Admin", privileged=True))
        with tm.boundary("Platform", trust="internal"):
            console = tm.add(
                tg.Service(
                    "Console", controls={c.Authentication()} if console_auth else frozenset()
                )
            )
            store = tm.add(tg.DataStore("Settings"))
        tm.flow(person, console, tg.Data("Settings change", kind="records"), protocol="https")
        tm.flow(console, store, tg.Data("Settings change", kind="records"))
        return tm

    rule = "stride/privileged-actor-access"
    assert admin(console_auth=True).analyze().for_rule(rule) == []
    (f,) = admin(console_auth=False).analyze().for_rule(rule)
    assert f.target.ids == ("admin",)


def _voice_line(*, weights: str = "in-house", trained: bool = True) -> tg.ThreatModel:
    tm = tg.ThreatModel("Voice line")
    audio = tg.Data("Call audio", sensitivity="pii", kind="media")
    text = tg.Data("Transcript", sensitivity="pii", kind="prompt")
    with tm.boundary("Phone network", trust="untrusted"):
        caller = tm.add(tg.Actor("Caller"))
    with tm.boundary("Telecom", trust="internal"):
        gateway = tm.add(tg.Endpoint("Telephony gateway", returns_scores=False))
        stt = tm.add(tg.Model("Speech-to-text", task="generative", origin=weights))
        bot = tm.add(tg.Agent("Voice bot"))
        tool = tm.add(tg.Tool("Plan change tool", capabilities={"write"}))
        recordings = tm.add(tg.DataStore("Recordings", stores={audio}))
        if trained:
            job = tm.add(tg.Pipeline("Retraining", stage="training"))
    tm.flow(caller, gateway, audio, protocol="sip")
    tm.flow(gateway, stt, audio)
    tm.flow(stt, bot, text)
    tm.flow(bot, tool, tg.Data("Call", kind="tool-call"))
    tm.flow(bot, gateway, tg.Data("Speech", kind="model-output"))
    tm.flow(gateway, caller, tg.Data("Speech", kind="model-output"), protocol="sip")
    tm.flow(gateway, recordings, audio)
    if trained:
        tm.flow(recordings, job, tg.Data("Recorded calls", sensitivity="pii", kind="training-data"))
        tm.flow(job, stt, tg.Data("Weights", kind="model-artifact"))
    return tm


def test_a_transcriber_whose_text_a_bot_reads_is_left_to_the_injection_findings() -> None:
    report = _voice_line().analyze()
    # the caller hears the bot, never the transcript: no copying, no training records
    # repeated back, and steering what it writes is injection into the bot
    for rule in ("ai/model-extraction", "ai/training-data-inference", "ai/adversarial-evasion"):
        assert [f for f in report.for_rule(rule) if f.target.ids == ("speech-to-text",)] == []
    assert report.for_rule("ai/indirect-prompt-injection") + report.for_rule(
        "ai/prompt-injection-direct"
    )


def test_answers_that_come_back_through_relays_still_teach_the_caller() -> None:
    tm = tg.ThreatModel("Scoring")
    with tm.boundary("Internet", trust="untrusted"):
        merchant = tm.add(tg.Actor("Merchant"))
    with tm.boundary("Corp", trust="internal"):
        api = tm.add(tg.Endpoint("Scoring API", returns_scores=True))
        model = tm.add(tg.Model("Fraud model", task="classifier"))
    tm.flow(merchant, api, tg.Data("Transaction", kind="features"), protocol="https")
    tm.flow(api, model, tg.Data("Transaction", kind="features"))
    tm.flow(model, api, tg.Data("Score", kind="model-output"))
    tm.flow(api, merchant, tg.Data("Score", kind="model-output"), protocol="https")
    (f,) = tm.analyze().for_rule("ai/model-extraction")
    assert f.target.ids == ("fraud-model",)


def test_published_weights_nobody_here_trains_are_not_ours_to_copy() -> None:
    def served(*, weights: str, trained: bool) -> list[tg.Finding]:
        tm = tg.ThreatModel("Captions")
        with tm.boundary("Internet", trust="untrusted"):
            user = tm.add(tg.Actor("User"))
        with tm.boundary("Corp", trust="internal"):
            api = tm.add(tg.Endpoint("Caption API"))
            model = tm.add(tg.Model("Captioner", task="generative", origin=weights))
            if trained:
                job = tm.add(tg.Pipeline("Fine-tune", stage="fine-tuning"))
                tm.flow(job, model, tg.Data("Weights", kind="model-artifact"))
        tm.flow(user, api, tg.Data("Image", kind="media"), protocol="https")
        tm.flow(api, model, tg.Data("Image", kind="media"))
        tm.flow(model, api, tg.Data("Caption", kind="model-output"))
        tm.flow(api, user, tg.Data("Caption", kind="model-output"), protocol="https")
        return tm.analyze().for_rule("ai/model-extraction")

    assert served(weights="open-weights", trained=False) == []
    assert served(weights="open-weights", trained=True) != []
    assert served(weights="in-house", trained=False) != []


def test_a_key_store_counts_only_when_its_flow_may_carry_a_key() -> None:
    def booking(*, hands_key: bool) -> tg.ThreatModel:
        tm = tg.ThreatModel("Booking")
        card = tg.Data("Booking site password", sensitivity="secret", kind="credentials")
        profile = tg.Data("Profile", sensitivity="pii", kind="records")
        with tm.boundary("Internet", trust="untrusted"):
            user = tm.add(tg.Actor("Traveller"))
            llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
        with tm.boundary("Cloud", trust="internal"):
            agent = tm.add(tg.Agent("Trip agent"))
            db = tm.add(tg.DataStore("Profiles", stores={card, profile}))
        tm.flow(user, agent, tg.Data("Ask", kind="prompt"), protocol="https")
        tm.flow(db, agent, *((profile, card) if hands_key else (profile,)))
        tm.flow(agent, llm, tg.Data("Prompt", kind="prompt"), protocol="https")
        tm.flow(llm, agent, tg.Data("Answer", kind="model-output"), protocol="https")
        return tm

    quiet = booking(hands_key=False).analyze()
    assert quiet.for_rule("ai/model-api-key-abuse") == []
    assert quiet.for_rule("ai/exposed-credentials") == []
    loud = booking(hands_key=True).analyze()
    # one finding, on the store the keys sit in, naming the model they may open
    # (tests/test_fresh_review_fixes_43.py)
    assert loud.for_rule("ai/model-api-key-abuse") == []
    (f,) = loud.for_rule("ai/exposed-credentials")
    assert "if the keys include one for Hosted LLM" in f.explanation


def test_fixed_code_deep_inside_is_not_steered_into_giving_up_its_keys() -> None:
    def integration(*, called_from_outside: bool) -> tg.ThreatModel:
        tm = tg.ThreatModel("Tracker")
        tokens = tg.Data("OAuth tokens", sensitivity="secret", kind="credentials")
        with tm.boundary("Internet", trust="untrusted"):
            speaker = tm.add(tg.Actor("Participant"))
        with tm.boundary("Cloud", trust="internal"):
            front = tm.add(tg.Service("Recorder"))
            poster = tm.add(tg.Service("Tracker poster"))
            vault = tm.add(tg.DataStore("Token store", stores={tokens}))
        tm.flow(speaker, front, tg.Data("Audio", kind="media"), protocol="https")
        tm.flow(front, poster, tg.Data("Action items", kind="records"))
        tm.flow(vault, poster, tokens)
        if called_from_outside:
            tm.flow(speaker, poster, tg.Data("Webhook", kind="records"), protocol="https")
        return tm

    rule = "ai/exposed-credentials"
    assert integration(called_from_outside=False).analyze().for_rule(rule) == []
    assert integration(called_from_outside=True).analyze().for_rule(rule) != []


def test_a_service_writing_decisions_next_to_what_it_reads_keeps_no_memory() -> None:
    def moderation(*, writes_back: bool) -> tg.ThreatModel:
        tm = tg.ThreatModel("Moderation")
        listing = tg.Data("Listing", kind="documents")
        with tm.boundary("Internet", trust="untrusted"):
            seller = tm.add(tg.Actor("Seller"))
        with tm.boundary("Cloud", trust="internal"):
            store = tm.add(tg.DataStore("Listings", stores={listing}))
            service = tm.add(tg.Service("Moderation service"))
            llm = tm.add(tg.LLM("Policy LLM", origin="in-house"))
        tm.flow(seller, store, listing, protocol="https")
        notes = tg.Data("Moderation notes", kind="model-output")
        tm.flow(store, service, listing, *((notes,) if writes_back else ()))
        tm.flow(service, llm, tg.Data("Prompt", kind="prompt"))
        tm.flow(llm, service, tg.Data("Explanation", kind="model-output"))
        tm.flow(service, store, notes if writes_back else tg.Data("Decision", kind="records"))
        return tm

    rule = "ai/agent-memory-poisoning"
    assert moderation(writes_back=False).analyze().for_rule(rule) == []
    # the model's own notes, kept next to the listings and read back with them, are
    # its memory
    assert moderation(writes_back=True).analyze().for_rule(rule) != []


def test_near_copies_from_one_place_are_one_finding() -> None:
    tm = tg.ThreatModel("Copies")
    with tm.boundary("Internet", trust="untrusted"):
        hub = tm.add(tg.ExternalService("Model hub", provides="model-hub"))
        index = tm.add(tg.ExternalService("Package index", provides="package-registry"))
    with tm.boundary("Platform", trust="internal"):
        embed = tm.add(tg.Model("Embedder", task="embedding", origin="open-weights"))
        llm = tm.add(tg.LLM("Chat model", origin="open-weights"))
        features = tm.add(tg.Pipeline("Features", stage="ingestion"))
        train = tm.add(tg.Pipeline("Train", stage="training"))
        chat = tm.add(tg.Agent("Chat agent"))
        history = tm.add(tg.DataStore("History"))
        memory = tm.add(tg.VectorStore("Memory", memory=True))
    with tm.boundary("Users", trust="untrusted"):
        user = tm.add(tg.Actor("User"))
        # pages others wrote reach the agent too: what it keeps is not only the user's
        # own words (a history only its speaker writes is the injection finding's)
        web = tm.add(tg.DataSource("Web pages", origin="public-web"))
    tm.flow(web, chat, tg.Data("Page", kind="documents"), protocol="https")
    for model in (embed, llm):
        tm.flow(hub, model, tg.Data("Weights", kind="model-artifact"), protocol="https")
    for job in (features, train):
        tm.flow(index, job, tg.Data("Packages", kind="code"), protocol="https")
    tm.flow(user, chat, tg.Data("Ask", kind="prompt"), protocol="https")
    for store in (history, memory):
        tm.flow(chat, store, tg.Data("Turns", kind="documents"))
        tm.flow(store, chat, tg.Data("Turns", kind="documents"))
    report = tm.analyze()
    (weights,) = report.for_rule("ai/untrusted-model-source")
    assert weights.target.ids == ("chat-model",)
    assert "(and Embedder)" in weights.explanation
    (packages,) = report.for_rule("ai/mlops-supply-chain")
    assert "from the same place" in packages.explanation
    (mem,) = report.for_rule("ai/agent-memory-poisoning")
    assert "(and Memory)" in mem.explanation


# --------------------------------------------------------------------------- fresh set 4


def test_a_public_interface_that_takes_submissions_and_hands_nothing_back() -> None:
    def careers(*, returns_records: bool) -> tg.ThreatModel:
        tm = tg.ThreatModel("Careers")
        application = tg.Data("Application", sensitivity="pii", kind="documents")
        with tm.boundary("Internet", trust="untrusted"):
            candidate = tm.add(tg.Actor("Candidate"))
        with tm.boundary("Corp", trust="internal"):
            site = tm.add(tg.Service("Careers site", internet_facing=True))
            ats = tm.add(tg.DataStore("Applicant database", stores={application}))
        tm.flow(candidate, site, application, protocol="https")
        tm.flow(site, ats, application)
        if returns_records:
            tm.flow(ats, site, application)
            tm.flow(site, candidate, application, protocol="https")
        else:
            tm.flow(
                site, candidate, tg.Data("Thank-you page", sensitivity="public"), protocol="https"
            )
        return tm

    rule = "stride/exposed-interface"
    # anyone may apply: reaching it is what it is for, and it gives nothing back
    assert careers(returns_records=False).analyze().for_rule(rule) == []
    # a site that hands applications back to the candidates who call it is still built
    # for them: whether each gets only their own is the subject-authorization finding's
    returns = careers(returns_records=True).analyze()
    assert returns.for_rule(rule) == []
    assert returns.for_rule("stride/missing-subject-authorization") != []


def test_model_files_between_our_own_zones_are_left_to_the_signing_findings() -> None:
    def deploy(data: tg.Data, *, partner: bool = False) -> list[tg.Finding]:
        tm = tg.ThreatModel("Deploy")
        with tm.boundary("ML platform", trust="internal"):
            registry = tm.add(tg.ModelRegistry("Registry"))
        with tm.boundary("Production", trust="partner" if partner else "internal"):
            service = tm.add(tg.Service("Scoring service"))
        tm.flow(registry, service, data)
        return tm.analyze().for_rule("hygiene/undeclared-protocol")

    weights = tg.Data("Weights", kind="model-artifact", sensitivity="confidential")
    assert deploy(weights) == []
    # across to a partner, how the file travels is still worth declaring
    assert deploy(weights, partner=True) != []
    # confidential records between our own zones are
    assert deploy(tg.Data("Claims", kind="records", sensitivity="confidential")) != []
    assert deploy(tg.Data("Metrics", kind="records", sensitivity="internal")) == []


def test_a_swapped_pickle_is_code_on_the_serving_host() -> None:
    def serving(fmt: str) -> tg.Finding:
        tm = tg.ThreatModel("Pickles")
        weights = tg.Data("Weights", kind="model-artifact", format=fmt)
        with tm.boundary("Internet", trust="untrusted"):
            user = tm.add(tg.Actor("User"))
        with tm.boundary("Corp", trust="internal"):
            job = tm.add(tg.Pipeline("Train", stage="training"))
            registry = tm.add(tg.ModelRegistry("Registry"))
            model = tm.add(tg.Model("Scorer"))
            api = tm.add(tg.Endpoint("API"))
        tm.flow(job, registry, weights)
        tm.flow(registry, model, weights)
        tm.flow(user, api, tg.Data("Request", kind="features"), protocol="https")
        tm.flow(api, model, tg.Data("Request", kind="features"))
        (f,) = tm.analyze().for_rule("ai/unsigned-model-to-serving")
        return f

    pickled, safe = serving("pickle"), serving("safetensors")
    assert "a swapped file also runs code where it is loaded" in pickled.explanation
    assert "AML.T0011.000" in pickled.atlas
    assert pickled.impact > safe.impact


# --------------------------------------------------------------------------- fresh set 5


def _account_agent(*, approval_on: tuple[str, ...], autonomy: str = "supervised") -> tg.ThreatModel:
    tm = tg.ThreatModel("Accounts", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        caller = tm.add(tg.Actor("Caller"))
    with tm.boundary("Telecom", trust="internal"):
        bot = tm.add(tg.Agent("Voice bot", autonomy=autonomy))
        tools = {
            name: tm.add(
                tg.Tool(
                    name,
                    capabilities={"write"},
                    controls={c.HumanInTheLoop()} if name in approval_on else frozenset(),
                )
            )
            for name in ("Port-out tool", "Plan change tool")
        }
        records = tm.add(
            tg.DataStore("Accounts", stores={tg.Data("Account", sensitivity="pii", kind="records")})
        )
    tm.flow(caller, bot, tg.Data("Speech", kind="prompt"), protocol="https")
    for tool in tools.values():
        tm.flow(bot, tool, tg.Data("Call", kind="tool-call"))
    tm.flow(records, bot, tg.Data("Account", sensitivity="pii", kind="records"))
    return tm


def test_supervised_means_the_approvals_the_design_declares() -> None:
    def oversight(tm: tg.ThreatModel) -> tuple[str, tuple[str, ...]]:
        (req,) = [r for r in tm.analyze().requirements if r.id == "profile/high/human-oversight"]
        return req.status, req.missing

    # approval declared on the port-out tool only: "supervised" does not also cover the
    # plan change tool
    status, missing = oversight(_account_agent(approval_on=("Port-out tool",)))
    assert status == "unmet"
    assert missing == ("voice-bot->plan-change-tool",)
    # no tool declares its own approval: supervised is the declaration for all of them
    assert oversight(_account_agent(approval_on=()))[0] == "met"
    both = ("Port-out tool", "Plan change tool")
    assert oversight(_account_agent(approval_on=both))[0] == "met"


def test_an_agent_that_acts_on_the_records_it_fetches_for_anyone() -> None:
    def finding(*, acts: bool) -> tg.Finding:
        tm = tg.ThreatModel("Lookup", profile="high")
        account = tg.Data("Account", sensitivity="pii", kind="records")
        with tm.boundary("Internet", trust="untrusted"):
            caller = tm.add(tg.Actor("Caller"))
        with tm.boundary("Bank", trust="internal"):
            agent = tm.add(tg.Agent("Support agent"))
            records = tm.add(tg.DataStore("Accounts", stores={account}))
            tool = tm.add(tg.Tool("Card tool", capabilities={"write"} if acts else {"read"}))
        tm.flow(caller, agent, tg.Data("Request", kind="prompt"), protocol="https")
        tm.flow(records, agent, account)
        tm.flow(agent, tool, tg.Data("Call", kind="tool-call"))
        tm.flow(agent, caller, account, protocol="https")
        (f,) = tm.analyze().for_rule("stride/missing-subject-authorization")
        return f

    # a card tool it can freeze with: outsiders who can have it act on another
    # customer's account have every reason to try, one step more likely
    acting, reading = finding(acts=True), finding(acts=False)
    assert acting.likelihood.rank == reading.likelihood.rank + 1
    assert acting.impact == reading.impact


# --------------------------------------------------------------------------- fresh set 6


def _helpdesk(*, audited: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Help desk")
    log = tg.Data("Conversation and tool-call log", kind="logs", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("Employee"))
    with tm.boundary("Corp", trust="internal"):
        agent = tm.add(tg.Agent("Help-desk agent"))
        reset = tm.add(tg.Tool("Password reset tool", capabilities={"write"}))
        store = tm.add(
            tg.DataStore(
                "Audit log",
                stores={log},
                controls={c.AuditLogging()} if audited else frozenset(),
            )
        )
    tm.flow(user, agent, tg.Data("Ask", kind="prompt"), protocol="https")
    tm.flow(agent, reset, tg.Data("Reset", kind="tool-call"))
    tm.flow(agent, store, log)
    return tm


def test_a_run_log_in_an_audit_store_is_the_agents_action_log() -> None:
    def logging(tm: tg.ThreatModel) -> str:
        (req,) = [
            r for r in tm.analyze().requirements if r.id == "profile/baseline/agent-action-logging"
        ]
        return req.status

    assert logging(_helpdesk(audited=True)) == "met"
    assert logging(_helpdesk(audited=False)) == "unmet"


def test_a_log_sink_is_not_a_tool_nor_a_system_that_acts_on_output() -> None:
    report = _helpdesk(audited=False).analyze()
    for rule in ("ai/tool-misuse", "ai/improper-output-handling"):
        for f in report.for_rule(rule):
            assert "audit-log" not in f.target.ids
            assert all("audit-log" not in t.ids for t in f.affected)
            assert "Audit log" not in f.explanation


def test_colleagues_steering_an_agent_that_pays_out_are_not_less_likely() -> None:
    def claims(*, pays: bool) -> tg.Finding:
        (f,) = claims_model(pays=pays).analyze().for_rule("ai/indirect-prompt-injection")
        return f

    def claims_model(*, pays: bool) -> tg.ThreatModel:
        tm = tg.ThreatModel("Claims")
        claim = tg.Data("Claim", kind="documents", sensitivity="pii")
        with tm.boundary("Corp", trust="internal"):
            staff = tm.add(tg.Actor("Employee"))
            store = tm.add(tg.DataStore("Claims", stores={claim}))
            agent = tm.add(tg.Agent("Audit agent", autonomy="autonomous"))
            tool = tm.add(
                tg.Tool("Decision tool", capabilities={"money-movement"} if pays else {"write"})
            )
        tm.flow(staff, store, claim, protocol="https")
        tm.flow(store, agent, claim)
        tm.flow(agent, tool, tg.Data("Decision", kind="tool-call"))
        return tm

    paying, writing = claims(pays=True), claims(pays=False)
    assert "inside the organisation" in paying.explanation
    assert "inside the organisation" in writing.explanation
    # the rule's own step: a colleague's text is one step less likely, except where
    # steering the agent moves money for them (the scorer then clamps both here)
    from threatgraph.rules.ai.prompts import indirect_prompt_injection
    from threatgraph.rules.views import ElementView

    deltas = []
    for pays in (True, False):
        system = claims_model(pays=pays).freeze()
        m = indirect_prompt_injection(ElementView(system, system.element("audit-agent")))
        assert m is not None
        deltas.append(m.likelihood_delta)
    assert deltas == [0, -1]


def test_models_loaded_from_one_registry_with_the_same_controls_are_one_finding() -> None:
    tm = tg.ThreatModel("Extraction")
    weights = tg.Data("Weights", kind="model-artifact")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("User"))
    with tm.boundary("Cloud", trust="internal"):
        registry = tm.add(tg.ModelRegistry("Registry"))
        api = tm.add(tg.Endpoint("API"))
        layout = tm.add(tg.Model("Layout model"))
        llm = tm.add(tg.LLM("Clause LLM", origin="open-weights"))
    for model in (layout, llm):
        tm.flow(registry, model, weights)
        tm.flow(api, model, tg.Data("Page", kind="documents"))
    tm.flow(user, api, tg.Data("Upload", kind="documents"), protocol="https")
    (f,) = tm.analyze().for_rule("ai/unsigned-model-to-serving")
    assert f.target.ids == ("clause-llm",)
    assert "(and Layout model)" in f.explanation
