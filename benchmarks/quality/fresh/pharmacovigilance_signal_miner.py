"""Pharmacovigilance signal miner: the first design, before any security review.

The drug-safety team wants to find new safety signals earlier. A nightly ingestion
pipeline gathers adverse-event reports from three places: the company's own safety
case database (individual case safety reports with patient health data), the
regulator's public adverse-event feed, and posts scraped from public patient forums.
An in-house NLP model (an open-weights biomedical encoder we fine-tune) extracts
drug/event pairs; a statistics job computes disproportionality scores (PRR, ROR) per
pair; for candidate signals an orchestrator asks a hosted LLM, reached through our
cloud provider's model API, to draft a signal summary from the scores and a sample of
case narratives. Safety physicians review, edit and approve drafts in an internal web
app (corporate SSO, roles, audit trail); only approved assessments are sent to the
regulator's submission gateway. Everything runs in the company's cloud account; the
case database sits in a restricted safety-data zone, encrypted with KMS keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacovigilance signal miner",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Mines adverse-event reports for drug-safety signals; LLM drafts, physicians decide.",
)

# ---------------------------------------------------------------- data assets
case_reports = tg.Data(
    "Individual case safety reports",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Patient age, sex, medical history, drugs, events and free-text narratives.",
)
regulator_reports = tg.Data(
    "Regulator adverse-event records",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="De-identified quarterly extracts of the regulator's public database.",
)
forum_posts = tg.Data(
    "Patient forum posts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Public posts with usernames and self-reported conditions and medicines.",
)
normalized_reports = tg.Data(
    "Normalized adverse-event reports",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="All three sources mapped to one schema (MedDRA terms, drug dictionary).",
)
drug_event_pairs = tg.Data(
    "Extracted drug/event pairs",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
scores = tg.Data(
    "Disproportionality scores",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
summary_prompt = tg.Data(
    "Signal summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the scores and a sample of case narratives for one candidate.",
)
draft_summary = tg.Data(
    "Draft signal summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
review_decision = tg.Data(
    "Physician review decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Edits, validate/refute decision and rationale for each candidate signal.",
)
signal_assessment = tg.Data(
    "Approved signal assessment",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Third report source: what patients write publicly about side effects.
    forums = tm.add(
        tg.DataSource(
            "Patient forums",
            origin=tg.Origin.PUBLIC_WEB,
            provides={forum_posts},
            description="A list of health forums and subreddits scraped daily.",
        )
    )
    # Second report source: the regulator's public adverse-event database.
    regulator_feed = tm.add(
        tg.DataSource(
            "Regulator adverse-event feed",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={regulator_reports},
            description="Quarterly public data files downloaded from the regulator's site.",
        )
    )

with tm.boundary("Regulator", trust=tg.Trust.PARTNER):
    # Where approved assessments are filed; nothing goes here without physician approval.
    submission_gateway = tm.add(
        tg.ExternalService(
            "Regulatory submission gateway",
            description="The regulator's electronic submissions gateway.",
        )
    )

with tm.boundary("Cloud model service", trust=tg.Trust.PARTNER):
    # Drafts the human-readable summary; managed model API of our cloud provider.
    llm = tm.add(
        tg.LLM(
            "Hosted summary LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose LLM offered by the cloud provider, called per candidate.",
            controls={c.SupplierAssessment(note="DPA signed; provider does not retain prompts")},
        )
    )

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Pulls the three sources, maps them to one schema and deduplicates.
    ingestion = tm.add(
        tg.Pipeline(
            "Report ingestion pipeline",
            stage=tg.Stage.INGESTION,
            description="Nightly batch: case DB extract, regulator files, forum scraper.",
            controls={c.SchemaEnforcement(note="E2B(R3) schema for case and regulator records")},
        )
    )
    # Holds the normalized reports that the model and the orchestrator read.
    staging = tm.add(
        tg.DataStore(
            "Report staging store",
            stores={normalized_reports},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Turns report text into drug/event pairs.
    nlp_model = tm.add(
        tg.Model(
            "Drug-event extraction model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Biomedical encoder fine-tuned in-house for NER and relation extraction.",
            controls={c.ModelVersioning()},
        )
    )
    # Keeps every extracted pair, with the report it came from.
    pair_store = tm.add(tg.DataStore("Drug-event pair store", stores={drug_event_pairs}))
    # Counts pairs against the background and scores disproportionality.
    stats_job = tm.add(
        tg.Service(
            "Disproportionality statistics job",
            description="Weekly PRR/ROR/EBGM computation; flags pairs above thresholds.",
        )
    )
    # Candidate signals, their scores, LLM drafts and the physicians' decisions.
    signal_store = tm.add(
        tg.DataStore(
            "Signal tracking store",
            stores={scores, draft_summary, review_decision},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Builds the prompt for each candidate and stores what the LLM drafts.
    orchestrator = tm.add(
        tg.Service(
            "Summary orchestrator",
            description="Assembles scores and sampled narratives into a prompt, calls the LLM.",
        )
    )
    # Where safety physicians read drafts, drill into cases and approve or reject.
    review_app = tm.add(
        tg.Service(
            "Signal review web app",
            description="Internal web app, reachable only from the corporate network.",
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.RBAC(),
                c.AuditLogging(retention_days=3650),
                c.HumanInTheLoop(approver="safety physician"),
            },
        )
    )

    with tm.boundary("Safety data zone", trust=tg.Trust.RESTRICTED):
        # System of record for the company's own adverse-event cases.
        case_db = tm.add(
            tg.DataStore(
                "Safety case database",
                stores={case_reports},
                controls={
                    c.EncryptionAtRest(key_management="KMS"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=3650),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews every draft and owns the decision to send anything to the regulator.
    physician = tm.add(tg.Actor("Safety physician", role="drug safety physician"))

# ---------------------------------------------------------------- flows
tm.flow(case_db, ingestion, case_reports, protocol="tls", label="nightly extract")
tm.flow(regulator_feed, ingestion, regulator_reports, protocol="https", label="quarterly files")
tm.flow(forums, ingestion, forum_posts, protocol="https", label="daily scrape")
tm.flow(ingestion, staging, normalized_reports)

tm.flow(staging, nlp_model, normalized_reports)
tm.flow(nlp_model, pair_store, drug_event_pairs)
tm.flow(pair_store, stats_job, drug_event_pairs)
tm.flow(stats_job, signal_store, scores, label="candidate signals")

tm.flow(signal_store, orchestrator, scores)
tm.flow(staging, orchestrator, normalized_reports, label="sampled case narratives")
tm.flow(orchestrator, llm, summary_prompt, protocol="https")
tm.flow(llm, orchestrator, draft_summary, protocol="https")
tm.flow(orchestrator, signal_store, draft_summary)

tm.flow(signal_store, review_app, scores, draft_summary)
tm.flow(review_app, signal_store, review_decision)
tm.flow(case_db, review_app, case_reports, protocol="tls", label="case drill-down")
tm.flow(physician, review_app, review_decision, protocol="https")
tm.flow(review_app, physician, draft_summary, case_reports, protocol="https")
tm.flow(
    review_app,
    submission_gateway,
    signal_assessment,
    protocol="https",
    label="approved assessments only",
)
