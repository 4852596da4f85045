"""Fraud alert explainer: the first design, before any security review.

Fraud analysts at an EU retail bank work alerts raised by the card-fraud rules
engine. When an analyst opens an alert in the fraud workbench, an explanation
service pulls the customer's recent card transactions, device data and the rule
hits for the alert from the fraud data warehouse, builds a prompt and sends it
to an open-weights LLM that the bank hosts itself on a GPU cluster. The model
writes a plain-language explanation of why the activity looks fraudulent (or
not); the analyst reads it and decides to block the card or release the held
payment, and the workbench sends that action to the card management system.
Model weights are downloaded from a public model hub by an import pipeline and
kept in an internal model registry. Analysts sign in with corporate SSO and
access is role-based; the warehouse is encrypted at rest; prompts and
explanations are logged for audit. Card actions are taken only by an analyst.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fraud alert explainer",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss", "gdpr"},
    description="LLM-written explanations of card-fraud alerts for analysts who block or release.",
)

# ---------------------------------------------------------------- data assets
auth_events = tg.Data(
    "Card authorisations",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Authorisation messages with PAN, amount, merchant name and descriptor.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
transactions = tg.Data(
    "Customer transaction history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The last 90 days of card transactions for the customer, with merchant text.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
device_data = tg.Data(
    "Device data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Device fingerprint, IP geolocation, app and browser attributes.",
)
rule_hits = tg.Data("Rule hits", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
alert = tg.Data(
    "Fraud alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Alert id, masked card, held payment and the rules that fired.",
)
context_query = tg.Data(
    "Alert context query", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prompt = tg.Data(
    "Explanation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System instructions plus the transactions, device data and rule hits.",
)
explanation = tg.Data(
    "Alert explanation",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decision = tg.Data(
    "Analyst decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
card_action = tg.Data(
    "Card action",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Block card or release held payment, with the analyst's id.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
action_result = tg.Data(
    "Card action result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
audit_log = tg.Data("Prompt and explanation log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
weights = tg.Data(
    "LLM weights",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="safetensors",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public hub the open-weights model is downloaded from.
    model_hub = tm.add(
        tg.ExternalService(
            "Public model hub",
            provides=tg.ExternalCategory.MODEL_HUB,
            description="Hugging Face-style hub hosting the instruction-tuned model.",
        )
    )

with tm.boundary("Card processor", trust=tg.Trust.PARTNER):
    # Source of every card authorisation the rules engine scores.
    auth_stream = tm.add(
        tg.DataSource(
            "Card authorisation stream",
            origin=tg.Origin.PARTNER,
            provides={auth_events},
            description="Authorisations forwarded by the issuer processor.",
        )
    )

with tm.boundary("Device intelligence vendor", trust=tg.Trust.PARTNER):
    # Device fingerprints from the vendor SDK in the bank's mobile app and web login.
    device_feed = tm.add(
        tg.DataSource(
            "Device intelligence feed",
            origin=tg.Origin.VENDOR,
            provides={device_data},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The people who read explanations and take card actions.
    analyst = tm.add(tg.Actor("Fraud analyst", role="fraud analyst"))
    # Approves new model versions for serving.
    ml_engineer = tm.add(tg.Actor("ML platform engineer", role="ml engineer", privileged=True))

with tm.boundary("Fraud operations platform", trust=tg.Trust.INTERNAL):
    # Existing rules engine: raises the alerts this tool explains.
    rules_engine = tm.add(
        tg.Service("Fraud rules engine", description="Scores authorisations against fraud rules.")
    )
    # Alert queue and case records the workbench reads and updates.
    case_store = tm.add(tg.DataStore("Alert and case store", stores={alert, decision}))
    # Analysts' web UI: open an alert, read the explanation, block or release.
    workbench = tm.add(
        tg.Endpoint(
            "Fraud analyst workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.RBAC(note="fraud-analyst role only"),
                c.AuditLogging(retention_days=2555, note="who opened which alert"),
            },
        )
    )
    # Gathers the alert context, builds the prompt and calls the LLM.
    explainer = tm.add(
        tg.Service(
            "Explanation service",
            description="Fetches transactions, device data and rule hits; prompts the LLM.",
            controls={c.AuditLogging(retention_days=2555, note="prompt and explanation per alert")},
        )
    )
    # Keeps every prompt and explanation for audit and complaints.
    log_store = tm.add(
        tg.DataStore(
            "Explanation audit log",
            stores={audit_log},
            controls={c.EncryptionAtRest(key_management="bank KMS")},
        )
    )

    with tm.boundary("Fraud data warehouse zone", trust=tg.Trust.RESTRICTED):
        # System of record for transactions, device data and rule hits.
        warehouse = tm.add(
            tg.DataStore(
                "Fraud data warehouse",
                stores={transactions, device_data, rule_hits},
                controls={c.EncryptionAtRest(key_management="bank KMS"), c.RBAC()},
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Pulls the chosen model version from the hub and stages it for serving.
    model_import = tm.add(
        tg.Pipeline(
            "Model import pipeline",
            stage=tg.Stage.DEPLOYMENT,
            third_party_packages=True,
            description="Downloads weights with the hub client, pushes them to the registry.",
        )
    )
    # Internal copy of the weights, by version.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={c.ModelVersioning()},
        )
    )

    with tm.boundary("GPU inference enclave", trust=tg.Trust.RESTRICTED):
        # Self-hosted open-weights LLM that writes the explanations.
        llm = tm.add(
            tg.LLM(
                "Explanation LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                high_stakes=True,
                description="Open-weights instruction model served with vLLM; advisory only.",
            )
        )

with tm.boundary("Core banking", trust=tg.Trust.RESTRICTED):
    # Existing card management system that blocks cards and releases held payments.
    card_mgmt = tm.add(
        tg.Service(
            "Card management system",
            controls={
                c.Authentication(method="service account"),
                c.HumanInTheLoop(approver="fraud analyst", note="actions only on an analyst click"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )

# ---------------------------------------------------------------- flows
# alerts are raised upstream
tm.flow(auth_stream, rules_engine, auth_events, protocol="kafka")
tm.flow(rules_engine, warehouse, transactions, rule_hits, protocol="tls")
tm.flow(device_feed, warehouse, device_data, protocol="https", label="hourly batch")
tm.flow(rules_engine, case_store, alert)

# the analyst opens an alert and gets an explanation
tm.flow(analyst, workbench, alert, protocol="https", label="opens alert")
tm.flow(case_store, workbench, alert)
tm.flow(workbench, explainer, alert, protocol="https")
tm.flow(explainer, warehouse, context_query, protocol="tls")
tm.flow(warehouse, explainer, transactions, device_data, rule_hits, protocol="tls")
tm.flow(explainer, llm, prompt, protocol="http", label="OpenAI-compatible API")
tm.flow(llm, explainer, explanation, protocol="http")
tm.flow(explainer, log_store, audit_log)
tm.flow(explainer, workbench, explanation, protocol="https")
tm.flow(workbench, analyst, explanation, protocol="https")

# the analyst decides, and the card is blocked or the payment released
tm.flow(analyst, workbench, decision, protocol="https", label="block or release")
tm.flow(workbench, case_store, decision)
tm.flow(workbench, card_mgmt, card_action, protocol="https")
tm.flow(card_mgmt, workbench, action_result, protocol="https")

# getting the model
tm.flow(model_hub, model_import, weights, protocol="https", label="download")
tm.flow(ml_engineer, model_import, release_approval, label="approves version")
tm.flow(model_import, registry, weights)
tm.flow(registry, llm, weights, label="load at start-up")
