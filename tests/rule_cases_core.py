"""Firing and non-firing cases for the generic, path, hygiene, profile and compliance rules.

Each entry maps a rule id to two factories: a small model on which the rule
fires, and a close variant on which it does not fire at all.
"""

from __future__ import annotations

from collections.abc import Callable

import threatgraph as tg

Factory = Callable[[], tg.ThreatModel]

PII = tg.Data("Customer records", sensitivity="pii")
PROMPT = tg.Data("Prompt")
PUBLIC = tg.Data("Web pages", sensitivity="public")
WEIGHTS = tg.Data("Model weights", sensitivity="confidential")


def _two_zones(
    src: tg.Element,
    dst: tg.Element,
    *data: tg.Data,
    crossing: bool = True,
    profile: str = "low",
    frameworks: tuple[str, ...] = (),
) -> tg.ThreatModel:
    tm = tg.ThreatModel("case", profile=profile, frameworks=frameworks)
    if crossing:
        with tm.boundary("Internet", trust="untrusted"):
            tm.add(src)
        with tm.boundary("VPC", trust="internal"):
            tm.add(dst)
    else:
        with tm.boundary("VPC", trust="internal"):
            tm.add(src)
            tm.add(dst)
    tm.flow(src, dst, *data)
    return tm


def _internal(
    *elements: tg.Element, flows: tuple[tuple[int, int], ...] = (), **kw: object
) -> tg.ThreatModel:
    tm = tg.ThreatModel("case", **kw)  # type: ignore[arg-type]
    with tm.boundary("VPC", trust="internal"):
        for e in elements:
            tm.add(e)
    for a, b in flows:
        tm.flow(elements[a], elements[b], PROMPT)
    return tm


def _rag_agent(untrusted_source: bool, sink_caps: set[str]) -> tg.ThreatModel:
    tm = tg.ThreatModel("case")
    web = tg.DataSource("Web", origin="public-web" if untrusted_source else "internal")
    with tm.boundary(
        "Outside" if untrusted_source else "VPC",
        trust="untrusted" if untrusted_source else "internal",
    ):
        tm.add(web)
    with tm.boundary("VPC", trust="internal"):
        idx = tm.add(tg.VectorStore("Index"))
        llm = tm.add(tg.LLM("LLM"))
        tool = tm.add(tg.Tool("Tool", capabilities=sink_caps))
    tm.flow(web, idx, PUBLIC)
    tm.flow(idx, llm, PUBLIC)
    tm.flow(llm, tool, PROMPT)
    return tm


def _exfil(with_egress: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("case")
    with tm.boundary("Internet", trust="untrusted"):
        mail = tm.add(tg.DataSource("Inbox", origin="user-upload"))
    with tm.boundary("VPC", trust="internal"):
        crm = tm.add(tg.DataStore("CRM", stores={PII}))
        agent = tm.add(tg.Agent("Agent"))
        fetch = tm.add(
            tg.Tool("Fetch", capabilities={"network-egress"} if with_egress else {"read"})
        )
    tm.flow(mail, agent, PROMPT)
    tm.flow(crm, agent, PII)
    tm.flow(agent, fetch, PROMPT)
    return tm


def _training(
    untrusted: bool, served: bool = True, registry: bool = False, pii: bool = False
) -> tg.ThreatModel:
    tm = tg.ThreatModel("case")
    data = PII if pii else PUBLIC
    with tm.boundary("Internet", trust="untrusted"):
        crawl = tm.add(tg.DataSource("Crawl", origin="public-web" if untrusted else "internal"))
    with tm.boundary("ML", trust="internal"):
        ds = tm.add(tg.Dataset("Corpus", stores={data}))
        job = tm.add(tg.Pipeline("Trainer", stage="training"))
        model = tm.add(tg.Model("Scorer"))
        api = tm.add(tg.Endpoint("API"))
        reg = tm.add(tg.ModelRegistry("Registry")) if registry else None
    if not untrusted:
        tm2 = tg.ThreatModel("case")
        with tm2.boundary("ML", trust="internal"):
            for e in (crawl, ds, job, model, api, *((reg,) if reg else ())):
                tm2.add(e)
        tm = tm2
    tm.flow(crawl, ds, data)
    tm.flow(ds, job, data)
    if reg is not None:
        tm.flow(job, reg, WEIGHTS)
        tm.flow(reg, model, WEIGHTS)
    else:
        tm.flow(job, model, WEIGHTS)
    if served:
        tm.flow(api, model, PROMPT)
    return tm


def _hub_to_serving(served: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("case")
    with tm.boundary("Internet", trust="untrusted"):
        hub = tm.add(tg.ExternalService("Hub", provides="model-hub"))
    with tm.boundary("Prod", trust="internal"):
        llm = tm.add(tg.LLM("LLM", origin="open-weights"))
        api = tm.add(tg.Endpoint("API"))
    tm.flow(hub, llm, WEIGHTS)
    if served:
        tm.flow(api, llm, PROMPT)
    return tm


def _experimental(maturity: str) -> tg.ThreatModel:
    api = tg.Endpoint("API")
    ranker = tg.Model("Ranker", maturity=maturity)
    return _internal(api, ranker, flows=((0, 1),))


def _high_stakes(stakes: bool) -> tg.ThreatModel:
    return _internal(
        tg.Endpoint("API"),
        tg.Model("Credit model", high_stakes=stakes),
        flows=((0, 1),),
        profile="high",
    )


def _store_with(
    data: tg.Data, *, frameworks: tuple[str, ...] = (), kind: type[tg.DataStore] = tg.DataStore
) -> tg.ThreatModel:
    return _internal(
        tg.Service("App"), kind("Store", stores={data}), flows=((0, 1),), frameworks=frameworks
    )


def _personal_flow(sensitivity: str, frameworks: tuple[str, ...]) -> tg.ThreatModel:
    d = tg.Data("Record", sensitivity=sensitivity)
    tm = tg.ThreatModel("case", frameworks=frameworks)
    with tm.boundary("VPC", trust="internal"):
        a = tm.add(tg.Service("A"))
        b = tm.add(tg.Service("B"))
    tm.flow(a, b, d)
    return tm


CASES: dict[str, tuple[Factory, Factory]] = {
    "stride/spoofing-external-entity": (
        lambda: _two_zones(tg.Actor("User"), tg.Service("App"), PROMPT),
        lambda: _two_zones(tg.Actor("User"), tg.Service("App"), PROMPT, crossing=False),
    ),
    "stride/spoofing-destination": (
        lambda: _reverse(tg.ExternalService("SaaS"), tg.Service("App")),
        lambda: _internal(tg.Service("App"), tg.ExternalService("SaaS"), flows=((0, 1),)),
    ),
    "stride/unencrypted-boundary-crossing": (
        lambda: _two_zones(tg.Actor("User"), tg.Service("App"), PROMPT),
        lambda: _two_zones(tg.Actor("User"), tg.Service("App"), PROMPT, crossing=False),
    ),
    "stride/flow-tampering": (
        lambda: _two_zones(tg.Actor("User"), tg.Service("App"), PROMPT),
        lambda: _two_zones(tg.Actor("User"), tg.Service("App"), PROMPT, crossing=False),
    ),
    "stride/repudiation": (
        lambda: _two_zones(tg.Actor("User"), tg.Service("App"), PROMPT),
        lambda: _two_zones(tg.Actor("User"), tg.Service("App"), PROMPT, crossing=False),
    ),
    "stride/denial-of-service": (
        lambda: _two_zones(tg.Actor("User"), tg.Service("App"), PROMPT),
        lambda: _two_zones(tg.Actor("User"), tg.Service("App"), PROMPT, crossing=False),
    ),
    "stride/injection": (
        lambda: _two_zones(tg.Actor("User"), tg.Endpoint("API", purpose="api"), PROMPT),
        lambda: _two_zones(
            tg.Actor("User"), tg.Endpoint("API", purpose="api"), PROMPT, crossing=False
        ),
    ),
    "stride/elevation-of-privilege": (
        lambda: _eop(True),
        lambda: _eop(False),
    ),
    "stride/data-store-disclosure": (
        lambda: _store_with(PII),
        lambda: _store_with(PUBLIC),
    ),
    "stride/data-store-tampering": (
        lambda: _two_zones(tg.Actor("User"), tg.DataStore("DB"), PROMPT),
        lambda: _two_zones(tg.Actor("User"), tg.DataStore("DB"), PROMPT, crossing=False),
    ),
    "stride/data-store-availability": (
        lambda: _two_zones(tg.Actor("User"), tg.DataStore("DB"), PROMPT),
        lambda: _two_zones(tg.Actor("User"), tg.DataStore("DB"), PROMPT, crossing=False),
    ),
    "stride/unauthenticated-store-access": (
        lambda: _two_zones(tg.Actor("User"), tg.DataStore("DB"), PROMPT),
        lambda: _two_zones(tg.Actor("User"), tg.DataStore("DB"), PROMPT, crossing=False),
    ),
    "stride/privileged-actor-access": (
        lambda: _internal(
            tg.Actor("Admin", privileged=True), tg.ModelRegistry("Registry"), flows=((0, 1),)
        ),
        lambda: _internal(
            tg.Actor("Admin", privileged=False), tg.ModelRegistry("Registry"), flows=((0, 1),)
        ),
    ),
    "paths/indirect-prompt-injection": (
        lambda: _rag_agent(True, {"write"}),
        lambda: _rag_agent(False, {"write"}),
    ),
    "paths/agent-data-exfiltration": (
        lambda: _exfil(True),
        lambda: _exfil(False),
    ),
    "paths/untrusted-training-lineage": (
        lambda: _training(True),
        lambda: _training(False),
    ),
    "paths/unsigned-model-to-serving": (
        lambda: _hub_to_serving(True),
        lambda: _hub_to_serving(False),
    ),
    "hygiene/element-outside-boundary": (
        lambda: _outside(True),
        lambda: _outside(False),
    ),
    "hygiene/isolated-element": (
        lambda: _internal(tg.Service("A"), tg.Service("B"), tg.Service("Lonely"), flows=((0, 1),)),
        lambda: _internal(tg.Service("A"), tg.Service("B"), flows=((0, 1),)),
    ),
    "hygiene/flow-without-data": (
        lambda: _two_zones(tg.Actor("User"), tg.Service("App")),
        lambda: _two_zones(tg.Actor("User"), tg.Service("App"), PROMPT),
    ),
    "hygiene/training-without-provenance": (
        lambda: _training(False),
        lambda: _internal(tg.Pipeline("Trainer", stage="training")),
    ),
    "hygiene/model-trained-on-personal-data": (
        lambda: _training(False, pii=True),
        lambda: _training(False, pii=False),
    ),
    "hygiene/experimental-on-production-path": (
        lambda: _experimental("experimental"),
        lambda: _experimental("production"),
    ),
    "profile/baseline/audit-logging": (
        lambda: _internal(tg.Service("A")),
        lambda: _internal(tg.Actor("Person")),
    ),
    "profile/baseline/input-validation": (
        lambda: _two_zones(tg.Actor("User"), tg.Service("App"), PROMPT),
        lambda: _two_zones(tg.Actor("User"), tg.Service("App"), PROMPT, crossing=False),
    ),
    "profile/baseline/model-access-control": (
        lambda: _internal(tg.Model("Model")),
        lambda: _internal(tg.Service("App")),
    ),
    "profile/high/red-teaming": (
        lambda: _internal(tg.LLM("LLM"), profile="high"),
        lambda: _internal(tg.LLM("LLM"), profile="low"),
    ),
    "profile/high/human-oversight": (
        lambda: _high_stakes(True),
        lambda: _high_stakes(False),
    ),
    "compliance/hipaa/encryption-at-rest": (
        lambda: _store_with(PII, frameworks=("hipaa",)),
        lambda: _store_with(PII),
    ),
    "compliance/hipaa/encryption-in-transit": (
        lambda: _personal_flow("regulated", ("hipaa",)),
        lambda: _personal_flow("internal", ("hipaa",)),
    ),
    "compliance/hipaa/audit-logging": (
        lambda: _store_with(PII, frameworks=("hipaa",)),
        lambda: _store_with(PUBLIC, frameworks=("hipaa",)),
    ),
    "compliance/hipaa/access-control": (
        lambda: _store_with(PII, frameworks=("hipaa",)),
        lambda: _store_with(PUBLIC, frameworks=("hipaa",)),
    ),
    "compliance/soc2/access-control": (
        lambda: _store_with(PUBLIC, frameworks=("soc2",)),
        lambda: _store_with(PUBLIC),
    ),
    "compliance/soc2/audit-logging": (
        lambda: _internal(tg.Service("A"), frameworks=("soc2",)),
        lambda: _internal(tg.Service("A")),
    ),
    "compliance/soc2/change-management": (
        lambda: _internal(tg.ModelRegistry("Registry"), frameworks=("soc2",)),
        lambda: _internal(tg.Service("A"), frameworks=("soc2",)),
    ),
    "compliance/soc2/incident-response": (
        lambda: _internal(tg.Service("A"), frameworks=("soc2",)),
        lambda: _internal(tg.Service("A")),
    ),
    "compliance/eu-ai-act-high-risk/human-oversight": (
        lambda: _high_stakes_eu(True),
        lambda: _high_stakes_eu(False),
    ),
    "compliance/eu-ai-act-high-risk/record-keeping": (
        lambda: _high_stakes_eu(True),
        lambda: _high_stakes_eu(False),
    ),
    "compliance/eu-ai-act-high-risk/data-governance": (
        lambda: _internal(tg.Dataset("Data"), frameworks=("eu-ai-act-high-risk",)),
        lambda: _internal(tg.Dataset("Data")),
    ),
    "compliance/eu-ai-act-high-risk/transparency": (
        lambda: _internal(tg.Model("M"), frameworks=("eu-ai-act-high-risk",)),
        lambda: _internal(tg.Model("M")),
    ),
    "compliance/eu-ai-act-high-risk/robustness": (
        lambda: _internal(tg.Model("M"), frameworks=("eu-ai-act-high-risk",)),
        lambda: _internal(tg.Model("M")),
    ),
    "compliance/gdpr/data-minimization": (
        lambda: _store_with(PII, frameworks=("gdpr",), kind=tg.Dataset),
        lambda: _store_with(PUBLIC, frameworks=("gdpr",), kind=tg.Dataset),
    ),
    "compliance/gdpr/lawful-basis": (
        lambda: _store_with(PII, frameworks=("gdpr",)),
        lambda: _store_with(PUBLIC, frameworks=("gdpr",)),
    ),
    "compliance/pci-dss/encryption": (
        lambda: _store_with(tg.Data("Cards", sensitivity="regulated"), frameworks=("pci-dss",)),
        lambda: _store_with(PII, frameworks=("pci-dss",)),
    ),
    "compliance/pci-dss/encryption-in-transit": (
        lambda: _personal_flow("regulated", ("pci-dss",)),
        lambda: _personal_flow("pii", ("pci-dss",)),
    ),
}


def _reverse(src: tg.Element, dst: tg.Element) -> tg.ThreatModel:
    """``dst`` (internal) sends to ``src`` (on the internet)."""
    tm = tg.ThreatModel("case")
    with tm.boundary("Internet", trust="untrusted"):
        tm.add(src)
    with tm.boundary("VPC", trust="internal"):
        tm.add(dst)
    tm.flow(dst, src, PROMPT)
    return tm


def _eop(onward: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("case")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("User"))
    with tm.boundary("VPC", trust="internal"):
        app = tm.add(tg.Service("App"))
        db = tm.add(tg.DataStore("DB"))
    tm.flow(user, app, PROMPT)
    if onward:
        tm.flow(app, db, PROMPT)
    return tm


def _outside(outside: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("case")
    with tm.boundary("VPC", trust="internal"):
        a = tm.add(tg.Service("A"))
        if not outside:
            b = tm.add(tg.Service("B"))
    if outside:
        b = tm.add(tg.Service("B"))
    tm.flow(a, b, PROMPT)
    return tm


def _high_stakes_eu(framework: bool) -> tg.ThreatModel:
    return _internal(
        tg.Endpoint("API"),
        tg.Model("Credit model", high_stakes=True),
        flows=((0, 1),),
        frameworks=("eu-ai-act-high-risk",) if framework else (),
    )
