"""Damp and mould monitoring: the first design, before any security review.

A housing association fits battery humidity and temperature sensors in tenants'
homes. The sensors report over cellular MQTT to the sensor vendor's cloud, which
relays the readings to our ingestion service by webhook. A damp and mould risk
model scores each home from the reading history. An LLM agent reads the risk
scores and tenants' own mould reports, books inspections in the repairs system
through a scheduling tool and texts tenants advice (ventilation, heating) through
an SMS gateway. Tenants report mould with photos in the tenant app; surveyors
record their findings on managed tablets, which sync to the repairs system.
Controls in this design: a vendor API key on the webhook, tenant and staff sign-in,
TLS, limits on the agent's steps and on what its tools may do, and logging of
agent actions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Damp and mould sensor agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Predicts damp and mould risk in tenants' homes from sensor readings and "
    "lets an agent book inspections and text tenants advice.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Humidity and temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Readings every 15 minutes, keyed by sensor and property.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
risk_scores = tg.Data(
    "Damp and mould risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
mould_report = tg.Data(
    "Tenant mould report",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of the affected room and a free-text description from the tenant.",
)
agent_prompt = tg.Data("Agent context", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent tool calls", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking = tg.Data("Inspection booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Inspection slots and job history", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
advice_request = tg.Data("Tenant advice message", kind="tool-call", sensitivity=tg.Sensitivity.PII)
contacts = tg.Data("Tenant contact details", kind="records", sensitivity=tg.Sensitivity.PII)
sms = tg.Data("Advice SMS", kind="documents", sensitivity=tg.Sensitivity.PII)
jobs = tg.Data("Inspection jobs", kind="records", sensitivity=tg.Sensitivity.PII)
findings = tg.Data(
    "Survey findings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Moisture meter results, photos, cause and recommended works.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Tenant homes", trust=tg.Trust.UNTRUSTED):
    # Battery humidity/temperature sensor in each monitored home.
    sensor = tm.add(tg.Device("Humidity and temperature sensor", fleet=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Tenants receive advice texts and report mould from the tenant app.
    tenant = tm.add(tg.Actor("Tenant", role="tenant"))
    # Surveyors inspect homes and record damp and mould findings.
    surveyor = tm.add(tg.Actor("Surveyor", role="surveyor"))
    # Association-managed tablet the surveyor carries on site.
    tablet = tm.add(
        tg.Device(
            "Surveyor tablet",
            description="MDM-managed tablet running the repairs system's mobile app.",
        )
    )

with tm.boundary("Sensor vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's IoT platform receives sensor uplinks and relays them to us.
    vendor_cloud = tm.add(
        tg.ExternalService("Sensor vendor platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway that delivers texts to tenants' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted LLM that plans the agent's actions and writes the advice texts.
    llm = tm.add(
        tg.LLM(
            "Agent LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement review of the vendor's terms")},
        )
    )

with tm.boundary("Association cloud", trust=tg.Trust.INTERNAL):
    # Receives the vendor's webhook and writes readings to the store.
    ingestion = tm.add(
        tg.Service(
            "Readings ingestion service",
            controls={
                c.Authentication(method="vendor API key in the webhook header"),
                c.SchemaEnforcement(),
            },
        )
    )
    # Time series of readings per property.
    readings_store = tm.add(
        tg.DataStore(
            "Readings store",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Gradient-boosted model trained on past readings and surveyed damp cases.
    risk_model = tm.add(
        tg.Model(
            "Damp and mould risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores every home daily; high scores drive inspection bookings.",
        )
    )
    # Backend of the tenant app: mould reports with photos.
    tenant_api = tm.add(
        tg.Endpoint(
            "Tenant app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="tenant account e-mail and password"),
                c.InputValidation(note="photo type and size checks"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Mould reports and their photos.
    report_store = tm.add(tg.DataStore("Mould report store", stores={mould_report}))
    # LLM agent that decides whom to inspect and what advice to text.
    agent = tm.add(
        tg.Agent(
            "Inspection scheduling agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Tool that books inspection jobs in the repairs system.
    booking_tool = tm.add(
        tg.Tool(
            "Inspection booking tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="can create and read inspection jobs only")},
        )
    )
    # Tool that sends advice texts to the tenant of a property.
    sms_tool = tm.add(tg.Tool("Tenant SMS tool", capabilities={"send-messages"}))

with tm.boundary("Housing management network", trust=tg.Trust.INTERNAL):
    # Existing repairs system: jobs, surveyor diaries, findings and tenant contacts.
    repairs = tm.add(
        tg.DataStore(
            "Repairs system",
            stores={jobs, findings, contacts},
            controls={c.Authentication(method="Entra ID SSO with MFA for staff"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# Sensor readings
tm.flow(sensor, vendor_cloud, readings, protocol="mqtts")
tm.flow(vendor_cloud, ingestion, readings, protocol="https", label="readings webhook")
tm.flow(ingestion, readings_store, readings)
tm.flow(readings_store, risk_model, readings)
tm.flow(risk_model, agent, risk_scores)

# Tenant mould reports
tm.flow(tenant, tenant_api, mould_report, protocol="https")
tm.flow(tenant_api, report_store, mould_report)
tm.flow(report_store, agent, mould_report)

# Agent reasoning
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_reply, protocol="https")

# Booking inspections
tm.flow(agent, booking_tool, booking)
tm.flow(booking_tool, repairs, booking, protocol="https")
tm.flow(repairs, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, agent, booking_result)

# Advice texts
tm.flow(agent, sms_tool, advice_request)
tm.flow(repairs, sms_tool, contacts, protocol="https")
tm.flow(sms_tool, sms_gateway, sms, protocol="https")
tm.flow(sms_gateway, tenant, sms, protocol="sms")

# Surveyors
tm.flow(repairs, tablet, jobs, protocol="https")
tm.flow(tablet, surveyor, jobs, label="on the tablet screen")
tm.flow(surveyor, tablet, findings, label="entered on site")
tm.flow(tablet, repairs, findings, protocol="https")
