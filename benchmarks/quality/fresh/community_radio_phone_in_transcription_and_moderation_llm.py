"""Community radio phone-in transcription and moderation: the first design.

Listeners ring the station's phone-in line during live talk shows. Calls come in
over the telephone network to a SIP trunk provider and reach the studio phone
system, which feeds the call audio both to the on-air mix (through a broadcast
delay unit of a few seconds) and to a speech-to-text model on the studio's AI
server. A live call monitor sends each stretch of transcript, with the station's
editorial guidelines, to a hosted LLM that flags possibly defamatory or unsafe
statements (names of private people, allegations, self-harm, contempt of court);
the flags appear on the presenter's screen, and the presenter decides whether to
press dump on the delay unit. After each show a drafter asks the same LLM for
show notes; the producer edits, approves and posts them to the WordPress site
(password sign-in). Transcripts are kept 42 days, like the logger recordings.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Community radio phone-in transcription and moderation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Live phone-in calls are transcribed and screened by an LLM for defamatory or "
        "unsafe statements during the broadcast delay; show notes are drafted for the website."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Caller voice audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The caller's live voice on the phone-in line.",
)
caller_details = tg.Data(
    "Caller screening notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="First name, area, phone number and topic, typed in by the producer.",
)
transcript = tg.Data(
    "Live call transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Rolling text of what the caller and presenter say, segment by segment.",
)
moderation_prompt = tg.Data(
    "Moderation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Editorial instructions plus the latest transcript segment.",
)
guidelines = tg.Data(
    "Editorial and legal guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Defamation, contempt of court, self-harm and broadcasting code guidance.",
)
flags = tg.Data(
    "Defamation and safety flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Flagged statement, reason and suggested action for the presenter.",
)
dump_command = tg.Data("Dump command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
on_air_audio = tg.Data("Delayed programme audio", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
archived_transcripts = tg.Data(
    "Archived call transcripts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Full transcripts of each show's calls with the flags raised on them.",
)
notes_prompt = tg.Data("Show notes prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
notes_draft = tg.Data("Draft show notes", kind="model-output", sensitivity=tg.Sensitivity.PII)
published_notes = tg.Data(
    "Published show notes", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public phone network and internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a phone can call the line and say anything on air.
    caller = tm.add(tg.Actor("Caller", role="listener phoning in"))
    # Reads the show notes on the station's website.
    listener = tm.add(tg.Actor("Website visitor", role="listener"))

with tm.boundary("SIP trunk provider", trust=tg.Trust.PARTNER):
    # Carries the phone-in number from the public network to the studio over SIP.
    sip_trunk = tm.add(
        tg.ExternalService(
            "SIP trunk provider",
            description="Telephony provider terminating the phone-in number.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model used for both screening and show notes drafting.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Flags possibly defamatory or unsafe statements; drafts show notes.",
        )
    )

with tm.boundary("Web host", trust=tg.Trust.PARTNER):
    # The station's public website, on shared WordPress hosting.
    cms = tm.add(
        tg.Service(
            "Station website CMS",
            internet_facing=True,
            description="WordPress site where show notes are published.",
            controls={tg.controls.Authentication(method="WordPress username and password")},
        )
    )

with tm.boundary("Studio network", trust=tg.Trust.INTERNAL):
    # Answers the phone-in line and routes call audio to the desk and the transcriber.
    phone_system = tm.add(
        tg.Service(
            "Studio phone system",
            description="VoIP phone-in system with a screening app for the producer.",
        )
    )
    # Holds programme audio for a few seconds so the presenter can drop a call.
    delay_unit = tm.add(
        tg.Device(
            "Broadcast delay unit",
            fleet=False,
            description="Profanity delay between the desk and the transmitter feed.",
        )
    )
    # Open-weights speech-to-text model on the studio's AI server.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Whisper-style model transcribing call audio in near real time.",
        )
    )
    # Sends transcript segments to the LLM and puts its flags in front of the presenter.
    monitor = tm.add(
        tg.Service(
            "Live call monitor",
            description="Batches transcript segments, builds the prompt and relays flags.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the presenter, who decides whether to dump the call"
                )
            },
        )
    )
    # The station's guidance the monitor puts in every prompt.
    guidelines_store = tm.add(tg.DataStore("Editorial guidelines", stores={guidelines}))
    # Screen in the studio showing caller notes and live flags.
    dashboard = tm.add(
        tg.Endpoint(
            "Presenter dashboard",
            purpose=tg.EndpointPurpose.API,
            description="Browser page on the studio PC showing the queue and flags.",
        )
    )
    # Transcripts kept for the station's complaints and compliance window.
    archive = tm.add(
        tg.DataStore(
            "Transcript archive",
            stores={archived_transcripts},
            controls={tg.controls.RetentionLimits(days=42)},
        )
    )
    # Drafts show notes from the archived transcripts once the show is over.
    drafter = tm.add(
        tg.Service(
            "Show notes drafter",
            description="Runs after each show and sends the calls' transcripts to the LLM.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the producer, who edits and approves the notes before posting"
                )
            },
        )
    )
    # Volunteer presenter running the live show.
    presenter = tm.add(tg.Actor("Presenter", role="volunteer presenter"))
    # Screens callers, edits show notes and posts them.
    producer = tm.add(tg.Actor("Producer", role="volunteer producer"))

# ---------------------------------------------------------------- flows
# Call in and on air
tm.flow(caller, sip_trunk, call_audio, protocol="pstn")
tm.flow(sip_trunk, caller, on_air_audio, protocol="pstn", label="studio talkback")
tm.flow(sip_trunk, phone_system, call_audio, protocol="sip")
tm.flow(phone_system, sip_trunk, on_air_audio, protocol="sip", label="talkback")
tm.flow(producer, phone_system, caller_details, label="screening app")
tm.flow(phone_system, delay_unit, call_audio, label="desk channel")
tm.flow(presenter, delay_unit, dump_command, label="dump button on the panel")

# Live transcription and screening
tm.flow(phone_system, stt, call_audio, protocol="rtp")
tm.flow(stt, monitor, transcript, protocol="local")
tm.flow(guidelines_store, monitor, guidelines)
tm.flow(monitor, llm, moderation_prompt, protocol="https")
tm.flow(llm, monitor, flags, protocol="https")
tm.flow(phone_system, dashboard, caller_details, protocol="http")
tm.flow(monitor, dashboard, flags, transcript, protocol="http")
tm.flow(dashboard, presenter, flags, caller_details, label="studio screen")
tm.flow(monitor, archive, archived_transcripts)

# Show notes
tm.flow(archive, drafter, archived_transcripts, label="after the show")
tm.flow(drafter, llm, notes_prompt, protocol="https")
tm.flow(llm, drafter, notes_draft, protocol="https")
tm.flow(drafter, producer, notes_draft, protocol="http")
tm.flow(producer, cms, published_notes, protocol="https")
tm.flow(cms, listener, published_notes, protocol="https")
