"""Social care assessment notes: the council's first design, before security review.

Adult social care workers record Care Act assessment visits, with the resident's
consent, in an app on their council-managed smartphones. The app uploads each
recording to an upload API in the council's cloud tenant, where it is kept for
30 days. A drafting service has the cloud provider's speech-to-text service
transcribe it, pulls the person's case details from the social care case
management system, and asks a hosted LLM (the same provider, UK region, covered
by the council's DPIA) to draft an assessment note under the council's template
headings. The social worker opens the draft beside the transcript in a note
editor, signing in with council SSO and MFA, edits it and submits it to the case
record, where a team manager signs the assessment off as before. Nothing reaches
the case record without the social worker's submission; access is by role and
logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Social care assessment note drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM turns social workers' visit recordings into draft care assessment "
        "notes that the social worker edits and submits to the case record."
    ),
)

# ---------------------------------------------------------------- data assets
conversation = tg.Data(
    "Visit conversation",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What the resident, family and social worker say during the visit.",
)
recording = tg.Data(
    "Visit recording",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Audio of the assessment visit: health, care needs, family circumstances.",
)
case_selection = tg.Data(
    "Case reference and visit details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
transcript = tg.Data(
    "Visit transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)
case_details = tg.Data(
    "Person's case details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, date of birth, address, existing needs and services.",
)
drafting_prompt = tg.Data(
    "Note drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Template headings, instructions, case details and the transcript.",
)
draft_note = tg.Data(
    "Draft assessment note",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
edited_note = tg.Data(
    "Edited assessment note",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
sign_off = tg.Data("Manager sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sso_token = tg.Data("SSO access token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Resident's home", trust=tg.Trust.UNTRUSTED):
    # The person being assessed (and family or carers present): whose words are recorded.
    resident = tm.add(tg.Actor("Resident", role="person being assessed"))

with tm.boundary("Council managed devices", trust=tg.Trust.INTERNAL):
    # Records the visit and uploads it; Intune-managed council phones.
    phone_app = tm.add(
        tg.Device(
            "Council smartphone recording app",
            fleet=True,
            controls={c.Authentication(method="council SSO (Entra ID) with MFA")},
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Makes the visit, checks and edits the draft, submits the note.
    social_worker = tm.add(tg.Actor("Social worker", role="social worker"))
    # Signs assessments off in the case record, as today.
    manager = tm.add(tg.Actor("Team manager", role="team manager"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Council SSO used by the app and the note editor.
    idp = tm.add(tg.ExternalService("Council SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("Cloud AI services", trust=tg.Trust.PARTNER):
    # Turns the audio into text.
    stt = tm.add(
        tg.Model(
            "Speech-to-text service",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="UK region, no retention of audio")},
        )
    )
    # Drafts the assessment note from the transcript and case details.
    llm = tm.add(
        tg.LLM(
            "Hosted note-drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="UK region, no training on council data")},
        )
    )

with tm.boundary("Council cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives recordings from the phones over the mobile network.
    upload_api = tm.add(
        tg.Endpoint(
            "Recording upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Entra ID token from a compliant managed phone"),
                c.InputValidation(note="audio format and size checked"),
            },
        )
    )
    # Holds the audio until the note is written.
    recording_store = tm.add(
        tg.DataStore(
            "Visit recording store",
            stores={recording},
            controls={
                c.EncryptionAtRest(key_management="council-managed keys in Key Vault"),
                c.RetentionLimits(days=30),
                c.RBAC(),
            },
        )
    )
    # Orchestrates transcription, case lookup and drafting.
    drafter = tm.add(
        tg.Service(
            "Note drafting service",
            controls={
                c.ImpactAssessment(
                    basis="public task, Art. 6(1)(e); health and social care, Art. 9(2)(h)"
                )
            },
        )
    )
    # Transcripts and drafts while the social worker works on them.
    draft_store = tm.add(
        tg.DataStore(
            "Draft note store",
            stores={transcript, draft_note, edited_note},
            controls={c.EncryptionAtRest(key_management="council-managed keys in Key Vault")},
        )
    )
    # Where the social worker reviews the draft against the transcript and edits it.
    editor = tm.add(
        tg.Endpoint(
            "Assessment note editor",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council SSO (Entra ID) with MFA"),
                c.RBAC(note="adult social care staff"),
                c.HumanInTheLoop(approver="the social worker who made the visit"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Social care records", trust=tg.Trust.RESTRICTED):
    # The social care case management system: the statutory record of the assessment.
    case_system = tm.add(
        tg.DataStore(
            "Adult social care case management system",
            stores={case_details, edited_note},
            controls={c.RBAC(), c.AuditLogging(), c.EncryptionAtRest()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(social_worker, idp, sso_token, protocol="oidc", label="sign-in")
tm.flow(idp, phone_app, sso_token, protocol="oidc")
tm.flow(idp, editor, sso_token, protocol="oidc")

tm.flow(resident, phone_app, conversation, label="in person, recorded with consent")
tm.flow(social_worker, phone_app, case_selection, label="in person, picks the case")
tm.flow(phone_app, upload_api, recording, case_selection, protocol="https")
tm.flow(upload_api, recording_store, recording)
tm.flow(upload_api, drafter, case_selection, label="new recording")

tm.flow(recording_store, drafter, recording)
tm.flow(drafter, stt, recording, protocol="https")
tm.flow(stt, drafter, transcript, protocol="https")
tm.flow(case_system, drafter, case_details, protocol="https", label="case lookup")
tm.flow(drafter, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafter, draft_note, protocol="https")
tm.flow(drafter, draft_store, transcript, draft_note)

tm.flow(draft_store, editor, transcript, draft_note)
tm.flow(editor, social_worker, transcript, draft_note, protocol="https")
tm.flow(social_worker, editor, edited_note, protocol="https")
tm.flow(editor, draft_store, edited_note, label="autosave")
tm.flow(editor, case_system, edited_note, protocol="https", label="submit")

tm.flow(case_system, manager, edited_note, protocol="https")
tm.flow(manager, case_system, sign_off, protocol="https")
