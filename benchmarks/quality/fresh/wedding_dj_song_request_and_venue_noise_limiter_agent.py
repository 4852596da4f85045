"""Wedding DJ song requests and venue noise limiter agent: the first design.

A UK wedding DJ company lets guests request songs during the reception: a QR
code on the tables opens a public request page (no sign-in, just the event code
in the link, with a per-device rate limit) where a guest types a song and their
first name. Before the day the couple fill in a planning portal (e-mail and
password) with must-play tracks and a do-not-play list. On the night an LLM
playlist agent in our cloud reads the requests and the couple's lists, looks
tracks up in the record pool catalogue, and pushes a suggested queue to the DJ's
laptop; the DJ picks every track that actually plays. The agent also reads the
venue's noise limiter through the limiter vendor's cloud API so it can steer
towards quieter tracks; the limiter itself cuts power to the stage sockets when
the level stays above the venue's limit. Event data sits in a managed database
encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wedding DJ song request and venue noise limiter agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Guest song requests and the couple's do-not-play list turned into a DJ "
        "queue by an LLM agent that also watches the venue noise limiter."
    ),
)

# ---------------------------------------------------------------- data assets
song_request = tg.Data(
    "Guest song request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text song and artist, guest first name, optional message.",
)
request_ack = tg.Data("Request acknowledgement", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
wedding_plan = tg.Data(
    "Wedding music plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Couple's names, date, venue, first dance, must-play and do-not-play lists.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
agent_prompt = tg.Data("Playlist prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("Playlist completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
track_search = tg.Data("Track search", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
track_metadata = tg.Data(
    "Track metadata",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Title, artist, BPM, key, explicit flag, loudness.",
)
level_query = tg.Data("Sound level query", kind="tool-call")
sound_levels = tg.Data(
    "Sound level readings",
    kind="records",
    description="dB(A) level every second and time above the venue limit.",
)
suggested_queue = tg.Data("Suggested playlist queue", kind="model-output")
now_playing = tg.Data("Now playing and played tracks", kind="records")
queue_push = tg.Data("Queue update", kind="tool-call")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Wedding guests on their own phones, after scanning the table QR code.
    guest = tm.add(tg.Actor("Wedding guest", role="guest"))
    # The couple who book us and plan the music beforehand.
    couple = tm.add(tg.Actor("Couple", role="customer"))

with tm.boundary("Venue", trust=tg.Trust.PARTNER):
    # The venue's own noise limiter on the stage power circuit; we only read it.
    limiter = tm.add(
        tg.Device(
            "Venue noise limiter",
            fleet=False,
            description="Measures sound level by the stage and reports it to the vendor cloud.",
            controls={
                c.SafetyLimits(
                    limits="cuts stage socket power when the level stays above the venue limit for 10 s"
                )
            },
        )
    )
    # The DJ working the event, at the decks.
    dj = tm.add(tg.Actor("DJ", role="DJ"))
    # Company laptop running the DJ software with our queue plug-in, on venue Wi-Fi.
    dj_laptop = tm.add(tg.Device("DJ laptop", fleet=True))

with tm.boundary("Limiter vendor cloud", trust=tg.Trust.PARTNER):
    # The limiter manufacturer's logging cloud with a read API.
    limiter_cloud = tm.add(tg.ExternalService("Noise limiter vendor API", provides="data-provider"))

with tm.boundary("Record pool", trust=tg.Trust.PARTNER):
    # DJ record pool catalogue we licence tracks from.
    catalogue = tm.add(tg.ExternalService("Record pool catalogue API", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model the agent plans the set with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("DJ company cloud", trust=tg.Trust.INTERNAL):
    # Public page behind the QR code.
    request_page = tm.add(
        tg.Endpoint(
            "Song request page",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=5, note="per device cookie")},
        )
    )
    # Where the couple enter their lists before the day.
    portal = tm.add(
        tg.Endpoint(
            "Couple planning portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Plans, requests and what was played, per event.
    event_db = tm.add(
        tg.DataStore(
            "Event database",
            stores={wedding_plan, song_request, now_playing},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # LLM agent that builds and re-orders the suggested queue during the night.
    agent = tm.add(
        tg.Agent(
            "Playlist agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Merges requests with the couple's lists and keeps the queue under the noise limit.",
            controls={
                c.HumanInTheLoop(
                    approver="the DJ", note="the DJ chooses every track that plays from the queue"
                )
            },
        )
    )
    # Looks tracks up in the record pool.
    catalogue_tool = tm.add(tg.Tool("Track lookup tool", capabilities={"read"}))
    # Reads the limiter's current level and history from the vendor API.
    noise_tool = tm.add(tg.Tool("Noise level tool", capabilities={"read"}))
    # Replaces the suggested queue shown in the DJ software.
    queue_tool = tm.add(tg.Tool("DJ queue tool", capabilities={"write"}))

# ---------------------------------------------------------------- flows
# guests
tm.flow(guest, request_page, song_request, protocol="https")
tm.flow(request_page, guest, request_ack, protocol="https")
tm.flow(request_page, event_db, song_request)

# couple
tm.flow(couple, portal, wedding_plan, protocol="https")
tm.flow(portal, couple, wedding_plan, protocol="https")
tm.flow(portal, event_db, wedding_plan)
tm.flow(event_db, portal, wedding_plan)

# agent reads the event
tm.flow(event_db, agent, wedding_plan, song_request, now_playing)

# agent <-> LLM
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# catalogue lookups
tm.flow(agent, catalogue_tool, track_search)
tm.flow(catalogue_tool, catalogue, track_search, protocol="https")
tm.flow(catalogue, catalogue_tool, track_metadata, protocol="https")
tm.flow(catalogue_tool, agent, track_metadata)

# noise limiter
tm.flow(limiter, limiter_cloud, sound_levels, protocol="https")
tm.flow(agent, noise_tool, level_query)
tm.flow(noise_tool, limiter_cloud, level_query, protocol="https")
tm.flow(limiter_cloud, noise_tool, sound_levels, protocol="https")
tm.flow(noise_tool, agent, sound_levels)

# DJ queue
tm.flow(agent, queue_tool, queue_push)
tm.flow(queue_tool, dj_laptop, suggested_queue, protocol="wss")
tm.flow(dj_laptop, queue_tool, now_playing, protocol="wss")
tm.flow(queue_tool, agent, now_playing)
tm.flow(agent, event_db, now_playing)
tm.flow(dj_laptop, dj, suggested_queue, label="shown in the DJ software")
tm.flow(dj, dj_laptop, now_playing, label="picks the next track at the decks")
