"""Ferry vehicle booking fraud model: the first design, before any security review.

A ferry company sells car, van and motorhome tickets on its website. Customers pay
by card on the payment provider's hosted page; the card is authorised at booking
and captured only after a fraud model has scored the booking. The scoring service
looks the registration up with a vehicle data provider (to catch vehicles booked
as smaller than they are) and scores card, customer and booking signals; high
scores are held in a review queue where a customer service agent approves or
cancels the booking before capture. A nightly job retrains the model on past
bookings and chargebacks. At the port, check-in staff scan the ticket on a
handheld and an ANPR camera at the lane reads the plate, which the port check-in
service matches to the booking. Customers sign in with e-mail and password; agents
use corporate SSO; the booking database is encrypted at rest and models are versioned.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferry vehicle booking fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss", "gdpr"},
    description="Fraud scoring of online vehicle ferry bookings before payment capture, "
    "with agent review and plate matching at port check-in.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Vehicle booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Lead passenger, passengers, sailing, vehicle type, length, height, registration.",
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
card_token = tg.Data("Card token and authorisation", kind="records", sensitivity="confidential")
capture_request = tg.Data("Payment capture request", kind="records", sensitivity="confidential")
customer_account = tg.Data(
    "Customer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, address, saved vehicles, password hash.",
)
vehicle_query = tg.Data(
    "Vehicle registration lookup", kind="records", sensitivity=tg.Sensitivity.PII
)
vehicle_details = tg.Data(
    "Registered vehicle details",
    kind="records",
    sensitivity="internal",
    description="Make, model, body type and dimensions for a registration.",
)
fraud_features = tg.Data(
    "Booking fraud features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Card BIN country vs address, IP and device signals, booking lead time, "
    "declared vs registered vehicle size, account age.",
)
fraud_score = tg.Data("Fraud score", kind="model-output", sensitivity="confidential")
fraud_decision = tg.Data(
    "Fraud check decision",
    kind="records",
    sensitivity="confidential",
    description="Accept and capture, hold for review, or reject.",
)
review_case = tg.Data("Flagged booking case", kind="records", sensitivity=tg.Sensitivity.PII)
review_decision = tg.Data("Agent review decision", kind="records", sensitivity="internal")
chargebacks = tg.Data("Chargeback notifications", kind="labels", sensitivity=tg.Sensitivity.PII)
training_data = tg.Data(
    "Historic bookings and outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Two years of bookings with chargeback and agent review outcomes.",
)
model_file = tg.Data("Fraud model artifact", format="pickle", sensitivity="confidential")
ticket_scan = tg.Data("Ticket barcode scan", kind="records", sensitivity="internal")
plate_read = tg.Data(
    "Plate reads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate text, confidence and a cropped image of the plate.",
)
sailing_manifest = tg.Data(
    "Sailing manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bookings for the day's sailings with registrations and vehicle sizes.",
)
checkin_result = tg.Data("Check-in match result", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone booking a crossing online, fraudsters with stolen cards included.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card acquirer: hosted payment page, authorisation, capture and chargebacks.
    psp = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Vehicle data provider", trust=tg.Trust.PARTNER):
    # Commercial registration lookup returning make, model and dimensions.
    vehicle_api = tm.add(
        tg.ExternalService("Vehicle registration lookup API", provides="data-provider")
    )

with tm.boundary("Booking platform", trust=tg.Trust.INTERNAL):
    # Public booking API behind the website and app.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # System of record for bookings and customer accounts.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, customer_account, card_token, chargebacks, review_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds features for each new booking, calls the model and returns the decision.
    scoring_svc = tm.add(
        tg.Service(
            "Fraud scoring service",
            description="Score >= 0.8 rejects, 0.4-0.8 holds for review, below 0.4 captures.",
        )
    )
    # The fraud model itself.
    fraud_model = tm.add(
        tg.Model(
            "Booking fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees scoring stolen-card and vehicle-size fraud.",
        )
    )
    # Web console where customer service agents work the review queue.
    review_console = tm.add(
        tg.Service(
            "Fraud review console",
            controls={
                c.Authentication(method="corporate SSO"),
                c.HumanInTheLoop(approver="customer service agent"),
            },
        )
    )

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Nightly retraining on past bookings labelled by chargebacks and reviews.
        training = tm.add(tg.Pipeline("Nightly fraud model retraining", stage=tg.Stage.TRAINING))
        # Versioned store of trained models the scoring service loads from.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Checks flagged bookings (calls the customer, checks documents) and decides.
    agent = tm.add(tg.Actor("Customer service agent", role="agent"))

with tm.boundary("Port network", trust=tg.Trust.INTERNAL):
    # Staff in the check-in booths.
    port_staff = tm.add(tg.Actor("Port check-in staff", role="staff"))
    # Handheld barcode scanners used in the check-in lanes.
    handheld = tm.add(tg.Device("Check-in handheld"))
    # Lane camera with on-board plate reading, supplied by the ANPR vendor.
    anpr = tm.add(tg.Device("Lane ANPR camera"))
    # Matches the scanned ticket and the plate read to the day's manifest.
    checkin_svc = tm.add(tg.Service("Port check-in service"))

# ---------------------------------------------------------------- flows
# Booking and payment authorisation.
tm.flow(customer, booking_api, booking, customer_account, protocol="https")
tm.flow(booking_api, customer, booking, protocol="https", label="confirmation and ticket")
tm.flow(customer, psp, card_details, protocol="https", label="hosted payment page")
tm.flow(psp, booking_api, card_token, protocol="https", label="authorisation result")
tm.flow(booking_api, booking_db, booking, customer_account, card_token)
tm.flow(booking_db, booking_api, booking, customer_account)

# Fraud scoring before capture.
tm.flow(booking_api, scoring_svc, booking, card_token)
tm.flow(booking_db, scoring_svc, customer_account, label="account and booking history")
tm.flow(scoring_svc, vehicle_api, vehicle_query, protocol="https")
tm.flow(vehicle_api, scoring_svc, vehicle_details, protocol="https")
tm.flow(scoring_svc, fraud_model, fraud_features)
tm.flow(fraud_model, scoring_svc, fraud_score)
tm.flow(scoring_svc, booking_api, fraud_decision)
tm.flow(booking_api, psp, capture_request, protocol="https", label="capture or void")
tm.flow(psp, booking_api, chargebacks, protocol="https", label="chargeback webhook")

# Agent review of flagged bookings.
tm.flow(scoring_svc, review_console, review_case, fraud_score)
tm.flow(review_console, agent, review_case, fraud_score, protocol="https")
tm.flow(agent, review_console, review_decision, protocol="https")
tm.flow(review_console, booking_api, review_decision, label="approve or cancel")

# Retraining.
tm.flow(booking_db, training, training_data)
tm.flow(training, registry, model_file)
tm.flow(registry, fraud_model, model_file, label="load latest version")

# Port check-in.
tm.flow(booking_db, checkin_svc, sailing_manifest, protocol="https", label="manifest sync")
tm.flow(port_staff, handheld, ticket_scan, label="scans ticket in the lane")
tm.flow(handheld, checkin_svc, ticket_scan, protocol="https")
tm.flow(anpr, checkin_svc, plate_read, protocol="http")
tm.flow(checkin_svc, handheld, checkin_result, protocol="https")
tm.flow(handheld, port_staff, checkin_result)
tm.flow(checkin_svc, booking_db, checkin_result, protocol="https", label="checked-in status")
