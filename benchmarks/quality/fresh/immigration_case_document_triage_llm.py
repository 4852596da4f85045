"""Immigration case document triage: the first design, before any security review.

The national immigration office (an EU member state) receives residence and visa
applications online. Applicants sign in to the applicant portal with the national eID
and upload their supporting documents (passports, civil-status certificates, employment
contracts, bank statements), which are checked for file type and size and kept in an
encrypted document store. An OCR service turns scans into text; a triage service sends
the text, with the document checklist for the application type, to an LLM hosted by a
cloud vendor in an EU region under the government framework contract. The LLM returns
extracted key facts (names, dates, document numbers, sponsor, income) and flags for
missing or inconsistent documents as schema-checked JSON, which the triage service writes
into the case file in the case management system. Caseworkers, signed in with agency
smart-card SSO, review the facts and flags, request missing documents from the applicant
and decide every application themselves. Prompts are checked against a small evaluation
set of past cases before each change.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Immigration case document triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="LLM extraction of key facts and missing-document flags from applicants' uploads.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data("Application form", sensitivity=tg.Sensitivity.PII, kind="records")
uploads = tg.Data(
    "Applicant documents",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Passport scans, civil-status, employment, financial and sometimes medical documents.",
)
doc_text = tg.Data("OCR document text", sensitivity=tg.Sensitivity.REGULATED, kind="documents")
checklist = tg.Data(
    "Document checklists",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    description="Required documents and consistency checks per application type, plus the system prompt.",
)
prompt = tg.Data("Triage prompt", sensitivity=tg.Sensitivity.REGULATED, kind="prompt")
extraction = tg.Data(
    "Extracted facts and flags",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case_file = tg.Data(
    "Case file",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
decision = tg.Data("Caseworker decision", sensitivity=tg.Sensitivity.REGULATED, kind="records")
doc_request = tg.Data("Missing-document request", sensitivity=tg.Sensitivity.PII, kind="records")
eid_assertion = tg.Data("eID assertion", sensitivity=tg.Sensitivity.PII, kind="credentials")
triage_log = tg.Data("Triage log", sensitivity=tg.Sensitivity.REGULATED, kind="logs")
eval_cases = tg.Data(
    "Evaluation cases",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Past cases with caseworker-confirmed facts, copied from case management.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # People applying for a visa or residence permit, or their representatives.
    applicant = tm.add(tg.Actor("Applicant", role="applicant"))

with tm.boundary("National eID service", trust=tg.Trust.PARTNER):
    # The state's eID scheme, the only way applicants sign in.
    eid = tm.add(tg.ExternalService("National eID", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("LLM vendor (EU region)", trust=tg.Trust.PARTNER):
    # Hosted LLM that reads the documents and extracts facts and flags.
    llm = tm.add(
        tg.LLM(
            "Document triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="framework contract: EU data residency, no training on our data"
                ),
                c.ModelVersioning(note="pinned model version per deployment"),
            },
        )
    )

with tm.boundary("Agency data centre", trust=tg.Trust.INTERNAL):
    # Public web front end for applications and uploads.
    portal = tm.add(
        tg.Endpoint(
            "Applicant portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="national eID (eIDAS level substantial)"),
                c.InputValidation(note="allowed file types and size limit; antivirus scan"),
            },
        )
    )
    # Holds every uploaded document for the life of the case.
    doc_store = tm.add(
        tg.DataStore(
            "Document store",
            stores={uploads, application},
            controls={c.EncryptionAtRest(key_management="agency HSM-backed KMS"), c.RBAC()},
        )
    )
    # Turns scans and photos into text the LLM can read.
    ocr = tm.add(tg.Service("OCR service"))
    # Orchestrates triage: builds the prompt, calls the LLM, writes results to the case.
    triage = tm.add(
        tg.Service(
            "Triage service",
            controls={c.AuditLogging(retention_days=3650, note="prompts and outputs per case")},
        )
    )
    # Per-application-type checklists and the system prompt, maintained by policy staff.
    checklist_store = tm.add(tg.DataStore("Checklist and prompt store", stores={checklist}))
    # Prompts and LLM outputs kept for audit and complaints.
    log_store = tm.add(tg.DataStore("Triage log store", stores={triage_log}))
    # System of record for the case file and decisions.
    case_mgmt = tm.add(
        tg.DataStore(
            "Case management system",
            stores={case_file, decision},
            controls={
                c.EncryptionAtRest(key_management="agency HSM-backed KMS"),
                c.RBAC(note="caseworkers see only cases assigned to their unit"),
                c.AuditLogging(retention_days=3650),
            },
        )
    )
    # Caseworkers' UI over the case file, the facts and the flags.
    workbench = tm.add(
        tg.Service(
            "Caseworker workbench",
            controls={
                c.Authentication(method="agency SSO with smart card"),
                c.HumanInTheLoop(
                    approver="caseworker", note="every application is decided by a caseworker"
                ),
            },
        )
    )
    # Past cases used to check prompt and model changes before release.
    eval_set = tm.add(
        tg.Dataset("Triage evaluation set", stores={eval_cases}, purpose="evaluation")
    )
    # Runs the evaluation set through the triage service and compares with confirmed facts.
    evaluation = tm.add(tg.Pipeline("Prompt evaluation", stage=tg.Stage.EVALUATION))

with tm.boundary("Agency office network", trust=tg.Trust.INTERNAL):
    # Officials who assess applications and take every decision.
    caseworker = tm.add(tg.Actor("Caseworker", role="caseworker"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, application, uploads, protocol="https")
tm.flow(portal, applicant, doc_request, protocol="https", label="missing-document requests")
tm.flow(applicant, eid, eid_assertion, protocol="https", label="sign-in")
tm.flow(eid, portal, eid_assertion, protocol="https")
tm.flow(portal, doc_store, application, uploads)

tm.flow(doc_store, ocr, uploads)
tm.flow(ocr, triage, doc_text)
tm.flow(checklist_store, triage, checklist)
tm.flow(triage, llm, prompt, protocol="https")
tm.flow(
    llm,
    triage,
    extraction,
    protocol="https",
    controls={c.SchemaEnforcement(note="JSON schema for facts and flags")},
)
tm.flow(triage, log_store, triage_log)
tm.flow(triage, case_mgmt, extraction, label="facts and flags into the case file")

tm.flow(case_mgmt, workbench, case_file)
tm.flow(workbench, case_mgmt, decision)
tm.flow(doc_store, workbench, uploads, label="original documents")
tm.flow(workbench, caseworker, case_file, uploads, protocol="https")
tm.flow(caseworker, workbench, decision, doc_request, protocol="https")
tm.flow(workbench, portal, doc_request)

tm.flow(case_mgmt, eval_set, eval_cases, label="copied past cases")
tm.flow(eval_set, evaluation, eval_cases)
tm.flow(evaluation, triage, eval_cases, label="evaluation runs")
tm.flow(triage, evaluation, extraction)
