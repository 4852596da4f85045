"""Bouldering gym route-setting feedback app: the first design, before any security review.

Members of a bouldering gym use a phone app to log the problems they climb, how
many attempts each took, and the grade they think each problem really is. A
weekly job fits a grade estimation model to members' attempts, and the model
estimates the "true" grade of each new route; route setters see the feedback and
the estimated grades on a staff dashboard and re-grade or re-set routes. A
leaderboard ranks members by the hardest grades they have sent. The app backend
runs in a small cloud account; it pushes membership status to the door entry
controller at the gym (members open the door with a QR code in the app) and
takes direct-debit membership payments through a payment provider, which posts
payment status back. Members sign in with e-mail and password; staff sign in
through the gym's Google Workspace. Traffic is HTTPS and the member database is
encrypted at rest with the cloud provider's keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bouldering gym route-setting feedback app",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Member climb logging, grade estimation for new routes, leaderboard, "
    "door entry and membership payments for one bouldering gym.",
)

# ---------------------------------------------------------------- data assets
climb_log = tg.Data(
    "Climb log entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member, route, date, number of attempts, sent or not.",
)
grade_feedback = tg.Data(
    "Member grade feedback",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="The grade a member thinks a route is, with an optional comment.",
)
attempt_history = tg.Data(
    "Attempt history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="All members' attempts and sends per route, keyed by member id.",
)
grade_estimates = tg.Data("Estimated route grades", kind="model-output", sensitivity="internal")
route_sets = tg.Data(
    "Route set records",
    kind="records",
    sensitivity="internal",
    description="Wall, hold colour, setter, setter's grade, date set and date stripped.",
)
leaderboard = tg.Data(
    "Leaderboard rankings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Display name, photo and hardest sends of each member who opted in.",
)
member_accounts = tg.Data(
    "Member accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Name, e-mail, date of birth, emergency contact, password hash.",
)
membership_status = tg.Data(
    "Membership status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member id, entry QR code value and whether the membership is active.",
)
entry_qr = tg.Data("Entry QR code", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
checkins = tg.Data("Door check-in events", kind="logs", sensitivity=tg.Sensitivity.PII)
mandate_request = tg.Data(
    "Direct debit mandate request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member name, e-mail and plan; bank details are entered on the provider's page.",
)
payment_status = tg.Data("Payment status events", kind="records", sensitivity=tg.Sensitivity.PII)
grade_model_file = tg.Data("Grade model file", format="pickle", sensitivity="internal")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the gym; anyone can download the app and create an account.
    member = tm.add(tg.Actor("Gym member", role="member"))
    # The iOS/Android app members log climbs in and show their entry QR code from.
    member_app = tm.add(
        tg.Device("Member phone app", description="React Native app on members' own phones.")
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Direct-debit provider that collects monthly membership fees.
    payments = tm.add(
        tg.ExternalService(
            "Direct debit payment provider",
            description="Hosted mandate page and monthly collections; posts payment status webhooks.",
        )
    )

with tm.boundary("Gym cloud account", trust=tg.Trust.INTERNAL):
    # The one public API the app and the door controller talk to.
    api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
            description="Accounts, climb logging, feedback, leaderboard, membership and webhooks.",
        )
    )
    # Holds routes, climb logs and grade feedback.
    climb_db = tm.add(
        tg.DataStore(
            "Climbing database", stores={climb_log, grade_feedback, route_sets, grade_estimates}
        )
    )
    # Holds member accounts and membership status.
    member_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={member_accounts, membership_status},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Weekly job that fits the grade model to everyone's attempts.
    grade_training = tm.add(
        tg.Pipeline(
            "Weekly grade model fitting job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Python job that pip-installs its requirements and fits a "
            "Bayesian climber-ability / route-difficulty model.",
        )
    )
    # Bucket the fitted model is written to and the API loads it from.
    model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={grade_model_file}))
    # The model that estimates each route's true grade from attempts and feedback.
    grade_model = tm.add(
        tg.Model(
            "Route grade estimation model",
            task=tg.Task.REGRESSOR,
            description="Estimates a route's grade from who sent it in how many attempts.",
        )
    )
    # Recomputes the ranking of members each night from their logged sends.
    leaderboard_svc = tm.add(tg.Service("Leaderboard service"))
    # Web dashboard for route setters to read feedback and estimated grades.
    setter_dashboard = tm.add(
        tg.Service(
            "Route setter dashboard",
            controls={c.Authentication(method="Google Workspace SSO"), c.RBAC()},
        )
    )

with tm.boundary("Gym premises network", trust=tg.Trust.INTERNAL):
    # Staff who set and re-grade the routes, using the dashboard on a gym tablet.
    setter = tm.add(tg.Actor("Route setter", role="staff"))
    # Vendor controller on the front door that scans members' QR codes.
    door = tm.add(
        tg.Device(
            "Door entry controller",
            fleet=False,
            description="Vendor QR reader and door lock controller; syncs the member list from the API.",
        )
    )

# ---------------------------------------------------------------- flows
# Members log climbs and feedback and see grades and the leaderboard.
tm.flow(member, member_app, climb_log, grade_feedback, label="logs climbs")
tm.flow(member_app, api, climb_log, grade_feedback, member_accounts, protocol="https")
tm.flow(api, member_app, grade_estimates, leaderboard, entry_qr, protocol="https")
tm.flow(member_app, member, grade_estimates, leaderboard, entry_qr)

tm.flow(api, climb_db, climb_log, grade_feedback)
tm.flow(climb_db, api, route_sets, grade_estimates)
tm.flow(api, member_db, member_accounts)
tm.flow(member_db, api, member_accounts, membership_status)

# Grade estimation.
tm.flow(climb_db, grade_training, attempt_history, label="weekly export")
tm.flow(grade_training, model_bucket, grade_model_file)
tm.flow(model_bucket, grade_model, grade_model_file, label="loaded at start-up")
tm.flow(climb_db, grade_model, attempt_history, label="attempts on new routes")
tm.flow(grade_model, climb_db, grade_estimates)

# Leaderboard.
tm.flow(climb_db, leaderboard_svc, climb_log)
tm.flow(member_db, leaderboard_svc, member_accounts, label="display names and opt-in")
tm.flow(leaderboard_svc, climb_db, leaderboard)
tm.flow(climb_db, api, leaderboard, label="leaderboard")

# Route setters.
tm.flow(setter, setter_dashboard, route_sets, protocol="https", label="new and re-graded routes")
tm.flow(setter_dashboard, setter, grade_feedback, grade_estimates, protocol="https")
tm.flow(setter_dashboard, climb_db, route_sets)
tm.flow(climb_db, setter_dashboard, grade_feedback, grade_estimates, climb_log)

# Door entry.
tm.flow(api, door, membership_status, protocol="https", label="member list sync every 5 minutes")
tm.flow(door, api, checkins, protocol="https")
tm.flow(member_app, door, entry_qr, label="QR code shown at the door reader")

# Membership payments.
tm.flow(api, payments, mandate_request, protocol="https")
tm.flow(payments, api, payment_status, protocol="https", label="payment status webhook")
tm.flow(api, member_db, membership_status, label="membership active or lapsed")
