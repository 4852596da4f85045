"""Watermill stone gap and sluice control: the first design.

A heritage working watermill grinds stoneground flour for sale. A small PLC
gateway in the mill's control cabinet reads a grain moisture probe, a wheel speed
sensor and an inline flour fineness sensor, and runs a regression model (built by
the automation integrator) that sets the millstone gap and the sluice gate opening
through two actuators over Modbus. The gap actuator has a mechanical stop so the
stones can never touch. The miller watches the mill and overrides the setpoints
from a tablet over the site Wi-Fi, signing in to the gateway's web app with one
shared password. The gateway sends telemetry to the integrator's cloud portal,
which sends back retrained model files. Customers buy flour in a hosted online
shop that takes card payments through a payment provider; the miller updates
stock and picks up orders from the same tablet.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Watermill stone gap and sluice control",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "A model on a PLC gateway sets the millstone gap and sluice gate from moisture, "
        "wheel speed and fineness sensors; the miller overrides from a tablet; flour is sold online."
    ),
)

# ---------------------------------------------------------------- data assets
moisture = tg.Data("Grain moisture readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
wheel_speed = tg.Data("Wheel speed readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fineness = tg.Data("Flour fineness readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
features = tg.Data(
    "Milling features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Moisture, wheel speed, fineness and current gap and gate positions.",
)
setpoints = tg.Data(
    "Gap and sluice setpoints",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gap_command = tg.Data(
    "Stone gap setpoint",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sluice_command = tg.Data(
    "Sluice gate setpoint",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
positions = tg.Data(
    "Actuator position feedback", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
status = tg.Data("Mill status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
override = tg.Data(
    "Miller override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Manual gap and sluice setpoints, or hand back to the model.",
)
milling_log = tg.Data("Milling log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
telemetry = tg.Data("Mill telemetry", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
model_file = tg.Data(
    "Stone gap model file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn regressor saved with joblib.",
)
stock_update = tg.Data("Stock and batch update", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
orders = tg.Data(
    "Customer orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, delivery address, e-mail and items ordered.",
)
order_confirmation = tg.Data("Order confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_result = tg.Data("Payment result", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public buying flour.
    customer = tm.add(tg.Actor("Customer", role="online customer"))

with tm.boundary("Integrator cloud", trust=tg.Trust.PARTNER):
    # The automation integrator's portal: collects telemetry and ships model updates.
    integrator = tm.add(
        tg.ExternalService(
            "Integrator cloud portal",
            description="Retrains the stone gap model on telemetry and publishes new files.",
        )
    )

with tm.boundary("Shop platform", trust=tg.Trust.PARTNER):
    # Hosted e-commerce platform running the mill's online shop.
    shop = tm.add(
        tg.ExternalService(
            "Online flour shop",
            description="Hosted shop: product pages, stock, orders and dispatch.",
            controls={
                tg.controls.Authentication(method="staff account password with 2-step verification")
            },
        )
    )
    # Card payments are taken on the provider's hosted checkout, never by the mill.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Mill site", trust=tg.Trust.INTERNAL):
    # The miller runs the mill by hand when needed and fulfils orders.
    miller = tm.add(tg.Actor("Miller", role="miller", privileged=True))
    # Shared tablet on the site Wi-Fi: gateway web app and shop admin.
    tablet = tm.add(
        tg.Device(
            "Miller's tablet",
            fleet=False,
            description="Android tablet used for overrides and for the shop's admin app.",
        )
    )

    with tm.boundary("Control cabinet", trust=tg.Trust.INTERNAL):
        # Runs the control loop, serves the override web app and stores the log.
        gateway = tm.add(
            tg.Service(
                "PLC gateway",
                description="Industrial PLC gateway with Wi-Fi and a small web server.",
                controls={
                    tg.controls.Authentication(
                        method="single shared password on the gateway web app"
                    )
                },
            )
        )
        # Predicts the stone gap and sluice opening that keep the flour in spec.
        model = tm.add(
            tg.Model(
                "Stone gap model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                description="Gradient-boosted regressor built for this mill by the integrator.",
            )
        )
        # Readings, setpoints and overrides kept on the gateway's SD card.
        log_store = tm.add(tg.DataStore("Milling log store", stores={milling_log}))

    with tm.boundary("Mill floor", trust=tg.Trust.INTERNAL):
        # Capacitive probe in the grain hopper.
        moisture_probe = tm.add(tg.Device("Grain moisture probe", fleet=False))
        # Inductive pickup on the water wheel shaft.
        speed_sensor = tm.add(tg.Device("Wheel speed sensor", fleet=False))
        # Laser diffraction sensor on the meal spout.
        fineness_sensor = tm.add(tg.Device("Flour fineness sensor", fleet=False))
        # Motorised tentering gear raising and lowering the runner stone.
        gap_actuator = tm.add(
            tg.Device(
                "Millstone gap actuator",
                fleet=False,
                controls={
                    tg.controls.SafetyLimits(
                        limits="mechanical stop keeps a minimum gap so the stones never touch"
                    )
                },
            )
        )
        # Motorised sluice gate setting the water flow onto the wheel.
        sluice_actuator = tm.add(tg.Device("Sluice gate actuator", fleet=False))

# ---------------------------------------------------------------- flows
# Sensing
tm.flow(moisture_probe, gateway, moisture, label="4-20 mA signal")
tm.flow(speed_sensor, gateway, wheel_speed, label="pulse input")
tm.flow(fineness_sensor, gateway, fineness, protocol="modbus")

# Model and actuation
tm.flow(gateway, model, features, protocol="local")
tm.flow(model, gateway, setpoints, protocol="local")
tm.flow(gateway, gap_actuator, gap_command, protocol="modbus")
tm.flow(gap_actuator, gateway, positions, protocol="modbus")
tm.flow(gateway, sluice_actuator, sluice_command, protocol="modbus")
tm.flow(sluice_actuator, gateway, positions, protocol="modbus")
tm.flow(gateway, log_store, milling_log, protocol="local")

# The miller at the tablet: overrides, stock and orders
tm.flow(gateway, tablet, status, protocol="http")
tm.flow(tablet, gateway, override, protocol="http")
tm.flow(tablet, miller, status, orders, label="touchscreen")
tm.flow(miller, tablet, override, stock_update, label="touchscreen")

# Integrator
tm.flow(gateway, integrator, telemetry, protocol="https")
tm.flow(integrator, gateway, model_file, protocol="https", label="model update")

# Online shop
tm.flow(tablet, shop, stock_update, protocol="https")
tm.flow(shop, tablet, orders, protocol="https")
tm.flow(customer, shop, orders, protocol="https")
tm.flow(shop, customer, order_confirmation, protocol="https")
tm.flow(customer, payments, card_details, protocol="https")
tm.flow(payments, shop, payment_result, protocol="https")
