"""Parking permit appeals assistant: the first design, before any security review.

Residents whose parking permit was refused or revoked, or who got a penalty charge
notice while holding a permit, appeal through the council's website. They sign in
with their council account and upload their grounds with supporting documents
(proof of address, V5C logbook, photos of signs, sometimes a medical letter for a
disabled-bay appeal). The portal and the appeals back end run in the council's
cloud tenancy. A text-extraction service reads the uploads, and a summariser sends
the appeal, the extracted text, the resident's permit and PCN history and the
council's appeals policy to a hosted LLM (a vendor's API in a UK region) that
writes a case summary and a recommendation to uphold or reject. A parking appeals
officer reads the case in the caseworker app, signed in through the council's SSO,
and makes the decision; the permit system is updated and GOV.UK Notify e-mails the
resident the outcome. Uploads are checked for type and size, the case store is
encrypted at rest, and officers' actions are audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parking permit appeals assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "A city council's parking permit appeals tool: an LLM summarises each appeal "
        "and recommends an outcome; a parking appeals officer decides."
    ),
)

# ---------------------------------------------------------------- data assets
appeal = tg.Data(
    "Appeal form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, vehicle registration, permit or PCN number, written grounds.",
)
evidence = tg.Data(
    "Supporting documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Uploaded PDFs and photos: proof of address, V5C, signage photos, medical letters.",
)
acknowledgement = tg.Data("Appeal acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
extracted = tg.Data("Extracted document text", kind="documents", sensitivity=tg.Sensitivity.PII)
permit_history = tg.Data(
    "Permit and PCN history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The resident's permits, vehicles and penalty charge notices.",
)
policy = tg.Data("Appeals policy and guidance", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the appeal, extracted text, permit history and policy extracts.",
)
recommendation = tg.Data(
    "Case summary and recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="A summary of the grounds and evidence and a suggested uphold or reject.",
)
case_file = tg.Data("Appeal case file", kind="records", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Appeal decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
permit_update = tg.Data("Permit and PCN update", kind="records", sensitivity=tg.Sensitivity.PII)
letter = tg.Data("Decision letter", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents appeal from their own phones and computers.
    resident = tm.add(tg.Actor("Resident", role="permit holder or applicant"))

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Government notification service the council already uses for e-mail.
    notify = tm.add(
        tg.ExternalService(
            "GOV.UK Notify",
            description="Sends the decision letter to the resident by e-mail.",
        )
    )

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # Hosted model that writes the summary and recommendation; procurement reviewed the vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model behind the vendor's API, UK data residency.",
            controls={c.SupplierAssessment(note="council procurement and DPA with the vendor")},
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public entry point for appeals; residents sign in with their council account.
    portal = tm.add(
        tg.Endpoint(
            "Appeals portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council resident account, e-mail and password"),
                c.InputValidation(note="PDF, JPEG and PNG only, 10 MB per file"),
            },
        )
    )
    # Holds every appeal, its uploads, the LLM output and the officer's decision.
    case_store = tm.add(
        tg.DataStore(
            "Appeal case store",
            stores={appeal, evidence, extracted, recommendation, decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # OCR and text extraction of uploaded PDFs and photos, so the LLM can read them.
    extractor = tm.add(
        tg.Service(
            "Document text extraction",
            description="Open-source OCR and PDF text extraction in a container.",
        )
    )
    # Builds the prompt, calls the LLM and writes the summary back to the case.
    summariser = tm.add(
        tg.Service(
            "Appeal summariser",
            description="Assembles the case and policy into a prompt and stores the LLM's answer.",
        )
    )
    # The council's published appeals policy, kept for the summariser to quote from.
    policy_store = tm.add(tg.DataStore("Appeals policy library", stores={policy}))
    # Web app where officers review cases and record decisions.
    caseworker_app = tm.add(
        tg.Service(
            "Caseworker app",
            controls={
                c.Authentication(method="council Entra ID SSO with MFA"),
                c.RBAC(note="parking appeals team only"),
                c.HumanInTheLoop(approver="parking appeals officer"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Parking back office", trust=tg.Trust.INTERNAL):
    # The existing permit and penalty system of record, run by the parking service.
    permit_db = tm.add(tg.DataStore("Permit and PCN system", stores={permit_history}))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # The officer who decides each appeal.
    officer = tm.add(tg.Actor("Parking appeals officer", role="case officer"))

# ---------------------------------------------------------------- flows
tm.flow(resident, portal, appeal, evidence, protocol="https", label="submits appeal")
tm.flow(portal, resident, acknowledgement, protocol="https", label="case reference")
tm.flow(portal, case_store, appeal, evidence)

tm.flow(case_store, extractor, evidence)
tm.flow(extractor, case_store, extracted)

tm.flow(case_store, summariser, appeal, extracted)
tm.flow(permit_db, summariser, permit_history, label="resident's permit and PCN history")
tm.flow(policy_store, summariser, policy)
tm.flow(summariser, llm, prompt, protocol="https")
tm.flow(llm, summariser, recommendation, protocol="https")
tm.flow(summariser, case_store, recommendation)

tm.flow(case_store, caseworker_app, case_file, evidence, recommendation)
tm.flow(caseworker_app, officer, case_file, evidence, recommendation, protocol="https")
tm.flow(officer, caseworker_app, decision, protocol="https", label="records decision")
tm.flow(caseworker_app, case_store, decision)
tm.flow(caseworker_app, permit_db, permit_update, label="reinstate permit or cancel PCN")
tm.flow(caseworker_app, notify, letter, protocol="https")
tm.flow(notify, resident, letter, protocol="smtp+starttls", label="decision e-mail")
