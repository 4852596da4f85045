"""Tidal ferry slipway level model: the first design, before any security review.

A passenger ferry crosses a tidal estuary and lands on a slipway. Near low water
the slipway can dry out, so the ferry must stop running or move to the other
slipway. A forecasting service combines readings from the harbour authority's tide
gauge API (polled with an API key the authority issues) with our own pressure gauge
on the slipway, and a level model predicts the water depth at the slipway for the
next hours. An advisory service turns the forecast into running advice (run, stop,
switch slipway) and pushes it to the skipper's tablet on the ferry and to the
ticketing service used by the ticket office. The skipper can override the advice
from the tablet; overrides are logged for the safety management system. Passengers
use the ferry app to see the timetable and disruption alerts and to buy tickets,
paying on the payment provider's hosted page. Everything except the gauge, the
tablet and the outside parties runs in the ferry company's cloud account.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Tidal ferry slipway level model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Predicts slipway water level and advises the skipper and ticket office "
    "when the ferry must stop or switch slipways; passenger app for timetable and tickets.",
)

# ---------------------------------------------------------------- data assets
harbour_readings = tg.Data(
    "Harbour tide gauge readings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
slipway_readings = tg.Data(
    "Slipway gauge readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
level_history = tg.Data("Water level history", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Slipway water level forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
advice = tg.Data(
    "Running advice",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Run, stop or switch slipway, with the forecast depth behind it.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data(
    "Skipper override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
running_status = tg.Data(
    "Service running status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
timetable = tg.Data(
    "Timetable and disruption alerts", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
ticket_order = tg.Data("Ticket order", kind="records", sensitivity=tg.Sensitivity.PII)
tickets = tg.Data(
    "Passenger accounts and tickets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
walk_up_sale = tg.Data("Walk-up ticket sale", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_request = tg.Data(
    "Payment session request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public using the ferry app on their own phones.
    passenger = tm.add(tg.Actor("Passenger", role="ferry passenger"))

with tm.boundary("Harbour authority", trust=tg.Trust.PARTNER):
    # The authority's published gauge readings for the estuary, polled every few minutes.
    harbour_api = tm.add(
        tg.ExternalService(
            "Harbour authority tide gauge API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach our systems.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Slipway and ferry", trust=tg.Trust.INTERNAL):
    # Our own pressure gauge on the slipway, reporting over a cellular modem.
    slipway_gauge = tm.add(
        tg.Device(
            "Slipway tide gauge",
            fleet=False,
            description="Pressure transducer and logger at the foot of the slipway.",
        )
    )
    # The ferry's company-issued tablet in the wheelhouse.
    tablet = tm.add(
        tg.Device(
            "Skipper tablet",
            fleet=False,
            description="Shows the running advice and lets the skipper override it.",
        )
    )
    # The person in command, who has the final say on whether the ferry runs.
    skipper = tm.add(tg.Actor("Skipper", role="ferry skipper", privileged=True))

with tm.boundary("Ticket office", trust=tg.Trust.INTERNAL):
    # Staff selling walk-up tickets and answering passengers at the pier.
    clerk = tm.add(tg.Actor("Ticket office clerk", role="ticket office staff"))

with tm.boundary("Ferry company cloud", trust=tg.Trust.INTERNAL):
    # Collects gauge readings from both sources into one history.
    ingestion = tm.add(
        tg.Service(
            "Tide reading ingestion",
            description="Polls the harbour API and receives the slipway gauge messages.",
        )
    )
    # Time series of water levels the model forecasts from.
    readings_store = tm.add(
        tg.DataStore(
            "Water level history store", stores={harbour_readings, slipway_readings, level_history}
        )
    )
    # Predicts the depth at the slipway for the next six hours.
    level_model = tm.add(
        tg.Model(
            "Slipway water level model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Harmonic tide prediction corrected by a residual model on recent readings.",
            controls={
                tg.controls.ModelValidation(note="back-tested against two years of gauge data")
            },
        )
    )
    # Turns the forecast into run / stop / switch advice and records overrides.
    advisory = tm.add(
        tg.Service(
            "Running advisory service",
            controls={
                tg.controls.Authentication(
                    method="crew account username and password on the tablet app"
                ),
                tg.controls.AuditLogging(note="every advice change and skipper override is logged"),
            },
        )
    )
    # Timetable, bookings and disruption status for the app and the ticket office.
    ticketing = tm.add(
        tg.Service(
            "Ticketing service",
            controls={tg.controls.RBAC(note="ticket office staff role for the office screens")},
        )
    )
    # Bookings and passenger accounts.
    ticket_store = tm.add(
        tg.DataStore(
            "Ticket database",
            stores={tickets},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Public API behind the passenger app.
    app_api = tm.add(
        tg.Endpoint(
            "Ferry app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RateLimiting(requests_per_minute=120),
            },
        )
    )

# ---------------------------------------------------------------- flows
# tide data in
tm.flow(
    harbour_api,
    ingestion,
    harbour_readings,
    protocol="https",
    label="polled with authority-issued API key",
)
tm.flow(slipway_gauge, ingestion, slipway_readings, protocol="mqtt", label="cellular modem")
tm.flow(ingestion, readings_store, harbour_readings, slipway_readings)
tm.flow(readings_store, level_model, level_history)
tm.flow(level_model, advisory, forecast)

# advice to the skipper, and the skipper's override back
tm.flow(advisory, tablet, advice, forecast, protocol="https")
tm.flow(tablet, skipper, advice, label="shown on the touchscreen")
tm.flow(skipper, tablet, override, label="on the touchscreen")
tm.flow(tablet, advisory, override, protocol="https")

# advice to the ticket office and to passengers
tm.flow(advisory, ticketing, running_status)
tm.flow(ticketing, clerk, running_status, timetable, protocol="https", label="office screen")
tm.flow(clerk, ticketing, walk_up_sale, protocol="https")
tm.flow(ticketing, app_api, timetable)
tm.flow(app_api, passenger, timetable, tickets, protocol="https")

# ticket purchase
tm.flow(passenger, app_api, ticket_order, protocol="https")
tm.flow(app_api, ticketing, ticket_order)
tm.flow(ticketing, app_api, tickets)
tm.flow(ticketing, ticket_store, tickets, walk_up_sale)
tm.flow(ticket_store, ticketing, tickets)
tm.flow(ticketing, payments, payment_request, protocol="https")
tm.flow(passenger, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(payments, ticketing, payment_confirmation, protocol="https", label="payment webhook")
