"""Paragliding hill site launch conditions advisor: first design.

A paragliding club runs a hill site in the Alps. A weather station at the launch
posts wind, gust and temperature readings over a mobile connection to the club's
cloud account; an advice service also pulls a commercial site forecast, and every
ten minutes runs an in-house classifier that says whether conditions look
flyable. The model is retrained before each season from stored readings and the
safety officer's day log. Pilots use the club app to read the advice and to sign
in to the site with their licence number, which the club API checks against the
national federation's licence register. The club's safety officer can close the
site from the same app; a push service tells pilots. App accounts use e-mail and
password, the officer has an officer role, the station posts with an API key,
and the advice shows "no current data" when readings are stale.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Paragliding site launch conditions advisor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Flyability advice for a club hill site from station readings and a forecast; "
        "pilot sign-in checked against the federation licence register."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Station readings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Wind speed, gusts, direction, temperature and pressure each minute.",
)
forecast_request = tg.Data("Forecast request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
forecast = tg.Data(
    "Site weather forecast",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Hourly wind and thermal forecast for the site, licensed from the provider.",
)
features = tg.Data("Conditions features", kind="features")
advice = tg.Data(
    "Flyability advice",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Flyable, marginal or not flyable, with the latest readings.",
)
site_status = tg.Data(
    "Site status",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Open or closed, as set by the safety officer.",
)
closure = tg.Data("Site closure", kind="records", description="Officer's close or reopen action.")
closure_push = tg.Data("Closure notification", kind="records")
day_log = tg.Data(
    "Site day log",
    kind="labels",
    description="Officer's record of each day: flown, closed, incidents.",
)
credentials = tg.Data(
    "App login credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
session = tg.Data("App session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
pilot_sign_in = tg.Data(
    "Pilot site sign-in",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pilot name, licence number, time on the hill, emergency contact.",
)
licence_check = tg.Data("Licence check request", kind="records", sensitivity=tg.Sensitivity.PII)
licence_status = tg.Data(
    "Licence status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Valid or not, licence level and insurance expiry.",
)
pilot_accounts = tg.Data("Pilot accounts", kind="records", sensitivity=tg.Sensitivity.PII)
model_file = tg.Data(
    "Flyability model file", format="pickle", description="scikit-learn joblib file."
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members and visiting pilots who want to fly the site.
    pilot = tm.add(tg.Actor("Pilot", role="pilot"))
    # Volunteer safety officer; uses the same app with an officer role.
    officer = tm.add(tg.Actor("Safety officer", role="club safety officer"))
    # The club's phone app on pilots' and the officer's own phones.
    app = tm.add(tg.Device("Club phone app"))

with tm.boundary("Hill launch site", trust=tg.Trust.UNTRUSTED):
    # Mast at the launch, unattended, on open hillside; posts over a mobile data SIM.
    station = tm.add(tg.Device("Launch weather station", fleet=False))

with tm.boundary("Forecast provider", trust=tg.Trust.PARTNER):
    # Commercial point-forecast API the club subscribes to.
    forecaster = tm.add(tg.ExternalService("Commercial forecast API", provides="data-provider"))

with tm.boundary("National federation", trust=tg.Trust.PARTNER):
    # Federation's licence and insurance register, queried per sign-in.
    register = tm.add(tg.ExternalService("Federation licence register"))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Mobile push notifications to the app.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Club cloud", trust=tg.Trust.INTERNAL):
    # Receives the station's posts.
    ingest = tm.add(
        tg.Endpoint(
            "Station ingest endpoint",
            purpose="api",
            internet_facing=True,
            controls={c.Authentication(method="station API key in a request header")},
        )
    )
    # Backend of the app: advice, site status, sign-in and closures.
    api = tm.add(
        tg.Endpoint(
            "Club app API",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="officer role needed to close or reopen the site"),
            },
        )
    )
    # Every ten minutes: latest readings + forecast -> model -> stored advice.
    advisor = tm.add(
        tg.Service(
            "Conditions advice service",
            controls={
                c.FailClosed(
                    fallback="advice shows 'no current data' when readings are over 30 minutes old"
                ),
            },
        )
    )
    # Gradient-boosted classifier trained on the site's own history.
    model = tm.add(
        tg.Model(
            "Flyability model",
            task="classifier",
            origin="in-house",
            high_stakes=True,
            description="Advises flyable, marginal or not flyable; pilots and the officer decide.",
        )
    )
    # Time series of readings and forecasts.
    conditions_db = tm.add(tg.DataStore("Conditions database", stores={readings, forecast}))
    # Pilot accounts, sign-ins, site status, advice history and the day log.
    club_db = tm.add(
        tg.DataStore(
            "Club database",
            stores={pilot_accounts, pilot_sign_in, licence_status, site_status, advice, day_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Pre-season retraining, run by a club volunteer in the cloud account.
    training = tm.add(tg.Pipeline("Seasonal retraining job", stage="training"))
    # Object storage bucket holding model versions.
    bucket = tm.add(tg.ModelRegistry("Model bucket", stores={model_file}))

# ---------------------------------------------------------------- flows
# Conditions data in.
tm.flow(station, ingest, readings, protocol="https")
tm.flow(ingest, conditions_db, readings)
tm.flow(advisor, forecaster, forecast_request, protocol="https")
tm.flow(forecaster, advisor, forecast, protocol="https")
tm.flow(advisor, conditions_db, forecast)
tm.flow(conditions_db, advisor, readings)

# Advice.
tm.flow(bucket, model, model_file, label="loaded at start-up")
tm.flow(advisor, model, features)
tm.flow(model, advisor, advice)
tm.flow(advisor, club_db, advice)

# Retraining.
tm.flow(conditions_db, training, readings, forecast)
tm.flow(club_db, training, day_log)
tm.flow(training, bucket, model_file)

# Pilots: log in, read advice, sign in to the site.
tm.flow(pilot, app, credentials, pilot_sign_in)
tm.flow(app, api, credentials, session, pilot_sign_in, protocol="https")
tm.flow(api, app, session, advice, site_status, protocol="https")
tm.flow(app, pilot, advice, site_status)
tm.flow(api, register, licence_check, protocol="https")
tm.flow(register, api, licence_status, protocol="https")
tm.flow(api, club_db, pilot_sign_in, licence_status)
tm.flow(club_db, api, pilot_accounts, advice, site_status, pilot_sign_in)

# Safety officer: close the site, keep the day log, see who is on the hill.
tm.flow(officer, app, credentials, closure, day_log)
tm.flow(app, api, closure, day_log, protocol="https", label="officer actions")
tm.flow(api, club_db, site_status, day_log)
tm.flow(api, app, pilot_sign_in, protocol="https", label="pilots on the hill")
tm.flow(app, officer, pilot_sign_in, advice, site_status)
tm.flow(api, push, closure_push, protocol="https")
tm.flow(push, app, closure_push, protocol="https")
