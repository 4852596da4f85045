"""Inland waterway lock scheduling: the first design, before any security review.

The waterways authority schedules boats through a chain of canal locks. Boaters book
passages and see expected waiting times in a phone app backed by a public booking API.
Vessel positions come from a commercial AIS data provider and, for boats without AIS,
from the app's opt-in location sharing. An in-house model, retrained monthly on the
passage history, predicts when each boat will reach each lock; a schedule optimiser
combines those predictions with the bookings to order the lock cycles and to publish
waiting times. The proposed order appears on a console in the central control room,
where lock keepers accept or change it and carry out each cycle through the existing
lock SCADA, which drives the gate and sluice PLCs at every lock.
Controls: boater accounts with e-mail and password, rate limits on the API, HTTPS to
the outside, bookings encrypted at rest, keeper logins and audit logs on the SCADA,
hardwired interlocks in the lock PLCs, and a backtest before each model release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Inland waterway lock scheduling",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Arrival prediction and lock-cycle ordering for a canal lock chain, "
    "executed by lock keepers, with a boater booking app.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Passage booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Boater name, contact, boat name and size, requested passage and time.",
)
boater_accounts = tg.Data("Boater accounts", kind="records", sensitivity=tg.Sensitivity.PII)
ais_positions = tg.Data(
    "AIS vessel positions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="MMSI, vessel name, position, speed and heading, as broadcast by the boats.",
)
app_positions = tg.Data("App location shares", kind="records", sensitivity=tg.Sensitivity.PII)
arrival_features = tg.Data(
    "Arrival features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
predicted_arrivals = tg.Data(
    "Predicted lock arrival times", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
proposed_schedule = tg.Data(
    "Proposed lock cycle schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
keeper_schedule = tg.Data(
    "Keeper-accepted schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The order the keepers actually run, with their changes and holds.",
)
waiting_times = tg.Data(
    "Passage slots and waiting times", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
lock_commands = tg.Data(
    "Lock operation commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Open and close gates, open and close sluices, level chamber.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lock_status = tg.Data(
    "Lock status and cycle events", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
passage_history = tg.Data(
    "Passage history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past AIS tracks, bookings and lock cycle times, joined per passage.",
)
model_file = tg.Data("Arrival model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Leisure and commercial boaters using the canal.
    boater = tm.add(tg.Actor("Boater", role="boater"))
    # Phone app for bookings, waiting times and opt-in location sharing.
    app = tm.add(tg.Device("Boater app", description="iOS and Android phone app."))

with tm.boundary("AIS data provider", trust=tg.Trust.PARTNER):
    # Commercial aggregator of AIS receptions along the waterway.
    ais_feed = tm.add(
        tg.DataSource("AIS position feed", origin=tg.Origin.VENDOR, provides={ais_positions})
    )

with tm.boundary("Authority cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the app.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # Boater accounts and passage bookings.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, boater_accounts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Merges AIS, app positions and lock events into per-boat tracks and features.
    ingestion = tm.add(
        tg.Service(
            "Position ingestion service", description="Streams positions into tracks and features."
        )
    )
    # Predicts each boat's arrival time at each lock.
    arrival_model = tm.add(
        tg.Model(
            "Lock arrival prediction model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees over speed, distance, booking and lock queue features.",
        )
    )
    # Orders lock cycles (up/down, which boats share a chamber) from predictions and bookings.
    optimiser = tm.add(
        tg.Service(
            "Lock schedule optimiser",
            description="Constraint solver; no language model. Re-plans every minute.",
        )
    )
    # Historic passages the model is trained on.
    history = tm.add(tg.Dataset("Passage history store", stores={passage_history}))
    # Monthly retraining with a backtest on the last month before release.
    training = tm.add(
        tg.Pipeline(
            "Monthly arrival model retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="backtest of arrival error before release")},
        )
    )
    # Where trained model files are kept and loaded from.
    model_store = tm.add(
        tg.ModelRegistry("Model file bucket", stores={model_file}, controls={c.ModelVersioning()})
    )

with tm.boundary("Control room", trust=tg.Trust.RESTRICTED):
    # Staff who decide and carry out each lock cycle.
    keeper = tm.add(tg.Actor("Lock keeper", role="lock keeper", privileged=True))
    # Shows the proposed cycle order and waiting boats; keepers accept or change it.
    console = tm.add(
        tg.Service(
            "Scheduling console",
            controls={c.HumanInTheLoop(approver="lock keeper on duty")},
        )
    )

    with tm.boundary("Lock OT network", trust=tg.Trust.RESTRICTED):
        # Existing SCADA through which keepers operate the locks remotely.
        scada = tm.add(
            tg.Service(
                "Lock SCADA",
                controls={
                    c.Authentication(method="named keeper accounts with password"),
                    c.AuditLogging(retention_days=365),
                },
            )
        )
        # Gate and sluice PLCs at each lock, with hardwired interlocks.
        plcs = tm.add(
            tg.Device(
                "Lock gate and sluice PLCs",
                controls={
                    c.SafetyLimits(
                        limits="hardwired interlocks: a gate opens only at level, never both gates at once"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(boater, app, booking, app_positions, label="books passage")
tm.flow(app, boater, waiting_times)
tm.flow(app, booking_api, booking, protocol="https")
tm.flow(app, booking_api, app_positions, protocol="https", label="location sharing")
tm.flow(booking_api, app, waiting_times, booking, protocol="https")
tm.flow(booking_api, booking_db, booking, boater_accounts)
tm.flow(booking_db, booking_api, booking, boater_accounts)
tm.flow(booking_api, ingestion, app_positions)

tm.flow(ais_feed, ingestion, ais_positions, protocol="https")
tm.flow(ingestion, arrival_model, arrival_features)
tm.flow(arrival_model, optimiser, predicted_arrivals)
tm.flow(booking_db, optimiser, booking)
tm.flow(optimiser, booking_api, waiting_times)

tm.flow(optimiser, console, proposed_schedule)
tm.flow(console, keeper, proposed_schedule)
tm.flow(keeper, console, keeper_schedule, label="accepts or changes order")
tm.flow(console, optimiser, keeper_schedule)
tm.flow(keeper, scada, lock_commands, label="operates lock cycle")
tm.flow(scada, keeper, lock_status)
tm.flow(scada, plcs, lock_commands, protocol="modbus")
tm.flow(plcs, scada, lock_status, protocol="modbus")
tm.flow(scada, ingestion, lock_status, label="cycle events")

tm.flow(ingestion, history, passage_history)
tm.flow(history, training, passage_history)
tm.flow(training, model_store, model_file)
tm.flow(model_store, arrival_model, model_file, label="load on release")
