"""Airport lounge access check: the first design.

An independent lounge operator runs lounges at several European airports. At the
lounge door a receptionist scans the guest's boarding pass (paper or phone) and,
for scheme guests, their membership card with a desk scanner attached to the
front-desk terminal. A cloud access-check service decodes the boarding-pass
barcode, checks date, airport, airline and cabin against the contract rules,
asks the card scheme's API whether the membership is active, and runs an
in-house model over the image of the pass to spot edited or forged passes. The
receptionist sees the result and admits or refuses the guest; each decision is
logged as a visit. A monthly billing job turns visits into invoices for airlines
and card schemes, uploaded over SFTP. Passes refused as forged are labelled and
used to retrain the forgery model each quarter. Controls in this design: HTTPS,
a static API key per lounge terminal, staff PINs, cloud encryption at rest, and
the receptionist's final say on every admission.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lounge access boarding-pass check",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Door check of boarding passes and membership cards, with forgery detection and monthly billing.",
)

# ---------------------------------------------------------------- data assets
barcode = tg.Data(
    "Boarding pass barcode",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="BCBP data: name, booking reference, flight, date, seat and cabin.",
)
pass_image = tg.Data("Boarding pass image", kind="media", sensitivity=tg.Sensitivity.PII)
card = tg.Data(
    "Membership card details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Scheme, membership number, name and expiry.",
)
check_request = tg.Data("Access check request", kind="records", sensitivity=tg.Sensitivity.PII)
membership_status = tg.Data("Membership status", kind="records", sensitivity=tg.Sensitivity.PII)
rules = tg.Data(
    "Access rules",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-airline and per-scheme entitlements, cabins, status tiers and guest allowances.",
)
forgery_score = tg.Data("Forgery score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
check_result = tg.Data(
    "Pass check result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Valid or not, the reasons, and a forgery warning when the score is high.",
)
decision = tg.Data("Admission decision", kind="records", sensitivity=tg.Sensitivity.PII)
visits = tg.Data(
    "Visit records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
invoices = tg.Data(
    "Monthly visit invoices", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
labelled_passes = tg.Data(
    "Labelled pass images",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Pass images with the receptionist's genuine/forged label.",
)
weights = tg.Data("Forgery model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Airport terminal", trust=tg.Trust.UNTRUSTED):
    # Anyone who reaches the lounge door, with a real or an edited pass.
    guest = tm.add(tg.Actor("Lounge guest", role="traveller"))

with tm.boundary("Lounge reception", trust=tg.Trust.INTERNAL):
    # Checks the result on screen and admits or refuses the guest.
    receptionist = tm.add(tg.Actor("Lounge receptionist", role="reception staff"))
    # 2D barcode and image scanner on the desk, plugged into the terminal.
    scanner = tm.add(tg.Device("Desk pass scanner"))
    # Front-desk terminal running the lounge access app.
    terminal = tm.add(
        tg.Device(
            "Front-desk terminal",
            description="Touch-screen PC at each lounge door running the access app.",
            controls={c.Authentication(method="4-digit staff PIN")},
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # API the lounge terminals call for every check and decision.
    api = tm.add(
        tg.Endpoint(
            "Access check API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="static API key per lounge terminal")},
        )
    )
    # Decodes the pass, applies the contract rules, calls the scheme and the model.
    checker = tm.add(
        tg.Service(
            "Pass validation service",
            controls={c.HumanInTheLoop(approver="lounge receptionist admits or refuses")},
        )
    )
    # Spots edited, screenshotted or printed forged boarding passes from the image.
    model = tm.add(
        tg.Model(
            "Forged pass detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            controls={c.ModelValidation(note="hold-out evaluation before each quarterly release")},
        )
    )
    # Contract rules maintained by the commercial team.
    rules_store = tm.add(tg.DataStore("Access rules store", stores={rules}))
    # Every admission and refusal: evidence for billing and disputes.
    visit_log = tm.add(
        tg.DataStore(
            "Visit log",
            stores={visits, pass_image},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Aggregates the month's visits per airline and scheme into invoices.
    billing = tm.add(tg.Service("Monthly billing job"))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Refused and admitted pass images with their labels.
        pass_dataset = tm.add(tg.Dataset("Pass image training set", stores={labelled_passes}))
        # Quarterly retraining of the forgery detector.
        training = tm.add(tg.Pipeline("Forgery model retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Keeps the access rules in line with airline and scheme contracts.
    manager = tm.add(tg.Actor("Commercial manager", role="contracts manager", privileged=True))

with tm.boundary("Card schemes", trust=tg.Trust.PARTNER):
    # The membership scheme's validation API.
    scheme_api = tm.add(
        tg.ExternalService("Membership scheme API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Billing partners", trust=tg.Trust.PARTNER):
    # Airlines' and schemes' SFTP drops for lounge invoices.
    partners = tm.add(tg.ExternalService("Airline and scheme billing SFTP"))

# ---------------------------------------------------------------- flows
tm.flow(guest, scanner, barcode, pass_image, card, label="presents pass and card")
tm.flow(scanner, terminal, barcode, pass_image, card, protocol="usb")
tm.flow(terminal, api, check_request, pass_image, protocol="https")
tm.flow(api, checker, check_request, pass_image)
tm.flow(rules_store, checker, rules)
tm.flow(checker, scheme_api, card, protocol="https", label="membership lookup")
tm.flow(scheme_api, checker, membership_status, protocol="https")
tm.flow(checker, model, pass_image)
tm.flow(model, checker, forgery_score)
tm.flow(checker, api, check_result)
tm.flow(api, terminal, check_result, protocol="https")
tm.flow(terminal, receptionist, check_result)

tm.flow(receptionist, terminal, decision, label="admit or refuse")
tm.flow(terminal, api, decision, protocol="https")
tm.flow(api, checker, decision)
tm.flow(checker, visit_log, visits, pass_image)

tm.flow(visit_log, billing, visits)
tm.flow(billing, partners, invoices, protocol="sftp")

tm.flow(manager, rules_store, rules, protocol="https", label="admin console")

tm.flow(visit_log, pass_dataset, labelled_passes, label="refusals labelled by receptionists")
tm.flow(pass_dataset, training, labelled_passes)
tm.flow(training, model, weights, label="quarterly deploy")
