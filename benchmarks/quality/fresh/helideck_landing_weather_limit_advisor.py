"""Helideck landing weather-limit advisor: the first design, before any security review.

An offshore operator runs a model on the platform that tells inbound helicopter crews
whether the helideck is within landing limits. The helideck monitoring system (HMS)
collects pitch, roll and heave from the deck motion sensor and wind from the helideck
anemometers; an advisory service on the platform IT network combines them with the
offshore forecast pulled from a met provider and asks an in-house model for advice
(within limits, marginal, outside limits, with the predicted motion for the arrival
time). The helideck landing officer (HLO) sees the advice on a console, adds the
observed weather, and passes both to the inbound helicopter by aeronautical VHF radio
and to the helicopter operator's flight-following system, where the operator's base
sees the same data. The HLO, not the model, decides what goes to the pilot. Controls
in this design: HMS sensor-fault alarms, range checks on inputs, a validated and
pinned model version, domain sign-in on the HLO console and an advisory log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Helideck landing weather-limit advisor",
    profile=tg.RiskProfile.HIGH,
    description="Advises inbound helicopters whether the helideck is within landing limits.",
)

# ---------------------------------------------------------------- data assets
motion = tg.Data(
    "Deck motion readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pitch, roll, inclination and heave rate from the motion reference unit.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
wind = tg.Data(
    "Helideck wind readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data(
    "Offshore weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hourly wind, gust, wave height and visibility forecast for the field.",
)
model_inputs = tg.Data(
    "Landing limit model inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
advice = tg.Data(
    "Landing limit advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Within limits / marginal / outside limits, with predicted motion at ETA.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
observed = tg.Data(
    "Observed helideck weather",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The HLO's observation: wind, visibility, cloud base, sea state, deck status.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
acknowledgement = tg.Data(
    "Pilot acknowledgement and ETA", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
advisory_log = tg.Data(
    "Advisory log entries",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Inputs, advice and what the HLO passed on, per landing.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Platform OT network", trust=tg.Trust.RESTRICTED):
    # Motion reference unit on the helideck: the deck motion the limits are about.
    mru = tm.add(tg.Device("Helideck motion sensor", fleet=False))
    # Ultrasonic anemometers at the helideck edge: relative wind speed and direction.
    anemometer = tm.add(tg.Device("Helideck anemometer", fleet=False))
    # Vendor HMS that collects, averages and displays the sensor data (CAP 437 style).
    hms = tm.add(
        tg.Service(
            "Helideck monitoring system",
            description="Collects and averages motion and wind readings; raises sensor alarms.",
            controls={c.AnomalyDetection(note="sensor-fault and stale-data alarms")},
        )
    )

with tm.boundary("Platform IT network", trust=tg.Trust.INTERNAL):
    # Gathers readings and forecast, calls the model, hands advice to the HLO console.
    advisory = tm.add(
        tg.Service(
            "Landing advisory service",
            controls={c.InputValidation(note="range and freshness checks on readings")},
        )
    )
    # In-house model trained onshore on historic HMS data and landing outcomes.
    limit_model = tm.add(
        tg.Model(
            "Landing limit model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Predicts deck motion at ETA and classifies it against the landing limits.",
            controls={
                c.ModelValidation(note="back-tested against recorded HMS data before release"),
                c.ModelVersioning(),
            },
        )
    )
    # Where the HLO reads the advice and enters the observed weather.
    console = tm.add(
        tg.Endpoint(
            "HLO advisory console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="platform domain account and password"),
                c.HumanInTheLoop(approver="helideck landing officer"),
            },
        )
    )
    # Record of each advice for post-flight and incident review.
    log_store = tm.add(
        tg.DataStore(
            "Helideck advisory log",
            stores={advisory_log},
            controls={c.AuditLogging(retention_days=730)},
        )
    )
    # The platform's helideck landing officer: decides and passes the advice on.
    hlo = tm.add(tg.Actor("Helideck landing officer", role="HLO"))

with tm.boundary("Met provider", trust=tg.Trust.PARTNER):
    # Commercial offshore forecast for the field, pulled over the satellite WAN.
    met = tm.add(
        tg.DataSource("Offshore forecast service", origin=tg.Origin.VENDOR, provides={forecast})
    )

with tm.boundary("Helicopter operator", trust=tg.Trust.PARTNER):
    # The operator's flight-following system: tracks flights and carries deck status.
    flight_following = tm.add(tg.ExternalService("Flight-following system"))
    # Operator's base operations: sees the same advice and weather as the crew.
    base = tm.add(tg.Actor("Operator base flight watch", role="flight watch"))
    # Crew of the inbound helicopter, reached by VHF radio.
    pilot = tm.add(tg.Actor("Helicopter pilot", role="pilot"))

# ---------------------------------------------------------------- flows
tm.flow(mru, hms, motion, protocol="nmea-0183")
tm.flow(anemometer, hms, wind, protocol="nmea-0183")
tm.flow(hms, advisory, motion, wind, protocol="opc-ua")
tm.flow(met, advisory, forecast, protocol="https", label="hourly pull")

tm.flow(advisory, limit_model, model_inputs)
tm.flow(limit_model, advisory, advice)
tm.flow(advisory, log_store, advisory_log)

tm.flow(advisory, console, advice, motion, wind)
tm.flow(console, hlo, advice, motion, wind, label="on screen")
tm.flow(hlo, console, observed, label="enters observation")
tm.flow(console, advisory, observed)

tm.flow(hlo, pilot, advice, observed, protocol="vhf radio")
tm.flow(pilot, hlo, acknowledgement, protocol="vhf radio")
tm.flow(console, flight_following, advice, observed, protocol="https")
tm.flow(flight_following, console, acknowledgement, protocol="https", label="flight status")
tm.flow(flight_following, base, advice, observed, acknowledgement, protocol="https")
