"""Bottle bank fill-level collection: the first design, before any security review.

The district council fits fill-level sensors to its bottle banks and recycling bins.
They report over a telecoms partner's LoRaWAN network, whose network server forwards
each uplink by webhook to an ingestion service in the council's cloud tenancy. Each
morning a dispatch service asks an in-house forecast model when each bank will be
full, sends the banks due to a vendor's cloud route planner and pushes the routes to
in-cab tablets, where drivers confirm each emptying; a weekly job retrains the model.
Residents report full or damaged banks, with photos, through the council website;
waste operations officers review reports and adjust routes on the dispatch dashboard.
Controls: LoRaWAN payload encryption and integrity, an API key on the uplink webhook,
staff SSO with MFA and roles, driver PINs, upload checks and rate limits on the form,
encryption at rest of council stores, and a procurement review of the route vendor.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Bottle bank fill-level collection",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Sensor-driven fill forecasts and daily collection routes for council bottle banks.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Fill-level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sensor id, fill percentage, temperature, tilt alarm and battery level.",
)
bank_sites = tg.Data(
    "Bank sites",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Location, container type and capacity of every bank.",
)
forecast = tg.Data("Fill forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
collection_list = tg.Data(
    "Collection list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Banks due today with locations, plus lorries, depots and shift times.",
)
route_plan = tg.Data(
    "Daily route plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ordered stops per lorry, with the crew assigned to each round.",
)
confirmations = tg.Data(
    "Emptying confirmations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bank emptied or skipped, with driver id, time and GPS position.",
)
resident_report = tg.Data(
    "Resident report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bank location, problem, resident's name and e-mail address.",
)
report_photo = tg.Data(
    "Report photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo of the bank; may show passers-by, faces or number plates.",
)
report_reference = tg.Data("Report reference", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
route_changes = tg.Data("Route adjustments", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast_model = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Streets", trust=tg.Trust.UNTRUSTED):
    # Battery sensors bolted inside banks on public land: anyone can reach them.
    sensor = tm.add(
        tg.Device(
            "Fill-level sensor",
            fleet=True,
            description="Ultrasonic sensor with a LoRaWAN radio, about 400 of them.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public reporting full, overflowing or damaged banks.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("Collection lorries", trust=tg.Trust.UNTRUSTED):
    # Council-owned tablets, enrolled in device management, used on mobile data.
    tablet = tm.add(
        tg.Device("In-cab tablet", fleet=True, description="Android tablet running the driver app.")
    )
    # The driver follows the route and confirms each emptying.
    driver = tm.add(tg.Actor("Collection driver", role="driver"))

with tm.boundary("Telecoms partner", trust=tg.Trust.PARTNER):
    # The partner's LoRaWAN network server: joins sensors and forwards their uplinks.
    lns = tm.add(
        tg.ExternalService(
            "LoRaWAN network server",
            description="Runs the gateways and network server; forwards uplinks by webhook.",
        )
    )

with tm.boundary("Route planning vendor", trust=tg.Trust.PARTNER):
    # The vendor's SaaS vehicle-routing optimiser that turns the day's list into rounds.
    planner = tm.add(
        tg.ExternalService(
            "Route planner",
            description="Vendor cloud service that optimises rounds for capacity and shift times.",
            controls={
                tg.controls.SupplierAssessment(note="council procurement security questionnaire")
            },
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives the partner's uplink webhook and stores decoded readings.
    ingestion = tm.add(
        tg.Service(
            "Sensor ingestion service",
            controls={
                tg.controls.Authentication(method="shared API key in the partner's webhook header")
            },
        )
    )
    # History of every reading and emptying, and the list of bank sites.
    readings_store = tm.add(
        tg.DataStore(
            "Readings database",
            stores={readings, bank_sites, confirmations},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Predicts, per bank, the day it will pass 80% full.
    model = tm.add(
        tg.Model(
            "Fill forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor over recent fill rates, season and events.",
        )
    )
    # Weekly retraining from readings and confirmed emptyings.
    retraining = tm.add(
        tg.Pipeline(
            "Weekly forecast retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Morning planning run, ops dashboard and the back end of the driver app.
    dispatch = tm.add(
        tg.Service(
            "Collections dispatch service",
            description="Builds the day's list, calls the planner, serves the ops dashboard.",
            controls={
                tg.controls.Authentication(method="council Entra ID single sign-on with MFA"),
                tg.controls.RBAC(note="ops officer and supervisor roles"),
            },
        )
    )
    # API the tablets call for routes and to post confirmations.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="driver number and 4-digit PIN")},
        )
    )

with tm.boundary("Council web platform", trust=tg.Trust.INTERNAL):
    # Public "report a problem" form on the council website.
    report_form = tm.add(
        tg.Endpoint(
            "Report a bank form",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.InputValidation(note="image type and 10 MB size checks on uploads"),
                tg.controls.RateLimiting(requests_per_minute=10),
            },
        )
    )
    # Case records of resident reports with their photos.
    reports_store = tm.add(
        tg.DataStore(
            "Resident reports store",
            stores={resident_report, report_photo},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Staff who review reports and adjust the day's routes.
    officer = tm.add(tg.Actor("Waste operations officer", role="operations staff"))

# ---------------------------------------------------------------- flows
# Sensor readings in
tm.flow(
    sensor,
    lns,
    readings,
    protocol="lorawan",
    controls={
        tg.controls.EncryptionInTransit(protocol="LoRaWAN AES-128 payload encryption"),
        tg.controls.MessageIntegrity(note="LoRaWAN message integrity code"),
    },
)
tm.flow(lns, ingestion, readings, protocol="https", label="uplink webhook")
tm.flow(ingestion, readings_store, readings)

# Morning forecast and route planning
tm.flow(readings_store, dispatch, readings, bank_sites)
tm.flow(dispatch, model, readings, label="features for each bank")
tm.flow(model, dispatch, forecast)
tm.flow(dispatch, planner, collection_list, protocol="https")
tm.flow(planner, dispatch, route_plan, protocol="https")

# Drivers
tm.flow(dispatch, driver_api, route_plan)
tm.flow(driver_api, tablet, route_plan, protocol="https")
tm.flow(tablet, driver, route_plan, label="shown on the touchscreen")
tm.flow(driver, tablet, confirmations, label="taps on the touchscreen")
tm.flow(tablet, driver_api, confirmations, protocol="https")
tm.flow(driver_api, dispatch, confirmations)
tm.flow(dispatch, readings_store, confirmations)

# Retraining
tm.flow(readings_store, retraining, readings, confirmations)
tm.flow(retraining, model, forecast_model, label="weekly deploy")

# Resident reports
tm.flow(resident, report_form, resident_report, report_photo, protocol="https")
tm.flow(report_form, resident, report_reference, protocol="https")
tm.flow(report_form, reports_store, resident_report, report_photo)
tm.flow(reports_store, dispatch, resident_report, report_photo)

# Operations staff
tm.flow(dispatch, officer, forecast, route_plan, resident_report, report_photo, protocol="https")
tm.flow(officer, dispatch, route_changes, protocol="https")
