"""Stained glass condition survey assistant: the first design, before any security review.

Our studio surveys church windows for restoration grant applications. On site,
conservators photograph each panel and dictate condition notes into a survey app
on a studio tablet, which uploads over the church's wi-fi or mobile data to our
cloud tenancy. A drafting service transcribes the dictation with a hosted
speech-to-text API, then sends the notes, selected photographs and the grant
scheme's published guidance to a hosted LLM, which drafts the condition report
and the grant application narrative. The lead conservator edits the drafts in a
web editor and signs them off, then uploads the application to the heritage
grant body's portal. Church wardens read the signed reports in a warden portal.
Controls in this design: staff sign in with Microsoft 365 and MFA, wardens with
e-mail and password, TLS on every external call, storage encryption by the cloud
provider, and the lead conservator's sign-off before anything is submitted.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Stained glass restoration condition survey",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "LLM-drafted condition reports and grant narratives for church window "
        "restoration, edited and signed by the lead conservator."
    ),
)

# ---------------------------------------------------------------- data assets
panel_photos = tg.Data(
    "Panel photographs",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Raking-light and transmitted-light photographs of each window panel.",
)
dictation = tg.Data(
    "Dictated condition notes",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The conservator's voice recordings made at the window.",
)
note_transcript = tg.Data(
    "Condition note transcript", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
survey_record = tg.Data(
    "Survey record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Church, window and panel references, warden contact details, survey dates.",
)
grant_guidance = tg.Data(
    "Grant scheme guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The heritage body's published criteria and our report template.",
)
drafting_prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, note transcripts, selected photographs and the scheme guidance.",
)
draft_report = tg.Data(
    "Draft condition report and grant narrative",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
conservator_edits = tg.Data(
    "Conservator edits and sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
signed_report = tg.Data(
    "Signed condition report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
grant_application = tg.Data(
    "Grant application",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Signed narrative, costings and the parish contacts named as applicants.",
)
warden_request = tg.Data("Warden report request", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Church sites", trust=tg.Trust.UNTRUSTED):
    # Conservators work inside the church, on its wi-fi or on mobile data.
    conservator = tm.add(tg.Actor("Conservator", role="surveying conservator"))
    # Studio-issued tablets running the survey app: camera plus dictation.
    tablet = tm.add(
        tg.Device(
            "Survey tablet",
            description="Studio tablets with the survey app; photos and audio queue offline.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Church wardens read the finished reports for their church.
    warden = tm.add(tg.Actor("Church warden", role="church warden"))

with tm.boundary("AI vendors", trust=tg.Trust.PARTNER):
    # Turns dictation into text; we do not run our own speech model.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text API",
            provides=tg.ExternalCategory.MODEL_API,
        )
    )
    # Drafts the condition report and grant narrative from notes and photos.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A multimodal chat model behind the vendor's business API.",
            controls={c.SupplierAssessment(note="business terms: no training on our inputs")},
        )
    )

with tm.boundary("Heritage grant body", trust=tg.Trust.PARTNER):
    # Where applications are submitted; run by the funder, not by us.
    grant_portal = tm.add(tg.ExternalService("Heritage grant portal"))

with tm.boundary("Studio cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives uploads from the tablets.
    survey_api = tm.add(
        tg.Endpoint(
            "Survey upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )
    # Holds photos, audio, transcripts, drafts and signed reports per survey.
    survey_store = tm.add(
        tg.DataStore(
            "Survey records store",
            stores={
                panel_photos,
                dictation,
                note_transcript,
                survey_record,
                draft_report,
                signed_report,
                grant_application,
            },
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference text the drafts must follow.
    guidance_store = tm.add(tg.DataStore("Grant guidance library", stores={grant_guidance}))
    # Orchestrates transcription and drafting once a survey is marked complete.
    drafting = tm.add(
        tg.Service(
            "Report drafting service",
            description="Transcribes dictation, builds the prompt and stores the LLM's drafts.",
        )
    )
    # Where the lead conservator edits and signs the drafts.
    editor = tm.add(
        tg.Service(
            "Report editor",
            description="Web editor for drafts; sign-off locks the report for release.",
            controls={
                c.Authentication(method="Microsoft 365 sign-in with MFA"),
                c.HumanInTheLoop(approver="lead conservator signs before release or submission"),
            },
        )
    )
    # Read-only view of signed reports for church wardens.
    warden_portal = tm.add(
        tg.Endpoint(
            "Warden report portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Studio workshop", trust=tg.Trust.INTERNAL):
    # Accountable for every report and application that leaves the studio.
    lead = tm.add(tg.Actor("Lead conservator", role="lead conservator", privileged=True))

# ---------------------------------------------------------------- flows
# On site: capture and upload.
tm.flow(conservator, tablet, panel_photos, dictation, label="photographs and dictates")
tm.flow(tablet, survey_api, panel_photos, dictation, survey_record, protocol="https")
tm.flow(survey_api, tablet, survey_record, protocol="https", label="survey list and status")
tm.flow(survey_api, survey_store, panel_photos, dictation, survey_record)

# Drafting.
tm.flow(survey_store, drafting, panel_photos, dictation, survey_record)
tm.flow(drafting, stt, dictation, protocol="https")
tm.flow(stt, drafting, note_transcript, protocol="https")
tm.flow(guidance_store, drafting, grant_guidance)
tm.flow(drafting, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafting, draft_report, protocol="https")
tm.flow(drafting, survey_store, note_transcript, draft_report)

# Editing, sign-off and submission.
tm.flow(survey_store, editor, draft_report, panel_photos, note_transcript, survey_record)
tm.flow(editor, lead, draft_report, panel_photos, note_transcript, protocol="https")
tm.flow(lead, editor, conservator_edits, protocol="https")
tm.flow(editor, survey_store, signed_report, grant_application)
tm.flow(editor, lead, grant_application, protocol="https", label="export for submission")
tm.flow(lead, grant_portal, grant_application, protocol="https", label="uploads application")

# Wardens read signed reports.
tm.flow(warden, warden_portal, warden_request, protocol="https")
tm.flow(survey_store, warden_portal, signed_report)
tm.flow(warden_portal, warden, signed_report, protocol="https")
