"""Ice cream van route and demand forecaster: the first design, before any security review.

A family business runs six ice cream vans in a UK town. Each evening a route planner
in our cloud account asks an in-house model for tomorrow's sales per street, from a
commercial weather API, the council's school term dates and our past sales, and builds
a suggested route per van; a nightly job retrains the model into a file bucket.
Drivers sign in to a phone app with a PIN, follow the route, and take contactless
card payments through the payment provider's SDK (card data goes straight to the
provider; we keep the amount and its reference). The app reports sales and GPS
positions to our API, customers see the vans on a public web map, and the owner edits
routes in a password-protected dashboard. Calls use HTTPS and the database is
encrypted by the cloud provider; there is no rate limiting or monitoring yet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ice cream van route and demand forecaster",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="Per-street demand forecasts and suggested van routes, with a driver app "
    "that takes card payments and a public map of where the vans are.",
)

# ---------------------------------------------------------------- data assets
weather = tg.Data(
    "Weather forecast",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Hourly temperature, sunshine and rain per area for the next two days, "
    "plus past observations for training.",
)
holidays = tg.Data("School holiday dates", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
sales = tg.Data(
    "Sales records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Time, street, van, items and amount of each sale, with the payment "
    "provider's transaction reference; no card numbers.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
gps_trail = tg.Data(
    "Van GPS trail",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Position of each van every 30 seconds while a driver is signed in: "
    "it tracks the driver during the shift.",
)
public_positions = tg.Data(
    "Public van positions",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Current position of each van on shift, as shown on the public map.",
)
features = tg.Data("Street demand features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
forecast = tg.Data(
    "Street demand forecast", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
route = tg.Data(
    "Suggested van route",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Ordered list of streets and stop times for one van for one day.",
)
route_edits = tg.Data("Route edits", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
model_file = tg.Data(
    "Demand model file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted regressor saved with joblib.",
)
driver_pin = tg.Data("Driver sign-in PIN", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
pin_hash = tg.Data("Driver PIN hash", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
card_payment = tg.Data(
    "Card payment details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Card number or wallet token and amount, read by the phone's NFC reader.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_result = tg.Data(
    "Payment result",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Approved or declined, with the provider's transaction reference.",
)
map_request = tg.Data("Map page request", sensitivity=tg.Sensitivity.PUBLIC, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who look at the map, and pay at the van hatch.
    customer = tm.add(tg.Actor("Customer", role="customer"))
    # The council's published term dates, fetched as a public calendar file.
    term_dates = tm.add(
        tg.DataSource(
            "Council school term calendar",
            origin=tg.Origin.PUBLIC_WEB,
            provides={holidays},
        )
    )

with tm.boundary(
    "Vans on the road",
    trust=tg.Trust.UNTRUSTED,
    description="Company phones mounted in the vans, on the public mobile network.",
):
    # Drivers are seasonal staff, often students.
    driver = tm.add(tg.Actor("Van driver", role="driver"))
    # Shows the route, takes card payments and reports sales and GPS positions.
    phone_app = tm.add(
        tg.Device(
            "Driver phone app",
            fleet=True,
            description="Company Android phone with our app and the payment provider's "
            "tap-to-pay SDK.",
        )
    )

with tm.boundary("Third-party services", trust=tg.Trust.PARTNER):
    # Commercial weather API on a paid plan, called with an API key.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Card acquiring; card data goes straight from its SDK to it, never through us.
    payment_provider = tm.add(
        tg.ExternalService(
            "Card payment provider",
            controls={
                c.SupplierAssessment(note="picked because it is a PCI DSS level 1 service provider")
            },
        )
    )

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # What the driver phones call: sign-in, routes down, sales and positions up.
    van_api = tm.add(
        tg.Endpoint(
            "Van app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="4-digit driver PIN, one per driver")},
        )
    )
    # Public page that shows where the vans are right now.
    public_map = tm.add(
        tg.Endpoint("Public van map", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )
    # The owner's view of sales and forecasts, and where routes are edited.
    dashboard = tm.add(
        tg.Endpoint(
            "Owner dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Builds features, asks the model and orders streets into a route per van.
    planner = tm.add(
        tg.Service(
            "Route planner",
            description="Runs each evening; a greedy route builder over the forecast, "
            "no language model.",
        )
    )
    # Predicts sales per street per hour for tomorrow.
    demand_model = tm.add(
        tg.Model("Street demand model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Retrains the model every night from all sales so far.
    training = tm.add(tg.Pipeline("Nightly model training job", stage=tg.Stage.TRAINING))
    # Sales, GPS trail, forecasts, routes and driver PIN hashes in one managed Postgres.
    database = tm.add(
        tg.DataStore(
            "Sales and routes database",
            stores={sales, gps_trail, route, forecast, pin_hash},
            controls={
                c.EncryptionAtRest(key_management="cloud provider default keys"),
                c.DataMinimization(note="no card numbers stored, only provider references"),
            },
        )
    )
    # Bucket the training job writes to and the model loads from.
    model_bucket = tm.add(
        tg.ModelRegistry(
            "Model file bucket",
            stores={model_file},
            controls={c.ModelVersioning(note="each night's file kept under its date")},
        )
    )

with tm.boundary("Family office", trust=tg.Trust.INTERNAL):
    # One of the family; runs the business and sets the routes.
    owner = tm.add(tg.Actor("Business owner", role="owner", privileged=True))

# ---------------------------------------------------------------- flows
# at the van
tm.flow(driver, phone_app, driver_pin, label="typed on the touchscreen")
tm.flow(phone_app, driver, route, label="shown on the touchscreen")
tm.flow(customer, phone_app, card_payment, protocol="nfc", label="contactless tap")
tm.flow(phone_app, payment_provider, card_payment, protocol="https")
tm.flow(payment_provider, phone_app, payment_result, protocol="https")

# phone to our API
tm.flow(phone_app, van_api, driver_pin, sales, gps_trail, protocol="https")
tm.flow(van_api, phone_app, route, protocol="https")
tm.flow(van_api, database, sales, gps_trail)
tm.flow(database, van_api, route, pin_hash)

# forecasting and planning
tm.flow(weather_api, planner, weather, protocol="https")
tm.flow(term_dates, planner, holidays, protocol="https")
tm.flow(database, planner, sales, label="recent sales per street")
tm.flow(planner, demand_model, features)
tm.flow(demand_model, planner, forecast)
tm.flow(planner, database, route, forecast, label="tomorrow's routes")

# nightly retraining
tm.flow(database, training, sales)
tm.flow(weather_api, training, weather, protocol="https", label="past observations")
tm.flow(training, model_bucket, model_file)
tm.flow(model_bucket, demand_model, model_file, label="loaded each evening")

# public map
tm.flow(customer, public_map, map_request, protocol="https")
tm.flow(database, public_map, public_positions)
tm.flow(public_map, customer, public_positions, protocol="https")

# owner
tm.flow(owner, dashboard, route_edits, protocol="https")
tm.flow(dashboard, owner, sales, forecast, gps_trail, protocol="https")
tm.flow(dashboard, database, route_edits)
tm.flow(database, dashboard, sales, forecast, gps_trail)
