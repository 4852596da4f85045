"""Licence plate reader network: the first design, before any security review.

The city police department runs fixed plate-reader cameras on poles and
intersections and car-mounted cameras on patrol vehicles. Cameras upload
plate images over cellular links to an ingestion API in the department's data
centre, where an OCR model reads the plate text. A matcher compares each read
against hotlists (stolen vehicles, wanted persons, AMBER alerts) synced from
state criminal-justice databases, and alerts go to the mobile data terminals in
patrol cars; officers must confirm the plate by eye and with dispatch before
acting. Every read (image, plate, time, location) is kept 90 days for
investigators, who search it through a portal. Controls in this design: device
API keys on ingestion, HTTPS/SFTP links, SSO with MFA and audited searches on
the portal, encrypted read storage with role-based access and 90-day deletion.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Police licence plate reader network",
    profile=tg.RiskProfile.HIGH,
    description="ALPR cameras, OCR and hotlist matching with officer alerts and 90-day read retention.",
)

# ---------------------------------------------------------------- data assets
plate_images = tg.Data(
    "Plate images",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Cropped plate plus a context photo of the vehicle, with GPS and time.",
)
ocr_output = tg.Data(
    "OCR plate text",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Plate characters, state and a confidence score.",
)
plate_reads = tg.Data(
    "Plate reads",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Plate, image, time, camera and location of every vehicle seen.",
)
hotlists = tg.Data(
    "Hotlists",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Stolen vehicles, wanted persons and AMBER alerts from state databases.",
)
hit_alert = tg.Data(
    "Hotlist hit alert",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Read, plate image and the matching hotlist entry with its reason.",
)
hit_disposition = tg.Data(
    "Hit disposition", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="feedback"
)
search_query = tg.Data(
    "Investigative search", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
search_results = tg.Data("Search results", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Public roadside", trust=tg.Trust.UNTRUSTED):
    # Pole- and intersection-mounted readers, reachable by anyone on the street.
    fixed_cams = tm.add(tg.Device("Fixed plate cameras", fleet=True))

with tm.boundary("Patrol vehicles", trust=tg.Trust.INTERNAL):
    # Readers on patrol car light bars, scanning while the car drives.
    car_cams = tm.add(tg.Device("Car-mounted plate cameras", fleet=True))
    # In-car laptops that show hits to the officer.
    mdt = tm.add(tg.Device("Mobile data terminal", fleet=True))
    # Acts on a hit only after confirming it.
    officer = tm.add(tg.Actor("Patrol officer", role="officer"))

with tm.boundary("State criminal justice network", trust=tg.Trust.PARTNER):
    # State DMV / NCIC extracts published several times a day.
    state_feeds = tm.add(
        tg.DataSource("State hotlist feeds", origin=tg.Origin.PARTNER, provides={hotlists})
    )

with tm.boundary("Department data centre", trust=tg.Trust.INTERNAL):
    # Receives image uploads from every camera.
    ingest = tm.add(
        tg.Endpoint(
            "Read ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-device API keys")},
        )
    )
    # Reads plate characters from the images.
    ocr = tm.add(
        tg.Model(
            "Plate OCR model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Detector and character reader maintained by the ALPR integrator team.",
        )
    )
    # Compares each read with the current hotlists.
    matcher = tm.add(tg.Service("Hotlist matcher"))
    # Pulls hotlist files from the state and loads them.
    sync = tm.add(tg.Pipeline("Hotlist sync job", stage=tg.Stage.INGESTION))
    # Pushes hits to the cars; the officer verifies before any stop.
    alerts = tm.add(
        tg.Service(
            "Alert dispatch service",
            controls={
                c.HumanInTheLoop(
                    approver="the patrol officer, who checks the plate by eye and confirms the hit with dispatch"
                )
            },
        )
    )
    # Detectives' search over stored reads.
    portal = tm.add(
        tg.Endpoint(
            "Investigator search portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="department SSO with MFA"),
                c.AuditLogging(retention_days=1095, note="every search with its case number"),
            },
        )
    )

    with tm.boundary("CJIS data tier", trust=tg.Trust.RESTRICTED):
        # Current hotlist entries used for matching.
        hotlist_db = tm.add(tg.DataStore("Hotlist store", stores={hotlists}, controls={c.RBAC()}))
        # Every read for 90 days, for investigations.
        read_db = tm.add(
            tg.DataStore(
                "Plate read store",
                stores={plate_reads, plate_images},
                controls={
                    c.RetentionLimits(days=90),
                    c.EncryptionAtRest(key_management="database TDE"),
                    c.RBAC(),
                },
            )
        )

with tm.boundary("Department network", trust=tg.Trust.INTERNAL):
    # Detectives and crime analysts.
    investigator = tm.add(tg.Actor("Investigator", role="detective"))

# ---------------------------------------------------------------- flows
tm.flow(fixed_cams, ingest, plate_images, protocol="https", label="cellular upload")
tm.flow(car_cams, ingest, plate_images, protocol="https", label="cellular upload")
tm.flow(ingest, ocr, plate_images)
tm.flow(ocr, ingest, ocr_output)
tm.flow(ingest, read_db, plate_reads, plate_images)
tm.flow(ingest, matcher, plate_reads)

tm.flow(state_feeds, sync, hotlists, protocol="sftp")
tm.flow(sync, hotlist_db, hotlists)
tm.flow(hotlist_db, matcher, hotlists)
tm.flow(matcher, alerts, hit_alert)
tm.flow(alerts, mdt, hit_alert, protocol="https")
tm.flow(mdt, officer, hit_alert)
tm.flow(officer, mdt, hit_disposition, label="confirm or reject hit")
tm.flow(mdt, alerts, hit_disposition, protocol="https")
tm.flow(alerts, read_db, hit_disposition)

tm.flow(investigator, portal, search_query, protocol="https")
tm.flow(portal, read_db, search_query)
tm.flow(read_db, portal, search_results)
tm.flow(portal, investigator, search_results, protocol="https")
