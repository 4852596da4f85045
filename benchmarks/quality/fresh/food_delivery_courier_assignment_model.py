"""Courier assignment and delivery-time estimation: the first design.

Customers order in our consumer app; partner restaurants confirm on a tablet and give
a preparation time. A dispatch service in our cloud account matches each order to a
courier: it reads live courier positions from an online feature store, asks a maps
provider for travel times, gets a delivery time from an ETA model and a ranked list
of couriers from an assignment model, then offers the job to the top courier in the
courier app, where they accept or decline (a decline moves it to the next one).
Both models are retrained weekly from completed deliveries and promoted through a
model registry. Customers sign in with a password, couriers with phone number and
SMS code; app traffic is HTTPS, the order API is rate limited, the orders database
is encrypted with cloud KMS and the registry is role-restricted. EU cities only.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Courier assignment and ETA",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Assigns delivery orders to gig couriers and predicts delivery times.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Customer order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Items, restaurant, delivery address, customer name and phone number.",
)
prep_time = tg.Data("Restaurant preparation time", kind="records", sensitivity="internal")
eta = tg.Data("Predicted delivery time", kind="model-output", sensitivity="internal")
courier_pings = tg.Data(
    "Courier location pings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="GPS position, speed, vehicle type and online/offline status every 10 s.",
)
courier_features = tg.Data(
    "Courier availability features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Current position, active jobs, acceptance rate and shift hours per courier.",
)
travel_query = tg.Data("Route query", kind="records", sensitivity=tg.Sensitivity.PII)
travel_times = tg.Data("Travel times", kind="records", sensitivity="internal")
ranking = tg.Data(
    "Ranked courier candidates", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
job_offer = tg.Data(
    "Job offer",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pickup and drop-off address, payout for the job and acceptance deadline.",
)
job_response = tg.Data("Courier accept or decline", kind="records", sensitivity="internal")
assignment = tg.Data("Assignment record", kind="records", sensitivity=tg.Sensitivity.PII)
history = tg.Data(
    "Delivery history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Completed orders with timestamps, courier ids, routes and offer outcomes.",
)
weights = tg.Data("Model artifacts", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
train_config = tg.Data("Training configuration", kind="code", sensitivity="internal")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Orders come from the public consumer app.
    customer = tm.add(tg.Actor("Customer", role="end user"))
    # Self-employed couriers who sign up through the courier onboarding flow.
    courier = tm.add(tg.Actor("Courier", role="gig courier"))
    # The courier's own phone running our courier app: sends pings, shows offers.
    courier_app = tm.add(
        tg.Device("Courier app", description="Android/iOS app on the courier's own phone.")
    )
    # Restaurant staff confirm orders and enter preparation times on a tablet.
    restaurant = tm.add(tg.Actor("Restaurant staff", role="partner restaurant"))

with tm.boundary("Maps provider", trust=tg.Trust.PARTNER):
    # Commercial routing API for road travel times between points.
    maps = tm.add(
        tg.ExternalService("Routing and traffic API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Delivery platform VPC", trust=tg.Trust.INTERNAL):
    # Public API behind the consumer app and the restaurant tablet.
    order_api = tm.add(
        tg.Endpoint(
            "Order API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Public API the courier app talks to: pings in, offers out, responses in.
    courier_api = tm.add(
        tg.Endpoint(
            "Courier API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="phone number and SMS code at sign-in")},
        )
    )
    # Matching loop: gathers features, calls both models, sends offers, reassigns.
    dispatch = tm.add(
        tg.Service(
            "Dispatch service",
            description="Runs every few seconds per city zone; no language model involved.",
        )
    )
    # Ranks candidate couriers for an order; decides who is offered work.
    assignment_model = tm.add(
        tg.Model(
            "Courier assignment model",
            task=tg.Task.RANKER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted ranker over distance, ETA, acceptance rate and load.",
        )
    )
    # Predicts pickup and drop-off times shown to customers and used in matching.
    eta_model = tm.add(
        tg.Model(
            "ETA model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regressor over route, prep time, zone and weather.",
        )
    )
    # Live courier state for matching, updated from the pings.
    feature_store = tm.add(
        tg.FeatureStore("Courier feature store", stores={courier_features}, online=True)
    )
    # System of record for orders and assignments.
    orders_db = tm.add(
        tg.DataStore(
            "Orders database",
            stores={order, assignment, prep_time},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Weekly export of completed deliveries used to train both models.
        dataset = tm.add(tg.Dataset("Delivery history dataset", stores={history}))
        # Weekly retraining job for the ranker and the ETA regressor.
        training = tm.add(
            tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned model artifacts, deployed to the serving containers.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.RBAC(), c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Maintains the training jobs and promotes new model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Ordering and the ETA shown to the customer.
tm.flow(customer, order_api, order, protocol="https")
tm.flow(order_api, customer, eta, protocol="https")
tm.flow(order_api, restaurant, order, protocol="https", label="new order")
tm.flow(restaurant, order_api, prep_time, protocol="https", label="confirm and prep time")
tm.flow(order_api, orders_db, order, prep_time)
tm.flow(order_api, dispatch, order, prep_time, label="dispatch request")
tm.flow(dispatch, order_api, eta, label="ETA update")

# Courier side.
tm.flow(courier, courier_app, job_response, label="taps accept or decline")
tm.flow(courier_app, courier, job_offer, label="offer shown")
tm.flow(courier_app, courier_api, courier_pings, job_response, protocol="https")
tm.flow(courier_api, courier_app, job_offer, protocol="https")
tm.flow(courier_api, feature_store, courier_features, label="position and status")
tm.flow(courier_api, dispatch, job_response)
tm.flow(dispatch, courier_api, job_offer)

# Matching.
tm.flow(feature_store, dispatch, courier_features, label="nearby couriers")
tm.flow(dispatch, maps, travel_query, protocol="https")
tm.flow(maps, dispatch, travel_times, protocol="https")
tm.flow(dispatch, eta_model, courier_features, travel_times, prep_time)
tm.flow(eta_model, dispatch, eta)
tm.flow(dispatch, assignment_model, courier_features, travel_times, eta)
tm.flow(assignment_model, dispatch, ranking)
tm.flow(dispatch, orders_db, assignment, eta)

# Retraining and promotion.
tm.flow(orders_db, dataset, history, label="weekly export")
tm.flow(dataset, training, history)
tm.flow(ml_engineer, training, train_config, protocol="https")
tm.flow(training, registry, weights)
tm.flow(registry, assignment_model, weights, label="deploy")
tm.flow(registry, eta_model, weights, label="deploy")
