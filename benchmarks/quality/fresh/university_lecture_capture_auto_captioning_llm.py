"""Lecture capture with automatic captions and summaries: the first design.

A UK university records lectures with capture appliances fixed in each lecture
hall. Recordings are uploaded to the university's cloud tenancy, where a
captioning service runs a self-hosted open-weights speech-to-text model to
draft captions and sends the transcript to a hosted LLM to draft a lecture
summary. Lecturers review and correct the captions and summary in a review
console and approve them; only approved captions and summaries are released to
students, who watch lectures in the lecture portal. Students and staff sign in
through the university's single sign-on (Entra ID, with MFA). The recording
store is encrypted at rest, uploads from appliances carry a per-appliance API
key, and the LLM vendor was vetted and contracted not to train on our data.
Recordings include students' voices when they ask questions, so GDPR applies.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "University lecture capture auto-captioning",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Recorded lectures captioned by speech-to-text and summarised by an LLM, "
    "released to students after the lecturer's review.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Lecture recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Video and audio of the lecture, including students who speak or appear.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
schedule = tg.Data(
    "Lecture schedule and enrolments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which room records which course when, its lecturers and enrolled students.",
)
draft_captions = tg.Data("Draft captions", kind="model-output", sensitivity=tg.Sensitivity.PII)
summary_prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions plus the full draft transcript of the lecture.",
)
draft_summary = tg.Data(
    "Draft lecture summary", kind="model-output", sensitivity=tg.Sensitivity.PII
)
reviewed = tg.Data(
    "Approved captions and summary",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
edits = tg.Data(
    "Lecturer caption edits and release approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
playback_request = tg.Data("Playback request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sign_in = tg.Data("Sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("SSO identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
asr_weights = tg.Data(
    "Speech-to-text model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students watch released lectures from anywhere.
    student = tm.add(tg.Actor("Student", role="student"))
    # Lecturers review drafts from campus or home.
    lecturer = tm.add(tg.Actor("Lecturer", role="lecturer"))
    # Public model hub the open-weights speech model is downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The university's single sign-on tenant, run by the vendor.
    sso = tm.add(tg.ExternalService("University SSO", provides="identity-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted LLM that drafts the lecture summary from the transcript.
    llm = tm.add(
        tg.LLM(
            "Summarisation LLM",
            origin="third-party-api",
            description="Vendor-hosted chat model; drafts a summary of each lecture transcript.",
            controls={
                tg.controls.SupplierAssessment(
                    note="vendor DPA signed; no training on our prompts, 30-day vendor retention"
                )
            },
        )
    )

with tm.boundary("Campus network", trust=tg.Trust.INTERNAL):
    # Fixed capture appliance in each lecture hall, records on the timetable.
    appliance = tm.add(
        tg.Device("Lecture hall capture appliance", description="Camera, microphone and encoder.")
    )
    # Timetabling system of record: what to record, who teaches and who is enrolled.
    timetable = tm.add(
        tg.DataSource("Timetabling and enrolment system", origin="internal", provides={schedule})
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives uploads from the appliances and files them by course.
    ingest = tm.add(
        tg.Service(
            "Capture ingest service",
            controls={tg.controls.Authentication(method="per-appliance API key")},
        )
    )
    # Object storage holding every lecture recording.
    recordings = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recording},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs speech-to-text, then asks the LLM for a summary, and files the drafts.
    captioner = tm.add(
        tg.Service(
            "Captioning service",
            description="Queue worker: one job per new recording.",
        )
    )
    # Open-weights speech recognition model on the tenancy's GPU node.
    asr = tm.add(
        tg.Model(
            "Speech-to-text model",
            task="generative",
            origin="open-weights",
            description="Whisper-style speech recognition producing timed captions.",
        )
    )
    # Drafts, lecturer edits and released captions and summaries.
    captions = tm.add(
        tg.DataStore("Caption and summary store", stores={draft_captions, draft_summary, reviewed})
    )
    # Where lecturers correct and approve drafts before release.
    review = tm.add(
        tg.Endpoint(
            "Caption review console",
            purpose="api",
            controls={
                tg.controls.Authentication(method="university SSO (OIDC) with MFA"),
                tg.controls.RBAC(note="lecturers see only the courses they teach"),
                tg.controls.HumanInTheLoop(approver="the course lecturer"),
            },
        )
    )
    # Where students watch lectures with released captions and summaries.
    portal = tm.add(
        tg.Endpoint(
            "Lecture portal",
            purpose="api",
            controls={
                tg.controls.Authentication(method="university SSO (OIDC) with MFA"),
                tg.controls.RBAC(note="students see the courses they are enrolled on"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# capture and ingest
tm.flow(timetable, appliance, schedule, label="recording schedule")
tm.flow(appliance, ingest, recording, protocol="https", label="upload after each lecture")
tm.flow(timetable, ingest, schedule, label="course lookup")
tm.flow(ingest, recordings, recording)

# captioning and summarising
tm.flow(model_hub, asr, asr_weights, protocol="https", label="model download")
tm.flow(recordings, captioner, recording)
tm.flow(captioner, asr, recording, label="audio track")
tm.flow(asr, captioner, draft_captions)
tm.flow(captioner, llm, summary_prompt, protocol="https")
tm.flow(llm, captioner, draft_summary, protocol="https")
tm.flow(captioner, captions, draft_captions, draft_summary)

# sign-in
tm.flow(lecturer, sso, sign_in, protocol="https")
tm.flow(student, sso, sign_in, protocol="https")
tm.flow(sso, review, id_token, protocol="oidc")
tm.flow(sso, portal, id_token, protocol="oidc")

# lecturer review
tm.flow(captions, review, draft_captions, draft_summary)
tm.flow(recordings, review, recording, label="playback while reviewing")
tm.flow(review, lecturer, draft_captions, draft_summary, recording, protocol="https")
tm.flow(lecturer, review, edits, protocol="https")
tm.flow(review, captions, reviewed, label="release")

# student viewing
tm.flow(timetable, portal, schedule, label="enrolments")
tm.flow(student, portal, playback_request, protocol="https")
tm.flow(captions, portal, reviewed)
tm.flow(recordings, portal, recording)
tm.flow(portal, student, recording, reviewed, protocol="https")
