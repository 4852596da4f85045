"""Sand yacht club beach launch advisor: the first design, before any security review.

A land-sailing club on the North Sea coast wants to tell its members when the beach
will be sailable. A weather station on the dune posts wind readings every minute
over 4G; an ingestion job also pulls a marine wind forecast from a weather provider
and the yearly tide tables from the national hydrographic office. A small in-house
model, retrained weekly from the conditions history and the race officers' past
go/no-go calls, predicts the launch windows for the next two days. Members sign in
to the club web app (e-mail and password) to see the windows and get e-mail alerts;
on club days the duty race officer records the official open/closed call in the
same app. Everything runs on one cloud VM the club rents; the member database disk
is encrypted by the cloud provider, the ingestion job range-checks readings, and
all member traffic is HTTPS. There are no other security controls yet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sand yacht club beach launch wind and tide model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicts sailable beach launch windows from wind readings, forecast and tides.",
)

# ---------------------------------------------------------------- data assets
wind_readings = tg.Data(
    "Anemometer wind readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Mean wind, gusts and direction, one sample a minute.",
)
marine_forecast = tg.Data("Marine wind forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
tide_predictions = tg.Data("Tide predictions", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
conditions = tg.Data(
    "Conditions history",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Readings, forecasts and tide heights joined per 15-minute slot.",
)
launch_calls = tg.Data(
    "Race officer launch calls",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="The official open/closed call per session, used as training labels.",
)
model_file = tg.Data(
    "Launch window model file",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="A scikit-learn model saved with joblib.",
)
launch_forecast = tg.Data(
    "Launch window forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
member_accounts = tg.Data(
    "Member accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, membership number and password hash.",
)
sign_in = tg.Data("Member sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
launch_alert = tg.Data(
    "Launch alert e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The member's address and the next launch window.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members check the launch windows from home or the car park.
    member = tm.add(tg.Actor("Club member", role="member"))
    # The volunteer race officer on duty makes the official call on club days.
    race_officer = tm.add(tg.Actor("Duty race officer", role="race officer"))

with tm.boundary("Beach site", trust=tg.Trust.INTERNAL):
    # The club's own wind sensor on a mast on the dune, with a 4G modem.
    anemometer = tm.add(
        tg.Device(
            "Dune anemometer station",
            fleet=False,
            description="Ultrasonic anemometer on a mast by the launch slipway.",
        )
    )

with tm.boundary("Weather and tide providers", trust=tg.Trust.PARTNER):
    # Commercial marine forecast the club subscribes to.
    forecast_api = tm.add(
        tg.ExternalService("Marine forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Official tide tables for the beach, downloaded once a year.
    tide_tables = tm.add(
        tg.DataSource(
            "Hydrographic office tide tables",
            origin=tg.Origin.PARTNER,
            provides={tide_predictions},
        )
    )
    # Transactional e-mail service that sends the launch alerts.
    mail_provider = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Club cloud VM", trust=tg.Trust.INTERNAL):
    # Collects readings, forecasts and tides into one history.
    ingestion = tm.add(
        tg.Pipeline(
            "Conditions ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.InputValidation(note="drops readings outside the sensor's range")},
        )
    )
    # PostgreSQL tables of conditions and race officers' calls.
    conditions_db = tm.add(tg.DataStore("Conditions database", stores={conditions, launch_calls}))
    # Retrains the launch model every Monday night.
    training = tm.add(
        tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # A directory on the VM where the latest model file is kept.
    model_dir = tm.add(tg.ModelRegistry("Model file directory", stores={model_file}))
    # Gradient-boosted classifier: sailable or not, per slot, with a confidence.
    launch_model = tm.add(
        tg.Model(
            "Launch window model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Predicts, per 15-minute slot, whether wind and tide allow a launch.",
        )
    )
    # The club web app members and race officers sign in to.
    web_app = tm.add(
        tg.Endpoint(
            "Club web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Member database shared with the club's membership admin.
    members_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={member_accounts},
            controls={c.EncryptionAtRest(key_management="cloud provider default disk encryption")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(anemometer, ingestion, wind_readings, protocol="mqtt", label="every minute over 4G")
tm.flow(ingestion, forecast_api, label="hourly forecast request", protocol="https")
tm.flow(forecast_api, ingestion, marine_forecast, protocol="https")
tm.flow(tide_tables, ingestion, tide_predictions, protocol="https", label="yearly download")
tm.flow(ingestion, conditions_db, conditions)

tm.flow(conditions_db, training, conditions, launch_calls, label="weekly export")
tm.flow(training, model_dir, model_file)
tm.flow(model_dir, launch_model, model_file, label="loaded at start-up")

tm.flow(web_app, conditions_db, label="latest conditions query")
tm.flow(conditions_db, web_app, conditions)
tm.flow(web_app, launch_model, conditions)
tm.flow(launch_model, web_app, launch_forecast)

tm.flow(member, web_app, sign_in, protocol="https")
tm.flow(web_app, member, launch_forecast, protocol="https")
tm.flow(race_officer, web_app, sign_in, launch_calls, protocol="https")
tm.flow(web_app, race_officer, launch_forecast, protocol="https")
tm.flow(web_app, conditions_db, launch_calls, label="records the official call")
tm.flow(web_app, members_db, sign_in, member_accounts)
tm.flow(members_db, web_app, member_accounts)

tm.flow(web_app, mail_provider, launch_alert, protocol="https")
tm.flow(mail_provider, member, launch_alert, protocol="smtp")
