"""Forecourt drive-off prevention with ANPR: the first design, before any security review.

A petrol station chain fits ANPR cameras at the forecourt entrance of each site. The
camera reads the number plate on board and sends the plate read, with a small crop of
the plate image, over the site broadband to an ingestion API in our cloud platform. A
drive-off risk model looks the plate up against our own incident history and the
national drive-off list and, when the vehicle is linked to earlier drive-offs, pushes
an alert to the till console. The cashier decides whether to put that pump into
prepay mode through the forecourt controller. Cashiers log drive-offs at the till;
loss prevention analysts review them in a web portal, and confirmed incidents are
submitted to the national drive-off reporting scheme, which sends back its list of
vehicles reported by other retailers. Controls in this design: per-camera API keys,
HTTPS to the cloud and to the scheme, SSO with MFA on the portal, role-based access and
encryption on the stores, a 30-day deletion of plate reads, and a person deciding every
prepay requirement and every submission to the scheme.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Forecourt drive-off ANPR",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "ANPR on petrol forecourts flags vehicles linked to earlier drive-offs so the "
        "cashier can require prepayment; incidents are shared with a national scheme."
    ),
)

# ---------------------------------------------------------------- data assets
vehicle = tg.Data(
    "Vehicle on the forecourt",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="The vehicle and its number plate as the camera sees it.",
)
plate_read = tg.Data(
    "Plate read",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Plate text, read confidence, site, lane, timestamp and a plate crop image.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
plate_history = tg.Data(
    "Plate drive-off history",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="features",
    description="Counts and dates of earlier drive-offs linked to the plate, ours and national.",
)
risk_flag = tg.Data(
    "Drive-off risk flag",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="Flag and reason (linked incidents) for a plate; suspicion of an offence.",
)
forecourt_alert = tg.Data(
    "Forecourt alert",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Plate, pump number and the reason for the flag, shown to the cashier.",
)
prepay_command = tg.Data(
    "Pump prepay mode command",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pump_status = tg.Data(
    "Pump delivery status",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Fuel delivered, amount due and whether it was paid, per pump.",
)
incident_report = tg.Data(
    "Drive-off incident report",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Plate, site, time, litres and value unpaid, CCTV still and cashier notes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_decision = tg.Data(
    "Incident review decision",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Analyst confirms, rejects (paid later, misread plate) or closes an incident.",
)
national_list = tg.Data(
    "National drive-off list",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Plates reported by other retailers, with report dates and status.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public forecourt", trust=tg.Trust.UNTRUSTED):
    # Anyone who drives onto a forecourt is read by the cameras.
    driver = tm.add(tg.Actor("Driver", role="motorist"))

with tm.boundary("Station site network", trust=tg.Trust.INTERNAL):
    # Reads plates on board and uploads each read; one per forecourt entrance.
    camera = tm.add(
        tg.Device(
            "Forecourt ANPR camera",
            description="Vendor ANPR camera with on-board plate recognition.",
        )
    )
    # The cashier's screen on the till PC that shows alerts and logs drive-offs.
    till_console = tm.add(
        tg.Service(
            "Till alert console",
            description="Shows forecourt alerts and pump status; cashiers log drive-offs here.",
        )
    )
    # Authorises pumps; the till switches a pump between pay-at-pump and prepay.
    forecourt_controller = tm.add(
        tg.Service(
            "Forecourt controller",
            description="Site controller that authorises each pump and reports deliveries.",
        )
    )
    # Works the till and decides whether a flagged vehicle must prepay.
    cashier = tm.add(tg.Actor("Cashier", role="site staff"))

with tm.boundary("Cloud platform", trust=tg.Trust.INTERNAL):
    # Receives plate reads from every site's cameras and pushes alerts back to tills.
    ingestion_api = tm.add(
        tg.Endpoint(
            "Plate read ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-camera API key")},
        )
    )
    # Decides whether a plate is linked to earlier drive-offs.
    risk_model = tm.add(
        tg.Model(
            "Drive-off risk model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description=(
                "Gradient-boosted classifier over a plate's drive-off history; a flag "
                "leads the cashier to consider prepayment."
            ),
            controls={
                c.HumanInTheLoop(
                    approver="the cashier on duty, who decides whether the pump goes to prepay"
                )
            },
        )
    )
    # Every plate read from every site, for matching and for incident evidence.
    plate_store = tm.add(
        tg.DataStore(
            "Plate read store",
            stores={plate_read},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=30),
            },
        )
    )
    # Our drive-off incidents and the latest copy of the national list.
    incident_db = tm.add(
        tg.DataStore(
            "Drive-off incident database",
            stores={incident_report, national_list},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where loss prevention reviews incidents before anything leaves the company.
    lp_portal = tm.add(
        tg.Endpoint(
            "Loss prevention portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )
    # Exchanges incidents and the national list with the reporting scheme.
    scheme_connector = tm.add(
        tg.Service(
            "Scheme reporting connector",
            description="Submits confirmed incidents and imports the national list nightly.",
            controls={
                c.HumanInTheLoop(approver="a loss prevention analyst confirms each incident")
            },
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Reviews logged drive-offs, checks plate reads and CCTV, confirms or rejects them.
    analyst = tm.add(tg.Actor("Loss prevention analyst", role="loss prevention"))

with tm.boundary("National reporting scheme", trust=tg.Trust.PARTNER):
    # Industry scheme that pools drive-off reports from fuel retailers.
    scheme = tm.add(
        tg.ExternalService(
            "National drive-off reporting scheme",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

# ---------------------------------------------------------------- flows
# Reading plates and alerting the cashier
tm.flow(driver, camera, vehicle, label="drives past the entrance camera")
tm.flow(camera, ingestion_api, plate_read, protocol="https")
tm.flow(ingestion_api, plate_store, plate_read)
tm.flow(incident_db, risk_model, plate_history, label="plate lookup")
tm.flow(ingestion_api, risk_model, plate_read)
tm.flow(risk_model, ingestion_api, risk_flag)
tm.flow(ingestion_api, till_console, forecourt_alert, protocol="https", label="alert push")
tm.flow(till_console, cashier, forecourt_alert, label="on the till screen")

# Prepay decision and pump status
tm.flow(cashier, till_console, prepay_command, label="prepay button at the till")
tm.flow(till_console, forecourt_controller, prepay_command, protocol="IFSF over TCP")
tm.flow(forecourt_controller, till_console, pump_status, protocol="IFSF over TCP")

# Logging and reviewing drive-offs
tm.flow(cashier, till_console, incident_report, label="logs a drive-off at the till")
tm.flow(till_console, lp_portal, incident_report, protocol="https")
tm.flow(lp_portal, incident_db, incident_report)
tm.flow(incident_db, lp_portal, incident_report, national_list)
tm.flow(plate_store, lp_portal, plate_read, label="evidence lookup")
tm.flow(lp_portal, analyst, incident_report, plate_read, protocol="https")
tm.flow(analyst, lp_portal, review_decision, protocol="https")
tm.flow(lp_portal, incident_db, review_decision)

# Sharing with the national scheme
tm.flow(incident_db, scheme_connector, incident_report, label="confirmed incidents")
tm.flow(scheme_connector, scheme, incident_report, protocol="https")
tm.flow(scheme, scheme_connector, national_list, protocol="https", label="nightly list")
tm.flow(scheme_connector, incident_db, national_list)
