"""Minibar restock forecasting: the first design, before any security review.

Our hotel group (about 40 properties in the EU) fits its rooms with sensor minibars
from a vendor: each unit reports which items are taken to the vendor's cloud, which
we pull hourly through the vendor's API. Bookings (arrivals, departures, party size,
room type, loyalty tier) come as a nightly SFTP export from the property management
system. An ingestion pipeline in our cloud lands both in a data warehouse, dropping
guest names on the way. A data scientist retrains a demand forecasting model monthly;
a daily job loads the current version from the registry, forecasts per room what
the minibar and amenity tray will need, and writes housekeeping pick lists. Room
attendants see their floor's pick list on shared floor tablets and confirm each
restock, and the confirmations flow back into the warehouse as actuals.
Controls in this design: API key and TLS to the vendor, SFTP for the PMS export,
encryption at rest in the warehouse, staff PINs on the housekeeping app.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Minibar restock forecasting",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Per-room minibar and amenity restock forecasts turned into housekeeping "
    "pick lists.",
)

# ---------------------------------------------------------------- data assets
consumption = tg.Data(
    "Minibar consumption events",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Room number, item and time for each item taken out or put back.",
)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Reservation id, guest name, stay dates, party size, room type, loyalty tier.",
)
history = tg.Data(
    "Room stay and consumption history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Consumption joined to stays by reservation id; guest names removed.",
)
weights = tg.Data("Forecast model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
forecast_input = tg.Data("Tomorrow's room occupancy features", kind="features")
forecast = tg.Data("Per-room restock forecast", kind="model-output")
pick_list = tg.Data(
    "Housekeeping pick list",
    kind="records",
    description="Items to bring per room, by floor and attendant.",
)
confirmation = tg.Data("Restock confirmation", kind="feedback")

# ---------------------------------------------------------------- elements
with tm.boundary("Hotel IoT network", trust=tg.Trust.INTERNAL):
    # The sensor minibars in every room: the source of consumption data.
    minibars = tm.add(
        tg.Device(
            "Minibar sensor unit",
            fleet=True,
            description="Vendor-supplied minibar with per-slot weight sensors.",
        )
    )

with tm.boundary("Vendor clouds", trust=tg.Trust.PARTNER):
    # The minibar vendor's platform that collects the units' events.
    vendor_cloud = tm.add(
        tg.ExternalService(
            "Minibar vendor cloud",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Collects consumption events from the units; offers a REST API.",
        )
    )
    # The hosted property management system: bookings come from here.
    pms = tm.add(
        tg.DataSource(
            "Property management system",
            origin=tg.Origin.VENDOR,
            provides={bookings},
            description="Hosted PMS; nightly reservation export.",
        )
    )

with tm.boundary("Group data cloud", trust=tg.Trust.INTERNAL):
    # Pulls vendor events hourly and the PMS export nightly.
    ingestion = tm.add(
        tg.Pipeline(
            "Ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.DataMinimization(note="guest names dropped on load")},
        )
    )
    # History of stays and consumption, for training and forecasting.
    warehouse = tm.add(
        tg.Dataset(
            "Restock data warehouse",
            stores={history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Monthly retraining, started by the data scientist.
    training = tm.add(
        tg.Pipeline("Monthly training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Keeps model versions; the daily job loads the latest.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))
    # The forecaster.
    model = tm.add(
        tg.Model(
            "Restock forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="LightGBM per item type, from occupancy, stay length and past consumption.",
        )
    )
    # Runs every morning before the housekeeping shift.
    pick_list_job = tm.add(
        tg.Service(
            "Daily pick-list job",
            description="Forecasts tomorrow's needs per room and writes pick lists.",
        )
    )
    # Backend of the housekeeping app on floor tablets.
    housekeeping_app = tm.add(
        tg.Endpoint(
            "Housekeeping app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="individual staff PIN on shared floor tablets")},
        )
    )

with tm.boundary("Hotel staff network", trust=tg.Trust.INTERNAL):
    # Room attendants who restock from the pick list.
    attendant = tm.add(tg.Actor("Room attendant", role="housekeeping staff"))
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(minibars, vendor_cloud, consumption, protocol="https")
tm.flow(
    vendor_cloud,
    ingestion,
    consumption,
    protocol="https",
    controls={c.Authentication(method="vendor-issued API key")},
    label="hourly pull",
)
tm.flow(pms, ingestion, bookings, protocol="sftp", label="nightly export")
tm.flow(ingestion, warehouse, history)

tm.flow(warehouse, training, history)
tm.flow(data_scientist, training, label="starts monthly run")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="loads latest version")

tm.flow(warehouse, pick_list_job, forecast_input, label="daily batch read")
tm.flow(pick_list_job, model, forecast_input)
tm.flow(model, pick_list_job, forecast)
tm.flow(pick_list_job, housekeeping_app, pick_list)

tm.flow(housekeeping_app, attendant, pick_list, protocol="https")
tm.flow(attendant, housekeeping_app, confirmation, protocol="https")
tm.flow(housekeeping_app, ingestion, confirmation)
