"""Airport special assistance (PRM) dispatch: the first design, before any security review.

An EU airport runs the assistance service for passengers with reduced mobility.
Passengers ask for help through their airline, which passes the request on as an
SSR code in its passenger list messages, or directly through a form on the
airport's website. Requests land in a PRM request database in the airport's cloud
tenant. A nightly pipeline joins the requests with flight schedules and booking
counts from the airport operational database (AODB) to train a demand model, which
forecasts assistance demand per gate and hour. A dispatch service combines the
forecast with today's known requests and proposes agent assignments; dispatchers
confirm them in a web app on the operations network, and assistance agents receive
their jobs and report progress on airside handhelds. Dispatchers sign in with the
airport's SSO; the request database is encrypted at rest and the web form validates
its input. The assistance itself is carried out by a contracted handling company.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport wheelchair assistance dispatch",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Forecasts PRM assistance demand per gate and hour and dispatches assistance agents.",
)

# ---------------------------------------------------------------- data assets
web_request = tg.Data(
    "Web assistance request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact, flight, assistance type and mobility aid details (health data).",
)
confirmation = tg.Data("Request confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
airline_notice = tg.Data(
    "Airline PRM pre-notification",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="PNL/ADL lines with SSR codes (WCHR, WCHS, WCHC, BLND, DEAF) per passenger.",
)
prm_requests = tg.Data(
    "PRM requests",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="All known assistance requests with their status and history.",
)
flight_schedule = tg.Data(
    "Flight schedule and booking counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Flights, stands and gates, times and booked passenger numbers.",
)
demand_features = tg.Data("Demand features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
training_set = tg.Data(
    "Demand training history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past requests per flight and gate joined with schedules.",
)
model_artifact = tg.Data(
    "Demand model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
forecast = tg.Data(
    "Demand forecast per gate and hour", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
assignment_plan = tg.Data(
    "Proposed and confirmed assignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which agent serves which passenger at which gate and time.",
)
job = tg.Data(
    "Assistance job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passenger name, assistance type, flight, pick-up and drop-off points.",
)
job_status = tg.Data("Job status update", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Passengers (or someone booking on their behalf) who ask for help directly.
    passenger = tm.add(tg.Actor("Passenger", role="passenger"))

with tm.boundary("Airline partners", trust=tg.Trust.PARTNER):
    # The airlines' departure control systems send passenger lists with SSR codes.
    airline_dcs = tm.add(
        tg.DataSource(
            "Airline passenger list messages",
            origin=tg.Origin.PARTNER,
            provides={airline_notice},
            description="PNL/ADL messages via the SITA Type B network.",
        )
    )

with tm.boundary("Airport cloud tenant", trust=tg.Trust.INTERNAL):
    # The public form for passengers who did not go through their airline.
    web_form = tm.add(
        tg.Endpoint(
            "Assistance web form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.InputValidation(note="required fields, flight number format, length limits")
            },
        )
    )
    # Parses the airline messages and files the SSR lines as requests.
    message_ingest = tm.add(
        tg.Pipeline(
            "Passenger message ingestion",
            stage=tg.Stage.INGESTION,
            description="Extracts PRM SSR lines from PNL/ADL messages.",
        )
    )
    # Proposes agent assignments from the forecast and today's requests.
    dispatch = tm.add(
        tg.Service(
            "Dispatch service",
            description="Optimiser that proposes assignments; dispatchers confirm them.",
        )
    )
    # The model that forecasts how many passengers need help per gate and hour.
    demand_model = tm.add(
        tg.Model(
            "Assistance demand model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regressor scored every 15 minutes for the next 24 hours.",
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Every request, from either channel, and its status.
        request_db = tm.add(
            tg.DataStore(
                "PRM request database",
                stores={prm_requests},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Builds features and retrains the demand model every night.
        training = tm.add(tg.Pipeline("Nightly demand training", stage=tg.Stage.TRAINING))
        # Holds the trained model versions that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Airport operations network", trust=tg.Trust.INTERNAL):
    # The airport operational database: the source of truth for flights and gates.
    aodb = tm.add(tg.DataSource("AODB", origin=tg.Origin.INTERNAL, provides={flight_schedule}))
    # The web app dispatchers use to see demand and confirm assignments.
    dispatcher_app = tm.add(
        tg.Endpoint(
            "Dispatcher web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="airport SSO (Entra ID)"),
                c.RBAC(note="dispatcher and supervisor roles"),
            },
        )
    )
    # The PRM control room staff who assign agents.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="PRM dispatcher"))

with tm.boundary("Airside handheld network", trust=tg.Trust.INTERNAL):
    # Handhelds carried by the contracted assistance agents.
    handhelds = tm.add(
        tg.Device(
            "Assistance agent handhelds",
            fleet=True,
            description="Shared Android handhelds on the airside Wi-Fi, one per shift.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(passenger, web_form, web_request, protocol="https")
tm.flow(web_form, passenger, confirmation, protocol="https")
tm.flow(web_form, request_db, prm_requests, label="new request")

tm.flow(airline_dcs, message_ingest, airline_notice, protocol="sita-type-b")
tm.flow(message_ingest, request_db, prm_requests, label="pre-notified requests")

tm.flow(aodb, training, flight_schedule, label="schedule history")
tm.flow(request_db, training, training_set, label="request history")
tm.flow(training, registry, model_artifact)
tm.flow(registry, demand_model, model_artifact, label="load latest version")

tm.flow(aodb, dispatch, flight_schedule, label="today's flights and gates")
tm.flow(dispatch, demand_model, demand_features)
tm.flow(demand_model, dispatch, forecast)
tm.flow(request_db, dispatch, prm_requests, label="today's requests")
tm.flow(dispatch, request_db, prm_requests, label="status and assignment")

tm.flow(dispatch, dispatcher_app, forecast, assignment_plan, protocol="https")
tm.flow(dispatcher_app, dispatch, assignment_plan, protocol="https", label="confirmed assignments")
tm.flow(dispatcher_app, dispatcher, forecast, assignment_plan)
tm.flow(dispatcher, dispatcher_app, assignment_plan, label="confirms or reassigns")

tm.flow(dispatch, handhelds, job, protocol="https")
tm.flow(handhelds, dispatch, job_status, protocol="https")
