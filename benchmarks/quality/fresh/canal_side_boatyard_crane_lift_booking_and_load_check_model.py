"""Canal-side boatyard crane lift booking and load check: the first design, before any security review.

Boat owners book a crane lift (out for blacking, back in after) on the yard's booking
portal, declaring their boat's weight, length, beam and hull type. A load check
service looks up the yard crane's load chart and asks an in-house model, trained on
the yard's past lifts, whether the declared boat is within the chart for the planned
radius; it records pass, refer or refuse on the booking. On lift day the crane
operator sees the job sheet on a yard tablet, checks the boat, confirms or stops the
lift and enters the weight the crane's own load indicator showed; completed lifts are
exported nightly to retrain the model. The yard manager keeps the load chart. The
portal runs on a hosted cloud server; SMS reminders go through an SMS provider.
Controls in this design: HTTPS, e-mail and password sign-in for owners, per-operator
logins on the tablet, range checks on declared values, and the operator's
confirmation before every lift.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Canal-side boatyard crane lift booking and load check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Owners book crane lifts; a model checks declared boat weight and hull "
    "type against the crane's load chart; the crane operator confirms each lift.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Lift booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, phone, e-mail, boat name, mooring, requested date.",
)
declared_boat = tg.Data(
    "Declared boat details",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Declared weight, length, beam, hull type (steel narrowboat, GRP cruiser…).",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
load_chart = tg.Data(
    "Crane load chart",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
load_check = tg.Data(
    "Load check result",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
booking_status = tg.Data("Booking status", kind="records", sensitivity=tg.Sensitivity.PII)
job_sheet = tg.Data("Lift job sheet", kind="records", sensitivity=tg.Sensitivity.PII)
lift_confirmation = tg.Data(
    "Lift confirmation and measured weight",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lift_history = tg.Data(
    "Completed lift history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data("Load check model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
reminder = tg.Data("Lift reminder SMS", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Boat owners and hirers who book lifts; anyone can register.
    owner = tm.add(tg.Actor("Boat owner", role="customer"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends lift-day reminders and booking changes to owners' phones.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Hosted booking server", trust=tg.Trust.INTERNAL):
    # The public booking site, also the back end the yard tablet talks to.
    portal = tm.add(
        tg.Endpoint(
            "Booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="weight 1-30 t, hull type from a fixed list"),
            },
        )
    )
    # Compares the declared boat with the load chart using the model.
    checker = tm.add(
        tg.Service(
            "Load check service",
            controls={
                c.HumanInTheLoop(
                    approver="the crane operator on the yard tablet",
                    note="every lift is confirmed by the operator before the boat is slung",
                )
            },
        )
    )
    # Gradient-boosted classifier: within chart, refer to operator, or refuse.
    model = tm.add(
        tg.Model(
            "Load check model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Predicts whether the declared boat can be lifted safely at the planned radius.",
        )
    )
    # Owners, boats, bookings, load check results and lift confirmations.
    bookings_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, declared_boat, load_check, booking_status, lift_confirmation},
        )
    )
    # The crane maker's load chart as the yard has entered it: safe load by radius.
    chart_store = tm.add(tg.DataStore("Load chart table", stores={load_chart}))
    # Completed lifts with declared and measured weights, for retraining.
    history = tm.add(tg.Dataset("Lift history dataset", stores={lift_history}))
    # Nightly retraining script on the same server.
    trainer = tm.add(tg.Pipeline("Nightly retraining job", stage=tg.Stage.TRAINING))
    # Folder the current model file is loaded from.
    registry = tm.add(tg.ModelRegistry("Model file store", stores={model_file}))

with tm.boundary("Boatyard site", trust=tg.Trust.INTERNAL):
    # Confirms or stops each lift and reads the weight off the crane's load indicator.
    operator = tm.add(tg.Actor("Crane operator", role="crane operator"))
    # Keeps the load chart and the yard's lift calendar.
    manager = tm.add(tg.Actor("Yard manager", role="yard manager", privileged=True))
    # Rugged tablet in the crane cab showing the day's job sheets, on yard Wi-Fi.
    tablet = tm.add(
        tg.Device(
            "Yard tablet",
            fleet=False,
            controls={c.Authentication(method="per-operator username and password")},
        )
    )

# ---------------------------------------------------------------- flows
# booking and the load check
tm.flow(owner, portal, booking, declared_boat, protocol="https")
tm.flow(portal, bookings_db, booking, declared_boat)
tm.flow(portal, checker, declared_boat)
tm.flow(chart_store, checker, load_chart)
tm.flow(checker, model, declared_boat, load_chart)
tm.flow(model, checker, load_check)
tm.flow(checker, bookings_db, load_check)
tm.flow(bookings_db, portal, booking_status, load_check)
tm.flow(portal, owner, booking_status, protocol="https")
tm.flow(portal, sms, reminder, protocol="https")
tm.flow(sms, owner, reminder, protocol="sms")

# lift day
tm.flow(portal, tablet, job_sheet, load_check, protocol="https")
tm.flow(tablet, operator, job_sheet, load_check, label="on the panel")
tm.flow(operator, tablet, lift_confirmation, label="on the panel")
tm.flow(tablet, portal, lift_confirmation, protocol="https")
tm.flow(portal, bookings_db, lift_confirmation)

# the load chart
tm.flow(manager, portal, load_chart, protocol="https", label="load chart edits")
tm.flow(portal, chart_store, load_chart)

# retraining
tm.flow(bookings_db, history, lift_history, label="nightly export")
tm.flow(history, trainer, lift_history)
tm.flow(trainer, registry, model_file)
tm.flow(registry, model, model_file, label="load on restart")
