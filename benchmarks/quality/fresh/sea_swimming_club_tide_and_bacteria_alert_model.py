"""Sea swimming club tide and bacteria alert model: the first design, before any security review.

A volunteer-run sea swimming club predicts bathing water quality at its three beaches
and tells members each morning whether it is a go or a no-go. An hourly job in the
club's small cloud account pulls tide gauge readings, rainfall from the weather
service's API and storm sewage overflow notices from the water company's open API;
the club's water officer uploads the weekly water sample lab results on an admin page.
A regression model, retrained monthly and kept as a joblib file in a storage bucket,
predicts E. coli and enterococci per beach; a daily alert job turns the predictions into
go / no-go alerts, sent by a push notification service to the club app on members'
phones, where members sign up by e-mail and choose their beaches. Controls: HTTPS on
every link, sign-in on the admin page and the app, a format check on lab uploads and
the cloud provider's storage encryption.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Sea swimming club tide and bacteria alert model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicts bacteria levels at three beaches from tides, rain, sewage "
    "overflows and weekly samples, and sends members go / no-go alerts.",
)

# ---------------------------------------------------------------- data assets
tide_readings = tg.Data("Tide gauge readings", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
rainfall = tg.Data(
    "Rainfall readings and forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
overflow_notices = tg.Data(
    "Storm overflow notices",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Start and stop times of storm sewage discharges near the beaches.",
)
sample_results = tg.Data(
    "Weekly water sample results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="CSV of E. coli and enterococci counts per beach from the lab.",
)
observations = tg.Data(
    "Beach observations",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Tides, rainfall, overflow events and sample results per beach and hour.",
)
features = tg.Data("Beach features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data("Bacteria model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
prediction = tg.Data(
    "Predicted bacteria levels", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
alert = tg.Data(
    "Go / no-go alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data("Alert override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
member_signup = tg.Data(
    "Member sign-up and beach choices",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, membership number and the beaches to be alerted about.",
)
member_records = tg.Data(
    "Member contact records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Members' names, e-mails, beach choices and device push tokens.",
)
push_request = tg.Data(
    "Push notification request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Alert text and the push tokens of the members who follow that beach.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public data providers", trust=tg.Trust.PARTNER):
    # National tide gauge network's open data feed near the three beaches.
    tide_feed = tm.add(
        tg.DataSource("Tide gauge feed", origin=tg.Origin.PARTNER, provides={tide_readings})
    )
    # Weather service API for observed and forecast rainfall over the catchment.
    rain_api = tm.add(tg.DataSource("Rainfall API", origin=tg.Origin.VENDOR, provides={rainfall}))
    # Water company's open storm overflow API: when sewage is being discharged.
    overflow_api = tm.add(
        tg.DataSource(
            "Water company overflow API", origin=tg.Origin.PARTNER, provides={overflow_notices}
        )
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Mobile push notification service that delivers alerts to the club app.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A club member who wants to know whether to swim this morning.
    member = tm.add(tg.Actor("Club member", role="swimmer"))
    # The club app on members' own phones: sign-up, beach choices, alerts.
    member_app = tm.add(tg.Device("Club app on member phones", fleet=True))
    # Volunteer water officer who collects samples and uploads the lab results.
    water_officer = tm.add(tg.Actor("Water officer", role="club volunteer water officer"))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Admin page for uploading lab results and overriding an alert.
    admin_page = tm.add(
        tg.Endpoint(
            "Admin page",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="shared committee e-mail and password"),
                tg.controls.InputValidation(note="lab CSV columns and value ranges checked"),
            },
        )
    )
    # API the club app calls to sign members up and save their beach choices.
    member_api = tm.add(
        tg.Endpoint(
            "Member API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mailed sign-in link")},
        )
    )
    # Hourly job that pulls the three feeds and stores them with the sample results.
    ingestion = tm.add(tg.Pipeline("Hourly ingestion job", stage=tg.Stage.INGESTION))
    # Time series of everything the model learns from and predicts on.
    observation_db = tm.add(
        tg.DataStore(
            "Observation database",
            stores={observations, sample_results},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Monthly retraining on the sample history, run by a volunteer data scientist.
    training = tm.add(tg.Pipeline("Monthly training job", stage=tg.Stage.TRAINING))
    # Storage bucket holding the current model file.
    model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={weights}))
    # The regression model predicting bacteria counts per beach for the next day.
    model = tm.add(
        tg.Model(
            "Bacteria level model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regression of log E. coli and enterococci per beach.",
        )
    )
    # Runs at 6am: predicts, applies the bathing water thresholds, sends go / no-go.
    alert_job = tm.add(
        tg.Service(
            "Daily alert job",
            description="Above the bathing water threshold at a beach means no-go.",
        )
    )
    # Members and their push tokens, to know who follows which beach.
    member_db = tm.add(
        tg.DataStore(
            "Member directory",
            stores={member_records},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

# ---------------------------------------------------------------- flows
# Data in
tm.flow(tide_feed, ingestion, tide_readings, protocol="https")
tm.flow(rain_api, ingestion, rainfall, protocol="https")
tm.flow(overflow_api, ingestion, overflow_notices, protocol="https")
tm.flow(water_officer, admin_page, sample_results, protocol="https", label="lab CSV upload")
tm.flow(admin_page, observation_db, sample_results)
tm.flow(ingestion, observation_db, observations)

# Training
tm.flow(observation_db, training, observations, sample_results, label="monthly export")
tm.flow(training, model_bucket, weights)
tm.flow(model_bucket, model, weights, label="loaded at start of each run")

# Daily prediction and alerts
tm.flow(observation_db, alert_job, observations, label="daily read")
tm.flow(alert_job, model, features)
tm.flow(model, alert_job, prediction)
tm.flow(water_officer, admin_page, override, protocol="https")
tm.flow(admin_page, alert_job, override, label="water officer override")
tm.flow(alert_job, admin_page, prediction, alert, label="morning predictions")
tm.flow(admin_page, water_officer, prediction, alert, protocol="https")
tm.flow(member_db, alert_job, member_records)
tm.flow(alert_job, push, push_request, protocol="https")
tm.flow(push, member_app, alert, protocol="https")
tm.flow(member_app, member, alert)

# Members
tm.flow(member, member_app, member_signup)
tm.flow(member_app, member_api, member_signup, protocol="https")
tm.flow(member_api, member_db, member_records)
tm.flow(member_db, member_api, member_records)
tm.flow(member_api, member_app, member_records, protocol="https")
