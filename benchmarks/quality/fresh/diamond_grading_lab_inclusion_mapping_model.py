"""Diamond grading lab: inclusion mapping model, first design before security review.

Our Antwerp gem lab grades diamonds submitted by jewellers, dealers and some
private owners. Clients pre-register a submission in the client portal and hand
the stone in at the intake counter, where a clerk logs it in the LIMS. On the
grading floor a darkfield microscope station photographs each stone; an in-house
detector maps its inclusions and a clarity grading service proposes a grade. A
gemmologist confirms or changes it at a grading workstation; only confirmed
results reach the certificate generator. Anyone can look up a report number on
the public report check page. Confirmed maps become labels for retraining in our
cloud ML account. Controls: gemmologist sign-off, LIMS roles and audit log, MFA
on the client portal, a rate limit on report check, HTTPS off site, and
versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Diamond grading lab inclusion mapping",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Maps inclusions in microscope images of submitted diamonds and proposes a "
        "clarity grade that a gemmologist confirms before the certificate is issued."
    ),
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Submission record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Client name and contact details, stone description, declared weight, service ordered.",
)
images = tg.Data(
    "Microscope images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Darkfield and table-up image stacks of each stone, keyed by lab number.",
)
inclusion_map = tg.Data(
    "Inclusion map",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Type, position and size of each detected inclusion, the plotting diagram.",
)
proposed_grade = tg.Data(
    "Proposed clarity grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
confirmed_grade = tg.Data(
    "Confirmed grading result",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Clarity grade and final plot as signed off by the gemmologist.",
)
certificate = tg.Data(
    "Grading certificate",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
report_query = tg.Data("Report number query", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
report_summary = tg.Data(
    "Report check summary",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Carat, colour, clarity, cut and laser inscription for a report number.",
)
training_labels = tg.Data(
    "Confirmed inclusion labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Inclusion model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Jewellers, dealers and private owners who submit stones and collect certificates.
    client = tm.add(tg.Actor("Submitting client", role="client"))
    # Buyers and retailers who check a certificate's report number before a sale.
    buyer = tm.add(tg.Actor("Report checker", role="member of the public"))

with tm.boundary("Lab web hosting", trust=tg.Trust.INTERNAL):
    # Where clients pre-register submissions and download their certificates.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password with authenticator app code")},
        )
    )
    # Public lookup of a report number, so a buyer can match a stone to its certificate.
    report_check = tm.add(
        tg.Endpoint(
            "Report check page",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )

with tm.boundary("Lab site network", trust=tg.Trust.INTERNAL):
    # Intake staff who log each stone handed in at the counter.
    clerk = tm.add(tg.Actor("Intake clerk", role="lab staff"))
    # System of record for submissions, grading results and issued certificates.
    lims = tm.add(
        tg.DataStore(
            "Laboratory information management system",
            stores={submission, confirmed_grade, certificate},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Lays out the certificate PDF with plot and grades once a result is confirmed.
    cert_gen = tm.add(tg.Service("Certificate generator"))

    with tm.boundary("Grading floor", trust=tg.Trust.RESTRICTED):
        # Darkfield microscope with camera that captures the image stack of each stone.
        microscope = tm.add(tg.Device("Microscope imaging station", fleet=True))
        # NAS share holding the raw image stacks, also the source of training images.
        image_store = tm.add(tg.DataStore("Grading image store", stores={images}))
        # Detects and localises inclusions in the image stack.
        inclusion_model = tm.add(
            tg.Model(
                "Inclusion mapping model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="CNN detector served on a GPU box on the grading floor.",
            )
        )
        # Applies the lab's clarity grading rules to the inclusion map.
        grading = tm.add(
            tg.Service(
                "Clarity grading service",
                description="Proposes FL to I3 from inclusion type, size, position and visibility.",
                controls={c.HumanInTheLoop(approver="grading gemmologist")},
            )
        )
        # Review application where the gemmologist confirms or changes the proposal.
        workstation = tm.add(
            tg.Service(
                "Grading workstation",
                controls={c.Authentication(method="individual Windows domain login")},
            )
        )
        # Qualified grader who owns the final clarity grade.
        gemmologist = tm.add(tg.Actor("Gemmologist", role="grader"))

with tm.boundary("Cloud ML account", trust=tg.Trust.INTERNAL):
    # Confirmed inclusion maps with their images, accumulated for retraining.
    label_set = tm.add(tg.Dataset("Inclusion training set", stores={training_labels, images}))
    # Periodic retraining of the detector, run by the data science team.
    training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING))
    # Holds trained detector versions; the grading floor pulls the released one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# Submission and intake
tm.flow(client, portal, submission, protocol="https", label="pre-registers submission")
tm.flow(portal, lims, submission, protocol="https")
tm.flow(clerk, lims, submission, label="logs stone at intake counter")

# Imaging and grading
tm.flow(lims, workstation, submission, label="job sheet for lab number")
tm.flow(microscope, image_store, images, protocol="smb")
tm.flow(image_store, inclusion_model, images)
tm.flow(inclusion_model, grading, inclusion_map)
tm.flow(grading, workstation, inclusion_map, proposed_grade)
tm.flow(image_store, workstation, images)
tm.flow(workstation, gemmologist, images, inclusion_map, proposed_grade, label="on screen")
tm.flow(gemmologist, workstation, confirmed_grade, label="confirms or corrects")
tm.flow(workstation, lims, confirmed_grade)

# Certificates and report check
tm.flow(lims, cert_gen, submission, confirmed_grade)
tm.flow(cert_gen, lims, certificate)
tm.flow(lims, portal, certificate, protocol="https")
tm.flow(portal, client, certificate, protocol="https")
tm.flow(buyer, report_check, report_query, protocol="https")
tm.flow(report_check, lims, report_query, protocol="https")
tm.flow(lims, report_check, report_summary, protocol="https")
tm.flow(report_check, buyer, report_summary, protocol="https")

# Retraining
tm.flow(workstation, label_set, training_labels, protocol="https", label="confirmed maps")
tm.flow(image_store, label_set, images, protocol="https", label="nightly upload")
tm.flow(label_set, training, training_labels, images)
tm.flow(training, registry, weights)
tm.flow(registry, inclusion_model, weights, protocol="https", label="release pull")
