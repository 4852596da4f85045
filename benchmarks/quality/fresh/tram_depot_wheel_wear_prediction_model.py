"""Wheel wear prediction: the first design of a city tram operator's depot model.

Two wayside laser gantries at the depot entrances measure every wheel of every tram
that passes: flange height and thickness, qR and diameter. The gantry computer pushes
each pass to the analytics platform; the fleet telematics vendor's platform supplies
daily odometry per tram; the underfloor wheel lathe exports its before and after
profiles. An ingestion pipeline joins them into a wheelset wear history. An in-house
regression model forecasts when each wheelset reaches its turning and scrapping
limits, and a scheduling service fits the turning jobs onto the lathe around the
trams the timetable needs. Maintenance planners review and approve the plan on a
dashboard, and approved jobs become work orders in the maintenance management
system for the lathe operators. Controls: corporate single sign-on on the dashboard,
schema checks on ingest, a hard flange-limit rule that books any over-limit wheelset
whatever the forecast, planner approval of the plan, and versioned model releases.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tram depot wheel wear prediction",
    profile=tg.RiskProfile.HIGH,
    description="Forecasts wheel and flange wear and schedules trams for wheel lathe turning.",
)

# ---------------------------------------------------------------- data assets
gantry_measurements = tg.Data(
    "Wheel profile measurements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per pass: tram, axle, wheel, flange height and thickness, qR, diameter.",
)
odometry = tg.Data(
    "Daily odometry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Kilometres run per tram per day from the onboard telematics.",
)
lathe_profiles = tg.Data(
    "Lathe before and after profiles",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
wear_history = tg.Data(
    "Wheelset wear history",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
wear_forecast = tg.Data(
    "Wear forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted days and kilometres until each wheelset reaches its limits.",
)
fleet_allocation = tg.Data(
    "Fleet allocation plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which trams the timetable needs in service each day.",
)
turning_plan = tg.Data("Proposed turning plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
plan_approval = tg.Data(
    "Turning plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
work_order = tg.Data("Lathe work order", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_code = tg.Data("Training code and configuration", kind="code")
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Wear model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Depot OT network", trust=tg.Trust.INTERNAL):
    # Laser wheel measurement gantries at both depot entrances, with their vendor computer.
    gantry = tm.add(
        tg.Device("Wayside wheel measurement gantry", description="Two gantries, one per entrance.")
    )
    # Underfloor wheel lathe; measures each wheelset before and after turning.
    lathe = tm.add(tg.Device("Underfloor wheel lathe", fleet=False))

with tm.boundary("Telematics vendor", trust=tg.Trust.PARTNER):
    # The onboard telematics supplier's platform, our only source of odometry.
    telematics = tm.add(
        tg.DataSource(
            "Fleet telematics platform",
            origin=tg.Origin.VENDOR,
            provides={odometry},
        )
    )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Joins gantry passes, odometry and lathe records per wheelset.
    ingestion = tm.add(
        tg.Pipeline(
            "Measurement ingestion",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="rejects passes with missing axles or out-of-range values")
            },
        )
    )
    # Time series of every wheelset's profile and mileage since its last turning.
    history = tm.add(
        tg.FeatureStore(
            "Wheelset wear history store",
            stores={wear_history},
            online=False,
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # In-house regression of wear rate; drives safety-relevant maintenance timing.
    wear_model = tm.add(
        tg.Model(
            "Wheel wear prediction model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regression of flange and tread wear per kilometre.",
        )
    )
    # Fits turning jobs onto lathe capacity around the trams the timetable needs.
    scheduler = tm.add(
        tg.Service(
            "Lathe scheduling service",
            controls={
                c.PolicyEnforcement(
                    rules="any wheelset measured beyond the flange thickness or height limit "
                    "is booked for turning within 24 hours, whatever the forecast"
                ),
                c.HumanInTheLoop(approver="depot maintenance planner"),
            },
        )
    )
    # Planners' view of forecasts and the proposed plan.
    dashboard = tm.add(
        tg.Endpoint(
            "Wheel wear dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate single sign-on (OIDC)")},
        )
    )
    # Monthly retraining on the wear history.
    training = tm.add(
        tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # MLflow registry holding the released model versions.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Existing maintenance management system where work orders live.
    eam = tm.add(tg.Service("Maintenance management system"))
    # Existing rostering system: which trams go out each day.
    rostering = tm.add(
        tg.DataSource(
            "Fleet rostering system", origin=tg.Origin.INTERNAL, provides={fleet_allocation}
        )
    )
    # Reviews forecasts and approves the turning plan.
    planner = tm.add(tg.Actor("Depot maintenance planner", role="maintenance planner"))
    # Builds and releases the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

with tm.boundary("Depot workshop", trust=tg.Trust.INTERNAL):
    # Runs the lathe from the work orders.
    lathe_operator = tm.add(tg.Actor("Lathe operator", role="depot technician"))

# ---------------------------------------------------------------- flows
# measurements in
tm.flow(gantry, ingestion, gantry_measurements, protocol="sftp", label="each pass")
tm.flow(telematics, ingestion, odometry, protocol="https", label="daily pull")
tm.flow(lathe, ingestion, lathe_profiles, protocol="smb", label="CSV export to file share")
tm.flow(ingestion, history, wear_history)

# forecasting and scheduling
tm.flow(history, wear_model, wear_history)
tm.flow(wear_model, scheduler, wear_forecast)
tm.flow(history, scheduler, wear_history, label="latest measured profiles")
tm.flow(rostering, scheduler, fleet_allocation, protocol="https")
tm.flow(scheduler, dashboard, wear_forecast, turning_plan)
tm.flow(dashboard, planner, wear_forecast, turning_plan, protocol="https")
tm.flow(planner, dashboard, plan_approval, protocol="https")
tm.flow(dashboard, scheduler, plan_approval)
tm.flow(scheduler, eam, work_order, protocol="https", label="creates work orders")
tm.flow(eam, lathe_operator, work_order, protocol="https")
tm.flow(lathe_operator, lathe, work_order, label="entered on the panel")

# retraining
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(history, training, wear_history)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, release_approval, protocol="https", label="approves release")
tm.flow(registry, wear_model, weights, label="deploy")
