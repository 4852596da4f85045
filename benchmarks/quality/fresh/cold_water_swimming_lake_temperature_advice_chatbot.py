"""Lake conditions chatbot: the first design, before any security review.

An open-water swimming venue puts a chat widget on its website so swimmers can ask,
before they travel or before they get in, what the water temperature is today, what
the conditions are (wind, algae, closed zones) and which safety rules apply (wetsuit
rules below a set temperature, tow floats, swim times). Swimmers are anonymous.
Temperature buoys on the lake report at several depths over a LoRaWAN network whose
operator forwards each uplink to our ingest service by webhook. Lifeguards record
shift notes on the hut tablet through a small notes web app. A chat orchestrator in
the venue's cloud account reads the latest readings, today's notes, the venue's
safety rules page and a weather forecast, and asks a hosted LLM to answer. Controls
in this design: HTTPS on every web link, a per-IP rate limit and message-length check
on the chat widget's API, the vendor's content filter, the LLM key in the cloud
secret manager, the cloud database's default encryption at rest, and a PIN on the
lifeguard tablet app; the website CMS needs staff Google accounts with 2SV.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Lake conditions chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Website chatbot answering swimmers about today's water temperature, conditions "
        "and safety rules, from lake buoy readings and lifeguard notes."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Swimmer question",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free text typed into the chat widget; no account or name is asked for.",
)
answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Prompt with lake conditions",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question, latest readings, today's lifeguard notes, "
    "the safety rules and the forecast.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
readings = tg.Data(
    "Water temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Temperature at 0.5 m, 1 m and 2 m with a timestamp, every 15 minutes per buoy.",
)
notes = tg.Data(
    "Lifeguard shift notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Closures, algae sightings, wind and visibility, and incidents, which "
    "can name or describe the swimmers involved.",
)
conditions_view = tg.Data(
    "Today's conditions board",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Latest readings and today's notes as the lifeguards see them.",
)
safety_rules = tg.Data(
    "Venue safety rules",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Wetsuit and swim-time rules by temperature band, tow float rule, zones.",
)
forecast_request = tg.Data("Forecast request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
transcripts = tg.Data(
    "Chat transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, answers, client IP address and session id.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the venue website; members and day visitors alike.
    swimmer = tm.add(tg.Actor("Swimmer", role="website visitor"))

with tm.boundary("Lakeside site", trust=tg.Trust.INTERNAL):
    # The buoys are why the chatbot can give today's temperature rather than a guess.
    buoys = tm.add(
        tg.Device(
            "Lake buoy temperature sensors",
            fleet=True,
            description="Three solar buoys with thermistor strings, LoRaWAN radios.",
        )
    )
    # Lifeguards are the authority on conditions; their notes override the readings.
    lifeguard = tm.add(tg.Actor("Lifeguard", role="lifeguard"))

with tm.boundary("Venue office", trust=tg.Trust.INTERNAL):
    # Owns the safety rules and edits them on the website CMS.
    manager = tm.add(tg.Actor("Venue manager", role="venue manager", privileged=True))

with tm.boundary("LoRaWAN network operator", trust=tg.Trust.PARTNER):
    # Receives the buoys' radio uplinks and forwards them to us.
    network_server = tm.add(
        tg.ExternalService(
            "LoRaWAN network server",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="The operator's network server; an HTTP integration posts each uplink.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Wind and air temperature matter as much as the water for cold-water advice.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the answer in plain language from the context we send.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Venue cloud account", trust=tg.Trust.INTERNAL):
    # The public API behind the website's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat widget API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.RateLimiting(requests_per_minute=20, note="per client IP"),
                tg.controls.InputValidation(note="messages capped at 500 characters"),
            },
        )
    )
    # Gathers today's conditions and rules into the prompt and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Chat orchestrator",
            description="Reads the latest readings, today's notes, the rules page and the "
            "forecast for every question, builds the prompt and calls the LLM.",
            controls={
                tg.controls.SecretsManagement(note="LLM API key in the cloud secret manager")
            },
        )
    )
    # Receives the network operator's uplink webhooks and decodes the payloads.
    ingest = tm.add(
        tg.Service(
            "Buoy readings ingest",
            description="Decodes each uplink payload into readings and stores them.",
        )
    )
    # Where lifeguards write and read the day's notes from the hut tablet.
    notes_app = tm.add(
        tg.Endpoint(
            "Lifeguard notes app",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="shared lifeguard hut tablet PIN")},
        )
    )
    # One database for readings and notes, so the chatbot reads one place.
    conditions_db = tm.add(
        tg.DataStore(
            "Lake conditions database",
            stores={readings, notes},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # The website's safety rules page, which the chatbot quotes from.
    rules_store = tm.add(
        tg.DataStore(
            "Safety rules page",
            stores={safety_rules},
            description="A page on the website CMS, edited by the venue manager.",
            controls={
                tg.controls.Authentication(method="staff Google Workspace accounts with 2SV"),
                tg.controls.DataVersioning(note="CMS page revisions"),
            },
        )
    )
    # Kept to see what swimmers ask and to check answers after complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript log",
            stores={transcripts},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )

# ---------------------------------------------------------------- flows
# swimmers ask and get answers
tm.flow(swimmer, chat_api, question, protocol="https")
tm.flow(chat_api, orchestrator, question)
tm.flow(conditions_db, orchestrator, readings, notes, label="latest readings and today's notes")
tm.flow(rules_store, orchestrator, safety_rules)
tm.flow(orchestrator, weather, forecast_request, protocol="https")
tm.flow(weather, orchestrator, forecast, protocol="https")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, transcript_store, transcripts)
tm.flow(orchestrator, chat_api, answer)
tm.flow(chat_api, swimmer, answer, protocol="https")

# buoy readings
tm.flow(buoys, network_server, readings, protocol="lorawan")
tm.flow(network_server, ingest, readings, protocol="https", label="uplink webhook")
tm.flow(ingest, conditions_db, readings)

# lifeguard notes
tm.flow(lifeguard, notes_app, notes, protocol="https")
tm.flow(notes_app, conditions_db, notes)
tm.flow(conditions_db, notes_app, conditions_view)
tm.flow(notes_app, lifeguard, conditions_view, protocol="https")

# safety rules
tm.flow(manager, rules_store, safety_rules, protocol="https", label="edits in the website CMS")
