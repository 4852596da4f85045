"""Library event recommendations: the first design, before any security review.

A European city's public libraries run talks, workshops, language cafés and
children's classes. Members signed in to the library website see a
"recommended for you" panel of upcoming events, and members who opted in get a
monthly e-mail with the same picks. A nightly job reads loan history from the
vendor-hosted library management system and past bookings from the city's event
booking system, turns them into interest profiles by subject category, and
stores them in a feature store. A ranking model, retrained weekly by the
libraries' data analyst on the city's analytics server, orders upcoming events
for each member. Controls in this design: card-number-and-PIN sign-in, HTTPS
on public links, staff access by role in the booking system, and the nightly
job keeps only subject categories, never titles, from loans.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Library event recommendations",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Personalised event and class suggestions for library members.",
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data(
    "Library card number and PIN",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
rec_request = tg.Data("Recommendation request", kind="records", sensitivity=tg.Sensitivity.PII)
recommendations = tg.Data("Recommended events", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking = tg.Data("Event booking", kind="records", sensitivity=tg.Sensitivity.PII)
loans = tg.Data(
    "Loan history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="What each member borrowed and when; can reveal health, religion or politics.",
)
events = tg.Data(
    "Event programme",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Upcoming events and classes with branch, date, age group and topic.",
)
bookings_history = tg.Data("Past bookings", kind="records", sensitivity=tg.Sensitivity.PII)
profiles = tg.Data(
    "Member interest profiles",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-member counts by subject category and age band, branch preference.",
)
training_rows = tg.Data(
    "Profile and attendance training rows",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
)
weights = tg.Data(
    "Ranking model file",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="LightGBM ranker saved with joblib.",
)
contacts = tg.Data(
    "Member contact details and opt-in",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail address, first name and the newsletter opt-in flag.",
)
newsletter = tg.Data(
    "Monthly recommendation e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member's e-mail address, first name and their recommended events.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any card holder; children's accounts are managed by a parent.
    member = tm.add(tg.Actor("Library member", role="member"))

with tm.boundary("Library system vendor", trust=tg.Trust.PARTNER):
    # The integrated library system is a hosted service run by its vendor.
    lms = tm.add(
        tg.DataStore(
            "Library management system",
            stores={loans, contacts},
            description="Vendor-hosted catalogue, circulation and member records.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the monthly newsletter; the city already uses it for other mailings.
    mailer = tm.add(tg.ExternalService("Newsletter e-mail service"))

with tm.boundary("City web hosting", trust=tg.Trust.INTERNAL):
    # Public library website with the member area and the recommendation panel.
    website = tm.add(
        tg.Endpoint(
            "Library website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="library card number and PIN")},
        )
    )
    # Returns the top events for the signed-in member.
    rec_api = tm.add(tg.Endpoint("Recommendation API", purpose=tg.EndpointPurpose.INFERENCE))
    # Ranks upcoming events for one member.
    ranker = tm.add(
        tg.Model(
            "Event ranking model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
        )
    )
    # Online store of member interest profiles, read at request time.
    feature_store = tm.add(tg.FeatureStore("Member profile store", stores={profiles}, online=True))
    # The city's event booking system: events, places, attendance.
    booking_system = tm.add(
        tg.DataStore(
            "Event booking system",
            stores={events, booking, bookings_history},
            controls={c.RBAC(note="branch staff, programme team and admins")},
        )
    )

with tm.boundary("City analytics server", trust=tg.Trust.INTERNAL):
    # Nightly job that turns loans and bookings into profiles.
    profile_job = tm.add(
        tg.Pipeline(
            "Nightly profile job",
            stage=tg.Stage.PREPROCESSING,
            controls={c.DataMinimization(note="keeps subject categories only, drops titles")},
        )
    )
    # Weekly snapshot of profiles joined with who attended what.
    training_set = tm.add(tg.Dataset("Ranking training set", stores={training_rows}))
    # Weekly retrain, started by the analyst's scheduled script.
    training = tm.add(tg.Pipeline("Weekly ranker training", stage=tg.Stage.TRAINING))
    # Folder on the analytics server where each week's model file is written.
    model_share = tm.add(tg.DataStore("Model file share", stores={weights}))
    # Monthly job that builds and sends the opt-in newsletter.
    newsletter_job = tm.add(tg.Service("Monthly newsletter job"))

with tm.boundary("Library staff network", trust=tg.Trust.INTERNAL):
    # Publishes events and classes in the booking system.
    staff = tm.add(tg.Actor("Programme coordinator", role="library staff"))
    # Maintains the jobs and the model; copies new model files to the web host.
    analyst = tm.add(tg.Actor("Library data analyst", role="data analyst", privileged=True))

# ---------------------------------------------------------------- flows
# sign-in, recommendations and booking on the website
tm.flow(member, website, credentials, rec_request, protocol="https")
tm.flow(website, rec_api, rec_request)
tm.flow(feature_store, rec_api, profiles, label="online lookup")
tm.flow(booking_system, rec_api, events)
tm.flow(rec_api, ranker, profiles, events)
tm.flow(ranker, rec_api, recommendations)
tm.flow(rec_api, website, recommendations)
tm.flow(website, member, recommendations, events, protocol="https")
tm.flow(member, website, booking, protocol="https")
tm.flow(website, booking_system, booking)
tm.flow(staff, booking_system, events, protocol="https")

# nightly profiles
tm.flow(lms, profile_job, loans, protocol="https", label="nightly export")
tm.flow(booking_system, profile_job, bookings_history, label="nightly export")
tm.flow(profile_job, feature_store, profiles)

# weekly training
tm.flow(profile_job, training_set, training_rows)
tm.flow(training_set, training, training_rows)
tm.flow(training, model_share, weights)
tm.flow(model_share, analyst, weights, label="analyst picks the week's file")
tm.flow(analyst, ranker, weights, protocol="sftp", label="manual deploy")

# monthly newsletter
tm.flow(feature_store, newsletter_job, profiles, label="monthly batch")
tm.flow(booking_system, newsletter_job, events)
tm.flow(lms, newsletter_job, contacts, protocol="https", label="monthly export")
tm.flow(newsletter_job, ranker, profiles, events)
tm.flow(ranker, newsletter_job, recommendations)
tm.flow(newsletter_job, mailer, newsletter, protocol="https")
tm.flow(mailer, member, newsletter, protocol="smtp")
