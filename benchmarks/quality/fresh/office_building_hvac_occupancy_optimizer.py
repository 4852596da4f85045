"""Office building HVAC occupancy optimiser: first design.

Our head-office building in Amsterdam heats and cools floors by predicted use
rather than a fixed timetable. An ingestion pipeline in our cloud account collects
badge swipes from the access-control system, Wi-Fi association events from the
wireless controller and room bookings from the hosted calendar, and turns them
into per-floor occupancy features. A regression model, retrained weekly, predicts
occupancy per floor for the next hours; an optimiser turns the forecast into zone
setpoints that an edge gateway in the building writes to the building management
system over BACnet. Facilities staff watch and override setpoints from a dashboard;
tenants see their floor's comfort settings in a mobile app.
Controls in this design: MAC addresses hashed and badge IDs dropped at ingestion,
SSO with MFA and roles on the dashboard, tenant app sign-in, TLS between building
and cloud, versioned models in the registry and setpoint clamps in the BMS.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Office HVAC occupancy optimiser",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Predicts per-floor occupancy from badge, Wi-Fi and booking data and writes "
        "HVAC setpoints to the building management system."
    ),
)

# ---------------------------------------------------------------- data assets
badge_events = tg.Data(
    "Badge swipe events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Badge ID, reader, floor and time of each swipe.",
)
wifi_events = tg.Data(
    "Wi-Fi association events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Device MAC address, access point and time.",
)
bookings = tg.Data(
    "Meeting room bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Room, time, organiser and attendee count.",
)
telemetry = tg.Data(
    "Zone temperature and equipment telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
features = tg.Data(
    "Per-floor occupancy features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Counts per floor per 15 minutes, with hashed device identifiers.",
)
weights = tg.Data("Occupancy model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
forecast = tg.Data("Occupancy forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
setpoints = tg.Data(
    "Zone setpoint schedule",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
override = tg.Data("Setpoint override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
dashboard_view = tg.Data(
    "Building operations view", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
comfort = tg.Data("Floor comfort settings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
tenant_request = tg.Data("Tenant app request", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Employees of the tenant companies, using the building app on their phones.
    tenant = tm.add(tg.Actor("Tenant occupant", role="tenant"))

with tm.boundary("Calendar SaaS", trust=tg.Trust.PARTNER):
    # Hosted calendar holding the meeting room bookings.
    calendar = tm.add(
        tg.DataSource("Room booking calendar", origin=tg.Origin.VENDOR, provides={bookings})
    )

with tm.boundary("Building network", trust=tg.Trust.INTERNAL):
    # Access-control system that records every badge swipe at turnstiles and floor doors.
    badge_system = tm.add(
        tg.DataSource("Badge access system", origin=tg.Origin.INTERNAL, provides={badge_events})
    )
    # Wireless LAN controller that reports which devices join which access point.
    wifi_controller = tm.add(
        tg.DataSource("Wi-Fi controller", origin=tg.Origin.INTERNAL, provides={wifi_events})
    )
    # Small server in the plant room: bridges the cloud to the BMS.
    edge_gateway = tm.add(
        tg.Service(
            "Edge gateway",
            description="Pulls setpoint schedules from the cloud and writes them as BACnet points.",
        )
    )

    with tm.boundary("Building OT network", trust=tg.Trust.INTERNAL):
        # Vendor BMS supervising the air handlers, chillers and zone controllers.
        bms = tm.add(
            tg.Service(
                "Building management system",
                controls={
                    c.SafetyLimits(limits="BMS clamps zone setpoints to 19-26 °C"),
                },
            )
        )
        # The plant itself: air handling units, chillers and boilers.
        hvac = tm.add(
            tg.Device(
                "Air handling units and chillers",
                description="AHU fans, chillers, boilers and VAV dampers on each floor.",
            )
        )

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Collects the three occupancy signals and builds per-floor features.
    ingestion = tm.add(
        tg.Pipeline(
            "Occupancy ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.DataMinimization(note="MACs hashed, badge IDs dropped after counting")},
        )
    )
    # Time-series store of features, also the training history.
    feature_store = tm.add(
        tg.FeatureStore(
            "Occupancy feature store",
            stores={features, telemetry},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Weekly retraining of the occupancy model.
    training = tm.add(
        tg.Pipeline(
            "Weekly occupancy retraining", stage=tg.Stage.TRAINING, third_party_packages=True
        )
    )
    # Holds model versions; the optimiser loads the latest approved one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Gradient-boosted regressor predicting headcount per floor per 15 minutes.
    occupancy_model = tm.add(
        tg.Model(
            "Occupancy prediction model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE
        )
    )
    # Turns forecasts and telemetry into setpoint schedules; applies staff overrides.
    optimiser = tm.add(tg.Service("Setpoint optimiser"))
    # Web dashboard for facilities staff.
    dashboard = tm.add(
        tg.Endpoint(
            "Facilities dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Backend of the tenant comfort app.
    tenant_api = tm.add(
        tg.Endpoint(
            "Tenant app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Facilities team who run the building and can override the optimiser.
    facilities = tm.add(tg.Actor("Facilities staff", role="facilities operator", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(badge_system, ingestion, badge_events, protocol="https")
tm.flow(wifi_controller, ingestion, wifi_events, protocol="https")
tm.flow(calendar, ingestion, bookings, protocol="https", label="calendar API poll")
tm.flow(edge_gateway, ingestion, telemetry, protocol="https")
tm.flow(ingestion, feature_store, features, telemetry)

tm.flow(feature_store, training, features)
tm.flow(training, registry, weights)
tm.flow(registry, occupancy_model, weights, label="load latest version")
tm.flow(feature_store, occupancy_model, features)
tm.flow(occupancy_model, optimiser, forecast)
tm.flow(feature_store, optimiser, telemetry)

tm.flow(optimiser, edge_gateway, setpoints, protocol="https", label="gateway pulls schedule")
tm.flow(edge_gateway, bms, setpoints, protocol="bacnet")
tm.flow(bms, edge_gateway, telemetry, protocol="bacnet")
tm.flow(bms, hvac, setpoints, protocol="bacnet")
tm.flow(hvac, bms, telemetry, protocol="bacnet")

tm.flow(facilities, dashboard, override, protocol="https")
tm.flow(dashboard, facilities, dashboard_view, protocol="https")
tm.flow(dashboard, optimiser, override)
tm.flow(optimiser, dashboard, dashboard_view, forecast)

tm.flow(tenant, tenant_api, tenant_request, protocol="https")
tm.flow(tenant_api, tenant, comfort, protocol="https")
tm.flow(optimiser, tenant_api, comfort)
