"""Trader communications surveillance: the first design, before any security review.

Compliance must monitor what traders say in Bloomberg chat, Symphony, Teams and
e-mail for insider dealing, market manipulation and collusion. The bank's
communications archive vendor already captures every message, including those
from clients and brokers at other firms. An ingestion pipeline pulls new
conversations from the vendor's API into a conversation store; a surveillance
orchestrator groups them by trader and day, adds the trader's orders and trades
and the compliance restricted and watch lists, and asks an open-weights LLM
served on the bank's own GPU cluster to classify each conversation against the
market abuse typologies. Conversations it flags become alerts in the case
management system, where compliance analysts review and disposition them; their
dispositions form an evaluation set that a new model version must pass before
the model owner promotes it. Stores are encrypted and access is role-based.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Trader communications surveillance",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="LLM review of trader chat and e-mail for market abuse, raising alerts for compliance.",
)

# ---------------------------------------------------------------- data assets
messages = tg.Data(
    "Trader chat and e-mail messages",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Recorded communications kept under MiFID II; may contain MNPI and client details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
conversations = tg.Data(
    "Normalised conversations",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
trades = tg.Data(
    "Trader orders and executions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
watch_lists = tg.Data(
    "Restricted and watch lists",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
    description="Issuers the bank holds inside information on, maintained by the control room.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Surveillance prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Typology instructions, one conversation, the trader's trades and matching list entries.",
)
classification = tg.Data(
    "Market abuse classification",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Typology, risk score and rationale quoting the messages relied on.",
)
alerts = tg.Data(
    "Surveillance alerts",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
dispositions = tg.Data(
    "Alert dispositions",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Analyst outcome per alert: closed, escalated, or reported to the regulator.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data(
    "LLM weights",
    format="safetensors",
    sensitivity=tg.Sensitivity.INTERNAL,
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the open-weights model and its updates are downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Archive vendor", trust=tg.Trust.PARTNER):
    # The vendor's regulated communications archive: every chat and e-mail, internal and external.
    archive = tm.add(
        tg.DataSource(
            "Communications archive",
            origin=tg.Origin.PARTNER,
            provides={messages},
            description="Captures Bloomberg, Symphony, Teams and e-mail, including messages from clients and brokers.",
        )
    )

with tm.boundary("Bank network", trust=tg.Trust.INTERNAL):
    # Reviews alerts and decides whether to escalate or report them.
    analyst = tm.add(tg.Actor("Compliance analyst", role="surveillance analyst"))
    # Owns the surveillance model, its prompts and its releases.
    model_owner = tm.add(tg.Actor("Surveillance model owner", role="ml engineer", privileged=True))
    # The order management system's trade records, read for context.
    oms = tm.add(
        tg.DataSource(
            "Order management system",
            origin=tg.Origin.INTERNAL,
            provides={trades},
        )
    )

    with tm.boundary("Compliance zone", trust=tg.Trust.RESTRICTED):
        # Pulls new messages from the vendor every 15 minutes and threads them into conversations.
        ingestion = tm.add(
            tg.Pipeline(
                "Message ingestion",
                stage=tg.Stage.INGESTION,
                controls={c.SecretsManagement(note="vendor API key held in the bank's vault")},
            )
        )
        # Conversations waiting for and after review.
        conversation_store = tm.add(
            tg.DataStore(
                "Conversation store",
                stores={conversations},
                controls={c.EncryptionAtRest(key_management="HSM-backed KMS"), c.RBAC()},
            )
        )
        # The control room's restricted and watch lists.
        lists_store = tm.add(
            tg.DataStore(
                "Restricted and watch list store",
                stores={watch_lists},
                controls={c.EncryptionAtRest(key_management="HSM-backed KMS"), c.RBAC()},
            )
        )
        # Batches conversations, builds prompts, turns the LLM's verdicts into alerts.
        orchestrator = tm.add(
            tg.Service(
                "Surveillance orchestrator",
                description="Raises an alert when the LLM's risk score passes the threshold; closes the rest.",
                controls={
                    c.OutputFiltering(note="replies must parse against the alert JSON schema")
                },
            )
        )
        # Alerts, evidence and analyst decisions: the regulatory record of the surveillance.
        case_store = tm.add(
            tg.DataStore(
                "Case management system",
                stores={alerts, dispositions},
                controls={
                    c.EncryptionAtRest(key_management="HSM-backed KMS"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )
        # Analysts' screen onto the case management system.
        case_console = tm.add(
            tg.Endpoint(
                "Case review console",
                purpose=tg.EndpointPurpose.API,
                controls={c.Authentication(method="bank SSO with hardware token MFA"), c.RBAC()},
            )
        )
        # Dispositioned alerts, used to test new model and prompt versions.
        eval_set = tm.add(
            tg.Dataset(
                "Disposition evaluation set",
                stores={dispositions, conversations},
                purpose="evaluation",
            )
        )
        # Scores a candidate model on the evaluation set before release.
        evaluation = tm.add(tg.Pipeline("Model evaluation", stage=tg.Stage.EVALUATION))
        # Approved model versions, pinned by digest.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

        with tm.boundary("GPU cluster", trust=tg.Trust.RESTRICTED):
            # Open-weights LLM served on the bank's GPUs, with no outbound internet access.
            llm = tm.add(
                tg.LLM(
                    "Surveillance LLM",
                    origin=tg.ModelOrigin.OPEN_WEIGHTS,
                    returns_scores=True,
                    high_stakes=True,
                    description="Classifies each conversation against the market abuse typologies.",
                    controls={c.EgressFiltering(note="cluster has no route to the internet")},
                )
            )

# ---------------------------------------------------------------- flows
# ingestion
tm.flow(archive, ingestion, messages, protocol="https", label="API pull every 15 minutes")
tm.flow(ingestion, conversation_store, conversations)

# review by the LLM
tm.flow(conversation_store, orchestrator, conversations, label="batch by trader and day")
tm.flow(oms, orchestrator, trades, label="daily export")
tm.flow(lists_store, orchestrator, watch_lists)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, classification, protocol="https")
tm.flow(orchestrator, case_store, alerts)

# analyst review
tm.flow(case_store, case_console, alerts)
tm.flow(conversation_store, case_console, conversations, label="evidence view")
tm.flow(case_console, analyst, alerts, conversations, protocol="https")
tm.flow(analyst, case_console, dispositions, protocol="https")
tm.flow(case_console, case_store, dispositions)

# model lifecycle
tm.flow(case_store, eval_set, dispositions, label="monthly export")
tm.flow(conversation_store, eval_set, conversations, label="monthly export")
tm.flow(model_hub, evaluation, weights, protocol="https", label="candidate download")
tm.flow(eval_set, evaluation, dispositions, conversations)
tm.flow(evaluation, registry, weights)
tm.flow(model_owner, registry, release, protocol="https", label="approves release")
tm.flow(registry, llm, weights, label="deploy")
