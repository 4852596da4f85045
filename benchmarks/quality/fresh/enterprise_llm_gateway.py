"""Enterprise LLM gateway: the first design, before any security review.

Every internal application calls this gateway instead of calling LLM vendors
directly. Apps get a gateway API key from the platform team and send
OpenAI-compatible requests to it. The gateway checks the key and the
per-app token quota, passes the prompt through a PII redaction service, looks
the redacted prompt up in a shared response cache, and otherwise hands it to a
router that picks one of two hosted LLM providers or our self-hosted
open-weights model on the GPU cluster. Provider API keys come from the cloud
secrets manager. Every request, with the original prompt and the completion,
is written to a log store used for monthly cost chargeback and for audits.
The platform team manages keys and routing rules through the gateway's admin
console; open-weights releases are pulled from a public model hub into our
registry. The company operates in the EU and prompts carry personal data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Enterprise LLM gateway",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "soc2"},
    description="Company-wide proxy between internal apps and hosted or self-hosted LLMs.",
)

# ---------------------------------------------------------------- data assets
app_request = tg.Data(
    "App LLM request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Prompt and parameters as sent by an app; may hold customer and employee data.",
)
app_key = tg.Data("Gateway API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
redacted_prompt = tg.Data(
    "Redacted prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The prompt with detected personal data replaced by placeholders.",
)
completion = tg.Data("Completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
provider_key = tg.Data("Provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
routing_rules = tg.Data(
    "App registry and routing rules",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Registered apps, hashed gateway keys, quotas and the provider chosen per app.",
)
request_log = tg.Data(
    "Prompt and completion log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Original prompt, completion, app id, model, token counts and cost per call.",
)
cost_report = tg.Data("Cost and usage report", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data("Open-weights model release", format="safetensors")

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Any of the company's internal services or tools that needs an LLM.
    app = tm.add(tg.Actor("Internal application", role="calling app", human=False))
    # Platform engineers register apps, issue keys and change routing.
    admin = tm.add(tg.Actor("Gateway administrator", role="platform engineer", privileged=True))
    # Finance and internal audit read usage reports and audit extracts.
    auditor = tm.add(tg.Actor("Finance and audit analyst", role="analyst"))

with tm.boundary("Gateway platform", trust=tg.Trust.INTERNAL):
    # The single entry point apps call; also serves the admin console.
    gateway = tm.add(
        tg.Endpoint(
            "Gateway API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-app API key; SSO for the admin console"),
                c.RateLimiting(note="per-app token and request quotas"),
                c.InputValidation(note="OpenAI-compatible schema and maximum prompt size"),
            },
        )
    )
    # Strips personal data from prompts before they reach any model.
    redactor = tm.add(
        tg.Service(
            "PII redaction service",
            description="Regex and NER detection of names, e-mails, phone and ID numbers.",
            controls={c.DataMinimization(note="one-way redaction of detected PII")},
        )
    )
    # Saves cost and latency by answering repeated prompts from cache.
    cache = tm.add(
        tg.DataStore(
            "Response cache",
            stores={redacted_prompt, completion},
            description="Redis keyed by a hash of model and redacted prompt, shared by all apps.",
        )
    )
    # Chooses the provider per request and holds the provider adapters.
    router = tm.add(
        tg.Service(
            "Provider router",
            controls={
                c.SecretsManagement(note="provider keys read from the cloud secrets manager")
            },
        )
    )
    # Holds which apps exist, their key hashes, quotas and routes.
    config_db = tm.add(tg.DataStore("Gateway configuration database", stores={routing_rules}))
    # Keeps every call for chargeback and audits.
    log_store = tm.add(
        tg.DataStore(
            "Request log store",
            stores={request_log},
            controls={
                c.AuditLogging(retention_days=365),
                c.EncryptionAtRest(key_management="cloud KMS"),
            },
        )
    )
    # Monthly chargeback per app and ad-hoc audit queries over the logs.
    reporting = tm.add(tg.Service("Usage and audit reporting"))

with tm.boundary("GPU cluster", trust=tg.Trust.INTERNAL):
    # Self-hosted model for apps that may not send data to a vendor.
    local_llm = tm.add(
        tg.LLM(
            "Self-hosted open-weights LLM",
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="An open-weights instruct model served with vLLM.",
        )
    )
    # Internal copy of the model releases the cluster serves.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("LLM provider A", trust=tg.Trust.PARTNER):
    # Main hosted frontier model.
    provider_a = tm.add(
        tg.LLM(
            "Hosted LLM provider A",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor review and zero-retention terms")},
        )
    )

with tm.boundary("LLM provider B", trust=tg.Trust.PARTNER):
    # Second vendor, for cheaper models and failover.
    provider_b = tm.add(
        tg.LLM(
            "Hosted LLM provider B",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor review and zero-retention terms")},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public hub the open-weights releases are downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

# ---------------------------------------------------------------- flows
tm.flow(app, gateway, app_request, app_key, protocol="https")
tm.flow(gateway, app, completion, protocol="https")

tm.flow(admin, gateway, routing_rules, protocol="https", label="admin console")
tm.flow(gateway, config_db, routing_rules, label="key issue and route changes")
tm.flow(config_db, gateway, routing_rules, label="key check and route lookup")

tm.flow(gateway, redactor, app_request)
tm.flow(redactor, gateway, redacted_prompt)

tm.flow(gateway, cache, redacted_prompt, label="lookup")
tm.flow(cache, gateway, completion, label="cache hit")
tm.flow(gateway, cache, completion, id="gateway->cache:store", label="store on miss")

tm.flow(gateway, router, redacted_prompt, routing_rules)
tm.flow(router, gateway, completion)

tm.flow(router, provider_a, redacted_prompt, provider_key, protocol="https")
tm.flow(provider_a, router, completion, protocol="https")
tm.flow(router, provider_b, redacted_prompt, provider_key, protocol="https")
tm.flow(provider_b, router, completion, protocol="https")
tm.flow(router, local_llm, redacted_prompt, protocol="http")
tm.flow(local_llm, router, completion, protocol="http")

tm.flow(gateway, log_store, request_log)
tm.flow(log_store, reporting, request_log)
tm.flow(reporting, auditor, cost_report, request_log, protocol="https")

tm.flow(hub, registry, weights, protocol="https", label="engineer pulls new release")
tm.flow(registry, local_llm, weights, label="load at start-up")
