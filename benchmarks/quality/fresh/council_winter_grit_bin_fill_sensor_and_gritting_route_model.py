"""Winter grit bin sensors and gritting route model: the first design, before review.

The county council fits its roadside grit bins with battery fill-level sensors
that report over a LoRaWAN network a telecoms operator runs; the operator's
network server forwards decoded uplinks to the council's ingestion service by an
HTTP integration with a static API key. Road temperature forecasts come from a
road weather vendor, and residents report empty bins and icy roads on the
council's "report it" web form. An in-house model ranks bins and road sections
by priority; a planning service turns the ranking into refill runs and gritting
routes on the road network map. The winter duty officer reviews and approves
each plan on the winter maintenance dashboard (council SSO with MFA); approved
routes go to the lorries' in-cab units and refill runs to the depot supervisor.
Controls: LoRaWAN AES encryption and integrity codes, TLS, form input checks,
dashboard role-based access, and the duty officer's approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Winter grit bin sensors and gritting route model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Sensor-fed planning of grit bin refills and gritting lorry routes, "
    "approved by the winter duty officer.",
)

# ---------------------------------------------------------------- data assets
fill_readings = tg.Data(
    "Grit bin fill-level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
    description="Bin id, fill percentage, battery level and timestamp.",
)
temp_forecast = tg.Data(
    "Road temperature forecast",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed forecast road surface temperatures per route section.",
)
resident_report = tg.Data(
    "Resident report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, location and description of an empty bin or icy road.",
)
report_ack = tg.Data("Report acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
report_locations = tg.Data(
    "Report locations and categories",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
)
planning_features = tg.Data(
    "Planning features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Fill levels, forecast temperatures and report counts per bin and section.",
)
priority_scores = tg.Data(
    "Bin and road section priorities", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
road_map = tg.Data(
    "Road network and gritting route map",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
draft_plan = tg.Data(
    "Draft refill and gritting plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
plan_decision = tg.Data("Plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
gritting_routes = tg.Data(
    "Approved gritting routes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
refill_runs = tg.Data("Approved refill runs", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Roadside", trust=tg.Trust.UNTRUSTED):
    # Battery fill-level sensor in the lid of each grit bin.
    sensor = tm.add(tg.Device("Grit bin fill sensor", fleet=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public reporting empty bins or icy roads.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("LoRaWAN operator", trust=tg.Trust.PARTNER):
    # The operator's network server: deduplicates and decodes uplinks.
    network_server = tm.add(tg.ExternalService("LoRaWAN network server"))

with tm.boundary("Road weather vendor", trust=tg.Trust.PARTNER):
    # Forecast road surface temperatures, bought under licence.
    forecast_feed = tm.add(
        tg.DataSource(
            "Road weather forecast feed", origin=tg.Origin.VENDOR, provides={temp_forecast}
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives uplinks from the operator and stores readings.
    ingestion = tm.add(
        tg.Service(
            "Sensor ingestion service",
            controls={c.Authentication(method="static API key in the integration header")},
        )
    )
    # Time series of readings per bin.
    fill_store = tm.add(tg.DataStore("Fill level store", stores={fill_readings}))
    # Public "report it" form on the council website.
    report_form = tm.add(
        tg.Endpoint(
            "Report it web form", purpose=tg.EndpointPurpose.API, controls={c.InputValidation()}
        )
    )
    # Residents' reports, worked by the highways customer team.
    report_store = tm.add(
        tg.DataStore(
            "Resident report store",
            stores={resident_report},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reference map of roads, bins, depots and treatment routes.
    map_store = tm.add(tg.DataStore("Road network map", stores={road_map}))
    # In-house model that ranks bins and road sections for the next shift.
    priority_model = tm.add(
        tg.Model(
            "Winter priority model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
        )
    )
    # Builds the plan from the ranking; nothing leaves it until approved.
    planner = tm.add(
        tg.Service(
            "Route and refill planning service",
            controls={
                c.HumanInTheLoop(
                    approver="winter duty officer",
                    note="every plan is approved on the dashboard before issue",
                )
            },
        )
    )
    # Where the duty officer reviews, edits and approves the plan.
    dashboard = tm.add(
        tg.Service(
            "Winter maintenance dashboard",
            controls={
                c.Authentication(method="council Entra ID single sign-on with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Decides each evening's treatment and signs off the plan.
    duty_officer = tm.add(tg.Actor("Winter duty officer", role="highways duty officer"))

with tm.boundary("Depot and fleet", trust=tg.Trust.INTERNAL):
    # Organises the refill crews from the issued run list.
    depot_supervisor = tm.add(tg.Actor("Depot supervisor", role="depot staff"))
    # In-cab route units in the gritting lorries, on mobile data.
    cab_unit = tm.add(tg.Device("Gritting lorry in-cab unit", fleet=True))

# ---------------------------------------------------------------- flows
# sensor readings
tm.flow(
    sensor,
    network_server,
    fill_readings,
    protocol="lorawan",
    controls={
        c.EncryptionInTransit(protocol="LoRaWAN AES-128 application session key"),
        c.MessageIntegrity(note="LoRaWAN message integrity code"),
    },
)
tm.flow(network_server, ingestion, fill_readings, protocol="https", label="uplink HTTP integration")
tm.flow(ingestion, fill_store, fill_readings)

# forecasts and residents' reports
tm.flow(forecast_feed, planner, temp_forecast, protocol="https", label="hourly forecast pull")
tm.flow(resident, report_form, resident_report, protocol="https")
tm.flow(report_form, resident, report_ack, protocol="https")
tm.flow(report_form, report_store, resident_report)
tm.flow(report_store, planner, report_locations)

# planning
tm.flow(fill_store, planner, fill_readings)
tm.flow(map_store, planner, road_map)
tm.flow(planner, priority_model, planning_features)
tm.flow(priority_model, planner, priority_scores)
tm.flow(planner, dashboard, draft_plan, priority_scores)
tm.flow(dashboard, duty_officer, draft_plan, protocol="https")
tm.flow(duty_officer, dashboard, plan_decision, protocol="https", label="approves or edits")
tm.flow(dashboard, planner, plan_decision)

# issuing the approved plan
tm.flow(planner, cab_unit, gritting_routes, protocol="https", label="over mobile data")
tm.flow(planner, dashboard, refill_runs, label="issued refill runs")
tm.flow(dashboard, depot_supervisor, refill_runs, protocol="https")
