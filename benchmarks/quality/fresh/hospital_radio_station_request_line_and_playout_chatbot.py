"""Hospital radio request line and playout chatbot: the first design.

Our volunteer hospital radio station lets patients request songs and send
dedications from the bedside tablets the hospital provides on every ward. The
tablet opens the station's request page, where a chatbot built on a hosted LLM
chats with the patient, searches the station's music library and books the
chosen track into the request slot of the playout system in the studio.
Dedications are held in a queue; the duty volunteer presenter approves each one
in the presenter console, which has a cloud text-to-speech service voice it, and
the audio is scheduled on air. The playout output goes to the bedside radio
channel through an internet stream host. The request page is reached with the
ward's access code and is rate limited per tablet; the LLM vendor's content
filter is on; presenters sign in to the console with their own password. The
studio playout PC takes booking calls through a port forward on the studio router.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Hospital radio request line and playout chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Patients request songs and dedications from bedside tablets; a chatbot "
    "books them into the playout system and dedications are read on air by TTS.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Patient request message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text: song wanted, first names, ward and bed; the ward can reveal a condition.",
)
chat_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Chatbot prompt with conversation",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
track_query = tg.Data("Track search query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
track_metadata = tg.Data(
    "Track metadata",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Title, artist, duration and clean/explicit flag of each track held.",
)
song_booking = tg.Data(
    "Song request booking",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Track id and the request slot it goes into.",
)
playout_log = tg.Data(
    "Playout log entry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
dedication = tg.Data(
    "Dedication text",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who it is for and from, the ward and the message to be read on air.",
)
dedication_approval = tg.Data(
    "Dedication approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
dedication_audio = tg.Data("Dedication audio", kind="media", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Request chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
on_air_audio = tg.Data("On-air audio", kind="media", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital wards", trust=tg.Trust.UNTRUSTED):
    # The people the service is for; anyone in the bed can use the tablet.
    patient = tm.add(tg.Actor("Patient", role="listener"))
    # Hospital-managed tablets shared by whoever is in the bed; they also play the radio channel.
    tablet = tm.add(
        tg.Device(
            "Bedside tablet",
            fleet=True,
            description="Hospital bedside entertainment tablet with a browser and the radio channel.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the chatbot, used through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted chat LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.Guardrails(note="the vendor's content filter")},
        )
    )

with tm.boundary("TTS vendor", trust=tg.Trust.PARTNER):
    # Turns approved dedication text into a spoken clip for playout.
    tts = tm.add(
        tg.ExternalService(
            "Cloud text-to-speech service",
            description="Neural TTS API; returns an MP3 for the text it is sent.",
        )
    )

with tm.boundary("Stream host", trust=tg.Trust.PARTNER):
    # Relays the station's output to the bedside radio channel and the web stream.
    stream_host = tm.add(tg.ExternalService("Internet stream host"))

with tm.boundary("Station cloud", trust=tg.Trust.INTERNAL):
    # The request page the bedside tablets open.
    request_page = tm.add(
        tg.Endpoint(
            "Request line web endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="ward access code printed on the bedside card"),
                tg.controls.RateLimiting(requests_per_minute=10, note="per tablet"),
                tg.controls.InputValidation(note="message length limit of 500 characters"),
            },
        )
    )
    # Talks to the patient and decides which tools to call.
    chatbot = tm.add(
        tg.Agent(
            "Request chatbot",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="duty volunteer presenter",
                    note="dedications only; song requests go straight into the playout log",
                ),
                tg.controls.CircuitBreaker(max_steps=8),
            },
        )
    )
    # Lets the chatbot find tracks the station holds.
    search_tool = tm.add(tg.Tool("Music library search tool", capabilities={"read"}))
    # Books a chosen track into the request slot of the playout log.
    booking_tool = tm.add(
        tg.Tool(
            "Song request booking tool",
            capabilities={"write"},
            controls={
                tg.controls.LeastPrivilegeTools(
                    note="can only add library tracks to the request slot, not remove items"
                )
            },
        )
    )
    # Puts a dedication in the queue for the presenter.
    dedication_tool = tm.add(tg.Tool("Dedication submission tool", capabilities={"write"}))
    # Dedications waiting for the presenter, and those already voiced.
    dedication_queue = tm.add(tg.DataStore("Dedication queue", stores={dedication}))
    # Keeps the conversations for the station committee to look back at.
    request_log = tm.add(tg.DataStore("Request chat log", stores={transcripts}))
    # Where the duty presenter reads, edits and approves dedications.
    console = tm.add(
        tg.Service(
            "Presenter console",
            controls={
                tg.controls.Authentication(method="individual volunteer account and password")
            },
        )
    )

with tm.boundary("Studio", trust=tg.Trust.INTERNAL):
    # The volunteer on shift in the studio.
    presenter = tm.add(tg.Actor("Volunteer presenter", role="presenter"))
    # The track catalogue the playout system plays from.
    library = tm.add(tg.DataStore("Music library catalogue", stores={track_metadata}))
    # The studio PC that runs the playout log and sends the station's output.
    playout = tm.add(
        tg.Service(
            "Playout system",
            internet_facing=True,
            description="Studio playout PC; its remote-control API is port forwarded on the studio router.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(patient, tablet, chat_message, label="typed on the touchscreen")
tm.flow(tablet, patient, chat_reply, on_air_audio, label="on the touchscreen")
tm.flow(tablet, request_page, chat_message, protocol="https")
tm.flow(request_page, tablet, chat_reply, protocol="https")
tm.flow(request_page, chatbot, chat_message)
tm.flow(chatbot, request_page, chat_reply)
tm.flow(chatbot, llm, llm_prompt, protocol="https")
tm.flow(llm, chatbot, llm_completion, protocol="https")
tm.flow(chatbot, request_log, transcripts)

tm.flow(chatbot, search_tool, track_query)
tm.flow(search_tool, library, track_query, protocol="https")
tm.flow(library, search_tool, track_metadata, protocol="https")
tm.flow(search_tool, chatbot, track_metadata)

tm.flow(chatbot, booking_tool, song_booking)
tm.flow(booking_tool, playout, playout_log, protocol="http", label="playout remote-control API")
tm.flow(playout, booking_tool, playout_log, protocol="http", label="booking confirmation")

tm.flow(chatbot, dedication_tool, dedication)
tm.flow(dedication_tool, dedication_queue, dedication)
tm.flow(dedication_queue, console, dedication)
tm.flow(console, presenter, dedication, protocol="https")
tm.flow(
    presenter, console, dedication_approval, dedication, protocol="https", label="approve or edit"
)
tm.flow(console, dedication_queue, dedication_approval)
tm.flow(console, tts, dedication, protocol="https")
tm.flow(tts, console, dedication_audio, protocol="https")
tm.flow(
    console,
    playout,
    dedication_audio,
    playout_log,
    protocol="http",
    label="schedule the voiced dedication",
)

tm.flow(library, playout, track_metadata, label="studio LAN")
tm.flow(playout, stream_host, on_air_audio, protocol="http", label="Icecast source connection")
tm.flow(stream_host, tablet, on_air_audio, protocol="https", label="bedside radio channel")
