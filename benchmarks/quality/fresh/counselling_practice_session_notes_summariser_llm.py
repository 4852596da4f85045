"""Counselling practice session notes summariser: the first design.

A US group counselling practice (about twenty licensed counsellors and associates)
wants to cut the time spent writing progress notes. With the client's written
consent, a counsellor records the session with a recorder app on a practice laptop
and uploads it to the practice's notes assistant, hosted in its own AWS account.
A worker sends the audio to a speech-to-text API, then sends the transcript, the
client's treatment-plan goals from the practice EHR and the practice's note
template to a hosted LLM, which drafts a DAP progress note and highlights any risk
statements. The counsellor edits and approves the draft, associates' notes go to
their clinical supervisor for co-signature, and the approved note is filed in the
EHR. Counsellors sign in with e-mail, password and TOTP; uploads use TLS; the
recordings bucket is encrypted; both AI vendors signed a BAA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Counselling practice session notes summariser",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description=(
        "Drafts counsellors' progress notes from recorded sessions with a hosted "
        "LLM; counsellors approve every note before it is filed in the EHR."
    ),
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Session audio recording",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Full audio of a counselling session, recorded with the client's consent.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
transcript = tg.Data(
    "Session transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
)
treatment_plan = tg.Data(
    "Treatment plan goals and diagnosis",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
template = tg.Data(
    "DAP note template and documentation guidance",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Template instructions, treatment-plan goals and the full transcript.",
)
draft_note = tg.Data(
    "Draft progress note with highlighted risk statements",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
approved_note = tg.Data(
    "Approved progress note",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
note_edits = tg.Data(
    "Counsellor edits and approval", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
cosign = tg.Data("Supervisor co-signature", kind="records", sensitivity=tg.Sensitivity.REGULATED)
accounts = tg.Data(
    "Counsellor accounts and caseload assignments",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

tls = c.EncryptionInTransit(protocol="TLS 1.2")

# ---------------------------------------------------------------- elements
with tm.boundary("Practice office", trust=tg.Trust.INTERNAL):
    # Records sessions and reviews the drafts for their own clients.
    counsellor = tm.add(tg.Actor("Counsellor", role="licensed counsellor or associate"))
    # Licensed supervisor who co-signs associates' notes.
    supervisor = tm.add(tg.Actor("Clinical supervisor", role="clinical supervisor"))
    # Office manager who creates accounts and assigns caseloads.
    admin = tm.add(tg.Actor("Practice administrator", role="office manager", privileged=True))
    # Recorder app on the practice laptops; uploads each session when it ends.
    recorder = tm.add(
        tg.Device(
            "Session recorder app on practice laptops",
            description="Windows laptops; the app keeps the recording until upload succeeds.",
        )
    )

with tm.boundary("Practice AWS account", trust=tg.Trust.INTERNAL):
    # Web app counsellors use from the office and from home.
    web_app = tm.add(
        tg.Endpoint(
            "Notes assistant web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.RBAC(note="counsellors see their own clients; supervisors their associates'"),
                c.HumanInTheLoop(
                    approver="the treating counsellor", note="approves every note before filing"
                ),
            },
        )
    )
    # Holds uploaded recordings and their transcripts.
    recordings = tm.add(
        tg.DataStore(
            "Recordings bucket",
            stores={recording, transcript},
            controls={c.EncryptionAtRest(key_management="AWS KMS")},
        )
    )
    # Drafts waiting for the counsellor and the supervisor.
    drafts = tm.add(tg.DataStore("Draft notes database", stores={draft_note, note_edits}))
    # Note templates the practice's clinical director maintains.
    templates = tm.add(tg.DataStore("Note templates", stores={template}))
    # Account and caseload data the web app authorises against.
    account_db = tm.add(tg.DataStore("User accounts", stores={accounts}))
    # Background job: transcribe, build the prompt, call the LLM, store the draft.
    worker = tm.add(tg.Service("Summarisation worker"))

with tm.boundary("AI vendors", trust=tg.Trust.PARTNER):
    # Hosted speech-to-text API used for the transcript.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text API",
            provides="model-api",
            controls={c.SupplierAssessment(note="BAA signed")},
        )
    )
    # Hosted LLM that writes the draft note.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed; zero data retention tier")},
        )
    )

with tm.boundary("EHR vendor", trust=tg.Trust.PARTNER):
    # The practice's SaaS electronic health record: system of record for notes.
    ehr = tm.add(
        tg.DataStore(
            "Practice EHR",
            stores={treatment_plan, approved_note},
            controls={c.AuditLogging(), c.EncryptionAtRest()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(counsellor, recorder, recording, label="records the session")
tm.flow(recorder, web_app, recording, protocol="https", controls={tls})
tm.flow(web_app, recordings, recording)

tm.flow(recordings, worker, recording)
tm.flow(worker, stt, recording, protocol="https", controls={tls})
tm.flow(stt, worker, transcript, protocol="https", controls={tls})
tm.flow(worker, recordings, transcript)
tm.flow(recordings, worker, transcript, label="transcript for summarising")
tm.flow(templates, worker, template)
tm.flow(ehr, worker, treatment_plan, protocol="https", label="EHR API")
tm.flow(worker, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, worker, draft_note, protocol="https", controls={tls})
tm.flow(worker, drafts, draft_note)

tm.flow(drafts, web_app, draft_note, note_edits)
tm.flow(web_app, counsellor, draft_note, protocol="https", controls={tls})
tm.flow(counsellor, web_app, note_edits, protocol="https", controls={tls})
tm.flow(web_app, drafts, note_edits)
tm.flow(web_app, supervisor, draft_note, note_edits, protocol="https", controls={tls})
tm.flow(supervisor, web_app, cosign, protocol="https", controls={tls})
tm.flow(web_app, ehr, approved_note, protocol="https", label="EHR API, on approval")

tm.flow(admin, web_app, accounts, protocol="https", controls={tls})
tm.flow(web_app, account_db, accounts)
tm.flow(account_db, web_app, accounts, label="sign-in and caseload checks")
