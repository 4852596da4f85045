"""Cable wakeboard park tow speed control: the first design.

A cable wakeboard park in the Netherlands runs a full-size overhead cable. Riders
book slots in the park's booking app, where they create an account (e-mail and
password), pay through a payment provider, and enter their riding level and body
weight. Each morning a sync job at the tower pulls the day's rider queue from
the cloud booking API into the tower's session database. When a rider reaches
the start dock, the tow speed service on the tower server feeds their level and
weight and the live wind from the tower anemometer to an in-house regression
model, shows the proposed speed on the operator console, and sends the speed
setpoint to the cable drive PLC over Modbus once the operator confirms the start.
The PLC clamps speed and acceleration to the manufacturer's limits, and the
hardwired emergency stop on the tower panel cuts the drive whatever the software
does. Ride logs are exported monthly to retrain the model in the cloud.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cable wakeboard park tow speed control",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Per-rider overhead cable tow speed from level, weight and wind, confirmed "
    "by the tower operator.",
)

# ---------------------------------------------------------------- data assets
profile = tg.Data(
    "Rider booking and profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, booked slot, self-declared riding level and body weight.",
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payment_webhook = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
queue = tg.Data(
    "Rider queue",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Today's riders in slot order with level and weight.",
)
wind = tg.Data(
    "Wind readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
features = tg.Data(
    "Rider and wind features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Level, weight, wind speed and direction for one rider.",
)
proposed = tg.Data("Proposed tow speed", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
start = tg.Data(
    "Rider start command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Operator's confirmation of the next rider, any speed override, and a fall mark "
    "for the previous ride.",
)
setpoint = tg.Data(
    "Cable speed setpoint",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
drive_status = tg.Data("Drive status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
estop = tg.Data(
    "Emergency stop signal",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ride_logs = tg.Data(
    "Ride logs",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Per ride: rider id, level, weight, wind, speed used, and falls the operator marks.",
)
artifact = tg.Data(
    "Tow speed model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Riders booking on their phones and declaring their level and weight.
    rider = tm.add(tg.Actor("Rider", role="rider"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout for slot bookings.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Cloud hosting", trust=tg.Trust.INTERNAL):
    # Backend of the booking app: accounts, slots, rider level and weight.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="level from a fixed list, weight between 30 and 150 kg"),
            },
        )
    )
    # Rider accounts, bookings and declared profiles.
    rider_db = tm.add(
        tg.DataStore(
            "Rider database",
            stores={profile},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Monthly retraining of the speed model from exported ride logs.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Tower network", trust=tg.Trust.INTERNAL):
    # Staff running the cable from the tower.
    operator = tm.add(tg.Actor("Tower operator", role="cable operator"))
    # Pulls the day's queue so the tower keeps working if the internet drops.
    sync_job = tm.add(tg.Service("Daily rider queue sync job"))
    # Local copy of the day's queue and the ride logs.
    session_db = tm.add(tg.DataStore("Tower session database", stores={queue, ride_logs}))
    # Combines rider, wind and model output and drives the cable setpoint.
    speed_svc = tm.add(
        tg.Service(
            "Tow speed service",
            description="Proposes a speed for the next rider and sends the setpoint to the drive "
            "when the operator starts the rider.",
            controls={
                c.HumanInTheLoop(
                    approver="tower operator",
                    note="operator sees the proposed speed and confirms each rider's start",
                )
            },
        )
    )
    # In-house gradient-boosted regressor: speed from level, weight and wind.
    model = tm.add(
        tg.Model(
            "Tow speed model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="A too-fast tow throws riders; a too-slow one sinks them at the start.",
        )
    )
    # Touchscreen at the tower showing the queue, proposed speed and drive state.
    console = tm.add(tg.Endpoint("Operator console", purpose=tg.EndpointPurpose.API))

    with tm.boundary("Cable control network", trust=tg.Trust.RESTRICTED):
        # Variable-frequency drive controller of the cable motor.
        plc = tm.add(
            tg.Service(
                "Cable drive PLC",
                controls={
                    c.SafetyLimits(
                        limits="PLC clamps cable speed to 15-36 km/h and limits acceleration; "
                        "hardwired e-stop cuts the drive"
                    )
                },
            )
        )
        # Red mushroom button on the tower panel, wired into the drive's safety circuit.
        estop_button = tm.add(tg.Device("Emergency stop button", fleet=False))
        # Wind speed and direction at the top of the tower.
        anemometer = tm.add(tg.Device("Tower anemometer", fleet=False))

# ---------------------------------------------------------------- flows
# Booking
tm.flow(rider, booking_api, profile, protocol="https")
tm.flow(booking_api, rider, confirmation, protocol="https")
tm.flow(booking_api, payments, checkout, protocol="https")
tm.flow(
    payments,
    booking_api,
    payment_webhook,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature verified")},
)
tm.flow(booking_api, rider_db, profile)
tm.flow(rider_db, booking_api, profile)

# Daily queue to the tower
tm.flow(booking_api, sync_job, queue, protocol="https", label="daily sync of today's queue")
tm.flow(sync_job, session_db, queue)
tm.flow(session_db, speed_svc, queue)

# Speed control
tm.flow(anemometer, speed_svc, wind, protocol="modbus")
tm.flow(speed_svc, model, features)
tm.flow(model, speed_svc, proposed)
tm.flow(speed_svc, console, proposed, queue)
tm.flow(console, operator, proposed, queue, label="on the panel")
tm.flow(operator, console, start, label="touchscreen")
tm.flow(console, speed_svc, start)
tm.flow(speed_svc, plc, setpoint, protocol="modbus")
tm.flow(plc, speed_svc, drive_status, protocol="modbus")
tm.flow(operator, estop_button, estop, label="on the panel")
tm.flow(estop_button, plc, estop, label="hardwired safety circuit")
tm.flow(speed_svc, session_db, ride_logs)

# Retraining
tm.flow(session_db, training, ride_logs, protocol="https", label="monthly export")
tm.flow(training, model, artifact, protocol="https", label="deploy")
