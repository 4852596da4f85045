"""Parking appeal drafting: the first design, before any security review.

Motorists who get a penalty charge notice (PCN) from the city council can
challenge it on the council website: they enter the PCN number and vehicle
registration, write their grounds and upload photos (signs, lines, permits,
receipts). A drafting service gathers the appeal, the PCN record and the civil
enforcement officer's photos from the contractor-run notice processing system,
and passages of the council's enforcement policy and traffic orders from a
search index, and asks a hosted LLM to draft a response. A parking appeals
officer reads the draft in the case workbench, edits it and decides to cancel
or uphold the notice; the decision goes back to the notice processing system
and the letter is e-mailed to the motorist through GOV.UK Notify.
Controls in this design: TLS and upload checks on the web form, staff sign-in
with MFA and roles on the workbench, encrypted case storage, the LLM vendor's
content filter and procurement review, and an officer deciding every appeal.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parking appeal drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-drafted responses to PCN appeals, decided by a parking officer.",
)

# ---------------------------------------------------------------- data assets
grounds = tg.Data(
    "Appeal grounds",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The motorist's written statement, name, address and e-mail.",
)
motorist_photos = tg.Data("Motorist evidence photos", kind="media", sensitivity=tg.Sensitivity.PII)
pcn_record = tg.Data(
    "PCN record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Contravention code, location, time, VRM, keeper details, payment status.",
)
ceo_photos = tg.Data("Enforcement officer photos", kind="media", sensitivity=tg.Sensitivity.PII)
policy_docs = tg.Data(
    "Enforcement policy and traffic orders",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
policy_chunks = tg.Data(
    "Policy passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the appeal, the PCN record, photos and policy passages.",
)
draft = tg.Data("Draft response", kind="model-output", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Appeal decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
letter = tg.Data("Decision letter", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone holding a PCN number, genuine appellants and chancers alike.
    motorist = tm.add(tg.Actor("Motorist", role="appellant"))

with tm.boundary("Enforcement contractor", trust=tg.Trust.PARTNER):
    # Officers' handhelds that issue PCNs and photograph the vehicle.
    handheld = tm.add(tg.Device("Enforcement officer handheld", fleet=True))
    # The contractor-hosted notice processing system: PCN records and officers' photos.
    nps = tm.add(
        tg.DataStore("Notice processing system", stores={pcn_record, ceo_photos, decision})
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # A hosted multimodal model that writes the draft response.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model under the council's enterprise agreement.",
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(note="procurement review; no training on council data"),
            },
        )
    )

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # The government service the council already uses to send e-mails.
    notify = tm.add(tg.ExternalService("GOV.UK Notify e-mail"))

with tm.boundary("Council cloud", trust=tg.Trust.INTERNAL):
    # The public challenge form on the council website.
    appeal_form = tm.add(
        tg.Endpoint(
            "Appeal web form",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="PCN number and vehicle registration"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Appeals, uploaded photos, drafts and decisions, one case per PCN.
    case_store = tm.add(
        tg.DataStore(
            "Appeal case store",
            stores={grounds, motorist_photos, draft, decision, letter},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds the prompt for each new appeal and saves the draft to the case.
    drafter = tm.add(
        tg.Service(
            "Appeal drafting service",
            description="Gathers the case, the PCN record and policy passages; calls the LLM.",
            controls={c.HumanInTheLoop(approver="parking appeals officer")},
        )
    )
    # Search index over the council's enforcement policy and traffic orders.
    policy_index = tm.add(tg.VectorStore("Policy index", stores={policy_chunks}))
    # Re-indexes the policy library when documents change.
    indexer = tm.add(tg.Pipeline("Policy indexing job", stage=tg.Stage.INGESTION))
    # The existing document library where the parking team keeps policy and orders.
    policy_library = tm.add(tg.DataStore("Parking policy library", stores={policy_docs}))
    # Where officers read the draft, edit it and decide.
    workbench = tm.add(
        tg.Endpoint(
            "Case workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council Entra ID SSO with MFA"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Parking services staff who decide appeals.
    officer = tm.add(tg.Actor("Parking appeals officer", role="parking officer"))

# ---------------------------------------------------------------- flows
# Issue of the notice
tm.flow(handheld, nps, pcn_record, ceo_photos, protocol="https")

# The motorist's challenge
tm.flow(motorist, appeal_form, grounds, motorist_photos, protocol="https")
tm.flow(appeal_form, nps, pcn_record, protocol="https", label="PCN lookup")
tm.flow(nps, appeal_form, pcn_record, protocol="https")
tm.flow(appeal_form, case_store, grounds, motorist_photos)

# Drafting
tm.flow(case_store, drafter, grounds, motorist_photos)
tm.flow(nps, drafter, pcn_record, ceo_photos, protocol="https")
tm.flow(drafter, policy_index, grounds, label="similarity query")
tm.flow(policy_index, drafter, policy_chunks)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, case_store, draft)

# Policy indexing
tm.flow(policy_library, indexer, policy_docs)
tm.flow(indexer, policy_index, policy_chunks)

# The officer's decision
tm.flow(case_store, workbench, grounds, motorist_photos, draft)
tm.flow(nps, workbench, pcn_record, ceo_photos, protocol="https")
tm.flow(
    workbench, officer, grounds, motorist_photos, pcn_record, ceo_photos, draft, protocol="https"
)
tm.flow(officer, workbench, decision, letter, protocol="https")
tm.flow(workbench, case_store, decision, letter)
tm.flow(workbench, nps, decision, protocol="https")
tm.flow(workbench, notify, letter, protocol="https")
tm.flow(notify, motorist, letter, protocol="smtp+starttls")
