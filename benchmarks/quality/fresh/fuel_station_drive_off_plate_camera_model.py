"""Forecourt drive-off recovery: the first design, before any security review.

A fuel retailer puts number plate cameras over the pump islands of its company-run
UK forecourts. A small edge box in each shop's back office pulls the camera streams,
runs a plate-reading model from the camera vendor and sends every read (plate text,
pump, time and a cropped still) to a matching service in the retailer's cloud tenant.
When a cashier marks a pump as driven off at the till, the till reports it to the
cloud, which pairs it with the plate read at that pump and opens a case. A loss
prevention reviewer at head office checks the stills against the plate in a web
console and approves the case; approved cases go nightly by SFTP to a debt recovery
partner, who obtains the keeper's details and pursues the debt, and posts the case
status back. Repeat plates are pushed to the sites so cashiers can ask for prepayment.
Site-to-cloud traffic uses TLS, the console is behind corporate SSO with MFA, unmatched
reads are deleted after 30 days, and the vendor pushes model updates to the edge boxes.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Forecourt drive-off plate recognition",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Plate cameras on fuel forecourts match unpaid pump transactions to vehicles "
        "and pass evidence to a debt recovery partner."
    ),
)

# ---------------------------------------------------------------- data assets
vehicle = tg.Data(
    "Vehicle and number plate in view",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="What a camera sees at the pump: the vehicle, its plate and often the driver.",
)
frames = tg.Data(
    "Forecourt camera video frames",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
)
plate_reads = tg.Data(
    "Plate reads",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Plate text, read confidence, pump number, time and a cropped still.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
drive_off_report = tg.Data(
    "Drive-off report",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Pump, time, fuel grade, litres and amount unpaid, entered by the cashier.",
)
pump_transactions = tg.Data(
    "Pump transaction log",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Per pump delivery: time, litres, amount and paid or unpaid; no card data.",
)
cases = tg.Data(
    "Drive-off cases",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Plate, stills, the unpaid delivery and the amount owed, with reviewer notes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
evidence_pack = tg.Data(
    "Drive-off evidence pack",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Per approved case: stills, plate, site, time, amount owed, as a PDF and CSV.",
)
recovery_status = tg.Data(
    "Recovery case status",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Partner's status per case: keeper traced, letter sent, paid, disputed, closed.",
)
watchlist = tg.Data(
    "Repeat drive-off watchlist",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Plates with open cases, pushed to every site.",
)
prepay_alert = tg.Data(
    "Prepay alert",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Pump and plate shown on the till when a watchlisted vehicle pulls in.",
)
review_decision = tg.Data("Case review decision", sensitivity=tg.Sensitivity.PII, kind="records")
model_update = tg.Data(
    "Plate reader model update",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="Vendor's plate detection and OCR weights with its runtime package.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public forecourt", trust=tg.Trust.UNTRUSTED):
    # Anyone who drives onto the forecourt is in view, including people with false plates.
    driver = tm.add(tg.Actor("Driver", role="motorist"))

with tm.boundary("Forecourt site network", trust=tg.Trust.INTERNAL):
    # Fixed cameras over each pump island; the only sensors the design adds.
    cameras = tm.add(
        tg.Device(
            "Forecourt ANPR cameras",
            fleet=True,
            description="IP cameras on the canopy, one per pump island, streaming over the site LAN.",
        )
    )
    # Back-office box that turns video into plate reads so video never leaves the site.
    edge = tm.add(
        tg.Service(
            "Site edge box",
            description="Pulls the camera streams, runs the plate reader, buffers reads, shows alerts.",
        )
    )
    # The vendor's plate reader: its proprietary weights, shipped to and run on the edge box.
    plate_reader = tm.add(
        tg.Model(
            "Plate reader model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Vendor's plate detection and OCR; a misread puts a debt on the wrong keeper.",
        )
    )
    # Existing till and forecourt controller: knows which deliveries were paid.
    till = tm.add(
        tg.Service(
            "Till and forecourt controller",
            description="Existing POS; a new 'drive-off' button sends the unpaid delivery to the cloud.",
        )
    )
    # Shop staff who see the drive-off happen and record it.
    cashier = tm.add(tg.Actor("Cashier", role="site staff"))

with tm.boundary("Retail cloud tenant", trust=tg.Trust.INTERNAL):
    # Pairs unpaid deliveries with plate reads and runs the case workflow.
    matcher = tm.add(
        tg.Service(
            "Drive-off matching service",
            description="Joins each drive-off report to the read at that pump and time, opens a case, "
            "exports approved cases nightly and builds the watchlist.",
            controls={c.HumanInTheLoop(approver="loss prevention reviewer")},
        )
    )
    # Every plate read from every site, kept to match later reports.
    read_store = tm.add(
        tg.DataStore(
            "Plate read store",
            stores={plate_reads},
            controls={
                c.RetentionLimits(days=30, note="reads not linked to a case are deleted"),
                c.EncryptionAtRest(key_management="cloud KMS"),
            },
        )
    )
    # Open and closed cases with their evidence.
    case_store = tm.add(
        tg.DataStore(
            "Drive-off case store",
            stores={cases, recovery_status},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where reviewers look at the stills and approve or reject a case.
    console = tm.add(
        tg.Endpoint(
            "Case review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Checks each case before it goes to the partner.
    reviewer = tm.add(tg.Actor("Loss prevention reviewer", role="loss prevention"))

with tm.boundary("Debt recovery partner", trust=tg.Trust.PARTNER):
    # Traces the registered keeper and pursues the debt on the retailer's behalf.
    recovery = tm.add(
        tg.ExternalService(
            "Debt recovery partner",
            description="Receives evidence packs over SFTP and posts case status to our API.",
        )
    )

with tm.boundary("Camera vendor", trust=tg.Trust.PARTNER):
    # Supplies and updates the plate reader on every edge box.
    vendor = tm.add(
        tg.ExternalService(
            "Camera vendor update service",
            description="Pushes plate reader model and firmware updates to the edge boxes.",
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(driver, cameras, vehicle, label="in camera view")
tm.flow(cameras, edge, frames, protocol="rtsp")
tm.flow(edge, plate_reader, frames)
tm.flow(plate_reader, edge, plate_reads)
tm.flow(edge, matcher, plate_reads, protocol="https", controls={tls})

tm.flow(cashier, till, drive_off_report, label="presses drive-off")
tm.flow(till, matcher, drive_off_report, pump_transactions, protocol="https", controls={tls})

tm.flow(matcher, read_store, plate_reads)
tm.flow(read_store, matcher, plate_reads, label="reads at the pump and time")
tm.flow(matcher, case_store, cases)
tm.flow(case_store, matcher, cases)

tm.flow(case_store, console, cases, recovery_status)
tm.flow(console, reviewer, cases, recovery_status, protocol="https", controls={tls})
tm.flow(reviewer, console, review_decision, protocol="https", controls={tls})
tm.flow(console, case_store, review_decision)

tm.flow(
    matcher,
    recovery,
    evidence_pack,
    protocol="sftp",
    label="nightly export of approved cases",
    controls={c.EncryptionInTransit(protocol="SSH"), c.Authentication(method="SSH key")},
)
tm.flow(
    recovery,
    matcher,
    recovery_status,
    protocol="https",
    label="status callback",
    controls={tls, c.Authentication(method="static API key")},
)

tm.flow(matcher, edge, watchlist, protocol="https", controls={tls})
tm.flow(edge, till, prepay_alert)
tm.flow(till, cashier, prepay_alert, label="on the till screen")

tm.flow(vendor, edge, model_update, protocol="https", label="remote update")
