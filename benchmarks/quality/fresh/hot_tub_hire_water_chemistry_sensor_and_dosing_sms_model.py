"""Hot tub hire water chemistry: the first design, before any security review.

We hire out inflatable and hard-shell hot tubs for a week or a weekend. Each hired
tub gets a floating chemistry sensor that reports free chlorine, pH and water
temperature every 15 minutes over a cellular IoT link to our cloud account. A
monitoring service runs our dosing model on each reading and texts the customer,
through an SMS provider, when to add chlorine granules or pH adjuster and how much;
if the water goes outside the safe range it alerts the on-call hire staff by SMS
and on the operations dashboard. Customers can text questions back: a conversation
service finds their booking by the sending number and asks a hosted LLM to answer
from the tub's recent readings and our dosing guidelines. Sensors authenticate
with per-device certificates, dose amounts are capped at the product label
maximum for the tub's volume, and staff sign in to the dashboard with company SSO.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Hot tub hire water chemistry and dosing SMS",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Floating sensors in hired hot tubs drive SMS dosing advice, "
    "unsafe-water alerts to staff and an SMS question line for customers.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Water chemistry readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free chlorine, pH, water temperature, battery level, sensor serial.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
dose = tg.Data(
    "Dose recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which chemical to add, how many grams, and when to re-test.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
guidelines = tg.Data(
    "Dosing guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Safe ranges, product label doses per litre, bather safety advice.",
)
bookings = tg.Data(
    "Hire bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, mobile number, delivery address, hire dates, tub and sensor ids.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
dosing_text = tg.Data(
    "Dosing text message",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="SMS to the customer's mobile with the dose and timing.",
)
alert = tg.Data(
    "Unsafe water alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tub, delivery address, customer mobile and the out-of-range readings.",
)
question = tg.Data("Customer text question", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Question prompt with tub context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the customer's text, first name, recent readings and guidelines.",
)
llm_answer = tg.Data("LLM answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Reply text message", kind="model-output", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data(
    "SMS conversation transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Every inbound and outbound SMS with the booking it was matched to.",
)
assignment = tg.Data(
    "Sensor assignment",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which sensor floats in which tub for which booking.",
)
tub_status = tg.Data(
    "Tub status view",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Current readings, open alerts and customer contact details per hire.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Customer site", trust=tg.Trust.UNTRUSTED):
    # The person who hired the tub; talks to us only by SMS.
    customer = tm.add(tg.Actor("Hire customer", role="customer"))
    # Floats in the tub in the customer's garden for the whole hire.
    sensor = tm.add(
        tg.Device(
            "Floating chemistry sensor",
            fleet=True,
            description="Battery-powered probe with an LTE-M modem and a provisioned certificate.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends our texts and posts inbound texts to us.
    sms = tm.add(
        tg.ExternalService(
            "SMS gateway",
            description="Commercial SMS API with a long virtual number for replies.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Answers customers' free-text questions; we do not host a language model ourselves.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={
                tg.controls.SupplierAssessment(
                    note="vendor DPA signed; API data not used for training"
                )
            },
        )
    )

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Receives sensor readings from the cellular network.
    ingestion = tm.add(
        tg.Endpoint(
            "Telemetry ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="per-sensor X.509 device certificates"),
                tg.controls.SchemaEnforcement(note="rejects readings outside sensor ranges"),
            },
        )
    )
    # Time series of every reading for every hire.
    readings_store = tm.add(tg.DataStore("Readings store", stores={readings}))
    # Runs the dosing model on each reading and decides when to text or alert.
    monitoring = tm.add(
        tg.Service(
            "Water monitoring service",
            description="Texts dosing advice to the customer and alerts staff on unsafe water.",
            controls={
                tg.controls.PolicyEnforcement(
                    rules="dose amounts capped at the product label maximum for the tub's volume"
                )
            },
        )
    )
    # Our own model: turns chlorine, pH and temperature into a dose and timing.
    dosing_model = tm.add(
        tg.Model(
            "Dosing advice model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted model trained on past hires' readings and doses.",
        )
    )
    # Answers the texts customers send back.
    conversation = tm.add(
        tg.Service(
            "SMS conversation service",
            description="Matches the sender's number to a live booking, builds the prompt, "
            "calls the LLM and texts the answer back.",
            controls={
                tg.controls.Authentication(
                    method="sender phone number matched to the active booking"
                )
            },
        )
    )
    # The hire bookings, with customer contact details and the sensor per tub.
    booking_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={bookings, assignment},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reference data for both the dosing texts and the LLM's answers.
    guideline_store = tm.add(tg.DataStore("Dosing guidelines library", stores={guidelines}))
    # Kept so staff can see what customers were told.
    transcript_store = tm.add(tg.DataStore("Conversation transcript store", stores={transcripts}))
    # Where hire staff watch tubs, alerts and conversations.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="Google Workspace SSO with 2SV"),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Depot office", trust=tg.Trust.INTERNAL):
    # Deliver tubs, fit sensors, and go out when the water is unsafe.
    staff = tm.add(tg.Actor("Hire staff", role="operations staff"))

# ---------------------------------------------------------------- flows
# Readings in.
tm.flow(sensor, ingestion, readings, protocol="MQTT over TLS", label="LTE-M uplink")
tm.flow(ingestion, readings_store, readings)

# Dosing advice and unsafe-water alerts.
tm.flow(readings_store, monitoring, readings)
tm.flow(monitoring, dosing_model, readings)
tm.flow(dosing_model, monitoring, dose)
tm.flow(guideline_store, monitoring, guidelines, label="safe ranges and label doses")
tm.flow(booking_db, monitoring, bookings, label="customer mobile for the tub")
tm.flow(monitoring, sms, dosing_text, alert, protocol="https")
tm.flow(sms, customer, dosing_text, protocol="sms")
tm.flow(sms, staff, alert, protocol="sms", label="on-call alert")
tm.flow(monitoring, dashboard, alert)

# Customer questions by text.
tm.flow(customer, sms, question, protocol="sms")
tm.flow(sms, conversation, question, protocol="https", label="inbound SMS webhook")
tm.flow(booking_db, conversation, bookings, label="lookup by sender number")
tm.flow(readings_store, conversation, readings)
tm.flow(guideline_store, conversation, guidelines)
tm.flow(conversation, llm, llm_prompt, protocol="https")
tm.flow(llm, conversation, llm_answer, protocol="https")
tm.flow(conversation, sms, reply, protocol="https")
tm.flow(sms, customer, reply, protocol="sms")
tm.flow(conversation, transcript_store, transcripts)

# Staff operations.
tm.flow(staff, dashboard, assignment, protocol="https", label="fit sensor to hire")
tm.flow(dashboard, booking_db, assignment)
tm.flow(booking_db, dashboard, bookings)
tm.flow(readings_store, dashboard, readings)
tm.flow(transcript_store, dashboard, transcripts)
tm.flow(dashboard, staff, tub_status, protocol="https")
