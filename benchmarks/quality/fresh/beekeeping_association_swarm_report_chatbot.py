"""Swarm report chatbot for a county beekeeping association: the first design.

Members of the public who see a swarm open the chat widget on the association's
website and describe what they found, uploading one or more photos. A chatbot
built on a hosted LLM asks the usual questions (where, how high, how long it has
been there) and calls a small image classifier we fine-tuned on open weights to
tell honeybees from wasps and bumblebees. For honeybees it takes the reporter's
address and phone number, looks up the nearest on-duty volunteer swarm collector
on the roster and texts them through an SMS provider; for wasps and bumblebees
it explains that the association cannot help. Collectors sign in to the
association's web app to read the full report and mark it collected. Everything
runs on one small managed cloud account. Controls in this design: HTTPS
everywhere, upload checks and a rate limit on the chat endpoint, a step limit on
the chatbot, the SMS API key in the platform's secret store, e-mail and password
sign-in for collectors, and provider-default disk encryption on the database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Beekeeping association swarm report chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Public swarm reporting chatbot that identifies bees from photos and texts a volunteer collector.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Reporter chat messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text about the swarm, which may include names and addresses.",
)
swarm_photos = tg.Data(
    "Swarm photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="JPEG/HEIC photos uploaded by the reporter; may show gardens and houses.",
)
contact_details = tg.Data(
    "Reporter address and phone number", kind="records", sensitivity=tg.Sensitivity.PII
)
bot_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Chatbot prompt and conversation",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, tool definitions, the conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
species_verdict = tg.Data(
    "Species classification",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="honeybee / wasp / bumblebee / unclear, with a confidence.",
)
swarm_report = tg.Data(
    "Swarm report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
    description="Location, address, phone number, description, photo links, species and status.",
)
roster = tg.Data(
    "Collector roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Volunteer collectors' names, mobile numbers, home postcodes and on-duty days.",
)
nearest_collector = tg.Data(
    "Nearest collector lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
sms_request = tg.Data(
    "Swarm alert SMS",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Collector's number and a short message with the swarm's address and the reporter's phone.",
)
status_update = tg.Data(
    "Collection status update", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
collector_login = tg.Data(
    "Collector sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
sms_api_key = tg.Data("SMS provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the website can report a swarm; no account is needed.
    reporter = tm.add(tg.Actor("Member of the public", role="swarm reporter"))
    # Volunteer collectors use their own phones, both for the SMS and the web app.
    collector = tm.add(tg.Actor("Volunteer swarm collector", role="volunteer collector"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The conversational model; we only call its API.
    llm = tm.add(
        tg.LLM(
            "Hosted chat LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the alert text to the collector's mobile.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Association cloud account", trust=tg.Trust.INTERNAL):
    # The only public entry point for reporters: chat messages and photo uploads.
    chat_endpoint = tm.add(
        tg.Endpoint(
            "Website chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per IP address"),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Runs the conversation, decides when to classify, look up and alert.
    chatbot = tm.add(
        tg.Agent(
            "Swarm report chatbot",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="LLM agent that gathers the report and alerts a collector without a person in between.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Tells honeybees from wasps and bumblebees so collectors are not sent to wasp nests.
    bee_classifier = tm.add(
        tg.Model(
            "Bee species image classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Open-weights vision backbone fine-tuned by a member on labelled insect photos.",
        )
    )
    # Holds uploaded photos so the classifier and collectors can see them.
    photo_bucket = tm.add(tg.DataStore("Photo storage bucket", stores={swarm_photos}))
    # The system of record for reports and their status.
    report_db = tm.add(
        tg.DataStore(
            "Swarm report database",
            stores={swarm_report, contact_details},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Who collects where, and who is on duty today.
    roster_db = tm.add(tg.DataStore("Collector roster database", stores={roster, collector_login}))
    # Read-only lookup the chatbot uses to pick the nearest on-duty collector.
    lookup_tool = tm.add(
        tg.Tool("Nearest collector lookup", capabilities={"read"}, origin=tg.ToolOrigin.FIRST_PARTY)
    )
    # Lets the chatbot save the report and text the chosen collector.
    alert_tool = tm.add(
        tg.Tool(
            "Collector alert tool",
            capabilities={"write", "send-messages"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={c.SecretsManagement(note="SMS API key in the platform secret store")},
        )
    )
    # Where collectors read the full report and mark it collected.
    collector_app = tm.add(
        tg.Endpoint(
            "Collector web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
# Reporter <-> chatbot
tm.flow(reporter, chat_endpoint, chat_message, swarm_photos, contact_details, protocol="https")
tm.flow(chat_endpoint, reporter, bot_reply, protocol="https")
tm.flow(chat_endpoint, photo_bucket, swarm_photos, label="upload")
tm.flow(chat_endpoint, chatbot, chat_message, contact_details)
tm.flow(chatbot, chat_endpoint, bot_reply)

# Chatbot <-> LLM
tm.flow(chatbot, llm, llm_prompt, protocol="https")
tm.flow(llm, chatbot, llm_completion, protocol="https")

# Photo classification
tm.flow(photo_bucket, bee_classifier, swarm_photos)
tm.flow(bee_classifier, chatbot, species_verdict)

# Finding the collector
tm.flow(chatbot, lookup_tool, contact_details, label="swarm postcode")
tm.flow(roster_db, lookup_tool, roster)
tm.flow(lookup_tool, chatbot, nearest_collector)

# Saving the report and alerting the collector
tm.flow(chatbot, alert_tool, swarm_report, sms_request)
tm.flow(alert_tool, report_db, swarm_report)
tm.flow(alert_tool, sms_gateway, sms_request, sms_api_key, protocol="https")
tm.flow(sms_gateway, collector, sms_request, protocol="sms")

# Collector app
tm.flow(collector, collector_app, collector_login, status_update, protocol="https")
tm.flow(collector_app, roster_db, collector_login, label="sign-in check")
tm.flow(report_db, collector_app, swarm_report)
tm.flow(photo_bucket, collector_app, swarm_photos)
tm.flow(collector_app, collector, swarm_report, swarm_photos, protocol="https")
tm.flow(collector_app, report_db, status_update)
