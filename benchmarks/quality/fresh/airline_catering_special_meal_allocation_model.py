"""Special-meal allocation for an airline caterer: the first design.

Our flight kitchens load special meals (vegetarian, kosher, halal, diabetic,
gluten-free, nut-free...) for the airlines we cater at an EU hub. Today planners
count SSR meal codes by hand; this system forecasts the special-meal uplift per
flight from the bookings, the coded meal requests and each route's no-show history.
Airlines send booking manifests and final flown loads to us by SFTP. Many
passengers write a free-text dietary note instead of a meal code, so a note
interpreter sends each note to a hosted LLM that maps it to IATA meal codes.
A gradient-boosted forecast model, retrained weekly on no-show history, turns
the counts into an uplift per flight, which lands in the production planning
system. Catering planners review and sign off the plan in a web app behind
corporate SSO before the kitchen produces it. Booking data is encrypted at
rest; the note interpreter accepts only codes from the IATA list.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airline catering special-meal allocation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Forecasts special-meal uplift per flight from bookings, meal requests "
    "and no-show history; an LLM reads passengers' free-text dietary notes.",
)

# ---------------------------------------------------------------- data assets
manifests = tg.Data(
    "Booking manifests",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Per flight: PNR locator, passenger name, seat, class and SSR meal codes "
    "(KSML, MOML, DBML... reveal religion and health).",
)
dietary_notes = tg.Data(
    "Passenger dietary notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text typed by passengers or agents at booking, "
    "e.g. 'severe peanut allergy, no sesame please'.",
)
flown_loads = tg.Data(
    "Final flown loads",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Boarded passengers and special meals taken per flight, sent after departure.",
)
note_prompt = tg.Data(
    "Dietary note interpretation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the list of IATA meal codes and one passenger's note.",
)
interpreted_codes = tg.Data(
    "Interpreted meal codes",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Meal codes the LLM derived from a note, stored against the booking.",
)
no_show_history = tg.Data(
    "No-show history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Two years of booked vs flown special meals per route, day and time.",
)
flight_features = tg.Data(
    "Flight meal-count features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Booked special meals by code, load factor, route and departure time.",
)
forecast_weights = tg.Data(
    "Forecast model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="LightGBM model saved with joblib.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
uplift_forecast = tg.Data(
    "Special-meal uplift forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
uplift_plan = tg.Data(
    "Special-meal uplift plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Meals to produce per flight, with passenger name and seat for each labelled tray.",
)
planner_changes = tg.Data(
    "Planner adjustments and sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Airline partner", trust=tg.Trust.PARTNER):
    # The airline's reservation and departure-control systems push manifests and loads to us.
    airline_feed = tm.add(
        tg.DataSource(
            "Airline booking feed",
            origin=tg.Origin.PARTNER,
            provides={manifests, dietary_notes, flown_loads},
            description="Manifests at D-3, D-1 and D-0; flown loads after departure.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted general-purpose model; we call it through the vendor's EU API endpoint.
    note_llm = tm.add(
        tg.LLM(
            "Hosted dietary-note LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Maps a free-text dietary note to IATA special-meal codes.",
        )
    )

with tm.boundary("Caterer cloud", trust=tg.Trust.INTERNAL):
    # Receives the airline's SFTP drops and loads them into the booking store.
    ingestion = tm.add(
        tg.Pipeline(
            "Booking ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="manifest files must match the airline's PNL/ADL layout")
            },
        )
    )
    # Holds manifests, notes and interpreted codes for the forecast window.
    booking_store = tm.add(
        tg.DataStore(
            "Passenger meal booking store",
            stores={manifests, dietary_notes, interpreted_codes, flown_loads},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Sends each new note to the LLM and writes back the meal codes it returns.
    interpreter = tm.add(
        tg.Service(
            "Dietary note interpreter",
            controls={
                c.OutputFiltering(note="only codes from the IATA special-meal list are accepted")
            },
        )
    )
    # Builds per-flight features and asks the model for an uplift, nightly and at D-0.
    forecaster = tm.add(tg.Service("Uplift forecast service"))
    # The forecast model itself, served in-process by the forecast service.
    forecast_model = tm.add(
        tg.Model(
            "Special-meal uplift model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees predicting meals to load per code per flight.",
        )
    )
    # Snapshot of booked vs flown special meals used for weekly retraining.
    history_set = tm.add(tg.Dataset("No-show history set", stores={no_show_history}))
    # Weekly retraining job.
    training = tm.add(
        tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Keeps each trained model version for rollback.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={forecast_weights}, controls={c.ModelVersioning()}
        )
    )
    # The kitchen's system of record for what to produce per flight.
    planning_system = tm.add(tg.DataStore("Production planning system", stores={uplift_plan}))
    # Web app in which planners review, adjust and sign off the plan.
    planning_app = tm.add(
        tg.Endpoint(
            "Meal planning web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="duty catering planner"),
            },
        )
    )

with tm.boundary("Caterer corporate network", trust=tg.Trust.INTERNAL):
    # Plans production for each flight wave at the hub kitchen.
    planner = tm.add(tg.Actor("Catering planner", role="planner"))
    # Maintains and retrains the forecast model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(airline_feed, ingestion, manifests, dietary_notes, flown_loads, protocol="sftp")
tm.flow(ingestion, booking_store, manifests, dietary_notes, flown_loads)

tm.flow(booking_store, interpreter, dietary_notes, label="new notes")
tm.flow(interpreter, note_llm, note_prompt, protocol="https")
tm.flow(note_llm, interpreter, interpreted_codes, protocol="https")
tm.flow(interpreter, booking_store, interpreted_codes)

tm.flow(booking_store, forecaster, manifests, interpreted_codes, label="meal counts per flight")
tm.flow(forecaster, forecast_model, flight_features)
tm.flow(forecast_model, forecaster, uplift_forecast)
tm.flow(forecaster, planning_system, uplift_plan)
tm.flow(planning_system, planning_app, uplift_plan)
tm.flow(planning_app, planner, uplift_plan, protocol="https")
tm.flow(planner, planning_app, planner_changes, protocol="https")
tm.flow(planning_app, planning_system, planner_changes)

tm.flow(booking_store, history_set, no_show_history, label="weekly booked-vs-flown snapshot")
tm.flow(history_set, training, no_show_history)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, forecast_weights)
tm.flow(registry, forecast_model, forecast_weights, label="deploy")
