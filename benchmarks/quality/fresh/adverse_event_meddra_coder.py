"""Adverse event MedDRA coder: the first design, before any security review.

The drug safety (pharmacovigilance) team receives adverse event reports from
clinical trial sites, licensing partners and patients, either by e-mail to a
shared safety mailbox or through a public web form on the company site. An
intake service turns each report (body and PDF/Word attachments) into case text;
a coding service retrieves candidate MedDRA terms from an index of the licensed
dictionary and asks a hosted LLM to extract the events and propose MedDRA codes
and a seriousness assessment. Safety physicians review and correct every case in
a review workbench (corporate SSO) before it is committed to the validated safety
database, from which an E2B gateway submits ICSRs to regulators over signed AS2.
Existing controls: form validation, vault-held API keys, a check that proposed
codes exist in the current MedDRA version, medical review of every case, and the
safety database's Part 11 audit trail, role-based access and encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Adverse event MedDRA coder",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-assisted extraction, MedDRA coding and seriousness triage of adverse event reports.",
)

# ---------------------------------------------------------------- data assets
web_report = tg.Data(
    "Web form AE report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Reporter contact details, patient initials/age/sex, product, event narrative.",
)
email_report = tg.Data(
    "E-mailed AE report",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="E-mail body with CIOMS/MedWatch forms, lab results or discharge letters attached.",
)
case_text = tg.Data(
    "Extracted case text",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
coding_prompt = tg.Data(
    "Coding prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the case narrative and candidate MedDRA terms.",
)
coding_proposal = tg.Data(
    "Proposed events, MedDRA codes and seriousness",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
meddra_release = tg.Data(
    "MedDRA release files",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed terminology (LLT/PT/SOC hierarchy), twice-yearly releases.",
)
meddra_terms = tg.Data(
    "MedDRA term embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
draft_case = tg.Data(
    "Draft coded case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_decision = tg.Data(
    "Physician review decision",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Accepted or corrected codes, seriousness, causality and expectedness.",
)
safety_case = tg.Data(
    "Approved safety case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
icsr = tg.Data(
    "ICSR (E2B R3 XML)",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
ack = tg.Data("Regulator acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
llm_log = tg.Data("Prompt and completion log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients and healthcare professionals who report spontaneously.
    reporter = tm.add(tg.Actor("Patient or HCP reporter", role="reporter"))

with tm.boundary("Trial sites and partners", trust=tg.Trust.PARTNER):
    # Investigators and licensing partners send serious AEs under safety data exchange agreements.
    partner = tm.add(tg.Actor("Trial site or partner safety contact", role="partner reporter"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The shared safety inbox on the company's hosted e-mail tenant.
    mailbox = tm.add(
        tg.ExternalService(
            "Safety mailbox",
            provides=tg.ExternalCategory.GENERIC,
            description="Hosted e-mail tenant; read by the intake service through the mail API.",
        )
    )

with tm.boundary("MedDRA MSSO", trust=tg.Trust.PARTNER):
    # The licensed dictionary comes from the MedDRA maintenance organisation.
    msso = tm.add(
        tg.DataSource(
            "MedDRA release download",
            origin=tg.Origin.VENDOR,
            provides={meddra_release},
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # A general-purpose model under an enterprise agreement (no training on our data).
    llm = tm.add(
        tg.LLM(
            "Hosted coding LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Extracts events and proposes MedDRA LLT/PT codes and seriousness criteria.",
            controls={
                c.SupplierAssessment(note="vendor qualified by QA; zero data retention terms")
            },
        )
    )

with tm.boundary("Regulatory authorities", trust=tg.Trust.PARTNER):
    # FDA ESG and EMA EudraVigilance gateways that receive ICSRs.
    regulator = tm.add(
        tg.ExternalService("Regulator E2B gateway", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Safety platform", trust=tg.Trust.INTERNAL):
    # Public reporting form, hosted by us; it is the only component reachable from the internet.
    web_form = tm.add(
        tg.Endpoint(
            "AE reporting web form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="required fields, attachment type and size checks")},
        )
    )
    # Turns form submissions and e-mails with attachments into case text.
    intake = tm.add(
        tg.Service(
            "Case intake service",
            description="Polls the mailbox, OCRs and parses attachments, de-duplicates reports.",
        )
    )
    # Builds the prompt, calls the LLM and checks its codes against the dictionary.
    coder = tm.add(
        tg.Service(
            "MedDRA coding service",
            controls={
                c.SecretsManagement(note="LLM API key in the vault"),
                c.OutputFiltering(note="proposed codes must exist in the current MedDRA version"),
            },
        )
    )
    # Builds the term index from each MedDRA release.
    index_build = tm.add(tg.Pipeline("MedDRA index build", stage=tg.Stage.INGESTION))
    # Retrieval index of MedDRA terms that grounds the LLM's code proposals.
    term_index = tm.add(tg.VectorStore("MedDRA term index", stores={meddra_terms}))
    # Kept for traceability of each proposal (GxP inspection readiness).
    log_store = tm.add(tg.DataStore("Coding log store", stores={llm_log}))
    # Where safety physicians see the source report beside the proposal and approve it.
    workbench = tm.add(
        tg.Endpoint(
            "Case review workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.HumanInTheLoop(approver="safety physician, every case"),
            },
        )
    )

    with tm.boundary("Validated GxP zone", trust=tg.Trust.RESTRICTED):
        # System of record for safety cases (validated, 21 CFR Part 11).
        safety_db = tm.add(
            tg.DataStore(
                "Safety database",
                stores={safety_case, icsr, ack},
                controls={
                    c.AuditLogging(retention_days=3650, note="Part 11 audit trail"),
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="database TDE"),
                },
            )
        )
        # Generates E2B(R3) messages and exchanges them with regulators over AS2.
        gateway = tm.add(
            tg.Service(
                "E2B submission gateway",
                controls={c.MessageIntegrity(note="AS2 signed and encrypted messages with MDNs")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Medically qualified reviewers who own the coding and seriousness decision.
    physician = tm.add(tg.Actor("Safety physician", role="drug safety physician"))

# ---------------------------------------------------------------- flows
tm.flow(reporter, web_form, web_report, protocol="https")
tm.flow(reporter, mailbox, email_report, protocol="smtp", label="patient e-mail")
tm.flow(partner, mailbox, email_report, protocol="smtp", label="site/partner e-mail")
tm.flow(web_form, intake, web_report)
tm.flow(mailbox, intake, email_report, protocol="https", label="mail API poll")

tm.flow(msso, index_build, meddra_release, protocol="https")
tm.flow(index_build, term_index, meddra_terms)

tm.flow(intake, coder, case_text)
tm.flow(coder, term_index, case_text, label="similarity query")
tm.flow(term_index, coder, meddra_terms, label="candidate terms")
tm.flow(coder, llm, coding_prompt, protocol="https")
tm.flow(llm, coder, coding_proposal, protocol="https")
tm.flow(coder, log_store, llm_log)
tm.flow(coder, workbench, draft_case)

tm.flow(workbench, physician, draft_case, protocol="https", label="case with source documents")
tm.flow(physician, workbench, review_decision, protocol="https")
tm.flow(workbench, safety_db, safety_case, label="commit approved case")
tm.flow(safety_db, workbench, safety_case, label="case history for follow-ups")

tm.flow(safety_db, gateway, safety_case)
tm.flow(gateway, regulator, icsr, protocol="https", label="AS2 submission")
tm.flow(regulator, gateway, ack, protocol="https", label="AS2 MDN and ACK")
tm.flow(gateway, safety_db, icsr, ack)
