"""Window measurement AR app: the first design, before any security review.

A double-glazing company lets homeowners measure their own windows with a phone
app. The app uses the phone's AR framework to capture plane and depth
measurements with photos of each window, and uploads them to the company's cloud
API, where an in-house vision model estimates frame sizes and opening types
(casement, tilt-and-turn, sash). A quote engine prices the estimates against the
price list the commercial team maintains, and the quote is shown in the app.
When the customer accepts, an order service records the order and sends a
production order to the factory's production system. Orders above a set value
first go to a fitter, who re-measures on site with a company tablet app; only
then does production start. Customers sign in with e-mail and password, fitters
with company SSO; app traffic uses HTTPS and the cloud stores are encrypted at
rest with the provider's KMS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Window measurement AR app",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Customers measure windows with AR and a vision model, get a quote and order; "
    "high-value orders are re-measured by a fitter before production.",
)

# ---------------------------------------------------------------- data assets
window_photos = tg.Data(
    "Window photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of each window taken inside the customer's home.",
)
ar_measurements = tg.Data(
    "AR window measurements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Plane, depth and corner points from the phone's AR framework.",
)
estimates = tg.Data(
    "Frame size and opening type estimates",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
price_list = tg.Data(
    "Price list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
quote = tg.Data("Quote", kind="records", sensitivity=tg.Sensitivity.PII)
acceptance = tg.Data(
    "Quote acceptance and customer details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone number and the accepted quote.",
)
order = tg.Data(
    "Customer order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
production_order = tg.Data(
    "Production order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Window dimensions, profiles, glazing spec, order reference and delivery address.",
)
production_status = tg.Data(
    "Production status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
survey_job = tg.Data(
    "Survey job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer address, contact details and the app's estimates to check.",
)
survey_measurements = tg.Data(
    "On-site survey measurements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The homeowner who measures, accepts the quote and orders.
    customer = tm.add(tg.Actor("Customer", role="homeowner"))
    # The consumer app on the customer's own phone: AR capture and the quote screen.
    phone_app = tm.add(
        tg.Device(
            "Customer phone app",
            description="iOS and Android app using ARKit/ARCore to capture windows.",
        )
    )
    # Fitters work on site over mobile data.
    fitter = tm.add(tg.Actor("Fitter", role="surveying fitter"))
    # Company tablet app the fitter enters check measurements into.
    fitter_app = tm.add(tg.Device("Fitter tablet app", description="Company-issued tablets."))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # The single public API both apps talk to.
    api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="customers: e-mail and password; fitters: Microsoft Entra ID SSO"
                ),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Estimates frame sizes and opening types from the photos and AR measurements.
    vision_model = tm.add(
        tg.Model(
            "Window vision model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Fine-tuned detector and size regressor, served in a container.",
        )
    )
    # Keeps the uploads and estimates for each measuring session.
    measurement_store = tm.add(
        tg.DataStore(
            "Measurement store",
            stores={window_photos, ar_measurements, estimates},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns the estimates into a priced quote.
    quote_engine = tm.add(tg.Service("Quote engine"))
    # The products and prices the quote engine works from.
    price_store = tm.add(tg.DataStore("Price list store", stores={price_list}))
    # Records accepted orders, decides whether a survey is needed, releases to the factory.
    order_service = tm.add(
        tg.Service(
            "Order service",
            controls={
                c.HumanInTheLoop(
                    approver="surveying fitter",
                    above="GBP 8,000 order value",
                    note="orders above the threshold wait for an on-site re-measure",
                )
            },
        )
    )
    # Orders, survey results and production status.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order, survey_measurements, production_status},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Maintains the price list.
    commercial = tm.add(tg.Actor("Commercial team", role="pricing staff"))

with tm.boundary("Factory network", trust=tg.Trust.INTERNAL):
    # The factory's production planning system that schedules cutting and glazing.
    factory = tm.add(tg.Service("Factory production system"))

# ---------------------------------------------------------------- flows
# Measuring and quoting
tm.flow(customer, phone_app, window_photos, ar_measurements, label="measures windows")
tm.flow(phone_app, api, window_photos, ar_measurements, protocol="https")
tm.flow(api, vision_model, window_photos, ar_measurements)
tm.flow(vision_model, api, estimates)
tm.flow(api, measurement_store, window_photos, ar_measurements, estimates)
tm.flow(api, quote_engine, estimates)
tm.flow(price_store, quote_engine, price_list)
tm.flow(quote_engine, api, quote)
tm.flow(api, phone_app, quote, protocol="https")
tm.flow(phone_app, customer, quote)
tm.flow(commercial, price_store, price_list, protocol="https", label="updates prices")

# Ordering
tm.flow(customer, phone_app, acceptance, label="accepts quote")
tm.flow(phone_app, api, acceptance, protocol="https")
tm.flow(api, order_service, acceptance)
tm.flow(measurement_store, order_service, estimates)
tm.flow(order_service, order_db, order)
tm.flow(order_db, order_service, order)

# Re-measure on site for orders over the threshold
tm.flow(order_service, api, survey_job)
tm.flow(api, fitter_app, survey_job, protocol="https")
tm.flow(fitter_app, fitter, survey_job)
tm.flow(fitter, fitter_app, survey_measurements, label="re-measures on site")
tm.flow(fitter_app, api, survey_measurements, protocol="https")
tm.flow(api, order_service, survey_measurements)
tm.flow(order_service, order_db, survey_measurements)

# Production
tm.flow(order_service, factory, production_order, protocol="https")
tm.flow(factory, order_service, production_status, protocol="https")
tm.flow(order_service, order_db, production_status)
