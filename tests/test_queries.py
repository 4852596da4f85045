"""The query functions in threatgraph.queries."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph import queries as q
from threatgraph.errors import InvalidTypeError, InvalidValueError, NotFoundError

TICKETS = tg.Data("Support tickets", sensitivity="pii")
PROMPT = tg.Data("Prompt", sensitivity="internal")
KEYS = tg.Data("API keys", sensitivity="secret")
PAGES = tg.Data("Help pages", sensitivity="public")
WEIGHTS = tg.Data("Weights", sensitivity="confidential")


def build() -> tg.System:
    """A RAG + agent service with a training side; every query has something to find."""
    tm = tg.ThreatModel("support")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
        crawl = tm.add(tg.DataSource("Web crawl", origin="public-web", provides={PAGES}))
    with tm.boundary("Production VPC", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API", controls={c.RateLimiting()}))
        agent = tm.add(tg.Agent("Agent"))
        shell = tm.add(tg.Tool("Shell", capabilities={"execute-code"}))
        sandboxed = tm.add(
            tg.Tool("Python", capabilities={"execute-code"}, controls={c.Sandboxing()})
        )
        search = tm.add(tg.Tool("Search"))
        index = tm.add(tg.VectorStore("Ticket index", stores={TICKETS}))
        ingest = tm.add(tg.Pipeline("Ingest"))
        curated = tm.add(tg.Pipeline("Curate", controls={c.ProvenanceTracking()}))
        train_set = tm.add(tg.Dataset("Training set"))
        registry = tm.add(tg.ModelRegistry("Registry"))
        ranker = tm.add(tg.Model("Ranker"))
        orphan = tm.add(tg.Model("Offline model"))  # not served
        with tm.boundary("Enclave", trust="restricted"):
            vault = tm.add(tg.DataStore("Vault", stores={KEYS}))
            signed_registry = tm.add(
                tg.ModelRegistry("Signed registry", controls={c.SignedModels()})
            )
            classifier = tm.add(tg.Model("Classifier"))
    with tm.boundary("Vendor cloud", trust="partner"):
        llm = tm.add(tg.LLM("Vendor LLM", origin="third-party-api"))

    tm.flow(customer, api, PROMPT, controls={c.EncryptionInTransit()})
    tm.flow(api, agent, PROMPT)
    tm.flow(agent, llm, TICKETS, PROMPT)  # PII leaves the VPC unencrypted
    tm.flow(agent, shell, PROMPT)
    tm.flow(agent, sandboxed, PROMPT)
    tm.flow(agent, search, PROMPT)
    tm.flow(index, agent, TICKETS)
    tm.flow(vault, agent, KEYS, controls={c.EncryptionInTransit()})
    tm.flow(crawl, ingest, PAGES)  # internet -> training set, no provenance
    tm.flow(ingest, train_set, PAGES)
    tm.flow(crawl, curated, PAGES)  # a second route, with provenance
    tm.flow(curated, train_set, PAGES)
    tm.flow(registry, ranker, WEIGHTS)  # unsigned
    tm.flow(signed_registry, classifier, WEIGHTS)
    tm.flow(api, ranker, PROMPT)
    tm.flow(classifier, api, PROMPT)
    tm.flow(train_set, orphan, PAGES)
    return tm.freeze()


@pytest.fixture(scope="module")
def system() -> tg.System:
    return build()


def ids(items: list[tg.Element] | list[tg.Flow] | list[tg.Model]) -> list[str]:
    return [i.id for i in items]


# --------------------------------------------------------------------------- flows


def test_flows_carrying_data_sensitivity_and_name(system: tg.System) -> None:
    assert ids(q.flows_carrying(system, tg.Sensitivity.PII)) == [
        "agent->vendor-llm",
        "ticket-index->agent",
    ]
    assert ids(q.flows_carrying(system, TICKETS)) == ids(q.flows_carrying(system, "pii"))
    assert ids(q.flows_carrying(system, "API keys")) == ["vault->agent"]
    assert ids(q.flows_carrying(system, "api-keys")) == ["vault->agent"]


def test_flows_carrying_unknown_name_names_the_choices(system: tg.System) -> None:
    with pytest.raises(
        InvalidValueError, match=r"'tikets' is neither a data asset.*support-tickets"
    ):
        q.flows_carrying(system, "tikets")


def test_flows_at_least_includes_more_sensitive_data(system: tg.System) -> None:
    assert ids(q.flows_at_least(system, "pii")) == [
        "agent->vendor-llm",
        "ticket-index->agent",
        "vault->agent",
    ]


def test_flows_leaving_a_boundary_and_a_trust_level(system: tg.System) -> None:
    assert ids(q.flows_leaving(system, "production-vpc")) == ["agent->vendor-llm"]
    # from the enclave (restricted) to the VPC (internal)
    assert ids(q.flows_leaving(system, "enclave")) == ["classifier->chat-api", "vault->agent"]
    assert ids(q.flows_leaving(system, tg.Trust.INTERNAL)) == ["agent->vendor-llm"]
    assert ids(q.flows_leaving(system, tg.Trust.RESTRICTED)) == [
        "classifier->chat-api",
        "vault->agent",
    ]


def test_flows_entering_mirrors_leaving(system: tg.System) -> None:
    assert ids(q.flows_entering(system, "production-vpc")) == [
        "customer->chat-api",
        "web-crawl->curate",
        "web-crawl->ingest",
    ]
    assert ids(q.flows_entering(system, tg.Trust.INTERNAL)) == [
        "customer->chat-api",
        "web-crawl->curate",
        "web-crawl->ingest",
    ]
    assert ids(q.flows_entering(system, "enclave")) == []


def test_flows_crossing(system: tg.System) -> None:
    crossing = ids(q.flows_crossing(system))
    assert "agent->vendor-llm" in crossing
    assert "api->agent" not in crossing
    assert "chat-api->agent" not in crossing
    assert ids(q.flows_crossing(system, "vendor-cloud")) == ["agent->vendor-llm"]


def test_flows_lacking_and_with_controls(system: tg.System) -> None:
    assert ids(q.flows_lacking(system, c.EncryptionInTransit, leaving="production-vpc")) == [
        "agent->vendor-llm"
    ]
    assert ids(q.flows_lacking(system, "tls", at_least="pii")) == [
        "agent->vendor-llm",
        "ticket-index->agent",
    ]
    assert ids(q.flows_with(system, c.EncryptionInTransit)) == [
        "customer->chat-api",
        "vault->agent",
    ]
    every = {f.id for f in system.all_flows}
    lacking = set(ids(q.flows_lacking(system, c.EncryptionInTransit)))
    having = set(ids(q.flows_with(system, c.EncryptionInTransit)))
    assert lacking | having == every
    assert not lacking & having


def test_select_flows_combines_filters(system: tg.System) -> None:
    assert ids(q.select_flows(system, carrying="pii", crossing=True)) == ["agent->vendor-llm"]
    assert ids(q.select_flows(system, source="agent", target="shell")) == ["agent->shell"]
    assert ids(q.select_flows(system, inbound=True, with_control="tls")) == ["customer->chat-api"]


def test_unknown_control_name_is_a_clear_error(system: tg.System) -> None:
    with pytest.raises(InvalidValueError, match="unknown control 'encryptoin'"):
        q.flows_lacking(system, "encryptoin")
    with pytest.raises(InvalidTypeError, match="'control' must be"):
        q.flows_lacking(system, 42)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="at least one control"):
        q.flows_lacking(system, ())


# --------------------------------------------------------------------------- elements


def test_elements_lacking_by_kind_and_capability(system: tg.System) -> None:
    assert ids(q.elements_lacking(system, tg.Tool, (c.Sandboxing, c.HumanInTheLoop))) == [
        "search",
        "shell",
    ]
    assert ids(
        q.elements_lacking(system, tg.Tool, (c.Sandboxing, "hitl"), capability="execute-code")
    ) == ["shell"]
    assert ids(q.elements_with(system, "tool", c.Sandboxing)) == ["python"]


def test_elements_lacking_subclasses_and_filters(system: tg.System) -> None:
    # DataStore matches Dataset and VectorStore
    assert ids(q.elements_lacking(system, tg.DataStore, c.EncryptionAtRest)) == [
        "ticket-index",
        "training-set",
        "vault",
    ]
    assert ids(
        q.elements_lacking(system, tg.DataStore, c.EncryptionAtRest, boundary="enclave")
    ) == ["vault"]
    assert ids(q.elements_lacking(system, tg.Model, c.ModelCards, trust="restricted")) == [
        "classifier"
    ]
    assert ids(
        q.elements_lacking(system, None, c.AuditLogging, where=lambda e: e.name.startswith("V"))
    ) == ["vault", "vendor-llm"]


def test_tools_that_can(system: tg.System) -> None:
    assert ids(q.tools_that_can(system, "exec")) == ["python", "shell"]
    assert ids(q.tools_that_can(system, tg.Capability.READ)) == ["search"]


def test_untrusted_sources(system: tg.System) -> None:
    assert ids(q.untrusted_sources(system)) == ["customer", "web-crawl"]
    tm = tg.ThreatModel("t")
    tm.add(tg.Service("Nowhere"))  # in no boundary: untrusted
    with tm.boundary("VPC", trust="internal"):
        tm.add(tg.DataSource("Uploads", origin="user-upload"))
        tm.add(tg.DataSource("CRM", origin="internal"))
    assert ids(q.untrusted_sources(tm.freeze())) == ["nowhere", "uploads"]


def test_unknown_kind_is_a_clear_error(system: tg.System) -> None:
    with pytest.raises(InvalidValueError, match="did you mean 'tool'"):
        q.elements_lacking(system, "tol", c.Sandboxing)


# --------------------------------------------------------------------------- paths


def test_paths_avoiding_gives_one_witness_per_start(system: tg.System) -> None:
    paths = q.paths_avoiding(system, "internet", "training-set", c.ProvenanceTracking)
    assert paths == [
        q.Path(
            ("web-crawl", "ingest", "training-set"), ("web-crawl->ingest", "ingest->training-set")
        )
    ]
    assert paths[0].start == "web-crawl"
    assert paths[0].end == "training-set"
    assert paths[0].hops == 2


def test_paths_avoiding_is_empty_when_every_route_has_the_control(system: tg.System) -> None:
    tm = tg.ThreatModel("t")
    with tm.boundary("Internet", trust="untrusted"):
        crawl = tm.add(tg.DataSource("Crawl", origin="public-web"))
    with tm.boundary("VPC", trust="internal"):
        a = tm.add(tg.Pipeline("A", controls={c.ProvenanceTracking()}))
        b = tm.add(tg.Pipeline("B"))
        ds = tm.add(tg.Dataset("DS"))
    tm.flow(crawl, a)
    tm.flow(a, ds)
    tm.flow(crawl, b, controls={c.ProvenanceTracking()})  # the flow has it
    tm.flow(b, ds)
    s = tm.freeze()
    assert q.paths_avoiding(s, "internet", ds, c.ProvenanceTracking) == []
    assert len(q.paths_avoiding(s, "internet", ds, c.AuditLogging)) == 1
    assert q.witness_paths(s, "internet", ds)[0].elements == ("crawl", "a", "ds")


def test_paths_avoiding_picks_a_flow_without_the_control_among_parallel_flows() -> None:
    tm = tg.ThreatModel("t")
    a = tm.add(tg.Service("A"))
    b = tm.add(tg.Service("B"))
    tm.flow(a, b, label="signed", controls={c.MessageIntegrity()})
    tm.flow(a, b, label="plain")
    s = tm.freeze()
    (path,) = q.paths_avoiding(s, a, b, c.MessageIntegrity)
    assert path.flows == ("a->b:plain",)


def test_paths_avoiding_blocked_ends_and_self(system: tg.System) -> None:
    # the end itself has the control: nothing reaches it without passing the control
    assert q.paths_avoiding(system, "internet", "curate", c.ProvenanceTracking) == []
    # a start that is the end is not a path
    assert q.witness_paths(system, "agent", "agent") == []


def test_paths_to_a_kind_and_from_a_trust_level(system: tg.System) -> None:
    paths = q.paths_avoiding(system, tg.Trust.UNTRUSTED, tg.Tool, (c.Sandboxing, c.HumanInTheLoop))
    assert [(p.start, p.end) for p in paths] == [("customer", "search"), ("customer", "shell")]
    assert paths[1].elements == ("customer", "chat-api", "agent", "shell")


def test_witness_paths_are_shortest_and_deterministic(system: tg.System) -> None:
    paths = q.witness_paths(system, ["customer", "web-crawl"], ["vendor-llm", "offline-model"])
    assert [p.elements for p in paths] == [
        ("customer", "chat-api", "agent", "vendor-llm"),
        # two routes of equal length: the one through the lowest flow id wins
        ("web-crawl", "curate", "training-set", "offline-model"),
    ]
    assert paths == q.witness_paths(
        build(), ["web-crawl", "customer"], ["offline-model", "vendor-llm"]
    )


def test_path_specs_resolve_or_fail_clearly(system: tg.System) -> None:
    with pytest.raises(
        NotFoundError, match=r"no element or boundary with id 'internt'.*'internet'"
    ):
        q.witness_paths(system, "internt", "agent")
    with pytest.raises(NotFoundError, match="from_: no element or boundary with id 'agent->shell'"):
        q.witness_paths(system, "agent->shell", "agent")
    with pytest.raises(InvalidTypeError, match="'to' must be"):
        q.witness_paths(system, "agent", 3.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="'from_' must be an Element"):
        q.witness_paths(system, [1], "agent")  # type: ignore[list-item]
    assert q.resolve_elements(system, tg.Boundary("Enclave", trust="restricted")) == [
        "classifier",
        "signed-registry",
        "vault",
    ]


def test_lineage_paths_lacking(system: tg.System) -> None:
    paths = q.lineage_paths_lacking(system, "training-set", c.ProvenanceTracking)
    assert [p.elements for p in paths] == [("web-crawl", "ingest", "training-set")]
    assert q.lineage_paths_lacking(
        system, "offline-model", c.ProvenanceTracking, from_="internet"
    ) == [
        q.Path(
            ("web-crawl", "ingest", "training-set", "offline-model"),
            ("web-crawl->ingest", "ingest->training-set", "training-set->offline-model"),
        )
    ]


# --------------------------------------------------------------------------- models


def test_models_served(system: tg.System) -> None:
    # the ranker and the LLM are reached from the endpoint, the classifier feeds it;
    # the offline model reaches no endpoint
    assert ids(q.models_served(system)) == ["classifier", "ranker", "vendor-llm"]


def test_models_served_directly_by_an_actor() -> None:
    tm = tg.ThreatModel("t")
    user = tm.add(tg.Actor("User"))
    m = tm.add(tg.Model("M"))
    tm.add(tg.Model("Unused"))
    tm.flow(user, m)
    assert ids(q.models_served(tm.freeze())) == ["m"]


def test_registries_feeding(system: tg.System) -> None:
    assert ids(q.registries_feeding(system, "classifier")) == ["signed-registry"]
    # signed-registry -> classifier -> chat-api -> ranker is request traffic, not loading
    assert ids(q.registries_feeding(system, "ranker")) == ["registry"]
    assert ids(q.registries_feeding(system, "vendor-llm")) == []


def test_unsigned_model_paths(system: tg.System) -> None:
    assert q.unsigned_model_paths(system) == [q.Path(("registry", "ranker"), ("registry->ranker",))]


def test_registries_feed_through_pipelines() -> None:
    tm = tg.ThreatModel("t")
    reg = tm.add(tg.ModelRegistry("Reg"))
    deploy = tm.add(tg.Pipeline("Deploy", stage="deployment"))
    m = tm.add(tg.Model("M"))
    ep = tm.add(tg.Endpoint("EP"))
    tm.flow(reg, deploy)
    tm.flow(deploy, m)
    tm.flow(ep, m)
    s = tm.freeze()
    assert ids(q.registries_feeding(s, m)) == ["reg"]
    assert [p.elements for p in q.unsigned_model_paths(s)] == [("reg", "deploy", "m")]


def test_witness_paths_through_restricts_intermediate_elements(system: tg.System) -> None:
    def no_agent(e: tg.Element) -> bool:
        return not isinstance(e, tg.Agent)

    assert q.witness_paths(system, "customer", "shell", through=no_agent) == []
    # the ends themselves are exempt
    assert len(q.witness_paths(system, "agent", "shell", through=no_agent)) == 1


def test_unsigned_model_paths_signature_on_flow_or_model_counts() -> None:
    def make(flow_controls: set[c.Control], model_controls: set[c.Control]) -> tg.System:
        tm = tg.ThreatModel("t")
        reg = tm.add(tg.ModelRegistry("Reg"))
        m = tm.add(tg.Model("M", controls=model_controls))
        ep = tm.add(tg.Endpoint("EP"))
        tm.flow(reg, m, controls=flow_controls)
        tm.flow(ep, m)
        return tm.freeze()

    assert len(q.unsigned_model_paths(make(set(), set()))) == 1
    assert q.unsigned_model_paths(make({c.SignedModels()}, set())) == []
    assert q.unsigned_model_paths(make(set(), {c.SignedModels()})) == []


def test_unsigned_model_paths_can_skip_hosted_models() -> None:
    tm = tg.ThreatModel("t")
    reg = tm.add(tg.ModelRegistry("Reg"))
    llm = tm.add(tg.LLM("Hosted", origin="third-party-api"))
    ep = tm.add(tg.Endpoint("EP"))
    tm.flow(reg, llm)
    tm.flow(ep, llm)
    s = tm.freeze()
    assert len(q.unsigned_model_paths(s)) == 1
    assert q.unsigned_model_paths(s, include_hosted=False) == []


def test_control_names() -> None:
    assert q.control_names(c.Sandboxing) == "Sandboxing"
    assert q.control_names((c.Sandboxing, "hitl")) == "Sandboxing or HumanInTheLoop"
    assert (
        q.control_names(["tls", "rbac", "abac"], joiner="and")
        == "EncryptionInTransit, RBAC and ABAC"
    )


def test_queries_do_not_depend_on_declaration_order() -> None:
    """Reversing the order of declarations changes no answer."""
    a = build()
    placement = {}
    for e in a.all_elements:
        where = a.boundary_of(e)
        placement[e.id] = None if where is None else where.id
    b = tg.System.create(
        name=a.name,
        elements=list(reversed(a.all_elements)),
        flows=list(reversed(a.all_flows)),
        boundaries=list(reversed(a.boundaries)),
        placement=placement,
    )
    for query in (
        lambda s: q.paths_avoiding(s, "internet", tg.Tool, c.Sandboxing),
        lambda s: q.witness_paths(s, tg.Trust.UNTRUSTED, None),
        lambda s: q.unsigned_model_paths(s),
        lambda s: ids(q.models_served(s)),
        lambda s: ids(q.flows_lacking(s, "tls", at_least="pii")),
    ):
        assert query(a) == query(b)
