"""Water sports centre wind safety model: the first design, before any security review.

A sailing and windsurfing centre sets a daily safety flag (green, amber, red) and
the list of craft that may go out. An anemometer on the jetty reports wind speed,
gusts and direction every minute over the centre's Wi-Fi, and a commercial marine
forecast API supplies the wind and sea forecast. Both land in a small cloud
conditions service; an in-house model turns them into a recommended flag and craft
list, which the flag service publishes. Instructors can override the flag from the
office PC through the staff web console. Members see the flag and their booked
sessions in the club app; rescue boat crew get alerts on their phones through a
push/SMS provider and on their handheld radios through a radio gateway in the
office. Members and instructors sign in with passwords, overrides are logged, and
if the anemometer goes quiet the flag service falls back to red until staff act.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Water sports centre wind safety model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Sets the daily on-water safety flag from jetty wind readings and a marine forecast.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Jetty wind readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast_req = tg.Data("Forecast request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Marine wind forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
conditions = tg.Data(
    "Wind conditions features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
recommendation = tg.Data(
    "Recommended flag and craft list",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
flag = tg.Data(
    "Safety flag status",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Today's flag, the craft allowed out, and whether an instructor set it.",
)
override = tg.Data("Instructor flag override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
bookings = tg.Data(
    "Member sessions and bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Members' names, contact details, skill levels and booked sessions.",
)
alert = tg.Data("Rescue crew alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
crew_contacts = tg.Data("Rescue crew phone numbers", kind="records", sensitivity=tg.Sensitivity.PII)
model_file = tg.Data("Wind model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members checking conditions and booking sessions in the club app.
    member = tm.add(tg.Actor("Club member", role="member"))
    # Volunteer and staff crew of the rescue boats, out on the water or on the jetty.
    crew = tm.add(tg.Actor("Rescue boat crew", role="safety crew"))

with tm.boundary("Forecast provider", trust=tg.Trust.PARTNER):
    # Commercial marine forecast for the centre's stretch of water, polled hourly.
    forecast_api = tm.add(
        tg.ExternalService("Marine forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Notification provider", trust=tg.Trust.PARTNER):
    # Sends push notifications and SMS to the crew's phones.
    notify = tm.add(tg.ExternalService("Push and SMS gateway"))

with tm.boundary("Centre site", trust=tg.Trust.INTERNAL):
    # Cup anemometer and vane on the jetty, with a Wi-Fi data logger.
    anemometer = tm.add(tg.Device("Jetty anemometer", fleet=False))
    # Instructors on duty, who can override the model's flag.
    instructor = tm.add(tg.Actor("Instructor", role="instructor"))
    # Shared Windows PC in the centre office, used for the staff web console.
    office_pc = tm.add(tg.Device("Office PC", fleet=False))
    # Box that keys the centre's VHF handheld channel with a spoken alert.
    radio_gw = tm.add(tg.Device("Radio alert gateway", fleet=False))

with tm.boundary("Club cloud", trust=tg.Trust.INTERNAL):
    # Receives readings, polls the forecast and builds the model's inputs.
    ingest = tm.add(tg.Service("Conditions ingest service"))
    # Gradient-boosted classifier trained on past seasons' logs and instructor calls.
    model = tm.add(
        tg.Model(
            "Wind safety model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Recommends the day's safety flag and which craft classes may go out.",
        )
    )
    # Keeps the current flag, applies overrides, publishes it and raises alerts.
    flag_svc = tm.add(
        tg.Service(
            "Flag service",
            controls={
                c.AuditLogging(retention_days=365, note="every flag change and override"),
                c.FailClosed(fallback="red flag if no jetty reading for 10 minutes"),
            },
        )
    )
    # Staff web console the instructors use from the office PC.
    console = tm.add(
        tg.Endpoint(
            "Staff console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="instructor e-mail and password")},
        )
    )
    # Backend of the club app: flag, sessions and bookings.
    app_api = tm.add(
        tg.Endpoint(
            "Club app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="member e-mail and password")},
        )
    )
    # Readings, forecasts, flag history, bookings and crew contacts.
    club_db = tm.add(
        tg.DataStore(
            "Club database",
            stores={readings, forecast, flag, override, bookings, crew_contacts, model_file},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(anemometer, ingest, readings, protocol="mqtt", label="every minute")
tm.flow(ingest, forecast_api, forecast_req, protocol="https", label="hourly forecast request")
tm.flow(forecast_api, ingest, forecast, protocol="https")
tm.flow(ingest, club_db, readings, forecast)
tm.flow(ingest, model, conditions)
tm.flow(club_db, model, model_file, label="load model")
tm.flow(model, flag_svc, recommendation)

tm.flow(instructor, office_pc, override, label="sets override")
tm.flow(office_pc, console, override, protocol="https")
tm.flow(console, office_pc, flag, recommendation, protocol="https")
tm.flow(console, flag_svc, override)
tm.flow(flag_svc, console, flag, recommendation)
tm.flow(flag_svc, club_db, flag, override)
tm.flow(club_db, flag_svc, crew_contacts)

tm.flow(member, app_api, bookings, protocol="https", label="books sessions")
tm.flow(app_api, member, flag, bookings, protocol="https")
tm.flow(app_api, club_db, bookings)
tm.flow(club_db, app_api, flag, bookings)

tm.flow(flag_svc, notify, alert, crew_contacts, protocol="https")
tm.flow(notify, crew, alert, protocol="sms", label="push and SMS")
tm.flow(flag_svc, radio_gw, alert, protocol="https", label="over the office broadband")
tm.flow(radio_gw, crew, alert, protocol="marine vhf", label="spoken alert")
