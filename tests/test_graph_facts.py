"""The graph module against networkx: reach, paths, exposure and untrusted sources.

:mod:`threatgraph.graph` answers every graph question the rules ask with its own walks
(one pass per System, kept in a cache). These properties check each answer against
networkx on the same flows, for arbitrary valid models.
"""

from __future__ import annotations

import itertools
import os

import attrs
import networkx as nx
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import threatgraph as tg
from threatgraph.graph import NEAREST, facts
from threatgraph.testing import strategies as tgst

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")
SETTINGS = settings(
    max_examples=60 if PROFILE != "fuzz" else 600,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SYSTEMS = tgst.systems(max_elements=9, max_flows=16, hostile=False)


def _graphs(system: tg.System) -> tuple[nx.DiGraph, nx.DiGraph]:
    """Every flow, and the flows untrusted content travels along."""
    g = facts(system)
    every: nx.DiGraph = nx.DiGraph()
    content: nx.DiGraph = nx.DiGraph()
    for e in system.all_elements:
        every.add_node(e.id)
        content.add_node(e.id)
    for f in system.all_flows:
        every.add_edge(f.source, f.target)
        if g.content_flow(f):
            content.add_edge(f.source, f.target)
    return every, content


@SETTINGS
@given(SYSTEMS)
def test_downstream_is_networkx_descendants(system: tg.System) -> None:
    g = facts(system)
    every, content = _graphs(system)
    for e in system.all_elements:
        assert g.downstream(e, content=False) == nx.descendants(every, e.id)
        assert g.downstream(e) == nx.descendants(content, e.id)


@SETTINGS
@given(SYSTEMS)
def test_path_is_a_shortest_content_path(system: tg.System) -> None:
    g = facts(system)
    _, content = _graphs(system)
    for a, b in itertools.permutations([e.id for e in system.all_elements], 2):
        got = g.path(a, b)
        if not nx.has_path(content, a, b):
            assert got is None
            continue
        assert got is not None
        assert got[0] == a
        assert got[-1] == b
        assert all(content.has_edge(x, y) for x, y in itertools.pairwise(got))
        assert len(got) - 1 == nx.shortest_path_length(content, a, b)


@SETTINGS
@given(SYSTEMS)
def test_exposure_is_the_distance_from_untrusted_or_internet_facing(system: tg.System) -> None:
    g = facts(system)
    every, _ = _graphs(system)
    untrusted = sorted(g.untrusted_ids)
    facing = [e.id for e in system.all_elements if e.internet_facing and e.id not in untrusted]
    for e in system.all_elements:
        options = [
            nx.shortest_path_length(every, u, e.id)
            for u in untrusted
            if nx.has_path(every, u, e.id)
        ]
        options += [
            1 + nx.shortest_path_length(every, x, e.id)
            for x in facing
            if nx.has_path(every, x, e.id)
        ]
        assert g.exposure(e) == (min(options) if options else None)


def _callers(system: tg.System, content: nx.DiGraph) -> dict[str, set[str]]:
    """Models that answer more than one caller (content both ways), with their callers."""
    out = {}
    for e in system.all_elements:
        if isinstance(e, tg.Model):
            both = {x for x in content.successors(e.id) if content.has_edge(x, e.id)}
            if len(both) > 1:
                out[e.id] = both
    return out


def _answered(system: tg.System, content: nx.DiGraph) -> nx.DiGraph:
    """The content graph as states (element, arrived from one of its callers), without
    the steps from one caller of a shared model through it to another: the oracle of
    where content goes."""
    callers = _callers(system, content)
    states: nx.DiGraph = nx.DiGraph()
    for e in system.all_elements:
        states.add_node((e.id, False))
        states.add_node((e.id, True))
    for u, v in content.edges:
        for flag in (False, True):
            if flag and v in callers.get(u, ()):
                continue
            states.add_edge((u, flag), (v, u in callers.get(v, ())))
    return states


def _relays(system: tg.System) -> dict[str, set[str]]:
    """Where each person (a human actor) passes on what they were sent: the elements a
    flow of theirs carries a datum they were sent to, or any element when a flow in or
    out declares no data. What a person writes after reading something is their own
    words: a route from elsewhere ends at them (they are still a source themselves)."""
    out: dict[str, set[str]] = {}
    for e in system.all_elements:
        if not (isinstance(e, tg.Actor) and e.human):
            continue
        ins = [f for f in system.all_flows if f.target == e.id]
        unknown = any(not f.data for f in ins)
        sent = {d for f in ins for d in f.data}
        out[e.id] = {
            f.target
            for f in system.all_flows
            if f.source == e.id and (unknown or not f.data or not sent.isdisjoint(f.data))
        }
    return out


def _hops(
    states: nx.DiGraph, a: str, b: str, relays: dict[str, set[str]] | None = None
) -> int | None:
    """Flows on the shortest way from ``a`` to ``b`` through ``states``; a person on the
    way (not ``a`` itself) goes on only where they relay what they were sent."""
    relays = relays or {}
    start = (a, False)
    seen = {start: 0}
    queue = [start]
    for node in queue:
        u = node[0]
        for nxt in states.successors(node):
            if u != a and u in relays and nxt[0] not in relays[u]:
                continue
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                queue.append(nxt)
    got = [seen[(b, f)] for f in (False, True) if (b, f) in seen]
    return min(got) if got else None


def _person_writes_own_words() -> tg.System:
    """Found by the property below in CI: a bot's message reaches a person, who writes
    something else to an API. The person's words are their own, so the bot is no source
    of the API's content (the engine's people-relay rule); the oracle follows it too."""
    tm = tg.ThreatModel("Chat", profile="high")
    with tm.boundary("Chat", trust="untrusted"):
        api = tm.add(tg.ExternalService("API"))
        bot = tm.add(tg.Actor("Chat Chat", human=False))
        person = tm.add(tg.Actor("Chat 1"))
    tm.flow(bot, person, tg.Data("Chat Chat", sensitivity="public"))
    tm.flow(person, api, tg.Data("Chat", sensitivity="public"))
    return tm.freeze()


def _self_loop_relay() -> tg.System:
    """Found by the property below in a local run: a bot that sends itself what an API
    sent it, together with another datum, on a flow to itself, and sends that other
    datum on. What an element sends itself it gets from no other element: the datum is
    its own, so the API's route goes on with it, as the oracle (which follows no data
    for anything but people) says."""
    tm = tg.ThreatModel("Chat", profile="high")
    chat = tm.add(tg.Actor("Chat", human=False))
    api = tm.add(tg.ExternalService("API"))
    other = tm.add(tg.Actor("Chat Chat", human=False))
    mine = tg.Data("Chat Chat", sensitivity="public")
    theirs = tg.Data("Chat", sensitivity="public")
    tm.flow(chat, chat, label="1", allow_self=True)
    tm.flow(chat, other, mine)
    tm.flow(api, chat, theirs)
    tm.flow(chat, chat, theirs, mine, label="2", allow_self=True)
    return tm.freeze()


def _fed_by_others_relay() -> tg.System:
    """Found by the property below in a local run: a service gets one datum from an
    endpoint and that datum and another from a bot, and sends only the other one on to
    an actor (and anything to a chat service, which calls the actor). The other datum is
    the bot's, fed it as it came: the endpoint's route reaches the actor only through the
    chat service, three flows, where the oracle, which follows no data for anything but
    people, counts two."""
    tm = tg.ThreatModel("Chat", profile="high")
    support = tm.add(tg.Actor("Support", human=False))
    endpoint = tm.add(tg.Endpoint("Chat API", purpose="inference"))
    chat = tm.add(tg.ExternalService("Chat"))
    api = tm.add(tg.Actor("API", human=False))
    service = tm.add(tg.Service("Chat Chat"))
    one = tg.Data("Chat", sensitivity="public")
    other = tg.Data("Chat Chat", sensitivity="public")
    tm.flow(endpoint, service, one)
    tm.flow(service, api, other)
    tm.flow(support, service, one, other)
    tm.flow(chat, api)
    tm.flow(service, chat)
    return tm.freeze()


def test_a_relay_passes_on_only_what_the_route_brought() -> None:
    """The engine's data-following at a relay, on the case above: the endpoint's words
    reach the actor through the chat service, not on the flow carrying only the bot's
    datum."""
    system = _fed_by_others_relay()
    g = facts(system)
    by_source = {s.element.id: s.path for s in g.sources(system.element("api"))}
    assert by_source["chat-api"] == ("chat-api", "chat-chat", "chat", "api")
    assert by_source["support"] == ("support", "chat-chat", "api")
    assert g.source_count(system.element("api")) == 4


def _without_data(system: tg.System) -> tg.System:
    """The same model with no data declared on any flow: every flow may carry anything,
    so no step follows data and the oracle's answer is exact."""
    return tg.System.create(
        name=system.name,
        profile=system.profile,
        elements=system.all_elements,
        flows=[attrs.evolve(f, data=()) for f in system.all_flows],
        boundaries=system.boundaries,
        placement={
            e.id: (b.id if (b := system.boundary_of(e)) is not None else None)
            for e in system.all_elements
        },
        frameworks=system.frameworks,
    )


def _relays_may_cut(system: tg.System) -> bool:
    """Some element other than a person is sent declared data by two or more others:
    what it passes on may then be only what the others fed it, which the engine follows
    (a relay passes a route on with what the route brought and what it makes) and the
    oracle does not. With one such sender at most, nothing it sends is another's."""
    for e in system.all_elements:
        if isinstance(e, tg.Actor) and e.human:
            continue
        senders = {
            f.source for f in system.all_flows if f.target == e.id and f.data and f.source != e.id
        }
        if len(senders) > 1:
            return True
    return False


def _check_sources(system: tg.System, *, exact: bool) -> None:
    """Untrusted sources against the oracle: the same sources at the same distance when
    ``exact``; otherwise no source the oracle lacks and none nearer than it says, since
    following data only ever cuts a route."""
    g = facts(system)
    _, content = _graphs(system)
    states = _answered(system, content)
    callers = _callers(system, content)
    relays = _relays(system)
    untrusted = g.untrusted_ids
    for e in system.all_elements:
        expected = {
            u for u in untrusted if u != e.id and _hops(states, u, e.id, relays) is not None
        }
        if exact:
            assert g.source_count(e) == len(expected)
        else:
            assert g.source_count(e) <= len(expected)
        found = g.sources(e)
        ids = [s.element.id for s in found]
        assert len(ids) == len(set(ids)), "one route per source"
        assert set(ids) <= expected
        if exact and len(expected) <= NEAREST:
            assert set(ids) == expected
        for s in found:
            assert s.path[0] == s.element.id
            assert s.path[-1] == e.id
            assert all(content.has_edge(x, y) for x, y in itertools.pairwise(s.path))
            for a, m, b in zip(s.path, s.path[1:], s.path[2:], strict=False):
                assert not (a in callers.get(m, ()) and b in callers.get(m, ())), s.path
            nearest = _hops(states, s.element.id, e.id, relays)
            assert nearest is not None
            if exact:
                assert s.hops == nearest
            else:
                assert s.hops >= nearest
        assert [s.hops for s in found] == sorted(s.hops for s in found), "nearest first"


@SETTINGS
@given(SYSTEMS)
@example(system=_person_writes_own_words())
@example(system=_self_loop_relay())
@example(system=_fed_by_others_relay())
def test_sources_are_the_untrusted_ancestors_by_shortest_path(system: tg.System) -> None:
    _check_sources(system, exact=not _relays_may_cut(system))
    _check_sources(_without_data(system), exact=True)


@SETTINGS
@given(SYSTEMS)
def test_routes_are_content_paths_from_untrusted_elements(system: tg.System) -> None:
    g = facts(system)
    _, content = _graphs(system)
    for e in system.all_elements:
        routes = g.routes(e)
        for r in routes:
            assert r.element.id in g.untrusted_ids
            assert r.path[-1] == e.id
            assert len(set(r.path)) == len(r.path), "no cycles"
            assert all(content.has_edge(x, y) for x, y in itertools.pairwise(r.path))
        # nearest first, then by source and path; route_paths is the same list, bare
        assert routes == sorted(routes, key=lambda r: (r.hops, r.element.id, r.path))
        assert g.route_paths(e) == [r.path for r in routes]


@SETTINGS
@given(SYSTEMS)
def test_declared_kinds_are_carried_and_never_called_inferred(system: tg.System) -> None:
    g = facts(system)
    for f in system.all_flows:
        carried = g.carried(f)
        for d in f.data:
            if d.kind is not None:
                assert d.kind in carried.kinds
                assert carried.declared(d.kind)
        assert carried.inferred <= carried.kinds


def test_facts_are_cached_per_system_and_independent_between_systems() -> None:
    def build(trust: str) -> tg.System:
        tm = tg.ThreatModel("g")
        with tm.boundary("Zone", trust=trust):
            user = tm.add(tg.Actor("User"))
        with tm.boundary("VPC", trust="internal"):
            llm = tm.add(tg.LLM("LLM"))
        tm.flow(user, llm, tg.Data("Question"))
        return tm.freeze()

    outside, inside = build("untrusted"), build("internal")
    assert facts(outside) is facts(outside)
    assert [s.element.id for s in facts(outside).sources("llm")] == ["user"]
    assert facts(inside).sources("llm") == []
    assert facts(outside).exposure("llm") == 1
    assert facts(inside).exposure("llm") is None


def test_a_second_route_never_crowds_out_another_source() -> None:
    """Regression (found by the property test above): each element keeps two routes per
    source, and four sources with two routes each filled the old list of NEAREST routes,
    so a fifth source was neither kept nor counted. Here five untrusted elements reach
    ``api``; every one must be found and counted."""
    tm = tg.ThreatModel("Chat", profile="high", actors=())
    chat = tm.add(tg.Actor("Chat", human=False))
    api = tm.add(tg.Actor("API", human=False))
    cc = tm.add(tg.Endpoint("Chat Chat"))
    ccc = tm.add(tg.Actor("Chat Chat Chat", human=False))
    cca = tm.add(tg.Endpoint("Chat Chat API"))
    ca = tm.add(tg.Tool("Chat API"))
    for i in range(1, 8):
        tm.flow(chat, chat, label=str(i), allow_self=True)
    for src, tgt in ((chat, cc), (chat, ca), (cc, chat), (cc, api), (ccc, chat), (cca, chat)):
        tm.flow(src, tgt)
    tm.flow(ca, api)
    g = facts(tm.freeze())
    expected = {"chat", "chat-api", "chat-chat", "chat-chat-api", "chat-chat-chat"}
    assert {s.element.id for s in g.sources("api")} == expected
    assert g.source_count("api") == len(expected)


def test_an_untrusted_element_keeps_room_for_nearest_sources_besides_itself() -> None:
    """Regression (found by the property test above): an untrusted element counted its
    own content against the NEAREST sources it keeps, so with exactly NEAREST others
    reaching it the farthest one went missing from ``sources``."""
    tm = tg.ThreatModel("Eight", profile="high", actors=())
    e = {
        name: tm.add(cls(name))
        for name, cls in (
            ("Batch", tg.Actor),
            ("Chat", tg.Endpoint),
            ("Searcher", tg.Actor),
            ("Phone", tg.Device),
            ("Memory", tg.Actor),
            ("Portal", tg.Tool),
            ("Search", tg.Actor),
            ("Vault", tg.Actor),
            ("Vault tool", tg.Tool),
        )
    }
    for src, tgt in (
        ("Batch", "Chat"),
        ("Searcher", "Vault tool"),
        ("Phone", "Batch"),
        ("Chat", "Batch"),
        ("Searcher", "Vault"),
        ("Chat", "Memory"),
        ("Portal", "Chat"),
        ("Vault", "Chat"),
        ("Memory", "Search"),
        ("Vault tool", "Batch"),
    ):
        tm.flow(e[src], e[tgt])
    g = facts(tm.freeze())
    found = {s.element.id for s in g.sources("search")}
    assert len(found) == 8 == g.source_count("search")
    assert "vault-tool" in found  # the farthest source


_KINDS = [None, *tg.DataKind]


@SETTINGS
@given(
    kinds=st.lists(st.sampled_from(_KINDS), min_size=1, max_size=40),
    picks=st.lists(st.lists(st.integers(min_value=0, max_value=39), max_size=12), max_size=6),
)
def test_data_masks_give_the_kinds_of_their_bits(
    kinds: list[tg.DataKind | None], picks: list[list[int]]
) -> None:
    """The route search's data masks (one bit per datum) answer "which of these are
    media or of no declared kind" and "which kinds are in this mask" with one AND per
    kind, not one step per datum of the model (which made both quadratic in the model's
    size). Both answers are the same as reading every bit's kind."""
    from threatgraph.graph import _ALL, _FOLDED, _DataSteps

    system = tg.ThreatModel("masks").freeze()
    steps = _DataSteps(facts(system), [], {}, frozenset())
    data = [
        tg.Data(f"datum {i}", kind=k) if k is not None else tg.Data(f"datum {i}")
        for i, k in enumerate(kinds)
    ]
    bit = {i: steps._mask((d,)) for i, d in enumerate(data)}

    def kinds_of(mask: int) -> set[object]:
        return {data[i].kind for i, b in bit.items() if mask & b}

    masks = [0, *(steps._mask(tuple(data[i % len(data)] for i in p)) for p in picks)]
    for m in masks:
        media = {i for i, b in bit.items() if m & b and data[i].kind in (tg.DataKind.MEDIA, None)}
        assert steps.captured(m) == sum(bit[i] for i in media)
        for other in masks:
            ka, kb = kinds_of(m), kinds_of(other)
            expected = None not in ka and None not in kb and ka.isdisjoint(kb & _FOLDED)
            assert steps.apart(m, other) is expected
    # a flow that declares no data may carry anything: a photo, or text of any kind
    assert steps.captured(_ALL) == _ALL
    assert all(steps.apart(_ALL, m) is False and steps.apart(m, _ALL) is False for m in masks)
