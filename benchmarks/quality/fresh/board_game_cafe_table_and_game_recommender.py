"""Board game cafe table booking and game recommender: the first design, before any security review.

A board game cafe (in Germany) lets customers book tables on its website, giving the
group size and the ages in the group. A small in-house ranking model, retrained each
month from loyalty members' play history, suggests games from the cafe's library for
each booking; the suggestions appear on the confirmation page and on the staff tablet
at the counter, where staff also see the day's bookings and log which games a table
played. Loyalty members sign in to the website to see their history. Once a month a
mailing job picks new games for each member and sends the email through an email
delivery provider. Everything runs in one managed cloud account.
Controls in this design: HTTPS on every external connection, e-mail and password
sign-in for members, a staff login on the tablet app, the managed database's
encryption at rest, and a rate limit on the public booking site.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Board game cafe table booking and game recommender",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Online table booking with game suggestions, loyalty play history "
    "and a monthly recommendation email.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, phone, date, group size and the ages in the group.",
)
member_login = tg.Data(
    "Member sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
bookings = tg.Data("Table bookings", sensitivity=tg.Sensitivity.PII, kind="records")
play_history = tg.Data(
    "Member profiles and play history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Loyalty member contact details, marketing opt-in and games played per visit.",
)
catalogue = tg.Data("Game library catalogue", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
rec_features = tg.Data(
    "Recommendation features",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Group size, age band and the member's past plays.",
)
recommendations = tg.Data(
    "Game suggestions", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
training_data = tg.Data(
    "Play history training set", sensitivity=tg.Sensitivity.PII, kind="training-data"
)
model_file = tg.Data("Recommender model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
plays_logged = tg.Data("Games played at table", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
confirmation = tg.Data("Booking confirmation page", sensitivity=tg.Sensitivity.PII, kind="records")
newsletter = tg.Data("Monthly games email", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can book; loyalty members can also sign in.
    customer = tm.add(tg.Actor("Customer", role="guest or loyalty member"))

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Sends the monthly email to members' inboxes.
    email_provider = tm.add(tg.ExternalService("Email delivery provider"))

with tm.boundary("Cafe cloud account", trust=tg.Trust.INTERNAL):
    # Public booking website and member area.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=60),
                c.Authentication(method="e-mail and password", note="loyalty members only"),
            },
        )
    )
    # Booking logic: tables, slots, suggestions, and the staff tablet's backend.
    booking_service = tm.add(tg.Service("Booking service"))
    # Day-to-day table bookings.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="managed database default")},
        )
    )
    # Loyalty accounts and everything members have played.
    loyalty_db = tm.add(
        tg.DataStore(
            "Loyalty database",
            stores={play_history, member_login},
            controls={c.EncryptionAtRest(key_management="managed database default")},
        )
    )
    # The games on the cafe's shelves, with player counts and minimum ages.
    library = tm.add(tg.DataStore("Game library catalogue store", stores={catalogue}))
    # Ranks library games for a group.
    recommender = tm.add(
        tg.Model(
            "Game recommender",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Matrix-factorisation ranker with age and player-count filters.",
        )
    )
    # Monthly retraining from members' play history.
    training = tm.add(tg.Pipeline("Monthly recommender retraining", stage=tg.Stage.TRAINING))
    # Where the trained model file is kept for serving.
    model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={model_file}))
    # Builds and sends the monthly member email.
    mailer = tm.add(tg.Service("Monthly email job"))

with tm.boundary("Cafe floor", trust=tg.Trust.INTERNAL):
    # Counter staff seat groups and hand out games.
    staff = tm.add(tg.Actor("Cafe staff", role="staff"))
    # The counter tablet running the staff web app.
    tablet = tm.add(
        tg.Device(
            "Staff tablet",
            fleet=False,
            controls={c.Authentication(method="staff username and password")},
        )
    )

# ---------------------------------------------------------------- flows
# online booking
tm.flow(customer, website, booking_request, member_login, protocol="https")
tm.flow(website, booking_service, booking_request)
tm.flow(booking_service, booking_db, bookings)
tm.flow(booking_db, booking_service, bookings)
tm.flow(loyalty_db, booking_service, play_history, member_login, label="member lookup")
tm.flow(booking_service, recommender, rec_features)
tm.flow(library, recommender, catalogue)
tm.flow(recommender, booking_service, recommendations)
tm.flow(booking_service, website, confirmation, recommendations, play_history)
tm.flow(website, customer, confirmation, recommendations, play_history, protocol="https")

# staff tablet
tm.flow(booking_service, tablet, bookings, recommendations, protocol="https")
tm.flow(tablet, staff, bookings, recommendations)
tm.flow(staff, tablet, plays_logged)
tm.flow(tablet, booking_service, plays_logged, protocol="https")
tm.flow(booking_service, loyalty_db, plays_logged, label="add to play history")

# monthly retraining
tm.flow(loyalty_db, training, training_data)
tm.flow(library, training, catalogue)
tm.flow(training, model_bucket, model_file)
tm.flow(model_bucket, recommender, model_file, label="load at start-up")

# monthly email
tm.flow(loyalty_db, mailer, play_history)
tm.flow(mailer, recommender, rec_features)
tm.flow(recommender, mailer, recommendations)
tm.flow(mailer, email_provider, newsletter, protocol="https")
tm.flow(email_provider, customer, newsletter, protocol="smtp")
