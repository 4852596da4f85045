"""Couture milliner's head-scan fitting model: the first design, before any security review.

A couture millinery atelier in Paris takes commissions from clients around Europe who
cannot come in for a fitting. The client scans their own head with a phone app using
the depth camera; the scan and their commission details go to a small fitting portal
in the atelier's cloud tenant, which the client signs in to with an e-mailed link.
A processing service cleans the mesh and extracts head landmarks, and an in-house
regression model proposes the hat block size, crown oval and brim proportions. The
head milliner checks each proposal against the 3D scan in a review console, adjusts it,
and only then is the block order e-mailed to the block maker's workshop. A freelance
data scientist retrains the model each month from past fittings whose sizes the
milliner confirmed. Controls in this design: e-mail link sign-in and upload checks on
the portal, Google Workspace sign-in with 2-step verification for the console, the
milliner's approval of every order, and the cloud provider's encryption at rest on the
scan bucket and client database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Milliner hat fitting from head scans",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Clients' phone head scans become hat block sizes and brim shapes, "
    "checked by the milliner before blocks are ordered.",
)

# ---------------------------------------------------------------- data assets
head_scan = tg.Data(
    "Client head scan",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="3D mesh and texture photos of the client's head and face from the phone's depth camera.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
client_details = tg.Data(
    "Client details and commission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, delivery address, occasion and the hat style commissioned.",
)
sign_in_link = tg.Data(
    "Portal sign-in link",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Single-use link e-mailed to the client, valid for 24 hours.",
)
fitting_status = tg.Data("Fitting status", kind="records", sensitivity=tg.Sensitivity.PII)
measurements = tg.Data(
    "Head measurements",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Circumference, length, width, crown height and landmark positions from the cleaned mesh.",
)
proposed_sizes = tg.Data(
    "Proposed block and brim sizes",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Block size, crown oval ratio and suggested brim width and tilt.",
)
confirmed_spec = tg.Data(
    "Confirmed block specification",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The sizes as the milliner adjusted and accepted them.",
)
block_order = tg.Data(
    "Block order",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Order e-mail with the block specification and the atelier's client reference.",
)
order_confirmation = tg.Data("Block maker order confirmation", kind="documents")
fitting_records = tg.Data(
    "Past fitting records",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Head measurements of past clients paired with the sizes the milliner confirmed.",
)
training_code = tg.Data("Training code and configuration", kind="code")
model_artifact = tg.Data(
    "Sizing model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn estimators saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person commissioning a hat, anywhere in Europe.
    client = tm.add(tg.Actor("Client", role="commissioning client"))
    # The client's own phone running the white-label scanning app that captures the head.
    phone = tm.add(
        tg.Device(
            "Client phone scanning app",
            description="iOS/Android app on the client's smartphone; guides a self-scan with the depth camera.",
        )
    )

with tm.boundary("Atelier cloud tenant", trust=tg.Trust.INTERNAL):
    # Where clients sign in, upload scans and see where their fitting is.
    portal = tm.add(
        tg.Endpoint(
            "Fitting portal",
            purpose=tg.EndpointPurpose.API,
            description="Receives scan uploads and commission details; shows the client their fitting status.",
            controls={
                c.Authentication(method="one-time sign-in link sent by e-mail"),
                c.InputValidation(note="accepts only the app's mesh format, up to 50 MB"),
            },
        )
    )
    # Raw scans are kept so the milliner can view them and re-run processing.
    scan_bucket = tm.add(
        tg.DataStore(
            "Head scan bucket",
            stores={head_scan},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Cleans the mesh (hair, ears, noise), extracts landmarks and calls the sizing model.
    processing = tm.add(
        tg.Service(
            "Scan processing service",
            description="Triggered on each upload; writes measurements and the proposal to the client record.",
        )
    )
    # Turns head measurements into block and brim sizes.
    sizing_model = tm.add(
        tg.Model(
            "Hat block sizing model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressors over head landmarks.",
        )
    )
    # The atelier's record of clients, their fittings and their orders.
    client_db = tm.add(
        tg.DataStore(
            "Client and fitting database",
            stores={client_details, measurements, proposed_sizes, confirmed_spec, fitting_status},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the milliner checks each proposal against the scan and releases the order.
    console = tm.add(
        tg.Service(
            "Milliner review console",
            description="Web app showing the 3D scan with the proposed block and brim overlaid; "
            "sends the block order once the milliner accepts the sizes.",
            controls={
                c.Authentication(method="Google Workspace sign-in with 2-step verification"),
                c.HumanInTheLoop(approver="the head milliner"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Monthly export of past fittings the model is retrained on.
        fitting_dataset = tm.add(tg.Dataset("Fitting training set", stores={fitting_records}))
        # Retrains the sizing model; run by the freelance data scientist.
        training = tm.add(tg.Pipeline("Sizing model retraining", stage=tg.Stage.TRAINING))
        # Holds trained model versions that the processing service loads.
        registry = tm.add(tg.ModelRegistry("Model bucket", stores={model_artifact}))

with tm.boundary("Atelier studio", trust=tg.Trust.INTERNAL):
    # Checks every proposed size before anything is ordered.
    milliner = tm.add(tg.Actor("Head milliner", role="head milliner", privileged=True))

with tm.boundary("Contractor", trust=tg.Trust.PARTNER):
    # Builds and retrains the model a few days a month.
    data_scientist = tm.add(
        tg.Actor("Freelance data scientist", role="ml contractor", privileged=True)
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends sign-in links and status e-mails to clients and block orders to the block maker.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Block maker", trust=tg.Trust.PARTNER):
    # The independent workshop that carves the wooden hat blocks.
    block_maker = tm.add(tg.ExternalService("Block maker order desk"))

# ---------------------------------------------------------------- flows
# client capture and upload
tm.flow(client, phone, head_scan, client_details, label="guided self-scan in the app")
tm.flow(phone, portal, head_scan, client_details, protocol="https")
tm.flow(portal, phone, fitting_status, protocol="https")
tm.flow(portal, mailer, sign_in_link, protocol="https")
tm.flow(mailer, client, sign_in_link, protocol="smtp+starttls")

# storage and sizing
tm.flow(portal, scan_bucket, head_scan, protocol="https")
tm.flow(portal, client_db, client_details)
tm.flow(client_db, portal, fitting_status)
tm.flow(scan_bucket, processing, head_scan, protocol="https")
tm.flow(processing, sizing_model, measurements)
tm.flow(sizing_model, processing, proposed_sizes)
tm.flow(processing, client_db, measurements, proposed_sizes)

# milliner review and ordering
tm.flow(client_db, console, client_details, measurements, proposed_sizes)
tm.flow(scan_bucket, console, head_scan, protocol="https", label="3D preview")
tm.flow(console, milliner, head_scan, proposed_sizes, protocol="https")
tm.flow(milliner, console, confirmed_spec, protocol="https", label="adjusts and accepts sizes")
tm.flow(console, client_db, confirmed_spec, fitting_status)
tm.flow(console, mailer, block_order, protocol="https")
tm.flow(mailer, block_maker, block_order, protocol="smtp+starttls")
tm.flow(
    block_maker,
    milliner,
    order_confirmation,
    protocol="smtp+starttls",
    label="reply to the atelier inbox",
)

# retraining
tm.flow(client_db, fitting_dataset, fitting_records, label="monthly export")
tm.flow(fitting_dataset, training, fitting_records)
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, sizing_model, model_artifact, label="loaded at deploy")
