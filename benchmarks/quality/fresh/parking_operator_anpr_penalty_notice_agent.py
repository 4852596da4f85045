"""Parking operator ANPR penalty notice agent: the first design, before any security review.

A UK car park operator runs number plate cameras at the entrances and exits of its
sites. Plate reads (with images) and payments from the pay machines and the parking
app provider land in the parking records store in our cloud account. A nightly LLM
agent matches each stay with its payments; for an unpaid or overstayed one it asks
the vehicle licensing agency for the registered keeper and sends a parking charge
notice through a print-and-post house. Motorists appeal online with the notice
number and plate; appeals staff decide them in the back office, and a cancelled
notice is marked in the records store.
Controls in this design: mutually authenticated camera uplinks, an API key on the
app provider's feed, encrypted and role-restricted records, an audited and vaulted
keeper enquiry credential, a step limit on agent runs, a staff-decided appeal for
every notice, and SSO with MFA for staff.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parking operator ANPR penalty notice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Issues parking charge notices from ANPR stays and payment records; staff decide appeals.",
)

# ---------------------------------------------------------------- data assets
plate_reads = tg.Data(
    "Entry and exit plate reads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate, site, lane, timestamp, confidence and the overview and plate images.",
)
machine_payments = tg.Data(
    "Pay machine payments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate typed at the machine, tariff, amount and time; card handled by the acquirer.",
)
app_payments = tg.Data(
    "App parking sessions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate, site, paid period from the parking app provider's webhook.",
)
stays = tg.Data(
    "Stay records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
stay_query = tg.Data("Stay lookup query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
stay_result = tg.Data(
    "Stays with matched payments", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
keeper_enquiry = tg.Data(
    "Keeper enquiry",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Plate and date of the event, with the reasonable-cause code.",
)
keeper = tg.Data(
    "Registered keeper details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
notice = tg.Data(
    "Parking charge notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Keeper name and address, plate, images, times, amount due and appeal route.",
)
appeal = tg.Data(
    "Appeal",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Notice number, plate, the motorist's statement and uploaded photos or receipts.",
)
decision = tg.Data("Appeal decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Car park sites", trust=tg.Trust.INTERNAL):
    # ANPR cameras at each entrance and exit; read plates on board.
    cameras = tm.add(tg.Device("Number plate cameras", fleet=True))
    # Pay-and-display machines; motorists key in their plate.
    pay_machines = tm.add(tg.Device("Pay machines", fleet=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The driver or registered keeper who receives a notice and may appeal.
    motorist = tm.add(tg.Actor("Motorist", role="motorist"))

with tm.boundary("Partners", trust=tg.Trust.PARTNER):
    # Third-party parking app motorists pay with; pushes sessions to us.
    app_provider = tm.add(tg.ExternalService("Parking app provider"))
    # Government keeper enquiry service (KADOE-style electronic link).
    licensing = tm.add(
        tg.ExternalService(
            "Vehicle licensing agency",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )
    # Prints and posts the notices we send it.
    print_house = tm.add(tg.ExternalService("Print and post house"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="UK region, no training on our data")},
        )
    )

with tm.boundary("Operator cloud account", trust=tg.Trust.INTERNAL):
    # Receives camera reads, machine payments and app sessions, builds stays.
    ingestion = tm.add(
        tg.Service(
            "Event ingestion service",
            controls={c.Authentication(method="per-camera X.509 device certificates")},
        )
    )
    # The nightly agent that decides which stays get a notice and sends it.
    agent = tm.add(
        tg.Agent(
            "Penalty notice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=60),
                c.AuditLogging(retention_days=2190),
                c.Contestability(note="every notice names the online appeal route"),
            },
        )
    )
    # Looks up a site's stays and the payments recorded against each plate.
    stay_tool = tm.add(tg.Tool("Stay lookup tool", capabilities={"read"}))
    # Sends keeper enquiries to the licensing agency.
    keeper_tool = tm.add(
        tg.Tool(
            "Keeper enquiry tool",
            capabilities={"read", "network-egress"},
            controls={
                c.SecretsManagement(note="agency link credentials in the cloud secrets manager"),
                c.AuditLogging(retention_days=2190, note="each enquiry logged with its reason"),
            },
        )
    )
    # Renders notices and hands them to the print house; records each issued notice.
    notice_tool = tm.add(tg.Tool("Notice dispatch tool", capabilities={"write", "send-messages"}))
    # Stays, payments, keeper details, notices and appeal outcomes.
    records = tm.add(
        tg.DataStore(
            "Parking records store",
            stores={stays, machine_payments, app_payments, keeper, notice, decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Public web form where motorists submit appeals and see outcomes.
    portal = tm.add(
        tg.Endpoint(
            "Appeals portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="notice number and vehicle registration"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(),
            },
        )
    )
    # Case management screen where staff review evidence and decide appeals.
    back_office = tm.add(
        tg.Service(
            "Appeals back office",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who decide each appeal.
    appeals_staff = tm.add(tg.Actor("Appeals staff", role="appeals officer"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(cameras, ingestion, plate_reads, protocol="mtls", label="4G uplink")
tm.flow(pay_machines, ingestion, machine_payments, protocol="https")
tm.flow(
    app_provider,
    ingestion,
    app_payments,
    protocol="https",
    label="session webhook",
    controls={c.Authentication(method="API key issued to the app provider")},
)
tm.flow(ingestion, records, stays, machine_payments, app_payments)

tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, stay_tool, stay_query)
tm.flow(stay_tool, records, stay_query)
tm.flow(records, stay_tool, stays, machine_payments, app_payments)
tm.flow(stay_tool, agent, stay_result)

tm.flow(agent, keeper_tool, keeper_enquiry)
tm.flow(keeper_tool, licensing, keeper_enquiry, protocol="https", controls={tls})
tm.flow(licensing, keeper_tool, keeper, protocol="https", controls={tls})
tm.flow(keeper_tool, agent, keeper)
tm.flow(keeper_tool, records, keeper)

tm.flow(agent, notice_tool, notice)
tm.flow(notice_tool, records, notice, label="notice issued")
tm.flow(notice_tool, print_house, notice, protocol="sftp")
tm.flow(print_house, motorist, notice, label="printed notice by post")

tm.flow(motorist, portal, appeal, protocol="https")
tm.flow(portal, back_office, appeal)
tm.flow(records, back_office, stays, notice, keeper, label="case evidence")
tm.flow(back_office, appeals_staff, appeal, stays, notice, protocol="https")
tm.flow(appeals_staff, back_office, decision, protocol="https")
tm.flow(back_office, records, decision)
tm.flow(back_office, portal, decision)
tm.flow(portal, motorist, decision, protocol="https")
