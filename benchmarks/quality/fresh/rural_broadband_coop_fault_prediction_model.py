"""Rural broadband co-op fault prediction: the first design, before any security review.

A community broadband cooperative runs fibre and copper lines to members' homes from
street cabinets. Members' routers report line telemetry to a collector every 15
minutes, and the collector polls the cabinets' line cards over SNMP. Both go into a
telemetry database on the co-op's rented server. A nightly feature job joins the
telemetry with a weather provider's forecast; a check-list service asks a fault model
which lines and cabinets are likely to fail and writes a ranked check list that the
volunteer engineers open in a web app from their phones. Engineers record what they
found, and those findings become the labels the co-op administrator retrains the
model on, with a joblib file kept in a model folder the service loads from.
Controls: per-router collector credentials, e-mail and password accounts on the
engineer app, 90-day telemetry retention and nightly backups of the fault log.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Rural broadband co-op fault prediction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicts line faults from router telemetry and weather and tells the "
    "volunteer engineers which cabinets and lines to check.",
)

# ---------------------------------------------------------------- data assets
router_telemetry = tg.Data(
    "Router line telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Sync rate, SNR margin, errored seconds and uptime per member line, "
    "keyed by router serial and line id.",
)
cabinet_stats = tg.Data(
    "Cabinet line card stats", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
weather = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Hourly rain, wind, frost and lightning forecasts for the co-op's area.",
)
line_register = tg.Data(
    "Member line register",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which member and address is on which line, port and cabinet.",
)
line_features = tg.Data("Line features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
fault_scores = tg.Data(
    "Fault risk scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
check_list = tg.Data(
    "Check list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ranked cabinets and lines to check, with member addresses.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
findings = tg.Data(
    "Engineer fault findings",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="What was found at each line or cabinet and what was fixed.",
)
fault_labels = tg.Data(
    "Fault labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_config = tg.Data(
    "Training run settings", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Fault model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Member premises", trust=tg.Trust.UNTRUSTED):
    # Co-op-supplied routers in members' homes; members can reset or replace them.
    routers = tm.add(tg.Device("Member routers", fleet=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers reach the engineer app from their own phones and laptops.
    engineer = tm.add(tg.Actor("Volunteer engineer", role="volunteer engineer"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # A commercial weather API on the co-op's free tier.
    weather_api = tm.add(
        tg.ExternalService("Weather API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Co-op access network", trust=tg.Trust.INTERNAL):
    # Line cards in the street cabinets, polled for port and error counters.
    cabinets = tm.add(tg.Device("Street cabinet line cards", fleet=True))

with tm.boundary("Co-op server", trust=tg.Trust.INTERNAL):
    # Receives router reports and polls the cabinets.
    collector = tm.add(
        tg.Service(
            "Telemetry collector",
            controls={
                tg.controls.Authentication(method="per-router ACS credentials set at install")
            },
        )
    )
    # Time-series database of router and cabinet telemetry.
    telemetry_db = tm.add(
        tg.DataStore(
            "Telemetry database",
            stores={router_telemetry, cabinet_stats},
            controls={tg.controls.RetentionLimits(days=90)},
        )
    )
    # The co-op's register of members' lines, kept by the membership secretary.
    register_db = tm.add(tg.DataStore("Member line register", stores={line_register}))
    # Nightly job turning telemetry and weather into per-line features.
    feature_job = tm.add(tg.Pipeline("Nightly feature job", stage=tg.Stage.PREPROCESSING))
    # Gradient-boosted classifier giving each line a chance of failing this week.
    fault_model = tm.add(tg.Model("Line fault model", task=tg.Task.CLASSIFIER, returns_scores=True))
    # Ranks the lines and cabinets and writes the day's check list.
    checklist_service = tm.add(tg.Service("Check-list service"))
    # Web app the volunteers open on their phones; on the server's public address.
    engineer_app = tm.add(
        tg.Endpoint(
            "Engineer web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Engineers' findings per visit: the ground truth for retraining.
    fault_log = tm.add(
        tg.DataStore(
            "Fault log",
            stores={findings},
            controls={tg.controls.DataVersioning(note="nightly backup to a second disk")},
        )
    )
    # Past features joined with the fault log's outcomes.
    training_set = tm.add(tg.Dataset("Fault history set", stores={line_features, fault_labels}))
    # Run by hand each month; pip-installs its packages when it starts.
    training = tm.add(
        tg.Pipeline("Retraining script", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # A folder of model files; the service loads the newest.
    model_folder = tm.add(tg.ModelRegistry("Model folder", stores={weights}))

with tm.boundary("Admin laptop", trust=tg.Trust.INTERNAL):
    # The volunteer who looks after the server and runs retraining.
    admin = tm.add(tg.Actor("Co-op administrator", role="systems volunteer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(routers, collector, router_telemetry, protocol="https", label="TR-069 periodic inform")
tm.flow(collector, cabinets, protocol="snmp", label="poll")
tm.flow(cabinets, collector, cabinet_stats, protocol="snmp")
tm.flow(collector, telemetry_db, router_telemetry, cabinet_stats)

tm.flow(telemetry_db, feature_job, router_telemetry, cabinet_stats)
tm.flow(weather_api, feature_job, weather, protocol="https")
tm.flow(feature_job, checklist_service, line_features)
tm.flow(checklist_service, fault_model, line_features)
tm.flow(fault_model, checklist_service, fault_scores)
tm.flow(register_db, checklist_service, line_register)
tm.flow(checklist_service, engineer_app, check_list)

tm.flow(engineer_app, engineer, check_list, protocol="https")
tm.flow(engineer, engineer_app, findings, protocol="https")
tm.flow(engineer_app, fault_log, findings)
tm.flow(fault_log, engineer_app, findings, label="line history")

tm.flow(feature_job, training_set, line_features)
tm.flow(fault_log, training_set, fault_labels, label="outcomes joined to features")
tm.flow(admin, training, training_config, protocol="ssh")
tm.flow(training_set, training, line_features, fault_labels)
tm.flow(training, model_folder, weights)
tm.flow(model_folder, fault_model, weights, label="load newest")
