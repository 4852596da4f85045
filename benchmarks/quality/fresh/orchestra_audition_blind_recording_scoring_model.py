"""Youth orchestra online auditions: blind recordings, a scoring model and panel decisions.

A UK youth orchestra auditions players aged 11 to 18 online. A parent creates an
account on the audition portal, fills in the application and pays the audition fee
through the payment provider's hosted checkout; the applicant uploads two recorded
pieces. A preprocessing job strips file metadata and spoken introductions, gives
each recording an anonymous code and runs an in-house model that scores intonation
and rhythm. Panel members sign in to a review portal from home, listen to the
anonymised recordings with the model's scores beside them, and decide places;
the administrator maps codes back to names and the results are e-mailed to parents.
Controls in this first design: HTTPS, e-mail and password accounts for parents,
magic-link sign-in for the panel, upload type and size checks, the provider's
signed payment webhook, default storage encryption for raw uploads, and the panel
(not the model) deciding every place.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Youth orchestra blind audition scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Online auditions for a youth orchestra: anonymised recordings, model scores "
    "of intonation and rhythm, and a panel that decides places.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Audition application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Child's name, date of birth, school, instrument, grade; parent contact details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
raw_recording = tg.Data(
    "Raw audition recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Audio or video files as uploaded, with device metadata and spoken intro.",
)
anon_recording = tg.Data(
    "Anonymised recording",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Trimmed audio with metadata removed, filed under an anonymous code.",
)
code_map = tg.Data(
    "Anonymous code map",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which anonymous code belongs to which applicant.",
)
scores = tg.Data(
    "Intonation and rhythm scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
panel_decision = tg.Data(
    "Panel decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Place, reserve or no place per anonymous code, with panel comments.",
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Fee payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
results_email = tg.Data(
    "Results e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The outcome for the child, sent to the parent's address.",
)
parent_login = tg.Data(
    "Parent account password", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The young musician who records and uploads the pieces.
    applicant = tm.add(tg.Actor("Applicant", role="applicant"))
    # Holds the account, fills in the form, pays the fee and receives the result.
    parent = tm.add(tg.Actor("Parent or guardian", role="parent"))

with tm.boundary("Panel members' homes", trust=tg.Trust.PARTNER):
    # Section tutors and guest conductors who listen and decide places, on their own laptops.
    panel = tm.add(tg.Actor("Audition panel member", role="panel member"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout; card numbers never reach the orchestra's systems.
    payments = tm.add(tg.ExternalService("Payment provider checkout"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers results and receipts.
    email_service = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Orchestra office", trust=tg.Trust.INTERNAL):
    # Runs the audition round, links codes back to names, sends results.
    admin = tm.add(tg.Actor("Auditions administrator", role="administrator", privileged=True))

with tm.boundary("Orchestra cloud", trust=tg.Trust.INTERNAL):
    # Public site where parents register, apply, pay and upload.
    portal = tm.add(
        tg.Endpoint(
            "Audition portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="audio/video types only, 200 MB per file"),
            },
        )
    )
    # Applications, account logins, code map, scores and decisions.
    app_db = tm.add(
        tg.DataStore(
            "Applications database",
            stores={
                application,
                code_map,
                scores,
                panel_decision,
                payment_confirmation,
                parent_login,
            },
        )
    )
    # Object storage bucket for the files exactly as uploaded.
    raw_bucket = tm.add(
        tg.DataStore(
            "Raw recordings bucket",
            stores={raw_recording},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Strips metadata and spoken intro, assigns the code, calls the scoring model.
    preprocess = tm.add(
        tg.Pipeline(
            "Recording anonymisation job",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            controls={c.DataMinimization(note="removes file metadata and the spoken introduction")},
        )
    )
    # Pitch and onset tracking against the set piece's score; advice to the panel only.
    scorer = tm.add(
        tg.Model(
            "Intonation and rhythm scoring model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            controls={c.HumanInTheLoop(approver="the audition panel decides every place")},
        )
    )
    # Anonymised files the panel listens to.
    anon_store = tm.add(tg.DataStore("Anonymised recordings store", stores={anon_recording}))
    # Where the panel listens, sees scores and records decisions; shows codes, never names.
    panel_portal = tm.add(
        tg.Endpoint(
            "Panel review portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail magic link")},
        )
    )
    # Merges decisions with names and sends one e-mail per application.
    mailer = tm.add(tg.Service("Results mailer"))

# ---------------------------------------------------------------- flows
# application, payment and upload
tm.flow(parent, portal, application, parent_login, protocol="https")
tm.flow(applicant, portal, raw_recording, protocol="https", label="uploads pieces")
tm.flow(portal, app_db, application, parent_login)
tm.flow(app_db, portal, application, payment_confirmation)
tm.flow(
    portal, parent, application, payment_confirmation, protocol="https", label="application status"
)
tm.flow(portal, payments, payment_confirmation, protocol="https", label="creates checkout session")
tm.flow(parent, payments, card_details, protocol="https", label="pays audition fee")
tm.flow(
    payments,
    portal,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature checked by its SDK")},
)
tm.flow(portal, app_db, payment_confirmation)
tm.flow(portal, raw_bucket, raw_recording)

# anonymisation and scoring
tm.flow(raw_bucket, preprocess, raw_recording)
tm.flow(preprocess, app_db, code_map)
tm.flow(preprocess, anon_store, anon_recording)
tm.flow(preprocess, scorer, anon_recording)
tm.flow(scorer, preprocess, scores)
tm.flow(preprocess, app_db, scores, id="preprocess-scores")

# panel review
tm.flow(panel, panel_portal, panel_decision, protocol="https", label="records decisions")
tm.flow(anon_store, panel_portal, anon_recording)
tm.flow(app_db, panel_portal, scores, label="scores by code")
tm.flow(panel_portal, panel, anon_recording, scores, protocol="https", label="listens and reviews")
tm.flow(panel_portal, app_db, panel_decision)

# results
tm.flow(admin, app_db, panel_decision, code_map, protocol="https", label="confirms places")
tm.flow(app_db, admin, application, code_map, panel_decision, protocol="https", label="admin view")
tm.flow(admin, mailer, panel_decision, protocol="https", label="sends results")
tm.flow(app_db, mailer, application, panel_decision, code_map)
tm.flow(mailer, email_service, results_email, protocol="https")
tm.flow(email_service, parent, results_email, protocol="smtp+starttls")
