"""Hospice volunteer visit-note summariser: the first design, before any security review.

A UK hospice runs a befriending service: trained volunteers visit patients and
their families at home. After each visit the volunteer records a short voice note
in the hospice's volunteer app on their own phone, choosing the patient from the
visits they were assigned. The note is uploaded to the hospice's cloud tenant,
transcribed by a hosted speech-to-text service and turned by a hosted LLM into a
structured summary (mood, practical needs, carer strain) with flags for signs of
distress or safeguarding concerns. Flagged summaries trigger an e-mail to the nurse
team's shared mailbox. A nurse reads every summary in the review app, corrects it
and files it in the hospice's hosted clinical record system; nothing is filed
without that review. Controls in this design: TLS everywhere, volunteer sign-in to
the upload API, Entra ID SSO with MFA for nurses, encrypted storage, a DPIA, and
vendor contracts with UK data residency and no training on our data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospice volunteer visit-note summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Volunteer voice notes from home visits, transcribed and summarised by hosted "
        "models, with distress and safeguarding flags, reviewed by a nurse before filing."
    ),
)

# ---------------------------------------------------------------- data assets
roster = tg.Data(
    "Assigned visit roster",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Patient first name, address area and visit slot for each volunteer.",
)
voice_note = tg.Data(
    "Visit voice note",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    description="Up to five minutes of the volunteer describing the visit and the patient's wellbeing.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
visit_details = tg.Data(
    "Visit details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Patient id, volunteer id, visit date and duration.",
)
transcript = tg.Data(
    "Visit note transcript", sensitivity=tg.Sensitivity.REGULATED, kind="documents"
)
summary_prompt = tg.Data(
    "Summarisation prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="Instructions, the summary template and the transcript.",
)
draft_summary = tg.Data(
    "Draft visit summary with distress and safeguarding flags",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
flag_alert = tg.Data(
    "Flagged summary alert e-mail",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Says a flagged summary is waiting, with a link; no patient details.",
)
reviewed_summary = tg.Data(
    "Nurse-reviewed visit summary",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_edits = tg.Data(
    "Nurse corrections and filing decision", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Volunteers' own phones", trust=tg.Trust.UNTRUSTED):
    # The befriending volunteer who made the home visit and records the note.
    volunteer = tm.add(tg.Actor("Befriending volunteer", role="volunteer"))
    # The hospice's app on the volunteer's personal phone: records and uploads the note.
    volunteer_app = tm.add(
        tg.Device(
            "Volunteer phone app",
            description="Records the voice note, shows assigned visits, uploads over HTTPS.",
        )
    )

with tm.boundary("Hospice cloud tenant", trust=tg.Trust.INTERNAL):
    # Public API the volunteer app talks to: roster download and note upload.
    upload_api = tm.add(
        tg.Endpoint(
            "Visit note upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="volunteer e-mail and password"),
                c.InputValidation(note="accepts only m4a audio up to five minutes"),
            },
        )
    )
    # Which volunteer visits which patient, kept up to date by the volunteer coordinator.
    roster_store = tm.add(tg.DataStore("Volunteer visit roster", stores={roster}))
    # Holds uploaded audio until it has been transcribed and reviewed.
    note_store = tm.add(
        tg.DataStore(
            "Voice note store",
            stores={voice_note, visit_details},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Orchestrates transcription, summarisation, queueing and alerting for each new note.
    summariser = tm.add(
        tg.Service(
            "Visit note summarisation service",
            description="Picks up new notes, calls speech-to-text, then the LLM with a fixed template.",
            controls={
                c.SecretsManagement(note="vendor API keys in the cloud key vault"),
                c.ImpactAssessment(
                    basis="UK GDPR Art. 6(1)(f) legitimate interests, Art. 9(2)(h) provision of health or social care"
                ),
            },
        )
    )
    # Draft summaries and their flags, waiting for a nurse.
    review_queue = tm.add(
        tg.DataStore(
            "Summary review queue",
            stores={draft_summary, transcript, visit_details},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web app where nurses read, correct and file summaries.
    review_app = tm.add(
        tg.Service(
            "Nurse summary review app",
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.RBAC(note="nurse team role only"),
                c.HumanInTheLoop(approver="registered nurse on the community team"),
            },
        )
    )

with tm.boundary("Speech-to-text vendor", trust=tg.Trust.PARTNER):
    # Hosted transcription model, UK region.
    stt = tm.add(
        tg.Model(
            "Hosted speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, UK region, audio not retained")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted LLM that writes the structured summary and the distress/safeguarding flags.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed, UK region, no training on customer data")
            },
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Sends the alert for flagged summaries to the nurse team's shared mailbox.
    mail = tm.add(tg.ExternalService("Nurse team shared mailbox"))

with tm.boundary("Clinical record supplier", trust=tg.Trust.PARTNER):
    # The hospice's hosted clinical record system, the record of care.
    clinical_record = tm.add(
        tg.DataStore(
            "Clinical record system",
            stores={reviewed_summary},
            controls={c.AuditLogging(), c.RBAC()},
        )
    )

with tm.boundary("Hospice office network", trust=tg.Trust.INTERNAL):
    # Nurse on the community team who reviews every summary before filing.
    nurse = tm.add(tg.Actor("Hospice nurse", role="clinical reviewer"))
    # Assigns volunteers to patients and keeps the roster current.
    coordinator = tm.add(tg.Actor("Volunteer coordinator", role="staff"))

# ---------------------------------------------------------------- flows
tm.flow(coordinator, roster_store, roster, protocol="https", label="assigns visits")
tm.flow(roster_store, upload_api, roster)
tm.flow(upload_api, volunteer_app, roster, protocol="https", label="my visits")
tm.flow(volunteer_app, volunteer, roster, label="on the phone screen")
tm.flow(volunteer, volunteer_app, voice_note, label="records after the visit")
tm.flow(volunteer_app, upload_api, voice_note, visit_details, protocol="https")
tm.flow(upload_api, note_store, voice_note, visit_details)

tm.flow(note_store, summariser, voice_note, visit_details)
tm.flow(summariser, stt, voice_note, protocol="https")
tm.flow(stt, summariser, transcript, protocol="https")
tm.flow(summariser, llm, summary_prompt, protocol="https")
tm.flow(llm, summariser, draft_summary, protocol="https")
tm.flow(summariser, review_queue, draft_summary, transcript, visit_details)
tm.flow(summariser, mail, flag_alert, protocol="smtp+starttls", label="flagged summaries only")
tm.flow(mail, nurse, flag_alert, protocol="https")

tm.flow(review_queue, review_app, draft_summary, transcript, visit_details)
tm.flow(review_app, nurse, draft_summary, transcript, protocol="https")
tm.flow(nurse, review_app, review_edits, protocol="https")
tm.flow(review_app, review_queue, review_edits)
tm.flow(review_app, clinical_record, reviewed_summary, protocol="https", label="files on approval")
