"""Vaccine fridge excursion alerts: the first design, before any security review.

A regional health board monitors the vaccine fridges in its GP surgeries. Each
fridge has a wireless logger that reports temperature, door-open events and
compressor cycles to the logger vendor's cloud; an ingestion job in the board's
cloud tenant pulls them every five minutes into a telemetry store. An in-house
model, retrained monthly on the fridge history, predicts from door-open and
compressor patterns which fridges are likely to go out of the 2-8 C range. An
LLM agent reads each prediction with the site directory, texts the practice
nurse through an SMS gateway (nurses can reply to it) and books an engineer visit
through the maintenance contractor's portal. The cold chain coordinator watches
alerts and bookings on a dashboard and keeps the site directory.
Controls in this design: board SSO with MFA and roles on the dashboard, HTTPS
links, encrypted stores, a step limit and an action log on the agent.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vaccine fridge excursion model and clinic alert agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Predicts vaccine fridge temperature excursions in GP surgeries, texts "
    "the practice nurse and books an engineer visit.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Fridge telemetry readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Temperature every minute, door-open events and compressor on/off cycles.",
)
features = tg.Data(
    "Door-open and compressor features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
)
training_history = tg.Data(
    "Fridge history with past excursions",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Excursion model artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="scikit-learn gradient boosting model saved with joblib.",
)
prediction = tg.Data(
    "Excursion risk prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per fridge: probability of leaving 2-8 C in the next 24 hours, and the likely cause.",
)
site_directory = tg.Data(
    "Surgery and fridge directory",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Surgeries, fridge asset ids, contractor asset references, and the "
    "names and mobile numbers of practice nurses.",
)
agent_prompt = tg.Data(
    "Agent prompt and context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The prediction, recent readings, the surgery's directory entry and any nurse replies.",
)
agent_reply = tg.Data(
    "Agent tool calls and message text", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
nurse_text = tg.Data(
    "Fridge alert text message",
    sensitivity=tg.Sensitivity.PII,
    description="What is predicted, what to check and the engineer's visit slot.",
)
nurse_reply = tg.Data(
    "Nurse reply text message",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text replies such as 'door was left open, closed now' or 'stock moved'.",
)
visit_request = tg.Data(
    "Engineer visit request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Surgery address, fridge asset reference, fault description and on-site contact.",
)
booking_confirmation = tg.Data("Engineer visit booking confirmation", kind="tool-result")
action_log = tg.Data("Alert and booking log", kind="logs", sensitivity=tg.Sensitivity.PII)
directory_update = tg.Data("Directory changes", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("GP surgeries", trust=tg.Trust.PARTNER):
    # One wireless logger per vaccine fridge, probe in a glycol bottle.
    logger = tm.add(
        tg.Device(
            "Wireless fridge logger",
            fleet=True,
            description="Battery logger with a temperature probe and a door sensor; "
            "sends through a 4G base station in the surgery.",
        )
    )
    # Responsible for the fridge and the vaccines in it at each surgery.
    nurse = tm.add(tg.Actor("Practice nurse", role="clinic staff"))

with tm.boundary("Logger vendor cloud", trust=tg.Trust.PARTNER):
    # The logger vendor's platform; the board reads our loggers through its API.
    vendor_cloud = tm.add(
        tg.ExternalService("Logger vendor platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Health board cloud tenant", trust=tg.Trust.INTERNAL):
    # Pulls new readings from the vendor API every five minutes.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # History of every fridge's readings, used for scoring and retraining.
    telemetry_store = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={telemetry, training_history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Monthly retraining on the labelled excursion history.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Scores every fridge every fifteen minutes.
    model = tm.add(
        tg.Model(
            "Excursion prediction model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Predicts temperature excursions from door-open and compressor patterns.",
        )
    )
    # Turns predictions into a text to the nurse and an engineer booking.
    agent = tm.add(
        tg.Agent(
            "Clinic alert agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Decides whether to text the nurse, what to say, and whether "
            "to book an engineer; reads nurse replies to close or escalate.",
            controls={c.CircuitBreaker(max_steps=15), c.AuditLogging(retention_days=365)},
        )
    )
    # Sends texts to nurses through the SMS gateway.
    sms_tool = tm.add(tg.Tool("Send nurse text tool", capabilities={"send-messages"}))
    # Books engineer visits in the contractor's portal with the board's account.
    booking_tool = tm.add(tg.Tool("Engineer booking tool", capabilities={"read", "write"}))
    # Surgeries, fridges and nurse contacts kept by the coordinator, and the
    # record of every alert sent and visit booked.
    directory = tm.add(
        tg.DataStore(
            "Cold chain database",
            stores={site_directory, action_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The coordinator's view of alerts, bookings and the directory.
    dashboard = tm.add(
        tg.Service(
            "Cold chain dashboard",
            controls={
                c.Authentication(method="health board Entra ID SSO with MFA"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers texts to nurses' phones and posts their replies back to us.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Maintenance contractor", trust=tg.Trust.PARTNER):
    # The refrigeration contractor's job portal, where call-outs are booked.
    contractor_portal = tm.add(tg.ExternalService("Contractor booking portal"))

with tm.boundary("Health board offices", trust=tg.Trust.INTERNAL):
    # Owns the vaccine cold chain across the board's surgeries.
    coordinator = tm.add(tg.Actor("Cold chain coordinator", role="coordinator"))

# ---------------------------------------------------------------- flows
# Readings in.
tm.flow(logger, vendor_cloud, telemetry, protocol="https")
tm.flow(vendor_cloud, ingestion, telemetry, protocol="https", label="5-minute pull")
tm.flow(ingestion, telemetry_store, telemetry)

# Training and scoring.
tm.flow(telemetry_store, training, training_history, label="monthly export")
tm.flow(training, model, model_artifact, label="deploy")
tm.flow(telemetry_store, model, features)
tm.flow(model, agent, prediction)

# The agent's reasoning.
tm.flow(directory, agent, site_directory)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_reply, protocol="https")

# Texting the nurse, and her replies.
tm.flow(agent, sms_tool, nurse_text)
tm.flow(sms_tool, sms_gateway, nurse_text, protocol="https")
tm.flow(sms_gateway, nurse, nurse_text, protocol="sms")
tm.flow(nurse, sms_gateway, nurse_reply, protocol="sms")
tm.flow(sms_gateway, agent, nurse_reply, protocol="https", label="inbound SMS webhook")

# Booking the engineer.
tm.flow(agent, booking_tool, visit_request)
tm.flow(
    booking_tool,
    contractor_portal,
    visit_request,
    protocol="https",
    controls={c.Authentication(method="board's shared portal account with password")},
)
tm.flow(contractor_portal, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, agent, booking_confirmation)

# Oversight.
tm.flow(agent, directory, action_log)
tm.flow(directory, dashboard, action_log)
tm.flow(telemetry_store, dashboard, telemetry)
tm.flow(dashboard, coordinator, action_log, telemetry, protocol="https")
tm.flow(coordinator, dashboard, directory_update, protocol="https")
tm.flow(dashboard, directory, directory_update)
