"""Sign language video interpreter: the first design, before any security review.

A video relay service for Deaf callers in the EU. The caller signs into the phone
app's camera; an on-device sign recognition model turns the video into a rough
English transcript on the phone, and only that text goes to our relay cloud. A
call session service sends it to a hosted LLM that smooths it into fluent
English captions, which our text-to-speech model voices to the hearing party
through a SIP carrier. The hearing party's speech comes back as captions from
our speech recognition model. At any time the caller can ask for a human
interpreter, who then takes the video and voice legs from an interpreter console.
Transcripts, captions and call metadata are kept as call records for quality
review. Controls in this design: app and interpreter sign-in, TLS between the
app and the cloud and to the LLM, encrypted call records, and versioned models
pushed to the app from our registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sign language video interpreter",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Video relay: on-device sign recognition, LLM captioning, voice to the hearing party.",
)

# ---------------------------------------------------------------- data assets
sign_video = tg.Data(
    "Sign language video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
    description="The caller's face and hands on camera; reveals identity and disability.",
)
call_setup = tg.Data(
    "Call setup",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Caller account, dialled number, interpreter requests.",
)
raw_transcript = tg.Data(
    "Raw sign transcript",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Gloss-like English text from the on-device model.",
)
caption_prompt = tg.Data(
    "Caption prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the last few caption turns and the new raw transcript.",
)
caption = tg.Data("Spoken-English caption", kind="model-output", sensitivity=tg.Sensitivity.PII)
synth_voice = tg.Data("Synthesised voice audio", kind="media", sensitivity=tg.Sensitivity.PII)
hearing_voice = tg.Data("Hearing party voice audio", kind="media", sensitivity=tg.Sensitivity.PII)
reply_caption = tg.Data(
    "Hearing party captions", kind="model-output", sensitivity=tg.Sensitivity.PII
)
interpreter_av = tg.Data(
    "Interpreter video and voice", kind="media", sensitivity=tg.Sensitivity.PII
)
call_records = tg.Data(
    "Call records",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Transcripts, captions, timings and parties of each call.",
)
sign_model = tg.Data(
    "Sign recognition model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Caller's phone", trust=tg.Trust.UNTRUSTED):
    # The Deaf caller who signs on camera.
    caller = tm.add(tg.Actor("Deaf caller", role="relay user"))
    # Our iOS/Android app: camera capture, call UI, caption display.
    app = tm.add(tg.Device("Relay phone app", fleet=True))
    # Recognises signing on the phone so that raw video need not leave it in AI mode.
    sign_recognizer = tm.add(
        tg.Model(
            "On-device sign recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Sequence model from video frames to English-like gloss text.",
        )
    )

with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # The hearing person the caller is talking to, on an ordinary phone.
    hearing_party = tm.add(tg.Actor("Hearing party", role="call recipient"))

with tm.boundary("Telephony carrier", trust=tg.Trust.PARTNER):
    # SIP trunk that bridges our audio legs onto the phone network.
    carrier = tm.add(tg.ExternalService("SIP telephony gateway", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Smooths the raw transcript into natural spoken English.
    caption_llm = tm.add(
        tg.LLM(
            "Caption LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed; vendor does not train on our prompts")
            },
        )
    )

with tm.boundary("Relay cloud", trust=tg.Trust.INTERNAL):
    # Public entry point for the app: sign-in, call setup and the caption stream.
    relay_api = tm.add(
        tg.Endpoint(
            "Relay API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OAuth 2.0 with app refresh tokens")},
        )
    )
    # Runs each call: routes text to the LLM, speech models, carrier and interpreters.
    session = tm.add(tg.Service("Call session service"))
    # Voices the captions for the hearing party.
    tts = tm.add(
        tg.Model(
            "Text-to-speech model", task=tg.Task.GENERATIVE, origin=tg.ModelOrigin.OPEN_WEIGHTS
        )
    )
    # Turns the hearing party's speech into captions for the caller.
    asr = tm.add(
        tg.Model(
            "Speech recognition model", task=tg.Task.GENERATIVE, origin=tg.ModelOrigin.OPEN_WEIGHTS
        )
    )
    # Holds released versions of the on-device model that the app downloads.
    registry = tm.add(
        tg.ModelRegistry(
            "Mobile model registry", stores={sign_model}, controls={c.ModelVersioning()}
        )
    )

    with tm.boundary("Call records zone", trust=tg.Trust.RESTRICTED):
        # Kept for quality review of the AI captions and the interpreters.
        records = tm.add(
            tg.DataStore(
                "Call record store",
                stores={call_records},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Interpreter centre", trust=tg.Trust.INTERNAL):
    # Certified interpreter who takes over the call on request.
    interpreter = tm.add(tg.Actor("Human interpreter", role="interpreter"))
    # Web console that carries the interpreter's video and voice legs.
    console = tm.add(
        tg.Service("Interpreter console", controls={c.Authentication(method="company SSO")})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews samples of calls for caption and interpreting quality.
    qa_reviewer = tm.add(tg.Actor("Quality reviewer", role="quality assurance"))
    # Trains and releases the on-device model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(caller, app, sign_video, call_setup, label="camera and call controls")
tm.flow(app, caller, caption, reply_caption, interpreter_av, label="screen")
tm.flow(app, sign_recognizer, sign_video, protocol="local")
tm.flow(sign_recognizer, app, raw_transcript, protocol="local")

tm.flow(app, relay_api, call_setup, raw_transcript, protocol="wss")
tm.flow(relay_api, app, caption, reply_caption, protocol="wss")
tm.flow(relay_api, session, call_setup, raw_transcript)
tm.flow(session, relay_api, caption, reply_caption)

tm.flow(session, caption_llm, caption_prompt, protocol="https")
tm.flow(caption_llm, session, caption, protocol="https")
tm.flow(session, tts, caption)
tm.flow(tts, session, synth_voice)
tm.flow(session, carrier, synth_voice, call_setup, protocol="sip")
tm.flow(carrier, session, hearing_voice, protocol="sip")
tm.flow(carrier, hearing_party, synth_voice, interpreter_av, label="phone call")
tm.flow(hearing_party, carrier, hearing_voice, label="phone call")
tm.flow(session, asr, hearing_voice)
tm.flow(asr, session, reply_caption)

# Human takeover: the app then sends live video, relayed to the interpreter.
tm.flow(app, relay_api, sign_video, protocol="wss", id="app->relay-api:interpreter-video")
tm.flow(relay_api, app, interpreter_av, protocol="wss", id="relay-api->app:interpreter-video")
tm.flow(relay_api, session, sign_video, id="relay-api->session:interpreter-video")
tm.flow(session, relay_api, interpreter_av, id="session->relay-api:interpreter-video")
tm.flow(session, console, sign_video, hearing_voice, protocol="https")
tm.flow(console, session, interpreter_av, protocol="https")
tm.flow(console, interpreter, sign_video, hearing_voice)
tm.flow(interpreter, console, interpreter_av)

tm.flow(session, records, call_records)
tm.flow(records, qa_reviewer, call_records, label="quality review")

tm.flow(ml_engineer, registry, sign_model, label="releases model")
tm.flow(registry, app, sign_model, protocol="https", label="model download")
