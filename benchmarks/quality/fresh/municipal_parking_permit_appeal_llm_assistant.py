"""Parking permit appeal assistant for a city council's parking team: first design.

Residents appeal a refused or revoked resident-parking permit through the council's
online appeals portal (signed in with My Account) and upload evidence: tenancy
agreements, council tax bills, photos. The appeal becomes a case in the parking case
management system. A summariser service in the council's cloud tenancy sends the appeal,
the evidence and policy manual sections (from an index built nightly from the policy
library) to a hosted LLM for a summary and a suggested outcome. An appeals officer reads
it beside the evidence and decides; nothing goes out without the officer's decision. The
case system updates the permit record and hands the letter to the council's mail service,
which e-mails it. Officers use council SSO with MFA and role-based access; uploads are
checked for type and size; the LLM is the cloud provider's UK-region service."""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Municipal parking permit appeal LLM assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM summarises residents' permit appeals and evidence and suggests an outcome "
        "from the policy manual; an appeals officer decides and the letter is mailed."
    ),
)

# ---------------------------------------------------------------- data assets
appeal = tg.Data(
    "Permit appeal",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Resident's name, address, vehicle registration, permit number and grounds.",
)
evidence_docs = tg.Data(
    "Proof of residence documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Tenancy agreements, council tax bills, V5C logbooks, as uploaded PDFs and scans.",
)
evidence_photos = tg.Data(
    "Evidence photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of signs, bays, vehicles and permits the resident attaches.",
)
policy_manual = tg.Data(
    "Permit policy manual",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The parking team's permit eligibility rules and appeal guidance.",
)
policy_extracts = tg.Data(
    "Policy extracts",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
)
prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the appeal, the evidence text and the policy extracts.",
)
suggestion = tg.Data(
    "Appeal summary and suggested outcome",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
decision = tg.Data("Appeal decision", kind="records", sensitivity=tg.Sensitivity.PII)
permit_record = tg.Data(
    "Permit record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
letter = tg.Data("Decision letter", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any resident with a My Account can lodge an appeal.
    resident = tm.add(tg.Actor("Resident", role="resident"))

with tm.boundary("Council web platform", trust=tg.Trust.INTERNAL):
    # Public appeals form where residents lodge appeals and upload evidence.
    portal = tm.add(
        tg.Endpoint(
            "Appeals portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="My Account e-mail and password"),
                c.InputValidation(note="PDF, JPEG and PNG only, 10 MB per file"),
            },
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Blob storage for everything residents upload.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence store",
            stores={evidence_docs, evidence_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Gathers the case, evidence and policy extracts and calls the LLM.
    summariser = tm.add(
        tg.Service(
            "Appeal summariser",
            description="Function triggered when a new appeal case is created.",
        )
    )
    # Vector index of the policy manual, for picking the relevant rules.
    policy_index = tm.add(tg.VectorStore("Policy manual index", stores={policy_extracts}))
    # Nightly job chunking and embedding the policy manual.
    indexer = tm.add(tg.Pipeline("Policy indexing job", stage=tg.Stage.INGESTION))

with tm.boundary("Cloud AI service", trust=tg.Trust.PARTNER):
    # The cloud provider's hosted model, UK region, under the council's enterprise terms.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={
                c.Guardrails(note="the provider's default content filter"),
                c.SupplierAssessment(note="no training on council data, UK data residency"),
            },
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Parking team casework: queues, evidence viewer, decisions, letter templates.
    case_system = tm.add(
        tg.Service(
            "Parking case management system",
            controls={
                c.Authentication(method="council Entra ID single sign-on with MFA"),
                c.RBAC(note="parking team roles"),
                c.AuditLogging(),
                c.HumanInTheLoop(approver="appeals officer"),
            },
        )
    )
    # Database of appeal cases, summaries and decisions.
    case_db = tm.add(tg.DataStore("Appeal case database", stores={appeal, suggestion, decision}))
    # The permits system of record, updated when an appeal is upheld.
    permits = tm.add(tg.DataStore("Parking permit system", stores={permit_record}))
    # SharePoint library where the policy team keeps the manual.
    library = tm.add(tg.DataStore("Policy library", stores={policy_manual}))
    # Council's outbound correspondence service (e-mail, print and post).
    mail = tm.add(tg.Service("Council mail service"))
    # Reads the summary and evidence and decides the appeal.
    officer = tm.add(tg.Actor("Appeals officer", role="parking appeals officer"))
    # Maintains the permit policy manual.
    policy_officer = tm.add(tg.Actor("Parking policy officer", role="policy officer"))

# ---------------------------------------------------------------- flows
tm.flow(resident, portal, appeal, evidence_docs, evidence_photos, protocol="https")
tm.flow(portal, evidence_store, evidence_docs, evidence_photos, protocol="https")
tm.flow(portal, case_system, appeal, protocol="https")
tm.flow(case_system, case_db, appeal, suggestion, decision)
tm.flow(case_db, case_system, appeal, suggestion, decision)

tm.flow(case_system, summariser, appeal, protocol="https", label="new case")
tm.flow(evidence_store, summariser, evidence_docs, evidence_photos)
tm.flow(summariser, policy_index, appeal, label="grounds as similarity query")
tm.flow(policy_index, summariser, policy_extracts)
tm.flow(summariser, llm, prompt, evidence_docs, evidence_photos, protocol="https")
tm.flow(llm, summariser, suggestion, protocol="https")
tm.flow(summariser, case_system, suggestion, protocol="https")

tm.flow(policy_officer, library, policy_manual, protocol="https")
tm.flow(library, indexer, policy_manual, protocol="https", label="nightly")
tm.flow(indexer, policy_index, policy_extracts)

tm.flow(case_system, officer, appeal, evidence_docs, evidence_photos, suggestion, protocol="https")
tm.flow(evidence_store, case_system, evidence_docs, evidence_photos, protocol="https")
tm.flow(officer, case_system, decision, protocol="https")
tm.flow(permits, case_system, permit_record)
tm.flow(case_system, permits, permit_record, label="permit reinstated when upheld")
tm.flow(case_system, mail, letter)
tm.flow(mail, resident, letter, protocol="smtp+starttls")
