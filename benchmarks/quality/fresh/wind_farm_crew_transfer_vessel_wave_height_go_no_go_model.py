"""Crew transfer vessel go/no-go model: the first design, before any security review.

Our offshore wind O&M team sends technicians to the turbines on chartered crew
transfer vessels (CTVs). Every six hours a scoring service takes the site wave
buoy's measurements, the met-ocean vendor's wave forecast and the vessels' recorded
motions, and a classifier gives a go/no-go recommendation, with a probability, for
each vessel and transfer window of the next shift. Marine coordinators see it on a
web dashboard in the marine coordination centre; the skippers see the shift plan on
a tablet on board and file a report after each transfer, which becomes training
data for the quarterly retrain. The recommendation is advisory: the coordinator
plans the shift and the skipper has the final say at the boat landing. Everything
runs in our O&M cloud tenancy; the dashboard has a public address so that vessel
tablets can reach it over 4G. Controls in this design: TLS on the links, SSO with
MFA for coordinators, a per-vessel account for the tablets, schema checks on
ingestion, encryption at rest and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "CTV wave height go/no-go model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Advisory go/no-go for crew transfers to offshore turbines from waves and vessel motion.",
)

# ---------------------------------------------------------------- data assets
buoy_readings = tg.Data(
    "Wave buoy measurements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Significant wave height, peak period and direction, every 30 minutes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
motion_records = tg.Data(
    "Vessel motion records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Heave, pitch and roll logged on board, per transfer.",
)
forecast_request = tg.Data("Forecast request", sensitivity=tg.Sensitivity.INTERNAL)
wave_forecast = tg.Data(
    "Met-ocean wave forecast",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed 72-hour wave and wind forecast for the site.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
transfer_features = tg.Data(
    "Transfer window features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
recommendation = tg.Data(
    "Go/no-go recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Go/no-go and probability per vessel, turbine and window.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
shift_plan = tg.Data(
    "Shift transfer plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Vessels, turbines, windows and the technicians on board for the shift.",
)
transfer_reports = tg.Data(
    "Skipper transfer reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Outcome of each transfer (done, aborted, slip) with the skipper's name and notes.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
model_artifact = tg.Data("Go/no-go model artifact", format="pickle", sensitivity="confidential")
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Offshore site",
    trust=tg.Trust.UNTRUSTED,
    description="Unattended equipment at sea, on public cellular links.",
):
    # The wave buoy moored inside the wind farm: the measured sea state at the site.
    buoy = tm.add(
        tg.Device(
            "Site wave buoy", fleet=False, description="Directional wave buoy with a 4G modem."
        )
    )

with tm.boundary(
    "CTV operator",
    trust=tg.Trust.PARTNER,
    description="Chartered crew transfer vessels and their crews.",
):
    # The skipper decides at the boat landing and reports each transfer's outcome.
    skipper = tm.add(tg.Actor("CTV skipper", role="vessel master"))
    # The tablet on board: shows the shift plan and takes the skipper's transfer reports.
    tablet = tm.add(
        tg.Device("Vessel bridge tablet", description="One managed Android tablet per vessel.")
    )
    # Motion logger on each vessel: how the boat actually moved against the turbine.
    motion_logger = tm.add(
        tg.Device("Vessel motion logger", description="Motion reference unit with a data logger.")
    )

with tm.boundary("Met-ocean vendor", trust=tg.Trust.PARTNER):
    # Licensed site-specific wave and wind forecast, pulled over the vendor's API.
    forecast_api = tm.add(tg.ExternalService("Met-ocean forecast API", provides="data-provider"))

with tm.boundary("O&M cloud", trust=tg.Trust.INTERNAL):
    # Receives buoy messages, pulls forecasts and collects the motion log files.
    ingestion = tm.add(
        tg.Pipeline(
            "Met-ocean ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="range checks on wave height and period")},
        )
    )
    # Time series of measurements, forecasts and motions: input to scoring and training.
    metocean_store = tm.add(
        tg.DataStore(
            "Met-ocean time-series store",
            stores={buoy_readings, wave_forecast, motion_records},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds features for each window of the next shift every six hours and calls the model.
    scoring = tm.add(
        tg.Service(
            "Transfer window scoring service",
            description="Runs every six hours for the next shift's windows.",
        )
    )
    # The classifier: predicts whether a safe push-on transfer is possible.
    model = tm.add(
        tg.Model(
            "Transfer go/no-go model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over wave, wind and vessel motion features.",
            controls={
                c.HumanInTheLoop(
                    approver="marine coordinator, then the skipper at the boat landing",
                    note="advisory; the coordinator plans the shift and the skipper decides",
                )
            },
        )
    )
    # Web dashboard for coordinators and the tablets: recommendations, plans, reports.
    dashboard = tm.add(
        tg.Service(
            "Marine coordination dashboard",
            internet_facing=True,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA for coordinators"),
                c.RBAC(),
            },
        )
    )
    # Transfer reports from the skippers: the labels of the training set.
    transfer_log = tm.add(
        tg.DataStore(
            "Transfer log database",
            stores={transfer_reports, shift_plan},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Quarterly retrain from the history of transfers and met-ocean data.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="back-test against last season's transfers")},
            )
        )
        # Versions of the model; scoring loads the version marked for production.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Marine coordination centre", trust=tg.Trust.INTERNAL):
    # Plans each shift's transfers from the recommendations and the weather.
    coordinator = tm.add(tg.Actor("Marine coordinator", role="marine coordinator"))
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(buoy, ingestion, buoy_readings, protocol="MQTT over TLS", label="every 30 minutes")
tm.flow(ingestion, forecast_api, forecast_request, protocol="https")
tm.flow(forecast_api, ingestion, wave_forecast, protocol="https")
tm.flow(motion_logger, ingestion, motion_records, protocol="sftp", label="uploaded in port")
tm.flow(ingestion, metocean_store, buoy_readings, wave_forecast, motion_records)

tm.flow(
    metocean_store, scoring, buoy_readings, wave_forecast, motion_records, label="6-hourly batch"
)
tm.flow(scoring, model, transfer_features)
tm.flow(model, scoring, recommendation)
tm.flow(scoring, dashboard, recommendation)

tm.flow(dashboard, coordinator, recommendation, shift_plan, protocol="https")
tm.flow(coordinator, dashboard, shift_plan, protocol="https", label="plans the shift")
tm.flow(dashboard, transfer_log, shift_plan, transfer_reports)
tm.flow(
    dashboard,
    tablet,
    shift_plan,
    recommendation,
    protocol="https",
    controls={c.Authentication(method="per-vessel account and password")},
)
tm.flow(
    tablet,
    dashboard,
    transfer_reports,
    protocol="https",
    controls={c.Authentication(method="per-vessel account and password")},
)
tm.flow(tablet, skipper, shift_plan, recommendation, label="on the touchscreen")
tm.flow(skipper, tablet, transfer_reports, label="on the touchscreen")

tm.flow(transfer_log, training, transfer_reports, label="quarterly export")
tm.flow(
    metocean_store, training, buoy_readings, wave_forecast, motion_records, label="quarterly export"
)
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load production version")
