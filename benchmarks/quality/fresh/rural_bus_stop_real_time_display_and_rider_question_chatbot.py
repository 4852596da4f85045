"""Rural bus stop real-time displays and rider question chatbot: the first design.

A rural bus company fits each bus with a GPS tracker that reports its position over
the mobile network to a real-time service in the company's cloud tenant. The service
compares positions with the timetable, asks an in-house arrival model for predicted
arrival times and pushes them to solar-powered LED displays at the main stops, which
pull their feed over HTTPS with a per-display API key. Riders can also ask questions
about times, fares and disruptions by SMS (through a commercial SMS gateway) or in a
web chat on the company website. A chatbot service answers them with a hosted LLM,
grounding each answer in the timetable and fares database, the live predictions and
the disruption notices the control room writes in its console. Control room staff sign
in to the console with their Microsoft 365 accounts and MFA; the web chat is rate
limited per visitor; conversations (with riders' phone numbers) are kept 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rural bus stop displays and rider chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicted arrival times at stop displays, and an SMS and web chatbot for riders.",
)

# ---------------------------------------------------------------- data assets
positions = tg.Data(
    "Bus position telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vehicle id, trip id, GPS fix and speed, every 15 seconds.",
)
timetable = tg.Data(
    "Timetable and fares",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
trip_features = tg.Data(
    "Trip progress features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
predictions = tg.Data(
    "Predicted arrival times",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
notices = tg.Data(
    "Disruption notices",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Free text the control room writes: diversions, cancellations, road closures.",
)
question = tg.Data(
    "Rider question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The rider's message; by SMS it comes with the rider's phone number.",
)
answer = tg.Data("Chatbot answer", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Prompt with timetable context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the rider's question, matching timetable rows, live times and notices.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
conversations = tg.Data(
    "Conversation logs",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, answers, channel and the rider's phone number for SMS.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a phone or a browser can ask the chatbot.
    rider = tm.add(tg.Actor("Rider", role="passenger"))

with tm.boundary("Public mobile network", trust=tg.Trust.UNTRUSTED):
    # One tracker per bus, fitted by the ticket-machine vendor, on a public 4G SIM.
    tracker = tm.add(
        tg.Device("Bus GPS tracker", description="On-board GPS unit reporting over 4G.")
    )
    # Solar-powered LED signs at about 40 stops, each with its own 4G modem.
    displays = tm.add(
        tg.Device("Stop display", description="LED arrival board that polls its feed every 30 s.")
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Commercial SMS gateway: gives us a short number and relays messages both ways.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the chatbot's replies.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Company cloud tenant", trust=tg.Trust.INTERNAL):
    # Matches positions to trips and publishes predictions to displays and the chatbot.
    realtime = tm.add(
        tg.Service(
            "Real-time arrivals service",
            description="Ingests tracker reports, runs the arrival model, serves the display feed.",
        )
    )
    # Gradient-boosted model trained in-house on a year of trip history.
    arrival_model = tm.add(
        tg.Model("Arrival time model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # The website's chat widget calls this.
    web_chat = tm.add(
        tg.Endpoint(
            "Web chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per visitor IP")},
        )
    )
    # Builds the prompt from timetable, live times and notices, and calls the LLM.
    chatbot = tm.add(
        tg.Service(
            "Chatbot service",
            description="Receives SMS and web questions, retrieves context, asks the LLM, replies.",
        )
    )
    # Published timetable and fare tables, imported from the scheduling package.
    timetable_db = tm.add(
        tg.DataStore(
            "Timetable and fares database",
            stores={timetable},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Current disruption notices written by the control room.
    notice_store = tm.add(tg.DataStore("Disruption notice store", stores={notices}))
    # Transcript of every conversation, for complaints and for improving answers.
    log_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={conversations},
            controls={
                c.RetentionLimits(days=90),
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
            },
        )
    )

with tm.boundary("Depot office network", trust=tg.Trust.INTERNAL):
    # Duty controllers who run the day's service from the depot.
    controller = tm.add(tg.Actor("Control room controller", role="control room staff"))
    # Web console for writing notices and loading timetable changes.
    console = tm.add(
        tg.Service(
            "Control room console",
            controls={
                c.Authentication(method="Microsoft 365 sign-in with MFA"),
                c.RBAC(note="controllers write notices; only the scheduler loads timetables"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Real-time arrivals to the stop displays
tm.flow(tracker, realtime, positions, protocol="mqtt", label="position reports")
tm.flow(timetable_db, realtime, timetable, label="scheduled trips")
tm.flow(realtime, arrival_model, trip_features)
tm.flow(arrival_model, realtime, predictions)
tm.flow(notice_store, realtime, notices, label="banner text")
tm.flow(
    realtime,
    displays,
    predictions,
    notices,
    protocol="https",
    label="display feed",
    controls={c.Authentication(method="per-display API key")},
)

# Control room
tm.flow(controller, console, notices, timetable, protocol="https")
tm.flow(console, notice_store, notices)
tm.flow(console, timetable_db, timetable, label="timetable changes")

# Rider questions by SMS
tm.flow(rider, sms, question, protocol="sms")
tm.flow(sms, chatbot, question, protocol="https", label="inbound SMS webhook")
tm.flow(chatbot, sms, answer, protocol="https")
tm.flow(sms, rider, answer, protocol="sms")

# Rider questions on the website
tm.flow(rider, web_chat, question, protocol="https")
tm.flow(web_chat, chatbot, question)
tm.flow(chatbot, web_chat, answer)
tm.flow(web_chat, rider, answer, protocol="https")

# Chatbot context and model
tm.flow(timetable_db, chatbot, timetable, label="timetable and fare lookup")
tm.flow(notice_store, chatbot, notices)
tm.flow(realtime, chatbot, predictions, label="live times")
tm.flow(chatbot, llm, prompt, protocol="https")
tm.flow(llm, chatbot, completion, protocol="https")
tm.flow(chatbot, log_store, conversations)
