"""Local commercial radio station: AI-written, synthetic-voiced song links.

The station's music scheduling system builds the daily playout log, which the
studio playout system plays to the FM transmitter and the online stream. A link
generator in the station's cloud account takes the next hour's songs, stories
from the news agency's wire and recent messages listeners send through the
website and app, and asks a hosted LLM for short links between songs in the
station's style. During the day the presenter on shift reads, edits and approves
each link in a review console (Google Workspace sign-in with 2SV) before it airs;
overnight, with no presenter, links go straight on. Scripts are voiced by a
licensed synthetic voice from a TTS vendor and the audio is dropped into the
playout log. A profanity and blocked-names word list screens scripts before
voicing, the message form is rate-limited, API keys sit in the cloud secret
manager, and the off-air recorder keeps output for the regulator for 42 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Radio station AI voice links",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM writes links between songs from the schedule, news wire and "
    "listener messages; a licensed synthetic voice reads them on air.",
)

# ---------------------------------------------------------------- data assets
listener_message = tg.Data(
    "Listener message",
    sensitivity=tg.Sensitivity.PII,
    description="Shout-outs, requests and comments with name, town and phone number.",
)
playout_log = tg.Data(
    "Playout log",
    kind="records",
    description="Songs, ad breaks, jingles and link slots for each hour, with timings.",
)
news_stories = tg.Data(
    "News wire stories",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed agency copy; embargoed items included.",
)
link_prompt = tg.Data("Link prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
draft_script = tg.Data("Draft link script", kind="model-output", sensitivity=tg.Sensitivity.PII)
style_guide = tg.Data(
    "Station style guide and system prompt",
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
approved_script = tg.Data(
    "Approved link script",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
review_edit = tg.Data("Presenter edits and approval", kind="records")
link_audio = tg.Data(
    "Voiced link audio",
    kind="media",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
programme_audio = tg.Data("Programme audio", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
off_air_recording = tg.Data("Off-air recording", kind="media", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Listeners send messages and hear the output on FM and the stream.
    listener = tm.add(tg.Actor("Listener", role="member of the public"))

with tm.boundary("News agency", trust=tg.Trust.PARTNER):
    # The agency's national and regional news wire the station subscribes to.
    news_wire = tm.add(
        tg.DataSource("News wire feed", origin=tg.Origin.PARTNER, provides={news_stories})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the links.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Voice vendor", trust=tg.Trust.PARTNER):
    # Text-to-speech service with a voice cloned under licence from a voice actor.
    voice = tm.add(
        tg.ExternalService(
            "Licensed synthetic voice service",
            provides=tg.ExternalCategory.MODEL_API,
            controls={
                c.SupplierAssessment(note="voice licence and usage terms with vendor and actor")
            },
        )
    )

with tm.boundary("Station cloud account", trust=tg.Trust.INTERNAL):
    # Web and app form where listeners leave messages for the station.
    message_form = tm.add(
        tg.Endpoint(
            "Listener message form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=5, note="per IP address"),
                c.InputValidation(note="500-character limit, text only"),
            },
        )
    )
    # Messages kept for presenters and for the link generator.
    message_store = tm.add(tg.DataStore("Listener message store", stores={listener_message}))
    # Builds prompts, calls the LLM, screens and voices scripts, hands audio to playout.
    link_generator = tm.add(
        tg.Service(
            "AI link generator",
            description="Writes a link for each link slot in the next hour of the playout log.",
            controls={
                c.HumanInTheLoop(
                    approver="the daytime presenter on shift",
                    note="daytime links only; overnight links go to air automatically",
                ),
                c.OutputFiltering(note="profanity and blocked-names word list before voicing"),
                c.SecretsManagement(note="LLM and TTS API keys in the cloud secret manager"),
            },
        )
    )
    # Drafts, approved scripts and the station's style guide.
    script_store = tm.add(
        tg.DataStore("Link script store", stores={draft_script, approved_script, style_guide})
    )
    # Where presenters review and edit links, and programming sets the style guide.
    console = tm.add(
        tg.Endpoint(
            "Presenter review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace sign-in with 2SV")},
        )
    )

with tm.boundary("Studio network", trust=tg.Trust.INTERNAL):
    # Daytime presenter who approves links before they air.
    presenter = tm.add(tg.Actor("Daytime presenter", role="presenter"))
    # Head of programming: owns the station sound and the link style guide.
    programme_controller = tm.add(
        tg.Actor("Programme controller", role="head of programming", privileged=True)
    )
    # Builds the music log from rotation rules and the ad schedule.
    scheduler = tm.add(tg.Service("Music scheduling system"))
    # Plays songs, ads and voiced links to air in log order.
    playout = tm.add(tg.Service("Studio playout system"))
    # Audio processor, transmitter link and stream encoder.
    broadcast_chain = tm.add(tg.Service("Transmitter and stream encoder"))
    # Records everything that goes out, as the licence requires.
    recorder = tm.add(
        tg.DataStore(
            "Off-air compliance recorder",
            stores={off_air_recording},
            controls={c.AuditLogging(retention_days=42)},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(listener, message_form, listener_message, protocol="https")
tm.flow(message_form, message_store, listener_message)
tm.flow(message_store, link_generator, listener_message)
tm.flow(message_store, console, listener_message)

tm.flow(news_wire, link_generator, news_stories, protocol="https")
tm.flow(scheduler, playout, playout_log)
tm.flow(playout, link_generator, playout_log, protocol="https", label="next hour's log")
tm.flow(script_store, link_generator, style_guide, approved_script)
tm.flow(link_generator, llm, link_prompt, protocol="https")
tm.flow(llm, link_generator, draft_script, protocol="https")
tm.flow(link_generator, script_store, draft_script)

tm.flow(script_store, console, draft_script, style_guide)
tm.flow(console, script_store, approved_script, style_guide)
tm.flow(console, presenter, draft_script, listener_message, protocol="https")
tm.flow(presenter, console, review_edit, protocol="https")
tm.flow(programme_controller, console, style_guide, protocol="https")

tm.flow(link_generator, voice, approved_script, protocol="https")
tm.flow(voice, link_generator, link_audio, protocol="https")
tm.flow(link_generator, playout, link_audio, protocol="https", label="inserted in link slot")
tm.flow(playout, broadcast_chain, programme_audio)
tm.flow(broadcast_chain, recorder, off_air_recording)
tm.flow(
    broadcast_chain, listener, programme_audio, protocol="https", label="online stream; also FM"
)
