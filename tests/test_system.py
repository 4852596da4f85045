"""System: the frozen model and its queries, on one hand-checked system.

Boundaries (trust)::

    Internet (untrusted)    customer, web-crawl
    Partner (partner)       vendor-llm-api
    Production VPC (internal)          chat-api, agent, llm, shell
      Training enclave (restricted)    tickets-db, index, training-set, trainer, registry, fraud-model
    Ops (internal)          admin
    (no boundary)           phone
"""

from __future__ import annotations

import random
from collections.abc import Callable

import networkx as nx
import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.errors import InvalidValueError, ModelValidationError, NotFoundError
from threatgraph.system import Direction

PROMPT = tg.Data("Prompt", sensitivity="internal")
TICKETS = tg.Data("Tickets", sensitivity="pii")
PAGES = tg.Data("Pages", sensitivity="public")
WEIGHTS = tg.Data("Weights", sensitivity="confidential")
SCORES = tg.Data("Scores", sensitivity="internal")

INTERNET = ("Internet", tg.Trust.UNTRUSTED)
PARTNER = ("Partner", tg.Trust.PARTNER)
VPC = ("Production VPC", tg.Trust.INTERNAL)
ENCLAVE = ("Training enclave", tg.Trust.RESTRICTED)
OPS = ("Ops", tg.Trust.INTERNAL)

ELEMENTS: list[tuple[tg.Element, tuple[tuple[str, tg.Trust], ...]]] = [
    (tg.Actor("Customer"), (INTERNET,)),
    (tg.DataSource("Web crawl", origin="public-web", provides={PAGES}), (INTERNET,)),
    (tg.ExternalService("Vendor LLM API", provides="model-api"), (PARTNER,)),
    (tg.Endpoint("Chat API", controls={c.RateLimiting()}), (VPC,)),
    (tg.Agent("Agent"), (VPC,)),
    (tg.LLM("LLM", origin="third-party-api"), (VPC,)),
    (tg.Tool("Shell", capabilities={"execute-code"}), (VPC,)),
    (tg.DataStore("Tickets DB", stores={TICKETS}), (VPC, ENCLAVE)),
    (tg.VectorStore("Index", stores={TICKETS}), (VPC, ENCLAVE)),
    (tg.Dataset("Training set", stores={PAGES}), (VPC, ENCLAVE)),
    (tg.Pipeline("Trainer", stage="training"), (VPC, ENCLAVE)),
    (tg.ModelRegistry("Registry", controls={c.SignedModels()}), (VPC, ENCLAVE)),
    (tg.Model("Fraud model", returns_scores=True), (VPC, ENCLAVE)),
    (tg.Actor("Admin", privileged=True), (OPS,)),
    (tg.Device("Phone"), ()),
]

FLOWS: list[tuple[str, str, tuple[tg.Data, ...], dict[str, object]]] = [
    (
        "customer",
        "chat-api",
        (PROMPT,),
        {"protocol": "https", "controls": {c.EncryptionInTransit()}},
    ),
    ("chat-api", "agent", (PROMPT,), {}),
    ("agent", "llm", (PROMPT,), {}),
    ("llm", "vendor-llm-api", (PROMPT, TICKETS), {}),
    ("agent", "shell", (PROMPT,), {}),
    ("index", "llm", (TICKETS,), {}),
    ("tickets-db", "index", (TICKETS,), {}),
    ("web-crawl", "training-set", (PAGES,), {}),
    ("training-set", "trainer", (PAGES,), {}),
    ("trainer", "registry", (WEIGHTS,), {"controls": {c.MessageIntegrity()}}),
    ("registry", "fraud-model", (WEIGHTS,), {}),
    ("fraud-model", "chat-api", (SCORES,), {}),
    ("admin", "registry", (WEIGHTS,), {}),
    ("chat-api", "customer", (PROMPT,), {"label": "answer"}),
    ("phone", "chat-api", (PROMPT,), {}),
    ("admin", "chat-api", (), {}),
]

ALL_FLOW_IDS = sorted(f"{s}->{t}" for s, t, _, _ in FLOWS)


def build(seed: int | None = None, *, name: str = "Support") -> tg.ThreatModel:
    """The system above, declared in an order chosen by ``seed``."""
    rnd = random.Random(seed)
    elements = list(ELEMENTS)
    flows = list(FLOWS)
    if seed is not None:
        rnd.shuffle(elements)
        rnd.shuffle(flows)
    tm = tg.ThreatModel(name, profile="high")
    for element, path in elements:
        _add(tm, element, path)
    for source, target, data, kwargs in flows:
        tm.flow(source, target, *data, **kwargs)  # type: ignore[arg-type]
    return tm


def _add(tm: tg.ThreatModel, element: tg.Element, path: tuple[tuple[str, tg.Trust], ...]) -> None:
    if not path:
        tm.add(element)
        return
    (name, trust), rest = path[0], path[1:]
    with tm.boundary(name, trust=trust):
        _add(tm, element, rest)


@pytest.fixture(scope="module")
def s() -> tg.System:
    return build().freeze()


def ids(items: list[tg.Flow] | list[tg.Element] | list[tg.Boundary]) -> list[str]:
    return [x.id for x in items]


# ----------------------------------------------------------------------------- basics


def test_repr_len_and_contents(s: tg.System) -> None:
    assert repr(s) == "<System 'Support': 15 elements, 16 flows, 5 boundaries>"
    assert len(s) == 15
    assert ids(list(s.all_flows)) == ALL_FLOW_IDS
    assert ids(list(s.all_elements)) == sorted(e.id for e, _ in ELEMENTS)
    assert ids(list(s.boundaries)) == [
        "internet",
        "ops",
        "partner",
        "production-vpc",
        "training-enclave",
    ]
    assert [d.id for d in s.data] == ["pages", "prompt", "scores", "tickets", "weights"]
    assert s.name == "Support"
    assert s.profile is tg.RiskProfile.HIGH


def test_contains(s: tg.System) -> None:
    llm = s.element("llm")
    assert llm in s
    assert "llm" in s
    assert "agent->llm" in s
    assert s.flow("agent->llm") in s
    assert s.boundary("ops") in s
    assert tg.LLM("LLM", origin="third-party-api") in s
    assert tg.LLM("LLM") not in s  # same id, different value
    assert "nothing" not in s
    assert 42 not in s


def test_lookups_by_id_and_not_found_errors(s: tg.System) -> None:
    assert s.element("chat-api").name == "Chat API"
    assert s.element(tg.Agent("Agent")) is s.element("agent")
    assert s.flow("agent->llm").data == (PROMPT,)
    assert s.boundary("ops").trust is tg.Trust.INTERNAL
    with pytest.raises(
        NotFoundError, match="no element with id 'chat-ap' in the model; did you mean 'chat-api'"
    ):
        s.element("chat-ap")
    with pytest.raises(NotFoundError, match="no flow with id 'agent->lm'"):
        s.flow("agent->lm")
    with pytest.raises(
        NotFoundError, match="no boundary with id 'opps' in the model; did you mean 'ops'"
    ):
        s.boundary("opps")
    with pytest.raises(KeyError):
        s.element("zzz")


def test_a_lookup_given_a_finding_target_says_what_to_pass(s: tg.System) -> None:
    """A finding's target passed where an id belongs is named in the error, with the
    ids it holds, instead of failing inside the spelling suggester."""
    from threatgraph.findings import Target

    target = Target.element("agent")
    with pytest.raises(
        NotFoundError, match=r"ids are strings; a Target holds ids: pass one of \['agent'\]"
    ):
        s.element(target)  # type: ignore[arg-type]
    with pytest.raises(
        NotFoundError, match="no flow with id 3 in the model: ids are strings; pass"
    ):
        s.flow(3)  # type: ignore[arg-type]


def test_flow_numbers_follow_id_order(s: tg.System) -> None:
    assert [s.number_of(f) for f in ALL_FLOW_IDS] == list(range(1, 17))
    assert s.number_of(s.flow("admin->chat-api")) == 1
    # regression: an unknown flow used to raise a bare KeyError
    with pytest.raises(NotFoundError, match="no flow with id 'x->y'"):
        s.number_of("x->y")


def test_location_of_points_at_the_declaration(s: tg.System) -> None:
    loc = s.location_of("customer")
    assert loc is not None
    assert "test_system.py:" in loc
    flow_loc = s.location_of("agent->llm")
    assert flow_loc is not None
    assert "test_system.py:" in flow_loc


def test_summary(s: tg.System) -> None:
    text = s.summary()
    assert text.splitlines()[0] == "Support (risk profile: high)"
    assert "15 elements, 16 flows, 5 boundaries, 5 data assets" in text
    assert "9 boundary crossings (4 inbound)" in text
    assert "data_store 1" in text
    assert "vector_store 1" in text


# ----------------------------------------------------------------------------- elements()


def test_elements_by_kind_matches_subclasses(s: tg.System) -> None:
    assert ids(s.elements(tg.DataStore)) == ["index", "tickets-db", "training-set"]
    assert ids(s.elements("data_store")) == ["index", "tickets-db", "training-set"]
    assert ids(s.elements(tg.Model)) == ["fraud-model", "llm"]
    assert ids(s.models()) == ["fraud-model", "llm"]
    assert ids(s.elements("llm")) == ["llm"]
    assert ids(s.elements((tg.Tool, "device"))) == ["phone", "shell"]
    assert ids(s.elements(tg.Actor)) == ["admin", "customer"]
    assert len(s.elements()) == 15
    with pytest.raises(InvalidValueError, match="unknown element kind 'vectorstore'"):
        s.elements("vectorstore")


def test_elements_by_boundary_trust_and_controls(s: tg.System) -> None:
    assert ids(s.elements(boundary="production-vpc")) == [
        "agent",
        "chat-api",
        "fraud-model",
        "index",
        "llm",
        "registry",
        "shell",
        "tickets-db",
        "trainer",
        "training-set",
    ]
    assert ids(s.elements(trust=tg.Trust.UNTRUSTED)) == ["customer", "phone", "web-crawl"]
    assert ids(s.elements(trust=tg.Trust.INTERNAL)) == [
        "admin",
        "agent",
        "chat-api",
        "llm",
        "shell",
    ]
    assert ids(s.elements(with_control=c.RateLimiting)) == ["chat-api"]
    assert ids(s.elements(with_control="signed_models")) == ["registry"]
    assert ids(s.elements(with_control=(c.RateLimiting, "signed-models"))) == [
        "chat-api",
        "registry",
    ]
    assert len(s.elements(without_control=c.RateLimiting)) == 14
    assert ids(s.elements(tg.Model, boundary="training-enclave", without_control="tls")) == [
        "fraud-model"
    ]
    assert ids(s.untrusted_elements()) == ["customer", "phone", "web-crawl"]


# ----------------------------------------------------------------------------- flows()


CROSSING = [
    "admin->chat-api",
    "admin->registry",
    "chat-api->customer",
    "customer->chat-api",
    "fraud-model->chat-api",
    "index->llm",
    "llm->vendor-llm-api",
    "phone->chat-api",
    "web-crawl->training-set",
]


def test_flows_crossing(s: tg.System) -> None:
    assert ids(s.flows(crossing=True)) == CROSSING
    assert ids(s.flows(crossing=False)) == sorted(set(ALL_FLOW_IDS) - set(CROSSING))
    assert ids(s.flows(crossing="production-vpc")) == [
        "admin->chat-api",
        "admin->registry",
        "chat-api->customer",
        "customer->chat-api",
        "llm->vendor-llm-api",
        "phone->chat-api",
        "web-crawl->training-set",
    ]
    assert ids(s.flows(crossing=s.boundary("training-enclave"))) == [
        "admin->registry",
        "fraud-model->chat-api",
        "index->llm",
        "web-crawl->training-set",
    ]


def test_flows_inbound_and_leaving(s: tg.System) -> None:
    inbound = [
        "admin->registry",
        "customer->chat-api",
        "phone->chat-api",
        "web-crawl->training-set",
    ]
    assert ids(s.flows(inbound=True)) == inbound
    assert ids(s.flows(inbound=False)) == sorted(set(ALL_FLOW_IDS) - set(inbound))
    assert ids(s.flows(leaving="production-vpc")) == ["chat-api->customer", "llm->vendor-llm-api"]
    assert ids(s.flows(leaving=tg.Trust.INTERNAL)) == ["chat-api->customer", "llm->vendor-llm-api"]
    assert ids(s.flows(leaving=tg.Trust.RESTRICTED)) == ["fraud-model->chat-api", "index->llm"]


def test_flows_by_data(s: tg.System) -> None:
    carrying_tickets = ["index->llm", "llm->vendor-llm-api", "tickets-db->index"]
    assert ids(s.flows(carrying=TICKETS)) == carrying_tickets
    assert ids(s.flows(carrying=tg.Sensitivity.PII)) == carrying_tickets
    assert ids(s.flows(carrying="tickets")) == carrying_tickets
    assert ids(s.flows(carrying="Tickets")) == carrying_tickets
    assert ids(s.flows(at_least=tg.Sensitivity.CONFIDENTIAL)) == [
        "admin->registry",
        "index->llm",
        "llm->vendor-llm-api",
        "registry->fraud-model",
        "tickets-db->index",
        "trainer->registry",
    ]
    assert s.flows(at_least=tg.Sensitivity.SECRET) == []


def test_flows_by_ends_and_controls(s: tg.System) -> None:
    assert ids(s.flows(source="agent")) == ["agent->llm", "agent->shell"]
    assert ids(s.flows(target=s.element("chat-api"))) == [
        "admin->chat-api",
        "customer->chat-api",
        "fraud-model->chat-api",
        "phone->chat-api",
    ]
    assert ids(s.flows(with_control=c.EncryptionInTransit)) == ["customer->chat-api"]
    assert ids(s.flows(with_control="tls")) == ["customer->chat-api"]
    assert ids(s.flows(with_control=(c.MessageIntegrity, "tls"))) == [
        "customer->chat-api",
        "trainer->registry",
    ]
    pii_crossing_in_clear = s.flows(
        carrying=tg.Sensitivity.PII, crossing=True, without_control=c.EncryptionInTransit
    )
    assert ids(pii_crossing_in_clear) == ["index->llm", "llm->vendor-llm-api"]


# ----------------------------------------------------------------------------- boundaries


def test_boundary_queries(s: tg.System) -> None:
    vpc, enclave = s.boundary("production-vpc"), s.boundary("training-enclave")
    assert s.boundary_of("phone") is None
    assert s.boundary_of("index") == enclave
    assert s.boundary_of(s.element("llm")) == vpc
    assert s.parent_of(enclave) == vpc
    assert s.parent_of("production-vpc") is None
    assert ids(s.children_of(None)) == ["internet", "ops", "partner", "production-vpc"]
    assert s.children_of(vpc) == [enclave]
    assert s.children_of(enclave) == []
    assert s.ancestors_of(enclave) == [vpc]
    assert s.ancestors_of("ops") == []
    assert ids(s.elements_in(vpc, nested=False)) == ["agent", "chat-api", "llm", "shell"]
    assert len(s.elements_in(vpc)) == 10
    assert s.trust_of("phone") is tg.Trust.UNTRUSTED
    assert s.trust_of("index") is tg.Trust.RESTRICTED
    with pytest.raises(NotFoundError):
        s.boundary_of("nobody")
    with pytest.raises(NotFoundError):
        s.trust_of("nobody")


def test_crossings_with_directions(s: tg.System) -> None:
    crossings = s.crossings()
    assert [x.flow.id for x in crossings] == CROSSING
    direction = {x.flow.id: x.direction for x in crossings}
    assert direction == {
        "admin->chat-api": Direction.LATERAL,
        "admin->registry": Direction.INBOUND,
        "chat-api->customer": Direction.OUTBOUND,
        "customer->chat-api": Direction.INBOUND,
        "fraud-model->chat-api": Direction.OUTBOUND,
        "index->llm": Direction.OUTBOUND,
        "llm->vendor-llm-api": Direction.OUTBOUND,
        "phone->chat-api": Direction.INBOUND,
        "web-crawl->training-set": Direction.INBOUND,
    }
    assert [x.flow.id for x in s.crossings(Direction.LATERAL)] == ["admin->chat-api"]
    assert len(s.crossings(Direction.INBOUND)) == 4
    inbound = s.crossing("customer->chat-api")
    assert inbound is not None
    assert inbound.source_boundary == s.boundary("internet")
    assert inbound.target_boundary == s.boundary("production-vpc")
    assert inbound.label == "Internet → Production VPC"
    from_nowhere = s.crossing("phone->chat-api")
    assert from_nowhere is not None
    assert from_nowhere.source_boundary is None
    assert from_nowhere.label == "(no boundary) → Production VPC"
    assert s.crossing("agent->llm") is None


# ----------------------------------------------------------------------------- graph walks


def test_neighbours(s: tg.System) -> None:
    assert ids(s.successors("agent")) == ["llm", "shell"]
    assert ids(s.predecessors("chat-api")) == ["admin", "customer", "fraud-model", "phone"]
    assert ids(s.inflows("llm")) == ["agent->llm", "index->llm"]
    assert ids(s.outflows("llm")) == ["llm->vendor-llm-api"]
    assert sorted(s.iter_neighbourhood("agent", 1)) == ["agent", "chat-api", "llm", "shell"]
    assert list(s.iter_neighbourhood("agent", 0)) == ["agent"]


def test_reachability(s: tg.System) -> None:
    assert s.reachable_from("customer") == {
        "customer",
        "chat-api",
        "agent",
        "llm",
        "shell",
        "vendor-llm-api",
    }
    assert s.reachable_from("training-enclave") == {
        "tickets-db",
        "index",
        "training-set",
        "trainer",
        "registry",
        "fraud-model",
        "llm",
        "vendor-llm-api",
        "chat-api",
        "agent",
        "shell",
        "customer",
    }
    assert s.reachable_from(s.boundary("internet")) == s.reachable_from(["customer", "web-crawl"])
    assert "registry" in s.reachable_from([s.element("admin")])
    assert s.reaching("llm") == {
        "llm",
        "agent",
        "chat-api",
        "customer",
        "phone",
        "admin",
        "fraud-model",
        "registry",
        "trainer",
        "training-set",
        "web-crawl",
        "index",
        "tickets-db",
    }
    assert s.reaching("admin") == {"admin"}
    assert s.path_exists("web-crawl", "llm")
    assert not s.path_exists("llm", "web-crawl")
    assert s.path_exists("internet", "shell")
    with pytest.raises(NotFoundError, match="no element or boundary with id 'interne'"):
        s.reachable_from("interne")


def test_paths(s: tg.System) -> None:
    assert s.paths("customer", "llm") == [("customer", "chat-api", "agent", "llm")]
    assert s.paths("web-crawl", "chat-api") == [
        ("web-crawl", "training-set", "trainer", "registry", "fraud-model", "chat-api")
    ]
    assert s.paths("web-crawl", "chat-api", cutoff=3) == []
    assert s.paths("agent", "agent") == [("agent",)]
    assert s.paths("llm", "customer") == []
    assert s.paths("customer", "llm", avoiding=c.RateLimiting) == []
    assert s.paths("customer", "llm", avoiding="tls") == [("customer", "chat-api", "agent", "llm")]
    assert len(s.paths("customer", "shell", limit=1)) == 1


def test_shortest_path(s: tg.System) -> None:
    assert s.shortest_path("internet", "llm") == ("customer", "chat-api", "agent", "llm")
    assert s.shortest_path("admin", "fraud-model") == ("admin", "registry", "fraud-model")
    assert s.shortest_path("llm", "customer") is None
    assert s.shortest_path("agent", "agent") == ("agent",)


def test_exposure(s: tg.System) -> None:
    exposure = {e.id: s.exposure(e) for e in s.all_elements}
    assert exposure == {
        "customer": 0,
        "web-crawl": 0,
        "phone": 0,
        "chat-api": 1,
        "training-set": 1,
        "agent": 2,
        "trainer": 2,
        "llm": 3,
        "shell": 3,
        "registry": 3,
        "vendor-llm-api": 4,
        "fraud-model": 4,
        "index": None,
        "tickets-db": None,
        "admin": None,
    }


def test_lineage(s: tg.System) -> None:
    lineage = s.lineage("fraud-model")
    assert lineage.model == s.element("fraud-model")
    assert ids(list(lineage.sources)) == ["web-crawl"]
    assert ids(list(lineage.stores)) == ["training-set"]
    assert ids(list(lineage.pipelines)) == ["trainer"]
    assert ids(list(lineage.registries)) == ["registry"]
    assert ids(list(lineage.elements)) == ["registry", "trainer", "training-set", "web-crawl"]
    llm = s.lineage(s.element("llm"))
    assert ids(list(llm.stores)) == ["index", "tickets-db", "training-set"]
    assert ids(list(s.lineage("tickets-db").elements)) == []


def test_data_of(s: tg.System) -> None:
    assert s.data_of("llm") == (PROMPT, TICKETS)
    assert s.data_of("tickets-db") == (TICKETS,)
    assert s.data_of("web-crawl") == (PAGES,)
    assert s.data_of("admin") == (WEIGHTS,)
    assert s.data_of("vendor-llm-api") == (PROMPT, TICKETS)


# ----------------------------------------------------------------------------- networkx


def test_graph_is_a_read_only_multidigraph(s: tg.System) -> None:
    g = s.graph
    assert isinstance(g, nx.MultiDiGraph)
    assert nx.is_frozen(g)
    assert g.graph["name"] == "Support"
    assert sorted(g.nodes) == sorted(e.id for e, _ in ELEMENTS)
    assert g.number_of_edges() == 16
    assert g.nodes["index"]["element"] == s.element("index")
    assert g.nodes["index"]["boundary"] == "training-enclave"
    assert g.nodes["index"]["kind"] == "vector_store"
    assert g.nodes["phone"]["boundary"] is None
    assert g.edges["agent", "llm", "agent->llm"]["flow"] == s.flow("agent->llm")
    assert s.graph is g
    mutations: list[Callable[[], object]] = [
        lambda: g.add_node("x"),
        lambda: g.add_edge("agent", "llm"),
        lambda: g.remove_node("agent"),
        lambda: g.remove_edge("agent", "llm"),
        lambda: g.clear(),
    ]
    for mutate in mutations:
        with pytest.raises(nx.NetworkXError, match="Frozen graph"):
            mutate()
    assert g.number_of_nodes() == 15
    assert nx.has_path(g, "customer", "shell")
    assert nx.shortest_path(g, "admin", "fraud-model") == ["admin", "registry", "fraud-model"]


def test_parallel_flows_are_parallel_edges() -> None:
    tm = tg.ThreatModel("m")
    a, b = tm.add(tg.Service("A")), tm.add(tg.Service("B"))
    tm.flow(a, b, label="requests")
    tm.flow(a, b, label="health checks")
    g = tm.freeze().graph
    assert g.number_of_edges("a", "b") == 2
    assert sorted(k for _, _, k in g.edges(keys=True)) == ["a->b:health-checks", "a->b:requests"]


# ----------------------------------------------------------------------------- equality


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_insertion_order_does_not_matter(s: tg.System, seed: int) -> None:
    other = build(seed).freeze()
    assert other == s
    assert hash(other) == hash(s)
    assert other.all_flows == s.all_flows
    assert other.crossings() == s.crossings()
    assert sorted(other.graph.edges(keys=True)) == sorted(s.graph.edges(keys=True))


def test_systems_that_differ_are_not_equal(s: tg.System) -> None:
    assert build(name="Other").freeze() != s
    tm = build()
    tm.add(tg.Service("One more"))
    assert tm.freeze() != s
    assert s != "Support"


def test_the_same_flow_given_twice_is_one_flow() -> None:
    # regression: System used to keep both copies (two numbers, one graph edge)
    tm = tg.ThreatModel("m", actors=())
    a, b = tm.add(tg.Service("A")), tm.add(tg.Service("B"))
    tm.flow(a, b)
    tm.flow(a, b)
    s = tm.freeze()
    assert ids(list(s.all_flows)) == ["a->b"]
    assert s.number_of("a->b") == 1
    assert s.graph.number_of_edges() == 1
    assert s == tg.System.create(name="m", elements=[a, b], flows=[tg.Flow(a, b)])


# ----------------------------------------------------------------------------- create()


def test_create_builds_a_system_from_parts() -> None:
    vpc = tg.Boundary("VPC", trust="internal")
    api, llm = tg.Endpoint("API"), tg.LLM("LLM")
    s = tg.System.create(
        name="parts",
        profile="high",
        elements=[llm, api],
        flows=[tg.Flow(api, llm, PROMPT)],
        boundaries=[vpc],
        placement={"api": "vpc"},
        frameworks=["hipaa"],
    )
    assert s.boundary_of(api) == vpc
    assert s.boundary_of(llm) is None
    assert s.frameworks == {tg.Framework.HIPAA}
    assert s.profile is tg.RiskProfile.HIGH
    assert s.data == (PROMPT,)


def test_create_reports_every_problem_with_the_parts() -> None:
    a = tg.Boundary("A", trust="internal", parent="b")
    b = tg.Boundary("B", trust="internal", parent="a")
    orphan = tg.Boundary("Orphan", trust="partner", parent="nowhere")
    api = tg.Endpoint("API")
    with pytest.raises(ModelValidationError) as exc:
        tg.System.create(
            name="parts",
            elements=[api, tg.Service("API"), "not an element"],  # type: ignore[list-item]
            flows=[tg.Flow(api, "llm")],
            boundaries=[a, b, orphan],
            placement={"api": "vcp", "ghost": None},
            actors=[tg.ThreatActor("Spy", entry="basement")],
        )
    problems = {(p.where, p.field) for p in exc.value.problems}
    assert problems == {
        ("model", "elements"),
        ("element 'api'", "id"),
        ("boundary 'a'", "parent"),  # the cycle a -> b -> a, once
        ("boundary 'orphan'", "parent"),
        ("placement 'ghost'", None),
        ("element 'api'", "boundary"),
        ("flow 'api->llm'", "target"),
        ("actor 'spy'", "entry"),
    }
    messages = "\n".join(str(p) for p in exc.value.problems)
    assert "boundaries nest in a cycle: a -> b -> a" in messages
    assert "parent boundary does not exist" in messages


def test_create_lists_problems_in_a_fixed_order() -> None:
    # elements, placements (by element id), flows (each flow's problems together),
    # then data conflicts in the order they are met: declared data, stores, flows
    pub = tg.Data("Tickets", sensitivity="public")
    api = tg.Endpoint("API")
    db = tg.DataStore("DB", stores={pub})
    with pytest.raises(ModelValidationError) as exc:
        tg.System.create(
            name="order",
            elements=[api, db, tg.Service("API")],
            flows=[
                tg.Flow(api, "zed", tg.Data("Keys", sensitivity="internal")),
                tg.Flow(db, db, tg.Data("Tickets", sensitivity="pii")),
                tg.Flow(api, db, id="x"),
                tg.Flow(db, api, id="x"),
            ],
            placement={"zulu": "b-nowhere", "db": "a-nowhere", "alpha": None},
            data=[tg.Data("Keys", sensitivity="secret")],
        )
    assert [(p.where, p.field) for p in exc.value.problems] == [
        ("element 'api'", "id"),
        ("placement 'alpha'", None),
        ("element 'db'", "boundary"),
        ("placement 'zulu'", None),
        ("element 'zulu'", "boundary"),
        ("flow 'api->zed'", "target"),
        ("flow 'db->db'", "target"),
        ("flow 'x'", "id"),
        ("data 'keys'", "sensitivity"),
        ("data 'tickets'", "sensitivity"),
    ]
    assert "(secret vs internal)" in str(exc.value.problems[-2])
    assert "(public vs pii)" in str(exc.value.problems[-1])
