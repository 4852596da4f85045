"""Tea blender's tasting-notes assistant: the first design, before any security review.

Our tasters cup incoming tea lots in the Hamburg tasting room and speak their
impressions into company-managed tablets. The tablets upload the recordings to a
tasting-notes API in our cloud tenancy, which has a speech-to-text vendor
transcribe them. A drafting service combines the transcript with the lot's
moisture readings from the QC lab LIMS, the lot details from the ERP and our house
grading guide, and asks a hosted LLM for draft tasting notes and a suggested leaf
grade. Drafts wait in a draft store until the master blender reviews, edits and
approves them in a review console; only approved notes and grades are written back
to the lot in the ERP, where buying and blending work from them.
Controls in this design: company SSO on the tablets and the console, role-based
access to approval, the master blender's sign-off, upload checks on the API, TLS
to both vendors and the cloud's default encryption on the draft store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tea blender tasting-notes assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drafts tasting notes and leaf-grade suggestions for the master blender to approve.",
)

# ---------------------------------------------------------------- data assets
spoken_notes = tg.Data(
    "Spoken tasting notes",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio of a taster describing a cup; the taster's voice and name are in it.",
)
transcript = tg.Data(
    "Tasting note transcript", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
moisture = tg.Data("Moisture readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
lot_details = tg.Data(
    "Tea lot details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Garden, season, invoice number, supplier and purchase price of the lot.",
)
grading_guide = tg.Data(
    "House grading guide and exemplar notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the transcript, readings, lot details and guide excerpts.",
)
completion = tg.Data(
    "Draft notes and grade suggestion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
review_decision = tg.Data(
    "Blender's edits and approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approved_notes = tg.Data(
    "Approved tasting notes and grade",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Tasting room and QC lab", trust=tg.Trust.INTERNAL):
    # The people whose impressions the notes start from.
    taster = tm.add(tg.Actor("Taster", role="tea taster"))
    # Managed tablets the tasters record into while cupping.
    tablet = tm.add(
        tg.Device(
            "Tasting room tablet",
            description="Company-managed tablets running the tasting-notes app.",
        )
    )
    # Measures the moisture of each lot sample; part of the existing QC lab.
    analyser = tm.add(tg.Device("Moisture analyser", fleet=False))
    # The lab's existing system of record for sample results.
    lims = tm.add(tg.DataStore("QC lab LIMS", stores={moisture}))

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text; we do not run our own.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text service",
            provides=tg.ExternalCategory.MODEL_API,
            description="Vendor transcription API, general-purpose English and German models.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the draft notes and suggests a grade.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Company cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives recordings from the tablets and gets them transcribed.
    notes_api = tm.add(
        tg.Endpoint(
            "Tasting-notes API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO (OIDC) on managed tablets"),
                c.InputValidation(note="audio format, length and size checked on upload"),
            },
        )
    )
    # Gathers everything about a lot, builds the prompt and stores the draft.
    drafter = tm.add(
        tg.Service(
            "Drafting service",
            description="Builds the prompt from transcript, readings, lot details and guide; calls the LLM.",
        )
    )
    # The house standard the drafts should follow, maintained by the master blender.
    guide_store = tm.add(tg.DataStore("Grading guide store", stores={grading_guide}))
    # Drafts and transcripts wait here for review.
    draft_store = tm.add(
        tg.DataStore(
            "Draft store",
            stores={transcript, completion},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the master blender reads, edits and approves drafts.
    console = tm.add(
        tg.Service(
            "Review console",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(note="only the master blender role can approve"),
                c.HumanInTheLoop(approver="master blender"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Signs off every note and grade before anyone else sees it.
    blender = tm.add(tg.Actor("Master blender", role="master blender"))
    # The existing ERP: lot master data, and the approved notes once written back.
    erp = tm.add(tg.DataStore("ERP lot records", stores={lot_details, approved_notes}))

# ---------------------------------------------------------------- flows
tm.flow(taster, tablet, spoken_notes, label="spoken while cupping")
tm.flow(tablet, notes_api, spoken_notes, protocol="https")
tm.flow(notes_api, stt, spoken_notes, protocol="https")
tm.flow(stt, notes_api, transcript, protocol="https")
tm.flow(notes_api, drafter, transcript)

tm.flow(analyser, lims, moisture, protocol="http", label="result export over lab LAN")
tm.flow(lims, drafter, moisture, protocol="https")
tm.flow(erp, drafter, lot_details, protocol="https")
tm.flow(guide_store, drafter, grading_guide)
tm.flow(blender, guide_store, grading_guide, protocol="https", label="maintains the guide")

tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, completion, protocol="https")
tm.flow(drafter, draft_store, transcript, completion)

tm.flow(draft_store, console, transcript, completion)
tm.flow(console, blender, transcript, completion, protocol="https")
tm.flow(blender, console, review_decision, protocol="https")
tm.flow(console, draft_store, review_decision)
tm.flow(console, erp, approved_notes, protocol="https", label="write back on approval")
