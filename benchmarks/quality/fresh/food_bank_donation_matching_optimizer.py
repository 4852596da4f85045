"""Food bank donation matching optimiser: the first design, before any security review.

A regional food bank in the EU collects surplus food from supermarkets and farms
and passes it on to about 120 partner charities (soup kitchens, pantries, shelters).
Donors post offers (items, quantities, best-before dates, pickup windows) and
charities post weekly requests through a partner portal hosted in the food bank's
cloud account. A matching optimiser runs every morning: it asks an in-house demand
forecasting model, retrained weekly from the distribution history, how much each
charity will need, and proposes which donations go where. Warehouse coordinators
review and confirm every proposed match in an internal console before anything is
scheduled; confirmed matches are sent to a commercial routing API and the resulting
routes reach volunteer drivers' phones through the same portal. Controls in this
design: portal sign-in with e-mail and password, form validation, SSO with 2-step
verification for staff, HTTPS on internet traffic, encrypted and backed-up database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Food bank donation matching optimiser",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Matches donated food to partner charities using a demand forecast; "
    "coordinators confirm matches and drivers receive routes.",
)

# ---------------------------------------------------------------- data assets
offer = tg.Data(
    "Donation offer",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Items, quantities, best-before dates, pickup site and window.",
)
request = tg.Data(
    "Charity request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Weekly needs per charity, with the number of people served.",
)
contacts = tg.Data(
    "Contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, phone numbers and e-mails of donor staff, charity staff and drivers.",
)
delivery_addresses = tg.Data(
    "Delivery addresses",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Charity drop-off addresses; some are undisclosed shelter locations.",
)
status = tg.Data("Allocation status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
history = tg.Data(
    "Distribution history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="low"),
)
demand_features = tg.Data("Demand features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data("Demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
model_file = tg.Data(
    "Forecast model file",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="A scikit-learn gradient boosting model saved with joblib.",
)
proposals = tg.Data("Proposed matches", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
confirmations = tg.Data("Match confirmations", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
route_request = tg.Data("Route request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
routes = tg.Data(
    "Driver routes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ordered pickup and drop-off stops with addresses and time windows.",
)
proof_of_delivery = tg.Data(
    "Delivery confirmations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Delivered quantities, timestamp, GPS position and recipient's name.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff at supermarkets and farms who post surplus food offers.
    donor = tm.add(tg.Actor("Donor staff", role="donor"))
    # Volunteers or staff at partner charities who post requests and see allocations.
    charity = tm.add(tg.Actor("Charity coordinator", role="partner charity"))
    # Volunteer drivers' own phones, running the portal's mobile web app.
    driver_phone = tm.add(
        tg.Device("Driver phones", description="Personal phones of volunteer drivers.")
    )

with tm.boundary("Routing vendor", trust=tg.Trust.PARTNER):
    # Commercial vehicle-routing API; turns confirmed matches into ordered stops.
    routing_api = tm.add(tg.ExternalService("Routing API", provides="generic"))

with tm.boundary("Food bank cloud account", trust=tg.Trust.INTERNAL):
    # The only public entry point: donors, charities and drivers all use it.
    portal = tm.add(
        tg.Endpoint(
            "Partner portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="form fields checked for type and range"),
            },
        )
    )
    # System of record for offers, requests, matches, routes and contacts.
    ops_db = tm.add(
        tg.DataStore(
            "Operations database",
            stores={
                offer,
                request,
                contacts,
                delivery_addresses,
                proposals,
                confirmations,
                routes,
                proof_of_delivery,
            },
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="nightly snapshots kept 14 days"),
            },
        )
    )
    # Morning batch job: a linear-programming matcher, not an LLM.
    optimizer = tm.add(
        tg.Service(
            "Matching optimiser",
            description="Solves the allocation of donations to charities against forecast demand.",
            controls={c.HumanInTheLoop(approver="warehouse coordinator")},
        )
    )
    # Predicts each charity's demand for the coming week.
    forecast_model = tm.add(
        tg.Model(
            "Demand forecasting model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
        )
    )
    # Internal web app where coordinators review and confirm proposed matches.
    console = tm.add(
        tg.Service(
            "Coordinator console",
            controls={c.Authentication(method="Google Workspace SSO with 2-step verification")},
        )
    )

    with tm.boundary("Analytics workspace", trust=tg.Trust.INTERNAL):
        # Weekly export of past requests and deliveries used for training.
        history_set = tm.add(tg.Dataset("Distribution history set", stores={history}))
        # Weekly retraining job run by the volunteer data analyst's notebook scheduler.
        training = tm.add(
            tg.Pipeline(
                "Weekly forecast retraining", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )
        # Storage bucket that holds the current and previous model files.
        model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={model_file}))

with tm.boundary("Food bank office", trust=tg.Trust.INTERNAL):
    # Warehouse staff who own the final allocation decision.
    coordinator = tm.add(tg.Actor("Warehouse coordinator", role="coordinator", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(donor, portal, offer, contacts, protocol="https")
tm.flow(portal, donor, status, protocol="https", label="pickup schedule")
tm.flow(charity, portal, request, contacts, delivery_addresses, protocol="https")
tm.flow(portal, charity, status, protocol="https", label="confirmed allocation")
tm.flow(portal, ops_db, offer, request, contacts, delivery_addresses, proof_of_delivery)
tm.flow(ops_db, portal, status, routes)

tm.flow(ops_db, optimizer, offer, request, confirmations, delivery_addresses)
tm.flow(optimizer, forecast_model, demand_features)
tm.flow(forecast_model, optimizer, forecast)
tm.flow(optimizer, ops_db, proposals, routes)

tm.flow(ops_db, console, proposals, offer, request)
tm.flow(console, ops_db, confirmations)
tm.flow(console, coordinator, proposals, protocol="https")
tm.flow(coordinator, console, confirmations, protocol="https")

tm.flow(optimizer, routing_api, route_request, protocol="https")
tm.flow(routing_api, optimizer, routes, protocol="https")

tm.flow(portal, driver_phone, routes, protocol="https")
tm.flow(driver_phone, portal, proof_of_delivery, protocol="https")

tm.flow(ops_db, history_set, history, label="weekly export")
tm.flow(history_set, training, history)
tm.flow(training, model_bucket, model_file)
tm.flow(model_bucket, forecast_model, model_file, label="loaded at job start")
