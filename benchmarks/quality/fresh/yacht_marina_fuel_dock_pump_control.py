"""Yacht marina fuel dock: card kiosk, pump control and leak monitoring, first design.

Boaters at our US marina's fuel dock pay at a self-service kiosk: they insert a
card, pick a pump and a preset, and the kiosk's P2PE card reader gets a
pre-authorisation from the payment processor over TLS. The kiosk then tells the
fuel dock controller (a PLC on the dock LAN, Modbus TCP) to unlock the pump; the
controller reads the dispensers' meter pulses and reports the volume back so
that the kiosk captures the final amount and records the sale. A leak and
anomaly model, trained in-house on the telemetry historian, watches tank probes,
line flow sensors and dispensing events and alerts the dock attendant, who
signs in to the attendant console and can stop the pumps. The fuel supplier's
inventory system polls a tank level API over HTTPS with an API key to schedule
deliveries. New models are back-tested before they are deployed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Yacht marina fuel dock pump control",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss"},
    description="Card-authorised self-service fuel dock with ML leak and anomaly alerts.",
)

# ---------------------------------------------------------------- data assets
card_data = tg.Data(
    "Card data",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="EMV chip or contactless data, encrypted by the P2PE reader.",
)
fuel_request = tg.Data("Fuel request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
authorisation = tg.Data(
    "Card authorisation result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
capture = tg.Data("Final capture", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
receipt = tg.Data("Fuel receipt", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
pump_command = tg.Data(
    "Pump authorise and stop commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
meter_reading = tg.Data(
    "Dispensed volume",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
sale = tg.Data(
    "Fuel sale record",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Pump, litres, amount, masked card number and the berth or boat name entered.",
)
dispensing_events = tg.Data(
    "Dispensing events", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
sensor_readings = tg.Data(
    "Tank and flow sensor readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data("Dock telemetry history", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
alert = tg.Data(
    "Leak and anomaly alert",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert_feedback = tg.Data(
    "Attendant alert feedback", sensitivity=tg.Sensitivity.INTERNAL, kind="labels"
)
model_artifact = tg.Data(
    "Leak model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
console_login = tg.Data("Attendant login", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
tank_levels = tg.Data("Tank levels", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
api_key = tg.Data("Supplier API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Public dock", trust=tg.Trust.UNTRUSTED):
    # Anyone who ties up at the fuel dock.
    boater = tm.add(tg.Actor("Boater", role="customer"))

with tm.boundary("Payment processor", trust=tg.Trust.PARTNER):
    # Card pre-authorisation and capture.
    processor = tm.add(tg.ExternalService("Payment processor"))

with tm.boundary("Fuel supplier", trust=tg.Trust.PARTNER):
    # The supplier's vendor-managed-inventory system that plans our deliveries.
    supplier = tm.add(
        tg.ExternalService(
            "Fuel supplier inventory system",
            description="Polls our tank levels every hour to schedule tanker deliveries.",
        )
    )

with tm.boundary("Fuel dock equipment", trust=tg.Trust.INTERNAL):
    # Self-service payment point on the pontoon, with a P2PE card reader.
    kiosk = tm.add(
        tg.Service(
            "Fuel kiosk",
            description="Touchscreen kiosk PC with an integrated P2PE card reader.",
            controls={c.InputValidation()},
        )
    )
    # Unlocks and meters the pumps.
    controller = tm.add(
        tg.Service(
            "Fuel dock controller",
            description="PLC that authorises dispensers and counts their meter pulses.",
        )
    )
    # The dispensers themselves: solenoid valve, pump motor and pulse meter.
    dispensers = tm.add(
        tg.Service("Dispenser pumps", description="Two diesel and two petrol dispensers.")
    )
    # Tank probes and line flow and pressure sensors.
    sensors = tm.add(
        tg.Device(
            "Tank probes and line flow sensors",
            fleet=True,
            description="Magnetostrictive tank probes and flow/pressure transmitters on the supply lines.",
        )
    )

with tm.boundary("Marina office network", trust=tg.Trust.INTERNAL):
    # Stores sales for reconciliation and the marina's accounts.
    sales_db = tm.add(tg.DataStore("Fuel sales database", stores={sale}))
    # Time series of sensor readings and dispensing events; the model's training data.
    historian = tm.add(
        tg.DataStore("Telemetry historian", stores={telemetry, tank_levels, alert_feedback})
    )
    # Scores the live telemetry and raises alerts.
    monitor = tm.add(
        tg.Service(
            "Leak monitoring service",
            description="Compares tank drop, line flow and metered volume every few seconds.",
        )
    )
    # Flags leaks and unusual dispensing.
    leak_model = tm.add(
        tg.Model(
            "Leak and anomaly model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted detector over sensor and dispensing features.",
        )
    )
    # Monthly retraining on historian data and attendant feedback.
    training = tm.add(
        tg.Pipeline(
            "Leak model retraining",
            stage=tg.Stage.TRAINING,
            controls={
                c.ModelValidation(note="back-tested against last quarter's confirmed incidents")
            },
        )
    )
    # Where the attendant sees alerts and can stop the pumps.
    console = tm.add(
        tg.Service(
            "Attendant console",
            controls={c.Authentication(method="individual username and password")},
        )
    )
    # Read-only tank level feed for the fuel supplier.
    tank_api = tm.add(
        tg.Endpoint(
            "Tank level API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="static API key per supplier")},
        )
    )

with tm.boundary("Dock office", trust=tg.Trust.INTERNAL):
    # Staff member on duty at the fuel dock.
    attendant = tm.add(tg.Actor("Dock attendant", role="dock attendant"))

# ---------------------------------------------------------------- flows
# Paying for fuel
tm.flow(boater, kiosk, card_data, fuel_request, label="card and pump choice")
tm.flow(kiosk, boater, receipt)
tm.flow(
    kiosk,
    processor,
    card_data,
    capture,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(processor, kiosk, authorisation, protocol="https")
tm.flow(kiosk, sales_db, sale)

# Pump control
tm.flow(kiosk, controller, pump_command, protocol="modbus")
tm.flow(controller, kiosk, meter_reading, protocol="modbus")
tm.flow(controller, dispensers, pump_command, label="wired authorise relay")
tm.flow(dispensers, controller, meter_reading, label="meter pulses")

# Leak and anomaly monitoring
tm.flow(sensors, monitor, sensor_readings, protocol="modbus")
tm.flow(controller, monitor, dispensing_events, protocol="modbus")
tm.flow(monitor, historian, telemetry)
tm.flow(monitor, leak_model, telemetry)
tm.flow(leak_model, monitor, alert)
tm.flow(monitor, console, alert)
tm.flow(console, attendant, alert)
tm.flow(
    attendant, console, console_login, alert_feedback, pump_command, label="sign-in, feedback, stop"
)
tm.flow(console, historian, alert_feedback)
tm.flow(console, controller, pump_command, protocol="modbus", label="emergency stop")

# Retraining
tm.flow(historian, training, telemetry, alert_feedback)
tm.flow(training, leak_model, model_artifact, label="deploy")

# Supplier tank levels
tm.flow(supplier, tank_api, api_key, protocol="https", label="hourly poll")
tm.flow(tank_api, supplier, tank_levels, protocol="https")
tm.flow(historian, tank_api, tank_levels)
