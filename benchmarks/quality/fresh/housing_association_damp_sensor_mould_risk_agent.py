"""Housing association damp and mould risk agent: the first design.

Tenants who opt in get humidity and temperature sensors at home; they report over
LoRaWAN to the sensor vendor's IoT platform, which our ingestion service polls hourly
into a readings store in the association's Azure tenancy. A mould risk model scores
each home daily from the readings and the property and repairs history in the housing
management system. An LLM agent on a hosted model works through high-risk homes: it
looks up the household, picks advice from the approved guidance, texts the tenant via
an SMS provider, reads their replies, and proposes damp surveys that it books into the
repairs scheduler once a case officer approves them in the case console.
Controls: a DPIA covers the sensor programme, staff sign in with Entra ID and MFA, the
housing system is role-based, the booking tool can only create damp surveys, the vendor
API key sits in Key Vault, and the LLM provider was vetted (UK region, default filter).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Damp sensor mould risk agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Predicts mould risk from in-home sensors, advises tenants by text and "
    "books damp surveys.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Humidity and temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-room relative humidity, temperature and dew point every 15 minutes, "
    "keyed to a property.",
)
property_records = tg.Data(
    "Property and repairs history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Archetype, construction, past damp reports and repairs per home.",
)
contacts = tg.Data("Tenant contact details", kind="records", sensitivity=tg.Sensitivity.PII)
vulnerability = tg.Data(
    "Household vulnerability flags",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Respiratory conditions, young children, elderly residents in the home.",
)
risk_scores = tg.Data(
    "Mould risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
household_query = tg.Data("Household lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
guidance = tg.Data(
    "Approved damp and mould guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
prompt = tg.Data(
    "Agent prompt with household context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
)
completion = tg.Data(
    "Agent plan and drafted text", kind="model-output", sensitivity=tg.Sensitivity.PII
)
advice = tg.Data("Advice text message", kind="tool-call", sensitivity=tg.Sensitivity.PII)
delivery = tg.Data("Message delivery status", kind="tool-result", sensitivity=tg.Sensitivity.PII)
replies = tg.Data(
    "Tenant text replies",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from tenants: questions, access times, 'not convenient'.",
)
booking_request = tg.Data(
    "Survey booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
appointment = tg.Data("Survey appointment", kind="records", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
proposals = tg.Data(
    "Proposed surveys and case summaries",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
)
approval = tg.Data("Survey booking approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Tenants' homes", trust=tg.Trust.UNTRUSTED):
    # The source of the signal: battery sensors in bedrooms, bathrooms and kitchens.
    sensors = tm.add(
        tg.Device(
            "Damp and humidity sensors",
            fleet=True,
            description="LoRaWAN sensors, one to three per home.",
        )
    )
    # Receives advice and survey offers by text, and may reply.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))

with tm.boundary("Sensor vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's network server and platform; we only get the readings through its API.
    iot_platform = tm.add(
        tg.ExternalService("Sensor vendor IoT platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The language model behind the agent, hosted in the provider's UK region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed; UK region; prompts not used for training"),
                c.Guardrails(note="the provider's default content filter"),
            },
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends advice texts and relays tenants' replies to us.
    sms = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Association Azure tenancy", trust=tg.Trust.INTERNAL):
    # Polls the vendor API and normalises readings per property.
    ingestion = tm.add(
        tg.Service(
            "Sensor ingestion service",
            description="Hourly poll of the vendor API.",
            controls={c.SecretsManagement(note="vendor API key in Azure Key Vault")},
        )
    )
    # Time series of every reading, per home.
    readings_store = tm.add(
        tg.DataStore(
            "Sensor readings store",
            stores={readings},
            controls={
                c.EncryptionAtRest(key_management="Azure platform-managed keys"),
                c.ImpactAssessment(
                    basis="legitimate interests under the landlord's repair duties; "
                    "sensors installed only with the tenant's agreement"
                ),
            },
        )
    )
    # Scores each property's mould risk once a day.
    risk_model = tm.add(
        tg.Model(
            "Mould risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted model; low, medium, high or severe risk per home.",
        )
    )
    # Works through the high-risk homes: advice, replies and survey proposals.
    agent = tm.add(
        tg.Agent(
            "Mould risk agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="damp and mould case officer",
                    note="survey bookings only; advice texts go out automatically",
                ),
                c.AuditLogging(note="every prompt, tool call and message kept in the case log"),
            },
        )
    )
    # The advice the agent may give, written and approved by the damp and mould team.
    guidance_library = tm.add(tg.DataStore("Damp and mould guidance library", stores={guidance}))
    # Sends a text to a tenant through the SMS provider.
    message_tool = tm.add(tg.Tool("Tenant messaging tool", capabilities={"send-messages"}))
    # Books a damp survey slot in the repairs scheduling system.
    booking_tool = tm.add(
        tg.Tool(
            "Survey booking tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(
                    note="service account can only create damp survey appointments"
                )
            },
        )
    )
    # Where case officers review risk, proposals and approve bookings.
    console = tm.add(
        tg.Endpoint(
            "Damp and mould case console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID single sign-on with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Association corporate network", trust=tg.Trust.INTERNAL):
    # System of record for tenancies, properties, vulnerabilities and repairs.
    housing_system = tm.add(
        tg.DataStore(
            "Housing management system",
            stores={property_records, contacts, vulnerability},
            controls={c.RBAC(), c.EncryptionAtRest()},
        )
    )
    # Existing scheduler that surveyors' work comes from.
    scheduler = tm.add(tg.Service("Repairs scheduling system"))
    # Staff member accountable for damp and mould cases.
    officer = tm.add(tg.Actor("Damp and mould case officer", role="housing staff"))

# ---------------------------------------------------------------- flows
# readings in
tm.flow(sensors, iot_platform, readings, protocol="lorawan")
tm.flow(iot_platform, ingestion, readings, protocol="https", label="hourly API poll")
tm.flow(ingestion, readings_store, readings)

# daily scoring
tm.flow(readings_store, risk_model, readings, label="daily scoring")
tm.flow(housing_system, risk_model, property_records, protocol="https", label="daily sync")
tm.flow(risk_model, agent, risk_scores)

# agent context and reasoning
tm.flow(agent, housing_system, household_query, protocol="https")
tm.flow(housing_system, agent, contacts, vulnerability, property_records, protocol="https")
tm.flow(guidance_library, agent, guidance)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# tenant messaging, both ways
tm.flow(agent, message_tool, advice)
tm.flow(message_tool, sms, advice, protocol="https")
tm.flow(sms, message_tool, delivery, protocol="https")
tm.flow(message_tool, agent, delivery)
tm.flow(sms, tenant, advice, protocol="sms")
tm.flow(tenant, sms, replies, protocol="sms")
tm.flow(sms, agent, replies, protocol="https", label="inbound SMS webhook")

# survey proposals, approval and booking
tm.flow(agent, console, proposals, risk_scores)
tm.flow(console, officer, proposals, risk_scores, protocol="https")
tm.flow(officer, console, approval, protocol="https")
tm.flow(console, agent, approval)
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, scheduler, appointment, protocol="https")
tm.flow(scheduler, booking_tool, confirmation, protocol="https")
tm.flow(booking_tool, agent, confirmation)
