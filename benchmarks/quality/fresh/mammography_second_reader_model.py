"""AI second reader for a breast screening programme: the first design.

Screening mammograms are taken at static and mobile screening units and stored
in the units' PACS. A radiologist reads every case on a reading workstation as
first reader. An AI gateway in the hospital trust's data centre pulls each new
study from PACS, pseudonymises it and sends it to the vendor's UKCA-marked model,
hosted in the vendor's UK cloud, which returns its own recall/no-recall opinion
with a suspicion score and marked regions. The reading workflow service compares
the two opinions: agreement becomes the screening outcome, disagreement goes to
an arbitration radiologist. Outcomes go to the screening management system, which
sends result letters to women through a print-and-post provider. Controls in
this design: pseudonymisation at the gateway, smartcard sign-in and roles for
readers, an API key per site at the vendor, a pinned model version, and a log of
every read.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mammography AI second reader",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="A vendor-hosted model replaces the second human reader in breast screening.",
)

# ---------------------------------------------------------------- data assets
mammograms = tg.Data(
    "Screening mammograms",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    description="Four-view DICOM studies with the woman's name, NHS number and date of birth.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
pseudo_mammograms = tg.Data(
    "Pseudonymised mammograms",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    description="The same images with identifying DICOM tags replaced by a study key.",
)
worklist = tg.Data(
    "Screening episode worklist",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Who was screened, where and when, with prior screening history.",
)
first_read = tg.Data("First reader opinion", sensitivity=tg.Sensitivity.REGULATED, kind="records")
ai_opinion = tg.Data(
    "AI reader opinion",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="Recall or no recall, a suspicion score and marked regions.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
arbitration_case = tg.Data("Discordant case", sensitivity=tg.Sensitivity.REGULATED, kind="records")
arbitration_outcome = tg.Data(
    "Arbitration outcome", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
outcome = tg.Data(
    "Screening outcome",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Routine recall or recall for assessment, per woman.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
letter = tg.Data("Result letter", sensitivity=tg.Sensitivity.REGULATED, kind="documents")
read_log = tg.Data("Read log", sensitivity=tg.Sensitivity.REGULATED, kind="logs")
api_key = tg.Data("Vendor API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Screening units", trust=tg.Trust.INTERNAL):
    # Where the images are: the units' PACS, fed by the mammography machines.
    pacs = tm.add(
        tg.DataSource(
            "Screening unit PACS",
            origin=tg.Origin.INTERNAL,
            provides={mammograms},
            description="PACS at the breast screening units, static and mobile.",
        )
    )

with tm.boundary("Reading rooms", trust=tg.Trust.INTERNAL):
    # First reader: reads every case, as today.
    first_reader = tm.add(tg.Actor("First reader radiologist", role="radiologist"))
    # Settles cases where the first reader and the model disagree.
    arbitrator = tm.add(tg.Actor("Arbitration radiologist", role="radiologist"))
    # The diagnostic viewer the radiologists read and record opinions on.
    workstation = tm.add(
        tg.Device(
            "Mammography reading workstation",
            description="Diagnostic reporting workstation with 5 MP monitors and the PACS viewer.",
            controls={c.Authentication(method="NHS smartcard and PIN")},
        )
    )

with tm.boundary("Trust data centre", trust=tg.Trust.INTERNAL):
    # Moves studies to the vendor and opinions back; the only component that talks to it.
    gateway = tm.add(
        tg.Service(
            "AI gateway",
            description="Receives studies from PACS by DICOM, pseudonymises, calls the vendor API.",
            controls={
                c.DataMinimization(note="identifying DICOM tags replaced by a study key"),
            },
        )
    )
    # Collects both opinions, compares them and routes discordant cases to arbitration.
    workflow = tm.add(
        tg.Service(
            "Reading workflow service",
            controls={
                c.RBAC(note="first readers, arbitrators and programme managers"),
                c.HumanInTheLoop(
                    approver="arbitration radiologist",
                    note="only where the first reader and the model disagree",
                ),
                c.AuditLogging(retention_days=3650),
            },
        )
    )
    # Opinions, scores and outcomes for clinical audit and model performance checks.
    results_db = tm.add(
        tg.DataStore("Reading results database", stores={first_read, ai_opinion, outcome, read_log})
    )
    # The programme's existing system of record: invites, outcomes and letters.
    sms = tm.add(
        tg.Service(
            "Screening management system",
            description="Holds each woman's screening episodes and generates result letters.",
        )
    )

with tm.boundary("AI vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's inference API in its UK region.
    vendor_api = tm.add(
        tg.Endpoint(
            "Vendor inference API",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
            controls={c.Authentication(method="API key per site")},
        )
    )
    # The second reader itself.
    model = tm.add(
        tg.Model(
            "Mammography second-reader model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="UKCA-marked deep learning model giving a recall opinion per study.",
            controls={
                c.ModelVersioning(
                    note="version pinned in the contract; changes need programme sign-off"
                ),
                c.ModelCards(note="vendor's instructions for use and clinical validation report"),
                c.SupplierAssessment(note="DTAC, DPIA and data processing agreement"),
            },
        )
    )

with tm.boundary("Print and post provider", trust=tg.Trust.PARTNER):
    # Prints and posts the result letters.
    mail_house = tm.add(tg.ExternalService("Letter print and post service"))

with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # The woman who was screened and gets the letter.
    woman = tm.add(tg.Actor("Screened woman", role="screening participant"))

# ---------------------------------------------------------------- flows
# images
tm.flow(pacs, gateway, mammograms, protocol="dicom")
tm.flow(pacs, workstation, mammograms, protocol="dicom")

# AI read
tm.flow(gateway, vendor_api, pseudo_mammograms, api_key, protocol="https")
tm.flow(vendor_api, model, pseudo_mammograms)
tm.flow(model, vendor_api, ai_opinion)
tm.flow(vendor_api, gateway, ai_opinion, protocol="https")
tm.flow(gateway, workflow, ai_opinion, label="re-identified by study key")

# first read
tm.flow(sms, workflow, worklist, protocol="mllp")
tm.flow(first_reader, workstation, first_read)
tm.flow(workstation, workflow, first_read, protocol="https")

# arbitration
tm.flow(workflow, workstation, arbitration_case, ai_opinion, protocol="https")
tm.flow(workstation, arbitrator, arbitration_case, ai_opinion)
tm.flow(arbitrator, workstation, arbitration_outcome)
tm.flow(workstation, workflow, arbitration_outcome, protocol="https")

# results
tm.flow(workflow, results_db, first_read, ai_opinion, outcome, read_log)
tm.flow(results_db, workflow, first_read, ai_opinion)
tm.flow(workflow, sms, outcome, protocol="mllp")
tm.flow(sms, mail_house, letter, protocol="sftp")
tm.flow(mail_house, woman, letter, protocol="post")
