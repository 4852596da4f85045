"""The graph questions the engine asks, answered once per System.

This module owns what the rules mean by *untrusted*, *exposed*, *reaches* and *what a
flow carries*. Everything is a pure function of a frozen System, computed on first use
and kept in the System's per-instance cache (:func:`facts`), so a rule that asks about
every element costs one walk of the graph, not one per element.

**Untrusted** (one definition): an element in an untrusted boundary or in no boundary,
or a data source whose content anyone can shape (public web, public datasets, user
uploads). A component declared ``internet_facing`` is not untrusted, but it is
*exposed*: reachable from untrusted parties whatever the flows say.

**What a flow carries**: the kinds its data declare (:class:`~threatgraph.vocab.DataKind`);
where a datum declares none, the kind is inferred from the kinds of the flow's ends
(a registry sends a model artifact, a vector store sends retrieved context, a person
sends a prompt…), and the answer says it was inferred.

**Content reach**: untrusted content travels along flows, except flows that only carry
model artifacts or code (the model lifecycle: a public base model does not make every
prompt untrusted; but code a person outside writes into a store, a contributor's pull
request, is their text) and queries into a store (a similarity search does not write into
the index).

>>> import threatgraph as tg
>>> from threatgraph.graph import facts
>>> tm = tg.ThreatModel("g")
>>> with tm.boundary("Internet", trust="untrusted"):
...     user = tm.add(tg.Actor("User"))
>>> with tm.boundary("VPC", trust="internal"):
...     api = tm.add(tg.Endpoint("API"))
...     llm = tm.add(tg.LLM("LLM"))
>>> _ = tm.chain(user >> api >> llm, tg.Data("Question"))
>>> g = facts(tm.freeze())
>>> [s.element.id for s in g.sources("llm")]
['user']
>>> g.sources("llm")[0].path
('user', 'api', 'llm')
>>> sorted(k.value for k in g.carried("api->llm").kinds), bool(g.carried("api->llm").inferred)
(['prompt'], True)
"""

from __future__ import annotations

import itertools
import re
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, overload

import attrs

from threatgraph._fork import run_shares, usable_workers
from threatgraph.controls import EncryptionInTransit
from threatgraph.elements import (
    LLM,
    Actor,
    Agent,
    Data,
    Dataset,
    DataSource,
    DataStore,
    Device,
    Element,
    Endpoint,
    ExternalService,
    FeatureStore,
    Flow,
    Model,
    ModelRegistry,
    Pipeline,
    Service,
    Tool,
    VectorStore,
)
from threatgraph.protocols import Protocol
from threatgraph.protocols import lookup as lookup_protocol
from threatgraph.vocab import (
    DataKind,
    ExternalCategory,
    ModelOrigin,
    Sensitivity,
    Serialization,
    Stage,
    Trust,
)

if TYPE_CHECKING:
    from threatgraph.system import System

__all__ = [
    "LIFECYCLE_KINDS",
    "Carried",
    "Facts",
    "RoutesPending",
    "Source",
    "facts",
    "infer_kinds",
]

T = TypeVar("T")

NEAREST = 8
"""How many nearest untrusted sources are kept per element (the count is exact)."""

_CREDENTIALS_ONLY = frozenset({DataKind.CREDENTIALS})
LIFECYCLE_KINDS = frozenset({DataKind.MODEL_ARTIFACT, DataKind.CODE})
"""What the model lifecycle moves: flows carrying only these do not carry run-time content."""

TRAINING_STAGES = frozenset({Stage.TRAINING, Stage.FINE_TUNING})
"""Pipeline stages that produce a model's weights."""
_HOLDERS = (DataStore, Tool, Pipeline, ExternalService, DataSource, ModelRegistry)
"""Elements that hold or hand on content someone else wrote (not request relays)."""
_ANSWERERS = (Model, Agent, Tool, Pipeline)
"""Elements whose output may be made from what they are sent (see :class:`_DataSteps`)."""
_AUTHORED = frozenset({DataKind.DOCUMENTS, DataKind.RECORDS, DataKind.LOGS, DataKind.MEDIA})
"""What people at another company send that a model may later read as content."""
_WRITTEN = frozenset({DataKind.DOCUMENTS, DataKind.LOGS, DataKind.RETRIEVED_CONTEXT})
"""What colleagues write as text that a model may later read as content: documents,
knowledge articles, notes, logs. The records they enter (an approval, a decision, a
ledger adjustment, a par level) are fields of the organisation's own applications, not
text written to be read."""
_KEEPERS = (DataStore, Tool, Pipeline, DataSource)
"""Where what colleagues write is kept until an AI reads it (a messaging service
passing a person's own messages on is a channel, not a store)."""
_BUILD_STAGES = frozenset({Stage.TRAINING, Stage.FINE_TUNING, Stage.EVALUATION, Stage.DEPLOYMENT})


_Adjacency = dict[str, tuple[str, ...]]
"""Element id -> neighbour ids, each once, in flow order."""


_Paths = Sequence[Sequence[tuple[int, ...]] | None]
"""Routes by element number: for each element, the routes kept into it (None: none)."""


def _encode_paths(paths: _Paths | None) -> bytes:
    """``paths`` as machine integers, for a forked child to send back: first, per
    element, where its routes start after these numbers (-1 for none); then, per
    element with routes, their number and each route as its length and element numbers."""
    found = paths or ()
    at = [-1] * len(found)
    out: list[int] = []  # a list grows faster than an array: a quarter less time
    put, put_all = out.append, out.extend
    for n, routes in enumerate(found):
        if routes is None:
            continue
        at[n] = len(out)
        put(len(routes))
        for p in routes:
            put(len(p))
            put_all(p)
    return array("i", at).tobytes() + array("i", out).tobytes()


def _decode_paths(data: bytes, count: int) -> _Packed:
    """What :func:`_encode_paths` wrote for ``count`` elements, turned into routes per
    element only when first asked (see :class:`_Packed`); ValueError when the data is
    plainly not that: too short for the starts, a start outside the routes, or routes
    that do not end where the data does."""
    raw = array("i")
    raw.frombytes(data)
    if len(raw) < count:
        raise ValueError(f"{len(raw)} numbers end before element {len(raw)} of {count}")
    at = raw[:count].tolist()
    size = len(raw) - count
    last = -1
    for n, i in enumerate(at):
        if i < -1 or i >= size:
            raise ValueError(f"the routes of element {n} start at {i}, outside {size} numbers")
        last = max(last, i)
    end = 0
    if last >= 0:  # the last element's routes end the data
        end = last + 1
        for _ in range(raw[count + last]):
            m = raw[count + end] if end < size else 0
            if m < 1 or end + 1 + m > size:
                raise ValueError(f"route of length {m} at {end} does not fit {size} numbers")
            end += 1 + m
    if end != size:
        raise ValueError(f"{size - end} numbers left over after {count} elements")
    return _Packed(raw, count, at)


class _Packed(Sequence[list[tuple[int, ...]] | None]):
    """Routes a forked child sent back (see :func:`_decode_paths`), kept as the numbers
    it sent: an element's routes become tuples when a rule first asks about it. Each
    process asks about half the elements or fewer; turning every route of the three
    searches into tuples on arrival cost the parent 0.1 s at 10k elements and 1.0 s
    at 100k, while it had nothing else to do, against 0.01 and 0.1 s to check them."""

    __slots__ = ("_at", "_base", "_made", "_v")

    def __init__(self, numbers: array[int], base: int, at: list[int]) -> None:
        self._v = numbers
        self._base = base  # where the routes start in ``numbers``
        self._at = at  # where each element's routes start after ``base`` (-1: none)
        self._made: dict[int, list[tuple[int, ...]]] = {}

    def __len__(self) -> int:
        return len(self._at)

    @overload
    def __getitem__(self, n: int) -> list[tuple[int, ...]] | None: ...

    @overload
    def __getitem__(self, n: slice) -> list[list[tuple[int, ...]] | None]: ...

    def __getitem__(
        self, n: int | slice
    ) -> list[tuple[int, ...]] | list[list[tuple[int, ...]] | None] | None:
        if isinstance(n, slice):
            return [self[k] for k in range(len(self._at))[n]]
        start = self._at[n]
        if start < 0:
            return None
        got = self._made.get(start)
        if got is None:
            got = self._made[start] = []
            v = self._v
            i = self._base + start
            for _ in range(v[i]):
                m = v[i + 1]
                got.append(tuple(v[i + 2 : i + 2 + m]))
                i += 1 + m
        return got


def _encode_searches(searches: tuple[_Paths, ...] | None) -> bytes:
    """Several searches' routes (see :func:`_encode_paths`), each after its length in
    bytes as eight bytes."""
    out = bytearray()
    for paths in searches or ():
        data = _encode_paths(paths)
        out += len(data).to_bytes(8, "little")
        out += data
    return bytes(out)


def _decode_searches(data: bytes, count: int, searches: int) -> tuple[_Paths, ...]:
    """What :func:`_encode_searches` wrote for ``searches`` searches of ``count``
    elements; ValueError when the data is not that."""
    out: list[_Paths] = []
    i = 0
    for _ in range(searches):
        size = int.from_bytes(data[i : i + 8], "little")
        if i + 8 + size > len(data):
            raise ValueError(f"search {len(out)} of {size} bytes does not fit {len(data)} bytes")
        out.append(_decode_paths(data[i + 8 : i + 8 + size], count))
        i += 8 + size
    if i != len(data):
        raise ValueError(f"{len(data) - i} bytes left over after {searches} searches")
    return tuple(out)


class _Routes:
    """Routes found by one of the breadth-first searches, kept as tuples of element
    numbers and turned into element ids for an element when a rule first asks about it
    (most elements are never asked about)."""

    __slots__ = ("_asked", "_ids", "_number", "_paths")

    def __init__(
        self,
        ids: list[str],
        number: dict[str, int],
        paths: _Paths,
    ) -> None:
        self._ids = ids
        self._number = number
        self._paths = paths
        self._asked: dict[str, tuple[tuple[str, ...], ...]] = {}

    def get(self, element_id: str) -> tuple[tuple[str, ...], ...]:
        """The routes kept into ``element_id``, as element ids, in the order found."""
        got = self._asked.get(element_id)
        if got is None:
            n = self._number.get(element_id)
            found = None if n is None else self._paths[n]
            ids = self._ids
            got = () if not found else tuple(tuple([ids[i] for i in p]) for p in found)
            self._asked[element_id] = got
        return got

    @property
    def paths(self) -> _Paths:
        """The routes kept into each element, by element number (None: none)."""
        return self._paths

    def count(self, element_id: str) -> int:
        """How many different elements the kept routes into ``element_id`` start from."""
        n = self._number.get(element_id)
        found = None if n is None else self._paths[n]
        return len({p[0] for p in found}) if found else 0


_UNSET = object()


class RoutesPending(BaseException):  # a signal to stop, not an error
    """Raised when the routes from untrusted elements are asked for in this process
    while a forked child is still searching them (only in what ``meanwhile`` of
    :meth:`Facts.prepare` runs): the caller stops there instead of searching them a
    second time. A BaseException, so that no ``except Exception`` in a rule takes it
    for a failure of its own."""


"""What :meth:`Facts.memo` finds for a question not asked yet (None is an answer)."""


@attrs.frozen
class Carried:
    """What a flow carries."""

    kinds: frozenset[DataKind]
    inferred: frozenset[DataKind]
    """The kinds that were inferred from the flow's ends rather than declared."""
    formats: frozenset[Serialization]
    """Serializations declared by the model artifacts it carries."""

    def __contains__(self, kind: object) -> bool:
        return kind in self.kinds

    def declared(self, kind: DataKind) -> bool:
        """True when a datum on the flow declares this kind."""
        return kind in self.kinds and kind not in self.inferred

    @property
    def lifecycle_only(self) -> bool:
        """True when it carries model artifacts or code and nothing else."""
        return bool(self.kinds) and self.kinds <= LIFECYCLE_KINDS


@attrs.frozen
class Source:
    """An untrusted element whose content reaches an element, with the shortest path."""

    element: Element
    path: tuple[str, ...]
    """Element ids from the source to the element, both included."""

    @property
    def hops(self) -> int:
        """Flows between them."""
        return len(self.path) - 1


def facts(system: System) -> Facts:
    """The graph facts of a System, built on first use and kept with it."""
    got: Facts | None = system._cache.get("graph.facts")
    if got is None:  # a plain lookup first: rules ask for the facts ~20 times per element
        got = system._cache["graph.facts"] = Facts(system)
    return got


class Facts:
    """Graph facts of one System. Get it with :func:`facts`; never build it per rule."""

    def __init__(self, system: System) -> None:
        self.system = system
        self.by_id: dict[str, Element] = {e.id: e for e in system.all_elements}
        self._carried: dict[str, Carried] = {}
        self._carried_values: dict[tuple[frozenset[Any], ...], Carried] = {}
        self._untrusted = frozenset(e.id for e in system.all_elements if self._is_untrusted(e))
        self._sources: _Routes | None = None
        """Routes kept by the search from untrusted elements (see :meth:`_reach`)."""
        self._exposure: dict[str, int] | None = None
        self._down: dict[str, frozenset[str]] = {}
        self._compromisable: frozenset[str] | None = None
        self._compromised: _Routes | None = None
        self._partnered: _Routes | None = None
        self._insiders: _Routes | None = None
        """Routes from colleagues who write content (see :meth:`insider_routes`)."""
        self._memo: dict[str, dict[str, object]] = {}
        """Answers :meth:`memo` remembers: a table per question, by element id (no key
        tuple per answer: a large model asks hundreds of thousands of questions, and
        every tuple kept is one more object for the cyclic collector to visit)."""
        self._is_content: dict[str, bool] = {}
        self._outsider_code: frozenset[Data] | None = None
        """Code data an outsider wrote and sent to a store (see
        :meth:`_carries_written_code`), found on first use."""
        self._content: tuple[_Adjacency, _Adjacency] | None = None
        """Content senders and receivers of every element (see :meth:`_content_tables`)."""
        self._numbered: tuple[list[str], dict[str, int], list[tuple[int, ...]]] | None = None
        """Element ids by number, numbers by id, and content receivers by number (see
        :meth:`_dense`)."""
        self._callers: dict[int, frozenset[int]] | None = None
        """Each model's callers, when it has several (see :meth:`_model_callers`)."""
        self._relays: dict[int, tuple[int, ...]] | None = None
        """Where each person passes on what they were sent (see :meth:`_people_relay`)."""
        self._content_flows: frozenset[str] | None = None
        """The ids of the flows content travels along (see :meth:`_content_ids`)."""
        self._steps: _DataSteps | None = None
        """What each element passes on of a route's data (see :meth:`_data_steps`)."""
        self._routes_pending = False
        """True while a forked child searches the routes and this process runs
        ``meanwhile`` (see :meth:`prepare`): asking for them raises
        :class:`RoutesPending`."""

    def prepare(
        self,
        workers: int = 1,
        *,
        rerun: Callable[[int], None] | None = None,
        meanwhile: Callable[[], object] | None = None,
    ) -> None:
        """Build now every table the rules otherwise build on first use (what each flow
        carries, the content tables, the searches, exposure, the data map), so that
        processes forked to share the rule checks find them built instead of each
        building its own.

        With ``workers`` > 1, where forking is safe (see
        :func:`threatgraph._fork.usable_workers`: not off Linux, nor while another
        thread runs), the search from untrusted elements, the largest table, is built in
        a forked child while this process builds the others; the child sends its routes
        back as element numbers. The tables are the same either way, and a child that
        fails is run again here (``rerun``, when given, is told so first: see
        :func:`threatgraph._fork.run_shares`). ``meanwhile``, when given, is called in
        this process once its own tables are built: while the child still searches,
        which would otherwise be time spent waiting (the analysis plans its shared
        work then, and builds whole-model tables the rules would otherwise each build
        in every process). Asking there for the routes the child searches raises
        :class:`RoutesPending`."""
        s = self.system
        for f in s.all_flows:
            self.carried(f)
        if not s.all_elements:
            return
        first = s.all_elements[0]

        def the_rest() -> None:
            self.insider_routes(first)
            self.exposure(first)
            s.data_of(first)
            for f in s.all_flows[:1]:
                s.crossing(f)

        if workers < 2 or self._sources is not None or usable_workers(workers) < 2:
            self._searched()
            the_rest()
            if meanwhile is not None:
                meanwhile()
            return
        ids, number, _ = self._dense()  # built once, before the fork, for both
        self._model_callers()
        self._people_relay()
        _ = self.compromisable  # the starts of one of the child's searches, needed here too

        def part(i: int) -> tuple[_Paths, ...] | None:
            if i == 0:
                the_rest()
                if meanwhile is not None:
                    self._routes_pending = True
                    try:
                        meanwhile()
                    finally:
                        self._routes_pending = False
                return None
            return tuple(found.paths for found in self._searched())

        got = run_shares(
            part,
            2,
            send=_encode_searches,
            receive=lambda data: _decode_searches(data, len(ids), 3),
            rerun=rerun,
        )
        searched = got[1]
        if self._sources is None and searched is not None:  # else searched here already
            self._sources, self._compromised, self._partnered = (
                _Routes(ids, number, paths) for paths in searched
            )

    def _searched(self) -> tuple[_Routes, _Routes, _Routes]:
        """The three searches :meth:`prepare` hands to a forked child, which sends back
        their routes: from untrusted elements, from compromisable components, and from
        what another company fills."""
        return self._reach(), self._compromised_search(), self._partner_search()

    def memo(self, what: str, element: Element | str, compute: Callable[[], T]) -> T:
        """``compute()`` remembered per (question, element) for the life of the System:
        rules that ask about their neighbours' answers stay linear."""
        table = self._memo_table(what)
        key = element if isinstance(element, str) else element.id
        got = table.get(key, _UNSET)
        if got is _UNSET:
            got = table[key] = compute()
        return got  # type: ignore[return-value]

    def _memo_table(self, what: str) -> dict[str, object]:
        """The answers remembered for one question, by element id."""
        table = self._memo.get(what)
        if table is None:
            table = self._memo[what] = {}
        return table

    # ------------------------------------------------------------------ trust

    def _is_untrusted(self, e: Element) -> bool:
        if self.system.trust_of(e) is Trust.UNTRUSTED:
            return True
        return isinstance(e, DataSource) and e.origin.untrusted

    def untrusted(self, element: Element | str) -> bool:
        """The one definition of untrusted (see the module docstring)."""
        return _id(element) in self._untrusted

    @property
    def untrusted_ids(self) -> frozenset[str]:
        """Ids of every untrusted element."""
        return self._untrusted

    def external(self, element: Element | str) -> bool:
        """Outside the organisation: untrusted, a third party (partner trust or an external
        service), or a data source whose content comes from outside."""
        e = self.by_id[_id(element)]
        if self.untrusted(e) or isinstance(e, ExternalService):
            return True
        if isinstance(e, DataSource) and e.origin.external:
            return True
        return self.system.trust_of(e) is Trust.PARTNER and e.category == "external"

    def operated(self, element: Element | str) -> bool:
        """Run by the organisation itself: placed in an internal or restricted boundary.
        Components a partner runs (a vendor's portal, a hosted model) are secured by that
        partner; the threats of using them are raised where they are used."""
        return self.system.trust_of(_id(element)) > Trust.PARTNER

    def on_user_device(self, element: Element | str) -> bool:
        """A component we ship that runs where its users (or an attacker) control it: a
        model, service, endpoint, agent, tool or pipeline placed in an untrusted boundary,
        or a Device in one."""
        e = self.by_id[_id(element)]
        if isinstance(e, (Actor, ExternalService, DataSource)):
            return False
        return self.system.trust_of(e) is Trust.UNTRUSTED

    # ------------------------------------------------------------------ what flows carry

    def carried(self, flow: Flow | str) -> Carried:
        """What a flow carries: declared kinds, or kinds inferred from its ends."""
        got = self._carried.get(flow if isinstance(flow, str) else flow.id)
        if got is None:
            f = flow if isinstance(flow, Flow) else self.system.flow(flow)
            declared = {d.kind for d in f.data if d.kind is not None}
            formats = frozenset(d.format for d in f.data if d.format is not None)
            inferred: frozenset[DataKind] = frozenset()
            if not f.data or any(d.kind is None for d in f.data):
                inferred = infer_kinds(self.by_id[f.source], self.by_id[f.target], self, f) - (
                    declared
                )
            key = (frozenset(declared) | inferred, inferred, formats)
            # most flows carry one of a few combinations: one value each, shared
            got = self._carried_values.get(key)
            if got is None:
                got = self._carried_values[key] = Carried(*key)
            self._carried[f.id] = got
        return got

    def protocol(self, flow: Flow | str) -> Protocol | None:
        """The flow's declared protocol, when threatgraph knows it."""
        f = flow if isinstance(flow, Flow) else self.system.flow(flow)
        return lookup_protocol(f.protocol)

    def tunnelled(self, flow: Flow) -> bool:
        """The flow runs inside a tunnel that authenticates both sites and encrypts what
        it carries: an EncryptionInTransit control naming IPsec, WireGuard or a VPN, or
        a label saying the flow goes over, through or via one ("nightly sync over the
        site VPN"). It is then as protected as a flow declared ``ipsec``."""
        return bool(_TUNNEL_LABEL.search(flow.label or "")) or any(
            isinstance(x, EncryptionInTransit) and x.protocol and _TUNNEL.search(x.protocol)
            for x in flow.controls
        )

    def is_query(self, flow: Flow) -> bool:
        """A read request into a store rather than a write: it carries a prompt, or it goes
        into a retrieval index (not an agent's memory) from a component that also reads
        from that index."""
        tgt = self.by_id[flow.target]
        if not isinstance(tgt, (DataStore, ModelRegistry)):
            return False
        c = self.carried(flow)
        if c.declared(DataKind.PROMPT) and not (c.kinds - {DataKind.PROMPT}):
            return True
        if isinstance(tgt, VectorStore) and not tgt.memory:
            src = flow.source
            if isinstance(self.by_id[src], Pipeline):
                return False
            return any(back.target == src for back in self.system.outflows(tgt.id))
        return False

    def content_flow(self, flow: Flow) -> bool:
        """Does untrusted content travel along this flow? Not along the model lifecycle
        (artifacts and code only), not along queries into a store, and not along
        credentials that a component hands on (an identity provider's sign-in assertion,
        a vault's token): those are the component's own, not what reached it. What an
        untrusted party sends, credentials or not, is its content. Worked out once per
        flow."""
        got = self._is_content.get(flow.id)
        if got is None:
            got = self._is_content[flow.id] = self._content_flow_now(flow)
        return got

    def _content_flow_now(self, flow: Flow) -> bool:
        carried = self.carried(flow)
        if (
            carried.lifecycle_only
            and not self._written_code(flow, carried)
            and not self._carries_written_code(flow)
        ) or self.is_query(flow):
            return False
        return not (
            carried.declared(DataKind.CREDENTIALS)
            and carried.kinds == _CREDENTIALS_ONLY
            and flow.source not in self._untrusted
        )

    def _written_code(self, flow: Flow, carried: Carried) -> bool:
        """Code an outsider writes and sends (a contributor's pull request, a script a
        customer pastes): what reads it reads their text, not only the lifecycle."""
        src = self.by_id[flow.source]
        return (
            DataKind.CODE in carried.kinds
            and isinstance(self.by_id[flow.target], DataStore)
            and isinstance(src, Actor)
            and src.human
            and flow.source in self._untrusted
        )

    def _carries_written_code(self, flow: Flow) -> bool:
        """It carries on code an outsider wrote (see :meth:`_written_code`): the same
        datum, declared on the flows it takes from the store it was sent to (the pull
        request checked out by CI and handed to a review agent). What reads it there
        reads their text too."""
        written = self._outsider_code
        if written is None:
            written = self._outsider_code = frozenset(
                d
                for f in self.system.all_flows
                if self._written_code(f, self.carried(f))
                for d in f.data
                if d.kind is DataKind.CODE
            )
        return bool(written) and any(d in written for d in flow.data)

    # ------------------------------------------------------------------ reach

    def _reach(self) -> _Routes:
        """The routes from untrusted elements (see :meth:`_search_untrusted`), searched
        on first use."""
        if self._sources is None:
            if self._routes_pending:
                raise RoutesPending
            self._sources = self._search_untrusted()
        return self._sources

    def _search_untrusted(self) -> _Routes:
        """Multi-source breadth-first search from every untrusted element along content
        flows: for each element, up to NEAREST nearest sources with their paths, and the
        exact number of sources. Linear in the model size times NEAREST."""
        ids, number, adjacency = self._dense()
        holder = [isinstance(e, _HOLDERS) for e in self.system.all_elements]
        callers = self._model_callers()
        # Each element keeps routes from up to NEAREST sources, at most two per source:
        # the shortest route, and the shortest that passes through something holding
        # content (a store, a tool, a pipeline, an outside service): the same person can
        # both prompt a model and write into what it later retrieves, and those are
        # different threats. A source's second route never takes the place of another
        # source, so the NEAREST nearest sources are always kept. The search runs over
        # element numbers (lists, not dicts of ids); :class:`_Routes` gives ids back.
        # Each route also carries what of the source's content it holds (see
        # :meth:`_data_steps`): a route goes on along a flow only with data that can hold
        # it, so that a service handing a parent's message to the drafter and a teacher's
        # photos to the recogniser does not join the message onto the photos.
        paths: list[list[tuple[tuple[int, ...], bool, int]] | None] = [None] * len(ids)
        kept: list[set[int] | None] = [None] * len(ids)  # the sources each keeps routes from
        queue: deque[tuple[tuple[int, ...], bool, int]] = deque()
        for u in sorted(self._untrusted):
            n = number[u]
            paths[n] = [((n,), False, _ALL)]
            kept[n] = set()  # its own content is not one of its sources
            queue.append(((n,), False, _ALL))
        relays = self._people_relay()
        person = [isinstance(e, Actor) and e.human for e in self.system.all_elements]
        steps = self._data_steps()
        known_steps, work_out = steps.known, steps.step
        popleft, push = queue.popleft, queue.append
        while queue:
            path, held, tainted = popleft()
            node = path[-1]
            first = path[0]
            holds = held or (len(path) > 1 and holder[node])
            step = known_steps[node]
            if step is None:
                step = work_out(node)
            sent, made, passed, fed, at_hand = step
            # a relay passes on, as it came, all the route brought: what else it sends
            # does not hold it (see _DataSteps); so does a person, of what they pass on
            relay = made is not None and tainted != _ALL and (person[node] or not tainted & ~passed)
            # what others feed it live (not what it looks up in a store): a flow that
            # carries only that, as it came, hands on their data, not this route's
            # (an alarm service passing a gateway's readings on to the model does not
            # pass on the acknowledgement a pharmacist sent it)
            others = (
                _fed_by_others(fed, at_hand, path[-2], person[path[-2]])
                if made is not None and tainted != _ALL and len(path) > 1
                else 0
            )
            # a model answers each caller its own request: what one caller sent it goes
            # back to that caller, not to the model's other callers
            answered = callers.get(node)
            if answered is not None and (len(path) < 2 or path[-2] not in answered):
                answered = None
            # a person on the way passes on only what they were sent as it came
            onward = relays.get(node) if len(path) > 1 else None
            for nxt in adjacency[node] if onward is None else onward:
                if nxt in path or (answered is not None and nxt in answered):
                    continue
                taint = sent[nxt]
                if others and steps.only_others(taint, others, tainted):
                    continue  # it hands on only what others fed it
                if relay and taint != _ALL:
                    taint = (taint & tainted) | made[nxt]  # type: ignore[index]
                    if not taint:
                        continue  # nothing it sends there holds what reached it this way
                have = paths[nxt]
                known = kept[nxt]
                if have is None or known is None:
                    have = paths[nxt] = []
                    known = kept[nxt] = set()
                # a route into a model from one of its callers goes on to fewer places:
                # one from elsewhere is kept beside it
                by_caller = (into := callers.get(nxt)) is not None and node in into
                if first in known:
                    # a later route from the same source is kept only when it brings
                    # data the kept ones do not: it may go on where they cannot
                    if any(
                        p[0] == first
                        and h == holds
                        and (into is None or (p[-2] in into) == by_caller)
                        and not taint & ~t
                        for p, h, t in have
                    ):
                        continue
                elif len(known) >= NEAREST:
                    continue
                known.add(first)
                new = (*path, nxt)
                have.append((new, holds, taint))
                push((new, holds, taint))
        return _Routes(ids, number, [None if v is None else [p for p, _, _ in v] for v in paths])

    def _data_steps(self) -> _DataSteps:
        """What each element passes on of what a route brought it (see
        :class:`_DataSteps`), worked out for an element when a route first reaches it."""
        got = self._steps
        if got is None:
            if self._routes_pending:
                raise RoutesPending
            ids, number, _ = self._dense()
            got = self._steps = _DataSteps(self, ids, number, self._content_ids())
        return got

    def _model_callers(self) -> dict[int, frozenset[int]]:
        """For each model (by element number) that answers more than one caller, its
        callers: the elements that send it content and get content back from it. Built
        once."""
        got = self._callers
        if got is None:
            _, number, adjacency = self._dense()
            got = {}
            for e in self.system.all_elements:
                if not isinstance(e, Model):
                    continue
                m = number[e.id]
                answered = frozenset(x for x in adjacency[m] if m in adjacency[x])
                if len(answered) > 1:
                    got[m] = answered
            self._callers = got
        return got

    def _people_relay(self) -> dict[int, tuple[int, ...]]:
        """For each person (a human actor, by element number), the elements they send
        content on to that they were sent themselves: the same data along both flows (a
        clerk who forwards a customer's e-mail as it came). What a person writes after
        reading something (a specialist's billing adjustment after a customer's chat) is
        their own words: a route from elsewhere ends at them, and one that goes on
        through them carries only what they were sent and what they photograph or
        record (see :meth:`_reach`). A flow that declares no data passes on whatever it
        may carry. Built once."""
        got = self._relays
        if got is None:
            _, number, adjacency = self._dense()
            s = self.system
            got = {}
            for e in s.all_elements:
                if not isinstance(e, Actor) or not e.human:
                    continue
                ins = s._in[e.id]
                # a flow that declares no data may carry anything: passed on, for all
                # anyone can tell
                unknown = any(not f.data for f in ins)
                sent: set[Any] = {d for f in ins for d in f.data}
                n = number[e.id]
                onward = {
                    number[f.target]
                    for f in s._out[e.id]
                    if unknown or not f.data or not sent.isdisjoint(f.data)
                }
                got[n] = tuple(x for x in adjacency[n] if x in onward)
            self._relays = got
        return got

    def model_callers(self, model: Element | str) -> frozenset[str]:
        """The ids of a model's callers when it answers more than one (elements that send
        it content and get content back): content one of them sent goes back to that one
        only. Empty for a model with one caller or none."""

        def ids_of() -> frozenset[str]:
            ids, number, _ = self._dense()
            got = self._model_callers().get(number[_id(model)])
            return frozenset(ids[n] for n in got) if got else frozenset()

        return self.memo("model callers", model, ids_of)

    def _all_sources(self, v: str) -> set[str]:
        """Every untrusted element whose content reaches ``v``: searched back along
        content flows, never from one caller of a shared model through it to another
        (see :meth:`model_callers`). Each state is an element and whether the element
        after it on the way to ``v`` is one of its callers."""
        ids, number, _ = self._dense()
        callers = self._model_callers()
        relays = self._people_relay()
        start = (number[v], False)
        seen = {start}
        queue = deque([start])
        found = set()
        while queue:
            node, to_caller = queue.popleft()
            i = ids[node]
            if i in self._untrusted:
                found.add(i)
            answered = callers.get(node) if to_caller else None
            for src in self.content_senders(i):
                n = number[src]
                if answered is not None and n in answered:
                    continue  # one caller's content does not come back to another
                onward = relays.get(n)
                if onward is not None and node not in onward:
                    # a person whose own words reach here: a source if untrusted, and
                    # nothing sent to them goes on
                    if src in self._untrusted:
                        found.add(src)
                    continue
                into = callers.get(n)
                state = (n, into is not None and node in into)
                if state not in seen:
                    seen.add(state)
                    queue.append(state)
        return found

    def routes(self, element: Element | str) -> list[Source]:
        """Every kept route from an untrusted element to ``element``: per source the
        shortest route, and the shortest through a store, tool, pipeline or outside
        service when that differs. Nearest first."""
        by_id = self.by_id
        return [Source(by_id[p[0]], p) for p in self.route_paths(element)]

    def route_paths(self, element: Element | str) -> list[tuple[str, ...]]:
        """The paths of :meth:`routes` (element ids, the untrusted source first), in the
        same order, without a :class:`Source` around each: for rules that only walk them."""
        v = _id(element)
        # (hops, source id, path) is (length, path): a path starts with its source's id
        return sorted((p for p in self._reach().get(v) if p[0] != v), key=_by_length)

    def sources(self, element: Element | str, *, exclude_self: bool = True) -> list[Source]:
        """Untrusted elements whose content reaches ``element`` along content flows, nearest
        first, one (shortest) route each (up to NEAREST; :meth:`source_count` is exact)."""
        v = _id(element)
        best: dict[str, tuple[str, ...]] = {}
        for p in self._reach().get(v):
            if exclude_self and p[0] == v:
                continue
            if p[0] not in best or len(p) < len(best[p[0]]):
                best[p[0]] = p
        out = [Source(self.by_id[k], p) for k, p in best.items()]
        return sorted(out, key=lambda x: (x.hops, x.element.id))

    def insider_routes(self, element: Element | str) -> list[Source]:
        """People inside the organisation (human actors in no untrusted boundary) whose
        documents, notes or logs reach ``element`` through something that keeps them until
        it is read (a store, a tool, a pipeline, a data source): colleagues who write what
        an AI reads. The records they enter (approvals, decisions, ledger adjustments) do
        not count; for people in a partner boundary, at another company, records and media
        they send do. The shortest such route per person (six flows at most,
        none through an untrusted element), for up to NEAREST people, nearest first; not
        the people who only prompt it through request handlers."""
        table = self._insiders
        if table is None:
            table = self._insiders = self._insider_search()
        by_id = self.by_id
        out = [Source(by_id[p[0]], p) for p in table.get(_id(element))]
        return sorted(out, key=lambda x: (x.hops, x.element.id))

    def _insider_search(self) -> _Routes:
        """One breadth-first search from every colleague who writes content, along
        content flows: each route remembers whether it has passed a keeper (a store, a
        tool, a pipeline, a data source), and only routes that have count at the element
        they reach. Linear in the model size times NEAREST."""
        s = self.system
        ids, number, adjacency = self._dense()
        keeper = [isinstance(e, _KEEPERS) for e in s.all_elements]
        # neither through an untrusted element (its own finding) nor through a person
        # (a person is where content starts)
        barred = [e.id in self._untrusted or isinstance(e, Actor) for e in s.all_elements]
        callers = self._model_callers()  # as in _reach: a model answers each caller alone
        found: list[list[tuple[int, ...]] | None] = [None] * len(ids)
        seen: list[set[tuple[int, bool, bool]] | None] = [None] * len(ids)
        queue: deque[tuple[tuple[int, ...], bool]] = deque()
        for e in s.all_elements:
            if not isinstance(e, Actor) or not e.human or e.id in self._untrusted:
                continue
            n = number[e.id]
            written = _AUTHORED if s.trust_of(e) is Trust.PARTNER else _WRITTEN
            firsts = {
                number[f.target]
                for f in s._out[e.id]
                if self.content_flow(f) and self.carried(f).kinds & written
            }
            for t in sorted(firsts):
                if not barred[t]:
                    queue.append(((n, t), False))
        popleft, push = queue.popleft, queue.append
        while queue:
            path, kept = popleft()
            node = path[-1]
            first = path[0]
            have = seen[node]
            if have is None:
                have = seen[node] = set()
            answered = callers.get(node)
            if answered is not None and path[-2] not in answered:
                answered = None
            state = (first, kept, answered is not None)
            if state in have or len(have) >= 2 * NEAREST:
                continue
            have.add(state)
            if kept:
                got = found[node]
                if got is None:
                    got = found[node] = []
                if len(got) < NEAREST and all(p[0] != first for p in got):
                    got.append(path)
            if len(path) > 6:
                continue
            passed = kept or keeper[node]
            for nxt in adjacency[node]:
                if nxt in path or barred[nxt] or (answered is not None and nxt in answered):
                    continue
                push(((*path, nxt), passed))
        return _Routes(ids, number, found)

    def source_count(self, element: Element | str) -> int:
        """How many untrusted elements reach ``element`` along content flows (itself
        excluded)."""
        v = _id(element)
        n = self._reach().count(v)
        if n >= NEAREST:  # the kept list is full: count them all (rare), once
            n = self.memo("all sources", v, lambda: len(self._all_sources(v)))
        return n - 1 if v in self._untrusted else n

    @property
    def compromisable(self) -> frozenset[str]:
        """Components that run code others can write: code or packages from outside the
        organisation, or from a place untrusted parties write to. Whoever controls that
        code controls what the component sends."""
        got = self._compromisable
        if got is None:
            out = set()
            s = self.system
            for f in s.all_flows:
                if DataKind.CODE not in self.carried(f) or f.target in self._untrusted:
                    continue
                if _runs_code(self.by_id[f.target]) and self.code_from_outside(f):
                    out.add(f.target)
            got = self._compromisable = frozenset(out)
        return got

    def code_from_outside(self, flow: Flow) -> list[str]:
        """For a flow carrying code: the untrusted or outside elements that can write that
        code, searched back along code flows (three hops). Empty when the code is the
        organisation's own."""
        s = self.system
        found: list[str] = []
        seen = {flow.target}
        frontier = [flow.source]
        for _ in range(3):
            nxt = []
            for node in frontier:
                if node in seen:
                    continue
                seen.add(node)
                e = self.by_id[node]
                if self.untrusted(e) or self.external(e):
                    found.append(node)
                    continue
                nxt += [f.source for f in s._in[node] if DataKind.CODE in self.carried(f)]
            frontier = nxt
        return sorted(set(found))

    def documents_from_outside(self, element: Element | str) -> list[tuple[str, ...]]:
        """Paths (three hops at most) by which documents or messages written outside the
        organisation reach ``element``, through services and stores but not through a
        model, and not a paper one person hands another in person. The same document
        travels the whole way: each flow carries one the next one carries too (a flow
        whose documents declare no kind, or that declares no data, may carry any), so a
        partner's hiring criteria sent into a console do not become the draft notice the
        console shows a recruiter."""
        return self._from_outside(element, _DOCUMENT_KINDS)

    def evidence_from_outside(self, element: Element | str) -> list[tuple[str, ...]]:
        """Paths, as :meth:`documents_from_outside` finds them, by which documents or
        media that outside parties send (a receipt, a photo of a ticket, an invoice)
        reach ``element``, the same file all the way."""
        return self._from_outside(element, _EVIDENCE_KINDS)

    def _from_outside(
        self, element: Element | str, kinds: frozenset[DataKind]
    ) -> list[tuple[str, ...]]:
        s = self.system
        out: list[tuple[str, ...]] = []
        # each path with the documents it brings on (None: any)
        frontier: list[tuple[tuple[str, ...], frozenset[Any] | None]] = [((_id(element),), None)]
        for _ in range(3):
            nxt = []
            for path, wanted in frontier:
                for f in s._in[path[0]]:
                    if f.source in path or not kinds & self.carried(f).kinds:
                        continue
                    docs = _of_kinds(f, kinds)
                    if docs is not None and wanted is not None:
                        docs &= wanted
                        if not docs:
                            continue  # it brings documents, but not the ones passed on
                    elif docs is None:
                        docs = wanted
                    src = self.by_id[f.source]
                    p = (f.source, *path)
                    if isinstance(src, (Model, Agent)) or _in_person(src, self.by_id[path[0]], f):
                        continue
                    if self.untrusted(src) or (self.external(src) and not self._relays_ours(f)):
                        out.append(p)
                    elif isinstance(src, (Service, Endpoint, DataStore)):
                        nxt.append((p, docs))
            frontier = nxt
        return out

    def _relays_ours(self, flow: Flow) -> bool:
        """An outside service hands on only what we gave it (a paging provider texting
        our own alert to the on-call counsellor): every datum the flow declares reached
        the service from a component of ours."""
        if not flow.data:
            return False
        ours = {
            d
            for f in self.system._in[flow.source]
            if not self.untrusted(f.source) and not self.external(f.source)
            for d in f.data
        }
        return all(d in ours for d in flow.data)

    def content_targets(self, element: Element | str) -> tuple[str, ...]:
        """Ids that ``element`` sends content to (see :meth:`content_flow`), each once, in
        flow order. Built once for every element: the searches below walk it instead of
        asking every flow again."""
        return self._content_tables()[0][_id(element)]

    def content_senders(self, element: Element | str) -> tuple[str, ...]:
        """Ids that send content to ``element``, each once, in flow order."""
        return self._content_tables()[1][_id(element)]

    def _content_tables(self) -> tuple[_Adjacency, _Adjacency]:
        """Where each element sends content and where it gets it from, both built on first
        use in one pass: each flow is asked once whether content travels along it."""
        if self._content is not None:
            return self._content
        s = self.system
        content = self._content_ids()
        out: _Adjacency = {}
        into: _Adjacency = {}
        for e in s.all_elements:
            i = e.id
            out[i] = tuple(dict.fromkeys(f.target for f in s._out[i] if f.id in content))
            into[i] = tuple(dict.fromkeys(f.source for f in s._in[i] if f.id in content))
        self._content = (out, into)
        return self._content

    def _content_ids(self) -> frozenset[str]:
        """The ids of the flows content travels along (see :meth:`content_flow`), asked
        of each flow once."""
        got = self._content_flows
        if got is None:
            got = self._content_flows = frozenset(
                f.id for f in self.system.all_flows if self.content_flow(f)
            )
        return got

    def _dense(self) -> tuple[list[str], dict[str, int], list[tuple[int, ...]]]:
        """Every element numbered in model order: ids by number, numbers by id, and where
        each sends content, by number. The breadth-first searches run over these lists:
        on a large model, half the time of the same search over dicts keyed by id."""
        got = self._numbered
        if got is None:
            out = self._content_tables()[0]
            ids = [e.id for e in self.system.all_elements]
            number = {i: n for n, i in enumerate(ids)}
            got = self._numbered = (ids, number, [tuple(number[t] for t in out[i]) for i in ids])
        return got

    def compromised_routes(self, element: Element | str) -> list[Source]:
        """Routes from compromisable components (see :attr:`compromisable`) to ``element``
        along content flows: the shortest from each, for the NEAREST nearest, shortest
        first. One breadth-first search from all of them answers every element."""
        return self._nearest(self._compromised_search(), _id(element))

    def _compromised_search(self) -> _Routes:
        """The search behind :meth:`compromised_routes`, on first use."""
        table = self._compromised
        if table is None:
            if self._routes_pending:
                raise RoutesPending
            table = self._compromised = self._reach_from(sorted(self.compromisable))
        return table

    def partner_routes(self, element: Element | str) -> list[Source]:
        """Routes from what another company fills (a data source of partner or vendor
        origin, an outside data provider's service; not content anyone outside can
        write, which :meth:`sources` finds) to ``element`` along content flows: the
        shortest from each, for the NEAREST nearest, shortest first."""
        return self._nearest(self._partner_search(), _id(element))

    def _partner_search(self) -> _Routes:
        """The search behind :meth:`partner_routes`, on first use."""
        table = self._partnered
        if table is None:
            if self._routes_pending:
                raise RoutesPending
            starts = sorted(
                e.id
                for e in self.system.all_elements
                if (
                    (isinstance(e, DataSource) and e.origin.external and not e.origin.untrusted)
                    or (
                        isinstance(e, ExternalService)
                        and e.provides is ExternalCategory.DATA_PROVIDER
                    )
                )
                and e.id not in self._untrusted
            )
            table = self._partnered = self._reach_from(starts)
        return table

    def _nearest(self, table: _Routes, v: str) -> list[Source]:
        """The routes a search kept into ``v``, not from ``v`` itself, shortest first."""
        out = [Source(self.by_id[p[0]], p) for p in table.get(v) if p[0] != v]
        return sorted(out, key=lambda x: (x.hops, x.element.id))

    def _reach_from(self, starts: list[str]) -> _Routes:
        """Multi-source breadth-first search along content flows: for each element, the
        shortest path from each of up to NEAREST nearest starts. Linear in the model size
        times NEAREST."""
        ids, number, adjacency = self._dense()
        callers = self._model_callers()  # as in _reach: a model answers each caller alone
        paths: list[list[tuple[int, ...]] | None] = [None] * len(ids)
        reached: list[set[int] | None] = [None] * len(ids)  # the starts each one keeps
        queue: deque[tuple[int, ...]] = deque()
        for u in starts:
            n = number[u]
            paths[n] = [(n,)]
            reached[n] = {n}
            queue.append((n,))
        relays = self._people_relay()  # as in _reach: a person passes on what they were sent
        popleft, push = queue.popleft, queue.append
        while queue:
            path = popleft()
            first = path[0]
            node = path[-1]
            answered = callers.get(node)
            if answered is not None and (len(path) < 2 or path[-2] not in answered):
                answered = None
            onward = relays.get(node) if len(path) > 1 else None
            for nxt in adjacency[node] if onward is None else onward:
                if nxt in path or (answered is not None and nxt in answered):
                    continue
                have = paths[nxt]
                known = reached[nxt]
                if have is None or known is None:
                    have = paths[nxt] = []
                    known = reached[nxt] = set()
                if len(have) >= NEAREST:
                    continue
                if first in known:
                    # a route into a model from one of its callers goes on to fewer
                    # places: one from elsewhere is kept beside it
                    into = callers.get(nxt)
                    if into is None or any(
                        p[0] == first and (p[-2] in into) == (node in into)
                        for p in have
                        if len(p) > 1
                    ):
                        continue
                new = (*path, nxt)
                have.append(new)
                known.add(first)
                push(new)
        return _Routes(ids, number, paths)

    def exposed(self, element: Element | str) -> bool:
        """Untrusted content reaches it, or it is internet facing."""
        e = self.by_id[_id(element)]
        return e.internet_facing or bool(self.sources(e))

    def exposure(self, element: Element | str) -> int | None:
        """Hops from the nearest untrusted element along any flow (0: it is untrusted;
        1 for an internet-facing component), None when nothing untrusted reaches it."""
        if self._exposure is None:
            s = self.system
            dist = dict.fromkeys(sorted(self._untrusted), 0)
            queue = deque(sorted(self._untrusted))
            for e in s.all_elements:
                if e.internet_facing and e.id not in dist:
                    dist[e.id] = 1
            later = deque(sorted(k for k, d in dist.items() if d == 1))
            while queue or later:
                node = queue.popleft() if queue else later.popleft()
                for f in s._out[node]:
                    if f.target not in dist or dist[f.target] > dist[node] + 1:
                        dist[f.target] = dist[node] + 1
                        (queue if dist[node] == 0 else later).append(f.target)
            self._exposure = dist
        return self._exposure.get(_id(element))

    def downstream(self, element: Element | str, *, content: bool = True) -> frozenset[str]:
        """Ids reachable from ``element`` (excluded) along content flows (or any flow)."""
        v = _id(element)
        key = f"{v}|{content}"
        got = self._down.get(key)
        if got is None:
            s = self.system
            seen = {v}
            queue = deque([v])
            while queue:
                node = queue.popleft()
                ends = self.content_targets(node) if content else [f.target for f in s._out[node]]
                for end in ends:
                    if end not in seen:
                        seen.add(end)
                        queue.append(end)
            got = self._down[key] = frozenset(seen - {v})
        return got

    def first_upstream(
        self, flow: Flow, kind: DataKind, hops: int, found: Callable[[str], bool]
    ) -> str | None:
        """Searching back from ``flow``'s source along flows that carry ``kind`` (``hops``
        levels, nearest first), the first element id for which ``found`` holds, or None.
        How rules ask "who could have put this file or this code here"."""
        s = self.system
        frontier, seen = [flow.source], {flow.target}
        for _ in range(hops):
            nxt = []
            for node in frontier:
                if node in seen:
                    continue
                seen.add(node)
                if found(node):
                    return node
                nxt += [f.source for f in s._in[node] if kind in self.carried(f)]
            frontier = nxt
        return None

    def downstream_within(
        self, element: Element | str, hops: int = 4, *, content: bool = True
    ) -> frozenset[str]:
        """Ids reachable from ``element`` (excluded) in at most ``hops`` flows, along content
        flows (or any flow). The questions rules ask about consequences (does an answer
        come back to the asker, does an output land where the input came from) are local,
        and a bounded search keeps them cheap on large models."""
        v = _id(element)
        table = self._memo_table(f"down{hops}|{content}")
        got = table.get(v)
        if got is None:
            s = self.system
            seen = {v}
            frontier = [v]
            for _ in range(hops):
                nxt = []
                for node in frontier:
                    ends = (
                        self.content_targets(node) if content else [f.target for f in s._out[node]]
                    )
                    for end in ends:
                        if end not in seen:
                            seen.add(end)
                            nxt.append(end)
                frontier = nxt
            got = table[v] = frozenset(seen - {v})
        return got  # type: ignore[return-value]

    def path(
        self, start: Element | str, goal: Element | str, *, avoid: Iterable[str] = ()
    ) -> tuple[str, ...] | None:
        """The shortest path of element ids along content flows, or None."""
        a, b = _id(start), _id(goal)
        blocked = set(avoid)
        parent: dict[str, str | None] = {a: None}
        queue = deque([a])
        s = self.system
        while queue:
            node = queue.popleft()
            if node == b:
                break
            for f in s._out[node]:
                if f.target not in parent and f.target not in blocked and self.content_flow(f):
                    parent[f.target] = node
                    queue.append(f.target)
        if b not in parent:
            return None
        out = [b]
        while (p := parent[out[-1]]) is not None:
            out.append(p)
        return tuple(reversed(out))

    # ------------------------------------------------------------------ helpers

    def flows_between(self, path: Sequence[str]) -> list[str]:
        """Flow ids along a path of element ids (the first flow for each hop)."""
        out = []
        s = self.system
        for a, b in itertools.pairwise(path):
            for f in s._out[a]:
                if f.target == b:
                    out.append(f.id)
                    break
        return out

    def entry_flow(self, src: Source) -> str | None:
        """The flow through which a source's content enters (its first hop)."""
        flows = self.flows_between(src.path[:2])
        return flows[0] if flows else None

    def holds(self, element: Element | str, kind: DataKind) -> bool:
        """True when the element stores, provides, receives or sends data of this kind
        (declared), or, for kinds that can only be inferred, its flows carry it."""
        e = self.by_id[_id(element)]
        s = self.system
        if any(d.kind is kind for d in s.data_of(e)):
            return True
        return any(kind in self.carried(f) for f in (*s._in[e.id], *s._out[e.id]))

    def secrets_at(self, element: Element | str) -> bool:
        """True when the element keeps credentials (:func:`is_credential`): a store that
        stores them, a source that provides them, or a device that sends them (a token
        held by a client app)."""
        e = self.by_id[_id(element)]
        if isinstance(e, (DataStore, ModelRegistry)):
            held: Iterable[Data] = e.stores
        elif isinstance(e, DataSource):
            held = e.provides
        elif isinstance(e, Device):
            held = [d for f in self.system._out[e.id] for d in f.data]
        else:
            return False  # a process that passes credentials on does not keep them
        return any(is_credential(d) for d in held)


_ALL = -1
"""A route's data mask when it may hold anything (every bit set)."""


_Step = tuple[dict[int, int], "dict[int, int] | None", int, dict[int, int], dict[int, int]]


_FOLDED = frozenset(
    {DataKind.PROMPT, DataKind.INSTRUCTIONS, DataKind.DOCUMENTS, DataKind.RETRIEVED_CONTEXT}
)
"""Kinds of text a component may fold what reached it into, under another name."""


class _DataSteps:
    """What each element (by number) passes on of what a route brought it, as bit masks
    of declared data (all bits: "anything"): for each element it sends content to, the
    data on those flows (all bits when one declares none); the part of them it makes
    itself, getting it from no other element or only from a model, agent, tool or
    pipeline it calls (None for a store or data source: what it hands out may be what
    was written into it under another name); and everything it sends anywhere.

    An element that passes on, as the same data, everything a route brought it is a
    relay: the route goes on to an element only with the data it brought and the data
    the element makes, which may be made from it. One that keeps some of what the route
    brought (a scoring request it turns into a lookup of features) may make anything it
    sends from it. A person is not asked: :meth:`Facts._people_relay` says what they
    pass on. Each element also keeps what each live sender feeds it (not a store, tool,
    pipeline or model it asks), and what a camera wired into it sends (see
    :func:`_fed_by_others`): a flow that carries only data others fed it, as it came,
    does not carry a route's data on."""

    __slots__ = (
        "_bit",
        "_by_object",
        "_content",
        "_g",
        "_ids",
        "_kind_bits",
        "_media",
        "_number",
        "known",
    )

    def __init__(
        self, g: Facts, ids: list[str], number: dict[str, int], content: frozenset[str]
    ) -> None:
        self._g = g
        self._ids = ids
        self._number = number
        self._content = content
        self.known: list[_Step | None] = [None] * len(ids)
        """The masks of each element worked out so far (None: not yet)."""
        self._bit: dict[Any, int] = {}  # each datum's bit
        # the bits of each kind, and of media or no declared kind: a mask's kinds are
        # found with one AND per kind, not one step per datum of the model
        self._kind_bits: dict[Any, int] = {}
        self._media = 0
        self._by_object: dict[int, int] = {}  # the same, by id(): flows share the objects

    def _mask(self, data: tuple[Any, ...]) -> int:
        m = 0
        by_object = self._by_object
        for d in data:
            b = by_object.get(id(d))
            if b is None:
                b = self._bit.get(d)
                if b is None:
                    b = self._bit[d] = 1 << len(self._bit)
                    self._kind_bits[d.kind] = self._kind_bits.get(d.kind, 0) | b
                    if d.kind in (DataKind.MEDIA, None):
                        self._media |= b
                by_object[id(d)] = b
            m |= b
        return m

    def only_others(self, sent: int, others: int, brought: int) -> bool:
        """What is ``sent`` on is data others fed the element (``others``), none of it
        what the route ``brought``, nor text of a kind the route brought that could be
        folded into it (a contractor's prompt templates into the prompts an orchestrator
        sends). Other data of the same kind is not joined: an auction's capture service
        hands the model the scale's reading, a record, and none of the online bid,
        another record, that reached it."""
        return (
            sent != _ALL and not sent & ~others and not sent & brought and self.apart(sent, brought)
        )

    def captured(self, mask: int) -> int:
        """The part of ``mask`` that is media (photos, recordings) or of no declared
        kind, or all of it when it stands for anything (a flow that declares no data):
        what a person records of what was put in front of them."""
        if mask < 0:
            return mask  # a flow that declares no data may carry a photo too
        return mask & self._media

    def apart(self, a: int, b: int) -> bool:
        """Whether two data masks share no kind of text that one could be folded into
        the other as (prompts, instructions, documents, retrieved context); a datum of
        no declared kind may be any."""
        ka = self._kinds_in(a)
        kb = self._kinds_in(b)
        return None not in ka and None not in kb and ka.isdisjoint(kb & _FOLDED)

    def _kinds_in(self, mask: int) -> set[Any]:
        """The kinds of the data in ``mask``: for a mask that stands for anything (a flow
        that declares no data), no declared kind, which may be any."""
        if mask < 0:
            return {None}
        return {k for k, bits in self._kind_bits.items() if mask & bits}

    def step(self, n: int) -> _Step:
        """Work out (once) and keep the masks of element ``n``."""
        g = self._g
        s = g.system
        i = self._ids[n]
        number = self._number
        content = self._content
        mask = self._mask
        sent: dict[int, int] = {}
        for f in s._out[i]:
            if f.id in content:
                k = number[f.target]
                sent[k] = _ALL if not f.data else sent.get(k, 0) | mask(f.data)
        passed = 0
        for m in sent.values():
            passed |= m
        made: dict[int, int] | None = None
        fed: dict[int, int] = {}
        at_hand: dict[int, int] = {}
        if not isinstance(g.by_id[i], _HOLDERS):
            received: dict[int, int] = {}  # by sender, of what it relays
            for f in s._in[i]:
                if f.source == i:
                    continue  # what it sends itself (a self-loop) it gets from no other element
                if f.id in content and f.data and not isinstance(g.by_id[f.source], _ANSWERERS):
                    k = number[f.source]
                    received[k] = received.get(k, 0) | mask(f.data)
                    if _attached_camera(g, f):
                        at_hand[k] = at_hand.get(k, 0) | mask(f.data)
                    elif not isinstance(g.by_id[f.source], _HOLDERS):
                        fed[k] = fed.get(k, 0) | mask(f.data)
            everything = 0
            for r in received.values():
                everything |= r
            made = {}
            for k, m in sent.items():
                if k not in received:
                    made[k] = m & ~everything
                    continue
                # the same chat message both ways is a conversation, not a relay of the
                # receiver's own words: what comes only from there is made here
                others = 0
                for j, r in received.items():
                    if j != k:
                        others |= r
                made[k] = m & ~others
            e = g.by_id[i]
            if isinstance(e, Actor) and e.human:
                # a person hands a route on with the photos or recordings they take (of
                # the bottle a seller hands over), not with what they write beside what
                # reached them (a handler's valuation request next to a claimant's
                # evidence): that is their own words
                made = {k: self.captured(m) for k, m in made.items()}
        got = self.known[n] = (sent, made, passed, fed, at_hand)
        return got


def _fed_by_others(
    fed: dict[int, int], at_hand: dict[int, int], prev: int, from_person: bool
) -> int:
    """The data an element is fed live by senders other than ``prev``, where a route
    arrives from. A camera wired into it films whoever stands at it: what it sees is
    theirs when the route comes straight from a person, and others' otherwise."""
    others = 0
    for j, r in fed.items():
        if j != prev:
            others |= r
    if not from_person:
        for r in at_hand.values():
            others |= r
    return others


def _attached_camera(g: Facts, f: Flow) -> bool:
    """A device wired into the element it sends media to (a scale camera on a
    self-checkout lane's PC): it captures what is put in front of that element."""
    if not isinstance(g.by_id[f.source], Device) or f.protocol is None:
        return False
    p = g.protocol(f)
    return p is not None and p.local and any(d.kind is DataKind.MEDIA for d in f.data)


def _of_kinds(f: Flow, kinds: frozenset[DataKind]) -> frozenset[Any] | None:
    """The data of these kinds a flow declares; None when it may carry any (it declares
    no data, or a datum of no declared kind)."""
    if not f.data or any(d.kind is None for d in f.data):
        return None
    return frozenset(d for d in f.data if d.kind in kinds)


_DOCUMENT_KINDS = frozenset({DataKind.DOCUMENTS})
_EVIDENCE_KINDS = frozenset({DataKind.DOCUMENTS, DataKind.MEDIA})


def _by_length(path: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    return len(path), path


def _id(element: Element | str) -> str:
    return element if isinstance(element, str) else element.id


def is_credential(d: Data) -> bool:
    """Keys, tokens and passwords: data of kind ``credentials``, or secret data of no
    declared kind named or described as one (an API key, a token, a password, a
    certificate, ``~/.ssh``).
    Secret data that declares another kind (documents, records), or that no name says
    opens anything (board minutes; an imported OTM asset rated highly confidential),
    is sensitive content, not a credential: it opens nothing."""
    return d.kind is DataKind.CREDENTIALS or (
        d.sensitivity is Sensitivity.SECRET
        and d.kind is None
        and bool(_OPENS.search(f"{d.name} {d.description}"))
    )


_TUNNEL = re.compile(r"\b(?:ipsec|wireguard|vpn)\b", re.IGNORECASE)
"""How an EncryptionInTransit control names a tunnel between sites."""
_TUNNEL_LABEL = re.compile(
    r"\b(?:over|through|via|across|inside|in)\s+(?:an?\s+|the\s+|our\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:ipsec|wireguard|vpn)\b",
    re.IGNORECASE,
)
"""How a flow's label says it runs inside such a tunnel."""
_OPENS = re.compile(
    r"\b(?:keys?|api[ _-]?keys?|tokens?|passwords?|passphrases?|passcodes?|pins?|secrets?|"
    r"credentials?|certificates?|certs?|private[ _-]keys?|ssh|otp|oauth|jwt)\b",
    re.IGNORECASE,
)
"""Words by which a datum's name says it opens something: a key, a token, a password,
a certificate."""


_SESSION = re.compile(
    r"\bremote (?:sessions?|support|maintenance|access)\b|\b(?:ssh|rdp|vnc) sessions?\b",
    re.IGNORECASE,
)
"""Names of data that are a person working on the target from afar, not a file."""


def own_weights(element: Element) -> bool:
    """A model whose weights are ours to lose (in-house or open weights we run)."""
    return isinstance(element, Model) and element.origin is not ModelOrigin.THIRD_PARTY_API


def infer_kinds(
    src: Element, tgt: Element, g: Facts | None = None, flow: Flow | None = None
) -> frozenset[DataKind]:
    """What a flow from ``src`` to ``tgt`` most likely carries, when its data do not say.
    Data named as a remote session (a vendor's remote maintenance session, an SSH
    session) are someone working on the target, not files: records, whatever the
    source usually sends."""
    if (
        flow is not None
        and flow.data
        and all(_SESSION.search(d.name) for d in flow.data if d.kind is None)
    ):
        return _RECORDS
    for kinds, guess in _GUESSES:
        if isinstance(src, kinds):
            return guess(src, tgt, g)
    return _RECORDS


_K = DataKind
_RECORDS = frozenset({_K.RECORDS})
_ARTIFACT = frozenset({_K.MODEL_ARTIFACT})
_TRAINING = frozenset({_K.TRAINING_DATA})
_PROMPT = frozenset({_K.PROMPT})
_OUTPUT = frozenset({_K.MODEL_OUTPUT})
_TOOL_RESULT = frozenset({_K.TOOL_RESULT})
_FEATURES = frozenset({_K.FEATURES})


def _feeds_training(tgt: Element) -> bool:
    return isinstance(tgt, Pipeline) and tgt.stage in TRAINING_STAGES


def _from_external(src: Any, tgt: Element, g: Facts | None) -> frozenset[DataKind]:
    if src.provides is ExternalCategory.MODEL_HUB:
        return _TRAINING if isinstance(tgt, (Dataset, FeatureStore)) else _ARTIFACT
    if src.provides in (ExternalCategory.PACKAGE_REGISTRY, ExternalCategory.CONTAINER_REGISTRY):
        return frozenset({_K.CODE})
    if src.provides is ExternalCategory.MODEL_API:
        return _OUTPUT
    if src.provides is ExternalCategory.TOOL_SERVER or isinstance(tgt, (Agent, LLM)):
        return _TOOL_RESULT
    return _RECORDS


def _from_pipeline(src: Any, tgt: Element, g: Facts | None) -> frozenset[DataKind]:
    if src.stage in TRAINING_STAGES and isinstance(tgt, (Model, ModelRegistry, Device)):
        return _ARTIFACT
    if src.stage in (Stage.EVALUATION, Stage.DEPLOYMENT) and isinstance(
        tgt, (Model, ModelRegistry, Endpoint, Device, Service)
    ):
        return _ARTIFACT
    if isinstance(tgt, VectorStore):
        return frozenset({_K.EMBEDDINGS, _K.DOCUMENTS})
    if isinstance(tgt, FeatureStore):
        return _FEATURES
    if src.stage is Stage.LABELING and (isinstance(tgt, Dataset) or _feeds_training(tgt)):
        return frozenset({_K.LABELS})  # what a labelling step writes into training data
    if isinstance(tgt, Dataset) or _feeds_training(tgt):
        return _TRAINING
    return _RECORDS


def _from_vector_store(src: Any, tgt: Element, g: Facts | None) -> frozenset[DataKind]:
    if isinstance(tgt, (LLM, Agent, Service, Endpoint, Tool)):
        return frozenset({_K.RETRIEVED_CONTEXT})
    return frozenset({_K.EMBEDDINGS})


def _from_data_source(src: Any, tgt: Element, g: Facts | None) -> frozenset[DataKind]:
    if isinstance(tgt, (Dataset, FeatureStore)) or _feeds_training(tgt):
        return _TRAINING
    if isinstance(tgt, (VectorStore, Tool, Agent, LLM)) or (
        isinstance(tgt, Pipeline) and _feeds_index(tgt, g)
    ):
        return frozenset({_K.DOCUMENTS})
    return _RECORDS


def _from_person_or_device(src: Any, tgt: Element, g: Facts | None) -> frozenset[DataKind]:
    if (
        isinstance(src, Device)
        and src.trains_locally
        and isinstance(tgt, (Service, Pipeline, ModelRegistry, Endpoint))
    ):
        return _ARTIFACT
    if isinstance(tgt, (LLM, Agent, Model, Endpoint)):
        return _PROMPT
    if isinstance(tgt, Service) and g is not None and _fronts_model(tgt, g):
        return _PROMPT
    return _RECORDS


def _from_agent(src: Any, tgt: Element, g: Facts | None) -> frozenset[DataKind]:
    if isinstance(tgt, LLM):
        return _PROMPT
    if g is not None and _asked_by(src, tgt, g):
        return _OUTPUT  # the answer back to whoever asked it
    if isinstance(tgt, (Tool, ExternalService, Service, DataStore, Endpoint)):
        return frozenset({_K.TOOL_CALL})
    return _OUTPUT


def _from_service(src: Any, tgt: Element, g: Facts | None) -> frozenset[DataKind]:
    if isinstance(tgt, (LLM, Agent, Model)):
        return _PROMPT
    if g is not None and isinstance(tgt, (Actor, Service, Endpoint)) and _relays_model(src, g):
        return _OUTPUT
    return _RECORDS


_Guess = Callable[[Any, Element, "Facts | None"], frozenset[DataKind]]
_GUESSES: tuple[tuple[type | tuple[type, ...], _Guess], ...] = (
    # first match wins, so subclasses come before the classes they refine
    (ModelRegistry, lambda s, t, g: _ARTIFACT),
    (ExternalService, _from_external),
    (Pipeline, _from_pipeline),
    (Dataset, lambda s, t, g: _TRAINING),
    (FeatureStore, lambda s, t, g: _FEATURES),
    (VectorStore, _from_vector_store),
    (DataSource, _from_data_source),
    ((Actor, Device), _from_person_or_device),
    (Model, lambda s, t, g: _OUTPUT),  # LLMs included
    (Agent, _from_agent),
    (Tool, lambda s, t, g: _TOOL_RESULT if isinstance(t, (Agent, LLM)) else _RECORDS),
    ((Service, Endpoint), _from_service),
    (DataStore, lambda s, t, g: _TRAINING if _feeds_training(t) else _RECORDS),
)
"""What a flow carries by the kind of its source (and its target), for undeclared data."""


def _asked_by(agent: Element, other: Element, g: Facts) -> bool:
    """Whether ``other`` sends the agent its requests: a person, a client, a front end or
    another agent that calls it (a tool answering the agent's call does not)."""
    if isinstance(other, (Tool, DataStore, ExternalService, DataSource, ModelRegistry)):
        return False
    calls = [f for f in g.system._in[agent.id] if f.source == other.id]
    if not calls:
        return False
    if isinstance(other, Service):  # a back end the agent calls, unless it declares prompts
        return any(d.kind is DataKind.PROMPT for f in calls for d in f.data)
    return True


def _runs_code(e: Element) -> bool:
    """Components that run the code they receive (agents and models read it as text)."""
    if isinstance(e, Tool):
        from threatgraph.vocab import Capability

        return e.can(Capability.EXECUTE_CODE)
    return isinstance(e, (Pipeline, Service, Endpoint, Device))


def _feeds_index(p: Pipeline, g: Facts | None) -> bool:
    if g is None:
        return False
    return any(isinstance(g.by_id[f.target], VectorStore) for f in g.system._out[p.id])


def _fronts_model(e: Element, g: Facts) -> bool:
    """A service whose requests go on to a model (directly or through one more service)."""
    for f in g.system._out[e.id]:
        t = g.by_id[f.target]
        if isinstance(t, (Model, Agent)):
            return True
        if isinstance(t, (Service, Endpoint)) and any(
            isinstance(g.by_id[x.target], (Model, Agent)) for x in g.system._out[t.id]
        ):
            return True
    return False


def _relays_model(e: Element, g: Facts) -> bool:
    """A service or endpoint that receives a model's output (directly or one hop back)."""
    for f in g.system._in[e.id]:
        s = g.by_id[f.source]
        if isinstance(s, (Model, Agent)):
            return True
        if isinstance(s, (Service, Endpoint)) and any(
            isinstance(g.by_id[x.source], (Model, Agent)) for x in g.system._in[s.id]
        ):
            return True
    return False


def builds_models(element: Element) -> bool:
    """Registries and pipelines that train, evaluate or ship models."""
    if isinstance(element, ModelRegistry):
        return True
    return isinstance(element, Pipeline) and element.stage in _BUILD_STAGES


def _in_person(a: Element, b: Element, f: Flow) -> bool:
    """A paper or a word handed from one person to another across a counter: two people
    and no network protocol between them. Nothing on it runs or links anywhere."""
    return (
        isinstance(a, Actor)
        and a.human
        and isinstance(b, Actor)
        and b.human
        and (f.protocol is None or f.protocol.strip().lower() == "local")
    )
