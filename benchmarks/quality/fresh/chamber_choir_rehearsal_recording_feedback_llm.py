"""Rehearsal feedback assistant for a chamber choir: the first design.

The choir's director records each weekly rehearsal on a phone and uploads the
audio, with the evening's rehearsal plan, to a small web app that a volunteer
runs in the choir's cloud account. A processing service sends the recording to a
hosted speech-to-text API, then asks a hosted LLM to pick out the director's
spoken comments (piece, bars, which voice part) and write one practice summary
per section: sopranos, altos, tenors and basses. The summaries are saved for the
director to read in the web app and are e-mailed automatically the next morning
to each section's singers through an e-mail delivery provider, using the member
directory kept by the choir administrator. Singers are in the EU and their
voices and names are in the recordings. Controls: magic-link sign-in to the web
app, upload checks, TLS to every vendor, encrypted storage with recordings
deleted after 90 days, and a vendor review of the AI providers' data terms.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Chamber choir rehearsal feedback assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Transcribes rehearsal recordings, extracts the director's comments and "
        "e-mails each voice section a practice summary."
    ),
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Rehearsal recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Two hours of audio: the choir singing and everyone speaking.",
)
plan = tg.Data(
    "Rehearsal plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pieces rehearsed, bar ranges and which sections were called.",
)
transcript = tg.Data(
    "Rehearsal transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Time-stamped speech-to-text output, with singers' names as spoken.",
)
prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the rehearsal plan and the transcript.",
)
summaries = tg.Data(
    "Section practice summaries",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Director's comments per section, with bars to practise; may name singers.",
)
members = tg.Data(
    "Member directory",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Singers' names, e-mail addresses and voice parts.",
)
summary_email = tg.Data("Practice summary e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Records rehearsals, uploads them and reads the summaries before they go out.
    director = tm.add(tg.Actor("Choir director", role="music director"))
    # Keeps the member list up to date; a committee volunteer.
    administrator = tm.add(
        tg.Actor("Choir administrator", role="choir administrator", privileged=True)
    )
    # The twenty-odd singers who receive their section's summary.
    singers = tm.add(tg.Actor("Section singers", role="choir member"))

with tm.boundary("AI vendors", trust=tg.Trust.PARTNER):
    # Hosted transcription; chosen because it handles sung passages and several voices.
    stt = tm.add(
        tg.ExternalService(
            "Speech-to-text API",
            provides=tg.ExternalCategory.MODEL_API,
            controls={tg.controls.SupplierAssessment(note="no retention or training on uploads")},
        )
    )
    # General-purpose hosted model that extracts comments and writes the summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.SupplierAssessment(note="API terms exclude training on inputs")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service so the summaries do not land in spam.
    email_provider = tm.add(tg.ExternalService("E-mail delivery provider"))

with tm.boundary("Choir cloud account", trust=tg.Trust.INTERNAL):
    # The one web front end: uploads, summary viewing and member management.
    web_app = tm.add(
        tg.Endpoint(
            "Choir web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail magic link"),
                tg.controls.InputValidation(note="audio formats only, 500 MB limit"),
            },
        )
    )
    # Object storage for the raw audio until it has been processed and kept a while.
    recording_store = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recording},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                tg.controls.RetentionLimits(days=90),
            },
        )
    )
    # Pieces and bar ranges, so that comments can be tied to the right place in the score.
    plan_store = tm.add(tg.DataStore("Rehearsal plan store", stores={plan}))
    # Runs after each upload: transcription, then summarising, then hand-off to the mailer.
    processor = tm.add(
        tg.Service(
            "Rehearsal processing service",
            description="Calls the speech-to-text API and the LLM with keys from its environment.",
        )
    )
    # Transcripts and summaries kept for the director and for the season's history.
    notes_store = tm.add(
        tg.DataStore(
            "Transcript and summary store",
            stores={transcript, summaries},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Who sings which part and where to send their summary.
    member_db = tm.add(tg.DataStore("Member directory store", stores={members}))
    # Sends each section its summary the morning after the rehearsal.
    mailer = tm.add(tg.Service("Morning summary mailer"))

# ---------------------------------------------------------------- flows
tm.flow(director, web_app, recording, plan, protocol="https")
tm.flow(web_app, director, transcript, summaries, protocol="https")
tm.flow(web_app, recording_store, recording)
tm.flow(web_app, plan_store, plan)
tm.flow(administrator, web_app, members, protocol="https")
tm.flow(web_app, administrator, members, protocol="https")
tm.flow(web_app, member_db, members)
tm.flow(member_db, web_app, members)
tm.flow(notes_store, web_app, transcript, summaries)

tm.flow(recording_store, processor, recording, label="new upload")
tm.flow(processor, stt, recording, protocol="https")
tm.flow(stt, processor, transcript, protocol="https")
tm.flow(plan_store, processor, plan)
tm.flow(processor, llm, prompt, protocol="https")
tm.flow(llm, processor, summaries, protocol="https")
tm.flow(processor, notes_store, transcript, summaries)

tm.flow(notes_store, mailer, summaries, label="daily batch")
tm.flow(member_db, mailer, members)
tm.flow(mailer, email_provider, summary_email, members, protocol="https")
tm.flow(email_provider, singers, summary_email, protocol="smtp")
