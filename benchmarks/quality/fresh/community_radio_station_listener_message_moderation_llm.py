"""Community radio listener message moderation: the first design, before any security review.

A volunteer-run community radio station in Ireland takes listener messages during
live shows: texts to its SMS number and texts or voice notes to its WhatsApp Business
number, both delivered by a messaging provider's webhook to a small app the station
runs in a cloud tenancy. Voice notes are transcribed by a hosted speech-to-text API;
each message (or transcript) is then sent with the station's on-air guidelines to a
hosted LLM, which flags abuse, spam, defamation and personal details and writes a
one-line summary. The presenter on duty sees the screened queue in a web dashboard,
which they sign in to with the station's Google Workspace accounts, from the studio
or from home. The presenter alone picks which messages go out: they read texts on
air and send chosen voice notes to the studio playout system. The station manager
maintains the guidelines and the blocked-number list. Messages are kept for 30 days.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Community radio listener message moderation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Listener texts and voice notes screened and summarised by a hosted LLM for the "
        "presenter, who picks what is read or played on air."
    ),
)

# ---------------------------------------------------------------- data assets
text_message = tg.Data(
    "Listener text message",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Message body with the sender's phone number and any name they give.",
)
voice_note = tg.Data(
    "Listener voice note",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio clip in the listener's own voice, with their phone number.",
)
transcript = tg.Data("Voice note transcript", kind="documents", sensitivity=tg.Sensitivity.PII)
guidelines = tg.Data(
    "On-air message guidelines",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The screening system prompt: what may not go on air and how to summarise.",
)
blocked_numbers = tg.Data("Blocked sender numbers", kind="records", sensitivity=tg.Sensitivity.PII)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Guidelines plus the message text or transcript.",
)
screening_result = tg.Data(
    "Screening flags and summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Flags (abuse, spam, defamation, personal details) and a one-line summary.",
)
message_queue = tg.Data(
    "Screened message queue",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Messages with their flags, summaries, transcripts and audio links.",
)
selection = tg.Data("Presenter selection", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
on_air_audio = tg.Data(
    "On-air audio",
    kind="media",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a phone can message the station; they also hear the broadcast.
    listener = tm.add(tg.Actor("Listener", role="member of the public"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Receives SMS and WhatsApp Business messages and posts them to our webhook.
    gateway = tm.add(
        tg.ExternalService(
            "SMS and WhatsApp gateway",
            description="Commercial messaging provider holding the station's numbers.",
        )
    )

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # Turns voice notes into text so they can be screened like texts.
    stt = tm.add(
        tg.Model(
            "Speech-to-text API",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )
    # Screens each message against the guidelines and summarises it for the presenter.
    llm = tm.add(
        tg.LLM(
            "Screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose hosted chat model, called with the guidelines as system prompt.",
        )
    )

with tm.boundary("Station cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public HTTPS URL the messaging provider posts incoming messages to.
    webhook = tm.add(
        tg.Endpoint(
            "Inbound message webhook",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.InputValidation(
                    note="text length cap; voice notes limited to 2 minutes, ogg/m4a"
                ),
            },
        )
    )
    # Orchestrates screening: blocklist check, transcription, LLM call, storing results.
    moderation = tm.add(tg.Service("Moderation service"))
    # Every message, voice note, transcript and screening result for the live queue.
    message_store = tm.add(
        tg.DataStore(
            "Message store",
            stores={text_message, voice_note, transcript, screening_result, selection},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Guidelines and blocked numbers that the station manager maintains.
    guidelines_store = tm.add(
        tg.DataStore("Moderation guidelines store", stores={guidelines, blocked_numbers})
    )
    # Web dashboard where presenters see the screened queue and pick messages.
    dashboard = tm.add(
        tg.Service(
            "Presenter dashboard",
            internet_facing=True,
            controls={
                c.Authentication(method="Google Workspace sign-in with 2-step verification"),
                c.HumanInTheLoop(
                    approver="presenter on duty",
                    note="the LLM only flags and summarises; the presenter picks every message that goes on air",
                ),
            },
        )
    )

with tm.boundary("Studio", trust=tg.Trust.INTERNAL):
    # Volunteer presenter running the live show.
    presenter = tm.add(tg.Actor("Presenter", role="volunteer presenter"))
    # Station manager: sets the guidelines and the blocklist.
    manager = tm.add(tg.Actor("Station manager", role="station manager", privileged=True))
    # Studio mixer and playout: plays chosen voice notes and carries the presenter's mic.
    playout = tm.add(tg.Service("Studio playout and mixer"))
    # Stream encoder and studio-transmitter link: what listeners hear.
    broadcast = tm.add(
        tg.Service("Broadcast chain", description="FM transmitter link and web stream encoder.")
    )

# ---------------------------------------------------------------- flows
# Messages in.
tm.flow(listener, gateway, text_message, protocol="sms", label="texts")
tm.flow(listener, gateway, voice_note, text_message, protocol="https", label="WhatsApp")
tm.flow(gateway, webhook, text_message, voice_note, protocol="https")
tm.flow(webhook, moderation, text_message, voice_note)

# Screening.
tm.flow(guidelines_store, moderation, guidelines, blocked_numbers)
tm.flow(moderation, stt, voice_note, protocol="https")
tm.flow(stt, moderation, transcript, protocol="https")
tm.flow(moderation, llm, screening_prompt, protocol="https")
tm.flow(llm, moderation, screening_result, protocol="https")
tm.flow(moderation, message_store, text_message, voice_note, transcript, screening_result)

# Presenter queue.
tm.flow(message_store, dashboard, message_queue)
tm.flow(dashboard, message_store, selection, label="marks messages used")
tm.flow(dashboard, presenter, message_queue, protocol="https")
tm.flow(presenter, dashboard, selection, protocol="https")
tm.flow(dashboard, playout, voice_note, protocol="https", label="chosen voice note download")

# On air.
tm.flow(presenter, playout, on_air_audio, label="reads texts on the mic")
tm.flow(playout, broadcast, on_air_audio)
tm.flow(broadcast, listener, on_air_audio, label="FM and web stream")

# Administration.
tm.flow(manager, dashboard, guidelines, blocked_numbers, protocol="https", label="admin page")
tm.flow(dashboard, guidelines_store, guidelines, blocked_numbers)
