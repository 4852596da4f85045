"""Financial ombudsman complaint triage: the first design, before any security review.

A national financial ombudsman settles disputes between consumers and the banks,
insurers and lenders it covers. Consumers sign up on a public complaint portal
and file a complaint with supporting documents (statements, letters, contracts).
A triage service sends the complaint text, the text extracted from the documents
and the passages of the rulebook and published decisions retrieved from an index
to an LLM hosted by a cloud provider in an EU region. The LLM returns a case
summary, the rules it thinks apply and an urgency grade; case handlers on the
corporate network see these in the case management system and decide every case
themselves. Firms read the complaints referred to them and file their answers
through a separate firm portal. The portals and staff sign-in are authenticated,
case management has role-based access and an audit log, stores are encrypted,
and the LLM provider went through vendor review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ombudsman complaint triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM summaries, rule suggestions and urgency grades for consumer complaints, "
    "decided by case handlers.",
)

# ---------------------------------------------------------------- data assets
complaint = tg.Data(
    "Complaint submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Consumer's identity, contact details, account numbers and their account of the dispute.",
)
evidence = tg.Data(
    "Evidence documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Uploaded bank statements, letters, contracts and screenshots.",
)
case_record = tg.Data(
    "Case record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The complaint, correspondence, handler notes, status and outcome.",
)
case_text = tg.Data(
    "Case text for triage",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Complaint narrative and the text extracted from the evidence documents.",
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the case text and the retrieved rule passages.",
)
llm_output = tg.Data("LLM triage completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
suggestion = tg.Data(
    "Triage suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Case summary, applicable rules and urgency grade shown to the handler.",
)
rules_query = tg.Data("Rule search query", kind="prompt", sensitivity=tg.Sensitivity.PII)
rule_passages = tg.Data(
    "Retrieved rule passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
rulebook = tg.Data(
    "Rulebook and published decisions",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Conduct rules, industry guidance and the ombudsman's own published decisions.",
)
rule_chunks = tg.Data(
    "Rule chunks and embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PUBLIC
)
referral = tg.Data(
    "Complaint referral to firm",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The complaint and evidence the firm needs in order to answer.",
)
firm_response = tg.Data(
    "Firm response",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The firm's account of events, its customer records and its offer, if any.",
)
decision = tg.Data("Case decision", kind="records", sensitivity=tg.Sensitivity.PII)
status = tg.Data("Case status and outcome", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public filing complaints about a financial firm.
    consumer = tm.add(tg.Actor("Consumer", role="complainant"))
    # Public rulebook and decisions that feed the rules index.
    rule_source = tm.add(
        tg.DataSource(
            "Regulator rulebook and decision pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={rulebook},
            description="The regulator's handbook site and the ombudsman's public decision database.",
        )
    )

with tm.boundary("Regulated firms", trust=tg.Trust.PARTNER):
    # Complaint teams at the banks, insurers and lenders that answer cases.
    firm = tm.add(tg.Actor("Firm complaints team", role="respondent firm"))

with tm.boundary("LLM provider (EU region)", trust=tg.Trust.PARTNER):
    # The language model that drafts summaries, rule suggestions and urgency grades.
    llm = tm.add(
        tg.LLM(
            "Hosted triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model from the cloud provider's managed AI service.",
            controls={
                c.SupplierAssessment(note="DPA signed; EU data residency; no training on inputs")
            },
        )
    )

with tm.boundary("Ombudsman cloud", trust=tg.Trust.INTERNAL):
    # Where consumers file complaints and follow their case.
    complaint_portal = tm.add(
        tg.Endpoint(
            "Complaint portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type and size limits on uploads"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Where firms read referred complaints and upload their answers.
    firm_portal = tm.add(
        tg.Endpoint(
            "Firm portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="named user accounts with password and TOTP")},
        )
    )
    # System of record for cases; the handler's workspace.
    case_mgmt = tm.add(
        tg.Service(
            "Case management system",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2190),
                c.HumanInTheLoop(
                    approver="case handler", note="every outcome is decided by a handler"
                ),
            },
        )
    )
    # Builds the prompt, calls the LLM and parses summary, rules and urgency.
    triage = tm.add(
        tg.Service(
            "Triage orchestrator",
            description="Runs on every new case and on each firm response.",
        )
    )
    # Index of rule and decision passages the orchestrator retrieves from.
    rules_index = tm.add(tg.VectorStore("Rules and precedent index", stores={rule_chunks}))
    # Nightly job that crawls, chunks and embeds the rulebook and decisions.
    rules_ingest = tm.add(tg.Pipeline("Rules ingestion pipeline", stage=tg.Stage.INGESTION))

    with tm.boundary("Case data tier", trust=tg.Trust.RESTRICTED):
        # Case records, correspondence and outcomes.
        case_db = tm.add(
            tg.DataStore(
                "Case database",
                stores={case_record, suggestion, firm_response},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Uploaded evidence files from consumers and firms.
        evidence_store = tm.add(
            tg.DataStore(
                "Evidence document store",
                stores={evidence},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Ombudsman staff who investigate and decide cases.
    handler = tm.add(tg.Actor("Case handler", role="case handler"))

# ---------------------------------------------------------------- flows
# Consumer filing and following a complaint
tm.flow(consumer, complaint_portal, complaint, evidence, protocol="https")
tm.flow(complaint_portal, consumer, status, protocol="https")
tm.flow(complaint_portal, case_mgmt, complaint, evidence, protocol="https")
tm.flow(case_mgmt, complaint_portal, status, protocol="https")

# Case storage
tm.flow(case_mgmt, case_db, case_record, suggestion, firm_response)
tm.flow(case_db, case_mgmt, case_record, suggestion, firm_response)
tm.flow(case_mgmt, evidence_store, evidence)
tm.flow(evidence_store, case_mgmt, evidence)

# LLM triage
tm.flow(case_mgmt, triage, case_text, label="new case or firm response")
tm.flow(triage, rules_index, rules_query, label="similarity search")
tm.flow(rules_index, triage, rule_passages)
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, llm_output, protocol="https")
tm.flow(triage, case_mgmt, suggestion)

# Case handler
tm.flow(case_mgmt, handler, case_record, evidence, suggestion, firm_response, protocol="https")
tm.flow(handler, case_mgmt, decision, protocol="https")

# Firms answering complaints
tm.flow(case_mgmt, firm_portal, referral, evidence, protocol="https")
tm.flow(firm_portal, firm, referral, evidence, protocol="https")
tm.flow(firm, firm_portal, firm_response, evidence, protocol="https")
tm.flow(firm_portal, case_mgmt, firm_response, evidence, protocol="https")

# Rules index refresh
tm.flow(rule_source, rules_ingest, rulebook, protocol="https", label="nightly crawl")
tm.flow(rules_ingest, rules_index, rule_chunks)
