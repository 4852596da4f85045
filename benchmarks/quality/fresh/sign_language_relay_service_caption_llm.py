"""Video relay captioning and call summaries: the first design, before any security review.

Our video relay service connects deaf users, who sign through our videophone app, with
hearing callers on the telephone network; an interpreter in our call centre signs to the
deaf user and voices to the hearing caller. This feature adds live captions of the voice
side, shown in the app beside the interpreter's video, and an optional summary per call.
The media server forks call audio to a caption service, which runs an open-weights speech
recognition model on our GPU nodes and sends each segment to a hosted LLM that punctuates
and cleans it up before it streams back to the app. After hang-up a summary service asks
the same LLM to summarise the stored transcript; the app fetches it from a summary API.
Users sign in with e-mail and password; app traffic uses TLS (HTTPS, WSS, SRTP); the
transcript store is KMS-encrypted and keeps transcripts 30 days. The LLM vendor was
reviewed and signed zero-retention terms. The carrier SIP trunk is plain SIP/RTP.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Video relay live captions and call summaries",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Live captions and post-call summaries for video relay calls between deaf users, "
        "interpreters and hearing callers."
    ),
)

# ---------------------------------------------------------------- data assets
sign_video = tg.Data(
    "Deaf user sign video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The deaf user's camera stream: their face and signing.",
)
interpreter_video = tg.Data("Interpreter sign video", kind="media", sensitivity=tg.Sensitivity.PII)
caller_speech = tg.Data(
    "Hearing caller speech",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
)
interpreter_voice = tg.Data(
    "Interpreter voiced speech",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The interpreter speaking the deaf user's words to the hearing caller.",
)
raw_transcript = tg.Data(
    "Raw speech transcript segments",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Unpunctuated text from the speech recognition model, a few seconds at a time.",
)
caption_prompt = tg.Data(
    "Caption cleanup prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Cleanup instructions plus the last transcript segments of the call.",
)
captions = tg.Data(
    "Live captions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
call_transcript = tg.Data(
    "Call transcript",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Captioned text of both voice sides of a call, with call id and participants.",
)
summary_prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Summarisation instructions and the full call transcript.",
)
call_summary = tg.Data("Call summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
summary_request = tg.Data("Summary request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
user_records = tg.Data(
    "Registered user records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, ten-digit relay number and caption/summary preferences.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The deaf or hard-of-hearing customer placing or receiving relay calls.
    deaf_user = tm.add(tg.Actor("Deaf user", role="relay customer"))
    # Our videophone app on the user's phone, tablet or TV box: video, captions, summaries.
    app = tm.add(
        tg.Device(
            "Videophone app",
            description="iOS, Android and set-top apps we publish; camera, video and caption view.",
        )
    )

with tm.boundary("Telephone network", trust=tg.Trust.UNTRUSTED):
    # The hearing party on an ordinary phone line.
    hearing_caller = tm.add(tg.Actor("Hearing caller", role="telephone caller"))

with tm.boundary("Voice carrier", trust=tg.Trust.PARTNER):
    # The carrier's SIP trunk that connects relay calls to the public telephone network.
    sip_trunk = tm.add(
        tg.ExternalService(
            "Carrier SIP trunk",
            description="Private interconnect from our media servers to the PSTN.",
        )
    )

with tm.boundary("Interpreter call centre", trust=tg.Trust.INTERNAL):
    # Certified interpreter employed by us, working a relay queue.
    interpreter = tm.add(tg.Actor("Sign language interpreter", role="interpreter"))
    # The interpreter's booth PC running our interpreter client (camera, headset).
    workstation = tm.add(
        tg.Device(
            "Interpreter workstation",
            description="Booth PC with camera and headset running the interpreter client.",
        )
    )

with tm.boundary("Relay platform", trust=tg.Trust.INTERNAL):
    # Bridges the video legs and the phone leg of each call and forks audio for captions.
    media_server = tm.add(
        tg.Service(
            "Call media server",
            description="Routes relay calls to interpreters and bridges video and phone legs.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Runs speech recognition per audio leg and gets each segment cleaned up by the LLM.
    caption_service = tm.add(
        tg.Service(
            "Caption service",
            description="Streams audio to speech recognition, sends segments to the LLM, "
            "returns captions to the media server and appends them to the transcript.",
        )
    )
    # Builds call summaries once a call ends, for users who turned summaries on.
    summary_service = tm.add(
        tg.Service(
            "Summary service",
            description="After hang-up, reads the call transcript and asks the LLM for a summary.",
        )
    )
    # What the app calls to list and read past call summaries.
    summary_api = tm.add(
        tg.Endpoint(
            "Summary API",
            purpose=tg.EndpointPurpose.API,
            description="Lists the user's call summaries for the app.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Transcripts and summaries of captioned calls.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={call_transcript, call_summary},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=30),
            },
        )
    )
    # Registered relay users, used to route calls and check caption/summary settings.
    account_db = tm.add(tg.DataStore("Account database", stores={user_records}))

    with tm.boundary("GPU nodes", trust=tg.Trust.RESTRICTED):
        # Open-weights speech recognition model served on our own GPUs.
        asr = tm.add(
            tg.Model(
                "Speech recognition model",
                task=tg.Task.GENERATIVE,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Whisper-class speech-to-text model, streaming mode.",
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted LLM that punctuates captions and writes call summaries.
    caption_llm = tm.add(
        tg.LLM(
            "Caption LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose hosted chat model behind the vendor's API.",
            controls={c.SupplierAssessment(note="vendor review and zero-retention terms")},
        )
    )

# ---------------------------------------------------------------- flows
# the deaf user's leg
tm.flow(deaf_user, app, sign_video, label="camera")
tm.flow(app, deaf_user, interpreter_video, captions, call_summary, label="on screen")
tm.flow(app, media_server, sign_video, protocol="srtp")
tm.flow(media_server, app, interpreter_video, protocol="srtp")
tm.flow(media_server, app, captions, protocol="wss", label="caption stream")
tm.flow(account_db, media_server, user_records, label="routing and settings lookup")

# the hearing caller's leg
tm.flow(hearing_caller, sip_trunk, caller_speech, protocol="pstn")
tm.flow(sip_trunk, hearing_caller, interpreter_voice, protocol="pstn")
tm.flow(sip_trunk, media_server, caller_speech, protocol="sip")
tm.flow(media_server, sip_trunk, interpreter_voice, protocol="sip")

# the interpreter in the middle
tm.flow(media_server, workstation, sign_video, caller_speech, protocol="srtp")
tm.flow(workstation, media_server, interpreter_video, interpreter_voice, protocol="srtp")
tm.flow(workstation, interpreter, sign_video, caller_speech, label="screen and headset")
tm.flow(interpreter, workstation, interpreter_video, interpreter_voice, label="camera and headset")

# live captions
tm.flow(media_server, caption_service, caller_speech, interpreter_voice, protocol="grpc")
tm.flow(caption_service, asr, caller_speech, interpreter_voice, protocol="grpc")
tm.flow(asr, caption_service, raw_transcript, protocol="grpc")
tm.flow(caption_service, caption_llm, caption_prompt, protocol="https")
tm.flow(caption_llm, caption_service, captions, protocol="https")
tm.flow(caption_service, media_server, captions, protocol="grpc")
tm.flow(caption_service, transcript_store, call_transcript)

# call summaries
tm.flow(transcript_store, summary_service, call_transcript)
tm.flow(summary_service, caption_llm, summary_prompt, protocol="https")
tm.flow(caption_llm, summary_service, call_summary, protocol="https")
tm.flow(summary_service, transcript_store, call_summary)
tm.flow(app, summary_api, summary_request, protocol="https")
tm.flow(transcript_store, summary_api, call_summary)
tm.flow(summary_api, app, call_summary, protocol="https")
