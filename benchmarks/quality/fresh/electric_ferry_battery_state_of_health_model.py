"""Electric ferry battery state-of-health model: the first design, before any security review.

We run a fleet of battery-electric car ferries on short fjord crossings. On each
vessel a data logger reads the battery management system (BMS) over the CAN bus
and, after each crossing, uploads that crossing's cell telemetry over 4G to an
ingestion API in our cloud account (each vessel has its own API key). An ingestion
pipeline checks the upload against a schema and stores it in the telemetry store,
along with the capacity test reports the battery maker puts on our SFTP drop. An
in-house regression model estimates each string's state of health. A planner turns
the estimates into charging profiles, which it sends straight to the port's shore
charger system, and into cell maintenance work orders, which a fleet battery
engineer approves on a dashboard behind company SSO before they go to the
maintenance system. A nightly job sends a warranty data package to the battery
maker over SFTP. The BMS enforces its own cell limits whatever profile is asked for.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Electric ferry battery state-of-health model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Estimates ferry battery state of health from BMS telemetry after each crossing "
        "and plans charging and cell maintenance; shared with the battery maker under warranty."
    ),
)

# ---------------------------------------------------------------- data assets
bms_telemetry = tg.Data(
    "BMS cell telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Cell voltages, temperatures, string currents and state of charge for one crossing.",
)
telemetry_history = tg.Data(
    "Battery telemetry history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
capacity_tests = tg.Data(
    "Cell capacity test results",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Measured capacity from the maker's module tests and our annual onboard tests.",
)
health_features = tg.Data(
    "Battery health features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
soh_model_file = tg.Data(
    "SoH model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
soh_estimates = tg.Data(
    "State-of-health estimates",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
charging_profile = tg.Data(
    "Charging profile",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Target state-of-charge window and maximum charge current per vessel.",
)
charge_sessions = tg.Data("Charge session records", kind="records")
maintenance_plan = tg.Data(
    "Charging and maintenance plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
plan_approval = tg.Data("Maintenance plan approval", kind="records")
work_orders = tg.Data("Cell maintenance work orders", kind="records")
maintenance_history = tg.Data("Cell maintenance history", kind="records")
warranty_package = tg.Data(
    "Warranty data package",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Operating history, telemetry summaries and SoH estimates per battery string.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Ferry vessel OT network", trust=tg.Trust.INTERNAL):
    # The battery maker's BMS on each vessel: the source of every measurement.
    bms = tm.add(
        tg.Device(
            "Vessel battery management system (BMS)",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="the BMS enforces cell voltage, current and temperature limits "
                    "and opens the string contactors, whatever charging profile is requested"
                )
            },
        )
    )
    # Onboard logger that buffers a crossing's telemetry and uploads it in port.
    logger = tm.add(tg.Device("Onboard battery data logger", fleet=True))

with tm.boundary("Operator cloud account", trust=tg.Trust.INTERNAL):
    # Receives the per-crossing uploads from every vessel over the public 4G network.
    ingest_api = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-vessel API key")},
        )
    )
    # Validates uploads and test reports and writes them to the telemetry store.
    ingest_pipeline = tm.add(
        tg.Pipeline(
            "Telemetry ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # Time-series history of every string, plus capacity test results and past estimates.
    telemetry_store = tm.add(
        tg.DataStore(
            "Battery telemetry store",
            stores={telemetry_history, capacity_tests, soh_estimates},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Retrains the SoH model monthly on telemetry labelled with measured capacity.
    training = tm.add(
        tg.Pipeline(
            "SoH model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(
                    note="backtested against the latest capacity tests before it is registered"
                )
            },
        )
    )
    # Holds the versions of the SoH model.
    registry = tm.add(
        tg.ModelRegistry(
            "SoH model registry", stores={soh_model_file}, controls={c.ModelVersioning()}
        )
    )
    # Gradient-boosted regressor estimating remaining capacity per battery string.
    soh_model = tm.add(
        tg.Model(
            "Battery state-of-health model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Estimates each string's state of health after every crossing.",
        )
    )
    # Turns estimates into charging profiles and maintenance work orders.
    planner = tm.add(
        tg.Service(
            "Charging and maintenance planner",
            description="Plans charging windows and cell maintenance from the SoH estimates.",
            controls={
                c.HumanInTheLoop(
                    approver="fleet battery engineer",
                    note="cell maintenance work orders only; charging profiles are sent "
                    "to the shore charger automatically after each crossing",
                )
            },
        )
    )
    # Where engineers see estimates and approve maintenance plans.
    dashboard = tm.add(
        tg.Service(
            "Battery health dashboard",
            controls={c.Authentication(method="company SSO (OIDC) with MFA"), c.RBAC()},
        )
    )
    # Packages warranty data for the battery maker once a night.
    warranty_job = tm.add(tg.Service("Nightly warranty export job"))

with tm.boundary("Operator office network", trust=tg.Trust.INTERNAL):
    # Reviews battery health and approves cell maintenance.
    engineer = tm.add(tg.Actor("Fleet battery engineer", role="marine engineer"))
    # The company's existing maintenance management system, where technicians get work orders.
    cmms = tm.add(tg.Service("Maintenance management system"))

with tm.boundary("Port charging infrastructure", trust=tg.Trust.PARTNER):
    # The port operator's shore charger back end, which takes our charging profiles.
    shore_charger = tm.add(
        tg.ExternalService("Shore charger management system", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Battery maker", trust=tg.Trust.PARTNER):
    # The maker's warranty system: receives our data, returns capacity test reports.
    maker = tm.add(
        tg.ExternalService(
            "Battery maker warranty system", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(bms, logger, bms_telemetry, protocol="canbus")
tm.flow(
    logger,
    ingest_api,
    bms_telemetry,
    protocol="https",
    label="uploaded after each crossing over 4G",
)
tm.flow(ingest_api, ingest_pipeline, bms_telemetry)
tm.flow(
    maker, ingest_pipeline, capacity_tests, protocol="sftp", label="test reports on the SFTP drop"
)
tm.flow(ingest_pipeline, telemetry_store, telemetry_history, capacity_tests)

tm.flow(telemetry_store, training, telemetry_history, capacity_tests)
tm.flow(training, registry, soh_model_file)
tm.flow(registry, soh_model, soh_model_file, label="deploy")

tm.flow(telemetry_store, soh_model, health_features)
tm.flow(soh_model, planner, soh_estimates)
tm.flow(planner, telemetry_store, soh_estimates, label="estimate history")

tm.flow(planner, shore_charger, charging_profile, protocol="https")
tm.flow(shore_charger, planner, charge_sessions, protocol="https")

tm.flow(planner, dashboard, maintenance_plan, soh_estimates)
tm.flow(dashboard, engineer, maintenance_plan, soh_estimates, protocol="https")
tm.flow(engineer, dashboard, plan_approval, protocol="https")
tm.flow(dashboard, planner, plan_approval)
tm.flow(planner, cmms, work_orders, protocol="https")
tm.flow(cmms, planner, maintenance_history, protocol="https")

tm.flow(telemetry_store, warranty_job, telemetry_history, soh_estimates, label="nightly export")
tm.flow(warranty_job, maker, warranty_package, protocol="sftp")
