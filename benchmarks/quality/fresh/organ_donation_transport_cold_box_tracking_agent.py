"""Organ transport cold box tracking agent: the first design, before any security review.

The organ retrieval service ships donor organs between hospitals in cold boxes
carried by a contracted courier. Each box has a cellular temperature and location
logger that reports to the logger vendor's cloud, which forwards readings to our
shipment event API by webhook; the courier's platform does the same with pickup,
handover and ETA events. The national organ allocation system sends the shipment
manifest (donor ODT number, organ, blood group, origin and destination centre).
An LLM agent in our cloud wakes on each event, looks the shipment up, and when a
box goes out of range or a leg is delayed it alerts the transplant coordinators by
SMS and pager and books the onward courier leg itself, without waiting for approval.
Coordinators follow shipments and ask the agent questions on a dashboard they sign
in to with NHS smartcards. The event API checks a static API key per sending
platform, the database is encrypted at rest, the agent's runs are capped and
logged, and a DPIA covers the processing.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Organ transport cold box tracking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Tracks temperature-logged donor organ cold boxes in transit, alerts "
    "transplant coordinators and books onward courier legs.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Cold box temperature and location readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Box id, internal temperature, lid-open flag, GPS position, every minute.",
)
custody_events = tg.Data(
    "Courier custody events",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Pickup, handover and delivery scans with driver name and ETA.",
)
manifest = tg.Data(
    "Shipment manifest",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Donor ODT number, organ, blood group, cross-clamp time, origin and "
    "destination transplant centre.",
)
shipment_record = tg.Data(
    "Shipment tracking record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Manifest, readings history, custody chain, bookings and alerts sent.",
)
status_event = tg.Data(
    "Shipment status event", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
agent_prompt = tg.Data(
    "Agent prompt with shipment context", kind="prompt", sensitivity=tg.Sensitivity.REGULATED
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
lookup_call = tg.Data(
    "Shipment lookup call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
lookup_result = tg.Data(
    "Shipment lookup result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
alert = tg.Data(
    "Cold box alert",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Shipment reference, organ, excursion or delay, current location.",
)
booking_call = tg.Data(
    "Onward transport booking call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
courier_booking = tg.Data(
    "Courier booking request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Box id, collection and delivery hospital, time window, priority.",
)
booking_confirmation = tg.Data(
    "Courier booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
coordinator_question = tg.Data(
    "Coordinator question", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
agent_answer = tg.Data("Agent answer", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
status_view = tg.Data("Shipment status view", kind="records", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("In transit", trust=tg.Trust.UNTRUSTED):
    # The logger travels inside each cold box, on public roads and through hospitals.
    logger = tm.add(
        tg.Device(
            "Cold box temperature logger",
            fleet=True,
            description="Cellular data logger fitted in each cold box; owned by the service.",
        )
    )
    # The courier's driver scans the box at pickup, each handover and delivery.
    driver = tm.add(tg.Actor("Courier driver", role="courier driver"))

with tm.boundary("Logger vendor", trust=tg.Trust.PARTNER):
    # Vendor cloud the loggers report to; it forwards readings to us.
    logger_cloud = tm.add(tg.ExternalService("Logger vendor platform"))

with tm.boundary("Courier company", trust=tg.Trust.PARTNER):
    # The contracted courier's platform: custody scans out, bookings in.
    courier_platform = tm.add(
        tg.ExternalService(
            "Courier company platform",
            description="Booking API and status webhooks of the contracted medical courier.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the SMS and pager messages to on-call coordinators.
    sms_gateway = tm.add(tg.ExternalService("SMS and paging gateway"))

with tm.boundary("LLM vendor (UK region)", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="NHS DTAC and DSPT review of the vendor")},
        )
    )

with tm.boundary("National transplant systems", trust=tg.Trust.INTERNAL):
    # Source of truth for which organ goes where.
    allocation = tm.add(
        tg.DataSource(
            "Organ allocation system",
            origin=tg.Origin.INTERNAL,
            provides={manifest},
        )
    )

with tm.boundary("Retrieval service cloud", trust=tg.Trust.INTERNAL):
    # Receives readings, custody events and manifests, and wakes the agent.
    event_api = tm.add(
        tg.Endpoint(
            "Shipment event API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="static API key per sending platform"),
                c.SchemaEnforcement(),
            },
        )
    )
    # Decides whether to alert and whether to rebook an onward leg.
    agent = tm.add(
        tg.Agent(
            "Cold box tracking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Wakes on each shipment event; alerts coordinators and books the "
            "onward courier leg itself so that no ischaemic time is lost.",
            controls={
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(retention_days=365),
                c.ImpactAssessment(
                    basis="UK GDPR Art. 6(1)(e) public task; Art. 9(2)(h) health care"
                ),
            },
        )
    )
    # Holds every shipment's manifest, readings and custody chain.
    tracking_db = tm.add(
        tg.DataStore(
            "Shipment tracking database",
            stores={shipment_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Lets the agent read a shipment's record.
    lookup_tool = tm.add(tg.Tool("Shipment lookup tool", capabilities={"read"}))
    # Sends alerts to coordinators through the messaging provider.
    alert_tool = tm.add(tg.Tool("Coordinator alert tool", capabilities={"send-messages"}))
    # Books an onward leg with the courier and records it on the shipment.
    booking_tool = tm.add(
        tg.Tool(
            "Onward transport booking tool",
            capabilities={"write", "network-egress"},
        )
    )
    # Where coordinators follow shipments and ask the agent questions.
    dashboard = tm.add(
        tg.Endpoint(
            "Coordinator dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="NHS CIS2 smartcard sign-in"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("NHS staff network", trust=tg.Trust.INTERNAL):
    # Transplant coordinators at the recipient and donor centres.
    coordinator = tm.add(tg.Actor("Transplant coordinator", role="transplant coordinator"))

# ---------------------------------------------------------------- flows
tm.flow(logger, logger_cloud, readings, protocol="mqtts", label="cellular upload")
tm.flow(logger_cloud, event_api, readings, protocol="https", label="temperature webhook")
tm.flow(driver, courier_platform, custody_events, protocol="https", label="courier app scans")
tm.flow(
    courier_platform, event_api, custody_events, protocol="https", label="courier status webhook"
)
tm.flow(allocation, event_api, manifest, protocol="https")

tm.flow(event_api, tracking_db, shipment_record)
tm.flow(event_api, agent, status_event, label="wake on excursion or delay")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, tracking_db, lookup_call)
tm.flow(tracking_db, lookup_tool, shipment_record)
tm.flow(lookup_tool, agent, lookup_result)

tm.flow(agent, alert_tool, alert)
tm.flow(alert_tool, sms_gateway, alert, protocol="https")
tm.flow(sms_gateway, coordinator, alert, protocol="sms")
tm.flow(alert_tool, tracking_db, alert, label="alert sent")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, courier_platform, courier_booking, protocol="https")
tm.flow(courier_platform, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, tracking_db, booking_confirmation, label="booking recorded")
tm.flow(booking_tool, agent, booking_confirmation)

tm.flow(coordinator, dashboard, coordinator_question, protocol="https")
tm.flow(dashboard, agent, coordinator_question)
tm.flow(agent, dashboard, agent_answer)
tm.flow(tracking_db, dashboard, status_view)
tm.flow(dashboard, coordinator, agent_answer, status_view, protocol="https")
