"""Hand-written models for the serialization tests (converter, JSON export, loaders).

``full_model()`` uses every element kind, every built-in control (with every
parameter set), nested boundaries, data with and without CIA ratings, tags,
exclusions, custom actors (one entering through a boundary id), frameworks,
and flows with protocols, labels, controls, exclusions and a self-loop.
"""

from __future__ import annotations

import typing
from typing import Any

import attrs

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.elements import KINDS


def _param(hint: Any, i: int) -> Any:
    args = typing.get_args(hint)
    inner = next(a for a in args if a is not type(None)) if args else hint
    if inner is int:
        return 10 + i
    if inner is float:
        return 0.25 * (i + 1)
    return f"value {i} ✓"


def every_control() -> list[c.Control]:
    """One instance of every built-in control, with every parameter and a note set."""
    out = []
    for i, cls in enumerate(c.ALL):
        hints = typing.get_type_hints(cls)
        params = {f.name: _param(hints[f.name], i) for f in attrs.fields(cls) if f.name != "note"}
        out.append(cls(note=f"note for {cls.key}", **params))
    return out


def full_model(name: str = "Full model — every kind") -> tg.ThreatModel:
    """A model with every element kind and every control (see the module docstring)."""
    ctrls = every_control()
    tickets = tg.Data(
        "Support tickets",
        sensitivity="pii",
        cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
        description="Customer conversations",
    )
    prompt = tg.Data("Prompt")
    weights = tg.Data("Model weights", sensitivity="secret", id="weights")
    unused = tg.Data("Audit trail", sensitivity="regulated")
    tm = tg.ThreatModel(
        name,
        profile="high",
        frameworks=["gdpr", "soc2"],
        description='Über-model with ünïcödé and "quotes" <b>tags</b>',
        actors=[
            tg.ThreatActor(
                "Rogue admin", capability="high", goals={"steal-model"}, entry="production-vpc"
            ),
            tg.ThreatActor("Script kiddie", capability="low", goals=("bypass-safeguards",)),
        ],
    )
    tm.data(unused)
    kinds: dict[str, tg.Element] = {}
    with tm.boundary("Internet", trust="untrusted"):
        kinds["actor"] = tm.add(
            tg.Actor("Customer", role="customer", human=True, tags={"external", "b2c"})
        )
        kinds["device"] = tm.add(tg.Device("Phones", fleet=True, trains_locally=True))
        kinds["data_source"] = tm.add(
            tg.DataSource("Help pages", origin="public-web", provides={tickets})
        )
    with tm.boundary("Vendors", trust="partner", description="Third parties"):
        kinds["external_service"] = tm.add(
            tg.ExternalService("Model API", provides="model-api", maturity="experimental")
        )
    with tm.boundary("Production VPC", trust="internal"):
        kinds["endpoint"] = tm.add(
            tg.Endpoint("Chat API", purpose="api", returns_scores=True, controls=set(ctrls[:10]))
        )
        kinds["service"] = tm.add(tg.Service("Orchestrator", controls=set(ctrls[10:20])))
        kinds["agent"] = tm.add(
            tg.Agent("Planner", autonomy="autonomous", memory=True, controls=set(ctrls[20:30]))
        )
        kinds["tool"] = tm.add(
            tg.Tool(
                "Shell",
                capabilities={"execute-code", "network-egress"},
                origin="third-party",
                controls=set(ctrls[30:40]),
                exclude={"some-rule": "sandboxed elsewhere", "other-rule": "not reachable"},
            )
        )
        kinds["vector_store"] = tm.add(
            tg.VectorStore("Ticket index", stores={tickets}, memory=True, id="index")
        )
        with tm.boundary("Model enclave", trust="restricted"):
            kinds["llm"] = tm.add(
                tg.LLM("Support LLM", origin="third-party-api", controls=set(ctrls[40:]))
            )
            kinds["model"] = tm.add(
                tg.Model(
                    "Fraud scorer",
                    task="classifier",
                    origin="open-weights",
                    online_learning=True,
                    returns_scores=True,
                    high_stakes=True,
                )
            )
            kinds["model_registry"] = tm.add(tg.ModelRegistry("Registry", stores={weights}))
    with tm.boundary("Training enclave", trust="restricted"):
        kinds["pipeline"] = tm.add(
            tg.Pipeline("Fine-tune job", stage="fine-tuning", third_party_packages=True)
        )
        kinds["dataset"] = tm.add(
            tg.Dataset("Fine-tune set", stores={tickets, prompt}, purpose="fine-tuning")
        )
        kinds["feature_store"] = tm.add(tg.FeatureStore("Features", online=False))
    kinds["data_store"] = tm.add(tg.DataStore("Loose bucket", description="in no boundary"))
    assert set(kinds) == set(KINDS), set(KINDS) - set(kinds)

    k = kinds
    tm.flow(
        k["actor"],
        k["endpoint"],
        prompt,
        protocol="https",
        controls={c.EncryptionInTransit(protocol="TLS 1.3"), c.Authentication(method="OIDC")},
        label="asks",
    )
    tm.flow(k["endpoint"], k["agent"], prompt)
    tm.flow(k["agent"], k["tool"], prompt, label="runs", exclude={"flow-rule": "reviewed"})
    tm.flow(k["agent"], k["llm"], prompt, tickets)
    tm.flow(k["vector_store"], k["llm"], tickets)
    tm.flow(k["llm"], k["external_service"], prompt, protocol="grpc")
    tm.flow(k["llm"], k["llm"], prompt, allow_self=True, label="self-critique")
    tm.flow(k["data_source"], k["pipeline"], tickets)
    tm.flow(k["pipeline"], k["dataset"], tickets)
    tm.flow(k["dataset"], k["pipeline"], tickets, label="read back")
    tm.flow(k["pipeline"], k["model_registry"], weights)
    tm.flow(k["model_registry"], k["model"], weights)
    tm.flow(k["feature_store"], k["model"])
    tm.flow(k["device"], k["service"], label="updates")
    tm.flow(k["service"], k["data_store"])
    return tm


def small_model() -> tg.ThreatModel:
    """Three elements, two boundaries, two flows."""
    tm = tg.ThreatModel("Small", actors=())
    prompt = tg.Data("Prompt", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("User"))
    with tm.boundary("VPC", trust="internal"):
        api = tm.add(tg.Endpoint("API", controls={c.RateLimiting(requests_per_minute=5)}))
        llm = tm.add(tg.LLM("LLM"))
    tm.flow(user, api, prompt, protocol="https")
    tm.flow(api, llm, prompt)
    return tm
