"""Snow groomer fleet slope grading: the first design, before any security review.

An Alpine ski resort runs about twenty snow groomers. Each carries a cab unit (GNSS,
snow-depth radar, operator tablet) that sends telemetry over the resort LTE to an
ingest API in the resort's cloud account and receives the night's work orders. An
hourly pipeline joins the telemetry with a commercial weather forecast, and an in-house
classifier grades each piste's condition; a planner drafts the grooming plan and the
piste status. The slope operations supervisor approves both in an operations console
(resort SSO with MFA, roles) before work orders reach the cabs and the status reaches
the public piste map. Ski patrol log condition observations in the console as labels
for weekly retraining. Cab units use per-vehicle API keys; telemetry is encrypted at
rest; the registry versions models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Snow groomer fleet slope grading",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Grades piste conditions from groomer telemetry and weather forecasts, plans "
        "the night's grooming and publishes piste status to skiers after supervisor review."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Snow depth and GNSS telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Snow-depth radar readings, vehicle track, blade and tiller state.",
)
shift_records = tg.Data(
    "Operator shift records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Operator badge id, sign-in and sign-out times, vehicle assigned.",
)
work_orders = tg.Data(
    "Grooming work orders",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
slope_features = tg.Data(
    "Slope condition features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
observations = tg.Data(
    "Patrol condition observations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Slope grading model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
grades = tg.Data(
    "Piste condition grades",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
draft_plan = tg.Data("Draft grooming plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approval = tg.Data("Supervisor approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
piste_status = tg.Data(
    "Published piste status",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
status_request = tg.Data("Piste map request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Skiers read the piste map on the resort website and app.
    skier = tm.add(tg.Actor("Skier", role="guest"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial mountain forecast, pulled hourly.
    weather = tm.add(
        tg.ExternalService("Mountain weather forecast service", provides="data-provider")
    )

with tm.boundary("Mountain operations network", trust=tg.Trust.INTERNAL):
    # Drives the groomer and signs in on the cab tablet at the start of the shift.
    operator = tm.add(tg.Actor("Groomer operator", role="operator"))
    # One per vehicle: GNSS, snow-depth radar and the operator tablet, on resort LTE.
    cab_unit = tm.add(
        tg.Device(
            "Groomer cab unit",
            fleet=True,
            description="GNSS receiver, snow-depth radar and cab tablet on the resort LTE.",
        )
    )
    # Patrols the pistes and records what the snow is actually like.
    patrol = tm.add(tg.Actor("Ski patroller", role="ski patrol"))
    # Signs off grades and the grooming plan each evening.
    supervisor = tm.add(
        tg.Actor("Slope operations supervisor", role="operations supervisor", privileged=True)
    )

with tm.boundary("Resort cloud account", trust=tg.Trust.INTERNAL):
    # Receives telemetry from the cab units and hands them their work orders.
    ingest = tm.add(
        tg.Endpoint(
            "Fleet telemetry API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-vehicle API key"),
                c.InputValidation(),
            },
        )
    )
    # Raw telemetry and shift records for the season.
    telemetry_store = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={telemetry, shift_records},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where patrol logs observations and the supervisor reviews and approves the plan.
    console = tm.add(
        tg.Endpoint(
            "Operations console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="resort SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="slope operations supervisor"),
            },
        )
    )
    # Serves the approved piste status to the website and app.
    piste_api = tm.add(
        tg.Endpoint(
            "Public piste map API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=600)},
        )
    )

    with tm.boundary("Slope analytics", trust=tg.Trust.INTERNAL):
        # Joins telemetry per piste segment with the forecast.
        features_job = tm.add(
            tg.Pipeline(
                "Hourly slope feature pipeline",
                stage=tg.Stage.PREPROCESSING,
                third_party_packages=True,
            )
        )
        # Runs the grading model each evening and drafts the grooming plan.
        planner = tm.add(
            tg.Service(
                "Grooming planner",
                description="Grades every piste with the model and drafts the night's plan.",
            )
        )
        # Classifies each piste's condition.
        grading_model = tm.add(
            tg.Model(
                "Slope grading model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                description="Gradient-boosted trees over depth, grooming history and forecast.",
            )
        )
        # Features joined with patrol observations, by season.
        training_set = tm.add(
            tg.Dataset("Slope grading training set", stores={slope_features, observations})
        )
        # Weekly retraining during the season.
        training = tm.add(
            tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned model artifacts.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# Fleet
tm.flow(operator, cab_unit, shift_records, label="signs in on the cab touchscreen")
tm.flow(cab_unit, operator, work_orders, label="shown on the cab touchscreen")
tm.flow(cab_unit, ingest, telemetry, shift_records, protocol="https")
tm.flow(ingest, cab_unit, work_orders, protocol="https")
tm.flow(ingest, telemetry_store, telemetry, shift_records)

# Features and grading
tm.flow(telemetry_store, features_job, telemetry, label="hourly batch")
tm.flow(weather, features_job, forecast, protocol="https")
tm.flow(features_job, planner, slope_features)
tm.flow(planner, grading_model, slope_features)
tm.flow(grading_model, planner, grades)
tm.flow(planner, console, grades, draft_plan)

# Review and publication
tm.flow(console, supervisor, grades, draft_plan, protocol="https")
tm.flow(supervisor, console, approval, protocol="https")
tm.flow(console, ingest, work_orders, label="approved plan")
tm.flow(console, piste_api, piste_status, label="approved status")
tm.flow(skier, piste_api, status_request, protocol="https")
tm.flow(piste_api, skier, piste_status, protocol="https")

# Labels and retraining
tm.flow(patrol, console, observations, protocol="https")
tm.flow(console, training_set, observations)
tm.flow(features_job, training_set, slope_features)
tm.flow(training_set, training, slope_features, observations)
tm.flow(training, registry, model_artifact)
tm.flow(registry, grading_model, model_artifact, label="deploy")
