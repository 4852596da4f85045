"""Threat model of support_bot, kept next to the code it describes.

``tests/test_architecture.py`` turns the team's security decisions into
invariants over this model, and pytest loads it through ``[tool.threatgraph]``
in pyproject.toml. Analyse it on its own with::

    threatgraph analyze support_bot/threat_model.py
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Support bot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Customer support chat that answers from past tickets and can act on orders.",
)

TLS = c.EncryptionInTransit(protocol="TLS 1.3")

# ---------------------------------------------------------------- data
question = tg.Data("Customer question", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Answer", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data("Prompt with ticket context", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("Completion", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tickets = tg.Data("Support tickets", sensitivity=tg.Sensitivity.PII)
chunks = tg.Data("Ticket chunks", sensitivity=tg.Sensitivity.PII)
articles = tg.Data("Help articles", sensitivity=tg.Sensitivity.PUBLIC)
order_query = tg.Data("Order query", sensitivity=tg.Sensitivity.INTERNAL)
orders = tg.Data("Order details", sensitivity=tg.Sensitivity.PII)
refund = tg.Data("Refund request", sensitivity=tg.Sensitivity.CONFIDENTIAL)
arithmetic = tg.Data("Arithmetic expression", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data("Intent labels", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data("Intent model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL)
intent = tg.Data("Detected intent", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII)
ratings = tg.Data("Satisfaction ratings", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    customer = tm.add(tg.Actor("Customer", controls={c.Authentication(method="OIDC")}))
    help_centre = tm.add(
        tg.DataSource("Public help centre", origin=tg.Origin.PUBLIC_WEB, provides={articles})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    llm = tm.add(
        tg.LLM(
            "Vendor LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.ModelVersioning(note="pinned snapshot, see llm_client.py"),
                c.SupplierAssessment(note="zero retention, no training on our data"),
                c.ModelAlignment(),
            },
        )
    )

with tm.boundary("Analytics vendor", trust=tg.Trust.PARTNER):
    analytics = tm.add(tg.ExternalService("Analytics warehouse"))

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC"),
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="api.validate"),
                c.Guardrails(),
                c.OutputFiltering(),
            },
        )
    )
    agent = tm.add(
        tg.Agent(
            "Support agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.UntrustedInputSegregation(note="tickets are quoted data"),
                c.LeastPrivilegeTools(),
                c.AuditLogging(retention_days=90),
                c.DataMinimization(note="llm_client.redact"),
                c.SecretsManagement(),
                c.RedTeaming(cadence="quarterly"),
            },
        )
    )
    intent_model = tm.add(
        tg.Model(
            "Intent classifier",
            task=tg.Task.CLASSIFIER,
            controls={
                c.ModelCards(),
                c.OutputObfuscation(note="only the top intent leaves the model"),
                c.SafeSerialization(note="safetensors"),
            },
        )
    )
    retriever = tm.add(
        tg.Service("Retriever", controls={c.PermissionAwareRetrieval(note="per customer")})
    )
    index = tm.add(
        tg.VectorStore(
            "Ticket index", stores={chunks, articles}, controls={c.EncryptionAtRest(), c.RBAC()}
        )
    )
    order_lookup = tm.add(
        tg.Tool(
            "Order lookup",
            capabilities={tg.Capability.READ},
            controls={c.InputValidation(), c.RBAC(note="own orders only")},
        )
    )
    refund_tool = tm.add(
        tg.Tool(
            "Refund",
            capabilities={tg.Capability.MONEY_MOVEMENT},
            controls={c.HumanInTheLoop(approver="support lead"), c.InputValidation(), c.RBAC()},
        )
    )
    calculator = tm.add(
        tg.Tool(
            "Calculator",
            capabilities={tg.Capability.EXECUTE_CODE},
            controls={c.Sandboxing(note="gVisor, no network, no disk")},
        )
    )
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(), c.RBAC(), c.RetentionLimits(days=30)},
        )
    )
    export_job = tm.add(tg.Pipeline("Nightly analytics export", stage=tg.Stage.INGESTION))

    with tm.boundary("Data platform", trust=tg.Trust.RESTRICTED):
        ticket_db = tm.add(
            tg.DataStore(
                "Ticket database",
                stores={tickets, orders},
                controls={c.EncryptionAtRest(), c.RBAC(), c.AuditLogging()},
            )
        )
        ingest = tm.add(
            tg.Pipeline(
                "Ticket ingestion",
                stage=tg.Stage.INGESTION,
                controls={c.ProvenanceTracking(), c.DataSanitization()},
            )
        )
        training_set = tm.add(
            tg.Dataset("Intent training set", stores={labels}, controls={c.DataVersioning()})
        )
        trainer = tm.add(
            tg.Pipeline(
                "Intent training job", stage=tg.Stage.TRAINING, controls={c.TrainingIsolation()}
            )
        )
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.SignedModels(), c.ImmutableArtifacts(), c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows: serving
tm.flow(customer, api, question, protocol="https", controls={TLS, c.Authentication(method="OIDC")})
tm.flow(api, customer, answer, protocol="https", controls={TLS})
tm.flow(api, agent, question)
tm.flow(agent, api, answer)
tm.flow(agent, intent_model, question)
tm.flow(intent_model, agent, intent)
tm.flow(agent, retriever, question)
tm.flow(retriever, index, question)
tm.flow(index, retriever, chunks)
tm.flow(retriever, agent, chunks)
tm.flow(agent, llm, prompt, protocol="https", controls={TLS})
tm.flow(llm, agent, completion, protocol="https", controls={TLS})
tm.flow(agent, order_lookup, order_query)
tm.flow(ticket_db, order_lookup, orders, controls={TLS, c.Authentication()})
tm.flow(order_lookup, agent, orders)
tm.flow(agent, refund_tool, refund)
tm.flow(agent, calculator, arithmetic)
tm.flow(agent, transcript_store, transcripts)

# ---------------------------------------------------------------- flows: data and training
tm.flow(ticket_db, ingest, tickets)
tm.flow(help_centre, ingest, articles, protocol="https", controls={TLS})
tm.flow(ingest, index, chunks, articles, controls={TLS, c.MutualAuthentication()})
tm.flow(ingest, training_set, labels)
tm.flow(training_set, trainer, labels)
tm.flow(trainer, registry, weights)
tm.flow(registry, intent_model, weights, controls={TLS})

# ---------------------------------------------------------------- flows: analytics (SEC-142)
tm.flow(transcript_store, export_job, transcripts)
tm.flow(export_job, analytics, transcripts, protocol="ftp")
tm.flow(api, analytics, ratings, protocol="http", label="CSAT webhook")
