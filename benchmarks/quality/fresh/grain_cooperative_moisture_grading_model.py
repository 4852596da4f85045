"""Grain cooperative intake grading: the first design, before any security review.

When a member's trailer arrives at one of the cooperative's intake sites, the
intake operator takes a probe sample. A camera over the sample bench photographs
the sample and a bench moisture meter measures it. An edge grading service on the
site server runs an in-house image classifier (broken and shrivelled kernels,
admixture, sprouting), combines the grade with the moisture reading and the
cooperative's deduction schedule, and proposes the grade and price deduction that
go on the weighbridge ticket. The operator confirms or overrides the grade at the
ticketing terminal before the ticket prints. Tickets go to the central delivery
records, which feed settlement in the ERP and the members' portal, where members
see their deliveries and can dispute a grade; the quality manager regrades the
retained sample, and those regrades become labels for the monthly retraining.
Members are farmers, mostly sole traders, in the EU.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Grain intake moisture and quality grading",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Grades members' grain deliveries from sample images and moisture "
    "readings and sets the price deduction on the weighbridge ticket.",
)

# ---------------------------------------------------------------- data assets
delivery_declaration = tg.Data(
    "Delivery declaration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member number, haulier, crop, variety and field lot, given at the weighbridge.",
)
sample_image = tg.Data(
    "Grain sample image",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
moisture_reading = tg.Data(
    "Moisture meter reading",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Moisture percentage, grain temperature and specific weight.",
)
grading_request = tg.Data(
    "Grading request", kind="records", description="Ticket number and declared crop."
)
sample_grade = tg.Data(
    "Sample grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted grade class and defect percentages with class probabilities.",
)
grade_and_deduction = tg.Data(
    "Proposed grade and price deduction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
deduction_schedule = tg.Data(
    "Moisture and quality deduction schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
operator_confirmation = tg.Data(
    "Operator grade confirmation or override", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Gross and tare weights",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
ticket = tg.Data(
    "Weighbridge ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Member, crop, net weight, moisture, grade and deduction.",
)
delivery_records = tg.Data(
    "Member delivery records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
dispute = tg.Data("Grade dispute", kind="records", sensitivity=tg.Sensitivity.PII)
settlement = tg.Data(
    "Settlement statements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Payments per delivery after deductions, with the member's bank details.",
)
regrade_labels = tg.Data(
    "Regraded sample labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_weights = tg.Data(
    "Grading model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Outside the cooperative", trust=tg.Trust.UNTRUSTED):
    # Members deliver in person at the weighbridge and use the portal from home.
    member = tm.add(tg.Actor("Farmer member", role="member"))

with tm.boundary("Intake site LAN", trust=tg.Trust.INTERNAL):
    # Takes the probe sample and runs the weighbridge office.
    operator = tm.add(tg.Actor("Intake operator", role="intake staff"))
    # Network camera fixed over the sample tray on the grading bench.
    camera = tm.add(tg.Device("Sample bench camera", fleet=True))
    # Bench moisture meter, connected by USB to the site server.
    probe = tm.add(tg.Device("Bench moisture meter", fleet=True))
    # Load-cell indicator of the weighbridge itself.
    indicator = tm.add(tg.Device("Weighbridge indicator", fleet=True))
    # Edge service on the site server: collects the image and reading, asks the
    # model, applies the deduction schedule and proposes the ticket's grade line.
    grading = tm.add(
        tg.Service(
            "Intake grading service",
            controls={
                tg.controls.InputValidation(
                    note="moisture readings outside 5-40 % and blank images are rejected"
                ),
                tg.controls.Contestability(
                    note="members can dispute a grade; the retained sample is regraded by hand"
                ),
            },
        )
    )
    # The image classifier, loaded by the grading service on the same server.
    model = tm.add(
        tg.Model(
            "Grain quality grading model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="CNN fine-tuned on the cooperative's own graded sample images; "
            "its grade sets the quality part of the price deduction.",
        )
    )
    # Weighbridge ticketing package: records weights and prints the ticket.
    ticketing = tm.add(
        tg.Service(
            "Weighbridge ticketing system",
            controls={
                tg.controls.Authentication(method="individual operator username and password"),
                tg.controls.HumanInTheLoop(
                    approver="intake operator",
                    note="the operator confirms or overrides the proposed grade before printing",
                ),
                tg.controls.AuditLogging(
                    note="ticket amendments are logged for weights and measures"
                ),
            },
        )
    )

with tm.boundary("Cooperative cloud", trust=tg.Trust.INTERNAL):
    # Reference table the quality manager maintains each harvest.
    schedule_store = tm.add(
        tg.DataStore(
            "Deduction schedule store",
            stores={deduction_schedule},
            controls={tg.controls.RBAC(note="only the quality team can edit it")},
        )
    )
    # System of record for every ticket and dispute across all sites.
    delivery_db = tm.add(
        tg.DataStore(
            "Delivery records database",
            stores={delivery_records, ticket, dispute},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                tg.controls.RBAC(),
            },
        )
    )
    # Bucket of every graded sample, kept for disputes and retraining.
    archive = tm.add(
        tg.Dataset(
            "Graded sample archive",
            stores={sample_image, moisture_reading, sample_grade, regrade_labels},
            purpose="training",
        )
    )
    # Monthly retraining job on the archive.
    training = tm.add(tg.Pipeline("Monthly grading model retraining", stage=tg.Stage.TRAINING))
    # Holds model versions; each site pulls the current one.
    registry = tm.add(
        tg.ModelRegistry(
            "Grading model registry",
            stores={model_weights},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Members' web portal: deliveries, tickets, settlements and disputes.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="member number and password")},
        )
    )
    # Finance package that pays members for their deliveries.
    erp = tm.add(
        tg.DataStore(
            "Grain accounting ERP",
            stores={settlement, delivery_records},
            controls={tg.controls.RBAC()},
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Owns the deduction schedule, handles disputes and regrades samples.
    quality_manager = tm.add(tg.Actor("Quality manager", role="quality manager", privileged=True))

# ---------------------------------------------------------------- flows
# At the weighbridge
tm.flow(member, ticketing, delivery_declaration, label="handed in at the weighbridge office")
tm.flow(indicator, ticketing, weights, protocol="serial")
tm.flow(operator, grading, grading_request, label="starts grading at the bench terminal")
tm.flow(camera, grading, sample_image, protocol="http")
tm.flow(probe, grading, moisture_reading, protocol="usb")
tm.flow(schedule_store, grading, deduction_schedule, protocol="https", label="synced each morning")
tm.flow(grading, model, sample_image, moisture_reading)
tm.flow(model, grading, sample_grade)
tm.flow(grading, ticketing, grade_and_deduction)
tm.flow(ticketing, operator, grade_and_deduction, label="shown on the terminal")
tm.flow(operator, ticketing, operator_confirmation, label="on the terminal")
tm.flow(ticketing, member, ticket, label="printed ticket handed to the driver")

# Central records, settlement and the portal
tm.flow(ticketing, delivery_db, ticket, protocol="https")
tm.flow(grading, archive, sample_image, moisture_reading, sample_grade, protocol="https")
tm.flow(delivery_db, erp, delivery_records, label="nightly settlement export")
tm.flow(delivery_db, portal, delivery_records, ticket)
tm.flow(erp, portal, settlement)
tm.flow(portal, member, delivery_records, ticket, settlement, protocol="https")
tm.flow(member, portal, dispute, protocol="https")
tm.flow(portal, delivery_db, dispute)

# Disputes, the schedule and retraining
tm.flow(delivery_db, quality_manager, dispute, protocol="https")
tm.flow(
    quality_manager, delivery_db, grade_and_deduction, protocol="https", label="regrade outcome"
)
tm.flow(quality_manager, archive, regrade_labels, protocol="https")
tm.flow(quality_manager, schedule_store, deduction_schedule, protocol="https")
tm.flow(archive, training, sample_image, moisture_reading, regrade_labels)
tm.flow(training, registry, model_weights)
tm.flow(registry, model, model_weights, protocol="https", label="site deployment pull")
