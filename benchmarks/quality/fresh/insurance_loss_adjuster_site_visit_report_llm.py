"""Site-visit report assistant for a loss adjusting firm: the first design.

Our loss adjusters visit damaged homes and businesses on behalf of insurers. On
site they take photos, record voice notes and enter measurements and moisture
readings in a field app on a firm-managed tablet, which syncs to our cloud
tenancy. Policyholders can add receipts and contractor quotes through a
single-use upload link. A drafting service has the voice notes transcribed by a
speech-to-text API, then sends the photos, transcript, measurements, the
insurer's claim instructions and our repair cost rates to a hosted multimodal
LLM, which returns a draft claim report and a reserve estimate. The adjuster
edits and signs off every report in a review portal before the insurer
integration sends it to the insurer's claims platform. Staff sign in with the
firm's SSO and MFA, stores are encrypted with cloud-managed keys, and the LLM
vendor passed procurement's vendor review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Loss adjuster site-visit report assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Drafts claim reports and reserve estimates from adjusters' site-visit evidence.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Site photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos inside policyholders' homes and premises, some showing people.",
)
voice_notes = tg.Data("Adjuster voice notes", kind="media", sensitivity=tg.Sensitivity.PII)
measurements = tg.Data(
    "Site measurements and moisture readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
ph_documents = tg.Data(
    "Policyholder receipts and contractor quotes", kind="documents", sensitivity=tg.Sensitivity.PII
)
transcript = tg.Data("Voice note transcript", kind="documents", sensitivity=tg.Sensitivity.PII)
instructions = tg.Data(
    "Claim instructions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Claim number, policyholder name and address, cover and excess from the insurer.",
)
rates = tg.Data("Repair cost rates", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data(
    "Report drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Report template, claim details, transcript, measurements, rates and photos.",
)
draft = tg.Data(
    "Draft claim report and reserve estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
final_report = tg.Data(
    "Signed-off claim report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
reserve_approval = tg.Data(
    "Reserve approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The insured party, who sends supporting receipts and builders' quotes.
    policyholder = tm.add(tg.Actor("Policyholder", role="claimant"))

with tm.boundary("Firm-managed field devices", trust=tg.Trust.INTERNAL):
    # Our employee who visits the site and owns the report.
    adjuster = tm.add(tg.Actor("Loss adjuster", role="loss adjuster"))
    # Where the evidence is captured; works offline and syncs when there is signal.
    tablet = tm.add(
        tg.Device(
            "Field capture app on adjuster tablet",
            fleet=True,
            description="MDM-enrolled tablets; the app stores the day's jobs and captures.",
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Approves reserves above the adjuster's delegated authority.
    senior = tm.add(tg.Actor("Senior adjuster", role="technical manager"))

with tm.boundary("Firm cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives captures from the field app and sends out the adjuster's job list.
    sync_api = tm.add(
        tg.Endpoint(
            "Field sync API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID OIDC with MFA")},
        )
    )
    # Lets policyholders add their own paperwork without an account.
    upload_page = tm.add(
        tg.Endpoint(
            "Policyholder upload page",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="single-use upload link e-mailed to the policyholder"),
                c.InputValidation(note="PDF and image types only, 25 MB per file"),
            },
        )
    )
    # Holds the raw evidence for each claim.
    evidence = tm.add(
        tg.DataStore(
            "Site evidence store",
            stores={photos, voice_notes, measurements, ph_documents},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Orchestrates transcription and drafting for each visit.
    drafter = tm.add(
        tg.Service(
            "Report drafting service",
            description="Builds the prompt from the claim file and evidence and calls the LLM.",
        )
    )
    # Our negotiated rates per trade and region, used to price the reserve.
    rate_tables = tm.add(tg.DataStore("Repair cost rate tables", stores={rates}))
    # The claim file: instructions, drafts and signed-off reports.
    claims_db = tm.add(
        tg.DataStore(
            "Claims file database",
            stores={instructions, draft, final_report, transcript, reserve_approval},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Where adjusters edit and sign off drafts.
    portal = tm.add(
        tg.Endpoint(
            "Adjuster review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the instructed loss adjuster signs off every report"),
            },
        )
    )
    # Exchanges instructions and reports with each insurer client.
    integration = tm.add(
        tg.Service(
            "Insurer integration service",
            description="Polls the insurer for new instructions and submits signed-off reports.",
        )
    )

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Turns adjusters' dictation into text.
    stt = tm.add(tg.ExternalService("Speech-to-text API", provides="model-api"))
    # Writes the draft report and reserve estimate.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Reads photos and notes; its reserve estimate feeds the insurer's reserve.",
            controls={c.SupplierAssessment(note="enterprise terms: no training on our data")},
        )
    )

with tm.boundary("Insurer", trust=tg.Trust.PARTNER):
    # The client insurer's system of record for the claim.
    insurer = tm.add(tg.ExternalService("Insurer claims platform"))

# ---------------------------------------------------------------- flows
# instructions in
tm.flow(insurer, integration, instructions, protocol="https", label="polled every 15 minutes")
tm.flow(integration, claims_db, instructions)
tm.flow(claims_db, sync_api, instructions, label="adjuster's job list")
tm.flow(sync_api, tablet, instructions, protocol="https")

# evidence capture
tm.flow(adjuster, tablet, photos, voice_notes, measurements, label="captured in person on site")
tm.flow(tablet, sync_api, photos, voice_notes, measurements, protocol="https")
tm.flow(sync_api, evidence, photos, voice_notes, measurements)
tm.flow(policyholder, upload_page, ph_documents, protocol="https")
tm.flow(upload_page, evidence, ph_documents)

# drafting
tm.flow(evidence, drafter, photos, voice_notes, measurements, ph_documents)
tm.flow(drafter, stt, voice_notes, protocol="https")
tm.flow(stt, drafter, transcript, protocol="https")
tm.flow(claims_db, drafter, instructions)
tm.flow(rate_tables, drafter, rates)
tm.flow(drafter, llm, prompt, photos, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, claims_db, draft, transcript)

# review and sign-off
tm.flow(claims_db, portal, draft, instructions, transcript)
tm.flow(evidence, portal, photos, ph_documents, label="evidence shown beside the draft")
tm.flow(portal, adjuster, draft, protocol="https")
tm.flow(adjuster, portal, final_report, protocol="https", label="edits and sign-off")
tm.flow(portal, senior, draft, protocol="https", label="reserves above delegated authority")
tm.flow(senior, portal, reserve_approval, protocol="https")
tm.flow(portal, claims_db, final_report, reserve_approval)

# report out
tm.flow(claims_db, integration, final_report)
tm.flow(integration, insurer, final_report, protocol="https")
