"""Pipe band practice and tuning assistant: the first design, before any security review.

A pipe band association offers its members, adult and juvenile pipers in member bands
across the UK and Europe, a practice assistant in its member web app. A piper uploads
a recording of a tune or of their drones and chanter, with a note on what they are
working on. An audio service in the association's cloud account runs an open-weights
pitch model to measure drone and chanter tuning; an orchestrator then combines those
measurements, the piper's past feedback and passages from the association's teaching
material and asks a hosted LLM to write the feedback. The LLM gets the measurements
and the note, never the audio. Pipe majors ask the same assistant to draft a band
practice plan before a competition from their pipers' recent feedback. Members sign
in with e-mail and password; the app checks file type and length of uploads and
gives pipers and pipe majors different roles. The music board loads teaching material.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pipe band practice and tuning assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Tuning and practice feedback on uploaded recordings; practice plans for pipe majors.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Practice recording",
    kind="media",
    sensitivity="pii",
    description="Audio or phone video of the piper playing; may catch voices in the room.",
)
note = tg.Data("Piper practice note", kind="prompt", sensitivity="pii")
audio_frames = tg.Data("Audio frames", kind="features", sensitivity="internal")
pitch = tg.Data("Pitch estimates", kind="model-output", sensitivity="internal")
tuning = tg.Data("Tuning analysis", kind="records", sensitivity="pii")
history = tg.Data(
    "Feedback history",
    kind="records",
    sensitivity="pii",
    description="Per piper: tuning results and feedback given, by date and tune.",
)
profile = tg.Data(
    "Member profile",
    kind="records",
    sensitivity="pii",
    description="Name, e-mail, band, grade, date of birth for juvenile grading, role.",
)
material = tg.Data("Teaching material", kind="documents", sensitivity="internal")
passages = tg.Data("Teaching passages", kind="retrieved-context", sensitivity="internal")
query = tg.Data("Teaching material query", kind="prompt", sensitivity="internal")
plan_request = tg.Data("Practice plan request", kind="prompt", sensitivity="internal")
llm_prompt = tg.Data("Feedback prompt", kind="prompt", sensitivity="pii")
completion = tg.Data("LLM completion", kind="model-output", sensitivity="pii")
feedback = tg.Data("Practice feedback", kind="model-output", sensitivity="pii")
plan = tg.Data(
    "Band practice plan draft",
    kind="model-output",
    sensitivity="pii",
    description="Weekly plan naming pipers and what each should work on.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members who upload recordings and read feedback, juveniles among them.
    piper = tm.add(tg.Actor("Piper", role="association member"))
    # Leads a band; asks for practice plans and sees their pipers' feedback.
    pipe_major = tm.add(tg.Actor("Pipe major", role="band leader"))

with tm.boundary("Association cloud account", trust=tg.Trust.INTERNAL):
    # The member web app's backend: sign-in, uploads, feedback and plans.
    app_api = tm.add(
        tg.Endpoint(
            "Member app API",
            purpose="api",
            description="Pipers see their own feedback; pipe majors see their band's pipers.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="roles: piper, pipe major, association admin"),
                c.InputValidation(note="audio and video types only, up to 10 minutes"),
            },
        )
    )
    # Raw uploads wait here for analysis and stay for re-analysis.
    recordings = tm.add(
        tg.DataStore(
            "Recording bucket",
            stores={recording},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Decodes the upload and turns the pitch model's output into tuning results.
    audio = tm.add(
        tg.Service(
            "Audio analysis service",
            description="Decodes the upload with ffmpeg, frames it, scores drone and chanter pitch.",
        )
    )
    # Measures pitch frame by frame; the tuning numbers come from here, not the LLM.
    pitch_model = tm.add(
        tg.Model(
            "Pitch estimation model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights pitch tracker, fine-tuned on Highland pipe recordings.",
        )
    )
    # Builds prompts for feedback and for plans, and stores what the LLM wrote.
    orchestrator = tm.add(
        tg.Service(
            "Feedback orchestrator",
            description="Sends the LLM measurements and notes only, never the recordings.",
            controls={c.DataMinimization(note="no audio and no surnames in prompts")},
        )
    )
    # Everything the assistant has measured and said, per piper.
    feedback_db = tm.add(
        tg.DataStore(
            "Feedback database",
            stores={tuning, history},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The association's membership records: who is in which band, in which role.
    members = tm.add(
        tg.DataStore(
            "Member database",
            stores={profile},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Tutor notes, drill books and set-tune guidance the feedback draws on.
    teaching_index = tm.add(tg.VectorStore("Teaching material index", stores={passages}))
    # Chunks and embeds what the music board uploads.
    indexer = tm.add(tg.Pipeline("Teaching material indexer", stage=tg.Stage.INGESTION))

with tm.boundary("Association office", trust=tg.Trust.INTERNAL):
    # Owns the teaching content.
    music_board = tm.add(tg.Actor("Music board member", role="music board", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the feedback and the plans in plain language.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

# ---------------------------------------------------------------- flows
# piper: upload and feedback
tm.flow(piper, app_api, recording, note, protocol="https")
tm.flow(app_api, piper, feedback, protocol="https")
tm.flow(app_api, recordings, recording)
tm.flow(members, app_api, profile, label="sign-in and role lookup")

# tuning analysis
tm.flow(recordings, audio, recording)
tm.flow(audio, pitch_model, audio_frames)
tm.flow(pitch_model, audio, pitch)
tm.flow(audio, feedback_db, tuning)

# feedback writing
tm.flow(app_api, orchestrator, note, plan_request)
tm.flow(feedback_db, orchestrator, tuning, history)
tm.flow(members, orchestrator, profile)
tm.flow(orchestrator, teaching_index, query, label="similarity query")
tm.flow(teaching_index, orchestrator, passages)
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, feedback_db, history)
tm.flow(orchestrator, app_api, feedback, plan)

# pipe major: practice plans
tm.flow(pipe_major, app_api, plan_request, protocol="https")
tm.flow(app_api, pipe_major, plan, feedback, protocol="https")

# teaching material
tm.flow(music_board, indexer, material, protocol="https")
tm.flow(indexer, teaching_index, passages)
