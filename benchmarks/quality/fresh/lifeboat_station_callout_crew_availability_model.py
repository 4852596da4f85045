"""Lifeboat crew availability forecast: the first design, before any security review.

A volunteer lifeboat charity wants to know, for every station and every hour,
whether enough qualified crew would answer a pager callout. Crew members set
when they are available in a phone app, which talks to a crew API in the
charity's cloud subscription. The coastguard's tasking system, which sends the
callouts, posts each callout and the crew's response times to a webhook of ours.
An hourly job combines availability, response history, crew qualifications from
the charity's volunteer management system and a vendor weather forecast, and
asks an in-house classifier for the chance of a full crew. When it drops below
the station's minimum, the coxswain and the regional duty officer get an SMS,
and either can ask a neighbouring station to stand by from a readiness dashboard.
Controls in this design: sign-in on the crew API, dashboard and callout webhook,
cloud-managed encryption of the stores, roles in the volunteer system, and a
person deciding every stand-by request.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lifeboat station callout crew availability model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Hourly per-station forecast of whether enough qualified crew will answer a "
        "callout, alerting the coxswain and regional duty officer when it falls short."
    ),
)

# ---------------------------------------------------------------- data assets
availability = tg.Data(
    "Crew availability schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per crew member: the hours they say they can answer a page.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
roster = tg.Data(
    "Crew personal data and qualifications",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, contact details, home station, boat qualifications and expiry dates.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
callouts = tg.Data(
    "Callout events and crew response times",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each page the coastguard sent, with who acknowledged it and how fast.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
weather = tg.Data("Marine weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data(
    "Station-hour turnout features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Available qualified crew, recent response times and weather for one station-hour.",
)
weights = tg.Data(
    "Turnout model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
prediction = tg.Data(
    "Crew turnout prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
alert = tg.Data("Low crew alert", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
standby = tg.Data("Stand-by request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteer crew: they set their availability and carry the coastguard pager.
    crew = tm.add(tg.Actor("Crew member", role="volunteer crew"))
    # The app crew members install on their own phones to set availability.
    app = tm.add(
        tg.Device(
            "Crew availability phone app",
            fleet=True,
            description="iOS and Android app on volunteers' personal phones.",
        )
    )
    # Station coxswain: volunteer in charge of the boat, gets alerts on their phone.
    coxswain = tm.add(tg.Actor("Station coxswain", role="coxswain"))

with tm.boundary("HM Coastguard", trust=tg.Trust.PARTNER):
    # The coastguard's system pages the crew and reports each callout back to us.
    tasking = tm.add(
        tg.ExternalService(
            "Coastguard tasking system",
            description="Launches lifeboats and pages crews; posts callout outcomes to us.",
        )
    )

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Marine forecast per coastal area, a strong driver of turnout.
    weather_feed = tm.add(
        tg.DataSource("Marine weather forecast API", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("Charity cloud subscription", trust=tg.Trust.INTERNAL):
    # Back end of the phone app: reads and writes each crew member's schedule.
    crew_api = tm.add(
        tg.Endpoint(
            "Crew availability API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="crew number and password")},
        )
    )
    # Receives the coastguard's callout and response-time posts.
    callout_hook = tm.add(
        tg.Endpoint(
            "Callout webhook receiver",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="API key issued to the coastguard")},
        )
    )
    # Current and future availability of every crew member.
    availability_db = tm.add(
        tg.DataStore(
            "Availability store",
            stores={availability},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # History of callouts and response times, used for training and recent features.
    callout_db = tm.add(
        tg.DataStore(
            "Callout history store",
            stores={callouts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Weekly retraining on the full history.
    training = tm.add(
        tg.Pipeline(
            "Weekly turnout model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="scikit-learn gradient boosting, saved with joblib.",
        )
    )
    # The classifier: probability that at least the minimum qualified crew turns out.
    model = tm.add(
        tg.Model(
            "Crew turnout model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Chance that a station can crew its boat in a given hour.",
        )
    )
    # Every hour, scores every station for the next hours and raises alerts.
    predictor = tm.add(
        tg.Service(
            "Hourly turnout prediction job",
            description="Builds features per station-hour, scores them, compares with the minimum.",
        )
    )
    # Sends SMS alerts and stand-by requests.
    notifier = tm.add(
        tg.Service("Alert sender", description="Sends SMS through a bulk SMS account.")
    )
    # Web page showing predictions; where people ask a neighbouring station to stand by.
    dashboard = tm.add(
        tg.Endpoint(
            "Station readiness dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="charity Microsoft 365 sign-in with MFA"),
                c.RBAC(note="coxswains see their own station, duty officers their region"),
                c.HumanInTheLoop(
                    approver="station coxswain or regional duty officer",
                    note="the prediction only advises; a person decides on every stand-by request",
                ),
            },
        )
    )

with tm.boundary("Charity corporate network", trust=tg.Trust.INTERNAL):
    # System of record for volunteers: personal data, training and qualifications.
    volunteers = tm.add(
        tg.DataStore(
            "Volunteer management system",
            stores={roster},
            controls={c.RBAC()},
        )
    )
    # Staff officer covering a region's stations around the clock.
    duty_officer = tm.add(tg.Actor("Regional duty officer", role="duty officer"))

# ---------------------------------------------------------------- flows
# crew availability
tm.flow(crew, app, availability, label="sets availability in the app")
tm.flow(app, crew_api, availability, protocol="https")
tm.flow(crew_api, app, availability, protocol="https", label="current schedule")
tm.flow(crew_api, availability_db, availability)
tm.flow(availability_db, crew_api, availability)

# callouts from the coastguard
tm.flow(tasking, callout_hook, callouts, protocol="https", label="callout webhook")
tm.flow(callout_hook, callout_db, callouts)

# training
tm.flow(callout_db, training, callouts)
tm.flow(availability_db, training, availability)
tm.flow(volunteers, training, roster, protocol="https", label="qualifications export")
tm.flow(weather_feed, training, weather, protocol="https", label="forecast archive")
tm.flow(training, model, weights, label="weekly deploy")

# hourly prediction
tm.flow(availability_db, predictor, availability)
tm.flow(callout_db, predictor, callouts, label="recent response times")
tm.flow(volunteers, predictor, roster, protocol="https", label="current qualifications")
tm.flow(weather_feed, predictor, weather, protocol="https")
tm.flow(predictor, model, features)
tm.flow(model, predictor, prediction)
tm.flow(predictor, dashboard, prediction)
tm.flow(predictor, notifier, alert, label="below station minimum")

# alerts and stand-by
tm.flow(notifier, coxswain, alert, protocol="sms")
tm.flow(notifier, duty_officer, alert, protocol="sms")
tm.flow(dashboard, coxswain, prediction, protocol="https")
tm.flow(dashboard, duty_officer, prediction, protocol="https")
tm.flow(coxswain, dashboard, standby, protocol="https", label="asks neighbour to stand by")
tm.flow(duty_officer, dashboard, standby, protocol="https", label="asks neighbour to stand by")
tm.flow(dashboard, notifier, standby)
tm.flow(notifier, coxswain, standby, protocol="sms", label="to the neighbouring station")
