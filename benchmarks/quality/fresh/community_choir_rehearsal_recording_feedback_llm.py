"""Community choir rehearsal feedback: the first design, before any security review.

Members of a volunteer-run community choir (about 80 singers, UK based) record
their own part on a phone after each rehearsal and upload it to a small web app,
with an optional note on the bars they found hard. A worker compares the take
with the director's reference part track using an open-weights pitch-tracking
model, and a feedback service sends the pitch and timing summary, plus the
singer's note, to a hosted LLM that writes friendly practice feedback. Members
read their feedback in the app and get an e-mail when it is ready; the choir
director uploads reference tracks and can see every member's recordings and
feedback. Everything but the LLM and the e-mail provider runs in one small
cloud project. Members sign in with e-mail and password, all traffic is HTTPS,
uploads are checked for type and size, the bucket uses the provider's default
encryption and the director's extra rights are a role in the app.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community choir rehearsal recording feedback",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-written practice feedback on singers' uploaded rehearsal recordings.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Rehearsal recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A member's voice singing their part, as an audio file from their phone.",
)
singer_note = tg.Data(
    "Singer's note",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text the member adds: which bars felt hard, what they want checked.",
)
reference_track = tg.Data(
    "Reference part track",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The director's guide recording and score of each part (licensed arrangements).",
)
pitch_contour = tg.Data("Pitch contour", kind="features", sensitivity=tg.Sensitivity.PII)
analysis = tg.Data(
    "Pitch and timing analysis",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-bar pitch deviation and timing offsets against the reference part.",
)
feedback_prompt = tg.Data("Feedback prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
feedback = tg.Data("Practice feedback", kind="model-output", sensitivity=tg.Sensitivity.PII)
member_profile = tg.Data(
    "Member profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address, voice part and section.",
)
credentials = tg.Data("Sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
notification = tg.Data("Feedback-ready e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The singers: they upload takes and read feedback from their phones.
    member = tm.add(tg.Actor("Choir member", role="singer"))
    # The musical director: uploads reference tracks, reads everyone's feedback,
    # and administers member accounts in the app.
    director = tm.add(tg.Actor("Choir director", role="musical director", privileged=True))

with tm.boundary("Choir cloud project", trust=tg.Trust.INTERNAL):
    # The only public entry point: upload, sign-in and feedback pages.
    web_app = tm.add(
        tg.Endpoint(
            "Choir web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="audio files only, up to 50 MB"),
                c.RBAC(note="director role sees all sections; members see their own"),
            },
        )
    )
    # Keeps every uploaded take so members can compare across rehearsals.
    recording_bucket = tm.add(
        tg.DataStore(
            "Recording bucket",
            stores={recording},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # The director's guide tracks, one per part per piece.
    reference_store = tm.add(tg.DataStore("Reference track store", stores={reference_track}))
    # Accounts, feedback history and the notes members attached.
    app_db = tm.add(
        tg.DataStore(
            "Choir app database",
            stores={member_profile, credentials, feedback, singer_note, analysis},
        )
    )
    # Queue worker that runs the pitch tracker and lines the take up against the reference.
    pitch_worker = tm.add(
        tg.Service(
            "Pitch analysis worker",
            description="Aligns the take with the reference part and scores pitch and timing.",
        )
    )
    # Off-the-shelf open-weights pitch tracker, run inside the worker's container.
    pitch_model = tm.add(
        tg.Model(
            "Pitch tracking model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Estimates the sung fundamental frequency frame by frame.",
        )
    )
    # Builds the prompt from the analysis and the member's note, calls the LLM,
    # saves the feedback and triggers the e-mail.
    feedback_service = tm.add(tg.Service("Feedback service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the feedback in plain, encouraging language.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that tells members their feedback is ready.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
# member sign-in, uploads and reading feedback
tm.flow(member, web_app, credentials, label="sign-in", protocol="https")
tm.flow(member, web_app, recording, singer_note, label="upload take", protocol="https")
tm.flow(web_app, member, feedback, analysis, label="feedback page", protocol="https")
tm.flow(web_app, recording_bucket, recording)
tm.flow(web_app, app_db, singer_note, member_profile, credentials)
tm.flow(app_db, web_app, feedback, analysis, member_profile, credentials)
tm.flow(recording_bucket, web_app, recording, label="playback")

# director
tm.flow(director, web_app, credentials, label="sign-in", protocol="https")
tm.flow(
    director,
    web_app,
    reference_track,
    member_profile,
    label="manage parts and members",
    protocol="https",
)
tm.flow(
    web_app, director, recording, feedback, analysis, label="section overview", protocol="https"
)
tm.flow(web_app, reference_store, reference_track)

# analysis
tm.flow(recording_bucket, pitch_worker, recording)
tm.flow(reference_store, pitch_worker, reference_track)
tm.flow(pitch_worker, pitch_model, recording, protocol="local")
tm.flow(pitch_model, pitch_worker, pitch_contour, protocol="local")
tm.flow(pitch_worker, app_db, analysis)
tm.flow(pitch_worker, feedback_service, analysis, label="analysis ready")

# feedback generation
tm.flow(app_db, feedback_service, singer_note, member_profile)
tm.flow(feedback_service, llm, feedback_prompt, protocol="https")
tm.flow(llm, feedback_service, feedback, protocol="https")
tm.flow(feedback_service, app_db, feedback)
tm.flow(feedback_service, mailer, notification, protocol="https")
tm.flow(mailer, member, notification, protocol="smtp")
