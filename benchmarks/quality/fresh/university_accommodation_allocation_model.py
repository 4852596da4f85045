"""University accommodation allocation: the first design, before any security review.

Each summer the university allocates about 6,000 first-year students to rooms in
its halls. Students sign in to the accommodation portal with university SSO and
fill a preferences form: budget, quiet floor, accessibility needs and any medical
conditions. A nightly allocation optimiser takes the applications, course and age
from the student record system and the room inventory, asks an in-house fit model
for preference scores, and builds a draft allocation. Edge cases (accessibility,
medical, unplaced students) go to the accommodation office's review console, and
the disability service verifies claimed accessibility needs there. Approved offers
go out by e-mail through the university's mail provider; students can appeal in
the portal. Past allocations and appeal outcomes retrain the fit model each year.
Controls: SSO with MFA, form validation, an encrypted applications database,
role-based staff access, office review of edge cases and an appeal route. GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University accommodation allocation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Allocates first-year students to hall rooms from their preferences.",
)

# ---------------------------------------------------------------- data assets
preferences = tg.Data(
    "Accommodation preferences",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Budget band, quiet floor, catering, flatmate preferences.",
)
health = tg.Data(
    "Medical conditions and accessibility needs",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
student_record = tg.Data(
    "Student record extract",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student ID, course, campus and date of birth.",
)
rooms = tg.Data("Hall room inventory", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fit_features = tg.Data("Student-room fit features", kind="features", sensitivity=tg.Sensitivity.PII)
fit_scores = tg.Data("Room fit scores", kind="model-output", sensitivity=tg.Sensitivity.PII)
allocation = tg.Data(
    "Room allocation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
edge_cases = tg.Data(
    "Edge cases for review",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Draft allocations with accessibility or medical flags, or no room found.",
)
review_decision = tg.Data("Office review decision", kind="records", sensitivity=tg.Sensitivity.PII)
verification = tg.Data(
    "Accessibility needs verification", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
offer = tg.Data("Room offer e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
appeal = tg.Data(
    "Allocation appeal",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free-text reasons, often citing health or family circumstances.",
)
status = tg.Data("Application status and offer", kind="records", sensitivity=tg.Sensitivity.PII)
history = tg.Data(
    "Past allocations and appeal outcomes", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data("Fit model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Incoming first-year students filling the form on their own devices.
    student = tm.add(tg.Actor("Incoming student", role="applicant"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The university's hosted e-mail service that delivers offers.
    mail = tm.add(tg.ExternalService("University e-mail service"))

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Student-facing web portal for the preferences form, offers and appeals.
    portal = tm.add(
        tg.Endpoint(
            "Accommodation portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (OIDC) with MFA"),
                c.InputValidation(note="form fields validated against allowed values"),
            },
        )
    )
    # Applications, special-category health details, appeals and final allocations.
    applications = tm.add(
        tg.DataStore(
            "Applications database",
            stores={preferences, health, appeal, allocation, verification},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Rooms per hall with price band, floor type and accessible adaptations.
    inventory = tm.add(tg.DataStore("Room inventory", stores={rooms}))
    # Batch assignment solver; produces the draft allocation and flags edge cases.
    optimiser = tm.add(
        tg.Service(
            "Nightly allocation optimiser",
            controls={
                c.HumanInTheLoop(
                    approver="accommodation office",
                    note="only flagged edge cases are reviewed before offers go out",
                ),
                c.Contestability(note="students can appeal an offer in the portal"),
            },
        )
    )
    # Scores how well each room suits each student's stated preferences.
    fit_model = tm.add(tg.Model("Room fit model", task=tg.Task.RANKER, high_stakes=True))
    # Staff web app to review edge cases, verify needs, approve offers and handle appeals.
    console = tm.add(
        tg.Service(
            "Allocation review console",
            controls={c.Authentication(method="university SSO (OIDC) with MFA"), c.RBAC()},
        )
    )
    # Previous years' allocations and appeal outcomes used for retraining.
    dataset = tm.add(tg.Dataset("Allocation history dataset", stores={history}))
    # Annual retraining of the fit model before the allocation round.
    training = tm.add(tg.Pipeline("Fit model retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Registry systems", trust=tg.Trust.INTERNAL):
    # The university's student record system: course, campus and age.
    srs = tm.add(
        tg.DataSource("Student record system", origin=tg.Origin.INTERNAL, provides={student_record})
    )

with tm.boundary("Staff network", trust=tg.Trust.INTERNAL):
    # Reviews edge cases and appeals and approves offers.
    officer = tm.add(tg.Actor("Accommodation officer", role="accommodation office staff"))
    # Confirms that claimed accessibility needs are supported by evidence.
    adviser = tm.add(tg.Actor("Disability adviser", role="disability service staff"))

# ---------------------------------------------------------------- flows
tm.flow(student, portal, preferences, health, protocol="https", label="preferences form")
tm.flow(student, portal, appeal, protocol="https")
tm.flow(portal, student, status, protocol="https")
tm.flow(portal, applications, preferences, health, appeal)
tm.flow(applications, portal, status)

tm.flow(applications, optimiser, preferences, health)
tm.flow(srs, optimiser, student_record, protocol="https")
tm.flow(inventory, optimiser, rooms)
tm.flow(optimiser, fit_model, fit_features)
tm.flow(fit_model, optimiser, fit_scores)
tm.flow(optimiser, console, edge_cases, allocation, protocol="https")

tm.flow(console, officer, edge_cases, appeal, protocol="https")
tm.flow(officer, console, review_decision, protocol="https")
tm.flow(console, adviser, health, protocol="https", label="needs to verify")
tm.flow(adviser, console, verification, protocol="https")
tm.flow(applications, console, appeal, health)
tm.flow(console, applications, allocation, verification, label="approved allocation")
tm.flow(console, mail, offer, protocol="smtp+starttls")
tm.flow(mail, student, offer, protocol="smtp")

tm.flow(applications, dataset, history, label="end-of-cycle export")
tm.flow(dataset, training, history)
tm.flow(training, fit_model, weights, label="deploy")
