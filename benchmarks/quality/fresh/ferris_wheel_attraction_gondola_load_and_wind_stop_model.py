"""Seaside observation wheel: gondola load and wind-stop advice, first design.

A 50 m observation wheel on an EU seafront. Visitors buy timed-entry tickets in an
online shop (card payment on the payment provider's hosted page) and show a QR code
at the boarding gate, where a handheld scanner checks it against the booking system.
On the ride, load cells under each gondola and an anemometer on the hub feed a
telemetry gateway in the ride control room. A model on the site's edge server reads
those readings and the weather service's forecast and predicts unsafe gusts and
gondola imbalance in the next minutes; the operator console shows its advice (stop
loading, or park the wheel). The ride operator decides and acts on the drive
controller's control desk, which keeps the manufacturer's hard-wired wind and
overspeed interlocks. Readings are kept in a historian and the model is retrained
monthly from them. Controls today: TLS on the web links, encrypted booking storage,
rate limiting on the shop, a PIN on the operator console and its advice log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Observation wheel load and wind-stop model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Timed-entry ticketing plus a gust and imbalance model that advises the ride operator.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Ticket booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer name, e-mail, phone, timed-entry slot and number of guests.",
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_result = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
e_ticket = tg.Data("E-ticket QR code", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
ticket_check = tg.Data(
    "Ticket validity result", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
load_readings = tg.Data(
    "Gondola load readings",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
wind_readings = tg.Data(
    "Wind speed and direction readings",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data("Coastal wind forecast", kind="features", sensitivity=tg.Sensitivity.PUBLIC)
advice = tg.Data(
    "Gust and imbalance advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Predicted gust risk and imbalance score with a stop-loading or park-wheel advice.",
)
operator_command = tg.Data(
    "Stop loading or park command", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
ride_state = tg.Data("Wheel drive state", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
sensor_history = tg.Data(
    "Sensor history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data(
    "Gust model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
advice_log = tg.Data(
    "Advice and acknowledgement log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public buying tickets from their phones.
    visitor = tm.add(tg.Actor("Visitor", role="ticket buyer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page: card numbers never touch our systems.
    payments = tm.add(
        tg.ExternalService("Payment provider", description="Hosted checkout page and payment API.")
    )

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # Short-range coastal forecast; gives the model warning of fronts coming in.
    weather = tm.add(
        tg.DataSource(
            "Weather forecast API",
            origin=tg.Origin.VENDOR,
            provides={forecast},
            description="Subscribed marine forecast, refreshed every 10 minutes.",
        )
    )

with tm.boundary("Ticketing cloud", trust=tg.Trust.INTERNAL):
    # The public web shop where timed-entry slots are sold.
    shop = tm.add(
        tg.Endpoint(
            "Ticket shop",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=120)},
        )
    )
    # Bookings and issued tickets; checked at the gate.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, e_ticket, payment_result},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )

with tm.boundary("Wheel site network", trust=tg.Trust.INTERNAL):
    # Gate staff scan each QR code before guests board.
    gate_scanner = tm.add(tg.Device("Boarding gate ticket scanner", fleet=True))
    # Runs the prediction on an edge server in the control room.
    gust_model = tm.add(
        tg.Model(
            "Gust and imbalance model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted model predicting unsafe gusts and gondola imbalance.",
        )
    )
    # Shows the advice to the operator and records that it was acknowledged.
    console = tm.add(
        tg.Endpoint(
            "Operator advisory console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="shared operator PIN"),
                c.AuditLogging(retention_days=365),
                c.HumanInTheLoop(
                    approver="ride operator", note="the model only advises; the operator decides"
                ),
            },
        )
    )
    # Long-term store of readings, used for retraining and incident review.
    historian = tm.add(tg.DataStore("Telemetry historian", stores={sensor_history, advice_log}))
    # Monthly retraining run by the ride engineer on the edge server.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # The person who stops loading or parks the wheel.
    operator = tm.add(tg.Actor("Ride operator", role="ride operator"))

    with tm.boundary("Ride control network", trust=tg.Trust.RESTRICTED):
        # One load cell set per gondola, read through the hub slip ring.
        load_cells = tm.add(tg.Device("Gondola load sensors", fleet=True))
        # Ultrasonic anemometer at the top of the hub.
        anemometer = tm.add(tg.Device("Hub anemometer", fleet=False))
        # Collects the field-bus readings and republishes them on the site network.
        gateway = tm.add(tg.Service("Telemetry gateway"))
        # The manufacturer's drive control; its interlocks stop the wheel on their own.
        drive = tm.add(
            tg.Service(
                "Wheel drive controller",
                controls={
                    c.SafetyLimits(
                        limits="hard-wired wind speed cut-out at 20 m/s and overspeed interlock"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
# Ticket sales
tm.flow(visitor, shop, booking, protocol="https")
tm.flow(shop, booking_db, booking)
tm.flow(visitor, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(payments, shop, payment_result, protocol="https", label="payment webhook")
tm.flow(shop, booking_db, payment_result, e_ticket, label="confirm booking")
tm.flow(shop, visitor, e_ticket, protocol="https")

# Boarding
tm.flow(gate_scanner, shop, e_ticket, protocol="https", label="scan at gate")
tm.flow(booking_db, shop, booking, e_ticket, label="ticket lookup")
tm.flow(shop, gate_scanner, ticket_check, protocol="https")

# Ride telemetry and advice
tm.flow(load_cells, gateway, load_readings, protocol="modbus")
tm.flow(anemometer, gateway, wind_readings, protocol="modbus")
tm.flow(gateway, gust_model, load_readings, wind_readings, protocol="mqtt")
tm.flow(weather, gust_model, forecast, protocol="https")
tm.flow(gust_model, console, advice, protocol="mqtt")
tm.flow(console, operator, advice, label="on the panel")
tm.flow(operator, console, advice_log, label="acknowledges on the touchscreen")
tm.flow(operator, drive, operator_command, label="on the panel")
tm.flow(drive, gateway, ride_state, protocol="modbus")

# History and retraining
tm.flow(gateway, historian, load_readings, wind_readings, ride_state, protocol="mqtt")
tm.flow(console, historian, advice_log)
tm.flow(historian, training, sensor_history, label="monthly export")
tm.flow(training, gust_model, model_file, label="deploy")
