"""The AI rules' graph helpers answer from per-System maps; check them against plain
searches (one breadth-first search per question, as the rules were first written)."""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Any

import pytest

from threatgraph.elements import Actor, Dataset, Device, Element, FeatureStore
from threatgraph.rules.ai import _common as c
from threatgraph.system import System
from threatgraph.vocab import Sensitivity, Stage


@pytest.fixture
def synthetic(monkeypatch: pytest.MonkeyPatch) -> Any:
    """``synthetic(n, seed)``: a frozen model from the benchmark generator."""
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent))
    from benchmarks import synth

    return lambda n, seed: synth.synthetic_model(n, seed=seed).freeze()


def _search(
    s: System,
    start: Element,
    *,
    stop: frozenset[str],
    blocked: frozenset[str] = frozenset(),
    enter_stops: bool = True,
) -> dict[str, int]:
    """Distances against the flows from ``start``; stop elements are not searched
    through (and not entered at all unless ``enter_stops``)."""
    dist = {start.id: 0}
    queue = deque([start.id])
    while queue:
        node = queue.popleft()
        for f in s.inflows(node):
            u = f.source
            if u in dist or u in blocked or (u in stop and not enter_stops):
                continue
            dist[u] = dist[node] + 1
            if u not in stop:
                queue.append(u)
    return dist


def _lifecycle(s: System) -> frozenset[str]:
    return frozenset(e.id for e in s.all_elements if c.is_lifecycle(e))


def _ids(items: object) -> list[str]:
    return [e.id for e in items]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("n", "seed"), [(120, 0), (120, 1), (200, 2)])
def test_sources_match_plain_searches(synthetic: Any, n: int, seed: int) -> None:
    s = synthetic(n, seed)
    life = _lifecycle(s)
    for e in s.all_elements:
        avoids = [(), *((x.id,) for x in s.successors(e))]
        for avoid in avoids:
            dist = _search(s, e, stop=life, blocked=frozenset(avoid))
            want = sorted(
                (d, i)
                for i, d in dist.items()
                if i != e.id
                and (
                    c.is_untrusted_source(s, s.element(i))
                    or (d <= 2 and c.external_content(s, s.element(i)))
                )
            )
            got = c.influencers(s, e, avoid=avoid)
            assert len(got) == len(want)
            assert _ids(got[:2]) == [i for _, i in want[:2]]
            assert _ids(got) == [i for _, i in want]

        dist = _search(s, e, stop=life, enter_stops=False)
        want = sorted((d, i) for i, d in dist.items() if c.is_untrusted_source(s, s.element(i)))
        got = c.runtime_sources(s, e)
        assert (len(got), _ids(got[:2])) == (len(want), [i for _, i in want[:2]])
        assert _ids(got) == [i for _, i in want]

        dist = _search(s, e, stop=frozenset())
        want = sorted(
            (d, i) for i, d in dist.items() if i != e.id and c.is_untrusted_source(s, s.element(i))
        )
        got = c.upstream_untrusted(s, e)
        assert (len(got), _ids(got[:2])) == (len(want), [i for _, i in want[:2]])


@pytest.mark.parametrize(("n", "seed"), [(150, 0), (300, 4)])
def test_influencers_avoiding_any_set_match_plain_search(synthetic: Any, n: int, seed: int) -> None:
    """Random avoided sets (none, one, several, a predecessor, a successor) take every
    path through influencers(): the maps, the dominator trees and the plain search."""
    import random

    s = synthetic(n, seed)
    life = _lifecycle(s)
    rng = random.Random(seed)
    ids = sorted(e.id for e in s.all_elements)
    by_dominators = 0
    for _ in range(400):
        e = s.element(rng.choice(ids))
        avoid = set(rng.sample(ids, rng.choice([0, 1, 2, 3]))) - {e.id}
        preds = [x.id for x in s.predecessors(e)]
        succs = [x.id for x in s.successors(e)]
        if preds and rng.random() < 0.3:
            avoid.add(rng.choice(preds))
        if succs and rng.random() < 0.4:
            avoid = {rng.choice(succs)}
        hops = rng.choice([1, 2, 3])
        if c._avoiding_one(s, e.id, frozenset(avoid) - life) is not None:
            by_dominators += 1
        dist = _search(s, e, stop=life, blocked=frozenset(avoid))
        want = sorted(
            (d, i)
            for i, d in dist.items()
            if i != e.id
            and (
                c.is_untrusted_source(s, s.element(i))
                or (d <= hops and c.external_content(s, s.element(i)))
            )
        )
        got = c.influencers(s, e, hops=hops, avoid=avoid)
        assert len(got) == len(want)
        assert _ids(got[:2]) == [i for _, i in want[:2]]
        assert _ids(got) == [i for _, i in want]
    assert by_dominators > 20  # the dominator path really was exercised


@pytest.mark.parametrize("seed", [0, 3])
def test_lineage_helpers_match_reachability(synthetic: Any, seed: int) -> None:
    s = synthetic(150, seed)
    for e in s.all_elements:
        up = sorted(s.reaching(e) - {e.id})
        sites = [
            x.id
            for x in map(s.element, up)
            if isinstance(x, (Dataset, FeatureStore))
            or c.is_stage(x, {Stage.TRAINING, Stage.FINE_TUNING, Stage.EVALUATION})
            or (isinstance(x, Device) and x.trains_locally)
        ]
        assert list(c.training_sites(s, e)) == sites
        levels: list[Sensitivity] = [
            d.sensitivity for i in up if c._training_material(s.element(i)) for d in s.data_of(i)
        ]
        assert c.training_sensitivity(s, e) == (max(levels) if levels else None)
        actors = [i for i in sorted(s.reaching(e)) if isinstance(s.element(i), Actor)]
        assert _ids(c.actors_reaching(s, e)) == actors
        down = s.reachable_from(e) - {e.id}
        feeds = any(
            isinstance(s.element(i), (Dataset, FeatureStore))
            or c.is_stage(s.element(i), c.TRAINING_STAGES)
            for i in down
        )
        assert c.feeds_training(s, e) is feeds


def test_found_behaves_like_a_list(synthetic: Any) -> None:
    s = synthetic(120, 0)
    busiest = max(s.all_elements, key=lambda e: len(c.influencers(s, e)))
    got = c.influencers(s, busiest)
    full = list(got)
    assert len(full) == len(got) > 2
    assert got == full
    assert got[-1] == full[-1]
    assert got[1:] == full[1:]
    assert got[:2] == full[:2]
    assert bool(c.influencers(s, busiest, avoid=[e.id for e in s.all_elements])) is False


def test_names_past_the_kept_few_stay_in_order() -> None:
    """More untrusted senders one flow away than each element keeps, and outside
    content two flows away: the outside service comes after all of them."""
    import threatgraph as tg

    tm = tg.ThreatModel("Many senders")
    msg = tg.Data("Message")
    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        users = [tm.add(tg.Actor(f"User {k:02d}")) for k in range(c._NEAREST + 3)]
    with tm.boundary("Vendor", trust=tg.Trust.PARTNER):
        vendor = tm.add(tg.ExternalService("Vendor API"))
    with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
        relay = tm.add(tg.Service("Relay"))
        target = tm.add(tg.Service("Target"))
    for u in users:
        tm.flow(u, target, msg)
    tm.flow(vendor, relay, msg)
    tm.flow(relay, target, msg)
    s = tm.freeze()
    got = c.influencers(s, s.element(target.id))
    want = [u.id for u in sorted(users, key=lambda e: e.id)] + [vendor.id]
    assert len(got) == len(want)
    assert _ids(got[:2]) == want[:2]
    assert [got[k].id for k in range(len(want))] == want
