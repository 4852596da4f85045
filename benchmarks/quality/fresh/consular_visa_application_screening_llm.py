"""Consular visa application pre-screening with an LLM, first design.

Applicants to a Schengen member state's consulate fill in the visa form and
upload supporting documents (passport scan, bank statements, invitation letters,
bookings) on the online portal. Documents go to an encrypted document store and
the form to the case management system. A pre-screening service OCRs the
documents, queries the interior ministry's watchlist service, retrieves the
applicable visa rules from a policy guidance index and asks a cloud-hosted LLM to
summarise risk indicators and missing items. The summary is attached to the case;
visa officers read it beside the originals on their workbench and decide.
Controls: applicant accounts and upload checks on the portal, encryption at
rest, mTLS to the watchlist, officer smart-card login with roles and an audit
trail, a vetted LLM contract, and the rule that only an officer decides.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Consular visa application screening LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "An LLM pre-screens visa applications and documents, summarising risk "
        "indicators and missing items for the visa officers who decide."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Visa application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Identity, nationality, travel history, purpose of travel, sponsor.",
)
documents = tg.Data(
    "Supporting documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Passport scan, bank statements, employment and invitation letters (PDF, JPEG).",
)
extracted_text = tg.Data(
    "Extracted document text", kind="documents", sensitivity=tg.Sensitivity.PII
)
watchlist_query = tg.Data("Watchlist query", kind="records", sensitivity=tg.Sensitivity.PII)
watchlist_result = tg.Data(
    "Watchlist result",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
guidance = tg.Data(
    "Visa policy guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Visa code handbook, country-specific checklists and risk profiles.",
)
guidance_chunks = tg.Data(
    "Guidance chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the form, the document text, watchlist result and guidance.",
)
completion = tg.Data(
    "LLM screening completion", kind="model-output", sensitivity=tg.Sensitivity.PII
)
summary = tg.Data(
    "Screening summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Risk indicators, inconsistencies and missing items, with references.",
)
decision = tg.Data(
    "Visa decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
screening_log = tg.Data("Screening log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone in the world can apply, including people preparing a fraudulent file.
    applicant = tm.add(tg.Actor("Visa applicant", role="applicant"))

with tm.boundary("Ministry cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public entry point: account, form and uploads.
    portal = tm.add(
        tg.Endpoint(
            "Online application portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="applicant account with e-mail one-time code"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )

    with tm.boundary("Case processing zone", trust=tg.Trust.RESTRICTED):
        # Keeps the uploaded originals that officers and the OCR read.
        doc_store = tm.add(
            tg.DataStore(
                "Application document store",
                stores={documents},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # System of record for applications, summaries and decisions.
        case_mgmt = tm.add(
            tg.DataStore(
                "Case management system",
                stores={application, summary, decision},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Turns scans and PDFs into text the LLM can read.
        ocr = tm.add(tg.Service("Document OCR service"))
        # Orchestrates one screening per application; its output is advisory only.
        screener = tm.add(
            tg.Service(
                "Pre-screening service",
                description="Gathers form, document text, watchlist result and guidance; calls the LLM.",
                controls={
                    c.HumanInTheLoop(approver="visa officer", note="the officer decides every case")
                },
            )
        )
        # Lets the screener cite the rules that apply to the applicant's nationality and visa type.
        guidance_index = tm.add(tg.VectorStore("Policy guidance index", stores={guidance_chunks}))
        # Chunks and embeds new guidance when the policy team publishes it.
        indexer = tm.add(tg.Pipeline("Guidance indexing job", stage=tg.Stage.INGESTION))
        # Keeps every prompt and completion for later review.
        log_store = tm.add(tg.DataStore("Screening log store", stores={screening_log}))
        # Officers' web application over the case and its documents.
        workbench = tm.add(
            tg.Endpoint(
                "Officer workbench",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="government smart card"),
                    c.RBAC(note="officer and supervisor roles per consulate"),
                    c.AuditLogging(retention_days=1825),
                },
            )
        )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # General-purpose LLM in the provider's EU region.
    llm = tm.add(
        tg.LLM(
            "Screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={
                c.SupplierAssessment(note="public procurement; EU region, no training on inputs")
            },
        )
    )

with tm.boundary("Interior ministry network", trust=tg.Trust.PARTNER):
    # National and Schengen alerts the applicant is checked against.
    watchlist = tm.add(tg.ExternalService("Watchlist service", provides="data-provider"))

with tm.boundary("Consulate office network", trust=tg.Trust.INTERNAL):
    # Decides on each application.
    officer = tm.add(tg.Actor("Visa officer", role="visa officer"))

with tm.boundary("Ministry headquarters", trust=tg.Trust.INTERNAL):
    # Writes and updates the guidance the screener relies on.
    policy_team = tm.add(tg.Actor("Visa policy team", role="policy analyst", privileged=True))

# ---------------------------------------------------------------- flows
# application intake
tm.flow(applicant, portal, application, documents, protocol="https")
tm.flow(portal, applicant, status, protocol="https")
tm.flow(portal, doc_store, documents)
tm.flow(portal, case_mgmt, application)
tm.flow(case_mgmt, portal, status)

# pre-screening
tm.flow(doc_store, ocr, documents)
tm.flow(ocr, screener, extracted_text)
tm.flow(case_mgmt, screener, application)
tm.flow(screener, watchlist, watchlist_query, protocol="mtls")
tm.flow(watchlist, screener, watchlist_result, protocol="mtls")
tm.flow(screener, guidance_index, application, label="similarity query")
tm.flow(guidance_index, screener, guidance_chunks)
tm.flow(screener, llm, prompt, protocol="https")
tm.flow(llm, screener, completion, protocol="https")
tm.flow(screener, case_mgmt, summary)
tm.flow(screener, log_store, screening_log)

# officer decision
tm.flow(case_mgmt, workbench, application, summary)
tm.flow(doc_store, workbench, documents)
tm.flow(workbench, officer, application, documents, summary, protocol="https")
tm.flow(officer, workbench, decision, protocol="https")
tm.flow(workbench, case_mgmt, decision)

# guidance upkeep
tm.flow(policy_team, indexer, guidance, protocol="https")
tm.flow(indexer, guidance_index, guidance_chunks)
