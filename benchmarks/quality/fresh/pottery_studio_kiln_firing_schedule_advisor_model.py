"""Kiln firing schedule advisor: the first design, before any security review.

A community pottery studio's members book pieces into the next electric-kiln firing
from home through a small web app; the volunteer kiln technician lays out the load
list and asks for a schedule. A schedule service combines the clay and glaze makers'
datasheets with an in-house regression model, retrained monthly on the studio's own
thermocouple history, and proposes ramps and holds. The technician picks one and
presses "send", which pushes it to the kiln controller's local HTTP API over the
studio Wi-Fi (one WPA2 password that members also know). A collector polls the
controller's readings into the firing history and e-mails status. It all runs on one
office mini-PC, reached from the internet by a port forward with a Let's Encrypt
certificate. Sign-in is e-mail and password; only the technician role may send a
schedule; the controller firmware enforces its own maximum temperature and shutdown.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kiln firing schedule advisor",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Suggests electric kiln firing schedules from the load list and thermocouple "
        "history, and pushes the chosen one to the kiln controller over Wi-Fi."
    ),
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Member sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail address and password typed at sign-in.",
)
accounts = tg.Data(
    "Member accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, e-mail addresses, password hashes and roles.",
)
booking = tg.Data(
    "Piece booking",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Clay body, glaze, target cone and size of each piece a member books in.",
)
booking_status = tg.Data("Booking and firing status", kind="records")
load_list = tg.Data(
    "Kiln load list",
    kind="records",
    description="Pieces, shelves and cones in the next firing, as the technician lays it out.",
)
features = tg.Data("Load features", kind="features")
predicted = tg.Data(
    "Predicted ramp and hold segments",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
suggestion = tg.Data("Suggested firing schedules", kind="model-output")
chosen = tg.Data(
    "Chosen firing schedule",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Segments (ramp rate, target temperature, hold) the controller will run.",
)
readings = tg.Data(
    "Thermocouple readings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
history = tg.Data(
    "Firing history",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Past load lists, schedules, thermocouple curves and outcomes.",
)
outcome = tg.Data("Firing outcome notes", kind="feedback")
datasheets = tg.Data(
    "Clay and glaze firing datasheets", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
model_file = tg.Data("Schedule model file", format="pickle", description="A joblib dump.")
status_mail = tg.Data("Firing status e-mail", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Studio members book their pieces into a firing from home.
    member = tm.add(tg.Actor("Studio member", role="member"))
    # Manufacturers' published cone charts and recommended schedules.
    maker_sheets = tm.add(
        tg.DataSource(
            "Clay and glaze makers' datasheets",
            origin=tg.Origin.VENDOR,
            provides={datasheets},
            description="Downloaded by the technician when a new clay or glaze is stocked.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends firing-finished and fault e-mails to the technician's phone.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Studio Wi-Fi", trust=tg.Trust.INTERNAL):
    # The volunteer who loads the kiln, picks the schedule and sends it.
    technician = tm.add(
        tg.Actor("Kiln technician", role="volunteer kiln technician", privileged=True)
    )
    # The electric kiln's Wi-Fi controller: runs the segments it is sent.
    controller = tm.add(
        tg.Device(
            "Kiln controller",
            fleet=False,
            description="Vendor controller with a local HTTP API for schedules and readings.",
            controls={
                c.SafetyLimits(
                    limits="firmware caps the maximum temperature and shuts the elements "
                    "off on thermocouple failure"
                )
            },
        )
    )

    with tm.boundary("Studio office mini-PC", trust=tg.Trust.INTERNAL):
        # Web front end for members and the technician, behind the port forward.
        web = tm.add(
            tg.Endpoint(
                "Advisor web app",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="e-mail and password"),
                    c.RBAC(note="only the technician role can send a schedule to the kiln"),
                },
            )
        )
        # Builds candidate schedules from datasheet rules and the model's prediction.
        advisor = tm.add(
            tg.Service(
                "Schedule advisor service",
                description="Turns the load list into features, asks the model, checks "
                "against datasheet cone ranges, and sends the chosen schedule.",
                controls={
                    c.HumanInTheLoop(
                        approver="the kiln technician, who picks and confirms each schedule"
                    )
                },
            )
        )
        # Predicts ramp rates and holds per segment for this load.
        model = tm.add(
            tg.Model(
                "Firing schedule model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="Gradient-boosted regressor over load size, mass and cone.",
            )
        )
        # Polls the controller for temperatures during and after each firing.
        collector = tm.add(
            tg.Service(
                "Thermocouple log collector",
                description="Polls the controller every minute while a firing runs.",
            )
        )
        # SQLite file: accounts, bookings, load lists, schedules and firing history.
        db = tm.add(
            tg.DataStore(
                "Studio firing database",
                stores={accounts, booking, load_list, chosen, history, outcome, datasheets},
            )
        )
        # Monthly refit of the model on the firing history.
        retrain = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
        # Folder the advisor loads the current model file from.
        model_store = tm.add(tg.ModelRegistry("Model file folder", stores={model_file}))

# ---------------------------------------------------------------- flows
tm.flow(member, web, sign_in, booking, protocol="https")
tm.flow(web, member, booking_status, protocol="https")
tm.flow(web, db, booking, label="store booking")
tm.flow(db, web, accounts, booking_status, label="sign-in check and status")

tm.flow(technician, web, sign_in, load_list, chosen, outcome, protocol="https")
tm.flow(web, technician, suggestion, booking_status, protocol="https")
tm.flow(maker_sheets, technician, datasheets, protocol="https")
tm.flow(technician, web, datasheets, protocol="https", label="upload datasheets")

tm.flow(web, advisor, load_list, chosen)
tm.flow(advisor, web, suggestion)
tm.flow(db, advisor, history, datasheets, label="similar past firings and cone ranges")
tm.flow(advisor, db, load_list, chosen, outcome)
tm.flow(advisor, model, features)
tm.flow(model, advisor, predicted)
tm.flow(advisor, controller, chosen, protocol="http", label="push schedule over Wi-Fi")

tm.flow(controller, collector, readings, protocol="http", label="poll readings")
tm.flow(collector, db, readings, history)
tm.flow(collector, mail, status_mail, protocol="smtps")
tm.flow(mail, technician, status_mail, protocol="https")

tm.flow(db, retrain, history, outcome, label="monthly export")
tm.flow(retrain, model_store, model_file)
tm.flow(model_store, model, model_file, label="load at start-up")
